import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_TOKEN,
  BOT_TOKEN,
  blockText,
  buttons,
  type Harness,
  slashEnvelope,
  startHarness,
} from "../support/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: "socket" });
  await h.fake.waitFor(() => h.fake.socketCount > 0);
});
afterAll(async () => {
  await h.stop();
});

describe("Socket Mode", () => {
  it("opens the connection through apps.connections.open with the app token", () => {
    const open = h.fake.callsTo("apps.connections.open");
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.token === APP_TOKEN)).toBe(true);
    expect(h.fake.callsTo("auth.test").every((c) => c.token === BOT_TOKEN)).toBe(true);
  });

  it("acks an events_api envelope and answers the mention in its thread", async () => {
    h.fake.sendEnvelope({
      envelope_id: "env-event-1",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: {
        type: "event_callback",
        team_id: "T1",
        api_app_id: "A1",
        event_id: "EvSock1",
        event_time: 1,
        event: {
          type: "app_mention",
          user: "U1",
          text: "<@UBOT> 令和4年度に完了する情報システム課の事業",
          ts: "1700000100.000100",
          channel: "CS",
        },
      },
    });
    const post = await h.fake.waitFor(() =>
      h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === "CS"),
    );
    expect(h.fake.acks).toContain("env-event-1");
    expect(post.body.thread_ts).toBe("1700000100.000100");
    const text = blockText(post.body);
    expect(text).toContain("の回答: 該当 2件");
    expect(text).toContain("情報システムの全体最適化");
  });

  it("acks a slash_commands envelope and answers through response_url", async () => {
    h.fake.sendEnvelope(slashEnvelope("env-cmd-1", h.fake.responseUrl("sock-cmd"), "7-2 No.17"));
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.method === "sock-cmd"));
    expect(h.fake.acks).toContain("env-cmd-1");
    expect(blockText(reply.body)).toContain("マイナンバーカードの普及促進");
    expect(blockText(reply.body)).toContain("*目的*");
  });
});

describe("feedback and the Home tab over Socket Mode", () => {
  it("records votes from block_actions envelopes and publishes the Home tab on app_home_opened", async () => {
    h.fake.sendEnvelope(slashEnvelope("env-fb-cmd", h.fake.responseUrl("sock-fb"), "コーチング研修"));
    const answer = await h.fake.waitFor(() => h.fake.responses.find((r) => r.method === "sock-fb"));
    const down = buttons(answer.body).find((b) => b.action_id === "feedback_down");
    if (!down) throw new Error("no 違う button");
    for (const [envelope, user] of [
      ["env-fb-1", "U1"],
      ["env-fb-2", "U1"],
    ] as const) {
      h.fake.sendEnvelope({
        envelope_id: envelope,
        type: "interactive",
        accepts_response_payload: false,
        payload: {
          type: "block_actions",
          user: { id: user },
          team: { id: "T1" },
          api_app_id: "A1",
          container: { type: "message", is_ephemeral: true },
          channel: { id: "C1" },
          response_url: h.fake.responseUrl(`sock-thanks-${envelope}`),
          trigger_id: "1.3",
          actions: [
            { type: "button", action_id: "feedback_down", value: down.value, block_id: "b", action_ts: "1" },
          ],
        },
      });
      await h.fake.waitFor(() => h.fake.responses.find((r) => r.method === `sock-thanks-${envelope}`));
    }
    const recorded = (await h.store.questionsSince(0)).find((q) => q.question === "コーチング研修");
    expect(recorded).toMatchObject({ down: 1, up: 0 });

    h.fake.sendEnvelope({
      envelope_id: "env-home",
      type: "events_api",
      accepts_response_payload: false,
      payload: {
        type: "event_callback",
        team_id: "T1",
        api_app_id: "A1",
        event_id: "EvHome",
        event_time: 1,
        event: { type: "app_home_opened", user: "U1", channel: "D1", tab: "home", event_ts: "1.1" },
      },
    });
    const publish = await h.fake.waitFor(() => h.fake.callsTo("views.publish")[0]);
    expect(JSON.stringify(publish.body.view)).toContain("まちづくりを進めるための基盤");
  });
});
