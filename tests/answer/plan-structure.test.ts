import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { asksOfInitiatives, namesTheInitiativeAlone, policyInView } from "../../src/answer/follow-up.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

// The plan's own structure asked of — policies, initiatives and their names (probe 229).
const plan = loadPlan();
const catalog = buildCatalog(plan);
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const read = (q: string) => understand(q, catalog, NOW);
const answered = (a: Answer) => a.projects.slice(0, a.answered).map(projectKey);
const lines = (a: Answer) => [...(a.leads ?? []), ...a.notes];

async function thread(...messages: string[]): Promise<Answer> {
  let a: Answer | undefined;
  for (const q of messages) a = await engine.ask(q, a ? { previous: goesOnFrom(a) } : {});
  if (!a) throw new Error("no message");
  return a;
}

describe("an initiative named by its title's head", () => {
  it.each([
    ["大学との連携の取組の事業", "7-7-4"],
    ["取組「大学との連携」の事業", "7-7-4"],
    ["電子自治体の取組は？", "7-2-7"],
    ["コミュニティ施設の取組", "7-6-2"],
  ])("reads %s, the head marked as an initiative's, as %s", (q, code) => {
    expect(read(q).codes).toEqual([{ kind: "initiative", code }]);
  });

  it.each([["大学との連携の事業"], ["電子自治体ってどんな事業？"]])(
    "leaves %s, the head said before 事業, as words to search",
    (q) => {
      const u = read(q);
      expect(u.codes).toEqual([]);
      expect(u.hasFreeText).toBe(true);
    },
  );

  it("answers an initiative with no project as having none, not with projects naming its words", async () => {
    const a = await engine.ask("大学との連携の取組の事業");
    expect(a.answered).toBe(0);
    expect(a.scopes.map((s) => s.code)).toEqual(["7-7-4"]);
    expect(a.notes).toContain(
      "7-7-4「大学との連携によるまちづくりの推進」には新規・拡充事業等がありません。",
    );
  });
});

describe("a policy's initiatives asked", () => {
  const policyLine = (code: string) => {
    const policy = catalog.policies.get(code);
    if (!policy) throw new Error(code);
    return `施策${code}の取組は${policy.initiatives.length}件です`;
  };

  it.each([
    ["7-4の取組名を全部教えて", "7-4"],
    ["7-2の取組を教えて", "7-2"],
    ["7-7の取組を挙げて", "7-7"],
  ])("names every initiative of the policy for %s, those without projects too", async (q, code) => {
    const a = await engine.ask(q);
    const line = lines(a).find((l) => l.startsWith(policyLine(code)));
    expect(line).toBeDefined();
    for (const i of catalog.policies.get(code)?.initiatives ?? [])
      expect(line).toContain(`${i.code} ${i.title}`);
  });

  it("answers 取組のうち、事業が載っていないもの with the policy's initiatives that hold none", async () => {
    const a = await engine.ask("施策7-4の取組のうち、事業が載っていないものはどれでしょうか");
    expect(answered(a)).toEqual([]);
    const line = lines(a)[0] ?? "";
    expect(line).toMatch(/^新規・拡充事業等が載っていない取組は2件です/);
    expect(line).toContain("7-4-1");
    expect(line).toContain("7-4-3");
    expect(line).not.toContain("7-4-2");
  });

  it.each([["行政の透明性の向上の事業はある？"], ["7-6-2に事業ある？"]])(
    "says いいえ first when asked whether an initiative with no project has any: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.verdict).toBe(true);
      expect(lines(a)[0]).toMatch(/^いいえ。7-\d-\d「.+」には新規・拡充事業等がありません。$/);
    },
  );

  it.each([["7-4-1には事業はないんですか？"], ["7-6-2に事業はないの？"]])(
    "says はい first, agreeing that there is none, when asked in the negative: %s (probe 255)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.verdict).toBe(true);
      expect(lines(a)[0]).toMatch(/^はい。7-\d-\d「.+」には新規・拡充事業等がありません。$/);
    },
  );

  it("does not say again, of each project of an initiative asked by its code, the policy its heading names", async () => {
    const a = await engine.ask("7-5-1の取組名を教えてください");
    expect(a.answered).toBeGreaterThan(1);
    expect(lines(a).filter((l) => l.includes("の施策: "))).toEqual([]);
  });
});

describe("which initiative a project is under", () => {
  it.each([["コーチング研修ってどの取組？"], ["コーチング研修の取組名は？"]])(
    "names the initiative first, its policy after, for %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(lines(a)[0]).toBe(
        "組織力強化に向けたコーチング研修の実施の取組: 7-3-1 職員の能力開発（施策 7-3 地域社会の発展に貢献できる職員を育成する）",
      );
    },
  );

  it("keeps the policy first when the policy is asked", async () => {
    const a = await engine.ask("コーチング研修ってどの施策？");
    expect(lines(a)[0]).toMatch(/^組織力強化に向けたコーチング研修の実施の施策: 7-3 /);
  });

  it("does not search 下, the place in the plan said (どこの取組の下にある)", async () => {
    const a = await engine.ask("おくやみコーナーの事業はどこの取組の下にあるんですか");
    expect(a.searchedWords).not.toContain("下");
    expect(lines(a)[0]).toMatch(/の取組: 7-2-6 /);
  });
});

describe("a follow-up about initiatives", () => {
  it.each([
    ["取組はいくつ？"],
    ["取組の名前は？"],
    ["じゃあ取組は何がある？"],
    ["この施策の取組は？"],
    ["2つ目の取組の事業は？"],
    ["最後の取組の事業"],
  ])("reads %s as asking of initiatives", (q) => {
    expect(asksOfInitiatives(q)).toBe(true);
  });

  it.each([["その取組の事業は？"], ["事業はいくつ？"], ["R5は？"], ["コーチング研修の取組"]])(
    "does not read %s as asking of the policy's initiatives",
    (q) => {
      expect(asksOfInitiatives(q)).toBe(false);
    },
  );

  it.each([["取組の名前は？"], ["取組名は？"], ["どの取組？"], ["取組は？"]])(
    "reads %s as the initiative's name asked alone",
    (q) => {
      expect(namesTheInitiativeAlone(q)).toBe(true);
    },
  );

  it("takes the policy in view only from an answer to one policy's code", () => {
    expect(policyInView({ scopes: [{ kind: "policy", code: "7-6" }] })).toBe("7-6");
    expect(policyInView({ scopes: [{ kind: "initiative", code: "7-6-1" }] })).toBeUndefined();
    expect(
      policyInView({
        scopes: [
          { kind: "policy", code: "7-6" },
          { kind: "policy", code: "7-5" },
        ],
      }),
    ).toBeUndefined();
    expect(policyInView({ scopes: [] })).toBeUndefined();
  });

  it("counts the initiatives of the policy in view, not its projects", async () => {
    const a = await thread("施策7-6の名前は？", "取組はいくつ？");
    expect(lines(a)).toContain(
      "施策7-6の取組は2件です（新規・拡充事業等があるのは1件）: 7-6-1 コミュニティ活動の推進、7-6-2 コミュニティ施設の整備。",
    );
    expect(lines(a).some((l) => l.startsWith("該当する事業は"))).toBe(false);
  });

  it("reads 2つ目の取組 after a policy as its second initiative, not its second project", async () => {
    const a = await thread("施策7-6の名前は？", "取組はいくつ？", "2つ目の取組の事業は？");
    expect(a.scopes.map((s) => s.code)).toEqual(["7-6-2"]);
    expect(a.answered).toBe(0);
  });

  it("reads 3つ目の取組 of 7-1 as 7-1-3's projects", async () => {
    const a = await thread("施策7-1の名前と取組を教えてください", "3つ目の取組の事業は？");
    expect(answered(a)).toEqual(plan.projects.filter((p) => p.initiative === "7-1-3").map(projectKey));
  });

  it("answers 取組の名前は？ after a project with that project's initiative", async () => {
    const a = await thread("コーチング研修の担当課は？", "取組の名前は？");
    expect(lines(a)[0]).toMatch(/^組織力強化に向けたコーチング研修の実施の取組: 7-3-1 職員の能力開発/);
  });

  it("leaves out the initiative in view for もう一つの取組", async () => {
    const a = await thread("人事制度の取組ってある？", "同じ施策のもう一つの取組は？");
    expect(answered(a)).toEqual(plan.projects.filter((p) => p.initiative === "7-3-1").map(projectKey));
  });
});
