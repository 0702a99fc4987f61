// The plan as an Excel workbook (exceljs): a sheet of projects — codes as text, a column per fiscal year with
// each direction cell coloured by its kind, header frozen, autofilter, widths set — and a sheet of policies
// and initiatives. Pure apart from building bytes: a plan in, a Buffer out.
import ExcelJS from "exceljs";
import { type Direction, type Plan, yearsOf } from "./schema.js";

/** One colour a direction, so that the year-by-year picture is seen, not read (ARGB fills). */
export const DIRECTION_FILLS: Record<Direction, string> = {
  新規: "FFC6EFCE",
  継続: "FFF2F2F2",
  拡充: "FFBDD7EE",
  臨時拡充: "FFDDEBF7",
  縮小: "FFFCE4D6",
  完了: "FFF8CBAD",
  新規完了: "FFE4DFEC",
};

const HEADER_FILL = "FF1D4E89";

export async function planToXlsx(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan-bot";
  const years = yearsOf(plan.projects);

  const sheet = workbook.addWorksheet("事業", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "施策", key: "policy", width: 8 },
    { header: "No", key: "no", width: 5 },
    { header: "取組", key: "initiative", width: 9 },
    { header: "事業名", key: "name", width: 44 },
    { header: "担当課", key: "department", width: 22 },
    ...years.map((y) => ({ header: y, key: y, width: 10 })),
    { header: "目的", key: "purpose", width: 60 },
    { header: "内容", key: "content", width: 60 },
  ];
  for (const p of plan.projects) {
    const row = sheet.addRow({
      policy: p.policy,
      no: p.no,
      initiative: p.initiative,
      name: p.name,
      department: p.department,
      ...Object.fromEntries(years.map((y) => [y, p.directions[y] ?? ""])),
      purpose: p.purpose,
      content: p.content,
    });
    // Codes are text: typed as strings, and formatted as text so that Excel never reads 7-1 as a date.
    for (const key of ["policy", "initiative"]) row.getCell(key).numFmt = "@";
    for (const y of years) {
      const direction = p.directions[y];
      if (!direction) continue;
      row.getCell(y).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: DIRECTION_FILLS[direction] },
      };
    }
    row.getCell("purpose").alignment = { wrapText: true, vertical: "top" };
    row.getCell("content").alignment = { wrapText: true, vertical: "top" };
  }
  styleHeader(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const outline = workbook.addWorksheet("施策・取組", { views: [{ state: "frozen", ySplit: 1 }] });
  outline.columns = [
    { header: "コード", key: "code", width: 10 },
    { header: "種別", key: "kind", width: 8 },
    { header: "名称", key: "title", width: 50 },
    { header: "事業数", key: "count", width: 8 },
    { header: "施策の方向性", key: "direction", width: 80 },
  ];
  for (const policy of plan.policies) {
    const projects = plan.projects.filter((p) => p.policy === policy.code);
    outline
      .addRow({
        code: policy.code,
        kind: "施策",
        title: policy.title,
        count: projects.length,
        direction: policy.direction,
      })
      .getCell("code").numFmt = "@";
    for (const initiative of policy.initiatives) {
      outline
        .addRow({
          code: initiative.code,
          kind: "取組",
          title: initiative.title,
          count: projects.filter((p) => p.initiative === initiative.code).length,
          direction: "",
        })
        .getCell("code").numFmt = "@";
    }
  }
  styleHeader(outline);
  outline.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: outline.columnCount } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  header.alignment = { vertical: "middle" };
}
