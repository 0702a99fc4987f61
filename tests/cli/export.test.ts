import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOD_PROJECT, miniSeed, runCli } from "../helpers.js";

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
      /^7-2,17,7-2-6,マイナンバーカードの普及促進,市民課,.*,拡充,継続,,,,07-machizukuri-kiban\.txt:181$/,
    );
  });

  it("exits non-zero with file and line on a bad seed, printing no plan", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-bot-bad-"));
    writeFileSync(join(dir, "bad.txt"), miniSeed(GOOD_PROJECT.replace("R4\t完了", "R4\tおわり")));
    const out = run(["export"], { PLAN_SEEDS_DIR: dir });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^plan-bot: bad\.txt:16: expected a direction for R4/);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("rejects an unknown format with usage and exit code 2", () => {
    const out = run(["export", "--format", "xml"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("使い方");
  });
});
