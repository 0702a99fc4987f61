// The daily digest's content, as a pure function of the plan and a date: projects finishing (完了, 新規完了)
// in that date's fiscal year grouped by department, and a shorter list of those starting (新規).
import type { Catalog } from "../answer/catalog.js";
import { type ProjectJson, projectJson } from "../answer/json.js";
import { projectCode } from "../answer/render-text.js";
import { planPeriodLabel, reiwaLabel, tokyoDate, yearKeyOf } from "../plan/fiscal.js";
import type { Project, YearKey } from "../plan/schema.js";
import type { KnownBlock, SlackMessage } from "../slack/blocks.js";
import { directionsMrkdwn } from "../slack/blocks.js";
import { escapeText } from "../slack/escape.js";

export interface Digest {
  /** The Tokyo calendar day it is for (YYYY-MM-DD): the unit of "once a day". */
  day: string;
  fiscalYear: YearKey;
  inPlan: boolean;
  planYears: readonly YearKey[];
  finishing: Project[];
  starting: Project[];
}

export function dayOf(instant: Date): string {
  const { year, month, day } = tokyoDate(instant);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function composeDigest(catalog: Catalog, now: Date): Digest {
  const fiscalYear = yearKeyOf(now);
  const projects = catalog.plan.projects;
  return {
    day: dayOf(now),
    fiscalYear,
    inPlan: catalog.years.includes(fiscalYear),
    planYears: catalog.years,
    finishing: projects.filter((p) => p.directions[fiscalYear]?.includes("完了")),
    starting: projects.filter((p) => p.directions[fiscalYear] === "新規"),
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

export function digestJson(d: Digest): {
  fiscalYear: YearKey;
  day: string;
  inPlan: boolean;
  projects: ProjectJson[];
  starting: ProjectJson[];
} {
  return {
    fiscalYear: d.fiscalYear,
    day: d.day,
    inPlan: d.inPlan,
    projects: d.finishing.map(projectJson),
    starting: d.starting.map(projectJson),
  };
}

export function digestText(d: Digest): string {
  const label = reiwaLabel(d.fiscalYear);
  if (!d.inPlan) return outsidePlanSentence(d);
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

export function digestMessage(d: Digest): SlackMessage {
  const label = reiwaLabel(d.fiscalYear);
  if (!d.inPlan) {
    const text = outsidePlanSentence(d);
    return { text, blocks: [section(`:calendar: *計画ダイジェスト*\n${escapeText(text)}`)] };
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
