import { refusalListInput } from '../../src/core/contracts/security.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { RefusalView } from '../../src/core/security/refusal.model';
import { shanghaiDays } from '../db/date-range';
import { fetchPage } from '../db/paging';
import { actionName, refusalRepo, type RefusalDoc } from '../db/refusal.repo';
import { userRepo } from '../db/user.repo';
import { defineAction } from '../runtime/define-action';

/** A WeChat OPENID is personal data: the view shows enough to tell callers apart, not the whole id. */
const maskOpenid = (openid: string) => (openid.length > 8 ? `${openid.slice(0, 4)}…${openid.slice(-4)}` : `${openid.slice(0, 2)}…`);

const toRefusalView = (r: RefusalDoc, names: Map<string, string>): RefusalView => ({
  id: r._id,
  hour: new Date(r.hourStart).toISOString(),
  caller: r.userId
    ? { kind: 'account', userId: r.userId, name: names.get(r.userId), role: r.role }
    : r.openid
      ? { kind: 'wechat', openid: maskOpenid(r.openid) }
      : { kind: 'anonymous' },
  total: r.total,
  reasons: { ...r.reasons } as Record<string, number>,
  actions: Object.fromEntries(Object.entries(r.actions).map(([key, n]) => [actionName(key), n])),
  firstAt: new Date(r.firstAt).toISOString(),
  lastAt: new Date(r.lastAt).toISOString(),
});

/** Read-only, like the audit log: refusals are counted by the router, never edited. */
const securityRefusals = defineAction({
  name: 'security.refusals',
  roles: ['district_admin'],
  input: refusalListInput,
  writes: false,
  summary: '安全视图：被拒绝的调用（未登录、无权限、账号停用、绑定码错误），按调用者和小时汇总',
  async handler(input, { db }): Promise<PageResult<RefusalView>> {
    const filter: Record<string, unknown> = {};
    if (input.userId) filter.userId = input.userId;
    const hourStart = shanghaiDays(db, input.from, input.to);
    if (hourStart) filter.hourStart = hourStart;
    const page = await fetchPage(refusalRepo.find(db, filter).orderBy('hourStart', 'desc'), input, (r) => r);
    const names = await userRepo.namesOf(db, page.items.flatMap((r) => (r.userId ? [r.userId] : [])));
    return { ...page, items: page.items.map((r) => toRefusalView(r, names)) };
  },
});

export const securityActions = [securityRefusals];
