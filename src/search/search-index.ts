// The plan's search index: FlexSearch finds candidates (word and character-bigram indexes, both with our
// own encoders), BM25F ranks them with field weights, and a coverage test keeps out projects that share
// only a word or two with the question.
import { Index } from "flexsearch";
import type { Plan, Project } from "../plan/schema.js";
import type { Analyzer } from "./analyzer.js";
import {
  type CorpusStats,
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
}

/** What a query needs of a project: BM25F pseudo-frequencies of its words and bigrams (their keys are its terms). */
interface IdTerm {
  id: number;
  weight: number;
  /** Counts towards coverage (a word asked for, not a compound built for ranking). */
  base: boolean;
}

interface IndexedDoc {
  project: Project;
  /** Flagged: terms found only in the policy's own text, context that counts for less coverage. */
  words: PackedTerms;
  grams: PackedTerms;
}

export interface SearchIndex {
  /** Every field text of the plan with its terms: what a term cache should hold. */
  analysedTexts: ReadonlyMap<string, string[]>;
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

/** Every text the index analyses for a plan (what a term cache must hold to spare the tokenizer). */
export function searchTexts(plan: Plan): string[] {
  const titles = plan.policies.flatMap((p) => p.initiatives.map((i) => i.title));
  return [...new Set([...plan.projects.flatMap((p) => Object.values(fieldTexts(plan, p))), ...titles])];
}

function memo(cache: Map<string, string[]>, text: string, compute: (text: string) => string[]): string[] {
  let value = cache.get(text);
  if (value === undefined) {
    value = compute(text);
    cache.set(text, value);
  }
  return value;
}

export interface BuildOptions {
  /** Terms of field texts analysed before, by text (see term-cache.ts). */
  knownTerms?: ReadonlyMap<string, string[]>;
}

export function buildSearchIndex(plan: Plan, analyzer: Analyzer, options: BuildOptions = {}): SearchIndex {
  // Field texts repeat across projects (the policy's text, initiative titles, departments): analyse each once.
  const termsByText = new Map<string, string[]>();
  const known = options.knownTerms ?? new Map<string, string[]>();
  const analyse = (text: string) => known.get(text) ?? analyzer.terms(text);
  const gramsByText = new Map<string, string[]>();
  // Texts whose terms are already known, so FlexSearch's encoders need not analyse them again: a project's
  // text while it is added, and single query terms (already analysed) while they are looked up.
  const encoded = new Map<string, string[]>();
  const encodeWords = (text: string) => encoded.get(text) ?? analyzer.terms(text);
  const wordIndex = new Index({ encode: encodeWords, tokenize: "strict" });
  const encodedGrams = new Map<string, string[]>();
  const gramIndex = new Index({
    encode: (text: string) => encodedGrams.get(text) ?? bigrams(text),
    tokenize: "strict",
  });

  const vocabulary = new Vocabulary();
  const fields = plan.projects.map((project, id) => {
    const texts = fieldTexts(plan, project);
    const words = {} as Record<FieldName, FieldStats>;
    const grams = {} as Record<FieldName, FieldStats>;
    const wordList: string[] = [];
    for (const field of FIELDS) {
      const terms = memo(termsByText, texts[field], analyse);
      words[field] = fieldStats(terms);
      grams[field] = fieldStats(memo(gramsByText, texts[field], bigrams));
      wordList.push(...terms);
    }
    const all = FIELDS.map((f) => texts[f]).join("\n");
    encoded.set(all, wordList);
    wordIndex.add(id, all);
    gramIndex.add(id, all);
    encoded.delete(all);
    return { project, words, grams };
  });
  const wordCorpus: CorpusStats = corpusStats(fields.map((d) => d.words));
  const gramCorpus: CorpusStats = corpusStats(fields.map((d) => d.grams));
  // The query-independent half of BM25F, once per document; a query then costs one lookup per term.
  // Per-field statistics are dropped afterwards: the pseudo-frequencies are all a query needs.
  const docs: IndexedDoc[] = fields.map((d) => {
    const own = FIELDS.filter((f) => f !== "policy").flatMap((f) => [
      ...d.words[f].tf.keys(),
      ...d.grams[f].tf.keys(),
    ]);
    const ownSet = new Set(own);
    const policyTerms = [...d.words.policy.tf.keys(), ...d.grams.policy.tf.keys()];
    const policyOnly = new Set(policyTerms.filter((t) => !ownSet.has(t)));
    return {
      project: d.project,
      words: packTerms(pseudoFrequencies(d.words, FIELD_WEIGHTS, wordCorpus), policyOnly, vocabulary),
      grams: packTerms(pseudoFrequencies(d.grams, FIELD_WEIGHTS, gramCorpus), policyOnly, vocabulary),
    };
  });

  /**
   * One pass of a query over a document: its BM25F score, and the share of the query's idf mass the document
   * holds (its coverage). `query` comes from `weighQuery`, with term ids.
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

  const search = (question: string, options: { limit?: number } = {}): SearchHit[] => {
    const analyzed = analyzer.analyze(question);
    const baseTerms = [...new Set(analyzed.filter((t) => t.base).map((t) => t.term))];
    if (baseTerms.length === 0) return [];
    const allTerms = [...new Set(analyzed.map((t) => t.term))];
    // Bigrams of the kept terms only: particles and question words must not match by their characters.
    const queryGrams = [...new Set(baseTerms.flatMap((t) => bigrams(t)))];
    const unit = (term: string) => ({ term, weight: 1 });
    const wordQuery = weighQuery(allTerms.map(unit), wordCorpus);
    const gramQuery = weighQuery(queryGrams.map(unit), gramCorpus);
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
      hits.push({ project: doc.project, score: score * cover, coverage: cover });
    }
    if (!hits.some((h) => h.coverage >= MIN_COVERAGE)) return [];
    // Answers first, then related projects: a partial match never outranks one that covers the question.
    const tier = (h: SearchHit) => (h.coverage >= MIN_COVERAGE ? 0 : 1);
    hits.sort(
      (a, b) => tier(a) - tier(b) || b.score - a.score || a.project.source.line - b.project.source.line,
    );
    return hits.slice(0, options.limit ?? 10);
  };

  const initiativeTerms = plan.policies.flatMap((p) =>
    p.initiatives.map((i) => ({ code: i.code, terms: new Set(memo(termsByText, i.title, analyse)) })),
  );
  const matchInitiatives = (question: string): string[] => {
    const base = [
      ...new Set(
        analyzer
          .analyze(question)
          .filter((t) => t.base)
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

  return { search, matchInitiatives, analysedTexts: termsByText };
}
