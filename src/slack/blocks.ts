// Block Kit for answers: pure functions from an Answer to a Slack message. Every dynamic string is escaped,
// lists are paginated, and Slack's limits (50 blocks, 3,000 characters a section, 2,000 a button value)
// are respected by construction.
import type { types } from "@slack/bolt";

export type KnownBlock = types.KnownBlock;
type Button = types.Button;
type ActionsBlock = types.ActionsBlock;

import {
  type Answer,
  type AskedField,
  countLabel,
  DIGEST_COMMANDS,
  EXAMPLE_QUESTIONS,
  fieldText,
  noteGroups,
  quoteQuestion,
  RELATED_HEADING,
  scopeHeadings,
} from "../answer/answer.js";
import {
  detailedAt,
  directionsLine,
  fieldsShownAt,
  filtersLine,
  previewOf,
  projectCode,
  relatedBrief,
  searchedLine,
} from "../answer/render-text.js";
import type { Direction, Project, YearKey } from "../plan/schema.js";
import { escapeText } from "./escape.js";

export const PAGE_SIZE = 5;
export const MAX_SECTION_TEXT = 3000;
export const PURPOSE_PREVIEW = 70;

export const ACTION_PAGE = "plan_page";
export const ACTION_SHARE = "plan_share";
export const ACTION_FEEDBACK_UP = "feedback_up";
export const ACTION_FEEDBACK_DOWN = "feedback_down";
export const FEEDBACK_THANKS = "フィードバックありがとうございました。今後の改善に使います。";

export const ERROR_TEXT =
  "申し訳ありません。回答の作成中に問題が発生しました。しばらくしてからもう一度お試しください。";

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** What a button carries: the question and the page, enough to rebuild the answer. */
export interface PageRef {
  q: string;
  p: number;
}

const clip = (text: string, max: number) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text;

const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: clip(text, MAX_SECTION_TEXT) },
});
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: clip(text, MAX_SECTION_TEXT) }],
});

const FINISHING: ReadonlySet<Direction> = new Set(["完了", "新規完了"]);

/** R3 新規 → R4 継続 → R5 *完了* :checkered_flag: — finishing and shrinking years stand out. */
export function directionsMrkdwn(project: Project, planYears: readonly YearKey[] = []): string {
  return directionsLine(
    project,
    (d) => {
      if (FINISHING.has(d)) return `*${d}* :checkered_flag:`;
      if (d === "縮小") return `*${d}* :small_red_triangle_down:`;
      return d;
    },
    planYears,
  );
}

function projectSection(
  project: Project,
  detailed: boolean,
  planYears: readonly YearKey[],
  searched: readonly string[],
  fields?: readonly AskedField[],
): KnownBlock {
  const lines = [
    `*${escapeText(project.name)}*`,
    `\`${projectCode(project)}\`　担当課: *${escapeText(project.department)}*`,
    `方向性: ${directionsMrkdwn(project, planYears)}`,
  ];
  if (detailed) {
    lines.push(`*目的* ${escapeText(project.purpose)}`, `*内容* ${escapeText(project.content)}`);
  } else if (fields && fields.length > 0) {
    // The fields asked for by name (それぞれの目的は？): whole.
    for (const field of fields) lines.push(`*${field}* ${escapeText(fieldText(project, field))}`);
  } else if (project.content) {
    // One line of 内容 tells apart projects of the same name (7-2 No.2 and No.3); of 目的 when only it holds the
    // words searched.
    const preview = previewOf(project, searched, PURPOSE_PREVIEW);
    lines.push(`_${preview.field === "目的" ? "目的: " : ""}${escapeText(preview.text)}_`);
  }
  return section(lines.join("\n"));
}

/** Projects a line each (• *name* `code` 担当課 — directions), the related ones under their heading. */
function projectLines(shown: readonly Project[], answer: Answer, first: number): KnownBlock[] {
  const line = (p: Project) =>
    `• *${escapeText(p.name)}* \`${projectCode(p)}\` ${escapeText(p.department)}　${directionsMrkdwn(p, answer.planYears)}`;
  const answered = shown.filter((_, i) => first + i < answer.answered);
  const related = shown.filter((_, i) => first + i >= answer.answered);
  const blocks: KnownBlock[] = [];
  if (answered.length > 0) blocks.push(section(answered.map(line).join("\n")));
  if (related.length > 0) {
    if (answer.answered > 0) blocks.push(context(`*${RELATED_HEADING}*`));
    blocks.push(section(related.map(line).join("\n")));
  }
  return blocks;
}

const encodeRef = (ref: PageRef) => JSON.stringify(ref);

export function decodeRef(value: string | undefined): PageRef | null {
  try {
    const parsed: unknown = JSON.parse(value ?? "");
    if (typeof parsed === "object" && parsed !== null && "q" in parsed && "p" in parsed) {
      const { q, p } = parsed as { q: unknown; p: unknown };
      if (typeof q === "string" && typeof p === "number" && Number.isInteger(p) && p >= 0) return { q, p };
    }
  } catch {
    // A value we did not write: treated as no reference.
  }
  return null;
}

export function pageCount(answer: Answer): number {
  return Math.max(1, Math.ceil(listedOf(answer).length / PAGE_SIZE));
}

/** The projects an answer lists: none when only their number was asked for (件数だけ). */
const listedOf = (answer: Answer) => (answer.shape === "count" ? [] : answer.projects);

export interface AnswerBlockOptions {
  page?: number;
  /** 「前へ」/「次へ」 buttons (a shared copy has none). */
  nav?: boolean;
  /** 「チャンネルに共有」, offered on private (ephemeral) answers. */
  share?: boolean;
  /** Who shared it, for the shared copy. */
  sharedBy?: string;
  /** The recorded question's ID: 「役に立った」/「違う」 buttons vote on it. */
  feedbackId?: number | undefined;
}

export function answerMessage(answer: Answer, options: AnswerBlockOptions = {}): SlackMessage {
  if (answer.intent === "usage") return usageMessage();
  const pages = pageCount(answer);
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const nav = options.nav ?? false;
  const shown = listedOf(answer).slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const question = escapeText(answer.query);
  const quoted = escapeText(quoteQuestion(answer.query));
  const count = listedOf(answer).length;
  const blocks: KnownBlock[] = [];
  const range =
    count > shown.length
      ? `（${page * PAGE_SIZE + 1}〜${page * PAGE_SIZE + shown.length}件目・${page + 1}/${pages}ページ）`
      : "";
  blocks.push(section(`*「${quoted}」* の回答: ${countLabel(answer)}${range}`));
  for (const scope of scopeHeadings(answer.scopes)) {
    const parent = scope.policyTitle ? `\n施策: ${escapeText(scope.policyTitle)}` : "";
    const title = scope.title ? ` ${escapeText(scope.title)}` : "";
    blocks.push(context(`*${escapeText(scope.code)}*${title}${parent}`));
  }
  const filters = filtersLine(answer);
  if (filters) blocks.push(context(escapeText(filters)));
  const searched = searchedLine(answer);
  if (searched) blocks.push(context(escapeText(searched)));
  // A condition said in a sentence is part of the 条件 line above.
  // A sentence that answers the question (はい。…, 担当課: …) is the answer, in the message's own text; other notes
  // are remarks beside it.
  for (const { note, items } of noteGroups(answer.notes)) {
    const listed = items.map((item) => `\n• ${escapeText(item)}`).join("");
    blocks.push(
      answer.leads?.includes(note)
        ? section(`${escapeText(note)}${listed}`)
        : context(`:information_source: ${escapeText(note)}${listed}`),
    );
  }
  if (shown.length > 0) blocks.push({ type: "divider" });
  // A code's long list is grouped by initiative, each group under its code and title.
  const grouped = answer.intent === "code" && new Set(answer.projects.map((p) => p.initiative)).size > 1;
  // 「…を表で」「名前だけ」: a line a project, its department and directions on it (probe 86).
  const first = page * PAGE_SIZE;
  if (answer.shape === "lines") blocks.push(...projectLines(shown, answer, first));
  else {
    // Below an answer or a いいえ, the related projects a line each (see relatedBrief); else, with none 該当, each its card.
    const cards = shown.filter((_, i) => !relatedBrief(answer, first + i));
    cards.forEach((project, i) => {
      if (grouped && (i === 0 || cards[i - 1]?.initiative !== project.initiative)) {
        const title = answer.initiatives[project.initiative] ?? "";
        blocks.push(context(`:file_folder: *${escapeText(project.initiative)}* ${escapeText(title)}`));
      }
      const fields = fieldsShownAt(answer, first + i) ? answer.fieldsAsked : undefined;
      const detailed = detailedAt(answer, first + i);
      blocks.push(projectSection(project, detailed, answer.planYears, answer.searchedWords, fields));
    });
    if (cards.length < shown.length)
      blocks.push(...projectLines(shown.slice(cards.length), answer, first + cards.length));
  }
  if (count > PAGE_SIZE) {
    blocks.push(
      context(
        "全件を一覧で見るには: 担当者が `npx plan-bot export --format xlsx --output 計画.xlsx` で Excel ファイルにできます（年度ごとの方向性つき）。",
      ),
    );
  }
  if (!nav && count > shown.length) {
    blocks.push(
      context(
        `全${count}件のうち${shown.length}件を表示しています。続きは \`/plan ${question}\` で確認できます。`,
      ),
    );
  }
  if (answer.suggestions.length > 0) {
    blocks.push(
      context(
        `こちらもお試しください: ${answer.suggestions.map((s) => `\`/plan ${escapeText(s)}\``).join("　")}`,
      ),
    );
  }
  if (options.sharedBy) blocks.push(context(`<@${options.sharedBy}> さんが共有しました`));
  const buttons: Button[] = [];
  if (nav && page > 0) {
    buttons.push({
      type: "button",
      action_id: `${ACTION_PAGE}_prev`,
      text: { type: "plain_text", text: "前へ" },
      value: encodeRef({ q: answer.readAs ?? answer.query, p: page - 1 }),
    });
  }
  if (nav && page < pages - 1) {
    buttons.push({
      type: "button",
      action_id: `${ACTION_PAGE}_next`,
      text: { type: "plain_text", text: "次へ" },
      value: encodeRef({ q: answer.readAs ?? answer.query, p: page + 1 }),
    });
  }
  // Nothing to share when nothing was found.
  if (options.share && count > 0) {
    buttons.push({
      type: "button",
      action_id: ACTION_SHARE,
      style: "primary",
      text: { type: "plain_text", text: "チャンネルに共有" },
      value: encodeRef({ q: answer.readAs ?? answer.query, p: page }),
    });
  }
  if (options.feedbackId !== undefined && count > 0) {
    const value = String(options.feedbackId);
    buttons.push(
      {
        type: "button",
        action_id: ACTION_FEEDBACK_UP,
        text: { type: "plain_text", text: "役に立った" },
        value,
      },
      { type: "button", action_id: ACTION_FEEDBACK_DOWN, text: { type: "plain_text", text: "違う" }, value },
    );
  }
  if (buttons.length > 0) blocks.push({ type: "actions", elements: buttons } satisfies ActionsBlock);
  return { text: `「${quoted}」の回答: ${countLabel(answer)}`, blocks };
}

export function usageMessage(): SlackMessage {
  const examples = EXAMPLE_QUESTIONS.map((e) => `• \`/plan ${e}\``).join("\n");
  return {
    text: "plan-bot の使い方",
    blocks: [
      section("*plan-bot* は総合計画の実施計画（まちづくりを進めるための基盤）についての質問に答えます。"),
      section(
        `*例*\n${examples}\n\n` +
          "コード（7 / 7-4 / 7-4-2 / 7-2 No.17）、担当課、年度（令和5年度・R5・2023年度・今年度）、" +
          "方向性（新規・拡充・臨時拡充・縮小・完了）、自由な質問に答えます。回答はあなたにだけ表示され、ボタンでチャンネルに共有できます。",
      ),
      context(`日次ダイジェスト: ${DIGEST_COMMANDS}`),
    ],
  };
}

export function errorMessage(): SlackMessage {
  return { text: ERROR_TEXT, blocks: [section(`:warning: ${ERROR_TEXT}`)] };
}
