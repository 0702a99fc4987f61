import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SeedParseError } from "../../src/errors.js";
import { loadPlan } from "../../src/plan/load.js";
import { loadPlanCached } from "../../src/plan/plan-cache.js";
import { GOOD_PROJECT, miniSeed, SEED_TEXT, tempDir } from "../helpers.js";

function seeds(text: string): string {
  const dir = tempDir("seeds");
  writeFileSync(join(dir, "07.txt"), text);
  return dir;
}

/** Rewrites the cached plan's first project name: an answer with it was read from the cache. */
function tamper(cacheDir: string, name: string): void {
  const file = join(cacheDir, "plan.json");
  const cached = JSON.parse(readFileSync(file, "utf8"));
  cached.plan.projects[0].name = name;
  writeFileSync(file, JSON.stringify(cached));
}

describe("loadPlanCached: the parsed plan kept between starts", () => {
  it("parses the seeds once and then reads the same plan from the cache", () => {
    const dir = seeds(SEED_TEXT);
    const cache = tempDir("cache");
    const first = loadPlanCached(dir, cache);
    expect(first).toEqual(loadPlan(dir));
    expect(existsSync(join(cache, "plan.json"))).toBe(true);
    tamper(cache, "キャッシュから読んだ事業");
    expect(loadPlanCached(dir, cache).projects[0]?.name).toBe("キャッシュから読んだ事業");
  });

  it("never answers from another plan: a changed seed is parsed again", () => {
    const dir = seeds(SEED_TEXT);
    const cache = tempDir("cache");
    loadPlanCached(dir, cache);
    tamper(cache, "古い計画の事業");
    writeFileSync(join(dir, "07.txt"), miniSeed(GOOD_PROJECT));
    const plan = loadPlanCached(dir, cache);
    expect(plan).toEqual(loadPlan(dir));
    expect(plan.projects.map((p) => p.name)).not.toContain("古い計画の事業");
  });

  it("reports a bad seed with its file and line even when a good plan is cached", () => {
    const dir = seeds(miniSeed(GOOD_PROJECT));
    const cache = tempDir("cache");
    loadPlanCached(dir, cache);
    writeFileSync(join(dir, "07.txt"), miniSeed(GOOD_PROJECT.replace("R4\t完了", "R4\t終了予定")));
    expect(() => loadPlanCached(dir, cache)).toThrow(SeedParseError);
    expect(() => loadPlanCached(dir, cache)).toThrow(/^07\.txt:16: .*direction for R4/);
  });

  it("parses again when the cached plan fails the schema or is not JSON", () => {
    const dir = seeds(SEED_TEXT);
    const cache = tempDir("cache");
    loadPlanCached(dir, cache);
    tamper(cache, "");
    expect(loadPlanCached(dir, cache)).toEqual(loadPlan(dir));
    writeFileSync(join(cache, "plan.json"), "{not json");
    expect(loadPlanCached(dir, cache)).toEqual(loadPlan(dir));
  });

  it("writes nothing with the caches turned off", () => {
    const dir = seeds(SEED_TEXT);
    const cache = tempDir("cache");
    expect(loadPlanCached(dir, null)).toEqual(loadPlan(dir));
    expect(existsSync(join(cache, "plan.json"))).toBe(false);
  });
});
