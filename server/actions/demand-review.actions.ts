import { stepInputs } from '../../src/core/contracts/demand-step.contracts';
import { RESOLVE_WORKING_DAYS, deadlineAfterPause } from '../../src/core/demand/demand.deadlines';
import { FIRST_CONTACT_WORKING_DAYS, REVIEW_WORKING_DAYS } from '../../src/core/demand/demand.rules';
import { invalid } from '../../src/core/errors';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { defineAction } from '../runtime/define-action';
import { departmentRepo } from '../db/department.repo';
import { materialsWaitCleared } from './demand-materials';
import { acceptUploads } from './uploaded-files';
import { statusNotice, todoNotice } from './demand-notices';
import { runStep } from './demand-step-runner';

/** Steps taken by the enterprise and its steward. */

const demandRevise = defineAction({
  name: 'demand.revise',
  roles: ['enterprise'],
  input: stepInputs.revise,
  writes: 'demands',
  summary: '企业按退回意见修改诉求后重新提交',
  // The revised demand may keep files already on it (whoever uploaded them) and add the caller's own.
  handler: (input, ctx) =>
    runStep(ctx, 'revise', input, async (d, { now, calendar }) => ({
      patch: {
        category: input.category, title: input.title, description: input.description, urgency: input.urgency,
        attachments: await acceptUploads(ctx, 'demand', input.attachments, 'attachments', d.attachments), reviewDueAt: workingDayDeadline(now, REVIEW_WORKING_DAYS, await calendar()),
      },
      kind: 'revised',
      text: `${ctx.user.name}修改后重新提交了诉求`,
      notify: [{ to: 'steward', notice: todoNotice('todo:review', '修改后的诉求待审核', d, workingDayDeadline(now, REVIEW_WORKING_DAYS, await calendar()), input.title) }],
    })),
});

const demandWithdraw = defineAction({
  name: 'demand.withdraw',
  roles: ['enterprise'],
  input: stepInputs.withdraw,
  writes: 'demands',
  summary: '企业撤回自己的诉求（只有企业本身可以撤回）',
  handler: (input, ctx) =>
    runStep(ctx, 'withdraw', input, (d, { now }) => ({
      patch: { closedAt: now, closeReason: 'withdrawn' },
      kind: 'withdrawn',
      text: `企业撤回了诉求：${input.reason}`,
      notify: [
        { to: 'steward', notice: todoNotice('info:withdrawn', '企业撤回了诉求', d, now, input.reason) },
        ...(d.departmentId ? [{ to: 'department' as const, notice: todoNotice('info:withdrawn', '企业撤回了诉求', d, now, input.reason) }] : []),
      ],
    })),
});

const demandComment = defineAction({
  name: 'demand.comment',
  roles: ['enterprise'],
  input: stepInputs.comment,
  writes: 'demands',
  summary: '企业对管家代提的诉求补充说明（记入办理进度，管家和承办部门可见）',
  handler: (input, ctx) =>
    runStep(ctx, 'comment', input, (d, { now }) => ({
      kind: 'commented',
      text: `企业补充说明：${input.note}`,
      notify: [
        { to: 'steward', notice: todoNotice('info:commented', '企业对代提诉求补充了说明', d, now, input.note) },
        { to: 'department', notice: todoNotice('info:commented', '企业对诉求补充了说明', d, now, input.note) },
      ],
    })),
});

const demandReturn = defineAction({
  name: 'demand.return',
  roles: ['steward'],
  input: stepInputs.return,
  writes: 'demands',
  summary: '管家审核：退回企业修改（须说明理由）',
  handler: (input, ctx) =>
    runStep(ctx, 'return', input, (d, { now }) => ({
      kind: 'returned',
      text: `服务管家退回修改：${input.reason}`,
      notify: [{ to: 'enterprise', notice: statusNotice(d, 'returned', input.reason, now) }],
    })),
});

const demandDispatch = defineAction({
  name: 'demand.dispatch',
  roles: ['steward'],
  input: stepInputs.dispatch,
  writes: 'demands',
  summary: '管家审核通过并派单至承办部门（简单件 5 个工作日、复杂件 15 个工作日）',
  async handler(input, ctx) {
    const department = await departmentRepo.get(ctx.db, input.departmentId);
    if (!department) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
    return runStep(ctx, 'dispatch', input, async (d, { now, calendar }) => {
      const cal = await calendar();
      const contactDueAt = workingDayDeadline(now, FIRST_CONTACT_WORKING_DAYS, cal);
      return {
        patch: {
          departmentId: department._id, departmentName: department.name, complexity: input.complexity, dispatchedAt: now,
          contactDueAt, resolveDueAt: workingDayDeadline(now, RESOLVE_WORKING_DAYS[input.complexity], cal),
        },
        kind: 'dispatched',
        text: `服务管家审核通过，已派至${department.name}办理${input.note ? `：${input.note}` : ''}`,
        notify: [
          { to: 'enterprise', notice: statusNotice(d, 'dispatched', `已派至${department.name}`, now) },
          { to: 'department', notice: todoNotice('todo:accept', '新派诉求请受理并联系企业', d, contactDueAt, d.title) },
        ],
      };
    });
  },
});

const demandSupplyMaterials = defineAction({
  name: 'demand.supplyMaterials',
  roles: ['enterprise'],
  input: stepInputs.supplyMaterials,
  writes: 'demands',
  summary: '企业补充材料，办理时限恢复计时',
  handler: (input, ctx) =>
    runStep(ctx, 'supplyMaterials', input, async (d, { now, calendar }) => {
      const supplied = await acceptUploads(ctx, 'demand', input.attachments, 'attachments', d.attachments);
      const attachments = supplied.filter((a) => !d.attachments?.some((on) => on.fileID === a.fileID));
      const resolveDueAt = d.resolveDueAt && d.pausedAt ? deadlineAfterPause(new Date(d.resolveDueAt), new Date(d.pausedAt), now, await calendar()) : d.resolveDueAt;
      return {
        patch: { ...materialsWaitCleared(ctx.db), resolveDueAt, attachments: [...(d.attachments ?? []), ...attachments] },
        kind: 'materials_supplied',
        text: `企业补充了材料：${input.note}`,
        notify: [{ to: 'department', notice: todoNotice('todo:materials', '企业已补充材料', d, resolveDueAt ?? now, input.note) }],
      };
    }),
});

export const demandReviewActions = [demandRevise, demandWithdraw, demandComment, demandReturn, demandDispatch, demandSupplyMaterials];
