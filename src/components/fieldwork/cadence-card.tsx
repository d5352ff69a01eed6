import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import type { CadenceRow } from '@/core/fieldwork/fieldwork.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listCadence } from '@/services/cadence.service';
import { cadenceListUrl } from '@/utils/fieldwork-urls';
import { enterpriseProfileUrl, recordContactUrl } from '@/utils/org-urls';
import { CadenceItem } from './cadence-item';

const SHOWN = 5;
// A steward serves about ten enterprises; one page covers them all.
const PAGE_SIZE = 50;

const go = (url: string) => void Taro.navigateTo({ url });

/** 联系走访 on a steward's or liaison's home: who is overdue or due soon, nearest first. */
export function CadenceCard({ canRecord }: { canRecord: boolean }) {
  const { state, reload } = useAsyncData(() => listCadence({ page: 1, pageSize: PAGE_SIZE }), 'cadence-card');
  useReloadOnShow(reload);
  const title = (
    <View className='card-head'>
      <Text>联系走访</Text>
      <Text className='card-head__link link' onClick={() => go(cadenceListUrl())}>
        全部
      </Text>
    </View>
  );
  return (
    <Card className='cadence-card' title={title}>
      {state.status === 'loading' ? <Text className='home-entry__hint'>加载中…</Text> : null}
      {state.status === 'error' ? (
        <Text className='home-entry__hint home-error' onClick={() => void reload()}>
          {`${state.error.message}，点击重试`}
        </Text>
      ) : null}
      {state.status === 'ready' ? <Pressing rows={state.data.items.filter((r) => r.state !== 'ok')} canRecord={canRecord} /> : null}
    </Card>
  );
}

function Pressing({ rows, canRecord }: { rows: CadenceRow[]; canRecord: boolean }) {
  if (rows.length === 0) return <Text className='home-entry__hint'>所有企业都在联系周期内，暂无需要走访的企业</Text>;
  const overdue = rows.filter((r) => r.state === 'overdue').length;
  const soon = rows.length - overdue;
  return (
    <View className='cadence-pressing'>
      <Text className={`home-entry__hint cadence-summary${overdue ? ' home-alert' : ''}`}>
        {[overdue ? `${overdue} 家已逾期` : '', soon ? `${soon} 家即将到期` : ''].filter(Boolean).join('，')}
      </Text>
      {rows.slice(0, SHOWN).map((row) => (
        <CadenceItem
          key={row.enterpriseId}
          row={row}
          onOpen={() => go(enterpriseProfileUrl(row.enterpriseId))}
          onRecord={canRecord ? () => go(recordContactUrl(row.enterpriseId, row.enterpriseName)) : undefined}
        />
      ))}
      {rows.length > SHOWN ? (
        <View className='card-more link' onClick={() => go(cadenceListUrl())}>
          {`查看全部 ${rows.length} 家`}
        </View>
      ) : null}
    </View>
  );
}
