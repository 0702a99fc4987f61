import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { yearMeaning } from "../../src/answer/understand/year-meaning.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});

// What a year's name means, asked by a new member of staff (probe 230): said both ways, not that year's list.
describe("a year's name explained", () => {
  it.each([
    ["R3って何年のことですか？", "令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。"],
    ["R3って西暦だと何年？", "令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。"],
    ["令和5年度は西暦で何年度？", "令和5年度（R5）は2023年度（2023年4月〜2024年3月）です。"],
    ["2023年度って令和何年度？", "令和5年度（R5）は2023年度（2023年4月〜2024年3月）です。"],
    ["R4っていうのは2022年度のことですか？", "はい。令和4年度（R4）は2022年度（2022年4月〜2023年3月）です。"],
    ["R5は2022年度ですか", "いいえ。令和5年度（R5）は2023年度（2023年4月〜2024年3月）です。"],
    // Several years, or where the plan shows them (probe 255: both years' projects had been listed).
    [
      "R3とかR4って何年のことですか？",
      "令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。令和4年度（R4）は2022年度（2022年4月〜2023年3月）です。",
    ],
    [
      "方向性のところのR3とかR4って、何年のことなんでしょうか？",
      "令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。令和4年度（R4）は2022年度（2022年4月〜2023年3月）です。",
    ],
    ["方向性のところのR3って何年のことですか？", "令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。"],
    // Said to be checked (probe 247: each had listed the year's projects).
    ["令和5年度って2023年度で合ってる？", "はい。令和5年度（R5）は2023年度（2023年4月〜2024年3月）です。"],
    ["R3って2022年度で間違いない？", "いいえ。令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。"],
    [
      "R8って何年？",
      "令和8年度（R8）は2026年度（2026年4月〜2027年3月）です。この計画の期間（令和3〜7年度）の外の年度です。",
    ],
  ])("answers %s", (q, said) => {
    expect(yearMeaning(q, 3, 7)).toBe(said);
  });

  it.each([
    ["R3って何年度まで？"],
    ["R3の事業は何件？"],
    ["R3に新規の事業"],
    ["コーチング研修は何年度から？"],
  ])("leaves %s, which asks of the plan's projects, to the rest", (q) => {
    expect(yearMeaning(q, 3, 7)).toBeNull();
  });

  it("replies with the year explained and no list, no 条件 of that year", async () => {
    const a = await engine.ask("R3って何年のことですか？");
    expect(a.projects).toEqual([]);
    expect(a.filters.years).toEqual([]);
    expect(a.notes).toContain("令和3年度（R3）は2021年度（2021年4月〜2022年3月）です。");
  });
});
