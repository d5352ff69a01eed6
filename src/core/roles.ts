export const ROLES = ['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  enterprise: '企业联系人',
  steward: '服务管家',
  liaison: '联络员',
  unit_admin: '总管家',
  department: '承办部门',
  district_admin: '区科经委',
};
