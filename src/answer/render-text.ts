// The answer as plain Japanese text, for the terminal (CLI and console).
import { alignRows } from "../args.js";
import { yearWithKeyLabel } from "../plan/fiscal.js";
import type { Direction, Project, YearKey } from "../plan/schema.js";
import { normalizeWidth } from "../search/normalize.js";
import {
  type Answer,
  CONDITION_PREFIX,
  countLabel,
  directionsLabel,
  fieldText,
  isConditionNote,
  noteGroups,
  quoteQuestion,
  RELATED_HEADING,
  STREAK_NOTE_END,
  scopeHeadings,
} from "./answer.js";

const MARKED: ReadonlySet<Direction> = new Set(["完了", "新規完了", "縮小"]);
const bracket = (d: Direction) => (MARKED.has(d) ? `【${d}】` : d);

/**
 * R3 新規 → R4 継続 → R5 【完了】: `show` decides how each direction is shown (finishing and shrinking stand
 * out). Directions that stop before the plan's last year (`planYears`) say so — 「R5以降は計画に記載なし」, and
 * 「R7は計画に記載なし」 when only the last year is left — so
 * that a project is not read as ending when the seed is only silent (完了 is what says it ends).
 */
export function directionsLine(
  project: Project,
  show: (d: Direction) => string = bracket,
  planYears: readonly YearKey[] = [],
): string {
  const entries = Object.entries(project.directions) as [YearKey, Direction][];
  if (entries.length === 0) return "（記載なし）";
  const line = entries.map(([year, d]) => `${year} ${show(d)}`).join(" → ");
  const yearNumber = (y: YearKey) => Number(y.slice(1));
  const last = Math.max(...entries.map(([y]) => yearNumber(y)));
  const planLast = Math.max(0, ...planYears.map(yearNumber));
  const finished = entries.some(([, d]) => d.includes("完了"));
  if (planLast <= last || finished) return line;
  // (Only the plan's last year left: 「R7は計画に記載なし」 — 以降 would reach past the plan, probe 109.)
  return `${line}（R${last + 1}${last + 1 === planLast ? "は" : "以降は"}計画に記載なし）`;
}

/** The first sentence of a text, cut to `max` characters: a one-line summary of 内容 or 目的. */
export function firstSentence(text: string, max = 60): string {
  return clip((text.split(/(?<=。)/)[0] ?? "").replace(/^[①-⑳]\s*/, "").trim(), max);
}

/** Text cut to `max` characters (code points), the last one … when anything was cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  // Cut between words, not inside one: back to where a run of kanji, katakana or Latin letters starts, when the cut
  // falls inside it — 「パネル設…」 and 「モバイルWi-Fiル…」 had read as words of their own (probe 80) — unless the run is
  // longer than a word.
  let end = max - 1;
  while (end > max - 1 - MAX_WORD_BACK && sameRun(chars[end - 1] as string, chars[end] as string)) end--;
  if (end === max - 1 - MAX_WORD_BACK) end = max - 1;
  return `${chars.slice(0, end).join("")}…`;
}

/** How far a cut goes back to keep a word whole, at most: a longer run is cut where it stands. */
const MAX_WORD_BACK = 12;
const RUNS = [/\p{Script=Han}/u, /[\p{Script=Katakana}ー]/u, /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-‐]/u];
/** Whether two characters side by side are of one run (漢字 and 漢字, カナ and カナ, Wi and Fi). */
const sameRun = (a: string, b: string) => RUNS.some((run) => run.test(a) && run.test(b));

/**
 * 内容 on one line: the whole text, its numbered items kept (①…②…), cut to `max` characters with …. The first
 * sentence alone hid every item after ① (7-2 No.8's スマートロック) without saying anything was left out.
 */
export function contentPreview(text: string, max = 60): string {
  const items = /[②-⑳]/.test(text);
  const flat = (items ? text : text.replace(/^[①-⑳]\s*/, ""))
    .replace(/\s+/g, " ")
    .replace(/(?<=[。、）])\s+/g, "")
    .trim();
  return clip(flat, max);
}

/**
 * One line of a project for a list: its 内容, or — when the words searched are in its 目的 and not its 内容 — its
 * 目's line from the first of them, so that the line shows why the project was found (「行かなくてもいい市役所」
 * is in 7-2 No.13's 目的 only). Words are compared width-folded; a word the plan holds only as a synonym is not
 * looked for.
 */
export function previewOf(
  project: Pick<Project, "purpose" | "content">,
  words: readonly string[],
  max: number,
): { field: "目的" | "内容"; text: string } {
  const folded = words.map((w) => normalizeWidth(w)).filter((w) => w.length > 0);
  const holds = (text: string) => {
    const foldedText = normalizeWidth(text);
    return folded.some((w) => foldedText.includes(w));
  };
  if (folded.length === 0 || holds(project.content) || !holds(project.purpose))
    return { field: "内容", text: contentAround(project.content, folded, max) };
  const original = project.purpose.replace(/\s+/g, " ").trim();
  // Positions are found in the folded text; it is shown as printed unless folding changed its length.
  const foldedPurpose = normalizeWidth(original);
  const text = foldedPurpose.length === original.length ? original : foldedPurpose;
  const at = Math.min(...folded.map((w) => foldedPurpose.indexOf(w)).filter((i) => i >= 0));
  // From the start of the sentence part holding it (after 、 or 。 before it), or the start.
  const from = Math.max(0, text.lastIndexOf("、", at) + 1, text.lastIndexOf("。", at) + 1);
  return { field: "目的", text: `${from > 0 ? "…" : ""}${clip(text.slice(from), max - (from > 0 ? 1 : 0))}` };
}

/**
 * 内容 on one line as contentPreview shows it — or, when the searched word it holds earliest lies past what that
 * shows, from the item or sentence part holding it (…③Wi-Fi型スマートロックのモデル導入（2施設）を行う。): the line
 * shows why the project was found, not the text before it (probe 100: スマートロック, （2年間） had been cut off).
 */
function contentAround(content: string, folded: readonly string[], max: number): string {
  const shown = contentPreview(content, max);
  const flat = contentPreview(content, Number.MAX_SAFE_INTEGER);
  const foldedFlat = normalizeWidth(flat);
  if (folded.length === 0 || foldedFlat.length !== flat.length) return shown;
  const found = folded.map((w) => foldedFlat.indexOf(w)).filter((i) => i >= 0);
  if (found.length === 0) return shown;
  const at = Math.min(...found);
  const word = folded.find((w) => foldedFlat.indexOf(w) === at) ?? "";
  // Seen whole in what is shown already (its … aside): nothing to move.
  if ([...flat.slice(0, at + word.length)].length <= max - 1) return shown;
  // From the sentence or item holding it; else from the earliest clause of it from which the word is seen whole.
  const before = flat.slice(0, at);
  const sentence = Math.max(
    0,
    before.lastIndexOf("。") + 1,
    ...[...before.matchAll(/[①-⑳]/gu)].map((m) => m.index),
  );
  const clauses = [...before.slice(sentence).matchAll(/、/gu)].map((m) => sentence + m.index + 1);
  // (With room for the rest of a run the word starts — スマートロック of スマートロックシステム — which a cut keeps whole.)
  const fits = (from: number) => [...flat.slice(from, at + word.length)].length + MAX_WORD_BACK <= max - 2;
  const from = [sentence, ...clauses].find(fits) ?? clauses.at(-1) ?? sentence;
  return from === 0 ? clip(flat, max) : `…${clip(flat.slice(from), max - 1)}`;
}

const SCOPE_LABEL = { chapter: "第", policy: "施策", initiative: "取組", project: "" } as const;

/**
 * How the question was read, for structured questions, as its parts: 施策7-2, 令和4年度（R4）, 完了・新規完了, 人事課, and
 * the conditions said in a sentence (令和4年度に完了・新規完了でない). The code asked is named with the other conditions
 * (its heading alone reads as the whole chapter's answer), and several years are said to be either of them
 * (のいずれか) unless every one must hold.
 */
export function conditionParts(a: Answer): string[] {
  const { years, directions, departments, excluded, everyYear, never } = a.filters;
  // Directions left out with no year asked are left out of every year: 「完了・新規完了以外」 would read as some other
  // direction in some year.
  const neverHeld =
    never.length === 0
      ? []
      : [years.length > 0 ? `${never.join("・")}以外` : `どの年度も${never.join("・")}でない`];
  const conditions = [
    // Some year of those asked — unless a run of them is asked for (2年続けて臨時拡充): that is within them.
    years.map(yearWithKeyLabel).join("・") +
      (years.length > 1 && !everyYear && !a.notes.some((n) => n.endsWith(STREAK_NOTE_END))
        ? "のいずれか"
        : ""),
    // Directions held every year are said in a sentence of their own (条件: 記載のある年度はすべて継続).
    everyYear ? "" : directionsLabel(directions),
    departments.join("・"),
    [...neverHeld, ...excluded.map((e) => `${e}以外`)].join("・"),
    ...a.notes.filter(isConditionNote).map((note) => note.slice(CONDITION_PREFIX.length).trim()),
  ].filter((p) => p.length > 0);
  if (conditions.length === 0) return [];
  const scopes = a.scopes.map((s) => `${SCOPE_LABEL[s.kind]}${s.code}${s.kind === "chapter" ? "章" : ""}`);
  return [scopes.join("・"), ...conditions].filter((p) => p.length > 0);
}

/** The parts above as one line: 条件: 施策7-2 / 令和4年度（R4） / 完了・新規完了 / 人事課. */
export function filtersLine(a: Answer): string | null {
  const parts = conditionParts(a);
  return parts.length > 0 ? `${CONDITION_PREFIX} ${parts.join(" / ")}` : null;
}

/** For free text: the words searched as the subject (探した語: マイナンバーカード・申請), when a project is shown. */
export function searchedLine(a: Answer): string | null {
  if (a.searchedWords.length === 0) return null;
  // (A word that holds ・ itself — いのち・愛・ゆめセンター — is not split by the list's ・: then 、 parts them, probe 108.)
  const between = a.searchedWords.some((w) => w.includes("・")) ? "、" : "・";
  return `探した語: ${a.searchedWords.join(between)}`;
}

export const projectCode = (p: Project) => `${p.initiative} / ${p.policy} No.${p.no}`;

export const USAGE_TEXT = `計画（まちづくりを進めるための基盤）について、日本語で質問してください。
例:
${alignRows([
  ["7-4-2", "取組の事業一覧（7 / 7-4 / 7-2 No.17 も可）"],
  ["人事課の事業", "担当課の事業"],
  ["令和5年度に完了する事業", "年度（R5, 2023年度, 今年度）と方向性（新規・拡充・完了…）"],
  ["マイナンバーカードの担当課は？", "自由な質問"],
])}`;

/**
 * Whether the project at `i` is shown in full (目的 and 内容): the only one shown, or the only one answering with
 * related ones below it (unless fields were asked of it, or a shape: those say what to show).
 */
export function detailedAt(a: Answer, i: number): boolean {
  if (a.shape !== undefined) return false;
  return a.projects.length === 1 || (a.answered === 1 && i === 0 && a.fieldsAsked === undefined);
}

/**
 * Whether the fields asked for (目的は？) are shown on the project at `i`: on those answering — or, when none answers,
 * on the related ones shown, the asker's best leads (probe 104: 「目的は？」 after a search of related projects only had
 * shown no 目的 at all).
 */
export function fieldsShownAt(a: Answer, i: number): boolean {
  return i < a.answered || a.answered === 0;
}

/**
 * Whether the project at `i` is a related one below an answer — or below a いいえ, which says the plan lacks the subject
 * (probe 109 had five full cards of projects sharing only 整備 and 充実 under 「図書館…は載っておりますでしょうか」): shown a
 * line each.
 */
export function relatedBrief(a: Answer, i: number): boolean {
  return (
    i >= a.answered && (a.answered > 0 || (a.verdict === true && a.leads?.[0]?.startsWith("いいえ") === true))
  );
}

/** Beyond this many projects answered, any list is shown a line each in the terminal (Slack pages its cards). */
export const LONG_LIST = 10;
/** How much of its 内容 tells a project from another of the same name on a list's line. */
const TWIN_PREVIEW = 40;

/** Beyond this many projects answered, a count's list is shown a line each. */
export const COUNTED_CARDS = 5;

export function renderAnswerText(a: Answer): string {
  if (a.intent === "usage") return USAGE_TEXT;
  const lines: string[] = [];
  lines.push(`「${quoteQuestion(a.query)}」の回答: ${countLabel(a)}`);
  for (const scope of scopeHeadings(a.scopes)) {
    const parent = scope.policyTitle ? `（施策: ${scope.policyTitle}）` : "";
    lines.push(`${scope.code}${scope.title ? ` ${scope.title}` : ""}${parent}`);
  }
  const filters = filtersLine(a);
  if (filters) lines.push(filters);
  const searched = searchedLine(a);
  if (searched) lines.push(searched);
  // A condition said in a sentence (条件: 令和3年度に新規…) is part of the 条件 line, not an aside; a sentence that
  // answers the question (はい。…, 担当課: …) is the answer, not a remark (※).
  for (const { note, items } of noteGroups(a.notes))
    lines.push(a.leads?.includes(note) ? note : `※ ${note}`, ...items.map((item) => `  ・${item}`));
  // One project: its purpose and content in full; a list: one line of content, to tell apart projects of the
  // same name (7-2 No.2 and No.3). One project answering, with related ones below it, is shown in full too, and the
  // related ones a line each: they are there to be noticed, not read (probe 91 found a one-project answer of 2,500
  // characters, most of it related cards) — see detailedAt.
  const grouped = a.intent === "code" && new Set(a.projects.map((p) => p.initiative)).size > 1;
  // 「R7まで載ってる事業は何件？」: the number is the answer; a long list after it is a line a project (probes 56–59
  // found 24 cards, 124 lines, too long to find the number in).
  // A long list likewise, whatever was asked (「R3で拡充の事業」: 19 cards, about 100 lines — probes 96, 98): a line each,
  // its directions on it.
  // (Not when fields were asked of them: 「R3で拡充の事業の目的を教えて」 shows each one's 目的.)
  const lineEach =
    (a.counted === true && a.answered > COUNTED_CARDS) ||
    (a.answered > LONG_LIST && a.fieldsAsked === undefined);
  // A project on one line: name, code, department, directions — and, when another of the same name is shown (7-2 No.2
  // and No.3), a line of its 内容 to tell them apart.
  const projectLine = (p: Project) => {
    const twin = a.projects.some((q) => q !== p && q.name === p.name);
    const told = twin ? `　内容: ${contentPreview(p.content, TWIN_PREVIEW)}` : "";
    return `・${p.name}（${projectCode(p)}）${p.department}　${directionsLine(p, bracket, a.planYears)}${told}`;
  };
  // A code's list grouped by initiative: its heading before the first project of each.
  const opensGroup = (i: number) =>
    grouped && a.projects[i - 1]?.initiative !== (a.projects[i] as Project).initiative;
  const groupHeading = (p: Project) => `【${p.initiative} ${a.initiatives[p.initiative] ?? ""}】`;
  // 「件数だけ」: the number alone, no list (see shapeAsked).
  for (const [i, p] of (a.shape === "count" ? [] : a.projects).entries()) {
    // 「…を表で」「名前だけ」: a line a project, its directions on it, every project so (probe 86).
    if (a.shape === "lines") {
      if (i === 0) lines.push("");
      if (i === a.answered && a.answered > 0) lines.push(`── ${RELATED_HEADING} ──`);
      lines.push(projectLine(p));
      continue;
    }
    if (lineEach && i < a.answered) {
      if (i === 0) lines.push("");
      if (opensGroup(i)) lines.push(groupHeading(p));
      lines.push(projectLine(p));
      continue;
    }
    // (Not when nothing is 該当: the count line says they are related, and there is nothing to compare them with.)
    if (i === a.answered && a.answered > 0) lines.push("", `── ${RELATED_HEADING} ──`);
    if (i === 0 && relatedBrief(a, i)) lines.push("");
    if (relatedBrief(a, i)) {
      lines.push(projectLine(p));
      continue;
    }
    if (opensGroup(i)) lines.push("", groupHeading(p));
    lines.push(
      "",
      `■ ${p.name}（${projectCode(p)}）`,
      `  担当課: ${p.department}`,
      `  方向性: ${directionsLine(p, bracket, a.planYears)}`,
    );
    if (detailedAt(a, i)) lines.push(`  目的: ${p.purpose}`, `  内容: ${p.content}`);
    else if (a.fieldsAsked && fieldsShownAt(a, i))
      for (const field of a.fieldsAsked) lines.push(`  ${field}: ${fieldText(p, field)}`);
    else if (p.content) {
      const preview = previewOf(p, a.searchedWords, 80);
      lines.push(`  ${preview.field}: ${preview.text}`);
    }
  }
  if (a.suggestions.length > 0) lines.push("", `こちらもお試しください: ${a.suggestions.join(" / ")}`);
  return lines.join("\n");
}
