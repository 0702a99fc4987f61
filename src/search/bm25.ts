// BM25F scoring as pure functions, apart from any index: term statistics in, a score out.

export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** One field of one document: term → frequency, and the field's length in terms. */
export interface FieldStats {
  tf: ReadonlyMap<string, number>;
  length: number;
}

export interface CorpusStats {
  documents: number;
  /** Number of documents containing the term in any field. */
  df: ReadonlyMap<string, number>;
  /** Average length of each field. */
  averageLength: Readonly<Record<string, number>>;
}

/** Robertson–Spärck Jones idf, floored at zero by the +1 (Lucene's form). */
export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

/**
 * BM25F's first half, which does not depend on the query: each field's term frequency is length-normalised
 * and weighted, and the fields are summed into one pseudo-frequency per term. Computed once per document.
 */
export function pseudoFrequencies(
  fields: Readonly<Record<string, FieldStats>>,
  fieldWeights: Readonly<Record<string, number>>,
  corpus: CorpusStats,
  params: Bm25Params = DEFAULT_BM25,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, field] of Object.entries(fields)) {
    const norm =
      (fieldWeights[name] ?? 1) /
      (1 - params.b + (params.b * field.length) / (corpus.averageLength[name] || 1));
    for (const [term, tf] of field.tf) out.set(term, (out.get(term) ?? 0) + tf * norm);
  }
  return out;
}

/** Query terms with their idf folded into the weight: computed once per query, not once per document. */
export function weighQuery(
  query: readonly WeightedTerm[],
  corpus: Pick<CorpusStats, "documents" | "df">,
): WeightedTerm[] {
  return query.map(({ term, weight }) => ({
    term,
    weight: weight * idf(corpus.documents, corpus.df.get(term) ?? 0),
  }));
}

/**
 * BM25F's second half: the pseudo-frequency is saturated once per term, so a term repeated across fields is
 * not counted as many independent matches. `query` comes from `weighQuery`.
 */
export function bm25fScore(
  query: readonly WeightedTerm[],
  pseudoTf: ReadonlyMap<string, number>,
  params: Bm25Params = DEFAULT_BM25,
): number {
  let score = 0;
  for (const { term, weight } of query) {
    const tf = pseudoTf.get(term);
    if (tf) score += weight * saturate(tf, params);
  }
  return score;
}

/** BM25's term-frequency saturation: grows with tf, never past k1 + 1. */
export function saturate(tf: number, params: Bm25Params = DEFAULT_BM25): number {
  return (tf * (params.k1 + 1)) / (params.k1 + tf);
}

/** BM25F in one call (both halves). */
export function bm25f(
  query: readonly WeightedTerm[],
  fields: Readonly<Record<string, FieldStats>>,
  fieldWeights: Readonly<Record<string, number>>,
  corpus: CorpusStats,
  params: Bm25Params = DEFAULT_BM25,
): number {
  return bm25fScore(
    weighQuery(query, corpus),
    pseudoFrequencies(fields, fieldWeights, corpus, params),
    params,
  );
}

export function fieldStats(terms: readonly string[]): FieldStats {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  return { tf, length: terms.length };
}

/** Corpus statistics over documents made of named fields. */
export function corpusStats(documents: readonly Readonly<Record<string, FieldStats>>[]): CorpusStats {
  const df = new Map<string, number>();
  const totals: Record<string, number> = {};
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const [name, field] of Object.entries(doc)) {
      totals[name] = (totals[name] ?? 0) + field.length;
      for (const term of field.tf.keys()) seen.add(term);
    }
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const averageLength = Object.fromEntries(
    Object.entries(totals).map(([name, total]) => [name, total / Math.max(1, documents.length)]),
  );
  return { documents: documents.length, df, averageLength };
}
