import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { Notice } from '@/components/notice';
import { RISK_WINDOW_DAYS, useOversightCounts } from '@/hooks/use-oversight-counts';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { cadenceListUrl, reportListUrl, researchListUrl } from '@/utils/fieldwork-urls';
import './fieldwork-items.scss';

const SHOWN = 3;
const go = (url: string) => () => void Taro.navigateTo({ url });

/** On a unit admin's home: risk reports to act on, leaders' promises still open, and the cadence list. */
export function OversightCard() {
  const { state, reload } = useOversightCounts('unit-oversight');
  useReloadOnShow(reload);
  return (
    <AsyncCard className='oversight-card' title='走访与报送' state={state} onRetry={() => void reload()}>
      {(data) => (
        <View>
          <View className='oversight-row risk-row' onClick={go(reportListUrl({ risk: '1' }))}>
            <Text className='oversight-row__label'>{`风险提示（近 ${RISK_WINDOW_DAYS} 天）`}</Text>
            <Text className={`oversight-row__value${data.risks.length ? ' oversight-row__value--alert' : ''}`}>{`${data.risks.length}${data.more ? '+' : ''} 条 ›`}</Text>
          </View>
          {data.risks.slice(0, SHOWN).map((r) => (
            <Notice key={r.id} tone='error' compact className='oversight-risk' onClick={go(reportListUrl({ risk: '1' }))}>
              <View className='oversight-risk__name'>{r.enterpriseName}</View>
              <View>{r.riskReason ?? r.summary}</View>
            </Notice>
          ))}
          <View className='oversight-row promises-row' onClick={go(researchListUrl({ open: '1' }))}>
            <Text className='oversight-row__label'>调研承诺未办结</Text>
            <Text className={`oversight-row__value${data.overduePromises ? ' oversight-row__value--alert' : ''}`}>
              {`${data.openPromises} 项${data.overduePromises ? `（逾期 ${data.overduePromises}）` : ''} ›`}
            </Text>
          </View>
          <View className='oversight-row cadence-row' onClick={go(cadenceListUrl('overdue'))}>
            <Text className='oversight-row__label'>逾期未联系的企业</Text>
            <Text className='oversight-row__value'>查看 ›</Text>
          </View>
        </View>
      )}
    </AsyncCard>
  );
}
