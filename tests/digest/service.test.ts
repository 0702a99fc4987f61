import { webApi } from "@slack/bolt";
import { Cron } from "croner";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import {
  type DigestScheduler,
  MIN_RETRY_WAIT_MS,
  missedToday,
  scheduleDigest,
} from "../../src/digest/schedule.js";
import { createDigestService, type DigestDeps, type DigestService } from "../../src/digest/service.js";
import { createLogger } from "../../src/logger.js";
import { loadPlan } from "../../src/plan/load.js";
import { openStore, type Store } from "../../src/store/store.js";
import { FakeSlack } from "../../src/tools/fake-slack.js";
import { tempDbPath } from "../support/harness.js";

const catalog = buildCatalog(loadPlan());
const logs: string[] = [];
const logger = createLogger({ write: (l) => logs.push(l) });

/** A clock the test moves by hand: no sleeping. */
function testClock(iso: string) {
  let now = new Date(`${iso}+09:00`).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  fake.calls.length = 0;
});

function service(
  store: Store,
  clock: () => Date,
  settings: { channel?: string; whenOutsidePlan?: "post" | "skip" } = {},
  owner?: string,
  retries: Pick<DigestDeps, "maxAttempts" | "backoffMs"> = {},
): DigestService {
  // The real Web API client against the local stand-in; its own retries are off so ours are tested.
  const client = new webApi.WebClient("xoxb-test", {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    logger,
  });
  return createDigestService({
    catalog,
    store,
    clock,
    logger,
    settings: { channel: settings.channel, whenOutsidePlan: settings.whenOutsidePlan ?? "post" },
    ...(owner ? { owner } : {}),
    ...retries,
    post: async (channel, message) => (await client.chat.postMessage({ channel, ...message })).ts as string,
  });
}

const postsTo = (channel: string) =>
  fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel);

describe("posting the digest exactly once", () => {
  it("posts once per channel per day, however often it runs", async () => {
    const clock = testClock("2023-04-03T09:00:00");
    const store = openStore(tempDbPath());
    const digest = service(store, clock.now, { channel: "CDAILY" });
    expect(await digest.runDue()).toEqual({ CDAILY: "posted" });
    expect(await digest.runDue()).toEqual({ CDAILY: "already" });
    expect(postsTo("CDAILY")).toHaveLength(1);
    expect(String(postsTo("CDAILY")[0]?.body.text)).toBe("令和5年度に完了する事業: 2件");
    clock.advance(24 * 3600_000);
    expect(await digest.runDue()).toEqual({ CDAILY: "posted" });
    expect(postsTo("CDAILY")).toHaveLength(2);
    await store.close();
  });

  it("does not post again after a restart in the middle of the posting day", async () => {
    const path = tempDbPath();
    const clock = testClock("2023-04-04T09:00:00");
    const before = openStore(path);
    await service(before, clock.now, { channel: "CRESTART" }).runDue();
    await before.close();
    clock.advance(3 * 3600_000);
    const after = openStore(path);
    expect(await service(after, clock.now, { channel: "CRESTART" }).runDue()).toEqual({
      CRESTART: "already",
    });
    expect(postsTo("CRESTART")).toHaveLength(1);
    await after.close();
  });

  it("retries a failed Web API call with backoff and posts once", async () => {
    const clock = testClock("2023-04-05T09:00:00");
    const store = openStore(tempDbPath());
    const digest = service(store, clock.now, { channel: "CRETRY" });
    fake.failNext("chat.postMessage", "http500");
    expect(await digest.runDue()).toEqual({ CRETRY: "failed" });
    const retryAt = await digest.nextRetryAt();
    expect(retryAt).toBe(clock.now().getTime() + 60_000);
    expect(await digest.runDue()).toEqual({ CRETRY: "already" });
    clock.advance(60_000);
    expect(await digest.runDue()).toEqual({ CRETRY: "posted" });
    expect(postsTo("CRETRY")).toHaveLength(1);
    expect(await store.digestRecord("CRETRY", "2023-04-05")).toMatchObject({ status: "posted", attempts: 2 });
    await store.close();
  });

  it("lets only one of two instances sharing a database file post", async () => {
    const path = tempDbPath();
    const clock = testClock("2023-04-06T09:00:00");
    const a = openStore(path);
    const b = openStore(path);
    let release: () => void = () => undefined;
    fake.hold = new Promise((resolve) => {
      release = resolve;
    });
    const first = service(a, clock.now, { channel: "CTWO" }, "instance-a").runDue();
    await fake.waitFor(() => fake.held > 0);
    const second = await service(b, clock.now, { channel: "CTWO" }, "instance-b").runDue();
    release();
    fake.hold = null;
    expect(second).toEqual({ CTWO: "already" });
    expect(await first).toEqual({ CTWO: "posted" });
    expect(postsTo("CTWO")).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it("never posts twice when a retry races a restart: an unconfirmed post is not repeated", async () => {
    const path = tempDbPath();
    const clock = testClock("2023-04-07T09:00:00");
    const crashed = openStore(path);
    // The first instance records its intent, then dies before Slack answers.
    expect(
      await crashed.claimDigest("CRACE", "2023-04-07", "dead", clock.now().getTime(), 120_000),
    ).not.toBeNull();
    await crashed.close();
    clock.advance(10 * 60_000);
    const restarted = openStore(path);
    expect(await service(restarted, clock.now, { channel: "CRACE" }).runDue()).toEqual({ CRACE: "already" });
    expect((await restarted.digestRecord("CRACE", "2023-04-07"))?.status).toBe("uncertain");
    expect(postsTo("CRACE")).toHaveLength(0);
    await restarted.close();
  });

  it("posts the outside-the-plan notice on that fiscal year's first business day only, or never with skip", async () => {
    const clock = testClock("2026-04-01T09:00:00");
    const store = openStore(tempDbPath());
    expect(await service(store, clock.now, { channel: "CSKIP", whenOutsidePlan: "skip" }).runDue()).toEqual({
      CSKIP: "skipped",
    });
    expect(await service(store, clock.now, { channel: "CPOST" }).runDue()).toEqual({ CPOST: "posted" });
    expect(String(postsTo("CPOST")[0]?.body.text)).toContain("令和8年度");
    expect(postsTo("CSKIP")).toHaveLength(0);
    clock.advance(24 * 3600_000);
    expect(await service(store, clock.now, { channel: "CPOST" }).runDue()).toEqual({ CPOST: "skipped" });
    expect(postsTo("CPOST")).toHaveLength(1);
    await store.close();
  });

  it("posts on business days only over a fortnight, full first and then compact with a moving spotlight", async () => {
    const clock = testClock("2023-06-09T09:00:00");
    const store = openStore(tempDbPath());
    const outcomes: string[] = [];
    for (let day = 0; day < 14; day++) {
      outcomes.push((await service(store, clock.now, { channel: "CFORT" }).runDue()).CFORT ?? "-");
      clock.advance(24 * 3600_000);
    }
    // 9 June (Fri) … 22 June (Thu): weekends skipped.
    expect(outcomes).toEqual([
      "posted",
      "skipped",
      "skipped",
      "posted",
      "posted",
      "posted",
      "posted",
      "posted",
      "skipped",
      "skipped",
      "posted",
      "posted",
      "posted",
      "posted",
    ]);
    const posts = postsTo("CFORT");
    expect(posts).toHaveLength(10);
    // The channel's first in-plan digest this fiscal year is the full list; the rest are compact.
    expect(String(posts[0]?.body.text)).toMatch(/^令和5年度に完了する事業: \d+件$/);
    const compact = posts.slice(1).map((p) => String(p.body.text));
    expect(compact.every((t) => t.includes("営業日"))).toBe(true);
    const spotlights = posts.slice(1).map((p) => /今日の注目\* ([^\s　]+)/.exec(String(p.body.blocks))?.[1]);
    for (let i = 1; i < spotlights.length; i++) expect(spotlights[i]).not.toBe(spotlights[i - 1]);
    await store.close();
  });
});

describe("the whole retry schedule", () => {
  it("retries after 1, 2, 4 … minutes and gives up after the attempts allowed", async () => {
    const clock = testClock("2023-04-10T09:00:00");
    const store = openStore(tempDbPath());
    const digest = service(store, clock.now, { channel: "CGIVE" }, undefined, { maxAttempts: 4 });
    fake.failNext("chat.postMessage", "not_in_channel", "not_in_channel", "not_in_channel", "not_in_channel");
    const waits: number[] = [];
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      outcomes.push((await digest.runDue()).CGIVE ?? "-");
      const next = await digest.nextRetryAt();
      if (next === null) break;
      waits.push(next - clock.now().getTime());
      clock.advance(next - clock.now().getTime());
    }
    expect(outcomes).toEqual(["failed", "failed", "failed", "gave_up"]);
    expect(waits).toEqual([60_000, 120_000, 240_000]);
    expect(await digest.runDue()).toEqual({ CGIVE: "already" });
    expect((await store.digestRecord("CGIVE", "2023-04-10"))?.status).toBe("gave_up");
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CGIVE")).toHaveLength(0);
    await store.close();
  });
});

describe("the scheduler", () => {
  it("catches up once when started after today's run time, and not when started before it", async () => {
    const clock = testClock("2023-04-11T10:00:00");
    const store = openStore(tempDbPath());
    const late = scheduleDigest(
      service(store, clock.now, { channel: "CCATCH" }),
      "0 9 * * *",
      logger,
      clock.now,
    );
    await fake.waitFor(() => postsTo("CCATCH").length === 1);
    late.stop();
    const again = scheduleDigest(
      service(store, clock.now, { channel: "CCATCH" }),
      "0 9 * * *",
      logger,
      clock.now,
    );
    again.stop();
    const early = testClock("2023-04-12T08:00:00");
    const before = scheduleDigest(
      service(store, early.now, { channel: "CEARLY" }),
      "0 9 * * *",
      logger,
      early.now,
    );
    before.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(postsTo("CCATCH")).toHaveLength(1);
    expect(postsTo("CEARLY")).toHaveLength(0);
    await store.close();
  });
});

/**
 * The scheduler started at 10:00 on `day`, over a fresh store, with the first post to `channel` failing
 * (HTTP 500) and retries `backoffMs` later; `check` runs with it, and both are stopped and closed after.
 */
async function withFailingFirstPost(
  day: string,
  channel: string,
  backoffMs: number,
  check: (run: { store: Store; scheduler: DigestScheduler; from: number }) => Promise<void>,
): Promise<void> {
  const clock = testClock(`${day}T10:00:00`);
  const store = openStore(tempDbPath());
  const digest = service(store, clock.now, { channel }, undefined, { backoffMs: () => backoffMs });
  fake.failNext("chat.postMessage", "http500");
  const from = logs.length;
  const scheduler = scheduleDigest(digest, "0 9 * * *", logger, clock.now);
  try {
    await check({ store, scheduler, from });
  } finally {
    scheduler.stop();
    await store.close();
  }
}

describe("the scheduler's retry timer", () => {
  it("runs the digest again when a failed post's retry time comes, and posts once", async () => {
    // Due at once: the timer's floor (1 s) decides when it runs.
    await withFailingFirstPost("2023-04-13", "CTIMER", 0, async ({ store }) => {
      await fake.waitFor(() => postsTo("CTIMER").length === 1, 10_000);
      expect(fake.callsTo("chat.postMessage!http500")).toHaveLength(1);
      // The post is recorded just after Slack answers it.
      let status: string | undefined;
      for (let i = 0; i < 100 && status !== "posted"; i++) {
        status = (await store.digestRecord("CTIMER", "2023-04-13"))?.status;
        if (status !== "posted") await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe("posted");
      expect(postsTo("CTIMER")).toHaveLength(1);
    });
  });
});

/** The log records written since `from`. */
const logRecords = (from: number) =>
  logs
    .slice(from)
    .map((line) => JSON.parse(line) as { message?: string; details?: { inSeconds?: number }[] });

/** The waits the scheduler logged for its retries, in seconds. */
const retryWaits = (from: number) =>
  logRecords(from)
    .filter((record) => record.message === "digest retry scheduled")
    .map((record) => record.details?.[0]?.inSeconds);

describe("when the schedule missed a run today", () => {
  const tokyo = (iso: string) => new Date(`${iso}+09:00`);
  it.each([
    ["a 9:00 run, started at 10:00", "0 9 * * *", "2023-04-11T10:00:00", true],
    ["a 9:00 run, started at exactly 9:00", "0 9 * * *", "2023-04-11T09:00:00", true],
    ["a 9:00 run, started a millisecond before", "0 9 * * *", "2023-04-11T08:59:59.999", false],
    ["a run at midnight, started at 0:30", "0 0 * * *", "2023-04-11T00:30:00", true],
    ["a weekday run, started on a Sunday", "0 9 * * 1-5", "2023-04-16T10:00:00", false],
    ["a pattern that never matches (30 February)", "0 0 30 2 *", "2023-04-11T10:00:00", false],
  ])("%s: %s", (_, pattern, at, missed) => {
    const job = new Cron(pattern, { timezone: "Asia/Tokyo" });
    expect(missedToday(job, tokyo(at))).toBe(missed);
  });
});

describe("the scheduler's retries and stopping", () => {
  it("waits the service's backoff, counted on the service's clock", async () => {
    await withFailingFirstPost("2023-04-14", "CWAIT", 60_000, async ({ from }) => {
      await fake.waitFor(() => retryWaits(from).length === 1);
      expect(retryWaits(from)).toEqual([60]);
      expect(postsTo("CWAIT")).toHaveLength(0);
    });
  });

  it("never waits less than its floor, and schedules nothing once the post is made", async () => {
    await withFailingFirstPost("2023-04-17", "CFLOOR", 0, async ({ from }) => {
      await fake.waitFor(() => postsTo("CFLOOR").length === 1, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(retryWaits(from)).toEqual([MIN_RETRY_WAIT_MS / 1000]);
    });
  });

  it("once stopped, neither the schedule nor a pending retry runs", async () => {
    await withFailingFirstPost("2023-04-18", "CSTOP", 0, async ({ scheduler, from }) => {
      await fake.waitFor(() => retryWaits(from).length === 1);
      scheduler.stop();
      expect(scheduler.nextRun()).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, MIN_RETRY_WAIT_MS + 500));
      expect(postsTo("CSTOP")).toHaveLength(0);
    });
  });

  it("logs a failing run and a failing read of the retries, and keeps the process alive", async () => {
    const clock = testClock("2023-04-19T10:00:00");
    const store = openStore(tempDbPath());
    const digest = service(store, clock.now, { channel: "CBROKEN" });
    await store.close();
    const from = logs.length;
    const scheduler = scheduleDigest(digest, "0 9 * * *", logger, clock.now);
    try {
      const messages = () => logRecords(from).map((record) => record.message);
      await fake.waitFor(() => messages().includes("reading the digest's retries failed"));
      expect(messages()).toContain("digest run failed");
      expect(postsTo("CBROKEN")).toHaveLength(0);
    } finally {
      scheduler.stop();
    }
  });
});
