// A project's directions claimed year by year in one message, with years the pairing of conditions does not read as
// pairs: several at once (R4・R5は継続, 令和3年度と令和4年度は臨時拡充), a range (R4〜R7は継続), and what follows the
// year said before (R3は拡充でその後は継続, R3だけ拡充 あとは継続, R3新規でそれ以降はずっと継続のまま). Each is said as
// its own year's direction, or from a year on (R4以降は継続), which the conditions read — probes 456 and 462: only R3
// had been checked, and はい said of a claim the plan does not bear out. Only in a message with two claims or more:
// one year's list alone (R3とR4で拡充の事業) is read as before. Pure.
import { DIRECTION_NAMES } from "./directions.js";

/** The plan's first and last year, as 令和 numbers. */
const FIRST = 3;
const LAST = 7;

const YEAR = String.raw`(?:[rRｒＲ]\s*\d{1,2}|令和\s*\d{1,2}\s*年度?|20\d\d\s*年度?)`;
/** A claim of years: several (R4・R5, R3とR4, R3もR4も), a range (R4〜R7, R4からR7まで) or one (R3, R3だけ). */
const YEARS_CLAIMED = String.raw`(${YEAR}(?:\s*(?:・|、|,|と|も)\s*${YEAR})*(?:\s*も)?|${YEAR}\s*(?:〜|~|～|から)\s*${YEAR}\s*(?:まで)?)`;
/** What follows the year said before: その後, それ以降, あとは, 残りは, それから, with ずっと. */
const AFTER_IT = String.raw`(?:その後|そのあと|それ以降|(?<![\d年度]\s*)以降|(?<![\p{Script=Hiragana}\p{Script=Han}])あと|残り|それから|そこから)\s*(?:は|も)?\s*(?:ずっと)?`;
/** A year on, claimed as it is read already (R5以降は継続, 令和4年度からは拡充): kept, and counted as a claim. */
const FROM_ON = String.raw`(${YEAR}\s*(?:以降|以後|から)\s*(?:は|も)?\s*(?:ずっと)?\s*(?:${DIRECTION_NAMES}))`;
const CLAIM = new RegExp(
  String.raw`${FROM_ON}|${YEARS_CLAIMED}\s*(?:だけ|のみ)?\s*(?:は|が|で|も)?\s*(${DIRECTION_NAMES})(?!\s*(?:以外|じゃない|ではない|でない))|${AFTER_IT}\s*(${DIRECTION_NAMES})(?:\s*の\s*まま)?`,
  "gu",
);
/** Each year a claim names. */
const YEARS_NAMED = new RegExp(YEAR, "gu");
/** The mark of a range of years (R4〜R7, R4からR7まで). */
const RANGE = /〜|~|～|から/;
/** A year's 令和 number, from any way it is written. */
function reiwa(said: string): number {
  const n = Number((said.normalize("NFKC").match(/\d+/) as RegExpMatchArray)[0]);
  return n > 2000 ? n - 2018 : n;
}
/** A year as the plan's tables name it: 令和4年度. */
const said = (reiwaYear: number) => `令和${reiwaYear}年度`;
/** The 令和 numbers a claim's years name, in order: each of several, every one of a range. */
function yearsOf(claimed: string): number[] {
  const named = [...claimed.matchAll(YEARS_NAMED)].map((m) => reiwa(m[0]));
  if (RANGE.test(claimed) && named.length === 2) {
    const [from, to] = named as [number, number];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }
  return named;
}

/**
 * Projects asked for (…の事業を全部出して, …のものは？, …の事業ある？, or named as the message's end: R3が新規で、その後
 * ずっと継続の事業): a list's conditions, which the reading of years
 * over spans (ずっと, 以降) already serves — not a claim of one project's years.
 */
const PROJECTS_ASKED =
  /(?:事業|もの|やつ|取組|取り組み|案件|の)\s*(?:は|を|って|が|で)?\s*(?:全部|一覧|教えて|出して|見せて|ある|あり|どれ|何|なに|いくつ|何件|[?？]\s*$)|(?:事業|もの|やつ|取組|取り組み|案件)\s*[。.]?\s*$/u;

/** The text with a claim of several years, a range or what follows said year by year; as it is otherwise. */
export function withClaimedYearsApart(text: string): string {
  if (PROJECTS_ASKED.test(text)) return text;
  // Groups: a year on (1); years and their direction (2, 3); what follows, and its direction (4).
  const found = [...text.matchAll(CLAIM)];
  const follows = found.some((m) => m[4] !== undefined);
  const several = found.some((m) => m[2] !== undefined && yearsOf(m[2]).length > 1);
  if (found.length < 2 || found[0]?.[4] !== undefined || !(follows || several)) return text;
  let last = FIRST - 1;
  let out = "";
  let at = 0;
  for (const m of found) {
    const start = m.index ?? 0;
    out += text.slice(at, start);
    at = start + m[0].length;
    if (m[1] !== undefined) {
      out += m[0];
      last = LAST;
    } else if (m[2] !== undefined) {
      const years = yearsOf(m[2]);
      // (A range to the plan's last year is from its first on — R4〜R7は継続, R4以降は継続 — one claim, as a year on is.)
      const [from] = years;
      out +=
        years.length > 1 && years.at(-1) === LAST && RANGE.test(m[2])
          ? `${said(from as number)}以降は${m[3] as string}`
          : years.map((y) => `${said(y)}は${m[3] as string}`).join("、");
      last = Math.max(last, ...years);
    } else {
      // (Claimed of every year it is listed in from then: see the answer's check of a claim.)
      out += last < LAST ? `${said(last + 1)}以降は${m[4] as string}` : m[0];
    }
  }
  return out + text.slice(at);
}
