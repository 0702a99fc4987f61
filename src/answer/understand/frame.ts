// Framing: the words around a structured question that name no subject, and what is left to search.
import { ALREADY_HAD, LEAVING_OUT } from "./directions.js";
import { escapeRegExp, perText } from "./util.js";

/** Words that frame a structured question without adding a subject: removed before deciding on free text. */
export const FRAME_WORDS = [
  // The object of a direction verb (予算を減らす), and words for the shape of a request or a list (リストアップ,
  // パターン, 年度は問いません, 変わらない, になったことがある).
  "予算を",
  "のどこかで",
  "どこかの年度で",
  "一度でも",
  "の中に",
  "の中で",
  "はございますか",
  "ございますか",
  "ございます",
  "一回でも",
  "1回でも",
  "の年がある",
  "の年度がある",
  "どこかの年度に",
  "いずれかの年度で",
  "いずれかの年度に",
  "どれかの年度で",
  "どこかで",
  "いずれかで",
  "リストアップしたい",
  "リストアップして",
  "リストアップ",
  "のパターン",
  "パターン",
  "年度は問いません",
  "年度は問わず",
  "年度を問わず",
  "年度問わず",
  "年度に関係なく",
  "年度は関係なく",
  "問いません",
  "問わず",
  "のまま変わらない",
  // 方針 for a direction unchanged (方針が変わらずずっと継続), and a direction decided (縮めることになってる).
  "方針が変わらず",
  "方針は変わらず",
  "方針が変わらない",
  "変わらない",
  "変わらず",
  "ことになっている",
  "ことになってる",
  "ことになっています",
  "ことになった",
  "ことになりました",
  "こととなっている",
  "になったことがある",
  // A direction's history (臨時拡充の経歴がある): in some year, as 一度でも says.
  "の経歴がある",
  "の履歴がある",
  "の実績がある",
  "の経験がある",
  "だったことがある",
  "があるもの",
  // A point in time said around a year or a direction: R5時点で継続中の事業.
  "時点で",
  "時点の",
  "時点",
  "中の",
  // A copula after a direction or a year (新規だった事業, 継続でした): tense, no subject.
  "だったもの",
  "だった",
  "でした",
  "であった",
  // The span or the column a condition is on: 令和3年度から5年度までの間に, R6の欄に.
  "までの間に",
  "までの間で",
  "の間に",
  "の間で",
  "の期間に",
  "の期間で",
  "の期間中に",
  "の欄に",
  "の欄で",
  "の欄が",
  "の欄は",
  "欄",
  // Both years of a comparison said again: （両年度に記載のあるもの）, 両方の年度に載っているもの.
  "両年度に記載のあるもの",
  "両年度に記載があるもの",
  "両方の年度に載っているもの",
  "両方の年度に載ってるもの",
  "両方の年度に記載のあるもの",
  "両年度とも",
  "両年度",
  "両方の年度",
  // Why or how carefully one asks: 念のため確認したい, 一応.
  "念のため",
  "念の為",
  "一応",
  // Conjunctions that join a condition on: 「…の事業、ただし7-4は除く」.
  "ただし",
  "但し",
  // The answer's own fields asked for beside it: …の事業とその担当課, それぞれの担当課, 各担当課.
  "とその担当",
  // A direction said to be set for a year (完了が設定されている): it has it.
  "が設定されている",
  "が設定されてる",
  "設定されている",
  // …or to be on it (臨時拡充が一度でも付いている, 拡充のついた事業).
  "が付いている",
  "が付いてる",
  "がついている",
  "がついてる",
  "の付いた",
  "のついた",
  "付いている",
  "付いてる",
  // A direction had in some year of a span (R4からR6にかけて拡充となる年がある).
  "となる年度がある",
  "となる年がある",
  "になる年度がある",
  "になる年がある",
  "の年度がある",
  "の年がある",
  // The numbers every answer shows (施策番号とあわせて, 番号付きで).
  "施策番号",
  "事業番号",
  "取組番号",
  "番号付き",
  "その担当",
  "それぞれの担当",
  "各担当",
  // Each project: the whole list (各事業の担当課を一覧で).
  "各事業",
  "担当している",
  "担当する",
  "担当の",
  "担当は",
  "担当",
  "所管する",
  "所管",
  "実施する",
  "実施される",
  "予定の",
  "まで",
  "から",
  "以降",
  "予定",
  "事業等",
  // A list wanted (一覧がほしいです): the shape of the request.
  "がほしいです",
  "が欲しいです",
  "がほしい",
  "が欲しい",
  // Words that narrow the sentence before (そのうち, に絞って, だけで大丈夫): read by NARROWS, no subject.
  "そのうち",
  "その中で",
  "この中で",
  "このうち",
  "に絞ってください",
  "に絞って",
  "に限ります",
  "に限る",
  "に限定して",
  "だけで大丈夫です",
  "だけで大丈夫",
  "だけでいいです",
  "だけでいい",
  "だけで結構です",
  "のみで結構です",
  "だけで",
  // Keigo and aspect around a direction (完了いたします, 完了済み, 年度中に, 小さくしていく).
  "いたします",
  "致します",
  "済みの",
  "済み",
  "年度中に",
  "規模を",
  "規模が",
  "ていく",
  "いく",
  "年度を追って",
  // A share asked (何割, 何パーセント, 割合は, 全体に占める): the count and its share, no subject (probe 460: 「R3で拡充なのは
  // 何割？」 after a unit's list had been read alone, its 何割 a word of a subject).
  "全体に占める",
  "何パーセント",
  "なんパーセント",
  "何割",
  "なんわり",
  "割合",
  "比率",
  "パーセント",
  "何%",
  "何％",
  // Other words for a project, and for a project's standing (完了扱い, 完了とされている).
  "案件",
  "プロジェクト",
  "扱いになっている",
  "扱いになってる",
  "扱い",
  "とされている",
  "とされてる",
  "とされた",
  "されている",
  "方向性",
  "方向",
  // A department as a place (政策企画のところで): its name is read, the rest is no subject.
  "のところで",
  "のところの",
  "のところが",
  "のところは",
  "仕事",
  "担当者",
  "やってる",
  "やる",
  "やっている",
  // (Said politely, or with ん: R7もやりますか, やるんですか — probe 195: the year's whole list had answered.)
  "やります",
  "やってます",
  "やっています",
  "やるん",
  "持ってる",
  "持っている",
  // (In kana too: 他にどんな事業もってる？ — probe 470 had kept る as a word, 0件.)
  "もってる",
  "もっている",
  "事業",
  "施策",
  "取組",
  "取り組み",
  "一覧",
  "リスト",
  // An order asked for a count (担当課ごとの事業数を多い順に): counts are listed most first (probe 135).
  "多い順",
  "少ない順",
  "順に",
  "順で",
  // (順 alone at the end, once 多い is read as counting: 課別の事業数 多い順 — probe 204: 順 searched, 0件.)
  "順",
  "何件",
  "件数",
  "総数",
  // A total asked (合計何件, 総計で, トータルで): the count, as 総数 is (probe 468: 合計 had been a word, 0件).
  "合計",
  "総計",
  "トータル",
  // An average asked (1年度あたりの平均): said by the answer from the count by year or unit — no word of a subject.
  "平均",
  // (事業の本数: the count of projects, as municipal writing says it — probe 335 had searched 本数, 0件.)
  "本数",
  // How a count moves between the years asked (件数はどう変わった, 件数の推移, 増減): each year's count (probe 111).
  "はどう変わった",
  "はどう変わる",
  "どう変わった",
  "どう変わる",
  "の推移",
  "推移",
  "の増減",
  "増減",
  "いくつ",
  "幾つ",
  "何個",
  "全部",
  "すべて",
  "全て",
  "教えて",
  "おしえて",
  "ください",
  "下さい",
  "について",
  "ですか",
  "ますか",
  "です",
  "ます",
  "している",
  "ている",
  "していた",
  "されていた",
  "ていた",
  "いる",
  "られる",
  "れる",
  "される",
  "された",
  "した",
  "して",
  "する",
  // Their polite forms (令和6年度も継続しますか, 継続されますか: probe 348 — し had been left a word of its own, and the
  // yes-or-no asked of the project in view had listed R6's 24).
  "します",
  "されます",
  "しました",
  "されました",
  "されています",
  "しております",
  "されております",
  "になる",
  "になった",
  "となる",
  "となった",
  "なる",
  "もの",
  "どれ",
  "何",
  "なに",
  "ある",
  "年度",
  "no",
  "番",
  "課",
  // Words that frame a question about a set: 〜って何がある, 〜のうち, 〜に含まれる, どんな〜.
  "って",
  "のうち",
  "うち",
  "の中で",
  "中で",
  // Verbs that ask for a list or say where a project sits: 挙げてください, 位置づけられている.
  "挙げて",
  "位置づけられている",
  // Where a project sits under a code: 7-6-1に紐づく, 施策7-2にぶら下がっている, 取組に属する.
  "紐づいている",
  "紐付いている",
  "紐づいてる",
  "紐付いてる",
  "紐づく",
  "紐付く",
  "ひもづく",
  "ぶら下がっている",
  "ぶら下がってる",
  "属している",
  "属する",
  "位置付けられている",
  // The plan itself as the place asked about: この章の事業, 計画全体で何件.
  "この章",
  "本章",
  "この計画",
  "載っている",
  "載ってる",
  // A direction said to appear in some year (方向性に「縮小」が一度でも出てくる事業).
  "が一度でも出てくる",
  "が一度でも出てきた",
  "一度でも出てくる",
  "一度でも出てきた",
  "が出てくる",
  "方向性に",
  // A direction said to be written there (完了の記載があるのは, 「完了」と書かれている事業).
  "の記載がある",
  "の記載のある",
  "記載がある",
  "記載のある",
  "記載されている",
  "記載されてる",
  "と書かれている",
  "と書かれてる",
  "と書いてある",
  "って書かれている",
  "って書かれてる",
  "って書いてある",
  "書かれている",
  "書かれてる",
  "書いてある",
  "計画全体",
  "全体",
  "全部で",
  "どんな",
  "どういう",
  "どの",
  "含まれている",
  "含まれる",
  "含む",
  "入っている",
  "入ってる",
  // 市民課さんの事業, 市民課関連の事業, 7-4の事業の数.
  "さん",
  "関連の",
  "関連",
  "関係の",
  "関係",
  "の数",
  "数",
  // Informal and polite forms around a set question: 縮小してる, ありますか, 年度中に, 人事課の分だけで大丈夫です.
  "してる",
  "してます",
  "しています",
  "してた",
  "ありますでしょうか",
  "なりますでしょうか",
  "でしょうか",
  // (Its ん contraction: 施策っていくつあるんでしょうか — probe 255: ん had been left a word, 0件.)
  "んでしょうか",
  "んですか",
  "ありますか",
  "あります",
  "あり",
  "があった",
  "していく",
  "のまま",
  "まま",
  "されたことがある",
  "したことがある",
  "ことがある",
  "見せて",
  "あった",
  // 〜って他にもある？: the asker knows some and asks for the rest, which is every one.
  "他にも",
  "ほかにも",
  "他に",
  "ほかに",
  // 全事業リスト, 規模を縮める: the whole list, and the word a direction's paraphrase carries.
  "全事業",
  // Casual requests: ちょっと教えて, 一覧ちょうだい, 〜のやつ.
  "ちょっと",
  "ちょうだい",
  "頂戴",
  "のやつ",
  "やつ",
  "規模を",
  "規模",
  "もう",
  "年度中",
  "中に",
  "の分",
  "だけで",
  "だけ",
  // (And its written form: 縮小は人事課のみ — probe 267 had left the direction a word of the subject.)
  "のみ",
  "大丈夫です",
  "大丈夫",
  "お願いします",
  "お願い",
  "の者です",
  "の者",
  "ですが",
  "うちの課",
  "うちの",
  "確認したい",
  "確認",
  // The asker's own doing (…の事業を洗い出しています, 整理しております): why one asks, and an auxiliary left alone.
  "洗い出しています",
  "洗い出している",
  "洗い出しております",
  "洗い出し中",
  "洗い出したい",
  // What the asker wants, pointing at the conditions said (該当するものを教えて).
  "該当するもの",
  "該当する事業",
  "該当の事業",
  "整理しています",
  "整理している",
  "整理しております",
  "います",
  "おります",
  "になっている",
  "になってる",
  "なっている",
  "なってる",
  // What a list is about (…の提供に関する事業): the subject is read, the words ask nothing.
  "に関する",
  "に関わる",
  "に係る",
  // Adding an ask to another (あわせて令和5年度のものも): the ask is read, the word asks nothing.
  "あわせて",
  "併せて",
  "ついでに",
  // A time past with no year (最近完了した, ここ数年で始まった): the direction is read, of any year — the plan names
  // years, not how recent (probe 151: 最近 had been searched, 0件, and 「ここ最近拡充されたもの」 found 拡充 in names).
  // (Not 直近, which may look ahead: 「直近で完了予定の事業」 is no past completion — review.)
  "ここ最近",
  "最近",
  "このところ",
  "近年",
  "ここ数年で",
  "ここ数年",
  "ここ何年かで",
  "ここ何年か",
  // Conjunctions between two conditions (拡充または臨時拡充): the conditions are read, the word asks nothing.
  "または",
  "もしくは",
  "あるいは",
  "および",
  "及び",
  "ならびに",
  "並びに",
  // A condition supposed (施策ごとだと？, R5だったら？): what it supposes is read, the word asks nothing (probe 170:
  // 「施策ごとだと？」 after a count had been searched for だと, 0件).
  "だったら",
  "だと",
  // Two conditions joined (令和3年度に新規で、かつ令和7年度まで続くもの: probe 184).
  "なおかつ",
  "かつ",
  // A guess said to be confirmed (R5で終わるよね？, 終わるんちゃう？ — read as んじゃない —, 終わるかな, でしょ): the year and the
  // direction are read, the ending asks nothing (probe 194: it had been a word of its own, the year's list answered).
  // (Only with ん: a bare じゃない denies what it follows.)
  "んじゃないの",
  "んじゃない",
  "よね",
  "よな",
  "かな",
  "でしょ",
  // (With the copula before them: R3は新規だよね？, 人事課だろ？ — probe 218: だ had been a word, the year's list answered.)
  "だよね",
  "だよな",
  "だろう",
  "だろ",
  // The list in view pointed at (a follow-up of a breakdown of the whole plan reads 「…\nそれは一番多い課は？」): what
  // it points at is the line before, no word (probe 170: 「一番多い施策は？」 after 施策ごとの件数 had answered 0件).
  "それは",
  // Whether, asked in a clause (載っているのかどうかと、…): the clause is read, the words ask nothing — in kana, かどう had
  // been read as the plan's 稼働 (probe 472).
  "のかどうか",
  "かどうか",
  // The field of the names asked for (その課の事業名を教えて): what to show, no word of a subject — 事業 alone went before,
  // leaving 名 to search (probe 472).
  "事業名",
];
export const FRAME = new RegExp(
  FRAME_WORDS.sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|"),
  "g",
);
export const PARTICLE_CHARS = "がのにはをでとへもやか";
export const PARTICLES = new RegExp(`[${PARTICLE_CHARS}]`, "g");
export const LOOSE_ENDS = new RegExp(
  `^[\\s\\p{P}\\p{S}${PARTICLE_CHARS}]+|[\\s\\p{P}\\p{S}${PARTICLE_CHARS}]+$`,
  "gu",
);

/** Free text as it can be quoted back to the asker: no particle or punctuation at its ends (の概要 → 概要). */
export function quotable(freeText: string): string {
  return freeText.replace(LOOSE_ENDS, "");
}
/** The text without frame words, particles and spaces: what is left to compare or search. */
export const withoutFraming = perText(framingLeftOut);
function framingLeftOut(text: string): string {
  // (The copula first: the frame takes its ですか, and なん alone is no copula.)
  return text.replace(COPULA_NO, " ").replace(FRAME, " ").replace(PARTICLES, " ").replace(/\s+/g, "");
}
/**
 * The copula before の after a word, asking which (臨時拡充なのはどれ, 継続なのって), or before ん (縮小なんですか,
 * 完了なんでしょうか: probe 195) — not within a word in hiragana (みんなの).
 */
const COPULA_NO = /(?<!\p{Script=Hiragana})(?:なの|なん(?=\s*(?:です|でしょう|だ)))/gu;

/**
 * A subject, then what leaves it out: マイナンバー以外, Wi-Fiを除く, マイナンバーカードの普及促進以外,
 * マイナンバーカード関係じゃない, ワークショップの事業はもう把握しているので、それ以外, ICTを使うものを除いた.
 */
const SUBJECT_WORD = String.raw`[\p{Script=Han}\p{Script=Katakana}ーa-z0-9・\-]{2,}`;
/** A subject said with what the projects do with it: ICTを使うものを除いた, 大学と連携する事業以外 (probe 135). */
const USING = String.raw`(?:を|に|が|と)\s*(?:使(?:う|った|って(?:い)?る)|活用(?:する|した|して(?:い)?る)|用い(?:る|た|て(?:い)?る)|扱(?:う|った|って(?:い)?る)|関(?:する|わる|係する)|連携(?:する|した|して(?:い)?る))`;
/**
 * A subject: a word, or words joined by の (マイナンバーカードの普及促進) — the last may be a word in kana of three or more
 * after a word and の, as the plan's own names have it (リノベのいばらき関係: probe 302 had left out 関係 alone), or a run
 * of kana alone right before 以外 (えんがわ以外, みんなのえんがわ以外, まいなんばー以外: probes 366, 372 had answered the one
 * left out) — not one
 * ending in の (さっきの以外は？ is the ones before).
 */
const SUBJECT_PHRASE = String.raw`(?:(?!事業|取組)${SUBJECT_WORD}\s*の\s*)*(?:(?!事業|取組)${SUBJECT_WORD}|(?<![\p{Script=Hiragana}ー])[\p{Script=Hiragana}ー]{3,8}(?<!の)(?=\s*以外)|(?<=${SUBJECT_WORD}\s*の\s*)(?!もの|こと|ため|ところ|ほう)\p{Script=Hiragana}{3,8}(?:\s*(?:関係|関連|系))?(?=\s*(?:の|を|は|以外|とか|など|等)))`;
/**
 * Whether there are others besides a subject, asked (映画のやつ以外にもある？, 愛センター以外でも何かありますか): the others
 * (probe 219: 以外にも had been read as nothing, the film project answered はい for 「縮小の事業って映画のやつ以外にもある？」).
 * Only before ある or the question's end — 書類以外でも受け付ける leaves nothing out.
 */
const BESIDES_ASKED = String.raw`以外\s*(?:にも|でも)(?=\s*(?:(?:まだ|何か|なにか|ほかに|他に)\s*)?(?:ある|あります|あり|ない(?:の|です)?\s*(?:か|[?？])|[?？]))`;
/** Subjects said in a row before what leaves them out: 愛センターとローズWAM以外, マイナンバーやWi-Fiを除いた (probe 188). */
export const SUBJECTS_JOINED = /\s*(?:とか|と|や)\s*/u;
/**
 * A subject said with what the projects do not do with it: ワークショップをやらないもの, マイナンバーカードを使わない事業
 * (probe 345: read as the subject, the projects doing it had answered).
 */
const NOT_USING = String.raw`(?:を|に|が|で)\s*(?:使わ|用いな|活用し|扱わ|やら|行わ|実施し|関わら|連携し|し)(?:ない|ていない|てない)\s*(?=事業|もの|やつ|取組|の(?!\p{Script=Hiragana}))`;
/**
 * Whether a subject left out is said as what the projects do not do (ワークショップをやらないもの): then every project
 * doing it is left out, not only the one named for it (see answer.ts).
 */
export const leftOutAsDoing = (subject: string, question: string): boolean =>
  new RegExp(`${escapeRegExp(subject)}\\s*${NOT_USING}`, "u").test(question);
/**
 * Not the subject, before the projects or the side meant: 研修じゃないほう, 道路のほうじゃないのは (probe 345) — not the
 * question's tag (それって研修じゃないの？).
 */
const NOT_THAT = String.raw`(?:じゃない|ではない|でない)(?=\s*(?:ほう|方|もの|やつ|事業|取組|の\s*(?:は|を|って|が|で)))`;
export const EXCLUDED_SUBJECT = new RegExp(
  String.raw`((?:${SUBJECT_PHRASE}${SUBJECTS_JOINED.source})*${SUBJECT_PHRASE})(?:\s*(?:とか|など|等))?\s*(?:(?:(?:の\s*)?(?:事業|もの|やつ)\s*|の\s*(?:ほう|方|分)?\s*|${USING}\s*(?:事業|もの)\s*)?(?:(?:を|は|も)?(?:${LEAVING_OUT})|(?<=関係|関連)\s*(?:じゃない|ではない|でない)|${NOT_THAT}|${ALREADY_HAD}|${BESIDES_ASKED})|${NOT_USING})`,
  "gu",
);
/**
 * A place after the first in a ranking of counts: 2番目に多い, 三番目に事業が少ない, ２番目に件数の多い, 2位の施策 (of the most,
 * as a ranking's places are said — probe 384) — group 1 the place.
 * (Not of a ranking by when projects end — 2番目に早く終わる — nor a place in a list: 7-2の2番目の事業.)
 */
export const RANKED_PLACE_AFTER = String.raw`\s*に(?=\s*(?:事業|件数|事業数)?\s*(?:の\s*数)?\s*(?:の|が)?\s*(?:多|少な))`;
export const RANKED_PLACE = new RegExp(
  String.raw`([2-9２-９二三四五六七八九])\s*(?:番目${RANKED_PLACE_AFTER}|位\s*の(?=\s*(?:施策|担当課|課|部署|取組|取り組み)))`,
  "gu",
);
/** Words that ask for a whole list or its size. */
export const ASKS_FOR_ALL =
  /一覧|全部|すべて|全て|全体|全事業|何件|いくつ|幾つ|総数|本数|リスト|(?:取組|取り組み|事業)\s*の?\s*数(?!値|字|量)/;

/**
 * The units ranked in other word orders (probe 187: each had answered 0件): the object before 一番 (事業を一番多く持ってる
 * 課), the units set as the frame (課の中で事業が一番多いのは, 施策の中で事業数が一番多いのは, 施策で一番事業が少ないのは:
 * probe 260; with ごと, 別 or 単位 and どこが — 取組単位だとどこが一番事業多い？: probe 295), the unit asked at the end
 * (事業数が一番多いのはどの施策？). `units` are the words for the unit.
 */
const RANKED_SAID = (units: string) =>
  String.raw`事業\s*を\s*(?:一番|最も|いちばん)\s*(?:多く|少なく)\s*(?:担当|所管|持って|抱えて|やって)\s*(?:して|し)?\s*(?:い|お)?(?:る|ます)?\s*(?:${units})(?:\s*(?:は|って)\s*(?:どこ|どれ))?|(?:${units})\s*(?:ごと|別|単位)?\s*(?:の中で|のうち|の間で|で|だと|では)\s*[、,]?\s*(?:(?:どこ|どれ)\s*が\s*)?(?:(?:事業|件数|事業数)\s*(?:の\s*数)?\s*(?:が|の)?\s*)?(?:一番|最も|いちばん)\s*(?:(?:事業|件数|事業数)\s*(?:の\s*数)?\s*(?:が|の)?\s*)?(?:多い|少ない|多く\s*(?:持って|担当して|抱えて)\s*(?:い)?る)\s*(?:の|もの|ところ)?\s*(?:は|って)?\s*(?:どこ|どれ)?|(?:事業|件数|事業数)\s*(?:の\s*数)?\s*(?:が|の)\s*(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:の|もの|ところ)\s*(?:は|って)\s*(?:どの|どこの|何の)\s*(?:${units})`;

/**
 * Asking about the departments themselves, not one of them: 担当課の一覧, 課ごとの件数, 所管別件数, どの課が一番多い, 何課,
 * 担当している事業が一番多い課, 一番多くの事業を担当している課 (probe 111), 事業が一番多い担当課はどこ (probe 141),
 * 課ごとの件数で一番多い課はどこ (the 課 after 一番多い had been left a word to search: 0件), 担当課ごとに分けて (probe 291:
 * 分けて had been searched, 0件).
 * Not after a name (人事課の事業数 is one department's count).
 */
const BY_UNIT_USUAL =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:(?:担当課|担当部署|部署|課)(?:ごとの|別の|の)?(?:一覧|リスト|件数|事業数|内訳|数(?!値|字|量))|(?:担当課|部署|課|所管|担当)(?:ごと|別)(?:に|で)?(?:\s*(?:件数の|事業の|数の)?(?:多い|少ない)順(?:に|で)?)?(?:\s*(?:分けて|わけて|分類して|まとめて|整理して|並べて))?|どの(?:課|部署)が\s*(?:一番|最も|いちばん)?\s*(?:多い|多く|たくさん|少ない)(?:の|ん)?|どの(?:課|部署)が\s*(?:事業\s*を?\s*)?(?:一番|最も|いちばん)(?:多く|たくさん)?|どの(?:課|部署)が(?:多|たくさん)|(?:事業|件数|事業数)\s*(?:が|の)\s*(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:担当課|課|部署)(?:\s*(?:は|って)\s*(?:どこ|どの課))?|(?<=(?:ごと|別)の?(?:件数|事業数)?\s*(?:で|の中で|のうち)?\s*)(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:の|もの|ところ|担当課|課|部署)?\s*(?:って|は)?\s*(?:どこ|どの課)?|(?:一番|最も|いちばん)\s*(?:事業|件数|事業数)?\s*(?:の|が)?\s*(?:多い|少ない)\s*(?:担当課|課|部署)(?:\s*(?:は|って)\s*(?:どこ|どの課))?|何課|いくつの課|(?:(?:担当|所管)\s*(?:して|し)\s*(?:い|お)?(?:る|ます)|持って(?:い)?る|抱えて(?:い)?る)?\s*事業\s*(?:の\s*数)?\s*(?:が|の)\s*(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:担当課|課|部署)(?:\s*(?:は|って)\s*(?:どこ|どの課))?|(?:一番|最も|いちばん)\s*(?:多く|少なく)\s*の?\s*事業\s*を\s*(?:担当|所管|持って|抱えて)\s*(?:して|し)?\s*(?:い|お)?(?:る|ます)?\s*(?:担当課|課|部署)(?:\s*(?:は|って)\s*(?:どこ|どの課))?)/gu;
export const BY_UNIT = new RegExp(`${RANKED_SAID("担当課|課|部署")}|${BY_UNIT_USUAL.source}`, "gu");

/**
 * Once the question asks about the departments or the policies themselves, the words that say how many and who holds
 * them (一番, 上位3, 多く, 何件ずつ, 事業を持ってる, あるか): no subject of a project (probe 120: 「どの課が一番事業を多く持って
 * るの？」「課ごとに何件ずつあるか」 had searched them and answered 0件).
 */
export const COUNTING_WORDS =
  /(?:トップ|上位|ベスト|下位|ワースト)\s*[0-9０-９一二三四五]{1,2}|一番|いちばん|最も|もっとも|多く|多い|少なく|少ない|たくさん|何件|件数|事業数|ずつ|(?:事業\s*(?:を|が|の)?\s*)?(?:持って|抱えて|担当して|やって)\s*(?:い)?(?:る|ます)(?:の|ん)?|(?:事業\s*(?:が|は)?\s*)?(?:ある|あります)(?:か|の)?|事業\s*(?:を|が|の|は)?/g;

/**
 * The policies themselves asked for (どんな施策がありますか, 施策の一覧, 施策って何がある？, この章の施策を教えて; by their titles,
 * 施策名の一覧, この章の施策のタイトルを一覧で — probe 418 had searched タイトル, 0件): each named
 * with its projects counted, as 施策ごとの件数 counts them (probe 133: 0件, or every project without the policies).
 * Not a policy named by its code (施策7-2の事業), nor one of them asked about (どの施策が一番多い: see BY_POLICY), nor the
 * policy of a project named (コーチング研修ってどの施策？施策名が知りたい, …の事業について。施策を教えて: review). (So a
 * bare 施策を教えて is left to the search: read alone, the sentence before it is not seen.)
 */
export const POLICIES_ASKED =
  /(?:この章|本章|この計画|本計画|計画|全部|すべて|全て)\s*の\s*施策\s*(?:名|の\s*(?:タイトル|名前|名称))(?:\s*(?:を|の)?\s*(?:一覧|リスト)(?:\s*で)?)?|(?<![\p{Script=Han}])施策\s*(?:名|の\s*(?:タイトル|名前|名称))\s*(?:を|の)?\s*(?:一覧|リスト)(?:\s*で)?|(?:どんな|どういう|どのような|何の|なんの)\s*施策|(?<![\p{Script=Han}])施策\s*(?:の\s*)?(?:一覧|リスト)|(?<![\p{Script=Han}])施策\s*(?:って|は|には)?\s*(?:何|なに|なん)\s*(?:が|と)?\s*(?:ある|あり)|(?:この章|本章|この計画|本計画|計画|全部|すべて|全て)\s*の\s*施策|(?<![\p{Script=Han}])施策\s*(?:の\s*)?(?:総数|数)(?!値|字|量)/gu;

/**
 * The policies themselves asked about: 施策ごとの件数, 施策別の事業数, 施策ごとの内訳, どの施策が一番多い, 事業数が一番少ない
 * 施策 (probe 101: each had been searched as words, 0件).
 */
const BY_POLICY_USUAL =
  /(?<![\p{Script=Han}])(?:施策(?:ごと|別)(?:の|に|で)?\s*(?:件数|事業数|内訳|数)?(?:の?内訳)?|どの施策が\s*(?:一番|最も|いちばん)?\s*(?:多い|多く|少ない)(?:の|ん)?|(?:事業|件数|事業数)\s*(?:が|の)\s*(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*施策|(?:一番|最も|いちばん)\s*(?:事業|件数|事業数)?\s*(?:の|が)?\s*(?:多い|少ない)\s*施策|(?<=施策(?:ごと|別)の?(?:件数|事業数|内訳)?\s*(?:で|の中で|のうち)?\s*)(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:の|もの|施策)?)/gu;
export const BY_POLICY = new RegExp(`${RANKED_SAID("施策")}|${BY_POLICY_USUAL.source}`, "gu");

/**
 * The initiatives asked about, each counted: 取組ごとの件数, 取り組み別の事業数, 取組ごとの内訳 (probe 153's kind: 取組ごと had
 * been searched, 0件), or ranked as the departments and policies are (事業が一番多い取組, 取組で事業が一番少ないのは: probe
 * 260).
 */
const BY_INITIATIVE_USUAL =
  /(?<![\p{Script=Han}])(?:取組|取り組み)\s*(?:ごと|別|毎)\s*(?:の|に|で)?\s*(?:件数|事業数|内訳|数|何件)?(?:\s*の?\s*内訳)?|どの(?:取組|取り組み)が\s*(?:一番|最も|いちばん)?\s*(?:多い|多く|少ない)(?:の|ん)?|(?:事業|件数|事業数)\s*(?:が|の)\s*(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:取組|取り組み)|(?:一番|最も|いちばん)\s*(?:事業|件数|事業数)?\s*(?:の|が)?\s*(?:多い|少ない)\s*(?:取組|取り組み)|(?<=(?:取組|取り組み)(?:ごと|別)の?(?:件数|事業数|内訳)?\s*(?:で|の中で|のうち)?\s*)(?:一番|最も|いちばん)\s*(?:多い|少ない)\s*(?:の|もの|取組)?/gu;
export const BY_INITIATIVE = new RegExp(
  `${RANKED_SAID("取組|取り組み")}|${BY_INITIATIVE_USUAL.source}`,
  "gu",
);

/**
 * The directions themselves asked about: 方向性ごとの件数, 方向性別の件数, 方向性の内訳, 方向性ごとに何件 (probe 111: each had been
 * searched as words, or listed with no count).
 */
export const BY_DIRECTION =
  /方向性\s*(?:(?:ごと|別)\s*(?:の|に|で)?\s*(?:件数|事業数|内訳|数|何件)?(?:\s*の?\s*内訳)?|の\s*内訳)/gu;

/**
 * A count asked year by year: 年度別に, 年度ごとの拡充の件数, (件数の)推移 — not 方向性の推移 or 予算の推移, nor 年度ごとに継続 (every year, see
 * THROUGHOUT in directions.ts), which says what each year holds rather than asking to count it.
 */
/**
 * The year with the most (or fewest) asked for (完了する事業が一番多いのは何年度？, 新規が一番少ない年度は？, 何年度が一番
 * 完了が多い？): a count in each year, the year at that end said first (probe 187: the ten completed had been listed with no
 * year). Group 1 or 2 or 3: 多い or 少ない (the last only looked ahead at, the direction before it left to be read).
 */
export const YEAR_RANKED =
  /(?:一番|最も|いちばん|もっとも)\s*(多い|少ない|多かった|少なかった)\s*(?:の|もの)\s*(?:は|って)\s*(?:何年度|どの年度|いつ)|(?:一番|最も|いちばん|もっとも)\s*(多い|少ない|多かった|少なかった)\s*年度\s*(?:は|って)?\s*(?:いつ|どこ|どれ|何年度)?|(?:何年度|どの年度)\s*(?:が|に|で)\s*(?:一番|最も|いちばん|もっとも)(?=[^、。？?]{0,10}?(多い|少ない|多く|少なく|多かった|少なかった))/u;

/**
 * A count in each year asked (年度ごとの件数, 年度別に, 件数の推移; 各年度に載っている事業の数, 年度ごとに載ってる事業数 —
 * probe 455: 0件 or the whole count alone): only where a count is asked (see its use). Not 年度ごとに継続 (a direction
 * each year) unless a count follows it.
 */
export const BY_YEAR =
  /(?:(?:年度|年)\s*(?:ごと|毎|別)|各\s*年度(?=\s*(?:ごとに|ごとの|に|で|の)\s*(?!方向性)))(?!\s*(?:の|に|で)?\s*方向性)(?!\s*(?:に|で)\s*(?:継続|拡充|縮小|臨時拡充|載|記載)(?![^、。？?]{0,14}?(?:件数|事業数|の数|数を|数は|何件)))\s*(?:の|に|で)?\s*(?:件数|事業数|内訳|数|何件)?(?:\s*の?\s*内訳)?|(?:の\s*)?(?:件数|事業数|数)?\s*の?\s*(?<!(?:方向性|予算|金額|額)\s*の?\s*)推移/gu;

/** The name a word is asked to be in — a project's, or (with 課) its department's — and the verb that says so. */
// (Every field has 名 in it: readParts runs the patterns below only on a text with 名.)
const NAME_FIELD = "事業名|事業の名前|名前|名称|課名|課の名前|担当課名|担当課の名前";
const NAME_HOLDS = "入って|入る|含まれ|含む|付い|付く|つい|つく|ある|あり|使われ";
/** The same verbs denied (入っていない, 含まない, 付かない, ない): the word must not be there. First, as the longer. */
const NAME_LACKS =
  "(?:入って(?:い|お)?(?:ない|ません|らず)|入らない|含まれて(?:い)?(?:ない|ません)|含まれない|含まない|含んで(?:い)?ない|(?:付い|つい)て(?:い)?(?:ない|ません)|付かない|つかない|使われて(?:い)?(?:ない|ません)|使われない|ない|無い|なし)";
/**
 * The word asked for: in quotes, or a run of kanji, katakana or Latin letters — not the verb's own kanji (入ってない
 * after 「ICTが事業名に」 is the verb, not 入 asked of the name).
 */
const NAME_WORD = String.raw`[「『"“]([^」』"”]{1,20})[」』"”]|(?![入含付使][っらまんかいくわれむる])([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]{1,12})`;

/**
 * A word asked to be in a project's name or its department's (事業名にICTが入っている, 課名に「市民」が付く, 名前に
 * 「拡充」とある) or not to be (事業名にICTが入っていない): the word in quotes or before が/という, and the verb that says
 * it is there or denies it. Groups: the field (1), the word quoted (2) or not (3), the denial (4).
 */
export const NAME_HAS = new RegExp(
  String.raw`(${NAME_FIELD})\s*(?:に|で|の中に)\s*(?:${NAME_WORD})\s*(?:と(?:いう)?(?:言葉|語|単語|文字)?(?:が|の|を)?|って|が|の|を|は)?\s*(?:(${NAME_LACKS})|${NAME_HOLDS})`,
  "gu",
);
/** The verbs that say a word is written in a project: 書いてある, 記載されている, 出てくる, 載っている, 含まれている. */
const WRITTEN_VERBS =
  "書いて|書かれて|記載(?:されて|して|が)|出て(?:くる|きて|き|いる|る)|載って|入って|含まれて";
/**
 * A word or a phrase asked to be written in a project (「モバイルWi-Fiルーターって書いてある事業」「47施設と書いてある事業」
 * 「「目的とする」と書いてある事業」「「茨木市地域コミュニティ基本指針」が出てくる事業」): those whose name, purpose or content
 * hold it as written — searched, 47 had been dropped and 施設 found in nine, Wi-Fi's four demoted to related (probe 322).
 * A field named before it (目的欄に) is read as the text as a whole. Said with が, only quoted: 方向性が書いてある,
 * 事業が載っている say what is listed. Not a code or a place in a list (7-2の17番って書いてある, 7-2-6って書いてある: the
 * label a project is printed with — probe 474 had searched 17番, 0件). Groups: quoted (1), or a run of kanji, katakana,
 * letters or digits (2).
 */
export const TEXT_HAS = new RegExp(
  String.raw`(?:(?:目的|内容|本文|計画)\s*(?:欄|の欄)\s*(?:に|で|には)\s*)?(?:[「『"“]([^」』"”]{2,30})[」』"”]|(?![\d-]+(?:番目?|つ目|個目)?\s*(?:と|って))([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]{2,20}))\s*(?:(?:と|って)\s*(?:(?:いう)?\s*(?:言葉|語|文言|単語|表現|記載|文)\s*(?:が|の)?\s*)?|(?<=[」』"”]\s*)が\s*)(?:${WRITTEN_VERBS})\s*(?:い|お)?(?:る|ある|あります|います|る)?\s*(?=事業|もの|の|やつ|取組|取り組み)`,
  "gu",
);

/**
 * A word said not to be in a project, with no field named (Wi-Fiが出てこないもの, 「Wi-Fi」と書いてない事業, Wi-Fiは関係ない
 * 事業, Wi-Fiを含まない事業, ICTを使っていないもの): those whose name, purpose and content lack it as written — probe 388
 * had searched the word, and answered the very projects holding it. Groups: quoted (1), or a run (2).
 */
export const TEXT_LACKS =
  /(?:[「『"“]([^」』"”]{2,30})[」』"”]|([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]{2,20}))\s*(?:が|は|の|って|と|とは|を|に)?\s*(?:(?:全く|まったく|一切|特に)\s*)?(?:出て(?:こ|き)?ない|出ていない|関係(?:の)?ない|関係(?:して)?(?:い)?ない|関係しない|関わらない|関わりのない|入って(?:い)?ない|含まれて(?:い)?ない|含まれない|含まない|書いて(?:い)?ない|書かれて(?:い)?ない|記載(?:されて)?(?:い)?ない|使って(?:い)?ない|使わない)\s*(?=事業|もの|の|やつ|取組|取り組み|ほう)/gu;

/**
 * A word asked to be in one field of a project (目的に「コロナ」と書いてある事業, 内容にワークショップが入ってる事業, 目的に
 * 防災って書いてあるもの, 内容に「AI」とある事業): those whose purpose, or content, holds it as written. With the field
 * named, the word needs no quotes before が, may hold a kana between kanji or end in one (働き方改革, 手続き), and とある says it is written (probe 365's class: the field had been dropped and
 * the word sought in the whole row). 目的欄, 内容の部分 name the same fields; 本文 and 計画 name the row as a whole (read
 * by TEXT_HAS). Not 何 (内容には何が書いてありますか asks the field itself: probe 376 had sought the word 何, 0件).
 * Groups: the field (1), the word quoted (2) or not (3), a denial (4: 書いてない).
 */
export const FIELD_TEXT_HAS = new RegExp(
  String.raw`(目的|内容)\s*(?:欄|の欄|の(?:ところ|部分|中|文|文章))?\s*(?:に|には|の中に)\s*(?:[「『"“]([^」』"”]{1,30})[」』"”]|(?![書入含出載使][っかいまれてく])(?!何(?!\p{Script=Han}))((?:[\p{Script=Han}\p{Script=Katakana}ーa-z0-9・-]|[いきくけしすせちつみめりれえ](?=\p{Script=Han})){1,20}(?:[きしりみえけ](?=って|と|が))?))\s*(?:(?:と|って)\s*(?:(?:いう)?\s*(?:言葉|語|文言|単語|表現|記載|文)\s*(?:が|の)?\s*)?|が|の)\s*(?:(書いて(?:い|お)?(?:ない|ません)|書かれて(?:い)?(?:ない|ません)|入って(?:い)?(?:ない|ません)|含まれて(?:い)?(?:ない|ません)|含まない|出てこ?ない|ない|無い)|(?:${WRITTEN_VERBS}|含む|含んで|使われて|ある|あり)\s*(?:い|お)?(?:る|ある|あります|います)?)`,
  "gu",
);
/**
 * The same with the word first: ICTが事業名に入ってる, 「市民」が課名に付く, ICTが事業名に付かない, ICTって名前につく
 * (probe 81) — or a space for the particle, as a fragment is typed (ICT 名前につく事業: probe 473 had searched ICT in every
 * field). Groups: quoted (1),
 * word (2), field (3), the denial (4).
 */
export const NAME_HAS_WORD_FIRST = new RegExp(
  String.raw`(?:${NAME_WORD})\s*(?:という(?:言葉|語|単語|文字)?)?(?:\s*(?:が|の|って)|\s)\s*(${NAME_FIELD})\s*(?:に|の中に)\s*(?:(${NAME_LACKS})|${NAME_HOLDS})`,
  "gu",
);

/**
 * The top few said after the unit (事業数の多い課を上位3つ教えて, 事業が多い施策のトップ3): said as a count by unit, and the
 * top few of it (the sixty-ninth session: the whole ranking had been answered with every project, or 0件).
 */
// (Or with the number alone and its counter — 事業が多い課を3つ, 事業が少ない施策を2つ教えて — and the fewest so too:
// probe 398 had found nothing for both.)
export const TOP_UNITS_AFTER =
  /(?:事業数|件数|事業)\s*(?:が|の)\s*(多い|少ない)\s*(課|施策|部署|担当課|取組|取り組み)\s*(?:を|の|で|は)?\s*(?:(?:トップ|上位|ベスト|下位|ワースト)\s*([0-9０-９一二三四五]{1,2})\s*(?:つ|件|位|課|施策|取組)?|(?:(?:下|上)\s*から\s*)?([0-9０-９一二三四五]{1,2})\s*(?:つ|個|課|施策|取組))\s*(?:まで)?/gu;
/** TOP_UNITS_AFTER said as the ranking reads it: 課別の事業数 上位3 (the most), 下位3 (the fewest). */
export const topUnitsAfter = (_: string, end: string, unit: string, top?: string, alone?: string) =>
  `${unit}別の事業数 ${end === "少ない" ? "下位" : "上位"}${top ?? alone ?? ""}`;
