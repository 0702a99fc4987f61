// The eighty-third session's second probes (431–437): a thread's short follow-ups (逆は, それ除外, 合計, じゃあ16番は？,
// じゃあ4つ目は？, これR5以降は？), the asker's own unit said earlier in the thread, a direction said in quotes or asked
// whether written, directions in everyday words (パワーアップ, そのまま, おしまい), and each year's directions asked. Each
// table row is a phrasing the rule reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import type { Project, YearKey } from "../../src/plan/schema.js";
import { answeredKeys, endsIn, hasIn, keysOf, ofUnit, planUnderTest, verdictOf } from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const answered = answeredKeys;
const has = hasIn;
const ends = endsIn;
const numbered = (policy: string, no: number) =>
  keysOf(plan.projects.filter((p) => p.policy === policy && p.no === no));
const named = (name: string) => plan.projects.find((p) => p.name.includes(name)) as Project;
const text = (a: Answer) => [...(a.leads ?? []), ...a.notes].join("\n");

describe("the rest of a list, and a total, said short (probe 432)", () => {
  it.each([
    [
      ["情報システム課 事業", "そのうちR4完了"],
      "逆は",
      where((p) => ofUnit("情報システム課")(p) && !ends("R4")(p)),
    ],
    [
      ["7-2-4 一覧", "財産活用課以外"],
      "逆は",
      where((p) => p.policy === "7-2" && ofUnit("財産活用課")(p) && p.initiative === "7-2-4"),
    ],
    [
      ["7-1 一覧", "R6も続くのは"],
      "それ除外",
      where((p) => p.policy === "7-1" && p.directions.R6 === undefined),
    ],
    [
      ["7-1 一覧", "R6も続くのは"],
      "それは除く",
      where((p) => p.policy === "7-1" && p.directions.R6 === undefined),
    ],
    [
      ["人権・男女共生課 件数", "R5以降も載ってるのは"],
      "反対は？",
      where(
        (p) => ofUnit("人権・男女共生課")(p) && !["R5", "R6", "R7"].some((y) => p.directions[y as YearKey]),
      ),
    ],
  ])("after %j, reads %s as the rest of the list the narrowing was of", async (before, q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await thread(...before, q))).toEqual(expected);
  });

  it.each([
    [["R4完了 件数", "R5は"], where((p) => ends("R4")(p) || ends("R5")(p))],
    [["7-3 担当", "7-4は"], where((p) => p.policy === "7-3" || p.policy === "7-4")],
  ])("after %j, answers 合計 with both lists together", async (before, expected) => {
    expect(answered(await thread(...before, "合計"))).toEqual(expected);
  });
});

describe("a project's number or place said short, after projects of one policy (probe 431)", () => {
  it.each([
    [["マイナンバーカードの普及促進の内容", "R5はどうなってる？"], "じゃあ16番は？", numbered("7-2", 16)],
    [["7-2 No.9の方向性を全部", "完了はいつ？"], "次の10番の担当課は？", numbered("7-2", 10)],
    [["7-2 No.13の目的"], "ごめん、14番だった", numbered("7-2", 14)],
  ])("after %j, reads %s as that number of the policy in view", async (before, q, expected) => {
    expect(answered(await thread(...before, q))).toEqual(expected);
  });

  it("goes on from the number read so (ごめん、14番だった, then 担当課は？)", async () => {
    const a = await thread("7-2 No.13の目的", "ごめん、14番だった", "担当課は？");
    expect(answered(a)).toEqual(numbered("7-2", 14));
  });

  it("asks the question that named a place of the place said next (じゃあ4つ目は？)", async () => {
    const a = await thread("7-2-7の3つ目の事業の担当課は？", "内容は？", "じゃあ4つ目は？");
    expect(answered(a)).toEqual(keysOf(plan.projects.filter((p) => p.initiative === "7-2-7").slice(3, 4)));
  });

  it("picks from the list after how many it showed is said first (2つあるけど、1つ目の目的は？)", async () => {
    const a = await thread("市税等徴収事務事業の担当課", "2つあるけど、1つ目の目的は？");
    expect(answered(a)).toEqual(numbered("7-2", 2));
  });

  it.each([["方向性は各年度どうなってる？"], ["各年度の方向性は？"]])(
    "asks %s of the project in view",
    async (q) => {
      const a = await thread("人事給与制度の見直しの目的", "内容", q);
      expect(answered(a)).toEqual(keysOf([named("人事給与制度の見直し")]));
    },
  );

  it("still reads 各年度とも継続 as every year", async () => {
    const a = await engine.ask("各年度とも継続の事業");
    expect(answered(a)).toEqual(
      where(
        (p) =>
          Object.values(p.directions).length > 0 && Object.values(p.directions).every((d) => d === "継続"),
      ),
    );
  });
});

describe("one project in view asked of a span or of a direction written (probe 437)", () => {
  it("answers これR5以降は？ after a project's number with where its listing ends", async () => {
    const a = await thread("7-2#17", "これR5以降は？");
    expect(text(a)).toContain(
      `${named("マイナンバーカードの普及促進").name}は令和5年度〜7年度の計画に記載がありません`,
    );
  });

  it.each([
    ["マイナンバーカードの普及促進に完了の記載はある？", "いいえ"],
    ["公共施設保全事業に拡充の記載はありますか", "はい"],
  ])("answers %s whether the project has that direction", async (q, verdict) => {
    expect(verdictOf(await engine.ask(q))).toMatch(new RegExp(`^${verdict}。`));
  });

  it.each([
    ["7-2#17", "完了の記載はないの？", "はい"],
    ["7-2#17", "完了の記載はある？", "いいえ"],
    ["7-2#9", "完了の記載はないの？", "いいえ"],
  ])(
    "after %s, answers %s of it, a negative ask answered as Japanese answers it",
    async (first, q, verdict) => {
      expect(verdictOf(await thread(first, q))).toMatch(new RegExp(`^${verdict}。`));
    },
  );
});

describe("the asker's own unit said earlier in the thread (probe 436)", () => {
  it("reads うちの課 in a follow-up as the unit the asker said they are of", async () => {
    const a = await thread(
      "市民課の者です。R4で完了する事業を教えて",
      "そのうちうちの課のは？",
      "じゃあうちの課の事業はいつまで？",
    );
    expect(answered(a)).toEqual(where(ofUnit("市民課")));
  });

  it("does not take a unit asked about for the asker's (マイナンバーカードの担当は市民課ですか？ then うちの課の事業は？)", async () => {
    const a = await thread("マイナンバーカードの担当は市民課ですか？", "うちの課の事業は？");
    expect(answered(a)).not.toEqual(where(ofUnit("市民課")));
  });

  it("leaves うちの課 as it is when no one said whose unit it is", async () => {
    const a = await thread("R4で完了する事業を教えて", "じゃあうちの課の事業はいつまで？");
    expect(answered(a)).not.toEqual(where(ofUnit("市民課")));
  });
});

describe("a direction in quotes, or said in everyday words (probes 435, 437)", () => {
  it("narrows to the direction itself by 「新規」だけだと？ (新規完了 left out)", async () => {
    const a = await thread("R3で新規の事業は何件？", "「新規」だけだと？");
    expect(answered(a)).toEqual(where(has("R3", "新規")));
  });

  it.each([
    ["2022年度にパワーアップする事業は？", where(has("R4", "拡充", "臨時拡充"))],
    [
      "R3からR4までずっとパワーアップしてる事業",
      where((p) => has("R3", "拡充", "臨時拡充")(p) && has("R4", "拡充", "臨時拡充")(p)),
    ],
    ["令和7年度もそのままの事業", where(has("R7", "継続"))],
    ["2021年度にそのままの事業", where(has("R3", "継続"))],
  ])("reads %s with the plan's direction", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });

  it("keeps そのまま of how a list is shown no direction (そのまま一覧で見せて)", async () => {
    const a = await engine.ask("そのまま一覧で見せて");
    expect(a.filters.directions).toEqual([]);
  });

  it("reads おしまい after a year as 完了 in a narrowing (令和3年度に新しく始める事業, then そのうちR4でおしまいのは？)", async () => {
    const a = await thread("令和3年度に新しく始める事業", "そのうちR4でおしまいのは？");
    expect(answered(a)).toEqual(where((p) => has("R3", "新規", "新規完了")(p) && ends("R4")(p)));
  });

  it("reads a direction said as done among a subject's projects (Wi-Fiの事業ある？ then そのうちもう完了したのある？)", async () => {
    const a = await thread("Wi-Fiの事業ある？", "そのうちもう完了したのある？");
    expect(answered(a)).toEqual(keysOf([named("貸室利用者向けWi-Fi")]));
  });

  it("reads もう完了したのある？ beside a subject as its projects that end (Wi-Fiの事業でもう完了したのある？)", async () => {
    const a = await engine.ask("Wi-Fiの事業でもう完了したのある？");
    expect(answered(a)).toEqual(keysOf([named("貸室利用者向けWi-Fi")]));
    expect(a.searchedWords).toEqual(["Wi-Fi"]);
  });

  it("reads 途中で計画に載らなくなる as a listing that stops before the plan's end", async () => {
    const a = await engine.ask("完了の記載がないまま、途中で計画に載らなくなる事業");
    expect(answered(a)).toEqual(
      where(
        (p) =>
          p.directions.R7 === undefined && !Object.values(p.directions).some((d) => /完了/.test(d ?? "")),
      ),
    );
  });
});

describe("two lists asked in turn, compared after (probe 436)", () => {
  it.each([
    [
      ["人権・男女共生課の事業の件数は？", "市民協働推進課は？"],
      "差は？",
      "差は2件です（人権・男女共生課 8件、市民協働推進課 6件）。",
    ],
    [["7-3 担当", "7-4は"], "どっちが多い？", "7-4のほうが多いです（7-3 2件、7-4 4件）。"],
    [
      ["人権・男女共生課の事業でR3に新規の事業は何件？", "市民協働推進課だと？"],
      "どっちが多い？",
      "どちらも同数です（人権・男女共生課 4件、市民協働推進課 4件）。",
    ],
  ])("after %j, answers %s with both counts", async (before, q, said) => {
    const counts = (unit: string) => plan.projects.filter(ofUnit(unit)).length;
    expect(counts("人権・男女共生課") - counts("市民協働推進課")).toBe(2);
    expect(text(await thread(...before, q))).toContain(said);
  });

  it("goes on from the lists after the comparison (そのうち完了するのは？)", async () => {
    const a = await thread("7-3 担当", "7-4は", "どっちが多い？", "そのうち完了するのは？");
    expect(answered(a)).toEqual(
      where((p) => p.policy === "7-4" && Object.values(p.directions).some((d) => /完了/.test(d ?? ""))),
    );
  });
});

describe("a direction put right where a verb of starting follows it (probe 434)", () => {
  it("reads 拡充で始まった as 拡充, not 新規 (…新規で始まった事業, then ごめんなさい、拡充の間違いでした。)", async () => {
    const a = await thread(
      "施策7-2で令和3年度に新規で始まった事業は何か",
      "ごめんなさい、拡充の間違いでした。",
    );
    expect(answered(a)).toEqual(where((p) => p.policy === "7-2" && has("R3", "拡充", "臨時拡充")(p)));
  });

  it("still reads 始まった alone as 新規 (R3に始まった事業)", async () => {
    expect(answered(await engine.ask("R3に始まった事業"))).toEqual(where(has("R3", "新規", "新規完了")));
  });
});

describe("an auditor's questions of the plan's own shape (probe 437)", () => {
  const sharing = () => {
    const names = plan.projects.map((p) => p.name);
    return keysOf(plan.projects.filter((p) => names.filter((n) => n === p.name).length > 1));
  };
  it.each([
    ["同じ事業名で2回載ってる事業ってある？"],
    ["事業名が重複している事業"],
    ["同じ名前の事業はある？"],
  ])("answers %s with the projects that share a name", async (q) => {
    expect(sharing().length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(sharing());
  });

  it("reads 担当課に「ほか」が付いている as a word of the department's name", async () => {
    const a = await engine.ask("担当課に「ほか」が付いている事業はどれですか");
    expect(answered(a)).toEqual(where((p) => p.department.includes("ほか")));
  });
});
