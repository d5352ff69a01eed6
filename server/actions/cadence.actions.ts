import { cadenceListInput, contactUpdateInput, preferencesInput } from '../../src/core/contracts/fieldwork.contracts';
import { cadenceStatus } from '../../src/core/contact/cadence';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { CadenceRow } from '../../src/core/fieldwork/fieldwork.model';
import { forbidden, notFound } from '../../src/core/errors';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { assertAccess, scopeOf } from '../runtime/access';
import { contactRepo, type ContactDoc } from '../db/contact.repo';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';

/** Records can be corrected for a short while after they are made; later changes need a new record. */
const CONTACT_EDIT_WINDOW_HOURS = 24;

const iso = (d?: Date | string) => (d ? new Date(d).toISOString() : undefined);

export const cadenceRow = (e: EnterpriseDoc, now: Date): CadenceRow => {
  const s = cadenceStatus({ ...e, since: e.createdAt }, now);
  return {
    enterpriseId: e._id, enterpriseName: e.name, lastContactAt: iso(e.lastContactAt), lastVisitAt: iso(e.lastVisitAt),
    contactDueAt: s.contactDueAt.toISOString(), visitDueAt: s.visitDueAt.toISOString(), contactState: s.contactState, visitState: s.visitState,
    state: s.state, daysOverdue: s.daysOverdue, preferences: e.preferences ? { ...e.preferences, updatedAt: iso(e.preferences.updatedAt)! } : undefined,
  };
};

const cadenceList = defineAction({
  name: 'cadence.list',
  roles: ['steward', 'liaison', 'unit_admin'],
  input: cadenceListInput,
  writes: false,
  summary: '联系走访节奏：即将到期和已逾期的企业，最近的在前',
  async handler(input, { db, user, now }): Promise<PageResult<CadenceRow>> {
    const scope = scopeOf(user, 'enterprise');
    if (!scope) return emptyPage(input);
    const at = now();
    // Nearest due first, paged in the database along the scope's nextDueAt index; a state is a range on it.
    const filter = input.state ? { ...scope, ...enterpriseRepo.inCadenceState(db, input.state, at) } : { ...scope, status: 'active' };
    return fetchPage(enterpriseRepo.find(db, filter).orderBy('nextDueAt', 'asc'), input, (e) => cadenceRow(e, at));
  },
});

const preferencesSet = defineAction({
  name: 'enterprise.setPreferences',
  roles: ['enterprise'],
  input: preferencesInput,
  writes: 'enterprises',
  summary: '企业设置偏好的联系方式和免打扰时段（无事不扰）',
  async handler(input, ctx) {
    const preferences = { ...input, updatedAt: ctx.now() };
    await enterpriseRepo.update(ctx.db, ctx.user.enterpriseId!, { preferences });
    ctx.audit.record(ctx.user.enterpriseId!, `设置联系偏好：${input.channels.join('、')}${input.quietPeriods ? `；免打扰：${input.quietPeriods}` : ''}`);
    return { ...preferences, updatedAt: preferences.updatedAt.toISOString() };
  },
});

const contactUpdate = defineAction({
  name: 'contact.update',
  roles: ['steward', 'liaison'],
  input: contactUpdateInput,
  writes: 'contacts',
  summary: `更正本人 ${CONTACT_EDIT_WINDOW_HOURS} 小时内记录的联系内容（留痕）`,
  async handler(input, ctx) {
    const contact = await contactRepo.get(ctx.db, input.id);
    if (!contact) throw notFound('联系记录不存在');
    // After a handover the record belongs to the new steward: its former recorder may not edit it.
    assertAccess(ctx.user, 'contact', contact, '这条联系记录不在您的服务范围内');
    if (contact.recordedBy !== ctx.user._id) throw forbidden('只能更正本人记录的联系');
    if (ctx.now().getTime() - new Date(contact.createdAt).getTime() > CONTACT_EDIT_WINDOW_HOURS * 3600_000) {
      throw forbidden(`联系记录只能在 ${CONTACT_EDIT_WINDOW_HOURS} 小时内更正，如需补充请新增一条记录`);
    }
    const { id, ...changes } = input;
    const changed = Object.fromEntries(Object.entries(changes).filter(([k, v]) => v !== undefined && v !== contact[k as keyof ContactDoc]));
    if (Object.keys(changed).length === 0) {
      ctx.audit.unchanged();
      return { id, changed: [] };
    }
    await contactRepo.update(ctx.db, id, { ...changed, updatedAt: ctx.now() });
    const before = Object.keys(changed).map((k) => `${k}：「${String(contact[k as keyof ContactDoc])}」→「${String(changed[k])}」`).join('；');
    ctx.audit.record(id, `更正联系记录 ${before}`);
    return { id, changed: Object.keys(changed) };
  },
});

export const cadenceActions = [cadenceList, preferencesSet, contactUpdate];
