/**
 * Group commit. Under synchronous=FULL every commit waits for an fsync (milliseconds on a real disk),
 * which serialised one write per fsync. Writes that arrive in the same turn of the event loop now
 * share one SQLite transaction, committed — one fsync — once the turn's callbacks have run; each
 * write is a savepoint of it, so one that fails takes none of the others with it.
 *
 * Durability is unchanged: nothing is acknowledged before its commit. Every reply — a read may have
 * seen the pending writes — waits for `durable()`, and a failed commit fails all of them.
 */
import { atomicRunner, type SqliteDatabase } from './sqlite';

export class GroupCommit {
  private pending?: { done: Promise<void>; settle: (error?: unknown) => void };
  /** Runs a function in a transaction of the database (a savepoint inside an open one). */
  readonly atomically: <T>(fn: () => T) => T;

  constructor(private readonly sql: SqliteDatabase) {
    this.atomically = atomicRunner(sql);
  }

  /** Run a write inside the open group (opening one if none), as a savepoint of it. */
  run<T>(fn: () => T): T {
    if (!this.pending && !this.sql.inTransaction) this.open();
    return this.atomically(fn);
  }

  /** Resolves once everything written so far is on disk (at once when nothing is pending). */
  durable(): Promise<void> {
    return this.pending?.done ?? Promise.resolve();
  }

  /** Commit the open group now (the end of its turn, or closing the database). */
  flush(): void {
    const group = this.pending;
    if (!group) return;
    this.pending = undefined;
    try {
      this.sql.exec('COMMIT');
      group.settle();
    } catch (error) {
      if (this.sql.inTransaction) this.sql.exec('ROLLBACK');
      group.settle(error);
    }
  }

  private open(): void {
    this.sql.exec('BEGIN IMMEDIATE');
    let settle!: (error?: unknown) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // Writers await it; one nobody awaits (a write outside a request) must not become an unhandled rejection.
    done.catch(() => undefined);
    this.pending = { done, settle };
    setImmediate(() => this.flush());
  }
}
