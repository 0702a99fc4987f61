// A message that goes on from the question before it, in a Slack thread or a DM: 「それっていつまで？」「その事業の
// 担当課は？」「そのうちR4に完了するのは？」. Alone it names nothing; it is read with the question before it as its
// context, the way a message that says what it is about before it asks is read (「…の事業があったと思いますが、その
// 担当課は？」). A message that says what it is about itself is read alone.
import { askingClause, pointsBack, stripRegister } from "./register.js";
import { ANY_YEAR } from "./understand/years.js";

/**
 * Words that go on from an answer just given, beyond those that point back within a message (register.ts):
 * its projects as a whole (そのうち, その中で, それぞれ, それら), one named a while ago (あれ, あの事業), and its
 * department (その担当課).
 */
const GOES_ON =
  /そのうち|その中[でのに]|このうち|この中[でのに]|それぞれ|それら|あれ(?![ばこ])|あの(?:事業|件|話|取組|取り組み)|その担当|そこ(?:の|は|って)/;

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
export function readAfter(question: string, previous: string | undefined): string {
  if (previous === undefined || previous.trim() === "" || !goesOn(question)) return question;
  return [...previous.split("\n").slice(-(MAX_CHAIN - 1)), question].join("\n");
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

/**
 * The question before, asked of the year the message names (令和5年度に完了する事業は？ then じゃあR6は？ → R6に完了する
 * 事業は？; マイナンバーカードの担当課は？ then R4は？ → R4のマイナンバーカードの担当課は？), when the message says only a year
 * and the question before named one year or none. Null otherwise.
 */
export function withYearSwapped(
  question: string,
  previous: string | undefined,
): { text: string; year: string } | null {
  if (previous === undefined || previous.trim() === "") return null;
  // As typed (R6 stays R6), full-width forms made plain.
  const asked = ONLY_A_YEAR.exec(question.normalize("NFKC").trim());
  if (!asked) return null;
  const year = (asked[1] as string).trim();
  const before = previous.normalize("NFKC").trim();
  const years = (before.match(YEAR) ?? []).length;
  if (years > 1) return null;
  return { text: years === 1 ? before.replace(YEAR, year) : `${year}の${before}`, year };
}
