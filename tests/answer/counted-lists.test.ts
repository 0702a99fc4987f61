import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/answer.js";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Direction, type Project, projectKey, type YearKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });

/** A list or a count, answered from the plan alone: the index is never asked. */
const structured = (q: string) =>
  answer(q, {
    catalog,
    now: NOW,
    search: () => Promise.reject(new Error(`the index was loaded for a structured question: ${q}`)),
  });

const ended = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");
const keysOf = (ps: readonly Project[]) => ps.map(projectKey).sort();
const perPolicy = (ps: readonly Project[]) =>
  [...catalog.policies.keys()].map((c) => `${c} ${ps.filter((p) => p.policy === c).length}件`).join("、");
const perYear = (ps: readonly Project[], ds: readonly Direction[], years: readonly YearKey[]) =>
  years
    .map((y) => {
      const n = ps.filter((p) => ds.includes(p.directions[y] as Direction)).length;
      return `令和${y.slice(1)}年度 ${n}件`;
    })
    .join("、");

// The work a list is wanted for (集計, 抽出, まとめる) names no subject: the list is what is asked (probe 124: the verb
// had been searched, and the answer was 「見つかりませんでした」).
describe("a list asked for the work it is wanted for", () => {
  it.each([
    "完了した事業を施策別に集計したい。",
    "完了した事業を施策別に集計",
    "完了した事業の施策別の集計をお願いします",
    "完了事業を施策ごとに集計してほしい",
    "完了事業を施策ごとにまとめてほしい",
  ])("counts the completed projects by policy for %s", async (q) => {
    const a = await structured(q);
    const want = plan.projects.filter(ended);
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
    expect(a.notes).toContain(`施策ごとの事業数（${catalog.policies.size}施策）: ${perPolicy(want)}`);
  });

  it.each([
    "議会答弁用に、令和3年度から令和7年度までずっと継続の事業を抽出したい。",
    "令和3年度から令和7年度までずっと継続の事業をピックアップして",
  ])("lists the projects 継続 in every year for %s", async (q) => {
    const a = await structured(q);
    const want = plan.projects.filter((p) =>
      (["R3", "R4", "R5", "R6", "R7"] as const).every((y) => p.directions[y] === "継続"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
  });
});

// A count asked year by year (probe 124: 年度ごと had been searched with the direction, 推移 as a word).
describe("a count asked year by year", () => {
  const all = catalog.years;
  it.each([
    ["完了事業の件数の推移を年度別に。", all],
    ["年度ごとの完了事業の件数", all],
    ["完了事業の件数を年度別に", all],
    // (A direction after 年度ごとの is the one counted — second read.)
    ["年度ごとの完了の件数は？", all],
  ])("says, for %s, how many complete in each year", async (q, years) => {
    const a = await structured(q);
    const completed: Direction[] = ["完了", "新規完了"];
    expect(a.notes).toContain(
      `年度ごとの事業数（完了・新規完了）: ${perYear(plan.projects, completed, years)}`,
    );
    // (Once: not again as the count sentence's own breakdown.)
    expect(a.notes.filter((n) => n.includes("令和4年度")).length).toBe(1);
  });

  it("counts a department's projects listed in each year when no direction is asked", async () => {
    const a = await structured("人権・男女共生課の事業の年度ごとの件数");
    const theirs = plan.projects.filter((p) => p.department === "人権・男女共生課");
    const listed = all.map((y) => `令和${y.slice(1)}年度 ${theirs.filter((p) => p.directions[y]).length}件`);
    expect(a.notes).toContain(`年度ごとの事業数（計画に記載のある事業）: ${listed.join("、")}`);
  });

  it("counts the direction said after 年度ごとの in each year (年度ごとの拡充の件数は？, second read)", async () => {
    const a = await structured("年度ごとの拡充の件数は？");
    const widened: Direction[] = ["拡充", "臨時拡充"];
    expect(a.notes).toContain(`年度ごとの事業数（拡充・臨時拡充）: ${perYear(plan.projects, widened, all)}`);
  });

  it("counts every project listed in each year for 事業の推移を教えて (second read)", async () => {
    const a = await structured("事業の推移を教えて");
    const listed = all.map(
      (y) => `令和${y.slice(1)}年度 ${plan.projects.filter((p) => p.directions[y]).length}件`,
    );
    expect(a.notes).toContain(`年度ごとの事業数（計画に記載のある事業）: ${listed.join("、")}`);
  });

  it("does not count by year when 推移 is said of one project's directions (review)", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進の方向性の推移は？");
    expect(a.notes.some((n) => n.startsWith("年度ごとの事業数"))).toBe(false);
  });

  it("does not count when each year's direction is asked (マイナンバーカードの年度ごとの方向性)", async () => {
    const a = await engine.ask("マイナンバーカードの年度ごとの方向性");
    expect(a.notes.some((n) => n.startsWith("年度ごとの事業数"))).toBe(false);
    expect(a.answered).toBe(1);
  });
});

// Two asks of a count in one message, each counted (probe 125: read as both at once, 0件; or merged into one figure).
describe("two counts asked in one message", () => {
  const completed: Direction[] = ["完了", "新規完了"];
  const inYear = (y: YearKey, ds: readonly Direction[]) =>
    plan.projects.filter((p) => ds.includes(p.directions[y] as Direction));

  it.each(["R4完了とR5完了 それぞれ何件", "R4の完了とR5の完了はそれぞれ何件？"])(
    "answers %s with either year's projects and each year's count",
    async (q) => {
      const a = await engine.ask(q);
      const r4 = inYear("R4", completed);
      const r5 = inYear("R5", completed);
      expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf([...new Set([...r4, ...r5])]));
      expect(a.notes[0]).toBe(
        `該当する事業は${a.answered}件です（令和4年度: ${r4.length}件、令和5年度: ${r5.length}件）。`,
      );
    },
  );

  it("still reads two years with one direction joined by と and nothing else as both (R3に拡充とR4に拡充の事業)", async () => {
    const a = await engine.ask("R3に拡充とR4に拡充の事業");
    const both = plan.projects.filter((p) =>
      (["R3", "R4"] as const).every((y) => ["拡充", "臨時拡充"].includes(p.directions[y] ?? "")),
    );
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(both));
  });

  it.each(["R3の臨時拡充何件 あとR4の完了も", "R3の臨時拡充は何件？あとR4の完了も"])(
    "answers %s with both asks' projects and each ask's count",
    async (q) => {
      const a = await engine.ask(q);
      const first = inYear("R3", ["臨時拡充"]);
      const also = inYear("R4", completed);
      expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf([...new Set([...first, ...also])]));
      expect(a.notes[0]).toBe(
        `該当する事業は${a.answered}件です（令和3年度 臨時拡充: ${first.length}件、令和4年度 完了・新規完了: ${also.length}件）。`,
      );
    },
  );
});

// The policies themselves asked for (probe 133: 0件, or one project matching 全体).
describe("the chapter's policies, asked for", () => {
  const titled = (ps: readonly Project[], codes: readonly string[]) =>
    codes
      .map((c) => `${c} ${catalog.policies.get(c)?.title}（${ps.filter((p) => p.policy === c).length}件）`)
      .join("、");

  it.each([
    "どんな施策がありますか",
    "施策の一覧",
    "施策って何がある？",
    "この章の施策を教えて",
    "異動してきたばかりなので、まず全体像を知りたいです。どんな施策があるんですか",
  ])("answers %s with every policy, by code and title, and how many projects each holds", async (q) => {
    const a = await engine.ask(q);
    const codes = [...catalog.policies.keys()];
    expect(a.notes[0]).toBe(`この章の施策は${codes.length}件です: ${titled(plan.projects, codes)}`);
    expect(a.answered).toBe(plan.projects.length);
  });

  it("answers 人事課の施策の一覧 with the policies its projects are under, none other", async () => {
    const a = await structured("人事課の施策の一覧");
    const theirs = plan.projects.filter((p) => p.department === "人事課");
    const codes = [...new Set(theirs.map((p) => p.policy))];
    expect(a.notes[0]).toBe(`該当する事業のある施策は${codes.length}件です: ${titled(theirs, codes)}`);
  });

  it.each([
    ["ふるさと寄附金の事業について。施策を教えて", "7-1#2"],
    ["コーチング研修ってどの施策？施策名が知りたい", "7-3#1"],
  ])("answers %s with the project named, not every policy (review)", async (q, key) => {
    const a = await engine.ask(q);
    expect(a.projects.slice(0, 1).map(projectKey)).toEqual([key]);
    expect(a.notes.some((n) => n.startsWith("この章の施策は"))).toBe(false);
  });

  it("keeps 施策ごとの件数 as counts by code: the policies are not asked to be named", async () => {
    const a = await structured("施策ごとの件数");
    expect(a.notes).toContain(
      `施策ごとの事業数（${catalog.policies.size}施策）: ${perPolicy(plan.projects)}`,
    );
  });
});

// Projects asked for as still going on (probe 126: 0件, or the list unnarrowed in a thread).
describe("the projects still going on", () => {
  const listedIn = (y: YearKey) => plan.projects.filter((p) => p.directions[y] !== undefined);

  it.each([
    "今も続いてる事業",
    "今も続く事業は？",
    "現在も継続中の事業",
    // (Probe 133: 今やってる, 現在進行中 and 進行中 had answered none, or one project matching 進行.)
    "今やってる事業は？",
    "現在進行中の事業",
    "進行中の事業ってどれ？",
  ])("answers %s, past the plan, with those listed in its last year, and says why", async (q) => {
    const a = await structured(q);
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(listedIn("R7")));
    expect(a.notes).toContain(
      "今年度（令和8年度）は計画期間（令和3年度〜7年度）の外のため、計画の最終年度（令和7年度）まで載っている事業を示します。",
    );
  });

  it("answers 「そのうち今も続いてるのは？」 after a department's list with those of its projects listed in R7", async () => {
    const list = await engine.ask("人権・男女共生課の事業");
    const a = await engine.ask("そのうち今も続いてるのは？", { previous: goesOnFrom(list) });
    const want = listedIn("R7").filter((p) => p.department === "人権・男女共生課");
    expect(want.length).toBeGreaterThan(0);
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
  });

  it.each([
    ["まだ続いてる人権・男女共生課の事業ある？", "人権・男女共生課"],
    ["今やってる市民協働推進課の事業", "市民協働推進課"],
  ])(
    "answers %s with the unit's projects listed in R7: まだ or 今 before a unit's projects (probe 134)",
    async (q, unit) => {
      const a = await structured(q);
      const want = listedIn("R7").filter((p) => p.department === unit);
      expect(want.length).toBeGreaterThan(0);
      expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
    },
  );

  it("answers 7-5でまだ続いている事業は？ with the code's projects listed in R7: a code's number is no year (second read)", async () => {
    const a = await engine.ask("7-5でまだ続いている事業は？");
    const want = listedIn("R7").filter((p) => p.policy === "7-5");
    expect(want.length).toBeGreaterThan(0);
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
  });

  it.each([
    "今年度も続いてる事業",
    "R6になってもまだ続いている事業",
    "R5でまだ続いている事業は？",
    "R4の時点でまだ続いてる事業",
  ])("reads %s by its year, not as still going on now: a year named is that year's", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes.some((n) => n.startsWith("今年度（令和8年度）は計画期間"))).toBe(false);
  });

  it("answers まだ終わってない事業 with the projects never completed (probe 133: one project matching 終わ)", async () => {
    const a = await engine.ask("まだ終わってない事業");
    const want = plan.projects.filter((p) => !ended(p));
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
  });

  it("answers 今も続いてる事業, within the plan, with those listed this year and no note", async () => {
    const a = await answer("今も続いてる事業", {
      catalog,
      now: new Date("2023-06-15T09:00:00+09:00"),
      search: () => Promise.reject(new Error("the index was loaded")),
    });
    expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(listedIn("R5")));
    expect(a.notes.some((n) => n.includes("計画期間"))).toBe(false);
  });
});

// A count of a project named in full is of the projects of that name (probe 160: 「市税等徴収事務事業は何件掲載されて
// いますか」 had counted 新たな施設予約システム運営事業 too, by 事務) — a count of a subject still counts every holder.
describe("a count of a project named in full", () => {
  it.each(["市税等徴収事務事業は何件掲載されていますか", "市税等徴収事務事業って何件ある？"])(
    "counts only the projects of that name for %s",
    async (q) => {
      const a = await engine.ask(q);
      const want = plan.projects.filter((p) => p.name === "市税等徴収事務事業");
      expect(want.length).toBe(2);
      expect(keysOf(a.projects.slice(0, a.answered))).toEqual(keysOf(want));
      expect(a.notes).toContain("該当する事業は2件です。");
    },
  );

  it("still counts every project holding a subject that names none (Wi-Fi関係の事業は何件？)", async () => {
    const a = await engine.ask("Wi-Fi関係の事業は何件？");
    const holders = plan.projects.filter((p) => /Wi-?Fi/i.test(`${p.name}${p.purpose}${p.content}`));
    expect(a.answered).toBeGreaterThanOrEqual(holders.length);
    expect(a.answered).toBeGreaterThan(1);
  });
});
