import { describe, expect, it } from "vitest";
import {
  bigrams,
  foldKana,
  foldTerm,
  normalizeWidth,
  oneCharOff,
  spellingKey,
  withoutLaughter,
} from "../../src/search/normalize.js";

describe("normalisation", () => {
  it("folds full and half width and case", () => {
    expect(normalizeWidth("ﾘﾉﾍﾞのいばらき")).toBe("リノベのいばらき");
    expect(normalizeWidth("Ｗｉ－Ｆｉ　７－２")).toBe("wi-fi 7-2");
  });

  it.each([["ＷｉーＦｉ"], ["Wi‐Fi"], ["Wiｰfi"], ["WI－FI"]])(
    "reads a dash or long vowel mark between Latin letters as a hyphen: %s = wi-fi",
    (text) => {
      expect(normalizeWidth(text)).toBe("wi-fi");
    },
  );

  it("reads a circled number, a list's item mark, as a space — one character for one, never a digit glued on", () => {
    expect(normalizeWidth("①2in1端末 ②DIY ⑫検討")).toBe(" 2in1端末  diy  検討");
  });

  it.each([
    ["どっちが先に終わる？（笑）", "どっちが先に終わる？"],
    ["同時じゃん(笑)", "同時じゃん"],
    ["ずっとだよね笑", "ずっとだよね"],
    ["それ知らなかったw", "それ知らなかった"],
    ["Wi-Fiの事業www", "Wi-Fiの事業"],
    ["R5で終わるのｗｗ？", "R5で終わるの？"],
    ["ふるさと納税って広報課の担当でしたっけ？🤔", "ふるさと納税って広報課の担当でしたっけ？"],
    ["7-2のだけ見せて🙏🙏", "7-2のだけ見せて"],
    ["まち魅力発信課ですよね？😊", "まち魅力発信課ですよね？"],
    ["Wi-Fiの事業👍🏻。R5は？", "Wi-Fiの事業。R5は？"],
  ])("takes the laughter or emoji off a clause's end: %s", (text, plain) => {
    expect(withoutLaughter(text)).toBe(plain);
  });

  it.each([["爆笑の事業"], ["笑顔あふれるまちづくり"], ["Wi-Fi"], ["7-2w"], ["AWW"]])(
    "leaves %s as it is: no laughter at a clause's end",
    (text) => {
      expect(withoutLaughter(text)).toBe(text);
    },
  );

  it("keeps the long vowel mark in katakana", () => {
    expect(normalizeWidth("センター")).toBe("センター");
  });

  it("folds katakana to hiragana character for character, keeping voiced kana whole", () => {
    expect(foldKana("ペイジー")).toBe("ぺいじー");
    expect(foldKana("ガイドライン").length).toBe("ガイドライン".length);
  });

  it("drops a trailing long vowel from longer terms only", () => {
    expect(foldTerm("コミュニティセンター")).toBe(foldTerm("コミュニティセンタ"));
    expect(foldTerm("ルー")).toBe("るー");
  });

  it("makes bigrams within word runs only", () => {
    expect(bigrams("市税の徴収")).toEqual(["市税", "税の", "の徴", "徴収"]);
    expect(bigrams("DX・AI")).toEqual(["dx", "ai"]);
    expect(bigrams("？")).toEqual([]);
  });
});

describe("a loanword's spelling key", () => {
  it.each([
    ["マネージメント", "マネジメント", "the long vowel mark kept or dropped"],
    ["ウイズコロナ", "ウィズコロナ", "a small vowel or a large one"],
    ["ヴィジョン", "ビジョン", "ヴ or バ行"],
    ["ヴァイオリン", "バイオリン", "ヴァ or バ"],
    ["セクシャル", "セクシュアル", "ャ or ュア"],
  ])("gives %s the key of %s: %s", (one, other) => {
    expect(spellingKey(one)).toBe(spellingKey(other));
  });

  it.each([
    ["シティ", "シテ"],
    ["カード", "カート"],
    ["ワークショプ", "ワークショップ"],
  ])("tells %s from %s", (one, other) => {
    expect(spellingKey(one)).not.toBe(spellingKey(other));
  });
});

describe("oneCharOff: two runs of one length differing in exactly one place", () => {
  it.each([
    ["保善", "保全", true],
    ["ネーミングライス", "ネーミングライツ", true],
    ["保全", "保全", false],
    ["財政活用", "財産活用", true],
    ["市民課", "人事課", false],
    ["保全", "保全事", false],
  ])("says %s and %s differ in one place: %s", (a, b, one) => {
    expect(oneCharOff([...a], [...b])).toBe(one);
  });
});
