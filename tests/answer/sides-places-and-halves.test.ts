// The eighty-second session's probes (410–416): years said after or before another, the plan's halves, the units
// themselves counted, what the plan does not record, two sides compared, projects picked by their places, corrections
// and casual forms in a thread, and directions denied in other words. Each table row is a phrasing the rule reads; each
// rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { type Project, projectKey, type YearKey } from "../../src/plan/schema.js";
import { answeredKeys, keysOf, planUnderTest } from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const keys = keysOf;
const answered = answeredKeys;
const ends =
  (...years: YearKey[]) =>
  (p: Project) =>
    years.some((y) => /完了/.test(p.directions[y] ?? ""));
const has = (year: YearKey, direction: string) => (p: Project) => p.directions[year] === direction;
const ofUnit = (department: string) => (p: Project) => p.department === department;
const ofCode = (code: string) => (p: Project) => p.policy === code;
const completes = (p: Project) => Object.values(p.directions).some((d) => /完了/.test(d ?? ""));
const inPolicy = (code: string) => plan.projects.filter(ofCode(code));
const lead = (a: Answer) => (a.leads ?? [])[0] ?? "";

describe("a year said with の後に or の前に (probe 413's class)", () => {
  it.each([
    ["R3のあとに完了する事業は？", where(ends("R4", "R5", "R6", "R7"))],
    ["令和3年度の後で終わる事業", where(ends("R4", "R5", "R6", "R7"))],
    ["R5の前に終わった事業", where(ends("R3", "R4"))],
  ])("reads %s as the years beyond it, the year itself left out", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });

  it("does not rank who ends last when the year is said first (令和3年度の後に終わる事業)", async () => {
    const a = await engine.ask("令和3年度の後に終わる事業");
    expect(answered(a)).toEqual(where(ends("R4", "R5", "R6", "R7")));
    expect(a.notes.join()).not.toContain("一番長く続く");
  });

  it("names a listing that stops without 完了 within a range asked (R6以降に完了する事業)", async () => {
    const stops = plan.projects.filter(
      (p) => Object.keys(p.directions).at(-1) === "R6" && !/完了/.test(p.directions.R6 ?? ""),
    );
    const a = await engine.ask("R6以降に完了する事業");
    expect(stops.length).toBeGreaterThan(0);
    const note = a.notes.find((n) => n.startsWith("完了の記載はないまま")) ?? "";
    for (const p of stops) expect(note).toContain(p.name);
  });
});

describe("the plan's halves (probe 413)", () => {
  it.each([
    ["計画の前半で完了する事業", where(ends("R3", "R4"))],
    ["前半に完了した事業は？", where(ends("R3", "R4"))],
    ["計画の前半（R3・R4）で完了する事業はどれ？", where(ends("R3", "R4"))],
    ["計画期間の後半に縮小の事業", where((p) => has("R6", "縮小")(p) || has("R7", "縮小")(p))],
  ])("reads %s as the years of that half", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });
});

describe("the units themselves counted of the whole chapter (probe 404's class)", () => {
  it("answers 施策っていくつ？ with the policies and their titles, no project listed", async () => {
    const a = await engine.ask("施策っていくつ？");
    expect(a.answered).toBe(0);
    expect(a.projects).toEqual([]);
    expect(lead(a)).toMatch(new RegExp(`^この章の施策は${plan.policies.length}件です`));
    for (const p of plan.policies) expect(lead(a)).toContain(`${p.code} ${p.title}`);
    expect(a.notes.join()).not.toContain("見つかりませんでした");
  });

  it("answers 担当課は全部でいくつ？ with their number alone", async () => {
    const a = await engine.ask("担当課は全部でいくつ？");
    expect(a.answered).toBe(0);
    expect(lead(a)).toBe(`担当課は${new Set(plan.projects.map((p) => p.department)).size}課です。`);
  });

  it("still lists the projects when they are counted too (施策は何個で事業は何件？)", async () => {
    const a = await engine.ask("施策は何個で事業は何件？");
    expect(a.answered).toBe(plan.projects.length);
  });
});

describe("what the plan does not record, asked beside what it does (probe 416)", () => {
  it("answers a department's projects and says KPIs are not recorded (人事課の事業のKPIと…)", async () => {
    const a = await engine.ask("人事課の事業のKPIと、それぞれR4の方向性を教えてください");
    expect(answered(a)).toEqual(where(ofUnit("人事課")));
    expect(a.notes.join()).toContain("成果指標（KPI）");
  });

  it.each([
    ["令和7年度まで続く事業って何件？予算規模も知りたい", "予算規模"],
    ["情報システム課の事業の会議日程ってわかる？", "会議日程"],
    ["チャレンジいばらき補助金の拡充って補助額いくら？", "補助額"],
  ])("keeps the projects of %s and names %s as not recorded", async (q, thing) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes).toContain(
      `${thing}は計画に記載がありません（計画にあるのは、各事業の担当課・目的・内容と年度ごとの方向性です）。`,
    );
  });

  it("does not count the projects for a count of use (おくやみコーナー… then 年間の利用件数は？)", async () => {
    const a = await thread("おくやみコーナーって何をするところ？", "年間の利用件数は？");
    expect(a.answered).toBe(1);
    expect(a.notes.join()).not.toMatch(/該当する事業は\d+件です/);
    expect(a.notes.join()).toContain("年間の利用件数は計画に記載がありません");
  });

  it("keeps the thread when the head of the department is asked (…そのうち施策7-6のは？ then 担当課の課長は誰？)", async () => {
    const a = await thread("R3に新規の事業", "そのうち施策7-6のは？", "担当課の課長は誰？");
    expect(answered(a)).toEqual(where((p) => p.policy === "7-6" && /新規/.test(p.directions.R3 ?? "")));
  });
});

describe("two sides compared (probe 412)", () => {
  it.each([
    ["R4とR5で完了する事業の数を比べたい", where(ends("R4", "R5"))],
    [
      "政策企画課と財産活用課でR7まで載っている事業の数 比較",
      where((p) => (ofUnit("政策企画課")(p) || ofUnit("財産活用課")(p)) && p.directions.R7 !== undefined),
    ],
  ])("answers %s, the words of comparing no word to search", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });

  const count = (holds: (p: Project) => boolean) => plan.projects.filter(holds).length;
  it("says which department has more, with each count (財産活用課と情報システム課では、どちらの事業が多いですか)", async () => {
    const a = await engine.ask("財産活用課と情報システム課では、どちらの事業が多いですか");
    const [x, y] = [count(ofUnit("財産活用課")), count(ofUnit("情報システム課"))];
    expect(x).not.toBe(y);
    expect(lead(a)).toBe(
      `${x > y ? "財産活用課" : "情報システム課"}のほうが多いです（情報システム課 ${y}件、財産活用課 ${x}件）。`,
    );
  });

  it("says which year has more of a direction (R4とR5、完了する事業が多いのはどっちの年度？)", async () => {
    const a = await engine.ask("R4とR5、完了する事業が多いのはどっちの年度？");
    const [r4, r5] = [count(ends("R4")), count(ends("R5"))];
    expect(lead(a)).toBe(
      `${r4 > r5 ? "令和4年度" : "令和5年度"}のほうが多いです（令和4年度 ${r4}件、令和5年度 ${r5}件）。`,
    );
  });

  it("says which has fewer when fewer is asked (7-1と7-3、事業が少ないのはどっち？)", async () => {
    const a = await engine.ask("7-1と7-3、事業が少ないのはどっち？");
    const [a1, a3] = [inPolicy("7-1").length, inPolicy("7-3").length];
    expect(lead(a)).toBe(`${a1 < a3 ? "7-1" : "7-3"}のほうが少ないです（7-1 ${a1}件、7-3 ${a3}件）。`);
  });

  it("says a tie as one (人事課と市民課、事業数はどっちが多い？)", async () => {
    const a = await engine.ask("人事課と市民課、事業数はどっちが多い？");
    expect(count(ofUnit("人事課"))).toBe(count(ofUnit("市民課")));
    expect(lead(a)).toMatch(/^どちらも同数です/);
  });
});

describe("projects picked by their places (probe 414)", () => {
  const names = inPolicy("7-7");
  it.each([
    ["上の2つの担当課は？", names.slice(0, 2)],
    ["最初の2つは？", names.slice(0, 2)],
    ["下の2つは？", names.slice(-2)],
    ["最後の3つの目的は？", names.slice(-3)],
  ])("reads %s after 7-7の事業 as those projects", async (q, expected) => {
    expect(answered(await thread("7-7の事業", q))).toEqual(keys(expected));
  });

  it("does not pick as many as the list holds (上の4つは？ of four is no pick)", async () => {
    const a = await thread("7-7の事業", "上の4つは？");
    expect(a.notes.join()).not.toContain("のこととして");
  });
});

describe("corrections and casual forms in a thread (probes 411, 413)", () => {
  it("replaces the department with the one said after ごめん (…政策企画課の then ごめん市民協働推進課)", async () => {
    const a = await thread("R5に継続の事業で政策企画課の", "ごめん市民協働推進課");
    expect(answered(a)).toEqual(where((p) => ofUnit("市民協働推進課")(p) && has("R5", "継続")(p)));
  });

  it("asks the question again of a year said with で (令和8年度に継続の事業は？ then じゃあ令和7年度で)", async () => {
    const a = await thread("令和8年度に継続の事業は？", "じゃあ令和7年度で");
    expect(answered(a)).toEqual(where(has("R7", "継続")));
  });

  it("narrows the list by a casual する (７－２－７の事業 then R4で完了すんのは)", async () => {
    const a = await thread("７－２－７の事業", "R4で完了すんのは");
    expect(answered(a)).toEqual(where((p) => p.initiative === "7-2-7" && ends("R4")(p)));
  });

  it("reads a 完了 cut short by the IME as 完了する？ (総持寺のｾﾝﾀｰの工事 then 完了す？)", async () => {
    const a = await thread("総持寺のｾﾝﾀｰの工事", "完了す？");
    expect(a.leads?.[0]).toMatch(/^はい。/);
  });

  it("reads まであるの as lasting to that year (ＩＣＴって名前につく事業 then そのうちR7まであるの)", async () => {
    const a = await thread("ＩＣＴって名前につく事業", "そのうちR7まであるの");
    expect(answered(a)).toEqual(where((p) => /ICT/.test(p.name) && p.directions.R7 !== undefined));
  });

  it("swaps a code said with のもの (…そのうち施策7-5のものの目的は？ then 施策7-4のものは？)", async () => {
    const a = await thread(
      "令和3年度に新規の事業を教えてください。",
      "そのうち施策7-5のものの目的は？",
      "施策7-4のものは？",
    );
    expect(answered(a)).toEqual(where((p) => p.policy === "7-4" && /新規/.test(p.directions.R3 ?? "")));
  });

  it("reads ほかの事業の目的も after a narrowing as the rest of the list (probe 415)", async () => {
    const a = await thread(
      "施策7-1の事業を教えてください。",
      "そのうち令和4年度に縮小するものは何のための事業ですか。",
      "ほかの事業の目的も教えてください。",
    );
    expect(answered(a)).toEqual(where((p) => p.policy === "7-1" && !has("R4", "縮小")(p)));
  });
});

describe("directions denied in other words (probe 410)", () => {
  const never = (direction: RegExp) => (p: Project) =>
    !Object.values(p.directions).some((d) => direction.test(d ?? ""));
  it.each([
    ["最後まで完了しない事業を教えてください", where((p) => !completes(p))],
    [
      "人権・男女共生課の事業で完了の予定がないもの",
      where((p) => ofUnit("人権・男女共生課")(p) && !completes(p)),
    ],
    [
      "継続以外の方向性になったことが一度もない事業",
      where((p) => Object.values(p.directions).every((d) => d === "継続")),
    ],
    ["新規で始まってない事業", where(never(/新規/))],
  ])("answers %s", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });
});

describe("why one asks, before the ask (probe 414)", () => {
  it("does not search the words of 後任に説明するために、", async () => {
    const a = await engine.ask(
      "後任に説明するために、市役所の窓口に来なくても手続きができるようにする事業を知りたいです。",
    );
    expect(a.searchedWords).not.toContain("説明");
  });
});

describe("places said in the question itself, of any list it makes exactly (probe 420)", () => {
  const of = (code: string) => inPolicy(code).map(projectKey);
  const inOrder = (holds: (p: Project) => boolean) => plan.projects.filter(holds).map(projectKey);
  it.each([
    ["7-5の最初の2つの担当課は？", of("7-5").slice(0, 2)],
    ["7-1の最後の2つ", of("7-1").slice(-2)],
    ["7-7の最後の事業っていつまでやるの？", of("7-7").slice(-1)],
    ["人権・男女共生課の事業の最後から2番目", inOrder(ofUnit("人権・男女共生課")).slice(-2, -1)],
    ["R4に完了する事業の3番目って何？", inOrder(ends("R4")).slice(2, 3)],
    ["情報システム課の事業、上の2つだけ見せて", inOrder(ofUnit("情報システム課")).slice(0, 2)],
  ])("answers %s with those places of the list, in the plan's order", async (q, expected) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual([...expected].sort());
    expect(a.searchedWords).toEqual([]);
  });

  it("reads other places of the same list after several were picked (7-7の事業, 上の2つの担当課は？, 下の2つは？)", async () => {
    const a = await thread("7-7の事業", "上の2つの担当課は？", "下の2つは？");
    expect(answered(a)).toEqual(keys(inPolicy("7-7").slice(-2)));
  });

  it("answers the rest of a list after several were picked (7-6の事業, 上の2つの担当課は？, 残りは？)", async () => {
    const a = await thread("7-6の事業", "上の2つの担当課は？", "残りは？");
    expect(answered(a)).toEqual(keys(inPolicy("7-6").slice(2)));
  });

  it("still reads a code's projects asked after a thread as a question of its own (…じゃあ7-6の事業は？)", async () => {
    const a = await thread("公民館のコミセン化って事業ある？", "じゃあ7-6の事業は？");
    expect(answered(a)).toEqual(keys(inPolicy("7-6")));
  });
});

describe("two counts compared in more ways (probes 417, 419)", () => {
  const count = (holds: (p: Project) => boolean) => plan.projects.filter(holds).length;
  it("says the side with more when どっち comes before what is counted (財産活用課と市民協働推進課、どっちが事業多い？)", async () => {
    const a = await engine.ask("財産活用課と市民協働推進課、どっちが事業多い？");
    const [x, y] = [count(ofUnit("財産活用課")), count(ofUnit("市民協働推進課"))];
    expect(lead(a)).toMatch(new RegExp(`^${x > y ? "財産活用課" : "市民協働推進課"}のほうが多いです`));
  });

  it("says the difference of two counts (人事課と情報システム課、事業数の差は？)", async () => {
    const a = await engine.ask("人事課と情報システム課、事業数の差は？");
    const [x, y] = [count(ofUnit("人事課")), count(ofUnit("情報システム課"))];
    expect(lead(a)).toBe(`差は${Math.abs(x - y)}件です（情報システム課 ${y}件、人事課 ${x}件）。`);
  });

  it("answers whether two years list about as many (R6とR7、載ってる事業の数って同じくらい？)", async () => {
    const a = await engine.ask("R6とR7、載ってる事業の数って同じくらい？");
    const [r6, r7] = [
      count((p) => p.directions.R6 !== undefined),
      count((p) => p.directions.R7 !== undefined),
    ];
    expect(r6).not.toBe(r7);
    expect(lead(a)).toMatch(
      new RegExp(`^いいえ。令和${r6 > r7 ? 6 : 7}年度のほうが${Math.abs(r6 - r7)}件多いです`),
    );
  });

  it("counts the departments asked with 何課 (担当課って何課ある？)", async () => {
    const a = await engine.ask("担当課って何課ある？");
    expect(a.answered).toBe(0);
    expect(lead(a)).toBe(`担当課は${new Set(plan.projects.map((p) => p.department)).size}課です。`);
  });
});

describe("more of a thread and of a message (probes 418–422)", () => {
  it("reads a half denied as the years it is not listed (計画の後半には載っていない事業)", async () => {
    const a = await engine.ask("計画の後半には載っていない事業");
    expect(answered(a)).toEqual(where((p) => p.directions.R6 === undefined && p.directions.R7 === undefined));
  });

  it("leaves out laughter before a space (…だよね笑 じゃあ全体でR4に完了するのは？)", async () => {
    const a = await engine.ask("なるほど笑 R4に完了する事業は？");
    expect(answered(a)).toEqual(where(ends("R4")));
  });

  it("answers いいえ to a department said to do the project in view (おくやみコーナーの事業 then 市民課がやってるんだっけ？)", async () => {
    const a = await thread("おくやみコーナーの事業", "市民課がやってるんだっけ？");
    expect(lead(a)).toMatch(/^いいえ。.*市民生活相談課です。$/);
  });

  it("reads the narrowing's own code left out as the rest of the list (…そのうち7-2のものは？ then じゃあ7-2以外は？)", async () => {
    const a = await thread("R3に新規の事業はいくつ？", "そのうち7-2のものは？", "じゃあ7-2以外は？");
    expect(answered(a)).toEqual(where((p) => p.policy !== "7-2" && /新規/.test(p.directions.R3 ?? "")));
  });
});

describe("the side a comparison named, asked of after it (probe 417)", () => {
  it("narrows to the side with more (…どっちが事業多い？ then じゃあ多い方でR4に完了するのは？)", async () => {
    const a = await thread(
      "財産活用課と市民協働推進課、どっちが事業多い？",
      "じゃあ多い方でR4に完了するのは？",
    );
    const more =
      plan.projects.filter(ofUnit("財産活用課")).length >
      plan.projects.filter(ofUnit("市民協働推進課")).length
        ? "財産活用課"
        : "市民協働推進課";
    expect(answered(a)).toEqual(where((p) => ofUnit(more)(p) && ends("R4")(p)));
  });

  it("narrows to the side with fewer (…施策7-6と7-7でどっちが多い？ then 少ない方の事業名は？)", async () => {
    const a = await thread("令和4年度に継続の事業、施策7-6と7-7でどっちが多い？", "少ない方の事業名は？");
    const counts = ["7-6", "7-7"].map((c) =>
      plan.projects.filter((p) => p.policy === c && has("R4", "継続")(p)),
    );
    const [fewer] = [...counts].sort((x, y) => x.length - y.length);
    expect(counts[0]?.length).not.toBe(counts[1]?.length);
    expect(answered(a)).toEqual(keys(fewer ?? []));
  });
});

describe("the policies asked by their titles, and a year's after in a thread (probes 418, 419)", () => {
  it.each([["施策名の一覧"], ["この章の施策のタイトルを一覧で教えてください"]])(
    "names every policy for %s, no word searched",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.searchedWords).toEqual([]);
      for (const p of plan.policies) expect(a.notes.join()).toContain(p.title);
    },
  );

  it("reads じゃあR5のあとは？ as the years after R5 (R5より前に終わった事業 then)", async () => {
    const a = await thread("R5より前に終わった事業", "じゃあR5のあとは？");
    const stopsAtR6 = plan.projects.filter(
      (p) => Object.keys(p.directions).at(-1) === "R6" && !/完了/.test(p.directions.R6 ?? ""),
    );
    expect(answered(a)).toEqual(where(ends("R6", "R7")));
    expect(stopsAtR6.length).toBeGreaterThan(0);
    for (const p of stopsAtR6) expect(a.notes.join()).toContain(p.name);
  });
});

describe("the count of the rest of a list (probe 418)", () => {
  it("says the count of those left, not the first question's (R3に新規の事業はいくつ？ … それ以外は？)", async () => {
    const a = await thread("R3に新規の事業はいくつ？", "そのうち7-2のものは？", "それ以外は？");
    const left = plan.projects.filter((p) => p.policy !== "7-2" && /新規/.test(p.directions.R3 ?? ""));
    expect(answered(a)).toEqual(keys(left));
    expect(a.notes).toContain(`該当する事業は${left.length}件です。`);
    const whole = plan.projects.filter((p) => /新規/.test(p.directions.R3 ?? "")).length;
    expect(a.notes.join()).not.toContain(`該当する事業は${whole}件です`);
  });
});
