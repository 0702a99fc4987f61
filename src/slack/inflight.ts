// Answers in flight: at most `concurrency` at a time, each started on a later turn of the event loop, so that
// answering work never delays the acknowledgement Slack needs within 3 seconds; and on shutdown, a drain that
// finishes what it can and names what it had to drop.

/** What a piece of work is, for the log: its handler and channel, never the question. */
export interface WorkLabel {
  handler: string;
  channel?: string | undefined;
}

export interface Inflight {
  run<T>(label: WorkLabel, work: () => Promise<T>): Promise<T>;
  /** Work started or waiting. */
  readonly size: number;
  /** Stops taking work, waits up to `timeoutMs`, and resolves with the work that did not finish. */
  drain(timeoutMs: number): Promise<WorkLabel[]>;
}

export const DEFAULT_CONCURRENCY = 4;

export function createInflight(options: { concurrency?: number } = {}): Inflight {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const pending = new Map<Promise<unknown>, WorkLabel>();
  const waiting: (() => void)[] = [];
  let running = 0;
  let closed = false;

  const slot = () =>
    new Promise<void>((resolve) => {
      if (running < concurrency) {
        running += 1;
        resolve();
      } else waiting.push(resolve);
    });
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    get size() {
      return pending.size;
    },
    run(label, work) {
      if (closed) return Promise.reject(new Error("shutting down: no new work is taken"));
      const p = (async () => {
        await slot();
        try {
          // A later turn of the event loop: requests already received are acknowledged first.
          await new Promise<void>((resolve) => setImmediate(resolve));
          return await work();
        } finally {
          release();
        }
      })();
      pending.set(p, label);
      const forget = () => pending.delete(p);
      p.then(forget, forget);
      return p;
    },
    async drain(timeoutMs) {
      closed = true;
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...pending.keys()]),
          new Promise((r) => {
            timer = setTimeout(r, Math.max(0, deadline - Date.now()));
          }),
        ]);
        clearTimeout(timer);
      }
      return [...pending.values()];
    },
  };
}
