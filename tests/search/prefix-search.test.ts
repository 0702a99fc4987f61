import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { DoubleArrayTrie, PrefixMatch } from "../../src/search/prefix-search.js";
import { kuromojiDictDir } from "../../src/search/stock-tokenizer.js";
import { buildTokenizer } from "../../src/search/tokenizer.js";
import { tempDir } from "../helpers.js";

const seedLines = readFileSync(new URL("../../seeds/07-machizukuri-kiban.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");

let trie: DoubleArrayTrie;
/** doublearray's own search, which plan-bot's loader replaces on the trie (the package's method is untouched). */
let stockSearch: (key: string) => PrefixMatch[];
beforeAll(async () => {
  const { tokenizer } = await buildTokenizer(kuromojiDictDir(), tempDir("dict"));
  trie = (tokenizer as unknown as { viterbi_builder: { trie: DoubleArrayTrie } }).viterbi_builder.trie;
  const stock = Object.getPrototypeOf(trie) as DoubleArrayTrie;
  expect(trie.commonPrefixSearch).not.toBe(stock.commonPrefixSearch);
  stockSearch = (key) => stock.commonPrefixSearch.call(trie, key);
});

describe("the dictionary's common-prefix search", () => {
  it("finds the words doublearray's own search finds, in order, at every position of the plan's lines", () => {
    let words = 0;
    for (const line of seedLines)
      for (let at = 0; at < line.length; at++) {
        const tail = line.slice(at);
        const found = trie.commonPrefixSearch(tail);
        expect(found).toStrictEqual(stockSearch(tail));
        words += found.length;
      }
    expect(words).toBeGreaterThan(10_000);
  });

  it("finds the same words for any text, in one, two and three bytes of UTF-8 and outside the BMP", () => {
    const alphabet = [..."あいうかがきしじすたちっつてとなのはまやらりるんアイカキサシタナマラン"]
      .concat([..."市民課担当事業推進計画年度令和行政窓口手続ー・ａA1。、？ "])
      // Outside the BMP; two-byte characters, with and without words (Greek letters, ×, ÷ and £ are words); NUL,
      // the one one-byte key the dictionary's trie holds.
      .concat(["𠮷", "𩸽", "😀", "é", "а", "α", "Ω", "×", "÷", "£", "\u0000"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(trie.commonPrefixSearch(text)).toStrictEqual(stockSearch(text));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a lone surrogate as the end of the words there, where doublearray's own search throws", () => {
    expect(() => stockSearch("市民\ud800課")).toThrow();
    expect(trie.commonPrefixSearch("市民\ud800課").map((m) => m.k)).toEqual(
      trie.commonPrefixSearch("市民").map((m) => m.k),
    );
    expect(trie.commonPrefixSearch("\udc00市民")).toEqual([]);
  });
});
