import { handoverCreateInput, handoverDecideInput, handoverListInput, handoverTaskListInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid, notFound } from '../../src/core/errors';
import type { HandoverTaskView, HandoverView } from '../../src/core/org/org.model';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import type { ActionContext } from '../runtime/action-context';
import { handoverRepo, type HandoverDoc } from '../db/handover.repo';
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { unitRepo } from '../db/unit.repo';
import type { UserDoc } from '../db/user.repo';
import { scopeOf } from '../runtime/access';
import { applyHandover, handoverDocOf, prepareHandover, recheckIncoming } from './handover-apply';
import { noticeConfirmed, noticeProposed, noticeRejected } from './handover-notices';
import { toHandoverTaskView, toHandoverView } from './org.view';

type Outcome = { handover: HandoverView; tasks: HandoverTaskView[] };

/** Carry out a change the district decided, record the decision, and tell everyone concerned. */
const confirm = async (ctx: ActionContext, h: HandoverDoc, to: UserDoc, reason: string): Promise<Outcome> => {
  const tasks: HandoverTaskDoc[] = await applyHandover(ctx, h, to);
  const decision = { status: 'confirmed' as const, decidedBy: ctx.user._id, decidedByName: ctx.user.name, decidedAt: ctx.now(), decisionReason: reason, movedEnterprises: tasks.length };
  const confirmed = { ...h, ...decision };
  if (h.status === 'pending') await handoverRepo.decide(ctx.db, h._id, decision);
  else await handoverRepo.insert(ctx.db, confirmed);
  await noticeConfirmed(ctx.db, ctx.messages, confirmed, tasks, to);
  ctx.audit.record(h._id, `管家交接生效：「${h.fromStewardName}」的 ${tasks.length} 家企业移交给「${to.name}」（${h.reason}）`);
  return { handover: toHandoverView(confirmed), tasks: tasks.map((t) => toHandoverTaskView(t, ctx.now())) };
};

const handoverCreate = defineAction({
  name: 'handover.create',
  roles: ['unit_admin', 'district_admin'],
  input: handoverCreateInput,
  writes: 'handovers',
  summary: '管家交接：总管家提出、报区科经委确认后生效；区科经委发起的直接生效。生效后接任管家须在 3 个工作日内联系每家企业',
  async handler(input, ctx): Promise<Outcome> {
    const { from, to, enterprises } = await prepareHandover(ctx, input);
    const unit = await unitRepo.get(ctx.db, from.unitId!);
    const h = handoverDocOf(ctx, input, from, to, enterprises, unit?.name ?? '');
    // Art. 10: a steward change is reported to the district, which updates the platform.
    if (ctx.user.role === 'district_admin') return confirm(ctx, h, to, '区科经委发起');
    await handoverRepo.insert(ctx.db, h);
    await noticeProposed(ctx.db, ctx.messages, h, h.unitName || '属地单位');
    ctx.audit.record(h._id, `申请管家交接：「${from.name}」的 ${enterprises.length} 家企业交给「${to.name}」（${input.reason}），待区科经委确认`);
    return { handover: toHandoverView(h), tasks: [] };
  },
});

const handoverDecide = defineAction({
  name: 'handover.decide',
  roles: ['district_admin'],
  input: handoverDecideInput,
  writes: 'handovers',
  summary: '区科经委确认管家交接（企业随即移交、通知接任管家和企业）或退回（须说明理由）',
  async handler(input, ctx): Promise<Outcome> {
    const h = await handoverRepo.get(ctx.db, input.id);
    if (!h) throw notFound('交接申请不存在');
    if (h.status !== 'pending') throw new AppError('CONFLICT', '该交接申请已处理，请刷新后查看');
    if (input.confirm) return confirm(ctx, h, await recheckIncoming(ctx, h), input.reason);
    if (input.reason.length < 2) throw invalid('退回须说明理由', { reason: '请填写退回理由' });
    const decision = { status: 'rejected' as const, decidedBy: ctx.user._id, decidedByName: ctx.user.name, decidedAt: ctx.now(), decisionReason: input.reason };
    if ((await handoverRepo.decide(ctx.db, h._id, decision)) !== 1) throw new AppError('CONFLICT', '该交接申请已处理，请刷新后查看');
    await noticeRejected(ctx.db, ctx.messages, h, input.reason, ctx.now());
    ctx.audit.record(h._id, `退回管家交接申请「${h.fromStewardName}」→「${h.toStewardName}」：${input.reason}`);
    return { handover: toHandoverView({ ...h, ...decision }), tasks: [] };
  },
});

const handoverList = defineAction({
  name: 'handover.list',
  roles: ['unit_admin', 'district_admin'],
  input: handoverListInput,
  writes: false,
  summary: '管家交接申请（待确认在前，总管家只看本单位）',
  async handler(input, { db, user }): Promise<PageResult<HandoverView>> {
    const scope = scopeOf(user, 'handover');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (input.status) filter.status = input.status;
    return fetchPage(handoverRepo.find(db, filter).orderBy('createdAt', 'desc'), input, toHandoverView);
  },
});

const handoverTaskList = defineAction({
  name: 'handover.tasks',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: handoverTaskListInput,
  writes: false,
  summary: '交接联系任务（逾期优先，按截止时间排序）',
  async handler(input, { db, user, now }): Promise<PageResult<HandoverTaskView>> {
    const _ = db.command;
    const scope = scopeOf(user, 'handover_task');
    if (!scope) return emptyPage(input);
    const at = now();
    const filter: Record<string, unknown> = { ...scope };
    if (input.state === 'done') filter.completedAt = _.exists(true);
    else {
      Object.assign(filter, handoverTaskRepo.openTaskFilter(db));
      if (input.state === 'overdue') filter.dueAt = _.lt(at);
      if (input.state === 'open') filter.dueAt = _.gte(at);
    }
    const query = input.state === 'done' ? handoverTaskRepo.find(db, filter).orderBy('completedAt', 'desc') : handoverTaskRepo.find(db, filter).orderBy('dueAt', 'asc');
    return fetchPage(query, input, (t) => toHandoverTaskView(t, at));
  },
});

export const handoverActions = [handoverCreate, handoverDecide, handoverList, handoverTaskList];
