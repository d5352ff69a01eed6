import { Text, View } from '@tarojs/components';
import type { TrainingStatsRow as StatsRow, UnitTrainingStats } from '@/core/training/training.model';
import { Card } from '../card';
import { Chip } from '../chip';
import './training-stats.scss';

const percent = (rate: number | null) => (rate === null ? '无必修' : `${Math.round(rate * 100)}%`);

/** One unit's or steward's year: completion rate, hours, courses completed, required done of assigned, overdue. */
export function TrainingStatsRow({ row, onClick }: { row: StatsRow; onClick?: () => void }) {
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

/** A total's row and what its rate means. */
export function TrainingTotal({ total }: { total: StatsRow }) {
  return (
    <>
      <TrainingStatsRow row={total} />
      <View className='text-hint'>完成率 = 年内分配的必修课程中已完成的比例，计入年度考核“培训”项。</View>
    </>
  );
}

/** The district's table: its total on top, then every unit, weakest first. */
export function TrainingStatsTable({ stats, onRow }: { stats: UnitTrainingStats; onRow?: (row: StatsRow) => void }) {
  return (
    <>
      <Card className='training-stats-total' title={`${stats.year} 年 ${stats.total.name}`}>
        <TrainingTotal total={stats.total} />
      </Card>
      <Card className='training-stats-list' title='各单位'>
        {stats.items.length === 0 ? <Text className='card-hint'>暂无单位</Text> : null}
        {stats.items.map((row) => (
          <TrainingStatsRow key={row.subjectId} row={row} onClick={onRow ? () => onRow(row) : undefined} />
        ))}
      </Card>
    </>
  );
}
