import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeSlack } from "../../src/tools/fake-slack.js";
import { TEST_CACHE_DIR, tempDir } from "../helpers.js";
import { BOT_TOKEN, freePort, SIGNING_SECRET, sign, tempDbPath } from "../support/harness.js";

const MAIN = join(import.meta.dirname, "../../dist/main.js");
// A folder without .env, so the developer's own settings never leak into these runs.
const CWD = tempDir("run");
/** Every bot this file starts: a failing test must not leave one running for minutes. */
const children = new Set<ChildProcess>();
const BASE_ENV = {
  PATH: process.env.PATH ?? "",
  HOME: CWD,
  PLAN_DB_PATH: tempDbPath(),
  PLAN_CACHE_DIR: TEST_CACHE_DIR,
};

function start(env: Record<string, string>): { child: ChildProcess; out: () => string; err: () => string } {
  const child = spawn(process.execPath, [MAIN], {
    cwd: CWD,
    env: { ...BASE_ENV, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  return { child, out: () => out, err: () => err };
}

const exitOf = async (child: ChildProcess) => (child.exitCode ?? (await once(child, "exit"))[0]) as number;

let fake: FakeSlack;
beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await fake.stop();
});

describe("npm start without Slack credentials: the local console", () => {
  it("answers typed questions on stdout and exits at the end of input", async () => {
    const run = start({});
    run.child.stdin?.end("7-4-2\nマイナンバーカードの担当課は？\n今日の天気は？\nexit\n");
    expect(await exitOf(run.child)).toBe(0);
    const out = run.out();
    expect(out).toContain("plan-bot コンソール");
    expect(out).toContain("「7-4-2」の回答: 該当 4件");
    expect(out).toMatch(
      /「マイナンバーカードの担当課は？」の回答: 該当 1件(?:・関連する可能性 \d+件)?\n探した語: マイナンバーカード\n担当課: 市民課（マイナンバーカードの普及促進）\n\n■ マイナンバーカードの普及促進/,
    );
    expect(out).toContain("日付や時刻の予定はわかりません");
    expect(out).toContain("さようなら");
  });

  it("ends quietly with 0 when its reader stops early (npm start | head): no EPIPE, no stack trace", async () => {
    const run = start({});
    await once(run.child.stdout as NonNullable<ChildProcess["stdout"]>, "data");
    run.child.stdout?.destroy();
    run.child.stdin?.end(`${Array.from({ length: 50 }, () => "7-2").join("\n")}\nexit\n`);
    expect(await exitOf(run.child)).toBe(0);
    expect(run.err()).toBe("");
  });

  it("reads a question that goes on from the one before it after that one, as a Slack thread does", async () => {
    const run = start({});
    run.child.stdin?.end("マイナンバーカードの担当課は？\nそれっていつまで？\nその事業はR5もある？\nexit\n");
    expect(await exitOf(run.child)).toBe(0);
    const out = run.out();
    // The message as typed heads its answer; the note says what it was read after.
    expect(out).toMatch(/「それっていつまで？」の回答: 該当 1件/);
    // The sentences that answer are the answer's own lines, not remarks (※).
    expect(out).toContain(
      "\nいいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
    // A when answered plainly (…まで計画に載っています) is not carried on: the next reads after the question before it.
    expect(out).toContain("\nマイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。");
    expect(out.split("前の質問「マイナンバーカードの担当課は？」に続けて読みました。")).toHaveLength(3);
  });
});

describe("start-up errors", () => {
  it("names a missing variable in one line and exits non-zero", async () => {
    const run = start({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(await exitOf(run.child)).toBe(1);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(run.err()).toContain("SLACK_APP_TOKEN");
    expect(run.err()).not.toContain(BOT_TOKEN);
  });

  it("names a malformed variable without printing its value", async () => {
    const run = start({ SLACK_BOT_TOKEN: "secret-looking-value", SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(await exitOf(run.child)).toBe(1);
    expect(run.err()).toMatch(/^plan-bot: SLACK_BOT_TOKEN: must be a bot token/);
    expect(run.err()).not.toContain("secret-looking-value");
  });

  it("reports a token Slack rejects in one clear line, with no stack trace", async () => {
    fake.failNext("auth.test", "invalid_auth");
    const run = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(await freePort()),
    });
    expect(await exitOf(run.child)).toBe(1);
    expect(run.err()).toContain("SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)");
    expect(run.err()).not.toMatch(/\n\s+at /);
    expect(run.err()).not.toContain(BOT_TOKEN);
  });
});

describe("shutdown", () => {
  it("on SIGTERM stops taking requests, finishes the answer in flight, and exits 0", async () => {
    const port = await freePort();
    const run = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      LOG_LEVEL: "info",
    });
    await fake.waitFor(() => run.err().includes("plan-bot is running"), 20_000);
    let release: () => void = () => undefined;
    fake.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const body = JSON.stringify({
      type: "event_callback",
      team_id: "T1",
      api_app_id: "A1",
      event_id: "EvShutdown",
      event_time: 1,
      event: {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> 7-3",
        ts: "1700000200.000100",
        channel: "CSIG",
      },
    });
    const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...sign(body) },
    });
    expect(ack.status).toBe(200);
    await fake.waitFor(() => fake.held > 0);
    run.child.kill("SIGTERM");
    await fake.waitFor(() => run.err().includes("SIGTERM received"));
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    release();
    fake.hold = null;
    expect(await exitOf(run.child)).toBe(0);
    expect(fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "CSIG")).toHaveLength(1);
  });
});
