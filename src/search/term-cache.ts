// A disk cache of analysed field texts (text → terms), so that a free-text answer need not tokenize the
// whole plan at every start. Its file name is a hash of everything that decides the terms (our analyzer
// code, dict/ and kuromoji's version): change any of them and a new cache is built. Seeds need no part in
// the key, since entries are looked up by the text itself. Any I/O failure just means no cache.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LexiconSources } from "./lexicon.js";

export const DEFAULT_CACHE_DIR = resolve(
  fileURLToPath(new URL("../../node_modules/.cache/plan-bot", import.meta.url)),
);

const ANALYZER_MODULES = ["analyzer.js", "normalize.js", "lexicon.js", "tokenizer.js"];

export function analyzerFingerprint(sources: LexiconSources): string {
  const hash = createHash("sha256");
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const file of ANALYZER_MODULES) {
    try {
      hash.update(readFileSync(join(here, file)));
    } catch {
      hash.update(file);
    }
  }
  const require = createRequire(import.meta.url);
  hash.update(String((require("kuromoji/package.json") as { version: string }).version));
  hash.update(JSON.stringify(sources));
  return hash.digest("hex").slice(0, 32);
}

export interface TermCache {
  terms: Map<string, string[]>;
  /** Writes the cache back if `used` differs from what was loaded (only the texts used are kept). */
  save(used: ReadonlyMap<string, string[]>): void;
}

export function openTermCache(fingerprint: string, dir: string = DEFAULT_CACHE_DIR): TermCache {
  const file = join(dir, `terms-${fingerprint}.json`);
  let terms = new Map<string, string[]>();
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.every((e) => Array.isArray(e) && typeof e[0] === "string" && Array.isArray(e[1]))
    ) {
      terms = new Map(parsed as [string, string[]][]);
    }
  } catch {
    // No cache yet, or an unreadable one: it is rebuilt.
  }
  const loaded = terms.size;
  return {
    terms,
    save(used) {
      if (used.size === loaded && [...used.keys()].every((k) => terms.has(k))) return;
      try {
        mkdirSync(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify([...used]));
        renameSync(temp, file);
        // Caches of an older analyzer or dictionary can never be read again.
        for (const name of readdirSync(dir)) {
          if (/^terms-[0-9a-f]+\.json$/.test(name) && join(dir, name) !== file)
            rmSync(join(dir, name), { force: true });
        }
      } catch {
        // A read-only install simply runs without the cache.
      }
    },
  };
}
