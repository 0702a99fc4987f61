import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, type Engine } from "../../src/answer/engine.js";
import {
  MAY_NAME_KANA_UNIT,
  type Reader,
  withUnitsByReading,
  withUnitsInKanji,
} from "../../src/answer/kana-units.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
let engine: Engine;
let reader: Reader;
beforeAll(async () => {
  engine = createEngine(plan, {
    cacheDir: TEST_CACHE_DIR,
    clock: () => new Date("2023-06-01T12:00:00+09:00"),
  });
  reader = await engine.warmUp();
});

describe("departments typed in kana (real kuromoji readings)", () => {
  it.each([
    ["じんじかの事業", "じんじか", "人事課"],
    ["ざいさんかつようかが持ってる事業", "ざいさんかつようか", "財産活用課"],
    ["しゅうのう課の事業ある？", "しゅうのう課", "収納課ほか"],
    ["まちみりょく発信課の事業", "まちみりょく発信課", "まち魅力発信課"],
    ["じょうほうシステム課の事業", "じょうほうシステム課", "情報システム課"],
    // A チーム typed in hiragana, Latin letters in another case (probe 38).
    ["DX推進ちーむの事業は何件？", "DX推進ちーむ", "DX推進チーム"],
    // A whole message, the department alone (probe 112).
    ["じょうほうしすてむか", "じょうほうしすてむか", "情報システム課"],
    ["しみんせいかつそうだんか？", "しみんせいかつそうだんか", "市民生活相談課"],
    // A word whose reading kuromoji lacks (協働), read by dict/readings.txt (probe 116).
    ["しみんきょうどうすいしんかの事業", "しみんきょうどうすいしんか", "市民協働推進課"],
    // A space typed on a phone before the particle or 事業 (probe 148).
    ["しみんか のやつ", "しみんか", "市民課"],
    ["じんじか　の事業", "じんじか", "人事課"],
    ["しみんか じぎょう", "しみんか", "市民課"],
    // A space between the name's own words, as a phone's writer spaces kana (probe 477: 推進 had been searched).
    ["しみんきょうどう すいしんかの じぎょう", "しみんきょうどう すいしんか", "市民協働推進課"],
    ["ざいさん かつようかの じぎょう", "ざいさん かつようか", "財産活用課"],
    // A name shortened, words left out at its end, as a 課 in kanji shortened is read (probe 175).
    ["まちみりょく課の事業", "まちみりょく課", "まち魅力発信課"],
    ["しみんきょうどうかの事業", "しみんきょうどうか", "市民協働推進課"],
    ["財政課とじんけん課の事業", "じんけん課", "人権・男女共生課"],
    // Heard on the phone and typed in katakana (probe 329: 0件).
    ["ザイサンカツヨウカって課から内線きた", "ザイサンカツヨウカ", "財産活用課"],
    ["ジンジカの事業", "ジンジカ", "人事課"],
  ])("reads %s as the department, and says so", (q, said, read) => {
    expect(MAY_NAME_KANA_UNIT.test(q)).toBe(true);
    const out = withUnitsInKanji(q, catalog, reader);
    expect(out.slips).toEqual([{ said, read }]);
    expect(out.question).toContain(read);
  });

  it.each([
    ["市民からの問い合わせで、施設の照明を新しくする予定があるかと聞かれました"],
    ["まち魅力発信課の事業で空調"],
    ["人事課の事業"],
    // Shortened names that are not one department's alone (推進: two 推進課), or too short to be sure of.
    ["すいしん課の事業"],
    ["まち課の事業"],
    // Katakana the plan itself writes in the name (システム of 情報システム課): no slip, not 情報情報システム課.
    ["情報システム課の事業"],
    ["じゃあ情報システム課は？"],
    ["アメリカの事業"],
    // A space before か is no suffix split off (しみん かいかん is 市民会館).
    ["しみん かいかんの あとちの じぎょう"],
  ])("leaves %s as it is: no department in it is typed in kana", (q) => {
    expect(withUnitsInKanji(q, catalog, reader)).toEqual({ question: q, slips: [] });
  });

  it.each([
    ["R5に完了する事業はありますか"],
    ["どの課の事業"],
    ["完了するのはその課だけ？"],
    ["施設の照明を新しくする予定があるかと聞かれました"],
    ["冊子にまとめる事業があったかと思いますが"],
    ["使える補助金はないかと聞かれました"],
    ["どんな工夫をしているかと"],
    ["公開されているでしょうか"],
    ["まだ続いているか"],
    ["載っているのですか？"],
  ])("does not look for one in %s (no dictionary is loaded for it)", (q) => {
    expect(MAY_NAME_KANA_UNIT.test(q)).toBe(false);
  });

  it("answers a department typed in kana with its projects and a note of how it was read", async () => {
    const a = await engine.ask("じんじかの事業");
    const want = plan.projects.filter((p) => p.department === "人事課").map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(a.projects.map(projectKey).sort()).toEqual(want.sort());
    expect(a.notes).toContain("「じんじか」は「人事課」と読んで答えています。");
  });
});

describe("departments typed with the IME's other kanji, read by their sound (probe 38)", () => {
  it.each([
    ["人権・男女強制課の事業", "人権・男女強制課", "人権・男女共生課"],
    ["男女強制課の事業", "男女強制課", "人権・男女共生課"],
    ["まち魅力発進課の事業", "まち魅力発進課", "まち魅力発信課"],
  ])("reads %s as the department it sounds as, and says so", (q, said, read) => {
    const out = withUnitsByReading(q, [said], catalog, reader);
    expect(out.slips).toEqual([{ said, read }]);
    expect(out.question).toBe(q.replace(said, read));
  });

  it.each([
    ["広報課の事業", "広報課", "no department of the plan sounds so"],
    ["市税課の事業", "市税課", "one sound apart from 市民課 is another unit"],
    ["総務人事課の事業", "総務人事課", "it ends in 人事課 as written: another unit"],
  ])("leaves %s as it is: %s", (q, said) => {
    expect(withUnitsByReading(q, [said], catalog, reader)).toEqual({ question: q, slips: [] });
  });

  it("answers the department's projects for a name typed so", async () => {
    const a = await engine.ask("人権・男女強制課の事業");
    expect(a.filters.departments).toEqual(["人権・男女共生課"]);
    expect(a.projects.map(projectKey)).toEqual(
      plan.projects.filter((p) => p.department === "人権・男女共生課").map(projectKey),
    );
  });
});
