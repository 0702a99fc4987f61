// What staff ask of a project that the plan does not record (probe 88): its budget, its figures, the person or the
// phone line behind it, how far it has got, who it is contracted to, how it was judged, what the council said. The plan
// has each project's department, purpose, content and a direction a year; asked for anything else beside those, the
// bot answers what it has and says plainly what it has not — the words never searched (「予算」 had emptied a
// department's list; 「議会」 had found 協議会), a year said of them never a condition (昨年度の寄附額 is no R7 filter).
import { ANY_YEAR } from "./years.js";

/** A year said of the figure (昨年度の, R4の, 今年度): it dates the figure, not the projects. */
const OF_YEAR = String.raw`(?:(?:${ANY_YEAR}|再来年度|来年度|次年度|翌年度|今年度|本年度|昨年度|前年度|去年|昨年|今年)\s*(?:の|は)?\s*)?`;

/**
 * The things the plan does not record, as staff name them. Each alternative is one of them. Not those whose words the
 * plan uses of what a project does (委託, 評価, 効果, 成果: 「口座振替の委託先は？」 asks 7-2 No.3 by them), nor a day
 * (開始日, 日程: a question of a day is read as one, and told the plan's years instead); of 寄附額,
 * 寄附 (group 2) stays, the subject it is the amount of.
 */
const THINGS = [
  "予算(?:額|規模)?|事業規模|総?事業費|経費|費用|金額|コスト|手数料|参加費|利用料|(?:補助|助成|交付)(?:金)?額|(?:増|減)額分",
  // Targets and how far they are met (KPI: probe 416 had read it as the plan's 成果指標 and emptied a department's list).
  // (KPI reaches here as 成果指標, the plan's word for it — which 7-1 No.1 measures, and names no value of.)
  "KPI|ＫＰＩ|成果指標|数値目標|目標値|達成率",
  // Counts of use, said with what is counted (利用件数: not 件数 alone, the number of projects asked).
  "(?:年間の?\\s*)?(?:利用|相談|申請|申込み?|受付|貸出)件数|(?:設置|導入)?台数",
  // Dates of an event or a deadline (会議の日程, 申請の締切: not 日程 alone, a question of a day read as one).
  "(?:会議|説明会|研修|講座|イベント|開催|実施)\\s*の?\\s*日程|スケジュール|開催日(?:時)?|(?:申請|申込み?|応募|募集)?\\s*の?\\s*(?:締め?切り?|締切(?:日)?|期限)",
  // Who heads the department (担当課の課長は誰？: probe 416 had searched 課長, and the thread lost).
  "(?:課長|部長|係長|室長|所属長)(?:の(?:名前|氏名))?",
  "(?:利用|活動|事業|過去の|これまでの)?実績",
  String.raw`(?:参加|受講|利用|来場|相談|応募)者?(?:数|人数)|(?:参加|受講|利用|来場|相談|応募)(?:件数|者)(?=\s*(?:は|って)?\s*(?:何|なん)(?:人|件))`,
  "(寄[附付])(?:額|金額|件数)|交付率|普及率|利用率",
  "進捗(?:状況|率)?|進み具合|進ちょく",
  "担当者(?:名|の(?:名前|氏名|方))?|職員の(?:名前|氏名)",
  "電話番号|内線(?:番号)?|連絡先|メール(?:アドレス)?",
  // A course's or an event's particulars (review: 「コーチング研修の定員は？」 had named 定員 missing and the course related).
  "定員|募集人数|講師|会場",
  // Why, and what led to it (「…R6の記載がないものと、その理由」「人事課の事業と、その背景」): the plan gives a purpose, not
  // a reason (probe 150: 理由 had been searched, and a right list answered いいえ（該当 0件）).
  "理由|背景|経緯|いきさつ|根拠",
  // Where it is, asked (「場所はどこ？」 after the おくやみ corner: probe 142 had searched 場所 and found 居場所) — not a
  // place a project makes (集まれる場所ってある？ asks of one).
  // (Of a project, after a particle or alone — not a place a verb describes: 集まれる場所を教えて.)
  "所在地|住所|(?:(?<![ぁ-ゖ])|(?<=[はのもがで]))場所(?=\\s*(?:は|って|を|も)?\\s*(?:どこ|何処|わか|分か|教え))",
];

/**
 * The end of the message's ask after what is asked (の, です, か, and `more` before the closing marks): these are read only
 * as the ask, not as words naming a project earlier in a sentence.
 */
const atAskEnd = (more = "") =>
  String.raw`(?=\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな)?\s*${more}[?？。]*\s*$)`;
/**
 * Whether it worked, asked (効果はあった？, 成果は出た？, 結果ってどうだった？, 効果はどのくらい): the plan gives a purpose, not
 * an outcome (probe 286: 効果 had been searched across the plan, and 効果あった？ answered はい of the project's listing).
 * Not 効果 as what a project aims at (効果的な, 効果を高める: searched).
 */
// (Only as the message's ask, at its end: 「どれくらい効果出てるか測ってる事業」 names a project by what it does — probe 286's
// rule had cut its 効果 from the search.)
const OUTCOME = String.raw`(?<![一-龯])(効果|成果|結果)\s*(?:は|って|が)?\s*(?:あった|ありました|出た|出て(?:る|いる|います)|出ました|上が(?:った|って)|どう(?:だった|でした|なった|なりました)|(?:どの|どれ)(?:くらい|ぐらい|程度))[ぁ-ゖ]*${atAskEnd()}`;
/**
 * How to apply or use it, asked (どうやって申し込むの？, どうすれば利用できる？, 申込方法は？): the plan says what a project
 * does, not how a resident takes part (probe 286 had answered 0件, the thread lost).
 */
// (Only as the message's ask, at its end: 「口座振替の申込方法を簡単にする事業」 names a project by what it does.)
const HOW_TO = String.raw`(?:(?:どうやって|どのようにして|どうすれば|どうしたら)\s*(?:申し?込|申込|申請|応募|利用|使|参加|予約|提案|もら|受け取)[ぁ-ゖ]*|(?:申し?込み?|申込|申請|応募|利用|参加|予約)\s*(?:の)?\s*(?:方法|手順|仕方|しかた)(?:\s*(?:は|って|を))?)${atAskEnd(String.raw`(?:教えて[ぁ-ゖ]*)?\s*`)}`;
/** How much, asked without a noun (いくらかかる？, 1団体いくらもらえる？, 何円？): an amount (probe 286). */
const HOW_MUCH = String.raw`(?:いくら|幾ら|何円|何万円)\s*(?:くらい|ぐらい|ほど)?\s*(?:かか|もらえ|出る|出ま|補助|助成|支給|なの|です|でしょう|(?=[?？]))[ぁ-ゖ]*`;

/**
 * Any of them named, or the council's words asked: what a follow-up asks of the project before (「予算はいくら？」,
 * 「議会で何を言われたかはわかる？」) as a field is. (No u flag: it joins patterns written without one.)
 */
export const ASKS_UNRECORDED = new RegExp(
  `${THINGS.join("|")}|${OUTCOME}|${HOW_TO}|${HOW_MUCH}|議会\\s*(?:で|での|の)?\\s*(?:何|なに)?\\s*を?\\s*(?:言われ|聞かれ|指摘され|質問され|議論され)[ぁ-ん]*|議会(?:での)?(?:答弁|質疑)`,
);

/** Verbs that say a thing is in the plan (載っている, 書いてある, 示されている, 記載がある, 触れられている). */
const SAID_IN_PLAN = String.raw`(?:計画\s*(?:に|で|上|の中)?\s*(?:は|に)?\s*)?(?:載っ|載せ|書い|書か|記載|記述|示さ|明記|掲載|触れ)`;
/**
 * What follows a thing asked for: a question word or a request (は？, いくら, 何人, を教えて, もわかる？), whether
 * there is one (理由はございますか, 予算はある？ — probe 171), the end of a clause, or another thing listed with it
 * (担当者の名前と電話番号) — not a verb it is the subject or object of (費用がかさんで, 進み具合を管理している: what a
 * project does, which is searched).
 */
const ASKED_AFTER = String.raw`(?=\s*(?:(?:は|を|も|って|が|について)\s*)?(?:(?:全部|合計|総額|全体|トータル)\s*で\s*)?(?:${OF_YEAR})?(?:[?？。！!\n]|$|${SAID_IN_PLAN}|一覧|リスト|いつ|いくら|幾ら|何人|なんにん|何件|誰|だれ|どこ|どれ|どの|どう|わか|分か|教え|知り|ください|下さい|お願い|いただけ|頂け|ご教示|お示し|示して|ご確認|ござい|あり(?:ます|ません)|ある(?=\s*(?:の|ん|か|[?？。]|$)))|\s*(?:と|や|、|,|も)\s*[^\s])`;
/** What the thing must not be part of: a word before it (人事評価, 協議会), a verb of change after it (予算が増える). */
const NOT_PART = String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])`;
const NOT_CHANGE = String.raw`(?!\s*(?:が|は|を|も)?\s*(?:増|減|拡|縮|大き|小さ|削|付|つ|かか(?:る|ら)\s*(?:事業|もの)))`;
/** Nor someone the asker talks or works with (広報の担当者と話をしていて): the person is no thing asked for (probe 102). */
const NOT_COMPANION = String.raw`(?!\s*と\s*(?:の)?\s*(?:話(?:を|し|す|が)|相談(?:を|し|す)|打ち?合わせ(?:を|し|す|が|で)|会っ|会い|会う|一緒|協議(?:を|し|す)|調整(?:を|し|す)|やり(?:取|と)り|連携(?:を|し|す)|連絡を取))`;
/** What is asked of the thing after it: いくら, 何人, どうなってる, わかる, 教えて. */
const ASKED_OF = String.raw`(?:\s*(?:は|を|も|って|が))?(?:\s*(?:全部|合計|総額|全体|トータル)\s*で)?(?:\s*${OF_YEAR})?(?:\s*(?:いくら|幾ら|何人|なんにん|何件|どれ(?:くらい|ぐらい)|どの(?:くらい|ぐらい)|どう(?:なって(?:いる|る|います)|ですか)?)(?:か|です|でしょう)*(?:か)?)?`;

/**
 * A thing asked for (group 1), with the の that ties it to its project (担当課の連絡先を教えて reads 担当課を教えて),
 * the year said of it and what is asked of it.
 */
const UNRECORDED = new RegExp(
  String.raw`(?:の\s*)?(?:それぞれ\s*の\s*)?${OF_YEAR}${NOT_PART}(${THINGS.join("|")})${NOT_CHANGE}${NOT_COMPANION}${ASKED_AFTER}${ASKED_OF}`,
  "gu",
);
/** What the council said (議会で何を言われた, 議会での答弁は): asked, not the occasion of asking (議会答弁の準備で). */
const COUNCIL = new RegExp(
  String.raw`${OF_YEAR}(?<![\p{Script=Han}])議会\s*(?:で|での|の)?\s*(?:(?:何|なに)\s*を?\s*(?:言われ|聞かれ|指摘され|質問され|議論され)\p{Script=Hiragana}*|(?:答弁|質疑|質問|指摘|議論)(?:の内容)?${ASKED_AFTER}${ASKED_OF})`,
  "gu",
);

/**
 * Why a direction changed (なんで縮小になったの？, どうしてR4で終わるの, なぜ拡充した？; or asked after it: 縮小になって
 * いるのはなぜですか — probe 183 had answered the list alone; 縮小となる理由は何でしょうか — probe 205): the plan gives each year's
 * direction, never its reason — the yes-or-no after it is still answered (probe 138: only はい had been said). Not a
 * why of the project itself (なんでこの事業やってるの？), which its 目的 answers. Why a year is not listed too (なんで載って
 * ないの？ after R5 is not: probe 474 had been told 「いいえ。当てはまる事業があります」).
 */
const WHY_CHANGED =
  /(?:なんで(?!す|しょ)|なぜ|何故|どうして)(?=[^。？?！!\n]{0,20}?(?:縮小|完了|拡充|終わ|終了|やめ|止め|載って(?:い)?ない|載らな|載ってな|記載(?:が|は)?\s*(?:ない|な[くい])))|(?<=(?:縮小|完了|拡充|終わ|終了|やめ|止め)[\p{Script=Hiragana}\s]{0,14})(?:の\s*(?:は|って)\s*)?(?:なんで(?!す|しょ)|なぜ|何故|どうして)(?:\s*(?:です|でしょう|なの|なん))?(?:\s*か)?|(?<=(?:縮小|完了|拡充|終わ|終了|やめ|止め)[\p{Script=Hiragana}\s]{0,14})(?:の\s*)?理由\s*(?:は|って)\s*(?:何|なに|なん)\s*(?:です|でしょう|なの|なん)?\s*(?:か)?/gu;

/**
 * Whether the plan says it, asked of such a thing at the message's end (「…縮小とされている理由は示されていますか。」
 * 「予算は載っていますか」, or whether there is one: 「…縮小となっている理由はございますでしょうか。」 — probe 171): a
 * yes-or-no of the thing, not of the project — いいえ (probe 160: はい had answered of the project's 縮小, and an auditor
 * would record that a reason is given).
 */
const WHETHER_SAID = new RegExp(
  String.raw`(?:${THINGS.join("|")})\s*(?:は|が|って|も|について(?:は)?)?\s*(?:${SAID_IN_PLAN}\p{Script=Hiragana}{0,12}|(?:ござい|あり|ある)\p{Script=Hiragana}{0,10})\s*[?？。]*\s*$`,
  "u",
);
export const asksWhetherSaid = (text: string): boolean => WHETHER_SAID.test(text.trim());
/** Whether it worked, asked at the message's end (効果あった？, 成果は出ましたか): no はい or いいえ the plan can give. */
const OUTCOME_ASKED = new RegExp(OUTCOME, "u");
export const asksOutcome = (text: string): boolean => OUTCOME_ASKED.test(text.trim());

const OUTCOME_SAID = new RegExp(OUTCOME, "gu");
const HOW_TO_SAID = new RegExp(HOW_TO, "gu");
const HOW_MUCH_SAID = new RegExp(HOW_MUCH, "gu");

/** Its name in a note: the thing as the plan would miss it, not as said with its year. */
const named = (thing: string) =>
  thing.startsWith("議会")
    ? "議会での質疑"
    : thing === "成果指標"
      ? "各事業の成果指標（KPI）とその値"
      : /^(?:参加|受講|利用|来場|相談|応募)者$/.test(thing)
        ? `${thing}数`
        : thing;

/**
 * The message without what it asks that the plan does not record, and those things by name (予算額, 寄附額,
 * 参加者数, 議会での質疑). A message asking none of them is returned as it is.
 */
export function withoutUnrecorded(text: string): { text: string; unrecorded: string[] } {
  const unrecorded: string[] = [];
  const cut = text
    .replace(OUTCOME_SAID, () => {
      unrecorded.push("事業の成果（効果）");
      return " ";
    })
    .replace(HOW_TO_SAID, () => {
      unrecorded.push("申込み・利用の方法");
      return " ";
    })
    .replace(WHY_CHANGED, () => {
      unrecorded.push("方向性の理由");
      return " ";
    })
    .replace(COUNCIL, () => {
      unrecorded.push(named("議会"));
      return " ";
    })
    .replace(UNRECORDED, (_, thing: string, kept?: string) => {
      unrecorded.push(named(thing));
      return kept === undefined ? " " : ` ${kept} `;
    })
    // (After the things named: 予算はいくら？ is the 予算's.)
    .replace(HOW_MUCH_SAID, () => {
      unrecorded.push("金額");
      return " ";
    });
  return unrecorded.length === 0 ? { text, unrecorded } : { text: cut, unrecorded: [...new Set(unrecorded)] };
}

/** Whether a message asks only what the plan never records (効果はどうだった？, 費用は全部でいくら？): no word left. */
export const asksOnlyUnrecorded = (text: string): boolean => {
  const { text: rest, unrecorded } = withoutUnrecorded(text);
  return unrecorded.length > 0 && !/[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9]/u.test(rest);
};

/** The note that says so: 「予算・寄附額は計画に記載がありません（…）」. */
export const unrecordedNote = (things: readonly string[]): string =>
  `${things.join("・")}は計画に記載がありません（計画にあるのは、各事業の担当課・目的・内容と年度ごとの方向性です）。`;
