import { appendFileSync, cpSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { cacheKey, openIndexCache } from "../../src/search/index-cache.js";
import { loadLexiconSources } from "../../src/search/lexicon.js";
import { tempDir } from "../helpers.js";

const plan = loadPlan();
const QUESTIONS = [
  "マイナンバーカードの担当課は？",
  "亡くなった方の手続き",
  "ﾘﾉﾍﾞのいばらき",
  "平和",
  "ふるさと納税",
];
const answersOf = async (engine: ReturnType<typeof createEngine>) =>
  Promise.all(
    QUESTIONS.map(async (q) => {
      const a = await engine.ask(q);
      return [a.projects.map(projectKey), a.scopes.map((s) => s.code)];
    }),
  );
const freshDir = () => tempDir("cache");
const key = () => cacheKey(loadLexiconSources(), plan);

describe("the index cache", () => {
  it("is written on first use and gives the same answers when read back", async () => {
    const dir = freshDir();
    const uncached = await answersOf(createEngine(plan, { cacheDir: null }));
    expect(await answersOf(createEngine(plan, { cacheDir: dir }))).toEqual(uncached);
    expect(readdirSync(dir)).toEqual([`index-${key()}.json`]);
    expect(openIndexCache(key(), dir).state?.docs).toHaveLength(44);
    expect(await answersOf(createEngine(plan, { cacheDir: dir }))).toEqual(uncached);
  });

  it("is keyed by the dictionary and by the plan", () => {
    const sources = loadLexiconSources();
    const changedDict = { ...sources, synonyms: `${sources.synonyms}\n新語 = 新しい語\n` };
    expect(cacheKey(changedDict, plan)).not.toBe(key());
    const changedPlan = {
      ...plan,
      projects: plan.projects.map((p, i) => (i === 0 ? { ...p, name: "別の名前" } : p)),
    };
    expect(cacheKey(sources, changedPlan)).not.toBe(key());
  });

  it("is ignored when unreadable, and rebuilt", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, `index-${key()}.json`), "{not json");
    expect(await answersOf(createEngine(plan, { cacheDir: dir }))).toEqual(
      await answersOf(createEngine(plan, { cacheDir: null })),
    );
    expect(openIndexCache(key(), dir).state).not.toBeNull();
  });

  it("removes other caches after a week unused", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "index-0123abcd.json"), "{}");
    writeFileSync(join(dir, "terms-4567cdef.json"), "[]");
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    utimesSync(join(dir, "index-0123abcd.json"), weekAgo, weekAgo);
    await createEngine(plan, { cacheDir: dir }).warmUp();
    expect(readdirSync(dir).sort()).toEqual([`index-${key()}.json`, "terms-4567cdef.json"].sort());
  });
});

describe("the index cache never reads a state of the wrong shape", () => {
  const state = () => openIndexCache(key(), freshDir());
  it.each([
    ["null", "null"],
    ["an array", "[]"],
    ["a state without its synonym table", (s: Record<string, unknown>) => ({ ...s, synonyms: undefined })],
    ["a state whose documents are not a list", (s: Record<string, unknown>) => ({ ...s, docs: {} })],
    ["a state whose vocabulary is missing", (s: Record<string, unknown>) => ({ ...s, vocabulary: null })],
    ["a state without a document count", (s: Record<string, unknown>) => ({ ...s, documents: "44" })],
    ["a state without initiatives", (s: Record<string, unknown>) => ({ ...s, initiatives: 1 })],
    [
      "a state without document frequencies",
      (s: Record<string, unknown>) => ({ ...s, wordDf: 1, gramDf: 1 }),
    ],
    // (Written by an older build, without the tables a question reads: rebuilt, not read with them missing.)
    [
      "a state without its spelled-out readings",
      (s: Record<string, unknown>) => ({ ...s, spelledWords: undefined }),
    ],
    ["a state without its kanji readings", (s: Record<string, unknown>) => ({ ...s, soundWords: undefined })],
    ["a state without its loanwords", (s: Record<string, unknown>) => ({ ...s, loanwords: undefined })],
  ])("ignores %s", async (_what, bend) => {
    const dir = freshDir();
    await createEngine(plan, { cacheDir: dir }).warmUp();
    const file = join(dir, `index-${key()}.json`);
    const good = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(openIndexCache(key(), dir).state).not.toBeNull();
    writeFileSync(file, typeof bend === "string" ? bend : JSON.stringify(bend(good)));
    expect(openIndexCache(key(), dir).state).toBeNull();
    expect(state().state).toBeNull();
  });

  it("keeps another cache used within the week, and files that are not caches", async () => {
    const dir = freshDir();
    const sixDays = new Date(Date.now() - 6 * 24 * 3600_000);
    const eightDays = new Date(Date.now() - 8 * 24 * 3600_000);
    for (const [name, when] of [
      ["index-00aa.json", sixDays],
      ["index-00bb.json", eightDays],
      ["terms-00cc.json", eightDays],
      ["notes-00dd.json", eightDays],
      ["index-00ee.json.bak", eightDays],
      ["old-index-00ff.json", eightDays],
    ] as const) {
      writeFileSync(join(dir, name), "{}");
      utimesSync(join(dir, name), when, when);
    }
    await createEngine(plan, { cacheDir: dir }).warmUp();
    expect(readdirSync(dir).sort()).toEqual(
      [
        `index-${key()}.json`,
        "index-00aa.json",
        "index-00ee.json.bak",
        "notes-00dd.json",
        "old-index-00ff.json",
      ].sort(),
    );
  });
});

/**
 * The search modules whose code decides the analysed plan, read from the imports (not from the cache's own
 * list): the analyzer, the lexicon, the tokenizer and the index, and every module they import.
 */
function modulesDecidingTheState(): string[] {
  const dir = join(import.meta.dirname, "../../src/search");
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = readFileSync(join(dir, `${name}.ts`), "utf8");
    for (const m of source.matchAll(/^import (?!type )[^;]*? from "\.\/([\w-]+)\.js";/gms))
      visit(m[1] as string);
  };
  for (const root of ["search-index", "analyzer", "lexicon", "tokenizer"]) visit(root);
  return [...seen].sort();
}

describe("the index cache's key follows the code it depends on", () => {
  const searchDir = join(import.meta.dirname, "../../src/search");

  it("finds the modules to follow from the imports", () => {
    expect(modulesDecidingTheState()).toEqual(
      expect.arrayContaining(["analyzer", "search-index", "synonyms"]),
    );
  });

  it("is read from this install's own search modules, as 32 hex digits", () => {
    expect(key()).toBe(cacheKey(loadLexiconSources(), plan, searchDir));
    expect(key()).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each(modulesDecidingTheState())("changes when the code of %s changes", (name) => {
    const copy = tempDir("code");
    cpSync(searchDir, copy, { recursive: true });
    const before = cacheKey(loadLexiconSources(), plan, copy);
    appendFileSync(join(copy, `${name}.ts`), "\n// edited\n");
    expect(cacheKey(loadLexiconSources(), plan, copy)).not.toBe(before);
  });

  it("reads the compiled module when there is one, as production does", () => {
    const copy = tempDir("code");
    cpSync(searchDir, copy, { recursive: true });
    writeFileSync(join(copy, "bm25.js"), "// compiled\n");
    const before = cacheKey(loadLexiconSources(), plan, copy);
    writeFileSync(join(copy, "bm25.js"), "// compiled again\n");
    expect(cacheKey(loadLexiconSources(), plan, copy)).not.toBe(before);
  });

  it("does not change when a module it does not depend on changes", () => {
    const copy = tempDir("code");
    cpSync(searchDir, copy, { recursive: true });
    const before = cacheKey(loadLexiconSources(), plan, copy);
    appendFileSync(join(copy, "baseline.ts"), "\n// edited\n");
    expect(cacheKey(loadLexiconSources(), plan, copy)).toBe(before);
  });
});
