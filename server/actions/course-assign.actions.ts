import { courseAssignInput } from '../../src/core/contracts/training.contracts';
import { AppError, invalid, notFound } from '../../src/core/errors';
import { endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import { courseRepo } from '../db/course.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { defineAction } from '../runtime/define-action';
import { assignCourse, notifyAssigned } from './training-assign';

const courseAssign = defineAction({
  name: 'course.assign',
  roles: ['district_admin'],
  input: courseAssignInput,
  writes: 'training_records',
  summary: '把已发布的课程作为必修分配给全区或某单位的在岗管家，限期完成，并通知他们',
  async handler(input, ctx): Promise<{ assigned: number; alreadyAssigned: number }> {
    const course = await courseRepo.get(ctx.db, input.id);
    if (!course) throw notFound('课程不存在');
    if (course.status !== 'published') throw new AppError('INVALID_STATE', '请先发布课程，再分配');
    if (input.dueDate < shanghaiDate(ctx.now())) throw invalid('完成期限不能早于今天', { dueDate: '完成期限不能早于今天' });
    const unit = input.unitId ? await unitRepo.get(ctx.db, input.unitId) : null;
    if (input.unitId && !unit) throw invalid('单位不存在', { unitId: '请选择单位' });
    const stewards = await userRepo.all(ctx.db, { role: 'steward', status: 'active', ...(input.unitId ? { unitId: input.unitId } : {}) });
    const dueAt = endOfShanghaiDay(input.dueDate);
    const { assigned, already } = await assignCourse(ctx.db, course, stewards, dueAt, 'district', ctx.now());
    await notifyAssigned(ctx.db, ctx.messages, assigned, [course], dueAt);
    if (assigned.length) ctx.audit.record(course._id, `将「${course.title}」作为必修分配给${unit ? unit.name : '全区'} ${assigned.length} 名管家，${input.dueDate} 前完成`);
    else ctx.audit.unchanged();
    return { assigned: assigned.length, alreadyAssigned: already };
  },
});

export const courseAssignActions = [courseAssign];
