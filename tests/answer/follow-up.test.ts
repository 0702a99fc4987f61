import { describe, expect, it } from "vitest";
import { goesOn, readAfter } from "../../src/answer/follow-up.js";

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
