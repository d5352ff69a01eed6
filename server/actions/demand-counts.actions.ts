import { emptyInput } from '../../src/core/contracts/common.contracts';
import type { DemandCounts } from '../../src/core/demand/demand.model';
import { defineAction } from '../runtime/define-action';
import { demandRepo } from '../db/demand.repo';
import { scopeOf } from '../runtime/access';

export const demandCounts = defineAction({
  name: 'demand.counts',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '本人范围内各状态诉求数与逾期数（首页角标）',
  async handler(_input, { db, user, now }): Promise<DemandCounts> {
    const scope = scopeOf(user, 'demand');
    if (!scope) return { byStatus: {}, overdue: 0, awaitingCallback: 0, open: 0 };
    // Each an index count: per open state from the scope's status index, overdue a range on its dueAt index,
    // awaiting call-back (a rectifying demand's running stage) on its dueStage index.
    const [grouped, overdue, awaitingCallback] = await Promise.all([
      demandRepo.countOpenByStatus(db, scope),
      demandRepo.count(db, { ...scope, ...demandRepo.overdue(db, now()) }),
      demandRepo.count(db, { ...scope, dueStage: 'callback' }),
    ]);
    const byStatus = Object.fromEntries(grouped.map((g) => [g._id, g.count]));
    return { byStatus, overdue, awaitingCallback, open: grouped.reduce((sum, g) => sum + g.count, 0) };
  },
});
