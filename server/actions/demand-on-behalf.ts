import { RESOLVE_WORKING_DAYS, type Complexity } from '../../src/core/demand/demand.deadlines';
import { checkStep } from '../../src/core/demand/demand.machine';
import { FIRST_CONTACT_WORKING_DAYS } from '../../src/core/demand/demand.rules';
import { AppError, invalid } from '../../src/core/errors';
import { workingDayDeadline, type CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { departmentRepo } from '../db/department.repo';
import type { DemandDoc } from '../db/demand.repo';
import { demandEvent } from '../db/demand-timeline';
import type { UserDoc } from '../db/user.repo';

/**
 * 代提: a steward writing a demand for one of its enterprises has reviewed it already, so it is
 * dispatched in the same write (the steward names the department and how complex it is) and
 * never waits in that steward's own review queue. The machine still decides that a steward may
 * dispatch a submitted demand.
 */
export const dispatchOnBehalf = async (
  db: Database,
  steward: UserDoc,
  input: { departmentId?: string; complexity?: Complexity },
  at: Date,
  calendar: CalendarOverrides,
): Promise<Pick<DemandDoc, 'status' | 'departmentId' | 'departmentName' | 'complexity' | 'dispatchedAt' | 'contactDueAt' | 'resolveDueAt'> & { event: DemandDoc['timeline'][number] }> => {
  if (!input.departmentId || !input.complexity) {
    throw invalid('代提诉求请同时选择承办部门和办理类型', { ...(input.departmentId ? {} : { departmentId: '请选择承办部门' }), ...(input.complexity ? {} : { complexity: '请选择办理类型' }) });
  }
  if (checkStep('dispatch', 'submitted', steward.role) !== null) throw new AppError('FORBIDDEN');
  const department = await departmentRepo.get(db, input.departmentId);
  if (!department) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
  return {
    status: 'dispatched',
    departmentId: department._id,
    departmentName: department.name,
    complexity: input.complexity,
    dispatchedAt: at,
    contactDueAt: workingDayDeadline(at, FIRST_CONTACT_WORKING_DAYS, calendar),
    resolveDueAt: workingDayDeadline(at, RESOLVE_WORKING_DAYS[input.complexity], calendar),
    event: demandEvent(steward, 'dispatched', `服务管家代提并直接派至${department.name}办理`, at),
  };
};
