import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadDepartmentAliases,
  loadTypos,
  parseDepartmentAliases,
  parseTypos,
} from "../../src/answer/aliases.js";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine } from "../../src/answer/engine.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { BUNDLED_DICT_DIR } from "../../src/search/lexicon.js";
import { TEST_CACHE_DIR, tempDir } from "../helpers.js";

const plan = loadPlan();
const NOW = new Date("2023-06-15T09:00:00+09:00");

describe("department aliases (dict/departments.txt)", () => {
  it("maps every other name on a line to the line's first name, skipping comments and blank lines", () => {
    const aliases = parseDepartmentAliases(
      "# 呼び名\n\n情報システム課 = 情シス ＝ システム課 # 略称\n人事課=人事\n",
    );
    expect([...aliases]).toEqual([
      ["情シス", "情報システム課"],
      ["システム課", "情報システム課"],
      ["人事", "人事課"],
    ]);
  });

  it("keeps an alias's first department when two lines claim it", () => {
    expect(parseDepartmentAliases("人事課 = 人事\n人権・男女共生課 = 人事").get("人事")).toBe("人事課");
  });

  it("names only departments the plan has", () => {
    const departments = new Set(plan.projects.map((p) => p.department.replace(/(ほか|他)$/, "")));
    const named = new Set(loadDepartmentAliases(BUNDLED_DICT_DIR).values());
    expect(named.size).toBeGreaterThan(0);
    for (const name of named) expect(departments).toContain(name);
  });

  it("reads a question's alias as the department, and ignores an alias of a department the plan lacks", () => {
    const catalog = buildCatalog(
      plan,
      new Map([
        ["情シス", "情報システム課"],
        ["危機管理", "危機管理課"],
      ]),
    );
    expect(understand("情シスの事業", catalog, NOW).departments).toEqual(["情報システム課"]);
    expect(understand("情シス以外の事業", catalog, NOW).excludedDepartments).toEqual(["情報システム課"]);
    expect(catalog.departments.flatMap((d) => d.fullForms)).not.toContain("危機管理");
    expect(understand("情シスの事業", buildCatalog(plan), NOW).departments).toEqual([]);
  });

  it("are none in a dictionary folder without departments.txt", () => {
    const dir = tempDir("dict");
    writeFileSync(join(dir, "synonyms.txt"), "");
    expect(loadDepartmentAliases(dir).size).toBe(0);
  });

  it("are read by the engine from its dictionary folder: 情シスさんのやつ一覧ちょうだい is 情報システム課's list", async () => {
    const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const a = await engine.ask("情シスさんのやつ一覧ちょうだい");
    const expected = plan.projects.filter((p) => p.department === "情報システム課").map(projectKey);
    expect(a.projects.map(projectKey)).toEqual(expected);
    expect(a.answered).toBe(expected.length);
  });

  it.each([
    ["管財課の事業", "財産活用課"],
    ["企画調整課所管事業で令和7年度まで載っているもの", "政策企画課"],
  ])("reads %s, a name many cities use for the unit, as the plan's %s", async (q, department) => {
    const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.projects.slice(0, a.answered).every((p) => p.department === department)).toBe(true);
  });

  it("says which department an alias was read as, and says nothing when the department is named too", async () => {
    const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    expect((await engine.ask("管財課の事業")).notes).toContain(
      "「管財課」は「財産活用課」と読んで答えています。",
    );
    expect((await engine.ask("情シス以外の事業")).notes).toContain(
      "「情シス」は「情報システム課」と読んで答えています。",
    );
    const both = await engine.ask("情報システム課（情シス）の事業");
    expect(both.notes.some((n) => n.includes("と読んで答えています"))).toBe(false);
  });
});

describe("the plan's typos (dict/typos.txt)", () => {
  it("maps each of the plan's spellings on a line to the line's first, right one", () => {
    expect([
      ...parseTypos("# 誤字\nシティプロモーション = シテプロモーション\nぴったり = びったり = ぴつたり\n"),
    ]).toEqual([
      ["シテプロモーション", "シティプロモーション"],
      ["びったり", "ぴったり"],
      ["ぴつたり", "ぴったり"],
    ]);
  });

  it("reads none from a dictionary folder without typos.txt, and the bundled one's", () => {
    expect(loadTypos(tempDir("typos-")).size).toBe(0);
    expect(loadTypos(BUNDLED_DICT_DIR).get("びったりサービス")).toBe("ぴったりサービス");
  });

  it("says once that an answer's name holds the plan's typo of a word the asker wrote right", async () => {
    const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const a = await engine.ask("ぴったりサービスの事業");
    const said = "『びったりサービス』は計画の表記のままです（『ぴったりサービス』の誤記と思われます）。";
    expect(a.projects[0]?.name).toContain("びったりサービス");
    expect(a.notes.filter((n) => n === said)).toHaveLength(1);
  });

  it("says nothing of a typo the asker did not correct: a list (7-1), or a related card beside another answer", async () => {
    const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const list = await engine.ask("7-1");
    expect(list.projects.some((p) => p.name.includes("シテプロモーション"))).toBe(true);
    expect(list.notes.join("\n")).not.toContain("誤記");
    // マイナンバーカード's answer shows びったりサービス only as related.
    const related = await engine.ask("マイナンバーカードの担当課は？");
    expect(related.projects.slice(related.answered).some((p) => p.name.includes("びったり"))).toBe(true);
    expect(related.notes.join("\n")).not.toContain("誤記");
  });
});
