// An order asked for the list (probe 398): 「完了する事業を完了年度の早い順に並べてください」「情報システム課の事業を終わるのが
// 早い順に並べて」「R3に新規の事業を終わる順に」 — by the year each project ends (its 完了, or where its listing stops) or
// starts (its first listed year), earliest first unless 遅い is said. The words were searched (順, 並べ), the list emptied
// or left in the plan's order. Understanding drops them (see written.ts); this orders what was answered. Pure.
import type { Project, YearKey } from "../plan/schema.js";
import type { Answer } from "./answer.js";
import { SORT_ASKED } from "./understand/written.js";

/** The year a project ends in the plan: its 完了 or 新規完了, else the last year it is listed (undefined: none). */
function endOf(project: Project, years: readonly YearKey[]): number {
  const ended = years.find((y) => /完了/.test(project.directions[y] ?? ""));
  const last = ended ?? years.filter((y) => project.directions[y]).at(-1);
  return last === undefined ? Number.POSITIVE_INFINITY : years.indexOf(last);
}
/** The year a project starts in the plan: its first listed year. */
function startOf(project: Project, years: readonly YearKey[]): number {
  const first = years.find((y) => project.directions[y]);
  return first === undefined ? Number.POSITIVE_INFINITY : years.indexOf(first);
}

/**
 * The answer with the projects it answers in the order the question asks (see SORT_ASKED), said in a note; ties and the
 * projects shown only as related keep their place. Any other answer as it is.
 */
export function withSortAsked(question: string, answer: Answer, years: readonly YearKey[]): Answer {
  const m = SORT_ASKED.exec(question.normalize("NFKC"));
  if (m === null || answer.answered < 2) return answer;
  const byEnd = m[1] !== undefined;
  const latest = m[3] === "遅い" || m[3] === "おそい";
  const key = (p: Project) => (byEnd ? endOf(p, years) : startOf(p, years));
  const answered = answer.projects
    .slice(0, answer.answered)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (latest ? key(b.p) - key(a.p) : key(a.p) - key(b.p)) || a.i - b.i)
    .map(({ p }) => p);
  const note = `${byEnd ? "完了（または計画への記載が終わる）年度" : "計画に載った年度"}の${latest ? "遅い" : "早い"}順に並べています。`;
  return {
    ...answer,
    projects: [...answered, ...answer.projects.slice(answer.answered)],
    notes: [...answer.notes, note],
  };
}
