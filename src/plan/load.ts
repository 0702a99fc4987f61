// Reads every seed file in a folder and merges them into one plan. I/O lives here; parsing stays pure.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SeedConflictError, SeedMissingError } from "../errors.js";
import { parseSeed } from "./parse.js";
import type { Plan } from "./schema.js";

/** The seeds shipped with the package, found from this module so the working directory never matters. */
export const BUNDLED_SEEDS_DIR = resolve(fileURLToPath(new URL("../../seeds", import.meta.url)));

export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PLAN_SEEDS_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : BUNDLED_SEEDS_DIR;
}

export interface SeedFile {
  file: string;
  text: string;
}

export function readSeeds(dir: string): SeedFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith(".txt"));
  } catch {
    throw new SeedMissingError(dir);
  }
  if (names.length === 0) throw new SeedMissingError(dir);
  return names.sort().map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
}

/**
 * Parses and merges seed files. A policy or initiative code defined twice (in one file or two) is an error,
 * and so is any parse error: the caller gets a whole plan or an exception, never part of one.
 */
export function mergeSeeds(seeds: readonly SeedFile[]): Plan {
  const seen = new Map<string, { file: string; line: number }>();
  const merged: Plan = { chapter: "", policies: [], projects: [] };
  const chapters: string[] = [];
  for (const seed of seeds) {
    const label = basename(seed.file);
    const { plan, codeLines } = parseSeed(seed.text, label);
    for (const [code, line] of codeLines) {
      const other = seen.get(code);
      if (other) throw new SeedConflictError(label, line, code, other.file, other.line);
      seen.set(code, { file: label, line });
    }
    chapters.push(plan.chapter);
    merged.policies.push(...plan.policies);
    merged.projects.push(...plan.projects);
  }
  merged.chapter = chapters.join(" / ");
  return merged;
}

export function loadPlan(dir: string = seedsDir()): Plan {
  return mergeSeeds(readSeeds(dir));
}
