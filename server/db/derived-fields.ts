import { cadenceDueAt } from '../../src/core/contact/cadence';
import { storedDue } from '../../src/core/demand/demand.deadlines';
import { exemplaryAt } from '../../src/core/demand/satisfaction';
import type { Database } from '../runtime/cloud-types';
import { collection } from './collection';
import type { CollectionName } from './collections';
import type { DemandDoc } from './demand.repo';
import type { EnterpriseDoc } from './enterprise.repo';
import type { ResearchVisitDoc } from './research-visit.repo';

/**
 * Fields a document stores that follow from its own other fields, so that lists, counts and timer
 * jobs can find documents through an index instead of evaluating a rule on every document:
 * a demand's running deadline and when it became a model case, an enterprise's next cadence due
 * date, a research visit's open promises. One definition per collection (the fields, what they follow from, how), used by the
 * writes that change the inputs (the repositories, and every tracked write in tracked-writes.ts,
 * which demands and research visits go through), the nightly repair job, and the demo and scale
 * seeds.
 */
export const DERIVED_FIELDS = {
  demands: {
    fields: ['dueAt', 'dueStage', 'superviseAt', 'exemplaryAt'],
    // version and factsRev are read for the repair's write, conditional on them (demandRepo.storeDue).
    inputs: ['status', 'reviewDueAt', 'contactDueAt', 'firstContactAt', 'resolveDueAt', 'rerouteDueAt', 'callbackDueAt', 'callbackAt', 'rectifyDueAt', 'decideDueAt', 'missedKeys', 'closeReason', 'closedAt', 'ratings', 'version', 'factsRev'],
    of: (d: DemandDoc) => {
      const exemplary = exemplaryAt(d);
      return { ...storedDue(d), ...(exemplary ? { exemplaryAt: exemplary } : {}) };
    },
  },
  enterprises: {
    fields: ['cadenceDueAt'],
    inputs: ['lastContactAt', 'lastVisitAt', 'contactCadenceDays', 'visitCadenceDays', 'createdAt'],
    of: (e: EnterpriseDoc) => ({ cadenceDueAt: cadenceDueAt({ ...e, since: e.createdAt }) }),
  },
  research_visits: {
    fields: ['hasOpenPromises'],
    inputs: ['openPromises'],
    of: (v: ResearchVisitDoc) => ({ hasOpenPromises: v.openPromises > 0 }),
  },
} as const;

export type DerivedCollection = keyof typeof DERIVED_FIELDS & CollectionName;

/** The document with its derived fields as they should be (absent ones left out). */
export const withDerivedFields = <T extends object>(collection: string, doc: T): T => {
  const spec = DERIVED_FIELDS[collection as DerivedCollection] as { fields: readonly string[]; of: (d: never) => object } | undefined;
  if (!spec) return doc;
  const out = { ...doc } as Record<string, unknown>;
  for (const f of spec.fields) delete out[f];
  return { ...out, ...spec.of(doc as never) } as T;
};

/**
 * The update that stores a document's derived fields as `doc` (the document after the write) has
 * them: each set, or removed when it no longer applies. Empty for a collection without any.
 */
export const derivedPatch = (db: Database, collection: string, doc: object): Record<string, unknown> => {
  const spec = DERIVED_FIELDS[collection as DerivedCollection] as { fields: readonly string[] } | undefined;
  if (!spec) return {};
  const want = withDerivedFields(collection, doc) as Record<string, unknown>;
  return Object.fromEntries(spec.fields.map((f) => [f, want[f] ?? db.command.remove()]));
};

/** Whether a stored document's derived fields differ from what its other fields say (for the repair job). */
export const derivedFieldsDiffer = (collection: DerivedCollection, doc: object): boolean => {
  const want = withDerivedFields(collection, doc) as Record<string, unknown>;
  const has = doc as Record<string, unknown>;
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  return DERIVED_FIELDS[collection].fields.some((f) => !same(want[f], has[f]));
};

/** A batch of a collection by `_id` after `after`, with only the derived fields and their inputs (for the repair job). */
export const derivedFieldsBatch = async (db: Database, name: DerivedCollection, after: string, limit: number): Promise<Array<{ _id: string }>> => {
  const spec = DERIVED_FIELDS[name];
  const projection = Object.fromEntries([...spec.inputs, ...spec.fields].map((f) => [f, true]));
  const query = collection(db, name).where({ _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(limit).field(projection);
  return (await query.get()).data as Array<{ _id: string }>;
};
