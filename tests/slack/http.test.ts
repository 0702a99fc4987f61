import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockText, buttons, type Harness, sign, startHarness } from "../support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const responseTo = (id: string) => h.fake.waitFor(() => h.fake.responses.find((r) => r.method === id));

/** A DM conversation: each message sent in turn, and the text of its answer once it is posted. */
function conversationIn(channel: string, user: string): (text: string) => Promise<string> {
  return async (text) => {
    const before = h.postsIn(channel).length;
    await h.event({ type: "message", channel_type: "im", channel, user, ts: `${Date.now() / 1000}`, text });
    await h.fake.waitFor(() => h.postsIn(channel).length > before);
    return blockText(h.postsIn(channel)[before]?.body ?? {});
  };
}

describe("/plan over signed HTTP", () => {
  it("acknowledges at once and answers a code privately, restating the question", async () => {
    const res = await h.command("7-4-2", { responseId: "code" });
    expect(res.status).toBe(200);
    const reply = await responseTo("code");
    expect(reply.body.response_type).toBe("ephemeral");
    const text = blockText(reply.body);
    expect(text).toContain("*「7-4-2」* の回答: 該当 4件");
    expect(text).toContain("一人ひとりの人権を尊重するまちづくりの推進");
    expect(text).toContain("担当課: *人権・男女共生課*");
    expect(text).toContain("R3 臨時拡充 → R4 *完了* :checkered_flag:");
    expect(buttons(reply.body).map((b) => b.text)).toEqual(["チャンネルに共有", "役に立った", "違う"]);
  });

  it("answers a department, a fiscal year with a direction, and free text", async () => {
    await h.command("人事課", { responseId: "dept" });
    await h.command("令和5年度 完了", { responseId: "year" });
    await h.command("マイナンバーカードの担当課は？", { responseId: "free" });
    expect(blockText((await responseTo("dept")).body)).toContain("組織力強化に向けたコーチング研修の実施");
    const year = blockText((await responseTo("year")).body);
    expect(year).toContain("市民会館跡地エリア整備事業（ハード）");
    expect(year).toContain("市民会館跡地エリア周辺整備事業");
    expect(year).toContain("の回答: 該当 2件");
    expect(year).toContain("条件: 令和5年度（R5） / 完了・新規完了");
    const free = blockText((await responseTo("free")).body);
    expect(free.indexOf("マイナンバーカードの普及促進")).toBeGreaterThan(free.indexOf("の回答"));
    expect(free).toContain("担当課: *市民課*");
  });

  it("shows usage with real examples for an empty /plan and /plan help", async () => {
    await h.command("", { responseId: "empty" });
    await h.command("help", { responseId: "help" });
    for (const id of ["empty", "help"]) {
      const text = blockText((await responseTo(id)).body);
      expect(text).toContain("`/plan 7-4-2`");
      expect(text).toContain("`/plan マイナンバーカードの担当課は？`");
    }
  });

  it("escapes what the user typed, so <!channel> notifies no one", async () => {
    await h.command("<!channel> &lt;script&gt;", { responseId: "inject" });
    const reply = await responseTo("inject");
    // Button values are data, never rendered; everything a person reads must be escaped.
    const shown = `${String(reply.body.text)}\n${blockText(reply.body)}`;
    expect(shown).not.toContain("<!channel>");
    expect(shown).not.toContain("<script>");
    // (The mention is no word of the question — see markup.ts — and is not echoed; the rest is, escaped.)
    expect(blockText(reply.body)).toContain("*「&lt;script&gt;」*");
  });

  it("pages long lists with 次へ and keeps every message within Block Kit limits", async () => {
    await h.command("7-2", { responseId: "long" });
    const first = await responseTo("long");
    expect(blockText(first.body)).toContain("の回答: 該当 21件（1〜5件目・1/5ページ）");
    const next = buttons(first.body).find((b) => b.text === "次へ");
    expect(next).toBeDefined();
    await h.click(next, { user: "U1", channel: "C1", responseId: "long-p2" });
    const second = await responseTo("long-p2");
    expect(second.body.replace_original).toBe(true);
    expect(blockText(second.body)).toContain("（6〜10件目・2/5ページ）");
    expect(buttons(second.body).map((b) => b.text)).toEqual(["前へ", "次へ", "チャンネルに共有"]);
    expect(h.fake.rejected).toEqual([]);
  });

  it("shares an answer in the channel and removes the private copy", async () => {
    await h.command("7-5", { responseId: "share" });
    const share = buttons((await responseTo("share")).body).find((b) => b.text === "チャンネルに共有");
    await h.click(share, { user: "U7", channel: "C9", responseId: "share-done" });
    const posted = await h.postIn("C9");
    expect(blockText(posted.body)).toContain("<@U7> さんが共有しました");
    expect(buttons(posted.body)).toEqual([]);
    expect((await responseTo("share-done")).body.delete_original).toBe(true);
  });

  it("bounds a 10,000-character question, and the next user's /plan is still answered", async () => {
    const long = await h.command("あ".repeat(5_000) + "a".repeat(5_000), { responseId: "huge" });
    expect(long.status).toBe(200);
    const next = await h.command("7-3", { responseId: "after-huge", user: "U2" });
    expect(next.status).toBe(200);
    expect(blockText((await responseTo("after-huge")).body)).toContain("人事給与制度の見直し");
    expect(blockText((await responseTo("huge")).body)).toContain("問いかけの部分（200文字まで）");
  });
});

describe("request verification", () => {
  const body = new URLSearchParams({
    command: "/plan",
    text: "7-1",
    response_url: "http://127.0.0.1:9/x",
    user_id: "U1",
    channel_id: "C1",
    team_id: "T1",
  }).toString();

  it("rejects a forged signature with 401", async () => {
    const res = await h.post(
      body,
      "application/x-www-form-urlencoded",
      sign(body, undefined, "wrong-secret-000000"),
    );
    expect(res.status).toBe(401);
  });

  it("rejects a stale timestamp with 401", async () => {
    const res = await h.post(
      body,
      "application/x-www-form-urlencoded",
      sign(body, Math.floor(Date.now() / 1000) - 600),
    );
    expect(res.status).toBe(401);
  });

  it("answers Slack's url_verification challenge", async () => {
    const challenge = JSON.stringify({ type: "url_verification", challenge: "c-123", token: "t" });
    const res = await h.post(challenge, "application/json");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("c-123");
  });

  it("serves /healthz for a load balancer", async () => {
    const res = await fetch(h.url.replace("/slack/events", "/healthz"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, projects: 44 });
  });
});

describe("events", () => {
  it("answers a mention in that message's thread", async () => {
    await h.mention("7-6-2", "C2", { ts: "1700000000.000100" });
    const post = await h.postIn("C2");
    expect(post.body.thread_ts).toBe("1700000000.000100");
    expect(blockText(post.body)).toContain("新規・拡充事業等がありません");
  });

  it("answers a DM in the DM and ignores its own and other bots' messages", async () => {
    const dm = (extra: Record<string, unknown>) =>
      h.event({ type: "message", channel_type: "im", channel: "D1", ts: `${Date.now() / 1000}`, ...extra });
    await dm({ user: "U4", text: "コーチング" });
    await dm({ user: "UBOT", bot_id: "BBOT", text: "7-1" });
    await dm({ subtype: "bot_message", bot_id: "BOTHER", text: "7-2" });
    await dm({ user: "U4", text: "7-7" });
    await h.fake.waitFor(() => h.postsIn("D1").length >= 2);
    const replies = h.postsIn("D1");
    expect(replies.map((r) => blockText(r.body).split("\n")[0])).toEqual([
      "*「コーチング」* の回答: 該当 1件",
      "*「7-7」* の回答: 該当 4件",
    ]);
    expect(replies[0]?.body.thread_ts).toBeUndefined();
  });

  it("reads a mention that goes on from the question before it in the thread after that question, and no other", async () => {
    await h.mention("マイナンバーカードの担当課は？", "CFOLLOW", { ts: "1700002000.000100" });
    await h.postIn("CFOLLOW");
    const followUp = (thread: string, ts: string) =>
      h.event({
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> それっていつまで？",
        ts,
        thread_ts: thread,
        channel: "CFOLLOW",
        event_ts: ts,
      });
    await followUp("1700002000.000100", "1700002001.000100");
    await h.fake.waitFor(() => h.postsIn("CFOLLOW").length >= 2);
    const answer = blockText(h.postsIn("CFOLLOW")[1]?.body ?? {});
    expect(answer).toContain("マイナンバーカードの普及促進");
    expect(answer).toContain("前の質問「マイナンバーカードの担当課は？」に続けて読みました。");
    await followUp("1700002500.000100", "1700002501.000100");
    await h.fake.waitFor(() => h.postsIn("CFOLLOW").length >= 3);
    expect(blockText(h.postsIn("CFOLLOW")[2]?.body ?? {})).toContain("見つかりませんでした");
  });

  it("reads a DM that goes on from the DM before it after it", async () => {
    const dm = conversationIn("DFOLLOW", "U4");
    await dm("人事課の事業");
    const answer = await dm("そのうちR4に完了するのは？");
    expect(answer).toContain("条件: 令和4年度（R4） / 完了・新規完了 / 人事課");
    expect(answer).toContain("人事給与制度の見直し");
    // The next one goes on from both: the list as narrowed.
    const third = await dm("それぞれの担当課は？");
    expect(third).toContain("前の質問「人事課の事業 / そのうちR4に完了するのは？」に続けて読みました。");
    expect(third).toContain("該当 1件");
    // Another year asked alone is the question before of that year, and is what the next goes on from.
    await dm("令和4年度に完了する事業");
    expect(await dm("じゃあR5は？")).toContain("条件: 令和5年度（R5） / 完了・新規完了");
    expect(await dm("その担当課は？")).toContain("前の質問「R5に完了する事業」に続けて読みました。");
    // Recorded as read — asked of the list's projects, by name — for the report of what staff asked: 「その担当課は？」
    // alone would say nothing there.
    const recorded = (await h.store.questionsSince(0)).map((q) => q.question);
    expect(recorded).toContain(
      "市民会館跡地エリア整備事業（ハード）、市民会館跡地エリア周辺整備事業の担当課は？",
    );
  });

  it("goes on after a yes-or-no from the question before it, not from the year the yes-or-no asked", async () => {
    const dm = conversationIn("DVERDICT", "U7");
    await dm("マイナンバーカードの担当課は？");
    await dm("それってR5以降も載ってる？");
    const third = await dm("その担当課は？");
    expect(third).toContain("前の質問「マイナンバーカードの担当課は？」に続けて読みました。");
    expect(third).toContain("マイナンバーカードの普及促進");
  });

  it("answers a follow-up to a 10,000-character DM within Block Kit's limits, the follow-up read whole", async () => {
    const dm = conversationIn("DLONG", "U6");
    await dm(`${"あ".repeat(5_000)}${"a".repeat(4_980)}マイナンバーカードの担当課は？`);
    expect(await dm("それっていつまで？")).toContain("前の質問「");
    // The question kept is the question as read (its first 200 characters), so another year asked of it stays short.
    await dm(`令和5年度に完了する事業は？${"い".repeat(9_980)}`);
    const swapped = await dm("じゃあR4は？");
    expect(h.fake.rejected).toEqual([]);
    expect(swapped).toContain("条件: 令和4年度（R4） / 完了・新規完了");
  });

  it("answers a retried event only once", async () => {
    const event = {
      type: "app_mention",
      user: "U5",
      text: "<@UBOT> 7-5-2",
      ts: "1700000010.000100",
      channel: "C5",
    };
    await h.event(event, { eventId: "EvRETRY" });
    await h.event(event, { eventId: "EvRETRY", retryNum: 1 });
    await h.event(event, { eventId: "EvRETRY", retryNum: 2 });
    await h.mention("7-5-2", "C5b");
    await h.postIn("C5b");
    expect(h.postsIn("C5")).toHaveLength(1);
  });

  it("retries a rate-limited Web API call and posts once", async () => {
    h.fake.failNext("chat.postMessage", "ratelimited");
    await h.mention("7-1-1", "C6");
    expect(blockText((await h.postIn("C6")).body)).toContain("シテプロモーション基本方針策定事業");
    expect(h.fake.calls.filter((c) => c.method === "chat.postMessage!ratelimited")).toHaveLength(1);
    expect(h.postsIn("C6")).toHaveLength(1);
  });

  it("tells the user in Japanese when Slack keeps failing, without a stack trace", async () => {
    h.fake.failNext("chat.postMessage", "not_in_channel");
    await h.mention("7-4", "C8");
    const apology = await h.postIn("C8");
    expect(apology.body.text).toContain("申し訳ありません");
    expect(JSON.stringify(apology.body)).not.toMatch(/at .*\.js:\d+/);
    expect(h.logs.some((l) => l.includes("answering failed") && l.includes("C8"))).toBe(true);
  });

  it("never writes a token or the signing secret to the logs", () => {
    const all = h.logs.join("\n");
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain("xoxb-");
    expect(all).not.toContain("test-signing-secret");
  });
});
