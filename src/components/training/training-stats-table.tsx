import { Text, View } from '@tarojs/components';
import type { TrainingStats, TrainingStatsRow } from '@/core/training/training.model';
import { Card } from '../card';
import { Chip } from '../chip';
import './training-stats.scss';

const percent = (rate: number | null) => (rate === null ? '无必修' : `${Math.round(rate * 100)}%`);

function StatsRow({ row, onClick }: { row: TrainingStatsRow; onClick?: () => void }) {
  return (
    <View className={`training-stats-row${onClick ? ' training-stats-row--link' : ''}`} onClick={onClick}>
      <View className='training-stats-row__head'>
        <Text className='training-stats-row__name'>{row.name}</Text>
        <Text className='training-stats-row__rate'>{percent(row.completionRate)}</Text>
      </View>
      <View className='training-stats-row__facts text-meta'>
        <Text>学时 {row.hours}</Text>
        <Text>完成课程 {row.completed}</Text>
        <Text>
          必修 {row.requiredCompleted}/{row.requiredAssigned}
        </Text>
        {row.overdue ? (
          <Chip tone='danger' className='training-stats-row__overdue'>
            逾期 {row.overdue}
          </Chip>
        ) : null}
      </View>
    </View>
  );
}

/** Training hours and required-course completion, per unit or per steward, with the total on top. */
export function TrainingStatsTable({ stats, onRow }: { stats: TrainingStats; onRow?: (row: TrainingStatsRow) => void }) {
  return (
    <>
      <Card className='training-stats-total' title={`${stats.year} 年 ${stats.total.name}`}>
        <StatsRow row={stats.total} />
        <View className='text-hint'>完成率 = 年内分配的必修课程中已完成的比例，计入年度考核“培训”项。</View>
      </Card>
      <Card className='training-stats-list' title={stats.rows === 'unit' ? '各单位' : '各管家'}>
        {stats.items.length === 0 ? <Text className='card-hint'>暂无管家</Text> : null}
        {stats.items.map((row) => (
          <StatsRow key={row.subjectId} row={row} onClick={onRow ? () => onRow(row) : undefined} />
        ))}
      </Card>
    </>
  );
}
