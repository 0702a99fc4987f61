import { describe, expect, it } from "vitest";
import { codeChecked, codeOffered } from "../../src/answer/code-check.js";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const project = (key: string) => {
  const found = plan.projects.find((p) => projectKey(p) === key);
  if (!found) throw new Error(`no project ${key}`);
  return found;
};

// A code offered to be confirmed (probe 247): read as a question, the guessed code had been the scope searched, and a
// wrong guess had left the project out.
describe("a code offered of a subject", () => {
  it.each([
    [
      "地域活動の活性化に向けたワークショップって施策7-7だったっけ？",
      "地域活動の活性化に向けたワークショップ",
      "7-7",
    ],
    ["おくやみコーナーって7-2-6で合ってる？", "おくやみコーナー", "7-2-6"],
    [
      "セクシュアルマイノリティの相談事業って施策7-4だったよね？",
      "セクシュアルマイノリティの相談事業",
      "7-4",
    ],
    ["人事課の事業って7-3じゃなかったっけ", "人事課の事業", "7-3"],
    ["7-4の事業って全部7-4-2だっけ？", "7-4の事業", "7-4-2"],
    ["コーチング研修は取組7-3-1ですか？", "コーチング研修", "7-3-1"],
  ])("reads %s as 「%s」 offered to be under %s", (q, subject, code) => {
    expect(codeOffered(q)).toEqual({ subject, code });
  });

  it.each([
    ["7-4-2"],
    ["7-4-2の事業は？"],
    // The project in view, a thread's: no subject of the message's own.
    ["それって7-6-1で合ってる？"],
    // A project's number, no code offered of it.
    ["ぴったりサービスって7-2の14番で合ってる？"],
    ["コーチング研修って7-3の事業？"],
  ])("offers no code in %s", (q) => {
    expect(codeOffered(q)).toBeNull();
  });

  it("says はい with the place of a project under the code", () => {
    expect(codeChecked([project("7-2#15")], "7-2-6")).toMatch(
      /^はい。.*は施策7-2の取組7-2-6（7-2 No\.15）の事業です。$/,
    );
  });

  it("says いいえ with the code the project is under, and the one offered not", () => {
    expect(codeChecked([project("7-6#2")], "7-7")).toMatch(
      /^いいえ。.*は施策7-6の取組7-6-1（7-6 No\.2）の事業です（7-7ではありません）。$/,
    );
  });

  it("counts a list: いいえ with how many of it are under the code", () => {
    const policy = plan.projects.filter((p) => p.policy === "7-2");
    const under = policy.filter((p) => p.initiative === "7-2-4");
    expect(under.length).toBeLessThan(policy.length);
    expect(codeChecked(policy, "7-2-4")).toBe(
      `いいえ。${policy.length}件のうち、7-2-4の事業は${under.length}件です。`,
    );
  });

  it("answers a wrong guess with いいえ first and the project asked about shown, not the guessed policy's", async () => {
    const a = await engine.ask("地域活動の活性化に向けたワークショップって施策7-7だったっけ？");
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(/^いいえ。/);
    expect(a.notes[0]).toContain("7-6-1");
    expect(projectKey(a.projects[0] ?? project("7-1#1"))).toBe("7-6#2");
  });

  it("answers a right guess with はい, the project counted 該当", async () => {
    const a = await engine.ask("おくやみコーナーって7-2-6で合ってる？");
    expect(a.notes[0]).toMatch(/^はい。/);
    expect(a.answered).toBe(1);
    expect(a.projects[0]?.initiative).toBe("7-2-6");
  });
});
