import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine } from "../../src/answer/engine.js";
import {
  asListed,
  BUDGETED_IN_YEAR,
  spokenNumbers,
  spokenPlaces,
  visitSpared,
  yearsSaidInDigits,
} from "../../src/answer/understand/spoken.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const catalog = buildCatalog(loadPlan());
const NOW = new Date("2026-11-25T09:00:00+09:00");
const read = (q: string) => understand(q, catalog, NOW);
const CHAPTERS = new Set(["7"]);

// Numbers a voice input spells in kana (probe 65): read where a year, a code or a place is said, and nowhere else.
describe("numbers said aloud", () => {
  it.each([
    ["令和ご年度", "令和5年度"],
    ["れいわごねんど", "れいわ5ねんど"],
    ["令和よ年度に完了", "令和4年度に完了"],
    ["令和じゅう年度", "令和10年度"],
    ["にせんにじゅういち年度", "2021年度"],
    ["にせんにじゅうさん年度の", "2023年度の"],
    ["ななのよんのにの事業", "7-4-2の事業"],
    ["えっとななのにって何", "えっと7-2って何"],
    ["ななのにのじゅうななばんの担当", "7-2の17番の担当"],
    // A project's number past nine, a dot said as てん or 点, a run of numbers (probe 131).
    ["ななのにのじゅうよん", "7-2-14"],
    ["なな の に の じゅうなな ってなんだっけ", "7-2-17 ってなんだっけ"],
    ["なな てん よん の事業", "7-4 の事業"],
    ["ななてんにてんななの事業", "7-2-7の事業"],
    ["なな点よんの事業", "7-4の事業"],
    ["なな の に の はち から じゅう まで", "7-2の8から10まで"],
    // A chapter and a policy said with no の between them (probe 149).
    ["ななにのじゅうななってなんだっけ", "7-2-17ってなんだっけ"],
    ["えーとななにの事業", "えーと7-2の事業"],
    ["さんばんめは", "3番目は"],
    ["アール4に", "r4に"],
    ["アールご", "r5"],
    // Hiragana as a voice input writes it, and a year without its era (probe 149).
    ["あーるごで完了", "r5で完了"],
    ["ごねんどに完了", "令和5ねんどに完了"],
    ["よねんどの拡充", "令和4ねんどの拡充"],
    // An acronym by its letters' names.
    ["ディーエックス推進チーム", "DX推進チーム"],
    ["アイシーティーの事業", "ICTの事業"],
    ["エスエヌエスで発信", "SNSで発信"],
  ])("reads %s as %s", (spoken, written) => {
    expect(spokenNumbers(spoken, CHAPTERS)).toBe(written);
  });

  // In hiragana, an acronym of the plan's, at a run's start or after a particle (probe 127; only the plan's — review).
  const ACRONYMS = new Set(["DX", "LED", "DV", "SNS", "ICT"]);
  it.each([
    ["でぃーえっくすのじぎょう", "DXのじぎょう"],
    // Letter names with no ー in them (probe 300).
    ["えすえぬえすも同じ事業？", "SNSも同じ事業？"],
    ["あいしーてぃーのじぎょう", "ICTのじぎょう"],
    ["しょうめいのえるいーでぃー", "しょうめいのLED"],
    ["でぃーぶいのそうだん", "DVのそうだん"],
    ["でぃーえっくすすいしんちーむ", "DXすいしんちーむ"],
    ["えるいーでぃーかのじぎょう", "LEDかのじぎょう"],
  ])("reads %s as %s, an acronym the plan has", (spoken, written) => {
    expect(spokenNumbers(spoken, CHAPTERS, ACRONYMS)).toBe(written);
  });

  it.each([["わいわいがやがやできるせんたー"], ["いーじーにできるさーびす"], ["あいせんたー"]])(
    "leaves %s as it is: no acronym of the plan's",
    (text) => {
      expect(spokenNumbers(text, CHAPTERS, ACRONYMS)).toBe(text);
    },
  );

  it.each([
    // に, ご, し are a particle, a prefix and more; いちばん is "most"; a chapter the plan lacks is no code.
    ["市民課にご相談"],
    ["いちばん多い課"],
    ["さんのにの事業"],
    ["ななめの線"],
    ["さんてんよんの評価"],
    ["じゅうてんの"],
    ["こんばんは"],
    // Two digits run together are a code only of a chapter of the plan, before a code's rest or what it asks for.
    ["いちにのさんで"],
    ["さんにの事業"],
    ["ななにんの"],
    ["ななにのはなし"],
    // A year said from this one is no number (understanding reads it).
    ["こんねんどの新規"],
    ["らいねんど"],
    // A katakana word that only begins with letter names is a word.
    ["アイデアの募集"],
    ["ケースワーカー"],
    ["エー"],
    // Nor hiragana with one letter name, or letter names inside a word.
    ["あいせんたー"],
    ["えーと、人事課の事業"],
    ["こーちんぐ"],
  ])("leaves %s as it is", (text) => {
    expect(spokenNumbers(text, CHAPTERS)).toBe(text);
  });

  it.each([
    ["えっとななのよんのにの事業", { codes: ["7-4-2"] }],
    ["れいわよねんどに官僚する事業", { years: ["R4"] }],
    ["アール4に官僚する事業", { years: ["R4"] }],
    ["にせんにじゅういちねんどに新規の事業", { years: ["R3"] }],
    ["ごねんどに完了するやつ", { years: ["R5"] }],
    ["あーるごで完了するやつ", { years: ["R5"] }],
  ])("understands %s as the same question typed in digits", (q, want) => {
    const u = read(q);
    if ("codes" in want) expect(u.codes.map((c) => c.code)).toEqual(want.codes);
    if ("years" in want) expect(u.years).toEqual(want.years);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["こんねんどの新規", "今年度の新規"],
    ["ほんねんどで完了するもの", "本年度で完了するもの"],
    ["らいねんど新規のやつある", "来年度新規のやつある"],
    ["さくねんど拡充のやつ", "昨年度拡充のやつ"],
    ["きょねんど拡充だったのってなに", "昨年度拡充だったのってなに"],
    ["よくねんどに縮小する事業", "翌年度に縮小する事業"],
    ["いっさくねんど拡充の事業", "一昨年度拡充の事業"],
    ["さらいねんど新規の事業", "再来年度新規の事業"],
  ])("understands %s, a year said from this one in kana, as %s", (kana, kanji) => {
    const [typed, written] = [read(kana), read(kanji)];
    expect(written.years.length).toBeGreaterThan(0);
    expect(typed.years).toEqual(written.years);
    expect(typed.directions).toEqual(written.directions);
    expect(typed.hasFreeText).toBe(written.hasFreeText);
  });

  it("reads 官僚 where a direction is said as 完了 (the IME's other かんりょう), and not elsewhere", () => {
    expect(read("R4に官僚する事業").directions).toEqual(["完了", "新規完了"]);
    expect(read("官僚的な手続きを減らす事業").directions).toEqual([]);
  });
});

// The years a message says aloud, read in digits wherever they stand (a correction, the question before it: probe 149).
describe("years said aloud, in digits", () => {
  it.each([
    ["れいわごねんどで完了する事業ってある", "令和5年度で完了する事業ってある"],
    ["えーとれいわななじゃなくてれいわろくだった", "えーと令和7じゃなくて令和6だった"],
    ["それれいわななねんどは", "それ令和7年度は"],
    ["ごねんどに完了", "令和5年度に完了"],
    // After a particle, a filler or じゃなくて too; 一昨年度 and 再来年度 before the shorter words (review).
    ["市民課のごねんどの事業", "市民課の令和5年度の事業"],
    ["R3からごねんどまで", "R3から令和5年度まで"],
    ["あの、ごねんどじゃなくてよねんどだった", "あの、令和5年度じゃなくて令和4年度だった"],
    ["いっさくねんど拡充の事業", "一昨年度拡充の事業"],
    ["さらいねんど新規の事業", "再来年度新規の事業"],
    ["あーるごじゃなくてあーるよん", "r5じゃなくてr4"],
    ["にせんにじゅうにねんど", "2022年度"],
    ["こんねんどの新規", "今年度の新規"],
    ["きょねんど拡充だった", "昨年度拡充だった"],
  ])("reads %s as %s", (spoken, written) => {
    expect(yearsSaidInDigits(spoken)).toBe(written);
  });

  it.each([
    ["れいわになってから", "令和になってから"],
    ["れいわには", "令和には"],
    ["ななのよんのに", "ななのよんのに"],
    ["市民課にご相談", "市民課にご相談"],
    ["しごねんどの", "しご年度の"],
  ])("reads no number in %s (%s): に is a particle, a code is no year", (spoken, written) => {
    expect(yearsSaidInDigits(spoken)).toBe(written);
  });
});

// A place in a list typed in kana, as a follow-up picks it (probe 127): written as its digits and 番目.
describe("a place in a list said in kana", () => {
  it.each([
    ["2ばんめのは？", "2番目のは？"],
    ["にばんめのは？", "2番目のは？"],
    ["ふたつめのやつのないようは？", "2つ目のやつのないようは？"],
    ["いちばんうえのやつのもくてきは？", "一番上のやつのもくてきは？"],
    ["いちばんうえのは？", "一番上のは？"],
    ["じゃあさんばんめは？", "じゃあ3番目は？"],
    ["いちばんしたのやつ", "一番下のやつ"],
  ])("reads %s as %s", (typed, written) => {
    expect(spokenPlaces(typed)).toBe(written);
  });

  it.each([["いちばんおおいかは？"], ["じゅうばん"], ["ひとつめくる"], ["なにばんめ？"], ["一番したのは？"]])(
    "leaves %s as it is",
    (text) => {
      expect(spokenPlaces(text)).toBe(text);
    },
  );
});

// 載って and 続く typed in kana after a particle or まで (probe 127): the words, as a listing asked of a year.
describe("a listing verb said in kana", () => {
  // (And つずく, the slip of ず for づ: probe 279.)
  it.each([
    ["R7までのってるじぎょう"],
    ["R7までつづくじぎょう"],
    ["R7までのってる事業"],
    ["R7までつずくじぎょう"],
  ])("reads %s as the projects listed in R7, no word searched", (q) => {
    const u = read(q);
    expect(u.years).toEqual(["R7"]);
    expect(u.freeText).not.toMatch(/のって|つ[づず]/);
  });

  it("reads のってる after って as 載ってる (probe 261: 平和の事業ってのってる？ had searched it, no いいえ)", async () => {
    const engine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const [kana, kanji] = await Promise.all([
      engine.ask("平和の事業ってのってる？"),
      engine.ask("平和の事業って載ってる？"),
    ]);
    expect(kanji.notes[0]).toMatch(/^いいえ。/);
    expect(kana.notes[0]).toBe(kanji.notes[0]);
  });

  it("reads のってる straight after a noun as 載ってる (probe 279: 平和の事業のってる？ had searched it, no いいえ)", async () => {
    const engine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
    const [kana, kanji] = await Promise.all([
      engine.ask("平和の事業のってる？"),
      engine.ask("平和の事業載ってる？"),
    ]);
    expect(kanji.notes[0]).toMatch(/^いいえ。/);
    expect(kana.notes[0]).toBe(kanji.notes[0]);
  });

  it("leaves ずつ, each, as it is (1つずつ)", () => {
    expect(read("1つずつ教えて").freeText).not.toContain("続");
  });

  it("leaves てつづき (手続) as it is", () => {
    expect(read("てつづきの事業").freeText).toContain("てつづき");
  });

  it('leaves つづけて, "next", as it is (review)', () => {
    expect(read("つづけてR4は？").directions).toEqual([]);
  });
});

describe("not having to go to the city's offices, read as the plan says it (probe 142)", () => {
  it.each([
    ["役所に来なくても申請できる", "オンライン手続きで申請できる"],
    ["市役所に行かなくても手続きできる？", "オンライン手続きで手続きできる？"],
    ["窓口に来なくていいようにする取組", "オンライン手続きでする取組"],
    ["役所に何度も来なくていいようにしたい", "オンライン手続きでしたい"],
    ["窓口に出向かずに届け出", "オンライン手続きで届け出"],
  ])("reads %s as %s", (text, read) => {
    expect(visitSpared(text)).toBe(read);
  });

  it.each([
    ["市役所に行く用事"],
    ["窓口に来た人"],
    ["窓口に来ない人への案内"],
    ["本庁に来なくても支所で手続きできる？"],
    ["窓口に来ないでくださいと案内"],
  ])("leaves %s as it is", (text) => {
    expect(visitSpared(text)).toBe(text);
  });
});

// A budget analyst's way of asking whether a project goes on in a year (probe 174): the plan records no amounts.
describe("a budget said to be given a project in a year (R5も予算つく？)", () => {
  const engine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR, clock: () => NOW });

  it.each([
    [
      "マイナンバーカードの普及ってR5も予算つく？",
      "いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません",
    ],
    [
      "ふるさと納税は令和7年度も予算つきますか",
      "いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません",
    ],
    ["ふるさと納税はR6も予算ついてる？", "はい。ふるさと寄附金推進事業は令和6年度も計画に載っています"],
  ])("answers %s as whether the year lists the project", async (q, verdict) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toContain(verdict);
  });

  it.each([
    ["R5も予算つく？", "R5も載ってる？"],
    ["令和6年度も予算ついていますか", "令和6年度も載っていますか"],
    ["予算がつく事業", "予算がつく事業"],
  ])("reads %s as %s", (said, read) => {
    expect(said.replace(BUDGETED_IN_YEAR, asListed)).toBe(read);
  });
});
