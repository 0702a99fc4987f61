import { describe, expect, it } from "vitest";
import { countAsserted } from "../../src/answer/count-check.js";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR, clock: () => NOW });

// A count said to be checked (probe 120): はい or いいえ with the count the list has.
describe("a count asked to be confirmed", () => {
  it.each([
    ["R4で完了する事業は5件でしたっけ？", 5],
    ["7-2の事業は20件だよね？", 20],
    ["Wi-Fiの事業で完了したのは2件？", 2],
    ["人事課の事業は全部で２件ですか", 2],
    ["市民課の事業って3件で合ってる？", 3],
    ["7-2-4の事業は何件あるの？2件？", 2],
    // The written forms (probe 135: the list alone, no verdict).
    ["施策7-2の事業は20件でよろしかったでしょうか。", 20],
    ["令和4年度に完了した事業は全部で7件という理解で合っていますか", 7],
    ["7-2の事業は21件で相違ないでしょうか", 21],
    // (Second read: いい and 正しかった at the end still confirm.)
    ["完了した事業は8件でいいですか？", 8],
    ["人事課の事業は2件で正しかったでしょうか", 2],
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

  it("says the count once, in the verdict, when the question also asked how many", async () => {
    const a = await engine.ask("7-2-4の事業は何件あるの？2件？");
    expect(a.notes[0]).toBe("いいえ。該当する事業は9件です（2件ではありません）。");
    expect(a.notes).not.toContain("該当する事業は9件です。");
  });
});
