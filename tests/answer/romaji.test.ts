import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/answer/engine.js";
import { romajiAsKana } from "../../src/answer/understand/romaji.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const answered = (a: Answer) => a.projects.slice(0, a.answered).map(projectKey);

// Words typed in romaji with the IME left off (probe 473: kanryou, tantou, jigyou had been searched, 0件).
describe("a word typed in romaji", () => {
  it.each([
    ["R4 kanryou 情シス課 分", "R4 かんりょう 情シス課 分"],
    ["R5 kanryou jigyou", "R5 かんりょう じぎょう"],
    ["Kanryou nendo", "かんりょう ねんど"],
    ["ibarakiの事業", "いばらきの事業"],
    ["shukushouの事業", "しゅくしょうの事業"],
  ])("reads %s as the hiragana it spells", (typed, read) => {
    expect(romajiAsKana(typed)).toBe(read);
  });

  it.each([
    ["wifiの事業", "not Hepburn (wi)"],
    ["youtubeの事業", "not Hepburn (tu)"],
    ["LINEの事業", "an acronym in capitals"],
    ["onlineで申請", "one of the office's loanwords"],
    ["madeの事業", "shorter than three kana"],
    ["Wi-Fiの事業", "part of a word with a hyphen"],
  ])("leaves %s as typed: %s", (typed) => {
    expect(romajiAsKana(typed)).toBe(typed);
  });

  it.each([
    ["R4 kanryou 情ｼｽ課 分", "R4に完了する情報システム課の事業"],
    ["R5 kanryou jigyou", "R5に完了する事業"],
  ])("answers %s as %s", async (typed, plain) => {
    const [a, b] = await Promise.all([engine.ask(typed), engine.ask(plain)]);
    expect(b.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });
});

describe("a long run of Latin letters", () => {
  it("is left as typed, not converted (no word is so long)", () => {
    const run = "a".repeat(10_000);
    expect(romajiAsKana(`${run}の事業`)).toBe(`${run}の事業`);
    expect(romajiAsKana("kanryoukanryoukanryou")).toBe("kanryoukanryoukanryou");
  });
});
