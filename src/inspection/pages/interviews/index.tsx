import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import type { InterviewView } from '@/core/interview/interview.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { interviewNewUrl, rectificationUrl } from '@/utils/inspection-urls';
import { useQuarterRanking } from '../../hooks/use-quarter-ranking';
import { useRole } from '../../hooks/use-role';
import { listInterviews } from '../../services/inspection.service';

function InterviewRow({ interview }: { interview: InterviewView }) {
  const plan = interview.plan;
  return (
    <View className='list-item interview-row' onClick={plan ? () => void Taro.navigateTo({ url: rectificationUrl(plan.id) }) : undefined}>
      <RecordHead title={`${interview.unitName} · ${interview.quarterLabel}`} size='md'>
        {plan ? <Chip tone='info'>整改方案</Chip> : null}
      </RecordHead>
      <View className='list-item__meta'>
        {interview.date} 约谈 · {interview.attendees}
      </View>
      <View className='text-body'>问题：{interview.problems}</View>
      <View className='text-body'>承诺：{interview.commitments}</View>
    </View>
  );
}

/** 季约谈: the district picks units from the quarter's ranking (bottom ranks and serious red flags suggested) and records each interview. */
export default function InterviewsPage() {
  const role = useRole();
  const { quarter, label, ranking } = useQuarterRanking(role === 'district_admin');
  const list = usePagedList({ fetchPage: (page, pageSize) => listInterviews({ page, pageSize }), keyOf: (i) => i.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root interviews-page'>
      {role === 'district_admin' ? (
        <AsyncCard className='quarter-ranking' title={`${label}单位排名`} state={ranking.state} onRetry={() => void ranking.reload()} isEmpty={(d) => !d || d.view.rows.length === 0} emptyText='暂无排名'>
          {(data) =>
            data!.view.rows.map((row) => {
              const reasons = data!.suggested.get(row.id);
              return (
                <View key={row.id} className={`list-item ranking-row${reasons ? ' ranking-row--suggested' : ''}`}>
                  <RecordHead title={`${row.rank ?? '—'}. ${row.name}`} size='md'>
                    {row.score !== null ? <Chip tone='muted'>{row.score} 分</Chip> : <Chip tone='muted'>样本不足</Chip>}
                    {reasons ? <Chip tone='danger'>建议约谈</Chip> : null}
                  </RecordHead>
                  {reasons ? <View className='text-note'>{reasons.join('；')}</View> : null}
                  {row.flags.length ? <View className='text-note'>预警：{row.flags.map((f) => f.text).join('；')}</View> : null}
                  <Button className='plain-button interview-unit-button' onClick={() => void Taro.navigateTo({ url: interviewNewUrl(row.id, quarter.from) })}>
                    记录约谈
                  </Button>
                </View>
              );
            })
          }
        </AsyncCard>
      ) : null}
      <View className='page-note'>约谈记录</View>
      <PagedList list={list} emptyTitle='暂无约谈记录' renderItem={(i) => <InterviewRow key={i.id} interview={i} />} />
    </View>
  );
}
