// Other names staff use for a department (dict/departments.txt): 情シス for 情報システム課, and the plan's typos
// (dict/typos.txt), in the same `A = B = …` lines as the other dict/ files (read by the lexicon's `dictGroups`).
// Parsing is pure; the load functions are the only ones here that read a file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dictGroups, TYPOS_FILE } from "../search/lexicon.js";

export const DEPARTMENTS_FILE = "departments.txt";

/** `正式な課名 = 呼び名 = …` lines, as a map from each other name to the department's name. */
export function parseDepartmentAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [name, ...others] of dictGroups(text)) {
    for (const other of others) if (!aliases.has(other)) aliases.set(other, name as string);
  }
  return aliases;
}

/** The aliases in a dictionary folder; none when it has no departments.txt. */
export function loadDepartmentAliases(dictDir: string): Map<string, string> {
  const file = join(dictDir, DEPARTMENTS_FILE);
  return existsSync(file) ? parseDepartmentAliases(readFileSync(file, "utf8")) : new Map();
}

/** `正しい表記 = 計画の表記 = …` lines (dict/typos.txt), as a map from each of the plan's spellings to the right one. */
export function parseTypos(text: string): Map<string, string> {
  const typos = new Map<string, string>();
  for (const [right, ...written] of dictGroups(text))
    for (const typo of written) if (!typos.has(typo)) typos.set(typo, right as string);
  return typos;
}

/** The plan's typos in a dictionary folder; none when it has no typos.txt. */
export function loadTypos(dictDir: string): Map<string, string> {
  const file = join(dictDir, TYPOS_FILE);
  return existsSync(file) ? parseTypos(readFileSync(file, "utf8")) : new Map();
}
