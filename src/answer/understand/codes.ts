// Plan codes as staff write them: 7-4-2, 7の2の4, 7.2.4, 7-2の3番目, 13番から16番, or a title marked as one.
import type { Catalog } from "../catalog.js";
import { ALREADY_HAD, BESIDES, LEAVING_OUT } from "./directions.js";
import { escapeRegExp, perCatalog } from "./util.js";

export type CodeRef =
  | { kind: "chapter"; code: string }
  | { kind: "policy"; code: string }
  | { kind: "initiative"; code: string }
  | { kind: "project"; code: string; no: number };

/** Whether code `d` lies inside code `c`: 7-2-4 in 7-2, 7-2 in 7, 7-2 No.9 in 7-2 and in 7. */
export function inside(d: CodeRef, c: CodeRef): boolean {
  if (c.kind === "project") return false;
  if (d.kind === "project") return d.code === c.code || d.code.startsWith(`${c.code}-`);
  return d.code.startsWith(`${c.code}-`);
}

/**
 * A code said with の (施策7の3, 7の3の2): the first number must be a chapter of the plan, and what follows
 * the last number must not make it a count or a date (7の3件, 7の3日).
 */
export const CODE_WITH_NO =
  /(?<![\d.-])(\d{1,2})の(\d{1,2}(?:の\d{1,2})?)(?![\d.-]|\s*(?:つ|件|個|人|回|日|月|年|時|分|割|倍|%|％|位|番目))/g;

/**
 * A code written with dots: 7.2.3; 施策7.2; and 7.4 before the policy's projects or its name (7.4の事業, 7.2施策), as a
 * voice input writes なな点よん (probe 131) — not a number with a decimal point elsewhere.
 */
export const CODE_WITH_DOTS =
  /(?<![\d.])(\d{1,2})\.(\d{1,2}\.\d{1,2}|(?<=施策\s*\d{1,2}\.)\d{1,2}|\d{1,2}(?=\s*(?:の\s*(?:事業|取組|取り組み|施策|一覧)|施策)))(?![\d.%％])/g;

/** What marks a project's number: No.9, #9, の9, or both (のNo.9). */
export const NUMBER_MARK = String.raw`(?:の\s*)?(?:no\.?\s*|#\s*)|の\s*`;
/** The policy's projects said before their numbers (施策7-2の事業で、No.10からNo.15まで; 7-2の事業のうちNo.9とNo.12). */
export const OF_ITS_PROJECTS = String.raw`(?:の\s*事業\s*(?:で|の\s*うち|の)?\s*[、,]?\s*(?=no\.?\s*\d|#\s*\d))?`;

export const PROJECT_LIST = new RegExp(
  String.raw`(?<![\d-])(\d+-\d+)\s*${OF_ITS_PROJECTS}(?:${NUMBER_MARK})((?:\d+)\s*(?:番目?|号|つ目|つめ|個目|件目)?(?:\s*(?:と|、|,|・|及び|および)\s*(?:no\.?\s*|#\s*)?\d+\s*(?:番目?|号|つ目|つめ|個目|件目)?)+)(?![\d-])`,
  "g",
);

export const PROJECT_RANGE = new RegExp(
  String.raw`(?<![\d-])(\d+-\d+)\s*${OF_ITS_PROJECTS}(?:${NUMBER_MARK})(\d+)\s*(?:番目?|号|つ目|つめ|個目|件目)?\s*(?:から|〜|~|-(?=\s*\d+\s*番))\s*(?:no\.?\s*|#\s*)?(\d+)\s*(?:番目?|号|つ目|つめ|個目|件目)?(?:まで)?(?![\d-])`,
  "g",
);

/** A policy or initiative code. */
export const CODE = String.raw`(?<![\d-])\d+-\d+(?:-\d+)?(?![\d-])`;
/**
 * A run of policies or initiatives, both ends at the same depth: 7-4から7-6, 施策7-4〜7-6まで, 7-2-4から7-2-6 — every
 * code the plan has between them, the middle ones included.
 */
export const CODE_RANGE = new RegExp(
  String.raw`(?:施策|取組|取り組み)?\s*(${CODE})\s*(?:から|〜|~|～)\s*(?:施策|取組|取り組み)?\s*(${CODE})\s*(?:まで)?`,
  "g",
);
/** What joins names in a list: 7-4と7-5, 7-4・7-5, 7-4、7-5, 7-4及び7-5. */
export const LIST_JOIN = String.raw`\s*(?:と|や|、|,|・|及び|および)\s*`;

/**
 * Policy or initiative codes, one or a list, then what leaves them out: 施策7-2以外, 7-4-2の事業を除いて, 7-5のものは除いて, 7-6も除いて,
 * 7-4と7-5は除く, 7-5じゃないの, 施策7-4・7-5以外 (every code of the list is left out, not only the last), 施策7-2の事業は別途把握
 * しているので、それ以外; a code in brackets after what it names (DVの取組（7-5-2）以外).
 */
export const EXCLUDED_CODE = new RegExp(
  String.raw`(?:施策|取組|取り組み)?\s*(${CODE}(?:${LIST_JOIN}(?:施策|取組|取り組み)?\s*${CODE})*)\s*[)）]?\s*(?:の\s*(?:事業|もの|分|やつ))?\s*(?:(?:を|は|も)?(?:${LEAVING_OUT})|${BESIDES}|${ALREADY_HAD}|に\s*(?:属さ|含まれ|入ら)(?:ない|ず)|(?:じゃ|では|で)\s*(?:ない|なく))`,
  "g",
);

/**
 * What joins a title to the unit or the projects it names (電子自治体の推進の事業, …に関係する事業 — probe 295 had searched
 * 電子, 自治体 and 推進 and answered a project of another initiative beside the four).
 */
const OF_TITLE =
  "の|に関する|に関わる|に係る|に関係する|に関連する|に関係した|に関連した|に紐づく|に紐付く|に紐づいた|関係の|関連の";

/** The particles after which a title's tail may stand for it, and the shortest tail that may. */
const TAIL_AFTER = /[にとてのを、]/;
const MIN_TITLE_TAIL = 8;

export const titles = perCatalog((catalog) => {
  const codes = new Map<string, string>();
  const all = [...catalog.policies.values(), ...catalog.initiatives.values()];
  for (const { code, title } of all) {
    if (!codes.has(title)) codes.set(title, code);
  }
  // A title's tail after a particle (市民とともに男女共同参画社会の実現をめざす → 男女共同参画社会の実現をめざす),
  // eight characters or more, that no other title holds: staff name a long title by its substance.
  for (const { code, title } of all) {
    for (let at = 1; at < title.length; at++) {
      const tail = title.slice(at);
      if (!TAIL_AFTER.test(title[at - 1] as string) || [...tail].length < MIN_TITLE_TAIL) continue;
      if (!codes.has(tail) && all.every((other) => other.title === title || !other.title.includes(tail)))
        codes.set(tail, code);
    }
  }
  // A title's head, before what it does with it (大学との連携によるまちづくりの推進 → 大学との連携; 電子自治体の推進 →
  // 電子自治体), four characters or more, that no other title holds: read only when marked as a policy's or an
  // initiative's (大学との連携の取組, 取組「大学との連携」) — said before 事業 it is the asker's subject, words to search
  // (probe 229: 「大学との連携の取組の事業」 had listed three projects naming 大学 or 連携, not 7-7-4, which has none).
  const heads = new Map<string, string>();
  for (const { code, title } of all) {
    const head = titleHead(title);
    if (
      head !== null &&
      !codes.has(head) &&
      all.every((other) => other.title === title || !other.title.includes(head))
    )
      heads.set(head, code);
  }
  const alternation = (said: Iterable<string>) =>
    [...said]
      .sort((x, y) => y.length - x.length)
      .map(escapeRegExp)
      .join("|");
  const names = alternation(codes.keys());
  const marked = alternation([...codes.keys(), ...heads.keys()]);
  const pattern = new RegExp(
    String.raw`(?:施策|取組|取り組み)\s*(?:の\s*)?[「『]?\s*(${marked})\s*[」』]?|[「『]\s*(${names})\s*[」』]|(${names})(?=\s*(?:${OF_TITLE})?\s*(?:施策|取組|取り組み|事業))|(${alternation(heads.keys())})(?=\s*(?:${OF_TITLE})?\s*(?:施策|取組|取り組み))`,
    "g",
  );
  return { pattern, codes: new Map([...codes, ...heads]) };
});

/** What a title does with its subject, after the head that names it: による, に向けた, への, or a last の推進 (の向上…). */
const TITLE_HEAD =
  /^(.+?)(?:による|によって|における|に向けた|への|を通じた|を活かした|の(?:推進|向上|整備|強化|提供|確立|実現|対応|支援|構築と展開)$)/u;
const MIN_TITLE_HEAD = 4;

/** A title's head (see TITLE_HEAD), or null when it has none long enough to name it. */
function titleHead(title: string): string | null {
  const head = TITLE_HEAD.exec(title)?.[1];
  return head !== undefined && [...head].length >= MIN_TITLE_HEAD ? head : null;
}

/**
 * A policy or an initiative named by its title, marked as a title (取組「電子自治体の推進」, 施策の「…」, or
 * quoted): read as its code. A title said in passing, unmarked, stays words to search. One pattern per
 * catalog, built at its first question.
 */
export function titlesAsCodes(text: string, catalog: Catalog): string {
  const { pattern, codes } = titles(catalog);
  return (
    text
      .replace(pattern, (_, marked?: string, quoted?: string, followed?: string, head?: string) => {
        return ` ${codes.get((marked ?? quoted ?? followed ?? head) as string)} `;
      })
      // A title's words, then its code in brackets (地域コミュニティ（7-6）の事業): the code — the words only name it, no
      // subject to search within it (probe 339: 地域コミュニティ searched among 7-6's four, one answered for three).
      .replace(TITLE_THEN_CODE, (whole, said: string, code: string) => {
        const titled = catalog.policies.get(code) ?? catalog.initiatives.get(code);
        return titled?.title.includes(said) ? ` ${code} ` : whole;
      })
      .replace(TITLE_IN_OWN_WORDS, (whole, said: string, unit: string) => {
        const kind = unit === "施策" ? [...catalog.policies.values()] : [...catalog.initiatives.values()];
        // (Not words a title holds as they are — 人材育成の取組, 男女共同参画の施策: a subject the asker names, which the
        // titles' own patterns read where they should — only words put in the asker's own order.)
        if (kind.some((t) => t.title.includes(said))) return whole;
        const holders = kind.filter((t) => [...said].every((c) => t.title.includes(c)));
        return holders.length === 1 && holders[0] ? ` ${holders[0].code} ` : whole;
      })
  );
}
/** Words of kanji or katakana, then a code in brackets: 地域コミュニティ（7-6）, 職員の能力開発(7-3-1). Groups: words, code. */
const TITLE_THEN_CODE =
  /([\p{Script=Han}\p{Script=Katakana}ー・]{2,24})\s*[（(]\s*(\d{1,2}-\d{1,2}(?:-\d{1,2})?)\s*[）)]/gu;
/**
 * A policy or an initiative said in the asker's own words, then named as one (職員育成の施策: 7-3 地域社会の発展に貢献できる
 * 職員を育成する — probe 295 had searched 職員 and 育成, a project of 7-2 among them): the one title of that kind holding every
 * character of the words, four or more, in any order.
 */
const TITLE_IN_OWN_WORDS = new RegExp(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{4,12})\s*(?:${OF_TITLE})?\s*(施策|取組|取り組み)`,
  "gu",
);

/**
 * A gloss in brackets right after a policy's or an initiative's code (取組7-2-4（公共施設等の最適化）の事業, 施策7-2(行財政)):
 * the asker's own words for its title, which the code already says — searched, they had turned the code's list into a
 * search ranked by them (probe 82). A bracket that says a condition (a year, a direction, 以外) stays.
 */
const CODE_GLOSS = /((?<![\d-])\d+-\d+(?:-\d+)?(?![\d-]))\s*[（(]([^（）()\d０-９]{1,40})[）)]/g;
const GLOSS_CONDITION = /新規|継続|拡充|縮小|完了|以外|除|[rｒRＲ]\s*[0-9０-９]|令和|年度/;

export const withoutCodeGloss = (text: string): string =>
  text.replace(CODE_GLOSS, (whole, code: string, gloss: string) =>
    GLOSS_CONDITION.test(gloss) ? whole : code,
  );

/**
 * An SDGs goal asked by its number: SDGsの17番, SDGs目標17, SDGsのゴール17, SDGs 17 — and 目標17, ゴール17 with no SDGs said
 * (probe 202: 目標 had been searched, the plan's 目標 of 7-2 answered), not a count (目標10件). Group 1: the number.
 */
const SDGS_GOAL = String.raw`sdgs?\s*(?:の|で|における)?\s*(?:目標|ゴール|goal)?`;
const SDG_NUMBER = new RegExp(
  String.raw`(?:${SDGS_GOAL}|(?<![\p{Script=Han}\p{Script=Katakana}])(?:目標|ゴール)\s*(?:の)?)\s*(\d{1,2})(?!\d)(?!\s*(?:年|件|%|％|人|か所|箇所|倍|億|万|円|割|歳|回))\s*(?:番目?)?`,
  "giu",
);
/** The same, said after SDGs only: what a message that asks by content (see BY_CONTENT) still reads as a goal. */
const SDG_NUMBER_SAID = new RegExp(String.raw`${SDGS_GOAL}\s*(\d{1,2})(?!\d)\s*(?:番目?)?`, "giu");
/**
 * A goal named only as what the projects are like (中身で見て目標5に近い事業, 内容から見て): by their content, not by the
 * plan's 対応するSDGs row — 目標5 there is no goal asked (probe 202's own question, which names none tied).
 */
const BY_CONTENT = /中身で|中身から|内容で見|内容から|近い|似た|似て/;
const goalNumbers = (text: string) => (BY_CONTENT.test(text) ? SDG_NUMBER_SAID : SDG_NUMBER);

/**
 * The SDGs goals by the short names staff use for them: the distinctive key words of the official Japanese titles (5
 * ジェンダー平等を実現しよう, 17 パートナーシップで目標を達成しよう) — not a word as general as 教育 or 平和, which SDGs教育
 * may be said of. A name is a goal only said as one — after SDGs and の, で or 目標 (「SDGsのパートナーシップ」「SDGsの17番
 * （パートナーシップ）」), or before 目標 or ゴール in a message naming SDGs (「ジェンダー平等の目標に対応する施策」): the
 * plan's パートナーシップ制度 is no goal.
 */
const SDG_SHORT_NAMES: readonly (readonly [number, string])[] = [
  [1, "貧困"],
  [2, "飢餓"],
  [3, "健康と福祉"],
  [4, "質の高い教育"],
  [5, "ジェンダー平等|ジェンダー"],
  [6, "安全な水|水とトイレ"],
  [7, "クリーンエネルギー|エネルギーをみんなに"],
  [8, "働きがい"],
  [9, "技術革新|産業と技術"],
  [10, "不平等"],
  [11, "住み続けられるまち(?:づくり)?"],
  [12, "つくる責任|つかう責任"],
  [13, "気候変動"],
  [14, "海の豊かさ"],
  [15, "陸の豊かさ"],
  [16, "平和と公正"],
  [17, "パートナーシップ"],
];
/** The SDGs named (SDGs, SDG, 持続可能な開発目標). */
export const SDGS_SAID = /sdgs?|持続可能な開発目標/iu;
/** Each goal's short name said as a goal (see SDG_SHORT_NAMES); a number between, and brackets around, go with it. */
const SDG_SHORT = SDG_SHORT_NAMES.map(([goal, names]) => ({
  goal,
  afterSdgs: new RegExp(
    `sdgs?\\s*(?:(?:の|で|における)\\s*(?:目標|ゴール|goal)?|目標|ゴール|goal)\\s*(?:\\d{1,2}\\s*(?:番目?)?)?\\s*[（(「『]?\\s*(?:${names})\\s*[）)」』]?`,
    "giu",
  ),
  beforeGoal: new RegExp(`(?:${names})\\s*(?:の|に関する|に関わる)?\\s*(?:目標|ゴール)`, "gu"),
  // (The goal's number said before its name — 17番 パートナーシップ, 5番（ジェンダー平等） — is the goal, SDGs said or not.)
  numbered: new RegExp(`(?<!\\d)${goal}\\s*番\\s*(?:の)?\\s*[（(「『]?\\s*(?:${names})\\s*[）)」』]?`, "gu"),
}));

/** The goals the plan ties its policies to (対応するSDGs: 「17 パートナーシップで 目標を達成しよう」), by number. */
const sdgGoals = perCatalog((catalog: Catalog) => {
  const goals = new Map<number, { name: string; policies: string[] }>();
  for (const policy of catalog.policies.values())
    for (const m of (policy.sdgs ?? "").matchAll(/(\d{1,2})\s*([^\d]+)/g)) {
      const goal = Number(m[1]);
      const name = (m[2] as string).replace(/\s+/g, "");
      const known = goals.get(goal) ?? { name, policies: [] };
      known.policies.push(policy.code);
      goals.set(goal, known);
    }
  const names = [...goals.entries()].map(
    ([goal, { name }]) => [goal, new RegExp([...name].map(escapeRegExp).join("\\s*"), "gu")] as const,
  );
  return { goals, names };
});

/** An SDGs goal asked, and the policies the plan ties to it (none when the plan ties none). */
export interface SdgAsked {
  goal: number;
  name?: string;
  policies: string[];
}

/** The SDGs goals a question asks of, by number or by the name the plan writes (パートナーシップで目標を達成しよう). */
export function sdgGoalsAsked(text: string, catalog: Catalog): SdgAsked[] {
  const { goals, names } = sdgGoals(catalog);
  const plain = text.normalize("NFKC");
  const asked = new Set<number>();
  for (const m of plain.matchAll(goalNumbers(plain))) asked.add(Number(m[1]));
  const sdgsSaid = SDGS_SAID.test(plain);
  for (const { goal, afterSdgs, beforeGoal, numbered } of SDG_SHORT)
    if (
      plain.search(afterSdgs) >= 0 ||
      plain.search(numbered) >= 0 ||
      (sdgsSaid && plain.search(beforeGoal) >= 0)
    )
      asked.add(goal);
  // (search, not test: the patterns are global, shared across questions, and search leaves their lastIndex as it was.)
  for (const [goal, name] of names) if (plain.search(name) >= 0) asked.add(goal);
  return [...asked].map((goal) => ({ goal, ...(goals.get(goal) ?? { policies: [] }) }));
}

/**
 * An SDGs goal asked (SDGsの17番, パートナーシップで目標を達成しよう) read as the policies the plan ties to it (7-3と7-7),
 * from its 対応するSDGs row; a goal it ties to none, as nothing (the answer says so: see sdgGoalsAsked).
 */
export function sdgsAsCodes(text: string, catalog: Catalog): string {
  const { goals, names } = sdgGoals(catalog);
  const codesOf = (goal: number) => ` ${(goals.get(goal)?.policies ?? []).join("と")} `;
  // (A short name first, with the number said before it: 「SDGsの17番（パートナーシップ）」 is one goal.)
  let out = text;
  const sdgsSaid = SDGS_SAID.test(text.normalize("NFKC"));
  for (const { goal, afterSdgs, beforeGoal, numbered } of SDG_SHORT) {
    out = out.replace(afterSdgs, codesOf(goal)).replace(numbered, codesOf(goal));
    if (sdgsSaid) out = out.replace(beforeGoal, codesOf(goal));
  }
  out = out.replace(goalNumbers(text), (_, n: string) => codesOf(Number(n)));
  for (const [goal, name] of names) out = out.replace(name, codesOf(goal));
  return out;
}

/** Every goal the plan's 対応するSDGs rows name, with its policies. */
export const sdgGoalsNamed = (catalog: Catalog): SdgAsked[] =>
  [...sdgGoals(catalog).goals].map(([goal, tied]) => ({ goal, ...tied }));
