import { describe, expect, it } from "vitest";
import { withoutMarkup } from "../../src/answer/understand/markup.js";

// Slack's markup in a question, read as the words it marks (probe 226).
describe("withoutMarkup: Slack's markup taken off a question", () => {
  it.each([
    ["R3 に *新規* の事業を教えて :pray:", "R3 に 新規 の事業を教えて"],
    ["_臨時拡充_ が2年続いてる事業ある？", "臨時拡充 が2年続いてる事業ある？"],
    ["`7-2-5` の事業", "7-2-5 の事業"],
    ["*_新規_* の事業", "新規 の事業"],
    ["<@U01ABC> 人事課の事業", "人事課の事業"],
    ["@U01ABC 人事課の事業", "人事課の事業"],
    ["<!here> 人事課の事業", "人事課の事業"],
    ["@plan-bot 人事課の事業", "人事課の事業"],
    ["~人事課~ 市民課の事業", "市民課の事業"],
    ["R3 &amp; R4 で拡充の事業", "R3 & R4 で拡充の事業"],
    ["<https://www.city.ibaraki.osaka.jp/|市HP> のリニューアル", "市HP のリニューアル"],
    ["https://www.city.ibaraki.osaka.jp/ に載ってる事業", "に載ってる事業"],
    [
      "> 口座振替の申込みを簡単にしてほしい\nと要望がありました",
      "口座振替の申込みを簡単にしてほしい\nと要望がありました",
    ],
    ["人事課の事業 :white_check_mark: :+1:", "人事課の事業"],
    // (Marks within Japanese, as Slack's composer sends them: probe 491.)
    ["R4で*完了*する事業は？", "R4で完了する事業は？"],
    ["*コーチング研修*のほう、R7まで続く？", "コーチング研修のほう、R7まで続く？"],
    ["`SNS`で発信する事業", "SNSで発信する事業"],
  ])("reads %s as %s", (typed, read) => {
    expect(withoutMarkup(typed)).toBe(read);
  });

  it.each([
    ["R3~R5の事業"],
    ["10:30からの会議で"],
    ["7-2#17の担当課は？"],
    ["R5 > R4 の事業"],
    ["マイナンバーカードの担当課は？"],
    ["snake_case_word の事業"],
    ["2*3*4 の事業"],
  ])("leaves %s as it is", (typed) => {
    expect(withoutMarkup(typed)).toBe(typed);
  });
});
