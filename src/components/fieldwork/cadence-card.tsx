import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { CardMore } from '@/components/card';
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
const pressingOf = (rows: CadenceRow[]) => rows.filter((r) => r.state !== 'ok');

/** 联系走访 on a steward's or liaison's home: who is overdue or due soon, nearest first. */
export function CadenceCard({ canRecord }: { canRecord: boolean }) {
  const { state, reload } = useAsyncData(() => listCadence({ page: 1, pageSize: PAGE_SIZE }), 'cadence-card');
  useReloadOnShow(reload);
  return (
    <AsyncCard
      className='cadence-card'
      title='联系走访'
      link={{ label: '全部', onClick: () => go(cadenceListUrl()) }}
      state={state}
      onRetry={() => void reload()}
      isEmpty={(data) => pressingOf(data.items).length === 0}
      emptyText='所有企业都在联系周期内，暂无需要走访的企业'
    >
      {(data) => <Pressing rows={pressingOf(data.items)} canRecord={canRecord} />}
    </AsyncCard>
  );
}

function Pressing({ rows, canRecord }: { rows: CadenceRow[]; canRecord: boolean }) {
  const overdue = rows.filter((r) => r.state === 'overdue').length;
  const soon = rows.length - overdue;
  return (
    <View className='cadence-pressing'>
      <Text className={`card-hint cadence-summary${overdue ? ' card-hint--alert' : ''}`}>
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
      {rows.length > SHOWN ? <CardMore label={`查看全部 ${rows.length} 家`} onClick={() => go(cadenceListUrl())} /> : null}
    </View>
  );
}
