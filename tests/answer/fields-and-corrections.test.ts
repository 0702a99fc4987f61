// The seventy-ninth session's probes (361–367): a word asked in one field of a project, corrections and exclusions in a
// thread, one of two picked by a word. Each table row is a phrasing the rule reads; each rule is one of Japanese, not of
// one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Project, projectKey } from "../../src/plan/schema.js";
import { askInThread, TEST_CACHE_DIR, verdictOf } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const keys = (ps: readonly Project[]) => ps.map(projectKey).sort();
const answered = (a: Answer) => keys(a.projects.slice(0, a.answered));
const thread = (...messages: string[]) => askInThread(engine, ...messages);
const inField = (field: "purpose" | "content", word: string, holds = true) =>
  keys(plan.projects.filter((p) => p[field].normalize("NFKC").includes(word) === holds));

describe("a word asked in one field of a project (probe 365)", () => {
  it.each([
    ["目的に「コロナ」と書いてある事業はどれですか", "purpose", "コロナ"],
    ["目的にコロナが入ってる事業", "purpose", "コロナ"],
    ["内容にWi-Fiが入ってる事業ある？", "content", "Wi-Fi"],
    ["目的に「ワンストップ」とある事業を教えてください", "purpose", "ワンストップ"],
    ["目的に働き方改革と書いてある事業", "purpose", "働き方改革"],
    ["内容に手続きって書いてある事業", "content", "手続き"],
    ["目的欄に「目的とする」と書いてある事業を全部", "purpose", "目的とする"],
  ] as const)("answers %s with the projects whose field holds it, not the row's", async (q, field, word) => {
    const a = await engine.ask(q);
    const whole = keys(plan.projects.filter((p) => `${p.name}${p.purpose}${p.content}`.includes(word)));
    expect(inField(field, word).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(inField(field, word));
    // (Each row's word is somewhere else too, or the field would not tell: the row's reading would pass.)
    if (q.includes("コロナ") || q.includes("働き方")) expect(whole).not.toEqual(inField(field, word));
  });

  it("says the field in the condition: 条件: 目的に「コロナ」を含む", async () => {
    const a = await engine.ask("目的に「コロナ」と書いてある事業は？");
    expect(a.notes).toContain("条件: 目的に「コロナ」を含む");
  });

  it("keeps a unit beside it: 人権・男女共生課の事業で、内容に「オンライン」が入っているもの", async () => {
    const a = await engine.ask("人権・男女共生課の事業で、内容に「オンライン」が入っているもの");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter((p) => p.department === "人権・男女共生課" && p.content.includes("オンライン")),
      ),
    );
  });

  it.each([
    ["7-5の事業で、目的にDVが入っていないもの", "DV"],
    ["7-5の事業で目的に「DV」と書いてない事業", "DV"],
  ])("answers a denial %s with the policy's projects whose purpose lacks it", async (q, word) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.policy === "7-5" && !p.purpose.includes(word))),
    );
    expect(a.notes).toContain(`条件: 目的に「${word}」を含まない`);
  });
});

describe("a direction said as the projects' direction, beside a field or the names asked (probe 364)", () => {
  const having = (...ds: string[]) =>
    keys(
      plan.projects.filter((p) => Object.values(p.directions).some((d) => d !== undefined && ds.includes(d))),
    );

  it.each([
    ["縮小の方向性になっている事業があれば、件数と事業名を教えていただけますか。", ["縮小"]],
    ["完了の方向性の事業の件数と事業名", ["完了", "新規完了"]],
    ["完了の方向性の事業の目的", ["完了", "新規完了"]],
  ])("answers %s with the projects of that direction", async (q, ds) => {
    const a = await engine.ask(q);
    expect(having(...ds).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(having(...ds));
  });

  it("reads 7-2の完了事業の件数と事業名 as the policy's projects that complete", async () => {
    const a = await engine.ask("7-2の完了事業の件数と事業名");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.policy === "7-2" && Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
        ),
      ),
    );
  });
});

describe("a unit left out does not deny the direction said beside it (probe 366)", () => {
  it.each([
    "政策企画課じゃない課で、拡充の事業でR7まで載ってるのは？",
    "政策企画課以外で、拡充の事業でR7まで載ってるのは？",
  ])("answers %s as 拡充 in some year, listed in R7, the unit's left out", async (q) => {
    const a = await engine.ask(q);
    const want = keys(
      plan.projects.filter(
        (p) =>
          p.department !== "政策企画課" &&
          p.directions.R7 !== undefined &&
          Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充"),
      ),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(want);
  });
});

describe("a year asked how it stands after a yes-or-no of one project's direction (probe 367)", () => {
  it.each([
    [
      "外国人住民さんの居場所づくりみたいな事業ある？",
      "それって新規？",
      "R4だとどうなってる？",
      "R4",
      "拡充",
    ],
    ["事例集つくるやつあったよね？", "それ新規？", "R5はどうなってる？", "R5", "継続"],
    ["事例集つくるやつあったよね？", "それ新規？", "R6はどうですか", "R6", "継続"],
  ])("%s → %s → %s says the year's direction, no いいえ", async (first, yesOrNo, how, year, direction) => {
    const a = await thread(first, yesOrNo, how);
    expect(a.answered).toBe(1);
    expect(verdictOf(a)).toBeUndefined();
    expect(a.notes.some((n) => n.includes(`令和${year.slice(1)}年度の方向性は${direction}です`))).toBe(true);
  });

  it("still asks the yes-or-no again of a year said alone: それ新規？ then R5は？", async () => {
    const a = await thread("事例集つくるやつあったよね？", "それ新規？", "R5は？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
  });
});

describe("projects left out by name narrow the list in view (probe 366)", () => {
  const zaisan = plan.projects.filter((p) => p.department === "財産活用課");

  it.each(["公共施設保全事業以外で", "公共施設保全事業以外は？", "公共施設保全事業を除いて"])(
    "answers 財産活用課の事業 then %s with the unit's others",
    async (q) => {
      const a = await thread("財産活用課の事業", q);
      expect(answered(a)).toEqual(keys(zaisan.filter((p) => p.name !== "公共施設保全事業")));
    },
  );

  it.each(["市民協働推進課の事業で、えんがわ以外は？", "市民協働推進課の事業で、みんなのえんがわ以外は？"])(
    "reads a subject in kana before 以外 as left out: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(
        keys(plan.projects.filter((p) => p.department === "市民協働推進課" && !p.name.includes("えんがわ"))),
      );
    },
  );

  it("keeps kana ending in の before 以外 no subject: さっきの以外は？", async () => {
    const a = await engine.ask("さっきの以外は？");
    expect(a.filters.excluded).toEqual([]);
  });
});

describe("一文で says how short the answer is, no word to search (probe 364)", () => {
  it.each(["7-1-1の事業の目的を一文で", "ふるさと寄附金推進事業の目的を1文で教えて"])(
    "reads %s without 一文",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(1);
      expect(a.notes.some((n) => n.includes("一文"))).toBe(false);
      expect(a.missingTerms).toEqual([]);
    },
  );
});
