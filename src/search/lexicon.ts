// Our editable Japanese vocabulary (dict/*.txt): synonym and variant groups, kinds of the plan's words and words
// close to them, protected terms, stopwords.
// Parsing is pure; `loadLexicon` is the only function here that reads files.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { foldKana, foldTerm, normalizeWidth, toKatakana } from "./normalize.js";

export const BUNDLED_DICT_DIR = resolve(fileURLToPath(new URL("../../dict", import.meta.url)));

export interface Lexicon {
  /** Folded form of every group member → folded form of its group's first word. */
  canonical: ReadonlyMap<string, string>;
  /** Phrases kept whole when found in text (width-normalised, kana-folded), by first character, longest first. */
  phrasesByFirstChar: ReadonlyMap<string, readonly string[]>;
  /** Canonical forms of words that say nothing about a question's subject. */
  stopwords: ReadonlySet<string>;
  /** The phrases that are の forms of a compound (see `withNo`), not written in dict/. */
  noForms: ReadonlySet<string>;
  /** Canonical forms of words about the asking (該当, 質問, 大変): searched, but never named missing from the plan. */
  framing: ReadonlySet<string>;
  /**
   * Canonical form → the ways variants.txt and typos.txt spell it (phrase patterns): one word written otherwise
   * (空き家 / 空家), so its characters are evidence too, where a synonym's are not.
   */
  spellings: ReadonlyMap<string, readonly string[]>;
  /**
   * Canonical form of a word → the words an asker's word also finds, at a synonym's weight and never as the same word:
   * the broader words it is a kind of (kinds.txt: 会議室 is a kind of 貸室), and words close to it (related.txt: 住民
   * and 市民).
   */
  nearby: ReadonlyMap<string, readonly string[]>;
  /**
   * Words whose reading kuromoji's dictionary lacks (readings.txt: 協働 = きょうどう), width-normalised → the reading in
   * katakana, as kuromoji gives readings: so a name typed in kana (しみんきょうどうすいしんか) is still read.
   */
  readings: ReadonlyMap<string, string>;
}

export interface LexiconSources {
  synonyms: string;
  variants: string;
  terms: string;
  stopwords: string;
  /** framing.txt: optional, so that a dictionary folder without it still loads. */
  framing?: string;
  /** kinds.txt, `広い語 = 狭い語 = …`: optional too. */
  kinds?: string;
  /** related.txt, `語 = 近い語 = …`: optional too. */
  related?: string;
  /** readings.txt, `語 = よみ`: optional too. */
  readings?: string;
}

const contentLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l.length > 0);

/** The `言葉 = 同義語 = …` groups of a dict/ file, a list of members a line (comments and blank lines dropped). */
export const dictGroups = (text: string): string[][] =>
  contentLines(text)
    .map((line) => line.split(/\s*[=＝]\s*/).filter((m) => m.length > 0))
    .filter((members) => members.length > 0);

/** How a phrase is looked for in text: the same character-for-character folding the text gets. */
export function phrasePattern(phrase: string): string {
  return foldKana(normalizeWidth(phrase)).trim();
}

/** Kanji or katakana only: a compound that people also write with の between its parts. */
const COMPOUND = /^[\p{Script=Han}\u30A0-\u30FFー]+$/u;
const MIN_PART = 2;

/**
 * 女性活躍 is also written 女性の活躍, 地域コミュニティ 地域のコミュニティ: a compound phrase is also looked for
 * with の at each point that leaves two characters or more on either side. Splits that are not words simply
 * never occur in text.
 */
export function withNo(phrase: string): string[] {
  const chars = [...phrase];
  if (!COMPOUND.test(phrase) || chars.length < 2 * MIN_PART) return [];
  const out: string[] = [];
  for (let at = MIN_PART; at <= chars.length - MIN_PART; at++) {
    out.push(`${chars.slice(0, at).join("")}の${chars.slice(at).join("")}`);
  }
  return out;
}

export function parseLexicon(sources: LexiconSources): Lexicon {
  const canonical = new Map<string, string>();
  const phrases = new Set<string>();
  // A word already in a group keeps its first group: groups never merge silently.
  const add = (member: string, target: string) => {
    if (!canonical.has(foldTerm(member))) canonical.set(foldTerm(member), target);
    phrases.add(phrasePattern(member));
  };
  const written: [string, string][] = [];
  const spellings = new Map<string, string[]>();
  const variantGroups = new Set(dictGroups(sources.variants));
  for (const members of [...dictGroups(sources.synonyms), ...variantGroups]) {
    const head = members[0] as string;
    const target = canonical.get(foldTerm(head)) ?? foldTerm(head);
    for (const member of members) {
      add(member, target);
      written.push([member, canonical.get(foldTerm(member)) ?? target]);
    }
    if (variantGroups.has(members))
      spellings.set(target, [...new Set([...(spellings.get(target) ?? []), ...members.map(phrasePattern)])]);
  }
  /** A word as the lexicon reads it: its group's canonical form, or its own folded one. */
  const termOf = (word: string) => canonical.get(foldTerm(word)) ?? foldTerm(word);
  // A narrower word is kept whole (会議室, not 会議 + 室) and keeps its own form: it is not the broader word.
  const kindGroups = dictGroups(sources.kinds ?? "");
  const relatedGroups = dictGroups(sources.related ?? "");
  for (const words of [...kindGroups.map(([, ...narrower]) => narrower), ...relatedGroups])
    for (const word of words) {
      phrases.add(phrasePattern(word));
      written.push([word, termOf(word)]);
    }
  for (const term of contentLines(sources.terms)) {
    phrases.add(phrasePattern(term));
    written.push([term, termOf(term)]);
  }
  // The の forms come after every written word, so that a word written in dict/ always wins.
  const noForms = new Set<string>();
  for (const [member, target] of written) {
    // Before kana folding, which would turn a katakana compound (地域コミュニティ) into hiragana.
    for (const form of withNo(normalizeWidth(member).trim())) {
      const pattern = phrasePattern(form);
      if (phrases.has(pattern)) continue;
      add(form, target);
      noForms.add(pattern);
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    if ([...phrase].length < 2) continue;
    const first = phrase[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  // One word a line, each in its group's canonical form.
  const words = (text: string) => new Set(contentLines(text).map(termOf));
  const stopwords = words(sources.stopwords);
  const framing = words(sources.framing ?? "");
  const nearby = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    if (from !== to) nearby.set(from, [...new Set([...(nearby.get(from) ?? []), to])]);
  };
  // A narrower word finds its broader one (not the other way: a 貸室 is not always a 会議室); related words each other.
  for (const [broad, ...narrower] of kindGroups)
    for (const word of narrower) link(termOf(word), termOf(broad as string));
  for (const words of relatedGroups)
    for (const word of words) for (const other of words) link(termOf(word), termOf(other));
  const readings = new Map(
    dictGroups(sources.readings ?? "")
      .filter((members) => members.length === 2)
      .map(([word, reading]) => [normalizeWidth(word as string), toKatakana(reading as string)] as const),
  );
  return { canonical, phrasesByFirstChar: byFirst, stopwords, noForms, framing, spellings, nearby, readings };
}

/** The plan's typos, `正しい表記 = 計画の表記` (dict/typos.txt): optional. */
export const TYPOS_FILE = "typos.txt";

export function loadLexiconSources(dir: string = BUNDLED_DICT_DIR): LexiconSources {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    synonyms: read("synonyms.txt"),
    // The plan's typos are spelling variants to the search (typos.txt: the answer also says they are typos).
    variants: `${read("variants.txt")}\n${existsSync(join(dir, TYPOS_FILE)) ? read(TYPOS_FILE) : ""}`,
    terms: read("terms.txt"),
    stopwords: read("stopwords.txt"),
    ...(existsSync(join(dir, "framing.txt")) ? { framing: read("framing.txt") } : {}),
    ...(existsSync(join(dir, "kinds.txt")) ? { kinds: read("kinds.txt") } : {}),
    ...(existsSync(join(dir, "related.txt")) ? { related: read("related.txt") } : {}),
    ...(existsSync(join(dir, "readings.txt")) ? { readings: read("readings.txt") } : {}),
  };
}

export function loadLexicon(dir: string = BUNDLED_DICT_DIR): Lexicon {
  return parseLexicon(loadLexiconSources(dir));
}
