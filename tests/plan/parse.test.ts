import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeedParseError } from "../../src/errors.js";
import { parsePlan } from "../../src/plan/parse.js";
import { type Project, projectKey } from "../../src/plan/schema.js";
import { GOOD_PROJECT, miniSeed, SEED_FILE, SEED_TEXT } from "../helpers.js";

const plan = parsePlan(SEED_TEXT, SEED_FILE);
const project = (key: string): Project => {
  const found = plan.projects.find((p) => projectKey(p) === key);
  if (!found) throw new Error(`no project ${key}`);
  return found;
};

describe("parsePlan on the seed chapter", () => {
  it("reads the chapter heading, 7 policies, 23 initiatives and 44 projects", () => {
    expect(plan.chapter).toBe("まちづくりを進めるための基盤");
    expect(plan.policies.map((p) => p.code)).toEqual(["7-1", "7-2", "7-3", "7-4", "7-5", "7-6", "7-7"]);
    expect(plan.policies.flatMap((p) => p.initiatives)).toHaveLength(23);
    expect(plan.projects).toHaveLength(44);
  });

  it("numbers projects by position when the PDF dropped the numbers (7-1 numbers only its 1st and 5th)", () => {
    expect(plan.projects.filter((p) => p.policy === "7-1").map((p) => [p.no, p.name])).toEqual([
      [1, "シテプロモーション基本方針策定事業"],
      [2, "ふるさと寄附金推進事業"],
      [3, "ホームページ・SNS運営事業"],
      [4, "映画「葬式の名人」活用プロモーション事業"],
      [5, "魅力発掘・創造事業"],
    ]);
  });

  it("accepts a number repeated in front of 目的 (7-7 No.2 to 4)", () => {
    expect(project("7-7#2").name).toBe("チャレンジいばらき補助金の拡充");
    expect(project("7-7#3").department).toBe("政策企画課");
  });

  it("splits code and name written in one cell", () => {
    expect(project("7-1#5")).toMatchObject({ initiative: "7-1-3", name: "魅力発掘・創造事業" });
  });

  it("finds the department on the 目的 row, on the 内容 row, and in a cell followed by 方向性", () => {
    expect(project("7-1#1").department).toBe("まち魅力発信課");
    expect(project("7-2#17").department).toBe("市民課");
    expect(project("7-2#18").department).toBe("DX推進チーム");
    expect(project("7-2#5").department).toBe("財産活用課");
  });

  it("keeps 収納課ほか as written", () => {
    expect(project("7-2#2").department).toBe("収納課ほか");
  });

  it("reads directions as year rows, rows that begin with the year, inline text and empty years", () => {
    expect(project("7-1#4").directions).toEqual({
      R3: "継続",
      R4: "縮小",
      R5: "縮小",
      R6: "縮小",
      R7: "縮小",
    });
    expect(project("7-1#5").directions).toEqual({
      R3: "拡充",
      R4: "継続",
      R5: "継続",
      R6: "継続",
      R7: "継続",
    });
    expect(project("7-2#1").directions).toEqual({
      R3: "継続",
      R4: "継続",
      R5: "継続",
      R6: "継続",
      R7: "継続",
    });
    expect(project("7-4#2").directions).toEqual({ R3: "臨時拡充", R4: "完了" });
    expect(project("7-2#9").directions).toEqual({ R3: "新規", R4: "完了" });
    expect(project("7-2#11").directions).toEqual({ R3: "臨時拡充", R4: "継続", R5: "新規完了" });
    expect(project("7-6#1").directions).toEqual({ R3: "新規完了" });
  });

  it("keeps two projects with the same name and code apart (7-2 No.2 and No.3)", () => {
    expect(project("7-2#2").name).toBe("市税等徴収事務事業");
    expect(project("7-2#3").name).toBe("市税等徴収事務事業");
    expect(project("7-2#2").purpose).toContain("申請書以外の方法");
    expect(project("7-2#3").content).toBe("各金融機関への振替請求と結果データの伝送を委託する。");
  });

  it("rejoins the SDGs cell the PDF wrapped", () => {
    expect(plan.policies.find((p) => p.code === "7-3")?.sdgs).toBe("17 パートナーシップで目標を達成しよう");
    expect(plan.policies.find((p) => p.code === "7-1")?.sdgs).toBeNull();
  });

  it("keeps the PDF's typos as written", () => {
    expect(project("7-2#14").name).toBe("びったりサービス利用の推進");
    expect(plan.policies[0]?.initiatives[0]?.title).toBe("戦略的なシテプロモーションの構築と展開");
  });

  it("records where each project starts", () => {
    expect(project("7-2#17").source).toEqual({ file: SEED_FILE, line: 181 });
  });
});

describe("parsePlan on messy encodings", () => {
  it("parses CRLF, a BOM, trailing blanks and full-width codes identically", () => {
    const messy = `\uFEFF${SEED_TEXT.split("\n")
      .map(
        (l) =>
          `${l.replace(/(\d)-(\d)-(\d)/g, (_m, a: string, b: string, c: string) => `${toWide(a)}－${toWide(b)}－${toWide(c)}`)}  `,
      )
      .join("\r\n")}`;
    const again = parsePlan(messy, SEED_FILE);
    expect(again).toEqual(plan);
  });
});

function toWide(digits: string): string {
  return digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

describe("parsePlan on malformed blocks", () => {
  const expectSeedError = (text: string, line: number, expected: RegExp) => {
    let error: unknown;
    try {
      parsePlan(text, "bad.txt");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedParseError);
    const e = error as SeedParseError;
    expect(e.file).toBe("bad.txt");
    expect(e.line).toBe(line);
    expect(e.message).toMatch(expected);
    expect(e.message).toMatch(new RegExp(`^bad\\.txt:${line}: `));
  };

  it("accepts the well-formed mini seed", () => {
    expect(parsePlan(miniSeed(GOOD_PROJECT), "ok.txt").projects[0]).toMatchObject({
      name: "テスト事業",
      department: "テスト課",
      directions: { R3: "新規", R4: "完了" },
    });
  });

  it("rejects a project without 担当課, naming its line", () => {
    expectSeedError(miniSeed(GOOD_PROJECT.replace("\t\tテスト課", "")), 12, /担当課/);
  });

  it("rejects an unknown direction word", () => {
    expectSeedError(miniSeed(GOOD_PROJECT.replace("R4\t完了", "R4\t終了予定")), 16, /direction for R4/);
  });

  it("rejects a year out of order", () => {
    const swapped = GOOD_PROJECT.replace("R3\t新規", "R5\t新規");
    expectSeedError(miniSeed(swapped), 16, /a year after R5/);
  });

  it("rejects a project number that contradicts its position", () => {
    expectSeedError(miniSeed(GOOD_PROJECT.replace("1\t事業名", "3\t事業名")), 12, /project number 1/);
  });

  it("rejects a project under an initiative its policy does not list", () => {
    expectSeedError(miniSeed(GOOD_PROJECT.replace("9-1-1", "9-1-7")), 12, /initiative listed under 取組/);
  });

  it("rejects rows before any chapter structure", () => {
    expectSeedError("見出し\n余計な行\n", 2, /chapter heading/);
  });
});

describe("parsePlan on arbitrary text", () => {
  it("returns a plan or throws SeedParseError, never anything else", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "事業名",
        "目的",
        "内容",
        "担当課",
        "方向性",
        "施策",
        "取組",
        "R3",
        "R4",
        "継続",
        "完了",
        "7-1",
        "7-1-1",
      ),
      fc.constantFrom("1 施策の概要", "2 新規・拡充事業等", "人事課", "方向性 R3 継続"),
      fc.string(),
    );
    const line = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join("\t"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        try {
          parsePlan(lines.join("\n"), "fuzz.txt");
        } catch (e) {
          expect(e).toBeInstanceOf(SeedParseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
