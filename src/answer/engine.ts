// Wires the plan, the clock and the lazily built search index into one `ask` function. The dictionary is
// loaded on the first free-text question (or by `warmUp`, in the background), never for structured ones.
// The search modules (FlexSearch, the analyzer, the index cache) are imported only then as well; the lexicon's
// module is light and is imported at once for the dictionary folder, whose departments.txt the catalog reads.

import { reiwaLabel } from "../plan/fiscal.js";
import { DIRECTION_WORDS, type Direction, type Plan, type Project, projectKey } from "../plan/schema.js";
import type { Analyzer } from "../search/analyzer.js";
import { kanjiForms } from "../search/kanji-forms.js";
import { BUNDLED_DICT_DIR } from "../search/lexicon.js";
import {
  escapeRegExp,
  HIRAGANA_RUN,
  normalizeWidth,
  QUESTION_WORDS,
  withoutLaughter,
  withSpaceRunsShortened,
} from "../search/normalize.js";
import type { RankingOptions, SearchIndex, SearchResult } from "../search/search-index.js";
import { loadDepartmentAliases, loadTypos } from "./aliases.js";
import {
  checkedAgainst,
  EVERY_ONE,
  everyOfSubject,
  withEveryOfSubjectChecked,
  withEveryOneChecked,
} from "./all-asked.js";
import {
  type Answer,
  answer,
  CONFIRMS_DEPARTMENT,
  countSentence,
  countsComparedSaid,
  departmentsLine,
  EMPTY_INITIATIVES,
  holdsAsWritten,
  LINE_EACH,
  NONE_MEET,
  quoteQuestion,
  readAsNote,
  SHOWN_WITH_RELATED,
  saidInReadAsNote,
  shareSentence,
  shownAsAsked,
  shownProjects,
  wholeSentence,
  withKanaRead,
  yearSentence,
} from "./answer.js";
import { buildCatalog, type Catalog, projectNumbered, saidName } from "./catalog.js";
import { checkedClaim, claimAsked } from "./claim.js";
import { codeChecked, codeOffered } from "./code-check.js";
import {
  completesWithin,
  ENDS_OF_THOSE,
  endAt,
  endCompared,
  lastListed,
  rankedByEnd,
  WHOLE_PLAN,
} from "./compare.js";
import { itemAsked, itemSentence } from "./content-item.js";
import { withCountChecked, withoutCountAsserted } from "./count-check.js";
import { asksCourse, courseAround } from "./course.js";
import {
  askedOfProjects,
  asksCountAlone,
  asksOfInitiatives,
  asksOfOneBefore,
  asksSameUnit,
  asksTheDifference,
  asksTheOtherOne,
  asksTheRest,
  asksWhetherPartyEligible,
  asksWhole,
  asksWhyOfPremise,
  beforeAskedAgain,
  beforeDenied,
  edgeAsWhen,
  eitherSubject,
  everyOfThoseAsked,
  goesOn,
  inPlaceOfOpposite,
  isBare,
  MAX_PROJECTS_NAMED,
  namesTheInitiativeAlone,
  narrowedAmong,
  narrowingRest,
  numberPicked,
  OPENING_CONNECTIVE,
  ofPolicysInitiatives,
  ofThoseNotChecked,
  oneThatThenAsked,
  onlyOneKept,
  otherOneAsked,
  othersAsked,
  pairNamedAlone,
  pickedAgain,
  picksByPlace,
  picksOne,
  pointingBack,
  policyInView,
  readAfter,
  relationAsked,
  type Swapped,
  sameConditionsAsked,
  saysSameAs,
  siblingNarrowing,
  sideAsked,
  sideThenAsked,
  similarAsked,
  takesBack,
  theRestNarrowed,
  theRestThenAsked,
  unitLeftOutOfBefore,
  withAdded,
  withCodeSwapped,
  withCorrected,
  withDirectionAsOnes,
  withDirectionBeforeHadOnce,
  withDirectionHadOnce,
  withDirectionSwapped,
  withExtremeOfCounted,
  withFieldSubjectSwapped,
  withNegationFlipped,
  withNumberSwapped,
  withOneThatCompared,
  withOtherOfSameName,
  withoutReplyOpening,
  withoutSameUnitAlso,
  withPairSwapped,
  withSameAs,
  withSameYearNamed,
  withStepFromYearBefore,
  withSubjectInView,
  withSubjectSwapped,
  withThereAsUnit,
  withUnitOfItSaid,
  withUnitSwapped,
  withWhichOfThemNarrowed,
  withWordCorrected,
  withYearAndDirectionSwapped,
  withYearSwapped,
  yearOfThoseAsked,
} from "./follow-up.js";
import { MAY_NAME_KANA_UNIT, withUnitsInKanji } from "./kana-units.js";
import { alsoAsked, alsoAskedAlone, onlyAsked, withAlsoChecked, withOnlyChecked } from "./only-check.js";
import { thingOfItAsked, withThingOfItChecked } from "./part-check.js";
import { asksInTheNegative, eitherUnitAsked, withEitherUnitSaid, withNegativeAsked } from "./polarity.js";
import { quotedQuestionAsked } from "./quoted-question.js";
import {
  ASKS_COUNT,
  addsToOneBefore,
  askingClause,
  asksFieldLast,
  asksOnlyFields,
  asksTheProjectConcerned,
  asksYesOrNo,
  fieldsAskedIn,
  lastSentenceAfter,
  NARROWING,
  NARROWING_WORD,
  numberedAsks,
  numberedAsOne,
  numberedContext,
  onlyShapeAsked,
  SHARE_ASKED,
  SHARE_WORD,
  stripRegister,
  twoAsks,
  twoSubjects,
  withBulletsNumbered,
  withoutAskedBy,
} from "./register.js";
import { withWhetherSaidAnswered } from "./said-check.js";
import { sameUnitAsked, withSameUnitSaid } from "./same-unit.js";
import { withSortAsked } from "./sort-asked.js";
import { aboutMessage } from "./understand/about-bot.js";
import { inCommonJapanese, withKanaWords } from "./understand/common.js";
import {
  ALL_ALONG,
  ALSO_INCLUDED,
  DIRECTION_NAMES,
  DIRECTION_NONE_ASKED,
  WHEN_UNTIL,
} from "./understand/directions.js";
import { TOP_UNITS_AFTER, topUnitsAfter } from "./understand/frame.js";
import { withoutMarkup } from "./understand/markup.js";
import { prepareNameSlips } from "./understand/names.js";
import { withListFirst, withoutPastedFrame } from "./understand/pasted.js";
import {
  asListed,
  BUDGETED_IN_YEAR,
  GOES_ON_IN_KANA,
  LISTED_IN_KANA,
  spokenPlaces,
  visitSpared,
  yearsSaidInDigits,
} from "./understand/spoken.js";
import { fromSearchSyntax } from "./understand/syntax.js";
import { OWN_UNIT, ownUnit } from "./understand/units.js";
import { asksOnlyUnrecorded } from "./understand/unrecorded.js";
import { perText } from "./understand/util.js";
import { SORT_ASKED } from "./understand/written.js";
import { ANY_YEAR, nextOfLineBefore, withKanjiDates } from "./understand/years.js";
import {
  isStructured,
  MAX_QUESTION_CHARS,
  planEnds,
  readAlike,
  type Understanding,
  understand,
  withoutWordSpaces,
} from "./understand.js";

export interface AskOptions {
  /** The question asked before this one in the same thread or DM: a message that goes on from it is read after it. */
  previous?: string | undefined;
}

/** The note on a message that reads as a follow-up but came with no question before it. */
export const READ_ALONE =
  "前の質問に続けて聞く言い方のようですが、前の質問がないため、この質問だけで読みました。DM やスレッドの中で続けて送ると、前の質問に続けて読みます（/plan は1つずつ読みます）。";

/**
 * What the next message in the same thread or DM goes on from: the question as read — a yes-or-no asked after it
 * on a line of its own, which only a message asking it again of something else reads (「それってR5以降も載ってる？」
 * then 「その担当課は？」 asks of the project, not of its R5 listing; 「じゃあR4は？」 asks whether it is listed in R4).
 */
export function goesOnFrom(answered: Answer): string {
  const on = goesOnFromThis(answered);
  const withBoth = answered.alongside === undefined ? on : `${answered.alongside}${ALONGSIDE}${on}`;
  // (Only when the thread's first question no longer opens it: a chain of narrowings still does.)
  const first = answered.threadFirst;
  return first === undefined || firstQuestionOf(withBoth) === first
    ? withBoth
    : `${first}${THREAD_FIRST}${withBoth}`;
}

/** The first question of what a message goes on from, without the marks the thread's text carries. */
const firstQuestionOf = (previous: string) =>
  (
    previous
      .replace(THREAD_MARKS_ALL, "\n")
      .split("\n")
      .find((l) => l.trim() !== "") ?? ""
  ).trim();

function goesOnFromThis(answered: Answer): string {
  const read = answered.readAs ?? answered.query;
  // (A yes-or-no asked first is marked too: it has nothing before it to give way to, but another subject may be asked
  // it again — 「マイナンバーのやつってR4も載ってる？」 then 「住民票のほうは？」.)
  if (answered.pickedFrom !== undefined) return `${answered.pickedFrom}\n${PICKED}${read}`;
  // (After 「一番多い課は？」, what follows narrows that unit's projects: 「そのうち完了するのは？」 had worked out the
  // most again among those that complete — session 56 noticed.)
  // (Of a chain, in place of the line that asked it: a chain is read three lines at most.)
  if (answered.extremeOf !== undefined && !answered.keepsSubject && !answered.verdict) {
    const lines = read.split("\n");
    return [...(lines.length > 1 ? lines.slice(0, -1) : lines), `そのうち${answered.extremeOf}`].join("\n");
  }
  if (answered.continuedFrom === undefined) return answered.verdict ? `${YES_OR_NO}${read}` : read;
  if (answered.keepsSubject)
    return answered.foundNothing
      ? `${answered.continuedFrom}${FOUND_NOTHING}${read}`
      : answered.continuedFrom;
  // A yes-or-no on the way is kept last, on a line of its own, marked: a message asking it again of another year,
  // department or direction (「R6で完了する？」 then 「R7は？」) asks it so; any other leaves it out (see the engine's ask).
  return answered.verdict
    ? `${answered.continuedFrom}\n${YES_OR_NO}${read.split("\n").at(-1) ?? read}`
    : read;
}

/** A message cut short: a noun then の or を, or a comma, at its end (市民会館跡地の, マイナンバーカードの事業を). */
const CUT_SHORT = /[\p{Script=Han}\p{Script=Katakana}ーa-z0-9]\s*(?:の|を)\s*$|[、,]\s*$/iu;
/** The invisible marks of what a message goes on from (see YES_OR_NO and PICKED). */
const MARKS = /[\u2062\u2063]/g;
/** A line that holds one of them: a marked line, not the question itself. */
const MARKED_LINE = new RegExp(MARKS.source, "u");
/**
 * Another subject said — the other side (人権の方の計画, 国際交流のほうで), a turn to the next (じゃあ人権施策の計画は？),
 * another one (もう一つあったよね？, 別の事業): not of the project in view (see inViewFirst).
 */
const OTHER_SIDE_SAID =
  /の\s*(?:方|ほう)(?![針法向面式々])|^\s*(?:じゃあ|じゃ|では|それでは|それじゃあ?|次は)|もう\s*(?:一つ|ひとつ|1つ|１つ|片方|一方)|(?:ほか|他|別)\s*の/u;
/** Whether it does or can, asked at the end (口座振替できる？, 使えますか, やってる？): see inViewRaised. */
const CAN_IT_ASKED =
  /(?:できる|できます|出来る|ある|あります|やってる|やっています|してる|しています|使える|使えます|いける|なる|なります)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|よね)?\s*[?？]+\s*$/u;
/** Another project said beside or instead of the one in view: …とどっち, じゃなくて, それとは別に, 似た. */
const ANOTHER_NAMED =
  /(?:と|より)\s*(?:どっち|どちら)|じゃなく|ではなく|でなく|別に|似た|同じ|(?:ほう|方)\s*(?:は|が|って|の|で)/u;
/** How many projects in view a subject searched afresh puts first, at most (see inViewFirst). */
const MAX_IN_VIEW = 3;
/** A place in a ranking said alone (2番目は？, じゃあ3位は？, 4番だと？): group 1 or 2 the place. */
const RANKED_PLACE_ALONE =
  /^(?:(?:じゃあ|では|で|次に?)\s*[、,]?\s*)?(?:([2-9])\s*(?:番目|位)|([2-9])\s*番(?!号))\s*(?:は|だと|って|の\s*(?:取組|取り組み|課|施策|年度|事業))?\s*[?？。]*$/u;
/** The top of a ranking asked (一番事業が多い, 最も少ない): what a place said after it asks again. */
const RANKED_FIRST = /(?:一番|いちばん|最も|もっとも)(?=[^。？?]*(?:多い|少ない|多く|少なく))/u;
/** The last line of what a message goes on from, its marks taken off: the question last asked. */
const lastLineOf = (text: string) => (text.split("\n").at(-1) ?? "").replace(MARKS, "");

/**
 * Whether a message names the codes and departments the line before named, the same ones, and some, with a year or a
 * direction of its own: the unit asked anew under other conditions.
 */
function namesTheUnitAgain(understood: Understanding, before: () => Understanding): boolean {
  const units = (u: Pick<Understanding, "codes" | "departments">) =>
    [...u.codes.map((c) => JSON.stringify(c)), ...u.departments].sort().join("\n");
  const own = units(understood);
  const conditions =
    understood.years.length +
    understood.directions.length +
    understood.absentDirections.length +
    understood.conditions.length;
  return own !== "" && conditions > 0 && own === units(before());
}
/** A run of hiragana long enough to be a word of its own (えんがわ, おくやみ). */
const KANA_WORD = /\p{Script=Hiragana}{3,}/u;
/** A searched word all in hiragana (えんがわ). */
const KANA_WORD_ALONE = /^[\p{Script=Hiragana}ー]{3,}$/u;
/**
 * The answer just shown taken back, what is meant said after it (いや、それじゃなくて…, そっちじゃなくて…, ちがう、その事業
 * じゃなくて…). Group 1: what is meant.
 */
const REJECTED =
  /^\s*(?:(?:いや|いえ|ううん|ちがう|違う|違います|ごめん)\s*[、,]?\s*)*(?:それ|そっち|そちら|これ|その事業|そこ|それら)\s*(?:じゃ|では|でも)?\s*(?:なくて|なく|ない)\s*[、,]?\s*(.+)$/u;
/** One side named opening a message (ハードのほうは…, 官民連携の方って…): one of those in view, picked by a word of it. */
const SIDE_NAMED = /^[^、,。?？!！\s]{1,20}?(?:のほう|の方)(?:は|って|も)/u;
/** What is meant, said as one side (…の研究してるほう, …できる方): the projects of it. */
const ONE_MEANT = /\s*の?\s*(?:ほう|方|やつ)(?=\s*(?:です|でした|だよ|だって)?\s*[。!！？?]*\s*$)/u;
/** A list asked for alone: 一覧で, じゃあ一覧にして, リストで見せて (not それを一覧で, which it is asked as). */
const LIST_ALONE =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:一覧|リスト)\s*(?:で|に(?:して)?|を)?\s*(?:見せて|出して|ください|下さい|お願い(?:します)?|ちょうだい|ほしい|欲しい)?\s*[?？。]*$/u;
/** More asked for, alone: もっとある？, もっとありますか — what the answer left out. */
const MORE_ASKED =
  /^(?:(?:じゃあ|じゃ|で)\s*[、,]?\s*)?もっと\s*(?:ある|あります|ない|あるの|ないの|ありますか|ないですか|あるかな|あったり(?:する)?)\s*(?:の|ん)?\s*(?:です)?\s*か?\s*[?？。]*$/u;
/**
 * Doubt of the answer just given, opening a message or alone: 本当に？, ほんと？, マジ？, 間違いない？, 確か？ — a sentence's
 * end after it (本当にそれだけ？ is a question of its own).
 */
const DOUBTED =
  /^(?:(?:え|えっ|えー)\s*[、,]?\s*)?(?:(?:本当|ほんと|ホント|マジ|まじ)(?:に)?|間違いない|まちがいない|確か|たしか)(?:です|なの|なん)?(?:ですか|か)?\s*(?:[?？!！。、,]+|$)/u;
/** Again, said of what was shown before: もう一回, もう一度, 再度. */
const AGAIN = String.raw`(?:もう\s*(?:一|1|１|いっ)\s*(?:回|度|かい)|再度|今一度)`;
/** The thread's first, said of a list or a question: 最初, 一番最初, はじめ. */
const FIRST_SAID = String.raw`(?:一番\s*)?(?:最初|はじめ|初め)`;
/**
 * The thread's first question gone back to, opening a message: 最初の一覧に戻って, 一番最初の質問で, 話戻るけど — group 1 what
 * follows, asked of it. Or the first list asked for again, alone (もう一回最初のリスト, 最初の一覧をもう一度, さっきの最初のリスト:
 * probe 476 had searched 最初, 0件, four threads of twenty) — not 最初のやつ alone, which picks the list's first.
 */
const BACK_TO_FIRST = new RegExp(
  String.raw`^\s*(?:(?:じゃあ|では|で|あと)\s*[、,]?\s*)?(?:${AGAIN}\s*[、,]?\s*)?(?:(?:さっき|前|まえ)\s*の\s*)?(?:話\s*(?:を|が|は)?\s*(?:戻る|戻す|戻します|戻って|戻りますが|もどる)(?:けど|けれど|けども|が|と)?|${FIRST_SAID}\s*の\s*(?:一覧|リスト|質問|話|やつ)\s*(?:に\s*(?:戻って|戻ると|もどって|戻りますが)|で|から|について|の中で|のうち)|${FIRST_SAID}\s*の\s*(?:一覧|リスト|質問)\s*(?:を|は)?\s*(?:${AGAIN})?\s*(?:見せて|出して|表示して|教えて|お願い(?:します)?)?\s*(?:ください|くれる|くれ|もらえる|もらえます)?\s*か?\s*[?？。!！]*\s*$)\s*[、,]?\s*(.*)$`,
  "su",
);
/** 逆に, 反対に opening a message (じゃあ逆に、…): what follows is set against what was asked last. */
const SET_AGAINST = /^\s*(?:(?:じゃあ|では|じゃ)\s*[、,]?\s*)?(?:逆に|反対に)(?:言うと|いうと)?\s*[、,]?\s*/u;
/** A narrowing said first (そのうち…, その中で…): a line of what a message goes on from that narrowed the one before. */
const NARROWING_FIRST = new RegExp(`^\\s*(?:${NARROWING})`);
/** A narrowing said first with what follows it (そのうち、…): taken off to leave what narrows. */
const NARROWING_SAID_FIRST = new RegExp(`^\\s*(?:${NARROWING})\\s*[、,]?\\s*`);
/** The words that open another ask in the same message: また, あと, それから. */
const ASK_OPENERS = "あと|それと|それから|また|加えて|あわせて|併せて";
/** Another ask's opener, and its comma (また、…, あと、…): what follows is a second ask. */
const SECOND_ASK_OPENED = new RegExp(String.raw`^\s*(?:${ASK_OPENERS})\s*[、,]\s*`, "u");
/** Another ask's opener before a narrowing (また、そのうち…, あと、その中で…): no word of it. */
const ANOTHER_NARROWING = new RegExp(
  String.raw`^\s*(?:${ASK_OPENERS})\s*[、,]?\s*(?=(?:その|この)\s*(?:うち|中))`,
  "u",
);
/** それ, その, そっち opening what follows 逆に: it points back by itself (逆にそれ以外は？). */
const POINTS_BACK_FIRST = /^(?:それ|その|そっち|そちら)/;
/**
 * Any of the invisible marks a thread's text may carry (see YES_OR_NO, PICKED, ALONGSIDE, FOUND_NOTHING; THREAD_FIRST
 * is taken off before anything reads it).
 */
const THREAD_MARKS = /[\u2060-\u2064]/u;
/** Every one of them in a text (see THREAD_MARKS). */
const THREAD_MARKS_ALL = new RegExp(THREAD_MARKS.source, "gu");
/** What a message (or what it goes on from) says to the bot or asks of it, read width-normalised as understand() does. */
const aboutOf = (text: string) => {
  const plain = text.normalize("NFKC");
  return aboutMessage(stripRegister(plain), plain);
};

/** What may lead a message that points at what was asked before (じゃあ、, で、, また). */
const LEAD = String.raw`\s*(?:(?:じゃあ|では|で|あと|また)\s*(?:[、,]\s*)?)?`;
/** The conditions of an answer that has none of its own: one joining or answering several asks. */
const NO_FILTERS: Answer["filters"] = {
  years: [],
  directions: [],
  departments: [],
  never: [],
  excluded: [],
  everyYear: false,
};
/** The projects' names, each once, in their order (a list's names as a follow-up names them). */
const namesOf = (projects: readonly Project[]): string[] => [...new Set(projects.map(saidName))];
/** The names of the projects an answer answered (see namesOf). */
const answeredNames = (answered: Answer): string[] => namesOf(answered.projects.slice(0, answered.answered));
/** A side of a comparison said by how long it lasts (短い方は, 長く続く方の目的は): group 1 the side, group 2 what follows. */
const COMPARED_SIDE =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(長く続く|長い|遅く終わる|後に終わる|あとに終わる|短い|早く終わる|先に終わる|早い|遅い)\s*(?:ほう|方)\s*(?:の|は|って)?\s*(.*)$/u;
/** Whether a text says the longer side (長く続く, 遅く終わる) or the shorter (短い, 早く終わる), if either. */
const senseOf = (text: string): "long" | "short" | null =>
  /長く続|長い|遅く終わ|後に終わ|あとに終わ|遅い/u.test(text)
    ? "long"
    : /短い|早く終わ|先に終わ|早い/u.test(text)
      ? "short"
      : null;
/**
 * A ranking asked with a field of what it ranks first (一番早く終わる事業の担当課は？, いちばん長く続くものの目的): group 1
 * the ranking, group 2 the field.
 */
const RANKED_THEN_FIELD =
  /^(.{0,30}?(?:一番|いちばん|最も)\s*[^。？?、,\s]{1,12}?(?:事業|もの|やつ))\s*(?:の|って)\s*(担当課|担当|所管課|目的|内容|方向性)\s*(?:は|を|って)?\s*(?:どこ|何|なに|教えて(?:ください)?|ください)?\s*(?:です|でしょう)?か?\s*[?？。]*$/u;
/** The narrowing just asked taken back (いや、そうじゃなくて、…; いや、逆に…): group 1, what is meant instead. */
const NARROWING_RETRACTED =
  /^(?:(?:いや|いえ|あ|ごめん|ごめんなさい|すみません|すいません|失礼しました)\s*[、,]?\s*)?(?:(?:そう|それ|そっち|今の)\s*(?:じゃ|では)\s*なく(?:て)?\s*[、,]?\s*(?:逆に\s*[、,]?\s*)?|(?<=^(?:いや|いえ)\s*[、,]?\s*)逆に\s*[、,]?\s*)(\S.*)$/u;
/** A line that narrows the list before it (そのうち, その中で, このうち). */
const NARROWS_LINE = /^\s*(?:その|この)\s*(?:うち|中|なか)/u;
/**
 * The question before with its last narrowing replaced by what a message retracting it means (see
 * NARROWING_RETRACTED; the message width-folded and trimmed): that line, asked as a narrowing of the lines before it. Null when the question before is no
 * plain chain ending in a narrowing.
 */
function retractedNarrowing(plain: string, before: string): { message: string; before: string } | null {
  const meant = NARROWING_RETRACTED.exec(plain)?.[1];
  if (meant === undefined || THREAD_MARKS.test(before)) return null;
  const lines = before.split("\n");
  if (lines.length < 2 || !NARROWS_LINE.test(lines.at(-1) as string)) return null;
  return {
    message: NARROWS_LINE.test(meant) ? meant : `そのうち${meant}`,
    before: lines.slice(0, -1).join("\n"),
  };
}
/**
 * Two lists asked for joined and counted or shown (両方合わせて何件？, 合わせて何件ですか, 足すと何件になる？, 合計で何件,
 * 両方合わせて一覧で): with no year, unit or word of its own.
 */
const BOTH_LISTS_JOINED =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:両方|二つ|2つ|どっちも|それぞれ)?\s*(?:とも)?\s*(?:を)?\s*(?:合わせて|あわせて|合わせると|足すと|たすと|足して|合計(?:で|すると|して)?|トータルで)\s*(?:全部で)?\s*(?:(?:何|なん)\s*件|いくつ|件数(?:は)?|一覧(?:で)?)\s*(?:に\s*なる|に\s*なります)?\s*(?:ですか|でしょうか|ある|あります(?:か)?)?\s*[?？。]*$/u;
/** Two lists' counts compared, asked alone (差は？, どっちが多い？, どちらが少ない？, 同じ？). */
const LISTS_COMPARED =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:(?:件数|数)\s*(?:の)?\s*)?(?:差|差分|(?:どっち|どちら)\s*(?:の\s*(?:ほう|方)\s*)?が\s*(?:多い|少ない)|同じ\s*(?:くらい|数)?)\s*(?:は|って)?\s*(?:何件|いくつ)?\s*(?:ですか|でしょうか|か|なの)?\s*[?？。]*$/u;
/** 前者 or 後者 opening a message (group 2), after what may lead it (group 1: じゃあ、). */
const FORMER_OR_LATTER = new RegExp(String.raw`^(${LEAD})(前者|後者)(?:\s*の\s*(?:方|ほう))?`);

/** The whole plan said as what to ask of, after a narrowing: 全体だと, 全体では, 計画全体で見ると, 全体なら. */
const WHOLE_PLAN_SAID = String.raw`(?:計画|この計画|この章)?\s*全体\s*(?:だと|では|で見ると|で見たら|なら|だったら)`;
/** It said at the end of a message (…完了するのは全体だと？) or opening it (全体だと、R5で…). */
const OF_THE_WHOLE_PLAN = new RegExp(
  String.raw`\s*[、,]?\s*${WHOLE_PLAN_SAID}\s*(?=[?？。、,]|$)|^\s*${WHOLE_PLAN_SAID}\s*[、,]?\s*`,
  "u",
);

/** Whether understanding read a unit, a code, a year or a direction in a message: a condition of its own. */
const namesACondition = (u: Understanding): boolean =>
  u.departments.length + u.codes.length + u.years.length + u.directions.length > 0;

/** What a word means, asked (方向性って何？, 取組とは？, 新規完了ってどういうこと？): see termMeaning. */
const TERM_ASKED =
  /(?:って|とは|というのは|っていうのは)\s*(?:何|なに|なん|どういう|どんな|[?？]\s*$)|の\s*意味/u;
/** A year, then the shape its list is wanted in (R4の分を施策ごとに, R5のは担当課別で, 令和4年度を課ごとに). */
const YEAR_THEN_SHAPE =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:令和\s*\d{1,2}\s*年度?|r\s*\d{1,2}|\d{4}\s*年度)\s*(?:の\s*(?:分|もの|やつ|事業)?)?\s*(?:を|は|で|も)?\s*(?:施策|担当課|課|部署|取組|取り組み|方向性)\s*(?:ごと|別|毎)/iu;
/**
 * A project's number said without its policy, opening a message (じゃあ16番は？, 10番の担当課, 次の10番の, ごめん、14番だった,
 * No.12は？): group 1 what opens it, 2 the number. Not a place (3番目) nor a count (10件).
 */
const NUMBER_WITHOUT_POLICY =
  /^((?:(?:じゃあ|じゃ|では|で|次の?|次は|あと|ごめん|すみません|いや|失礼しました)\s*[、,]?\s*)*)(?:no\.?\s*|ナンバー\s*)?(\d{1,2})\s*番(?!目|台)/iu;
/**
 * The unit the asker said they are of in a thread's text (市民課の者です, 人権・男女共生課です。, 財産活用課の田中ですが):
 * the last said, or undefined. Not a unit asked about (担当は市民課ですか？, 市民課ですよね).
 */
function askersUnit(text: string, catalog: Catalog): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const d of catalog.departments)
    for (const form of d.fullForms) {
      const said = new RegExp(
        String.raw`${escapeRegExp(form)}\s*(?:の\s*(?:者|職員|担当者?|[\p{Script=Han}]{1,4}))?\s*(?:です|でございます|と申します)(?!\s*(?:か|よね|ね|っけ|[?？]))`,
        "gu",
      );
      for (const m of text.matchAll(said))
        if (best === undefined || m.index > best.at) best = { name: d.name, at: m.index };
    }
  return best?.name;
}
/**
 * The project after or before the one in view, said by its place in the plan's order (その次の事業は？, 次のは？, ひとつ前の
 * 担当課は？): group 1, what opens the message; group 2, 次 or 前; the rest is what is asked of it. Not a year or a step
 * of another kind (その前の年は？, 次の年度の方向性は？).
 */
const NEXT_IN_ORDER =
  /^((?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)*)(?:その|この|それの)?\s*(?:ひとつ|一つ|1つ)?\s*(次|前)\s*の\s*(?:事業|やつ|もの|の)?\s*(?!\s*(?:年|月|週|日|回|時|期|段階|質問|話|件|ページ|会議|課|施策|取組|計画))(?=(?:は|って|の|も)?\s*(?:[\p{Script=Han}\p{Script=Katakana}]|[?？]|$))/u;
/** The longest ask after NEXT_IN_ORDER read of the project next or before: 担当課と目的を教えてください. */
const NEXT_ASK_CHARS = 14;
/**
 * A year or a code alone asked to be shown in a thread (R4だけ見せて, R4の分だけ見せて, 7-2のだけ一覧で, じゃあR5のを教えて):
 * that year's or code's part of what was asked, as R4だと？ asks it (probe 442: read as a new question, the count's
 * direction and policy dropped). Only as the whole message. Groups: what opens it, the year or code.
 */
const ALONE_SHOWN =
  /^(\s*(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?)((?:令和\s*[0-9]{1,2}\s*年度?|r\s*[0-9]{1,2}|[0-9]\s*-\s*[0-9](?:\s*-\s*[0-9]{1,2})?))\s*(?:の\s*(?:分|もの|やつ|事業)?)?\s*(?:だけ|のみ)?\s*(?:を|で)?\s*(?:見せて|一覧で|一覧にして|教えて|表示して|出して|リストで|リストにして)\s*(?:ください|くれる|ほしい|もらえる|もらえます\s*か)?\s*[?？。]*\s*$/iu;
/** Runs of half-width katakana (ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ, ｺﾐｾﾝ). */
const HALF_WIDTH_KANA = /[\uFF66-\uFF9F]+/g;
/**
 * The message with its half-width katakana full width, as the plan writes it (ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞを使う事業 is マイナンバーカードを
 * 使う事業): read as typed, the words were found but not as written in the plan, and one answer stood for three (probe
 * 449); the words searched were shown half width (probe 440).
 */
const fullWidthKana = (text: string): string => text.replace(HALF_WIDTH_KANA, (run) => run.normalize("NFKC"));
/** A direction in quotes asked alone (「新規」だけだと？, 『拡充』なら？): group 1, the direction. */
const QUOTED_DIRECTION_ALONE = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?[「『"](${DIRECTION_NAMES})[」』"]\s*(?:だけ|のみ)?\s*(?:だと|なら|では|だったら|は|に絞ると|に絞って)\s*[?？]*$`,
  "u",
);
/** A span of years asked of the one in view, pointed at (これR5以降は？, それってR4からは？): group 1, the span. */
const SPAN_OF_IT =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:これ|それ|この事業|その事業|こちら|そちら)\s*(?:って|は|の)?\s*((?:令和\s*\d{1,2}\s*年度?|r\s*\d{1,2})\s*(?:以降|以後|から)(?:\s*(?:令和\s*\d{1,2}\s*年度?|r\s*\d{1,2})\s*まで)?)\s*(?:は|って|だと)?\s*(?:どう\s*(?:なる|なってる|なっている|なります|ですか))?\s*[?？]*$/iu;
/** A direction asked whether written, of the one in view (完了の記載はないの？, それって拡充の記載ある？): group 1, from the direction. */
const DIRECTION_WRITTEN_ASKED = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:(?:これ|それ|この事業|その事業)\s*(?:って|は|に|には)?\s*)?((?:${DIRECTION_NAMES})\s*(?:の|と|って)\s*(?:記載|表記|記述)\s*(?:は|が|も)?\s*(?:ある|あります|あった|ない|無い|ありません)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|よね)?\s*[?？]*)$`,
  "u",
);
/** How many the answer showed, said before the ask (2つあるけど、, 3件出てきたけど、, 二つあるね。). */
const COUNT_SAID_FIRST =
  /^\s*(?:[2-9]|二|三|四|五|ふた|みっ|よっ)\s*(?:つ|件|個)\s*(?:ある|あります|あった|出て(?:る|きた|きました|いる|います))\s*(?:けど|けれど|けれども|が|から|ので|ね|な)?\s*[、,。]\s*/u;
/** A place alone, asked after a question that named one (じゃあ4つ目は？, 5番目は？): group 1, its number. */
const PLACE_ALONE =
  /^(?:(?:じゃあ|じゃ|では|で|次は?|あと)\s*[、,]?\s*)?(\d{1,2})\s*(?:つ目|番目|個目|件目)\s*(?:の\s*(?:事業|やつ|もの))?\s*(?:は|って|も)?\s*[?？]*$/u;
/** A place said in a question (3つ目, 2番目): group 1 its number, 2 its counter. */
const PLACE_SAID = /(?<!\d)(\d{1,2})\s*(つ目|番目|個目|件目)/gu;
/**
 * The rest of the list said short (逆は, 反対は？, 逆だと, それ除外, それは除く, それ除いて, それ抜きで): group 1, 逆 or 反対 when
 * said so.
 */
const THE_REST_SAID_SHORT =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:((?:逆|反対))\s*(?:は|だと|なら|の\s*(?:ほう|方|もの|やつ)\s*(?:は)?)|(?:それ|これ|そこ|その\s*(?:\d+|[一二三四五])\s*(?:件|つ))\s*(?:は|を)?\s*(?:除外|除く|除いて|除いた|除いたら|のぞいて|抜き|抜いて|抜いたら|外して)(?:\s*(?:で|は|して|したら|だと))?)\s*[?？。]*$/u;
/** A total asked alone (合計, 合計は？, 合計で). */
const TOTAL_ALONE =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:合計|総計|トータル)\s*(?:は|で|だと)?\s*[?？。]*$/u;
/** The other units asked for alone (それ以外の課だと？, ほかの課は？, 他の担当課のは？): group 1, それ以外, ほか or 他. */
const OTHER_UNITS_ALONE =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(それ以外|ほか|他)\s*の\s*(?:担当課|課|部署)\s*(?:だと|では|なら|だったら|は|って|の\s*(?:は|やつ|事業)\s*(?:は|って)?)\s*[?？]*$/u;
/**
 * The list in view asked for whole, and nothing else (全部, 全部見せて, もっと, 続きを見せて, それ全部教えて, 全件出して).
 */
const WHOLE_LIST_ASKED =
  /^(?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?(?:(?:それ|これ|その一覧|そのリスト)\s*(?:を|も)?\s*)?(?:全部|ぜんぶ|全件|すべて|全て|もっと|続き|つづき)\s*(?:を|で|の)?\s*(?:見せて|みせて|教えて|おしえて|出して|だして|表示して|見たい|みたい|ください|下さい|ちょうだい|お願い(?:します)?|ほしい|欲しい)?\s*(?:ください|下さい|ほしい|欲しい)?\s*[?？。!！]*$/u;

/** A list named with 全体 before a share asked (7-2全体の何割？, 財産活用課全体に占める割合): group 1, the list. */
const SHARE_OF_NAMED_WHOLE = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で|それって|それは|それ)\s*[、,]?\s*)?([^、,。？?\s]{1,24}?)\s*全体\s*(?:の|に\s*占める|での|で)\s*(?:${SHARE_WORD}|なんわり)`,
  "u",
);
/** A share asked of a part of a list the message names before のうち or の中で: group 1, that list. */
const SHARE_AFTER_PART = /^(.+?)(?:のうち|の中で|の中の|のなかで)(?=[^。]*(?:割合|比率|割|パーセント|%|％))/u;
/** A pointer before のうち (そのうち, このうち, その中で): the list in view, not one named. */
const POINTER_BEFORE_PART = /^\s*(?:そ|こ|それ|これ|その|この|あの)?\s*$/u;
/** A share sentence (see shareSentence), said once. */
const SHARE_SAID = /に占める割合は/u;

/** What marks the yes-or-no line of what a message goes on from (an invisible separator, U+2063): never asked. */
const YES_OR_NO = "\u2063";
/** What marks the line of a project picked from a list by its place (an invisible times, U+2062): never asked. */
const PICKED = "\u2062";
/**
 * What sets apart the question asked before another subject's side was (an invisible plus, U+2064): read only by
 * 前者, 後者 and 両者, and taken off before anything else reads what a message goes on from.
 */
const ALONGSIDE = "\u2064";
/**
 * What sets apart a message in a thread that found nothing to show (an invisible separator's twin, U+2061) from what
 * was before it: only a message correcting it or asking it of another subject reads it (「失礼しました、ドローンでは
 * なくWi-Fiです」, 「じゃあWi-Fiだと？」); any other goes on from what was before (see the engine's ask).
 */
const FOUND_NOTHING = "\u2061";
/**
 * What sets apart the thread's first question (a word joiner, U+2060) from what a message goes on from, once another
 * subject was asked since: read only by a message pointing back at it (see FIRST_ASKED), taken off at once otherwise.
 */
const THREAD_FIRST = "\u2060";
/**
 * A message pointing back at the thread's first question by what was done with it (最初に聞いたやつ, 一番最初に質問した事業 —
 * probe 293: 最初 had been searched, 0件, three threads of twenty): what follows is asked of it, as of それ. (最初の一覧に
 * 戻って and 最初の質問で open a message: see BACK_TO_FIRST. 最初のやつ and 最初の事業 are the first of the list in view.)
 */
const FIRST_ASKED =
  /(?:一番|いちばん)?最初に\s*(?:聞いた|きいた|訊いた|質問した|尋ねた|たずねた|調べた)\s*(?:やつ|ヤツ|もの|の|事業|件|質問|こと|話)?/u;
/** What FIRST_ASKED leaves: それ in its place (最初に聞いたやつの担当課 → それの担当課), or null. */
const pointingAtFirst = (typed: string): string | null => {
  const m = FIRST_ASKED.exec(typed);
  return m === null ? null : `${typed.slice(0, m.index)}それ${typed.slice((m.index ?? 0) + m[0].length)}`;
};
/** A unit's projects asked for (…の事業は？, …がやってるのはどれ？, …の担当の事業って何がある？). */
const UNITS_LIST_ASKED =
  /(?:の\s*(?:担当\s*の\s*)?(?:事業|取組|取り組み|仕事)|が\s*(?:やって|担当して|持って)(?:い)?る\s*(?:の|事業|もの|やつ))\s*(?:は|って|を)?\s*(?:どれ|何|なに|全部|教えて)?/u;
/** Why, what or how, asked (なんで, 何をする, 何が増える, どう変わる, のあと). */
// (Or a field of it asked after the year said of it — 「令和4年度に拡充になってるけど、内容は？」: probe 337 had listed
// the year's three.)
const WHY_OR_WHAT =
  /なんで|なぜ|何故|どうして|何が|何を|なにが|なにを|どう\s*変わ|どうなる|どんな|のあと|の後|理由|(?:けど|けれど|が)\s*[、,]?\s*(?:その\s*)?(?:内容|中身|目的|詳細|概要)\s*(?:は|って|を)/u;
/** A list asked for at the end (…のは何？, …ものはどれ？): which projects, not of one. */
const LIST_ASKED =
  /(?:のは|ものは|事業は|やつは|のって)\s*(?:何|なに|どれ|どこ)\s*(?:です|でしょう)?\s*(?:か)?\s*[?？。]*\s*$/u;
/** Other projects, said so (ほかの事業は？, 他の事業ある？) — not 他には？, which asks of what the answer before searched. */
const OTHER_PROJECTS = /(?:ほか|他)\s*の\s*(?:事業|取組|取り組み)/u;
/** その2つ (after `pointers`: その, この): the two in view — not those left out (その2つ以外, その2つを除いた, その2つのほか). */
const thoseTwo = (pointers: string) =>
  String.raw`(?:${pointers})\s*(?:2|２|二|ふた)つ(?!\s*(?:以外|を除|は除|を抜|は抜|のほか|の他|ほか|他))`;
/** 両者, 両方, どちらも, 2つとも, いずれも opening a message: both of what was asked. */
// (その2つ too — 「その2つはどちらも令和4年度で完了ですか？」: probe 302 had said はい of one.)
// (And which of the two — 「どっちが先に完了する？」 after 「…（ハード）の方向性」「周辺整備のほうは？」: probe 337 had compared
// the one in view alone.)
const BOTH_LEAD = new RegExp(
  String.raw`^${LEAD}(?:両者|両方|どちらも|どっちも|(?:2|２|二|ふた)つとも|いずれも|${thoseTwo("その|この")}|(?:どっち|どちら)(?:\s*の\s*(?:ほう|方))?\s*(?=が))`,
);
/** Each of them or both, said anywhere in a message: それぞれ, どちらも, 両方とも, その二つ, 2つとも. */
const EACH_OR_BOTH_SAID = new RegExp(
  `それぞれ|両者|両方|どちらも|どっちも|いずれも|(?:2|２|二|ふた)つとも|${thoseTwo("その")}`,
  "u",
);

/** Whether any are so, asked of things (…ものはある？, …ものはございますでしょうか, …事業もある？): not 「じゃあR6は？」. */
const ANY_OF_THEM_ASKED = /(?:もの|やつ|事業)\s*(?:は|って|も)\s*(?:ある|あります|あり|ござい)/u;
/** じゃあ or では, then what is in view pointed at (じゃあそれR7も載ってる？): of it, not of the list before it. */
const POINTED_AFTER_THEN =
  /^\s*(?:じゃあ|じゃ|では|それなら|それでは)\s*[、,]?\s*(?:それ|その|これ|この|そっち|そちら|こっち|こちら)/u;

/** Why what is in view is not listed on, asked as a thread asks it: what a premise then why is read as (see goOn). */
const WHY_NOT_LISTED = "なんで載ってないの？";

/** The verb a yes-or-no of a year ends on (R7もやる？, R5もある？, R6も載ってる？), set aside to ask it of a direction. */
const YEAR_ASK_VERB =
  /(?<=も)\s*(?:やる|やります|やってる|ある|あります|載ってる|載ってます|載る|続く|続きます|続いてる)\s*(?:の|ん)?\s*(?:です)?\s*(?:か)?\s*[?？]+\s*$/u;

/** What a message goes on from, split where a project was picked from a list: the list's question and the pick. */
function splitPicked(given: string): { list: string; line: string } | null {
  const at = given.indexOf(PICKED);
  return at < 0 ? null : { list: given.slice(0, at - 1), line: given.slice(at + 1) };
}

/** 「何年度に終わるの？」「いつまで臨時拡充なの？」「何年度まで載ってますか？」: when, and no word of its own. */
const asksOnlyWhen = (u: Understanding) =>
  u.when !== undefined &&
  !/[\p{Script=Han}\p{Script=Katakana}a-z0-9]/u.test(
    u.freeText
      .replace(THE_PLAN_ITSELF, "")
      .replace(WHEN_UNTIL, "")
      // (予定 and 見込み say it is a plan: 「いつ完了する予定？」 asks when — probe 74. 今 and 現在 say when one asks:
      // 「今はもうやってない？」 — probe 350.)
      .replace(/何|年度|年|予定|見込み|今|現在/g, ""),
  );
/**
 * The plan itself, named where a thing is in it (いつまで計画に載ってる？, 計画上は, この計画に — as 総合計画 is read):
 * no subject (probe 72).
 */
const THE_PLAN_ITSELF =
  /(?<!\p{Script=Han})(?:この\s*)?(?:総合計画|実施計画|計画)(?:書)?(?:上|の中|内)?\s*(?:には|では|に|で|は)?/gu;

/**
 * Whether a follow-up only asks something of the projects just answered — when (いつから縮小？), a field (担当はどこ？,
 * 目的は？) or yes or no of a year (R4で完了してる？) — and neither narrows nor changes them (臨時拡充は除いて, 人事課は？).
 */
function onlyAsksOf(u: Understanding, question: string): boolean {
  if (u.codes.length + u.departments.length + u.excludedDepartments.length + u.excludedSubjects.length > 0)
    return false;
  if (u.leavesOutOnly || u.conditions.length > 0 || u.absentDirections.length > 0) return false;
  const ask = askingClause(stripRegister(question));
  return (
    asksOnlyWhen(u) ||
    (ask !== "" && asksOnlyFields(ask)) ||
    (u.years.length > 0 && (asksYesOrNo(question) || asksFieldLast(question)))
  );
}

/**
 * Whether a reading names a year or a direction, and not a whole question of its own: one that names a year and a
 * direction, or two conditions, is one (R4に新規でR5に完了は？) — unless it asks yes or no of one year
 * (「R4で完了してる？」: of what was just asked about; which projects would be 「R4に完了するのは？」).
 */
const namesOnlyAYearOrDirection = (u: Understanding) =>
  asksOnlyWhen(u) ||
  // (Several years' directions claimed of what is in view — R3新規、R4〜R7継続で間違いない？ — are asked of it; not
  // two conditions asked as a list of their own, R4に新規でR5に完了は？)
  ((u.conditions.length <= 1 || CLAIM_CONFIRMED.test(u.question)) &&
    (!(u.years.length > 0 && u.directions.length > 0) ||
      // (Years from one on or up to one — R4から縮小ですか？, R4までは臨時拡充？ — and years said one by one — 「R3とR4は
      // 臨時拡充だよね？」 — asked yes or no after a project are asked of it as one year is: probe 424's span and probe
      // 456's two years had each listed the chapter's seven with 臨時拡充. Not a span said as a half, 前半に臨時拡充は？,
      // which asks the plan's.)
      ((u.years.length === 1 || YEARS_ON_FROM.test(u.question) || YEARS_ONE_BY_ONE.test(u.question)) &&
        asksYesOrNo(u.question)) ||
      // 「じゃあR4で拡充なのは？」: the ones (の) of a year's direction, among those in view.
      THE_ONES.test(u.question)) &&
    // (A project's own last or first year too: 「じゃあR5で記載が終わるのは？」 — probe 83; and how its directions run —
    // 「そのうち2回以上変わってるのは？」「そのうち方向性が一度も変わらないのは？」「そのうち最後は完了のものは？」: probe 489
    // had answered the whole list in view again.)
    u.years.length +
      u.directions.length +
      u.absentDirections.length +
      u.conditions.length +
      u.ownYears.length +
      u.edges.length +
      (u.steady === undefined ? 0 : 1) +
      (u.changedTimes === undefined ? 0 : 1) >
      0);
/** Words that ask a claim to be confirmed: 合ってる, 間違いない, 正しい, だよね, だっけ, でいい. */
const CLAIM_CONFIRMED =
  /合って|あって(?:る|ます)|間違い|まちがい|正しい|だよね|ですよね|よね|だっけ|でしたっけ|で(?:いい|よい|良い|よろしい)|という理解/u;
/** Years from one on or up to one (R4から縮小ですか？, R5以降も継続で合ってる？, R4までは臨時拡充？). */
const YEARS_ON_FROM = /から|以降|以後|まで/;
/** Years said one by one (R3とR4は, R3もR4も, R3・R4は, 令和3年度と令和4年度). */
const YEARS_ONE_BY_ONE =
  /(?:[rRｒＲ]\s*\d{1,2}|令和\s*\d{1,2}\s*年度?|20\d\d\s*年度?)\s*(?:と|も|・|、|,)\s*(?:[rRｒＲ]\s*\d|令和|20\d\d)/u;
/**
 * A change between years said alone (R3とR4で方向性が変わってるのは？, R3で拡充からR4で継続になったのは), after a unit's or
 * a code's list asked with no year: of that list — probe 351 had answered the plan's 33 after 「情報システム課の事業」.
 * (After a question of years or directions — 「拡充から縮小に変わった事業ある？」 then 「じゃあ継続から縮小は？」 — it is
 * asked in that one's place.)
 */
const changeOfUnitsList = (u: Understanding, before: () => Understanding): boolean => {
  if (u.changes.length + u.transitions.length === 0 || u.codes.length + u.departments.length > 0)
    return false;
  const b = before();
  return (
    b.codes.length + b.departments.length > 0 &&
    b.years.length +
      b.directions.length +
      b.conditions.length +
      b.changes.length +
      b.transitions.length +
      b.ownYears.length ===
      0
  );
};
/**
 * The department or code a question asks of, said alone, when conditions narrowed it (財産活用課の事業でR7まで続くやつ:
 * 財産活用課の事業), or the whole plan when it names none; null with no conditions. With words of its own to search,
 * the one word its search was of (`searched`), as its kind of project (Wi-Fiの事業 for 「Wi-Fiの事業で完了したやつ」),
 * when it names no unit or code — else null.
 */
function subjectAlone(
  line: string,
  catalog: Catalog,
  now: Date,
  searched: readonly string[] = [],
): string | null {
  const u = understand(line, catalog, now);
  const subject = [...u.codes.map((c) => c.code), ...u.departments];
  const narrowed = u.years.length + u.directions.length + u.conditions.length > 0;
  if (!narrowed) return null;
  if (u.hasFreeText) {
    const [word, ...more] = searched;
    return word !== undefined && more.length === 0 && subject.length === 0 ? `${word}の事業` : null;
  }
  // (Conditions alone — 「R4で完了する事業」 then 「それ以外は？」 — narrowed the whole plan.)
  return subject.length > 0 ? `${subject.join("と")}の事業` : WHOLE_PLAN;
}

/** いつから asked alone: since when. */
const SINCE_WHEN =
  /^(?:(?:じゃあ|じゃ|で|それで)\s*[、,]?\s*)?いつから(?:\s*(?:です|でしょう)か|なの|だっけ|なん(?:です|だ)?か?)?\s*[?？。]*$/;
/**
 * いつから asked with a direction's verb and nothing else (いつから減らしてる？, いつから拡充されてるの？): since when it has
 * had that direction. Group 1: the verb.
 */
const SINCE_DOING =
  /^(?:(?:じゃあ|じゃ|で|それで)\s*[、,]?\s*)?いつから\s*([^？?。、,\s]{1,12}?)\s*(?:の|ん)?(?:です|でしょう|だっけ)?\s*か?\s*[?？。]*$/;
/**
 * What comes after, asked of the one project whose end was just answered (その後は？, そのあとはどうなるの？): the years after
 * the last it is listed in, as 「R5以降は？」 asks (probe 216: 「その後は…」 had been read as a question of its own, 0件).
 */
const AFTER_IT =
  /^(?:(?:じゃあ|じゃ|で|それで)\s*[、,]?\s*)?(?:その|この)\s*(?:後|あと)\s*(?:は|って)?\s*(?:どう\s*(?:なる|なります|なって(?:い|お)?(?:る|ます)|なった|なる予定)?)?\s*(?:の|ん)?\s*(?:です|でしょう)?\s*か?\s*[?？。]*$/;

/** The directions a project has from some year on, whose いつから is that year: not 新規 or 完了, which are a start or an end. */
const HAS_A_SINCE: readonly Direction[] = ["拡充", "臨時拡充", "縮小", "継続"];
/** The direction, when it has a since (see HAS_A_SINCE). */
const withASince = (direction: Direction | undefined): Direction | undefined =>
  direction !== undefined && HAS_A_SINCE.includes(direction) ? direction : undefined;

/**
 * A direction and since when, asked in one message (縮小 いつから, 縮小はいつから？, 縮小の事業はいつから縮小？): the list of
 * that direction, then いつから of it, as a thread asks it (probe 210: 0件, or the projects' start). Group 1: the direction.
 */
const DIRECTION_SINCE = new RegExp(
  String.raw`^(${HAS_A_SINCE.join("|")})(?:\s*の?\s*(?:事業|もの|やつ))?\s*(?:は|って)?\s*いつから\s*(?:(?:${HAS_A_SINCE.join("|")})\s*(?:に\s*なって(?:い|お)?る|して(?:い|お)?る|なの|です|でしょう)?)?\s*(?:の|ん)?\s*(?:です|でしょう|だっけ)?\s*か?\s*[?？。]*$`,
);

/** One thing named to be compared with another: 「公共施設保全事業と」, 「保全事業とで」. */
const WITH_ONE = /^(.+?)\s*(?:と|とで)$/u;
/** How many projects in view a comparison with one named beside them takes: a few, each said by name. */
const MAX_BESIDE = 3;

/**
 * 「Xとどっちが先に終わる？」 after an answer: X and the projects that answer shows (a few, answered or else its first
 * related one), each asked for its end — null when the comparison names no one thing said with と, or nothing is in
 * view. The question before is answered only when it is needed.
 */
async function namedBeside(
  rest: string,
  inView: () => Promise<Answer>,
  find: (said: string) => Promise<Answer>,
): Promise<string | null> {
  const one = WITH_ONE.exec(rest)?.[1];
  if (one === undefined || /と/.test(one)) return null;
  const [before, found] = await Promise.all([inView(), find(one)]);
  const shown = before.projects.slice(0, Math.max(1, before.answered));
  if (shown.length === 0 || shown.length > MAX_BESIDE) return null;
  // (The one named by the project its words answer, when one does and it is not in view: named loosely —
  // 「マイナンバーカードの普及とどっちが先に終わる？」 — its words had been searched with those in view, and it lost —
  // probe 268.)
  const [named] = found.projects.slice(0, found.answered);
  const said = named !== undefined && found.answered === 1 && !shown.includes(named) ? saidName(named) : one;
  return `${shown.map(saidName).join("、")}、${said}、${ENDS_OF_THOSE}`;
}

/** Whether a question compares the whole plan's projects by their ends (「一番早く終わる事業は？」: see endCompared). */
function comparesWholePlan(question: string): boolean {
  const compared = question.includes("\n") ? null : endCompared(question);
  return compared !== null && (compared.rest === "" || compared.rest === WHOLE_PLAN);
}
/**
 * Whether a place picked counts among every project shown, the related ones too: none was answered, or the place is
 * past those answered (「2番目の担当は」 after 該当 1件 and four related — probe 125).
 */
const picksAmongShown = (question: string, shown: Answer): boolean =>
  shown.answered === 0 || (numberPicked(question) ?? 0) > shown.answered;
/** Ways of doing a thing, not things: オンライン, スマホ, ネット, 電話, 郵送, 窓口, アプリ (see byMeansOnly). */
const MEANS =
  /^(?:オンライン|ネット|インターネット|web|ウェブ|スマホ|スマートフォン|携帯|電話|郵送|窓口|アプリ|パソコン|pc|メール|line|ライン|電子|自宅|家)$/i;
/**
 * A verb of doing it or being able to (やってる, できる, 申し込める, 使える, 見られる): a way asked of what is in view —
 * not 「アプリの事業は？」 or 「窓口は？」, which ask for projects (review-56 H3).
 */
const DOING_IT = /やって|やる|でき|出来|申し込|申込|申請|使え|使う|見られ|見れ|受け|受けられ|対応|行え|届/;
/** How long a message asking only a way of doing it may be: a follow-up's few words, not a question of its own. */
const MEANS_ASK_CHARS = 24;
/**
 * 「…なのは？」「…するのって？」「…するのどれ」「R3に新規のやつだけ」: the ones that are so, said by の alone — of something
 * already in view (probe 163: 「R4で完了するのどれ」 after a department's list had answered the plan's 7; probe 427: …のやつ
 * だけ had been answered 一部です, yes or no of the list).
 */
const THE_ONES =
  /の\s*(?:(?:は|って)\s*(?:何件|いくつ|どれ|何割|なんわり|(?:何|なん)\s*(?:パーセント|%|％))?|どれ|どっち|どちら)\s*(?:です(?:か|でしょうか)?|でしょうか)?\s*[?？。]?\s*$|(?:の|もの|やつ)\s*(?:だけ|のみ)\s*(?:で|を|に)?\s*[?？。]?\s*$/;

/** The project of `list` a follow-up read as its name names first (the longest name that opens it). */
function projectNamedIn(read: string, list: readonly Project[]): Project | undefined {
  return list
    .filter((p) => read.startsWith(saidName(p)))
    .sort((a, b) => saidName(b).length - saidName(a).length)[0];
}

/** An answer of one project picked by its place: that project alone, when the answer found it (else as it is). */
function onlyThe(answered: Answer, picked: Project | undefined): Answer {
  return picked && answered.projects.slice(0, answered.answered).includes(picked)
    ? { ...answered, projects: [picked], answered: 1 }
    : answered;
}

/**
 * A follow-up's answer of the projects just answered, in the order they were given — and only them: projects that
 * share a word with their names are beside a question asked of them (「それっていつまで？」) — with no words said to be
 * searched: they were the names, not the asker's.
 */
function ofThoseAnswered(answered: Answer, order: readonly Project[]): Answer {
  if (order.length === 0) return answered;
  const at = (p: Project) => {
    const i = order.indexOf(p);
    return i < 0 ? order.length : i;
  };
  return {
    ...answered,
    projects: [...answered.projects.slice(0, answered.answered)].sort((a, b) => at(a) - at(b)),
    // The words of their names were not typed: no 「探した語」 the asker would not recognise.
    searchedWords: [],
  };
}

/**
 * 「そのうちR3に新規のものは？」: a narrowing asks within the projects just answered — related cards outside them (a
 * project sharing a word of their names) are beside it.
 */
function withinBefore(answered: Answer, question: string, before: Answer): Answer {
  if (!NARROWING_WORD.test(question) || before.answered === 0) return answered;
  const those = new Set(before.projects.slice(0, before.answered));
  const related = answered.projects.slice(answered.answered).filter((p) => those.has(p));
  return { ...answered, projects: [...answered.projects.slice(0, answered.answered), ...related] };
}

/**
 * A narrowing's answer with the projects shown as related before it that meet the narrowing too (asked among them by
 * name: `among`), after those it answers, still related — or, none answered meeting it, as the answer, read by name.
 */
async function withRelatedMeeting(
  answered: Answer,
  before: Answer,
  among: (names: string[]) => string | null,
  ask: (text: string) => Promise<Answer>,
): Promise<{ answer: Answer; read: string | null }> {
  const shown = new Set(answered.projects);
  const related = before.projects.slice(before.answered).filter((p) => !shown.has(p));
  const text = related.length > 0 ? among(related.map(saidName)) : null;
  if (text === null) return { answer: answered, read: null };
  const found = await ask(text);
  const meeting = found.projects.slice(0, found.answered).filter((p) => related.includes(p));
  if (meeting.length === 0) return { answer: answered, read: null };
  // (None answered meeting it, they are the answer: what the asker narrowed to is on screen — and what それ next means.
  // Probes that labelled such threads expected them so, a year's narrowing as a unit's: 「そのうち今もやってるのは？」.)
  if (answered.answered === 0)
    return {
      answer: { ...found, projects: meeting, answered: meeting.length, searchedWords: [] },
      read: text,
    };
  const projects = [
    ...answered.projects.slice(0, answered.answered),
    ...meeting,
    ...answered.projects.slice(answered.answered),
  ];
  return { answer: { ...answered, projects }, read: null };
}

/** How many projects a year asked after a subject's answer (「R4は？」) says in a sentence each, at most. */
const LINES_FOR_A_YEAR = 3;
/** How many of the projects in view 「それに似たのは？」 asks of: the few answered first (see nearTo). */
const MAX_SEEDS = 3;
/** How many projects the search for those like them is asked for, before the ones in view are left out. */
const NEAR_SEARCHED = 12;

/**
 * The answer before, said again with a sentence first that says how many it holds (該当する事業は7件です。, はい。…7件で
 * 全部です。): the count it said before, if any, is not said twice.
 */
function saidFirst(answered: Answer, said: string): Answer {
  const rest = (lines: readonly string[]) =>
    lines.filter((n) => n !== said && n !== countSentence(answered.answered));
  return {
    ...answered,
    notes: [said, ...rest(answered.notes)],
    leads: [said, ...rest(answered.leads ?? [])],
  };
}

/** Said under an answer to two questions asked in one message. */
export const TWO_ASKS_NOTE = "2つの質問として、それぞれに当てはまる事業を順に示します。";
/** A unit or who is in charge named: 課, 部署, チーム, 担当. */
const UNIT_WORD = /課|部署|チーム|担当/u;
/** The note on either of two subjects asked (AかB, AまたはB): each side's projects. */
const EITHER_NOTE = "どちらかに当てはまる事業として、それぞれの事業を順に示します。";
/** The note on three or four subjects asked of at once (see twoSubjects' more). */
const SEVERAL_ASKS_NOTE = "質問の事業ごとに、当てはまる事業を順に示します。";
/** The note on two subjects compared in one ask (同じ課？): each one's projects. */
const COMPARED_NOTE = "比べた2つの事業を示します。";
const ASKS_NOTES: readonly string[] = [TWO_ASKS_NOTE, SEVERAL_ASKS_NOTE, COMPARED_NOTE];
/** The note on two projects asked how they differ (see twoSubjects): each one's purpose and content, side by side. */
export const DIFFERENCE_NOTE = "違いが分かるよう、それぞれの目的と内容を並べて示します。";

/**
 * Two questions asked in one message (「…ってある？あと、…手伝ってもらえる？」), answered each: the first's answers,
 * then the second's, then the related projects of both, as many as one answer shows.
 */
function bothAnswered(question: string, first: Answer, second: Answer, note = TWO_ASKS_NOTE): Answer {
  const strong = (a: Answer) => a.projects.slice(0, a.answered);
  const answers = [...new Set([...strong(first), ...strong(second)])];
  const related = [
    ...new Set([...first.projects.slice(first.answered), ...second.projects.slice(second.answered)]),
  ]
    .filter((p) => !answers.includes(p))
    .slice(0, Math.max(0, SHOWN_WITH_RELATED - answers.length));
  const union = (xs: readonly string[], ys: readonly string[]) => [...new Set([...xs, ...ys])];
  // (Neither's yes or no is the message's: each is said of one of its questions.)
  const notVerdict = (n: string) => !/^(?:はい|いいえ)。/.test(n);
  const leads = union(first.leads ?? [], second.leads ?? []).filter(notVerdict);
  const { verdict: _, leads: __, ...rest } = first;
  return {
    ...rest,
    query: asTyped(question),
    intent: "search",
    projects: [...answers, ...related],
    answered: answers.length,
    missingTerms: union(first.missingTerms, second.missingTerms),
    searchedWords: union(first.searchedWords, second.searchedWords),
    // (The rest of three asked as two says its own note: one note for the message.)
    notes: [
      ...union(first.notes, second.notes).filter((n) => notVerdict(n) && !ASKS_NOTES.includes(n)),
      note,
    ],
    ...(leads.length > 0 ? { leads } : {}),
    suggestions: [],
  };
}

/**
 * A reading that only counts by a unit (担当課ごとの内訳, 施策別の件数, 年度ごとに): of a list, nothing named to narrow it —
 * in a message of numbered asks, the breakdown of the list asked before it.
 */
const onlyCountsByUnit = (u: Understanding): boolean =>
  (u.byDepartment || u.byPolicy || u.byInitiative || u.byDirection || u.byYear) &&
  u.codes.length + u.departments.length + u.years.length + u.directions.length + u.conditions.length === 0 &&
  !u.hasFreeText;

/** A reading that names nothing but years, and asks only a project's fields (該当する事業名, 令和4年度の方向性). */
const asksOnlyAField = (u: Understanding): boolean =>
  !isStructured({ ...u, years: [] }) && (asksOnlyFields(u.freeText) || asksTheProjectConcerned(u.freeText));

/** The note on asks numbered in one message, answered each (see numberedAnswered). */
const NUMBERED_ASKS_NOTE = "番号ごとの質問として、それぞれに答えます。";
/** The note on a second ask of the same unit after the first (…何件ですか。また、R7まで続くものは？). */
const SECOND_ASK_NOTE = "2つの質問として、それぞれに答えます。";

/**
 * Asks numbered in one message, each answered: its sentence first under its number — the answer's own (担当課: …,
 * はい。…, 該当する事業は2件です。) or the projects it found — and every project answered, in the order asked.
 */
function numberedAnswered(
  question: string,
  items: readonly string[],
  answers: readonly Answer[],
  note = NUMBERED_ASKS_NOTE,
): Answer {
  const strong = answers.flatMap((a) => a.projects.slice(0, a.answered));
  const projects = [...new Set(strong)];
  const said = (a: Answer) => {
    const names = a.projects.slice(0, a.answered).map(saidName);
    const lead = a.leads?.[0];
    if (lead !== undefined) return lead;
    if (names.length === 0) return "当てはまる事業は計画にありません。";
    const shown = names.slice(0, MAX_PROJECTS_NAMED).join("、");
    return `${names.length}件（${shown}${names.length > MAX_PROJECTS_NAMED ? " ほか" : ""}）`;
  };
  const leads = answers.map((a, i) => `${i + 1}.「${items[i]}」: ${said(a)}`);
  const { verdict: _, ...first } = answers[0] as Answer;
  return {
    ...first,
    query: asTyped(question),
    intent: "search",
    projects,
    answered: projects.length,
    missingTerms: [...new Set(answers.flatMap((a) => a.missingTerms))],
    searchedWords: [...new Set(answers.flatMap((a) => a.searchedWords))],
    // (No one ask's conditions are the message's.)
    filters: NO_FILTERS,
    leads,
    notes: [...leads, note],
    suggestions: [],
  };
}

/** The answer to a message's first ask, with the other projects of its first answer's department as answers too. */
function withSameUnitAlso(answered: Answer, question: string, plan: readonly Project[]): Answer {
  const shown = answered.projects.slice(0, answered.answered);
  const [first] = shown;
  if (!first) return { ...answered, query: asTyped(question) };
  const others = plan.filter((p) => p.department === first.department && !shown.includes(p));
  const answers = [...shown, ...others];
  return {
    ...answered,
    query: asTyped(question),
    // (Related cards of the first ask alone are beside the list asked for.)
    projects: answers,
    answered: answers.length,
    notes: [
      ...answered.notes,
      `あわせて: 同じ課（${first.department}）の他の事業（${others.length}件）も含めています。`,
    ],
  };
}

export interface Engine {
  catalog: Catalog;
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Starts loading the dictionary and building the index; resolves when they are ready. */
  warmUp(): Promise<SearchIndex>;
}

export interface EngineOptions {
  dictDir?: string | undefined;
  /** Where the inflated dictionary and the analysed plan are cached between starts; null: no caches. */
  cacheDir?: string | null | undefined;
  clock?: () => Date;
  /** For evaluations that compare rankings; the default otherwise. */
  ranking?: RankingOptions | undefined;
}

/** A follow-up's answer is headed by the message as typed (one line); a note says what it was read as. */
const asTyped = (question: string) => question.replace(/\p{Cc}/gu, " ").trim();

/**
 * The questions before, as a note quotes them: each message apart (人事課の事業 / そのうちR4に完了するのは？), the
 * question marks of a question read again (R6に完了する事業は?) full-width as the rest of the sentence is.
 */
const quotePrevious = (previous: string, names: readonly string[]) =>
  quoteQuestion(
    previous
      .split("\n")
      .map((line) => namesShortened(line, names))
      .join(" / "),
  )
    .replaceAll("?", "？")
    .replaceAll("!", "！");

/**
 * A reading that starts with the projects of a list, named one after another (「貸室利用者向けWi-Fi環境整備事業、ICTを
 * 活用した…のうち完了するのは？」, as a narrowing is read): the first and how many more — quoted whole, the names filled
 * the quote, and it read as a misquote of what was asked (probes 81, 82).
 */
export function namesShortened(line: string, names: readonly string[]): string {
  let at = 0;
  let count = 0;
  let first = "";
  for (;;) {
    const rest = line.slice(at);
    const name = names.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    if (name === undefined) break;
    if (count === 0) first = name;
    count += 1;
    at += name.length;
    if (line[at] !== "、") break;
    at += 1;
  }
  if (count < 2) return line;
  // (A last 、 taken with a name that no other name followed belongs to the text after it.)
  const end = line[at - 1] === "、" ? at - 1 : at;
  return `${first}ほか${count - 1}件${line.slice(end)}`;
}

/** An answer to `question` read as `readAs`, after `previous`: the note says so, and the next message goes on from it. */
function readAfterBefore(
  answered: Answer,
  question: string,
  previous: string,
  readAs: string,
  names: readonly string[],
  ...notes: string[]
): Answer {
  return {
    ...answered,
    query: asTyped(question),
    continuedFrom: previous,
    readAs,
    notes: [...answered.notes, ...notes, followedNote(previous, names)],
  };
}

/**
 * A thread's answer with only its own message's readings said (「…」は「…」と読んで答えています): an earlier message's
 * were said under its answer, and said again under each one after it they read as if of this one (probe 185: told
 * 「『のうぜい』は『納税』と読んで答えています」 of a 「R7は」).
 */
function withOwnReadingsSaid(typed: string, previous: string | undefined, answered: Answer): Answer {
  if (previous === undefined) return answered;
  const ownOrOther = (note: string) => {
    const said = saidInReadAsNote(note);
    return said === null || typed.includes(said);
  };
  return answered.notes.every(ownOrOther)
    ? answered
    : { ...answered, notes: answered.notes.filter(ownOrOther) };
}

/** The note on a message read after `previous`. */
const followedNote = (previous: string, names: readonly string[]) =>
  `${PREVIOUS_QUESTION}「${quotePrevious(previous, names)}」に続けて読みました。`;
/** How the notes that say a message was read after the question before it open. */
const PREVIOUS_QUESTION = "前の質問";
/** A one-message answer's lines without the note naming a question before it: in one message there was none. */
const withoutPreviousNamed = (lines: readonly string[]) =>
  lines.filter((n) => !n.startsWith(PREVIOUS_QUESTION));
/**
 * An ask of one message read after another part of it, when it did go on from that part: as the message asked it,
 * with `said` of how it was read in place of a question before it — one message has none to name.
 */
const readWithin = (read: Answer, question: string, said: readonly string[]): Answer | null =>
  read.continuedFrom !== undefined || read.readAs !== undefined
    ? { ...read, query: asTyped(question), notes: [...withoutPreviousNamed(read.notes), ...said] }
    : null;

/**
 * The note on a message read after a project picked from a list (「2番目のは？」 then 「担当課は？」): the project, as the
 * answers before showed it — not the question the pick was read as, which the asker never typed (probe 109).
 */
function afterPickNote(answered: Answer, picked: string, names: readonly string[]): Answer {
  const said = followedNote(picked, names);
  // (The project the pick was read as asking of: the longest name it starts with.)
  const [project] = names.filter((n) => picked.startsWith(n)).sort((a, b) => b.length - a.length);
  if (project === undefined) return answered;
  const note = `前の回答の「${project}」に続けて読みました。`;
  return { ...answered, notes: answered.notes.map((n) => (n === said ? note : n)) };
}

/**
 * A message in the common language: Kansai speech, the written register and the office's loanwords read as plain
 * Japanese (common.ts), without a sentence saying who asked the asker (議員から理由を聞かれています), a place in a list,
 * 載って and 続く typed in kana as the words.
 * (Years said aloud — れいわよねんど, あーるご — are digits first, as understand reads them: the rules of a thread read the
 * years of the message, and 「じゃあれいわよねんどに拡充は」 had been asked of the list in view, not in place of its
 * narrowing — probe 195.)
 */
const commonForm = perText((text: string) =>
  withOneThatCompared(visitSpared(spokenPlaces(withoutAskedBy(inCommonJapanese(yearsSaidInDigits(text))))))
    .replace(LISTED_IN_KANA, "載って")
    .replace(BUDGETED_IN_YEAR, asListed)
    .replace(GOES_ON_IN_KANA, "続")
    // (「…はずっと続く？」 as understand reads it, 最後まで続く, so that its yes-or-no is answered of the plan's last year —
    // review-55 H2 had found only the condition, no はい.)
    .replace(ALL_ALONG, "最後まで")
    .replace(DIRECTION_NONE_ASKED, "ある")
    .replace(ALSO_INCLUDED, "入ってる")
    .replace(WHICH_HAS_MORE, whichHasMoreAsked)
    .replace(RANKED_ASKED_LAST, "一番$1$2は？")
    .replace(TOP_UNITS, "$1$3別の事業数 上位$2")
    .replace(TOP_UNITS_AFTER, topUnitsAfter)
    .replace(TOP_AFTER_COUNT, "上位$1")
    .replace(SAME_OF_YEAR, "じゃあ$1は？")
    .replace(WHICH_UNIT_OF_IT, "$1$2？")
    .replace(SPANS_COMPARED, "期間は？")
    .replace(WHAT_ELSE_IT_DOES, "$1の内容は？")
    .replace(IT_THEN_YEAR, "$1は")
    .replace(ITS_UNIT_NAMED, "それの$1")
    .replace(SOME_YEAR_OF_SPAN, "$1に"),
);

/**
 * Some year of a span, said (R4以降のどこかで完了, R5までのいずれかの年度で拡充): the span's years, as R4以降に完了 asks — the
 * words had parted each year from its direction (probe 264: 21 for 3).
 */
const SOME_YEAR_OF_SPAN =
  /(以降|以後|から|まで)\s*の\s*(?:どこか|いずれか|どれか|どの年度か)\s*(?:の\s*(?:年度|年))?\s*(?:で|に)/gu;

/**
 * Whether the spans of what is asked meet (期間が重なっていますか, 期間って同じ？, 期間かぶってる？): each one's span, as 期間は？
 * asks it — 期間 had been searched, the department's list emptied (probe 262).
 */
const SPANS_COMPARED =
  /期間\s*(?:が|は|って|も)?\s*(?:重な|かさな|かぶ|被っ|重複|同じ|おなじ|一緒|いっしょ|ずれ|違)\p{Script=Hiragana}{0,12}\s*[?？。]*\s*$/u;

/**
 * The name or number of the unit of what is in view, said with その (その取組名は？, その施策番号は？): as それの取組名は？ asks
 * it — その取組 had been read as the project pointed at, and 名 left over as a word (probe 316). Group 1: what is asked.
 */
const ITS_UNIT_NAMED = /(?:その|この)\s*((?:取組|取り組み|施策)\s*(?:名|番号|コード|の名前|の番号))/gu;

/**
 * A direction said as one side of those in view (じゃあ新規のほうは？, 拡充の方は？): those of them with it, as そのうち新規のは？
 * asks — read as a side's words, 新規 had been searched among their names and both kept (probe 324). Group 1: the
 * direction (see directionAsSide).
 */
const DIRECTION_AS_SIDE = new RegExp(
  String.raw`^\s*(?:(?:じゃあ|じゃ|では|それなら|なら|ほな)\s*[、,]?\s*)?(${DIRECTION_NAMES})\s*の\s*(?:ほう|方)\s*(?:は|って|だと)?\s*[?？。]*\s*$`,
  "u",
);
/**
 * The message with a direction said as a side read as those in view that have it (see DIRECTION_AS_SIDE) — unless the
 * list in view was asked by a direction: after 「令和3年度に臨時拡充の事業」, 「じゃあ「拡充」のほうは？」 asks R3's 拡充 in its
 * place (probe 314).
 */
const directionAsSide = (text: string, goesOnFromText: string | undefined) =>
  goesOnFromText === undefined || DIRECTION_SAID_ANY.test(goesOnFromText)
    ? text
    : text.replace(DIRECTION_AS_SIDE, "そのうち$1のは？");
const DIRECTION_SAID_ANY = new RegExp(DIRECTION_NAMES, "u");

/** What points at the one project in view (それ, これ, その事業, この事業): the alternation the rules below share. */
const ONE_POINTED = "それ|これ|その事業|この事業";

/**
 * What points at the project in view, then a year with no particle between (それR4どうなるんだっけ？, これ令和5年度も
 * ある？): said with は, as 「それはR4は？」 — read without it, the year had replaced the list's (probe 318: 0件). Group 1:
 * what points.
 */
const IT_THEN_YEAR = new RegExp(String.raw`^\s*(${ONE_POINTED})\s*(?=${ANY_YEAR})`, "iu");

/** What points at one thing in view, opening a message: それ, そっち, その事業 (not その中, そのうち: of a list). */
const POINTS_AT_ONE = new RegExp(
  String.raw`^\s*(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:${ONE_POINTED}|そっち|そちら)(?!\s*(?:ぞれ|以外|ら|とも|と))`,
  "u",
);

/** Whom the project in view is for, asked as a thread asks it (see asksWhetherPartyEligible). */
const WHOM_FOR = "それは誰向け？";

/**
 * What else the project in view does (その事業ではほかに何をするの？, それって他に何やってる？): its content, as その事業の内容は？
 * asks — ほかに had been read as other projects, and none answered (probe 317). Group 1: what points at it.
 */
const WHAT_ELSE_IT_DOES = new RegExp(
  String.raw`^\s*(${ONE_POINTED})\s*(?:では|で|は|って|の中で)?\s*[、,]?\s*(?:ほかに|他に|ほかには|他には)\s*(?:何|なに|どんなこと)\s*(?:を)?\s*(?:する|やる|して(?:い)?る|やって(?:い)?る|します|して(?:い)?ます|やって(?:い)?ます)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か)?\s*[?？。]*\s*$`,
  "u",
);

/**
 * Which unit a project is of, asked with its noun after (どの取組の事業？, どの施策のもの？, 何課の事業ですか): as どの取組？
 * asks it (probe 271: the noun had made it a list of that unit's projects, 0件). Groups: どの (1), the unit (2).
 */
const WHICH_UNIT_OF_IT =
  /(どの|どこの|何の|なんの)\s*(施策|取組|取り組み|課|部署)\s*の\s*(?:事業|もの|やつ)\s*(?:です|でしょう|なの|なん(?:です|でしょう)?|だっけ)?\s*(?:か)?\s*[?？]*\s*$/u;

/**
 * The same question asked of another year (令和4年度についてもお願いできますか。, R6も同様にお願いします, R4の分も教えて, or
 * only R5も, 令和5年度も？): as じゃあR4は？ asks it — read as the projects in view listed that year, it had kept R5's two and
 * dropped 完了 (probe 270); after a question ending in a request, R5も had been read as its background (probe 319).
 * Group 1: the year.
 */
const SAME_OF_YEAR = new RegExp(
  String.raw`^\s*(?:(?:では|じゃあ|あと|それでは)\s*[、,]?\s*)?(${ANY_YEAR})\s*(?:について|に関して|に関しても|の分|分|のほう|の方)?\s*も\s*(?:同様に|同じく|同じように)?\s*(?:お願い(?:でき(?:ます|ません)か|します|いたします|したい(?:です)?)?|教えて(?:ください|下さい|もらえ(?:ます)?か|いただけ(?:ます|ません)か)?|いただけ(?:ます|ません)か|お聞きしたい(?:です)?)?\s*[?？。]*\s*$`,
  "iu",
);

/**
 * The top few units asked (事業数トップ3の課は？, 上位3つの施策): the units with the most projects, so many of them, and
 * their projects (see answer.ts) — probe 204: トップ had been searched, トップ画面 and ワンストップ found. Group 1: what comes
 * before; 2: how many; 3: the unit.
 */
const TOP_UNITS =
  /^(.*?)(?:事業数|件数|事業)?\s*(?:の)?\s*(?:トップ|上位|ベスト)\s*([0-9０-９一二三四五]{1,2})\s*(?:つ|件|位)?\s*(?:まで)?\s*の\s*(課|施策|部署|担当課|取組|取り組み)\s*(?:は|って)?\s*(?:どこ|どれ)?\s*[?？。]*\s*$/u;
/** What may open or close an order asked alone: じゃあ, それを, 全部, 次は. */
const SORT_FILLER = /じゃあ|では|それ|これ|全部|ぜんぶ|次は|[をはでもに、,。？?！!\s]|って/gu;
/** What an occasion before an ask may name of the plan: a unit, a code or a year (see the engine's ask). */
const OCCASION_NAMES_THE_PLAN = /[課室係班]|チーム|センター|\d|[０-９]|令和|年度/u;
/** The top few after a count by unit (新規 施策別 トップ3, 課ごとの件数の上位3つ): so many, most first. */
const TOP_AFTER_COUNT =
  /(?<=(?:ごと|別)[^。？?]{0,12}?)(?:の)?\s*(?:トップ|上位|ベスト)\s*([0-9０-９一二三四五]{1,2})\s*(?:つ|件|位|課|施策|取組)?(?:まで)?/gu;

/**
 * The unit with the most asked with the unit last (拡充が一番多いのはどこの課？, 完了が一番少ないのはどの施策？): as 拡充が一番
 * 多い課は？ asks it (probe 204: 拡充 had been searched in names, 新規 and 完了 answered 0件).
 */
const RANKED_ASKED_LAST =
  /(?:一番|最も|いちばん)\s*(多い|少ない)\s*の\s*(?:は|って)\s*(?:どこの|どの|何の|なんの)\s*(課|施策|部署|担当課)\s*(?:です|でしょう)?\s*(?:か)?\s*[?？]*\s*$/u;

/** A WHICH_HAS_MORE question asked as the count block reads it: 「7-4と7-5で完了の事業が多いのはどっち？」. */
function whichHasMoreAsked(said: string, a: string, b: string, what: string): string {
  const counted =
    what.trim() === "" ? "事業" : /事業$/.test(what.trim()) ? what.trim() : `${what.trim()}の事業`;
  return `${a}と${b}で${counted}が${/少な/.test(said.slice(-12)) ? "少ない" : "多い"}のはどっち？`;
}

/** A direction opening what follows (新規は？, 拡充のもの). */
const DIRECTION_FIRST = new RegExp(`^\\s*(?:${DIRECTION_NAMES})`, "u");
/** The side of two counts compared, asked of (多い方で, 少ないほうの, 多い方は): group 1 多い or 少ない. */
// (Or 少ないのは？ alone, as 方 is read before it gets here.)
const SIDE_OF_COUNTS =
  /(?<=^|[、,\s]|じゃあ|では|逆に|それは|そのうち)\s*(多い|少ない)\s*(?:(?:方|ほう)\s*(?:で|の|は|って|だと)?|の\s*(?:は|って)(?=\s*[?？。]*\s*$))/u;
/**
 * The side of the counts an answer compared (see Answer's comparedCounts) with more, or fewer — undefined for a tie, or
 * when it compared none.
 */
function sideNamed(sides: readonly (readonly [string, number])[], more: boolean): string | undefined {
  if (sides.length < 2) return undefined;
  const end = more ? Math.max(...sides.map(([, n]) => n)) : Math.min(...sides.map(([, n]) => n));
  const ends = sides.filter(([, n]) => n === end);
  return ends.length === 1 ? ends[0]?.[0] : undefined;
}

/** A thing left out and nothing else asked (じゃあ7-2以外は？, 人事課以外だと？): group 1, the thing. */
const EXCEPT_SAID =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?([^\s、,。？?]{1,20}?)\s*以外(?:\s*の\s*(?:もの|事業|やつ))?\s*(?:は|だと|なら|では)?\s*[?？]*$/u;

/**
 * Which of two has more, asked (7-4と7-5、どっちが完了多い？, DX推進チームと情報システム課、どっちが事業多い？): each one's
 * count, and which has more said first — read as 「7-4と7-5で完了の事業が多いのはどっち？」 (probe 204: a list of both, and of
 * 7-4・7-5 a false 「『完了』に当てはまる事業は…にない」; probe 417: the side that has more had not been said). Groups: the
 * two, and what is counted.
 */
const WHICH_HAS_MORE =
  /^(.{2,30}?)\s*と\s*(.{2,30}?)\s*(?:で|では|、|,)\s*(?:どっち|どちら)\s*(?:の\s*(?:ほう|方)\s*)?が\s*(.{0,12}?)\s*(?:が|の\s*(?:数|件数)\s*が)?\s*(?:多い|多く|少ない|少なく)\p{Script=Hiragana}{0,6}\s*[?？]?\s*$/u;

/**
 * A fiscal year written the English way (FY2021, FY23, FY 2022): the year as the plan's questions write it (2021年度), so
 * that a thread's rules swap it whole — 「じゃあ翌年度は？」 after FY2021 had read 「FYR4」 (probe 207).
 */
const FISCAL_YEAR_SAID = /(?<![a-z])fy\s*'?\s*(\d{4}|\d{2})(?!\d)(?:\s*年度)?/giu;
const fiscalYearWritten = (_: string, year: string) => `${year.length === 2 ? `20${year}` : year}年度`;

/**
 * After the plan, said of it (計画が終わったあと, 計画期間のあと, 計画終了後, 計画期間満了後): the year after its last, 以降 —
 * as 「R8以降は？」 is read, of the project in view (probe 215: 「計画が終わったあとはどうなるの？」 had answered another
 * project, 「計画期間のあとは？」 the whole plan's 44, 「計画終了後は？」 none). Not 計画期間の後半, its half (probe 413).
 */
const AFTER_THE_PLAN =
  /(?:この\s*)?計画(?:期間)?\s*(?:が|の)?\s*(?:終わ(?:った|る|って)|終了(?:した|する|して)?|満了(?:した|する|して)?)\s*(?:から\s*)?(?:あと|後|以降)|計画期間\s*(?:の\s*)?(?:あと|後(?!半)|以降)/gu;
const afterThePlan = (catalog: Catalog) => `R${planEnds(catalog).last + 1}以降`;

/** What tells the projects just answered apart (see asksTheDifference). */
const EACH_ONES_PURPOSE = "それぞれの目的と内容は？";
/**
 * What a follow-up narrows the list just answered to, said at its end: …だけに絞って, …に限定して, …に限って (ください).
 * Group 1: what it is narrowed to.
 */
// (And 「情報システム課のだけにして」: probe 154 had answered the department's whole list, the thread's R4 完了 dropped; and
// 「7-2のだけ見せて」, probe 178's, the code's whole list.)
const NARROWED_TO =
  /^(?:(?:じゃあ|では|それなら|じゃ)\s*[、,]?\s*)?(.+?)\s*(?:の\s*(?:もの|事業|やつ))?\s*(?:(?:の\s*)?(?:だけ|のみ)?\s*に\s*(?:絞って|絞り込んで|絞りこんで|限定して|限って)|(?:の\s*)?(?:だけ|のみ)\s*に\s*して|(?:の\s*)?(?:だけ|のみ)\s*(?:を|で)?\s*(?:見せて|教えて|出して|表示して))\s*(?:ください|下さい|ほしい|もらえる|くれる|みて|ちょうだい)?\s*[?？。!！]*$/;

/**
 * A code or a unit said with だけ and nothing else after a list (「R3 臨拡」 then 「7-2だけ」「市民協働推進課のみ」): the
 * list narrowed to it, as NARROWED_TO's request says (probe 349: 7-2's 21 had been answered, the thread's
 * R3 臨時拡充 dropped). Group 1: what it is narrowed to.
 */
const NARROWED_TO_NAME =
  /^(?:(?:じゃあ|では|それなら|じゃ)\s*[、,]?\s*)?((?:施策|取組)?\s*\d{1,2}(?:\s*[-‐－ー]\s*\d{1,2}){1,2}|[\p{Script=Han}\p{Script=Katakana}ー・a-zA-Z]{1,20}?(?:課|室|チーム))\s*(?:の\s*(?:もの|事業|やつ)?)?\s*(?:だけ|のみ)\s*(?:で|は)?\s*[?？。!！]*$/u;

function notReady(): never {
  throw new Error("the analyzer was used before the tokenizer loaded");
}

export function createEngine(plan: Plan, options: EngineOptions = {}): Engine {
  const dictDir = options.dictDir ?? BUNDLED_DICT_DIR;
  const catalog = buildCatalog(plan, loadDepartmentAliases(dictDir), loadTypos(dictDir));
  // Every project's name as answers say it: what a note quoting a reading made of names shortens (see namesShortened).
  const names = plan.projects.map(saidName);
  const clock = options.clock ?? (() => new Date());
  let index: Promise<SearchIndex> | null = null;
  const warmUp = () => {
    index ??= (async () => {
      // The dictionary is the long pole: its loading starts before anything else.
      const tokenizerReady = import("../search/tokenizer.js").then((m) =>
        m.loadTokenizer({ cacheDir: options.cacheDir }),
      );
      const [
        { createAnalyzer },
        { loadLexiconSources, parseLexicon },
        { analysePlan, openSearchIndex },
        { cacheKey, openIndexCache },
      ] = await Promise.all([
        import("../search/analyzer.js"),
        import("../search/lexicon.js"),
        import("../search/search-index.js"),
        import("../search/index-cache.js"),
      ]);
      const sources = loadLexiconSources(dictDir);
      const lexicon = parseLexicon(sources);
      // The stretches of the projects' names a slip is looked for in (understand/names.ts): built while the
      // dictionary loads, not at the first question that needs them.
      prepareNameSlips(catalog);
      const cache =
        options.cacheDir === null ? null : openIndexCache(cacheKey(sources, plan), options.cacheDir);
      if (cache?.state) {
        // The analysed plan is cached: the index needs no tokenizer, so it is opened while kuromoji loads
        // its dictionary, and the analyzer (for questions) joins it after.
        let analyzer: Analyzer | null = null;
        const deferred: Analyzer = {
          analyze: (text) => (analyzer ?? notReady()).analyze(text),
          terms: (text) => (analyzer ?? notReady()).terms(text),
          pieces: (text) => (analyzer ?? notReady()).pieces(text),
          knows: (word) => (analyzer ?? notReady()).knows(word),
          dictTerm: (word) => (analyzer ?? notReady()).dictTerm(word),
          spellings: (term) => lexicon.spellings.get(term) ?? [],
          nearby: (term) => lexicon.nearby.get(term) ?? [],
        };
        await new Promise((resolve) => setImmediate(resolve));
        const opened = openSearchIndex(plan, cache.state, deferred);
        analyzer = createAnalyzer(await tokenizerReady, lexicon);
        return opened;
      }
      const analyzer = createAnalyzer(await tokenizerReady, lexicon);
      const state = analysePlan(plan, analyzer);
      cache?.save(state);
      return openSearchIndex(plan, state, analyzer);
    })();
    return index;
  };
  const ask = (text: string) =>
    answer(text, { catalog, now: clock(), search: warmUp, ranking: options.ranking });
  /** The plan's project names: a thread line made of them alone was read by the engine, not typed (see withRelated). */
  const projectNames = new Set(catalog.plan.projects.map((p) => p.name));
  /**
   * The projects most like some in view, they left out: with nothing else asked, those whose text is nearest their name
   * and purpose and those of their initiative (the plan groups projects of one aim under it), in turn — an initiative
   * also holds works of another kind (a centre's repairs beside 多文化共生), and text alone had missed its siblings; with
   * more asked (「似たようなので市民が参加するやつは？」), those it finds, their text the context.
   */
  const nearTo = async (seeds: readonly Project[], rest: string): Promise<Project[]> => {
    const index = await warmUp();
    const seedText = seeds.map((p) => `${p.name}。${p.purpose}`).join("\n");
    const found = (
      rest === ""
        ? index.search(seedText, { limit: NEAR_SEARCHED })
        : index.search(rest, { context: seedText, limit: NEAR_SEARCHED })
    ).hits.map((h) => h.project);
    const others = (ps: readonly Project[]) => ps.filter((p) => !seeds.includes(p));
    const byText = others(found);
    const sameAim =
      rest === ""
        ? others(plan.projects.filter((p) => seeds.some((s) => s.initiative === p.initiative)))
        : [];
    const inTurn = byText.flatMap((p, at) => (sameAim[at] ? [p, sameAim[at]] : [p]));
    return [...new Set([...inTurn, ...sameAim])].slice(0, SHOWN_WITH_RELATED);
  };
  /**
   * 前者 or 後者 after a question that named two departments or codes (「人事課と財産活用課の事業」「施策7-4と施策7-5では…」):
   * the one named first or second, as typed — narrowed to (「そのうち人事課の目的は？」), not the first or last project of the
   * list, in the plan's order (probe 153: 財産活用課's purpose quoted as 人事課's). The latest line of what it goes on from
   * that names two or more units decides; more than two leave the message as it is.
   */
  const unitOfPair = async (question: string, given: string): Promise<string> => {
    const said = FORMER_OR_LATTER.exec(question);
    if (!said) return question;
    const lines = given.split("\n").reverse();
    for (const [at, line] of lines.entries()) {
      const text = line.replace(MARKS, "").normalize("NFKC");
      const u = understand(text, catalog, clock());
      const units = [
        ...u.codes.map((c) => new RegExp(`${escapeRegExp(c.code)}(?![-\\d])`).exec(text)),
        ...u.departments.map((d) => new RegExp(escapeRegExp(d)).exec(text)),
      ];
      // (A condition last, naming no unit, that narrowed the list to two projects: those are in view, first and second
      // — review: 「人事課と財産活用課の事業」「そのうちR4に完了するものは？」 then 「前者の目的は？」 had asked of 人事課's.)
      if (at === 0 && units.length === 0 && lines.length > 1 && (await ask(given)).answered === 2)
        return question;
      // (One alone is a narrowing of the two on a line before — 「そのうちDX推進チームは何件？」 — or names no pair.)
      if (units.length < 2) continue;
      const [first, second, ...more] = units;
      if (!first || !second || more.length > 0) return question;
      const [former, latter] = first.index < second.index ? [first, second] : [second, first];
      const unit = (said[2] === "前者" ? former : latter)[0];
      // (Without what led it: 「じゃあそのうち…」 is read by nothing — review.)
      return `そのうち${unit}${question.slice(said[0].length)}`;
    }
    return question;
  };
  /**
   * 「ICT系のほうは？」 after a department's, a code's or a year's list: the side of it that subject is, as 「そのうちICT系
   * は？」 — not the whole plan's (probe 152: DX推進チーム's and 情報システム課's projects among 人権・男女共生課's). Only a
   * subject of free text (a department is asked again of the question before: see readOnAs; a year or a direction too,
   * said without its ほう),
   * after a list of more than one answered; after a search's list, 〜のほう alone is another subject (「スマートロックの
   * ほうは？」 after the Wi-Fi projects), but with what is asked of it (withAsked: 「補助金のほうはいつまで？」 after 市民活動's
   * — probe 217) it is one of those seen. None or every one of the list being that side, the message is read as before:
   * null.
   */
  const sideOfList = async (question: string, given: string, withAsked = false): Promise<Answer | null> => {
    const side = sideAsked(question);
    if (side === null || MARKED_LINE.test(given)) return null;
    const u = understand(side, catalog, clock());
    const units = u.departments.length + u.codes.length;
    const when = u.years.length + u.directions.length;
    // 「R3新規のほうは？」: a year or a direction alone, asked of the question before as 「R3新規は？」 is (probe 152: the
    // whole plan's 15).
    if (!u.hasFreeText && units === 0 && when > 0) return readOnAs(`${side}は？`, given);
    if (!u.hasFreeText || units + when > 0) return null;
    const before = await ask(given);
    if ((before.intent === "search" && !withAsked) || before.answered <= 1) return null;
    const answered = await readOnAs(`そのうち${side}は？`, given);
    // (Every one of them kept says none is that side: the subject is another, searched — review: 「7-2の事業」 then
    // 「ふるさと寄附金のほうは？」 had answered all 21.)
    if (answered.answered > 0 && answered.answered < before.answered) return answered;
    // (Unless the side is in some of their names alone — 「周辺整備のほう」 of 市民会館跡地エリア整備事業（ハード） and
    // 市民会館跡地エリア周辺整備事業, whose texts both say 周辺 — probe 364 had answered both.)
    const listed = before.projects.slice(0, before.answered);
    const named = listed.filter((p) => normalizeWidth(p.name).includes(normalizeWidth(side)));
    if (named.length === 0 || named.length === listed.length) return null;
    const names = namesOf(named).join("、");
    return ask(names);
  };
  /**
   * The chain in view as the one project it answered (see readOnAs), when the message points at one (それ, そっち, その事業)
   * and the chain is a narrowing (two lines or more); the chain as it is otherwise.
   */
  const oneInView = async (question: string, given: string): Promise<string> => {
    // (Not a yes-or-no — 「それってR5もやってる？」 — whose answer keeps the chain in view for 「じゃあ拡充のは？」 next.)
    if (
      !given.includes("\n") ||
      given.includes(YES_OR_NO) ||
      !POINTS_AT_ONE.test(question) ||
      asksYesOrNo(question)
    )
      return given;
    const list = await ask(given);
    const [one] = list.projects;
    return list.answered === 1 && one !== undefined && !list.verdict ? saidName(one) : given;
  };
  /** Whether a yes-or-no read as `line` offered a unit as whose the projects are, and was answered いいえ. */
  const unitOfferedDenied = async (line: string): Promise<boolean> => {
    if (understand(line, catalog, clock()).departments.length === 0) return false;
    const answered = await ask(line);
    return (
      answered.verdict === true && (answered.leads ?? answered.notes).some((n) => n.startsWith("いいえ"))
    );
  };
  /**
   * 「市民課以外でR3に新規の事業」 then 「じゃあ逆に市民課のは？」, 「R5に載ってない事業」 then 「逆にR5に載ってるのは何件？」:
   * the question before, what it left out taken in instead (see withNegationFlipped) — null when it left out nothing.
   */
  const askedTheOtherWay = async (typed: string, chain: string): Promise<Answer | null> => {
    const flip = withNegationFlipped(typed, chain.replaceAll(YES_OR_NO, "").replace(MARKS, ""));
    if (flip === null) return null;
    const answered = await ask(flip.text);
    return {
      ...answered,
      query: asTyped(typed),
      readAs: flip.text,
      notes: [...answered.notes, `前の質問を逆にして、「${quotePrevious(flip.text, names)}」と読みました。`],
    };
  };
  /** A message read after what it goes on from (see goesOnFrom), a pick from a list set apart (see the engine's ask). */
  const readOn = async (typed: string, asked: string): Promise<Answer> => {
    // 「じゃあDXすいしんちーむは」: a department in kana, written as the plan names it before the message is read after
    // the one before — the unit swapped into it, its conditions kept (probe 300 had read the unit alone, R5以降 dropped);
    // and so in the question before, whose unit is the one swapped out (「ＤＸすいしんちーむのじぎょう」 then
    // 「じょうほうしすてむかは？」 had read both units).
    const inKanji = async (text: string) =>
      MAY_NAME_KANA_UNIT.test(text)
        ? withUnitsInKanji(text, catalog, await warmUp())
        : { question: text, slips: [] };
    const kana = await inKanji(typed);
    const given = (await inKanji(asked)).question;
    const before = given.replaceAll(YES_OR_NO, "");
    const flipped = await askedTheOtherWay(typed, before);
    if (flipped !== null) return flipped;
    // 「同じ年度で新規のは」「じゃあ翌年度に完了するのは？」: the year the question before named, or a step from it;
    // headed as typed.
    const stepped = withStepFromYearBefore(withSameYearNamed(kana.question, before), before);
    // (Which of them is so — のはどれ — narrows them, unless a year and a direction are said in place of the question
    // before's: 「令和4年度に拡充となっているもの」 then 「では令和4年度に継続となっているものはどれでしょうか」 asks the year's
    // 継続 of the same unit, not which of the 拡充 ones are 継続 — probe 333, 0件.)
    const question = await unitOfPair(
      withYearAndDirectionSwapped(stepped, before) === null
        ? withWhichOfThemNarrowed(stepped, given.includes(YES_OR_NO))
        : stepped,
      given,
    );
    const answered = (await sideOfList(question, given)) ?? (await readOnAs(question, given));
    const headed =
      question !== typed && answered.query === asTyped(question)
        ? { ...answered, query: asTyped(typed) }
        : answered;
    const readings = kana.slips
      .map((slip) => readAsNote(slip.said, slip.read))
      .filter((n) => !headed.notes.includes(n));
    return readings.length === 0 ? headed : { ...headed, notes: [...headed.notes, ...readings] };
  };
  /**
   * 「似たようなので市民が参加するやつは？」: projects like those in view, with what else is asked (see similarAsked) — cut to
   * a question's length (review-55 M5: 40,000 characters had been searched, 451 ms). A year, a direction, a department
   * or a code asked (「似たようなのでR5に完了するのは？」「関連する事業で人事課のは？」) is a question of its own, read after
   * the one before as any other: near projects are no answer to it (review-55 H3: five, none completing in R5).
   */
  const similarOf = (question: string): { rest: string; otherUnits: boolean } | null => {
    const similar = similarAsked(question);
    if (similar === null || similar.rest === "") return similar;
    const rest = similar.rest.slice(0, MAX_QUESTION_CHARS);
    const u = understand(rest, catalog, clock());
    return u.years.length +
      u.directions.length +
      u.departments.length +
      u.codes.length +
      u.conditions.length >
      0
      ? null
      : { rest, otherUnits: similar.otherUnits };
  };
  /**
   * None of the list just answered meets a narrowing the plan has elsewhere (「R7まで続くのは？」 then 「完了したのは？」:
   * none of the 24 finishes, 10 others do): said so, with the plan's count — 「計画にありません」 had read as of the whole
   * plan, when only the chain has none.
   */
  const widerThanTheList = async (answered: Answer, read: string, before: Answer): Promise<Answer> => {
    if (answered.answered > 0 || before.answered === 0 || !answered.notes.includes(NONE_MEET))
      return answered;
    const line = lastLineOf(read);
    const last = line.replace(NARROWING_SAID_FIRST, "");
    // (Only a narrowing said so: 「それは令和4年度はどうなっていますか。」 read alone asks of no list.)
    if (line === read || last === line || last.trim() === "") return answered;
    const alone = await ask(last);
    if (alone.answered === 0 || alone.verdict || alone.intent === "search") return answered;
    return {
      ...answered,
      notes: answered.notes.map((n) =>
        n === NONE_MEET
          ? `前の回答の${before.answered}件には当てはまる事業がありません（計画全体では${alone.answered}件あります。「${last.trim()}」だけで聞き直すと一覧が出ます）。`
          : n,
      ),
    };
  };
  /**
   * A narrowing none of the narrowed list meets, read of the list before the last narrowing instead (see its use):
   * when that finds some, those — said so, with the narrowing set aside — and the thread goes on from that reading.
   */
  const inPlaceOfLastNarrowing = async (
    answered: Answer,
    read: string,
  ): Promise<{ answer: Answer; read: string; before: string; note: string } | null> => {
    if (answered.answered > 0 || answered.verdict || !answered.notes.includes(NONE_MEET)) return null;
    // (A narrowing joined to its list as one line — 「…の事業を一覧でのうちR3が継続のものだけ」, then 「逆にR3が継続じゃない
    // ものは？」 — is set aside as one said on its own line: probe 341 had stacked the two, 0件.)
    const joined = read.split("\n");
    const [first = "", second] = joined;
    const at = first.lastIndexOf("のうち");
    const lines =
      joined.length === 2 && second !== undefined && at > 0
        ? [first.slice(0, at), `そのうち${first.slice(at + "のうち".length)}`, second]
        : joined;
    const setAside = lines.at(-2);
    if (lines.length < 3 || setAside === undefined || !NARROWING_SAID_FIRST.test(setAside)) return null;
    // (Only one of the years against another: a narrowing by a unit or by words — 「そのうち財産活用課の事業」 after 一番
    // 多い課 — is what the list is, whatever is asked of it next.)
    const byYears = (text: string) => {
      const u = understand(text.replace(MARKS, ""), catalog, clock());
      return (
        u.years.length + u.directions.length + u.conditions.length > 0 &&
        u.departments.length + u.codes.length === 0 &&
        !u.hasFreeText
      );
    };
    if (!byYears(setAside) || !byYears(lines.at(-1) as string)) return null;
    const instead = [...lines.slice(0, -2), lines.at(-1) as string].join("\n");
    const again = await ask(instead);
    if (again.answered === 0 || again.verdict || again.intent === "search") return null;
    // (As typed: the そのうち put before a joined narrowing is not the asker's.)
    const said = lines === joined ? setAside : setAside.replace(NARROWING_SAID_FIRST, "");
    const note = `「${said.replace(MARKS, "").trim()}」の一覧には当てはまる事業がないため、その前の一覧から選びました。`;
    return { answer: again, read: instead, before: lines.slice(0, -2).join("\n"), note };
  };
  const readOnAs = async (question: string, givenChain: string): Promise<Answer> => {
    // 「同じ条件で情報システム課以外だと？」: the question before asked of what follows, as 「じゃあ情報システム課以外は？」 asks it
    // — the conditions kept whatever follows, not only another unit, code or year (it had been read alone: every unit
    // but that one, the year and direction dropped).
    const same = sameConditionsAsked(question);
    if (same !== null) return { ...(await readOnAs(same, givenChain)), query: asTyped(question) };
    // 「一番事業が多い取組は？」 then 「2番目は？」「じゃあ3位は？」: the ranking asked again of that place — not the list's
    // second project (probe 490 had answered 7-2-4's second card for the second-ranked 取組).
    // (The ranking's answer goes on as a narrowing to the top — そのうち取組7-2-4の事業 — after the line that ranked.)
    // (The chain is read only when a place is said alone: every other follow-up passes here.)
    const ranked = RANKED_PLACE_ALONE.exec(question.normalize("NFKC").trim());
    if (ranked) {
      const chainLines = givenChain.replace(MARKS, "").split("\n");
      const rankedAt = chainLines.findLastIndex((l) => RANKED_FIRST.test(l));
      const rankedBefore = chainLines[rankedAt] ?? "";
      if (rankedAt >= 0 && chainLines.slice(rankedAt + 1).every((l) => NARROWING_SAID_FIRST.test(l))) {
        const text = rankedBefore.replace(RANKED_FIRST, `${ranked[1] ?? ranked[2]}番目に`);
        return { ...(await ask(text)), query: asTyped(question), readAs: text };
      }
    }
    // 「そのうち7-2のものは？」 then 「じゃあ7-2以外は？」: the rest of the list the narrowing was made of, as 「それ以外は？」
    // asks — not the narrowing and its opposite both kept (probe 418: 0件).
    const except = EXCEPT_SAID.exec(question.trim());
    const narrowedLast = givenChain.replace(MARKS, "").split("\n").at(-1) ?? "";
    if (except && NARROWING_SAID_FIRST.test(narrowedLast) && narrowedLast.includes(except[1] as string))
      return { ...(await readOnAs("それ以外は？", givenChain)), query: asTyped(question) };
    // 「R4とR5で完了が多いのはどっち？」 then 「差は何件？」「同じ？」: the two counts that answer compared, asked of again —
    // the usage help had answered (probe 478).
    if (LISTS_COMPARED.test(question.trim())) {
      const before = await listAsked(givenChain);
      const sides = before.comparedCounts ?? [];
      if (sides.length === 2) {
        const said = countsComparedSaid(sides, question);
        return {
          ...before,
          query: asTyped(question),
          projects: [],
          answered: 0,
          reply: true,
          filters: NO_FILTERS,
          notes: [said],
          leads: [said],
          continuedFrom: givenChain,
          keepsSubject: true,
        };
      }
    }
    // 「…どっちが多い？」 (財産活用課のほうが多いです) then 「じゃあ多い方でR4に完了するのは？」「少ない方の事業名は？」: the side the
    // answer named, narrowed to (probe 417 had dropped the side, the whole plan's R4 answered).
    const countSide = SIDE_OF_COUNTS.exec(question);
    if (countSide) {
      // (Of the comparison the chain opened with, when a narrowing of one side came since — 「多い方の課で…」 then 「少ない
      // 方の課では…」 — the other side is of that comparison, not of the narrowed list.)
      const lines = givenChain.replace(MARKS, "").split("\n");
      const [opening = givenChain] = lines;
      const fromOpening = (await listAsked(opening)).comparedCounts ?? [];
      const compared = fromOpening.length >= 2 ? opening : givenChain;
      const sides =
        fromOpening.length >= 2 ? fromOpening : ((await listAsked(givenChain)).comparedCounts ?? []);
      const named = sideNamed(sides, countSide[1] === "多い");
      const rest = question.slice(countSide.index + countSide[0].length).trim();
      // (The other side asked alone after a side's narrowing — 「じゃあ多い方でR4に完了するのは？」 then 「少ない方は？」 — is
      // that narrowing of the other side.)
      const other = sides.find(([side]) => side !== named)?.[0];
      const last = lines.at(-1) ?? "";
      if (named !== undefined && other !== undefined && lines.length > 1 && /^[?？。]*$/.test(rest)) {
        const side = `そのうち${other}のもの`;
        if (last.startsWith(side))
          return {
            ...(await readOnAs(`そのうち${named}のもの${last.slice(side.length)}`, compared)),
            query: asTyped(question),
          };
      }
      if (named !== undefined) {
        const joiner = /の$/.test(countSide[0]) ? "の" : /で$/.test(countSide[0]) ? "で" : "は";
        // (A direction after の — 多い方の新規は？ — is the side's projects of it: 「…のものの新規は？」 had answered 0件,
        // probe 478.)
        const said = /^[?？。]*$/.test(rest)
          ? `そのうち${named}のものは？`
          : joiner === "の" && DIRECTION_FIRST.test(rest)
            ? `そのうち${named}のもので${rest.replace(DIRECTION_FIRST, "$&のもの").replace(/のもの\s*の\s*(?:事業|もの|やつ)/u, "のもの")}`
            : `そのうち${named}のもの${joiner}${rest}`;
        return { ...(await readOnAs(said, compared)), query: asTyped(question) };
      }
    }
    // 「それのR5以降は？」「そっちのR5は？」 after a chain that narrowed to one project (働き方改革の事業 → そのうちDX推進
    // チームのは？): the one project, by its name — the chain's conditions asked again of another year had answered 0件,
    // the project itself set among the related (probe 328).
    const given = await oneInView(question, givenChain);
    // 「じゃあR6は？」「じゃあ人事課は？」「じゃあ継続は？」: the question before — a yes-or-no asked on the way
    // included — of another year, department or direction: a question of its own, as if asked so.
    const asked = given.replaceAll(YES_OR_NO, "");
    // 「マイナンバーカードの担当ってDX推進チームだっけ？」 (いいえ) then 「じゃあDX推進チームがやってるのはどれ？」: the unit
    // just confirmed, its own projects asked — a list of its own (probe 281 had asked the confirmation again).
    if (given.includes(YES_OR_NO)) {
      const u = understand(question, catalog, clock());
      const [unit] = u.departments;
      const confirmed = understand(lastLineOf(given), catalog, clock()).departments;
      if (
        unit !== undefined &&
        u.departments.length === 1 &&
        confirmed.includes(unit) &&
        !u.hasFreeText &&
        u.years.length + u.directions.length + u.codes.length + u.conditions.length === 0 &&
        UNITS_LIST_ASKED.test(question) &&
        // (Not the others of it: 「もう一つの人事課の事業は何？」 leaves out the one asked of.)
        !/もう|ほか|他|以外|残り/.test(question)
      )
        return ask(question);
    }
    // (「似たようなので市民が参加するやつは？」 asks of projects like those in view, no other subject nor year of the
    // question before: see similar, below — probe 159's had been read as 「…はR6も続く？」.)
    const similar = similarOf(question);
    const likeThose = similar !== null;
    // (「施策7-5も同じ条件で」 asks as 「じゃあ施策7-5は？」 does.)
    const sameOf = sameConditionsAsked(question) ?? question;
    const swapped = likeThose
      ? null
      : (withCorrected(question, asked) ??
        withAdded(question, asked, catalog.departments) ??
        withYearAndDirectionSwapped(sameOf, asked) ??
        withYearSwapped(sameOf, asked) ??
        withUnitSwapped(sameOf, asked, catalog.departments) ??
        withDirectionSwapped(sameOf, asked) ??
        withNumberSwapped(sameOf, asked) ??
        withCodeSwapped(sameOf, asked));
    // Any other message goes on from the question before less a yes-or-no asked on the way (see goesOnFrom): the
    // marked line, after a newline unless it was asked first.
    const marked = given.indexOf(YES_OR_NO);
    const onTheWay = marked > 0;
    const previous = onTheWay ? given.slice(0, marked - 1) : asked;
    // 「住民票のほうは？」: a yes-or-no just answered, asked again of another subject.
    const line = given.slice(marked + 1);
    // 「それって新規？」 then 「R4だとどうなってる？」: after a yes-or-no of one project, a year asked how it stands is that
    // year's direction of the project — not the yes-or-no asked again of the year (probe 367: いいえ, 0件, of a 拡充 year).
    // A year alone (「R5は？」) still asks the yes-or-no again.
    const yearAfterYesOrNo = marked >= 0 ? yearOfThoseAsked(question, given, true) : null;
    if (yearAfterYesOrNo !== null) {
      const [one, ...more] = shownProjects(await ask(line));
      if (one !== undefined && more.length === 0) {
        const text = `${saidName(one)}の${yearAfterYesOrNo}はどうなる?`;
        return readAfterBefore(await ask(text), question, previous, text, names);
      }
    }
    // (Not a message asking only what the plan never records — 「効果はどうだった？」 after 「…ってもう入ったの？」 asks it of
    // the project, not whether 効果 has come in: probe 286.)
    let another =
      swapped === null && !likeThose && !asksOnlyUnrecorded(question)
        ? marked >= 0
          ? withSubjectSwapped(question, line)
          : withFieldSubjectSwapped(question, asked.split("\n").at(-1) ?? "")
        : null;
    let fromList = false;
    // 「最初の事業はいつ終わる？」 then 「じゃあ2番目のやつは？」: another of the list's projects, by its place.
    if (another === null && swapped === null && !likeThose && marked >= 0 && picksOne(question)) {
      const list = await ask(previous);
      const named = askedOfProjects(question, list.projects.slice(0, list.answered).map(saidName));
      if (named !== null) another = withSubjectSwapped(named, line);
      if (another !== null) fromList = true;
    }
    // The question before asked again of something else: a question of its own, the note saying of what. After a
    // yes-or-no asked again, what the next message goes on from is its subject.
    const askedAgain = async (
      { text, as }: Swapped,
      subjectOf: (answered: Answer) => string | undefined,
      asking: (text: string) => Promise<Answer> = ask,
    ): Promise<Answer> => {
      // (Read as the question before was asked — 「…R5には載ってないよね？」 then 「じゃあR4は？」 — its はい or いいえ said as
      // Japanese says them of a negative ask, as they were of the question before: probe 485's R4 had been はい of a
      // project listed that year.)
      const answered =
        asking === ask && !asksInTheNegative(commonForm(question))
          ? withNegativeAsked(commonForm(text), await asking(text), text)
          : await asking(text);
      const subject = subjectOf(answered);
      return {
        ...answered,
        query: asTyped(question),
        ...(subject !== undefined ? { continuedFrom: subject } : {}),
        anotherSubject: true,
        readAs: text,
        // (Said as read, not as the question before: after one swap that question is itself a reading — 「R4の施設
        // 予約システムの事業ってどれ？」 — and quoted as if typed it read as a misquote, probe 76.)
        notes: [
          ...answered.notes,
          `前の質問を${as}のこととして、「${quotePrevious(text, names)}」と読みました。`,
        ],
      };
    };
    const other = another;
    if (other !== null) {
      const answered = await askedAgain(other, (a) => (a.verdict ? other.as : undefined));
      return fromList ? { ...answered, pickedFrom: previous } : answered;
    }
    // 「AとB、担当課はそれぞれどこ？」 then 「じゃあCとDだと？」: the two others asked as the two before were — each, as a
    // message of two subjects is answered (probe 303).
    const pair =
      swapped === null && !likeThose && marked < 0
        ? withPairSwapped(question, asked.split("\n").at(-1) ?? "")
        : null;
    if (pair !== null)
      return askedAgain(
        pair,
        () => undefined,
        (text) => engine.ask(text),
      );
    if (swapped !== null) {
      const answered = await askedAgain(swapped, () => (onTheWay ? previous : undefined));
      // (A correction takes the answer before back: what it listed is not in view.)
      if (swapped.corrects) return answered;
      // 「ふるさと納税の事業ってある？」 (two projects) then 「R7はどうなってる？」, or 「縮小の事業ある？」 (one) then
      // 「R3は？」: of the few projects in view, those the year's answer leaves out are said with that year — not
      // listed then, or another direction — so that none drops out silently.
      const [year, ...more] = understand(swapped.as, catalog, clock()).years;
      if (year === undefined || more.length > 0) return answered;
      const before = await ask(previous);
      if (before.answered === 0 || before.answered > MAX_PROJECTS_NAMED) return answered;
      const kept = answered.projects.slice(0, answered.answered);
      const dropped = before.projects.slice(0, before.answered).filter((p) => !kept.includes(p));
      // After a subject's few projects (「施設予約システムの事業ってどれ？」 then 「R4はどうなってる？」): what each is
      // that year, said first — the card's row of directions is not the answer to the question (probes 76, 78).
      // (So after one project named by its code — 「7-2 No.9」 then 「R5は？」: probe 488 had headed 該当 0件 with the year's
      // sentence third, under 「この条件に当てはまる事業は7-2 No.9にありません」.)
      const fewAsked = before.intent === "search" || before.answered === 1;
      const said =
        fewAsked && !answered.verdict && kept.length <= LINES_FOR_A_YEAR
          ? kept.reduceRight((a, p) => saidFirst(a, yearSentence(p, year, catalog.years)), answered)
          : answered;
      // None of them is in that year's answer (「DV被害者の支援の事業」 then 「じゃあR5は？」, not listed after R4):
      // that is the answer, said first — not a note below the list of related projects (probe 81) — and they are shown
      // as the projects asked about (probe 458: 「条件に当てはまる事業はありません」 under it had read as nothing found).
      if (kept.length === 0 && fewAsked && !answered.verdict && dropped.length <= LINES_FOR_A_YEAR)
        return shownAsAsked(
          dropped.reduceRight((a, p) => saidFirst(a, yearSentence(p, year, catalog.years)), said),
          dropped,
        );
      return dropped.length === 0
        ? said
        : {
            ...said,
            notes: [
              ...said.notes,
              ...dropped.map((p) => `前の回答の事業では、${yearSentence(p, year, catalog.years)}`),
            ],
          };
    }
    let before: Promise<Answer> | undefined;
    const followedOn = (answered: Answer, readAs: string, ...notes: string[]): Answer =>
      readAfterBefore(answered, question, previous, readAs, names, ...notes);
    // The answer before, as given (its question read again): what a follow-up may ask of — answered only when one
    // does, not for every message in a thread.
    const answerBefore = () => {
      // (A comparison of the whole plan — 「一番早く終わる事業は？」 — is the engine's, not the answer's: asked again
      // so, its projects in the order it gave them, as a follow-up of it picks or asks of them — review.)
      // (Nor is a message of two subjects or two asks, answered each: 「AとBの担当課をそれぞれ」 then 「後者のR7は？」 picks
      // from the two as shown — probe 150; read as one ask, the second had been only related.)
      before ??= listAsked(previous);
      return before;
    };
    // 「縮小になる前は何だった？」「その後は？」 of the one project in view: its directions before that one, or after the
    // direction or year just asked (course.ts) — probe 489's had answered 0件.
    if (asksCourse(question)) {
      const one = await answerBefore();
      const [project] = one.projects;
      const said =
        one.answered === 1 && project !== undefined
          ? courseAround(project, question, lastLineOf(previous), catalog.years)
          : null;
      if (said !== null && project !== undefined)
        return followedOn(
          { ...saidFirst({ ...one, projects: [project], answered: 1 }, said), query: asTyped(question) },
          saidName(project),
        );
    }
    // 「人事課の事業は？」 then 「コーチング研修って何をするの？」: one of the list in view, named — picked from it, as by
    // its place, so that 「もう一つのほうは？」 after it is the other of the list (probes 246, 247: it had been the whole
    // plan less the one named). Only of a short list made exactly, and a search that answers one of it (two of it —
    // 「リノベのいばらきって何？」 — are still a list, which そのうち narrows).
    const pickedByName = async (own: Answer): Promise<Answer> => {
      // (Not a yes-or-no — 「マイナンバーのやつってR4も載ってる？」 — whose thread reads the next message as asked again of
      // another subject: see goesOnFrom. A when said of it — 「コーチングのやつっていつまで？」 — is none: probe 257.)
      // (A yes-or-no of one side named — 「ハードのほうはR5で完了で合ってる？」 — is a pick all the same: 「もう一方は？」 after
      // it is the other of the list — probe 263 had found no other.)
      // (So is a side named of a search's few: のほう says it is one of them.)
      const side = SIDE_NAMED.test(question.normalize("NFKC"));
      const yesOrNo = own.verdict === true && /^(?:はい|いいえ|一部)/.test(own.notes[0] ?? "") && !side;
      // (The answer before is asked again only for one project named: most fresh questions in a thread answer others.)
      if (own.intent !== "search" || own.answered !== 1 || own.pickedFrom !== undefined || yesOrNo)
        return own;
      const list = await answerBefore();
      const listed = list.projects.slice(0, list.answered);
      const [named] = own.projects;
      const picks =
        (list.intent !== "search" || side) &&
        listed.length <= MAX_PROJECTS_NAMED &&
        listed.length > 1 &&
        named !== undefined &&
        listed.includes(named);
      return picks ? { ...own, pickedFrom: previous } : own;
    };
    /**
     * The one project answered before, when the message says a year's direction it has and asks why or what of it (see
     * where it is read); undefined otherwise.
     */
    const oneSaidOf = async (u: Understanding): Promise<Project | undefined> => {
      if (
        u.years.length === 0 ||
        u.directions.length === 0 ||
        !WHY_OR_WHAT.test(question) ||
        LIST_ASKED.test(question)
      )
        return undefined;
      const before = await answerBefore();
      const [one] = before.projects;
      if (before.answered !== 1 || before.verdict || one === undefined) return undefined;
      return u.years.some((y) => u.directions.includes(one.directions[y] as Direction)) ? one : undefined;
    };
    // 「何件？」 alone: the list just answered, counted as it stands — read again with the count, a search's words or
    // the names a follow-up left (「その課の他の事業は？」) would be read as a chain of their own (probe 66).
    if (asksCountAlone(question)) {
      const answeredBefore = await answerBefore();
      if (answeredBefore.answered > 0 && !answeredBefore.verdict)
        return followedOn(
          { ...saidFirst(answeredBefore, countSentence(answeredBefore.answered)), counted: true },
          previous,
        );
      // (After a search that found none — 「ドローンの事業ある？」 — none: read with its question, the words the plan lacks
      // had left no condition, and the whole plan's 44 had been counted as of it — probe 207.)
      if (answeredBefore.answered === 0 && answeredBefore.intent === "search")
        return followedOn({ ...saidFirst(answeredBefore, countSentence(0)), counted: true }, previous);
    }
    // 「取組はいくつ？」「2つ目の取組の事業は？」 after a policy asked by its code: of that policy's initiatives.
    if (
      (asksOfInitiatives(question) || namesTheInitiativeAlone(question)) &&
      understand(question, catalog, clock()).codes.length === 0
    ) {
      const policy = policyInView(await answerBefore());
      if (policy !== undefined) {
        const read = ofPolicysInitiatives(question, policy);
        return followedOn(await ask(read), read);
      }
      // (After a project's answer, 取組の名前は？ asks which initiative that one is under, as それの取組名は？ does.)
      if (namesTheInitiativeAlone(question))
        return { ...(await readOnAs("それの取組名は？", given)), query: asTyped(question) };
    }
    // 「それで全部？」: the list just answered, as it stands — the answer said again with how many it holds (read on
    // alone, the message names nothing and would answer 0件) (probe 71).
    if (asksWhole(question)) {
      const answeredBefore = await answerBefore();
      if (answeredBefore.answered > 0 && !answeredBefore.verdict) {
        const related = answeredBefore.projects.length > answeredBefore.answered;
        return followedOn(
          saidFirst(answeredBefore, wholeSentence(answeredBefore.answered, related)),
          previous,
        );
      }
    }
    // 「そのうち令和3年度に新規のものは？」 (one project) then 「それは令和4年度はどうなっていますか。」: how the few
    // projects in view stand in that year — not the narrowing asked again of it (probe 167: 0件, 新規 moved to R4).
    const yearOfThose = yearOfThoseAsked(question, previous);
    if (yearOfThose !== null) {
      const answeredBefore = await answerBefore();
      const those = answeredNames(answeredBefore);
      if (those.length > 0 && those.length <= LINES_FOR_A_YEAR && !answeredBefore.verdict) {
        const text = `${those.join("、")}の${yearOfThose}はどうなる?`;
        return followedOn(await ask(text), text);
      }
    }
    // 「それってぜんぶ同じ課ですか？」: whether the projects in view share one department — はい with it, or いいえ with
    // each one's (probe 166: the department's whole list had answered, with no はい).
    if (asksSameUnit(question)) {
      const answeredBefore = await answerBefore();
      const those = answeredBefore.projects.slice(0, answeredBefore.answered);
      if (those.length >= 2 && !answeredBefore.verdict) {
        const units = [...new Set(those.map((p) => p.department))];
        const said =
          units.length === 1
            ? `はい。${those.length}件とも${units[0]}の担当です。`
            : `いいえ。担当課は${units.length}課に分かれています。${departmentsLine(those)}`;
        return followedOn({ ...saidFirst(answeredBefore, said), verdict: true }, previous);
      }
    }
    // 「両方ともR4で完了？」: whether every project in view has the direction asked — はい, or いいえ with those that do
    // not (see everyOfThoseAsked); the direction asked read from the rest of the message alone.
    const everyOfThose = everyOfThoseAsked(question);
    if (everyOfThose !== null) {
      const answeredBefore = await answerBefore();
      const those = answeredBefore.projects.slice(0, answeredBefore.answered);
      if (those.length >= 2 && !answeredBefore.verdict) {
        const asked = await ask(everyOfThose);
        // (Or a department: 「いずれも情報システム課ですか」 after R4's seven asks whether they are all its — probe 181 had
        // been told of the department's own four instead.)
        const { years, directions, never, departments } = asked.filters;
        if (years.length + directions.length + never.length + departments.length > 0) {
          // (Those that meet it are the answer, as a department's are; the others shown after them.)
          const meeting = new Set(asked.projects.slice(0, asked.answered));
          const meets = those.filter((p) => meeting.has(p));
          const checked = checkedAgainst(
            {
              ...answeredBefore,
              answered: meets.length,
              projects: [...meets, ...those.filter((p) => !meeting.has(p))],
            },
            those,
            meets,
          );
          return followedOn(checked, previous);
        }
      }
    }
    // 「それに似たのは？」「似たような事業はある？」: projects like those in view (see nearTo).
    if (similar) {
      const answeredBefore = await answerBefore();
      const seeds = answeredBefore.projects
        .slice(0, Math.max(1, answeredBefore.answered))
        .slice(0, MAX_SEEDS);
      if (seeds.length > 0) {
        // (Of other units, said so: those of the units in view left out.)
        const theirUnits = new Set(seeds.map((p) => p.department));
        // (And like them in the words the answer before searched — 「そのうちWi-Fi関係は？」 then 「同じような事業はほかの課
        // にもありますか？」 asks for other units' Wi-Fi projects, not the centre's nearest text.)
        const like =
          similar.rest === "" && similar.otherUnits ? answeredBefore.searchedWords.join(" ") : similar.rest;
        const near = (await nearTo(seeds, like)).filter(
          (p) => !similar.otherUnits || !theirUnits.has(p.department),
        );
        const seedNames = [...new Set(seeds.map(saidName))].map((n) => `「${n}」`).join("");
        const where = similar.otherUnits ? "ほかの課の事業で" : "";
        const lead =
          near.length === 0
            ? `${seedNames}に近い${where ? "ほかの課の" : ""}事業は、計画にほかにありません。`
            : `${seedNames}に近い事業を、${where}${like === "" ? "目的と内容の近い事業と同じ取組の事業から" : "近い順に"}示します。`;
        const {
          verdict: _v,
          counted: _c,
          fieldsAsked: _f,
          shape: _s,
          foundNothing: _n,
          asked: _a,
          ...kept
        } = answeredBefore;
        const names = [...new Set(near.map(saidName))];
        return followedOn(
          saidFirst(
            {
              ...kept,
              intent: "search",
              projects: near,
              answered: near.length,
              leads: [],
              notes: [],
              searchedWords: [],
              missingTerms: [],
              filters: NO_FILTERS,
            },
            lead,
          ),
          names.length > 0 && names.length <= MAX_PROJECTS_NAMED
            ? `${names.join("、")}${names.every((n) => n.endsWith("事業")) ? "" : "の事業"}`
            : question,
        );
      }
    }
    // 「同じ取組の事業は？」「同じ課のほかの事業」: the initiative, policy or department of the project answered first.
    // 「ほかには？」「市民協働推進課のほかの事業」「それ以外だと？」: what the answer before left out.
    // (そこ after a department was offered to be confirmed is that department: see withThereAsUnit.)
    const sameSaid = withThereAsUnit(question, marked >= 0 ? line : lastLineOf(previous));
    if (saysSameAs(sameSaid) || othersAsked(question, previous) !== null) {
      const answeredBefore = await answerBefore();
      // (After an answer with related projects only, the first of them: its department is the one the answer named.
      // After none — 「R7は？」 of a subject the plan lists no further — the subject's projects it named: probe 103.)
      const named =
        answeredBefore.projects.length > 0
          ? answeredBefore.projects.slice(0, Math.max(1, answeredBefore.answered))
          : (answeredBefore.asked ?? []);
      const own = withSameAs(sameSaid, named[0] ?? answeredBefore.asked?.[0]);
      const others = othersAsked(own, previous);
      if (others !== null) {
        // (The rest of a list after a yes-or-no asked on the way of some of it — 「そのうち工事のほうはもう終わった？」 then
        // 「じゃあもう一つのほうは？」 — is the list less those the yes-or-no was of: probe 333 had left out the whole list.)
        const onWay = onTheWay && asksTheRest(question) ? await ask(line) : null;
        const askedOnWay = onWay?.projects.slice(0, onWay.answered).filter((p) => named.includes(p)) ?? [];
        const before = askedOnWay.length > 0 && askedOnWay.length < named.length ? askedOnWay : named;
        // 「ほかには？」 of the question before, after related projects only: every one shown is left out (the second of
        // two had been shown again); 「その課の他の事業」 leaves out the one whose department was named.
        const again = own === question && answeredBefore.answered === 0 && previous.includes(others);
        const shown = again && answeredBefore.projects.length > 0 ? answeredBefore.projects : before;
        const left = (ps: readonly Project[]) => ps.filter((p) => !shown.includes(p));
        let answered = await ask(others);
        // 「財産活用課の事業でR7まで続くやつ」 then 「それ以外は？」 — none else so: the rest of the department's (or the
        // code's) list, its conditions taken back (probe 176 had said there were none).
        // (So is a subject searched by one word: 「Wi-Fiの事業で完了したやつ」 then 「それ以外は？」 is the other Wi-Fi
        // projects — probe 363 had said there were none.)
        const wider =
          asksTheRest(question) && left(answered.projects.slice(0, answered.answered)).length === 0
            ? subjectAlone(lastLineOf(others), catalog, clock(), answered.searchedWords)
            : null;
        if (wider !== null) {
          const rest = await ask(wider);
          if (left(rest.projects.slice(0, rest.answered)).length > 0) answered = rest;
        }
        const kept = left(answered.projects.slice(0, answered.answered));
        // 「えんがわ」「担当は？」 then 「ほかの事業は？」 (not 他には？): none else of its search, nor any related — the rest of the
        // department of the one in view, said so (probe 284 had said the plan has no other, 0件 and nothing shown).
        const unitOf = [...new Set(named.map((p) => p.department))];
        if (
          kept.length === 0 &&
          left(answered.projects).length === 0 &&
          OTHER_PROJECTS.test(question) &&
          own === question &&
          previous.includes(others) &&
          named.length > 0 &&
          named.length <= MAX_PROJECTS_NAMED &&
          unitOf.length === 1
        ) {
          const unit = `${unitOf[0]}の事業`;
          const theirs = await ask(unit);
          const rest = left(theirs.projects.slice(0, theirs.answered));
          if (theirs.intent !== "search" && rest.length > 0)
            return followedOn(
              {
                ...theirs,
                projects: rest,
                answered: rest.length,
                notes: theirs.notes.filter((n) => n !== countSentence(theirs.answered)),
              },
              unit,
              `前の回答の事業のほかに、同じ検索語の事業はありません。同じ担当課（${unitOf[0]}）のほかの事業を示します。`,
            );
        }
        // (None left as answers, but related ones shown: the note says so — 「ほかに当てはまる事業はありません」 above a
        // list had read as a contradiction, probe 147.)
        const related = kept.length === 0 ? left(answered.projects) : [];
        // What the next message goes on from: the few projects left, by name (「それっていつまで？」 asks of them).
        const names = namesOf(kept);
        const shownNames = namesOf(shown);
        const readAs =
          kept.length > 0 && kept.length <= MAX_PROJECTS_NAMED
            ? // (「コミュニティセンター管理運営事業」, not 「…管理運営事業の事業」.)
              `${names.join("、")}${names.every((n) => n.endsWith("事業")) ? "" : "の事業"}`
            : // Too many to name: the question with those answered before left out, so that 「そのうちR3に拡充は」
              // narrows what is left, not the department's list with them back in (probe 65).
              shownNames.length > 0 && shownNames.length <= MAX_PROJECTS_NAMED
              ? `${shownNames.join("と")}以外の${others}`
              : others;
        // 「その課の他の事業は何件？」: the number said is of those left, as the heading's 該当 N件 is.
        // (So is a はい of ある？ with its count: of those left, or none said when none is left — probe 242 had はい over
        // 該当 0件.)
        // (And a はい said of one left out — 「ほかに外国人向けの事業はある？」 after 多文化共生's: 「はい。多文化共生…は…載って
        // います」 — is of the projects left, or gives way to いいえ when none is: probe 246.)
        let yesDropped = false;
        const ofOneLeftOut = (n: string) =>
          n.startsWith("はい。") && shownNames.some((name) => n.includes(name));
        const recount = (notes: readonly string[]) =>
          notes
            .map((n) => {
              // (With each kind's count too — 「該当する事業は15件です（新規14件・新規完了1件）。」 — it is the whole list's:
              // the count of those left is said alone, as the kinds of the whole no longer add up to it.)
              if (answered.counted && n.startsWith(countSentence(answered.answered).replace(/。$/u, "")))
                return countSentence(kept.length);
              if (n !== `はい。${countSentence(answered.answered)}` && !ofOneLeftOut(n)) return n;
              if (kept.length > 0) return `はい。${countSentence(kept.length)}`;
              yesDropped = true;
              return "";
            })
            .filter((n) => n !== "");
        const recountedNotes = recount(answered.notes);
        const recounted = answered.leads ? recount(answered.leads) : undefined;
        const noneElse = `前の回答の事業（${shown.length}件）のほかに、当てはまる事業はありません。`;
        const leads = yesDropped ? [`いいえ。${noneElse}`, ...(recounted ?? [])] : recounted;
        const notes = yesDropped ? [`いいえ。${noneElse}`, ...recountedNotes] : recountedNotes;
        return followedOn(
          {
            ...answered,
            projects: left(answered.projects),
            answered: kept.length,
            notes,
            ...(leads ? { leads } : {}),
          },
          readAs,
          ...(shown.length === 0
            ? []
            : // 「同じ課の他の事業は？」 of a department with one project: said in a sentence, not only by 0件.
              kept.length === 0 && (answered.answered > 0 || related.length === 0)
              ? yesDropped
                ? related.length > 0
                  ? ["関連する可能性がある事業を示します。"]
                  : []
                : [`${noneElse}${related.length > 0 ? "関連する可能性がある事業を示します。" : ""}`]
              : [`前の回答の事業（${shown.length}件）を除いて示します。`]),
        );
      }
      if (own !== question) return followedOn(await ask(own), own);
    }
    // 「担当課は？」「R7も載ってる？」: a message that names nothing of its own asks of the question before.
    // (So does one asking only what the plan never records: 「費用は全部でいくら？」 — probe 286 had lost the thread.)
    const goes = goesOn(question) || asksOnlyUnrecorded(question);
    const understood = goes ? null : understand(question, catalog, clock());
    // Beside a year or a direction, words that name no subject — a verb (「令和5年度も貸してる？」「令和3年度に何か
    // 変えた？」) — ask it of what was answered, as a year alone does (probe 162: each had listed the year's 32 or 44).
    const yearOrDirection =
      understood !== null &&
      (namesOnlyAYearOrDirection(understood) ||
        changeOfUnitsList(understood, () => understand(lastLineOf(previous), catalog, clock())));
    // (Not beside a direction — 「令和4年度完了予定分についても同様に」 asks that year's list anew — nor of words with no
    // verb of their own: 「3.はR7どうなってる？」 picks from the list.)
    // (The nouns its free text asks about, searched once, whichever rule below reads them.)
    let searchedOnce: Promise<SearchResult> | undefined;
    const searchedAlone = (u: Understanding) =>
      (searchedOnce ??= warmUp().then((index) => index.search(u.freeText)));
    const askedWords = async (u: Understanding) => (await searchedAlone(u)).askedWords;
    const namesASubject = async (u: Understanding) =>
      !yearOrDirection ||
      u.codes.length + u.departments.length + u.directions.length > 0 ||
      !/\p{Script=Han}/u.test(u.freeText) ||
      (await askedWords(u)).length > 0;
    // (A message naming the very unit the question before named — 「7-1で縮小する事業は？」 then 「7-1で縮小じゃないのは？」
    // — asks that unit anew: nothing of the list is narrowed by it.)
    // (Nor one naming the unit of the one project in view, with more to ask — 「ふるさと寄附金推進事業の方向性」「R7は？」
    // then 「まち魅力発信課で令和7年度まで記載があるのは？」 asks that unit's list; narrowing the one by its own unit had
    // answered 0件 — probe 337.)
    const ownUnitOfOne = async (u: Understanding) => {
      const [unit] = u.departments;
      if (u.departments.length !== 1 || u.years.length + u.directions.length === 0) return false;
      const one = await answerBefore();
      return one.answered === 1 && one.projects[0]?.department === unit;
    };
    const bare =
      understood !== null &&
      !namesTheUnitAgain(understood, () => understand(lastLineOf(previous), catalog, clock())) &&
      !(await ownUnitOfOne(understood)) &&
      isBare(question, {
        freeText: understood.hasFreeText && !asksOnlyWhen(understood) && (await namesASubject(understood)),
        codeOrUnit: understood.codes.length + understood.departments.length > 0,
        // (A word the text must hold or lack is a condition as a year is: 「Wi-Fiが関係ないのは？」 after a unit's list
        // narrows it — probe 388 had read it alone, over the plan.)
        yearOrDirection: yearOrDirection || understood.textHas.length + understood.nameHas.length > 0,
        // (「年度別に件数で」 after a department's list counts that list by year — probe 225 had counted the whole plan.)
        byUnit:
          understood.byDepartment ||
          understood.byPolicy ||
          understood.byInitiative ||
          understood.byDirection ||
          understood.byYear,
        leavesOutOnly: understood.leavesOutOnly,
        deniesOnly:
          !understood.hasFreeText &&
          understood.conditions.length > 0 &&
          understood.conditions.every((c) => !c.holds) &&
          understood.codes.length + understood.departments.length + understood.directions.length === 0,
        unknownUnit: understood.unknownDepartments.length > 0,
        // (「えんがわの担当は？」: a word of the plan's in hiragana, before the field — its subject, not the list in view's.)
        kanaSubject:
          understood.hasFreeText &&
          KANA_WORD.test(understood.freeText) &&
          // (Of its subject's words: a word of how to answer — ひとことで言うと？ — is none: probe 192.)
          (await searchedAlone(understood)).subjectWords.some((w) => KANA_WORD_ALONE.test(w)),
      });
    // 「オンラインでもやってる？」「スマホで申し込めるようになる？」: a way of doing it, and nothing else named, asks it of
    // what was answered (probe 162: each had answered 行政手続のオンライン化 for a 日本語教室 or a 口座振替 thread).
    const byMeansOnly =
      understood !== null &&
      !bare &&
      !goes &&
      understood.codes.length + understood.departments.length + understood.years.length === 0 &&
      [...understood.question].length <= MEANS_ASK_CHARS &&
      DOING_IT.test(understood.question) &&
      !/事業|取組|取り組み|プロジェクト/.test(understood.question) &&
      (await askedWords(understood).then((asked) => asked.length > 0 && asked.every((w) => MEANS.test(w))));
    // 「R3が臨時拡充なのは何をするから？」「R4で拡充になってるけど、何が増えるの？」 after one project: a year's direction it has,
    // said of it, and why or what is asked — of it, not the plan's list of that year (probe 283 had listed the year's 7).
    const one =
      !goes && !bare && !byMeansOnly && understood !== null ? await oneSaidOf(understood) : undefined;
    if (one !== undefined) {
      const read = `${saidName(one)}は${question}`;
      return followedOn(await ask(read), read);
    }
    // 「そのうちWi-Fi関係は？」 then 「じゃあ工事するのは？」: another side of the list that narrowing was of (see
    // siblingNarrowing) — when both narrow by words alone, naming no unit, code, year or direction (after 「そのうち人権・
    // 男女共生課のは？」, 「じゃあアンケートのは？」 may ask among that unit's), and some of the list is so.
    const side =
      !goes && !bare && !byMeansOnly && understood !== null && !namesACondition(understood)
        ? siblingNarrowing(question, previous)
        : null;
    const sibling =
      side !== null && !namesACondition(understand(lastLineOf(previous), catalog, clock())) ? side : null;
    if (sibling !== null) {
      const answered = await ask(sibling);
      if (answered.answered > 0) return followedOn(answered, sibling);
    }
    if (!goes && !bare && !byMeansOnly) return pickedByName(await ask(question));
    const rest = understood?.leavesOutOnly
      ? unitLeftOutOfBefore(understood.excludedDepartments, previous, understood.excludedCodes)
      : null;
    if (rest !== null) return followedOn(await ask(rest), rest);
    // After a search of a few projects (or one of any answer, 2番目のやつ), they are what the follow-up asks of
    // (「それっていつまで？」「2番目のやつの担当は？」): named, as if the asker had named them — the previous question
    // read again could find others.
    const answeredBefore = await answerBefore();
    // The message's own reading, read once and only when needed (a message that goes on was not read above).
    let reading: Understanding | undefined;
    const readingOf = () => {
      reading ??= understood ?? understand(question, catalog, clock());
      return reading;
    };
    // (After a いいえ with none answered, the projects it was about: 「…ってR5も載ってる？」 then 「担当課は？」; after none
    // answered in a year the subject's projects are not listed in, a field asked of them — 「じゃあR5は？」 then 「担当課は？」
    // asks whose they are, not which of none: probe 91 had 該当 0件 over the department's line.)
    // (One picked by its place from a list of related ones only is of the list as shown: after 関連する可能性 5件,
    // 「1番目のやつ」 is the first shown — probe 121 had listed all five again.)
    // (A place past those answered counts on into the related ones shown below them: after 該当 1件 and four related,
    // 「2番目の担当は」 is the second shown — probe 125 had answered the first's department.)
    // (After related ones only, a narrowing is of them as shown: 「部屋借りてネット使いたい…」 then 「そのうちもう終わった
    // のは？」 — probe 277 had narrowed the whole plan, 10件.)
    const ofRelatedOnly =
      answeredBefore.intent === "search" &&
      answeredBefore.answered === 0 &&
      !answeredBefore.verdict &&
      NARROWING_FIRST.test(question);
    const ofBefore =
      (picksByPlace(question) && picksAmongShown(question, answeredBefore)) || ofRelatedOnly
        ? answeredBefore.projects
        : answeredBefore.answered > 0
          ? answeredBefore.projects.slice(0, answeredBefore.answered)
          : answeredBefore.verdict || onlyAsksOf(readingOf(), question)
            ? (answeredBefore.asked ?? [])
            : [];
    // (「じゃあR5以降も載ってるものはある？」「では、…ものはございますでしょうか」 after a narrowing by a year or a
    // direction: asked again of the list that narrowing was of, not of the few it kept — probe 481 had answered いいえ of
    // the two R4 completes, the unit's one project listed from R5 unsaid.)
    const askedAgainOfBefore =
      beforeAskedAgain(question, previous) !== previous &&
      !POINTED_AFTER_THEN.test(question) &&
      ANY_OF_THEM_ASKED.test(question);
    const shown =
      !askedAgainOfBefore &&
      (answeredBefore.intent === "search" ||
        picksOne(question) ||
        picksByPlace(question) ||
        onlyAsksOf(readingOf(), question)) &&
      // (Every one of a list made exactly — 「全部R7までですか」 after a department's — is checked of that list, which says
      // はい or いいえ: see withEveryOneChecked.)
      !(answeredBefore.intent !== "search" && EVERY_ONE.test(question)) &&
      ofBefore.length > 0 &&
      // (One picked by its place is named however long the list: 「施策7-2の事業」 then 「3番目のやつの内容は？」.)
      (ofBefore.length <= MAX_PROJECTS_NAMED || picksByPlace(question))
        ? ofBefore.map(saidName)
        : [];
    // 「同じ取組の他の事業は？」 then 「そのうちWi-Fiのやつは？」: a list narrowed by words of its own, and nothing else —
    // those of its projects that the words alone answer (read after the list's question, the words of its projects'
    // names would find every one of them again: probe 81).
    // (The order they are kept in: those the words answer first, then those holding them — see keptByWords.)
    let keptFirst: Project[] = [];
    const keptByWords = async (): Promise<string[]> => {
      const u = readingOf();
      const rest = narrowingRest(question);
      const conditions =
        u.years.length + u.directions.length + u.departments.length + u.codes.length + u.conditions.length;
      if (rest === null || !u.hasFreeText || conditions > 0 || ofBefore.length < 2) return [];
      const alone = await ask(rest);
      const answers = alone.projects.slice(0, alone.answered);
      // (And, after them, every one of them holding all the words, as 「…は全部」 asks: 「Wi-Fi関連の事業」 then 「そのうち
      // コミセン向けのは？」 keeps the project opening free Wi-Fi at two community centres beside the centres' own —
      // probes 342, 346.)
      const holders = new Set(
        (await warmUp())
          .search(understand(rest, catalog, clock()).freeText, {
            everyHolder: true,
            limit: catalog.plan.projects.length,
          })
          .hits.filter((h) => h.match === "strong" && h.coverage >= 1)
          .map((h) => h.project),
      );
      const kept = [
        ...ofBefore.filter((p) => answers.includes(p)),
        ...ofBefore.filter((p) => !answers.includes(p) && holders.has(p)),
      ];
      keptFirst = kept;
      return kept.length < ofBefore.length ? kept.map(saidName) : [];
    };
    // (「そのうち翌年度に完了するのは？」: the year after the one the question before named, not after today — read by the
    // projects' names, the year before had been lost: probe 319.)
    const ofYearBefore =
      nextOfLineBefore(
        `${previous.normalize("NFKC").toLowerCase().replace(THREAD_MARKS_ALL, "\n")}\n${question}`,
      )
        .split("\n")
        .at(-1) ?? question;
    const named =
      shown.length > 0
        ? (askedOfProjects(ofYearBefore, shown) ??
          // (By a year, a direction or a department only: 「そのうち道路を整備するほうは？」 searches its words among them.)
          // (Of a list with nothing beside it: after 該当 1件 and four related, 「そのうち」 may mean any of the five.)
          // (Of two subjects answered each, the projects answered: 「AとBの担当課」 then 「そのうち政策企画課のやつだけ」 —
          // probe 293 had read the two as one search again, 0件.)
          (answeredBefore.intent === "search" &&
          (answeredBefore.projects.length === answeredBefore.answered ||
            ofRelatedOnly ||
            answeredBefore.notes.includes(TWO_ASKS_NOTE)) &&
          !readingOf().hasFreeText
            ? narrowedAmong(ofYearBefore, shown)
            : narrowedAmong(ofYearBefore, await keptByWords())))
        : null;
    // 「そのうち新規のは？」 after a question of a year: 新規 in some year, not in that one.
    const narrowed = (text: string) =>
      withDirectionHadOnce(text, understood ?? understand(text, catalog, clock()), previous);
    // (「そのうちR7まで続くのは？」 after 「拡充の事業」: 拡充 in some year, not in R7.)
    const hadOnceBefore = (text: string, before: string) =>
      withDirectionBeforeHadOnce(text, understood ?? understand(text, catalog, clock()), before);
    const read =
      named ??
      (bare
        ? readAfter(
            narrowed(pointingBack(question)),
            hadOnceBefore(pointingBack(question), beforeAskedAgain(question, previous)),
            true,
          )
        : readAfter(narrowed(question), hadOnceBefore(question, previous), goes));
    // (One picked by its place is that project alone: the search of its name may find others beside it.)
    const pickedOne = named && picksOne(question) ? projectNamedIn(named, ofBefore) : undefined;
    const narrowedAnswer = withinBefore(
      ofThoseAnswered(
        onlyThe(await ask(read), pickedOne),
        named ? [...keptFirst, ...answeredBefore.projects.filter((p) => !keptFirst.includes(p))] : [],
      ),
      question,
      answeredBefore,
    );
    // (After some answered and others shown as related below them, a narrowing by a year, a direction or a unit alone
    // keeps those related ones that meet it, still related — the asker saw them: 「そのうち情報システム課のは？」 had
    // answered 0件 of a related card on screen, and dropped it (probes 377, 379, 380).)
    // (Only of a search the asker typed, read alone: a list made otherwise — 「その課の他の事業は？」 — is read again by its
    // projects' names, and the related cards of that reading were never on screen.)
    const byNamesOnly = previous
      .replace(/の事業\s*$/u, "")
      .split("、")
      .every((n) => projectNames.has(n.trim()));
    const withRelated =
      named === null &&
      !previous.includes("\n") &&
      !THREAD_MARKS.test(previous) &&
      !byNamesOnly &&
      answeredBefore.intent === "search" &&
      answeredBefore.answered > 0 &&
      !answeredBefore.verdict &&
      NARROWING_FIRST.test(question) &&
      !readingOf().hasFreeText
        ? await withRelatedMeeting(
            narrowedAnswer,
            answeredBefore,
            (names) => narrowedAmong(ofYearBefore, names),
            ask,
          )
        : null;
    const answered = withRelated?.answer ?? narrowedAnswer;
    // (Those related ones the answer, it goes on from them by name, as a narrowing of a list named goes on.)
    if (withRelated?.read) return followedOn(answered, withRelated.read);
    if (read === question) return answered;
    // 「情報システム課の事業は？」「R4で完了するのは？」 then 「R5以降も残るのは？」: none of the narrowed list can meet it, the
    // list before that narrowing can — the new one is asked in its place (a sibling of it, not a narrowing of it: probe 290
    // had answered 0件).
    const inPlace = named === null ? await inPlaceOfLastNarrowing(answered, read) : null;
    if (inPlace !== null)
      return readAfterBefore(inPlace.answer, question, inPlace.before, inPlace.read, names, inPlace.note);
    const answeredOrWider = await widerThanTheList(answered, read, answeredBefore);
    // A list made exactly narrowed by a year and a direction of its own (「情報システム課の事業」 then 「R4 完了は？」): the
    // next message goes on from both — 「じゃあ継続は？」 is R4's 継続 among them (probe 105 had dropped R4).
    const narrowing = readingOf();
    const narrowsBy =
      named !== null &&
      answeredBefore.intent !== "search" &&
      narrowing.years.length > 0 &&
      narrowing.directions.length > 0 &&
      !narrowing.hasFreeText;
    const last = lastLineOf(previous);
    // (Said as a clause of the list's question: 「じゃあR4 完了は？」 joins as 「…のうちR4 完了」.)
    const narrowedBy = question
      .trim()
      .replace(OPENING_CONNECTIVE, "")
      .replace(/\s*(?:は|って)?\s*[?？]*\s*$/u, "");
    if (narrowsBy)
      return {
        ...followedOn(answeredOrWider, read),
        continuedFrom: `${last}のうち${narrowedBy}`,
        keepsSubject: true,
      };
    return followedOn(
      // Of a list made exactly (a code, a department, a year), asked only of its projects: the next message goes on
      // from that list's question, as after a verdict (then 「じゃあR4は？」 asks it of R4).
      // (Several picked by their places — 上の2つ — are a pick too: 残りは？ then asks of the rest of the list.)
      named && answeredBefore.intent !== "search" && !picksOne(question) && !picksByPlace(question)
        ? { ...answeredOrWider, keepsSubject: true }
        : named && (picksOne(question) || picksByPlace(question))
          ? { ...answeredOrWider, pickedFrom: previous }
          : answeredOrWider,
      read,
    );
  };
  /**
   * A list in view asked again as it was answered: a comparison of the whole plan in the order it gave, a message of two
   * subjects or two asks answered each (see answerBefore), any other as read.
   */
  const listAsked = (text: string): Promise<Answer> =>
    comparesWholePlan(text) ||
    (!text.includes("\n") && (twoSubjects(text) !== null || twoAsks(text) !== null))
      ? askTyped(text)
      : ask(text);
  /** A message read after the text it goes on from (see goesOnFrom). */
  async function goOn(question: string, goesOnFromText: string): Promise<Answer> {
    // 「完了って書いてないけど、どういうこと？」「R4で終わってるけど、なんで？」: why the answer in view shows what it shows —
    // asked of it as why it is not listed on is, which the plan records no reason for (probe 474 had listed the 34 never
    // completing).
    if (asksWhyOfPremise(question)) {
      const answered = await goOn(WHY_NOT_LISTED, goesOnFromText);
      return { ...answered, query: asTyped(question) };
    }
    // (「完了していないものは？」 after 「そのうち完了しているものは」: of the list before that narrowing.)
    const before = beforeDenied(question, goesOnFromText);
    if (before !== goesOnFromText) return goOn(question, before);
    // (「続かないのはどれ？」 after 「…は全部R7まで続く？」: of the list checked.)
    const notChecked = ofThoseNotChecked(question, goesOnFromText);
    if (notChecked !== null) return goOn(notChecked.question, notChecked.previous);
    // (「じゃあ今も続いてるのは？」 after 「そのうちもう終わったのは？」: in place of that narrowing, said so.)
    const opposite = inPlaceOfOpposite(question, goesOnFromText);
    if (opposite !== null) {
      const answered = await goOn(opposite.question, opposite.previous);
      const said = lastLineOf(goesOnFromText).replace(THREAD_MARKS_ALL, "").trim();
      return {
        ...answered,
        notes: [
          ...answered.notes,
          `「${said}」の一覧には当てはまる事業がないため、その前の一覧から選びました。`,
        ],
      };
    }
    // 「市民会館跡地の」 then 「事業の方向性を教えて」: one question typed in two messages, the first cut short after
    // a noun's particle (probe 68) — read as one.
    const last = lastLineOf(goesOnFromText);
    // (Not a narrowing said casually, 「そのうち施策7-1の」, nor a message going on from a list: 「2番目のは？」.)
    if (
      CUT_SHORT.test(last) &&
      !CUT_SHORT.test(question) &&
      !NARROWING_WORD.test(last) &&
      !picksOne(question) &&
      !goesOn(question) &&
      !takesBack(question)
    ) {
      const joined = `${last}${question.trim()}`;
      return readAfterBefore(await ask(joined), question, last, joined, names);
    }
    // 「施策7-6の事業」「最初の事業の目的は？」 then 「2番目のやつは？」: the same asked of the list's project there.
    // Anything else after a pick asks of the project picked (「それの担当は？」).
    const pick = splitPicked(goesOnFromText);
    // 「AとB、どっちが先に終わる？」 then 「じゃあAとCだと？」: the two others compared as the two before were — which ends first,
    // or which lasts longer, as the one the comparison put first says (probe 303 had searched them, one answered and the
    // comparison gone).
    const pairAfterComparison = pick?.list.includes(ENDS_OF_THOSE) ? pairNamedAlone(question) : null;
    if (pick !== null && pairAfterComparison !== null) {
      const list = await listAsked(pick.list);
      const compared = list.projects.slice(0, list.answered);
      const winner = projectNamedIn(pick.line, compared);
      // (One listed in no year: as one listed in the plan's first year only.)
      const end = (p: Project) => endAt(p, catalog.years) ?? 0.5;
      const ends = compared.map(end);
      const longer = winner !== undefined && ends.length > 1 && end(winner) > Math.min(...ends);
      const asked = `${pairAfterComparison}、どっちが${longer ? "長く続く" : "先に終わる"}？`;
      return { ...(await engine.ask(asked)), query: asTyped(question) };
    }
    if (pick !== null && picksOne(question)) {
      // (From a comparison of the whole plan, in the order it gave, or from a list of related ones only: every project
      // it showed is of its list.)
      const whole = comparesWholePlan(pick.list);
      const list = whole ? await askTyped(pick.list) : await ask(pick.list);
      const listed =
        whole || picksAmongShown(question, list) ? list.projects : list.projects.slice(0, list.answered);
      const read = pickedAgain(question, listed.map(saidName), pick.line);
      // (The project picked alone, as the first pick showed it: not the search of its name's other finds.)
      const one = read === null ? undefined : projectNamedIn(read, listed);
      if (read !== null)
        return {
          ...readAfterBefore(
            { ...onlyThe(await ask(read), one), ...(one ? { searchedWords: [] } : {}) },
            question,
            pick.list,
            read,
            names,
          ),
          pickedFrom: pick.list,
        };
    }
    // 「7-6の事業」「2番目の中身教えて」 then 「R7まで続くのは？」: the ones (の) of a year or a direction, asked after a pick,
    // are of the list it was picked from — not of the one picked (probe 270: 1 for 3). (それはR7まで続く？ asks of it.)
    if (pick !== null && THE_ONES.test(question) && !POINTS_BACK_FIRST.test(question.trim())) {
      const u = understand(question, catalog, clock());
      if (
        !u.hasFreeText &&
        u.years.length + u.directions.length + u.conditions.length + u.ownYears.length > 0
      ) {
        const answered = await askTyped(question, { previous: pick.list });
        return { ...answered, query: asTyped(question) };
      }
    }
    // 「DX推進チームの事業」「1つ目の目的は？」 then 「もう一方のR5の方向性は？」: the rest of the list the pick was made
    // from, named, and what is asked of them (probe 150: the whole plan less the one picked had answered, 31件).
    // (A field or a year asked of it is split off before: askTyped asks 「もう一方は？」 first.)
    if (pick !== null && asksTheOtherOne(question)) {
      // (As it was answered: 「A、B、それぞれいつまで？」 compared, A picked, then 「もう一方は？」 — probe 154 had read A
      // and B as one search, one answered, and found no other.)
      const list = await listAsked(pick.list);
      const listed = list.projects.slice(0, list.answered);
      // (Picked by a name of the asker's — 「コーチング研修って何をするの？」 — it is the one of the list that line answers.)
      const named = projectNamedIn(pick.line, listed);
      const found = named === undefined ? await ask(pick.line) : undefined;
      const ofList = found?.projects.slice(0, found.answered).filter((p) => listed.includes(p)) ?? [];
      const picked = named ?? (ofList.length === 1 ? ofList[0] : undefined);
      // (Several picked by their places — 上の2つ — are each named in the line: the rest is the list less all of them.)
      const namedAll = listed.filter((p) => pick.line.includes(saidName(p)));
      const pickedAll = namedAll.length >= 2 ? namedAll : picked === undefined ? [] : [picked];
      const rest = listed.filter((p) => !pickedAll.includes(p));
      if (pickedAll.length > 0 && rest.length > 0 && rest.length <= MAX_PROJECTS_NAMED) {
        const restNames = namesOf(rest);
        const all = `${restNames.join("、")}${restNames.every((n) => n.endsWith("事業")) ? "" : "の事業"}`;
        return readAfterBefore(await ask(all), question, pick.list, all, names);
      }
    }
    if (pick === null) return readOn(question, goesOnFromText);
    // 「7-5の事業」「2つ目の内容は？」 then 「そのうちR4に完了するのは？」: one project has no そのうち — the list it was picked
    // from is narrowed (probe 177 had narrowed the one picked, 0件).
    if (NARROWING_FIRST.test(question)) return readOn(question, pick.list);
    // 「上の2つの担当課は？」 then 「下の2つは？」: other places of the same list (not of the ones picked).
    if (picksByPlace(question) && !picksOne(question)) return readOn(question, pick.list);
    // 「AとB、どっちが先に終わる？」 then 「両方とも市民課？」: both of the list, not the one the comparison put first (probe 276
    // had said はい of the one).
    // (So is each of them, or both, said within the ask — 「それぞれ何年度まで？」「担当課はどちらも人事課ですか」: probe 303
    // had answered the one put first.)
    // (Only after a comparison of those it names: after one picked by its words — 「…ってどの事業でやってる？」 then
    // 「それぞれの目的は？」 — それぞれ is of what that message found.)
    if (BOTH_LEAD.test(question) || (EACH_OR_BOTH_SAID.test(question) && pick.list.includes(ENDS_OF_THOSE)))
      return readOn(question, pick.list);
    // 「どっちが長く続く？」 then 「短いほうは？」: compared again among the projects the pick was made from, not of the
    // one picked (probe 197 had answered the longer one's direction).
    if (endCompared(question) !== null) return readOn(question, pick.list);
    // 「情報システム課の事業」 → 「上の2つってR4で完了？」 (or 「上の2つの内容は？」) → 「じゃあ市民課は？」: after projects
    // picked from a list, another unit alone is the list asked of that unit, not what was asked of the ones picked (probe
    // 466: 0件, or いいえ of the project).
    // Not after a unit offered and denied (「1つ目って人事課？」 いいえ → 「じゃあ市民課は？」 offers another).
    if (
      withUnitSwapped(question, pick.list, catalog.departments) !== null &&
      !(await unitOfferedDenied(pick.line))
    )
      return readOn(question, pick.list);
    // Read after the project picked, the list is still there for another place (「それの担当は？」 then 「最後のやつは？」).
    const answered = await readOn(question, pick.line);
    return answered.continuedFrom === undefined
      ? answered
      : { ...afterPickNote(answered, pick.line, names), pickedFrom: answered.pickedFrom ?? pick.list };
  }
  /** The one direction a thread's list was asked by, when いつから of it asks since when it has had it (see SINCE_WHEN). */
  const sinceOf = (thread: string): Direction | undefined => {
    const named = [
      ...new Set(
        thread.split("\n").flatMap((line) => understand(line, catalog, clock()).directions.slice(0, 1)),
      ),
    ];
    return named.length === 1 ? withASince(named[0]) : undefined;
  };
  /**
   * The direction a follow-up names by its verb after いつから (いつから減らしてる？: 縮小), when it has a since and nothing
   * else is asked — not the direction's own name (「いつから縮小？」 is read as it is, and is what this asks in its place).
   */
  const sinceDone = (asked: string): Direction | undefined => {
    const verb = SINCE_DOING.exec(asked)?.[1];
    if (verb === undefined || (DIRECTION_WORDS as readonly string[]).includes(verb)) return undefined;
    const u = understand(verb, catalog, clock());
    return u.hasFreeText ? undefined : withASince(u.directions[0]);
  };
  const askTyped = async (typed: string, { previous: goesOnFromText }: AskOptions = {}): Promise<Answer> => {
    // Read unspaced (その課 の 他の 事業 は？ as その課の他の事業は？, probe 85), headed as typed.
    // (A search engine's syntax — -臨時拡充, OR, 事業名:"ICT" — is read as the Japanese it stands for, probe 89.)
    // (A pasted e-mail's or form's frame — 件名：, 受付番号：, rules, a signature — is no part of it, probe 96.)
    // (Kansai speech — 載ってへんよな, 人事課やんな？, 終わってもうた — is read as the common language throughout, so that
    // what the answer says first (a はい, a いいえ, whose) reads it as understanding does: probe 115.)
    // (A list under a heading that points at it — 以下の…を教えてください。・A・B — is read items first; headed as typed.)
    const unframed = withoutPastedFrame(typed);
    const listFirst = withListFirst(unframed);
    if (listFirst !== unframed)
      return { ...(await askTyped(listFirst, { previous: goesOnFromText })), query: asTyped(typed) };
    const unspaced = directionAsSide(
      commonForm(withoutWordSpaces(fromSearchSyntax(unframed))),
      goesOnFromText,
    );
    // 「なんけん？」「そのうちかんりょうは」 after a list: the words a follow-up asks with, left in kana by the IME, read
    // as they are written (probe 112: the count had been of the whole plan, the thread lost).
    // (「最終年度は？」「最終年度はいつですか」 after a project: when it is listed until, not the plan's last year — probe
    // 124; after the plan's period asked about, it is the plan's.)
    const edgeAsked =
      goesOnFromText === undefined || /計画期間|計画の期間/.test(goesOnFromText)
        ? unspaced
        : edgeAsWhen(unspaced);
    // 「何が違うの？」 after a list: each one's purpose and content.
    // (Not after a count: 「…は何件？」 then 「違いは？」 asks how the numbers differ.)
    if (goesOnFromText !== undefined && !ASKS_COUNT.test(goesOnFromText) && asksTheDifference(edgeAsked)) {
      const answered = await askTyped(EACH_ONES_PURPOSE, { previous: goesOnFromText });
      return { ...answered, query: asTyped(typed) };
    }
    // 「保育士も対象？」「子育てサークルでも応募できる？」 after a project: whom it is for, as 「それは誰向け？」 asks it
    // (read as typed: the common form says 対象 as 載ってる).
    if (goesOnFromText !== undefined && asksWhetherPartyEligible(unframed)) {
      const answered = await askTyped(WHOM_FOR, { previous: goesOnFromText });
      return { ...answered, query: asTyped(typed) };
    }
    // 「縮小の事業ってある？」 then 「いつから？」: since when the projects have had the direction the list was asked by
    // (probe 177 had answered that the plan lists no 新規 of it) — not of a list by 新規 or 完了, whose いつから is its start.
    // (So is 「いつから減らしてる？」, the direction said by its verb: probe 180 had searched 減らし, the thread lost.)
    const since =
      goesOnFromText === undefined
        ? undefined
        : SINCE_WHEN.test(edgeAsked)
          ? sinceOf(goesOnFromText)
          : sinceDone(edgeAsked);
    if (since !== undefined) {
      const answered = await askTyped(`いつから${since}？`, { previous: goesOnFromText });
      return { ...answered, query: asTyped(typed) };
    }
    // (Only after an end asked — いつまで, 何年度まで, 最終年度: after 「拡充になるのは何年度？」 its その後 is after that year.)
    if (
      goesOnFromText !== undefined &&
      AFTER_IT.test(edgeAsked) &&
      /いつまで|何年度まで|最終年度|いつ(?:で)?終わ/.test(goesOnFromText.split("\n").at(-1) ?? "")
    ) {
      const before = await listAsked(goesOnFromText);
      const [one] = before.projects;
      if (before.answered === 1 && one) {
        const last = Number(lastListed(one)?.year.slice(1) ?? planEnds(catalog).last);
        const answered = await askTyped(`R${Math.min(last, planEnds(catalog).last) + 1}以降は？`, {
          previous: goesOnFromText,
        });
        return { ...answered, query: asTyped(typed) };
      }
    }
    const directionSince = goesOnFromText === undefined ? DIRECTION_SINCE.exec(edgeAsked) : null;
    if (directionSince) {
      const direction = directionSince[1] as Direction;
      const list = await askTyped(`${direction}の事業`);
      const answered = await askTyped(`いつから${direction}？`, { previous: goesOnFrom(list) });
      // (One message: no question before it to name.)
      return {
        ...answered,
        query: asTyped(typed),
        notes: withoutPreviousNamed(answered.notes),
      };
    }
    // 「オンライン関係だけに絞って」 after a list: そのうち, said at the end (probe 132: the list's scope had been lost,
    // 8 projects of the whole chapter answered).
    // (Not a shape: 件数だけ教えて, 名前だけにして say how to answer, below — probe 289 had narrowed by 件数.)
    const narrowedTo =
      goesOnFromText === undefined || onlyShapeAsked(edgeAsked) !== null
        ? null
        : (NARROWED_TO.exec(edgeAsked) ?? NARROWED_TO_NAME.exec(edgeAsked));
    if (narrowedTo) {
      const answered = await askTyped(`そのうち${(narrowedTo[1] as string).trim()}のは？`, {
        previous: goesOnFromText,
      });
      return { ...answered, query: asTyped(typed) };
    }
    // 「いや、それじゃなくてAIとか5Gの研究してるほう」: the answer just shown taken back and what is meant said in its
    // place — a search of its own, the projects shown left out (probe 190: the rejected project had come back, the words
    // searched among it alone).
    const rejected = goesOnFromText === undefined ? null : REJECTED.exec(edgeAsked);
    if (rejected && goesOnFromText !== undefined) {
      const meant = (rejected[1] as string).replace(ONE_MEANT, "の事業").trim();
      if (/[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9]/u.test(meant)) {
        const [before, found] = await Promise.all([listAsked(goesOnFromText), askTyped(meant)]);
        const shown = new Set(before.projects.slice(0, before.answered));
        const answered = found.projects.slice(0, found.answered).filter((p) => !shown.has(p));
        if (shown.size > 0 && answered.length > 0) {
          const related = found.projects.slice(found.answered).filter((p) => !shown.has(p));
          // (What the thread goes on from is those projects by name: the words meant, searched again, would find the
          // ones taken back too.)
          return {
            ...found,
            query: asTyped(typed),
            readAs: answered.map(saidName).join("、"),
            projects: [...answered, ...related],
            answered: answered.length,
            notes: [...found.notes, `前の回答の事業（${shown.size}件）を除いて示します。`],
          };
        }
      }
    }
    // 「最初の一覧に戻って、その中で人権・男女共生課のは？」「話戻るけど、…」: the thread's first question, and what follows
    // asked after it (probe 270: 最初 had been searched, 0件, or the rest read alone).
    const back = goesOnFromText === undefined ? null : BACK_TO_FIRST.exec(edgeAsked);
    if (back && goesOnFromText !== undefined) {
      const [first = ""] = goesOnFromText.split("\n");
      const rest = (back[1] ?? "").trim();
      const answered = await askTyped(rest === "" ? first : rest, rest === "" ? {} : { previous: first });
      // (Read as what was asked, which the next message goes on from — 「1個目の詳細」 after 「もう一回最初のリスト」 had
      // gone on from the words typed, 0件: probe 476.)
      return { ...answered, query: asTyped(typed), readAs: answered.readAs ?? answered.query };
    }
    // 「そのうち人権・男女共生課のものは？」 then 「逆に人権・男女共生課以外は？」「逆にR7まで載っているのは？」: set against the
    // narrowing just asked, of the same list — that narrowing taken back and this one asked in its place; 「逆にそれ以外
    // は？」 points back as it says, 逆に no word of it (probe 160: 0件, 「前の回答の事業のほかに…ありません」, or the
    // two narrowings at once).
    const opposite = goesOnFromText === undefined ? null : SET_AGAINST.exec(edgeAsked);
    if (opposite && goesOnFromText !== undefined) {
      const rest = edgeAsked.slice(opposite[0].length).trim();
      const lines = goesOnFromText.split("\n");
      const narrowedLast =
        lines.length >= 2 &&
        !THREAD_MARKS.test(goesOnFromText) &&
        NARROWING_FIRST.test(lastLineOf(goesOnFromText));
      const pointsBack = POINTS_BACK_FIRST.test(rest);
      const flipped = pointsBack || narrowedLast ? null : await askedTheOtherWay(edgeAsked, goesOnFromText);
      if (flipped !== null) return flipped;
      if (rest !== "" && (pointsBack || narrowedLast)) {
        const answered = pointsBack
          ? await askTyped(rest, { previous: goesOnFromText })
          : await askTyped(`そのうち${rest}`, { previous: lines.slice(0, -1).join("\n") });
        return { ...answered, query: asTyped(typed) };
      }
      // (After a question that narrowed nothing — 「人権・男女共生課の事業でR4に完了するのは？」 then 「逆にR5以降も続くのは？」 —
      // the question asked again of the other side, as じゃあ asks it: probe 187 had narrowed its list, 0件.)
      if (rest !== "") {
        const answered = await askTyped(`じゃあ${rest}`, { previous: goesOnFromText });
        return { ...answered, query: asTyped(typed) };
      }
    }
    // 「どっちが長く続く？」 then 「短い方はR4で何？」「長く続く方の目的は？」: of the few projects in view (the list the
    // comparison was of), those whose listing ends first or last — probe 371 had answered the winner for 短い方, and
    // found nothing for 長く続く方.
    const comparedSide = goesOnFromText === undefined ? null : COMPARED_SIDE.exec(edgeAsked);
    const sense = comparedSide === null ? null : senseOf(comparedSide[1] as string);
    if (comparedSide !== null && goesOnFromText !== undefined && sense !== null) {
      const listText = goesOnFromText.split(PICKED)[0]?.replace(/\n$/u, "") ?? goesOnFromText;
      const list = await askTyped(listText);
      const inView = list.projects.slice(0, list.answered);
      const ends = inView.map((p) => Number(lastListed(p)?.year.slice(1)));
      const edge = sense === "long" ? Math.max(...ends) : Math.min(...ends);
      const side = inView.filter((_, i) => ends[i] === edge);
      if (inView.length >= 2 && inView.length <= MAX_PROJECTS_NAMED && side.length < inView.length) {
        const names = namesOf(side).join("、");
        const rest = (comparedSide[2] as string).trim();
        const answered = rest === "" ? await ask(names) : await askTyped(rest, { previous: names });
        // (Picked from that list, as by its place: 「もう一方は？」 next is the other of it.)
        return { ...answered, query: asTyped(typed), pickedFrom: listText };
      }
    }
    // 「もう片方の目的は？」「完了しないほうの担当課は？」: the other one, or the ones that are so, first (「もう片方は？」
    // 「完了しないのは？」), then what is asked of them, read after them — or the rest narrowed (「残りでR7まで続くのは」:
    // 「残りは？」 then 「そのうちR7まで続くのは」).
    const split =
      goesOnFromText === undefined
        ? null
        : (otherOneAsked(edgeAsked) ??
          theRestThenAsked(edgeAsked) ??
          oneThatThenAsked(edgeAsked) ??
          theRestNarrowed(edgeAsked));
    if (split !== null) {
      const ones = await askTyped(split.ones, { previous: goesOnFromText });
      // (Only when read after the thread: 「新しいほうの目的は？」 after 人事課's list, searched afresh, had answered two
      // projects of other departments under a quote nobody typed — review.)
      if (ones.answered > 0 && (ones.continuedFrom !== undefined || ones.readAs !== undefined)) {
        const answered = await askTyped(split.asked, { previous: goesOnFrom(ones) });
        const notes = split.ofTheRest
          ? answered.notes.map((n) =>
              n.startsWith(PREVIOUS_QUESTION)
                ? `前の回答の残りの事業（${ones.answered}件）に続けて読みました。`
                : n,
            )
          : answered.notes;
        return { ...answered, notes, query: asTyped(typed) };
      }
    }
    // 「補助金のほうはいつまで？」: one side of the list in view, then what is asked of it — only when it is a side of the
    // list (see sideOfList); another subject's side is asked as it is typed (probe 217's 補助金のほう had been searched
    // in the whole plan, a project of another policy answered beside the one in view).
    const side = goesOnFromText === undefined || split !== null ? null : sideThenAsked(edgeAsked);
    if (side !== null && goesOnFromText !== undefined) {
      const ones = await sideOfList(side.ones, goesOnFromText, true);
      if (ones !== null) {
        // (A side read as a yes-or-no of it — 「そのうち周辺整備は？」 said はい — is asked of by its projects' names: what a
        // yes-or-no goes on from is the list, and the field had been asked of both — probe 364.)
        const picked = answeredNames(ones);
        const previous = ones.verdict && picked.length > 0 ? picked.join("、") : goesOnFrom(ones);
        const answered = await askTyped(side.asked, { previous });
        return { ...answered, query: asTyped(typed) };
      }
    }
    const question =
      goesOnFromText !== undefined &&
      edgeAsked === unspaced &&
      // (A message no longer than a question is read: each word of kana found reads the rest of it again.)
      [...unspaced].length <= MAX_QUESTION_CHARS &&
      HIRAGANA_RUN.test(unspaced)
        ? withKanaRead(unspaced, await warmUp(), (slip) => QUESTION_WORDS.includes(slip.read)).text
        : edgeAsked;
    if (question !== typed) {
      const answered = await askTyped(question, { previous: goesOnFromText });
      return answered.query === asTyped(question) ? { ...answered, query: asTyped(typed) } : answered;
    }
    // 「公共施設保全事業の内容を教えて」 then 「②は？」: that item of the project in view's 内容, said first (probe 254).
    const item = goesOnFromText === undefined ? null : itemAsked(question);
    if (item !== null) {
      const inView = await askTyped("それの内容は？", { previous: goesOnFromText });
      const [one] = inView.projects.slice(0, inView.answered);
      if (inView.answered === 1 && one !== undefined)
        return { ...saidFirst(inView, itemSentence(one, item)), query: asTyped(typed) };
    }
    // 「件数だけ教えて」「表にしてもらえますか」「CSVでください」 after a list: that list, counted or in the shape asked
    // (probe 157: read alone, they had been greeted, and the thread lost).
    const shaped = goesOnFromText === undefined ? null : onlyShapeAsked(question);
    if (shaped !== null) {
      // (Said in brief after a field was asked — 「…の目的は？」 then 「簡単に」 — it is that field said so: review-53 M4, the
      // field had been dropped, and the note had quoted 「…はを簡単に」.)
      const fields = shaped === "brief" ? fieldsAskedIn(goesOnFromText?.split("\n").at(-1) ?? "") : [];
      const asked =
        shaped === "count"
          ? "何件？"
          : shaped === "lines"
            ? "それを表で"
            : fields.length > 0
              ? `その${fields.join("と")}を簡単に`
              : "それを簡単に";
      const answered = await askTyped(asked, { previous: goesOnFromText });
      // (The count alone, as a first message's 件数だけ is: probe 289 had listed every project under it.)
      return {
        ...answered,
        query: asTyped(typed),
        ...(shaped === "count" ? { shape: "count" as const } : {}),
      };
    }
    // Said to the bot or asked of it (ありがとう, 何ができるの？, このデータはいつ時点？): answered as itself, whatever
    // came before (probe 103). After thanks the thread's subject stays (「ありがとう」 then 「じゃあR5は？」); after a
    // question about the bot there is none (「ヘルプ」 then 「7-4-9」 is no follow-up of the help).
    const about = aboutOf(question);
    if (about !== null) {
      const answered = await ask(question);
      return about === "thanks" && goesOnFromText !== undefined && answered.reply
        ? { ...answered, continuedFrom: goesOnFromText, keepsSubject: true }
        : answered;
    }
    if (goesOnFromText !== undefined && aboutOf(goesOnFromText) !== null) return askTyped(question);
    // 「方向性って何？」「取組とは？」「「No.」って何？」 in a thread: what the plan's term means, as asked alone — and the
    // thread's subject kept for what follows, as after thanks (probe 426: the list had been shown again with no meaning,
    // and after a meaning, 「R5もやる？」 had lost the project in view).
    if (goesOnFromText !== undefined && TERM_ASKED.test(question)) {
      const meant = await ask(question);
      if (meant.reply === true) return { ...meant, continuedFrom: goesOnFromText, keepsSubject: true };
    }
    // 「どっちが先に終わる？」「政策企画課の事業で一番長く続くのは？」: the projects named, or those in view, compared
    // by when they end (probe 97).
    const compared = endCompared(question);
    if (compared !== null) {
      // (Asked, with what it names, for each one's end — 「AとB、それぞれいつまで？」 answers both, as それぞれ says.)
      // (With nothing named and nothing before, the whole plan is compared: 「一番早く終わる事業は？」.)
      // (After one picked from a list — by a comparison before, 「その中で一番早く終わるのは？」 — the list is compared
      // again: probe 154's 「じゃあ一番長く続くのは？」 had compared the one picked with itself.)
      const inView =
        goesOnFromText === undefined ? undefined : (splitPicked(goesOnFromText)?.list ?? goesOnFromText);
      // (So is the whole plan after a comparison of it: 「完了が一番遅い事業はどれ？」 then 「じゃあ一番早く完了するのは？」
      // — probe 469 had compared the two that complete last with each other.)
      const whole =
        compared.rest === WHOLE_PLAN ||
        (compared.rest === "" &&
          (goesOnFromText === undefined || (inView !== undefined && comparesWholePlan(inView))));
      // (「公共施設保全事業とどっちが先に終わる？」 after a project: the one named beside those in view — probe 176 had
      // compared the one named with itself.)
      const besideInView =
        inView === undefined ? null : await namedBeside(compared.rest, () => ask(inView), ask);
      const named =
        besideInView ?? (compared.rest && `${compared.rest.replace(/[、,\s]+$/u, "")}、${ENDS_OF_THOSE}`);
      const base = whole
        ? await askTyped(WHOLE_PLAN)
        : await askTyped(named || ENDS_OF_THOSE, {
            previous: besideInView ? undefined : named ? goesOnFromText : inView,
          });
      // (Completion compared — 最後に完了するのは？ — among those that complete; the rest stay below as related.)
      const completing = base.projects.slice(0, base.answered).filter(completesWithin);
      const among =
        compared.completion && completing.length > 0
          ? {
              ...base,
              projects: [...completing, ...base.projects.filter((p) => !completing.includes(p))],
              answered: completing.length,
            }
          : base;
      if (base.answered > 0) {
        // (Not said to be two questions answered each: the two named are compared, as the first line says — probe 303.)
        const rankedOnce = rankedByEnd(among, compared.wanted, catalog.years, among !== base);
        const ranked = {
          ...rankedOnce,
          notes: rankedOnce.notes.filter((n) => n !== TWO_ASKS_NOTE),
          query: asTyped(question),
        };
        // One project picked from the list before (「この中で一番早く終わるのは？」): 「それの内容は？」 asks of it, as of a
        // project picked by its place; another place still picks from the list (probe 106 had read the list again).
        const [winner] = ranked.projects;
        // (The list is the one compared: the set the message named — 「政策企画課の事業で一番長く続くのは？」 — or else
        // the question before, less the lines it marks.)
        // (The whole plan compared is the comparison itself, asked again in its order: see answerBefore.)
        // (What it named, asked as compared — 「A、B、それぞれいつまで？」 — so that both are in view again: probe 154's
        // 「先に終わる方の担当課は？」 had read A and B alone, one answered, and the other named.)
        const list = whole
          ? asTyped(question)
          : named ||
            (goesOnFromText ?? "")
              .split("\n")
              .filter((line) => !MARKED_LINE.test(line))
              .join("\n");
        // (Several tied — three finish first — are picked together, as 上の3つ are: 「それの担当課は？」 after them had
        // gone back to the whole list, probe 427.)
        const tied = ranked.projects.slice(0, ranked.answered);
        return winner && list !== "" && ranked.answered >= 1 && ranked.answered <= MAX_PROJECTS_NAMED
          ? { ...ranked, readAs: tied.map(saidName).join("、"), pickedFrom: list, keepsSubject: false }
          : ranked;
      }
    }
    if (goesOnFromText === undefined) {
      // 「マイナンバーは市民課だっけ？DXチームだっけ？」: whose it is, said as which of the two offered (probe 137).
      // (Of a subject alone, no list: 「R4で完了するのは人事課と市民課？」 asks of a list — review; and of units the plan
      // has, by any name it is known by: DXチーム is DX推進チーム, 研修室 no unit.)
      const either = eitherUnitAsked(question);
      const about = either === null ? null : understand(either.subject, catalog, clock());
      const units = (either?.units ?? []).map((u) => understand(u, catalog, clock()).departments[0] ?? u);
      if (
        either !== null &&
        about !== null &&
        about.hasFreeText &&
        about.years.length + about.directions.length + about.codes.length + about.departments.length === 0 &&
        units.some((u) => catalog.departments.some((d) => d.name === u))
      ) {
        const whose = await ask(`${either.subject}の担当課は？`);
        if (whose.answered > 0)
          return { ...withEitherUnitSaid(whose, units as [string, string]), query: asTyped(question) };
      }
      // 「空調のLED化っていつまで？2026年の3月まで？」「マイナンバーカードの事業について。R5は？」: a last sentence that
      // names nothing of its own asks of the sentences before it, as a follow-up asks of the question before (probe 117:
      // the year alone had answered, every project listed then).
      // (Only a year, direction, code or department: a field asked there — 担当課も教えてください, いつ終わる？ — is read
      // with the whole message, which keeps what it found beside the answers.)
      // 「R5で継続の事業は何件？そのうち7-2は？」: a count, then a narrowing of it — both numbers said, the whole's first
      // (probe 150: 「該当する事業は13件です」 alone had read as the whole's number, 29).
      // (Opened as another ask — 「…何件ありますか。また、そのうち…はどれでしょうか。」: the narrowing, the また no word of it —
      // probe 273 had answered the narrowing alone, the whole's count unsaid.)
      const parts = lastSentenceAfter(question);
      const last = parts?.last.replace(ANOTHER_NARROWING, "") ?? "";
      if (parts !== null && NARROWING_WORD.test(last) && ASKS_COUNT.test(parts.before)) {
        const [whole, part] = await Promise.all([
          askTyped(parts.before),
          askTyped(last, { previous: parts.before }),
        ]);
        if (whole.answered > 0 && !whole.verdict && part.continuedFrom !== undefined) {
          const narrowed = stripRegister(last.replace(NARROWING_SAID_FIRST, ""))
            .replace(
              /\s*(?:(?:(?<!も)の)?\s*(?:は|って))?\s*(?:何件|いくつ|どれ|何|なに)?\s*(?:です|でしょう)?\s*か?\s*[?？。]*\s*$/u,
              "",
            )
            .trim();
          const said = `該当する事業は${whole.answered}件で、そのうち「${narrowed}」は${part.answered}件です。`;
          const both = saidFirst(part, said);
          return {
            ...both,
            query: asTyped(question),
            notes: withoutPreviousNamed(both.notes),
            leads: withoutPreviousNamed(both.leads ?? []),
          };
        }
      }
      const tail = parts;
      const conditionsOnly = (u: Understanding) =>
        !u.hasFreeText && u.years.length + u.directions.length + u.codes.length + u.departments.length > 0;
      // 「ふるさと納税のやつ R7もやる？けいぞく？」: a yes-or-no of a year, then the direction it is asked as — one
      // yes-or-no of both (probe 482: read as 「…は継続？」, R7 dropped, はい of R3–R6).
      if (tail !== null && asksYesOrNo(tail.before) && asksYesOrNo(tail.last)) {
        const [first, second] = [
          understand(tail.before, catalog, clock()),
          understand(tail.last, catalog, clock()),
        ];
        const directionAlone =
          !second.hasFreeText &&
          second.directions.length > 0 &&
          second.years.length + second.codes.length + second.departments.length + second.conditions.length ===
            0;
        const stem = tail.before.replace(YEAR_ASK_VERB, "");
        if (
          directionAlone &&
          first.years.length > 0 &&
          first.directions.length === 0 &&
          stem !== tail.before
        ) {
          const joined = `${stem}${tail.last.trim()}`;
          const read = await askTyped(joined);
          return { ...read, query: asTyped(question), notes: [...read.notes, `「${joined}」と読みました。`] };
        }
      }
      // (And only after a subject: 「人事課の事業は？情報システム課の事業は？」 asks two lists, each answered below — review.)
      if (
        tail !== null &&
        conditionsOnly(understand(tail.last, catalog, clock())) &&
        understand(tail.before, catalog, clock()).hasFreeText
      ) {
        const read = await askTyped(tail.last, { previous: tail.before });
        const within = readWithin(
          read,
          question,
          read.readAs !== undefined ? [`「${read.readAs}」と読みました。`] : [],
        );
        if (within !== null) return within;
      }
      // 「人権・男女共生課の事業でR4に完了するものは何件ですか。また、R7まで続くものはどれですか。」: a second ask opened as
      // one (また, あと, それから), of the unit the first named but not of its conditions — each answered, the second of the
      // unit alone (probe 273: the two had been one, the first's count lost).
      const second = tail === null ? "" : tail.last.replace(SECOND_ASK_OPENED, "");
      if (
        tail !== null &&
        second !== tail.last &&
        !NARROWING_WORD.test(second) &&
        conditionsOnly(understand(second, catalog, clock())) &&
        conditionsOnly(understand(tail.before, catalog, clock()))
      ) {
        const unit = subjectAlone(tail.before, catalog, clock());
        const [first, other] = await Promise.all([
          askTyped(tail.before),
          unit === null || unit === WHOLE_PLAN ? askTyped(second) : askTyped(second, { previous: unit }),
        ]);
        return numberedAnswered(
          question,
          [tail.before.trim(), second.trim()],
          [first, other],
          SECOND_ASK_NOTE,
        );
      }
      // Asks numbered in one message: each answered, in its place (probe 157).
      // (An item that points back — 「2. そのうちR5以降も続くもの」「3. その件数」 — is read after the one before it; so is
      // one that only counts by a unit — 「1. R3に臨時拡充の事業の件数 2. 担当課ごとの内訳」: the breakdown of that list,
      // not of the whole plan.)
      // (The asker's own unit, said in the greeting before ① — 財産活用課長に着任いたしました … ①当課の事業 — is each item's:
      // split from it, 当課 had named no unit — probe 323.)
      // (So are asks set out as bullets: the message is read with them numbered — see askOfThread.)
      const items = numberedAsks(ownUnit(question, catalog));
      // (Items that each ask only a field — 1. 該当する事業名 2. 担当課 3. 令和4年度の方向性 — of what the sentence before
      // them names are one ask of it: see numberedAsOne.)
      if (items !== null && items.every((item) => asksOnlyAField(understand(item, catalog, clock())))) {
        const one = numberedAsOne(question, items);
        if (understand(one.slice(0, one.indexOf(items[0] ?? "")), catalog, clock()).hasFreeText)
          return ask(one);
      }
      if (items !== null) {
        const answers: Answer[] = [];
        // (The subject set out before ① is each item's context: see numberedContext.)
        const context = numberedContext(question);
        for (const item of items) {
          // (A field alone — 「3. 担当課」 after a list — is of the last that answered some: probe 500 had asked it of
          // nothing, or of a narrowing that had none.)
          // (Not under a subject set out before ①: each item is asked of it.)
          const field =
            context === "" &&
            answers.some((a) => a.answered > 0) &&
            asksOnlyAField(understand(item, catalog, clock()));
          const before = field ? answers.findLast((a) => a.answered > 0) : answers.at(-1);
          answers.push(
            before !== undefined &&
              (asksOfOneBefore(item) ||
                addsToOneBefore(item) ||
                field ||
                onlyCountsByUnit(understand(item, catalog, clock())))
              ? await askTyped(item, { previous: goesOnFrom(before) })
              : await ask(`${context}${item}`),
          );
        }
        return numberedAnswered(question, items, answers);
      }
      // Two questions in one message, each with its own subject: each answered (probe 76).
      const pair = twoAsks(question);
      if (pair !== null) {
        const [first, second] = await Promise.all(pair.map((q) => ask(q)));
        if (first && second && first.intent === "search" && second.intent === "search")
          return bothAnswered(question, first, second);
      }
      // 「マイナンバーかオンラインに関係する事業」: either subject — each side searched,
      // the projects each holds answered together (probe 496: the second side's had been related only, or not shown).
      // Only when the whole is a search and each side finds projects of its own that the whole did not answer.
      // (Nor of a unit described so — 「人権とか男女のことやってる課の事業」 asks one unit's.)
      const sides = UNIT_WORD.test(question) ? null : eitherSubject(question);
      if (sides !== null && sides.every((side) => understand(side, catalog, clock()).hasFreeText)) {
        const [whole, left, right] = await Promise.all([ask(question), ...sides.map((side) => ask(side))]);
        const held = (a: Answer | undefined) => a?.projects.slice(0, a.answered) ?? [];
        if (
          whole?.intent === "search" &&
          left?.intent === "search" &&
          right?.intent === "search" &&
          left.answered > 0 &&
          right.answered > 0 &&
          [...held(left), ...held(right)].some((p) => !held(whole).includes(p))
        ) {
          // (In the whole question's order, which weighs both sides: each side's first had been put before the
          // other's, a never-mined set's top answers moved.)
          const both = bothAnswered(question, left, right, EITHER_NOTE);
          const answers = [...new Set([...held(whole), ...held(left), ...held(right)])];
          const at = (p: Project) => {
            const i = whole.projects.indexOf(p);
            return i < 0 ? whole.projects.length + answers.indexOf(p) : i;
          };
          answers.sort((a, b) => at(a) - at(b));
          return {
            ...both,
            projects: [...answers, ...both.projects.filter((p) => !answers.includes(p))],
            answered: answers.length,
          };
        }
      }
      // 「施設予約システムと同じ取組のほかの事業」「…と似た事業ある？」: the project named, then the relation asked of it as a
      // thread asks it of the project in view (see relationAsked).
      const relation = relationAsked(question);
      if (relation !== null) {
        const named = await ask(relation.subject);
        if (named.answered > 0 && named.answered <= MAX_PROJECTS_NAMED) {
          // (Of a search, the project it found first — 「マイナンバーカードの事業と似た事業」 is like the card's project, not
          // like each project that names the card; of a list made exactly, each of it.)
          const [top] = named.projects;
          const byTop = named.intent === "search" && top !== undefined;
          const read = await askTyped(relation.relation, {
            previous: byTop ? `${top.policy} No.${top.no}` : goesOnFrom(named),
          });
          const names = byTop ? [top.name] : answeredNames(named);
          const within = readWithin(read, question, [
            `「${relation.subject}」の事業（${names.join("、")}）と比べて示します。`,
          ]);
          if (within !== null) return within;
        }
      }
      // 「…の今後の方向性と、同じ課が担当している他の事業もあわせて」: the project the message names, and its
      // department's other projects with it.
      const first = withoutSameUnitAlso(question);
      if (first !== null) return withSameUnitAlso(await ask(first), question, catalog.plan.projects);
      // 「「…は市民課が担当」って本当？」: a claim checked against the project it is about (probe 93).
      const claim = claimAsked(question);
      if (claim !== null) {
        const stated = understand(claim, catalog, clock());
        if (stated.hasFreeText && stated.departments.length + stated.years.length > 0) {
          const found = await ask(stated.freeText);
          const project = found.answered > 0 ? found.projects[0] : undefined;
          const said = project ? checkedClaim(project, stated) : null;
          // (A claim that does not hold answers no project, as a department confirmed wrongly does: the projects found
          // are shown below the いいえ, the one it is about first, none counted 該当 — probe 172 had read 「いいえ（該当 1件）」.)
          if (said !== null)
            return {
              ...found,
              query: asTyped(question),
              verdict: true,
              ...(said.startsWith("いいえ") ? { answered: 0 } : {}),
              notes: [said, ...found.notes],
              leads: [said, ...(found.leads ?? [])],
            };
        }
      }
      // 「ワークショップの事業って施策7-7だったっけ？」: a code offered of a subject, checked against its projects (probe 247).
      const offered = codeOffered(question);
      if (offered !== null) {
        const found = await ask(offered.subject);
        // (Of a list made exactly — 7-2の事業, 人事課の事業 — each of it; of a search, the few it answers best.)
        const asked = found.projects.slice(0, found.answered);
        const said = codeChecked(found.intent === "search" ? asked.slice(0, LINE_EACH) : asked, offered.code);
        // (Said not to hold, the projects are shown below the いいえ, none counted 該当, as a claim that does not hold.)
        if (said !== null)
          return {
            ...saidFirst(found, said),
            query: asTyped(question),
            verdict: true,
            ...(said.startsWith("いいえ") && found.intent === "search" ? { answered: 0 } : {}),
          };
      }
      // 「R4で完了するのは情報システム課だけ？」: the list asked of, checked to be only the subject's (probe 136).
      // (Only of a subject that names projects — not a year, 臨時拡充はR3だけ？ asking of the years, nor a word that
      // narrows nothing, ひとつだけ, これだけ, どれだけ: review.)
      const only = onlyAsked(question);
      const named = only === null ? null : understand(only.subject, catalog, clock());
      if (only !== null && named !== null && named.years.length + named.directions.length === 0) {
        const [whole, ofSubject, subject] = await Promise.all([
          ask(only.list),
          ask(question),
          ask(only.subject),
        ]);
        const checked = subject.answered > 0 ? withOnlyChecked(whole, ofSubject, only.subject) : null;
        if (checked !== null) return { ...checked, query: asTyped(question) };
      }
      // 「AとBの担当課は？」「…事業と、…事業の方向性」: one ask of two subjects, each answered with it — when the
      // message says it asks two (事業と, と、, それぞれ), or when the one ask finds neither (probe 90).
      // 「R4で完了する事業ってどれ？人事課のも入ってる？」: the list, said to hold the subject's or not (probe 263: the
      // subject had narrowed the list to its own).
      const also = alsoAsked(question);
      if (also !== null) {
        const [whole, subject] = await Promise.all([ask(also.list), ask(also.subject)]);
        const checked = subject.answered > 0 ? withAlsoChecked(whole, subject, also.subject) : null;
        if (checked !== null) return { ...checked, query: asTyped(question) };
      }
      // 「AとBって同じ課がやってる？」: each one's department, said to be the same or not (probe 268: はい of A being listed).
      // (The message's own answer, only the sentence added, when it shows both subjects' projects; otherwise each one's,
      // the one the message ranks first kept first.)
      const same = sameUnitAsked(question);
      if (same !== null) {
        const [joint, one, other] = await Promise.all([ask(question), ask(same.first), ask(same.second)]);
        const shown = (a: Answer) => a.answered > 0 && joint.projects.includes(a.projects[0] as Project);
        const [lead, next] = other.projects[0] === joint.projects[0] ? [other, one] : [one, other];
        const both = shown(one) && shown(other) ? joint : bothAnswered(question, lead, next, COMPARED_NOTE);
        const said = withSameUnitSaid(both, one, other);
        if (said !== null) return said;
      }
      const two = twoSubjects(question);
      if (two !== null) {
        // (Unmarked, the halves only when the one ask leaves either's best out of its answers: 「コーチング研修と多文化
        // 共生の事業の担当課」 had answered one, the other only related — probe 150.)
        const [joint, one, other] = await Promise.all([
          two.marked ? undefined : ask(question),
          ask(two.first),
          // (The rest of three or four, asked as a message of its own: two again.)
          two.more ? askTyped(two.second) : ask(two.second),
        ]);
        const top = (a: Answer) => (a.answered > 0 ? a.projects[0] : undefined);
        const [first, second] = [top(one), top(other)];
        const answeredJointly = joint?.projects.slice(0, joint.answered) ?? [];
        if (
          one.intent === "search" &&
          other.intent === "search" &&
          first !== undefined &&
          second !== undefined &&
          first !== second &&
          (two.differ || !(answeredJointly.includes(first) && answeredJointly.includes(second)))
        )
          return bothAnswered(
            question,
            one,
            other,
            two.differ ? DIFFERENCE_NOTE : two.more ? SEVERAL_ASKS_NOTE : TWO_ASKS_NOTE,
          );
        return joint ?? (await ask(question));
      }
      // 「それっていつまで？」 as a slash command or a DM's first message: read alone, and said so — a new user
      // learns where a follow-up is read as one.
      const answered = await ask(question);
      return asksOfOneBefore(question) ? { ...answered, notes: [...answered.notes, READ_ALONE] } : answered;
    }
    // (Kansai speech is read as the common language above, for every message.) A reply's opening — thanks, ありがとう、,
    // or a correction's, あ、ごめん or さっきのは間違いで — is taken off: what follows is the follow-up, headed as typed;
    // a word corrected (あ、保全だった。…) is put right in the question before, probe 79; そのうち新規は？ asks for the ones
    // of that direction, as そのうち新規のは？ does, probe 115.
    const corrected = withWordCorrected(question, goesOnFromText);
    const before = corrected?.previous ?? goesOnFromText;
    const opened = withDirectionAsOnes(
      withUnitOfItSaid(withoutReplyOpening(corrected?.question ?? question)),
    );
    const common = withExtremeOfCounted(opened, before);
    if (common === question) return goOn(question, before);
    // (Of a ranking answered, the other end is of the ranking's question, not of the unit it put first: 「一番少ないのは？」
    // after 「事業が一番多い課はどこ？」 — probe 288 had narrowed the first's 8 projects.)
    const ranked = before.split("\n");
    const ofRanking =
      common !== opened && ranked.length > 1 && /^そのうち/.test(ranked.at(-1) ?? "")
        ? ranked.slice(0, -1).join("\n")
        : before;
    const answered = await goOn(common, ofRanking);
    return answered.query === asTyped(common) ? { ...answered, query: asTyped(question) } : answered;
  };
  // 「Wi-Fiの事業って全部完了した？」: every project the subject's words find, checked against the conditions asked — a
  // message of one, read alone (a department's or a code's are checked by withEveryOneChecked).
  const EACH_OF_THEM = /両方|どっちも|どちらも|どれも|いずれも|つとも|みんな/;
  const everyOfSubjectAsked = async (typed: string, common: string, answered: Answer): Promise<Answer> => {
    const every = everyOfSubject(common);
    if (every === null || answered.filters.departments.length > 0 || answered.scopes.length > 0)
      return answered;
    const [subject, rest] = await Promise.all([askTyped(every.subject), askTyped(every.rest)]);
    if (subject.intent !== "search") return answered;
    // (The reading with 全部 says whether it meant every year: 全部継続.)
    // (Not of 両方とも, どれも: of the projects, as withEveryOneChecked reads them.)
    const everyYear = answered.filters.everyYear && !EACH_OF_THEM.test(common);
    const checked = withEveryOfSubjectChecked(subject, everyYear ? answered.filters : rest.filters);
    return checked === subject ? answered : { ...checked, query: asTyped(typed) };
  };
  // 「7-2の拡充は10件で合ってる？」: the list asked of, the count to confirm taken off; headed as typed, and gone on from
  // as the list's question (「じゃあR5は？」 next asks it of R5).
  const askCounted = async (typed: string, common: string, options?: AskOptions): Promise<Answer> => {
    const said = withoutCountAsserted(common);
    if (said === null) return askTyped(typed, options);
    // (A count alone — 「7件で合ってる？」 — is of the list just answered, counted as 何件？ counts it, the thread going on
    // from that list as before; of the whole plan with nothing before it, or with 全部で: 「全部で44件？」.)
    const bare = !/[\p{L}\p{N}]/u.test(said.replace(/(?:全部|ぜんぶ|合計)で?/gu, ""));
    if (bare && said === "" && options?.previous !== undefined)
      return { ...(await askTyped("何件？", options)), query: asTyped(typed), keepsSubject: true };
    // (Another year, unit or direction said with も — 「じゃあR5の新規完了も1件？」 after 「R3に新規完了の事業は1件だけ？」 — is
    // the count asked again of it, as 「じゃあR5の新規完了は？」 asks: read as narrowing the list before, probe 402 had
    // said いいえ of its one project.)
    const list = bare ? "全部で何件？" : said.replace(/(?<=[\p{L}\p{N}])\s*も\s*$/u, "は？");
    const answered = await askTyped(list, bare ? {} : options);
    return { ...answered, query: asTyped(typed), readAs: answered.readAs ?? list };
  };
  /**
   * 前者, 後者 or 両者 after 「Aについて」 then 「Bの方は？」: 前者 asks of A's question, 後者 of B's (as それ), 両者 of the
   * projects both answered, named (「A、Bは、それぞれR5も継続？」) — probe 153: 「両者とも令和5年度も継続でしょうか。」 had
   * answered はい of B alone, A not listed in R5. Null for any other message.
   */
  const pairAsked = async (typed: string, first: string, second: string): Promise<Answer | null> => {
    const one = FORMER_OR_LATTER.exec(typed);
    if (one) {
      const said = `${one[1]}それ${typed.slice(one[0].length)}`;
      const answered = await engine.ask(said, { previous: one[2] === "前者" ? first : second });
      return { ...answered, query: asTyped(typed) };
    }
    if (!BOTH_LEAD.test(typed)) return null;
    const [a, b] = await Promise.all([ask(first), ask(lastLineOf(second))]);
    const names = [...a.projects.slice(0, a.answered), ...b.projects.slice(0, b.answered)]
      .filter((p, i, all) => all.indexOf(p) === i)
      .map(saidName);
    if (names.length === 0 || names.length > MAX_PROJECTS_NAMED) return null;
    const read = askedOfProjects(typed, names);
    if (read === null) return null;
    const answered = await engine.ask(read);
    return {
      ...answered,
      query: asTyped(typed),
      readAs: read,
      notes: [
        ...answered.notes,
        `前の2つの質問の事業について、「${quotePrevious(read, names)}」と読みました。`,
      ],
    };
  };
  /**
   * What a message goes on from when the last message found nothing (see FOUND_NOTHING): that message, if this one
   * corrects it or asks it of another subject (「じゃあWi-Fiだと？」「Wi-Fiのほうは？」); else what was before it.
   */
  const withNothingFoundSetAside = (
    typed: string,
    options: AskOptions | undefined,
  ): AskOptions | undefined => {
    const at = options?.previous?.lastIndexOf(FOUND_NOTHING) ?? -1;
    if (options?.previous === undefined || at < 0) return options;
    const line = options.previous.slice(at + 1);
    // (Not another year, department or direction of it: its subject is nowhere in the plan, so any year of it finds
    // nothing too — 「1件だけ？」 then 「じゃあR3は？」 asks of the list before.)
    // (Only a subject's side: 「財産活用課のほうは？」「R5のほうは？」 ask of what was before — review.)
    const side = sideAsked(typed);
    const said = side === null ? null : understand(side, catalog, clock());
    const readsIt =
      withCorrected(typed, line) !== null ||
      withFieldSubjectSwapped(typed, line) !== null ||
      (said !== null && said.departments.length + said.codes.length + said.years.length === 0);
    return { ...options, previous: readsIt ? line : options.previous.slice(0, at) };
  };
  /** A numbered project's unit offered to be confirmed, asked of it by name (see its use), or null. */
  const unitOfNumberedProject = (text: string): string | null => {
    if (!CONFIRMS_DEPARTMENT.test(text)) return null;
    const u = understand(text, catalog, clock());
    const [code] = u.codes;
    const [unit] = u.departments;
    if (
      u.codes.length !== 1 ||
      u.departments.length !== 1 ||
      code?.kind !== "project" ||
      u.years.length + u.directions.length + u.conditions.length > 0
    )
      return null;
    const project = projectNumbered(catalog, code.code, code.no);
    return project ? `${saidName(project)}の担当課は${unit}ですか？` : null;
  };
  const engine: Engine = {
    catalog,
    warmUp,
    // 「…は載ってないよね？」: a yes or a no to a question asked in the negative is said as Japanese says it (probe 99).
    // 「…は5件でしたっけ？」: a count to be confirmed is answered はい or いいえ with the count (probe 120).
    // 「情報システム課の事業を終わるのが早い順に並べて」: the list in the order the message asks, whatever answered it.
    // (Half-width katakana, as a phone's keyboard may type it, is read full width: see fullWidthKana.)
    ask: async (typed, askedOptions) => {
      const asked = fullWidthKana(typed);
      const answered = withSortAsked(asked, await askOfThread(asked, askedOptions), catalog.years);
      return SHARE_ASKED.test(asked) ? withShare(asked, answered, askedOptions?.previous) : answered;
    },
  };
  /**
   * A share asked (何割？, 何パーセント？, 割合にすると？): the count said with its share of the list it is a part of — the
   * list a message names before のうち (R4完了のうち人権・男女共生課のは何割？), the list in view a follow-up narrows
   * (そのうちR7まで載ってるのは何割？), the one before the count in view (割合にすると？), a list named with 全体 after the
   * one in view (7-2全体の何割？), or else the plan's whole (probe 460: every share had been of the plan's 44, whatever
   * the question named). The base is said in the sentence.
   */
  const withShare = async (
    asked: string,
    answered: Answer,
    previous: string | undefined,
  ): Promise<Answer> => {
    if (answered.verdict || !answered.counted) return answered;
    const plain = stripRegister(asked.normalize("NFKC"));
    const chain = previous?.replace(THREAD_MARKS_ALL, "\n").trim();
    const countOf = async (text: string) => {
      const a = await ask(text);
      return a.intent === "search" ? 0 : a.answered;
    };
    const whole = { label: "計画全体", n: catalog.plan.projects.length };
    let counted = answered;
    let base = whole;
    const ofWhole = SHARE_OF_NAMED_WHOLE.exec(plain);
    const before = SHARE_AFTER_PART.exec(plain);
    if (ofWhole && chain) {
      // 「7-2全体の何割？」 after 「7-2の事業で、R3に新規のは何件？」: the list in view, a part of the one named.
      const inView = await ask(chain);
      const n = await countOf(ofWhole[1] as string);
      if (inView.answered > 0 && n >= inView.answered) {
        counted = { ...inView, counted: true, query: answered.query };
        base = { label: `「${ofWhole[1] as string}」`, n };
      }
    } else if (before && !POINTER_BEFORE_PART.test(before[1] as string)) {
      const n = await countOf(before[1] as string);
      if (n >= answered.answered && n > 0) base = { label: `「${(before[1] as string).trim()}」`, n };
    } else if (chain) {
      const lines = chain.split("\n").filter((l) => l.trim() !== "");
      const of = asksCountAlone(asked) ? lines.slice(0, -1) : lines;
      const n = of.length === 0 ? 0 : await countOf(of.join("\n"));
      if (n >= answered.answered && n > 0 && n < whole.n) base = { label: "前の一覧", n };
    }
    const sentence = shareSentence(counted.answered, base.n, base.label);
    // (After the count, however it is said — 該当する事業は5件です（拡充4件・臨時拡充1件）。 — or first, with the count.)
    const count = countSentence(counted.answered).replace(/。$/u, "");
    const put = (lines: readonly string[]) => {
      const kept = lines.filter((l) => !SHARE_SAID.test(l));
      const at = kept.findIndex((l) => l.startsWith(count));
      return at < 0
        ? [countSentence(counted.answered), sentence, ...kept]
        : [...kept.slice(0, at + 1), sentence, ...kept.slice(at + 1)];
    };
    return { ...counted, notes: put(counted.notes), ...(counted.leads ? { leads: put(counted.leads) } : {}) };
  };
  /**
   * A thread's short follow-up read in place of the message (see each rule), or null: after a message, `asked` as typed
   * and `typed` as askOfThread mends it. The question before's last line, and what it answers, are read at most once.
   */
  async function shortFollowUp(asked: string, typed: string, options: AskOptions): Promise<Answer | null> {
    const previous = options.previous as string;
    const plainTyped = typed.normalize("NFKC");
    const said = plainTyped.trim();
    const line = lastLineOf(previous).replace(THREAD_MARKS_ALL, "");
    let lineAnswered: Promise<Answer> | undefined;
    const inView = () => {
      lineAnswered ??= engine.ask(line);
      return lineAnswered;
    };
    /** The message asked as `meant` instead (a project named by its policy's number), gone on from as it reads. */
    const askedAs = async (meant: string): Promise<Answer> => {
      const answered = await engine.ask(meant, options);
      return { ...answered, query: asTyped(asked), readAs: answered.readAs ?? meant };
    };
    /**
     * The one project the question before answered, if it answered one — or, answering none, the one it showed (「…は
     * r5は？」: not listed then, shown under its heading — probe 440's 完了の記載はないの？ next had asked it of the whole
     * plan).
     */
    const oneShown = async () => {
      const shown = await inView();
      if (shown.answered === 1) return shown.projects[0];
      const [only, ...more] = shownProjects(shown);
      return shown.answered === 0 && more.length === 0 ? only : undefined;
    };
    // 「R4の分を施策ごとに」「R5のは担当課別で」 after a list counted by year: that year's of the list, counted so — as
    // 「そのうち…」 asks it (probe 428 had shown the list by year again, the year dropped).
    // (Not after a question of a year: 「R3に完了する事業」 then 「R4の分を施策ごとに」 asks it of R4 instead.)
    const yearShaped = YEAR_THEN_SHAPE.exec(said);
    if (yearShaped !== null && understand(line, catalog, clock()).years.length === 0)
      return { ...(await engine.ask(`そのうち${said}`, options)), query: asTyped(asked) };
    // 「7-2の取組ごとの事業数」 then 「事業が載ってない取組は？」: those of the policy in view (probe 428 had named the
    // chapter's eight).
    if (EMPTY_INITIATIVES.test(plainTyped)) {
      const before = understand(line, catalog, clock());
      const policies = before.codes.filter((c) => c.kind === "policy").map((c) => c.code);
      if (understand(plainTyped, catalog, clock()).codes.length === 0 && policies.length > 0)
        return {
          ...(await engine.ask(`${policies.join("と")}で${said}`)),
          query: asTyped(typed),
        };
    }
    // 「じゃあ16番は？」「10番の担当課は？」「ごめん、14番だった」 after projects of one policy: that policy's project of
    // that number, as 「7-2 No.16」 names it — a number said without its policy had found nothing (probe 431).
    const numbered = NUMBER_WITHOUT_POLICY.exec(said);
    if (numbered !== null) {
      const shown = await inView();
      const policies = new Set(shown.projects.slice(0, Math.max(1, shown.answered)).map((p) => p.policy));
      const [policy] = policies;
      const no = Number(numbered[2]);
      if (
        policies.size === 1 &&
        policy !== undefined &&
        catalog.plan.projects.some((p) => p.policy === policy && p.no === no)
      ) {
        // (Gone on from as said with its policy: 「担当課は？」 next is of that project.)
        return askedAs(`${numbered[1] ?? ""}${policy} No.${no}${said.slice(numbered[0].length)}`);
      }
    }
    // 「R3とR4で拡充は何件ずつ？」 then 「R4の分だけ見せて」: that year's part, as 「R4だと？」 asks it.
    const alone = ALONE_SHOWN.exec(said);
    if (alone !== null)
      return { ...(await engine.ask(`${alone[1] ?? ""}${alone[2]}だと？`, options)), query: asTyped(asked) };
    // 「行財政改革の推進の担当は？」 then 「その次の事業は？」「ひとつ前のは？」: the project after (before) the one in view, in
    // its policy's order — as its number names it (probe 443 had answered the same project again).
    // (A short ask only: 「次の会議で使うので…」 opens a message of its own.)
    const stepped = NEXT_IN_ORDER.exec(said);
    if (stepped !== null && [...said.slice(stepped[0].length)].length <= NEXT_ASK_CHARS) {
      const one = await oneShown();
      const step = stepped[2] === "前" ? -1 : 1;
      const other =
        one === undefined
          ? undefined
          : catalog.plan.projects.find((p) => p.policy === one.policy && p.no === one.no + step);
      if (other !== undefined) {
        const rest = said.slice(stepped[0].length).replace(/^\s*(?:の|って)\s*/u, "");
        return askedAs(
          `${stepped[1] ?? ""}${other.policy} No.${other.no}${/^\s*(?:は|も)?\s*[?？]*\s*$/u.test(rest) ? "" : "の"}${rest}`,
        );
      }
    }
    // 「市民課の者です。R4で完了する事業を教えて」 then 「そのうちうちの課のは？」: うちの課 is the unit the asker said they are
    // of earlier in the thread — read alone it had named no unit (probe 436: 0件, or the other unit kept).
    if (plainTyped.search(OWN_UNIT) >= 0 && ownUnit(plainTyped, catalog) === plainTyped) {
      const unit = askersUnit(previous.replace(THREAD_MARKS_ALL, "\n"), catalog);
      if (unit !== undefined) {
        const meant = ownUnit(`${unit}。${plainTyped}`, catalog).slice(unit.length + 1);
        return { ...(await engine.ask(meant, options)), query: asTyped(asked) };
      }
    }
    // 「R3で新規の事業は何件？」 then 「「新規」だけだと？」: the direction in quotes, itself alone (新規完了 left out), of the
    // list in view — as 「「新規」のみで」 asks it (probe 437: read as 一度でも新規, the count unchanged).
    const quotedDirection = QUOTED_DIRECTION_ALONE.exec(said);
    if (quotedDirection !== null)
      return {
        ...(await engine.ask(`「${quotedDirection[1]}」のみで`, options)),
        query: asTyped(asked),
      };
    // 「7-2#17」 then 「これR5以降は？」: the one project in view, asked of the span — as 「…はR5以降どうなる？」 asks it (probe
    // 437 had read the span as a filter of 7-2 No.17: 「この条件に当てはまる事業は7-2 No.17にありません」).
    const spanOfIt = SPAN_OF_IT.exec(said);
    if (spanOfIt !== null) {
      const one = await oneShown();
      if (one !== undefined) {
        const meant = `${saidName(one)}は${spanOfIt[1]}どうなる？`;
        return { ...(await engine.ask(meant)), query: asTyped(asked), readAs: meant };
      }
    }
    // 「7-2#17」 then 「完了の記載はないの？」「拡充の記載はある？」: whether the one project in view has that direction, as
    // 「…に完了の記載はある？」 asks it (probe 437: the whole plan's ten, or nothing found).
    // (Typed in kana — かんりょうのきさい ないの: probe 440 — as written.)
    const directionWritten = DIRECTION_WRITTEN_ASKED.exec(withKanaWords(said));
    if (directionWritten !== null) {
      const one = await oneShown();
      if (one !== undefined)
        return {
          ...(await engine.ask(`${saidName(one)}に${directionWritten[1]}`)),
          query: asTyped(asked),
          readAs: saidName(one),
        };
    }
    // 「2つあるけど、1つ目の目的は？」: how many the answer showed, said before the ask — no word of it (probe 431: the
    // pick had been lost, 0件).
    const countSaid = COUNT_SAID_FIRST.exec(plainTyped);
    if (countSaid !== null && plainTyped.length > countSaid[0].length)
      return {
        ...(await engine.ask(plainTyped.slice(countSaid[0].length), options)),
        query: asTyped(asked),
      };
    // 「7-2-7の3つ目の事業の担当課は？」 then 「じゃあ4つ目は？」: the question that named a place, asked of the place now
    // said (probe 431 had searched 目 and shown the third again).
    const placeAlone = PLACE_ALONE.exec(said);
    if (placeAlone !== null) {
      const before = line.normalize("NFKC");
      const places = [...before.matchAll(PLACE_SAID)];
      const [only] = places;
      if (places.length === 1 && only !== undefined) {
        const meant = `${before.slice(0, only.index)}${placeAlone[1]}${only[2]}${before.slice(only.index + only[0].length)}`;
        return { ...(await engine.ask(meant)), query: asTyped(asked), readAs: meant };
      }
    }
    // 「逆は」「反対は？」「それ除外」「それは除く」 alone after a narrowing: the rest of the list it narrowed, as 「それ以外は？」
    // asks — 逆 had been searched (0件), or read as the other direction, and それ除外 had shown the ones to leave out again
    // (probe 432).
    // (逆 after a question of one direction, not narrowed — 「R4で縮小」 then 「逆は？」 — is the other direction: probe 309.)
    const restSaid = THE_REST_SAID_SHORT.exec(said);
    if (
      restSaid !== null &&
      (restSaid[1] === undefined || previous.replace(THREAD_MARKS_ALL, "\n").trim().includes("\n"))
    )
      return { ...(await engine.ask("それ以外は？", options)), query: asTyped(asked) };
    // 「合計」「合計は？」 alone after two lists: both, as 「合わせて何件？」 asks (probe 432 had answered the second alone).
    // (After one list narrowed — 「…を課ごとに件数で」 then 「そのうち人事課以外は？」 then 「合計は？」 — it is that list's count.)
    if (previous.includes(THREAD_FIRST) && TOTAL_ALONE.test(said))
      return { ...(await engine.ask("合わせて何件？", options)), query: asTyped(asked) };
    // 「それ以外の課だと？」「ほかの課は？」 alone: the other units' projects of the list before, as 「それ以外の課のものは？」
    // asks them (probe 427 had answered the unit's own two again).
    const otherUnits = OTHER_UNITS_ALONE.exec(said);
    if (otherUnits !== null)
      return {
        ...(await engine.ask(`${otherUnits[1]}の課のものは？`, options)),
        query: asTyped(asked),
      };
    // 「全部」「全部見せて」「もっと」「続きを見せて」 alone after a list: that list, whole — read alone, 全部 had been the
    // whole plan's 44 and もっと a search of nothing, 0件 (probe 426).
    if (WHOLE_LIST_ASKED.test(said))
      return { ...(await engine.ask("それを一覧で", options)), query: asTyped(asked) };
    return null;
  }
  /** The engine's answer to a message, in the plan's order (see the engine's ask). */
  async function askOfThread(asked: string, askedOptions?: AskOptions): Promise<Answer> {
    // (An old kanji — 擔當課は？, 繼續は？ — is today's before anything reads the message: see kanji-forms.ts.)
    // (Asks set out as bullets are numbered, as the numbered asks are read: see withBulletsNumbered.)
    const typed =
      withBulletsNumbered(
        withKanjiDates(withoutLaughter(withSpaceRunsShortened(kanjiForms().today(withoutMarkup(asked))))),
      )
        .replace(FISCAL_YEAR_SAID, fiscalYearWritten)
        .replace(AFTER_THE_PLAN, () => afterThePlan(catalog))
        .trim() || asked;
    // 「最終年度が早い順に」「終わる順に並べて」 after a list: that list again, put in the order asked (see the engine's
    // ask) — read alone, the order named nothing, and the thread was lost.
    const plainTyped = typed.normalize("NFKC");
    if (
      askedOptions?.previous !== undefined &&
      SORT_ASKED.test(plainTyped) &&
      !/[\p{L}\p{N}]/u.test(plainTyped.replace(SORT_ASKED, "").replace(SORT_FILLER, ""))
    )
      return { ...(await engine.ask("それを一覧で", askedOptions)), query: asTyped(asked) };
    // The short follow-ups below, each read as another ask of the thread (only after a message it goes on from).
    const before = askedOptions?.previous;
    if (before !== undefined) {
      // The question before, or what replaces it, asked after what that one went on from.
      const earlier = before.split("\n").slice(0, -1).join("\n");
      const inPlaceOfLast = (text: string) =>
        engine.ask(text, earlier === "" ? {} : { ...askedOptions, previous: earlier });
      // 「7-4だけだと？」 of two named in the question before: that question, the others taken out (see onlyOneKept).
      const kept = onlyOneKept(plainTyped, lastLineOf(before));
      if (kept !== null) {
        const read = await inPlaceOfLast(kept);
        return {
          ...read,
          query: asTyped(asked),
          readAs: kept,
          notes: [...read.notes, `「${kept}」と読みました。`],
        };
      }
      // 「じゃあ一覧で」 after a count: the list counted (probe 494 had listed the whole plan, 44 for 15).
      if (LIST_ALONE.test(plainTyped))
        return { ...(await engine.ask("それを一覧で", askedOptions)), query: asTyped(asked) };
      // 「もっとある？」 after an answer: what it left out, as 「ほかには？」 (probe 498 had searched もっと, 0件).
      if (MORE_ASKED.test(plainTyped))
        return { ...(await engine.ask("ほかには？", askedOptions)), query: asTyped(asked) };
      // 「本当に？」「間違いない？」 after an answer: the question before, asked again of the plan, said so; with more after
      // it (本当に？市民課じゃないの？), what follows, asked in the thread (probe 498: 0件, or a search of the rest alone).
      const doubt = DOUBTED.exec(plainTyped);
      if (doubt !== null) {
        const rest = plainTyped.slice(doubt[0].length).trim();
        if (/[\p{L}\p{N}]/u.test(rest))
          return { ...(await engine.ask(rest, askedOptions)), query: asTyped(asked) };
        const last = lastLineOf(before);
        const again = await inPlaceOfLast(last);
        return {
          ...again,
          query: asTyped(asked),
          // (After the verdict, which heads the answer.)
          notes: [...again.notes, `前の質問「${last}」を、計画でもう一度確かめました。`],
        };
      }
    }
    const short =
      askedOptions?.previous === undefined ? null : await shortFollowUp(asked, typed, askedOptions);
    if (short !== null) return short;
    // A question quoted as someone asked it, and nothing named besides: that question, asked as the message asks it.
    const quoted = quotedQuestionAsked(typed, catalog, (rest) => {
      const u = understand(rest, catalog, clock());
      return !u.hasFreeText && !namesACondition(u);
    });
    if (quoted !== null) return { ...(await engine.ask(quoted, askedOptions)), query: asTyped(asked) };
    // 「7-2#17の担当課は市民課で間違いないですか」: a project named by its number, its unit offered to be confirmed — asked as
    // by its name, which says はい or いいえ with its unit (probe 354: the unit had been a condition on the number, 該当
    // 1件 with no はい, or 「7-2 No.17 にありません」 of another unit).
    const byName = unitOfNumberedProject(typed);
    if (byName !== null) return { ...(await engine.ask(byName, askedOptions)), query: asTyped(asked) };
    // The thread's first question (see THREAD_FIRST): set apart, read only when this message points back at it.
    const beforeAll = askedOptions?.previous;
    const firstMark = beforeAll?.indexOf(THREAD_FIRST) ?? -1;
    // 「一番早く終わる事業の担当課は？」: the ranking asked first, then the field of what it ranks first — not a search of
    // the words (probe 371 had named 財産活用課 of an unrelated project).
    // (The message as the patterns below read it: width-folded, trimmed.)
    const plain = typed.normalize("NFKC").trim();
    const ranked = RANKED_THEN_FIELD.exec(plain);
    if (ranked !== null) {
      const first = await engine.ask(`${ranked[1] as string}は？`, askedOptions);
      const winners = answeredNames(first);
      if (first.intent !== "search" && winners.length > 0 && winners.length <= MAX_PROJECTS_NAMED) {
        const answered = await engine.ask(`${ranked[2] as string}は？`, { previous: winners.join("、") });
        // (Said as the ranking answered — 一番先に終わるのは、…です。 — not as a question before it, which nobody asked.)
        const [rankedSentence] = first.notes;
        const notes = answered.notes.filter((n) => !n.startsWith(PREVIOUS_QUESTION));
        return {
          ...answered,
          query: asTyped(asked),
          notes: rankedSentence === undefined ? notes : [...notes, rankedSentence],
        };
      }
    }
    // 「市民協働推進課の事業」「R7まで続かないのは？」 then 「いや、そうじゃなくて、R7まで続くほう」: the narrowing just asked,
    // taken back and replaced — the list it narrowed kept (probe 366 had read the correction alone: the plan's 24 of R7).
    const retracted = beforeAll === undefined ? null : retractedNarrowing(plain, beforeAll);
    if (retracted !== null)
      return {
        ...(await engine.ask(retracted.message, { previous: retracted.before })),
        query: asTyped(asked),
      };
    // 「情報システム課の事業」 then 「DX推進チームは？」 then 「合わせて何件？」: the thread's first list and the one asked
    // of another subject since, joined — not the second list counted alone (probe 363; conversations 130, 140, 269).
    if (firstMark >= 0 && beforeAll !== undefined && BOTH_LISTS_JOINED.test(plain)) {
      const [first, second] = await Promise.all([
        listAsked(beforeAll.slice(0, firstMark)),
        listAsked(beforeAll.slice(firstMark + 1).replace(THREAD_MARKS_ALL, "\n")),
      ]);
      const both = [...first.projects.slice(0, first.answered), ...second.projects.slice(0, second.answered)];
      const joined = both.filter((p, i) => both.indexOf(p) === i);
      // (What the next message goes on from: the units or codes of both, when each list is one's alone — 「情報システム
      // 課とDX推進チームの事業」; else the second list, as before.)
      const whose = [beforeAll.slice(0, firstMark), lastLineOf(beforeAll.slice(firstMark + 1))].map(
        (line) => {
          const u = understand(line, catalog, clock());
          return u.hasFreeText || u.years.length + u.directions.length + u.conditions.length > 0
            ? []
            : [...u.codes.map((c) => c.code), ...u.departments];
        },
      );
      const units = whose.every((w) => w.length > 0) ? [...new Set(whose.flat())] : [];
      if (first.answered > 0 && second.answered > 0 && !first.verdict && !second.verdict)
        return {
          ...second,
          query: asTyped(asked),
          projects: joined,
          answered: joined.length,
          counted: true,
          // (No one list's conditions are the joined list's.)
          filters: NO_FILTERS,
          ...(units.length > 1 ? { readAs: `${units.join("と")}の事業` } : {}),
          notes: [
            countSentence(joined.length),
            `前の2つの質問の事業（${first.answered}件と${second.answered}件）を合わせて示します。`,
          ],
          leads: [countSentence(joined.length)],
        };
    }
    // 「人権・男女共生課の事業の件数は？」 then 「市民協働推進課は？」 then 「差は？」「どっちが多い？」: the two lists' counts
    // compared, as one message asking both would (probe 436: the usage help, or the second list again).
    if (firstMark >= 0 && beforeAll !== undefined && LISTS_COMPARED.test(plain)) {
      const lines = [
        beforeAll.slice(0, firstMark),
        lastLineOf(beforeAll.slice(firstMark + 1).replace(THREAD_MARKS_ALL, "\n")),
      ];
      const [first, second] = await Promise.all([
        listAsked(beforeAll.slice(0, firstMark)),
        listAsked(beforeAll.slice(firstMark + 1).replace(THREAD_MARKS_ALL, "\n")),
      ]);
      // Each side named by what tells it from the other: its unit or code, or else its year (「R4で完了する事業は何件？」
      // then 「じゃあR5は？」 then 「差は？」: probe 466 had got the usage help).
      const readings = lines.map((line) => understand(line, catalog, clock()));
      const yearsAsked = (u: Understanding) => [...new Set([...u.years, ...u.conditions.map((c) => c.year)])];
      const names = readings.map((u, i) => {
        const said = [...u.codes.map((c) => c.code), ...u.departments];
        if (said.length === 1) return said[0];
        const other = readings[1 - i];
        const years = yearsAsked(u);
        const [year] = years;
        return said.length === 0 && years.length === 1 && year && other && yearsAsked(other).join() !== year
          ? reiwaLabel(year)
          : undefined;
      });
      const [a, b] = names;
      if (a !== undefined && b !== undefined && a !== b && !first.verdict && !second.verdict) {
        const [n, m] = [first.answered, second.answered];
        const counts = `（${a} ${n}件、${b} ${m}件）`;
        const more = n > m ? a : b;
        const said = /差/.test(plain)
          ? `差は${Math.abs(n - m)}件です${counts}。`
          : n === m
            ? /同じ/.test(plain)
              ? `はい。どちらも${n}件です${counts}。`
              : `どちらも同数です${counts}。`
            : /同じ/.test(plain)
              ? `いいえ。${more}のほうが${Math.abs(n - m)}件多いです${counts}。`
              : /少な/.test(plain)
                ? `${n < m ? a : b}のほうが少ないです${counts}。`
                : `${more}のほうが多いです${counts}。`;
        return {
          ...second,
          query: asTyped(typed),
          projects: [],
          answered: 0,
          reply: true,
          filters: NO_FILTERS,
          comparedCounts: [
            [a, n],
            [b, m],
          ],
          notes: [said],
          leads: [said],
          // (What follows goes on from the lists, as after thanks.)
          continuedFrom: beforeAll,
          keepsSubject: true,
        };
      }
    }
    const threadFirst =
      beforeAll === undefined
        ? undefined
        : firstMark >= 0
          ? beforeAll.slice(0, firstMark)
          : firstQuestionOf(beforeAll) || undefined;
    const backToFirst = threadFirst === undefined ? null : pointingAtFirst(typed);
    // (A message opening by going back to it — 最初の一覧に戻って… — reads it as the first line: see BACK_TO_FIRST.)
    const opensOnFirst = firstMark >= 0 && BACK_TO_FIRST.test(typed);
    const ownOptions: AskOptions | undefined =
      backToFirst !== null || opensOnFirst
        ? { ...askedOptions, previous: threadFirst }
        : firstMark >= 0
          ? { ...askedOptions, previous: beforeAll?.slice(firstMark + 1) }
          : askedOptions;
    const answeredHere = await answerInThread(backToFirst ?? typed, ownOptions);
    if (threadFirst !== undefined) return { ...answeredHere, threadFirst };
    // 「市長に説明するので、担当課ごとの事業数を教えてください」: what a thread goes on from is the ask without the
    // occasion before it, when the occasion changes nothing of how the message is read — else a follow-up read with it
    // searched its words (probe 390: 一番多い課は？ had searched 説明, and named two departments of one project each).
    // (Only an occasion that names nothing of the plan — no unit, code or year: 「人権・男女共生課の者ですが、…」 says
    // whose うちの課 is, for the thread's next message.)
    const clause = beforeAll === undefined && answeredHere.readAs === undefined ? askingClause(typed) : "";
    const at = clause === "" ? -1 : typed.lastIndexOf(clause);
    const occasion = at > 0 ? typed.slice(0, at) : "";
    const ask = typed.slice(at);
    return /[\p{L}\p{N}]/u.test(occasion) &&
      !OCCASION_NAMES_THE_PLAN.test(occasion) &&
      answeredHere.intent !== "search" &&
      readAlike(understand(ask, catalog, clock()), understand(typed, catalog, clock()))
      ? { ...answeredHere, readAs: ask }
      : answeredHere;
  }
  /**
   * The answer with some of its projects put first, by what the thread has in view (a few projects: three at most):
   * those `pick` chooses of the ones it answers, given the ones in view — the answer as it is when it chooses none, or
   * already leads with one. Not of a unit's list, a yes-or-no or a reading of the question before. `inView` answers
   * the question the thread goes on from (asked once for both orders below: see answerInThread).
   */
  const putFirst = async (
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
    pick: (found: readonly Project[], shown: readonly Project[]) => Project[],
    fewest = 1,
  ): Promise<Answer> => {
    if (
      inView === undefined ||
      answered.filters.departments.length > 0 ||
      answered.intent !== "search" ||
      answered.continuedFrom !== undefined ||
      answered.verdict !== undefined ||
      // (Nor under a sentence said of its first project: 「はい。…は令和3年度から…」.)
      answered.notes.some((n) => /^(?:はい|いいえ|一部です)。/u.test(n)) ||
      answered.answered < 2
    )
      return answered;
    const before = await inView();
    if (before.answered < fewest || before.answered > MAX_IN_VIEW) return answered;
    const found = answered.projects.slice(0, answered.answered);
    const first = pick(found, before.projects.slice(0, before.answered));
    if (first.length === 0 || first.includes(found[0] as Project)) return answered;
    return { ...answered, projects: [...first, ...answered.projects.filter((p) => !first.includes(p))] };
  };
  const keysOf = (projects: readonly Project[]) => new Set(projects.map(projectKey));
  /**
   * A subject searched afresh in a thread that the project in view answers as well (「行政手続のオンライン化」 then
   * 「相談のオンライン化もやる？」, 「地域コミュニティのアンケート」 then 「大学と一緒にやるんだっけ」): that project first —
   * asked on of what the asker sees (probe 300: another unit's had come first, the one in view second). Only among
   * those the message answers. Not another side asked of one in view — 「人権の方の計画は？」 after 男女共同参画's plan is
   * the other one (probe 301); after a list, a side is one of it: 「行かなくてもいい市役所のほうの内容」 after DX推進チーム's
   * two (probe 310 had put another unit's first).
   */
  const inViewFirst = (
    typed: string,
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
  ): Promise<Answer> => {
    const side = sideAsked(typed) !== null || sideThenAsked(typed) !== null;
    if (!side && OTHER_SIDE_SAID.test(typed)) return Promise.resolve(answered);
    return putFirst(
      answered,
      inView,
      (found, shown) => {
        const seen = keysOf(shown);
        return found.filter((p) => seen.has(projectKey(p)));
      },
      side ? 2 : 1,
    );
  };
  /**
   * A subject searched afresh that the one project in view holds as many of the words of as the best found, shown only
   * below it (「市の施設の予約ってネットでできるのか聞かれた」 then 「支払いは口座振替できる？」): that project answers too, first
   * — asked on of what the asker sees (probe 479: another unit's tax collection had answered alone, the booking system
   * related). (What the next message goes on from is still this message's own search, read again: 「R4はどうなってる？」
   * after it asks of the projects that search answers.)
   */
  const inViewRaised = async (
    typed: string,
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
  ): Promise<Answer> => {
    const [best] = answered.projects;
    // (Only a yes-or-no of what it can do, with no other side said: 「マイナンバーカードの方は？」「…とどっちが長い？」
    // 「じゃあ職員の給料の…は？」 ask of another project, which the one in view shares words with.)
    if (
      inView === undefined ||
      !CAN_IT_ASKED.test(typed) ||
      OTHER_SIDE_SAID.test(typed) ||
      ANOTHER_NAMED.test(typed) ||
      best === undefined ||
      answered.intent !== "search" ||
      answered.continuedFrom !== undefined ||
      answered.answered === 0 ||
      answered.searchedWords.length === 0 ||
      answered.filters.departments.length > 0
    )
      return answered;
    const one = await soleInView(inView);
    if (one === undefined || answered.projects.indexOf(one) < answered.answered) return answered;
    const held = (p: Project) => answered.searchedWords.filter((w) => holdsAsWritten(p, w)).length;
    if (held(one) === 0 || held(one) < held(best)) return answered;
    return {
      ...answered,
      projects: [one, ...answered.projects.filter((p) => p !== one)],
      answered: answered.answered + 1,
    };
  };
  /**
   * Another side asked in a thread (「全体最適化の方は？」 after 情報システムの調達ルール) that several projects answer: those
   * of the unit in view first, the ones in view left where they are — the side of the thread's own work (probe 308:
   * 公共施設全体最適化 had come before 情報システム全体最適化).
   */
  const sideOfUnitFirst = (
    typed: string,
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
  ): Promise<Answer> =>
    sideAsked(typed) === null
      ? Promise.resolve(answered)
      : putFirst(answered, inView, (found, shown) => {
          const units = new Set(shown.map((p) => p.department));
          const seen = keysOf(shown);
          return found.filter((p) => units.has(p.department) && !seen.has(projectKey(p)));
        });
  /** The one project the thread has in view (its question answered `inView`), if it answers one alone. */
  const soleInView = async (inView: () => Promise<Answer>): Promise<Project | undefined> => {
    const before = await inView();
    return before.answered === 1 ? before.projects[0] : undefined;
  };
  /**
   * A subject searched afresh that names the one project in view, asked only a field of (「総持寺いのち・愛・ゆめセンター
   * 外壁及び屋上改修工事」 then 「工事はいつまで？」): that project alone, the others sharing the word related — probe 344
   * had answered three, two of them another site's works. Only when its name holds every word searched.
   */
  const inViewAlone = async (
    typed: string,
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
  ): Promise<Answer> => {
    if (
      inView === undefined ||
      answered.intent !== "search" ||
      answered.answered < 2 ||
      answered.continuedFrom !== undefined ||
      answered.filters.departments.length > 0 ||
      answered.searchedWords.length === 0
    )
      return answered;
    const name = normalizeWidth(answered.projects[0]?.name ?? "");
    if (!answered.searchedWords.every((w) => name.includes(normalizeWidth(w)))) return answered;
    const asked = answered.searchedWords.reduce(
      (text, w) => text.replaceAll(w, " "),
      normalizeWidth(askingClause(typed)),
    );
    if (!asksOnlyFields(asked)) return answered;
    const one = await soleInView(inView);
    if (one === undefined || one !== answered.projects[0]) return answered;
    // (The sentences first said of each project found: its own alone.)
    const own = answered.leads?.filter((l) => l.startsWith(saidName(one)));
    return { ...answered, answered: 1, ...(own && own.length > 0 ? { leads: own } : {}) };
  };
  /** 「それって住民票も入ってる？」「Wi-Fiも同じ事業？」: whether the one project in view holds the thing (see part-check.ts). */
  const thingOfItChecked = async (
    typed: string,
    answered: Answer,
    inView: (() => Promise<Answer>) | undefined,
  ): Promise<Answer> => {
    const thing = inView === undefined ? null : thingOfItAsked(typed);
    if (thing === null || inView === undefined) return answered;
    // (A year, a unit or a direction asked with も — R5もやってる？ — is no thing of its text.)
    const u = understand(thing, catalog, clock());
    if (!u.hasFreeText || isStructured(u)) return answered;
    const one = await soleInView(inView);
    if (one === undefined) return answered;
    // (The thing asked alone, as every project holding it is asked for: 「…は全部」.)
    const alone = await ask(`${thing}の事業を全部`);
    return withThingOfItChecked(answered, one, thing, alone.projects.slice(0, alone.answered));
  };
  /** A message read after what it goes on from (the thread's first question set apart already). */
  const answerInThread = async (typed: string, askedOptions: AskOptions | undefined): Promise<Answer> => {
    // 「令和5年度に完了するのは全体だと？」: the ask of the whole plan, the thread's narrowings dropped (probe 337 had kept
    // the unit narrowed to, 0件) — when the rest asks something of its own.
    const ofWhole = typed.replace(OF_THE_WHOLE_PLAN, "");
    if (ofWhole !== typed && /[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9]/u.test(ofWhole)) {
      if (namesACondition(understand(ofWhole, catalog, clock())))
        return { ...(await ask(ofWhole)), query: asTyped(typed) };
    }
    // A question whose subject is left unsaid, as the thing in view (see withSubjectInView): asked with it pointed at.
    const pointed = askedOptions?.previous === undefined ? typed : withSubjectInView(typed);
    if (pointed !== typed) return { ...(await answerInThread(pointed, askedOptions)), query: asTyped(typed) };
    // 「もう一つの市税等徴収事務事業は？」 with one of the two of that name in view: the other (see withOtherOfSameName).
    const previousAsked = askedOptions?.previous;
    // (A name two projects share is said with its place: see saidName.)
    if (
      previousAsked !== undefined &&
      plan.projects.some((p) => saidName(p) !== p.name && typed.includes(p.name))
    ) {
      const one = await soleInView(() => ask(previousAsked));
      const other = one ? withOtherOfSameName(typed, one, plan.projects) : typed;
      if (other !== typed) return { ...(await answerInThread(other, askedOptions)), query: asTyped(typed) };
    }
    const given = withNothingFoundSetAside(typed, askedOptions);
    // 前者, 後者 or 両者 after another subject's side was asked (see Answer.alongside): of the two questions.
    const at = given?.previous?.indexOf(ALONGSIDE) ?? -1;
    const options = at < 0 ? given : { ...given, previous: given?.previous?.slice(at + 1) };
    if (at >= 0) {
      const pair = await pairAsked(typed, given?.previous?.slice(0, at) ?? "", options?.previous ?? "");
      if (pair !== null) return pair;
    }
    // 「R4に完了する事業」 then 「人事課のも入ってる？」: whether the list just answered holds the subject's, as 「…どれ？
    // 人事課のも入ってる？」 asks in one message — probe 352 had listed 人事課's two, R4's 完了 dropped.
    const listBefore = options?.previous;
    const alsoIn = listBefore === undefined || THREAD_MARKS.test(listBefore) ? null : alsoAskedAlone(typed);
    if (alsoIn !== null && listBefore !== undefined) {
      const [whole, subject] = await Promise.all([listAsked(listBefore), ask(alsoIn)]);
      const checked = subject.answered > 0 ? withAlsoChecked(whole, subject, alsoIn) : null;
      // (The thread goes on from the list, the subject's narrowing on the way: 「市民課のは？」 next asks it again.)
      if (checked !== null)
        return {
          ...checked,
          query: asTyped(typed),
          continuedFrom: listBefore,
          readAs: `${listBefore}\nそのうち${alsoIn}のは？`,
        };
    }
    const common = commonForm(typed);
    const answered = withWhetherSaidAnswered(
      common,
      withNegativeAsked(common, await askCounted(typed, common, options), typed),
    );
    // (Not of a department's or a code's projects when a thread's message asks it of those in view: 「両方ともR4で
    // 完了？」 after two of a department's — see everyOfThoseAsked. Nor when it asks whether the list is whole: 「それで
    // 全部？」 after 「財産活用課の拡充」 is not whether all of 財産活用課's are 拡充 — probe 309 had said いいえ.)
    const checked =
      options?.previous !== undefined &&
      ((everyOfThoseAsked(common) !== null && answered.verdict) || asksWhole(common))
        ? answered
        : withEveryOneChecked(common, answered, plan.projects);
    // (The question the thread goes on from, answered at most once for both orders.)
    const previous = options?.previous;
    let answeredBefore: Promise<Answer> | undefined;
    const inView = previous === undefined ? undefined : () => (answeredBefore ??= ask(previous));
    // Then what the thread has in view puts some of it first, or answers it of the one project in view (see each).
    let counted = withOwnReadingsSaid(
      typed,
      options?.previous,
      withCountChecked(
        common,
        checked === answered ? await everyOfSubjectAsked(typed, common, answered) : checked,
      ),
    );
    for (const inThread of [inViewRaised, inViewFirst, sideOfUnitFirst, inViewAlone, thingOfItChecked])
      counted = await inThread(typed, counted, inView);
    // A message in a thread that found nothing at all to show (「同じ名前の事業が2つあるようですが、違いは何でしょう
    // か。」: 0件) is no subject to go on from: the next (「担当課は？」) goes on from what the thread had before it
    // (probe 153: it had read the 0件 message again, 0件 twice). Not a いいえ, which answers its question. It stays
    // there, set apart, for a message correcting it or asking it of another subject (see FOUND_NOTHING).
    if (
      options?.previous !== undefined &&
      counted.projects.length === 0 &&
      counted.intent === "search" &&
      !counted.verdict &&
      !counted.reply
    )
      return { ...counted, continuedFrom: options.previous, keepsSubject: true, foundNothing: true };
    // 「住民票等の窓口申請システムの方は？」 after another subject: the two are what 前者, 後者 and 両者 next point at —
    // not after a side of a list, which narrowed it (「ICT系のほうは？」: see sideOfList).
    // (So is one project of another subject searched afresh in the thread: 「男女共同参画の計画を新しく作るやつ」 then
    // 「人権のほうの計画も見直すんだっけ？」 — 「どっちも令和4年度で終わり？」 next asks of both, probe 294.)
    // (And the question before asked again of one project of another subject: 「マイナンバーカードの普及促進はいつまで
    // 載ってる？」 then 「じゃあ住民票の窓口申請システムは？」 — 「両方とも市民課？」 next asks of both, probe 347 had said
    // はい of the second alone.)
    const before = options?.previous === undefined ? "" : lastLineOf(options.previous);
    const anotherAfresh =
      counted.intent === "search" &&
      counted.answered === 1 &&
      (counted.continuedFrom === undefined || counted.anotherSubject === true);
    return before !== "" &&
      (sideAsked(typed) !== null || anotherAfresh) &&
      counted.answered > 0 &&
      !(counted.readAs ?? "").includes("\nそのうち")
      ? { ...counted, alongside: before }
      : counted;
  };
  return engine;
}
