// The plan as a spreadsheet: one row per project, one column per fiscal year (RFC 4180, Excel-friendly).
import { type Plan, yearsOf } from "./schema.js";

const BOM = "\uFEFF";

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends, so Excel opens the Japanese correctly. */
export function planToCsv(plan: Plan): string {
  const years = yearsOf(plan.projects);
  const header = ["施策", "No", "取組", "事業名", "担当課", "目的", "内容", ...years, "出典"];
  const rows = plan.projects.map((p) => [
    p.policy,
    p.no,
    p.initiative,
    p.name,
    p.department,
    p.purpose,
    p.content,
    ...years.map((y) => p.directions[y] ?? ""),
    `${p.source.file}:${p.source.line}`,
  ]);
  return `${BOM}${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
