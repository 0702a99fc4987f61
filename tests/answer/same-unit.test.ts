import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { sameUnitAsked } from "../../src/answer/same-unit.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const byName = (name: string) => {
  const p = plan.projects.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};

// Whether one department runs two subjects (probe 268: はい had been said of the first being listed).
describe("the same department asked of two subjects", () => {
  it.each([
    ["おくやみコーナーと住民票の窓口申請って同じ課がやってる？", "おくやみコーナー", "住民票の窓口申請"],
    ["リノベの推進事業と官民連携って担当課おなじ？", "リノベの推進事業", "官民連携"],
    ["コーチング研修と人事給与制度の見直しは担当課一緒？", "コーチング研修", "人事給与制度の見直し"],
    ["空調の改修と公共施設保全事業は同じ部署ですか", "空調の改修", "公共施設保全事業"],
  ])("reads %s as %s and %s asked of", (q, first, second) => {
    expect(sameUnitAsked(q)).toEqual({ first, second });
  });

  it.each([
    ["おくやみコーナーと住民票の窓口申請の担当課は？"],
    ["人事課と同じ課の事業"],
    ["同じ課の事業は？"],
  ])("asks no same department in %s", (q) => {
    expect(sameUnitAsked(q)).toBeNull();
  });

  it("says いいえ with each one's department when they differ", async () => {
    const [a, b] = [
      byName("おくやみ関連手続きワンストップコーナーの設置"),
      byName("住民票等の窓口申請システム"),
    ];
    expect(a.department).not.toBe(b.department);
    const answer = await engine.ask("おくやみコーナーと住民票の窓口申請って同じ課がやってる？");
    expect(answer.notes[0]).toBe(
      `いいえ。${a.name}は${a.department}、${b.name}は${b.department}の事業です。`,
    );
    expect(answer.projects).toContain(a);
    expect(answer.projects).toContain(b);
  });

  it("says はい with the one department when they share it", async () => {
    const [a, b] = [byName("組織力強化に向けたコーチング研修の実施"), byName("人事給与制度の見直し")];
    expect(a.department).toBe(b.department);
    const answer = await engine.ask("コーチング研修と人事給与制度の見直しは担当課一緒？");
    expect(answer.notes[0]).toBe(`はい。${a.name}と${b.name}は、どちらも${a.department}の事業です。`);
  });
});
