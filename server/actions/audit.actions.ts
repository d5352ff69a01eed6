import { auditListInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { AuditEntryView } from '../../src/core/org/org.model';
import { endOfShanghaiDay } from '../../src/core/time/shanghai';
import { fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import type { AuditDoc } from '../db/documents';
import { getUsersByIds } from '../db/user.repo';

/** Read-only: no action edits or removes audit entries. */
export const auditList = defineAction({
  name: 'audit.list',
  roles: ['district_admin'],
  input: auditListInput,
  writes: false,
  summary: '操作日志（只读）',
  async handler(input, { db }): Promise<PageResult<AuditEntryView>> {
    const _ = db.command;
    const filter: Record<string, unknown> = {};
    if (input.actorId) filter.actorId = input.actorId;
    if (input.action) filter.action = input.action;
    if (input.recordId) filter.recordId = input.recordId;
    const range = [
      ...(input.from ? [_.gte(new Date(`${input.from}T00:00:00+08:00`))] : []),
      ...(input.to ? [_.lte(endOfShanghaiDay(input.to))] : []),
    ];
    if (range.length === 1) filter.at = range[0];
    if (range.length === 2) filter.at = _.and(range[0], range[1]);
    const page = await fetchPage(db.collection<AuditDoc & { _id: string }>('audit_log').where(filter).orderBy('at', 'desc'), input, (r) => r);
    const actors = new Map((await getUsersByIds(db, [...new Set(page.items.map((r) => r.actorId))])).map((u) => [u._id, u.name]));
    return {
      ...page,
      items: page.items.map((r) => ({
        id: r._id, at: new Date(r.at).toISOString(), actorId: r.actorId, actorName: actors.get(r.actorId), actorRole: r.actorRole,
        action: r.action, collection: r.collection, recordId: r.recordId, summary: r.summary,
      })),
    };
  },
});

export const auditActions = [auditList];
