import { describe, expect, it } from "vitest";
import {
  type LexiconSources,
  loadLexicon,
  parseLexicon,
  phrasePattern,
  withNo,
} from "../../src/search/lexicon.js";
import { foldTerm } from "../../src/search/normalize.js";

const lexiconOf = (sources: Partial<LexiconSources>) =>
  parseLexicon({ synonyms: "", variants: "", terms: "", stopwords: "", ...sources });

describe("kinds.txt: a broader word of the plan and the narrower words that are kinds of it", () => {
  const lexicon = lexiconOf({
    synonyms: "貸室 = 貸し部屋\n",
    kinds: "# 会議室は貸室の一種\n貸し部屋 = 会議室 = ホール\n",
  });

  it("maps each narrower word to the broader word's group, as another word and not the same one", () => {
    expect(lexicon.nearby.get(foldTerm("会議室"))).toEqual([foldTerm("貸室")]);
    expect(lexicon.nearby.get(foldTerm("ホール"))).toEqual([foldTerm("貸室")]);
    expect(lexicon.canonical.get(foldTerm("会議室"))).toBeUndefined();
    expect(lexicon.nearby.get(foldTerm("貸室"))).toBeUndefined();
  });

  it("links words close to each other (related.txt) both ways, each to the others' groups", () => {
    const near = lexiconOf({ synonyms: "市民 = 市の住民\n", related: "住民 = 市民\n" });
    expect(near.nearby.get(foldTerm("住民"))).toEqual([foldTerm("市民")]);
    expect(near.nearby.get(foldTerm("市民"))).toEqual([foldTerm("住民")]);
  });

  it("keeps a narrower word whole, as a term is", () => {
    expect(lexicon.phrasesByFirstChar.get("会")).toContain(phrasePattern("会議室"));
  });
});

describe("readings.txt: words whose reading the analyser's dictionary lacks", () => {
  it("reads each listed word, width-normalised, by its reading in katakana; a line without one reading is ignored", () => {
    const { readings } = lexiconOf({
      readings: "# 協働は辞書にない\n協働 = きょうどう\nＡＩ = えーあい\n片方だけ\n",
    });
    expect([...readings]).toEqual([
      ["協働", "キョウドウ"],
      ["ai", "エーアイ"],
    ]);
  });
});

describe("parseLexicon", () => {
  const lexicon = parseLexicon({
    synonyms: "# comment\nふるさと寄附金 = ふるさと納税 # inline\nテレワーク ＝ リモートワーク = 在宅勤務\n",
    variants: "シティプロモーション = シテプロモーション\nふるさと納税 = ふるさと寄付\n",
    terms: "マイナンバーカード\nA\n",
    stopwords: "誰\nふるさと納税\n",
  });

  it("maps every member of a group to the group's first word", () => {
    expect(lexicon.canonical.get(foldTerm("リモートワーク"))).toBe(foldTerm("テレワーク"));
    expect(lexicon.canonical.get(foldTerm("シテプロモーション"))).toBe(foldTerm("シティプロモーション"));
  });

  it("joins a later group naming an existing word to that word's group", () => {
    expect(lexicon.canonical.get(foldTerm("ふるさと寄付"))).toBe(foldTerm("ふるさと寄附金"));
  });

  it("keeps the spellings of variant groups only: a synonym is another word, not another way to write it", () => {
    expect(lexicon.spellings.get(foldTerm("シティプロモーション"))).toEqual([
      phrasePattern("シティプロモーション"),
      phrasePattern("シテプロモーション"),
    ]);
    expect(lexicon.spellings.get(foldTerm("テレワーク"))).toBeUndefined();
  });

  it("keeps phrases of two or more characters, longest first", () => {
    expect(lexicon.phrasesByFirstChar.get("ま")).toContain("まいなんばーかーど");
    expect(lexicon.phrasesByFirstChar.get("a")).toBeUndefined();
  });

  it("also looks for a kanji or katakana compound written with の, two characters or more a side", () => {
    expect(withNo("女性活躍")).toEqual(["女性の活躍"]);
    expect(withNo("地域コミュニティ")).toEqual([
      "地域のコミュニティ",
      "地域コのミュニティ",
      "地域コミのュニティ",
      "地域コミュのニティ",
      "地域コミュニのティ",
    ]);
    expect(withNo("市税")).toEqual([]);
    expect(withNo("ふるさと納税")).toEqual([]);
    expect(withNo("wi-fi環境")).toEqual([]);
    const lexicon = lexiconOf({
      synonyms: "男女共同参画 = 女性活躍\n",
      terms: "公共施設\n地域コミュニティ\n",
    });
    expect(lexicon.canonical.get(foldTerm("地域のコミュニティ"))).toBe(foldTerm("地域コミュニティ"));
    expect(lexicon.noForms.has(phrasePattern("地域のコミュニティ"))).toBe(true);
    expect(lexicon.canonical.get(foldTerm("女性の活躍"))).toBe(foldTerm("男女共同参画"));
    expect(lexicon.canonical.get(foldTerm("公共の施設"))).toBe(foldTerm("公共施設"));
    expect(lexicon.phrasesByFirstChar.get("公")).toContain("公共の施設");
  });

  it("lets a word written in dict/ win over a の form of another", () => {
    const lexicon = lexiconOf({ synonyms: "公共施設 = 市有施設\n市有の施設 = 市役所\n" });
    expect(lexicon.canonical.get(foldTerm("市有の施設"))).toBe(foldTerm("市有の施設"));
    expect(lexicon.canonical.get(foldTerm("公共の施設"))).toBe(foldTerm("公共施設"));
  });

  it("stores stopwords in canonical form", () => {
    expect(lexicon.stopwords.has("誰")).toBe(true);
    expect(lexicon.stopwords.has(foldTerm("ふるさと寄附金"))).toBe(true);
  });

  it("loads the bundled dict/ files", () => {
    const bundled = loadLexicon();
    expect(bundled.canonical.get(foldTerm("LGBT"))).toBe(foldTerm("セクシュアルマイノリティ"));
    expect(bundled.canonical.get(foldTerm("DV"))).toBe(foldTerm("配偶者暴力"));
    expect(bundled.canonical.get(foldTerm("空家"))).toBe(foldTerm("空き家"));
  });
});
