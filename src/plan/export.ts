// The plan as a spreadsheet: one row per project, one column per fiscal year (RFC 4180, Excel-friendly).
import { type Plan, yearsOf } from "./schema.js";

const BOM = "\uFEFF";

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A plan code as Excel must keep it: double-clicked, a CSV's 7-1 becomes 7月1日 and 7-1-1 becomes 2007/1/1.
 * Written as the formula ="7-1", Excel shows the text 7-1 (other spreadsheet programs read it the same way).
 */
const asText = (code: string) => `="${code}"`;

/** UTF-8 with a BOM and CRLF line ends, so Excel opens the Japanese correctly; codes stay codes. */
export function planToCsv(plan: Plan): string {
  const years = yearsOf(plan.projects);
  const header = ["施策", "No", "取組", "事業名", "担当課", "目的", "内容", ...years, "出典"];
  const rows = plan.projects.map((p) => [
    asText(p.policy),
    p.no,
    asText(p.initiative),
    p.name,
    p.department,
    p.purpose,
    p.content,
    ...years.map((y) => p.directions[y] ?? ""),
    `${p.source.file}:${p.source.line}`,
  ]);
  return `${BOM}${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
