import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/args.js";
import { DIRECTION_FILLS } from "../../src/plan/xlsx.js";
import { GOOD_PROJECT, miniSeed, runCli, tempDir } from "../helpers.js";

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { env });

describe("plan-bot export", () => {
  it("prints the whole plan as JSON in the record shape", () => {
    const out = run(["export"]);
    expect(out.status).toBe(0);
    const plan = JSON.parse(out.stdout);
    expect(Object.keys(plan)).toEqual(["chapter", "policies", "projects"]);
    expect(plan.projects).toHaveLength(44);
    expect(plan.projects.find((p: { name: string }) => p.name.startsWith("マイナンバー"))).toMatchObject({
      policy: "7-2",
      no: 17,
      initiative: "7-2-6",
      name: "マイナンバーカードの普及促進",
      department: "市民課",
      directions: { R3: "拡充", R4: "継続" },
    });
  });

  it("prints CSV with a BOM, a header and one column per fiscal year", () => {
    const out = run(["export", "--format", "csv"]);
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith("\uFEFF施策,No,取組,事業名,担当課,目的,内容,R3,R4,R5,R6,R7,出典\r\n")).toBe(
      true,
    );
    const rows = out.stdout.trimEnd().split("\r\n");
    expect(rows).toHaveLength(45);
    expect(rows[22]).toMatch(
      /^"=""7-2""",17,"=""7-2-6""",マイナンバーカードの普及促進,市民課,.*,拡充,継続,,,,07-machizukuri-kiban\.txt:181$/,
    );
  });

  it("exits non-zero with file and line on a bad seed, printing no plan", () => {
    const dir = tempDir("bad");
    writeFileSync(join(dir, "bad.txt"), miniSeed(GOOD_PROJECT.replace("R4\t完了", "R4\tおわり")));
    const out = run(["export"], { PLAN_SEEDS_DIR: dir });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^plan-bot: bad\.txt:16: expected a direction for R4/);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("rejects an unknown format in Japanese, with usage and exit code 2", () => {
    const out = run(["export", "--format", "xml"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--format: json・csv・xlsx のいずれかを指定してください");
    expect(out.stderr).toContain("使い方");
    expect(out.stderr).not.toMatch(/Invalid|Expected/);
  });

  it("writes codes to CSV so that Excel keeps them as text, not dates", () => {
    const rows = run(["export", "--format", "csv"]).stdout.split("\r\n");
    expect(rows[1]?.startsWith('"=""7-1""",1,"=""7-1-1""",')).toBe(true);
  });
});

describe("plan-bot export --format xlsx", () => {
  const file = join(tempDir("xlsx"), "plan.xlsx");

  it("writes a workbook that reads back: codes as text, a column per year coloured by direction", async () => {
    const out = run(["export", "--format", "xlsx", "--output", file]);
    expect(out.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("事業");
    if (!sheet) throw new Error("no 事業 sheet");
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...["施策", "No", "取組", "事業名", "担当課", "R3", "R4", "R5", "R6", "R7", "目的", "内容"],
    ]);
    expect(sheet.rowCount).toBe(45);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe("7-1");
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).numFmt).toBe("@");
    expect(first.getCell(3).value).toBe("7-1-1");
    expect(first.getCell(2).value).toBe(1);
    // 7-1 No.1: R3 臨時拡充, R4 継続 — each cell filled with its direction's colour.
    const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(first.getCell(6).value).toBe("臨時拡充");
    expect(fill(first.getCell(6))).toBe(DIRECTION_FILLS.臨時拡充);
    expect(fill(first.getCell(7))).toBe(DIRECTION_FILLS.継続);
    expect(first.getCell(9).value).toBe("");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.getColumn(4).width).toBeGreaterThan(20);
    const outline = workbook.getWorksheet("施策・取組");
    expect(outline?.getRow(2).values).toEqual(
      expect.arrayContaining(["7-1", "施策", "まちの魅力を市内外に発信する", 5]),
    );
  });

  it("refuses to write a workbook to a terminal, and names --output", () => {
    const out = runCli(["export", "--format", "xlsx"], { env: {}, tty: true });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--output FILE を指定する");
  });
});

describe("CLI manners", () => {
  it.each([["--help"], ["-h"]])("prints the usage for %s and exits 0", (flag) => {
    const out = run([flag]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("plan-bot export");
  });

  it.each([["export"], ["ask"], ["digest"], ["console"]])(
    "prints %s's own usage for --help and exits 0",
    (cmd) => {
      const out = run([cmd, "--help"]);
      expect(out.status).toBe(0);
      expect(out.stdout).toContain(`plan-bot ${cmd}`);
      expect(out.stderr).toBe("");
    },
  );

  it("prints the version", () => {
    const out = run(["--version"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^plan-bot \d+\.\d+\.\d+\n$/);
  });

  it("names an unknown option as unknown", () => {
    const out = run(["ask", "7-4-2", "--bogus"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("不明なオプション: --bogus");
  });

  it("prints the usage once for an unknown command", () => {
    const out = run(["frobnicate"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("不明なコマンド: frobnicate");
    expect(out.stderr.split("使い方:").length - 1).toBe(1);
  });

  it("aligns the usage's explanations by display width", () => {
    const lines = run(["--help"])
      .stdout.split("\n")
      .filter((l) => l.startsWith("  plan-bot"));
    // Where the explanation starts: after the first run of two spaces or more that follows the command.
    const column = (l: string) => displayWidth(/^(\s*\S.*?\S\s{2,})\S/.exec(l)?.[1] ?? "");
    expect(lines.length).toBeGreaterThan(4);
    expect(new Set(lines.map(column)).size).toBe(1);
  });
});
