import { emptyInput } from '../../src/core/contracts/common.contracts';
import type { DemandCounts } from '../../src/core/demand/demand.model';
import { defineAction } from '../runtime/define-action';
import { demandRepo } from '../db/demand.repo';
import { demandTallyRepo } from '../db/demand-tally.repo';
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
    // Per open state: the district's kept tally (every open demand of the district, a count that
    // grows with it), else from the scope's status index. Overdue a range on the dueAt index,
    // awaiting call-back (a rectifying demand's running stage) on the dueStage index: both few.
    const openByStatus = async (): Promise<Record<string, number>> =>
      Object.keys(scope).length ? Object.fromEntries((await demandRepo.countOpenByStatus(db, scope)).map((g) => [g._id, g.count])) : demandTallyRepo.district(db);
    const [counted, overdue, awaitingCallback] = await Promise.all([
      openByStatus(),
      demandRepo.count(db, { ...scope, ...demandRepo.overdue(db, now()) }),
      demandRepo.count(db, { ...scope, dueStage: 'callback' }),
    ]);
    // The tally keeps every open status, zeros too; the badge names those with demands.
    const byStatus = Object.fromEntries(Object.entries(counted).filter(([, n]) => n > 0));
    return { byStatus, overdue, awaitingCallback, open: Object.values(byStatus).reduce((sum, n) => sum + n, 0) };
  },
});
