import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * CloudBase runs each invocation in an instance of its own, so two calls made at the same moment
 * interleave their database requests in whatever order the network delivers them. In one process
 * the local cloud answers each request as soon as it is made, and two calls started together
 * happen to proceed in one particular order, which can hide a check-then-act race.
 *
 * An interleaving makes the order explicit and repeatable: every database request of a
 * participant waits for its turn, and the turns follow a schedule of participant indices (round
 * robin when none is given or once it is used up). The turn passes as soon as the request has been
 * handed to the database, so a request that waits inside it (a transaction waiting for another)
 * never holds up the others. With round robin, two handlers that each read then write both read
 * before either writes: the order a race needs. Turns of finished participants are skipped. A
 * participant that is between requests only for promise callbacks is waited for; one that is
 * still not at a request after a full pass of the event loop is waiting on a timer or I/O (a
 * retry's pause, say), and its turn passes to the others, as CloudBase would not wait for it.
 */
export class Interleaving {
  /** Requests waiting for their participant's turn (one participant may send several at once). */
  private readonly parked = new Map<number, Array<() => void>>();
  private readonly finished = new Set<number>();
  private step = 0;
  /** A woken request holds the turn until it has been sent. */
  private woken = false;
  /** Participant indices in the order their requests reached the database. */
  readonly trace: number[] = [];

  constructor(
    private readonly participants: number,
    private readonly schedule: readonly number[] = [],
  ) {}

  /** Whose turn it is (finished participants skipped), or undefined when all have finished. */
  private current(): number | undefined {
    if (this.finished.size >= this.participants) return undefined;
    for (;; this.step++) {
      const who = this.step < this.schedule.length ? this.schedule[this.step] : this.step % this.participants;
      if (who < 0 || who >= this.participants) throw new Error(`interleaving: no participant ${who}`);
      if (!this.finished.has(who)) return who;
    }
  }

  private wakeCurrent(): void {
    const who = this.current();
    const wake = who === undefined || this.woken ? undefined : this.parked.get(who)?.shift();
    if (!wake) return this.passIfIdle();
    this.woken = true;
    wake();
  }

  /** After one pass of the event loop, a turn still unused while others wait goes to the next. */
  private passIfIdle(): void {
    const step = this.step;
    setImmediate(() => {
      const waiting = [...this.parked.values()].some((queue) => queue.length > 0);
      if (this.step !== step || this.woken || !waiting) return;
      this.step++;
      this.wakeCurrent();
    });
  }

  /** Send one database request of `who` in its turn, then pass the turn on. */
  async request<R>(who: number, send: () => Promise<R>): Promise<R> {
    if (this.woken || this.current() !== who) {
      const parked = new Promise<void>((resolve) => this.parked.set(who, [...(this.parked.get(who) ?? []), resolve]));
      this.passIfIdle();
      await parked;
      this.woken = false;
    }
    this.trace.push(who);
    const pending = send();
    this.step++;
    this.wakeCurrent();
    return pending;
  }

  /** `who` sends no more requests: its turns are skipped from now on. */
  finish(who: number): void {
    this.finished.add(who);
    this.wakeCurrent();
  }
}

interface Participant {
  interleaving: Interleaving;
  index: number;
}

const participantScope = new AsyncLocalStorage<Participant>();

/** The database bridge's hook: inside an interleaving a request waits for its turn; elsewhere it goes at once. */
export const inTurn = <R>(send: () => Promise<R>): Promise<R> => {
  const participant = participantScope.getStore();
  return participant ? participant.interleaving.request(participant.index, send) : send();
};

/**
 * Run `calls` at once with their database requests interleaved by `schedule` (participant
 * indices; round robin when left out or used up). Answers their results in order, and the order
 * in which their requests reached the database.
 */
export const interleave = async <T>(calls: ReadonlyArray<() => Promise<T>>, schedule?: readonly number[]): Promise<{ results: T[]; trace: number[] }> => {
  const interleaving = new Interleaving(calls.length, schedule);
  const results = await Promise.all(
    calls.map((call, index) =>
      participantScope.run({ interleaving, index }, async () => {
        try {
          return await call();
        } finally {
          interleaving.finish(index);
        }
      }),
    ),
  );
  return { results, trace: interleaving.trace };
};
