// The plan's search index: FlexSearch finds candidates (word and character-bigram indexes, both with our
// own encoders), BM25F ranks them with field weights, and a coverage test keeps out projects that share
// only a word or two with the question.

import { Index } from "flexsearch";
import type { Plan, Project } from "../plan/schema.js";
import { type AnalyzedTerm, type Analyzer, readingOf } from "./analyzer.js";
import {
  type CorpusStats,
  corpusStats,
  type FieldStats,
  fieldStats,
  idf,
  pseudoFrequencies,
  saturate,
  weighQuery,
} from "./bm25.js";
import { BoundedMap } from "./bounded-map.js";
import { phrasePattern, withNo } from "./lexicon.js";
import {
  bigrams,
  escapeRegExp,
  foldKana,
  foldTerm,
  KANJI_RUN,
  KATAKANA_RUN,
  MIN_KANA_READING,
  normalizeWidth,
  oneCharOff,
  QUESTION_WORDS,
  spellingKey,
  withoutLatinHyphens,
} from "./normalize.js";
import { findTerm, type PackedTerms, packTerms, Vocabulary } from "./packed-terms.js";
import {
  compileSynonyms,
  loadSudachiGroups,
  MAX_PHRASE_WORDS,
  SYNONYM_WEIGHT,
  type SynonymTable,
} from "./synonyms.js";

/** Name above department and initiative, above purpose and content; the policy's own text gives context. */
export const FIELD_WEIGHTS = {
  name: 4,
  initiative: 2,
  department: 1.5,
  purpose: 1,
  content: 1,
  policy: 0.5,
} as const;
type FieldName = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];

/**
 * How much of a question (its idf mass) a project must contain: the best answer at least MIN_COVERAGE
 * (else the plan does not answer the question at all), the related ones beside it at least MIN_RELATED_COVERAGE.
 */
export const MIN_COVERAGE = 0.5;
/** A name the plan puts in quotation marks, four characters or more: group 1. */
const PLAN_QUOTE = /「([^「」]{4,30})」/g;
/**
 * The share of the best answer's score a project needs to be 該当 beside it (with MIN_COVERAGE of the question):
 * below it, it is 関連する可能性. Measured at 0.3 (no change) and 0.5 (dev6 exact 118 → 120, nothing lower).
 */
export const STRONG_SHARE_OF_BEST = 0.5;
/** A first project scoring this many times the next one's is a clear leader (see search): an answer. */
export const LEADER_MARGIN = 2;
/** …when it holds this much of the question's key words at least. */
export const LEADER_COVERAGE = 0.3;
/**
 * A leader far ahead (this many times the next one's score) is an answer with less of the key words. Measured on the
 * tuned sets' 2,743 topic questions answered by search: 57 more right first answers labelled 該当 (2,230 → 2,287 of
 * 2,556), 5 more wrong ones (65 → 70); at 0.15, 65 and 7.
 */
export const FAR_LEADER_MARGIN = 3;
export const FAR_LEADER_COVERAGE = 0.2;
/**
 * A leader is no answer when the ask's words that the plan lacks weigh more than this many times what it holds, and
 * it holds no word of the ask as rare as those (probe 51: 「避難所の備蓄倉庫の整備」 — 備蓄 and 倉庫 missing — is not
 * 7-2 No.9 by 避難 and 整備). Measured: at 2, no answer changes on any evaluation set; at 1, one never-tuned exact
 * answer is lost.
 */
export const LEADER_MISSING = 2;
/** The share of the asked words' bigrams (by idf) that makes a project a partial match without a whole word. */
export const GRAM_EVIDENCE = 0.5;
/** How much a word of the context before the ask weighs beside the ask's own words. */
export const CONTEXT_WEIGHT = 0.3;
/**
 * How much a context that passes on what someone said they need weighs (「夫の暴力から逃げたいって相談が来ました。」
 * before 「市の支援ってどうなってますか」): more than a story of why one asks, less than the ask's own words. Measured
 * on every evaluation set at 0.5, 0.7, 0.9 and 1: 0.7 alone lowers no set (tuned top-1 +1, recall@5 +2.5 questions;
 * never-mined top-1 +1); 1 loses three tuned top-1 answers whose ask names its own subject (コミセンのWi-Fi).
 */
export const REPORTED_NEED_WEIGHT = 0.7;
/**
 * How much a word about the asking (dict/framing.txt: 制度, 予算, 資料) weighs: as a word of the context before the ask.
 * At full weight, 「…にお金を出す制度」 ranked 人事給与制度 first by 制度 in its name, a word 探した語 does not show.
 * Measured at 0.3 and 0.6 on the tuned sets: the same (dev5 recall@5 +1.2, nothing lower).
 */
export const FRAMING_WEIGHT = CONTEXT_WEIGHT;
/** How steeply coverage favours rare words: each word counts as its idf to this power. */
export const COVERAGE_IDF_POWER = 2;
/**
 * How much a project holding a word only in its policy's text counts toward the word's document frequency.
 * Measured at 1 (the plan-wide count), 0.4, 0.15 and 0 on every eval set, against 1: 0.4 tuned top-1 +11, recall@5
 * −0.9; 0.15 tuned top-1 +18, recall@5 +4.2, exact −3 (never-mined top-1 +69, exact +2); 0 tuned top-1 +19, exact −4,
 * and generic words of the policies' texts weighed as names (see documentFrequencies). With the compound rule below
 * (a project lacking the head), 0.15 is tuned top-1 +18, recall@5 +4.2, exact −1; never-mined +69, +16.0, exact +4.
 */
export const POLICY_DF_SHARE = 0.15;
/** A question's noun found inside a longer word of a project (寄附 in 寄附金) counts this much. */
export const SUBSTRING_FILL = 0.8;
/**
 * …and this much where it is only ever the middle or end of one word the dictionary knows (直し in 見直し, 家 in 家族,
 * 増え in 増加 are other words): a different word that happens to share its characters (probe 158: 「古い建物の直し」 had
 * ranked 第2次人権施策推進計画の見直し first). A word of the project that kuromoji does not know (a katakana compound)
 * is no evidence that the question's word is another one. Chosen on the tuned sets, where 0.4–0.6 were equal (top-1
 * +4) and 0.7 +3; 0 had lost recall on every kind of set (tuned top-1 −1, recall@5 −5.4).
 */
export const INSIDE_WORD_FILL = 0.5;
/**
 * A question's word found only in the project's policy text counts this much, towards coverage and in the word score
 * alike: the policy's text is about all its projects, so it says less of this one than the project's own text does
 * (公民館 in 施策7-6's text had put three projects without Wi-Fi above two with it, for 「公民館で無料Wi-Fi」).
 */
export const POLICY_COVERAGE = 0.4;
/**
 * A verb or adjective the plan never uses (開ける, 伝える, 逃げる) weighs this much of its idf: it says what
 * is done, and staff say it in their own words. A noun the plan never uses keeps its full weight, so that
 * a question about something the plan does not cover (ごみの収集) is still answered "none".
 */
export const UNSEEN_PREDICATE_WEIGHT = 0.25;
/**
 * A verb or adjective the plan uses (まとめる, 見直す) weighs this much of its idf: it is evidence, but a project
 * that merely does the same thing (まとめた事例集) must not outrank one about what is asked (窓口をひとつにまとめる).
 * Measured from 0.5 to 1 on the tuned sets: 0.6–0.85 is one plateau (+6 top-1, −1); 0.5 loses three more.
 */
export const PREDICATE_WEIGHT = 0.75;
/** How many documents each query term (or bigram) may bring as candidates, and how many are enough. */
export const CANDIDATES_PER_TERM = 32;
export const CANDIDATES_PER_BIGRAM = 8;
export const MAX_CANDIDATES = 32;
/** A plan with at most this many projects is searched whole: the postings would name about as many. */
export const WHOLE_PLAN = MAX_CANDIDATES + CANDIDATES_PER_BIGRAM * 4;

/** How a project meets a question: it holds the question's key words (strong), or only some of them (partial). */
export type MatchLevel = "strong" | "partial";

export interface SearchHit {
  project: Project;
  score: number;
  /** The share of the ask's key-word mass the project holds (0–1): what labels it, the context before the ask aside. */
  coverage: number;
  match: MatchLevel;
}

export interface SearchResult {
  /** Best first; the strong matches are a leading run (none follows a partial one). */
  hits: SearchHit[];
  /** The question's words that no project holds (as the asker wrote them): searched without them. */
  missingTerms: string[];
  /**
   * The question's words the plan never writes that were found only through a synonym or a word close to them (防災 as
   * 災害対応): searched, and to be said so — the answer's 該当 rests on another word than the asker's.
   */
  nearTerms: string[];
  /** The share of the ask's key-word mass those words weigh (0–1; more than 1 when the context's words are missing too). */
  missingShare: number;
  /**
   * The nouns the question asks about once filler is dropped (as written, context left out): none means it
   * names no subject (入っている, 含む), and a code, department or year beside it is the whole question.
   */
  askedWords: string[];
  /** The same words as terms (folded, a synonym read as its group), less framing: what a name may hold. */
  askedTerms: string[];
  /** The words searched as the subject, as written (less framing): what an answer says it looked for. */
  subjectWords: string[];
}

/**
 * How the two retrievers are combined: `rrf` fuses their ranks (reciprocal-rank fusion, so that neither
 * score scale dominates), `words` and `bigrams` use one alone (for measuring what each brings).
 */
export type Fusion = "rrf" | "sum" | "words" | "bigrams";
export interface RankingOptions {
  fusion: Fusion;
  /** RRF's damping constant: small, because the plan is a few dozen projects, not millions of pages. */
  rrfK: number;
  /** For `sum`: the bigram score's weight beside the word score, each divided by its best. */
  bigramWeight: number;
  /** Whether Sudachi's synonyms are used (for measuring them both ways). */
  synonyms: boolean;
}
export const DEFAULT_RANKING: RankingOptions = { fusion: "sum", rrfK: 10, bigramWeight: 0.3, synonyms: true };

/** How many words' slots are kept between questions. */
const SLOT_MEMO_SIZE = 4096;

/** One word the question asks for, with the plan words that may stand for it. */
interface Slot {
  term: string;
  surface: string;
  /** Its weight: idf (of the word or, when the plan lacks it, of its synonyms) times its kind's unit. */
  weight: number;
  /** `stem`: the word a compound the plan lacks is made on (see SUFFIXED_STEM) — found, the compound still missing. */
  alternatives: { id: number; weight: number; stem?: true }[];
  /** A verb or adjective: it says what is done, and is not named as missing. */
  predicate: boolean;
  /** Said in the context before the ask: weighs less, and is not named as missing. */
  context?: boolean;
  /** A word about the asking (dict/framing.txt): not named as missing. */
  framing?: boolean;
  /** A prefix (新, 再, 第): searched, but no word to show as looked for. */
  prefix?: boolean;
  /** Folded, for finding a noun inside a longer word of the plan (寄附 in 寄附金) that kuromoji reads whole. */
  patterns: { text: string; grams: number[] }[];
  /** The bigrams of the word and of its patterns, for the bigram query: computed once per slot. */
  grams: string[];
}

/** The word at `i` with the prefix typed right before it (多文化, 新施設, 不登校), or alone when none was. */
function withPrefixTyped(slots: readonly Slot[], i: number, question: string): string {
  const [before, slot] = [slots[i - 1], slots[i] as Slot];
  return before?.prefix === true && question.includes(`${before.surface}${slot.surface}`)
    ? `${before.surface}${slot.surface}`
    : slot.surface;
}

/**
 * The subject's words as an answer shows them: a prefix joined to the word it was typed before (多文化, 新施設),
 * and left out when something stood between them (第 of 第3次男女共同参画) — alone it is no word one asked for.
 */
function shownWords(subject: readonly Slot[], question: string): string[] {
  const out: { word: string; slot: Slot }[] = [];
  for (const [i, slot] of subject.entries()) {
    if (slot.prefix) continue;
    const word = withPrefixTyped(subject, i, question);
    const joined = word !== slot.surface;
    // A word the analyzer split where it was typed as one (利活用: 利 + 活用; 申請書: 申請 + 書, 自治会長) is shown as
    // typed.
    const last = out.at(-1);
    // (A kanji typed before the next word joins that one: 利 of ICT利活用 is 利活用's.)
    const next = subject[i + 1];
    const startsNext = next !== undefined && question.includes(`${word}${next.surface}`);
    if (
      last !== undefined &&
      !joined &&
      (CHOPPED.test(last.word) || (CHOPPED.test(word) && !startsNext)) &&
      question.includes(`${last.word}${word}`)
    )
      last.word = `${last.word}${word}`;
    else out.push({ word, slot });
  }
  // One left alone is shown with the kanji typed after it (庁 of 庁内のパソコン: 庁内); a verb's stem — typed short of
  // the word it is read as (見直 of 見直す, read 見直し) — with the kana that ends it as typed. 予約 of 予約する and 寄付
  // of 寄付した are words as they are.
  return out.map(({ word: w, slot }) => {
    // (Not into 以外, 以降 or 以上 typed after it: 書以外 is no word, probe 109.)
    if (CHOPPED.test(w))
      return question.match(new RegExp(`${w}(?:(?!以[外降上下内前])\\p{Script=Han})+`, "u"))?.[0] ?? w;
    if (!ENDS_IN_KANJI.test(w) || slot.term === phrasePattern(w)) return w;
    const at = question.indexOf(w);
    const next = at < 0 ? "" : (question[at + w.length] ?? "");
    // (Only where the word read is the stem's noun, stem + し — 見直 read 見直し; 寄付 is read 寄附, a word as it is.)
    return STEM_ENDING.test(next) && slot.term === `${phrasePattern(w)}し` ? `${w}${next}` : w;
  });
}
const ENDS_IN_KANJI = /\p{Script=Han}$/u;
/** The kana that end a verb typed after its stem (見直す, 見直し, 出す). */
const STEM_ENDING = /^[しす]$/;
/** A piece of one character (利 of 利活用, 庁 of 庁内): no word alone, so shown with the word typed after it. */
const CHOPPED = /^\p{Script=Han}$/u;

/** What a query needs of a project: packed BM25F pseudo-frequencies of its words and bigrams. */
interface IndexedDoc {
  project: Project;
  /** Flagged: terms found only in the policy's own text, context that counts for less coverage. */
  words: PackedTerms;
  grams: PackedTerms;
  /** The project's own text (not its policy's), folded: where a question's word is looked for as a substring. */
  text: string;
}

export interface SearchOptions {
  limit?: number;
  ranking?: RankingOptions;
  /**
   * Text said before the ask (「来週の会議で使うので、」): its words weigh CONTEXT_WEIGHT, and are never named
   * missing. When the ask itself names no subject (「…の件ですが、担当は誰？」), the context is the subject.
   */
  context?: string;
  /** How much the context's words weigh (CONTEXT_WEIGHT unless the ask points back at them). */
  contextWeight?: number;
  /**
   * Every project holding the question's key words is asked for (「Wi-Fi関係の事業は何件？」): each is strong,
   * however far below the best it scores (see STRONG_SHARE_OF_BEST).
   */
  everyHolder?: boolean;
}

export interface SearchIndex {
  search(question: string, options?: SearchOptions): SearchResult;
  /** Initiatives whose title covers the question: for questions about an initiative with no projects. */
  matchInitiatives(question: string): string[];
  /** The words of a text with their readings (see Analyzer). */
  pieces(text: string): { surface: string; reading: string }[];
  /** The terms of a project's name, as a question's are read (analysed once per project). */
  nameTerms(project: Project): ReadonlySet<string>;
  /** The terms of a project's own fields (name, purpose, content: not its policy's text), as the index holds them. */
  ownTerms(project: Project): ReadonlySet<string>;
  /**
   * The plan's word in kanji that `word` — a word in kanji the plan's text cannot hold — sounds exactly as (講座振替:
   * 口座振替), when one word does; null otherwise.
   */
  soundsAs(word: string): string | null;
  /**
   * The plan's word in kanji (five characters or more) that `word` — a run of kanji the plan's text cannot hold — is
   * one kanji off, at the same length (男女共同参加: 男女共同参画), when exactly one word is; null otherwise.
   */
  oneKanjiOff(word: string): string | null;
  /**
   * A loanword the plan's text cannot hold, written as the plan spells it (セクシャルマイノリティ:
   * セクシュアルマイノリティ, ファシリティーマネージメント: ファシリティーマネジメント) — the whole word or each of its
   * words, when the plan spells one so (see spellingKey); null otherwise.
   */
  spelledAs(word: string): string | null;
  /**
   * In a run of kana, each reading of one of the plan's words in kanji (or of a word questions ask with: 何件, 担当課,
   * 一覧, 完了), four kana or more, that the IME left unconverted (かいしゅうどこ: かいしゅう → 改修; じゅうみんひょう →
   * 住民票; ふるさとのうぜい → 納税; そのうちかんりょうは → 完了), left to right: the kana and the word. `before` and `after`
   * are the text typed around the run: kana that go on from a verb or an adjective before it are its ending (来ないように).
   */
  kanaAs(run: string, before?: string, after?: string): { said: string; read: string }[];
}

function fieldTexts(plan: Plan, project: Project): Record<FieldName, string> {
  const policy = plan.policies.find((p) => p.code === project.policy);
  const initiative = policy?.initiatives.find((i) => i.code === project.initiative)?.title ?? "";
  return {
    policy: policy ? `${policy.title}\n${policy.direction}` : "",
    name: project.name,
    initiative,
    department: project.department,
    purpose: project.purpose,
    content: project.content,
  };
}

/** A project's own text: every field but its policy's, which is shared context. */
const ownText = (plan: Plan, project: Project) => {
  const { policy: _policy, ...own } = fieldTexts(plan, project);
  return Object.values(own).join("\n");
};

/**
 * Whether a project's text holds one of the patterns: its bigrams first (a binary search each), the text only when
 * they are all there. Plain loops: this runs for every project and word of every question, and a closure made per
 * call is garbage the next collection must sweep.
 */
function holdsPattern(
  doc: { grams: PackedTerms; text: string },
  patterns: readonly { text: string; grams: readonly number[] }[],
): boolean {
  search: for (const p of patterns) {
    for (const id of p.grams) if (findTerm(doc.grams, id) < 0) continue search;
    if (doc.text.includes(p.text)) return true;
  }
  return false;
}

function memo(cache: Map<string, string[]>, text: string, compute: (text: string) => string[]): string[] {
  let value = cache.get(text);
  if (value === undefined) {
    value = compute(text);
    cache.set(text, value);
  }
  return value;
}

/** Packed term statistics as plain arrays (JSON). */
interface PackedData {
  ids: number[];
  values: number[];
  flags: number[];
}

/**
 * The analysed, query-independent part of the index, as plain data so that it can be cached between starts:
 * the vocabulary, document frequencies, each project's packed BM25F statistics and its terms in text order
 * (what FlexSearch indexes), each initiative title's terms, and the compiled synonym table.
 */
export interface IndexState {
  vocabulary: string[];
  documents: number;
  /** How many projects hold each word (see documentFrequencies): its own fields count, its policy's text a share. */
  wordDf: [string, number][];
  gramDf: [string, number][];
  docs: { words: PackedData; grams: PackedData; wordTerms: string[]; gramTerms: string[] }[];
  initiatives: { code: string; terms: string[] }[];
  synonyms: SynonymTable;
  /**
   * The plan's words in kanji (two characters or more) that its projects' own text holds, and the words questions ask
   * with (QUESTION_WORDS), by their readings of four kana or more; a reading two words share names neither: what a
   * word the IME left in kana is (see kanaAs).
   */
  kanaWords: [string, string][];
  /**
   * What a run of kana typed with no conversion may spell (see spelledOut): the plan's words by their readings (two
   * kana or more), its loanwords in hiragana and its own words in hiragana — built with the analysed plan, not at the
   * first such question.
   */
  spelledWords: [string, string][];
  /**
   * The projects' own words in kanji by their readings (a reading two words share names neither, null): what a word
   * the IME wrote with other kanji of the same sound is (see soundsAs).
   */
  soundWords: [string, string | null][];
  /**
   * The plan's loanwords by their spelling keys: each katakana run of a project's own text and each word of it, the
   * first spelling kept (see spelledAs).
   */
  loanwords: [string, string][];
}

const toData = (p: PackedTerms): PackedData => ({
  ids: [...p.ids],
  values: [...p.values],
  flags: [...p.flags],
});
const fromData = (d: PackedData): PackedTerms => ({
  ids: Int32Array.from(d.ids),
  values: Float32Array.from(d.values),
  flags: Uint8Array.from(d.flags),
});

/**
 * How many projects hold each word, for its idf: those holding it in their own fields, and POLICY_DF_SHARE of each
 * holding it only in its policy's text. A policy's text (its 施策's aims) is repeated in all of its projects, so a word
 * there tells none of them apart; counted as theirs in full, it made a word of one project's name common
 * (マネジメント, in 施策7-2's text, weighed under a quarter of 長寿命化's idf — a twentieth of its key weight — and
 * 「公共施設の長寿命化、公共施設マネジメント」 found the one project holding 長寿命化 first). Counted not at all, a word
 * only in a policy's text weighs as a word no project has, and the tuned sets lost more exact answers (see
 * POLICY_DF_SHARE; 「ChatGPTを業務に使う話」 then found 業務's project above the AI one).
 */
function documentFrequencies(
  fields: readonly Readonly<Record<FieldName, FieldStats>>[],
  corpus: CorpusStats,
): Map<string, number> {
  const own = new Map<string, number>([...corpus.df.keys()].map((term) => [term, 0]));
  for (const d of fields) {
    const seen = new Set<string>();
    for (const f of FIELDS) if (f !== "policy") for (const term of d[f].tf.keys()) seen.add(term);
    for (const term of seen) own.set(term, (own.get(term) ?? 0) + 1);
  }
  return new Map([...own].map(([t, n]) => [t, n + POLICY_DF_SHARE * ((corpus.df.get(t) ?? 0) - n)]));
}

/**
 * Analyses every text of the plan once (field texts repeat across projects: the policy's text, titles), and
 * compiles the synonym groups (`groups`, Sudachi's by default) that reach the plan's words.
 */
export function analysePlan(
  plan: Plan,
  analyzer: Pick<Analyzer, "analyze" | "terms" | "dictTerm" | "pieces">,
  groups: () => Parameters<typeof compileSynonyms>[0] = loadSudachiGroups,
): IndexState {
  const analyse = analyzer.terms;
  const termsByText = new Map<string, string[]>();
  const gramsByText = new Map<string, string[]>();
  const vocabulary = new Vocabulary();
  const fields = plan.projects.map((project) => {
    const texts = fieldTexts(plan, project);
    const words = {} as Record<FieldName, FieldStats>;
    const grams = {} as Record<FieldName, FieldStats>;
    const wordTerms: string[] = [];
    const gramTerms: string[] = [];
    for (const field of FIELDS) {
      const terms = memo(termsByText, texts[field], analyse);
      const fieldGrams = memo(gramsByText, texts[field], bigrams);
      words[field] = fieldStats(terms);
      grams[field] = fieldStats(fieldGrams);
      wordTerms.push(...terms);
      gramTerms.push(...fieldGrams);
    }
    return { words, grams, wordTerms: [...new Set(wordTerms)], gramTerms: [...new Set(gramTerms)] };
  });
  const wordCorpus = corpusStats(fields.map((d) => d.words));
  const gramCorpus = corpusStats(fields.map((d) => d.grams));
  // The query-independent half of BM25F, once per document; a query then costs one lookup per term.
  // Terms found only in the policy's own text are flagged: context, which counts for less coverage.
  const ownTerms = new Set<string>();
  const docs = fields.map((d) => {
    const own = new Set(
      FIELDS.filter((f) => f !== "policy").flatMap((f) => [...d.words[f].tf.keys(), ...d.grams[f].tf.keys()]),
    );
    for (const f of FIELDS) if (f !== "policy") for (const t of d.words[f].tf.keys()) ownTerms.add(t);
    const policyOnly = new Set(
      [...d.words.policy.tf.keys(), ...d.grams.policy.tf.keys()].filter((t) => !own.has(t)),
    );
    return {
      words: toData(packTerms(pseudoFrequencies(d.words, FIELD_WEIGHTS, wordCorpus), policyOnly, vocabulary)),
      grams: toData(packTerms(pseudoFrequencies(d.grams, FIELD_WEIGHTS, gramCorpus), policyOnly, vocabulary)),
      wordTerms: d.wordTerms,
      gramTerms: d.gramTerms,
    };
  });
  const ownTexts = plan.projects.map((p) => ownText(plan, p));
  const planText = ownTexts.join("\n");
  const planPieces = ownTexts.flatMap((text) => analyzer.pieces(text).map((piece) => piece.surface));
  const terms = vocabulary.terms();
  return {
    vocabulary: terms,
    documents: plan.projects.length,
    wordDf: [
      ...documentFrequencies(
        fields.map((d) => d.words),
        wordCorpus,
      ),
    ],
    gramDf: [...gramCorpus.df],
    docs,
    initiatives: plan.policies.flatMap((p) =>
      p.initiatives.map((i) => ({ code: i.code, terms: memo(termsByText, i.title, analyse) })),
    ),
    synonyms: compileSynonyms(groups(), analyzer.analyze, ownTerms, planText, analyzer.dictTerm),
    // (Words, not the bigrams the vocabulary also holds: 整等 of 調整等 is no word one types in kana. The pieces kuromoji
    // reads in the text too: 納税 of the whole term ふるさと納税.)
    kanaWords: kanaWordsOf(
      [...wordCorpus.df.keys(), ...planPieces, ...QUESTION_WORDS],
      phrasePattern(planText),
      analyzer,
    ),
    spelledWords: spelledWordsOf(ownTexts, planPieces, terms, analyzer),
    // (With the runs of kanji the projects' text writes, 普及促進 of マイナンバーカードの普及促進: a run the IME wrote with
    // other kanji of the same sound, 不急促進, reads as it where its two-kanji words alone are too often another word.)
    soundWords: [
      ...wordsByReading(
        new Set([
          ...[...ownTerms].filter((term) => KANJI_WORD.test(term)),
          ...ownTexts
            .flatMap((text) => text.match(KANJI_RUNS) ?? [])
            .filter((run) => [...run].length <= MAX_SOUND_RUN),
        ]),
        analyzer,
      ),
    ],
    loanwords: loanwordsOf(ownTexts, analyzer),
  };
}

/** See IndexState's loanwords. */
function loanwordsOf(ownTexts: readonly string[], reader: Pick<Analyzer, "pieces">): [string, string][] {
  const spellings = new Map<string, string>();
  const add = (w: string) => {
    const key = spellingKey(w);
    if (KATAKANA_WORD.test(w) && !spellings.has(key)) spellings.set(key, w);
  };
  for (const text of ownTexts)
    for (const run of text.match(KATAKANA_RUNS) ?? []) {
      add(run);
      for (const piece of reader.pieces(run)) add(piece.surface);
    }
  return [...spellings];
}

/** See IndexState's spelledWords. */
function spelledWordsOf(
  ownTexts: readonly string[],
  planPieces: readonly string[],
  vocabulary: readonly string[],
  reader: Pick<Analyzer, "pieces">,
): [string, string][] {
  const words = new Map<string, string>();
  // (Words kuromoji reads in the plan's text, not the bigrams the vocabulary also holds: 定多 of 規定多数 is no word one
  // types.)
  const kanji = new Set([...planPieces.filter((surface) => KANJI_TERM.test(surface)), ...QUESTION_WORDS]);
  for (const [kana, word] of wordsByReading(kanji, reader, MIN_SPELLED_READING))
    if (word !== null) words.set(kana, word);
  // (The plan's loanwords as it writes them: its own text is searched folded to hiragana.)
  for (const term of new Set(ownTexts.flatMap((text) => text.match(KATAKANA_RUNS) ?? []))) {
    const kana = foldKana(term);
    if (!words.has(kana)) words.set(kana, term);
    // (ー is no hiragana: a run of it ends before the mark — せんたー is read up to せんた.)
    const unmarked = kana.replace(/ー$/, "");
    if (unmarked !== kana && !words.has(unmarked)) words.set(unmarked, term);
  }
  // (The plan's own words in hiragana, three kana or more — ふるさと, みんな — read as themselves: words, not the run's
  // grammar.)
  const own = ownTexts.map(phrasePattern).join("\n");
  for (const term of vocabulary)
    if (/^[\u3041-\u3096]{3,}$/u.test(term) && own.includes(term) && !words.has(term)) words.set(term, term);
  return [...words];
}

/** Words by their readings (kuromoji's, of `minKana` kana or more); a reading two words share names neither (null). */
function wordsByReading(
  words: Iterable<string>,
  reader: Pick<Analyzer, "pieces">,
  minKana = 0,
): Map<string, string | null> {
  const byReading = new Map<string, string | null>();
  for (const word of words) {
    const reading = readingOf(reader, word);
    if ([...reading].length < minKana) continue;
    byReading.set(reading, byReading.has(reading) && byReading.get(reading) !== word ? null : word);
  }
  return byReading;
}

/** See IndexState's kanaWords. */
function kanaWordsOf(
  terms: readonly string[],
  ownText: string,
  reader: Pick<Analyzer, "pieces">,
): [string, string][] {
  const asked = new Set(QUESTION_WORDS);
  const kanji = terms.filter((term) => KANJI_TERM.test(term) && (ownText.includes(term) || asked.has(term)));
  return [...wordsByReading(kanji, reader, MIN_KANA_READING)].filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );
}

/** Builds the index from scratch: analysis, then the searchable structures. */
export function buildSearchIndex(
  plan: Plan,
  analyzer: Analyzer,
  groups?: () => Parameters<typeof compileSynonyms>[0],
): SearchIndex {
  return openSearchIndex(plan, analysePlan(plan, analyzer, groups), analyzer);
}

/**
 * A run of hiragana in a question — not the ending of a word before it (記載されている) — and how long and how rare
 * a part of it must be to be read as a word.
 */
/** A word all in hiragana, three kana or more. */
const HIRAGANA_WORD = /^[\u3041-\u3096ー]{3,}$/u;
const KANA_RUN = /(?<![\p{Script=Han}\p{Script=Katakana}ー])[\u3041-\u3096ー]{3,}/gu;
const MIN_KANA_WORD = 4;
/** Every run of kanji in a text (see KANJI_RUN), and the longest read by its sound (see soundWords). */
const KANJI_RUNS = new RegExp(KANJI_RUN.source, "gu");
const MAX_SOUND_RUN = 8;
/** A word of kanji only (see KANJI_RUN). */
const KANJI_WORD = new RegExp(`^${KANJI_RUN.source}$`, "u");
/** The one word of `words` that differs from `chars` in exactly one character (same length), if there is one. */
function onlyOneOff(chars: readonly string[], words: readonly string[]): string | null {
  const near = words.filter((word) => oneCharOff([...word], chars));
  return near.length === 1 ? (near[0] as string) : null;
}
/** The shortest word in kanji read as the plan's with one kanji typed wrong. */
const MIN_SLIP_WORD = 5;
/** The shortest loanword read as the plan's with one letter typed wrong (ネーミングライス: ネーミングライツ). */
const MIN_LOANWORD_SLIP = 6;
/** A word of katakana only (see KATAKANA_RUN), and every such run of a text. */
const KATAKANA_WORD = new RegExp(`^${KATAKANA_RUN.source}$`, "u");
/** A word of the plan in kanji alone, two characters or more (改修, 調達): what kana left by the IME may be. */
const KANJI_TERM = /^\p{Script=Han}{2,}$/u;
/** A word in kanji, katakana or letters right before a run of kana: the run is its ending (see spelledOut). */
const WORD_BEFORE_KANA = /[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9]$/u;
/** How many kana the words read from a run take up. */
const kanaOf = (words: readonly { said: string }[]): number =>
  words.reduce((n, w) => n + [...w.said].length, 0);
/** The longest reading of a table of readings, in characters: no longer stretch of kana is looked up in it. */
const longestReading = (table: readonly (readonly [string, unknown])[]): number =>
  Math.max(0, ...table.map(([kana]) => [...kana].length));
/** A short reading that starts as する's forms do (しない, してい, します, した): see spelledOut. */
const SURU = /^し(?:な[いく]?|ま[すせ]?|た|て(?:い|る)?)$/u;
/** The shortest reading read back into kanji where its kana stand alone as a word (see kanaRead). */
const MIN_BOUNDED_READING = 3;
/** The shortest reading a run of kana typed unconverted is read by (see spelledOut). */
const MIN_SPELLED_READING = 2;
/** Kana a run spelled out may hold between its words: particles, which weigh PARTICLE_UNREAD of a kana unread. */
const SPELLED_PARTICLE = /^[のをがはにでともへやか]$/;
const PARTICLE_UNREAD = 0.25;
/** How many kana of its own grammar a run spelled out may hold: MAX_UNREAD, or UNREAD_SHARE of the run. */
const MAX_UNREAD = 2;
const UNREAD_SHARE = 0.25;
/** A particle a run of kana may start with before the word (空調のかいしゅう). */
const LEADING_PARTICLE = /^[のをがはにでともへや]$/;
/**
 * What joins a noun to the noun it says which of (避難所の備蓄, 災害用トイレ, 職員向けの駐車場, 避難所の運営訓練): the rest
 * of the first word as typed (所 of 避難所, read 避難), then の, 用 or 向け.
 */
const SAID_OF = String.raw`\p{Script=Han}{0,2}(?:の|用の?|向けの?)`;
/** The words of a compound before its head (運営 of 避難所の運営訓練): what the noun before の says which of is the head. */
const COMPOUND_BEFORE = String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?`;
/** How far after a noun the one it is said of is looked for (SAID_OF, two compounds of COMPOUND_BEFORE and a word). */
const SAID_OF_WINDOW = 40;
/** The most characters SAID_OF and one COMPOUND_BEFORE span between a noun and the one it is said of (2 + 3 + 6). */
const SAID_OF_GAP = 11;

/** Whether `first` is typed before some `second` in `text`, at most `gap` characters before it. */
function typedBefore(text: string, first: string, second: string, gap: number): boolean {
  for (let at = text.indexOf(second); at >= 0; at = text.indexOf(second, at + 1))
    if (text.slice(Math.max(0, at - gap - first.length), at).includes(first)) return true;
  return false;
}
/** A slot of the ask's subject: no verb, nor a word of the context before the ask, nor one about the asking. */
const keySlot = (s: Slot) => !s.predicate && !s.context && !s.framing;

/** How many characters before a run of kana are read with it, to tell where its words start (see kanaAs). */
const KANA_CONTEXT = 4;
/**
 * A particle, or する's stem, a word of kana may end before (see kanaAs: かいしゅうする, けんしゅうの) — って too, the
 * topic said casually (ふるさとのうぜいって).
 */
const WORD_NEXT = /^(?:[のをがはにでともへやかすしさせ]|って)/;
/** What follows the auxiliary よう (様: ないようです, ないように, ないような, ないようだ). */
const SAID_LIKE = /^(?:です|でし|だ|に|な)/;
const KATAKANA_RUNS = new RegExp(KATAKANA_RUN.source, "gu");
/** A character no word starts with: a long vowel mark or a small kana. */
const MID_WORD = /^[ーァィゥェォャュョッヮ]/u;
/** Verb and adjective endings: a kana run holding one is a predicate (なっている, あります), not a name. */
const INFLECTED = /ます|です|ない|たい|って|った|ている|てる|する|した|される|られ|れる|ような/;
const MAX_KANA_WORD_HOLDERS = 3;

const HIRAGANA_ONLY = /^[\u3041-\u309f]+$/;
/** One hiragana character. */
const HIRAGANA_CHAR = /^[\u3041-\u309f]$/;
/** A compound that starts with three kana or more before kanji or katakana (ふるさと寄附金): see headed. */
const KANA_HEADED = /^[\u3041-\u3096]{3,}[\p{Script=Han}\u30A1-\u30FA]/u;
/** A word in katakana alone (the long-vowel mark and the middle dot with it). */
const KATAKANA_PIECE = /^[\u30A1-\u30FAー・]+$/;
const KATAKANA_CHAR = /[\u30A1-\u30FA]/;
/** The most kana of a suffix written after a word (つき of 顔写真つき, あて of 市長あての). */
const MAX_KANA_SUFFIX = 2;
/** A Latin word of parts joined by hyphens, with a letter in it (AI-OCR, e-Tax) — not a code (7-2-4). */
const HYPHENED_LATIN =
  /(?<![a-zA-Z0-9-])(?=[a-zA-Z0-9-]*[a-zA-Z])[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)+(?![a-zA-Z0-9-])/g;

/** A compound typed of loanwords alone: katakana and Latin letters (オープンデータ, スマホアプリ), no kanji or kana. */
const LOANWORD_COMPOUND = /^[\p{Script=Katakana}ーa-zA-Z0-9・-]+$/u;

/** Whether `surface` is typed somewhere in the (width-normalised) question right after a character `before` matches. */
function typedAfter(surface: string, typed: string, before: RegExp): boolean {
  for (let at = typed.indexOf(surface); at >= 0; at = typed.indexOf(surface, at + 1))
    if (at > 0 && before.test(typed.charAt(at - 1))) return true;
  return false;
}
/**
 * A word of two kana or fewer typed right after kanji or katakana (顔写真つき, 市長あて): a suffix of that word, not a
 * word to name missing — unlike ごみ said on its own (ごみの収集日).
 */
const kanaSuffix = (surface: string, typed: string): boolean =>
  HIRAGANA_ONLY.test(surface) &&
  [...surface].length <= MAX_KANA_SUFFIX &&
  typedAfter(surface, typed, /[\p{Script=Han}\p{Script=Katakana}ー]/u);
/** The most characters of a counter (月, か所, 年間). */
const MAX_COUNTER = 2;
/**
 * A counter typed after a number (4月, 何か所, 3年間, 二か月): what is counted or when, not a word to name missing —
 * kuromoji reads some of them (月 of 4月) as nouns of their own.
 */
const counter = (surface: string, typed: string): boolean =>
  [...surface].length <= MAX_COUNTER && typedAfter(surface, typed, /[0-9何数幾一二三四五六七八九十]/);
/** A word worth looking for: not a lone digit or Latin letter, and not a number alone. */
/** A word of the plan in kana, as folded (katakana is folded to hiragana): a loanword, mostly. */
const FOLDED_KANA_WORD = /^[\u3041-\u3096ー]{5,}$/u;
/** A katakana word that may be a loanword clipped: four kana or more. */
const CLIPPABLE = /^[\u30A1-\u30FAー]{4,}$/u;
/**
 * A kanji compound of a word and a suffix of a person or a quality (高齢者, 多様性, 高度化): group 1, the word. Where the
 * plan lacks the compound and has the word, the word is found, below a synonym (高齢者: the plan's 高齢 — probe 444 had
 * answered 0件, nothing shown).
 */
const SUFFIXED_STEM = /^(\p{Script=Han}{2,})[者性化層]$/u;
/**
 * What the word a compound is made on weighs for it: below a synonym's — 高齢 said of relatives is no project for 高齢者,
 * and the plan holding the word shows where, as a project that may be related (dev sets 107–368: no 高齢者 project).
 */
const STEM_WEIGHT = SYNONYM_WEIGHT / 2;
/** Whether a katakana word was typed with no katakana right before or after it: a word of its own. */
function typedAlone(surface: string, text: string): boolean {
  const typed = normalizeWidth(text);
  for (let at = typed.indexOf(surface); at >= 0; at = typed.indexOf(surface, at + 1))
    if (!KATAKANA_CHAR.test(typed[at - 1] ?? "") && !KATAKANA_CHAR.test(typed[at + surface.length] ?? ""))
      return true;
  return false;
}
const MEANINGFUL = (term: string) => !/^[0-9a-z]$/.test(term) && !/^[0-9]+$/.test(term);

/**
 * A compound asked for (人材育成) as the plan may write it in a phrase: 人材の育成, or with を before its verbal
 * noun (デジタル人材を育成する) — the parts with の or を between them, looked for in a project's text.
 */
const splitForms = (surface: string) =>
  withNo(surface).flatMap((form) => [phrasePattern(form), phrasePattern(form.replace("の", "を"))]);

/** Ranks (1 = best) of `scores` among the positive ones; 0 for none. */
function ranks(scores: readonly number[]): number[] {
  const order = scores
    .map((score, i) => ({ score, i }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const out = scores.map(() => 0);
  order.forEach((x, r) => {
    out[x.i] = r + 1;
  });
  return out;
}

/** The searchable index over an analysed plan (fresh or from the cache); `analyzer` reads the questions. */
export function openSearchIndex(plan: Plan, state: IndexState, analyzer: Analyzer): SearchIndex {
  if (state.docs.length !== plan.projects.length) throw new Error("index state does not match the plan");
  const vocabulary = Vocabulary.from(state.vocabulary);
  const wordCorpus = { documents: state.documents, df: new Map(state.wordDf) };
  const gramCorpus = { documents: state.documents, df: new Map(state.gramDf) };
  const synonyms = new Map(state.synonyms);
  /** The first words of the phrases the synonym table holds (see withPhrases): most questions have none. */
  const phraseStarts = new Set(
    state.synonyms
      .filter(([source]) => source.includes(" "))
      .map(([source]) => source.split(" ")[0] as string),
  );
  // FlexSearch's encoders: a project's terms are known while it is added, and a query term is already
  // analysed while it is looked up, so neither is analysed again.
  const encoded = new Map<string, string[]>();
  const encodedGrams = new Map<string, string[]>();
  const wordIndex = new Index({
    encode: (text: string) => encoded.get(text) ?? analyzer.terms(text),
    tokenize: "strict",
  });
  const gramIndex = new Index({
    encode: (text: string) => encodedGrams.get(text) ?? bigrams(text),
    tokenize: "strict",
  });
  const docs: IndexedDoc[] = state.docs.map((d, id) => {
    const key = `\u0000project ${id}`;
    encoded.set(key, d.wordTerms);
    encodedGrams.set(key, d.gramTerms);
    wordIndex.add(id, key);
    gramIndex.add(id, key);
    encoded.delete(key);
    encodedGrams.delete(key);
    const project = plan.projects[id] as Project;
    return {
      project,
      words: fromData(d.words),
      grams: fromData(d.grams),
      text: phrasePattern(ownText(plan, project)),
    };
  });
  /** Terms some project holds in its own fields (not only in its policy's text). */
  const ownIds = new Set<number>();
  for (const doc of docs)
    for (let at = 0; at < doc.words.ids.length; at++)
      if (!doc.words.flags[at]) ownIds.add(doc.words.ids[at] as number);

  const idfOf = (term: string) => idf(state.documents, wordCorpus.df.get(term) ?? 0);
  const termOf = (id: number) => state.vocabulary[id] ?? "";
  /**
   * The projects' own words in kana (loanwords, folded), sorted: where a clipped loanword is completed. Built at the
   * first one asked, not when the index opens: most questions have none.
   */
  let kanaTerms: string[] | undefined;
  const kanaWords = () =>
    (kanaTerms ??= [...ownIds]
      .map(termOf)
      .filter((t) => FOLDED_KANA_WORD.test(t))
      .sort());
  /**
   * The plan's loanwords a clipped one (シティプロモ, of the plan's シティプロモーション; ガイドライ) is the start of:
   * Japanese shortens loanwords from their end, so a katakana word the plan lacks, of four kana or more, is the
   * plan's word it starts — when it starts one only (a start several words share names none of them; each is still
   * found holding it, see SUBSTRING_FILL).
   */
  const completion = (term: string): string | undefined => {
    const kanaTerms = kanaWords();
    let low = 0;
    let high = kanaTerms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((kanaTerms[mid] as string) < term) low = mid + 1;
      else high = mid;
    }
    const found = kanaTerms[low];
    const next = kanaTerms[low + 1];
    return found?.startsWith(term) && !next?.startsWith(term) ? found : undefined;
  };

  /**
   * The plan's one compound a word in hiragana starts (ふるさと, of the plan's ふるさと寄附金: typed alone, staff
   * shorten a name to its kana head — probe 440 had answered 0件, the kana word being no word of the plan's own). Only a
   * head of three kana or more before kanji or katakana, and only when it starts one compound.
   */
  let kanaHeads: string[] | undefined;
  const headed = (term: string): string | undefined => {
    kanaHeads ??= [...ownIds]
      .map(termOf)
      .filter((t) => KANA_HEADED.test(t) && !t.includes("+"))
      .sort();
    const starting = kanaHeads.filter(
      (t) => t.startsWith(term) && !HIRAGANA_CHAR.test(t[term.length] ?? "あ"),
    );
    return starting.length === 1 ? starting[0] : undefined;
  };

  // A word's slot depends only on the word and the index: kept for the words asked most recently (a bounded
  // map, oldest dropped first), and each question gets a copy, since a context slot's weight is changed.
  const slotMemo = new BoundedMap<string, Slot>(SLOT_MEMO_SIZE);
  /** The question's words as slots, each with the plan words that may stand for it (itself first). */
  const slotsOf = (analyzed: readonly AnalyzedTerm[], useSynonyms: boolean, text: string): Slot[] => {
    const out = new Map<string, Slot>();
    const words = withLoanwordsWhole(analyzed, text);
    for (const t of useSynonyms ? withPhrases(words, text) : words) {
      if (!t.base || out.has(t.term) || !MEANINGFUL(t.term)) continue;
      // (A loanword is clipped only where it was typed as a word of its own: セクシュアル of セクシュアルハラスメント is
      // part of another word, not セクシュアルマイノリティ clipped.)
      const whole = !CLIPPABLE.test(t.surface ?? "") || typedAlone(t.surface ?? "", text);
      const key = `${useSynonyms ? 1 : 0}${t.predicate ? 1 : 0}${t.framing ? 1 : 0}${t.prefix ? 1 : 0}${whole ? 1 : 0}${t.term}\u0000${t.surface ?? ""}`;
      const slot = slotMemo.get(key) ?? slotMemo.remember(key, slotOf(t, useSynonyms, whole));
      out.set(t.term, { ...slot });
    }
    return [...out.values()];
  };
  /** Whether some project's own fields hold the term. */
  const planHolds = (term: string) => {
    const id = vocabulary.id(term);
    return id >= 0 && ownIds.has(id);
  };
  /** Whether some project's own fields hold the term or one of its synonyms. */
  const planMeans = (term: string) =>
    planHolds(term) || (synonyms.get(term) ?? []).some(([synonym]) => planHolds(synonym));
  /**
   * A loanword the analyzer does not know, cut into katakana pieces none of which is a word of the plan's (クラウド:
   * クラ + ウド; ペーパーレス: ペーパー + レス), is one word as typed: its pieces are no words of the asker's, and
   * searched alone they match inside other words (レス of ストレス). A piece the plan has, itself or by a synonym
   * (リノベーション of リノベーションイベント; ネーミング of a mistyped ネーミングライト), keeps the pieces, each a word.
   */
  const withLoanwordsWhole = (analyzed: readonly AnalyzedTerm[], text: string): readonly AnalyzedTerm[] => {
    if (!KATAKANA_CHAR.test(text)) return analyzed;
    const typed = phrasePattern(text);
    const out: AnalyzedTerm[] = [];
    for (let i = 0; i < analyzed.length; i++) {
      const t = analyzed[i] as AnalyzedTerm;
      let last = i;
      let surface = t.surface ?? "";
      if (t.base && !t.predicate && KATAKANA_PIECE.test(surface))
        for (let k = i + 1; k < analyzed.length; k++) {
          const next = analyzed[k] as AnalyzedTerm;
          if (!next.base) continue;
          const joined = `${surface}${next.surface ?? ""}`;
          if (
            next.predicate ||
            !KATAKANA_PIECE.test(next.surface ?? "") ||
            !typed.includes(phrasePattern(joined))
          )
            break;
          surface = joined;
          last = k;
        }
      const pieces = analyzed.slice(i, last + 1).filter((p) => p.base);
      if (pieces.length < 2 || pieces.some((p) => planMeans(p.term))) {
        out.push(t);
        continue;
      }
      out.push({ term: analyzer.dictTerm(surface) ?? foldTerm(surface), surface, base: true });
      i = last;
    }
    return out;
  };
  /**
   * The words as asked, a phrase of Sudachi's that the analyzer splits read as one word where it was typed in a row
   * (進み具合: 進む + 具合, the plan's 進捗) — when each of its words either says what is done or is no word of the
   * plan's: then the phrase is what they mean (a word the plan holds, 人事 of 人事異動, is still asked for itself).
   */
  const withPhrases = (analyzed: readonly AnalyzedTerm[], text: string): readonly AnalyzedTerm[] => {
    if (!phraseStarts.size) return analyzed;
    const typed = phrasePattern(text);
    const out: AnalyzedTerm[] = [];
    for (let i = 0; i < analyzed.length; i++) {
      const t = analyzed[i] as AnalyzedTerm;
      const found = t.base && phraseStarts.has(t.term) ? phraseAt(analyzed, i, typed) : null;
      if (!found) {
        out.push(t);
        continue;
      }
      out.push(found.term);
      i = found.last;
    }
    return out;
  };
  const phraseAt = (analyzed: readonly AnalyzedTerm[], start: number, typed: string) => {
    for (let words = MAX_PHRASE_WORDS; words >= 2; words--) {
      const part: AnalyzedTerm[] = [];
      let last = start;
      for (; last < analyzed.length && part.length < words; last++) {
        const t = analyzed[last] as AnalyzedTerm;
        if (t.base) part.push(t);
      }
      if (part.length < words) continue;
      const key = part.map((t) => t.term).join(" ");
      const surface = part.map((t) => t.surface ?? t.term).join("");
      if (
        synonyms.has(key) &&
        part.every((t) => t.predicate || !planHolds(t.term)) &&
        typed.includes(phrasePattern(surface))
      )
        return { term: { term: key, surface, base: true } as AnalyzedTerm, last: last - 1 };
    }
    return null;
  };
  /** One word's slot, built from the index (see slotsOf). */
  const slotOf = (t: AnalyzedTerm, useSynonyms: boolean, whole = true): Slot => {
    const own = vocabulary.id(t.term);
    const known = own >= 0 && ownIds.has(own);
    // A loanword clipped (シティプロモ) is the plan's word it starts (see completion). (Not a word the plan or dict/
    // has, nor a verb, nor a word of kuromoji's dictionary: パートナー is a word of its own, not パートナーシップ clipped.)
    const completed =
      !whole ||
      own >= 0 ||
      t.predicate ||
      !CLIPPABLE.test(t.surface ?? "") ||
      synonyms.has(t.term) ||
      analyzer.nearby(t.term).length > 0 ||
      analyzer.knows(t.surface ?? "")
        ? undefined
        : completion(t.term);
    if (completed) return slotOf({ ...t, term: completed }, useSynonyms);
    const head =
      own < 0 && !t.predicate && HIRAGANA_ONLY.test(t.term) && [...t.term].length >= 3
        ? headed(t.term)
        : undefined;
    if (head !== undefined) return slotOf({ ...t, term: head }, useSynonyms);
    const alternatives: Slot["alternatives"] = own >= 0 ? [{ id: own, weight: 1 }] : [];
    /** Another word of the plan the asker's word finds, at `weight`, once. */
    const alternative = (term: string, weight: number) => {
      const id = vocabulary.id(term);
      if (id >= 0 && !alternatives.some((a) => a.id === id)) alternatives.push({ id, weight });
    };
    if (useSynonyms) {
      for (const [term, weight] of synonyms.get(t.term) ?? []) alternative(term, weight);
      // A kind of what the plan names (会議室, of its 貸室), or a word close to one (住民, the plan's 市民): found there as
      // a synonym is, below the asker's own word.
      for (const term of analyzer.nearby(t.term)) alternative(term, SYNONYM_WEIGHT);
      const stem = known || t.predicate ? undefined : SUFFIXED_STEM.exec(t.term)?.[1];
      const stemId = stem === undefined ? -1 : vocabulary.id(stem);
      if (ownIds.has(stemId) && !alternatives.some((a) => a.id === stemId))
        alternatives.push({ id: stemId, weight: STEM_WEIGHT, stem: true });
    }
    // A word the plan lacks weighs as its synonyms do (else as the rarest word): what it asks is still asked.
    const synonymIdfs = alternatives.filter((a) => a.id !== own && !a.stem).map((a) => idfOf(termOf(a.id)));
    const informative = known
      ? idfOf(t.term)
      : synonymIdfs.length > 0
        ? Math.max(...synonymIdfs)
        : idf(state.documents, 0);
    const predicate = t.predicate === true;
    const unit =
      (predicate ? (known ? PREDICATE_WEIGHT : UNSEEN_PREDICATE_WEIGHT) : 1) *
      (t.framing ? FRAMING_WEIGHT : 1);
    const surface = t.surface ?? t.term;
    // A word in hiragana alone is looked for as a whole word only, its characters no evidence: the plan's text is
    // kana-folded, so inside it あと may be the end of エリア and the start of として, and なく of なくす is
    // everywhere (〜だけでなく).
    const kanaOnly = HIRAGANA_ONLY.test(surface);
    const patterns = (
      predicate || kanaOnly
        ? []
        : [...new Set([phrasePattern(surface), t.term, ...splitForms(surface)])].filter(
            (p) => [...p].length >= 2 && !p.includes("+"),
          )
    ).map((text) => ({ text, gramTexts: bigrams(text) }));
    return {
      term: t.term,
      surface,
      weight: unit * informative,
      alternatives,
      predicate,
      ...(t.framing ? { framing: true } : {}),
      ...(t.prefix ? { prefix: true } : {}),
      patterns: patterns
        .map(({ text, gramTexts }) => ({ text, grams: gramTexts.map((g) => vocabulary.id(g)) }))
        // A pattern with a bigram no project has cannot be inside any project's text.
        .filter((p) => p.grams.every((id) => id >= 0)),
      grams: [
        ...(kanaOnly ? [] : bigrams(t.term.replace(/\+/g, ""))),
        // The word as dict/ says it is also written (空き家: the plan's 空家): the same word, so its characters
        // count as the asker's own would.
        ...(predicate
          ? []
          : analyzer
              .spellings(t.term)
              .map((text) => bigrams(text))
              .filter((grams) => grams.length > 0 && grams.every((g) => vocabulary.id(g) >= 0))
              .flat()),
        ...patterns
          .filter(({ gramTexts }) => gramTexts.every((g) => vocabulary.id(g) >= 0))
          .flatMap(({ gramTexts }) => gramTexts),
      ],
    };
  };

  /**
   * Whether some text of the plan may hold `text`: all its characters (one) or bigrams (more) are the projects' — a
   * word all in hiragana, whose bigrams any text has, is looked for whole in their joined text — or it is in a
   * policy's or an initiative's title — 非核 of 「生命の尊さを守る非核平和社会の実現」, an initiative with no
   * project, is no word missing from the plan.
   */
  const planChars = new Set(docs.flatMap((d) => [...d.text]));
  // (The plan's texts joined once, for a word all in hiragana looked for whole: see mayHold.)
  const planText = docs.map((d) => d.text).join("\n");
  const titles = plan.policies
    .flatMap((p) => [p.title, ...p.initiatives.map((i) => i.title)])
    .map(phrasePattern)
    .join("\n");
  /**
   * Whether a word is written in the plan as the asker wrote it, a Latin word's hyphens aside: in the text of a project
   * the question reached (a project writing it is one: its words are found there), or in a policy's or initiative's
   * title or a policy's direction (子育て in 7-7's). Only those projects are read, so the cost does not grow with the
   * plan (the growth bench had doubled when every project was read).
   */
  const plainText = new Map(docs.map((d) => [d, withoutLatinHyphens(d.text)]));
  const policyText = withoutLatinHyphens(
    [titles, ...plan.policies.map((p) => phrasePattern(p.direction))].join("\n"),
  );
  /** Every project, as writtenInPlan reads those a search reached. */
  const everyDoc = docs.map((doc) => ({ doc }));
  const writtenInPlan = (surface: string, reached: readonly { doc: (typeof docs)[number] }[]) => {
    const word = withoutLatinHyphens(phrasePattern(surface));
    return policyText.includes(word) || reached.some((r) => plainText.get(r.doc)?.includes(word));
  };
  /**
   * Where each project's words start in its folded text, and which of them kuromoji knows (the start of the known word
   * each character is in, −1 in an unknown one): read once per project, when a question first needs it. Null where the
   * pieces do not spell the folded text back (nothing is then taken for inside a word).
   */
  const wordStarts = new Map<number, { starts: Uint8Array; inKnown: Int32Array } | null>();
  const knownWord = new Map<string, boolean>();
  const wordStartsOf = (id: number) => {
    const cached = wordStarts.get(id);
    if (cached !== undefined) return cached;
    const doc = docs[id] as IndexedDoc;
    const starts = new Uint8Array(doc.text.length + 1);
    const inKnown = new Int32Array(doc.text.length + 1).fill(-1);
    let at = 0;
    let spelled = "";
    for (const piece of analyzer.pieces(ownText(plan, doc.project))) {
      const folded = foldKana(normalizeWidth(piece.surface));
      let known = knownWord.get(piece.surface);
      if (known === undefined) {
        known = analyzer.knows(piece.surface);
        knownWord.set(piece.surface, known);
      }
      spelled += folded;
      if (at < starts.length) starts[at] = 1;
      if (known) inKnown.fill(at, at, Math.min(at + folded.length, inKnown.length));
      at += folded.length;
    }
    const read = spelled.trim() === doc.text ? { starts, inKnown } : null;
    wordStarts.set(id, read);
    return read;
  };
  /** Whether every place a project's text holds the patterns is inside one known word, not at its start. */
  const onlyInsideWords = (id: number, patterns: readonly { text: string }[]) => {
    const read = wordStartsOf(id);
    if (!read) return false;
    const text = (docs[id] as IndexedDoc).text;
    for (const p of patterns)
      for (let i = text.indexOf(p.text); i >= 0; i = text.indexOf(p.text, i + 1))
        if (read.starts[i] || (read.inKnown[i] as number) < 0) return false;
    return true;
  };
  // (A word all in hiragana is looked for whole: its bigrams are in any text — いじ and じめ are, いじめ is not, and
  // 「いじめ対策」 had been searched as if the plan might hold it, no word named missing: probe 320.)
  const mayHold = (text: string) =>
    ([...text].length === 1
      ? planChars.has(text)
      : HIRAGANA_WORD.test(text)
        ? planText.includes(text)
        : bigrams(text).every((g) => vocabulary.id(g) >= 0)) || titles.includes(text);

  /**
   * A word in hiragana the dictionary does not know comes out as fillers and particles (えんがわ: え・ん・が・わ),
   * and the question seems to ask nothing. When nothing else is asked, the longest start of a kana run (four kana
   * or more, no verb ending) that a few projects hold verbatim (みんなのえんがわ) is that word.
   */
  const kanaWordsOf = (question: string): Slot[] => {
    for (const run of phrasePattern(question).match(KANA_RUN) ?? []) {
      // The word starts the run (particles and endings follow it: えんがわってある).
      for (let length = run.length; length >= MIN_KANA_WORD; length--) {
        const word = run.slice(0, length);
        if (INFLECTED.test(word) || !mayHold(word)) continue;
        const holders = docs.filter((d) => d.text.includes(word)).length;
        if (holders === 0 || holders > MAX_KANA_WORD_HOLDERS) continue;
        const grams = bigrams(word);
        return [
          {
            term: word,
            surface: word,
            weight: idf(state.documents, holders),
            alternatives: [],
            predicate: false,
            patterns: [{ text: word, grams: grams.map((g) => vocabulary.id(g)) }],
            grams,
          },
        ];
      }
    }
    return [];
  };

  // The names the plan itself puts in quotation marks (「行かなくてもいい市役所」, 「情報システム調達ガイドライン」), and the
  // projects that quote them: the project that quotes a name is the one whose own aim or thing it names.
  const planQuotes = new Map<string, number[]>();
  for (const [id, d] of docs.entries())
    for (const m of d.text.matchAll(PLAN_QUOTE)) {
      const name = m[1] as string;
      const quoting = planQuotes.get(name);
      if (quoting) quoting.push(id);
      else planQuotes.set(name, [id]);
    }
  const search = (question: string, options: SearchOptions = {}): SearchResult => {
    const ranking = options.ranking ?? DEFAULT_RANKING;
    let analyzed = analyzer.analyze(question);
    let slots = slotsOf(analyzed, ranking.synonyms, question);
    // (The ask's own word in kana, before the context's words are added: 「市民協働の人に聞きたいんですが、えんがわって
    // 今どうなってます？」 asks of えんがわ, and the context weighs as context — probe 133 had searched 市民協働 alone.)
    if (!slots.some((s) => !s.predicate)) slots = [...slots, ...kanaWordsOf(question)];
    if (options.context) {
      const contextAnalyzed = analyzer.analyze(options.context);
      const contextSlots = slotsOf(contextAnalyzed, ranking.synonyms, options.context).filter(
        (c) => !slots.some((s) => s.term === c.term),
      );
      // The ask names a subject only with a noun: 「…していただける」 alone asks nothing about what.
      if (slots.some((s) => !s.predicate && !s.framing))
        for (const c of contextSlots) {
          c.weight *= options.contextWeight ?? CONTEXT_WEIGHT;
          c.context = true;
        }
      slots = [...slots, ...contextSlots];
      analyzed = [...analyzed, ...contextAnalyzed];
    }
    // The word a compound is made on (高齢 of 高齢者) is looked for only when the plan has no other word of the message:
    // beside one it has, it would rank a project by what the asker did not say (大変なお年寄りから、家から手続き…: the
    // おくやみ corner's 手続き and 高齢 before the online applications).
    if (
      slots.some((s) => s.alternatives.some((a) => a.stem)) &&
      slots.some(
        (s) => !s.predicate && !s.framing && (s.alternatives.some((a) => !a.stem) || s.patterns.length > 0),
      )
    )
      for (const s of slots) s.alternatives = s.alternatives.filter((a) => !a.stem);
    if (slots.length === 0)
      return {
        hits: [],
        missingTerms: [],
        nearTerms: [],
        missingShare: 0,
        askedWords: [],
        askedTerms: [],
        subjectWords: [],
      };
    const compounds = weighQuery(
      [...new Set(analyzed.filter((t) => !t.base).map((t) => t.term))].map((term) => ({ term, weight: 1 })),
      wordCorpus,
    ).map(({ term, weight }) => ({ id: vocabulary.id(term), weight }));
    // Two adjacent words as typed (多文化), found in a project's text however kuromoji read it there (多文化共生).
    const verbatim = [
      ...new Set(
        analyzed
          .filter((t) => !t.base && t.surface !== undefined && vocabulary.id(t.term) < 0)
          .map((t) => phrasePattern(t.surface as string)),
      ),
    ]
      // As rare as its rarest bigram (no project holds it more often): known without scanning the plan.
      .map((text) => ({ text, holders: Math.min(...bigrams(text).map((g) => gramCorpus.df.get(g) ?? 0)) }))
      .filter((v) => v.holders > 0)
      .map((v) => ({ text: v.text, weight: idf(state.documents, v.holders) }));
    // A name the plan quotes, asked (with its marks or without): the projects quoting it weigh as holding it as a word
    // as rare as the name is.
    const asText = normalizeWidth(question).replace(/[「」『』]/g, "");
    const quotedNames = [...planQuotes]
      .filter(([name]) => asText.includes(name))
      .map(([, ids]) => ({ ids, weight: idf(state.documents, ids.length) * saturate(1) }));
    // A compound typed as one word (防災訓練) names its last word, the head; the words before it say which. A project
    // holding the modifier (防災) but neither the head (訓練) nor the compound is not about what was asked: the modifier
    // does not count toward how much of the ask it holds (its label), though it still ranks the project. (At first only
    // where the plan never has the head; a project lacking it is the same case: 「防災行政無線の更新」 had labelled
    // 公共施設保全事業 該当 by 行政 and 更新. Measured on the tuned sets: exact +2, recall@5 −0.1, top-1 the same.)
    const modifiers: { modifier: number; head: number; compound: number }[] = [];
    /** Loanword compounds the plan never writes (see below): named missing, their words' weight missing with them. */
    const absentCompounds: { surface: string; words: Slot[] }[] = [];
    const compoundSurfaces = new Map(analyzed.filter((t) => !t.base).map((t) => [t.term, t.surface ?? ""]));
    for (const [term, surface] of compoundSurfaces) {
      const [m, h] = term.split("+");
      const modifier = slots.findIndex((s) => s.term === m && !s.predicate && !s.context && !s.framing);
      const head = slots.findIndex((s) => s.term === h && !s.predicate && !s.context && !s.framing);
      if (modifier < 0 || head < 0) continue;
      // (Only a head at least as rare in the plan as its modifier: a commoner one (対応 of コロナ対応, 改修 of 空き家改修)
      // says less of what is asked than the modifier, which is then the subject.)
      if (vocabulary.id(h as string) < 0 || (slots[head] as Slot).weight >= (slots[modifier] as Slot).weight)
        modifiers.push({ modifier, head, compound: vocabulary.id(term) });
      // A compound of loanwords the plan writes apart but never together (オープンデータ: オープン, データ) is one thing: a project holding
      // either word alone (口座振替データ, オープン系システム) is not about it, and neither word labels it (probes 152–153:
      // 市税等徴収事務事業 had been 該当 for 「オープンデータの取組ある？」).
      // (Only of words the plan has each: スマートロックアプリ is スマートロック and a word the plan lacks, named so.)
      const each = vocabulary.id(m as string) >= 0 && vocabulary.id(h as string) >= 0;
      if (
        each &&
        vocabulary.id(term) < 0 &&
        LOANWORD_COMPOUND.test(surface) &&
        !writtenInPlan(surface, everyDoc)
      ) {
        modifiers.push({ modifier, head, compound: -1 }, { modifier: head, head: modifier, compound: -1 });
        absentCompounds.push({ surface, words: [slots[modifier] as Slot, slots[head] as Slot] });
      }
      // The other way too: a compound whose modifier the plan never writes (防災無線: 防災) is a kind of the head the plan
      // does not have — a project holding the head alone (無線 of 無線決済端末), and no near word of the modifier, is
      // related at most (probe 162: 市税等徴収事務事業 had been 該当 for 「防災無線が聞こえにくい」).
      // (A modifier the plan never writes leaves the compound unwritten too; its bigrams, looked up, rule most out
      // without scanning the plan — a scan per compound had doubled the query p99 at 100 copies of the plan.)
      else if (
        !(
          mayHold(phrasePattern((slots[modifier] as Slot).surface)) &&
          writtenInPlan((slots[modifier] as Slot).surface, everyDoc)
        )
      )
        modifiers.push({ modifier: head, head: modifier, compound: -1 });
    }
    // So is a Latin word of hyphened parts the plan never writes (AI-OCR): its parts are one thing (probe 152: 新たなICT
    // 利活用の推進 had been 該当 for 「AI-OCRの導入」 by AI alone).
    for (const run of normalizeWidth(question).match(HYPHENED_LATIN) ?? []) {
      if (writtenInPlan(run, everyDoc)) continue;
      const parts = run
        .toLowerCase()
        .split("-")
        .map((part) => slots.findIndex((s) => s.surface.toLowerCase() === part && keySlot(s)));
      if (parts.some((at) => at < 0)) continue;
      for (const a of parts)
        for (const b of parts) if (a !== b) modifiers.push({ modifier: a, head: b, compound: -1 });
      absentCompounds.push({ surface: run, words: parts.map((at) => slots[at] as Slot) });
    }
    // So is a noun said of another with の or 用 (避難所の備蓄, 災害用トイレ, 市役所の駐車場): the second is the head, and
    // when the plan has no word for it (nor a synonym, nor its characters), a project holding the first is not about
    // what was asked (probe 114: the one project naming 避難所 had answered 「避難所の備蓄」).
    // (A pattern is built only for a pair typed near enough for it to match.)
    // (Each word's phrase, as typed: read once for both rules below.)
    const typedPhrase = phrasePattern(question);
    const phrases = slots.map((s) => phrasePattern(s.surface));
    for (const [head, h] of slots.entries()) {
      const headSaid = phrases[head] as string;
      if (!keySlot(h) || h.alternatives.some((a) => !a.stem) || mayHold(headSaid)) continue;
      for (const [modifier, m] of slots.entries()) {
        const said = phrases[modifier] as string;
        if (
          modifier !== head &&
          keySlot(m) &&
          typedBefore(typedPhrase, said, headSaid, SAID_OF_GAP) &&
          new RegExp(`${escapeRegExp(said)}${SAID_OF}${COMPOUND_BEFORE}${escapeRegExp(headSaid)}`, "u").test(
            typedPhrase,
          )
        )
          modifiers.push({ modifier, head, compound: -1 });
      }
    }
    // And a noun the plan has said of one it has no word for (図書館の予約, 図書館の本の予約: 図書館): the asker's kind
    // of it, which the plan lacks — a project holding the second alone (施設予約) is related at most (probe 162: 新たな
    // 施設予約システム運営事業 had been 該当 for 「図書館の本の予約」; measured on the never-mined sets: exact +6, top-1 and
    // recall@5 the same). Only where the second follows within a few characters: a pattern is built for those alone.
    for (const [modifier, m] of slots.entries()) {
      const said = phrases[modifier] as string;
      if (!keySlot(m) || m.alternatives.some((a) => !a.stem) || mayHold(said)) continue;
      const at = typedPhrase.indexOf(said);
      if (at < 0) continue;
      const after = typedPhrase.slice(at + said.length, at + said.length + SAID_OF_WINDOW);
      for (const [head, h] of slots.entries()) {
        const headSaid = phrases[head] as string;
        if (
          head !== modifier &&
          keySlot(h) &&
          after.includes(headSaid) &&
          new RegExp(
            `^${SAID_OF}(?:${COMPOUND_BEFORE}の)?${COMPOUND_BEFORE}${escapeRegExp(headSaid)}`,
            "u",
          ).test(after)
        )
          modifiers.push({ modifier: head, head: modifier, compound: -1 });
      }
    }
    // Bigrams of the asked words only: particles and question words must not match by their characters.
    const gramUnit = new Map<string, number>();
    for (const slot of slots)
      for (const gram of slot.grams)
        gramUnit.set(gram, Math.max(gramUnit.get(gram) ?? 0, slot.predicate ? UNSEEN_PREDICATE_WEIGHT : 1));
    const gramQuery = weighQuery(
      [...gramUnit].map(([term, weight]) => ({ term, weight })),
      gramCorpus,
    ).map(({ term, weight }) => ({ id: vocabulary.id(term), weight }));

    // Candidates: the first postings of each word (and of its synonyms) and of each bigram, rarest first, until
    // there are enough. The work per question stays bounded as the plan grows; the seed's plan is searched whole.
    const candidates = new Set<number>();
    const collect = (
      index: Index,
      known: Map<string, string[]>,
      terms: string[],
      perTerm: number,
      cap: number,
    ) => {
      for (const term of terms) {
        if (candidates.size >= cap) break;
        known.set(term, [term]);
        for (const id of index.search(term, { limit: perTerm }) as number[]) candidates.add(id);
        known.delete(term);
      }
    };
    const byWeight = (xs: { id: number; weight: number }[]) =>
      [...xs].sort((a, b) => b.weight - a.weight).map((x) => termOf(x.id));
    // A plan no larger than the candidates the postings would give is searched whole, without asking them.
    if (docs.length <= WHOLE_PLAN) for (let id = 0; id < docs.length; id++) candidates.add(id);
    else {
      collect(
        wordIndex,
        encoded,
        byWeight(
          slots.flatMap((s) => s.alternatives.map((a) => ({ id: a.id, weight: s.weight * a.weight }))),
        ),
        CANDIDATES_PER_TERM,
        MAX_CANDIDATES,
      );
      collect(
        gramIndex,
        encodedGrams,
        byWeight(gramQuery.filter((g) => g.id >= 0)),
        CANDIDATES_PER_BIGRAM,
        MAX_CANDIDATES + CANDIDATES_PER_BIGRAM * 4,
      );
    }

    // Coverage weighs each word by its idf squared: the rare words of a question are its key words.
    const keyWeight = (slot: Slot) => slot.weight ** COVERAGE_IDF_POWER;
    // A word about the asking (dict/framing.txt: 異動, 予算) counts where a project holds it, but no project
    // must: the plan not having it says nothing about the subject.
    const subjectMass = slots.reduce((sum, slot) => sum + (slot.framing ? 0 : keyWeight(slot)), 0);
    const total = subjectMass > 0 ? subjectMass : slots.reduce((sum, slot) => sum + keyWeight(slot), 0);
    // How much of the ask itself a project holds labels it: words of the context (what was said before the ask) rank a
    // project that also holds them, but a project holding the whole ask is an answer however little of the story
    // before it the plan tells (「女性活躍推進の庁内会議の資料を作成しております。男女共同参画計画の次の計画を…」).
    const askMass = slots.reduce(
      (sum, slot) => sum + (slot.framing || slot.context ? 0 : keyWeight(slot)),
      0,
    );
    const askTotal = askMass > 0 ? askMass : total;
    const found = new Set<Slot>();
    const asksNoun = slots.some((s) => !s.predicate);
    const gramTotal = gramQuery.reduce((sum, g) => sum + g.weight, 0);
    const scored: {
      doc: IndexedDoc;
      words: number;
      grams: number;
      coverage: number;
      asked: number;
      /** The weight of the most informative word of the ask the project holds. */
      rarest: number;
    }[] = [];
    const fills = new Float64Array(slots.length);
    // Indexed loops: this is the hot path of every question, and iterators allocate where it is not optimised.
    for (const id of candidates) {
      const doc = docs[id];
      if (!doc) continue;
      let words = 0;
      let held = 0;
      let heldAsked = 0;
      let own = false;
      let direct = false; // some word asked is in the project as itself (or a spelling of it), not a synonym
      let noun = false; // some noun asked (not a verb or adjective) is in the project
      let ownNoun = false; // … in the project's own text, not only its policy's
      let rarest = 0;
      for (let si = 0; si < slots.length; si++) {
        const slot = slots[si] as Slot;
        let best = 0;
        let fill = 0;
        let stemOnly = true; // held only by the word a compound is made on: no evidence of the word itself
        for (let ai = 0; ai < slot.alternatives.length; ai++) {
          const alt = slot.alternatives[ai] as Slot["alternatives"][number];
          const at = findTerm(doc.words, alt.id);
          if (at < 0) continue;
          const policyOnly = doc.words.flags[at] === 1;
          best = Math.max(
            best,
            slot.weight *
              alt.weight *
              saturate(doc.words.values[at] as number) *
              (policyOnly ? POLICY_COVERAGE : 1),
          );
          fill = Math.max(fill, alt.weight * (policyOnly ? POLICY_COVERAGE : 1));
          if (alt.stem) continue;
          stemOnly = false;
          found.add(slot);
          if (!policyOnly) own = true;
          if (!policyOnly && !slot.predicate) ownNoun = true;
          if (alt.weight > SYNONYM_WEIGHT) direct = true;
        }
        if (fill < SUBSTRING_FILL && holdsPattern(doc, slot.patterns)) {
          // Inside a longer word of the project: counted as one occurrence, at the substring's share (less inside
          // another word the dictionary knows: see INSIDE_WORD_FILL).
          const share = onlyInsideWords(id, slot.patterns) ? INSIDE_WORD_FILL : SUBSTRING_FILL;
          fill = share;
          best = Math.max(best, slot.weight * share * saturate(1));
          own = true;
          direct = true;
          stemOnly = false;
          if (!slot.predicate) ownNoun = true;
          found.add(slot);
        }
        words += best;
        fills[si] = fill;
        held += keyWeight(slot) * fill;
        if (!slot.context) heldAsked += keyWeight(slot) * fill;
        if (fill > 0 && !slot.predicate) noun = true;
        if (fill > 0 && !slot.context && !stemOnly) rarest = Math.max(rarest, slot.weight);
      }
      for (let mi = 0; mi < modifiers.length; mi++) {
        const { modifier, head, compound } = modifiers[mi] as (typeof modifiers)[number];
        const fill = fills[modifier] as number;
        if (
          fill === 0 ||
          (fills[head] as number) > 0 ||
          (compound >= 0 && findTerm(doc.words, compound) >= 0)
        )
          continue;
        heldAsked -= keyWeight(slots[modifier] as Slot) * fill;
      }
      let grams = 0;
      let gramsHeld = 0;
      for (let gi = 0; gi < gramQuery.length; gi++) {
        const g = gramQuery[gi] as (typeof gramQuery)[number];
        const at = g.id < 0 ? -1 : findTerm(doc.grams, g.id);
        if (at < 0) continue;
        grams += g.weight * saturate(doc.grams.values[at] as number);
        if (!doc.grams.flags[at]) gramsHeld += g.weight;
      }
      // Most of the asked words' characters, in a project's own text, are evidence too (a word kuromoji
      // reads otherwise, a compound in another order): a partial match at most.
      const gramEvidence = gramTotal > 0 && gramsHeld / gramTotal >= GRAM_EVIDENCE;
      if (held === 0 && !gramEvidence) continue;
      // Only a verb of the ask, none of its nouns (保育所の待機児童を「減らす」: 軽減): nothing it asks about.
      if (asksNoun && !noun && !gramEvidence) continue;
      // A project linked to the question only through its policy's general text, or by characters rather
      // than words, is related at most: never an answer.
      // So is one that holds none of the asker's words, only synonyms of them (スマートロック → 鍵 → キー), and
      // one that only does what is asked to something else: 窓口をまとめる is not まとめた事例集 — nor one holding the
      // ask's verb and its nouns only through its policy's text (「大学生が関わってる事業」: 関わり in シテプロモーション's own
      // text, 大学 in its policy's, had put it before the one holding 大学生 — probe 320).
      if (!own || !direct || (asksNoun && !ownNoun)) {
        held = Math.min(held, (MIN_COVERAGE * total) / 2);
        heldAsked = Math.min(heldAsked, (MIN_COVERAGE * askTotal) / 2);
      }
      for (let ci = 0; ci < compounds.length; ci++) {
        const c = compounds[ci] as (typeof compounds)[number];
        const at = c.id < 0 ? -1 : findTerm(doc.words, c.id);
        if (at >= 0) words += c.weight * saturate(doc.words.values[at] as number);
      }
      for (const v of verbatim) if (doc.text.includes(v.text)) words += v.weight * saturate(1);
      for (let qi = 0; qi < quotedNames.length; qi++) {
        const quoted = quotedNames[qi] as (typeof quotedNames)[number];
        if (quoted.ids.includes(id)) words += quoted.weight;
      }
      const coverage = total === 0 ? 0 : Math.min(1, held / total);
      const asked = askTotal === 0 ? 0 : Math.min(1, heldAsked / askTotal);
      scored.push({ doc, words: words * coverage, grams: grams * coverage, coverage, asked, rarest });
    }
    // A word is named missing only when the plan's text cannot hold it: 『多』 of 多文化 is in 多文化共生,
    // though no project has it as a word of its own. A character or bigram the plan never has is enough to know;
    // that check costs the same however large the plan is (a word all in hiragana is looked for in the plan's joined
    // text instead: one scan, and only for a word no project holds). Nor is a prefix (旧 of 旧市民会館): it says which of a
    // thing, and the thing is what is looked for.
    const typed = normalizeWidth(question);
    const missingSlots = slots.filter(
      (s) =>
        !s.predicate &&
        !s.context &&
        !s.framing &&
        !s.prefix &&
        !found.has(s) &&
        !kanaSuffix(s.surface, typed) &&
        !counter(s.surface, typed) &&
        !mayHold(phrasePattern(s.surface)),
    );
    // (Shown with the prefix typed before it, as the asker wrote the word: 『不登校』, not 『登校』 — probe 320.)
    const missingTerms = [
      ...missingSlots.map((s) => withPrefixTyped(slots, slots.indexOf(s), typed)),
      ...absentCompounds.map((c) => c.surface),
    ];
    const missingWords = new Set([...missingSlots, ...absentCompounds.flatMap((c) => c.words)]);
    // Found, but not as written anywhere in the plan (nor with a Latin word's hyphens left out: wifi is Wi-Fi; nor as
    // dict/ spells it otherwise: 空き家 is the plan's 空家 — probe 183 had been told 『空き家』 was not in the plan).
    const nearTerms = slots
      .filter(
        (s) =>
          !s.predicate &&
          !s.context &&
          !s.framing &&
          !s.prefix &&
          found.has(s) &&
          !kanaSuffix(s.surface, typed) &&
          !counter(s.surface, typed) &&
          !writtenInPlan(s.surface, scored) &&
          !analyzer.spellings(s.term).some((spelling) => writtenInPlan(spelling, scored)),
      )
      .map((s) => s.surface);
    // The key-word mass of the ask that the plan lacks (ごみの減量や分別の啓発: 減量, 分別).
    const missingMass = [...missingWords].reduce((sum, s) => sum + keyWeight(s), 0);
    const missingRarest = Math.max(0, ...[...missingWords].map((s) => s.weight));
    const wordRanks = ranks(scored.map((s) => s.words));
    const gramRanks = ranks(scored.map((s) => s.grams));
    const rrf = (rank: number) => (rank === 0 ? 0 : 1 / (ranking.rrfK + rank));
    const bestWords = Math.max(0, ...scored.map((s) => s.words)) || 1;
    const bestGrams = Math.max(0, ...scored.map((s) => s.grams)) || 1;
    const fused = scored.map((s, i) => {
      const score =
        ranking.fusion === "words"
          ? s.words
          : ranking.fusion === "bigrams"
            ? s.grams
            : ranking.fusion === "sum"
              ? s.words / bestWords + (ranking.bigramWeight * s.grams) / bestGrams
              : rrf(wordRanks[i] as number) + rrf(gramRanks[i] as number);
      return { s, score };
    });
    const rarestOf = new Map(scored.map((s) => [s.doc.project, s.rarest]));
    const hits: SearchHit[] = fused
      .filter((f) => f.score > 0)
      .map(({ s, score }) => ({
        project: s.doc.project,
        score,
        coverage: s.asked,
        match: s.asked >= MIN_COVERAGE ? "strong" : "partial",
      }));
    // Best first, by score alone; then 該当 is the leading run of strong matches: a project ranked below a partial
    // one is labelled partial too, so that the list reads best first and its labels never go back up.
    hits.sort((a, b) => b.score - a.score || a.project.source.line - b.project.source.line);
    // A project scoring less than half the best is related at most, however much of the question it holds
    // through common words (「管理職制度 見直し」: 人事給与制度の見直し, not 民間提案制度 by 制度 and 管理).
    const best = hits[0]?.score ?? 0;
    if (!options.everyHolder)
      for (const h of hits) if (h.score < STRONG_SHARE_OF_BEST * best) h.match = "partial";
    // A clear leader is the answer though it holds less than MIN_COVERAGE of the question: everyday words leave some
    // of an ask unmatched (「市役所に行かなくてもネットで申請」), and a project scoring twice the next one's, with a
    // good part of the key words, is what was asked about. Measured on the tuned sets' topic questions: of 446 right
    // first answers labelled 関連, 227 meet it; of the 227 such leaders, 219 are right (96.5 %, as 該当 is already).
    const [leader, next] = hits;
    if (
      leader &&
      leader.match === "partial" &&
      // (Not when the words of the ask the plan lacks weigh over LEADER_MISSING times what the leader holds, and it
      // holds none of the ask's words as telling as they are: 「市民向けのごみの減量や分別の啓発」 is not the one
      // project holding 向け and 啓発; 「奥さんや旦那さんからの暴力」 is the one holding 暴力.)
      (LEADER_MISSING * leader.coverage * askTotal >= missingMass ||
        (rarestOf.get(leader.project) ?? 0) >= missingRarest) &&
      ((leader.coverage >= LEADER_COVERAGE && (!next || leader.score >= LEADER_MARGIN * next.score)) ||
        (leader.coverage >= FAR_LEADER_COVERAGE && (!next || leader.score >= FAR_LEADER_MARGIN * next.score)))
    )
      leader.match = "strong";
    const firstPartial = hits.findIndex((h) => h.match === "partial");
    if (firstPartial >= 0) for (const h of hits.slice(firstPartial)) h.match = "partial";
    // (Not the words about the asking: 年度 in 「年度ごとの方向性」 is no word of a project's name.)
    const subject = slots.filter((s) => !s.predicate && !s.context && !s.framing);
    // The context's words are shown as searched too when the ask points back at them (その新しい計画の策定: what the
    // sentence before named is the subject), said first, as typed.
    const pointedAt =
      (options.contextWeight ?? CONTEXT_WEIGHT) >= 1
        ? slots.filter((s) => !s.predicate && s.context && !s.framing)
        : [];
    return {
      hits: hits.slice(0, options.limit ?? 10),
      missingTerms,
      nearTerms,
      missingShare: askTotal > 0 ? missingMass / askTotal : 0,
      askedWords: slots.filter((s) => !s.predicate && !s.context).map((s) => s.surface),
      askedTerms: subject.map((s) => s.term),
      subjectWords: shownWords(
        [...pointedAt, ...subject].filter((s) => !counter(s.surface, typed)),
        normalizeWidth(`${question}\n${options.context ?? ""}`),
      ),
    };
  };

  const initiativeTerms = state.initiatives.map((i) => ({ code: i.code, terms: new Set(i.terms) }));
  const matchInitiatives = (question: string): string[] => {
    // (Its nouns: a verb of the ask — 平和や核兵器を「なくす」取組 — says what is done about them, which no initiative's
    // title words as the asker does, and a word about the asking — 「該当する」事業 — says nothing of what; probes 180 and
    // 183 had found 7-4-1 only without them.)
    const base = [
      ...new Set(
        analyzer
          .analyze(question)
          .filter((t) => t.base && !t.predicate && !t.framing)
          .map((t) => t.term),
      ),
    ];
    if (base.length === 0) return [];
    const weights = weighQuery(
      base.map((term) => ({ term, weight: 1 })),
      wordCorpus,
    );
    const total = weights.reduce((sum, w) => sum + w.weight, 0);
    return initiativeTerms
      .filter(
        ({ terms }) =>
          weights.reduce((sum, w) => sum + (terms.has(w.term) ? w.weight : 0), 0) >= MIN_COVERAGE * total,
      )
      .map((i) => i.code);
  };

  const names = new Map<Project, ReadonlySet<string>>();
  const nameTerms = (project: Project) => {
    let terms = names.get(project);
    if (!terms) {
      terms = new Set(analyzer.terms(project.name));
      names.set(project, terms);
    }
    return terms;
  };
  const owns = new Map<Project, ReadonlySet<string>>();
  const ownTerms = (project: Project) => {
    let terms = owns.get(project);
    if (!terms) {
      const doc = docs.find((d) => d.project === project);
      const ids = doc ? [...doc.words.ids].filter((_, at) => !doc.words.flags[at]) : [];
      terms = new Set(ids.map(termOf));
      owns.set(project, terms);
    }
    return terms;
  };
  // The plan's words in kanji (three characters or more), by their readings: a word the IME wrote with other kanji of
  // the same sound (講座振替 for 口座振替, 多分化共生 for 多文化共生) is found by its own (IndexState's soundWords).
  const byReading = new Map(state.soundWords);
  const ownTexts = docs.map((d) => d.text).join("\n");
  /** Whether some project's own text holds the (folded) word as typed: no slip, then, to read otherwise. */
  const ownTextHolds = (folded: string) => mayHold(folded) && ownTexts.includes(folded);
  const soundsAs = (word: string): string | null => {
    const folded = phrasePattern(word);
    if (!KANJI_WORD.test(folded) || ownTextHolds(folded)) return null;
    return byReading.get(readingOf(analyzer, folded)) ?? null;
  };
  // The plan's words in kanji of five characters or more, by length: a long compound typed with one kanji wrong is
  // still the plan's (a shorter one may well be another word: 行政改革, 行政改善).
  let longKanji: Map<number, string[]> | undefined;
  const oneKanjiOff = (word: string): string | null => {
    const folded = phrasePattern(word);
    const chars = [...folded];
    if (chars.length < MIN_SLIP_WORD || !KANJI_WORD.test(folded) || ownTextHolds(folded)) return null;
    if (!longKanji) {
      longKanji = new Map();
      for (const term of state.vocabulary) {
        const length = [...term].length;
        if (length < MIN_SLIP_WORD || !KANJI_WORD.test(term) || !ownIds.has(vocabulary.id(term))) continue;
        longKanji.set(length, [...(longKanji.get(length) ?? []), term]);
      }
    }
    return onlyOneOff(chars, longKanji.get(chars.length) ?? []);
  };
  // The plan's loanwords by their spelling keys (IndexState's loanwords).
  const loanwords = new Map(state.loanwords);
  const spellingOf = (word: string): string | undefined =>
    !KATAKANA_WORD.test(word) || ownTextHolds(phrasePattern(word))
      ? undefined
      : loanwords.get(spellingKey(word));
  const spelledAs = (word: string): string | null => {
    const whole = spellingOf(word);
    if (whole !== undefined || !KATAKANA_WORD.test(word)) return whole ?? null;
    // A long loanword the plan's text lacks, one letter off one of the plan's and none of its others, is that one
    // mistyped.
    const chars = [...word];
    if (chars.length >= MIN_LOANWORD_SLIP && !ownTextHolds(phrasePattern(word))) {
      const slip = onlyOneOff(
        chars,
        [...loanwords.values()].filter((w) => [...w].length === chars.length),
      );
      if (slip) return slip;
    }
    // A loanword run into others (ファシリティーマネージメント): its words, each read alone — or, where the
    // analyzer knows it as one word, its two parts (each a loanword: three characters or more).
    const pieces = analyzer.pieces(word).map((p) => p.surface);
    if (pieces.length === 1) {
      const chars = [...word];
      for (let at = 1; at < chars.length; at++) {
        const head = chars.slice(0, at).join("");
        const tail = chars.slice(at).join("");
        if (MID_WORD.test(tail)) continue;
        const read = `${spellingOf(head) ?? head}${spellingOf(tail) ?? tail}`;
        if (read !== word) return read;
      }
      return null;
    }
    const read = pieces.map((surface) => spellingOf(surface) ?? surface).join("");
    return read !== pieces.join("") ? read : null;
  };
  // A word the IME left in kana is found by its reading (analysed with the plan, and cached with it).
  const byKana = new Map(state.kanaWords);
  // (No stretch longer than the longest reading is looked up: most runs of kana are the question's own grammar.)
  const longestKana = longestReading(state.kanaWords);
  /** Whether some stretch of the kana is the reading of a word (see kanaAs): map lookups, no analysis. */
  const holdsAReading = (chars: readonly string[]): boolean => {
    for (let start = 0; start <= chars.length - MIN_BOUNDED_READING; start++) {
      if (shortKana.has(chars.slice(start, start + MIN_BOUNDED_READING).join(""))) return true;
      for (let end = start + MIN_KANA_READING; end <= Math.min(chars.length, start + longestKana); end++)
        if (byKana.has(chars.slice(start, end).join(""))) return true;
    }
    return false;
  };
  // A run of kana typed with no conversion at all (しせつよやくしすてむ, えいがのじぎょう): read as an IME reads it, the
  // plan's own words by their readings (IndexState's spelledWords), with particles between them, only when the whole
  // run reads so (see spelledOut).
  const spelling = {
    words: new Map(state.spelledWords),
    longest: longestReading(state.spelledWords),
  };
  // The plan's words in kanji read by three kana (跡地: あとち, 意識: いしき, 管理: かんり): read from kana only where the
  // kana stand as a word of their own, between particles or the run's ends (see kanaRead) — three kana are too often a
  // stretch of the question's own grammar.
  const shortKana = new Map(
    state.spelledWords.filter(
      ([kana, word]) => [...kana].length === MIN_BOUNDED_READING && KANJI_TERM.test(word),
    ),
  );
  /**
   * The plan's words a run of kana spells, left to right, when the run reads as those words and particles (or a few
   * kana of its own grammar) and holds two words or more: the fewest kana left unread, then the fewest
   * pieces. Otherwise none: a run of grammar (ください, ってある) reads as no words.
   */
  const spelledOut = (run: string, before: string): { said: string; read: string }[] => {
    const chars = [...run];
    // (Kana right after a word in kanji or katakana are its ending — 維持していくか, 参加しない — not words typed
    // unconverted.)
    if (chars.length < MIN_KANA_READING || ownTexts.includes(run) || WORD_BEFORE_KANA.test(before)) return [];
    const { words, longest } = spelling;
    // best[i]: the reading of chars[0, i) — unread kana (particles weigh little), pieces, and the words read.
    type Reading = { unread: number; pieces: number; words: { at: number; said: string; read: string }[] };
    /** Where a reading's last word ends (-1: it has none). */
    const endOf = (r: Reading) => {
      const last = r.words.at(-1);
      return last === undefined ? -1 : last.at + [...last.said].length;
    };
    const best: (Reading | undefined)[] = [{ unread: 0, pieces: 0, words: [] }];
    const better = (a: Reading, b: Reading | undefined) =>
      b === undefined || a.unread < b.unread || (a.unread === b.unread && a.pieces < b.pieces);
    for (let i = 0; i < chars.length; i++) {
      const from = best[i];
      if (!from) continue;
      const char = chars[i] as string;
      const skip: Reading = {
        unread: from.unread + (SPELLED_PARTICLE.test(char) ? PARTICLE_UNREAD : 1),
        pieces: from.pieces + 1,
        words: from.words,
      };
      if (better(skip, best[i + 1])) best[i + 1] = skip;
      for (let end = i + MIN_SPELLED_READING; end <= Math.min(chars.length, i + longest); end++) {
        const said = chars.slice(i, end).join("");
        const read = words.get(said);
        if (!read) continue;
        // (Right after a word, a short one starting with し is する's: かんりょうしない is 完了しない, no 市内;
        // けいぞくしている no 指定 — review.)
        if (SURU.test(said) && endOf(from) === i) continue;
        const next: Reading = {
          unread: from.unread,
          pieces: from.pieces + 1,
          words: [...from.words, { at: i, said, read }],
        };
        if (better(next, best[end])) best[end] = next;
      }
    }
    // A reading that ends with a word, the latest that reads enough of the run: what follows it is the question's own
    // ending (…のせいびっていつおわる: って, いつ, おわる), read by what comes before.
    // (Two words at least: one word alone is read as kanaRead reads it, which knows grammar from words. What is unread
    // and spelled is measured up to the last word: the ending after it is the question's own.)
    const reads = (r: Reading) => {
      const read = endOf(r);
      return (
        r.words.length >= 2 &&
        r.unread <= Math.max(MAX_UNREAD, UNREAD_SHARE * read) &&
        kanaOf(r.words) * 2 >= read
      );
    };
    // (The latest that reads so: a word the ending happens to spell — ってまだやってる holds words of the plan's — does
    // not unread the subject before it, ふるさとのうぜい.)
    for (let i = best.length - 1; i >= 0; i--) {
      const r = best[i];
      if (r && endOf(r) === i && reads(r))
        return r.words.filter(({ said, read }) => said !== read).map(({ said, read }) => ({ said, read }));
    }
    return [];
  };
  const kanaAs = (run: string, before = "", after = ""): { said: string; read: string }[] => {
    const read = kanaRead(run, before, after);
    // (The run spelled out wins where it reads more of it: えいがのじぎょう is 映画 and 事業, not 事業 alone.)
    const spelled = spelledOut(run, before);
    return kanaOf(spelled) > kanaOf(read) ? spelled : read;
  };
  const kanaRead = (run: string, before = "", after = ""): { said: string; read: string }[] => {
    // The run as kuromoji reads it between the few characters typed around it: where its words start and end. A word
    // starts where the word before it is no verb, adjective or auxiliary, whose ending the kana would be (ないように
    // after 来); and it ends where one of the run's words does, or before a particle (じゅうみんひょうの, read as
    // じ + ゅうみんひょうの).
    const chars = [...run];
    // (Most runs are the question's own grammar, holding no reading at all: they cost no analysis.)
    if (!holdsAReading(chars)) return [];
    const lead = [...before].slice(-KANA_CONTEXT).join("");
    const trail = [...after].slice(0, KANA_CONTEXT).join("");
    /** Where a word may start → whether the analyzer's word there inflects. */
    const starts = new Map<number, boolean>();
    const ends = new Set<number>();
    let at = -[...lead].length;
    let inflects = false;
    // (Whether a word typed before the run goes on into it — 古い of エアコンが古いっていう: the run starts inside that
    // word, its ending, and no word of kana starts there — probe 350 had read いってい as 一定.)
    let startsInsideAWord = false;
    for (const piece of analyzer.pieces(`${lead}${run}${trail}`)) {
      if (at >= 0 && at < chars.length && !inflects)
        starts.set(at, piece.inflects === true && [...piece.surface].length > 1);
      const length = [...piece.surface].length;
      if (at < 0 && at + length > 0) startsInsideAWord = true;
      at += length;
      if (at > 0) ends.add(at);
      inflects = piece.inflects === true;
    }
    for (let start = 0; start <= chars.length - MIN_BOUNDED_READING; start++) {
      const startsInflecting = starts.get(start);
      // Where a word of kana starts however kuromoji reads it: the run's start, or after one particle (空調のかいしゅう;
      // R4にかいしゅうする, read か + いしゅう + する) — or after a particle further in, where the word ends the run or a
      // particle follows it (向けのけんしゅうの, which kuromoji reads 向け + のけん + しゅう).
      const afterParticle = start > 0 && LEADING_PARTICLE.test(chars[start - 1] ?? "");
      const runStart = (start === 0 && !startsInsideAWord) || (start === 1 && afterParticle);
      if (startsInflecting === undefined && !runStart && !afterParticle) continue;
      for (let end = Math.min(chars.length, start + longestKana); end - start >= MIN_BOUNDED_READING; end--) {
        const kana = chars.slice(start, end).join("");
        // (A run right after a word in kanji starts with that word's ending: 聞きたい is no 期待.)
        const standsAlone =
          ((start === 0 && !WORD_BEFORE_KANA.test(before)) || afterParticle) &&
          (end === chars.length || WORD_NEXT.test(chars.slice(end, end + 2).join("")));
        const word =
          end - start >= MIN_KANA_READING
            ? byKana.get(kana)
            : standsAlone && !startsInflecting
              ? shortKana.get(kana)
              : undefined;
        if (!word) continue;
        // (…よう before です, だ, に or な is the auxiliary 様 — ないようです, しないように — not a word ending so: 内容; so is
        // ない after が, も or は, the adjective of a thing there is none of: ミスがないよう確認する — review.)
        if (kana.endsWith("よう") && SAID_LIKE.test(chars.slice(end, end + 2).join(""))) continue;
        // (…かどう before か is whether — 載っているのかどうか — no 稼働: probe 472.)
        if (kana.endsWith("かどう") && chars[end] === "か") continue;
        const charBefore = start > 0 ? chars[start - 1] : [...before].at(-1);
        if (kana.startsWith("ない") && /^[がもは]$/.test(charBefore ?? "")) continue;
        // Kana the analyzer reads as nouns the plan has are those words already (the verbs it makes of kana it cannot
        // read say nothing: なんけん, read なん + けん, is 何件); kana it reads as no word at all, from a verb or an
        // adjective of its own on, are the question's own grammar (ないようです: ない + よう).
        const analysed = analyzer.analyze(kana).filter((t) => t.base);
        const nouns = analysed.filter((t) => !t.predicate).map((t) => t.term);
        const asAWord =
          startsInflecting !== undefined &&
          (ends.has(end) || WORD_NEXT.test(chars.slice(end, end + 2).join(""))) &&
          !(nouns.length > 0 && nouns.every(ownTextHolds)) &&
          !(startsInflecting && analysed.length === 0);
        // At the run's start, kana the analyzer reads into some word the plan lacks (か + いしゅう) are that word too.
        // (Three kana that are a form of する are the question's own grammar: ようにしないか is no 市内.)
        if (end - start < MIN_KANA_READING && SURU.test(kana)) continue;
        const atRunStart = (runStart || standsAlone) && analysed.some((t) => !ownTextHolds(t.term));
        if (!asAWord && !atRunStart) break;
        // The rest is read again after the word in kanji: kuromoji reads kana it cannot read as one piece to the end
        // (こうざふりかえのしんせい: こう + ざふりかえのしんせい), where no word of it seemed to start.
        const rest = chars.slice(end).join("");
        const read = `${before}${chars.slice(0, start).join("")}${word}`;
        return [{ said: kana, read: word }, ...(rest === "" ? [] : kanaAs(rest, read, after))];
      }
    }
    return [];
  };
  return {
    search,
    matchInitiatives,
    pieces: (text) => analyzer.pieces(text),
    nameTerms,
    ownTerms,
    soundsAs,
    oneKanjiOff,
    spelledAs,
    kanaAs,
  };
}
