// The eighty-fifth session's first probes (452–458): the office's words for a project and its unit (プロジェクト, オーナー
// 部署), a unit spoken of humbly (弊課, 私ども, うち以外), a direction asked whether it ever happened (一度でも縮小した？), a claim
// of one project's directions year by year (R3拡充、R4継続で合ってる？), when a direction runs (いつから継続？), a share of the
// plan (何パーセント？), a list gone back to in a thread (さっきのリストに戻って), and a year asked of the one project found.
// Each table row is a phrasing the rule reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import { type Answer, shownProjects } from "../../src/answer/answer.js";
import type { Direction, Project, YearKey } from "../../src/plan/schema.js";
import { answeredKeys, hasIn, keyOf, listedIn, ofUnit, planUnderTest, verdictOf } from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const answered = answeredKeys;
const named = (name: string) => plan.projects.find((p) => p.name.includes(name)) as Project;
const said = (a: Answer) => [...(a.leads ?? []), ...a.notes].join("\n");
const text = (p: Project) => [p.name, p.purpose, p.content].join(" ");
const YEARS: readonly YearKey[] = ["R3", "R4", "R5", "R6", "R7"];
const isIn = (p: Project, y: YearKey, ...ds: Direction[]) => ds.includes(p.directions[y] as Direction);

describe("プロジェクト said as a word of its own is a project (事業), not a word to search (probe 453)", () => {
  it("reads 「R3に新規で立ち上がったプロジェクト」 as the year's new projects", async () => {
    expect(answered(await engine.ask("R3に新規で立ち上がったプロジェクト"))).toEqual(
      where(hasIn("R3", "新規", "新規完了")),
    );
  });

  it("reads 「情報システム課がオーナー部署のプロジェクト一覧」 as the unit's every project", async () => {
    expect(answered(await engine.ask("情報システム課がオーナー部署のプロジェクト一覧"))).toEqual(
      where(ofUnit("情報システム課")),
    );
  });

  it.each([
    ["マイナンバーカード関連のプロジェクト", "マイナンバーカード"],
    ["Wi-Fi整備のプロジェクト", "Wi-Fi"],
  ])("answers %s only with projects holding %s (none for holding プロジェクト)", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    for (const p of a.projects.slice(0, a.answered)) expect(text(p)).toContain(word);
  });

  it("keeps the plan's own compound (えんがわプロジェクト) a name", async () => {
    const a = await engine.ask("えんがわプロジェクトの担当は？");
    expect(answered(a)).toEqual([keyOf(named("えんがわ"))]);
  });

  it("reads オーナー部署 after a project as its unit, not as 担当課部署", async () => {
    const a = await thread("マイナンバーカードの普及促進", "それのオーナー部署は？");
    expect(said(a)).toContain(`担当課: ${named("マイナンバーカードの普及促進").department}`);
    expect(said(a)).not.toContain("担当課部署");
  });
});

describe("the asker's own unit spoken of humbly (弊課, 私ども) and left out (うち以外) (probe 457)", () => {
  const civic = ofUnit("市民協働推進課");
  it.each([
    [
      "弊課（市民協働推進課）でR3に新規で始まった事業は？",
      (p: Project) => civic(p) && isIn(p, "R3", "新規", "新規完了"),
    ],
    ["弊課は市民協働推進課です。所管事業を一覧でお願いします。", civic],
    ["私ども市民課の所管事業を教えてください", ofUnit("市民課")],
  ])("answers %s with the unit's projects", async (q, holds) => {
    expect(answered(await engine.ask(q))).toEqual(where(holds));
  });

  it("leaves the asker's unit out of 「うち以外」", async () => {
    const a = await engine.ask("市民課です。マイナンバーカード関係の事業、うち以外でやってるところある？");
    expect(a.answered).toBeGreaterThan(0);
    for (const p of a.projects.slice(0, a.answered)) expect(p.department).not.toBe("市民課");
  });
});

describe("a direction asked whether it ever happened (一度でも縮小した？, 拡充したことある？) (probe 456)", () => {
  it.each([
    ["魅力発掘・創造事業って一度でも縮小になった年度ある？", "魅力発掘", ["縮小"]],
    ["魅力発掘・創造事業って縮小になった年ある？", "魅力発掘", ["縮小"]],
    [
      "配偶者暴力被害者等セーフティネット充実支援事業って一回でも拡充あった？",
      "配偶者暴力",
      ["拡充", "臨時拡充"],
    ],
    [
      "配偶者暴力被害者等セーフティネット充実支援事業って拡充したことある？",
      "配偶者暴力",
      ["拡充", "臨時拡充"],
    ],
    ["映画「葬式の名人」活用プロモーション事業って一度でも縮小ある？", "葬式の名人", ["縮小"]],
  ] as const)("answers %s with はい or いいえ as the plan says", async (q, name, ds) => {
    const p = named(name);
    const ever = YEARS.some((y) => isIn(p, y, ...ds));
    expect(verdictOf(await engine.ask(q))).toMatch(ever ? /^はい。/ : /^いいえ。/);
  });

  it("leaves 「R4で完了あった？」 (no ever, no became) the year's list with its はい", async () => {
    const a = await engine.ask("R4で完了あった？");
    expect(answered(a)).toEqual(where(hasIn("R4", "完了", "新規完了")));
    expect(verdictOf(a)).toMatch(/^はい。/);
  });
});

describe("a claim of one project's directions year by year, each checked (probe 456)", () => {
  const widened = (d: Direction): Direction[] => (d === "拡充" ? ["拡充", "臨時拡充"] : [d]);
  /** The project's directions from `from` on, each year it is listed in: all `d`, and at least one. */
  const stays = (p: Project, from: number, d: Direction) => {
    const listed = YEARS.filter((y) => Number(y.slice(1)) >= from && p.directions[y]);
    return listed.length > 0 && listed.every((y) => isIn(p, y, d));
  };
  it.each([
    [
      "マイナンバーカードの普及促進はR3拡充、R4継続で合ってる？",
      "マイナンバーカードの普及促進",
      (p: Project) => isIn(p, "R3", ...widened("拡充")) && isIn(p, "R4", "継続"),
    ],
    [
      "多文化共生の地域づくり推進はR4は拡充でR5は継続？",
      "多文化共生",
      (p: Project) => isIn(p, "R4", ...widened("拡充")) && isIn(p, "R5", "継続"),
    ],
    [
      "多文化共生の地域づくり推進はR4は継続でR5は拡充？",
      "多文化共生",
      (p: Project) => isIn(p, "R4", "継続") && isIn(p, "R5", ...widened("拡充")),
    ],
    [
      "新たな施設予約システム運営事業、R3は臨時拡充でR4以降は継続のまま？",
      "施設予約システム",
      (p: Project) => isIn(p, "R3", "臨時拡充") && stays(p, 4, "継続"),
    ],
    [
      "新たな施設予約システム運営事業、R3は臨時拡充でR5以降は継続のまま？",
      "施設予約システム",
      (p: Project) => isIn(p, "R3", "臨時拡充") && stays(p, 5, "継続"),
    ],
    [
      "映画「葬式の名人」活用プロモーション事業はR3は継続でその後も継続？",
      "葬式の名人",
      (p: Project) => isIn(p, "R3", "継続") && stays(p, 4, "継続"),
    ],
    [
      "多文化共生の地域づくり推進はR3新規でそれ以降はずっと継続？",
      "多文化共生",
      (p: Project) => isIn(p, "R3", "新規", "新規完了") && stays(p, 4, "継続"),
    ],
    [
      "新たな施設予約システム運営事業、R3は臨時拡充でR4・R5は継続だっけ",
      "施設予約システム",
      (p: Project) => isIn(p, "R3", "臨時拡充") && isIn(p, "R4", "継続") && isIn(p, "R5", "継続"),
    ],
    [
      "新たな施設予約システム運営事業 R3だけ臨時拡充 あとは継続？",
      "施設予約システム",
      (p: Project) => isIn(p, "R3", "臨時拡充") && stays(p, 4, "継続"),
    ],
    [
      "多文化共生の地域づくり推進 R3新規、R4〜R7は継続？",
      "多文化共生",
      (p: Project) => isIn(p, "R3", "新規", "新規完了") && YEARS.slice(1).every((y) => isIn(p, y, "継続")),
    ],
    [
      "新たな施設予約システム運営事業は令和3年度と令和4年度は臨時拡充、令和5年度以降は継続で合ってる？",
      "施設予約システム",
      (p: Project) => isIn(p, "R3", "臨時拡充") && isIn(p, "R4", "臨時拡充") && stays(p, 5, "継続"),
    ],
  ])("answers %s with はい only when every year bears it out", async (q, name, holds) => {
    const a = await engine.ask(q);
    const p = named(name);
    expect(verdictOf(a)).toMatch(holds(p) ? /^はい。/ : /^いいえ。/);
    expect(answered(a)).toEqual(holds(p) ? [keyOf(p)] : []);
    expect(a.asked?.map(keyOf) ?? answered(a)).toEqual([keyOf(p)]);
  });

  it.each([
    ["施設予約システムの担当課は？", "施設予約システム"],
    ["シティプロモーション基本方針の担当課は？", "シテプロモーション基本方針"],
  ])("asks 「R3とR4は臨時拡充だよね？」 after %s of that project", async (first, name) => {
    const a = await thread(first, "R3とR4は臨時拡充だよね？");
    const p = named(name);
    const both = isIn(p, "R3", "臨時拡充") && isIn(p, "R4", "臨時拡充");
    expect(verdictOf(a)).toMatch(both ? /^はい。/ : /^(?:一部です|いいえ)。/);
    expect(said(a)).toContain(p.name);
  });
});

describe("when a direction runs, asked of the project in view or named (いつから継続？, いつまで継続？)", () => {
  it("answers 「いつから継続？」 after a project with the years it is 継続", async () => {
    const p = named("施設予約システム");
    const a = await thread("施設予約システムの担当課は？", "いつから継続？");
    expect(answered(a)).toEqual([keyOf(p)]);
    const first = YEARS.find((y) => isIn(p, y, "継続")) as YearKey;
    expect(said(a)).toContain(`${p.name}の継続は令和${first.slice(1)}年度`);
  });

  it("answers 「いつまで継続する？」 after a project with its last listed year", async () => {
    const p = named("シテプロモーション基本方針");
    const last = YEARS.filter((y) => p.directions[y]).at(-1) as YearKey;
    const a = await thread("シティプロモーション基本方針の担当課は？", "いつまで継続する？");
    expect(answered(a)).toEqual([keyOf(p)]);
    expect(said(a)).toContain(`令和${last.slice(1)}年度まで計画に載っています`);
  });

  it("does not search 継続 as a word in 「ふるさと納税っていつまで継続？」", async () => {
    const a = await engine.ask("ふるさと納税っていつまで継続？");
    expect(a.searchedWords).not.toContain("継続");
    expect(answered(a)).toEqual([keyOf(named("ふるさと寄附金"))]);
  });
});

describe("a year asked of the one project found (これR5は？ after 人事給与制度) (probe 458)", () => {
  it("says whether the plan lists it that year, and shows it as the project asked about", async () => {
    const p = named("人事給与制度");
    const a = await thread("人事給与制度", "これR5は？");
    expect(said(a)).toContain(
      listedIn("R5")(p) ? `${p.name}の令和5年度の方向性は` : `${p.name}は令和5年度の計画に記載がありません`,
    );
    expect(a.asked?.map(keyOf)).toEqual([keyOf(p)]);
    expect(said(a)).not.toContain("条件に当てはまる事業はありません");
  });
});

describe("a list gone back to in a thread (さっきのリストに戻って、最初のやつ) (probe 452)", () => {
  it.each([
    ["さっきのリストに戻って、最初のやつはいつまで？"],
    ["リストに戻って、最初のやつはいつまで？"],
    ["戻って、最初のやつはいつまで？"],
  ])("reads %s as the first of the list before the pick", async (q) => {
    const list = await engine.ask("情報システム課の事業一覧");
    const a = await thread("情報システム課の事業一覧", "2番目のやつの内容は？", q);
    expect(answered(a)).toEqual([keyOf(list.projects[0] as Project)]);
  });

  // (The eighty-sixth session's probe 466 read the unit swapped after a pick as the list asked of that unit: its
  // projects, not a いいえ of the one picked — see every-year-ranges-and-plain-checks.test.ts.)
  it("asks the list of another unit swapped after a yes-or-no of a project picked from it", async () => {
    const a = await thread(
      "財産活用課の事業",
      "2番目のやつ詳しく",
      "最初のやつはR7まで続く？",
      "じゃあ市民課は？",
    );
    expect(answered(a)).toEqual(where(ofUnit("市民課")));
    expect(said(a)).not.toContain("記載がありません");
  });
});

describe("a share of the plan asked (何パーセント？, 何割？, 割合にすると？) (probe 455)", () => {
  const shareOf = (n: number, base: number, of: string) =>
    `${of}（${base}件）に占める割合は${Math.round((n / base) * 1000) / 10}%（${n}件）です。`;
  const share = (n: number) => shareOf(n, plan.projects.length, "計画全体");
  it.each([
    ["政策企画課の事業は全体の何パーセント？", ofUnit("政策企画課")],
    ["7-2の事業は全体の何割？", (p: Project) => p.policy === "7-2"],
    ["R4に完了する事業の割合は？", hasIn("R4", "完了", "新規完了")],
  ])("answers %s with the count and its share", async (q, holds) => {
    const a = await engine.ask(q);
    const expected = where(holds);
    expect(answered(a)).toEqual(expected);
    expect(a.notes).toContain(share(expected.length));
  });

  it("gives the share of the list named before のうち (R4完了のうち…)", async () => {
    const a = await engine.ask("R4完了のうち人権・男女共生課のは何割？");
    const r4 = where(hasIn("R4", "完了", "新規完了"));
    const theirs = where((p) => hasIn("R4", "完了", "新規完了")(p) && ofUnit("人権・男女共生課")(p));
    expect(answered(a)).toEqual(theirs);
    expect(a.notes).toContain(shareOf(theirs.length, r4.length, "「R4完了」"));
  });

  it("gives the share of the list in view a follow-up narrows (そのうち…は何割？)", async () => {
    const a = await thread("7-6の事業数は？", "そのうちR7まで載ってるのは何割？");
    const of76 = where((p) => p.policy === "7-6");
    const kept = where((p) => p.policy === "7-6" && listedIn("R7")(p));
    expect(answered(a)).toEqual(kept);
    expect(a.notes).toContain(shareOf(kept.length, of76.length, "前の一覧"));
  });

  it("gives the list in view's share of a list named with 全体 (7-2全体の何割？)", async () => {
    const a = await thread("7-2の事業で、R3に新規のは何件？", "7-2全体の何割？");
    const fresh = where((p) => p.policy === "7-2" && isIn(p, "R3", "新規", "新規完了"));
    expect(answered(a)).toEqual(fresh);
    expect(a.notes).toContain(shareOf(fresh.length, where((p) => p.policy === "7-2").length, "「7-2」"));
  });

  it("gives the share of the list before the count in view for 「割合にすると？」", async () => {
    const a = await thread("全体で事業は何件？", "そのうち完了があるのは何件？", "割合にすると？");
    const ended = where((p) => YEARS.some((y) => isIn(p, y, "完了", "新規完了")));
    expect(answered(a)).toEqual(ended);
    expect(a.notes).toContain(share(ended.length));
  });
});

describe("the plan named as where projects are listed, and polite asks of which", () => {
  it("counts 「計画に載ってる事業は何件？」 as every project", async () => {
    expect((await engine.ask("計画に載ってる事業は何件？")).answered).toBe(plan.projects.length);
  });

  it("counts each year for 「年度ごとに計画に載ってる事業数を出して」", async () => {
    const a = await engine.ask("年度ごとに計画に載ってる事業数を出して");
    const line = YEARS.map((y) => `令和${y.slice(1)}年度 ${plan.projects.filter(listedIn(y)).length}件`).join(
      "、",
    );
    expect(said(a)).toContain(line);
  });

  it("reads 「…はどれになりますでしょうか」 as 「…はどれですか」", async () => {
    const polite = await engine.ask("市民協働推進課の事業で一番早く終わるのはどれになりますでしょうか");
    const plain = await engine.ask("市民協働推進課の事業で一番早く終わるのはどれですか");
    expect(polite.answered).toBe(1);
    expect(answered(polite)).toEqual(answered(plain));
  });

  it("narrows a list by 「そのうち新しく始めたのは？」 to the new ones among those shown", async () => {
    const shown = shownProjects(await engine.ask("地域の活動を盛り上げる事業"));
    const a = await thread("地域の活動を盛り上げる事業", "そのうち新しく始めたのは？");
    const fresh = (p: Project) => YEARS.some((y) => isIn(p, y, "新規", "新規完了"));
    const kept = a.projects.slice(0, a.answered);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(shown.length);
    for (const p of kept) expect(shown.includes(p) && fresh(p)).toBe(true);
  });
});

describe("the asker's own unit left out of other units (probe 461)", () => {
  it.each([
    ["まち魅力発信課です。当方以外で縮小の事業はありますか？", "まち魅力発信課"],
    ["うちの課（収納課）以外で口座振替が絡む事業ってある？", "収納課"],
    [
      "市民課の者です。弊課ではマイナンバーカードの普及促進を担当しておりますが、ほかの課でマイナンバーカードを活用する事業はありますか",
      "市民課",
    ],
    ["うち人事課なんだけど、働き方改革っぽい事業って他の課でもやってる？", "人事課"],
    ["DX推進チームです。当方以外でICTを活用している事業を教えてください", "DX推進チーム"],
  ])("answers %s with no project of %s", async (q, unit) => {
    const a = await engine.ask(q);
    for (const p of a.projects.slice(0, a.answered))
      expect(p.department.normalize("NFKC").startsWith(unit)).toBe(false);
  });

  it("answers 当方以外 in the negative when no other unit has it", async () => {
    const a = await engine.ask("まち魅力発信課です。当方以外で縮小の事業はありますか？");
    const others = where((p) => !ofUnit("まち魅力発信課")(p) && YEARS.some((y) => isIn(p, y, "縮小")));
    expect(answered(a)).toEqual(others);
    expect(verdictOf(a)).toMatch(others.length > 0 ? /^はい。/ : /^いいえ。/);
  });
});

describe("the formal copula and the office's words for the plan (probes 459, 465)", () => {
  it("answers 「…担当課は財産活用課でございますか。」 as 「…ですか」", async () => {
    const p = named("外壁及び屋上改修");
    const a = await engine.ask(
      "委員会資料の確認をしております。総持寺いのち・愛・ゆめセンターの外壁及び屋上改修工事につきまして、担当課は財産活用課でございますか。",
    );
    expect(verdictOf(a)).toMatch(p.department === "財産活用課" ? /^はい。/ : /^いいえ。/);
  });

  it("reads 「…の誤りでございます」 as a correction of the year", async () => {
    const a = await thread("R3に新規の事業", "失礼いたしました、令和4年度の誤りでございます。");
    expect(answered(a)).toEqual(where(hasIn("R4", "新規", "新規完了")));
  });

  it("reads 「縮小へと変更されている」 as changed into 縮小", async () => {
    const a = await engine.ask("令和4年度に方向性が縮小へと変更されている事業はございますでしょうか。");
    expect(answered(a)).toEqual(where((p) => isIn(p, "R4", "縮小") && !isIn(p, "R3", "縮小")));
  });

  it("reads 「ステータス変わってない」 as the direction unchanged", async () => {
    const a = await engine.ask("R3とR4でステータス変わってない案件");
    expect(answered(a)).toEqual(
      where((p) => p.directions.R3 !== undefined && p.directions.R3 === p.directions.R4),
    );
  });

  it("reads 「R5も動いてる？」 as listed that year, asked yes or no", async () => {
    const p = named("人事給与制度");
    const a = await engine.ask("人事給与制度の見直しってR5も動いてる？");
    expect(verdictOf(a)).toMatch(listedIn("R5")(p) ? /^はい。/ : /^いいえ。/);
  });

  it("reads ロードマップ as the plan, not a road", async () => {
    const a = await engine.ask("施設予約システムのロードマップ見たい");
    expect(shownProjects(a)[0]).toBe(named("施設予約システム"));
    expect(a.missingTerms).toEqual([]);
  });
});
