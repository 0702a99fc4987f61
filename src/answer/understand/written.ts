// Written register (官庁の書き言葉): a council secretariat's or a manager's formal Japanese — 所管課, 当該事業, 本計画に
// 掲載されておりますか, 方向性はいかがでしょうか, 失礼いたしました. Read as the plain forms the rest of understanding knows,
// each where the plain word means the same (probe 118).
import { type Rule, rewritten } from "./util.js";

/** A year as typed before it is read: 令和4年度, R4, 2022年度. */
const YEAR_SAID = String.raw`(?:令和|平成)\s*\d{1,2}\s*年度?|[rR]\s*\d{1,2}(?!\d)|20\d{2}\s*年度?`;

/** 終期 and 始期, a budget's words for a project's last and first year, as the plain words say them. */
const EDGE: Record<string, string> = { 終期: "最終年度", 始期: "初年度" };

/** See its rule below: the word of from-now-on and its particle (1), 継続's ending (2). */
const GOES_ON_WITH_KEIZOKU =
  /((?:今後|これから|引き続き|この先|将来的?に?|来年度以降|次年度以降)\s*(?:も|は)?\s*)継続(される|されます|されない|されません|されず|されて(?:いる|います|いく)?|する|します|しない|しません|せず|して(?:いく|いきます|います|いる)?|の予定|予定|の見込み|見込み)?(?!\s*(?:事業|取組|取り組み|もの|の(?!\s*(?:でしょう|です|か|[?？])))|さ|し|す|せ)/g;
const goesOn = (_: string, lead: string, ending = ""): string => {
  const verb = /^(?:され)?して|^されて/.test(ending)
    ? `続いて${ending.replace(/^(?:され)?して|^されて/, "")}`
    : /ない|ません/.test(ending)
      ? "続かない"
      : ending.endsWith("ず")
        ? "続かず"
        : /ます$/.test(ending)
          ? "続きます"
          : "続く";
  // (引き続き, この先: 今後も, the words 続く is read with.)
  const from = /以降/.test(lead) ? lead : "今後も";
  return `${from}${verb}${ending.match(/予定|見込み/)?.[0] ?? ""}`;
};

/** Each rule: the written form, and the plain one, in the order they apply. */
const END_WORDS = "完了年度|完了|終了年度|終了|終わる|終わり|終わった|おわる|おわり|最終年度|記載の最後";
const START_WORDS = "開始年度|開始|始まる|始まった|はじまる|スタート|初年度";
/**
 * An order by end or start asked: group 1 the end's words, 2 the start's, 3 早い or 遅い (or none: earliest first). Also what
 * the understanding of the question drops (see RULES), and sort-asked.ts orders the list by, so that the order is no word to search.
 */
export const SORT_ASKED = new RegExp(
  String.raw`(?:(${END_WORDS})|(${START_WORDS}))(?:する|した)?\s*(?:の|が|のが)?\s*(早い|遅い|はやい|おそい)?\s*(?:もの|年度)?\s*順\s*(?:に|で|番に)?\s*(?:並べ(?:て|る|替えて|かえて)?|並び替え(?:て)?|ソート(?:して)?|表示(?:して)?|教えて|出して|見せて)?\s*(?:ください|下さい|くれる|もらえる|ほしい|欲しい)?`,
  "u",
);

/**
 * Someone of the office who said what is passed on: a post (課長, 係長, 前任者, 上司), or a person by name with さん or a
 * post (田中さん, 山田課長). Not the public (住民さん, 市民: see register.ts), nor a unit, nor a role whose words say what
 * the matter is (自治会長さん, 委員さん).
 */
const SPEAKER = String.raw`(?:(?:うちの|前の|隣の|となりの|別の)?(?:課長補佐|課長代理|課長|部長|次長|係長|主幹|主査|室長|所長|上司|先輩|同僚|後輩|前任者|前任|担当者|市長|副市長)(?:さん)?|(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}]{1,4}(?<![長員者会課係室所店屋家業民部局])(?:さん|様|氏|課長|部長|係長|主幹|室長)|[\p{Script=Katakana}ー]{2,6}さん)`;
/** What one was told or heard, in its past and its lasting forms (聞いた, 言ってました, 聞いております, 伺っています). */
const HEARD_OR_TOLD =
  "聞いた|聞きました|聞いて(?:い|お)?(?:る|ます|ります)|伺った|伺いました|伺って(?:い|お)(?:る|ます|ります)|言われた|言われました|言ってた|言っていた|言ってました|言っていました|言っておりました|おっしゃってた|おっしゃっていました|仰ってい(?:た|ました)|書いてあった|書いてありました|見た";

/**
 * A claim heard, then asked whether it holds (…って聞いたけど本当, …だと聞いたのですが合っていますか): see its rules
 * below, before a question mark or at the message's end.
 */
const CLAIM_HEARD = String.raw`(?:だ|です)?\s*(?:って|と)\s*(?:${HEARD_OR_TOLD})\s*(?:ん|の)?\s*(?:だ|です)?\s*(?:けど|けれど|けども|が)\s*[、,]?\s*(?:(?:それ|これ)\s*(?:って|は|で)?\s*)?(?:本当|ほんと|ほんとう|合って(?:る|います|ます|おります)|あって(?:る|ます)|正しい)\s*(?:です|でしょう)?\s*(?:か|の)?\s*`;

const RULES: readonly Rule[] = [
  // The older written style (文語, 候文) of a staff member of the old school, read as today's first, so that the rules
  // below read it too (probe 209: 其の内 had not pointed back, 乞フ and 候 had been searched as words, every such list 0件).
  // Historical kana in a verb's stem or ending: 願ひ, 扱ひ, 伺ひ — い; 乞ふ, 問ふ, 言ふ — う.
  [/(?<=[願扱伺思言行違])ひ/g, "い"],
  [/(?<=[乞問思言])[ふフ]/g, "う"],
  // Words written in kanji that today's writing spells in kana: 其の内, 此の内 — そのうち, このうち; 其の, 此の, 其れ, 此れ
  // — その, この, それ, これ; 何処, 何時, 何れ — どこ, いつ, いずれ; 迄 — まで; 如何 — いかが (read on below).
  [
    /([其此])の\s*内(?!容|部|訳|側|線|外|閣)/gu,
    (_, near: string) => (near === "其" ? "そのうち" : "このうち"),
  ],
  [/其(?:処|所)/g, "そこ"],
  [/此処/g, "ここ"],
  [/其(?=[のれ])/g, "そ"],
  [/此(?=[のれ])/g, "こ"],
  [/何処/g, "どこ"],
  [/何時(?!間)/g, "いつ"],
  [/何れ/g, "いずれ"],
  [/迄/g, "まで"],
  [/如何(?=\s*(?:か|[?？。]|$))/g, "いかが"],
  [/如何(?:なる|な)/g, "どんな"],
  [/悉く|尽く/g, "すべて"],
  // にて and を以て, the written で (市民課所管にて, 令和5年度を以て終了) — after a word, not inside kana (なな てん に てん).
  [/(?<=[\p{Script=Han}\p{Script=Katakana}ー\d])\s*にて(?!ん)|を\s*(?:以|もっ)て/gu, "で"],
  // A list limited to a part: 施策7-2に限り — 7-2のみ (not できる限り).
  [/(?<=[\p{Script=Han}\d])\s*に\s*限り(?!なく|ません)/gu, "のみ"],
  // A perfective said with せる (完了せるもの): した.
  [/(?<=\p{Script=Han}{2})せる(?=\s*(?:もの|事業|取組|の|は|か))/gu, "した"],
  // Whether there is: 有りや, ありや — ありますか; 無きや, なきや — ないか (相違なきや: 相違ないか).
  [/(?:有り|あり)や(?=\s*(?:[。？?]|$))/g, "ありますか"],
  [/(?:無き|なき)や(?=\s*(?:[。？?]|$))/g, "ないか"],
  // A request: 乞う, 願いたく候, 承りたし, 示されたし — 教えてください; 候 ending a sentence says nothing more.
  [/[、,]?\s*(?:御?教示)?\s*乞う(?=\s*(?:[。？?]|$))/g, "を教えてください"],
  [/(?:御?教示)?\s*願いたく\s*(?:候|存じ(?:ます|候))?(?=\s*(?:[。？?]|$))/g, "教えてください"],
  [/(?:承り|知り|伺い)たし(?=\s*(?:[。？?]|$))/g, "教えてください"],
  [/(?<=[\p{Script=Han}])され\s*たし(?=\s*(?:[。？?]|$))/gu, "してください"],
  [/(?<=[\p{Script=Han}ぁ-ん])\s*候(?=\s*(?:[。？?]|$))/gu, ""],
  // Listed: 掲載されている / 掲載されておりますか / 掲載されていない / 掲載されず — 載っている and its forms.
  [/掲載され(?=て)/g, "載っ"],
  [/掲載され(?=ず|ない|なかった)/g, "載ら"],
  [/掲載され(?=た)/g, "載っ"],
  // The department in charge: 所管課 / 所管する / 所管は — 担当. (Not the plan's own 施設所管課, the facility's.)
  [/(?<!施設)所管(?=課|部署|部局|する|している|されて|の|は|が|で|を|も|[?？]|$)/g, "担当"],
  // This chapter, this plan: 本章, 本計画 (not 基本計画).
  [/(?<![\p{Script=Han}])本(?=章|計画|プログラム)/gu, "この"],
  // The plan named by its title: (茨木市の)(第6次)総合計画, 実施計画, アクションプログラム (and this chapter of it) — this
  // plan, the only one the bot answers of (probe 122: 「総合計画のこの章って全部で何事業？」 had answered 0件).
  [
    /(?<![\p{Script=Han}])(?:茨木市\s*の?\s*)?(?:第\s*[0-9０-９一二三四五六七八九]+\s*次\s*)?(?:総合計画|実施計画|アクションプログラム)(?:\s*の\s*(?:この章|この中|中|うち))?/gu,
    "この計画",
  ],
  // The project just named: 当該事業 — その事業.
  [/当該(?=\s*(?:事業|取組|取り組み|施策|プロジェクト|課))/g, "その"],
  // Whether there is one: 事業の有無 — 事業があるか.
  [/(?<=事業|取組|取り組み)\s*の\s*有無/g, "があるか"],
  // A topic said formally before how it stands is asked: 令和7年度につきましては, 7-5に関しましては — は (probe 397: 「令和
  // 7年度につきましてはいかがでしょうか」 after a project's R6 had listed the whole plan's R7).
  [
    /(?<=[\p{L}\p{N}])\s*(?:に\s*(?:つき|関し|かんし)\s*(?:まして|て)\s*は|について\s*は)\s*(?=いかが|どう(?:です|でしょう|なって|なり|なる)|[?？])/gu,
    "は",
  ],
  // A unit's projects said formally before how they stand: DX推進チームの所管事業では(いかが) — DX推進チームでは, the unit
  // itself as a follow-up says it (probe 397 had dropped the conditions of the list before).
  [
    /(?<=[課室係班]|チーム)\s*(?:の|が)\s*(?:所管|担当)(?:する|して(?:いる|おります))?\s*(?:事業|もの)(?=\s*(?:では|は|だと|について)\s*(?:いかが|どう))/gu,
    "",
  ],
  // A start said twice in the written register, the direction then 開始: 「新規」で開始し, 新規で開始した — 始まって,
  // 始まった, as the spoken forms that already read so (probe 397: 開始 had been searched, one of two projects left out).
  [
    /(?<=新規[」』]?\s*(?:で|として)\s*)開始(?:され)?(し(?:て)?(?![たま])|した|する|され(?:た)?)/gu,
    (_: string, form: string) =>
      /^した|^された/.test(form) ? "始まった" : /^する/.test(form) ? "始まる" : "始まって",
  ],
  // How fast a budget moves, said before its verb: 少しずつ減らしていく, 徐々に増やす — the verb alone (probe 400: ちょっと
  // ずつ had cut 減らしていく from its object, 0件).
  [
    /(?:少しずつ|すこしずつ|ちょっとずつ|ちょっとづつ|少しづつ|徐々に|じょじょに|だんだん(?:と)?|段階的に)\s*(?=(?:減ら|へら|増や|ふや|広げ|ひろげ|縮め|拡大|縮小|拡充|削|けず))/gu,
    "",
  ],
  // An example asked of a kind already said: …ってたとえばどれ？, …の例えばどんなの — which of them (probe 400: たとえば had
  // kept the kind, 一時的に予算を増やしてる, from being read, 0件).
  [
    /(?:たとえば|例えば|例として)\s*(?=(?:どれ|どの|どんな|何|なに|どういう|どこ|ある|あります)|[?？。]|$)/gu,
    "",
  ],
  // How much more briefly, said before it: もっと短く, もう少し簡単に — the shape asked (probe 390: もっと had been searched,
  // 0件 and the thread lost).
  [
    /(?:もっと|もう少し|もうすこし|もうちょっと|さらに)\s*(?=(?:短く|みじかく|簡単に|かんたんに|手短に|簡潔に))/gu,
    "",
  ],
  // A count by unit asked to be set out: 施策ごとに分けて, 課ごとにまとめて, 年度別に整理して — the count by that unit (probe
  // 390: 施策ごとに分けて after a department's list had found nothing, where 施策ごとに answered).
  [
    /(施策|取組|取り組み|担当課|課|部署|年度)\s*(ごと|別|毎)\s*に\s*(?:分けて|わけて|まとめて|整理して|分類して|並べて|区切って)(?:\s*(?:ください|下さい|くれる|もらえる|ほしい|欲しい))?/gu,
    "$1$2に",
  ],
  // A year's share: R4の分, 令和5年度の分を — the year's ones (probe 398: 分 had been searched, the thread lost).
  [
    // (Only before a count by unit: 令和4年度の分も教えて asks the question before of that year, as it reads already.)
    /(?<=(?:[rRｒＲ]\s*\d{1,2}|年度|年))\s*の\s*分(?=\s*(?:を|は|で)\s*(?:施策|取組|取り組み|担当課|課|部署)\s*(?:ごと|別|毎))/gu,
    "の",
  ],
  // One side of a list said with のほう before だけ: 7-7のほうだけ, 人事課の方のみ — of that code or unit alone, as 7-7のだけ
  // says (probe 390 had listed 7-7's four, the department asked before dropped).
  [/(?<=(?:\d|[課室係班]|チーム))\s*(?:のほう|の方)\s*(?=だけ|のみ)/gu, "の"],
  // Names asked for after a narrowing: 7-2のだけ名前で, 人事課のは事業名だけで — the narrowing (probe 398 had dropped the
  // conditions of the list before, and listed 7-2's 21).
  [
    /(?<=(?:の|のは|だけ|のみ|のほう|の方))\s*[、,]?\s*(?:事業)?(?:名前|名称|事業名|名)\s*(?:だけ|のみ)?\s*で\s*(?:(?:お願い|教えて|ください)[ぁ-ゖ]*)?\s*([?？。]*)$/gu,
    "$1",
  ],
  // An order asked for the list (完了年度の早い順に並べて): no word of what is listed — see SORT_ASKED.
  [new RegExp(SORT_ASKED.source, "gu"), " "],
  // A breakdown asked alone (内訳は？, その内訳を教えて): the count by policy, as 施策ごとの件数は？ asks — of the list before
  // in a thread (probe 399 had found nothing and lost the thread).
  [
    /^(?:(?:じゃあ|では|で|あと)\s*[、,]?\s*)?(?:その|それの|これの)?\s*内訳\s*(?:は|を|って|も)?\s*(?:(?:教えて|ください|下さい|知りたい|見せて|お願い)[ぁ-ゖ]*)?\s*[?？。]*$/gu,
    "施策ごとの件数は？",
  ],
  // How many each unit holds: 各施策に事業がいくつあるか, 各課で何件 — the count by that unit (probe 399 had searched 各施策).
  [
    /各\s*(施策|取組|取り組み|担当課|課|部署)\s*(?:に|で|の|ごとに)\s*(?:事業\s*(?:が|は)?\s*)?(?:いくつ|何件|何個|どれくらい|どのくらい)(?!\s*ずつ)\s*(?:ある|あります)?\s*(?:か|の)?/gu,
    "$1ごとの事業数",
  ],
  // A year alone asked with まで at the question's end: R7まで？, いずれもR7まで？ — whether it lasts to that year, as
  // R7まで続く？ asks (probe 408: read as listed in any year to R7, a wrong はい of a project listed to R5).
  // (A year named: not 何年度まで？, which asks how far.)
  [
    /(?<=(?:[rRｒＲ]\s*\d{1,2}|(?:令和|平成)\s*\d{1,2}\s*年度?|20\d\d\s*年度?))\s*まで\s*(?=[?？]+\s*$)/gu,
    "まで続く",
  ],
  // Every one of them asked to have ended: 全部もう終わった？, どれも既に終わってる？ — 完了した, as the check reads it (probe
  // 408: もう終わった had been read as when they ended, no いいえ).
  [
    /(?<=(?:全部|ぜんぶ|すべて|全て|どれも|いずれも|両方とも|みんな)\s*)(?:もう|既に|すでに)?\s*(?:終わ|おわ)(?:った|って(?:いる|る|います|ます))/gu,
    "完了した",
  ],
  // How many, said with 何個: 施策って何個ある？ — いくつ, as the counts read it (probe 404: 0件); not 何個目 (which one).
  [/(?:何個|なんこ)(?!\s*目)/gu, "いくつ"],
  // A field's column: 内容欄, 目的欄, 担当課欄 — the field (probe 397: 欄 had been searched, the Wi-Fi projects only related).
  // (Only the fields of text: 方向性の欄に書いてある「継続」 asks how the column reads — see term-meaning.ts.)
  [/(目的|内容|事業名)\s*(?:の\s*)?(?:欄|らん|列|項目)(?=\s*(?:に|で|の中|には|にも|を|が))/gu, "$1"],
  // The unit in charge said in other words: 担当の部署, 担当部署, 所管の部署 — 担当課 (probe 400: 担当の部署がDX推進チーム had
  // read the unit as the asker's background).
  [/(?:担当|所管)\s*の?\s*(?:部署|部局|セクション|ところ)(?=\s*(?:が|は|って|の|を))/gu, "担当課"],
  // How it stands, asked: いかがでしょうか, いかがですか — どうですか.
  // After は, では, も (令和5年度の方向性はいかがでしょうか, 施策7-7ではいかがですか): the question that topic asks (は？).
  [
    /(?<=は|では|も|だと)\s*いかが(?:でしょうか|でございましょうか|ですか|でしたでしょうか|でしたか|でしょう|か)?\s*[?？。]?/g,
    "？",
  ],
  // A direction asked how it goes, politely: 令和5年度の方向性はどうなっていますか, 今後の予定はどうなっておりますでしょうか
  // — 方向性は？ (probe 153: a thread's project had been left for the whole plan's R5 list, 32 projects).
  [
    new RegExp(
      String.raw`(?<=(?:${YEAR_SAID})\s*(?:の|における|での)\s*(?:方向性|方針|予定|見通し|見込み)\s*(?:は|って))\s*どう\s*(?:なって\s*(?:い|お)(?:ます|ります)|なります|なる(?:\s*(?:の|ん))?|なって(?:い)?る(?:\s*(?:の|ん))?|です|でしょう)\s*(?:でしょう)?\s*か?\s*[?？。]?`,
      "g",
    ),
    "？",
  ],
  // How it is treated, asked of a year or a project: 「R4はどういう扱い？」「R5の扱いはどうなってる？」 — how it stands
  // (probe 180: 扱い had been searched as a word the plan lacks, and the year's direction left unsaid), with the copula
  // asking it (どういう扱いなん？, どういう扱いですか — probe 218).
  [
    /(?<=は|って)\s*(?:どういう|どのような|どんな|どう\s*いう)\s*扱い(?:\s*(?:に|と)\s*なって\s*(?:いる|る|います|おります)|\s*(?:なの|なん(?:です|でしょう)?|です|でしょう)(?:\s*か)?(?=\s*(?:[?？。]|$)))?/g,
    "どうなってる",
  ],
  [/の\s*扱い\s*(?:は|って)?\s*(?=どう|いかが)/g, "は"],
  // Which one it is, asked as what it comes to: どれになりますでしょうか, どちらになりますか, 何件になりますでしょうか —
  // どれですか (probe 457: 「最も早く完了する事業はどれになりますでしょうか」 had lost its ask, 0件).
  [
    /(どれ|どちら|どの\s*事業|何件|なんけん|いくつ|何課|どこ)\s*(?:に|と)\s*なり(?:ます|まし)?\s*(?:でしょう|でございましょう)?\s*(?:か)?(?=\s*(?:[?？。]|$))/g,
    "$1ですか",
  ],
  // (Not a greeting's いかがお過ごしでしょうか.)
  [
    /いかが(?!\s*お過)(?:でしょうか|でございましょうか|ですか|でしたでしょうか|でしたか|でしょう|か)?/g,
    "どうですか",
  ],
  // A project's sunset and start in budget terms: 終期, 始期 — 最終年度, 初年度, the year joined to it as the plain words
  // take it (R4終期の事業, 終期R4 — 最終年度がR4: probe 128 had searched 終期).
  [
    new RegExp(`(${YEAR_SAID})\\s*(?:が|を)?\\s*(終期|始期)`, "g"),
    (_, year: string, edge: string) => `${year}が${EDGE[edge]}`,
  ],
  [new RegExp(`(終期|始期)\\s*(?:が|は)?\\s*(?=${YEAR_SAID})`, "g"), (_, edge: string) => `${EDGE[edge]}が`],
  // Asked of a subject (マイナンバーカードの終期は？): its last year. (Not in a context sentence — 事業の終期を整理して
  // おります — where no year is asked.)
  [
    /(終期|始期)(?=\s*(?:は|って)\s*(?:いつ|何年度)?\s*(?:です|でしょう)?\s*か?\s*(?:[?？。]|$))/g,
    (_, edge: string) => EDGE[edge] as string,
  ],
  // Whether a thing goes on from now, asked with the plan's own word: 今後も継続しますか, 引き続き継続する予定か — 続く, as
  // 今後も続きますか is read (probe 129: 継続 had been read as the direction, 36 projects with 継続 in some year, or はい
  // though the plan ends before today). Only after a word of from-now-on, and not before the noun it describes: 令和5年度も
  // 継続する事業 is the direction, and 今後も継続する事業 lists them (review).
  [GOES_ON_WITH_KEIZOKU, goesOn],
  // Covered, said of a project or a year (…の事業って対象になってる？, R7も対象？, エアコンの改修って対象ですか): listed in the
  // plan, as 載ってる asks — not who a project is for (対象は？, 誰が対象, 対象者), which the plan records no field of
  // (probe 263: each had been answered 「計画には対象者の欄がないため…」, no はい).
  [
    /(?<=(?:って|は|も)\s*)対象\s*(?:(?:に|と)\s*なって\s*(?:い|お)?(?:る|ます)|(?:です|でしょう))?(?=\s*(?:か|の|なの|なん(?:です|でしょう)か)?\s*[?？]+\s*$)/g,
    "載ってる",
  ],
  // Outside it, asked (平和の事業は対象外？, コーチング研修は対象外ですか？): not listed, asked in the negative — はい when
  // the plan has none (probe 272: read as 以外, every other project listed). Not 臨時拡充は対象外 said as a condition.
  [
    /(?<=(?:って|は|も)\s*)対象外\s*(?:です|でしょう|なの|なん(?:です|でしょう)?|だ)?\s*(?:か|よね|ね|っけ)?(?=\s*[?？]+\s*$)/g,
    "載ってないよね",
  ],
  // Each one, written: 各々, おのおの — それぞれ (probe 267: 各々の最終記載年度 had been searched, 0件).
  [/各々|おのおの/g, "それぞれ"],
  // Ended, written with 済み before what it says of (完了済みのもの, 終了済みの事業): 完了した (probe 267: 済み had been
  // searched, the list in view answered whole). (Asked at the end — 完了済み？ — it is ENDED_ASKED's, in directions.ts.)
  [/(完了|終了)\s*済み?\s*(?:の)?(?=\s*(?:もの|事業|やつ|取組|取り組み|分))/g, "$1した"],
  // Each one counted: 各施策の事業数, 各取組の件数, 各課の件数, 各年度の数 — 施策ごとの, 課ごとの (probe 153: 各施策 had been searched, 0件).
  // Only before a count: 各事業のR6 asks each project's year, and 各課 alone names no count.
  [
    /(?<![\p{Script=Han}])各\s*(施策|取組|取り組み|担当課|課|部署|年度)\s*(?:の|で|に|ごと\s*の)?\s*(?=件数|事業数|事業件数|数|内訳|何件|いくつ)/gu,
    "$1ごとの",
  ],
  // How it stands, asked as what state it is in: 今どういう状況？, どのような状況でしょうか — どうなってる (probe 216: 状況
  // had been searched, the thread lost). Not 進捗状況 or 利用状況, a figure the plan does not record.
  [
    /(?:どういう|どのような|どんな)\s*状況\s*(?=(?:です|でしょう|なの|なん|に\s*なって)?\s*(?:か)?\s*(?:[?？。]|$))/g,
    "どうなってる",
  ],
  // How it turns out, asked in writing: どのようになりますか, どのようになっていますか — どうなりますか (probe 208: a year asked
  // of the project in view had listed the whole plan's, 32).
  [/どのように\s*(?=なり|なる|なって|なった)/g, "どう"],
  // A field asked for with お願いします (担当課もあわせてお願いいたします): asked to be told — not a greeting (probe 208: it had
  // been answered 「こんにちは。…質問をどうぞ。」, the thread lost).
  [
    /(担当課|担当部署|所管課|担当|方向性|内容|目的|概要)\s*(も|を)?\s*(?:あわせて|併せて|合わせて)?\s*お願い\s*(?:いた|致)?します/g,
    (_, field: string, particle = "を") => `${field}${particle}教えてください`,
  ],
  // A label that adds to the message before (追記: …, 【補足】…, 追伸：…): how it is sent, not what about — probe 491's
  // 「追記: 何年度から縮小か知りたいです」 had searched 追記, 0件, the thread lost.
  [
    /^\s*(?:【\s*(?:追記|補足|追伸)\s*】|[(（]\s*(?:追記|補足|追伸)\s*[)）]|(?:追記|補足|追伸)\s*[:：])\s*/u,
    "",
  ],
  // Who said what is passed on, someone of the office (課長が、…って言ってた; …って田中さんが言ってました; 部長から、…か確認
  // してって言われた): who said it, not what about — probe 492 had searched 課長 and 田中, and answered 0件 or
  // 「いいえ。『課長』は計画に出てこない語で…」 of a claim the plan holds.
  [
    new RegExp(
      String.raw`(?<=^|[。！？!?\n、,]\s*)${SPEAKER}\s*(?:が|は|も|から|より)\s*[、,]?\s*(?=[^。！？!?\n]{1,120}?(?:って|と|か)\s*(?:(?:を)?\s*(?:確認|確かめ|チェック|調べ)\s*(?:して|し)\p{Script=Hiragana}{0,6}?\s*(?:って|と)\s*)?(?:言って|言われ|いわれ|言いました|話して|おっしゃ|仰っ|聞い|伺っ|頼まれ))|(?<=(?:って|と)\s*)${SPEAKER}\s*(?:が|も|は)\s*(?=(?:言って|言いました|話して|おっしゃ|仰っ))`,
      "gu",
    ),
    "",
  ],
  // A check asked for, of the asker or passed on (…か確認して, R3って2020年度のことか確認してって言われたんですが, …か
  // 確かめてほしいと頼まれました): the thing to check asked as a question — probe 492 had listed R2's and R3's 44 with no
  // いいえ, and read 担当が情報システム課か as the unit's list.
  [
    /(?<=[^\s。、,！？!?\n])(?:か|かどうか)\s*(?:を)?\s*(?:確認|確かめ|チェック)\s*(?:して|し)\s*(?:ほしい|欲しい|もらいたい|ください|下さい|くれ(?:る|ない)?|といて|ておいて|おいて|もらえ(?:る|ます)?)?\s*(?:(?:と|って)\s*(?:言われ|いわれ|頼まれ|指示され|依頼され)\p{Script=Hiragana}{0,10}?)?\s*(?:(?:ん|の)\s*(?:です|だ)\s*)?(?:けど|けれど|が)?\s*(?:か)?\s*[。!！?？]?\s*$/u,
    "？",
  ],
  // A claim heard, asked whether it holds (…って人事課の担当って聞いたけど本当？, …3件って聞いたんですが合ってますか, …5件だと
  // 聞いたのですが合っていますか): the claim asked (…って人事課の担当？) — probe 281: the department or the count had been
  // a condition, no はい or いいえ. Asked with か and no mark, it is asked all the same (probe 492).
  [new RegExp(String.raw`${CLAIM_HEARD}(?=[?？])`, "gu"), ""],
  [new RegExp(String.raw`${CLAIM_HEARD}[。]?\s*$`, "u"), "？"],
  // A claim passed on as the whole message, with no question (R3に臨時拡充の事業は3件って言ってました, 2件って聞いてます):
  // the claim asked, as one passes on a claim to have it checked (probe 492 had shown the list, a wrong figure
  // unremarked). Not after a question of its own (…って新しくできるの？…話し合う場があるって聞いたけど: what was heard is
  // context of that question).
  [
    new RegExp(
      String.raw`^([^？?。！!\n]*?[^\s。、,！？!?\n])(?:だ|です)?\s*(?:って|と)\s*(?:${HEARD_OR_TOLD})\s*(?:ん|の)?\s*(?:だ|です)?\s*(?:けど|けれど|けども|が)?\s*[。!！]?\s*$`,
      "u",
    ),
    "$1？",
  ],
  // A unit offered as whose project it is (外壁改修工事って財産活用課の事業？, …って人事課の事業だったっけ？): its 担当, a yes or
  // a no — probe 281 had narrowed to the unit's, 0件 and no いいえ.
  [
    /(?<=って\s*[^。、？?\s]{1,24}?(?:課|室|チーム))\s*の\s*事業(?=\s*(?:だった|でした)?\s*(?:っけ|ですか|でしょうか|なの|か|だよね|ですよね)?\s*[?？]\s*$)/g,
    "の担当",
  ],
  // A topic set out with ですが (…の改修工事ですが、令和3年度は新規でよろしいでしょうか。): the subject of what follows, as
  // は sets it — probe 287 had read it as background and listed the year's 15. Only after a noun, and not of how one asks
  // (確認ですが、, 別件ですが: see NEW_SUBJECT), nor who asks (財政課の者ですが、, 人事課ですが、), nor a verb's or a state's のですが, なんですが (…と聞いていたのですが,
  // 照会への回答で必要なんですが: a story).
  [
    /(?<=[\p{Script=Han}\p{Script=Katakana}ー）)」』a-zA-Z0-9])(?<!確認|質問|相談|別件|余談|恐縮|失礼|念のため|お願い|件|者|由|次第|方|担当|課|室|チーム|部|局|係)\s*(?:の件|について|に関して|の事業|のこと)?\s*ですが\s*[、,]/gu,
    "は、",
  ],
  // A clause taken back and said again in the same message (R6で縮小、いやちがう、R4で縮小に変わった事業; 人事課の事業、
  // じゃなかった市民課の事業): what is said after it (probe 288 had kept both years, or both units). (Not a filler or an
  // apology before it — あ、違った、市民協働推進課で takes back the message before, not あ: probe 338.)
  [
    /^(?!\s*(?:あ|あっ|あー|えっと|えーと|いや|いえ|ごめん|ごめんなさい|すみません|すいません)\s*[、,])[^。？?！!\n、,]+[、,]\s*(?:(?:いや|いえ|あ|あっ|ごめん)\s*[、,]?\s*)?(?:ちがう|違う|違った|間違えた|まちがえた|間違い|じゃなかった|ではなく|でなく)\s*[、,]\s*(?=\S)|^[^。？?！!\n、,]+[、,]\s*じゃなかった\s*(?=\S)/u,
    "",
  ],
  // A field alone asked for (担当課名のみで, 課名だけ教えて): that field asked (probe 289 had searched 課名, 0件).
  [
    /(?:担当課名|所管課名|課名|担当課|所管課)\s*(?:だけ|のみ)\s*(?:で|を)?\s*(?:(?:教えて|お願い|結構|大丈夫|いい|よい|良い)[ぁ-ゖ]*)?(?=\s*[。、,！？!?\n]|\s*$)/gu,
    "担当課を教えて",
  ],
  // How a yes-or-no is to be answered (はいかいいえで, はい・いいえだけで, ある/なしで): the yes-or-no answers it
  // already first (probe 335's 「ある/なしで。」 had lost the いいえ).
  [
    /[、,。]?\s*(?:(?:はい|イエス)\s*(?:か|・|\/|or|または)\s*(?:いいえ|ノー)|(?:ある|あり|有り)\s*(?:か|・|\/|or|または)\s*(?:ない|なし|無し))\s*(?:だけ|のみ)?\s*(?:で)?\s*(?:(?:答えて|教えて|お願い|結構|いい)[ぁ-ゖ]*)?(?=\s*[。、,！？!?\n]|\s*$)/gu,
    "",
  ],
  // Where, in writing: において, に於いて — で (施策7-2において…, 令和4年度において完了する: probe 278 had searched
  // において, 0件 and a いいえ). Not における, which the plan's own names hold (庁内におけるICT基盤の充実).
  [/に\s*(?:おいて|於いて|於て)/g, "で"],
  // A direction changed into, in the written form (縮小へと変更されている, 拡充に変更された, 継続へ変更): 縮小に変わった,
  // which the change of direction reads (probe 465: 変更 had been searched, and いいえ said of a plan with one).
  [
    /(新規完了|臨時拡充|新規|継続|拡充|縮小|完了)\s*(?:へ\s*と|へ|に|と)\s*変更\s*(?:され|し|と\s*なっ|になっ)?\s*(?:て\s*(?:い|お)?(?:る|ります|ます)|た|ている|てる)?/g,
    "$1に変わった",
  ],
  // The copula at its most formal: でございます, でございますか, でございましたでしょうか — です, ですか (probe 465: 「担当課は
  // 財産活用課でございますか」 had answered はい with that unit's seven, 「令和4年度の誤りでございます」 had lost the
  // correction, 「その次の事業はどのようなものでございますか」 had repeated the project in view).
  [/でございま(?=す|し)/g, "で"],
  // Taking back what was said: 失礼いたしました, 申し訳ございません — 失礼しました, すみません.
  [/失礼(?:いた|致)しました/g, "失礼しました"],
  [/申し訳(?:ございません|ありません)(?:でした)?/g, "すみません"],
  // Directions denied in other words (probe 410): 最後まで before a denied end is the whole plan the denial holds for
  // (最後まで完了しない — 完了しない; 最後まで had been searched, 1件 of 34); a direction's plan denied (完了の予定がない,
  // 拡充する見込みはなく) — the direction denied; never anything but one (継続以外の方向性になったことが一度もない) — 継続以外が
  // 一度もない, which the rest reads; not started as new (新規で始まってない) — 新規じゃない.
  [/(?:最後|最終年度|最後の年度)\s*まで\s*(?=(?:完了|終了|終わ|おわ)(?:し|ら)?(?:ない|ません|ず))/g, ""],
  // A project's last or first year in plain words, asked (最後の年は？, 最初の年って？): 最終年度, 初年度 (probe 495: 最後 had
  // been searched, 0件, four threads of four). Not before まで: 最後の年まで続く is listed to the plan's end.
  // (Not said of a year — 「R5が最後の年になってる事業」 reads as it is.)
  [/(?:最後|最終)\s*の\s*年(?!度|ま)(?=\s*(?:は|って|[?？。]|$))/g, "最終年度"],
  [/(?:最初|一番初め|はじめ|初め)\s*の\s*年(?!度|ま)(?=\s*(?:は|って|[?？。]|$))/g, "初年度"],
  // Stopping before the plan's end (途中で止まる, 途中でなくなる, 途中で打ち切り): 最後まで続かない, as it is read — not listed in
  // the plan's last year (probe 495: 0件). Only of the projects asked for: 途中で止まる？ of one project asks yes of a
  // stop, which 続かない？ would answer the other way round.
  [
    /途中\s*で\s*(?:止ま|とま|なくな|無くな|消え|打ち切|うちき|途切|とぎ)(?:る|った|られる|られた|れる|れた|ってる|っている)(?=\s*(?:事業|もの|やつ|の\s*(?:は|って|を)|取組|取り組み))/g,
    "最後まで続かない",
  ],
  // How many years in all (全部で何年？, 合計何年載ってる？): 何年間載ってる, as it is read (probe 495: 0件).
  [
    /(?:全部|ぜんぶ|合計|トータル)\s*で?\s*(?:何|なん)\s*年(?!度)\s*(?:間)?\s*(?:載って(?:る|いる|います)|ある|あります)?/g,
    "何年間載ってる",
  ],
  [
    /(新規完了|臨時拡充|新規|継続|拡充|縮小|完了)\s*(?:の|する)?\s*(?:予定|見込み)\s*(?:が|は|も)\s*(?:ない|無い|ありません|なく|無く)/g,
    (_: string, direction: string) =>
      /^新規/.test(direction) ? `${direction}じゃない` : `${direction}しない`,
  ],
  [
    /(新規完了|臨時拡充|新規|継続|拡充|縮小|完了)\s*以外(?:\s*の\s*方向性)?\s*(?:に|と)\s*(?:なった|なってる|なっている|なっていた|された)\s*(?:こと|年度?|年)\s*(?:が|は)\s*(?:一度も|いちども|1度も|１度も)?\s*(?:ない|無い|ありません)/g,
    "$1以外が一度もない",
  ],
  [
    /新規\s*(?:で|として|に)\s*(?:始|はじ|開始)(?:まって|まってい|して|してい|されて|されてい)\s*(?:ない|ません)/g,
    "新規じゃない",
  ],
];

/** A quick test that a text may have any of the forms: most questions have none, and pay nothing more. */
const MAY_HAVE =
  /[願扱伺思言行違]ひ|[乞問思言][ふフ]|[其此迄悉候]|何処|何時|何れ|如何|尽く|にて|を\s*(?:以|もっ)て|に\s*限り|せる|[有無あな][りき]や|たし|掲載され|所管|終期|始期|(?:今後|これから|引き続き|この先|将来的?に?|以降)\s*[もは]?\s*継続|本(?:章|計画|プログラム)|総合計画|実施計画|アクションプログラム|当該|有無|いかが|失礼|申し訳|各|おのおの|済|対象|(?:方向性|方針|予定|見通し|見込み)\s*(?:は|って)\s*どう|扱い|どのように|お願い|状況|において|於|聞い|聞き|伺|言われ|言って|書いて|見た|確認|確かめ|チェック|おっしゃ|仰っ|追記|補足|追伸|って[^？?]*の\s*事業|ですが|だけ|のみ|いいえ|なし|ちがう|違|間違|まちが|じゃなかった|開始|スタート|始ま|はじま|始め|はじめ|ずつ|づつ|徐々|じょじょ|だんだん|段階的|欄|らん|列|項目|部署|部局|セクション|ところ|につき|に関し|にかんし|について|たとえば|例えば|例として|もっと|もう少し|もうすこし|もうちょっと|さらに|ごと|別|毎|分|名前|名称|名で|のほう|の方|順|内訳|何個|なんこ|まで|終わ|おわ|予定|見込み|なった|なって|された|変更|ござ|どれ|どちら|何件|いくつ|何課|どこ|最後|最終|最初|初め|全部|ぜんぶ|合計|トータル|途中|だけ|のみ/;

/** The text in plain Japanese: each written form above read as the plain one. */
export function plainJapanese(text: string): string {
  return rewritten(text, MAY_HAVE, RULES);
}
