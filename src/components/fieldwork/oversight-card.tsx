import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
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
    <Card className='oversight-card' title='走访与报送'>
      {state.status === 'loading' ? <Text className='home-entry__hint'>加载中…</Text> : null}
      {state.status === 'error' ? (
        <Text className='home-entry__hint home-error' onClick={() => void reload()}>
          {`${state.error.message}，点击重试`}
        </Text>
      ) : null}
      {state.status === 'ready' ? (
        <View>
          <View className='oversight-row risk-row' onClick={go(reportListUrl({ risk: '1' }))}>
            <Text className='oversight-row__label'>{`风险提示（近 ${RISK_WINDOW_DAYS} 天）`}</Text>
            <Text className={`oversight-row__value${state.data.risks.length ? ' oversight-row__value--alert' : ''}`}>{`${state.data.risks.length}${state.data.more ? '+' : ''} 条 ›`}</Text>
          </View>
          {state.data.risks.slice(0, SHOWN).map((r) => (
            <View key={r.id} className='oversight-risk' onClick={go(reportListUrl({ risk: '1' }))}>
              <Text className='oversight-risk__name'>{r.enterpriseName}</Text>
              <Text className='oversight-risk__reason'>{r.riskReason ?? r.summary}</Text>
            </View>
          ))}
          <View className='oversight-row promises-row' onClick={go(researchListUrl({ open: '1' }))}>
            <Text className='oversight-row__label'>调研承诺未办结</Text>
            <Text className={`oversight-row__value${state.data.overduePromises ? ' oversight-row__value--alert' : ''}`}>
              {`${state.data.openPromises} 项${state.data.overduePromises ? `（逾期 ${state.data.overduePromises}）` : ''} ›`}
            </Text>
          </View>
          <View className='oversight-row cadence-row' onClick={go(cadenceListUrl('overdue'))}>
            <Text className='oversight-row__label'>逾期未联系的企业</Text>
            <Text className='oversight-row__value'>查看 ›</Text>
          </View>
        </View>
      ) : null}
    </Card>
  );
}
