// The eighty-fourth session's first probes (438–444): themes in everyday words (便利, 市民の声, 住民参加), a compound the
// plan lacks made on a word it has (高齢者), a name shortened to its kana head (ふるさと), a direction or a unit denied as a
// confirmation (…R5で完了じゃないよね？, …情報システム課の事業じゃないの？), one subject said the same as another, the next
// project in the plan's order, a year's or a code's share of a count, and follow-ups typed in kana on a phone. Each table
// row is a phrasing the rule reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import { type Answer, shownProjects } from "../../src/answer/answer.js";
import type { Project } from "../../src/plan/schema.js";
import {
  answeredKeys,
  hasIn,
  keyOf,
  keysOf,
  listedIn,
  ofUnit,
  planUnderTest,
  verdictOf,
} from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const answered = answeredKeys;
const has = hasIn;
const text = (p: Project) => [p.name, p.purpose, p.content].join(" ");
/** A project holding the word, or one of the words said with | (意識調査|アンケート). */
const holding = (words: string) => (p: Project) => words.split("|").some((w) => text(p).includes(w));
const named = (name: string) => plan.projects.find((p) => p.name.includes(name)) as Project;
const said = (a: Answer) => [...(a.leads ?? []), ...a.notes].join("\n");

describe("everyday words for what the plan says in its own (dict/related.txt, probe 444)", () => {
  it.each([
    ["便利になる事業ってどんなのがある？", "利便"],
    ["環境にやさしい取り組みはありますか", "LED"],
    ["エコな事業ある？", "LED"],
    ["市民の声を聞く事業はある？", "意識調査|アンケート"],
    ["平等に関係する事業", "人権"],
    ["市のお金をムダなく使う事業", "行財政"],
  ])(
    "shows first, for %s, a project that holds the plan's %s, the word not named missing",
    async (q, word) => {
      const a = await engine.ask(q);
      const [first] = shownProjects(a);
      expect(first && holding(word)(first)).toBe(true);
      expect(a.missingTerms).toEqual([]);
    },
  );
});

describe("a compound the plan lacks, made on a word it has (高齢者: the plan's 高齢)", () => {
  it.each([["高齢者に関係する事業"], ["高齢者の見守りの事業ってある？"], ["お年寄り向けの事業"]])(
    "shows for %s the project holding the word as related only, the compound named missing",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(0);
      expect(keysOf(shownProjects(a))).toEqual(expect.arrayContaining(where(holding("高齢"))));
      expect(a.missingTerms.length).toBe(1);
    },
  );

  it("leaves a project holding the other words only related when the compound's word is missing (お年寄り向けのスマホ教室)", async () => {
    const a = await engine.ask("お年寄り向けのスマホ教室みたいな事業はある？");
    expect(a.answered).toBe(0);
    expect(a.missingTerms).toEqual(["お年寄り"]);
  });
});

describe("a name shortened to its kana head (ふるさと, of ふるさと寄附金: probe 440)", () => {
  it.each([["ふるさと"], ["ふるさとの担当課は？"], ["ふるさとのーぜい"]])(
    "answers %s with the projects named with that compound first",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.projects[0]?.name).toContain("ふるさと寄附金");
    },
  );
});

describe("a run of one year and a budget's direction (probe 439)", () => {
  it.each([["単年度で終わった事業"], ["単年度だけの事業は？"]])(
    "reads %s as listed for one year only",
    async (q) => {
      const expected = where((p) => Object.keys(p.directions).length === 1);
      expect(expected.length).toBeGreaterThan(0);
      expect(answered(await engine.ask(q))).toEqual(expected);
    },
  );

  it.each([["予算縮小の事業"], ["予算縮小になってるのは？"], ["予算が減っていく事業ってある？"]])(
    "reads %s as the projects 縮小 in some year",
    async (q) => {
      const expected = where((p) => Object.values(p.directions).includes("縮小"));
      expect(answered(await engine.ask(q))).toEqual(expected);
    },
  );
});

describe("a direction or a unit denied as a confirmation (probe 441)", () => {
  const ends = (p: Project, year: "R4" | "R5") => ["完了", "新規完了"].includes(p.directions[year] ?? "");
  it.each([
    [
      "マイナンバーカードの普及促進って、R5で完了じゃないよね？",
      "マイナンバーカードの普及促進",
      "R5",
      "完了",
    ],
    [
      "市民会館跡地エリア整備事業（ハード）はR5で完了じゃないよね？",
      "市民会館跡地エリア整備事業（ハード）",
      "R5",
      "完了",
    ],
    ["マイナンバーカードの普及促進ってR4で継続じゃないよね？", "マイナンバーカードの普及促進", "R4", "継続"],
    [
      "マイナンバーカードの普及促進はR4で継続ではないですよね？",
      "マイナンバーカードの普及促進",
      "R4",
      "継続",
    ],
  ] as const)("answers %s はい when it is not so and いいえ when it is", async (q, name, year, direction) => {
    const p = named(name);
    const isSo = direction === "完了" ? ends(p, year) : p.directions[year] === direction;
    expect(verdictOf(await engine.ask(q))).toMatch(isSo ? /^いいえ。/ : /^はい。/);
  });

  it("still reads a denied direction in a list's question as the others (R5で完了じゃない事業は？)", async () => {
    const a = await engine.ask("R5で完了じゃない事業は？");
    expect(verdictOf(a)).toBeUndefined();
    expect(a.answered).toBeGreaterThan(1);
  });

  it.each([
    ["行政手続のオンライン化の推進って情報システム課の事業じゃないの？"],
    ["行政手続のオンライン化の推進って情報システム課の担当じゃないの？"],
    ["行政手続のオンライン化の推進って情報システム課の事業じゃない？"],
  ])("answers %s いいえ with the unit that runs it", async (q) => {
    const a = await engine.ask(q);
    expect(verdictOf(a)).toMatch(/^いいえ。/);
    expect(said(a)).toContain(named("行政手続のオンライン化").department);
  });
});

describe("a unit the plan lacks, whose projects are asked for (probe 439)", () => {
  it.each([["情報政策課の事業って何がある？"], ["情報政策課の事業は何がある？"]])(
    "answers %s with no いいえ of another unit's projects",
    async (q) => {
      const a = await engine.ask(q);
      expect(verdictOf(a)).toBeUndefined();
      expect(said(a)).toContain("「情報政策課」は計画の担当課にありません");
    },
  );

  it("still answers いいえ of the subject's projects when the unit is offered after them", async () => {
    const a = await engine.ask("リノベのいばらきの事業って市民協働推進課の担当だよね？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
  });
});

describe("one subject said the same as another (probe 441)", () => {
  it.each([
    [
      "住民票の窓口申請システムってマイナンバーカードの普及促進と同じ課だよね？",
      "住民票等の窓口申請",
      "マイナンバーカードの普及促進",
    ],
    ["おくやみコーナーは住民票の窓口申請システムと同じ課？", "おくやみ", "住民票等の窓口申請"],
  ])("answers %s by whether the two share a unit", async (q, one, other) => {
    const same = named(one).department === named(other).department;
    expect(verdictOf(await engine.ask(q))).toMatch(same ? /^はい。/ : /^いいえ。/);
  });
});

describe("a thread's next project, its purpose, and a place in a list (probes 441, 443)", () => {
  it.each([
    ["その次の事業は？", 1],
    ["次のは？", 1],
    ["ひとつ前のは？", -1],
  ])("after one project, reads %s as the project %i in its policy's order", async (q, step) => {
    const one = named("公共施設保全事業");
    const expected = plan.projects
      .filter((p) => p.policy === one.policy && p.no === one.no + step)
      .map(keyOf);
    expect(expected.length).toBe(1);
    expect(answered(await thread("公共施設保全事業の担当は？", q))).toEqual(expected);
  });

  it("reads a message opening with 次の as its own when its ask is long (次の会議で使うので…)", async () => {
    const a = await thread(
      "公共施設保全事業の担当は？",
      "次の会議で使うので、R5で完了する事業を教えてください",
    );
    expect(answered(a)).toEqual(where((p) => ["完了", "新規完了"].includes(p.directions.R5 ?? "")));
  });

  it.each([["何のための事業？"], ["何のための事業なの？"]])(
    "after one project, answers %s of that project",
    async (q) => {
      expect(answered(await thread("公共施設保全事業の担当は？", q))).toEqual([
        keyOf(named("公共施設保全事業")),
      ]);
    },
  );

  it.each([
    [
      "7-2-7の事業で最初のやつの担当課どこ？",
      (ps: Project[]) => ps.filter((p) => p.initiative === "7-2-7")[0],
    ],
    ["人事課の事業のうち2番目のやつの目的は？", (ps: Project[]) => ps.filter(ofUnit("人事課"))[1]],
  ])("reads %s as that place in the list", async (q, pick) => {
    const one = pick([...plan.projects]) as Project;
    expect(answered(await engine.ask(q))).toEqual([keyOf(one)]);
  });
});

describe("a year's or a code's share of a count, shown (probe 442)", () => {
  it.each([["R4の分だけ見せて"], ["R4だけ見せて"], ["じゃあR4のを教えて"]])(
    "after counts of two years, reads %s as that year's",
    async (q) => {
      const expected = where(has("R4", "拡充", "臨時拡充"));
      expect(answered(await thread("R3とR4で拡充は何件ずつ？", q))).toEqual(expected);
    },
  );

  it("after counts by policy, reads 7-2の分だけ一覧で as that policy's part", async () => {
    const expected = where((p) => p.policy === "7-2" && has("R3", "拡充", "臨時拡充")(p));
    expect(answered(await thread("R3で拡充の事業を施策ごとに", "7-2の分だけ一覧で"))).toEqual(expected);
  });
});

describe("whom to take a matter to, said with the matter first (probe 438)", () => {
  it("after a project, answers 問い合わせはどこの課に回せばいい？ with its unit", async () => {
    const a = await thread("周りの道路の工事は？", "問い合わせはどこの課に回せばいい？");
    const [one] = a.projects;
    expect(a.answered).toBe(1);
    expect(said(a)).toContain(`担当課: ${one?.department}`);
  });
});

describe("follow-ups typed in kana on a phone (probe 440)", () => {
  it("reads ごめん かくじゅうのまちがい after r4でかんりょう as R4's 拡充", async () => {
    expect(answered(await thread("r4でかんりょう", "ごめん かくじゅうのまちがい"))).toEqual(
      where(has("R4", "拡充", "臨時拡充")),
    );
  });

  it("answers かんりょうのきさい ないの of the one project in view, asked in the negative", async () => {
    const dv = named("配偶者暴力");
    expect(Object.values(dv.directions)).not.toContain("完了");
    const a = await thread("DVのじぎょう", "r5は", "かんりょうのきさい ないの");
    expect(verdictOf(a)).toMatch(/^はい。/);
    expect(keysOf(shownProjects(a))).toEqual([keyOf(dv)]);
  });

  it("reads もうひとつのほう おわった as whether the other one has ended", async () => {
    const other = plan.projects
      .filter(ofUnit("人事課"))
      .find((p) => !p.name.includes("コーチング")) as Project;
    const a = await thread("人事課のじぎょう", "こーちんぐけんしゅう なにする", "もうひとつのほう おわった");
    expect(answered(a)).toEqual([keyOf(other)]);
    expect(verdictOf(a)).toMatch(Object.values(other.directions).includes("完了") ? /^はい。/ : /^いいえ。/);
  });

  it.each([
    ["財産活用課の事業", "R7まで残るやつ", "それ以外は？"],
    ["ざいさんかつようか", "r7まで残るやつ", "それいがい"],
  ])("after %s and %s (the ones said as やつ), reads %s as the rest of the unit's", async (...messages) => {
    const expected = where((p) => ofUnit("財産活用課")(p) && !listedIn("R7")(p));
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await thread(...messages))).toEqual(expected);
  });

  it("reads まだもうしこめる after a project as asked of it", async () => {
    const one = named("チャレンジいばらき補助金");
    expect(listedIn("R5")(one)).toBe(true);
    expect(answered(await thread("ﾁｬﾚﾝｼﾞいばらき ほじょきん", "まだもうしこめる"))).toEqual([keyOf(one)]);
  });
});

describe("the second round's probes (445–449): slips, years and a policy asked what it is", () => {
  it.each([
    ["DXが単当してる事業", where(ofUnit("DX推進チーム"))],
    ["R3に臨時拡重の事業", where(has("R3", "臨時拡充"))],
    ["R4で拡重は？", where(has("R4", "拡充", "臨時拡充"))],
  ])("reads the IME's slip in %s as the word meant", async (q, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });

  it("answers 単当課どこ？ after a project with its unit", async () => {
    const a = await thread("公共施設保全事業の事業", "単当課どこ？");
    expect(said(a)).toContain(`担当課: ${named("公共施設保全事業").department}`);
  });

  it("answers はい to …の単当課って財活で会ってる？ (会って for 合って)", async () => {
    expect(named("公共施設保全事業").department).toBe("財産活用課");
    expect(verdictOf(await engine.ask("公共施設保全事業の単当課って財活で会ってる？"))).toMatch(/^はい。/);
  });

  it.each([
    ["2025年度って令和何年度？", "令和7年度（R7）は2025年度"],
    ["2023年度は令和でいうと何年度？", "令和5年度（R5）は2023年度"],
  ])("answers %s with the era's year, no list", async (q, sentence) => {
    const a = await engine.ask(q);
    expect(said(a)).toContain(sentence);
    expect(a.answered).toBe(0);
  });

  it("reads お金減らしてるの？ after a project as whether it is 縮小", async () => {
    const one = named("葬式の名人");
    const shrinks = Object.values(one.directions).includes("縮小");
    const a = await thread("映画のロケ地を巡るツアーの事業", "それってお金減らしてるの？");
    expect(verdictOf(a)).toMatch(shrinks ? /^はい。/ : /^いいえ。/);
  });

  it("answers 施策7-3ってどういう施策？ with the policy's own direction, not each project's policy line", async () => {
    const a = await engine.ask("施策7-3ってどういう施策？");
    expect(a.leads?.[0]).toMatch(/^施策7-3の方向性: /);
  });

  it.each([["各施策に事業が何件ずつあるか知りたいです"], ["各施策に事業が何件ずつある？"]])(
    "counts %s by policy",
    async (q) => {
      const a = await engine.ask(q);
      expect(said(a)).toContain(
        `施策ごとの事業数（7施策）: 7-1 ${where((p) => p.policy === "7-1").length}件`,
      );
    },
  );
});

describe("the second round's probes (446, 451): polite messages and two subjects compared", () => {
  it("reads a narrowing followed by 件数もお願いします。 as the narrowing of the list in view", async () => {
    const a = await thread(
      "財産活用課の事業一覧と件数",
      "ありがとうございます。そのうち、令和3年度に拡充（臨時拡充も含めて）となっているものはどれでしょうか。件数もお願いします。",
    );
    expect(answered(a)).toEqual(where((p) => ofUnit("財産活用課")(p) && has("R3", "拡充", "臨時拡充")(p)));
  });

  it("reads 計画の中で縮小となっている事業 as the plan's 縮小 projects, not a narrowing of none", async () => {
    const a = await engine.ask("お疲れ様です。計画の中で縮小となっている事業はありますでしょうか。");
    expect(answered(a)).toEqual(where((p) => Object.values(p.directions).includes("縮小")));
  });

  it.each([
    ["マイナンバーカード普及促進 vs 住民票窓口申請システム 終わるのどっちが先"],
    ["マイナンバーカード普及促進と住民票窓口申請システム、終わるのはどっちが先？"],
  ])("compares the two in %s by when each ends", async (q) => {
    const a = await engine.ask(q);
    expect(a.leads?.[0]).toMatch(/^先に終わるのは、マイナンバーカードの普及促進/);
  });
});

describe("the second round's probes (448, 450): where it is written, and a run said with やめる", () => {
  it.each([["どこに書いてある？"], ["計画のどこに載ってますか"]])(
    "after a project, answers %s with its initiative and policy",
    async (q) => {
      const one = named("ふるさと寄附金推進事業");
      const a = await thread("ふるさと納税の事業", q);
      expect(a.leads?.[0]).toContain(`${one.name}の取組: ${one.initiative}`);
    },
  );

  it("after a list, reads そのうち2年だけでやめるのは？ as those listed for two years", async () => {
    const first = await engine.ask("部屋を借りた人がネットを使えるようにする事業");
    const inView = first.projects.slice(0, Math.max(1, first.answered));
    const expected = keysOf(inView.filter((p) => Object.keys(p.directions).length === 2));
    expect(expected.length).toBeGreaterThan(0);
    expect(
      answered(await thread("部屋を借りた人がネットを使えるようにする事業", "そのうち2年だけでやめるのは？")),
    ).toEqual(expected);
  });
});

describe("the second round's probes (449, 450): half-width kana, a count confirmed", () => {
  it("reads half-width katakana as the plan writes it (ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞを使う事業: as in full width)", async () => {
    const half = await engine.ask("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞを使う事業");
    const full = await engine.ask("マイナンバーカードを使う事業");
    expect(answered(half)).toEqual(answered(full));
    expect(half.answered).toBeGreaterThan(1);
  });

  it.each([
    ["本当に2件だけ？", /^はい。/],
    ["本当に3件だけ？", /^いいえ。/],
  ])("after a unit's two projects, answers %s by the count", async (q, verdict) => {
    expect(where(ofUnit("DX推進チーム")).length).toBe(2);
    expect(verdictOf(await thread("DX推進チームの事業", q))).toMatch(verdict);
  });

  it.each([["その2つの担当課は同じ？"], ["この2つって担当課おなじ？"]])(
    "after two projects of two units, answers %s いいえ",
    async (q) => {
      const a = await thread("マイナンバーカードの普及促進とびったりサービスの担当課は？", q);
      expect(verdictOf(a)).toMatch(/^いいえ。/);
    },
  );
});
