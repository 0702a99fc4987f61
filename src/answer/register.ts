// The register of a Slack message, peeled off before a question is read: greetings and set phrases of
// business Japanese (お疲れ様です。お世話になっております。), the framing of a request (〜いただけますでしょうか,
// 〜教えてください), and casual sentence endings (〜ってある？, 〜だっけ, 〜みたいなの, 〜の話). They say how
// something is asked, never what about; left in, their nouns (世話, 話, 件) would be searched as subjects.
// Rules of Japanese, each written once and tested with a table of phrasings (tests/answer/register.test.ts).
import { DIRECTION_NAMES, LEAVING_OUT } from "./understand/directions.js";
import { OKURIGANA_IN_NAME, UNIT_SUFFIXES } from "./understand/units.js";
import { ASKS_UNRECORDED } from "./understand/unrecorded.js";
import { perText } from "./understand/util.js";
import { ANY_YEAR } from "./understand/years.js";

/** Connectives that open a message going on from what was said (じゃあ, それなら): they name nothing. */
export const CONNECTIVES = String.raw`それじゃあ?|じゃあ|じゃ(?![\p{Script=Hiragana}])|それなら|それでは`;

/** Where a shape's words end: a request, the end of a clause or of the message. */
// (Or another shape after it: 表に貼れる形で一行ずつ — probe 289 had searched 表 and 形, 0件.)
// (Or every one asked after it: 担当課つきで全部出してください — probe 297 had searched 全部 beside it, 0件.)
const SHAPE_END = String.raw`(?=\s*(?:全部|ぜんぶ|すべて|全て|一覧|箇条書き|かじょうがき|リスト|表|エクセル|excel|csv|(?:一|1)\s*行|名前|事業名|件数|課名|担当課|もらえ|いただけ|頂け|ください|下さい|お願い|出して|教えて|見せて|示して|ちょうだい|[。、,！？!?\n]|$))`;
/**
 * How an answer is wanted, a line a project (表で, 一覧表にして, 箇条書きで, リストで, コピペできる形で, エクセルで欲しい,
 * 表に貼れる形で, 表に貼りたいので, 一行ずつで, 名前だけ, 件数だけ, 課名付きで箇条書き, 方向性つきで — probe 157, メモ用に) or short (短く, 簡単に, 手短に, 簡潔に, 一言で, ひとことで, 一文で — probe 364; 要点だけ, ざっくり, かいつまんで, 概要だけ — probe 191: 要点だけ alone had found 0件). Groups: a list's shape (1), a short one (2).
 */
export const ANSWER_SHAPE = new RegExp(
  String.raw`(?:を|で|は)?\s*(?:((?<![\p{Script=Han}\p{Script=Katakana}ー])(?:一覧表|表形式|表|箇条書き|かじょうがき|リスト|エクセル|excel|csv)(?:形式)?\s*(?:にして|にまとめて|で)|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:一覧表|表|エクセル|excel|シート)\s*に\s*(?:(?:貼れる|貼り付けられる|貼りやすい|貼る|貼り付ける|コピペできる|入れやすい)\s*(?:形式|形)?\s*(?:で|に)|(?:貼り(?:付け)?たい|したい|まとめたい|入れたい)(?:ので|から|です)?)|(?:一|1)\s*行\s*(?:ずつ|ごと)(?:\s*で)?|(?:一|1)\s*行\s*で|(?:コピペ|コピー|貼り付け)(?:\s*(?:できる|しやすい|用の?))?\s*(?:形式|形)?\s*(?:で|に)|(?:事業名|名前|名称|タイトル|コード|番号|件数|数字|数)\s*(?:だけ|のみ)(?:\s*で)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:箇条書き|かじょうがき)|(?:課名|担当課名|所管課名|担当課|所管課|方向性|目的|内容|概要)\s*(?:付き|つき|入り|込み|こみ)\s*(?:で|の)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:メモ|資料|ヒアリング|報告)\s*用\s*(?:に|で))|(短く|簡単に|手短に|簡潔に|一言で|ひとことで|(?:一|1)\s*文\s*で|ひとつの文で|要点(?:だけ|のみ)?(?:\s*で)?|ざっくり(?:と)?|かいつまんで|概要(?:だけ|のみ)(?:\s*で)?))(?:\s*に\s*して(?=\s*(?:ください|下さい|ほしい|欲しい|もらえ|くれ|[。？?！!]|$))|\s*(?:ほしい|欲しい)(?:です)?|\s*(?:で)?\s*(?:結構|十分|じゅうぶん|大丈夫|構いません|かまいません|いい|よい|良い)\s*(?:です|でございます)?(?=\s*[。、,！？!?\n]|\s*$)|${SHAPE_END})`,
  "iu",
);

/**
 * The shape an answer is asked in: `lines` (a line a project), `brief` (no full 目的 and 内容) or `count` (件数だけ, 数のみ:
 * the number alone, no list — probe 250 had listed 24 projects under 「…件数だけで結構です」), else undefined.
 */
export function shapeAsked(question: string): "lines" | "brief" | "count" | undefined {
  // (A run of spaces read as one: the pattern's \s* would share it out — review-55 M6.)
  const m = ANSWER_SHAPE.exec(question.replace(/\s+/gu, " "));
  if (m === null) return undefined;
  if (m[1] === undefined) return "brief";
  return COUNT_ONLY.test(m[1]) ? "count" : "lines";
}
/** The number of projects alone asked for (件数だけ, 数のみ). */
const COUNT_ONLY = /^(?:件数|数字|数)\s*(?:だけ|のみ)/;

/**
 * A message that only says how the answer is wanted (表にしてもらえますか, 件数だけ教えて, CSVでください): of the list in view,
 * in a thread — `count` when only its number is wanted, else its shape; null when it says anything more.
 */
export function onlyShapeAsked(question: string): "count" | "lines" | "brief" | null {
  // (全部 before it is the whole list: 「全部表にしてもらえますか」; やっぱり, もっと before it say how it is asked again:
  // 「やっぱり短く」 — probe 494 had searched やっぱり, 0件.)
  // (Runs of spaces read as one, as shapeAsked does: stripRegister's patterns would share them out — review-55 M6:
  // 12 s on two runs of 3,000.)
  const said = question
    .trim()
    .replace(/\s+/gu, " ")
    .replace(
      /^(?:(?:やっぱり|やっぱ|やはり|じゃあ|では|もう少し|もうちょっと|もっと)\s*[、,]?\s*)?(?:全部|ぜんぶ|すべて|全て)?\s*/u,
      "",
    );
  const stripped = stripRegister(said);
  // (Read as typed, or with what softens it taken off — 「件数だけでいいです」「表で見たい」, whose ask follows no word
  // the shape waits for: review-53 L1.)
  const shape = shapeAsked(said) ?? shapeAsked(stripped);
  const rest = stripped.replace(SHAPE_ALONE, "").replace(REQUESTED, "");
  if (shape === undefined || /[\p{L}\p{N}]/u.test(rest)) return null;
  return /件数|数\s*(?:だけ|のみ)/.test(question) ? "count" : shape;
}
/** The words of a request around a shape (ください, ちょうだい, もらえる？, 見たい), and punctuation. */
const REQUESTED =
  /ください|下さい|お願い(?:します)?|教えて|ほしい|欲しい|ちょうだい|(?:もらえ|いただけ|頂け)(?:る|ます|ません)?か?|見たい|知りたい|[?？。！!、,\s]/gu;
/** A shape said with no request after it (件数だけ, 表で, 名前だけ): what is left of a message once register is stripped. */
const SHAPE_ALONE =
  /(?:件数|数|名前|事業名|名称|コード|番号)\s*(?:だけ|のみ)(?:\s*で)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:一覧表|表|エクセル|excel|csv)\s*(?:にして|に|で)/giu;

/** A greeting followed by a comma (お疲れ様です、…): the greeting, its sentence ended there. */
const GREETING_THEN_COMMA =
  /(お疲れ(?:様|さま)です|おつかれ(?:さま|様)です|お世話にな(?:っております|ります|っています)|こんにちは|おはようございます)\s*[、,]/gu;

/**
 * The answer before said not to match what was said before it (さっきと数が違うけど、前と答えが違いますが？): why one asks
 * again, no word of what (probe 194: 数 had been searched, and emptied a department's list — 条件 shown, 0件).
 */
export const ANSWER_QUESTIONED = String.raw`(?:さっき|先ほど|先程|前|最初)(?:の(?:回答|答え|結果|件数|数))?\s*(?:と|とは)\s*(?:(?:数|件数|答え|結果|回答)\s*(?:が|は)?\s*)?(?:違う|ちがう|違います|違って(?:いる|る|います|ます)|合わない|合いません|ずれて(?:いる|る|います|ます))(?:けど|けれど|んですけど|んですが|のですが|が|よね|よ|ね)?\s*[、,。？?]?`;

/** Set phrases that greet, apologise or thank: removed wherever they stand. */
const FORMULAS = [
  /お疲れ(?:様|さま)です?|おつかれ(?:さま|様)です?|お疲れ(?:様|さま)|おつです|おつかれ/g,
  /(?:いつも)?お世話にな(?:っております|ります|っています)/g,
  // (Before the apologies it stands before: 「急ぎで恐縮です」.)
  /(?:至急|お?急ぎ)(?:で|の(?:ところ|件で))?(?=\s*[、,]|\s*すみません|\s*すいません|\s*申し訳|\s*恐縮)/g,
  /(?:大変)?恐れ入(?:りますが|ります)|恐縮(?:ですが|です)|お手数(?:ですが|を?おかけ(?:します|いたします|致します)(?:が)?)?/g,
  /(?:突然|急に)?(?:すみません|すいません|失礼(?:します|いたします|しました))(?:が)?/g,
  // The question said to be a basic one, or the asker new (初歩的な質問ですみません, 基本的なことで恐縮ですが, まだ入った
  // ばかりで): said of the asking, no word of the subject (probe 186: 初歩 had been searched, and carried into each follow-up).
  /(?:初歩的|基本的|基礎的|素朴|単純|初心者的|しょうもない|くだらない)な\s*(?:質問|こと|話|お尋ね)\s*(?:で|ですが|なのですが|なんですが|かもしれませんが|かもですが)(?:\s*(?:すみません|すいません|申し訳(?:ありません|ございません|ない)|恐縮です))?|(?:まだ)?(?:入った|入庁した|配属された|異動してきた|来た)ばかり(?:で|なので|なもので|ですが)/g,
  // (With 引き続き before it, the closing is whole: 引き続きよろしくお願いします asks for no 継続 — probe 258.)
  /(?:(?:引き続き|引続き)\s*)?(?:どうぞ|何卒|なにとぞ)?\s*(?:よろしく|宜しく)(?:お願い(?:します|いたします|致します|申し上げます))?/g,
  /(?:いつも)?ありがとう(?:ございます)?|助かります|こんにちは|おはようございます|お忙しいところ/g,
  // When it suits the reader: お手すきの際に, お時間のあるときに, ご都合のよいときで.
  /(?:お手すき|お手隙|お時間のある|お時間がある|ご都合の(?:よい|良い|いい))(?:の)?(?:際|とき|時|ところ)(?:に|で)?(?:でも)?/g,
  // Only opening a sentence: 「…の事業を念のため確認させてください。」 is the request itself.
  /(?<=^|[。！？!?\n、,]\s*)(?:ちょっと|少し|一点|1点|ひとつ)?(?:質問|確認|相談)(?:です|させてください|があります|なのですが|なんですが)/g,
  // An interjection starting a sentence (あ、, えっと、): a second thought, no word of the question. The hesitations
  // need no comma (えっとななのよんの…, as a voice input writes them): no word begins with them.
  // (And surprise: え、, えっ、 — probe 288's 「え、市民課じゃないの？」 had listed 市民課's projects.)
  /(?<=^|[。！？!?\n]\s*)(?:あっ?|あー|そうそう|えっ?|えー)[、,]|(?<=^|[。！？!?\n、,\s])(?:えっと|えーと|ええと|えーっと|あのー+|あのう|うーん|んーと?)[、,]?/g,
  // Whom the message is said to, starting it (せんぱい、…, 田中さん、…, 係長、…): a person addressed is no word of the
  // question (probe 166: 「せんぱい、えんがわってなんですか」 had searched せん, 0件). Not a unit (人事課さん、 may start a
  // list of units).
  /(?<=^|[。！？!?\n]\s*)(?:先輩|せんぱい|センパイ|(?:[\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{1,8})?(?:課長|係長|部長|主査|主任|室長|所長|班長|次長|参事)|(?:[\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{1,8}|[ぁ-ゖ]{2,5})(?<!課|チーム|室|センター|係)(?:さん|さま|様|くん|君|ちゃん))\s*[、,]/gu,
  // Again, asked of what was shown (目的だけもう一度, 担当課をもう一回お願い, 再度教えて — probe 500: nine follow-ups had
  // searched もう一回, 0件): how it is asked, no word of what.
  /(?:を|は)?\s*(?:もう\s*(?:一|1|１|いっ)\s*(?:回|度|かい)|再度|今一度)(?=\s*(?:お願い|教えて|見せて|出して|表示|ください|下さい|いい|[。？?！!、,]|$))/gu,
  // A connective starting a message (じゃあR4で拡充なのは？): it goes on from what was said, and names nothing.
  new RegExp(String.raw`(?<=^\s*)(?:${CONNECTIVES})\s*[、,]?`, "gu"),
  // One that adds what follows to what came before (あと、…, それと、…, ついでに、…), a comma after it: it names
  // nothing (probe 141: 「…どれですか。あと、令和5年度以降も続いているか教えてください。」 had searched あと, and its
  // years had been asked of the whole plan).
  /(?<=^|[。！？!?\n]\s*)(?:あと|それと|それから|また|ついでに)\s*[、,]/gu,
  // One that sets what follows against what came before (逆に、R4に完了した事業は？, 反対に…, それに対して…): the
  // question after it says all it asks (probe 135: 逆 had been searched, and had emptied every answer).
  /(?<=^|[。！？!?\n]\s*)(?:逆に|反対に|それに対して|これに対して)(?:言うと|いうと)?\s*[、,]?/gu,
  // Moving on to another question: たびたびすみません, 先ほどの件とは別で, 別件で, あと一点だけ, 追加で.
  // (Not 別件 within 課別件数, 施策別件数 or チーム別件数: 別 there is 〜別, "by", after the word it sorts by — probe 128.)
  /(?:たびたび|度々|重ね重ね)(?:すみません|すいません|失礼します|恐縮です)?/g,
  /(?:先ほど|先程|さっき)(?:の(?:件|話|質問)?)?\s*(?:と|とは)?\s*別(?:件)?(?:で|に|ですが|なのですが|なんですが)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])別件(?:で|ですが|なのですが|なんですが|になりますが)?/gu,
  // (And あと1個だけ, 最後に1つだけ: probe 207 had read 最後 and the number into the question, 0件.)
  /(?:あと|もう|追加で|最後に)\s*(?:一点|1点|ひとつ|一つ|1つ|１つ|1個|１個|一個|いっこ)(?:だけ)?(?:\s*[、,！!]+)?|追加で/g,
  new RegExp(String.raw`(?<=^|[。！？!?\n]\s*)${ANSWER_QUESTIONED}`, "gu"),
  // How the list is wanted (表にして, エクセルで欲しい, 箇条書きで, コピペできる形で, 名前だけ): the shape names no
  // subject (probe 86: 「情報システム課の事業を表で」 had searched 表 and answered none).
  new RegExp(ANSWER_SHAPE.source, "giu"),
  // 「件数をそれぞれ比較してください」: how the answer is wanted, as 比べてください (probe 160: 比較 had been searched among
  // the years' projects, 0件). Not 比較する事業 (a subject).
  /(?:を|で)?\s*(?:それぞれ|各々|年度ごとに)?\s*比較\s*(?:して|し)(?=\s*(?:ください|下さい|ほしい|欲しい|いただけ|頂け|もらえ|くれ|[。？?]|$))/g,
];

/** The polite forms a request ends in, shared by both kinds of request below. */
const MAY_I = "い?ただけ(?:ます|ません)(?:でしょう)?か"; // 〜いただけますでしょうか
const IF_YOU_COULD = "ただけ(?:ると|ますと|れば)"; // 〜いただけますと
const WOULD_HELP = "(?:助かります|幸いです|ありがたいです|幸甚です)"; // 〜幸いです
const CAN_YOU = "もらえ(?:ます|ません)か"; // 〜もらえますか

/** The end of a clause that asks (出してくれる？, もらえるかな): not a verb before the noun it describes. */
const CLAUSE_END = String.raw`(?=\s*(?:[。！？!?\n、,]|$|か|の\s*[?？]))`;
/**
 * The tail of a request: いただけますでしょうか, いただけると幸いです, もらえますか, (お教え)願えますか, ください, ちょうだい,
 * くれ (not くれた, くれて: お金を出してくれた制度 says what was done) — くれる and もらえる only where the clause ends
 * (お金を出してくれる仕組み describes the 仕組み).
 */
const REQUEST_TAIL = `${MAY_I}|い?${IF_YOU_COULD}${WOULD_HELP}?|${CAN_YOU}|願え(?:ます|ません)(?:でしょう)?か|願います|願いたい(?:です)?|もらえる${CLAUSE_END}|ほしい|欲しい|ください|下さい|くれ(?![たてる])|くれる${CLAUSE_END}|ちょうだい`;

/**
 * Asking leave to ask (担当課についてもお伺いしてよろしいでしょうか, 目的もお聞きしてもいいですか): it names nothing asked
 * (probe 153: 『伺い』 had been searched, 0件).
 */
// (Each optional word takes the spaces after it: no two \s* side by side, which a run of spaces would try every way.)
const MAY_I_ASK = String.raw`(?:も)?\s*お?(?:伺い|うかがい|聞き|尋ね|たずね)\s*(?:(?:して|させて|し|させ)\s*)?(?:て\s*)?(?:も\s*)?(?:よろしい|宜しい|いい|よい)\s*(?:でしょうか|ですか|か)`;

/**
 * Asking that what comes before be compared, at the clause's end (…の数を比べたい, 件数 比較, 比べてみて, 同じくらい？,
 * 差は？, 数に差はありますか, 数はどう違う？, 事業の数どれくらい違うの？ — probe 478: 0件): the counts
 * are then given side by side (see answer's EACH) — the words name nothing to search (probe 412: 0件).
 */
const COMPARE_ASKED = String.raw`(?:(?:を|で)?\s*(?:比べ|比較)(?:し)?(?:たい(?:です)?|て(?:みたい|みて|ほしい|欲しい)?|る)?(?:${REQUEST_TAIL})?|(?:って|は|が)?\s*(?:同じ\s*(?:くらい|ぐらい|数)|同数|(?<=数\s*(?:って|は|が|も)?\s*)同じ)\s*(?:です|なの|かな|でしょう)?\s*(?:か)?|(?:の)?\s*差\s*(?:は|って)?\s*(?:何件|いくつ)?\s*(?:です|でしょう)?\s*(?:か)?|(?:に|の)?\s*差\s*(?:は|が)\s*(?:ある|あります|あるの|あるん)\s*(?:です|でしょう)?\s*(?:か)?|(?:(?<=数\s*)(?:(?:どれ|どの)\s*(?:くらい|ぐらい)|何件|いくつ)|(?<=数\s*(?:って|は|が|に|も)?\s*)どう)\s*(?:違う|ちがう)\s*(?:の|ん)?\s*(?:です|でしょう|だろう)?\s*(?:か)?)(?=\s*[。？?！!]*\s*$)`;

/**
 * A field of the answer asked to be added to it (目的も付けて, 担当課もつけてください, 内容も載せて, 方向性を添えて — probe 494:
 * five of five had answered 0件, 付けて searched): a request, as 目的も教えて is. Only after a field: 収納課も入れて adds a unit.
 */
const FIELD_ADDED = String.raw`(?<=(?:目的|内容|概要|担当課|担当|所管課|方向性|事業名|名前|コード|番号|年度)\s*(?:も|を)\s*)(?:付けて|つけて|添えて|そえて|足して|加えて|追加して|載せて|のせて|入れて|いれて)(?:${REQUEST_TAIL})?`;

/**
 * The framing of a request at the end of a clause: 〜を教えていただけますでしょうか → 〜 (示して alone, not as the end of
 * 掲示して or 表示して, which say what is done; 説明して and ご説明 only as the request itself — 説明してください,
 * ご説明いただけますか, 説明して。 — not 説明している事業, what a project does: probe 246).
 */
const REQUEST_ENDINGS = new RegExp(
  `${FIELD_ADDED}|(?:を|について|に関して|に関する|の)?(?:教えて|お教え|ご教示|御教示|ご提示|提示して|お示し|(?<![掲表指明例図開])示して|お知らせ|ご連絡|列挙して|列挙|知りたい|見たい|拝見(?:したく(?:存じます|思います)?|したい|させて|できれば(?:幸いです|助かります)?)|調べて|確認して|確認させて|確認したい|ご確認|探して|お聞きしたい|伺いたい|お伺いしたい)(?:${REQUEST_TAIL}|です|(?<=探して|調べて)い?ます)?|${MAY_I_ASK}|(?:を|について|に関して)?s*(?:ご説明|説明して)(?=s*(?:${REQUEST_TAIL}|[。？?！!]|$))(?:${REQUEST_TAIL})?|${COMPARE_ASKED}`,
  "g",
);

/**
 * A question asked inside a request (続いているか教えてください, 完了したかどうか知りたい, 何件かも教えて): its か,
 * set apart, marks the question (続いているかも had been searched as いるか, and emptied the answer: probe 141). It
 * stays: 方向性が変わるか asks it of a subject (see DIRECTION_STEADY). (A word ending in か before a request — ほかも
 * 教えて — is parted too; no reading of it changes.)
 */
const WHETHER_ASKED =
  /(?<=\p{Script=Hiragana}|件)か(?:どうか)?(?:も|を|について)?\s*(?=教えて|お教え|ご教示|知りたい|確認(?:したい|させて)|お知らせ(?:くだ|下|願|いただ)|伺いたい|お伺いしたい|お聞きしたい)/gu;

/** Verbs of the work a list is wanted for: 集計, 抽出, ピックアップ, リストアップ (する). */
const LIST_WORK = "(?:集計|抽出|ピックアップ|リストアップ)";

/**
 * A request to show (〜だけ出して, 〜を挙げてください, 一覧で見せて): a verb of showing at the end of a clause or before
 * a request's tail — not inside a statement (補助金を出している). So is the work the list is for, asked or wanted
 * (施策別に集計してほしい, 継続の事業を抽出したい, まとめてほしい, 施策別に集計): the list is what is asked, and the verb names no subject
 * (probe 124: 『集計』『抽出』 had emptied the answer; 課ごとに数えて, probe 225), or supposed (施策ごとに分けると？, 課ごとに集計
 * したら？: probe 252). (まとめて only with a request's tail: まとめて知りたい asks for every
 * holder, see ASKS_EVERY_HOLDER.)
 */
const SHOW_REQUEST = new RegExp(
  `(?:を|で)?(?:(?:出して|だして|挙げて|あげて|見せて|みせて|表示して|リストアップして|洗い出して|抜き出して|拾い出して|数えて|かぞえて|数え上げて|カウントして|${LIST_WORK}して)(?=\\s*(?:${REQUEST_TAIL}|[。！？!?\\n]|$))(?:${REQUEST_TAIL})?|まとめて(?:${REQUEST_TAIL})|(?:${LIST_WORK}し|洗い出し|抜き出し|拾い出し|まとめ)たい(?:です|と思(?:います|っています|っております))?(?=\\s*(?:[。！？!?\\n]|$))|${LIST_WORK}(?:\\s*を)?(?=\\s*(?:お願い|[。！？!?\\n]|$))|(?:${LIST_WORK}す|分け|わけ|まとめ|数え)(?:ると|たら|れば)(?:\\s*(?:どう(?:なる|なります)?)?\\s*(?:か)?)?(?=\\s*(?:[。！？!?\\n]|$)))`,
  "g",
);

/**
 * A request with no verb of asking before it: 〜を一覧でいただけますでしょうか, 〜をもらえますか, 確認させていただきたい,
 * 〜を頂戴できれば幸いです, 〜を頂けますか.
 */
const BARE_REQUESTS = new RegExp(
  `(?:を|で)?(?:させて|して)?(?:${MAY_I}|いただきたい(?:です)?|い${IF_YOU_COULD}${WOULD_HELP}|${CAN_YOU}|お願いでき(?:ます|ません)(?:でしょう)?か|お願い(?:します|いたします|致します)|頂戴(?:でき|いただけ)(?:れば|ると|ますと)${WOULD_HELP}?|頂戴(?:したい|できますか|できますでしょうか)|頂(?:け(?:ます(?:でしょう)?か|れば|ると|ますと)|きたい(?:です)?)${WOULD_HELP}?)`,
  "g",
);

/** Casual endings and hedges: ってある？, だっけ, みたいなの, 〜の話, 予定ある？, って聞いたんだけど. */
/** How an answer is asked to be told (わかりやすく, かみ砕いて, 説明して, 教えて): what 向け before it is said of. */
const TOLD_SO =
  "わかりやすく|分かりやすく|かみ砕いて|噛み砕いて|平易に|やさしく|易しく|簡単に|説明|教え|まとめ|書い|お願い|紹介";
const CASUAL_ENDINGS = [
  // (て alone after a noun, Wi-Fiてある？ — not a verb's て: 書いてある says where a word is written, 縮小と書いてある.)
  /(?:って|(?<!\p{Script=Hiragana})て)(?:ある|あります|あった|いう)(?:の|んです|んだ)?(?:か|っけ|け)?/gu,
  // どれくらいあるかな, どのくらいある？: how many, said of what was asked (the list answers it, counted).
  /(?:って|は)?(?:どれくらい|どのくらい|どれぐらい|どのぐらい)(?:ある|あります)?(?:の|ん)?(?:かな|かね|か|だろう|でしょうか)?/g,
  /(?<=\S)(?:ある|あります)(?:かな|かね)(?=\s*[。！？!?\n]|\s*$)/g,
  // 縮小する予定ある？, 予定はあるの？: "is it planned", before あるの below would leave 予定は alone.
  /(?:する|やる|の)?予定(?:って|は)?(?:ある|あります)(?:ん|の)?(?:です)?(?:か)?/g,
  // 何件あるんだっけ, あるの？, あるんですか: "is there" said of what was asked.
  // (Not after まで: R7まであるの？ asks whether it lasts to R7 — cut, R7まで？ had read any year to R7: probe 411.)
  /(?<!まで\s*(?:は\s*)?)(?:ある|あります|あった)(?:ん|の)(?:だ|です|でした)?(?:っけ|か)?(?=\s*[。！？!?\n]|\s*$)/g,
  // (With the ん or の of a verb's or an adjective's question before it: 続くんだっけ, 終わるのだっけ — its ん had been left
  // as a word, and 「R7まで続くんだっけ」 asked no yes or no of the project in view: probe 318. Not なんだっけ.)
  /(?:(?<=[うくぐすつぬぶむるたいだ])(?:ん|の))?(?:だ|でした|だった|です)?っけ/gu,
  /(?:みたいな|のような|っぽい)(?:の|もの|やつ|こと)?/g,
  // A part of a name not remembered (なんとかえんがわ, 何とかセンター, なんちゃらシステム): the rest is the name asked — not
  // なんとかする, なんとかなる, なんとかできる.
  /(?:なんとか|何とか|なんちゃら|なんたら)(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])(?!し|す|さ|せ|な[らりるれっ]|で[きけ]|出来)/gu,
  // 話 and 件 as words of their own: not in 電話, 会話, 条件, 話し合い.
  /(?:(?<!まで\s*)の|って)?(?:(?<![\p{Script=Han}\d０-９])(?:話|件)(?![\p{Script=Han}し])|やつ)(?:です|だけど|なんだけど|なんですが|について)?/gu,
  /(?:って|と)?(?:聞い|きい)た(?:ん|の)?(?:です|だ)?(?:けど|けれど|が)/g,
  /(?:んだ|んです|のです)?(?:けど|けれど|けれども)/g,
  // Hedges of a polite request: 念のため, 一通り, まとめて (教えて), 参考までに, 差し支えなければ, お手数ですが, 事前に (when one asks, not
  // what: 事前予約 keeps its 事前); 「…があれば」 (if there are any); 担当課とあわせて (every answer shows it).
  /まとめて(?=\s*(?:知りたい|教えて|見たい|確認|ください|いただけ|お願い|[。？?！!]|$))|事前に|前もって|あらかじめ|予め|念のため|念の為|一通り|ひととおり|ひと通り|(?:ご)?参考(?:まで)?に|参考として|差し支えなければ|差支えなければ|可能であれば|可能でしたら|(?:もし\s*)?ご存[じ知](?:でしたら|であれば|の方がいれば|の方がいらっしゃれば|なら)|お手数(?:です|ではございます|をおかけします)?が|恐れ入りますが|恐縮ですが|取り急ぎ|ざっと|ざっくりと?/g,
  /(?:が|も)?(?:あれば|ありましたら|ございましたら|ございますれば)/g,
  // The same asked again of another thing (「令和4年度分についても同様にお願いします」): how to answer, no word of what.
  /(?:(?:について|に関して)\s*)?(?:も\s*)?同様に/g,
  // For whom, of people in general (住民にとって何が変わる？, 市民の方にとって, 職員にとっては): the standpoint the effect
  // is asked from, not a subject — every project is for them (probe 123: 住民 had found 多文化共生's 外国人住民).
  /(?:住民|市民|職員|利用者|私たち|わたしたち|我々|みんな|皆さん|みなさん)(?:の(?:方|かた)(?:々)?|さん)?\s*(?:から見て|にとって)(?:は|の|も)?/g,
  // For whom the answer is told (住民向けに, 市民の方にもわかるように, お年寄りにも分かるように説明して, 子ども向けに
  // かみ砕いて): how to tell it, not a subject — every project is for residents (probe 246: 「人事課の事業を市民向けに
  // わかりやすく教えてください」 had searched 市民 among 人事課's, 0件).
  new RegExp(
    String.raw`(?:住民|市民|区民|高齢者|お年寄り|ご高齢の方|子ども|子供|こども|一般の方|外国人|新人|初めての人|はじめての人)(?:の(?:方|かた)(?:々)?|さん)?\s*(?:(?:に|にも|でも)\s*(?:わかる|分かる|伝わる|理解できる)\s*(?:ように|よう)|向け\s*(?:(?:に|で)(?=\s*(?:${TOLD_SO}|[。？?！!、,]|$))|(?=\s*(?:${TOLD_SO}))))\s*(?:(?:わかりやすく|分かりやすく|かみ砕いて|噛み砕いて|平易に|やさしく|易しく)\s*)?`,
    "g",
  ),
  // Whom to ask, said of the unit asked for (どこの課に聞けばいい？, どの課に問い合わせたらいい？): the unit is the ask.
  /(?<=課|部署|担当|どこ)\s*(?:に|へ)\s*(?:聞けば|きけば|聞いたら|きいたら|問い合わせれば|問い合わせたら|連絡すれば|連絡したら|相談すれば|相談したら)\s*(?:いい|よい|良い)(?:の|ん)?(?:です|でしょう)?(?:か|かな)?/gu,
  // The asker's interest (「…の件が気になっています」): why one asks, no word of what.
  /(?:が|の(?:こと|件)が)?\s*気になって(?:います|いる|いて|おり(?:まして)?|ます|る)/g,
  /(?:担当課|担当|所管課)\s*(?:と|も)\s*(?:あわせて|併せて|合わせて)/g,
  // A confirmation asked of what was said (…で間違いない？, で相違ないでしょうか, ということで合っていますか, という認識でよろしいでしょうか):
  // a yes or a no, no word of what (probe 64).
  // (And でよいか, で誤りないか, という理解でよいか: probe 124; ってことで合ってますか, said casually: probe 170.)
  /(?:\s*で\s*(?:間違い|相違|誤り)\s*(?:は|が)?\s*(?:ない|なし))?(?:という|との|って)?(?:こと|認識|理解)?\s*で\s*(?:(?:間違い|相違|誤り)(?:は)?(?:ない|なし|ありません|ございません)|合って(?:いる|る|います|ます)|あって(?:いる|る|います|ます)|よろしい|良い|よい|いい|正しい)(?:の|ん)?(?:です|でしょう|でしょうか|だよね)?(?:か|よね|ね|かな)?(?=\s*[。！？!?\n]|\s*$)/g,
  // The second half of an either-or question (載ってる？載ってない？, ありますか？ないですか？): the same question.
  /(?<=[?？])\s*(?:それとも\s*)?(?:載って(?:い)?ない|載っていません|載ってません|ない|無い|ありません)(?:です|んです|の)?(?:か)?\s*[?？]?\s*$/g,
];

/**
 * Who is asking, not what about: a self-introduction (コールセンターです。広報担当です。企画担当の田中です。市民活動の相談窓口を担当しております
 * 吉田です。…の担当になりました鈴木と申します。…を検討している課の者です。税務の窓口にいる者です。この4月に市民文化部長を
 * 拝命いたしました山本でございます。4月に着任した山本です。新任の部長でございます。東部サービスコーナーの山本です。) is dropped
 * as a whole sentence.
 * (…に異動してきた者です keeps what it says the asker does, as context: see ASKER_SENTENCE.)
 */
/** Offices away from the city hall's units a staff member says they are of (東部サービスコーナーの山本です, 南出張所の林です). */
const OFFICE_PLACES = "サービスコーナー|コーナー|出張所|支所|事務所|分室|公民館|図書館";
// Tried from sentence starts only: a match can start nowhere else, and each try scans to the sentence's end.
const SELF_INTRODUCTION = new RegExp(
  String.raw`(?<=^|[。！？!?\n])(?:\s*${OKURIGANA_IN_NAME}[\p{Script=Han}\p{Script=Katakana}ー・]{0,12}(?:担当|課|係|室|チーム|窓口|センター|部門|部署|局|班|グループ)(?:です|でございます)|[^。！？!?\n]*(?:と申します|の者です|(?:に|で)\s*(?:いる|おる|勤務している|勤務しております|働いている)\s*者(?:です|でございます)|(?:担当|課|係|室|チーム|窓口|センター|部門|部署|部|局|班|グループ|${OFFICE_PLACES})(?:の|を担当しております|を担当しています|におります|にいます|になりました|の担当になりました)\s*(?!事業|仕事|取組|予定|計画|施策)[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:です|でございます)|(?:[^。！？!?\n]*(?:拝命|着任|就任|赴任|配属|異動|転任|転入|入庁)\p{Script=Hiragana}{0,10}?|[^。！？!?\n]*(?:新任|新人|新規採用|新米)の)\s*(?!事業|仕事|取組|予定|計画|施策)[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?<!者)(?:です|でございます)))(?=[。！？!?\n]|$)`,
  "gu",
);

/**
 * A sentence that says where the asker works and on what (市民協働推進課で地域担当をしています。人事課で研修を担当して
 * おります。財産活用課に勤務しています。人権・男女共生課で講座の準備をしております。企画課でSDGsの対応表を作って
 * います。): who asks — its unit is no condition of the question (probes 68, 100, 102). (Not asked: 「人事課で研修を
 * やっています？」 asks whether the unit does it.)
 */
const WORKS_IN_UNIT = new RegExp(
  String.raw`(?<=^|[。！？!?\n])\s*[^。！？!?\n]{1,24}?(?:${UNIT_SUFFIXES})\s*(?:で|に)\s*(?:[^。！？!?\n]{0,20}?(?:を|の)?\s*担当\s*(?:を)?\s*(?:して|し)(?:います|おります|いる|ております)|(?:勤務|在籍)\s*(?:して|し)(?:います|おります|いる|ております)|働いて(?:います|おります|いる)|[^。！？!?\n]{0,20}?(?:を|の)?\s*(?:準備|作業|仕事|業務|企画|調整|対応)\s*(?:を)?\s*(?:して|し)(?:います|おります|ております))(?:が|けど)?(?=[、,。！？!?\n]|$)|(?<=^|[。！？!?\n])\s*[\p{Script=Han}\p{Script=Katakana}ー・a-z0-9]{1,20}(?<!関)(?:${UNIT_SUFFIXES})\s*で\s*[^。！？!?\n、,]{1,30}?を\s*[^。！？!?\n\s]{1,8}?(?:て|で)\s*(?:います|おります|いる|いまして|おりまして)(?:が|けど)?(?=[、,。\n]|$)`,
  "gu",
);

/**
 * A sentence that is only the asker's unit or charge (お疲れ様です。市民協働推進課です。行革担当です。協働推進の担当
 * です。こども政策課です。市民協働の担当になりました。…): who asks, as
 * 「…課の田中です。」 is — not a condition of the question (「市民課の事業」 asks for one). 「人事課ですが、」 before the ask too.
 */
const UNIT_INTRODUCTION = new RegExp(
  String.raw`(?<=^|[。！？!?\n])\s*(?:(?:うち|わたし|私|僕|ぼく)\s*(?:は)?\s*(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z]))?(?:[\p{Script=Han}\p{Script=Katakana}ー・a-z0-9]{1,12}の)?(?:(?!(?:この|その|あの|どの|これ|それ|あれ|どれ|では|じゃ|あと|まず|また|ちなみに))\p{Script=Hiragana}{2,4}(?=\p{Script=Han})(?![^。！？!?\n]*[？?]))?${OKURIGANA_IN_NAME}[\p{Script=Han}\p{Script=Katakana}ー・a-z0-9]{1,20}(?:${UNIT_SUFFIXES}|の?担当|の?担当者)\s*(?:です|でございます|に\s*なりました|と\s*なりました|(?:なん)?だけど(?=[、,])|だけれど(?=[、,])|(?:なん)?ですけど(?=[、,]))(?:(?:が|けど|けれど|けれども)(?=[、,]))?(?=[、,。！？!?\n]|$)`,
  "gu",
);

/**
 * A sentence that says who the asker is by what they do (人権研修を担当している者です。今年度から係長になった
 * 者です。まち魅力発信課に異動してきた者です。): what they work on may be what they ask about, so it stays as
 * context, but its years and units are the asker's, not conditions of the question.
 */
const ASKER_SENTENCE =
  /[^。、！？!?\n]*者(?:です|でございます)(?:(?:が|けど|けれど|けれども)(?=[、,]))?(?=[、,。！？!?\n]|$)/gu;
const ASKERS_OWN = new RegExp(
  String.raw`(?:今年度|本年度|今年|昨年度|去年|来年度|令和\s*\d+\s*年度?|r\s*\d+|20\d{2}\s*年度?)(?:から|より|に)?|[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・a-z]+(?:${UNIT_SUFFIXES})(?![\p{Script=Han}])|者(?:です|でございます)`,
  "gu",
);

/** The text without its greetings, apologies and thanks (each replaced by a space). */
const withoutFormulas = (text: string): string =>
  FORMULAS.reduce((rest, formula) => rest.replace(formula, " "), text);

/**
 * A message too long to read whole, its greetings, apologies and thanks taken out first (with the punctuation they
 * leave behind): they say nothing of the question, and its ask comes last.
 */
export const withoutGreetings = (text: string): string =>
  withoutFormulas(text)
    .replace(/(?:\s*[。、,！!]\s*){2,}/g, "。")
    .replace(/^[\s。、,！!]+/, "")
    .replace(/\s{2,}/g, " ")
    .trim();

/** The list just answered, narrowed: そのうち, その中で, この中の. */
/**
 * Why one asks, said at a clause's end: ので, ため and たく after a verb's or an adjective's kana (つかみたいので, するため,
 * 確認したく), のため after a noun (準備のため), ですから — not の + で after a word (さっきのWi-Fiので、 is of the Wi-Fi ones).
 */
export const REASON_SAID = String.raw`(?:(?<=\p{Script=Hiragana})(?:ので|ため|たく)|のため|ですから|ますから)`;
export const NARROWING = "そのうち|その中で|その中の|このうち|この中で|この中の";
/** Words that narrow what was just said to part of it, anywhere in an ask: そのうち, その中で, その中に. */
export const NARROWING_WORD = new RegExp(`${NARROWING}|その中に|この中に`);

/**
 * What says a sentence narrows the one before it (そのうち, その中で, に絞って, に限ります, だけで大丈夫, のみで結構): it
 * asks, and what it asks is the sentence before it, narrowed.
 */
export const NARROWS =
  /^\s*(?:あ[、,]\s*)?(?:その\s*うち|そのなか|その中|このうち|この中)|に\s*絞(?:って|り|る)|に\s*限(?:ります|る|って|定)|(?:だけ|のみ)\s*で\s*(?:大丈夫|いい|良い|よい|結構|構いません|かまいません|ok|[。.]?\s*$)|(?:もの|事業|の)\s*だと\s*(?:ありがたい|有難い|有り難い|助か|嬉しい|うれしい)/;

/**
 * What makes a sentence ask: a question mark, a request, a polite question, a question word — not 何か, どこか
 * (some), nor あるかな (wondering aloud).
 */
const ASKS = new RegExp(
  `[?？]|${REQUEST_ENDINGS.source}|${SHOW_REQUEST.source}|${BARE_REQUESTS.source}|${NARROWS.source}|(?:でしょう|ます|です|ある|あります)か(?!な)|(?:どこ|だれ|誰|何|いつ)(?!か)|どれ|どの|いくつ|ある\\s*$`,
);
/**
 * A sentence that asks more about the answer to the one before it: あれば, あったら, ありましたら, その場合は, あわせて…も;
 * or …もあわせて教えて (いつ完了予定かもあわせて, 担当課も併せて, 件数とあわせて事業名も), 担当課も教えていただけると,
 * whether something more holds too (貸し出せる機器があるかも知りたいです); or one that only seeks to confirm (…も入って
 * ますよね？).
 */
const FOLLOW_UP =
  /^\s*(?:もし)?(?:あれば|あったら|ありましたら|ございましたら|ございますれば|ある場合は?|該当があれば|該当する(?:もの|事業)があれば|その場合は?|ついでに|あわせて|併せて|合わせて)|^[^。！？!?]*(?:も|と)\s*(?:あわせて|併せて|合わせて)|(?:担当課|担当部署|所管課|担当|方向性|概要|内容|目的|か)\s*も\s*(?:あわせて|併せて)?\s*(?:教えて|お教え|お願い|知りたい|いただけ|ご教示)|よね\s*[?？]?\s*$/;
/** Verbs of the asker's own work, which also make requests: 確認して(います), 調べて, 探して. */
const DOING = /(?:確認|調査|検討)(?:して|し|させて|したい)|調べて|探して|お願い/g;
const SENTENCES = /[^。！？!?\n]+[。！？!?\n]*/g;

/**
 * Quoted speech (「市役所に行かずに相談できないの？」って言われた) is one piece of what is said: its marks are masked
 * while a message is cut into sentences and clauses, and put back in what is returned. So is a short aside in
 * brackets (避難できる場所（シェルター？）を支援する: probe 175's ？ there had ended a sentence, and the ask kept only
 * 「…）を支援する事業ってありますか」).
 */
const QUOTED = /「[^「」]*」|『[^『』]*』|（[^（）\n]{0,30}）|\([^()\n]{0,30}\)/g;
const MARKS = "。！？!?\n、,";
const MASKED = (i: number) => String.fromCharCode(0xe000 + i);
const masked = (text: string) =>
  text.replace(QUOTED, (quote) => quote.replace(/[。！？!?\n、,]/g, (mark) => MASKED(MARKS.indexOf(mark))));
const unmasked = (text: string) =>
  text.replace(/[\ue000-\ue007]/g, (mark) => MARKS.charAt(mark.charCodeAt(0) - 0xe000));
/** The sentences of a text, quoted speech kept whole. */
export const sentencesOf = (text: string): string[] => (masked(text).match(SENTENCES) ?? []).map(unmasked);
/**
 * A question embedded in what the asker does (「事務局をどこが持つかの整理に使いたい」「いつ終わるかを調べています」):
 * its question word asks nothing of the bot.
 */
const EMBEDDED_QUESTION =
  /(?:どこ|だれ|誰|何|いつ|どれ|どの|いくつ)[^。！？!?、,]*?か(?=\s*(?:の|を|について))/g;
/**
 * A sentence's own words: a question someone is quoted as asking is what was said, not the ask, nor is a question
 * embedded in a clause; set phrases go.
 */
const ownWords = perText((sentence: string) =>
  withoutFormulas(sentence.replace(QUOTED, "「」").replace(EMBEDDED_QUESTION, " ")),
);
const sentenceAsks = (sentence: string) => ASKS.test(ownWords(sentence));

/** The sentences of a message that ask (a question mark, a request or a question word, set phrases aside). */
export function askingSentences(text: string): string[] {
  return sentencesOf(text).filter(sentenceAsks);
}

/** The longest last sentence that may go on from the ones before it (R7まで？, 担当課は？, 令和5年度はどうなりますか？). */
const GOING_ON_CHARS = 20;
/** A sentence that asks at its end: a question mark, or …ですか。 …ますか。 …でしょうか。 */
const ASKS_AT_ITS_END = /(?:[?？]|(?:ですか|ますか|でしょうか)\s*[。．.]?)\s*$/;
/**
 * A sentence that sets out a subject without asking of it: …について。 …の件で。 — and one that says it is about to ask
 * of it (…について伺います。 …の件でお尋ねします。 …について質問です。), as a council secretariat opens (probe 208: 「チャレンジ
 * いばらき補助金の拡充について伺います。令和6年度以降も継続する予定でしょうか。」 had listed the whole plan's R6 継続, 24件).
 */
const SETS_OUT_SUBJECT =
  /(?:について|の件で?|のこと|に関して|に関する件)(?:\s*(?:お?(?:伺い|うかがい|尋ね|たずね|聞き)\s*(?:します|いたします|致します|したいです)|伺います|うかがいます|(?:ご?質問|ご?確認|ご?相談)\s*(?:です|でございます|します|いたします|致します|させてください|させていただきます)))?\s*[。．.、,]?\s*$/;

/**
 * A message whose last sentence is short and asks after a question or a sentence that sets out a subject (「空調のLED化って
 * いつまで？R7まで？」「マイナンバーカードの事業について。R5は？」): the sentences before it, and it — which names
 * nothing of its own may ask of them, as a follow-up asks of the question before. Null otherwise.
 */
export function lastSentenceAfter(text: string): { before: string; last: string } | null {
  const sentences = sentencesOf(text)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const last = sentences.at(-1);
  const prior = sentences.at(-2);
  // (Short once its register is off: 「あと、令和5年度以降も続いているか教えてください。」 asks 令和5年度以降も続いている？
  // — probe 141.)
  // (Nor are another ask's opener and a polite question's end counted: 「また、そのうちR4に完了するのはどれでしょうか。」 —
  // probe 273.)
  const measured = stripRegister((last ?? "").replace(ANOTHER_ASK, ""))
    .replace(/\s*(?:どれ|何|なに)?\s*(?:です|でしょう)\s*か?\s*[。？?]*\s*$/u, "")
    .trim();
  if (last === undefined || prior === undefined || [...measured].length > GOING_ON_CHARS) return null;
  // (The sentence before asks at its end — with a question mark, or as …どれですか。 does — or sets out a subject:
  // 「…確認しています。」 asks nothing of it.)
  if (!sentenceAsks(last) || !(ASKS_AT_ITS_END.test(prior) || SETS_OUT_SUBJECT.test(prior))) return null;
  return { before: sentences.slice(0, -1).join(""), last };
}

/** What opens a second question asked beside the first (あと、…？ / それと…？ / 2つ目は…？). */
const ANOTHER_ASK =
  /^\s*(?:あと|それと|それから|また|ついでに|もう(?:一つ|ひとつ|1つ|１つ)|(?:2|２|二)(?:つ目|件目|点目))\s*(?:は|が|で)?\s*[、,]?\s*/;
/** A second ask of another subject, set against the first: 「ワークショップのほうは？」「ハードのほうも？」. */
const THE_OTHER_ONE = /^[^。？?！!]{2,30}?の?(?:ほう|方)\s*(?:は|も|だと)\s*[?？]*\s*$/;
/** A message that says it asks two things (2つ, 2件, ふたつ). */
const TWO_THINGS = /(?:2|２|二|ふた)\s*(?:つ|件|点)(?!目)/;

/**
 * A message that asks two things, each a sentence of its own with its own subject (「引っ越してきた人から2つ。市の
 * インスタとかツイッターってある？あと、マイナンバーカード作るの手伝ってもらえる？」, probe 76): the two asks, the
 * second without its opening あと; null otherwise. Not when the second points back at the first (あと、それの担当課は？)
 * or names nothing of its own (あと担当課も教えて).
 */
export function twoAsks(text: string): [string, string] | null {
  const asking = askingSentences(text);
  if (asking.length !== 2) return null;
  const [first, second] = asking as [string, string];
  const opens = ANOTHER_ASK.exec(second);
  if (!opens && !THE_OTHER_ONE.test(second.trim()) && !TWO_THINGS.test(text.slice(0, text.indexOf(first))))
    return null;
  const rest = opens ? second.slice(opens[0].length) : second;
  const subject = (s: string) => stripRegister(askingClause(s)).replace(FIELD_WORDS, "");
  // (「ハードのほうも？」 points back at what is asked, not at the subject: it names its own.)
  if (
    (pointsBack(rest) && !THE_OTHER_ONE.test(rest)) ||
    !/[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z]{2}/u.test(subject(rest))
  )
    return null;
  if (!/[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z]{2}/u.test(subject(first))) return null;
  return [first.trim(), rest.trim()];
}
/**
 * Asks numbered in one message (「1. 行財政改革の推進の担当課 2. 公共施設保全事業はR7も継続か 3. 人事課の事業は何件か」,
 * on lines or on one, 1. 1) ① …): each item, in order — null unless they run 1, 2, … from the first, two or more, each
 * naming something (probe 157 had read three asks as one, 人事課 R7 継続 as 1件). What stands before the first (お疲れ様
 * です。…確認させてください。) is no ask.
 */
export function numberedAsks(text: string): string[] | null {
  const marks = [...text.matchAll(ITEM_NUMBER)];
  const numbers = marks.map((m) =>
    m[1] !== undefined || m[3] !== undefined
      ? Number((m[1] ?? m[3] ?? "").normalize("NFKC"))
      : CIRCLED.indexOf(m[2] ?? "") + 1,
  );
  if (marks.length < 2 || numbers.some((n, i) => n !== i + 1)) return null;
  // (Each to its line's end, less a closing formula after it: 「…何件か\nよろしくお願いします。」. Lines of more under
  // an item — 「1. 相談状況\n・上司の言動に関する相談が…」 — make the numbers a document's headings, not asks.)
  const spans = marks.map((m, i) =>
    text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length),
  );
  const saysMore = (span: string) =>
    /[\p{L}\p{N}]/u.test(stripRegister(span.split("\n").slice(1).join("\n")));
  if (spans.some(saysMore)) return null;
  const items = spans.map((span) => {
    const [line = ""] = span.split("\n");
    const sentences = line.match(/[^。！？!?]+[。！？!?]*/gu) ?? [];
    while (sentences.length > 1 && !/[\p{L}\p{N}]/u.test(stripRegister(sentences.at(-1) ?? "")))
      sentences.pop();
    return sentences.join("").trim();
  });
  // (A year or a code names something too: 「3. R7まで続くもの」 — probe 500 had read the whole message as one ask.)
  return items.every((item) => ITEM_NAMES.test(stripRegister(item))) ? items : null;
}
/** What an item names: two letters of a word, a year (R7) or a code (7-4). */
const ITEM_NAMES =
  /[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z]{2}|[rRｒＲ]\s*[0-9０-９]|[0-9０-９]\s*[-－ー‐]\s*[0-9０-９]/u;
/** The project the context concerns, asked alone: 該当する事業, 関連する取組, 関係している事業は (see WHICH_PROJECT). */
export const asksTheProjectConcerned = (askFreeText: string): boolean =>
  /^\s*(?:該当|関連|関係)\s*(?:する|している)\s*(?:事業|取組|取り組み|もの)\s*(?:は|を|が)?\s*$/u.test(
    askFreeText,
  );
/**
 * Numbered items as one ask, each where its number stood, joined by 、 (「…照会がありました。\n1. 該当する事業名\n2. 令和5年度
 * 以降の予定\n\nをお教えください。」 → 「…照会がありました。\n該当する事業名、令和5年度以降の予定をお教えください。」): for items
 * that each ask only a field of what the sentence before names — its name, its department, its years — so that
 * sentence is their one subject (probe 266: answered each alone, ② had listed the plan's 32 projects of R5 on).
 */
export function numberedAsOne(text: string, items: readonly string[]): string {
  const marks = [...text.matchAll(ITEM_NUMBER)];
  const first = marks[0]?.index ?? 0;
  const last = marks.at(-1);
  const lastAt = (last?.index ?? 0) + (last?.[0].length ?? 0);
  const lineEnd = text.indexOf("\n", lastAt);
  // (What follows the list on its own line — 「をお教えください。」 — goes on from the items; a sentence of its own starts
  // after a 。.)
  const after = lineEnd < 0 ? "" : text.slice(lineEnd).trim();
  const joins = /^(?:を|について|に\s*つき|に関して|の|も|は)/u.test(after) ? "" : "。";
  return `${text.slice(0, first)}${items.join("、")}${after === "" ? "" : joins}${after}`;
}
/**
 * What a message sets out before its numbered asks when it names their subject (「市民会館跡地の新施設と広場の整備について、
 * ①工事はいつまでの予定か、②令和5年度の方向性は…」): the context each item is asked in — read alone, 「工事はいつまで」 had
 * found another facility's works and ② the whole plan's R5 (probe 323). Empty when it names none.
 */
export function numberedContext(text: string): string {
  const at = text.search(ITEM_NUMBER);
  const before = at > 0 ? text.slice(0, at) : "";
  const m = SETS_OUT_ITEMS_SUBJECT.exec(before);
  if (m === null) return "";
  // (Up to what marks the subject: the request after it — 以下お願いします, 教えてください — is no part of each item's
  // ask; 「…以下お願いします R7まで続くもの」 had lost its year.)
  const marker = /^\s*(?:について|に関して|に関する件で|の件で)/u.exec(m[0]);
  const end = /[\s。、,:：]*$/u.exec(before)?.[0] ?? "";
  return marker === null ? before : `${before.slice(0, m.index)}${marker[0]}${end}`;
}
/**
 * A subject set out for what follows: …について、…に関して、…の件で、…があると聞きましたが — also as a heading that asks
 * to be told of it (人事課について教えてください, …の件で質問です: probe 491's numbered asks had each been the whole plan's),
 * of what follows (…の件で以下お願いします: probe 500).
 */
const SETS_OUT_ITEMS_SUBJECT =
  /(?:(?:について|に関して|に関する件で|の件で)\s*[、,]?\s*(?:(?:以下|下記|次|つぎ)\s*(?:の\s*(?:こと|点|件|内容))?\s*(?:を|について|の)?\s*)?(?:(?:教えて|おしえて)\s*(?:ください|下さい|ほしい|欲しい|もらえますか|いただけますか)?|(?:お?聞きしたい|お?伺いしたい|確認したい|知りたい)\s*(?:こと|点)?\s*(?:です|があります)?|(?:ご?質問|確認)\s*(?:です|させてください|させて下さい)|お願い(?:します|いたします))?|(?:が|も)\s*(?:ある|あります)\s*(?:と|って)\s*(?:聞き|伺い|聞い)\p{Script=Hiragana}*?(?:が|けど|けれど))\s*[、,。:：]?\s*$/u;
/**
 * Whether a numbered item only adds to the ask before it — 「②あわせて、それぞれの令和3年度の方向性も」「②載っている場合は
 * 令和4年度の方向性も」「②前年度からの変化」: read after that one (answered alone, each had listed the whole plan's 29 to 44
 * projects: probe 323).
 */
export const addsToOneBefore = (item: string): boolean => ADDS_TO_ONE_BEFORE.test(item);
/** あわせて, …場合は, a comparison with a year, its standing, …も教えて. */
const ADDS_TO_ONE_BEFORE =
  /^\s*(?:あわせて|併せて|合わせて|加えて|さらに)|(?:載って(?:いる|る)|ある|該当する|変わる|記載がある)\s*場合(?:は|には)?|(?:と|から)\s*(?:の)?\s*(?:比較|比べ|違い|変化)|(?:を|で)?\s*比較|位置(?:づけ|付け)|も\s*(?:あわせて|併せて)?\s*(?:教えて|確認|お願い|知りたい|ご教示)/u;
/**
 * Asks set out as a bulleted list (・7-3の事業一覧 ・そのうちR5に拡充のもの ・担当課, • on lines, - at a line's start): the
 * same text with each bullet a number, as numberedAsks reads it (probe 500: the bullets had been one ask, their
 * conditions together, 0件). A bullet opens a line or follows a space: 人権・男女共生課 and R4完了・R5完了 are no list.
 */
export function withBulletsNumbered(text: string): string {
  const bullets = [...text.matchAll(BULLET)];
  if (bullets.length < 2 || text.replace(BULLET, "").search(ITEM_NUMBER) >= 0) return text;
  // (Not conditions set out for one ask: 「次の条件で絞ってほしいです ・R3が新規 ・担当は市民協働推進課」.)
  if (CONDITIONS_SET_OUT.test(text.slice(0, bullets[0]?.index ?? 0))) return text;
  let n = 0;
  return text.replace(BULLET, () => `${++n}. `);
}
const CONDITIONS_SET_OUT = /条件|絞|抽出|満た|当てはま|該当する/u;
const BULLET =
  /(?:(?<=^|\n)[ \t\u3000]*[-*＊][ \t\u3000]+|(?<=^|[\s\u3000])[・•●○◆◇■□▪‣][ \t\u3000]*(?=\S))/gu;
const CIRCLED = "①②③④⑤⑥⑦⑧⑨";
/**
 * An item's number: 1. 1) 1．1） 1: ① or (1) （1）, at the start, after a line's end, a space or a sentence's end ((1) and
 * （1） had not been read: probe 258).
 */
const ITEM_NUMBER =
  /(?<=^|[\s\n。、,])(?:([1-9１-９])\s*[.．)）:：](?![\d０-９])|([①-⑨])|[(（]\s*([1-9１-９])\s*[)）])\s*/gu;

/** What says two things are asked: それぞれ, どっちも, どちらも, 両方, 2つとも. */
const EACH = /それぞれ|どっち|どちら|両方|両者|(?:2|２|二|ふた)つとも|各々|おのおの/;
/**
 * Where a subject ends and the ask of it begins: の before a field, は before what is asked, 、 before それぞれ or how they
 * differ (…の策定、違いは？: probe 188 had answered one).
 */
const ASK_OF_BOTH =
  /(?:の\s*(?=(?:年度ごとの|今後の|各年度の)?\s*(?:担当|所管|目的|内容|方向性|概要|予定|状況|年度|終わる|始まる|完了|違い|ちがい|相違|r\s*\d|令和))|\s*(?:は|って|も)\s*[、,]?\s*(?=それぞれ|どっち|どちら|両方|いつ|どこ|誰|何|なに|どう)|\s*[、,]\s*(?=それぞれ|どっち|どちら|両方|違い|ちがい|相違|(?:何|なに|どこ)\s*が?\s*(?:違|ちが|異な)|どう\s*(?:違|ちが|異な)))/iu;
/**
 * One ask about two subjects joined by と (「管理職向けの研修の事業と、給料の制度を見直す事業の年度ごとの方向性」,
 * 「マイナンバーカードと戸籍の担当課は？」, probe 90): each subject with the ask of it — the ask said once, after the second, is
 * asked of the first too. `marked` when the message says it asks two things (事業と, と、, それぞれ, どっちも): then
 * each is answered; unmarked, only where the one ask finds neither (「人権と平和」 may be one subject). With three or
 * four said each (`more`), the second is the rest, to be read again as two. Null when the asking sentence joins no two
 * subjects.
 */
export function twoSubjects(
  text: string,
): { first: string; second: string; marked: boolean; differ?: boolean; more?: true } | null {
  const asking = askingSentences(text);
  const own = stripRegister(asking.at(-1) ?? text);
  const joins = [
    // (Not the と of a word: ふるさと寄附金, ひとり, こと — probe 150's 「ふるさと寄附金とネーミングライツ」 had two joins.)
    ...own.matchAll(
      /(事業|やつ|もの|取組|取り組み)?\s*(?<!ふるさ|ひ|こ)(?:と|及び|および)(?:\s*あと)?\s*([、,])?\s*/gu,
    ),
  ].filter((m) => {
    const before = own.slice(0, m.index);
    const after = own.slice((m.index ?? 0) + m[0].length);
    // (Nouns either side: not 市民とともに, nor 担当課と終わる年度 — two fields of one ask — nor …事業と、…かどうか; a noun
    // may open in kana before its kanji or katakana after a noun ending in either — 担当課とおくやみコーナー — but not
    // a pointing word, その目的, nor the と of まとめたり; nor an adverb's, ちゃんと, もっと.)
    return (
      /[^\s、,。をにがはもでへのやかるただいうくすつむぶぐぬんっ]$/u.test(
        m[1] ? `${before}${m[1]}` : before,
      ) &&
      (/^[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9「]/u.test(after) ||
        (/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) && KANA_OPENED_NOUN.test(after))) &&
      !FIELD_START.test(after) &&
      !/^(?:一緒|共に|協力|連携|協働|組ん|同じ|他の|ほかの|いう|いっ|言う|言っ|言わ|いわ|呼ば|よば|比べ|くらべ|比較|関連|関係|似)/.test(
        after,
      ) &&
      // (Nor a relation of the two: 地域と大学の連携, 公共施設と民間の連携 — one subject; review.)
      !RELATION_OF_BOTH.test(after)
    );
  });
  // (Of several, the one said as a break between two — 事業と, と、 — when only one is: 「…の建物と広場の工事の事業と、
  // 周りの道路を整備する事業」 joins its two projects there.)
  const breaks = joins.filter((m) => m[1] !== undefined || m[2] !== undefined);
  // (Three or four said with それぞれ — 「AとBとC、それぞれ担当課は？」 — are the first and the rest, which are asked again
  // as two: probe 221 had answered one of three.)
  const several = joins.length >= 2 && joins.length <= 3 && breaks.length !== 1 && EACH.test(own);
  const join =
    joins.length === 1 ? joins[0] : breaks.length === 1 ? breaks[0] : several ? joins[0] : undefined;
  if (join === undefined) return null;
  const left = own.slice(0, join.index) + (join[1] ?? "");
  const right = own.slice((join.index ?? 0) + join[0].length);
  const tail = ASK_OF_BOTH.exec(right);
  const ask = tail ? right.slice(tail.index) : "";
  // (A subject is what is left of a side without the fields it asks: 相談先の課 asks a department, of the first.)
  // (A side that is one word in kana — えんがわとチャレンジいばらき補助金 — is that word: probe 200 had read one subject.)
  const subject = (t: string) => {
    const said = t.replace(FIELD_WORDS, "").replace(/(?:相談|問い合わせ|問合せ|連絡)先|窓口|部署|課/g, "");
    const kana = said.trim().replace(/[、,。？?！!]+$/u, "");
    return KANA_WORD_SIDE.test(kana) ? kana : said.replace(/[\p{Script=Hiragana}\s、,。？?！!]/gu, "");
  };
  const sizes = [subject(left), subject(tail ? right.slice(0, tail.index) : right)].map((t) => [...t].length);
  if (sizes.some((n) => n < 2)) return null;
  // (Two short words after a context — 「…跡地の周辺道路も整備すると聞きました。設計と工事はそれぞれ…」 — are of what the
  // context names, not two subjects of their own.)
  // (Only after a context: a fragment of one sentence ending on the field it asks — 「リノベのいばらきとチャレンジいばらき
  // 補助金の担当課」 — is all ask, probe 293.)
  const said = sentencesOf(text).filter((x) => x.trim()).length;
  const fieldFragment = asking.length === 0 && said === 1 && FIELD_AT_END.test(own);
  if (sizes.some((n) => n < 4) && asking.length < said && !fieldFragment) return null;
  const marked = join[1] !== undefined || join[2] !== undefined || EACH.test(own);
  // (Unmarked, only 「AとBの担当課は？」: a field asked of both — not 建物と広場をつくる工事, one thing described.)
  if (!marked && (!tail || !FIELD_ASKED.test(ask))) return null;
  // (The context before the ask is left out of each: it weighs on both alike, and blurred each subject's own words.)
  // (「Aの担当課とBの担当課を教えて」: the first says its own ask.)
  // (How the two differ is each one's purpose and content, side by side, as 「違いは？」 after a list asks: probe 176 had
  // shown one's content only.)
  if (tail && DIFFERENCE_WORD.test(ask))
    return {
      first: `${left.trim()}${PURPOSE_AND_CONTENT}`,
      second: `${right.slice(0, tail.index).trim()}${PURPOSE_AND_CONTENT}`,
      marked,
      differ: true,
    };
  const first = ASKS_OWN_FIELD.test(left) ? left : `${left}${ask}`;
  return { first: first.trim(), second: right.trim(), marked, ...(several ? { more: true } : {}) };
}
/** A side of two subjects said in kana alone (えんがわ, おくやみ): a word, not particles. */
const KANA_WORD_SIDE = /^[\p{Script=Hiragana}ー]{3,8}$/u;
/** Words that ask how things differ: 違い, 何が違う, 異なる, 相違点. */
const DIFFERENCE_WORD = /違|ちが[いう]|異な|相違/;
/** What tells one project from another, asked of each. */
const PURPOSE_AND_CONTENT = "の目的と内容は？";
/** A side that ends on the field it asks: マイナンバーカードの担当課. */
const ASKS_OWN_FIELD = /の\s*(?:担当課|担当|所管課|所管|目的|内容|方向性|概要)\s*$/;
/** A field asked: 担当課は？, の目的, の方向性. */
// (A year asked of both, AとBのR5は？, is each one's direction then.)
// (And how the two differ, 違い, 何が違う: asked of each, purpose and content side by side — probe 176 had answered one.)
/** A field named at a fragment's end (…の担当課, …の方向性): what it asks of each side. */
const FIELD_AT_END = /の\s*(?:担当課?|担当部署|所管課?|方向性|目的|内容)\s*$/;
const FIELD_ASKED =
  /担当|所管|目的|内容|方向性|概要|いつ|どこ|誰|違|ちが|異な|相違|^の\s*(?:[rｒ]\s*\d|令和)/i;
/**
 * The two joined by と said to act together (…の連携, …の協働): one subject, not two — unlike 違い, which asks of each.
 */
const RELATION_OF_BOTH = /^[^、,。？?！!]{1,20}?の\s*(?:連携|協働|協力|共同|提携)/;
/**
 * A noun opened in hiragana (おくやみコーナー, ふるさと納税): two to five kana, then kanji or katakana — not a pointing word
 * (その目的), a verb (して, する; という, と呼ばれる and いっしょ are left out beside it, with the kanji forms) or かどうか.
 */
const KANA_OPENED_NOUN =
  /^(?!その|この|あの|どの|それ|これ|あれ|とも|して|する|なる|ある|いる|かど|どう)[\p{Script=Hiragana}]{2,8}(?=[\p{Script=Han}\p{Script=Katakana}])/u;
/** A field at the start of what follows と: two fields asked of one subject (担当課と方向性), not two subjects. */
const FIELD_START =
  /^(?:担当|所管|目的|内容|方向性|概要|予定|状況|終わる|始まる|完了|年度|いつ|どこ|誰|何|件数)/;

/** Words that ask a field of a project, not which: 担当課, 目的 (a second ask of only these names no subject). */
const FIELD_WORDS = /担当課|担当|所管課|目的|内容|方向性|概要|事業|件数|何件/g;

/**
 * The message with its asking sentence last: a statement after the ask (「…教えていただけますでしょうか。予算
 * 要求の資料に使います。」) is context like one before it, and is moved before the ask. A sentence asks when,
 * without its set phrases (よろしくお願いします asks nothing), it has a question mark, a request or a question
 * word. A message with no asking sentence is left as it is.
 */
export const askLast = perText(lastAsked);
function lastAsked(text: string): string {
  const sentences = sentencesOf(text);
  // 確認しています, 調べています say what the asker does; they ask only when no other sentence does.
  const asks = (sentence: string) => ASKS.test(ownWords(sentence).replace(DOING, " "));
  const weakly = sentenceAsks;
  // 「…はありますか？あれば担当課も教えてください。」: a follow-up asks what to show of the answer before it.
  const firstAsk = sentences.findIndex(asks);
  // 「…全部で何件ありますか？会議資料に件数を書きたくて、お手数ですが教えていただけると助かります。」: a later request
  // that names nothing of its own, past the clause saying why, asks the earlier question again.
  const namesNothing = (s: string) => !/[\p{L}\p{N}]/u.test(stripRegister(askingClause(s)));
  const strong = sentences.findLastIndex(
    (s, i) => asks(s) && (i === firstAsk || (!FOLLOW_UP.test(s) && !namesNothing(s))),
  );
  const last = strong >= 0 ? strong : sentences.findLastIndex(weakly);
  if (last < 0 || last === sentences.length - 1) return text;
  // Set phrases after the ask (よろしくお願いします) stay where they are: they are dropped anyway.
  const said = sentences.slice(last + 1).filter((s) => /[\p{L}\p{N}]/u.test(withoutFormulas(s)));
  if (said.length === 0) return text;
  // Conditions said after the ask, as an afterthought, are the ask's own: said before it (see AFTERTHOUGHT).
  if (said.every((s) => [...s].length <= AFTERTHOUGHT_CHARS && AFTERTHOUGHT.test(s)))
    return [
      ...sentences.slice(0, last),
      ...said.map((s) => `${s.replace(AFTERTHOUGHT_OPENING, "").replace(/[。.！!\s]+$/u, "")}、`),
      sentences[last],
    ].join("");
  const after = sentences.slice(last + 1).map((s) => (/[。！？!?\n]$/.test(s) ? s : `${s}。`));
  return [...sentences.slice(0, last), ...after, sentences[last]].join("");
}

/** A year in any usual form, or a unit's name: what a correction replaces. */
const YEAR_FORM = String.raw`(?:令和\s*(?:\d{1,2}|元)\s*(?:年度?)?|r\s*\d{1,2}(?:\s*年度?)?|20\d{2}\s*(?:年度?)?)`;
const UNIT_FORM = String.raw`[\p{Script=Han}\p{Script=Katakana}ー・a-z]{1,20}?(?:${UNIT_SUFFIXES})`;
/** The longest afterthought: a few conditions and what frames them. */
const AFTERTHOUGHT_CHARS = 30;
/** What opens an afterthought: ちなみに, なお, あ, あと. */
const AFTERTHOUGHT_OPENING = /^\s*(?:ちなみに|なお|あっ?|あと)?\s*[、,]?\s*/u;
/**
 * A sentence after the ask that only adds conditions to it, as an afterthought (「完了する事業は？R4で」「方向性が
 * 変わったものは？R5とR6で」「…ある？令和4年度の話」「…の事業は？人事課で」「…は？ちなみに7-2限定で」): years, codes, units
 * or directions, with what frames them and nothing else. It is the ask's, not a context (probe: a year said after
 * the ask had been read as when one works, and dropped).
 */
const AFTERTHOUGHT = new RegExp(
  // (A few conditions at most, in a short sentence: 人事課・人事課・… must not be split in every way — review.)
  String.raw`${AFTERTHOUGHT_OPENING.source}(?:(?:${YEAR_FORM}|\d{1,2}(?:-\d{1,2}){1,2}|${UNIT_FORM}|${DIRECTION_NAMES})\s*(?:と|・|、|,|から|〜|～|まで|以降|の)?\s*){1,4}(?:で|では|だと|なら|の話|の件|の分|について|に限って|限定で?|だけ(?:で)?|のみ(?:で)?|の中で|のうち|で比べて|の比較で|で見て|時点で)?\s*[。.！!]?\s*$`,
  "u",
);
/**
 * 「R4完了、じゃなくてR5完了」: a year's clause taken back with じゃなくて for another year's. (Not 紙じゃなくて端末で,
 * which says what is wanted by what is not, nor 市民課じゃなくて, which leaves a unit out.)
 */
const TAKEN_BACK = new RegExp(
  String.raw`${YEAR_FORM}[^、。！？!?\n]*?[、,\s]*(?:じゃなくて|ではなくて|でなくて)[、,\s]*(?=${YEAR_FORM})`,
  "gu",
);
/**
 * 「7-4じゃなくて7-5」: a code put right at once by another (7-2-4ではなく7-2-6), not left out — the one said last is
 * asked (probe 79).
 */
const CODE_TAKEN_BACK =
  /(?<![\d-])(?:施策|取組|取り組み)?\s*\d{1,2}(?:-\d{1,2}){1,2}\s*(?:じゃなくて|ではなくて|じゃなく|ではなく)\s*[、,]?\s*(?=(?:施策|取組|取り組み)?\s*\d{1,2}(?:-\d{1,2}){1,2}(?![\d-]))/g;
/**
 * 「あ、日本語教室じゃなくてDVの相談の方でした」「補助金じゃなくて市民活動センターの方」: a subject taken back for the one
 * meant, said with の方, the sentence opening with it (after a word that takes back: あ, ごめん, いや, or none) — a noun,
 * not a clause (R5に継続の事業で人事課じゃなくて市民課の方 keeps its year: review) — what is asked is the one meant (probe 126: the
 * words taken back had been searched, and their project answered). (Not 紙じゃなくて端末で申し込める, which says what is
 * wanted by what is not.)
 */
const SUBJECT_TAKEN_BACK =
  /(?<=^|[。！？!?\n]\s*)((?:(?:あ|あっ|いや|いえ|ごめん|ごめんなさい|すみません|すいません|失礼しました|失礼|訂正)\s*[、,\s]\s*)*)(?:(?!事業|のうち|の中|[でにをはが](?=\p{Script=Han})|r\s*\d|令和|20\d\d)[^、,。！？!?\n\s]){1,24}?\s*(?:じゃなくて|ではなくて|でなくて)\s*[、,]?\s*(?=[^。！？!?\n]{1,30}?(?:の方|のほう)(?:です|でした|だった|で|が|を|は|の|\s*[。！？!?]|$))/giu;
/**
 * A later sentence that corrects a year or a unit said before: 「すみません、令和5年度の誤りでした。」「失礼しました、
 * 令和5年度でした。」「すみません、人権・男女共生課の間違いです。」. Groups: the year (1) or the unit (2) meant.
 */
const CORRECTION = new RegExp(
  String.raw`(?<=[。！？!?\n])[^。！？!?\n]*?(?:すみません|すいません|失礼しました|訂正(?:です|します)?)[、,\s]*(?:(${YEAR_FORM})|(${UNIT_FORM}))\s*(?:の)?\s*(?:(?:誤り|間違い|間違え)(?:でした|です)?|でした)[^。！？!?\n]*[。！？!?]?`,
  "u",
);

/**
 * What was asked before, taken back (先ほどの年度は誤りで、, さっきの課は間違いで、, 人事課の事業を、いえ失礼しました、): the
 * rest asks anew.
 */
const RESTATED =
  /(?:先ほど|先程|さっき|前)の\s*(?:年度|課|質問|条件|もの|内容)?\s*(?:は|が)?\s*(?:誤り|間違い|間違え)(?:で|でした|です)[、,。]?|(?:いえ|いや)[、,]?\s*(?:失礼しました|失礼|間違えました|違いました)[、,。]?|(?:すみません|すいません|失礼しました)[、,]?\s*(?:間違えました|間違いました|間違っていました)[、,。]/u;

const A_YEAR = new RegExp(YEAR_FORM, "u");
const A_UNIT = new RegExp(UNIT_FORM, "u");

/** A value a repair puts right: a code, a year or a unit (in that order of trying). */
const CODE_FORM = String.raw`(?:施策|取組|取り組み)?\s*\d{1,2}(?:-\d{1,2}){1,2}(?![\d-])`;
/** A project's number under a policy or an initiative: 9番, 3番目, No.10. */
const NUMBER_FORM = String.raw`(?:no\.?\s*)?\d{1,2}\s*番目?`;
/** A unit's name with kana in it too (まち魅力発信課), no particle inside. */
const NAMED_UNIT_FORM = String.raw`(?:[\p{Script=Han}\p{Script=Katakana}ー・a-z]|(?![のはがをにでともやへ])\p{Script=Hiragana}){1,20}?(?:${UNIT_SUFFIXES})`;
const REPAIRED_KINDS = [CODE_FORM, YEAR_FORM, NUMBER_FORM, NAMED_UNIT_FORM].map(
  (form) => new RegExp(form, "gu"),
);
const REPAIRED_VALUE = `${CODE_FORM}|${YEAR_FORM}|${NUMBER_FORM}|${NAMED_UNIT_FORM}`;
/** What takes a value back, opening what is meant: いや, ごめん, 間違えた, 違う, 訂正, じゃなくて (after あ, えっと). */
const TAKING_BACK = String.raw`(?:(?:あっ?|えっと|えーと)\s*[、,]?\s*)?(?:(?:いや|いえ|ごめん(?:なさい)?|間違えた|まちがえた|間違った|違う|ちがう|違った|ちがった|訂正|じゃなくて|ではなくて)\s*[、,.]*\s*)+`;
/**
 * A value said, then put right at once in the same message by a word that takes it back (いや, ごめん, 間違えた, 違う,
 * 訂正), the value meant straight after it, the one taken back said again before じゃなくて or not: 「R5で完了する事業、
 * いやR5じゃなくてR4」「7-2の事業…ごめん7-3の方」「市民課の事業、間違えた市民協働推進課」「R3で縮小、いや違うR4で縮小
 * になる事業」. Groups: the value taken back (1), the value meant (2). (Not すみません alone, which opens as often as it
 * corrects: see CORRECTION for its own forms.)
 */
const REPAIR = new RegExp(
  // (Or やっぱり before the value taken back said again — 「市民課の事業、やっぱり市民課じゃなくて市民協働推進課で」: probe
  // 476 had read both units. Not やっぱり alone, which opens as often as it corrects.)
  String.raw`[、,。.\s]+(?:${TAKING_BACK}|(?:やっぱり|やっぱ|やはり)\s*[、,]?\s*(?=(?:${REPAIRED_VALUE})\s*(?:じゃなくて|ではなくて|でなくて)))(?:(${REPAIRED_VALUE})\s*(?:じゃなくて|ではなくて|でなくて|じゃない)\s*[、,]?\s*)?(${REPAIRED_VALUE})`,
  "u",
);
/**
 * A subject taken back after a question, the one meant said with の方 (「DVの被害者支援の事業ってある？あ、違う、セクシュアル
 * マイノリティの相談の方だった」) or an ask said again whole (「最終年度がR7の事業、いや、最終年度がR6の事業」): what
 * follows the taking back is the message (probe 403 had searched the subject taken back, or required both years).
 * Groups: the subject meant (1), or the ask said again (2).
 */
/** What says the text taken back was an ask: a question's end, or the projects named. */
const ASKED_BEFORE = /[?？]\s*$|事業|もの|やつ/u;
const TAKEN_BACK_WHOLE = new RegExp(
  String.raw`[、,。.\s?？!！]+${TAKING_BACK}(?:([^、,。?？!！\n]{2,30}?)\s*(?:の方|のほう)\s*(?:です|でした|だった|で)?|([^、,。?？!！\n]{2,40}?(?:事業|もの|やつ)(?:\s*(?:は|を|って))?(?:\s*(?:教えて|ください|おしえて))?))\s*[。.!！?？]*$`,
  "u",
);
/** What may follow the value meant with nothing more to ask: の方, のほう, です, でした, で. */
const AFTER_REPAIR = /^\s*(?:の方|のほう)?\s*(?:です|でした|だった|で|でお願いします)?\s*[。.！!]?\s*/u;

/**
 * The message with a value put right in place (see REPAIR): the value meant where the one taken back was said (the last
 * of its kind before, when it is not said again), and whatever follows the value meant after it — asked together, the
 * two had been read as either year, or both units (probe 394). The message as it is when nothing of that kind was said
 * before the repair.
 */
function withRepair(text: string): string {
  const m = REPAIR.exec(text);
  if (m === null) {
    const whole = TAKEN_BACK_WHOLE.exec(text);
    // (Only of a question or an ask said before it: 「…って聞いたけど。いや、DVのほうです」 corrects no ask of its own.)
    if (whole === null || whole.index === 0 || !ASKED_BEFORE.test(text.slice(0, whole.index))) return text;
    return whole[1] !== undefined ? `${whole[1]}の事業は？` : (whole[2] as string);
  }
  const [, takenBack, meant = ""] = m;
  const kind = REPAIRED_KINDS.find((k) => new RegExp(`^(?:${k.source})$`, "u").test(meant));
  if (kind === undefined) return text;
  const before = text.slice(0, m.index);
  const said = [...before.matchAll(kind)];
  const old =
    takenBack === undefined
      ? said.at(-1)
      : said.findLast((s) => s[0].replace(/\s/g, "") === takenBack.replace(/\s/g, ""));
  if (old === undefined) return text;
  const rest = text.slice(m.index + m[0].length).replace(AFTER_REPAIR, "");
  return `${before.slice(0, old.index)}${meant}${before.slice(old.index + old[0].length)}${rest === "" ? "" : ` ${rest}`}`;
}

/**
 * The message as corrected by its writer: a year's clause or a code taken back with じゃなくて goes, and a later
 * sentence that corrects a year or a unit puts it in place of the first one of its kind before it (and goes itself).
 */
export function withCorrections(text: string): string {
  // 「…令和4年度に完了する事業を教えてください。すみません、先ほどの年度は誤りで、令和5年度に完了する事業でお願い
  // します。」: the ask restated after it takes back everything before it.
  // (Not 「…は誤りでした。令和5年度です。」, a year alone, which corrects only the year: see CORRECTION.)
  const restated = RESTATED.exec(text);
  const rest = restated ? text.slice(restated.index + restated[0].length) : "";
  if (/事業|もの|取組|取り組み/.test(rest)) return withCorrections(rest);
  // (Taken back with じゃなくて before the value meant — r4完了、じゃなくてr5完了 — as those patterns read it; then a
  // value put right after a word that takes it back: see withRepair.)
  let out = withRepair(
    text.replace(TAKEN_BACK, " ").replace(CODE_TAKEN_BACK, "").replace(SUBJECT_TAKEN_BACK, "$1"),
  );
  const correction = CORRECTION.exec(out);
  if (correction) {
    const [said, year, unit] = correction;
    const before = out.slice(0, correction.index);
    const kind = year ? A_YEAR : A_UNIT;
    if (kind.test(before))
      out = `${before.replace(kind, (year ?? unit) as string)}${out.slice(correction.index + said.length)}`;
  }
  return out;
}

/**
 * A question passed on in quotes (議員から「マイナンバーカードの普及はどうなっているのか」と問い合わせがありました) with, of
 * the asker's own, only a request for how to set it out: the year before beside it, each year's direction compared
 * (前年度との違いも教えてください, 令和3年度から令和5年度までの各年度の方向性を比較できる形で, 前年度（令和3年度）の方向性も
 * あわせて). What is asked is the quoted question, and every answer shows each year's direction — the comparison asked
 * for. Read as it stood, the request's year had replaced the quoted one and its words (形, 中心) had been searched (probe
 * 311). Groups: the quoted question (1).
 */
const PASSED_ON_QUESTION =
  /「([^「」]{4,80}?(?:か|のか|の|[？?]))」\s*(?:と|って|との|という)\s*(?:の)?\s*(?:お?問い?合わせ|ご?質問|聞かれ|尋ねられ|言われ|ご?照会|お?電話)/u;
/** A request that only sets out what is asked: compares it, puts years beside it, or asks for it too (あわせて). */
const SETS_OUT_ONLY = /違い|ちがい|比較|比べ|推移|変化|変わり|変遷|差|並べ|あわせて|併せて|合わせて/u;
/** What such a request may say besides: years, the direction, how to set it out, and how it asks. */
const SETTING_OUT_WORDS = new RegExp(
  String.raw`${YEAR_FORM}|(?:前|昨|各|当|同)年度|前年|年度(?:ごと|別)?|方向性|違い|比較|比べ|推移|変化|変わり|変遷|差|並べ|一覧|表|形|中心|経緯|教示|教え|知|幸|願|下さ|頂|示|確認|[\p{Script=Hiragana}\s\p{P}（）()]`,
  "gu",
);

/** The message as the quoted question it passes on, when the asker's own words only set it out (see PASSED_ON_QUESTION). */
export function withQuotedQuestionAsked(text: string): string {
  const passed = PASSED_ON_QUESTION.exec(text);
  if (!passed) return text;
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((s) => s.includes(passed[0]));
  const rest = sentences.slice(at + 1).join("");
  if (at < 0 || !SETS_OUT_ONLY.test(rest) || rest.replace(SETTING_OUT_WORDS, "") !== "") return text;
  return passed[1] as string;
}

/**
 * Who said what one passes on, when it is anyone of the public or of the office (住民の方から、…と聞かれました;
 * 「…」って住民に言われた; 議員からの問い合わせ; 先輩から「…」と聞いた), or a person named with a title (山田議員から, 〇〇議員より,
 * 田中さんから: probe 184 had searched 山田 and 議員, and answered related only): who said it, not what about. (A person the
 * words are about stays: 外国籍の方から、… is a subject; so does a role said with さん — 自治会長さんから — whose words
 * say what the matter is.) The words passed on may end in ？ before って or と (市民からマイナンバーカード作るの手伝って
 * もらえるの？って聞かれた: probe 479 had searched 市民).
 */
const SOURCE_OF_WORDS =
  /(?:(?:地域の|近所の|窓口の|一般の)?(?:住民|市民|お客様|お客さん|来庁者|相談者|議員|市長|副市長|部長|課長|係長|上司|先輩|同僚|他課|担当者)|(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}〇○◯●△×＊*]{1,5}\s*(?:議員|市議|市長|副市長|部長|課長|係長|先輩)|(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}〇○◯●△×＊*]{1,4}(?<![長員者会課係室所店屋家業民])\s*(?:さん|様|氏))\s*(?:の\s*(?:方々?|皆さん|皆様))?\s*(?:さん|様)?\s*(?=(?:から|より)\s*[、,]?\s*(?:(?:「[^「」]*」|[?？](?=\s*(?:って|と)\s*(?:いう|の)?\s*(?:聞|言|尋|相談|問|質問))|[^。！？!?\n]){0,80}?(?:と|って|について|に関して|の件で)\s*(?:いう|の)?\s*)?(?:聞い(?:た|て)|伺っ|教わ|教えて(?:もら|いただ))|(?:から|より|に)\s*[、,]?\s*(?:(?:(?:「[^「」]*」|[?？](?=\s*(?:って|と)\s*(?:いう|の)?\s*(?:聞|言|尋|相談|問|質問))|[^。！？!?\n]){0,80}?(?:と|って|(?<=[^\s。、,])か|について|に関して|に関する|の件で)\s*(?:いう|の)?\s*)?(?:聞かれ|言われ|尋ねられ|相談され|問い合わせ|ご?質問|頼まれ|ご?要望|ご?意見|苦情|指摘|連絡|電話|お電話|相談|ご?照会|ご?依頼)|(?:から|より)?の\s*(?:ご?相談|問い合わせ|お問い合わせ|ご?要望|ご?意見|電話|お電話|質問|ご質問|声|ご?照会|ご?依頼)))/gu;

/** より、 where the person it was said of has been taken out (see SOURCE_OF_WORDS). */
const SOURCE_LEFT = /(?<=^|[。！？!?\n])\s+より\s*[、,]/gu;

/**
 * A unit, or its staff, who passed a question on about a subject (人事課の研修担当から、デジタル人材を育てる取組について
 * 問い合わせがありました; 施設の窓口担当からの相談です): who asked, not what about — 人事 had put 人事給与制度の見直し
 * first. Only with から or より, and a subject said with について or quoted (男女共生センターにWi-Fiがないという意見 is of
 * the centre).
 */
const SOURCE_UNIT =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー・])[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:課|係|室|チーム|センター|部署|担当)(?:の\s*[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:担当者|担当|職員|方))?\s*(?:さん|様)?\s*(?=(?:から|より)(?:\s*[、,]?\s*(?:「[^「」]*」|[^。！？!?\n]){1,80}?(?:について|に関して|に関する|の件で|と|って)\s*(?:いう|の)?\s*(?:ご?相談|お?問い?合わせ|ご?質問|聞かれ|尋ねられ|ご?照会|ご?依頼|ご?要望)|の\s*(?:ご?相談|お?問い?合わせ|ご?質問|ご?照会|ご?依頼|ご?要望)))/gu;

/**
 * What kind of message one passes on, closing its sentence after the words passed on (「自治会の担い手がいないって相談
 * です」「…研修とかしてないんか！ってお怒りの電話です」「…という問い合わせがありました」): how it came, not what it is
 * about — 相談 and 電話 had been searched as the subject (probe 162: the LGBT 相談 project first for 自治会の担い手).
 */
const RELAYED_AS =
  /(?<=\S)\s*(?:って|という|との)\s*(?:お?怒りの|ご立腹の|ご?心配の)?\s*(?:ご?相談|お?問い?合わせ|苦情|ご?要望|ご?意見|お?電話|お?声|クレーム)\s*(?:です|でした|なんです(?:けど|が)?|なんですが|が\s*(?:あり|来|入)\p{Script=Hiragana}*|を\s*(?:受け|いただ|頂|もら)\p{Script=Hiragana}*)?(?=\s*(?:[。！!？?\n]|$))/gu;

/**
 * Who asked the asker, and about it (議員から理由を聞かれています, 課長に聞かれまして, うちの支所でも聞かれそうで): see
 * ASKED_BY_LAST. Not what about (働き方改革の関連で聞かれてて: the words of the subject), nor a question retold before
 * who asked it (市民会館の跡地はどうなるのかと住民の方に聞かれました, …について課長に聞かれました, Wi-Fi使えるか住民に聞かれた
 * — probe 429: the subject had gone with the sentence —: probe 369 had dropped the
 * sentence, and 「関係する事業を教えてください」 after it had found 0件; nor 市民会館跡地の件でまちの人から聞かれた — probe 470:
 * 担当課どこ after it had searched nothing).
 */
const ASKED_BY = String.raw`(?:(?!か\s*と|(?<=[るたいうすくつぬむぶぐ])か(?![らりるれろ]|月|所|国)|について|に関して|に関する|のこと|の件)[^。！？!?\n]){0,24}?(?:から|より|に|(?<!関連|関係|件|こと|話|点)(?:でも|で))\s*[、,]?\s*(?:(?:その|この)?\s*(?:理由|こと|点|件|詳細|あたり|辺り|へん|辺)\s*|(?:同じ|同様の)\s*(?:こと|質問)\s*)?(?:を|について)?\s*(?:聞かれ|尋ねられ|質問され|問われ|確認を求められ|説明を求められ|問い合わせを受け)\p{Script=Hiragana}*`;
/**
 * A sentence that says only who asked the asker, beside the sentence that asks (「なぜ縮小となっているのでしょうか。
 * 議員から理由を聞かれています。」「…はいつまでですか。課長に聞かれまして。」, or first, as askLast puts it): why one asks,
 * not what — probe 184 had searched 議員, and answered no project.
 */
const ASKED_BY_LAST = new RegExp(
  String.raw`(?:(?<=[。！？!?\n]\s*)${ASKED_BY}\s*[。！!]?(?=\s*$)|^\s*${ASKED_BY}\s*[。！!](?=\s*\S))`,
  "u",
);
/** The message without a sentence that says only who asked the asker (see ASKED_BY_LAST). */
export const withoutAskedBy = (text: string): string => text.replace(ASKED_BY_LAST, " ").trim();

/**
 * Where one heard or is to say what one passes on (研修で「…」という話を聞いた, 窓口で…と聞かれ, 来週の庁内会議で…説明する,
 * 議会で質問が出る): the occasion, not what about — as who said it is not (SOURCE_OF_WORDS). Only before a verb of
 * hearing, asking or telling in the same sentence: 「窓口で紙に書かずに申請できるようにする」 keeps 窓口, and
 * 「議会で何を言われたか」 asks what was said there.
 */
const OCCASION_OF_WORDS =
  /(?:(?:来週|今週|先週|先日|今度|次回|昨日|明日|今日|この前|前回|今年度|本年度|昨年度|来年度|前年度|今月|先月|来月)の\s*)?(?:庁内|課内|部内|若手職員の|新人)?(?:会議|研修|議会|説明会|委員会|勉強会|打ち合わせ|打合せ|ミーティング|朝礼|窓口|電話)\s*(?:の(?:場|中))?\s*で(?!\s*の)\s*[、,]?(?=[^。！？!?\n何]{0,80}?(?:聞かれ|聞い|伺っ|言われ|質問(?:が出|され|を受け)|話題に|説明(?:する|し)|紹介(?:する|し)|話が出|相談され|尋ねられ))/gu;

/**
 * What the answer is for, retold to whom (住民向けに説明したいので, 市民の皆さんにお知らせしたい, 市民にPRしたいです — probe
 * 178 —, 住民向けに簡単にまとめたいので — probe 265 —, 住民向けの説明用に,
 * 記事用に, 取材したいんだけど, 話を聞くなら; to anyone but a unit's own — 市民協働推進課の課長に is whom one deals with, which the unit's reading sets apart —, before a comma: 後任に説明するために、 — probe 414): how the asker will use it, no word of what (probe 138: 住民, 説明 and
 * 取材 had been searched — a code's list had shrunk to one, and 「どこの課に聞けばいい？」 had found none).
 * Read before the request's own words (お知らせください) take part of it.
 */
const PURPOSE_OF_ANSWER =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:住民|市民|利用者|一般の(?:方|かた)|皆さん|みなさん)(?:の(?:方|かた)(?:々)?|の皆さん|のみなさん|さん)?\s*(?:(?:向け|むけ)\s*(?:に|の)|に)\s*(?:(?:簡単|手短|簡潔|わかりやすく|分かりやすく|短く|ざっくり)\s*(?:に)?\s*)?(?:説明|紹介|周知|案内|お知らせ|発信|まとめ|[pP][rR]|ＰＲ|アピール|告知|宣伝)\s*(?:用\s*(?:に|で)?|(?:し)?(?:たい|たくて)(?:です)?)\s*(?:ので|から|ため|んだけど|んですが|のですが)?|(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:へ|向け)の\s*)?(?:説明|紹介|周知|案内|記事|原稿|取材)\s*用\s*(?:に|で)(?!\s*(?:の|作|つく))|(?:取材|インタビュー)\s*(?:を)?\s*(?:したい|させて(?:ほしい|いただきたい)?|お願いしたい|申し込みたい)\s*(?:ので|から|ため|んだけど|んですけど|のですが|んですが|けど)?|(?:話を)?\s*(?:聞く|伺う|聞き(?:に行く|たい))\s*(?:なら|には|としたら|場合)|(?<![\p{Script=Han}\p{Script=Katakana}ー]|の\s*)[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:さん|の方)?\s*(?:に|へ|向けに)\s*(?:説明|報告|紹介|引き?継ぎ?|共有|伝え)\s*(?:する|したい|して(?:おき)?たい|できる|を)?\s*(?:ため(?:に)?|ので|から|用に)\s*(?=[、,])/gu;

/**
 * Where the answer is to be told, as the occasion of it (SNSで紹介するなら, ホームページで発信するなら, 広報紙に載せたいので):
 * how the asker will use it, no word of what (probe 156: ホームページ・SNS運営事業 had been the one 該当 of 「マイナンバー
 * カードの事業をホームページで発信するなら、ねらいは？」). Only with なら, ので or the like, or as the message's last words
 * (…あれば、ニュースレターで紹介したいです。: probe 265) — not ため (review: 「SNSで発信するための事業」 asks for that
 * project), nor 「ホームページで発信している事業」.
 */
/**
 * A closing sentence saying only what the answer is for (自然減の確認用です。, 監査のチェック用です, 資料作成のためです,
 * 決算審査の資料に使いたいとのことです): why one asks, after the ask — no word of what (probe 264: 自然 had been searched,
 * an R4 list answered いいえ of a project holding it). Also where the thread goes on after it (probe 348: 「そのうち情報
 * システム課のものは？」 had searched 決算審査 and 資料 in the list, 0件).
 */
const CLOSING_PURPOSE =
  /(?<=[。．！!？?]\s*)[^。．！!？?\n]{1,16}?\s*(?:の)?\s*(?:(?:確認|チェック|点検|集計|照合|検証|精査|参考|資料作成|資料|報告|分析|整理|作業)\s*(?:用|のため)\s*(?:です|でございます|になります|に使います|に使う)?|(?:資料作成|資料|説明|報告|答弁|会議)\s*(?:に|で)\s*(?:使|用い)(?:いたい|います|う|わせていただきます)\s*(?:とのこと|との事|そう|ので|ため)?\s*(?:です|でございます)?)\s*(?:[。．！!]|$)/u;

const MEDIUM = String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:SNS|ＳＮＳ|ホームページ|HP|ＨＰ|ウェブ|広報紙|広報誌|広報いばらき|市報|チラシ|ポスター|パンフレット|インスタ(?:グラム)?|LINE|ライン|ツイッター|フェイスブック|記者発表|プレスリリース|ニュースレター|メルマガ|メールマガジン)`;
/**
 * (And a part of the medium the answer is for — 広報いばらきの特集で、広報紙の記事に、市報の4月号で — said before the ask:
 * probe 192 had searched 広報いばらき and 特集, and answered of a project holding いばらき.)
 */
const MEDIUM_OF_ANSWER = new RegExp(
  String.raw`${MEDIUM}\s*(?:で|に|へ|用に|向けに)\s*(?:紹介|発信|告知|周知|PR|ＰＲ|掲載|投稿|お知らせ|載せ|書|出|流|説明|案内)\p{Script=Hiragana}{0,6}?\s*(?:なら|ので|から|とき|時|場合|んだけど|んですが|のですが|としたら)\s*[、,]?|${MEDIUM}\s*(?:で|に|へ)\s*(?:紹介|発信|告知|周知|PR|ＰＲ|掲載|投稿|お知らせ|載せ)\p{Script=Hiragana}{0,3}?たい\s*(?:です|と(?:思って|考えて)(?:い|お)?(?:ます|る))?\s*[。．！!]?\s*$|${MEDIUM}\s*(?:の)?\s*(?:特集|記事|連載|紙面|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月号|次号|今号)\s*(?:で|に|用に|向けに|として)\s*[、,]?`,
  "giu",
);

/**
 * The message from its first sentence that says something: the greetings and the self-introduction that open it
 * (お疲れ様です。市民課の山田です。) left off — what a heading quoting a long message should start with. The message as it
 * is when nothing else is left.
 */
export function withoutOpening(text: string): string {
  const sentences = text.match(/[^。！？!?\n]+[。！？!?\n]*/g) ?? [];
  let at = 0;
  for (const sentence of sentences) {
    const said = withoutFormulas(
      sentence.replace(SELF_INTRODUCTION, " ").replace(UNIT_INTRODUCTION, " ").replace(WORKS_IN_UNIT, " "),
    );
    if (/[\p{L}\p{N}]/u.test(said)) break;
    at += sentence.length;
  }
  const rest = text.slice(at).trim();
  return rest === "" ? text : rest;
}

/**
 * A unit's member, said as who asks before the ask in the same sentence (人事課の者ですが、市民課のものですけど、).
 */
const MEMBER_OF_UNIT_ASKING = new RegExp(
  String.raw`(?<=^|[。！？!?\n])\s*[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{1,20}(?:${UNIT_SUFFIXES})\s*の\s*(?:者|もの)\s*(?:です|でございます)(?:が|けど|けれど|けれども)?\s*[、,]`,
  "gu",
);

/**
 * The message with who asks left out — the sentences that introduce the asker (財産活用課の田中です。市民課です。人事課で
 * 研修を担当しています。) and a unit's member said before the ask (人事課の者ですが、): the question as it would read asked
 * by anyone, for quoting a question asked again of another unit. The greetings stay; the message as it is when nothing
 * else is left.
 */
export function withoutAsker(text: string): string {
  const left = text
    .replace(SELF_INTRODUCTION, "")
    .replace(UNIT_INTRODUCTION, "")
    .replace(WORKS_IN_UNIT, "")
    .replace(MEMBER_OF_UNIT_ASKING, "")
    .replace(/(^|[。！？!?\n])[\s、,。．]+/gu, "$1")
    .trim();
  return /[\p{L}\p{N}]/u.test(left) ? left : text;
}

/**
 * A restatement of what was just said (「新規完了、つまり単年度で完了する事業」, すなわち, 要するに, 言い換えると), up to the
 * projects it describes: the same thing said again, whose own words (単年度) would be searched as a subject.
 */
const GLOSSED =
  /[、,]\s*(?:つまり|すなわち|要するに|言い換えると|言いかえると)[^、,。？?！!\n]*?(?=(?:の|する|な)?\s*(?:事業|もの|取組|取り組み))/g;

/**
 * The wave or bar that draws a kana ending out before the question mark or the end (よね〜？, かな～, だっけー,
 * おしえてー). The bar after a kana no sentence ends on (じ, ば) is a loanword's long vowel typed in hiragana
 * (ぺいじー, まいなんばー): it stays.
 */
const DRAWN_OUT =
  /(?<=\p{Script=Hiragana})(?:[〜～~]+|(?<=[ねよなかいてたすだわぞさのっうえおけれるょどん])ー+)(?=\s*[?？!！。]*\s*(?:$|\n))/gu;

/** The question without its register: what is asked, with spaces where set phrases stood. */
export const stripRegister = perText(registerStripped);
function registerStripped(text: string): string {
  let out = text
    // A greeting ends its sentence, whatever mark follows it: 「お疲れ様です、市民課窓口です。」 introduces the asker
    // as 「お疲れ様です。市民課窓口です。」 does (probe 139: the unit had been a condition, every transfer question 0件).
    .replace(GREETING_THEN_COMMA, "$1。")
    // A drawn-out ending (あったよね〜？, だっけ～): the ending, drawn out — the casual endings below are read without it.
    .replace(DRAWN_OUT, "")
    .replace(ASKED_BY_LAST, " ")
    .replace(GLOSSED, " ")
    .replace(SELF_INTRODUCTION, " ")
    .replace(UNIT_INTRODUCTION, " ")
    .replace(WORKS_IN_UNIT, " ")
    .replace(SOURCE_OF_WORDS, " ")
    // (より、 left behind — 〇〇議員より、令和3年度から… — is the source's, not a year's: probe 184.)
    .replace(SOURCE_LEFT, " ")
    .replace(SOURCE_UNIT, " ")
    .replace(RELAYED_AS, " ")
    .replace(OCCASION_OF_WORDS, " ")
    .replace(PURPOSE_OF_ANSWER, " ")
    .replace(MEDIUM_OF_ANSWER, " ")
    .replace(CLOSING_PURPOSE, " ");
  // Looked for only when 者 is there: the pattern scans each sentence from every start.
  if (out.includes("者で"))
    out = out.replace(ASKER_SENTENCE, (sentence) => sentence.replace(ASKERS_OWN, " "));
  out = withoutFormulas(out);
  out = out
    .replace(WHETHER_ASKED, " か ")
    .replace(REQUEST_ENDINGS, " ")
    .replace(SHOW_REQUEST, " ")
    .replace(BARE_REQUESTS, " ");
  for (const pattern of CASUAL_ENDINGS) out = out.replace(pattern, " ");
  return out;
}

/**
 * A word in the ask that points back at what was said before it (こうした手続き, その事業, 当該事業, そちらの事業, こちらは
 * — probe 228: 「こちらはいつから始まった事業でしょうか。」 had been read alone —, そっちのR5は？ (that one: probe 327 had
 * listed R5's 32),
 * 該当する事業の施策番号: the fields of the project the context names) — not the
 * connectives made of the same words (その中で, そのため, それから, これまで), which point at no subject, nor
 * この章 and この計画, which point at the plan, nor その担当課 (the department of the projects the ask names), nor
 * words that hold one (よその, そのまま, この前: elsewhere, as it is, the other day).
 */
const POINTS_BACK =
  /当該|(?:そちら|こちら)の\s*(?:事業|取組|取り組み|件)|(?:そちら|こちら)(?=\s*(?:は|って)(?!\s*(?:で|に)))|そっち(?=\s*(?:の|は|って|も)(?!\s*(?:方|ほう|で|に)))|(?:両方|双方|どちら|どっち)の(?:事業|もの|取組|取り組み|やつ)|(?:どっちも|どちらも|両方\s*とも|いずれも)(?=\s*[^。、？?\s]{1,24}?(?:課|室|チーム|係))|両事業|(?:該当|関係|関連)(?:する|している)?(?:事業|もの|取組|取り組み)の|こうした|こういう|こういった|このような|こんな|そうした|そういう|そういった|ああいった|ああいう|そのような|そんな|(?<![どよ])(?:その|この)(?!中で|なかで|ため|際|上で|うえで|後|あと|他|ほか|辺|度|たび|章|計画|担当|まま|都度|場|前|間|あいだ|頃|ころ)|それ(?!で|から|と|に|ぞれ)|これ(?!まで|から)/;

/** Whether the asking clause refers to the context: then the context is the subject, not background. */
export function pointsBack(ask: string): boolean {
  return POINTS_BACK.test(ask);
}

/**
 * An ask for the projects that bear on what was said before it (「…について質問がありました。関連する事業を一覧で」
 * 「該当する事業をお示しください」): not its own subject's (「マイナンバーカードに関連する事業」).
 */
const ASKS_FOR_RELATED =
  /(?<![にとへ]\s*)(?:該当|関係|関連)(?:する|している|のある)?\s*(?:事業|もの|取組|取り組み)/;

/** A context that names what it is about: quoted (「…」), or with について, に関して, に関する, に係る, の件. */
const NAMES_ITS_SUBJECT = /「[^「」]+」|『[^『』]+』|について|に関して|に関する|に係る|に関わる|の件/;

/**
 * Whether the asking clause asks for the projects bearing on a context that names its subject (see ASKS_FOR_RELATED):
 * not after a context that only says what the list is for (「明日の会議資料に使います。該当する事業を一覧で」).
 */
export const asksForRelated = (ask: string, context: string): boolean =>
  ASKS_FOR_RELATED.test(ask) && NAMES_ITS_SUBJECT.test(context);

/**
 * A context that passes on what someone said they need (「夫の暴力から逃げたいって相談が来ました。」「自治会に入る人が
 * 減ってて困ってるって住民さんが言ってたんですが、」「…と要望がありました」「…というご相談がありました」, no one named, 「…したいという方がいらっしゃいました」 —
 * probe 212): the words reported name the subject,
 * whatever the ask then calls it (市の支援, 調査とか, 相談できる事業). Not ちょっと相談なんですが (と of ちょっと), nor
 * 人事課と相談して (with whom), nor ちょっと困っていて (the asker's own trouble).
 */
const REPORTS_A_NEED =
  /(?:って|(?<![っょ])と)\s*(?:(?:いう|いった|の)\s*(?:ご|お)?\s*(?=(?:相談|問い合わせ|問合せ|要望|苦情|声|意見|質問)\s*(?:が|を|も)))?(?:[^。、,]{0,10}?(?:が|から|に)\s*)?(?:相談(?:が|を受け|に来|され)|言われ|言って|言わ|聞かれ|問い合わせ|問合せ|要望|苦情|声が|意見が|質問(?:され|が)|話され)|(?:って|(?<![っょ])と)\s*(?:いう|言う|おっしゃる|言っている)\s*(?:方|かた|人|市民|住民|お客様|お客さん)\s*(?:が|も)\s*(?:いらっしゃ|来られ|来ま|来て|来た|見え|おられ|いま|い(?:る|た))|って\s*(?:[^。、,]{0,10}?(?:が|から|に)\s*)?(?:心配|困って)/;

/** Whether the context passes on what someone said they need (see REPORTS_A_NEED). */
export const reportsANeed = (context: string): boolean => REPORTS_A_NEED.test(context);

/** Where the asking clause first points back (see pointsBack), or -1. */
export const pointsBackAt = (ask: string): number => ask.search(POINTS_BACK);

/** Whether the ask points back at a subject the context names — not at its year (その年度に, この年に). */
export function pointsBackAtSubject(ask: string): boolean {
  return POINTS_BACK.test(ask.replace(THAT_YEAR, " ")) || asksOnlyAnAction(ask);
}
/** Whether an ask says only what is to be done, with no object (see ACTION_ALONE). */
export const asksOnlyAnAction = (ask: string): boolean => ACTION_ALONE.test(stripRegister(ask));
/** Whether it says only that help is wanted (応援してくれる事業ある？, 支援できることある？): see ACTION_ALONE. */
export const asksOnlyForHelp = (ask: string): boolean =>
  asksOnlyAnAction(ask) && /応援|支援|サポート|手助け|手伝|後押し/.test(ask);
/**
 * An ask of only what is to be done, with no object (改善する予定はありますか, 対応する計画ってある？, 見直しの予定は): done
 * to what the sentence before describes — 「市のホームページが見づらくて欲しい情報が探せない…。改善する予定はありますか」 had
 * searched 改善 alone and answered いいえ (probe 315). So is help asked with no object (市で何か応援してくれる事業ある？,
 * 支援できることある？): help with what the sentence before describes — probe 380 had searched 応援 alone, ふるさと納税.
 */
const ACTION_ALONE =
  /^\s*(?:(?:市|市役所|役所|行政)\s*(?:で|が|として|から|の方で)\s*)?(?:何か|なにか)?\s*(?:改善|対応|解消|解決|見直し|見直す|改修|対策|改める|直す|応援|支援|サポート|手助け|手伝|後押し)\s*(?:する|される|していく|して(?:い)?く|を\s*する|して\s*(?:くれる|もらえる)|できる|い)?\s*(?:の)?\s*(?:予定|計画|見込み|動き|取組|取り組み|考え|事業|制度|もの|こと)?\s*(?:は|って|が|も)?\s*(?:あり(?:ます)?|ある|ない|ございます|なん|どう)?\s*(?:か|の)?\s*[?？。]*\s*$/u;
const THAT_YEAR = /(?:その|この)\s*年度?/g;

/**
 * Whether a context says a project exists (「…窓口を設ける事業があったかと思いますが、」「…という取組があると
 * 聞きました」「…取組が計画にあったかと存じますが、」「…関連の事業を引き継いだのですが、」): it names what is asked
 * about, however few of the plan's words it uses.
 */
export function saysThereIsAProject(context: string): boolean {
  return THERE_IS_A_PROJECT.test(context) || SUBJECT_SET.test(context);
}
/**
 * A context that sets out what the message is about and ends there (「男女共同参画計画の策定事業について。」, as the
 * common language writes 「…の件で確認しています。」「…の監査をしています。」): the subject a claim after it is of (probe 469
 * had checked R4で完了、で合っていますか of the whole plan).
 */
const SUBJECT_SET = /[\p{Script=Han}\p{Script=Katakana}a-zA-Z」』]\s*(?:について|に関して)\s*[。、,]?\s*$/u;
const THERE_IS_A_PROJECT =
  /(?:事業|取組|取り組み)\s*(?:が|も)\s*(?:(?:計画|この章|章)\s*(?:の中に|の中で|上に|に|で)\s*(?:は|も)?\s*)?(?:あ(?:る|った|り|ります|りました)|(?:載って|入って)(?:い)?(?:る|た|ます|ました))|という\s*(?:事業|取組|取り組み)|(?:事業|取組|取り組み)\s*を\s*(?:引き継|引継|受け持|担当し|担当す|任され)/;

/**
 * The last sentence of a context that says a project exists, and what was said before it: 「先日、窓口に来られた高齢の方
 * から…とご相談がありました。」 is the story, 「市で申請のお手伝いをする取組があったと思うのですが、」 the project. Null
 * when no sentence says so, or the first one does; nothing before it when only greetings came first (お疲れ様です。).
 */
export function projectSentence(context: string): { said: string; before: string } | null {
  const sentences = sentencesOf(context);
  for (let i = sentences.length - 1; i > 0; i--) {
    const sentence = sentences[i] as string;
    if (!THERE_IS_A_PROJECT.test(sentence)) continue;
    const before = sentences.slice(0, i).join("");
    return { said: sentences.slice(i).join(""), before: /[\p{L}\p{N}]/u.test(before) ? before : "" };
  }
  return null;
}

/**
 * Whether the ask wants yes or no (「…ってR5もある？」「…はR6も載ってる？」): no question word, nothing asked to be listed
 * or counted.
 */
export function asksYesOrNo(question: string): boolean {
  const ask = askingClause(question);
  // 「…令和4年度は臨時拡充と聞いていますが、その後の方向性と担当課を教えて」: fields asked for, not whether — by the
  // ask's last part: a follow-up read after its question (joined by a space) asks what the follow-up does.
  if (FIELDS_ASKED_FOR.test(ask.slice(ask.lastIndexOf(" ") + 1))) return false;
  // (Nor 「…の担当は」「…の方向性って？」: a field asked with は — probe 163: 「そのうち周辺道路のほうの担当は」 had been
  // answered はい of its year's direction before the 担当課.)
  if (FIELD_ASKED_LAST.test(ask)) return false;
  // (…載ってるのは？ asks which; so does …続く事業, a list asked by its noun, …のやつだけ, the list narrowed to it, and そのうち
  //施設の工事は？, a narrowing by a subject — probes 424 and 427 had answered 一部です of them, and a follow-up after had gone
  // back to the list before the narrowing.)
  return !QUESTION_WORD.test(ask) && !ASKS_WHICH.test(ask.replace(ALL_OF_THEM_DO, ""));
}
const ASKS_WHICH =
  /一覧|全部|全件|すべて|全て|リスト|の(?:は|って)\s*[?？]?\s*$|(?:事業|もの|取組|取り組み|やつ|の)\s*(?:だけ|のみ)\s*(?:で|を|に)?\s*[?？。]?\s*$|(?:事業|もの|取組|取り組み|やつ)\s*[?？。]?\s*$|(?:^|\s)(?:そのうち|その中で|このうち|この中で)\s*[、,]?\s*[^\s、,。？?]{1,20}?\s*(?:は|って)\s*[?？]?\s*$/;
/**
 * All of them, said of what they do (R4で全部終わる？, すべて継続？, 全部R7まで載ってる？): whether each does — not a list
 * asked for (probe 169: 「R4で全部終わる？」 after a department's list had answered the plan's 7, no はい or いいえ).
 */
export const ALL_OF_THEM_DO =
  /(?:全部|全て|すべて|ぜんぶ)\s*(?:が|とも)?\s*(?=(?:[rＲR]\s*\d+|令和\s*\d+\s*年度?)?\s*(?:で|に|まで|も)?\s*(?:終わ|完了|続|載|継続|拡充|縮小|新規|臨時))/u;

/** Whether the ask ends on a field asked with は or って (see FIELD_ASKED_LAST). */
export const asksFieldLast = (question: string): boolean => FIELD_ASKED_LAST.test(askingClause(question));
/** A field asked with は or って at the end (…の担当は, …の方向性って？): what it is, never a yes or no. */
const FIELD_ASKED_LAST =
  /(?:方向性|方針|担当(?:課|部署)?|所管課?|内容|概要|目的|状況|進捗|施策名?)\s*(?:は|って)\s*[?？。]*\s*$/;

/**
 * A field asked for by name (方向性と担当課を, 内容を, 担当課も): a request for it, never a yes or no — not a claim said
 * with という (…完了する予定という理解で合っていますか: probe 376 had no はい).
 */
const FIELDS_ASKED_FOR =
  /(?:方向性|方針|担当課|担当部署|所管課|内容|概要|目的|状況|進捗|予定)\s*(?:と(?!\s*(?:いう|いっ|して|思|考え))|や|を|も)/;

/**
 * The projects named as what is asked for, by a noun and の (…の事業, 新規のものは？, …の取組を教えて, …の事業ってどれ？,
 * …のってある？): a kind of project. A clause before the noun (Wi-Fiを使えるようにする事業) describes one project.
 */
// (の may be left out after a loanword or a Latin word — 「Wi-Fi事業」「SNS事業はある？」 — where a kanji word before 事業
// makes a project's name: 保全事業. Probe 181's 「他の施設のWi-Fi事業はあるか」 had labelled all but one related.)
const PROJECTS_ASKED =
  /(?:の|(?<=[a-zA-Zａ-ｚＡ-Ｚ\p{Script=Katakana}ー])(?=\s*(?:事業|取組|取り組み)))\s*(?:事業|もの|取組|取り組み|やつ)?\s*(?:は|って|を|が)?\s*(?:(?:どれ|どの)\s*(?:くらい|ぐらい)\s*(?:ある|あります)?|どれ|どんな\S*|何|なに|ある|あります)?\s*(?:ですか|でしょうか|か)?\s*(?:(?:教えて|知りたい|見せて|出して)\p{Script=Hiragana}{0,8}|一覧|リスト)?\s*[?？。]?\s*$/u;

/**
 * Projects of a kind said to be left out at the end of the ask (「Wi-Fiの事業で、もう終わったものは除いて」「…のうち人事課の
 * ものを除いてください」): the rest of the projects are what is asked for.
 */
const THE_REST_ASKED = new RegExp(
  String.raw`(?:もの|事業|やつ|の|分)\s*(?:は|を)?\s*(?:${LEAVING_OUT})\s*(?:と|なら|だと|としたら)?\s*(?:ください|下さい|ほしい|欲しい|もらえる|もらえます|いただけます|いただけますか|お願いします)?\s*(?:か)?\s*[?？。]?\s*$`,
  "u",
);

/**
 * Whether the ask is for the projects themselves (「Wi-Fiの事業」「そのうち新規のものは？」), not for something of one
 * (its department, whether it goes on, its direction): every project that holds the words then answers it.
 */
export function asksForProjects(question: string, conditioned = false): boolean {
  const ask = askingClause(question);
  const which = WHICH_ONES.test(ask) || (conditioned && THE_ONES_SO.test(ask));
  return (
    (PROJECTS_ASKED.test(ask) || THE_REST_ASKED.test(ask) || which) &&
    !ASKS_DEPARTMENT.test(ask) &&
    !ASKS_DIRECTION.test(ask) &&
    (!ASKS_LISTED.test(ask) || which)
  );
}

/**
 * Which ones, asked as such, whatever the verb before: 「Wi-Fi系でR7まで続くのどれ？」 (probe 152: read as whether the one
 * project named Wi-Fi goes on, 0件 where four do).
 */
const WHICH_ONES = /(?:の|もの|やつ|事業|取組|取り組み)\s*(?:は|って|が)?\s*(?:どれ|どっち|どちら)/;
/**
 * The ones that are so, at the end: 「マイナンバー系でR5も続くのは」「R7継続のWi-Fi事業」 — which, when a year or a direction
 * is the condition; without one, 「貸室でWi-Fi使えるようにする事業」 describes the one project it means. Not 「R7まで
 * 続くの？」, a yes or no.
 */
const THE_ONES_SO =
  /(?<=[うくぐすつぬぶむるたい])\s*(?:(?:の|もの|やつ)\s*(?:は|って)|もの|事業|やつ)\s*[?？。]*\s*$|(?<=[\p{Script=Han}\p{Script=Katakana}a-zA-Z])事業\s*[?？。]*\s*$/u;

/**
 * A project said in brief or in plain words, asked (要するに何？, ひとことで言うと？, 市民向けに言うと？): what it is for and what
 * it does (probe 156: 「要するに何？」 after a project had been searched, 0件).
 */
// (For whom, then how briefly — 市民向けにひとことで言うと — is one ask: probe 192.)
const SUMMED_UP = String.raw`(?:要するに|つまり)\s*(?:何|なに|どういう|どんな)|(?:(?:市民|住民)\s*向け\s*(?:に|で)?\s*)?(?:一言|ひとこと|簡単|手短|わかりやすく|分かりやすく|噛み砕いて|かみ砕いて|平たく|(?:市民|住民)\s*向け\s*)\s*(?:で|に)?\s*(?:言うと|いうと|言えば|いえば|言ったら|説明すると)`;

/**
 * What a project changes, asked (何が変わる, どう変わるの, 何が良くなる, 何が便利になる): what it is for and what it does,
 * both (probe 123: 「住民にとって何が変わる？」).
 */
const WHAT_CHANGES = String.raw`(?:何|なに)\s*が\s*(?:変わ|かわ|良くな|よくな|便利にな|楽にな)|${SUMMED_UP}`;

/** A project's 目的 asked for, by name or by what it means (何のため). */
const ASKS_PURPOSE = new RegExp(
  String.raw`目的|ねらい|狙い|${WHAT_CHANGES}|(?:何|なん)の\s*ため|(?:なんで|なぜ|何故|どうして)(?:\s*必要)?|必要性|理由|意義|(?:何|なに)を\s*(?:目指|めざ)`,
);
/** A project's 内容 asked for, by name or by what it means (何をするの, 何やるの, どんなこと, 具体的には, どうやって進める). */
/**
 * Whom a project is done with, asked (どこと一緒にやるの？, 誰と協力してる？, どんな団体と連携する？): its 内容 says it (市内
 * 大学と連携して) — of the project in view, not a search of 一緒 (probe 312: 0件).
 */
const PARTNER_ASKED = String.raw`(?:どこ|誰|だれ|どんな\s*(?:団体|ところ|企業|人))\s*と\s*(?:一緒|いっしょ|協力|連携|組ん|共同|協働)`;
/**
 * The kind of what it does asked after 具体的に (具体的にどんな支援？, 具体的にはどういう取組？): the 内容 — the kind is what is
 * asked, not a subject (probe 313: 支援 had been searched afresh, 8件).
 */
const CONTENT_KIND = String.raw`具体的\s*に?\s*(?:は)?\s*(?:どんな|どういう|どういった|どのような)\s*[一-龯々ァ-ヶー]{1,6}`;
const ASKS_CONTENT = new RegExp(
  String.raw`${CONTENT_KIND}|${PARTNER_ASKED}|内容|中身|(?:何|なに)\s*を?\s*(?:する|やる|して|やって)|(?:何|なに)\s*を\s*(?:増や|減ら|広げ|拡げ|充実|変え)|どんなこと|具体的|(?:どうやって|どのように)\s*(?:進め|実施し|行|やる|する|して)?|進め方|やり方|${WHAT_CHANGES}`,
);

/**
 * Whom a project is for (対象は？, 誰向け, どんな人が対象): the plan says it in its 目的 or its 内容 (管理職員を対象に), so
 * both are shown (probe 77's 「コーチング研修って誰向けやったっけ？」 had shown only the 内容, without 管理職員).
 */
/**
 * Who or what may use it, asked by its kind (どんな人が対象？, どういう団体が使えるの？, どんな活動が対象になるの？): the kind
 * is what is asked, not a subject — in a thread, it is asked of the project in view (probe 307: 「どんな活動が対象になる
 * の？」 after a subsidy had searched 活動 afresh).
 */
const KIND_ELIGIBLE = String.raw`(?:どんな|どういう|どういった|どのような)\s*(?:人|方|団体|活動|事業者|企業|世帯|グループ)\s*(?:が|を|に|の)?\s*(?:向け|むけ|対象|使え|利用でき|申請でき|申し込め|応募でき|受けられ|もらえ|のため)`;
const ASKS_AUDIENCE = new RegExp(
  String.raw`対象(?:者|層)?(?!外)|ターゲット|(?:誰|だれ)\s*(?:向け|むけ|が対象|を対象|のため)|${KIND_ELIGIBLE}`,
);

/** Who a project is for, asked (誰向け, 対象者は, どんな人が対象): the plan has no such field — its 目的 and 内容 say it. */
export const asksAudience = (question: string): boolean => ASKS_AUDIENCE.test(askingClause(question));

/** 目的 and 内容, each asked for by name or by what it means (何のため, 何をする) in the ask, in the plan's order. */
export function fieldsAskedIn(question: string): ("目的" | "内容")[] {
  const asked = (text: string): ("目的" | "内容")[] => {
    const audience = ASKS_AUDIENCE.test(text);
    return [
      ...(audience || ASKS_PURPOSE.test(text) ? ["目的" as const] : []),
      ...(audience || ASKS_CONTENT.test(text) ? ["内容" as const] : []),
    ];
  };
  const own = asked(askingClause(question));
  if (own.length > 0) return own;
  // 「…事業があると伺いましたが、その目的を引用したいので教えていただけますか」: a field pointed at (その目的) in the
  // sentence that asks, in the clause that says why, is what its bare ask (教えて) asks for (probe 73).
  const last =
    question
      .split(/[。！？!?\n]+/)
      .filter((s) => s.trim() !== "")
      .at(-1) ?? "";
  return asked([...last.matchAll(POINTED_FIELD)].map((m) => m[0]).join(" "));
}

/** A field of the project just named, pointed at (その目的, それの内容, この事業のねらい). */
const POINTED_FIELD = /(?:その|それの|この|これの)\s*(?:事業の)?\s*(?:目的|ねらい|狙い|内容|中身)/g;

/** Words that ask what a project's direction is (その事業の令和5年度以降の方向性, 今後の予定, どうなる). */
export const ASKS_DIRECTION = new RegExp(
  String.raw`方向性|方針|予定|見通し|見込み|どうなる|どうなり(?:ます|ません|そう)|どうなって|どうなった|どうだった|どうでした|いかが|(?:何|なに)に(?:なる|なって|変わ)|どう変わ` +
    // (A year, then what it is asked — 「R3は何？」「R4なに」「令和5年度って何だっけ」 of one project: its direction then,
    // probes 482 and 486 had got the card alone.)
    String.raw`|(?:${ANY_YEAR})\s*(?:は|って|の)?\s*(?:何|なに|なん)\s*(?:です|でしょう|だっけ|だった|でした|なの|なん)?\s*(?:か|け)?\s*[?？。]*\s*$`,
  "iu",
);
/**
 * Asking whether a project is listed at all (載ってる, 記載がある, 書かれてる, 計画に入っている, まだやってる; a year then
 * も or まで やる / 続く / ある / 入っている: 令和5年度もやる予定？, R7まで続く？, R5も続いてる？ — つづいてる in kana too,
 * probe 173), not what its direction is.
 */
export const ASKS_LISTED =
  /載っ|載る|記載|書かれ|書いて|(?:方向性|計画)\s*(?:が|の|に|の中に)?\s*入っ|(?:も|まで)\s*(?:入っ|やる|やり|やって|続く|続き|続け|続いて|つづ(?:く|き|け|いて)|実施|行う|行わ|行い|ある|あり)|まだ\s*(?:やって|やっと|続いて|つづいて|ある|あり)|(?:[rRｒＲ]\s*\d{1,2}|年度|年)\s*(?:に|で)?\s*は\s*(?:ある|あり)/;
/**
 * Asking when a project runs or ends, or whether it is listed: 何年度まで載っているのか, いつ頃まで続くのか, もう
 * 終わったのでしょうか.
 */
const ASKS_WHEN = /何年度|いつ(?:頃|ごろ)?(?:\s*(?:に|で)?\s*(?:完了|終了))?|載っ|載る|続く|続き|終わ|終え/;
/** Which project the context describes (「…を充実させる予定があると聞きましたが、どの事業で何年度まで」). */
/**
 * Which project, asked (どの事業), or the one the context concerns (該当する事業名, 関連する事業と担当課: the projects of what
 * the sentence before names, as その事業 is — probe 266's 「…補助について照会がありました。該当する事業名、令和5年度以降の
 * 予定を」 had listed the plan's 32 projects of R5 on). Before 名, 該当する alone: 事業名 is a field.
 */
const WHICH_PROJECT =
  /どの\s*(?:事業|取組|取り組み)|(?:該当|関連|関係)\s*(?:する|している)\s*(?:(?:事業|取組|取り組み)(?!\s*名))?/g;
/**
 * A project's, named by nothing before it (事業の状況, 取組の担当課) — not one said of something (R4の事業の担当課 asks for
 * a list).
 */
const PROJECTS_OWN = /(?<![\p{L}\p{N}]\s*)(?:事業|取組|取り組み)\s*の/gu;
/** What the ask points back at, said as a project (その事業, 当該事業, こうした取組): the context names it. */
const POINTED_SUBJECT = new RegExp(`(?:${POINTS_BACK.source})\\s*(?:事業|取組|取り組み|件|話)?`, "g");
/**
 * What one asks *of* a project, not what a project is about: its fields (担当課, 目的, 内容, 方向性) and the
 * words for them (方針, 予定, 概要, 中身, 状況, 進み具合, 今後, 見通し, 対象: whom it is for), how the plan places
 * it (計画上の扱い, 位置づけ), its code (コードは？, 番号), and the bare verbs of doing that a when asks with
 * (いつから始まる, いつ実施する).
 */
const FIELDS = new RegExp(
  `${ASKS_UNRECORDED.source}|${ASKS_DIRECTION.source}|${ASKS_WHEN.source}|${ASKS_PURPOSE.source}|${ASKS_CONTENT.source}|(?:取り?)?扱い|位置(?:づけ|付け)|始ま|始め|開始|スタート|実施|実行|担当(?:者|課|部署|部局)?|所管(?:課)?|部署|部局|課|今後|この\\s*(?:あと|後|先)|これから|続(?=い|く|け|き)|(?:今|いま|現在)(?=\\s*(?:も|でも))|概要|状況|(?:どこ|誰|だれ)\\s*(?:が|の)\\s*(?:担当|所管|やって|やる|持って)|(?:方向性\\s*の\\s*)?(?:変化|推移|移り変わり|変遷)|(?:対象|ターゲット)(?:者|層)?|(?:誰|だれ|どんな\\s*(?:人|方)|どういう\\s*(?:人|方))\\s*(?:向け|むけ|が対象|を対象|のため)(?:\\s*の\\s*(?:窓口|事業|もの|サービス|制度|取組|取り組み|やつ|仕組み))?|${KIND_ELIGIBLE}|進捗|進み具合|スケジュール|(?:実施|事業)?\\s*期間|(?:もう少し|もうすこし|もっと)?\\s*(?:詳しく|くわしく|詳細)|年度|以降|まで|(?:正式な?\\s*)?(?:事業名|名称|名前)|コード|(?:事業|取組|施策)?番号|(?:何|なん)\\s*番(?!目)|施策\\s*(?:名|の\\s*名前)|施策(?<=(?:どの|何の|なんの)\\s*施策)(?![一-龯\\d０-９])|取組\\s*名|(?:総合)?計画\\s*(?:上|で|の中)`,
);
/**
 * What asks for every project about a subject, not the best one: a count (何件, 全部で, いくつ), all of them (一覧,
 * すべて, まとめて知りたい, 一通り教えて), those related to it (Wi-Fi関係の事業, マイナンバーカードに関係する事業, and at the end
 * Wi-Fi関係は？, マイナンバー関係; 絡み and がらみ say the same: マイナンバーカード絡みの事業, probe 291), mentioning it (が出てくる,
 * が出てくるやつ: probe 329) or
 * using it (マイナンバーカードを使う事業, オンラインを活用する事業: probes 291, 292).
 */
export const ASKS_EVERY_HOLDER =
  /(?:まとめて|一通り|ひととおり|ひと通り)\s*(?:知りたい|教えて|見たい|確認し|ください|いただけ|お願い)|何件|件数|いくつ|幾つ|何個|全部|全件|ぜんぶ|すべて|全て|一覧|リスト|洗い出|(?:関係|関連|絡み|がらみ)(?:の|する|している|してる)(?:事業|もの|取組|取り組み)|(?:関係|関連|絡み|がらみ)(?:で|だと)|(?<=[\u4e00-\u9fff\u30a0-\u30ffーa-zA-Z0-9])(?:関係|関連|絡み|がらみ)\s*(?:は|って|の)?\s*(?:何|なに|どれ|どんな)?[^。、？?]{0,6}?[?？]?\s*$|(?:が|の)(?:出て(?:くる|きた)|書かれて|記載されて|載って)(?:いる|る)?(?:事業|もの|やつ)|を含む(?:事業|もの)|(?<=[\u4e00-\u9fff\u30a0-\u30ffーa-zA-Z0-9])\s*(?:を|で)?\s*(?:使う|使った|使って(?:い)?る|利用する|利用した|利用して(?:い)?る|活用する|活用した|活用して(?:い)?る)\s*(?:事業|もの|取組|取り組み)/;

/**
 * Asking which projects fit, naming nothing of its own (どの事業が該当するか, 該当する事業を教えて, どれが当てはまる): what
 * fits is what the sentence before it said.
 */
const WHICH_FIT =
  /(?:どの|どれ|どういった|どんな)\s*(?:事業|取組|取り組み|もの)?\s*(?:が|を)?\s*(?:該当|当てはま|あてはま)|該当する\s*(?:事業|もの|取組|取り組み)/;

/**
 * Whether a message asks for every project holding its subject (see ASKS_EVERY_HOLDER), in its asking clause — or in
 * the sentence before an ask of which fit: 「マイナンバーカードに関連する事業を、課をまたいで全部把握しておきたいのですが、
 * どの事業が該当するか教えていただけますか。」 (probe 308 had answered the best one alone).
 */
export function asksEveryHolder(message: string): boolean {
  const asked = askLast(message);
  const clause = askingClause(asked);
  return ASKS_EVERY_HOLDER.test(clause) || (WHICH_FIT.test(clause) && ASKS_EVERY_HOLDER.test(asked));
}
/**
 * Asking whose a project is: 担当課は？, 担当はどこ？, どこの課？, 所管課も教えて, 担当課と内容を, 誰が担当してる？,
 * どこがやってる？. Not a department's projects (担当課の一覧, 人事課が担当している事業).
 */
export const ASKS_DEPARTMENT =
  /(?:担当|所管)\s*(?:して(?:い|お)?る|して(?:い|お)?ります|され(?:て(?:い|お)?る)?|する)\s*(?:課|部署)(?=\s*(?:は|って|を|が|も|[?？。]|$))|(?:担当(?:課|部署|部局|の課|者|の方)?|所管(?:課|部署)?)\s*(?:は|って|を|も|と|について|に関して|が(?:どこ|誰|わから|知りた)|どこ|なの|です|でしょう|か|[?？]|$)|どこの(?:課|部署)|どの(?:課|部署)(?!が(?:一番|最も|いちばん|多))|何課(?!あ)|(?:どこ|誰|だれ)(?:が|の)\s*(?:担当|所管|やって|持って)|(?:課|部署)\s*(?:は|って)\s*(?:どこ|どれ|どちら|何)(?!\s*(?:に|で|へ))/;

/**
 * A count asked for (何件, 件数, 総数, いくつ, 何個, 何事業, 事業の数, 何課ある): the answer says the number in a sentence — not the
 * count a ranking compares (事業数が一番多いのはどの課: the unit is what is asked, probe 187).
 */
/**
 * A share asked (全体の何パーセント？, 何割？, 割合にすると？, 全体に占める比率は): the count, said with its share of the
 * plan's projects (probe 455: パーセント and 割合 had been searched as words, and 0件 said of a unit with three).
 */
export const SHARE_ASKED =
  /割合|比率|シェア|パーセンテージ|何\s*割|なんわり|(?:何|なん)\s*(?:パーセント|ぱーせんと|%|％)|全体\s*に\s*占める/u;
/** The words that ask for a share as a count does (割合, 比率, 何割, 何パーセント, 何%): see ASKS_COUNT, COUNT_ALONE. */
export const SHARE_WORD = String.raw`割合|比率|何\s*割|(?:何|なん)\s*(?:パーセント|%|％)`;
export const ASKS_COUNT = new RegExp(
  String.raw`${SHARE_WORD}|何件|なんけん|件数|総数|本数|いくつ|幾つ|何個|何事業|何本|なんぼ|何課(?=\s*(?:ある|あり))|(?:どれ|どの)\s*(?:くらい|ぐらい)\s*(?:ある|あり)|(?:事業|取組|取り組み|施策|(?<![\p{Script=Han}])課|担当課|部署|もの|やつ|新規|継続|拡充|縮小|完了)\s*の?\s*数(?!値|字|量|年)(?!\s*(?:が|の)\s*(?:一番|最も|いちばん))`,
  "u",
);

/** What asks for a list or a count (事業, もの, 一覧, 何件): an ask with one asks for projects, not of one. */
const LISTS =
  /事業(?!名|番号)|もの(?!\s*(?:でしょう|です|なの|だろう|か[。？?]|$))|物|取組(?!番号)|取り組み|一覧|リスト|件|全部|全件|すべて|全て|どれ|何件|いくつ/;

/**
 * An ask that offers a unit to be confirmed, or two to choose from, and nothing else: 担当は資産活用課？, 市民協働課？,
 * 人権課の事業で合ってますか, 広報課でいい？, それとも資産活用課？ — not a unit's list asked for (人事課の事業は？).
 */
const UNIT_OFFERED =
  /^(?:(?:それとも|もしくは|または|あるいは)\s*)?(?:(?:担当|所管)\s*(?:課|部署)?\s*(?:は|って)\s*)?[^\s、,。？?]{1,24}?(?:課|チーム|室|係)\s*(?:(?:の\s*(?:事業|担当|所管|仕事)\s*)?(?:で\s*(?:いい|よい|良い|よろしい|合って|あって|間違い(?:ない|ありません)?)\p{Script=Hiragana}{0,8}|です|でしょう|だよね|だっけ|かな|じゃない)\s*(?:か|よね|ね|の)?)?\s*[?？]?\s*$/u;

/** Whether an ask only offers a unit to be confirmed, or two to choose from (see UNIT_OFFERED). */
export const offersOnlyAUnit = (ask: string): boolean => UNIT_OFFERED.test(ask.trim());

/**
 * Whether the ask is whether something is listed, naming no projects to list (「令和5年度以降も計画に載っているか
 * 確認したいです」): of what the context names, not a year's list (「R5以降も載ってる事業を」).
 */
export function asksWhetherListed(ask: string): boolean {
  return ASKS_LISTED.test(ask) && !LISTS.test(ask) && !QUESTION_WORD.test(ask);
}
/** A question word: the ask is what or how (計画にどう書かれているか), not whether (…かどうか). */
// (Not as an indefinite, with か: どこかにあった？, 何かある？ ask whether — いつから still asks when. Nor with も, every one:
// どれもR4で終わる？, どちらも続く？ ask whether each does — probe 169.)
// (なに in kana as a phone types it: 「人事課のじぎょうなにある」 asks what — probe 482 had been told はい.)
const QUESTION_WORD =
  /どこ(?!か)|だれ(?!か)|誰(?!か)|何(?!か(?![月所]))|なに(?!か|げ|より|とぞ|しろ|せ)|いつ(?!か(?!ら))|どれ(?![もか])|どの|どっち(?![もか])|どちら(?![もか])|(?<!か)どう|どんな|いくつ|なんで(?!も|す|しょ)|なぜ/;

/**
 * Whether the asking clause, its years and directions read, asks only for fields of a project it does not name:
 * 「マイナンバーカードの出張申請サポートをお願いしたいと考えています。担当されている課と、令和4年度以降の方針を
 * 教えてください。」 — the department and the policy of what the sentence before it names, so that sentence is the
 * subject, as if the ask had said その. An ask for a list (「令和4年度以降の事業を」) or a count names its subject.
 */
export function asksOnlyFields(askFreeText: string): boolean {
  // (「事業の状況を」: the project's — of the one the sentence before describes, as その事業の is.)
  const own = askFreeText
    .replace(POINTED_SUBJECT, " ")
    .replace(WHICH_PROJECT, " ")
    .replace(PROJECTS_OWN, " ");
  if (LISTS.test(own) || !FIELDS.test(own)) return false;
  // (A question word beside the field asks it: 対象は誰, 担当はどこ — and what is written there: 内容には何が書いてありますか,
  // 目的は何と記載されていますか — probe 376 had searched 書.)
  const rest = own
    .replace(new RegExp(FIELDS.source, "g"), "")
    .replace(/誰|何|どこ|いつ/g, "")
    .replace(/書(?=[いかけっ])|記載(?=\s*され)/g, "");
  return !/[\p{L}\p{N}]/u.test(rest.replace(/[\p{Script=Hiragana}ー]/gu, ""));
}

/**
 * What the asker sets apart from the ask, up to the 、 that closes it: 「空調や照明の改修とは別に、」「予算の件はさておき、」
 * 「空調の更新や予約システムの話題もあるのですが、」. It is named so as not to be what is asked about.
 */
const ASIDE =
  /(?<=^|[。！？!?\n、,])[^。！？!?\n、,]*?(?:とは別に|とは別で|は別として|はさておき|はともかく(?:として)?|は(?:置いて|おいて|置いといて|おいといて|置いておいて|おいておいて)|も\s*(?:あり(?:ます|まして)|ある)(?:の|ん)?(?:です|だ)?(?:が|けど|けれど|けれども))\s*[、,]/gu;

/**
 * A change of subject: 「それとは別に、」「ところで、」「話は変わりますが、」「別件ですが、」 set apart all that was said
 * before them.
 */
const NEW_SUBJECT =
  /(?<=^|[。！？!?\n、,]\s*)(?:(?:それ|これ|その件|そちら|こちら)(?:とは別に|とは別で|は別として|はさておき|はともかく)|ところで|話は変わりますが|話が変わりますが|別件(?:ですが|で|なのですが|なんですが))\s*[、,]?/gu;

/** The free text without what the asker set apart from the ask (see ASIDE and NEW_SUBJECT). */
export const withoutAsides = (text: string): string => {
  const hidden = masked(text);
  const switches = [...hidden.matchAll(NEW_SUBJECT)];
  const last = switches[switches.length - 1];
  const after = last ? ` ${hidden.slice((last.index ?? 0) + last[0].length)}` : hidden;
  return unmasked(after.replace(ASIDE, " ").replace(NOT_THIS, " "));
};
/**
 * What the asker says a project is not, before what it is (紙の申請書じゃなくて窓口の端末で, 新築ではなく改修): no words of
 * its subject — searched, a word the plan lacks had made the project asked of only related (probe 239). Not じゃなくても
 * (紙じゃなくてもできる: without paper, its subject still), nor だけじゃなくて (モノだけじゃなくて体験も: not only).
 */
const NOT_THIS =
  /(?<=^|[。！？!?\n、,\s]|[をはがも])[^。！？!?\n、,\sをはがも]{1,20}?(?<!だけ|のみ|ばかり)(?:じゃなくて|じゃなく|ではなくて|ではなく|でなくて|でなく)(?!\s*て?も)(?=\s*[、,]?\s*[^\s、,。！？!?])\s*[、,]?/gu;

/**
 * Where a message's clauses join: a sentence's end, or a joint before 、 (see askingClause). (から after people is from
 * whom — 「セクシュアルマイノリティの方から、…という要望」, 「企業さんから、」 — not because: probe 183 had searched the request
 * without who it is for. After any other noun — 4月から、, 市民課から、 — it still ends a clause of context: taking
 * every noun's から as from whom had cost an exact answer of a never-mined set.)
 */
const CLAUSE_JOINT =
  /[。！？!?\n]|(?:(?<!も)ので|のため|ため|用に|(?<!の方|方々|さん|様|さま|たち|達|団体|会社|企業)から|けど|けれど|(?<=[すたるだいぬ]|ません|でしょう)が|まして|にあたり|にあたって|に当たり|に当たって|に際し(?:て)?|に向け(?:て)?|の関係で|の件で|の都合で|の(?:準備|検討|参考|資料作成|資料作り|資料|取りまとめ|とりまとめ|作業|対応|調査)(?:で|に|として|につき)|(?<=[\u4e00-\u9fff\u30a0-\u30ffー])につき|(?<!対策|一環|施策|方策|手段)として|のために|の前に|(?:必要が|予定が|機会が)あり|(?:こと|事)(?:に|と)なり|(?<=[るた])\s*(?:うえ|上)で|(?<=[\u4e00-\u9fff])前に(?:\s*(?:すみません|すいません))?\s*|たく(?:て)?|(?:考え|検討し|調べ|進め|準備し|作成し|作っ|整理し|まとめ|探し|困っ|迷っ|悩ん|頼まれ|言われ|聞かれ)[てで](?:いて|おり|て)|(?:照会|引き継ぎ|引継ぎ|引継|監査|答弁|報告|説明|会議|打ち合わせ|打合せ|研修|対応|準備|作業|調査)(?:への回答|の回答|の準備|の中)?で)[、,]\s*|(?<=[うくぐすつぬぶむるたいだ]|ます|です)ので(?![、,]|す|しょう)|(?:まして|(?<!も)ので|けれども|けれど|けど|ですが|ますが)\s+(?=\S)|(?<=[うくぐすつぬぶむる]|した|いた)\s*(?:とき|時)\s*(?:に|は)?\s*[、,]?\s*(?=(?:何課|担当|どこ|誰|だれ|どの\s*課))/;

/**
 * The clause that carries the ask: the last one, after context clauses joined by ので (not もので: "the one that,
 * and"), から, けど, ため, 用に,
 * 〜まして (ございまして, おりまして), にあたり, に際して, に向けて, の関係で, の準備で / の検討に (a purpose: 議会答弁の準備で、),
 * a verb's とき before whom is asked (電話で取り次ぐとき何課って言えばいい？ — probe 350 had searched 電話 in the thread),
 * 〜につき (資料作成につき、: the formal because), 〜として (担当として、 — not what the projects are as: 老朽化対策として、, DXの
 * 一環として、 say what they do, probe 245),
 * 〜たくて (勉強会で使いたくて、), 会議前に、 the asker's own doing in 〜ていて (体制を考えていて、, 頼まれていて、 — not a
 * direction's: 「R4に拡充していて、R5に継続」 is one ask),
 * (and sentence ends). 「来週の会議で使うので、…の担当課は？」 asks about the 担当課, not about next week — nor
 * without its comma (来週の会議で使うのでおくやみコーナーの…, as a voice input types it), after a verb — not the ので of
 * …のですか or …のでしょうか, which ends a question; and a
 * joint a voice input leaves a space after (資料を作っておりまして 亡くなった方の…).
 */
export const askingClause = perText(clauseAsking);
function clauseAsking(text: string): string {
  const parts = masked(text).split(CLAUSE_JOINT);
  const nonEmpty = parts.map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return unmasked(nonEmpty.at(-1) ?? "");
}

const CLAUSE_JOINTS = new RegExp(CLAUSE_JOINT.source, "g");

/**
 * The context before an ask without the occasion it ends with (「情報システム課の事業について、来週の会議で説明するため、」
 * → 「情報システム課の事業について、」): the stretch from the last 、 or sentence end before a closing joint (ので、
 * ため、 …) says why one asks, not what. The context itself when it ends otherwise, or is all occasion.
 */
export function withoutOccasion(context: string): string {
  const text = masked(context.trimEnd());
  const joints = [...text.matchAll(CLAUSE_JOINTS)];
  const last = joints.at(-1);
  if (!last || last.index + last[0].length !== text.length || /^[。！？!?\n]/.test(last[0])) return context;
  const before = last.index - 1;
  const begin = Math.max(
    text.lastIndexOf("、", before) + 1,
    text.lastIndexOf(",", before) + 1,
    ...joints.slice(0, -1).map((j) => j.index + j[0].length),
  );
  const kept = unmasked(text.slice(0, begin));
  return /[\p{L}\p{N}]/u.test(kept) ? kept : context;
}
