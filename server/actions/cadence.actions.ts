import { cadenceListInput, contactUpdateInput, preferencesInput } from '../../src/core/contracts/fieldwork.contracts';
import { cadenceStatus } from '../../src/core/contact/cadence';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { CadenceRow } from '../../src/core/fieldwork/fieldwork.model';
import { AppError, forbidden, notFound } from '../../src/core/errors';
import { emptyPage, fetchPage, slicePage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { assertAccess, narrowedScope } from '../runtime/access';
import { contactRepo, type ContactDoc } from '../db/contact.repo';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { updateTracked } from '../db/tracked-writes';

/** Records can be corrected for a short while after they are made; later changes need a new record. */
const CONTACT_EDIT_WINDOW_HOURS = 24;

const iso = (d?: Date | string) => (d ? new Date(d).toISOString() : undefined);

export const cadenceRow = (e: EnterpriseDoc, now: Date): CadenceRow => {
  const s = cadenceStatus({ ...e, since: e.createdAt }, now);
  return {
    enterpriseId: e._id, enterpriseName: e.name, lastContactAt: iso(e.lastContactAt), lastVisitAt: iso(e.lastVisitAt),
    contactDueAt: s.contactDueAt.toISOString(), visitDueAt: s.visitDueAt.toISOString(), contactState: s.contactState, visitState: s.visitState,
    state: s.state, daysOverdue: s.daysOverdue, stewardName: e.stewardName, preferences: e.preferences ? { ...e.preferences, updatedAt: iso(e.preferences.updatedAt)! } : undefined,
  };
};

/** Nearest due first (the earlier of the contact and the visit due dates). */
export const byNextDue = (a: CadenceRow, b: CadenceRow): number =>
  Math.min(Date.parse(a.contactDueAt), Date.parse(a.visitDueAt)) - Math.min(Date.parse(b.contactDueAt), Date.parse(b.visitDueAt));

const cadenceList = defineAction({
  name: 'cadence.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: cadenceListInput,
  writes: false,
  summary: '联系走访节奏：即将到期和已逾期的企业，最近的在前（区科经委可按单位查看全区）',
  async handler(input, { db, user, now }): Promise<PageResult<CadenceRow>> {
    const scope = narrowedScope(user, 'enterprise', { unitId: input.unitId }, '只能查看本单位企业的联系走访');
    if (!scope) return emptyPage(input);
    const at = now();
    // A unit's or the district's enterprises: nearest due first, paged in the database along the
    // scope's [.., status, cadenceDueAt] index; a state is a range on it.
    if (!scope.stewardId) {
      const filter = input.state ? { ...scope, ...enterpriseRepo.inCadenceState(db, input.state, at) } : { ...scope, status: 'active' };
      return fetchPage(enterpriseRepo.find(db, filter).orderBy('cadenceDueAt', 'asc'), input, (e) => cadenceRow(e, at));
    }
    // A steward's (or their liaison's) enterprises are few: computed from the contacts themselves.
    const data = await enterpriseRepo.all(db, { ...scope, status: 'active' });
    const rows = data
      .map((e) => cadenceRow(e, at))
      .filter((r) => !input.state || r.state === input.state)
      .sort(byNextDue);
    return slicePage(rows, input);
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
    // Conditional on the record as read (its revision, scope and author): a concurrent correction is refused, not overwritten.
    if (!(await updateTracked(ctx.db, 'contacts', contact, { patch: { ...changed, updatedAt: ctx.now() }, condition: { stewardId: contact.stewardId, recordedBy: ctx.user._id } }, ctx.now()))) throw new AppError('CONFLICT', '联系记录已被更新，请刷新后重试');
    const before = Object.keys(changed).map((k) => `${k}：「${String(contact[k as keyof ContactDoc])}」→「${String(changed[k])}」`).join('；');
    ctx.audit.record(id, `更正联系记录 ${before}`);
    return { id, changed: Object.keys(changed) };
  },
});

export const cadenceActions = [cadenceList, preferencesSet, contactUpdate];
