// Old kanji read as the forms in use today, which are the plan's: the old forms of characters (旧字体: 擔當 → 担当,
// 繼續 → 継続, 擴充 → 拡充, 數 → 数, 人權 → 人権). A staff member of the old school writes them; the plan never does.
//
// The table is the `kyujitai` package's 旧字体 list (MIT). Its other list, of words written since 1956 with another kanji
// of the same sound (綜合 → 総合), is not used: many of its old words are today's too — the plan's own 寄附 and 遵守 —
// and reading them anew had broken a project's name typed in full (ふるさと寄附金推進事業を除いた).
// Reading the package's data file (both lists) cost ~13 ms at every start, a structured answer's included (measured:
// `ask 7-4-2` 219 → 232 ms), so its pairs are compiled once into a compact table in the cache folder — two strings — checked at the
// boundary (zod) and read in well under a millisecond; the package's file is read only when that table is missing or
// of another version of the package. Its entries are the package's own data, not input: one not in the shape
// described is skipped, never a crash.
// Character for character: a text keeps its length, so positions stay aligned with the input.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_CACHE_DIR } from "./cache-dir.js";

export interface KanjiForms {
  /** Holds an old form. */
  readonly holdsOld: RegExp;
  /** The text with its old forms read as today's. */
  readonly today: (text: string) => string;
}

/** The compiled table: old characters and today's, one for one. */
const Table = z.object({ version: z.string(), oldChars: z.string(), todayChars: z.string() });
type Table = z.infer<typeof Table>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];

/** The package's 旧字体 list as a compact table of old characters and today's, each the same length as the other. */
export function compileTable(raw: unknown, version: string): Table {
  const { kyuji } = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const chars = new Map<string, string>();
  // [today's, old, variation selector]: a pair that differs only by its selector is the same character.
  for (const entry of Array.isArray(kyuji) ? kyuji : []) {
    const [today, old] = strings(entry);
    if (today && old && today !== old && old.length === today.length && [...old].length === 1)
      chars.set(old, today);
  }
  return { version, oldChars: [...chars.keys()].join(""), todayChars: [...chars.values()].join("") };
}

export function kanjiFormsOf(table: Table): KanjiForms {
  const holdsOld = table.oldChars === "" ? /(?!)/ : new RegExp(`[${table.oldChars}]`, "u");
  // (The map and its pattern are built at the first text that holds an old form: most processes never see one.)
  let read: ((text: string) => string) | undefined;
  const reader = () => {
    const todayChars = [...table.todayChars];
    const chars = new Map([...table.oldChars].map((c, i) => [c, todayChars[i] ?? c]));
    const anyChar = new RegExp(`[${table.oldChars}]`, "gu");
    return (text: string) => text.replace(anyChar, (c) => chars.get(c) ?? c);
  };
  return {
    holdsOld,
    today: (text) => {
      if (!holdsOld.test(text)) return text;
      read ??= reader();
      return read(text);
    },
  };
}

const PACKAGE_DIR = fileURLToPath(new URL("../../node_modules/kyujitai/", import.meta.url));

/**
 * The compact table of the installed package, from `cacheDir` when it was compiled from this version, compiled (and
 * cached) otherwise. Without the package (an install that cannot read it), no text is read anew.
 */
export function loadKanjiForms(
  cacheDir: string | null = DEFAULT_CACHE_DIR,
  packageDir = PACKAGE_DIR,
): KanjiForms {
  let version: string;
  try {
    version = z
      .object({ version: z.string() })
      .parse(JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"))).version;
  } catch {
    return kanjiFormsOf(compileTable(null, "none"));
  }
  const file = cacheDir === null ? null : join(cacheDir, "kanji-forms.json");
  if (file) {
    try {
      const cached = Table.parse(JSON.parse(readFileSync(file, "utf8")));
      if (cached.version === version) return kanjiFormsOf(cached);
    } catch {
      // No table yet, or an unreadable one: it is compiled again.
    }
  }
  let raw: unknown = null;
  try {
    raw = JSON.parse(readFileSync(join(packageDir, "data/kyujitai.json"), "utf8"));
  } catch {
    // The package's data cannot be read: no old form is known.
  }
  const table = compileTable(raw, version);
  if (file && cacheDir)
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(table));
      renameSync(temp, file);
    } catch {
      // A read-only install simply compiles the table at each start.
    }
  return kanjiFormsOf(table);
}

/**
 * Where the table is kept, as config.ts reads PLAN_CACHE_DIR for the other caches: that folder, none when it is `off`,
 * else the install's own. (Read here, not passed down: normalisation runs deep inside every reading of a text.)
 */
export const kanjiCacheDir = (env: NodeJS.ProcessEnv): string | null =>
  env.PLAN_CACHE_DIR === "off" ? null : env.PLAN_CACHE_DIR || DEFAULT_CACHE_DIR;

let loaded: KanjiForms | undefined;

/** The installed package's old forms, read once a process. */
export const kanjiForms = (): KanjiForms => (loaded ??= loadKanjiForms(kanjiCacheDir(process.env)));
