import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createDigestService } from "../../src/digest/service.js";
import { createLogger } from "../../src/logger.js";
import { loadPlan } from "../../src/plan/load.js";
import { DIGEST_QUESTION } from "../../src/slack/listeners/events.js";
import { BOT_TOKEN, blockText, type Harness, startHarness, tempDbPath } from "../support/harness.js";

const JUNE_2023 = () => new Date("2023-06-01T09:00:00+09:00");
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: JUNE_2023 });
});
afterAll(async () => {
  await h.stop();
});

/** A digest service over the harness's store, on 1 June 2023, posting through `post`. */
const digestService = (post: () => Promise<string>, channels?: () => string[]) =>
  createDigestService({
    catalog: buildCatalog(loadPlan()),
    store: h.store,
    clock: JUNE_2023,
    logger: createLogger({ write: () => undefined }),
    settings: { whenOutsidePlan: "post" },
    ...(channels ? { channels } : {}),
    post,
  });

const reply = (id: string) => h.fake.waitFor(() => h.fake.responses.find((r) => r.method === id));

describe("/plan digest", () => {
  it("subscribes a channel, shows the state with a preview, and unsubscribes it", async () => {
    await h.command("digest on", { channel: "CSUB", responseId: "on" });
    expect(blockText((await reply("on")).body)).toContain("営業日の朝、計画ダイジェストを投稿します");
    expect(await h.store.subscribedChannels()).toContain("CSUB");

    await h.command("digest", { channel: "CSUB", responseId: "state" });
    const state = blockText((await reply("state")).body);
    expect(state).toContain("*購読中*");
    expect(state).toContain("今日（2023-06-01）: 完了する事業の一覧");
    expect(state).toContain("令和5年度に完了する事業: 2件");
    expect(state).toContain("市民会館跡地エリア周辺整備事業");

    // Any instance's scheduled run now posts to the subscribed channel.
    const digest = digestService(async () => "1.1");
    expect(await digest.targets()).toEqual(["CSUB"]);

    await h.command("digest off", { channel: "CSUB", responseId: "off" });
    expect(blockText((await reply("off")).body)).toContain("停止しました");
    expect(await h.store.subscribedChannels()).toEqual([]);
    expect(await digest.targets()).toEqual([]);
  });
});

describe("a thread under a digest", () => {
  it("answers a reply in the digest's thread as a mention, and ignores other threads", async () => {
    const digest = digestService(
      async () => "1700000500.000100",
      () => ["CTHREAD"],
    );
    expect(await digest.runDue()).toEqual({ CTHREAD: "posted" });
    const message = (threadTs: string, text: string, eventId: string) =>
      h.event(
        {
          type: "message",
          channel_type: "channel",
          channel: "CTHREAD",
          user: "U1",
          text,
          ts: "1700000600.000100",
          thread_ts: threadTs,
        },
        { eventId },
      );
    await message("1700000400.000100", "7-4-2", "EvNotOurs");
    await message("1700000500.000100", "マイナンバーカードの担当課は？", "EvThread");
    const post = await h.postIn("CTHREAD");
    expect(post.body.thread_ts).toBe("1700000500.000100");
    expect(blockText(post.body)).toContain("マイナンバーカードの普及促進");
    expect(h.postsIn("CTHREAD")).toHaveLength(1);
  });

  it("reads a reply that goes on from the digest (その担当課は？) after the digest's question", async () => {
    const digest = digestService(
      async () => "1700000700.000100",
      () => ["CTHREAD2"],
    );
    expect(await digest.runDue()).toEqual({ CTHREAD2: "posted" });
    await h.event(
      {
        type: "message",
        channel_type: "channel",
        channel: "CTHREAD2",
        user: "U1",
        text: "その担当課は？",
        ts: "1700000800.000100",
        thread_ts: "1700000700.000100",
      },
      { eventId: "EvDigestFollow" },
    );
    const post = await h.postIn("CTHREAD2");
    expect(blockText(post.body)).toContain(`前の質問「${DIGEST_QUESTION}」に続けて読みました。`);
    // The next goes on from both.
    await h.event(
      {
        type: "app_mention",
        user: "U2",
        text: "<@UBOT> それぞれいつまで？",
        ts: "1700000900.000100",
        thread_ts: "1700000700.000100",
        channel: "CTHREAD2",
        event_ts: "1700000900.000100",
      },
      { eventId: "EvDigestMention" },
    );
    await h.fake.waitFor(() => h.postsIn("CTHREAD2").length >= 2);
    expect(blockText(h.postsIn("CTHREAD2")[1]?.body ?? {})).toContain(
      `前の質問「${DIGEST_QUESTION} / その担当課は？」に続けて読みました。`,
    );
  });

  it("reads a mention that goes on from a digest, the first in its thread, after the digest's question", async () => {
    const digest = digestService(
      async () => "1700001700.000100",
      () => ["CTHREAD3"],
    );
    expect(await digest.runDue()).toEqual({ CTHREAD3: "posted" });
    await h.event(
      {
        type: "app_mention",
        user: "U2",
        text: "<@UBOT> それぞれいつまで？",
        ts: "1700001900.000100",
        thread_ts: "1700001700.000100",
        channel: "CTHREAD3",
        event_ts: "1700001900.000100",
      },
      { eventId: "EvDigestMentionFirst" },
    );
    expect(blockText((await h.postIn("CTHREAD3")).body)).toContain(
      `前の質問「${DIGEST_QUESTION}」に続けて読みました。`,
    );
  });
});

describe("plan-bot digest --post", () => {
  it("posts a day's digest once through the Web API, and refuses a second post", async () => {
    const bin = join(import.meta.dirname, "../../bin/plan-bot.js");
    const env = {
      ...process.env,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: "unused-secret-123",
      SLACK_API_URL: h.fake.apiUrl,
      PLAN_DB_PATH: tempDbPath(),
    };
    // Asynchronous: the local Slack stand-in runs in this process and must keep serving.
    const run = () =>
      promisify(execFile)(process.execPath, [bin, "digest", "--date", "2023-03-30", "--post", "CCLI"], {
        encoding: "utf8",
        env,
      });
    const first = await run();
    expect(first.stderr).not.toContain('"level":"error"');
    expect(first.stdout).toContain("CCLI に 2023-03-30 のダイジェストを投稿しました。");
    const second = await run();
    expect(second.stdout).toContain("投稿済み");
    const posts = h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CCLI");
    expect(posts).toHaveLength(1);
    expect(String(posts[0]?.body.text)).toBe("令和4年度に完了する事業: 7件");
  });
});
