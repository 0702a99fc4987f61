import { beforeAll, describe, expect, it } from "vitest";
import { type Engine, goesOnFrom } from "../../src/answer/engine.js";
import { withoutUnrecorded } from "../../src/answer/understand/unrecorded.js";
import { loadPlan } from "../../src/plan/load.js";
import { keyOf, warmEngine } from "../helpers.js";

const plan = loadPlan();

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2026-11-30T09:00:00+09:00");
});
const NOT_RECORDED =
  "は計画に記載がありません（計画にあるのは、各事業の担当課・目的・内容と年度ごとの方向性です）。";
const unit = (name: string) => plan.projects.filter((p) => p.department === name).map(keyOf);

describe("what the plan does not record, asked beside what it does (probe 88)", () => {
  it.each([
    ["政策企画課の事業と、今年度の予算", "予算", unit("政策企画課")],
    ["市民会館跡地活用推進課の事業と、それぞれの進捗", "進捗", unit("市民会館跡地活用推進課")],
    ["人事課の事業の実績を教えて", "実績", unit("人事課")],
    ["市民課の担当者の名前と電話番号", "担当者の名前・電話番号", unit("市民課")],
    // Asked for as a list (probe 135: 進捗状況 had been searched, and emptied the department's list).
    ["財産活用課の所管事業の進捗状況を一覧で頂けますか。", "進捗状況", unit("財産活用課")],
    // Why, and what led to it (probe 150: 理由 had been searched — いいえ（該当 0件） over a right list).
    ["人事課の事業と、その背景を教えて", "背景", unit("人事課")],
    [
      "市民協働推進課の事業のうち、R6の記載がないものと、その理由",
      "理由",
      plan.projects.filter((p) => p.department === "市民協働推進課" && !p.directions.R6).map(keyOf),
    ],
    [
      "R4で完了する事業と、完了の理由",
      "理由",
      plan.projects.filter((p) => ["完了", "新規完了"].includes(p.directions.R4 ?? "")).map(keyOf),
    ],
  ])("answers %s with what the plan has, and says plainly it has no %s", async (q, things, want) => {
    expect(want.length).toBeGreaterThan(0);
    const a = await engine.ask(q);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(want);
    expect(a.notes).toContain(`${things}${NOT_RECORDED}`);
    expect(a.missingTerms).toEqual([]);
  });

  it.each([["予算とかもわかる？"], ["進捗はわかる？"]])(
    "answers %s, asking only what the plan does not record, with that note alone — not also 見つかりませんでした (probe 107's persona)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.projects).toEqual([]);
      expect(a.notes).toHaveLength(1);
      expect(a.notes[0]).toMatch(new RegExp(`${NOT_RECORDED.replace(/[()（）]/g, ".")}$`));
    },
  );

  it("does not read a year said after a figure as a condition (寄附額は去年どれくらい？) — probe 138", async () => {
    const a = await engine.ask("ふるさと納税の寄附額は去年どれくらい？");
    expect(a.filters.years).toEqual([]);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-1#2"]);
    expect(a.notes).toContain(`寄附額${NOT_RECORDED}`);
  });

  it.each([
    ["映画の事業はなんで縮小になったの？"],
    ["どうして人事給与制度の見直しはR4で終わったんですか"],
    // The why asked after the direction (probe 183).
    ["映画の事業が縮小になっているのはなぜですか"],
    // The copula with ん (probe 195: なんで was read again inside なんですか, すか searched).
    ["映画の事業ってなんで縮小なんですか"],
    ["映画の事業はどうして縮小なんでしょうか"],
    // 理由 asked after the direction (probe 205: 『理由』 said to be missing, related only).
    ["映画の事業が縮小となる理由は何でしょうか。"],
  ])("answers %s with the direction's years, and says the plan gives no reason (probe 138)", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(1);
    expect(a.notes).toContain(`方向性の理由${NOT_RECORDED}`);
    expect(a.missingTerms).toEqual([]);
  });

  it.each([
    ["なんでこの事業やってるの？"],
    ["どうして窓口の手続きが変わるの？"],
    ["拡充の事業が必要なのはなぜ？"],
  ])("reads a why of what the project does (%s) as no reason of a direction asked: its 目的 answers", (q) => {
    expect(withoutUnrecorded(q).unrecorded).toEqual([]);
  });

  it("does not read a year said of a figure as a condition (昨年度の寄附額), nor search the figure", async () => {
    const a = await engine.ask(
      "ふるさと納税の返礼品を充実させる事業の担当課と、昨年度の寄附額を教えてください",
    );
    expect(a.filters.years).toEqual([]);
    expect(keyOf(a.projects[0] as (typeof plan.projects)[number])).toBe("7-1#2");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes).toContain(`寄附額${NOT_RECORDED}`);
  });

  it("searches the subject, not the figure asked of it (参加者何人だっけ)", async () => {
    const a = await engine.ask("リノベのいばらきで講座やってるやつってある？参加者何人だっけ");
    expect(keyOf(a.projects[0] as (typeof plan.projects)[number])).toBe("7-7#3");
    expect(a.searchedWords).not.toContain("参加");
    expect(a.notes).toContain(`参加者数${NOT_RECORDED}`);
  });

  it("answers 「議会で何を言われた？」 with none and the note, not a project whose 協議会 holds 議会", async () => {
    const a = await engine.ask("議会で何を言われた？");
    expect(a.projects).toEqual([]);
    expect(a.notes[0]).toBe(`議会での質疑${NOT_RECORDED}`);
  });

  it.each([
    ["予算はいくら？", "予算"],
    ["議会で何を言われたかはわかる？", "議会での質疑"],
    // Where it is (probe 142: 場所 had been searched, and found 居場所 in two other projects).
    ["場所はどこ？", "場所"],
  ])("reads %s after a project as asked of that project", async (q, thing) => {
    const first = await engine.ask("おくやみコーナーの事業");
    const a = await engine.ask(q, { previous: goesOnFrom(first) });
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-2#15"]);
    expect(a.notes).toContain(`${thing}${NOT_RECORDED}`);
  });

  it.each([
    ["コーチング研修の定員は？", "定員"],
    ["コーチング研修の講師は誰？", "講師"],
  ])("answers %s with the course, and says the plan does not record its %s (review)", async (q, thing) => {
    const a = await engine.ask(q);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-3#1"]);
    expect(a.notes).toContain(`${thing}${NOT_RECORDED}`);
    expect(a.missingTerms ?? []).toEqual([]);
  });

  it.each([
    ["オンライン化の事業の予算額についてご教示ください。", "予算額"],
    ["おくやみコーナーの利用者数をお示しください", "利用者数"],
  ])("reads %s, asked in the written register, as asking for %s", (q, thing) => {
    expect(withoutUnrecorded(q).unrecorded).toEqual([thing]);
  });

  it("names the person asked for as 担当者, not as a count of people (担当者数)", () => {
    expect(withoutUnrecorded("マイナンバーカードの担当者を教えて").unrecorded).toEqual(["担当者"]);
    expect(withoutUnrecorded("講座の参加者は何人？").unrecorded).toEqual(["参加者数"]);
  });

  it.each([
    ["予算が増える事業"],
    ["予算を減らす事業"],
    ["進み具合を管理している取組"],
    ["人事評価の事業"],
    ["協議会の設立"],
    // A place a project makes, not where one is.
    ["地域の人が集まれる場所ってある？"],
    ["居場所はどこにある？"],
    ["地域の人が集まれる場所を教えて"],
    ["費用がかさんでいるシステム"],
    ["予算要求の関係で、R5に完了する事業を教えて"],
    ["R5に始まる事業の開始日"],
    // Someone the asker talks with (probe 102).
    ["広報の担当者と話をしていて、ホームページを改修する予定があると伺いました"],
  ])("leaves %s as it is: a change, a subject, a word of another, an occasion, a day, a companion", (q) => {
    expect(withoutUnrecorded(q)).toEqual({ text: q, unrecorded: [] });
  });
});

describe("whether the plan says a thing it never records, asked (probe 160)", () => {
  it.each([
    ["映画「葬式の名人」の事業がR4以降縮小とされている理由は示されていますか。", "理由"],
    ["映画の事業の予算は載っていますか", "予算"],
    ["ふるさと納税の寄附額は計画に書いてある？", "寄附額"],
    ["人事課の事業の進捗は記載されていますか", "進捗"],
    // Whether there is one, asked (probe 171: 理由 had been searched, and the answer said no project is 縮小).
    ["映画「葬式の名人」の事業が令和4年度から縮小となっている理由はございますでしょうか。", "理由"],
    ["映画の事業の予算ってある？", "予算"],
  ])("answers %s いいえ first, of the thing (%s), not はい of the project", async (q, thing) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.leads?.[0]).toBe(`いいえ。${thing}${NOT_RECORDED}`);
    expect(a.notes.filter((n) => n.startsWith("はい"))).toEqual([]);
  });

  it("keeps the note a remark, with no いいえ, where the thing is only asked for (映画の事業の予算は？)", async () => {
    const a = await engine.ask("映画の事業の予算は？");
    expect(a.verdict).not.toBe(true);
    expect(a.notes).toContain(`予算${NOT_RECORDED}`);
  });
});

// Whether it worked, how to take part, how much (probe 286): what the plan never records, said so of the project in view
// — 効果 had been searched across the plan, 効果あった？ answered はい of the listing, and 申し込む had lost the thread.
describe("an outcome, a way to apply or an amount, asked of a project", () => {
  it.each([
    ["コーチング研修って効果あった？", "事業の成果（効果）"],
    ["コーチング研修の成果は出ましたか", "事業の成果（効果）"],
  ])("answers %s with the note first and no はい or いいえ", async (q, thing) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(`${thing}${NOT_RECORDED}`);
    expect(a.verdict).not.toBe(true);
    expect(a.notes.filter((n) => /^(?:はい|いいえ)/.test(n))).toEqual([]);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-3#1"]);
  });

  it.each([
    ["効果はあった？", "事業の成果（効果）"],
    ["効果はどうだった？", "事業の成果（効果）"],
    ["どうやって申し込むの？", "申込み・利用の方法"],
    ["申込方法は？", "申込み・利用の方法"],
  ])("asks %s of the project in view, and says the plan has no %s", async (q, thing) => {
    const first = await engine.ask("チャレンジいばらき補助金");
    const a = await engine.ask(q, { previous: goesOnFrom(first) });
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(
      first.projects.slice(0, first.answered).map(keyOf),
    );
    expect(a.notes).toContain(`${thing}${NOT_RECORDED}`);
  });

  it.each([["効果的な広報の事業"], ["効果を高める取組"], ["どのように変わりますか"]])(
    "leaves %s as it is: an aim or a change, not an outcome asked",
    (q) => {
      expect(withoutUnrecorded(q)).toEqual({ text: q, unrecorded: [] });
    },
  );
});

// Asked only what the plan never records, in a thread: of the project in view (probe 286: 「効果はどうだった？」 after a
// yes-or-no had been read as 「効果はもう入ったの？」, 8件; 「費用は全部でいくら？」 had lost the thread).
describe("a follow-up asking only what the plan never records", () => {
  it.each([
    ["AIチャットボットってもう入ったの？", "効果はどうだった？", "事業の成果（効果）"],
    ["公共施設の空調の改修", "費用は全部でいくら？", "費用"],
    ["公共施設の空調の改修", "予算は合計でいくら？", "予算"],
  ])("asks %s then %s of the one project, and notes %s is unrecorded", async (first, q, thing) => {
    const before = await engine.ask(first);
    const a = await engine.ask(q, { previous: goesOnFrom(before) });
    expect(before.answered).toBe(1);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(before.projects.slice(0, 1).map(keyOf));
    expect(a.notes).toContain(`${thing}${NOT_RECORDED}`);
  });
});
