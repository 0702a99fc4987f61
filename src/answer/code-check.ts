// A code offered to be confirmed — 「ワークショップの事業って施策7-7だったっけ？」「おくやみコーナーって7-2-6で合ってる？」
// 「相談事業って7-4だよね？」 — answered はい or いいえ with the code the project has. Read as a question, the code had
// been the scope searched: a wrong guess left the project out, and only the guessed policy's projects were shown as
// related (probe 247).
import type { Project } from "../plan/schema.js";
import { saidName } from "./catalog.js";

/** How a code is offered: だったっけ, で合ってる, だよね, じゃなかったっけ, ですか, に入ってる？ */
const OFFERED = String.raw`(?:だったっけ|だっけ|でしたっけ|だった\s*よね|だよね|ですよね|でしたよね|で\s*(?:合って|あって)(?:る|いる|ます|います)?\s*(?:か|よね|ね)?|で\s*(?:間違い|まちがい)\s*(?:ない|ありません|ございません)\s*(?:です|でしょう)?\s*(?:か|よね|ね)?|じゃ\s*(?:なかった|ない)\s*(?:っけ|の|ですか|でしたっけ)?|ではなかった\s*(?:でしょうか|ですか|っけ)|(?:です|でしょう)\s*か|に\s*(?:入って|入っ)\s*(?:る|いる|ます|います)\s*(?:か|よね)?)`;

/**
 * A subject, って or は, then a code said as what it is under and a word that offers it (group 1: the subject, 2: the
 * code). Not a pointing word for the subject (それって7-6-1で合ってる？ is a thread's: the project in view), nor a code
 * with a project's number (7-2の14番).
 */
const CODE_OFFERED = new RegExp(
  String.raw`^(.*?[\p{Script=Han}\p{Script=Katakana}a-zA-Z][^。？?！!]*?)\s*(?:って|は)\s*(?:本当に|ほんとに|確か|たしか|全部|ぜんぶ|すべて|全て|みんな)?\s*(?:施策|取組|取り組み)?\s*(\d\s*[-ー－]\s*\d(?:\s*[-ー－]\s*\d)?)(?!\s*[-ー－の]?\s*\d|\s*(?:No|番))\s*(?:の\s*(?:事業|取組|取り組み|施策|中|なか))?\s*${OFFERED}\s*[?？。]*\s*$`,
  "u",
);

/** What points back at the project in view (それ, これ, あれ, その事業): no subject of the message's own. */
const POINTING = /^(?:それ|これ|あれ|その|この|あの)/;

/** The subject and the code a message offers to be confirmed, or null. */
export function codeOffered(question: string): { subject: string; code: string } | null {
  const m = CODE_OFFERED.exec(question.normalize("NFKC").trim());
  if (!m) return null;
  const subject = (m[1] as string).trim();
  if (POINTING.test(subject)) return null;
  return { subject, code: (m[2] as string).replace(/\s/g, "").replace(/[ー－]/g, "-") };
}

/** Projects said a sentence each, at most; more are counted. */
const SAID_EACH = 3;

/** Whether a project is under a code: its policy (7-6) or its initiative (7-6-1). */
const isUnder = (project: Project, code: string): boolean =>
  code.split("-").length === 2 ? project.policy === code : project.initiative === code;

/** Where a project sits, said: 施策7-6の取組7-6-1（7-6 No.2）. */
const placeOf = (project: Project): string =>
  `施策${project.policy}の取組${project.initiative}（${project.policy} No.${project.no}）`;

/**
 * The sentence that answers a code offered of the projects a subject names: はい when each is under it, いいえ when
 * none is (with the code each is under, and the one offered said not to be it), 一部です otherwise. Null with none.
 */
export function codeChecked(projects: readonly Project[], code: string): string | null {
  if (projects.length === 0) return null;
  const under = projects.filter((p) => isUnder(p, code));
  // (Of a list — 「7-2の事業って全部7-2-4だっけ？」 — counted, not a sentence each.)
  if (projects.length > SAID_EACH)
    return under.length === projects.length
      ? `はい。${projects.length}件すべてが${code}の事業です。`
      : `いいえ。${projects.length}件のうち、${code}の事業は${under.length}件です。`;
  const each = projects.map((p) => `${saidName(p)}は${placeOf(p)}の事業です`).join("。");
  if (under.length === projects.length) return `はい。${each}。`;
  if (under.length === 0) return `いいえ。${each}（${code}ではありません）。`;
  return `一部です。${each}。`;
}
