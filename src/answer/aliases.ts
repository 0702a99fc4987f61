// Other names staff use for a department (dict/departments.txt): 情シス for 情報システム課, in the same
// `A = B = …` lines as the other dict/ files (read by the lexicon's `dictGroups`). Parsing is pure;
// `loadDepartmentAliases` is the only function here that reads a file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dictGroups } from "../search/lexicon.js";

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
