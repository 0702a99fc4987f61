// Scores answers against evaluation questions, as ../shared/eval/README.md defines: top-1 and recall@5
// for topic and paraphrase questions, exact-set accuracy for exact ones. Pure: answers in, figures out.
import { basename, dirname, resolve } from "node:path";
import { z } from "zod";
import { type Answer, shownProjects } from "../answer/answer.js";
import { projectKey } from "../plan/schema.js";

export const EvalQuestion = z.object({
  q: z.string(),
  kind: z.enum(["topic", "paraphrase", "exact"]),
  rel: z.array(z.string()),
  primary: z.array(z.string()).optional(),
  /** How the question is written (everyday, polite-long, fragment, casual, plan-words, exact): for reports. */
  style: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

/**
 * What an answer returns for scoring: for a ranked question, every project shown, best first; for an exact one,
 * the projects it gives as answers (該当) — related projects shown beside 「該当 0件」 are not a claimed answer.
 */
export function returnedKeys(question: EvalQuestion, answer: Answer): string[] {
  const shown = question.kind === "exact" ? answer.projects.slice(0, answer.answered) : shownProjects(answer);
  return shown.map(projectKey);
}

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

/** One set's figures in three numbers: ranked questions (topic + paraphrase) and exact ones. */
export interface Summary {
  ranked: number;
  top1: number | null;
  recall5: number | null;
  exactCount: number;
  exactRight: number;
}

interface Tally {
  n: number;
  top1: number;
  recall: number;
  exact: number;
}

function judge(question: EvalQuestion, got: readonly string[]) {
  if (question.kind === "exact") {
    const right = got.length === question.rel.length && question.rel.every((r) => got.includes(r));
    return { top1: 0, recall: 0, exact: right ? 1 : 0, miss: !right };
  }
  const first = got[0];
  const hit = first !== undefined && (question.primary ?? question.rel).includes(first);
  const depth = Math.max(5, question.rel.length);
  const found = question.rel.filter((r) => got.slice(0, depth).includes(r)).length;
  const recall = question.rel.length === 0 ? 1 : found / question.rel.length;
  return { top1: hit ? 1 : 0, recall, exact: 0, miss: !hit || found < question.rel.length };
}

const ratios = (kind: string, s: Tally): KindScore => ({
  kind,
  count: s.n,
  top1: kind === "exact" ? null : s.top1 / s.n,
  recall5: kind === "exact" ? null : s.recall / s.n,
  exact: kind === "exact" ? s.exact / s.n : null,
});

function summarise(items: readonly { question: EvalQuestion; verdict: ReturnType<typeof judge> }[]): Summary {
  const ranked = items.filter((i) => i.question.kind !== "exact");
  const exact = items.filter((i) => i.question.kind === "exact");
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    ranked: ranked.length,
    top1: mean(ranked.map((i) => i.verdict.top1)),
    recall5: mean(ranked.map((i) => i.verdict.recall)),
    exactCount: exact.length,
    exactRight: exact.filter((i) => i.verdict.exact === 1).length,
  };
}

/** `ranked[i]` holds the project keys (`7-2#17`) returned for `questions[i]`, best first. */
export function score(
  questions: readonly EvalQuestion[],
  ranked: readonly string[][],
): { kinds: KindScore[]; styles: [string, Summary][]; summary: Summary; misses: Miss[] } {
  const byKind = new Map<string, Tally>();
  const misses: Miss[] = [];
  const judged = questions.map((question, i) => {
    const got = ranked[i] ?? [];
    const verdict = judge(question, got);
    const s = byKind.get(question.kind) ?? { n: 0, top1: 0, recall: 0, exact: 0 };
    s.n += 1;
    s.top1 += verdict.top1;
    s.recall += verdict.recall;
    s.exact += verdict.exact;
    byKind.set(question.kind, s);
    if (verdict.miss)
      misses.push({
        q: question.q,
        kind: question.kind,
        got: question.kind === "exact" ? [...got] : got.slice(0, 5),
        want: question.rel,
      });
    return { question, verdict };
  });
  const styles = [...new Set(questions.flatMap((q) => (q.style === undefined ? [] : [q.style])))];
  return {
    kinds: [...byKind.entries()].map(([kind, s]) => ratios(kind, s)),
    styles: styles.map((style) => [style, summarise(judged.filter((j) => j.question.style === style))]),
    summary: summarise(judged),
    misses,
  };
}

/** Where `ours` falls below `theirs`, in words: one phrase per figure, none when nowhere. */
export function belowBaseline(ours: Summary, theirs: Summary): string[] {
  const out: string[] = [];
  const cmp = (name: string, a: number | null, b: number | null) => {
    if (a !== null && b !== null && a < b - 1e-9)
      out.push(`${name} ${(a * 100).toFixed(1)}% < bigram ${(b * 100).toFixed(1)}%`);
  };
  cmp("top-1", ours.top1, theirs.top1);
  cmp("recall@5", ours.recall5, theirs.recall5);
  if (ours.exactRight < theirs.exactRight)
    out.push(
      `exact ${ours.exactRight}/${ours.exactCount} < bigram ${theirs.exactRight}/${theirs.exactCount}`,
    );
  return out;
}

/**
 * One line on a set beside the baseline: as a whole, and each style of question (everyday, polite_long…) where
 * plan-bot is below it even when the whole is not — a set's average must not hide the kind of question it fails.
 */
export function verdict(
  name: string,
  ours: { summary: Summary; styles: [string, Summary][] },
  theirs: { summary: Summary; styles: [string, Summary][] },
): string {
  const below = belowBaseline(ours.summary, theirs.summary);
  const theirStyles = new Map(theirs.styles);
  const styles = ours.styles.flatMap(([style, s]) => {
    const t = theirStyles.get(style);
    const under = t ? belowBaseline(s, t) : [];
    return under.length > 0 ? [`${style} ${under.join(", ")}`] : [];
  });
  const whole =
    below.length === 0
      ? `${name}: at or above the bigram baseline`
      : `${name}: BELOW the bigram baseline: ${below.join("; ")}`;
  return styles.length === 0 ? whole : `${whole}; BELOW it by style: ${styles.join("; ")}`;
}

/**
 * Whether a set's misses may be printed: a tuned set's (named in `tuned`), or, when `--misses` asks for them
 * (`asked`), those of a file of one's own outside the fixtures folder. A fixture listed nowhere yet — a blind set
 * just arrived — is never mined, by default; nor is a set named in `neverMined` wherever its file lies; nor a file
 * outside the fixtures merely scored by its path (a blind set scored from its writer's folder before its name is
 * listed: printing its misses there spoilt one, and showed one line of another).
 */
export function mayPrintMisses(
  file: string,
  fixtures: string,
  tuned: readonly string[],
  neverMined: readonly string[],
  asked: boolean,
): boolean {
  const path = resolve(file);
  const name = basename(path, ".jsonl");
  if (neverMined.includes(name)) return false;
  return dirname(path) === resolve(fixtures) ? tuned.includes(name) : asked;
}
