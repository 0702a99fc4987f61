// The plan's directions (新規 … 新規完了) as words and verbs, denied, left out, alone, or paired with a year.
import { DIRECTION_WORDS, type Direction } from "../../plan/schema.js";
import type { Slip } from "./units.js";
import { ANY_YEAR } from "./years.js";

/** 新しく as a new start (新しく始まる, 新しくできた) — not renewing a thing (エアコンを新しくする, 新しくなった). */
const NEWLY = String.raw`新しく(?!\s*(?:する|した|して|し(?:ます|ました|たい)|なる|なった|なって|なり))`;
/** Direction words, longest first; each widens to every direction containing it. */
export const DIRECTION_PATTERNS: readonly [RegExp, Direction][] = [
  // 新規完了 said as what it means: new and complete in one year (新規と完了が同じ年度, 同じ年度に始まって終わる).
  [
    /新規完了|新規\s*(?:と|で)\s*(?:完了|終了)\s*(?:が|を)?\s*(?:同じ|同一の?)\s*年度|(?:同じ|同一の?)\s*年度\s*(?:内)?\s*に\s*(?:新規で|新しく)?\s*(?:始まって|始まり|開始して)\s*[、,]?\s*(?:完了|終了|終わ(?:る|った))/g,
    "新規完了",
  ],
  // (Each with 続く said of it — 拡充が続いてる, 臨拡が続く — as the direction going on, not 継続 besides: probe 210.)
  // 臨拡: staff's short form. A budget raised for a time: 臨時で増額, 一時的に予算を増やす, 一時的な増額.
  [
    /(?:臨時拡充|臨拡)(?:\s*(?:が|は)\s*続(?:く|いた|いて\s*(?:い|お)?(?:る|ます)|いてる))?|(?:一時的|臨時的)(?:に|な)(?:拡充|拡大|増額)|臨時(?:で|に|の)?(?:拡充|拡大|拡張|増額)|(?:一時的に|臨時的に|臨時で|臨時に)\s*(?:(?:予算|事業費|お金|費用)\s*を?\s*)?(?:増や(?:す|した|して)|(?:広|拡)げ(?:る|た|て)|増額|上乗せ(?:する|した|して|され(?:る|た|て))?|(?<=(?:予算|事業費|お金|費用)\s*を?\s*)(?:かけ|掛け)(?:る|た|て))/g,
    "臨時拡充",
  ],
  // Verbs with their past and て forms (終わった, 始めて, 続いている), and their passive or potential forms
  // (打ち切られる, 終えられる, 続けられる; never their denial, 打ち切られない): what is left must not look like a
  // subject.
  [
    /完了|終了|(?:終わ|おわ)(?:る|り|った|って)|終わらせ(?:る|た|て)|終え(?:られ)?(?:る|た|て)|廃止|(?:やめ|止め)(?:られ)?(?:る|た|て)|打ち切(?:る|り|った|って)|打ち切られ(?:る|た|て)|おしまい/g,
    "完了",
  ],
  [
    new RegExp(
      String.raw`新しい事業|新たな事業|${NEWLY}|新たに|新規|(?<!(?:拡充|臨時拡充|継続|縮小|新規完了|(?<!新規)完了)\s*(?:で|として|から)\s*)(?:始ま|はじま)(?:る|った|って|り)|(?:始め|はじめ)(?=\s*[、,]|$)|(?:始め|はじめ)(?:られ)?(?:る|た|て)|開始|スタート|立ち上げ(?:る|た|て)?`,
      "g",
    ),
    "新規",
  ],
  // A project's budget or scale said to grow or shrink (予算が増える, 規模が小さくなる; 予算増やしてる with its を left out,
  // probe 216): only of those, since
  // 利用者が増える is a subject. Given more: 手厚くする, 力を入れる, 重点的に取り組む (probe 155: 手厚くする had been
  // dropped, the year's every project answered). Money put in, お金をかける, 予算増 — and taken out, 予算を削る — as a budget
  // staffer says it (probe 480: 0件, or 予算増 dropped and a year's 44 listed); not 削減, which the plan writes of the
  // work itself (申請不備の削減).
  [
    /拡充(?:\s*(?:が|は)\s*続(?:く|いた|いて\s*(?:い|お)?(?:る|ます)|いてる))?|拡大|(?:予算|事業費)?\s*増額|(?:予算|事業費)\s*増(?![やえ加])|(?:お金|予算|費用|事業費)\s*(?:を|も)?\s*(?:多く|たくさん|たっぷり)?\s*(?:かけ|掛け)(?:る|た|て)|(?:(?:予算|事業費)\s*(?:が|を|に|も)?\s*)?上乗せ(?:する|した|して|され(?:る|た|て))?|(?:パワー|グレード|ボリューム)アップ(?:する|した|して(?:い|お)?(?:る|ます)?|させ(?:る|た|て))?|手厚く(?:する|した|して|し|なる|なった|なって)|力\s*を\s*(?:入れ|いれ)(?:る|た|て)|重点的に\s*(?:取り組(?:む|んだ|んで)|取組む|する|した|して)|(?<!(?:何|なに)\s*を\s*)(?:広|拡)げ(?:られ)?(?:る|た|て)|(?:(?:予算|事業費|規模)\s*(?:を|も)?\s*)?(?<!(?:何|なに)\s*を\s*)増や(?:す|した|して|され(?:る|た|て))|(?:予算|事業費|規模)(?:\s*(?:的に|面で)は?)?(?:\s*(?:が|は|を))?\s*(?:増え(?:る|た|て)|増加(?:する|した|して)?|大きく(?:なる|なった|なって|する|した|して))/g,
    "拡充",
  ],
  [
    /縮小(?:\s*(?:が|は)\s*続(?:く|いた|いて\s*(?:い|お)?(?:る|ます)|いてる))?|縮減|減額|(?:(?:予算|事業費|規模|お金|費用)\s*(?:を|が|も)?\s*)?削(?:る|った|って|られ(?:る|た|て))|(?:(?:予算|事業費|規模)\s*(?:を|も)?\s*)?(?<!(?:何|なに)\s*を\s*)減ら(?:す|した|して|される|された)|縮め(?:られ)?(?:る|た|て)|小さく(?:する|した|して|なる|なった|なって)|(?:予算|事業費|規模)(?:\s*(?:的に|面で)は?)?(?:\s*(?:が|は|を))?\s*(?:減(?:る|った|って)|減少(?:する|した|して)?)/g,
    "縮小",
  ],
  // (Nor 続く after a direction already read, a space left before its が: 「R3もR4も拡充が続いてる」; nor after 何年度まで,
  // which asks until when it is listed as いつまで続く does — probe 239: 「…があったと思うのですが、何年度まで続くか
  // 教えて」 had listed the plan's 36 継続 projects, the subject set aside.)
  // (そのまま of a year or said of the ones asked — R7もそのままの事業, じゃあそのままのは？ — is 継続, staying as it was:
  // probe 435 had dropped it, every project of the year listed.)
  [
    /(?<=(?:^|[\s、,]|じゃあ|では|うち|中で|に|は|も|で|には|でも)\s*)そのまま(?=\s*(?:の(?!\s*(?:形|状態))|な(?:の|ん)|で(?:す|しょう)?\s*(?:か|[?？]|$)|[?？]|$))|継続|引き続き|(?<!\s(?:が|は)\s*|(?:何|なん)\s*年度?\s*(?:頃|ごろ)?\s*まで\s*(?:は|も)?\s*)続(?:く|いた|いて|けられ(?:る|た|て)|ける|けた|けて|け)/g,
    "継続",
  ],
];

/** The directions' own names as one alternation, longest first (新規完了 before 新規). */
export const DIRECTION_NAMES = [...DIRECTION_WORDS].sort((a, b) => b.length - a.length).join("|");
/** Each direction's name in a text, longest first (新規完了 before 新規). */
export const DIRECTION_NAME_GLOBAL = new RegExp(DIRECTION_NAMES, "g");
/** What is left once they are left out, said after it: 「…を除いた残りの事業」「…以外の残り」 — the list, no subject. */
const THE_REST = String.raw`(?:\s*(?:の|その)?\s*残り)?`;
/**
 * The words that leave a name out, whatever the name (a department, a code, a subject, a direction): 以外, を除く,
 * は除いて, を除外, 含めない, 入れないで, を抜いて, を外して, は(今回は)要らない / 不要 / なしで, は対象外. 要らない only
 * after は (人事課のは要らない), as
 * 「書類いらない手続き」 wants what it lacks; the longer forms first (含めないで before 含めない).
 */
export const LEAVING_OUT = `(?:${[
  // Not 以外でも / 以外にも (as well as: 書類以外でも受け付ける) nor 以外の方法 (a way other than one): neither leaves
  // a project out. (After a department or a code, 以外にも does: see BESIDES.)
  // Nor 以外で before what is done by it (申請書以外で申し込める: a means — probe 315 had left the 申請書 project out).
  String.raw`以外(?!\s*(?:でも|にも|からも|の\s*(?:方法|手段|やり方|形|場所|ところ|所|窓口|媒体|経路|ルート)|で\s*(?:申し込|申込|申請|手続|使え|使う|受け付|受付|払え|払う|支払|納め|納付|提出|届け|送れ|送る|できる|出来る)))`,
  "除外(?:して|した|する|し|で)?",
  "除いた|除いて|除く|除き|除け(?:て|た)",
  "のぞいた|のぞいて|のぞく|のぞき",
  "含めないで|含めない|含めず|含まない|含まず",
  "入れないで|入れない|入れず",
  "数えないで|数えない|数えず|カウントしない",
  "抜いて|抜いた|抜かして|抜き|抜く",
  "外して|外した|外す|はずして|はずした|はずす",
  "省いて|省いた|省き|省く",
  "(?<=は\\s*)(?:今回は\\s*)?(?:要らない|いらない|要りません|いりません|不要|なしで|ナシで|無しで|抜きで)",
  // Said to be outside what is counted: 臨時拡充は対象外, 臨時拡充のものは今回の集計対象外, …は今回の答弁では対象外と
  // したいので除いてください (probe 302: read as 臨時拡充 alone, or with it).
  "(?:今回(?:は|の)\\s*(?:[一-龯]{1,6}\\s*(?:では|で|は)\\s*)?)?(?:集計\\s*)?対象外(?:\\s*(?:と|に)\\s*(?:したい|する|して(?:おき)?たい))?(?:\\s*(?:なので|ので|のため)[、,]?\\s*(?:除いて|外して|抜いて|省いて))?",
  // 今回は, 今回の答弁では before the words that leave out: 臨時拡充は今回は除いてください.
  "今回(?:は|の)\\s*(?:[一-龯]{1,6}\\s*(?:では|で|は)\\s*)?(?:除いて|除く|外して|抜いて|省いて)",
].join("|")})${THE_REST}`;

/**
 * A department or a code said beside the ones asked about (人事課以外にも研修の事業ある？, 7-2以外でも完了はある？): the
 * others are asked for — where 以外にも said of a thing (書類以外でも受け付ける) leaves nothing out (see LEAVING_OUT).
 * Not 以外でもいい / 構わない (it may be that one too), nor 以外にも担当課がある (another department besides it).
 */
export const BESIDES = String.raw`以外\s*(?:にも|でも)(?!\s*(?:いい|良い|よい|構わ|かまわ|大丈夫|ok|担当|課|部署|関わ|かかわ|関係))`;
/**
 * Said to be known already, so not wanted: 「人事課のはもう見たので、それ以外で」「施策7-2の事業は別途把握しているので、
 * それ以外の施策のものだけ」「…は把握しているので不要です」 (after the name and は).
 */
export const ALREADY_HAD = String.raw`は[^。！？!?]{0,24}?(?:ので|から|ため)[、,]?\s*(?:不要|要らない|いらない|結構|(?:それ|そちら|そこ)以外|ほか|他)`;
/** A fiscal year left out (令和4年度を除いて、完了する事業): every other year of the plan. Group: the year. */
export const YEAR_LEFT_OUT = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:の\s*(?:もの|分)\s*)?(?:を|は)?\s*(?:${LEAVING_OUT})[、,]?`,
  "g",
);
/** What joins the names of a list (縮小と継続, 新規または拡充, 新規・拡充). */
const LIST_JOINER = "または|もしくは|あるいは|及び|および|や|と|・";
/** Directions listed before the last of them (縮小と継続以外, 新規・拡充を除く): what leaves the last out leaves them all. */
const DIRECTION_LIST = `(?:(?:${DIRECTION_NAMES})\\s*(?:${LIST_JOINER})\\s*)*`;
/**
 * Examples in brackets after what is left out (継続以外の方向性（新規や拡充など）): they illustrate the rest, and
 * name no direction of their own.
 */
const ILLUSTRATION = String.raw`(?:(?:の\s*(?:方向性|もの|事業))?\s*[（(][^（()）]{1,30}?(?:など|等)[)）])?`;
/**
 * The direction a name left out says (see EXCLUDED_DIRECTION's group 1): 臨時 alone, 臨時のもの and 一時的な拡充 are
 * 臨時拡充 — the only direction they name; a direction's own name is itself.
 */
export const directionLeftOut = (name: string): Direction =>
  /^(?:臨時|一時的)/.test(name) ? "臨時拡充" : (name as Direction);
/**
 * A direction named to be left out: （臨時拡充は除く）, 新規完了を除いて, 継続以外, （臨時は含めない）, (臨時じゃないほう),
 * 臨時じゃないのは (probe 110),
 * （一時的な増額は除く）; with the directions listed before it (縮小と継続以外).
 */
export const EXCLUDED_DIRECTION = new RegExp(
  `${DIRECTION_LIST}[（(「]?(${DIRECTION_NAMES}|臨時(?:の(?:もの|分)?)?|(?:一時的|臨時的)(?:な|に)(?:拡充|拡大|増額))[」]?\\s*(?:(?:する|した|(?:に|と)(?:なる|なった|なって(?:い)?る|なっていた)|がある|のある|の)\\s*(?:もの|事業))?\\s*(?:(?:は|を)?(?:${LEAVING_OUT})|(?<=臨時(?:拡充)?)\\s*(?:じゃ|では|で)(?:ない|なく)\\s*(?:ほう|方|もの|事業|やつ|の(?=\\s*(?:は|って|を|が))))[)）]?${ILLUSTRATION}`,
  "g",
);
/**
 * Projects that have ended, said in everyday words to be left out (もう終わったものは除いて, 終了した事業以外, 済んだやつは
 * 抜いて, with やつ already read as filler): those never marked 完了 or 新規完了, as 完了したものを除いた is read.
 */
export const ENDED_LEFT_OUT = new RegExp(
  String.raw`(?:(?:もう|既に|すでに)\s*)?(?:終わった|終わって(?:い)?る|終了した|終了して(?:い)?る|終了済み|済んだ|完了済み)\s*(?:もの|事業|やつ|の|分)?\s*(?:は|を)?\s*(?:${LEAVING_OUT})`,
  "g",
);
/** A direction as a name or an everyday verb that can be denied after it (新しく始めたわけでもない). */
const DENIABLE = `${DIRECTION_NAMES}|終了|廃止|開始|拡大|増額|縮減|減額|(?:新しく|新たに)?(?:始め|はじめ)(?:た|る)|(?:始ま|はじま)(?:った|る)|(?:広|拡)げ(?:た|る)|増や(?:した|す)|縮め(?:た|る)|減ら(?:した|す)|(?:終わ|おわ)(?:った|る)|(?:やめ|止め)(?:た|る)|続(?:けた|ける|いた|く)|(?:増や|減ら|手厚く)して(?:い)?(?=\\s*ない)`;
/** What may stand between a direction and its denial: した, されたわけ, するもの. */
const BEFORE_DENIAL = String.raw`(?:(?:し|され)?(?:た|る)?\s*(?:わけ|もの)\s*)?`;
/** The verb that says a direction is in place, before its denial: 「継続」になっていない, 完了となってない. */
const IN_PLACE = String.raw`[」』]?\s*(?:になって|となって)い?`;
/**
 * Not the end of a question that confirms (「…R4で完了ではないですか」「…じゃないですか？」「…ではありませんか」: isn't it —
 * the asker thinks it is; probe 179 had read a denial, 該当 0件), which a denial's ない may be the start of.
 */
const TAG_QUESTION_END = String.raw`\s*(?:(?:です|でしょう)\s*か|(?<=ありません)\s*か|(?:の|ん)?\s*(?:です|でしょう)?\s*か?\s*[?？])\s*[?？。]*\s*$`;
const NOT_A_TAG_QUESTION = `(?!${TAG_QUESTION_END})`;

/**
 * A direction denied: 完了しない, 拡充してない, 縮小されていない, 新規ではない, 終わらない, 続かなかった, 拡充ではなく, 完了せずに,
 * 終わらず (probe 366 had read せずに as 完了 itself), and either of two
 * (新規でも拡充でもない, 新しく始めたわけでも拡充したわけでもない).
 */
export const NEGATED_DIRECTION = new RegExp(
  String.raw`[「『]?(?:(${DENIABLE})\s*(?:${IN_PLACE}|して\s*い?|されて\s*い?|し|され|せ|になら|とはなら|となら|${BEFORE_DENIAL}(?:では|じゃ|でも?))|(終わら|おわら|(?:終わ|おわ)って\s*い?|続か|続け(?:られ)?|始まら|はじまら|始め(?:られ)?|やめ(?:られ)?|止め(?:られ)?|終え(?:られ)?|打ち切ら(?:れ)?|広げ(?:られ)?|増やさ(?:れ)?|減らさ(?:れ)?|縮め(?:られ)?))(?:ない(?!(?<=(?:では|じゃ)\s*ない)${TAG_QUESTION_END})|なく(?:て)?(?!\s*(?:も|ても))|なかった|ません|ず(?:に|で)?(?!つ))|(${DENIABLE})\s*${BEFORE_DENIAL}でも(?=[^。]*でも(?:ない|なく|なかった))`,
  "g",
);

/** A name said not to be among a project's directions: 入っていない, 含まれない, 出てこない. */
const NOT_CONTAINED =
  "入って(?:い)?ない|含まれ(?:て(?:い)?)?ない|出て(?:こ|き(?:て(?:い)?)?)ない|見当たらない";
/**
 * A direction never had: 一回も拡充がない, 一度も縮小になっていない, 一度も拡充にならない, 1回も「完了」になったことがない; its name then
 * 一度も ない (完了が一度もない; 一度も増やしていない, 一度も手厚くしてない: probe 155); or its name and ない said of the projects (完了がない事業, 新規のないもの,
 * 継続が入っていない, 臨時拡充になったことない: probe 125; 完了の記載がない: probe 130) — not at the end of a question (「R6に完了はない？」 asks whether there is any); names may be
 * listed (新規や拡充が一度もない, 新規も拡充もない, 縮小も完了もしていない, 完了も縮小もしない: probe 154).
 */
export const NEVER_DIRECTION = new RegExp(
  String.raw`(?:一回|一度|1回|いちど)も\s*[「『]?(${DENIABLE})[」』]?\s*(?:[（(][^)）]*[)）])?\s*(?:に|が|は|を|と)?\s*(?:なって(?:い)?ない|なったことが(?:ない|なく)|ならない|ならなかった|ない|なかった|な(?:く|し)|(?:され|し)て(?:い)?ない)` +
    // Only directions other than it: 継続以外の方向性しかない, 継続以外しかない.
    String.raw`|((?:[「『]?(?:${DIRECTION_NAMES})[」』]?\s*(?:${LIST_JOINER}|、|も|か)\s*)*[「『]?(?:${DIRECTION_NAMES})[」』]?)\s*(?:以外\s*(?:の\s*(?:方向性|もの)\s*)?(?:しか|だけ(?:しか)?)\s*(?:ない|無い|なかった|ありません)|も\s*(?:(?:して|されて|になって|となって)\s*(?:い|お)?(?:ない|なかった)|(?:し|され|なら)(?:ない|なかった))(?!\s*(?:[？?]|か|です|でしょ|の\s*(?:[？?]|か|$)|んです|$))|\s*(?:に|と)\s*(?:なった|なってた|なっていた|された)\s*(?:こと|事)\s*(?:が|は)?\s*(?:ない|無い|なかった|ありません)(?!\s*(?:[？?]|か|です|でしょ|の\s*(?:[？?]|か|$)|んです|$))|(?:も)?\s*(?:が|の|は)?\s*(?:(?:記載|記述)\s*(?:が|は|も)?\s*)?(?:(?:(?:一回|一度|1回|いちど)も\s*(?:ない|無い|なかった|なく|なし|${NOT_CONTAINED}))|(?:ない|無い|なかった|${NOT_CONTAINED})(?!\s*(?:[？?]|か|です|でしょ|の\s*(?:[？?]|か|$)|んです|$))))`,
  "g",
);
/**
 * No direction but one, ever (継続以外の方向性が一度も出てこない): that direction in every year listed, as 継続しかない.
 * Group: the direction.
 */
export const NONE_BUT = new RegExp(
  String.raw`(${DIRECTION_NAMES})\s*以外\s*(?:の\s*(?:方向性|もの))?\s*(?:が|は)?\s*(?:一回|一度|1回|いちど)も\s*(?:ない|無い|なかった|出てこない|出てきていない|出ていない|ありません|入っていない)`,
  "g",
);
/** Listed in every year asked: ずっと載ってて, 毎年記載がある, 全年度に記載がある. */
export const LISTED_THROUGHOUT =
  /(?:ずっと|(?:毎年度?|全年度|どの年度(?:に|で)?も|(?:全部|すべて|全て)の?年度)\s*(?:で|に|とも)?)\s*(?:載って(?:い)?(?:て|る)?|(?:記載|掲載)(?:が|され)(?:あって|ある|て(?:い)?(?:て|る)?)?|書かれて(?:い)?(?:て|る)?|方向性\s*(?:が|の)?\s*(?:入って(?:い)?(?:て|る)?|ある))/g;

/** A direction and every direction containing it: 完了 → 完了, 新規完了; 拡充 → 拡充, 臨時拡充. */
export function widen(direction: Direction): Direction[] {
  return DIRECTION_WORDS.filter((d) => d.includes(direction));
}

/** Whether a direction is one of another's kinds, itself included: 臨時拡充 of 拡充, 新規完了 of 完了 (see widen). */
export const isKindOf = (kind: Direction, of: Direction): boolean => widen(of).includes(kind);

/** DIRECTION_PATTERNS without the global flag: a test that keeps no lastIndex between calls. */
const DIRECTION_TESTS = DIRECTION_PATTERNS.map(
  ([pattern, word]) => [new RegExp(pattern.source), word] as const,
);

/** The direction a word or verb of DIRECTION_PATTERNS names (始めた → 新規), if any. */
export function directionOf(word: string): Direction | undefined {
  return DIRECTION_TESTS.find(([pattern]) => pattern.test(word))?.[1];
}

/** What joins directions said as either (新規または拡充, 新規か拡充, 拡充・臨時拡充): see YEAR_WITH_DIRECTION. */
const EITHER_DIRECTION =
  /\s*(?:または|もしくは|あるいは|か|や|・)\s*(?=(?:新規|継続|拡充|臨時拡充|縮小|完了|新規完了))/;

/** The directions a year is said to have, one or either of several (令和3年度に新規または拡充で). */
export function directionsOf(said: string): Direction[] {
  return [...new Set(said.split(EITHER_DIRECTION).flatMap((part) => directionOf(part) ?? []))];
}

/**
 * What is finished when a thing is built (完成, 竣工): asked when of (「いつ完成予定？」), the plan's
 * 完了 — said only of when, since 完成 of a thing asked about (新施設の完成) names no direction (probe 108).
 */
export const BUILT = /^(?:完成|竣工|でき|出来)/;
/**
 * 「ずっと続く」「この先もずっと続ける」, the verb said plainly with no direction named: it goes on to the plan's end,
 * as 最後まで続く — not 継続 in every year (probe 158: 「そのうちずっと続くのは？」 had left out コーチング研修, R3 新規
 * then 継続 to R7, and answered 0件). 「ずっと継続」 names the direction and keeps it; so does a year before it
 * (R3からずっと, R4以降ずっと: every year from it — review-55 H1 had read 以降 as any of them, 43 for 21).
 */
export const ALL_ALONG =
  /(?<!年度?\s*|[rＲR]\s*\d{1,2}\s*|から\s*|(?:以降|以後|移行|より後)\s*(?:も)?\s*|(?<!から[^。、,]{0,12})まで\s*)ずっと\s*(?=続(?:く|いて(?:い)?る|ける|けて(?:い)?る|きます|いています)(?!\s*(?:ける)?\s*(?:継続|拡充|縮小)))/g;
/** The verbs of a direction, by their first two characters in the negative form (打ち切らない, 増やさない). */
export const NEGATED_VERBS: Record<string, Direction> = {
  終わ: "完了",
  おわ: "完了",
  終え: "完了",
  やめ: "完了",
  止め: "完了",
  打ち: "完了",
  続か: "継続",
  続け: "継続",
  始ま: "新規",
  始め: "新規",
  はじ: "新規",
  広げ: "拡充",
  増や: "拡充",
  減ら: "縮小",
  縮め: "縮小",
};
/** The plain kind said before a direction (通常の, 普通の「): see PLAIN_DIRECTION and DIRECTION_STREAK. */
const PLAIN_SAID = String.raw`(?:通常|普通|ふつう|ただ)\s*の\s*[「『]?`;
/** Whether a direction's run (see DIRECTION_STREAK) was said of its plain kind. */
export const SAID_PLAIN = new RegExp(PLAIN_SAID, "u");
/**
 * A direction said to be the plain one (通常の完了, 普通の拡充, 通常の「拡充」): that one alone, not the kinds its name is in
 * (新規完了, 臨時拡充). (Quoted, probe 430 had searched 通常.)
 */
export const PLAIN_DIRECTION = new RegExp(String.raw`${PLAIN_SAID}(${DIRECTION_NAMES})[」』]?`, "g");
/**
 * しか with its verb denied: しかない, しかありません, and しか before a verb of doing or becoming denied — 拡充しかしてない,
 * 継続しかしていません, 継続にしかなってない, 継続しかやってない — the same "nothing but" as しかない.
 */
const NOTHING_BUT = String.raw`しか\s*(?:ない|無い|ありません|(?:し|やっ|なっ|行っ|おこなっ)て\s*(?:い)?(?:ない|ません)|しない|しません)`;
/** A direction named alone: 臨時拡充のみ, 拡充だけ. */
export const ONLY_DIRECTION = new RegExp(
  `[（(「]?(${DIRECTION_NAMES})[」]?(?:の|に)?(?:のみ|だけ|ばかり|${NOTHING_BUT})[)）]?`,
  "g",
);
/**
 * Every listed year, not some: ずっと継続, 毎年拡充, どの年度も継続 (どの年も, as said: probe 485), 最初から最後まで継続, (R3からR4にかけて) 両方とも拡充,
 * (R5からR6で) そのまま継続, 変わらず継続 (probe 83) — before a direction, or そのまま would be any other thing kept.
 */
export const THROUGHOUT =
  /(?:最初|はじめ)から(?:最後|おわり|終わり)まで|ずっと|(?:そのまま|変わらず)(?=\s*(?:で|に)?\s*(?:継続|拡充|縮小|臨時拡充))|両方とも|両年度とも|(?:どちら|どっち)の年度も|一貫して|毎年度?|全年度|(?:すべて|全て)の年度(?:で)?|どの年度?(?:で)?も|各年度(?:とも)?|(?:全部|すべて|全て)の?年度(?:で|とも)?/g;
/**
 * Kept up through a span of years asked, before a direction: (R3からR4と) 2年つづけて拡充, (R3とR4で) 連続して拡充 — every
 * year of the span (probe 163: had read either year, and 連続 as 継続). With no span it is a run (連続して拡充: two years
 * in a row at least), read elsewhere.
 */
export const CONSECUTIVE =
  /(?:(?:\d{1,2}|[一二三四五])\s*(?:年度?|か年)(?:間)?\s*)?(?:続けて|つづけて|連続\s*(?:して|で))(?=\s*(?:で|に)?\s*(?:継続|拡充|縮小|臨時拡充))/g;
/**
 * 全部, すべて right before a direction (R3からR7まで全部継続, 方向性が全部継続, 全部継続の事業): every year has it —
 * when a span of years is asked, the directions are named (方向性が), or the direction is one a project keeps
 * (継続, 縮小); 「全部拡充の事業」 alone is every 拡充 project. Groups: 方向性 (1), the direction (2).
 */
export const ALL_OF_SPAN = new RegExp(
  String.raw`(方向性\s*(?:が|は)\s*)?(?:全部|すべて|全て)\s*(?:が|で)?(?=\s*(${DIRECTION_NAMES}))`,
  "g",
);
/**
 * A direction named to be counted in: （新規完了も含めて）, 新規完了のものも含めて — or, in brackets, with no particle
 * (（臨時拡充含む）, （新規完了込み）: probe 264 had read the bracket as a direction asked of its own).
 */
export const INCLUDED_DIRECTION = new RegExp(
  `[（(]?(?:${DIRECTION_NAMES})(?:の\\s*(?:もの|事業|分))?\\s*(?:も|を)\\s*(?:含めて|含む|含めた|入れて)[)）]?|[（(](?:${DIRECTION_NAMES})\\s*(?:含む|含め(?:て|た)?|込み|込)[)）]`,
  "g",
);

/**
 * Said of a year: the plan lists the project in it or does not — 記載がある/ない, 記載のない, 方向性がない, 載ってる,
 * 載っていない, 書かれてない, 載らない; its column is empty (空欄, 空白, 空いている); or plainly, before a project or a
 * clause that goes on (R6にはあってR7にはない事業, R6まではあるけど), or the の that makes it one (R7にはないのは？ — probe
 * 299 had dropped the denial, the list in view again).
 */
export const LISTED = String.raw`(?:(?:方向性\s*の\s*)?(?:記載|掲載)|方向性|記述)\s*(?:が|は|の)?\s*(?:あ(?:る|って|り)?|な(?:い|く|し)|入っ(?:て\s*(?:い|お)?(?:る|ます|ない|ません)?)?)|(?:方向性\s*(?:が|は|の)?\s*)?(?:載っ|書い|書かれ|記され|記載され|掲載され)て\s*(?:い|お|あ)?(?:る|ります|ます|ない|なく|ません|なかった)?|載ら(?:ない|ず)|(?:やっ|実施(?:し|され))て\s*(?:い|お)?(?:る|ます|ない|なく|ません|なかった)?|やら(?:ない|ず)|実施(?:しない|されない|せず)|空(?:欄|白|い\s*て\s*い?る|いた)|(?<!(?:(?<!ま)で|じゃ)\s*(?:は|も)?\s*)(?<=(?:に|は|も|まで)\s*(?:もう|既に|すでに)?\s*)(?:あ(?:る|って)(?=\s*(?:けど|けれど|が|事業|もの|やつ|の\s*(?:は|って)|、|,|$))|な(?:い|く|し)(?=\s*(?:事業|もの|やつ|の\s*(?:は|って|が|を|[?？]|$)|$)))`;
/** The listing said to go on (R6以降も記載が続いている): listed, whatever the direction — the verb is not 継続's. */
export const LISTING_GOES_ON =
  /(?:記載|掲載)\s*(?:が|は)?\s*続(?:いて\s*(?:い|お)?(?:る|ます|ります)|く|いた|いて)/g;
/** A listing form that says the year is not listed. */
export const NOT_LISTED = /な[いくし]|ません|なかった|載らず|空/;

/**
 * A budget said to grow or shrink (予算が増える, 予算を削る, お金をかける): a direction's words as DIRECTION_PATTERNS reads
 * them, said where a year's own direction may stand (「R3もR4も予算が増える事業」 is 拡充 in both: probe 480's had been
 * either year).
 */
const BUDGET_VERBS = String.raw`(?:予算|事業費|規模)\s*(?:が|は|を|も)?\s*(?:増え(?:る|た|て)|増加(?:する|した|して)?|減(?:る|った|って)|減少(?:する|した|して)?|削(?:る|った|って|られ(?:る|た|て)))|(?:お金|予算|費用)\s*(?:を|も)?\s*(?:かけ|掛け)(?:る|た|て)`;

export const DIRECTION_VERBS = `${DIRECTION_NAMES}|${BUDGET_VERBS}|終了|廃止|(?:終わ|おわ)(?:る|り|った|って)|終え(?:る|た|て)|(?:始ま|はじま)(?:る|った|って|り)|(?:始め|はじめ)(?:る|た|て|(?=[、,]))|開始|スタート(?:する|した|して)?|立ち上げ(?:る|た|て)?|${NEWLY}|新たに|(?:広|拡)げ(?:る|た|て)|増や(?:す|した|して)|拡大|増額|縮め(?:る|た|て)|減ら(?:す|した|して)|縮減|減額|続け(?:る|た|て|ます)`;

/**
 * A year followed by its own direction (令和3年度に始まって, R4完了, 2022年度は臨時拡充, R4も拡充, R4から継続に戻る:
 * the year it turns so), by any
 * direction (R7まで続く, R4に記載がある; R7まで載っている is listed in R7, not some year up to it) or by none (R5に記載がない, R6には計画に載ってない), and what denies it (R4で完了するもの以外,
 * R4に完了しない, R5に縮小ではなく, R5は縮小じゃない).
 */
export const YEAR_WITH_DIRECTION = new RegExp(
  String.raw`(?<year>${ANY_YEAR})\s*(?<range>以降|以後|から先|までに|まで(?!\s*(?:は\s*)?(?:計画\s*(?:に|で|上)?\s*)?(?:続|継続|載|記載|書|方向性|あ(?:る|って))))?\s*(?:の\s*欄\s*)?(?:(?:の\s*)?(?:どの|いずれの)\s*年度\s*(?:にも|でも|も)|になっても|には|では|にも|に|は|で|が|の|も|から(?=\s*(?:${DIRECTION_VERBS})))?\s*(?:計画(?:上|の中)?\s*(?:には|では|に|で|は|の|が)?\s*)?(?:(?:まだ|何も|なにも|何にも|もう|すでに|既に|早くも|無事に?|ちゃんと|きちんと|引き続き|引続き|同じく|同様に|普通に|そのまま|通常(?:通り|どおり))\s*)?(?:方向性(?:が|は))?\s*(?:(?<direction>(?:${DIRECTION_VERBS})(?:\s*(?:または|もしくは|あるいは|か|や|・)\s*(?:${DIRECTION_NAMES}))*)|(?<listed>まで\s*(?:続(?:く|き(?:ます)?|いて(?:い|お)?(?:る|ます)?|いた|ける)?|継続)|(?<=(?:以降|以後|から先|も)\s*)続(?:く|いて\s*(?:い|お)?(?:る|ます)|きます)|(?:まで\s*(?:は\s*)?(?:計画\s*(?:に|で|上)?\s*)?)?(?:${LISTED})))(?<denial>\s*(?:する|した|になる|となる)?\s*(?:もの|事業)?\s*(?:は|を)?\s*(?:以外|除く|除いた|除いて|のぞく|のぞいた)${THE_REST}|\s*(?:する|した|になる|となる)?\s*(?:もの|事業)\s*${ALREADY_HAD}|\s*(?:し|され|(?<=続)か)?(?:ない|なく(?:て)?|なかった|ません)|\s*(?:せ|され)ず(?:に|で)?(?!つ)|\s*(?:で(?:は)?|じゃ)\s*(?:ない|なく(?:て)?|なかった|ありません)${NOT_A_TAG_QUESTION})?`,
  "g",
);
/**
 * A direction said to come after a year's own (「R3に新規で、そのあと完了」「始まって、のちに終わった」): in some
 * later year; or in the same one (「その年度内に完了」「同じ年度に完了」).
 */
export const LATER_DIRECTION = new RegExp(
  String.raw`(?:(?<same>その\s*年度\s*(?:内|中|のうち)?|同じ\s*年度\s*(?:内|中|のうち)?|同年度\s*(?:内|中)?)|その\s*(?:あと|後)(?:\s*の\s*年度|\s*(?:の\s*)?(?:いずれか|どこか|どれか)\s*の\s*年度)?|のち(?=\s*に)|後(?=\s*[にで])|あと(?=\s*で)|最終的(?=\s*に))\s*(?:に|で)?\s*(?:は)?\s*[、,]?\s*(?:方向性\s*(?:が|は)\s*)?(?<direction>${DIRECTION_VERBS})`,
  "g",
);
/**
 * Two years, then one direction for both: R3もR4も臨時拡充, R3でもR4でも拡充 (probe 149), R3とR4の両方で拡充, R3・R4ともに, どちらも, どっちも, いずれも,
 * R3に引き続きR4も拡充 (the second year's も says the first had it too)
 * (without such a word, 「R3とR4に拡充」 is either year, as a list of years is).
 */
export const YEARS_BOTH = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:(?:で|に)?も|と|・|･|、|,|(?<=\S)\s|及び|および|(?:に|から)?\s*(?:引き続き|引続き|続いて|続き)\s*[、,]?)\s*(${ANY_YEAR})\s*(?:(?:で|に)?も|(?:の|で|に|は|が)?\s*[、,]?\s*(?:両方|両年度?|双方|どちらも|どっちも|いずれも|ともに|共に|とも)(?:とも)?\s*(?:で|に|が|の|とも|は)?)\s*(?:方向性\s*(?:が|は)\s*)?(${DIRECTION_VERBS}|${LISTED})`,
  "g",
);

/**
 * Years listed, then said not to be listed (R6・R7が空欄, R6とR7に記載がない, 令和6年度と令和7年度の方向性がない): neither
 * is — an empty column is empty in each year named (probe 341 had read R6 as a year asked for, R7 alone as empty). A
 * listed year's direction (R4・R5で完了) is still either year's.
 */
export const YEARS_BOTH_UNLISTED = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:と|・|･|、|,|及び|および|や)\s*(${ANY_YEAR})\s*(?:の|で|に|は|が|には|では)?\s*(?:方向性\s*(?:が|は)\s*)?((?:${LISTED})(?<=(?:な[いくし]|ません|なかった|載らず|空(?:欄|白|い\s*て\s*い?る|いた))))`,
  "g",
);

/**
 * A year the listing runs to, said with までで before the years after it said empty (方向性がR5までで、R6・R7が空欄):
 * listed up to it, so listed in it — as R5まで記載があり says (probe 341 had read any year up to R5, 19件 for 7).
 */
export const LISTED_UP_TO_THEN_EMPTY = new RegExp(
  String.raw`(${ANY_YEAR})\s*まで\s*で\s*[、,](?=[^。？?\n]*?(?:空(?:欄|白|い\s*て\s*い?る|いた)|(?:記載|掲載|方向性)\s*(?:が|は)?\s*な[いくし]|載って\s*(?:い|お)?(?:ない|ません)))`,
  "g",
);

/**
 * One direction said of a year, then said again of another with も (R3で拡充、R4でも拡充): both years had it — the も says
 * the first had it too (probe 179 had read either year, 20件 for 2).
 */
export const YEARS_BOTH_SAID_TWICE = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:で|に|は)?\s*(${DIRECTION_NAMES})\s*[、,]\s*(${ANY_YEAR})\s*(?:で|に)?\s*も\s*\2`,
  "g",
);

/**
 * Two years set side by side by a verb of comparing, after them (R4とR5を比較して、R3とR4を比べると, R5とR6とで見比べて):
 * what で says of them (probe 160: 「R4とR5を比較して、方向性が変わった事業」 had listed the 43 projects of either year).
 */
const YEARS_SET_SIDE = String.raw`(?:とで|と)?\s*(?:を|で)?\s*(?:比較|比べ|見比べ|対比)(?:して|すると|した場合|すれば|ると|て|た場合|たとき|た時)?(?:\s*(?:み|見)(?:て|ると|た場合))?`;
/** Both years said to be listed before they are compared (両方に載っていて、): as the comparison requires. */
const BOTH_LISTED = String.raw`(?:(?:両方|両年度|どちら)\s*(?:と\s*)?も?\s*に?\s*(?:載って(?:いて|て)|記載が(?:あって|あり))\s*[、,]?\s*(?:かつ|しかも|さらに|その上で|そのうえで)?\s*[、,]?\s*)?`;
/**
 * Two years compared (R4とR5で方向性が変わっている, 令和4年度から5年度にかけて方向性が違う, R3とR4で同じ, R4とR5で方向性を
 * 比較して変化があった, 令和4年度から令和5年度にかけて何が変わった — probe 140 had searched 変化, or listed every project
 * of either year): the verb says whether the directions differ. The second year may be a bare number in the first one's
 * era.
 */
export const YEARS_COMPARED = new RegExp(
  String.raw`(?<from>${ANY_YEAR})\s*(?:と(?:比べて|比較して)?|に比べて|から|→|->|⇒|〜|～|-)\s*(?<to>${ANY_YEAR}|\d{1,2}\s*年度?)\s*(?:${YEARS_SET_SIDE}|で|の間で|の間に|にかけて|に|では|の|が|は)?\s*(?:の\s*)?${BOTH_LISTED}(?:方向性?\s*(?:が|は|の|を)?\s*(?:(?:比較|比べ)(?:して|すると|ると|て)?\s*[、,]?\s*)?)?(?:(?:何|なに)\s*が\s*)?(?:(?<same>同じ|一緒|変わら(?:ない|ず|なかった)|変わってい?ない|変化(?:が|は)?(?:ない|なし)|変更(?:が|は)?(?:ない|なし))|(?<differ>変わ(?:る|った|って(?:いる|る|います)?|り(?:ます|ました))|変化(?:する|した|して(?:いる|る)?|あり|がある)?|違(?:う|った|って(?:いる|る)?|い(?:ます|ました))|異な(?:る|った|って(?:いる|る)?)|変更(?:される|された|されて(?:いる|る)?|あり|がある)?))(?:\s*(?:の|な)?\s*方向性(?=\s*(?:の|を|で|な|[?？]|$)))?`,
  "g",
);

/**
 * Two years said first, as the frame of a clause whose 方向性 is said to change or stay later on (R5とR6で、人事課の事業で
 * 方向性が変わったもの; a year after the ask is said first too, see askLast): the years, how they are joined, the words
 * between. Read as the comparison said in one piece (YEARS_COMPARED), the years before 方向性.
 */
export const YEARS_FRAME_APART = new RegExp(
  String.raw`(${ANY_YEAR})\s*(と|から)\s*(${ANY_YEAR})\s*(?:${YEARS_SET_SIDE}|で|では|の間で|にかけて)\s*[、,]?([^。！？!?\n]*?)(?=方向性\s*(?:が|は|の)?\s*(?:変わ|変化|変更|違|異な|同じ|一緒))`,
);

/**
 * Whether the direction ever changes, said of the direction with no year (方向性が一度も変わっていない, 方向性がずっと同じ,
 * 方向性に変化がない; 方向性が途中で変わった): from one listed year to the next. Only of 方向性: 社会の
 * 変化 is a subject; nor 方向性が変わるか, which asks it of a subject; nor a run of years (2年連続で方向性が同じ). Groups:
 * the same (1), or changed (2).
 */
export const DIRECTION_STEADY =
  /(?<!(?:連続|続けて)\s*(?:で|して)?\s*)(?:(?:一度も|1度も|ずっと)\s*)?方向性\s*(?:が|は|に|の)?\s*(?:(?:一度も|1度も|ずっと|最後まで|計画期間中|期間中|途中で|一度でも|どこかで|毎年度?|各年度|どの年度も|(?:全て|すべて|全部)の年度で)\s*)?(?:(同じ(?:まま)?|一緒|変わ(?:らない|らず|らなかった|っていない|ってない|ったことがない|ったことのない)|変化(?:が|は)?(?:ない|なし|していない|してない)|変更(?:が|は)?(?:ない|なし|されていない))|(変わ(?:った|って(?:いる|る)|る(?!\s*か))|変化(?:した|して(?:いる|る)|あり|がある|があった|のあった|のある)|変更(?:された|されて(?:いる|る)|あり|がある)))/g;

/**
 * How many times the direction changed from one listed year to the next (方向性が2回以上変わった, 2回変わってる, 3度変化
 * した): group 1 the count, 2 its bound (以上, 以下, 未満) — probe 489's 「そのうち2回以上変わってるのは？」 had been read
 * as changed at all, 35 for 2.
 */
export const CHANGED_TIMES =
  /(?:方向性\s*(?:が|は|の)?\s*)?([1-4１-４一二三四])\s*(?:回|度)\s*(以上|以下|未満)?\s*(?:だけ|のみ)?\s*(?:も\s*)?(?:変わ(?:った|って(?:いる|る|います)|る)|変化(?:した|して(?:いる|る|います)|する)|変更(?:された|されて(?:いる|る|います)|される))/g;

/** The year after, said after a direction (その翌年度に, 次の年度には, 次年度で). */
const THE_NEXT_YEAR = String.raw`(?:その)?\s*(?:翌年度?|次の年度?|次年度)\s*(?:には|では|に|は|で)?`;
/**
 * A change from one direction to the next in consecutive listed years, said without years: 拡充から継続になった,
 * 方向性が新規から継続に変わった, 継続→縮小, ある年度に拡充していて、その翌年度に継続, 拡充の後に継続, 拡充を経て継続に
 * 移った (not 「拡充から臨時拡充をのぞいた」, one taken from the other).
 */
export const DIRECTION_TRANSITION = new RegExp(
  String.raw`(?:ある\s*年度?\s*(?:に|で|は)\s*)?(?:方向性\s*(?:が|は)\s*)?(${DIRECTION_NAMES})\s*(?:[（(][^)）]{0,12}?(?:含めて|含む|込み)[)）]\s*)?(?:から|→|->|⇒|の\s*(?:後|あと|次)\s*(?:[、,]?\s*${THE_NEXT_YEAR}|(?:に|で)?)|を\s*経て|(?:し|になっ|となっ)?(?:ていて|て|た|で|の|だった(?:のに|が|けど)?)?\s*[、,]?\s*${THE_NEXT_YEAR})\s*(${DIRECTION_NAMES})(?!\s*(?:を|は)?\s*(?:${LEAVING_OUT}))\s*(?:に|へ)?\s*(?:(?:なっ|変わっ|かわっ|変更され|移行し|移っ|切り替わっ|転じ)(?:た|て(?:いる|る|います)?)|なる|変わる|移る|移行する|移行|変更)?`,
  "g",
);

/**
 * A project's first listed year, its last, or every year after the first, said by its direction with no year named
 * (最初は新規で, 当初は拡充, 拡充で始まって、あとはずっと継続, 最後は完了, 最後に縮小になる): of the project's own
 * years — probe 489 had read 最初 and 最後 as words (a project with neither direction answered), and あとはずっと継続 as
 * every year 継続 or 拡充 (22 for 13). Groups: a first year's direction (1, 2), every later year's (3), the last year's
 * (4). Not 「拡充で始まった事業」 said alone, which asks for 拡充 (probe 434), nor a year's own (R3は新規で); nor 完了で
 * 終わる or 最終的に完了, which ask of one project whether it completes (短い方は完了で終わる？).
 */
export const EDGE_DIRECTION = new RegExp(
  String.raw`(?<![\d年度])(?:(?:一番)?(?:最初|当初|はじめ|初め)\s*(?:の\s*(?:年度|方向性)\s*)?(?:は|が|に|の)?\s*(${DIRECTION_NAMES})(?:\s*(?:で|だった|として|から|の事業|のもの))?|(${DIRECTION_NAMES})\s*(?:で|として|から)\s*(?:(?:始ま|はじま)(?:って|り)|(?:スタート|開始)し(?:て)?)\s*(?=[、,]?\s*(?:あと|後|その後|そのあと|以降|それ以降|残り|最後|最終的)))|(?:あと|後|その後|そのあと|それ以降|残り)\s*(?:は|も)?\s*(?:ずっと|全部|すべて|全て|毎年|ずーっと)\s*(${DIRECTION_NAMES})|最後\s*(?:の\s*(?:年度|方向性)\s*)?(?:は|に|が|の)?\s*(${DIRECTION_NAMES})\s*(?:に|と)?\s*(?:なる|なった|なって|する|した|して|で|だ|の事業|のもの)?`,
  "g",
);

/**
 * A project's course said as how it began and how it went on, with no year named (新規で始まって、その後完了した,
 * 新規でスタートして完了した, 拡充として始まり、最後は縮小になった): a change from the first direction to the second, as
 * 「新規から完了に変わった」 reads — not either direction in any year (probe 475: 21 projects, 新規 or 完了, or 0件).
 * Groups: the first direction, then the second (none when the course ends said as 終わった or 終了した: 完了).
 */
export const BEGAN_THEN_WENT = new RegExp(
  String.raw`(${DIRECTION_NAMES})\s*(?:で|として|から)\s*(?:(?:始ま|はじま)(?:って|り|った後|ったあと|ってから)|(?:スタート|開始)し(?:て|た後|たあと|てから))\s*[、,]?\s*(?:(?:その|そのあと|その後|そのご|あと|後|のち)\s*(?:に|で|は)?|最後は|最後に|最終的に|結局|もう|既に|すでに)?\s*[、,]?\s*(?:(${DIRECTION_NAMES})\s*(?:に|と|へ)?\s*(?:なった|なって|なる|なり|した|して|する|された|されて|変わった|変わって|移った)|(?:終わ|おわ)(?:った|って|る)|終了(?:した|して|する))`,
  "g",
);

/**
 * A direction a project has had in some year, said as its history (一度でも臨時拡充になったことがある, 臨時拡充の経歴がある,
 * 過去に拡充だった, 拡充が一度でもある, 臨時拡充が一度でも付いている, 完了の記載が一度でもある — probe 165): beside another year's direction (「R4に完了する事業のうち、…」), a condition of its own, in
 * any of the plan's years, not a second direction for the year named.
 */
/**
 * もう, 既に before a direction had (R3新規で、もう完了まで行ってる; …のうち既に完了したもの): by now, in some year — beside
 * another year's direction, not a second one for it (probe 130: R3's 新規 and 完了 together had answered all 15 of R3's
 * 新規). Not right after a year (令和4年度にはもう完了している): that year's own.
 */
const ALREADY = String.raw`(?<!(?:年度|年|\d)\s*(?:には|では|にも|に|で|は|も)?\s*)(?:もう|既に|すでに)`;
/** What says a direction was had at some time, not in a year named: 一度でも, 一回でも, 過去に. */
export const HAD_ONCE = "一度でも|一回でも|1回でも|過去に";
export const EVER_DIRECTION = new RegExp(
  String.raw`(?:(?:${HAD_ONCE})\s*(?:方向性\s*(?:が|に)\s*)?(${DIRECTION_NAMES})\s*(?:に|と)?\s*(?:なった|だった|になっていた|された|した|の)?(?:\s*(?:こと|時期|年度?)\s*(?:が|の)\s*(?:ある|あった|あります|あって|あり(?=\s*[、,])))?|(${DIRECTION_NAMES})\s*(?:(?:に|と)\s*なった|だった|になっていた)\s*(?:こと|時期|年度?)\s*(?:が|の)\s*(?:ある|あった|あります|あって|あり(?=\s*[、,]))|(${DIRECTION_NAMES})\s*の\s*(?:経歴|履歴|実績|経験|時期)\s*(?:が|の)\s*(?:ある|あった|あります|あって|あり(?=\s*[、,]))|(${DIRECTION_NAMES})\s*(?:の\s*(?:記載|表記|記述)\s*)?(?:が|に|と|は)?\s*(?:${HAD_ONCE})\s*(?:ある|あった|あります|あって|あり(?=\s*[、,])|なった|なっている|なってる|なっていた|(?:付|つ)い(?:ている|てる|た)|設定されて(?:いる|る)))|${ALREADY}\s*(${DIRECTION_NAMES})\s*(?:まで\s*(?:行|い)っ(?:た|て(?:いる|る|います))|(?:に|と)\s*なっ(?:た|て(?:いる|る|います))|し(?:た|て(?:いる|る|います))|済み|済)`,
  "g",
);

/**
 * 拡充 said not to be the temporary kind before it is named as the usual one (臨時じゃない普通の拡充, 臨時ではない通常の
 * 拡充): as 臨時拡充じゃない拡充 says it (probe 296 had searched 臨時 and 普通, 0件). Without 普通 — 臨時ではない拡充は不要 —
 * it is left to the kinds left out (see KIND_LEFT_OUT).
 */
export const NOT_TEMPORARY_BEFORE =
  /臨時\s*(?:じゃ|では|で)\s*(?:ない|なく)\s*(?:て\s*)?[、,]?\s*(?:普通|通常|ふつう|ノーマル)\s*の?\s*(?=拡充)/g;
/**
 * The directions said to end, run out or be missing (令和5年度で方向性が終わる, 方向性がR5で切れている, 令和5年度までしか
 * 方向性がない, R5以降の方向性が書かれていない): the listing's, as 記載が終わる and 記載がない say it — not a direction of 完了
 * (probes 290, 296: read as R5's 完了, 2件 for 7; 「…までしか方向性がない」 had listed the whole plan).
 */
export const DIRECTIONS_END_SAID =
  /方向性(?:の記載)?\s*(?:が|は|も)\s*(?:(?:書かれて|載って|記載されて)\s*(?:い)?(?=な(?:い|く|し)|ません)|(?=(?:[^\s、。？?]{1,12}?\s*(?:で|に|まで)\s*)?(?:終わ|おわ|切れ|きれ|途切れ|とぎれ|なくな|無くな)|な(?:い|く|し)|無(?:い|く|し)))/g;
/**
 * A direction said not to be written (完了って書かれないまま, 完了と書いてないのは, 完了と記載されていない): its 記載がない,
 * as 「完了の記載がないまま」 is read (probe 197: 0件). Group 1: the direction; the denial after it is kept. Not of those
 * said to be included as well (完了と書かれていないものも含めて: the listing's end asked, whether or not 完了).
 */
export const DIRECTION_NOT_WRITTEN = new RegExp(
  String.raw`(${DIRECTION_NAMES})\s*(?:って|と|とは|は|が)\s*(?:書かれて(?:い)?|書かれ|書いて|記載されて(?:い)?|記載され)\s*(?=な(?:い|く|し)|ありません)(?![^。、,？?]{0,8}?も\s*(?:含め|入れ|あわせ|合わせ|併せ))`,
  "g",
);
/**
 * An adverb of never before a listing denied (R5以降一度も載ってない, 一回も記載がない): the denial says it already — left
 * out, it had been taken for a word of its own, the denial lost and the listed ones answered (probe 197).
 */
export const NEVER_LISTED =
  /(?:一度も|いちども|一回も|1回も|１回も|一度として|全く|まったく)\s*(?=(?:計画\s*(?:に|で|上)?\s*)?(?:載って(?:い)?な|載らな|記載\s*(?:が|は)?\s*(?:な|され(?:てい)?な)|掲載\s*(?:が|は)?\s*な))/g;

/**
 * Whether a direction is there, asked in the negative (縮小はない？, 市民協働推進課には縮小の事業はないの？): the same
 * question as 縮小はある？ — answered いいえ with none, はい with those there (probe 200: 0件, and no word of it). Not a
 * confirmation (縮小はないよね？: see polarity.ts), which the question mark right after ない leaves out.
 */
export const DIRECTION_NONE_ASKED = new RegExp(
  String.raw`(?<=(?:${DIRECTION_NAMES})(?:\s*の\s*(?:事業|もの))?\s*(?:は|って|も))\s*ない(?:の|ん)?(?:です|でしょう)?(?:か)?(?=\s*[?？]\s*$)`,
  "u",
);

/**
 * Whether the answer counted a kind too, asked as including it (新規完了も含めてる？, 含めていますか): as 新規完了も入ってる？
 * asks (probe 201: 0件).
 */
export const ALSO_INCLUDED =
  /(?<=も)\s*含め\s*(?:て\s*(?:い)?る|ています|てます|た)(?=\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|よね)?\s*[?？。]*\s*$)/u;

/**
 * A project said to remain until a year (R7まで残る, R6にも残ってる): to go on, as 続く says (probe 204: 残る had left R7まで
 * a span, every project answered). Read with the callback of REMAINS_AS.
 */
export const REMAINS = /(?<=(?:まで|にも|でも|も)\s*)残(る|って|ります|り|った|りました)/g;
export const REMAINS_AS: Record<string, string> = {
  る: "続く",
  って: "続いて",
  ります: "続きます",
  り: "続き",
  // (In the past: R7まで残った — probe 275 had read R3–R7 as a span, the department's 7 for 6.)
  った: "続いた",
  りました: "続きました",
};

/** The plan's heading for the projects it lists: 新規・拡充事業等. */
export const PLAN_LIST_NAME = /新規\s*[・･、,]?\s*拡充事業等/g;
/**
 * The same without its 等, when no year is said (人事課で計画に載っている新規・拡充事業を全部, 情報システム課の新規・拡充事業):
 * the plan's list, not its projects new or expanded in some year — probe 196 had answered 0件, or one of a unit's four.
 * Beside a year (令和3年度の新規・拡充事業) it stays the two directions.
 */
export const PLAN_LIST_NAME_BARE = /新規\s*[・･]\s*拡充\s*事業(?!等)/g;
/** Any year said, as a reading may name one (R5, 令和5年度, 2023年度, 今年度, 来年): see PLAN_LIST_NAME_BARE. */
export const SAYS_A_YEAR =
  /令和|平成|[rRｒＲ]\s*[0-9０-９]|[0-9０-９]{4}\s*年|年度|今年|来年|昨年|去年|れいわ|ねんど/;

/** A question of when: いつ, 何年度, 何年, どの年度 (いつ頃, 何年度ごろ). */
const WHEN_WORD = String.raw`(?:いつ|(?:何|なん|どの)\s*(?:年度|年))\s*(?:頃|ごろ|ころ)?`;
/** What a direction said of a project can be followed by (完了する, 完了予定, 終わった). */
const WHEN_TAIL = "(?:する|した|します|しました|される|された|予定|の予定|る|った|り|た)?";
/**
 * A direction asked when of, as a word or a verb (完了, 終わる, 始まった). 継続 too (いつから継続？: the years it is 継続 —
 * probe 443's auditor had searched 継続 as a word) — but not after まで: いつまで継続する？ asks the last year listed.
 */
const WHEN_VERBS =
  "完了|終了|完成|竣工|開始|拡充|縮小|新規|(?<!まで\\s*(?:は|に|で)?\\s*)継続|スタート|(?:終わ|おわ)(?:る|った|り)|(?:始ま|はじま)(?:る|った|り)|終え(?:る|た)|(?<!から\\s*|(?:申請|手続き?|利用|交付|予約|登録|支払い?|納付|受付|受け付け)\\s*(?:は|が|って|も)?\\s*(?:いつ|何年度)\\s*(?:頃|ごろ)?\\s*(?:に|から)?\\s*)(?:でき|出来)(?:あが|上が)?(?:る|った|た)(?!\\s*(?:ように|ようになる|ようにな))";
/** The projects a phrase describes, after it (…する事業, …の取組). */
const PROJECTS_AFTER = String.raw`\s*(?:の\s*)?(?:事業|取組|取り組み|プロジェクト)`;

/**
 * A direction asked about with いつ or 何年度 (「Wi-Fi整備はいつ完了？」「いつ頃開始予定？」「何年度に終わる？」): the
 * question is when, which every answer shows year by year, so the direction's noun is no word of the subject.
 * Group 1: the direction's word. Not when the direction describes the projects asked for
 * (「いつ完了する事業がある？」 asks for the projects that complete, as 「何年度に完了する事業」 does).
 */
export const WHEN_DIRECTION = new RegExp(
  String.raw`${WHEN_WORD}\s*(?:に|から|まで|で)?\s*(?:は|で|に)?\s*(新規完了|臨時拡充|${WHEN_VERBS})(?!${WHEN_TAIL}${PROJECTS_AFTER})${WHEN_TAIL}`,
  "g",
);

/**
 * Since when, asked alone of a project (「コーチング研修はいつから？」「何年度からやってる？」): when it started, its 新規.
 * Not a year's range (R5から) nor a when of another direction (いつから縮小).
 */
/**
 * When asked alone, with no direction and no まで or から (「それっていつ？」「それは何年度？」「時期は？」「いつの話？」,
 * 実施期間は？ — probe 317): the years a project is listed, from the first to the last.
 */
export const WHEN_ALONE = new RegExp(
  String.raw`(?:^|(?<=[はのもってが、,\s]))(?:${WHEN_WORD}|時期|(?:実施|事業)?\s*期間)\s*(?:の\s*(?:事業|話|こと|予定|もの))?\s*(?:は|って)?\s*(?:です|でしょう|なの|なん|だっけ|だった)?\s*(?:か|かな|け)?\s*[?？。]*\s*$`,
);

/**
 * How long a project is listed, asked (何年間載ってる？, 何年間の事業？, 何年度分, 何か年計画, 期間はどのくらい？): its span,
 * counted. With the verb of its listing or lasting after it, which asks nothing more.
 */
export const LENGTH_ASKED =
  /(?:(?:何|なん)\s*(?:年間|か年|ヶ年|カ年|年度分|年分)|(?:期間|年数)\s*(?:は|って)?\s*(?:どのくらい|どれくらい|どのぐらい|どれぐらい|何年))\s*(?:(?:計画\s*(?:に|で|上)?\s*)?(?:載って\s*(?:い|お)?(?:る|ます|た)|載る|続(?:く|いて\s*(?:い)?(?:る|ます)|きます|いた)|ある|あります|実施(?:する|される|されます)?)|の\s*(?:事業|計画|取組))?/;

/**
 * How a project stands, asked with no year (「跡地の広場の工事ってどうなってたっけ？」「それってどうなった？」): as the span
 * is — the years it is listed, from the first to the last, each year's direction on its card (probe 109). (With a year,
 * 「R6はどうなってる？」 asks that year's direction.)
 */
export const HOW_IT_STANDS =
  /(?:^|(?<=[はのもってが、,\s]|今|いま|現在))(?:どう|如何)\s*(?:なって(?:い|お)?(?:る|た|ます|ました)|なった|なりました)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|け)?\s*[?？。〜～ー]*\s*$/;

/** From when and until when, both asked (いつから始まっていつまで続く): the listing's first year and last. */
export const WHEN_FROM_AND_UNTIL = new RegExp(String.raw`${WHEN_WORD}\s*から[^。？?]*?${WHEN_WORD}\s*まで`);

export const WHEN_FROM = new RegExp(
  String.raw`${WHEN_WORD}\s*から\s*(?:(?:やって|実施して|始まって)(?:い)?(?:る|ます)(?:の)?\s*)?(?=\s*(?:です|でしょう|なの|だっけ|か|[?？。]|$))`,
  "g",
);

/**
 * The same asked with the direction first (「完了はいつですか？」「新規は何年度？」「拡充っていつだっけ」「縮小に
 * なるのはいつから？」, probe 100; 「臨時拡充なのはいつ？」「縮小だったのは何年度？」, probe 486), or its everyday verb (「終わるのはいつの予定ですか」: probe 175). Group 1: the
 * direction's word. (And 継続, and until when: 「臨時拡充はいつまで？」「継続はいつから？」 ask the years of it — probe 283
 * had searched 臨時拡充, and answered 継続's いつから with the project's start.)
 */
export const DIRECTION_THEN_WHEN = new RegExp(
  String.raw`(新規完了|臨時拡充|完了|終了|完成|竣工|開始|拡充|縮小|新規|継続|スタート|(?:終わ|おわ)(?:る|った)|(?:始ま|はじま)(?:る|った)|終え(?:る|た))\s*(?:(?:に|と)\s*(?:なる|なった|なって(?:い)?る)|する|した|される|された|な(?=\s*の)|だった)?\s*(?:の)?\s*(?:は|って|が)?\s*${WHEN_WORD}(?=\s*(?:に|で|から|まで)?\s*(?:の\s*(?:予定|見込み|見通し)\s*)?(?:です|でしょう|なの|だっけ|か|[?？。]|$))`,
  "g",
);

/**
 * A direction's year asked for as a thing (「完了の年度を教えて」「完了年度は？」「完了予定の年度」「始まった年度と
 * 担当課」 — probe 141 had read 始まった as 新規, every 新規 project listed): when, as 「いつ完了？」 — not a condition
 * (「完了年度が令和5年度の事業」 says which year, with が).
 */
export const DIRECTION_YEAR_ASKED =
  /(新規完了|臨時拡充|完了|終了|開始|拡充|縮小|新規|(?:始ま|はじま|終わ|おわ)(?:る|った)|(?:始め|終え)(?:る|た))\s*(?:の|する|した|される|された)?\s*(?:予定の?)?\s*(?:年度|時期)(?=\s*(?:を|は|も|と|について|って|、|,|$|[?？。]))/g;

/** 継続 said as the verb of a project going on (継続する, 継続している, 継続される, 継続予定). */
const CONTINUED_VERB = String.raw`継続(?:する|して(?:い|る|ます)*|される|予定)?`;
const UNTIL_VERB = String.raw`(?:\s*(?:続(?:く|いて(?:い|る)*|けられる|ける)|${CONTINUED_VERB}|載っ(?:て(?:い|る|ます)*)?|記載(?:が|され)?(?:ある|あります|て(?:い|る|ます)*)?|やる|実施(?:する|される|予定)?|の予定))?`;
/**
 * いつ before a direction that describes the projects asked for (「いつ完了する事業がある？」): the list of them, each
 * with its years, as 「完了する事業」 asks — the question word itself names nothing.
 */
export const WHEN_OF_PROJECTS = new RegExp(
  String.raw`${WHEN_WORD}\s*(?:に|から|まで|で)?\s*(?=(?:${WHEN_VERBS})${WHEN_TAIL}${PROJECTS_AFTER})`,
  "g",
);

/**
 * 継続 as the verb of until when (いつまで継続？, 何年度まで継続する？): said as 続く, which is read as the listing's last year
 * — 継続 had been searched as a word, and other projects' 継続 shown beside the one asked of (probe 456).
 */
export const CONTINUED_UNTIL = new RegExp(String.raw`(?<=${WHEN_WORD}\s*まで\s*)${CONTINUED_VERB}`, "g");
/**
 * Until when (「いつまで？」「何年度まで続く？」「いつまで載ってる？」): the answer is the project's last listed year.
 * Not a deadline for the asker (いつまでに申請), nor a year that bounds a list (何年度までの事業).
 */
export const WHEN_UNTIL = new RegExp(
  String.raw`${WHEN_WORD}\s*まで(?!\s*に)(?!${UNTIL_VERB}${PROJECTS_AFTER})${UNTIL_VERB}`,
  "g",
);

/**
 * Projects asked for as still going on (今も続いてる事業, 今も続く事業, そのうち今も続いてるのは？, 現在も継続中の事業; 今やってる
 * 事業, まだ続いてる人権・男女共生課の事業, 現在進行中の事業: probe 133; 「そのうち今も続いてるの」「人権・男女共生課のやつで今も
 * 続いてるの」: probe 164 — not 「えんがわって今も続いてるの？」, of one): a list, read as those listed in this year — or, past
 * the plan, in its last year, said so (probe 126: 0件, or the list unnarrowed); and asked of projects described by a
 * direction (R3で新規の事業ってまだ続いてる？: probe 272 had read 続いてる as 継続 in R3, 25 for 10 — a unit's, 人事課の事業は
 * まだやってる？, is each one's until when). (Not まだ after a year: 令和6年度になっても
 * まだ続いている, R5でまだ続いている are of that year; nor 今年度, a year named, which past the plan has none listed.)
 */
export const STILL_GOING_LIST =
  /(?:(?:今|いま|現在)(?!年)\s*(?:でも|も)?\s*(?:まだ)?|(?<!(?:も|年度?|[rR]\s*\d{1,2})\s*(?:で|に|には|では|の時点で|時点で|になっても)?\s*)まだ)\s*(?:(?:続いて|継続して|続けて|やって|実施して|動いて)\s*(?:い|お)?(?:る|ます)|続く|続いている|(?:継続|実施|進行)中(?:の)?)(?=\s*(?:の\s*(?:事業|取組|取り組み|プロジェクト|もの|やつ)|事業|取組|取り組み|プロジェクト|もの|やつ|の\s*(?:は|って|を|が|ある|どれ)|[^。！？!?\n、,]{1,20}?の\s*(?:事業|取組|取り組み)))|(?:現在\s*)?進行中(?:の)?(?=\s*(?:事業|取組|取り組み|プロジェクト|もの|やつ))|(?<=(?:新規|継続|拡充|縮小|完了)[^。？?！!\n]{0,12}?(?:事業|取組|取り組み|もの|やつ)\s*(?:って|は)\s*)(?:(?:今|いま|現在)\s*(?:でも|も)?\s*)?(?:まだ)?\s*(?:続いて|継続して|やって|実施して)\s*(?:い|お)?(?:る|ます)(?=\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな)?\s*[?？]+\s*$)|(?:今|いま|現在)(?<=(?:そのうち|その中で?|このうち|の中で|のうち|(?:課|チーム|室)\s*(?:の\s*(?:やつ|もの|事業)\s*)?で)\s*[、,]?\s*(?:今|いま|現在))\s*(?:でも|も)?\s*(?:まだ)?\s*(?:(?:続いて|継続して|やって|実施して)\s*(?:い|お)?(?:る|ます)|続く|継続中)(?=\s*の\s*[?？]?\s*$)/g;

/**
 * Whether a project still goes on (「ロケ地ツアーのやつってまだやってる？」「まだある？」「今もやってますか」「今年度も
 * やってる？」, and of what residents apply for — 「今年も募集ある？」: probe 359 had said はい of a subsidy listed to R5):
 * answered as until when — its last listed year. Not of projects described so (まだやってる事業は？).
 */
export const STILL_RUNNING = new RegExp(
  String.raw`(?:まだ|(?:今|いま|現在|今年度|本年度|今年)\s*(?:でも|も|は)?)\s*(?:(?:募集|受付|受け付け|申込|申し込み|応募|開催)\s*(?:が|は|を|って)?\s*(?:して\s*(?:い|お)?(?:る|ます)|ある|あり|やって)|やって|やっと|続いて|続く|続け|ある|あり|載って|動いて|実施)(?![^。？?]*?${PROJECTS_AFTER})` +
    // (継続中ですか, 実施中？ of one project: review — read as the direction, it had been answered はい of a year.)
    String.raw`|(?:継続|実施|進行|拡充)中\s*(?=(?:です|でしょう|なの|なん|か|だよね|よね|[?？]))` +
    // (Any doing after まだ: まだ貸出してます？, まだ募集してる？, まだプロモーションしてるの？ — probe 134.)
    String.raw`|まだ\s*[\p{Script=Han}\p{Script=Katakana}ー]{1,10}\s*(?:して|され|やって)\s*(?:い|お)?(?:る|ます)(?![^。？?]*?${PROJECTS_AFTER})` +
    // (Whether a resident can still use it: まだ申し込める？, まだ受け付けてる？, まだ使える？ — probe 145.)
    String.raw`|まだ\s*(?:申し込め|申込め|応募でき|受け付けて|受付して|使え|利用でき|もらえ|借りられ|予約でき|申請でき)(?![^。？?]*?${PROJECTS_AFTER})` +
    // (まだ left alone at the end once the register took its verb: まだあるんだっけ, まだやってたっけ.)
    String.raw`|まだ(?=\s*[?？。]*\s*$)` +
    // (The same asked in the negative: もうやってない？, 今はもうやってないってこと？ — probe 350 had found none, the
    // thread lost.)
    String.raw`|(?:もう|(?:今|いま|現在)\s*(?:は)?\s*(?:もう)?)\s*(?:やって|やっと|続いて|実施して|動いて)\s*(?:い|お)?(?:な(?:い|かった)|ません)(?![^。？?]*?${PROJECTS_AFTER})`,
  "u",
);
/**
 * Whether a project has ended (「もう終わったんだっけ」「既に完了？」): answered as when it completes. Not of the ones that
 * have (もう終わった事業, もう終わったのは？, すでに完了したものってある？, そのうちもう完了しているもの — probe 155: which, a filter — not 終わったものですか, of one — probe 145: 「そのうちもう終わったのは？」 had
 * been a yes-or-no, and 「2つ目の内容は？」 after it picked from the list before).
 */
export const ALREADY_ENDED = new RegExp(
  String.raw`(?:もう|既に|すでに)\s*(?:終わ|おわ|終了|完了)(?![^。？?]*?(?:${PROJECTS_AFTER}|(?:もの|やつ|の)\s*(?:は|って|が|を|どれ|ある|一覧)|(?:もの|やつ)\s*[?？。]*\s*$))`,
);
/**
 * The same asked in the past or the perfect at the question's end (「…は完了しましたか」「完了してますか」「完了済み？」,
 * of a building 「もう完成した？」):
 * the words that ask it, no word of the subject (probe 116: 完了 had been searched, the project only related).
 */
export const ENDED_ASKED =
  /(?:(?:終了|完了|完成)\s*(?:しました|しています|してます|していました|済み|済)|(?:もう|既に|すでに)?\s*完成\s*(?:した|してる))\s*(?:か|でしょうか|ですか|の|ん)?\s*(?=[?？。]*\s*$)/;

/**
 * How many years a project is listed, said of the projects asked for (2年間だけ載っている, 1年だけで終わる, 3年以上続く,
 * 4年分): the count (1), a bound (2: 以上, 以下, 未満), only (3: だけ, のみ, しか) — probe 220: 「2年間だけ載っている」 had
 * searched 年間 in the projects' text. Not a year's own number (令和3年, R3, 2023年), nor one year's alone (R3の1年分しか:
 * the project's own first and last year), nor a run of one direction
 * (2年続けて臨時拡充: DIRECTION_STREAK, read first). A verb of lasting after it (続く, 継続する) is the listing's and
 * goes with it; any other stays, to be read as it is (終わる: 完了).
 */
export const LISTED_FOR =
  /(?<!(?:令和|平成|[rRｒＲ]|\d)\s*|(?:年度?|[rRｒＲ]\s*\d{1,2})\s*の\s*)([1-9]|[一二三四五])\s*(?:年間|年度分|年分|か年度?|ヶ年度?|カ年度?|年(?![度前後目毎ごお]))\s*(?:(以上|以下|未満)\s*)?(?:(だけ|のみ|しか)\s*)?(?:で|の\s*間|の)?\s*(?:(?:計画\s*(?:に|で|上)?\s*)?(?:続(?:く|いた|いて\s*(?:い|お)?(?:る|ます|た))|継続\s*(?:する|して\s*(?:い)?る|した))\s*)?(?=(?:計画\s*(?:に|で|上)?\s*)?(?:ずっと\s*|毎年\s*)?(?:載|記載|掲載|続|継続|実施|あ[るっ]|終わ|おわ|完了|終了|やめ|止め|事業|もの|取組|やつ|の(?=\s*(?:は|って|が|を|[?？]|$))))/g;

/**
 * A direction in some run of consecutive years: 2年続けて臨時拡充, 3年度連続で継続, 拡充が2年続いている — or its plain kind
 * (通常の「拡充」が2年続いている: see PLAIN_DIRECTION). Groups: the count and direction said count first (1, 2), or
 * direction first (3, 4; 5, 6).
 */
export const DIRECTION_STREAK = new RegExp(
  String.raw`([2-9]|[二三四五])\s*(?:年度?|か年|ヶ年|カ年)\s*(?:以上\s*)?(?:連続(?:して|で)?|続けて|続けざまに|にわた(?:って|り))\s*(?:方向性\s*(?:が|は)\s*)?(?:${PLAIN_SAID})?(${DIRECTION_VERBS})|(?:${PLAIN_SAID})?(${DIRECTION_NAMES})[」』]?\s*(?:が|の)?\s*([2-9]|[二三四五])\s*(?:年度?|か年|ヶ年|カ年)\s*(?:以上\s*)?(?:連続|続(?:いて|いた|く|け))|(?:${PLAIN_SAID})?(${DIRECTION_NAMES})[」』]?\s*(?:が|の)?\s*(?:連続(?:して|で)?|続けて)\s*([2-9]|[二三四五])\s*(?:年度?|か年|ヶ年|カ年)(?:\s*以上)?`,
  "g",
);

/**
 * A run said with no count (連続して拡充, 拡充が連続している, 続けて縮小): two years in a row at least. Read only where
 * fewer than two years are said; with a span, 連続して means every year of it (CONSECUTIVE). Groups: the direction
 * said after (1) or before (2).
 */
export const UNCOUNTED_STREAK = new RegExp(
  String.raw`(?:連続\s*(?:して|で)|続けて)\s*(?:方向性\s*(?:が|は)\s*)?(${DIRECTION_VERBS})|(${DIRECTION_NAMES})\s*(?:が|の)?\s*連続\s*(?:して\s*(?:い|お)?(?:る|ます)|する|した|している)`,
  "g",
);

/** The plan's directions of two kanji (新規, 継続, 拡充, 縮小, 完了): the ones an IME slip can reach. */
const TWO_KANJI_DIRECTIONS = DIRECTION_WORDS.filter((d) => d.length === 2);
/**
 * Two kanji in a direction's place — right after a year and its particle (and 臨時), before する, の, 事業 or what
 * asks of it (R4に縮少する, R3に新機の事業, R3に臨時拡重の事業, Ｒ３で拡重は？: probe 449) — that are no word of the plan's
 * directions.
 */
const DIRECTION_SLOT = new RegExp(
  String.raw`(?<=${ANY_YEAR}\s*(?:(?:以降|以後|から|まで)\s*)?(?:に|で|は|の|も)?\s*(?:臨時)?)(\p{Script=Han}{2})(?=\s*(?:する|した|して|される|された|の|に|な|事業|予定|は|が|って|だけ|のみ|[?？]|$))`,
  "gu",
);
/**
 * The IME's or a voice input's other words of a direction's reading (けいぞく: 係属; しんき: 新奇; しゅくしょう: 祝勝), in
 * a direction's place (probe 131: 令和5年度移行も係属する事業 had answered 0件). (官僚 for 完了 is read wherever a
 * direction may be said: understand's own rule.)
 */
const SAME_SOUND: Readonly<Record<string, string>> = {
  係属: "継続",
  繋属: "継続",
  新奇: "新規",
  祝勝: "縮小",
};
/** Words that share a kanji with a direction but are read by a rule of their own: 連続 (CONSECUTIVE, DIRECTION_STREAK). */
const NOT_A_SLIP: ReadonlySet<string> = new Set(["連続"]);

/**
 * Directions mistyped by an IME (縮少, 継読, 拡重, 核充, 完両, 新機): two kanji in a direction's place that share one
 * kanji, in its place, with exactly one of the plan's directions, or that sound as one does (SAME_SOUND). Each is read as the direction and reported, so
 * the asker sees what was read; a word that is itself a direction or an everyday verb of one (拡大, 終了) is left.
 */
export function mendDirectionTypos(text: string): { text: string; slips: Slip[] } {
  const slips: Slip[] = [];
  const out = text.replace(DIRECTION_SLOT, (said: string) => {
    if (directionOf(said) !== undefined || NOT_A_SLIP.has(said)) return said;
    const sound = SAME_SOUND[said];
    const near = sound ? [sound] : TWO_KANJI_DIRECTIONS.filter((d) => d[0] === said[0] || d[1] === said[1]);
    if (near.length !== 1 || !near[0]) return said;
    slips.push({ said, read: near[0] });
    return near[0];
  });
  return { text: out, slips };
}
