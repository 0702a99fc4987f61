// "Only that one?" — 「R3で臨時拡充って施設予約システムだけ？」「R4で完了するのは情報システム課だけ？」: whether one
// project, unit or code is all a list holds. Answered as the project's own yes-or-no, it had said はい of one of
// seven (probe 136): the list is what is asked of, and the subject is checked against all of it.
import type { Project } from "../plan/schema.js";
import type { Answer } from "./answer.js";
import { saidName } from "./catalog.js";
import { withVerdictFirst } from "./polarity.js";

/**
 * What a list is said to hold (1) only of (2): the list's conditions, a topic marker (って, は, が, で, 、), the subject,
 * then だけ / のみ / しかない asked (だけ？, だけだよね, だけですか, のみでしょうか, しかないの？).
 */
// (The list, its topic marker and the subject, then だけ / のみ / しかない: asked with a question mark, or with a
// question's ending and no mark — or a full stop, as the written register asks: 縮小はこの1件のみか。)
const LIST_AND_SUBJECT = String.raw`^(.+[^\s、,])\s*(?:って|は|が|で|、|,)\s*(?!の)([^、,。？?！!\s]{2,40}?)\s*`;
const ONLY_ASKED = new RegExp(
  String.raw`${LIST_AND_SUBJECT}(?:だけ|のみ|しか\s*(?:ない|ありません))\s*(?:なの|なん|です|でしょう|だ)?\s*(?:か|よね|ね|っけ|かな|じゃない|の)?\s*[?？]+\s*$|${LIST_AND_SUBJECT}(?:だけ|のみ)\s*(?:なの|なん|です|でしょう|だ)?\s*(?:か|よね|っけ|かな|じゃない|の)\s*[?？。]*\s*$`,
  "u",
);

/** A count said as the subject (1件だけ？): a count to check, not a project (see count-check.ts). */
const A_COUNT = /^[0-9０-９一二三四五六七八九十]+\s*(?:件|つ|個)$/u;

/** The list's conditions and the subject said to be all of it, or null when the message asks no "only". */
export function onlyAsked(question: string): { list: string; subject: string } | null {
  // (Each run of spaces one space: the pattern's optional parts around them had backtracked for seconds on a long run.)
  const m = ONLY_ASKED.exec(question.trim().replace(/\s+/g, " "));
  const list = m?.[1] ?? m?.[3];
  const subject = m?.[2] ?? m?.[4];
  if (list === undefined || subject === undefined || A_COUNT.test(subject)) return null;
  return { list, subject };
}

/**
 * The list answered, said first to be or not to be only the subject's (はい。… / いいえ。…), or null when the list is not
 * one of exact conditions (a search finds related projects, not a list that could be "only" one). `whole` answers the
 * list's conditions; `ofSubject` the whole question (the subject's projects that meet them, if any). Pure.
 */
export function withOnlyChecked(whole: Answer, ofSubject: Answer, subject: string): Answer | null {
  const shared = subjectInList(whole, ofSubject);
  if (shared === null) return null;
  const { listed, theirs } = shared;
  // (A unit's many projects are said as the unit's: 「財産活用課」の7件.)
  const names = theirs.length <= 3 ? projectsNamed(theirs) : `「${subject}」の事業`;
  const sentence =
    theirs.length === listed.length
      ? `はい。該当する事業は${names}の${theirs.length}件だけです。`
      : theirs.length === 0
        ? `いいえ。該当する事業は${listed.length}件で、「${subject}」は含まれません。`
        : `いいえ。該当する事業は${listed.length}件で、${names}のほかに${listed.length - theirs.length}件あります。`;
  return withVerdictFirst(whole, sentence);
}

/**
 * A list asked, then whether a subject is in it (「R4で完了する事業ってどれ？人事課のも入ってる？」「R3で臨時拡充の事業って何が
 * ある？シテプロモーションのも入ってる？」): the list (1) and the subject (2). Read as one question, the subject had
 * narrowed the list to its own projects (probe 263).
 */
const SUBJECT_ALSO_IN = String.raw`([^、,。？?！!\s]{2,30}?)\s*(?:の|のやつ|の事業|のもの)?\s*も\s*(?:入って|はいって|含まれて|ふくまれて|載って|のって)\s*(?:い|お)?(?:る|ます)?\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|よね|っけ|かな)?\s*[?？]*\s*$`;
/** The list's question (1), then a subject (2) asked to be in it. */
const ALSO_ASKED = new RegExp(
  String.raw`^(.+?[?？。])\s*(?:あと|で|じゃあ|それと)?\s*[、,]?\s*${SUBJECT_ALSO_IN}`,
  "u",
);
/** The same asked alone, of the list just answered in a thread (「R4に完了する事業」 then 「人事課のも入ってる？」). */
const ALSO_ASKED_ALONE = new RegExp(
  String.raw`^(?:(?:あと|で|じゃあ|それと)\s*[、,]?\s*)?${SUBJECT_ALSO_IN}`,
  "u",
);

/**
 * The subject a message alone asks to be in the list just answered (see ALSO_ASKED_ALONE), or null: a noun said bare
 * (人事課, Wi-Fi) — not a year (R5にも載ってる？ asks whether the ones in view are listed then) nor words pointing back
 * (それはR5以降も, 2件ともR5も).
 */
export function alsoAskedAlone(question: string): string | null {
  const m = ALSO_ASKED_ALONE.exec(question.trim().replace(/\s+/g, " "));
  const subject = (m?.[1] ?? "").trim();
  return BARE_NOUN.test(subject) && !YEAR_SAID.test(subject) && !A_COUNT.test(subject) ? subject : null;
}
/** A noun said bare: kanji, katakana, letters and digits (人事課, マイナンバーカード, Wi-Fi). */
const BARE_NOUN = /^[\p{Script=Han}\p{Script=Katakana}ー・a-zA-Z0-9-]{2,30}$/u;
/** A year (R5, 令和5年度, 2023年度). */
const YEAR_SAID = /^(?:[rR]\s*\d|令和|20\d\d|\d{1,2}\s*年度)/u;

/** The list's question and the subject asked to be in it, or null when the message asks no such thing. */
export function alsoAsked(question: string): { list: string; subject: string } | null {
  const m = ALSO_ASKED.exec(question.trim().replace(/\s+/g, " "));
  if (m === null || A_COUNT.test(m[2] as string)) return null;
  return { list: (m[1] as string).trim(), subject: (m[2] as string).trim() };
}

/**
 * The list answered, said first to hold the subject's projects or not (はい。該当する事業は7件で、「人事給与制度の見直し」も
 * 含まれます。/ いいえ。…「市民課」は含まれません。), or null when the list is a search's. `ofSubject` answers the subject
 * alone. Pure.
 */
export function withAlsoChecked(whole: Answer, ofSubject: Answer, subject: string): Answer | null {
  const shared = subjectInList(whole, ofSubject);
  if (shared === null) return null;
  const { listed, theirs } = shared;
  const names = theirs.length <= 3 ? projectsNamed(theirs) : `「${subject}」の${theirs.length}件`;
  const sentence =
    theirs.length > 0
      ? `はい。該当する事業は${listed.length}件で、${names}も含まれます。`
      : `いいえ。該当する事業は${listed.length}件で、「${subject}」は含まれません。`;
  return withVerdictFirst(whole, sentence);
}

/**
 * A list answered exactly and the subject's projects in it (only and also asked alike), or null when the list is a
 * search's or empty.
 */
function subjectInList(whole: Answer, ofSubject: Answer): { listed: Project[]; theirs: Project[] } | null {
  if (whole.intent === "search" || whole.answered === 0) return null;
  const listed = whole.projects.slice(0, whole.answered);
  const its = new Set(ofSubject.projects.slice(0, ofSubject.answered));
  return { listed, theirs: listed.filter((p) => its.has(p)) };
}

/** A few projects by name, each quoted: 「A」、「B」. */
const projectsNamed = (projects: readonly Project[]) => projects.map((p) => `「${saidName(p)}」`).join("、");
