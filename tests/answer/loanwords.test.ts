import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { plainLoanwords } from "../../src/answer/understand/loanwords.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const read = (q: string) => understand(q, catalog, NOW);
const keys = (a: { projects: Parameters<typeof projectKey>[0][]; answered: number }) =>
  a.projects.slice(0, a.answered).map(projectKey);

// English and katakana words of an IT-minded member of staff (probe 119), one rule at a time.
describe("the office's loanwords read as the plan's Japanese", () => {
  it.each([
    // How it stands, asked at the end of a sentence after の, は, って: until when; elsewhere, its direction.
    ["えんがわの事業のstatus", "えんがわの事業はいつまで"],
    // task, budget and online (probe 257: task and budget had emptied a list, online been cut into on and line).
    ["財産活用課のtaskって何件？", "財産活用課の事業って何件？"],
    ["R4でbudget増えたやつ", "R4で予算増えたやつ"],
    ["online申請", "オンライン申請"],
    ["onlineshop", "onlineshop"],
    ["LED化のステータス教えて？", "LED化はいつまで？"],
    ["マイナンバーカードの状況は？", "マイナンバーカードはいつまで？"],
    ["財政状況を知りたい", "財政状況を知りたい"],
    ["7-2の取組状況は？", "7-2の取組状況は？"],
    ["ステータスが縮小になってる事業", "方向性が縮小になってる事業"],
    ["コロナの状況に対応する事業", "コロナの状況に対応する事業"],
    ["確認したいので、事業の状況を教えてください", "確認したいので、事業の状況を教えてください"],
    // How the projects a sentence names stand: the projects themselves (probe 135: 状況 had been searched among them).
    ["人事課の事業の状況について教えてください。", "人事課の事業について教えてください。"],
    ["令和4年度に完了した事業の状況を一覧で", "令和4年度に完了した事業を一覧で"],
    ["所管課が人事課のものの現状をお知らせください", "所管課が人事課のものをお知らせください"],
    // Who runs it, and when it ends.
    ["ownerがDX推進チームの事業", "担当課がDX推進チームの事業"],
    ["施設予約システムのオーナーは？", "施設予約システムの担当課は？"],
    ["ガイドラインのdeadlineいつ？", "ガイドラインはいつまで？"],
    ["deadlineがR4の事業", "最終年度がR4の事業"],
    // Ending and starting; a piece of work; a theme.
    ["R4でcompleteする事業", "R4で完了する事業"],
    ["R5でcloseする案件ある？", "R5で完了する事業ある？"],
    ["R3にnewで始まった事業", "R3に新規で始まった事業"],
    ["DXチームのタスク", "DXチームの事業"],
    // プロジェクト after a unit's name is its projects; elsewhere the plan's own word (probe 132).
    ["DX推進チームのプロジェクト", "DX推進チームの事業"],
    ["人事課のプロジェクトは？", "人事課の事業は？"],
    ["えんがわプロジェクトの担当", "えんがわプロジェクトの担当"],
    ["市民活動センターのプロジェクト", "市民活動センターのプロジェクト"],
    ["ICT関連の事業", "ICT関係の事業"],
    ["おくやみ関連手続き", "おくやみ関連手続き"],
    ["マイナンバーカードに関連する事業", "マイナンバーカードに関連する事業"],
    // Latin letters only as whole words.
    ["newsletterの事業", "newsletterの事業"],
    // A company's words for a project's phases (probe 232): closing, launching, assigning.
    ["R4でクローズするタスク", "R4で完了する事業"],
    ["クロージングはいつ？", "完了はいつ？"],
    ["人権問題をクローズアップする事業", "人権問題をクローズアップする事業"],
    ["R3にローンチした事業", "R3に開始した事業"],
    ["キックオフはR3？", "開始はR3？"],
    ["人事課アサインの案件", "人事課担当の事業"],
    ["アサインされてる課は？", "担当されてる課は？"],
    // A phase after a direction is the direction; counted, years; else the direction asked.
    ["縮小フェーズに入ってるタスクは？", "縮小に入ってる事業は？"],
    ["R3で拡充の段階のもの", "R3で拡充のもの"],
    ["臨時拡充が2フェーズ続いた", "臨時拡充が2年続いた"],
    ["R3はどのフェーズ？", "R3はどの方向性？"],
    ["R7のマイルストーンは？", "R7の方向性は？"],
    ["R7までマイルストーンが引かれてるのは？", "R7まで方向性が書かれてるのは？"],
    // Business words for the plan's own.
    ["KPIの測定", "成果指標の測定"],
    ["ステークホルダーを巻き込む", "関係者を巻き込む"],
    ["市のブランディング", "市のブランド"],
  ])("reads %s as %s", (said, plain) => {
    expect(plainLoanwords(said)).toBe(plain);
  });
});

describe("questions with the office's loanwords (real engine)", () => {
  it("answers R4でcompleteする事業 as R4で完了する事業", () => {
    expect(read("R4でcompleteする事業一覧")).toMatchObject({
      years: ["R4"],
      directions: ["完了", "新規完了"],
    });
  });

  it("finds the plan's loanword typed in hiragana as the whole question, its long mark kept (ぺいじー: ペイジー)", async () => {
    expect(keys(await engine.ask("ぺいじー"))).toEqual(["7-2#2"]);
  });

  it.each([
    ["R4でクローズするタスクって全部でいくつ？", { years: ["R4"], directions: ["完了", "新規完了"] }],
    ["R3にローンチした新規タスク", { years: ["R3"], directions: ["新規", "新規完了"] }],
    [
      "財産活用課がオーナーのタスクのうち、R3で拡充フェーズのもの",
      { departments: ["財産活用課"], directions: ["拡充", "臨時拡充"] },
    ],
    ["人事課アサインの案件、何件？", { departments: ["人事課"], hasFreeText: false }],
  ])(
    "reads %s, a company's words for a project's phases, as the plan's conditions (probe 232)",
    (q, want) => {
      expect(read(q)).toMatchObject(want);
    },
  );

  it("answers a phase said as a company says it with the projects of that direction, not 0件 (probe 232)", async () => {
    const a = await engine.ask("縮小フェーズに入ってるタスクは？");
    expect(keys(a)).toEqual(
      plan.projects.filter((p) => Object.values(p.directions).includes("縮小")).map(projectKey),
    );
    expect(a.missingTerms).toEqual([]);
  });

  it("lists a department's projects asked with owner", async () => {
    expect(keys(await engine.ask("ownerがDX推進チームの事業"))).toEqual(["7-2#13", "7-2#18"]);
  });

  it("says until when a project is listed, asked with its status", async () => {
    const a = await engine.ask("えんがわの事業のstatus");
    expect(keys(a)).toEqual(["7-7#1"]);
    expect(a.notes[0]).toContain("令和5年度まで計画に載っています");
  });

  it("keeps a code's list whole when its status is asked (no year of today read into it)", async () => {
    expect((await engine.ask("7-2-4のステータス")).answered).toBe(9);
  });

  it("asks the department of the project before with ownerは？", async () => {
    const first = await engine.ask("マイナンバーカードの普及促進");
    const a = await engine.ask("ownerは？", { previous: goesOnFrom(first) });
    expect(a.notes.join("")).toContain("担当課: 市民課");
  });

  it("says how each of a list stands, asked それぞれ今どうなってる？ — not of today's year, past the plan (probe 119)", async () => {
    const first = await engine.ask("DX推進チームの事業って何がある？");
    const a = await engine.ask("それぞれ今どうなってる？", { previous: goesOnFrom(first) });
    expect(keys(a)).toEqual(["7-2#13", "7-2#18"]);
    expect(a.notes.filter((n) => n.includes("まで計画に載っています"))).toHaveLength(2);
  });
});
