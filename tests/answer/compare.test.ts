import { beforeAll, describe, expect, it } from "vitest";
import { endCompared } from "../../src/answer/compare.js";
import { type Engine, goesOnFrom } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Project, YearKey } from "../../src/plan/schema.js";
import { keyOf, warmEngine } from "../helpers.js";

const plan = loadPlan();
const YEARS: YearKey[] = ["R3", "R4", "R5", "R6", "R7"];
/** The last year a project is listed, as a number (R7 → 7). */
const lastYear = (p: Project) =>
  Math.max(...YEARS.filter((y) => p.directions[y]).map((y) => Number(y.slice(1))));

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2023-06-01T09:00:00+09:00");
});

describe("endCompared: which of them ends first or runs longest (probe 97)", () => {
  it.each([
    ["どっちが先に終わる？", "", "first"],
    ["どちらが先に終わりますか", "", "first"],
    // っけ, as one asks what one has forgotten (probe 176).
    ["AとBってどっちが先に終わるんだっけ", "AとBって", "first"],
    ["どっちが長く続くんでしたっけ？", "", "last"],
    // The asker's guess after the comparison, a tag question (probe 176).
    ["AとB、どっちが先に終わる？同時じゃん？", "AとB、", "first"],
    ["AとB、どっちが長く続く？どっちもずっとだよね", "AとB、", "last"],
    ["そのうち一番早く終わるのは？", "", "first"],
    ["じゃあ一番長く続くのは？", "", "last"],
    ["どっちが長く続く？", "", "last"],
    ["政策企画課の事業で一番長く続くのはどれ？", "政策企画課の事業", "last"],
    ["7-6の中で最も早く終わる事業は？", "7-6", "first"],
    // The end rated after it is named, as the comparison is.
    ["終わるのが一番遅い事業は？", "", "last"],
    ["完了するのが最も早いのはどれ？", "", "first"],
    ["7-2で終了が一番早いのは？", "7-2", "first"],
    // The span rated after it is named, as the comparison is (probe 306).
    ["期間が一番短いのは？", "", "first"],
    ["人事課の事業で期間が最も長いのはどれ？", "人事課の事業", "last"],
    // The whole plan named is the whole plan, whatever came before.
    ["全部の事業のうち一番早く終わるのは？", "全事業", "first"],
    ["この計画で一番長く続く事業", "全事業", "last"],
    // A polite question ended with 。 (probe 135: the list alone had answered).
    ["施策7-1の事業で一番早く終わるのはどれですか。", "施策7-1の事業", "first"],
    // What is planned: 予定, 見込み (probe 155).
    ["どっちが長く続く予定？", "", "last"],
    ["どちらが先に終わる見込みですか", "", "first"],
    // Which of two asked after the end (probe 181).
    ["リノベの二件のうち長く続くのはどちらか", "リノベの二件", "last"],
    ["このうち先に終わるのはどっち？", "", "first"],
  ])("reads %s as comparing %j by the %s end", (q, rest, wanted) => {
    // (完了 said compares those that complete: see every-year-ranges-and-plain-checks.test.ts.)
    expect(endCompared(q)).toEqual({ rest, wanted, completion: /完了/.test(q) });
  });

  it.each([
    ["早く終わる事業"],
    ["そのうち計画期間の最後まで続くのは？"],
    ["R5に完了する事業"],
    ["長く続いている事業"],
    // 先に said of a year asks for a range.
    ["R5より先に終わる事業は？"],
    // A guess after a question that compares nothing is no comparison either.
    ["R5に完了する事業は？全部で3件だよね"],
    // どれ after it asks for those listed so, not which of them.
    ["最後まで続くのはどれ？"],
  ])("reads no comparison in %s", (q) => {
    expect(endCompared(q)).toBeNull();
  });

  it.each([["どっちが先に終わる"], ["どっちが短い"], ["一番長く続く予定"]])(
    "reads %s before a long run of spaces at once (review-53: the spaces had been shared out for 44 s)",
    (q) => {
      expect(endCompared(`${q}${" ".repeat(2000)}x`)).toBeNull();
      expect(endCompared(`${q}${" ".repeat(2000)}？`)).not.toBeNull();
    },
  );
});

describe("projects compared by when they end, answered (probe 97)", () => {
  it("answers the department's projects listed longest, the others after them", async () => {
    const a = await engine.ask("政策企画課の事業で一番長く続くのはどれ？");
    const own = plan.projects.filter((p) => p.department === "政策企画課");
    const latest = Math.max(...own.map(lastYear));
    const winners = own.filter((p) => lastYear(p) === latest);
    expect(winners.length).toBeLessThan(own.length);
    expect(a.projects.slice(0, a.answered).map(keyOf).sort()).toEqual(winners.map(keyOf).sort());
    expect(a.projects.map(keyOf).sort()).toEqual(own.map(keyOf).sort());
    expect(a.leads?.[0]).toMatch(/^一番長く続くのは、/);
  });

  it.each([
    ["一番早く終わる事業は？", "first"],
    ["終わるのが一番遅い事業は？", "last"],
    ["一番最後まで続く事業は？", "last"],
  ] as const)("compares the whole plan's projects for %s asked with nothing before", async (q, wanted) => {
    const a = await engine.ask(q);
    const ends = plan.projects.map(lastYear);
    const best = wanted === "first" ? Math.min(...ends) : Math.max(...ends);
    const winners = plan.projects.filter((p) => lastYear(p) === best);
    expect(a.projects).toHaveLength(plan.projects.length);
    expect(a.projects.slice(0, a.answered).map(keyOf).sort()).toEqual(winners.map(keyOf).sort());
  });

  it("goes on from a whole-plan comparison in the order it gave: それの担当 of its winner, 2番目 the second shown", async () => {
    const first = await engine.ask("全部の事業のうち一番早く終わるのは？");
    expect(first.answered).toBe(1);
    const [winner, second] = first.projects as [Project, Project];
    const of = await engine.ask("それの担当は？", { previous: goesOnFrom(first) });
    expect(of.projects.map(keyOf)).toEqual([keyOf(winner)]);
    const next = await engine.ask("2番目のは？", { previous: goesOnFrom(first) });
    expect(next.projects.slice(0, next.answered).map(keyOf)).toEqual([keyOf(second)]);
  });

  it("counts many projects ending together in its first sentence, and many others in the next", async () => {
    const a = await engine.ask("一番長く続く事業は？");
    expect(a.answered).toBeGreaterThan(5);
    expect(a.leads?.[0]).toBe(`一番長く続くのは、R7まで計画に載っている${a.answered}件です。`);
    expect(a.notes[1]).toBe(`ほかの${plan.projects.length - a.answered}件は、長く続く順に下に示します。`);
  });

  it("answers which of the projects just listed ends first, in a sentence", async () => {
    const a = await engine.ask("どっちが先に終わる？", { previous: "人事課の事業" });
    expect(a.projects.map(keyOf)).toEqual(["7-3#2", "7-3#1"]);
    expect(a.answered).toBe(1);
    expect(a.leads?.[0]).toBe("先に終わるのは、人事給与制度の見直し（R4 完了）です。");
  });

  it("compares the one named with と beside the project in view (「Xとどっちが先に終わる？」, probe 176)", async () => {
    const first = await engine.ask("庁内のICT基盤の充実ってどこの担当？");
    expect(first.projects.map(keyOf)[0]).toBe("7-2#20");
    const a = await engine.ask("情報システムの全体最適化とどっちが先に終わる？", {
      previous: goesOnFrom(first),
    });
    expect(a.projects.map(keyOf).slice(0, 2)).toEqual(["7-2#21", "7-2#20"]);
    expect(a.leads?.[0]).toBe("先に終わるのは、情報システムの全体最適化（R4 完了）です。");
  });

  it("answers which of two ends first with laughter after the question (「…どっちが先に終わる？（笑）」, probe 176)", async () => {
    const a = await engine.ask("貸室のWi-Fi整備とコミセンの管理運営事業、どっちが先に終わる？（笑）");
    expect(a.leads?.[0]).toBe("先に終わるのは、貸室利用者向けWi-Fi環境整備事業（R4 完了）です。");
  });

  it("answers how two named projects differ with both, in the order asked, each with its purpose and content", async () => {
    const a = await engine.ask("市民会館跡地のハードのやつと周辺整備のやつの違い教えて");
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-2#11", "7-2#12"]);
    expect(a.notes).toContain("違いが分かるよう、それぞれの目的と内容を並べて示します。");
    expect(a.fieldsAsked).toEqual(expect.arrayContaining(["目的", "内容"]));
  });

  it("compares the list again after one picked by a comparison (じゃあ一番長く続くのは？, probe 154)", async () => {
    const picked = await engine.ask("その中で一番早く終わるのは？", { previous: "7-2-4の事業" });
    expect(picked.answered).toBe(1);
    const a = await engine.ask("じゃあ一番長く続くのは？", { previous: goesOnFrom(picked) });
    const own = plan.projects.filter((p) => p.initiative === "7-2-4");
    const winners = own.filter((p) => lastYear(p) === Math.max(...own.map(lastYear)));
    expect(winners.length).toBeGreaterThan(1);
    expect(a.projects.slice(0, a.answered).map(keyOf).sort()).toEqual(winners.map(keyOf).sort());
  });

  it("reads 先に終わる方, then もう一方, of the two named and compared (probe 154)", async () => {
    const compared = await engine.ask("マイナンバーカードの普及とおくやみコーナー、どっちが先に終わる？");
    const [winner, other] = compared.projects as [Project, Project];
    expect(compared.answered).toBe(1);
    expect(winner.department).not.toBe(other.department);
    const first = await engine.ask("先に終わる方の担当課は？", { previous: goesOnFrom(compared) });
    expect(first.projects.slice(0, first.answered).map(keyOf)).toEqual([keyOf(winner)]);
    expect(first.leads?.[0]).toContain(winner.department);
    const next = await engine.ask("もう一方の担当課は？", { previous: goesOnFrom(first) });
    expect(next.projects.slice(0, next.answered).map(keyOf)).toEqual([keyOf(other)]);
    expect(next.leads?.[0]).toContain(other.department);
  });

  it.each([
    ["短い方はいつ完了？", "first"],
    ["長く続く方の担当課は？", "last"],
  ] as const)("reads %s after two compared as the one that ends so", async (q, wanted) => {
    const compared = await engine.ask("避難所のWi-Fiと施設の天井の耐震、どっちが長く続く？");
    const two = compared.projects.slice(0, 2);
    const ranked = [...two].sort((a, b) => lastYear(a) - lastYear(b));
    expect(lastYear(ranked[0] as Project)).toBeLessThan(lastYear(ranked[1] as Project));
    const a = await engine.ask(q, { previous: goesOnFrom(compared) });
    const want = wanted === "first" ? ranked[0] : ranked[1];
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual([keyOf(want as Project)]);
  });

  it("goes on from the one project picked: それ is it, another place picks from the list again (probe 106)", async () => {
    const picked = await engine.ask("この中で一番早く終わるのは？", { previous: "施策7-6の事業" });
    expect(picked.answered).toBe(1);
    const [winner] = picked.projects as [Project];
    const of = await engine.ask("それの内容は？", { previous: goesOnFrom(picked) });
    expect(of.projects.map(keyOf)).toEqual([keyOf(winner)]);
    const second = await engine.ask("2番目のは？", { previous: goesOnFrom(picked) });
    expect(second.projects.map(keyOf)).toEqual(["7-6#2"]);
  });

  it("compares two projects named in the message, each found", async () => {
    const a = await engine.ask("管理職のコーチング研修と人事給与制度の見直し、どっちが先に終わる？");
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-3#2"]);
    expect(a.projects.map(keyOf)).toContain("7-3#1");
  });

  it("takes a project completing in a year to end before one only listed no further", async () => {
    const a = await engine.ask("どっちが先に終わる？", { previous: "7-2の9番と17番" });
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-2#9"]);
    expect(lastYear(plan.projects.find((p) => keyOf(p) === "7-2#17") as Project)).toBe(4);
  });

  it("names no 違い missing when asked how two projects differ", async () => {
    const a = await engine.ask("リノベのいばらきの事業が2つあるけど違いは何？");
    expect(a.missingTerms).toEqual([]);
    expect(a.projects.slice(0, a.answered).map(keyOf).sort()).toEqual(["7-7#3", "7-7#4"]);
  });
});
