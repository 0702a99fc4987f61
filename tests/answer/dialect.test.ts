import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { commonJapanese } from "../../src/answer/understand/dialect.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";

const catalog = buildCatalog(loadPlan());
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
    ["知らんけど", "知らないけど"],
    // The honorific はる, the progressive とる, the explaining ねん.
    ["人権・男女共生課がやってはる事業", "人権・男女共生課がやっている事業"],
    ["どこが担当してはりますか", "どこが担当していますか"],
    ["まだやっとる？", "まだやっている？"],
    ["どこがやってんねん", "どこがやってるんだ"],
    ["これ7-4やねん", "これ7-4なんだ"],
    // The copula や after a noun.
    ["担当どこやったっけ？", "担当どこだったっけ？"],
    ["誰が担当なんやろ", "誰が担当なんだろう"],
    ["R6も続くんやろか", "R6も続くんだろうか"],
    ["人事課の事業やけど、R5は？", "人事課の事業だけど、R5は？"],
    // ちゃう: not so, and 〜んじゃない after a clause.
    ["R5で終わるんちゃう？", "R5で終わるんじゃない？"],
    ["それ7-4ちゃう？", "それ7-4じゃない？"],
    // The nominal ん, もん for もの.
    ["なんぼあるん？", "いくつあるの？"],
    ["R7はどうなってるん？", "R7はどうなってるの？"],
    ["そのうち新規のもんは？", "そのうち新規のものは？"],
    // The past in うた, and an adjective's く dropped before なる.
    ["DVにおうた人", "DVにあった人"],
    ["前にゆうたけど", "前に言ったけど"],
    ["古なった建物", "古くなった建物"],
    ["新しなったセンター", "新しくなったセンター"],
    // Words.
    ["ほな、縮小する予定はあるん？", "じゃあ、縮小する予定はあるの？"],
    ["ほんなら、R5は？", "じゃあ、R5は？"],
    ["ほんで担当は？", "それで担当は？"],
    ["めっちゃ古い建物", "とても古い建物"],
    ["どないなってる？", "どうなってる？"],
    ["ええ感じの事業", "いい感じの事業"],
  ])("reads %s as %s", (kansai, common) => {
    expect(commonJapanese(kansai)).toBe(common);
  });

  it.each([
    // Standard Japanese that looks like a form above: このへん (around here), たいへん, らいねんど (next fiscal year),
    // AやB、 (a list), っちゃう (てしまう), やった and やろう of the verb やる, もんだい, 増やす.
    ["このへんの事業"],
    ["たいへんお世話になっております"],
    ["らいねんどの予定"],
    ["空き家や、公共施設の"],
    ["終わっちゃう事業"],
    ["R4にやった事業"],
    ["やろうとしている事業"],
    ["もんだいの事業"],
    ["増やしている事業"],
    ["ええと、マイナンバーカードの担当課は？"],
    ["少なくなった事業"],
    ["みなさんの事業"],
  ])("leaves %s as it is", (text) => {
    expect(commonJapanese(text)).toBe(text);
  });

  it("counts what なんぼ asks, as いくつ does", () => {
    const u = read("R4に完了する事業ってなんぼあるん？");
    expect(u.years).toEqual(["R4"]);
    expect(u.directions).toContain("完了");
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a direction asked with せえへん as one a project never has", () => {
    const u = read("7-2で拡充せえへんのってどれ？");
    expect(u.codes).toEqual([{ kind: "policy", code: "7-2" }]);
    expect(u.absentDirections).toContain("拡充");
  });
});
