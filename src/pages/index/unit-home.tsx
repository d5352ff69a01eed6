import { INTERVIEWS_URL, RECTIFICATIONS_URL, SPOT_CHECKS_URL } from '@/utils/inspection-urls';
import { Text, View } from '@tarojs/components';
import { assessmentYearUrl } from '@/utils/assessment-urls';
import Taro from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { UnitDemandsCard } from '@/components/demand/home-demand-cards';
import { EntryGrid } from '@/components/entry-grid';
import { Notice } from '@/components/notice';
import { OversightCard } from '@/components/fieldwork/oversight-card';
import { FlaggedCheckInsCard } from '@/components/fieldwork/flagged-check-ins-card';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import { cadenceWatchUrl, figuresUrl, unitStewardsUrl } from '@/utils/oversight-urls';
import type { UnitDashboard } from '@/core/org/org.model';
import type { SessionUser } from '@/core/session.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { fetchUnitDashboard } from '@/services/dashboard.service';
import {
  enterpriseProfileUrl,
  UNIT_ASSIGN_URL,
  UNIT_CADENCE_URL,
  UNIT_HANDOVER_URL,
  UNIT_LIAISONS_URL,
  UNIT_PROPOSALS_URL,
} from '@/utils/org-urls';
import { summaryListUrl } from '@/utils/summary-urls';
import { UNIT_TRAINING_URL } from '@/utils/training-urls';
import { BULLETIN_LIST_URL } from '@/utils/bulletin-urls';
import './role-homes.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** The chief steward's home: the unit's staffing against the limit of 10, late handovers, work. */
export function UnitHome({ user }: { user: SessionUser }) {
  const { state, reload } = useAsyncData(() => fetchUnitDashboard(), user.id);
  useReloadOnShow(reload);
  return (
    <AsyncView state={state} onRetry={() => void reload()}>
      {(dashboard) => <UnitWork dashboard={dashboard} />}
    </AsyncView>
  );
}

function UnitWork({ dashboard }: { dashboard: UnitDashboard }) {
  return (
    <View className='unit-home'>
      <UnitSummary dashboard={dashboard} />
      <OversightCard />
      <FlaggedCheckInsCard />
      <UnitDemandsCard />
      <Card className='overdue-handovers' title={dashboard.overdueHandoverTaskCount ? `逾期交接任务（${dashboard.overdueHandoverTaskCount}）` : '逾期交接任务'}>
        {dashboard.overdueHandoverTasks.length === 0 ? (
          <Text className='card-hint'>暂无逾期交接任务</Text>
        ) : (
          dashboard.overdueHandoverTasks.map((task) => (
            <HandoverTaskItem key={task.id} task={task} showSteward onClick={go(enterpriseProfileUrl(task.enterpriseId))} />
          ))
        )}
        {dashboard.overdueHandoverTaskCount > dashboard.overdueHandoverTasks.length ? (
          <View className='card-hint overdue-handovers__more' onClick={go(unitStewardsUrl(dashboard.unit.id, dashboard.unit.name))}>
            {`以上为最早到期的 ${dashboard.overdueHandoverTasks.length} 项；各管家的逾期交接见`}
            <Text className='link'>管家服务情况 ›</Text>
          </View>
        ) : null}
      </Card>
      <Card className='unit-entries' title='单位工作'>
        <EntryGrid
          entries={[
            { key: 'assign', label: '管家与企业', hint: '分配企业', onClick: go(UNIT_ASSIGN_URL) },
            { key: 'handover', label: '管家交接', hint: '更换管家', onClick: go(UNIT_HANDOVER_URL) },
            { key: 'liaisons', label: '联络员', hint: '指派管家', onClick: go(UNIT_LIAISONS_URL) },
            { key: 'cadence', label: '联系周期与位置', hint: '按企业设置', onClick: go(UNIT_CADENCE_URL) },
            { key: 'training', label: '管家培训', hint: '学时与必修完成率', onClick: go(UNIT_TRAINING_URL) },
            { key: 'summary', label: '年度总结', hint: '审核管家总结、报送单位总结', className: 'summary-entry', onClick: go(summaryListUrl()) },
            { key: 'proposals', label: '调整建议', hint: dashboard.pendingProposals ? `${dashboard.pendingProposals} 条待区审核` : '增减重点企业', onClick: go(UNIT_PROPOSALS_URL) },
            { key: 'cadence-watch', label: '走访督查', hint: '逾期未联系的企业', className: 'cadence-watch-entry', onClick: go(cadenceWatchUrl()) },
            { key: 'figures', label: '数据统计', hint: '指标、走势、管家排名', className: 'figures-entry', onClick: go(figuresUrl()) },
            { key: 'rectifications', label: '整改方案', hint: '约谈、考核后的整改', className: 'rectifications-entry', onClick: go(RECTIFICATIONS_URL) },
            { key: 'spot-checks', label: '周抽查', hint: '本单位抽查记录', className: 'spot-checks-entry', onClick: go(SPOT_CHECKS_URL) },
            { key: 'interviews', label: '约谈记录', hint: '季度约谈', className: 'interviews-entry', onClick: go(INTERVIEWS_URL) },
            { key: 'bulletin', label: '月通报', hint: '全区排名与本单位详情', className: 'bulletin-entry', onClick: go(BULLETIN_LIST_URL) },
            { key: 'assessment', label: '年度考核', hint: '本单位得分、确认、优秀管家推荐', className: 'assessment-entry', onClick: go(assessmentYearUrl()) },
          ]}
        />
      </Card>
      <Card className='steward-loads-card' title='管家服务情况'>
        <View className='card-row steward-roster-entry' onClick={go(unitStewardsUrl(dashboard.unit.id, dashboard.unit.name))}>
          <Text>{`在岗管家 ${dashboard.activeStewards} 名`}</Text>
          {dashboard.overloadedStewards ? <Text className='steward-roster-entry__over'>{`超过10家 ${dashboard.overloadedStewards} 名`}</Text> : null}
          <Text className='link'>查看每位管家 ›</Text>
        </View>
      </Card>
    </View>
  );
}

function UnitSummary({ dashboard }: { dashboard: UnitDashboard }) {
  const average = Math.round(dashboard.averagePerSteward * 100) / 100;
  const limitClass = dashboard.atLimit || average > 10 ? ' unit-average--limit' : '';
  return (
    <Card className='unit-summary' title={dashboard.unit.name}>
      <View className={`unit-average${limitClass}`}>
        <Text className='unit-average__label text-note'>平均每位管家服务</Text>
        <Text className='unit-average__value'>{average}</Text>
        <Text className='unit-average__label text-note'>家（上限 10 家）</Text>
      </View>
      {dashboard.atLimit ? (
        <Notice compact className='unit-average__warning'>
          已达上限：再分配企业将被拒绝，请先增加管家
        </Notice>
      ) : null}
      <View className='unit-stats'>
        <Stat label='在岗管家' value={`${dashboard.activeStewards} 名`} />
        <Stat label='已分配企业' value={`${dashboard.assignedEnterprises} 家`} />
        <Stat label='未分配企业' value={`${dashboard.unassignedEnterprises} 家`} alert={dashboard.unassignedEnterprises > 0} />
      </View>
    </Card>
  );
}

function Stat({ label, value, alert }: { label: string; value: string; alert?: boolean }) {
  return (
    <View className={`unit-stat${alert ? ' unit-stat--alert' : ''}`}>
      <Text className='unit-stat__label text-meta'>{label}</Text>
      <Text className='unit-stat__value'>{value}</Text>
    </View>
  );
}

