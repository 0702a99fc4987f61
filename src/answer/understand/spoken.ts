// Numbers said aloud: a voice input writes the years, codes and places staff speak in kana (れいわごねんど,
// ななのよんのに, じゅうななばん, にせんにじゅういち年度, アールよん). Read as the digits they say, and only where a number
// is expected — に, ご and し are also a particle, a prefix and a verb.
import { foldKana } from "../../search/normalize.js";

/** The kana of the digits one to nine, each with the number it says; the longer reading first. */
const DIGITS: readonly [string, number][] = [
  ["いち", 1],
  ["さん", 3],
  ["よん", 4],
  ["ろく", 6],
  ["なな", 7],
  ["しち", 7],
  ["はち", 8],
  ["きゅう", 9],
  ["に", 2],
  ["ご", 5],
];
const DIGIT = DIGITS.map(([kana]) => kana).join("|");
/** The same, with よ: 4 as a count of years says it (よねん, よねんど). */
const YEAR_DIGIT = `${DIGIT}|よ`;
/** One to ninety-nine in kana: じゅうなな, にじゅういち, ご. Groups: tens' digit (1), ten (2), ones (3). */
const NUMBER = `(?:(${DIGIT})?(じゅう))?(${DIGIT})?`;
const YEAR_NUMBER = `(?:(${DIGIT})?(じゅう))?(${YEAR_DIGIT})?`;

const digitOf = (kana: string | undefined): number =>
  kana === "よ" ? 4 : (DIGITS.find(([k]) => k === kana)?.[1] ?? 0);

/** The number the kana of NUMBER's groups say, or null when they say none. */
function numberOf(
  tens: string | undefined,
  ten: string | undefined,
  ones: string | undefined,
): number | null {
  if (ten === undefined && ones === undefined) return null;
  return (ten === undefined ? 0 : (tens === undefined ? 1 : digitOf(tens)) * 10) + digitOf(ones);
}

/** れいわごねんど, 令和じゅう年: the era's year. */
const ERA_YEAR = new RegExp(`(令和|平成|れいわ|へいせい)\\s*${YEAR_NUMBER}\\s*(?=年|ねん)`, "g");
/**
 * れいわなな, 令和ろく: the era's year said without 年, before what a year is followed by (じゃなくて, で, の, は, から,
 * まで …) or the end (probe 149: 「れいわななじゃなくてれいわろくだった」). Not に alone: れいわに is 令和に.
 */
const ERA_YEAR_ALONE = new RegExp(
  `(令和|れいわ)\\s*${YEAR_NUMBER}(?=\\s*(?:じゃ|で|だ|の|は|から|まで|って|[^\\u3041-\\u3096\\s]|$))`,
  "g",
);
/** にせんにじゅういちねんど: a year of the western calendar, 2000 to 2099. */
const WESTERN_YEAR = new RegExp(`にせん${YEAR_NUMBER}\\s*(?=年|ねん)`, "g");
/** じゅうななばん, さんばんめ: a place in a list (not いちばん, "most"). */
const PLACE = new RegExp(`${NUMBER}\\s*(?:ばん|番)(め|目)?`, "g");
/** PLACE not after な (なにばんめ is no な + 2番目 — review). */
const PLACE_ALONE = new RegExp(`(?<!な)${PLACE.source}`, "g");
/** What may follow a number said in kana: no more kana of a word, but a particle (の, は, って, から …) may. */
const AFTER_NUMBER = "(?=[^\\u3041-\\u3096]|$|[のはをでがともへや]|って|から|まで|に(?![ゃゅょ]))";
/** A part of a code said aloud after the chapter: a digit, or a project's number to ninety-nine (じゅうよん). */
const CODE_PART = `(?:${DIGIT})?じゅう(?:${DIGIT})?|${DIGIT}`;
/** What is said between a code's parts: の, a hyphen, or the dot a voice input writes as てん or 点. */
const CODE_SEPARATOR = "の|-|ー|てん|点";
/**
 * ななにのじゅうなな, ななにの事業: a chapter and a policy said with no の between them (probe 149), before the の of the
 * rest of a code or of what it asks for. At a run's start or after filler (えーと), where no word ends in the digit.
 */
const RUN_TOGETHER = new RegExp(
  `(?<=^|[^\\u3041-\\u3096]|えーと|えっと|あの)(${DIGIT})(${DIGIT})(?=\\s*(?:の|てん|点)\\s*(?:${CODE_PART}|事業|取組|取り組み|施策))`,
  "g",
);
/**
 * ななのよんのに, なな-に, ななのにのじゅうよん, なな てん よん: a code, when its first number is a chapter of the plan
 * (checked where it is read). After filler too (えっとななのよんのに).
 */
const CODE = new RegExp(
  `(${DIGIT})((?:\\s*(?:${CODE_SEPARATOR})\\s*(?:${CODE_PART})){1,2})${AFTER_NUMBER}`,
  "g",
);
/**
 * なな の に の はち から じゅう まで: a run of one policy's projects said aloud, written as 7-2の8から10まで is. Groups: the
 * chapter, the policy, the first and the last number.
 */
const CODE_RUN = new RegExp(
  `(${DIGIT})\\s*(?:${CODE_SEPARATOR})\\s*(${DIGIT})\\s*(?:${CODE_SEPARATOR})\\s*(${CODE_PART})\\s*から\\s*(${CODE_PART})\\s*(?=まで)`,
  "g",
);
/** A number said aloud, the whole of it (see NUMBER). */
const WHOLE_NUMBER = new RegExp(`^${NUMBER}$`);
const numberSaid = (kana: string): number | null => {
  const m = WHOLE_NUMBER.exec(kana);
  return m ? numberOf(m[1], m[2], m[3]) : null;
};
/** What stands between a CODE's parts, spaces with it: where its rest is split into the numbers said. */
const BETWEEN_PARTS = new RegExp(`\\s*(?:${CODE_SEPARATOR})\\s*`);
/** アール4, アールよん, あーるご: the R of R4 (lower-case, as the width-folded question has it). */
const LETTER_R = new RegExp(`(?:アール|あーる)\\s*(?:(\\d)|(${DIGIT}))`, "g");
/**
 * ごねんど, よねんど: a year said without its era — the plan's era, 令和 (probe 149). At the start, after a character not
 * hiragana, a particle or a filler (市民課のごねんどの事業, えーとごねんど, R3からごねんどまで); not inside other kana,
 * where に, ご and よ end or start another word (れいわごねんど is ERA_YEAR's).
 */
const BARE_YEAR = new RegExp(
  `(?<=^|[^\\u3041-\\u3096]|[のにでがはもとを]|から|まで|なくて|えーと|えっと|あの|じゃあ)${YEAR_NUMBER}\\s*(?=ねんど)`,
  "g",
);

/** Latin letters by their katakana names, as a voice input writes an acronym (ディーエックス, アイシーティー). */
const LETTER_NAMES: Record<string, string> = {
  エー: "A",
  ビー: "B",
  シー: "C",
  ディー: "D",
  イー: "E",
  エフ: "F",
  ジー: "G",
  エイチ: "H",
  アイ: "I",
  ジェー: "J",
  ケー: "K",
  エル: "L",
  エム: "M",
  エヌ: "N",
  オー: "O",
  ピー: "P",
  キュー: "Q",
  アール: "R",
  エス: "S",
  ティー: "T",
  ユー: "U",
  ブイ: "V",
  ダブリュー: "W",
  エックス: "X",
  ワイ: "Y",
  ゼット: "Z",
};
const LETTER_NAME = Object.keys(LETTER_NAMES)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** A whole katakana word that is two letter names or more and nothing else (not ケース, not アイデア). */
const ACRONYM = new RegExp(
  `(?<![\\p{Script=Katakana}ー])(?:${LETTER_NAME}){2,}(?![\\p{Script=Katakana}ー])`,
  "gu",
);

/** ひとつめ, ふたつめ …: a place counted with つ, in kana. */
const COUNTED_PLACES: Record<string, number> = {
  ひとつ: 1,
  ふたつ: 2,
  みっつ: 3,
  よっつ: 4,
  いつつ: 5,
  むっつ: 6,
  ななつ: 7,
  やっつ: 8,
  ここのつ: 9,
};
const COUNTED_PLACE = new RegExp(
  `(${Object.keys(COUNTED_PLACES).join("|")})\\s*め(?=\\s*(?:の|は|って|を|が|[?？、,]|$))`,
  "g",
);

/**
 * A place in a list typed in kana or half in kana, as a follow-up picks it (2ばんめのは？, にばんめ, ふたつめのやつ,
 * いちばんうえ, いちばんしたの): written as its digits and 番目, 一番上 (probe 127: each had answered 0件, and every turn
 * after it). いちばん alone is "most" and stays.
 */
export function spokenPlaces(text: string): string {
  if (!/[\u3041-\u3096]/.test(text)) return text;
  return text
    .replace(/(\d{1,2})\s*ばん\s*め/g, "$1番目")
    .replace(PLACE_ALONE, (whole, tens?: string, ten?: string, ones?: string, ordinal?: string) => {
      const n = numberOf(tens, ten, ones);
      if (n === null || ordinal === undefined) return whole;
      return `${n}番目`;
    })
    .replace(COUNTED_PLACE, (_, kana: string) => `${COUNTED_PLACES[kana]}つ目`)
    .replace(
      /(?:いちばん|一番)\s*(?:(うえ)(?=\s*(?:の|に|から|[?？]|$))|した(?=\s*(?:の\s*(?:やつ|事業|じぎょう|もの|ほう|方)|から|[?？]|$)))/g,
      (_, up?: string) => (up !== undefined ? "一番上" : "一番下"),
    );
}

/** The same letter names in hiragana, as typed with the IME left unconverted (でぃーえっくす, えるいーでぃー). */
const HIRAGANA_LETTERS = new Map(
  Object.entries(LETTER_NAMES).map(([kana, letter]) => [foldKana(kana), letter]),
);
const HIRAGANA_LETTER_NAME = [...HIRAGANA_LETTERS.keys()].sort((a, b) => b.length - a.length).join("|");
/**
 * Two letter names or more at the start of a run of hiragana, or after a particle (しょうめいのえるいーでぃー,
 * でぃーえっくすすいしんちーむ, でぃーぶいのそうだん): an acronym spelled in kana (probe 127: each had answered 0件).
 */
const HIRAGANA_ACRONYM = new RegExp(
  `(?<=^|[^\\u3041-\\u3096ー]|[のはをがともでにへや])(?:${HIRAGANA_LETTER_NAME}){2,}`,
  "gu",
);

/** What a letter's name in hiragana has: ー (でぃー), or it is one of those without (えす, えぬ, あい, ぶい …). */
const HIRAGANA_LETTER_HINT = /[\u3041-\u3096]ー|え(?:す|ぬ|む|ふ|る|っくす|いち)|あい|ぶい|わい|ぜっと/u;

/**
 * `text` with the numbers a voice input spelled in kana written in digits, where a year, code or place is said, and
 * an acronym spelled by its letters' names written in letters (ディーエックス推進チーム: DX推進チーム; in hiragana, one of
 * `acronyms`, the plan's own).
 */
export function spokenNumbers(
  text: string,
  chapters: ReadonlySet<string>,
  acronyms: ReadonlySet<string> = new Set(),
): string {
  const lettered = /[\u30a1-\u30fa]/.test(text)
    ? text.replace(ACRONYM, (word) =>
        [...word.matchAll(new RegExp(LETTER_NAME, "g"))].map((m) => LETTER_NAMES[m[0]]).join(""),
      )
    : text;
  // (Cheaply first: a letter's name in hiragana has ー, or is one of those without it — えすえぬえす: probe 300.)
  const spelled = HIRAGANA_LETTER_HINT.test(lettered)
    ? lettered.replace(HIRAGANA_ACRONYM, (word) => {
        const letters = [...word.matchAll(new RegExp(HIRAGANA_LETTER_NAME, "g"))]
          .map((m) => HIRAGANA_LETTERS.get(m[0]))
          .join("");
        // (In hiragana, only an acronym the plan has: わいわい and いーじーに are words, not YY or EG — review.)
        return acronyms.has(letters) ? letters : word;
      })
    : lettered;
  return spokenDigits(spelled, chapters);
}

/** The first kanji of a year said from this one (今年度, 来年度), by its reading; 去年度 is said for 昨年度. */
const RELATIVE_YEAR_IN_KANA: Record<string, string> = {
  いっさく: "一昨",
  さらい: "再来",
  こん: "今",
  ほん: "本",
  らい: "来",
  さく: "昨",
  きょ: "昨",
  よく: "翌",
};

/**
 * The words of years a voice input or an IME leaves in kana, in kanji: the eras (れいわ), a year said from this one
 * (こんねんど, らいねんど, きょねんど: probes 148, 149) and ねんど.
 */
export function yearWordsInKanji(text: string): string {
  return text
    .replace(/れいわ/g, "令和")
    .replace(/へいせい/g, "平成")
    .replace(
      // (Longest first: いっさくねんど is 一昨年度, さらいねんど 再来年度 — review.)
      /(いっさく|さらい|こん|ほん|らい|さく|きょ|よく)ねんど/g,
      (_, said: string) => `${RELATIVE_YEAR_IN_KANA[said]}年度`,
    )
    .replace(/ねんど/g, "年度");
}

/**
 * The years a text says aloud (れいわごねんど, ごねんど, あーるご, れいわなな, らいねんど) as written: 令和5年度, 5年度, r5,
 * 令和7, 来年度.
 */
export function yearsSaidInDigits(text: string): string {
  return /[\u3041-\u3096]/.test(text) ? yearWordsInKanji(spokenYears(text)) : text;
}

function spokenYears(text: string): string {
  return text
    .replace(ERA_YEAR, (whole, era: string, tens?: string, ten?: string, ones?: string) => {
      const n = numberOf(tens, ten, ones);
      return n === null ? whole : `${era}${n}`;
    })
    .replace(ERA_YEAR_ALONE, (whole, era: string, tens?: string, ten?: string, ones?: string) => {
      const n = numberOf(tens, ten, ones);
      return n === null || (ten === undefined && ones === "に") ? whole : `${era}${n}`;
    })
    .replace(WESTERN_YEAR, (whole, tens?: string, ten?: string, ones?: string) => {
      const n = numberOf(tens, ten, ones);
      return n === null ? whole : String(2000 + n);
    })
    .replace(BARE_YEAR, (whole, tens?: string, ten?: string, ones?: string) => {
      const n = numberOf(tens, ten, ones);
      return n === null ? whole : `令和${n}`;
    })
    .replace(LETTER_R, (_, digit?: string, kana?: string) => `r${digit ?? digitOf(kana)}`);
}

function spokenDigits(text: string, chapters: ReadonlySet<string>): string {
  if (!/[\u3041-\u3096]/.test(text) && !text.includes("アール")) return text;
  return spokenYears(text)
    .replace(PLACE, (whole, tens?: string, ten?: string, ones?: string, ordinal?: string) => {
      const n = numberOf(tens, ten, ones);
      // (いちばん alone is "most": 一番多い.)
      if (n === null || (n === 1 && ten === undefined && ordinal === undefined)) return whole;
      return `${n}番${ordinal === undefined ? "" : "目"}`;
    })
    .replace(RUN_TOGETHER, (whole, first: string, policy: string) =>
      chapters.has(String(digitOf(first))) ? `${first}の${policy}` : whole,
    )
    .replace(CODE_RUN, (whole, first: string, policy: string, from: string, to: string) => {
      const chapter = String(digitOf(first));
      const [low, high] = [numberSaid(from), numberSaid(to)];
      return chapters.has(chapter) && low !== null && high !== null
        ? `${chapter}-${digitOf(policy)}の${low}から${high}`
        : whole;
    })
    .replace(CODE, (whole, first: string, rest: string) => {
      const chapter = String(digitOf(first));
      if (!chapters.has(chapter)) return whole;
      const parts = rest.trim().split(BETWEEN_PARTS).filter(Boolean).map(numberSaid);
      return parts.every((n) => n !== null) ? [chapter, ...parts].join("-") : whole;
    });
}

/**
 * 載って typed in kana after a particle (計画にのってますか, 平和の事業はのってる？, R7までのってる): 載って (probes 116,
 * 127: R7までのってるじぎょう had answered all 44 projects).
 */
// (Or straight after a noun, its particle dropped as one types fast: 核兵器廃絶の事業のってる？ — probe 279 had searched
// のってる. Not after kana: やってるのって… is の and って.)
export const LISTED_IN_KANA =
  /(?<=(?:[にはもが]|まで|から|って|[\p{Script=Han}\p{Script=Katakana}ー]|[a-z0-9])\s*)のって(?=\s*(?:い|お)?(?:る|ます|ない|ません))/giu;

/**
 * A budget said to be given a project in a year (R5も予算つく？, 令和6年度も予算ついてますか): a budget analyst's way of
 * asking whether the project goes on that year — the plan records no amounts, but whether the year lists it (probe 174:
 * 予算 had been set aside and the ask left with no いいえ). As 載ってる, in the register it was asked in.
 */
export const BUDGETED_IN_YEAR =
  /(?<=(?:[rRｒＲ]\s*\d{1,2}|年度?|\d{4})\s*(?:も|は|に|で|にも|でも)?\s*)(?:の\s*)?予算\s*(?:が|は|って)?\s*(?:つ|付)(?:く|いて(?:い)?る|いた|きます|いています)/g;
/** BUDGETED_IN_YEAR's verb as 載って's, polite or not. */
export const asListed = (said: string): string => (/ます$/.test(said) ? "載っています" : "載ってる");

/**
 * 続く typed in kana (R7までつづく, まだつづいてる): 続 (probe 127: そのうちR7までつづくのは？ had kept both projects) —
 * not てつづき, 手続, nor つづけて, "next" (review). Nor with the common slip of ず for づ (R7までつずく？ — probe 279 had
 * searched ずく, the thread lost).
 */
export const GOES_ON_IN_KANA = /(?<!て)つ[づず](?=[かきくこい]|け(?!て))/g;

/**
 * Not having to go to the city's offices (役所に来なくても, 窓口に行かなくていいように, 市役所に何度も来ずに): what the
 * plan calls online (「行かなくてもいい市役所」のオンライン化) — a resident comes (来る) where staff are and goes (行く) from
 * home, the same visit. Read as オンラインで, the plan's word: 役所 and 窓口 alone are the city itself, and the verb no word
 * of a subject (probe 142: 「役所に来なくても申請できる」 had searched 申請 alone and answered the counter's tablet).
 */
export function visitSpared(text: string): string {
  return text.replace(VISIT_SPARED, "オンライン手続きで");
}
// (Not when another place serves instead: 本庁に来なくても支所で, 市役所に行かなくてもコミセンで — review.)
const VISIT_SPARED =
  /(?:市役所|役所|区役所|支所|庁舎|本庁|窓口)\s*(?:に|へ|まで)\s*(?:(?:何度も|なんども|何回も|わざわざ|直接|いちいち)\s*)?(?:行か|いか|来|こ|出向か|足を運ば|出かけ)(?:なくても|なくて\s*(?:も\s*)?(?:いい|よい|良い|済む|すむ)|ずに|ずとも|ないで(?!\s*(?:ください|下さい|くれ|ほしい|欲しい)))(?:\s*(?:いい|よい|良い|済む|すむ))?(?:\s*(?:ように|よう))?\s*(?![^。？?！!\n]*?(?:支所|出張所|コミセン|コミュニティセンター|センター|公民館|図書館|郵便局|コンビニ|電話|郵送)\s*(?:で|から|に))/gu;
