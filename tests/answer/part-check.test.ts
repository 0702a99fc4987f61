import { describe, expect, it } from "vitest";
import { thingOfItAsked } from "../../src/answer/part-check.js";

describe("thingOfItAsked: a thing asked to be part of what is in view", () => {
  it.each([
    ["それって住民票も入ってる？", "住民票"],
    ["Wi-Fiも同じ事業？", "Wi-Fi"],
    ["職員のデジタル人材育成も同じ事業？", "職員のデジタル人材育成"],
    ["スマートロックもやってる？", "スマートロック"],
    ["その事業でオンライン相談もやる？", "オンライン相談"],
    ["ハラスメントのこともその事業に入ってますか", "ハラスメント"],
  ])("reads %s as asking of %s", (q, thing) => {
    expect(thingOfItAsked(q)).toBe(thing);
  });

  it.each([
    ["Wi-Fiの事業は？"],
    ["住民票も"],
    ["それっていつまで？"],
    ["同じ課のほかの事業は？"],
    ["スマートロックって他にもある？"],
    ["それって今もやってるの？"],
    ["同じ課の他の事業もありますか"],
    ["スマートロックってほかでもやってる？"],
  ])("reads %s as no such question", (q) => {
    expect(thingOfItAsked(q)).toBeNull();
  });
});
