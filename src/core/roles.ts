export const ROLES = ['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may sign in to the desk console (专窗平台) through the unified identity provider: every
 * government role. Enterprises stay on the mini-program.
 */
export const DESK_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'enterprise');

export const ROLE_LABELS: Record<Role, string> = {
  enterprise: '企业联系人',
  steward: '服务管家',
  liaison: '联络员',
  unit_admin: '总管家',
  department: '承办部门',
  district_admin: '区科经委',
};
