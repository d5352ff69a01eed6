import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import { RecordHead } from '@/components/record-head';
import type { DistrictDashboard, HandoverTaskView, UnitSummary } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { fetchDistrictDashboard } from '@/services/dashboard.service';
import { formatDate } from '@/utils/format-time';
import { unitStewardsUrl } from '@/utils/oversight-urls';
import './index.scss';

/** Guideline art. 3: each unit's stewards serve on average at most 10 enterprises. */
const AVERAGE_LIMIT = 10;

/** Every unit's staffing and load, and the handovers that missed their 3-working-day deadline. */
export default function DashboardPage() {
  const { state, reload } = useAsyncData(fetchDistrictDashboard, 'dashboard');
  usePullDownRefresh(async () => {
    await reload();
    Taro.stopPullDownRefresh();
  });

  return (
    <AsyncView state={state} onRetry={() => void reload()}>
      {(dashboard) => <Dashboard dashboard={dashboard} />}
    </AsyncView>
  );
}

function Dashboard({ dashboard: { units, overdueHandoverTasks } }: { dashboard: DistrictDashboard }) {
  const overloadedUnits = units.filter((u) => u.averagePerSteward >= AVERAGE_LIMIT).length;

  return (
    <View className='page-root dashboard-page'>
      <View className='dashboard-totals'>
        <Total label='单位' value={units.length} />
        <Total label='均值 ≥ 10 的单位' value={overloadedUnits} warn={overloadedUnits > 0} />
        <Total label='逾期交接' value={overdueHandoverTasks.length} warn={overdueHandoverTasks.length > 0} />
      </View>
      <Card title={`逾期未完成的交接（${overdueHandoverTasks.length}）`} className='overdue-tasks'>
        {overdueHandoverTasks.length === 0 ? (
          <Text className='dashboard-hint'>没有逾期的交接任务。新管家须在 3 个工作日内联系所接手的企业。</Text>
        ) : (
          overdueHandoverTasks.map((task) => <OverdueTask key={task.id} task={task} />)
        )}
      </Card>
      <View className='dashboard-section-title'>各单位管家配备（平均服务企业数上限 {AVERAGE_LIMIT} 家）</View>
      {units.length === 0 ? <EmptyState title='暂无单位' /> : units.map((summary) => <UnitRow key={summary.unit.id} summary={summary} />)}
    </View>
  );
}

function Total({ label, value, warn }: { label: string; value: number; warn?: boolean }) {
  return (
    <View className='dashboard-total'>
      <Text className={`dashboard-total__value${warn ? ' warn-text' : ''}`}>{value}</Text>
      <Text className='dashboard-total__label'>{label}</Text>
    </View>
  );
}

function UnitRow({ summary }: { summary: UnitSummary }) {
  const high = summary.averagePerSteward >= AVERAGE_LIMIT;
  return (
    <View className={`list-item unit-row${high ? ' unit-row--high' : ''}`} onClick={() => void Taro.navigateTo({ url: unitStewardsUrl(summary.unit.id, summary.unit.name) })}>
      <RecordHead title={summary.unit.name} titleClassName='unit-name'>
        {summary.overdueHandoverTasks > 0 ? <Chip tone='danger'>{`逾期交接 ${summary.overdueHandoverTasks}`}</Chip> : null}
        <Text className='unit-row__go link'>管家 ›</Text>
      </RecordHead>
      <View className='load-stats'>
        <Stat label='管家' value={String(summary.stewards)} />
        <Stat label='企业' value={String(summary.enterprises)} />
        <Stat label='人均' value={summary.averagePerSteward.toFixed(1)} warn={high} className='load-average' />
        <Stat label='超负荷管家' value={String(summary.overloadedStewards)} warn={summary.overloadedStewards > 0} />
      </View>
    </View>
  );
}

function Stat({ label, value, warn, className = '' }: { label: string; value: string; warn?: boolean; className?: string }) {
  return (
    <View className={`load-stat ${className}`}>
      <Text className={`load-stat__value${warn ? ' warn-text' : ''}`}>{value}</Text>
      <Text className='load-stat__label'>{label}</Text>
    </View>
  );
}

function OverdueTask({ task }: { task: HandoverTaskView }) {
  return (
    <View className='overdue-task'>
      <View className='overdue-task__name'>{task.enterpriseName}</View>
      <View className='overdue-task__meta text-meta'>
        {`${task.fromStewardName} → ${task.toStewardName}，应于 ${formatDate(task.dueAt)} 前联系`}
        {task.escalated ? (
          <Chip tone='danger' className='overdue-task__escalated'>
            已督办
          </Chip>
        ) : null}
      </View>
    </View>
  );
}
