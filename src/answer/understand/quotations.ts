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
