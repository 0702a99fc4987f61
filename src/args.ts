// Command-line arguments, shared by every subcommand: `--name value`, `--name=value`, boolean flags, `--`,
// and -h/--help. An option a command does not know is named as unknown, never mistaken for one that needs a
// value. Pure: argv in, a structured reading (or a UsageError) out.
import { UsageError } from "./errors.js";

export interface CommandSpec {
  /** Options that take a value. */
  values?: readonly string[];
  /** Options that are on or off. */
  booleans?: readonly string[];
}

export interface Parsed {
  positionals: string[];
  flags: Map<string, string | true>;
  help: boolean;
}

export function parseArgs(argv: readonly string[], spec: CommandSpec): Parsed {
  const values = spec.values ?? [];
  const booleans = spec.booleans ?? [];
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      if (/^-[a-z]/i.test(arg)) throw new UsageError(`不明なオプション: ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!values.includes(name) && !booleans.includes(name))
      throw new UsageError(`不明なオプション: --${name}`);
    if (booleans.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} は値を取りません`);
      flags.set(name, true);
    } else if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} には値が必要です`);
      flags.set(name, value);
      i++;
    }
  }
  return { positionals, flags, help };
}

/** Characters that take two columns in a terminal (CJK, full-width forms). */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A string's width in terminal columns: full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Rows of [command, explanation], the explanations aligned by display width. */
export function alignRows(rows: readonly (readonly [string, string])[], indent = "  "): string {
  const column = Math.max(...rows.map(([left]) => displayWidth(left))) + 2;
  return rows
    .map(([left, right]) => `${indent}${left}${" ".repeat(column - displayWidth(left))}${right}`)
    .join("\n");
}
