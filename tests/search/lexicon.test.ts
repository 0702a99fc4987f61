import { describe, expect, it } from "vitest";
import { loadLexicon, parseLexicon } from "../../src/search/lexicon.js";
import { foldTerm } from "../../src/search/normalize.js";

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

  it("keeps phrases of two or more characters, longest first", () => {
    expect(lexicon.phrasesByFirstChar.get("ま")).toContain("まいなんばーかーど");
    expect(lexicon.phrasesByFirstChar.get("a")).toBeUndefined();
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
