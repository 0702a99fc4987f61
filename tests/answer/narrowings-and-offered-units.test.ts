// The eighty-third session's probes (424–430): narrowings said without そのうち, a list asked for whole, a unit offered to
// be confirmed after the sentence that names the subject, spans of years said to hold every year, words of correcting
// and of writing that name no subject, the plan's terms asked mid-thread, and two groups compared by a clause each.
// Each table row is a phrasing the rule reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import type { Project, YearKey } from "../../src/plan/schema.js";
import {
  answeredKeys,
  endsIn,
  hasIn,
  keysOf,
  listedIn,
  ofUnit,
  planUnderTest,
  verdictOf,
} from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const answered = answeredKeys;
const has = hasIn;
const listed = listedIn;
const ends = endsIn;
const named = (name: string) => plan.projects.find((p) => p.name.includes(name)) as Project;
const keyOfNamed = (name: string) => keysOf([named(name)]);
const text = (a: Answer) => [...(a.leads ?? []), ...a.notes].join("\n");

describe("a narrowing said by its end alone, after a list (probes 424, 427)", () => {
  it("reads そのうち施設の工事は？ as which of them, not whether they are (一部です)", async () => {
    const a = await thread("R4に完了する事業", "そのうち施設の工事は？");
    expect(a.verdict).toBeUndefined();
    expect(answered(a)).toEqual(keyOfNamed("外壁及び屋上改修工事"));
  });

  it("keeps that narrowing for それの担当課は？ after it", async () => {
    const a = await thread("R4に完了する事業", "そのうち施設の工事は？", "それの担当課は？");
    expect(answered(a)).toEqual(keyOfNamed("外壁及び屋上改修工事"));
  });

  it.each([["R3に新規のやつだけ"], ["R3に新規のものだけ"], ["R3に新規のだけ"]])(
    "narrows the list in view by %s, with no 一部です",
    async (q) => {
      const a = await thread("口座振替の事業", q);
      const before = await engine.ask("口座振替の事業");
      const expected = keysOf(
        before.projects.slice(0, before.answered).filter(has("R3", "新規", "新規完了")),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(expected);
      expect(verdictOf(a)).toBeUndefined();
    },
  );

  it("keeps a だけ narrowing as the one 逆に… takes back (R3が継続のものだけ, then 逆にR3が継続じゃないものは？)", async () => {
    const a = await thread(
      "まち魅力発信課の事業を一覧で",
      "R3が継続のものだけ",
      "逆にR3が継続じゃないものは？",
    );
    expect(answered(a)).toEqual(where((p) => ofUnit("まち魅力発信課")(p) && !has("R3", "継続")(p)));
  });

  it.each([["収納課のはある？"], ["収納課のもある？"], ["収納課のってある？"]])(
    "asks %s of the list in view: いいえ when none of it is the unit's",
    async (q) => {
      const a = await thread("R5に完了する事業", q);
      expect(where((p) => ends("R5")(p) && ofUnit("収納課")(p))).toEqual([]);
      expect(a.answered).toBe(0);
      expect(verdictOf(a)).toMatch(/^いいえ/);
    },
  );

  it("picks the ones tied first together, for what follows (そのうち一番早く終わるのは？ then それの担当課は？)", async () => {
    const first = await thread("7-2の事業で完了するもの", "そのうち一番早く終わるのは？");
    const after = await thread("7-2の事業で完了するもの", "そのうち一番早く終わるのは？", "それの担当課は？");
    expect(first.answered).toBeGreaterThan(1);
    expect(answered(after)).toEqual(answered(first));
  });

  it.each([["それ以外の課だと？"], ["それ以外の課は？"], ["ほかの課のは？"]])(
    "reads %s after a narrowing to a unit as the rest of the list",
    async (q) => {
      const a = await thread("R3に新規の事業", "そのうち収納課のは？", q);
      expect(answered(a)).toEqual(where((p) => has("R3", "新規", "新規完了")(p) && !ofUnit("収納課")(p)));
    },
  );
});

describe("the list in view asked for whole (probe 426)", () => {
  it.each([["全部"], ["全部見せて"], ["もっと"], ["続きを見せて"]])(
    "answers %s with the list just shown, not the plan's",
    async (q) => {
      const a = await thread("事業がいちばん多い課は？", q);
      expect(answered(a)).toEqual(where(ofUnit("人権・男女共生課")));
    },
  );

  it("reads 全部 asked first, with nothing in view, as the whole plan", async () => {
    expect((await engine.ask("全部")).answered).toBe(plan.projects.length);
  });

  it.each([["上のやつ詳しく"], ["一番上のやつ詳しく"], ["最初の事業くわしく教えて"]])(
    "picks the first of the list by %s",
    async (q) => {
      const a = await thread("人事課の事業", q);
      expect(answered(a)).toEqual(keysOf(plan.projects.filter(ofUnit("人事課")).slice(0, 1)));
    },
  );
});

describe("a unit offered to be confirmed after the sentence that names the subject (probe 429)", () => {
  it.each([
    ["住民から施設予約システムのことを聞かれた。担当は資産活用課？", "施設予約システム", "はい"],
    ["ぴったりサービスについて住民から問い合わせ。システム課？", "サービス利用の推進", "はい"],
  ])("answers %s of the subject, and whether the unit is its", async (q, project, verdict) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keyOfNamed(project));
    expect(verdictOf(a)).toMatch(new RegExp(`^${verdict}`));
  });

  it("keeps a subject asked whether with か before who asked (…Wi-Fi使えるか住民に聞かれた。市民協働課？それとも資産活用課？)", async () => {
    const a = await engine.ask(
      "コミュニティセンターでWi-Fi使えるか住民に聞かれた。市民協働課？それとも資産活用課？",
    );
    expect(a.searchedWords).toContain("Wi-Fi");
    expect(answered(a)).toContain(keysOf([named("コミュニティセンター管理運営")])[0]);
    expect(answered(a).length).toBeLessThanOrEqual(2);
  });

  it("searches the subject beside a unit the plan lacks (…返礼品のことで住民から問い合わせ。広報課でいい？)", async () => {
    const a = await engine.ask("ふるさと納税の返礼品のことで住民から問い合わせ。広報課でいい？");
    expect(a.projects[0]?.name).toBe(named("ふるさと寄附金").name);
  });

  it("still lists a unit's projects asked for after an occasion (来週の会議で使います。人事課の事業は？)", async () => {
    const a = await engine.ask("来週の会議で使います。人事課の事業は？");
    expect(answered(a)).toEqual(where(ofUnit("人事課")));
  });

  // (In the verdict itself when the unit offered was mistyped: probe 476 had passed on a はい with the wrong name.)
  it("says the unit offered was read as the plan's in the verdict, not in a note below (担当って資産活用課だっけ？)", async () => {
    const a = await engine.ask("施設予約システムの担当って資産活用課だっけ？");
    expect(verdictOf(a)).toMatch(
      /^はい。.+の担当課は財産活用課です。（「資産活用課」は計画にない課名のため、「財産活用課」と読みました）$/,
    );
    expect(a.notes.some((n) => n.endsWith("と読んで答えています。"))).toBe(false);
  });

  it("says a unit read as a slip once, not again by a part of its name (資産活用課)", async () => {
    const a = await engine.ask("資産活用課の事業");
    expect(a.notes.filter((n) => n.endsWith("と読んで答えています。"))).toEqual([
      "「資産活用課」は「財産活用課」と読んで答えています。",
    ]);
  });
});

describe("a span of years said to hold a direction every year (probes 427, 430)", () => {
  const everyYear = (from: number, direction: string) => (p: Project) =>
    [3, 4, 5, 6, 7].filter((y) => y >= from).every((y) => p.directions[`R${y}` as YearKey] === direction);
  it.each([
    ["R3に新規で、R4からR7までずっと継続の事業"],
    ["令和3年度が新規で、令和4年度以降はずっと継続の事業"],
    ["令和3年度が「新規」で、令和4年度以降は「継続」のみとなっているもの"],
  ])("reads %s as each year of the span, the first year's direction apart", async (q) => {
    const expected = where((p) => has("R3", "新規")(p) && everyYear(4, "継続")(p));
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(expected);
  });

  it.each([["R4以降は継続のみの事業"], ["R4以降は継続しかない事業"], ["R4以降は継続しかないもの"]])(
    "reads %s as every year from R4 on",
    async (q) => {
      expect(answered(await engine.ask(q))).toEqual(where(everyYear(4, "継続")));
    },
  );
});

describe("periods said loosely, then exactly (probe 430)", () => {
  it("reads the bracket of 計画期間の途中（令和4年度以降）で in place of the loose words", async () => {
    const a = await engine.ask(
      "計画期間の途中（令和4年度以降）で拡充となった事業を、臨時拡充も含めて教えていただけますでしょうか。",
    );
    expect(answered(a)).toEqual(
      where((p) => (["R4", "R5", "R6", "R7"] as YearKey[]).some((y) => has(y, "拡充", "臨時拡充")(p))),
    );
  });

  it("reads 現在もまだ続いている事業（令和7年度まで計画に載っているもの） beside R3's 新規 as both", async () => {
    const a = await engine.ask(
      "令和3年度に新規で始まり、現在もまだ続いている事業（令和7年度まで計画に載っているもの）を一覧でいただけますか。",
    );
    expect(answered(a)).toEqual(where((p) => has("R3", "新規", "新規完了")(p) && listed("R7")(p)));
  });

  it.each([
    ["新規で始まった後、翌年度に拡充へ変わった事業はございますか。"],
    ["新規になった翌年度に拡充の事業"],
  ])("counts 翌年度 in %s from the year of the direction before it, not from today", async (q) => {
    const next = (p: Project) =>
      ([3, 4, 5, 6] as const).some(
        (y) => has(`R${y}`, "新規", "新規完了")(p) && has(`R${y + 1}` as YearKey, "拡充", "臨時拡充")(p),
      );
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where(next));
    expect(text(a)).not.toContain("令和9年度");
  });
});

describe("words of correcting and of writing, and the years of a thread (probes 424, 425, 428–430)", () => {
  it.each([
    [
      "7-2の事業でシステム課のもの",
      "訂正、DX推進チームと情報システム課の両方",
      where((p) => p.policy === "7-2" && (ofUnit("DX推進チーム")(p) || ofUnit("情報システム課")(p))),
    ],
    ["令和5年度に縮小となる事業", "失礼しました、令和5年度に完了する事業の誤りです。", where(ends("R5"))],
    [
      "令和5年度まで計画に載っていて、令和6年度には載っていない事業",
      "そのうち、完了と明記されているものは？",
      where((p) => listed("R5")(p) && !listed("R6")(p) && ends("R5")(p)),
    ],
    [
      "R3とR4の両方で拡充になっている事業は？",
      "臨時拡充ではなく、通常の「拡充」が2年続いているものに絞るとどうなりますか。",
      where((p) => has("R3", "拡充")(p) && has("R4", "拡充")(p)),
    ],
  ])("after %s, answers %s without searching the words of how it is said", async (first, next, expected) => {
    expect(expected.length).toBeGreaterThan(0);
    const a = await thread(first, next);
    expect(answered(a)).toEqual(expected);
    expect(a.missingTerms).toEqual([]);
  });

  it("puts two years meant in place of the two asked (ごめん、R4とR5の間違い)", async () => {
    const a = await thread("R3とR4の両方で拡充の事業", "ごめん、R4とR5の間違い");
    expect(answered(a)).toEqual(
      where((p) => has("R4", "拡充", "臨時拡充")(p) && has("R5", "拡充", "臨時拡充")(p)),
    );
    expect(text(a)).toContain("令和4年度に拡充・臨時拡充、かつ令和5年度に拡充・臨時拡充");
  });

  it.each([
    ["R4までは臨時拡充？", "はい"],
    ["R5からは臨時拡充？", "いいえ"],
  ])("asks %s of the project in view, whatever else the plan has", async (q, verdict) => {
    const a = await thread("施設の予約システムの事業", q);
    expect(verdictOf(a)).toMatch(new RegExp(`^${verdict}。${named("施設予約システム").name}`));
  });

  it("asks R5もまだ続く？ of the project named (まだ is no word of the year's listing)", async () => {
    const a = await engine.ask("貸室のWi-Fi環境整備事業ってR5もまだ続く？");
    expect(verdictOf(a)).toMatch(/^いいえ/);
  });

  it.each([["そのうちR7までいくのは？"], ["そのうちR7までいってるのは？"]])(
    "reads %s as lasting to R7",
    async (q) => {
      const a = await thread("事業名にシステムって入ってるやつ", q);
      expect(answered(a)).toEqual(where((p) => p.name.includes("システム") && listed("R7")(p)));
    },
  );

  it("reads R6にだけ載っててR7にないのは？ after both years' lists as the first year's alone", async () => {
    const a = await thread("R6とR7で載ってる事業の数って同じ？", "R6にだけ載っててR7にないのはどれ？");
    expect(answered(a)).toEqual(where((p) => listed("R6")(p) && !listed("R7")(p)));
  });

  it("asks 施策 after a count by year of that year's list (R4の分を施策ごとに)", async () => {
    const a = await thread("年度ごとに完了する事業の数を教えて", "R4の分を施策ごとに");
    expect(answered(a)).toEqual(where(ends("R4")));
    expect(text(a)).toContain("施策ごとの事業数");
  });

  it("names the initiatives with no project of the policy in view (7-2の取組ごとの事業数, then 事業が載ってない取組は？)", async () => {
    const a = await thread("7-2の取組ごとの事業数", "事業が載ってない取組は？");
    const empty = a.notes.find((n) => n.startsWith("新規・拡充事業等が載っていない取組")) ?? "";
    expect(empty).toContain("7-2-");
    expect(empty).not.toContain("7-4-");
  });
});

describe("the plan's terms asked in a thread (probe 426)", () => {
  it.each([["方向性って何？"], ["取組って何？"], ["「No.」って何？"]])(
    "answers %s with what the term means, listing nothing",
    async (q) => {
      const a = await thread("コミュニティセンターの事業", q);
      expect(a.reply).toBe(true);
      expect(a.projects).toEqual([]);
    },
  );

  it("keeps the project in view after the meaning (「No.」って何？ then R5もやる？)", async () => {
    const a = await thread("マイナンバーカードの普及の事業", "「No.」って何？", "R5もやる？");
    expect(verdictOf(a)).toMatch(/^いいえ。マイナンバーカードの普及促進/);
  });
});

describe("loanwords for a project's fields, and words of how many (probes 425, 428)", () => {
  it.each([
    ["contentは？", "内容"],
    ["purposeは？", "目的"],
  ])("reads %s as %s of the project in view", async (q, field) => {
    const a = await thread("AIチャットボットの事業", q);
    expect(answered(a)).toEqual(answered(await engine.ask("AIチャットボットの事業")));
    expect(a.fieldsAsked ?? []).toContain(field);
  });

  it("keeps content a word to search elsewhere (SNSのcontentを作る事業)", async () => {
    const a = await engine.ask("SNSのcontentを作る事業");
    expect(a.projects[0]?.name).toBe(named("ホームページ・SNS運営").name);
  });

  it.each([
    ["一番たくさん事業を持ってる課はどこ？"],
    ["事業をたくさん持ってる課は？"],
    ["たくさんの事業を持っている課"],
  ])("reads %s as the unit with the most projects", async (q) => {
    expect(answered(await engine.ask(q))).toEqual(where(ofUnit("人権・男女共生課")));
  });

  it.each([
    ["R6とR7で載ってる事業の数って同じ？", "いいえ。令和6年度のほうが"],
    ["7-1と7-3の事業数って同じ？", "いいえ。7-1のほうが"],
  ])("answers %s whether the counts are the same", async (q, said) => {
    expect(text(await engine.ask(q))).toContain(said);
  });

  it.each([
    ["R5で完了するのとR4で完了するの、どっちが多い？", "令和4年度のほうが多いです"],
    ["R5で完了するのとR4で完了するの、数の差は？", "差は"],
  ])("reads two clauses joined by のと in %s as two sets compared, not both at once", async (q, said) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where((p) => ends("R4")(p) || ends("R5")(p)));
    expect(text(a)).toContain(said);
  });
});
