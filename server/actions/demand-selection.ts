import type { z } from 'zod';
import type { demandExportInput } from '../../src/core/contracts/demand.contracts';
import { DEMAND_FILTER_MESSAGES, DEMAND_KEYWORD_ENTERPRISES } from '../../src/core/contracts/demand.fields';
import { invalid } from '../../src/core/errors';
import type { Database, LogicCommand } from '../runtime/cloud-types';
import { narrowedScope } from '../runtime/access';
import { everSet, shanghaiDays } from '../db/date-range';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { enterprisesNamed } from '../db/enterprise-search';
import type { UserDoc } from '../db/user.repo';

export type DemandFilterInput = z.output<typeof demandExportInput>;

/** The field a selection is read in order of, and which way. */
export type DemandOrder = ['createdAt' | 'escalatedAt' | 'dueAt', 'asc' | 'desc'];

export interface DemandSelection {
  where: Record<string, unknown> | LogicCommand;
  order: DemandOrder;
}

/** The ids of the enterprises whose name contains the keyword; too many is refused, so the demands read stay few. */
const enterprisesNamedOrRefuse = async (db: Database, keyword: string, unitId?: string): Promise<string[]> => {
  const ids = await enterprisesNamed(db, keyword, unitId, DEMAND_KEYWORD_ENTERPRISES);
  if (ids === 'too many') {
    throw invalid(DEMAND_FILTER_MESSAGES.tooManyEnterprises(DEMAND_KEYWORD_ENTERPRISES), { keyword: DEMAND_FILTER_MESSAGES.tooManyEnterprises(DEMAND_KEYWORD_ENTERPRISES) });
  }
  return ids;
};

/**
 * What a demand list or its export selects: the caller's scope from the access table, narrowed
 * (never widened) by the filters, and the order an index yields for it. Null when nothing can match.
 * Each filter has an index that starts with the scope's field (server/db/collections.ts), so a
 * page reads about a page of rows: overdue ones longest overdue first (a range on the stored
 * running deadline, dueAt), escalated ones latest first.
 */
export const demandSelection = async (db: Database, user: UserDoc, input: DemandFilterInput, now: Date): Promise<DemandSelection | null> => {
  const _ = db.command;
  const scope = narrowedScope(user, 'demand', { enterpriseId: input.enterpriseId, unitId: input.unitId, departmentId: input.departmentId, stewardId: input.stewardId }, '筛选条件超出您可查看的诉求范围');
  if (!scope) return null;
  const filter: Record<string, unknown> = { ...scope };
  if (input.status) filter.status = input.status;
  if (input.category) filter.category = input.category;
  const createdAt = shanghaiDays(db, input.from, input.to);
  if (createdAt) filter.createdAt = createdAt;
  if (input.escalated) filter.escalatedAt = everSet(db);
  if (input.keyword) {
    const ids = await enterprisesNamedOrRefuse(db, input.keyword, scope.unitId);
    const named = scope.enterpriseId ? ids.filter((id) => id === scope.enterpriseId) : ids;
    if (!named.length) return null;
    filter.enterpriseId = named.length === 1 ? named[0] : _.in(named);
  }
  if (input.overdue) Object.assign(filter, demandRepo.overdue(db, now));
  const order: DemandOrder = input.overdue ? ['dueAt', 'asc'] : input.escalated ? ['escalatedAt', 'desc'] : ['createdAt', 'desc'];
  return { where: filter, order };
};

/** The row of a demand kept in the order a selection is read in (for sorting rows read otherwise). */
export const byOrder = ([field, direction]: DemandOrder) => (a: DemandDoc, b: DemandDoc): number => {
  const time = (d: DemandDoc) => new Date(d[field] ?? 0).getTime();
  return direction === 'asc' ? time(a) - time(b) : time(b) - time(a);
};
