import {
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { dictionaryFolder, openDictionaryCache } from "../../src/search/dictionary-cache.js";
import {
  type JapaneseTokenizer,
  kuromojiDictDir,
  loadStockTokenizer,
} from "../../src/search/stock-tokenizer.js";
import { buildTokenizer } from "../../src/search/tokenizer.js";
import { tempDir } from "../helpers.js";

const dicPath = kuromojiDictDir();
const freshDir = () => tempDir("dict");
const seedLines = readFileSync(new URL("../../seeds/07-machizukuri-kiban.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
/** The part of kuromoji's tokenizer that holds the unknown-word character classes. */
interface CharacterClasses {
  unknown_dictionary: {
    target_map: Record<number, number[]>;
    character_definition: { invoke_definition_map: { map: { class_name: string }[] } };
  };
}
const tokens = (tokenizer: JapaneseTokenizer, text: string) => tokenizer.tokenize(text);

let stock: JapaneseTokenizer;
beforeAll(async () => {
  stock = await loadStockTokenizer();
});

describe("plan-bot's kuromoji loader", () => {
  it("inflates the package's dictionary on first use, caches it, and reads the cache next time", async () => {
    const dir = freshDir();
    const first = await buildTokenizer(dicPath, dir);
    expect(first.source).toBe("package");
    await first.saved;
    const folder = dictionaryFolder(dicPath, dir);
    const gz = readdirSync(dicPath).filter((name) => name.endsWith(".gz"));
    expect(readdirSync(folder).sort()).toEqual(["manifest.json", ...gz.map((name) => `${name}.raw`)].sort());

    const second = await buildTokenizer(dicPath, dir);
    expect(second.source).toBe("cache");
    for (const line of seedLines) {
      const expected = tokens(stock, line);
      expect(tokens(first.tokenizer, line)).toEqual(expected);
      expect(tokens(second.tokenizer, line)).toEqual(expected);
    }
  });

  it("tokenizes any text exactly as kuromoji's own loader does", async () => {
    const dir = freshDir();
    await (await buildTokenizer(dicPath, dir)).saved;
    const { tokenizer, source } = await buildTokenizer(dicPath, dir);
    expect(source).toBe("cache");
    const alphabet = [
      ..."あいうえおかがきくけこさしすせそたちつてとなにのはばぱまみむめもやゆよらりるれろわをんー",
    ]
      .concat([..."アイウカキクサシスタチツナニハヒフマミムヤユヨラリルレロワンヴァィ・"])
      .concat([..."市民課担当課事業推進計画新規継続拡充完了年度令和茨木行政情報化窓口手続施設"])
      .concat([..."abcXYZ０１２3456789。、？！（）「」 \t\n-/"])
      // Every character class of kuromoji's unknown-word model: symbols, Greek, Cyrillic, half-width kana.
      .concat([..."＠#€αβДжｱｲｳﾞ〇々〆ヶ①Ⅱ"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(tokens(tokenizer, text)).toEqual(tokens(stock, text));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the unknown-word classes and map the dictionary holds, without what kuromoji reads from their padding", async () => {
    const dir = freshDir();
    const { tokenizer } = await buildTokenizer(dicPath, dir);
    const names = (t: JapaneseTokenizer) =>
      (
        t as unknown as CharacterClasses
      ).unknown_dictionary.character_definition.invoke_definition_map.map.map((c) => c.class_name);
    const stockNames = names(stock);
    const named = stockNames.filter((name) => name !== "");
    expect(named).toContain("KANJI");
    expect(stockNames.length).toBeGreaterThan(named.length);
    expect(names(tokenizer)).toEqual(named);
    const map = (t: JapaneseTokenizer) => (t as unknown as CharacterClasses).unknown_dictionary.target_map;
    expect(Object.keys(map(tokenizer))).toHaveLength(named.length);
    expect(map(tokenizer)).toEqual(map(stock));
  });

  it("notices a cache file cut short, inflates the dictionary again and repairs the cache", async () => {
    const dir = freshDir();
    await (await buildTokenizer(dicPath, dir)).saved;
    const folder = dictionaryFolder(dicPath, dir);
    const damaged = join(folder, "tid_pos.dat.gz.raw");
    const size = statSync(damaged).size;
    truncateSync(damaged, 1000);

    const rebuilt = await buildTokenizer(dicPath, dir);
    expect(rebuilt.source).toBe("package");
    expect(tokens(rebuilt.tokenizer, "マイナンバーカードの担当課は？")).toEqual(
      tokens(stock, "マイナンバーカードの担当課は？"),
    );
    await rebuilt.saved;
    expect(statSync(damaged).size).toBe(size);
    expect((await buildTokenizer(dicPath, dir)).source).toBe("cache");
  });

  it("works without a cache when the cache folder cannot be written", async () => {
    const blocker = join(freshDir(), "a-file");
    writeFileSync(blocker, "");
    const built = await buildTokenizer(dicPath, join(blocker, "cache"));
    expect(built.source).toBe("package");
    await expect(built.saved).resolves.toBeUndefined();
    expect(tokens(built.tokenizer, "市民課")).toEqual(tokens(stock, "市民課"));
  });

  it("removes another dictionary's cache unused for a week, and a half-written one after an hour", async () => {
    const dir = freshDir();
    const folder = (name: string) => join(dir, `kuromoji-dict-${name}`);
    const unused = folder("0123456789abcdef01234567");
    const recent = folder("76543210fedcba9876543210");
    const abandoned = folder("89abcdef0123456701234567.tmp-1-2");
    const writing = folder("fedcba9876543210fedcba98.tmp-3-4");
    for (const path of [unused, recent, abandoned, writing]) mkdirSync(path);
    const ago = (hours: number) => new Date(Date.now() - hours * 3600_000);
    utimesSync(unused, ago(8 * 24), ago(8 * 24));
    utimesSync(recent, ago(6 * 24), ago(6 * 24));
    utimesSync(abandoned, ago(2), ago(2));
    writeFileSync(join(dir, "index-0123.json"), "{}");
    const kept = (...paths: string[]) => paths.map((path) => path.slice(dir.length + 1)).sort();

    await (await buildTokenizer(dicPath, dir)).saved;
    expect(readdirSync(dir).sort()).toEqual(
      kept(join(dir, "index-0123.json"), dictionaryFolder(dicPath, dir), recent, writing),
    );
  });

  it("tidies up after a start from the cache too, and marks its own folder as in use", async () => {
    const dir = freshDir();
    await (await buildTokenizer(dicPath, dir)).saved;
    const own = dictionaryFolder(dicPath, dir);
    const unused = join(dir, "kuromoji-dict-0123456789abcdef01234567");
    mkdirSync(unused);
    const longAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    utimesSync(unused, longAgo, longAgo);
    utimesSync(own, longAgo, longAgo);

    const cache = openDictionaryCache(dicPath, dir);
    expect(cache.files).not.toBeNull();
    await cache.tidy();
    expect(readdirSync(dir)).toEqual([own.slice(dir.length + 1)]);
    expect(Date.now() - statSync(own).mtimeMs).toBeLessThan(3600_000);
  });

  it("does not write the cache when it would leave too little free space", async () => {
    const dir = freshDir();
    const cache = openDictionaryCache(dicPath, dir, Number.MAX_SAFE_INTEGER);
    expect(cache.files).toBeNull();
    await cache.save(new Map([["unk_char.dat.gz", new ArrayBuffer(16)]]));
    expect(readdirSync(dir)).toEqual([]);
  });
});
