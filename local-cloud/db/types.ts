/** Public types of the local database (re-exported by index.ts). */

export interface IndexSpec {
  /** Field paths in order; a leading '-' means descending. */
  fields: string[];
  unique?: boolean;
}

export interface LocalDatabaseOptions {
  /** Folder for the SQLite file, or ':memory:' */
  dir: string;
  /** Collections to create with their indexes (the project's single list). */
  collections: Array<{ collection: string; indexes: IndexSpec[] }>;
  /**
   * How long a transaction may stay open before it is aborted and its lock released (default 10 s),
   * so a startTransaction() that is never committed cannot block every later transaction.
   */
  transactionTimeoutMs?: number;
}

/** How a query would be served: which index (or the primary key) narrows it, and SQLite's own plan. */
export interface ExplainResult {
  /** Index name, '_id' for the primary key, names joined by ' | ' for a union ($or), or null for a full collection scan. */
  index: string | null;
  /** The index yields the sort order: a limited read stops when the page is full. */
  ordered: boolean;
  /** SQL alone decides the filter: a count reads no document. */
  exact: boolean;
  /** SQLite's EXPLAIN QUERY PLAN lines for the statement that would run. */
  plan: string[];
}

export interface LocalDatabase {
  /** Serve one SDK request (api + data as the SDK sends them); returns the reply the SDK expects. */
  handle(api: string, data: Record<string, unknown>): Promise<unknown>;
  /** Number of requests served so far (a "database round trip" each); resettable. */
  roundTrips(): number;
  resetRoundTrips(): void;
  /** Plain helpers for seeding/inspection by the local server, bypassing the SDK (documents as plain JS with Date objects). */
  insertMany(collection: string, docs: object[]): void;
  count(collection: string): number;
  close(): void;
  /** The plan for a filter given as plain JS (Mongo form, e.g. `{ status: 'open' }`) and optional sort. */
  explain(collection: string, filter?: object, sort?: Record<string, 1 | -1>): ExplainResult;
  /** Documents read from SQLite and decoded since the last reset (shows whether an index narrowed a query). */
  rowsScanned(): number;
  /** The most rows one request read since the last reset (CloudBase returns at most 1,000 per query). */
  maxRowsPerRequest(): number;
  resetRowsScanned(): void;
}
