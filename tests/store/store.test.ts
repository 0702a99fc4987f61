// One suite, two backends: the embedded SQLite file and a real PostgreSQL server. Every promise the README
// makes about the store is checked on both.
import { fork } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../../src/errors.js";
import { connectFailure, describeUrl, openPostgresStore, PG_MIGRATIONS } from "../../src/store/postgres.js";
import { MIGRATIONS, openStore, type Store } from "../../src/store/store.js";
import { tempDbPath } from "../support/harness.js";
import { startPostgres, type TestPostgres } from "../support/postgres.js";

let server: TestPostgres;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

interface Backend {
  name: string;
  /** A new, empty place for a store; each `open` is one more instance (connection) to it. */
  fresh(): Promise<{ where: string; open(): Promise<Store> }>;
  versions: number;
}

const backends: Backend[] = [
  {
    name: "SQLite",
    versions: MIGRATIONS.length,
    fresh: async () => {
      const path = tempDbPath();
      return { where: path, open: async () => openStore(path) };
    },
  },
  {
    name: "PostgreSQL",
    versions: PG_MIGRATIONS.length,
    fresh: async () => {
      const url = await server.freshDatabase();
      return { where: url, open: () => openPostgresStore(url) };
    },
  },
];

const DAY = "2023-04-03";
const T0 = new Date("2023-04-03T09:00:00+09:00").getTime();

describe.each(backends)("the $name store", (backend) => {
  it("creates its schema on first open, once, even when two instances start together", async () => {
    const place = await backend.fresh();
    const [a, b] = await Promise.all([place.open(), place.open()]);
    expect(await a.schemaVersion()).toBe(backend.versions);
    expect(await b.schemaVersion()).toBe(backend.versions);
    await Promise.all([a.close(), b.close()]);
  });

  it("claims an event ID once across instances, and forgets it after pruning", async () => {
    const place = await backend.fresh();
    const [a, b] = [await place.open(), await place.open()];
    const now = new Date(T0);
    expect(await a.claimEvent("Ev1", now)).toBe(true);
    expect(await b.claimEvent("Ev1", now)).toBe(false);
    await b.pruneEvents(T0 + 1);
    expect(await a.claimEvent("Ev1", now)).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it("keeps subscriptions across instances and restarts", async () => {
    const place = await backend.fresh();
    const a = await place.open();
    await a.setSubscription("C2", true, "U1", new Date(T0));
    await a.setSubscription("C1", true, "U1", new Date(T0));
    await a.setSubscription("C2", false, "U2", new Date(T0));
    await a.close();
    const b = await place.open();
    expect(await b.subscribedChannels()).toEqual(["C1"]);
    expect(await b.isSubscribed("C2")).toBe(false);
    await b.close();
  });

  it("lets exactly one of many racing instances claim a channel's day", async () => {
    const place = await backend.fresh();
    const stores = await Promise.all(Array.from({ length: 6 }, () => place.open()));
    const claims = await Promise.all(
      stores.map((s, i) => s.claimDigest("CRACE", DAY, `owner-${i}`, T0, 60_000)),
    );
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("retries only a failed claim whose time has come, and never one that may have been posted", async () => {
    const place = await backend.fresh();
    const s = await place.open();
    expect(await s.claimDigest("CF", DAY, "a", T0, 60_000)).toMatchObject({ attempts: 1, status: "posting" });
    await s.markFailed("CF", DAY, "a", "HTTP 500", T0 + 60_000, new Date(T0));
    expect(await s.claimDigest("CF", DAY, "b", T0 + 1000, 60_000)).toBeNull();
    expect(await s.claimDigest("CF", DAY, "b", T0 + 60_000, 60_000)).toMatchObject({
      attempts: 2,
      owner: "b",
    });
    await s.markPosted("CF", DAY, "b", "1.1", new Date(T0));
    expect(await s.digestRecord("CF", DAY)).toMatchObject({ status: "posted", messageTs: "1.1" });
    expect(await s.isDigestMessage("CF", "1.1")).toBe(true);

    expect(await s.claimDigest("CU", DAY, "a", T0, 60_000)).not.toBeNull();
    await s.markUncertain("CU", DAY, "a", "reply lost", new Date(T0));
    expect(await s.claimDigest("CU", DAY, "b", T0 + 3600_000, 60_000)).toBeNull();
    expect(await s.digestRecord("CU", DAY)).toMatchObject({ status: "uncertain", lastError: "reply lost" });

    // An owner that vanished mid-call (its lease ran out): uncertain, not repeated.
    expect(await s.claimDigest("CV", DAY, "a", T0, 60_000)).not.toBeNull();
    expect(await s.claimDigest("CV", DAY, "b", T0 + 120_000, 60_000)).toBeNull();
    expect((await s.digestRecord("CV", DAY))?.status).toBe("uncertain");
    await s.close();
  });

  it("holds a claim for exactly its lease, and counts it lapsed at its end, not before", async () => {
    const s = await (await backend.fresh()).open();
    expect(await s.claimDigest("CL", DAY, "a", T0, 60_000)).toMatchObject({
      channel: "CL",
      day: DAY,
      status: "posting",
      owner: "a",
      attempts: 1,
      leaseUntil: T0 + 60_000,
      messageTs: null,
      lastError: null,
    });
    expect(await s.claimDigest("CL", DAY, "b", T0 + 59_999, 60_000)).toBeNull();
    expect((await s.digestRecord("CL", DAY))?.status).toBe("posting");
    expect(await s.claimDigest("CL", DAY, "b", T0 + 60_000, 60_000)).toBeNull();
    expect((await s.digestRecord("CL", DAY))?.status).toBe("uncertain");

    expect(await s.claimDigest("CR", DAY, "a", T0, 60_000)).not.toBeNull();
    await s.markFailed("CR", DAY, "a", "HTTP 500", T0 + 1000, new Date(T0));
    expect(await s.claimDigest("CR", DAY, "b", T0 + 1000, 5000)).toMatchObject({ leaseUntil: T0 + 6000 });
    await s.close();
  });

  it("lists a failed post as due exactly when its retry time comes, and a given-up one never", async () => {
    const s = await (await backend.fresh()).open();
    expect(await s.claimDigest("CD", DAY, "a", T0, 60_000)).not.toBeNull();
    await s.markFailed("CD", DAY, "a", "HTTP 500", T0 + 1000, new Date(T0));
    expect(await s.dueRetries(DAY, T0 + 999)).toEqual([]);
    expect((await s.dueRetries(DAY, T0 + 1000)).map((r) => [r.channel, r.status, r.lastError])).toEqual([
      ["CD", "failed", "HTTP 500"],
    ]);
    expect(await s.dueRetries("2023-04-04", T0 + 1000)).toEqual([]);
    expect(await s.claimDigest("CG", DAY, "a", T0, 60_000)).not.toBeNull();
    await s.markFailed("CG", DAY, "a", "not_in_channel", null, new Date(T0));
    expect((await s.digestRecord("CG", DAY))?.status).toBe("gave_up");
    expect((await s.dueRetries(DAY, T0 + 3600_000)).map((r) => r.channel)).toEqual(["CD"]);
    expect(await s.isDigestMessage("CD", "9.9")).toBe(false);
    await s.close();
  });

  it("knows no subscription for a channel never subscribed", async () => {
    const s = await (await backend.fresh()).open();
    expect(await s.isSubscribed("CNEVER")).toBe(false);
    await s.close();
  });

  it("remembers which channels had this year's full digest", async () => {
    const place = await backend.fresh();
    const s = await place.open();
    await s.claimDigest("CK", "2023-04-03", "a", T0, 60_000, "full");
    await s.claimDigest("CK", "2023-04-04", "a", T0, 60_000, "compact");
    expect(await s.hadFullDigest("CK", "2023-04-01", "2023-04-05")).toBe(true);
    expect(await s.hadFullDigest("CK", "2023-04-04", "2023-04-05")).toBe(false);
    expect(await s.hadFullDigest("COTHER", "2023-04-01", "2023-04-05")).toBe(false);
    await s.close();
  });
});

describe.each(backends)("the $name store's feedback records", (backend) => {
  it("keeps questions and votes, one vote per voter, until deleted by age or purged", async () => {
    const place = await backend.fresh();
    const s = await place.open();
    const q1 = await s.recordQuestion({
      askedAt: T0,
      question: "空調",
      outcome: "strong",
      projects: ["7-2#10"],
      user: null,
    });
    const q2 = await s.recordQuestion({
      askedAt: T0 + 1000,
      question: "天気",
      outcome: "none",
      projects: [],
      user: "U9",
    });
    expect(await s.recordVote(q1, "voter-a", "up", T0)).toBe(true);
    expect(await s.recordVote(q1, "voter-a", "down", T0 + 1)).toBe(true);
    expect(await s.recordVote(q1, "voter-b", "down", T0 + 2)).toBe(true);
    expect(await s.recordVote(999_999, "voter-a", "up", T0)).toBe(false);
    expect(await s.questionsSince(T0)).toEqual([
      {
        id: q1,
        askedAt: T0,
        question: "空調",
        outcome: "strong",
        projects: ["7-2#10"],
        user: null,
        up: 0,
        down: 2,
      },
      {
        id: q2,
        askedAt: T0 + 1000,
        question: "天気",
        outcome: "none",
        projects: [],
        user: "U9",
        up: 0,
        down: 0,
      },
    ]);
    expect(await s.deleteQuestionsBefore(T0 + 500)).toBe(1);
    expect((await s.questionsSince(0)).map((q) => q.question)).toEqual(["天気"]);
    expect(await s.purgeFeedback()).toEqual({ questions: 1, votes: 0 });
    expect(await s.questionsSince(0)).toEqual([]);
    await s.close();
  });
});

describe.each(backends)("a $name store whose database is gone", (backend) => {
  const when = new Date(T0);
  it.each<[string, (s: Store) => Promise<unknown>]>([
    ["recording an event", (s) => s.claimEvent("Ev1", when)],
    ["saving a subscription", (s) => s.setSubscription("C1", true, null, when)],
    ["reading a subscription", (s) => s.isSubscribed("C1")],
    ["listing subscriptions", (s) => s.subscribedChannels()],
    ["claiming a digest", (s) => s.claimDigest("C1", DAY, "a", T0, 1000)],
    ["reading past digests", (s) => s.hadFullDigest("C1", DAY, DAY)],
    ["finding a digest", (s) => s.isDigestMessage("C1", "1.1")],
    ["recording a post", (s) => s.markPosted("C1", DAY, "a", "1.1", when)],
    ["recording a failure", (s) => s.markFailed("C1", DAY, "a", "x", null, when)],
    ["recording an uncertain post", (s) => s.markUncertain("C1", DAY, "a", "x", when)],
    ["reading a digest record", (s) => s.digestRecord("C1", DAY)],
    ["listing retries", (s) => s.dueRetries(DAY, T0)],
    ["pruning events", (s) => s.pruneEvents(T0)],
    [
      "recording a question",
      (s) => s.recordQuestion({ askedAt: T0, question: "q", outcome: "none", projects: [], user: null }),
    ],
    ["recording a vote", (s) => s.recordVote(1, "v", "up", T0)],
    ["deleting old questions", (s) => s.deleteQuestionsBefore(T0)],
    ["reading questions", (s) => s.questionsSince(0)],
    ["purging feedback", (s) => s.purgeFeedback()],
  ])("fails as a store error that says it was %s", async (what, call) => {
    const s = await (await backend.fresh()).open();
    await s.close();
    const error = await call(s).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(new RegExp(`^database error while ${what}( \\(.*\\))?$`));
    expect((error as StoreError).cause).toBeInstanceOf(Error);
  });
});

describe("what a PostgreSQL failure at start-up says", () => {
  const URL_WITH_SECRET = "postgres://bot:s3cr%40t@db.example.jp:5432/plan_bot";
  it.each([
    ["ECONNREFUSED", "cannot reach PostgreSQL at postgres://bot@db.example.jp:5432/plan_bot (ECONNREFUSED)"],
    ["ENOTFOUND", "cannot reach PostgreSQL at postgres://bot@db.example.jp:5432/plan_bot (ENOTFOUND)"],
    ["EAI_AGAIN", "cannot reach PostgreSQL at postgres://bot@db.example.jp:5432/plan_bot (EAI_AGAIN)"],
    ["ETIMEDOUT", "cannot reach PostgreSQL at postgres://bot@db.example.jp:5432/plan_bot (ETIMEDOUT)"],
    ["EHOSTUNREACH", "cannot reach PostgreSQL at postgres://bot@db.example.jp:5432/plan_bot (EHOSTUNREACH)"],
    [
      "28P01",
      "PostgreSQL refused the user bot at postgres://bot@db.example.jp:5432/plan_bot: authentication failed",
    ],
    [
      "28000",
      "PostgreSQL refused the user bot at postgres://bot@db.example.jp:5432/plan_bot: authentication failed",
    ],
    ["3D000", "the database plan_bot does not exist at postgres://bot@db.example.jp:5432/plan_bot"],
  ])("names %s in words an operator acts on", (code, message) => {
    expect(connectFailure(URL_WITH_SECRET, Object.assign(new Error("x"), { code }))).toBe(message);
  });

  it("redacts the password from any other message, and shows a URL without it", () => {
    const said = connectFailure(URL_WITH_SECRET, new Error("boom: password s3cr@t rejected"));
    expect(said).toBe(
      "cannot open the database at postgres://bot@db.example.jp:5432/plan_bot: boom: password [redacted] rejected",
    );
    expect(connectFailure("postgres://db.example.jp/x", "plain failure")).toBe(
      "cannot open the database at postgres://db.example.jp/x: plain failure",
    );
    expect(describeUrl("not a url")).toBe("DATABASE_URL (not a URL)");
    expect(
      connectFailure("postgres://db.example.jp/", Object.assign(new Error("x"), { code: "28P01" })),
    ).toBe("PostgreSQL refused the user (none) at postgres://db.example.jp/: authentication failed");
  });
});

describe("a SQLite store that cannot be opened", () => {
  it("keeps the cause of a database it cannot open", () => {
    const dir = tempDbPath().replace(/[^/]+$/, "");
    let error: unknown;
    try {
      openStore(dir);
    } catch (e) {
      error = e;
    }
    expect((error as StoreError).message).toContain("it is a directory");
    expect((error as StoreError).cause).toBeInstanceOf(Error);
  });
});

describe("two processes racing for the same digest claim (SQLite file)", () => {
  it("lets exactly one process claim it", async () => {
    const path = tempDbPath();
    await openStore(path).close();
    const script = join(import.meta.dirname, "../support/claim-once.mjs");
    // Each process opens the file, then all claim at the same instant.
    const at = String(Date.now() + 1500);
    const run = (owner: string) =>
      new Promise<string>((resolve, reject) => {
        const child = fork(script, [path, owner, at], { stdio: "pipe" });
        let out = "";
        child.stdout?.on("data", (d) => (out += String(d)));
        child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`exit ${code}`))));
      });
    const results = await Promise.all(["p1", "p2", "p3", "p4"].map(run));
    expect(results.filter((r) => r === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r === "refused")).toHaveLength(3);
  });
});

describe("PostgreSQL connections", () => {
  it("names what failed at start-up, without the password", async () => {
    const wrong = server.url("postgres").replace(server.password, "not-the-password");
    await expect(openPostgresStore(wrong)).rejects.toThrow(/authentication failed/);
    await expect(openPostgresStore(wrong)).rejects.not.toThrow("not-the-password");
    await expect(openPostgresStore(server.url("no_such_db"))).rejects.toThrow(
      "the database no_such_db does not exist at postgres://postgres@127.0.0.1",
    );
    await expect(openPostgresStore("postgres://postgres:pw@127.0.0.1:1/plan")).rejects.toThrow(
      "cannot reach PostgreSQL at postgres://postgres@127.0.0.1:1/plan (ECONNREFUSED)",
    );
    await expect(openPostgresStore(server.url("postgres"))).resolves.toBeDefined();
  });

  it("carries on after the database restarts", async () => {
    const url = await server.freshDatabase();
    const s = await openPostgresStore(url);
    expect(await s.claimEvent("EvBefore", new Date(T0))).toBe(true);
    await server.restart();
    // The pool's connections died with the server; the next calls open new ones.
    let after: boolean | null = null;
    for (let attempt = 0; attempt < 5 && after === null; attempt++) {
      after = await s.claimEvent("EvAfter", new Date(T0)).catch((e: unknown) => {
        expect(e).toBeInstanceOf(StoreError);
        return null;
      });
    }
    expect(after).toBe(true);
    expect(await s.claimEvent("EvBefore", new Date(T0))).toBe(false);
    await s.close();
  });
});
