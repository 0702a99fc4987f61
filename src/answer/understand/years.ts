// Fiscal years as staff write them (令和5年度, R5, 2023年度, 来年度, 以降/まで): the patterns understand() reads them with.
import { fiscalYearOfMonth, HEISEI_TO_REIWA, REIWA_OFFSET, tokyoDate } from "../../plan/fiscal.js";
import { countOf, kanjiNumber } from "./util.js";

const KANJI_DIGITS = "〇一二三四五六七八九";
const digitsOf = (kanji: string) =>
  [...kanji].map((c) => KANJI_DIGITS.indexOf(c === "○" ? "〇" : c)).join("");
const inDigits = (kanji: string) => String(kanjiNumber(kanji));
/** Whether a text may hold a year or a chapter in kanji numerals, or 西暦: most questions pay this one test. */
const MAY_HOLD_KANJI_DATE = /[〇○一二三四五六七八九十]\s*(?:年|章)|西暦/;

/**
 * Years and the plan's chapters written in kanji numerals, in digits — 令和四年度, 平成三十年, 二〇二二年度 (each digit
 * its own), 第七章第四節, and the era's year after another (令和三年度から五年度まで, 令和三・四年度) — and 西暦 said before
 * a year: every reading of years and codes (understanding, a follow-up's year asked again, the plan's sections) reads
 * digits alone (probe 181: 「では令和四年度は」 had kept the year before, 「西暦二〇二二年度に縮小」 searched 西暦, and
 * 第七章第四節 matched 第2次 by its 第).
 * (Not 一年度 or 十年度 alone: one year, a count; and not a digit after a kanji, a word's part: 第三年度.)
 */
export function withKanjiDates(text: string): string {
  if (!MAY_HOLD_KANJI_DATE.test(text)) return text;
  return text
    .replace(/(?<![〇○一二三四五六七八九十百千])[〇○一二三四五六七八九]{4}(?=\s*年)/g, digitsOf)
    .replace(/西暦\s*(?=[\d０-９]{4}\s*年)/g, "")
    .replace(
      /(令和|平成)\s*([一二三四五六七八九十]{1,3})(?=\s*(?:年|[・、]\s*[一二三四五六七八九十]{1,3}\s*年))/g,
      (_, era: string, n: string) => `${era}${inDigits(n)}`,
    )
    .replace(
      /(?<=(?:令和|平成)\s*\d{1,2}\s*(?:年度|年)?\s*(?:から|より|〜|～|~|・|、|と|や|および|及び|または|又は)\s*)[二三四五六七八九](?=\s*年)/g,
      inDigits,
    )
    .replace(
      /第\s*([一二三四五六七八九十]{1,3})\s*章(?:(\s*第?\s*)([一二三四五六七八九十]{1,3})(?=\s*節))?/g,
      (_, chapter: string, between?: string, section?: string) =>
        `第${inDigits(chapter)}章${section === undefined ? "" : `${between}${inDigits(section)}`}`,
    );
}

/** A fiscal year in any of its forms: 令和5年度, 令和元年, 平成30年度, R5, 2023年度. */
export const ANY_YEAR = String.raw`(?:令和\s*(?:\d{1,2}|元)|平成\s*(?:\d{1,2}|元)|(?<![a-z0-9])r\s*\d{1,2}(?!\d)|(?<!\d)20\d{2})\s*(?:年度|年)?`;
/**
 * A year of the asker's own work (来年度の予算要求, 令和6年度の予算査定の参考に, 今年度の議会で, 去年度の資料には,
 * 来年度に向けて; from it on — 来年度以降の予算の見通し: probe 371 had asked R9, 0件) or a season of it (今年の夏、…苦情があり): when they ask, not
 * which projects — the plan has no budgets, council sessions or audits of its own. (Not 研修 or 会議: R6の研修 may
 * be the subject.)
 */
export const YEAR_OF_OCCASION = new RegExp(
  String.raw`(?:${ANY_YEAR}|再来年度|来年度|次年度|翌年度|今年度|本年度|昨年度|去年度|一昨年度|前年度)\s*(?:以降|以後|から)?\s*の\s*(?=予算|査定|決算|議会|監査|人事異動|異動|説明会|資料|報告書)|(?:今年|去年|昨年|来年|今年度|昨年度|来年度)\s*の?\s*(?=春|夏|秋|冬|年末|年度末|[0-9０-９]{1,2}\s*月)|(?:来年度|次年度|翌年度|今年度)\s*に\s*向け(?:て)?`,
  "gi",
);

/** A year pointed back at (その年度, 同年度, 当該年度): the one said before. */
export const THAT_YEAR = /(?:その|同|当該)\s*年度/;

/**
 * A span between two years, each in any form (令和3年度から令和5年度まで, R3〜R5, 2021-2023年度); the second may
 * be a bare number in the first one's era (令和3〜5年度); its length may follow (R3〜R5の3年間), and its 間 (R3からR5までの
 * 間に: probe 184 had searched 間, 0件).
 */
export const YEAR_SPAN = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:[~〜-]|から)\s*(${ANY_YEAR}|\d{1,2}(?:\s*年度)?(?!\s*[年ヶか箇ケ\d]))(?:\s*(?:まで(?:\s*の\s*(?:間|あいだ))?|の\s*(?:間|あいだ)|にかけて))?(?:\s*の?\s*(?:[1-5]|[一二三四五])\s*(?:年間|か年間?|ヶ年間?|カ年間?|年度間)(?:\s*(?:で|に))?)?`,
  "g",
);

/**
 * A span said to continue through (R3からR5まで継続, 令和3年度から5年度にかけて継続している, …にかけて、方向性が継続のまま:
 * probe 184): 継続 in each of its years,
 * not in some — continuing is a state held across the span, unlike 完了, which happens in one year of it.
 */
export const SPAN_CONTINUED = new RegExp(
  String.raw`${YEAR_SPAN.source}\s*[、,]?\s*(?:(?:の\s*)?方向性\s*(?:が|は|の)\s*)?(?:ずっと\s*)?(?:の\s*)?(?=[「『]?継続)`,
);

/** The Reiwa number of one year written in any form; a bare number counts in the era of `eraOf`. */
/**
 * A year said with より後 or より前 (令和4年度より後, R5よりあと, 2023年度より前): the years after it from the next (R5以降),
 * or before it up to the one before (R4まで) — より後 leaves the year itself out, as 以降 does not (probe 296: 「令和4年度
 * より後の方向性が書かれていない事業」 had been read of R4, 0件).
 */
/*
 * の後に・のあとで・の前に (R5のあとに完了する, 令和5年度の後で終わる) say the same, with a particle after them — without
 * one, 「R5の前は？」 may be the year before and 「R5の後半」 part of a year, so those are left alone (の後は and の後も
 * are the years after: じゃあR5のあとは？ — probe 419).
 */
const YEAR_BEYOND = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:より\s*(?:も\s*)?(後|あと|先|前|まえ)|の\s*(?:(後|あと)\s*(?=に|で|から|は|も)|(前|まえ)\s*(?=に|で|から)))`,
  "giu",
);
export const withYearBeyondSaid = (text: string): string =>
  text.replace(YEAR_BEYOND, (_, year: string, than?: string, after?: string, before?: string) => {
    const side = than ?? after ?? before ?? "";
    const n = reiwaOf(year.toLowerCase());
    // (Lower case, as the message is read by then.)
    return /前|まえ/.test(side) ? `r${n - 1}まで` : `r${n + 1}以降`;
  });
export function reiwaOf(expr: string, eraOf = ""): number {
  const n = expr.includes("元") ? 1 : Number(/\d+/.exec(expr)?.[0]);
  if (n >= 2000) return n - REIWA_OFFSET;
  const era = /令和|平成|r/.exec(expr)?.[0] ?? /令和|平成|r|20\d{2}/.exec(eraOf)?.[0];
  if (era === "平成") return n + HEISEI_TO_REIWA;
  if (era?.startsWith("20")) return n + 2000 - REIWA_OFFSET;
  return n;
}
/**
 * What may follow a year to make it one end of a range: 以降・以後・から (from it on), まで・以前 (up to it).
 * 「から始まる」「から新しく始まった」 name the year something starts in, and 「まで続く」 the year it lasts to: one year each.
 */
/**
 * 続く said after a year (令和6年度も続いている, 昨年度も続いてた, R6になってもまだ続いている): the project is listed that
 * year, in any direction (縮小 too) — not the direction 継続.
 */
const STILL_GOING = String.raw`(?:になっても|も|でも|にも)\s*(?:まだ\s*)?続(?:いている|いてる|いてた|いて|いた|ける|く)`;
export const RANGE_SUFFIX = String.raw`(?:\s*(?:の|に)?\s*((?:まで(?:に)?|(?:以降も|以後も)(?!\s*(?:計画\s*(?:に|で|上)?\s*)?継続))(?:計画\s*(?:に|で|上)?\s*)?(?:続(?:いています|いている|いてる|けます|ける|きます|く)?|継続(?:している|する)?|(?:方向性\s*(?:が|は)?\s*)?(?:載って|書かれて|記載されて|決まって|示されて|入って)(?:いる|る)?|(?:方向性\s*(?:が|は)?\s*)?書い(?:て(?:ある)?)?|(?:方向性\s*(?:の|が|は)?\s*)?記載(?:が|の)?(?:ある|あります)?|方向性\s*(?:が|の|は)?\s*(?:ある|あります|あり))|まで(?:は)?(?:ある|あります|あり|あって|やる|やって(?:いる|る)?)|まで(?:です|でしょう|だよね|だっけ|でしたっけ)(?=[\s?？]*(?:(?:か|よね|ね)[\s?？]*)?$)|${STILL_GOING}|以降|以後|より後|より前|から(?!\s*(?:(?:新しく|新たに)\s*)?(?:始|はじ|開始|スタート|新規))|まで|以前))?`;
/** 令和5年度, 令和5年, and 令和5 alone (令和5に完了); 年度度 is a slip of the keyboard. */
export const REIWA = new RegExp(String.raw`令和\s*(\d{1,2}|元)(?!\d)\s*(?:年度?度?)?${RANGE_SUFFIX}`, "g");
export const HEISEI = new RegExp(String.raw`平成\s*(\d{1,2}|元)(?!\d)\s*(?:年度?度?)?${RANGE_SUFFIX}`, "g");
export const R_YEAR = new RegExp(
  String.raw`(?<![a-z0-9])r\s*(\d{1,2})(?![0-9])(?:\s*年度?度?)?${RANGE_SUFFIX}`,
  "g",
);
/**
 * 2023年度, 2023年, and a bare 2021–2029 right before a particle of time (2022に完了, 2023の事業) or a direction typed on
 * to it (2021新規, 2024縮小: probe 144 had answered 0件).
 */
export const WESTERN = new RegExp(
  String.raw`(?<![\d.,/-])(?:(20\d{2})\s*年度?度?|(?<=^|[^\d])(202\d)(?![\d.,/-])(?=\s*(?:に|で|の|から|まで|以降|以前|は|も|新規|継続|拡充|臨時拡充|縮小|完了)))${RANGE_SUFFIX}`,
  "g",
);
/** The plan's first or last year (計画の最終年度に完了) — not when asked for (その事業の最終年度はいつ: a project's own). */
export const PLAN_EDGE_YEAR = new RegExp(
  `(?:計画(?:期間)?\\s*の\\s*)?(最終年度|初年度)(?!\\s*(?:は|って|が)\\s*(?:いつ|何|なん|どの|どこ))${RANGE_SUFFIX}`,
  "g",
);
/**
 * The plan's first or second half (計画の前半, 計画期間の後半, 前半に完了した; 前半（R3・R4）, its years said after it): the
 * years before the middle one, or after it — of five, R3・R4 and R6・R7 (a note-free reading the 条件 line shows; the
 * middle year of an odd span is in neither half). Not of a year (R5の後半) nor a word that holds it (前半期).
 */
export const PLAN_HALF =
  /(?:計画(?:期間)?\s*の\s*(前半|後半)|(?<![\p{Script=Han}\p{Script=Katakana}ー0-9０-９]|の)(前半|後半)(?=\s*(?:[（(]|に|で|は|も|の|まで|から|、|,)))/gu;

/**
 * A project's own edge year: 最終年度が令和5年度, 初年度はR4以降, 開始年度が2021年度; R4で記載が終わる, R4までしか載っていない;
 * denied, 初年度が令和3年度ではない / じゃない / 以外.
 */
export const OWN_EDGE =
  "最終年度|最後の年度|最終の年度|最後の年|初年度|開始年度|最初の年度|最初の年|" +
  // Of the listing (最終記載年度, 最後の記載年度, 記載の最終年度).
  "最終記載年度|最後の記載年度|記載の最終年度|最初の記載年度|初回記載年度|記載の初年度|" +
  // Said with a verb of listing: 最後に載っているのが令和6年度, 計画に初めて出てくるのが令和4年度, 最後に書かれている
  // 年度が令和4年度.
  "(?:計画\\s*(?:に|で)\\s*)?(?:最後|最初|初めて|はじめて)\\s*(?:に)?\\s*(?:載って(?:い)?る|載る|記載(?:が|の)?(?:ある|される)|書かれて(?:い)?る|出て(?:くる|きた)|出る|登場する)\\s*(?:の|年度|年)";
export const EDGE_IS_YEAR = new RegExp(
  String.raw`(${OWN_EDGE})\s*(?:が|は)\s*(${ANY_YEAR})(?:\s*(以降|以後|から|より後|まで|以前|より前))?(?:\s*(?:で|じゃ)(?:は|も)?\s*(な(?:い|く|かった)|ありません)|\s*(以外))?`,
  "g",
);
/**
 * A year that is a project's only one: R3だけ記載がある, R3にしか載っていない, 令和3年度のみ方向性がある, R3のみ記載の事業,
 * R3のみの記載の人事課の事業, 令和3年度の分しかない (probe 345: 0件).
 */
export const YEAR_ALONE_LISTED = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:の\s*(?:(?:1|一)\s*(?:年度?|か年))?\s*分|の\s*(?:1|一)\s*(?:年度?|か年))?\s*(?:に|で)?\s*(?:だけしか|のみしか|だけ|のみ|しか)\s*(?:計画\s*(?:に|で|上)?\s*)?(?:(?:の\s*)?(?:方向性|記載|記述))?\s*(?:が|は|の)?\s*(?:(?:載って|記載されて|書かれて|書いて)(?:い|お)?(?:る|ない|ます|ません)?|あ(?:る|って)|な(?:い|く)|(?<=記載|記述)(?=\s*の))`,
  "g",
);
/**
 * Two years that are a project's only ones, or a span that is: R3とR4の2年間だけの事業, R3とR4だけ載ってる, R3からR4のみ記載,
 * R5～R7だけの事業 (probe 262: read as either year, the whole plan's 44 with はい). Groups: the first year (1), how they are
 * joined (2: と or ・ two years next to each other; a span otherwise), the last year (3).
 */
export const YEARS_ALONE_LISTED = new RegExp(
  String.raw`(${ANY_YEAR})\s*(と|・|、|から|〜|～|~)\s*(${ANY_YEAR})\s*(?:まで)?\s*(?:の\s*(?:[2-5２-５]|[二三四五])\s*(?:年間|か年|年度|年)(?:分)?)?\s*(?:に|で)?\s*(?:だけしか|のみしか|だけ|のみ|しか)\s*(?:計画\s*(?:に|で|上)?\s*)?(?:(?:の\s*)?(?:方向性|記載|記述))?\s*(?:が|は|の)?\s*(?:(?:載って|記載されて|書かれて|書いて)(?:い|お)?(?:る|ない|ます|ません)?|あ(?:る|って)|な(?:い|く)|(?<=記載|記述)(?=\s*(?:の|[?？。]|$))|(?<=だけ|のみ)(?=\s*の\s*(?:事業|もの|やつ|取組|取り組み)))`,
  "g",
);
/**
 * Projects said to run up to a year, with の before them (R4までのやつ, R5までの事業): those whose listing ends then, as
 * R4で記載が終わる (its やつ may be gone, read as filler) — read only when no direction is said (R6までの拡充 is the range), and not as the end of a span (R3から
 * R4までの事業). Group: the year.
 */
export const YEAR_BOUNDED = new RegExp(
  String.raw`(?<!(?:から|〜|～|~)\s*)(${ANY_YEAR})\s*まで\s*の(?=\s*(?:事業|やつ|もの|取組|取り組み|分|は|って|が|を|で|、|,|ある|何|どれ|[?？。]|$))`,
  "g",
);
/**
 * The listing said to end in a year, the listing first: 記載がR6で終わっている, 計画上の記載が令和4年度までで終わっている
 * (that year or an earlier one), 令和5年度より前に終わっている (an earlier one). Groups: the year, the range.
 */
export const LISTING_ENDS_AT = new RegExp(
  String.raw`(?:計画\s*(?:へ|に|で|上)?\s*の\s*)?(?:記載|掲載|方向性の記載|(?:計画|事業)?期間)\s*(?:が|は)\s*(${ANY_YEAR})\s*(まで|より前|以前)?\s*(?:で|に|が)\s*(?:終わ|おわ|終了|途切れ|最後)[ぁ-ゖ]*`,
  "g",
);
/**
 * A year said to be a project's edge, the year first: R5が最終年度, R5までしか載っていない, R5で(計画の、方向性の)記載が終わる
 * (probe 337: 方向性の had left it 完了's), (R5までで:
 * that year or an earlier one; R7より前に: an earlier one — probe 197 had read 終わる as 完了; R6までで消える, 計画から外れる:
 * the same, probe 220; R4で計画期間が終わる, the project's period — probe 306 had lost the year), R4になって初めて計画に出てくる, and in everyday words R5が最後の事業, R5で最後になる, R4が
 * 最初 (groups: the year, OWN_EDGE's word, まで, まで of 消える, a listing that starts then, a first time, 最後/最初).
 */
export const YEAR_IS_EDGE = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:(?:が|を)\s*(${OWN_EDGE})|(?:まで|で)しか\s*(?:計画\s*(?:に|で|上)?\s*)?(?:載って|記載されて|書かれて|記載が|載ってい|ない)(?:い)?(?:る|ない|ません)?|(まで|より前|以前)?\s*(?:で|に|を最後に)\s*(?:(?:計画|方向性)\s*(?:の|での|上の|への)\s*)?(?:記載|掲載|(?:計画|事業)?期間)\s*(?:が|は)?\s*(?:終わ|おわ|終了|途切れ)[ぁ-ゖ]*|(まで)\s*で\s*(?:計画\s*(?:から|より)\s*)?(?:消え|外れ|なくな|無くな|載らなくな)[ぁ-ゖ]*|を最後に(?:\s*(?:計画\s*(?:から|に)?)?\s*(?:消え|なくな|無くな|外れ|載らなくな|終わ|おわ)[ぁ-ゖ]*)?|(?:から|より)\s*(?:計画\s*(?:に|で|の|での|上の|への)?\s*)?((?:記載|掲載)\s*(?:が|は)?\s*(?:始ま|はじま)|載り(?:始め|はじめ)|書かれ(?:始め|はじめ)|登場)[ぁ-ゖ]*|(?:に\s*なって|で|に)\s*((?:初めて|はじめて)\s*(?:計画\s*(?:に|で|上)?\s*)?(?:出て|載|登場|記載され|書かれ)[ぁ-ゖ]*)|(?:が|で)\s*(最後|最初)(?=\s*(?:の|に|と|で|だ|$))(?:\s*(?:に|と)\s*(?:なる|なった|なって(?:いる|る)?))?)`,
  "g",
);
export const PLAN_PERIOD = /計画期間(?:中|内|の間|全体)?|計画の期間(?:中|内)?/g;
/**
 * A project's first or last year, as asked of it (最終年度, 開始年度; of the listing, 最終記載年度 — probe 267): see
 * SUBJECT_EDGE_ASKED and follow-up.ts.
 */
export const EDGE_WORD =
  "最終記載年度|最後の記載年度|記載の最終年度|最初の記載年度|初回記載年度|記載の初年度|最終年度|最後の年度|終了年度|終わりの年度|初年度|最初の年度|開始年度|始まりの年度";
/** Whether an EDGE_WORD is the last year's (最終年度, 終了年度), not the first's. */
export const isLastEdge = (edge: string): boolean => /最終|最後|終/.test(edge);

/**
 * A subject's own first or last year asked (マイナンバーカードの最終年度は？, Wi-Fi事業の開始年度はいつですか, …の終期は): when
 * it is listed from or until — read as 〜はいつまで／いつから (probe 128: the plan's last year had been read, 0件), and so
 * when asked for with を (それぞれの担当課と、計画上の最終年度を教えてください: probe 184, R7's projects). Not of
 * the plan (計画の最終年度は, この章の初年度).
 */
export const SUBJECT_EDGE_ASKED = new RegExp(
  String.raw`(?<=[\p{Script=Han}\p{Script=Katakana}ーa-zA-Z0-9）」』])(?<!計画|計画期間|期間|この章|本章|章|プログラム|プラン)(?<!(?:^|[\s、。,]|その|この|各)事業)\s*の\s*(${EDGE_WORD})\s*(?:(?:は|って)\s*(?:いつ|何年度|なに|何)?\s*(?:です|でしょう)?\s*か?(?=\s*(?:[?？。]|$))|(?:を|も)(?=\s*(?:教え|お教え|ご教示|知りたい|示して|お示し|確認|伺|お願い|一覧)))`,
  "gu",
);
/** See SUBJECT_EDGE_ASKED. */
export const subjectEdgeAsWhen = (said: string, edge: string): string =>
  `${isLastEdge(edge) ? "はいつまで" : "はいつから"}${/[をも]$/.test(said) ? "か、" : ""}`;

/** The plan's edge said in words (計画期間の最後まで, 計画の始め): read as 計画の最終年度, 計画の初年度. */
export const PLAN_EDGE_SAID = /計画(?:期間)?の\s*(最後|終わり|おわり|最初|始め|はじめ)(?:の年度|の年)?/g;
export const planEdgeYear = (_: string, edge: string) =>
  /最後|終わり|おわり/.test(edge) ? "計画の最終年度" : "計画の初年度";
/** Ending part-way (途中で終わる, 計画の途中で完了): within the plan's period. */
export const PART_WAY = /(?:計画(?:期間)?の\s*)?途中で(?=\s*(?:完了|終了|終わ|おわ|打ち切|やめ|止め))/g;
/**
 * The year a message stands at, for its relative years: 令和5年の秋の時点で, R5時点では, 2023年度から見て. Only when
 * a relative year follows (the year is then no condition of its own).
 */
export const STANDPOINT = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:の\s*[^\s、。,の]{1,4}\s*)?(?:の\s*)?(?:時点\s*(?:で(?:は)?|の|から)|から見(?:て|ると)|を基準に(?:して)?)\s*[、,]?(?=[^。]*(?:再来年|一昨年|おととし|今年|本年度|来年|次年度|翌年度|昨年|前年度|去年|[1-5１-５一二三四五]\s*年度?\s*[前後]))`,
  "g",
);
/** Relative years, each with 続く said after it (STILL_GOING: 昨年度も続いてた), as after a year written out. */
const relative = (words: string) => new RegExp(`(?:${words})(?:\\s*${STILL_GOING})?`, "g");

/**
 * A count of years before or after today (2年前, 3年後, ２年度前) — not a count after a year named (令和3年度の2年後:
 * OFFSET_OF_NAMED), a duration (3年間), a year's own number (令和5年前, 十二年前) nor moving a date (1年前倒し). Group 1:
 * the count; 2: 前 or 後.
 */
const YEARS_AWAY = String.raw`(?<![0-9０-９十百令和成rRｒＲ])([1-5１-５一二三四五])\s*年度?\s*(前|後)(?!半|倒|ろ倒)`;

/**
 * ことし, this year in kana — not こと then a form of する (どういうことしてる, そんなことした, 同じことします: probe 139
 * had read 「DX推進チームってどういうことしてるところ？」 as of 令和8年度, and answered that the unit had no projects).
 */
export const KOTOSHI = "ことし(?!て|た|ます|ません|ない|なかった|なきゃ|なけれ|よう|ちゃ|か|とる|とん)";

/** Relative years by the years they lie from today. */
const RELATIVE_WORDS: readonly [string, number][] = [
  ["再来年度|再来年", 2],
  ["一昨年度|一昨年|おととし", -2],
  // (今 alone only when it asks how a project stands now: 「今どうなってる？」 — not 今後, 今回.)
  // (Nor of several — それぞれ今どうなってる？ asks how each stands, as それぞれどうなってる？ does, not of today's year —
  // nor of what was just answered, pointed at: それって今どうなってます？ after a department's list (probe 122 had read
  // 令和8年度 as a condition, and answered that the plan has none) — nor of projects named as such: 人事課の事業って
  // 今どうなってる？, マイナンバーのやつは今どうなってる？ ask how they stand, each.)
  [
    `今年度|本年度|今年|${KOTOSHI}|(?<!(?:それぞれ|各々|全部|ぜんぶ|両方|どれも|それら|それ|これ|あれ|そっち|こっち|事業|取組|取り組み|もの|やつ)\\s*(?:は|って)?\\s*)(?:いま|今)(?=\\s*(?:は|って)?\\s*どう\\s*(?:なって|なる|なっ))`,
    0,
  ],
  ["来年度|来年", 1],
  ["昨年度|前年度|去年度|去年|昨年", -1],
];

/**
 * The year after, said with no year before it (翌年度に完了する事業): next year — read late, once a change of
 * direction (拡充の翌年度に継続) or a year named before it (R3に新規で、翌年度に完了) has taken its own.
 */
export const NEXT_YEAR_ALONE: RegExp = relative("翌年度|次年度");

/** A relative year as said (去年度, 2年前, 翌年度), for what reads a message's year without the clock. */
export const RELATIVE_YEAR_SAID = `(?:${[...RELATIVE_WORDS.map(([words]) => words), "翌年度|次年度|次の年度", YEARS_AWAY.replace(/\((?!\?)/g, "(?:")].join("|")})`;

/** Every relative year, each word list its own group, then YEARS_AWAY's two: the words alone, not 続く after them. */
const RELATIVE_WORD = new RegExp(
  [...RELATIVE_WORDS.map(([words]) => `(${words})`), YEARS_AWAY].join("|"),
  "g",
);

/**
 * Relative years written as the years they are, counted from `current` (a fiscal year: today's, or the one the
 * message stands at): 一昨年度 → r6, 2年前 → r6 in 令和8年度. Read so before anything else reads years, a relative
 * year is a year like any other — 「一昨年度で記載が終わった」「去年度以降」 read as 「令和6年度で…」「令和7年度以降」
 * do; they had been read apart, as a year alone (probe 95).
 */
export function relativeYearsWritten(text: string, current: number): string {
  return text.replace(RELATIVE_WORD, (...m: (string | undefined)[]) => {
    const words = RELATIVE_WORDS.findIndex((_, i) => m[i + 1] !== undefined);
    const [count, side] = [m[RELATIVE_WORDS.length + 1], m[RELATIVE_WORDS.length + 2]];
    const offset =
      words >= 0
        ? (RELATIVE_WORDS[words]?.[1] ?? 0)
        : (side === "前" ? -1 : 1) * countOf((count ?? "0").normalize("NFKC"));
    // (Spaced off what was typed before it: 「ICT来年度に」 is ICT and a year, not ictr9.)
    return ` r${current + offset - REIWA_OFFSET}`;
  });
}

/** Words that say the same thing again in other words: つまり, すなわち, 要するに, 言い換えると. */
const GLOSS = "(?:つまり|すなわち|即ち|要するに|言い換えると|言い換えれば)";

/**
 * A relative year glossed by the year it means (来年度のR5予算, 今年度（令和5年度）, 一昨年度、すなわち令和6年度): the year written is the one
 * asked, and the relative word, which the clock may read otherwise, is dropped.
 */
export const RELATIVE_GLOSSED = new RegExp(
  String.raw`(?:再来年度|一昨年度|今年度|本年度|来年度|次年度|翌年度|昨年度|前年度|去年度)\s*(?:(?:の|[（(=＝]|、)\s*(?:${GLOSS}\s*[、,]?\s*)?|${GLOSS}\s*[、,]?\s*)(?=${ANY_YEAR})`,
  "g",
);

/**
 * A year said again in the other calendar (2022年度、つまりR4に; 令和4年度すなわち2022年度): one year, the second as
 * written — read as two, the direction asked of it had been lost (probe 124: 「2022年度、つまりR4に拡充の事業は何件か」
 * had counted 43).
 */
export const YEAR_GLOSSED = new RegExp(
  String.raw`${ANY_YEAR}\s*[、,]?\s*${GLOSS}\s*[、,]?\s*(?=${ANY_YEAR})`,
  "g",
);

/**
 * A year written in both calendars, as council papers write it: 2022（令和4）年度, 令和4(2022)年度. One year, the era's with
 * its 年度 — apart, 年度 had been searched as a word and two projects that say 令和4年度 counted (probe 124).
 */
export const BOTH_CALENDARS =
  /(?<!\d)20\d{2}\s*\(\s*((?:令和|平成|r)\s*(?:\d{1,2}|元))\s*(?:年度|年)?\s*\)\s*(年度|年)|((?:令和|平成|r)\s*(?:\d{1,2}|元))\s*\(\s*20\d{2}\s*(?:年度|年)?\s*\)\s*(年度|年)/g;

/**
 * The year after one just named (R3に新規で、翌年度に完了): counted from that year, not from today — not before a year
 * written out (翌年の令和4年度), nor after a year one stands at (2024年度から見て翌年度, see STANDPOINT).
 * Group 1: the year named; 2: what lies between.
 */
export const NEXT_OF_NAMED = new RegExp(
  String.raw`(${ANY_YEAR})((?:(?!から見て|時点|現在)[^。！？!?\n]){0,30}?)(?:その)?(?:翌年度|翌年|次の年度?|次年度)(?!\s*の?\s*(?:令和|平成|r\s*\d|20\d{2}))`,
  "g",
);
export const nextOfNamed = (_: string, year: string, between: string) =>
  `${year}${between}r${reiwaOf(year) + 1}`;

/**
 * The year after, in a follow-up read on a line after the question it narrows (令和3年度に臨時拡充の事業は何件？ /
 * そのうち翌年度も臨時拡充のものは？): counted from the one year the lines before named, not from today (probe 167: had
 * read 令和9年度, 17 projects for 1). Only of a line that names no year itself, after lines that name one.
 */
export function nextOfLineBefore(text: string): string {
  const lines = text.split("\n");
  const last = lines.at(-1) ?? "";
  if (lines.length < 2 || !NEXT_SAID.test(last) || ANY_YEAR_IN_LINE.test(last)) return text;
  const named = new Set(
    lines.slice(0, -1).flatMap((line) => [...line.matchAll(ANY_YEAR_ALL)].map((m) => reiwaOf(m[0]))),
  );
  if (named.size !== 1) return text;
  const year = [...named][0] as number;
  return [...lines.slice(0, -1), last.replace(NEXT_SAID_ALL, `r${year + 1}`)].join("\n");
}
const NEXT_SAID = /(?:その)?(?:翌年度|翌年|次の年度|次年度)(?!\s*の?\s*(?:令和|平成|r\s*\d|20\d{2}))/;
const NEXT_SAID_ALL = new RegExp(NEXT_SAID.source, "g");
const ANY_YEAR_IN_LINE = new RegExp(ANY_YEAR);
const ANY_YEAR_ALL = new RegExp(ANY_YEAR, "g");

/**
 * A year counted from a year named just before it with の (令和4年度の翌年度, 令和6年度の前年度, 令和3年度の2年後): the
 * named year is only where the count starts — the year meant is the one counted to.
 */
export const OFFSET_OF_NAMED = new RegExp(
  String.raw`(${ANY_YEAR})\s*の\s*(?:(翌年度?|次の年度?|次年度)|(前年度?|前の年度?)|([1-4一二三四])\s*年(?:度)?\s*(後|前))`,
  "g",
);
export const offsetOfNamed = (
  _: string,
  year: string,
  next?: string,
  previous?: string,
  count?: string,
  side?: string,
) => {
  const by = next ? 1 : previous ? -1 : (side === "前" ? -1 : 1) * countOf(count ?? "0");
  return `r${reiwaOf(year) + by}`;
};
/** The plan's N-th year (計画の3年目, 2年目): its first year and N − 1. */
export const PLAN_NTH_YEAR = /(?:計画(?:期間)?の\s*)?([1-5一二三四五])\s*年目/g;
export const planNthYear = (first: number) => (_: string, count: string) => `r${first + countOf(count) - 1}`;

/**
 * A day or an hour (今日, 来週, 3時, 4月1日): what the plan, a table of fiscal years, cannot say. In kana only as a word
 * of its own — not inside a run of kana (しみんきょうどうすいしんか is 市民協働推進課, probe 116).
 */
export const DAY_LEVEL =
  /今日|(?<!\p{Script=Hiragana})(?:きょう|あした|あさって|きのう)(?=[はのにもがまで、。,？?!！\s]|$|\p{Script=Han}|\p{Script=Katakana})|明日|明後日|昨日|今朝|今夜|今晩|今週|来週|先週|午前|午後|\d{1,2}\s*時|\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/**
 * A day said of the asker's own occasion, not asked of the plan: 来週の市長の地域懇談会で, 明日の会議に向けて, 今週の
 * 打ち合わせ用に, 明日までに, 今日中に — not 今週中に完了する, a day asked of the plan (review). Probe 129: 「来週の市長の地域懇談会で
 * 外国人向けの取組を教えて」 had answered that the plan knows no days, with no search.
 */
const DAY_OF_OCCASION = new RegExp(
  String.raw`(?:${DAY_LEVEL.source})(?:(\s*の\s*[^、。,？?！!\n]{0,20}?)(?:会議|懇談会|説明会|打ち合わせ|打合せ|ヒアリング|議会|委員会|協議会|勉強会|研修|面談|ミーティング|mtg|会|発表|報告|資料)\s*(?=で|に|まで|用|向け|の準備|の資料|のため|から)|\s*(?:までに?|中に|中で)(?!\s*(?:完了|終了|終わ|実施|開始|始ま|拡充|縮小|新規|継続)))`,
  "gu",
);

/** The text without the asker's own occasion and its day (see DAY_OF_OCCASION): they name no subject of the plan. */
export const withoutDayOfOccasion = (text: string): string =>
  // (A subject said of the occasion stays — 明日のマイナンバーカードの説明会で, its の before the occasion; a compound
  // naming it goes — 課長会議, 地域懇談会: review.)
  text.replace(DAY_OF_OCCASION, (_, between?: string) =>
    between !== undefined && /の\s*$/.test(between) ? ` ${between.replace(/^\s*の\s*/, "")} ` : " ",
  );

/** Whether a clause asks a day or an hour of the plan (see DAY_LEVEL), a day of the asker's own occasion aside. */
export const asksADay = (clause: string): boolean => DAY_LEVEL.test(withoutDayOfOccasion(clause));

export const reiwaNumber = (s: string) => (s === "元" ? 1 : Number(s));

/**
 * A month of a calendar year (令和5年3月, 2023年3月末) as the fiscal year it falls in: January to March belong to the
 * year before (令和5年3月 is 令和4年度). 年度末 is its fiscal year (令和4年度末までに: up to 令和4年度).
 */
const MONTH_OF_YEAR =
  /(?:令和\s*(\d{1,2}|元)|(20\d{2}))\s*年\s*(\d{1,2})\s*月\s*(?:末|中|頃|ごろ|上旬|中旬|下旬)?/g;

/** A calendar year: 令和5年, 2023年 (not 年度). Groups: the era's number (1) or the western year (2). */
const CALENDAR_YEAR = String.raw`(?:令和\s*(\d{1,2}|元)|(20\d{2}))\s*年(?!\s*度)`;
/** 令和5年 or 2023年, as the western year. */
const westernOf = (reiwa: string | undefined, western: string | undefined) =>
  reiwa !== undefined ? reiwaNumber(reiwa) + REIWA_OFFSET : Number(western);
/** The 令和 number of the fiscal year a month of a (western) calendar year falls in. */
const fiscalReiwaOf = (year: number, month: number) => fiscalYearOfMonth(year, month) - REIWA_OFFSET;
/** A calendar year said with の before its month (2023年の3月) or its fiscal year's end (2023年の年度末). */
const YEAR_OF_MONTH = new RegExp(String.raw`${CALENDAR_YEAR}\s*の\s*(?=\d{1,2}\s*月)`, "g");
const YEAR_OF_ITS_END = new RegExp(String.raw`${CALENDAR_YEAR}\s*の\s*(?=年度末)`, "g");

/**
 * A span of months (2022年7月〜9月, 2023年1〜3月, 2021年10月から2022年3月まで): the fiscal years its two ends fall in —
 * read month by month, 〜9月 had been a year (令和4〜9年度, probe 117).
 */
const MONTH_SPAN = new RegExp(
  String.raw`${CALENDAR_YEAR}\s*の?\s*(\d{1,2})\s*(?:月)?\s*(?:[~〜ー－-]|から)\s*(?:${CALENDAR_YEAR}\s*の?\s*)?(\d{1,2})\s*月(?:\s*(?:末|中))?(?:\s*(?:まで|の間|にかけて))?`,
  "g",
);

/** A season or a point of a calendar year, as a month of it: 秋 is October, 年明け January (of that year). */
const SEASON_MONTHS: Readonly<Record<string, number>> = {
  春: 4,
  夏: 7,
  秋: 10,
  冬: 12,
  年末: 12,
  暮れ: 12,
  年明け: 1,
  年始: 1,
};
const SEASON_OF_YEAR = new RegExp(
  String.raw`${CALENDAR_YEAR}\s*の?\s*(春|夏|秋|冬|年末|暮れ|年明け|年始)(?:\s*(?:ごろ|頃|先|の間|中))?`,
  "g",
);

/**
 * A part of a year — a half, a quarter, its start (令和4年度の上半期, 2022年の第3四半期, R4のQ3, 2021年度の年度初め,
 * 2023年上半期): the fiscal year it is part of. The plan has only whole years; a quarter is the fiscal year's
 * (第1四半期 is April to June), as municipal accounts count them.
 */
const PART_OF_YEAR =
  /(令和\s*(?:\d{1,2}|元)|20\d{2}|(?<![a-z0-9])r\s*\d{1,2})\s*(?:年度|年)?\s*の?\s*(?:上半期|下半期|上期|下期|前半|後半|前期|後期|第\s*[1-4１-４一二三四]\s*四半期|(?<![a-z])q\s*[1-4](?![0-9])|年度初め|年度始め|年度当初|年度の初め|年度の始め|(?<=(?:年度|(?<![a-z0-9])r\s*\d{1,2})\s*の?\s*)(?:春|夏|秋|冬|年末|年明け))/gi;

/**
 * What follows a date said of a direction or the listing: 時点, 以降 or まで at once (去年の3月時点, 来年の1月ごろまで), or a
 * direction's verb within a few characters (去年の3月で終わった, 去年の春から縮小, 来月から始まる) — not a から of someone
 * (去年の3月に市民から苦情が, review).
 */
const DIRECTION_SAID_OF_IT = String.raw`\s*(?:末|中|ごろ|頃|上旬|中旬|下旬)?\s*(?:の\s*)?(?:時点|以降|まで)|[^、,。？?]{0,8}?(?:完了|終わ|終了|始ま|開始|スタート|縮小|拡充|新規|継続|続|載|動い|やって)`;

/** Relative calendar years (去年の3月, 今年の春, 再来年の1月): counted from the calendar year of today. */
const RELATIVE_CALENDAR: Readonly<Record<string, number>> = {
  一昨年: -2,
  おととし: -2,
  去年: -1,
  昨年: -1,
  今年: 0,
  本年: 0,
  来年: 1,
  再来年: 2,
};
/**
 * Said before a month or a season that a direction, a listing or a span is said of (去年の3月で終わった, 去年の春から
 * 縮小, 来年の1月ごろまで続く) — not the occasion of the ask (今年の夏、窓口が…, 昨年の秋に説明会があった研修).
 */
const RELATIVE_CALENDAR_YEAR = new RegExp(
  String.raw`(一昨年|おととし|去年|昨年|今年|本年|再来年|来年)(?!度)\s*の?\s*(?=(?:\d{1,2}\s*月|春|夏|秋|冬|年末|暮れ|年明け|年始|今ごろ|今頃)${DIRECTION_SAID_OF_IT})`,
  "g",
);
/**
 * This month, last month, next month (来月から始まる事業), said of a direction as above — not when something happened
 * (先月に市民から問い合わせがあった); and this time of a year (去年の今ごろ).
 */
const RELATIVE_MONTH = new RegExp(
  String.raw`(先月|今月|来月)(?=${DIRECTION_SAID_OF_IT})|(\d{4})\s*年\s*の?\s*(?:今ごろ|今頃|この時期)`,
  "g",
);

/**
 * Calendar dates as staff in accounts say them — 2023年の3月, 令和5年の秋, 2022年7月〜9月, 去年の3月, 来月, 2023年上半期,
 * 第3四半期 — as the fiscal years the plan lists (probe 117); then each month of a year as its fiscal year.
 */
export function calendarAsFiscalYears(text: string, now: Date): string {
  const { year: thisYear, month: thisMonth } = tokyoDate(now);
  return datesAsFiscalYears(
    text
      .replace(RELATIVE_CALENDAR_YEAR, (_, said: string) => `${thisYear + (RELATIVE_CALENDAR[said] ?? 0)}年`)
      .replace(RELATIVE_MONTH, (_, relative: string | undefined, year: string | undefined) => {
        if (year !== undefined) return `${year}年${thisMonth}月`;
        const shift = relative === "先月" ? -1 : relative === "来月" ? 1 : 0;
        const at = new Date(Date.UTC(thisYear, thisMonth - 1 + shift, 1));
        return `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月`;
      }),
  );
}

/** The same of dates written out (2023年の3月, 令和5年の秋, 2022年7月〜9月, 上半期), with no clock. Pure. */
export function datesAsFiscalYears(text: string): string {
  const read = text
    .replace(MONTH_SPAN, (said, r1, w1, m1: string, r2, w2, m2: string) => {
      const from = westernOf(r1, w1);
      const to = r2 !== undefined || w2 !== undefined ? westernOf(r2, w2) : from;
      const [a, b] = [Number(m1), Number(m2)];
      if (a < 1 || a > 12 || b < 1 || b > 12) return said;
      const first = fiscalReiwaOf(from, a);
      // (9月〜3月 of one year said runs into the next: 2022年10月〜3月 ends in 2023.)
      const last = fiscalReiwaOf(r2 === undefined && w2 === undefined && b < a ? to + 1 : to, b);
      return first === last ? `令和${first}年度` : `令和${first}年度から令和${last}年度まで`;
    })
    .replace(SEASON_OF_YEAR, (said, reiwa, western, season: string) => {
      const month = SEASON_MONTHS[season];
      return month === undefined ? said : `${westernOf(reiwa, western)}年${month}月`;
    })
    .replace(
      PART_OF_YEAR,
      (_, year: string) => `${year.replace(/\s+/g, "")}${/^r/i.test(year) ? "" : "年度"}`,
    )
    // 2023年の3月: the month of that year (with の, the month had been dropped and 2023 read as a fiscal year).
    .replace(YEAR_OF_MONTH, (said) => said.replace(/\s*の\s*$/u, ""))
    // 2023年の年度末: that fiscal year's end.
    .replace(YEAR_OF_ITS_END, (said) => said.replace(/年\s*の\s*$/u, ""));
  return monthsAsFiscalYears(read);
}

function monthsAsFiscalYears(text: string): string {
  return text
    .replace(MONTH_OF_YEAR, (said, reiwa: string | undefined, western: string | undefined, month: string) => {
      const m = Number(month);
      if (m < 1 || m > 12) return said;
      return `令和${fiscalReiwaOf(westernOf(reiwa, western), m)}年度`;
    })
    .replace(/年度末/g, "年度");
}
