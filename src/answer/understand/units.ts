// Departments as staff name them: shortened, mistyped, as 当課, or left out (以外, じゃない).
import { oneCharOff } from "../../search/normalize.js";
import type { Catalog, Department } from "../catalog.js";
import { ALREADY_HAD, BESIDES, DIRECTION_NAMES, LEAVING_OUT } from "./directions.js";
import { escapeRegExp, perCatalog } from "./util.js";

/** The suffixes that make a word a unit's name (人事課, DX推進チーム), as a regex alternation. */
export const UNIT_SUFFIXES = "課|室|チーム|係|班";

/** A unit's share, 分 or の分, not a word 分 begins (分野, 分析): what may follow it. */
export const UNITS_SHARE = String.raw`の?分(?=$|[\s、,。？?！!]|のみ|だけ|は|を|で|も|の事業)`;

/**
 * What follows a department's stem when the question means the unit: 人事の事業, 人事が担当 — also with さん, as staff
 * call another section (財産活用さんの事業), and its のところ (財産活用さんのところでやっている事業); and its share, 分
 * (「R3新規の事業、市民協働分」「…、市民協働の分」: probe 177), not a word 分 begins (分野, 分析); its ones (政策企画のやつだけ:
 * probe 293) and its projects with a direction between (人事の新規事業, 市民協働の新規の事業: probe 293).
 */
export const UNIT_FOLLOWS = new RegExp(
  String.raw`^\s*(?:さん)?\s*(?:(?:の\s*)+(?:(?:${DIRECTION_NAMES})\s*(?:の\s*)?)?事業|の\s*(?:やつ|ヤツ|もの|分)(?=\s*(?:だけ|のみ|は|って|を|も|[?？。]|$))|が担当|の担当|担当|が所管|の仕事|が(?:やって|持って|実施)|で(?:やって|担当)|の(?:ところ|とこ|所)(?:で|が|の)|${UNITS_SHARE})`,
);
/** Words that begin with 課 and are no unit (課題, 課税, 課金, 課程, 課外): 人権課題 is not 人権課's. */
const NOT_A_UNIT_AFTER_KA = "[題税金程外]";
const NOT_A_UNIT = new RegExp(`^課${NOT_A_UNIT_AFTER_KA}`);

/** Whether `form` (a department's name) is at `at` in `text` as a unit, not the start of 課題 or 課税. */
export function unitAt(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
    if (!NOT_A_UNIT.test(text.slice(at + form.length - 1, at + form.length + 1))) return at;
  return -1;
}

/** The one unit named in full before `before` in `text` (同課's antecedent); null when none or several are. */
export function unitNamedBefore(text: string, before: number, catalog: Catalog): string | null {
  const head = text.slice(0, before);
  const named = catalog.departments.filter((dept) => dept.fullForms.some((form) => unitAt(head, form) >= 0));
  return named.length === 1 ? (named[0] as (typeof named)[number]).name : null;
}

/**
 * A unit's name as staff shorten it: kanji, katakana or Latin letters, then the unit suffix — or the part and
 * の before it (跡地活用の課). Not 課題 or 課税 (人権課題 is no unit).
 */
export const SHORT_UNIT = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ーa-z0-9・]{2,})の?(課(?!${NOT_A_UNIT_AFTER_KA})|室|チーム|係|班)`,
  "gu",
);

/**
 * The one department a shortened name (see SHORT_UNIT: its stem and suffix) names — 魅力発信課: まち魅力発信課,
 * DXチーム: DX推進チーム — or undefined when it names none or several.
 */
export function departmentOfShortName(
  departments: readonly Department[],
  stem: string,
  suffix: string,
): Department | undefined {
  const owners = departments.filter((d) => d.suffix === suffix && d.stem.includes(stem));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The asker's own unit: 当課, うちのチーム, 弊課, 自分の課 — and うちの事業, こちらの担当 (our section's), うちでやってる
 * (probe 470). Not inside a longer word: the 当課 of 担当課 is no unit.
 */
export const OWN_UNIT =
  /(?<!\p{Script=Han})(?:当(?:課|チーム|係|室)|弊課|自課|本課|当方(?!面))|うちの(?:課|チーム|係|室)|自分の課|私の課|わたしの課|(?:うち|私たち|わたしたち|自分たち|こちら|私ども|わたくしども)(?=の\s*(?:事業|担当|所管))|(?:うち|こちら|私ども|わたくしども)(?=\s*以外)|(?<![そこあど]の)(?:うち|こちら|私ども|わたくしども)(?=\s*(?:で|が)\s*(?:やって|担当して|持って|所管して|実施して))/gu;

/**
 * 「人権・男女共生課の佐藤です。…当課の事業で…」: 当課 is the department the asker named before it (in a
 * self-introduction, which is then dropped as who asks), or in brackets after it (うちの課（収納課）); and ほかの課 after a
 * self-introduction is every unit but that one. With none named, 当課 is left as it is.
 */
export function ownUnit(text: string, catalog: Pick<Catalog, "departments">): string {
  // 「うちの課（収納課）以外で…」「弊課（人権・男女共生課）以外」: the unit named in brackets after it (probe 461: the
  // bracket's unit had been read as the condition, its own projects answered for 以外).
  const bracketed = text.replace(OWN_UNIT_BRACKETED, "$1");
  // 「弊課は情報システム課です。…やっている他の課があれば…」: the asker's unit said as what it is, then the other units —
  // every unit but that one, the sentence who asks (probe 470 had read it as the asker's own, the only one answered).
  const saidAs = OWN_UNIT_SAID_AS.exec(bracketed);
  if (saidAs) {
    const rest = bracketed.slice(saidAs.index + saidAs[0].length);
    if (OTHER_UNITS_SAID.test(rest))
      return `${bracketed.slice(0, saidAs.index)} ${rest.replace(OTHER_UNITS_SAID, `${saidAs[1]}以外の課`)}`;
  }
  // (うち alone after a self-introduction — 「市民協働推進課の者です。うちで令和3年度に新規の事業は？」 — is the unit said:
  // probe 483 had listed every unit's 15.)
  const plain = bracketed.search(OWN_UNIT);
  const bare = plain < 0 ? OUR_PLACE_AFTER_INTRODUCTION.exec(bracketed) : null;
  const saidBare = bare !== null && SELF_INTRODUCED.test(bracketed.slice(0, bare.index));
  const at = saidBare ? (bare?.index ?? -1) : plain;
  const before = at < 0 ? bracketed : bracketed.slice(0, at);
  // (As the text writes it, which the reading after this knows: the plan's own form may be full width, ＤＸ推進チーム.)
  const named = catalog.departments
    .flatMap((d) => d.fullForms.map((form) => ({ form, where: before.lastIndexOf(form) })))
    .filter((x) => x.where >= 0)
    .sort((x, y) => y.where - x.where || y.form.length - x.form.length)[0];
  if (!named) return bracketed;
  const own =
    at < 0
      ? bracketed
      : saidBare
        ? `${before}${named.form}${bracketed.slice(at + "うち".length)}`
        : bracketed.replace(OWN_UNIT, named.form);
  // 「市民課です。…ほかの課でマイナンバーカードを使う事業は？」: the other units are those other than the asker's, said
  // in a self-introduction (probe 461: the asker's own project had answered first) — not ほかの課も含めて, which adds them.
  const others = own.search(OTHER_UNITS_SAID);
  return others >= 0 && SELF_INTRODUCED.test(own.slice(0, others))
    ? own.replace(OTHER_UNITS_SAID, `${named.form}以外の課`)
    : own;
}
/** うち as the asker's place, opening a sentence, with で after it (うちで, うちでは — not うちは, the asker as topic): see ownUnit. */
export const OUR_PLACE_AFTER_INTRODUCTION = /(?<=^|[。、,！!？?\s])うち(?=\s*で)/u;
/**
 * The asker's own unit, then its name in brackets (うち（市民課）, うちの課（人事課）, 当課（財産活用課）). Group 1: the name.
 */
export const OWN_UNIT_BRACKETED =
  /(?:うちの課|うちの係|うちの部署|うち|当課|弊課|自課|本課|当方|こちら)\s*[（(]\s*([^（()）\s]{1,20}?(?:課|室|チーム|係|センター|課ほか))\s*[)）]/gu;
/** The asker's own unit said to be a unit named (弊課は情報システム課です。, 当課は人事課でございます。). Group 1: the name. */
const OWN_UNIT_SAID_AS =
  /(?:うちの課|うちの係|うちの部署|当課|弊課|自課|本課|私どもの課|わたくしどもの課)\s*(?:は|って)\s*([^\s。、,（()）]{1,20}?(?:課|室|チーム|係|課ほか))\s*(?:です|でございます)\s*[。！!\n]/u;
/** A unit said as who asks (市民課です。, 人事課の者ですが, 財産活用課でございます, 市民課だけど, うち人事課なんだけど). */
export const SELF_INTRODUCED =
  /(?:課|チーム|室|係)(?:ほか)?\s*(?:の\s*(?:者|もの)\s*)?(?:です(?!か)|でございます(?!か)|だけど|だけれど|なんだけど|なんですけど|なのですが|ですけど)/u;
/**
 * Other units, said as where else it is done (ほかの課で, 他の課でも, 他部署で, よその課に, 他の課の事業) — not with も含めて,
 * which adds them, nor as who else asks (他課から問い合わせがありました).
 */
const OTHER_UNITS_SAID =
  /(?:(?:ほか|他|よそ|別)\s*の\s*(?:課|部署|部局|担当課)|他\s*(?:部署|課))(?=\s*(?:で|でも|に|にも|は|が|って|の\s*(?:事業|もの|やつ|取組)))(?!\s*(?:も|を)?\s*(?:含め|入れ|合わせ|あわせ))/u;

/** A name with the suffix 課, 部 or 局 (not 課題, 課税, 部分, 局面): a department, if the plan has it. */
// (A name may hold kana: its okurigana — 子育て支援課, not the particle って of 担当って人材育成課 — or, at a clause's
// start, a word in hiragana before it — こども政策課;
// not an opener or a pointing word — ちなみに広報課, その財政課 — nor an adjective's ending, 新しい財政課.)
/**
 * The kanji of a name before its okurigana (子育て of 子育て支援課, 見守り of 見守り推進課), optional: names of units
 * hold kana there. Not the particle って (担当って人材育成課).
 */
export const OKURIGANA_IN_NAME = String.raw`(?:\p{Script=Han}+(?!って)[てりしきみえちけれらまっ]{1,2}(?=\p{Script=Han}))?`;
export const UNKNOWN_UNIT = new RegExp(
  String.raw`(?:(?<=^|[。、,，\s！？!?「『（(【])(?!(?:この|その|あの|どの|これ|それ|あれ|では|じゃ|あと|まず|また|なお|さらに|ちなみに|ところで|とりあえず|いま|うちの))\p{Script=Hiragana}{2,4}(?=\p{Script=Han}))?${OKURIGANA_IN_NAME}[\p{Script=Han}\p{Script=Katakana}ー・]{2,}(?:課(?!\p{Script=Han})|(?:部|局|委員会)(?!\p{Script=Han})(?=\s*(?:の\s*(?:事業|担当|所管|取組|取り組み|者)|が\s*(?:担当|所管|やって|持って)|で\s*(?:やって|担当)|さん|です|だよね|だっけ|じゃ|では|は|って|[?？]|$)))`,
  "gu",
);

/**
 * Words for "the department in charge", not names of one: 担当課, 所管課, 関係課; and words that end in 部 or 局 but name no
 * unit — 全部, 一部, 内部, 外部, 北部, 学部 (福祉部, 総務部, 市民文化部 are a city's 部, which the plan has none of: probe
 * 126 had read 福祉部 as the word 福祉). (A 部 or 局 is a unit only as one is spoken of — の事業, の担当, が担当, さん, って？ —
 * not 中心部のにぎわい, 山間部の, テレビ局と連携: review.) A 委員会 is spoken of so too (教育委員会の事業って入ってる？:
 * probe 249 had searched 教育 and said はい of a project naming 教育のまち).
 */
export const GENERIC_UNIT =
  /(?:(?:担当|所管|主管|関係|関連|所属|事業|担い手)(?:課|部|局)|(?:全|一|内|外|幹|細|上|下|大|前|後|北|南|東|西|中|市|郡|学|各|残|頭|胸|腹|首|山間|農村|沿岸|中心|中央|都市|市街|周辺|臨海|湾岸|海岸|内陸|都心|郊外|平野|丘陵|山麓|島しょ|島嶼)部|(?:薬|郵便|放送|事務|当|テレビ)局)$/;

/** The stems of the plan's 課 with at least `min` characters: those a typo may still be read in. */
function stemsOf(catalog: Catalog, min: number): string[] {
  return catalog.departments.filter((d) => d.suffix === "課" && [...d.stem].length >= min).map((d) => d.stem);
}

/** The IME's other か after a 課's whole stem (情報システム科, 財産活用化, 市民家, 人事過). */
const OTHER_KA = "科化家過";
/** The fewest characters of a stem whose 課 is read from the IME's other か in any place (see unitTypos). */
const MIN_TYPO_STEM = 3;
/**
 * A department's name as the IME's other か leaves it (財産活用化, 情報システム科): its stem of MIN_TYPO_STEM characters
 * or more, then each of OTHER_KA — none for a unit not named 課 or a shorter stem.
 */
export const mistypedForms = (d: { stem: string; suffix: string }): string[] =>
  d.suffix === "課" && [...d.stem].length >= MIN_TYPO_STEM ? [...OTHER_KA].map((ka) => `${d.stem}${ka}`) : [];

/** The suffix of another unit than 課, said of one (see otherSuffix). */
const OTHER_SUFFIX = /[室係班部]|担当/;

/**
 * The whole stem of one of the plan's 課, then 室, 係, 班 or 部 (財産活用室, 情報システム係, 人事係, 人事部): staff name their
 * own unit so, or remember it so (probe 122) — read as the 課, and reported. Not a unit the plan has by that name, nor グループ
 * (市民グループ is a group of citizens, not 市民課). (And 部門, 担当課, 担当 — 情報システム部門, 管財担当課, as staff of other
 * cities say them, the name staff use too: probe 205 had read neither.)
 */
export const otherSuffix = perCatalog((catalog) => {
  const aliasStems = catalog.departments.flatMap((d) =>
    d.aliases.filter((a) => a.endsWith("課") && [...a].length >= 3).map((a) => a.slice(0, -1)),
  );
  const stems = [...new Set([...stemsOf(catalog, 2), ...aliasStems])].sort((x, y) => y.length - x.length);
  return stems.length > 0
    ? new RegExp(
        `(?<![\\p{Script=Han}\\p{Script=Katakana}])(${stems.map(escapeRegExp).join("|")})(?:部門|担当課|担当部署|担当部局|担当|[室係班部])(?![\\p{Script=Han}])`,
        "gu",
      )
    : null;
});

/** The IME's other か after a unit's stem (see unitTypos). */
const TYPO_SUFFIX = new RegExp(`[${OTHER_KA}]`);

export const unitTypos = perCatalog((catalog) => {
  const stems = stemsOf(catalog, MIN_TYPO_STEM).sort((x, y) => y.length - x.length);
  return stems.length > 0
    ? new RegExp(`(${stems.map(escapeRegExp).join("|")})[${OTHER_KA}](?!\\p{Script=Han})`, "gu")
    : null;
});

/**
 * A stem of the plan's 課 then 課 left in kana, or the IME's other か in kanji, before a particle (人事かの事業, 人事かが担当,
 * 市民化の事業, 市民家がやってる — the IME, or a voice input, stopping short of the kanji or choosing another): that 課.
 * Stems of two characters too: nothing but a particle may follow.
 */
export const unitKanaKa = perCatalog((catalog) => {
  const stems = stemsOf(catalog, 2).sort((x, y) => y.length - x.length);
  return stems.length > 0
    ? new RegExp(
        `(${stems.map(escapeRegExp).join("|")})[か科化家過](?=の|が|は|で|を|も|って|さん|以外)`,
        "gu",
      )
    : null;
});

/**
 * A plan 課 with a stem this long may be recognised with one character mistyped (財政活用課 → 財産活用課).
 * Shorter names are one character from other real units the plan does not have (市民課 and 市税課, 人事課 and
 * 人権課): a question about those must stay a question about a unit the plan lacks.
 */
export const MISTYPED_STEM_MIN = 4;
/** A unit name that may hold a mistyped stem: kanji or katakana, then 課 not followed by kanji. */
export const UNIT_NAME = new RegExp(
  // Kana too: まち魅力発信課 begins in hiragana, and only the tail that matches a stem is ever compared.
  String.raw`[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー・]{${MISTYPED_STEM_MIN},}(?=課(?!\p{Script=Han}))`,
  "gu",
);

export const longStems = perCatalog((catalog) =>
  stemsOf(catalog, MISTYPED_STEM_MIN).map((stem) => [...stem]),
);

/**
 * The one long stem `said` ends in with exactly one character different, if exactly one does; or misremembered (see
 * below). `said` is how many characters of its end were read so.
 */
export function slipOf(run: string, catalog: Catalog): { stem: string; said: number } | null {
  const chars = [...run];
  const one = (stems: readonly (readonly string[])[]) =>
    stems.length === 1 && stems[0] ? { stem: stems[0].join(""), said: stems[0].length } : null;
  const near = longStems(catalog).filter((stem) => {
    if (stem.length > chars.length) return false;
    return oneCharOff(chars.slice(chars.length - stem.length), stem);
  });
  if (near.length > 0) return one(near);
  // 企画政策課 for 政策企画課: the name's two words said in the other order (probe 141) — one of the plan's departments
  // alone is so.
  // (The whole name: not the tail of a longer one, 総合企画政策課 — review.)
  const swapped = one(
    longStems(catalog).filter(
      (stem) =>
        !/[\p{Script=Han}\p{Script=Katakana}]/u.test(chars[chars.length - stem.length - 1] ?? "") &&
        wordsSwapped(chars.slice(chars.length - stem.length), stem),
    ),
  );
  if (swapped) return swapped;
  // 財産管理課 for 財産活用課: the same opening word, the other word of the name misremembered (probe 94) — one of the
  // plan's departments alone opens so, its name as long.
  const opening = one(
    longStems(catalog).filter((stem) => sameOpening(chars.slice(chars.length - stem.length), stem)),
  );
  if (opening) return opening;
  // 市民相談課 for 市民生活相談課: a word of the middle of the name left out (probe 122) — one of the plan's departments
  // alone is so, the rest said as it is, from its first two characters to its last.
  const gapped = longStems(catalog).flatMap((stem) =>
    MIDDLE_LEFT_OUT.filter((gap) =>
      leavesOutMiddle(chars.slice(chars.length - (stem.length - gap)), stem),
    ).map((gap) => ({ stem: stem.join(""), said: stem.length - gap })),
  );
  return gapped.length === 1 ? (gapped[0] ?? null) : null;
}

/** How many characters a name's middle word said left out may have: 生活 of 市民生活相談課. */
const MIDDLE_LEFT_OUT = [1, 2];

/** Whether `said` is `stem` less a run of its middle, four characters or more of it kept (see slipOf). */
function leavesOutMiddle(said: readonly string[], stem: readonly string[]): boolean {
  const gap = stem.length - said.length;
  if (said.length < 4 || gap < 1) return false;
  for (let at = 2; at < said.length; at++) {
    if (said.slice(0, at).join("") !== stem.slice(0, at).join("")) return false;
    if (said.slice(at).join("") === stem.slice(at + gap).join("")) return true;
  }
  return false;
}

/** Whether `said` is `stem` cut in two, two characters or more each side, said in the other order. */
function wordsSwapped(said: readonly string[], stem: readonly string[]): boolean {
  if (said.length !== stem.length) return false;
  const as = said.join("");
  for (let at = 2; at <= stem.length - 2; at++)
    if (as === [...stem.slice(at), ...stem.slice(0, at)].join("")) return true;
  return false;
}

/** Four characters or more alike in length, the first two the same, at most two others not. */
function sameOpening(said: readonly string[], stem: readonly string[]): boolean {
  if (said.length !== stem.length || stem.length < 4 || said[0] !== stem[0] || said[1] !== stem[1])
    return false;
  return said.filter((c, i) => c !== stem[i]).length <= 2;
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
export function mendUnitTypos(text: string, catalog: Catalog): { text: string; slips: Slip[] } {
  const slips: Slip[] = [];
  const mend = (said: string, stem: string) => {
    slips.push({ said, read: `${stem}課` });
    return `${stem}課`;
  };
  // (Each pattern only where it may match: most questions hold no 科化家過 and no 課, and both patterns try every place.)
  const pattern = TYPO_SUFFIX.test(text) ? unitTypos(catalog) : null;
  let mended = pattern ? text.replace(pattern, mend) : text;
  const other = OTHER_SUFFIX.test(mended) ? otherSuffix(catalog) : null;
  if (other)
    mended = mended.replace(other, (said: string, stem: string) =>
      catalog.departments.some((d) => d.name === said) ? said : mend(said, stem),
    );
  const kana = mended.includes("か") || TYPO_SUFFIX.test(mended) ? unitKanaKa(catalog) : null;
  if (kana) mended = mended.replace(kana, mend);
  if (!mended.includes("課")) return { text: mended, slips };
  const out = mended.replace(UNIT_NAME, (run) => {
    if (catalog.departments.some((d) => run.endsWith(d.stem))) return run;
    const slip = slipOf(run, catalog);
    if (!slip) return run;
    const { stem } = slip;
    const said = [...run].slice([...run].length - slip.said).join("");
    slips.push({ said: `${said}課`, read: `${stem}課` });
    return run.slice(0, run.length - said.length) + stem;
  });
  return { text: out, slips };
}

/**
 * Words that ask to confirm what was said: で合ってる, で間違いない, で相違ない, でよろしい, で正しい, でよいか, で誤りないか,
 * でいい？ (probe 124: でよいか and で誤りないか had no verdict); each also after ということ, という認識, ってこと
 * (…の担当は市民課ってことでいい？ had listed the department's projects, with no はい).
 */
export const CONFIRMING_VERB = String.raw`(?:(?:という|との|って)\s*(?:こと|認識|理解)\s*)?で(?:合って|あって|間違い|相違|よろし|正し|よい|良い|誤り|いい(?=\s*(?:の|ん|です|でしょう|か|よね|[?？]|$)))[^。？?]{0,12}`;
/**
 * What confirms a department said as whose a project is, at the question's end: だよね, なの, じゃない(の), で合ってる —
 * 「…は人事課だよね？」「…の担当って市民課じゃない？」 (read by the answer's yes or no, and by a follow-up of it alone).
 */
export const UNIT_CONFIRMING = String.raw`(?:です\s*よね|でした\s*(?:よね|っけ)|だ(?:った)?\s*(?:よね|っけ)|なの|なん(?:です|だ)\s*(?:か|よね)|じゃ\s*(?:ない|なかった)\s*(?:の|ん)?\s*(?:っけ|です\s*(?:か|ね|よね)|でしたっけ|だっけ|だ?よね|だね)?|では\s*(?:ない|なかった)\s*(?:ですか|でしょうか|でしたっけ)|${CONFIRMING_VERB})`;

/**
 * What follows a name to leave it out: 以外, を除く, は除いて, も外す (さらに人権・男女共生課も外すと？ — probe 302's
 * thread had read the unit as the one asked of); the first of a list left out (人事課と情報システム課のものは
 * 除いて); or the name said to be seen already (人事課のはもう見たので、それ以外で; 既に把握しているので不要です);
 * or said beside the ones asked about (人事課以外にも研修の事業ある？: other than its own); or said not to run the projects (政策企画課の担当ではない, 人事課が担当していない, 所管でない, 人事課がやっていない);
 * or its projects denied (DX推進チームのじゃないやつ: probe 345 had read the team's).
 * Not a guess asked at the end (…の担当って市民課じゃない？, 市民課じゃなかったっけ): that asks whether it is the unit.
 */
export const LEFT_OUT = new RegExp(
  `^\\s*(?:さん)?(?:(?:の|が|で)?\\s*(?:担当|所管)(?:分|の分)?\\s*(?:では|じゃ|で)\\s*(?:ない|なく)|(?:が|で)?\\s*(?:担当|所管)(?:して|されて)\\s*(?:い)?(?:ない|ません)|が\\s*(?:やって|持って|担当して)\\s*(?:い)?(?:ない|ません)|(?:の)?(?:担当|所管)分\\s*(?:を|は|も)?(?:${LEAVING_OUT})|(?:の\\s*(?:もの|事業|分)?\\s*)?${ALREADY_HAD}|(?:の\\s*(?:もの|事業|分)?\\s*)?${BESIDES}|(?:の\\s*(?:もの|事業|分)?\\s*)?(?:(?:の)?(?:担当|所管)\\s*)?(?:を|は|も)?(?:${LEAVING_OUT})|(?:が|の)\\s*(?:所管|担当)\\s*(?:して|されて)?\\s*(?:い|お)?(?:る)?\\s*(?:もの|事業|分)\\s*(?:を|は|も)?(?:${LEAVING_OUT})|(?:の\\s*)?(?:じゃ|では|でも?)(?:ない|なく)(?!(?:(?:の|ん|か|っけ|です|でしょう|よね)+\\s*[?？]*|\\s*[?？]+)\\s*$)|でも(?=[^。]*でも(?:ない|なく))|(?:と|や|、|・|及び|および)(?=[^。、]{2,20}?(?:${UNIT_SUFFIXES})\\s*(?:の\\s*(?:もの|事業|分)\\s*)?(?:を|は|も)?(?:${LEAVING_OUT})))`,
);

/**
 * What follows a unit named as someone one deals with, not as what is asked about: 人事課と打ち合わせ,
 * 政策企画課に提出, 市民課から異動, 人事課の課長に説明, 人事課の研修担当から (someone in charge of a thing there),
 * 人権・男女共生課の関係で、(the occasion), 市民課の窓口で (the
 * place where it came up). Not に関する, について,
 * に係る, にある (a subject), nor where the projects are (市民協働推進課には縮小はない？, 人事課に何がある: probe 200), and not
 * the unit's people alone (政策企画課の担当者は誰: its projects are asked about). The unit may be said as a place first
 * (財産活用課ってとこから電話きた: probe 329).
 */
const AS_PARTICIPANT =
  /^\s*(?:(?:って|という|っていう)\s*(?:とこ|ところ|所|課|部署)\s*(?=から|と|に|へ))?(?:(?:の(?:課長|係長|部長|室長|次長|主幹|主査|担当者|担当の方|方|人|職員|皆さん|みなさん|[\u3400-\u9fff\u30a1-\u30faー]{1,8}(?:担当|係)(?:者|の方)?))?(?:と|に(?!関|つい|係|かか|おけ|よる|属|紐|ひも|入|載|含|限|あ|は|も|何|なに|どんな|どれ|新規|拡充|臨時|縮小|完了|継続)|へ|から)|の(?:関係|絡み|用件)で[、,\s]|の関係で(?=資料|確認|照会|調べ)|の(?:窓口|カウンター|受付)(?:で|に)(?:は|も)?[、,\s]?)/;

/** Doing, said of a unit (してる, やってる, 担当している, しとる). */
const UNIT_DOING = String.raw`(?:して|やって|担当して|しとる|やっとる)(?:い|ら|は)?(?:る|ます)?\s*`;
/**
 * What a unit does, asked at the message's end of the one it named (「…課から電話きたんだけど、何してる課？」「そこって何
 * やってるとこ？」「どんな仕事をしている課？」): the unit named is what is asked about, whatever it was named with. Not
 * 何課 (which unit: 「…から電話があったけど、マイナンバーカードの担当は何課？」 asks another's).
 */
export const WHAT_THE_UNIT_DOES = new RegExp(
  String.raw`(?:(?:そこ|その課|そちら|そっち|あそこ)\s*(?:って|は|が)?\s*)?(?:(?:何|なに|なん)\s*(?:を\s*${UNIT_DOING}|の|${UNIT_DOING})|(?:どんな|どういう)(?:\s*(?:仕事|こと)\s*(?:を\s*${UNIT_DOING})?)?)\s*(?:課|とこ|ところ|部署|所)\s*(?:なの|なん(?:です|だ)?|です|でしょう|だろう)?\s*(?:か|かな|っけ)?\s*[?？。!！]*\s*$`,
  "u",
);

/** A unit's name starting the text: some characters, then a unit suffix (or センター) that is no 課題 or 課税. */
const UNIT_AHEAD = new RegExp(`^[^\\s、。]{0,12}?(?:${UNIT_SUFFIXES}|センター)(?!${NOT_A_UNIT_AFTER_KA})`);

/**
 * と before another unit joins the two (人事課と財産活用課の事業, DX推進チームと情シス): both are asked about — also
 * before another's stem said as a unit (DX推進チームと人事の事業, 市民課と人事は？: probe 293).
 */
const joinsAnother = (after: string, catalog: Catalog) => {
  if (!/^\s*と/.test(after)) return false;
  const next = after.replace(/^\s*と\s*/, "");
  return (
    UNIT_AHEAD.test(next) ||
    catalog.departments.some(
      (d) =>
        d.fullForms.some((f) => next.startsWith(f)) ||
        (d.stem.length >= 2 && next.startsWith(d.stem) && STEM_AS_UNIT.test(next.slice(d.stem.length))),
    )
  );
};
/** What follows a stem said as a unit: what says so (の事業, が担当), or the ask's end (市民課と人事は？). */
export const STEM_AS_UNIT = new RegExp(`${UNIT_FOLLOWS.source}|^\\s*(?:は|って)?\\s*[？?]?\\s*$`);

/**
 * The plan's units that a message names as someone one deals with (see AS_PARTICIPANT), and the message without
 * them: a meeting with 人事課 is why one asks, not what about.
 */
export function withoutParticipants(
  message: string,
  catalog: Catalog,
  keepStem = false,
): { text: string; units: string[] } {
  let text = message;
  const units: string[] = [];
  for (const dept of catalog.departments)
    for (const form of dept.fullForms) {
      const at = unitAt(text, form);
      if (at < 0) continue;
      const after = text.slice(at + form.length);
      if (!AS_PARTICIPANT.test(after) || joinsAnother(after, catalog)) continue;
      // With `keepStem`, its stem stays as a word like any other (a question from 市民課 is likelier about 市民),
      // set apart so that it is no unit again (市民協働推進の課長): only the unit, a condition, goes.
      const left = keepStem && dept.suffix ? ` ${dept.stem} ` : " ";
      text = `${text.slice(0, at)}${left}${text.slice(at + form.length)}`;
      if (!units.includes(dept.name)) units.push(dept.name);
      break;
    }
  // A unit the plan does not have, so named (財政課から照会があり、…), is someone one deals with too: not read as an
  // unknown department asked about (probe 81: an R3 list had answered 0件, 「財政課」 said to be no department).
  text = text.replace(UNKNOWN_UNIT, (name, at: number, whole: string) => {
    const after = whole.slice(at + name.length);
    if (GENERIC_UNIT.test(name) || !AS_PARTICIPANT.test(after) || joinsAnother(after, catalog)) return name;
    if (!units.includes(name)) units.push(name);
    return " ";
  });
  return { text, units };
}
