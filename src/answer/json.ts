// The answer as JSON for scripts and the evaluation: the project fields staff need, nothing internal.
import type { Project } from "../plan/schema.js";
import { type Answer, type Match, matchOf, shownProjects } from "./answer.js";
import { conditionParts } from "./render-text.js";

export interface ProjectJson {
  policy: string;
  no: number;
  initiative: string;
  name: string;
  department: string;
  purpose: string;
  content: string;
  directions: Project["directions"];
  match?: Match;
}

export const projectJson = (p: Project): ProjectJson => ({
  policy: p.policy,
  no: p.no,
  initiative: p.initiative,
  name: p.name,
  department: p.department,
  purpose: p.purpose,
  content: p.content,
  directions: p.directions,
});

export function answerJson(a: Answer) {
  return {
    query: a.query,
    intent: a.intent,
    /**
     * How many of `projects`, from the first, are 該当 (match exact or strong); the rest (partial) are 関連する可能性, or
     * the projects named in a line under a note of none (「質問の事業:」 below a いいえ): shown, not answers.
     */
    answered: a.answered,
    projects: shownProjects(a).map((p, i) => ({ ...projectJson(p), match: matchOf(a, i) })),
    /** How the question was read (the 条件 line's parts): 施策7-2, 令和4年度（R4）, 完了・新規完了, 人事課. */
    conditions: conditionParts(a),
    missingTerms: a.missingTerms,
    searchedWords: a.searchedWords,
    notes: a.notes,
  };
}
