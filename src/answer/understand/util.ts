// Small helpers the question readers share: a per-catalog memo, regex escaping, cutting matches out, numerals.
import type { Catalog } from "../catalog.js";

/**
 * A value built from an object once, the first time it is asked for (a project's normalised name, a catalog's
 * pattern). What else the build needs (a reader of readings) is taken from that first call.
 */
export function perObject<K extends object, T, A extends unknown[] = []>(
  build: (key: K, ...rest: A) => T,
): (key: K, ...rest: A) => T {
  const built = new WeakMap<K, T>();
  return (key, ...rest) => {
    if (!built.has(key)) built.set(key, build(key, ...rest));
    return built.get(key) as T;
  };
}

/** A value built from a catalog once, at its first question, not at every question (a pattern, a map). */
export const perCatalog = <T, A extends unknown[] = []>(
  build: (catalog: Catalog, ...rest: A) => T,
): ((catalog: Catalog, ...rest: A) => T) => perObject(build);

export { escapeRegExp } from "../../search/normalize.js";

/** Texts a reading remembers: more than one message's clauses, far fewer than a day of questions. */
export const TEXTS_REMEMBERED = 32;

/**
 * A reading of a text (a string or a yes/no, nothing mutable), remembered for the last few texts it was given. One
 * message is read through the same clauses many times over — the register stripped five times, the asking clause
 * a dozen — as each rule asks of it. Only the last few are kept: a question asked again long after is read again.
 */
export function perText<T extends string | boolean>(
  read: (text: string) => T,
  size = TEXTS_REMEMBERED,
): (text: string) => T {
  const last = new Map<string, T>();
  return (text) => {
    const known = last.get(text);
    if (known !== undefined) {
      last.delete(text);
      last.set(text, known);
      return known;
    }
    const value = read(text);
    last.set(text, value);
    if (last.size > size) last.delete(last.keys().next().value as string);
    return value;
  };
}

/** Replaces every match with a space, handing its groups ([whole, $1, $2, …]) to `onMatch`. */
export function cut(text: string, pattern: RegExp, onMatch: (m: string[]) => void): string {
  return text.replace(pattern, (...args: unknown[]) => {
    onMatch(args.slice(0, -2) as string[]);
    return " ";
  });
}

/** 一 … 九十九 as a number. */
export function kanjiNumber(text: string): number {
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  return (text.includes("十") ? Math.max(1, digit(tens || undefined)) * 10 : 0) + digit(ones || undefined);
}

/** A count written in digits or in kanji numerals (3, 三). */
export const countOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : kanjiNumber(text));

/** A rewriting rule: the form, and what it is read as — a replacement string, or a function of the match's groups. */
export type Rule = readonly [RegExp, string | ((said: string, ...groups: string[]) => string)];

/**
 * A text with each rule's pattern replaced, in order — only when `mayHave` finds some form of them, so that most
 * questions pay one test (dialect.ts, written.ts, loanwords.ts).
 */
export function rewritten(text: string, mayHave: RegExp, rules: readonly Rule[]): string {
  if (!mayHave.test(text)) return text;
  let out = text;
  for (const [form, plain] of rules)
    out = typeof plain === "string" ? out.replace(form, plain) : out.replace(form, plain);
  return out;
}
