import { useRef } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { CalendarWarning } from '@/components/calendar-warning';
import { useAsyncData } from '@/hooks/use-async-data';
import { useCalendarStatus } from '@/hooks/use-calendar-status';
import { useOversightCounts } from '@/hooks/use-oversight-counts';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { countDemands } from '@/services/demand.service';
import { countPendingHandovers } from '@/services/handover.service';
import { fetchDistrictDashboard } from '@/services/dashboard.service';
import { cadenceWatchUrl, figuresUrl, SIMILAR_DEMANDS_URL, watchListUrl } from '@/utils/oversight-urls';
import { summaryListUrl } from '@/utils/summary-urls';
import { DISTRICT_COURSES_URL, DISTRICT_INTEGRITY_URL } from '@/utils/training-urls';
import { INTERVIEWS_URL, RECTIFICATIONS_URL, SPOT_CHECKS_URL } from '@/utils/inspection-urls';
import './district-home.scss';

const ROOT = '/district/pages';

interface Tile {
  key: string;
  title: string;
  hint: string;
  url: string;
}

const TILES: Tile[] = [
  { key: 'watch', title: '诉求督办', hint: '全区诉求按单位、部门、逾期筛选导出', url: watchListUrl() },
  { key: 'figures', title: '数据统计', hint: '各项指标及口径、走势、单位排名', url: figuresUrl() },
  { key: 'similar', title: '同类诉求', hint: '多家企业问同一事项，统一答复', url: SIMILAR_DEMANDS_URL },
  { key: 'cadence', title: '走访督查', hint: '全区逾期未联系、未走访的企业', url: cadenceWatchUrl() },
  { key: 'dashboard', title: '单位总览', hint: '管家配备、服务负荷、逾期交接', url: `${ROOT}/dashboard/index` },
  { key: 'reroute', title: '待重新派单', hint: '部门退回的诉求，1个工作日内改派', url: `${ROOT}/demand-reroute/index` },
  { key: 'decide', title: '差评裁定', hint: '整改后仍不满意，3个工作日内裁定', url: `${ROOT}/demand-decide/index` },
  { key: 'handovers', title: '管家交接', hint: '确认单位报来的管家变更', url: `${ROOT}/handovers/index` },
  { key: 'accounts', title: '账号管理', hint: '开通、调整单位、停用账号', url: `${ROOT}/accounts/index` },
  { key: 'enterprises', title: '企业清单', hint: '重点企业增删改、批量导入', url: `${ROOT}/enterprises/index` },
  { key: 'proposals', title: '调整建议', hint: '审核单位提出的清单调整', url: `${ROOT}/proposals/index` },
  { key: 'audit', title: '操作日志', hint: '谁在何时做了什么', url: `${ROOT}/audit/index` },
  { key: 'calendar', title: '工作日历', hint: '节假日与调休的补充更正', url: `${ROOT}/calendar/index` },
  { key: 'reports', title: '重要信息报送', hint: '风险提示、按类别单位筛选导出', url: `${ROOT}/reports/index` },
  { key: 'research', title: '调研承诺', hint: '领导调研承诺事项办理', url: '/fieldwork/pages/research/index?open=1' },
  { key: 'policies', title: '政策库', hint: '发布政策、查看宣讲', url: '/fieldwork/pages/policies/index' },
  { key: 'training', title: '培训管理', hint: '课程、案例库、完成情况', url: DISTRICT_COURSES_URL },
  { key: 'integrity', title: '廉洁监督', hint: '企业反映的问题，1个工作日内受理', url: DISTRICT_INTEGRITY_URL },
  { key: 'spot-checks', title: '周抽查', hint: '每周抽取联系走访记录向企业核实', url: SPOT_CHECKS_URL },
  { key: 'interviews', title: '季度约谈', hint: '按季度排名约谈单位，要求整改', url: INTERVIEWS_URL },
  { key: 'rectifications', title: '整改方案', hint: '审核单位整改方案，督办逾期措施', url: RECTIFICATIONS_URL },
  { key: 'summary', title: '年度总结', hint: '各单位总结审核、导出，设定截止日期', url: summaryListUrl() },
];

/** The district lead's workspace: one tile per area, with what needs attention counted on it. */
export function DistrictHome() {
  const { state, reload } = useAsyncData(fetchDistrictDashboard, 'district-home');
  // Open research promises and recent risk reports, counted on their tiles.
  const oversight = useOversightCounts('district-oversight');
  useReloadOnShow(oversight.reload);
  const demands = useAsyncData(countDemands, 'district-demand-counts');
  const handovers = useAsyncData(countPendingHandovers, 'district-pending-handovers');
  const calendar = useCalendarStatus('district-home-calendar');
  // Counts change after work in the subpages; refresh them when coming back, not on the first show.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void Promise.all([reload(), demands.reload(), handovers.reload(), calendar.refresh()]);
    shown.current = true;
  });
  const data = state.status === 'ready' ? state.data : null;
  const badges: Record<string, number> = {
    proposals: data?.pendingProposals ?? 0,
    handovers: handovers.state.status === 'ready' ? handovers.state.data : 0,
    dashboard: data?.overdueHandoverTasks.length ?? 0,
    reports: oversight.state.status === 'ready' ? oversight.state.data.risks.length : 0,
    research: oversight.state.status === 'ready' ? oversight.state.data.openPromises : 0,
    reroute: demands.state.status === 'ready' ? (demands.state.data.byStatus.rerouting ?? 0) : 0,
    decide: demands.state.status === 'ready' ? (demands.state.data.byStatus.district_review ?? 0) : 0,
    watch: demands.state.status === 'ready' ? demands.state.data.overdue : 0,
    calendar: calendar.warning ? 1 : 0,
  };

  return (
    <View>
      <CalendarWarning warning={calendar.warning} onOpen={() => void Taro.navigateTo({ url: `${ROOT}/calendar/index` })} />
      <View className='district-home'>
        {TILES.map((tile) => (
          <View key={tile.key} className={`district-tile district-tile--${tile.key}`} onClick={() => void Taro.navigateTo({ url: tile.url })}>
            <View className='district-tile__title'>
              {tile.title}
              {badges[tile.key] ? <Text className='district-tile__badge count-badge'>{badges[tile.key]}</Text> : null}
            </View>
            <View className='district-tile__hint'>{tile.hint}</View>
          </View>
        ))}
      </View>
    </View>
  );
}
