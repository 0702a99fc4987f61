import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, goesOnFrom } from "../../src/answer/engine.js";
import { fromSearchSyntax } from "../../src/answer/understand/syntax.js";
import { loadPlan } from "../../src/plan/load.js";
import { keyOf, warmEngine } from "../helpers.js";

const plan = loadPlan();

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2023-06-01T09:00:00+09:00");
});
const found = async (q: string, previous?: string) => {
  const a = await engine.ask(q, previous === undefined ? {} : { previous });
  return a.projects.slice(0, a.answered).map(keyOf);
};

describe("a search engine's syntax read as the Japanese it stands for (probe 89)", () => {
  it.each([
    ["財産活用課 -臨時拡充", "財産活用課 臨時拡充以外"],
    ["R3 拡充 -臨時拡充", "R3 拡充 臨時拡充以外"],
    ["7-2-4 -財産活用課", "7-2-4 財産活用課以外"],
    ["R3 新規 -7-2", "R3 新規 7-2以外"],
    ["R3 新規 －7-2", "R3 新規 7-2以外"],
  ])("leaves out what a minus sign marks: %s as %s, not the same words kept", async (syntax, japanese) => {
    const want = await found(japanese);
    expect(want.length).toBeGreaterThan(0);
    expect(await found(syntax)).toEqual(want);
    // (The minus matters: without it the words ask for other projects.)
    expect(await found(syntax.replace(/[-－](?=\S)/, ""))).not.toEqual(want);
  });

  it.each([
    ["情報システム課 OR DX推進チーム", ["情報システム課", "DX推進チーム"]],
    ["担当:市民課 OR 人事課", ["市民課", "人事課"]],
  ])("answers %s with the projects of either", async (q, units) => {
    const want = plan.projects.filter((p) => units.includes(p.department)).map(keyOf);
    expect(await found(q)).toEqual(want);
  });

  it('reads 事業名:"ICT" as the projects whose name holds ICT', async () => {
    const want = plan.projects.filter((p) => /ICT/i.test(p.name)).map(keyOf);
    expect(want.length).toBeGreaterThan(1);
    expect(await found('事業名:"ICT"')).toEqual(want);
  });

  it("reads 最終年度:R4 as the projects listed last in R4, not every project of R4 or R7", async () => {
    const last = (p: (typeof plan.projects)[number]) =>
      (["R3", "R4", "R5", "R6", "R7"] as const).filter((y) => p.directions[y] !== undefined).at(-1);
    const want = plan.projects.filter((p) => last(p) === "R4").map(keyOf);
    expect(await found("最終年度:R4")).toEqual(want);
  });

  it("narrows the list just answered by a minus alone: 「-まち魅力発信課」 after R3's 臨時拡充", async () => {
    const first = await engine.ask("年度:R3 方向性:臨時拡充");
    const listed = first.projects.slice(0, first.answered);
    expect(listed.some((p) => p.department === "まち魅力発信課")).toBe(true);
    const want = listed.filter((p) => p.department !== "まち魅力発信課").map(keyOf);
    expect(await found("-まち魅力発信課", goesOnFrom(first))).toEqual(want);
  });

  it.each([
    ["Wi-Fiの事業"],
    ["7-2-4の事業"],
    ["R3-R5に継続"],
    ["- 7-2の事業"],
    ["R5 -R4"],
    ["オンライン申請"],
    ["ORの事業"],
  ])("leaves %s as typed: a hyphen inside a word, a code, a range, a bullet, a year, no syntax", (q) => {
    expect(fromSearchSyntax(q)).toBe(q);
  });

  it("is idempotent: what it writes has no syntax left", () => {
    for (const q of ["財産活用課 -臨時拡充", '事業名:"ICT" OR 最終年度:R4', "-7-2 -まち魅力発信課"]) {
      const once = fromSearchSyntax(q);
      expect(once).not.toBe(q);
      expect(fromSearchSyntax(once)).toBe(once);
    }
  });
});
