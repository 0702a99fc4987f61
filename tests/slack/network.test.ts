import { afterEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../src/tools/fake-slack.js";
import { blockText, freePort, type Harness, sign, slashEnvelope, startHarness } from "../support/harness.js";
import { startProxy, type TestProxy } from "../support/proxy.js";

let h: Harness | null = null;
let proxy: TestProxy | null = null;
afterEach(async () => {
  await h?.stop();
  await proxy?.stop();
  h = null;
  proxy = null;
});

describe("behind a forward proxy (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)", () => {
  it("sends the Web API, response_url and the Socket Mode WebSocket through the proxy", async () => {
    proxy = await startProxy();
    h = await startHarness({ mode: "socket", env: { HTTP_PROXY: proxy.url } });
    const fake = h.fake;
    await fake.waitFor(() => fake.socketCount > 0);
    fake.sendEnvelope(slashEnvelope("env-proxy", fake.responseUrl("via-proxy")));
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.method === "via-proxy"));
    expect(blockText(reply.body)).toContain("7-4-2");
    const through = proxy.seen.join("\n");
    expect(through).toContain("/api/auth.test");
    expect(through).toContain("/api/apps.connections.open");
    expect(through).toContain("/response/via-proxy");
    // The WebSocket: a tunnel (CONNECT) or a forwarded upgrade to the stand-in's /socket.
    expect(proxy.seen.some((s) => s.startsWith("CONNECT") || s.includes("/socket"))).toBe(true);
  });

  it("reads the proxy variables in lower case too", async () => {
    proxy = await startProxy();
    h = await startHarness({ env: { http_proxy: proxy.url } });
    expect(proxy.seen.join("\n")).toContain("/api/auth.test");
  });

  it("goes direct to hosts listed in NO_PROXY", async () => {
    proxy = await startProxy();
    h = await startHarness({ mode: "socket", env: { HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" } });
    const fake = h.fake;
    await fake.waitFor(() => fake.socketCount > 0);
    expect(proxy.seen).toEqual([]);
  });
});

describe("start-up: unreachable is not rejected", () => {
  it("names the URL and the cause when nothing answers there, without blaming the token", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/api/`;
    const start = startHarness({ env: { SLACK_API_URL: url } });
    await expect(start).rejects.toThrow(`cannot reach Slack at ${url}: ECONNREFUSED`);
    await expect(start).rejects.not.toThrow("SLACK_BOT_TOKEN");
  });

  it("names the proxy's absence as unreachable, not as a bad token", async () => {
    const port = await freePort();
    await expect(startHarness({ env: { HTTP_PROXY: `http://127.0.0.1:${port}` } })).rejects.toThrow(
      /cannot reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\/: ECONNREFUSED/,
    );
  });

  it("blames the token only when Slack says it is invalid", async () => {
    const fake = await new FakeSlack().start();
    fake.failNext("auth.test", "invalid_auth");
    try {
      await expect(startHarness({ fake })).rejects.toThrow(
        "SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)",
      );
    } finally {
      await fake.stop();
    }
  });

  it("prints one human line on success, with the next digest in Tokyo time", async () => {
    h = await startHarness({ mode: "socket" });
    expect(h.logs).toContainEqual(
      expect.stringMatching(
        /^plan-bot: Socket Mode で接続しました（次のダイジェスト \d{4}-\d\d-\d\d 09:00 JST）\n$/,
      ),
    );
  });
});

describe("HTTP requests Slack would never send are refused at once", () => {
  it.each([
    ["a signed payload=null", "payload=null", "application/x-www-form-urlencoded", 0, 400],
    ["a signed body that is not JSON", "{nope", "application/json", 0, 400],
    ["a timestamp an hour in the future", '{"type":"event_callback"}', "application/json", 3600, 401],
    ["a timestamp an hour old", '{"type":"event_callback"}', "application/json", -3600, 401],
  ])("answers %s with its status", async (_what, body, type, skew, status) => {
    h = await startHarness();
    const response = await h.post(body, type, sign(body, Math.floor(Date.now() / 1000) + skew));
    expect(response.status).toBe(status);
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });
});

describe("LOG_LEVEL", () => {
  it("holds after Bolt starts: warn prints no info lines", async () => {
    h = await startHarness({ mode: "socket", env: { LOG_LEVEL: "warn" } });
    const fake = h.fake;
    await fake.waitFor(() => fake.socketCount > 0);
    fake.sendEnvelope(slashEnvelope("env-quiet", fake.responseUrl("quiet")));
    await fake.waitFor(() => fake.responses.find((r) => r.method === "quiet"));
    const json = h.logs.filter((l) => l.startsWith("{"));
    expect(json.filter((l) => /"level":"(info|debug)"/.test(l))).toEqual([]);
  });
});

describe("shutdown", () => {
  it("drains for SHUTDOWN_DRAIN_SECONDS and logs every answer it drops, by channel, never by text", async () => {
    h = await startHarness({ env: { SHUTDOWN_DRAIN_SECONDS: "0.2", LOG_LEVEL: "info" } });
    const fake = h.fake;
    let release: () => void = () => undefined;
    fake.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    await h.mention("秘密の相談内容", "CDRAIN");
    await fake.waitFor(() => fake.held > 0);
    const running = h;
    h = null;
    await running.running.stop();
    const dropped = running.logs.filter((l) => l.includes("an answer was dropped at shutdown"));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toContain('"channel":"CDRAIN"');
    expect(running.logs.join("\n")).not.toContain("秘密の相談内容");
    release();
    fake.hold = null;
    await running.store.close();
    await fake.stop();
  });
});
