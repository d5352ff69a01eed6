import { interviewListInput, interviewRecordInput } from '../../src/core/contracts/interview.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import { periodContaining, periodLabel } from '../../src/core/figures/periods';
import type { InterviewView } from '../../src/core/interview/interview.model';
import { interviewRepo, type InterviewDoc } from '../db/interview.repo';
import { emptyPage, fetchPage } from '../db/paging';
import { unitRepo } from '../db/unit.repo';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { requestRectificationPlan } from '../rectification/request-plan';

const toView = (i: InterviewDoc): InterviewView => ({
  id: i._id, quarterLabel: i.quarterLabel, quarterFrom: i.quarterFrom, unitId: i.unitId, unitName: i.unitName, date: i.date,
  attendees: i.attendees, problems: i.problems, commitments: i.commitments, recordedByName: i.recordedByName, recordedAt: i.recordedAt.toISOString(),
  ...(i.planId && i.planDueAt ? { plan: { id: i.planId, dueAt: i.planDueAt.toISOString() } } : {}),
});

const interviewRecord = defineAction({
  name: 'interview.record',
  roles: ['district_admin'],
  input: interviewRecordInput,
  writes: 'interviews',
  summary: '记录季度约谈（时间、参加人员、发现的问题、整改承诺），并要求单位限期提交整改方案',
  async handler(input, ctx): Promise<InterviewView & { created: boolean }> {
    const { db, user } = ctx;
    const unit = await unitRepo.get(db, input.unitId);
    if (!unit) throw notFound('单位不存在');
    const quarter = periodContaining('quarter', input.quarterDate);
    const at = ctx.now();
    const _id = interviewRepo.idForRequest(user._id, input.clientRequestId);
    const doc: InterviewDoc = {
      _id, quarterFrom: quarter.from, quarterLabel: periodLabel(quarter), unitId: unit._id, unitName: unit.name, date: input.date,
      attendees: input.attendees, problems: input.problems, commitments: input.commitments, recordedBy: user._id, recordedByName: user.name, recordedAt: at,
    };
    const { doc: saved, created } = await interviewRepo.insertOnce(db, doc);
    // Asked after the interview is stored; idempotent, so a retry that finds the interview still asks once.
    if (input.planWorkingDays > 0 && !saved.planId) {
      const plan = await requestRectificationPlan(db, ctx.messages, { unitId: unit._id, source: { kind: 'interview', id: saved._id, title: `${saved.quarterLabel}约谈` }, dueWorkingDays: input.planWorkingDays, at });
      await interviewRepo.updateWhere(db, { _id: saved._id, planId: db.command.exists(false) }, { planId: plan.id, planDueAt: plan.dueAt });
      Object.assign(saved, { planId: plan.id, planDueAt: plan.dueAt });
    }
    if (created) ctx.audit.record(saved._id, `记录${saved.quarterLabel}对${unit.name}的约谈${saved.planId ? '，要求提交整改方案' : ''}`);
    else ctx.audit.unchanged();
    return { ...toView(saved), created };
  },
});

const interviewList = defineAction({
  name: 'interview.list',
  roles: ['unit_admin', 'district_admin'],
  input: interviewListInput,
  writes: false,
  summary: '约谈记录：单位看本单位的，区科经委看全部',
  async handler(input, { db, user }): Promise<PageResult<InterviewView>> {
    const scope = narrowedScope(user, 'interview', { unitId: input.unitId }, '只能查看本单位的约谈记录');
    if (!scope) return emptyPage(input);
    return fetchPage(interviewRepo.find(db, scope).orderBy('recordedAt', 'desc'), input, toView);
  },
});

export const interviewActions = [interviewRecord, interviewList];
