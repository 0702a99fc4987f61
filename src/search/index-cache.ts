// A disk cache of the analysed plan (IndexState), so that a free-text answer need not tokenize the whole plan
// at every start. Its file name is a hash of everything that decides the state: our analyzer code, dict/,
// kuromoji's version and the plan itself. Change any of them and a new state is built. Any I/O failure just
// means no cache.
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
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plan } from "../plan/schema.js";
import { DEFAULT_CACHE_DIR } from "./cache-dir.js";
import type { LexiconSources } from "./lexicon.js";
import type { IndexState } from "./search-index.js";
import { sudachiVersion } from "./synonyms.js";

/** This module's folder: the compiled modules in production, the TypeScript sources under the test runner. */
const codeDirectory = () => fileURLToPath(new URL(".", import.meta.url));

export function cacheKey(sources: LexiconSources, plan: Plan, codeDir: string = codeDirectory()): string {
  const hash = createHash("sha256");
  // The modules whose code decides the state: the analyzer, the index and everything they import.
  const modules = [
    "analyzer",
    "normalize",
    "kanji-forms",
    "lexicon",
    "tokenizer",
    "stock-tokenizer",
    "dictionary-cache",
    "cache-dir",
    "target-map",
    "prefix-search",
    "unknown-words",
    "search-index",
    "bm25",
    "packed-terms",
    "bounded-map",
    "synonyms",
  ];
  for (const name of modules) {
    const source = [".js", ".ts"]
      .map((ext) => join(codeDir, `${name}${ext}`))
      .find((file) => existsSync(file));
    hash.update(source ? readFileSync(source) : `missing ${name}`);
  }
  const require = createRequire(import.meta.url);
  hash.update(String((require("kuromoji/package.json") as { version: string }).version));
  // Old kanji are read by the kyujitai package's tables: a new release may read the plan's text otherwise.
  hash.update(String((require("kyujitai/package.json") as { version: string }).version));
  // The synonym table is compiled from Sudachi's dictionary: a new release is a new table.
  hash.update(sudachiVersion());
  hash.update(JSON.stringify(sources));
  hash.update(JSON.stringify(plan));
  return hash.digest("hex").slice(0, 32);
}

export interface IndexCache {
  state: IndexState | null;
  save(state: IndexState): void;
}

function looksLikeState(value: unknown): value is IndexState {
  // Whatever JSON gave (null, a number, a list…), a field it lacks is undefined and fails its check.
  const v = value as Partial<IndexState> | null;
  return (
    Array.isArray(v?.vocabulary) &&
    Array.isArray(v.docs) &&
    Array.isArray(v.wordDf) &&
    Array.isArray(v.gramDf) &&
    Array.isArray(v.initiatives) &&
    Array.isArray(v.synonyms) &&
    Array.isArray(v.kanaWords) &&
    Array.isArray(v.spelledWords) &&
    Array.isArray(v.soundWords) &&
    Array.isArray(v.loanwords) &&
    typeof v.documents === "number"
  );
}

export function openIndexCache(key: string, dir: string = DEFAULT_CACHE_DIR): IndexCache {
  const file = join(dir, `index-${key}.json`);
  let state: IndexState | null = null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (looksLikeState(parsed)) state = parsed;
  } catch {
    // No cache yet, or an unreadable one: it is rebuilt.
  }
  return {
    state,
    save(fresh) {
      try {
        mkdirSync(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(fresh));
        renameSync(temp, file);
        // Caches of another plan, analyzer or dictionary go once nothing has written them for a week.
        const staleMs = 7 * 24 * 3600_000;
        for (const name of readdirSync(dir)) {
          const other = join(dir, name);
          // The file just written is never a week old.
          if (
            /^(index|terms)-[0-9a-f]+\.json$/.test(name) &&
            Date.now() - statSync(other).mtimeMs > staleMs
          ) {
            rmSync(other);
          }
        }
      } catch {
        // A read-only install simply runs without the cache.
      }
    },
  };
}
