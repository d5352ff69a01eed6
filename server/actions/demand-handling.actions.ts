import { stepInputs } from '../../src/core/contracts/demand-step.contracts';
import { AUTO_CLOSE_WORKING_DAYS, RESOLVE_WORKING_DAYS, REROUTE_WORKING_DAYS } from '../../src/core/demand/demand.deadlines';
import { FIRST_CONTACT_WORKING_DAYS } from '../../src/core/demand/demand.rules';
import { invalid } from '../../src/core/errors';
import { endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay, workingDayDeadline } from '../../src/core/time/working-days';
import { defineAction } from '../runtime/define-action';
import { departmentRepo } from '../db/department.repo';
import { materialsWaitCleared, materialsWaitStarted } from './demand-materials';
import { progressNotices, stewardNotice, todoNotice } from './demand-notices';
import { runStep } from './demand-step-runner';

/** Steps taken by the handling department, and the district's re-routing. */

const demandAccept = defineAction({
  name: 'demand.accept',
  roles: ['department'],
  input: stepInputs.accept,
  writes: 'demands',
  summary: '承办部门受理（1 个工作日内联系企业）',
  handler: (input, ctx) =>
    runStep(ctx, 'accept', input, (d, { now }) => ({
      patch: { acceptedAt: now },
      kind: 'accepted',
      text: `${d.departmentName}已受理${input.note ? `：${input.note}` : ''}`,
      notify: progressNotices(d, 'accepted', `${d.departmentName}已受理`, now),
    })),
});

const demandRecordContact = defineAction({
  name: 'demand.recordContact',
  roles: ['department'],
  input: stepInputs.recordContact,
  writes: 'demands',
  summary: '承办部门记录与企业的首次联系',
  handler: (input, ctx) =>
    runStep(ctx, 'recordContact', input, (d, { now }) => ({
      patch: d.firstContactAt ? {} : { firstContactAt: now },
      kind: 'contacted',
      text: `${d.departmentName}已联系企业：${input.note}`,
    })),
});

const demandProgress = defineAction({
  name: 'demand.progress',
  roles: ['department'],
  input: stepInputs.progress,
  writes: 'demands',
  summary: '承办部门发布办理进展（企业可见）',
  handler: (input, ctx) =>
    runStep(ctx, 'progress', input, (d, { now }) => ({
      kind: 'progress',
      text: `办理进展：${input.note}`,
      notify: progressNotices(d, d.status, input.note, now),
    })),
});

const demandRequestMaterials = defineAction({
  name: 'demand.requestMaterials',
  roles: ['department'],
  input: stepInputs.requestMaterials,
  writes: 'demands',
  summary: '请企业补充材料（等待期间办理时限暂停计时）',
  handler: (input, ctx) =>
    runStep(ctx, 'requestMaterials', input, async (d, { now, calendar }) => ({
      patch: { ...materialsWaitStarted(now, await calendar()), firstContactAt: d.firstContactAt ?? now },
      kind: 'materials_requested',
      text: `${d.departmentName}请企业补充材料：${input.note}（补充期间办理时限暂停计时；10 个工作日内未补充的，部门可按现有材料办结）`,
      notify: progressNotices(d, 'waiting_enterprise', input.note, now),
    })),
});

const demandExtend = defineAction({
  name: 'demand.extend',
  roles: ['department'],
  input: stepInputs.extend,
  writes: 'demands',
  summary: '承办部门申请延期：说明理由并承诺新的办结日期（企业可见）',
  handler: (input, ctx) =>
    runStep(ctx, 'extend', input, async (d, { now, calendar }) => {
      const newDueAt = endOfShanghaiDay(input.newDueDate);
      if (!isWorkingDay(input.newDueDate, await calendar())) throw invalid('承诺办结日期应为工作日', { newDueDate: '请选择一个工作日' });
      if (input.newDueDate <= shanghaiDate(d.resolveDueAt ?? now)) throw invalid('新的承诺办结日期应晚于原办结期限', { newDueDate: '应晚于原办结期限' });
      const extension = { at: now, reason: input.reason, previousDueAt: d.resolveDueAt, newDueAt, by: ctx.user._id };
      return {
        patch: { resolveDueAt: newDueAt, extensions: [...(d.extensions ?? []), extension] },
        kind: 'extended',
        text: `${d.departmentName}申请延期：${input.reason}。承诺于 ${input.newDueDate} 前办结`,
        notify: progressNotices(d, d.status, `延期至${input.newDueDate}`, now),
      };
    }),
});

const demandReturnMisrouted = defineAction({
  name: 'demand.returnMisrouted',
  roles: ['department'],
  input: stepInputs.returnMisrouted,
  writes: 'demands',
  summary: '承办部门退回非本部门职责的诉求，由区科经委重新派单',
  handler: (input, ctx) =>
    runStep(ctx, 'returnMisrouted', input, async (d, { now, calendar }) => {
      const rerouteDueAt = workingDayDeadline(now, REROUTE_WORKING_DAYS, await calendar());
      return {
        patch: { departmentId: '', departmentName: '', returnedBy: [...(d.returnedBy ?? []), d.departmentId ?? ''], rerouteDueAt, firstContactAt: ctx.db.command.remove(), acceptedAt: ctx.db.command.remove() },
        kind: 'returned_by_department',
        text: `${d.departmentName}认为不属于本部门职责并退回：${input.reason}。区科经委将重新指定承办部门`,
        notify: [
          { to: 'district', notice: todoNotice('todo:reroute', '部门退回诉求，请重新派单', d, rerouteDueAt, input.reason) },
          { to: 'steward', notice: stewardNotice(d, 'rerouting', `${d.departmentName}退回：${input.reason}`, now) },
        ],
      };
    }),
});

const demandReassign = defineAction({
  name: 'demand.reassign',
  roles: ['district_admin'],
  input: stepInputs.reassign,
  writes: 'demands',
  summary: '区科经委为被退回的诉求重新指定承办部门（诉求始终有人负责）',
  async handler(input, ctx) {
    const department = await departmentRepo.get(ctx.db, input.departmentId);
    if (!department) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
    return runStep(ctx, 'reassign', input, async (d, { now, calendar }) => {
      if (d.returnedBy?.includes(department._id) && !input.note) throw invalid('该部门已退回过此诉求，重新指派请说明理由', { note: '请说明为何仍由该部门办理' });
      const cal = await calendar();
      const complexity = input.complexity ?? d.complexity ?? 'simple';
      const contactDueAt = workingDayDeadline(now, FIRST_CONTACT_WORKING_DAYS, cal);
      return {
        patch: { departmentId: department._id, departmentName: department.name, complexity, dispatchedAt: now, contactDueAt, resolveDueAt: workingDayDeadline(now, RESOLVE_WORKING_DAYS[complexity], cal), rerouteDueAt: ctx.db.command.remove() },
        kind: 'reassigned',
        text: `区科经委重新指定承办部门：${department.name}${input.note ? `（${input.note}）` : ''}`,
        notify: [
          ...progressNotices(d, 'dispatched', `改由${department.name}办理`, now),
          { to: 'department', notice: todoNotice('todo:accept', '区科经委指派诉求请受理', { enterpriseName: d.enterpriseName }, contactDueAt, d.title) },
        ],
      };
    });
  },
});

const demandResolve = defineAction({
  name: 'demand.resolve',
  roles: ['department'],
  input: stepInputs.resolve,
  writes: 'demands',
  summary: '承办部门办结（企业评价后关闭）；企业 10 个工作日未补充材料的，可按现有材料办结',
  handler: (input, ctx) =>
    runStep(ctx, 'resolve', input, async (d, { now, calendar }) => ({
      patch: {
        resolvedAt: now, resolution: input.resolution, autoCloseAt: workingDayDeadline(now, AUTO_CLOSE_WORKING_DAYS, await calendar()), firstContactAt: d.firstContactAt ?? now,
        ...(d.status === 'waiting_enterprise' ? materialsWaitCleared(ctx.db) : {}),
      },
      kind: 'resolved',
      text: d.status === 'waiting_enterprise' ? `企业逾期未补充材料，${d.departmentName}按现有材料办结：${input.resolution}` : `${d.departmentName}已办结：${input.resolution}`,
      notify: progressNotices(d, 'resolved', '请评价办理结果', now),
    })),
});

export const demandHandlingActions = [demandAccept, demandRecordContact, demandProgress, demandRequestMaterials, demandExtend, demandReturnMisrouted, demandReassign, demandResolve];
