// When the digest runs: a croner schedule in Asia/Tokyo, plus a timer for retries of failed posts.
import { Cron } from "croner";
import { ConfigError } from "../errors.js";
import type { Logger } from "../logger.js";
import { PLAN_TIME_ZONE } from "../plan/fiscal.js";
import { dayOf } from "./compose.js";
import type { DigestService } from "./service.js";

export interface DigestScheduler {
  nextRun(): Date | null;
  stop(): void;
}

export function validateCron(expression: string): void {
  try {
    // Without a function to run, a Cron only reads its pattern: nothing is scheduled.
    new Cron(expression);
  } catch (error) {
    throw new ConfigError(
      "DIGEST_CRON",
      `is not a valid cron expression (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Whether the schedule had a run earlier today (Tokyo) that this process did not see. */
export function missedToday(job: Cron, now: Date): boolean {
  const midnight = new Date(`${dayOf(now)}T00:00:00+09:00`);
  const first = job.nextRun(new Date(midnight.getTime() - 1));
  return first !== null && first.getTime() <= now.getTime();
}

/** The shortest wait before a retry, whatever the service's backoff says. */
export const MIN_RETRY_WAIT_MS = 1000;

export function scheduleDigest(
  service: DigestService,
  expression: string,
  logger: Logger,
  now: () => Date = () => new Date(),
): DigestScheduler {
  validateCron(expression);
  let retryTimer: NodeJS.Timeout | null = null;
  const run = async () => {
    try {
      await service.runDue();
    } catch (error) {
      logger.error("digest run failed", error);
    }
    const next = await service.nextRetryAt().catch((error: unknown) => {
      logger.error("reading the digest's retries failed", error);
      return null;
    });
    clearTimeout(retryTimer ?? undefined);
    retryTimer = null;
    if (next === null) return;
    // The same clock as the service's retry times; never sooner than a second, so a retry cannot spin.
    const waitMs = Math.max(MIN_RETRY_WAIT_MS, next - now().getTime());
    logger.info("digest retry scheduled", { inSeconds: waitMs / 1000 });
    retryTimer = setTimeout(run, waitMs);
    retryTimer.unref();
  };
  const job = new Cron(expression, { timezone: PLAN_TIME_ZONE, protect: true }, run);
  // A restart after today's run time catches up (runDue posts only where today's digest is still due);
  // a restart before it waits for the schedule.
  if (missedToday(job, now())) void run();
  return {
    nextRun: () => job.nextRun(),
    stop: () => {
      job.stop();
      clearTimeout(retryTimer ?? undefined);
    },
  };
}
