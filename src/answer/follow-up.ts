// A message that goes on from the question before it, in a Slack thread or a DM: 「それっていつまで？」「その事業の
// 担当課は？」「そのうちR4に完了するのは？」. Alone it names nothing; it is read with the question before it as its
// context, the way a message that says what it is about before it asks is read (「…の事業があったと思いますが、その
// 担当課は？」). A message that says what it is about itself is read alone.
import { normalizeWidth } from "../search/normalize.js";
import type { Department } from "./catalog.js";
import { askingClause, asksOnlyFields, pointsBack, stripRegister } from "./register.js";
import { ANY_YEAR } from "./understand/years.js";
import { MAX_QUESTION_CHARS } from "./understand.js";

/**
 * Words that go on from an answer just given, beyond those that point back within a message (register.ts):
 * its projects as a whole (そのうち, その中で, それぞれ, それら), one named a while ago (あれ, あの事業), and its
 * department (その担当課).
 */
const GOES_ON =
  /そのうち|その中[でのに]|このうち|この中[でのに]|それぞれ|それら|あれ(?![ばこ])|あの(?:事業|件|話|取組|取り組み)|その担当|そこ(?:の|は|って)/;

/**
 * A message that names nothing it asks about, only what it wants of it (「担当課は？」「いつまで？」) or a year or
 * direction (「R7も載ってる？」「R6には載ってないのは？」「完了するのは？」), and not the projects as such (事業, もの): after
 * a question, it asks of what that question asked about. `understood` says whether the message has words of its
 * own beyond its structure (free text), names a code or a department, or a year or direction.
 */
export function isBare(
  question: string,
  understood: { freeText: boolean; codeOrUnit: boolean; yearOrDirection: boolean },
): boolean {
  if (understood.codeOrUnit || NAMES_PROJECTS.test(question)) return false;
  const ask = askingClause(stripRegister(question));
  if (ask !== "" && asksOnlyFields(ask)) return true;
  return !understood.freeText && understood.yearOrDirection;
}

/**
 * A message that names nothing, made to point back as it means to (read after the questions before it): a
 * narrowing ask (完了するのは？) with そのうち, any other (R7も載ってる？, 担当課は？) with それは.
 */
export function pointingBack(question: string): string {
  const ask = question.trim();
  return /の(?:は|って)\s*[?？]?\s*$/.test(ask) ? `そのうち${ask}` : `それは${ask}`;
}

/** The projects named as such: a message asking for them is a question of its own (令和5年度に完了する事業は？). */
const NAMES_PROJECTS = /事業|もの|取組|取り組み|プロジェクト|一覧|全部|すべて|全て/;

/** Whether the message goes on from the one before it: it points back, and says nothing before its ask. */
export function goesOn(question: string): boolean {
  const own = stripRegister(question);
  const ask = askingClause(own);
  if (ask === "") return false;
  // 「マイナンバーカードの事業ですが、その担当課は？」 says what it is about itself.
  const before = own.slice(0, own.lastIndexOf(ask));
  if (/[\p{L}\p{N}]/u.test(before.replace(/[\p{Script=Hiragana}ー]/gu, ""))) return false;
  return pointsBack(ask) || GOES_ON.test(ask);
}

/** How many messages a chain of follow-ups is read as, at most: the last ones, each on a line of its own. */
export const MAX_CHAIN = 3;

/**
 * The message as it is read: after the messages before it when it goes on from them (「人事課の事業」「そのうちR4に
 * 完了するのは？」「それぞれの担当課は？」: the list as narrowed), else alone.
 */
export function readAfter(question: string, previous: string | undefined, bare = false): string {
  if (previous === undefined || previous.trim() === "" || !(bare || goesOn(question))) return question;
  // Within a question's length (longer is cut at its end, where the follow-up is): the messages before give way,
  // the earliest first and from its start (a long message's ask is at its end).
  const before = previous.split("\n").slice(-(MAX_CHAIN - 1));
  let room = MAX_QUESTION_CHARS - [...question].length - before.length;
  const kept: string[] = [];
  for (const line of before.reverse()) {
    if (room <= 0) break;
    const part = [...line].slice(-room).join("");
    kept.unshift(part);
    room -= [...part].length;
  }
  return [...kept, question].join("\n");
}

/**
 * 「じゃあR6は？」「令和4年度だと？」「2022年度の場合は？」: another year and nothing else, asked of the question before.
 * (A year with words of its own, 「R6に拡充するのは？」, is a question of its own.)
 */
const ONLY_A_YEAR = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|それでは|それじゃあ?|それなら|なら|で|あと|次は)\s*[、,]?\s*)?(${ANY_YEAR})\s*(?:の場合|のほう|の方)?\s*(?:は|だと|なら|だったら|では)?\s*(?:どう(?:ですか|なる|なります(?:か)?|でしょうか)?)?\s*[?？]*$`,
  "i",
);
const YEAR = new RegExp(ANY_YEAR, "gi");

/** The question before as asked again of something else: its text, and what it was asked of (R6, 人事課). */
export interface Swapped {
  text: string;
  as: string;
}

/**
 * The question before, asked of the year the message names (令和5年度に完了する事業は？ then じゃあR6は？ → R6に完了する
 * 事業は？; マイナンバーカードの担当課は？ then R4は？ → R4のマイナンバーカードの担当課は？), when the message says only a year
 * and the question before named one year or none. Null otherwise.
 */
export function withYearSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  // As typed (R6 stays R6), full-width forms made plain.
  const asked = ONLY_A_YEAR.exec(question.normalize("NFKC").trim());
  if (!asked) return null;
  const year = (asked[1] as string).trim();
  const before = previous.normalize("NFKC").trim();
  const years = (before.match(YEAR) ?? []).length;
  if (years > 1) return null;
  return { text: years === 1 ? before.replace(YEAR, year) : `${year}の${before}`, as: year };
}

/** 「じゃあ人事課は？」「人権・男女共生課だと？」: a unit and nothing else, asked of the question before. */
const ONLY_ONE_THING =
  /^(?:(?:じゃあ|じゃ|では|それでは|それじゃあ?|それなら|なら|で|あと|次は)\s*[、,]?\s*)?(.+?)\s*(?:の場合|のほう|の方)?\s*(?:は|だと|なら|だったら|では)\s*(?:どう(?:ですか|なる|なります(?:か)?|でしょうか)?)?\s*[?？]*$/;

/**
 * The question before, asked of the department the message names alone (R4に完了する事業は？ then じゃあ人事課は？ →
 * 人事課のR4に完了する事業は？; 市民課の事業 then 人事課だと？ → 人事課の事業), when the question before named one
 * department or none. Null otherwise.
 */
export function withUnitSwapped(
  question: string,
  previous: string | undefined,
  departments: readonly Department[],
): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const asked = ONLY_ONE_THING.exec(question.normalize("NFKC").trim());
  const unit = asked?.[1]?.trim();
  if (!unit || !departments.some((d) => d.fullForms.includes(normalizeWidth(unit)))) return null;
  const before = previous.normalize("NFKC").trim();
  // Found in the folded text, replaced in the text as typed: folding keeps each character's place.
  const folded = normalizeWidth(before);
  const named = departments.flatMap((d) =>
    d.fullForms.flatMap((form) => {
      const at = folded.indexOf(form);
      return at < 0 ? [] : [{ department: d.name, at, end: at + form.length }];
    }),
  );
  if (new Set(named.map((n) => n.department)).size > 1) return null;
  // The longest form found (人権・男女共生課, not 男女共生課 inside it).
  const [first] = named.sort((a, b) => b.end - b.at - (a.end - a.at));
  if (!first) return { text: `${unit}の${before}`, as: unit };
  return { text: `${before.slice(0, first.at)}${unit}${before.slice(first.end)}`, as: unit };
}
