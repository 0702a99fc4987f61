// Tracks answers in flight, so that shutdown can stop taking requests and still finish what it started.
export interface Inflight {
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves when nothing is in flight (or after `timeoutMs`). */
  drain(timeoutMs?: number): Promise<void>;
}

export function createInflight(): Inflight {
  const pending = new Set<Promise<unknown>>();
  return {
    get size() {
      return pending.size;
    },
    run(work) {
      const p = work();
      pending.add(p);
      const forget = () => pending.delete(p);
      p.then(forget, forget);
      return p;
    },
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline) {
        await Promise.race([
          Promise.allSettled([...pending]),
          new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()))),
        ]);
      }
    },
  };
}
