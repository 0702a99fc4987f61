// The daily digest's content, as a pure function of the plan and a date: projects finishing (完了, 新規完了)
// in that date's fiscal year grouped by department, and a shorter list of those starting (新規).
import type { Catalog } from "../answer/catalog.js";
import { type ProjectJson, projectJson } from "../answer/json.js";
import { directionsLine, firstSentence, projectCode } from "../answer/render-text.js";
import { planPeriodLabel, reiwaLabel, tokyoDate, yearKeyOf } from "../plan/fiscal.js";
import type { Project, YearKey } from "../plan/schema.js";
import type { KnownBlock, SlackMessage } from "../slack/blocks.js";
import { directionsMrkdwn } from "../slack/blocks.js";
import { escapeText } from "../slack/escape.js";
import {
  addDays,
  businessDaysBetween,
  closedBecause,
  fiscalYearSpan,
  isBusinessDay,
  isFirstBusinessDayOfFiscalYear,
  isFirstBusinessDayOfMonth,
} from "./calendar.js";

export interface Digest {
  /** The Tokyo calendar day it is for (YYYY-MM-DD): the unit of "once a day". */
  day: string;
  fiscalYear: YearKey;
  inPlan: boolean;
  planYears: readonly YearKey[];
  finishing: Project[];
  starting: Project[];
  /** Business days from this day (included) to 31 March of its fiscal year. */
  businessDaysLeft: number;
  /** The project the compact post shows today: rotates through finishing and starting, one a business day. */
  spotlight: Project | null;
}

/**
 * What a subscribed channel gets on a day: the full list (the first business day of the fiscal year or of a
 * month, or the first in-plan post a channel gets in a fiscal year), a compact post (other business days), a
 * notice that the day is outside the plan (the first business day of such a fiscal year), or nothing.
 */
export type PostKind = "full" | "compact" | "notice" | "none";

export interface PostRules {
  /** Skip weekends, public holidays and 年末年始 (DIGEST_SKIP_HOLIDAYS, default true). */
  skipHolidays: boolean;
  whenOutsidePlan: "post" | "skip";
  /** Whether this channel already had this fiscal year's full post (a channel subscribed all along has). */
  fullPostedThisYear: boolean;
}

export function planPost(d: Digest, rules: PostRules): PostKind {
  if (rules.skipHolidays && !isBusinessDay(d.day)) return "none";
  const firstOfYear = isFirstBusinessDayOfFiscalYear(d.day);
  if (!d.inPlan) return rules.whenOutsidePlan === "post" && firstOfYear ? "notice" : "none";
  if (firstOfYear || isFirstBusinessDayOfMonth(d.day) || !rules.fullPostedThisYear) return "full";
  return "compact";
}

export function dayOf(instant: Date): string {
  const { year, month, day } = tokyoDate(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function composeDigest(catalog: Catalog, now: Date): Digest {
  const fiscalYear = yearKeyOf(now);
  const projects = catalog.plan.projects;
  const day = dayOf(now);
  const { first, last } = fiscalYearSpan(day);
  const finishing = projects.filter((p) => p.directions[fiscalYear]?.includes("完了"));
  const starting = projects.filter((p) => p.directions[fiscalYear] === "新規");
  const rotation = [...finishing, ...starting.filter((p) => !finishing.includes(p))];
  // The n-th business day of the fiscal year shows the n-th project of the rotation: a new one each day.
  const nth = businessDaysBetween(first, addDays(day, -1));
  return {
    day,
    fiscalYear,
    inPlan: catalog.years.includes(fiscalYear),
    planYears: catalog.years,
    finishing,
    starting,
    businessDaysLeft: businessDaysBetween(day, last),
    spotlight: rotation.length > 0 ? (rotation[nth % rotation.length] ?? null) : null,
  };
}

export function groupByDepartment(projects: readonly Project[]): [string, Project[]][] {
  const groups = new Map<string, Project[]>();
  for (const p of projects) groups.set(p.department, [...(groups.get(p.department) ?? []), p]);
  return [...groups.entries()];
}

export function outsidePlanSentence(d: Digest): string {
  return `今日（${d.day}）は${reiwaLabel(d.fiscalYear)}です。この計画の期間は${planPeriodLabel(d.planYears) || "（不明）"}のため、今年度に完了する事業は計画にありません。`;
}

export function digestJson(
  d: Digest,
  post: PostKind,
): {
  fiscalYear: YearKey;
  day: string;
  inPlan: boolean;
  post: PostKind;
  businessDaysLeft: number;
  projects: ProjectJson[];
  starting: ProjectJson[];
  spotlight: ProjectJson | null;
} {
  return {
    fiscalYear: d.fiscalYear,
    day: d.day,
    inPlan: d.inPlan,
    post,
    businessDaysLeft: d.businessDaysLeft,
    projects: d.finishing.map(projectJson),
    starting: d.starting.map(projectJson),
    spotlight: d.spotlight ? projectJson(d.spotlight) : null,
  };
}

const compactHeadline = (d: Digest) =>
  `${reiwaLabel(d.fiscalYear)}に完了する事業: ${d.finishing.length}件・年度末（3月31日）まであと${d.businessDaysLeft}営業日`;

/** Why nothing is posted on a day: its closure reason, or the plan period. */
export function noPostSentence(d: Digest): string {
  const closed = closedBecause(d.day);
  if (closed) return `${d.day}は${closed}のため、ダイジェストは投稿しません（市役所の営業日のみ）。`;
  return `${d.day}は投稿しません（${d.inPlan ? "投稿する日ではありません" : outsidePlanSentence(d)}）。`;
}

function spotlightText(p: Project, d: Digest): string[] {
  return [
    `今日の注目: ${p.name}（${projectCode(p)}）`,
    `  担当課: ${p.department}`,
    `  方向性: ${directionsLine(p, undefined, d.planYears)}`,
    `  目的: ${firstSentence(p.purpose, 80)}`,
  ];
}

export function digestText(d: Digest, kind: PostKind = "full"): string {
  const label = reiwaLabel(d.fiscalYear);
  if (kind === "none") return noPostSentence(d);
  if (!d.inPlan || kind === "notice") return outsidePlanSentence(d);
  if (kind === "compact") {
    const lines = [`${compactHeadline(d)}（${d.day}）`];
    if (d.spotlight) lines.push("", ...spotlightText(d.spotlight, d));
    return lines.join("\n");
  }
  const lines = [`${label}に完了する事業: ${d.finishing.length}件（${d.day}）`];
  for (const [dept, projects] of groupByDepartment(d.finishing)) {
    lines.push("", `【${dept}】`);
    for (const p of projects) lines.push(`  ・${p.name}（${projectCode(p)}）`);
  }
  if (d.finishing.length === 0) lines.push("", "今年度に完了する事業はありません。");
  if (d.starting.length > 0) {
    lines.push("", `${label}に始まる事業（新規）: ${d.starting.length}件`);
    for (const p of d.starting) lines.push(`  ・${p.name}（${p.department}）`);
  }
  return lines.join("\n");
}

const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: text.slice(0, 3000) },
});

export function digestMessage(d: Digest, kind: PostKind = "full"): SlackMessage {
  const label = reiwaLabel(d.fiscalYear);
  if (kind === "none") {
    const text = noPostSentence(d);
    return { text, blocks: [section(`:calendar: ${escapeText(text)}`)] };
  }
  if (!d.inPlan || kind === "notice") {
    const text = outsidePlanSentence(d);
    return { text, blocks: [section(`:calendar: *計画ダイジェスト*\n${escapeText(text)}`)] };
  }
  if (kind === "compact") {
    const headline = compactHeadline(d);
    const blocks: KnownBlock[] = [section(`:calendar: *${escapeText(headline)}*（${d.day}）`)];
    const p = d.spotlight;
    if (p) {
      blocks.push(
        section(
          [
            `:mag: *今日の注目* ${escapeText(p.name)}　\`${projectCode(p)}\``,
            `担当課: *${escapeText(p.department)}*　方向性: ${directionsMrkdwn(p, d.planYears)}`,
            `_${escapeText(firstSentence(p.purpose, 80))}_`,
          ].join("\n"),
        ),
      );
    }
    blocks.push({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "一覧は毎月最初の営業日に投稿します。質問はこのスレッドへどうぞ。" },
      ],
    });
    return { text: headline, blocks };
  }
  const blocks: KnownBlock[] = [
    section(`:calendar: *${label}に完了する事業: ${d.finishing.length}件*（${d.day}）`),
  ];
  const groups = groupByDepartment(d.finishing);
  // One section per department, so the message stays far below 50 blocks and 3,000 characters a section.
  for (const [dept, projects] of groups.slice(0, 40)) {
    const items = projects.map(
      (p) => `• ${escapeText(p.name)}　\`${projectCode(p)}\`\n　${directionsMrkdwn(p)}`,
    );
    blocks.push(section(`*${escapeText(dept)}*\n${items.join("\n")}`));
  }
  if (d.finishing.length === 0) blocks.push(section("今年度に完了する事業はありません。"));
  if (d.starting.length > 0) {
    blocks.push({ type: "divider" });
    const names = d.starting.map((p) => `${escapeText(p.name)}（${escapeText(p.department)}）`).join("、");
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `*${label}に始まる事業（新規）${d.starting.length}件*: ${names}`.slice(0, 3000),
        },
      ],
    });
  }
  return { text: `${label}に完了する事業: ${d.finishing.length}件`, blocks };
}
