// The reference the evaluation compares against: plain character-bigram BM25 over each project's whole
// text, with no query understanding, no dictionary and no field weights.
import type { Plan, Project } from "../plan/schema.js";
import { bm25f, corpusStats, fieldStats } from "./bm25.js";
import { bigrams } from "./normalize.js";

export function buildBigramBaseline(plan: Plan): (question: string) => Project[] {
  const docs = plan.projects.map((p) => ({
    project: p,
    fields: { all: fieldStats(bigrams([p.name, p.department, p.purpose, p.content].join("\n"))) },
  }));
  const corpus = corpusStats(docs.map((d) => d.fields));
  return (question) => {
    const query = [...new Set(bigrams(question))].map((term) => ({ term, weight: 1 }));
    return docs
      .map((d) => ({ project: d.project, score: bm25f(query, d.fields, { all: 1 }, corpus) }))
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((h) => h.project);
  };
}
