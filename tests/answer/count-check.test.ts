import { describe, expect, it } from "vitest";
import { countAsserted, withoutCountAsserted } from "../../src/answer/count-check.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Project } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const NOW = new Date("2026-11-25T09:00:00+09:00");
const plan = loadPlan();
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const hasDirection = (p: Project, ...ds: string[]) =>
  Object.values(p.directions).some((d) => ds.includes(d as string));

// A count said to be checked (probe 120): はい or いいえ with the count the list has.
describe("a count asked to be confirmed", () => {
  it.each([
    ["R4で完了する事業は5件でしたっけ？", 5],
    ["7-2の事業は20件だよね？", 20],
    ["Wi-Fiの事業で完了したのは2件？", 2],
    ["人事課の事業は全部で２件ですか", 2],
    ["市民課の事業って3件で合ってる？", 3],
    // Counted in つ or 個, and offered as a belief (probe 247: the list alone, no verdict).
    ["人事課の事業って2つで合ってる？", 2],
    ["人事課の事業って三つだっけ？", 3],
    ["7-2-7の事業は4個だよね？", 4],
    ["財産活用課の事業って6件だったと思うんだけど違う？", 6],
    ["7-2-4の事業は何件あるの？2件？", 2],
    // The written forms (probe 135: the list alone, no verdict).
    ["施策7-2の事業は20件でよろしかったでしょうか。", 20],
    ["令和4年度に完了した事業は全部で7件という理解で合っていますか", 7],
    ["7-2の事業は21件で相違ないでしょうか", 21],
    // (Second read: いい and 正しかった at the end still confirm.)
    ["完了した事業は8件でいいですか？", 8],
    ["人事課の事業は2件で正しかったでしょうか", 2],
    // Said to be all, or only those (probe 201: the list alone, no verdict).
    ["施策7-3の事業は2件で全部ですか？", 2],
    ["人事課の事業は2件で全部？", 2],
    ["R5に完了する事業は2件だけですか？", 2],
  ])("reads %s as confirming %i", (q, n) => {
    expect(countAsserted(q)).toBe(n);
  });

  it.each([
    ["R4で完了する事業は何件？"],
    ["2件目の事業は？"],
    ["7-2の事業を3件だけ見せて"],
    // A number asked for, not said of the list (review).
    ["新規事業をとりあえず3件？"],
    ["R4で完了する事業、あと2件ある？"],
    ["人事課の事業、最初の3件だけ？"],
    // How many to show (review: a いいえ had answered it).
    ["完了した事業、事業名は3件でいいので教えてください"],
    // An ordinal in つ (probe 247's counters): which one, not how many.
    ["上から2つ目？"],
    ["2つ目の事業は？"],
  ])("asks no count to be confirmed in %s", (q) => {
    expect(countAsserted(q)).toBeUndefined();
  });

  it("says いいえ with the right count, in place of a はい said of another part of the question", async () => {
    const a = await engine.ask("Wi-Fiの事業で完了したのは2件？");
    expect(a.notes[0]).toBe("いいえ。該当する事業は1件です（2件ではありません）。");
    expect(a.notes.filter((n) => n.startsWith("はい。"))).toEqual([]);
  });

  it("says はい when the count is right", async () => {
    const a = await engine.ask("7-2の事業は21件だよね？");
    expect(a.answered).toBe(21);
    expect(a.notes[0]).toBe("はい。該当する事業は21件です。");
  });

  it.each([
    ["7-2の拡充は10件で合ってる？", "7-2の拡充は"],
    ["人事課の事業は全部で２件ですか", "人事課の事業は全部で"],
    ["7-2-4の事業は何件あるの？2件？", "7-2-4の事業は何件あるの？"],
    ["7件で合ってる？", ""],
  ])("reads the list asked of in %s as %j", (q, list) => {
    expect(withoutCountAsserted(q)).toBe(list);
  });

  // Probe 136: left in, the count and its asking had been searched as words, and the direction with them.
  it.each([
    [
      "7-2の拡充は10件で合ってる？",
      (p: Project) => p.policy === "7-2" && hasDirection(p, "拡充", "臨時拡充"),
    ],
    [
      "財産活用課の拡充は5件だよね？",
      (p: Project) => p.department === "財産活用課" && hasDirection(p, "拡充", "臨時拡充"),
    ],
  ])("confirms %s against the list of its conditions", async (q, meets) => {
    const a = await engine.ask(q);
    const n = plan.projects.filter(meets).length;
    expect(a.answered).toBe(n);
    expect(a.notes[0]).toMatch(new RegExp(`^(?:はい|いいえ)。該当する事業は${n}件です`));
  });

  it("confirms a count said alone against the list just answered (R4で完了する事業 → 8件だよね？)", async () => {
    const list = await engine.ask("R4で完了する事業");
    const a = await engine.ask("8件だよね？", { previous: goesOnFrom(list) });
    expect(a.answered).toBe(list.answered);
    expect(a.notes[0]).toBe(`いいえ。該当する事業は${list.answered}件です（8件ではありません）。`);
  });

  it("goes on from the list a count was confirmed of (財産活用課の事業 → 7件だよね？ → じゃあ人事課は？) — review", async () => {
    const list = await engine.ask("財産活用課の事業は？");
    const checked = await engine.ask("7件だよね？", { previous: goesOnFrom(list) });
    const a = await engine.ask("じゃあ人事課は？", { previous: goesOnFrom(checked) });
    expect(a.projects.slice(0, a.answered).every((p) => p.department === "人事課")).toBe(true);
    expect(a.answered).toBe(plan.projects.filter((p) => p.department === "人事課").length);
  });

  it.each([["事業は全部で44件だっけ？"], ["全部で44件だよね？"]])(
    "confirms %s against the whole plan: 全部で stays (review)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe("はい。該当する事業は44件です。");
    },
  );

  it("reads a run of spaces before a count at once (review: a look-behind had scanned it at every start)", () => {
    expect(countAsserted(`は${" ".repeat(2000)}1`)).toBeUndefined();
  });

  it("confirms a count said alone with nothing before it against the whole plan (全部で44件？)", async () => {
    expect(plan.projects).toHaveLength(44);
    const a = await engine.ask("全部で44件？");
    expect(a.notes[0]).toBe("はい。該当する事業は44件です。");
  });

  it("says the count once, in the verdict, when the question also asked how many", async () => {
    const a = await engine.ask("7-2-4の事業は何件あるの？2件？");
    expect(a.notes[0]).toBe("いいえ。該当する事業は9件です（2件ではありません）。");
    expect(a.notes).not.toContain("該当する事業は9件です。");
  });
});
