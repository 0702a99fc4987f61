import { describe, expect, it } from "vitest";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { withKanjiDates } from "../../src/answer/understand/years.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

// Years and chapters written in kanji numerals, as an older hand writes them (probe 181): read as their digits before
// anything else reads the message, so that every rule of years and codes reads them.
describe("years and chapters in kanji numerals, in digits", () => {
  it.each([
    // An era's year.
    ["令和四年度に完了する事業", "令和4年度に完了する事業"],
    ["では令和四年度は", "では令和4年度は"],
    ["平成三十年度に実施した調査", "平成30年度に実施した調査"],
    ["令和 七 年度まで", "令和7 年度まで"],
    // The Western year, each digit its own (〇 and ○ alike); 西暦 said before it is no word of the subject.
    ["西暦二〇二二年度に縮小となる事業", "2022年度に縮小となる事業"],
    ["二○二三年度の新規", "2023年度の新規"],
    ["西暦2024年度の事業", "2024年度の事業"],
    ["西暦２０２４年の事業", "２０２４年の事業"],
    // The era's year again, after another of it.
    ["令和三年度から五年度まで継続", "令和3年度から5年度まで継続"],
    ["令和三・四年度", "令和3・4年度"],
    ["令和3年度と四年度で", "令和3年度と4年度で"],
    // The plan's chapter and section.
    ["第七章第四節の事業", "第7章第4節の事業"],
    ["第七章四節", "第7章4節"],
    ["第七章の事業", "第7章の事業"],
  ])("reads %s as %s", (typed, read) => {
    expect(withKanjiDates(typed)).toBe(read);
  });

  it.each([
    ["一年度だけ拡充した事業"],
    ["三年度連続で継続"],
    ["第三者委員会"],
    ["十年後のまち"],
    ["西暦で言うと何年？"],
    ["七の四の二"],
  ])("leaves %s as it is: no year or chapter of the plan in kanji", (typed) => {
    expect(withKanjiDates(typed)).toBe(typed);
  });
});

describe("kanji years and chapters asked (real engine)", () => {
  const engine = createEngine(loadPlan(), {
    cacheDir: TEST_CACHE_DIR,
    clock: () => new Date("2026-11-25T09:00:00+09:00"),
  });
  const listed = async (q: string, previous?: string) => {
    const a = await engine.ask(q, { previous });
    return a.projects.slice(0, a.answered).map(projectKey).sort();
  };

  it("answers a section written 第七章第四節 with its projects, as 第7章4節", async () => {
    expect(await listed("第七章第四節の事業")).toEqual(await listed("第7章4節の事業"));
    expect(await listed("第七章第四節の事業")).toEqual(["7-4#1", "7-4#2", "7-4#3", "7-4#4"]);
  });

  it("reads a Western year in kanji digits after 西暦 as that fiscal year, not 西暦 as a word", async () => {
    expect(await listed("西暦二〇二二年度に縮小となる事業")).toEqual(await listed("令和4年度に縮小する事業"));
    expect(await listed("西暦二〇二二年度に縮小となる事業")).toHaveLength(1);
  });

  it("asks the question before of another year written in kanji (では令和四年度は)", async () => {
    const first = await engine.ask("令和５年度に完了する事業");
    expect(await listed("では令和四年度は", goesOnFrom(first))).toEqual(
      await listed("令和4年度に完了する事業"),
    );
  });
});
