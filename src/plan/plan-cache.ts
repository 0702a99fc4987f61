// A disk cache of the parsed plan, so that a structured answer (`ask 7-4-2`) need not parse the seeds at every
// start. The cache holds the very text it was parsed from — the seeds and the parser's own code — and is used
// only when that text is the same today, so it can never answer from another plan. What it holds is checked
// again at the boundary (zod). A bad seed is never cached: its error, with file and line, comes from the parser
// every time. Any I/O failure just means no cache.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CACHE_DIR } from "../search/cache-dir.js";
import { mergeSeeds, readSeeds, seedsDir } from "./load.js";
import { type Plan, Plan as PlanSchema } from "./schema.js";

/** The modules whose code decides the parsed plan: the compiled ones in production, the sources under tests. */
const PARSER_MODULES = ["parse", "schema", "load"];

function parserCode(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  return PARSER_MODULES.map((name) => readFileSync(join(here, `${name}${ext}`), "utf8")).join("\u0000");
}

/**
 * The plan of the seeds in `dir`, from `cacheDir` when it was parsed from the same seeds by the same parser;
 * parsed (and cached) otherwise. `cacheDir` null: always parsed (PLAN_CACHE_DIR=off); undefined: the default.
 */
export function loadPlanCached(dir: string = seedsDir(), cacheDir: string | null = DEFAULT_CACHE_DIR): Plan {
  const seeds = readSeeds(dir);
  if (cacheDir === null) return mergeSeeds(seeds);
  const file = join(cacheDir, "plan.json");
  let source: string | null = null;
  try {
    source = [parserCode(), ...seeds.map((s) => `${basename(s.file)}\u0000${s.text}`)].join("\u0001");
    const cached = JSON.parse(readFileSync(file, "utf8")) as { source?: unknown; plan?: unknown };
    if (cached.source === source) {
      const checked = PlanSchema.safeParse(cached.plan);
      if (checked.success) return checked.data;
    }
  } catch {
    // No cache yet, an unreadable one, or no parser code to compare with: the seeds are parsed.
  }
  const plan = mergeSeeds(seeds);
  if (source !== null) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ source, plan }));
      renameSync(temp, file);
    } catch {
      // A read-only install simply parses at every start.
    }
  }
  return plan;
}
