// Sudachi's synonym dictionary (npm sudachi-synonyms-dictionary, Apache-2.0: ~26,000 curated groups), compiled
// once into a small table of the groups that reach the plan's vocabulary: a word an asker may use → the plan's
// words of the same group, each with a weight below 1 (the asker's own words always weigh most). The 14 MB JSON
// is read only when the analysed plan is built (at install, or after a change), never at an ordinary start.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import type { AnalyzedTerm } from "./analyzer.js";
import { phrasePattern } from "./lexicon.js";
import { normalizeWidth } from "./normalize.js";

/**
 * A spelling variant, abbreviation or translation of the same word (Sudachi's 語彙番号 is the same), and a
 * synonym proper (another word of the group): how much of a plan word's weight each brings.
 */
export const SAME_WORD_WEIGHT = 0.7;
export const SYNONYM_WEIGHT = 0.5;
/**
 * A synonym written as a compound the plan never writes, whose head the plan has (アウトソーシング = 外部委託: the plan
 * says 委託): the head alone, a kind of what is asked at most — half a synonym's weight.
 */
export const HEAD_WEIGHT = SYNONYM_WEIGHT / 2;
/**
 * A word written wholly in katakana or Latin letters, five or more: a loanword of its own (a short one — モバイル — is as
 * often part of a compound the asker means, whose head is another's). Measured on every set: top-1 up in seven
 * never-mined sets and down in none; from every loanword, holdout's recall@5 had lost a question (モバイル端末) that
 * five or more keeps; one tuned everyday question (dev114) is lower either way.
 */
const LOANWORD = /^[\p{Script=Katakana}ー・a-zA-Z]{5,}$/u;

/** One Sudachi entry as the package ships it; only the fields the compiler reads are checked. */
const SudachiItem = z.object({
  expandControl: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  vocabularyNumber: z.number().int().nullish(),
  midashi: z.string(),
});
const SudachiGroup = z.object({ id: z.string(), items: z.array(SudachiItem) });
type SudachiGroup = z.infer<typeof SudachiGroup>;

/**
 * A compiled table: the folded term an asker may use → [plan term, weight] pairs. A phrase the analyzer reads as a
 * few words is keyed by those words' terms, space-separated (「進む 具合」).
 */
export type SynonymTable = [string, [string, number][]][];

/** The package's folder: its `exports` map hides package.json and the JSON file from `require`. */
function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve("sudachi-synonyms-dictionary"));
}

export function sudachiVersion(): string {
  const { version } = z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(join(packageDir(), "package.json"), "utf8")));
  return version;
}

/** Reads and checks the package's JSON (the package's own loader is asynchronous and unchecked). */
export function loadSudachiGroups(): SudachiGroup[] {
  const require = createRequire(import.meta.url);
  const main = require.resolve("sudachi-synonyms-dictionary");
  const raw: unknown = JSON.parse(
    readFileSync(join(dirname(main), "sudachi-synonyms-dictionary.json"), "utf8"),
  );
  return z.array(SudachiGroup).parse(raw);
}

/**
 * The one term a word is read as, or null when the analyzer makes it more than two words, drops part of it
 * (拠金 read as 拠 would stand for every 拠), or leaves a lone Latin letter or digit.
 */
function keyOf(word: string, analyzed: readonly AnalyzedTerm[]): string | null {
  const base = analyzed.filter((t) => t.base);
  const read = base.map((t) => t.surface ?? "").join("");
  if (read !== normalizeWidth(word).replace(/\s+/g, "")) return null;
  if (base.length === 1 && /^[0-9a-z]+$/.test(base[0]?.term ?? "") && (base[0]?.term.length ?? 0) < 2)
    return null;
  if (base.length === 1) return base[0]?.term ?? null;
  // Two nouns read as one compound (空気+調和): the plan holds the compound as a ranking term.
  if (base.length === 2) return analyzed.find((t) => !t.base)?.term ?? null;
  return null;
}

/** How many words a phrase the analyzer splits (進み具合: 進む + 具合) may be read as, and still be a source. */
export const MAX_PHRASE_WORDS = 3;

/**
 * The key of a word the analyzer reads as a few words (進み具合 → 「進む 具合」: its terms, space-separated), or null
 * when it reads it as one, drops part of it, or as more than MAX_PHRASE_WORDS.
 */
function phraseKeyOf(word: string, analyzed: readonly AnalyzedTerm[]): string | null {
  const base = analyzed.filter((t) => t.base);
  if (base.length < 2 || base.length > MAX_PHRASE_WORDS) return null;
  if (base.map((t) => t.surface ?? "").join("") !== normalizeWidth(word).replace(/\s+/g, "")) return null;
  return base.map((t) => t.term).join(" ");
}

/**
 * Keeps the groups with a member in the plan's text — or one dict/ reads as a word of the plan (`dictTerm`:
 * Sudachi's インスタ = インスタグラム reaches the plan's SNS through dict/'s group) — and maps every member that
 * may trigger an expansion (展開制御フラグ 0) to the group's other members that the plan uses (flag 0 or 1; 2 is
 * never used). The plan's own words are left out as sources only when they would map to themselves.
 */
export function compileSynonyms(
  groups: readonly SudachiGroup[],
  analyze: (text: string) => AnalyzedTerm[],
  planTerms: ReadonlySet<string>,
  planText: string,
  dictTerm: (word: string) => string | undefined = () => undefined,
): SynonymTable {
  const folded = phrasePattern(planText);
  // (A compound may have a head the plan has only if its last two to four characters are written in the plan: every
  // such run of the plan's text, kept once.)
  const runs = new Set<string>();
  const chars = [...folded];
  for (let at = 0; at < chars.length; at++)
    for (const n of [2, 3, 4]) if (at + n <= chars.length) runs.add(chars.slice(at, at + n).join(""));
  const mayEndOnPlanWord = (word: string) => {
    const said = [...phrasePattern(word)];
    return [2, 3, 4].some((n) => said.length > n && runs.has(said.slice(-n).join("")));
  };
  const table = new Map<string, Map<string, number>>();
  for (const group of groups) {
    const usable = group.items.filter((item) => item.expandControl !== 2);
    // (A group none of whose words the plan writes is read further only when a long loanword may reach it by a head:
    // analysing every group's words had made the analysed plan's build six times slower.)
    const written = usable.some((item) => {
      const pattern = phrasePattern(item.midashi);
      const viaDict = dictTerm(item.midashi);
      return (
        (pattern.length >= 2 && folded.includes(pattern)) || (viaDict !== undefined && planTerms.has(viaDict))
      );
    });
    if (
      !written &&
      !(
        usable.some((item) => LOANWORD.test(item.midashi)) &&
        usable.some((item) => mayEndOnPlanWord(item.midashi))
      )
    )
      continue;
    const members = usable.map((item) => {
      const analyzed = analyze(item.midashi);
      // A word the analyzer splits, and the plan never writes (進み具合, beside the plan's 進捗), is a source as the
      // words it is read as, in a row: an asker's phrase the question's words can be matched against.
      const phrase = folded.includes(phrasePattern(item.midashi))
        ? null
        : phraseKeyOf(item.midashi, analyzed);
      const key = keyOf(item.midashi, analyzed);
      // (A compound the plan lacks — 外部委託 — reaches it by its head, 委託: see HEAD_WEIGHT.)
      const head = key?.includes("+") && !planTerms.has(key) ? (key.split("+").at(-1) ?? null) : null;
      return {
        ...item,
        key,
        source: key ?? phrase,
        head: head !== null && planTerms.has(head) ? head : null,
      };
    });
    if (!written && !members.some((item) => item.head !== null)) continue;
    for (const source of members) {
      if (source.source === null || source.source.includes("+")) continue;
      for (const target of members) {
        // (By its head only from a loanword — アウトソーシング, ペーパーレス — which the plan's written Japanese says as a
        // kanji compound of its own: from a word in kanji, the head is commoner than what was asked.)
        const planKey =
          target.key !== null && planTerms.has(target.key)
            ? target.key
            : LOANWORD.test(source.midashi)
              ? target.head
              : null;
        if (planKey === null || target.key === source.source || planKey === source.source) continue;
        // The asker's word triggers (flag 0), or the plan's word does and the asker's is what it expands to
        // (flag 1: 道 triggers nothing, but the plan's 道路 expands to it — as a synonym filter on the indexed text).
        if (source.expandControl !== 0 && target.expandControl !== 0) continue;
        const weight =
          planKey !== target.key
            ? HEAD_WEIGHT
            : target.vocabularyNumber !== undefined && target.vocabularyNumber === source.vocabularyNumber
              ? SAME_WORD_WEIGHT
              : SYNONYM_WEIGHT;
        const targets = table.get(source.source) ?? new Map<string, number>();
        targets.set(planKey, Math.max(targets.get(planKey) ?? 0, weight));
        table.set(source.source, targets);
      }
    }
  }
  return [...table].map(([source, targets]) => [source, [...targets]]);
}
