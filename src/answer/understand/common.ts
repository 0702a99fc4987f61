// A message in the common language the rules of understanding are written for: Kansai speech (dialect.ts), the written
// register (written.ts) and the office's loanwords (loanwords.ts) each read as plain standard Japanese; whom a matter is
// taken to (whom.ts: 相談先, どこに相談すれば) as the department in charge.
import { withClaimedYearsApart } from "./claimed-years.js";
import { commonJapanese } from "./dialect.js";
import { DIRECTION_NAMES, REMAINS, REMAINS_AS } from "./directions.js";
import { plainLoanwords } from "./loanwords.js";
import { romajiAsKana } from "./romaji.js";
import { perText } from "./util.js";
import { departmentAsked } from "./whom.js";
import { plainJapanese } from "./written.js";

/**
 * 何件 with only 件 converted by the IME (なん件): a count asked (probe 131: as a follow-up it had answered 0件, and the
 * thread's next turn with it).
 */
const COUNT_HALF_CONVERTED = /なん(?=\s*件)/g;

/**
 * A count asked as a rough one (何件くらい, いくつぐらい, 何事業ほど): the count (probe 216: 「ぜんぶで何件くらいあるの？」 had
 * answered 0件).
 */
const ROUGH_COUNT = /(何\s*件|いくつ|何\s*個|何\s*事業)\s*(?:くらい|ぐらい|位|ほど)/g;

/** Ever, before a direction asked of a project: 一度でも, 一回でも, これまでに, 今まで. */
const EVER = "(?:一度|一回|1回|１回|いちど|いっかい|これまで|今まで|いままで)";
/** Became so in a year, or once: 縮小になった年度, 拡充したこと, 縮小された時期. */
const BECAME_ONCE = String.raw`\s*(?:に|と)?\s*(?:なった|した|された|なって(?:い)?た)\s*(?:こと|年度?|とき|時|時期)`;
/** Other units said as those a project is run with: ほかの課と, 他の部署とも. */
const OTHER_UNITS_WITH = String.raw`(?:ほか|他|別|よそ)\s*の\s*(?:課|部署|担当課|部局)\s*(?:と|とも)`;
/** Running it together, as a verb with its ending: 一緒にやってる, 共同で担当しています, 持っている. */
const RUN_TOGETHER = String.raw`(?:一緒に|いっしょに|共同で|合同で|共同して|連携して)?\s*(?:やって|担当して|持って|所管して|実施して|取り組んで)\s*(?:い|お)?(?:る|ます)`;

/**
 * Words that shape an ask, left in kana by the IME: そのなかで, このなかから (a narrowing: probe 166 had answered 0件, as
 * a search of なかで), どういういみ, いみは？ (what a word means: probe 166, 0件). Only in those places: なか and いみ are
 * parts of other words too (なかなか, いみじくも).
 */
const KANA_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/(その|この|あの)\s*なか(?=\s*(?:で|から|の|に))/g, "$1中"],
  // ぬいて, ぬきで after what is left out (臨時拡充はぬいて: 抜いて — probe 355 had searched 臨時 and 拡充, no list).
  [
    /(?<=(?:は|を|の)\s*)ぬ(いて|いた|き|く|かして)(?=\s*(?:で|に|[?？。、,!！]|$|ください|ほしい|下さい))/g,
    "抜$1",
  ],
  [/(?<=[\p{Script=Han}\p{Script=Katakana}ー]\s*)ぬき(?=\s*で)/gu, "抜き"],
  // たくさん, 沢山, いっぱい of the projects a unit holds (一番たくさん事業を持ってる課, 事業をたくさん抱えてる課は？): 多く — and
  // said of a unit with no 一番, the one with the most, as 事業が多い課は？ asks (probe 428: 0件, たくさん searched).
  [/(?<=(?:一番|いちばん|最も)\s*)(?:たくさん|沢山|いっぱい)/g, "多く"],
  [
    /(?<!一番|いちばん|最も|一番\s*|いちばん\s*|最も\s*)(?:たくさん|沢山|いっぱい|多く)(?=\s*(?:の\s*)?(?:事業\s*(?:を|が)?\s*)?(?:持って|抱えて|担当して|担って|受け持って)\p{Script=Hiragana}{0,4}\s*(?:課|部署|担当課|施策|取組)\s*(?:は|って|を|が|[?？]|$))/gu,
    "一番多く",
  ],
  // いく after まで (R7までいく事業, R6までいってる？): 続く, as staff say a project goes on (probe 425: R7までいく was read
  // as any year up to R7, 44件).
  [
    /(?<=(?:[rＲR]\s*\d{1,2}|年度)\s*まで\s*)(?:いく|行く|いける|いって(?:いる|る)?|行って(?:いる|る)?)(?=\s*(?:の|もの|やつ|事業|か|かな|よね|[?？。]|$))/gu,
    "続く",
  ],
  // まだ after a year, before what goes on (R5もまだ続く？, R6もまだやってる？): the year's listing asked, as R5も続く？ asks it
  // (probe 424: read as a search under R5, no はい or いいえ).
  [
    /(?<=(?:[rＲR]\s*\d{1,2}|年度)\s*(?:も|は|に|で|には|でも)\s*)まだ\s*(?=続|つづ|やって|やっと|ある|あり|載って|のって)/gu,
    "",
  ],
  // A year's new projects said with a verb (令和3年度に新しく始める事業, R3に新たに始まったもの): 新規's, as the year's
  // direction is read — a narrowing after it (そのうちR4でおしまいのは？) had read either year's either direction, 20件.
  [
    /(?<=(?:年度|[rＲRｒ]\s*\d{1,2})\s*(?:に|で|から)?\s*)(?:新しく|新たに)\s*(?:始め|始ま|はじめ|はじま|スタートし|開始し|開始す)(?:る|た|って(?:い)?る|ている)(?=\s*(?:事業|もの|やつ))/gu,
    "新規の",
  ],
  // 各年度 said of the directions asked (各年度の方向性は？, 方向性は各年度どうなってる？): each year's, as 年度ごとの方向性 asks —
  // not 各年度とも, every year holding one (probe 431: 0件).
  [/各年度\s*(?:の|ごとの)\s*(?=方向性)/gu, "年度ごとの"],
  [/(?<=方向性\s*(?:は|って|を)?\s*)各年度\s*(?:で|に)?\s*(?=どう|[?？]|教え|$)/gu, "年度ごとに"],
  // おしまい after a year (R4でおしまいのは？, 令和5年度におしまいになる): 完了, as a year's direction is paired with it — read
  // apart, it had joined the years and directions of a narrowing as either (probe 435).
  [/(?<=(?:年度|[rＲRｒ]\s*\d{1,2})\s*(?:で|に|には|も|が)?\s*)おしまい/gu, "完了"],
  // A period said loosely, then said exactly in brackets (計画期間の途中（令和4年度以降）で, 現在もまだ続いている事業（令和7
  // 年度まで計画に載っているもの）): the bracket's words in its place — probe 430 had read the loose words and the exact
  // ones both, every year's 拡充 (20 for 3) and R3 or R7 新規 (15 for 10).
  [
    /計画期間\s*(?:の\s*)?(?:途中|中|内)?\s*[（(]\s*([^（）()]{0,30}?(?:年度|[rＲR]\s*\d)[^（）()]{0,30}?)\s*[）)]/gu,
    "$1",
  ],
  [
    /(?:現在|今|いま)\s*(?:も|でも)\s*(?:まだ\s*)?(?:続いて(?:いる|る|います)|続く|やって(?:いる|る|います))\s*(事業|もの|やつ)\s*[（(]\s*([^（）()]{0,40}?(?:年度|[rＲR]\s*\d)[^（）()]{0,40}?)\s*(?:もの|事業|やつ)?\s*[）)]/gu,
    "$2$1",
  ],
  // A direction said to have started, then the year after it (新規で始まった後、翌年度に拡充, 新規になった翌年度に): the
  // year after that direction's, as 新規の翌年度に says — probe 430 had counted 翌年度 from today, R9.
  [
    new RegExp(
      String.raw`(${DIRECTION_NAMES})\s*(?:で|と|に)?\s*(?:始ま(?:った|り)|はじま(?:った|り)|スタートし(?:た|て)|なった|となった|なって)\s*(?:(?:から|後|あと|のち)\s*)?(?:の\s*)?[、,]?\s*(?=(?:その\s*)?(?:翌年度|次の年度|翌年))`,
      "gu",
    ),
    "$1の",
  ],
  // だけ of a year set against another year not listed (R6にだけ載っててR7にないのは？): the first year's listing — the
  // だけ says the other has none, not that no other year has it (probe 428: 0件, listed only in R6 and not in R7).
  [
    /(?<=(?:[rＲR]\s*\d{1,2}|年度)\s*(?:に|で|には)?\s*)(?:だけ|のみ)(?=\s*(?:は)?\s*(?:載って|記載があって|記載されて|あって)\s*(?:い)?(?:て|る(?:けど|が|のに))?\s*[、,]?\s*(?:[rＲR]\s*\d{1,2}|令和)[^。？?]{0,14}?(?:ない|なし|無い|ありません))/gu,
    "",
  ],
  // 単年度 of what ends or is listed (単年度で終わった事業, 単年度だけの事業): one year, as 1年で終わった reads (probe 439 had
  // searched 単年度).
  [/単年度?(?=\s*(?:で|だけ|のみ|限り|の\s*(?:事業|もの|やつ)|事業))/g, "1年"],
  // 予算 before the direction named as a noun (予算縮小, 予算が拡充, 予算の削減): the direction — the plan's 方向性 is
  // what the budget does, and no amount is asked (probe 439: 予算縮小になってるのは？ had answered 0件). (Before a verb —
  // 予算が減っていく, 予算が増える — directions.ts reads the two together.)
  [/予算\s*(?:が|の|は)?\s*(?=縮小|拡充|削減|カット)/g, ""],
  // Projects run with other units (ほかの課と一緒にやってる, 他の部署と共同で担当している, 複数の課で持っている): the plan writes
  // a unit's projects shared with others as 「…課ほか」 — those whose department holds ほか (probe 470: いっしょ searched,
  // いいえ of 収納課ほか's two).
  // (A unit said as the one doing it — 収納課がほかの課と… — is whose they are: 収納課の事業で….)
  [
    new RegExp(String.raw`(?<=(?:課|室|チーム|[)）])\s*)が\s*${OTHER_UNITS_WITH}\s*${RUN_TOGETHER}`, "g"),
    "の事業で担当課に「ほか」が付いている",
  ],
  [
    new RegExp(
      String.raw`(?:${OTHER_UNITS_WITH}|(?:複数|2つ以上|二つ以上|いくつか)\s*の\s*(?:課|部署|担当課)\s*(?:で|が))\s*${RUN_TOGETHER}`,
      "g",
    ),
    "担当課に「ほか」が付いている",
  ],
  // An average per unit, year or policy (平均すると1年度あたり何件, 1課あたり平均何件): the count by it, averaged — 平均
  // stays for the answer to say it (see answer.ts); 1年度 is no year (probe 468 had read 令和元年度).
  [
    /(?:平均\s*(?:すると|して|で|は)?\s*)?(?:1|１|一)\s*(年度|年|課|施策|取組)\s*(?:あたり|当たり)\s*(?:の)?\s*(?:平均\s*(?:で|して|すると)?)?/g,
    "$1ごとの平均 ",
  ],
  // A count ranked with its が left out, as a fragment says it (事業数2番目に多い課, 事業数一番少ない施策): with it (probe 468:
  // 0件).
  [/(?<=事業数|件数)(?=\s*(?:[2-9２-９二三四五]\s*番目|一番|最も|いちばん))/g, "が"],
  // A direction said as what the budget books (新規計上事業, 拡充計上): the direction — 計上 is where the budget puts it,
  // no word of a subject (probe 468: 0件).
  [/(?<=新規|拡充|継続|縮小|臨時拡充)\s*計上/g, ""],
  // A budget said to be there (予算がついてる, 予算計上されている, 予算措置された): listed — the plan records no budget, and
  // a project it lists in a year is one the city plans to fund then (probe 468: ずっと予算がついてる had been any year, 44
  // for 24; 計上 searched, 0件). The answer says what it checked: …は令和7年度も計画に載っています.
  [/予算\s*(?:が|を|は|も)?\s*(?:(?:つ|付)い(?=て|た)|(?:計上|措置)\s*(?:され|し)(?=て|た))/g, "載っ"],
  // 明記 after what is written (完了と明記されている, 完了と明記のもの): 記載, as the plan's own word is read — probe 430 had
  // searched 明記, 0件 of a narrowing its 条件 line read right.
  [/(?<=(?:と|って)\s*)明記(?=\s*(?:され|の|が|して))/g, "記載"],
  // 各施策に事業が何件ずつ, 各課に何件: each unit holding its count, as 施策ごとに says (probe 445: 0件).
  [
    /各\s*(施策|取組|取り組み|課|担当課)\s*(?:に|で|には)\s*(?=(?:事業\s*(?:が|は)?\s*)?(?:何|なん|いくつ))/gu,
    "$1ごとに",
  ],
  // A count or the names asked again in a sentence of their own after the ask (…はどれでしょうか。件数もお願いします。,
  // 事業名もあわせてお願いします。): an answer gives both, and the ask is the sentence before — read alone, the last
  // sentence had made a thread's narrowing a new question (probe 446: the whole plan's 19 for the unit's 5).
  [
    /(?<=[?？。]\s*)(?:(?:あと|また)\s*[、,]?\s*)?(?:件数|数|事業名|名前|名称)\s*(?:も|を)\s*(?:あわせて|併せて|合わせて)?\s*(?:お願い(?:します|いたします|できますか)?|教えて(?:ください|いただけますか|もらえますか)?|ください)\s*[。!！]*\s*$/gu,
    "",
  ],
  // 計画の中で, 計画上で opening what is asked for (計画の中で縮小となっている事業は？): the plan, which is every question's
  // scope — 中で had been read as a narrowing of a list in view (probe 446: 0件).
  [
    /(?<=^|[。、,\s])(?:この|本)?\s*計画\s*(?:の\s*(?:中|なか)|内|上)\s*(?:で|では)\s*[、,]?\s*(?=[^\s。？?])/gu,
    "",
  ],
  // The plan named as where projects are listed (計画に載ってる事業は何件？, 計画に記載されている事業の一覧, 年度ごとに計画に
  // 載ってる事業数): the listing itself, as 載ってる事業 says — 計画 had been searched as a word of names (男女共同参画計画),
  // 0件 (probe 455). Only where it opens what is asked: after a subject (市民会館跡地で計画に載ってる事業) it stays a word of
  // the search, which finds the projects that name the subject.
  [
    /(?<=^|[\s、,。！？!?]|[はも]|ごとに|別に|毎に)(?:この|本)?\s*計画\s*(?:に|で|上に|の中に|のなかに|内に)\s*(?=(?:載|記載|掲載|書かれ|書いて|入って|のって))/gu,
    "",
  ],
  // vs between two subjects (AとB、A vs B 終わるのどっちが先): と, as the comparisons read two (probe 451: 『vs』 searched).
  [/\s*(?<![a-z])(?:vs|ｖｓ|VS|ＶＳ)\.?\s*(?![a-z])/gu, "と"],
  // Where the plan says it, asked alone (どこに書いてある？, どの取組に載ってる？, 計画のどこに載ってますか): which policy
  // and initiative hold it, as どの取組？ asks (probe 450: the thread had been lost, 0件).
  [
    /^(\s*(?:(?:じゃあ|では|で|それ|これ)\s*(?:って|は)?\s*[、,]?\s*)?)(?:計画\s*の\s*)?(?:どこ|どの\s*(?:施策|取組|取り組み|部分|箇所|ページ))\s*に\s*(?:書いて|載って|記載されて|書かれて|出て)\s*(?:ある|あります|いる|る|います|ます|くる)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か)?\s*[?？。]*\s*$/u,
    "$1どの取組？",
  ],
  // 本当に before a count to be confirmed (本当に2件だけ？): the count confirmed, as 2件だけ？ asks it (probe 450: 0件).
  [
    /^(\s*(?:(?:じゃあ|で|え|えっ)\s*[、,]?\s*)?)(?:本当に|ほんとに|ほんとうに|ホントに)\s*[、,]?\s*(?=[0-9０-９一二三四五六七八九十]+\s*(?:件|つ|個|事業)\s*(?:だけ|のみ|しか))/u,
    "$1",
  ],
  // The two in view pointed at before whether their unit is the same (その2つの担当課は同じ？, この2つって担当課おなじ？):
  // as 担当課は同じ？ asks it of them (probes 445, 446: the units listed, no はい or いいえ).
  [
    /^(\s*)(?:その|この|それら|これら)\s*(?:(?:2|２|二)\s*つ|両方|二件|2件)?\s*(?:の|は|って)\s*(?=(?:担当課|担当|課)\s*(?:は|って|が|も)?\s*(?:同じ|おなじ|一緒|いっしょ))/u,
    "$1",
  ],
  // 会って for 合って after what is confirmed (財活で会ってる？, 市民課で会ってますか): the IME's other あって (probe 449: no
  // はい).
  [/(?<=(?:で|と|って)\s*)会って(?=\s*(?:る|ます|いる|います|[?？]|$))/g, "合って"],
  // まちがい before its denial (まちがいない, まちがいありません): 間違い, as a confirmation reads it (probe 355).
  [/まちがい(?=\s*(?:は)?\s*(?:ない|ありません|ございません|じゃ|では))/g, "間違い"],
  // いがい of それいがいは, 市民課いがいの (以外: probe 185 had repeated the list in view), not いがいと (意外と).
  [
    /(?<=(?:それ|これ|あれ|そこ|[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9])\s*)いがい(?=\s*(?:は|で|の|に|も|を|って|だと|[?？。、,]|$))/gu,
    "以外",
  ],
  // のこりは？, じゃあのこりの事業 (残り: probe 185, 0件), not a word that holds it.
  [
    /(?:(?<=^|[^\p{Script=Hiragana}])|(?<=(?:じゃあ|じゃ|では|あと|それで|その|この)\s*))のこり(?=\s*(?:は|の|って|を|も|が|[?？。、,]|$))/gu,
    "残り",
  ],
  // 臨時 standing alone for the plan's 臨時拡充, asked for, as staff shorten it (臨時のだけ, 臨時は？, 臨時のやつ, 臨時のほうだけ —
  // probe 422: probe 270,
  // 0件; 臨時は with no mark, as a fragment: probe 349) — not 臨時職員 or 臨時の窓口, nor 臨時的; left out (臨時は除いて,
  // 臨時じゃないほう) it is the kind, read in directions.ts, and 「R4って臨時じゃないの？」 asks whether it is.
  [
    /臨時(?![\p{Script=Han}\p{Script=Katakana}的])(?=\s*(?:の\s*(?:ほう|方)\s*(?:だけ|のみ|は|って)?\s*(?:[?？。]|$)|の\s*(?:だけ|のみ)|だけ|のみ|(?:の\s*(?:やつ|事業|もの)?)?\s*(?:は|って)?\s*(?:[?？]|$)))/gu,
    "臨時拡充",
  ],
  // A direction said as one side of the list in view (臨時拡充のほうだけ, 新規のほうは？): the ones with it, as 臨時拡充のだけ
  // says (probe 422 had searched ほう, 0件).
  [
    new RegExp(
      String.raw`(?<=(?:${DIRECTION_NAMES})\s*)の\s*(?:ほう|方)(?=\s*(?:だけ|のみ|は|って)?\s*[?？。]*\s*$)`,
      "gu",
    ),
    "の",
  ],
  // A direction asked as whether it ever happened (一度でも縮小になった年度ある？, 拡充したことある？, 一回でも拡充あった？,
  // 縮小になった年ある？): as 縮小した？ asks it, whether any year of the project is so — probe 456: 縮小 had been searched as a
  // word, 「『縮小』はどの事業にも出てこない語」 said, and 一回でも拡充あった？ answered はい of a project never 拡充. (Not
  // 「R4で完了あった？」, with neither ever nor became: whether the year has any, answered はい with them.)
  [
    new RegExp(
      String.raw`(?:(?:${EVER}\s*(?:でも|に|も)?\s*(${DIRECTION_NAMES})(?:${BECAME_ONCE})?|(${DIRECTION_NAMES})${BECAME_ONCE})\s*(?:が|は|って)?\s*(?:ある|あります|あんの|あった|ありました))(?=\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|っけ)?\s*[?？。]*\s*$)`,
      "gu",
    ),
    "$1$2した",
  ],
  // The question words of what and how many in kana: なにがある？, なんけんある？ (probe 261: each had been read as a yes or
  // no, 「はい。該当する事業は8件です。」) — standing as a word, after a noun or a particle.
  [/(?<=(?:^|[^ぁ-ゖ]|って|は|の|も|で)\s*)なに(?=\s*(?:が|を|[?？]|$))/gu, "何"],
  [
    /(?<=(?:^|[^ぁ-ゖ]|って|は|の|も|で)\s*)なんけん(?=\s*(?:ある|あり|です|でしょう|だっけ|なの|くらい|ぐらい|[?？。]|$))/gu,
    "何件",
  ],
  // A place in the list with its counter or 目 in kana: 1こめ, 1つめ, 2こ目, 一こめ, 3ばんめ (probe 185, 0件).
  [/(?<=[0-9０-９一二三四五六七八九十]\s*)(?:こ|個)\s*(?:め|目)/g, "個目"],
  [/(?<=[0-9０-９一二三四五六七八九十]\s*)つ\s*め/g, "つ目"],
  [/(?<=[0-9０-９一二三四五六七八九十]\s*)(?:ばん|番)\s*め/g, "番目"],
  [/(?<=[0-9０-９一二三四五六七八九十]\s*)(?:けん|件)\s*め/g, "件目"],
  [
    /(どういう|どんな|なんの|何の)\s*いみ|(?<=[^\p{Script=Hiragana}\s]\s*(?:の|って|は)?\s*)いみ(?=\s*(?:は|って|が|を)?\s*(?:なに|何|なん|わか|分か|教え|しりたい|知りたい|[?？]|$))/gu,
    "$1意味",
  ],
];

/**
 * Words left in kana that the readings below need as written, read first (probe 224, a staffer typing in hiragana):
 * じゃあ run into the kana word after it (じゃあきゅうよせいどのみなおしは？: 0件), 課 after どこの (どこのかですか: no
 * 担当課 line), 方向性 and 変わる after it (ほうこうせいがかわる事業: the years read as either, 43件), and 扱い after どういう
 * (R4はどういうあつかい？: the year's 43), 事業 and 同じ; and, read as early for the same readings, two ways of pointing
 * they do not know — と比べて before どっち, and そっち or こっち opening a message.
 */
/** The directions' names in kana, as KANA_WORDS reads them. */
const KANA_DIRECTIONS: Readonly<Record<string, string>> = {
  しんきかんりょう: "新規完了",
  りんじかくじゅう: "臨時拡充",
  かんりょう: "完了",
  かくじゅう: "拡充",
  けいぞく: "継続",
  しゅくしょう: "縮小",
  しんき: "新規",
};
const KANA_DIRECTION =
  /(?<=^|[^\p{Script=Hiragana}]|[のはがでにもと])(しんきかんりょう|りんじかくじゅう|かんりょう|かくじゅう|けいぞく|しゅくしょう|しんき)(?=$|[^\p{Script=Hiragana}]|[のはがでにもとじっだなしさ])/gu;
/** The text with the directions typed in kana written (r4でかんりょう → r4で完了): see KANA_WORDS. */
export const withKanaDirections = (text: string): string =>
  text.replace(KANA_DIRECTION, (kana: string) => KANA_DIRECTIONS[kana] ?? kana);
const KANA_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(\s*(?:それ)?じゃあ)(?=[\p{Script=Hiragana}]{3})/u, "$1、"],
  [/どこ\s*の\s*か(?=\s*(?:[?？。]|です|でしょう|だっけ|な(?:の|ん)|$))/gu, "どこの課"],
  [/ほうこうせい/gu, "方向性"],
  [/(?<=方向性\s*(?:が|は|の)\s*)かわ(?=[らりるれろっ])/gu, "変わ"],
  [/(?<=(?:どういう|どのような|どんな|どう\s*いう)\s*)あつかい/gu, "扱い"],
  // と比べて before which of the two (…のプロモーションと比べてどっちが長く続く？): as 「…とどっちが」 asks it (probe 303: read
  // as one project compared with none).
  [/(?<=\S)\s*(?:と|に)\s*(?:比べ|くらべ|比較し)て\s*[、,]?\s*(?=(?:どっち|どちら)\s*(?:が|の))/gu, "と"],
  // そっち, こっち opening a message, said of what it asks of: それ (probe 299: 「そっちは2025年度もある？」 after 住民票の
  // 窓口申請システム had listed the whole plan's R7, no word of the one asked).
  [/^(\s*(?:じゃあ|じゃ|で|あと)?\s*[、,]?\s*)(?:そっち|こっち)(?=\s*(?:は|って|も))/u, "$1それ"],
  // 事業 and 同じ, which the thread's readings look for as written (probe 300: 「おなじ課のほかのじぎょう」 had said the
  // department had none besides the one in view, of five).
  [/じぎょう/gu, "事業"],
  // Verbs and nouns the readings of ends, listings and corrections need, typed in kana on a phone (probe 440): おわった
  // (終わった), もうしこめる (申し込める), きさい (記載), …のまちがい (の間違い) — each where a word starts; and a correction's
  // opening set off by a space (ごめん かくじゅうのまちがい), as by a comma.
  [/(?<=^|[\s、,。]|もう|は|が|に|で|って|[^\p{Script=Hiragana}])おわ(?=[らりるれろっ])/gu, "終わ"],
  [/もうしこ(?=[まみむめもん])/gu, "申し込"],
  [/もう\s*(?:ひとつ|ひと)(?=\s*の\s*(?:ほう|方|やつ|事業|もの))/gu, "もう一つ"],
  // The other one's は left out before a space (もう一つのほう おわった), as a phone's fragment leaves it.
  [/(もう\s*(?:一つ|1つ|片方|一方)\s*の\s*(?:ほう|方|やつ))\s+(?=[^\sはがもを])/gu, "$1は"],
  [
    /(?<=^|[\s、,。]|の|[^\p{Script=Hiragana}])きさい(?=\s*(?:は|が|の|ない|なし|ある|あり|され|も|[?？]|$))/gu,
    "記載",
  ],
  [/(?<=の)まちがい(?=\s*(?:だった|でした|です|で|[。、,!！?？]|$))/gu, "間違い"],
  [/^(\s*(?:ごめん|ごめんなさい|すみません|すまん|いや|あ、?\s*ごめん))\s+(?=\S)/u, "$1、"],
  [/おなじ(?=\s*(?:課|チーム|室|係|班|部署|ところ|とこ|年度?|取組|施策|担当))/gu, "同じ"],
];
const MAY_HAVE_KANA_WORD =
  /かんりょう|かくじゅう|けいぞく|しゅくしょう|しんき|じゃあ|どこ\s*の\s*か|ほうこうせい|かわ|あつかい|じぎょう|おなじ|そっち|こっち|比べ|くらべ|比較|おわ|もうしこ|もう\s*ひと|きさい|まちがい|^\s*(?:ごめん|すみません|すまん|いや|あ)/u;
/** The text with the words KANA_WORDS knows written as the readings need them (きさい → 記載, かんりょう → 完了). */
// (Then the directions typed in kana, where a word starts and ends — ごめん、かくじゅうのまちがい: the thread's corrections
// and narrowings read them as written; probe 440 had searched 拡充 and まちがい.)
export const withKanaWords = (text: string): string =>
  MAY_HAVE_KANA_WORD.test(text)
    ? withKanaDirections(KANA_WORDS.reduce((t, [pattern, word]) => t.replace(pattern, word), text))
    : text;

/**
 * A project said to grow or shrink with no noun before it — right after a year (R4に増える事業), or opening the ask
 * (増えるのは？, じゃあ減ったのは？): its budget or scale, 拡充 or 縮小 (probe 187: 「逆に増えるのは？」 after a year's 縮小 had
 * searched 増加, and 「R4に増える事業は？」 had listed R4's 43). Not 利用者が増える, whose subject is said. Group 1: the verb.
 */
const GROWS_OR_SHRINKS =
  /(?<=^|[\s、,。？?]|じゃあ|では|(?:年度|[rｒRＲ]\s*\d{1,2}|\d)\s*(?:に|で|は|から|も|には|にも)?\s*)(増え(?:る|た)|増加(?:する|した)|減(?:る|った)|減少(?:する|した))(?=\s*(?:事業|もの|やつ|取組|取り組み|の(?=\s*(?:は|って|を|が|[?？]|$))|[?？]|$))/gu;
const grownOrShrunk = (said: string, verb: string, at: number, text: string) => {
  const direction = /^増/.test(verb) ? "拡充" : "縮小";
  // (増えるのは？ is 拡充のは？, as a direction is asked of the ones in view; 増えた事業 is 拡充した事業.)
  if (/^\s*の/.test(text.slice(at + said.length))) return direction;
  return `${direction}${/(?:た|った|した)$/.test(verb) ? "した" : "する"}`;
};

/**
 * A project's budget or scale said to have grown or shrunk, as a state (予算は増えてる？, 規模が減っています; said as what
 * is done, お金減らしてるの？: probe 448): 拡充 or 縮小
 * in some year, as 予算が増える is read (directions.ts) — probe 191's 「それって予算は増えてる？」 had been answered with no
 * はい or いいえ. Group 1: 増え or 減っ.
 */
const BUDGET_CHANGED =
  /(?:予算|事業費|規模|お金)\s*(?:は|が|を|って|も)?\s*(増え|減っ|増やし|減らし)て\s*(?:い|お)?(?:る|ます|ません|ない)/g;
const budgetChanged = (said: string, verb: string) =>
  `${verb.startsWith("増") ? "拡充" : "縮小"}して${said.endsWith("ません") ? "いません" : said.endsWith("ない") ? "いない" : "いる"}`;

/**
 * When a project is done, asked with a verb of doing (何年度に実施？, いつ行われますか): the years it is listed, as
 * 何年度？ asks (probe 189: no year had been said). Not いつやる: read so, a never-mined set lost a top-1 answer (its
 * question unread), so the casual verb is left to the search.
 */
const WHEN_DONE =
  /(?:いつ|何年度)\s*(?:頃|ごろ)?\s*(?:に|で)?\s*(?:(実施|開催)|行う|行います|行われる|行われます)(?:する|される|します|されます|予定|の)?(?=\s*(?:ですか|でしょうか|か|の|[?？。]|$))/g;
/** 実施 and 開催 stay words of the question (a project's name may end in …の実施); the when is asked after them. */
const whenDone = (_: string, noun: string | undefined) => (noun ? `${noun}は何年度` : "何年度");

/**
 * A unit named loosely by what it works on, with のところ (人権のところの課, 人権のとこの課): 人権の課 — probe 186's follow-up
 * 「そのうち人権のところの課のは？」 had searched ところ and kept the whole list.
 */
const UNIT_OF_A_PLACE =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー])の\s*(?:ところ|とこ)\s*の\s*(?=(?:課|部署|担当課)(?!\p{Script=Han}))/gu;

/**
 * A follow-up opening with うち, as a memo writes そのうち (うち令和4年度で完了するものは。: probe 184 had read the whole
 * plan's). Not うちの (ours), nor うちは, うちで.
 */
const MEMO_NARROWING =
  /^(\s*)うち(?=\s*[、,]?\s*[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9０-９Ａ-Ｚａ-ｚ])(?![^、,。？?\s]{1,20}?(?:課|チーム|室|係)\s*(?:なん)?(?:だけど|ですけど|です|でございます|の者))/u;

/**
 * Which year asked with its era (令和何年度まで, 令和何年に): 何年度, as R何年度 already reads (probe 228: 令和 had been
 * searched as a word, and outranked the subject asked of).
 */
const ERA_OF_WHICH_YEAR = /(?:令和|れいわ)\s*(?=(?:何|なん)\s*年)/g;

/**
 * Until when it is listed, asked with the written register's noun (いつまでの掲載ですか, 掲載はいつまでですか): as いつまで
 * 載っていますか asks (probe 228: after a list, 「それ以外の事業はいつまでの掲載でしょうか」 had answered 0件).
 */
const LISTING_UNTIL =
  /(?:いつ\s*まで\s*の\s*掲載(?:\s*(?:予定|期間))?|(?:の\s*)?掲載\s*(?:期間\s*)?(?:は|って)\s*いつ\s*まで)(?:\s*(?:です|でしょう)(?=\s*か))?/g;

/**
 * A place in the list just shown, said loosely (probe 235): 上のやつ, 下のは — its top and its bottom, as 一番上 and 一番下
 * say; 最初に出てきたの, 最後にあったやつ — 最初の, 最後の; 最初のの目的 — 最初のやつの目的. Only opening the message: 上の
 * or 下の inside one is the asker's own words.
 */
const PLACE_OPENING = String.raw`^(\s*(?:(?:じゃあ|じゃ|では|で|あと|それで|それと)\s*[、,]?\s*)?(?:(?:その|この)\s*(?:うち|中)\s*(?:の|で)?\s*[、,]?\s*)?)`;
const TOP_OR_BOTTOM = new RegExp(
  String.raw`${PLACE_OPENING}(上|下)(?=\s*の\s*(?:やつ|事業|もの|ほう|方|(?:は|って|も)(?![\p{Script=Han}\p{Script=Hiragana}])))`,
  "u",
);
const PLACE_SHOWN = new RegExp(
  String.raw`${PLACE_OPENING}(最初|最後|一番上|一番下)\s*に\s*(?:出て\s*(?:き|来)た|出た|挙がった|あがった|あった|表示された|載ってた|載っていた)\s*(?=の|やつ|事業|もの)`,
  "u",
);
/**
 * A year's or a code's share of a count just given (R4の分だけ見せて, 7-2の分だけ一覧で, R5の分は？): that year or code, as
 * R4だけ見せて says (probe 442: 『分の』 had been searched, 0件).
 */
const SHARE_OF_YEAR_OR_CODE =
  /(?<=(?:[rRｒＲ]\s*[0-9０-９]{1,2}|年度|\d\s*[-ー－]\s*\d))\s*の\s*分(?=\s*(?:だけ|のみ|は|を|で|も|の|って|[?？。]|$|見せ|教え|一覧|リスト))/gu;

/**
 * A place in a code's or a unit's list said after its projects (7-2-7の事業で最初のやつ, 人事課の事業のうち2番目の): of
 * that list, as 7-2-7の最初のやつ says (probe 443: 最初 had been searched, all four shown).
 */
const PLACE_AFTER_ITS_PROJECTS =
  /(?<=(?:\d\s*[-ー－]\s*\d|課|室|チーム))\s*の\s*(?:事業|中)\s*(?:で|の\s*中\s*で|のうち|のなかで)\s*[、,]?\s*(?=(?:最初|最後|[1-9１-９一二三四五六七八九]\s*(?:番目|つ目|個目|件目))\s*の\s*(?:事業|やつ|もの))/gu;
const PLACE_NO_NO = /(最初|最後|一番上|一番下)\s*の\s*の(?=\s*(?:目的|内容|担当|方向性|概要|は|って|も))/u;
/**
 * A place picked, then 詳しく with no particle (上のやつ詳しく, 最初の事業くわしく): 詳しく asked of it, as 2番目のやつ詳しく
 * is (probe 426: 0件, 詳しく searched).
 */
const PLACE_THEN_DETAIL = new RegExp(
  String.raw`${PLACE_OPENING}((?:最初|最後|一番上|一番下)\s*の\s*(?:やつ|事業|もの))(?=\s*(?:詳しく|くわしく|詳細)(?:\s*(?:教えて|見せて|知りたい|お願い(?:します)?|ください))?\s*[?？。]*$)`,
  "u",
);

/**
 * A unit or a year asked alone as a limit (7-2だけだと？, 人権・男女共生課だけなら？, 7-4に限ると？): the same as 7-2だと？,
 * which asks the question before of it (probe 236: 「7-2だけだと？」 after 「R4で継続の事業は何件？」 had answered all of
 * 7-2, the year and direction dropped). Only at a message's end.
 */
const ALONE_AS_LIMIT =
  /(?<=[^\s、,。])\s*(?:(?:だけ|のみ)\s*(?=(?:だと|なら|だったら|では)\s*[?？]*\s*$)|に\s*限(?:ると|れば|ったら)(?=\s*(?:どう(?:なる)?)?\s*[?？]*\s*$))/u;

/**
 * A count's change over the years, asked (件数の変化, 事業数の増減; 載ってる事業の数って増えてる？減ってる？, 数は年々減ってる？,
 * R6とR7で数は違う？): its 推移, which the answer counts year by year (probe 238: each had answered 0件, or read 変わる as a
 * direction changing).
 */
const COUNT_CHANGE = /(件数|事業数|(?<=の\s*)数)\s*(?:の|は|が|って)?\s*(?:変化|増減|移り変わり|変わり方)/g;
const COUNT_TREND_ASKED =
  /(件数|事業数|(?<=の\s*)数)\s*(?:って|は|が|も)?\s*(?:(?:年々|年ごとに|年度ごとに|だんだん|毎年)\s*)?(?:増えて(?:い|き)?る|減って(?:い|き)?る|増えた|減った|増える|減る|変わる|変わって(?:い)?る|変わった|違う)(?:ん?(?:です|でしょう)?(?:か|かな|の))?\s*[?？。]*(?:\s*(?:それとも)?\s*(?:増えて(?:い)?る|減って(?:い)?る|増えた|減った|増える|減る)(?:ん?(?:です|でしょう)?(?:か|かな|の))?\s*[?？。]*)?\s*$/;

/**
 * Which unit, asked with どこの (どこの課が一番多い？, どこの施策が多い？): どの, as the rankings read it (probe 211: each had
 * answered 0件). Only before が or は: どこの課に聞けば is whom to ask (whom.ts), and どこの課？ alone asks whose.
 */
const WHICH_UNIT = /どこ\s*の\s*(課|部署|施策|取組|取り組み)(?=\s*(?:が|は(?!\s*[?？]|\s*$)))/g;

/**
 * An ask passed on as an instruction given (一番多い課を調べるよう言われました, 件数を教えてほしいと頼まれまして): the ask
 * itself, as if made (probe 211: 「…を調べるよう言われました。どこの課が…」 had answered 0件).
 */
const INSTRUCTION_PASSED_ON =
  /を\s*(?:(?:調べ|確認し|確かめ|まとめ|洗い出し|聞い|聞き)(?:る|て(?:おく|くる))?\s*よう(?:に)?|(?:教えて|調べて)\s*(?:ほしい|欲しい|もらって|くれ)\s*と)\s*(?:言われ|頼まれ|指示され|依頼され)(?:ました|た|まして|ており|てい|て)/g;

/**
 * A direction said to be in place with its に left out, as speech drops it (縮小なってるって本当？, 完了なった？): に (probe
 * 218: the direction had been searched as a word, no はい).
 */
const DIRECTION_NI_DROPPED = new RegExp(
  `(?<=(?:${DIRECTION_NAMES})[」』]?)\\s*(?=な(?:って|った|る(?!べく)|ります|りました|らない|らなかった))`,
  "g",
);

/**
 * A direction guessed in the negative past (R5も継続じゃなかったっけ？, 完了ではなかったでしょうか, 拡充じゃなかった？):
 * wasn't it — the asker thinks it was, as 継続だったっけ？ asks (probe 219 had read a denial, 継続以外, and said none).
 * Only as a question: 継続じゃなかった。 says it was not.
 */
const NEGATIVE_PAST_GUESS = new RegExp(
  `(?<=(?:${DIRECTION_NAMES})[」』]?)\\s*(?:じゃ|では)\\s*なかった\\s*(?:(?:っけ|(?:です|でしょう)\\s*か|かな)(?=\\s*(?:[?？。]|$))|(?:か)?(?=\\s*[?？]))`,
  "g",
);

/**
 * 同じ before a department named (同じ人事課で他にやってるのある？): the name says which, 同じ no word of the subject
 * (probe 218: 同じ had been searched beside 人事課, 0件). Not 同じ課 or 同じ担当課, which name none.
 */
const SAME_UNIT_NAMED =
  /(?:同じ|おなじ)\s*(?=(?!担当)[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:課|室|チーム|センター)(?![\p{Script=Han}]))/gu;

/**
 * A department denied as whose a project is, with the question's confirming end (…、DX推進チームの担当じゃないよね？,
 * …は人事課の所管ではないですよね): as 人事課じゃないよね？ asks it — not the department left out of a list (probe 219:
 * 「DX推進チーム以外」 had been searched, no はい). So is one guessed (…情報システム課の事業じゃないの？, …の担当じゃない？:
 * as 情報システム課じゃないの？ asks it — probe 441 had answered 0件 with no いいえ).
 */
const UNIT_OF_IT_DENIED =
  /(?<=(?:課|室|チーム|センター))\s*の\s*(?:担当|所管|事業|仕事)\s*(?=(?:じゃ|では)\s*(?:ない|ありません)\s*(?:よね|よな|ですよね|でしょう?|ですか|の|ん\s*(?:です\s*)?か|んだっけ|っけ|か)?\s*[?？]*\s*$)/gu;

/**
 * What a project is for, asked with 事業 after it (何のための事業？, 何のための事業なの？): its purpose, as 何のため？ asks —
 * of the project in view in a thread (probe 441: 事業 had made it a new question, 0件).
 */
const WHAT_FOR_PROJECT =
  /(何|なん)\s*の\s*ため\s*の\s*(?:事業|取組|取り組み|もの)(?=\s*(?:なの|なん\s*です\s*か|です\s*か|でしょう\s*か|だっけ|か)?\s*[?？]*\s*$)/gu;

/**
 * Which ends first, the verb said first (終わるのどっちが先, 終わるのはどっちが先？): as どっちが先に終わる asks it (probe
 * 451: read as two questions, none compared). Groups: the verb, which, when.
 */
const VERB_BEFORE_WHICH =
  /(終わる|完了する|始まる)\s*の\s*(?:は|って)?\s*[、,]?\s*(どっち|どちら|どれ)\s*が\s*(先|早い|後|遅い)(?:\s*(?:の|ん))?/gu;
const WHEN_AS_ADVERB: Readonly<Record<string, string>> = {
  先: "先に",
  早い: "早く",
  後: "後に",
  遅い: "遅く",
};
const verbAfterWhich = (_: string, verb: string, which: string, when: string) =>
  `${which}が${WHEN_AS_ADVERB[when] ?? when}${verb}`;

/**
 * A direction denied with the question's confirming end (…って、R5で完了じゃないよね？, …は縮小ではないですよね): the
 * direction asked, its はい and いいえ then said as Japanese answers a negative (polarity.ts) — not a condition of the
 * other directions (probe 441: 「完了以外」 of a project not listed in R5 had answered 0件, no verdict). Only at the end
 * of the message, after a direction: 完了じゃない事業は？ asks for the others.
 */
const DIRECTION_DENIED_CONFIRMED = new RegExp(
  `(?<=(?:${DIRECTION_NAMES})[」』]?)\\s*(?:じゃ|では|でわ)\\s*(?:ない|ありません)(?=\\s*(?:です)?\\s*(?:よ\\s*ね|よな|でしょう\\s*ね|んですよね|ん\\s*(?:です|だ)\\s*ね)\\s*[?？]*\\s*$)`,
  "gu",
);
/** The same, tested once of a whole message (not global: no lastIndex carried between messages). */
const DIRECTION_DENIED_ASKED = new RegExp(DIRECTION_DENIED_CONFIRMED.source, "u");
/** Whether a message confirms a direction denied (…R5で完了じゃないよね？), which the common form asks in the positive. */
export const confirmsADirectionDenied = (text: string): boolean => DIRECTION_DENIED_ASKED.test(text.trim());

/**
 * A department said not to be the only one, as a question (財産活用課だけじゃないですよね？, 人事課だけではないですか？): the
 * asker's guess of one holder among others — no condition (probe 298: the projects of that unit alone had been answered, the
 * others asked for left out). Not 「人事課だけじゃなくて市民課も」, which names both.
 */
const NOT_ONLY_UNIT =
  /(?:\p{Script=Hiragana}{1,3}(?=\p{Script=Han}))?[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:課|室|チーム|センター)\s*(?:さん)?\s*(?:の\s*(?:事業|分)\s*)?(?:だけ|のみ)\s*(?:じゃ|では)\s*(?:ない|ありません)\s*(?:ん|の)?\s*(?:です|でしょう)?\s*(?:よね|よな|か|よ|の)?\s*[?？]+/gu;

/**
 * What a message is about, set out as what one is checking (…の件で確認しています, …の監査をしています, …を確認しています,
 * …の件です): …について — the subject a claim after it is of (see saysThereIsAProject), no occasion to drop.
 */
// (Not projects said by their conditions — 令和3年度に新規となった事業を確認しています: those are what is listed — nor a
// state of things checked: 事業の見直し状況を確認しております is the occasion, no project.)
const SUBJECT_CHECKED =
  /(?<=[\p{Script=Han}\p{Script=Katakana}a-zA-Z」』])(?<!\p{Script=Hiragana}\s*(?:事業|取組|取り組み|もの|一覧)|状況|状態|進捗|一覧|全体|資料|件数|内容)\s*(?:の\s*件\s*(?:です|でございます|ですが|なんですが|なんだけど|で)?\s*(?:(?:を)?\s*(?:確認|監査|点検|チェック|調査|精査)\s*(?:を)?\s*(?:して|し)\s*(?:います|おります|いる|ています|ております))?|(?:を|の)\s*(?:確認|監査|点検|チェック|調査|精査)\s*(?:を)?\s*(?:して|し)\s*(?:います|おります|いる|ています|ております))\s*(?=[。])/gu;

/**
 * Whether a direction is written, asked with の or ん (完了の記載はあるの？, 拡充の記載があるんですか): as ある？ asks it —
 * the ending had been taken as the question's own, and 完了 searched as a word (probe 471).
 */
const WRITTEN_ASKED_WITH_NO =
  /(?<=(?:記載|表記|記述)\s*(?:は|が|も)?\s*(?:ある|あります|あった))\s*(?:の|ん)\s*(?:です|でしょう)?\s*(?:か|かな)?(?=\s*[?？]|\s*$)/gu;

/**
 * A unit or code said not to limit the ask (人権・男女共生課に限らず全体で, 施策7-2にかかわらず): the whole plan — no
 * condition (probe 472: the unit had been kept, 0件 for R5's two).
 */
const NOT_LIMITED_TO =
  /(?:\p{Script=Hiragana}{1,3}(?=\p{Script=Han}))?(?:[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:課|室|チーム|センター)|(?:施策|取組)?\s*\d+-\d+(?:-\d+)?)\s*(?:さん)?\s*(?:の\s*(?:事業|分)\s*)?(?:だけ)?\s*に\s*(?:限らず|かぎらず|限定せず|とらわれず|関係なく|関わらず|かかわらず)\s*[、,]?/gu;

/**
 * The other units said to be included (ほかの課の分も含めて, 他の部署のものも合わせて): the answer's scope, as it is
 * already — no words of a subject (probe 298: 課 and 分 had been searched, every Wi-Fi project only related). Not
 * 「ほかの課の事業は？」, which asks for them.
 */
const OTHER_UNITS_TOO =
  /(?:ほか|他|別|よそ)\s*の\s*(?:課|部署|部局|チーム|担当課)\s*(?:の\s*(?:分|もの|事業|やつ)\s*)?(?:も|まで)\s*(?:含めて|含め|入れて|合わせて|あわせて|併せて|込みで)/gu;

/**
 * The project in view said as その事業 before 以外 (その事業以外にスマートロックを導入する事業はある？): それ以外, as the
 * readings of the others besides it know it (probe 302: the one in view had been the only condition, 0件).
 */
const THAT_ONE_BESIDES = /(?:その|この|あの)\s*(?:事業|取組|取り組み|もの|やつ|件)\s*(?=以外)/gu;

/**
 * A year said from this one or from another, then written out beside it (1年後の2024年度, 翌年度の令和5年度, 来年度、R5):
 * the year written — the other a way to reach it (probe 299: 1年後 had been counted from the clock, R9, 0件).
 */
const RELATIVE_THEN_WRITTEN =
  /(?:[1-9１-９一二三]\s*(?:年|年度)\s*(?:後|前|先)|翌年度?|次の年度?|来年度?|再来年度?|前年度?|去年度?|昨年度?|今年度?|本年度)\s*(?:の|、|,|\s)\s*(?=令和|平成|[rRｒＲ]\s*[0-9０-９]|(?:20|２０)[0-9０-９]{2}\s*年)/gu;

/**
 * A total asked alone (合計は？, トータルは？, 足すと何件？, 全部足すと何件になる？): how many, as 全部で何件？ asks — of the
 * list in view in a thread (probe 225: 合計 and 足す had been searched, 0件 and 『合計』は計画に出てこない語).
 */
const TOTAL_ALONE =
  /^\s*((?:じゃあ|では|で|それで)\s*[、,]?\s*)?(?:(?:合計|トータル|総計|総数)\s*(?:は|って|で)?|(?:全部\s*)?(?:足す|たす|足し合わせる|合計する)\s*と)\s*(?:(?:何|なん)\s*件|いくつ)?\s*(?:に\s*なる|になります)?\s*(?:の|か|ですか|でしょうか)?\s*[?？。]*\s*$/u;

/**
 * A comma after the topic's って in a short question (行政手続のオンライン化って、DX推進チームの担当で合ってますか？): the
 * question as without it (probe 214: the comma had cut the unit confirmed from its subject, no はい). Only in one short
 * sentence, before its last clause: in a longer message a comma after って may end a clause of context.
 */
const TOPIC_COMMA = /(?<=[^\s、,。])って\s*[、,]\s*(?=[^\s、,。][^、,。！!？?\n]{0,30}[？?]?\s*$)/g;
const TOPIC_COMMA_CHARS = 60;
const withoutTopicComma = (text: string) =>
  [...text].length <= TOPIC_COMMA_CHARS && !/[。！!？?\n].*\S/su.test(text.trim())
    ? text.replace(TOPIC_COMMA, "って")
    : text;

/**
 * The casual polite ending, す for です after ん or っ (なにやってるんすか, あるっすか, そうっすね): です — probe 310's
 * 「DX推進チームってなにやってるんすか」 had searched すか and answered いいえ.
 */
const CASUAL_POLITE = /(ん|っ)す(?=\s*(?:か|かね|よね|ね|よ)?\s*(?:[?？。!！]|$))/gu;

/**
 * 事業 typed じゅぎょう and converted (授業): the plan has no lessons, and staff mean its projects (probe 310's 「財産活用課
 * の授業一覧」 had answered 0件 with 『授業』 not in the plan, and every follow-up after it).
 */
const SLIPPED_JIGYOU = /授業/g;

/**
 * What one read or heard, then whether it is right (R4で拡充って書いてあったけどまちがいない？, 令和5年度で完了と聞いています
 * が、合っていますか): the claim confirmed, as 「R4で拡充で間違いない？」 asks it (probe 355: 『まちがい』 had been searched,
 * いいえ said of a true claim).
 */
const CLAIM_CONFIRMED =
  /\s*(?:って|と)\s*(?:書いて|書かれて|載って|記載されて|聞いて|伺って|見て)\s*(?:あ|い|お)?(?:った|る|ます|ました|ります|りました)?\s*(?:けど|けれど|けれども|が|んだけど|んですけど|のですが|んですが)\s*[、,]?\s*(?:(?:それ|これ|そこ)\s*(?:で|は)?\s*)?(?=(?:間違い|まちがい|合って|あって|正しい|相違)\s*(?:は)?\s*(?:ない|ありません|ございません|ます|る|い|いる|[?？]))/gu;

/**
 * A year on from which a project is said to be gone (R5以降はなくなる, R5以降は消える, R5以降は載らない): not listed then,
 * as 「R5以降は載ってない」 says (probe 357: 「R5以降はなくなるってこと？」 had listed the 32 listed from R5 on).
 */
const GONE_FROM =
  /(?<=(?:[rRｒＲ]\s*\d{1,2}|年度|年)\s*(?:以降|以後)\s*(?:は|には|も)?\s*)(?:なくな(?:る|ります|った)|消え(?:る|ます|た)|載らない|載りません)/g;

/**
 * 〜ちゃう and 〜ちゃった, the casual てしまう (終わっちゃう, 終わっちゃった, なくなっちゃう, やめちゃった, しちゃう): the verb
 * itself, as the rules read it (probe 356: 「一番早く終わっちゃう事業ってどれ？」 had not been read as 一番早く終わる). Its
 * written form, 〜てしまう, likewise. Only after っ, し or a syllable of the e-row, as the contraction is made.
 */
const CHAU: readonly (readonly [RegExp, string])[] = [
  [/っ(?:ちゃ|てしま)った/g, "った"],
  [/っ(?:ちゃ|てしま)う/g, "る"],
  [/し(?:ちゃ|てしま)った/g, "した"],
  [/し(?:ちゃ|てしま)う/g, "する"],
  [/(?<=[えけせてねへめれげぜでべぺ])(?:ちゃ|てしま)った/g, "た"],
  [/(?<=[えけせてねへめれげぜでべぺ])(?:ちゃ|てしま)う/g, "る"],
];

/**
 * The text in plain standard Japanese: words in kana the rules need written, dialect, then whom it asks to go to, the
 * written register, loanwords, a count the IME half converted, a rough count, a place after a list's projects, a year's
 * or a code's share, a memo's うち, a project or its budget said
 * to grow or shrink, when it is done, a unit named by のところ, which unit asked with どこの, an ask passed on as an
 * instruction, a direction's に left out, a direction guessed in the negative past, 同じ before a unit named, a unit denied
 * as whose a project is, a direction denied as a confirmation, what a project is for, which ends first said verb first, a
 * total asked alone, a short question's comma after って, a unit said not to limit the ask, a direction's writing asked
 * with の, a subject set out as what one checks, and the words that shape an ask left in kana; 〜ちゃう as the verb.
 */
export const inCommonJapanese = perText((text: string): string => withClaimedYearsApart(inCommonWords(text)));
const inCommonWords = (text: string): string =>
  KANA_SHAPES.reduce(
    (t, [pattern, kanji]) => t.replace(pattern, kanji),
    CHAU.reduce(
      (t, [pattern, plain]) => t.replace(pattern, plain),
      plainLoanwords(
        plainJapanese(departmentAsked(commonJapanese(withoutTopicComma(withKanaWords(romajiAsKana(text)))))),
      ),
    )
      .replace(CLAIM_CONFIRMED, "で")
      .replace(GONE_FROM, "載ってない")
      .replace(COUNT_HALF_CONVERTED, "何")
      .replace(ROUGH_COUNT, "$1")
      // (Not beside a Western year: 「2025年度って令和何年度？」 asks what the era's year is — probe 447.)
      .replace(ERA_OF_WHICH_YEAR, (era: string, _at: number, whole: string) =>
        /(?:19|20)\d\d\s*年/u.test(whole) ? era : "",
      )
      .replace(COUNT_CHANGE, "$1の推移")
      .replace(COUNT_TREND_ASKED, "$1の推移は？")
      .replace(ALONE_AS_LIMIT, (said) => (said.includes("限") ? "だと" : ""))
      .replace(TOP_OR_BOTTOM, "$1一番$2")
      .replace(PLACE_SHOWN, (_, opening: string, place: string, at: number, whole: string) =>
        whole.slice(at + _.length).startsWith("の") ? `${opening}${place}` : `${opening}${place}の`,
      )
      .replace(PLACE_NO_NO, "$1のやつの")
      .replace(PLACE_AFTER_ITS_PROJECTS, "の")
      .replace(SHARE_OF_YEAR_OR_CODE, "")
      .replace(PLACE_THEN_DETAIL, "$1$2は")
      .replace(LISTING_UNTIL, (said) =>
        said.startsWith("いつ") ? "いつまで載っています" : "はいつまで載っています",
      )
      .replace(MEMO_NARROWING, "$1そのうち")
      .replace(BUDGET_CHANGED, budgetChanged)
      .replace(GROWS_OR_SHRINKS, grownOrShrunk)
      .replace(WHEN_DONE, whenDone)
      .replace(UNIT_OF_A_PLACE, "の")
      .replace(WHICH_UNIT, "どの$1")
      .replace(INSTRUCTION_PASSED_ON, "を教えてください")
      .replace(DIRECTION_NI_DROPPED, "に")
      .replace(NEGATIVE_PAST_GUESS, "だったっけ")
      .replace(SAME_UNIT_NAMED, "")
      .replace(UNIT_OF_IT_DENIED, "")
      .replace(DIRECTION_DENIED_CONFIRMED, "だ")
      .replace(WHAT_FOR_PROJECT, "$1のため")
      .replace(VERB_BEFORE_WHICH, verbAfterWhich)
      .replace(NOT_ONLY_UNIT, " ")
      .replace(NOT_LIMITED_TO, " ")
      .replace(WRITTEN_ASKED_WITH_NO, "")
      .replace(SUBJECT_CHECKED, "について")
      .replace(OTHER_UNITS_TOO, " ")
      .replace(RELATIVE_THEN_WRITTEN, "")
      .replace(THAT_ONE_BESIDES, "それ")
      .replace(TOTAL_ALONE, "$1全部で何件？")
      .replace(CASUAL_POLITE, (_, before: string) => (before === "ん" ? "んです" : "です"))
      .replace(SLIPPED_JIGYOU, "事業")
      // (Here, not only where the engine reads a message: a thread's question before — 「R7まで残る事業は？」 then 「そのうち
      // 拡充したのは？」 — is read again as typed, and 残る had left it a search, the whole plan's 20 for the list's 9.)
      .replace(REMAINS, (_, ending: string) => REMAINS_AS[ending] ?? `残${ending}`),
  );
