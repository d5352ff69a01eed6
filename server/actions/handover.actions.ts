import { handoverCreateInput, handoverTaskListInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid } from '../../src/core/errors';
import { handoverDeadline } from '../../src/core/org/handover.rules';
import type { HandoverTaskView } from '../../src/core/org/org.model';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { newId } from '../db/codes';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { handOverEnterprises, settleHandover } from '../db/enterprise-records';
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { userRepo } from '../db/user.repo';
import { assertAccess, scopeOf } from '../runtime/access';
import { unitSteward } from './assignment.actions';
import { toHandoverTaskView } from './org.view';
import { assignRequiredCourses } from './training-assign';

const handoverCreate = defineAction({
  name: 'handover.create',
  roles: ['unit_admin'],
  input: handoverCreateInput,
  writes: 'handover_tasks',
  summary: '管家交接：把一家、几家或全部企业移交给本单位另一位管家，并为接任管家生成 3 个工作日内联系企业的任务',
  async handler(input, ctx): Promise<{ handoverId: string; tasks: HandoverTaskView[] }> {
    const { db, now } = ctx;
    const _ = db.command;
    if (input.fromStewardId === input.toStewardId) throw invalid('原管家和接任管家不能是同一人', { toStewardId: '请选择另一位管家' });
    const from = await userRepo.get(db, input.fromStewardId);
    if (!from || from.role !== 'steward') throw invalid('请选择原管家', { fromStewardId: '请选择原管家' });
    assertAccess(ctx.user, 'account', from, '只能交接本单位管家的企业');
    const to = await unitSteward(ctx, input.toStewardId, 'toStewardId');

    const filter: Record<string, unknown> = { stewardId: from._id, unitId: ctx.user.unitId, status: 'active' };
    if (input.enterpriseIds) filter._id = _.in(input.enterpriseIds);
    const enterprises = await enterpriseRepo.all(db, filter);
    if (input.enterpriseIds && enterprises.length !== new Set(input.enterpriseIds).size) {
      throw invalid('所选企业中有不属于原管家的企业，请刷新后重新选择', { enterpriseIds: '所选企业不属于原管家' });
    }
    if (enterprises.length === 0) throw invalid('原管家名下没有可交接的企业', { fromStewardId: '原管家名下没有企业' });

    const at = now();
    const dueAt = handoverDeadline(at, await calendarOverrideRepo.load(db));
    const handoverId = newId();
    // History stays with the enterprise: all its records follow it to the new steward.
    const ids = await handOverEnterprises(db, enterprises.map((e) => e._id), from._id, { id: to._id, name: to.name }, handoverId, at);
    if (ids.length === 0) throw new AppError('CONFLICT', '这些企业刚刚已被交接，请刷新后查看');
    const written: HandoverTaskDoc[] = enterprises.filter((e) => ids.includes(e._id)).map((e) => ({
      _id: newId(), handoverId, enterpriseId: e._id, enterpriseName: e.name, unitId: e.unitId,
      fromStewardId: from._id, fromStewardName: from.name, toStewardId: to._id, toStewardName: to.name, createdAt: at, dueAt,
    }));
    await handoverTaskRepo.create(db, written, at);
    const kept = await settleHandover(db, ids, handoverId, at);
    const tasks = written.filter((t) => kept.includes(t.enterpriseId));
    await assignRequiredCourses(db, ctx.messages, to, 'handover', at);
    ctx.audit.record(handoverId, `管家交接：「${from.name}」的 ${tasks.length} 家企业移交给「${to.name}」`);
    return { handoverId, tasks: tasks.map((t) => toHandoverTaskView(t, at)) };
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

export const handoverActions = [handoverCreate, handoverTaskList];
