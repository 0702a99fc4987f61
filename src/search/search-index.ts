// The plan's search index: FlexSearch finds candidates (word and character-bigram indexes, both with our
// own encoders), BM25F ranks them with field weights, and a coverage test keeps out projects that share
// only a word or two with the question.
import { Index } from "flexsearch";
import type { Plan, Project } from "../plan/schema.js";
import type { AnalyzedTerm, Analyzer } from "./analyzer.js";
import {
  corpusStats,
  type FieldStats,
  fieldStats,
  pseudoFrequencies,
  saturate,
  type WeightedTerm,
  weighQuery,
} from "./bm25.js";
import { bigrams } from "./normalize.js";
import { findTerm, type PackedTerms, packTerms, Vocabulary } from "./packed-terms.js";

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
export const MIN_RELATED_COVERAGE = 0.25;
/** A question's word found only in the project's policy text counts this much towards coverage. */
export const POLICY_COVERAGE = 0.4;
/**
 * A verb or adjective the plan never uses (開ける, 伝える, 逃げる) weighs this much of its idf: it says what
 * is done, and staff say it in their own words. A noun the plan never uses keeps its full weight, so that
 * a question about something the plan does not cover (ごみの収集) is still answered "none".
 */
export const UNSEEN_PREDICATE_WEIGHT = 0.25;
/** How many documents each query term (or bigram) may bring as candidates, and how many are enough. */
export const CANDIDATES_PER_TERM = 32;
export const CANDIDATES_PER_BIGRAM = 8;
export const MAX_CANDIDATES = 32;
/** Weight of the character-bigram score beside the word score. */
export const BIGRAM_WEIGHT = 0.15;

export interface SearchHit {
  project: Project;
  score: number;
  coverage: number;
  /** It holds enough of the question to be an answer (MIN_COVERAGE), not only related to it. */
  answers: boolean;
}

/** A query term by its vocabulary id (-1: in no project), with its idf-folded weight. */
interface IdTerm {
  id: number;
  weight: number;
  /** Counts towards coverage (a word asked for, not a compound built for ranking). */
  base: boolean;
}

/** What a query needs of a project: packed BM25F pseudo-frequencies of its words and bigrams. */
interface IndexedDoc {
  project: Project;
  /** Flagged: terms found only in the policy's own text, context that counts for less coverage. */
  words: PackedTerms;
  grams: PackedTerms;
}

export interface SearchIndex {
  search(question: string, options?: { limit?: number }): SearchHit[];
  /** Initiatives whose title covers the question: for questions about an initiative with no projects. */
  matchInitiatives(question: string): string[];
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
 * (what FlexSearch indexes), and each initiative title's terms.
 */
export interface IndexState {
  vocabulary: string[];
  documents: number;
  wordDf: [string, number][];
  gramDf: [string, number][];
  docs: { words: PackedData; grams: PackedData; wordTerms: string[]; gramTerms: string[] }[];
  initiatives: { code: string; terms: string[] }[];
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

/** Analyses every text of the plan once (field texts repeat across projects: the policy's text, titles). */
export function analysePlan(plan: Plan, analyse: (text: string) => string[]): IndexState {
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
  const docs = fields.map((d) => {
    const own = new Set(
      FIELDS.filter((f) => f !== "policy").flatMap((f) => [...d.words[f].tf.keys(), ...d.grams[f].tf.keys()]),
    );
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
  return {
    vocabulary: vocabulary.terms(),
    documents: plan.projects.length,
    wordDf: [...wordCorpus.df],
    gramDf: [...gramCorpus.df],
    docs,
    initiatives: plan.policies.flatMap((p) =>
      p.initiatives.map((i) => ({ code: i.code, terms: memo(termsByText, i.title, analyse) })),
    ),
  };
}

/** Builds the index from scratch: analysis, then the searchable structures. */
export function buildSearchIndex(plan: Plan, analyzer: Analyzer): SearchIndex {
  return openSearchIndex(plan, analysePlan(plan, analyzer.terms), analyzer);
}

/** The searchable index over an analysed plan (fresh or from the cache); `analyzer` reads the questions. */
export function openSearchIndex(plan: Plan, state: IndexState, analyzer: Analyzer): SearchIndex {
  if (state.docs.length !== plan.projects.length) throw new Error("index state does not match the plan");
  const vocabulary = Vocabulary.from(state.vocabulary);
  const wordCorpus = { documents: state.documents, df: new Map(state.wordDf) };
  const gramCorpus = { documents: state.documents, df: new Map(state.gramDf) };
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
    return { project: plan.projects[id] as Project, words: fromData(d.words), grams: fromData(d.grams) };
  });

  /**
   * One pass of a query over a document: its BM25F score, and the share of the query's idf mass the document
   * holds (its coverage). `query` comes from `weighQuery` through `withIds`.
   */
  const evaluate = (query: readonly IdTerm[], packed: PackedTerms) => {
    let score = 0;
    let total = 0;
    let found = 0;
    for (const { id, weight, base } of query) {
      if (base) total += weight;
      const at = id < 0 ? -1 : findTerm(packed, id);
      if (at < 0) continue;
      score += weight * saturate(packed.values[at] as number);
      if (base) found += packed.flags[at] ? weight * POLICY_COVERAGE : weight;
    }
    return { score, coverage: total === 0 ? 0 : found / total };
  };
  const withIds = (query: readonly WeightedTerm[], base: ReadonlySet<string> | null): IdTerm[] =>
    query.map(({ term, weight }) => ({
      id: vocabulary.id(term),
      weight,
      base: base === null || base.has(term),
    }));

  /** The words a question asks for (not compounds), once each. */
  const baseTermsOf = (analyzed: readonly AnalyzedTerm[]) => [
    ...new Set(analyzed.filter((t) => t.base).map((t) => t.term)),
  ];

  const search = (question: string, options: { limit?: number } = {}): SearchHit[] => {
    const analyzed = analyzer.analyze(question);
    const baseTerms = baseTermsOf(analyzed);
    if (baseTerms.length === 0) return [];
    const allTerms = [...new Set(analyzed.map((t) => t.term))];
    // Bigrams of the kept terms only: particles and question words must not match by their characters.
    const queryGrams = [...new Set(baseTerms.flatMap((t) => bigrams(t)))];
    const unseenPredicates = new Set(
      analyzed.filter((t) => t.predicate && !wordCorpus.df.get(t.term)).map((t) => t.term),
    );
    const unit = (term: string) => ({
      term,
      weight: unseenPredicates.has(term) ? UNSEEN_PREDICATE_WEIGHT : 1,
    });
    // A bigram weighs as much as the most weighty term it comes from.
    const gramUnit = new Map<string, number>();
    for (const term of baseTerms) {
      for (const gram of bigrams(term))
        gramUnit.set(gram, Math.max(gramUnit.get(gram) ?? 0, unit(term).weight));
    }
    const wordQuery = weighQuery(allTerms.map(unit), wordCorpus);
    const gramQuery = weighQuery(
      queryGrams.map((gram) => ({ term: gram, weight: gramUnit.get(gram) ?? 1 })),
      gramCorpus,
    );
    const wordIds = withIds(wordQuery, new Set(baseTerms));
    const gramIds = withIds(gramQuery, null);

    // Candidates: the first postings of each term, rarest terms first, until there are enough (FlexSearch
    // ranks a term's documents by where it stands, and the name comes first). The work per question stays
    // bounded as the plan grows; a plan of the seed's size is searched whole.
    const candidates = new Set<number>();
    const collect = (
      index: Index,
      known: Map<string, string[]>,
      query: readonly WeightedTerm[],
      perTerm: number,
      cap: number,
    ) => {
      for (const { term } of [...query].sort((a, b) => b.weight - a.weight)) {
        if (candidates.size >= cap) break;
        known.set(term, [term]);
        for (const id of index.search(term, { limit: perTerm }) as number[]) candidates.add(id);
        known.delete(term);
      }
    };
    collect(wordIndex, encoded, wordQuery, CANDIDATES_PER_TERM, MAX_CANDIDATES);
    collect(
      gramIndex,
      encodedGrams,
      gramQuery,
      CANDIDATES_PER_BIGRAM,
      MAX_CANDIDATES + CANDIDATES_PER_BIGRAM * 4,
    );

    const hits: SearchHit[] = [];
    for (const id of candidates) {
      const doc = docs[id];
      if (!doc) continue;
      const words = evaluate(wordIds, doc.words);
      const grams = evaluate(gramIds, doc.grams);
      // Bigrams rescue words kuromoji splits badly, but must cover the question more fully to count.
      const cover = Math.max(words.coverage, grams.coverage * 0.9);
      if (cover < MIN_RELATED_COVERAGE) continue;
      const score = words.score + BIGRAM_WEIGHT * grams.score;
      hits.push({
        project: doc.project,
        score: score * cover,
        coverage: cover,
        answers: cover >= MIN_COVERAGE,
      });
    }
    if (!hits.some((h) => h.answers)) return [];
    // Answers first, then related projects: a partial match never outranks one that covers the question.
    const tier = (h: SearchHit) => (h.answers ? 0 : 1);
    hits.sort(
      (a, b) => tier(a) - tier(b) || b.score - a.score || a.project.source.line - b.project.source.line,
    );
    return hits.slice(0, options.limit ?? 10);
  };

  const initiativeTerms = state.initiatives.map((i) => ({ code: i.code, terms: new Set(i.terms) }));
  const matchInitiatives = (question: string): string[] => {
    const base = baseTermsOf(analyzer.analyze(question));
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

  return { search, matchInitiatives };
}
