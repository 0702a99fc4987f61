import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_ADMINS_ONLY } from "../../src/slack/listeners/commands.js";
import { blockText, buttons, type Harness, sign, startHarness, tempDbPath } from "../support/harness.js";

let h: Harness;
let now = new Date("2023-06-14T10:00:00+09:00").getTime();
const dbPath = tempDbPath();
beforeAll(async () => {
  h = await startHarness({ dbPath, clock: () => new Date(now), env: { PLAN_ADMINS: "UADMIN" } });
});
afterAll(async () => {
  await h.stop();
});

const reply = (id: string) => h.fake.waitFor(() => h.fake.responses.find((r) => r.method === id));
const vote = (action: "feedback_up" | "feedback_down", value: string, user: string, responseId: string) => {
  const payload = {
    type: "block_actions",
    user: { id: user },
    team: { id: "T1" },
    api_app_id: "A1",
    container: { type: "message", is_ephemeral: true },
    channel: { id: "CFB" },
    response_url: h.fake.responseUrl(responseId),
    trigger_id: "1.2",
    actions: [{ type: "button", action_id: action, value, block_id: "b", action_ts: "1" }],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return h.post(body, "application/x-www-form-urlencoded", sign(body));
};

// The app's clock is in 2023 (inside the plan); the report command reads the real clock: look back far enough.
const report = async (since = "3650d") => {
  const bin = join(import.meta.dirname, "../../bin/plan-bot.js");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bin, "report", "--since", since, "--json"],
    {
      env: { ...process.env, PLAN_DB_PATH: dbPath },
    },
  );
  return JSON.parse(stdout);
};

describe("feedback on answers", () => {
  it("puts 役に立った and 違う on an answer with projects, and none on an empty one", async () => {
    await h.command("マイナンバーカードの担当課は？", { responseId: "fb-answer" });
    const ids = buttons((await reply("fb-answer")).body).map((b) => b.action_id);
    expect(ids).toContain("feedback_up");
    expect(ids).toContain("feedback_down");
    await h.command("ほげほげ", { responseId: "fb-empty" });
    expect(buttons((await reply("fb-empty")).body).map((b) => b.action_id)).not.toContain("feedback_up");
  });

  it("records a vote, thanks the voter privately, and replaces a second vote by the same person", async () => {
    await h.command("ホームページの改修", { responseId: "fb-q" });
    const up = buttons((await reply("fb-q")).body).find((b) => b.action_id === "feedback_up");
    if (!up) throw new Error("no feedback button");
    expect((await vote("feedback_up", up.value, "U1", "fb-v1")).status).toBe(200);
    expect(blockText((await reply("fb-v1")).body) || String((await reply("fb-v1")).body.text)).toContain(
      "フィードバックありがとうございました",
    );
    await vote("feedback_down", up.value, "U1", "fb-v2");
    await vote("feedback_down", up.value, "U2", "fb-v3");
    await reply("fb-v3");
    const r = await report();
    expect(r.disliked).toEqual([{ question: "ホームページの改修", count: 2, projects: expect.any(Array) }]);
  });

  it("reports questions, outcomes, unanswered ones most first, and the projects asked about", async () => {
    await h.command("ごみの収集日", { responseId: "fb-none1" });
    await h.command("ごみの収集日", { responseId: "fb-none2" });
    await reply("fb-none2");
    const r = await report();
    expect(r.questions).toBe(5);
    expect(r.outcomes).toMatchObject({ none: 3 });
    expect(r.unanswered[0]).toEqual({ question: "ごみの収集日", count: 2 });
    expect(r.projects).toContainEqual({
      policy: "7-2",
      no: 17,
      name: "マイナンバーカードの普及促進",
      count: 1,
    });
  });

  it("shows the report to administrators only", async () => {
    await h.command("report", { user: "U1", responseId: "fb-report-u1" });
    expect(blockText((await reply("fb-report-u1")).body)).toContain(REPORT_ADMINS_ONLY.slice(0, 20));
    await h.command("report", { user: "UADMIN", responseId: "fb-report-admin" });
    expect(blockText((await reply("fb-report-admin")).body)).toContain("見つからなかった質問");
  });

  it("deletes records older than the retention period, and purges all on request", async () => {
    expect((await report()).questions).toBeGreaterThan(0);
    now += 91 * 86_400_000;
    await h.store.deleteQuestionsBefore(now - 90 * 86_400_000);
    expect((await report()).questions).toBe(0);
    await h.command("7-4-2", { responseId: "fb-after" });
    await reply("fb-after");
    const bin = join(import.meta.dirname, "../../bin/plan-bot.js");
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "report", "--purge"], {
      env: { ...process.env, PLAN_DB_PATH: dbPath },
    });
    expect(stdout).toContain("記録した質問 1件と評価 0件を削除しました。");
  });
});

describe("the Home tab", () => {
  it("publishes the chapter, its policies with counts, the year, how to ask and the digest's channels", async () => {
    await h.event({ type: "app_home_opened", user: "U1", channel: "D1", tab: "home", event_ts: "1.1" });
    const publish = await h.fake.waitFor(() => h.fake.callsTo("views.publish")[0]);
    expect(publish.body.user_id).toBe("U1");
    const view = JSON.stringify(publish.body.view);
    expect(view).toContain("まちづくりを進めるための基盤");
    expect(view).toContain("7-2");
    expect(view).toContain("（21件）");
    expect(view).toContain("/plan");
    expect(view).toContain("ダイジェストの投稿先");
  });
});
