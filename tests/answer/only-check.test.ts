import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { alsoAsked, onlyAsked } from "../../src/answer/only-check.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Direction, Project } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const NOW = new Date("2026-11-25T09:00:00+09:00");
const plan = loadPlan();
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const key = (p: Project) => `${p.policy}#${p.no}`;
const having = (year: "R3" | "R4", ...ds: Direction[]) =>
  plan.projects.filter((p) => ds.includes(p.directions[year] as Direction));

// "Only that one?" (probe 136): the list asked of, and whether the subject is all of it.
describe("a list said to hold only one subject", () => {
  it.each([
    ["R3で臨時拡充って施設予約システムだけ？", "R3で臨時拡充", "施設予約システム"],
    ["R4で完了するのは人事給与制度の見直しだけ？", "R4で完了するの", "人事給与制度の見直し"],
    ["R3の新規はコーチング研修だけだよね？", "R3の新規", "コーチング研修"],
    ["R4で完了するのは情報システム課だけですか", "R4で完了するの", "情報システム課"],
    ["縮小はまち魅力発信課のみでしょうか？", "縮小", "まち魅力発信課"],
    ["令和4年度に完了するのって人事課しかないの？", "令和4年度に完了するの", "人事課"],
  ])("reads %s as the list %j said to be only %j's", (q, list, subject) => {
    expect(onlyAsked(q)).toEqual({ list, subject });
  });

  it("reads a long run of spaces at once (its optional parts had backtracked past the test timeout)", () => {
    expect(onlyAsked(`R3で臨時拡充って施設だけ${" ".repeat(8000)}x`)).toBeNull();
    expect(onlyAsked("R3で臨時拡充って   施設予約システムだけ？")).toEqual({
      list: "R3で臨時拡充",
      subject: "施設予約システム",
    });
  });

  it.each([
    ["R4で完了する事業は1件だけ？"],
    ["件数だけ教えて"],
    ["人事課の事業を名前だけで"],
    ["R4で完了する事業は？"],
  ])("asks no only in %s", (q) => {
    expect(onlyAsked(q)).toBeNull();
  });

  it("says いいえ to one project of seven, and lists the seven (R3で臨時拡充って施設予約システムだけ？)", async () => {
    const a = await engine.ask("R3で臨時拡充って施設予約システムだけ？");
    const all = having("R3", "臨時拡充");
    expect(all.length).toBeGreaterThan(1);
    expect(a.projects.slice(0, a.answered).map(key)).toEqual(all.map(key));
    expect(a.notes[0]).toBe(
      `いいえ。該当する事業は${all.length}件で、「新たな施設予約システム運営事業」のほかに${all.length - 1}件あります。`,
    );
  });

  it("says いいえ to a unit with some of the list, naming its projects (R4で完了するのは情報システム課だけ？)", async () => {
    const a = await engine.ask("R4で完了するのは情報システム課だけ？");
    const all = having("R4", "完了", "新規完了");
    const its = all.filter((p) => p.department === "情報システム課");
    expect(its.length).toBeGreaterThan(0);
    expect(a.answered).toBe(all.length);
    expect(a.notes[0]).toMatch(
      new RegExp(
        `^いいえ。該当する事業は${all.length}件で、.*のほかに${all.length - its.length}件あります。$`,
      ),
    );
  });

  it.each([
    ["R4で完了するのはひとつだけ？"],
    ["R4で完了するのはこれだけ？"],
    ["R3で臨時拡充の事業はどれだけ？"],
    ["臨時拡充はR3だけ？"],
  ])("says no はい or いいえ of a word that names no projects, or of a year, in %s (review)", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes.filter((n) => /^(?:はい|いいえ)。該当する事業は/.test(n))).toEqual([]);
  });

  it("says いいえ to a unit with none of the list (R4で完了するのは市民課だけ？)", async () => {
    const a = await engine.ask("R4で完了するのは市民課だけ？");
    expect(a.notes[0]).toBe(
      `いいえ。該当する事業は${having("R4", "完了", "新規完了").length}件で、「市民課」は含まれません。`,
    );
  });

  it.each([
    ["縮小はまち魅力発信課だけ？"],
    // のみ, written (probe 267: read as a word of the subject, it had said いいえ of the one project the list holds).
    ["縮小はまち魅力発信課のみでしょうか？"],
    // Asked with a full stop, as the written register does (probe 267: no verdict).
    ["縮小はまち魅力発信課のみか。"],
  ])("says はい when the subject is all the list holds (%s)", async (q) => {
    const shrinking = plan.projects.filter((p) => Object.values(p.directions).includes("縮小"));
    expect(shrinking.every((p) => p.department === "まち魅力発信課")).toBe(true);
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(
      `はい。該当する事業は${shrinking.map((p) => `「${p.name}」`).join("、")}の${shrinking.length}件だけです。`,
    );
  });
});

// A list asked, then whether a subject is in it (probe 263: the subject had narrowed the list to its own projects).
describe("a list asked, then whether a subject is in it", () => {
  it.each([
    ["R4で完了する事業ってどれ？人事課のも入ってる？", "R4で完了する事業ってどれ？", "人事課"],
    [
      "R3で臨時拡充の事業って何がある？シテプロモーションのも入ってる？",
      "R3で臨時拡充の事業って何がある？",
      "シテプロモーション",
    ],
    [
      "令和4年度に完了する事業を教えて。市民課のやつも含まれてますか？",
      "令和4年度に完了する事業を教えて。",
      "市民課",
    ],
  ])("reads %s as the list %j and %j asked to be in it", (q, list, subject) => {
    expect(alsoAsked(q)).toEqual({ list, subject });
  });

  it.each([
    ["人事課のも入ってる？"],
    ["R4で完了する事業は？"],
    ["R4で完了する事業ってどれ？1件も入ってる？"],
  ])("asks no such thing in %s", (q) => {
    expect(alsoAsked(q)).toBeNull();
  });

  it("says はい with the subject's project, and lists the whole list", async () => {
    const all = having("R4", "完了", "新規完了");
    const its = all.filter((p) => p.department === "人事課");
    expect(its.length).toBe(1);
    const a = await engine.ask("R4で完了する事業ってどれ？人事課のも入ってる？");
    expect(a.projects.slice(0, a.answered).map(key)).toEqual(all.map(key));
    expect(a.notes[0]).toBe(`はい。該当する事業は${all.length}件で、「${its[0]?.name}」も含まれます。`);
  });

  it("says いいえ when none of the list is the subject's", async () => {
    const all = having("R4", "完了", "新規完了");
    expect(all.some((p) => p.department === "人事課")).toBe(true);
    const a = await engine.ask("R3で臨時拡充の事業って何がある？市民課のも入ってる？");
    const r3 = having("R3", "臨時拡充");
    expect(r3.some((p) => p.department === "市民課")).toBe(false);
    expect(a.notes[0]).toBe(`いいえ。該当する事業は${r3.length}件で、「市民課」は含まれません。`);
  });
});
