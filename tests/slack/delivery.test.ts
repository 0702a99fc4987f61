import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createDigestService } from "../../src/digest/service.js";
import { DeliveryUncertainError, SlackApiError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { loadPlan } from "../../src/plan/load.js";
import {
  DeliveryRefusedError,
  deliver,
  judgeFailure,
  networkCode,
  retryAfterMs,
} from "../../src/slack/delivery.js";
import { createSender } from "../../src/slack/send.js";
import { openStore } from "../../src/store/store.js";
import { FakeSlack } from "../../src/tools/fake-slack.js";
import { type Harness, startHarness, tempDbPath } from "../support/harness.js";

const quiet = createLogger({ write: () => undefined });
const withCode = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: { code } });
const slackError = (code: string, extra: Record<string, unknown>) =>
  Object.assign(new Error(code), { code, ...extra });

describe("judgeFailure: Slack certainly did not store it, or may have", () => {
  it.each([
    ["a connection refused before sending", withCode("ECONNREFUSED"), false, true],
    ["a host name that does not resolve", withCode("ENOTFOUND"), false, true],
    [
      "a Web API request error wrapping a refusal",
      slackError("slack_webapi_request_error", { original: withCode("ECONNREFUSED") }),
      false,
      true,
    ],
    ["a 429 from the Web API", slackError("slack_webapi_rate_limited_error", { retryAfter: 3 }), false, true],
    [
      "an error Slack answered (ok: false)",
      slackError("slack_webapi_platform_error", { data: { error: "not_in_channel" } }),
      false,
      false,
    ],
    ["a 400 over HTTP", slackError("slack_webapi_http_error", { statusCode: 400 }), false, false],
    ["a 500 over HTTP", slackError("slack_webapi_http_error", { statusCode: 500 }), "unknown", false],
    ["a socket closed after sending", withCode("UND_ERR_SOCKET"), "unknown", false],
    ["a reset", withCode("ECONNRESET"), "unknown", false],
    ["an error nobody can read", new Error("something"), "unknown", false],
  ])("reads %s", (_what, error, stored, retry) => {
    const verdict = judgeFailure(error);
    expect(verdict.stored).toBe(stored);
    if (verdict.stored === false) expect(verdict.retry).toBe(retry);
  });

  it("takes Slack's Retry-After as the wait, in seconds or as a date", () => {
    expect(judgeFailure(slackError("slack_webapi_rate_limited_error", { retryAfter: 3 }))).toMatchObject({
      afterMs: 3000,
    });
    expect(retryAfterMs("7")).toBe(7000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeNull();
  });
});

describe("judgeFailure: the reasons it gives and the edge cases", () => {
  it("reads Slack's own error as the reason, and a ratelimited error as retryable", () => {
    expect(
      judgeFailure(slackError("slack_webapi_platform_error", { data: { error: "not_in_channel" } })),
    ).toEqual({
      stored: false,
      retry: false,
      afterMs: null,
      reason: "not_in_channel",
    });
    expect(judgeFailure(slackError("slack_webapi_platform_error", {}))).toMatchObject({ reason: "error" });
    expect(
      judgeFailure(slackError("slack_webapi_platform_error", { data: { error: "ratelimited" } })),
    ).toEqual({
      stored: false,
      retry: true,
      afterMs: null,
      reason: "ratelimited",
    });
    expect(judgeFailure(slackError("slack_webapi_rate_limited_error", {}))).toEqual({
      stored: false,
      retry: true,
      afterMs: null,
      reason: "rate limited (429)",
    });
  });

  it("reads HTTP statuses: 408 and 5xx uncertain, other 4xx refused", () => {
    expect(judgeFailure(slackError("slack_webapi_http_error", { statusCode: 408 }))).toEqual({
      stored: "unknown",
      reason: "HTTP 408",
    });
    expect(judgeFailure(slackError("slack_webapi_http_error", { statusCode: 404 }))).toEqual({
      stored: false,
      retry: false,
      afterMs: null,
      reason: "HTTP 404",
    });
    expect(judgeFailure(new DeliveryRefusedError(429, 5000))).toEqual({
      stored: false,
      retry: true,
      afterMs: 5000,
      reason: "rate limited (429)",
    });
    expect(judgeFailure(new DeliveryRefusedError(503, null))).toEqual({
      stored: "unknown",
      reason: "HTTP 503",
    });
    expect(judgeFailure(new DeliveryRefusedError(404, null))).toMatchObject({ stored: false, retry: false });
  });

  it("finds the network code down the cause chain, in the first of several addresses, not too deep", () => {
    const refusedEverywhere = Object.assign(new Error("fetch failed"), {
      cause: { errors: [{ code: "ECONNREFUSED" }, { code: "EHOSTUNREACH" }] },
    });
    expect(networkCode(refusedEverywhere)).toBe("ECONNREFUSED");
    expect(judgeFailure(refusedEverywhere)).toEqual({
      stored: false,
      retry: true,
      afterMs: null,
      reason: "not sent (ECONNREFUSED)",
    });
    let deep: Record<string, unknown> = { code: "ECONNREFUSED" };
    for (let i = 0; i < 8; i++) deep = { cause: deep };
    expect(networkCode(deep)).toBeNull();
    expect(networkCode({ code: "slack_webapi_request_error", original: { code: "ENOTFOUND" } })).toBe(
      "ENOTFOUND",
    );
    expect(judgeFailure(withCode("UND_ERR_SOCKET"))).toEqual({
      stored: "unknown",
      reason: "UND_ERR_SOCKET: fetch failed",
    });
  });

  it("reads Retry-After as seconds or a date, and nothing else", () => {
    expect(retryAfterMs("0")).toBe(0);
    expect(retryAfterMs("-1")).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
    expect(retryAfterMs("  ")).toBeNull();
    expect(retryAfterMs(new Date(1000).toUTCString(), 5000)).toBe(0);
  });
});

describe("deliver: retries only what was certainly not stored", () => {
  it("tries four times by default and waits as long as Slack asks, up to a minute", async () => {
    let calls = 0;
    const waits: number[] = [];
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    const refuse = async () => {
      calls += 1;
      throw slackError("slack_webapi_rate_limited_error", { retryAfter: 60 });
    };
    await expect(
      deliver(refuse, { what: "t", log, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toBeInstanceOf(SlackApiError);
    expect(calls).toBe(4);
    expect(waits).toEqual([60_000, 60_000, 60_000]);
    expect(lines[0]).toContain("t: not delivered (rate limited (429)); retrying in 60000 ms");
    const tooLong = async () => {
      throw slackError("slack_webapi_rate_limited_error", { retryAfter: 61 });
    };
    await expect(deliver(tooLong, { what: "t", log, sleep: async () => undefined })).rejects.toThrow(
      "Slack API t failed: rate limited (429)",
    );
  });

  it("says in the log that an outcome is uncertain and not repeated", async () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    const lost = async () => {
      throw withCode("UND_ERR_SOCKET");
    };
    await expect(deliver(lost, { what: "chat.postMessage", log })).rejects.toThrow(
      "chat.postMessage: outcome uncertain (UND_ERR_SOCKET: fetch failed)",
    );
    expect(lines.join("")).toContain(
      "chat.postMessage: outcome uncertain (UND_ERR_SOCKET: fetch failed); not repeated",
    );
  });

  it("retries a refusal before sending with growing waits, up to the attempts allowed", async () => {
    const waits: number[] = [];
    let calls = 0;
    const sending = deliver(
      async () => {
        calls += 1;
        throw withCode("ECONNREFUSED");
      },
      { what: "test", log: quiet, attempts: 4, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(sending).rejects.toBeInstanceOf(SlackApiError);
    expect(calls).toBe(4);
    expect(waits).toEqual([250, 500, 1000]);
  });

  it("never repeats a call whose outcome is uncertain", async () => {
    let calls = 0;
    const sending = deliver(
      async () => {
        calls += 1;
        throw withCode("UND_ERR_SOCKET");
      },
      { what: "test", log: quiet, sleep: async () => undefined },
    );
    await expect(sending).rejects.toBeInstanceOf(DeliveryUncertainError);
    expect(calls).toBe(1);
  });

  it("asks again after an uncertain outcome only for a call that stores nothing (auth.test), up to the attempts allowed", async () => {
    let calls = 0;
    const reset = async () => {
      calls += 1;
      if (calls < 3) throw withCode("ECONNRESET");
      return "ok";
    };
    await expect(
      deliver(reset, {
        what: "auth.test",
        log: quiet,
        attempts: 3,
        readOnly: true,
        sleep: async () => undefined,
      }),
    ).resolves.toBe("ok");
    expect(calls).toBe(3);
    calls = 0;
    const always = async () => {
      calls += 1;
      throw withCode("ECONNRESET");
    };
    await expect(
      deliver(always, {
        what: "auth.test",
        log: quiet,
        attempts: 3,
        readOnly: true,
        sleep: async () => undefined,
      }),
    ).rejects.toBeInstanceOf(DeliveryUncertainError);
    expect(calls).toBe(3);
  });

  it("gives up at once on an error Slack answered, and when told to wait longer than it may", async () => {
    let calls = 0;
    const refuse = async () => {
      calls += 1;
      throw slackError("slack_webapi_platform_error", { data: { error: "channel_not_found" } });
    };
    await expect(deliver(refuse, { what: "t", log: quiet, sleep: async () => undefined })).rejects.toThrow(
      "channel_not_found",
    );
    expect(calls).toBe(1);
    const tooLong = async () => {
      throw slackError("slack_webapi_rate_limited_error", { retryAfter: 3600 });
    };
    await expect(
      deliver(tooLong, { what: "t", log: quiet, maxWaitMs: 60_000, sleep: async () => undefined }),
    ).rejects.toBeInstanceOf(SlackApiError);
  });
});

describe("response_url posts over real HTTP", () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it("waits as Slack's Retry-After says on a 429, then delivers once", async () => {
    const waits: number[] = [];
    const sender = createSender(globalThis.fetch, { sleep: async (ms) => void waits.push(ms) });
    fake.retryAfterSeconds = 7;
    fake.failNextResponse("ratelimited");
    await sender.respond(fake.responseUrl("rl"), { text: "こんにちは" }, quiet);
    expect(waits).toEqual([7000]);
    expect(fake.responses.filter((r) => r.method === "rl")).toHaveLength(1);
  });

  it("does not repeat a response whose reply was lost", async () => {
    const sender = createSender(globalThis.fetch, { sleep: async () => undefined });
    fake.failNextResponse("lost");
    await expect(sender.respond(fake.responseUrl("lost"), { text: "x" }, quiet)).rejects.toBeInstanceOf(
      DeliveryUncertainError,
    );
    expect(fake.responses.filter((r) => r.method === "lost")).toHaveLength(1);
  });
});

describe("posting through the running app, with Slack's reply lost", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ clock: () => new Date("2023-06-01T09:00:00+09:00") });
  });
  afterAll(async () => {
    await h.stop();
  });
  afterEach(() => {
    h.logs.length = 0;
  });

  it("answers a mention once when Slack stored the answer but the reply was lost", async () => {
    h.fake.failNext("chat.postMessage", "lost");
    await h.mention("マイナンバーカードの担当課は？", "CLOST");
    await h.fake.waitFor(() => h.logs.some((l) => l.includes("outcome uncertain")));
    // Give a repeat every chance to arrive: the next answer in the same channel is posted after it.
    await h.mention("7-4-2", "CLOST");
    await h.fake.waitFor(() => h.postsIn("CLOST").length >= 2);
    const posts = h.postsIn("CLOST").map((c) => String(c.body.text));
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain("マイナンバーカード");
    expect(posts.some((t) => t.includes("問題が発生しました"))).toBe(false);
  });

  it("retries a mention's answer refused before it was stored (a 429), and posts it once", async () => {
    h.fake.retryAfterSeconds = 0;
    h.fake.failNext("chat.postMessage", "ratelimited");
    await h.mention("7-4-2", "CRATE");
    await h.fake.waitFor(() => h.postsIn("CRATE").length === 1);
    expect(h.fake.callsTo("chat.postMessage!ratelimited").length).toBeGreaterThan(0);
    expect(h.postsIn("CRATE")).toHaveLength(1);
  });
});

describe("the digest with Slack's reply lost", () => {
  it("posts once, records the outcome as uncertain, and does not post again that day", async () => {
    const fake = await new FakeSlack().start();
    const store = openStore(tempDbPath());
    const logs: string[] = [];
    const { WebClient } = (await import("@slack/bolt")).webApi;
    const log = createLogger({ write: (l) => logs.push(l) });
    const client = new WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      logger: log,
    });
    const sender = createSender(globalThis.fetch, { sleep: async () => undefined });
    const digest = createDigestService({
      catalog: buildCatalog(loadPlan()),
      store,
      clock: () => new Date("2023-06-01T09:00:00+09:00"),
      logger: log,
      settings: { channel: "CDIGEST", whenOutsidePlan: "post" },
      post: (channel, message) => sender.post(client, { channel, ...message }, log),
    });
    try {
      fake.failNext("chat.postMessage", "lost");
      expect(await digest.runDue()).toEqual({ CDIGEST: "uncertain" });
      expect(await digest.runDue()).toEqual({ CDIGEST: "already" });
      expect(await digest.nextRetryAt()).toBeNull();
      expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
      expect((await store.digestRecord("CDIGEST", "2023-06-01"))?.status).toBe("uncertain");
      expect(logs.some((l) => l.includes("digest outcome uncertain"))).toBe(true);
    } finally {
      await store.close();
      await fake.stop();
    }
  });
});
