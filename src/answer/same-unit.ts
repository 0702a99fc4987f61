// "Do the same department run them?" — 「おくやみコーナーと住民票の窓口申請って同じ課がやってる？」「リノベの2つって担当課
// おなじ？」: whether two subjects' projects share a department. Read as a question of either one's listing, it had said はい
// of the first being in the plan, the other under 関連する可能性 (probe 268) — the departments are what is asked.
import type { Answer } from "./answer.js";
import { saidName } from "./catalog.js";
import { withVerdictFirst } from "./polarity.js";

/** The same unit asked of: 同じ課, 担当課おなじ, 同じところ, 課は一緒 — with what may close the question. */
const SAME_UNIT = String.raw`(?:(?:同じ|おなじ)\s*(?:課|担当課|部署|担当|ところ|所)|(?:担当課|担当|課|部署|所管)\s*(?:は|が|って|も)?\s*(?:同じ|おなじ|一緒|いっしょ))`;
/** What closes the question after the same unit asked: がやってる, なの, ですか, だよね. */
const SAME_UNIT_CLOSE = String.raw`\s*(?:が|で)?\s*(?:やって(?:い)?る|担当して(?:い)?る|担当|持って(?:い)?る)?\s*(?:の|ん)?\s*(?:です|でしょう|だ)?\s*(?:か|よね|っけ|かな)?\s*[?？。]*$`;
/** Two subjects joined by と (1, 2), then the same unit asked (って同じ課がやってる？, は担当課同じ？). */
const SAME_UNIT_ASKED = new RegExp(
  String.raw`^(.{2,40}?)\s*と\s*(.{2,40}?)\s*(?:って|は|が|、|,|の)\s*${SAME_UNIT}${SAME_UNIT_CLOSE}`,
  "u",
);

/**
 * One subject said the same as the other (住民票の窓口申請システムってマイナンバーカードの普及促進と同じ課だよね？): the
 * subject (1), then the one it is set beside with と (2) — probe 441 had searched both, no はい.
 */
const SAME_UNIT_AS = new RegExp(
  String.raw`^(.{2,40}?)\s*(?:って|は)\s*[、,]?\s*(.{2,40}?)\s*と\s*${SAME_UNIT}${SAME_UNIT_CLOSE}`,
  "u",
);

/** The two subjects asked whether one department runs both, or null. */
export function sameUnitAsked(question: string): { first: string; second: string } | null {
  const said = question.trim().replace(/\s+/g, " ");
  const m = SAME_UNIT_ASKED.exec(said) ?? SAME_UNIT_AS.exec(said);
  return m === null ? null : { first: (m[1] as string).trim(), second: (m[2] as string).trim() };
}

/**
 * Both subjects' best projects, said first to share a department or not (はい。どちらも市民課の事業です。/ いいえ。…は市民
 * 生活相談課、…は市民課の事業です。), or null when either finds none or both find the same one. Pure.
 */
export function withSameUnitSaid(both: Answer, one: Answer, other: Answer): Answer | null {
  const [first] = one.projects.slice(0, one.answered);
  const [second] = other.projects.slice(0, other.answered);
  if (first === undefined || second === undefined || first === second) return null;
  const sentence =
    first.department === second.department
      ? `はい。${saidName(first)}と${saidName(second)}は、どちらも${first.department}の事業です。`
      : `いいえ。${saidName(first)}は${first.department}、${saidName(second)}は${second.department}の事業です。`;
  return withVerdictFirst(both, sentence);
}
