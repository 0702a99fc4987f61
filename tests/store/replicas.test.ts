// Two instances of the app on "separate hosts": each its own PLAN_DB_PATH, one DATABASE_URL (a real
// PostgreSQL server), one Slack. What must hold across hosts holds: one digest a day, one answer an event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../src/tools/fake-slack.js";
import { type Harness, startHarness, tempDbPath } from "../support/harness.js";
import { startPostgres, type TestPostgres } from "../support/postgres.js";

let server: TestPostgres;
let fake: FakeSlack;
beforeAll(async () => {
  [server, fake] = await Promise.all([startPostgres(), new FakeSlack().start()]);
}, 120_000);
afterAll(async () => {
  await fake?.stop();
  await server?.stop();
});

const tokyo = (iso: string) => () => new Date(`${iso}+09:00`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 2500));

async function replicas(url: string, clock: () => Date): Promise<Harness[]> {
  // Every second, so that both instances try the digest several times while the test watches.
  const env = { DATABASE_URL: url, DIGEST_CRON: "* * * * * *", DIGEST_CHANNEL: "CHOSTS", LOG_LEVEL: "warn" };
  return Promise.all(
    [tempDbPath(), tempDbPath()].map((dbPath) => startHarness({ fake, env, clock, dbPath })),
  );
}
const stopAll = (hs: Harness[]) => Promise.all(hs.map((h) => h.stop()));
const digestPosts = () => fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CHOSTS");

describe("two instances on separate hosts sharing one PostgreSQL", () => {
  it("post one digest a day, none more after both restart that morning, and one the next morning", async () => {
    const url = await server.freshDatabase();
    let running = await replicas(url, tokyo("2023-06-14T09:00:00"));
    await settle();
    expect(digestPosts()).toHaveLength(1);

    await stopAll(running);
    running = await replicas(url, tokyo("2023-06-14T09:30:00"));
    await settle();
    expect(digestPosts()).toHaveLength(1);

    await stopAll(running);
    running = await replicas(url, tokyo("2023-06-15T09:00:00"));
    await settle();
    expect(digestPosts()).toHaveLength(2);
    await stopAll(running);
  });

  it("answer an event once when Slack's retry lands on the other replica", async () => {
    const url = await server.freshDatabase();
    const [a, b] = await replicas(url, tokyo("2026-11-28T12:00:00"));
    if (!a || !b) throw new Error("two replicas");
    const event = {
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> 7-4-2",
      ts: "1700000900.000100",
      channel: "CREPLICA",
    };
    await a.event(event, { eventId: "EvReplica" });
    await b.event(event, { eventId: "EvReplica", retryNum: 1 });
    await fake.waitFor(() => fake.callsTo("chat.postMessage").some((c) => c.body.channel === "CREPLICA"));
    await settle();
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CREPLICA")).toHaveLength(1);
    await stopAll([a, b]);
  });
});
