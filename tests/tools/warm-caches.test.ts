import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers.js";

// The compiled script, as `npm install` runs it (`pretest` compiles).
const SCRIPT = fileURLToPath(new URL("../../dist/tools/warm-caches.js", import.meta.url));
const warm = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [SCRIPT], { encoding: "utf8", env: { ...process.env, ...env } });

describe("warming the caches at install", () => {
  it("leaves the inflated dictionary, the analysed plan and the parsed plan in the cache folder", () => {
    const dir = tempDir("warm");
    const out = warm({ PLAN_CACHE_DIR: dir });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^plan-bot: caches ready in \d+ ms\n$/);
    const names = readdirSync(dir);
    expect(names.filter((n) => /^index-[0-9a-f]+\.json$/.test(n))).toHaveLength(1);
    expect(names).toContain("plan.json");
    const dictionary = names.find((n) => /^kuromoji-dict-[0-9a-f]+$/.test(n));
    expect(dictionary).toBeDefined();
    expect(readdirSync(join(dir, dictionary as string))).toContain("manifest.json");
  });

  it("never fails the install: a bad seed is reported in one line and the exit code stays 0", () => {
    const seeds = tempDir("warm-seeds");
    writeFileSync(join(seeds, "bad.txt"), "施策\t7-1\tどこにも続かない\n");
    const out = warm({
      PLAN_SEEDS_DIR: seeds,
      PLAN_CACHE_DIR: tempDir("warm"),
    });
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(
      /^plan-bot: caches not prepared \(.*bad\.txt.*\); the first answer will build them\n$/,
    );
  });

  it("does nothing when the caches are turned off", () => {
    const out = warm({ PLAN_CACHE_DIR: "off" });
    expect(out.status).toBe(0);
    expect(out.stdout).toBe("");
  });
});
