// Asking whom to go to: staff outside the chapter ask who handles a matter as where to take it — 相談先は？,
// 問い合わせ先, どこに相談すればいい？, 誰に聞けばいい？, どこに振ればいい？ (probe 126). Read as 担当はどこ, the department in
// charge, which is what the plan can tell: 相談 there is the asking, not the subject (the plan's counselling projects).
// And 担当課 typed with the IME's other か (担当化, 担当家).
import { rewritten } from "./util.js";

/**
 * A verb of taking a matter somewhere: 相談, 問い合わせ, 聞く, 尋ねる, つなぐ, 取り次ぐ, 振る, 回す, 案内, 紹介, 連絡, 行く,
 * 持っていく, 言う, 伝える.
 */
const TAKE =
  "(?:ご|お)?(?:相談|問い合わせ|問合せ|問い合せ|照会|聞|尋ね|つな|繋|振|回|案内|紹介|連絡|行|持って(?:い|行)|言|伝え|取り次|取次|とりつ)";
/**
 * Whom or where, as the asker's own question (どこに, 誰に, どの課へ, 何課に, どこの課に: probe 139; どちらの課に, said politely:
 * probe 182), に dropped as in speech
 * (どこ案内したらいい: probe 145 had searched 案内 and answered the おくやみ corner's 手続案内) — or said as what to name:
 * 何課って言えばいい, 何課と伝えたらいい (probe 350: 「電話で取り次ぐとき何課って言えばいい？」 had found none).
 */
const WHERE = String.raw`(?:どこ|どちら|どっち|誰|だれ|(?:どの|どこの|どちらの)\s*(?:課|部署|部局|係|窓口)|何課)\s*(?:(?:に|へ|って|と)\s*(?:は\s*)?)?`;
/**
 * The asker's should: …ば(いい), …たら(いい), …べき, …てもいい — not a past or a report (誰に言われた, どこに聞いた).
 * What follows it (いいですか, よいでしょうか, いいの) is the same question's end.
 */
const SHOULD = String.raw`\p{Script=Hiragana}{0,4}?(?:ば|たら|べき|ても?(?:いい|よい|良い))(?:いい|よい|良い)?(?:の|ん)?(?:です|でしょう|だろう)?(?:か(?:な|ね)?)?`;

/** Whose it is, asked (担当ってどこ？, どこの課の担当ですか？, 何課？), to its question mark or comma. */
const WHOSE_ASKED = String.raw`(?:(?:担当(?:課)?|所管(?:課)?)\s*(?:って|は)\s*(?:どこ|どちら|何課)(?:\s*の\s*(?:課|部署))?\s*(?:の\s*担当)?|(?:どこ|どちら|どの)\s*の?\s*(?:課|部署)\s*(?:の\s*(?:担当|所管))?|何課)\s*(?:です|でしょう|なん(?:です)?|なの)?\s*(?:か|かな|だっけ)?\s*[?？。、,]+\s*`;
/** What may open a guess: たしか, 多分, もしかして. */
const HEDGE = String.raw`(?:(?:たしか|確か|多分|たぶん|もしかして)\s*[、,]?\s*)?`;
/** A unit guessed, its name (group 1) — which may hold kana: まち魅力発信課. */
const GUESSED_UNIT = String.raw`([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・a-zA-Zａ-ｚＡ-Ｚ0-9]{2,}?(?:課|チーム|室|センター|係))\s*(?:さん)?`;
/** How a guess ends: asked (？, だっけ, ですよね, じゃないですか), or said as thought or heard (…かと思っていたのですが…). */
const GUESS_ENDS = String.raw`(?:\s*(?:(?:です|でした)?\s*(?:か|かな|っけ|よね)|だっけ|だよね|でしょうか|じゃない(?:の|ん)?(?:です)?(?:か)?)?\s*[?？]+\s*$|\s*(?:か|だ)?\s*と\s*(?:思って|おもって|聞いて|思った|聞いた)[^]*$)`;

const RULES: readonly (readonly [RegExp, string])[] = [
  // 相談先, 問い合わせ先, 照会先, つなぎ先: where a matter is taken — the department in charge.
  // (Only as what is asked — 相談先は？, 相談先を教えて, 相談先ってどこ — not 相談先を周知する事業: review.)
  [
    /(?:ご|お)?(?:相談|問い合わせ|問合せ|問い合せ|照会|つなぎ|繋ぎ)先(?=\s*(?:は|って|を\s*(?:教え|知り|お願い|伺)|が\s*知りたい|の\s*(?:課|部署|窓口|担当)|どこ|[?？。]|$))/g,
    "担当",
  ],
  // The matter said as the topic before it (問い合わせはどこの課に回せばいい？, 相談は誰につなげばいい？): the asking, no
  // subject — in a thread, the question before's (probe 438 had searched it, 0件, the thread lost).
  [
    new RegExp(
      String.raw`(?<=^|[、,。\s])(?:ご|お)?(?:相談|問い合わせ|問合せ|問い合せ|照会|連絡|電話)\s*(?:は|って|を)\s*(?=${WHERE}${TAKE}${SHOULD})`,
      "gu",
    ),
    "",
  ],
  // どこに相談すればいい？, 誰に聞いたらいいですか, どの課につなげばよいでしょうか: whose it is.
  [new RegExp(`${WHERE}${TAKE}${SHOULD}`, "gu"), "担当はどこ"],
  // 人権・男女共生課に回せばいい？, 財産活用課につなげばいいですか: whether it is that unit's — as 担当は人権・男女共生課？
  // asks (probe 198: the unit had been read as the asker's background, the unit's whole list shown with no はい).
  [
    new RegExp(
      String.raw`([\p{Script=Han}\p{Script=Katakana}ー・a-zA-Zａ-ｚＡ-Ｚ0-9]{2,}(?:課|チーム|室|センター|係))\s*(?:さん)?\s*(?:に|へ)\s*${TAKE}${SHOULD}`,
      "gu",
    ),
    "担当は$1",
  ],
  // そっちに回せばいい？, そこにつなげばいいの？: the unit just named, asked again — whose it is.
  [new RegExp(String.raw`(?:そっち|そちら|そこ)\s*(?:に|へ)\s*${TAKE}${SHOULD}`, "gu"), "担当は"],
  // 担当課に電話したいんだけど、どこ？, 窓口に問い合わせしたいので、どこか教えて: the department asked, the call the
  // reason for asking (probe 161: 電話 had been searched, 0件, the thread lost).
  [
    /(?:担当課|担当の課|担当部署|担当|窓口)\s*(?:に|へ)\s*(?:電話|連絡|問い合わせ|問合せ|相談)\s*(?:を)?\s*(?:し|入れ|かけ|取り|とり)たい(?:んだ|んです|のです)?(?:けど|けれど|けれども|が|から|ので)?\s*[、,]?\s*(?=(?:それ|そこ|その課)?\s*(?:は|って)?\s*(?:どこ|何課|どちら))/g,
    "担当は",
  ],
  // 案内できる事業, 紹介できるところ, つなげる窓口: where the asker can send someone — the asking, not what the project does
  // (probe 183: 「…という相談があったんだけど、案内できる事業ある？」 had answered the おくやみ corner's 手続案内). Not
  // 案内してくれる: what a project does for the resident (「手続きをまとめて案内してくれるところ」).
  [
    /(?:ご|お)?(?:案内|紹介)\s*(?:できる|できそうな|可能な)|(?:つな|繋)げ(?:られ)?る(?=\s*(?:事業|取組|取り組み|窓口|ところ|所|先|制度))/g,
    " ",
  ],
  // 担当ってどこ？市民課？, どこの課の担当ですか？まち魅力発信課かと思っていたのですが…: whose it is, then a unit guessed —
  // whether it is that unit's, as 担当は市民課？ asks (probe 298: the guess had been read as the unit asked of, its own
  // projects answered with no word of the one asked). What follows the guess (違っていたら教えてください) asks the same.
  [new RegExp(`${WHOSE_ASKED}${HEDGE}${GUESSED_UNIT}${GUESS_ENDS}`, "gu"), "担当は$1？"],
  // 主管課, 主管部署, 主管されている: the office's word for the department in charge (probe 228: 主管 had been searched,
  // and exact finds answered as related only).
  [/主管(?=\s*(?:課|部署|部局|は|って|が|を|の|さ|し|す|で|[?？。]|$))/g, "担当"],
  // …の係はどこ？, …の窓口はどちらでしょうか, どこの係？: whose it is, asked as where one goes (probe 228: 係 and 窓口 had
  // been searched). Only so asked: 窓口申請システム, 窓口の混雑 are the plan's words.
  [/(?:係|窓口)(?=\s*(?:は|って)\s*(?:どこ|どちら|どっち))/g, "担当"],
  [/(?:どこ|どの|どちら)\s*の\s*係(?![\p{Script=Han}])/gu, "どこの課"],
  // 担当化は, 担当家は: the IME's other か after 担当, asked as the department (probe 131: each had answered 0件, and the
  // thread's next turn with it).
  [/担当[化家科過](?=\s*(?:は|が|の|って|を|も|どこ|[?？、。]|$))/g, "担当課"],
  // 単当, the IME's other たん of 担当 (単当課どこ？, 単当は市民化？, DXが単当してる事業): 担当 (probe 449: 「単当課」 had been
  // read as a unit the plan lacks, 0件).
  [/単当(?=\s*(?:課|化|家|科|者|は|が|の|って|を|も|し|す|さ|どこ|[?？、。]|$))/g, "担当"],
];

/** A quick test that a text may ask so: most questions do not, and pay nothing more. */
const MAY_HAVE = new RegExp(
  String.raw`先|主管|係|単当|窓口\s*(?:は|って)|(?:こ|ち|ら|れ|誰|課|署|局|係|口|ム|室|ー)\s*(?:さん)?\s*(?:に|へ|(?:って|と)?\s*${TAKE})|担当[化家科過]|(?:案内|紹介)\s*(?:でき|可能)|(?:つな|繋)げ|(?:どこ|どちら|どの|何課)[^]*(?:課|チーム|室|センター|係)`,
);

/** The text with whom it asks to go to read as 担当はどこ. */
export function departmentAsked(text: string): string {
  return rewritten(text, MAY_HAVE, RULES);
}
