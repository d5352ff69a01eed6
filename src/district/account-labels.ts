import type { AccountView } from '@/core/org/org.model';
import { ROLE_LABELS, type Role } from '@/core/roles';
import { formatDateTime } from '@/utils/format-time';

/** Roles the district creates accounts for (enterprise contacts get theirs from their steward). */
export const STAFF_ROLE_OPTIONS: { value: Exclude<Role, 'enterprise'>; label: string }[] = [
  { value: 'steward', label: ROLE_LABELS.steward },
  { value: 'liaison', label: ROLE_LABELS.liaison },
  { value: 'unit_admin', label: ROLE_LABELS.unit_admin },
  { value: 'department', label: ROLE_LABELS.department },
  { value: 'district_admin', label: ROLE_LABELS.district_admin },
];

export const roleLabel = (role: string) => ROLE_LABELS[role as Role] ?? role;

/** 已绑定, or 待绑定 with when its code stops working. */
export function bindingLabel(account: AccountView, now = Date.now()): { text: string; tone: 'ok' | 'waiting' | 'danger' } {
  if (account.bound) return { text: '已绑定', tone: 'ok' };
  const expires = account.pendingCodeExpiresAt;
  if (!expires) return { text: '待绑定 · 无有效绑定码', tone: 'danger' };
  if (new Date(expires).getTime() <= now) return { text: '待绑定 · 绑定码已过期', tone: 'danger' };
  return { text: `待绑定 · 绑定码 ${formatDateTime(expires)} 前有效`, tone: 'waiting' };
}
