import { Text, View } from '@tarojs/components';
import type { RunView, ScoreRow } from '@/core/assessment/assessment.model';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';

/** One unit's or steward's score in a list: rank, name, total, and why it does not rank. */
export function ScoreRowItem({ row, onClick }: { row: ScoreRow; onClick?: () => void }) {
  return (
    <View className={`list-item score-row score-row--${row.subject}`} onClick={onClick}>
      <View className='record-head record-head--center'>
        <Text className='score-row__rank text-meta'>{row.rank === null ? '—' : `第 ${row.rank} 名`}</Text>
        <Text className='score-row__name text-subtitle'>{row.name}</Text>
        <Text className='score-row__total text-title'>{`${row.total} 分`}</Text>
      </View>
      <View className='score-row__chips'>
        {row.eligible ? null : <Chip tone='muted'>不参与排名</Chip>}
        {row.rectificationRequested ? <Chip tone='danger'>须提交整改方案</Chip> : null}
        {row.subject === 'unit' && row.acknowledgedAt ? <Chip tone='ok'>已确认</Chip> : null}
        <Text className='text-meta'>{`首次评价 ${row.ratedDemands} 件`}</Text>
      </View>
      {row.ineligibleReason ? <Text className='text-hint'>{row.ineligibleReason}</Text> : null}
    </View>
  );
}

/** Where a year's run stands: its scheme version, progress and publication. */
export function RunFacts({ run }: { run: RunView }) {
  return (
    <View className='run-facts'>
      <FactLine label='状态' value={run.statusLabel} />
      <FactLine label='考核方案' value={`第 ${run.schemeVersion} 版 · ${run.schemeName}`} />
      <FactLine label='进度' value={`${run.unitsDone}/${run.unitsTotal} 个单位`} />
      {run.publishedAt ? <FactLine label='发布时间' value={run.publishedAt.slice(0, 10)} /> : null}
    </View>
  );
}
