// What the plan's own terms mean, asked by a new member of staff (probes 391, 400): 「施策ってどういう単位？」「取組と事業
// ってどう違う？」「方向性ってなに」「担当かってなんですか」「『No.』って何の番号？」「R3とかR4とか書いてあるのは何のこと
// でしょうか」 — each had listed projects or found nothing. The answer says what the term is in this plan, with how many
// the chapter has of it, and lists nothing. (What each direction means — 臨時拡充ってどういう意味？ — is answered with
// its projects elsewhere: see DIRECTION_MEANINGS.)
import { normalizeWidth } from "../../search/normalize.js";

/** What the chapter holds, counted: said in the meanings. */
export interface PlanCounts {
  chapter: string;
  policies: readonly string[];
  initiatives: number;
  projects: number;
  /** The plan's first and last fiscal years, as Reiwa numbers (3 and 7). */
  first: number;
  last: number;
}

type Term = "施策" | "取組" | "事業" | "方向性" | "担当課" | "ほか" | "番号" | "年度";

/** Each term as a question may write it (a typo of the IME's among them: 担当か). */
const TERM_WORDS: readonly [Term, string][] = [
  ["施策", "施策"],
  ["取組", "取組|取り組み|とりくみ"],
  ["事業", "事業"],
  ["方向性", "方向性"],
  ["担当課", "担当課|担当か|担当部署"],
  ["ほか", "「?ほか」?|課ほか"],
  ["番号", "No\\.?|no\\.?|ナンバー"],
  // (Several years at once — R3とかR4, R3〜R7 — or the letter itself: Rって.)
  [
    "年度",
    String.raw`(?:r|令和)\s*\d{0,2}(?:\s*(?:とか|と|や|、|・|〜|~|から)\s*(?:r|令和)?\s*\d{1,2})*\s*(?:とか)?(?:\s*(?:って|と)?\s*書いて(?:ある|いる)\s*(?:の|もの))?`,
  ],
];

const QUOTED = (source: string) => String.raw`[「『]?(?:${source})[」』]?`;
/** What may open the ask: そもそも, ちなみに, すみません. */
const OPENING = String.raw`^(?:(?:そもそも|ちなみに|すみません|すいません|あの|えっと|初歩的な質問ですが)\s*[、,]?\s*)*`;
const ABOUT = String.raw`\s*(?:って|とは|というのは|っていうのは|ってのは)\s*[、,]?\s*`;
/** Asking what it means: 何のこと, どういう意味, どういう単位. */
const MEANING = String.raw`(?:何|なに|なん)\s*の\s*(?:こと|意味)|どう\s*いう\s*(?:意味|こと|もの|単位|番号)|どんな\s*(?:意味|もの|単位)`;
/** Asking what it is: 何, なに, 何のこと, どういう意味, どういう単位, 何の番号. */
const WHAT = String.raw`(?:(?:何|なに|なん)\s*(?:の\s*(?:こと|意味|番号|単位))?|${MEANING})`;
const END = String.raw`\s*(?:なん|なの)?\s*(?:です|でしょう|だ)?\s*(?:か|っけ|ね)?\s*[?？。]*(?:\s*(?:いくつ|何個|何件)\s*(?:ある|あります)?\s*(?:の|か)?\s*[?？。]*)?$`;

// (After は only the meaning itself: 担当課は何？ and 方向性は何？ ask those of the project in view.)
const termPattern = (source: string) =>
  new RegExp(
    String.raw`${OPENING}(${QUOTED(source)})(?:${ABOUT}(?:${WHAT}${END}|[?？]\s*$)|\s*は\s*(?:${MEANING})${END})`,
    "iu",
  );
const meaningPattern = (source: string) =>
  new RegExp(String.raw`${OPENING}(${QUOTED(source)})\s*の\s*意味\s*(?:は|って|を)?${END}`, "iu");
/** Two terms told apart: 取組と事業ってどう違う？, 施策と取組の違いは？. */
const differencePattern = (one: string, other: string) =>
  new RegExp(
    String.raw`${OPENING}${QUOTED(one)}\s*と\s*${QUOTED(other)}\s*(?:って|は|の)?\s*(?:どう|何が|なにが)?\s*(?:違う|ちがう|違い|ちがい|違います)`,
    "iu",
  );

/** Each term with the two ways of asking what it means, built once (not for every message). */
const TERMS = TERM_WORDS.map(([term, words]) => [term, termPattern(words), meaningPattern(words)] as const);
/** Each pair of terms told apart, built once. */
const DIFFERENCES = TERM_WORDS.flatMap(([one, oneWords]) =>
  TERM_WORDS.filter(([other]) => other !== one).map(
    ([other, otherWords]) => [one, other, differencePattern(oneWords, otherWords)] as const,
  ),
);

/** The meaning of each term, said with what the chapter holds of it. */
function meaningOf(term: Term, counts: PlanCounts): string {
  const { policies, first, last } = counts;
  const span = `${policies[0] ?? ""}〜${policies.at(-1) ?? ""}`;
  switch (term) {
    case "施策":
      return `『施策』は、計画の章（${counts.chapter}）の下の大きな柱です。この章には施策${span}の${policies.length}つがあり、施策ごとに「施策の方向性」と対応するSDGsが書かれています。施策の下に取組、取組の下に事業が載っています。`;
    case "取組":
      return `『取組』は、施策を実現するために進める具体的な方針の単位で、7-2-4 のように施策の番号（7-2）に続けて、施策の中での順番が付きます。この章には${counts.initiatives}の取組があり、事業は取組の下に載っています（事業が載っていない取組もあります）。`;
    case "事業":
      return `『事業』は、取組の下に載っている新規・拡充事業等の一つひとつです。事業ごとに担当課・目的・内容と、各年度（R${first}〜R${last}）の方向性が書かれています。この章には${counts.projects}件の事業があります。`;
    case "方向性":
      return `『方向性』は、事業ごとに年度（R${first}〜R${last}）別に書かれている進め方で、新規・継続・拡充・臨時拡充・縮小・完了・新規完了のどれかです（書かれていない年度もあります）。施策には、文章で書かれた「施策の方向性」もあります。`;
    case "担当課":
      return "『担当課』は、その事業を担当する課（部署）です。課のほか、室やチーム（DX推進チームなど）もあります。「収納課ほか」は、収納課のほかにも担当する課があることを示します。";
    case "ほか":
      return "『ほか』（収納課ほか）は、その課のほかにも担当する課があることを示します。ほかの課の名前は計画に書かれていません。";
    case "番号":
      return "『No.』は、施策ごとに計画の並び順で数えた事業の番号です（7-2 No.17 は施策7-2の17番目の事業）。コードの 7-2-6 は取組の番号です。";
    case "年度":
      return `R${first}〜R${last}は令和${first}〜${last}年度（${first + 2018}〜${last + 2018}年度）のことで、この計画の期間です。事業ごとに、各年度の方向性（新規・継続・拡充など）が書かれています。`;
  }
}

/**
 * The answer to a question asking only what one or two of the plan's terms mean (see the head of this file), or null for
 * any other question — one that names a code (施策7-2って何？) or a project asks of that, not of the term. Pure.
 */
export function termMeaning(question: string, counts: PlanCounts): string | null {
  const text = normalizeWidth(question).trim();
  for (const [one, other, pattern] of DIFFERENCES)
    if (pattern.test(text)) return `${meaningOf(one, counts)}${meaningOf(other, counts)}`;
  for (const [term, asked, meant] of TERMS) {
    const m = asked.exec(text) ?? meant.exec(text);
    // (A year with its number alone — R3って何？ — is one year: see year-meaning.ts; two or more, or R alone, the span.)
    if (m !== null && (term !== "年度" || !/^(?:r|令和)\s*\d{1,2}$/iu.test((m[1] ?? "").trim())))
      return meaningOf(term, counts);
  }
  return null;
}
