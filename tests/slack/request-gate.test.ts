import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gateRequest, MAX_CLOCK_SKEW_SECONDS } from "../../src/slack/request-gate.js";

const SECRET = "gate-signing-secret-0123";
const NOW = 1_750_000_000_000;
const seconds = Math.floor(NOW / 1000);

function headers(body: string, options: { at?: number; type?: string; secret?: string } = {}) {
  const at = options.at ?? seconds;
  const signature = `v0=${createHmac("sha256", options.secret ?? SECRET)
    .update(`v0:${at}:${body}`)
    .digest("hex")}`;
  return {
    "content-type": options.type ?? "application/json",
    "x-slack-signature": signature,
    "x-slack-request-timestamp": String(at),
  };
}
const gate = (body: string, h: Record<string, string | string[] | undefined>) =>
  gateRequest(Buffer.from(body), h, SECRET, NOW);

const EVENT = JSON.stringify({ type: "event_callback", event: { type: "app_mention" } });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe("the request gate", () => {
  it("lets a signed, timely, routable request through", () => {
    expect(gate(EVENT, headers(EVENT))).toEqual({ ok: true });
    const command = form({ command: "/plan", text: "7-4-2" });
    expect(gate(command, headers(command, { type: "application/x-www-form-urlencoded" }))).toEqual({
      ok: true,
    });
    const action = form({ payload: JSON.stringify({ type: "block_actions" }) });
    expect(
      gate(action, headers(action, { type: "application/x-www-form-urlencoded; charset=utf-8" })),
    ).toEqual({ ok: true });
  });

  it.each([
    ["another secret's signature", headers(EVENT, { secret: "another-secret-0123456" })],
    ["a truncated signature", { ...headers(EVENT), "x-slack-signature": "v0=abc" }],
    ["no signature", { ...headers(EVENT), "x-slack-signature": undefined }],
    ["no timestamp", { ...headers(EVENT), "x-slack-request-timestamp": undefined }],
    ["a timestamp that is not a number", { ...headers(EVENT), "x-slack-request-timestamp": "soon" }],
    ["a signature header sent twice", { ...headers(EVENT), "x-slack-signature": ["v0=a", "v0=b"] }],
    [
      "a timestamp a second past five minutes ahead",
      headers(EVENT, { at: seconds + MAX_CLOCK_SKEW_SECONDS + 1 }),
    ],
    [
      "a timestamp a second past five minutes old",
      headers(EVENT, { at: seconds - MAX_CLOCK_SKEW_SECONDS - 1 }),
    ],
  ])("refuses %s with 401", (_what, h) => {
    expect(gate(EVENT, h)).toMatchObject({ ok: false, status: 401 });
  });

  it("accepts a timestamp exactly five minutes away, either way", () => {
    expect(gate(EVENT, headers(EVENT, { at: seconds + MAX_CLOCK_SKEW_SECONDS }))).toEqual({ ok: true });
    expect(gate(EVENT, headers(EVENT, { at: seconds - MAX_CLOCK_SKEW_SECONDS }))).toEqual({ ok: true });
  });

  it.each([
    ["JSON null", "null", "application/json"],
    ["a JSON array", "[]", "application/json"],
    ["a JSON object without a type", '{"event":{}}', "application/json"],
    ["a JSON object with a numeric type", '{"type":1}', "application/json"],
    ["broken JSON", "{", "application/json"],
    ["payload=null", "payload=null", "application/x-www-form-urlencoded"],
    ["a payload array", form({ payload: "[]" }), "application/x-www-form-urlencoded"],
    ["a payload without a type", form({ payload: "{}" }), "application/x-www-form-urlencoded"],
    ["two payloads", "payload=%7B%7D&payload=%7B%7D", "application/x-www-form-urlencoded"],
    ["a form with neither command nor payload", form({ text: "hi" }), "application/x-www-form-urlencoded"],
  ])("refuses a signed body of %s with 400", (_what, body, type) => {
    expect(gate(body, headers(body, { type }))).toMatchObject({ ok: false, status: 400 });
  });

  it("lets Slack's unsigned SSL check through, and only in a form", () => {
    expect(gate("ssl_check=1&token=x", { "content-type": "application/x-www-form-urlencoded" })).toEqual({
      ok: true,
    });
    expect(gate("ssl_check=1", { "content-type": "application/json" })).toMatchObject({ status: 401 });
  });

  it("says why it refused", () => {
    expect(gate(EVENT, headers(EVENT, { at: seconds + 3600 }))).toEqual({
      ok: false,
      status: 401,
      reason: "timestamp more than 5 minutes from now",
    });
    expect(gate("null", headers("null"))).toEqual({
      ok: false,
      status: 400,
      reason: "body is not a typed object",
    });
  });
});
