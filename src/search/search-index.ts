// The plan's search index: FlexSearch finds candidates (word and character-bigram indexes, both with our
// own encoders), BM25F ranks them with field weights, and a coverage test keeps out projects that share
// only a word or two with the question.
import { Index } from "flexsearch";
import type { Plan, Project } from "../plan/schema.js";
import type { Analyzer } from "./analyzer.js";
import {
  bm25f,
  type CorpusStats,
  corpusStats,
  type FieldStats,
  fieldStats,
  idf,
  type WeightedTerm,
} from "./bm25.js";
import { bigrams } from "./normalize.js";

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
/**
 * How many candidates each FlexSearch index may return (FlexSearch orders them by its own relevance):
 * scoring stays bounded as the plan grows, and the seed's 44 projects are all reachable.
 */
export const MAX_CANDIDATES = 200;
/** Weight of the character-bigram score beside the word score. */
export const BIGRAM_WEIGHT = 0.15;

export interface SearchHit {
  project: Project;
  score: number;
  coverage: number;
}

interface IndexedDoc {
  project: Project;
  words: Record<FieldName, FieldStats>;
  grams: Record<FieldName, FieldStats>;
  allWords: ReadonlySet<string>;
  allGrams: ReadonlySet<string>;
}

export interface SearchIndex {
  search(question: string, options?: { limit?: number }): SearchHit[];
  /** Terms the analyzer keeps from a question: empty when it says nothing searchable. */
  queryTerms(question: string): string[];
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

export function buildSearchIndex(plan: Plan, analyzer: Analyzer): SearchIndex {
  const encoded = new Map<string, string[]>();
  const encodeWords = (text: string) => encoded.get(text) ?? analyzer.terms(text);
  const wordIndex = new Index({ encode: encodeWords, tokenize: "strict" });
  const gramIndex = new Index({ encode: bigrams, tokenize: "strict" });

  const docs: IndexedDoc[] = plan.projects.map((project, id) => {
    const texts = fieldTexts(plan, project);
    const words = {} as Record<FieldName, FieldStats>;
    const grams = {} as Record<FieldName, FieldStats>;
    const wordList: string[] = [];
    const gramList: string[] = [];
    for (const field of FIELDS) {
      const terms = analyzer.terms(texts[field]);
      const fieldGrams = bigrams(texts[field]);
      words[field] = fieldStats(terms);
      grams[field] = fieldStats(fieldGrams);
      wordList.push(...terms);
      gramList.push(...fieldGrams);
    }
    const all = FIELDS.map((f) => texts[f]).join("\n");
    encoded.set(all, wordList);
    wordIndex.add(id, all);
    gramIndex.add(id, all);
    encoded.delete(all);
    return { project, words, grams, allWords: new Set(wordList), allGrams: new Set(gramList) };
  });
  const wordCorpus: CorpusStats = corpusStats(docs.map((d) => d.words));
  const gramCorpus: CorpusStats = corpusStats(docs.map((d) => d.grams));

  const coverage = (terms: readonly string[], has: ReadonlySet<string>, corpus: CorpusStats): number => {
    let total = 0;
    let found = 0;
    for (const term of new Set(terms)) {
      const weight = idf(corpus.documents, corpus.df.get(term) ?? 0);
      total += weight;
      if (has.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  };

  const queryTerms = (question: string) => analyzer.analyze(question).map((t) => t.term);

  const search = (question: string, options: { limit?: number } = {}): SearchHit[] => {
    const analyzed = analyzer.analyze(question);
    const baseTerms = [...new Set(analyzed.filter((t) => t.base).map((t) => t.term))];
    if (baseTerms.length === 0) return [];
    const weighted: WeightedTerm[] = [...new Set(analyzed.map((t) => t.term))].map((term) => ({
      term,
      weight: 1,
    }));
    // Bigrams of the kept terms only: particles and question words must not match by their characters.
    const queryGrams = [...new Set(baseTerms.flatMap((t) => bigrams(t)))];
    const gramQuery: WeightedTerm[] = queryGrams.map((term) => ({ term, weight: 1 }));

    const termText = weighted.map((t) => t.term).join(" ");
    encoded.set(
      termText,
      weighted.map((t) => t.term),
    );
    const candidates = new Set<number>(
      wordIndex.search(termText, { suggest: true, limit: MAX_CANDIDATES }) as number[],
    );
    encoded.delete(termText);
    for (const id of gramIndex.search(queryGrams.join(" "), {
      suggest: true,
      limit: MAX_CANDIDATES,
    }) as number[]) {
      candidates.add(id);
    }

    const hits: SearchHit[] = [];
    for (const id of candidates) {
      const doc = docs[id];
      if (!doc) continue;
      const cover = Math.max(
        coverage(baseTerms, doc.allWords, wordCorpus),
        // Bigrams rescue words kuromoji splits badly, but must cover the question more fully to count.
        coverage(queryGrams, doc.allGrams, gramCorpus) * 0.9,
      );
      if (cover < MIN_RELATED_COVERAGE) continue;
      const score =
        bm25f(weighted, doc.words, FIELD_WEIGHTS, wordCorpus) +
        BIGRAM_WEIGHT * bm25f(gramQuery, doc.grams, FIELD_WEIGHTS, gramCorpus);
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

  return { search, queryTerms };
}
