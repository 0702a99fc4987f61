// A claim pasted to be checked (「…は市民課が担当し、令和5年度まで継続する」って本当？): the project it is about, found by
// its subject, and each fact it states — a department, a year's direction, a year it is listed in — said right or put
// right (probe 93). Read as a question, the facts had been conditions: a wrong department left 該当 0件, and
// 「正しい担当課を教えて」 listed the wrong department's projects.
import { reiwaLabel as yearLabel, yearsLabel } from "../plan/fiscal.js";
import type { Project, YearKey } from "../plan/schema.js";
import type { Understanding } from "./understand.js";

/** A claim in brackets, then a word asking whether it holds: って本当？, で合ってる？, は正しい？, とありますが…正しいでしょうか. */
const CLAIM = /[「『]([^「」『』]{6,160})[」』]/;
const CHECKED =
  /本当|ほんと|合って|あって(?:る|ます)|正しい|間違い|間違って|まちがい|誤り|相違|で(?:よい|良い|よろしい)|確か(?:です|でしょう)|(?:です|だ)よね|OK|ok/;

/** The claim a message asks to have checked, or null. */
export function claimAsked(text: string): string | null {
  const m = CLAIM.exec(text);
  if (!m) return null;
  return CHECKED.test(text.slice((m.index ?? 0) + m[0].length)) ? (m[1] as string) : null;
}

/**
 * The facts of a claim about a project, checked against it: the sentence that answers (はい。… / いいえ。…), or null
 * when the claim states no fact the plan records (a department, a year).
 */
export function checkedClaim(project: Project, claim: Understanding): string | null {
  const right: string[] = [];
  const wrong: string[] = [];
  // (The years the plan does not list are said in one sentence, 令和5年度〜7年度は…: probe 172's draft answer had read
  // 「また、令和6年度は…。また、令和7年度は…」.)
  const unlisted: YearKey[] = [];
  for (const unit of claim.departments) {
    if (project.department === unit || project.department.startsWith(unit)) right.push(`担当課（${unit}）`);
    else wrong.push(`担当課は${unit}ではなく${project.department}です`);
  }
  for (const year of claim.years) {
    const actual = project.directions[year];
    if (claim.directions.length > 0) {
      if (actual !== undefined && claim.directions.includes(actual))
        right.push(`${yearLabel(year)}の${actual}`);
      else if (actual === undefined) unlisted.push(year);
      else wrong.push(`${yearLabel(year)}の方向性は${actual}です`);
    } else if (actual !== undefined) right.push(`${yearLabel(year)}の記載（${actual}）`);
    else unlisted.push(year);
  }
  if (unlisted.length > 0) wrong.push(`${yearsLabel(unlisted)}は計画に記載がありません`);
  if (right.length + wrong.length === 0) return null;
  if (wrong.length === 0) return `はい。${project.name}の${right.join("、")}は計画のとおりです。`;
  const alsoRight = right.length > 0 ? `（${right.join("、")}は計画のとおりです）` : "";
  return `いいえ。${project.name}は、${wrong.join("。また、")}${alsoRight}。`;
}
