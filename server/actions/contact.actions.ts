import { contactListInput, contactRecordInput } from '../../src/core/contracts/contact.contracts';
import { distanceMeters } from '../../src/core/contact/geo';
import type { PageResult } from '../../src/core/demand/demand.model';
import { invalid } from '../../src/core/errors';
import type { ContactView } from '../../src/core/org/org.model';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { narrowedScope, enterpriseInScope } from '../runtime/access';
import { newId } from '../db/codes';
import { contactRepo, type ContactDoc } from '../db/contact.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { handoverTaskRepo } from '../db/handover-task.repo';
import { followCurrentSteward } from '../db/enterprise-records';

const CLOCK_SKEW_MS = 10 * 60 * 1000;

export const toContactView = (c: ContactDoc): ContactView => ({
  id: c._id,
  enterpriseId: c.enterpriseId,
  enterpriseName: c.enterpriseName,
  type: c.type,
  at: new Date(c.at).toISOString(),
  who: c.who,
  topics: c.topics,
  outcome: c.outcome,
  nextStep: c.nextStep,
  recordedBy: c.recordedBy,
  recordedByName: c.recordedByName,
  checkIn: c.checkIn ? { at: new Date(c.checkIn.at).toISOString(), distanceMeters: c.checkIn.distanceMeters } : undefined,
  createdAt: new Date(c.createdAt).toISOString(),
});

const contactRecord = defineAction({
  name: 'contact.record',
  roles: ['steward', 'liaison'],
  input: contactRecordInput,
  writes: 'contacts',
  summary: '记录一次企业联系或走访（上门走访需现场打卡）',
  async handler(input, ctx): Promise<{ id: string; completedHandoverTasks: number }> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    const at = new Date(input.at);
    const now = ctx.now();
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid('联系时间不能晚于现在', { at: '联系时间不能晚于现在' });
    const checkIn = input.checkIn && {
      at: new Date(input.checkIn.at),
      latitude: input.checkIn.latitude,
      longitude: input.checkIn.longitude,
      distanceMeters: enterprise.location ? distanceMeters(input.checkIn, enterprise.location) : null,
      photoFileIds: input.checkIn.photoFileIds,
    };
    const doc: ContactDoc = {
      _id: newId(), enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId,
      recordedBy: ctx.user._id, recordedByName: ctx.user.name, type: input.type, at, who: input.who, topics: input.topics,
      outcome: input.outcome, nextStep: input.nextStep, demandIds: input.demandIds, ...(checkIn ? { checkIn } : {}), createdAt: now, updatedAt: now,
    };
    await contactRepo.insert(ctx.db, doc);
    await followCurrentSteward(ctx.db, doc);
    // Keep the latest contact and visit (and so the next due date) on the enterprise, for the cadence
    // screens and reminders; conditional, so of two contacts recorded at once the later one stays.
    await enterpriseRepo.updateWithDue(ctx.db, enterprise, (e) => {
      const latest: Record<string, Date> = {};
      if (!e.lastContactAt || new Date(e.lastContactAt) < at) latest.lastContactAt = at;
      if (input.type === '上门走访' && (!e.lastVisitAt || new Date(e.lastVisitAt) < at)) latest.lastVisitAt = at;
      return Object.keys(latest).length ? latest : null;
    });
    const completed = await handoverTaskRepo.complete(ctx.db, enterprise._id, enterprise.stewardId, at, doc._id, now);
    ctx.audit.record(doc._id, `记录与「${enterprise.name}」的${input.type}联系${completed ? `，完成交接任务 ${completed} 项` : ''}`);
    return { id: doc._id, completedHandoverTasks: completed };
  },
});

const contactList = defineAction({
  name: 'contact.list',
  roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
  input: contactListInput,
  writes: false,
  summary: '企业的联系记录（历史随企业保留）',
  async handler(input, { db, user }): Promise<PageResult<ContactView>> {
    const scope = narrowedScope(user, 'contact', { enterpriseId: input.enterpriseId }, '这家企业不在您的服务范围内');
    if (!scope) return emptyPage(input);
    // Naming an enterprise the caller does not serve is refused, not answered with an empty list.
    if (input.enterpriseId) await enterpriseInScope(db, user, input.enterpriseId);
    const filter: Record<string, unknown> = { ...scope };
    return fetchPage(contactRepo.find(db, filter).orderBy('at', 'desc'), input, toContactView);
  },
});

export const contactActions = [contactRecord, contactList];
