import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { warmEngine } from "../helpers.js";

const plan = loadPlan();
const byName = (name: string) => {
  const p = plan.projects.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};
const okuyami = byName("おくやみ関連手続きワンストップコーナーの設置");
const coaching = byName("組織力強化に向けたコーチング研修の実施");
const furusato = byName("ふるさと寄附金推進事業");

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2026-11-25T09:00:00+09:00");
});

// A fact checked before it is quoted, in a council secretariat's wording (probe 124) or typed on a phone without
// particles (probe 125): a yes or a no first, whatever the wording.
describe("a department confirmed in any wording", () => {
  it.each([
    "おくやみコーナーは市民課の所管で正しいか",
    "おくやみコーナーは市民課の所管でよいか",
    "おくやみコーナーは市民課の所管で誤りないか",
    "おくやみコーナーの担当は市民課でいい？",
    "おくやみコーナー 市民課だよね",
    // After ってこと, ということ, という認識 (probe review: 「…は市民課ってことでいい？」 had listed 市民課's projects).
    "おくやみコーナーの担当は市民課ってことでいい？",
    "おくやみコーナーは市民課の所管ということでよろしいですか",
    "おくやみコーナーは市民課という認識で合ってますか",
    // A comma after the topic's って (probe 214: no いいえ).
    "おくやみコーナーって、市民課の担当で合ってますか？",
  ])("answers いいえ with the project's department to %s", async (q) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(`いいえ。${okuyami.name}の担当課は${okuyami.department}です。`);
  });

  it.each([
    ["おくやみコーナーは市民生活相談課の所管で間違いないという理解でよいか", "はい"],
    ["おくやみコーナーは市民課の所管で間違いないという理解でよいか", "いいえ"],
  ])(
    "answers %s with %s: the ない of 間違いない confirms, it does not ask in the negative (review)",
    async (q, word) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(`${word}。${okuyami.name}の担当課は${okuyami.department}です。`);
    },
  );

  it("answers いいえ to a project said to be a city's 部's (おくやみコーナーは福祉部の担当だよね)", async () => {
    const a = await engine.ask("おくやみコーナーは福祉部の担当だよね");
    expect(a.notes[0]).toBe(`いいえ。${okuyami.name}の担当課は${okuyami.department}です。`);
  });

  it.each([
    ["ふるさと納税の担当って財活だったっけ？", "いいえ", furusato],
    ["コーチング研修の担当って政企だよね？", "いいえ", coaching],
    ["おくやみコーナーは情シスの所管で正しいか", "いいえ", okuyami],
  ])(
    "answers %s with %s: a department said by its short name, no 課 after it (probe 177)",
    async (q, word, project) => {
      const a = await engine.ask(q);
      expect(a.verdict).toBe(true);
      expect(a.notes[0]).toBe(`${word}。${project.name}の担当課は${project.department}です。`);
    },
  );

  it("answers はい to a department confirmed with でよいか", async () => {
    const a = await engine.ask("コーチング研修の担当は人事課でよいか。");
    expect(a.notes[0]).toBe(`はい。${coaching.name}の担当課は${coaching.department}です。`);
  });

  it.each([
    ["ふるさと納税って広報課？", furusato],
    ["ｺｰﾁﾝｸﾞ研修 人材育成課だっけ", coaching],
  ])("answers いいえ to %s, a unit the plan lacks, typed without です or a particle", async (q, project) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(`いいえ。${project.name}の担当課は${project.department}です。`);
  });
});

describe("whether a project has ended, as of today (probe 175)", () => {
  const reform = byName("人事給与制度の見直し");

  it.each(["人事給与制度の見直しって、もう終わってますか？", "人事給与制度の見直しは完了しましたか"])(
    "answers %s with はい first: it completed in a year before this one",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(`はい。${reform.name}の完了は令和4年度です（R4 完了）。`);
    },
  );

  it("answers いいえ first in a year before the one it completes in", async () => {
    const then = await warmEngine("2021-06-01T09:00:00+09:00");
    const a = await then.ask("人事給与制度の見直しって、もう終わってますか？");
    expect(a.notes[0]).toMatch(/^いいえ。人事給与制度の見直しの完了は令和4年度/);
  });

  it.each(["人事給与制度の見直しってまだやってる？", "人事給与制度の見直しって今年度もやってますか？🙏"])(
    "answers %s with いいえ first: it completed in a year before this one (probe 178)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(`いいえ。${reform.name}は令和4年度に完了する計画でした（R4 完了）。`);
    },
  );

  it("says no はい or いいえ of a project the plan never completes: it cannot say whether it is over", async () => {
    const a = await engine.ask("コーチング研修ってもう終わってる？");
    expect(a.notes[0]).toMatch(new RegExp(`^計画には、${coaching.name}の完了の記載はありません`));
  });
});

describe("a direction confirmed as a negative question, 〜ではないですか (probe 179)", () => {
  const reform = byName("人事給与制度の見直し");

  it.each([
    "人事給与制度の見直しはR4で完了ではないですか",
    "人事給与制度の見直しはR4で完了じゃないですか？",
    "人事給与制度の見直しはR4で完了ではないでしょうか",
  ])("answers %s with はい: isn't it — the asker thinks it is", async (q) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]?.startsWith("はい。")).toBe(true);
    expect(a.projects[0]?.name).toBe(reform.name);
  });

  it.each([
    ["R4で完了ではない事業", "R4", /完了/],
    ["R5で拡充じゃないものある？", "R5", /拡充/],
  ] as const)("still reads %s as a denial", async (q, year, direction) => {
    const a = await engine.ask(q);
    const others = plan.projects.filter(
      (p) => p.directions[year] && !direction.test(p.directions[year] ?? ""),
    );
    expect(a.answered).toBe(others.length);
  });
});

describe("counts confirmed in an auditor's words (probe 179)", () => {
  it.each([
    ["事業の総数は何件ですか", `該当する事業は${plan.projects.length}件です。`],
    [
      `事業の総数は${plan.projects.length}件で間違いないでしょうか`,
      `はい。該当する事業は${plan.projects.length}件です。`,
    ],
  ])("answers %s with the whole plan's count", async (q, said) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(plan.projects.length);
    expect(a.notes[0]).toBe(said);
  });

  it("reads 照合したく as how one checks, not a word to search: 「…件数を照合したく。15件で合っていますか。」", async () => {
    const a = await engine.ask("令和3年度に新規の事業の件数を照合したく。15件で合っていますか。");
    const newInR3 = plan.projects.filter((p) => /新規/.test(p.directions.R3 ?? ""));
    expect(a.answered).toBe(newInR3.length);
    expect(a.missingTerms).toEqual([]);
  });
});

describe("a year's direction confirmed in any wording", () => {
  it.each([
    "市民会館跡地エリア整備事業は令和5年度に完了で正しいか。",
    "市民会館跡地エリア整備事業は令和5年度に完了、で誤りないか。",
    "市民会館跡地エリア整備事業は令和5年度に完了でよいか。",
    // Said casually, ってことで (probe 170: 縮小 had been searched as a word, and no はい said).
    "映画「葬式の名人」活用プロモーション事業は縮小ってことで合ってますか？",
  ])("answers はい to %s", async (q) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(/^はい。/);
    expect(a.searchedWords).not.toContain("誤り");
  });
});

// 「令和4年度から縮小ということで合っていますか」 after one project: the span from that year asked yes or no of it, as a
// single year is (probe 167 had answered another project, the plan's one 縮小 from R4).
describe("a span of years' direction confirmed after a project", () => {
  const eiga = "映画「葬式の名人」活用プロモーション事業";
  const myna = "マイナンバーカードの普及促進";
  it.each([
    [eiga, "令和4年度から縮小ということで合っていますか", "はい"],
    [eiga, "R4以降は縮小ですか？", "はい"],
    [myna, "R4から縮小ですか？", "いいえ"],
    [myna, "R4以後も縮小で合ってる？", "いいえ"],
  ])("after 「%s」, answers 「%s」 with %s, of that project's years from R4", async (name, q, word) => {
    const a = await engine.ask(q, { previous: name });
    expect(a.verdict).toBe(true);
    expect(a.notes[0]?.startsWith(`${word}。${name}の令和4年度〜7年度の方向性: R4 `)).toBe(true);
  });
});

// Whether the plan has something, asked with ある or やってる, and it has: はい first, as いいえ comes first when it has
// none (probes 234, 236).
describe("a yes to whether the plan has something", () => {
  it.each([
    ["ふるさと納税ってやってる事業ある？", furusato.name],
    ["ネーミングライツってやってる？", "市有財産の有効活用に係る民間提案制度導入・運用事業"],
  ])(
    "answers %s with はい and when the project is listed, a lead the thread goes on from as from a list",
    async (q, name) => {
      const a = await engine.ask(q);
      expect(a.verdict).toBeUndefined();
      expect((a.leads ?? [])[0]).toMatch(
        new RegExp(`^はい。${name}は令和\\d年度から令和\\d年度まで計画に載っています`),
      );
    },
  );

  it.each([
    ["縮小の事業ってある？", 1],
    ["人事課の事業ってある？", 2],
    ["2022年度から縮小になる事業はありますか", 1],
  ])("answers %s, a list asked whether it has any, with はい and its count", async (q, n) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(n);
    expect((a.leads ?? [])[0]).toBe(`はい。該当する事業は${n}件です。`);
  });

  it("keeps the いいえ of a list with none", async () => {
    const a = await engine.ask("R6に完了する事業ってある？");
    expect((a.leads ?? [])[0]).toBe("いいえ。この条件に当てはまる事業は計画にありません。");
  });

  it("gives no はい to a list asked in the negative (…ってないよね？ is answered as Japanese answers it)", async () => {
    const a = await engine.ask("縮小の事業ってないよね？");
    expect((a.leads ?? []).some((l) => l.startsWith("はい。該当する事業は"))).toBe(false);
  });
});

// 何年度まで続く asks until when, as いつまで続く does — not the direction 継続 (probe 239).
describe("until when asked with 何年度まで続く", () => {
  it.each([
    ["コーチング研修があったと思うのですが、何年度まで続くか教えて"],
    ["コーチング研修があったと思うのですが、何年度まで続く？"],
  ])("answers %s of the project the context names, not the plan's 継続 projects", async (q) => {
    const a = await engine.ask(q);
    expect(a.filters.directions).toEqual([]);
    expect(a.projects[0]?.name).toBe(coaching.name);
    expect((a.leads ?? a.notes).join("")).toContain("令和7年度まで計画に載っています");
  });
});

// What the asker says a project is not is no word of its subject (probe 239).
describe("what a project is not, said before what it is", () => {
  it("does not search 紙 of 紙の申請書じゃなくて窓口の端末で", async () => {
    const a = await engine.ask(
      "お疲れ様です。口座振替の申込みを、紙の申請書じゃなくて窓口の端末でもできるようにする事業があったと思うのですが、担当課と何年度まで続くか教えていただけますか。",
    );
    expect(a.searchedWords).not.toContain("紙");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.projects[0]?.name).toBe("市税等徴収事務事業");
  });

  it.each([
    ["口座振替の申し込みって、紙じゃなくてもできるようになる？", "紙", "市税等徴収事務事業"],
    ["空調だけじゃなくて照明も新しくする事業", "空調", "公共施設空調・照明設備改修事業"],
  ])("keeps the words of %s (じゃなくても, だけじゃなくて: still its subject)", async (q, word, first) => {
    const a = await engine.ask(q);
    expect(a.searchedWords).toContain(word);
    expect(a.projects[0]?.name).toBe(first);
  });
});
