// A disk cache of analysed field texts (text → terms), so that a free-text answer need not tokenize the
// whole plan at every start. Its file name is a hash of everything that decides the terms (our analyzer
// code, dict/ and kuromoji's version): change any of them and a new cache is built. Seeds need no part in
// the key, since entries are looked up by the text itself. Any I/O failure just means no cache.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LexiconSources } from "./lexicon.js";

export const DEFAULT_CACHE_DIR = resolve(
  fileURLToPath(new URL("../../node_modules/.cache/plan-bot", import.meta.url)),
);

const ANALYZER_MODULES = ["analyzer", "normalize", "lexicon", "tokenizer"];
/** Caches of another analyzer or dictionary are removed once they are this old (a week). */
const STALE_MS = 7 * 24 * 3600_000;

export function analyzerFingerprint(sources: LexiconSources): string {
  const hash = createHash("sha256");
  const here = fileURLToPath(new URL(".", import.meta.url));
  // The compiled modules in production, the TypeScript sources under the test runner: the code either way.
  for (const name of ANALYZER_MODULES) {
    const source = [".js", ".ts"].map((ext) => join(here, `${name}${ext}`)).find((file) => existsSync(file));
    hash.update(source ? readFileSync(source) : `missing ${name}`);
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
        // Caches of another analyzer or dictionary that nothing has written for a week are dropped.
        for (const name of readdirSync(dir)) {
          const other = join(dir, name);
          if (
            /^terms-[0-9a-f]+\.json$/.test(name) &&
            other !== file &&
            Date.now() - statSync(other).mtimeMs > STALE_MS
          ) {
            rmSync(other, { force: true });
          }
        }
      } catch {
        // A read-only install simply runs without the cache.
      }
    },
  };
}
