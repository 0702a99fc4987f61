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
 * BM25F: each field's term frequency is length-normalised and weighted, summed into one pseudo-frequency,
 * then saturated once, so a term repeated across fields is not counted as many independent matches.
 */
export function bm25f(
  query: readonly WeightedTerm[],
  fields: Readonly<Record<string, FieldStats>>,
  fieldWeights: Readonly<Record<string, number>>,
  corpus: CorpusStats,
  params: Bm25Params = DEFAULT_BM25,
): number {
  let score = 0;
  for (const { term, weight } of query) {
    let pseudoTf = 0;
    for (const [name, field] of Object.entries(fields)) {
      const tf = field.tf.get(term);
      if (!tf) continue;
      const average = corpus.averageLength[name] || 1;
      pseudoTf += ((fieldWeights[name] ?? 1) * tf) / (1 - params.b + (params.b * field.length) / average);
    }
    if (pseudoTf === 0) continue;
    score +=
      weight *
      idf(corpus.documents, corpus.df.get(term) ?? 0) *
      ((pseudoTf * (params.k1 + 1)) / (params.k1 + pseudoTf));
  }
  return score;
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
