/**
 * The deployment's vocabulary: what the code declares (desired), what an environment has
 * (observed), and the changes that turn one into the other. Adapters fill `ObservedState`; the
 * planner only compares, so the comparison is tested without a network.
 */
import type { IndexSpec } from '../../server/db/collections';

/** CloudBase's basic permission for a collection or the storage bucket. */
export type AccessRule = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY' | 'CUSTOM';

export interface Trigger {
  name: string;
  type: string;
  /** A timer's 7-field cron in the function's time zone. */
  config: string;
}

export interface DesiredFunction {
  name: string;
  /** cloudfunctions/<name>, the folder that is zipped and uploaded (dependencies installed in the cloud). */
  dir: string;
  runtime: string;
  timeout: number;
  triggers: Trigger[];
  /** WeChat open-API calls the function makes (config.json's permissions.openapi, uploaded with the code). */
  openapi: string[];
  /** Declared variables: value from the configuration, or undefined when it is not given here. */
  variables: Record<string, string | undefined>;
  /** sha256 of the bundle and its package.json, recorded in the function's description. */
  codeHash: string;
  description: string;
}

export interface DesiredApp {
  version: string;
  description: string;
  /** Upload a version, or only make a preview QR code (which changes nothing in WeChat). */
  mode: 'upload' | 'preview';
}

export interface DesiredState {
  collections: Array<{ name: string; indexes: IndexSpec[] }>;
  collectionRule: AccessRule;
  storageRule: AccessRule;
  functions: DesiredFunction[];
  app?: DesiredApp;
}

export interface ObservedIndex {
  name: string;
  /** Field paths in order, a leading '-' for descending (as IndexSpec). */
  fields: string[];
  unique: boolean;
}

export interface ObservedFunction {
  runtime: string;
  timeout: number;
  triggers: Trigger[];
  variables: Record<string, string>;
  /** From the description, when an earlier deployment recorded it. */
  codeHash?: string;
}

export interface ObservedState {
  /** Existing collections by name; each with its indexes (without the built-in _id index) and rule. */
  collections: Record<string, { indexes: ObservedIndex[]; rule?: string }>;
  storageRule?: string;
  functions: Record<string, ObservedFunction>;
  /** The newest version uploaded to WeChat (undefined: none, or not read). */
  appVersion?: string;
}

export type Change =
  | { kind: 'collection.create'; collection: string }
  | { kind: 'collection.rule'; collection: string; from?: string; to: AccessRule }
  | { kind: 'index.create'; collection: string; index: IndexSpec; indexName: string }
  | { kind: 'storage.rule'; from?: string; to: AccessRule }
  | { kind: 'function.create'; fn: DesiredFunction }
  | { kind: 'function.code'; fn: DesiredFunction; from?: string }
  | { kind: 'function.config'; fn: DesiredFunction; changes: string[] }
  | { kind: 'trigger.delete'; fn: string; trigger: Trigger; reason: 'undeclared' | 'changed' }
  | { kind: 'trigger.create'; fn: string; trigger: Trigger }
  | { kind: 'app.upload'; app: DesiredApp }
  | { kind: 'app.preview'; app: DesiredApp };

/** Found but never changed by a deployment: listed for a person to decide. */
export type Note =
  | { kind: 'collection.undeclared'; collection: string }
  | { kind: 'index.undeclared'; collection: string; index: ObservedIndex }
  | { kind: 'function.runtime'; fn: string; observed: string; declared: string };

export interface Plan {
  changes: Change[];
  notes: Note[];
}
