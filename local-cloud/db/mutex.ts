/**
 * A FIFO async mutex with an acquire timeout. The lock is handed straight to the next waiter on
 * release, so nobody can barge in between.
 */
export class Mutex {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  acquire(timeoutMs: number, onTimeout: () => Error): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(onTimeout());
      }, timeoutMs);
      this.waiters.push(grant);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}
