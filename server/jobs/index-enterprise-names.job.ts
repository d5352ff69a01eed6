import { enterpriseNameRepo, NAME_INDEX_CURSOR, NAME_INDEX_READY } from '../db/enterprise-name.repo';
import { enterpriseRepo } from '../db/enterprise.repo';
import { jobCursorRepo } from '../db/job-cursor.repo';
import type { JobResult, JobRun } from './job-run';

const BATCH = 500;

/**
 * Builds the name index for enterprises stored before it existed: walks every enterprise by _id,
 * a batch at a time with its place saved, writing each name's entries (again, harmlessly, for
 * those that have them). Enterprises written meanwhile index themselves. When the walk reaches
 * the end the index is marked ready and searches use it; until then they scan the names.
 */
export const indexEnterpriseNames = async (run: JobRun): Promise<JobResult> => {
  const { db } = run;
  const cursor = await jobCursorRepo.read(db, NAME_INDEX_CURSOR);
  if (cursor?.stage === NAME_INDEX_READY) return { changed: 0, done: true };
  let after = cursor?.after ?? '';
  let changed = 0;
  for (;;) {
    const batch = await enterpriseRepo.namesAfter(db, after, BATCH);
    await enterpriseNameRepo.index(db, batch);
    changed += batch.length;
    after = batch.at(-1)?._id ?? after;
    const finished = batch.length < BATCH;
    await jobCursorRepo.save(db, NAME_INDEX_CURSOR, finished ? NAME_INDEX_READY : 'indexing', after, new Date());
    if (finished) return { changed, done: true };
    if (run.timeUp()) return { changed, done: false };
  }
};
