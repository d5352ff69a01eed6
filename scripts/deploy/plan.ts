/**
 * The planner: declarations and an environment's observed state in, the changes that make the
 * environment match out. Pure, so `npm run deploy`, its dry run and `npm run doctor` share one
 * comparison, and a second deployment against what the first produced plans nothing.
 *
 * A deployment only ever adds or corrects what is declared. Collections and indexes that exist
 * but are not declared are listed as notes, never dropped: they may hold data.
 */
import type { IndexSpec } from '../../server/db/collections';
import type { Change, DesiredFunction, DesiredState, Note, ObservedFunction, ObservedIndex, ObservedState, Plan, Trigger } from './types';

/**
 * The name of an index a deployment creates: MongoDB's default (`enterpriseId_1_createdAt_-1`),
 * with `_unique` for a unique one, so it never collides with a non-unique index on the same fields.
 */
export const indexName = (index: IndexSpec): string =>
  index.fields.map((f) => (f.startsWith('-') ? `${f.slice(1)}_-1` : `${f}_1`)).join('_') + (index.unique ? '_unique' : '');

// Indexes are matched by what they index, not by name: one made by hand in the console counts.
const sameIndex = (declared: IndexSpec, observed: ObservedIndex) =>
  declared.fields.join(',') === observed.fields.join(',') && Boolean(declared.unique) === observed.unique;

const sameTrigger = (a: Trigger, b: Trigger) => a.type === b.type && a.config.trim() === b.config.trim();

/** An environment with nothing in it: what a dry run plans against. */
export const EMPTY_ENVIRONMENT: ObservedState = { collections: {}, functions: {} };

const planCollections = (desired: DesiredState, observed: ObservedState, changes: Change[], notes: Note[]) => {
  const declared = new Set(desired.collections.map((c) => c.name));
  for (const { name, indexes } of desired.collections) {
    const existing = observed.collections[name];
    if (!existing) changes.push({ kind: 'collection.create', collection: name });
    if (existing?.rule !== desired.collectionRule) changes.push({ kind: 'collection.rule', collection: name, from: existing?.rule, to: desired.collectionRule });
    const present = existing?.indexes ?? [];
    for (const index of indexes) {
      if (!present.some((o) => sameIndex(index, o))) changes.push({ kind: 'index.create', collection: name, index, indexName: indexName(index) });
    }
    for (const index of present) {
      if (!indexes.some((d) => sameIndex(d, index))) notes.push({ kind: 'index.undeclared', collection: name, index });
    }
  }
  for (const name of Object.keys(observed.collections).sort()) {
    if (!declared.has(name)) notes.push({ kind: 'collection.undeclared', collection: name });
  }
};

/** What differs in a function's configuration, one line per difference. */
const configDifferences = (fn: DesiredFunction, existing: ObservedFunction): string[] => {
  const lines: string[] = [];
  if (existing.timeout !== fn.timeout) lines.push(`timeout ${existing.timeout} s → ${fn.timeout} s`);
  for (const [name, value] of Object.entries(fn.variables)) {
    const current = existing.variables[name];
    if (value === undefined) {
      if (!current) lines.push(`set ${name} (missing; its value is not configured here)`);
    } else if (current !== value) {
      lines.push(current === undefined ? `set ${name}=${value}` : `${name}: ${current} → ${value}`);
    }
  }
  // The function's variables are set as one list, so a variable nobody declared goes with it.
  for (const name of Object.keys(existing.variables).sort()) {
    if (!(name in fn.variables)) lines.push(`remove undeclared variable ${name}`);
  }
  return lines;
};

const planFunction = (fn: DesiredFunction, existing: ObservedFunction | undefined, changes: Change[], notes: Note[]) => {
  if (!existing) {
    changes.push({ kind: 'function.create', fn });
    return;
  }
  if (existing.runtime !== fn.runtime) notes.push({ kind: 'function.runtime', fn: fn.name, observed: existing.runtime, declared: fn.runtime });
  if (existing.codeHash !== fn.codeHash) changes.push({ kind: 'function.code', fn, from: existing.codeHash });
  const differences = configDifferences(fn, existing);
  // The code hash lives in the description, which the configuration update writes.
  if (differences.length > 0 || existing.codeHash !== fn.codeHash) changes.push({ kind: 'function.config', fn, changes: differences });
  for (const trigger of existing.triggers) {
    const declared = fn.triggers.find((t) => t.name === trigger.name);
    if (!declared) changes.push({ kind: 'trigger.delete', fn: fn.name, trigger, reason: 'undeclared' });
    else if (!sameTrigger(declared, trigger)) changes.push({ kind: 'trigger.delete', fn: fn.name, trigger, reason: 'changed' });
  }
  for (const trigger of fn.triggers) {
    const current = existing.triggers.find((t) => t.name === trigger.name);
    if (!current || !sameTrigger(trigger, current)) changes.push({ kind: 'trigger.create', fn: fn.name, trigger });
  }
};

export const planDeployment = (desired: DesiredState, observed: ObservedState): Plan => {
  const changes: Change[] = [];
  const notes: Note[] = [];
  planCollections(desired, observed, changes, notes);
  if (observed.storageRule !== desired.storageRule) changes.push({ kind: 'storage.rule', from: observed.storageRule, to: desired.storageRule });
  for (const fn of desired.functions) planFunction(fn, observed.functions[fn.name], changes, notes);
  if (desired.app?.mode === 'preview') changes.push({ kind: 'app.preview', app: desired.app });
  else if (desired.app && observed.appVersion !== desired.app.version) changes.push({ kind: 'app.upload', app: desired.app });
  return { changes, notes };
};
