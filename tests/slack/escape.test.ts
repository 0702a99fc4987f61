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

  // Slack's message encoding (https://api.slack.com/reference/surfaces/formatting), one row per form.
  it.each([
    ["a mention of the bot is dropped", "<@UBOT> 人事課の事業", "人事課の事業"],
    ["a mention of the bot in the middle leaves a space", "人事課<@UBOT>の事業", "人事課 の事業"],
    ["another user with a label reads as the label", "<@U0123|tanaka> さんの担当", "tanaka さんの担当"],
    ["another user without a label reads as @ and the ID", "<@U0123ABC> さん", "@U0123ABC さん"],
    ["a channel without a label reads as @ and its ID", "<#C0456DEF> で聞いた", "@C0456DEF で聞いた"],
    ["@here with a label", "<!here|here> 確認です", "@here 確認です"],
    ["@channel without a label", "<!channel> 確認です", "@channel 確認です"],
    ["@everyone with a label of any length", "<!everyone|everyone> 全員", "@everyone 全員"],
    ["a user group reads as its label", "<!subteam^S0789|@jinji> へ", "@jinji へ"],
    [
      "a bare http link loses its scheme",
      "<http://www.city.ibaraki.osaka.jp> の件",
      "www.city.ibaraki.osaka.jp の件",
    ],
    ["a bare https link loses its scheme", "<https://example.org/a/b> の件", "example.org/a/b の件"],
    ["a bare mail link loses its scheme", "<mailto:kikaku@example.jp> 宛", "kikaku@example.jp 宛"],
    ["a labelled link reads as its label", "<https://example.org|市のサイト> の件", "市のサイト の件"],
    ["escaped characters come back, once", "A &amp;amp; B &lt;x&gt;", "A &amp; B <x>"],
  ])("reads Slack's encoding back: %s", (_, text, question) => {
    expect(messageToQuestion(text, "UBOT")).toBe(question);
  });

  it("cuts a message at exactly the bound, whatever its length", () => {
    expect(messageToQuestion("ア".repeat(MAX_MESSAGE_UNITS + 5))).toHaveLength(MAX_MESSAGE_UNITS);
    expect(messageToQuestion("ア".repeat(MAX_MESSAGE_UNITS))).toHaveLength(MAX_MESSAGE_UNITS);
  });

  it("cuts a huge message before reading it: a megabyte of katakana leaves a bounded question", () => {
    const question = messageToQuestion(`<@UBOT> ${"ア".repeat(1_000_000)}`, "UBOT");
    expect(question.length).toBeLessThanOrEqual(MAX_MESSAGE_UNITS);
    expect(question.startsWith("アア")).toBe(true);
  });
});
