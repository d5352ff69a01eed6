import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { derivedFieldsBatch, derivedFieldsDiffer, withDerivedFields, type DerivedCollection } from '../db/derived-fields';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { jobCursorRepo } from '../db/job-cursor.repo';
import { researchVisitRepo, type ResearchVisitDoc } from '../db/research-visit.repo';
import type { Database } from '../runtime/cloud-types';
import type { JobResult, JobRun } from './job-run';

const CURSOR = 'repairDerivedFields';
const BATCH = 1000;
const ORDER: DerivedCollection[] = ['enterprises', 'demands', 'research_visits'];

/** Store a document's derived fields again, conditional on the inputs read (a write meanwhile stored them itself). */
const STORE: Record<DerivedCollection, (db: Database, doc: never) => Promise<boolean>> = {
  demands: (db, d: DemandDoc) => demandRepo.storeDue(db, d),
  enterprises: (db, e: EnterpriseDoc) => enterpriseRepo.storeDue(db, e),
  research_visits: async (db, v: ResearchVisitDoc) =>
    (await researchVisitRepo.updateWhere(db, { _id: v._id, openPromises: v.openPromises }, { hasOpenPromises: withDerivedFields('research_visits', v).hasOpenPromises })) === 1,
};

/**
 * Nightly: walks every document of the collections with derived fields (derived-fields.ts), by
 * `_id` in batches, reading only the fields involved, and stores again those whose derived fields
 * are missing or out of step — the backfill for data written before a field existed, and the
 * repair should anything ever write around the repositories. The place is saved after each batch;
 * a pass spans as many nights as it needs, then the next one starts.
 */
export const repairDerivedFields = async (run: JobRun): Promise<JobResult> => {
  const { db } = run;
  const cursor = await jobCursorRepo.read(db, CURSOR);
  let stage = (cursor && ORDER.includes(cursor.stage as DerivedCollection) ? cursor.stage : ORDER[0]) as DerivedCollection;
  let after = cursor?.stage === stage ? cursor.after : '';
  let changed = 0;
  for (;;) {
    const data = await derivedFieldsBatch(db, stage, after, BATCH);
    for (const doc of data) if (derivedFieldsDiffer(stage, doc) && (await STORE[stage](db, doc as never))) changed++;
    const finished = data.length < BATCH;
    const next = finished ? ORDER[(ORDER.indexOf(stage) + 1) % ORDER.length] : stage;
    after = finished ? '' : data[data.length - 1]._id;
    await jobCursorRepo.save(db, CURSOR, next, after, new Date());
    if (finished && next === ORDER[0]) return { changed, done: true };
    stage = next;
    if (run.timeUp()) return { changed, done: false };
  }
};
