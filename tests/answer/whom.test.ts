import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { departmentAsked } from "../../src/answer/understand/whom.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const byName = (name: string) => {
  const p = plan.projects.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};

// Staff outside the chapter ask who handles a matter as where to take it (probe 126).
describe("whom a matter is taken to, read as the department in charge", () => {
  it.each([
    // Where it is taken, as a noun: 相談先, 問い合わせ先, 照会先, つなぎ先.
    ["電子申請の相談先は？", "電子申請の担当は？"],
    ["LGBTのご相談先を教えて", "LGBTの担当を教えて"],
    ["ふるさと納税の問い合わせ先", "ふるさと納税の担当"],
    ["おくやみコーナーの照会先", "おくやみコーナーの担当"],
    ["この件のつなぎ先ってどこ？", "この件の担当ってどこ？"],
    ["DVの相談先の課はどこ？", "DVの担当の課はどこ？"],
    // Where it should be taken, asked: the asker's should (ば, たら, べき, てもいい) and the question's end.
    ["電子申請ってどこに相談すればいい？", "電子申請って担当はどこ？"],
    ["返礼品のことは誰に聞けばいいですか", "返礼品のことは担当はどこ"],
    ["マイナンバーカードの件、どこに振ればいい？", "マイナンバーカードの件、担当はどこ？"],
    ["どの課に問い合わせたらよいでしょうか", "担当はどこ"],
    ["DVの相談はどこへつなぐべき？", "DVの相談は担当はどこ？"],
    ["だれに連絡してもいいの？", "担当はどこ？"],
    ["電子申請はどちらに相談すればよいですか", "電子申請は担当はどこ"],
    // (どこの課に, as どの課に: probe 139 had searched 案内, and named the おくやみ corner's unit for マイナンバーカード.)
    ["マイナンバーカードはどこの課に案内すればいいですか", "マイナンバーカードは担当はどこ"],
    ["口座振替の件、どこの部署に回せばいい？", "口座振替の件、担当はどこ？"],
    // (どちらの課に, said politely, and the humble おつなぎする: probe 182 had searched つなぎ.)
    ["どちらの課におつなぎすればよいでしょうか。", "担当はどこ。"],
    ["どちらの窓口にご案内したらいいですか", "担当はどこ"],
    // A unit offered as where to take it, asked: whether it is that unit's (probe 198).
    ["じゃあ人権・男女共生課に回せばいい？", "じゃあ担当は人権・男女共生課？"],
    ["財産活用課さんにつなげばいいですか", "担当は財産活用課"],
    ["DX推進チームに相談すればいいの？", "担当はDX推進チーム？"],
    ["じゃあそっちに回せばいい？", "じゃあ担当は？"],
    // に dropped, as in speech (probe 145 had searched 案内 and answered the おくやみ corner first).
    ["ボランティアしたい人はどこ案内すればいい？", "ボランティアしたい人は担当はどこ？"],
    ["DVの相談、どこ回せばいい？", "DVの相談、担当はどこ？"],
    ["返礼品のことは誰聞けばいい？", "返礼品のことは担当はどこ？"],
    // The office's 主管, and where one goes asked of a 係 or a 窓口 (probe 228: each had been searched).
    [
      "コミセンのWi-Fiの事業の主管課はどちらでしょうか。",
      "コミセンのWi-Fiの事業の担当課はどちらでしょうか。",
    ],
    ["どこの課が主管されてますか？", "どこの課が担当されてますか？"],
    ["マイナンバーカードの窓口はどちらでしょうか", "マイナンバーカードの担当はどちらでしょうか"],
    ["おくやみコーナーの係ってどこ？", "おくやみコーナーの担当ってどこ？"],
    ["おくやみコーナーってどこの係？", "おくやみコーナーってどこの課？"],
  ])("reads %s as %s", (asked, plain) => {
    expect(departmentAsked(asked)).toBe(plain);
  });

  it.each([
    // Not the asker's should: who said it, whom one asked, a counselling service itself.
    "誰に言われたの？",
    "どこに聞いたんだっけ",
    "相談窓口を増やす事業",
    "どこにある施設？",
    "どこ行ったんだっけ",
    "どこ案内したの？",
    // 相談先 not asked for: what a project does about it (review).
    "LGBTの相談先を周知する事業はある？",
    "相談先がわからない市民への案内の事業",
    // 窓口 and 係 as the plan's words or the asker's subject, not where one goes.
    "住民票の窓口申請システムの担当は？",
    "窓口の混雑を減らす事業",
    "関係各課の事業",
  ])("leaves %s as it is", (q) => {
    expect(departmentAsked(q)).toBe(q);
  });
});

// Whose it is, asked, then a unit guessed after it (probe 298): whether it is that unit's.
describe("a unit guessed after asking whose it is, read as whether it is that unit's", () => {
  it.each([
    ["おくやみコーナーの担当ってどこ？市民課？", "おくやみコーナーの担当は市民課？"],
    ["DVの所管はどこですか？人事課ですか？", "DVの担当は人事課？"],
    ["Wi-Fiの事業ってどこの課？財産活用課さん？", "Wi-Fiの事業って担当は財産活用課？"],
    ["返礼品は何課？たぶんまち魅力発信課だよね？", "返礼品は担当はまち魅力発信課？"],
    [
      "リノベのいばらきってどこの課の担当ですか？まち魅力発信課かと思っていたのですが、違っていたら教えてください。",
      "リノベのいばらきって担当はまち魅力発信課？",
    ],
    ["おくやみコーナーはどこの部署？市民課だと聞いたけど", "おくやみコーナーは担当は市民課？"],
  ])("reads %s as %s", (asked, plain) => {
    expect(departmentAsked(asked)).toBe(plain);
  });

  it.each([
    // No unit guessed: whose it is, asked alone, or another subject after it.
    "おくやみコーナーの担当ってどこ？",
    "おくやみコーナーの担当ってどこ？あと住民票の窓口申請システムは？",
    // A unit asked of, not guessed: its projects (人事課の事業ってどこ？ has no whose-question before it).
    "人事課の事業ってどこ？",
  ])("leaves %s as it is", (q) => {
    expect(departmentAsked(q)).toBe(q);
  });

  it("answers 「…の担当ってどこ？市民課？」 with いいえ and the project's own department, not 市民課's projects", async () => {
    const a = await engine.ask("おくやみコーナーの担当ってどこ？市民課？");
    const corner = byName("おくやみ関連手続きワンストップコーナーの設置");
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(`いいえ。${corner.name}の担当課は${corner.department}です。`);
  });
});

describe("asked whom to go to (real engine)", () => {
  it("gives the department of 電子申請 asked with どこに相談すればいい, searching 電子申請 and not 相談", async () => {
    const a = await engine.ask("電子申請ってどこに相談すればいい？");
    const online = byName("行政手続のオンライン化の推進");
    expect(a.searchedWords).toEqual(["電子申請"]);
    expect(a.projects.map(projectKey)[0]).toBe(projectKey(online));
    expect(a.notes[0]).toBe(`担当課: ${online.department}（${online.name}）`);
  });

  it("answers LGBT's 相談先 with the one project and its department, not the city's other counselling", async () => {
    const a = await engine.ask("LGBTの相談先は？");
    const lgbt = byName("セクシュアルマイノリティ啓発・相談事業");
    expect(a.answered).toBe(1);
    expect(a.projects.map(projectKey)).toEqual([projectKey(lgbt)]);
    expect(a.notes[0]).toBe(`担当課: ${lgbt.department}（${lgbt.name}）`);
  });

  it("finds the resident's need before 「どちらの課におつなぎすればよいでしょうか」, not つなぎ (probe 182)", async () => {
    const a = await engine.ask(
      "市の施設に名前をつける権利を買いたいという会社の方がいらしているのですが、どちらの課におつなぎすればよいでしょうか。",
    );
    expect(a.searchedWords).not.toContain("つなぎ");
    expect(a.projects.map((p) => p.department)[0]).toBe("財産活用課");
  });

  it("names the department of the nearest project when a message's need ends with 相談先は？", async () => {
    const a = await engine.ask("保育所の入所申込みを電子申請にしたい。相談先は？");
    expect(a.searchedWords).not.toContain("相談");
    expect(a.notes[0]).toMatch(
      /^関連する可能性がある事業の担当課: DX推進チーム（行政手続のオンライン化の推進/,
    );
  });
});
