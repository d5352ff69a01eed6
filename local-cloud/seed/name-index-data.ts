import { NAME_INDEX_CURSOR, NAME_INDEX_READY, nameEntriesOf } from '../../server/db/enterprise-name.repo';

/** The name index of seeded enterprises, written as the app writes it, and the mark that it is complete. */
export const nameIndexData = (enterprises: ReadonlyArray<{ _id: string; name: string; unitId: string }>, now: Date) => ({
  enterprise_names: enterprises.flatMap(nameEntriesOf),
  job_cursors: [{ _id: NAME_INDEX_CURSOR, stage: NAME_INDEX_READY, after: '', updatedAt: now }],
});
