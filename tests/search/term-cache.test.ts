import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { loadLexiconSources } from "../../src/search/lexicon.js";
import { searchTexts } from "../../src/search/search-index.js";
import { analyzerFingerprint } from "../../src/search/term-cache.js";

const plan = loadPlan();
const QUESTIONS = ["マイナンバーカードの担当課は？", "亡くなった方の手続き", "ﾘﾉﾍﾞのいばらき"];
const answersOf = async (engine: ReturnType<typeof createEngine>) =>
  Promise.all(QUESTIONS.map(async (q) => (await engine.ask(q)).projects.map(projectKey)));

describe("the term cache", () => {
  it("is written on first use, holds every plan text, and gives the same answers when read back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-bot-cache-"));
    const uncached = await answersOf(createEngine(plan, { cacheDir: null }));
    const first = await answersOf(createEngine(plan, { cacheDir: dir }));
    const files = readdirSync(dir);
    expect(files).toEqual([`terms-${analyzerFingerprint(loadLexiconSources())}.json`]);
    const stored = new Map(
      JSON.parse(readFileSync(join(dir, files[0] as string), "utf8")) as [string, string[]][],
    );
    expect(searchTexts(plan).every((t) => stored.has(t))).toBe(true);
    const second = await answersOf(createEngine(plan, { cacheDir: dir }));
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
  });

  it("removes caches of another analyzer or dictionary after a week unused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-bot-cache-"));
    writeFileSync(join(dir, "terms-0123abcd.json"), "[]");
    writeFileSync(join(dir, "terms-4567cdef.json"), "[]");
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    utimesSync(join(dir, "terms-0123abcd.json"), weekAgo, weekAgo);
    await createEngine(plan, { cacheDir: dir }).warmUp();
    expect(readdirSync(dir).sort()).toEqual(
      [`terms-${analyzerFingerprint(loadLexiconSources())}.json`, "terms-4567cdef.json"].sort(),
    );
  });

  it("is keyed by the dictionary: a changed dict/ gets a new cache", () => {
    const sources = loadLexiconSources();
    expect(analyzerFingerprint({ ...sources, synonyms: `${sources.synonyms}\n新語 = 新しい語\n` })).not.toBe(
      analyzerFingerprint(sources),
    );
  });

  it("is ignored when unreadable, and rebuilt", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-bot-cache-"));
    writeFileSync(join(dir, `terms-${analyzerFingerprint(loadLexiconSources())}.json`), "{not json");
    expect(await answersOf(createEngine(plan, { cacheDir: dir }))).toEqual(
      await answersOf(createEngine(plan, { cacheDir: null })),
    );
    expect(() => JSON.parse(readFileSync(join(dir, readdirSync(dir)[0] as string), "utf8"))).not.toThrow();
  });
});
