import { contactListInput, contactRecordInput } from '../../src/core/contracts/contact.contracts';
import { checkInFlag, distanceMeters, type CheckInFlag } from '../../src/core/contact/geo';
import type { PageResult } from '../../src/core/demand/demand.model';
import { invalid } from '../../src/core/errors';
import type { ContactView } from '../../src/core/org/org.model';
import { toContactViews } from './contact.view';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { narrowedScope, enterpriseInScope } from '../runtime/access';
import { newId } from '../db/codes';
import { contactRepo, type ContactDoc } from '../db/contact.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { handoverTaskRepo } from '../db/handover-task.repo';
import { followCurrentSteward } from '../db/enterprise-records';
import { insertTracked } from '../db/tracked-writes';
import { acceptUploads } from './uploaded-files';

const CLOCK_SKEW_MS = 10 * 60 * 1000;

const contactRecord = defineAction({
  name: 'contact.record',
  roles: ['steward', 'liaison'],
  input: contactRecordInput,
  writes: 'contacts',
  summary: '记录一次企业联系或走访（上门走访需现场打卡）',
  async handler(input, ctx): Promise<{ id: string; completedHandoverTasks: number; checkIn?: { distanceMeters: number | null; flag?: CheckInFlag } }> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    const at = new Date(input.at);
    const now = ctx.now();
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid('联系时间不能晚于现在', { at: '联系时间不能晚于现在' });
    const checkIn = input.checkIn && {
      at: new Date(input.checkIn.at),
      latitude: input.checkIn.latitude,
      longitude: input.checkIn.longitude,
      distanceMeters: enterprise.location ? distanceMeters(input.checkIn, enterprise.location) : null,
      photoFileIds: (await acceptUploads(ctx, 'checkIn', input.checkIn.photoFileIds.map((fileID) => ({ fileID })), 'checkIn.photoFileIds')).map((p) => p.fileID),
    };
    // Stored beside the record (and indexed) so the unit's list and the spot check find it without reading every visit.
    const flag = checkIn ? checkInFlag(checkIn.distanceMeters) : undefined;
    const doc: ContactDoc = {
      _id: newId(), enterpriseId: enterprise._id, enterpriseName: enterprise.name, unitId: enterprise.unitId, stewardId: enterprise.stewardId, creditedStewardId: enterprise.stewardId,
      recordedBy: ctx.user._id, recordedByName: ctx.user.name, type: input.type, at, who: input.who, topics: input.topics,
      outcome: input.outcome, nextStep: input.nextStep, demandIds: input.demandIds, ...(checkIn ? { checkIn } : {}), ...(flag ? { checkInFlag: flag } : {}), createdAt: now, updatedAt: now,
    };
    await insertTracked(ctx.db, 'contacts', [doc], now);
    await followCurrentSteward(ctx.db, doc);
    // Keep the latest contact and visit (and so the next due date) on the enterprise, for the cadence
    // screens and reminders; conditional, so of two contacts recorded at once the later one stays.
    await enterpriseRepo.updateWithDue(ctx.db, enterprise, (e) => {
      const latest: { lastContactAt?: Date; lastVisitAt?: Date } = {};
      if (!e.lastContactAt || new Date(e.lastContactAt) < at) latest.lastContactAt = at;
      if (input.type === '上门走访' && (!e.lastVisitAt || new Date(e.lastVisitAt) < at)) latest.lastVisitAt = at;
      return Object.keys(latest).length ? latest : null;
    });
    const completed = await handoverTaskRepo.complete(ctx.db, enterprise._id, enterprise.stewardId, at, doc._id, now);
    const far = flag === 'far' ? `，打卡距企业 ${checkIn!.distanceMeters} 米，已标记` : '';
    ctx.audit.record(doc._id, `记录与「${enterprise.name}」的${input.type}联系${completed ? `，完成交接任务 ${completed} 项` : ''}${far}`);
    return { id: doc._id, completedHandoverTasks: completed, ...(checkIn ? { checkIn: { distanceMeters: checkIn.distanceMeters, ...(flag ? { flag } : {}) } } : {}) };
  },
});

const contactList = defineAction({
  name: 'contact.list',
  roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
  input: contactListInput,
  writes: false,
  summary: '企业的联系记录（历史随企业保留）',
  async handler(input, { db, user, files }): Promise<PageResult<ContactView>> {
    const scope = narrowedScope(user, 'contact', { enterpriseId: input.enterpriseId }, '这家企业不在您的服务范围内');
    if (!scope) return emptyPage(input);
    // Naming an enterprise the caller does not serve is refused, not answered with an empty list.
    if (input.enterpriseId) await enterpriseInScope(db, user, input.enterpriseId);
    const filter: Record<string, unknown> = { ...scope };
    // Flagged check-ins are an oversight list; the enterprise's own history does not filter by them.
    if (input.checkInFlag && user.role !== 'enterprise') filter.checkInFlag = input.checkInFlag;
    const page = await fetchPage(contactRepo.find(db, filter).orderBy('at', 'desc'), input, (c) => c);
    return { ...page, items: await toContactViews(files, page.items) };
  },
});

export const contactActions = [contactRecord, contactList];
