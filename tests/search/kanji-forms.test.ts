import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CACHE_DIR } from "../../src/search/cache-dir.js";
import { compileTable, kanjiCacheDir, kanjiFormsOf, loadKanjiForms } from "../../src/search/kanji-forms.js";
import { normalizeWidth } from "../../src/search/normalize.js";
import { tempDir } from "../helpers.js";

const PACKAGE = join(import.meta.dirname, "../../node_modules/kyujitai");

describe("old kanji read as the forms in use today (the kyujitai package's tables)", () => {
  it.each([
    ["擔當課", "担当課"],
    ["繼續", "継続"],
    ["擴充", "拡充"],
    ["事業數", "事業数"],
    ["人權・男女共生課", "人権・男女共生課"],
    ["計畫に記載", "計画に記載"],
    ["手續の簡便化", "手続の簡便化"],
  ])("%s is %s, one character for one", (old, today) => {
    expect(normalizeWidth(old)).toBe(today);
    expect(normalizeWidth(old)).toHaveLength(old.length);
  });

  it("leaves today's forms as they are, the plan's 寄附 and 遵守 too (written 寄付, 順守 by another list)", () => {
    for (const text of [
      "担当課の事業",
      "総合計画",
      "ふるさと寄附金推進事業",
      "法令遵守",
      "市民協働推進課",
      "ワンストップ",
    ])
      expect(normalizeWidth(text)).toBe(text);
  });

  it("reads an old form inside text that is not all kana and kanji too", () => {
    expect(normalizeWidth("Ｗｉ－Ｆｉの擔當は？")).toBe("wi-fiの担当は?");
  });
});

describe("the compact table of old forms", () => {
  it("skips entries not in the package's shape, without failing", () => {
    const table = compileTable(
      {
        kyuji: [["担", "擔", "E0100"], null, 7, ["当"], ["一", "一", "E0101"], ["a", "bc"], "x"],
      },
      "1",
    );
    const forms = kanjiFormsOf(table);
    expect(forms.today("擔當 一 abc")).toBe("担當 一 abc");
    expect(compileTable(null, "1").oldChars).toBe("");
    expect(kanjiFormsOf(compileTable("not a table", "1")).today("擔")).toBe("擔");
  });

  it("is compiled once into the cache folder and read from it after", () => {
    const cache = tempDir("kanji");
    const pkg = join(tempDir("kyujitai"), "kyujitai");
    cpSync(PACKAGE, pkg, { recursive: true });
    expect(loadKanjiForms(cache, pkg).today("擔當")).toBe("担当");
    expect(existsSync(join(cache, "kanji-forms.json"))).toBe(true);
    // Without the package's data, the cached table still reads old forms.
    rmSync(join(pkg, "data"), { recursive: true });
    expect(loadKanjiForms(cache, pkg).today("擔當")).toBe("担当");
  });

  it("is compiled again when the cached table is of another version of the package", () => {
    const cache = tempDir("kanji");
    const file = join(cache, "kanji-forms.json");
    writeFileSync(file, JSON.stringify({ ...compileTable(null, "0.0.0-old") }));
    expect(loadKanjiForms(cache, PACKAGE).today("擔當")).toBe("担当");
    const version = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).version;
    expect(JSON.parse(readFileSync(file, "utf8")).version).toBe(version);
  });

  it("reads an unreadable cached table as none, and compiles it again", () => {
    const cache = tempDir("kanji");
    writeFileSync(join(cache, "kanji-forms.json"), "{ not json");
    expect(loadKanjiForms(cache, PACKAGE).today("繼續")).toBe("継続");
  });

  it("without the package, reads no text anew and does not fail", () => {
    const forms = loadKanjiForms(tempDir("kanji"), join(tempDir("none"), "kyujitai"));
    expect(forms.today("擔當")).toBe("擔當");
    expect(forms.holdsOld.test("擔當")).toBe(false);
  });

  it("without a cache folder (PLAN_CACHE_DIR=off), compiles the table each time", () => {
    expect(loadKanjiForms(null, PACKAGE).today("擴充")).toBe("拡充");
  });
});

describe("where the table of old forms is kept", () => {
  it("follows PLAN_CACHE_DIR as the other caches do: that folder, none when off, else the install's", () => {
    expect(kanjiCacheDir({ PLAN_CACHE_DIR: "/tmp/x" })).toBe("/tmp/x");
    expect(kanjiCacheDir({ PLAN_CACHE_DIR: "off" })).toBeNull();
    expect(kanjiCacheDir({})).toBe(DEFAULT_CACHE_DIR);
  });
});
