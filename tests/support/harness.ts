// Runs the real plan-bot Slack app (real Bolt, real HTTP or WebSocket on loopback) against FakeSlack,
// and speaks to it as Slack does: signed slash-command forms, event JSON, interactivity payloads.
import { createHmac } from "node:crypto";
import { createServer } from "node:net";
import { join } from "node:path";
import { createEngine, type Engine } from "../../src/answer/engine.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { loadPlan } from "../../src/plan/load.js";
import { type RunningSlackApp, startSlackApp } from "../../src/slack/app.js";
import { connectStore } from "../../src/store/connect.js";
import type { Store } from "../../src/store/store.js";
import { type Call, FakeSlack } from "../../src/tools/fake-slack.js";
import { TEST_CACHE_DIR, tempDir } from "../helpers.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export const BOT_TOKEN = "xoxb-test-token-not-secret";
export const APP_TOKEN = "xapp-1-test-app-token";

let sharedEngine: Engine | null = null;
/** One engine per test file: the dictionary costs a second to load. */
export async function testEngine(): Promise<Engine> {
  if (!sharedEngine) {
    sharedEngine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR });
    await sharedEngine.warmUp();
  }
  return sharedEngine;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A database file in a fresh temp folder, removed after the test file. */
export function tempDbPath(): string {
  return join(tempDir("db"), "plan-bot.sqlite");
}

export function sign(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SIGNING_SECRET,
): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) };
}

function eventBody(event: Record<string, unknown>, eventId?: string): string {
  return JSON.stringify({
    token: "deprecated",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId ?? `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}

export interface Harness {
  fake: FakeSlack;
  store: Store;
  running: RunningSlackApp;
  logs: string[];
  url: string;
  post(body: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  command(
    text: string,
    options?: { user?: string; channel?: string; responseId?: string },
  ): Promise<Response>;
  event(event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number }): Promise<Response>;
  /** Clicks a button of an ephemeral message, as Slack's block_actions payload. */
  click(
    button: { action_id: string; value: string } | undefined,
    where: { user: string; channel: string; responseId: string },
  ): Promise<Response>;
  /** Sends `@plan-bot text` in `channel` as an app_mention event. */
  mention(
    text: string,
    channel: string,
    options?: { user?: string; ts?: string; eventId?: string },
  ): Promise<Response>;
  /** The first chat.postMessage into `channel`, once it arrives. */
  postIn(channel: string): Promise<Call>;
  /** Every chat.postMessage into `channel` so far. */
  postsIn(channel: string): Call[];
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    mode?: "http" | "socket";
    env?: Record<string, string>;
    clock?: () => Date;
    dbPath?: string;
    fake?: FakeSlack;
  } = {},
): Promise<Harness> {
  const fake = options.fake ?? (await new FakeSlack().start());
  const port = await freePort();
  // As main.ts does: PostgreSQL when DATABASE_URL is set, else the SQLite file.
  const store = await connectStore({
    DATABASE_URL: options.env?.DATABASE_URL,
    PLAN_DB_PATH: options.dbPath ?? tempDbPath(),
  });
  const logs: string[] = [];
  const modeEnv =
    options.mode === "socket"
      ? { SLACK_APP_TOKEN: APP_TOKEN }
      : { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port) };
  const config = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...modeEnv,
    ...options.env,
  });
  if (config.mode.kind === "console") throw new Error("harness needs Slack mode");
  const logger = createLogger({
    write: (line) => logs.push(line),
    secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET],
    level: (options.env?.LOG_LEVEL ?? "debug") as never,
  });
  let running: RunningSlackApp;
  try {
    running = await startSlackApp({
      config: { ...config, mode: config.mode },
      engine: await testEngine(),
      store,
      logger,
      ...(options.clock ? { clock: options.clock } : {}),
      announce: (line) => logs.push(line),
    });
  } catch (error) {
    // A start that fails leaves nothing behind: the store closed, the stand-in stopped.
    await store.close();
    if (!options.fake) await fake.stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/slack/events`;
  let responseCounter = 0;
  const post = (body: string, contentType: string, headers: Record<string, string> = sign(body)) =>
    fetch(url, { method: "POST", body, headers: { "content-type": contentType, ...headers } });
  return {
    fake,
    store,
    running,
    logs,
    url,
    post,
    command: (text, o = {}) => {
      const body = new URLSearchParams({
        token: "deprecated",
        team_id: "T1",
        channel_id: o.channel ?? "C1",
        channel_name: "general",
        user_id: o.user ?? "U1",
        user_name: "staff",
        command: "/plan",
        text,
        response_url: fake.responseUrl(o.responseId ?? `r${++responseCounter}`),
        trigger_id: "1.2.3",
        api_app_id: "A1",
      }).toString();
      return post(body, "application/x-www-form-urlencoded");
    },
    event: (event, o = {}) => {
      const body = eventBody(event, o.eventId);
      const retry = o.retryNum
        ? { "x-slack-retry-num": String(o.retryNum), "x-slack-retry-reason": "http_timeout" }
        : {};
      return post(body, "application/json", { ...sign(body), ...retry });
    },
    click: (button, where) => {
      if (!button) throw new Error("no such button");
      const payload = {
        type: "block_actions",
        user: { id: where.user },
        team: { id: "T1" },
        api_app_id: "A1",
        container: { type: "message", is_ephemeral: true },
        channel: { id: where.channel },
        response_url: fake.responseUrl(where.responseId),
        trigger_id: "1.2",
        actions: [
          { type: "button", action_id: button.action_id, value: button.value, block_id: "b", action_ts: "1" },
        ],
      };
      return post(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      );
    },
    mention: (text, channel, o = {}) => {
      const ts = o.ts ?? `${1_700_000_000 + ++responseCounter}.000100`;
      const event = {
        type: "app_mention",
        user: o.user ?? "U1",
        text: `<@UBOT> ${text}`,
        ts,
        channel,
        event_ts: ts,
      };
      return post(eventBody(event, o.eventId), "application/json");
    },
    postIn: (channel) =>
      fake.waitFor(() => fake.callsTo("chat.postMessage").find((c) => c.body.channel === channel)),
    postsIn: (channel) => fake.callsTo("chat.postMessage").filter((c) => c.body.channel === channel),
    stop: async () => {
      await running.stop();
      await store.close();
      if (!options.fake) await fake.stop();
    },
  };
}

/** The mrkdwn text of every block of a message, joined: what a person reads. */
/** A Socket Mode envelope carrying `/plan <text>`, answered through `responseUrl`. */
export const slashEnvelope = (id: string, responseUrl: string, text = "7-4-2") => ({
  envelope_id: id,
  type: "slash_commands",
  accepts_response_payload: true,
  payload: {
    team_id: "T1",
    channel_id: "C1",
    user_id: "U1",
    command: "/plan",
    text,
    response_url: responseUrl,
    trigger_id: "1.2",
    api_app_id: "A1",
  },
});

export function blockText(body: Record<string, unknown>): string {
  const raw = body.blocks;
  const blocks = (typeof raw === "string" ? JSON.parse(raw) : (raw ?? [])) as Record<string, unknown>[];
  return blocks
    .flatMap((b) => [
      (b.text as { text?: string } | undefined)?.text ?? "",
      ...((b.elements as { text?: string | { text: string } }[] | undefined) ?? []).map((e) =>
        typeof e.text === "string" ? e.text : (e.text?.text ?? ""),
      ),
    ])
    .join("\n");
}

export function buttons(body: Record<string, unknown>): { action_id: string; value: string; text: string }[] {
  const raw = body.blocks;
  const blocks = (typeof raw === "string" ? JSON.parse(raw) : (raw ?? [])) as Record<string, unknown>[];
  return blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements as { action_id: string; value: string; text: { text: string } }[])
    .map((e) => ({ action_id: e.action_id, value: e.value, text: e.text.text }));
}
