// What a year's name means, asked by a new member of staff (probe 230): 「R3って何年のことですか？」「R3って西暦だと何年？」
// 「R4っていうのは2022年度のことですか？」「2023年度って令和何年度？」 — the fiscal year said both ways, not a list of that
// year's projects (each had listed the year's 43 or 44).
import { REIWA_OFFSET } from "../../plan/fiscal.js";
import { normalizeWidth } from "../../search/normalize.js";

const ABOUT = String.raw`\s*(?:って|とは|というのは|っていうのは|ってのは|は)\s*[、,]?\s*`;
const END = String.raw`\s*(?:の\s*こと)?\s*(?:なん|なの)?\s*(?:です|でしょう|だ)?\s*(?:か|よね|ね|っけ)?\s*[?？。]*$`;
/** Said to be checked: で合ってる？, で合っていますか, で間違いない？, でいい？ (probe 247). */
const CHECKED = String.raw`\s*(?:の\s*こと)?\s*で\s*(?:合って(?:る|いる|ます|います)|あって(?:る|いる|ます|います)|間違い(?:ない|ありません|ございません)|(?:いい|よい|良い|よろしい)(?:ん|の)?)\s*(?:です|でしょう)?\s*(?:か|よね|ね)?\s*[?？。]*$`;
const REIWA = String.raw`(?:r|令和)\s*(\d{1,2})\s*(?:年度?)?`;

/**
 * 「R3って何年？」「令和3年度は西暦だと何年？」, several years at once (R3とかR4って何年のこと？), or where the plan shows
 * them (方向性のところのR3って何年？: probe 255 had listed both years' projects). Group 1: the years.
 */
const WHICH_WESTERN = new RegExp(
  String.raw`^(?:(?:方向性|表|一覧)\s*(?:の|に)?\s*(?:ところ|欄|列)?\s*(?:の|に(?:ある|出てくる))\s*)?((?:(?:r|令和)\s*\d{1,2}\s*(?:年度?)?\s*(?:とか|と|や|、|・|,)?\s*)+)${ABOUT}(?:西暦\s*(?:だと|で|では|に\s*すると|に\s*直すと)?\s*)?(?:それぞれ\s*)?(?:何|なん)\s*年\s*(?:度)?${END}`,
  "iu",
);
const YEAR_IN_LIST = /(?:r|令和)\s*(\d{1,2})/giu;

/** 「R4っていうのは2022年度のことですか？」「R3って2021年度で合ってる？」. Groups: the era's year, the year said. */
const IS_WESTERN = new RegExp(
  String.raw`^${REIWA}${ABOUT}(20\d\d)\s*年\s*(?:度)?(?:${END}|${CHECKED})`,
  "iu",
);
/** 「2023年度って令和何年度？」「2023年度はRいくつ？」「2023年度は令和でいうと何年度？」. Group 1: the year said. */
const WHICH_REIWA = new RegExp(
  String.raw`^(20\d\d)\s*年\s*(?:度)?${ABOUT}(?:令和|r)\s*(?:で\s*(?:いう|言う|いえ|言え)\s*(?:と|ば)|だと|で\s*は|に\s*すると|に\s*直すと)?\s*[、,]?\s*(?:何|なん|いくつ)\s*(?:年\s*(?:度)?)?${END}`,
  "iu",
);

/** A fiscal year said both ways: 令和3年度（R3）は2021年度（2021年4月〜2022年3月）. */
const bothWays = (reiwa: number) => {
  const western = reiwa + REIWA_OFFSET;
  return `令和${reiwa}年度（R${reiwa}）は${western}年度（${western}年4月〜${western + 1}年3月）です。`;
};

/**
 * The answer to a question asking only what a year's name means, or null for any other question. `first` and `last` are
 * the plan's years (R3 and R7), said when the year asked lies outside them.
 */
export function yearMeaning(question: string, first: number, last: number): string | null {
  const text = normalizeWidth(question).trim();
  const outside = (reiwa: number) =>
    reiwa < first || reiwa > last ? `この計画の期間（令和${first}〜${last}年度）の外の年度です。` : "";
  const which = WHICH_WESTERN.exec(text);
  if (which) {
    const years = [...new Set([...(which[1] as string).matchAll(YEAR_IN_LIST)].map((m) => Number(m[1])))];
    return years.map((reiwa) => `${bothWays(reiwa)}${outside(reiwa)}`).join("");
  }
  const is = IS_WESTERN.exec(text);
  if (is) {
    const reiwa = Number(is[1]);
    const said = Number(is[2]);
    return `${said === reiwa + REIWA_OFFSET ? "はい" : "いいえ"}。${bothWays(reiwa)}${outside(reiwa)}`;
  }
  const reiwaOf = WHICH_REIWA.exec(text);
  if (reiwaOf) {
    const reiwa = Number(reiwaOf[1]) - REIWA_OFFSET;
    return reiwa >= 1 ? `${bothWays(reiwa)}${outside(reiwa)}` : null;
  }
  return null;
}
