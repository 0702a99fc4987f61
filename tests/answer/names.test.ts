import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, type Engine } from "../../src/answer/engine.js";
import { mendNameSlips, withNameSeparators } from "../../src/answer/understand/names.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { normalizeWidth } from "../../src/search/normalize.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const mend = (text: string) => mendNameSlips(normalizeWidth(text), catalog);
let engine: Engine;
beforeAll(async () => {
  engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR });
  await engine.warmUp();
});

describe("a project's name typed with one character slipped (probe 38)", () => {
  it.each([
    ["公共施設保善事業の担当課", "公共施設保善事業", "公共施設保全事業"],
    ["男女共同参加計画の改定", "男女共同参加計画", "男女共同参画計画"],
    ["市民会館後地の新しい建物", "市民会館後地", "市民会館跡地"],
    ["人事給与精度の見直し", "人事給与精度", "人事給与制度"],
    ["マイナンバーカートの普及", "マイナンバーカート", "マイナンバーカード"],
  ])("reads %s with 「%s」 as 「%s」, and says so", (text, said, read) => {
    const out = mend(text);
    expect(out.slips).toEqual([{ said, read }]);
    expect(out.text).toBe(normalizeWidth(text).replace(said, read));
  });

  it.each([
    ["公共施設保全事業の担当課", "the name as typed"],
    ["第3次男女共同参画計画", "a first character differing is another word run into the name (次 of 第3次)"],
    [
      "オンライン会議の事業",
      "the last character differs inside the name's word (オンライン化推進): the next word's first",
    ],
    ["男女共同参加の計画", "the last character differs where the name's word goes on (男女共同参画計画)"],
    ["市民活動団体の支援", "no stretch of a name is one character away"],
    ["情報システムの事業", "too short a stretch to tell a slip from another word"],
    [
      "オンライン等で行う活動",
      "a suffix typed last is a word of its own (等), not the name's 化 slipped (probe 109)",
    ],
  ])("leaves %s as it is: %s", (text) => {
    expect(mend(text)).toEqual({ text: normalizeWidth(text), slips: [] });
  });
});

describe("a slipped name answered as the project named", () => {
  it("answers 公共施設保善事業の担当課 with the project and its department, saying how the name was read", async () => {
    const a = await engine.ask("公共施設保善事業の担当課");
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-2#6"]);
    expect(a.notes).toContain("「公共施設保善事業」は「公共施設保全事業」と読んで答えています。");
    expect(a.notes.some((n) => n.startsWith("担当課: 財産活用課"))).toBe(true);
  });
});

describe("a word typed with the IME's other kanji, read by its sound (probe 38)", () => {
  it("reads 講座振替 as 口座振替, searches it, and says so", async () => {
    const a = await engine.ask("講座振替の申し込みを紙以外でもできるようにする事業は？");
    expect(a.notes).toContain("「講座振替」は「口座振替」と読んで答えています。");
    expect(a.searchedWords).toContain("口座振替");
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-2#2"]);
  });

  it("reads a run of kanji by the sound of the plan's run, 不急促進 as 普及促進, where its two-kanji word alone is too often another (probe 175)", async () => {
    const a = await engine.ask("マイナンバーカードの不急促進");
    expect(a.notes).toContain("「不急促進」は「普及促進」と読んで答えています。");
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-2#17"]);
  });

  it("keeps what an earlier slip was read as (じんじか as 人事課) when it reads another (講座振替)", async () => {
    const a = await engine.ask("じんじかの講座振替の事業");
    expect(a.filters.departments).toEqual(["人事課"]);
    expect(a.notes.slice(0, 2)).toEqual([
      "「じんじか」は「人事課」と読んで答えています。",
      "「講座振替」は「口座振替」と読んで答えています。",
    ]);
  });
});

describe("a loanword in another spelling, read as the plan spells it", () => {
  it("answers セクシャルマイノリティの支援 with the plan's セクシュアルマイノリティ project, labelled 該当, and says so", async () => {
    const a = await engine.ask("セクシャルマイノリティの支援");
    expect(a.notes).toContain(
      "「セクシャルマイノリティ」は「セクシュアルマイノリティ」と読んで答えています。",
    );
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-5#3"]);
    expect(a.missingTerms).toEqual([]);
  });
});

// A name's words run together where the plan parts them with ・ (probe 266: 愛 and ゆめ had been dropped).
describe("withNameSeparators: a name typed without its ・", () => {
  it.each([
    ["いのち愛ゆめセンターの事業", "いのち・愛・ゆめセンターの事業"],
    ["空調照明設備の改修", "空調・照明設備の改修"],
    ["ホームページSNS運営事業", "ホームページ・SNS運営事業"],
  ])("reads %s as %s", (typed, read) => {
    expect(withNameSeparators(normalizeWidth(typed), catalog)).toBe(normalizeWidth(read));
  });

  it.each([["空調の改修"], ["いのち・愛・ゆめセンターの事業"], ["照明設備"]])(
    "leaves %s as it is",
    (typed) => {
      expect(withNameSeparators(normalizeWidth(typed), catalog)).toBe(normalizeWidth(typed));
    },
  );

  it("finds both of the centre's projects as answers for いのち愛ゆめセンターの事業", async () => {
    const [run, parted] = await Promise.all([
      engine.ask("いのち愛ゆめセンターの事業"),
      engine.ask("いのち・愛・ゆめセンターの事業"),
    ]);
    expect(parted.answered).toBeGreaterThan(1);
    expect(run.projects.slice(0, run.answered)).toEqual(parted.projects.slice(0, parted.answered));
  });
});
