import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SeedConflictError, SeedMissingError } from "../../src/errors.js";
import { BUNDLED_SEEDS_DIR, loadPlan, seedsDir } from "../../src/plan/load.js";
import { GOOD_PROJECT, miniSeed, SEED_TEXT, tempDir } from "../helpers.js";

const seedDir = () => tempDir("seeds");

describe("loadPlan", () => {
  it("reads the bundled seeds by default and PLAN_SEEDS_DIR when set", () => {
    expect(seedsDir({})).toBe(BUNDLED_SEEDS_DIR);
    expect(seedsDir({ PLAN_SEEDS_DIR: "/x/y" })).toBe("/x/y");
    expect(loadPlan().projects).toHaveLength(44);
  });

  it("merges every *.txt in the folder, so a new chapter is answered at the next start", () => {
    const dir = seedDir();
    writeFileSync(join(dir, "07.txt"), SEED_TEXT);
    writeFileSync(join(dir, "09.txt"), miniSeed(GOOD_PROJECT));
    writeFileSync(join(dir, "notes.md"), "ignored");
    const plan = loadPlan(dir);
    expect(plan.projects).toHaveLength(45);
    expect(plan.projects.at(-1)).toMatchObject({
      policy: "9-1",
      name: "テスト事業",
      source: { file: "09.txt" },
    });
    expect(plan.chapter).toBe("まちづくりを進めるための基盤 / テスト章");
  });

  it("rejects the same code in two files, naming both places", () => {
    const dir = seedDir();
    writeFileSync(join(dir, "a.txt"), SEED_TEXT);
    writeFileSync(join(dir, "b.txt"), SEED_TEXT);
    expect(() => loadPlan(dir)).toThrow(SeedConflictError);
    expect(() => loadPlan(dir)).toThrow("b.txt:7: code 7-1 is already defined at a.txt:7");
  });

  it("says so when the folder holds no seed", () => {
    expect(() => loadPlan(seedDir())).toThrow(SeedMissingError);
  });
});
