// Question → Answer: the one answer object the CLI, the console and Slack all render.
// Structured questions (codes, departments, years, directions) are answered from the plan alone;
// free text goes to the search index, which the caller provides lazily (it needs the dictionary).
import { planPeriodLabel, reiwaLabel, yearKeyOf, yearsLabel } from "../plan/fiscal.js";
import {
  DIRECTION_WORDS,
  type Direction,
  type Plan,
  type Project,
  type YearKey,
  yearsOf,
} from "../plan/schema.js";
import { phrasePattern } from "../search/lexicon.js";
import {
  HIRAGANA_RUN,
  KANJI_RUN,
  KATAKANA_RUN,
  normalizeWidth,
  toKatakana,
  withoutLatinHyphens,
} from "../search/normalize.js";
import {
  type RankingOptions,
  REPORTED_NEED_WEIGHT,
  type SearchHit,
  type SearchIndex,
  type SearchResult,
} from "../search/search-index.js";
import { type Catalog, nearestCodes, projectNumbered, projectsUnder, saidName } from "./catalog.js";
import { completesWithin, lastListed } from "./compare.js";
import { MAY_NAME_KANA_UNIT, withUnitsByReading, withUnitsInKanji } from "./kana-units.js";
import {
  ASKS_COUNT,
  ASKS_DEPARTMENT,
  ASKS_DIRECTION,
  ASKS_LISTED,
  askingClause,
  askingSentences,
  asksAudience,
  asksEveryHolder,
  asksForProjects,
  asksOnlyAnAction,
  asksOnlyFields,
  asksOnlyForHelp,
  asksWhetherListed,
  asksYesOrNo,
  fieldsAskedIn,
  NARROWING_WORD,
  offersOnlyAUnit,
  pointsBackAtSubject,
  projectSentence,
  reportsANeed,
  saysThereIsAProject,
  sentencesOf,
  shapeAsked,
  stripRegister,
  withoutAsides,
  withoutOpening,
} from "./register.js";
import { directionsLine, projectCode } from "./render-text.js";
import { type AboutBot, saysThanks } from "./understand/about-bot.js";
import { SDGS_SAID, type SdgAsked, sdgGoalsAsked, sdgGoalsNamed } from "./understand/codes.js";
import { STILL_RUNNING } from "./understand/directions.js";
import {
  BY_POLICY,
  leftOutAsDoing,
  POLICIES_ASKED,
  RANKED_PLACE,
  withoutFraming,
  YEAR_RANKED,
} from "./understand/frame.js";
import { termMeaning } from "./understand/term-meaning.js";
import { CONFIRMING_VERB, type Slip, UNIT_CONFIRMING, UNIT_SUFFIXES } from "./understand/units.js";
import { unrecordedNote, withoutUnrecorded } from "./understand/unrecorded.js";
import { countOf, escapeRegExp, perObject } from "./understand/util.js";
import { yearMeaning } from "./understand/year-meaning.js";
import { ANY_YEAR, KOTOSHI } from "./understand/years.js";
import {
  boundSaid,
  type CodeRef,
  type CountBound,
  isStructured,
  MAX_QUESTION_CHARS,
  type NameWord,
  quotable,
  type Understanding,
  understand,
} from "./understand.js";

export type Intent = "usage" | "code" | "department" | "filter" | "search";

export interface Scope {
  kind: CodeRef["kind"];
  code: string;
  title: string;
  /** For an initiative or a project: the policy it belongs to. */
  policyTitle?: string;
}

export interface Answer {
  query: string;
  intent: Intent;
  /** Every project shown, best first: the answers (該当), then, for free text, related ones (関連する可能性). */
  projects: Project[];
  /** How many of `projects` answer the question; the rest are only related (some of its words, not its key). */
  answered: number;
  /** Words of the question that the plan never uses, as the asker wrote them: the search went on without them. */
  missingTerms: string[];
  /**
   * For free text, the words searched as the subject, as the asker wrote them (not filler, not the background
   * before the ask, which weighs less): so that an asker sees how a long message was read. Empty for any other
   * intent, and when no project is shown.
   */
  searchedWords: string[];
  scopes: Scope[];
  /** How a structured question was read; `excluded` names what it leaves out (財産活用課, 施策7-2). */
  filters: {
    years: YearKey[];
    directions: Direction[];
    departments: string[];
    excluded: string[];
    /** The directions hold in every year asked (ずっと継続), not in some of them. */
    everyYear: boolean;
    /** Directions left out: in the years asked, or, when none is asked, in every year (拡充じゃない事業). */
    never: Direction[];
  };
  /** Short Japanese sentences about how the question was read (a cut, a year outside the plan, …). */
  notes: string[];
  /** Codes or questions to try next, when the answer is empty or the code unknown. */
  suggestions: string[];
  /** The plan's fiscal years (R3 … R7): a project's directions that stop before the last say so. */
  planYears: YearKey[];
  /** Titles of the initiatives the projects belong to (code → title): long lists are grouped by them. */
  initiatives: Record<string, string>;
  /** The question before it, when the message went on from it (「それっていつまで？」): it was read after it. */
  continuedFrom?: string;
  /**
   * What a follow-up was read as, when not as typed: after the questions before it (「人事課の事業\nそのうちR4に
   * 完了するのは？」), or as the question before of another year (じゃあR6は？). What 「次へ」 asks again; what the next
   * message goes on from is `goesOnFrom` (engine.ts).
   */
  readAs?: string;
  /** A yes or a no said first (はい。…は令和6年度も計画に載っています。): the question was whether, not which. */
  verdict?: boolean;
  /**
   * The notes that answer the question in a sentence (はい。…, 担当課: …, 該当する事業は7件です。, when a project
   * completes): shown as the answer, not as remarks beside it.
   */
  leads?: string[];
  /** The question asked how many (何件): the answer says the number first, and a long list is shown a line each. */
  counted?: true;
  /**
   * The sides whose counts a question compared (財産活用課と情報システム課、どっちが多い？), each with its count: what a
   * follow-up's 多い方 or 少ない方 picks from.
   */
  comparedCounts?: readonly (readonly [string, number])[];
  /**
   * A reply to what was said to the bot or asked of it (お疲れ様です, ありがとう, このデータはいつ時点？): its sentences are
   * the answer; no search was made, so no count is given.
   */
  reply?: true;
  /**
   * A follow-up that only asked something of the projects of a list made exactly (「縮小になってる事業ってある？」 then
   * 「それっていつから縮小？」): the next message goes on from that list's question, not from this one.
   */
  keepsSubject?: boolean;
  /**
   * The units a question of the most (or fewest) named (「一番多い課は？」: 人権・男女共生課の事業): a follow-up narrows
   * their projects, not the extreme worked out again among its own (see goesOnFrom).
   */
  extremeOf?: string;
  /**
   * A message in a thread that found nothing to show: kept set apart in what the next message goes on from, which reads
   * it only to correct it or ask it of another subject (see goesOnFrom).
   */
  foundNothing?: true;
  /**
   * The list's question, when a follow-up picked one of its projects by its place (「施策7-6の事業」 then 「最初の事業の
   * 目的は？」): another place (「2番目のやつは？」) picks from that list again; anything else asks of the one picked.
   */
  pickedFrom?: string;
  /**
   * The question before, when this one asked the same of another subject by its side (「マイナンバーカードの普及促進
   * について」 then 「住民票等の窓口申請システムの方は？」): 前者, 後者 and 両者 next are of the two (see goesOnFrom).
   */
  alongside?: string;
  /**
   * The question before asked again of another subject the message names (「…はいつまで載ってる？」 then 「じゃあ住民票の
   * 窓口申請システムは？」): the two are what 両方 and どっち next point at, as after a side (see alongside).
   */
  anotherSubject?: true;
  /**
   * The thread's first question, when what this answer goes on from no longer opens with it (another subject was asked
   * since): 「最初に聞いたやつ」 next points back at it (see goesOnFrom).
   */
  threadFirst?: string;
  /**
   * The fields asked for by name (…の目的は？, それぞれの内容を, 目的と内容を): shown whole for each project answered,
   * not one line.
   */
  fieldsAsked?: AskedField[];
  /**
   * The shape the answer was asked in (probe 86): `lines`, a line a project with its department and directions (表で,
   * 箇条書きで, 名前だけ, コピペできる形で, 件数だけ); `brief`, no full 目的 and 内容 even for one project (短く, 簡単に).
   */
  shape?: "lines" | "brief" | "count";
  /**
   * The projects a いいえ is about, none of them answered (「マイナンバーカードの普及促進ってR5も載ってる？」 of a
   * project not listed then): what a follow-up asking a field of it (「担当課は？」) asks of. After an answer of none
   * with the subject's projects named below (「R6はどうなる？」 of one not listed then), those projects: what
   * 「同じ課の…」 next goes on from.
   */
  asked?: Project[];
}

/** A project's field a question can ask for by name. */
export type AskedField = "目的" | "内容";
/** The text of that field of a project. */
export const fieldText = (project: Project, field: AskedField): string =>
  field === "目的" ? project.purpose : project.content;

/** How many characters of a question an answer's heading quotes back. */
export const QUOTED_QUESTION_CHARS = 40;

/**
 * A question as a heading quotes it: short (the first 40 characters, then …), and with the characters Slack's
 * mrkdwn reads as formatting (* _ ~ `) shown in their full-width forms, so an asker's asterisks stay text.
 */
export function quoteQuestion(question: string): string {
  const whole = question.replace(/\s+/g, " ").trim();
  // A long message is quoted from what it says, not from its greeting (お疲れ様です。市民課の山田です。…) — from its
  // asking sentence, when the story before it would fill the quote (probes 55–57: 「…予算編成に向けて歳入まわりの…」).
  const said = [...whole].length > QUOTED_QUESTION_CHARS ? withoutOpening(whole) : whole;
  const asking = [...said].length > QUOTED_QUESTION_CHARS ? askingSentences(said).at(-1) : undefined;
  // (An asking sentence that names nothing — 「…担当課も知りたいです。」「お手数ですが教えてください。」 — is quoted with the
  // sentence before it that does: a heading of the request alone tells nothing of what was asked (probes 66–69).)
  // (So is a request that is all register — 「お手すきの際にご確認ください。」 — with the one before it that says
  // something, probe 74.)
  const sentences = asking ? sentencesOf(said) : [];
  let at = asking ? sentences.lastIndexOf(asking) : -1;
  while (at > 0 && namesNothing(sentences[at] as string)) at--;
  const named = at >= 0 ? sentences[at] : asking;
  const from = named ? said.lastIndexOf(named) : 0;
  const chars = [...(from > 0 ? `…${said.slice(from)}` : said)];
  const short =
    chars.length > QUOTED_QUESTION_CHARS
      ? `${chars.slice(0, QUOTED_QUESTION_CHARS - 1).join("")}…`
      : chars.join("");
  return short.replace(/[*_~`]/g, (c) => ({ "*": "＊", _: "＿", "~": "～", "`": "｀" })[c] ?? c);
}

/** What every answer shows or any ask of projects says, named in an ask that names nothing else (see NAMES_NOTHING). */
const ANSWER_FIELD =
  "(?:施策|取組|取り組み|事業名|事業|名称|名前|担当課|担当|所管課|方向性|目的|内容|概要|年度|件数|一覧)";

/** A sentence that names nothing: NAMES_NOTHING's, or one that is all register (お手すきの際にご確認ください。). */
const namesNothing = (sentence: string): boolean =>
  NAMES_NOTHING.test(sentence) ||
  !/[\p{L}\p{N}]/u.test(stripRegister(sentence).replace(/[\p{Script=Hiragana}ー]/gu, ""));

/**
 * A sentence that asks and names nothing of what: only the fields every answer shows (担当課, 事業名, 方向性), the words
 * that refer back (該当する, 該当の, その, これ) or ask which (どの事業になるか, どの事業が該当しますか), the list (一覧で)
 * and the request (教えて, 知りたい, お願い, いただけますか).
 */
const NAMES_NOTHING = new RegExp(
  String.raw`^[\s、,]*(?:(?:また|あと|あわせて|併せて|合わせて|それと|お手数ですが|恐れ入りますが|もし|差し支えなければ|可能であれば)[、,]?\s*)*(?:(?:該当|関係|関連)(?:する|の)?|その|それらの?|これらの?|この|こちらの|どの|どちらの|何の|なんの)?\s*(?:${ANSWER_FIELD}(?:\s*(?:の|と|や|、)\s*${ANSWER_FIELD})*)?\s*(?:に(?:なる|該当する|当たる|あたる)|なの|です)?\s*(?:か)?\s*(?:も|を|は|が|について)?\s*(?:あれば|があれば)?\s*(?:一覧で)?\s*(?:教えて|知りたい|伺いたい|確認させて|ご教示|お知らせ|お願い|いただけ|頂け|ください|該当(?:します|する)|でしょうか|ですか)[^。？?！!]*[。？?！!]*\s*$`,
);

/** How a shown project meets the question: exactly (a code, department, year), strongly, or partially. */
export type Match = "exact" | "strong" | "partial";

/**
 * Beside a project named in full, how much of the question another project must hold to be shown as related:
 * half, as for 該当 (search-index's MIN_COVERAGE, not imported: answering a code must not load the search).
 */
const RELATED_BESIDE_NAMED = 0.5;

/**
 * A word as the asker wrote it (Ｗｉ－Ｆｉ, not the folded wi-fi), found at the same place in the question once
 * folded — when folding kept the question's length, as it does for width and case; else the word as folded.
 */
function asWritten(word: string, question: string, folded: string): string {
  const at = folded.length === question.length ? folded.indexOf(word) : -1;
  return at < 0 ? lettersCased(word) : question.slice(at, at + word.length);
}

/**
 * A word named as typed: in kanji, with the one kanji the analyzer cut off it (証明 of 証明書, 犬病 of 狂犬病) — the
 * asker typed the whole word, and a piece of it reads as a misreading; a longer run (学校 of 学校給食) is words of
 * their own. In katakana, the whole run typed (see wholeKatakanaWord).
 */
function wholeTypedWord(word: string, question: string, found: readonly string[]): string {
  const at = question.indexOf(word);
  if (at >= 0 && KATAKANA_ONLY.test(word)) return wholeKatakanaWord(word, at, question, found);
  if (at < 0 || !KANJI_ONLY.test(word)) return word;
  let start = at;
  let end = at + word.length;
  while (start > 0 && KANJI_ONLY.test(question[start - 1] as string)) start--;
  while (end < question.length && KANJI_ONLY.test(question[end] as string)) end++;
  // (Not a verb's kanji after it, its okurigana next: 部屋 of 部屋借りた is the word, 借り another.)
  const verbAfter = end > at + word.length && OKURIGANA.test(question[end] ?? "");
  return end - start === word.length + 1 && !verbAfter ? question.slice(start, end) : word;
}
const KANJI_ONLY = /^\p{Script=Han}+$/u;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー]+$/u;
/**
 * A word in katakana named as the whole run of katakana typed around it (ドローン, not the ローン the analyzer cut it into:
 * probe 99): a loanword is one word however the dictionary splits it — unless the run holds another word searched.
 */
function wholeKatakanaWord(word: string, at: number, question: string, found: readonly string[]): string {
  let start = at;
  let end = at + word.length;
  while (start > 0 && KATAKANA_ONLY.test(question[start - 1] as string)) start--;
  while (end < question.length && KATAKANA_ONLY.test(question[end] as string)) end++;
  const run = question.slice(start, end);
  // (Not over a word the plan has, searched beside it: アプリ of スマートロックアプリ is missing, スマートロック is not.)
  return found.some((f) => f !== word && run.includes(f)) ? word : run;
}
/** Hiragana that goes on a kanji as its verb's or adjective's ending, not a particle after a noun (の, が, を …). */
const OKURIGANA = /^[\u3041-\u3096](?<![のがをにはでともやへ])/u;

/** A few Latin letters not typed as such (アイシーティー, read as ict): an acronym, in capitals (ICT). */
const lettersCased = (word: string): string => (/^[a-z]{2,5}$/.test(word) ? word.toUpperCase() : word);

export function matchOf(answer: Answer, index: number): Match {
  // (A project shown beyond those answered is related, whatever the question: 「R3に廃止となっている事業」 answers
  // none and shows a related one, which `--json` had called exact — probe 68.)
  if (index >= answer.answered) return "partial";
  return answer.intent === "search" ? "strong" : "exact";
}

/**
 * Every project an answer shows, best first: its projects, then those it names in a line under its note of none
 * (「条件に当てはまる事業はありません。計画にある関連の事業:」, 「質問の事業:」) — what `--json` lists and the evaluation
 * reads (probe 113: 「…って確かR5まで載ってましたよね」 named its project under a いいえ, and `--json` listed none).
 */
export function shownProjects(answer: Answer): Project[] {
  const named =
    answer.notes.includes(NEAR_MISSES_HEADING) || answer.notes.includes(ASKED_HEADING)
      ? (answer.asked ?? [])
      : [];
  return [...answer.projects, ...named.filter((p) => !answer.projects.includes(p))];
}

/**
 * 「該当 1件・関連する可能性 7件」: answers and related projects are never counted together. With related
 * projects only, the count says so rather than lead with 「該当 0件」, which staff read as "the plan has nothing".
 */
export function countLabel(answer: Answer): string {
  // (Two counts compared in a sentence, no list: 「差は？」 is answered, not guided — probe 478 read ご案内 as the help.)
  if (answer.reply) return answer.comparedCounts ? COMPARED_LABEL : REPLY_LABEL;
  const related = answer.projects.length - answer.answered;
  // (A no said of the projects asked about, shown under 「質問の事業:」: counted as those — 「いいえ（該当 0件）」 above the
  // project asked of had read as "the plan has no such project", probes 488, 491 and 492.)
  const asked =
    answer.verdict && answer.answered === 0 && answer.notes.includes(ASKED_HEADING)
      ? (answer.asked ?? [])
      : [];
  const count =
    asked.length > 0 && related === 0
      ? `質問の事業 ${asked.length}件`
      : related === 0
        ? `該当 ${answer.answered}件`
        : answer.answered === 0 && !answer.verdict
          ? `関連する可能性 ${related}件（質問の語の一部が合う事業を、近い順に示します）`
          : `該当 ${answer.answered}件・関連する可能性 ${related}件`;
  // A yes or a no is the answer, and is read first: 「該当 0件」 alone, above 「いいえ。…の方向性は継続です。」,
  // reads as "nothing known" to someone who asked whether. (After it, 該当 0件 is said: the no has just said so.)
  const said = answer.verdict ? VERDICT_WORD.exec(answer.notes[0] ?? "")?.[1] : undefined;
  return said ? `${said}（${count}）` : count;
}

/** The word a verdict sentence opens with (はい。/ いいえ。/ 一部です。): what the heading says first. */
const VERDICT_WORD = /^(はい|いいえ|一部)(?:です)?。/;

/** A note that says a condition the answer was read with (条件: …): shown as a 条件 line, not as an aside. */
export const CONDITION_PREFIX = "条件:";
export const isConditionNote = (note: string): boolean => note.startsWith(CONDITION_PREFIX);
/** The most directions a condition says by those it leaves out (継続・縮小以外), rather than by the five it keeps. */
const MOST_LEFT_OUT_SAID = 2;
/**
 * Directions as the 条件 line says them: 拡充・臨時拡充, and a direction without the kind its name is in said so —
 * 「拡充（臨時拡充を除く）」, not a bare 拡充 the reader must notice lacks 臨時拡充; all but one, by the one left out.
 */
export function directionsLabel(directions: readonly Direction[]): string {
  // All but one or two: said by those left out (継続以外, 継続・縮小以外), not listed.
  const left = DIRECTION_WORDS.filter((d) => !directions.includes(d));
  if (left.length > 0 && left.length <= MOST_LEFT_OUT_SAID) return `${left.join("・")}以外`;
  return directions
    .map((d) => {
      const kinds = DIRECTION_WORDS.filter((k) => k !== d && k.includes(d) && !directions.includes(k));
      return kinds.length > 0 ? `${d}（${kinds.join("・")}を除く）` : d;
    })
    .join("・");
}
/** The end of a run of years asked for (臨時拡充が2年度以上続けて): within the years asked, not in one of them. */
export const STREAK_NOTE_END = "年度以上続けて";

/** The note of a structured answer that no project meets its conditions. */
export const NONE_MEET = "この条件に当てはまる事業は計画にありません。";
/** Said when who a project is for is asked: the plan's columns hold no 対象者. */
export const AUDIENCE_NOTE = "計画には対象者の欄がないため、事業の目的と内容で示します。";

/** Years asked that the plan does not cover: 「令和8年度は計画期間（令和3年度〜7年度）の外です。…」. */
const outsideYearsNote = (outside: readonly YearKey[], years: readonly YearKey[]): string =>
  `${outside.map(reiwaLabel).join("・")}は計画期間（${planPeriodLabel(years)}）の外です。この計画に${outside.length > 1 ? "これらの" : "その"}年度の方向性はありません。`;

/** A subject asked of a year outside the plan: searched without it, and said so (not as if no year were named). */
export const OUTSIDE_SEARCHED_NOTE = "その年度は計画期間の外のため、年度の条件なしで探した結果です。";

/**
 * Over the projects below those answered: ranked lower, whatever words they hold — a project beside one named in
 * full (「Wi-Fiの事業の担当課は？」) may hold every word asked, so the heading claims no more than that.
 */
export const RELATED_HEADING = "関連する可能性がある事業";
/** How many of the nearest projects' departments a どこの課 question is told when nothing answers it. */
export const RELATED_DEPARTMENT_PROJECTS = 3;

export interface AnswerDeps {
  catalog: Catalog;
  now: Date;
  search: () => Promise<SearchIndex>;
  /** How free-text retrievers are combined (the default unless an evaluation compares them). */
  ranking?: RankingOptions | undefined;
}

export const MAX_SEARCH_RESULTS = 10;
/**
 * How many cards a free-text answer shows with its related projects: every 該当 (up to MAX_SEARCH_RESULTS), then
 * related ones only up to this many in all. Measured on the tuned sets' 3,123 free-text answers: ranks 6–10 held
 * 10,530 related cards, 81 of them (0.8 %) relevant — a wall of cards in Slack for a one-project question.
 */
export const SHOWN_WITH_RELATED = 5;
/**
 * The share of an ask's key-word mass that the words the plan lacks must weigh for 「いいえ」 to head a yes-or-no
 * about a subject. Measured on the tuned sets' questions answered いいえ so (twenty-seventh session): with no such
 * bound the labels agreed with 41 of 82 — the others named a project the answer showed, mostly first (冊子 for the
 * plan's 事例集, 部屋 beside スマートロック). At 0.7, 36 of 47 agree; at 0.8, 27 of 32; at 0.85, 24 of 28; at 0.9, 13
 * of 15. A wrong いいえ misleads where a missing one only leaves the asker to read the cards, so the bound is high.
 */
export const MISSING_VERDICT_SHARE = 0.85;
/** How many projects about the subject, but outside the asked conditions, an empty answer names. */
const NEAR_MISSES = 3;

/** What the heading says of a reply (see Answer's reply): there is no count of projects to give. */
export const REPLY_LABEL = "ご案内";
/** What the heading says of a reply comparing two counts (差は？, どっちが多い？ after two lists). */
export const COMPARED_LABEL = "件数の比較";

/** Praise said to the bot (すごい, さすが, いいね, 👍): thanked for. */
const PRAISE = /すごい|さすが|完璧|いいね|👍/u;

/** A reply in sentences (its leads), with questions to try. */
const replied = (result: Answer, sentences: readonly string[]): Answer => ({
  ...result,
  notes: [...result.notes, ...sentences],
  leads: [...sentences],
  reply: true,
  suggestions: EXAMPLE_QUESTIONS,
});

/** The digest's commands, as the usage and a reply about the digest say them. */
export const DIGEST_COMMANDS =
  "`/plan digest on` で購読、`/plan digest off` で停止、`/plan digest` で状態とプレビュー。";

/**
 * What the digest does, said to staff: what it posts (README: the daily digest) — in a fiscal year past the plan's,
 * only a notice at the year's start. (The time is the operator's DIGEST_CRON: by default each business day's morning.)
 */
const digestSaid = (catalog: Catalog, thisYear: YearKey): string[] => [
  "毎朝の通知は『計画ダイジェスト』です。購読したチャンネルに市役所の営業日の朝、今年度に完了する事業と新しく始まる事業を投稿します。",
  ...(catalog.years.includes(thisYear)
    ? []
    : [
        `今年度（${reiwaLabel(thisYear)}）は計画期間（${planPeriodLabel(catalog.years)}）の外のため、年度の初めにお知らせを1回投稿するだけです。`,
      ]),
  `Slackで ${DIGEST_COMMANDS}`,
];

/**
 * The sentences that answer what a message said to the bot or asked of it: its data (the plan's chapter, its years and
 * size, what its directions are and are not, and today's fiscal year), its digest, or a courtesy; null for usage,
 * which the usage text answers.
 */
function aboutSaid(about: AboutBot, message: string, catalog: Catalog, thisYear: YearKey): string[] | null {
  const { plan, years, policies, initiatives } = catalog;
  switch (about) {
    case "usage":
      return null;
    case "data":
      return [
        `このボットが参照しているのは、茨木市総合計画の実行計画（アクションプログラム）のうち「${plan.chapter}」の章です（${planPeriodLabel(years)}、施策${policies.size}件・取組${initiatives.size}件・事業${plan.projects.length}件）。`,
        `計画書に載っている時点の内容で、各年度の方向性（新規・継続・拡充・縮小・完了など）は計画期間の予定です。進捗や実績、予算額は載っていません。今年度は${reiwaLabel(thisYear)}です。`,
        "元の資料は計画書の表で、ボットはそれをテキストにしたものを読んでいます。計画が改定されたときは、そのテキストが入れ替えられます。",
      ];
    case "digest":
      return digestSaid(catalog, thisYear);
    case "feedback":
      return [
        "Slackでは、回答の下の『違う』ボタンで知らせてください（合っていたときは『役に立った』）。押された質問は記録され、管理者が見直します。",
      ];
    case "thanks":
      return [
        saysThanks(message)
          ? "どういたしまして。ほかにも計画の事業について、質問をどうぞ。"
          : PRAISE.test(message)
            ? "ありがとうございます。ほかにも計画の事業について、質問をどうぞ。"
            : "はい。ほかにも計画の事業について、質問をどうぞ。",
      ];
  }
}

/** Real questions to show in usage and after an empty answer: a code, a department, a year, free text. */
export const EXAMPLE_QUESTIONS = ["7-4-2", "人事課", "令和5年度 完了", "マイナンバーカードの担当課は？"];

function resolveCode(catalog: Catalog, ref: CodeRef): { scope: Scope | null; projects: Project[] } {
  switch (ref.kind) {
    case "chapter":
      return catalog.chapters.has(ref.code)
        ? { scope: { ...ref, title: catalog.plan.chapter }, projects: projectsUnder(catalog, ref.code) }
        : { scope: null, projects: [] };
    case "policy": {
      const policy = catalog.policies.get(ref.code);
      return policy
        ? { scope: { ...ref, title: policy.title }, projects: projectsUnder(catalog, ref.code) }
        : { scope: null, projects: [] };
    }
    case "initiative": {
      const initiative = catalog.initiatives.get(ref.code);
      // 7-2-17 where 7-2 has no initiative 17 but a project No.17: staff often write a project that way.
      const [chapter, policy, no] = ref.code.split("-");
      const asProject = `${chapter}-${policy}`;
      if (!initiative && projectNumbered(catalog, asProject, Number(no)))
        return resolveCode(catalog, { kind: "project", code: asProject, no: Number(no) });
      return initiative
        ? {
            scope: { ...ref, title: initiative.title, policyTitle: initiative.policy.title },
            projects: projectsUnder(catalog, ref.code),
          }
        : { scope: null, projects: [] };
    }
    case "project": {
      const project = projectNumbered(catalog, ref.code, ref.no);
      const policy = catalog.policies.get(ref.code);
      return project && policy
        ? {
            scope: {
              kind: "project",
              code: `${ref.code} No.${ref.no}`,
              title: project.name,
              policyTitle: policy.title,
            },
            projects: [project],
          }
        : { scope: null, projects: [] };
    }
  }
}

const codeLabel = (ref: CodeRef) => (ref.kind === "project" ? `${ref.code} No.${ref.no}` : ref.code);

/**
 * The heading lines of an answer's scopes: several projects of one policy (7-2の13番から17番) in one line, their
 * numbers with the policy's title once — each project's name is on its card (probe 72 read five lines of the same
 * title). A code of any other kind keeps its own line, with its title.
 */
export function scopeHeadings(scopes: readonly Scope[]): Scope[] {
  const out: Scope[] = [];
  for (const scope of scopes) {
    const last = out.at(-1);
    const policy = scope.code.split(" ")[0];
    if (scope.kind === "project" && last?.kind === "project" && last.code.startsWith(`${policy} No.`)) {
      out[out.length - 1] = {
        ...last,
        code: `${last.code}・${scope.code.slice(`${policy} `.length)}`,
        title: "",
      };
      continue;
    }
    out.push(scope);
  }
  return out;
}

/** 令和4年度に完了・新規完了, 令和5年度に完了・新規完了でない, 令和7年度に方向性の記載あり. */
function conditionLabel(c: Understanding["conditions"][number]): string {
  // Over a span, a condition held is in some year of it; one denied, in none of them.
  const span = `${reiwaLabel(c.year)}〜${reiwaLabel(c.until ?? c.year).replace("令和", "")}`;
  const at =
    c.until === undefined
      ? `${reiwaLabel(c.year)}に`
      : c.holds
        ? `${span}のいずれかに`
        : `${span}のどの年度にも`;
  if (c.directions.length === DIRECTION_WORDS.length) return `${at}方向性の記載${c.holds ? "あり" : "なし"}`;
  return `${at}${directionsLabel(c.directions)}${c.holds ? "" : "でない"}`;
}

/** The years a condition is on: its own, or each from it to `until`. */
function spanOf(c: Understanding["conditions"][number]): YearKey[] {
  const [from, to] = [Number(c.year.slice(1)), Number((c.until ?? c.year).slice(1))];
  return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => `R${from + i}` as YearKey);
}

/** The directions that happen once (新規, 完了): over a span, claimed of some year of it — the others are states. */
const EVENTS: readonly Direction[] = ["新規", "完了", "新規完了"];
/**
 * Whether one project bears out a claimed condition: in its year; over a span, a state in each year of it the project is
 * listed in (R4以降は継続のまま: every one, and some), an event in some year (そのあと完了).
 */
function claimHolds(project: Project, c: Understanding["conditions"][number]): boolean {
  const has = (y: YearKey) => c.directions.includes(project.directions[y] as Direction);
  const years = spanOf(c);
  if (c.until === undefined || c.directions.every((d) => EVENTS.includes(d))) return years.some(has);
  const listed = years.filter((y) => project.directions[y]);
  return listed.length > 0 && listed.every(has);
}

/** How many years a project is listed, against the count asked (see Understanding's listedFor): the test and its words. */
const LISTED_FOR_BOUNDS: Record<
  CountBound,
  { holds: (listed: number, asked: number) => boolean; said: string }
> = {
  exactly: { holds: (listed, asked) => listed === asked, said: "" },
  atLeast: { holds: (listed, asked) => listed >= asked, said: "以上" },
  atMost: { holds: (listed, asked) => listed <= asked, said: "以下" },
  under: { holds: (listed, asked) => listed < asked, said: "未満" },
};

function matchesFilters(
  project: Project,
  u: Pick<
    Understanding,
    | "departments"
    | "excludedDepartments"
    | "excludedCodes"
    | "absentDirections"
    | "ownYears"
    | "throughout"
    | "directions"
    | "conditions"
    | "changes"
    | "steady"
    | "listedFor"
    | "changedTimes"
    | "streaks"
    | "transitions"
    | "edges"
    | "nameHas"
    | "departmentHas"
    | "textHas"
  >,
  years: YearKey[],
) {
  if (u.departments.length > 0 && !u.departments.includes(project.department)) return false;
  if (u.excludedDepartments.includes(project.department)) return false;
  if (u.excludedCodes.some((c) => c === project.policy || c === project.initiative)) return false;
  if (
    u.conditions.some(
      (c) => spanOf(c).some((y) => c.directions.some((d) => d === project.directions[y])) !== c.holds,
    )
  )
    return false;
  // The words were read from the width-normalised question.
  if (!u.nameHas.every(({ word, holds }) => normalizedName(project).includes(word) === holds)) return false;
  if (
    !u.textHas.every(
      ({ word, holds, field }) =>
        (field === undefined ? writtenText(project) : writtenField(fieldText(project, field))).includes(
          unpunctuated(normalizeWidth(word)),
        ) === holds,
    )
  )
    return false;
  if (
    !u.departmentHas.every(({ word, holds }) => normalizeWidth(project.department).includes(word) === holds)
  )
    return false;
  for (const streak of u.streaks) {
    // Some run of `years` consecutive plan years, each with one of the directions.
    const listed = yearsOf([project]).map((y) => Number(y.slice(1)));
    let run = 0;
    let longest = 0;
    for (let n = Math.min(...listed); n <= Math.max(...listed); n++) {
      const direction = project.directions[`R${n}` as YearKey];
      run = direction !== undefined && streak.directions.includes(direction) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest < streak.years) return false;
  }
  for (const t of u.transitions) {
    // Some year with one of `from`, the next with one of `to`.
    const follows = (n: number) =>
      t.from.some((d) => d === project.directions[`R${n}` as YearKey]) &&
      t.to.some((d) => d === project.directions[`R${n + 1}` as YearKey]);
    if (!yearsOf([project]).some((y) => follows(Number(y.slice(1))))) return false;
  }
  // The project's directions in its own listed years, first to last: read, once, only by the conditions below that ask
  // how they run.
  let listedOnce: Direction[] | undefined;
  const listedDirections = () =>
    (listedOnce ??= yearsOf([project]).map((y) => project.directions[y] as Direction));
  if (u.edges.length > 0) {
    // Its first's direction, every later one's, its last's.
    const listed = listedDirections();
    const [first] = listed;
    const later = (after: YearKey | undefined) =>
      after === undefined
        ? listed.slice(1)
        : yearsOf([project])
            .filter((y) => Number(y.slice(1)) > Number(after.slice(1)))
            .map((y) => project.directions[y] as Direction);
    const holds = ({ edge, directions, after }: Understanding["edges"][number]) => {
      if (edge === "first") return first !== undefined && directions.includes(first);
      if (edge === "last") return listed.length > 0 && directions.includes(listed.at(-1) as Direction);
      const rest = later(after);
      return rest.length > 0 && rest.every((d) => directions.includes(d));
    };
    if (!u.edges.every(holds)) return false;
  }
  if (u.listedFor !== undefined) {
    const { years, bound } = u.listedFor;
    if (!LISTED_FOR_BOUNDS[bound].holds(yearsOf([project]).length, years)) return false;
  }
  if (u.changedTimes !== undefined) {
    const { times, bound } = u.changedTimes;
    const listed = listedDirections();
    const changed = listed.filter((d, i) => i > 0 && d !== listed[i - 1]).length;
    if (!LISTED_FOR_BOUNDS[bound].holds(changed, times)) return false;
  }
  if (u.steady !== undefined) {
    // (A project listed one year only has never changed: a change needs two.)
    const listed = listedDirections();
    if (listed.length === 0 || listed.every((d) => d === listed[0]) !== u.steady) return false;
  }
  for (const c of u.changes) {
    const [before, after] = [project.directions[c.from], project.directions[c.to]];
    if (before === undefined || after === undefined || (before !== after) !== c.differ) return false;
  }
  const asked = years.length > 0 ? years : (Object.keys(project.directions) as YearKey[]);
  if (years.length > 0 && !asked.some((y) => project.directions[y] !== undefined)) return false;
  if (u.ownYears.length > 0) {
    // Only when asked: the project's listed years, for its own first and last.
    const listed = yearsOf([project]);
    const edgeOf = { first: listed[0], last: listed[listed.length - 1] };
    const n = (y: YearKey | undefined) => (y === undefined ? Number.NaN : Number(y.slice(1)));
    const meets = (o: (typeof u.ownYears)[number]) => {
      const at = n(edgeOf[o.edge]);
      const within =
        o.side === "from" ? at >= n(o.year) : o.side === "to" ? at <= n(o.year) : at === n(o.year);
      return within === o.holds;
    };
    if (!u.ownYears.every(meets)) return false;
  }
  const has = (d: Direction | undefined) => d !== undefined && u.absentDirections.includes(d);
  if (asked.some((y) => has(project.directions[y]))) return false;
  if (u.directions.length > 0 && u.throughout) {
    // 継続しかない: every year the project lists has one of the directions; R4からR6までずっと継続: every year
    // asked has one.
    const during = years.length > 0 ? asked : asked.filter((y) => project.directions[y] !== undefined);
    return during.length > 0 && during.every((y) => u.directions.some((d) => d === project.directions[y]));
  }
  if (u.directions.length > 0) {
    return asked.some((y) => {
      const d = project.directions[y];
      return d !== undefined && u.directions.includes(d);
    });
  }
  return true;
}

/**
 * Whether a project's listing stops in `year` with none of the directions asked, when 完了 is asked of that year: the
 * plan marks an end with 完了, and a listing that stops without one is said beside the answer (probes 141, 143) — never
 * at the plan's last year, where every listing stops.
 */
function stopsUnmarked(
  project: Project,
  year: YearKey,
  directions: readonly Direction[],
  years: readonly YearKey[],
): boolean {
  return (
    directions.includes("完了") &&
    year !== years.at(-1) &&
    lastListed(project)?.year === year &&
    !directions.includes(project.directions[year] as Direction)
  );
}

/**
 * Whether a text holds a word as written — a Latin word with or without its hyphens (wifi and WiFi are the plan's
 * Wi-Fi: probe 137 had found one Wi-Fi project of five, the rest shown as related).
 */
const holdsWord = (text: string, word: string): boolean =>
  text.includes(word) || withoutLatinHyphens(text).includes(withoutLatinHyphens(word));

/** Whether a project's own text (name, 目的, 内容) holds a word as written, the word as typed (see holdsWord). */
export const holdsAsWritten = (project: Project, word: string): boolean =>
  holdsWord(normalizedText(project), normalizeWidth(word));

/** A project's name as questions are compared with it. */
const normalizedName = perObject((p: Project) => normalizeWidth(p.name));
/** A project's name with the plan's typos (dict/typos.txt: its spelling → the right one) read right. */
function rightName(project: Project, typos: ReadonlyMap<string, string>): string {
  let name = normalizedName(project);
  for (const [typo, right] of typos) name = name.replaceAll(normalizeWidth(typo), normalizeWidth(right));
  return name;
}
/**
 * A project's row as written — its name, department, purpose and content — width-normalised as questions are, brackets
 * and all (「DXって単語が出てくる事業」 holds DX推進チーム's: probe 291).
 */
const writtenText = perObject((p: Project) =>
  unpunctuated(normalizeWidth(`${p.name}\n${p.department}\n${p.purpose}\n${p.content}`)),
);
/** Words a field must or must not hold, as a condition says them: 事業名に「ICT」を含む, 目的に「コロナ」を含まない. */
const wordsSaid = (field: string, words: readonly NameWord[], typedAs: (w: string) => string): string[] =>
  [true, false].flatMap((holds) => {
    const said = words.filter((w) => w.holds === holds).map((w) => `「${typedAs(w.word)}」`);
    return said.length > 0 ? [`${field}に${said.join("と")}を${holds ? "含む" : "含まない"}`] : [];
  });
/** One field of a project as writtenText holds it (目的に「コロナ」と書いてある: its purpose alone). */
const writtenField = (text: string): string => unpunctuated(normalizeWidth(text));
/**
 * A text less the marks that only list or space its words (・, 、, commas, spaces): a word said to be written is found
 * however the asker punctuates its list — 「ヒト・モノ・カネって書いてある」 is the plan's 「ヒト、モノ、カネ」 (probe 328 had
 * answered いいえ).
 */
const unpunctuated = (text: string): string => text.replace(/[・、,\s]/gu, "");

/**
 * A project's name, purpose and content, width-normalised as questions are: where a word asked is found as written —
 * outside brackets, where the plan lists examples in passing (映画「葬式の名人」's （…ふるさと納税返礼品への出品等）).
 */
const normalizedText = perObject((p: Project) =>
  normalizeWidth(`${p.name}\n${p.purpose}\n${p.content}`).replace(/[（(][^（）()]*[)）]/g, " "),
);

/**
 * The text with each word the IME left in kana that `kept` allows read as the plan writes it (see the index's kanaAs:
 * every word of a run, each read with the text around it), and the slips read. Each is written where it was found.
 */
export function withKanaRead(
  text: string,
  index: Pick<SearchIndex, "kanaAs">,
  kept: (slip: Slip) => boolean = () => true,
): { text: string; slips: Slip[] } {
  const slips: Slip[] = [];
  const read = text.replace(new RegExp(HIRAGANA_RUN.source, "gu"), (run, at: number, all: string) => {
    let out = run;
    let from = 0;
    for (const slip of index.kanaAs(run, all.slice(0, at), all.slice(at + run.length)).filter(kept)) {
      const found = out.indexOf(slip.said, from);
      if (found < 0) continue;
      out = `${out.slice(0, found)}${slip.read}${out.slice(found + slip.said.length)}`;
      from = found + slip.read.length;
      slips.push(slip);
    }
    return out;
  });
  return { text: read, slips };
}

/**
 * Two units said to share projects: 両方に載ってる, どちらも担当している, 両方とも持っている, 重複する事業, 共通している
 * 事業, かぶってる, 共同で, 一緒に担当, 共管 — not both lists asked for (両方の事業を教えて, どちらも担当事業を教えて), nor
 * content in common (重複している内容, 共通して多い方向性).
 */
const BOTH_UNITS =
  /(?:両方|どちらも|どっちも|双方)\s*(?:に|が|で|とも)?\s*(?:載っ|載る|担当(?:して|する|し)|所管(?:して|する|し)|入っ|関わ|かかわ|持っ|やっ)|重複(?:して(?:いる|る)?|する|し)?\s*(?:事業|もの|ある|あり|は)|共通(?:して(?:いる|る)?|の)\s*(?:事業|もの)|かぶっ|被っ|共同で|一緒に\s*(?:担当|やっ|持っ)|共管/;

/** Now said, not a year named for its own sake (令和8年度の…): 今 (いま in kana), 今年度, 現在, 現状, status. */
const SAYS_NOW = new RegExp(
  String.raw`今|(?<!\p{Script=Hiragana})いま(?![いさ])|本年度|${KOTOSHI}|こんねんど|現在|現状|状況|status|ステータス`,
  "iu",
);
/** The policies themselves asked for, not counted by or compared (POLICIES_ASKED and BY_POLICY, as tests). */
const ASKS_THE_POLICIES = new RegExp(POLICIES_ASKED.source, "u");
const COUNTS_BY_POLICY = new RegExp(BY_POLICY.source, "u");
/** How things stand, asked: a direction or a plan (どうなってる, 予定), until when, or the state (状況, status). */
const ASKS_HOW_IT_STANDS = new RegExp(`${ASKS_DIRECTION.source}|いつまで|状況|現状`);

export async function answer(rawQuestion: string, deps: AnswerDeps): Promise<Answer> {
  return withPoliciesSaid(await answerRead(rawQuestion, deps), deps.catalog);
}

/**
 * 「人事課の事業はどの施策？」「7-2-3の事業の施策名は」: of a list made exactly (a department, a code, a year), which policy
 * and initiative its projects are under, said first — a search's answer says it of the projects it names (see
 * answerRead); the list had answered with no line of it (session 56 noticed).
 */
function withPoliciesSaid(answered: Answer, catalog: Catalog): Answer {
  const listed = answered.projects.slice(0, answered.answered);
  if (
    // (Not beside a policy's initiatives said in full — 「7-4の取組の名前は？」: see INITIATIVES_ASKED.)
    answered.notes.some((n) => INITIATIVES_LINE.test(n)) ||
    // (Nor of the units ranked — 「どの取組が一番少ない？」 — the ranking names them first.)
    answered.extremeOf !== undefined ||
    answered.intent === "search" ||
    answered.intent === "usage" ||
    answered.verdict ||
    listed.length === 0 ||
    !ASKS_POLICY.test(askingClause(answered.query)) ||
    // (Nor of an initiative's projects, its heading naming it and its policy: 「7-5-1の取組名を教えて」 had said the
    // same line again of each of the three — probe 229.)
    listed.every((p) => answered.scopes.some((s) => s.kind === "initiative" && s.code === p.initiative)) ||
    // (Nor of a policy asked what it is — 「施策7-3ってどういう施策？」 — its own lines say it: probe 445.)
    (ASKS_WHAT_IT_IS.test(askingClause(answered.query)) &&
      listed.every((p) => answered.scopes.some((s) => s.kind === "policy" && s.code === p.policy)))
  )
    return answered;
  const result = {
    ...answered,
    notes: [...answered.notes],
    ...(answered.leads ? { leads: [...answered.leads] } : {}),
  };
  answerFirst(
    result,
    ...(listed.length <= LINE_EACH
      ? listed.map((p) => policyLine(p, catalog, ASKS_INITIATIVE.test(askingClause(answered.query))))
      : policiesLines(listed, catalog)),
  );
  return result;
}

async function answerRead(rawQuestion: string, deps: AnswerDeps): Promise<Answer> {
  const { catalog } = deps;
  // This fiscal year, and when a project is listed or completes said as of it (see whenSaid).
  const thisYear = yearKeyOf(deps.now);
  const whenOf = (p: Project, when: readonly Direction[], span: boolean | "length" = false) =>
    whenSaid(p, when, catalog.years, span, thisYear);
  let u = understand(rawQuestion, catalog, deps.now);
  // The question as its slips are mended, one reading after another (a department in kana, a word in other kanji, a
  // department that sounds as the plan's): each reads the question again, the slips so far kept.
  // The question as typed, which the answer's heading quotes; the rest reads it mended.
  const typed = u.question;
  let mended = u.question;
  const readMended = (text: string, slips: readonly Slip[]) => {
    mended = text;
    u = { ...understand(text, catalog, deps.now), slips: [...u.slips, ...slips] };
  };
  const noDepartment = u.departments.length + u.excludedDepartments.length === 0;
  if ((noDepartment || u.hasFreeText) && MAY_NAME_KANA_UNIT.test(mended)) {
    // 「じんじかの事業」「まちみりょく発信課」: a department in kana, read by its words' readings (the dictionary
    // loads only now).
    const read = withUnitsInKanji(mended, catalog, await deps.search());
    if (read.slips.length > 0) readMended(read.question, read.slips);
  }
  // Each run of the question a reading may mend, read as the plan writes it where it reads one way.
  // (`read` gives the part of the run it reads otherwise — most often the whole run — and how.)
  const readRuns = async (run: RegExp, read: (index: SearchIndex, run: string) => Slip | null) => {
    if (!u.hasFreeText || !run.test(mended)) return;
    const index = await deps.search();
    const slips: Slip[] = [];
    const text = mended.replace(new RegExp(run.source, "gu"), (typed) => {
      const slip = read(index, typed);
      if (!slip) return typed;
      slips.push(slip);
      return typed.replace(slip.said, slip.read);
    });
    if (slips.length > 0) readMended(text, slips);
  };
  // 「講座振替の申し込み」「多分化共生のサロン」: a word the IME wrote with other kanji of the same sound, when the
  // plan's text lacks it and has one word that sounds so.
  const whole = (said: string, read: string | null): Slip | null => (read ? { said, read } : null);
  await readRuns(KANJI_RUN, (index, word) => whole(word, index.soundsAs(word)));
  // 「男女共同参加の計画」: a long word in kanji the plan lacks, one kanji off one word of the plan's.
  await readRuns(KANJI_RUN, (index, word) => whole(word, index.oneKanjiOff(word)));
  // 「セクシャルマイノリティの支援」「ウイズコロナ」: a loanword in another of its spellings, when the plan's text
  // lacks it and spells it (or its words) one way.
  await readRuns(KATAKANA_RUN, (index, word) => whole(word, index.spelledAs(word)));
  // 「空調かいしゅうどこだっけ」「情報システムちょうたつ」: a word the IME left in kana, read as the plan's word of that
  // reading.
  if ((u.hasFreeText || !isStructured(u)) && HIRAGANA_RUN.test(mended)) {
    const read = withKanaRead(mended, await deps.search());
    if (read.slips.length > 0) readMended(read.text, read.slips);
  }
  if (u.unknownDepartments.length > 0) {
    // 「人権・男女強制課の事業」: a department the plan lacks that sounds as one it has is that one, mistyped.
    const read = withUnitsByReading(mended, u.unknownDepartments, catalog, await deps.search());
    if (read.slips.length > 0) readMended(read.question, read.slips);
  }
  const result: Answer = {
    query: typed,
    intent: "search",
    projects: [],
    answered: 0,
    missingTerms: [],
    searchedWords: [],
    planYears: [...catalog.years],
    initiatives: {},
    scopes: [],
    filters: {
      years: u.years,
      directions: u.directions,
      departments: u.departments,
      never: u.absentDirections,
      excluded: [
        ...u.excludedDepartments,
        ...u.excludedCodes.map((c) => `${c.split("-").length === 2 ? "施策" : "取組"}${c}`),
      ],
      everyYear: u.throughout,
    },
    notes: [],
    suggestions: [],
  };
  const fields = fieldsAskedIn(u.question);
  if (fields.length > 0) result.fieldsAsked = fields;
  // 「誰向け？」「対象者は？」: said plainly that the plan records no such field, before the 目的 and 内容 that tell it
  // (probe 222: only the cards had answered, as if the question had been missed).
  if (asksAudience(u.question)) result.notes.push(AUDIENCE_NOTE);
  const shape = shapeAsked(u.question);
  if (shape !== undefined) result.shape = shape;
  // 「…の担当課と、昨年度の寄附額を」: what the plan has is answered, what it has not said so (probe 88).
  if (u.unrecorded.length > 0) result.notes.push(unrecordedNote(u.unrecorded));
  if (u.question.length === 0 || u.help) {
    return { ...result, intent: "usage", suggestions: EXAMPLE_QUESTIONS };
  }
  // Said to the bot, or asked of it rather than of the plan (probe 103): a reply in a sentence or two, no search.
  const said = u.about !== null ? aboutSaid(u.about, u.question, catalog, thisYear) : null;
  if (said !== null) return replied(result, said);
  // 「R3って何年のことですか？」「2023年度って令和何年度？」: what a year's name means, said both ways — not that year's list.
  const yearNumbers = catalog.years.map((y) => Number(y.slice(1)));
  const meaning = yearMeaning(u.question, Math.min(...yearNumbers), Math.max(...yearNumbers));
  // (No 条件 line: the year is what is explained, not a condition of a list.)
  if (meaning !== null) return replied({ ...result, filters: { ...result.filters, years: [] } }, [meaning]);
  // 「施策ってどういう単位？」「取組と事業ってどう違う？」: what the plan's own terms mean — not projects listed nor 0件.
  const counts = {
    chapter: catalog.plan.chapter,
    policies: [...catalog.policies.keys()],
    initiatives: catalog.initiatives.size,
    projects: catalog.plan.projects.length,
    first: Math.min(...yearNumbers),
    last: Math.max(...yearNumbers),
  };
  const term = termMeaning(u.question, counts) ?? termMeaning(askingClause(u.question), counts);
  if (term !== null)
    return replied({ ...result, filters: { ...result.filters, years: [], directions: [] } }, [term]);
  if (u.greetingOnly)
    return replied(result, [
      u.unrecorded.length > 0
        ? "計画にある事業についてなら、事業名や担当課を添えて質問してください。"
        : "こんにちは。計画（まちづくりを進めるための基盤）の事業について、質問をどうぞ。",
    ]);
  if (u.notJapanese) {
    result.notes.push(
      "plan-bot は日本語の質問に答えます（Japanese only）。事業名・担当課・年度などを日本語で入力してください。",
    );
    return { ...result, suggestions: EXAMPLE_QUESTIONS };
  }
  // (A word typed twice, or read again by a later reading, is said once.)
  const slipNotes = u.slips.map((slip) => readAsNote(slip.said, slip.read));
  result.notes.push(...new Set(slipNotes), ...aliasNotes(u, catalog));
  for (const unit of u.backgroundUnits)
    result.notes.push(
      `「${unit}」は質問の背景（質問者の所属や相手先など）として読み、担当課の条件にはしていません。`,
    );
  // 「事業が載っていない取組はどれ？」「7-2で新規・拡充事業等がない取組」: the initiatives with no project, by code and
  // title — no project answers, and searched as words the question had found three projects (probe 84).
  if (EMPTY_INITIATIVES.test(u.question)) {
    const within = u.codes.filter((c) => c.kind === "policy" || c.kind === "chapter").map((c) => c.code);
    const empty = [...catalog.initiatives.values()].filter(
      (i) =>
        projectsUnder(catalog, i.code).length === 0 &&
        (within.length === 0 || within.some((c) => i.code.startsWith(`${c}-`))),
    );
    answerFirst(
      result,
      empty.length === 0
        ? "新規・拡充事業等が載っていない取組はありません。"
        : `新規・拡充事業等が載っていない取組は${empty.length}件です: ${initiativesSaid(empty)}。`,
    );
    return { ...result, intent: "code" };
  }
  // 「事業が1件だけの取組ってどれ？」「2件以上ある取組はいくつ？」: the initiatives by how many projects they hold, by
  // code and title, their projects listed — probe 490's had answered 0件 with example questions.
  // (Of the plan's projects, or a policy's: a year, a direction or a unit asks of some of them, which this does not count.)
  const byCount =
    u.years.length + u.directions.length + u.departments.length === 0
      ? INITIATIVES_BY_COUNT.exec(u.question.normalize("NFKC"))
      : null;
  if (byCount) {
    const n = countOf(byCount[1] ?? byCount[4] ?? "");
    const bound = boundSaid(byCount[2] ?? byCount[5]);
    const within = u.codes.filter((c) => c.kind === "policy" || c.kind === "chapter").map((c) => c.code);
    const held = [...catalog.initiatives.values()].filter(
      (i) =>
        LISTED_FOR_BOUNDS[bound].holds(projectsUnder(catalog, i.code).length, n) &&
        (within.length === 0 || within.some((c) => i.code.startsWith(`${c}-`))),
    );
    result.projects = held.flatMap((i) => projectsUnder(catalog, i.code));
    result.answered = result.projects.length;
    answerFirst(
      result,
      held.length === 0
        ? `事業が${n}件${LISTED_FOR_BOUNDS[bound].said}の取組はありません。`
        : `事業が${n}件${LISTED_FOR_BOUNDS[bound].said}の取組は${held.length}件です: ${initiativesSaid(held)}。`,
    );
    return { ...result, intent: "code" };
  }
  // 「同じ事業名で2回載ってる事業ってある？」「事業名が重複している事業」: the projects whose name another project has
  // too, with where each is — searched as words, none had answered (probe 437).
  // (Asked so, in a message of its own: 「…について教えて。あと、同じ名前の事業が2つあるようですが、違いも」 is of the
  // subject before it.)
  if (SAME_NAMES_ASKED.test(u.question) && !/[。！？!?]\s*\S/u.test(u.question.trim())) {
    const byName = new Map<string, Project[]>();
    for (const p of catalog.plan.projects) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const twice = [...byName.values()].filter((ps) => ps.length > 1);
    result.projects = twice.flat();
    result.answered = result.projects.length;
    answerFirst(
      result,
      twice.length === 0
        ? "同じ事業名で載っている事業はありません。"
        : `同じ事業名で載っている事業は${twice.length}組です: ${twice
            .map((ps) => `${ps[0]?.name}（${ps.map((p) => `${p.policy} No.${p.no}`).join("・")}）`)
            .join("、")}。`,
    );
    return { ...result, intent: "code" };
  }
  // 「SDGsの17番に対応する事業」: the policies whose 対応するSDGs row names the goal (probe 82); a goal no row names
  // answers none, said so with the goals the plan does name — not every project that shares a word.
  const sdgs = sdgGoalsAsked(u.question, catalog);
  const tiedTo = (s: SdgAsked) => `目標${s.goal}（${s.name}）: 施策${s.policies.join("・")}`;
  for (const s of sdgs)
    result.notes.push(
      s.policies.length > 0
        ? `SDGsの目標${s.goal}（${s.name}）は、施策${s.policies.join("・")}の「対応するSDGs」に挙がっています。`
        : `計画の「対応するSDGs」で目標${s.goal}を挙げる施策はありません（挙げているのは${sdgGoalsNamed(catalog).map(tiedTo).join("、")}）。`,
    );
  if (sdgs.length > 0 && sdgs.every((s) => s.policies.length === 0)) return { ...result, intent: "code" };
  if (u.throughout && u.directions.length > 0) {
    result.notes.push(
      `条件: ${u.years.length > 0 ? "お尋ねの" : "記載のある"}年度はすべて${directionsLabel(u.directions)}`,
    );
  }
  const [firstEdge, lastEdge] = u.ownYears;
  if (
    u.ownYears.length === 2 &&
    firstEdge?.edge === "first" &&
    lastEdge?.edge === "last" &&
    firstEdge.year === lastEdge.year &&
    firstEdge.side === undefined &&
    lastEdge.side === undefined &&
    firstEdge.holds &&
    lastEdge.holds
  ) {
    // 「R3だけ記載がある」: one year, said as such, not as a first and a last year that are the same.
    result.notes.push(`条件: 方向性の記載が${reiwaLabel(firstEdge.year)}のみ`);
  } else if (u.ownYears.length > 0) {
    const edge = { first: "初年度", last: "最終年度" } as const;
    result.notes.push(
      `条件: 事業の${u.ownYears.map((o) => `${edge[o.edge]}が${reiwaLabel(o.year)}${o.side ? { from: "以降", to: "まで" }[o.side] : ""}${o.holds ? "" : "ではない"}`).join("、")}`,
    );
  }
  if (u.conditions.length > 0) {
    result.notes.push(`条件: ${u.conditions.map(conditionLabel).join("、かつ")}`);
  }
  for (const streak of u.streaks)
    result.notes.push(`条件: ${directionsLabel(streak.directions)}が${streak.years}${STREAK_NOTE_END}`);
  for (const t of u.transitions)
    result.notes.push(`条件: ある年度に${t.from.join("・")}、その翌年度に${t.to.join("・")}`);
  if (u.edges.length > 0) {
    const edge = { first: "最初の年度が", rest: "2年度目以降はすべて", last: "最後の年度が" } as const;
    result.notes.push(
      `条件: 事業の${u.edges.map((e) => `${e.after === undefined ? edge[e.edge] : `${reiwaLabel(e.after)}より後の年度はすべて`}${e.directions.join("・")}`).join("、")}`,
    );
  }
  // A word of the text or of a name as the asker wrote it (Wi-Fi, ICT: not the folded wi-fi, ict).
  const written = u.question.normalize("NFKC");
  const typedAs = (w: string) => {
    const at = normalizeWidth(written).indexOf(w);
    return at >= 0 ? written.slice(at, at + w.length) : lettersCased(w);
  };
  for (const field of [undefined, "目的", "内容"] as const) {
    const said = wordsSaid(
      field ?? "本文",
      u.textHas.filter((w) => w.field === field),
      typedAs,
    );
    if (said.length > 0) result.notes.push(`条件: ${said.join("、かつ")}`);
  }
  if (u.nameHas.length + u.departmentHas.length > 0)
    result.notes.push(
      `条件: ${[...wordsSaid("事業名", u.nameHas, typedAs), ...wordsSaid("担当課名", u.departmentHas, typedAs)].join("、かつ")}`,
    );
  for (const c of u.changes) {
    result.notes.push(
      `条件: ${reiwaLabel(c.from)}と${reiwaLabel(c.to)}で方向性が${c.differ ? "異なる" : "同じ"}（両年度に記載のある事業）`,
    );
  }
  if (u.listedFor !== undefined)
    result.notes.push(
      `条件: 計画に載っている年度が${u.listedFor.years}年度${LISTED_FOR_BOUNDS[u.listedFor.bound].said}`,
    );
  if (u.changedTimes !== undefined)
    result.notes.push(
      `条件: 方向性が変わった回数が${u.changedTimes.times}回${LISTED_FOR_BOUNDS[u.changedTimes.bound].said}`,
    );
  if (u.steady !== undefined)
    result.notes.push(
      `条件: 方向性が${u.steady ? "一度も変わらない（記載が1年度だけの事業を含む）" : "途中で変わる"}`,
    );
  if (u.truncated)
    result.notes.push(`質問が長いため、問いかけの部分（${MAX_QUESTION_CHARS}文字まで）で答えています。`);

  // Years outside the plan cannot match anything: say so rather than return an empty list silently.
  const inPlan = u.years.filter((y) => catalog.years.includes(y));
  const outside = u.years.filter((y) => !catalog.years.includes(y));
  // 「DX推進チームの案件、今どうなってる？」「今年度の人事課の事業のstatus」 past the plan's last year: how the unit's or
  // the code's projects stand now — each listed, and how far the plan lists it, the nearest it comes to now (probe
  // 132: 0件, as if the unit had no projects). Not a year named for its own sake (令和9年度の人事課の事業).
  const nowPastPlan =
    inPlan.length === 0 &&
    outside.length === 1 &&
    outside[0] === thisYear &&
    u.departments.length + u.codes.length > 0 &&
    u.directions.length + u.conditions.length === 0 &&
    SAYS_NOW.test(u.question) &&
    ASKS_HOW_IT_STANDS.test(askingClause(u.question));
  // 「R3に新規の事業で、前年度から方向性が変わったもの」: a year compared that the plan does not cover is said so (review).
  const comparedOutside = [...new Set(u.changes.flatMap((c) => [c.from, c.to]))].filter(
    (y) => !catalog.years.includes(y) && !outside.includes(y),
  );
  if (comparedOutside.length > 0) result.notes.push(outsideYearsNote(comparedOutside, catalog.years));
  if (outside.length > 0) {
    result.notes.push(outsideYearsNote(outside, catalog.years));
    // A subject asked about with only years outside the plan (平成30年度に実施した調査) is still looked for,
    // without the years (and the directions, which belonged to them).
    if (inPlan.length === 0 && !(u.hasFreeText && !u.dayLevel) && !nowPastPlan) {
      return { ...result, intent: u.codes.length > 0 ? "code" : "filter" };
    }
  }
  // 「人権・男女共生課と市民協働推進課の両方に載ってる事業ってあります？」: each project has one 担当課, so none is both
  // units' — いいえ, and how many each has (probe 130: the two lists together had answered 該当 14件, read as shared).
  if (u.departments.length >= 2 && u.codes.length === 0 && BOTH_UNITS.test(askingClause(u.question))) {
    const each = u.departments.map(
      (d) => `${d} ${catalog.plan.projects.filter((p) => p.department === d).length}件`,
    );
    // (Each project names one 担当課 — or one and ほか, the others unnamed — so none is listed under both.)
    result.verdict = true;
    answerFirst(
      result,
      `いいえ。${u.departments.join("と")}の両方が担当課として載っている事業は計画にありません（${each.join("、")}）。`,
    );
    return { ...result, intent: "department" };
  }
  const onlyOutside = outside.length > 0 && inPlan.length === 0;
  const filters = onlyOutside ? { ...u, directions: [] } : u;
  // (Nor is the year a condition then: the 条件 line would say one the answer was not read with.)
  if (onlyOutside) result.filters = { ...result.filters, years: [], directions: [] };

  let pool: Project[] | null = null;
  let nearMisses = false;
  let askedCodeMeaning = false;
  if (u.codes.length > 0) {
    result.intent = "code";
    pool = [];
    for (const ref of u.codes) {
      const { scope, projects } = resolveCode(catalog, ref);
      if (!scope) {
        result.notes.push(`「${codeLabel(ref)}」は計画にありません。`);
        result.suggestions.push(...nearestCodes(catalog, ref.code));
        continue;
      }
      result.scopes.push(scope);
      if (projects.length === 0) {
        const none = `${scope.code}「${scope.title}」には新規・拡充事業等がありません。`;
        // (Asked whether it has any — 「行政の透明性の向上の事業はある？」 — いいえ, first, as of an initiative a search finds:
        // probe 229 had a note alone under 該当 0件.)
        if (u.codes.length === 1) saidNone(result, u.question, none);
        else result.notes.push(none);
      }
      pool.push(...projects.filter((p) => !pool?.includes(p)));
    }
    // 「施策7-3って何をするところ？」「7-6の方向性は？」: a policy asked about itself — its 施策の方向性, and the SDGs the
    // plan ties it to — said first; its projects follow as for any code (probe 80: its cards alone had answered).
    const [only] = u.codes;
    const policy =
      u.codes.length === 1 && only?.kind === "policy" ? catalog.policies.get(only.code) : undefined;
    const asks = askingClause(u.question);
    // (「7-7ってどのSDGsに対応してる？」「施策7-3の対応するSDGsは？」: its SDGs alone, said even when it has none.)
    const asksSdgs = /sdgs?/i.test(asks);
    // (Of any of its asks: 「施策7-3 なにするとこ？事業は？」 asks both — probe 163 had shown the projects alone; and of two
    // joined by と、 — 「施策7-4の方向性と、それに沿った事業を教えて」: probe 271.)
    const asksItself =
      [asks, ...u.question.split(/[?？。！!\n]+|と\s*[、,]/)].some(
        (clause) => ASKS_WHAT_IT_IS.test(clause) && !/事業|取組|取り組み/.test(clause),
      ) && policy?.direction !== "";
    // 「7-2は取組がいくつある？」: how many initiatives it has, and how many of them hold a project (probe 84) — and
    // 「7-4の取組の名前は？」, each of them by name, those with no project too (probe 194: only the one holding the
    // policy's projects had been named, for a council answer).
    if (policy && INITIATIVES_ASKED.test(asks)) {
      const held = policy.initiatives.filter((i) => projectsUnder(catalog, i.code).length > 0).length;
      answerFirst(
        result,
        `施策${policy.code}の取組は${policy.initiatives.length}件です（新規・拡充事業等があるのは${held}件）: ${initiativesSaid(policy.initiatives)}。`,
      );
    }
    // 「7-3-1ってどういう意味の番号ですか？」: how the code is made, said first (probe 474: 意味 and 番号 had been searched,
    // and the note said neither was in 7-3-1).
    const [scope] = result.scopes;
    if (u.codes.length === 1 && scope && only && CODE_MEANING_ASKED.test(asks)) {
      answerFirst(result, codeMeaning(only, scope));
      askedCodeMeaning = true;
    }
    if (policy && (asksItself || asksSdgs))
      answerFirst(
        result,
        ...(asksItself && !asksSdgs ? [`施策${policy.code}の方向性: ${policy.direction}`] : []),
        ...(policy.sdgs || asksSdgs ? [`${POLICY_SDGS}${policy.sdgs ?? "計画に記載なし"}`] : []),
      );
  }

  // (A code always leaves a pool, found or not.)
  const structured = isStructured(u);
  // 「Wi-Fi関係の事業は何件？」: every project holding the subject is an answer, not only the best or those named by it.
  // A follow-up read after its question (「…関係の事業ってある？\nそれっていつまで？」) keeps that question's ask.
  const everyHolder = rawQuestion
    .slice(0, MAX_QUESTION_CHARS)
    .split("\n")
    // (Of the sentence that asks, a statement after it aside: 「…を全部挙げてください。完了したものも含めて。」.)
    .some(asksEveryHolder);
  let searched = false;
  // The years asked of a unit's or a code's projects say which directions to show, not which projects (see below).
  let yearsAsColumns = false;
  // The asker's words the search found only through words near them (補修 through 整備: see answerFreeText).
  let nearSaid: string[] = [];
  // How much of the ask each project the search found holds (see SearchHit.coverage).
  let coverageOf = new Map<Project, number>();
  // 「市民課の事業でマイナンバー以外」「愛センター以外でWi-Fiをやってる事業」: the projects a subject left out names, kept
  // out of a list and of a search's answers alike (probe 188: a search had shown them).
  const leftOut = new Set<Project>();
  if (u.excludedSubjects.length > 0) {
    const index = await deps.search();
    for (const subject of u.excludedSubjects) {
      // The project the subject names: the answers whose name holds it, or else the best answer alone (a
      // word in another project's text does not make that project about it).
      // (Said with 関係, 関連 or 系 after it — リノベ関係以外 — the name is the subject: both リノベ projects, not the best.)
      // (Said as what the projects do not do — ワークショップをやらないもの — every project doing it: probe 345 had kept
      // the one whose text holds it though not its name.)
      const core = subject.replace(/(?<=.{2})(?:関係|関連|系)$/u, "");
      const doing = leftOutAsDoing(subject, u.question);
      const answers = index
        .search(core, { limit: catalog.plan.projects.length, ...(doing ? { everyHolder: true } : {}) })
        .hits.filter((h) => h.match === "strong");
      // (Typed in kana — まいなんばー以外 — it is the name's katakana: probe 372 had left out nothing.)
      const named = answers.filter((h) =>
        [core, toKatakana(core)].some((form) => normalizedName(h.project).includes(normalizeWidth(form))),
      );
      for (const hit of doing ? answers : named.length > 0 ? named : answers.slice(0, 1))
        leftOut.add(hit.project);
    }
    // (As the asker wrote it: ICT, not the folded ict.)
    const folded = normalizeWidth(u.question);
    result.filters.excluded.push(...u.excludedSubjects.map((s) => `「${asWritten(s, u.question, folded)}」`));
  }
  if (u.hasFreeText) {
    if (u.dayLevel) {
      result.notes.push("この計画は年度ごとの事業をまとめたもので、日付や時刻の予定はわかりません。");
      // (Asked beside a department or a code the plan has, its projects follow the note — probe 92 had 該当 0件 under
      // 「条件: 政策企画課」, which reads as a department with none.)
      if (u.codes.length === 0 && u.departments.length === 0) {
        result.suggestions.push(...EXAMPLE_QUESTIONS);
        return result;
      }
    }
    const index = await deps.search();
    // The clause that asks is searched; what was said before it is context (weighs less).
    // What the asker set apart (「空調の改修とは別に、」) is neither the ask nor its context.
    const said = withoutAsides(u.freeText);
    const ask = askingClause(said);
    const context = said.slice(0, said.lastIndexOf(ask));
    // An ask only for fields (「担当されている課と方針を」) is of what the context names, as if it said その; its
    // own words (方針) name no subject and are not searched.
    // (Not after a context of no words — 「お疲れ様です。えんがわの担当は？」 leaves 。 — nor when the ask names a subject in
    // hiragana, which asksOnlyFields reads as no word: 「…、えんがわって今どうなってます？」 — probe 133: both had
    // searched the context and answered none.)
    // (The ask searched alone, at most once: askNamesNothing below reads it too.)
    let askAlone: ReturnType<typeof index.search> | undefined;
    const askAloneFound = () => {
      askAlone ??= index.search(ask, { limit: 1 });
      return askAlone;
    };
    const fieldsOnly =
      /[\p{L}\p{N}]/u.test(context) &&
      asksOnlyFields(ask) &&
      !askAloneFound().subjectWords.some((w) => /^[\p{Script=Hiragana}ー]{3,}$/u.test(w));
    // 「…補助の事業があったかと思います。令和5年度以降も計画に載っているか確認したいです。」: whether the project
    // the context names is listed, not which projects are.
    const pointed = pointsBackAtSubject(ask) || asksWhetherListed(askingClause(u.question));
    const refersBack = fieldsOnly || pointed;
    // 「こうした手続き」「その事業」: the ask points back, so what was said before is the subject itself.
    // Beside a code, what was said before the ask is only background unless the ask points back at it
    // (「先日の会議で7-2-4の話が出たのですが、どんな事業が…」 asks for all of 7-2-4). A department has many
    // projects, and the context names which (「返礼品の件で、まち魅力発信課の事業を」); a year is no subject.
    // (Nor when it says there is a project of the code: 「第7章5節に性の多様性に関する啓発や相談の事業があったと思うの
    // ですが、どの事業か」 asks for that one — probe 95 had listed the policy's four.)
    const usesContext =
      ask !== "" && context.trim() !== "" && (refersBack || pool === null || saysThereIsAProject(context));
    // 「…とご相談がありました。市で申請のお手伝いをする取組があったと思うのですが、」: the sentence that says a
    // project exists names it, as the ask's own words; the story before it says why one asks, and weighs as context.
    const told = usesContext ? projectSentence(context) : null;
    // (Help asked with no object — 「…役員さんが困ってる。市で何か応援してくれる事業ある？」 — is help with what the context
    // describes: the context alone is the subject, the help word no subject of its own — probe 380 had found ふるさと納税
    // by 応援.)
    const helpOnly = usesContext && !told && asksOnlyForHelp(ask);
    // (An ask that only offers a unit — 「ふるさと納税の返礼品のことで住民から問い合わせ。広報課でいい？」 — is of what the
    // context names, the unit's words beside it: probe 429 had searched 広報 alone.)
    const unitOnly = !told && /[\p{L}\p{N}]/u.test(context) && offersOnlyAUnit(ask);
    const query = told
      ? `${told.said}${fieldsOnly ? "" : ask}`
      : fieldsOnly || helpOnly
        ? context
        : unitOnly
          ? `${context}${ask}`
          : ask || said;
    // 「事例集のやつの目的は？」: the 目的 asked of the project is no word of its subject (every project's 目的 says
    // 「…を目的とする」): not searched, as 内容 is not (dict/stopwords.txt).
    const subjectOnly = result.fieldsAsked?.includes("目的") ? query.replace(PURPOSE_ASKED, " ") : query;
    const searchedText = /[\p{L}\p{N}]/u.test(subjectOnly) ? subjectOnly : query;
    const searchOptions = {
      limit: MAX_SEARCH_RESULTS * 2,
      ...(deps.ranking ? { ranking: deps.ranking } : {}),
      ...(everyHolder ? { everyHolder } : {}),
      ...(told
        ? // (The sentence that says a project exists may point back at the story: 「そのやりとりをまとめて委託する事業が
          // あったと思うのですが」 — then the story names the subject, as an ask that points back does.)
          { context: told.before, ...(pointsBackAtSubject(told.said) ? { contextWeight: 1 } : {}) }
        : usesContext && !fieldsOnly
          ? refersBack
            ? { context, contextWeight: 1 }
            : // (A need passed on — 「…って相談が来ました。市の支援ってどうなってますか」 — weighs more than a story
              // of why one asks: the ask may say only what kind of answer is wanted; probe 121 had searched 支援 alone.)
              // (Read in the message as typed: its 「…というご相談がありました」 is set phrases, gone from the free text —
              // probe 212.)
              reportsANeed(context) || reportsANeed(u.question)
              ? { context, contextWeight: REPORTED_NEED_WEIGHT }
              : { context }
          : {}),
    };
    const found = withEitherSide(
      index.search(searchedText, searchOptions),
      searchedText,
      everyHolder,
      (side) => index.search(side, searchOptions),
    );
    // Words around a department or a year that name no subject (市民課が「やってる」, 人事課の「仕事」) leave
    // the structured question as it is.
    // A context searched for an ask of fields, and naming no project (「来年度予算の査定にあたり、令和6年度の
    // 方向性を」: why one asks), leaves the year's list as asked — unless it says there is one (「…窓口を設ける事業が
    // あったかと思いますが、」) or the ask points back at it (「その事業の状況を」), found in everyday words only partly.
    const namesSubject =
      found.subjectWords.length > 0 &&
      (!fieldsOnly ||
        pointed ||
        found.hits.some((h) => h.match !== "partial") ||
        saysThereIsAProject(context));
    // Beside conditions, an ask that names no subject of its own (「監査対応で、令和3年度から5年度までに完了となる
    // 事業を洗い出しています。該当する事業の一覧を」) leaves its context as background — unless the context names a
    // project that meets the conditions (「市民課の窓口でマイナンバーカードの出張申請について聞かれたのですが、どの
    // 事業に…」) — though a search without conditions would take that context for the subject.
    // (So does an ask that narrows what the context asked for — 「…令和3年度に新規か拡充の事業を確認しています。
    // そのうち施策7-6のものを」 — when the context names no project: none is found as an answer, nor said to exist.)
    const narrowsContext =
      NARROWING_WORD.test(ask) &&
      !saysThereIsAProject(context) &&
      !found.hits.some((h) => h.match === "strong");
    const askNamesNothing =
      namesSubject &&
      structured &&
      !fieldsOnly &&
      (!refersBack || narrowsContext) &&
      context.trim() !== "" &&
      !found.hits.some((h) => h.match === "strong" && matchesFilters(h.project, filters, inPlan)) &&
      askAloneFound().subjectWords.length === 0;
    searched = (namesSubject && !askNamesNothing) || !structured;
    if (searched) answerFreeText(found, index, ask, refersBack ? `${context}${ask}` : ask || u.freeText);
  }
  // Structured only: exactly the projects that match, in plan order — less those about a subject left out
  // (「市民課の事業でマイナンバー以外」: the projects its words find as answers).
  if (!searched && (structured || u.everything)) {
    // 「…あとR4に拡充の事業も」: the projects of a second, trailing ask are answers too, and the answer says so.
    const alsoYears = u.also ? u.also.years.filter((y) => catalog.years.includes(y)) : [];
    // (Its years all outside the plan, it adds none: no project is listed then.)
    const also = u.also && !(u.also.years.length > 0 && alsoYears.length === 0) ? u.also : undefined;
    if (also) {
      const said = [
        also.years.map(reiwaLabel).join("・"),
        also.directions.join("・"),
        also.departments.join("・"),
      ];
      result.notes.push(`あわせて: ${said.filter((p) => p.length > 0).join(" / ")} の事業も含めています。`);
    }
    // Only years outside the plan, and no subject searched without them (「令和9年度の事業って載ってる？」): none is
    // listed then, as the note about the year says.
    // 「市民課の事業とそれぞれのR6」「施策7-5の各事業のR6の方向性」「人事課の事業はR6どうなってる？」: a unit's or a
    // code's projects, each with its direction that year — a project not listed then is still one of them, its line
    // saying so, not left out without a word (probe 150: 施策7-5 had answered 2 of its 4).
    yearsAsColumns =
      inPlan.length > 0 &&
      u.departments.length + u.codes.length > 0 &&
      u.directions.length + u.conditions.length === 0 &&
      u.excludedDepartments.length === 0 &&
      (ASKS_HOW_IT_GOES.test(askingClause(u.question)) || EACH_YEAR.test(u.question)) &&
      !ASKS_WHICH_HAVE_ONE.test(u.question) &&
      !ASKS_COUNT.test(u.question) &&
      !ASKS_LISTED.test(u.question);
    result.projects =
      onlyOutside && !nowPastPlan
        ? []
        : (pool ?? catalog.plan.projects).filter(
            (p) =>
              (matchesFilters(p, u, yearsAsColumns ? [] : inPlan) ||
                (also !== undefined && matchesFilters(p, also, alsoYears))) &&
              !leftOut.has(p),
          );
    if (yearsAsColumns) {
      result.filters = { ...result.filters, years: [] };
      if (result.projects.some((p) => inPlan.some((y) => !p.directions[y])))
        result.notes.push(unlistedShownNote(inPlan));
    }
    if (!pool)
      result.intent =
        u.departments.length > 0 && u.years.length + u.directions.length + u.conditions.length === 0
          ? "department"
          : "filter";
  }
  if (nowPastPlan && result.intent !== "search" && result.projects.length > 0) {
    result.notes.push(OUTSIDE_SEARCHED_NOTE);
    if (result.projects.length <= LINE_EACH)
      answerFirst(result, ...result.projects.map((p) => whenOf(p, [])));
  }
  // Otherwise nothing searchable was asked (only punctuation, say): "search" with no projects.

  // 「人事課の2番目のやつ」: one of the department's projects, by its place in the plan's order.
  if (u.place !== undefined && result.intent !== "search" && result.projects.length > 0) {
    const n = result.projects.length;
    const count = u.placeCount ?? 1;
    const from = u.place < 0 ? n + u.place - (count - 1) : u.place - 1;
    // (Within the list; and a few of it fewer than all — 上の4つ of four is no pick.)
    const inList = from >= 0 && from + count <= n && (count === 1 || count < n);
    const picked = inList ? result.projects.slice(from, from + count) : [];
    const which =
      count > 1
        ? `${u.place < 0 ? "最後" : "最初"}の${count}件`
        : u.place === -1
          ? "最後"
          : u.place < 0
            ? `最後から${-u.place}番目`
            : `${u.place}番目`;
    // (Whose list: the codes and departments named — 「7-4-2の1番目の事業」 had said 「の事業（計画の順）」, probe 100.)
    // (With none named, 「条件に当てはまる事業」 — not 「条件に当てはまるの事業」, probe 443.)
    const whose = [...u.codes.map((c) => c.code), ...u.departments].join("・");
    const theirs = whose === "" ? "条件に当てはまる事業" : `${whose}の事業`;
    if (picked.length > 0) {
      result.projects = picked;
      result.notes.push(`${theirs}（計画の順）の${which}を示します。`);
    } else
      result.notes.push(
        `${theirs}は${result.projects.length}件のため、${which}の事業はありません。すべてを示します。`,
      );
  }
  // A code, department or year is answered exactly: every project shown is an answer.
  if (result.intent !== "search") result.answered = result.projects.length;
  // (Then the plan's departments are the answer's say, not 「見つかりませんでした」.)
  let onlyTheUnit = false;
  if (u.unknownDepartments.length > 0) {
    // The plan's departments, in the plan's order, as its table lists them (the catalog keeps the longest names first,
    // for reading); those whose names share a word with the unknown one — 情報政策課: 情報システム課, 政策企画課 — so that
    // an asker who half-remembered a name finds it (probe 159 had been shown 政策企画課's projects with no word of it).
    const planDepartments = [...new Set(catalog.plan.projects.map((p) => p.department))];
    const near = nearDepartments(u.unknownDepartments, planDepartments);
    const notThePlans = `${u.unknownDepartments.map((d) => `「${d}」`).join("")}は計画の担当課にありません`;
    if (u.departments.length > 0)
      // 「人事課と財政課の事業」: the plan's own department is answered; the other named as none of the plan's.
      result.notes.unshift(
        `${notThePlans}${near.length > 0 ? `（名前の近い担当課: ${near.join("、")}）` : ""}。${u.departments.join("・")}の事業を示します。`,
      );
    else {
      // 「広報課の事業」: no project is that department's, so what its words find is only related, and a
      // year or a direction alone does not stand in for it.
      if (result.intent !== "search") result.projects = [];
      // 「危機管理課の事業」 asks for nothing but the department, and the plan lacks part of its name (危機): projects
      // that only share the rest (管理) are not about it — the plan's own departments are named instead.
      const beyond = withoutFraming(
        u.unknownDepartments.reduce((t, d) => t.replaceAll(d, ""), u.freeText),
      ).replace(/計画|[\p{P}\p{S}\s]/gu, "");
      // (So are they when nothing of the plan shares its name's words: 税務課.)
      onlyTheUnit = beyond === "" && (result.missingTerms.length > 0 || result.projects.length === 0);
      if (onlyTheUnit) {
        const missingNote = missingTermsNote(result.missingTerms);
        result.notes = result.notes.filter((n) => n !== missingNote);
        result.projects = [];
        result.missingTerms = [];
        result.notes.unshift(`計画の担当課: ${planDepartments.join("、")}`);
      }
      const unknownNote = `${notThePlans}。${near.length > 0 && !onlyTheUnit ? `名前の近い担当課: ${near.join("、")}。` : ""}`;
      // (A はい said of a project the unit's words found — 「人権推進課の事業で、令和4年度に完了するものはありますか。」 —
      // is not the unit's: no project is, and 「はい（該当 0件）」 had headed the answer — probe 269.)
      const [lead] = result.leads ?? [];
      if (result.verdict && lead?.startsWith("はい。")) {
        delete result.verdict;
        result.leads = (result.leads ?? []).slice(1);
        result.notes = result.notes.filter((n) => n !== lead);
      }
      // (After a いいえ that answers a unit confirmed — 「…の担当って人材育成課ですよね？」 — the note follows it, and the
      // projects below are those asked about.)
      if (result.verdict) result.notes.splice(result.leads?.length ?? 0, 0, unknownNote);
      else
        result.notes.unshift(
          `${unknownNote}${result.projects.length > 0 ? "語の一部が合う事業を、関連する可能性として示します。" : ""}`,
        );
      result.answered = 0;
    }
  }
  if (u.unplannedDirections.length > 0 && result.intent !== "search") {
    // 「R3で廃止になる事業」: the plan abolishes nothing — its projects end 完了, shown as the nearest, never an answer.
    result.answered = 0;
    result.notes.unshift(
      `${u.unplannedDirections.map((d) => `『${d}』`).join("")}は計画の方向性にありません（方向性は${DIRECTION_WORDS.join("・")}）。計画では、事業の終わりは『完了』と書かれています${
        result.projects.length > 0 ? "。完了の事業を、関連する可能性として示します" : ""
      }。`,
    );
  }
  if (u.byDepartment && result.projects.length > 0 && result.answered > 1) {
    // 「担当課の一覧」「どの課が一番多い」: the departments of the projects answered, most projects first — of two or
    // more: one project's card already says its department (「コーチング研修って何課」).
    const ranked = countBy(result.projects.slice(0, result.answered), (p) => p.department).sort(
      (a, b) => b[1] - a[1],
    );
    // The count by department is the answer, said first, and the list a line a project (probe 69: 44 cards under a
    // remark); 「どの課が一番多い」 is answered by name before it — and its projects are the answer: the department's
    // own, not all 44 (probe 111 found 8,000 characters). 「一番少ない課」 names the fewest.
    const end = unitsAtEnd(u.question, ranked, (d) => d, "課");
    const notes = [
      ...(end ? [end.said] : []),
      ...averageSaid(u.question, result.answered, ranked.length, "課"),
      `担当課ごとの事業数（${ranked.length}課、多い順）: ${ranked.map(([d, n]) => `${d} ${n}件`).join("、")}`,
    ];
    if (end) onlyTheExtreme(result, u.question, (p) => end.those.includes(p.department), end.those);
    else result.counted = true;
    answerFirst(result, ...notes);
  }
  if (u.byPolicy && !u.byDepartment && result.projects.length > 0 && result.answered > 1) {
    // 「施策ごとの件数」「事業数が一番少ない施策」: the projects answered counted by policy, in the plan's order — every
    // policy of the chapter, none left out for having none (probe 101).
    const counts = countBy(
      result.projects.slice(0, result.answered),
      (p) => p.policy,
      catalog.plan.policies.map((p) => p.code),
    );
    // 「事業が一番多い施策は？」: the policy named first, and its projects the answer, as 「一番多い課は？」 is answered
    // (probe 170: the whole plan's 44 had been listed under 「最も多いのは施策7-2」).
    // (Both ends asked — 「最も多い施策と最も少ない施策」 — the count by policy is the answer, every project kept.)
    const end = unitsAtEnd(u.question, counts, (c) => `施策${c}`, "施策");
    const bothEnds = /多い|多く|最多/.test(u.question) && ASKS_FEWEST.test(u.question);
    if (end && !bothEnds)
      onlyTheExtreme(
        result,
        u.question,
        (p) => end.those.includes(p.policy),
        end.those.map((c) => `施策${c}`),
      );
    answerFirst(
      result,
      ...(end ? [end.said] : []),
      // (The policies themselves asked for — どんな施策がありますか — each is named: every one of the chapter, or those
      // holding the projects answered when the question narrows them — 人事課の施策.)
      ASKS_THE_POLICIES.test(u.question) && !COUNTS_BY_POLICY.test(u.question)
        ? policiesSaid(
            result.answered === catalog.plan.projects.length ? counts : counts.filter(([, n]) => n > 0),
          )
        : `施策ごとの事業数（${counts.length}施策）: ${counts.map(([c, n]) => `${c} ${n}件`).join("、")}`,
    );
    if (!end || bothEnds) result.counted = true;
  }
  if (u.byInitiative && !u.byDepartment && !u.byPolicy && result.answered > 1) {
    // 「取組ごとの件数」「7-2の取組ごとの事業数」: the projects answered counted by initiative, in the plan's order — of
    // the whole chapter or a policy asked, every initiative, those with none too (7-2-1 0件: that it has none is an
    // answer too); of projects narrowed otherwise (人事課の, R4に完了する), those that hold any.
    const answered = result.projects.slice(0, result.answered);
    const policies = new Set(answered.map((p) => p.policy));
    const all = countBy(
      answered,
      (p) => p.initiative,
      catalog.plan.policies
        .filter((p) => policies.has(p.code))
        .flatMap((p) => p.initiatives.map((i) => i.code)),
    );
    const whole = answered.length === catalog.plan.projects.filter((p) => policies.has(p.policy)).length;
    const counts = whole ? all : all.filter(([, n]) => n > 0);
    // 「事業が一番多い取組は？」「取組で事業が一番少ないのは」「事業数の多い取組の上位2つ」: the initiatives at that end
    // named first, and their projects the answer, as of the departments and the policies (probe 260: 0件) — of those
    // holding any: an initiative with none is not the fewest of a chapter's projects.
    const end = unitsAtEnd(
      u.question,
      all.filter(([, n]) => n > 0),
      (c) => `取組${c}`,
      "取組",
    );
    if (end)
      onlyTheExtreme(
        result,
        u.question,
        (p) => end.those.includes(p.initiative),
        end.those.map((c) => `取組${c}`),
      );
    answerFirst(
      result,
      ...(end ? [end.said] : []),
      `取組ごとの事業数（${counts.length}取組）: ${counts.map(([c, n]) => `${c} ${n}件`).join("、")}`,
    );
    if (!end) result.counted = true;
  }
  if (u.byDirection && result.answered > 0) {
    // 「R4の方向性ごとの件数」「方向性の内訳」: the projects answered counted by their direction in each year asked (each
    // year of the plan when none is), directions in the plan's order, 記載なし last (probe 111).
    const years = inPlan.length > 0 ? inPlan : catalog.years;
    const answered = result.projects.slice(0, result.answered);
    const wholeChapter =
      u.codes.length + u.departments.length + u.directions.length + u.conditions.length === 0 &&
      u.excludedDepartments.length + u.excludedCodes.length === 0 &&
      !u.hasFreeText;
    answerFirst(
      result,
      ...years.map((year) => {
        const counted = countBy(answered, (p): string => p.directions[year] ?? "記載なし", [
          ...DIRECTION_WORDS,
          "記載なし",
        ]).filter(([, n]) => n > 0);
        // (Of the whole chapter, the projects not listed that year are said too, so the counts add up to the chapter's —
        // probe 475's table had summed to 43 of 44 with no word of the one left.)
        const unlisted = wholeChapter
          ? catalog.plan.projects.filter((p) => p.directions[year] === undefined).length
          : 0;
        return `${reiwaLabel(year)}の方向性ごとの事業数: ${counted.map(([d, n]) => `${d} ${n}件`).join("、")}${
          unlisted > 0 && !counted.some(([d]) => d === "記載なし") ? `（計画に記載なし ${unlisted}件）` : ""
        }`;
      }),
    );
    result.counted = true;
  }
  // (Of years asked as a span with no direction — 「R3からR7で載ってる事業の数の推移」「R6とR7で数は違う？」 — in each of
  // them: probe 238 had the span's one total alone.)
  const yearsTrend = u.byYear && inPlan.length >= 2 && u.directions.length === 0;
  if (u.byYear && !u.byDirection && (inPlan.length === 0 || yearsTrend) && result.answered > 0) {
    // 「完了事業の件数を年度別に」「年度ごとの新規件数」: in each year of the plan, how many of the projects answered have
    // the direction asked that year — listed that year, when none is (probe 124). (With years asked — R3とR4で拡充の件数を
    // 年度ごとに — the count sentence says each one's, see below.)
    const answered = result.projects.slice(0, result.answered);
    const perYear = (yearsTrend ? inPlan : catalog.years).map(
      (year) => [year, countInYear(answered, year, u.directions)] as const,
    );
    const counted = perYear.map(([year, n]) => `${reiwaLabel(year)} ${n}件`);
    const what = u.directions.length > 0 ? `（${u.directions.join("・")}）` : "（計画に記載のある事業）";
    const inAll = perYear.reduce((sum, [, n]) => sum + n, 0);
    answerFirst(
      result,
      ...averageSaid(u.question, inAll, perYear.length, "年度"),
      `年度ごとの事業数${what}: ${counted.join("、")}`,
    );
    // 「完了する事業が一番多いのは何年度？」: that year said first (probe 187: the list alone had named none).
    const ranked = YEAR_RANKED.exec(u.question.normalize("NFKC"));
    if (ranked) {
      const most = /多/.test(ranked[1] ?? ranked[2] ?? ranked[3] ?? "");
      const counts = catalog.years.map((year) => [year, countInYear(answered, year, u.directions)] as const);
      const end = (most ? Math.max : Math.min)(...counts.map(([, n]) => n));
      const years = counts.filter(([, n]) => n === end).map(([year]) => year);
      const those = years.map(reiwaLabel);
      answerFirst(
        result,
        `最も${most ? "多い" : "少ない"}のは${those.join("・")}（${those.length > 1 ? "各" : ""}${end}件）です。`,
      );
      // Its projects are the answer, as the department's are of 一番多い課 (probe 260: all ten 完了 had been listed
      // under 「最も多いのは令和4年度（7件）です」).
      const inThoseYears = (p: Project) => {
        const ds = years.map((y) => p.directions[y]);
        return ds.some((d) => d !== undefined && (u.directions.length === 0 || u.directions.includes(d)));
      };
      if (end > 0) onlyTheExtreme(result, u.question, inThoseYears, those);
    }
    result.counted = true;
  }
  for (const p of result.projects) {
    const initiative = catalog.initiatives.get(p.initiative);
    if (initiative) result.initiatives[p.initiative] = initiative.title;
  }

  const asking = askingClause(u.question);
  // 「人事課の事業は何件？」: the number asked for, said in a sentence first (not only in the heading's 該当 N件).
  // (Asked in a sentence before a closing request too: 「…事業が何件あるか確認したいです。お手数ですが教えて…」.)
  if (
    result.answered > 0 &&
    !result.verdict &&
    // (Not of the units ranked — 事業数の上位3課 — whose sentence says each one's count already.)
    result.extremeOf === undefined &&
    // (Or its number alone asked for, 数のみ: the sentence is then the whole answer — see shapeAsked.)
    (result.shape === "count" ||
      // (Two counts compared: 差は, 同じくらい — each side's count is the answer.)
      DIFFERENCE_ASKED.test(u.question) ||
      SAME_ASKED.test(u.question) ||
      // (Not a count the plan does not record: 年間の利用件数は？ asks no number of projects.)
      [asking, ...askingSentences(u.question).map(askingClause)].some((clause) =>
        ASKS_COUNT.test(u.unrecorded.length > 0 ? withoutUnrecorded(clause).text : clause),
      ) ||
      WHICH_MORE.test(u.question))
  ) {
    // 「7-3と7-5の件数」「政策企画課とまち魅力発信課はそれぞれ何件？」: each named one's count beside the total (probe 90).
    const answers = result.projects.slice(0, result.answered);
    const named =
      u.departments.length >= 2
        ? u.departments.map((d) => [d, answers.filter((p) => p.department === d).length] as const)
        : u.codes.length >= 2 && u.codes.every((c) => c.kind === "policy" || c.kind === "initiative")
          ? u.codes.map((c) => {
              const under = projectsUnder(catalog, c.code);
              return [c.code, answers.filter((p) => under.includes(p)).length] as const;
            })
          : // 「R3の臨時拡充は何件？あとR4の完了も」: each ask's own count beside the total of both (probe 125).
            u.also !== undefined
            ? (
                [
                  [u, inPlan],
                  [u.also, u.also.years.filter((y) => catalog.years.includes(y))],
                ] as const
              ).map(
                ([asked, years]) =>
                  [
                    [
                      asked.years.map(reiwaLabel).join("・"),
                      asked.directions.join("・"),
                      asked.departments.join("・"),
                    ]
                      .filter((w) => w.length > 0)
                      .join(" "),
                    answers.filter((p) => matchesFilters(p, asked, years)).length,
                  ] as const,
              )
            : // 「R3とR4で拡充は何件ずつ？」: each year's count of the direction asked (probe 111 got one merged figure).
              inPlan.length >= 2 &&
                ((u.directions.length > 0 && (EACH.test(u.question) || WHICH_MORE.test(u.question))) ||
                  // (Listed those years, compared: 「R6とR7、載ってる事業の数って同じくらい？」.)
                  [WHICH_MORE, DIFFERENCE_ASKED, SAME_ASKED].some((asked) => asked.test(u.question)))
              ? inPlan.map((y) => [reiwaLabel(y), countInYear(answers, y, u.directions)] as const)
              : [];
    // 「担当課は全部でいくつございますか」「施策はいくつある？」「取組の数」: the units themselves counted, not their
    // projects (probe 153: 該当する事業は44件です, the departments listed with no number of them).
    const units = UNITS_COUNTED.exec(asking);
    // (A policy's initiatives counted are said with their names already: see INITIATIVES_ASKED.)
    const initiativesListed = result.notes.some((n) => INITIATIVES_LINE.test(n));
    // 「施策って何個ある？」 of the whole chapter: the units are the answer, not the 44 projects beneath them (a card each
    // had followed the one line that answered) — the policies with their titles. Not when the projects are asked too
    // (施策は何個で、事業は何件？).
    const unitsAlone =
      units !== null &&
      !initiativesListed &&
      answers.length === catalog.plan.projects.length &&
      !/事業/.test(asking.replace(units[0], ""));
    if (!(units && initiativesListed && /取/.test(units[1] as string)))
      answerFirst(
        result,
        units
          ? unitsAlone && units[1] === "施策"
            ? `${policiesSaid(catalog.plan.policies.map((p) => [p.code, answers.filter((a) => a.policy === p.code).length] as const))}。`
            : unitsCounted(units[1] as string, answers, catalog.plan)
          : named.length >= 2
            ? countSentence(result.answered).replace(
                /。$/,
                `（${named.map(([name, n]) => `${name}: ${n}件`).join("、")}）。`,
              )
            : withKindsCounted(countSentence(result.answered), answers, inPlan, u.directions),
      );
    // 「財産活用課と情報システム課、どちらの事業が多い？」: which side, said first, beside each one's count.
    const more = WHICH_MORE.exec(u.question);
    if (named.length >= 2 && (more || DIFFERENCE_ASKED.test(u.question) || SAME_ASKED.test(u.question)))
      result.comparedCounts = named;
    if (more && named.length >= 2) answerFirst(result, whichSideSentence(named, !/少な/.test(more[0])));
    else if (named.length === 2 && (DIFFERENCE_ASKED.test(u.question) || SAME_ASKED.test(u.question)))
      answerFirst(result, differenceSentence(named, SAME_ASKED.test(u.question)));
    result.counted = true;
    if (unitsAlone) {
      result.projects = [];
      result.answered = 0;
      result.reply = true;
    }
  }
  // 「7-2の11番の担当課は？」: whose, in one line first, as a free-text answer says it.
  const coded = result.projects.slice(0, result.answered);
  // 「市民会館跡地の事業の完了はいつ？」 read as a department's (or a code's) few projects: when, a line each, as of a search.
  if (
    u.when &&
    result.intent !== "search" &&
    !searched &&
    !result.verdict &&
    coded.length > 0 &&
    coded.length <= LINE_EACH &&
    u.conditions.length === 0
  ) {
    result.verdict = true;
    answerFirst(result, ...coded.map((p) => whenOf(p, u.when ?? [], u.span)));
  }
  // (So of a list made exactly, however long: 「財産活用課の事業」 then 「担当課は？」 — each department with its count.)
  if (
    result.intent !== "search" &&
    !searched &&
    !result.verdict &&
    !u.byDepartment &&
    coded.length > 0 &&
    ASKS_DEPARTMENT.test(asking)
  )
    answerFirst(result, departmentsLine(coded));
  // 「縮小の事業ってある？」「人事課の事業ってある？」: asked whether there are any, and there are — はい first, with how
  // many, as none is answered いいえ (probe 236: only the empty case had had its word).
  // (Only asked with ある — not 載ってる事業の数は？, a count, nor 載ってる？ of a list, whose はい the years answer.)
  if (
    structured &&
    !searched &&
    !result.verdict &&
    result.answered > 0 &&
    ANY_ASKED.test(askingClause(u.question)) &&
    // (Nor how many in Kansai speech, なんぼある？ — probe 250's 「ほな、R4は？」 after it had said はい.)
    !/ない|無い|ません|なかっ|何件|いくつ|幾つ|何個|数|推移|なんぼ|どれだけ|どのくらい|どれくらい/.test(
      askingClause(u.question),
    ) &&
    asksYesOrNo(u.question)
  )
    // (A lead, not a verdict: what follows in a thread goes on from the list, as from any list — a verdict's は
    // read as a yes-or-no asked on the way.)
    answerFirst(result, `はい。${countSentence(result.answered)}`);
  if (result.projects.length === 0 && structured && !searched && pool && pool.length > 0) {
    // 「7-7で完了する事業」: the code has projects, none under the conditions — say so, not just 該当 0件; いいえ first
    // when asked whether there are any (「7-2で縮小のものある？」, probe 174), as of the whole plan.
    saidNone(result, u.question, `この条件に当てはまる事業は${scopeCodes()}にありません。`);
  }
  // 「R6で終わる事業ってある？」: the plan marks an end with 完了; a listing that stops the year asked with none is said
  // beside the list, never in it (probe 143: いいえ alone had hidden ふるさと寄附金推進事業, listed until R6 継続). Not at
  // the plan's last year, where every listing stops. Of a range too (R5のあとに完了する, R5以降に完了): each year's.
  let stopsSaid: string | undefined;
  if (structured && !searched && inPlan.length > 0 && u.conditions.length === 0 && !u.throughout) {
    const stops = (pool ?? catalog.plan.projects).flatMap((p) => {
      const year = inPlan.find((y) => stopsUnmarked(p, y, u.directions, catalog.years));
      return year !== undefined && !leftOut.has(p) && matchesFilters(p, { ...u, directions: [] }, [])
        ? [{ p, year }]
        : [];
    });
    // (None answered, they are what a follow-up asks of: 「それの目的は？」 — probe 151 had answered 0件 again.)
    if (stops.length > 0 && result.projects.length === 0) result.asked ??= stops.map(({ p }) => p);
    const stopYears = inPlan.filter((y) => stops.some((s) => s.year === y));
    const [first] = stopYears;
    if (first !== undefined)
      stopsSaid = `完了の記載はないまま、計画への記載が${reiwaLabel(first)}${
        stopYears.length > 1 ? `から${reiwaLabel(stopYears.at(-1) as YearKey)}までに` : "で"
      }終わる事業: ${stops.map(({ p, year }) => `${saidName(p)}（${year} ${p.directions[year]}まで）`).join("、")}。`;
  }
  // 「計画期間を通じてずっと継続の事業」: every year asked with the direction. Beside them, the projects with it in every
  // year they are listed, but not listed in all the years asked, are named (probe 153: ふるさと寄附金推進事業, 継続 until
  // R6, had dropped out silently).
  if (structured && !searched && u.throughout && u.directions.length > 0 && inPlan.length >= 2) {
    const shown = new Set(result.projects);
    const shorter = (pool ?? catalog.plan.projects)
      .map((p) => ({ p, listed: inPlan.filter((y) => p.directions[y] !== undefined) }))
      .filter(
        ({ p, listed }) =>
          !shown.has(p) &&
          !leftOut.has(p) &&
          listed.length > 0 &&
          listed.length < inPlan.length &&
          listed.every((y) => u.directions.includes(p.directions[y] as Direction)) &&
          matchesFilters(p, { ...u, directions: [] }, []),
      );
    if (shorter.length > 0)
      result.notes.push(
        `記載のある年度はすべて${directionsLabel(u.directions)}で、お尋ねの年度の一部に記載がない事業: ${shorter
          .map(({ p, listed }) => `${saidName(p)}（${listed[0]}〜${listed.at(-1)}）`)
          .join("、")}。`,
      );
  }
  if (
    result.projects.length === 0 &&
    result.scopes.length === 0 &&
    result.suggestions.length === 0 &&
    !nearMisses &&
    !onlyTheUnit &&
    // (Nor when the units were counted, which is the whole answer: 施策っていくつ？)
    !result.reply
  ) {
    // 「R7に新しく始まる事業はある？」「図書館に関する事業はありますか」: asked whether, answered いいえ first, as a
    // question answered with related projects is (probes 86–91 found いいえ there and none here).
    const whether = !result.verdict && ASKS_IN_PLAN.test(askingClause(u.question)) && asksYesOrNo(u.question);
    if (structured && !searched) {
      // Understood, and the plan has none (令和6年度に拡充する事業): not the same as not understood.
      if (whether) {
        result.verdict = true;
        answerFirst(result, `いいえ。${NONE_MEET}`);
      } else result.notes.push(NONE_MEET);
    } else if (whether && result.missingTerms.length > 0) {
      result.verdict = true;
      answerFirst(
        result,
        `いいえ。${quoted(result.missingTerms)}は計画に出てこない語で、当てはまる事業はありません。`,
      );
      result.notes.push(chapterOnlyNote(catalog.plan.chapter));
    } else {
      // (Not after asking only what the plan does not record — 「予算とかもわかる？」: its note is the answer.)
      if (u.unrecorded.length === 0 || result.searchedWords.length > 0)
        result.notes.push("計画の中に、この質問に当てはまる事業は見つかりませんでした。");
      // 「ごみの収集日を調べるロボット」: the words that found nothing are named, so that the asker knows what to say
      // otherwise (or that the plan has no such subject).
      if (result.missingTerms.length > 0)
        result.notes.push(notInPlanNote(result.missingTerms), chapterOnlyNote(catalog.plan.chapter));
      result.suggestions.push(...EXAMPLE_QUESTIONS);
    }
  }
  // 「コーチング研修は計画に載っていますか？」: whether a subject is in the plan, found — はい first, with the years each
  // project is listed (probe 175: the card alone had answered, no はい). Not of a year or a direction (their own はい
  // or いいえ), nor where a word asked is missing from the plan.
  const found = result.projects.slice(0, result.answered);
  if (
    !result.verdict &&
    searched &&
    found.length >= 1 &&
    found.length <= LINE_EACH &&
    inPlan.length === 0 &&
    u.directions.length + u.conditions.length === 0 &&
    result.missingTerms.length === 0 &&
    ASKS_IN_PLAN.test(askingClause(u.question)) &&
    // (Asked in the negative — 載ってないよね？ — it is answered as Japanese answers it: see withNegativeAsked.)
    !/ない|無い|ません|なかっ/.test(askingClause(u.question)) &&
    asksYesOrNo(u.question)
  ) {
    // (Asked whether it is listed — 載ってる？ — a verdict; asked whether there is one — ある？, やってる？ (probe 234) — a
    // lead only: what follows in a thread goes on from the list, as from any list.)
    if (LISTED_ASKED.test(askingClause(u.question))) result.verdict = true;
    const [first, ...more] = found.map((p) => whenOf(p, [], true));
    // (A word asked found only through a near one — 「道路の補修って載ってる？」, 補修 through 整備 — is not a yes: the
    // plan has what is near it, said so first; probe 193 had read はい as the plan having road repairs.)
    // (Nor when none of them holds a word asked that no project has — 「公民館のコミセン化の事業って載ってますか？」: 公民館 is
    // in 施策7-6's text alone, and はい of the コミセン project had told the asker the plan turns 公民館 into コミセン — probe
    // 200.)
    const partly = found.every((p) => (coverageOf.get(p) ?? 1) < WHOLE_COVERAGE);
    const index = partly ? await deps.search() : undefined;
    const unheld = index
      ? result.searchedWords.filter(
          (w) =>
            !index.search(w, { limit: catalog.plan.projects.length }).hits.some((h) => h.match === "strong"),
        )
      : [];
    // (Asked of a year past the plan — 来年度もある？, 今年度はやってる？ — no はい: the plan says nothing of that year, and
    // how far it lists each project is the answer — probe 484 had said はい of a project listed to R4, asked of R8.)
    if (onlyOutside) {
      result.verdict = false;
      answerFirst(result, ...found.map((p) => whenOf(p, [], true)));
    } else if (nearSaid.length > 0) {
      result.notes = result.notes.filter((n) => n !== nearTermsNote(nearSaid));
      answerFirst(result, `${nearAnswerLead(nearSaid)}${first}`, ...more);
    } else if (unheld.length > 0)
      answerFirst(
        result,
        `${quoted(unheld)}はどの事業にも出てこない語です。ほかの語で探すと、${first}`,
        ...more,
      );
    else answerFirst(result, `はい。${first}`, ...more);
  }
  if (stopsSaid !== undefined) result.notes.push(stopsSaid);
  result.notes.push(...typoNotes(u.question, found, catalog.typos));
  // 「DX推進チームの事業は？」 then 「それぞれR4の方向性は？」: a year's direction asked of a few projects, each said in one
  // line first, as of one (see yearSentence) — the cards alone had answered (probe 108).
  const [askedYear] = inPlan;
  if (
    askedYear &&
    inPlan.length === 1 &&
    found.length >= 1 &&
    found.length <= LINE_EACH &&
    u.directions.length + u.conditions.length === 0 &&
    !result.leads?.length &&
    (ASKS_DIRECTION.test(asking) || yearsAsColumns)
  )
    answerFirst(
      result,
      found.length === 1
        ? yearSentence(found[0] as Project, askedYear, catalog.years)
        : `${yearDirections(found, askedYear)}。`,
    );
  // 「今も続いてる事業」 asked after the plan's last year: those listed in it, and the answer says why (probe 126).
  const lastYear = catalog.years.at(-1);
  if (u.stillGoingPastPlan && lastYear)
    result.notes.push(
      `今年度（${reiwaLabel(thisYear)}）は計画期間（${planPeriodLabel(catalog.years)}）の外のため、計画の最終年度（${reiwaLabel(lastYear)}）まで載っている事業を示します。`,
    );
  // 「臨時拡充ってどういう意味？」: what the word means, first; its projects below (any year).
  if (u.defines.length > 0) answerFirst(result, ...u.defines.map((d) => DIRECTION_MEANINGS[d]));
  return result;

  /** The policies named with their titles and how many of the projects answered each holds. */
  function policiesSaid(counts: readonly (readonly [string, number])[]): string {
    const named = counts.map(([c, n]) => `${c} ${catalog.policies.get(c)?.title ?? ""}（${n}件）`).join("、");
    return counts.length === catalog.policies.size
      ? `この章の施策は${counts.length}件です: ${named}`
      : `該当する事業のある施策は${counts.length}件です: ${named}`;
  }

  /** The codes asked about, as the notes name them: 7-2・7-4. */
  function scopeCodes(): string {
    return result.scopes.map((scope) => scope.code).join("・");
  }

  function answerFreeText(
    {
      hits,
      missingTerms: missing,
      nearTerms,
      missingShare,
      askedWords,
      askedTerms,
      subjectWords,
    }: SearchResult,
    index: SearchIndex,
    ask: string,
    /** What an initiative with no projects is looked for in: the ask, and what it points back at. */
    about: string,
  ) {
    // The directions (完了, 臨時拡充 and their parts) are in every project's table, not in its text: a word of
    // theirs is never "not in the plan".
    // (Said as the asker wrote them: 庁内ＬＡＮ's ＬＡＮ, not the folded lan.)
    const folded = normalizeWidth(u.question);
    const namedMissing = missing
      .filter((t) => !DIRECTION_WORDS.some((d) => d.includes(t) || t.includes(d)))
      .map((t) => wholeTypedWord(asWritten(t, u.question, folded), u.question, subjectWords));
    // (A word named whole says the piece it holds: 『顔写真』, not 『顔』『顔写真』.)
    const missingTerms = [...new Set(namedMissing)].filter(
      (t, _, all) => !all.some((other) => other !== t && other.includes(t)),
    );
    const allowed = pool;
    // A project named in full (「市税等徴収事務事業の方向性」) is what was asked about: the projects with that
    // name are the answers, and others that share some of its words are only related.
    // So is a project whose name holds every word asked (「ふるさと寄附金はR7にも載ってる？」: ふるさと寄附金推進
    // 事業, not the film project whose content mentions ふるさと納税).
    const words = askedWords.map(normalizeWidth);
    /** Whether a project's own text holds every word asked as written (館内Wi-Fiの整備 of 「Wi-Fiの事業」). */
    const holdsWords = (h: SearchHit) => words.every((w) => holdsWord(normalizedText(h.project), w));
    // Words specific enough to name a project: four characters or more in all (人事 alone names no project); and
    // not when a department or a code says whose projects the words are looked for among (人権・男女共生課のWi-Fi).
    // Compared as written, or as terms (コミセン is コミュニティセンター, wifi is Wi-Fi, マイナ is マイナンバーカード).
    const naming = (ws: readonly string[]) =>
      ws.every((w) => [...w].length >= 2) && [...ws.join("")].length >= 4;
    const specific = naming(words) || naming(askedTerms);
    const mayName = specific && u.departments.length + u.codes.length === 0;
    // (As the plan spells it, or with its typos read right: シテプロモーション基本方針策定事業 holds シテプロモーション and
    // シティプロモーション as written.)
    const inNameAsWritten = (h: SearchHit) =>
      mayName &&
      words.every(
        (w) => holdsWord(normalizedName(h.project), w) || holdsWord(rightName(h.project, catalog.typos), w),
      );
    const inNameAsTerms = (h: SearchHit) =>
      mayName && askedTerms.length > 0 && askedTerms.every((t) => index.nameTerms(h.project).has(t));
    // Names holding the words as written name the projects; only when none does, names holding them as terms —
    // a synonym's name (プロモーション of シティプロモーション, in the film project's) is not the one asked about.
    const namedAsWritten = hits.some((h) => h.match === "strong" && inNameAsWritten(h));
    const inName = namedAsWritten ? inNameAsWritten : inNameAsTerms;
    const named = new Set(
      hits
        .filter((h) => folded.includes(normalizedName(h.project)) || (h.match === "strong" && inName(h)))
        .map((h) => h.project),
    );
    // A word the plan writes in Latin letters typed in kana (ワイファイ, わいふぁい of Wi-Fi, えすえぬえす of SNS): no project
    // writes it as the asker did, and the projects holding its term hold the word as written.
    // (Not ふるさと納税, which the film project writes: the name holding 寄附金 is the one asked about.)
    const namedOtherwise =
      askedTerms.length > 0 &&
      askedTerms.every((t) => /^[a-z0-9][a-z0-9-]*$/.test(t)) &&
      words.every((w) => !hits.some((h) => writtenText(h.project).includes(unpunctuated(w))));
    // A project named in full is the answer (「市民会館跡地エリア周辺整備事業の令和4年度の方向性は？」): beside it, only
    // projects that hold most of the question are related — ones sharing a word or two would bury a one-line answer.
    const fullName = hits.some((h) => folded.includes(normalizedName(h.project)));
    const listing = asksForProjects(
      u.question,
      u.years.length + u.directions.length + u.conditions.length > 0,
    );
    // (A count of a project named in full — 「市税等徴収事務事業は何件掲載」 — counts the projects of that name, not every
    // project sharing a word of it: probe 160 had counted 新たな施設予約システム運営事業 by 事務.)
    const ranked =
      named.size === 0 || (everyHolder && (!fullName || LIKE_NAMED.test(u.question)))
        ? hits
        : [
            // Several named in full (「A、Bの担当課は？」, a follow-up's list) come in the order named.
            ...hits
              .filter((h) => named.has(h.project))
              .map((h, i) => ({ h, at: folded.indexOf(normalizedName(h.project)), i }))
              .sort((a, b) => (a.at < 0 || b.at < 0 ? a.i - b.i : a.at - b.at || a.i - b.i))
              .map(({ h }) => ({ ...h, match: "strong" as const })),
            // Beside projects whose names hold the words (「Wi-Fiの事業」), one that holds them all as written in its
            // own text is an answer too (館内Wi-Fiの整備); one that holds them only as other words (ふるさと納税 for
            // ふるさと寄附金), or a project named in full, leaves the rest related.
            ...hits
              .filter((h) => !named.has(h.project) && (!fullName || h.coverage >= RELATED_BESIDE_NAMED))
              .map((h) => ({
                ...h,
                // (Named by the words as terms — ワイファイ, わいふぁい for Wi-Fi — one holding those terms in its own text
                // is an answer as one holding the words as written is: probe 377 had one 該当 of five.)
                match:
                  !fullName &&
                  h.match === "strong" &&
                  listing &&
                  (holdsWords(h) ||
                    (namedOtherwise && askedTerms.every((t) => index.ownTerms(h.project).has(t))))
                    ? h.match
                    : ("partial" as const),
              })),
          ];
    // 「その事業の令和5年度以降の方向性」: years asked with no direction, of a subject, say which years' directions
    // to show, not which projects: a project not listed then is still the answer, its line saying so. Not when
    // whether it is listed is the question (「…ってR5にも方向性載ってる？」): the year is then a condition.
    const columns =
      u.directions.length + u.conditions.length === 0 &&
      inPlan.length > 0 &&
      (ASKS_DIRECTION.test(u.freeText) || EACH_YEAR.test(u.question) || YEAR_ALONE_ASKED.test(u.question)) &&
      !ASKS_LISTED.test(u.question);
    yearsAsColumns = columns;
    coverageOf = new Map(hits.map((h) => [h.project, h.coverage]));
    // (Within the codes or the thread's pick, and not left out: the projects the question may be answered by.)
    const inScope = (p: Project) => (allowed ? allowed.includes(p) : true) && !leftOut.has(p);
    const meetingFilters = ranked
      .filter((h) => inScope(h.project))
      .filter((h) => matchesFilters(h.project, filters, columns ? [] : inPlan));
    // 「Wi-Fiの事業、財産活用課以外でやってる？」: the unit or code left out held every project the words name; those of
    // the rest that hold every word as written in their own text are what is asked — not related ones under a 0件
    // (probe 470 had shown the left-out unit's project as the nearest, the other units' Wi-Fi work not at all). So when the
    // projects left out are a thread's list.
    const holdsEveryWord = (h: SearchHit) => words.length > 0 && holdsWords(h);
    const candidates =
      (u.excludedDepartments.length + u.excludedCodes.length > 0 || leftOut.size > 0) &&
      !meetingFilters.some((h) => h.match === "strong") &&
      meetingFilters.some(holdsEveryWord)
        ? [
            ...meetingFilters.filter(holdsEveryWord).map((h) => ({ ...h, match: "strong" as const })),
            ...meetingFilters.filter((h) => !holdsEveryWord(h)),
          ]
        : meetingFilters;
    const strongShown = Math.min(MAX_SEARCH_RESULTS, candidates.filter((h) => h.match === "strong").length);
    const meeting = candidates.slice(0, Math.max(strongShown, SHOWN_WITH_RELATED));
    const answers = ranked.filter((h) => h.match === "strong").map((h) => h.project);
    // The subject's own projects all fall outside the conditions (「マイナンバーカードの普及促進ってR6も？」):
    // what is left are projects sharing a word with it that happen to meet them — not related to the question.
    // (Not within a unit's list narrowed — 「人権・男女共生課の事業」 then 「その中で建物の工事に関するものは？」: of the unit's
    // projects, those holding part of the words are the nearest there are; probe 346 had been sent to 財産活用課's.)
    const withinUnit = u.departments.length + u.codes.length > 0 && NARROWING_WORD.test(u.question);
    // (Nor when the only condition leaves a unit or code out — 「改修工事の事業って人権・男女共生課以外でやってる？」: the
    // rest's projects sharing the words are what is asked for, related at least — probe 470 had shown the left-out
    // unit's project as the nearest.)
    const onlyLeavesOut =
      u.excludedDepartments.length + u.excludedCodes.length > 0 &&
      u.years.length + u.directions.length + u.departments.length + u.codes.length + u.conditions.length ===
        0;
    const strays =
      structured &&
      !pool &&
      answers.length > 0 &&
      !meeting.some((h) => h.match === "strong") &&
      !withinUnit &&
      !onlyLeavesOut;
    const shown = strays ? [] : meeting;
    result.projects = shown.map((h) => h.project);
    result.answered = shown.filter((h) => h.match === "strong").length;
    result.intent = "search";
    // 「マイナンバーカードの担当課は？」「それぞれの担当課は？」: whose the projects answered are, in one line first.
    const owned = result.projects.slice(0, result.answered);
    const asks = askingClause(u.question);
    if (owned.length > 0 && ASKS_DEPARTMENT.test(asks)) {
      answerFirst(result, departmentsLine(owned));
      // Whose it is, and nothing more, asked (担当課は？, …ってどこの課？): the line first answers it; each card is its name,
      // code, department and directions with a line of its content, not its 目的 and 内容 in full (probes 293–297: a
      // one-word 担当課は？ had repeated the whole card, three times in a thread).
      if (!ASKS_MORE_THAN_WHOSE.test(u.question)) result.shape ??= "brief";
    }
    // Nothing answers, but the nearest projects are shown: whose they are, said as related and nearest first — an
    // asker who asked どこの課 reads the first card's department anyway, and 「その課の他の事業は？」 goes on from it
    // (probe 76). The nearest few, not the first alone: a weak match's first is often not the one, and a front desk
    // passing a call on that one line had sent 古い建物 to 人権・男女共生課 (probe 158).
    else if (owned.length === 0 && result.projects[0] && ASKS_DEPARTMENT.test(asks))
      answerFirst(
        result,
        `関連する可能性がある事業の${departmentsLine(result.projects.slice(0, RELATED_DEPARTMENT_PROJECTS))}`,
      );
    else if (owned.length > 0 && owned.length <= DEPARTMENT_LINE_PROJECTS && ASKS_CODE.test(asks))
      answerFirst(result, codesLine(owned));
    // 「コーチング研修の施策名は？」「施策名しりたい」: which policy and initiative each is under, in words (probe 163: the
    // card's code alone had answered, and a follow-up 0件).
    // (Not of a policy named itself: 「施策7-3ってどういう施策？」 asks what it is — probe 445.)
    if (
      owned.length > 0 &&
      owned.length <= LINE_EACH &&
      ASKS_POLICY.test(asks) &&
      !u.codes.some((c) => c.kind === "policy")
    )
      answerFirst(result, ...owned.map((p) => policyLine(p, catalog, ASKS_INITIATIVE.test(asks))));
    // 「コーチング研修はSDGsのどの目標に対応していますか」: the goals its policy's 対応するSDGs row names, or that it names
    // none — the plan ties goals to policies, not to projects (probe 202: the project's card alone had answered).
    if (
      owned.length > 0 &&
      owned.length <= LINE_EACH &&
      SDGS_SAID.test(asks) &&
      sdgGoalsAsked(u.question, catalog).length === 0
    )
      answerFirst(
        result,
        ...owned.map(
          (p) =>
            `${saidName(p)}（施策${p.policy}）の${POLICY_SDGS}${catalog.policies.get(p.policy)?.sdgs ?? "計画に記載なし"}`,
        ),
      );
    if (shown.length > 0) {
      result.searchedWords = subjectWords.map((w) => asWritten(w, u.question, folded));
    }
    // The years said which directions to show, not which projects: no 条件 (the note says so).
    if (columns) result.filters = { ...result.filters, years: [] };
    // 「学校給食の無償化ってこの計画に載ってる？」: whether the plan has a subject, and nothing matches it as an answer
    // — いいえ first; the projects sharing another word are only related (probes 64, 66). Only when the words the plan
    // lacks are most of what is asked (see MISSING_VERDICT_SHARE): 「…まとめた冊子みたいなのある？」 lacks 冊子, but
    // the plan's 事例集 is the answer, and いいえ above it told the asker otherwise (probe 76). Nor when the plan has
    // every word but no project holds them together (「防災行政無線の更新」, probe 71): everyday words say a
    // project's subject otherwise (家から仕事 for リモートワーク), and the answer only shows what it found.
    const whetherNone =
      result.answered === 0 &&
      shown.length > 0 &&
      !structured &&
      !result.verdict &&
      ASKS_IN_PLAN.test(asks) &&
      asksYesOrNo(u.question);
    if (missingTerms.length > 0) {
      result.missingTerms = missingTerms;
      // (With nothing found, the note that says so names them: 「それ以外の語で探しました」 would find nothing.)
      // (A word said only before the ask — where the asker works, 沢良宜の…センターで — is no subject the plan lacks:
      // probe 74.)
      const asking = normalizeWidth(asks);
      // (Nor when the ask says only what is to be done to what the sentence before describes — 「…欲しい情報が探せない。
      // 改善する予定はありますか」: 改善 is no subject, and the plan's ホームページの改修 is what is asked about — probe 315.)
      if (
        whetherNone &&
        missingShare >= MISSING_VERDICT_SHARE &&
        missingTerms.some((t) => asking.includes(normalizeWidth(t))) &&
        !(asking !== normalizeWidth(u.question) && asksOnlyAnAction(asking))
      ) {
        result.verdict = true;
        answerFirst(
          result,
          `いいえ。${quoted(missingTerms)}は計画に出てこない語で、当てはまる事業はありません（それ以外の語が合う事業を関連として示します）。`,
        );
      } else if (shown.length > 0) result.notes.push(missingTermsNote(missingTerms));
      // (Only related ones shown: the word the chapter lacks may be another chapter's subject — 介護の相談, probe 161.)
      if (shown.length > 0 && result.answered === 0) result.notes.push(chapterOnlyNote(catalog.plan.chapter));
    }
    // 「防災って何課？」: a word the plan never writes, found through one it does (災害対応) — said, so that 該当 is read
    // as resting on the plan's word, not the asker's (probe 137: 防災 had been 該当 2件 with nothing said).
    const near = [
      ...new Set(
        nearTerms.map((t) => wholeTypedWord(asWritten(t, u.question, folded), u.question, subjectWords)),
      ),
    ];
    if (near.length > 0 && shown.length > 0) {
      result.notes.push(nearTermsNote(near));
      nearSaid = near;
    }
    if (onlyOutside && result.projects.length > 0) result.notes.push(OUTSIDE_SEARCHED_NOTE);
    // 「ロケ地ツアーって今どうなってる？」 in a year past the plan: how far the plan lists each project asked about,
    // first — the nearest the plan comes to now.
    if (
      onlyOutside &&
      owned.length > 0 &&
      owned.length <= LINE_EACH &&
      ASKS_DIRECTION.test(asks) &&
      !result.verdict
    )
      answerFirst(result, ...owned.map((p) => whenOf(p, [])));
    // (A project the plan lists in none of `years`, said so with where its listing is.)
    const notListedIn = (p: Project, years: readonly YearKey[]) =>
      `${saidName(p)}は${yearsLabel(years)}の計画に記載がありません（${listingSpan(p, catalog.years)}）。`;
    // 「ロケ地ツアーの事業の今後の予定は？」: no year said, the years from this one on — each project's directions
    // then, or, past the plan's last year, how far the plan lists it and that it says nothing of now on (probe 66).
    if (
      !onlyOutside &&
      inPlan.length === 0 &&
      owned.length > 0 &&
      owned.length <= LINE_EACH &&
      ASKS_AHEAD.test(asks) &&
      !AHEAD_AS_CONTENT.test(asks) &&
      !result.verdict &&
      !u.when
    ) {
      const ahead = catalog.years.filter((y) => Number(y.slice(1)) >= Number(thisYear.slice(1)));
      if (ahead.length === 0)
        answerFirst(
          result,
          ...owned.map((p) => whenOf(p, [])),
          `今年度（${reiwaLabel(thisYear)}）からの予定は、この計画（${planPeriodLabel(catalog.years)}）には載っていません。`,
        );
      else
        answerFirst(
          result,
          ...owned.map((p) =>
            ahead.some((y) => p.directions[y])
              ? `${saidName(p)}の今後（${yearsLabel(ahead)}）の方向性: ${directionsIn(p, ahead)}。`
              : notListedIn(p, ahead),
          ),
        );
    }
    const [alone] = owned;
    const [askedYear] = inPlan;
    if (columns && owned.length === 1 && inPlan.length === 1 && alone && askedYear) {
      // 「マイナンバーカードの普及促進」 then 「R5はどうなる？」: one project's direction in one year, said in a sentence.
      answerFirst(result, yearSentence(alone, askedYear, catalog.years));
    } else if (columns && owned.length === 1 && inPlan.length > 1 && alone) {
      // 「マイナンバーカードの普及促進はR5以降どうなる？」: one project's directions in a span, said in a sentence — or that
      // the plan lists none there, and where its listing ends (probes 430, 437: the card alone, 該当 0件 in a thread).
      answerFirst(
        result,
        inPlan.some((y) => alone.directions[y])
          ? `${saidName(alone)}の${yearsLabel(inPlan)}の方向性: ${directionsIn(alone, inPlan)}。`
          : notListedIn(alone, inPlan),
      );
    } else if (
      columns &&
      shown.some((h) => h.match !== "partial" && inPlan.some((y) => !h.project.directions[y]))
    )
      result.notes.push(unlistedShownNote(inPlan));
    if (result.projects.length === 0 && !pool && answers.length > 0) {
      // The subject is in the plan, but not with the year, direction or department asked for
      // (「令和6年度のホームページ」): the answer stays exact (none), and says what the plan does have.
      // 「じゃあR5は？」 then 「担当課は？」: whose the subject's projects are does not change with the year or the
      // direction asked — said first, as theirs (probe 81: 該当 0件, the department only in the list below).
      if (ASKS_DEPARTMENT.test(asks) && u.departments.length === 0)
        answerFirst(result, `計画にある関連の事業の${departmentsLine(answers.slice(0, NEAR_MISSES))}`);
      result.notes.push(NEAR_MISSES_HEADING);
      // (What 「同じ課の他の事業は？」 next goes on from: the department of the subject's project — probe 83.)
      result.asked = answers.slice(0, NEAR_MISSES);
      for (const p of answers.slice(0, NEAR_MISSES)) result.notes.push(namedLine(p, catalog.years));
      nearMisses = true;
    }
    // After a いいえ about the project asked, the projects named below it are that project, not others related.
    const askedNotRelated = (asked: readonly Project[] = answers.slice(0, NEAR_MISSES)) => {
      result.notes = shownAsAsked(result, asked).notes;
      result.asked = [...asked];
    };
    // 「マイナンバーカードの普及促進って、R5には載ってないよね？」: whether one project is listed in a year, confirmed in
    // the negative — said as whether it is listed, which withNegativeAsked turns into the asker's はい or いいえ (probe 485
    // had answered the condition's list, or 0件, with neither).
    const [unlisted] = u.conditions;
    const [theOne] = answers;
    if (
      !result.verdict &&
      answers.length === 1 &&
      theOne !== undefined &&
      u.conditions.length === 1 &&
      unlisted !== undefined &&
      !unlisted.holds &&
      unlisted.directions.length === DIRECTION_WORDS.length &&
      u.years.length + u.directions.length === 0 &&
      asksYesOrNo(u.question)
    ) {
      result.verdict = true;
      answerFirst(
        result,
        `${theOne.directions[unlisted.year] ? "はい。" : "いいえ。"}${yearSentence(theOne, unlisted.year, catalog.years)}`,
      );
    }
    // 「マイナンバーカードの普及促進ってR5もある？」: whether a project is listed in a year, said plainly first.
    const yesOrNo =
      answers.length > 0 &&
      inPlan.length > 0 &&
      u.directions.length + u.conditions.length === 0 &&
      // (Never then a question of which years' directions to show: see columns.)
      ASKS_LISTED.test(u.question) &&
      asksYesOrNo(u.question);
    if (yesOrNo) {
      const when = yearsLabel(inPlan);
      const listed = shown.filter((h) => h.match !== "partial").map((h) => h.project);
      // Of the subject's projects, those within the codes or the thread's pick (「市税等徴収事務事業」 → 「2個目の詳細」 →
      // 「それR7も載ってる？」): a same-named project outside them is not asked about — probe 476 had been told the other
      // one, listed in R7, was 記載なし.
      const within = answers.filter(inScope);
      const asked = within.length > 0 ? within : answers;
      // 「R4以降も載ってる？」 of a project listed to R4: yes, in the years it is listed, and not in the others.
      const listedIn = inPlan.filter((y) => listed.some((p) => p.directions[y]));
      const notIn = inPlan.filter((y) => !listedIn.includes(y));
      const names = (ps: readonly Project[]) => ps.slice(0, 2).map(saidName).join("、");
      // Of several asked about, those not listed then are said too (「…、マイナンバーカードの普及促進は記載なし」).
      const unlisted = asked.filter((p) => !listed.includes(p));
      const others = unlisted.length > 0 ? `（${names(unlisted)}は記載なし）` : "";
      result.verdict = true;
      // (Asked of a unit none of them is of — 「じゃあ市民課は？」 after 「…はR7まで続く？」 read as 市民課の…はR7まで続く？ —
      // the いいえ is of the unit, not of the year: probe 452 had been told a project listed in R7 was not.)
      const [first] = asked;
      const ofOtherUnit =
        u.departments.length > 0 && asked.every((p) => !u.departments.includes(p.department));
      // (Of more than two, all listed: counted, not two named as if all — and of several, some listed and some not: how
      // many of them, no はい — probe 155: 「R7まで続くってことでいい？」 after 7-6's four had said はい, naming two of the
      // three listed.)
      const which = listed.length > 2 ? `${listed.length}件とも` : `${names(listed)}は`;
      answerFirst(
        result,
        ofOtherUnit && first
          ? `いいえ。${names(asked)}は${u.departments.join("・")}の事業ではありません（担当課: ${first.department}）。`
          : listed.length > 0
            ? notIn.length === 0
              ? unlisted.length > 0 && asked.length > 1
                ? `${asked.length}件のうち${listed.length}件が${when}も計画に載っています（記載なし: ${names(unlisted)}${unlisted.length > 2 ? `ほか${unlisted.length - 2}件` : ""}）。`
                : `はい。${which}${when}も計画に載っています${others}。`
              : `はい。${names(listed)}は${yearsLabel(listedIn)}の計画に載っています（${yearsLabel(notIn)}は記載なし）。`
            : `いいえ。${names(asked)}は${when}の計画に記載がありません${
                asked.length === 1 ? `（${listingSpan(asked[0] as Project, catalog.years)}）` : ""
              }。`,
      );
      if (listed.length === 0 || ofOtherUnit) askedNotRelated(asked.slice(0, NEAR_MISSES));
      // A yes about the project asked is its answer: projects sharing a word with it are beside the question.
      if (listed.length > 0) result.projects = result.projects.slice(0, result.answered);
    }
    // 「おくやみコーナーってR3からだっけ」: whether the one project asked about starts in that year — its first listed
    // year, said plainly first (probe 173 had read it as listed in some year of R3–R7: no はい, nor いいえ of R4から).
    const [from] = inPlan;
    const [subject] = answers;
    if (
      !yesOrNo &&
      from &&
      subject &&
      answers.length === 1 &&
      u.directions.length + u.conditions.length === 0 &&
      STARTS_FROM_ASKED.test(u.question) &&
      asksYesOrNo(u.question)
    ) {
      const start = catalog.years.find((y) => subject.directions[y]);
      if (start) {
        result.verdict = true;
        const since = `${reiwaLabel(start)}から（${start} ${subject.directions[start]}）`;
        if (start === from) {
          answerFirst(result, `はい。${saidName(subject)}は${since}計画に載っています。`);
          result.projects = result.projects.slice(0, result.answered);
        } else {
          answerFirst(result, `いいえ。${saidName(subject)}の計画への記載は${since}です。`);
          result.projects = [];
          result.answered = 0;
          result.notes.push(NEAR_MISSES_HEADING, namedLine(subject, catalog.years));
          askedNotRelated([subject]);
        }
      }
    }
    // 「コーチング研修はR7まで継続ですか」: whether the one project asked about goes on to that year — listed in it with a
    // direction that carries it on (継続, 拡充, 臨時拡充), said はい with that year's direction; listed but 縮小 or 完了
    // that year, said as it is, no はい (whether it is listed is not what was asked); not listed, いいえ with its span
    // (probe 382 had no verdict: まで継続 is read as the year, and no direction was left to check).
    const [until] = inPlan;
    if (
      !yesOrNo &&
      !result.verdict &&
      until &&
      subject &&
      answers.length === 1 &&
      inPlan.length === 1 &&
      u.directions.length + u.conditions.length === 0 &&
      UNTIL_CONTINUED.test(u.question) &&
      asksYesOrNo(u.question)
    ) {
      result.verdict = true;
      const direction = subject.directions[until];
      const span = directionsLine(subject, undefined, catalog.years);
      if (direction === undefined) {
        answerFirst(
          result,
          `いいえ。${saidName(subject)}は${reiwaLabel(until)}の計画に記載がありません（${listingSpan(subject, catalog.years)}）。`,
        );
        askedNotRelated([subject]);
      } else {
        answerFirst(
          result,
          CARRIED_ON.includes(direction)
            ? `はい。${saidName(subject)}は${reiwaLabel(until)}まで続く計画です（${span}）。`
            : direction === "縮小"
              ? `${saidName(subject)}は${reiwaLabel(until)}も計画に載っていますが、方向性は縮小です（${span}）。`
              : `${saidName(subject)}は${reiwaLabel(until)}に${direction}する計画です（${span}）。`,
        );
        result.projects = result.projects.slice(0, result.answered);
      }
    }
    // 「ふるさと寄附金推進事業はR6で完了する？」: whether the one project asked about has a direction in a year, said
    // plainly first with the direction it has (「いいえ。…の令和6年度の方向性は継続です。」): the plan lists no 完了 for a
    // project whose listing stops, and 該当 0件 alone would not say so.
    // Of a few projects (「それ、R4で完了してる？」 after three): each one's direction that year, in one line.
    const [year] = inPlan;
    const [only] = answers;
    const holds = (p: Project) => u.directions.includes(p.directions[year as YearKey] as Direction);
    // 「ふるさと納税は令和6年度で終わり？」 of a project whose listing stops that year with no 完了: the いいえ is of the
    // direction, and the listing's end is said beside it (probe 141: いいえ alone had read as "it goes on"). Not at the
    // plan's last year, where every listing stops (review).
    const endsUnsaid = (p: Project, y: YearKey) =>
      stopsUnmarked(p, y, u.directions, catalog.years)
        ? `計画への記載は${reiwaLabel(y)}までで、完了の記載はありません。`
        : "";
    // 「…は令和4年度から縮小ということで合っていますか」: of one project and a span of years, each year's direction.
    const holdsEvery = (p: Project) =>
      inPlan.every((y) => u.directions.includes(p.directions[y] as Direction));
    const holdsSome = (p: Project) => inPlan.some((y) => u.directions.includes(p.directions[y] as Direction));
    // 「…はR3拡充、R4継続で合ってる？」「R3は臨時拡充でR4以降は継続のまま？」: a claim of one project's directions year by
    // year, each checked — はい only when every one holds (probe 456: no はい or いいえ, only the card). A span's state
    // (R4以降は継続) is claimed of each year it is listed in; a span's event (そのあと完了), of some year (see claimHolds).
    if (
      only &&
      answers.length === 1 &&
      u.conditions.length > 0 &&
      u.conditions.every((c) => c.holds) &&
      u.departments.length + u.codes.length === 0 &&
      !result.verdict &&
      asksYesOrNo(u.question)
    ) {
      const claimed = catalog.years.filter((y) => u.conditions.some((c) => spanOf(c).includes(y)));
      const every = u.conditions.every((c) => claimHolds(only, c));
      result.verdict = true;
      answerFirst(
        result,
        `${every ? "はい" : "いいえ"}。${saidName(only)}の${yearsLabel(claimed)}の方向性: ${directionsIn(only, claimed)}。`,
      );
      if (every) result.projects = result.projects.slice(0, result.answered);
      else if (result.answered > 0) {
        // (Met by the span read as any year of it, it is no answer to the claim: the project asked, as in a いいえ.)
        result.answered = 0;
        result.projects = [];
        result.notes.push(ASKED_HEADING, namedLine(only, catalog.years));
        result.asked = [only];
      } else askedNotRelated([only]);
    } else if (
      only &&
      answers.length === 1 &&
      inPlan.length > 1 &&
      u.directions.length > 0 &&
      u.conditions.length === 0 &&
      asksYesOrNo(u.question)
    ) {
      result.verdict = true;
      answerFirst(
        result,
        `${holdsEvery(only) ? "はい" : holdsSome(only) ? "一部です" : "いいえ"}。${saidName(only)}の${yearsLabel(inPlan)}の方向性: ${directionsIn(only, inPlan)}。`,
      );
      if (!holdsSome(only)) askedNotRelated();
      else result.projects = result.projects.slice(0, result.answered);
    } else if (
      year &&
      only &&
      inPlan.length === 1 &&
      answers.length <= LINE_EACH &&
      u.directions.length > 0 &&
      u.conditions.length === 0 &&
      asksYesOrNo(u.question)
    ) {
      const some = answers.filter(holds).length;
      result.verdict = true;
      answerFirst(
        result,
        answers.length > 1
          ? `${some === answers.length ? "はい" : some === 0 ? "いいえ" : "一部です"}。${yearDirections(answers, year)}。`
          : // (Of a listing that stops that year with no 完了 — 「R4で終わり？」 of a project listed to R4 継続 — neither はい
            // nor いいえ: いいえ had read as "it goes on", probes 393, 394 and 396; the sentence says what the plan has.)
            // (Asked with the plan's own 完了 — R6で完了という認識で… — the いいえ stays: the plan says no 完了.)
            `${holds(only) ? "はい。" : endsUnsaid(only, year) && !/完了/.test(u.question) ? "" : "いいえ。"}${yearSentence(only, year, catalog.years)}${endsUnsaid(only, year)}`,
      );
      if (some === 0) askedNotRelated();
      // A yes about the projects asked is their answer, as above.
      else result.projects = result.projects.slice(0, result.answered);
    } else if (
      only &&
      u.years.length === 0 &&
      answers.length <= LINE_EACH &&
      u.directions.length > 0 &&
      u.conditions.length === 0 &&
      asksYesOrNo(u.question)
    ) {
      // 「ふるさと寄附金推進事業は新規事業ですか？」: with no year, whether the project has the direction in some year of
      // the plan, said plainly first with the years it has it (or its listing, when none).
      // (Asked of every year — 「コーチング研修はずっと継続？」 — every year it is listed has it, its first year's 新規 aside:
      // a project starts so. Probe 375 had はい over 「条件に当てはまる事業はありません」.)
      const some = answers.filter((p) =>
        u.throughout
          ? throughoutHeld(p, u.directions, catalog.years)
          : catalog.years.some((y) => u.directions.includes(p.directions[y] as Direction)),
      );
      result.verdict = true;
      // (Of every year, the years listed otherwise are said: 「（R3は新規）」.)
      const otherwise = (p: Project) => {
        const others = catalog.years.filter(
          (y) => p.directions[y] && !u.directions.includes(p.directions[y] as Direction),
        );
        return u.throughout && others.length > 0
          ? `${others.map((y) => `${y}は${p.directions[y]}`).join("、")}です。`
          : "";
      };
      const [first = "", ...rest] = answers.map((p) => `${whenOf(p, u.directions)}${otherwise(p)}`);
      const word = some.length === answers.length ? "はい" : some.length === 0 ? "いいえ" : "一部です";
      answerFirst(result, `${word}。${first}`, ...rest);
      if (some.length === 0) askedNotRelated();
      else if (u.throughout && nearMisses) {
        // Those it holds of are the answer, not near ones the conditions missed.
        const near = new Set(answers.slice(0, NEAR_MISSES).map((p) => namedLine(p, catalog.years)));
        result.notes = result.notes.filter((n) => n !== NEAR_MISSES_HEADING && !near.has(n));
        result.projects = some;
        result.answered = some.length;
        nearMisses = false;
      } else result.projects = result.projects.slice(0, result.answered);
    }
    // 「びったりサービス利用の推進の担当は市民課だよね？」「コーチング研修って本当に人事課の担当？」: whether the project
    // asked about is that department's, said plainly first with the department it is — 該当 0件 alone read as if the
    // project were not in the plan (probe 64).
    // (A unit the plan does not have — 「…の担当って人材育成課ですよね？」 — is as plainly not the project's: probe 122 had
    // shown it only as related, with no いいえ.)
    const [unit] = [...u.departments, ...u.unknownDepartments];
    const subjects = answers.slice(0, LINE_EACH);
    // (Read with its slips mended: 「…は人事かの担当で合ってますか」 names 人事課 — probe 116.)
    // (And a unit said by a short name that has no unit's suffix — 財活, 情シス — said by its name: 「…の担当って財活だったっけ？」
    // confirms as 「…財産活用課だったっけ？」 does: probe 177.)
    const mended = withShortNamesInFull(
      u.slips.reduce((text, slip) => text.replace(slip.said, slip.read), u.question),
      catalog,
    );
    // (「マイナンバーカードの事業って市民生活相談課ですか？」: several projects of the subject, none the unit's — probe 186: 0件.)
    // (So is 「リノベのいばらきの事業って市民協働推進課の担当だよね？」: the subject's projects, each — probe 281 had named the
    // first of the two.)
    // (The unit offered after the subject's projects: 「情報政策課の事業は何がある？」 names whose projects are asked for —
    // probe 439 had been answered いいえ with 政策企画課's three.)
    const projectsSaidAt = mended.search(SUBJECTS_PROJECTS);
    const noneOfThem =
      (PROJECTS_AFTER_TTE.test(mended) ||
        (projectsSaidAt >= 0 && unit !== undefined && mended.lastIndexOf(unit) > projectsSaidAt)) &&
      answers.length > 1 &&
      answers.every((p) => p.department !== unit);
    if (
      unit &&
      u.departments.length + u.unknownDepartments.length === 1 &&
      subjects.length > 0 &&
      u.directions.length + u.conditions.length + inPlan.length === 0 &&
      !result.verdict &&
      (CONFIRMS_DEPARTMENT.test(mended) ||
        (u.departments.length === 0 && CONFIRMS_UNKNOWN_UNIT.test(u.question)) ||
        // 「DVの相談って市民生活相談課ですか？」: of a subject that is one project, not the unit's, a confirmation — not the
        // narrowing 「ICTの事業って情報システム課ですか？」 is, nor of a subject of several (システムの事業って市民課ですか？:
        // review) — probe 139 had answered 0件 with no いいえ.
        // (Nor any of several, none the unit's: いいえ of each.)
        (UNIT_AFTER_TTE.test(mended) && answers.length === 1 && answers[0]?.department !== unit) ||
        // (Of one project named by its own words, not as a kind — 「コーチング研修って人事課ですか？」 — はい as well: probes
        // 379 and 385 had a card under 条件: 人事課 and no verdict.)
        (UNIT_AFTER_TTE.test(mended) &&
          answers.length === 1 &&
          !PROJECTS_AFTER_TTE.test(mended) &&
          !SUBJECTS_PROJECTS.test(mended)) ||
        noneOfThem ||
        // 「住民から施設予約システムのことを聞かれた。担当は資産活用課？」「…のことで問い合わせ。広報課でいい？」: a unit
        // offered alone after the sentence that names the subject, of the one project it finds (probe 429).
        (answers.length === 1 &&
          offersOnlyAUnit(askingClause(mended)) &&
          askingClause(mended).length < mended.trim().length - 4) ||
        // 「配偶者暴力…事業は人権・男女共生課？」 (a follow-up's 「それって人権・男女共生課？」 read after its project): of a
        // project named in full, a department with only ？ asks whether it is the project's — はい as well as いいえ.
        (UNIT_ALONE_AFTER.test(mended) && subjects.some((p) => folded.includes(normalizedName(p)))))
    ) {
      // (The projects the question names in full, or else the one its words find best: a project that only shares a
      // word with it is no subject of the question — 「マイナンバーカードの担当は情報システム課？」 is of 普及促進.)
      const inFull = subjects.filter((p) => folded.includes(normalizedName(p)));
      // (「どっちも財産活用課？」「両方とも…」: of each one found — probe 163 had named one of the two and said はい.)
      // (「…の事業って…課ですか？」 of several, none the unit's: each one named, as each is asked of.)
      // (「Wi-Fiの事業って人権・男女共生課の担当？」「ルーターを貸し出す事業って…がやってるんだっけ？」: the subject's
      // projects, each — probe 281's いいえ of the best one had hidden the unit's two. Said without 事業, the one found best
      // is the subject: see the note above.)
      // (Nor when the words asked are each in the names of several — 「リノベのいばらきってまち魅力発信課の担当ですか？」
      // asks of both リノベのいばらき projects, as 「リノベのいばらきの担当課は？」 answers both: probe 298.)
      const folds = subjectWords.map((w) => normalizeWidth(w));
      const namedByWords =
        folds.length > 0 ? subjects.filter((p) => folds.every((w) => normalizedName(p).includes(w))) : [];
      const named =
        inFull.length > 0
          ? inFull
          : EACH_OFFERED.test(mended) || noneOfThem || SUBJECTS_PROJECTS.test(mended)
            ? subjects
            : namedByWords.length > 1
              ? namedByWords
              : subjects.slice(0, 1);
      const theirs = named.filter((p) => p.department === unit);
      // (The line that says whose they are goes: the sentence says it.)
      const whose = departmentsLine(owned);
      result.notes = result.notes.filter((n) => n !== whose);
      if (result.leads) result.leads = result.leads.filter((n) => n !== whose);
      result.verdict = true;
      // (A unit offered mistyped — 資産活用課だっけ？ — read as the plan's, is said so in the verdict itself: a はい alone
      // had been passed on with the wrong name, the reading only in a note below — probe 476.)
      const slipped = u.slips.find((slip) => slip.read === unit);
      const slipSaid = slipped
        ? `（「${slipped.said}」は計画にない課名のため、「${unit}」と読みました）`
        : "";
      if (slipped) result.notes = result.notes.filter((n) => n !== readAsNote(slipped.said, slipped.read));
      answerFirst(
        result,
        `${theirs.length === named.length ? "はい" : theirs.length === 0 ? "いいえ" : "一部です"}。${named
          .map((p) => `${saidName(p)}の担当課は${p.department}です。`)
          .join("")}${slipSaid}`,
      );
      if (theirs.length === 0) askedNotRelated(named);
      else {
        // (一部: the others asked about follow the department's own, as related — the asker sees whose each one is.)
        const own = result.projects.slice(0, result.answered);
        result.projects = [...own, ...named.filter((p) => !own.includes(p))];
      }
    }
    // 「第3次…策定事業はいつ完了？」「それって何年度まで？」: when, of the one project asked about, said plainly first
    // — the years of the direction asked, or that the plan lists none (a listing that stops is no 完了).
    // A few projects asked about (「マイナンバーカード関係の事業」 then 「それっていつまで？」): a line each.
    const ofWhich = result.projects.slice(0, result.answered);
    // 「それっていつから？」 of related projects only (a weak match: 「家から手続きできるやつ」): when, of the nearest few,
    // said as related — the list alone had left the asker to read each one's row of directions (probe 158).
    if (
      u.when &&
      ofWhich.length === 0 &&
      result.projects.length > 0 &&
      inPlan.length === 0 &&
      u.conditions.length === 0 &&
      !result.verdict
    )
      answerFirst(
        result,
        "関連する可能性がある事業では:",
        ...result.projects.slice(0, RELATED_DEPARTMENT_PROJECTS).map((p) => whenOf(p, u.when ?? [], u.span)),
      );
    if (
      u.when &&
      ofWhich.length > 0 &&
      ofWhich.length <= LINE_EACH &&
      inPlan.length === 0 &&
      u.conditions.length === 0 &&
      !result.verdict
    ) {
      result.verdict = true;
      const [first = "", ...rest] = ofWhich.map((p) => whenOf(p, u.when ?? [], u.span));
      // (「今年度もやってますか？」「それってまだやってる？」 of projects that completed before this year: いいえ — probe
      // 178 had got the year it completed, no いいえ.)
      const ended = endedWord(ofWhich, thisYear);
      const word = u.endedAsked
        ? ended
        : ended === "はい。" && STILL_RUNNING.test(u.question)
          ? "いいえ。"
          : "";
      answerFirst(result, `${word}${first}`, ...rest);
      // 「ロケ地ツアーってまだやってる？」 asked after the plan's last year: whether it goes on now, the plan cannot say —
      // unless each project asked of completes within it (人事給与制度の見直し, R4 完了: probe 105).
      const last = catalog.years.at(-1);
      if (
        STILL_RUNNING.test(u.question) &&
        last &&
        Number(thisYear.slice(1)) > Number(last.slice(1)) &&
        !ofWhich.every(completesWithin)
      ) {
        // (It says what the notes of a year outside the plan said, of this one: 「今年度もやってる？」.)
        const outsideSaid = outsideYearsNote([thisYear], catalog.years);
        result.notes = result.notes.filter((n) => n !== outsideSaid && n !== OUTSIDE_SEARCHED_NOTE);
        // (A listing that stops before the plan's last year says less still: 「まだ申し込める？」 of a project listed to
        // R5 is told so — probe 182 had read the same note for every project.)
        const ends = [...new Set(ofWhich.map((p) => lastListed(p)?.year))];
        const stopsEarly = ends.every((year) => year !== undefined && year !== last);
        const stopped =
          ends.length === 1
            ? `${reiwaLabel(ends[0] as YearKey)}で`
            : `計画の最終年度（${reiwaLabel(last)}）より前に`;
        const outside = `今年度（${reiwaLabel(thisYear)}）は計画期間（${planPeriodLabel(catalog.years)}）の外`;
        result.notes.push(
          `${outside}${stopsEarly ? `で、計画への記載も${stopped}終わっている` : "の"}ため、今も続いているかはこの計画からはわかりません。`,
        );
      }
    }
    if (result.projects.length === 0 && pool && pool.length > 0) {
      // The code is what was asked about; the words beside it (「7-4-2の概要」) only narrowed it, and
      // narrowed it to nothing: show the code's projects rather than an empty answer.
      const codes = scopeCodes();
      // The words as searched, not the leftover text with its particles (「急ぎで 、 の中身」).
      const words = askedWords.length > 0 ? quoted(askedWords) : `「${quotable(ask)}」`;
      result.projects = pool.filter((p) => matchesFilters(p, filters, inPlan));
      result.intent = "code";
      const narrowed = result.projects.length < pool.length ? "条件に当てはまる" : "すべての";
      // (Not when the words only asked for a field of them: 「7-2の11番の目的は？」 searched no 目的 — nor for the
      // policy's SDGs, answered first.)
      if (
        !asksOnlyFields(ask) &&
        !askedCodeMeaning &&
        !(result.leads ?? []).some((l) => l.startsWith(POLICY_SDGS))
      )
        result.notes.push(
          `${words}に当てはまる事業は${codes}にないため、${codes}の${narrowed}事業を示します。`,
        );
    }
    if (result.answered === 0 && !pool && !result.asked?.length) {
      // Nothing answers, but an initiative is about it: say it has no new or expanded projects.
      // (Not when the subject's own projects are named below a note of none: シテプロモーション基本方針策定事業 not
      // in R7 is the answer, not 7-7-3's 広報 without projects.)
      // The ask alone (its analysis is already made): context before it is not what an initiative is about — unless the
      // ask points back at it (「核兵器をなくす平和の取組について、該当する事業はありますか」: probe 183).
      for (const code of index.matchInitiatives(about)) {
        const { scope, projects } = resolveCode(catalog, { kind: "initiative", code });
        if (scope && projects.length === 0) {
          result.scopes.push(scope);
          const none = `${scope.code}「${scope.title}」には新規・拡充事業等がありません。`;
          // (Asked whether the plan has it: いいえ, first — 「個人情報保護の事業ってある？」 had opened on 関連する可能性
          // 5件, probe 99.)
          saidNone(result, u.question, none);
        }
      }
    }
  }
}

/** Projects answered that a question of whose (担当課は？) names one by one; of more, each department says how many. */
const DEPARTMENT_LINE_PROJECTS = 5;

/**
 * That none answers, said: いいえ first when the question asks whether the plan has any (「7-2で縮小のものある？」,
 * 「個人情報保護の事業ってある？」), else a note.
 */
function saidNone(result: Answer, question: string, none: string): void {
  const asking = askingClause(question);
  if (!result.verdict && asksYesOrNo(question) && ASKS_IN_PLAN.test(asking)) {
    result.verdict = true;
    // (Asked in the negative — 「7-4-1には事業はないんですか？」 — はい agrees that there is none: いいえ had read as
    // "there are some", above the sentence saying there are none (probe 255).)
    answerFirst(result, `${ASKED_NONE.test(asking) ? "はい" : "いいえ"}。${none}`);
  } else result.notes.push(none);
}
/** Whether there is none, asked in the negative: ないんですか, ないの？, 無いんでしょうか. */
const ASKED_NONE = /(?:ない|無い)\s*(?:ん|の)?\s*(?:です|でしょう)?\s*(?:か|の)?\s*[?？。]*\s*$/u;

/**
 * The policy and initiative a project is under: 「組織力強化に…の施策: 7-3 地域社会の…（取組 7-3-1 職員の能力開発）」 — or,
 * its initiative asked (どの取組？), that first: 「…の取組: 7-3-1 職員の能力開発（施策 7-3 地域社会の…）」 (probe 229: the
 * initiative had been only a code in brackets).
 */
export function policyLine(project: Project, catalog: Catalog, initiativeAsked = false): string {
  const policy = catalog.policies.get(project.policy);
  const initiative = catalog.initiatives.get(project.initiative);
  if (initiativeAsked && initiative)
    return `${saidName(project)}の取組: ${initiative.code} ${initiative.title}（施策 ${project.policy} ${policy?.title ?? ""}）`;
  return `${saidName(project)}の施策: ${project.policy} ${policy?.title ?? ""}${
    initiative ? `（取組 ${initiative.code} ${initiative.title}）` : ""
  }`;
}

/**
 * Each policy of the projects once, in the order answered, with its initiatives and how many of the projects each
 * holds: 「施策 7-4 …: 取組 7-4-2 …（3件）、取組 7-4-4 …（1件）」.
 */
function policiesLines(projects: readonly Project[], catalog: Catalog): string[] {
  const byPolicy = new Map<string, Map<string, number>>();
  for (const p of projects) {
    const initiatives = byPolicy.get(p.policy) ?? new Map<string, number>();
    initiatives.set(p.initiative, (initiatives.get(p.initiative) ?? 0) + 1);
    byPolicy.set(p.policy, initiatives);
  }
  return [...byPolicy].map(
    ([policy, initiatives]) =>
      `施策 ${policy} ${catalog.policies.get(policy)?.title ?? ""}: ${[...initiatives]
        .map(([code, n]) => `取組 ${code} ${catalog.initiatives.get(code)?.title ?? ""}（${n}件）`)
        .join("、")}`,
  );
}

/** Words asking more of a project than whose it is: its purpose, content, details, what it does. */
const ASKS_MORE_THAN_WHOSE =
  /目的|内容|概要|中身|詳し|くわし|詳細|何を|なにを|何する|なにする|どんな|説明|ねらい|狙い/u;

/**
 * 担当課: 市民課（マイナンバーカードの普及促進、…）、情報システム課（…）: each department once, in the order answered —
 * with its projects' names, or, of more than DEPARTMENT_LINE_PROJECTS projects, their count (財産活用課（7件）).
 */
export function departmentsLine(projects: readonly Project[]): string {
  const byDepartment = new Map<string, string[]>();
  for (const p of projects)
    byDepartment.set(p.department, [...(byDepartment.get(p.department) ?? []), saidName(p)]);
  const named = projects.length <= DEPARTMENT_LINE_PROJECTS;
  // (A unit written with ほか is said to be so: where a call is passed on, 「収納課ほか」 names one unit of several — probe
  // 479's front desk had read it as a unit's name.)
  const joint = [...byDepartment.keys()].some((d) => JOINT_UNIT.test(d));
  return `担当課: ${[...byDepartment]
    .map(([d, names]) => `${d}（${named ? [...new Set(names)].join("、") : `${names.length}件`}）`)
    .join("、")}${joint ? JOINT_SAID : ""}`;
}
/** A department the plan writes with ほか (収納課ほか): it and others. */
const JOINT_UNIT = /(?:ほか|他)$/u;
/** What ほか after a department means, said beside it. */
const JOINT_SAID =
  "（「ほか」は、ほかにも担当する課があるという計画の書き方で、その課の名前は計画に書かれていません）";

/** How many of the plan's departments a name it lacks is told are near it. */
export const NEAR_DEPARTMENTS = 3;

/**
 * The plan's departments whose names share a word of two characters (kanji or katakana) with a name it lacks, nearest
 * first (情報政策課: 情報システム課 by 情報, 政策企画課 by 政策) — at most NEAR_DEPARTMENTS. A word shared with many of the
 * plan's departments tells less than one shared with few: each counts one over how many hold it (人権啓発課: 人権・男女
 * 共生課 by 人権 before the three by 推進 — probe 269 had named the 推進 ones first). Pure.
 */
export function nearDepartments(unknown: readonly string[], departments: readonly string[]): string[] {
  const pairs = unknown.flatMap((name) => {
    const stem = [...name.replace(/(?:課|室|チーム|部|局|係)$/u, "")];
    return stem.slice(1).map((c, at) => `${stem[at]}${c}`);
  });
  const words = [...new Set(pairs.filter((w) => /^[\p{Script=Han}\p{Script=Katakana}ー]{2}$/u.test(w)))];
  const holding = (w: string) => departments.filter((d) => d.includes(w)).length;
  return departments
    .map((d) => ({ d, near: words.filter((w) => d.includes(w)).reduce((sum, w) => sum + 1 / holding(w), 0) }))
    .filter((x) => x.near > 0 && !unknown.includes(x.d))
    .sort((a, b) => b.near - a.near)
    .slice(0, NEAR_DEPARTMENTS)
    .map((x) => x.d);
}

/** The number a count asks for, as the answer says it first. */
export const countSentence = (n: number): string => `該当する事業は${n}件です。`;
/** A count's share of the list it is a part of, to one decimal: 計画全体（44件）に占める割合は6.8%（3件）です。 */
export const shareSentence = (n: number, total: number, of: string): string =>
  `${of}（${total}件）に占める割合は${total === 0 ? 0 : Math.round((n / total) * 1000) / 10}%（${n}件）です。`;
/**
 * A count of one year's direction that holds more than one of the plan's (拡充 counts 臨時拡充, 完了 counts 新規完了), said
 * with each one's number: 「該当する事業は19件です（拡充12件・臨時拡充7件）。」 — the plan writes them apart, and an asker
 * counting its 拡充 must see what was counted with it (probe 160: 19 had been said of the plan's 12).
 */
function withKindsCounted(
  sentence: string,
  answers: readonly Project[],
  years: readonly YearKey[],
  directions: readonly Direction[],
): string {
  const [year] = years;
  if (years.length !== 1 || year === undefined || directions.length < 2) return sentence;
  const kinds = directions
    .map((d) => [d, answers.filter((p) => p.directions[year] === d).length] as const)
    .filter(([, n]) => n > 0);
  return kinds.length < 2
    ? sentence
    : sentence.replace(/。$/, `（${kinds.map(([d, n]) => `${d}${n}件`).join("・")}）。`);
}

/**
 * Which of the sides named has more (or fewer) projects, asked: どっちが多い, どちらの事業が多いですか, 多いのはどっち,
 * 少ないのはどちら, and with no particle as staff type it, 事業多いのどっち (probe 497 had listed both). Group 1 or 2 is set
 * when fewer are asked for.
 */
const WHICH_MORE =
  /(?:どっち|どちら|いずれ|どれ)[^。？?！!、,\n]{0,10}?(?:が|の(?:方|ほう)が)[^。？?！!、,\n]{0,8}?(?:多い|少ない|多く|少なく)|(?:多い|少ない)\s*(?:の|ほう|方)\s*(?:は|って)?\s*(?:(?:どっち|どちら|いずれ|どれ)|(?<=(?:は|って)\s*)(?=[?？]*\s*$))/u;
/** The difference of two counts asked (差は, 何件違う, どれくらい違う), or whether they are the same (同じくらい, 同数). */
const DIFFERENCE_ASKED =
  /差|(?:何件|いくつ|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい))\s*(?:違う|ちがう)|数\s*(?:は|が|って)?\s*どう\s*(?:違う|ちがう)/u;
const SAME_ASKED =
  /同じ\s*(?:くらい|ぐらい|数)|同数|(?<=数\s*(?:って|は|が|も)?\s*)同じ(?!\s*(?:課|施策|取組|年度|事業))/u;
/**
 * The side with more (fewer, when `most` is false) said of the counts named: 「財産活用課のほうが多いです（7件・4件）。」;
 * a tie is said as one (同数です).
 */
function whichSideSentence(named: readonly (readonly [string, number])[], most: boolean): string {
  const counts = named.map(([, n]) => n);
  const end = most ? Math.max(...counts) : Math.min(...counts);
  const ends = named.filter(([, n]) => n === end).map(([side]) => side);
  const each = named.map(([side, n]) => `${side} ${n}件`).join("、");
  if (ends.length === named.length)
    return `${named.length === 2 ? "どちらも" : "すべて"}同数です（${each}）。`;
  const word = most ? "多い" : "少ない";
  return named.length === 2
    ? `${ends[0]}のほうが${word}です（${each}）。`
    : `最も${word}のは${ends.join("・")}です（${each}）。`;
}

/**
 * Two counts compared by how far apart they are: 「差は5件です（…）。」; asked whether they are the same, はい (同数) or
 * いいえ with the side that has more.
 */
function differenceSentence(named: readonly (readonly [string, number])[], sameAsked: boolean): string {
  const [[a, x], [b, y]] = named as [readonly [string, number], readonly [string, number]];
  const each = `${a} ${x}件、${b} ${y}件`;
  if (sameAsked)
    return x === y
      ? `はい。同数です（${each}）。`
      : `いいえ。${x > y ? a : b}のほうが${Math.abs(x - y)}件多いです（${each}）。`;
  return x === y ? `差はありません。同数です（${each}）。` : `差は${Math.abs(x - y)}件です（${each}）。`;
}

/**
 * Two counts an answer compared, asked of again alone (差は？, 同じ？, どっちが少ない？): the difference, whether they are the
 * same, or the side with more or fewer — as a message asking both would say it.
 */
export function countsComparedSaid(named: readonly (readonly [string, number])[], question: string): string {
  if (SAME_ASKED.test(question) || /同じ/.test(question)) return differenceSentence(named, true);
  if (DIFFERENCE_ASKED.test(question)) return differenceSentence(named, false);
  return whichSideSentence(named, !/少な/.test(question));
}

/** What a code means, asked (7-3-1ってどういう意味？, 何の番号, 番号の意味, 何を表してる). */
const CODE_MEANING_ASKED =
  /(?:どういう|どんな|何の|なんの)\s*(?:意味|番号)|番号の\s*意味|意味\s*(?:は|って|を)|(?:何|なに)\s*を\s*(?:表|示|あらわ)/u;

/**
 * How a code is made, said of the one asked: a policy's number in the chapter, an initiative's place under its policy,
 * or a project's place in its policy's list — as every card prints it (7-2-6 / 7-2 No.17).
 */
function codeMeaning(ref: CodeRef, scope: Scope): string {
  const shown =
    "各事業は「7-2-6 / 7-2 No.17」のように、取組の番号と、施策の中での事業の通し番号で示しています。";
  if (ref.kind === "policy")
    return `${scope.code} は施策の番号で、第${scope.code.split("-")[0]}章の${scope.code.split("-")[1]}番目の施策「${scope.title}」です。その下の取組は ${scope.code}-1 のように番号が続きます。${shown}`;
  if (ref.kind === "initiative") {
    const [chapter, policy, place] = scope.code.split("-");
    return `${scope.code} は取組の番号で、施策${chapter}-${policy}「${scope.policyTitle ?? ""}」の${place}番目の取組「${scope.title}」です。${shown}`;
  }
  if (ref.kind === "project")
    return `${ref.code} No.${ref.no} は、施策${ref.code}の事業の通し番号で${ref.no}番目の事業「${scope.title}」です。${shown}`;
  return `${scope.code} は章の番号で、この計画の「${scope.title}」の章です。その下の施策は ${scope.code}-1 のように番号が続きます。`;
}

/** The line that names a policy's initiatives in full (施策7-4の取組は3件です…): group 1 the policy, 2 how many. */
export const INITIATIVES_LINE = /^施策([\d-]+)の取組は(\d+)件です/;
/**
 * The initiatives said to be counted (取組が3つ, 取組は4件で合ってる): a policy's, not its projects — also what has
 * the answer say the policy's initiatives (see INITIATIVES_ASKED), and what count-check.ts checks against them.
 */
export const INITIATIVES_COUNTED =
  /(?:取組|取り組み)\s*(?:が|は|って|の数は?)?\s*(?:全部で|合計で?)?\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十])\s*(?:件|つ|個)/u;
/**
 * A policy's initiatives asked: how many (取組がいくつ, 取組の数; 取組が3つでしたっけ, whose count is then checked — see
 * count-check.ts) or which (取組の名前, 取組一覧, 取組は何がある).
 */
const INITIATIVES_ASKED = new RegExp(
  String.raw`${INITIATIVES_COUNTED.source}|(?:取組|取り組み)\s*(?:が|は|って)\s*[?？]*\s*$|(?:取組|取り組み)\s*(?:が|の|は)?\s*(?:いくつ|幾つ|何件|何個|数|(?:の\s*)?(?:名前|名称|タイトル|一覧)|名(?![\p{Script=Han}])|(?:は|って|に\s*は)\s*(?:何|なに|どれ|どんな)|を\s*(?:全部|すべて|全て|一通り)?\s*(?:教え|挙げ|あげ|列挙|一覧|知りたい))`,
  "u",
);
/** The units themselves asked to be counted (施策はいくつ, 担当課は全部でいくつ, 取組の数, 課の数): group 1 names them. */
const UNITS_COUNTED =
  /(?<![\p{Script=Han}\p{Script=Katakana}])(施策|取組|取り組み|担当課|所管課|課|部署)\s*(?:は|って|が|の)?\s*(?:全部で|全体で|合計で|全部|計)?\s*(?:いくつ|幾つ|何個|何件|何種類|何課|数(?!値|字|量))/u;

/**
 * How many of the units `said` names the projects answered belong to: of the whole chapter, every policy or initiative
 * it has (an initiative with no project too, said apart); of some projects, those they belong to.
 */
function unitsCounted(said: string, answers: readonly Project[], plan: Plan): string {
  const whole = answers.length === plan.projects.length;
  const of = whole ? "" : "該当する事業の";
  if (said === "施策") {
    const codes = [...new Set(answers.map((p) => p.policy))];
    return whole
      ? `施策は${plan.policies.length}件です（${plan.policies.map((p) => p.code).join("、")}）。`
      : `${of}施策は${codes.length}件です（${codes.join("、")}）。`;
  }
  if (said === "取組" || said === "取り組み") {
    const held = new Set(answers.map((p) => p.initiative)).size;
    const all = plan.policies.reduce((n, p) => n + p.initiatives.length, 0);
    return whole ? `取組は${all}件です（うち事業が載っているのは${held}件）。` : `${of}取組は${held}件です。`;
  }
  return `${of}担当課は${new Set(answers.map((p) => p.department)).size}課です。`;
}
/** The lead of a check that a list is whole (それで全部？): the plan has no other project the question fits. */
export const wholeSentence = (n: number, related: boolean): string =>
  `はい。該当する事業は前の回答の${n}件で全部です（${related ? "ほかに示す事業は、関連する可能性のあるものです" : "計画の中に、ほかに当てはまる事業はありません"}）。`;

/** Sentences that answer the question, said first: each a lead (see Answer.leads), before any earlier one. */
/**
 * The answer cut to the projects of the department or policy asked for by most or fewest (「一番多い課は？」): those
 * answered that it holds (a related one stays related, below them), the thread going on from them by `named`.
 */
function onlyTheExtreme(
  result: Answer,
  question: string,
  holds: (p: Project) => boolean,
  named: readonly string[],
): void {
  const theirs = result.projects.slice(0, result.answered).filter(holds);
  result.projects = [...theirs, ...result.projects.slice(result.answered)];
  result.answered = theirs.length;
  // (Asked on the chain's last line only: asked before, it is worked out again among the narrowed, which this marks to
  // stop.)
  if (ASKS_MOST.test(question.split("\n").at(-1) ?? "")) result.extremeOf = `${named.join("と")}の事業`;
}

function answerFirst(result: Answer, ...said: string[]): void {
  // (A sentence already leading is not said again: two readings of one ask may both answer it.)
  const sentences = said.filter((s, i) => said.indexOf(s) === i && !result.leads?.includes(s));
  result.notes.unshift(...sentences);
  result.leads = [...sentences, ...(result.leads ?? [])];
}

/**
 * 「『びったりサービス』は計画の表記のままです（『ぴったりサービス』の誤記と思われます）。」: when the asker wrote a word
 * right (ぴったりサービス) and an answer's name holds the plan's typo of it — so that a reader does not take it for
 * ours, nor copy it. Not on every list that shows such a name: the asker wrote nothing it corrects (probe 52).
 */
export function typoNotes(
  question: string,
  answers: readonly Project[],
  typos: ReadonlyMap<string, string>,
): string[] {
  const asked = phrasePattern(question);
  const notes: string[] = [];
  for (const [typo, right] of typos)
    if (asked.includes(phrasePattern(right)) && answers.some((p) => p.name.includes(typo)))
      notes.push(`『${typo}』は計画の表記のままです（『${right}』の誤記と思われます）。`);
  return notes;
}

/** 目的 as the field asked of a project (…の目的は？, 目的を教えて), not a word of what it is about. */
/**
 * Two things said as either (…や…, …とか…, …または…), each a run of kanji, katakana or letters: what either finds is asked
 * for. Groups: each side.
 */
const EITHER_SAID =
  /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]{2,})\s*(?:や|とか|または|もしくは|あるいは)\s*([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]{2,})/iu;

/** A unit said right after what is asked (…のことやってる課, …を担当している部署). */
const UNIT_AFTER = /^[^。？?！!、,]{0,14}?(?:課|部署|部局|担当課)/u;

/**
 * The search of an ask for every project holding either of two things (「モバイルWi-Fiルーターやポケット型Wi-Fiを貸し出して
 * いる事業は全部」): a project that either side finds as an answer, searched in the pair's place, is an answer too — read
 * whole, the ask had wanted a project to hold both (probes 315, 321: two of three had been only related). The strong
 * matches stay a leading run, in the whole search's order.
 */
function withEitherSide(
  found: SearchResult,
  text: string,
  everyHolder: boolean,
  search: (side: string) => SearchResult,
): SearchResult {
  const pair = everyHolder ? EITHER_SAID.exec(text) : null;
  // (Not two things said of a unit — 「人権とか男女のことやってる課の事業」 asks a department's projects, and 男女 of
  // 男女共生センター is none of them.)
  if (pair === null || UNIT_AFTER.test(text.slice(pair.index + pair[0].length))) return found;
  const [said, first = "", second = ""] = pair;
  const around = (side: string) =>
    `${text.slice(0, pair.index)}${side}${text.slice(pair.index + said.length)}`;
  // (A project either side finds counts when it holds that side as written: a side searched alone finds what the rest of
  // a long ask only brushes — 「…避難所となる公共施設の安全確保、例えば耐震や老朽化対策に関連する事業」 had put the shelters'
  // Wi-Fi first.)
  const holds = (p: Project, side: string) => normalizedText(p).includes(normalizeWidth(side));
  const strong = new Set<Project>();
  for (const side of [first, second])
    for (const h of search(around(side)).hits)
      if (h.match === "strong" && holds(h.project, side)) strong.add(h.project);
  if ([...strong].every((p) => found.hits.some((h) => h.project === p && h.match === "strong"))) return found;
  const hits = [
    ...found.hits
      .filter((h) => h.match === "strong" || strong.has(h.project))
      .map((h) => ({ ...h, match: "strong" as const })),
    ...found.hits.filter((h) => h.match !== "strong" && !strong.has(h.project)),
  ];
  return { ...found, hits };
}

const PURPOSE_ASKED = /(?:の\s*)?(?:目的|ねらい|狙い)(?=\s*(?:は|って|を|も|と|が|[?？。]|$))/g;

/**
 * What each direction of the plan means, as a new member of staff asks it (「臨時拡充ってどういう意味？」). The plan's
 * text lists the directions without defining them: these are the words' plain meanings as the action programme uses
 * them (a direction is said of one fiscal year).
 */
export const DIRECTION_MEANINGS: Record<Direction, string> = {
  新規: "『新規』は、その年度に新しく始める事業です。",
  継続: "『継続』は、前の年度から引き続き、同じ内容で行う事業です。",
  拡充: "『拡充』は、前の年度より内容や規模を広げて行う事業です（一時的なものは『臨時拡充』）。",
  臨時拡充: "『臨時拡充』は、その年度に限って一時的に内容や規模を広げる事業です。",
  縮小: "『縮小』は、前の年度より内容や規模を小さくして行う事業です。",
  完了: "『完了』は、その年度で終える事業です。",
  // (Not only a project begun that year: the plan also says it of one listed in the years before — probe 211.)
  新規完了:
    "『新規完了』は、その年度に新たに完了とされた事業です。その年度に始めて同じ年度のうちに終えるもののほか、前の年度から続く事業に付くこともあります（計画に定義の記載はありません）。",
};

/** Asking a project's code (コードは？, 取組番号は？) — not a phone number (電話番号). */
const ASKS_CODE = /コード|(?:事業|取組|施策)番号|(?<!電話)番号\s*(?:は|って|を|も|[?？]|$)/;

/** 「コード: 公共施設保全事業 7-2-4 / 7-2 No.6」: each project's initiative, policy and number, first. */
export function codesLine(projects: readonly Project[]): string {
  return `コード: ${projects.map((p) => `${p.name} ${projectCode(p)}`).join("、")}`;
}

/** Initiatives said in a line, each by its code and title: 7-2-1 計画的な政策の推進、7-2-5 組織機構の整備. */
const initiativesSaid = (initiatives: readonly { code: string; title: string }[]) =>
  initiatives.map((i) => `${i.code} ${i.title}`).join("、");

/**
 * Asking for the initiatives that hold no project: 事業が（1件も, 1個も）ない取組, 新規・拡充事業等が載っていない取組, 取組のうち、
 * 事業が載っていないもの (probe 229 had listed the policy's projects), and 事業がないのは — only an initiative can hold
 * none (probe 280: 7-2で事業がないのは？ had listed 7-2's 21 projects; 1個も had been searched).
 */
const NONE_AT_ALL = String.raw`(?:[1１一]\s*(?:件|つ|個|本)|ひと\s*つ|いっ\s*こ|何)\s*も`;
const NOT_HELD = String.raw`(?:ない|無い|載って(?:い)?ない|入って(?:い)?ない|ありません|載っていません)`;
export const EMPTY_INITIATIVES = new RegExp(
  String.raw`(?:事業|新規・?拡充事業等?)\s*(?:が|の)?\s*(?:(?:記載|掲載)\s*(?:が|の|は)?\s*)?(?:${NONE_AT_ALL})?\s*${NOT_HELD}\s*(?:取組|取り組み)|(?:取組|取り組み)\s*(?:の\s*)?(?:うち|中で|で)\s*[、,]?\s*(?:新規・?拡充)?事業等?\s*(?:が|の)?\s*(?:${NONE_AT_ALL})?\s*${NOT_HELD}\s*(?:もの|の)|^[^。？?]*?事業\s*が\s*(?:${NONE_AT_ALL})?\s*(?:ない|無い)\s*(?:の|もの)\s*(?:は|って|を|[?？]|$)`,
);
/**
 * The initiatives asked for by how many projects they hold (事業が1件だけの取組, 2件以上ある取組, 取組のうち事業が3つ以上の
 * もの): groups 1 and 4 the count, 2 and 5 its bound (以上, 以下, 未満). Not none (事業がない取組: EMPTY_INITIATIVES).
 */
const INITIATIVES_BY_COUNT =
  /(?:事業\s*(?:が|の)?\s*(?:数\s*(?:が|は)?\s*)?)?([1-9１-９]|[一二三四五六七八九])\s*(?:件|つ|個)\s*(以上|以下|未満)?\s*(だけ|のみ|しか)?\s*(?:ある|あります|の|しかない|載って(?:い)?る|入って(?:い)?る)?\s*(?:取組|取り組み)|(?:取組|取り組み)\s*(?:の\s*)?(?:うち|中で|で)\s*[、,]?\s*事業\s*(?:が|の)?\s*(?:数\s*(?:が|は)?\s*)?([1-9１-９]|[一二三四五六七八九])\s*(?:件|つ|個)\s*(以上|以下|未満)?/u;
/** Projects that share a name, asked for: 同じ事業名, 同じ名前の事業, 事業名が重複, 名前がかぶってる事業. */
const SAME_NAMES_ASKED =
  /(?:同じ|同一)\s*(?:の\s*)?(?:事業名|名前|名称)|(?:事業名|名前|名称)\s*(?:が|の)?\s*(?:重複|かぶ|被っ|被る|同じ)/u;
/** The lead line of a policy's SDGs, as its 対応するSDGs row has them. */
const POLICY_SDGS = "対応するSDGs: ";

/** Asking what a policy is, is for or aims at (何をするところ, とは, って何, 概要, 方向性, どんな施策, どういう施策, ねらい). */
const ASKS_WHAT_IT_IS =
  /(?:何|なに)を(?:する|して|やる|やって|目指|めざ)|(?:何|なに)する|とは|って(?:何|なに|どんな)|概要|目的|方向性|方針|(?:どんな|どういう|どのような)\s*(?:施策|もの|こと|内容)|ねらい|狙い|目指|めざ/;

/** A project named as an example of others (…みたいな, …と関係ある, …に似た): a count of them counts every holder. */
const LIKE_NAMED = /みたいな|のような|ような|と同じ|に似た|(?:と|に)\s*(?:関係|関連)/;
/** Which initiative asked of a project (どの取組, どこの取組, 取組名): said first in its line (see policyLine). */
const WHICH_INITIATIVE = String.raw`(?:どの|何の|なんの|どういう|どこの)\s*(?:取組|取り組み)`;
const ASKS_INITIATIVE = new RegExp(String.raw`${WHICH_INITIATIVE}|(?:取組|取り組み)\s*(?:名|の\s*名前)`);
/** Asking which policy or initiative a project is under: 施策名は, 施策は？, どの施策, 何の施策, どの取組, 取組名は. */
const ASKS_POLICY = new RegExp(
  String.raw`${WHICH_INITIATIVE}|施策\s*(?:名|の\s*(?:名前|名称|タイトル))\s*(?:は|って|を|も|が|知り|しり|教え|[?？]|$)|(?<![\p{Script=Han}])施策\s*(?:は|って)\s*(?:何|なに|どれ|どこ)?\s*[?？]?\s*$|(?:どの|何の|なんの|どういう)\s*施策|取組\s*(?:名|の\s*名前)\s*(?:は|って|を|も|知り|しり|教え|[?？]|$)`,
  "u",
);

/** Above the projects the plan has for a subject that no project meets the conditions of. */
const NEAR_MISSES_HEADING = "条件に当てはまる事業はありません。計画にある関連の事業:";
/** A project named in a line under a note (see shownProjects): its name, code, department and directions. */
const namedLine = (p: Project, years: readonly YearKey[]) =>
  `${p.name}（${projectCode(p)}）担当課: ${p.department}、方向性: ${directionsLine(p, undefined, years)}`;
/**
 * A year said as where a project starts, asked to be confirmed: R3からだっけ, R4からですか, R3からでしたよね, R3から？,
 * R3からやってる？ — a span asked of with a verb of its own (R5から縮小？) is not.
 */
const STARTS_FROM_ASKED =
  /(?:[rRｒＲ]\s*\d{1,2}|年度)\s*から\s*(?:(?:です|でした|だ|だった)?\s*(?:か|っけ|よね|ね)?|なの|なん(?:です|だ)\s*(?:か|っけ)?|やって(?:る|います|ます)?|載って(?:る|います|ます)?)\s*[?？。]*\s*$/;
/** A year said as how far a project goes on, asked to be confirmed: R7まで継続ですか, 令和7年度まで継続で合っていますか. */
const UNTIL_CONTINUED = /(?:[rRｒＲ]\s*\d{1,2}|年度)\s*まで\s*(?:は|も)?\s*(?:継続|けいぞく)/;
/** The directions that carry a project on into the year they are said of. */
const CARRIED_ON: readonly Direction[] = ["継続", "拡充", "臨時拡充"];
/** A project said in one note line (name, code, department, directions), as under NEAR_MISSES_HEADING. */
const PROJECT_NOTE = /）担当課: .+、方向性: /;

/**
 * The notes as a reader sees them beside the 条件 line (which says the condition notes): a heading (「質問の事業:」)
 * with the projects said under it as its items, each other note alone — so that a heading and its projects do not
 * read as loose remarks one after another.
 */
export function noteGroups(notes: readonly string[]): { note: string; items: string[] }[] {
  const groups: { note: string; items: string[] }[] = [];
  for (const note of notes) {
    if (isConditionNote(note)) continue;
    const last = groups.at(-1);
    if (last && /[:：]$/.test(last.note) && PROJECT_NOTE.test(note)) last.items.push(note);
    else groups.push({ note, items: [] });
  }
  return groups;
}
/** Above them when a いいえ has said of them what was asked. */
const ASKED_HEADING = "質問の事業:";
/**
 * The answer with the projects below its heading shown as the ones asked about, not as related to a list that has
 * none: once a sentence above has said of them what was asked (…は令和5年度の計画に記載がありません).
 */
export const shownAsAsked = (answered: Answer, asked: readonly Project[]): Answer => ({
  ...answered,
  notes: answered.notes.map((n) => (n === NEAR_MISSES_HEADING ? ASKED_HEADING : n)),
  asked: [...asked],
});

/**
 * A department said as whose a project is, to be confirmed (…の担当は市民課だよね？, …って本当に人事課の担当？,
 * 担当課は…課で合っていますか), or said as the sentence's whole predicate with a word that confirms (…って人事課なの？,
 * …、人事課だよね？, …の担当って市民課じゃない？), or as the one who runs it (…ってDX推進チームがやってるんでしたっけ),
 * or plainly after は (…は市民課ですか？, probe 120): a yes or a no, not a list of the department's projects. (Not a bare
 * 「…って市民課？」: that narrows a subject of several projects to the department's.)
 */
/** A department's name as said to be confirmed (…課, …室, …チーム, …係, with さん). */
const A_UNIT_SAID = String.raw`\s*[^。、？?\s]{1,24}?(?:課|室|チーム|係|部|局)\s*(?:さん)?`;
/**
 * A unit said after って or は as what the subject is (…って市民生活相談課ですか？, a follow-up's 「それって市民課？」 read as
 * 「配偶者暴力…事業は市民課？」): see where it is read.
 */
const UNIT_AFTER_TTE = new RegExp(
  String.raw`(?:って|は)${A_UNIT_SAID}\s*(?:(?:です|でしょう)か)?\s*[?？。]*\s*$`,
);
/** The projects of a subject said before って or は and a unit (マイナンバーカードの事業って市民生活相談課ですか？). */
const PROJECTS_AFTER_TTE = new RegExp(
  String.raw`(?:事業|取組|取り組み)\s*(?:って|は)${A_UNIT_SAID}\s*(?:(?:です|でしょう)か)?\s*[?？。]*\s*$`,
);
/** The projects of a subject, said before what is asked of them (リノベのいばらきの事業って…, ルーターを貸し出す事業って…). */
const SUBJECTS_PROJECTS = /[の\p{Script=Hiragana}]\s*(?:事業|取組|取り組み)\s*(?:って|は)/u;
/** A unit with only ？ after the subject (…は人権・男女共生課？, …って市民課？): a confirmation of a project named in full. */
const UNIT_ALONE_AFTER = new RegExp(String.raw`(?:って|は)${A_UNIT_SAID}\s*[?？]\s*$`);
/** How sure the asker is: 本当に, 確か. */
const SURELY = "(?:本当に|ほんとに|ほんとうに|確か|たしか)?";
/**
 * A unit the plan lacks, said as the predicate after って (…って広報課ですか？, …って広報課？: probe 125): a confirmation,
 * for it can only be answered いいえ — not a plan's unit, which narrows a subject of several projects to its own
 * (…って市民課ですか). (Typed after its subject with no particle — ｺｰﾁﾝｸﾞ研修 人材育成課だっけ — it is CONFIRMS_DEPARTMENT's.)
 */
const CONFIRMS_UNKNOWN_UNIT = new RegExp(
  String.raw`って${A_UNIT_SAID}\s*(?:(?:です|でしょう)か\s*[?？。]?|[?？])\s*$`,
);
/** Words that say each of the projects: どっちも, 両方とも, いずれも, 全部. */
const EACH_ONE = String.raw`(?:どっちも|どちらも|両方\s*とも|両方|いずれも|全部|ぜんぶ|すべて|全て)`;
/** A department offered of each of the projects (どっちも財産活用課？). */
const EACH_OFFERED = new RegExp(`${EACH_ONE}${A_UNIT_SAID}`);
/**
 * The はい or いいえ of 「もう終わってますか？」, as of this year: はい when each project asked of completed before it, いいえ
 * when each completes after it — nothing (the sentence of when alone) when one never completes in the plan, or this
 * year is its last (the plan cannot say whether it is over yet).
 */
function endedWord(asked: readonly Project[], thisYear: YearKey): string {
  const ends = asked.map((p) => (completesWithin(p) ? lastListed(p)?.year : undefined));
  if (ends.length === 0 || ends.some((y) => y === undefined)) return "";
  const now = Number(thisYear.slice(1));
  const years = ends.map((y) => Number((y as YearKey).slice(1)));
  return years.every((y) => y < now) ? "はい。" : years.every((y) => y > now) ? "いいえ。" : "";
}

/** A department's name with a unit's suffix (or the plan's ほか after it): no short name. */
const SUFFIXED = new RegExp(`(?:${UNIT_SUFFIXES}|センター|ほか)$`);
/** A department's short name with no unit's suffix (財活, 情シス), standing as a word: not inside a longer one. */
const SHORT_NAMES = perObject((catalog: Catalog) => {
  const forms = catalog.departments.flatMap((d) =>
    d.fullForms.filter((f) => !SUFFIXED.test(f)).map((f) => [f, d.name] as const),
  );
  return forms.length === 0
    ? null
    : {
        names: new Map(forms.map(([f, name]) => [f.toLowerCase(), name])),
        pattern: new RegExp(
          String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ーa-z])(?:${forms.map(([f]) => escapeRegExp(f)).join("|")})(?![\p{Script=Han}\p{Script=Katakana}ーa-z])`,
          "giu",
        ),
      };
});

/** The text with each department's short name written as its name (財活 → 財産活用課). */
export function withShortNamesInFull(text: string, catalog: Catalog): string {
  const short = SHORT_NAMES(catalog);
  return short
    ? text.replace(short.pattern, (said) => short.names.get(normalizeWidth(said).toLowerCase()) ?? said)
    : text;
}

export const CONFIRMS_DEPARTMENT = new RegExp(
  String.raw`${EACH_ONE}${A_UNIT_SAID}\s*(?:の\s*(?:担当|所管))?\s*(?:です|でしょう)?\s*(?:か|よね|ね)?\s*[?？。]?\s*$|(?:担当|所管)(?:課|部署)?\s*(?:は|って|が)${A_UNIT_SAID}\s*(?:${UNIT_CONFIRMING}|です(?:か|よね)?|でしょうか|だよね|だっけ|よね|なの|なん(?:です|だ)?(?:か|よね)?|か|ね)?\s*[?？。]?\s*$|(?:は|って|も)\s*${SURELY}${A_UNIT_SAID}\s*(?:の|が)\s*(?:担当|所管)(?:課)?\s*(?:です|でしょう|だった|でした|だ|なの|なん|${CONFIRMING_VERB})?\s*(?:か|よね|ね|っけ)?\s*[?？。]?\s*$|(?:は|って|、|,|(?<=\S)\s)\s*${SURELY}${A_UNIT_SAID}\s*${UNIT_CONFIRMING}\s*[?？。]?\s*$|(?:は|って|も)\s*${SURELY}${A_UNIT_SAID}\s*が\s*(?:やって|担当して|持って|所管して)\s*(?:い|お)?(?:る|ます)\s*(?:ん|の)?\s*(?:です|でした|だ|だった)?\s*(?:か|よね|ね|っけ)?\s*[?？。]?\s*$|は${A_UNIT_SAID}\s*(?:です|でしょう)か\s*[?？。]?\s*$`,
);

/**
 * One project's direction in one year, said in a sentence: …の令和4年度の方向性は継続です。, or …は令和5年度の計画に記載が
 * ありません（記載は令和3年度・令和4年度、R4 継続まで）。
 */
export function yearSentence(project: Project, year: YearKey, years: readonly YearKey[]): string {
  const direction = project.directions[year];
  return direction
    ? `${saidName(project)}の${reiwaLabel(year)}の方向性は${direction}です。`
    : `${saidName(project)}は${reiwaLabel(year)}の計画に記載がありません（${listingSpan(project, years)}）。`;
}

/** A project's direction in each of some years, 記載なし where it is not listed: R5 継続、R6 継続、R7 記載なし. */
const directionsIn = (project: Project, years: readonly YearKey[]): string =>
  years.map((y) => `${y} ${project.directions[y] ?? "記載なし"}`).join("、");

/** The years a project is listed in and its last direction: 記載は令和3年度・令和4年度、R4 完了まで. */
function listingSpan(project: Project, years: readonly YearKey[]): string {
  const listed = years.filter((y) => project.directions[y]);
  const last = listed.at(-1);
  return last
    ? `記載は${yearsLabel(listed)}、${last} ${project.directions[last]}まで`
    : "どの年度にも記載なし";
}

/**
 * Projects asked about that a plain answer gives a line each, at most — a question of when (いつ完了？), a year's
 * direction (R4で完了してる？); more are a list.
 */
export const LINE_EACH = 3;

/** Words quoted as the notes name them: 『ごみ』『収集』. */
const quoted = (terms: readonly string[]): string => terms.map((t) => `『${t}』`).join("");
/**
 * What the bot reads, said where words of a question are not in it (障害者, 介護, ひとり親): one chapter of the city's
 * comprehensive plan — an asker from welfare or child care must not read 「ありません」 as the whole plan having none
 * (probe 161).
 */
const chapterOnlyNote = (chapter: string): string =>
  `このボットが参照しているのは総合計画の実行計画のうち「${chapter}」の章だけです。ほかの章（ほかの分野）の事業は含まれていません。`;
/** With nothing found: 『ごみ』『収集』は計画に出てこない語です。… */
const notInPlanNote = (terms: readonly string[]): string =>
  `${quoted(terms)}は計画に出てこない語です（計画が別の言い方で書いていることもあります）。`;
/** Asked whether a thing is listed in the plan, with a verb of being written there (載ってる, 記載, 入ってる). */
const LISTED_ASKED = /載っ|載る|記載|書かれ|書いて|入っ|含まれ/;
/** Asking whether there are any, with ある: 縮小の事業ってある？, …はありますか, …があるか教えて. */
const ANY_ASKED =
  /(?:ある|あります|あった|ございます)(?:の|ん)?(?:です|でしょう)?(?:か|かな|っけ)?\s*[?？。]*\s*$|(?:ある|あります|ございます)か(?:どうか)?\s*(?:を)?\s*(?:教え|知り|確認|お知らせ|ご教示|伺|調べ)/;
/** Asking whether the plan has something: 載ってる, 入ってる, 含まれる, ある(？|か|の), やってる, …はない(ですよね)？. */
const ASKS_IN_PLAN = new RegExp(
  String.raw`${LISTED_ASKED.source}|${ANY_ASKED.source}|(?:は|って|も)\s*(?:ない|無い)(?:です|んです|の)?(?:よね|か|かな|ね)?\s*[?？。]*\s*$|やって(?:る|い)`,
);

/** The note on years that say which directions to show, not which projects (see columns and yearsAsColumns). */
const unlistedShownNote = (years: readonly YearKey[]): string =>
  `${years.map(reiwaLabel).join("・")}の方向性を尋ねる質問として、その年度に記載のない事業も示します（方向性の行に「計画に記載なし」）。`;
/**
 * How a year goes asked of a list (R6はどうなってる, R6の方向性を, 予定は): not which of them have one (R7にも方向性が
 * あるもの, R7まで方向性があるやつ — a condition).
 */
const ASKS_HOW_IT_GOES =
  /どうなる|どうなり|どうなって|どうなった|どうだった|どうでした|いかが|(?:方向性|方針|予定|見通し|見込み)\s*(?:は|を(?!\s*持)|って|と|[?？]|$)/;
/** A year asked of each one of a list (それぞれのR6, 各事業の令和7年度): of each, not a condition. */
/**
 * A year asked of the subject before it with nothing more (マイナンバーカードの普及の事業 R5は？, …のR5って？): what that year
 * has for it, as …のR5の方向性は？ asks — not which of it are listed then (probe 476: 該当 0件 of a project not listed in R5,
 * its line never said).
 */
const YEAR_ALONE_ASKED = new RegExp(
  String.raw`\S\s*(?:の|[、,\s])\s*(?:${ANY_YEAR})\s*(?:は|って|だと|では)\s*(?:どう)?\s*[?？。]*\s*$`,
  "iu",
);
const EACH_YEAR = new RegExp(
  String.raw`(?:それぞれ|各事業|各々|おのおの|各取組)\s*の?\s*(?:${ANY_YEAR})`,
  "iu",
);
/** Which of them have one (R7にあるもの, 方向性を持つもの, 予定のある事業): a condition, not each one's year. */
const ASKS_WHICH_HAVE_ONE =
  /(?:ある|あり|持つ|持って(?:いる|る)?|もつ)\s*(?:もの|やつ|の|事業|取組|取り組み)/;

/** Each project's direction in one year, in a line: 令和4年度の方向性: A 継続、B 拡充 (記載なし where it has none). */
const yearDirections = (projects: readonly Project[], year: YearKey): string =>
  `${reiwaLabel(year)}の方向性: ${projects.map((p) => `${saidName(p)} ${p.directions[year] ?? "記載なし"}`).join("、")}`;

/**
 * How many of `projects` each key has: in the order of `keys`, none left out (施策 with 0件), when they are given; else
 * as first met.
 */
function countBy<K>(
  projects: readonly Project[],
  keyOf: (p: Project) => K,
  keys: readonly K[] = [],
): [K, number][] {
  const count = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const p of projects) {
    const key = keyOf(p);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return [...count];
}

/**
 * The keys counted most (or fewest) often, all of them on a tie, and that count — or, `top` of them asked (上位3つ), the
 * keys down to the top-th's count, all of them on a tie at that count, and that count.
 */
function extremes<K>(
  counts: readonly (readonly [K, number])[],
  fewest: boolean,
  top = 1,
): { those: K[]; n: number } {
  const values = counts.map(([, n]) => n).sort((a, b) => (fewest ? a - b : b - a));
  const n = values[Math.min(top, values.length) - 1] ?? 0;
  return { those: counts.filter(([, c]) => (fewest ? c <= n : c >= n)).map(([k]) => k), n };
}

/** How many of the top were asked for (上位3, トップ3, ベスト5): 1 when none was. */
function topAsked(question: string): number {
  const m = TOP_FEW.exec(question);
  return m ? Math.max(1, countOf((m[1] as string).normalize("NFKC"))) : 1;
}
/** The top few asked (上位3, トップ3, ベスト5): group 1 how many. */
const TOP_FEW = /(?:トップ|上位|ベスト|下位|ワースト)\s*([0-9０-９]{1,2}|[一二三四五])/;

/** How many of the projects have one of the directions in the year — any, listed that year, when none is given. */
const countInYear = (projects: readonly Project[], year: YearKey, directions: readonly Direction[]): number =>
  projects.filter((p) => {
    const d = p.directions[year];
    return d !== undefined && (directions.length === 0 || directions.includes(d));
  }).length;

/** Asked of each one named (何件ずつ, それぞれ, 年度ごと, 年度別), or how a count moves (比べて, 推移, どう変わった). */
const EACH = /ずつ|それぞれ|各年度|(?:年度|年)\s*(?:ごと|別)|比べ|比較|推移|増減|どう変わ/;
/** Asking which has the most (一番多い, 最も多い, いちばん持ってる, 最多), the top few (上位3, トップ3: TOP_FEW), or a place. */
const ASKS_MOST = new RegExp(
  String.raw`一番|いちばん|最も|もっとも|最多|最少|一等|${TOP_FEW.source}|${RANKED_PLACE.source}`,
);
/** RANKED_PLACE without its global flag: exec reads from the start every time, with no lastIndex kept. */
const PLACE_IN_RANKING = new RegExp(RANKED_PLACE.source, "u");
/** The place in the ranking asked (2番目に多い: 2), 1 when none is. */
function placeAsked(question: string): number {
  const m = PLACE_IN_RANKING.exec(question.normalize("NFKC"));
  return m ? countOf(m[1] as string) : 1;
}
/** The fewest asked for, not the most (一番少ない施策). */
const ASKS_FEWEST = /少ない|少なめ|少なかった|最少|下位|ワースト/;
/**
 * The units at the end a ranking asks for (一番多い, 一番少ない, 上位3つ), or null when it asks none: those units, and the
 * sentence said first of them — 最も多いのは人権・男女共生課（8件）です。 — or, the top few asked, each with its count:
 * 事業数の多い3課は、人権・男女共生課（8件）、財産活用課（7件）、市民協働推進課（6件）です。 (with the tie that makes them
 * more, said). `label` names a unit as the sentence says it (施策7-2); `unit` counts them (課, 施策, 取組).
 */
function unitsAtEnd<K>(
  question: string,
  counts: readonly (readonly [K, number])[],
  label: (key: K) => string,
  unit: string,
): { those: K[]; said: string } | null {
  if (!ASKS_MOST.test(question)) return null;
  const fewest = ASKS_FEWEST.test(question);
  const top = topAsked(question);
  const place = placeAsked(question);
  if (place > 1) {
    // The units at that place of the ranking, those tied with it too; a place shared with the ones above it is said.
    const values = counts.map(([, c]) => c).sort((a, b) => (fewest ? a - b : b - a));
    const n = values[Math.min(place, values.length) - 1] ?? 0;
    const those = counts.filter(([, c]) => c === n).map(([k]) => k);
    const rank = 1 + values.filter((c) => (fewest ? c < n : c > n)).length;
    const shared = rank < place ? `。${rank}番目と同じ件数です` : "";
    return {
      those,
      said: `${place}番目に${fewest ? "少ない" : "多い"}のは${those.map(label).join("、")}（${those.length > 1 ? "各" : ""}${n}件${shared}）です。`,
    };
  }
  const { those, n } = extremes(counts, fewest, top);
  const named = those.map(label);
  if (top <= 1)
    return {
      those,
      said: `${fewest ? "最も少ない" : "最も多い"}のは${named.join("、")}（${named.length > 1 ? "各" : ""}${n}件）です。`,
    };
  const countOfUnit = new Map(counts);
  const listed = those
    .map((k) => [label(k), countOfUnit.get(k) ?? 0] as const)
    .sort((a, b) => (fewest ? a[1] - b[1] : b[1] - a[1]))
    .map(([name, c]) => `${name}（${c}件）`)
    .join("、");
  const tie = those.length > top ? `（${n}件で並ぶため${those.length}${unit}）` : "";
  return { those, said: `事業数の${fewest ? "少ない" : "多い"}${top}${unit}${tie}は、${listed}です。` };
}

/**
 * An average asked of a count by unit or year (平均すると1年度あたり何件, 1課あたり平均何件): the total over how many there
 * are, said first — 1年度あたりの平均は2.0件です（10件÷5年度）。 Nothing when no average is asked.
 */
function averageSaid(question: string, total: number, groups: number, unit: string): string[] {
  if (!/平均/.test(question) || groups === 0) return [];
  const average = (Math.round((total / groups) * 10) / 10).toFixed(1);
  return [`1${unit}あたりの平均は${average}件です（${total}件÷${groups}${unit}）。`];
}

/** Asking what is ahead (今後の予定, これからどうなる, この先の方向性, 将来の見通し): from this year on. */
// (この, pointing back, is gone from a follow-up read after its question: 「…事業はあとどうなりますか」.)
// (将来的な + a noun says what a project is about — 将来的な職員の働き方改革 — and asks nothing of what is ahead: probe 102.)
const ASKS_AHEAD =
  /今後|これから|この先|(?:この\s*)?(?:あと|後)\s*(?:は)?\s*どう|将来(?!的な(?!\s*(?:予定|方向性?|見通し|計画|展望)))|先行き|見通し/;
/**
 * The future said inside what a project is about, asked whether there is one (「市の建物をこれからどう減らしたり直したり
 * するかの計画ってある？」): no ask of what is ahead (probe 76 had got 「今年度からの予定は…載っていません」 first).
 */
const AHEAD_AS_CONTENT =
  /(?:今後|これから|この先|将来)[^。？?！!]*?か\s*の\s*[^。？?！!\s]{1,8}?\s*(?:って|は|が)?\s*(?:ある|あります|あった|載って)/;

/** Whether every year the project is listed has one of the directions, a first year's 新規 aside (ずっと継続). */
function throughoutHeld(p: Project, directions: readonly Direction[], years: readonly YearKey[]): boolean {
  const listed = years.filter((y) => p.directions[y] !== undefined);
  const [start] = listed;
  return listed
    .filter((y) => !(y === start && p.directions[y] === "新規" && !directions.includes("新規")))
    .every((y) => directions.includes(p.directions[y] as Direction));
}

/** 『太陽光』は計画に出てこない語のため、それ以外の語で探しました。 */
const missingTermsNote = (terms: readonly string[]): string =>
  `${quoted(terms)}は計画に出てこない語のため、それ以外の語で探しました。`;

/** The share of the ask a project holds for a whether-listed question's はい (see answerRead). */
const WHOLE_COVERAGE = 0.9;
/** 『補修』という語は計画に出てきません。意味の近い語で探すと、: what a whether-listed answer opens with then. */
const nearAnswerLead = (terms: readonly string[]): string =>
  `${quoted(terms)}という語は計画に出てきません。意味の近い語で探すと、`;
/** 『防災』は計画に出てこない語のため、意味の近い語で探しました。 */
const nearTermsNote = (terms: readonly string[]): string =>
  `${quoted(terms)}は計画に出てこない語のため、意味の近い語で探しました。`;

/** What a direction asked with いつ is called in a sentence: 「開始」 for 新規 (新規 of a project is its start). */
const WHEN_NOUN: Partial<Record<Direction, string>> = { 新規: "開始（新規）" };

/**
 * 「いつ完了？」 of one project: the years it has the direction asked (its widened forms count: 新規完了 is a 完了),
 * or that the plan lists none, with its last listed year; `when` empty asks until when it is listed.
 */
export function whenSaid(
  project: Project,
  when: readonly Direction[],
  years: readonly YearKey[],
  span: boolean | "length" = false,
  current?: YearKey,
): string {
  // (A completion in a year already past is said as planned then: 「令和4年度に完了する計画でした」 in 令和8年度 — the
  // plan says what was planned, not what happened, probe 95.)
  const planned = (y: YearKey) =>
    current !== undefined && Number(y.slice(1)) < Number(current.slice(1)) ? "計画でした" : "計画です";
  const listed = years.filter((y) => project.directions[y]);
  const last = listed.at(-1);
  if (!last) return `${saidName(project)}は計画のどの年度にも記載がありません。`;
  const at = (y: YearKey) => `${y} ${project.directions[y]}`;
  if (when.length === 0) {
    const name = saidName(project);
    // (A listing that ends in 完了 ends with the project: said so, not only that the plan lists it that far.)
    const ends = completesWithin(project);
    if (!span)
      return ends
        ? `${name}は${reiwaLabel(last)}に完了する${planned(last)}（${at(last)}）。`
        : `${name}は${reiwaLabel(last)}まで計画に載っています（${at(last)}）。`;
    // 「それっていつ？」: from its first year to its last.
    const first = listed[0] as YearKey;
    // 「何年間載ってる？」: the same, counted (a year unlisted between them is not counted).
    if (span === "length") {
      const n = listed.length;
      if (first === last)
        return `${name}が計画に載っているのは${reiwaLabel(first)}の1年度だけです（${at(first)}）。`;
      const whole = Number(last.slice(1)) - Number(first.slice(1)) + 1 === n;
      return `${name}が計画に載っているのは${reiwaLabel(first)}から${reiwaLabel(last)}まで${whole ? "の" : "のうち"}${n}年度です（${at(first)} 〜 ${at(last)}）。`;
    }
    if (first === last) return `${name}は${reiwaLabel(first)}だけ計画に載っています（${at(first)}）。`;
    const fromTo = `（${at(first)} 〜 ${at(last)}）`;
    return ends
      ? `${name}は${reiwaLabel(first)}から計画に載り、${reiwaLabel(last)}に完了する${planned(last)}${fromTo}。`
      : `${name}は${reiwaLabel(first)}から${reiwaLabel(last)}まで計画に載っています${fromTo}。`;
  }
  // The word asked: the shortest of its widened forms (完了 of 完了・新規完了).
  const asked = [...when].sort((a, b) => a.length - b.length)[0] as Direction;
  const noun = WHEN_NOUN[asked] ?? asked;
  const hits = listed.filter((y) => when.includes(project.directions[y] as Direction));
  // 「何年間拡充する？」: that direction's years, counted.
  if (span === "length" && hits.length > 0)
    return `${saidName(project)}が${noun}なのは${hits.length}年度です（${hits.map(at).join("、")}）。`;
  // 「いつから？」「いつ始まる？」: since its first listed year, when its 新規 is not that year alone — a project listed from
  // R3 and 新規完了 in R5 began in R3, not R5, and one 新規 in R3 and R4 began in R3 (probe 495 had said R5, and 令和3年度・
  // 令和4年度); its 新規 said after. (With no 新規 at all, that is said, as below.)
  const first = listed[0] as YearKey;
  if (asked === "新規" && hits.length > 0 && !(hits.length === 1 && hits[0] === first))
    return `${saidName(project)}は${reiwaLabel(first)}から計画に載っています（${at(first)}）。新規の記載は${yearsLabel(hits)}です（${hits.map(at).join("、")}）。`;
  return hits.length > 0
    ? `${saidName(project)}の${noun}は${yearsLabel(hits)}です（${hits.map(at).join("、")}）。`
    : `計画には、${saidName(project)}の${noun}の記載はありません（${listingSpan(project, years)}）。`;
}
/** What a word the asker typed was read as: 「電算課」は「情報システム課」と読んで答えています。 */
export const readAsNote = (said: string, read: string) => `「${said}」は「${read}」と読んで答えています。`;
/** The words a note of readAsNote's says were read otherwise, or null for any other note. */
export const saidInReadAsNote = (note: string): string | null =>
  /^「(.+?)」は「.+?」と読んで答えています。$/.exec(note)?.[1] ?? null;

/**
 * The longest run of the text, two characters or more, that is the name with some of its characters left out (人権 of
 * 人権・男女共生課, DXチーム of DX推進チーム), if any: how the asker said it.
 */
function longestPartTyped(name: string, typed: string): string | undefined {
  // (From each start, the run grows while its next character comes later in the name: one pass per start.)
  let best: string | undefined;
  for (let from = 0; from < typed.length; from++) {
    let at = 0;
    let to = from;
    while (to < typed.length) {
      const found = name.indexOf(typed[to] as string, at);
      if (found < 0) break;
      at = found + 1;
      to++;
    }
    if (to - from >= 2 && to - from > (best?.length ?? 0)) best = typed.slice(from, to);
  }
  return best;
}

/**
 * A department named by another name staff use (管財課, 情シス: dict/departments.txt), said what it was read as, as a
 * slip is — not where the question names the department itself too (probe 181: 納税課 and 電算課 had been read as
 * their departments without a word, 市民活動推進課 with one).
 */
function aliasNotes(u: Understanding, catalog: Catalog): string[] {
  const typed = normalizeWidth(u.question);
  return [...new Set([...u.departments, ...u.excludedDepartments])].flatMap((name) => {
    const department = catalog.departments.find((d) => d.name === name);
    if (department === undefined) return [];
    const own = department.fullForms.filter((f) => !department.aliases.includes(f));
    if (own.some((f) => typed.includes(f))) return [];
    // (Nor of a name read as a slip of it, which says so itself: 資産活用課 had been said to be read twice, the second
    // time as 産活用課, a part of it — probe 429.)
    if (u.slips.some((slip) => slip.read === name)) return [];
    // (Or by a part of its name — 人権の事業 — said too: the asker may have meant the subject, not the unit — probe 370.)
    const part = longestPartTyped(normalizeWidth(name), typed);
    // (As typed — DXチーム, not the folded dxチーム.)
    const alias =
      department.aliases.find((a) => typed.includes(a)) ??
      (part === undefined ? undefined : asWritten(part, u.question, typed));
    return alias === undefined ? [] : [readAsNote(alias, name)];
  });
}
