import { z } from 'zod';
import type { DemandStatus } from '../../src/core/demand/demand.model';
import { defineAction } from '../runtime/define-action';
import { overdueQuery } from '../db/demand-overdue.query';
import { scopeOf } from '../runtime/access';

interface AggregateChain {
  match(q: object): AggregateChain;
  group(g: object): AggregateChain;
  end(): Promise<{ list: Array<{ _id: DemandStatus; count: number }> }>;
}

export const demandCounts = defineAction({
  name: 'demand.counts',
  roles: 'bound',
  input: z.object({}),
  writes: false,
  summary: '本人范围内各状态诉求数与逾期数（首页角标）',
  async handler(_input, { db, user, now }): Promise<{ byStatus: Partial<Record<DemandStatus, number>>; overdue: number; awaitingCallback: number; total: number }> {
    const scope = scopeOf(user, 'demand');
    if (!scope) return { byStatus: {}, overdue: 0, awaitingCallback: 0, total: 0 };
    const demands = db.collection('demands');
    const [grouped, overdue, awaitingCallback] = await Promise.all([
      (demands.aggregate() as AggregateChain).match(scope).group({ _id: '$status', count: { $sum: 1 } }).end(),
      demands.where(db.command.and([scope, overdueQuery(db, now())])).count(),
      demands.where({ ...scope, status: 'rectifying', callbackAt: db.command.exists(false) }).count(),
    ]);
    const byStatus = Object.fromEntries(grouped.list.map((g) => [g._id, g.count]));
    return { byStatus, overdue: overdue.total, awaitingCallback: awaitingCallback.total, total: grouped.list.reduce((sum, g) => sum + g.count, 0) };
  },
});
