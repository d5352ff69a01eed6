import { randomUUID } from 'node:crypto';
import { demandGetInput, demandListInput, demandSubmitInput } from '../../src/core/contracts/demand.contracts';
import { forbidden, invalid, notFound } from '../../src/core/errors';
import type { PageResult, DemandSummary, DemandDetail } from '../../src/core/demand/demand.model';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { REVIEW_WORKING_DAYS } from '../../src/core/demand/demand.rules';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { callerKey } from '../runtime/action-context';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { demandEvent } from '../db/demand-timeline';
import { insertDemand } from '../db/demand-writes';
import { enterpriseRepo } from '../db/enterprise.repo';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { demandSelection } from './demand-selection';
import { acceptUploads } from './uploaded-files';
import { statusNotice, todoNotice } from './demand-notices';
import { recipients, type Audience } from './demand-step';
import { dispatchOnBehalf } from './demand-on-behalf';
import { notifyUsers, type Notice, type SubscribeMessageSender } from '../notify/notifier';
import type { Database } from '../runtime/cloud-types';
import { toDemandDetail, toDemandSummary } from './demand.view';
import { assertAccess } from '../runtime/access';
import { followCurrentSteward } from '../db/enterprise-records';

const demandSubmit = defineAction({
  name: 'demand.submit',
  roles: ['enterprise', 'steward'],
  input: demandSubmitInput,
  writes: 'demands',
  summary: '提交诉求（企业自提；或管家为所服务企业代提并直接派单）',
  async handler(input, ctx): Promise<{ id: string; created: boolean }> {
    const { db, user, caller, now } = ctx;
    const onBehalf = user.role === 'steward';
    const enterpriseId = onBehalf ? input.enterpriseId : user.enterpriseId;
    if (!enterpriseId) throw invalid('请选择代提诉求的企业', { enterpriseId: '请选择企业' });
    const enterprise = await enterpriseRepo.get(db, enterpriseId);
    if (!enterprise || enterprise.status !== 'active') throw notFound('企业不存在或已移出服务清单');
    if (onBehalf) assertAccess(user, 'enterprise', enterprise, '只能为您服务的企业代提诉求');
    const at = now();
    const calendar = await calendarOverrideRepo.load(db);
    const dispatched = onBehalf ? await dispatchOnBehalf(db, user, input, at, calendar) : undefined;
    const attachments = await acceptUploads(ctx, 'demand', input.attachments, 'attachments');

    const { event: dispatchEvent, ...dispatch } = dispatched ?? {};
    const doc: DemandDoc = {
      _id: input.clientRequestId ? demandRepo.idForRequest(callerKey(caller), input.clientRequestId) : randomUUID().replace(/-/g, ''),
      enterpriseId,
      enterpriseName: enterprise.name,
      unitId: enterprise.unitId,
      stewardId: enterprise.stewardId,
      stewardName: enterprise.stewardName,
      category: input.category,
      title: input.title,
      description: input.description,
      urgency: input.urgency,
      attachments,
      status: 'submitted',
      submittedBy: user._id,
      onBehalf,
      version: 1,
      timeline: [demandEvent(user, 'submitted', onBehalf ? `服务管家${user.name}代企业提交了诉求` : `${user.name}提交了诉求，等待服务管家审核`, at), ...(dispatchEvent ? [dispatchEvent] : [])],
      createdAt: at,
      updatedAt: at,
      reviewDueAt: workingDayDeadline(at, REVIEW_WORKING_DAYS, calendar),
      ...dispatch,
    };
    const { doc: stored, created } = await insertDemand(db, doc, at, calendar);
    if (stored.submittedBy !== user._id) throw forbidden();
    // A retried submission finds the stored demand: nothing new was written, nothing to audit.
    if (!created) ctx.audit.unchanged();
    else {
      await followCurrentSteward(db, stored);
      ctx.audit.record(stored._id, onBehalf ? `代企业提交诉求「${stored.title}」并派至${stored.departmentName}` : `提交诉求「${stored.title}」`);
      await notifySubmitted(db, ctx.messages, stored);
    }
    return { id: stored._id, created };
  },
});

/** 代提: the enterprise is told (it may comment or withdraw) and the department gets it to accept; otherwise the steward gets a review to do. */
const notifySubmitted = async (db: Database, messages: SubscribeMessageSender, d: DemandDoc) => {
  const page = `pages/demand-detail/index?id=${d._id}`;
  const told: Array<[Audience, Omit<Notice, 'recordId' | 'page'>]> = d.onBehalf
    ? [
        ['enterprise', statusNotice(d, 'dispatched', `服务管家为您代提了诉求，已派至${d.departmentName}办理；如需补充说明或撤回，请打开诉求`, d.createdAt)],
        ['department', todoNotice('todo:accept', '新派诉求请受理并联系企业', d, d.contactDueAt!, d.title)],
      ]
    : [['steward', todoNotice('todo:review', '新诉求待审核', d, d.reviewDueAt!, d.title)]];
  for (const [to, notice] of told) await notifyUsers(db, messages, await recipients(db, d, to), { ...notice, recordId: d._id, page });
};

const demandList = defineAction({
  name: 'demand.list',
  roles: 'bound',
  input: demandListInput,
  writes: false,
  summary: '按角色范围分页列出诉求（可按单位、部门、类别、状态、逾期、督办、提交日期、企业名称筛选）',
  async handler(input, { db, user, now }): Promise<PageResult<DemandSummary>> {
    const selection = await demandSelection(db, user, input, now());
    if (!selection) return emptyPage(input);
    return fetchPage(demandRepo.listed(db, selection.where, selection.order), input, (d) => toDemandSummary(d, now()));
  },
});

const demandGet = defineAction({
  name: 'demand.get',
  roles: 'bound',
  input: demandGetInput,
  writes: false,
  summary: '查看一条诉求及其办理时间线',
  async handler(input, { db, user, now, files }): Promise<DemandDetail> {
    const demand = await demandRepo.get(db, input.id);
    if (!demand) throw notFound('诉求不存在或已被删除');
    assertAccess(user, 'demand', demand, '您无权查看这条诉求');
    const fileIDs = (demand.attachments ?? []).map((a) => a.fileID);
    return toDemandDetail(demand, user, now(), fileIDs.length ? await files.tempUrls(fileIDs) : undefined);
  },
});

export const demandActions = [demandSubmit, demandList, demandGet];
