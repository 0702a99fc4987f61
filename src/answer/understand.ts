// Query understanding: finds the structured parts of a question (plan codes, fiscal years, directions,
// departments) with plain text rules, so that such questions are answered exactly and without waiting
// for the morphological dictionary. Whatever is left decides whether a free-text search is needed.
import { fiscalYearOf, HEISEI_TO_REIWA, REIWA_OFFSET } from "../plan/fiscal.js";
import { DIRECTION_WORDS, type Direction, type YearKey } from "../plan/schema.js";
import { normalizeWidth } from "../search/normalize.js";
import type { Catalog } from "./catalog.js";
import {
  askingClause,
  askingSentences,
  askLast,
  asksForRelated,
  asksOnlyFields,
  asksWhetherListed,
  asksYesOrNo,
  NARROWING,
  NARROWS,
  offersOnlyAUnit,
  pointsBack,
  REASON_SAID,
  saysThereIsAProject,
  sentencesOf,
  stripRegister,
  withCorrections,
  withoutGreetings,
  withoutOccasion,
  withQuotedQuestionAsked,
} from "./register.js";
import { type AboutBot, aboutMessage } from "./understand/about-bot.js";
import {
  CODE,
  CODE_RANGE,
  CODE_WITH_DOTS,
  CODE_WITH_NO,
  type CodeRef,
  EXCLUDED_CODE,
  inside,
  NUMBER_MARK,
  OF_ITS_PROJECTS,
  PROJECT_LIST,
  PROJECT_RANGE,
  sdgsAsCodes,
  titlesAsCodes,
  withoutCodeGloss,
} from "./understand/codes.js";
import { inCommonJapanese } from "./understand/common.js";
import {
  ALL_ALONG,
  ALL_OF_SPAN,
  ALREADY_ENDED,
  BEGAN_THEN_WENT,
  BUILT,
  CHANGED_TIMES,
  CONSECUTIVE,
  CONTINUED_UNTIL,
  DIRECTION_NAME_GLOBAL,
  DIRECTION_NAMES,
  DIRECTION_NOT_WRITTEN,
  DIRECTION_PATTERNS,
  DIRECTION_STEADY,
  DIRECTION_STREAK,
  DIRECTION_THEN_WHEN,
  DIRECTION_TRANSITION,
  DIRECTION_VERBS,
  DIRECTION_YEAR_ASKED,
  DIRECTIONS_END_SAID,
  directionLeftOut,
  directionOf,
  directionsOf,
  EDGE_DIRECTION,
  ENDED_ASKED,
  ENDED_LEFT_OUT,
  EVER_DIRECTION,
  EXCLUDED_DIRECTION,
  HOW_IT_STANDS,
  INCLUDED_DIRECTION,
  isKindOf,
  LATER_DIRECTION,
  LEAVING_OUT,
  LENGTH_ASKED,
  LISTED_FOR,
  LISTED_THROUGHOUT,
  LISTED_UP_TO_THEN_EMPTY,
  LISTING_GOES_ON,
  mendDirectionTypos,
  NEGATED_DIRECTION,
  NEGATED_VERBS,
  NEVER_DIRECTION,
  NEVER_LISTED,
  NONE_BUT,
  NOT_LISTED,
  NOT_TEMPORARY_BEFORE,
  ONLY_DIRECTION,
  PLAIN_DIRECTION,
  PLAN_LIST_NAME,
  PLAN_LIST_NAME_BARE,
  SAID_PLAIN,
  SAYS_A_YEAR,
  STILL_GOING_LIST,
  STILL_RUNNING,
  THROUGHOUT,
  UNCOUNTED_STREAK,
  WHEN_ALONE,
  WHEN_DIRECTION,
  WHEN_FROM,
  WHEN_FROM_AND_UNTIL,
  WHEN_OF_PROJECTS,
  WHEN_UNTIL,
  widen,
  YEAR_LEFT_OUT,
  YEAR_WITH_DIRECTION,
  YEARS_BOTH,
  YEARS_BOTH_SAID_TWICE,
  YEARS_BOTH_UNLISTED,
  YEARS_COMPARED,
  YEARS_FRAME_APART,
} from "./understand/directions.js";
import {
  ASKS_FOR_ALL,
  BY_DIRECTION,
  BY_INITIATIVE,
  BY_POLICY,
  BY_UNIT,
  BY_YEAR,
  COUNTING_WORDS,
  EXCLUDED_SUBJECT,
  FIELD_TEXT_HAS,
  NAME_HAS,
  NAME_HAS_WORD_FIRST,
  POLICIES_ASKED,
  RANKED_PLACE,
  SUBJECTS_JOINED,
  TEXT_HAS,
  TEXT_LACKS,
  TOP_UNITS_AFTER,
  topUnitsAfter,
  withoutFraming,
  YEAR_RANKED,
} from "./understand/frame.js";
import { mendNameSlips, nameList, withNameSeparators } from "./understand/names.js";
import { withoutPastedCard, withoutPastedFrame } from "./understand/pasted.js";
import { withPastedPassagesQuoted, withPlanPassagesPlain } from "./understand/quotations.js";
import { GOES_ON_IN_KANA, LISTED_IN_KANA, spokenNumbers, yearWordsInKanji } from "./understand/spoken.js";
import { fromSearchSyntax } from "./understand/syntax.js";
import {
  departmentOfShortName,
  GENERIC_UNIT,
  LEFT_OUT,
  mendUnitTypos,
  OWN_UNIT,
  ownUnit,
  SHORT_UNIT,
  type Slip,
  STEM_AS_UNIT,
  UNIT_FOLLOWS,
  UNITS_SHARE,
  UNKNOWN_UNIT,
  unitAt,
  unitNamedBefore,
  WHAT_THE_UNIT_DOES,
  withoutParticipants,
} from "./understand/units.js";
import { withoutUnrecorded } from "./understand/unrecorded.js";
import { countOf, cut, escapeRegExp, kanjiNumber, perCatalog } from "./understand/util.js";
import {
  ANY_YEAR,
  asksADay,
  BOTH_CALENDARS,
  calendarAsFiscalYears,
  EDGE_IS_YEAR,
  HEISEI,
  LISTING_ENDS_AT,
  NEXT_OF_NAMED,
  NEXT_YEAR_ALONE,
  nextOfLineBefore,
  nextOfNamed,
  OFFSET_OF_NAMED,
  offsetOfNamed,
  PART_WAY,
  PLAN_EDGE_SAID,
  PLAN_EDGE_YEAR,
  PLAN_HALF,
  PLAN_NTH_YEAR,
  PLAN_PERIOD,
  planEdgeYear,
  planNthYear,
  R_YEAR,
  REIWA,
  RELATIVE_GLOSSED,
  reiwaNumber,
  reiwaOf,
  relativeYearsWritten,
  SPAN_CONTINUED,
  STANDPOINT,
  SUBJECT_EDGE_ASKED,
  subjectEdgeAsWhen,
  THAT_YEAR,
  WESTERN,
  withKanjiDates,
  withoutDayOfOccasion,
  withYearBeyondSaid,
  YEAR_ALONE_LISTED,
  YEAR_BOUNDED,
  YEAR_GLOSSED,
  YEAR_IS_EDGE,
  YEAR_OF_OCCASION,
  YEAR_SPAN,
  YEARS_ALONE_LISTED,
} from "./understand/years.js";

export type { CodeRef } from "./understand/codes.js";
export { quotable } from "./understand/frame.js";
export type { Slip } from "./understand/units.js";

/** The directions' readings, for a question where the IME left one in kana. */
const KANA_DIRECTIONS: Record<string, Direction> = {
  しんきかんりょう: "新規完了",
  // (Half in kana, half converted: りんじ拡充, 臨時かくじゅう — probe 203 had read 拡充 alone.)
  りんじ拡充: "臨時拡充",
  臨時かくじゅう: "臨時拡充",
  しんき完了: "新規完了",
  新規かんりょう: "新規完了",
  りんじかくじゅう: "臨時拡充",
  かくじゅう: "拡充",
  しゅくしょう: "縮小",
  けいぞく: "継続",
  かんりょう: "完了",
  しんき: "新規",
};
/** Longest first; not the start of a longer kana word (しんきょう is no しんき). */
const KANA_DIRECTION = new RegExp(`(?:${Object.keys(KANA_DIRECTIONS).join("|")})(?![ゃゅょぁぃぅぇぉ])`, "g");
/**
 * The words that shape a question, left in kana by the IME (7-2-4で財産活用課いがいの, R5いこう, ぜんぶでなんけん, じぎょう): 以外 only
 * right after a word that is not hiragana and before a particle or the end (意外と is another word, and 知り合いがいなくて
 * holds い・が・い across three words: probe 108), 以降 only after a year.
 */
const KANA_SHAPE =
  /(?<=[^\p{Script=Hiragana}\s])いがい(?=[のはでをもにがと、,。.？?!！）)」\s]|って|$)|(?<=(?:年度?|r\s*\d{1,2}|\d)\s*)いこう|なんけん|ぜんぶ(?=\s*(?:で|の|[?？]|$))|じぎょう(?:しゃ)?/gu;
const KANA_SHAPE_WORDS: Record<string, string> = {
  いがい: "以外",
  いこう: "以降",
  なんけん: "何件",
  ぜんぶ: "全部",
  // (事業 in kana after a verb in kana — おわったじぎょう, しゅくしょうになってるじぎょう: probe 224 had read neither the
  // direction nor the projects asked for, 0件.)
  じぎょう: "事業",
  じぎょうしゃ: "事業者",
};

/** A count by year said alone, as a follow-up says it: 年度別だと？, 年度ごとに, じゃあ年度別は？. */
const BY_YEAR_ALONE =
  /^\s*(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:(?:それ|これ|そのうち)\s*(?:は|を|って)?\s*)?(?:年度|年)\s*(?:ごと|毎|別)\s*(?:に|で)?\s*(?:だと|は|なら|だったら|では)?\s*[?？。]*\s*$/u;

/**
 * A change of direction said as two clauses with no year named (ある年度に拡充となり、その翌年度に継続へ戻る): the
 * transition 拡充の翌年度に継続 — その翌年度 is the year after that one, not the asker's next year. Group 1: the first
 * direction.
 */
const TRANSITION_SAID_APART = new RegExp(
  String.raw`(?:ある|いずれかの|どこかの|どれかの)\s*年度\s*(?:に|で)\s*[「『]?(${DIRECTION_NAMES})[」』]?\s*(?:[（(][^）)]{0,20}[）)])?\s*(?:と|に)?\s*(?:なり|なって|なった後|した後|になり|となり)?\s*[、,]?\s*(?:その\s*(?:翌年度|翌年|次の年度|次年度)|次の\s*年度|翌年度|次年度)\s*(?:に|は|で)?`,
  "g",
);

/** A place in an initiative's list: の1番, の2番目の事業, の最初の. Group 1: the place. */
const PLACE_AFTER_INITIATIVE =
  /の\s*([1-9１-９]|[一二三四五六七八九]|最初|最後)\s*(?:番目?|つ目|個目|件目|(?<=最初|最後))\s*(?:の\s*)?(?:事業|やつ|もの)?/g;
/**
 * A few at one end of a list, or a place counted from its end, said after a list and の (or 、): の最初の2つ, の上から3つ,
 * 、上の2つだけ, の最後の2件, の下から2つ (group 1 the end, group 2 how many); の最後から2番目 (group 3). Of any list the
 * question makes exactly (a code, a department, a year and a direction): probe 420 had searched 最初 and 最後, and 最後
 * found 最終案 in another policy.
 */
const FEW_AT_AN_END =
  /(?:の|、|,)\s*(?:(最初|はじめ|初め|上|一番上|最後|下|一番下|後ろ)\s*(?:の|から)\s*([2-9２-９]|[二三四五六七八九])\s*(?:つ|件|個)(?!\s*目)|最後\s*から\s*([2-9２-９]|[二三四五])\s*(?:番目|つ目|個目|件目))\s*(?:の\s*(?:事業|やつ|もの))?\s*(?:だけ|のみ)?/g;
/**
 * One place said after any list the question makes exactly: の3番目, の2つ目の事業, の最初の事業, の最後のやつ — 最初 and
 * 最後 only with a noun or the particle after them (計画の最後まで is the plan's last year). Group 1: a place by number;
 * group 2: 最初 or 最後.
 */
const PLACE_OF_ANY_LIST =
  /の\s*(?:([1-9１-９]|[一二三四五六七八九])\s*(?:番目|つ目|個目|件目)\s*(?:の\s*(?:事業|やつ|もの))?|(最初|最後)\s*(?:の\s*(?:事業|やつ|もの)|(?=\s*(?:は|って|を|が|[?？]|$))))/g;
/** A place in a list said after a name and の: の2番目のやつ, の最初の事業, の三つ目. Group 1: the place. */
const PLACE_IN_LIST =
  /の\s*([1-9１-９]|[一二三四五六七八九]|最初|最後)\s*(?:番目|つ目|個目|件目|(?<=最初|最後))\s*(?:の\s*)?(?:事業|やつ|もの|取組|取り組み)?/g;

/**
 * A year a listing is said to stop in: R5で記載がなくなる, 令和5年度から載らなくなる, R5で消える, 令和5年度で計画から外れる
 * (probe 135: read as listed in R5), R5で記載が切れる (probe 264). Group 1: the year.
 */
const CEASES = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:で|から|に|には|より)\s*(?:は\s*)?(?:計画\s*(?:に|から|で)?\s*)?(?:記載|方向性)?\s*(?:が|は)?\s*(?:なくなる|なくなった|なくなって(?:いる|る)?|載らなくなる|載らなくなった|載らなくなって(?:いる|る)?|出て?こなく\s*(?:なる|なった|なって(?:いる|る)?)|出なく\s*(?:なる|なった|なって(?:いる|る)?)|消える|消えた|途切れる|途切れた|切れる|切れた|切れて(?:いる|る)?|外れる|外れた|外れて(?:いる|る)?|抜ける|抜けた)`,
  "g",
);
/** What makes a question one of a set, not of one subject: a code, a department, a word asking which or how many. */
const OF_A_SET = /\d\s*[-ー－]\s*\d|課|室|チーム|どの|どれ|何件|いくつ|一覧|全部|すべて|全て/;
/** The end said not to be reached: (計画の)最後まで続かない, 最後まで載らない — of the plan's last year. */
const NOT_TO_THE_END =
  /(?:計画(?:期間)?の\s*)?最後まで(?=\s*(?:は\s*)?(?:続か|載ら|継続しな|継続され(?:な|ず)))/g;
/**
 * The same denied in the perfect (最後まで続いていない, 載ってない, 継続してない, 記載がない): said as 続かない. And a project
 * said to drop out part way (途中で計画から消えた, 途中で載らなくなった, 途中でなくなった: probe 130; 途中で計画に載らなくなる: probe 437; 途中で載らなくなる: probe
 * 220; 途中で記載が切れる: probe 264): not listed to the end.
 */
const NOT_ON_TO_THE_END =
  /(?:計画(?:期間)?の\s*)?最後まで\s*(?:は\s*)?(?:続いて|載って|継続して|継続されて)\s*(?:い|お)?な(?:い|かった)|(?:計画(?:期間)?の\s*)?最後まで\s*(?:の\s*)?記載\s*(?:が|は)?\s*な(?:い|かった)|途中\s*で\s*(?:計画\s*(?:から|より|に|で|上)\s*)?(?:(?:記載|掲載)\s*(?:が|は)?\s*)?(?:消え(?:る|た|て(?:い)?る)|外れ(?:る|た|て(?:い)?る)|(?:途)?切れ(?:る|た|て(?:い)?る)|載らなく\s*な(?:る|っ(?:た|て(?:い)?る))|なくな(?:る|っ(?:た|て(?:い)?る)))/g;
/** The plan's own last or first year by name, before a particle of time (see its reading). Group 1: the edge. */
const PLAN_EDGE_NAMED =
  /(?<!(?:事業|その|それ|この|あの|各|ごと|自身|それぞれ)\s*の\s*)(?:計画(?:期間)?\s*の\s*)?(最終年度|初年度)(?=\s*(?:に|で|まで|から|以降|にかけて|を(?!\s*(?:教え|お教え|知り|お願い|示|お示し|確認|伺|ご教示)))(?!\s*(?:は|って|が)))/gu;
/** A year not waited for (r7を待たずに): group 1 the year's number. */
const NOT_WAITING_FOR = /r(\d{1,2})\s*を\s*待たず(?:に|して)?/giu;
/** A listing said to end, a year not named in the words (計画への記載が終わる, 記載が終わった): see its reading. */
const LISTING_ENDS_SOMETIME =
  /(?:計画\s*(?:へ|に|で)?\s*の\s*)?(?:記載|掲載)\s*(?:が|は)\s*(?:終わる|終わった|終わって(?:い)?る|おわる)(?=\s*(?:事業|もの|やつ|取組|の|[?？。、]|$))/gu;
/** A year said just before (R5で, 令和5年度に, 一昨年度で, R5で方向性の): the listing's end is that year's. */
const YEAR_JUST_BEFORE = new RegExp(
  String.raw`(?:${ANY_YEAR}|(?:一昨|昨|今|本|再来|来|前|翌|次|初|最終|同)年度?|去年|その年度?)\s*(?:で|に|には|まで|までで)?\s*(?:は)?\s*(?:方向性\s*の\s*)?$`,
  "iu",
);
/**
 * The end said to be reached, the plan unnamed: 最後まで続く, 最後まで載っている事業, 最後の年までずっと続く (probe 164: 最後
 * and 年 had been searched) — listed in the plan's last year.
 * (Its denials, 最後まで続かない and 最後まで続いていない, are NOT_TO_THE_END's and NOT_ON_TO_THE_END's, read before it.)
 */
/** 据え置き's forms as 継続's: 据え置く → 継続する, 据え置いて → 継続して (据え置かれる → 継続される otherwise). */
const KEPT_AS_IT_WAS: Record<string, string> = { き: "", く: "する", いた: "した", いて: "して" };
const TO_THE_END =
  /最後(?:の\s*(?:年度?|年))?まで(?:\s*ずっと(?=\s*(?:続|載)))?(?=\s*(?:は\s*)?(?:続|載|継続|記載))/g;
/**
 * How many years a direction lasts, asked (何年間拡充する？, 臨時拡充は何年間？, 縮小は何年分？): groups 1 or 2, the direction.
 * Not 拡充は何年？, which asks which year.
 */
const DIRECTION_LENGTH = new RegExp(
  String.raw`(?:何|なん)\s*(?:年間|か年|ヶ年|カ年|年度分|年分)\s*(?:も|は)?\s*(${DIRECTION_NAMES})\s*(?:する|した|して(?:い)?る|される|なの|なん|の|が続く)?|(${DIRECTION_NAMES})\s*(?:は|が|って|なの|の期間は|の年数は)?\s*(?:何|なん)\s*(?:年間|か年|ヶ年|カ年|年度分|年分)\s*(?:続く|ある|あります|なの|なん)?`,
  "g",
);
/** Every year written, in any form. */
const ANY_YEAR_GLOBAL = new RegExp(ANY_YEAR, "g");
/** What UNCOUNTED_STREAK needs in a message before it is looked for: 連続 or 続けて. */
const RUN_SAID = /連続|続けて/;
/** One year said to change its direction (R5で方向性が変わる, 令和6年度に方向性が変わった). Group 1: the year. */
const YEAR_CHANGES = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:で|に|から|では|には)\s*方向性\s*(?:が|は)?\s*(?:変わ(?:る|った|って(?:いる|る|います)?)|変化(?:する|した|して(?:いる|る)?)|変更(?:される|された|されて(?:いる|る)?))`,
);
/** A direction's change said (方向性が拡充から継続に変わった): the two directions (groups), before a verb of changing. */
const TRANSITION_SAID = String.raw`(?:方向性\s*(?:が|は)\s*)?(${DIRECTION_NAMES})\s*(?:から|→|->|⇒)\s*(${DIRECTION_NAMES})\s*(?:に|へ)?(?=\s*(?:変わ|かわ|なっ|なる|移|転じ|切り替わ|変更))`;
/**
 * One year said to be when a direction turned into another (R5で拡充から継続に変わった, R4に臨時拡充→継続): the year before
 * it had the first, the year itself the second (probe 130: read as listed in R5 and a change in any year, 14 projects had
 * answered for 2). Not R4の拡充から…, where the year is the first direction's own. Groups: the year, the first
 * direction, the second.
 */
const YEAR_TRANSITION = new RegExp(String.raw`(${ANY_YEAR})\s*(?:で|に|では|には)\s*${TRANSITION_SAID}`);
/**
 * Two years in a row, then a direction's change between them (R3とR4で拡充から継続になった, R3からR4にかけて拡充から継続に
 * 変わった): the first year's direction, then the second's — not the change in either year (probe 347: 16 for 14).
 * Groups: each year, each direction.
 */
const YEARS_TRANSITION = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:と|から|→|->|〜|～|~)\s*(${ANY_YEAR})\s*(?:で|に|では|には|にかけて|の間で|の間に)\s*[、,]?\s*${TRANSITION_SAID}`,
);
/**
 * The year before, compared with, as a change asked of the one year named (R5の前年度から方向性が変わった,
 * 前年度と比べて方向性が変わった事業（R5）, 前年度から方向性が変わった事業、令和4年度分): a change from the year before that year
 * — not the year before today (probe 130: they had answered R3 against R4, or R5 or R7, or none).
 */
const YEAR_BEFORE_WORD = "前年度|前の年度?|前年|去年度?|昨年度?";
const BEFORE_NAMED = String.raw`(?:の\s*)?(?:${YEAR_BEFORE_WORD})\s*(?:から|と比べて|と比較して|に比べて|より|と)\s*(?=方向性)`;
const YEAR_BEFORE_NAMED = new RegExp(String.raw`(${ANY_YEAR})\s*${BEFORE_NAMED}`, "g");
const BEFORE_A_YEAR = new RegExp(String.raw`(?<![\p{Script=Han}])${BEFORE_NAMED}`, "u");
/**
 * A year named apart, as what the change is of: （R5）, 、令和4年度分, 令和5年度について, R5で、 — not a year with a direction
 * of its own (R5に継続の事業で、前年度から…: review). Group 1: the year.
 */
const YEAR_APART = new RegExp(
  // (The whole year: 令和4年 of 令和4年度に拡充 is no year apart.)
  String.raw`[（(]?\s*(${ANY_YEAR})(?![年度\d])\s*(?:の\s*)?分?\s*[)）]?(?!\s*(?:に|で|は|の|も)?\s*(?:${DIRECTION_NAMES}))`,
);

/**
 * See BEFORE_NAMED: the year before, with the year it is before named apart (（R5）, 、令和4年度分), written as a change in
 * that year (R5で方向性が変わった).
 */
function withYearBeforeNamed(text: string): string {
  if (!/前の?年|去年|昨年/.test(text) || !/方向性/.test(text)) return text;
  const years = [...text.matchAll(ANY_YEAR_GLOBAL)];
  if (years.length !== 1 || !BEFORE_A_YEAR.test(text)) return text;
  const apart = YEAR_APART.exec(text);
  if (apart) return text.replace(YEAR_APART, " ").replace(BEFORE_A_YEAR, `${apart[1]}で`);
  // A year with a direction of its own (R5に継続の事業で、前年度から方向性が変わったもの): that direction that year, and
  // a change from the year before it (a review had found it read as the year before today's, 29 for 2). (Of the plan's
  // first year, none: nothing is listed the year before it, and the condition says which years.)
  const n = reiwaOf(years[0]?.[0] ?? "");
  return text.replace(BEFORE_A_YEAR, `r${n - 1}とr${n}で`);
}
/**
 * The year before, as what a direction is measured against (令和5年度に前年度より縮小した, R4で去年と比べて拡充になった,
 * 前年度より予算が増えた事業): a direction is itself a change from the year before, so the comparison adds nothing to it and
 * names no year — the year asked is the one named, or any (probe 244: each had been read as R7, the year before today).
 */
const AGAINST_YEAR_BEFORE = new RegExp(
  String.raw`(?:${YEAR_BEFORE_WORD})\s*(?:より(?:も)?|と比べ(?:て|ると|たら)|と比較(?:して|すると)|に比べ(?:て|ると|たら))\s*[、,]?\s*(?=[^。？?]{0,12}?(?:${DIRECTION_PATTERNS.map(([pattern]) => pattern.source).join("|")}))`,
  "g",
);

/**
 * Whether a resident can still use it, said with nothing else (まだ参加できる？, まだ使える？, まだ申し込めるかな): whether it
 * still goes on, as まだやってる？ asks — its verb no subject (probe 251: after a project, 参加 had been searched and
 * another project's 「参加を必要とせず」 answered).
 */
const STILL_OPEN_TO_USE =
  /(?<=^|[はも、,\s]|って)(\s*)まだ\s*(?:参加でき|申し込め|申込め|応募でき|使え|利用でき|行け|いけ|借りられ|予約でき|申請でき|もらえ|受け付けて|受付して|見られ|見れ)(?:る|ます)(?=\s*(?:の|ん)?\s*(?:です|でしょう|だ)?\s*(?:か|かな|よね|っけ)?\s*[?？。]*\s*$)/gmu;

/**
 * The plan's first or last year (計画の初年度, 最終年度) said where a year after or before it is counted from it in the
 * same message (…翌年度も…, …の前の年). Not a project's own (事業の初年度, 最終年度が令和5年度の事業: ownYears).
 */
const PLAN_EDGE_COUNTED_FROM =
  /(?<!(?:事業|その|それ|この)\s*の\s*)(?:計画の\s*)?(?:初年度|最終年度)(?!\s*(?:が|は|って))(?=[^。？?\n]*?(?:翌年度|次の年度|次年度|前の年|前年度))/gu;

/**
 * The ones that are not a thing, said by what they are not (研修じゃない方, DVのじゃないやつ, ハードじゃないほうってどれ,
 * リノベじゃないのは): those other than it, as X以外 says — read so, X had been searched, and the very one left out
 * answered (probe 256). Not …じゃないの？ at a message's end, which asks whether it is X; nor a direction, a unit or a
 * year, whose denial is read as such (R3に新規じゃないもの, 人事課じゃないもの). Group 1: the thing.
 */
const NOT_THAT_ONE =
  /([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9・]{1,20})(?<!新規完了|臨時拡充|新規|継続|拡充|縮小|完了|[課室係班]|チーム|年度?|R\d{1,2}|r\d{1,2})(?:\s*の)?\s*(?:じゃ|では|で)\s*ない\s*(?:(?:ほう|方|やつ|もの)(?=\s*(?:は|って|を|が|だけ|で|の|、|,|[?？。]|$))|の(?=\s*(?:は|って|を|が|だけ)))/gu;

/**
 * Which of them does a thing, asked with は dropped (完了するのどっち, 縮小するのどれ: probe 248) — as 完了するのはどっち asks.
 * Group 1: which.
 */
const WHICH_WITHOUT_HA =
  /(?<=\p{Script=Hiragana})の\s*(どっち|どちら|どれ)(?=\s*(?:だっけ|なの|ですか|か)?\s*[?？。]*$)/gmu;
/**
 * Which of them does a thing, which said first (どっちが完了する？, どちらが縮小になる？) — as 完了するのはどっち？ asks;
 * not how they compare (どっちが先に終わる？, 長く続く: see compare.ts). Groups: what is done, which.
 */
const WHICH_DOES_SAID_FIRST = new RegExp(
  String.raw`^\s*(?:どっち|どちら)(?:\s*の\s*(?:事業|ほう|方))?\s*が\s*((?:R\d+\s*(?:で|に)\s*)?(?:${DIRECTION_NAMES})\s*(?:する|した|になる|になった|予定)?)\s*(?:の)?\s*(?:ですか|か)?\s*[?？。]*$`,
  "imu",
);
/** Each of several counted apart: それぞれ, ずつ, 各々, 別々に. */
const EACH_COUNTED = /それぞれ|ずつ|各々|おのおの|別々/;
/** A count asked (件数, 事業数, 何件, いくつ, 内訳, 推移): what 年度ごと may count — not 方向性の推移 or 予算の推移 (review). */
const COUNT_ASKED =
  /件数|総数|本数|事業数|何件|いくつ|内訳|(?<!(?:方向性|予算|金額|額)\s*の?\s*)推移|(?<!\p{Script=Han})数(?!値|字|量|年)/u;
/** A year written in any form: a text without one is not run through the longer patterns built on ANY_YEAR. */
const YEAR_WRITTEN = new RegExp(ANY_YEAR);
/** A project by its policy and number: 7-2の17, 7-2 No.17, 7-2の3番目. */
const PROJECT_REF = new RegExp(
  // (Not a count said after the code: 施策7-6の4件, 7-2の3つ — probe 93.)
  String.raw`(?<![\d-])(\d+-\d+)\s*${OF_ITS_PROJECTS}(?:${NUMBER_MARK}|\s)(\d+)\s*(?:番目?|号|つ目|つめ|個目|件目)?(?![\d-]|\s*(?:件|つ(?!目|め)|個(?!目)|事業))`,
  "g",
);

/**
 * A span of years said to hold one direction in every year (R4からR7までずっと継続, 令和4年度以降は「継続」のみ, R4以降は継続
 * しかない): groups from, to (or on: 以降 — to the plan's last year), every1 or every2 (the words that say every year), dir.
 */
/** The length of a span just said (R3からR5の3年度, R4〜R6の3年間, 令和3年度から5年度までの三か年): see its use. */
const SPAN_LENGTH_SAID = new RegExp(
  String.raw`(?<=(?:から|〜|～|~|-|ー)\s*(?:${ANY_YEAR}|\d{1,2}\s*年度)\s*(?:まで)?\s*)の\s*[2-5２-５二三四五]\s*(?:年度|年間|か年|ヶ年|カ年|年)(?:\s*間)?(?=\s*(?:だけ|のみ|とも|で|に|の|は|、|,|すべて|全て|全部|ずっと))`,
  "giu",
);
const SPAN_EVERY_YEAR =
  /(?<from>令和\s*\d{1,2}\s*年度?|(?<![a-z])r\s*\d{1,2})\s*(?:(?:から|〜|~|-|－)\s*(?<to>令和\s*\d{1,2}\s*年度?|(?<![a-z])r\s*\d{1,2})\s*(?:まで)?|(?<on>以降|以後|から先))\s*(?:の\s*(?:間|年度)\s*)?(?:は|も|が|に|で)?\s*(?<every1>ずっと|すべて|全て|全部|一貫して|毎年度?|いずれも)?\s*[「『"]?(?<dir>新規完了|臨時拡充|新規|継続|拡充|縮小|完了)[」』"]?\s*(?<every2>のみ|だけ|しか(?:ない|無い)?|ばかり)?/giu;
/**
 * A span said to hold a direction every year, as each year said with it (R4に継続、R5に継続、…): every one must hold —
 * read as a span, some year of it had been enough (probe 430: 令和4年度以降は「継続」のみ, 11 for 10), and beside another
 * year's direction, ずっと had merged the two (probe 427: R3に新規で、R4からR7までずっと継続, 14 for 9). Only with のみ,
 * だけ, しか — or ずっと and its kin beside another year: 「R4からR7までずっと継続」 alone is read so already.
 */
function eachYearOfSpan(said: string, rest: unknown[], catalog: Catalog): string {
  const groups = rest.at(-1) as Record<string, string | undefined>;
  const whole = String(rest.at(-2));
  const at = Number(rest.at(-3));
  const yearOf = (y: string | undefined) => Number(/\d{1,2}/.exec(y ?? "")?.[0]);
  const { first, last } = planEnds(catalog);
  const from = yearOf(groups.from);
  const to = groups.on === undefined ? yearOf(groups.to) : last;
  const other =
    (whole.slice(0, at) + whole.slice(at + said.length)).search(/令和\s*\d|(?<![a-z])r\s*\d/iu) >= 0;
  if (groups.every2 === undefined && !(groups.every1 !== undefined && other)) return said;
  if (!(from >= first && to <= last && from < to)) return said;
  const dir = groups.dir as string;
  // (しかない said with it is no denial: 継続しかない事業 is 継続's, the の put back before what it says of.)
  const next = whole.slice(at + said.length);
  const closing = /ない$/.test(said) && !/^\s*(?:の|[?？。]|$)/.test(next) ? "の" : "";
  return `${Array.from({ length: to - from + 1 }, (_, i) => `r${from + i}に${dir}`).join("、")}${closing}`;
}

/** Questions longer than this are cut before analysis (and the answer says so). */
export const MAX_QUESTION_CHARS = 200;
/**
 * What marks a sentence as asking: a question mark, 教えて, …ますか; or, weaker, a request (ください, お願い), which a
 * pasted e-mail's own closing may be (早めの対応をお願いします) — looked for only when nothing asks more plainly.
 */
const ASKING_MARK = /[？?]|教えて|ますか|でしょうか|知りたい/gu;
const REQUEST_MARK = /ください|下さい|お願い/gu;
/** How far into what is kept a cut may move forward to start at a sentence or a line. */
const MAX_CUT_SHIFT = 60;

/**
 * The last MAX_QUESTION_CHARS characters of a long message up to the end of its last asking sentence (ASKING_MARK; the
 * message's end when none asks), from the first sentence or line that starts within them
 * (MAX_CUT_SHIFT at most): a message asks last — the ask after a pasted e-mail or council question, 「…について教えて
 * いただけますでしょうか」 after the story — and the reading of an ask takes its last clause (askingClause). The first
 * 200 characters had kept the story and cut the ask (probe 96).
 */
function fromItsEnd(text: string): string {
  // (To the end of its last asking sentence: what follows it — a pasted passage, a signature — is no ask.)
  const asks = [...text.matchAll(ASKING_MARK)].at(-1) ?? [...text.matchAll(REQUEST_MARK)].at(-1);
  const end = !asks
    ? text.length
    : /[？?]/.test(asks[0])
      ? asks.index + 1
      : asks.index + text.slice(asks.index).search(/[。．！!？?\n]|$/u) + 1;
  const asked = [...text.slice(0, end)];
  const kept = asked.slice(-MAX_QUESTION_CHARS);
  // (Moved on to a sentence's start only where the cut fell inside the text, not at its start.)
  const start =
    asked.length > MAX_QUESTION_CHARS
      ? kept.slice(0, MAX_CUT_SHIFT).findIndex((c) => /[。．！？!?\n]/u.test(c))
      : -1;
  return kept
    .slice(start + 1)
    .join("")
    .trim();
}

/** A word asked of a name: to be in it (`holds`) or not. */
export interface NameWord {
  word: string;
  holds: boolean;
}
/** A word asked to be written in a project; in one of its fields when the ask names it (目的に「コロナ」と書いてある). */
export interface TextWord extends NameWord {
  field?: "目的" | "内容";
}

/** How a count said is bounded: exactly, 以上, 以下 or 未満. */
export type CountBound = "exactly" | "atLeast" | "atMost" | "under";
/** The bound a count is said with (以上, 以下, 未満; none: exactly). */
export const boundSaid = (said: string | undefined): CountBound =>
  (({ 以上: "atLeast", 以下: "atMost", 未満: "under" }) as const)[said as "以上" | "以下" | "未満"] ??
  "exactly";

export interface Understanding {
  /** The question as asked, trimmed and cut to MAX_QUESTION_CHARS. */
  question: string;
  /** What it asks that the plan does not record (予算, 寄附額, 担当者の名前), by name: said so, never searched. */
  unrecorded: string[];
  truncated: boolean;
  help: boolean;
  /** What the message asks of the bot itself (its use, its data, its digest) or says to it (thanks), if that. */
  about: AboutBot | null;
  codes: CodeRef[];
  years: YearKey[];
  /** Directions a question asks for, already widened (完了 → 完了 and 新規完了); empty when none. */
  directions: Direction[];
  departments: string[];
  /**
   * One project of a list by its place (人事課の2番目のやつ, 7-7の最後の事業, R4に完了する事業の3番目): 1-based, negative
   * from the end (-1 the last, -2 the one before it).
   */
  place?: number;
  /** How many from that place (7-5の最初の2つ, 7-1の最後の2つ, 7-2-6の上から3つ): the first or last few. */
  placeCount?: number;
  /** Departments named to be left out (財産活用課以外, 市民協働推進課を除く). */
  excludedDepartments: string[];
  /** Policies and initiatives named to be left out (施策7-2以外, 7-4-2を除く). */
  excludedCodes: string[];
  /** Subjects named to be left out (マイナンバー以外, Wi-Fiを除く): the projects about them are not answers. */
  excludedSubjects: string[];
  /**
   * Directions a project must not have (「R4に完了しない」「終わらない事業」), already widened: in the years
   * asked, or in any year when none is.
   */
  absentDirections: Direction[];
  /**
   * Directions in given years that must all hold (「令和3年度に始まって令和4年度に終わった」): each year with its
   * own direction — or, with `holds` false, without it (「R4で完了するもの以外」「R5に記載がない」, every direction).
   * Empty unless the question pairs two years or more with directions. With `until`, the condition is on
   * some year from `year` to `until` (「R3に新規で、そのあと完了」「R3に始まってR5までに終わる」).
   */
  conditions: { year: YearKey; until?: YearKey; directions: Direction[]; holds: boolean }[];
  /**
   * Two years compared (「R4とR5で方向性が変わっている」「R3とR4で同じ」): the project is listed in both, and its
   * directions differ (or, with `differ` false, are the same).
   */
  changes: { from: YearKey; to: YearKey; differ: boolean }[];
  /**
   * Whether the direction never changes from one listed year to the next (true: 方向性が一度も変わっていない, ずっと同じ;
   * a project listed one year only among them) or changes at least once (false: 方向性が途中で変わった), with no year
   * named. Absent when not asked.
   */
  steady?: boolean;
  /**
   * How many years a project is listed (「2年間だけ載っている」「3年以上続く」): exactly, at least, at most or under that
   * many. Absent when not asked.
   */
  listedFor?: { years: number; bound: CountBound };
  /**
   * How many times its direction changes from one listed year to the next (「方向性が2回以上変わった」): exactly, at least,
   * at most or under that many. Absent when not asked.
   */
  changedTimes?: { times: number; bound: CountBound };
  /** A direction in some run of consecutive listed years (「2年続けて臨時拡充」): at least `years` of them. */
  streaks: { years: number; directions: Direction[] }[];
  /** A direction followed by another in the next listed year (「拡充から継続になった」): some such pair of years. */
  transitions: { from: Direction[]; to: Direction[] }[];
  /**
   * The direction of a project's own first listed year (最初は新規), of its last (最後は完了), or of every listed year after
   * its first (あとはずっと継続) — or, with `after`, every listed year after that one (R3新規で、あとはずっと継続): see
   * EDGE_DIRECTION.
   */
  edges: { edge: "first" | "last" | "rest"; directions: Direction[]; after?: YearKey }[];
  /**
   * Words a project's name must hold (事業名にICTが入っている) or, with `holds` false, must not (事業名にICTが入って
   * いない): compared width- and case-folded.
   */
  nameHas: NameWord[];
  /** Words its department's name must hold (課名に「市民」が付く), or not. */
  departmentHas: NameWord[];
  /** Words or phrases its name, purpose or content must hold as written (「47施設」と書いてある事業: see TEXT_HAS). */
  textHas: TextWord[];
  /**
   * A project's own first or last listed year (「最終年度が令和5年度の事業」「令和4年度が初年度の事業」) — not
   * the plan's, which 最終年度 alone means (「最終年度の令和7年度まで続く」).
   */
  ownYears: { edge: "first" | "last"; year: YearKey; side?: "from" | "to"; holds: boolean }[];
  /**
   * Departments the ask names that the plan does not have (広報課, 総務課): none of the plan's projects is
   * theirs, so whatever a search finds for the words is only related.
   */
  unknownDepartments: string[];
  /**
   * Words for a direction the plan never gives (廃止: abolished, where the plan's projects end 完了): read as the
   * nearest one for what is shown, but nothing is an answer — the answer says so.
   */
  unplannedDirections: string[];
  /** Directions whose meaning is asked (「臨時拡充ってどういう意味？」): said in a sentence, beside their projects. */
  defines: Direction[];
  /**
   * The plan's units the context names only as someone one deals with (「人事課と打ち合わせがあるので、」): not
   * conditions, and the answer says so.
   */
  backgroundUnits: string[];
  /** Department names mistyped and read as the plan's (財政活用課 → 財産活用課, 情報システム科 → 情報システム課). */
  slips: Slip[];
  /** The question names a day or an hour: the plan knows only fiscal years. */
  dayLevel: boolean;
  /**
   * The ask is when (「…はいつ完了？」「何年度に始まる？」): of these directions, already widened — or, empty, until
   * when the project is listed (「いつまで？」「何年度まで続く？」). Absent when the question asks no when.
   */
  when?: Direction[];
  /** When was asked alone (「それっていつ？」「何年度？」): with `when` empty, the listing's first year and last. */
  span?: true | "length";
  /** Whether it has ended was asked (「もう終わってますか？」「完了しましたか」): a yes or a no, as of today, first. */
  endedAsked?: true;
  /**
   * The directions must hold in every year a project lists (or every year asked), not in some: 継続しかない,
   * ずっと継続, 継続のみの事業 (a direction named alone with no year).
   */
  throughout: boolean;
  /** The question asks for every project (事業の一覧, 全部で何件) and names nothing to narrow them by. */
  everything: boolean;
  /** The question asks about the departments (担当課の一覧, どの課が一番多い): the answer counts by department. */
  byDepartment: boolean;
  /** The question asks about the policies (施策ごとの件数, 一番少ない施策): the answer counts by policy. */
  byPolicy: boolean;
  /** The question asks about the initiatives (取組ごとの件数): the answer counts by initiative. */
  byInitiative: boolean;
  /** The question asks about the directions (方向性ごとの件数, R4の方向性の内訳): the answer counts by direction. */
  byDirection: boolean;
  /**
   * The question asks how a count goes year by year (完了事業の件数を年度別に, 年度ごとの新規件数, 件数の推移): the
   * answer counts in each year asked, each year of the plan when none is.
   */
  byYear: boolean;
  /**
   * The question only takes away (「臨時拡充は除く。」「人事課のは要らない」): it names nothing to keep — no year,
   * code, department, direction of its own or subject — so, after another sentence, it narrows that one's ask.
   */
  leavesOutOnly: boolean;
  /**
   * A second ask trailing the first (「R5に完了する事業を教えて。あとR4に拡充の事業も」): the projects it names are
   * answers too. Only when both name conditions and no subject.
   */
  also?: Omit<Parts, "also">;
  /** The question with its structured parts removed: what a free-text search should look for. */
  freeText: string;
  hasFreeText: boolean;
  /** Only a greeting or set phrases (お疲れ様です): nothing was asked yet. */
  greetingOnly: boolean;
  /** Written in another language (three Latin words or more, no Japanese): the bot reads Japanese. */
  notJapanese: boolean;
  /**
   * Projects still going on were asked for (今も続いてる事業) after the plan's last year: read as those listed in it,
   * which the answer says (see STILL_GOING_LIST).
   */
  stillGoingPastPlan: boolean;
}

/**
 * 〜分 after a year, a direction or a unit, before what follows a word (not 部分 or 分野): see its use. (担当分 and 所管分
 * are read where a unit is left out: 人事課の担当分を除いた.)
 */
const PORTION =
  /(?<=(?:新規|継続|拡充|臨拡|縮小|完了|年度|[rR]\s*\d{1,2}|課|事業|チーム))分(?=\s*(?:件数|数|一覧|リスト|だけ|の|は|を|が|も|って|で|と|や|[・、。,.?？!！]|\s|$))/g;

/** The plan's acronyms (DX, ICT, LED, DV), two capitals or more: what letter names in hiragana may spell. */
const acronymsOf = perCatalog(
  (catalog): ReadonlySet<string> =>
    new Set(
      normalizeWidth(catalog.plan.projects.map((p) => `${p.name} ${p.purpose} ${p.content}`).join(" "))
        .toUpperCase()
        .match(/(?<![A-Z])[A-Z]{2,}(?![A-Z])/g) ?? [],
    ),
);

/** A list's joiner said just before a name (人事課と|財政課), or just after it (財政課と|人事課): see listedBeside. */
const LIST_JOINED_BEFORE = /(?:と|や|・|、|,|及び|および|または|もしくは|か)\s*$/;
const LIST_JOINED_AFTER = /^\s*(?:と|や|・|、|,|及び|および|または|もしくは)/;

/** What says a unit is what is asked about, after its name: に関係する, の事業, が担当している (not の田中です). */
const UNIT_AS_SUBJECT =
  /^[）)」』]?\s*(?:に\s*(?:関係|関連|かかわ|関わ)|の\s*(?:事業|担当|所管|取組|取り組み)|が\s*(?:担当|所管|やって|持って)|で\s*(?:担当|やって))/;

/** The progressive's い dropped after a verb's て or で (してる, されてた, 進んでます, してない): group 1 is what follows. */
const I_DROPPED =
  /(?<=\p{Script=Hiragana}[てで])(る|た|ます|ました|ません|ない|なかった)(?!\p{Script=Hiragana}*る)/gu;

/** A direction's 予定 said not to be (完了予定のない, 完了する予定がない): group 1 is the direction. */
const DIRECTION_PLANNED_NOT = new RegExp(
  String.raw`(${DIRECTION_NAMES})\s*(?:する|になる)?\s*予定\s*(?=(?:の|が|は)\s*(?:ない|なし|無い|無し))`,
  "g",
);

/** The change of a project's directions, asked for (方向性の変化を教えて, 方向性の推移は？): its directions. */
const DIRECTIONS_CHANGE_ASKED =
  /方向性\s*の\s*(?:変化|推移|移り変わり|変遷)(?=\s*(?:(?:を|も|は|について)\s*)?(?:教え|お教え|ご教示|知り|示し|お示し|確認|伺|お願い|一覧|見せ|[?？。]|$))/g;

/** Examples asked for (の例を, 例も知りたい, 具体例は): the 例 itself. */
const EXAMPLES_ASKED =
  /(?:の\s*)?(?:具体)?例\s*(?:を|は|も|として)?\s*(?:いくつか|何か|なにか|少し|ひとつ|1つ)?\s*(?=(?:教えて|知りたい|挙げて|見せて|出して|ください|ほしい|欲しい|ある|あります|[?？。]|$))/gu;
/** A direction or a year said: what examples asked for are of. */
const DIRECTION_OR_YEAR_SAID = /新規|継続|拡充|縮小|完了|令和\s*\d|[rR]\s*\d|年度/u;

/**
 * A second ask joined to the first by と and pointing back at it with その (一番多い課はどこかと、その件数を; 担当課と、その課の
 * 事業名; …とそれぞれの方向性): the join and the pointer, before what the second asks (or where it stood, once read).
 */
const SECOND_ASK_OF_IT =
  /(?:か\s*)?と\s*[、,]?\s*(?:その|それぞれの|それの)\s*(?:(?:課|施策|取組|事業)\s*の\s*)?(?:名(?=\s|$))?(?=(?:事業\s*の\s*)?(?:件数|数|事業名|名前|名称|一覧|担当課|方向性|目的|内容|\s|$))/gu;

export function understand(rawQuestion: string, catalog: Catalog, now: Date): Understanding {
  // Cut before anything else looks at the text: a megabyte of one script must cost nothing.
  // (Its start and its end: a message asks last, or asks first and pastes after — see fromItsEnd.)
  const bound = MAX_QUESTION_CHARS * 4;
  const bounded =
    rawQuestion.length > bound * 2
      ? `${rawQuestion.slice(0, bound).replace(/[\uD800-\uDBFF]$/, "")}\n${rawQuestion.slice(-bound).replace(/^[\uDC00-\uDFFF]/, "")}`
      : rawQuestion;
  // A space after a sentence's polite end (お疲れ様です 市民課の山田です 空調の…, as a voice input types it): the
  // sentence ends there, as 。 would say; one around a particle is no break at all (see withoutWordSpaces).
  // (A pasted e-mail's or form's frame — 件名：, 受付番号：, rules, a signature — is taken off first: probe 96.)
  const whole = withoutWordSpaces(
    fromSearchSyntax(withoutPastedCard(withoutPastedFrame(bounded.replace(/\r\n?/g, "\n"))))
      .replace(/(?!\n)\p{Cc}/gu, " ")
      .trim(),
  );
  // Over the limit, the greetings go first: 「お疲れ様です。」 forty times, then the question, is that question.
  const trimmed = [...whole].length > MAX_QUESTION_CHARS ? withoutGreetings(whole) : whole;
  const truncated = [...trimmed].length > MAX_QUESTION_CHARS;
  const question = truncated ? fromItsEnd(trimmed) : trimmed;
  // 7ー4ー2: the long-vowel mark typed for a hyphen between digits; 施策7の3, 7の3の2: codes said with の.
  const chapter = CHAPTER_TITLE(catalog);
  // (Numbers said aloud, as a voice input spells them, are digits first: ななのよんのに, れいわごねんど, アールよん.)
  // (A passage pasted from the plan says its own years and directions: not the asker's — probe 75.)
  const pasted = withPlanPassagesPlain(withPastedPassagesQuoted(question, catalog), catalog);
  // (Kansai speech — なんぼあるん？, やってはる, せえへんの — is read as the common language; so are the written
  // register — 所管課, 掲載されておりますか, いかがでしょうか — and the office's loanwords — status, owner, 案件.)
  let stillGoingPastPlan = false;
  // (Years and chapters in kanji numerals — 令和五年度, 二〇二二年度, 第七章 — are digits, as the engine reads them before
  // a follow-up is: see withKanjiDates.)
  const normalized = inCommonJapanese(
    withKanjiDates(
      normalizeWidth(
        yearWordsInKanji(
          spokenNumbers(
            chapter ? pasted.replace(chapter, " この章 ") : pasted,
            catalog.chapters,
            acronymsOf(catalog),
          ),
        ),
      ),
    ),
  )
    // The IME's other 年度 (令和4念度); the era and 年度 in kana (れいわ5ねんど, こんねんど) are yearWordsInKanji's.
    .replace(/念度/g, "年度")
    // (And 粘土 after a year's number, a word of its own the IME gives for ねんど: probe 203's 令和4粘土.)
    .replace(/(?<=(?:令和|平成|[rR])\s*\d{1,2}\s*)粘土/g, "年度")
    // (Before 去年 is read as last calendar year: see AGAINST_YEAR_BEFORE.)
    .replace(AGAINST_YEAR_BEFORE, "")
    // Ending as 完了, said of the projects (完了で終わるものは不要です, 完了で終わった事業): those with 完了 — 終わる had been
    // read as 完了 again and, the first left out, the second asked (probe 264: 0件).
    .replace(
      /(新規完了|完了)\s*(?:で|として)\s*(?:終わる|終わった|終わって(?:い)?る|終了する|終了した)(?=\s*(もの|事業|やつ|の|分))/g,
      (_, direction: string, next: string) => (next === "の" ? direction : `${direction}の`),
    )
    // (How many years a span said is — R3からR5の3年度だけ, R4〜R6の3年間 — says no year of its own: probe 484 had read
    // 3年度 as R3, the span's own years lost.)
    .replace(SPAN_LENGTH_SAID, "")
    .replace(SPAN_EVERY_YEAR, (said: string, ...rest: unknown[]) => eachYearOfSpan(said, rest, catalog))
    .replace(WHICH_DOES_SAID_FIRST, "$1のはどっち？")
    .replace(WHICH_WITHOUT_HA, "のは$1")
    .replace(STILL_OPEN_TO_USE, "$1まだやってる")
    .replace(NOT_THAT_ONE, "$1以外")
    // A ranking said in the past (一番多かった年度, 最も少なかった課): the same ranking — the plan's years are all said
    // alike (probe 252: 多かった had been no ranking, the list answered with no year named).
    .replace(/(?<=(?:一番|いちばん|最も|もっとも)\s*)(多|少な|早|遅|長|短)かった/g, "$1い")
    // 一番 said before what is counted (一番拡充の事業が多い課, 一番予算が増える事業が多い課): before the count, as
    // 「拡充の事業が一番多い課」 says it (probe 480: 一番 had ranked nothing, 拡充 searched or 0件).
    .replace(RANKING_WORD_FIRST, "$2$1$3")
    // A place in a ranking of counts (2番目に多い課, 三番目に事業が少ない施策): ranked as 一番 is, the place read from the
    // question when the units are counted (see unitsAtEnd) — it had been searched, 0件.
    .replace(RANKED_PLACE, (place: string) => (place.endsWith("の") ? "一番多い" : "一番"))
    // Examples asked of a kind of project (臨時拡充になっている事業の例をいくつか教えて, 新規完了のほうの例): the projects of
    // that kind — 例 no word to search (probe 383 had found 事例集 by it). Only beside a direction or a year: of a subject
    // (自治会がうまくやっている例を知りたい) the examples are what is asked about.
    .replace(EXAMPLES_ASKED, (said: string, ...rest: unknown[]) =>
      DIRECTION_OR_YEAR_SAID.test(String(rest.at(-1))) ? " " : said,
    )
    // 臨時 alone, denied or left out (臨時じゃない拡充, そのうち臨時じゃないの, 臨時は除いて): 臨時拡充, as 臨時のやつ is read —
    // probes 379 and 381 had 0件 under 条件 拡充・臨時拡充.
    // (Not when what it denies is itself not wanted — 臨時ではない拡充は不要です asks for 臨時拡充 alone — nor said of a
    // topic, 「R4って臨時じゃないの？」, which asks whether it is; in brackets, 拡充(臨時じゃないほう) is read as a kind
    // left out already.)
    .replace(
      /(?<!(?:って|は|が|も|[(（])\s*)臨時(?!\s*(?:拡充|的))(?=\s*(?:の\s*)?(?:じゃない|じゃなく|ではない|ではなく|でない|でなく|以外|は除|を除|は抜|を抜|抜き)(?![^。？?！!\n]*(?:不要|いらない|要らない|いりません|要りません|結構)))/g,
      "臨時拡充",
    )
    // Which policy it is, asked with どこ (事業が一番多い施策ってどこ？): the policy ranked, as 「…施策は？」 asks — どこ had been
    // searched, 0件 (probe 252).
    .replace(
      /(?<=(?:一番|いちばん|最も|もっとも)\s*(?:多い|少ない)\s*(?:施策|取組|取り組み))\s*(?:は|って)\s*(?:どこ|どれ)\s*(?:です|でしょう)?\s*か?/g,
      "は",
    )
    // A direction quoted as the plan's word (ともに「拡充」): the direction, its brackets no name of their own (probe 250:
    // ともに had been read as either year, 13 for 1) — the word as written, not the kinds its name is in (通常の拡充: probe
    // 314's 「R4 方向性「拡充」」 had counted 臨時拡充 too: see asWritten).
    .replace(new RegExp(String.raw`[「『]\s*(${DIRECTION_NAMES})\s*[」』]`, "g"), "$1")
    // A direction's 予定 said not to be (完了予定のない事業, 完了する予定がない): the direction said not to be, as 完了のない
    // reads (probe 345 had searched 予定, 0件).
    .replace(DIRECTION_PLANNED_NOT, "$1")
    // 以降 written as the IME's other いこう after a numbered year, before what goes on (令和8年度移行も続く？): 以降 (probe
    // 116) — not 毎年移行作業, R5移行の…, R5移行した (a migration).
    .replace(/(?<=(?:\d\s*年度?|[rＲR]\s*\d{1,2}))\s*移行(?=\s*(?:も|は|ずっと|継続|続|載|[?？]|$))/g, "以降")
    // 「ずっと続く」「この先もずっと続ける」, the verb said plainly with no direction named: it goes on to the plan's end,
    // as 最後まで続く — not 継続 in every year (probe 158: 「そのうちずっと続くのは？」 had left out コーチング研修, R3 新規
    // then 継続 to R7, and answered 0件). 「ずっと継続」 names the direction and keeps it.
    // 「R7までずっと続く」: until that year, as 「R7まで続く」 (had read the span's years as any of them: 44 for 24) — not
    // a span's (R3からR7までずっと載ってる: every year of it).
    .replace(/(?<=(?<!から[^。、,]{0,12})まで)\s*ずっと(?=\s*(?:続|載))/g, "")
    .replace(ALL_ALONG, "最後まで")
    // 完了 written as the IME's other かんりょう (R4に官僚する): the direction, where a direction is said.
    .replace(
      /官僚(?=\s*(?:する|した|して|し|予定|の事業|になる|となる|になった|となった|です|[?？]|$))/g,
      "完了",
    )
    // 完了の記載が一度でもある, 完了したことがある: 完了が一度でもある — the direction had once, its listing said or as
    // an experience (probe 165: 0件, the latter beside 課ごとに).
    .replace(
      /(?<=新規完了|臨時拡充|新規|継続|拡充|縮小|完了)\s*の\s*(?:記載|表記|記述)(?=\s*が\s*(?:一度でも|一回でも|1回でも|過去に))/g,
      "",
    )
    .replace(
      /(新規完了|臨時拡充|拡充|縮小|完了)\s*(?:した|された|に\s*なった|と\s*なった)\s*こと\s*が\s*(ある|あった|あります)/g,
      "$1が一度でも$2",
    )
    // 終わっちゃう, 始めちゃった, 終わってしまった, 完了してしまう: てしまう (casual ちゃう) of a direction's verb, read as
    // the verb.
    .replace(
      /(終わ|おわ|始ま|はじま)っ(?:ちゃ|てしま)(う|った)/g,
      (_, stem: string, end: string) => `${stem}${end === "う" ? "る" : "った"}`,
    )
    .replace(
      /(始め|はじめ|やめ|止め|終え|完了し|終了し|縮小し|拡充し)(?:ちゃ|てしま)(う|った)/g,
      (_, stem: string, end: string) =>
        end === "う" ? (stem.endsWith("し") ? `${stem.slice(0, -1)}する` : `${stem}る`) : `${stem}た`,
    )
    // 完了したやつ, 続いてるやつ, 終わったやつ, 続くやつ: the casual やつ after a verb or an adjective is もの (probe 115:
    // 完了 had been searched as a word; probe 218: after 終わった, in a follow-up read with the list's names, too).
    .replace(/(?<=[ただるうくぐすつぬぶむい])やつ/g, "もの")
    // A direction left in kana by the IME (R4にかんりょうする, R3 しんき): the plan's word.
    .replace(KANA_DIRECTION, (kana) => KANA_DIRECTIONS[kana] ?? kana)
    .replace(LISTED_IN_KANA, "載って")
    .replace(GOES_ON_IN_KANA, "続")
    // 方向性かわるの, 方向性がちがう: a change of direction, its verb left in kana by the IME (probe 248: read as listed
    // in either year, 43 for 4).
    .replace(/(?<=方向性\s*(?:が|は|も)?\s*)かわ(?=[らりるれろっ])/g, "変わ")
    .replace(/(?<=方向性\s*(?:が|は|も)?\s*)ちが(?=[わいうえっ])/g, "違")
    // 「R6縮小分」「財産活用課の拡充分」「R4完了分の所管課」: 〜分, the portion of a year, a direction or a unit, as
    // 「R6縮小の分」 says (probe 128: 分 had been searched among R6's 縮小 projects, 0件).
    .replace(PORTION, "の分")
    .replace(KANA_SHAPE, (kana) => KANA_SHAPE_WORDS[kana] ?? kana)
    // The plan's first or last year as where a year is counted from (初年度に新規で、翌年度も新規; 最終年度の前の年):
    // that year, written — 翌年度 had been counted from today (probe 259: R9, either year, 15 for 1).
    .replace(
      PLAN_EDGE_COUNTED_FROM,
      (edge: string) => `r${/初/.test(edge) ? planEnds(catalog).first : planEnds(catalog).last}`,
    )
    // 「R5で記載がなくなる事業」「R5から載らなくなる事業」: listed the year before and not in it — the listing ends there
    // (probe 111: every project unlisted in R5 had answered, one gone since R4 among them, or every one listed R5–R7).
    // (Not in the plan's first year: nothing is listed before it, and 「R3で記載がなくなる」 stays unlisted in R3.)
    .replace(CEASES, (said: string, year: string) => {
      const n = reiwaOf(year);
      return n - 1 < planEnds(catalog).first ? said : `r${n - 1}に記載があり、r${n}に記載がない`;
    })
    // 「（通常の拡充は除く）」: the plain direction left out is the direction left out — the kinds its name is in
    // stay, as they do when 拡充 is left out beside 臨時拡充 asked for (通常 had been searched).
    .replace(PLAIN_LEFT_OUT, "$1")
    .replace(TRANSITION_SAID_APART, "$1の翌年度に")
    .replace(
      BEGAN_THEN_WENT,
      (said: string, from: string, to: string | undefined, _at: number, text: string) =>
        // (With a year named, what began then is read by the year: ENDED_SINCE_START.)
        [...text.matchAll(ANY_YEAR_GLOBAL)].length > 0 ? said : `${from}から${to ?? "完了"}に変わった`,
    )
    .replace(CHANGES_INTO, changesInto(planEnds(catalog).first))
    // 「R3に新規でもう終わった事業」「R3ではじまった事業でもうおわったの」: started that year and ended since, in that year or
    // a later one, as 「…、R7までに完了した」 says — not either direction in that year (probe 391: 15 for 4).
    .replace(ENDED_SINCE_START, `$1、r${planEnds(catalog).last}までに完了した`)
    .replace(RELATIVE_GLOSSED, "")
    .replace(YEAR_GLOSSED, "")
    .replace(
      BOTH_CALENDARS,
      (_, era1?: string, unit1?: string, era2?: string, unit2?: string) => `${era1 ?? era2}${unit1 ?? unit2}`,
    )
    // (The year before a year named, compared with: see BEFORE_NAMED — before it is read as that year.)
    .replace(YEAR_BEFORE_NAMED, (said, year: string) =>
      // (Not the plan's first year: the year before it is outside the plan, and said so.)
      reiwaOf(year) > planEnds(catalog).first ? `${year}で` : said,
    )
    .replace(OFFSET_OF_NAMED, offsetOfNamed)
    .replace(NEXT_OF_NAMED, nextOfNamed)
    .replace(/[\s\S]*/, nextOfLineBefore)
    .replace(PLAN_NTH_YEAR, planNthYear(planEnds(catalog).first))
    // The plan's last or first year said by its name before a particle of time (最終年度に載っていない, 最終年度まで続いた,
    // 最終年度に方向性が変わった): that year, before the readings that need a year named — probe 275 had read
    // 最終年度に載っていない as listed in R7, and 新規で始まって最終年度まで続いた as 新規 in R7. Not a project's own
    // (その事業の最終年度に, 最終年度がR5, 最終年度は？).
    .replace(PLAN_EDGE_NAMED, (_: string, edge: string) =>
      edge === "初年度" ? `r${planEnds(catalog).first}` : `r${planEnds(catalog).last}`,
    )
    // (最終年度を待たずに計画から外れた: before the plan's last year, part way — probe 275 had answered R7's 24.)
    .replace(NOT_WAITING_FOR, (whole: string, year: string) =>
      Number(year) === planEnds(catalog).last ? "途中で" : whole,
    )
    // 最後まで続かなかった, 計画の最後まで載らない: not listed in the plan's last year (probe 120: read as 継続 in no
    // year, 0件).
    .replace(NOT_ON_TO_THE_END, `r${planEnds(catalog).last}まで続かない`)
    // 計画への記載が終わる事業, 完了の記載がないまま記載が終わる: a listing said to end, no year named — before the plan's last
    // year (probe 267: read as 完了, it had met a 完了 denied: 0件). Of a year (R5で記載が終わる), YEAR_IS_EDGE's.
    .replace(LISTING_ENDS_SOMETIME, (whole: string, offset: number, all: string) =>
      YEAR_JUST_BEFORE.test(all.slice(Math.max(0, offset - 14), offset))
        ? whole
        : `r${planEnds(catalog).last}まで続かない`,
    )
    .replace(NOT_TO_THE_END, `r${planEnds(catalog).last}まで`)
    // 計画期間の最後まで続く, 途中で終わる: the plan's last year, its period.
    .replace(SUBJECT_EDGE_ASKED, subjectEdgeAsWhen)
    // (それぞれの方向性の変化を教えて: each one's directions, as 方向性を教えて asks — probe 184 had searched 変化.)
    .replace(DIRECTIONS_CHANGE_ASKED, "方向性")
    .replace(PLAN_EDGE_SAID, planEdgeYear)
    // 最後まで続く事業: of the plan, the only end a project is listed to (it had searched 最後).
    .replace(TO_THE_END, `r${planEnds(catalog).last}まで`)
    // (まだ after まで — R7までまだ続く事業 — says no more than R7まで続く: probe 485 had read it as going on now.)
    .replace(/(?<=まで\s*(?:は|も)?\s*)まだ\s*(?=続|継続|載|残|やる|やって)/gu, "")
    // 今も続いてる事業: listed this year — past the plan, in its last year (the answer says so).
    .replace(STILL_GOING_LIST, () => {
      const current = fiscalYearOf(now) - REIWA_OFFSET;
      const { last } = planEnds(catalog);
      stillGoingPastPlan ||= current > last;
      return current > last ? `r${last}まで続いている` : `r${current}にも続いている`;
    })
    // 「完了したものも含めて」「縮小分も含む」: a direction said to be included as well widens nothing — every project is
    // asked, those of it too (probe 135: read as that direction alone, 1 of 5).
    .replace(INCLUDED_TOO, (said, later: string | undefined, direction: string, at: number, all: string) => {
      // (Beside another direction named — 「R4で縮小した事業を、完了済みも含めて」 — it is one of the two asked, the
      // direction alone; said to come later — 「R3に拡充した事業を、その後完了したものも含めて」 — or a kind of the one
      // named — 「拡充の事業…。臨時拡充も含めて」 — a part of them: review.)
      const others = [
        ...`${all.slice(0, at)} ${all.slice(at + said.length)}`.matchAll(DIRECTION_NAME_GLOBAL),
      ];
      const own = directionOf(direction);
      const part =
        later !== undefined ||
        others.some((o) => {
          const other = directionOf(o[0]);
          return other !== undefined && own !== undefined && isKindOf(own, other);
        });
      return others.length > 0 && !part ? ` ${direction} ` : " ";
    })
    // 継続中, 拡充中 at a word's end (7-5 継続中, 人事課で拡充中): the direction — 中 had kept it from being read (probe
    // 135: 7-5's every project, said to have no 継続).
    // (Not asked of one subject — 「…って継続中ですか？」 asks whether it still goes on, see STILL_RUNNING — only of a set:
    // 人事課の事業で継続中なのは？, R5で継続中なのはどれ？ — review and second read.)
    .replace(
      /(継続|拡充|縮小)中(?![\p{Script=Han}])(?=(\s*(?:です|でしょう|なの|なん|か|だよね|よね|[?？]))?)/gu,
      (said, word: string, asked: string | undefined, _: number, all: string) =>
        asked !== undefined && !OF_A_SET.test(all) ? said : word,
    )
    .replace(PART_WAY, "計画期間中に")
    // 7-7の事業ナンバー2, 7-2の番号17: a project's number.
    .replace(/(?:の\s*)?(?:事業\s*)?(?:ナンバー|番号)\s*(?=\d)/g, " no.")
    // 第7章4節, 7章4節: a policy, as the plan's chapter and section number it (probe 87).
    .replace(/第?\s*(\d{1,2})\s*章\s*第?\s*(\d{1,2})\s*節/g, "$1-$2")
    // 7-2#5から7-2#8まで: a run of one policy's projects, its policy said again at the far end.
    .replace(
      /(?<![\d-])(\d+-\d+)\s*(#|no\.?)\s*(\d+)\s*(から|〜|~|～)\s*\1\s*(?:#|no\.?)\s*(\d+)/g,
      "$1$2$3$4$2$5",
    )
    // 7-4の2つ目の取組: the policy's initiative of that place, by its code.
    .replace(
      /(?<![\d-])(\d+-\d+)(?![\d-])\s*の\s*(\d{1,2})\s*(?:つ目|番目|個目)\s*の\s*(?=取組|取り組み)/g,
      "$1-$2の",
    )
    // 令3, 5年度: the era left out (the plan's years are all 令和).
    .replace(/令(?!和)\s*(\d{1,2})(?![\d])(?:\s*年度?)?/g, "令和$1年度")
    // 「AとBとで」: the pair's second と, written, is the pair said as 「AとBで」 says it (probe 181: 「令和3年度と令和4年度
    // とで方向性の変わった事業」 had been either year, the whole plan). Only after a noun: 「…すること」 and あとで stay.
    .replace(
      /(と\s*[^\s、。！？!?と]{0,23}?[\p{Script=Han}\p{Script=Katakana}ー\dａ-ｚa-z])\s*と(?=\s*で(?!も|き|す|し))/gu,
      "$1",
    )
    // 令和3・4年度: two years of one era, each in full.
    .replace(/(令和|平成)\s*(\d{1,2})\s*[・、]\s*(\d{1,2})\s*(年度|年)/g, "$1$2$4・$1$3$4")
    // (Not a count of years: 3年度連続で, 2年度続けて, 2年度続いている, 2年度にわたって, 連続で2年度 — probe 160:
    // 「臨時拡充が2年度続いている事業」 had read 令和2年度, outside the plan — nor a span, 1年度分しか: probe 356.)
    .replace(
      /(?<![\d\-.a-z年和成]|(?:連続|続けて)(?:で|して)?\s*)(\d)\s*年度(?!\s*(?:連続|続[けいく]|にわた|分))/g,
      "令和$1年度",
    )
    .replace(/(?<![a-z])fy\s*(20\d{2})(?!\d)/g, "$1年度")
    // Kept as it was, 据え置き: the plan's 継続, read as its word wherever a direction is (probe 155: 『据え置き』 had
    // been a word the plan lacks, いいえ; R4に増やして、R5以降は据え置き is a change, then 継続).
    .replace(
      /据え置(き|く|いた|いて|かれ(?:る|た|て))/g,
      (_, form: string) => `継続${KEPT_AS_IT_WAS[form] ?? `さ${form.slice(1)}`}`,
    )
    // 継続じゃない年がある, 継続以外の年もある: some year not 継続, as 継続以外の年がある says (probe 154: read as never 継続,
    // then 年 searched, 0件).
    .replace(
      new RegExp(
        String.raw`(${DIRECTION_NAMES})\s*(?:じゃない|ではない|でない|以外の)\s*(年度?|時期|とき)\s*(?:が|の|も)(?=\s*(?:ある|あった|あり))`,
        "g",
      ),
      "$1以外の$2が",
    )
    // 23年度, 24年度: the Western year's last two digits, as staff say it (no 令和 year reaches 10; probe 155 had
    // dropped the year). 30 and 31 are the 平成 years they were, as the plan itself writes them (平成30年度に実施した調査;
    // review-53 M2 had found 2030 read); every other two digits 20XX (19年度 is 2019). Outside the plan either way, and
    // said so — review-55 H4: left unread, 「30年度まで続く事業」 had searched its words and answered 6 unrelated 該当.
    .replace(/(?<![\d\-.a-z年和成])(3[01])\s*年度(?!\s*(?:連続|続[けいく]|にわた))/g, "平成$1年度")
    .replace(/(?<![\d\-.a-z年和成])([1-9]\d)\s*年度(?!\s*(?:連続|続[けいく]|にわた))/g, "20$1年度")
    // 十七番目, 三番: a project's place in kanji numerals (not 一番, "most", unless 一番目).
    .replace(
      /(?<!\p{Script=Han})([一二三四五六七八九十]+)(?=\s*番(目?))/gu,
      (n: string, _: string, ordinal: string) => (n === "一" && ordinal === "" ? n : String(kanjiNumber(n))),
    )
    // 施策七の五: kanji numerals in a code marked as one.
    .replace(
      /(施策|取組|取り組み)\s*([一二三四五六七八九十]+(?:\s*[の\-ー]\s*[一二三四五六七八九十]+)+)/g,
      (_, mark: string, code: string) =>
        `${mark}${code.replace(/[一二三四五六七八九十]+/g, (n) => String(kanjiNumber(n)))}`,
    )
    // 七の七, 七の二の四: unmarked, when the first number is a chapter of the plan.
    .replace(
      /(?<!\p{Script=Han})([一二三四五六七八九十]+)(?:\s*[の\-ー]\s*[一二三四五六七八九十]+)+(?!\p{Script=Han})/gu,
      (whole: string, first: string) =>
        catalog.chapters.has(String(kanjiNumber(first)))
          ? whole.replace(/[一二三四五六七八九十]+/g, (n) => String(kanjiNumber(n)))
          : whole,
    )
    .replace(/(?<=\d)\s*ー\s*(?=\d)/g, "-")
    // (A ranking's top few said after its unit — 事業が多い課の上位3つ — as a count by unit, in a thread's line too: probe
    // 398's 「そのうち完了するのは？」 after it had searched 上位.)
    .replace(TOP_UNITS_AFTER, topUnitsAfter)
    // R.5: a dot after R.
    .replace(/(?<![a-z0-9])r\.\s*(?=\d)/g, "r")
    // 7.2.3: a code written with dots (three numbers; 施策7.2 with two).
    .replace(CODE_WITH_DOTS, (whole, chapter: string, rest: string) =>
      catalog.chapters.has(chapter) ? `${chapter}-${rest.replaceAll(".", "-")}` : whole,
    )
    .replace(CODE_WITH_NO, (whole, chapter: string, rest: string, at: number, all: string) => {
      if (!catalog.chapters.has(chapter)) return whole;
      const [policy, ...more] = rest.split("の");
      // 7の2の13番: a policy and a project's number, as 7-2の13番 is read.
      const numbered = more.length === 1 && /^\s*(?:番|号)/.test(all.slice(at + whole.length));
      return numbered ? `${chapter}-${policy}の${more[0]}` : `${chapter}-${[policy, ...more].join("-")}`;
    });
  const units = mendUnitTypos(withNameSeparators(normalized, catalog), catalog);
  const directions = mendDirectionTypos(units.text);
  const names = mendNameSlips(directions.text, catalog);
  const mended = withQuotedQuestionAsked(names.text);
  const slips = [...units.slips, ...directions.slips, ...names.slips];
  // The message as its writer corrected it, the asker's own unit named: what every reading below starts from.
  // (What it asks that the plan does not record — 予算はいくら, 昨年度の寄附額, 議会で何を言われた — is said so, never
  // searched nor read as a year: probe 88.)
  const recorded = withoutUnrecorded(ownUnit(withCorrections(mended), catalog));
  const corrected = recorded.text;
  const asked = askLast(corrected);
  const stripped = stripRegister(asked);
  const hasLetters = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const greetingOnly = hasLetters(normalized) && !hasLetters(stripped);
  const notJapanese =
    !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(normalized) &&
    (normalized.match(/[a-z]{2,}/g) ?? []).length >= 3;
  const about = recorded.unrecorded.length === 0 ? aboutMessage(stripped, normalized) : null;
  const help =
    recorded.unrecorded.length === 0 &&
    (/^(help|ヘルプ|使い方|つかいかた|\?)$/.test(stripped.trim()) || about === "usage");
  // A message that gives context before it asks (「予算要求の関係で確認です。令和5年度に完了予定の事業は？」):
  // when the asking clause carries conditions of its own and does not point back at the context, the
  // context is background, its years and words included — unless it names a code or a department the ask
  // does not (「7-4の事業について。令和5年度のものは？」 narrows 7-4). Otherwise the whole message is read.
  const both = bothYearsAsked(asked, catalog, now);
  const trailing = both ? null : trailingAsk(corrected, catalog, now);
  const parts = both ?? trailing?.first ?? readMessage(stripped, catalog, now);
  return {
    ...(trailing ? { also: trailing.also } : {}),
    question,
    truncated,
    help,
    about,
    greetingOnly,
    notJapanese,
    slips,
    stillGoingPastPlan,
    ...asWritten(parts, question),
    unrecorded: recorded.unrecorded,
    // A day or an hour counts only in the clause that asks — found before the casual endings are taken off,
    // which take its joint with them (「来週の係会で話が出そうなんだけど、…ってあったっけ？」 asks no day).
    // A question of a fiscal year (「来週の庁内会議で説明する必要があり、令和4年度に完了するものを」) is answerable:
    // the day is when one asks.
    dayLevel: parts.dayLevel && asksADay(askingClause(askLast(mended))) && parts.years.length === 0,
  };
}

/**
 * A direction quoted as the plan writes it (方向性「拡充」, 『完了』). Only quoted: 「完了と書いてあるのは？」 takes 新規完了 in
 * too, whose name has 完了 written in it (probes 170, 296, 299). Group: the direction.
 */
const AS_WRITTEN = new RegExp(String.raw`[「『"“]\s*(${DIRECTION_NAMES})\s*[」』"”]`, "g");

/**
 * The parts read with each direction quoted as the plan writes it (see AS_WRITTEN) meaning that word, not the kinds its
 * name is in — 「R4 方向性「拡充」」 is R4's 拡充 without its 臨時拡充, as 「「完了」と書かれている」 is 完了 without
 * 新規完了 (probe 314 had counted them in) — unless a kind is named too (「拡充」と臨時拡充).
 */
function asWritten(parts: Parts, question: string): Parts {
  const text = question.normalize("NFKC");
  const written = new Set([...text.matchAll(AS_WRITTEN)].map((m) => m[1] as Direction));
  if (written.size === 0) return parts;
  const named = new Set(text.match(DIRECTION_NAME_GLOBAL) ?? []);
  const narrowed = (ds: Direction[]) =>
    ds.filter((d) => named.has(d) || ![...written].some((w) => w !== d && ds.includes(w) && isKindOf(d, w)));
  return {
    ...parts,
    directions: narrowed(parts.directions),
    conditions: parts.conditions.map((c) => ({ ...c, directions: narrowed(c.directions) })),
    streaks: parts.streaks.map((s) => ({ ...s, directions: narrowed(s.directions) })),
    transitions: parts.transitions.map((t) => ({ from: narrowed(t.from), to: narrowed(t.to) })),
    edges: parts.edges.map((e) => ({ ...e, directions: narrowed(e.directions) })),
    ...(parts.when ? { when: narrowed(parts.when) } : {}),
  };
}

/** What is said to be written of a project's listing, not a word of its text: 方向性, 記載, a year. */
const NOT_A_WORD_WRITTEN = /^(?:方向性|記載|事業|計画|年度|(?:令和|r)\s*\d+.*|20\d\d.*)$/u;

/** A last sentence that adds to the ask: あと, それと, あわせて … も, with no request of its own or a bare one. */
const ADDS_TO_THE_ASK =
  /^\s*(?:あと|それと|それから|あわせて|併せて|合わせて|加えて|ついでに)\s*[、,]?\s*(.+?)\s*も\s*(?:お願いします|お願い|教えて(?:ください)?|ください)?\s*[。！？!?\n]*\s*$/;

/**
 * 「R5に完了する事業を教えて。あとR4に拡充の事業も」: a sentence trailing the ask that adds projects of its own
 * conditions (the union), when both sentences name conditions and no subject. Null otherwise.
 */
function trailingAsk(message: string, catalog: Catalog, now: Date): { first: Parts; also: Parts } | null {
  // (Typed without a stop, a space before あと ends the first ask: 「R3の臨時拡充何件 あとR4の完了も」, probe 125.)
  const sentences = sentencesOf(
    message.replace(/\s+(?=(?:あと|それと|それから|加えて|ついでに)\s*[、,]?\s*\S)/g, "。"),
  );
  const last = sentences.at(-1);
  const added = last === undefined || sentences.length < 2 ? null : ADDS_TO_THE_ASK.exec(last);
  if (!added) return null;
  const also = readClauses(stripRegister(added[1] as string), catalog, now);
  if (!isStructured(also) || also.hasFreeText) return null;
  const before = sentences.slice(0, -1).join("");
  const first = readMessage(stripRegister(askLast(before)), catalog, now);
  // Asks that differ only in their departments or codes are one list already (人事課の事業を教えて。あと市民課の事業も).
  const when = (p: Parts) => JSON.stringify([p.years, p.directions, p.conditions]);
  return isStructured(first) && !first.hasFreeText && when(first) !== when(also) ? { first, also } : null;
}

/**
 * 「令和4年度に完了する事業は？令和5年度に完了する事業は？」「…を教えてください。あわせて令和5年度に完了する事業もお願い
 * します。」: two asking sentences alike but for their years ask for the projects of either year — one list, as two
 * departments asked in turn already are. Null when the asks differ in anything else, or a sentence only states
 * (「R4の分は見ました。R5に完了する事業は？」 asks for R5 alone).
 */
function bothYearsAsked(message: string, catalog: Catalog, now: Date): Parts | null {
  const asking = askingSentences(message);
  // Cheaply first: two asks that each say a year (年, R4) at least — and no later one narrowing the one before
  // (「…は何件？そのうちR4も臨時拡充のものは？」: both years, not either).
  if (asking.filter((s) => /年|r\s*\d/.test(s)).length < 2) return null;
  if (asking.slice(1).some((s) => NARROWS.test(s))) return null;
  const read = asking.map((s) => readClauses(stripRegister(s), catalog, now));
  if (read.some((p) => p.years.length === 0 || p.hasFreeText || !isStructured(p))) return null;
  const apartFromYears = (p: Parts) => JSON.stringify({ ...p, years: [], freeText: "" });
  if (new Set(read.map(apartFromYears)).size !== 1) return null;
  const years = [...new Set(read.flatMap((p) => p.years))].sort();
  const [first] = read;
  return first && years.length > 1 ? { ...first, years } : null;
}

/** The unit just named, said again without its name: 同課, 同部署, 同チーム, 当該課, 当課 (written Japanese) — not 担当課. */
// (And 同チーム, 同室: probe 407 had searched 同チーム beside DX推進チーム.)
const SAME_UNIT_SAID = /(?<![\p{Script=Han}])(?:同|当該|当)(?:課|部署|室|チーム)(?![\p{Script=Han}ー])/u;

/** The parts of a message: of the asking clause, the context before it, or both (see understand()). */
function readMessage(stripped: string, catalog: Catalog, now: Date): Parts {
  // A unit named as someone one deals with (「明日人事課と打ち合わせがあるので、」「政策企画課に提出するので、」) is
  // no condition when the message, without it, still asks for something: it is background, and the answer says so.
  // When what is asked is then a search, the unit's stem stays in it, a word of the context.
  const met = withoutParticipants(stripped, catalog);
  // (「人権・男女共生課との打ち合わせの前に、同課の事業を一覧で」: 同課 is the one unit named before it — probe 171 had left
  // 同課 unread and searched the message's words.)
  const [onlyUnit] = met.units;
  // (Named before it: 「当課が担当している…担当課が人権・男女共生課となっている事業」 names the unit after, as the ask.)
  const unitAt = onlyUnit === undefined ? -1 : stripped.indexOf(onlyUnit);
  const sameUnitAt = stripped.search(SAME_UNIT_SAID);
  // 同課 said after a unit named as the subject, not as someone one deals with (「財産活用課の所管事業について、…質問が
  // ありました。同課の事業のうち、令和7年度まで続くものを」): the one unit named before it — probe 348 had left 同課
  // unread, and the context's words had narrowed the unit's six to one.
  const subjectUnit =
    met.units.length === 0 && sameUnitAt > 0 ? unitNamedBefore(stripped, sameUnitAt, catalog) : null;
  const background =
    met.units.length === 1 && onlyUnit !== undefined && unitAt >= 0 && unitAt < sameUnitAt
      ? { ...met, text: met.text.replace(SAME_UNIT_SAID, onlyUnit) }
      : met;
  if (subjectUnit !== null) return readClauses(stripped.replace(SAME_UNIT_SAID, subjectUnit), catalog, now);
  // 「財産活用課から電話きたんだけど、何してる課？」: what the one unit named does is asked — its projects, not the
  // call's words (probe 329 had searched 電話, 0件).
  if (onlyUnit !== undefined && met.units.length === 1 && WHAT_THE_UNIT_DOES.test(stripped))
    return readClauses(`${onlyUnit}の事業は？`, catalog, now);
  if (background.units.length > 0) {
    let parts = readClauses(background.text, catalog, now);
    if (!isStructured(parts) && parts.hasFreeText)
      parts = readClauses(withoutParticipants(stripped, catalog, true).text, catalog, now);
    if (isStructured(parts) || parts.hasFreeText)
      return { ...parts, backgroundUnits: background.units.filter((u) => !parts.departments.includes(u)) };
  }
  return readClauses(stripped, catalog, now);
}

/** A unit's share (see UNITS_SHARE) where a department was taken out (a space). */
const SHARE_LEFT = new RegExp(String.raw`(?<=\s)${UNITS_SHARE}`, "gu");
/**
 * A run of four kanji or more, which may be part of a department's name: two words of it at least (魅力発信), never
 * one word that many texts use (システム of 情報システム) — up to a 分 that ends the run (市民協働分, the unit's share).
 */
const STEM_PART = /(\p{Script=Han}{4,}?)(?:(?=分(?!\p{Script=Han}))|(?!\p{Script=Han}))/gu;
/**
 * Two or three kanji said as who owns the projects (企画が持ってる, 企画さんの事業, 発信が担当している): part of a
 * department's stem only then — 「相談の事業」 asks about consultations, not 市民生活相談課.
 */
const SHORT_STEM_PART =
  /(?<!\p{Script=Han})(\p{Script=Han}{2,3})(?=\s*(?:さん|が\s*(?:担当|所管|やって|持って|実施|抱えて)))/gu;

/** A polite sentence end, then one space before more text: where an unpunctuated message's sentence ends. */
const SENTENCE_END_SPACED = /(です|ます|でした|ました|ません|ございます)[ \u3000](?=[^\s。、！？!?])/g;
/**
 * A chat sentence's end before a space: an emoji or a kaomoji's face (今日暑いね〜🥵 そういえば…), or a long 〜 after a
 * sentence-final particle (了解〜 じゃあ…, 暑いね〜 ところで…) — the sentence ends there, as 。 would say (probe 92: the
 * small talk had been read as part of the ask, its 今日 as a question of a day).
 */
const CHAT_END_SPACED =
  /(?:(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+|(?<=[ねよなわかさ解])[〜~ー]+)[ \u3000]+(?=[^\s。、！？!?])/gu;
/**
 * A particle or an ending typed as a word of its own (R7 まで 続く, その課 の 他の 事業 は？, 臨時拡充 は 除く): Japanese
 * writes no space around it, and staff who learnt Japanese as a second language or type on a phone put one there
 * (probe 85: each such message had been read otherwise than typed without the spaces). Spaces between words of
 * content stay: 「跡地 広場 整備」 is three words asked, and a voice input's 「…作っておりまして あのー 亡くなった…」
 * breaks there.
 */
const FUNCTION_WORD =
  /^(?:の|は|が|を|に|で|と|も|へ|や|か|から|まで|より|って|という|など|だけ|のみ|する|した|して|します|しました|している|してる|です|ます|でした|ました|ですか|ますか|だ|だっけ|なの|ある|あります|ない|ありません|いる|以降|以外|以前|のうち|うち|ごと|について)[？?。、！!]*$/;

/** A message as understanding reads it, before anything else: its sentence ends said, its particles unspaced. */
export function withoutWordSpaces(text: string): string {
  const parts = text
    .replace(SENTENCE_END_SPACED, "$1。")
    .replace(CHAT_END_SPACED, "。")
    .split(/([ \u3000]+)/);
  if (parts.length < 3) return parts.join("");
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const before = parts[i - 1] ?? "";
      const after = parts[i + 1] ?? "";
      const joins =
        before !== "" && after !== "" && (FUNCTION_WORD.test(before) || FUNCTION_WORD.test(after));
      return joins ? "" : part;
    })
    .join("");
}

/** A follow-up narrowing the list before it, on a line of its own (…\nその中でR3で完了するのは？). */
const NARROWED_AFTER = /\n\s*(?:じゃあ\s*[、,]?\s*)?(?:その|この)\s*(?:うち|中で|なかで)/;

/**
 * A direction a year changes into (R6で縮小に変わる, R5からR6で縮小に変わる事業): that direction that year, and another (or
 * none) the year before — not every project of that direction that year, which may have had it all along (probe 83).
 * Groups: the year before, when said (1), the year (2), the direction (3).
 */
const CHANGES_INTO = new RegExp(
  String.raw`(?:(${ANY_YEAR})\s*から\s*)?(${ANY_YEAR})\s*(?:で|に|には|では|から)?\s*(?:方向性\s*が\s*)?(${DIRECTION_NAMES})\s*(?:に|へ)\s*(?:変わる|変わった|変わります|変わって|変化|変更|切り(?:替|か)わ(?:る|った|って(?:いる|る)?|り)?)`,
  "gi",
);
/**
 * CHANGES_INTO's reading, as the plan's conditions say it: 「r5は縮小以外で、r6は縮小」 — or only 「r4は継続」 when the
 * message has said a direction before it (R3に拡充で、R4に継続へ切り替わる: what it changes from is said already — probe
 * 264 had read both years as either, 20 for 14).
 */
const changesInto =
  (first: number) =>
  (
    whole: string,
    before: string | undefined,
    year: string,
    direction: string,
    offset: number,
    text: string,
  ): string => {
    const to = reiwaOf(year);
    const from = before === undefined ? to - 1 : reiwaOf(before);
    if (from < first) return whole;
    return before === undefined && NAMES_A_DIRECTION.test(text.slice(0, offset))
      ? `r${to}は${direction}`
      : `r${from}は${direction}以外で、r${to}は${direction}`;
  };
const NAMES_A_DIRECTION = new RegExp(DIRECTION_NAMES);

/** A direction said with the verb that started it: 新規で始まって, 新規としてスタートした. */
const DIRECTION_STARTED = new RegExp(
  String.raw`(?:${DIRECTION_NAMES})\s*(?:で|として|から)?\s*(?:始ま|はじま|スタートし|開始し)(?:って|った|り|る)?`,
  "g",
);

/**
 * A direction said to have started, and then (て) what follows: 新規で始まって, 新しく始まって、 — right before a year with
 * a direction of its own. Group: the direction named (none for 新しく, 新たに: 新規).
 */
const STARTED_THEN = new RegExp(
  String.raw`(?:(${DIRECTION_NAMES})\s*(?:で|として|から)?|新しく|新たに)\s*(?:始ま|はじま)って\s*[、,]?\s*(?:から\s*[、,]?\s*)?$`,
);

/** Going on said right after a year's direction denied: 続いている, 続く, 継続している. */
const GOES_ON_AFTER = /^\s*(?:に|で|て)?\s*(?:続|継続し)/u;
/** Words that deny or leave something out: ない, なく, 以外, 除く, 外す, 抜く. */
const DENIED_OR_LEFT_OUT = /な[いく]|ません|以外|除|のぞ|外し|外す|抜い|抜く/;
/**
 * A direction said, then denied or left out within its clause (継続ではないもの, 臨時拡充は除いて) — not a unit or a code
 * left out elsewhere in the message (政策企画課じゃない課で、拡充の事業でR7まで載ってる: probe 366 had read R7's 拡充, 0件).
 */
const DIRECTION_DENIED = new RegExp(
  String.raw`(?:${DIRECTION_NAMES})[^、,。？?！!\n]{0,10}?(?:${DENIED_OR_LEFT_OUT.source})`,
);

/**
 * A year said bare, as a list's (令和4年度の事業, r6以降のもの, 2024年度からのやつ): the year the list is listed in, or its
 * range. Groups: the year (1), the range (2).
 */
const YEAR_SAID_BARE = new RegExp(
  String.raw`(${ANY_YEAR})\s*(以降|以後|から|まで)?\s*の(?=\s*(?:事業|もの|やつ|一覧|うち|中))`,
  "g",
);

/** The condition that a project is listed in a year, in any direction (its 方向性 has an entry there). */
const listedIn = (year: YearKey): Parts["conditions"][number] => ({
  year,
  directions: [...DIRECTION_WORDS],
  holds: true,
});

/**
 * The city itself, said before a particle (茨木市の, 茨木市役所の, 本市で, うちの市では, いばらき市が): not a part of a name
 * the plan has (茨木市男女共同参画計画, 茨木市地域コミュニティ基本指針), which no particle follows.
 */
const CITY_ITSELF =
  /(?:茨木市役所|茨木市|いばらき市|イバラキ市|茨木|本市|当市|うちの市|我が市|わが市)\s*(?=の|で|が|は|として|には|では|にも|も|[、,])/gu;

/** The city said as the one doing (茨木市でもやってる, 本市で実施している, うちの市は取り組んでる). */
const CITY_DOING =
  /(?:茨木市|いばらき市|イバラキ市|本市|当市|うちの市|我が市|わが市)\s*(?:(?:で|は|って|として)\s*)?(?:も\s*)?(?=(?:(?:何か|なにか|なんか)\s*)?(?:やって|やる|取り?組んで|取り?組む|実施して|実施する|して(?:い|お)?(?:る|ます)|対応して))/gu;

/** A plain direction (通常の拡充) said to be left out: 拡充は除く, 拡充を含まない. Group 1: the direction on. */
const PLAIN_LEFT_OUT =
  /(?:通常|普通|ふつう|ただ)\s*の\s*((?:拡充|継続|完了|新規)\s*(?:は|を)?\s*(?:除く|除いて|除き|のぞく|以外|含まない|含めない|含めず))/g;

/** A direction or its verb said first (完了する事業のうち…): what years said before it are that direction's. */
const STARTS_WITH_DIRECTION = new RegExp(String.raw`^\s*(?:${DIRECTION_VERBS})`);

/** A kind of a direction left out in brackets after it: （臨時拡充は除く）, (新規完了を除いて). Group 1: the kind. */
const KIND_LEFT_OUT = new RegExp(
  String.raw`[（(]\s*(${DIRECTION_NAMES})\s*(?:は|を)?\s*(?:除く|除いて|除き|のぞく|含まない|含めない|以外)\s*[）)]`,
  "g",
);

/** Two directions, the second said of the projects the first names (新規の事業のうち、すでに完了した). Groups: each. */
const DIRECTIONS_NARROWED = new RegExp(
  String.raw`(${DIRECTION_NAMES})[^。？?！!\n]{0,12}?(?:のうち|の中で|の中から|の中の|のなかで)\s*[、,]?\s*(?:すでに|既に|もう|その後|のちに|後に)?\s*(${DIRECTION_NAMES})(?![^。？?]{0,6}?(?:ない|なかった|以外|除|のぞ))`,
);

/**
 * A direction, then a year's other direction said of the projects it names (新規事業のうちR4に完了するもの, 拡充の中で
 * 令和5年度に縮小するもの; 新規事業を教えて, then そのうち…, as a thread reads a narrowing). Groups: each direction; the year
 * stays after what is matched.
 */
const DIRECTION_THEN_YEARS = new RegExp(
  String.raw`(${DIRECTION_NAMES})[^。？?！!\n、,]{0,12}?(?:のうち|の中で|の中から|の中の|のなかで|[。？?！!\n]\s*(?:そのうち|その中で|その中から|このうち|この中で))\s*[、,]?\s*(?=(?:(?:令和|r)\s*\d|20\d\d)[^。？?！!\n]{0,10}?(${DIRECTION_NAMES})(?![^。？?]{0,6}?(?:ない|なかった|以外|除|のぞ)))`,
);

/** A direction said to be included as well: 完了したものも含めて, 縮小の分も含む, 完了済みのも込みで. */
const INCLUDED_TOO = new RegExp(
  // (Not a kind of a direction said within its brackets: 拡充（臨時拡充も含めて）.)
  String.raw`(?<![（(]\s*|\p{Script=Han})(その後\s*|のちに\s*|後に\s*)?(${DIRECTION_NAMES}|終わった|終了した)\s*(?:した|して(?:い)?る|済み|の分|分)?\s*(?:もの|事業|やつ|の)?\s*(?:も|まで)\s*(?:含めて|含めた|含む|含んで|込みで|込み|入れて)`,
  "gu",
);

/** The plan's first and last fiscal years, as Reiwa numbers (3 and 7). */
export function planEnds(catalog: Catalog): { first: number; last: number } {
  const years = catalog.years.map((y) => Number(y.slice(1)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * A year's start, then もう終わった (see its use): group 1 the year's start, with what follows it up to もう — no other year
 * (R3に新規で始まってR4でもう完了 names the year it ends).
 */
const ENDED_SINCE_START =
  /((?:r\s*\d{1,2}|令和\s*\d{1,2}\s*年度?)\s*(?:に|で|から)?\s*(?:新規|(?:始ま|はじま)(?:った|って|り)|(?:始め|はじめ)(?:た|て)|スタートし(?:た|て))(?:(?!r\s*\d|令和\s*\d|20\d\d)[^、。?？]){0,12}?)\s*(?:で|、|,)?\s*(?:もう|既に|すでに)\s*(?:終わ|おわ|完了し|終了し)(?:った|って(?:い)?る|った|た|て(?:い)?る)/gu;

/** A narrowing said first (そのうち, その中で, このうち): what follows narrows the list the context asks for. */
const NARROWING_OPENER = new RegExp(`^\\s*(?:あ[、,]\\s*)?(?:${NARROWING}|その中|この中|そのなか)`);

/** 一番 said first, then what is counted and が 多い or 少ない: groups, the ranking word, what is counted, the count. */
const RANKING_WORD_FIRST =
  /(一番|いちばん|最も|もっとも)\s*([^、。？?\s]{2,30}?(?:事業|もの|取組|取り組み)\s*(?:が|の\s*数\s*が|数\s*が))\s*(多い|少ない)/gu;

/** A project picked from a list by its place (最初の, 2番目, 3つ目, 一番上, 前者): no subject of its own. */
const PICKED_BY_PLACE = /最初|最後|番目|つ目|個目|件目|一番|いちばん|前者|後者/;

/** Why one asks, said in a clause of its own before the ask: …つかみたいので、…確認したく、…準備のため、 (see readClauses). */
const REASON_CLAUSE = new RegExp(
  String.raw`(?<=^|[。！？!?\n])[^。？?！!\n、,]*?${REASON_SAID}\s*[、,]\s*`,
  "u",
);

/** Whether a reading asks something of the plan's structure: a condition, or a breakdown (by unit, policy, year…). */
const shaped = (p: Parts): boolean =>
  isStructured(p) || p.byDepartment || p.byPolicy || p.byInitiative || p.byDirection || p.byYear;

/** A message read as its asking clause and the context before it. */
function readClauses(stripped: string, catalog: Catalog, now: Date): Parts {
  const whole = readParts(stripped, catalog, now);
  // 「計画の全体像をつかみたいので、担当している事業が一番多い課はどこかと…」: why one asks, said in a clause before an
  // ask that reads whole without it (a unit, code, year or ranking, no word left to search) — the clause's words are no
  // subject (probe 472: 全体像 had been searched, 0件). A reason that names the subject (紙を減らしたいので、何かある？)
  // leaves the rest with nothing structured, and stays.
  // (Not a clause that names a unit, code or year itself — 「施策7-2の事業は別途把握しているので、それ以外の…」 says what
  // to leave out — nor one that names projects: 「公共施設の…に関わる事業を一通り確認したいので、」 is what is listed.)
  const reason = shaped(whole) && whole.hasFreeText ? REASON_CLAUSE.exec(stripped) : null;
  if (reason && !/事業|取組|取り組み/.test(reason[0]) && !shaped(readParts(reason[0], catalog, now))) {
    const rest = readClauses(
      stripped.slice(0, reason.index) + stripped.slice(reason.index + reason[0].length),
      catalog,
      now,
    );
    if (shaped(rest) && !rest.hasFreeText) return rest;
  }
  const ask = askingClause(stripped);
  if (ask === stripped.trim()) return whole;
  const askParts = readParts(ask, catalog, now);
  // 「…令和5年度に完了する事業を確認したいです。一覧で教えていただけますか。」: an ask only for the list leaves what
  // to list to the sentence before it, which is read as the message (its own occasion, 市長の記者会見の準備で、, then
  // background).
  const context = stripped.slice(0, stripped.lastIndexOf(ask));
  // The context read as a message of its own: several readings below may want it, each at most once.
  let contextRead: Parts | undefined;
  const readContext = () => {
    contextRead ??= readClauses(context, catalog, now);
    return contextRead;
  };
  // 「…の事業は何件？そのうち臨時拡充があるのは？」「…知りたいです。令和4年度に完了したものに絞ってください。」: an ask
  // that says it narrows the one before (そのうち, に絞って, に限ります, だけで大丈夫) keeps both: the message is read whole.
  // 「地域自治に関する質問への答弁準備のため、施策7-6の事業を一覧で」 then 「そのうちWi-Fi関係は？」: a narrowing by words
  // alone searches its own words within what the context, read alone, lists — not the context's occasion too (probe
  // 348: 地域 and 自治 had been searched beside Wi-Fi, and the four of 7-6 listed as related).
  // (Not a pick or a field of the list, nor the asker's own unit: 「その中の最初に出てきたやつの内容を」「そのうちうちの
  // 課のは？」 name no subject.)
  if (
    NARROWING_OPENER.test(ask) &&
    context.trim() &&
    askParts.hasFreeText &&
    !isStructured(askParts) &&
    isStructured(whole) &&
    !asksOnlyFields(askParts.freeText) &&
    !PICKED_BY_PLACE.test(ask) &&
    ask.search(OWN_UNIT) < 0
  ) {
    const before = readContext();
    if (isStructured(before) && !before.hasFreeText) return { ...whole, freeText: askParts.freeText };
  }
  if (NARROWS.test(ask) && context.trim() && isStructured(whole) && isStructured(askParts)) {
    // The sentence narrowed is read with its own context: an occasion before it (広報誌の特集で使います。) says why
    // one asks, and its words are no subject when that sentence, read so, has none.
    const before = readContext();
    const both = bothDirections(before, askParts, catalog);
    if (both) return { ...whole, ...both };
    // 「R6とR7で載ってる事業」 then 「そのうちR6に載っててR7にないのは？」: a list of years listed in, narrowed by conditions of
    // each of those years — the narrowing's conditions are the list's, of the units and codes before (probe 428: both
    // years' listing and R7's absence had been asked at once, 0件).
    if (
      askParts.conditions.length > 0 &&
      before.directions.length + before.conditions.length + before.absentDirections.length === 0 &&
      before.years.length > 0 &&
      before.years.every((y) => askParts.conditions.some((c) => c.year === y))
    )
      return {
        ...askParts,
        codes: [...before.codes, ...askParts.codes.filter((c) => !before.codes.some((b) => sameCode(b, c)))],
        departments: [...new Set([...before.departments, ...askParts.departments])],
      };
    // 「ずっと継続の事業って何件？」 then 「そのうちR7まで載ってるのは？」: every listed year kept to its direction, and
    // listed in the years the narrowing names — not that direction in those years alone (probe 83: 23 for 5).
    if (
      before.throughout &&
      before.years.length === 0 &&
      askParts.years.length > 0 &&
      askParts.directions.length === 0
    )
      return {
        ...whole,
        years: [],
        conditions: [...whole.conditions, ...askParts.years.map(listedIn)],
      };
    // (A department or code the sentence narrowed names when read alone is kept, though the message read whole
    // loses it: 「人権関係の事業ってどれ？そのうちR4に完了するのは？」 is 人権・男女共生課's, probe 78.)
    // (One of several codes or units named before, named again in the narrowing — 「7-3と7-7の事業」 then 「そのうち
    // 7-7の事業だけ」 — is that one alone: probe 84.)
    const narrowsCodes =
      askParts.codes.length > 0 &&
      askParts.codes.every((a) => before.codes.some((b) => sameCode(a, b) || inside(a, b)));
    const narrowsUnits =
      askParts.departments.length > 0 &&
      askParts.departments.length < before.departments.length &&
      askParts.departments.every((d) => before.departments.includes(d));
    const named = {
      ...whole,
      codes: narrowsCodes
        ? askParts.codes
        : [...whole.codes, ...before.codes.filter((c) => !whole.codes.some((w) => sameCode(c, w)))],
      // (So is one the narrowing names read alone: 「R4 完了」 then 「そのうち人権」 is 人権・男女共生課's — probe 349 had
      // dropped it, and listed the seven again.)
      departments: narrowsUnits
        ? askParts.departments
        : [
            ...new Set([
              ...whole.departments,
              ...before.departments,
              ...askParts.departments.filter((d) => !whole.excludedDepartments.includes(d)),
            ]),
          ],
    };
    if (isStructured(before) && !before.hasFreeText && !askParts.hasFreeText)
      return { ...named, freeText: askParts.freeText, hasFreeText: false };
    return named;
  }
  // 「R4に拡充の事業。臨時拡充は除く。」: an ask that only takes away narrows the sentence before it, read as the
  // message — its years kept (they were lost when the ask alone was read).
  if (askParts.leavesOutOnly && context.trim()) {
    const before = readContext();
    if (isStructured(before)) {
      const narrowed = withContextNarrowing(before, askParts);
      const kept = (d: Direction) => askParts.directions.length === 0 || askParts.directions.includes(d);
      // A kind of a direction asked before (臨時拡充 of 拡充) is left out of that direction, as 「拡充（臨時拡充は
      // 除く）」 says in one sentence — not of every year.
      const ofAsked = askParts.absentDirections.filter((d) => before.directions.includes(d));
      const directions = (
        before.directions.length === 0 ? askParts.directions : before.directions.filter(kept)
      ).filter((d) => !ofAsked.includes(d));
      return {
        ...narrowed,
        directions,
        absentDirections: narrowed.absentDirections.filter((d) => !ofAsked.includes(d)),
      };
    }
  }
  // 「監査対応で、令和5年度に完了となる事業を洗い出しています。該当する事業の一覧をいただけますか。」: an ask that
  // points back at a context which, read with its own occasion (監査対応で、) left out, is conditions alone.
  // So is an ask that names nothing at all (「…を洗い出したいので、該当するものを教えて」).
  // (An ask with letters leaves a shorter context, so its reading ends.)
  // (Not an ask that narrows by a subject of its own: 「施策7-3の事業」 then 「そのうち研修のやつは？」 asks for 研修.)
  const namesNothing = !askParts.hasFreeText && /[\p{L}\p{N}]/u.test(ask);
  const narrowsBySubject = NARROWS.test(ask) && askParts.hasFreeText;
  if (
    !isStructured(askParts) &&
    context.trim() &&
    ((pointsBack(ask) && isStructured(whole) && !narrowsBySubject) || namesNothing)
  ) {
    const before = readContext();
    if (isStructured(before) && !before.hasFreeText) return byUnitAsked(before);
  }
  if (askParts.everything && !isStructured(askParts) && context.trim() && isStructured(whole)) {
    const before = readContext();
    if (isStructured(before)) {
      // 「情報システム課の事業について、来週の会議で説明するため、一覧で」: the occasion the context ends with says why
      // one asks — its words are no subject, when it adds nothing exact to what is listed.
      const bare = withoutOccasion(context);
      const plain = bare === context ? undefined : readClauses(bare, catalog, now);
      return byUnitAsked(plain && conditionsOf(plain) === conditionsOf(before) ? plain : before);
    }
  }
  // 「計画の中でWi-Fiの整備に関わる事業はどれがございますでしょうか。一覧で拝見できれば幸いです。」: a context that is
  // itself the question, the ask only the shape of its answer — the question read as the message (probe 171 had listed
  // the plan's 44).
  if (askParts.everything && !isStructured(askParts) && ASKED_ALREADY.test(context) && asksOnlyAList(ask)) {
    const asked = readClauses(context, catalog, now);
    if (isStructured(asked) || asked.hasFreeText) return { ...asked, everything: true };
  }
  return readMessageParts(whole, ask, askParts, context);

  /** The context's reading, counted by department when the ask says so (7-2の事業 / 担当課ごとに多い順で). */
  function byUnitAsked(parts: Parts): Parts {
    const byDepartment = askParts.byDepartment && parts.departments.length === 0;
    const byPolicy = askParts.byPolicy && parts.codes.length === 0;
    const byInitiative = askParts.byInitiative;
    const byDirection = askParts.byDirection;
    const byYear = askParts.byYear;
    return byDepartment || byPolicy || byInitiative || byDirection || byYear
      ? {
          ...parts,
          byDepartment: byDepartment || parts.byDepartment,
          byPolicy: byPolicy || parts.byPolicy,
          byInitiative: byInitiative || parts.byInitiative,
          byDirection: byDirection || parts.byDirection,
          byYear: byYear || parts.byYear,
        }
      : parts;
  }
}

/**
 * 「臨時拡充の事業を教えて」 then 「そのうちR4で完了するのは？」: two directions, each said in its own sentence of its
 * own years (none: any year of the plan), must both hold — not either in the years the message names. When the
 * ask's direction is a kind of the one before (「拡充の事業」 then 「そのうち臨時拡充のもの」), it is the narrower one.
 */
function bothDirections(before: Parts, ask: Parts, catalog: Catalog): Partial<Parts> | null {
  if (before.directions.length === 0 || ask.directions.length === 0) return null;
  if (before.throughout || ask.throughout) return null;
  const inBefore = ask.directions.filter((d) => before.directions.includes(d));
  if (inBefore.length === ask.directions.length && inBefore.length < before.directions.length)
    return { directions: ask.directions };
  if (inBefore.length > 0) return null;
  const { first, last } = planEnds(catalog);
  const held = (p: Parts): Parts["conditions"][number] => {
    const years = p.years.length > 0 ? [...p.years].sort() : [`R${first}` as YearKey, `R${last}` as YearKey];
    const [from, to] = [years[0] as YearKey, years[years.length - 1] as YearKey];
    return { year: from, ...(to !== from ? { until: to } : {}), directions: p.directions, holds: true };
  };
  return {
    years: [],
    directions: [],
    conditions: [...before.conditions, ...ask.conditions, held(before), held(ask)],
  };
}

/** A reading's conditions, its words left out: two readings that list the same projects by them compare equal. */
const conditionsOf = (p: Parts) =>
  JSON.stringify({
    ...p,
    freeText: "",
    hasFreeText: false,
    dayLevel: false,
    when: undefined,
    backgroundUnits: [],
  });

/**
 * Whether two messages are read alike: the same conditions, units, codes and shapes, neither with words to search — what
 * one says beyond the other changes nothing of the answer.
 */
export function readAlike(one: Understanding, other: Understanding): boolean {
  const said = (u: Understanding) =>
    JSON.stringify({ ...u, question: "", freeText: "", truncated: false, slips: [] });
  return !one.hasFreeText && !other.hasFreeText && said(one) === said(other);
}

/** A context that ends on a question of its own (…はどれがございますでしょうか。, …ある？): what the message asks. */
const ASKED_ALREADY = /(?:か|[?？])\s*[。．.]?\s*$/u;
/** An ask for a list's shape alone (一覧で, リストで, 表にして) — not a count of it (あと何件かも). */
const asksOnlyAList = (ask: string) => /一覧|リスト|表|箇条書き/.test(ask) && !/何件|いくつ|数/.test(ask);

/**
 * Projects named by what they do or what they are of, in a clause ending with them (…を整備している事業を, …する取組に
 * ついて, …を見直す事業が, Wi-Fiの事業を, 公共施設の維持管理に関わる事業を: probe 245's 「…に関わる事業を一通り確認
 * したいので、一覧をいただけますか。」 had listed the plan's 44) — not a unit's (広報課の事業を一覧で: a department the plan may
 * lack, said so), nor the plan's own (計画の事業, 全部の事業).
 */
const NAMES_PROJECTS_BY_DOING =
  /(?:(?:して(?:いる|る)|する|した)|を[^。、？?]{0,15}?\p{Script=Hiragana}|[\p{Script=Han}\p{Script=Katakana}a-zA-Z](?<![課部局室係市]|計画|全部|全体|全て|章|基盤|他)\s*(?:の|に(?:関わる|かかわる|関する|関係する|係る)|関係の|関連の))\s*(?:事業|取組|取り組み)\s*(?:を|が|は|について|に|ので|[、,。]|$)/u;

/** Whether two codes are the same code. */
const sameCode = (a: CodeRef, b: CodeRef) => JSON.stringify(a) === JSON.stringify(b);

/** readMessage's reading of a message with a context: `whole` read all through, `askParts` its asking clause. */
function readMessageParts(whole: Parts, ask: string, askParts: Parts, context: string): Parts {
  // 「住民から施設予約システムのことを聞かれた。担当は資産活用課？」「LGBTの…相談窓口について聞かれました。人権課の事業で
  // 合ってますか？」: an ask that only offers a unit to be confirmed is of the subject the context names — the whole
  // message read, the unit checked against it (probe 429 had listed the unit's projects, the subject dropped).
  if (
    offersOnlyAUnit(ask) &&
    whole.hasFreeText &&
    !askParts.hasFreeText &&
    askParts.departments.length > 0 &&
    askParts.codes.length +
      askParts.years.length +
      askParts.directions.length +
      askParts.conditions.length ===
      0 &&
    /[\p{Script=Han}\p{Script=Katakana}a-zA-Z]/u.test(context)
  )
    return whole;
  // An ask that points back (その事業の…) or asks only for the fields of what the context names (「…出張サポートを
  // お願いしたいと考えています。担当されている課と、令和4年度以降の方針を」) reads the whole message, the context
  // searched as the subject (see answer.ts) — with the ask's own years when it names some: a year in the context
  // beside them (来年度の体制を検討しております) is when one works.
  // So does an ask whether something is listed (「令和5年度以降も計画に載っているか確認したいです」): of the project
  // the context names.
  // So does a yes or no after a context that says a project exists (「民間シェルターへの補助を行う事業があると聞きました
  // が、令和5年度以降も継続する予定でしょうか」): of that project — probe 323 had listed the 29 continuing then.
  if (
    pointsBack(ask) ||
    asksOfContext(askParts, whole) ||
    (whole.hasFreeText && asksWhetherListed(ask)) ||
    (whole.hasFreeText && saysThereIsAProject(context) && asksYesOrNo(ask))
  )
    return askParts.years.length > 0 ? { ...whole, years: askParts.years } : whole;
  // The same codes and departments named; names the rest of the message leaves out (「…の事業を教えてください。
  // 人事課と情報システム課のものは除いて」) narrow the ask, see withContextNarrowing.
  const named = (p: Parts) => [p.codes, p.departments];
  const leftOut = (p: Parts) => [...p.excludedDepartments, ...p.excludedCodes];
  const sameSubjects =
    JSON.stringify(named(whole)) === JSON.stringify(named(askParts)) &&
    leftOut(askParts).every((n) => leftOut(whole).includes(n));
  // 「議会答弁で件数を答える必要がありまして。…全部で何件ありますでしょうか」: the whole list, asked for.
  // (Not when the context names what to list: 「人事課の事業について。一覧をください。」 is 人事課's list.)
  // (Nor when it names projects by what they do: 「…Wi-Fiを整備したり貸し出したりしている事業をすべて洗い出したいです。
  // お手数ですが一覧でいただけますか。」 lists those.)
  // (But 「議員より「…」について質問がありました。関連する事業を一覧で」 lists what bears on the member's subject.)
  if (askParts.everything && !isStructured(whole) && !NAMES_PROJECTS_BY_DOING.test(context))
    return asksForRelated(ask, context) && whole.hasFreeText ? whole : askParts;
  if (isStructured(askParts) && sameSubjects) {
    // A context that itself asks for a direction (「令和4年度に完了する事業を教えてください。人事課の分だけで」)
    // keeps its years and directions where the ask names none; a year in a preamble without one does not.
    const contextAsks =
      whole.directions.length > 0 && askParts.years.length + askParts.directions.length === 0;
    const read = contextAsks ? { ...askParts, years: whole.years, directions: whole.directions } : askParts;
    return withContextNarrowing(read, whole);
  }
  if (isStructured(askParts) && !askParts.hasFreeText) {
    // The context names a code or a department the ask does not (「7-4の事業について。令和5年度のものは？」
    // 「市民協働推進課です。議会資料の関係で、令和3年度に新規完了の事業を」): the ask, within those names — the
    // context's other words (議会資料) are why one asks, not what.
    // (And with the ask's own names: the whole message may read one otherwise — 「人権関係の事業は何件？」 has a ？
    // after the part that names 人権・男女共生課 when read alone.)
    return withContextNarrowing(
      {
        ...askParts,
        codes: [...whole.codes, ...askParts.codes.filter((c) => !whole.codes.some((w) => sameCode(c, w)))],
        // A unit the context names and the ask leaves out (「財産活用課の事業が多い取組ですが、…財産活用課以外が
        // 担当しているもの」) is left out: the ask says what is wanted.
        departments: [...new Set([...whole.departments, ...askParts.departments])].filter(
          (d) => !askParts.excludedDepartments.includes(d),
        ),
        excludedDepartments: [...new Set([...whole.excludedDepartments, ...askParts.excludedDepartments])],
        excludedCodes: [...new Set([...whole.excludedCodes, ...askParts.excludedCodes])],
      },
      whole,
    );
  }
  // A year said only before the ask, with no direction (「来年度の予算要求の準備で、…の事業は？」), is when the
  // asker works, not a condition — unless the message says more of the projects wanted there (「令和7年度に掲載されて
  // いる事業のうち、施策7-2に属さないものを確認したいのですが、該当する事業を」).
  return askParts.years.length === 0 &&
    whole.directions.length === 0 &&
    !isStructured({ ...whole, years: [] })
    ? { ...whole, years: [] }
    : whole;
}

/** Whether the ask, beside its years, asks only for fields of a project the context names (asksOnlyFields). */
function asksOfContext(ask: Parts, whole: Parts): boolean {
  const beyondYears = isStructured({ ...ask, years: [] }) || isStructured({ ...whole, years: [] });
  return !beyondYears && !ask.everything && asksOnlyFields(ask.freeText);
}

/**
 * What the rest of the message takes away from the ask, kept with it: 「…の事業を教えてください。臨時拡充は除いて
 * ください。」「…をすべて教えてください。令和4年度で完了したものは除いてください。」 — directions left out,
 * projects taken away by what they do, subjects, departments and codes left out. Never anything that widens the ask.
 */
function withContextNarrowing(ask: Parts, whole: Parts): Parts {
  const fewer =
    ask.directions.length > 0 &&
    whole.directions.length > 0 &&
    whole.directions.length < ask.directions.length &&
    whole.directions.every((d) => ask.directions.includes(d));
  const takenAway = whole.conditions.filter(
    (c) => !c.holds && !ask.conditions.some((a) => a.year === c.year && a.holds === c.holds),
  );
  return {
    ...ask,
    directions: fewer ? whole.directions : ask.directions,
    conditions: [...ask.conditions, ...takenAway],
    absentDirections: [...new Set([...ask.absentDirections, ...whole.absentDirections])],
    // A unit left out is not also a word left out (「財産活用課以外」 is said once).
    excludedSubjects: [...new Set([...ask.excludedSubjects, ...whole.excludedSubjects])].filter(
      (s) => !ask.excludedDepartments.includes(s) && !whole.excludedDepartments.includes(s),
    ),
    excludedDepartments: [...new Set([...ask.excludedDepartments, ...whole.excludedDepartments])],
    excludedCodes: [...new Set([...ask.excludedCodes, ...whole.excludedCodes])],
  };
}

/** The parts of a question that do not depend on how it was typed: what understand() reads from the text. */
type Parts = Omit<
  Understanding,
  | "question"
  | "truncated"
  | "help"
  | "about"
  | "greetingOnly"
  | "notJapanese"
  | "slips"
  | "unrecorded"
  | "stillGoingPastPlan"
>;

/** Whether a question names a code, a department, a year or a direction: answered exactly from the plan. */
export const isStructured = (
  p: Omit<
    Parts,
    "everything" | "byDepartment" | "byPolicy" | "byInitiative" | "byDirection" | "byYear" | "leavesOutOnly"
  >,
) =>
  p.codes.length +
    p.conditions.length +
    p.changes.length +
    (p.steady === undefined ? 0 : 1) +
    (p.listedFor === undefined ? 0 : 1) +
    (p.changedTimes === undefined ? 0 : 1) +
    p.streaks.length +
    p.transitions.length +
    p.edges.length +
    p.nameHas.length +
    p.departmentHas.length +
    p.textHas.length +
    p.years.length +
    p.departments.length +
    p.excludedDepartments.length +
    p.excludedCodes.length +
    p.excludedSubjects.length +
    p.absentDirections.length +
    p.ownYears.length +
    p.directions.length >
  0;

/** What joins two units: と, や, 、, 及び. */
const UNITS_JOINER = "と|や|、|,|及び|および|とか";
/** What joins two units, a unit named in full already taken out (a space) after it. */
const JOINED_TO_UNIT_TAKEN = new RegExp(String.raw`^\s*(?:${UNITS_JOINER})\s+(?=\S|$)`);
/** A unit named in full already taken out (a space), and what joins it to the next. */
const UNIT_TAKEN_JOINED = new RegExp(String.raw`(?:^|\s)\s*(?:${UNITS_JOINER})\s*$`);

function readParts(registerless: string, catalog: Catalog, now: Date): Parts {
  // The plan's first and last years: where a range (以降, まで, そのあと) runs to.
  const { first, last } = planEnds(catalog);
  // The plan's own name for its list (新規・拡充事業等) names no direction.
  const months = calendarAsFiscalYears(registerless, now);
  // (Unless the ask points back at that year: 「令和5年度の予算編成に向けて…その年度に新規の事業」.)
  const yearSaid = SAYS_A_YEAR.test(months);
  // The plan's halves said as the ranges they are (計画の前半 — R4まで, 後半 — R6以降), so that all a range is read with
  // holds of them too (計画の後半には載っていない: probe 419 had read the half alone, its projects the opposite's).
  const half = Math.floor((last - first + 1) / 2);
  const halvesSaid = months.replace(PLAN_HALF, (_, a?: string, b?: string) =>
    (a ?? b) === "前半" ? `r${first + half - 1}まで` : `r${last - half + 1}以降`,
  );
  let text = withYearBeyondSaid(
    THAT_YEAR.test(halvesSaid) ? halvesSaid : halvesSaid.replace(YEAR_OF_OCCASION, " "),
  )
    .replace(PLAN_LIST_NAME, " 事業 ")
    .replace(PLAN_LIST_NAME_BARE, (said) => (yearSaid ? said : " 事業 "))
    .replace(DIRECTION_NOT_WRITTEN, "$1の記載が")
    .replace(DIRECTIONS_END_SAID, "記載が")
    .replace(NOT_TEMPORARY_BEFORE, "臨時拡充じゃない")
    .replace(NEVER_LISTED, "")
    .replace(LISTING_GOES_ON, "記載がある")
    .replace(NONE_BUT, "$1しかない");
  // A project named in full whose name holds a direction (チャレンジいばらき補助金の拡充) is set apart until the
  // directions are read, so that no year's or direction's reading takes its word (probe 155: 「…補助金の拡充はR7まで
  // 続く？」 had been read as 拡充 lasting to R7, 0件); put back before the subjects left out are read.
  const setApart = namesWithDirections(catalog).filter((n) => text.includes(n));
  text = setApart.reduce((t, n, i) => t.replaceAll(n, NAME_SET_APART(i)), text);
  // 「「臨時拡充」ってどういう意味？」: the meaning asked, and the projects of that direction (in any year) shown with it.
  const defines: Direction[] = [];
  // (「臨時拡充と拡充の違いは？」「…普通の拡充とは違うんでしょうか」: both meanings, the first one's projects — probe 186
  // had listed 拡充's, read as 臨時拡充 left out.)
  text = text.replace(DIRECTIONS_TOLD_APART, (_, first: Direction, second: Direction) => {
    defines.push(first, second);
    return ` ${first}の事業 `;
  });
  text = text.replace(MEANING_ASKED, (_, word: Direction) => {
    defines.push(word);
    return ` ${word}の事業 `;
  });
  text = text.replace(MEANING_CHECKED, (_, word: Direction) => {
    defines.push(word);
    return ` ${word}の事業 `;
  });
  // (…って何ですか？普通の拡充とは違うんでしょうか: the other one's meaning too, and no list of it.)
  if (defines.length > 0)
    text = text.replace(ANOTHER_TOLD_APART, (_, word: Direction) => {
      defines.push(word);
      return " ";
    });
  // 「令和5年の秋の時点で去年度に完了していた」: relative years count from the year the message stands at.
  let standpoint: number | undefined;
  text = cut(text, STANDPOINT, (m) => {
    standpoint = reiwaOf(m[1] as string) + REIWA_OFFSET;
  });
  const current = standpoint ?? fiscalYearOf(now);
  text = withYearBeforeNamed(text);
  // (A year after one said relatively — 5年前に臨時拡充で、翌年度も — counts from that year, as after one written: probe
  // 215 had counted 翌年度 from today, R9.)
  text = relativeYearsWritten(text, current).replace(NEXT_OF_NAMED, nextOfNamed);
  // 「事業名にICTが入っている」: a word of the name, read before the word is taken for a direction or a subject.
  const nameHas: NameWord[] = [];
  const departmentHas: NameWord[] = [];
  // (Every field these name has 名 in it: a text without one is not run through them. 担当課 before a word in quotes —
  // 担当課に「ほか」が付いている, probe 437 — is its name.)
  text = text.replace(/担当課(?=\s*(?:に|で)\s*[「『"“])/gu, "担当課名");
  if (text.includes("名")) {
    text = cut(text, NAME_HAS, (m) => {
      // Groups: the field named (1), then the word, quoted (2) or not (3), and a denial (4: 入っていない).
      const word = (m[2] ?? m[3] ?? "").trim();
      if (word.length > 0)
        (/課/.test(m[1] as string) ? departmentHas : nameHas).push({ word, holds: m[4] === undefined });
    });
    text = cut(text, NAME_HAS_WORD_FIRST, (m) => {
      const word = (m[1] ?? m[2] ?? "").trim();
      if (word.length > 0)
        (/課/.test(m[3] as string) ? departmentHas : nameHas).push({ word, holds: m[4] === undefined });
    });
  }
  // 「Wi-Fiって書いてある事業」: a word as written in the projects' text (not a direction's name: 「完了」と書いてある is
  // that direction — see AS_WRITTEN).
  const textHas: TextWord[] = [];
  text = cut(text, FIELD_TEXT_HAS, (m) => {
    const word = (m[2] ?? m[3] ?? "").trim();
    if (word.length > 0) textHas.push({ word, holds: m[4] === undefined, field: m[1] as "目的" | "内容" });
  });
  // 「Wi-Fiが出てこないもの」「ICTは使うけどWi-Fiは関係ない事業」: a word the projects' text must lack.
  text = text.replace(TEXT_LACKS, (whole: string, quoted?: string, run?: string) => {
    const word = (quoted ?? run ?? "").trim();
    if (
      word.length === 0 ||
      (DIRECTION_WORDS as readonly string[]).includes(word) ||
      /(?:課|室|チーム)$/.test(word) ||
      NOT_A_WORD_WRITTEN.test(word)
    )
      return whole;
    textHas.push({ word, holds: false });
    return " ";
  });
  text = text.replace(TEXT_HAS, (whole: string, quoted?: string, run?: string) => {
    const word = (quoted ?? run ?? "").trim();
    if (
      word.length === 0 ||
      (DIRECTION_WORDS as readonly string[]).includes(word) ||
      NOT_A_WORD_WRITTEN.test(word)
    )
      return whole;
    textHas.push({ word, holds: true });
    return " ";
  });
  // 「担当課の一覧」「どの課が一番多い」: the answer counts the projects by department.
  // 「施策ごとの件数」「事業数が一番少ない施策」: the answer counts them by policy (probe 101) — read first, as its
  // 一番少ないの would be the departments'.
  let byPolicy = false;
  text = cut(text, BY_POLICY, () => {
    byPolicy = true;
  });
  // (After them: 「事業数が一番少ない施策は？」 compares the policies, and names none it does not answer.)
  text = cut(text, POLICIES_ASKED, () => {
    byPolicy = true;
  });
  let byInitiative = false;
  text = cut(text, BY_INITIATIVE, () => {
    byInitiative = true;
  });
  let byDepartment = false;
  text = cut(text, BY_UNIT, () => {
    byDepartment = true;
  });
  if (byPolicy || byInitiative || byDepartment) text = text.replace(COUNTING_WORDS, " ");
  // 「方向性ごとの件数」「R4の方向性の内訳」「R5の方向性別の件数」: counted by direction (probe 111: 方向性別 had been read
  // as 性別).
  let byDirection = false;
  text = cut(text, BY_DIRECTION, () => {
    byDirection = true;
  });
  // 「完了事業の件数を年度別に」「年度ごとの新規件数」「件数の推移」: counted in each year (probe 124: 年度ごと had been
  // searched with the direction, 推移 as a word).
  // (Only where a count is asked: 「年度ごとの方向性」 asks for each year's direction, not a count.)
  let byYear = false;
  // 「完了する事業が一番多いのは何年度？」: counted in each year too, the year at that end said first (see answer.ts).
  text = cut(text, YEAR_RANKED, () => {
    byYear = true;
  });
  // (Or said alone — 「年度別だと？」「年度ごとに」 after a count: that list, counted in each year — probe 225.)
  if (COUNT_ASKED.test(text) || BY_YEAR_ALONE.test(text))
    text = cut(text, BY_YEAR, () => {
      byYear = true;
    });
  if (byYear) text = text.replace(COUNTING_WORDS, " ");
  // 「2年続けて臨時拡充」: a run of years, read before its direction is taken for the question's — and after what says a
  // kind is counted in (2年連続で拡充（臨時拡充含む）: the bracket's direction is no run's, see INCLUDED_DIRECTION).
  text = cut(text, INCLUDED_DIRECTION, () => undefined);
  const streaks: Parts["streaks"] = [];
  text = cut(text, DIRECTION_STREAK, (m) => {
    // Groups: a count then its direction (1, 2), a direction then its count (3, 4; 5, 6: 連続で2年度).
    const count = m[1] ?? m[4] ?? m[6] ?? "";
    const named = directionOf(m[2] ?? m[3] ?? m[5] ?? "");
    // (Its plain kind, 通常の拡充, is that direction alone: the kinds its name is in are not widened to.)
    const plain = SAID_PLAIN.test(m[0] ?? "");
    if (named) streaks.push({ years: countOf(count), directions: plain ? [named] : widen(named) });
  });
  // 「連続して拡充の事業」: a run of two years at least; 「R5も連続して継続」: that year's direction, kept from before.
  // (The year pattern is long: counted only once 連続 or 続けて is said.)
  const yearsSaid = RUN_SAID.test(text) ? [...text.matchAll(ANY_YEAR_GLOBAL)].length : -1;
  if (yearsSaid === 0)
    text = cut(text, UNCOUNTED_STREAK, (m) => {
      const named = directionOf(m[1] ?? m[2] ?? "");
      if (named) streaks.push({ years: 2, directions: widen(named) });
    });
  else if (yearsSaid === 1)
    text = text.replace(UNCOUNTED_STREAK, (_, after?: string, before?: string) => ` ${after ?? before} `);
  if (YEARS_TRANSITION.test(text) && [...text.matchAll(ANY_YEAR_GLOBAL)].length === 2)
    text = text.replace(YEARS_TRANSITION, (said, a: string, b: string, from: string, to: string) => {
      const [m, n] = [reiwaOf(a), reiwaOf(b)];
      return n === m + 1 && m >= first && n <= last ? `r${m}に${from}、r${n}に${to}` : said;
    });
  // (The year pattern is long: counted only once a year's transition is said.)
  if (YEAR_TRANSITION.test(text) && [...text.matchAll(ANY_YEAR_GLOBAL)].length === 1)
    text = text.replace(YEAR_TRANSITION, (said, year: string, from: string, to: string) => {
      const n = reiwaOf(year);
      return n > first && n <= last ? `r${n - 1}に${from}、r${n}に${to}` : said;
    });
  const transitions: Parts["transitions"] = [];
  text = cut(text, DIRECTION_TRANSITION, (m) => {
    const [from, to] = [directionOf(m[1] ?? ""), directionOf(m[2] ?? "")];
    if (from && to) transitions.push({ from: widen(from), to: widen(to) });
  });
  // 「最初は新規で、最後に完了する事業」「拡充で始まって、あとはずっと継続」: a project's own first, later or last years'
  // directions (see EDGE_DIRECTION).
  const edges: Parts["edges"] = [];
  // (最後に alone — 「最後に完了する事業」 — asks which ends last, as compare.ts reads it: of a course only beside another
  // of its years.)
  // (Not beside a year of its own line — 「令和3年度に新規で始まって、その後の年度に完了した」 is that year's; a year of a
  // line before is the list's: 「R4で完了する事業」 then 「そのうち最初は新規だったのは？」.)
  const lastLine = text.split("\n").at(-1) ?? text;
  const lastLineHasYear = YEAR_WRITTEN.test(lastLine);
  // (But what follows one year said — 「R3新規で、あとはずっと継続」「R4が拡充で、その後ずっと継続」 — is every listed year
  // after that one: it had been read as the year's list, 新規 or 継続 in R3, or 継続 in any later year.)
  const lineYears = [...lastLine.matchAll(ANY_YEAR_GLOBAL)];
  const [oneYear] = lineYears;
  if (lineYears.length === 1 && oneYear !== undefined) {
    const after = reiwaOf(oneYear[0]);
    if (after >= first && after < last)
      text = text.replace(EDGE_DIRECTION, (said, ...groups: (string | undefined)[]) => {
        const named = groups[2] === undefined ? undefined : directionOf(groups[2]);
        if (!named) return said;
        edges.push({ edge: "rest", directions: [named], after: `R${after}` as YearKey });
        return " ";
      });
  }
  const edgesSaid = lastLineHasYear ? [] : [...text.matchAll(EDGE_DIRECTION)];
  const [oneEdge] = edgesSaid;
  const whichLast = edgesSaid.length === 1 && oneEdge?.[4] !== undefined && /^最後\s*に/u.test(oneEdge[0]);
  if (edgesSaid.length > 0 && !whichLast)
    text = cut(text, EDGE_DIRECTION, (m) => {
      const [edge, said] =
        (m[1] ?? m[2])
          ? (["first", m[1] ?? m[2]] as const)
          : m[3]
            ? (["rest", m[3]] as const)
            : (["last", m[4]] as const);
      const named = directionOf(said ?? "");
      if (named) edges.push({ edge, directions: edge === "rest" ? [named] : widen(named) });
    });
  // Two years compared: before the years and directions are read one by one.
  const changes: Parts["changes"] = [];
  // 「R5で方向性が変わる事業」: one year said to change its direction — from the year before it (probe 120: read as
  // listed in R5, 32 projects had answered for 4). (Not the plan's first year: nothing is listed before it.)
  // (The year pattern is long: counted only once a year's change is said.)
  if (YEAR_CHANGES.test(text) && [...text.matchAll(ANY_YEAR_GLOBAL)].length === 1)
    text = text.replace(YEAR_CHANGES, (said, year: string) => {
      const n = reiwaOf(year);
      return n > first && n <= last ? `r${n - 1}とr${n}で方向性が変わる` : said;
    });
  if ([...text.matchAll(ANY_YEAR_GLOBAL)].length === 2)
    text = text.replace(
      YEARS_FRAME_APART,
      // (Not years with a direction of their own — 「R4とR5で完了する事業のうち、方向性が変わったもの」: review.)
      (said, from: string, joint: string, to: string, between: string) =>
        YEAR_WRITTEN.test(between) || STARTS_WITH_DIRECTION.test(between)
          ? said
          : `${between}${from}${joint}${to}で`,
    );
  text = cut(text, YEARS_COMPARED, (m) => {
    // Groups: the first year, the second, then the verb saying they are the same (3) or differ (4).
    const [from, to] = [reiwaOf(m[1] as string), reiwaOf(m[2] as string, m[1])];
    if (from === to) return;
    changes.push({
      from: `R${Math.min(from, to)}` as YearKey,
      to: `R${Math.max(from, to)}` as YearKey,
      differ: m[4] !== undefined,
    });
  });
  // 「方向性が2回以上変わった事業」: how many times, read before 変わった alone is (see CHANGED_TIMES).
  let changedTimes: Parts["changedTimes"];
  if (changes.length === 0)
    text = cut(text, CHANGED_TIMES, (m) => {
      changedTimes = { times: countOf((m[1] as string).normalize("NFKC")), bound: boundSaid(m[2]) };
    });
  // 「方向性が一度も変わっていない事業」「方向性がずっと同じ」「方向性が途中で変わった事業」: with no year named, from one
  // listed year to the next (probe 130: read as words, they had answered none, or 3 projects matching 変化).
  // (A year said in a line before — 「R4に継続の事業」 then 「そのうち方向性が一度も変わらないのは？」 — is the list's, not
  // the change's: probe 489 had answered the list again.)
  let steady: boolean | undefined;
  if (changes.length === 0 && !lastLineHasYear)
    text = cut(text, DIRECTION_STEADY, (m) => {
      steady = m[1] !== undefined;
    });
  // 「2年間だけ載っている事業」「3年以上続く事業」: how many years a project is listed.
  let listedFor: Parts["listedFor"];
  text = cut(text, LISTED_FOR, (m) => {
    listedFor = { years: countOf(m[1] as string), bound: boundSaid(m[2]) };
  });
  // Two years or more, each with its own direction: all must hold.
  const conditions: Parts["conditions"] = [];
  // (The year patterns are long: a text with no year in it is not run through them.)
  const hasYear = YEAR_WRITTEN.test(text);
  // 「R4に完了する事業のうち、臨時拡充になったことがあるもの」: a direction had once is a condition in any year,
  // beside the one year's own direction — not a second direction for that year.
  const ever: Direction[][] = [];
  if (hasYear) {
    const withoutEver = cut(text, EVER_DIRECTION, (m) => {
      const named = directionOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "");
      if (named) ever.push(widen(named));
    });
    const paired = [...withoutEver.matchAll(YEAR_WITH_DIRECTION)].length;
    // (A list's year said bare — 令和6年度以降の事業のうち一度でも拡充したもの — is where the list is listed: a thread
    // had read R6–R7's 拡充, 0件 for 9.)
    // (One such year only: of two, which the direction had once is beside, no reading says.)
    const bare = paired === 0 ? [...withoutEver.matchAll(YEAR_SAID_BARE)].length : 0;
    if (ever.length > 0 && (paired === 1 || bare === 1))
      text = bare === 1 ? withoutEver.replace(YEAR_SAID_BARE, "$1$2に載っている") : withoutEver;
    else ever.length = 0;
  }
  const bothYears = hasYear
    ? text
        .replace(YEARS_BOTH_SAID_TWICE, "$1に$2、$3に$2")
        .replace(YEARS_BOTH, "$1に$3、$2に$3")
        .replace(YEARS_BOTH_UNLISTED, "$1に$3、$2に$3")
        .replace(LISTED_UP_TO_THEN_EMPTY, "$1まで記載があり、")
    : text;
  const paired = hasYear ? [...bothYears.matchAll(YEAR_WITH_DIRECTION)] : [];
  // One year said not to be listed (「R6には載ってない事業」), or with its direction left out (「令和4年度に完了
  // したものを除いた」), is a condition too: the year must not be asked for, or the projects not listed in it
  // would drop out.
  const unlisted = (m: RegExpMatchArray) =>
    m.groups?.listed !== undefined && NOT_LISTED.test(m.groups.listed);
  // A group of projects taken away (完了するもの以外), not a year's direction said to be another (継続以外).
  const leftOut = (m: RegExpMatchArray) =>
    m.groups?.denial !== undefined && /(?:もの|事業).*(?:以外|除|のぞ)/.test(m.groups.denial);
  const single = paired[0];
  let apartFromYear = false;
  // 「新規で始まってR7まで続く事業」「拡充の事業でR7まで載ってるのは？」: a year said only to be listed, and a direction
  // named apart from it — the direction in some year, not that year's (probe 120: read as R7's 新規, it had answered none).
  if (
    paired.length === 1 &&
    single !== undefined &&
    // (Listed until it, or going on — not 「R5に載っている新規事業」, R5's own; nor 「完了が令和5年度にある」, where ある
    // has the year's direction as its subject — unless the direction is said to have started: 新規で始まって.)
    (/^\s*まで|続/.test(single.groups?.listed ?? "") ||
      (/載|記載|書/.test(single.groups?.listed ?? "") && bothYears.search(DIRECTION_STARTED) >= 0)) &&
    single.groups?.direction === undefined &&
    single.groups?.denial === undefined &&
    !unlisted(single) &&
    ever.length === 0 &&
    // (Not across a narrowing — 「ずっと継続の事業」 then 「そのうちR7まで載ってるのは？」 — read in withContextNarrowing.)
    bothYears.search(NARROWED_AFTER) < 0
  ) {
    const at = single.index ?? 0;
    // (A kind left out in brackets — 拡充（臨時拡充は除く）の事業で、R7まで載っている — narrows the direction named: probe
    // 135 had read it as R7's 拡充, 0件.)
    const kindsLeftOut: Direction[] = [];
    const apart = `${bothYears.slice(0, at)} ${bothYears.slice(at + single[0].length)}`.replace(
      KIND_LEFT_OUT,
      (_, kind: string) => {
        const d = directionOf(kind);
        if (d) kindsLeftOut.push(d);
        return " ";
      },
    );
    // (Not a direction denied or left out — 「R4に載っている事業のうち継続ではないもの」 — which is that year's.)
    const named = DIRECTION_DENIED.test(apart)
      ? []
      : [...apart.matchAll(DIRECTION_NAME_GLOBAL)].map((n) => directionOf(n[0]));
    for (const direction of new Set(named))
      if (direction) ever.push(widen(direction).filter((d) => !kindsLeftOut.includes(d)));
    apartFromYear = ever.length > 0;
  }
  // 「新規で始まってR4に完了した事業」: a direction said to have started, then a year with a direction of its own — started
  // so in some year, and that year's direction (probe 172: read as R4's 新規 or 完了, 8件 for 2).
  if (
    paired.length === 1 &&
    single?.groups?.direction !== undefined &&
    single.groups.denial === undefined &&
    !unlisted(single) &&
    ever.length === 0
  ) {
    const started = STARTED_THEN.exec(bothYears.slice(0, single.index ?? 0));
    const direction = started ? (started[1] === undefined ? "新規" : directionOf(started[1])) : undefined;
    if (direction && direction !== directionOf(single.groups.direction)) ever.push(widen(direction));
  }
  // 「R3に新規で、そのあと完了」: the second direction in some year after the first's.
  const later = single
    ? [...bothYears.slice((single.index ?? 0) + single[0].length).matchAll(LATER_DIRECTION)]
    : [];
  // 「R4に完了する事業とR5に完了する事業」「R3に新規完了の事業と、R5に新規完了の事業」「R5で完了するのとR4で完了するの」: two
  // sets joined, each year with the same direction — the years with that direction, not both conditions at once (の as the
  // noun it stands for: the last was read as both, 0件).
  // (Each counted — 「R4完了とR5完了 それぞれ何件」「R4の完了とR5の完了はそれぞれ何件？」 — the two joined by と alone: probe 125
  // had read both at once, 0件.)
  const between = bothYears.slice((paired[0]?.index ?? 0) + (paired[0]?.[0].length ?? 0), paired[1]?.index);
  const joined =
    paired.length === 2 &&
    paired[0]?.groups?.direction !== undefined &&
    paired[0].groups.direction === paired[1]?.groups?.direction &&
    (/^\s*(?:する|した|になる|となる|の)?\s*(?:事業|もの|の|やつ)\s*(?:(?:と|や|及び|および|または|か)\s*[、,]?|[、,])\s*(?:(?:あわせて|併せて|合わせて|それと|あと)\s*[、,]?\s*)?$/.test(
      between,
    ) ||
      (/^\s*(?:と|や|及び|および)\s*[、,]?\s*$/.test(between) && EACH_COUNTED.test(bothYears)));
  const yearOf = (m: RegExpMatchArray) => reiwaOf(m.groups?.year as string);
  const listedAfterNarrowing = (m: RegExpMatchArray) => {
    const at = bothYears.search(NARROWED_AFTER);
    return (
      at >= 0 &&
      (m.index ?? 0) > at &&
      m.groups?.listed !== undefined &&
      m.groups.direction === undefined &&
      m.groups.denial === undefined &&
      SAYS_A_YEAR.test(bothYears.slice(0, at))
    );
  };
  // A year said after the narrowing line that a condition before it said too.
  const sameYearNarrowed = () => {
    const at = bothYears.search(NARROWED_AFTER);
    const after = paired.filter((m) => (m.index ?? 0) > at);
    const before = paired.filter((m) => (m.index ?? 0) < at);
    return at >= 0 && after.some((a) => before.some((b) => yearOf(a) === yearOf(b)));
  };
  if (
    // (One year twice, the second in a follow-up narrowing the first's list — 「R3に新規の事業」 then 「その中でR3で完了
    // するのは？」 — both hold, 新規完了: probe 88. In one sentence, a year twice is read as its directions together.)
    (!joined &&
      paired.length >= 2 &&
      (new Set(paired.map(yearOf)).size === paired.length || sameYearNarrowed())) ||
    // (A year said only to be listed, in a narrowing of a list of another year — 「R4の事業」 then 「そのうちR5も続くのは？」,
    // 「R4の…はどうなる？」 then 「R5も続くのは？」 — is listed in both: probe 290 had read either year, 43件.)
    (paired.length === 1 && single !== undefined && listedAfterNarrowing(single)) ||
    (paired.length === 1 &&
      single &&
      (unlisted(single) ||
        leftOut(single) ||
        // (「R7まで続かない」: listed then, denied — not listed in R7, probe 93; read as the year alone, it had answered
        // the projects that do go on.)
        (single.groups?.listed !== undefined && single.groups.denial !== undefined) ||
        later.length > 0 ||
        ever.length > 0))
  ) {
    const key = (n: number) => `R${n}` as YearKey;
    for (const m of paired) {
      const said = m.groups?.direction;
      // (Either of several: 令和3年度に新規または拡充で — probe 184 had kept 新規 alone.)
      const widened =
        said === undefined ? [...DIRECTION_WORDS] : [...new Set(directionsOf(said).flatMap((d) => widen(d)))];
      // 「記載がない」 and a denial after it (「…以外」「…しない」) turn the condition round; both, back again.
      const denied = unlisted(m) !== (m.groups?.denial !== undefined);
      const n = yearOf(m);
      // 「R4以降に完了」「R5までに完了」 beside another year's condition: in some year of the range.
      const range = m.groups?.range;
      const span =
        range === undefined
          ? {}
          : /まで/.test(range)
            ? { year: key(first), until: key(n) }
            : { until: key(last) };
      conditions.push({ year: key(n), directions: widened, holds: !denied, ...span });
      // (Denied, then said to go on — R4で完了せずに続いている — it is listed that year: probe 366.)
      const after = bothYears.slice((m.index ?? 0) + m[0].length);
      if (
        denied &&
        range === undefined &&
        GOES_ON_AFTER.test(after) &&
        !conditions.some((c) => c.year === key(n) && c.holds)
      )
        conditions.push(listedIn(key(n)));
    }
    for (const directions of ever)
      conditions.push({ year: key(first), until: key(last), directions, holds: true });
    for (const m of later) {
      const named = directionOf(m.groups?.direction as string);
      const own = yearOf(single as RegExpMatchArray);
      if (named && m.groups?.same !== undefined)
        conditions.push({ year: key(own), directions: widen(named), holds: true });
      else if (named && own + 1 <= last)
        conditions.push({ year: key(own + 1), until: key(last), directions: widen(named), holds: true });
    }
    text = bothYears.replace(YEAR_WITH_DIRECTION, " ").replace(LATER_DIRECTION, " ");
    // (The directions read apart from the year, with the verb that started them: 新規で始まって.)
    if (apartFromYear)
      text = text
        .replace(KIND_LEFT_OUT, " ")
        .replace(DIRECTION_STARTED, " ")
        .replace(DIRECTION_NAME_GLOBAL, " ");
  }
  // 「新規で始まった事業のうち、すでに完了したもの」「拡充の事業の中で縮小したもの」: with no year, a direction, then another
  // said of the projects it names — each in some year of the plan, not either (probe 135: 21 projects for 4). (Not a
  // kind of the first, 拡充のうち臨時拡充, which narrows it; nor the second denied, 継続の事業のうち完了しないもの.)
  // 「新規事業のうちR4に完了するもの」: a direction with no year, then another said of a year of the projects it names — the
  // first in some year of the plan, the second in its year, not either in that year (probes 318, 319: 3 for 1).
  const ofYear = hasYear ? DIRECTION_THEN_YEARS.exec(text) : null;
  const [plainOuter, yearInner] = [directionOf(ofYear?.[1] ?? ""), directionOf(ofYear?.[2] ?? "")];
  const clauseBefore = ofYear
    ? (text
        .slice(0, ofYear.index)
        .split(/[、,。？?！!\n]/)
        .at(-1) ?? "")
    : "";
  if (
    ofYear &&
    plainOuter &&
    yearInner &&
    !YEAR_WRITTEN.test(clauseBefore) &&
    !isKindOf(yearInner, plainOuter) &&
    !isKindOf(plainOuter, yearInner)
  ) {
    conditions.push({
      year: `R${first}` as YearKey,
      until: `R${last}` as YearKey,
      directions: widen(plainOuter),
      holds: true,
    });
    text = text.replace(ofYear[0], " のうち ");
  }
  const twoSaid = hasYear ? null : DIRECTIONS_NARROWED.exec(text);
  const [outer, inner] = [directionOf(twoSaid?.[1] ?? ""), directionOf(twoSaid?.[2] ?? "")];
  // (Nor a third said beside the second — 「…のうち、完了したものと継続中のものに分けて」 asks two lists.)
  const third =
    twoSaid !== null &&
    DIRECTION_SAID.test(text.slice(twoSaid.index + twoSaid[0].length).split(/[。？?！!\n]/)[0] ?? "");
  if (twoSaid && outer && inner && !third && !isKindOf(inner, outer) && !isKindOf(outer, inner)) {
    for (const directions of [widen(outer), widen(inner)])
      conditions.push({
        year: `R${first}` as YearKey,
        until: `R${last}` as YearKey,
        directions,
        holds: true,
      });
    text = text.replace(twoSaid[0], " のうち ").replace(DIRECTION_STARTED, " ");
  }
  // 「最終年度が令和5年度」「令和4年度が初年度」: the project's own edge, before 最終年度 is read as the plan's.
  const ownYears: Parts["ownYears"] = [];
  const ownEdge = (edge: string, year: string, range?: string, holds = true) =>
    ownYears.push({
      edge: /最終|最後/.test(edge) ? "last" : "first",
      year: `R${reiwaOf(year)}` as YearKey,
      holds,
      // 初年度がR4以降: that year or a later one; 最終年度がR5まで: that year or an earlier one.
      ...(range ? { side: /まで|以前|より前/.test(range) ? ("to" as const) : ("from" as const) } : {}),
    });
  text = cut(text, EDGE_IS_YEAR, (m) =>
    // m[4] and m[5]: a denial (ではない) or 以外 after the year.
    ownEdge(m[1] as string, m[2] as string, m[3], m[4] === undefined && m[5] === undefined),
  );
  // 「R3とR4の2年間だけの事業」「R5～R7だけ載ってる」: the first year listed and the last — of two years joined by と, only
  // when next to each other (R3とR5だけ would be listed in R4 too).
  text = text.replace(YEARS_ALONE_LISTED, (whole: string, from: string, joined: string, to: string) => {
    const [a, b] = [reiwaOf(from), reiwaOf(to)];
    if (b <= a || (/と|・|、/.test(joined) && b !== a + 1)) return whole;
    ownEdge("初年度", from);
    ownEdge("最終年度", to);
    return " ";
  });
  // 「R4までしか載っていない」: R4 is the last year listed.
  text = cut(text, YEAR_ALONE_LISTED, (m) => {
    ownEdge("初年度", m[1] as string);
    ownEdge("最終年度", m[1] as string);
  });
  // Groups: the year (1), OWN_EDGE's word (2), まで (3: R4までで記載が終わる; 4: R6までで消える), a listing that starts
  // then (5: R4から記載が始まる), a first time (6: R4になって初めて計画に出てくる), 最後/最初 (7).
  text = cut(text, YEAR_IS_EDGE, (m) =>
    ownEdge(
      m[2] ?? (m[5] !== undefined || m[6] !== undefined || m[7] === "最初" ? "初年度" : "最終年度"),
      // (より前: the year before, or earlier — as LISTING_ENDS_AT reads it.)
      m[3] === "より前" ? `R${reiwaOf(m[1] as string) - 1}` : (m[1] as string),
      m[3] ?? m[4],
    ),
  );
  // 「R4までのやつ」: with no direction said, the projects listed until then — not those listed in any year up to it,
  // which is every project (probes 144, 145, 147 had each been answered the whole plan).
  // (Of one year said: 「R3以降R5までの事業」 is a span.)
  if (!DIRECTION_SAID.test(text) && (text.match(ANY_YEAR_GLOBAL) ?? []).length === 1)
    text = cut(text, YEAR_BOUNDED, (m) => ownEdge("最終年度", m[1] as string));
  text = cut(text, LISTING_ENDS_AT, (m) => {
    // より前: the year before, or earlier.
    const year = m[2] === "より前" ? `R${reiwaOf(m[1] as string) - 1}` : (m[1] as string);
    ownEdge("最終年度", year, m[2]);
  });
  const years = new Set<number>();
  // A range up to the plan's last year (7-2-4 R7まで): see lastsToTheEnd below.
  let toTheLastYear = false;
  const spanContinued = SPAN_CONTINUED.test(text);
  text = cut(text, YEAR_SPAN, (m) => {
    const from = reiwaOf(m[1] as string);
    const to = reiwaOf(m[2] as string, m[1]);
    for (let n = from; n <= to && n - from < 20; n++) years.add(n);
  });
  // A range runs to the plan's last year (以降) or from its first (まで); outside the plan, the year alone.
  const addYear = (n: number, suffix: string | undefined) => {
    // 「R6まで続く」「R7まで載ってる」「R7まで方向性が書かれている」: the project lasts to that year: any direction in it, not 継続 in every
    // year before.
    // 「R7まである？」「R7までやる？」 likewise.
    // 「R7までですか」「R7までだよね」, asked yes or no at the message's end: whether it lasts to that year (review-53: read as
    // listed in any year to R7, 「全部R7までですか」 had said はい of a project listed only to R4).
    // 「R5以降も載ってる」「R5以降も続く」 are still the range: listed in that year or a later one.
    const range =
      suffix &&
      !/^(?:以降|以後)/.test(suffix) &&
      /続|継続|載|記載|書|方向性|まで(?:は)?(?:あ|や)|^まで(?:です|でしょう|だ)/.test(suffix)
        ? undefined
        : suffix;
    // より後 and より前 leave the year itself out (令和4年度より後: R5 on), as 以降 and 以前 do not.
    if (range && /より後|より前/.test(range)) {
      const after = /より後/.test(range);
      for (let y = after ? n + 1 : first; y <= (after ? last : n - 1); y++) years.add(y);
      return;
    }
    const from = range && /まで|以前/.test(range) && n > first ? first : n;
    const to = range && !/まで|以前/.test(range) && n < last ? last : n;
    if (range && /^\s*まで\s*$/.test(range) && from === first && n === last) toTheLastYear = true;
    for (let y = from; y <= to; y++) years.add(y);
  };
  // 「令和4年度を除いて、完了する事業」: the plan's other years.
  const yearsLeftOut = new Set<number>();
  text = cut(text, YEAR_LEFT_OUT, (m) => yearsLeftOut.add(reiwaOf(m[1] as string)));
  text = cut(text, REIWA, (m) => addYear(reiwaNumber(m[1] as string), m[2]));
  text = cut(text, HEISEI, (m) => addYear(reiwaNumber(m[1] as string) + HEISEI_TO_REIWA, m[2]));
  text = cut(text, R_YEAR, (m) => addYear(Number(m[1]), m[2]));
  text = cut(text, WESTERN, (m) => addYear(reiwaOf((m[1] ?? m[2]) as string), m[3]));
  // The plan's own span: 最終年度 and 初年度 are its last and first years, 計画期間中 all of them.
  text = cut(text, PLAN_EDGE_YEAR, (m) => addYear(m[1] === "初年度" ? first : last, m[2]));
  const addPlanYears = () => {
    for (let y = first; y <= last; y++) years.add(y);
  };
  text = cut(text, PLAN_PERIOD, addPlanYears);
  if (yearsLeftOut.size > 0) {
    if (years.size === 0) addPlanYears();
    for (const y of yearsLeftOut) years.delete(y);
  }
  text = cut(text, NEXT_YEAR_ALONE, () => years.add(current + 1 - REIWA_OFFSET));
  // A day or an hour counts only in the clause that asks (not in 「来週の会議で使うので、…」), and not of the asker's own
  // occasion, which names no subject either (来週の市長の地域懇談会で: 地域 and 懇談 had been searched).
  text = withoutDayOfOccasion(text);
  const dayLevel = asksADay(askingClause(text));
  // 「…はいつ完了？」「何年度まで？」: asked when, of one direction or of the listing's end.
  let when: Direction[] | undefined;
  const askedWhen = (m: string[]) => {
    const direction = BUILT.test(m[1] as string) ? "完了" : directionOf(m[1] as string);
    if (direction) when = [...new Set([...(when ?? []), ...widen(direction)])];
  };
  // 「何年間拡充する？」「臨時拡充は何年間？」: how long a direction lasts — its years counted, not the listing's (probe 495
  // had said 5年度 of a project 拡充 in R3 alone, and searched 臨時拡充 as words).
  let directionLength = false;
  text = cut(text, DIRECTION_LENGTH, (m) => {
    const named = directionOf(m[1] ?? m[2] ?? "");
    if (!named) return;
    when = widen(named);
    directionLength = true;
  });
  text = cut(text, WHEN_DIRECTION, askedWhen);
  text = cut(text, DIRECTION_THEN_WHEN, askedWhen);
  text = cut(text, DIRECTION_YEAR_ASKED, askedWhen);
  // (After the directions' own: 「いつから縮小？」 asks 縮小's.)
  text = cut(text, WHEN_FROM, () => askedWhen(["", "新規"]));
  // (Detected, not cut: 「いつまで」 and its verb read as before, where they were searched as the rest of the ask.)
  // (今年度もやってる: the year said is cut from the text before, so it is looked for in the whole question too.)
  text = text.replace(CONTINUED_UNTIL, "続く");
  if (text.match(WHEN_UNTIL) || STILL_RUNNING.test(text) || STILL_RUNNING.test(registerless)) when ??= [];
  let endedAsked = false;
  const asksWhenCompleted = () => {
    when = [...new Set([...(when ?? []), ...widen("完了")])];
    endedAsked = true;
  };
  if (ALREADY_ENDED.test(text)) asksWhenCompleted();
  // (Only of a subject alone: with a year, a code, a department or a word asking which — R4で完了しましたか, 7-4の事業は
  // 完了済み？, どの事業が完了しましたか — 完了 is the condition, read below; review.)
  if (years.size === 0 && !OF_A_SET.test(text)) text = cut(text, ENDED_ASKED, asksWhenCompleted);
  let span = directionLength;
  // 「何年間載ってる？」「何年度分の事業？」: how long it is listed — its span, counted (probe 220: 年間 had been searched).
  // (Asked so, it is the span below too: its when is set, and no reading below changes it.)
  let lengthAsked = directionLength;
  if (when === undefined || when.length === 0)
    text = cut(text, LENGTH_ASKED, () => {
      when = [];
      span = true;
      lengthAsked = true;
    });
  if ((when === undefined || when.length === 0) && WHEN_FROM_AND_UNTIL.test(registerless)) {
    when = [];
    span = true;
  } else if (when === undefined && !DIRECTION_SAID.test(text)) {
    // (「完了はいつの予定？」 asks when of 完了, not the span.)
    text = cut(text, WHEN_ALONE, () => {
      when = [];
      span = true;
    });
    if (when === undefined && years.size === 0)
      text = cut(text, HOW_IT_STANDS, () => {
        when = [];
        span = true;
      });
  }
  text = text.replace(WHEN_OF_PROJECTS, " ");

  text = titlesAsCodes(withoutCodeGloss(sdgsAsCodes(text, catalog)), catalog);
  const codes: CodeRef[] = [];
  // A policy or an initiative left out (施策7-2以外, 7-4-2の事業を除いて): every project but its own.
  const excludedCodes: string[] = [];
  text = cut(text, EXCLUDED_CODE, (m) => {
    for (const code of (m[1] as string).match(new RegExp(CODE, "g")) ?? []) excludedCodes.push(code);
  });
  // A single project needs an explicit marker (7-2 No.17, 7-2#17, 7-2の17番): 7-2-6 is an initiative.
  // Several numbers under one policy: 7-2の9番と12番, 7-2 No.9とNo.12.
  // A run of numbers: 7-2の13番から16番, 7-2 No.13〜16.
  text = cut(text, PROJECT_RANGE, (m) => {
    const [from, to] = [Number(m[2]), Number(m[3])];
    for (let no = from; no <= to && no - from < 50; no++)
      codes.push({ kind: "project", code: m[1] as string, no });
  });
  text = cut(text, PROJECT_LIST, (m) => {
    for (const no of (m[2] as string).match(/\d+/g) ?? [])
      codes.push({ kind: "project", code: m[1] as string, no: Number(no) });
  });
  text = cut(text, PROJECT_REF, (m) =>
    codes.push({ kind: "project", code: m[1] as string, no: Number(m[2]) }),
  );
  text = cut(text, CODE_RANGE, (m) => {
    const ends = [m[1] as string, m[2] as string];
    const kindOf = (code: string) => (code.split("-").length === 2 ? "policy" : "initiative");
    const all = [...(kindOf(ends[0] as string) === "policy" ? catalog.policies : catalog.initiatives).keys()];
    const [i, j] = ends.map((code) => all.indexOf(code)) as [number, number];
    // Ends the plan lacks, or at two depths: read as the codes they are.
    const run = i >= 0 && j >= 0 ? all.slice(Math.min(i, j), Math.max(i, j) + 1) : ends;
    for (const code of run) codes.push({ kind: kindOf(code), code });
  });
  text = cut(text, /(?<![\d-])(\d+-\d+-\d+)(?![\d-])/g, (m) =>
    codes.push({ kind: "initiative", code: m[1] as string }),
  );
  text = cut(text, /(?<![\d-])(\d+-\d+)(?![\d-])/g, (m) =>
    codes.push({ kind: "policy", code: m[1] as string }),
  );
  text = cut(text, /第\s*(\d+)\s*章/g, (m) => codes.push({ kind: "chapter", code: m[1] as string }));
  // 事業番号17, No.17 with no policy: the projects of that number, one in each policy that has one (probe 87).
  if (codes.length === 0)
    text = cut(text, /(?<![\da-z-])(?:no\.?\s*|#\s*)(\d{1,2})(?![\d-])/g, (m) => {
      for (const project of catalog.plan.projects)
        if (project.no === Number(m[1]))
          codes.push({ kind: "project", code: project.policy, no: project.no });
    });
  if (/^\s*(?:施策)?\s*\d+\s*$/.test(text) && codes.length === 0 && years.size === 0) {
    const chapter = text.trim().replace(/^施策\s*/, "");
    if (catalog.chapters.has(chapter) || /^\d{1,2}$/.test(chapter)) {
      codes.push({ kind: "chapter", code: chapter });
      text = "";
    }
  }

  // 「施策7-2のうち、取組7-2-4の」: a code inside another one narrows it; the wider one is only where it sits.
  // A code said twice (取組7-4-3「個人情報保護への対応」: by its number and by its title) is one code.
  const narrowest = codes.filter(
    (c, at) => !codes.some((d, before) => (d !== c && inside(d, c)) || (before < at && sameCode(c, d))),
  );
  codes.splice(0, codes.length, ...narrowest);
  const departments: string[] = [];
  const excludedDepartments: string[] = [];
  // What leaves a department out is read in the text as it was before any department was taken from it
  // (「財産活用課でも情報システム課でもない」: the second's でもない decides the first's でも).
  const named = text;
  for (const dept of catalog.departments) {
    for (const form of dept.fullForms) {
      // Where it is a unit (人権課題と人権課の事業: the second): read there, and taken out there.
      const at = unitAt(text, form);
      if (at < 0) continue;
      const leftOut = LEFT_OUT.exec(named.slice(unitAt(named, form) + form.length));
      (leftOut ? excludedDepartments : departments).push(dept.name);
      const phrase = leftOut ? `${form}${leftOut[0]}` : form;
      const taken = text.startsWith(phrase, at) ? phrase : form;
      text = `${text.slice(0, at)} ${text.slice(at + taken.length)}`;
      // (Named twice, in two of its names — 電算（情報システム課）, 情シスこと情報システム課 — it is one department:
      // the other name is no word to search.)
      for (const other of dept.fullForms)
        for (let again = unitAt(text, other); again >= 0; again = unitAt(text, other))
          text = `${text.slice(0, again)} ${text.slice(again + other.length)}`;
      break;
    }
  }
  // A department's stem joined to one named in full (人事と市民課の事業, DX推進チームと人事の事業, 市民課や人事の担当): a unit
  // as the other is (probe 293: 人事 had been searched, 0件, or the team read as whom the asker works with).
  if (departments.length > 0)
    for (const dept of catalog.departments) {
      if (departments.includes(dept.name) || dept.stem.length < 2) continue;
      const at = text.indexOf(dept.stem);
      if (at < 0) continue;
      const after = text.slice(at + dept.stem.length);
      if (
        JOINED_TO_UNIT_TAKEN.test(after) ||
        (UNIT_TAKEN_JOINED.test(text.slice(0, at)) && STEM_AS_UNIT.test(after))
      ) {
        departments.push(dept.name);
        text = `${text.slice(0, at)} ${after}`;
      }
    }
  if (departments.length === 0) {
    // A department's stem (人事 → 人事課) counts when the question is about a unit, or is nothing but the stem.
    const bare = withoutFraming(text);
    for (const dept of catalog.departments) {
      if (dept.stem.length < 2 || !text.includes(dept.stem)) continue;
      if (
        bare === withoutFraming(dept.stem) ||
        UNIT_FOLLOWS.test(text.slice(text.indexOf(dept.stem) + dept.stem.length))
      ) {
        departments.push(dept.name);
        text = text.replace(dept.stem, " ");
      }
    }
  }
  // Part of exactly one department's stem, where what follows it says it is a unit: that department, read once.
  const stemPartOwner = (pattern: RegExp, saysUnit: (after: string) => boolean) => {
    for (const m of text.matchAll(pattern)) {
      const [, part = ""] = m;
      const owners = catalog.departments.filter((d) => d.stem.replaceAll("・", "").includes(part));
      if (owners.length === 1 && owners[0] && saysUnit(text.slice((m.index ?? 0) + m[0].length))) {
        departments.push(owners[0].name);
        text = text.replace(part, " ");
        return;
      }
    }
  };
  // Four kanji or more before what says it is a unit (魅力発信の事業, 協働推進がやってる); two or three said as owning
  // (企画が持ってる, 企画さん: SHORT_STEM_PART's lookahead says it).
  if (departments.length === 0) stemPartOwner(STEM_PART, (after) => UNIT_FOLLOWS.test(after));
  if (departments.length === 0) stemPartOwner(SHORT_STEM_PART, () => true);
  // A shortened name with the unit's suffix, naming exactly one department: 魅力発信課 → まち魅力発信課,
  // 協働推進課 → 市民協働推進課, DXチーム → DX推進チーム (but 男女共生センター is no department) — also beside
  // a department named in full (情報システム課とDXチーム).
  for (const m of text.matchAll(SHORT_UNIT)) {
    const [whole, stem = "", suffix = ""] = m;
    const owner = departmentOfShortName(catalog.departments, stem, suffix);
    if (owner && !departments.includes(owner.name)) {
      departments.push(owner.name);
      text = text.replace(whole, " ");
    }
  }
  if (departments.length === 0) {
    // A prefix that names exactly one department: 財産 → 財産活用課.
    const bare = withoutFraming(text);
    const matches =
      bare.length >= 2 ? catalog.departments.filter((d) => withoutFraming(d.stem).startsWith(bare)) : [];
    if (matches.length === 1 && matches[0]) {
      departments.push(matches[0].name);
      text = "";
    }
  }

  // 「…、政策企画課分のみ」「…、市民協働の分」: a department's share, 分, goes with it — no word to search (probe 177 had
  // searched 分 and found nothing).
  if (departments.length + excludedDepartments.length > 0) text = text.replace(SHARE_LEFT, " ");

  // 「人事課の2番目のやつ」「財産活用課の最後の事業」: one project of the department's list, by its place.
  let place: number | undefined;
  const placed = (m: string[]) => {
    // (The place in group 1, or 最初 and 最後 in group 2: see PLACE_OF_ANY_LIST.)
    const said = (m[1] ?? m[2]) as string;
    place = said === "最後" ? -1 : said === "最初" ? 1 : countOf(said.normalize("NFKC"));
  };
  let placeCount: number | undefined;
  // 「7-5の最初の2つ」「7-1の最後の2つ」「7-2-6の上から3つ」「…の最後から2番目」: a few at one end, or a place from the end.
  const madeExactly =
    departments.length + codes.length + years.size + conditions.length > 0 ||
    /新規|継続|拡充|縮小|完了/.test(text);
  if (madeExactly)
    text = cut(text, FEW_AT_AN_END, (m) => {
      if (m[3] !== undefined) {
        place = -countOf((m[3] as string).normalize("NFKC"));
        return;
      }
      const last = /最後|下|後ろ/.test(m[1] as string);
      placeCount = countOf((m[2] as string).normalize("NFKC"));
      place = last ? -1 : 1;
    });
  // (One place read at most: a few said at an end is the pick.)
  if (place === undefined) {
    if (departments.length === 1) text = cut(text, PLACE_IN_LIST, placed);
    // 「7-4-2の1番」「7-4-2の2番目の事業」: one project of the initiative's list, by its place (an initiative numbers
    // none of its own; 7-2の3番 is policy 7-2's No.3).
    else if (departments.length === 0 && codes.length === 1 && codes[0]?.kind === "initiative")
      text = cut(text, PLACE_AFTER_INITIATIVE, placed);
    // 「7-7の最後の事業」「R4に完了する事業の3番目」: of any other list made exactly (not 7-2の3番, policy 7-2's No.3).
    else if (madeExactly) text = cut(text, PLACE_OF_ANY_LIST, placed);
  }

  // A unit with the department suffix that is none of the plan's, in the clause that asks (「財政課の田中です。」
  // before the ask is who is asking): 課 not followed by kanji, so 課題 and 課税 are not units.
  // (Before the ask too, when said as what is asked about — 「うちの課（職員課）に関係ありそうな事業を洗い出すよう言われ
  // ましたが、どれが該当しますか？」 had lost the note, and five projects sharing 職員 were answers: probe 151.)
  // 「人事課と財政課の事業を比較して」: a unit the plan lacks, listed with one it has, is no word of a subject — the one
  // it has is answered, and this one named as not the plan's (probe 160: searched as 財政 among 人事課's projects, 0件
  // had said 人事課 has none).
  const listedBeside =
    departments.length > 0 && excludedDepartments.length === 0
      ? [...text.matchAll(UNKNOWN_UNIT)]
          .filter(
            (m) =>
              !GENERIC_UNIT.test(m[0]) &&
              (LIST_JOINED_BEFORE.test(text.slice(0, m.index ?? 0)) ||
                LIST_JOINED_AFTER.test(text.slice((m.index ?? 0) + m[0].length))),
          )
          .map((m) => m[0])
      : [];
  for (const unit of listedBeside) text = text.replace(unit, " ");
  const unknownDepartments =
    departments.length + excludedDepartments.length > 0
      ? [...new Set(listedBeside)]
      : [
          ...new Set([
            ...[...askingClause(text).matchAll(UNKNOWN_UNIT)].map((m) => m[0]),
            ...[...text.matchAll(UNKNOWN_UNIT)]
              .filter((m) => UNIT_AS_SUBJECT.test(text.slice((m.index ?? 0) + m[0].length)))
              .map((m) => m[0]),
          ]),
        ].filter((name) => !GENERIC_UNIT.test(name));

  // 「完了しない」「終わらない」: a direction the project must not have (widened: 完了 is also 新規完了).
  const absent = new Set<Direction>();
  // 「新規完了も含めて」: the widening already includes it; the phrase is no subject — nor, in brackets, what stands
  // between a direction and its denial (一度も拡充（臨時拡充を含む）にならない).
  text = cut(text, INCLUDED_DIRECTION, () => undefined);
  text = cut(text, NEVER_DIRECTION, (m) => {
    const said =
      m[1] !== undefined ? [m[1]] : [...(m[2] as string).matchAll(DIRECTION_NAME_GLOBAL)].map((n) => n[0]);
    for (const word of said.map(directionOf)) for (const d of word ? widen(word) : []) absent.add(d);
  });
  text = cut(text, NEGATED_DIRECTION, (m) => {
    const said = m[1] ?? m[3];
    const word = said ? directionOf(said) : NEGATED_VERBS[(m[2] as string).slice(0, 2)];
    for (const d of word ? widen(word) : []) absent.add(d);
  });
  // 「もう終わったものは除いて」: the ended said in everyday words, left out as 完了したものを除いた is.
  text = cut(text, ENDED_LEFT_OUT, () => {
    for (const d of widen("完了")) absent.add(d);
  });
  // 「臨時拡充は除く」「新規完了以外」: directions named to be left out.
  const excluded = new Set<Direction>();
  // (Those left out by a verb of taking away right after them — 除く, 抜いて, 外して, 含めない…, not 以外: 「臨時拡充は
  // 除いて」「臨時拡充は抜いて」.)
  const takenAway = new Set<Direction>();
  // 臨時 alone (臨時は含めない, 臨時のものを除く) is 臨時拡充: the only direction it names. Projects taken away
  // by what they do (完了したものを除いた, 縮小する事業以外) are those that never do it — or not in the year
  // asked — as a denial is (「完了しない」); a direction alone left out (継続以外) is any other direction.
  text = cut(text, EXCLUDED_DIRECTION, (m) => {
    const whole = m[0] as string;
    const last = directionLeftOut(m[1] as string);
    // (The list before the last direction said; what follows it names none.)
    const at = whole.lastIndexOf(m[1] as string);
    const listed = [...whole.slice(0, at).matchAll(DIRECTION_NAME_GLOBAL)].map((n) => n[0] as Direction);
    const after = whole.slice(at + (m[1] as string).length);
    for (const direction of [...listed, last]) {
      if (/(?:もの|事業)\s*(?:は|を)?\s*(?:以外|除|のぞ)/.test(after)) {
        for (const d of widen(direction)) absent.add(d);
      } else {
        excluded.add(direction);
        if (!/^\s*[」』]?\s*(?:は|を)?\s*以外/.test(after)) takenAway.add(direction);
      }
    }
  });
  // (The names set apart are back: a subject now — 「チャレンジいばらき補助金の拡充以外」 leaves the project out.)
  text = setApart.reduce((t, n, i) => t.replaceAll(NAME_SET_APART(i), n), text);
  // 「マイナンバー以外」: a subject left out — a word of kanji, katakana or Latin letters before what leaves it
  // out (what is left once codes, departments and directions are read).
  const excludedSubjects: string[] = [];
  const unnamed: string[] = [];
  // 「AとB以外の人権・男女共生課の事業」: projects named in full, in a row, left out together (a follow-up names so
  // those it answered before — probe 75).
  const namesInARow = namesLeftOutInARow(catalog);
  if (namesInARow)
    text = cut(text, namesInARow, (m) => {
      for (const name of nameList(catalog)) if ((m[1] as string).includes(name)) excludedSubjects.push(name);
    });
  text = cut(text, EXCLUDED_SUBJECT, (m) => {
    // (Several in a row — 愛センターとローズWAM以外 — are each left out.)
    for (const subject of (m[1] as string).split(SUBJECTS_JOINED)) {
      // 新規事業以外: a direction after all.
      const word = subject.replace(/事業$/, "");
      const direction = DIRECTION_WORDS.find((d) => d === word);
      if (direction) excluded.add(direction);
      else {
        const named = namedInFull(subject, text, catalog);
        excludedSubjects.push(named);
        // (The start of the name, before its kanji, goes with it.)
        if (named !== subject) unnamed.push(named.slice(0, named.length - subject.length));
      }
    }
  });
  for (const start of unnamed) text = text.replace(`${start} `, " ");

  // 「臨時拡充のみ」「拡充だけ」: that direction alone, not widened.
  const only = new Set<Direction>();
  text = cut(text, ONLY_DIRECTION, (m) => only.add(m[1] as Direction));
  // 「通常の完了」: that one too, not the kinds its name is in — but in some year, not in every one (as 完了のみ is).
  const plain = new Set<Direction>();
  text = cut(text, PLAIN_DIRECTION, (m) => plain.add(m[1] as Direction));
  const exactly = new Set([...only, ...plain]);
  // 「R3~R7 ずっと載ってて」: every year asked is listed, each a condition of its own; with no year asked
  // (毎年度載ってる事業, 全年度に記載がある), every year of the plan — the cut phrase had left nothing to ask, 0件.
  text = cut(text, LISTED_THROUGHOUT, () => {
    const asked = years.size > 0 ? [...years].map((n) => `R${n}` as YearKey) : catalog.years;
    for (const year of asked) if (!conditions.some((c) => c.year === year)) conditions.push(listedIn(year));
  });
  let everyYear = spanContinued;
  text = cut(text, THROUGHOUT, () => {
    everyYear = true;
  });
  if (years.size >= 2)
    text = cut(text, CONSECUTIVE, () => {
      everyYear = true;
    });
  text = text.replace(ALL_OF_SPAN, (whole: string, named: string | undefined, direction: string) => {
    if (years.size < 2 && named === undefined && !/継続|縮小/.test(direction)) return whole;
    everyYear = true;
    return " ";
  });

  const directionHits = new Set<Direction>();
  for (const d of exactly) directionHits.add(d);
  // A project named in full (チャレンジいばらき補助金の拡充) is a subject: the direction in its name is no filter.
  const names = namesWithDirections(catalog).filter((n) => text.includes(n));
  const mark = (i: number) => `\uE000${i}\uE001`;
  // (The progressive said without its い — 減らしてる, 拡充されてる, 続いてた — as 減らしている is: the verb's ending left
  // behind had read as a subject, the direction as part of it — probe 180's 「いつから減らしてる？」.)
  let withoutDirections = names.reduce(
    (t, n, i) => t.replaceAll(n, mark(i)),
    text.replace(I_DROPPED, "い$1"),
  );
  for (const [pattern, word] of DIRECTION_PATTERNS) {
    withoutDirections = cut(withoutDirections, pattern, () => {
      for (const d of widen(word)) directionHits.add(d);
    });
  }
  withoutDirections = names.reduce((t, n, i) => t.replaceAll(mark(i), n), withoutDirections);
  const leftover = (t: string) => withoutFraming(t).replace(/[\p{P}\p{S}]/gu, "");
  // (A second ask pointing back at the first — 拡充が一番多い課はどこかと、その件数を — leaves no word beside the direction:
  // probe 478 had read 拡充 as a subject, and ranked the units whose projects name it.)
  const freeWithout = leftover(withoutDirections.replace(SECOND_ASK_OF_IT, " "));
  // A direction word is a filter when nothing else is asked or a year is named; otherwise it is part of the
  // subject (「補助金の拡充」 is a project's name, not a request for every expanded project).
  // Only exclusions (「継続以外」): every other direction.
  const namesDirection = directionHits.size > 0 || exactly.size > 0;
  // Directions only left out, none named to hold:
  const onlyLeftOut = directionHits.size === 0 && excluded.size > 0;
  // 「R3とR4の両方で拡充（臨時拡充は除く）」: a kind left out of the years' own directions, when they name one it
  // is in — not every other direction in some year beside them.
  const narrowed =
    onlyLeftOut &&
    conditions.some(
      (c) =>
        c.holds && c.directions.some((d) => excluded.has(d)) && c.directions.some((d) => !excluded.has(d)),
    );
  if (narrowed) {
    for (const c of conditions)
      if (c.holds && c.directions.some((d) => !excluded.has(d)))
        c.directions = c.directions.filter((d) => !excluded.has(d));
  } else if (
    // 「臨時拡充は除いて」 alone — no year or condition: the projects that do it taken away, as 「臨時拡充の事業は
    // 除いて」 says (「継続以外」 alone stays any other direction in some year).
    onlyLeftOut &&
    years.size === 0 &&
    conditions.length === 0 &&
    [...excluded].every((d) => takenAway.has(d))
  ) {
    for (const d of excluded) for (const w of widen(d)) absent.add(w);
    excluded.clear();
  } else if (onlyLeftOut) for (const d of DIRECTION_WORDS) directionHits.add(d);
  // (So is one said of every year: 「…改修事業は全部の年度で継続ですか」.)
  const directionsAreFilter =
    directionHits.size > 0 &&
    (freeWithout.length === 0 ||
      years.size > 0 ||
      everyYear ||
      KIND_OF_PROJECT.test(text) ||
      DIRECTION_OF_SUBJECT.test(askingClause(text)));
  // (What says a direction is shown — 完了が出ている, 縮小の方向性が出た — is no word of a subject once it is read.)
  if (directionsAreFilter) text = withoutDirections.replace(DIRECTION_SHOWN, " ");
  // 「茨木市の市民課の事業」「本市の事業で令和4年度に完了したもの」: beside a department, a code, a year or a direction, the
  // city's own name says whose every project is, and names none (probe 116: 茨木市 searched among 市民課's projects had
  // left 0件). Alone it stays a word to search: 「茨木のいいところを発信」 is of the city's promotion.
  if (departments.length + codes.length + years.size + conditions.length > 0 || directionsAreFilter)
    text = text.replace(CITY_ITSELF, " ");
  // 「ふるさと納税って茨木市でもやってる？」: the city said as the one doing, whatever is asked — no word of the subject
  // (probe 145: 茨木 had put the film project, which names the city, first).
  else text = text.replace(CITY_DOING, " ");
  // 「一番多い課はどこかと、その件数を」「…の担当課とその方向性」: a second ask joined by と, pointing back with その at
  // what the first asks — its words ask, they name no subject (probe 472: 「かと、その」 had been searched, 0件).
  text = text.replace(SECOND_ASK_OF_IT, " ");
  const hasFreeText = leftover(text).length > 0;
  const chosen = directionsAreFilter
    ? DIRECTION_WORDS.filter((d) =>
        exactly.size > 0 ? exactly.has(d) : directionHits.has(d) && !excluded.has(d),
      )
    : [];
  // 「R3に新規で始まってR4に完了」: a direction said again beside a year's own (始まって after 新規) is that year's,
  // no filter of its own — the condition already asks for it in that year.
  const saidAgain =
    years.size === 0 &&
    !everyYear &&
    only.size === 0 &&
    conditions.some(
      (c) =>
        c.holds && c.directions.length === chosen.length && chosen.every((d) => c.directions.includes(d)),
    );

  // 「7-2-4 R7まで」「7-7 R7まで」, a code or a unit said with no direction nor subject: every year of the plan would
  // filter nothing of its list, so the projects meant last to that year — listed in it, as 「R7まで続く」 says (probe
  // 349: 7-2-4's nine for six). With a direction (R7までに完了) the range stays: that direction in some year up to it;
  // with a subject (ふるさと寄附金の事業ってR7までだっけ？) it is the subject's projects, each said to last so or not;
  // alone (令和7年度まで) it is the plan's span.
  const lastsToTheEnd =
    toTheLastYear &&
    codes.length + departments.length > 0 &&
    !hasFreeText &&
    chosen.length === 0 &&
    conditions.length === 0 &&
    years.size === last - first + 1;
  const parts: Omit<
    Parts,
    "everything" | "byDepartment" | "byPolicy" | "byInitiative" | "byDirection" | "byYear" | "leavesOutOnly"
  > = {
    codes,
    years: lastsToTheEnd
      ? [`R${last}` as YearKey]
      : [...years].sort((a, b) => a - b).map((n) => `R${n}` as YearKey),
    directions: saidAgain ? [] : chosen,
    departments,
    ...(place !== undefined ? { place } : {}),
    ...(placeCount !== undefined ? { placeCount } : {}),
    excludedDepartments,
    excludedCodes,
    excludedSubjects,
    absentDirections: DIRECTION_WORDS.filter((d) => absent.has(d)),
    throughout: directionsAreFilter && (everyYear || (only.size > 0 && years.size === 0)),
    ownYears,
    conditions,
    changes,
    ...(steady !== undefined ? { steady } : {}),
    ...(listedFor !== undefined ? { listedFor } : {}),
    ...(changedTimes !== undefined ? { changedTimes } : {}),
    streaks,
    transitions,
    edges,
    nameHas,
    textHas,
    departmentHas,
    unknownDepartments,
    defines,
    unplannedDirections:
      ABOLISHED.test(registerless) &&
      !ENDED_AS_PLANNED.test(registerless.replaceAll("廃止", " ")) &&
      [...chosen, ...conditions.flatMap((c) => (c.holds ? c.directions : [])), ...(when ?? [])].includes(
        "完了",
      )
        ? ["廃止"]
        : [],
    backgroundUnits: [],
    dayLevel,
    ...(when ? { when } : {}),
    ...(span ? { span: lengthAsked ? ("length" as const) : (true as const) } : {}),
    ...(endedAsked ? { endedAsked: true as const } : {}),
    freeText: text.replace(/\s+/g, " ").trim(),
    hasFreeText,
  };
  // What it keeps, beside what it leaves out: directions only if it names some (継続以外 alone names every other).
  const keeps = isStructured({
    ...parts,
    directions: namesDirection ? parts.directions : [],
    excludedDepartments: [],
    excludedCodes: [],
    excludedSubjects: [],
    absentDirections: [],
  });
  const leaves =
    excluded.size +
      absent.size +
      excludedDepartments.length +
      excludedCodes.length +
      excludedSubjects.length >
    0;
  // (Completed in place, not spread into a copy: on Node 20 the spread copy of this ~25-field object outlived
  // its question, ~1.7 KB a reading promoted to the old generation at every scavenge; see BENCHMARKS.md.)
  return Object.assign(parts, {
    everything:
      !hasFreeText &&
      !isStructured(parts) &&
      (byDepartment || byPolicy || byInitiative || byDirection || byYear || ASKS_FOR_ALL.test(registerless)),
    byDepartment: byDepartment && departments.length === 0,
    byPolicy: byPolicy && codes.length === 0,
    // (Within a policy too: 7-2の取組ごとの件数.)
    byInitiative: byInitiative && codes.every((c) => c.kind === "chapter" || c.kind === "policy"),
    byDirection,
    byYear,
    leavesOutOnly: !hasFreeText && !keeps && leaves,
  });
}

/**
 * Verbs that say a direction is given to a project, in the plan's formal register too: 出ている, 出た, 示されている,
 * 打ち出されている, 掲げられている (probe 160: 「縮小の方向性が示されている事業」 had been searched as words, 0件).
 */
const SHOWN = String.raw`(?:出て\s*(?:い|お)?(?:る|ます)|出た|(?:示さ|打ち出さ|掲げら)(?:れて\s*(?:い|お)?(?:る|ます)|れた))`;

/** What is left of 「完了が出ている」「縮小の方向性が出た」 once the direction is read: の方向性が出ている, が出た
 * (がある, がついている stay: common words the search leaves). */
const DIRECTION_SHOWN = new RegExp(
  String.raw`(?:の\s*方向性\s*)?(?:が|の)\s*${SHOWN}(?=\s*(?:事業|もの|取組|取り組み|やつ|の))`,
  "g",
);

/**
 * A direction said of the projects asked for, after the subject (「Wi-Fiの事業で完了するもの」「コミュニティ関係で
 * 新規完了の事業」「Wi-Fiの事業のうち拡充のもの」「…で完了するのは？」): which of them, a filter — not what a project
 * does to its subject (「補助金を拡充する事業」「窓口の拡充」), which is the subject itself. The plan's direction words and 終わる only: 始まる and 続く say what a
 * project does as often — but not after a direction word (新規で始まったのは？, probe 78), nor の alone after one (新規のは？). Not the ones left
 * out (もう終わったものは除いて: a direction left out, read as one). A direction entered is one too: 縮小に入る事業, as
 * 縮小フェーズに入る事業 reads with its フェーズ gone (probe 342 had searched 入る: 0件). So is one said as the direction
 * (縮小の方向性になっている事業, 完了の方向性の事業の目的: probe 364 had answered 0件 beside 事業名 or 目的 asked), and
 * one's name run into 事業 after の (7-2の完了事業の件数と事業名: a kind; 補助金の拡充 alone stays the subject's), and the
 * side said after a verb (完了の記載があるほう: probe 366), and the ones asked whether there are (もう完了したのある？,
 * 拡充があったのは？ — probes 433 and 436 had searched 完了 and 拡充 among the subject's projects). 始まる said with
 * 新しく is 新規 too (そのうち新しく始めたのは？: probe 454 had kept the whole list).
 */
const KIND_OF_PROJECT = new RegExp(
  String.raw`(?:^|[でがはも、,\s]|うち|中で|なかで|の(?=\s*(?:${DIRECTION_NAMES})\s*事業))(?:(?:もう|既に|すでに)\s*)?(?:${DIRECTION_NAMES}|終了|終わる|終わった|終わって(?:い)?る|(?:新しく|新たに)\s*(?:(?:始め|はじめ|立ち上げ)(?:る|た)|(?:始ま|はじま|立ち上が)(?:る|った)))[」』]?\s*(?:する|した|している|してる|された|の|(?:で|として)\s*(?:始ま(?:った|る|って(?:い)?る)|スタートした|開始した)|に(?:なる|なった|なっている|なってる|入る|入った|入って(?:い)?る|移る|移った|移行する|移行した)|(?:の|と|が)\s*(?:記載|表記|記述)\s*(?:が|の)?\s*(?:ある|あります|あって|されて(?:い)?る)|(?:が|と)\s*(?:記載(?:され)?|掲載(?:され)?|書かれ|書い|載っ|入っ)て\s*(?:い|お)?(?:る|ます)|(?:の\s*方向性\s*)?(?:が|の)\s*(?:${SHOWN}|ある|あります|あった|ありました|(?:付|つ)いて\s*(?:い)?る|(?:付|つ)いた)|の\s*方向性\s*(?:の|(?:に|と)\s*(?:なって\s*(?:い|お)?(?:る|ます)|なる|なった)|である))?\s*(?:事業|もの|取組|取り組み|やつ|(?<=る|た|規|充|続|小|了)の(?=\s*(?:は|って|が|を|も|(?:ある|あります|あった|あれば)|[?？]|$))|(?<=る|た)\s*(?:ほう|方)(?=\s*(?:は|を|が|で|[?？。]|$)))(?!\s*(?:は|を)?\s*(?:除|以外|のぞ|抜い|省い))`,
  "u",
);

/** The usual kind of a direction, said against another (普通の拡充, 通常の拡充). */
const ORDINARY = "(?:普通の|通常の|ふつうの|ただの|単なる)";
/** Differing, said as a verb: 違う, 異なります. */
const DIFFERS = "違う|ちがう|違います|異なる|異なります";
/**
 * Two directions told apart (臨時拡充と拡充の違いは？, 臨時拡充は普通の拡充とは違うんでしょうか, 新規と新規完了って何が違う？):
 * the meaning of each asked. Groups 1 and 2: the directions. (The first may have been named in a sentence before: …って
 * 何ですか？普通の拡充とは違うんでしょうか — see MEANING_ASKED, read after this.)
 */
const DIRECTIONS_TOLD_APART = new RegExp(
  String.raw`[「『]?(${DIRECTION_NAMES})[」』]?\s*(?:と|は|って)\s*${ORDINARY}?\s*[「『]?(${DIRECTION_NAMES})[」』]?\s*(?:と)?\s*(?:は|って|の)?\s*(?:(?:何|なに|どこ|どう)\s*が?\s*)?(?:違い|ちがい|${DIFFERS}|区別)[^。？?\n]{0,16}[?？]?`,
  "g",
);

/** A direction the one asked about is said to differ from (普通の拡充とは違うんでしょうか). Group 1: that direction. */
const ANOTHER_TOLD_APART = new RegExp(
  String.raw`${ORDINARY}?\s*[「『]?(${DIRECTION_NAMES})[」』]?\s*と\s*(?:は)?\s*(?:(?:何|なに|どこ|どう)\s*が?\s*)?(?:${DIFFERS})[^。？?\n]{0,12}[?？。]?`,
  "g",
);

/**
 * The meaning of a direction asked (「臨時拡充」ってどういう意味ですか, 新規完了とは, 拡充ってなに？, 臨時拡充の意味は？ — probe
 * 166: had searched 意味; 資料に「臨時拡充」と書いてあるのですが、どういう意味でしょうか — probe 474). Group 1: the direction.
 */
const MEANING_ASKED = new RegExp(
  String.raw`[「『]?(${DIRECTION_NAMES})[」』]?\s*(?:(?:って|とは|というのは|っていうのは|(?:って|と)\s*(?:書いて(?:ある|あります)|書かれて(?:いる|る|います))\s*(?:の|ん)\s*(?:は|って)|(?:って|と)\s*(?:書いて(?:ある|あります)|書かれて(?:いる|る|います)|載って(?:いる|る|います))\s*(?:の|ん)?\s*(?:です|ます)?\s*(?:が|けど|けれど|けれども)\s*[、,]?\s*(?:これ|それ)?\s*(?:は|って)?)\s*(?:どういう\s*(?:意味|こと)|どんな\s*(?:意味|こと)|(?:何|なに|なん)(?=\s*(?:ですか|でしょう|なの|だっけ|[?？。]|$)))(?:ですか|でしょうか|なの|だっけ)?|の\s*意味\s*(?:は|って|を|が)?\s*(?:(?:何|なに|なん)\s*(?:ですか|でしょうか|なの|だっけ)?|(?:教えて|知りたい|しりたい|わから|分から)[^。？?\n]{0,12})?(?=\s*[?？。]|\s*$)|とは(?=\s*[?？。]?\s*$))\s*[?？]?`,
  "g",
);

/**
 * One's own reading of a direction checked (継続ってことは、前の年と同じようにやるって意味ですか？, 臨時拡充ってことは、その年だけ
 * 予算を増やすってこと？): its meaning asked, as って何？ asks it — the reading is no subject to search (probe 230 had
 * searched 意味 and 年, and answered related projects). Group 1: the direction.
 */
const MEANING_CHECKED = new RegExp(
  String.raw`[「『]?(${DIRECTION_NAMES})[」』]?\s*(?:って|という)\s*(?:こと|の)\s*は\s*[、,]?\s*[^。？?\n]{1,40}?(?:って|という|との)\s*(?:意味|こと)\s*(?:です|でしょう|なの|なん|だ)?\s*(?:か|よね|ね|かな)?\s*[?？。]?`,
  "g",
);

/**
 * 廃止 (a project abolished): no direction of the plan's, which says a project that ends 完了 — read as 完了 for what
 * is shown, and answered by none. Said beside a word for ending as planned (完了, 終わる), it is that word's.
 */
const ABOLISHED = /廃止/;
const ENDED_AS_PLANNED = /完了|終了|終わ|おわ|打ち切|やめ|止め|おしまい/;

/**
 * A direction said of the subject as what the question ends on (「コーチング研修って新規？」「…の普及促進は完了する？」
 * 「…は拡充されますか」): whether the projects named have it in some year — a filter, as 「…は新規事業ですか」 is.
 * Not a direction done to a thing (「補助金を拡充する？」): that is the subject. Said as written of it too (…の普及促進に完了の
 * 記載はある？ — probe 437 had searched 完了, and said no project holds the word).
 */
const DIRECTION_OF_SUBJECT = new RegExp(
  String.raw`(?:^|に|には|は|って|も)\s*(?:${DIRECTION_NAMES})\s*(?:の|と|って)\s*(?:記載|表記|記述)\s*(?:は|が|も)?\s*(?:ある|あります|あった|ありました|ない|無い|ありません|なかった)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|よね|ね)?\s*[?？]?\s*$|(?:は|って|も)\s*(?:${DIRECTION_NAMES}|終了|終わる|終わった)\s*(?:する|した|している|してる|される|された|されます|します|しますか|予定|の予定|になる|になった|になってる|になっている)?\s*(?:な?の|なん|ん)?\s*(?:です|でした|でしょう|ます|か|かな|だっけ|だった|だよね|よね|ね)*\s*[?？]?\s*$`,
  "u",
);

/**
 * The chapter named by its title, in brackets or quotes or not (この章（まちづくりを進めるための基盤）の事業,
 * 「まちづくりを進めるための基盤」の事業は全部で何件): the plan itself, as この章 — not words to search. Once per catalog.
 */
const CHAPTER_TITLE = perCatalog((catalog: Catalog) => {
  const title = normalizeWidth(catalog.plan.chapter).trim();
  return title === "" ? null : new RegExp(String.raw`[（(「『]?\s*${escapeRegExp(title)}\s*[）)」』]?`, "g");
});

/** A direction's name anywhere in a text. */
const DIRECTION_SAID = new RegExp(DIRECTION_NAMES);

/** Two or more of the projects' names in full, in a row (と, や, 、 between), then what leaves them out. */
const namesLeftOutInARow = perCatalog((catalog: Catalog) => {
  const names = [...nameList(catalog)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (names.length === 0) return null;
  const name = `(?:${names.join("|")})`;
  return new RegExp(
    // (One alone too: 人事給与制度の見直し以外で — its し had cut the name short of EXCLUDED_SUBJECT, probe 206.)
    String.raw`(${name}(?:\s*(?:と|や|、|,)\s*${name})*)\s*(?:の\s*事業\s*)?(?:を|は)?\s*(?:${LEAVING_OUT})`,
    "g",
  );
});

/** Where a project's name is set apart while a message's years and directions are read (see readParts). */
const NAME_SET_APART = (i: number) => `\uE010${i}\uE011`;
/** The projects' names with a direction word in them (チャレンジいばらき補助金の拡充), found once per catalog. */
const namesWithDirections = perCatalog((catalog: Catalog) =>
  nameList(catalog).filter((n) => DIRECTION_WORDS.some((d) => n.includes(d))),
);

/**
 * A subject left out, as the project name it ends is typed in full before it: 「ふるさと寄附金推進事業を除いた」 leaves
 * out ふるさと寄附金推進事業, though a subject is read from its kanji (寄附金推進事業).
 */
function namedInFull(subject: string, text: string, catalog: Catalog): string {
  const name = nameList(catalog).find(
    (n) => n.length > subject.length && n.endsWith(subject) && text.includes(n),
  );
  return name ?? subject;
}
