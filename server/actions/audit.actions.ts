import { auditListInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { AuditEntryView } from '../../src/core/org/org.model';
import { fetchPage } from '../db/paging';
import { shanghaiDays } from '../db/date-range';
import { defineAction } from '../runtime/define-action';
import { auditRepo } from '../db/audit.repo';
import { userRepo } from '../db/user.repo';

/** Read-only: no action edits or removes audit entries. */
const auditList = defineAction({
  name: 'audit.list',
  roles: ['district_admin'],
  input: auditListInput,
  writes: false,
  summary: '操作日志（只读）',
  async handler(input, { db }): Promise<PageResult<AuditEntryView>> {
    const filter: Record<string, unknown> = {};
    if (input.actorId) filter.actorId = input.actorId;
    if (input.action) filter.action = input.action;
    if (input.recordId) filter.recordId = input.recordId;
    const at = shanghaiDays(db, input.from, input.to);
    if (at) filter.at = at;
    const page = await fetchPage(auditRepo.find(db, filter).orderBy('at', 'desc'), input, (r) => r);
    const actors = await userRepo.namesOf(db, page.items.map((r) => r.actorId));
    return {
      ...page,
      items: page.items.map((r) => ({
        id: r._id!, at: new Date(r.at).toISOString(), actorId: r.actorId, actorName: actors.get(r.actorId), actorRole: r.actorRole,
        action: r.action, collection: r.collection, recordId: r.recordId, summary: r.summary, outcome: r.outcome ?? 'ok',
      })),
    };
  },
});

export const auditActions = [auditList];
