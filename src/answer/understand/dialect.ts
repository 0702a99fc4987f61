// Kansai speech (関西弁): Ibaraki is in Osaka, and staff type in Slack as they speak — 〜あるん？, 〜やったっけ,
// 〜してはる, 〜せえへんの？, なんぼ, ちゃう？. Read as the common language (共通語) the rest of understanding knows:
// the forms of the dialect's grammar and its everyday words, each where it cannot be standard Japanese too.
import { rewritten } from "./util.js";

/**
 * Before a form of the copula や: a noun (kanji, katakana, Latin letters, digits), a question word in kana, or the
 * ん/の that makes a clause one.
 */
const NOUN_END = "(?<=[\\p{Script=Han}\\p{Script=Katakana}ーa-z0-9)）」』]|[んの]|どこ|いつ|どれ|なに)";
/** Where a sentence ends after a form: a question or exclamation mark, a full stop, the end (not 、: AやB、). */
const SENTENCE_END = "(?=\\s*(?:[?？。!！]|$))";

/** Each rule: what the dialect says, and the common form, in the order they apply. */
const RULES: readonly (readonly [RegExp, string])[] = [
  // The negative: せえへん / しいひん (しない), こーへん / きいひん (こない), あらへん (ない), 〜へん / 〜ひん
  // (やらへん, 書かへん, 知らへん, 行けへん) after a verb's stem, and へんかった (なかった).
  [/(?:せえ|せー|せ|しい|しー|し)(?:へん|ひん)(?=かった)/g, "しな"],
  [/(?:せえ|せー|せ|しい|しー|し)(?:へん|ひん)/g, "しない"],
  [/(?:こー|こう|けー|けえ|きい|きー)(?:へん|ひん)(?=かった)/g, "こな"],
  [/(?:こー|こう|けー|けえ|きい|きー)(?:へん|ひん)/g, "こない"],
  [/(?:あら|あれ)(?:へん|ひん)(?=かった)/g, "な"],
  [/(?:あら|あれ)(?:へん|ひん)/g, "ない"],
  [/(?:おら|おれ)(?:へん|ひん)/g, "いない"],
  // After the て of a verb, へん before an ending or a noun is the negative (載ってへん, 入ってへんよな, 完了してへんやつ,
  // 載ってへん事業): ていない. Not the particle で before へんこう (変更), nor しゅうへん (周辺, review).
  [/(?<=[っんいしきちにびみりえけせてねべめれ][てで])(?:へん|ひん)(?=かった)/g, "な"],
  [
    /(?<=[っんいしきちにびみりえけせてねべめれ][てで])(?:へん|ひん)(?=\s*(?:よ|ね|な(?=\s*(?:[?？。!！]|$))|やん|の|ん|ねん|けど|で|って|やつ|もの|もん|[?？。、,!！]|$|\p{Script=Han}|\p{Script=Katakana}))/gu,
    "ない",
  ],
  // (Not このへん, そのへん: "around here"; not たいへん; not しゅうへん, 周辺 in kana — no verb's stem ends in う.)
  [/(?<=[\p{Script=Hiragana}\p{Script=Han}])(?<![こそあどのいうゅょゃ]|たい)(?:へん|ひん)(?=かった)/gu, "な"],
  [
    /(?<=[\p{Script=Hiragana}\p{Script=Han}])(?<![こそあどのいうゅょゃ]|たい)(?:へん|ひん)(?=\s*(?:の|ん|ねん|けど|で|って|よ(?=\s*(?:[なね]|[?？。!！]|$))|やん|やつ|もの|もん|[?？。、,!！]|$)|(?<=[かさたなまらわがばぱ]へん)(?<!(?:こ|そ|あ)らへん)\s*\p{Script=Han})/gu,
    "ない",
  ],
  [/(わから|分から|知ら|しら)ん(?=\s*(?:の|けど|ねん|[?？。、,!！]|$))/g, "$1ない"],
  [/おらん(?=\s*(?:の|けど|ねん|[?？。、,!！]|$))/g, "いない"],
  // The honorific 〜はる of a colleague's doing: やってはる (やっている), してはります, しはる (する).
  [/(て|で)はり(ます|ました)/g, "$1い$2"],
  [/(て|で)はった/g, "$1いた"],
  [/(て|で)はる/g, "$1いる"],
  [/(?<![\p{Script=Han}\p{Script=Katakana}])しはる/gu, "する"],
  [/(?<![\p{Script=Han}\p{Script=Katakana}])しはった/gu, "した"],
  // The progressive said とる (やっとる, 持っとった): ている.
  [/っとった/g, "っていた"],
  [/っとる/g, "っている"],
  // After し or the い of a verb's て (拡充しとる, 書いとる, 続いとった) too, and どる after ん (進んどる: 進んでいる) — probe
  // 218: 「そのうち拡充しとるのは？」 had searched 拡充 as a word. (Not 取る after a particle: 手にとる.)
  [/(?<=[しい])とった/g, "ていた"],
  [/(?<=[しい])とる/g, "ている"],
  [/(?<=ん)どった/g, "でいた"],
  [/(?<=ん)どる/g, "でいる"],
  // ねん: the explaining ends (やってんねん, あるねん, 〜やねん).
  [/てんねん/g, "てるんだ"],
  [/でんねん/g, "でるんだ"],
  [new RegExp(`${NOUN_END}やねん`, "gu"), "なんだ"],
  // (Not らいねん, the year after, nor ねんど.)
  [/(?<=[るたいうくつぬむ])(?<!らい)ねん(?!ど)/g, "んだ"],
  // The copula や after a noun: やったっけ (だったっけ), やろか (だろうか), やけど, やから, やで, や？.
  [new RegExp(`${NOUN_END}や(?=ったっけ|った\\s*[?？]|ったか|ったよね|っけ)`, "gu"), "だ"],
  // やった ending a sentence after a noun: だった (あ、ごめん R4やった — probe 219: the correction had been lost, R4's 43
  // answered), with わ, な, ね or よ after it.
  [new RegExp(`${NOUN_END}や(?=った(?:わ|な|ね|よ)?${SENTENCE_END})`, "gu"), "だ"],
  [new RegExp(`${NOUN_END}やろ(?:か|うか)`, "gu"), "だろうか"],
  [new RegExp(`${NOUN_END}やろ(?!う)`, "gu"), "だろう"],
  [new RegExp(`${NOUN_END}や(?=けど|から|で${SENTENCE_END}|な${SENTENCE_END}|${SENTENCE_END})`, "gu"), "だ"],
  [new RegExp(`${NOUN_END}やん${SENTENCE_END}`, "gu"), "じゃん"],
  // なん？ after a noun: なの？ (人事課なん？, 完了なん？).
  [new RegExp(`${NOUN_END}なん(?=\\s*(?:[?？]|$))`, "gu"), "なの"],
  // ちゃう: 違う, and after a clause 〜んじゃない (R5で終わるんちゃう？). Not っちゃう, the casual てしまう.
  [/(?<![っ])[んの]ちゃう(?:ん|の)?(?:か)?(?=\s*(?:[?？。、,!！]|$))/g, "んじゃない"],
  [
    /(?<=[\p{Script=Han}\p{Script=Katakana}ーa-z0-9])ちゃう(?:ん|の)?(?=\s*(?:[?？。、,!！]|$))/gu,
    "じゃない",
  ],
  [/ちゃいます/g, "違います"],
  // ちゃう before やんな: not so, is it (人事課ちゃうやんな？).
  [/(?<![っ])ちゃう(?=やん(?:な|ね))/g, "じゃない"],
  // やんな / やんね: the confirming よね, after a noun だよね (人事課やんな？), after a verb or adjective よね (入ってないやんな).
  [new RegExp(`${NOUN_END}やん(?:な|ね)${SENTENCE_END}`, "gu"), "だよね"],
  [new RegExp(`(?<=[いるたうく])やん(?:な|ね)${SENTENCE_END}`, "gu"), "よね"],
  // どんなん, こんなん (どんなのある？), and the nominal のん (続くのんどれ？): の — probe 218.
  [/([どこそあ]んな)ん(?![だで])/g, "$1の"],
  [/(?<=[るたいうくつぬむ])のん(?=\s*(?:どれ|は|って|が|を|も|ある|ない|[?？。]|$))/g, "の"],
  // The nominal ん of 〜あるん？, 〜するんって: の. And before か at the end (続くんかな, やってはるんか: probe 240 — 「令和7年度
  // もやってはるんかな」 had listed the plan's 24 R7 projects, the thread's subject lost).
  [/(?<=[るたいうくつぬむ])ん(?=\s*(?:[?？]|って|は|$))/g, "の"],
  [/(?<=[るたいうくつぬむ])ん(?=\s*か(?:な|ね)?\s*(?:[?？。]|$))/g, "の"],
  // もん for もの: 新規のもんは？, そんなもんある？ (not もんだい, もんじゅ).
  [/(?<=[のいるたなん]\s*)もん(?=\s*(?:は|って|を|が|も|で|の|[?？。、,!！]|$))/g, "もの"],
  // The past of う-verbs said with うた (おうた for 遭った/会った, こうた 買った, ゆうた/言うた 言った, もろた もらった).
  [/(?<=[にと]\s*)おうた/g, "あった"],
  [/こうた(?=[人のもん]|\s*[?？。、,]|$)/g, "買った"],
  [/(?:ゆうた|言うた)/g, "言った"],
  [/もろた/g, "もらった"],
  // てしまった said てもうた / てもた / てしもた (終わってもうた, 完了してもた, 終わってしもた: probe 240).
  [
    /(?<=[てで])(?:しもう|しも|もう|も)た(?=\s*(?:[?？。、,!！]|や|ん|か|な|よ|ね|の|わ|事業|もの|もん|やつ|サービス|$))/g,
    "しまった",
  ],
  // An adjective's く dropped before なる (古なった, 高なる, 新しなった): 古くなった. (Not 重: 重なる, 重なって are the verb —
  // probe 262's 期間が重なってる had been read 重くなってる.)
  [
    /(?<!\p{Script=Han})(古|高|安|早|遅|近|遠|広|狭|長|短|強|弱|軽|多|良|悪|新し|大き|小さ|少な|忙し|難し|詳し|厳し|寂し)な(?=っ|る|り|ら)/gu,
    "$1くな",
  ],
  // Words: how many, then, so, really, very, how, good, no good, never mind.
  [/なんぼ/g, "いくつ"],
  [/ほんなら|ほな/g, "じゃあ"],
  [/ほんで/g, "それで"],
  [/せやから/g, "だから"],
  [/せやけど/g, "だけど"],
  // (本当 at the end: 縮小なってるってほんま？ — 本当に had been read as an adverb with nothing after it.)
  [/ほんま(?=\s*(?:[?？。!！]|やんな|やろ|$))/g, "本当"],
  [/ほんま(?:に)?/g, "本当に"],
  [/めっちゃ|めちゃくちゃ|めちゃめちゃ/g, "とても"],
  [/ようさん/g, "たくさん"],
  [/どない/g, "どう"],
  [/ええ(?=\s*(?:感じ|の|やつ|もの|もん|ん[?？]|か[?？]|[?？]))/g, "いい"],
  [/あかん/g, "だめ"],
  [/かまへん/g, "かまわない"],
  [/おおきに/g, "ありがとう"],
  [/(?<=[\p{Script=Hiragana}])さかい/gu, "から"],
  // Casual speech anywhere, not Kansai's alone: する contracted after a noun (完了すんの, 拡充すんだっけ — probe 411 had read
  // no narrowing), and a direction's する cut short by the IME at the end (完了す？).
  [/(?<=\p{Script=Han})すん(?=の)/gu, "する"],
  [/(?<=\p{Script=Han})すん(?=だ|です|じゃ)/gu, "するん"],
  [/(?<=新規完了|臨時拡充|継続|拡充|縮小|完了)す(?=\s*[?？]|\s*$)/g, "する"],
];

/**
 * A quick test that a text may have any of the forms: most questions have none, and pay nothing more. Each rule's
 * form must hold one of these (the table of readings in dialect.test.ts asks each rule alone).
 */
const MAY_HAVE =
  /へん|ひん|[らるたいうくつぬむ]ん|はる|はり|はった|っと|ねん|[\p{Script=Han}\p{Script=Katakana}ーa-z0-9)）」』んの]や|[しい]と[るっ]|んど[るっ]|んなん|のん|ちゃう|ちゃい|なんぼ|ほな|ほんなら|ほんで|せや|ほんま|めっちゃ|どこや|いつや|どれや|なにや|めちゃ|ようさん|どない|ええ|もん|うた|ろた|な[っるりら]|あかん|かまへん|おおきに|さかい|もた|やん|なん|(?<=\p{Script=Han})すん|(?:完了|拡充|継続|縮小)す\s*[?？]?\s*$/u;

/** The text in the common language: each Kansai form above read as the standard one. */
export function commonJapanese(text: string): string {
  return rewritten(text, MAY_HAVE, RULES);
}
