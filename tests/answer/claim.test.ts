import { beforeAll, describe, expect, it } from "vitest";
import { shownProjects } from "../../src/answer/answer.js";
import { claimAsked } from "../../src/answer/claim.js";
import type { Engine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { warmEngine } from "../helpers.js";

const plan = loadPlan();
let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2023-06-01T09:00:00+09:00", plan);
});
const byNo = (policy: string, no: number) => plan.projects.find((p) => p.policy === policy && p.no === no);

describe("a claim pasted to be checked (probe 93)", () => {
  it.each([
    [
      "「家族が亡くなったときの手続きを一か所でできる窓口は市民課が作る」って本当？",
      "7-2#15",
      (name: string, unit: string) => `いいえ。${name}は、担当課は市民課ではなく${unit}です。`,
    ],
    [
      "お疲れさまです。新人の報告書に「多文化共生サロンの開設は市民協働推進課の担当」とありました。正しい担当課を教えていただけますか。",
      "7-4#4",
      (name: string, unit: string) => `いいえ。${name}は、担当課は市民協働推進課ではなく${unit}です。`,
    ],
    [
      "「DV被害者のためのシェルター支援は令和7年度まで続く」は正しい？",
      "7-5#4",
      (name: string) => `いいえ。${name}は、令和7年度は計画に記載がありません。`,
    ],
    [
      "「会議室を借りる人向けのWi-Fi整備は令和4年度で完了」これ合ってる？",
      "7-2#9",
      (name: string) => `はい。${name}の令和4年度の完了は計画のとおりです。`,
    ],
    // A council secretariat's wording of the check (probe 124).
    [
      "答弁案に「会議室を借りる人向けのWi-Fi整備は令和4年度で完了」とあるが、誤りないか。",
      "7-2#9",
      (name: string) => `はい。${name}の令和4年度の完了は計画のとおりです。`,
    ],
  ] as [string, string, (name: string, unit: string) => string][])(
    "answers %s about its project, each fact said right or put right",
    async (q, key, said) => {
      const [policy, no] = key.split("#") as [string, string];
      const project = byNo(policy, Number(no));
      if (!project) throw new Error(`no project ${key}`);
      const a = await engine.ask(q);
      expect(shownProjects(a)[0]).toBe(project);
      expect(a.verdict).toBe(true);
      expect(a.notes[0]).toBe(said(project.name, project.department));
      // (A claim that holds answers its project; one that does not answers none, the projects found shown below the
      // いいえ, as a department confirmed wrongly does: probe 172 had read 「いいえ（該当 1件）」.)
      expect(a.answered).toBe(a.notes[0]?.startsWith("はい") ? 1 : 0);
    },
  );

  it("says which of two facts is right and which is not", async () => {
    const a = await engine.ask(
      "報告書に「情報システム調達ガイドラインの整備は令和4年度に完了し、担当はDX推進チーム」とありますが、二点とも正しいでしょうか。",
    );
    const project = byNo("7-2", 19);
    expect(shownProjects(a)[0]).toBe(project);
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toBe(
      `いいえ。${project?.name}は、担当課はDX推進チームではなく情報システム課です（令和4年度の完了は計画のとおりです）。`,
    );
  });

  it("says the years a claim gives the project and the plan does not list in one sentence (probe 172)", async () => {
    const a = await engine.ask(
      "答弁案に「マイナンバーカードの普及促進は市民課が担当し、令和5年度以降も継続して取り組みます」とありますが、計画と合っていますか？",
    );
    expect(a.notes[0]).toBe(
      "いいえ。マイナンバーカードの普及促進は、令和5年度〜7年度は計画に記載がありません（担当課（市民課）は計画のとおりです）。",
    );
  });

  it.each([
    ["「マイナンバー」の事業は？"],
    ["「多文化共生」って何？"],
    ["マイナンバーカードの担当は市民課で合ってる？"],
  ])("reads %s as no claim: a quoted word, no check asked, or no brackets", (q) => {
    expect(claimAsked(q)).toBeNull();
  });
});
