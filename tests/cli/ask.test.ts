import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers.js";

const run = (args: string[], input?: string) => runCli(args, input === undefined ? {} : { input });

describe("plan-bot ask", () => {
  it("prints a readable Japanese answer with code, number, department and directions", () => {
    const out = run(["ask", "マイナンバーカードの担当課は？"]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("■ マイナンバーカードの普及促進（7-2-6 / 7-2 No.17）");
    expect(out.stdout).toContain("担当課: 市民課");
    expect(out.stdout).toContain("方向性: R3 拡充 → R4 継続（R5以降は計画に記載なし）");
  });

  it("shows purpose and content in full for one project", () => {
    const out = run(["ask", "7-2 No.17"]);
    expect(out.stdout).toMatch(/目的: .*マイナンバーカード/);
    expect(out.stdout).toMatch(/内容: .+/);
  });

  it("shows a long list a line each, two projects of the same name told apart by their 内容 (probes 96, 98)", () => {
    const out = run(["ask", "7-2"]);
    const lines = out.stdout.split("\n");
    const lineOf = (no: number) => lines.find((l) => l.includes(`7-2 No.${no}）`)) ?? "";
    expect(lines.filter((l) => l.startsWith("・")).length).toBeGreaterThan(10);
    expect(lines.some((l) => l.startsWith("■ "))).toBe(false);
    expect(lineOf(2)).toMatch(/^・市税等徴収事務事業（.*　R3 .*　内容: ./);
    expect(lineOf(3)).toMatch(/^・市税等徴収事務事業（.*　内容: ./);
    expect(lineOf(2).split("内容: ")[1]).not.toBe(lineOf(3).split("内容: ")[1]);
    expect(lineOf(4)).not.toContain("内容: ");
  });

  it("shows the field asked of each project of a long list, not a line each", () => {
    const out = run(["ask", "R3で拡充の事業の目的を教えて"]);
    expect(out.stdout.split("\n").filter((l) => l.startsWith("  目的: ")).length).toBeGreaterThan(10);
  });

  it("does not read a project whose directions stop as ending: 完了 says that, silence does not", () => {
    const out = run(["ask", "7-6-1"]);
    expect(out.stdout).toContain("R3 【新規完了】");
    expect(out.stdout).not.toContain("R4以降は計画に記載なし");
  });

  it("prints JSON with query, intent and projects", () => {
    const out = run(["ask", "7-4-2", "--json"]);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ query: "7-4-2", intent: "code", answered: json.projects.length });
    expect(json.projects[1]).toEqual({
      policy: "7-4",
      no: 2,
      initiative: "7-4-2",
      name: "第2次人権施策推進計画の見直し",
      department: "人権・男女共生課",
      purpose: expect.stringContaining("人権"),
      content: expect.any(String),
      directions: { R3: "臨時拡充", R4: "完了" },
      match: "exact",
    });
  });

  it("labels free-text matches strong or partial and names the words the plan lacks", () => {
    const json = JSON.parse(run(["ask", "太陽光発電の補助金", "--json"]).stdout);
    expect(json.missingTerms).toEqual(["太陽光", "発電"]);
    expect(json.projects.length).toBeGreaterThan(0);
    expect(json.projects.every((p: { match: string }) => p.match === "partial")).toBe(true);
    expect(json.answered).toBe(0);
    const strong = JSON.parse(run(["ask", "マイナンバーカードの担当課は？", "--json"]).stdout);
    expect(strong.projects[0]).toMatchObject({ policy: "7-2", no: 17, match: "strong" });
    expect(strong.answered).toBe(
      strong.projects.filter((p: { match: string }) => p.match === "strong").length,
    );
    expect(strong.answered).toBeGreaterThan(0);
    expect(strong.missingTerms).toEqual([]);
  });

  it("labels a project shown beside an exact answer of none as partial, never exact (probe 68)", () => {
    const json = JSON.parse(run(["ask", "R3に廃止となっている事業", "--json"]).stdout);
    expect(json.answered).toBe(0);
    expect(json.projects.length).toBeGreaterThan(0);
    expect(json.projects.every((p: { match: string }) => p.match === "partial")).toBe(true);
  });

  it.each([
    "貸室Wi-Fiの事業ってR5まで続いてたっけ？",
    "マイナンバーカードの普及促進って確かR5まで載ってましたよね",
  ])("lists in JSON the project named in a line under the いいえ to %s, as partial (probe 113)", (q) => {
    const json = JSON.parse(run(["ask", q, "--json"]).stdout);
    expect(json.answered).toBe(0);
    expect(json.notes[0]).toMatch(/^いいえ。/);
    expect(json.notes).toContain("質問の事業:");
    expect(json.projects.map((p: { name: string; match: string }) => [p.name, p.match])).toEqual([
      [q.startsWith("貸室") ? "貸室利用者向けWi-Fi環境整備事業" : "マイナンバーカードの普及促進", "partial"],
    ]);
  });

  it("says in JSON how the question was read, as the 条件 line's parts", () => {
    const json = JSON.parse(run(["ask", "令和4年度に完了したものを除いた7-2の事業", "--json"]).stdout);
    expect(json.conditions).toEqual(["施策7-2", "令和4年度に完了・新規完了でない"]);
    const free = JSON.parse(run(["ask", "マイナンバーカードの担当課は？", "--json"]).stdout);
    expect(free.conditions).toEqual([]);
  });

  it("answers one JSON line per stdin line, in order", () => {
    const out = run(["ask", "--json"], "7-5\n今日の天気は？\n\nふるさと納税\n");
    const lines = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(["7-5", "今日の天気は？", "", "ふるさと納税"]);
    expect(lines[0].projects).toHaveLength(4);
    expect(lines[1].projects).toEqual([]);
    expect(lines[2].intent).toBe("usage");
    expect(lines[3].projects[0].name).toBe("ふるさと寄附金推進事業");
  });

  it("asks for a question when given none without --json", () => {
    const out = run(["ask"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("質問を指定してください");
  });

  it("asks for a question when given a blank one with --json, rather than waiting for lines on stdin (probe 103)", () => {
    const out = run(["ask", "--json", "  "]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("質問を指定してください");
  });
});

describe("plan-bot ask, read by a reader that stops early (| head -1)", () => {
  it("ends quietly with 0 when the pipe closes under it: no EPIPE, no stack trace", async () => {
    const child = spawn(process.execPath, [BIN, "ask", "--json"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdin.end(`${Array.from({ length: 400 }, () => "7-4-2").join("\n")}\n`);
    // The first line read, the reader leaves, as head -1 does.
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
