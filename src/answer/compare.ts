// Projects compared by when they end (probe 97): 「どっちが先に終わる？」「一番長く続くのは？」「政策企画課の事業で一番
// 長く続くのはどれ？」. The plan says when each project is listed and when it completes, so which ends first or runs
// longest is a fact it holds — and the bot had answered 0件, or every project of the list again.
import { type Direction, type Project, type YearKey, yearsOf } from "../plan/schema.js";
import type { Answer } from "./answer.js";
import { saidName } from "./catalog.js";

/** Which end is asked for: the project ending first, or the one ending last (listed furthest). */
export type EndWanted = "first" | "last";

/** What says which of them: どっち, どれ, 一番 — a comparison, not a list of projects that end early. */
const WHICH = String.raw`(?:どっち|どちら|どれ|いずれ|何|なに)(?:\s*の\s*(?:方|ほう))?(?:\s*(?:が|を))?`;
const MOST = String.raw`(?:一番|いちばん|最も|もっとも)`;
// (And the span said short or long: 期間が短い, 長い — probe 154's 「短い方はいつ完了？」. Past too, as of a plan whose years
// are behind: 一番早く終わった — probe 166.)
const ENDS_FIRST = String.raw`(?:先に|早く|早めに|最初に|はやく)\s*(?:終わる|終わった|終わって|終了する|終了した|完了する|完了した|終わり(?:ます|ました)?|終了し(?:ます|ました)?|完了し(?:ます|ました)?|なくなる|なくなった)|(?:期間\s*が\s*)?(?:短い|みじかい)`;
const ENDS_LAST = String.raw`(?:長く|遅く(?:まで)?|後まで|最後まで|ながく)\s*(?:続く|続き(?:ます)?|続いて(?:い)?る|続いて(?:い)?ます|続いていく|残る|載って(?:い)?る|終わる)|(?:後に|遅く|最後に)\s*(?:終わる|終わり(?:ます)?|終了する|完了する)|(?:期間\s*が\s*)?(?:長い|ながい)`;
/**
 * What may stand after the comparison, each word with the spaces before it (so that a run of spaces has one way to be
 * read, not one per way of sharing it out — review-53: 44 s on 80 spaces): 予定 or 見込み (probe 155: どっちが長く続く予定？ had been searched, 0件), の / もの /
 * やつ, は, どれ, and a polite ending, with 。 (probe 135: …どれですか。) — or っけ, as one asks what one has forgotten
 * (probe 176: どっちが先に終わるんだっけ had been read as two questions).
 */
const AFTER = String.raw`(?:\s*(?:予定|見込み))?(?:\s*(?:の|もの|やつ|事業))?(?:\s*(?:は|って))?(?:\s*(?:いつ|何年度)(?:\s*(?:で|か)?\s*[、,]?\s*(?=どの事業|どれ)))?(?:\s*(?:どれ|どっち|どちら|何|なに|どの事業|いつ|何年度))?(?:\s*(?:ですか|でしょうか|ですかね|か|かな|なの|だろう|(?:ん|の)?(?:だ|でした|だった)?っけ))?[\s?？。.]*$`;

/** A comparison of ends: which (1) or most (2) said, then 先に終わる (3) or 長く続く (4). */
const COMPARED_END = new RegExp(
  String.raw`(?:(${WHICH})(?:\s*が)?\s*)?(?:(${MOST})\s*)?(?:(${ENDS_FIRST})|(${ENDS_LAST}))${AFTER}`,
  "u",
);

/**
 * The end rated after it is named (終わるのが一番遅い, 完了するのが最も早いのは, 終了が一番早い): said as the comparison
 * is (一番遅く終わる), so that it is read the same.
 */
const END_RATED = new RegExp(
  String.raw`(終わる|終了する|完了する|終わり|終了|完了)\s*(?:の\s*)?(?:が|は)\s*(${MOST})?\s*(早い|はやい|遅い|おそい)`,
  "u",
);
const endRated = (_: string, verb: string, most: string | undefined, rate: string) =>
  `${most ?? ""}${/早|はや/.test(rate) ? "早く" : "遅く"}${/^(?:終わり|終了|完了)$/.test(verb) ? "終わる" : verb}`;

/**
 * The span rated after it is named (期間が一番短い, 期間は最も長い): said as the comparison is (一番期間が短い), so that it
 * is read the same (probe 306: 「期間が一番短いのは？」 had searched 期間, 0件).
 */
const SPAN_RATED = new RegExp(String.raw`期間\s*(?:が|は)\s*(${MOST})\s*(短い|みじかい|長い|ながい)`, "u");
const spanRated = (_: string, most: string, rate: string) => `${most}期間が${rate}`;

/**
 * Words left before a comparison that name nothing of their own: そのうち, その中で, じゃあ, で — and the ones in view
 * counted (2つのうち, 二件の中で, 両方のうち: probe 491 had searched them, 0件).
 */
const BARE_REST =
  /^(?:じゃあ|じゃ|では|それなら|で|あと|そのうち|その中で|このうち|この中で|うち|中で|(?:その|この)?\s*(?:[2-5２-５二三四五]\s*(?:つ|件|個)|両方|両者)\s*(?:の)?\s*(?:うち|中)\s*(?:で|では)?|[、,。\s])*$/u;

/** The whole plan, asked for: what a comparison compares when it names it, or nothing with nothing before. */
export const WHOLE_PLAN = "全事業";
/** The whole plan named: 全部の事業, すべての事業, 計画全体, この計画. */
const WHOLE_SAID = /^(?:(?:全部|全て|すべて|計画全体|計画|この計画|全体)(?:\s*の\s*事業)?|全事業)$/u;

/** The ask for the ends of what is in view, when a comparison names no projects of its own. */
export const ENDS_OF_THOSE = "それぞれいつまで？";

/**
 * A comparison of when projects end, and what is left of the message without it (the projects compared: 政策企画課の
 * 事業で; or nothing, for those in view) — null when the message compares nothing. Only with a word that compares
 * (どっち, 一番, 先に, 最初に): 「早く終わる事業」 alone asks for no one, nor 「最後まで続くのは？」 (those listed to the plan's
 * last year).
 */
export function endCompared(
  question: string,
): { rest: string; wanted: EndWanted; completion: boolean } | null {
  const plain = endComparedAtEnd(question);
  if (plain !== null) return plain;
  // (「…どっちが先に終わる？同時じゃん？」「…どっちが長く続く？どっちもずっとだよね」: the asker's guess after the
  // comparison is no ask of its own — probe 176 had searched 同時 alone.)
  const guessless = question.replace(GUESS_AFTER, "");
  return guessless === question ? null : endComparedAtEnd(guessless);
}

/**
 * A short sentence after a question that guesses its answer, as a tag question: 同時じゃん？, どっちもずっとだよね, 同じ
 * でしょ — with the question's own mark kept before it.
 */
const GUESS_AFTER =
  /(?<=[?？])\s*[^。？?！!\n]{1,16}?(?:じゃん|じゃない|よね|だよね|でしょ|でしょう|だろ|だろう)\s*(?:か)?\s*[?？!！。〜~ー]*\s*$/u;

function endComparedAtEnd(question: string): { rest: string; wanted: EndWanted; completion: boolean } | null {
  const said = question.trim().replace(END_RATED, endRated).replace(SPAN_RATED, spanRated);
  const m = COMPARED_END.exec(said);
  if (!m) return null;
  const before = question.trim().slice(0, m.index).trim();
  // (Not 先に said of a year: 「R5より先に終わる事業」「R5までに終わる」 ask for a year's range, not for which one.)
  // (Nor 後に said of a year with の: 「令和5年度の後に終わる事業」 asks for those that end after it.)
  const ofAYear =
    m[1] === undefined &&
    m[2] === undefined &&
    (/(?:より|よりも|までに)$/u.test(before) || /(?:\d\s*年度?|[rｒＲ]\s*\d{1,2})\s*の$/iu.test(before));
  // (Which of two asked after it compares too: 「リノベの二件のうち長く続くのはどちらか」 — probe 181 had listed both. Not
  // どれ: 「最後まで続くのはどれ？」 asks for those listed to the plan's last year.)
  const compares =
    m[1] !== undefined ||
    m[2] !== undefined ||
    /^(?:先に|最初に|後に|最後に)/.test(m[3] ?? m[4] ?? "") ||
    /(?:どっち|どちら)/u.test(m[0]);
  // (Nor 最後に after the first year's direction is said — 「最初は新規で、最後に完了する事業」 asks for a project's course,
  // its last year's direction: probe 489 had answered the one that completes latest.)
  const course =
    /^最後に/.test(m[4] ?? "") && /(?:最初|当初|はじめ|初め)\s*(?:の\s*年度\s*)?(?:は|が)/u.test(before);
  if (!compares || ofAYear || course) return null;
  // (政策企画課の事業で, 7-6の中で: the projects compared, less the particle that says among them.)
  const rest = BARE_REST.test(before)
    ? ""
    : before.replace(/(?:の中で?|のうちで?|で|では)\s*[、,]?\s*$/u, "").trim();
  // (完了 said — 最後に完了する, 完了が一番遅い — compares the projects that complete, not those that only stop being
  // listed: probe 469's 「完了が一番遅い事業」 had answered the 24 listed to R7, none of which completes.)
  // (Said as the comparison or as the end rated — 完了が一番遅い reads 一番遅く終わる, its 完了 gone.)
  const completion =
    (/完了/.test(m[0]) || /完了/.test(END_RATED.exec(question)?.[1] ?? "")) &&
    !/続|残|載/.test(m[4] ?? m[3] ?? "");
  return {
    rest: WHOLE_SAID.test(rest) ? WHOLE_PLAN : rest,
    wanted: m[3] !== undefined ? "first" : "last",
    completion,
  };
}

/**
 * The ones of two that end so, said with ほう (長く続く方, 短いほう: see oneThatThenAsked), as the comparison they are:
 * 一番長く続くのは？ — not when the words compare already (先に終わる) or compare nothing (完了しない).
 */
export function asOneCompared(ones: string): string {
  return endCompared(ones) === null && endCompared(`一番${ones}`) !== null ? `一番${ones}` : ones;
}

/** How many projects ending together the answer's first sentence names; past it they are counted. */
const MAX_WINNERS_NAMED = 5;

/** Where projects ending together end, said before their count: 「R4で完了する」, 「R7まで計画に載っている」. */
function endsTogether(project: Project): string {
  const last = lastListed(project);
  if (!last) return "";
  return completesWithin(project) ? `${last.year}で完了する` : `${last.year}まで計画に載っている`;
}

/** How many other projects compared a note names, each with its end; past it they are counted. */
const MAX_OTHERS_NAMED = 10;

/** The last year a project is listed, and its direction then. */
export function lastListed(project: Project): { year: YearKey; direction: Direction } | null {
  const year = yearsOf([project]).at(-1);
  const direction = year && project.directions[year];
  return year && direction ? { year, direction } : null;
}

/** Whether a project's listing ends in its completion (R4 完了, R3 新規完了), not merely stops. */
export const completesWithin = (project: Project): boolean =>
  /完了$/.test(lastListed(project)?.direction ?? "");

/**
 * Where a project's listing ends among `years`, for comparing ends: the index of its last year listed, and half a year
 * more when it only stops there (one listed no further may go on after it) — or null when it is listed in none.
 */
export function endAt(project: Project, years: readonly YearKey[]): number | null {
  const last = lastListed(project);
  return last ? years.indexOf(last.year) + (completesWithin(project) ? 0 : 0.5) : null;
}

/** How a project's listing ends, said short: R4 完了, R7 継続まで. */
function endSaid(project: Project): string {
  const last = lastListed(project);
  if (!last) return "記載なし";
  return completesWithin(project) ? `${last.year} ${last.direction}` : `${last.year} ${last.direction}まで`;
}

/**
 * The answer's projects compared by their ends: those ending first (or listed longest) are the answer, said first in
 * a sentence; the others compared follow, each with its end, then the answer's related ones. An answer of no projects
 * is returned as it is.
 */
export function rankedByEnd(
  answer: Answer,
  wanted: EndWanted,
  years: readonly YearKey[],
  completion = false,
): Answer {
  const compared = answer.projects.slice(0, answer.answered);
  // A project ends in the year it completes; one only listed no further may go on after it — later, by half a year.
  // (One listed in no year has no end to compare: after every other, whichever end is asked.)
  const none = wanted === "first" ? years.length : -1;
  const ends = new Map(compared.map((p) => [p, endAt(p, years) ?? none]));
  const end = (p: Project) => ends.get(p) ?? -1;
  if (compared.length === 0) return answer;
  const best = wanted === "first" ? Math.min(...compared.map(end)) : Math.max(...compared.map(end));
  const winners = compared.filter((p) => end(p) === best);
  const others = compared
    .filter((p) => end(p) !== best)
    .sort((a, b) => (wanted === "first" ? end(a) - end(b) : end(b) - end(a)));
  const named = (ps: readonly Project[]) => ps.map((p) => `${saidName(p)}（${endSaid(p)}）`).join("、");
  // (Completion compared is said so: 一番遅く完了するのは — not 長く続く of projects that end.)
  const what = completion
    ? wanted === "first"
      ? "早く完了する"
      : "遅く完了する"
    : wanted === "first"
      ? "先に終わる"
      : "長く続く";
  const [first] = winners;
  const lead =
    compared.length === 1
      ? `比べる事業が1件だけです: ${named(winners)}。`
      : others.length === 0
        ? // (Of two, どちらも: probe 199 read どれも as wrong of a pair.)
          `${compared.length === 2 ? "どちらも" : "どれも"}${completion ? "同じ年度に完了します" : "同じ年度まで計画に載っています"}: ${named(winners)}。`
        : winners.length > MAX_WINNERS_NAMED && first
          ? `${compared.length > 2 ? "一番" : ""}${what}のは、${endsTogether(first)}${winners.length}件です。`
          : `${compared.length > 2 ? "一番" : ""}${what}のは、${named(winners)}です。`;
  // (Many others — the whole plan compared — are counted, not named: they follow in the list, in order of their ends.)
  const rest =
    others.length > MAX_OTHERS_NAMED
      ? [
          `ほかの${others.length}件は、${wanted === "first" ? "終わるのが早い" : "長く続く"}順に下に示します。`,
        ]
      : others.length > 0
        ? [`ほかの事業: ${named(others)}。`]
        : [];
  return {
    ...answer,
    projects: [...winners, ...others, ...answer.projects.slice(answer.answered)],
    answered: winners.length,
    notes: [lead, ...rest, ...answer.notes.filter((n) => !answer.leads?.includes(n))],
    leads: [lead],
  };
}
