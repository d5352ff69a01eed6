/**
 * The small part of better-sqlite3 this folder uses, typed locally.
 * The project has no @types/better-sqlite3, and an ambient `declare module` here could clash with
 * one added elsewhere later, so the module is loaded with require() and cast to these interfaces.
 */
export interface RunResult {
  changes: number;
}

export interface Statement<Row = unknown> {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): Row | undefined;
  all(...params: unknown[]): Row[];
  iterate(...params: unknown[]): IterableIterator<Row>;
}

export interface SqliteDatabase {
  prepare<Row = unknown>(sql: string): Statement<Row>;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
  readonly inTransaction: boolean;
}

type SqliteConstructor = new (filename: string) => SqliteDatabase;

/** Open a database with the settings that make every acknowledged write durable. */
export function openSqlite(filename: string): SqliteDatabase {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as SqliteConstructor;
  const db = new Database(filename);
  // WAL lets readers run beside the single writer; synchronous=FULL fsyncs the WAL on every
  // commit, so a write we acknowledged survives a SIGKILL (and a power cut) of the process.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Several processes (local server + a test runner) may open the same file; wait instead of failing.
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Runs a function in a transaction of this database (a savepoint inside an open one). One wrapper
 * serves every call: better-sqlite3 builds a wrapper per `transaction()`, ~12 µs a write.
 */
export const atomicRunner = (db: SqliteDatabase): (<T>(fn: () => T) => T) => {
  const run = db.transaction((fn: () => unknown) => fn());
  return <T>(fn: () => T) => run(fn) as T;
};

/** Quote an identifier (collection or index name) for SQL. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Quote a string literal for SQL (used only for JSON paths, which must be literal for index matching). */
export const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;
