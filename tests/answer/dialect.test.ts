import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { inCommonJapanese } from "../../src/answer/understand/common.js";
import { commonJapanese } from "../../src/answer/understand/dialect.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const NOW = new Date("2026-11-25T09:00:00+09:00");
const read = (q: string) => understand(q, catalog, NOW);

// Kansai speech, as staff in Ibaraki type it (probe 77): read as the common language, one rule of grammar at a time.
describe("Kansai speech read as the common language", () => {
  it.each([
    // The negative へん / ひん, and its irregular verbs.
    ["7-2で拡充せえへんのってどれ？", "7-2で拡充しないのってどれ？"],
    ["申請できひんの？", "申請できないの？"],
    ["まだやってへんの？", "まだやってないの？"],
    ["来てへんかった", "来てなかった"],
    ["そんな事業あらへん？", "そんな事業ない？"],
    // After a verb's て, へん is the negative whatever follows (probe 115).
    ["図書館の事業は載ってへんよな？", "図書館の事業は載ってないよな？"],
    ["R6で載ってへん事業ってどれ？", "R6で載ってない事業ってどれ？"],
    ["完了してへんやつ", "完了してないやつ"],
    ["まだ始まってへんかった", "まだ始まってなかった"],
    // After a stem, before a noun or a confirming よ, ね, な: 載らへん事業, 知らへんよ.
    ["R5に載らへん事業", "R5に載らない事業"],
    ["そんなん知らへんよ", "そんなの知らないよ"],
    ["知らんけど", "知らないけど"],
    // The honorific はる, the progressive とる, the explaining ねん.
    ["人権・男女共生課がやってはる事業", "人権・男女共生課がやっている事業"],
    ["どこが担当してはりますか", "どこが担当していますか"],
    ["まだやっとる？", "まだやっている？"],
    ["どこがやってんねん", "どこがやってるんだ"],
    // The nominal ん before か at the end, and てしもた (probe 240).
    ["令和7年度もやってはるんかな", "令和7年度もやっているのかな"],
    ["令和6年度以降も続くんかな", "令和6年度以降も続くのかな"],
    ["そのうち、もう終わってしもたのは？", "そのうち、もう終わってしまったのは？"],
    ["もう終わってしもうたサービスは？", "もう終わってしまったサービスは？"],
    ["これ7-4やねん", "これ7-4なんだ"],
    // The copula や after a noun.
    ["担当どこやったっけ？", "担当どこだったっけ？"],
    ["誰が担当なんやろ", "誰が担当なんだろう"],
    ["R6も続くんやろか", "R6も続くんだろうか"],
    ["人事課の事業やけど、R5は？", "人事課の事業だけど、R5は？"],
    // ちゃう: not so, and 〜んじゃない after a clause.
    ["R5で終わるんちゃう？", "R5で終わるんじゃない？"],
    ["それ7-4ちゃう？", "それ7-4じゃない？"],
    ["それって人事課ちゃうやんな？", "それって人事課じゃないよね？"],
    // やんな / やんね: the confirming よね — after a noun だよね, after a verb or adjective よね; なん？ after a noun: なの？.
    ["給料の制度見直すやつ、人事課やんな？", "給料の制度見直すやつ、人事課だよね？"],
    ["DXチームがやってはるんやんな？", "DXチームがやっているんだよね？"],
    ["消防の事業って入ってへんやんな？", "消防の事業って入ってないよね？"],
    ["R7もあるやんね", "R7もあるよね"],
    ["デジタル人材の事業って人事課なん？", "デジタル人材の事業って人事課なの？"],
    // The nominal ん, もん for もの.
    ["なんぼあるん？", "いくつあるの？"],
    ["R7はどうなってるん？", "R7はどうなってるの？"],
    ["そのうち新規のもんは？", "そのうち新規のものは？"],
    // The past in うた, and an adjective's く dropped before なる.
    ["DVにおうた人", "DVにあった人"],
    ["前にゆうたけど", "前に言ったけど"],
    // てしまった said てもうた, てもた.
    ["ふるさと納税ってもう終わってもうた？", "ふるさと納税ってもう終わってしまった？"],
    ["R4で完了してもたやつ", "R4で完了してしまったやつ"],
    ["古なった建物", "古くなった建物"],
    ["新しなったセンター", "新しくなったセンター"],
    // Words.
    ["ほな、縮小する予定はあるん？", "じゃあ、縮小する予定はあるの？"],
    ["ほんなら、R5は？", "じゃあ、R5は？"],
    ["ほんで担当は？", "それで担当は？"],
    ["めっちゃ古い建物", "とても古い建物"],
    ["どないなってる？", "どうなってる？"],
    ["ええ感じの事業", "いい感じの事業"],
    // The progressive とる after し or a て's い, どる after ん (probe 218).
    ["そのうち拡充しとるのは？", "そのうち拡充しているのは？"],
    ["縮小しとった事業", "縮小していた事業"],
    ["内容に書いとる？", "内容に書いている？"],
    ["進んどる事業", "進んでいる事業"],
    // やった ending a sentence after a noun: だった (probe 219).
    ["あ、ごめん R4やった", "あ、ごめん R4だった"],
    ["人事課やったわ", "人事課だったわ"],
    // どんなん, the nominal のん, ほんま at the end (probe 218).
    ["Wi-Fiの事業ってどんなんあるん？", "Wi-Fiの事業ってどんなのあるの？"],
    ["R7まで続くのんどれ？", "R7まで続くのどれ？"],
    ["縮小ってほんま？", "縮小って本当？"],
  ])("reads %s as %s", (kansai, common) => {
    expect(commonJapanese(kansai)).toBe(common);
  });

  it.each([
    // Standard Japanese that looks like a form above: このへん (around here), たいへん, らいねんど (next fiscal year),
    // AやB、 (a list), っちゃう (てしまう), やった and やろう of the verb やる, もんだい, 増やす.
    ["このへんの事業"],
    ["たいへんお世話になっております"],
    // (周辺 typed in kana: no verb's stem ends in う — probe 127.)
    ["あとちのしゅうへんのどうろ"],
    ["らいねんどの予定"],
    ["空き家や、公共施設の"],
    ["終わっちゃう事業"],
    ["R4にやった事業"],
    ["やろうとしている事業"],
    ["もんだいの事業"],
    ["増やしている事業"],
    ["ええと、マイナンバーカードの担当課は？"],
    ["少なくなった事業"],
    // 重なる, the verb (probe 262: 期間が重なってる had been read 重くなってる).
    ["期間が重なってる？"],
    ["みなさんの事業"],
    // へん of 周辺, 変な, 変更, ここらへん (review).
    ["しゅうへん道路の工事はいつまで？"],
    ["ちょっとへんな質問なんですけど"],
    ["ここらへん事業"],
    ["R5でへんこうがあった事業"],
    // なん as 何 after って, ても before a kanji, てもう before a verb, this へん (this area) before a noun.
    ["これってなん？"],
    ["R5になってもたくさんある"],
    ["始まってもう2年"],
    ["そのへん事業"],
    // 取る after a particle, やった of the verb やる before a noun, なんだ.
    ["手にとる"],
    ["R4にやった事業"],
    ["どんなんだ"],
  ])("leaves %s as it is", (text) => {
    expect(commonJapanese(text)).toBe(text);
  });

  it("says the count, no はい, when なんぼある？ is asked again of another year (probe 250: ほな、R4は？)", async () => {
    const first = await engine.ask("R5で完了する事業ってなんぼある？");
    const a = await engine.ask("ほな、R4は？", { previous: goesOnFrom(first) });
    const ended = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    expect(a.answered).toBe(ended.length);
    expect(a.notes[0]).toBe(`該当する事業は${ended.length}件です。`);
    expect(a.notes.some((n) => n.startsWith("はい。"))).toBe(false);
  });

  it("counts what なんぼ asks, as いくつ does", () => {
    const u = read("R4に完了する事業ってなんぼあるん？");
    expect(u.years).toEqual(["R4"]);
    expect(u.directions).toContain("完了");
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    // Said of a project's department, confirmed: はい or いいえ first (probe 115).
    [
      "マイナンバーカードの担当って市民課ちゃうん？",
      "はい。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    ["給料の制度見直すやつ、人事課やんな？", "はい。人事給与制度の見直しの担当課は人事課です。"],
    [
      "おくやみコーナーって市民課ちゃうん？",
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の担当課は市民生活相談課です。",
    ],
    // Asked in the negative: はい agrees that it is not (「人事課じゃないよね？」「はい」).
    [
      "マイナンバーカードの普及って人事課ちゃうやんな？",
      "はい。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    [
      "図書館の事業は載ってへんよな？",
      "はい。『図書館』は計画に出てこない語で、当てはまる事業はありません。",
    ],
  ])("answers %s with %s", async (kansai, said) => {
    expect((await engine.ask(kansai)).notes[0]).toBe(said);
  });

  it("reads 完了 said as 終わってもうた of a department's projects (probe 115)", async () => {
    const a = await engine.ask("人権・男女共生課の事業でもう終わってもうたやつ");
    expect(a.filters.directions).toContain("完了");
    expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(["7-4#2", "7-4#3", "7-5#1"]);
  });

  it("reads a direction asked with せえへん as one a project never has", () => {
    const u = read("7-2で拡充せえへんのってどれ？");
    expect(u.codes).toEqual([{ kind: "policy", code: "7-2" }]);
    expect(u.absentDirections).toContain("拡充");
  });
});

// The casual polite す for です (〜んすか, 〜っすか), as younger staff type it (probe 310: すか had been searched, いいえ).
describe("the casual polite ending read as です", () => {
  it.each([
    ["DX推進チームってなにやってるんすか", "DX推進チームってなにやってるんですか"],
    ["R4で完了するのあるっすか？", "R4で完了するのあるですか？"],
    ["それ人事課っすよね", "それ人事課ですよね"],
  ])("reads %s as %s", (casual, plain) => {
    expect(inCommonJapanese(casual)).toBe(plain);
  });

  it.each([["すすき"], ["ベンチマークっす会"], ["このすかすかの表"]])("leaves %s alone", (q) => {
    expect(inCommonJapanese(q)).toBe(q);
  });
});

// A department's projects asked in a slip of register or of the IME (probe 310: each had answered 0件): 〜んすか for
// 〜んですか, 授業 for 事業 typed じゅぎょう.
describe("a department's projects asked with a slip", () => {
  it.each([
    ["DX推進チームってなにやってるんすか", "DX推進チーム"],
    ["財産活用課の授業一覧ほしいです", "財産活用課"],
  ])("answers %s with %s's projects", async (q, unit) => {
    const a = await engine.ask(q);
    const theirs = plan.projects
      .filter((p) => p.department === unit)
      .map(projectKey)
      .sort();
    expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(theirs);
  });
});
