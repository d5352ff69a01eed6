import type { Role } from '@/core/roles';

export interface DeskNavEntry {
  key: string;
  label: string;
  url: string;
}

const HOME: DeskNavEntry = { key: 'home', label: '工作台', url: '/pages/index/index' };

/** The desk console's side navigation per role: the screens a desk officer works from. */
export const DESK_NAV: Record<Role, readonly DeskNavEntry[]> = {
  district_admin: [
    HOME,
    { key: 'enterprises', label: '企业名单', url: '/district/pages/enterprises/index' },
    { key: 'accounts', label: '账号管理', url: '/district/pages/accounts/index' },
    { key: 'proposals', label: '名单调整', url: '/district/pages/proposals/index' },
    { key: 'reports', label: '信息报送', url: '/district/pages/reports/index' },
    { key: 'audit', label: '操作日志', url: '/district/pages/audit/index' },
    { key: 'calendar', label: '工作日历', url: '/district/pages/calendar/index' },
  ],
  unit_admin: [
    HOME,
    { key: 'assign', label: '企业分配', url: '/unit/pages/assign/index' },
    { key: 'handover', label: '移交', url: '/unit/pages/handover/index' },
    { key: 'cadence', label: '联系频次', url: '/unit/pages/cadence/index' },
    { key: 'proposals', label: '名单调整', url: '/unit/pages/proposals/index' },
  ],
  department: [HOME, { key: 'demands', label: '承办诉求', url: '/department/pages/demands/index' }],
  steward: [
    HOME,
    { key: 'demands', label: '诉求', url: '/steward/pages/demands/index' },
    { key: 'enterprises', label: '服务企业', url: '/steward/pages/enterprises/index' },
    { key: 'handover', label: '移交任务', url: '/steward/pages/handover-tasks/index' },
  ],
  liaison: [HOME],
  enterprise: [],
};
