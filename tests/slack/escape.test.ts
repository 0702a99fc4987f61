import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, MAX_MESSAGE_UNITS, messageToQuestion } from "../../src/slack/escape.js";

describe("escaping", () => {
  it("escapes &, < and > for mrkdwn", () => {
    expect(escapeText("A&B <!here> x>y")).toBe("A&amp;B &lt;!here&gt; x&gt;y");
  });

  it("leaves no raw < or > in any escaped text", () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>]/.test(escapeText(s))));
  });

  it("turns Slack's message encoding back into what was typed, minus the bot's mention", () => {
    expect(messageToQuestion("<@UBOT> 人事課 &amp; <!channel>", "UBOT")).toBe("人事課 & @channel");
    expect(messageToQuestion("see <https://example.org|the site> &lt;b&gt;")).toBe("see the site <b>");
    expect(messageToQuestion("<#C123|general> の事業")).toBe("general の事業");
  });

  it("cuts a huge message before reading it: a megabyte of katakana leaves a bounded question", () => {
    const question = messageToQuestion(`<@UBOT> ${"ア".repeat(1_000_000)}`, "UBOT");
    expect(question.length).toBeLessThanOrEqual(MAX_MESSAGE_UNITS);
    expect(question.startsWith("アア")).toBe(true);
  });
});
