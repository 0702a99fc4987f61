// A passage pasted from the plan into a question: the plan's words, not the asker's conditions.
import { normalizeWidth } from "../../search/normalize.js";
import type { Catalog } from "../catalog.js";
import { perCatalog } from "./util.js";

/**
 * A passage as staff paste it from the plan's PDF: quoted (「…」『…』), or a line of its own that starts as the
 * plan's items do (①…⑳, ※). Groups: the quoted text (1), the line (2).
 */
const PASTED = /[「『]([^」』\n]{8,})[」』]|(?<=^|\n)[^\S\n]*([①-⑳※][^\n]{7,})/gu;

/** How many characters of a passage, in a row, the plan's text must hold for the passage to be the plan's. */
const QUOTED_STRETCH = 8;

/** The years and directions a passage of the plan says (令和3年度は, R3 拡充): the plan's, of its project. */
const YEAR_OR_DIRECTION =
  /(?:令和|平成)\s*(?:[0-9０-９]{1,2}|元)\s*年度?|[RＲrｒ]\s*[0-9０-９]{1,2}(?![0-9０-９])|(?:20|２０)[0-9０-９]{2}\s*年度?|新規完了|臨時拡充|新規|拡充|継続|縮小|完了/gu;

/**
 * The plan's own text (each project's 目的 and 内容), width-folded, with no spaces: what a passage is looked for in.
 * Not the names: one quoted (「チャレンジいばらき補助金の拡充」) keeps its direction word. Once per catalog.
 */
const planText = perCatalog((catalog: Catalog) =>
  compact(catalog.plan.projects.map((p) => `${p.purpose}\n${p.content}`).join("\n")),
);

const compact = (text: string) => normalizeWidth(text).replace(/[\s①-⑳※・]/gu, "");

/** Whether the plan's text holds a passage: a stretch at its start, its middle or its end. */
function fromPlan(passage: string, plan: string): boolean {
  const body = compact(passage);
  if (body.length < QUOTED_STRETCH) return false;
  const middle = Math.floor((body.length - QUOTED_STRETCH) / 2);
  return [0, middle, body.length - QUOTED_STRETCH].some((at) =>
    plan.includes(body.slice(at, at + QUOTED_STRETCH)),
  );
}

/**
 * The question with the years and directions of what it pastes from the plan left out: 「①構造体耐久性調査を実施する。
 * 令和3年度は新たに…」 asks which project says so, not about 令和3年度; nor does a pasted row's cells (R3 拡充) ask
 * for R3's 拡充 projects (probe 75). The words of the passage stay, to be searched.
 */
export function withPlanPassagesPlain(question: string, catalog: Catalog): string {
  if (!/[「『①-⑳※]/u.test(question)) return question;
  const plan = planText(catalog);
  return question.replace(PASTED, (whole: string, quoted?: string, line?: string) =>
    fromPlan(quoted ?? line ?? "", plan) ? whole.replace(YEAR_OR_DIRECTION, " ") : whole,
  );
}

/** Whether a passage is the plan's own text (pasted from it), not the asker's or someone else's words. */
export const quotesPlan = (passage: string, catalog: Catalog): boolean =>
  fromPlan(passage, planText(catalog));

/** The shortest stretch of the plan's text, unquoted in a message, read as pasted from it (compact characters). */
const PASTED_STRETCH = 16;
/** The shortest such stretch read as pasted with no sentence mark, space or break inside it. */
const PASTE_UNMARKED = 24;

/** The plan's names and titles, compact: a stretch of one is a name typed, not a passage pasted. */
const planNames = perCatalog((catalog: Catalog) =>
  compact(
    [
      ...catalog.plan.projects.map((p) => p.name),
      ...[...catalog.initiatives.values()].map((i) => i.title),
      ...[...catalog.policies.values()].map((p) => p.title),
    ].join("\n"),
  ),
);

/**
 * The question with each stretch of the plan's own text it pastes unquoted — 「構造体耐久性調査を実施する。 令和3年度は
 * 新たに劣化度Ⅲ建物の　追加調査 ←これどの事業？」「…日本語教室を実施する。の事業って何課？」 — put in 「」, as a passage
 * quoted is read (see withPlanPassagesPlain): its years and directions are the plan's, and its sentence end no end of
 * the ask (probe 393: the pasted 令和3年度は新たに had been read as R3 新規, 0件; a pasted sentence's 。 had left
 * 「の事業って何課？」 to ask, and every department was counted). Spaces and line breaks inside a paste are the PDF's, not
 * the asker's. A question that quotes already is left as it is; so is a stretch of a name or a title, as staff type them.
 */
export function withPastedPassagesQuoted(question: string, catalog: Catalog): string {
  if (/[「『]/u.test(question) || question.length < PASTED_STRETCH) return question;
  // Each compact character with where it stands in the question.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < question.length; i++) {
    const c = question[i] as string;
    const folded = compact(c);
    for (const f of folded) {
      chars.push(f);
      from.push(i);
    }
  }
  const text = chars.join("");
  // (The plan's text searched in place: a set of its stretches, built on a process's first message, cost the
  // command line's start more than the few searches a message makes.)
  const plan = planText(catalog);
  const names = planNames(catalog);
  const found: [number, number][] = [];
  let at = 0;
  while (at + QUOTED_STRETCH <= text.length) {
    if (!plan.includes(text.slice(at, at + QUOTED_STRETCH))) {
      at++;
      continue;
    }
    let end = at + QUOTED_STRETCH;
    while (end < text.length && plan.includes(text.slice(end - QUOTED_STRETCH + 1, end + 1))) end++;
    if (end - at >= PASTED_STRETCH && !names.includes(text.slice(at, end))) found.push([at, end]);
    at = end;
  }
  let out = question;
  for (const [start, end] of found.reverse()) {
    const begin = from[start] as number;
    const stop = (from[end - 1] as number) + 1;
    // (A paste carries the PDF's sentence marks, spaces or breaks, or runs long: a short stretch typed whole — a
    // phrase of the plan's own that the asker writes — is read as typed.)
    const said = out.slice(begin, stop);
    if (!/[。、,.\s]/u.test(said) && end - start < PASTE_UNMARKED) continue;
    out = `${out.slice(0, begin)}「${said}」${out.slice(stop)}`;
  }
  return out;
}
