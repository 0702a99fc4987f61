import { describe, expect, it } from "vitest";
import { goesOn, readAfter, withYearSwapped } from "../../src/answer/follow-up.js";

describe("a message that goes on from the question before it", () => {
  it.each([
    ["それっていつまで？"],
    ["その事業の担当課は？"],
    ["そのうちR4に完了するのは？"],
    ["この中で完了するのは？"],
    ["それぞれの担当課は？"],
    ["あの事業ってR6もある？"],
    ["お疲れ様です。それはR5も載っていますか"],
    ["そこって何課？"],
  ])("goes on: %s", (q) => {
    expect(goesOn(q)).toBe(true);
  });

  it.each([
    ["マイナンバーカードの担当課は？", "names its own subject"],
    ["Wi-Fiの事業ですが、その担当課は？", "says what it is about before it asks"],
    ["この計画で令和5年度に完了する事業は？", "この計画 is the plan"],
    ["それから、令和5年度の事業も", "それから is a connective"],
    ["7-4-2", "a code"],
    ["", "nothing"],
  ])("reads alone: %s (%s)", (q) => {
    expect(goesOn(q)).toBe(false);
  });

  it("is read after the question before it, on a line of its own, only when it goes on from it", () => {
    expect(readAfter("それっていつまで？", "マイナンバーカードの担当課は？")).toBe(
      "マイナンバーカードの担当課は？\nそれっていつまで？",
    );
    expect(readAfter("それっていつまで？", undefined)).toBe("それっていつまで？");
    expect(readAfter("それっていつまで？", "  ")).toBe("それっていつまで？");
    expect(readAfter("ふるさと納税の担当課は？", "マイナンバーカードの担当課は？")).toBe(
      "ふるさと納税の担当課は？",
    );
  });
});

describe("a message that asks the question before of another year (じゃあR6は？)", () => {
  it.each([
    ["じゃあR6は？", "令和5年度に完了する事業は？", "R6に完了する事業は?"],
    ["R5だと？", "人事課の事業でR4に完了するもの", "人事課の事業でR5に完了するもの"],
    ["2022年度の場合は？", "R5に拡充する事業", "2022年度に拡充する事業"],
    ["では令和6年度はどうですか？", "ｒ５に完了", "令和6年度に完了"],
    ["じゃあR4は？", "マイナンバーカードの担当課は？", "R4のマイナンバーカードの担当課は?"],
  ])("reads %s after 「%s」 as 「%s」", (q, previous, read) => {
    expect(withYearSwapped(q, previous)?.text).toBe(read);
  });

  it.each([
    ["R6に拡充するのは？", "令和5年度に完了する事業は？", "a year with words of its own"],
    ["R5は？", "令和4年度から令和6年度まで継続", "two years before: which one is meant is unclear"],
    ["じゃあR6は？", undefined, "nothing before"],
  ])("leaves %s after 「%s」 alone (%s)", (q, previous, _why) => {
    expect(withYearSwapped(q, previous)).toBeNull();
  });
});
