// Whether every project of a department or a code meets a condition — 「DX推進チームの事業は全部R7まで続く？」「情報システム
// 課の事業はR4で全部終わる？」「人事課の事業は両方とも完了した？」 — answered はい or いいえ first, the ones that do not
// named: shown only those that meet it, the list had read as a yes (probe 120).
import type { Project } from "../plan/schema.js";
import type { Answer } from "./answer.js";
import { saidName } from "./catalog.js";
import { withVerdictFirst } from "./polarity.js";

/** Every one of them, said of the projects asked about: 全部, すべて, どれも, 両方とも, どっちも, 2つとも. */
export const EVERY_ONE =
  /全部|ぜんぶ|すべて|全て|どれも|いずれも|両方とも|どっちも|どちらも|(?:2|２|二|ふた)つとも|みんな/;
/** A yes-or-no asked: a question mark, or a polite question's か at the end — not which (どれ, 何, 教えて). */
export const YES_OR_NO = /(?:[?？]|(?:ます|です|でしょう)か|よね|っけ)\s*[。]?\s*$/;
const WHICH = /どれ(?!も)|どの|何|なに|教えて|ください|一覧/;

/** The plan's projects a structured answer was asked of: its departments' and codes' (none when it names neither). */
function projectsAskedOf(answer: Answer, projects: readonly Project[]): Project[] {
  const { departments } = answer.filters;
  const codes = answer.scopes.filter((s) => s.kind !== "project");
  if (departments.length === 0 && codes.length === 0) return [];
  return projects.filter(
    (p) =>
      (departments.length === 0 ||
        departments.some((d) => p.department === d || p.department.startsWith(d))) &&
      (codes.length === 0 || codes.some((c) => (c.kind === "policy" ? p.policy : p.initiative) === c.code)),
  );
}

/**
 * The answer to whether every project of a department or code meets the conditions asked: はい when all do, いいえ with
 * those that do not, said first in place of any other はい or いいえ. Any other answer as it is. Pure.
 */
export function withEveryOneChecked(question: string, answer: Answer, projects: readonly Project[]): Answer {
  const { years, directions, never, everyYear } = answer.filters;
  // (Not when 全部 was read of the years — every year listed — for then which it meant is not known.)
  const conditioned = years.length + directions.length + never.length > 0 && !everyYear;
  if (!EVERY_ONE.test(question) || !YES_OR_NO.test(question) || WHICH.test(question)) return answer;
  if (conditioned) return checkedAgainst(answer, projectsAskedOf(answer, projects));
  // 「7-7の事業は全部政策企画課？」「市民課の事業は全部7-2？」: a department or a code said after 全部 is the claim, the
  // other before it whose projects are checked (probe 382 had listed 政策企画課's two of 7-7's four, no いいえ).
  const claimed = claimAfterEvery(question, answer);
  return claimed === null ? answer : checkedAgainst(answer, projectsAskedOf(claimed, projects));
}

/**
 * The answer's filters without the department or the code said after 全部 (the claim checked), when the other is said
 * before it: null when the message does not set one against the other so.
 */
function claimAfterEvery(question: string, answer: Answer): Answer | null {
  const every = EVERY_ONE.exec(question);
  const { departments } = answer.filters;
  const codes = answer.scopes.filter((s) => s.kind !== "project");
  if (every === null || departments.length !== 1 || codes.length !== 1) return null;
  const [department = "", code] = [departments[0], codes[0]];
  const after = question.slice(every.index);
  const before = question.slice(0, every.index);
  const codeSaid = (text: string) => code !== undefined && text.includes(code.code);
  if (after.includes(department) && !before.includes(department) && codeSaid(before))
    return { ...answer, filters: { ...answer.filters, departments: [] } };
  if (codeSaid(after) && !codeSaid(before) && before.includes(department))
    return { ...answer, scopes: answer.scopes.filter((s) => s.kind === "project") };
  return null;
}

/**
 * A subject's projects asked of all at once (「Wi-Fiの事業って全部完了した？」): the subject (1) before its topic marker,
 * and the question with 全部 taken out (2) — answered alone, the one Wi-Fi project that completes had been said
 * はい of the five (probe 137). Null when the message asks no yes-or-no of every one, or asks which.
 */
export function everyOfSubject(question: string): { subject: string; rest: string } | null {
  const q = question.trim();
  if (!YES_OR_NO.test(q) || WHICH.test(q)) return null;
  const m = EVERY_OF_SUBJECT.exec(q);
  if (m === null || m[1] === undefined) return null;
  return { subject: m[1], rest: q.replace(EVERY_ONE, " ") };
}
// (Not 全部の年度, 全ての年で: every year of one project, not every project — that reading is the engine's.)
const EVERY_OF_SUBJECT = new RegExp(
  String.raw`^(.+?)\s*(?:って|は|も)\s*(?:${EVERY_ONE.source})(?!\s*の?\s*年)`,
);

/**
 * The subject's projects (`subject`, the answer to its words), said first to meet or not all of them the year and
 * direction another reading of the question (`asked`) was asked with: 「Wi-Fiの事業って全部R3に新規？」 — いいえ, 3 of 5,
 * those that do not named. A direction must be asked: a year alone (…全部R7まで続く？) says no direction to check. Pure.
 */
export function withEveryOfSubjectChecked(subject: Answer, asked: Answer["filters"]): Answer {
  const { years, directions, never, everyYear } = asked;
  if (directions.length === 0 || never.length > 0) return subject;
  const projects = subject.projects.slice(0, subject.answered);
  if (projects.length < 2) return subject;
  // (全部継続 read of the years — every year listed — is that in every one: review had a はい of R3 拡充.)
  const has = (p: Project) => (y: keyof Project["directions"]) => {
    const d = p.directions[y];
    return d !== undefined && directions.includes(d);
  };
  const meets = (p: Project) => {
    const listed = years.length > 0 ? years : (Object.keys(p.directions) as (keyof Project["directions"])[]);
    return everyYear ? listed.every(has(p)) : listed.some(has(p));
  };
  return checkedAgainst(
    { ...subject, answered: projects.length, projects },
    projects,
    projects.filter(meets),
  );
}

/** はい when every one asked meets the answer's conditions, いいえ with those that do not; as it is for fewer than 2. */
export function checkedAgainst(
  answer: Answer,
  asked: readonly Project[],
  meets: readonly Project[] = answer.projects.slice(0, answer.answered),
): Answer {
  if (asked.length < 2) return answer;
  const meeting = new Set(meets);
  const missing = asked.filter((p) => !meeting.has(p));
  const sentence =
    missing.length === 0
      ? `はい。${asked.length}件すべてが当てはまります。`
      : missing.length === asked.length
        ? `いいえ。${asked.length}件のうち当てはまる事業はありません。`
        : `いいえ。当てはまるのは${asked.length}件のうち${asked.length - missing.length}件です（当てはまらない事業: ${missing.map(saidName).join("、")}）。`;
  return withVerdictFirst(answer, sentence);
}
