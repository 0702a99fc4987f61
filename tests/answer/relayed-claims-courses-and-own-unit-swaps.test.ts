// The eighty-ninth session's probes (487–493): a claim passed on from someone of the office (課長が…って言ってた, …か確認して
// って言われた), a project's course by its first, later and last years and by how often it changed, what came before or
// after a direction, initiatives by how many projects they hold, a thread's short follow-ups as staff type them, and a
// question asked of the asker's own unit asked again of another. Each table row is a phrasing the rule reads; each rule
// is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { plainJapanese } from "../../src/answer/understand/written.js";
import type { Project } from "../../src/plan/schema.js";
import { answeredKeys, hasIn, ofUnit, planUnderTest } from "../helpers.js";

const { plan, thread, where } = await planUnderTest("2026-12-07T09:00:00+09:00");
const notes = (a: Answer) => a.notes.join("\n");

describe("the asker's own unit asked again of another unit", () => {
  it.each([
    [
      "人事課の者ですが、うちの課の事業でR5に拡充のものはある？",
      "市民課だと？",
      "市民課の事業でR5に拡充のものはある？",
      where((p) => ofUnit("市民課")(p) && hasIn("R5", "拡充", "臨時拡充")(p)),
    ],
    ["情報システム課です。うちの課の事業は？", "市民課は？", "市民課の事業は？", where(ofUnit("市民課"))],
    [
      "財産活用課の田中です。当課の事業でR7まで続くものは？",
      "じゃあ情報システム課は？",
      "情報システム課の事業でR7まで続くものは？",
      where((p) => ofUnit("情報システム課")(p) && p.directions.R7 !== undefined),
    ],
    [
      "市民課です。うちで令和3年度に新規の事業ある？",
      "人事課だと？",
      "人事課で令和3年度に新規の事業ある？",
      where((p) => ofUnit("人事課")(p) && hasIn("R3", "新規", "新規完了")(p)),
    ],
  ])(
    "after %s, reads %s as the question asked of that unit, who asks left out",
    async (first, q, read, expected) => {
      const a = await thread(first, q);
      expect(notes(a)).toContain(`「${read}」と読みました`);
      expect(answeredKeys(a)).toEqual(expected);
    },
  );

  it("keeps a question that named the asker's unit as a unit asked of (人事課の事業を教えて, then 市民課は？)", async () => {
    const a = await thread("お疲れ様です。人事課の事業を教えて", "市民課は？");
    expect(notes(a)).toContain("「市民課の事業を教えて」と読みました");
    expect(answeredKeys(a)).toEqual(where(ofUnit("市民課")));
  });
});

describe("two years, then a budget said to grow or shrink in both", () => {
  it.each([
    ["R3もR4も予算が増える事業ある？", "R3", "R4", ["拡充", "臨時拡充"]],
    ["R3とR4どちらもお金をかける事業", "R3", "R4", ["拡充", "臨時拡充"]],
    ["R5もR6も予算を削る事業は？", "R5", "R6", ["縮小"]],
  ] as const)("reads %s as the direction in %s and in %s", async (q, one, other, directions) => {
    const expected = where((p) => hasIn(one, ...directions)(p) && hasIn(other, ...directions)(p));
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredKeys(await thread(q))).toEqual(expected);
  });
});

describe("a claim passed on from someone of the office (probe 492)", () => {
  it.each([
    [
      "人事課の事業って3つあるって課長が言ってたけど本当？",
      "いいえ。該当する事業は2件です（3件ではありません）。",
    ],
    [
      "田中さんが、R3に臨時拡充の事業は3件って言ってました",
      "いいえ。該当する事業は7件です（3件ではありません）。",
    ],
    [
      "R4で完了する事業は5件だと聞いたのですが合っていますか",
      "いいえ。該当する事業は7件です（5件ではありません）。",
    ],
    [
      "R4で完了する事業は6件って聞いたんですが合ってますか",
      "いいえ。該当する事業は7件です（6件ではありません）。",
    ],
    ["課長から、R3って2020年度のことか確認してって言われたんですが", "いいえ。令和3年度（R3）は2021年度"],
    [
      "マイナンバーカードの担当が情報システム課か確認して",
      "いいえ。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    [
      "部長から、ふるさと納税の事業がR7まであるか確認してほしいと頼まれました",
      "いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません",
    ],
  ])("answers %s with the claim checked: %s", async (q, verdict) => {
    const a = await thread(q);
    expect([...(a.leads ?? []), ...a.notes].join("\n")).toContain(verdict);
    expect(a.missingTerms ?? []).toEqual([]);
  });
});

describe("a thread's short follow-ups, as staff type them (probes 490, 491, 493)", () => {
  it("reads そこほかに…, そこ with no particle after it, as the unit in view (probe 493)", async () => {
    const a = await thread("マイナンバーカードの担当は？", "そこほかに何やってる？");
    expect(a.filters.departments).toEqual(["市民課"]);
    expect(answeredKeys(a)).not.toContain("7-2#17");
    expect(a.answered).toBeGreaterThan(0);
  });

  it.each([
    ["追記: 何年度から縮小か知りたいです"],
    ["【補足】何年度から縮小か知りたいです"],
    ["追伸：何年度から縮小か知りたいです"],
  ])("reads %s as the message it labels, asked of the thread (probe 491)", async (q) => {
    const a = await thread("7-1 縮小", q);
    expect(a.missingTerms ?? []).toEqual([]);
    expect(answeredKeys(a)).toEqual(where((p) => p.policy === "7-1" && hasIn("R4", "縮小")(p)));
  });

  it.each([
    ["その取組にはほかにどんな事業がある？", (keys: string[]) => keys.length > 0 && !keys.includes("7-1#3")],
    ["その取組に事業は何件？", (keys: string[]) => keys.includes("7-1#3") && keys.length > 1],
  ])(
    "reads その取組 before に as the initiative of the project in view (%s, probe 490)",
    async (q, holds) => {
      const a = await thread("ホームページ・SNS運営事業はどの取組？", q);
      const keys = answeredKeys(a);
      expect(where((p) => p.initiative === "7-1-2")).toEqual(expect.arrayContaining(keys));
      expect(holds(keys)).toBe(true);
    },
  );

  it("narrows a unit's list of a direction said as a verb by a year as listed that year (新しく始めた, then R7もある: probe 493)", async () => {
    const a = await thread("市民協働推進課で新しく始めたのは？", "そのうちR7もあるのは？");
    const expected = where(
      (p) =>
        ofUnit("市民協働推進課")(p) &&
        p.directions.R7 !== undefined &&
        Object.values(p.directions).includes("新規"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredKeys(a)).toEqual(expected);
  });

  it("keeps the conditions of the question before when 同じ条件で leaves a unit out", async () => {
    const a = await thread("R4に完了する事業は？", "同じ条件で情報システム課以外だと？");
    expect(answeredKeys(a)).toEqual(
      where((p) => hasIn("R4", "完了", "新規完了")(p) && !ofUnit("情報システム課")(p)),
    );
  });
});

describe("a policy's initiatives counted and asked to be confirmed (probe 490)", () => {
  it.each([
    ["施策7-1には取組が3つでしたっけ？", "はい。施策7-1の取組は3件です。"],
    ["7-2は取組が5つだよね？", "いいえ。施策7-2の取組は7件です（5件ではありません）。"],
  ])("answers %s of the initiatives, not the projects: %s", async (q, verdict) => {
    const a = await thread(q);
    expect(a.notes[0]).toBe(verdict);
  });

  it("still checks a count of projects against the projects (7-2の拡充は10件で合ってる？)", async () => {
    const a = await thread("7-2の拡充は10件で合ってる？");
    const n = where(
      (p) => p.policy === "7-2" && Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充"),
    ).length;
    expect(a.notes[0]).toBe(
      n === 10
        ? "はい。該当する事業は10件です。"
        : `いいえ。該当する事業は${n}件です（10件ではありません）。`,
    );
  });
});

describe("who said it, left out only when it is someone of the office", () => {
  it.each([
    ["人事課の事業って3つあるって課長が言ってたけど本当？", "課長"],
    ["田中さんが、R3に臨時拡充の事業は3件って言ってました", "田中"],
    ["部長から、ふるさと納税の事業がR7まであるか確認してほしいと頼まれました", "部長"],
  ])("drops the speaker of %s (%s)", (q, speaker) => {
    expect(plainJapanese(q)).not.toContain(speaker);
  });

  it.each([
    [
      "自治会に入る人が減って困ってるって自治会長さんが言ってたんだけど、市は何かしてくれてるの？",
      "自治会長",
    ],
    ["市民活動センターって新しくできるの？どう使うか話し合う場があるって聞いたけど", "話し合う場がある"],
  ])("keeps %s's words of the matter (%s)", (q, kept) => {
    expect(plainJapanese(q)).toContain(kept);
  });
});

describe("a project's course said by its first, later and last years (probe 489)", () => {
  const listed = (p: Project) =>
    (["R3", "R4", "R5", "R6", "R7"] as const).flatMap((y) => p.directions[y] ?? []);
  it.each([
    [
      "拡充で始まって、あとはずっと継続",
      (ds: string[]) =>
        ["拡充", "臨時拡充"].includes(ds[0] ?? "") && ds.length > 1 && ds.slice(1).every((d) => d === "継続"),
    ],
    [
      "最初は新規で、最後に完了する事業",
      (ds: string[]) =>
        ["新規", "新規完了"].includes(ds[0] ?? "") && ["完了", "新規完了"].includes(ds.at(-1) ?? ""),
    ],
    ["最後は縮小になる事業", (ds: string[]) => ds.at(-1) === "縮小"],
    ["当初は拡充だった事業", (ds: string[]) => ["拡充", "臨時拡充"].includes(ds[0] ?? "")],
  ])("reads %s of each project's own listed years", async (q, course) => {
    const expected = where((p) => course(listed(p)));
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredKeys(await thread(q))).toEqual(expected);
  });

  it("still reads 最後に完了する事業 alone as which completes last", async () => {
    const a = await thread("最後に完了する事業");
    expect(a.notes[0]).toMatch(/^一番遅く完了するのは/);
  });
});

describe("how many times a project's direction changed, and a list narrowed by how its directions run (probe 489)", () => {
  const changes = (p: Project) => {
    const ds = (["R3", "R4", "R5", "R6", "R7"] as const).flatMap((y) => p.directions[y] ?? []);
    return ds.filter((d, i) => i > 0 && d !== ds[i - 1]).length;
  };
  it.each([
    ["方向性が2回以上変わった事業", (n: number) => n >= 2],
    ["方向性が1回だけ変わった事業", (n: number) => n === 1],
  ])("reads %s as a count of changes from one listed year to the next", async (q, holds) => {
    const expected = where((p) => holds(changes(p)));
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredKeys(await thread(q))).toEqual(expected);
  });

  it.each([
    ["そのうち2回以上変わってるのは？", (p: Project) => changes(p) >= 2],
    ["そのうち方向性が一度も変わらないのは？", (p: Project) => changes(p) === 0],
  ])("narrows a year's list by %s, the year the list's", async (q, holds) => {
    const expected = where((p) => hasIn("R4", "継続")(p) && holds(p));
    expect(expected.length).toBeGreaterThan(0);
    expect(answeredKeys(await thread("R4に継続の事業", q))).toEqual(expected);
  });
});

describe("the two in view compared after 2つのうち (probe 491)", () => {
  it("answers which of the two goes on longer", async () => {
    const a = await thread("リノベのいばらき", "2つのうち長く続くのはどっち？");
    expect(a.notes[0]).toMatch(/^長く続くのは、/);
  });
});

describe("what came before a direction, or after what was asked, of the one project in view (probe 489)", () => {
  it("answers 縮小になる前は何だった？ with the directions before its first 縮小", async () => {
    const a = await thread("途中で縮小になる事業", "縮小になる前は何だった？");
    const [one] = a.projects;
    expect(a.answered).toBe(1);
    const years = (["R3", "R4", "R5", "R6", "R7"] as const).filter((y) => one?.directions[y]);
    const first = years.findIndex((y) => one?.directions[y] === "縮小");
    const before = years
      .slice(0, first)
      .map((y) => `${y} ${one?.directions[y]}`)
      .join("、");
    expect(before).not.toBe("");
    expect(a.notes[0]).toContain(`の方向性は、${before}です。`);
  });

  it("answers その後は？ after いつまで拡充 with the directions after its last 拡充", async () => {
    const a = await thread("新規から拡充に変わった事業", "それはいつまで拡充？", "その後は？");
    const [one] = a.projects;
    const years = (["R3", "R4", "R5", "R6", "R7"] as const).filter((y) => one?.directions[y]);
    const last = years.findLastIndex((y) => one?.directions[y] === "拡充");
    const after = years
      .slice(last + 1)
      .map((y) => `${y} ${one?.directions[y]}`)
      .join("、");
    expect(after).not.toBe("");
    expect(a.notes[0]).toContain(`（拡充）のあとの方向性は、${after}です。`);
  });
});

describe("initiatives asked for by how many projects they hold (probe 490)", () => {
  it.each([
    ["事業が1件だけの取組ってどれ？", (count: number) => count === 1],
    ["2件以上ある取組はいくつ？", (count: number) => count >= 2],
  ])("answers %s with those initiatives and their projects", async (q, holds) => {
    const byInitiative = new Map<string, string[]>();
    for (const p of plan.projects)
      byInitiative.set(p.initiative, [...(byInitiative.get(p.initiative) ?? []), `${p.policy}#${p.no}`]);
    const chosen = [...byInitiative].filter(([, keys]) => holds(keys.length));
    expect(chosen.length).toBeGreaterThan(0);
    const a = await thread(q);
    expect(a.notes[0]).toMatch(new RegExp(`の取組は${chosen.length}件です: `));
    expect(answeredKeys(a)).toEqual(chosen.flatMap(([, keys]) => keys).sort());
  });
});

describe("one project in view, asked of a year or of a thing it may hold (probe 488)", () => {
  it("says first how a project named by its code stands in a year it is not listed in (7-2 No.9, then R5は？)", async () => {
    const a = await thread("7-2 No.9", "R5は？");
    expect(a.notes[0]).toMatch(/^貸室利用者向けWi-Fi環境整備事業は令和5年度の計画に記載がありません/);
  });

  it.each([
    [
      "行政手続のオンライン化",
      "相談もオンラインになるの？",
      /^はい。行政手続のオンライン化の推進の目的・内容に「相談」/,
    ],
    [
      "マイナンバーカードの普及促進",
      "住民票もオンラインになるの？",
      /^いいえ。マイナンバーカードの普及促進の目的・内容には「住民票」/,
    ],
    // (それ as what the thing may be part of: probe 493.)
    ["エアコンのやつ", "LEDもそれ？", /^はい。公共施設空調・照明設備改修事業の目的・内容に「LED」/],
    ["エアコンのやつ", "Wi-Fiもそれ？", /^いいえ。公共施設空調・照明設備改修事業の目的・内容には「Wi-Fi」/],
  ])("after %s, answers %s of the project in view", async (first, q, verdict) => {
    const a = await thread(first, q);
    expect(a.notes[0]).toMatch(verdict);
  });
});

describe("a place in a ranking said alone after the ranking (probe 490)", () => {
  it.each([
    ["一番事業が多い取組は？", "2番目は？", /^2番目に多いのは取組/],
    ["一番事業が多い課は？", "じゃあ3位は？", /^3番目に多いのは/],
  ])("after %s, reads %s as the ranking asked of that place", async (first, q, said) => {
    const a = await thread(first, q);
    expect(a.notes[0]).toMatch(said);
  });

  it("still picks a list's second project after a list that ranked nothing (7-2-6の事業, then 2番目は？)", async () => {
    const a = await thread("7-2-6の事業", "2番目は？");
    expect(a.answered).toBe(1);
    expect(a.notes[0] ?? "").not.toMatch(/番目に多い/);
  });
});

describe("numbered asks under a heading that asks to be told of a subject (probe 491)", () => {
  it("answers each numbered ask of the heading's unit (人事課について教えてください, then 1. 事業は何件？ 2. そのうち…)", async () => {
    const a = await thread("人事課について教えてください\n1. 事業は何件？\n2. そのうちR4で完了するのは？");
    const ofUnit_ = where(ofUnit("人事課"));
    const ending = where((p) => ofUnit("人事課")(p) && hasIn("R4", "完了", "新規完了")(p));
    expect(ending.length).toBeGreaterThan(0);
    expect(a.notes[0]).toBe(`1.「事業は何件？」: 該当する事業は${ofUnit_.length}件です。`);
    expect(a.notes[1]).toBe(`2.「そのうちR4で完了するのは？」: 該当する事業は${ending.length}件です。`);
  });
});
