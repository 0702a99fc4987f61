// A message that goes on from the question before it, in a Slack thread or a DM: 「それっていつまで？」「その事業の
// 担当課は？」「そのうちR4に完了するのは？」. Alone it names nothing; it is read with the question before it as its
// context, the way a message that says what it is about before it asks is read (「…の事業があったと思いますが、その
// 担当課は？」). A message that says what it is about itself is read alone.
import type { Direction, Project } from "../plan/schema.js";
import { normalizeWidth, oneCharOff } from "../search/normalize.js";
import { EVERY_ONE, YES_OR_NO } from "./all-asked.js";
import { type Department, SAID_PLACE, saidName } from "./catalog.js";
import { asOneCompared, endCompared } from "./compare.js";
import {
  ALL_OF_THEM_DO,
  ANSWER_QUESTIONED,
  ASKS_DIRECTION,
  askingClause,
  asksOnlyFields,
  CONNECTIVES,
  NARROWING,
  NARROWING_WORD,
  pointsBack,
  pointsBackAt,
  REASON_SAID,
  SHARE_WORD,
  stripRegister,
  withoutAsker,
  withoutGreetings,
  withoutOpening,
} from "./register.js";
import { NUMBER_MARK } from "./understand/codes.js";
import { withKanaDirections } from "./understand/common.js";
import {
  DIRECTION_NAMES,
  DIRECTION_PATTERNS,
  DIRECTION_VERBS,
  directionLeftOut,
  directionOf,
  EXCLUDED_DIRECTION,
  HAD_ONCE,
  isKindOf,
  LEAVING_OUT,
} from "./understand/directions.js";
import { RANKED_PLACE_AFTER } from "./understand/frame.js";
import { yearsSaidInDigits } from "./understand/spoken.js";
import {
  departmentOfShortName,
  GENERIC_UNIT,
  mistypedForms,
  OUR_PLACE_AFTER_INTRODUCTION,
  OWN_UNIT,
  OWN_UNIT_BRACKETED,
  ownUnit,
  SELF_INTRODUCED,
  SHORT_UNIT,
  UNIT_CONFIRMING,
  UNKNOWN_UNIT,
  unitAt,
} from "./understand/units.js";
import { escapeRegExp, perText } from "./understand/util.js";
import {
  ANY_YEAR,
  datesAsFiscalYears,
  EDGE_WORD,
  isLastEdge,
  RELATIVE_YEAR_SAID,
  reiwaOf,
  YEAR_OF_OCCASION,
} from "./understand/years.js";
import { MAX_QUESTION_CHARS } from "./understand.js";

/** 「…はどう？」 and its forms (どうなる, どうなってる, どうなっていますか): asking the same of another year or unit. */
const HOW_IS_IT =
  // (Formal and past forms too: どうなっておりますか, どうだった, どうでしたか, いかがでしょうか; and a written question's
  // plain form with か — どうなっているか, どうだったか: probe 124; どうなるんですか — probe 166; ますでしょうか, a
  // polite ます made politer — どうなりますでしょうか: probe 171; and recalled, どうなるんだっけ — probe 318.)
  "(?:どう(?:なる|なって(?:い)?る|なって(?:い)?た|だった)(?:ん|の)?(?:だ|でした)?っけ|どう(?:ですか|なる(?:の|か|ん(?:です|でしょう)か?|でしょうか)?|なります(?:か|でしょうか)?|でしょうか|なって(?:い)?る(?:の|か|ん(?:です|でしょう)か?)?|なって(?:い)?ます(?:か|でしょうか)?|なっております(?:か|でしょうか)?|なって(?:い)?た(?:の|か)?|なって(?:い)?ました(?:か)?|だった(?:の|か)?|でした(?:か)?|なった(?:の|か)?)?|いかが(?:ですか|でしょうか)?)";

/**
 * A project's first or last year asked of what was just answered (最終年度は？, その事業の初年度は？, 開始年度はいつ？,
 * それぞれの最終記載年度 — probe 267):
 * when it is listed from or until — read alone, 最終年度 is the plan's, and the answer had been R7's projects, 0件 of the
 * one in view (probe 124). Group 1: the edge.
 */
const EDGE_ASKED = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で|あと|それで)\s*[、,]?\s*)?(?:(?:その|この)\s*(?:事業|取組|取り組み)?\s*の\s*|それ\s*(?:の|って)\s*|それぞれ\s*(?:の)?\s*)?(${EDGE_WORD})\s*(?:は|って)?\s*(?:いつ|何年度|なに|何)?\s*(?:です|でしょう)?\s*(?:か)?\s*[?？。]*$`,
);

/** 事業 as what is said of the one in view after a when (いつから始まった事業ですか, いつまでの事業？): no projects asked for. */
const WHEN_OF_IT =
  /(?<=^\s*いつ[^。？?！!]{0,12}?)(?:の|な)?\s*(?:事業|取組|取り組み)\s*(?:です|でしょう|でした|だっけ|なの|なん)?\s*(?:です)?\s*か?\s*[?？]?\s*$/;
/**
 * When, asked of the one in view with a plain verb of doing and nothing else (いつやるの？, いつ作るの？, いつできるんですか):
 * as いつ？ asks — read alone, the verb had been searched (probe 249's 「いつ作るの？」 after a 手引き had found 作成's
 * 事例集), or nothing said of when (probe 246's いつやるの？). A message of its own keeps the verb for the search (see
 * WHEN_DONE). Group 1: から or まで.
 */
const WHEN_BY_VERB =
  /^(?:(?:じゃあ|じゃ|で|それで)\s*[、,]?\s*)?(?:(?:それ|これ|その事業)\s*(?:って|は)?\s*)?いつ\s*(?:頃|ごろ)?\s*(?:に|(から|まで))?\s*(?:やる|やります|する|します|作る|つくる|作ります|作られる|できる|出来る|できます|出る|でる|配る|開く|建つ|整う|やって(?:る|いる|ます|います))\s*(?:の|ん)?\s*(?:予定)?\s*(?:です|でしょう|だ)?\s*(?:か|っけ)?\s*[?？。]*$/;

/** A follow-up asking a project's first or last year, as いつから？ or いつまで？; any other message as it is. */
export function edgeAsWhen(question: string): string {
  const byVerb = WHEN_BY_VERB.exec(question.trim());
  if (byVerb) return `いつ${byVerb[1] ?? ""}？`;
  // 「いつから始まった事業ですか」「いつまでの事業？」: 事業 said of the one in view, after a when — as いつから始まったの？ asks
  // (probe 183 had listed the plan's 16 新規 projects).
  const said = question.trim();
  if (WHEN_OF_IT.test(said)) {
    const when = said.replace(WHEN_OF_IT, "");
    return /^いつ(?:から|まで)$/.test(when) ? `${when}？` : `${when}の？`;
  }
  const m = EDGE_ASKED.exec(said);
  if (!m) return question;
  return isLastEdge(m[1] as string) ? "いつまで？" : "いつから？";
}

/**
 * A count asked alone (何件？, 何個？, 全部でいくつ？, 件数は？, 割合にすると？): of the list just answered, as it was read — not 取組はいくつ？,
 * which asks how many initiatives the policy in view has (probe 229), unless it points at them (その取組の数は？).
 */
const COUNT_ALONE = new RegExp(
  String.raw`^(?:(?:じゃあ|で|それで)\s*[、,]?\s*)?(?:(?:(?:その|この)?\s*事業|(?:その|この)\s*(?:取組|取り組み))(?:の?数)?\s*(?:は|って)\s*)?(?:全部で|合計で?|全体で)?\s*(?:何件|なんけん|何個|なんこ|いくつ|幾つ|件数\s*(?:は|って|を)?|(?:全体\s*(?:の|に\s*占める)\s*)?(?:${SHARE_WORD})\s*(?:は|って|で|に\s*すると|だと)?)\s*(?:ある|あります|あるの|なの|になる|教えて)?\s*(?:の|か|ですか|でしょうか)?\s*[?？]*$`,
);
/** Whether a message only asks how many (何件？, 全部でいくつ？, 事業は何件ありますか): of the list just answered. */
export const asksCountAlone = (question: string): boolean => COUNT_ALONE.test(question.trim());

/** A count of all (全部で, 全体で, 合計で): of the list just answered, or, asked alone, of the plan. */
const WHOLE_COUNT = /全部|全体|合計/;

/**
 * A check that the list just answered is whole (それで全部？, これで全部ですか, 漏れはない？, 本当にそれだけ？), or two of them
 * in one message (それで全部ですか？漏れはない？ — probe 201 had searched 漏れ and answered いいえ, the thread lost).
 */
const WHOLE_CHECK = String.raw`(?:(?:それ|これ|そちら|こちら|以上)\s*(?:で|が)?\s*(?:全部|ぜんぶ|全て|すべて|全件)|(?:漏れ|もれ|抜け|ぬけ)\s*(?:は|って)?\s*(?:ない|ありません|無い)|(?:本当に|ほんとに|ほんとうに)?\s*(?:それ|これ)\s*だけ)\s*(?:です|でしょう|だ)?\s*(?:か|かな|よね|ね|の)?\s*[?？。]*`;
const WHOLE_ASKED = new RegExp(String.raw`^(?:(?:じゃあ|で)\s*[、,]?\s*)?(?:${WHOLE_CHECK}\s*){1,2}$`);
/** Whether a message only checks that the list just answered is whole: of that list, as it stands. */
export const asksWhole = (question: string): boolean => WHOLE_ASKED.test(question.trim());

/**
 * Whether the projects in view share one department, asked alone: それってぜんぶ同じ課ですか？, 担当は全部一緒？, 全部
 * 同じ部署？, みんな同じ担当課なの？ (probe 166: the department's whole list had answered, and no はい).
 */
const SAME_UNIT_ASKED =
  /^(?:(?:じゃあ|で|それで)\s*[、,]?\s*)?(?:(?:それ|これ|あれ|その|これら|それら|どれ|いずれ)\s*(?:って|は|も)?\s*)?(?:(?:担当|担当課|所管|課)\s*(?:は|って|が)?\s*)?(?:全部|ぜんぶ|全て|すべて|みんな|みな|どれも|いずれも|両方(?:とも)?|どっちも|どちらも)?\s*(?:同じ|おなじ|一緒|いっしょ)\s*(?:の)?\s*(?:課|担当課|担当|部署|ところ|所)?\s*(?:です|でしょう|なん|なの|だ)?\s*(?:か|かな|よね|ね|の)?\s*[?？]*$/;
/** Whether a message only asks whether the projects in view share one department. */
export const asksSameUnit = (question: string): boolean => {
  const q = question.trim();
  return SAME_UNIT_ASKED.test(q) && /課|担当|部署|所管|ところ|所/.test(q);
};

/**
 * Every one of them opening a message (両方とも, 2件とも, それってどれも): all-asked's EVERY_ONE, with 両方 alone and a
 * count of any size before とも. Group 1: what follows.
 */
const EVERY_OF_THOSE = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:(?:それ|これ|その|この|それら|これら)(?:\s*(?:2|２|二|ふた)\s*(?:つ|件))?\s*(?:って|は|も)?\s*)?(?:${EVERY_ONE.source}|両方|(?:2|２|二|ふた|[3-9３-９]|三|四|五)\s*(?:つ|件)\s*とも)\s*(?:が|は)?\s*(\S.*)$`,
  "u",
);
/**
 * Whether every one of the projects in view has a direction, asked yes or no: 「両方ともR4で完了？」「2件ともR4に完了
 * ですか」「それってどれもR5で縮小？」 (probe 174: the department's R4 完了 had been listed, no はい). The rest of the
 * message, what they are asked to have; null for any other message. Pure.
 */
export function everyOfThoseAsked(question: string): string | null {
  const q = question.trim();
  const m = EVERY_OF_THOSE.exec(q);
  if (m === null || !YES_OR_NO.test(q) || /どれ(?!も)|どの|何|なに|教えて|一覧|いつ/.test(m[1] as string))
    return null;
  return m[1] as string;
}

/** The list said after さっきの before a place in it (さっきの一覧の3つ目, 先ほどのリストで2番目: probe 141). */
const LIST_SAID = String.raw`(?:(?:一覧|リスト|表|中)\s*(?:の|で)\s*)?`;
/**
 * The list gone back to before a place in it (さっきのリストに戻って、最初のやつ, 一覧に戻って2番目の, 戻って最初のは？):
 * the list a pick was made from, as さっきのリストの最初のやつ says (probe 452: 最初 had been searched, 0件).
 */
const BACK_TO_LIST = String.raw`(?:(?:(?:さっき|先ほど|先程|前)\s*の\s*)?(?:一覧|リスト|表)\s*に\s*)?(?:戻って|もどって|戻ると|戻りますが)\s*[、,]?\s*`;
/** The list a place is in, said before it: さっきの一覧の, 先ほどのリストで, リストに戻って. */
const LIST_BEFORE_PLACE = String.raw`(?:(?:さっき|先ほど|先程)の\s*${LIST_SAID}|${BACK_TO_LIST})`;

/**
 * Only the one picked, and nothing else said of it: 「最初のだけ教えて」「最後だけでいいです」 — not 「最初だけ新規の事業」, a
 * condition (probe 151's left-over: 『最初』 had been searched).
 */
const PICKED_ONLY = String.raw`(?:だけ|のみ)(?=\s*(?:で|を|は|が)?\s*(?:教えて|見せて|お願い|出して|知りたい|詳しく|いい|結構|大丈夫|[?？。]|$))`;

/**
 * Some of a list supposed left out or kept, as a question (R4で完了するものを除くと？, 人事課のを抜いたら？, R5以降に
 * 限ると？): of the list just answered (probe 160: 「除くと？」 after a department's 8 had answered 37 of the plan).
 */
const SUPPOSING_LESS = String.raw`(?:を|は)?\s*(?:除(?:く|いた|け)|のぞ(?:く|いた|け)|抜(?:く|いた|かす|かした)|外(?:す|した)|はず(?:す|した)|省(?:く|いた)|絞(?:る|った|れ)|限(?:る|った|れ))(?:と|ら|ば)\s*(?:どう(?:なる|なります)?|何件|なんけん|いくつ)?\s*(?:ですか|か)?\s*[?？]*\s*$`;

/**
 * Those in view counted at the start, with no その (2つの担当課は？, 3件の方向性, 2件とも): of them, as その2つの is (probe
 * 193: 0件). Only before what is asked of them — not 「3つの課がやってる事業」.
 */
const COUNT_POINTED = String.raw`(?:[2-9２-９]|[二三四五六七八九]|ふた|みっ|よっ)\s*(?:つ|件|個)\s*(?:とも|それぞれ|(?:の|は|って)\s*(?:担当|所管|方向性|目的|内容|概要|開始|最終|違い|ちがい|いつ|どっち|どちら|どれ))`;
/**
 * Several of a list's projects picked by their places (probe 414): its first or last few (上の2つ, 最初の2件, 上から3つ,
 * 下の2つ, 最後の2つ) — group 1 the end, group 2 how many — or two places said (1つ目と2つ目, 2番目と4番目: groups 3 and 4).
 */
const MANY_PICKED = String.raw`(?:(?:じゃあ|では|で|あと)\s*[、,]?\s*)?(?:(?:その|この)(?:うち|中で)\s*[、,]?\s*)?(?:(上|最初|はじめ|初め|前|下|最後|後ろ|終わり)\s*(?:の|から)\s*([2-9２-９]|二|三|四|五|ふた|みっ|よっ)\s*(?:つ|件|個)(?!\s*目)|([1-9１-９]|[一二三四五])\s*(?:番目|つ目|個目|件目)\s*(?:と|、|,)\s*([1-9１-９]|[一二三四五])\s*(?:番目|つ目|個目|件目))(?:\s*の\s*(?:やつ|事業|もの|ほう|方))?\s*(?:って|は|の|も|を)?\s*`;
const MANY_PICKED_LEAD = new RegExp(`^\\s*${MANY_PICKED}`, "u");
/** How many said by a count's kana (ふたつ, みっつ, よっつ); digits and kanji are read as places are (placeNumber). */
const HOW_MANY: Record<string, number> = { ふた: 2, みっ: 3, よっ: 4 };
/** The names of the projects picked by their places (see MANY_PICKED), and what the message asks of them; null if none. */
function manyPicked(question: string, names: readonly string[]): { picked: string[]; rest: string } | null {
  const m = MANY_PICKED_LEAD.exec(question);
  if (!m) return null;
  const rest = question.slice(m[0].length).trim();
  if (m[3] !== undefined) {
    const places = [placeNumber(m[3]), placeNumber(m[4] as string)];
    const picked = places.map((n) => names[n - 1]);
    return picked.every((n) => n !== undefined) ? { picked: picked as string[], rest } : null;
  }
  const count = HOW_MANY[m[2] as string] ?? placeNumber(m[2] as string);
  if (count >= names.length) return null;
  const last = /下|最後|後ろ|終わり/.test(m[1] as string);
  return { picked: last ? names.slice(-count) : names.slice(0, count), rest };
}

/**
 * Words that go on from an answer just given, beyond those that point back within a message (register.ts):
 * its projects as a whole (そのうち, その中で, それぞれ, それら, 両方 — not AとBの両方, which names both), one named a
 * while ago (あれ, あの事業), its department (その担当課), one of them by its place (2番目のやつ, 最初の事業), and only
 * those of them a year or a direction says (R4に継続のものだけ, R7まで続くのはどっち？).
 */
const GOES_ON = new RegExp(
  `${COUNT_ALONE.source}|^\\s*${MANY_PICKED}(?=\\S|$)|${String.raw`そのうち|その中[でのに]|このうち|この中[でのに]|それぞれ|それら|(?<!と[^、,。？?\s]{1,15})両方|両者|^(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:どちら|どっち)も|(?:2|２|二|ふた)つとも|^${COUNT_POINTED}|あれ(?![ばこ])|あの(?:事業|件|話|取組|取り組み)|その担当|そこ(?:の|は|って)|^(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:そこから|さらに|更に)|^(?:${LIST_BEFORE_PLACE})?(?:上から\s*)?(?:[1-9１-９]|[一二三四五])\s*(?:番目|つ目|個目|件目)(?!${RANKED_PLACE_AFTER})|^(?:${LIST_BEFORE_PLACE})?(?:最初|最後|一番上|いちばん上|一番下|いちばん下)\s*(?:の\s*(?:やつ|事業|もの|ほう|方|取組|取り組み|は|って)|\s+(?:の|は|って|も)|(?:の\s*)?${PICKED_ONLY})|^(?:前者|後者)(?=\s*(?:の|は|って|も|だと|だけ|のみ|[?？]|$))|^(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:どっち|どちら)(?:\s*の\s*(?:事業|ほう|方))?\s*(?:が|は)(?!\s*(?:も|とも))|(?:の|もの|やつ)\s*(?:は|って)?\s*(?:どっち|どちら)(?:\s*(?:の\s*(?:事業|ほう|方))?\s*(?:ですか|でしょうか|か|だっけ|なの))?\s*[?？。]*$|(?:の|もの|やつ)\s*(?:だけ|のみ)\s*(?:で|を|に|は)?\s*(?:(?:教えて|見せて|お願い|出して)\p{Script=Hiragana}{0,8})?\s*[?？。]*$|${SUPPOSING_LESS}`}`,
  "u",
);

/**
 * A message that names nothing it asks about, only what it wants of it (「担当課は？」「いつまで？」) or a year or
 * direction (「R7も載ってる？」「R6には載ってないのは？」「完了するのは？」), and not the projects as such (事業, もの): after
 * a question, it asks of what that question asked about. `understood` says whether the message has words of its
 * own beyond its structure (free text), names a code or a department, or a year or direction.
 */
/**
 * How a correction opens (あ、ごめん, すみません, 失礼しました, さっきのは間違いで): what it corrects follows. Only at the
 * start of a message, and only when something follows it.
 */
// (Groups: the apology (1) and the taking back (2) — あ alone, with neither, is no correction.)
const REPAIR_OPENING =
  /^\s*(?:(?:あ|あっ|あれ|おっと|えっと|えーと)\s*[、,]?\s*)?((?:ごめん(?:なさい|ね)?|すみません|すいません|失礼(?:しました)?|申し訳(?:ありません|ございません)|間違えました|間違えた|まちがえた)\s*[、,。!！]*\s*)?((?:さっき|先ほど|前)の(?:は|が|って)?\s*(?:間違い|まちがい|誤り)(?:で|です|でした|だった)?\s*[、,。!！]*\s*)?/;

/**
 * The filler a correction may open with (あ、R4の間違いでした; あっ、7-5だった): no word of what is meant, which follows
 * (probe 290: 「あ、R4の間違いでした」 had been read as R4 alone, every project of that year).
 */
const MEANT_OPENING = String.raw`(?:(?:あ|あっ|えっと|えーと|おっと)\s*[、,]?\s*)?`;

/** How a reply to the answer before opens: thanks or an acknowledgement (ありがとう、じゃあR5は？, 了解です。…). */
// (Or a remark that the answer does not match the one before it: さっきと数が違うけど？ — see ANSWER_QUESTIONED; or a check
// that it is whole before another ask, それで全部？新規完了も含めてる？ — the ask after it says what is checked: probe 201;
// or one last ask announced, あと1個だけ、…: probe 207; or a reaction to the number shown, 多いですね…: probe 255; or
// the written register's courtesy, 恐れ入ります、令和7年度は…: probe 397; or a remark on the answer, 同じ課じゃないんだ。
// じゃあ…: probe 412 had read it as a department left out.)
const ACKNOWLEDGEMENT = new RegExp(
  String.raw`^\s*(?:(?:${WHOLE_CHECK}(?=\s*\S)|(?:あと|最後に)\s*(?:1|１|一|ひと|いっ)\s*(?:個|つ|点|こ)\s*だけ(?=\s*[、,！!]*\s*\S)|(?:(?:早速の|迅速な|丁寧な|ご丁寧な)?\s*(?:ご|お)?(?:回答|返信|返事|教示|対応|連絡)\s*(?:を|いただき|頂き)?\s*)?ありがとう(?:ございます|ございました)?|(?:大変)?恐れ入ります(?:が)?|(?:重ねて|たびたび|度々|何度も|続けて)\s*(?:の\s*質問\s*で\s*)?(?:恐れ入ります|失礼(?:いたします|致します|します)|申し訳(?:ございません|ありません))(?:が)?|恐縮(?:です)?が|お手数(?:です)?が|どうも(?:ありがとう(?:ございます)?)?|サンキュー|助かり(?:ます|ました)|了解(?:です|しました)?|承知(?:です|しました|いたしました)|わかりました|分かりました|なるほど(?:ね)?|(?:同じ|一緒の?)\s*(?:課|部署|担当|チーム)?\s*(?:じゃ|では)\s*ない\s*(?:ん|の)\s*(?:だ|です)(?:ね|か)?(?=\s*[。、,!！…]+\s*\S)|そうなんだ|そうなんですね|そうなんですか|そうですか|そっか|へー+|ふーん|(?:OK|ok|オッケー|おけ)(?:です)?|(?:(?:意外と|結構|けっこう|思ったより|かなり|わりと|割と)\s*)?(?:多い|少ない)(?:ん)?(?:です)?(?:ね|な)(?:ー|え)?|${ANSWER_QUESTIONED})\s*[、,。!！…‥]*\s*)+`,
);

/**
 * A follow-up with the opening of a reply taken off: thanks (「ありがとう、じゃあR5は？」 → 「じゃあR5は？」), or a
 * correction's (「あ、ごめん15番」 → 「15番」, 「さっきのは間違いでR6」 → 「R6」) — what follows is what the question before
 * is asked again of (probe 79).
 */
export function withoutReplyOpening(question: string): string {
  const thanked = question.slice(ACKNOWLEDGEMENT.exec(question)?.[0].length ?? 0);
  const repair = REPAIR_OPENING.exec(thanked);
  // (あ alone is no correction: 「あ、それの担当課は？」 keeps its words as they are read anyway.)
  const rest = repair?.[1] || repair?.[2] ? thanked.slice(repair[0].length) : thanked;
  // (Kept whole when a unit alone follows, said as the one meant — すみません、市民協働推進課で: the correction replaces the
  // question before's unit (see TAKEN_BACK_UNIT), where 「市民協働推進課で」 alone asks anew — probe 338.)
  if (rest !== thanked && THING_MEANT.test(rest)) return thanked;
  // 「研修資料の年度欄を作成したいので、そのうち令和5年度以降も続く事業は…」: why one asks, said before a narrowing — the
  // narrowing is of the list in view (probe 472 had read the message alone: the whole plan's 32 answered).
  // (After the greetings and who asks — ありがとうございます。南出張所の佐藤です。…ので、そのうち… — and a sentence asking
  // leave to ask: 窓口で続けて聞かれましたので確認させてください。そのうち…; so before その事業は…, じゃあ16番の…, では….)
  const opened = withoutOpening(rest);
  let asked = opened;
  for (let said = ""; said !== asked; ) {
    said = asked;
    asked = asked.replace(LEAVE_TO_ASK, "").replace(REASON_THEN_POINTER, "");
  }
  if (asked === opened) asked = rest;
  return /[\p{L}\p{N}]/u.test(asked) ? asked : question;
}

/** Why one asks, said in a clause before what points back (…作成したいので、そのうち / …確認したく、その事業は): the clause. */
const REASON_THEN_POINTER = new RegExp(
  String.raw`^[^。？?！!\n、,]*?${REASON_SAID}\s*[、,]\s*(?=${NARROWING}|その|それ|そちら|こちら|この|これ|じゃあ|では|あわせて|併せて)`,
  "u",
);
/** A sentence asking leave to ask (確認させてください。, あわせて確認させてください。, お聞きします。): no ask of its own. */
const LEAVE_TO_ASK =
  /^[^。？?！!\n]*?(?:確認|質問|お尋ね|お聞き|お伺い|伺い)\s*(?:を)?\s*(?:させて|して|させていただき)?\s*(?:ください|いただけますか|いただきます|いたします|します|です)\s*[。.]\s*(?=\S)/u;

/**
 * A unit said as the one meant: 市民協働推進課で, 人事課のほうでした, or alone after the correction's opening (ごめん市民協働推進課:
 * probe 411 had read both units) — (not R4の間違いでした, 3つ目だった; a direction alone —
 * 拡充です — is read as the one asked instead anyway: see ONLY_A_DIRECTION).
 */
const THING_MEANT =
  /^[^、,。\s]{1,20}?(?:課|室|チーム|係)\s*(?:(?:の方|のほう)\s*(?:で|です|でした|だった|でお願いします)?|で|です|でした|だった|でお願いします)?\s*(?:ね|な)?\s*[。.!！]*$/u;

/** 「あ、保全だった。その事業の内容は？」: a word corrected (group 1), then what is asked (group 2). */
const WORD_CORRECTED =
  /^\s*(?:(?:あ|あっ|ごめん|ごめんなさい|すみません|すいません)\s*[、,]?\s*)?([^\s。、,？?！!]{2,20}?)(?:だった|でした|の間違い|のまちがい)(?:です)?\s*[。、,！!]\s*(\S.*)$/s;

/**
 * The polite ways of offering a department to be confirmed, beside UNIT_CONFIRMING's: 市民課ですか？, 市民課でしょうか,
 * and 広報課じゃないんですね？ through UNIT_CONFIRMING (probes 162–163: each had listed the department's projects with
 * no はい or いいえ about the project just answered). A department with only ？ is confirmed when the message says whose
 * it asks (担当は人権・男女共生課？, それって市民課？) — 「市民課？」 alone stays a question of its own.
 */
const ASKED_AS_UNIT = String.raw`です\s*か|でしょう\s*か`;
/**
 * A department said to be the one doing it, asked (市民課がやってるんだっけ？, 人事課が担当してるんですよね): whose the
 * projects just answered are, confirmed (probe 421 had listed 市民課's projects, no いいえ).
 */
const UNIT_DOES_IT = String.raw`が\s*(?:やって|担当して|持って|所管して)(?:い|お)?(?:る|ます)(?:ん|の)?\s*(?:だっけ|でしたっけ|ですか|でしょうか|だよね|ですよね|よね|か)?`;

/**
 * A department alone with a word that confirms it (市民課だよね？, 市民課じゃないの？, 人事課なの？, 情報システム課の担当で
 * 合ってる？): whose the projects just answered are, asked to be confirmed — not a bare 「市民課？」, nor its list.
 */
const UNIT_CONFIRMED = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で|あれ|あれっ|えっ|え|えー)[、,]?\s*)?(?:(?:担当(?:課)?|(?:それ|そこ|これ)\s*(?:の\s*担当(?:課)?)?|(?:その|この)\s*担当(?:課)?)\s*(?:は|って)\s*)?[^。、？?\s]{1,24}?(?:課|室|チーム|係)\s*(?:さん)?\s*(?:の\s*(?:担当|所管))?\s*(?:${UNIT_CONFIRMING}|${ASKED_AS_UNIT}|${UNIT_DOES_IT})\s*[?？。]?\s*$|^(?:(?:じゃあ|じゃ|では|で)[、,]?\s*)?(?:担当(?:課)?|(?:それ|そこ|これ)\s*(?:の\s*担当(?:課)?)?|(?:その|この)\s*担当(?:課)?)\s*(?:は|って)\s*[^。、？?\s]{1,24}?(?:課|室|チーム|係)\s*(?:さん)?\s*[?？]\s*$`,
);

/**
 * A correction of a word typed before, then the ask (「公共施設保善事業の担当課は？」 then 「あ、保全だった。その事業の
 * 内容は？」): the ask, read after the question before with the word put right — the stretch of it that is as long and
 * differs in one character (保善 → 保全). Null when the message is no such correction or the word is nowhere to put.
 */
export function withWordCorrected(
  question: string,
  previous: string,
): { question: string; previous: string } | null {
  const m = WORD_CORRECTED.exec(question);
  if (!m) return null;
  const word = m[1] as string;
  const chars = [...word];
  const before = [...previous];
  for (let at = before.length - chars.length; at >= 0; at--) {
    if (oneCharOff(before.slice(at, at + chars.length), chars))
      return {
        question: m[2] as string,
        previous: [...before.slice(0, at), ...chars, ...before.slice(at + chars.length)].join(""),
      };
  }
  return null;
}

/** Projects said last, then left out: …の事業は除いて, …のものはいりません, …のやつも抜いて. */
const PROJECTS_LEFT_OUT_LAST = new RegExp(
  String.raw`(?:事業|もの|やつ|取組|取り組み)\s*(?:は|を|も)?\s*(?:${LEAVING_OUT})\s*(?:ください|下さい|ほしい|欲しい|お願いします)?\s*[。.!！?？]*$`,
  "u",
);
/**
 * Projects named, then said to be left out, and nothing more asked: …事業以外で, …のもの以外は？, …事業を除くと (probe 366:
 * 「公共施設保全事業以外で」 after a unit's list had answered the plan's 43 less it).
 */
const PROJECTS_LEFT_OUT_ALONE =
  /^[^、。,]*?(?:事業|もの|やつ)\s*(?:以外|を?除(?:いて|く|くと|いた)|をのぞ(?:いて|く)|抜き|を?抜いて)\s*(?:で|は|の|だと|なら)?\s*(?:もの|の|やつ)?\s*(?:は|を)?\s*(?:どれ|どう|何|教えて|ください|お願いします)?\s*[。.!！?？]*$/u;
/** Every year and every direction a message says: what MEANS_THAT takes away to see whether anything is left. */
const EVERY_YEAR_SAID = new RegExp(ANY_YEAR, "giu");
const EVERY_DIRECTION_SAID = new RegExp(DIRECTION_NAMES, "gu");
/** What the answer means, asked back (…ってこと？, …ということですか, …って意味？). */
const MEANS_THAT =
  /(?:って|という|ってゆう)\s*(?:こと|意味)\s*(?:です|でしょう|だ)?\s*(?:か|ね|よね|かな)?\s*[?？]*\s*$/u;
/** A side of two counts compared, opening a message (少ない方は, じゃあ多い方の, 逆に少ないほうで). */
// (Alone, or with a direction only: a longer ask — 少ない方の課では、令和4年度に縮小… — is read as its own words say.)
const SIDE_OF_COUNTS_FIRST = new RegExp(
  String.raw`^\s*(?:(?:じゃあ|じゃ|では|で|逆に)\s*[、,]?\s*)?(?:多い|少ない)\s*(?:方|ほう)\s*(?:は|って|だと|の\s*(?:${DIRECTION_NAMES})\s*(?:の\s*(?:事業|もの|やつ))?\s*(?:は|って)?)?\s*[?？。]*$`,
  "u",
);
/**
 * What the answer in view shows, said as a premise, then why or what it means asked (完了って書いてないけど、どういうこと？,
 * R4で終わってるけど、なんで？): of the answer in view — its own words of years, directions,
 * ending, going on or being written, nothing else named (probe 474 had listed the 34 of the plan never 完了).
 */
const PREMISE_THEN_WHY = new RegExp(
  String.raw`^\s*(?:(?:${ANY_YEAR}|${DIRECTION_NAMES}|終わ|続|載|書|記載|[\p{Script=Hiragana}\s、,])+?)(?:けど|けれど|けれども|のに|が)\s*[、,]?\s*(?:どういうこと|どういう意味|どうして|なんで|なぜ|何故)\s*(?:です|でしょう|だ|なの|なん)?\s*(?:か)?\s*[?？。]*\s*$`,
  "iu",
);
export const asksWhyOfPremise = (question: string): boolean =>
  PREMISE_THEN_WHY.test(question.normalize("NFKC"));
/** A message that opens by changing the subject (ところで, 話は変わりますが, 別件ですが). */
const NEW_SUBJECT_FIRST =
  /^\s*(?:ところで|話は変わりますが|話が変わりますが|別件(?:ですが|で|なのですが|なんですが)|それとは別に)/;

export function isBare(
  question: string,
  understood: {
    freeText: boolean;
    codeOrUnit: boolean;
    yearOrDirection: boolean;
    byUnit?: boolean;
    leavesOutOnly?: boolean;
    /** The message names only conditions that leave projects out (R3に完了するものは除いて). */
    deniesOnly?: boolean;
    unknownUnit?: boolean;
    /** The message names a subject in hiragana the plan has (えんがわの担当は？): not only fields. */
    kanaSubject?: boolean;
  },
): boolean {
  // 「ところで、…」「話は変わりますが、…」: a new subject, said so (probe 189: 「ところで、えんがわの担当は？」 had been
  // asked of the list in view, and named its departments).
  if (NEW_SUBJECT_FIRST.test(question)) return false;
  // 「少ない方は？」「じゃあ多い方の新規は？」 after two counts compared: a side of the answer in view (probe 478: 少ない and 方
  // had been searched, 0件).
  if (SIDE_OF_COUNTS_FIRST.test(question)) return true;
  // 「R6で完了ってこと？」 after what a year has for a project: a reading of the answer in view, checked — its year and
  // direction of what is in view, not the whole plan's (conversations405: 0件).
  if (
    MEANS_THAT.test(question) &&
    understood.yearOrDirection &&
    !understood.codeOrUnit &&
    !/[\p{Script=Han}\p{Script=Katakana}a-z]/iu.test(
      question
        .replace(MEANS_THAT, "")
        .replace(EVERY_YEAR_SAID, "")
        .replace(EVERY_DIRECTION_SAID, "")
        .replace(/終わ|続/gu, ""),
    )
  )
    return true;
  // (A direction alone with the shape it is wanted in — 「縮小だけ一覧で」 after a year's breakdown — is of the ones in
  // view: probe 165 had read it anew as "only ever 縮小", 0件, beside the line that had just counted one.)
  if (DIRECTION_ALONE.test(question.trim())) return true;
  // 「研修の事業は除いて」「人事課の事業は抜いて」: the projects it names are the ones left out of the list just answered,
  // not the ones asked for (probe 345 had listed the plan's 43 without 研修).
  if (
    understood.leavesOutOnly &&
    (PROJECTS_LEFT_OUT_LAST.test(question) || PROJECTS_LEFT_OUT_ALONE.test(question.trim()))
  )
    return true;
  // (So are those of a year's direction: 「その年度に完了するものは除いて」 after 「…でR3に新規のもの」 — probe 373 had
  // listed the plan's 43 less one.)
  if (understood.deniesOnly === true && PROJECTS_LEFT_OUT_LAST.test(question)) return true;
  // (「…のものは？」 at the end is 「…のは？」: the ones in view, not the projects asked for — probe 84.)
  // (全部 said of a verb — 「R4で全部終わる？」 — is all of those in view, not the projects asked for: probe 169.)
  const asOnes = question
    .replace(ONES_AS_THINGS, "のは")
    .replace(ONES_SHAPED, "のは、")
    .replace(ALL_OF_THEM_DO, "");
  if (
    NAMES_PROJECTS.test(ASKS_AGAIN.test(question.trim()) ? asOnes.replace(ANY_OF_THEM_AGAIN, "のは") : asOnes)
  )
    return false;
  // 「まち魅力発信課以外」「-まち魅力発信課」 alone: the list just answered, less what it names (probe 89).
  if (understood.leavesOutOnly) return true;
  // 「市民課だよね？」「市民課じゃないの？」: whose the projects just answered are, to be confirmed (probe 112). (The
  // message is wholly the department and the confirming words: those are its only free text.)
  // (A department the plan lacks too: 「広報課じゃないんですね？」 after the ホームページ project — probe 162.)
  if ((understood.codeOrUnit || understood.unknownUnit === true) && UNIT_CONFIRMED.test(question.trim()))
    return true;
  // 「市民課のは？」「7-2-6のやつ」: of the list just answered, those of a department or a code (probe 70).
  // (Asked which of them with どっち or どちら — 人権・男女共生課のはどっち？ — those words its only free text: probe 290.)
  if (understood.codeOrUnit)
    return (!understood.freeText || UNITS_WHICH.test(question.trim())) && ONES_OF.test(question.trim());
  const ask = askingClause(stripRegister(question));
  if (ask !== "" && asksOnlyFields(ask) && understood.kanaSubject !== true) return true;
  // (「担当課ごとに何件？」「担当課ごとに多い順で」: the list just answered, counted by department — probe 69.)
  return !understood.freeText && (understood.yearOrDirection || understood.byUnit === true);
}

/**
 * A message that names nothing, made to point back as it means to (read after the questions before it): a
 * narrowing ask (完了するのは？) or a leaving out (臨時拡充は除いて) with そのうち, any other (R7も載ってる？,
 * 担当課は？) with それは — not 「それは臨時拡充は除いて」, which a note quoting it would show.
 */
export function pointingBack(question: string): string {
  const ask = question.trim().replace(OPENING_CONNECTIVE, "");
  // (A direction alone — 「新規完了は？」 after 「7-6」 — asks which of them have it, as 「そのうち新規完了のは？」: probe 89.)
  if (DIRECTION_ALONE.test(ask)) return withDirectionAsOnes(`そのうち${ask}`);
  if (ONES_SHAPED.test(ask)) return `そのうち${ask}`;
  // (And how many of them, its shape said after — 「R7まで続くのは何件？数字だけ」: probe 384; and the ones said as やつ or
  // もの — 「R7まで残るやつ」: probe 440's それいがい next had left the narrowing out of the whole plan, 38件.)
  return /の(?:(?:は|って)\s*(?:どれ|どっち|どちら|何|なに)?|\s*(?:どれ|どっち|どちら))\s*(?:ですか|でしょうか|か)?\s*[?？。]?\s*$|の(?:は|って)\s*(?:何件|なんけん|いくつ)\s*(?:ある|あります)?\s*(?:ですか|か)?\s*[?？。]?\s*(?:[、,]?\s*(?:数字|件数|数)\s*だけ\S*)?\s*$|(?:除いて|除く|除き|以外\s*(?:で|は|の|だと)?|抜きで?|抜いて)\s*[?？。]?\s*$|^(?:担当課|部署|課)(?:ごと|別)|(?<=[\p{Script=Hiragana}])\s*(?:やつ|ヤツ|もの)\s*(?:は|って)?\s*(?:どれ|どっち|どちら)?\s*(?:ですか|でしょうか|か)?\s*[?？。]?\s*$/u.test(
    ask,
  )
    ? `そのうち${ask}`
    : `それは${ask}`;
}

/** Whether a message that names nothing, made to point back, narrows what it points at (see pointingBack: そのうち). */
const narrowsWhenPointed = (question: string): boolean => pointingBack(question).startsWith("そのうち");

/**
 * A narrowing by a direction alone, said with は (そのうち新規は？, その中で完了って？, そのうち完了って何件？) or だけ
 * (そのうち完了だけ一覧で: those of it, not "only ever 完了" — probe 165), also as its ones (その中で新規のやつは？: probe
 * 291 had shown the list unnarrowed). Groups: the narrowing, the direction, what is
 * asked of them.
 */
const NARROWED_BY_DIRECTION = new RegExp(
  String.raw`^((?:そのうち|その中で?|このうち|この中で?)\s*[、,]?\s*)((?:${DIRECTION_NAMES}))\s*(?:の\s*(?:やつ|ヤツ|もの|事業)\s*)?(?:は|って|だけ|のみ)\s*((?:何件|いくつ|どれ|どの事業|(?:を\s*)?(?:一覧|リスト|表)\s*(?:で|に(?:して)?)?)?\s*(?:ください|下さい|お願い(?:します)?)?\s*[?？。]*)\s*$`,
);

/**
 * The unit of what is in view said by what it does (それを担当している課, その事業をやってる部署, そこを所管しているところ):
 * its department, as その担当課 says it (probe 292: 「それを担当している課の事業を全部」 had searched the project again).
 */
const UNIT_OF_IT =
  /(?:それ|その\s*事業|これ|この\s*事業|そこ|そちら)\s*(?:を|の)?\s*(?:担当|所管|管轄|やって|持って|実施)\s*(?:して|し)?\s*(?:い|お)?(?:る|ます)\s*(?:課|部署|部局|ところ|とこ)/u;
/**
 * The same unit said by another of the units' words (同じチームの別案件, 同じ係の, 同じところの — probe 297 had searched
 * チーム; 同じ担当の他の事業, 同じ担当部署のほか, 同じ所管の — probes 315, 319 had answered 0件): 同じ課, as the department's
 * other projects are asked for.
 */
const SAME_UNIT_WORD =
  /同じ\s*(?:チーム|係|室|班|グループ|ところ|とこ|担当部署|担当の部署|担当(?!者|課)|所管(?!課))(?=\s*(?:の|が|で|に|は))/gu;
/** Others said with 別 (別案件, 別の事業): ほかの事業, as the others asked for are read. */
const OTHERS_SAID_BETSU = /(?<![\p{Script=Han}])別\s*の?\s*(?:案件|事業|取組|取り組み)/gu;
/**
 * What a formal message points back with (同事業, 当該事業, 当該担当課, 両事業, 上記の事業, 同課), said as a thread says it
 * (その事業, その担当課, 両方の事業, 同じ課): probe 481's council-answer writer had got 0件 for 「同事業の担当課はどちら
 * でしょうか」, and one project of two for 「両事業の担当課」.
 */
const FORMAL_POINTED: Readonly<Record<string, string>> = {
  同事業: "その事業",
  当該事業: "その事業",
  本事業: "この事業",
  上記の事業: "その事業",
  上記事業: "その事業",
  当該担当課: "その担当課",
  同担当課: "その担当課",
  当該課: "その担当課",
  同課: "同じ課",
  両事業: "両方の事業",
  両事業とも: "両方とも",
  当該: "その",
};
const FORMAL_POINTING =
  /(?<![\p{Script=Han}])(?:両事業\s*とも|同事業|当該\s*事業|本事業|上記\s*の?\s*事業|当該\s*担当課|同担当課|当該課|同課(?![\p{Script=Han}])|両事業|当該(?=\s*の?\s*[\p{Script=Han}]))/gu;

/**
 * A follow-up with the unit of what is in view said as その担当課 and 同じ課, and others as ほかの事業 (see UNIT_OF_IT,
 * SAME_UNIT_WORD, OTHERS_SAID_BETSU).
 */
export const withUnitOfItSaid = (question: string): string =>
  question
    .replace(FORMAL_POINTING, (said: string) => FORMAL_POINTED[said.replace(/\s+/gu, "")] ?? said)
    .replace(OWN_UNIT_BRACKETED, "$1")
    .replace(UNIT_OF_IT, "その担当課")
    .replace(SAME_UNIT_WORD, "同じ課")
    .replace(OTHERS_SAID_BETSU, "ほかの事業");

/**
 * The other of two projects of one name, said as もう一つの…, 別の…, ほかの… with that name, when one of them is in view
 * (「口座振替の申込み…」 then 「もう一つの市税等徴収事務事業は何をするの？」): the other, by the name that tells it apart
 * (市税等徴収事務事業（7-2 No.3）) — probe 340 had answered both, the one in view first. The question as it was otherwise.
 */
export function withOtherOfSameName(question: string, inView: Project, projects: readonly Project[]): string {
  const [other, ...more] = projects.filter((p) => p.name === inView.name && p !== inView);
  const at = question.indexOf(inView.name);
  if (other === undefined || more.length > 0 || at < 0) return question;
  const said = OTHER_OF_NAME.exec(question.slice(0, at));
  return said === null
    ? question
    : `${question.slice(0, said.index)}${saidName(other)}${question.slice(at + inView.name.length)}`;
}
/** What says the other of a name, just before it: もう一つの, もう一方の, もう片方の, 別の, ほかの, 他の. */
const OTHER_OF_NAME = /(?:もう\s*(?:一つ|ひとつ|1つ|１つ|一方|片方|一個|いっこ)|別|他|ほか)\s*の\s*$/u;

/**
 * 〜ほう after a verb or an adjective, at the end (完了しなかったほうは？, 長く続くほうは？): the one of those in view. (Not
 * after a noun denied — 研修じゃないほう leaves 研修 out: see EXCLUDED_SUBJECT — but a direction or a unit: 完了じゃない
 * ほう, 市民課じゃない方.)
 */
const THE_ONE_THAT =
  /(?<=[うくぐすつぬぶむるたいなだ])(?<!(?<!新規|継続|拡充|臨拡|縮小|完了|課|室|チーム|係)(?:じゃ|では)ない)\s*(?:ほう|方)(?=\s*(?:は|って|が|も)?\s*(?:何件|いくつ|どれ)?\s*[?？]*\s*$)/;

/**
 * そのうち新規は？ as そのうち新規のは？: the ones of the list that have the direction, not 新規 searched; 完了しなかった
 * ほうは？ as 完了しなかったのは？ (probe 120: ほう had been searched, and the whole plan answered). Pure.
 */
export const withDirectionAsOnes = (question: string): string =>
  oneThatCompared(
    question
      .replace(NARROWED_BY_DIRECTION, "$1$2のは$3")
      .replace(FURTHER, "そのうち")
      .replace(ALL_OF_THEM, "どれも"),
  );
/** 〜ほう as 〜の (see THE_ONE_THAT); 短いほうは？ as the comparison it is, 一番短いのは？ (probe 197: 0件 after どっちが長く続く？). */
const oneThatCompared = (question: string): string =>
  THE_ONE_THAT.test(question) ? asOneCompared(question.replace(THE_ONE_THAT, "の")) : question;
/**
 * A message that compares with ほう (短いほうは？, 早く終わる方は？) as the comparison 一番…のは？ — read so before anything
 * else, as 「一番短いのは？」 is; any other message as it is.
 */
export const withOneThatCompared = (question: string): string => {
  const compared = oneThatCompared(question);
  return compared.startsWith("一番") && !question.startsWith("一番") ? compared : question;
};

/** Most or fewest asked alone (一番多いのは？, 最も少ないところは？): of what was just counted. */
const EXTREME_ALONE =
  /^(?:(?:じゃあ|では|で|それで|いや|逆に|じゃあ逆に)\s*[、,]?\s*)?(?:(?:その|この)\s*(?:中|うち)\s*で?\s*[、,]?\s*)?(?:事業\s*(?:が|の\s*数\s*が)\s*)?(一番|いちばん|最も|もっとも)\s*(?:事業\s*(?:が|の\s*数\s*が)\s*)?(多い|少ない)\s*(?:の|ところ|所)\s*(?:は|って)\s*(?:どこ|どれ)?\s*(?:ですか|でしょうか|か)?\s*[?？。]*$/;
/**
 * A count by policy or by department (施策ごとの件数, 課別の事業数), or of the units themselves (施策っていくつある？,
 * 取組の数って全部で？ — probe 280: 一番多いのは？ after them had found nothing): what the units counted are (1 or 2).
 */
const COUNTED_BY_UNIT =
  /(施策|取組|取り組み|担当課|課|部署)\s*(?:ごと|別|毎)|(?:一番|最も|いちばん)\s*(?:事業\s*が\s*)?(?:多い|少ない)\s*(施策|取組|取り組み|担当課|課|部署)|^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(施策|取組|取り組み|担当課|部署)\s*(?:って|は|の\s*数\s*(?:って|は)?)\s*(?:全部で|全体で|合わせて)?\s*(?:いくつ|何個|何件|なんこ|どれくらい|全部で)/;

/**
 * 「一番多いのは？」 after a count by policy or department (施策ごとの件数): the policy or the department with the most, as
 * 「一番多い施策は？」 asks (probe 174: read alone, it had found nothing). Any other message as it is. Pure.
 */
export function withExtremeOfCounted(question: string, before: string): string {
  const m = EXTREME_ALONE.exec(question.trim());
  // (After a ranking answered, the thread holds the unit ranked first as そのうち…: the line before it is the ranking's.)
  const lines = before.split("\n");
  const last = lines.at(-1) ?? "";
  const counted =
    m === null
      ? null
      : (COUNTED_BY_UNIT.exec(last) ??
        (/^そのうち/.test(last) ? COUNTED_BY_UNIT.exec(lines.at(-2) ?? "") : null));
  const unit = counted?.[1] ?? counted?.[2] ?? counted?.[3];
  if (m === null || unit === undefined) return question;
  // (Without 事業が, which names the projects as such: the count's own conditions stay — probe 187's 「一番多いのは？」
  // after 令和3年度に新規の事業を課別で had ranked the whole plan's departments.)
  return `${m[1]}${m[2]}${unit === "施策" ? "施策" : /^取/.test(unit) ? "取組" : "課"}は？`;
}

/**
 * 全部, すべて opening a yes-or-no of the ones in view (全部R7まで続く？, 全部R7まで続くってことでいい？): whether every
 * one of them is so, as どれも asks (probe 155: the whole plan's 24 listed in R7 had answered) — not 全部で (a count).
 */
const ALL_OF_THEM =
  /^(?:全部|ぜんぶ|すべて|全て|みんな)(?!\s*(?:で|の|を|が|は|と|教|見せ|出))(?=[^。]*(?:[?？]|か|いい|よね|でしょ)\s*$)/u;

/**
 * さらに, 更に opening a message that asks of some ones (さらにR3で新規だったやつは？): of those in view, narrowed further,
 * as そのうち (probe 154: the whole plan's 15 had answered) — not さらに other ones (さらに他の…, さらに追加で).
 */
const FURTHER =
  /^(?:さらに|更に)\s*[、,]?\s*(?!(?:他|ほか|別|追加|もう))(?=.*(?:の|もの|やつ)\s*(?:は|って)\s*[?？]*\s*$)/u;

const DIRECTION_ALONE = new RegExp(
  // (Or two or more joined — 縮小と完了の事業だけ一覧で: probe 475 had read them anew over every year, 11 for R4's 8.)
  String.raw`^[「『]?(?:${DIRECTION_NAMES})[」』]?(?:\s*(?:と|、|,|・|や)\s*[「『]?(?:${DIRECTION_NAMES})[」』]?)*\s*(?:の\s*(?:もの|やつ|事業))?\s*(?:は|って|だと|のみ|だけ)\s*(?:(?:を\s*)?(?:一覧|リスト|表)\s*(?:で|に(?:して)?)?|見せて|教えて|出して)?\s*(?:ください|下さい|お願い(?:します)?)?\s*[?？。]*$`,
);
export const OPENING_CONNECTIVE = new RegExp(String.raw`^(?:${CONNECTIVES})\s*[、,]?\s*`, "u");

/** A unit's ones asked which of two (人権・男女共生課のはどっち？, 人事課のものはどちらですか): its name, then which. */
const UNITS_WHICH =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?[^\s、,。？?]{2,24}?(?:課|室|チーム|係)\s*の\s*(?:もの|やつ)?\s*(?:は|って)?\s*(?:どっち|どちら)\s*(?:ですか|でしょうか|か|だっけ)?\s*[?？。]*$/u;
/** Which of them, asked at the end (…のはどれ？, …のものはどちらですか): of those in view, optional. */
const WHICH_OF_THEM = String.raw`(?:(?:どれ|どっち|どちら)\s*(?:ですか|でしょうか|か)?)?`;
/**
 * 「R3に拡充のものは？」「完了しないものは？」: the things of what the message names or a verb says of them, at its end —
 * the ones in view, as のは (probe 154: 完了しないものは？ after a department's list had answered the whole plan's 34).
 */
const ONES_AS_THINGS = new RegExp(
  String.raw`(?:の|(?<=[うくぐすつぬぶむるたいだ]))もの\s*(?:だけ|のみ)?\s*(?:は|って)?\s*${WHICH_OF_THEM}\s*[?？。]*$`,
);
/**
 * Whether there are any, asked of things after じゃあ or では (「では、令和5年度以降も計画に記載されているものはございます
 * でしょうか。」): the ones of the list asked again — probe 481 had answered the whole plan's 32 after a unit's list. (Not
 * without it: 「翌年度も臨時拡充が続いているものはございますか。」 is a question of its own.)
 */
const ANY_OF_THEM_AGAIN =
  /(?:の|(?<=[うくぐすつぬぶむるたいだ]))もの\s*(?:は|って|も)\s*(?:ある|あります|あり|ござい)\p{Script=Hiragana}*\s*[?？。]*$/u;
/**
 * 「完了していないものについて、担当課ごとの件数をお願いします。」: the things a verb says, then the shape they are
 * wanted in (counted by unit, a count, a list) — the ones in view, as …ものは？ is (probe 184 had counted the whole plan's
 * 34).
 */
const ONES_SHAPED =
  /(?:の|(?<=[うくぐすつぬぶむるたいだ]))もの\s*(?:について|に関して|に絞って|に限って|で|を)\s*[、,]?\s*(?=(?:担当課|課|部署|施策|取組)\s*(?:ごと|別|毎)|件数|何件|一覧|リスト|数を|数は)/;
/**
 * 「…のは？」「…のやつ」「…のはどれ？」: the ones of what the message names, among those in view (probe 183); 「収納課のは
 * ある？」「収納課のもある？」, whether any of them are (probe 427 had asked it anew: はい of the unit's two, R5 and 完了 dropped).
 */
const ONES_OF = new RegExp(
  String.raw`の\s*(?:は|って|(?:やつ|もの)(?:\s*(?:だけ|のみ))?(?:は|って)?|分(?:は)?|(?:やつ\s*)?(?:だけ|のみ)(?:\s*(?:は|で|を))?)\s*${WHICH_OF_THEM}\s*[?？。]*$|の\s*(?:やつ|もの)?\s*(?:は|って|も)\s*(?:ある|あります|あり)(?:か|ますか|そう)?\s*[?？。]*$`,
);

/** The projects named as such: a message asking for them is a question of its own (令和5年度に完了する事業は？). */
const NAMES_PROJECTS = /事業(?!名|番号)|もの|取組(?!番号)|取り組み|プロジェクト|一覧|全部|全件|すべて|全て/;

/**
 * Questions a thread asks with their subject left unsaid, as Japanese leaves it when it is the thing in view: each
 * with what points at it put back (see withSubjectInView).
 * - What is done, asked alone (具体的に何を検討するの？, 実際は何をやるんですか, 何を整備するの): それって….
 * - A measure of it (対象は何施設？, 規模はどれくらい？): それの…; how many places, asked first (何施設が対象？): それって….
 * - Whom to ask, under a condition of the asker's (電話するならどこの課？, 問い合わせるなら誰に聞けばいい？): its
 *   department, as それの担当課は？ asks.
 */
const SUBJECT_LEFT_UNSAID: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:(?:じゃあ|では|で|それで)\s*[、,]?\s*)?((?:具体的に|実際に|実際|主に)(?:は)?\s*[、,]?\s*)?((?:何|なに|どんなこと|どういうこと)\s*を\s*(?:\p{Script=Han}{2,6})?\s*(?:する|します|して(?:い)?る|して(?:い)?ます|やる|やります|やって(?:い)?る)\s*(?:の|ん)?\s*(?:です|でしょう|だろう)?\s*(?:か)?\s*[?？。]*)$/u,
    "それって$1$2",
  ],
  [
    /^((?:対象|規模|範囲)\s*(?:は|って)\s*(?:何|なん|いくつ|どれくらい|どのくらい|どれぐらい|どのぐらい)[^、。？?]{0,8}[?？。]*)$/u,
    "それの$1",
  ],
  [
    /^((?:何|なん)\s*(?:施設|か所|箇所|ヶ所|カ所|館|校)\s*(?:が|を|で)?\s*(?:対象|予定|やる|やります|する|します|実施)[^、。？?]{0,8}[?？。]*)$/u,
    "それって$1",
  ],
  [
    /^[^、。？?]{1,16}?(?:なら|には|たら|ときは|時は|場合は)\s*[、,]?\s*(?:どこの課|どこの部署|何課|どこ|誰|だれ)\s*(?:に|へ)?\s*(?:聞けば|聞いたら|問い合わせれば|問い合わせたら|連絡すれば|電話すれば|相談すれば|かければ)?\s*(?:いい|よい|良い)?\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か)?\s*[?？。]*$/u,
    "それの担当課は？",
  ],
];

/**
 * A thread's message with its subject left unsaid (see SUBJECT_LEFT_UNSAID) said with what points at the thing in
 * view — probe 328's 「具体的に何を検討するの？」 had searched 検討 over the whole plan (8 projects), probe 330's
 * 「対象は何施設？」 had led with another project, probe 329's 「電話するならどこの課？」 had answered 0件. Any other
 * message as it is. Pure.
 */
export function withSubjectInView(question: string): string {
  const text = question.trim();
  for (const [pattern, put] of SUBJECT_LEFT_UNSAID) if (pattern.test(text)) return text.replace(pattern, put);
  return question;
}

/** Whether the message goes on from the one before it: it points back, and says nothing before its ask. */
export const goesOn = perText(goingOn);
/**
 * A year, with the span it opens or closes (R5以降, R6まで, R4から): named as a year is — 「R5以降も載ってるのはどっち？」 asks
 * of the list in view as 「R5も載ってるのはどっち？」 does (probe 214: the whole plan's 32 had answered).
 */
const YEAR_WITH_SPAN = new RegExp(
  String.raw`(?:${ANY_YEAR})\s*(?:以降|以前|まで|から|より\s*(?:前|後|あと))?`,
  "gi",
);
function goingOn(question: string): boolean {
  const own = stripRegister(question);
  const ask = askingClause(own);
  if (ask === "") return false;
  // 「その47施設でWi-Fiルーターを貸し出す事業もあったよね？」: another project said to exist, doing what the message
  // describes — its own question, whatever その points at in it (probe 353 had narrowed the project in view to itself).
  if (
    ANOTHER_PROJECT_SAID.test(question) &&
    /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(ask.replace(ANOTHER_PROJECT_SAID, ""))
  )
    return false;
  // 「マイナンバーカードの事業ですが、その担当課は？」 says what it is about itself.
  const before = own.slice(0, own.lastIndexOf(ask));
  // (Unless what is said before points back itself: 「それ何の事業？内容は？」 asks two things of what was answered —
  // probe 161 had found 0件.)
  const pointedBefore = POINTED_FIRST.test(before.trim());
  if (!pointedBefore && /[\p{L}\p{N}]/u.test(before.replace(/[\p{Script=Hiragana}ー]/gu, ""))) return false;
  // Nor does 「リノベのいばらき関連の事業はいくつ載っていて、それぞれ何年度まで？」: its それぞれ points at what the
  // ask itself named before it.
  const at = [ask.search(GOES_ON), pointsBackAt(ask)].filter((i) => i >= 0);
  if (at.length === 0 && !pointedBefore) return false;
  // (Nor does an ask that is the other half of what the sentence pointing back asked: 「それは市民向け？職員向け？」.)
  if (at.length === 0 && alternativeTo(ask, before)) return true;
  // (A year or a direction before it is what is asked of them: 「R4はそれぞれどうなる？」.)
  const named = ask
    .slice(0, at.length > 0 ? Math.min(...at) : ask.length)
    .replace(ASKS_AGAIN, "")
    .replace(YEAR_WITH_SPAN, "")
    .replace(DIRECTION_NAMED, "")
    .replace(LISTING_VERB, "")
    .replace(FIELD_ASKED, "");
  return !/[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9]/u.test(named);
}

/** Another project said to exist too (…する事業もあったよね, …の事業もありますか): the words before it describe it. */
const ANOTHER_PROJECT_SAID =
  /(?<=[うくぐすつぬぶむる]|ている|てる|[^い]た)\s*(?:事業|取組|取り組み|もの|やつ)\s*も\s*(?:ある|あった|あり|あります|ありました)/u;

/** How a short question ends (なの, かな, ですか…), set aside to compare what it says. */
const QUESTION_END = /\s*(?:なの|なん|かな|ですか|でしょうか|か)?\s*[?？。!！]*\s*$/u;
/**
 * Whether the ask is another choice of the one the sentence before it asked (それは市民向け？ then 職員向け？, それって
 * 職員用？ then 市民用？): a short ask with the same ending after other words — one question of two choices.
 */
function alternativeTo(ask: string, before: string): boolean {
  const last =
    before
      .split(/[。？?!！\n]+/u)
      .filter((s) => s.trim() !== "")
      .at(-1) ?? "";
  const a = [...ask.replace(QUESTION_END, "")];
  const b = [...last.replace(QUESTION_END, "")];
  let common = 0;
  while (common < Math.min(a.length, b.length) && a[a.length - 1 - common] === b[b.length - 1 - common])
    common++;
  const other = a.length - common;
  return (
    common >= 1 &&
    other >= 1 &&
    other <= 6 &&
    /[\p{Script=Han}\p{Script=Katakana}]/u.test(a.slice(common * -1).join(""))
  );
}

/**
 * What is asked of each before それぞれ (R4の方向性はそれぞれ, 担当課はそれぞれ): no subject of its own (probe 160: 「R4の
 * 方向性はそれぞれどうなっていますか」 after two projects had answered the plan's 43 of R4).
 */
const FIELD_ASKED = /方向性|担当課?|所管課?|目的|内容|概要|開始年度|最終年度/g;
/**
 * A sentence that opens by pointing back (それ何の事業？, それって…, その事業は…) — not a connective that only opens it
 * (それで、それに、それと、そこで、その後: 「それで、人事課の事業は？内容は？」 names its own subject).
 */
const POINTED_FIRST = /^(?:(?:それ|そこ|あれ)(?!で|に|と|から|より|なら|じゃ)|その(?!後|上|ため|ほか|他))/;
/** The verbs of a listing that go with a year (R7まで続く, R6も載ってる, R5に記載がある): no subject of their own. */
const LISTING_VERB = /(?:続|載|記載|掲載|書)\p{Script=Hiragana}*/gu;
/** 「じゃあ…」「それなら…」「次は…」: a message that starts by asking again of what was said before it. */
// (では with a comma, as a formal message opens: 「では、令和5年度以降も…ものはございますでしょうか」 — probe 481.)
const ASKS_AGAIN =
  /^(?:じゃあ|それなら|それでは|それじゃあ?|次は|では(?=\s*[、,])|じゃ(?![\p{Script=Hiragana}]))/u;
/** 「ほかには？」「それ以外は？」: others than those just answered, and nothing else. */
const ONLY_OTHERS =
  /^(?:(?:じゃあ|じゃ|では|あと)\s*[、,]?\s*)?(?:それ以外|ほか|他)(?:には|にも|は|だと|では|って)?\s*[?？]*$/;

/**
 * Whether a message, were it asked after another, would be read with it: it points back (それっていつまで？, そのうち
 * …), asks the question before again of something else (じゃあR6は？, R6だと？), or asks of what was just answered
 * (同じ課の事業, ほかには？). Asked alone (a slash command, a DM's first message), it is read alone: its answer says so.
 */
export const asksOfOneBefore = perText(askingOfOneBefore);
function askingOfOneBefore(question: string): boolean {
  const q = question.trim();
  // (「全部で何件？」「事業は何件ありますか」 alone ask of the whole plan, and are answered so: nothing to say of a
  // question before.)
  if (asksCountAlone(q) && (WHOLE_COUNT.test(q) || /^(?:事業|取組|取り組み)/.test(q))) return false;
  return (
    goesOn(q) ||
    ASKS_AGAIN.test(q) ||
    ONLY_A_YEAR.test(q) ||
    CORRECTED_YEAR.test(q) ||
    ONLY_OTHERS.test(q) ||
    // (「…に補助している事業がありますが、同じ課の他の事業も」 names the project it means itself.)
    (saysSameAs(q) && !namesBeforeSameAs(stripRegister(q)))
  );
}
/** Whether a message names something before its 同じ課 (what it is the same as). */
function namesBeforeSameAs(text: string): boolean {
  return NAMES_BEFORE.test(text.slice(0, Math.max(0, text.search(SAME_AS))));
}
/** Something named before a message's 同じ課 (a word in kanji, katakana or Latin letters): what it is the same as. */
const NAMES_BEFORE = /[\p{Script=Han}\p{Script=Katakana}a-zA-Z]/u;

/** How many messages a chain of follow-ups is read as, at most: the last ones, each on a line of its own. */
export const MAX_CHAIN = 3;

/**
 * The message as it is read: after the messages before it when it goes on from them (「人事課の事業」「そのうちR4に
 * 完了するのは？」「それぞれの担当課は？」: the list as narrowed), else alone. `goes` is whether it goes on (its caller
 * may know already).
 */
export function readAfter(question: string, previous: string | undefined, goes = goesOn(question)): string {
  if (previous === undefined || previous.trim() === "" || !goes) return question;
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
 * What a message asked again (じゃあ…) goes on from: the chain before it less its last narrowing — 「7-4の事業」
 * 「そのうちR4で完了するのは？」 then 「じゃあR4で拡充なのは？」 asks in place of that narrowing, not within it.
 */
export function beforeAskedAgain(question: string, previous: string): string {
  const lines = previous.split("\n");
  const last = (lines.at(-1) as string).trim();
  // (Only a narrowing by a year or a direction, as the ask again is: 「そのうち市民課の」 then 「じゃあR5も続くのは」
  // asks within the department's projects.)
  return lines.length > 1 &&
    ASKS_AGAIN.test(question.trim()) &&
    NARROWS_BEFORE.test(last) &&
    A_YEAR_OR_DIRECTION.test(last)
    ? lines.slice(0, -1).join("\n")
    : previous;
}

/**
 * What a message that denies the direction of the narrowing before it goes on from (「Wi-Fiの事業」「そのうち完了して
 * いるものは」 then 「完了していないものは？」): the chain before that narrowing — it asks for the other part of the same
 * list, not for a part of that part (probe 184: 0件).
 */
export function beforeDenied(question: string, previous: string): string {
  const lines = previous.split("\n");
  const last = (lines.at(-1) as string).trim();
  return lines.length > 1 && NARROWS_BEFORE.test(last) && deniesTheLast(question, last)
    ? lines.slice(0, -1).join("\n")
    : previous;
}

/**
 * After every one of a list checked — 「人事課の事業は全部R7まで続く？」, いいえ — those that do not, asked which
 * (「R7まで続かないのはどれ？」「続かないのはどれ？」「続かないほうは何年度まで？」): of the list checked, the year the check
 * said kept when the message says none (probes 375, 387 had read them among the ones passing it, a contradiction, or
 * 続かない as never 継続, dropping R7). Null for any other message.
 */
export function ofThoseNotChecked(
  question: string,
  previous: string,
): { question: string; previous: string } | null {
  const { lines, last } = linesOf(previous);
  const checked = EVERY_ONE_CHECKED.exec(last);
  if (!checked) return null;
  const list = [...lines.slice(0, -1), (checked[1] as string).trim()].join("\n");
  // (「違うのはどれ？」 after a unit or a direction checked — 7-7の事業は全部政策企画課？ — those of another: probe 382 had
  // shown the 政策企画課 pair again.)
  const noun = CHECKED_NOUN.exec((checked[2] as string).trim());
  if (noun && OTHERS_ASKED.test(question.trim())) return { question: `${noun[1]}以外は？`, previous: list };
  if (!THOSE_NOT_ASKED.test(question)) return null;
  return { question: withYearOf(question, checked[2] as string), previous: list };
}
/** A thread's text by its lines, and its last line without the thread's marks. */
const linesOf = (previous: string): { lines: string[]; last: string } => {
  const lines = previous.split("\n");
  return { lines, last: (lines.at(-1) as string).replace(/[\u2060-\u2064]/gu, "").trim() };
};
/** The message with the year `from` says put before it, when it says none of its own (続かないのは → R7まで続かないのは). */
const withYearOf = (question: string, from: string): string => {
  const said = YEAR_SAID.test(question) ? null : YEAR_SAID.exec(from);
  return said ? `${said[0]}${question.trim()}` : question;
};
/** A check that is a unit or a direction (政策企画課, 人事課の担当, 継続): group 1 the unit or direction. */
const CHECKED_NOUN = new RegExp(
  String.raw`^([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{1,20}?(?:課|室|チーム)|${DIRECTION_NAMES})\s*(?:の?\s*担当)?\s*(?:です|だ|でしょう|なの)?$`,
  "u",
);
/** Those that are not it, asked which (違うのはどれ？, 違うものは, ちがうやつ). */
const OTHERS_ASKED =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:違う|ちがう|異なる)\s*(?:の|もの|やつ|ほう|方|事業)/u;
/**
 * A narrowing asked in place of the opposite one just asked (「そのうちもう終わったものは？」 then 「じゃあ今も続いてるのは？」;
 * 「R7まで続くのは何件？」 then 「続かないのは？」): of the list before that narrowing, the year it said kept when the message
 * says none — probe 385 had narrowed the finished three to those going on (0件), probe 384 those listed to R7 to those
 * not 継続 (0件). Null for any other message, and for one that says it narrows (そのうち).
 */
export function inPlaceOfOpposite(
  question: string,
  previous: string,
): { question: string; previous: string } | null {
  const { lines, last } = linesOf(previous);
  if (lines.length < 2 || !NARROWS_BEFORE.test(last) || NARROWS_BEFORE.test(question.trim())) return null;
  const asks = question.replace(OPENING_CONNECTIVE, "");
  const going = (text: string) => GOING_ON.test(text) && !NOT_GOING_ON.test(text);
  const ended = (text: string) => ENDED.test(text) || NOT_GOING_ON.test(text);
  if (!((ended(last) && going(asks)) || (going(last) && ended(asks)))) return null;
  return { question: withYearOf(asks, last), previous: lines.slice(0, -1).join("\n") };
}
/** Going on: 続いてる, 続く, 残る, まだやってる, 今もやってる. */
const GOING_ON = /続(?:いて|く|いた)|残(?:る|って)|(?:まだ|今も|いまも)\s*(?:やって|ある|載って)/u;
/** Not going on: 続かない, 残らない, 終わらない is not this (it goes on) — see ENDED. */
const NOT_GOING_ON = /続かな|残らな|載らな/u;
/** Ended: 終わった, 完了した, もう終わってる. */
const ENDED = /終わ(?:った|って|る(?!らない))|完了(?:した|して|する)|(?<!な)くなった/u;

/** A year with how it bounds what is asked (R7まで, 令和5年度以降, R4で): what a check's verb is said of. */
const YEAR_SAID = new RegExp(String.raw`(?:${ANY_YEAR})\s*(?:以降|以前|まで|から|で|に)?`, "iu");
/** A list checked whole (人事課の事業は全部R7まで続く？, 7-6の事業ってすべて継続？): group 1 the list, 2 the check. */
const EVERY_ONE_CHECKED =
  /^(\S*?(?:事業|取組|取り組み|もの|やつ))\s*(?:は|って|も|、|,)?\s*(?:全部|ぜんぶ|すべて|全て|どれも|いずれも|みんな)(?:が|とも)?\s*(\S[^?？]*)(?:[?？]|か|の)\s*$/u;
/** Those of a list that do not, asked which (続かないのはどれ, 終わらないほう, 完了しないものは). */
const THOSE_NOT_ASKED = /(?:ない|なかった|以外|せず)\s*(?:の|もの|やつ|ほう|方|事業)/u;

/**
 * A direction denied (完了していない, 拡充しない, 縮小じゃない, 継続以外, 完了と書かれていない — probe 337). Group 1: the
 * direction.
 */
const DIRECTION_DENIED = new RegExp(
  String.raw`(${DIRECTION_NAMES})\s*(?:し|され|になら|となら|になって(?:い)?|となって(?:い)?|と\s*(?:書かれて|書いて|記載されて)(?:い)?|で(?:は)?|じゃ)?\s*(?:てい|てお|て)?\s*(?:ない|なかった|ません|以外)`,
);
/** Whether a message narrows by the denial of the direction the narrowing before it took (see beforeDenied). */
function deniesTheLast(question: string, last: string): boolean {
  const denied = DIRECTION_DENIED.exec(question);
  return denied !== null && last.includes(denied[1] as string) && !DIRECTION_DENIED.test(last);
}

const A_YEAR_OR_DIRECTION = new RegExp(`${ANY_YEAR}|${DIRECTION_NAMES}`, "i");

/**
 * What opens a follow-up that asks the question before of something else: じゃあ, では, あと — and the next item of a
 * checklist, 次、 or 続いて、 (じゃあ次、情報システム課は？: probe 241 had read it as a question of its own, the
 * department's whole list).
 */
// (同じ条件で says the question before is asked again of what follows: 「同じ条件で施策7-4だと？」 — probe 341 had listed
// 7-4's four.)
const THEN =
  "(?:じゃあ|じゃ|では|それでは)\\s*次(?=\\s*[、,])|次(?=\\s*[、,])|続いて(?=\\s*[、,])|(?:(?:じゃあ|では)\\s*[、,]?\\s*)?(?:同じ条件|同条件)\\s*(?:で|だと|なら)|じゃあ|じゃ|では|それでは|それなら|なら|で|あと";

/**
 * A message that says one thing and nothing else, asked of the question before: 「じゃあR6は？」「令和4年度だと？」
 * 「2022年度の場合は？」「じゃあ人事課は？」「じゃあR5にはどうなる？」「施策7-4のものは？」 (probe 415; not 「7-6の事業は？」, a question of its own). `thing` is what it says; its particle (は, だと…) may be left out only when
 * the thing is known by its form alone (a year).
 */
// (で before how it goes — R5でどうなる？ — is the year's, as R5だと is: probe 290 had listed the whole plan's R5; so is で
// at the end — じゃあ令和7年度で: probe 413 had kept the year before.)
const saysAlone = (thing: string, particleNeeded: boolean, flags = "", also = false) =>
  new RegExp(
    String.raw`^(?:(?:${THEN}|それじゃあ?|次は)\s*[、,]?\s*)?(${thing})\s*(?:の場合|のほう|の方|の\s*(?:もの|やつ)|の(?=\s*は))?\s*(?:には|では|は|だと|なら|だったら|で(?=\s*(?:どう|いかが|[?？。!！]*$))${also ? "|も" : ""})${particleNeeded ? "" : "?"}\s*(?:${HOW_IS_IT})?\s*[?？。]*$`,
    flags,
  );
/**
 * The year before or after the one asked before, said of it: 前年度, 翌年度, その前の年, その次の年度, 前の年 (group 1: after).
 * Counted from the year before only: with none, no year is swapped (その前の年 alone names no year).
 */
const STEP_SAID = String.raw`(?:その\s*)?(?:(翌年度?|次年度|次の年度?)|前年度|前の年度?)`;
/** それ, それって, それの at a message's start, pointing at what was asked. */
const IT_POINTED = String.raw`^(?:それ|これ)(?:\s*(?:って|の|は))?(?:\s*[、,])?\s*`;
/** それ, それって, それの before what a message asks of it (それR4は？, それって前年度は？). */
const POINTS_AT_IT = new RegExp(`${IT_POINTED}(?=[rR令2]|${STEP_SAID})`);
/** The projects in view pointed at as several: その2件, この3つの事業, それら, 両方. */
const THOSE_POINTED = String.raw`(?:(?:その|この)\s*(?:[2-9２-９]|二|三|四|五|ふた|みっ|よっ)\s*(?:件|つ|個)(?:\s*の\s*(?:事業|もの))?|(?:それら|これら)(?:\s*の\s*(?:事業|もの))?|両方|両者)`;
/** A year's direction, asked of them after the year: の方向性を, は. */
const DIRECTION_OF_THOSE = String.raw`\s*(?:の|は)?\s*(?:方向性)?\s*(?:を|は|って|が)?\s*`;
/** Asking to be told: 教えてください, ご教示ください, 知りたいです. */
const TOLD_OF_THEM = String.raw`(?:教えて|お教え|ご教示)\p{Script=Hiragana}*|知りたい(?:です)?`;
/**
 * The projects in view pointed at as several (その2件, それら, 両方), a year's direction asked of them (その2件の令和4年度の
 * 方向性を教えてください, それらのR5は？): their year, not the list before asked again of it (probe 184: all four of
 * 施策7-4 had answered, the narrowing to two lost). Group 1: the year said.
 */
const THOSE_YEAR_ASKED = new RegExp(
  String.raw`^${THOSE_POINTED}\s*(?:の|は|って|とも)?\s*(${ANY_YEAR})${DIRECTION_OF_THOSE}(?:${HOW_IS_IT}|${TOLD_OF_THEM}|お願い\p{Script=Hiragana}*)?\s*[?？。]*$`,
  "iu",
);
/** The same, the year said as a step from the thread's (その3つ、前年度の方向性は何だった？). Group 1: after, not before. */
const THOSE_STEP_ASKED = new RegExp(
  String.raw`^${THOSE_POINTED}\s*[、,]?\s*(?:の|は|って|とも)?\s*${STEP_SAID}${DIRECTION_OF_THOSE}(?:(?:何|なに|なん)\s*(?:だった|でした|ですか|だ)?\s*(?:か|の)?|${HOW_IS_IT}|${TOLD_OF_THEM})?\s*[?？。]*$`,
  "u",
);
/**
 * A year asked of what is in view, pointed at, with how it stands (それは令和4年度はどうなっていますか。, それってR5は
 * どうなる？): the year of the projects just answered — not the question before asked again of that year. Group 1: the
 * year said.
 */
export function yearOfThoseAsked(question: string, previous?: string, afterYesOrNo = false): string | null {
  const q = question.trim();
  // (After a yes-or-no of a direction — 「それって新規？」 — a year asked how it stands, no pointer needed: 「R4だとどうなって
  // る？」 asks that year's direction, not 「R4に新規？」 again — probe 367 had answered いいえ, 0件, of a 拡充 year.)
  if (afterYesOrNo && !POINTS_AT_IT.test(q) && /どう|いかが/.test(q)) {
    const m = ONLY_A_YEAR.exec(q);
    if (m) return (m[1] as string).trim();
  }
  const those = THOSE_YEAR_ASKED.exec(q);
  if (those) return (those[1] as string).trim();
  // (「その3つ、前年度の方向性は何だった？」: a step from the year the thread asked of — probe 188 had counted from today.)
  const stepped = THOSE_STEP_ASKED.exec(q);
  const last = previous === undefined ? undefined : [...previous.matchAll(YEAR)].at(-1)?.[0];
  if (stepped && last !== undefined) return yearStepped(last, stepped[1] === undefined ? -1 : 1) ?? null;
  if (!POINTS_AT_IT.test(q)) return null;
  const m = ONLY_A_YEAR.exec(q.replace(POINTS_AT_IT, ""));
  return m && /どう|いかが/.test(q) ? (m[1] as string).trim() : null;
}
/** A step from the year before, pointed at (それって前年度は？): read as the step alone. */
const STEP_POINTED_AT = new RegExp(`${IT_POINTED}(?=${STEP_SAID})`);
/** The words that make a year a range from or up to it. */
const RANGE_WORDS = "以降|以後|から|まで";
/** A year, or a range from or up to it (R5以降, 令和6年度まで, 2022年度から). */
const YEAR_OR_RANGE = String.raw`(?:${ANY_YEAR}|${RELATIVE_YEAR_SAID}|${STEP_SAID.replace(/\((?!\?)/g, "(?:")})(?:\s*(?:${RANGE_WORDS}))?`;
/**
 * Another year or range and nothing else (a year with words of its own, 「R6に拡充するのは？」, is a question of its
 * own).
 */
const ONLY_A_YEAR = saysAlone(YEAR_OR_RANGE, false, "i");
/**
 * One of `words` opening a message, with one run of spaces and at most one comma after it: repeated, each space is
 * matched one way only (two \s* side by side had made 26 「ごめん 」 take 37 s — review).
 */
const OPENED_BY = (words: string) => String.raw`(?:(?:${words})\s*(?:[、,。]\s*)?)`;
/** The asker owning a mistake (間違えた, まちがえました): a correction follows (probe 306's 「間違えた、7-4の方で」). */
const OWNED_MISTAKE = "間違えた|間違えました|まちがえた|まちがえました";
/** What a correction opens with: a word taking back, an apology, a voice input's filler (えーと, あの), any number. */
const CORRECTION_OPENING = `いや|いえ|あ|あっ|あー|えーと|えっと|あの|すみません|すいません|失礼しました|ごめん|ごめんなさい|訂正です|訂正|${OWNED_MISTAKE}|やっぱり|やはり`;
/** What a correction's thing meant may end with: で, だった, the mistake named — or だと/なら, asking again of it. */
const CORRECTION_CLOSING = String.raw`で|です|でした|だった|だと|なら|だったら|の(?:間違い|誤り)(?:です|でした)?`;
/**
 * A year said instead of the one before, as a correction: 「あ、R3じゃなくてR4で」「すみません、2021年度ではなく2022年度
 * です」. Group 1: the year meant.
 */
const CORRECTED_YEAR = new RegExp(
  String.raw`^${OPENED_BY(CORRECTION_OPENING)}*(?:${ANY_YEAR})\s*(?:じゃなくて|ではなくて|でなくて|じゃなく|ではなく)\s*[、,]?\s*(${ANY_YEAR})\s*(?:の方|のほう)?\s*(?:${CORRECTION_CLOSING})?\s*(?:お願いします)?\s*[。.!！?？]*$`,
  "i",
);
/**
 * A correction of what the question before said, and nothing else: 「さっきのR5じゃなくてR4で」「いや、政策企画課じゃなくて
 * 財産活用課で」「あ、拡充ではなく縮小です」: each a name, year, code or direction, no kana (「R3じゃなくてR4に完了する事業」 is a
 * question of its own). Group 1: what was said; 2: what was meant.
 * (An apology after it is no part of it: 「あ、令和5年度じゃなくて令和4年度でした。すみません。」 had kept R5's list
 * under R4's label — probe 141.)
 */
// (A unit's name may open in kana — まち魅力発信課じゃなくて市民会館跡地活用推進課のほう: probe 288 had dropped the thread.)
const KANA_OPENED_UNIT = String.raw`(?:\p{Script=Hiragana}{1,4}(?=\p{Script=Han}[^、,。\s\p{Script=Hiragana}]{0,18}?(?:課|室|チーム|係)))?`;
const CORRECTION = new RegExp(
  String.raw`^${OPENED_BY(CORRECTION_OPENING)}*(?:(?:さっき|先ほど|さきほど|前|最初)の\s*)?(${KANA_OPENED_UNIT}[^、,。\s\p{Script=Hiragana}]{1,20}?)\s*(?:じゃなくて|ではなくて|でなくて|じゃなく|ではなく)\s*[、,]?\s*(${KANA_OPENED_UNIT}[^、,。\s\p{Script=Hiragana}]{1,20}?)\s*(?:の方|のほう)?\s*(?:${CORRECTION_CLOSING})?\s*(?:お願いします|お願い)?\s*[。.!！?？]*(?:(?:すみません|すいません|失礼しました|失礼いたしました|ごめんなさい|ごめん|申し訳(?:ありません|ございません))\s*[。.!！]*)?$`,
  "u",
);

/** A character a word goes on with: a kanji, katakana, Latin letter or digit. */
const WORD_CHAR = String.raw`[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9]`;
/**
 * Where a word starts: after no character it goes on from, or right after a year (R3拡充 then 拡充じゃなくて新規 — probe
 * 338 had found no 拡充 after the year's digit).
 */
const WORD_START = String.raw`(?:(?<!${WORD_CHAR})|(?<=(?:[Rr]|令和)\s*\d{1,2}\s*(?:年度?)?))`;

/**
 * The question before with what a correction takes back replaced by what it means (「R5に完了する事業は？」 then
 * 「さっきのR5じゃなくてR4で」 → R4に完了する事業は？; 「R3に拡充の政策企画課の事業」 then 「いや、政策企画課じゃなくて
 * 財産活用課で」 → R3に拡充の財産活用課の事業), every other thing it asked kept — when the question before said it once.
 * Null otherwise (probe 113: the correction had been read as a question of its own, the year alone: 43 projects).
 */
export function withCorrected(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const said = CORRECTION.exec(yearsSaidInDigits(question.normalize("NFKC").trim()));
  const [wrong, meant] = [said?.[1], said?.[2]];
  if (!wrong || !meant) return null;
  const before = yearsSaidInDigits(previous.normalize("NFKC").trim());
  // Said whole, once: not 完了 of 新規完了, nor 人事 of 人事課 (review) — a code with its word or none (施策7-4 for 7-4).
  const code = /^\d+-\d+(?:-\d+)?$/.test(wrong);
  const found = [
    ...before.matchAll(
      new RegExp(
        // (The first part of a unit's name with ・ is the unit: 人権 of 人権・男女共生課 — probe 476 had put the unit meant in
        // its place, 「情報システム課・男女共生課」, and read both.)
        `${code ? "(?<![\\d-])" : WORD_START}${escapeRegExp(wrong)}${code ? "(?![\\d-])" : `(?:・${WORD_CHAR}{1,12}?(?:${CORRECTED_UNIT}))?(?!${WORD_CHAR})`}`,
        "gu",
      ),
    ),
  ];
  const [only] = found;
  if (found.length === 0 && !code) {
    // 「人事じゃなくて情シス」 after 人事課の事業: a unit said by its name without 課 is that unit (probe 203: 0件), and what
    // is meant a unit too — by the name staff use (情シス), or its name without 課 (市民).
    const units = [
      ...before.matchAll(new RegExp(`${escapeRegExp(wrong)}(${CORRECTED_UNIT})(?!${WORD_CHAR})`, "gu")),
    ];
    const [unit] = units;
    if (units.length === 1 && unit) {
      const named =
        /^\p{Script=Han}{2,6}$/u.test(meant) && !new RegExp(`(?:${CORRECTED_UNIT})$`).test(meant)
          ? `${meant}${unit[1] as string}`
          : meant;
      return { ...askedOf(before, named, spanOf(unit)), corrects: true };
    }
  }
  if (found.length !== 1 || !only) return null;
  return { ...askedOf(before, meant, spanOf(only)), corrects: true };
}

/** The suffixes of a unit corrected by its name without them (人事じゃなくて情シス: see withCorrected). */
const CORRECTED_UNIT = "課|チーム|室|係";

/**
 * A thing said after a word taking back the one before, and nothing else: 「いや、R4の方」「いや、令和6年度のほうで」
 * 「ちがう、R3だった」「ごめん、R5です」「あ、ごめん2021年度だった」「いや、7-1の方」. `words` are the words that take it back; group 1: the thing meant.
 */
const takenBack = (words: string, thing: string, flags = "") =>
  new RegExp(
    String.raw`^${OPENED_BY(words)}+(${thing})\s*(?:の方|のほう)?\s*(?:で|です|でした|だった|でお願いします|の\s*(?:間違い|まちがい|誤り)(?:です|でした)?)?\s*(?:ね|な|よ)?\s*[。.!！?？]*$`,
    flags,
  );
/** The words that take back what was asked before (see takenBack and takesBack). */
const TAKING_BACK_WORDS = `いや|いえ|違う|違います|ちがう|違った|ちがった|違いました|ちがいました|ごめん|ごめんなさい|すみません|すいません|失礼しました|失礼|訂正です|訂正|やっぱり|やっぱ|やはり|${OWNED_MISTAKE}`;
/** The same, with いいえ and the filler あ, あっ, as a correction may open (see takenBack). */
const TAKING_BACK = `いいえ|${TAKING_BACK_WORDS}|あ|あっ`;
/** A year said after a word taking back the one before (see takenBack). */
const TAKEN_BACK_YEAR = takenBack(TAKING_BACK, ANY_YEAR, "i");
/**
 * A year said as the one meant, its correction's opening already taken off (あ、ごめん2021年度だった → 2021年度だった):
 * だった, でした, の間違い — not a question (R4だった？). Group 1: the year.
 */
const YEAR_MEANT = new RegExp(
  String.raw`^${MEANT_OPENING}(${ANY_YEAR})\s*(?:だった|でした|の(?:間違い|まちがい|誤り)(?:です|でした)?)\s*[。.!！]*$`,
  "i",
);
/** Some one thing alone: a department, when the catalog knows it. */
// (Also with も — 人事課も after a list of the whole plan — as a code is: the one asked of instead, probe 213.)
const ONLY_ONE_THING = saysAlone(".+?", true, "", true);
/** 「じゃあ情報システム課のは？」「人事課のものは？」: a unit's projects asked for alone. Group 1: the unit. */
const ONES_OF_A_UNIT = new RegExp(
  String.raw`^(?:(?:${THEN}|それじゃあ?)\s*[、,]?\s*)?(.+?)\s*の\s*(?:もの|やつ|事業|分)?\s*(?:は|って)\s*(?:${HOW_IS_IT})?\s*[?？。]*$`,
);
const YEAR = new RegExp(ANY_YEAR, "gi");
const YEAR_OR_RELATIVE = new RegExp(`${ANY_YEAR}|${RELATIVE_YEAR_SAID}`, "gi");
/**
 * The year a step from `year` names: R5 then 翌年度 is R6; a year said from this one stays so (今年度 then 前年度 is 昨年度,
 * 来年度 then 翌年度 is 再来年度), read with the clock later — undefined past 一昨年度 or 再来年度.
 */
function yearStepped(year: string, by: 1 | -1): string | undefined {
  const from = RELATIVE_OFFSETS.findIndex((words) => words.includes(year.replace(/\s/g, "")));
  if (from < 0) return `R${reiwaOf(year) + by}`;
  return RELATIVE_OFFSETS[from + by]?.[0];
}
/** Years said from this one, two before it to two after: the first of each is how a step says it. */
const RELATIVE_OFFSETS: readonly (readonly string[])[] = [
  ["一昨年度", "一昨年"],
  ["昨年度", "去年度", "去年", "昨年", "前年度"],
  ["今年度", "本年度", "今年"],
  ["来年度", "来年", "翌年度", "次年度"],
  ["再来年度", "再来年"],
];
/** A step said with no year before it, from this one: 前年度 (昨年度), 翌年度 and 次年度 (来年度). */
const STEP_FROM_NOW = /前年度|翌年度|次年度/g;
/** A year written (R5, 令和5年度, 2023年度), not said from this one. */
const WRITTEN_YEAR = new RegExp(`^(?:${ANY_YEAR})$`, "i");
/** A year in the question before, as a follow-up replaces it: written, or said from this one (今年度, 来年度, 去年). */
const YEAR_BEFORE = new RegExp(
  // (And a count of years from this one — 3年前に完了した事業 then じゃあ4年前は？ — replaced as a year: probe 215 had read
  // 「4年前の3年前に完了した事業」.)
  String.raw`${ANY_YEAR}|(?:再来|来|今|本|昨|去|一昨)年度|(?:再来|来|今|去|昨|一昨)年(?!間)|(?<![0-9０-９十百令和成rRｒＲ])[1-5１-５一二三四五]\s*年度?\s*[前後](?!半|倒|ろ倒)`,
  "gi",
);
/** Two years and nothing else but how it is or how many (じゃあR5からR6は？, R3からR4だと何件？). Groups: the years. */
const TWO_YEARS_ALONE = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(${ANY_YEAR})\s*(?:から|と|→|〜|~)\s*(${ANY_YEAR})\s*(?:にかけて|の間)?\s*(?:で|では|は|だと|なら|だったら)?\s*(?:${HOW_IS_IT}|(?:何件|いくつ)\s*(?:ある|あります)?)?\s*(?:か)?\s*[?？。]*$`,
  "i",
);
/** Two years said as the ones meant (ごめん、R4とR5の間違い; いや、R4とR5でした): groups 1 and 2, the years. */
const TWO_YEARS_MEANT = new RegExp(
  String.raw`^(?:${OPENED_BY(TAKING_BACK)})*(${ANY_YEAR})\s*(?:から|と|→|〜|~)\s*(${ANY_YEAR})\s*(?:の方|のほう)?\s*(?:で|です|でした|だった|でお願いします|の\s*(?:間違い|まちがい|誤り)(?:です|でした)?)?\s*[。.!！?？]*$`,
  "i",
);
/** A relative year and nothing else (前年度, 翌年度): read with the clock when no year was asked before. */
const RELATIVE_YEAR_ONLY = new RegExp(`^(?:${RELATIVE_YEAR_SAID})$`);
/**
 * Which of those in view is so, asked with どっち or どちら (職員向けのはどっち？, 市民向けはどちらですか), or with のはどれ
 * (アンケートとるのはどれ？ — probe 329 had searched it afresh, four projects for two of the three in view): the ones in view
 * narrowed, as 「そのうち職員向けのは？」 asks (probe 313: 職員向け had been searched afresh, 5件 for the one of two). Not a
 * comparison of ends (先に終わるのはどっち？), which compare.ts reads.
 */
const WHICH_OF_THEM_IS =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?([^、,。？?！!\s]{1,20}?)\s*(?:(?:の|なの)?\s*(?:は|って)\s*(?:どっち|どちら)|の\s*は\s*(どれ))\s*(?:ですか|でしょうか|か|だっけ|なの)?\s*[?？。]*$/u;
/** A message asking which of those in view is so, read as the narrowing it is; the message as it is otherwise. */
export function withWhichOfThemNarrowed(question: string, afterYesOrNo = false): string {
  const m = WHICH_OF_THEM_IS.exec(question.normalize("NFKC").trim());
  const said = m?.[1]?.replace(/の$/u, "");
  if (!said || endCompared(question) !== null || /^(?:そのうち|その中|この中|このうち)/u.test(said))
    return question;
  // (Not のはどれ after a yes-or-no: after 「7-2-7の事業は全部R4で完了するって本当？」 (いいえ, two of four), 「完了しないのは
  // どれ？」 asks for the rest of the four, not among the two that do.)
  if (m?.[2] !== undefined && afterYesOrNo) return question;
  // (Nor どちら said for どこ of whose it is: 「担当課はどちらでしょうか」 asks which unit.)
  if (/(?:担当課?|担当の課|所管課?|部署|窓口|問い合わせ先|連絡先)$/u.test(said)) return question;
  return `そのうち${said}のは？`;
}

/** The year before or after (1) the one just asked, said alone: その前は？, そのさらに前だと？, その次は？, その翌年は？. */
const BARE_STEP =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?(?:(?:さらに|もう)\s*)?その\s*(?:さらに|もう)?\s*(?:(次|後|あと|翌年度?)|前)(?:の年度?)?\s*(?:は|だと|なら|って|では)?\s*[?？。]*$/u;
/** The year after (1) or before the one named, and a range's word after it (2). */
const YEAR_STEP = new RegExp(String.raw`^\s*${STEP_SAID}\s*(${RANGE_WORDS})?\s*$`);
/** A range's word right after a year (以降 of R5以降). */
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:${RANGE_WORDS})`);
/** A range's word at the end of what a message says (R6まで). */
const RANGE_WORD = new RegExp(`(?:${RANGE_WORDS})$`);
const DIRECTION_NAMED = new RegExp(DIRECTION_NAMES, "g");

/**
 * A message's years as written: full-width forms made plain, years said aloud in digits (れいわごねんど, れいわなな), a
 * date of a calendar year as its fiscal year (2022年4月時点 → R4時点).
 */
const yearsWritten = (text: string) => datesAsFiscalYears(yearsSaidInDigits(text.normalize("NFKC").trim()));

/** 同じ年度, その年度, 同じ年: the year the question before named (not 年度ごと, each year). */
const SAME_YEAR = /(?:同じ|おなじ|その)\s*年度?(?!度|\s*(?:ごと|毎|別))/u;

/** A year said to be compared with: 前年度と比べて, 前の年に比べ, 翌年度と比較すると, 前年度より. */
const COMPARED_WITH = new RegExp(String.raw`${STEP_SAID}\s*(?:(?:と|に)\s*(?:比べ|くらべ|比較)|より)`);

/** A step said in a message that asks more (じゃあ翌年度に完了するのは？, その次の年度で終わるのは). Group 1: a step forward. */
const STEP_IN_MESSAGE = new RegExp(STEP_SAID, "g");

/**
 * A step from the one year the question before wrote (令和4年度で完了する事業は？ then 「じゃあ翌年度に完了するのは？」): that
 * year's next or last, written — as 翌年度は？ alone is read (probe 299 had held R4's 完了 and R5's at once, 0件). After a
 * question of no year written, or of two, the step is left to the clock; in a narrowing, to the reading of both.
 */
export function withStepFromYearBefore(question: string, previous: string): string {
  // (A narrowing — そのうち翌年度に拡充に変わったのは？ — is read joined to the question before, whose year the step counts
  // from already.)
  if (NARROWS_BEFORE.test(question.trimStart())) return question;
  // (Nor a year compared with — 前年度と比べて件数は減った？ — which asks of both years.)
  if (COMPARED_WITH.test(question)) return question;
  const last = previous.split("\n").at(-1) ?? "";
  const years = [...yearsWritten(last).matchAll(YEAR)];
  const [year] = years;
  if (year === undefined || years.length !== 1 || !WRITTEN_YEAR.test(year[0].trim())) return question;
  // 「その前は？」「その次は？」 alone, after a year's question: the year before or after it (probe 309: 「R5で終わる事業」
  // 「去年は？」 then 「その前は？」 had searched nothing).
  const bare = BARE_STEP.exec(question.trim());
  if (bare) {
    const stepped = yearStepped(year[0], bare[1] === undefined ? -1 : 1);
    if (stepped) return `${stepped}は？`;
  }
  return question.replace(STEP_IN_MESSAGE, (step, next: string | undefined) => {
    const stepped = yearStepped(year[0], next === undefined ? -1 : 1);
    return stepped ?? step;
  });
}

/**
 * The message with 「同じ年度」「その年度」 said as the year the question before named (「R5に完了するのってどれ」 then
 * 「同じ年度で新規のは」 → R5で新規のは: probe 149 had dropped the year, 16 projects of every year) — when the thread named
 * one year, however often and in whatever form. The message as it is otherwise.
 */
export function withSameYearNamed(question: string, previous: string): string {
  if (!SAME_YEAR.test(question)) return question;
  const years = [...yearsWritten(previous).matchAll(YEAR)].map((m) => m[0].trim());
  const [year] = years;
  if (year === undefined || new Set(years.map((y) => reiwaOf(y))).size !== 1) return question;
  return question.replace(SAME_YEAR, year);
}

/** The question before as asked again of something else: its text, and what it was asked of (R6, 人事課). */
export interface Swapped {
  text: string;
  as: string;
  /** What the question before said was taken back (さっきのR5じゃなくてR4で): its answer is no list in view. */
  corrects?: true;
}

/** A question of when, of what it names (…はいつまで？, …って何年度で終わる？): group 1 is what. */
const ASKED_WHEN_OF = /^(.+?)\s*(?:は|って|の)\s*(?:いつ|何年度)[^\n]*$/;

/** A question's ask of what its subject is (って何だっけ, はどれ？, ってなんですか): no part of the subject. */
const WHAT_TAIL =
  /\s*(?:って|は|とは)\s*(?:何|なに|なん|どれ|どこ|どんな(?:もの|の|やつ)?)\s*(?:だっけ|でしたっけ|ですか|でしょうか|だ|です|の)?\s*[?？]?\s*$/;

/** A question of which project a subject is, by its last word (…事業は？, …取組って？): no part of the subject. */
const WHICH_TAIL =
  /(?<=事業|取組|取り組み|もの|やつ)\s*(?:は|って)\s*(?:どれ|何|なに)?\s*(?:ですか|でしょうか|だっけ|かな)?\s*[?？]\s*$/;

/** Where a match stands in the text it was found in. */
const spanOf = (m: RegExpMatchArray) => ({ at: m.index as number, end: (m.index as number) + m[0].length });

/** The question before with `thing` in place of what it named (`named`), or in front of it when it named none. */
const askedOf = (before: string, thing: string, named?: { at: number; end: number }): Swapped => ({
  text: named ? `${before.slice(0, named.at)}${thing}${before.slice(named.end)}` : `${thing}の${before}`,
  as: thing,
});

/**
 * The question before, asked of the year the message names (令和5年度に完了する事業は？ then じゃあR6は？ → R6に完了する
 * 事業は？; マイナンバーカードの担当課は？ then R4は？ → R4のマイナンバーカードの担当課は？), when the message says only a year
 * and the question before named one year or none. Null otherwise.
 */
export function withYearSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  // As typed (R6 stays R6), full-width forms made plain; a date of a calendar year as its fiscal year (2022年4月時点 then
  // 翌年度は？ had read R54月時点, probe 117).
  // (Years said aloud in either, as a voice input writes them — れいわごねんど, れいわなな — in digits: probe 149's
  // 「あごめんR5じゃなくてR4だった」 had read R4 or R5, the question before's れいわごねんど left in it.)
  const said = yearsWritten(question);
  const before = yearsWritten(previous);
  // (A year said from this one — 今年度で拡充 then 「じゃあR7だと？」 — is the year replaced too: probe 151 had read both,
  // R7・R8のいずれか.)
  // (Not a year that dates the asker's own work — 今年度の予算要求の参考に… then 「じゃあR3は？」: review.)
  const occasions = new Set([...before.matchAll(YEAR_OF_OCCASION)].map((m) => m.index));
  const found = [...before.matchAll(YEAR_BEFORE)].filter(
    (m) => WRITTEN_YEAR.test(m[0]) || !occasions.has(m.index),
  );
  // (前年度, 翌年度 with no year written before them count from this one: 「前年度に完了した事業」 then 「R5は？」 is R5, not
  // R5's 前年度 — review. After a year written they count from it, and it is the year replaced.)
  const years = found.some((m) => WRITTEN_YEAR.test(m[0]))
    ? found
    : [...found, ...[...before.matchAll(STEP_FROM_NOW)].filter((m) => !occasions.has(m.index))].sort(
        (a, b) => (a.index ?? 0) - (b.index ?? 0),
      );
  // 「R4からR5で方向性が変わる事業は？」 then 「じゃあR5からR6は？」「R3からR4だと何件？」: two years for the two before, in
  // their order (probe 83: the first had answered R4→R5's projects under R5–R6's 条件, the second the whole chapter).
  // (Taken back — 「ごめん、R4とR5の間違い」 after 「R3とR4の両方で拡充の事業」 — the two meant in place of the two asked, the
  // rest of the question kept: probe 428 had read the two years alone, 43件.)
  const meantTwo = years.length === 2 && !TWO_YEARS_ALONE.test(said) ? TWO_YEARS_MEANT.exec(said) : null;
  const two = years.length === 2 ? (TWO_YEARS_ALONE.exec(said) ?? meantTwo) : null;
  if (two) {
    const [first, second] = years.map(spanOf) as [{ at: number; end: number }, { at: number; end: number }];
    const text = `${before.slice(0, first.at)}${two[1]}${before.slice(first.end, second.at)}${two[2]}${before.slice(second.end)}`;
    const as = `${(two[1] as string).trim()}から${(two[2] as string).trim()}`;
    return meantTwo ? { text, as, corrects: true } : { text, as };
  }
  if (years.length > 1) return null;
  // 「それR4は？」「それってR4は？」 after a question of no year: what it asked, in that year (probe 82: read as its
  // projects named, the answer had shown their cards with no sentence of R4). After a question of a year (R3で臨時拡充
  // の事業は？), those projects' R4, read below — not the question asked again of R4.
  // (それって前年度は？ after a question of a year is that question a year earlier, as 前年度は？ is: probe 144 had read
  // 前年度 from today's year.)
  const typed = years.length === 0 ? said.replace(POINTS_AT_IT, "") : said.replace(STEP_POINTED_AT, "");
  const alone = ONLY_A_YEAR.exec(typed);
  const asked = alone ?? CORRECTED_YEAR.exec(typed) ?? TAKEN_BACK_YEAR.exec(typed) ?? YEAR_MEANT.exec(typed);
  if (!asked) return null;
  // (A year taken back says nothing of the list it answered: 「前の回答の事業では…」 is of the year wrongly asked.)
  const corrects = alone ? {} : { corrects: true as const };
  const [named] = years;
  // (The year after or before the one asked before — じゃあ翌年度は？ after 2021年度に臨時拡充 — counts from it, as
  // said in one message; 去年度 and 2年前 count from today, read with the clock.)
  const step = named ? YEAR_STEP.exec(asked[1] as string) : null;
  // (その前の年, 前の年 with no year before: no year to count from — not swapped.)
  if (!named && YEAR_STEP.test(asked[1] as string) && !RELATIVE_YEAR_ONLY.test((asked[1] as string).trim()))
    return null;
  const stepped = step ? yearStepped(named?.[0] as string, step[1] ? 1 : -1) : undefined;
  // (Past the years said from this one that the table holds — 一昨年度 then その前の年は？ — not swapped: review.)
  if (step && stepped === undefined) return null;
  const thing = step ? `${stepped}${step[2] ?? ""}` : (asked[1] as string).trim();
  // 「それって新規？」 (はい) then 「R4は？」: the yes-or-no asked again of that year — 「…はR4に新規？」 — not its subject
  // before it asked of R4 beside the yes-or-no, which had answered はい of R3 again (probe 331).
  const marked = before.split("\n");
  const yesOrNo = marked.at(-1) ?? "";
  const directionAt =
    marked.length > 1 && DIRECTION_ASKED_OF_IT.test(yesOrNo) ? yesOrNo.search(A_DIRECTION) : -1;
  if (!named && directionAt > 0 && !RANGE_WORD.test(thing))
    return {
      text: [
        ...marked.slice(0, -1),
        `${yesOrNo.slice(0, directionAt)}${thing}に${yesOrNo.slice(directionAt)}`,
      ].join("\n"),
      as: thing,
      ...corrects,
    };
  // 「それっていつまで？」 then 「R5は？」: how the projects it asked of stand that year — not the search before it asked
  // again of R5 beside the question of when (its heading had said 該当 1件 of a project not listed in R5).
  const lastLine = before.split("\n").at(-1) ?? "";
  const lastWhen = named ? null : ASKED_WHEN_OF.exec(lastLine);
  if (lastWhen && before.includes("\n"))
    return { text: `${(lastWhen[1] as string).trim()}の${thing}はどうなる?`, as: thing };
  // 「…の担当課は？」 then 「R5以降はどうなる？」 or 「R7は？」: how the subject stands then — its direction, which a year
  // changes — not its department of that year, the same every year (probe 80: the 32 projects of R5–R7 had been
  // listed, the subject given way; probe 81: 「R7の行財政改革の推進の担当課は？」 answered the department again).
  const lastField = named ? null : FIELD_OF_SUBJECT.exec(lastLine);
  if (lastField && !/^方向性/.test(lastField[2] as string))
    return { text: `${(lastField[1] as string).trim()}の${thing}はどうなる?`, as: thing };
  // A range put for a range (R4以降に完了 then R6までは？ → R6までに完了); a year alone keeps the range it replaces
  // (R4以降 then R6は？ → R6以降).
  const span = named && spanOf(named);
  const rangeAfter = span && RANGE_WORD.test(thing) ? RANGE_AFTER.exec(before.slice(span.end)) : null;
  const swapped = askedOf(before, thing, span && { ...span, end: span.end + (rangeAfter?.[0].length ?? 0) });
  // 「マイナンバーカードの普及促進」 then 「R5はどうなる？」: what becomes of the subject asked before, in that year — its
  // direction then, shown even when the plan does not list it (not a filter that leaves it out).
  // (Also after a question of which project it is — 「…を手伝ってくれる事業は？」 then 「R5はどうなる？」 asks how that
  // project stands in R5, not for the projects of R5 that help: probe 104. A question of whether there is one, …ってある？,
  // is asked again of the year.)
  const asksWhich = WHAT_TAIL.test(before) || WHICH_TAIL.test(before);
  const asksHow =
    ASKS_DIRECTION.test(typed) &&
    !named &&
    (!/[?？]$/.test(before) || asksWhich) &&
    !ASKS_DIRECTION.test(before);
  if (!asksHow) return { ...swapped, ...corrects };
  // (Of the subject, its ask taken off: 「コミセンにWi-Fiルーター置く事業って何だっけ」 then 「R5は？」 reads 「R5のコミセンに
  // Wi-Fiルーター置く事業はどうなる?」, not 「…って何だっけはどうなる？」 — probe 102.)
  // (Its closing 。 too: 「…目的と内容を教えてください。」 had read 「…目的と内容 。はどうなる?」.)
  const subject = stripRegister(before.replace(WHAT_TAIL, "").replace(WHICH_TAIL, ""))
    .replace(/[\s。．.!！]+$/u, "")
    .trim();
  return { ...swapped, text: `${askedOf(subject || before, thing).text}はどうなる?` };
}

/** A direction asked of a project, yes or no, the line's last ask (…は新規？, それって完了する？). */
const DIRECTION_ASKED_OF_IT = new RegExp(
  String.raw`(?:は|って)\s*(?:${DIRECTION_NAMES})\s*(?:する|した|です|でしょう|なの|なん(?:です|だ)?|だっけ|ですか)?\s*(?:か)?\s*[?？]\s*$`,
  "u",
);

/** A project named by its policy and number in the question before: 7-2の17番, 7-2 No.17, 7-2#17. */
const PROJECT_NUMBER = new RegExp(
  String.raw`(?<![\d-])(\d+-\d+)\s*(?:${NUMBER_MARK})(\d+)(\s*番(?!目))?`,
  "i",
);
/**
 * Another unit, code or year asked under the conditions just asked (施策7-5も同じ条件で, 人事課だと同じ条件でどう？,
 * 同じ条件でR6は？, R6も同様に): the message as 「じゃあ施策7-5は？」, which asks the question before of it — null for any
 * other (probe 378 had read 同じ条件で as no condition, and answered all of 7-5).
 */
export function sameConditionsAsked(question: string): string | null {
  const m = SAME_CONDITIONS.exec(question.trim().normalize("NFKC"));
  const other = (m?.[1] ?? m?.[2] ?? "").trim();
  return other === "" || /それ|これ|同じ/.test(other) ? null : `じゃあ${other}は?`;
}
const SAME_SAID = String.raw`(?:同じ|同様の|同)\s*条件\s*(?:で|だと|なら|では|の場合|にして)?|同様に|同じように|同じく`;
const SAME_CONDITIONS = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で|次に?|あと)\s*[、,]?\s*)?(?:(?:${SAME_SAID})\s*[、,]?\s*([^、,。?？]{1,20}?)\s*(?:は|も|だと|なら)|([^、,。?？]{1,20}?)\s*(?:も|は|で|について|だと|の場合)?\s*[、,]?\s*(?:${SAME_SAID}))\s*(?:は|も)?\s*(?:どう(?:なる|ですか|でしょうか)?|見ると|調べて|教えて(?:ください)?|出して|お願い(?:します|できますか)?)?\s*[?？。]*$`,
  "u",
);

/** A message asking only of another project number (じゃあ19番は？, No.19は？, じゃあ16は？) — not a list's place (2番目). */
const ONLY_A_NUMBER = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|それなら)\s*[、,]?\s*)?(?:(?:${NUMBER_MARK})\s*(\d+)|(\d+)\s*番(?!目)|(\d{1,2})(?=\s*(?:は|だと|って|の方は)))\s*(?:の事業)?\s*(?:は|だと|って|の方は)?\s*[?？]*$`,
  "i",
);
/** The next or the one before (その次の事業は？, ひとつ前は？). */
const NEXT_OR_BEFORE =
  /^(?:(?:じゃあ|じゃ|では)\s*[、,]?\s*)?(?:その|それの)?\s*(次|ひとつ前|一つ前)\s*(?:の\s*(?:事業|やつ|番号|もの))?\s*(?:は|って)?\s*[?？]*$/;

/**
 * The question before, asked of another project of the same policy (7-2の17番 then じゃあ19番は？ → 7-2の19番; その次の
 * 事業は？ → 7-2の18番), when it named one by its number. Null otherwise.
 */
export function withNumberSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined) return null;
  const typed = question.normalize("NFKC").trim();
  const number = ONLY_A_NUMBER.exec(typed);
  const step = number ? null : NEXT_OR_BEFORE.exec(typed);
  if (!number && !step) return null;
  // (A code typed with the IME's long mark — 7ー2の9 — is 7-2's, as the question it was is read: probe 372.)
  const before = previous
    .normalize("NFKC")
    .trim()
    .replace(/(?<=\d)\s*[ー－‐―−]\s*(?=\d)/gu, "-");
  const named = PROJECT_NUMBER.exec(before);
  if (!named) return null;
  const no = number
    ? Number(number[1] ?? number[2] ?? number[3])
    : Number(named[2]) + (step?.[1] === "次" ? 1 : -1);
  if (no < 1) return null;
  const thing = `${named[1]}の${no}番`;
  return askedOf(before, thing, spanOf(named));
}

/** A policy or initiative code, with its word or none: 施策7-1, 取組7-2-4, 7-1. */
const CODE_FORM = String.raw`(?:施策|取組|取り組み)?\s*(?<![\d-])\d+-\d+(?:-\d+)?(?![\d-])`;
/** Several codes said as one place to look: 7-3から7-5, 7-3〜7-5まで, 7-3と7-4, 7-3・7-5 (a range or a list). */
const CODES_FORM = String.raw`${CODE_FORM}(?:\s*(?:から|より|～|〜|~|と|・|、|,|や|及び|および)\s*${CODE_FORM})*(?:\s*まで)?`;
/**
 * Another code and nothing else (じゃあ7-1は？, 7-1だと？), or codes said as one place (じゃあ7-3から7-5だと？: probe 471
 * had read it alone, the year and direction before lost), or said after a word taking the one before back (いや、7-1の方).
 */
const ONLY_A_CODE = saysAlone(CODES_FORM, false, "", true);
const TAKEN_BACK_CODE = takenBack(TAKING_BACK, CODE_FORM);
/** A code said as the one meant, and nothing else: 7-5だった, 施策7-5でした, 7-5の間違い — not a question (7-5だった？). */
const CODE_MEANT = new RegExp(
  String.raw`^${MEANT_OPENING}(${CODE_FORM})\s*(?:だった|でした|の(?:間違い|まちがい|誤り)(?:です|でした)?)\s*[。.!！]*$`,
);
const CODE_IN_TEXT = new RegExp(CODE_FORM, "g");
const CODES_IN_TEXT = new RegExp(CODES_FORM, "g");

/**
 * The question before, asked of the policy or initiative the message names alone (R3に臨時拡充の事業 / そのうち施策7-2の
 * ものは？ then いや、7-1の方 → … / そのうち7-1のものは？), when the question before named one code or none. Null
 * otherwise.
 */
export function withCodeSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const typed = question.normalize("NFKC").trim();
  const asked = ONLY_A_CODE.exec(typed) ?? TAKEN_BACK_CODE.exec(typed) ?? CODE_MEANT.exec(typed);
  if (!asked) return null;
  const before = previous.normalize("NFKC").trim();
  const codes = [...before.matchAll(CODE_IN_TEXT)];
  const thing = (asked[1] as string).trim();
  // (Several codes said as one list before — 7-2と7-3で事業数はどっちが多い？ — give way to as many said as one list:
  // じゃあ7-4と7-5だと？ asks the same of those two, not of their projects listed with no comparison, probe 478.)
  if (codes.length > 1) {
    const lists = [...before.matchAll(CODES_IN_TEXT)];
    const [list] = lists;
    const count = (text: string) => [...text.matchAll(CODE_IN_TEXT)].length;
    return lists.length === 1 &&
      list !== undefined &&
      count(list[0]) === codes.length &&
      count(thing) === codes.length
      ? askedOf(before, thing, spanOf(list))
      : null;
  }
  const [named] = codes;
  // (With no code before, the code is where the projects are looked for: 7-1の… .)
  return askedOf(before, thing, named && spanOf(named));
}

/**
 * A code or a department added to those the question before asked of: 「7-5も合わせて」「やっぱり7-3も入れて」
 * 「市民課も含めて」「7-4のも足すと何件になる？」 — or said with も alone, as a fragment of a thread says it (7-3も, 7-3も？:
 * probe 213 had listed the whole of 7-3, the thread's conditions dropped). Group 1: what is added; 2: a count or a shape
 * asked of the lists joined.
 */
const ADDED =
  /^(?:(?:やっぱり|やはり|じゃあ|では|あと|それと)\s*[、,]?\s*)?([^、,。\s\p{Script=Hiragana}]{1,20}?)\s*(?:の\s*)?も\s*(?:(?:合わせて|あわせて|併せて|入れて|含めて|追加して|追加で|加えて|足して|たして|足すと|たすと|合わせると|あわせると|入れると|含めると)\s*(?:ください|下さい|ほしい|欲しい|お願いします|もらえる|くれる)?|(?:ある|あります|お願い(?:します)?)?\s*(?:か)?)\s*(?:[、,]\s*)?((?:全部で\s*)?(?:何|なん)\s*件(?:\s*に\s*なる)?|件数(?:は|を)?|表で|一覧で|一行ずつ)?\s*[。.!！?？]*$/u;

/** A code and nothing else (7-5, 施策7-3): what 「…も合わせて」 may add. */
const CODE_ALONE = new RegExp(`^(?:施策|取組)?${CODE_IN_TEXT.source}$`, "u");

/**
 * Where a text (width-normalised) names a department, by each of its forms (not 人権課 in 人権課題): folding keeps each
 * character's place, so a span found is the span as typed.
 */
function unitsNamed(folded: string, departments: readonly Department[]) {
  return departments.flatMap((d) =>
    // (And by the IME's other か after its whole stem — 財産活用化, 情報システム科 — as understand reads it: 「ごめん
    // 財産活用課ね」 after 財産活用化の事業 had dropped the thread's conditions, no unit found to replace — probe 476.)
    [...d.fullForms, ...mistypedForms(d)].flatMap((form) => {
      const at = unitAt(folded, form);
      return at < 0 ? [] : [{ department: d.name, at, end: at + form.length }];
    }),
  );
}

/** Where a name was found in a text: its first character and the one after its last. */
type Span = { at: number; end: number };
/** The spans found that lie inside no other found: a form inside a longer one is the same name (男女共生課 in 人権・男女共生課). */
const outermost = <T extends Span>(found: readonly T[]): T[] =>
  found.filter((n) => !found.some((o) => o !== n && o.at <= n.at && n.end <= o.end));

/**
 * The question before, asked of one more code or department beside the one it named (「7-4の事業」 then 「7-5も合わせて」
 * → 7-4と7-5の事業; 「R4に完了する7-4の事業」 then 「やっぱり7-3も入れて」 → R4に完了する7-4と7-3の事業): the lists
 * joined, every other thing it asked kept — when the question before named one of the same kind. Null otherwise (probe
 * 113: the list had been replaced by the one added).
 */
export function withAdded(
  question: string,
  previous: string | undefined,
  departments: readonly Department[],
): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const said = ADDED.exec(question.normalize("NFKC").trim());
  const added = said?.[1];
  if (!added) return null;
  // (What is asked of the lists joined — 「7-4のも足すと何件になる？」「情報システム課のも合わせて表で」 — after them: probe
  // 225 had answered 7-4's alone.)
  const shaped = (swapped: Swapped): Swapped =>
    said?.[2] ? { ...swapped, text: `${swapped.text.replace(/[?？。\s]+$/u, "")}、${said[2]}` } : swapped;
  const before = previous.normalize("NFKC").trim();
  const named = CODE_ALONE.test(added)
    ? [...before.matchAll(CODE_IN_TEXT)].map(spanOf)
    : departments.some((d) => d.fullForms.includes(normalizeWidth(added)))
      ? unitsNamed(normalizeWidth(before), departments)
      : [];
  const whole = outermost(named);
  if (whole.length !== 1) return null;
  const [span] = whole as [{ at: number; end: number }];
  return shaped(askedOf(before, `${before.slice(span.at, span.end)}と${added}`, span));
}

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
  const typed = question.normalize("NFKC").trim();
  // (「じゃあ情報システム課のは？」 too, when the question before named another unit — after one that named none,
  // 「市民課のは？」 narrows its list: see isBare.)
  const onesOf = ONES_OF_A_UNIT.exec(typed);
  const meant = onesOf ? null : (TAKEN_BACK_UNIT.exec(typed) ?? UNIT_MEANT.exec(typed));
  const asked = onesOf ?? meant ?? ONLY_ONE_THING.exec(typed);
  const unit = asked?.[1]?.trim();
  if (unit && !onesOf && !meant) {
    const pair = withUnitPairSwapped(unit, previous, departments);
    if (pair) return pair;
  }
  if (!unit || !departments.some((d) => d.fullForms.includes(normalizeWidth(unit)))) return null;
  const before = askedByAnyone(previous.normalize("NFKC").trim(), departments);
  // Found in the folded text, where it is a unit (not 人権課 in 人権課題), replaced in the text as typed: folding
  // keeps each character's place.
  const folded = normalizeWidth(before);
  // (Only after the sentences that greet or say who is asking — 「財政課の田中です。」 is who asks, not what.)
  const rest = withoutOpening(folded);
  const from = rest === folded ? 0 : Math.max(0, folded.indexOf(rest));
  const named = unitsNamed(folded, departments).filter((n) => n.at >= from);
  // A shortened name that names exactly one department (DXチーム: DX推進チーム), as understand reads it.
  if (named.length === 0)
    for (const m of folded.matchAll(SHORT_UNIT)) {
      const [whole, stem = "", suffix = ""] = m;
      const owner = departmentOfShortName(departments, stem, suffix);
      if (owner && m.index >= from)
        named.push({ department: owner.name, at: m.index, end: m.index + whole.length });
    }
  // A unit the plan lacks (高齢福祉課の事業ってある？ then じゃあ市民課は？): the one asked of instead — added to it, the
  // message had read 市民課の高齢福祉課の事業 and answered 0件 (probe 142).
  if (named.length === 0) {
    const unknown = [...folded.matchAll(UNKNOWN_UNIT)].filter(
      (m) => !GENERIC_UNIT.test(m[0]) && m.index >= from,
    );
    if (unknown.length === 1 && unknown[0] !== undefined)
      named.push({
        department: unknown[0][0],
        at: unknown[0].index,
        end: unknown[0].index + unknown[0][0].length,
      });
  }
  if (new Set(named.map((n) => n.department)).size > 1) return null;
  // (A unit taken back replaces one: after a question that named none — 情報政策課の事業 names one the plan lacks, and
  // it is replaced above — it is asked alone, as its own question.)
  if (named.length === 0 && (onesOf || meant)) return null;
  // Of a question that named none, after who was asking: the ask is asked of it (not 人事課の財政課の田中です。…).
  if (named.length === 0 && from > 0)
    return { text: `${before.slice(0, from)}${unit}の${before.slice(from)}`, as: unit };
  // The longest form found (人権・男女共生課, not 男女共生課 inside it).
  const [longest] = named.sort((a, b) => b.end - b.at - (a.end - a.at));
  // (A unit taken back replaces the one asked: the thread goes on from the question as meant.)
  return meant ? { ...askedOf(before, unit, longest), corrects: true } : askedOf(before, unit, longest);
}

/**
 * 「人事課の者ですが、うちの課の事業でR5に拡充のものは？」 then 「市民課だと？」: the asker's own unit (うちの課, 当課, うちで
 * after who asks) as the unit it is, who asks left out — the question as anyone would ask it of that unit, where the
 * other is put. It had been asked and quoted as 「市民課の者ですが、うちの課の…」 and 「情報システム課です。市民課のうちの
 * 課の事業は？」. A question with no own unit, or whose own unit names none, is as it was.
 */
function askedByAnyone(question: string, departments: readonly Department[]): string {
  const ours = OWN_UNIT_ONCE.test(question) || OUR_PLACE_AFTER_INTRODUCTION.test(question);
  const named = ours ? ownUnit(question, { departments }) : question;
  return named === question ? question : withoutAsker(named);
}

/** Units joined as one list: と, ・ or 、 between them (財産活用課と情報システム課). */
const UNIT_JOINER = /^\s*(?:と|、|,|や|及び|および)\s*$/u;

/** 逆に said first (逆に, じゃあ逆に, 反対に): the message asks the other side of what the question before asked. */
const OPPOSITE_FIRST = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(?:逆に|反対に|逆|反対)\s*(?:は|だと|なら)?\s*[、,]?\s*`,
  "u",
);
/**
 * A thing said not to be so, in a question (市民課以外で, 完了するもの以外, 人権・男女共生課じゃないもの, R5に載ってない,
 * R7まで続かない, 完了しない): group 1 what is left out, as said; 2 the word that leaves it out; the rest, how it is
 * said the other way (see flipped).
 */
const LEFT_OUT_SAID =
  /([^、,。\s]{1,30}?)\s*(以外|を除いて|を除く|は除いて|を除き|じゃない|ではない|でない|(?<=載っ|入っ)てない|(?<=載っ|入っ)ていない|(?<=続)かない|しない|(?<=記載)(?:が|の)ない|ならない)/gu;
/** What a leaving out said is, said the other way: 以外 drops, じゃない is の (…じゃないもの → …のもの), a verb's ない its plain form. */
const flipped = (word: string, next: string): string =>
  /^(?:以外|を除いて|を除く|は除いて|を除き)$/u.test(word)
    ? next.trim() === "" || /^\s*(?:の|で|は|に|、|,)/u.test(next)
      ? ""
      : "の"
    : /^(?:じゃない|ではない|でない)$/u.test(word)
      ? /^\s*(?:もの|事業|やつ)/u.test(next)
        ? "の"
        : ""
      : (VERB_SAID_SO[word] ?? word.replace(/ない$/u, "ある"));
/** A verb's ない said the other way (載ってない → 載ってる, 続かない → 続く); any other ない (記載のない) is ある. */
const VERB_SAID_SO: Readonly<Record<string, string>> = {
  てない: "てる",
  ていない: "ている",
  かない: "く",
  しない: "する",
  ならない: "なる",
};
/** A word of a thing: kanji, katakana, Latin letters and digits, with ・ and ー inside (人権・男女共生課, R5). */
const WORDS_OF_A_THING = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9ー・-]+/gu;
/** A count asked (何件, いくつ, 件数): kept when the question before is asked the other way. */
const COUNT_IN_ASK = /(?:何|なん)\s*件|いくつ|件数|何個/u;

/**
 * The question before asked the other way round (市民課以外でR3に新規の事業 then じゃあ逆に市民課のは？ → 市民課でR3に新規の
 * 事業; R5に載ってない事業 then 逆にR5に載ってるのは何件？ → R5に載ってる事業、何件？; Wi-Fiの事業で、完了するもの以外
 * then 逆に完了するのは？): what its last line left out, taken in instead — probe 485 had kept the leaving out beside the
 * thing named (市民課以外 again, 14 for 2) or joined both sides (載ってない、かつ載ってる: 0件). Said with 逆に, or by
 * naming alone what was left out (じゃあ市民課のは？). Null when the last line leaves out none, or more than one thing.
 */
export function withNegationFlipped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const typed = question.normalize("NFKC").trim();
  const opposite = OPPOSITE_FIRST.exec(typed);
  const lines = previous.normalize("NFKC").trim().split("\n");
  const last = (lines.at(-1) as string).replace(/[\u2060-\u2064]/gu, "");
  const found = [...last.matchAll(LEFT_OUT_SAID)];
  if (found.length !== 1) return null;
  const [m] = found as [RegExpExecArray];
  // (What is left out, by its last word: 継続 of 「R4の方向性が継続以外」, 完了 of 「完了するもの以外」.)
  const thing = (m[1] as string).match(WORDS_OF_A_THING)?.at(-1) ?? (m[1] as string);
  const rest = opposite ? typed.slice(opposite[0].length) : typed;
  // (A kind left out of the direction it is a kind of — 拡充（臨時拡充を除く） — is asked alone, 臨時拡充のものは？, by the
  // narrowings that read it: taken in, it would be both.)
  const kinds = [...last.matchAll(EVERY_DIRECTION_SAID)].map((d) => d[0] as Direction);
  if (kinds.some((d) => d !== thing && kinds.includes(thing as Direction) && isKindOf(thing as Direction, d)))
    return null;
  // (Named alone, not said with 逆に: only the very thing left out — じゃあ市民課のは？ after 市民課以外で.)
  if (!opposite) {
    const alone = ONES_OF_A_UNIT.exec(typed)?.[1] ?? ONLY_ONE_THING.exec(typed)?.[1];
    if (alone === undefined || normalizeWidth(alone.trim()) !== normalizeWidth(thing)) return null;
  } else if (rest !== "" && !/^[?？。]*$/u.test(rest) && !rest.includes(thing.slice(0, 2))) return null;
  const at = (m.index as number) + (m[1] as string).length;
  const after = last.slice(at + (m[0].length - (m[1] as string).length));
  const text = `${last.slice(0, at)}${flipped(m[2] as string, after)}${after}`;
  const counted =
    COUNT_IN_ASK.test(rest) && !COUNT_IN_ASK.test(text)
      ? `${text.replace(/[?？。\s]+$/u, "")}、何件？`
      : text;
  return { text: [...lines.slice(0, -1), counted].join("\n"), as: `${thing}の逆` };
}

/**
 * Two units said alone as one list (じゃあ財産活用課と情報システム課だと？) after a question that named two others as one
 * list (人事課と市民課でどっちが多い？) or one: the same asked of the two said, as another pair of codes is (see
 * withCodeSwapped). Null otherwise.
 */
function withUnitPairSwapped(
  said: string,
  previous: string,
  departments: readonly Department[],
): Swapped | null {
  const inOrder = (found: readonly Span[]) => outermost(found).sort((a, b) => a.at - b.at);
  const typed = normalizeWidth(said);
  const asked = inOrder(unitsNamed(typed, departments));
  if (asked.length !== 2 || !joinsAsOne(typed, asked, true)) return null;
  const before = previous.normalize("NFKC").trim();
  const named = inOrder(unitsNamed(normalizeWidth(before), departments));
  // (Or one unit before, 市民課のR4の事業 then じゃあ人事課と財産活用課は？ — the two in its place, its year kept.)
  if (named.length === 0 || named.length > 2 || !joinsAsOne(normalizeWidth(before), named, false))
    return null;
  const [first] = named;
  const last = named.at(-1);
  return first && last ? askedOf(before, said, { at: first.at, end: last.end }) : null;
}
/** Whether the units found are one list joined (and, when `whole`, nothing else said). */
const joinsAsOne = (text: string, found: readonly { at: number; end: number }[], whole: boolean): boolean =>
  found.every(
    (n, i) => i === 0 || UNIT_JOINER.test(text.slice((found[i - 1] as { end: number }).end, n.at)),
  ) &&
  (!whole || (text.slice(0, found[0]?.at).trim() === "" && text.slice(found.at(-1)?.end).trim() === ""));

/**
 * A unit said after a word taking back the one before (すみません、人権・男女共生課でした; いや、人事課の方), or said as the
 * one meant (人事課の間違い): it replaces the unit asked before (probe 130: it had been added to it). Group 1: the unit.
 */
const TAKEN_BACK_UNIT = takenBack(TAKING_BACK, "[^、,。\\s]+?");
const UNIT_MEANT = new RegExp(
  String.raw`^${MEANT_OPENING}([^、,。\s]+?)\s*(?:だった|でした|の(?:間違い|まちがい|誤り)(?:です|でした)?)\s*[。.!！]*$`,
);

/**
 * Whether a message takes back what was asked before (いや、…; すみません、人権・男女共生課でした; …の間違い): a correction,
 * never the rest of a message cut short.
 */
export const takesBack = (question: string): boolean => TAKES_BACK.test(question.normalize("NFKC"));
const TAKES_BACK = new RegExp(
  String.raw`^\s*(?:あっ?\s*[、,]?\s*)?(?:${TAKING_BACK_WORDS})|^\s*あっ?\s*[、,]?\s*[^、,。\s]{1,20}?\s*(?:の方|のほう)\s*(?:で|です|でお願いします)?\s*[。.!！]*\s*$|(?:でした|だった|の(?:間違い|まちがい|誤り)(?:です|でした)?)\s*[。.!！]*\s*$`,
);

/** Which of them, asked: 臨時拡充はどれ？, 完了するのはどれですか. */
const WHICH_ONES = "(?:どれ|どの事業)(?:です|でしょう|だっけ|なの)?か?";

/**
 * A direction said alone, with how it is said: 「じゃあ継続するのは？」「完了しないものは？」「拡充は？」 — its particle
 * left out too, as a thread's fragment leaves it (逆に新規, 新規: probe 213 had added it to the one before, 8 for 1). Group
 * 1: a direction taken in with it (臨時拡充も含めて拡充は？); 2: the direction; 3: how (する, しない …), when said.
 */
const ONLY_A_DIRECTION = new RegExp(
  String.raw`^(?:(?:了解です|了解しました|承知しました|ありがとうございます)\s*[、,。]?\s*)?(?:(?:${THEN}|逆に)\s*[、,]?\s*)?(?:(${DIRECTION_NAMES})\s*(?:も|を)\s*(?:含めて|含めた|入れて|入れた|込みで|込みの)\s*[、,]?\s*)?(${DIRECTION_NAMES})\s*(する|した|しない|しなかった|になる|にならない|じゃない|でない|ではない)?\s*(?:の\s*(?:事業|もの|やつ)|の|もの|事業)?\s*(?:だけ|のみ)?\s*(?:は|だと|なら|だったら|では|って|でした|だった|です|で|の\s*(?:間違い|まちがい|誤り)(?:です|でした)?)?\s*(?:${HOW_IS_IT}|${WHICH_ONES})?\s*[?？。]*$`,
);
/**
 * The question before said again whole of another direction (新規が一番多い年度は？ then じゃあ完了が一番多い年度は？): that
 * direction in place of the one before — both had been counted together (probe 478: R3, 15, for R4's 7). Groups: the
 * direction, then what follows it (the rest of the ask, the same as the question before's).
 */
const SAME_ASK_OF_DIRECTION = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(${DIRECTION_NAMES})(?!\s*(?:は|を|の|も)?\s*(?:除|のぞ|以外|抜))(\S.*)$`,
  "su",
);
/** A change of direction said alone (じゃあ拡充から継続は？, 新規→完了だと？): groups, the two directions. */
const CHANGE_ALONE = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(${DIRECTION_NAMES})\s*(?:から|→|->|⇒)\s*(${DIRECTION_NAMES})\s*(?:に|へ)?\s*(?:変わった|なった|変わる|なる)?\s*(?:の|もの|事業|やつ)?\s*(?:は|だと|なら|では)?\s*[?？。]*$`,
);
/** A change of direction in the question before (臨時拡充から継続): what CHANGE_ALONE replaces. */
const CHANGE_SAID = new RegExp(
  String.raw`(?:${DIRECTION_NAMES})\s*(?:から|→|->|⇒)\s*(?:${DIRECTION_NAMES})`,
  "g",
);
/** A ranking asked (一番多い, 最も少ない): see withDirectionSwapped. */
const RANKED_LINE = /(?:一番|いちばん|最も|もっとも)\s*(?:多い|少ない)/u;
/** A direction in the question before, with how it was said (完了する, 拡充予定, 継続). */
const A_DIRECTION = new RegExp(
  // (Not one left out: 臨時拡充は除いて names no direction asked.)
  String.raw`(${DIRECTION_NAMES})(する|した|します|しました|しない|しなかった|予定|になる|となる|(?:に|と)なって(?:いる|る)|にならない)?(?!\s*(?:は|を|の|も)?\s*(?:除|のぞ|以外|抜|外し|外す|はず))`,
  "g",
);
const denies = (how: string | undefined) => how !== undefined && /ない/.test(how);
/** 新規 said in everyday words (新しく始まった, スタート): understanding's own pattern for it. */
const SAID_NEW = new RegExp(
  (DIRECTION_PATTERNS.find(([, direction]) => direction === "新規") as [RegExp, string])[0].source,
  "g",
);

/**
 * The question before, asked of the direction the message names alone (R4に完了する事業は？ then じゃあ継続するのは？ →
 * R4に継続する事業は？; 人権・男女共生課のR4に完了するもの then 完了しないものは？ → …R4に完了しないもの), when the
 * question before named one direction, another than the message's or said the other way. Null otherwise: after a
 * question with no direction, a direction narrows its list (そのうち完了するのは？).
 */
export function withDirectionSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const clause = askingClause(stripRegister(question.normalize("NFKC"))).trim();
  // 「R3からR4で臨時拡充から継続に変わった事業」 then 「じゃあ拡充から継続は？」: the change asked in place of the one before,
  // its years kept (probe 475 had read it over every year, 16 for 10).
  const change = CHANGE_ALONE.exec(clause);
  if (change) {
    const before = previous.normalize("NFKC").trim();
    const said = [...before.matchAll(CHANGE_SAID)];
    const [only] = said;
    if (said.length !== 1 || !only) return null;
    const meant = `${change[1]}から${change[2]}`;
    const at = only.index as number;
    return {
      text: `${before.slice(0, at)}${meant}${before.slice(at + only[0].length)}`,
      as: `${meant}の事業`,
    };
  }
  const added = DIRECTION_ADDED.exec(clause);
  const asked = ONLY_A_DIRECTION.exec(clause);
  // (Taken back, a direction is said bare: group 1 is the direction.)
  const takenBack = asked ? null : DIRECTION_TAKEN_BACK.exec(clause);
  const opposite = OPPOSITE_ASKED.test(clause);
  // (Or the question before said again whole of another direction: see SAME_ASK_OF_DIRECTION.)
  const restated = asked || takenBack || added || opposite ? null : SAME_ASK_OF_DIRECTION.exec(clause);
  if (!asked && !takenBack && !added && !opposite && !restated) return null;
  const takenIn = asked?.[1];
  const direction = (asked?.[2] ?? takenBack?.[1] ?? restated?.[1]) as string;
  const how = asked?.[3];
  // (Its directions typed in kana, as written: r4でかんりょう then ごめん、拡充の間違い — probe 440.)
  const typed = withKanaDirections(previous.normalize("NFKC").trim());
  // (A start said in everyday words — 新しく始まったの, スタートした — is 新規, as understanding reads it: probe 178's
  // 「じゃあ拡充は？」 after 「…新しく始まったのって？」 had added 拡充 to it, 0件.)
  const before =
    typed.search(A_DIRECTION) >= 0
      ? typed
      : typed.replace(SAID_NEW, "新規").replace(/新規(?:\s*新規)+/g, "新規");
  const named = [...before.matchAll(A_DIRECTION)];
  if (named.length !== 1) return null;
  const [said] = named as [RegExpMatchArray];
  const at = said.index as number;
  const end = at + (said[1] as string).length;
  // (Of a ranking — 新規が一番多い課は？ — what the chain said after it was of the one ranked first, 「そのうち…課のもの」: it
  // goes with the direction swapped, the ranking asked again — probe 478's 「じゃあ拡充だと？」 had kept the 新規 units.)
  const lineEnd = before.indexOf("\n", end) < 0 ? before.length : before.indexOf("\n", end);
  const ranked = RANKED_LINE.test(before.slice(before.lastIndexOf("\n", at) + 1, lineEnd));
  const kept = restated || ranked ? before.slice(0, lineEnd) : before;
  if (restated) {
    // (Of the line that said it, the same ask said again whole.)
    const asWritten = (text: string) => text.replace(/[\s?？。!！]/gu, "");
    if (asWritten(restated[2] as string) !== asWritten(before.slice(end, lineEnd))) return null;
    return { text: `${kept.slice(0, at)}${direction}${kept.slice(end)}`, as: `${direction}の事業` };
  }
  // One more direction said with も含めると (拡充も含めると？ after 財産活用課の新規): both (probe 309 had searched 拡充).
  if (added) {
    const more = added[1] as string;
    return said[1] === more
      ? null
      : { text: `${kept.slice(0, end)}と${more}${kept.slice(end)}`, as: `${said[1]}と${more}の事業` };
  }
  // 「逆は？」: the other way — 縮小 of 拡充, 完了 of 新規, and 完了する of 完了しない (probe 309: 「R4で縮小」 then 「逆は？」
  // had searched 逆).
  if (opposite) {
    const other = denies(said[2]) ? said[1] : OPPOSITES[said[1] as string];
    if (other === undefined) return null;
    const replaced = at + said[0].length;
    return { text: `${kept.slice(0, at)}${other}${kept.slice(replaced)}`, as: `${other}の事業` };
  }
  if (said[1] === direction && denies(said[2]) === denies(how) && takenIn === undefined) return null;
  // (「R3に拡充の事業」 then 「臨時拡充じゃないのだけ」: a kind of the direction before, denied, narrows its list — no swap;
  // probe 366 had answered R3's 37 but 臨時拡充.)
  if (denies(how) && direction !== said[1] && isKindOf(direction as Direction, said[1] as Direction))
    return null;
  // Said with how (完了しない), it replaces the direction and how it was said; said bare (拡充は？), the direction only —
  // with the one it takes in (臨時拡充も含めて拡充は？: both, not the 新規 before them — probe 309).
  const replaced = at + (how ? said[0].length : (said[1] as string).length);
  const thing = `${takenIn === undefined ? "" : `${takenIn}と`}${direction}${how ?? ""}`;
  // (A verb in place of a bare direction takes no の before what it names: 「7-4で縮小の事業ってないよね？」 then 「じゃあ
  // 完了するのは？」 is 7-4で完了する事業 — 完了するの事業 had been searched, and 7-4's four shown: probe 402.)
  const rest =
    how && !said[2]
      ? kept.slice(replaced).replace(/^\s*の(?=\s*(?:事業|もの|やつ|取組|取り組み))/, "")
      : kept.slice(replaced);
  return {
    text: withoutLeavingOut(`${kept.slice(0, at)}${thing}`, direction) + withoutLeavingOut(rest, direction),
    as: how ? `${thing}事業` : `${thing}の事業`,
  };
}

/**
 * The text less what left out the direction now asked (「R4で拡充（臨時拡充は除く）」 then 「臨時拡充のほうは？」: the
 * bracket that left 臨時拡充 out of 拡充 would leave it out of itself — probe 332 had read every R4 project, 43 for 1).
 */
const withoutLeavingOut = (text: string, direction: string): string =>
  text.replace(EXCLUDED_DIRECTION, (said, left: string) =>
    directionLeftOut(left) === direction ? "" : said,
  );

/**
 * A direction said after a word taking back the one before (間違えた、拡充で; あ、違った、新規のほう): it replaces the
 * question before's (probe 338: 「R4で縮小の事業」 then 「間違えた、拡充で」 had read both, 縮小's project first).
 */
const DIRECTION_TAKEN_BACK = takenBack(TAKING_BACK, DIRECTION_NAMES);

/** The other way asked of the question before (逆は？, その逆だと？, じゃあ逆のは？). */
const OPPOSITE_ASKED = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(?:その\s*)?逆\s*(?:は|だと|なら|に|の場合は?|のは|のもの|のやつ)?\s*(?:どう|どれ|何件|ある)?\s*[?？。]*$`,
);
/** The direction the other way of one: what grows shrinks, what starts ends. */
const OPPOSITES: Readonly<Record<string, string>> = {
  拡充: "縮小",
  臨時拡充: "縮小",
  縮小: "拡充",
  新規: "完了",
  完了: "新規",
};

/** One more direction, taken in with the question before's (拡充も含めると？, 縮小も入れたら何件？): 1, the direction. */
const DIRECTION_ADDED = new RegExp(
  String.raw`^(?:(?:${THEN})\s*[、,]?\s*)?(${DIRECTION_NAMES})\s*(?:も|を)\s*(?:含め|入れ|加え|足(?:す|し)|合わせ|あわせ)(?:ると|たら|て)?\s*(?:は|だと|どう(?:なる)?|何件|いくつ)?\s*[?？。]*$`,
);

/** A unit or a code named: 課, 室, チーム, センター, or 7-2. */
const UNIT_OR_CODE = /[課室]|チーム|センター|\d\s*[-ー－]\s*\d/u;
/** What opens a message asking the question before again, or putting it right: じゃあ, では, いや. */
const AGAIN_OR_RIGHTED = `${THEN}|いや|いえ|ちがう|違う|違います|違った|ちがった|間違えた|まちがえた`;
/** A message opening so (see AGAIN_OR_RIGHTED), the word not run on into another (で of でも). */
const SAID_AGAIN = new RegExp(String.raw`^(?:${AGAIN_OR_RIGHTED})(?![\p{Script=Hiragana}])`, "u");
/**
 * A year and a direction said together in place of the question before's (じゃあR3に新規完了は？, いや、R4じゃなくて
 * R3で新規のは？, じゃあR5以降も続くのは？ — probe 155: read as a narrowing of the R4 完了 list, 0件; では令和4年度に継続と
 * なっているものはどれでしょうか — probe 333: 拡充 and 継続 at once, 0件). Groups: the year
 * (1), its range (2: 以降, から, まで), the direction (3), how it is said (4), or a verb of it (5: 続く, 終わる); 事業 said
 * after it (6).
 */
const YEAR_AND_DIRECTION = new RegExp(
  // (After a filler — あ、違った R4で継続のほう: probe 476 had read the year and direction over the whole plan, 31 for 1.)
  String.raw`^(?:(?:あ|あっ)\s*[、,]?\s*)?(?:(?:${AGAIN_OR_RIGHTED})\s*[、,]?\s*)*(?:(?:${ANY_YEAR})\s*(?:じゃなくて|ではなくて|でなくて|じゃなく|ではなく)\s*[、,]?\s*)?(${ANY_YEAR})\s*(以降|から|まで)?\s*(?:に|で|が|は|の|も)?\s*(?:(${DIRECTION_NAMES})\s*(する|した|予定|になる|となる|(?:に|と)なって(?:いる|る))?|(続く|続いている|続いてる|終わる|終わった|始まる|始まった))\s*(?:(?:の\s*)?(?:もの|やつ|ほう|方|(事業))|の)?\s*(?:で|は|って|だと)?\s*(?:${WHICH_ONES})?\s*[?？。]*$`,
  "i",
);

/**
 * The question before, asked of another year and direction together (「7-4から7-6の事業でR4に完了するもの」 then
 * 「じゃあR3に新規完了は？」 → 「…でR3に新規完了するもの」), when it named one of each: not a yes-or-no of the projects it
 * answered (probe 69), nor the year and direction alone over the whole plan (probe 68). Null otherwise.
 */
export function withYearAndDirectionSwapped(question: string, previous: string | undefined): Swapped | null {
  if (previous === undefined || previous.trim() === "") return null;
  const asked = YEAR_AND_DIRECTION.exec(question.normalize("NFKC").trim());
  if (!asked) return null;
  const [, said = "", range = "", name, named, verb, projects] = asked;
  // (…する事業 names the projects asked for, a question of its own — unless opened by じゃあ, では, いや: 「では、令和5年度
  // 以降も続く事業はどれでしょうか。」 asks it of the question before.)
  if (projects !== undefined && !SAID_AGAIN.test(question.trim())) return null;
  const year = `${said}${range}`;
  const direction = name ?? (verb === undefined ? undefined : directionOf(verb)) ?? "";
  const how = named ?? (verb === undefined ? "" : "する");
  const before = previous.normalize("NFKC").trim();
  // (A year said from this one too — 今年度に完了する事業 then じゃあ2025年度で縮小は？ — gives way: probe 484 had kept
  // 今年度 beside the year said, 0件.)
  const years = [...before.matchAll(YEAR_OR_RELATIVE)];
  const directions = [...before.matchAll(A_DIRECTION)];
  const [namedYear] = years;
  const [namedDirection] = directions;
  if (years.length !== 1 || directions.length !== 1 || !namedYear || !namedDirection) return null;
  // (The direction before said again of another year with も — 「R3で拡充の事業」 then 「R4も拡充のは？」 — is both years, a
  // narrowing, as it is said in one message: probe 378 had read R4's 拡充 alone.)
  if (
    new RegExp(`${escapeRegExp(said)}\\s*(?:に|で)?\\s*も`).test(question.normalize("NFKC")) &&
    directionOf(namedDirection[0]) === directionOf(direction)
  )
    return null;
  // (A verb or a range only after じゃあ, いや: 「R7まで続くのは？」 alone narrows the list — and only where the direction
  // before stands alone, not said with a verb of its own: 「R3に新規で始まった事業」.)
  if (verb !== undefined || range !== "") {
    const after = before.slice((namedDirection.index ?? 0) + namedDirection[0].length);
    // (And only where the question before names a unit or a code to keep: of a year and a direction alone —
    // 「R3に拡充する事業」 then 「じゃあR7まで続くのは？」 — it narrows, review.)
    if (
      !SAID_AGAIN.test(question.trim()) ||
      /^\s*(?:で|に|と|として)/.test(after) ||
      !UNIT_OR_CODE.test(before)
    )
      return null;
  }
  // (「じゃあR7まで続くのは？」 in place of 「そのうちR4で完了するのは？」: listed up to that year, the year and direction
  // before given way to it whole — not 継続 in some year up to it, probe 188's 「R7までで継続する」, which had kept one
  // listed to R4 only.)
  const yearSpan = spanOf(namedYear);
  const directionSpan = spanOf(namedDirection);
  if (
    range === "まで" &&
    verb !== undefined &&
    /^続/.test(verb) &&
    directionSpan.at >= yearSpan.end &&
    /^\s*(?:に|で|は|が|の)?\s*$/.test(before.slice(yearSpan.end, directionSpan.at))
  )
    return {
      text: `${before.slice(0, yearSpan.at)}${said}まで続く${before.slice(directionSpan.end)}`,
      as: `${said}まで続く事業`,
    };
  const spans = [
    { ...yearSpan, by: year },
    // (How it was said before stays when the message says none: 完了するもの → 新規完了するもの.)
    { ...directionSpan, by: `${direction}${how || (namedDirection[2] ?? "")}` },
  ].sort((a, b) => b.at - a.at);
  let text = before;
  for (const { at, end, by } of spans) text = `${text.slice(0, at)}${by}${text.slice(end)}`;
  // (A verb before 事業 takes no の: 「R3に完了した事業」, not 「…完了したの事業」.)
  return { text, as: `${year}に${direction}${how}${/[るた]$/.test(how) ? "" : "の"}事業` };
}

/** A subject said as one side of what is in view (ICT系のほうは？, じゃあWi-Fiの方は？). Group 1: the subject. */
const SIDE_OF_IT = new RegExp(
  String.raw`^(?:(?:${THEN})\s*(?:[、,]\s*)?)?([^、。？?！!\s]{1,30}?)\s*(?:のほう|の方)\s*(?:(?:は|って|だと|なら)\s*)?(?:(?:${HOW_IS_IT})\s*)?[?？。]*$`,
);

/**
 * The subject of a message asking for one side of what is in view — 「ICT系のほうは？」 after a department's list —
 * or null. Which side it is among those listed is the engine's to read (see its narrowing by a side).
 */
export function sideAsked(question: string): string | null {
  return SIDE_OF_IT.exec(question.normalize("NFKC").trim())?.[1] ?? null;
}

/** Some other subject alone (住民票のほうは？, じゃあふるさと納税は？). Group 1: the subject. */
const ANOTHER_SUBJECT = new RegExp(
  String.raw`^(?:(?:${THEN})\s*(?:[、,]\s*)?)?([^、。？?！!\s]{1,30}?)\s*(?:(?:のほう|の方)\s*)?(?:は|だと|なら|だったら|って)\s*(?:(?:${HOW_IS_IT})\s*)?[?？。]*$`,
);

/**
 * A yes-or-no just answered, asked again of another subject the message names alone (マイナンバーのやつってR5も
 * 載ってる？ then 住民票のほうは？ → 住民票はR5も載ってる？): what it was asked of gives way to the new subject. Null
 * when the message names no subject of its own (担当課は？, それは？) or the yes-or-no names none it can give way.
 */
export function withSubjectSwapped(question: string, yesOrNo: string): Swapped | null {
  const asked = ANOTHER_SUBJECT.exec(question.normalize("NFKC").trim());
  const subject = asked?.[1];
  if (!subject || !/[\p{Script=Han}\p{Script=Katakana}a-zA-Z]/u.test(subject)) return null;
  // (Nor a year: 「R5以降は？」「R5にも載っているのは？」 ask of a year, not of a subject called so — probe 80. Nor a
  // direction: 「完了するほうはいつ？」 asks which of those in view completes.)
  if (A_YEAR.test(subject) || DIRECTION_SIDE.test(subject)) return null;
  // (Not the projects as such, 同じ課の事業, nor others, ほかの事業: questions of their own, read below.)
  if (asksOnlyFields(subject) || pointsBack(subject) || GOES_ON.test(subject)) return null;
  if (NAMES_PROJECTS.test(subject) || SAME_AS.test(subject) || OTHERS.test(subject)) return null;
  // (Only the ask: not the sentence saying who asks — 「うちは市民課です。マイナンバーカードの普及促進ってR5も載ってる？」
  // had had its うち replaced, the いいえ of the other project said again — probe 483.)
  const whole = yesOrNo.normalize("NFKC").trim();
  const before = withoutOpening(whole).trim() || whole;
  // (Or at its question word, when no particle comes before it: 「ふるさと納税いつまで載ってる？」 — the って of 載ってる is
  // no particle, and 映画のやつ had taken the place of 「ふるさと納税いつまで載」: probe 248.)
  const split = /^(.+?)(?:って|は)\s*(.+)$/.exec(before);
  const atAsking = QUESTION_WORD_AFTER_SUBJECT.exec(before);
  const [, , rest] =
    atAsking && (!split || (atAsking[1] as string).length < (split[1] as string).length)
      ? atAsking
      : (split ?? []);
  if (rest === undefined) return null;
  // (「映画のは？」: the ones of 映画 — said 映画, not 「映画のはいつまで…」. A side said by what it does — 「振替データを
  // 一括で伝送する方は？」 — is said as that side, ほう: 「…伝送するの担当課」 had been read out, probe 308.)
  const said = subject.replace(/の$/u, "").replace(VERB_ENDED, "$&ほう");
  return { text: `${said}は${rest}`, as: said };
}

/** A direction said as a side (完了する, 拡充の, 縮小しない方, 完了するの): the ones in view that are so, no subject. */
const DIRECTION_SIDE = new RegExp(
  String.raw`^(?:${DIRECTION_NAMES})\s*(?:する|した|しない|しなかった|になる)?\s*の?\s*(?:ほう|方)?$`,
  "u",
);

/** A phrase ending in a verb's or an adjective's plain form (伝送する, 終わった, 新しい): no noun to put の after. */
const VERB_ENDED =
  /(?:する|した|して(?:い)?る|れる|られる|せる|(?<=\p{Script=Han})(?:[るうくぐすつぬぶむ]|[いきしちにびみり]た|しい))$/u;

/** A subject, then the question word that asks of it with no particle between (ふるさと納税いつまで載ってる？). */
const QUESTION_WORD_AFTER_SUBJECT =
  /^([^、。？?\s]*?[\p{Script=Han}\p{Script=Katakana}a-zA-Z])\s*((?:いつ|どこ|何|なに|誰|だれ|どう|どの|どれ|いくつ)[\s\S]*)$/u;

/** A field asked of a subject (おくやみコーナーの担当課は？, ロケ地ツアーの目的って？). Groups: subject (1), field on (2). */
const FIELD_OF_SUBJECT =
  /^(.+?)の\s*((?:担当課|担当|所管課|所管|目的|内容|方向性|概要)\s*(?:は|って|を)?[^。]*)$/;

/**
 * A field just asked of a subject, asked again of another subject the message names alone (おくやみコーナーの担当課は？
 * then マイナンバーカードのほうは？ → マイナンバーカードの担当課は？) — not a new search of it (probe 68). Null otherwise.
 */
export function withFieldSubjectSwapped(question: string, previousLine: string): Swapped | null {
  const asked = FIELD_OF_SUBJECT.exec(previousLine.normalize("NFKC").trim());
  // (A message that asks a field itself — ふるさと納税の担当課は？, R3の方向性は？ — is a question of its own.)
  if (!asked || FIELD_OF_SUBJECT.test(question.normalize("NFKC").trim())) return null;
  const swapped = withSubjectSwapped(question, `${asked[1]}は${asked[2]}`);
  return swapped && { ...swapped, text: `${swapped.as}の${asked[2]}` };
}

/** What no name of a pair ends or opens with: a verb's ending, もの or こと, a narrowing (その中で…). */
const PAIR_SIDE_NOT_A_NAME =
  /(?:して|する|した|している|いる|れる|られる|もの|こと|やつ)$|^(?:その|この|あの)/u;

/** Two subjects joined by と, then what is asked of them after a comma (民間提案制度と行財政改革の推進、担当課はそれぞれどこ). */
const PAIR_THEN_ASK = /^([^、,。？?]+?)\s*と\s*([^、,。？?]+?)\s*[、,]\s*([^、,]+)$/u;

/**
 * What was just asked of two subjects, asked again of two others the message names alone (民間提案制度と行財政改革の推進、
 * 担当課はそれぞれどこですか then じゃあ行財政改革とリノベの官民連携だと？ → 行財政改革とリノベの官民連携、担当課はそれぞれ
 * どこですか) — not a search of the two (probe 303: one answered, the other related). Null otherwise.
 */
export function withPairSwapped(question: string, previousLine: string): Swapped | null {
  const asked = PAIR_THEN_ASK.exec(previousLine.normalize("NFKC").trim());
  const pair = pairNamedAlone(question);
  // (Only a short ask of two names: not a preamble's 「AとBについて、…。…の事業を一覧で」 — probe 302's thread had read
  // 「その中で大学と連携しているものは？」 as two subjects put in its place.)
  if (!asked || pair === null) return null;
  const [, , second = "", ask = ""] = asked;
  if (/[。.]./u.test(ask) || /について|に関して/u.test(second)) return null;
  return { text: `${pair}、${ask}`, as: pair };
}

/**
 * Two subjects joined by と, named alone as what the question before is asked of (じゃあ行財政改革とリノベの官民連携だと？,
 * 空調と外壁は？): 「AとB」, or null — each side a word of two kanji, katakana or letters at least (not R4とR5).
 */
export function pairNamedAlone(question: string): string | null {
  const pair = ANOTHER_SUBJECT.exec(question.normalize("NFKC").trim())?.[1];
  const sides = pair?.split("と") ?? [];
  if (pair === undefined || sides.length !== 2 || A_YEAR.test(pair)) return null;
  // (Names, not what a project does — 「その中で大学と連携しているもの」 narrows the list in view.)
  if (GOES_ON.test(pair) || sides.some((side) => PAIR_SIDE_NOT_A_NAME.test(side))) return null;
  return sides.every((side) => /[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z]{2}/u.test(side)) ? pair : null;
}

/** A direction's name, first in a narrowing message (そのうち新規で始まったのは？). */
const FIRST_DIRECTION = new RegExp(DIRECTION_NAMES);
/** Some year named (R7まで続く, 令和4年度に完了), and a direction said to be had at some time (一度でも新規). */
const A_YEAR = new RegExp(ANY_YEAR, "i");
const SAYS_HAD_ONCE = new RegExp(HAD_ONCE);
/**
 * A year said with a direction, a verb of one, a range or a verb of being listed (R4に完了, 令和4年度で終わる, R6以降, R7まで
 * 続く, R4に載っている), not bare (R4の事業).
 */
const SAYS_MORE_THAN_A_YEAR = new RegExp(
  `${DIRECTION_VERBS}|以降|以後|から|まで|より(?:後|前)|以前|続|残|載|記載|書`,
);

/**
 * A narrowing message (そのうち新規で始まったのは？) that names a direction and no year, after a question of a year
 * (R7まで続く事業は何件？, R4に完了する事業): the direction had in some year of the plan, beside that year's own — not
 * a second direction for that year, which no project has (「…のうち、一度でも新規になったもの」).
 */
export function withDirectionHadOnce(
  narrowing: string,
  understood: { years: readonly unknown[]; directions: readonly unknown[]; conditions: readonly unknown[] },
  previous: string,
): string {
  if (!NARROWS_BEFORE.test(narrowing.trimStart())) return narrowing;
  if (understood.years.length > 0 || understood.conditions.length > 0 || understood.directions.length === 0)
    return narrowing;
  if (!A_YEAR.test(previous) || SAYS_HAD_ONCE.test(narrowing)) return narrowing;
  // (A list of one year said bare — 「R4の事業」 — shows each project's direction that year: 「そのうち完了は？」 is that
  // year's, as read. A range's — 「R6以降の事業」 — is had once: R6–R7's 拡充 alone had answered none of its 25.)
  if (!SAYS_MORE_THAN_A_YEAR.test(previous.normalize("NFKC"))) return narrowing;
  // (A kind of the year's own direction — 臨時拡充 after R3で拡充, 新規完了 after R4に完了 — is that year's: those of the
  // list whose direction then is that kind.)
  const kind = FIRST_DIRECTION.exec(narrowing)?.[0] as Direction | undefined;
  const before = [...previous.normalize("NFKC").matchAll(A_DIRECTION)].map((m) => m[1] as Direction);
  if (kind && before.length === 1 && kind !== before[0] && isKindOf(kind, before[0] as Direction))
    return narrowing;
  return narrowing.replace(FIRST_DIRECTION, "一度でも$&");
}

/** A year said with a verb of being listed or going on (R7まで続く, R5に載ってる, R6以降も記載がある). */
const YEAR_LISTED = new RegExp(
  String.raw`(?:${ANY_YEAR})\s*(?:まで|以降|以後|から|に|も|で|には|にも)*\s*(?:も\s*)?(?:続|残|載|記載|ある|あり)`,
  "iu",
);

/** DIRECTION_PATTERNS, each its own copy, built once: matchAll starts from a lastIndex no other reader has moved. */
const DIRECTION_PATTERNS_ANEW = DIRECTION_PATTERNS.map(
  ([pattern, direction]) => [new RegExp(pattern.source, "gu"), direction] as const,
);
/** A direction said of every year (ずっと継続, 常に, 毎年, どの年度も): no year of its own to give way to. */
const EVERY_YEAR_WORD = /ずっと|常に|いつも|毎年|全期間|どの年|全部の年|すべての年|全ての年|一貫して|一度も/u;

/**
 * The question before, when a narrowing of it names a year it is listed in and no direction (拡充の事業 then そのうちR7まで
 * 続くのは？): its directions, asked with no year, had in some year — not in the year the narrowing names (probe 480: 拡充
 * in R7, 0件 of 20, nine of which run to R7). As it was otherwise.
 */
export function withDirectionBeforeHadOnce(
  narrowing: string,
  understood: {
    years: readonly unknown[];
    directions: readonly unknown[];
    absentDirections: readonly unknown[];
  },
  previous: string,
): string {
  if (!NARROWS_BEFORE.test(narrowing.trimStart()) || !YEAR_LISTED.test(narrowing.normalize("NFKC")))
    return previous;
  if (understood.years.length === 0 || understood.directions.length + understood.absentDirections.length > 0)
    return previous;
  const before = previous.normalize("NFKC");
  if (A_YEAR.test(before) || SAYS_HAD_ONCE.test(before) || EVERY_YEAR_WORD.test(before)) return previous;
  // (Said in everyday words — 予算が増える事業, お金かけるの — the one direction they say, by its name.)
  if ((before.match(EVERY_DIRECTION_SAID) ?? []).length === 0) {
    const found = DIRECTION_PATTERNS_ANEW.flatMap(([pattern, direction]) =>
      [...before.matchAll(pattern)].map((m) => ({
        at: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        direction,
      })),
    ).sort((a, b) => a.at - b.at);
    // (Words of one direction said one after another are one saying of it: 新しく始めた — probe 493's 「そのうちR7も
    // あるのは？」 had read 新規 in R7, 0件 of four.)
    const said = found.reduce<typeof found>((spans, f) => {
      const last = spans.at(-1);
      if (last !== undefined && last.direction === f.direction && /^\s*$/u.test(before.slice(last.end, f.at)))
        return [...spans.slice(0, -1), { ...last, end: Math.max(last.end, f.end) }];
      return [...spans, f];
    }, []);
    const [one] = said;
    if (
      said.length !== 1 ||
      one === undefined ||
      /^\s*(?:ない|なかった|じゃない|ではない|以外)/u.test(before.slice(one.end))
    )
      return previous;
    return `${before.slice(0, one.at)}一度でも${one.direction}${before.slice(one.end)}`;
  }
  // (One direction, had: 「新規か拡充の事業」 had once is either, which 一度でも before each does not say; 縮小じゃない,
  // 完了しない and ずっと継続 say every year, as they are.)
  if ((before.match(EVERY_DIRECTION_SAID) ?? []).length !== 1) return previous;
  const [said] = [...before.matchAll(A_DIRECTION)];
  if (said === undefined || denies(said[2])) return previous;
  const after = before.slice((said.index ?? 0) + said[0].length);
  if (/^\s*(?:じゃない|ではない|でない|じゃなかった|ではなかった|以外|を?除|は除|なし|無し)/u.test(after))
    return previous;
  return before.replace(FIRST_DIRECTION, "一度でも$&");
}

/** How many projects just answered a follow-up can name, at most: a longer list stays the question it was. */
export const MAX_PROJECTS_NAMED = 5;

/**
 * What points back at the projects just answered, at the message's start: それって, その事業の, あの事業は, これ,
 * そのうち / その中で (the list narrowed), それぞれの, and an ordinal (2番目のやつ, 最初の事業, 前者, 後者, それの2つ目 —
 * probe 166) picking one of them.
 * Groups: an ordinal (1: 2番目, 一番上, 上から3つ目 — after そのうち too, still one picked; not a year's place, その
 * うち最後の年度まで…), a narrowing word (2), a singular 「その事業」 (3).
 */
// (A particle that opens a word is no particle: もう終わった, はじまった, できた — probe 129 had quoted 「…はう終わった」.)
const POINTING_LEAD = new RegExp(
  String.raw`^\s*(?:(?:じゃあ|じゃ|では|で|あと|ちなみに|それで|それと|それから|また|ついでに)\s*[、,]?\s*)?(?:(?:(?:その|この)(?:うち|中で)\s*[、,]?\s*)?(?:その|この|(?:それ|これ|あれ)\s*の|${LIST_BEFORE_PLACE})?\s*(?:上から\s*)?([1-9１-９]|[一二三四五]|最初|最後|一番上|いちばん上|一番下|いちばん下|前者|後者)(?:(?:番目|つ目|個目|件目)(?:\s*の\s*(?:やつ|事業|もの|ほう|方|取組|取り組み)?)?|\s*の\s*(?:やつ|事業|もの|ほう|方|取組|取り組み)?|(?<=者)|(?<=[初後上下])(?=\s*(?:だけ|のみ)))(?!\s*(?:年度|年|月|回|頃|ころ)|${RANKED_PLACE_AFTER})|(${NARROWING})|(?:それぞれ|両方|両者)(?:\s*とも)?\s*の?|(?:どちら|どっち)も(?!\s*の)|それら\s*の?|((?:その|この|あの|そちらの|こちらの)\s*(?:事業|取組|取り組み|件|やつ))|(?:その|この|あの)(?!うち|中)|(?:それ|これ|あれ)(?!ぞれ|ら|以外|から)|(?:こちら|そちら)(?=\s*(?:は|って|も)))?\s*(?:って|は(?!じ)|の|も(?![うしっ])|で(?![きす])|に|が|って|、|,)?\s*`,
);

const ORDINALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  最初: 1,
  一番上: 1,
  いちばん上: 1,
};
/** The number an ordinal's word says (2, ２, 三, 最初, 一番上), counted from 1. */
const placeNumber = (ordinal: string): number => ORDINALS[ordinal] ?? Number(ordinal.normalize("NFKC"));

/**
 * A follow-up asked of the projects just answered, named by their names (「それっていつまで？」 after three projects →
 * 「A、B、Cはいつまで？」; 「2番目のやつの担当は？」 → 「Bの担当は？」), as if the asker had named them: a project named
 * in full is what a question asks about. Null when it narrows the list (そのうち), the ordinal is beyond the list, or
 * the names do not fit in a question.
 */
export function askedOfProjects(question: string, names: readonly string[]): string | null {
  // (A count alone counts the list as it was read, not its projects searched again by their names.)
  if (asksCountAlone(question)) return null;
  // 「上の2つの担当課は？」「1つ目と2つ目は？」: those projects, named.
  const many = manyPicked(question, names);
  if (many !== null) {
    if (many.rest === "" || /^[?？。]+$/.test(many.rest)) return many.picked.join("、");
    const read = `${many.picked.join("、")}${joinerBefore(many.rest)}${many.rest}`;
    return [...read].length <= MAX_QUESTION_CHARS ? read : null;
  }
  const lead = POINTING_LEAD.exec(question) as RegExpExecArray;
  const rest = question.slice(lead[0].length).trim();
  // (A list narrowed, そのうち…のは？, is read after the question before, whose conditions it adds to.)
  if (names.length === 0 || lead[2] !== undefined) return null;
  const picked = pickedOf(lead, names);
  if (picked.length === 0) return null;
  // (Nothing pointing, the ones that are so asked — 「もう終わったのは？」 after Wi-Fi's five — is of them, as そのうち is:
  // 「A、B…はもう終わったのは？」 had read as no narrowing, and 「それ以外は？」 next found none — probe 193.)
  // (As pointed: a direction alone — 「跡地」 then 「完了は」 — is of the ones that have it, そのうち完了のは; read as typed
  // after their names, 完了 had been a word of theirs, and the three answered again — probe 349.)
  if (lead[0].trim() === "" && narrowsWhenPointed(rest)) return narrowedAmong(pointingBack(rest), names);
  // 「2番目のは？」 and nothing more: that project, as if named alone.
  if (rest === "") return lead[1] !== undefined ? (picked[0] as string) : null;
  const joiner = joinerBefore(rest);
  // (「それぞれのR5は？」 keeps its それぞれ: a year asked of each, not which of them are listed then — probe 150 had lost
  // the one the plan does not list in R5.)
  const each = /それぞれ|両方|両者|(?:どちら|どっち)も/.test(lead[0]) && YEAR_FIRST.test(rest);
  const read = `${picked.join("、")}${each ? "は、それぞれ" : joiner}${rest}`;
  return [...read].length <= MAX_QUESTION_CHARS ? read : null;
}

/**
 * What joins projects' names to what is asked of them: の before a field or a year's own (Aの担当は？, AのR5の方向性は？),
 * は before anything else (Aはいつまで？).
 */
const joinerBefore = (asked: string): "の" | "は" =>
  /^(?:担当|所管|目的|内容|中身|概要|方向性|予算|課|コード|番号|取組番号|事業番号|事業名|名称|名前|連絡先|電話番号|対象|(?:[rRｒＲ]\s*\d{1,2}|令和\s*\d{1,2}\s*年度?|20\d\d\s*年度?)\s*の)/.test(
    asked,
  )
    ? "の"
    : "は";

/** A year said first (R5は？, 令和5年度の方向性は？, 2023年度は？). */
const YEAR_FIRST = new RegExp(`^(?:${ANY_YEAR})`, "i");

/**
 * A list narrowed (「そのうちR5以降も載ってるのは？」) of the few projects a search just answered, named: those of
 * them the narrowing keeps — read again as a search, the words before would find the one whose name holds them all
 * (probe 69: Wi-Fi's five projects narrowed to 貸室利用者向けWi-Fi環境整備事業, not listed in R5). Null otherwise.
 */
export function narrowedAmong(question: string, names: readonly string[]): string | null {
  const lead = POINTING_LEAD.exec(question) as RegExpExecArray;
  if (lead[2] === undefined || names.length === 0) return null;
  const rest = question.slice(lead[0].length).trim();
  if (rest === "") return null;
  const read = `${plainNames(names).join("、")}のうち${rest}`;
  return [...read].length <= MAX_QUESTION_CHARS ? read : null;
}

/**
 * What a narrowing asks of a list, less its lead (そのうちWi-Fiのやつは？ → Wi-Fiのやつは？): null when the message is no
 * narrowing (そのうち, その中で) or says nothing after it.
 */
export function narrowingRest(question: string): string | null {
  const lead = POINTING_LEAD.exec(question) as RegExpExecArray;
  const rest = question.slice(lead[0].length).trim();
  return lead[2] === undefined || rest === "" ? null : rest;
}

/**
 * Projects' names said plainly, each once: without the place that tells two of one name apart (（7-2 No.3）) when
 * both are there — one of them alone keeps it, or its name read again would find the other too (probe 75).
 */
const plainNames = (names: readonly string[]): string[] => {
  const plain = names.map((n) => n.replace(SAID_PLACE, ""));
  const both = (name: string) => plain.filter((other) => other === name).length > 1;
  return [...new Set(plain.map((name, i) => (both(name) ? name : (names[i] as string))))];
};

/** The projects a follow-up's lead points at: all, the first (その事業), or one by its place (none beyond the list). */
function pickedOf(lead: RegExpExecArray, names: readonly string[]): string[] {
  const ordinal = lead[1];
  // 「その事業」 is one project: the first of those answered (「それ」 may be all of them). All of them are named
  // plainly, each name once (the place that tells two of one name apart would read as codes asked).
  if (ordinal === undefined) return lead[3] !== undefined ? names.slice(0, 1) : plainNames(names);
  // (前者 and 後者: the first and the last of those answered — of two, the one named first or second.)
  const n = /最後|下|後者/.test(ordinal) ? names.length : ordinal === "前者" ? 1 : placeNumber(ordinal);
  const one = names[n - 1];
  return one === undefined ? [] : [one];
}

/**
 * Another of a list's projects by its place, after one was picked from it (「最初の事業の目的は？」 then 「2番目のやつは？」
 * or 「3番目は？」): what was asked of the one picked, of this one — or what this message asks of it, if it asks anything
 * (「2番目の担当は？」). Null when it is beyond the list.
 */
export function pickedAgain(question: string, names: readonly string[], picked: string): string | null {
  const lead = POINTING_LEAD.exec(question) as RegExpExecArray;
  const [one] = pickedOf(lead, names);
  if (one === undefined) return null;
  const before = names.find((name) => picked.startsWith(name));
  const rest = question.slice(lead[0].length);
  if (before !== undefined && /^[\s?？。]*$/.test(rest)) return `${one}${picked.slice(before.length)}`;
  return askedOfProjects(question, names);
}

/**
 * The place a follow-up picks by its number (2番目の, 三つ目, 上から3番目): that number; null for none, and for 最初, 最後,
 * 一番上 and 一番下, which are places of whichever list is meant.
 */
export function numberPicked(question: string): number | null {
  const ordinal = (POINTING_LEAD.exec(question) as RegExpExecArray)[1];
  return ordinal === undefined || /最|上|下|者/.test(ordinal) ? null : placeNumber(ordinal);
}

/** Whether a follow-up picks one of the projects just answered (2番目のやつ, その事業) rather than all of them. */
export function picksOne(question: string): boolean {
  // (最初の2つ picks two: see MANY_PICKED.)
  if (MANY_PICKED_LEAD.test(question)) return false;
  const lead = POINTING_LEAD.exec(question) as RegExpExecArray;
  return lead[1] !== undefined || lead[3] !== undefined;
}

/** Whether a follow-up picks one of the projects just answered by its place (2番目のやつ, 最初の事業): of any list. */
export function picksByPlace(question: string): boolean {
  return (
    (POINTING_LEAD.exec(question) as RegExpExecArray)[1] !== undefined || MANY_PICKED_LEAD.test(question)
  );
}

/**
 * The other one of two, or the rest, after one of them was answered: もう一個のほう, もう一つの事業, もう片方, 残りのやつ
 * (probe 149: 「さっきのもう一個のほうはなにやるの」 had been searched, 0件) — what else was answered before it. Only
 * as what is asked about, before は, って, だと or the end, or with what the other is (もう一個の市税のやつ):
 * 「残りの期間で完了するのは？」「もう一つの質問ですが…」 ask for no others (review).
 */
const OTHER_ONE = String.raw`(?:さっきの\s*)?(?:もう\s*(?:一個|一つ|ひとつ|いっこ|1個|1つ|一方|片方|かたほう)|残り(?:\s*の?\s*(?:[1-9１-９]|[二三四五六七八九]|ふた|みっ|よっ)\s*(?:件|つ|個|事業))?)(?:\s*の\s*(?:ほう|方|やつ|事業|もの|取組|取り組み))?`;
/** Other than what was just answered: ほかには？, それ以外だと？, 市民協働推進課のほかの事業, それ以外で財産活用課の事業は？. */
const OTHERS = new RegExp(
  String.raw`(?:ほか|他|それ以外)(?=の|に|は|だと|では|で|って|\s*[?？]|$)|${OTHER_ONE}(?=(?:の\s*)?(?:は|だと|って|も|\s*[?？]|$)|の\s*[^\s、,。?？]{1,12}?の?\s*(?:ほう|方|やつ)|の\s*[^\s、,。?？]{1,12}?の\s*(?:事業|取組|取り組み))`,
);
/** A kind of place opening what others are asked of (他の「施設の」, ほかの「地域で」): see othersAsked. */
const OTHER_PLACES =
  /^(?:施設|場所|ところ|所|館|会館|センター|地域|地区|部屋)\s*(?:でも|にも|には|の|で)\s*(?=\S)/u;
const OTHERS_LEAD = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?(?:それ以外|ほか|他|${OTHER_ONE})(?:には|にも|に|は|だと|では|で|って|の)?\s*[、,]?\s*`,
);
/**
 * The other one asked of at once: 「もう片方の目的は？」「残りのやつはいつ終わる？」 — the other projects (「もう片方は？」)
 * and what is asked of them (「目的は？」), or null. Only a field asked (目的, 内容, 担当, いつ): 「残りの期間で完了するのは？」
 * asks a list of its own (probe 149 left these at 0件, the field searched with the others left out).
 */
export function otherOneAsked(question: string): AskedOfSome | null {
  const m = OTHER_ONE_THEN.exec(question.trim());
  // (Not the rest of the years or of the period: 「残りの年度の方向性は？」 asks of the project in view — review.)
  if (m === null || /^(?:年度|期間|年|月)/.test(m[2] as string)) return null;
  const asked = fieldAsked(m[2] as string);
  return asked === null ? null : { ones: `${m[1] as string}は？`, asked };
}
/**
 * The rest of the list in view asked of at once: 「それ以外はR7まで続く？」「残りの担当課は？」「ほかの事業の目的も」 (probe 415)
 * — 「それ以外は？」 (see
 * othersAsked) and what is asked of them, or null. Only a field or a year asked (probe 193: the year had been read as a
 * question of its own, the whole plan's 24 of R7 answered less the one shown).
 */
export function theRestThenAsked(question: string): AskedOfSome | null {
  const m = THE_REST_THEN.exec(question.trim());
  const asked = m === null ? null : fieldAsked(m[1] as string);
  return asked === null ? null : { ones: "それ以外は？", asked };
}
const THE_REST_THEN =
  /^(?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?(?:(?:それ以外|残り)(?:\s*の\s*(?:もの|事業|やつ))?|(?:ほか|他)\s*の\s*(?:もの|事業|やつ))\s*(?:は|って|だと|の)\s*[、,]?\s*([^\s、,。?？].*)$/su;

/**
 * The rest of the list in view narrowed at once: 「残りでR7まで続くのは」「のこりの2つはR5もある？」「それ以外で臨時拡充は？」
 * — 「残りは？」 then 「そのうち…」 (probe 261: the rest's list had been dropped, the whole plan's R7 answered less the ones
 * shown, or 残り searched, 0件). Null when nothing follows, or it is the rest of the years (残りの期間で完了するのは？).
 */
export function theRestNarrowed(question: string): AskedOfSome | null {
  const m = THE_REST_NARROWED.exec(question.trim());
  const rest = (m?.[1] ?? "").trim();
  return rest === "" || /^(?:年度|期間|年|月)/.test(rest)
    ? null
    : { ones: "残りは？", asked: `そのうち${rest}`, ofTheRest: true };
}
const THE_REST_NARROWED =
  /^(?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?(?:(?:残り|のこり)(?:\s*の?\s*(?:[1-9１-９]|[二三四五六七八九]|ふた|みっ|よっ)\s*(?:件|つ|個|事業))?(?:\s*の\s*(?:もの|事業|やつ))?\s*(?:の中で|のうち|で|は|って|だと)|それ以外\s*(?:の中で|のうち|で))\s*[、,]?\s*([^\s、,。?？].*)$/su;

/** What a message asks in two steps: which projects (ones, as a follow-up of its own), then what of them (asked). */
export interface AskedOfSome {
  ones: string;
  asked: string;
  /** The ones are the rest of the list in view (残りで…): said so, not as a question the asker never typed. */
  ofTheRest?: true;
}

/**
 * The ones of those in view that are so, and what is asked of them, in one message: 「完了しないほうの担当課は？」 —
 * 「完了しないのは？」 then 「担当課は？」 (probe 151: the thread's 7-2-7 had been dropped, 34 projects of the whole plan
 * answered). Null when no field or year is asked of them.
 */
export function oneThatThenAsked(question: string): AskedOfSome | null {
  const m = ONE_THAT_THEN.exec(question.trim());
  const asked = m === null ? null : fieldAsked(m[2] as string);
  return m === null || asked === null ? null : { ones: asOneCompared(`${m[1] as string}のは？`), asked };
}
/**
 * A verb or an adjective, then ほう (or 方 after a plain form or an adjective of size or time — not 使い方, 言い方),
 * then の, は or って and what is asked: 完了しないほうの担当課は？, 長く続く方の目的, 短い方はいつ完了？ (probe 154).
 */
const ONE_THAT_THEN =
  /^([^、,。?？\s]{1,20}?)(?:(?<=[うくぐすつぬぶむるたいなだ])\s*ほう|(?<=[うくぐすつぬぶむるただ]|(?:長|短|早|遅|多|少)い)\s*方)\s*(?:の|は|って)\s*([^\s、,。?？].*)$/su;

/**
 * One side of those in view named by a noun, and what is asked of it, in one message: 「補助金のほうはいつまで？」
 * 「えんがわの方の担当課は？」 — 「補助金のほうは？」 (see sideAsked) then 「いつまで？」. Null when no field, year or
 * when is asked of it; whether the noun is a side of the list or another subject is the engine's to read.
 */
export function sideThenAsked(question: string): AskedOfSome | null {
  const m = SIDE_THEN.exec(question.normalize("NFKC").trim());
  // (Not after そのうち: 「そのうち周辺道路のほうの担当は」 narrows as it says, the side its subject.)
  if (m === null || NARROWING_WORD.test(m[1] as string)) return null;
  const asked = fieldAsked(m[2] as string);
  return asked === null ? null : { ones: `${m[1] as string}のほうは？`, asked };
}
const SIDE_THEN = new RegExp(
  String.raw`^(?:(?:${THEN})\s*(?:[、,]\s*)?)?([^、,。?？!！\s]{1,30}?)\s*(?:のほう|の方)\s*(?:の|は|って)\s*[、,]?\s*([^\s、,。?？].*)$`,
  "su",
);

/** What is asked after the one or ones it is asked of, when it is only a field or a year (R5の方向性は？, 担当課は？). */
function fieldAsked(rest: string): string | null {
  // (Now said first — もう一方は今どうなってる？, 残りは現在どう？ — is how it stands: the same ask — probe 276.)
  const asked = rest.trim().replace(NOW_FIRST, "");
  // (A year asked of it is its direction then: もう一方のR5の方向性は？, 残りのR7は？ — probe 150.)
  const ask = askingClause(stripRegister(asked)).replace(YEARS_SAID, " ");
  return ask.trim() !== "" &&
    (asksOnlyFields(ask) ||
      YEAR_ONLY.test(asked.replace(/\s+/g, "")) ||
      WHEN_OF_THE_ONE.test(asked) ||
      STILL_OR_ENDED.test(asked) ||
      YEAR_DIRECTION_ONLY.test(asked.replace(/\s+/g, "")))
    ? asked
    : null;
}
/** 今, 現在 or 現状 opening what is asked of it (今どうなってる？): how it stands, as the same ask without it. */
const NOW_FIRST = /^(?:今|いま|現在|現状|目下)\s*(?:は|って|だと|で)?\s*[、,]?\s*(?=\S)/u;
/** When a direction of it falls, asked (何年度に完了？, いつ終わる？, 何年度から始まった？): of it, as a field is (probe 197). */
const WHEN_OF_THE_ONE =
  /^(?:(?:何|なん)\s*年度\s*(?:に|で|から|まで)?|いつ\s*(?:に|から|まで)?)\s*(?:完了|終了|終わ|おわ|始ま|はじま|開始|スタート|新規|拡充|縮小)\p{Script=Hiragana}*\s*[?？。]*$/u;
/**
 * Whether it still goes on or has ended, of it (もう終わってる？, まだやってる？, もう完了した？: probe 246's 「もう一つのほうは
 * もう終わってる？」 had asked the whole plan's completed projects).
 */
const STILL_OR_ENDED =
  /^(?:もう|既に|すでに|まだ)\s*\p{Script=Han}{0,4}\p{Script=Hiragana}{1,10}\s*[?？。]*$/u;
/** A year and a direction of it, asked (R4で完了だっけ？, R7まで続く？: probe 247's 「もう一つはR4で完了だっけ？」). */
const YEAR_DIRECTION_ONLY = new RegExp(
  String.raw`^(?:${ANY_YEAR})(?:で|に|まで|から)?(?:${DIRECTION_NAMES}|続|終わ|載)\p{Script=Hiragana}{0,10}[?？。]*$`,
  "iu",
);
const YEARS_SAID = new RegExp(String.raw`(?:${ANY_YEAR})\s*(?:以降|から|まで)?`, "giu");
/** A year alone, asked, its spaces taken out (R5は？, 令和7年度って？): no run of spaces to backtrack over (review). */
const YEAR_ONLY = new RegExp(
  String.raw`^(?:${ANY_YEAR})(?:以降|から|まで)?(?:は|って|だと|の)?[?？]*$`,
  "iu",
);

/** 「もう一方は？」「残りのやつの担当課は？」: the other one asked, with or without a field of it. */
export const asksTheOtherOne = (question: string): boolean =>
  otherOneAsked(question) !== null || OTHER_ONE_ALONE.test(question.trim());
const OTHER_ONE_ALONE = new RegExp(
  String.raw`^(?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?${OTHER_ONE}\s*(?:は|って|だと|の)?\s*[?？]*$`,
);
const OTHER_ONE_THEN = new RegExp(
  String.raw`^((?:(?:じゃあ|じゃ|では|で|あと)\s*[、,]?\s*)?${OTHER_ONE})\s*(?:の|は|って|だと)\s*[、,]?\s*([^\s、,。?？].*)$`,
  "su",
);
/** A narrowing follow-up, the last of a chain: what it narrowed is the list 「それ以外」 is the rest of. */
// (Or said by its end alone, as a thread's narrowing often is: R3が継続のものだけ, 完了するやつのみ.)
const NARROWS_BEFORE = new RegExp(
  `^(?:${NARROWING})|(?:の|もの|やつ)\\s*(?:だけ|のみ)\\s*(?:で|を|に)?\\s*[?？。]?\\s*$`,
);

/**
 * A follow-up asking for what the answer before left out (「ほかには？」「それ以外だと？」「市民協働推進課のほかの事業」):
 * the question it asks once その other is taken off (「市民協働推進課の事業」), or — when it asks nothing else — the
 * question before, or what that one narrowed (施策7-5の事業 then そのうちR6にも載ってるのは？ then それ以外だと？ asks
 * 施策7-5の事業). Null when the message asks for no others.
 */
/**
 * Words that say a project is related or alike (関係ありそう, 関連する, 似たような), or of another unit (それ以外の課のもの), or
 * ask how it stands now (それ以外のものは今どうなって), or ask to be shown (教えて, 見せてください): no subject of their own
 * (probe 135: 課 and 今 had been asked, 0件).
 */
const RELATED_WORDS =
  /関係|関連|似た|近い|同じような|同様の?|(?:担当|所管)?課|部署|今|現在|状況|教え|見せ|知り|下さい|願い/g;

export function othersAsked(question: string, previous: string): string | null {
  if (!OTHERS.test(question)) return null;
  const rest = question
    .trim()
    .replace(OTHERS_LEAD, "")
    // (「他の施設のWi-Fiは？」 after コミセンのWi-Fi: the other places of the kind the one in view is — the kind is no
    // subject of its own; probe 181 had found 施設予約 by 施設 before the centres' Wi-Fi.)
    .replace(OTHER_PLACES, "")
    .replace(/の(?:ほか|他)の|以外の/, "の")
    // 「スマートロックを入れる事業は他にある？」: the others asked after the subject, before the verb.
    .replace(/(?:ほか|他)\s*(?:に|には|にも)(?=\s*(?:ある|あり|ない|って|[?？]|$))/, "");
  // (「他にも関係ありそうなのある？」: words of being related name no subject — the question before is asked again.)
  const said = rest.replace(/事業|もの|取組|取り組み/g, "").replace(RELATED_WORDS, "");
  // (The rest of a list asked of a year or a direction alone — 「じゃあもう一つのほうはR7まで？」 after one of two — is that
  // list's rest, its directions shown: probe 333 had asked R7まで of the whole plan less the two, 42件.)
  const ofTheRest =
    THE_REST.test(question) && !WORD_SAID.test(said.replace(YEAR_WITH_SPAN, "").replace(DIRECTION_NAMED, ""));
  return WORD_SAID.test(said) && !ofTheRest ? rest : listOthersAreOf(question, previous);
}

/** A character of a word: a kanji, katakana, Latin letter or digit. */
const WORD_SAID = /[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9０-９]/u;

/**
 * A chain whose last question said who asks, then asked of the asker's own unit (財産活用課です。うちの課でR3に新規の事業は？):
 * that question as asked — 財産活用課でR3に新規の事業は？ — so that ほかの課だと？ leaves out the unit asked of, not the
 * sentence that said who asks (probe 483 had read 「財産活用課以外です。うちの課で…」: 0件). As it was otherwise.
 */
function withOwnUnitNamed(previous: string): string {
  const lines = previous.split("\n");
  const last = (lines.at(-1) as string).trim();
  const asked = withoutOpening(last);
  const intro = asked === last ? "" : last.slice(0, Math.max(0, last.lastIndexOf(asked)));
  const who = SELF_INTRODUCED.test(intro) ? UNIT_NAMED.exec(intro)?.[0] : undefined;
  if (who === undefined) return previous;
  const own = asked.search(OWN_UNIT_ONCE);
  const bare = own < 0 ? OUR_PLACE_AFTER_INTRODUCTION.exec(` ${asked}`) : null;
  const named =
    own >= 0
      ? asked.replace(OWN_UNIT_ONCE, who)
      : bare !== null
        ? `${asked.slice(0, bare.index - 1)}${who}${asked.slice(bare.index - 1 + "うち".length)}`
        : null;
  return named === null ? previous : [...lines.slice(0, -1), named].join("\n");
}
const OWN_UNIT_ONCE = new RegExp(OWN_UNIT.source, "u");

/** The list whose others a message naming no subject of its own asks for (see othersAsked). */
function listOthersAreOf(question: string, typed: string): string {
  const previous = withOwnUnitNamed(typed);
  const lines = previous.split("\n");
  const last = (lines.at(-1) as string).trim();
  // 「人事課の事業は？」 then 「それ以外の課のものは？」: the other units' projects — the one named left out (review: 0件
  // under 条件: 人事課).
  const unit =
    OTHER_UNITS.test(question) && !NARROWS_BEFORE.test(last) ? UNIT_NAMED.exec(last)?.[0] : undefined;
  if (unit) return withUnitLeftOut(lines, lines.length - 1, unit);
  // 「財産活用課の事業」「そのうちR3で拡充は？」 then 「他の課だと？」: the same narrowing, of the other units — the unit
  // the thread named left out where it named it (probe 144: the unit's own other projects had been answered, the
  // narrowing dropped).
  // (A narrowing to a unit — そのうち人権・男女共生課のものは？ — is asked again without it, below.)
  if (OTHER_UNITS.test(question) && NARROWS_BEFORE.test(last) && !UNIT_NAMED.test(last)) {
    const at = lines.findLastIndex((line) => UNIT_NAMED.test(line));
    const named = at < 0 ? null : (lines[at] as string).match(UNITS_NAMED);
    if (named?.length === 1) return withUnitLeftOut(lines, at, named[0] as string);
  }
  // (A narrowing said with no そのうち — 「R7まで続くのはどっち？」 after two — narrows as well: probe 197's 「もう片方は？」
  // had asked it again, 0件.)
  if (lines.length > 1 && (NARROWS_BEFORE.test(last) || narrowsWhenPointed(last)))
    return lines.slice(0, -1).join("\n");
  // 「残りは？」 after a narrowing read in one line — 「A、B、C…のうちもう終わったのは」, the projects of a search named —
  // is the rest of the list before のうち (probe 169 had asked the narrowing again: 0件 beside the four still running).
  // (「他には？」 there asks for more that are so: probe 115's 「そのうち完了したやつは？」 then 「他には？」 wants none.)
  const narrowedAt = last.lastIndexOf(NARROWED_IN_LINE);
  return narrowedAt > 0 && THE_REST.test(question) ? last.slice(0, narrowedAt) : previous;
}
/**
 * Another side of the list a narrowing was of, asked with じゃあ or では (「人権・男女共生課の事業」「そのうちWi-Fi関係は？」 then
 * 「じゃあ工事するのは？」): the list before that narrowing, narrowed so instead — read alone, probe 339's had asked 工事 of the
 * whole plan, another unit's two projects among it. Only a message of the ones (…のは？, …のやつは？) and only after a
 * narrowing; null otherwise. (What it names beside — a unit, a year — understanding decides first: see the caller.)
 */
export function siblingNarrowing(question: string, previous: string): string | null {
  const m = SIBLING_ASKED.exec(question.normalize("NFKC").trim());
  const lines = previous.split("\n");
  const last = (lines.at(-1) ?? "").trim();
  if (!m || lines.length < 2 || !NARROWS_BEFORE.test(last)) return null;
  return `${lines.slice(0, -1).join("\n")}\nそのうち${(m[1] as string).trim()}のは？`;
}
const SIBLING_ASKED = new RegExp(
  String.raw`^(?:${THEN})\s*[、,]?\s*([^、,。?？\s]{1,20}?)\s*(?:の|もの|やつ)\s*(?:は|って)\s*(?:どれ|どっち|どちら)?\s*(?:ですか|でしょうか|か)?\s*[?？。]*$`,
);

/** What joins a list to its narrowing within one line (Aの事業のうちR4に完了するのは). */
const NARROWED_IN_LINE = "のうち";
/**
 * The rest of a list, not more of what it was narrowed to: 残り (the word OTHER_ONE reads), and それ以外, which points at
 * the ones just answered and asks for the others (probe 172: 「Wi-Fi関係の事業」「そのうちもう完了したものは？」 then
 * 「それ以外は？」 had looked for more that had ended, 0件) — where ほか (他には？) asks for more that are so.
 */
// (And もう一つのほう, the other of two when one was narrowed to: 「いのち・愛・ゆめセンターの事業」「そのうち工事のほうは
// もう終わった？」 then 「じゃあもう一つのほうはR7まで？」 — probe 333 had listed the plan's other 42.)
const THE_REST = new RegExp(
  `それ以外|${OTHER_ONE}|^\\s*(?:(?:じゃあ|じゃ|で|では)\\s*[、,]?\\s*)?(?:他|ほか)\\s*(?:の\\s*(?:事業|やつ|もの|分))?\\s*は\\s*[?？。]*\\s*$`,
  "u",
);
/**
 * Whether a message asks for the rest of a list (残りは？, それ以外は？, 他は？ — "and the others?"), not for more that
 * are so (他には？). (Probe 349: 「7-7」「R7まで」 then 「他は」 had found none, the code's other three left out.)
 */
export const asksTheRest = (question: string): boolean => THE_REST.test(question);

/** The question before, its line `at` (its last, or the one a narrowing narrowed) asking for all units but `unit`. */
const withUnitLeftOut = (lines: readonly string[], at: number, unit: string): string =>
  lines.map((line, i) => (i === at ? line.trim().replace(unit, `${unit}以外`) : line)).join("\n");

/**
 * 「人事課の事業は？」 then 「じゃあ人事課以外は？」: the unit the question before asked of, now left out — the other
 * units' projects, not the list just answered less all of it (review: 人事課's two had been answered again); of more
 * than one named, the question without it (「人事課と市民課の事業」 less 人事課 is 市民課's). Null when the question
 * before named none of them, or narrowed a list.
 */
export function unitLeftOutOfBefore(
  leftOut: readonly string[],
  previous: string,
  codesLeftOut: readonly string[] = [],
): string | null {
  const lines = previous.split("\n");
  const last = (lines.at(-1) as string).trim();
  if (NARROWS_BEFORE.test(last)) return null;
  // (So is a code: 「7-2の事業でR4に完了するもの」 then 「7-2以外だと？」 — probe 378 had kept 7-2 beside 7-2以外, 0件.)
  const codes = [...last.matchAll(CODES_SAID)];
  const [code] = codes;
  if (codes.length === 1 && code && codesLeftOut.includes(canonicalCode(code)))
    return withUnitLeftOut(lines, lines.length - 1, code[0]);
  const units = last.match(UNITS_NAMED) ?? [];
  const unit = units[0];
  // 「情報システム課とDX推進チームの事業」 then 「DX推進チームを外すと？」: of two or more named, the one left out taken out of
  // the question, the others kept (probe 496 had left out both, 38件); so of codes (7-2と7-4で完了するもの, 7-4は外して).
  const dropped = (named: readonly string[], out: (n: string) => boolean) => {
    const gone = named.filter(out);
    if (named.length < 2 || gone.length === 0 || gone.length === named.length) return null;
    return [...lines.slice(0, -1), withoutNamed(last, gone)].join("\n");
  };
  const ofCodes = dropped(
    codes.map((m) => m[0]),
    (c) => codesLeftOut.includes(canonicalCode(codes.find((m) => m[0] === c) as RegExpMatchArray)),
  );
  if (ofCodes !== null) return ofCodes;
  const ofUnits = dropped(last.match(UNITS_LISTED) ?? [], (u) => leftOut.includes(u));
  if (ofUnits !== null) return ofUnits;
  if (units.length !== 1 || unit === undefined) return null;
  return leftOut.includes(unit) ? withUnitLeftOut(lines, lines.length - 1, unit) : null;
}
/**
 * 「7-2と7-4で完了するもの」 then 「7-4だけだと？」: of two or more units or codes the question before named, the one kept
 * alone — that question with the others taken out, its conditions kept (probe 496 had listed all of 7-4's, 完了
 * dropped). Null when the message keeps no one of them, or the question before narrowed a list.
 */
export function onlyOneKept(question: string, previous: string): string | null {
  const kept = ONE_KEPT.exec(question.normalize("NFKC").trim())?.[1]?.trim();
  const lines = previous.split("\n");
  const last = (lines.at(-1) ?? "").trim();
  if (kept === undefined || NARROWS_BEFORE.test(last)) return null;
  for (const named of [last.match(UNITS_LISTED) ?? [], [...last.matchAll(CODES_SAID)].map((m) => m[0])]) {
    if (named.length < 2 || !named.includes(kept)) continue;
    return [
      ...lines.slice(0, -1),
      withoutNamed(
        last,
        named.filter((n) => n !== kept),
      ),
    ].join("\n");
  }
  return null;
}
/** One kept alone: 7-4だけだと？, 市民課のみでは？, じゃあ人事課だけなら？. */
const ONE_KEPT =
  /^(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?([^\s、,。?？]+?)\s*(?:だけ|のみ)\s*(?:だと|では|なら|で|は|にすると|にしたら)?\s*(?:どう|どうなる)?\s*[?？。]*$/u;
/** What joins two named units or codes: と, や, ・, 、, 及び. */
const JOINED = String.raw`\s*(?:と|や|・|、|,|及び|および)\s*`;
/** A question with each of `names` taken out, with what joined it to the one before or after it. */
const withoutNamed = (line: string, names: readonly string[]): string =>
  names.reduce(
    (rest, n) =>
      rest.replace(new RegExp(`(?:${JOINED})${escapeRegExp(n)}|${escapeRegExp(n)}(?:${JOINED})`, "u"), ""),
    line,
  );
/** A policy's or an initiative's code as typed (7-2, 7ー2ー4, 7の2): groups 1–3 its numbers. */
const CODES_SAID =
  /(?<![\d－ー‐-])(\d)\s*[-－ー‐の]\s*(\d{1,2})(?:\s*[-－ー‐の]\s*(\d{1,2}))?(?![\d－ー‐]|\s*-\d)/gu;
const canonicalCode = (m: RegExpMatchArray): string =>
  [m[1], m[2], m[3]].filter((n) => n !== undefined).join("-");
/** Other units asked for: それ以外の課, ほかの課, 他の担当課. */
const OTHER_UNITS = /(?:それ以外|ほか|他)\s*の\s*(?:担当|所管)?(?:課|部署)/;
/** A unit named in a question: 人事課, 財産活用課, DX推進チーム. */
const UNIT_NAMED =
  /[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{1,20}?(?:課|室|チーム)(?=\s*(?:の|が|で|は|って|以外|$))/u;
/** Every unit named in a question (String.match with the g flag: no lastIndex kept between calls). */
const UNITS_NAMED = new RegExp(UNIT_NAMED.source, "gu");
/** Every unit named, also one joined to the next (情報システム課とDX推進チーム). */
const UNITS_LISTED =
  /[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z]{1,20}?(?:課|室|チーム)(?=\s*(?:の|が|で|は|って|以外|と|や|、|,|及び|および|$))/gu;

/**
 * A second ask for the department's other projects, in a message that names its project itself (「…の今後の方向性と、
 * 同じ課が担当している他の事業もあわせて知りたいです」): the message with that ask taken out, or null.
 */
export function withoutSameUnitAlso(question: string): string | null {
  if (asksOfOneBefore(question) || !SAME_UNIT_ALSO.test(question)) return null;
  const rest = question.replace(SAME_UNIT_ALSO, " ");
  return NAMES_BEFORE.test(stripRegister(rest)) ? rest : null;
}
const SAME_UNIT_ALSO =
  /(?:と|や)?\s*[、,]?\s*同じ(?:課|担当課|部署)\s*(?:が|で)?\s*(?:担当|所管)?\s*(?:して|されて)?\s*(?:いる|る)?\s*(?:の)?\s*(?:他|ほか)の\s*(?:事業|取組|取り組み)\s*(?:も)?\s*(?:あわせて|併せて|合わせて)?/u;

/**
 * The unit of the project in view said as その担当課, before its projects or what it does (その担当課の他の事業,
 * そこの担当課がやってる他の事業 — probe 307) — not 「その担当課は？」, whose it is.
 */
const ITS_UNIT = String.raw`(?:その|そこの)(?:担当課|担当の課|担当部署|所管課)(?=の|\s*(?:が|で)[^。？?]*(?:他|ほか|別|事業|取組|取り組み))`;
/**
 * そこ doing or owning something (そこが他にやってるのは？, そこって何を担当してる？), or owning something else too (そこは
 * システム調達のガイドラインも担当してる？ — probe 334 had asked it of the project in view), or its other projects (じゃあ
 * そこのほかの事業は？ after 「…の担当課は？」 — probe 352 had searched the project's words again): the department.
 */
// (Or a comma after そこ, as a casual message pauses: そこ、他にどんな事業やってる？ — probe 470; or nothing, as it runs on
// to ほかに: そこほかに何やってる？ — probe 493 had answered 0件.)
const THERE_DOES = String.raw`\s*(?:(?:が|は|って|で|も|[、,])\s*(?:他|ほか|やって|担当|持って|所管|[^。？?]{1,30}?(?:も|まで)\s*(?:担当|所管|持って|やって))|(?:他|ほか)\s*(?:に|で|は|の|って)|の\s*(?:他|ほか)\s*の\s*(?:事業|取組|取り組み|やつ|もの))`;

/**
 * そこ after a department was offered to be confirmed (担当は市民活動課？ then そこの補助金の事業は？): the department, said as
 * 同じ課 — read as the project in view, probe 334's had answered it again. The message as it is otherwise.
 */
export function withThereAsUnit(question: string, lastAsked: string): string {
  // (Only of its projects: 「そこの電話番号は？」 asks a field of the one in view, whose unit it is.)
  if (!UNIT_OFFERED_LAST.test(lastAsked.normalize("NFKC").trim()) || !PROJECTS_SAID.test(question))
    return question;
  return question.replace(THERE_OPENING, "$1同じ課$2");
}
const UNIT_OFFERED_LAST = new RegExp(
  String.raw`(?:課|室|チーム|係)\s*(?:さん)?\s*(?:の\s*(?:担当|所管))?\s*(?:${UNIT_CONFIRMING}|${ASKED_AS_UNIT}|で合って(?:る|います|ますか)|[?？])\s*[?？。]?\s*$`,
);
const PROJECTS_SAID = /事業|取組|取り組み|(?:ほか|他)の/u;
const THERE_OPENING = /^(\s*(?:(?:じゃあ|じゃ|では|で)\s*[、,]?\s*)?)そこ\s*(の|で|が|は|って)/u;

/**
 * A relation to a project named in the same message (「施設予約システムと同じ取組のほかの事業」「マイナンバーカードの事業と
 * 似た事業ある？」「人事給与制度の見直しと同じ年に完了する他の事業」): the project's words, and the relation as a thread asks
 * it of the project in view — probe 499: eleven first messages had answered the named project alone, where the same
 * ask after it in a thread answers. Null when the message asks no such thing, asks for no projects, or asks of the project too: 「…の方向性
 * と、同じ課の他の事業もあわせて」 (see withoutSameUnitAlso), 「…の担当課と同じ課の事業」.
 */
export function relationAsked(question: string): { subject: string; relation: string } | null {
  const m = RELATION_OF_NAMED.exec(question.trim());
  if (m === null) return null;
  const [, subject = "", relation = ""] = m;
  if (
    !/[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z]{2}/u.test(stripRegister(subject)) ||
    FIELD_ENDS_SUBJECT.test(subject) ||
    /(?:も|あわせて|併せて|合わせて)\s*(?:教えて|知りたい|お願い|ください)?\s*[?？。]*\s*$/u.test(relation) ||
    // (The projects asked for — 他の, 事業, もの: 「Xと同じ課が担当している…」 may name a subject of its own.)
    !/(?:ほか|他|別)の|事業|もの|やつ/u.test(relation) ||
    /^(?:それ|これ|その|この|そこ)/u.test(subject)
  )
    return null;
  // (Who asks, said in a sentence before — 人事課です。私どもの事業と似たもので… — is the relation's asker too.)
  // (Greetings alone are none: お疲れ様です。)
  const said = subject.slice(0, subject.search(/[^。！？!?\n]*$/u));
  const preamble = /[\p{L}\p{N}]/u.test(withoutGreetings(said)) ? said : "";
  return { subject: subject.trim(), relation: `${preamble}${relation}`.trim() };
}
/**
 * Either of two subjects, joined by か, または, もしくは, あるいは (マイナンバーかオンラインに関係する事業): the message with each
 * side alone in the other's place, or null. Each side a word of its own (kanji, katakana or Latin letters, two or more)
 * — not a question's か (何か, いつか). Not や or とか, which list examples: a pair so said is one search unless every
 * holder is asked for (see the engine's pairs of や and とか), nor a message that leaves something out (AやBを除いた).
 */
export function eitherSubject(question: string): [string, string] | null {
  if (/除|以外|抜い|抜く|外し|外す|のぞ/u.test(question)) return null;
  const m = EITHER.exec(question);
  if (m === null) return null;
  const [said, left = "", right = ""] = m;
  const at = m.index;
  const before = question.slice(0, at);
  const after = question.slice(at + said.length);
  return [`${before}${left}${after}`, `${before}${right}${after}`];
}
const EITHER =
  /(?<![\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9・])([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z][\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9・-]{1,15})\s*(?:か|または|もしくは|あるいは)\s*([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z][\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9・-]{1,15})(?=\s*(?:の|に|を|が|って|とか|など|関係|関連|系|[、,]))/u;
/** A subject, then と or に, then the relation: 同じ取組, 同じ課, 同じ年に完了, 似た, 似ている, 近い, 同じような. */
const RELATION_OF_NAMED =
  /^(.+?)\s*(?:と|に)\s*[、,]?\s*((?:同じ\s*(?:取組|取り組み|施策|担当課|課|部署|担当|年度|年)|似た|似て(?:いる|る)|似たような|近い|同じような|同様の).*)$/su;
/** A field asked of the subject ends it (…の担当課と同じ課): a question of its own. */
const FIELD_ENDS_SUBJECT = /(?:担当課|担当|方向性|目的|内容|概要|予定|状況)\s*$/u;

/**
 * The same year as the project in view's end, said of others (同じ年に完了する他の事業, 同じ年度で終わる事業 — probe 499:
 * 0件 even in a thread): its year of 完了.
 */
const SAME_YEAR_ENDED = String.raw`同じ\s*(?:年度|年)(?=\s*(?:に|で)?\s*(?:完了|終了|終わ|おわ))`;

/** 「同じ取組」「同じ施策」「同じ課」: what withSameAs reads. */
const SAME_AS = new RegExp(
  String.raw`同じ(?:取組|取り組み|施策|担当課|課|部署)|${SAME_YEAR_ENDED}|^\s*(?:(?:じゃあ|じゃ|では|それなら)\s*[、,]?\s*)?そこ(?=${THERE_DOES})(?![^。？?]*(?:どこ|何課|どの課|誰|だれ))|(?<!(?:か\s*)?と\s*[、,]?\s*)(?:その|そこの)(?:取組|取り組み|施策|課|部署|チーム|係|室)(?=の|って|は|で|が|\s*[、,])|(?<!(?:か\s*)?と\s*[、,]?\s*)(?:その|そこの)(?:取組|取り組み|施策)(?=に|も)|${ITS_UNIT}|^\s*(?:(?:じゃあ|じゃ|では|それなら)\s*[、,]?\s*)?(?:(?:それ|その事業|これ)\s*の\s*)?(?:担当課|担当の課|担当部署|所管課|取組|取り組み|施策)(?=の\s*(?:ほか|他|事業|取組|取り組み))`,
);

/**
 * Whether a message names 「同じ取組」「同じ施策」「同じ課」 (not その課 after と, which points at what the message itself
 * asks first: 二番目に多い課はどこかと、その課の事業名を), or opens on そこ doing or owning something (「そこが他にやってる
 * のは？」 after 「それの担当ってどこ？」: the department, as その課 — probe 159 had read it as the project, and said it had no
 * other), or 「その課の」「その担当課の」「その施策の」 (of the project just answered first:
 * 「セクシュアルマイノリティの相談窓口」「それの担当課は？」 then 「じゃあその課の事業でR4に完了するものは？」), or opens
 * on 「担当課の」「取組の」 before the projects asked for (「担当課の他の事業は？」: the department of the project answered).
 */
export const saysSameAs = (question: string): boolean => SAME_AS.test(question);

/** 「同じ取組」「同じ課」: those of the project just answered first (its initiative, policy or department). */
export function withSameAs(
  question: string,
  first:
    | (Pick<Project, "initiative" | "policy" | "department"> & { directions?: Project["directions"] })
    | undefined,
): string {
  if (!first) return question;
  const ended = Object.entries(first.directions ?? {}).find(([, d]) => d === "完了" || d === "新規完了")?.[0];
  return question
    .replace(new RegExp(SAME_YEAR_ENDED, "gu"), (said) => ended ?? said)
    .replace(/^(?:じゃあ|じゃ|では|それなら|それじゃあ?)\s*[、,]?\s*/u, "")
    .replace(
      // (その取組には, その取組に事業は何件 — probe 490 had answered 0件 and 1件 of a 取組 of nine.)
      /同じ(?:取組|取り組み)|(?:その|そこの)(?:取組|取り組み)(?=の|に|も)|^\s*(?:取組|取り組み)(?=の)/g,
      first.initiative,
    )
    .replace(/同じ施策|(?:その|そこの)施策(?=の|に|も)|^\s*施策(?=の)/g, `施策${first.policy}`)
    .replace(UNIT_SAID_AS_SAME, first.department);
}
/** The department of the project in view, as withSameAs reads it (同じ課, そこが, その課の, その担当課が…). */
const UNIT_SAID_AS_SAME = new RegExp(
  String.raw`同じ(?:担当課|課|部署)|^\s*そこ(?=${THERE_DOES})|(?:その|そこの)(?:課|部署|チーム|係|室)(?=の|って|は|で|が|\s*[、,])|${ITS_UNIT}|^\s*(?:(?:それ|その事業|これ)\s*の\s*)?(?:担当課|担当の課|担当部署|所管課)(?=の)`,
  "g",
);

/**
 * 「それに似たのは？」「似たような事業はある？」「関連する事業は？」「ほかに近いのある？」: projects like those in view, and
 * what else the message asks of them (「似たようなので市民が参加するやつは？」: 市民が参加するやつ) — null when it asks no
 * such thing, or names what they are to be like (「マイナンバーカードに似た事業」 is a question of its own). Probes 156,
 * 159: each had answered 0件, and one had been read as a yes-or-no of the year asked before. `otherUnits`: said of other
 * units (同じような事業はほかの課にもありますか？ — probe 348 had listed the rest of the unit's own).
 */
export function similarAsked(question: string): { rest: string; otherUnits: boolean } | null {
  const m = SIMILAR_ASKED.exec(question.normalize("NFKC").replace(/\s+/g, ""));
  if (!m) return null;
  return { rest: m[1] ?? "", otherUnits: m[2] !== undefined };
}
// (Read unspaced, as DIFFERENCE_ASKED: no run of spaces for the pattern's parts to share out.)
const SIMILAR_ASKED =
  /^(?:(?:じゃあ|じゃ|では|それなら|あと|で)[、,]?)?(?:(?:それ|これ|その事業|この事業|さっきの(?:事業)?|今の(?:事業)?)(?:に|と))?(?:ほかに|他に)?(?:似た|似てる|似ている|似たよう(?:な)?|同じよう(?:な)?|近い|類似(?:の|する|した)?|関連(?:の|する|した|している|してる)|関係(?:の|する|した|している|してる|のある))(?:感じの)?(?:の|もの|やつ|事業|取組|取り組み)(?:(?:を|に)(?:して|やって|行って|おこなって)(?:いる|る)(?:事業|もの|やつ|の))?(?:(?:で|の中で|のうち|だと)[、,]?(.+?)|(?:は|って|が|も)?(?:(?:ほか|他)に)?((?:ほか|他|別)の(?:課|部署|担当課|部局)(?:に|で)?(?:も|は)?)?(?:ある|あります|ありますか|あれば|ない|ないですか|ありませんか|どれ|何|なに|なん)?(?:か|の|かな|ですか|でしょうか)?(?:(?:を|が)?(?:教えて|知りたい|見せて)(?:ください|下さい|ほしい|もらえる|いただけ(?:ます|ません)(?:でしょう)?か)?)?)[?？。]*$/u;

/**
 * Whether some kind of party may use the project in view, asked (保育士も対象？, 子育てサークルでも応募できる？, 町内会でも
 * 使える？): whom it is for, as 「それは誰向け？」 asks — the plan says so only in its purpose and content, and the party had
 * been searched as a subject of its own, 0件 (probe 320). Not a year (R5も対象？) nor what points back (それも対象？).
 */
export const asksWhetherPartyEligible = (question: string): boolean => {
  const m = PARTY_ELIGIBLE.exec(question.normalize("NFKC").trim());
  return (
    m !== null &&
    !ANY_YEAR_AT.test(m[1] as string) &&
    !/^(?:それ|これ|あれ|その|この|そこ)/u.test(m[1] as string)
  );
};
const PARTY_ELIGIBLE =
  /^(?:(?:じゃあ|じゃ|では|それなら)\s*[、,]?\s*)?([\p{Script=Han}\p{Script=Katakana}ーa-zA-Z][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ーa-zA-Z]{0,12}?)\s*(?:も|でも)\s*(?:対象|応募\s*(?:でき|可能)|申請\s*でき|申し込め|申込\s*でき|使え|利用\s*でき|参加\s*でき|もらえ|受けられ)\p{Script=Hiragana}{0,8}\s*[?？。]*$/u;
const ANY_YEAR_AT = new RegExp(String.raw`^(?:${ANY_YEAR})`, "iu");

/**
 * What the projects just answered differ in, asked of them as a whole (何が違うの？, 違いは？, 2つあるみたいだけど
 * どう違う？, 2つあったよね？違いなに？, 同じ名前の事業が2つあるけど、何が違うの？ — probes 316, 318): the plan tells them apart
 * by purpose and content, so each one's is what answers (probe 143: two projects
 * of one name had answered 0件, and the thread had gone on from that). Not of things named (R4とR5で何が違う, AとBの違い:
 * their own questions).
 */
export const asksTheDifference = (question: string): boolean =>
  DIFFERENCE_ASKED.test(question.normalize("NFKC").replace(/\s+/g, ""));
// (Read unspaced: no run of spaces for the pattern's parts to share out.)
const DIFFERENCE_ASKED =
  /^(?:(?:じゃあ|では|で|あれ|ところで)[、,]?)?(?:(?:(?:同じ|おなじ)(?:名前|名称|事業名)の(?:事業|もの|やつ)?(?:が|は))?(?:[2-9]|二|三|ふた|みっ)(?:つ|個|件)(?:ある|あります|あった|ありました|出てる|出てきた)?(?:みたい|よう)?(?:だ|です)?(?:けど|けれど|が|よね|ね)[?？]*[、,]?)?(?:(?:それぞれ|その(?:[2-9]|二|三|ふた|みっ)(?:つ|件|個)|この(?:[2-9]|二|三|ふた|みっ)(?:つ|件|個)|(?:[2-9]|二|三|ふた|みっ)(?:つ|件|個)|両方|両者|これら|それら)(?:\s*の?\s*(?:事業|もの|取組|取り組み))?(?:の|って|は)?)?(?:(?:何|なに|どこ)が?(?:違う|ちがう|違います|異なる|異なります)|どう(?:違う|ちがう|違います|異なる|異なります)|違い|ちがい|相違点?)(?:の|ん)?(?:は|って)?(?:何|なに|なん)?(?:です|でしょう|だろう)?(?:か|かな)?(?:(?:を|が)?\s*(?:教えて|知りたい|お示し|示して|ご教示|ご説明|説明して|お聞かせ)(?:ください|下さい|ほしい|もらえる|いただけますか|いただけますでしょうか|願います)?)?[?？。]*$/;

/**
 * A follow-up asking of the initiatives of the policy in view, with no code of its own: 取組はいくつ？, 取組の名前は？,
 * この施策の取組は？, 2つ目の取組の事業は？, 最後の取組は？ (probe 229: after 「施策7-6の名前は？」 the projects had been
 * counted, and the second project answered for the second initiative). Not その取組 — the initiative of the project in
 * view (see withSameAs).
 */
const INITIATIVES_OPENING = String.raw`^(?:(?:じゃあ|では|で|それで|あと)\s*[、,]?\s*)?(?:(?:その|この)\s*施策\s*(?:の|で|は|って)\s*)?`;
const OF_INITIATIVES = new RegExp(
  String.raw`${INITIATIVES_OPENING}(?:(?:\d+|[一二三四五六七])\s*(?:つ目|つめ|番目|個目)\s*の\s*|(?:最初|最後|はじめ|初め)\s*の\s*)?(?:取組|取り組み)`,
  "u",
);
export const asksOfInitiatives = (question: string): boolean =>
  OF_INITIATIVES.test(normalizeWidth(question).trim());
/** The follow-up asked of the policy's initiatives by its code: 施策7-6の取組はいくつ？ for 取組はいくつ？ after 7-6. */
export const ofPolicysInitiatives = (question: string, policy: string): string =>
  `施策${policy}の${question.trim().replace(new RegExp(INITIATIVES_OPENING, "u"), "")}`;

/** An initiative's name asked alone (取組の名前は？, 取組名は？, 取組は？, どの取組？): of what is in view. */
const INITIATIVE_ALONE =
  /^(?:(?:じゃあ|では|で|それで|あと)\s*[、,]?\s*)?(?:(?:取組|取り組み)\s*(?:名|の\s*(?:名前|名称))?\s*(?:は|って)?\s*(?:何|なに|どれ|どこ)?|(?:どの|どこの)\s*(?:取組|取り組み))\s*(?:ですか|でしょうか|か)?\s*[?？。]*$/u;
export const namesTheInitiativeAlone = (question: string): boolean =>
  INITIATIVE_ALONE.test(normalizeWidth(question).trim());

/**
 * The policy a follow-up about initiatives asks of: the one policy the answer before was asked of by its code. After a
 * project's answer, 取組の名前は？ asks of that project's initiative, not of its policy's all.
 */
export function policyInView(before: {
  scopes: readonly { kind: string; code: string }[];
}): string | undefined {
  const [only, ...more] = before.scopes;
  return only?.kind === "policy" && more.length === 0 ? only.code : undefined;
}
