import type * as cloud from 'wx-server-sdk';

/**
 * The promise-style subset of wx-server-sdk's database that the platform uses. The SDK's own
 * typings mix callback overloads into every return type, which hides mistakes; this narrower
 * view keeps call sites type-checked.
 */
type SdkDatabase = ReturnType<typeof cloud.database>;
export type DbCommand = SdkDatabase['command'];
/** A selector built from commands (`_.or([...])`, `_.and([...])`) rather than a plain object. */
export type LogicCommand = ReturnType<DbCommand['or']>;
/** An update operator (`_.inc(1)`, `_.push([...])`, `_.remove()`). */
export type UpdateCommand = ReturnType<DbCommand['inc']>;

export interface QueryResult<T = Record<string, unknown>> {
  data: T[];
}

export interface Query<T = Record<string, unknown>> {
  where(filter: object): Query<T>;
  orderBy(field: string, direction: 'asc' | 'desc'): Query<T>;
  skip(offset: number): Query<T>;
  limit(max: number): Query<T>;
  /** Fields to keep (true) or leave out (false), or a projection command (`command.project.slice(n)`). */
  field(projection: Record<string, boolean | ReturnType<DbCommand['project']['slice']>>): Query<T>;
  get(): Promise<QueryResult<T>>;
  count(): Promise<{ total: number }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DocumentRef<T = Record<string, unknown>> {
  get(): Promise<{ data: T }>;
  set(options: { data: object }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  update(options: { data: object }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Collection<T = Record<string, unknown>> extends Query<T> {
  doc(id: string): DocumentRef<T>;
  add(options: { data: object }): Promise<{ _id: string }>;
  add(options: { data: object[] }): Promise<{ _ids: string[] }>;
  aggregate(): unknown;
}

export interface Database {
  collection<T = Record<string, unknown>>(name: string): Collection<T>;
  command: DbCommand;
  serverDate(options?: { offset?: number }): unknown;
  createCollection(name: string): Promise<unknown>;
  RegExp(options: { regexp: string; options?: string }): unknown;
}

export type Cloud = typeof cloud;

/** cloud.database() seen through the narrower promise-style view. */
export const asDatabase = (db: unknown): Database => db as Database;
