import { stepInputs } from '../../src/core/contracts/demand-step.contracts';
import { AUTO_CLOSE_WORKING_DAYS, CALLBACK_WORKING_DAYS, DECIDE_WORKING_DAYS, RECTIFY_WORKING_DAYS } from '../../src/core/demand/demand.deadlines';
import { rateOutcome } from '../../src/core/demand/demand.machine';
import { isBadReview } from '../../src/core/demand/satisfaction';
import { invalid } from '../../src/core/errors';
import { workingDayDeadline } from '../../src/core/time/working-days';
import { defineAction } from '../runtime/define-action';
import { departmentRepo } from '../db/department.repo';
import { progressNotices, statusNotice, stewardNotice, todoNotice } from './demand-notices';
import { runStep } from './demand-step-runner';

/**
 * The bad-review loop: the enterprise rates; a first bad rating brings the steward's call-back and
 * then the department's rectification; a bad rating after that goes to the district, which orders
 * another rectification by a named department or closes the demand as unresolved.
 */

const demandRate = defineAction({
  name: 'demand.rate',
  roles: ['enterprise'],
  input: stepInputs.rate,
  writes: 'demands',
  summary: '企业评价：是否解决与满意度（首次差评进入回访整改，整改后仍差评由区科经委裁定）',
  handler: (input, ctx) =>
    runStep(ctx, 'rate', input, async (d, { now, calendar }) => {
      const status = rateOutcome(isBadReview(input.satisfaction, input.resolved), d.ratings?.length ?? 0);
      const ratings = [...(d.ratings ?? []), { at: now, resolved: input.resolved, satisfaction: input.satisfaction, comment: input.comment }];
      const words = `企业评价：${input.resolved}，${input.satisfaction}${input.comment ? `。${input.comment}` : ''}`;
      const remove = ctx.db.command.remove();
      if (status === 'rectifying') {
        const cal = await calendar();
        const callbackDueAt = workingDayDeadline(now, CALLBACK_WORKING_DAYS, cal);
        const rectifyDueAt = workingDayDeadline(now, RECTIFY_WORKING_DAYS, cal);
        return {
          status,
          patch: { ratings, callbackDueAt, rectifyDueAt, callbackAt: remove, autoCloseAt: remove },
          kind: 'rated_bad',
          text: `${words}。服务管家将在 1 个工作日内回访，回访后承办部门 15 个工作日内整改`,
          notify: [
            { to: 'steward', notice: todoNotice('todo:callback', '企业差评，请在1个工作日内回访', d, callbackDueAt, input.satisfaction) },
            { to: 'department', notice: todoNotice('info:rated_bad', '企业差评，管家回访后请整改', d, rectifyDueAt, input.comment || input.satisfaction) },
          ],
        };
      }
      if (status === 'district_review') {
        const decideDueAt = workingDayDeadline(now, DECIDE_WORKING_DAYS, await calendar());
        return {
          status,
          patch: { ratings, decideDueAt, autoCloseAt: remove },
          kind: 'rated_bad_again',
          text: `${words}。整改后仍不满意，已提交区科经委裁定：再次整改或以“未解决”关闭`,
          notify: [
            { to: 'district', notice: todoNotice('todo:decide', '整改后企业仍差评，请裁定', d, decideDueAt, input.comment || input.satisfaction) },
            ...progressNotices(d, 'district_review', '整改后仍不满意，已提交区科经委裁定', now),
          ],
        };
      }
      return {
        status,
        patch: { ratings, closedAt: now, closeReason: 'rated', autoCloseAt: remove },
        kind: 'rated',
        text: `${words}，诉求已关闭`,
        notify: [{ to: 'steward', notice: stewardNotice(d, 'closed', words, now) }],
      };
    }),
});

const demandCallback = defineAction({
  name: 'demand.callback',
  roles: ['steward'],
  input: stepInputs.callback,
  writes: 'demands',
  summary: '管家对差评诉求进行回访（回访后部门方可整改）',
  handler: (input, ctx) =>
    runStep(ctx, 'callback', input, (d, { now }) => ({
      patch: { callbackAt: now },
      kind: 'called_back',
      text: `服务管家已回访企业：${input.note}`,
      notify: [
        { to: 'enterprise', notice: statusNotice(d, 'rectifying', '管家已回访，整改中', now) },
        { to: 'department', notice: todoNotice('todo:rectify', '管家已回访，请整改', d, d.rectifyDueAt ?? now, input.note) },
      ],
    })),
});

const demandRectify = defineAction({
  name: 'demand.rectify',
  roles: ['department'],
  input: stepInputs.rectify,
  writes: 'demands',
  summary: '承办部门在管家回访后完成整改，请企业再次评价',
  handler: (input, ctx) =>
    runStep(ctx, 'rectify', input, async (d, { now, calendar }) => ({
      patch: { rectifiedAt: now, resolution: input.note, autoCloseAt: workingDayDeadline(now, AUTO_CLOSE_WORKING_DAYS, await calendar()) },
      kind: 'rectified',
      text: `${d.departmentName}已完成整改：${input.note}。请企业再次评价`,
      notify: progressNotices(d, 'resolved', '整改完成，请再次评价', now),
    })),
});

const demandOrderRectification = defineAction({
  name: 'demand.orderRectification',
  roles: ['district_admin'],
  input: stepInputs.orderRectification,
  writes: 'demands',
  summary: '区科经委裁定：整改后仍差评的诉求由指定部门再次整改（15 个工作日）',
  async handler(input, ctx) {
    const department = await departmentRepo.get(ctx.db, input.departmentId);
    if (!department) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
    return runStep(ctx, 'orderRectification', input, async (d, { now, calendar }) => {
      const rectifyDueAt = workingDayDeadline(now, RECTIFY_WORKING_DAYS, await calendar());
      const moved = department._id !== d.departmentId;
      return {
        patch: { departmentId: department._id, departmentName: department.name, rectifyDueAt, decideDueAt: ctx.db.command.remove() },
        kind: 'rectification_ordered',
        ...(moved && d.departmentId ? { eventDetail: { fromDepartmentId: d.departmentId } } : {}),
        text: `区科经委裁定再次整改，由${department.name}在 15 个工作日内完成：${input.note}`,
        notify: [
          { to: 'department', notice: todoNotice('todo:rectify', moved ? '区科经委指定您部门整改诉求' : '区科经委要求再次整改', d, rectifyDueAt, input.note) },
          ...progressNotices(d, 'rectifying', `区科经委要求${department.name}再次整改`, now),
        ],
      };
    });
  },
});

const demandCloseUnresolved = defineAction({
  name: 'demand.closeUnresolved',
  roles: ['district_admin'],
  input: stepInputs.closeUnresolved,
  writes: 'demands',
  summary: '区科经委裁定：整改后仍差评的诉求以“未解决”关闭（须说明理由，单列统计）',
  handler: (input, ctx) =>
    runStep(ctx, 'closeUnresolved', input, (d, { now }) => ({
      patch: { closedAt: now, closeReason: 'unresolved', closeNote: input.reason, decideDueAt: ctx.db.command.remove() },
      kind: 'closed_unresolved',
      text: `区科经委裁定以“未解决”关闭：${input.reason}`,
      notify: [
        ...progressNotices(d, 'closed', `以“未解决”关闭：${input.reason}`, now),
        { to: 'department', notice: todoNotice('info:closed_unresolved', '区科经委以“未解决”关闭诉求', d, now, input.reason) },
      ],
    })),
});

export const demandRatingActions = [demandRate, demandCallback, demandRectify, demandOrderRectification, demandCloseUnresolved];
