// Scores answers against evaluation questions, as ../shared/eval/README.md defines: top-1 and recall@5
// for topic and paraphrase questions, exact-set accuracy for exact ones. Pure: answers in, figures out.
import { z } from "zod";

export const EvalQuestion = z.object({
  q: z.string(),
  kind: z.enum(["topic", "paraphrase", "exact"]),
  rel: z.array(z.string()),
  primary: z.array(z.string()).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0)
    .map((l) => EvalQuestion.parse(JSON.parse(l)));
}

export interface KindScore {
  kind: string;
  count: number;
  top1: number | null;
  recall5: number | null;
  exact: number | null;
}

export interface Miss {
  q: string;
  kind: string;
  got: string[];
  want: string[];
}

/** `ranked[i]` holds the project keys (`7-2#17`) returned for `questions[i]`, best first. */
export function score(
  questions: readonly EvalQuestion[],
  ranked: readonly string[][],
): { kinds: KindScore[]; misses: Miss[] } {
  const byKind = new Map<string, { n: number; top1: number; recall: number; exact: number }>();
  const misses: Miss[] = [];
  questions.forEach((question, i) => {
    const got = ranked[i] ?? [];
    const s = byKind.get(question.kind) ?? { n: 0, top1: 0, recall: 0, exact: 0 };
    s.n += 1;
    if (question.kind === "exact") {
      const same = got.length === question.rel.length && question.rel.every((r) => got.includes(r));
      if (same) s.exact += 1;
      else misses.push({ q: question.q, kind: question.kind, got, want: question.rel });
    } else {
      const first = got[0];
      const hit = first !== undefined && (question.primary ?? question.rel).includes(first);
      const depth = Math.max(5, question.rel.length);
      const found = question.rel.filter((r) => got.slice(0, depth).includes(r)).length;
      s.top1 += hit ? 1 : 0;
      s.recall += question.rel.length === 0 ? 1 : found / question.rel.length;
      if (!hit || found < question.rel.length)
        misses.push({ q: question.q, kind: question.kind, got: got.slice(0, 5), want: question.rel });
    }
    byKind.set(question.kind, s);
  });
  const kinds = [...byKind.entries()].map(([kind, s]) => ({
    kind,
    count: s.n,
    top1: kind === "exact" ? null : s.top1 / s.n,
    recall5: kind === "exact" ? null : s.recall / s.n,
    exact: kind === "exact" ? s.exact / s.n : null,
  }));
  return { kinds, misses };
}
