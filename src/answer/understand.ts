// Query understanding: finds the structured parts of a question (plan codes, fiscal years, directions,
// departments) with plain text rules, so that such questions are answered exactly and without waiting
// for the morphological dictionary. Whatever is left decides whether a free-text search is needed.
import { fiscalYearOf, HEISEI_TO_REIWA, yearKeyOfFiscalYear } from "../plan/fiscal.js";
import { DIRECTION_WORDS, type Direction, type YearKey } from "../plan/schema.js";
import { normalizeWidth } from "../search/normalize.js";
import type { Catalog } from "./catalog.js";
import { askingClause, askLast, pointsBack, stripRegister } from "./register.js";

/** Questions longer than this are cut before analysis (and the answer says so). */
export const MAX_QUESTION_CHARS = 200;

export type CodeRef =
  | { kind: "chapter"; code: string }
  | { kind: "policy"; code: string }
  | { kind: "initiative"; code: string }
  | { kind: "project"; code: string; no: number };

export interface Understanding {
  /** The question as asked, trimmed and cut to MAX_QUESTION_CHARS. */
  question: string;
  truncated: boolean;
  help: boolean;
  codes: CodeRef[];
  years: YearKey[];
  /** Directions a question asks for, already widened (完了 → 完了 and 新規完了); empty when none. */
  directions: Direction[];
  departments: string[];
  /** Departments named to be left out (財産活用課以外, 市民協働推進課を除く). */
  excludedDepartments: string[];
  /** Policies and initiatives named to be left out (施策7-2以外, 7-4-2を除く). */
  excludedCodes: string[];
  /** Subjects named to be left out (マイナンバー以外, Wi-Fiを除く): the projects about them are not answers. */
  excludedSubjects: string[];
  /**
   * Directions a project must not have (「R4に完了しない」「終わらない事業」), already widened: in the years
   * asked, or in any year when none is.
   */
  absentDirections: Direction[];
  /**
   * Directions in given years that must all hold (「令和3年度に始まって令和4年度に終わった」): each year with its
   * own direction — or, with `holds` false, without it (「R4で完了するもの以外」「R5に記載がない」, every direction).
   * Empty unless the question pairs two years or more with directions.
   */
  conditions: { year: YearKey; directions: Direction[]; holds: boolean }[];
  /**
   * A project's own first or last listed year (「最終年度が令和5年度の事業」「令和4年度が初年度の事業」) — not
   * the plan's, which 最終年度 alone means (「最終年度の令和7年度まで続く」).
   */
  ownYears: { edge: "first" | "last"; year: YearKey }[];
  /**
   * Departments the ask names that the plan does not have (広報課, 総務課): none of the plan's projects is
   * theirs, so whatever a search finds for the words is only related.
   */
  unknownDepartments: string[];
  /** Department names mistyped and read as the plan's (財政活用課 → 財産活用課, 情報システム科 → 情報システム課). */
  slips: Slip[];
  /** The question names a day or an hour: the plan knows only fiscal years. */
  dayLevel: boolean;
  /**
   * The directions must hold in every year a project lists (or every year asked), not in some: 継続しかない,
   * ずっと継続, 継続のみの事業 (a direction named alone with no year).
   */
  throughout: boolean;
  /** The question asks for every project (事業の一覧, 全部で何件) and names nothing to narrow them by. */
  everything: boolean;
  /** The question with its structured parts removed: what a free-text search should look for. */
  freeText: string;
  hasFreeText: boolean;
  /** Only a greeting or set phrases (お疲れ様です): nothing was asked yet. */
  greetingOnly: boolean;
  /** Written in another language (three Latin words or more, no Japanese): the bot reads Japanese. */
  notJapanese: boolean;
}

/** A fiscal year in any of its forms: 令和5年度, 令和元年, 平成30年度, R5, 2023年度. */
const ANY_YEAR = String.raw`(?:令和\s*(?:\d{1,2}|元)|平成\s*(?:\d{1,2}|元)|(?<![a-z0-9])r\s*\d{1,2}(?!\d)|(?<!\d)20\d{2})\s*(?:年度|年)?`;
/**
 * A span between two years, each in any form (令和3年度から令和5年度まで, R3〜R5, 2021-2023年度); the second may
 * be a bare number in the first one's era (令和3〜5年度).
 */
const YEAR_SPAN = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:[~〜-]|から)\s*(${ANY_YEAR}|\d{1,2}(?:\s*年度)?(?!\s*[年ヶか箇ケ\d]))(?:\s*(?:まで|の間|にかけて))?`,
  "g",
);

/** The Reiwa number of one year written in any form; a bare number counts in the era of `eraOf`. */
function reiwaOf(expr: string, eraOf = ""): number {
  const n = expr.includes("元") ? 1 : Number(/\d+/.exec(expr)?.[0]);
  if (n >= 2000) return n - 2018;
  const era = /令和|平成|r/.exec(expr)?.[0] ?? /令和|平成|r|20\d{2}/.exec(eraOf)?.[0];
  if (era === "平成") return n + HEISEI_TO_REIWA;
  if (era?.startsWith("20")) return n + 2000 - 2018;
  return n;
}
/**
 * What may follow a year to make it one end of a range: 以降・以後・から (from it on), まで・以前 (up to it).
 * 「から始まる」 names the year something starts in, and 「まで続く」 the year it lasts to: one year each.
 */
const RANGE_SUFFIX = String.raw`(?:\s*(?:の|に)?\s*((?:まで(?:に)?|以降も|以後も)(?:続(?:いている|いてる|ける|く)?|継続(?:している|する)?)|以降|以後|より後|から(?!始|はじ|開始|スタート|新規)|まで|以前))?`;
const REIWA = new RegExp(String.raw`令和\s*(\d{1,2}|元)\s*年度?${RANGE_SUFFIX}`, "g");
const HEISEI = new RegExp(String.raw`平成\s*(\d{1,2}|元)\s*年度?${RANGE_SUFFIX}`, "g");
const R_YEAR = new RegExp(String.raw`(?<![a-z0-9])r\s*(\d{1,2})(?:\s*年度)?(?![0-9])${RANGE_SUFFIX}`, "g");
const WESTERN = new RegExp(String.raw`(?<!\d)(20\d{2})\s*年度?${RANGE_SUFFIX}`, "g");
const PLAN_EDGE_YEAR = new RegExp(`(?:計画の)?(最終年度|初年度)${RANGE_SUFFIX}`, "g");
/** A project's own edge year: 最終年度が令和5年度, 初年度はR4, 開始年度が2021年度. */
const OWN_EDGE = "最終年度|最後の年度|最終の年度|初年度|開始年度|最初の年度";
const EDGE_IS_YEAR = new RegExp(String.raw`(${OWN_EDGE})\s*(?:が|は)\s*(${ANY_YEAR})`, "g");
const YEAR_IS_EDGE = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:(?:が|を)\s*(${OWN_EDGE})|(?:まで|で)しか\s*(?:載って|記載されて|書かれて|記載が|載ってい|ない))`,
  "g",
);
const PLAN_PERIOD = /計画期間(?:中|内|の間|全体)?|計画の期間(?:中|内)?/g;
const RELATIVE: readonly [RegExp, number][] = [
  [/再来年度|再来年/g, 2],
  [/一昨年度|一昨年|おととし/g, -2],
  [/今年度|本年度|今年|ことし/g, 0],
  [/来年度|次年度|翌年度|来年/g, 1],
  [/昨年度|前年度|去年|昨年/g, -1],
];

/** Direction words, longest first; each widens to every direction containing it. */
const DIRECTION_PATTERNS: readonly [RegExp, Direction][] = [
  [/新規完了/g, "新規完了"],
  [/臨時拡充|(?:一時的|臨時的)に(?:拡充|拡大)/g, "臨時拡充"],
  // Verbs with their past and て forms (終わった, 始めて, 続いている): what is left must not look like a subject.
  [
    /完了|終了|(?:終わ|おわ)(?:る|り|った|って)|終え(?:る|た|て)|廃止|(?:やめ|止め)(?:る|た|て)|打ち切(?:る|り|った|って)|おしまい/g,
    "完了",
  ],
  [
    /新しい事業|新たな事業|新しく|新たに|新規|(?:始ま|はじま)(?:る|った|って)|(?:始め|はじめ)(?:る|た|て)|開始|スタート|立ち上げ(?:る|た|て)?/g,
    "新規",
  ],
  [/拡充|拡大|(?:広|拡)げ(?:る|た|て)|増や(?:す|した|して)/g, "拡充"],
  [/縮小|縮減|減ら(?:す|した|して|される|された)|縮め(?:る|た|て)|小さく(?:する|した|して)/g, "縮小"],
  [/継続|引き続き|続(?:く|いた|いて|ける|けた|けて|け)/g, "継続"],
];

const DAY_LEVEL =
  /今日|きょう|明日|あした|明後日|あさって|昨日|きのう|今朝|今夜|今晩|今週|来週|先週|午前|午後|\d{1,2}\s*時|\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** Words that frame a structured question without adding a subject: removed before deciding on free text. */
const FRAME_WORDS = [
  "担当している",
  "担当する",
  "担当の",
  "担当は",
  "担当",
  "所管する",
  "所管",
  "実施する",
  "実施される",
  "予定の",
  "まで",
  "から",
  "以降",
  "予定",
  "事業等",
  "方向性",
  "方向",
  "仕事",
  "担当者",
  "やってる",
  "やる",
  "やっている",
  "持ってる",
  "持っている",
  "事業",
  "施策",
  "取組",
  "取り組み",
  "一覧",
  "リスト",
  "何件",
  "件数",
  "いくつ",
  "幾つ",
  "何個",
  "全部",
  "すべて",
  "全て",
  "教えて",
  "ください",
  "下さい",
  "について",
  "ですか",
  "ますか",
  "です",
  "ます",
  "している",
  "ている",
  "ていた",
  "いる",
  "られる",
  "れる",
  "される",
  "された",
  "した",
  "して",
  "する",
  "になる",
  "なる",
  "もの",
  "どれ",
  "何",
  "なに",
  "ある",
  "年度",
  "no",
  "番",
  "課",
  // Words that frame a question about a set: 〜って何がある, 〜のうち, 〜に含まれる, どんな〜.
  "って",
  "のうち",
  "うち",
  "の中で",
  "中で",
  // Verbs that ask for a list or say where a project sits: 挙げてください, 位置づけられている.
  "挙げて",
  "位置づけられている",
  "位置付けられている",
  // The plan itself as the place asked about: この章の事業, 計画全体で何件.
  "この章",
  "本章",
  "この計画",
  "計画全体",
  "全体",
  "全部で",
  "どんな",
  "どういう",
  "どの",
  "含まれている",
  "含まれる",
  "含む",
  "入っている",
  "入ってる",
  // 市民課さんの事業, 市民課関連の事業, 7-4の事業の数.
  "さん",
  "関連の",
  "関連",
  "関係の",
  "関係",
  "の数",
  "数",
  // Informal and polite forms around a set question: 縮小してる, ありますか, 年度中に, 人事課の分だけで大丈夫です.
  "してる",
  "してます",
  "しています",
  "してた",
  "ありますでしょうか",
  "なりますでしょうか",
  "でしょうか",
  "ありますか",
  "あります",
  "あり",
  "があった",
  "していく",
  "のまま",
  "まま",
  "されたことがある",
  "したことがある",
  "ことがある",
  "見せて",
  "あった",
  // 〜って他にもある？: the asker knows some and asks for the rest, which is every one.
  "他にも",
  "ほかにも",
  "他に",
  "ほかに",
  // 全事業リスト, 規模を縮める: the whole list, and the word a direction's paraphrase carries.
  "全事業",
  // Casual requests: ちょっと教えて, 一覧ちょうだい, 〜のやつ.
  "ちょっと",
  "ちょうだい",
  "頂戴",
  "のやつ",
  "やつ",
  "規模を",
  "規模",
  "もう",
  "年度中",
  "中に",
  "の分",
  "だけで",
  "だけ",
  "大丈夫です",
  "大丈夫",
  "お願いします",
  "お願い",
  "の者です",
  "の者",
  "ですが",
  "うちの課",
  "うちの",
  "確認したい",
  "確認",
  "になっている",
  "になってる",
  "なっている",
  "なってる",
];
const FRAME = new RegExp(
  FRAME_WORDS.sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|"),
  "g",
);
/** What follows a department's stem when the question means the unit: 人事の事業, 人事が担当. */
const UNIT_FOLLOWS =
  /^\s*(?:の事業|が担当|の担当|担当|が所管|の仕事|が(?:やって|持って|実施)|で(?:やって|担当))/;
const PARTICLE_CHARS = "がのにはをでとへもやか";
const PARTICLES = new RegExp(`[${PARTICLE_CHARS}]`, "g");
const LOOSE_ENDS = new RegExp(
  `^[\\s\\p{P}\\p{S}${PARTICLE_CHARS}]+|[\\s\\p{P}\\p{S}${PARTICLE_CHARS}]+$`,
  "gu",
);

/** Free text as it can be quoted back to the asker: no particle or punctuation at its ends (の概要 → 概要). */
export function quotable(freeText: string): string {
  return freeText.replace(LOOSE_ENDS, "");
}
/** A unit's name as staff shorten it: kanji, katakana or Latin letters, then the unit suffix. */
const SHORT_UNIT = /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・]{2,})(課|室|チーム|係|班)/gu;

/** The directions' own names as one alternation, longest first (新規完了 before 新規). */
const DIRECTION_NAMES = [...DIRECTION_WORDS].sort((a, b) => b.length - a.length).join("|");
/** The words that leave a name out: 以外, を除く, は除いて (a direction also by 除外, 含まない). */
const LEAVING_OUT = "以外|除く|除いた|除いて|除き|抜き|のぞく|のぞいた|のぞいて|のぞき";
/** A direction named to be left out: （臨時拡充は除く）, 新規完了を除いて, 継続以外. */
const EXCLUDED_DIRECTION = new RegExp(
  `[（(「]?(${DIRECTION_NAMES})[」]?(?:は|を)?(?:${LEAVING_OUT}|除外|含まない|含めない|含めず)[)）]?`,
  "g",
);
/** A direction denied by the verb: 完了しない, 縮小されない, 新規ではない, 終わらない, 続かなかった. */
const NEGATED_DIRECTION = new RegExp(
  String.raw`(?:(${DIRECTION_NAMES})\s*(?:し|され|になら|とはなら|となら|では|じゃ|でも?)|(終わら|おわら|続か|始まら|はじまら))(?:ない|なかった|ません)|(${DIRECTION_NAMES})\s*でも(?=[^。]*でも(?:ない|なく))`,
  "g",
);
/** The asker's own unit: 当課, うちのチーム, 弊課, 自分の課. */
const OWN_UNIT = /当(?:課|チーム|係|室)|うちの(?:課|チーム|係|室)|弊課|自課|自分の課|私の課|わたしの課|本課/g;

/**
 * 「人権・男女共生課の佐藤です。…当課の事業で…」: 当課 is the department the asker named before it (in a
 * self-introduction, which is then dropped as who asks). With none named before, 当課 is left as it is.
 */
function ownUnit(text: string, catalog: Catalog): string {
  const at = text.search(OWN_UNIT);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const named = catalog.departments
    .map((d) => ({ d, where: Math.max(...d.fullForms.map((f) => before.lastIndexOf(f))) }))
    .filter((x) => x.where >= 0)
    .sort((x, y) => y.where - x.where)[0];
  return named ? text.replace(OWN_UNIT, named.d.name) : text;
}

/** Whether code `d` lies inside code `c`: 7-2-4 in 7-2, 7-2 in 7, 7-2 No.9 in 7-2 and in 7. */
function inside(d: CodeRef, c: CodeRef): boolean {
  if (c.kind === "project") return false;
  if (d.kind === "project") return d.code === c.code || d.code.startsWith(`${c.code}-`);
  return d.code.startsWith(`${c.code}-`);
}

/** A subject, then what leaves it out: マイナンバー以外, Wi-Fiを除く. */
const EXCLUDED_SUBJECT = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・\-]{2,})\s*(?:を|は)?(?:${LEAVING_OUT})`,
  "gu",
);
/** The verbs of a direction, by their first two characters in the negative form. */
const NEGATED_VERBS: Record<string, Direction> = {
  終わ: "完了",
  おわ: "完了",
  続か: "継続",
  始ま: "新規",
  はじ: "新規",
};
/** A direction named alone: 臨時拡充のみ, 拡充だけ. */
const ONLY_DIRECTION = new RegExp(
  `[（(「]?(${DIRECTION_NAMES})[」]?(?:の)?(?:のみ|だけ|しかない|しか無い|ばかり)[)）]?`,
  "g",
);
/** Every listed year, not some: ずっと継続, 毎年拡充, どの年度も継続. */
const THROUGHOUT =
  /ずっと|毎年度?|全年度|(?:すべて|全て)の年度(?:で)?|どの年度も|各年度(?:とも)?|(?:全部|すべて|全て)の?年度(?:で|とも)?/g;
/** A direction named to be counted in: （新規完了も含めて）. */
const INCLUDED_DIRECTION = new RegExp(
  `[（(]?(?:${DIRECTION_NAMES})(?:も|を)(?:含めて|含む|含めた|入れて)[)）]?`,
  "g",
);

/** A name with the department suffix 課 (not 課題, 課税): a department, if the plan has it. */
const UNKNOWN_UNIT = /[\p{Script=Han}\p{Script=Katakana}ー・]{2,}課(?!\p{Script=Han})/gu;

/** Words for "the department in charge", not names of one: 担当課, 所管課, 関係課. */
const GENERIC_UNIT = /(?:担当|所管|主管|関係|関連|所属|事業|担い手)課$/;

/** The text without frame words, particles and spaces: what is left to compare or search. */
function withoutFraming(text: string): string {
  return text.replace(FRAME, " ").replace(PARTICLES, " ").replace(/\s+/g, "");
}

/** Replaces every match with a space, handing its groups ([whole, $1, $2, …]) to `onMatch`. */
function cut(text: string, pattern: RegExp, onMatch: (m: string[]) => void): string {
  return text.replace(pattern, (...args: unknown[]) => {
    onMatch(args.slice(0, -2) as string[]);
    return " ";
  });
}

/**
 * A code said with の (施策7の3, 7の3の2): the first number must be a chapter of the plan, and what follows
 * the last number must not make it a count or a date (7の3件, 7の3日).
 */
const CODE_WITH_NO =
  /(?<![\d.-])(\d{1,2})の(\d{1,2}(?:の\d{1,2})?)(?![\d.-]|\s*(?:つ|件|個|人|回|日|月|年|時|分|割|倍|%|％|位|番目))/g;

const CODE_WITH_DOTS = /(?<![\d.])(\d{1,2})\.(\d{1,2}\.\d{1,2}|(?<=施策\s*\d{1,2}\.)\d{1,2})(?![\d.%％])/g;

/** A value built from a catalog once, at its first question, not at every question (a pattern, a map). */
function perCatalog<T>(build: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const built = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!built.has(catalog)) built.set(catalog, build(catalog));
    return built.get(catalog) as T;
  };
}

const unitTypos = perCatalog((catalog) => {
  const stems = catalog.departments
    .filter((d) => d.suffix === "課" && [...d.stem].length >= 3)
    .map((d) => d.stem)
    .sort((x, y) => y.length - x.length);
  return stems.length > 0
    ? new RegExp(`(${stems.map(escapeRegExp).join("|")})[科化家過](?!\\p{Script=Han})`, "gu")
    : null;
});

/**
 * A plan 課 with a stem this long may be recognised with one character mistyped (財政活用課 → 財産活用課).
 * Shorter names are one character from other real units the plan does not have (市民課 and 市税課, 人事課 and
 * 人権課): a question about those must stay a question about a unit the plan lacks.
 */
const MISTYPED_STEM_MIN = 4;
/** A unit name that may hold a mistyped stem: kanji or katakana, then 課 not followed by kanji. */
const UNIT_NAME = new RegExp(
  String.raw`[\p{Script=Han}\p{Script=Katakana}ー・]{${MISTYPED_STEM_MIN},}(?=課(?!\p{Script=Han}))`,
  "gu",
);

const longStems = perCatalog((catalog) =>
  catalog.departments
    .filter((d) => d.suffix === "課" && [...d.stem].length >= MISTYPED_STEM_MIN)
    .map((d) => [...d.stem]),
);

/** The one long stem `said` ends in with exactly one character different, if exactly one does. */
function slipOf(said: string, catalog: Catalog): string | null {
  const chars = [...said];
  const near = longStems(catalog).filter((stem) => {
    if (stem.length > chars.length) return false;
    const tail = chars.slice(chars.length - stem.length);
    return tail.filter((c, i) => c !== stem[i]).length === 1;
  });
  return near.length === 1 && near[0] ? near[0].join("") : null;
}

/** A unit name staff mistyped, and the plan's department it was read as. */
export interface Slip {
  said: string;
  read: string;
}

/**
 * Departments mistyped: the IME's other か (情報システム科, 財産活用化) — the whole stem of one of the plan's
 * 課 (three characters or more), then 科・化・家・過, not followed by kanji — and one character slipped in a
 * long name (財政活用課). Each is read as the plan's 課 and reported, so the asker sees what was read.
 */
function mendUnitTypos(text: string, catalog: Catalog): { text: string; slips: Slip[] } {
  const slips: Slip[] = [];
  const pattern = unitTypos(catalog);
  const mended = pattern
    ? text.replace(pattern, (said: string, stem: string) => {
        slips.push({ said, read: `${stem}課` });
        return `${stem}課`;
      })
    : text;
  const out = mended.replace(UNIT_NAME, (run) => {
    if (catalog.departments.some((d) => run.endsWith(d.stem))) return run;
    const stem = slipOf(run, catalog);
    if (!stem) return run;
    const said = [...run].slice([...run].length - [...stem].length).join("");
    slips.push({ said: `${said}課`, read: `${stem}課` });
    return run.slice(0, run.length - said.length) + stem;
  });
  return { text: out, slips };
}

/** 一 … 九十九 as a number. */
function kanjiNumber(text: string): number {
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  return (text.includes("十") ? Math.max(1, digit(tens || undefined)) * 10 : 0) + digit(ones || undefined);
}

const PROJECT_LIST =
  /(?<![\d-])(\d+-\d+)\s*(?:no\.?\s*|#\s*|の\s*)((?:\d+)\s*(?:番目?|号)?(?:\s*(?:と|、|,|・|及び|および)\s*(?:no\.?\s*|#\s*)?\d+\s*(?:番目?|号)?)+)(?![\d-])/g;

const PROJECT_RANGE =
  /(?<![\d-])(\d+-\d+)\s*(?:no\.?\s*|#\s*|の\s*)(\d+)\s*(?:番目?|号)?\s*(?:から|〜|~|-(?=\s*\d+\s*番))\s*(?:no\.?\s*|#\s*)?(\d+)\s*(?:番目?|号)?(?:まで)?(?![\d-])/g;

const DIRECTION_VERBS = `${DIRECTION_NAMES}|終了|廃止|(?:終わ|おわ)(?:る|り|った|って)|(?:始ま|はじま)(?:る|った|って)|(?:始め|はじめ)(?:る|た|て)|開始|新しく|新たに`;
/**
 * A year followed by its own direction (令和3年度に始まって, R4完了, 2022年度は臨時拡充, R4も拡充), by any
 * direction (R7まで続く, R4に記載がある) or by none (R5に記載がない), and what denies it (R4で完了するもの以外,
 * R4に完了しない).
 */
const YEAR_WITH_DIRECTION = new RegExp(
  String.raw`(${ANY_YEAR})\s*(?:には|では|にも|に|は|で|が|の|も)?\s*(?:まだ\s*)?(?:方向性(?:が|は))?\s*(?:(${DIRECTION_VERBS})|(まで\s*(?:続|継続)|(?:記載|方向性|記述)\s*(?:が|は)?\s*(?:あ(?:る|って|り)?|な(?:い|く|し))))(\s*(?:する|した|になる|となる)?\s*(?:もの|事業)?\s*(?:は|を)?\s*(?:以外|除く|除いた|除いて|のぞく|のぞいた)|\s*(?:し|され)?(?:ない|なかった|ません))?`,
  "g",
);
/** Two years, then one direction for both: R3もR4も臨時拡充. */
const YEARS_BOTH = new RegExp(
  String.raw`(${ANY_YEAR})\s*も\s*(${ANY_YEAR})\s*も\s*(${DIRECTION_VERBS})`,
  "g",
);

/** A policy or initiative code, then what leaves it out: 施策7-2以外, 7-4-2の事業を除いて. */
const EXCLUDED_CODE = new RegExp(
  String.raw`(?:施策|取組|取り組み)?\s*(?<![\d-])(\d+-\d+(?:-\d+)?)(?![\d-])\s*(?:の事業)?\s*(?:を|は)?(?:${LEAVING_OUT})`,
  "g",
);

const titles = perCatalog((catalog) => {
  const codes = new Map<string, string>();
  for (const { code, title } of [...catalog.policies.values(), ...catalog.initiatives.values()]) {
    if (!codes.has(title)) codes.set(title, code);
  }
  const names = [...codes.keys()]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join("|");
  const pattern = new RegExp(
    String.raw`(?:施策|取組|取り組み)\s*(?:の\s*)?[「『]?\s*(${names})\s*[」』]?|[「『]\s*(${names})\s*[」』]|(${names})(?=\s*の?\s*(?:施策|取組|取り組み|事業))`,
    "g",
  );
  return { pattern, codes };
});

/**
 * A policy or an initiative named by its title, marked as a title (取組「電子自治体の推進」, 施策の「…」, or
 * quoted): read as its code. A title said in passing, unmarked, stays words to search. One pattern per
 * catalog, built at its first question.
 */
function titlesAsCodes(text: string, catalog: Catalog): string {
  const { pattern, codes } = titles(catalog);
  return text.replace(pattern, (_, marked?: string, quoted?: string, followed?: string) => {
    return ` ${codes.get((marked ?? quoted ?? followed) as string)} `;
  });
}

/** The plan's heading for the projects it lists: 新規・拡充事業等. */
const PLAN_LIST_NAME = /新規\s*[・･、,]?\s*拡充事業等/g;
/** Words that ask for a whole list or its size. */
const ASKS_FOR_ALL = /一覧|全部|すべて|全て|全体|全事業|何件|いくつ|幾つ|総数|リスト/;

/** What follows a name to leave it out: 以外, を除く, は除いて. */
const LEFT_OUT = new RegExp(
  `^\\s*(?:さん)?(?:(?:を|は)?(?:${LEAVING_OUT})|(?:じゃ|では|でも?)(?:ない|なく)|でも(?=[^。]*でも(?:ない|なく))|(?:と|や|、|・|及び|および)(?=[^。、]{2,20}?課\\s*(?:を|は)?(?:${LEAVING_OUT})))`,
);

const reiwaNumber = (s: string) => (s === "元" ? 1 : Number(s));

export function understand(rawQuestion: string, catalog: Catalog, now: Date): Understanding {
  // Cut before anything else looks at the text: a megabyte of one script must cost nothing.
  const bounded =
    rawQuestion.length > MAX_QUESTION_CHARS * 4 ? rawQuestion.slice(0, MAX_QUESTION_CHARS * 4) : rawQuestion;
  const trimmed = bounded.replace(/\p{Cc}/gu, " ").trim();
  const truncated = [...trimmed].length > MAX_QUESTION_CHARS;
  const question = truncated ? [...trimmed].slice(0, MAX_QUESTION_CHARS).join("") : trimmed;
  // 7ー4ー2: the long-vowel mark typed for a hyphen between digits; 施策7の3, 7の3の2: codes said with の.
  const normalized = normalizeWidth(question)
    // The era in kana (れいわ5年度), the IME's other ねんど (令和4念度), FY2022 for 2022年度.
    .replace(/れいわ/g, "令和")
    .replace(/へいせい/g, "平成")
    .replace(/念度/g, "年度")
    // 7-7の事業ナンバー2, 7-2の番号17: a project's number.
    .replace(/(?:の\s*)?(?:事業\s*)?(?:ナンバー|番号)\s*(?=\d)/g, " no.")
    // 令3, 5年度: the era left out (the plan's years are all 令和).
    .replace(/令(?!和)\s*(\d{1,2})(?![\d])(?:\s*年度?)?/g, "令和$1年度")
    .replace(/(?<![\d\-.a-z年和成])(\d)\s*年度/g, "令和$1年度")
    .replace(/(?<![a-z])fy\s*(20\d{2})(?!\d)/g, "$1年度")
    // 施策七の五: kanji numerals in a code marked as one.
    .replace(
      /(施策|取組|取り組み)\s*([一二三四五六七八九十]+(?:\s*[の\-ー]\s*[一二三四五六七八九十]+)+)/g,
      (_, mark: string, code: string) =>
        `${mark}${code.replace(/[一二三四五六七八九十]+/g, (n) => String(kanjiNumber(n)))}`,
    )
    .replace(/(?<=\d)\s*ー\s*(?=\d)/g, "-")
    // 令和五年度, R.5: kanji numerals in a year, a dot after R.
    .replace(
      /(令和|平成)\s*([一二三四五六七八九十]{1,3})(?=\s*年)/g,
      (_, era: string, n: string) => `${era}${kanjiNumber(n)}`,
    )
    .replace(/(?<![a-z0-9])r\.\s*(?=\d)/g, "r")
    // 7.2.3: a code written with dots (three numbers; 施策7.2 with two).
    .replace(CODE_WITH_DOTS, (whole, chapter: string, rest: string) =>
      catalog.chapters.has(chapter) ? `${chapter}-${rest.replaceAll(".", "-")}` : whole,
    )
    .replace(CODE_WITH_NO, (whole, chapter: string, rest: string, at: number, all: string) => {
      if (!catalog.chapters.has(chapter)) return whole;
      const [policy, ...more] = rest.split("の");
      // 7の2の13番: a policy and a project's number, as 7-2の13番 is read.
      const numbered = more.length === 1 && /^\s*(?:番|号)/.test(all.slice(at + whole.length));
      return numbered ? `${chapter}-${policy}の${more[0]}` : `${chapter}-${[policy, ...more].join("-")}`;
    });
  const { text: mended, slips } = mendUnitTypos(normalized, catalog);
  const stripped = stripRegister(askLast(ownUnit(mended, catalog)));
  const hasLetters = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const greetingOnly = hasLetters(normalized) && !hasLetters(stripped);
  const notJapanese =
    !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(normalized) &&
    (normalized.match(/[a-z]{2,}/g) ?? []).length >= 3;
  const help = /^(help|ヘルプ|使い方|つかいかた|\?)$/.test(stripped.trim());
  // A message that gives context before it asks (「予算要求の関係で確認です。令和5年度に完了予定の事業は？」):
  // when the asking clause carries conditions of its own and does not point back at the context, the
  // context is background, its years and words included — unless it names a code or a department the ask
  // does not (「7-4の事業について。令和5年度のものは？」 narrows 7-4). Otherwise the whole message is read.
  return {
    question,
    truncated,
    help,
    greetingOnly,
    notJapanese,
    slips,
    ...readMessage(stripped, catalog, now),
  };
}

/** The parts of a message: of the asking clause, the context before it, or both (see understand()). */
function readMessage(stripped: string, catalog: Catalog, now: Date): Parts {
  const whole = readParts(stripped, catalog, now);
  const ask = askingClause(stripped);
  if (ask === stripped.trim() || pointsBack(ask)) return whole;
  const askParts = readParts(ask, catalog, now);
  const sameSubjects =
    JSON.stringify([whole.codes, whole.departments]) ===
    JSON.stringify([askParts.codes, askParts.departments]);
  // 「議会答弁で件数を答える必要がありまして。…全部で何件ありますでしょうか」: the whole list, asked for.
  // (Not when the context names what to list: 「人事課の事業について。一覧をください。」 is 人事課's list.)
  if (askParts.everything && !isStructured(whole)) return askParts;
  if (isStructured(askParts) && sameSubjects) {
    // A context that itself asks for a direction (「令和4年度に完了する事業を教えてください。人事課の分だけで」)
    // keeps its years and directions where the ask names none; a year in a preamble without one does not.
    const contextAsks =
      whole.directions.length > 0 && askParts.years.length + askParts.directions.length === 0;
    return contextAsks ? { ...askParts, years: whole.years, directions: whole.directions } : askParts;
  }
  // A year said only before the ask, with no direction (「来年度の予算要求の準備で、…の事業は？」), is when the
  // asker works, not a condition.
  return askParts.years.length === 0 && whole.directions.length === 0 ? { ...whole, years: [] } : whole;
}

/** The parts of a question that do not depend on how it was typed: what understand() reads from the text. */
type Parts = Omit<
  Understanding,
  "question" | "truncated" | "help" | "greetingOnly" | "notJapanese" | "slips"
>;

/** Whether a question names a code, a department, a year or a direction: answered exactly from the plan. */
export const isStructured = (p: Omit<Parts, "everything">) =>
  p.codes.length +
    p.conditions.length +
    p.years.length +
    p.departments.length +
    p.excludedDepartments.length +
    p.excludedCodes.length +
    p.excludedSubjects.length +
    p.absentDirections.length +
    p.ownYears.length +
    p.directions.length >
  0;

function readParts(registerless: string, catalog: Catalog, now: Date): Parts {
  // The plan's own name for its list (新規・拡充事業等) names no direction.
  let text = registerless.replace(PLAN_LIST_NAME, " 事業 ");
  // Two years or more, each with its own direction: all must hold.
  const conditions: Parts["conditions"] = [];
  const bothYears = text.replace(YEARS_BOTH, "$1に$3、$2に$3");
  const paired = [...bothYears.matchAll(YEAR_WITH_DIRECTION)];
  if (paired.length >= 2 && new Set(paired.map((m) => reiwaOf(m[1] as string))).size === paired.length) {
    for (const m of paired) {
      const widened =
        m[2] === undefined
          ? [...DIRECTION_WORDS]
          : DIRECTION_PATTERNS.filter(([pattern]) => new RegExp(pattern.source).test(m[2] as string))
              .slice(0, 1)
              .flatMap(([, word]) => DIRECTION_WORDS.filter((d) => d.includes(word)));
      // 「記載がない」 and a denial after it (「…以外」「…しない」) turn the condition round; both, back again.
      const denied = (m[3] !== undefined && /な/.test(m[3])) !== (m[4] !== undefined);
      conditions.push({
        year: `R${reiwaOf(m[1] as string)}` as YearKey,
        directions: widened,
        holds: !denied,
      });
    }
    text = bothYears.replace(YEAR_WITH_DIRECTION, " ");
  }
  // 「最終年度が令和5年度」「令和4年度が初年度」: the project's own edge, before 最終年度 is read as the plan's.
  const ownYears: Parts["ownYears"] = [];
  const ownEdge = (edge: string, year: string) =>
    ownYears.push({ edge: /最終|最後/.test(edge) ? "last" : "first", year: `R${reiwaOf(year)}` as YearKey });
  text = cut(text, EDGE_IS_YEAR, (m) => ownEdge(m[1] as string, m[2] as string));
  // 「R4までしか載っていない」: R4 is the last year listed.
  text = cut(text, YEAR_IS_EDGE, (m) => ownEdge(m[2] ?? "最終年度", m[1] as string));
  const years = new Set<number>();
  text = cut(text, YEAR_SPAN, (m) => {
    const from = reiwaOf(m[1] as string);
    const to = reiwaOf(m[2] as string, m[1]);
    for (let n = from; n <= to && n - from < 20; n++) years.add(n);
  });
  // A range runs to the plan's last year (以降) or from its first (まで); outside the plan, the year alone.
  const planYears = catalog.years.map((y) => Number(y.slice(1)));
  const first = Math.min(...planYears);
  const last = Math.max(...planYears);
  const addYear = (n: number, suffix: string | undefined) => {
    // 「R6まで続く」: the project lasts to that year: any direction in it, not 継続 in every year before.
    const range = suffix && /続|継続/.test(suffix) ? undefined : suffix;
    const from = range && /まで|以前/.test(range) && n > first ? first : n;
    const to = range && !/まで|以前/.test(range) && n < last ? last : n;
    for (let y = from; y <= to; y++) years.add(y);
  };
  text = cut(text, REIWA, (m) => addYear(reiwaNumber(m[1] as string), m[2]));
  text = cut(text, HEISEI, (m) => addYear(reiwaNumber(m[1] as string) + HEISEI_TO_REIWA, m[2]));
  text = cut(text, R_YEAR, (m) => addYear(Number(m[1]), m[2]));
  text = cut(text, WESTERN, (m) => addYear(Number(m[1]) - 2018, m[2]));
  // The plan's own span: 最終年度 and 初年度 are its last and first years, 計画期間中 all of them.
  text = cut(text, PLAN_EDGE_YEAR, (m) => addYear(m[1] === "初年度" ? first : last, m[2]));
  text = cut(text, PLAN_PERIOD, () => {
    for (let y = first; y <= last; y++) years.add(y);
  });
  const current = fiscalYearOf(now);
  for (const [pattern, offset] of RELATIVE) {
    text = cut(text, pattern, () => years.add(Number(yearKeyOfFiscalYear(current + offset).slice(1))));
  }
  // A day or an hour counts only in the clause that asks (not in 「来週の会議で使うので、…」).
  const dayLevel = DAY_LEVEL.test(askingClause(text));

  text = titlesAsCodes(text, catalog);
  const codes: CodeRef[] = [];
  // A policy or an initiative left out (施策7-2以外, 7-4-2の事業を除いて): every project but its own.
  const excludedCodes: string[] = [];
  text = cut(text, EXCLUDED_CODE, (m) => excludedCodes.push(m[1] as string));
  // A single project needs an explicit marker (7-2 No.17, 7-2#17, 7-2の17番): 7-2-6 is an initiative.
  // Several numbers under one policy: 7-2の9番と12番, 7-2 No.9とNo.12.
  // A run of numbers: 7-2の13番から16番, 7-2 No.13〜16.
  text = cut(text, PROJECT_RANGE, (m) => {
    const [from, to] = [Number(m[2]), Number(m[3])];
    for (let no = from; no <= to && no - from < 50; no++)
      codes.push({ kind: "project", code: m[1] as string, no });
  });
  text = cut(text, PROJECT_LIST, (m) => {
    for (const no of (m[2] as string).match(/\d+/g) ?? [])
      codes.push({ kind: "project", code: m[1] as string, no: Number(no) });
  });
  const projectRef = /(?<![\d-])(\d+-\d+)\s*(?:no\.?\s*|#\s*|の\s*|\s)(\d+)\s*(?:番目?|号)?(?![\d-])/g;
  text = cut(text, projectRef, (m) =>
    codes.push({ kind: "project", code: m[1] as string, no: Number(m[2]) }),
  );
  text = cut(text, /(?<![\d-])(\d+-\d+-\d+)(?![\d-])/g, (m) =>
    codes.push({ kind: "initiative", code: m[1] as string }),
  );
  text = cut(text, /(?<![\d-])(\d+-\d+)(?![\d-])/g, (m) =>
    codes.push({ kind: "policy", code: m[1] as string }),
  );
  text = cut(text, /第\s*(\d+)\s*章/g, (m) => codes.push({ kind: "chapter", code: m[1] as string }));
  if (/^\s*(?:施策)?\s*\d+\s*$/.test(text) && codes.length === 0 && years.size === 0) {
    const chapter = text.trim().replace(/^施策\s*/, "");
    if (catalog.chapters.has(chapter) || /^\d{1,2}$/.test(chapter)) {
      codes.push({ kind: "chapter", code: chapter });
      text = "";
    }
  }

  // 「施策7-2のうち、取組7-2-4の」: a code inside another one narrows it; the wider one is only where it sits.
  const narrowest = codes.filter((c) => !codes.some((d) => d !== c && inside(d, c)));
  codes.splice(0, codes.length, ...narrowest);
  const departments: string[] = [];
  const excludedDepartments: string[] = [];
  // What leaves a department out is read in the text as it was before any department was taken from it
  // (「財産活用課でも情報システム課でもない」: the second's でもない decides the first's でも).
  const named = text;
  for (const dept of catalog.departments) {
    const form = dept.fullForms.find((f) => text.includes(f));
    if (form) {
      const leftOut = LEFT_OUT.exec(named.slice(named.indexOf(form) + form.length));
      (leftOut ? excludedDepartments : departments).push(dept.name);
      const phrase = leftOut ? `${form}${leftOut[0]}` : form;
      text = text.replace(text.includes(phrase) ? phrase : form, " ");
    }
  }
  if (departments.length === 0) {
    // A department's stem (人事 → 人事課) counts when the question is about a unit, or is nothing but the stem.
    const bare = withoutFraming(text);
    for (const dept of catalog.departments) {
      if (dept.stem.length < 2 || !text.includes(dept.stem)) continue;
      if (
        bare === withoutFraming(dept.stem) ||
        UNIT_FOLLOWS.test(text.slice(text.indexOf(dept.stem) + dept.stem.length))
      ) {
        departments.push(dept.name);
        text = text.replace(dept.stem, " ");
      }
    }
  }
  // A shortened name with the unit's suffix, naming exactly one department: 魅力発信課 → まち魅力発信課,
  // 協働推進課 → 市民協働推進課, DXチーム → DX推進チーム (but 男女共生センター is no department) — also beside
  // a department named in full (情報システム課とDXチーム).
  for (const m of text.matchAll(SHORT_UNIT)) {
    const [whole, stem = "", suffix = ""] = m;
    const matches = catalog.departments.filter((d) => d.suffix === suffix && d.stem.includes(stem));
    if (matches.length === 1 && matches[0] && !departments.includes(matches[0].name)) {
      departments.push(matches[0].name);
      text = text.replace(whole, " ");
    }
  }
  if (departments.length === 0) {
    // A prefix that names exactly one department: 財産 → 財産活用課.
    const bare = withoutFraming(text);
    const matches =
      bare.length >= 2 ? catalog.departments.filter((d) => withoutFraming(d.stem).startsWith(bare)) : [];
    if (matches.length === 1 && matches[0]) {
      departments.push(matches[0].name);
      text = "";
    }
  }

  // A unit with the department suffix that is none of the plan's, in the clause that asks (「財政課の田中です。」
  // before the ask is who is asking): 課 not followed by kanji, so 課題 and 課税 are not units.
  const unknownDepartments =
    departments.length + excludedDepartments.length > 0
      ? []
      : [...askingClause(text).matchAll(UNKNOWN_UNIT)]
          .map((m) => m[0])
          .filter((name) => !GENERIC_UNIT.test(name));

  // 「完了しない」「終わらない」: a direction the project must not have (widened: 完了 is also 新規完了).
  const absent = new Set<Direction>();
  text = cut(text, NEGATED_DIRECTION, (m) => {
    const word = m[1] ?? m[3] ?? NEGATED_VERBS[(m[2] as string).slice(0, 2)];
    for (const d of DIRECTION_WORDS) if (word && d.includes(word)) absent.add(d);
  });
  // 「臨時拡充は除く」「新規完了以外」: directions named to be left out.
  const excluded = new Set<Direction>();
  text = cut(text, EXCLUDED_DIRECTION, (m) => excluded.add(m[1] as Direction));
  // 「マイナンバー以外」: a subject left out — a word of kanji, katakana or Latin letters before what leaves it
  // out (what is left once codes, departments and directions are read).
  const excludedSubjects: string[] = [];
  text = cut(text, EXCLUDED_SUBJECT, (m) => {
    // 新規事業以外: a direction after all.
    const word = (m[1] as string).replace(/事業$/, "");
    const direction = DIRECTION_WORDS.find((d) => d === word);
    if (direction) excluded.add(direction);
    else excludedSubjects.push(m[1] as string);
  });
  // 「新規完了も含めて」: the widening already includes it; the phrase is no subject.
  text = cut(text, INCLUDED_DIRECTION, () => undefined);

  // 「臨時拡充のみ」「拡充だけ」: that direction alone, not widened.
  const only = new Set<Direction>();
  text = cut(text, ONLY_DIRECTION, (m) => only.add(m[1] as Direction));
  let everyYear = false;
  text = cut(text, THROUGHOUT, () => {
    everyYear = true;
  });

  const directionHits = new Set<Direction>();
  for (const d of only) directionHits.add(d);
  let withoutDirections = text;
  for (const [pattern, word] of DIRECTION_PATTERNS) {
    withoutDirections = cut(withoutDirections, pattern, () => {
      for (const d of DIRECTION_WORDS) if (d.includes(word)) directionHits.add(d);
    });
  }
  const leftover = (t: string) => withoutFraming(t).replace(/[\p{P}\p{S}]/gu, "");
  const freeWithout = leftover(withoutDirections);
  // A direction word is a filter when nothing else is asked or a year is named; otherwise it is part of the
  // subject (「補助金の拡充」 is a project's name, not a request for every expanded project).
  // Only exclusions (「継続以外」): every other direction.
  if (directionHits.size === 0 && excluded.size > 0) for (const d of DIRECTION_WORDS) directionHits.add(d);
  const directionsAreFilter = directionHits.size > 0 && (freeWithout.length === 0 || years.size > 0);
  if (directionsAreFilter) text = withoutDirections;
  const hasFreeText = leftover(text).length > 0;

  const parts: Omit<Parts, "everything"> = {
    codes,
    years: [...years].sort((a, b) => a - b).map((n) => `R${n}` as YearKey),
    directions: directionsAreFilter
      ? DIRECTION_WORDS.filter((d) =>
          only.size > 0 ? only.has(d) : directionHits.has(d) && !excluded.has(d),
        )
      : [],
    departments,
    excludedDepartments,
    excludedCodes,
    excludedSubjects,
    absentDirections: DIRECTION_WORDS.filter((d) => absent.has(d)),
    throughout: directionsAreFilter && (everyYear || (only.size > 0 && years.size === 0)),
    ownYears,
    conditions,
    unknownDepartments,
    dayLevel,
    freeText: text.replace(/\s+/g, " ").trim(),
    hasFreeText,
  };
  return {
    ...parts,
    everything: !hasFreeText && !isStructured(parts) && ASKS_FOR_ALL.test(registerless),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
