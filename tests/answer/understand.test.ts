import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { REIWA } from "../../src/answer/understand/years.js";
import { understand, withoutWordSpaces } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { DIRECTION_WORDS } from "../../src/plan/schema.js";

const catalog = buildCatalog(loadPlan());
const JUNE_2023 = new Date("2023-06-15T00:00:00+09:00");
const read = (q: string, now = JUNE_2023) => understand(q, catalog, now);
const DIRECTIONS_ALL = ["新規", "継続", "拡充", "臨時拡充", "縮小", "完了", "新規完了"];

describe("understand: plan codes", () => {
  it.each([
    ["7", { kind: "chapter", code: "7" }],
    ["7-4", { kind: "policy", code: "7-4" }],
    ["7-4-2", { kind: "initiative", code: "7-4-2" }],
    ["７－４－２", { kind: "initiative", code: "7-4-2" }],
    ["7ー4ー2", { kind: "initiative", code: "7-4-2" }],
    ["7-2 No.17", { kind: "project", code: "7-2", no: 17 }],
    ["7-2#17", { kind: "project", code: "7-2", no: 17 }],
    ["7-2の17番", { kind: "project", code: "7-2", no: 17 }],
    ["施策7-3の事業", { kind: "policy", code: "7-3" }],
    ["施策7の3の事業", { kind: "policy", code: "7-3" }],
    ["7の3の2", { kind: "initiative", code: "7-3-2" }],
    ["取組７の３の２", { kind: "initiative", code: "7-3-2" }],
    ["施策7の2の13番の事業", { kind: "project", code: "7-2", no: 13 }],
    ["7.2.3の事業", { kind: "initiative", code: "7-2-3" }],
    ["施策7.2の事業", { kind: "policy", code: "7-2" }],
    // Two numbers with a dot before the policy's projects, as a voice input writes なな点よん (probe 131).
    ["7.4の事業", { kind: "policy", code: "7-4" }],
    ["7.2施策の一覧", { kind: "policy", code: "7-2" }],
  ])("reads %s as a code", (q, code) => {
    const u = read(q);
    expect(u.codes).toEqual([code]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([["R7.4の事業"], ["令和7.4の事業"]])("reads no code in %s: a date (review)", (q) => {
    expect(read(q).codes).toEqual([]);
  });
});

describe("understand: fiscal years", () => {
  it.each([
    ["令和4年度", ["R4"]],
    ["R4", ["R4"]],
    ["Ｒ４年度", ["R4"]],
    ["2022年度", ["R4"]],
    ["令和元年度", ["R1"]],
    ["平成30年度", ["R0"]],
    ["平成31年度", ["R1"]],
    ["令和3〜5年度", ["R3", "R4", "R5"]],
    ["令和3年度から令和5年度", ["R3", "R4", "R5"]],
    ["令和3年度から5年度まで", ["R3", "R4", "R5"]],
    ["R3〜R5", ["R3", "R4", "R5"]],
    ["r4-r6の間", ["R4", "R5", "R6"]],
    ["2021年度から2023年度にかけて", ["R3", "R4", "R5"]],
    ["平成31年度から令和2年度", ["R1", "R2"]],
    ["最終年度", ["R7"]],
    ["令和五年度", ["R5"]],
    ["令和十年度", ["R10"]],
    ["R.5", ["R5"]],
    ["令和6年度以降も続く", ["R6", "R7"]],
    ["令和6年度以降も載ってる？", ["R6", "R7"]],
    ["R5以後も記載がある", ["R5", "R6", "R7"]],
    ["計画の初年度", ["R3"]],
    ["最終年度まで続く", ["R7"]],
    ["計画期間の最後まで続く", ["R7"]],
    ["計画の終わりまで続く", ["R7"]],
    ["最後まで続く事業", ["R7"]],
    ["最後まで載ってるのは", ["R7"]],
    ["計画の最初から", ["R3", "R4", "R5", "R6", "R7"]],
    ["計画期間中", ["R3", "R4", "R5", "R6", "R7"]],
    ["途中で終わる", ["R3", "R4", "R5", "R6", "R7"]],
    ["今年度", ["R5"]],
    ["ことし完了する事業", ["R5"]],
    ["ことしまで続く", ["R5"]],
    // (こと then する is no year: probe 139.)
    ["DX推進チームってどういうことしてるところ？", []],
    ["人事課はどんなことしたの？", []],
    ["同じことしますか", []],
    ["DX推進チームってそういうことしかしてないの？", []],
    ["令和7年度まで", ["R3", "R4", "R5", "R6", "R7"]],
    ["令和5年度以降", ["R5", "R6", "R7"]],
    ["R6まで", ["R3", "R4", "R5", "R6"]],
    ["2022年度から", ["R4", "R5", "R6", "R7"]],
    ["2022年度から始まる", ["R4"]],
    ["R6まで続く", ["R6"]],
    ["市民課の事業ってR7まである？", ["R7"]],
    ["R6までやる事業", ["R6"]],
    // ずっと続く said plainly: to the plan's end, as 最後まで続く (probe 158), not 継続 every year.
    ["そのうちずっと続くのは？", ["R7"]],
    ["この先もずっと続けるの？", ["R7"]],
    // 「…までですか」 asked yes or no: whether it lasts to that year (review-53 M1), not any year up to it.
    ["全部R7までですか", ["R7"]],
    ["R6までですよね？", ["R6"]],
    ["令和7年度までですか？", ["R7"]],
    // Years typed short (probe 24): 令和5 without 年度, R4年, a bare 202x before a particle, 年度度.
    ["令和5に完了する事業", ["R5"]],
    ["令和４の縮小事業", ["R4"]],
    ["R４年に完了", ["R4"]],
    ["2022に完了した事業", ["R4"]],
    // A direction typed on to it (probe 144).
    ["2021新規", ["R3"]],
    ["2024縮小", ["R6"]],
    ["令和4年度度に完了する事業", ["R4"]],
    // より後 and より前 leave the year out (probe 25).
    ["令和4年度より後に完了する事業", ["R5", "R6", "R7"]],
    ["令和5年度より前に完了する事業", ["R3", "R4"]],
    // A year counted from one named with の, and the plan's N-th year (probe 25).
    ["令和4年度の翌年度に完了する事業", ["R5"]],
    ["令和6年度の前年度に完了する事業", ["R5"]],
    ["令和3年度の2年後に完了する事業", ["R5"]],
    ["計画の3年目に完了する事業", ["R5"]],
    // A year left out: the plan's other years (probe 25); 計画期間の初年度 is the plan's first year.
    ["令和4年度を除いて、完了する事業", ["R3", "R5", "R6", "R7"]],
    ["R5は除いて拡充の事業", ["R3", "R4", "R6", "R7"]],
    ["計画期間の初年度に新規の事業", ["R3"]],
    ["計画期間の最終年度に継続の事業", ["R7"]],
    // A month as the fiscal year it falls in (January to March: the year before), and 年度末 (probe 25).
    ["令和5年3月までに完了する事業", ["R3", "R4"]],
    ["2023年1月に始まった事業", ["R4"]],
    ["令和6年2月末時点で継続の事業", ["R5"]],
    ["令和4年度末までに完了する事業", ["R3", "R4"]],
    ["R7まで方向性が載ってるもの", ["R7"]],
    ["R7まで方向性が決まっている事業は何件？", ["R7"]],
    ["R5まで方向性が示されている事業", ["R5"]],
    ["R5まで方向性がある事業", ["R5"]],
    ["令和7年度まで計画に載っているもの", ["R7"]],
    ["令和3年度から5年度までの間に完了", ["R3", "R4", "R5"]],
    ["来年度", ["R6"]],
    // 続く after a relative year is listed that year (probe 22), as after a year written out.
    ["昨年度も続いてた事業", ["R4"]],
    // A relative year glossed by the year it means (probe 20): the year written.
    ["来年度のR5予算で完了予定の事業", ["R5"]],
    ["昨年度（令和3年度）に完了", ["R3"]],
    ["昨年度", ["R4"]],
    ["去年度に継続だった事業", ["R4"]],
    ["一昨年度", ["R3"]],
    ["令和6年度も続いている事業", ["R6"]],
    ["R5でもまだ続く事業", ["R5"]],
  ])("reads %s", (q, years) => {
    expect(read(q).years).toEqual(years);
  });

  // A year said again in the other calendar, or written in both as council papers do (probe 124): one year, and what
  // is asked of it kept — read as two, 拡充 had been lost and 43 projects counted.
  it.each([
    ["2022年度、つまりR4に拡充の事業は何件か。", ["R4"], ["拡充", "臨時拡充"]],
    ["R4、つまり2022年度に完了した事業は何件か。", ["R4"], ["完了", "新規完了"]],
    ["令和4年度すなわち2022年度に縮小の事業", ["R4"], ["縮小"]],
    ["2022（令和4）年度に完了した事業の件数", ["R4"], ["完了", "新規完了"]],
    ["令和4(2022)年度の完了事業", ["R4"], ["完了", "新規完了"]],
    ["R3(2021)年度に新規の事業", ["R3"], ["新規", "新規完了"]],
    ["昨年度、すなわち令和3年度に縮小の事業", ["R3"], ["縮小"]],
  ])("reads %s as one year with its direction", (q, years, directions) => {
    const u = read(q);
    expect(u.years).toEqual(years);
    expect(u.directions).toEqual(directions);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["令和7年の秋の時点で去年度に完了していた事業", ["R6"]],
    ["R4時点では前年度に新規だった事業", ["R3"]],
    ["2024年度から見て翌年度に完了する事業", ["R7"]],
    ["R4時点で継続中の事業", ["R4"]],
    ["令和5年度時点で2年前に完了した事業", ["R3"]],
  ])("reads %s with its relative years counted from the year it stands at", (q, years) => {
    expect(read(q).years).toEqual(years);
    expect(read(q).hasFreeText).toBe(false);
  });

  it("counts today's fiscal year in Tokyo, from 1 April", () => {
    expect(read("今年度", new Date("2023-03-31T23:59:00+09:00")).years).toEqual(["R4"]);
    expect(read("今年度", new Date("2023-03-31T15:00:00Z")).years).toEqual(["R5"]);
    expect(read("今年度", new Date("2024-01-10T12:00:00+09:00")).years).toEqual(["R5"]);
  });
});

describe("understand: calendar dates as the fiscal years they fall in (probe 117)", () => {
  const DEC_2026 = new Date("2026-12-01T09:00:00+09:00");
  it.each([
    // A month of a calendar year said with の: January to March are the fiscal year before.
    ["2023年の3月末までに終わった事業", ["R3", "R4"]],
    ["令和5年の3月に完了", ["R4"]],
    ["2024年の4月に始まった", ["R6"]],
    // A season of a calendar year: its month (秋 October, 年明け January).
    ["令和5年の秋に縮小してた事業", ["R5"]],
    ["2025年の年明けに拡充してる事業", ["R6"]],
    // A part of a year — a half, a quarter, its start — is the fiscal year's (第1四半期 is April to June).
    ["2023年上半期に縮小してた事業", ["R5"]],
    ["2021年度の下半期に新規で始まったもの", ["R3"]],
    ["2022年の第3四半期に完了予定だった事業", ["R4"]],
    ["R4のQ3に完了する事業", ["R4"]],
    ["2023年度第4四半期に完了する事業", ["R5"]],
    ["2022年度の秋", ["R4"]],
    // A span of months: the fiscal years of its two ends.
    ["2022年7月〜9月に拡充されてた事業", ["R4"]],
    ["2021年10月〜12月に拡充してた事業", ["R3"]],
    ["2022年10月から2023年6月まで拡充の事業", ["R4", "R5"]],
    // Relative calendar years and months, counted from today (2026-12-01).
    ["去年の3月で終わった事業", ["R6"]],
    ["一昨年の4月から縮小したもの", ["R6", "R7"]],
    ["来年の1月ごろまで続いてる", ["R8"]],
    ["来月から始まる事業", ["R8"]],
    ["去年の今ごろ動いてた事業", ["R7"]],
  ])("reads %s as %j", (q, years) => {
    expect(read(q, DEC_2026).years).toEqual(years);
  });

  it.each([
    ["2023年1〜3月に完了した事業", ["R4"]],
    ["R5の秋に縮小してた事業", ["R5"]],
  ])("reads %s as %j too, the part of the year no word to search", (q, years) => {
    const u = read(q, DEC_2026);
    expect(u.years).toEqual(years);
    expect(u.freeText).not.toMatch(/秋|月/);
  });

  it.each([
    "去年の3月に市民から苦情があったWi-Fiの事業",
    "先月に市民から問い合わせがあったおくやみコーナーの担当は？",
    "来月から窓口に来る市民向けのマイナンバーカードの事業",
    "昨年の秋に説明会があったコーチング研修",
  ])("leaves a date of what happened, no direction said of it, out of the conditions: %s", (q) => {
    expect(read(q, DEC_2026).years).toEqual([]);
  });

  it.each([
    ["R5で完了しちゃう事業", "しる"],
    ["毎年移行作業がある事業", "以降"],
  ])("reads %s with no %s made of it", (q, made) => {
    expect(read(q, DEC_2026).freeText).not.toContain(made);
  });

  it.each(["R3から新しく始まった事業", "2021年4月から新たに始まった事業"])(
    "reads %s as the year it started in, not a range from it (probe 117)",
    (q) => {
      const u = read(q, DEC_2026);
      expect(u.years).toEqual(["R3"]);
      expect(u.directions).toContain("新規");
    },
  );

  it("reads 移行 after a numbered year as 以降 only before what goes on (R5移行の… is a migration)", () => {
    expect(read("令和8年度移行も続く？", DEC_2026).years).toEqual(["R8"]);
    expect(read("R5移行の施設予約システムの担当は？", DEC_2026).years).toEqual(["R5"]);
  });

  it("leaves a season said as the occasion before the ask out (今年の夏、…)", () => {
    expect(read("今年の夏、窓口が混んでいたのですが、マイナンバーカードの事業は？", DEC_2026).years).toEqual(
      [],
    );
  });
});

describe("understand: directions", () => {
  it.each([
    ["完了する事業", ["完了", "新規完了"]],
    ["終わる事業", ["完了", "新規完了"]],
    ["新規事業", ["新規", "新規完了"]],
    ["始まる事業", ["新規", "新規完了"]],
    ["新しく始まる事業", ["新規", "新規完了"]],
    ["新しい事業は？", ["新規", "新規完了"]],
    ["拡充", ["拡充", "臨時拡充"]],
    ["臨時拡充", ["臨時拡充"]],
    ["新規完了", ["新規完了"]],
    ["縮小する事業", ["縮小"]],
  ])("widens %s to every direction containing it", (q, directions) => {
    expect(read(q).directions).toEqual(directions);
  });

  it.each([
    ["令和3年度に始めた事業", ["新規", "新規完了"]],
    ["令和4年度に終えた事業", ["完了", "新規完了"]],
    ["令和4年度に終わっている事業", ["完了", "新規完了"]],
    ["令和5年度に減らした事業", ["縮小"]],
    ["令和5年度に減らされる事業", ["縮小"]],
    ["令和4年度でやめる事業", ["完了", "新規完了"]],
    ["令和4年度で止めた事業", ["完了", "新規完了"]],
    ["令和4年度で打ち切りの事業", ["完了", "新規完了"]],
    ["令和3年度でおしまいの事業", ["完了", "新規完了"]],
    ["令和4年度に広げる事業", ["拡充", "臨時拡充"]],
    ["令和4年度に拡げた事業", ["拡充", "臨時拡充"]],
    ["令和4年度に増やす事業", ["拡充", "臨時拡充"]],
    ["令和5年度に縮める事業", ["縮小"]],
    ["令和5年度に小さくする事業", ["縮小"]],
    // Probe 20: a budget or a scale that grows or shrinks, 増額・減額, and 臨拡 (staff's short form).
    ["令和4年度に予算が増える事業", ["拡充", "臨時拡充"]],
    ["令和4年度に増額する事業", ["拡充", "臨時拡充"]],
    ["令和5年度に予算が減る事業", ["縮小"]],
    // 予算的に, 予算面で (probe 144).
    ["令和4年度に予算的に増える事業", ["拡充", "臨時拡充"]],
    ["令和5年度に予算面で減る事業", ["縮小"]],
    ["令和5年度に規模が小さくなる事業", ["縮小"]],
    ["令和5年度に減額する事業", ["縮小"]],
    ["令和3年度に臨拡の事業", ["臨時拡充"]],
    ["令和3年度に臨時で増額した事業", ["臨時拡充"]],
    ["令和4年度に臨時で予算を増やしている事業", ["臨時拡充"]],
    // Probe 23: passive and potential forms.
    ["令和4年度で打ち切られる事業", ["完了", "新規完了"]],
    ["R4に終えられる事業", ["完了", "新規完了"]],
    ["令和4年度にやめられた事業", ["完了", "新規完了"]],
    ["令和3年度に始められた事業", ["新規", "新規完了"]],
    ["令和4年度に広げられる事業", ["拡充", "臨時拡充"]],
    ["令和4年度に増やされる事業", ["拡充", "臨時拡充"]],
    // Given more: 手厚くする, 力を入れる, 重点的に取り組む (probe 155).
    ["令和4年度に手厚くする事業", ["拡充", "臨時拡充"]],
    ["2022年度に力を入れる事業", ["拡充", "臨時拡充"]],
    ["令和5年度に重点的に取り組む事業", ["拡充", "臨時拡充"]],
    ["令和5年度に縮められる事業", ["縮小"]],
    ["令和5年度も続けられる事業", ["継続"]],
  ])("reads the inflected verb in %s as a direction, leaving no subject to search", (q, directions) => {
    const u = read(q);
    expect(u.directions).toEqual(directions);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["R3からR5まで継続の事業"],
    ["令和3年度から5年度にかけて継続している事業"],
    // The span's length said after it, and the direction quoted.
    ["R3〜R5の3年間ずっと継続になってる事業"],
    ["R3からR5まで3年間ずっと「継続」の事業"],
    ["R3〜R5まで一貫して継続の事業"],
    // 方向性が before it, and a comma after the span (probe 184: read as some year, 36 projects).
    ["令和3年度から令和5年度にかけて、方向性が継続のままの事業"],
    ["R3からR5まで方向性は継続の事業"],
  ])("reads %s as 継続 in each year of the span, not in some (probe 20)", (q) => {
    expect(read(q)).toMatchObject({ years: ["R3", "R4", "R5"], directions: ["継続"], throughout: true });
  });

  it.each([["令和3年度から令和5年度までの間に完了する事業"], ["R3からR5までのあいだに完了する事業"]])(
    "reads the span's 間 in %s as the span's, leaving no subject (probe 184)",
    (q) => {
      expect(read(q)).toMatchObject({ years: ["R3", "R4", "R5"], hasFreeText: false });
    },
  );

  it.each([
    ["令和3年度から令和4年度にかけて両方とも拡充（臨時拡充を含む）となっている事業"],
    ["R3〜R4で両年度とも拡充の事業"],
    ["R3からR4まで、どちらの年度も拡充"],
  ])("reads %s as 拡充 in both years of the span, not in either (dev46)", (q) => {
    expect(read(q)).toMatchObject({
      years: ["R3", "R4"],
      directions: ["拡充", "臨時拡充"],
      throughout: true,
    });
  });

  it("reads a kind left out of two years' own directions (（臨時拡充は除く）) as left out of each, not as another direction", () => {
    const u = read("R3とR4の両方で拡充（臨時拡充は除く）");
    expect(u.conditions).toEqual([
      { year: "R3", directions: ["拡充"], holds: true },
      { year: "R4", directions: ["拡充"], holds: true },
    ]);
    expect(u.directions).toEqual([]);
  });

  it.each([
    ["令和3年度に新規または拡充で、かつ令和7年度まで続くもの"],
    ["R3に新規か拡充で、R7まで続いている事業"],
    ["令和3年度に新規もしくは拡充で令和7年度まで続く事業"],
  ])(
    "reads a year's either-of-two directions in %s as either, beside the other year's condition (probe 184: 新規 alone, and くも searched)",
    (q) => {
      const u = read(q);
      expect(u.conditions[0]).toMatchObject({ year: "R3", holds: true });
      expect([...(u.conditions[0]?.directions ?? [])].sort()).toEqual(
        ["拡充", "新規", "新規完了", "臨時拡充"].sort(),
      );
      expect(u.conditions[1]).toMatchObject({ year: "R7", holds: true });
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([["臨時拡充は除いて"], ["臨時拡充を除く事業"], ["臨時拡充を除外して"]])(
    "reads %s — a direction alone taken away — as the projects that do it taken away (probe 42), as 臨時拡充の事業は除いて",
    (q) => {
      const u = read(q);
      expect(u.absentDirections).toEqual(["臨時拡充"]);
      expect(u.directions).toEqual([]);
    },
  );

  it("reads 継続以外 alone as any other direction in some year, not as the projects that never continue", () => {
    const u = read("継続以外");
    expect(u.absentDirections).toEqual([]);
    expect(u.directions).toEqual(DIRECTION_WORDS.filter((d) => d !== "継続"));
  });

  it.each([
    ["継続じゃない年がある事業"],
    ["継続じゃない年もある事業"],
    ["継続以外の年もある事業"],
    ["継続ではない年度がある事業"],
  ])("reads %s as 継続以外 is read: another direction in some year, no subject (probe 154)", (q) => {
    const u = read(q);
    expect(u.absentDirections).toEqual([]);
    expect(u.directions).toEqual(DIRECTION_WORDS.filter((d) => d !== "継続"));
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a direction said again beside a year's own (新規で始まって) as that year's, no filter of its own", () => {
    const u = read("R3に新規で始まってR4に完了した事業");
    expect(u.directions).toEqual([]);
    expect(u.conditions.map((c) => c.year)).toEqual(["R3", "R4"]);
  });

  it("reads a span with 完了 as some year of it", () => {
    expect(read("R3からR5までに完了する事業")).toMatchObject({
      years: ["R3", "R4", "R5"],
      throughout: false,
    });
  });

  it("keeps 増える in the subject when what grows is not the project's budget or scale", () => {
    const u = read("令和4年度に利用者が増える事業");
    expect(u.directions).toEqual([]);
    expect(u.hasFreeText).toBe(true);
  });

  it("keeps a direction word in the subject when it is part of a name and no year is asked", () => {
    const u = read("チャレンジいばらき補助金の拡充");
    expect(u.directions).toEqual([]);
    expect(u.hasFreeText).toBe(true);
    const named = read("新たな施設予約システム");
    expect(named.directions).toEqual([]);
    expect(named.hasFreeText).toBe(true);
  });

  it.each([
    ["Wi-Fiの事業で完了するもの", ["完了", "新規完了"]],
    ["コミュニティ関係で新規完了の事業", ["新規完了"]],
    ["マイナンバーカードで拡充したもの", ["拡充", "臨時拡充"]],
    ["窓口の事業で縮小したもの", ["縮小"]],
    // After のうち, and with の for the projects (probe 45).
    ["Wi-Fiの事業のうち拡充のもの", ["拡充", "臨時拡充"]],
    // 始まる after the direction word, and の alone after one (probe 78).
    ["Wi-Fiの事業のうち新規で始まったのは？", ["新規", "新規完了"]],
    ["Wi-Fiの事業のうち新規のは？", ["新規", "新規完了"]],
    ["マイナンバー関係の事業で完了するのは？", ["完了", "新規完了"]],
    // With もう, 既に before it, and 終わってる (probe 142: 「そのうちもう終わったのは？」 had answered each one's end).
    ["コミセンのWi-Fi\nそのうちもう終わったのは？", ["完了", "新規完了"]],
    ["Wi-Fiの事業ですでに完了したもの", ["完了", "新規完了"]],
    ["Wi-Fiの事業で終わってるのは？", ["完了", "新規完了"]],
    // がある, が出ている said of the projects (probe 144: 拡充 had been searched in the names).
    ["公共施設関係の事業\nそのうち拡充があるのは？", ["拡充", "臨時拡充"]],
    ["公共施設の事業で縮小が出ているもの", ["縮小"]],
  ])(
    "reads a direction said of the projects asked for, after the subject, as a filter: %s",
    (q, directions) => {
      const u = read(q);
      expect(u.directions).toEqual(directions);
      expect(u.hasFreeText).toBe(true);
    },
  );

  it.each([
    ["完了が出ている事業", ["完了", "新規完了"]],
    ["縮小の方向性が出ている事業", ["縮小"]],
    ["拡充が出た事業", ["拡充", "臨時拡充"]],
    ["縮小の方向性が示されている事業", ["縮小"]],
    ["完了の方向性が示された事業", ["完了", "新規完了"]],
    ["拡充が打ち出されている事業", ["拡充", "臨時拡充"]],
    ["縮小の方向性が掲げられている事業", ["縮小"]],
  ])(
    "reads a direction said to be shown (%s) as the filter, and 出ている or 示されている as no subject (probes 144, 160)",
    (q, directions) => {
      const u = read(q);
      expect(u.directions).toEqual(directions);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([
    ["R4も拡充が続いている事業", ["拡充", "臨時拡充"]],
    ["臨拡が続く事業", ["臨時拡充"]],
    ["縮小が続いてる事業", ["縮小"]],
    ["R7まで続く事業", []],
    ["令和6年度も継続する事業", ["継続"]],
    ["R3もR4も拡充が続いてる事業ってどれ？", []],
  ])(
    "reads 続く said of a direction (%s) as that direction going on, not 継続 besides (probe 210)",
    (q, directions) => {
      expect(read(q).directions).toEqual(directions);
    },
  );

  it.each([
    ["予算増やしてる事業", ["拡充", "臨時拡充"]],
    ["予算を増やしてる事業", ["拡充", "臨時拡充"]],
    ["予算減らしてるやつ", ["縮小"]],
  ])(
    "reads the budget said to grow or shrink with its を left out (%s) as the direction, no word (probe 216)",
    (q, directions) => {
      const u = read(q);
      expect(u.directions).toEqual(directions);
      expect(u.freeText).not.toContain("予算");
    },
  );

  it("reads the ones already ended, left out (もう終わったものは除いて), as no filter of ended ones (review)", () => {
    expect(read("マイナンバーの事業で、もう終わったものは除いて").directions).toEqual([]);
  });

  it.each([
    ["マイナンバーの事業で、もう終わったものは除いて"],
    ["Wi-Fiの事業で終わったものを除くと？"],
    ["財産活用課の事業、終了した事業以外で"],
    ["終わったやつは抜いて人事課の事業"],
    ["既に済んだものを除いたWi-Fiの事業"],
  ])("reads the ended, said in everyday words and left out, as projects never marked 完了: %s", (q) => {
    const u = read(q);
    expect(u.absentDirections).toEqual(["完了", "新規完了"]);
    expect(u.directions).toEqual([]);
  });

  it.each([["R6に施設のエアコンを新しくする事業"], ["令和5年度に窓口の端末を新しくした事業"]])(
    "reads 新しくする in %s as renewing a thing, not as the direction 新規 (probe 45)",
    (q) => {
      expect(read(q)).toMatchObject({ directions: [], hasFreeText: true });
    },
  );

  it.each([
    ["7-4と7-5で臨時拡充なのどれ？", ["臨時拡充"]],
    ["人事課で完了なのは？", ["完了", "新規完了"]],
  ])("reads %s, a direction with the copula before の, as a filter with no subject", (q, directions) => {
    expect(read(q)).toMatchObject({ directions, hasFreeText: false });
  });

  it.each([["みんなのえんがわで継続"], ["はなの事業で継続"]])(
    "keeps なの within a word in hiragana as a subject: %s",
    (q) => {
      expect(read(q)).toMatchObject({ hasFreeText: true });
    },
  );

  it("reads a direction said of every year as a filter beside a project's name (全部の年度で継続ですか)", () => {
    expect(read("公共施設空調・照明設備改修事業は全部の年度で継続ですか")).toMatchObject({
      directions: ["継続"],
      throughout: true,
      hasFreeText: true,
    });
  });

  it.each([["補助金を拡充する事業"], ["窓口の拡充の事業"], ["コロナで始まった事業"]])(
    "keeps a direction that says what the project does in the subject: %s",
    (q) => {
      expect(read(q).directions).toEqual([]);
    },
  );
});

describe("understand: departments", () => {
  it.each([
    ["人事課の事業", "人事課"],
    ["情報システム課が担当している事業は？", "情報システム課"],
    ["人事", "人事課"],
    ["人事の事業", "人事課"],
    ["収納課", "収納課ほか"],
    ["ＤＸ推進チーム", "DX推進チーム"],
    ["市民生活相談課", "市民生活相談課"],
    ["男女共生課の事業", "人権・男女共生課"],
    ["魅力発信課", "まち魅力発信課"],
    ["協働推進課の事業", "市民協働推進課"],
    ["跡地活用推進課", "市民会館跡地活用推進課"],
    ["DXチームの事業", "DX推進チーム"],
    ["市民課がやってる事業", "市民課"],
    ["人権・男女共生課が持ってる事業", "人権・男女共生課"],
    ["収納課の仕事", "収納課ほか"],
    ["人事がやっている事業", "人事課"],
    ["情報システム課で担当している事業ってある？", "情報システム課"],
    ["人権男女共生課の事業", "人権・男女共生課"],
    ["市民課さんの事業", "市民課"],
    ["情報システム科の事業", "情報システム課"],
    ["財産活用化の事業", "財産活用課"],
    // A stem of two characters with the IME's other か, before a particle (probe 131).
    ["市民化の事業", "市民課"],
    ["市民家がやってる事業って何件", "市民課"],
    ["人事科の事業", "人事課"],
    ["市民課関連の事業", "市民課"],
    ["跡地活用の課がやってるやつ", "市民会館跡地活用推進課"],
    ["協働推進の課の事業", "市民協働推進課"],
    ["情報システム課所管の事業", "情報システム課"],
    // Two words of two kanji shortened to their initials; part of a stem, two words or more (probe 24).
    ["財活の事業", "財産活用課"],
    ["政企がやってる事業", "政策企画課"],
    ["魅力発信の事業", "まち魅力発信課"],
    ["協働推進の事業", "市民協働推進課"],
  ])("finds %s", (q, dept) => {
    const u = read(q);
    expect(u.departments).toEqual([dept]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["R3新規の事業、市民協働分", "市民協働推進課"],
    ["R3新規の事業、市民協働の分", "市民協働推進課"],
    ["拡充の事業、政策企画課分", "政策企画課"],
    ["R5完了の事業のうち財活の分", "財産活用課"],
  ])("finds a department's share, 分, in %s, and searches no word 分 (probe 177)", (q, dept) => {
    const u = read(q);
    expect(u.departments).toEqual([dept]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads no unit, as a condition or as background, in 「人事課の研修担当から、…について問い合わせがありました」", () => {
    const u = read("人事課の研修担当から、デジタル人材を育てる取組について問い合わせがありました");
    expect(u.departments).toEqual([]);
    expect(u.backgroundUnits).toEqual([]);
  });

  it("reads 分野 after a part of a department's name as a word, not the department's share", () => {
    expect(read("市民協働の分野の事業").departments).toEqual([]);
  });

  it("does not read one word of a department's name (システム of 情報システム) as the department", () => {
    expect(read("会議室をネットで予約できるシステムの事業").departments).toEqual([]);
  });

  it.each([
    ["財産活用さんのところでやっている事業", "財産活用課"],
    ["まち魅力発信のところでやってる事業", "まち魅力発信課"],
  ])("finds a section called by its stem, with さん or のところ, in %s (probe 21)", (q, dept) => {
    expect(read(q).departments).toEqual([dept]);
  });

  it.each([
    ["財政活用課の事業", "財産活用課", "財政活用課"],
    ["市民協同推進課がやってる事業", "市民協働推進課", "市民協同推進課"],
    ["政策企両課の担当", "政策企画課", "政策企両課"],
    ["情報システム科の事業", "情報システム課", "情報システム科"],
    ["まち魅力発進課の事業", "まち魅力発信課", "まち魅力発進課"],
  ])(
    "reads a long department name with one character slipped as the plan's, and says so: %s",
    (q, dept, said) => {
      const u = read(q);
      expect(u.departments).toEqual([dept]);
      expect(u.slips).toEqual([{ said, read: dept }]);
    },
  );

  it.each([
    ["財産管理課の事業を教えてください", "財産活用課", "財産管理課"],
    ["財産運用課の事業", "財産活用課", "財産運用課"],
    // A word of the name's middle left out (probe 122).
    ["市民相談課の事業", "市民生活相談課", "市民相談課"],
    ["おくやみコーナーは市民相談課ですよね？", "市民生活相談課", "市民相談課"],
  ])(
    "reads a department named by its opening word and another ending (%s) as the one plan's department so opened (probe 94)",
    (q, dept, said) => {
      const u = read(q);
      expect(u.departments).toEqual([dept]);
      expect(u.slips).toEqual([{ said, read: dept }]);
    },
  );

  it.each([
    ["企画政策課の事業を一覧で見たいです。", "政策企画課", "企画政策課"],
    ["活用財産課の担当", "財産活用課", "活用財産課"],
  ])(
    "reads a department named with its two words in the other order (%s) as the plan's, and says so (probe 141)",
    (q, dept, said) => {
      const u = read(q);
      expect(u.departments).toEqual([dept]);
      expect(u.slips).toEqual([{ said, read: dept }]);
    },
  );

  it("reads no swap in the tail of a longer name (総合企画政策課): another unit, not the plan's (review)", () => {
    const u = read("総合企画政策課の事業は？");
    expect(u.departments).toEqual([]);
    expect(u.slips).toEqual([]);
  });

  it.each([
    ["財産活用室でやってる事業を一覧で", "財産活用課", "財産活用室"],
    ["情報システム係の事業", "情報システム課", "情報システム係"],
    ["人事係でやってる研修の事業ってありますか", "人事課", "人事係"],
    ["人事部の事業ってある？", "人事課", "人事部"],
    // 部門, 担当 (probe 205).
    ["情報システム部門の事業", "情報システム課", "情報システム部門"],
    ["人事担当の事業は？", "人事課", "人事担当"],
  ])(
    "reads the stem of a plan's 課 with 室, 係, 班, 部, 部門 or 担当 (%s) as that 課, and says so (probes 122, 126, 205)",
    (q, dept, said) => {
      const u = read(q);
      expect(u.departments).toEqual([dept]);
      expect(u.slips).toEqual([{ said, read: dept }]);
    },
  );

  it.each([
    ["福祉部の事業ってありますか", "福祉部"],
    ["市民文化部の担当の事業", "市民文化部"],
    ["総務部の事業は何件？", "総務部"],
    ["福祉部は？", "福祉部"],
    // A 委員会, spoken of as a unit (probe 249: 教育 had been searched, and a project naming 教育のまち said はい).
    ["教育委員会の事業って入ってる？", "教育委員会"],
    ["選挙管理委員会が担当してる事業は？", "選挙管理委員会"],
  ])("reads %s as a unit the plan lacks, not as the word before 部 (probe 126)", (q, unit) => {
    const u = read(q);
    expect(u.unknownDepartments).toEqual([unit]);
    expect(u.departments).toEqual([]);
  });

  it.each([
    ["事業全部を教えて"],
    ["事業の一部を教えて"],
    ["庁内部署の事業"],
    ["施設の内部の改修"],
    // Places and other 部 or 局 not spoken of as a unit (review).
    ["中心部のにぎわいづくりの事業"],
    ["山間部の事業はある？"],
    ["中央部の事業はある？"],
    ["テレビ局と連携した事業"],
  ])("reads no unit in %s, whose 部 names none", (q) => {
    expect(read(q).unknownDepartments).toEqual([]);
  });

  it.each([
    [
      "課長から、うちの課（職員課）に関係ありそうな事業を洗い出してと言われたのですが、どれが該当しますか？",
      ["職員課"],
    ],
    ["総務課が担当してる事業を調べています。どれですか？", ["総務課"]],
    // Who is asking, before the ask, is no subject.
    ["財政課の田中です。マイナンバーカードの担当課は？", []],
    ["広報課から来ました。シティプロモーションの事業は？", []],
  ])(
    "reads a unit the plan lacks before the ask in %s only when said as what is asked about (probe 151)",
    (q, units) => {
      expect(read(q).unknownDepartments).toEqual(units);
    },
  );

  it("reads no department in 市民グループ, a group of citizens", () => {
    expect(read("市民グループが企画した活動にお金を出す制度").departments).toEqual([]);
  });

  it("reads the unit named after って as the unit, not って with it (担当って人材育成課)", () => {
    expect(read("コーチング研修の担当って人材育成課ですよね？").unknownDepartments).toEqual(["人材育成課"]);
  });

  it.each([["情報政策課の事業"], ["人権男女課の事業"]])(
    "reads %s as no department: its opening word opens none, or its name is no plan's length",
    (q) => {
      expect(read(q).departments).toEqual([]);
    },
  );

  it.each([
    ["R4に縮少する事業", "縮少", "縮小"],
    ["R4に継読の事業は何件", "継読", "継続"],
    ["R4に拡重の事業", "拡重", "拡充"],
    ["R4に核充の事業", "核充", "拡充"],
    ["R4に完両する事業", "完両", "完了"],
    ["R3に新機の事業", "新機", "新規"],
  ])(
    "reads two kanji in a direction's place sharing one kanji with one direction (%s) as it, and says so",
    (q, said, direction) => {
      const u = read(q);
      expect(u.directions[0]).toBe(direction);
      expect(u.slips).toEqual([{ said, read: direction }]);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([
    ["令和5年度以降も係属する事業", "係属", "継続"],
    ["R6も繋属の事業", "繋属", "継続"],
    ["R3から新奇の事業", "新奇", "新規"],
  ])(
    "reads another word of a direction's sound in a direction's place (%s) as it, and says so (probe 131)",
    (q, said, direction) => {
      const u = read(q);
      expect(u.directions[0]).toBe(direction);
      expect(u.slips).toEqual([{ said, read: direction }]);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([["R4に拡大する事業"], ["R4に市民の事業"], ["R4の空調改修"]])(
    "leaves two kanji after a year that are a direction's own verb, or share no kanji with one, as they are: %s",
    (q) => {
      expect(read(q).slips).toEqual([]);
    },
  );

  it.each([["市税課の事業"], ["人権課の事業"], ["財政課の事業"]])(
    "does not guess a short department name one character off, nor one further off: %s",
    (q) => {
      const u = read(q);
      expect(u.slips).toEqual([]);
      expect(u.unknownDepartments.length + u.departments.length).toBeGreaterThan(0);
      expect(u.departments).not.toContain("市民課");
      expect(u.departments).not.toContain("人事課");
      expect(u.departments).not.toContain("財産活用課");
    },
  );

  it("does not mend a word that only ends like a typed department (デジタル化, 活性化)", () => {
    expect(read("デジタル化の事業").departments).toEqual([]);
    expect(read("地域の活性化").departments).toEqual([]);
  });

  it.each([["人権課題の事業"], ["人権課題"], ["地域の課題"], ["市民課税の話"], ["財産活用の課題"]])(
    "does not read a word beginning with 課 (課題, 課税) as a unit: %s",
    (q) => {
      expect(read(q).departments).toEqual([]);
    },
  );

  it("reads the unit where it is one, beside a word beginning with 課: 人権課題と人権課の事業", () => {
    const u = read("人権課題について人権課の事業");
    expect(u.departments).toEqual(["人権・男女共生課"]);
    expect(u.freeText).toContain("人権課題");
  });

  it("does not take a shortened name two departments share, or a facility, for a department", () => {
    expect(read("推進課").departments).toEqual([]);
    expect(read("男女共生センター").departments).toEqual([]);
  });

  it("does not take a topic that starts with a department's stem for the department", () => {
    const u = read("情報システム調達ガイドライン");
    expect(u.departments).toEqual([]);
    expect(u.hasFreeText).toBe(true);
  });
});

describe("understand: the city's own name (茨木市の, 本市の) — probe 116", () => {
  it.each([
    ["茨木市の市民課の事業", { departments: ["市民課"] }],
    ["茨木市役所の財産活用課がやっている事業", { departments: ["財産活用課"] }],
    ["茨木の人権・男女共生課って何の事業を持ってますか", { departments: ["人権・男女共生課"] }],
    ["本市の事業で令和4年度に完了したもの", { years: ["R4"] }],
    ["茨木市の事業で、7-2のもの", { codes: [{ kind: "policy", code: "7-2" }] }],
  ])("reads %s as its conditions alone, the city's name no subject", (q, conditions) => {
    const u = read(q);
    expect(u).toMatchObject(conditions);
    expect(u.freeText).not.toMatch(/茨木|本市/);
  });

  it.each([
    ["ふるさと納税って茨木市でもやってる？"],
    ["本市で実施しているDV対策"],
    ["うちの市は何か取り組んでる？ 空き家"],
  ])("reads the city said as the one doing (%s) as no word of the subject (probe 145)", (q) => {
    const u = read(q);
    expect(u.freeText).not.toMatch(/茨木|本市|うちの市/);
    expect(u.hasFreeText).toBe(true);
  });

  it("keeps it a word of the subject when nothing else is asked (茨木のいいところ is the city's promotion)", () => {
    expect(read("茨木のいいところを探して広める取り組み").freeText).toContain("茨木");
  });
});

describe("understand: the words that frame a question about a set", () => {
  it.each([
    ["令和5年度に終わる予定の事業って何がある？"],
    ["DX推進チームの事業のうち令和3年度に拡充のもの"],
    ["施策7-6に含まれる事業"],
    ["7-4の中でどんな事業が入ってる？"],
    ["臨時拡充の事業って全部でいくつ？"],
    // A direction said to be on a project, or had in some year of a span (dev51).
    ["臨時拡充が付いている事業"],
    ["臨時拡充が一度でも付いている事業"],
    ["拡充のついた事業"],
    ["令和4年度から令和6年度にかけて拡充となる年がある事業"],
  ])("reads %s with no subject left", (q) => {
    expect(read(q).hasFreeText).toBe(false);
  });

  it.each([
    ["最近完了した事業ってある？", ["完了", "新規完了"]],
    ["ここ最近拡充されたもの", ["拡充", "臨時拡充"]],
    ["ここ数年で始まった事業", ["新規", "新規完了"]],
    ["近年縮小した事業", ["縮小"]],
  ])(
    "reads a time with no year in %s as framing: the direction, of any year, no subject searched (probe 151: 最近 had been searched, 0件)",
    (q, directions) => {
      expect(read(q)).toMatchObject({ directions, years: [], hasFreeText: false });
    },
  );
});

describe("understand: directions left out or counted in", () => {
  it.each([
    ["方向性が「拡充」になってる事業（臨時拡充は除く）", ["拡充"]],
    ["臨時拡充を除いた拡充の事業", ["拡充"]],
    ["完了する事業、新規完了以外で", ["完了"]],
    ["令和5年度に継続以外の事業", ["新規", "拡充", "臨時拡充", "縮小", "完了", "新規完了"]],
    ["令和6年度に縮小と継続以外の方向性の事業", ["新規", "拡充", "臨時拡充", "完了", "新規完了"]],
    ["R4で新規・拡充を除く事業", ["継続", "臨時拡充", "縮小", "完了", "新規完了"]],
    ["R5の事業で完了や縮小は外して", ["新規", "継続", "拡充", "臨時拡充", "新規完了"]],
    [
      "令和6年度で、縮小と継続以外の方向性（新規や拡充など）の事業",
      ["新規", "拡充", "臨時拡充", "完了", "新規完了"],
    ],
    ["2022年度以降に新規の事業（新規完了も含めて）", ["新規", "新規完了"]],
    // In brackets with no particle (probe 264).
    ["R3に拡充（臨時拡充含む）の事業", ["拡充", "臨時拡充"]],
    ["令和5年度に完了（新規完了込み）の事業", ["完了", "新規完了"]],
    ["R3の拡充（臨時は含めない）", ["拡充"]],
    ["拡充の事業で臨時のものを除く", ["拡充"]],
    ["R3に拡充の事業、ただし臨時拡充は入れないで", ["拡充"]],
    ["R4の拡充、臨時拡充は外して", ["拡充"]],
    ["R4の拡充で、臨時拡充は要らない", ["拡充"]],
    ["R4の拡充、臨時拡充は省いて", ["拡充"]],
    ["R3に拡充(臨時じゃないほう)の事業", ["拡充"]],
    // 臨時 alone before じゃないのは (probe 110) — not 「臨時じゃないの？」, a question of its own (see below).
    ["R4に拡充の事業で臨時じゃないのは？", ["拡充"]],
    ["R4に拡充の事業で臨時じゃないもの", ["拡充"]],
    ["R4の拡充で、臨時拡充は今回は不要です", ["拡充"]],
    ["R4の拡充で、臨時拡充は対象外", ["拡充"]],
    // Said casually (probe 101).
    ["R3が新規のってどれだっけ？新規完了はナシで", ["新規"]],
    ["R4に拡充の事業。臨時拡充のものは今回の集計対象外なので除いてください。", ["拡充"]],
    ["令和3年度に予算を増やした事業（一時的な増額は除く）", ["拡充"]],
    ["R3の拡充事業、臨時的な拡充を除いて", ["拡充"]],
  ])("reads %s", (q, directions) => {
    const u = read(q);
    expect(u.directions).toEqual(directions);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: several projects under one policy", () => {
  it.each([
    ["7-2の9番と12番"],
    ["7-2 No.9とNo.12の担当課"],
    ["7-2のNo.9とNo.12を見たい"],
    ["7-2#9、#12"],
    ["7-2の9番目と12番目の事業"],
    ["7-2の9つ目と12個目"],
    ["施策7-2の九番目と十二番目の事業"],
  ])("reads %s as two projects", (q) => {
    expect(read(q).codes).toEqual([
      { kind: "project", code: "7-2", no: 9 },
      { kind: "project", code: "7-2", no: 12 },
    ]);
  });
});

describe("understand: policies and initiatives left out", () => {
  it.each([
    ["2021年度に新しく始まる事業で、施策7-2以外のもの", ["7-2"], []],
    ["施策7の2以外で令和4年度に完了する事業", ["7-2"], []],
    ["7-4-2を除く施策7-4の事業", ["7-4-2"], [{ kind: "policy", code: "7-4" }]],
    ["令和3年度の新規事業（7-2-4の事業は除いて）", ["7-2-4"], []],
    ["令和4年度に完了する事業、ただし7-4と7-5は除く", ["7-4", "7-5"], []],
    ["施策7-4・7-5以外でR4に完了", ["7-4", "7-5"], []],
    ["R4に完了する事業から7-4を外して", ["7-4"], []],
    ["令和3年度の新規事業で、7-2-4は除外", ["7-2-4"], []],
    ["7-2-4、7-2-6を除いた施策7-2の事業", ["7-2-4", "7-2-6"], [{ kind: "policy", code: "7-2" }]],
    ["人権・男女共生課の事業のうち、7-5のものは除いて教えてください", ["7-5"], []],
    ["7-2のやつは抜いて、政策企画課の事業", ["7-2"], []],
  ])("reads %s as leaving out %j", (q, excluded, codes) => {
    const u = read(q);
    expect(u.excludedCodes).toEqual(excluded);
    expect(u.codes).toEqual(codes);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: a code put right by the next one (7-4じゃなくて7-5, probe 79)", () => {
  it.each([
    ["7-4じゃなくて7-5の事業", "7-5"],
    ["あ、7-2-4ではなく7-2-6の事業", "7-2-6"],
  ])("reads %s as %s alone, nothing left out", (q, code) => {
    const u = read(q);
    expect(u.codes.map((c) => c.code)).toEqual([code]);
    expect(u.excludedCodes).toEqual([]);
  });

  it("still leaves out a code said with じゃない and no other code after it", () => {
    expect(read("7-4じゃない事業").excludedCodes).toEqual(["7-4"]);
    expect(read("7-4ではなく、人事課の事業").excludedCodes).toEqual(["7-4"]);
  });
});

describe("understand: a code in brackets after what it names, left out", () => {
  it("reads 施策7-5の、DVの取組（7-5-2）以外の事業 as 7-5 without 7-5-2", () => {
    const u = read("施策7-5について、DVの取組（7-5-2）以外の事業を一覧で教えてください。");
    expect(u.excludedCodes).toEqual(["7-5-2"]);
    expect(u.codes).toEqual([{ kind: "policy", code: "7-5" }]);
  });
});

describe("understand: a policy or an initiative named by its title", () => {
  it.each([
    ["取組「電子自治体の推進」に位置づけられている事業をすべて挙げてください"],
    ["「電子自治体の推進」の事業"],
    ["取組の電子自治体の推進の事業一覧"],
  ])("reads %s as initiative 7-2-7", (q) => {
    const u = read(q);
    expect(u.codes).toEqual([{ kind: "initiative", code: "7-2-7" }]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["男女共同参画社会の実現をめざす施策の事業", { kind: "policy", code: "7-5" }],
    ["使いやすい行政サービスの提供に関する事業", { kind: "initiative", code: "7-2-6" }],
    ["「平和の実現をめざす」施策", { kind: "policy", code: "7-4" }],
  ])("reads %s, a title by its substance or with に関する, as its code", (q, code) => {
    const u = read(q);
    expect(u.codes).toEqual([code]);
    expect(u.hasFreeText).toBe(false);
  });

  it("does not read a tail that another title also holds, nor a short one", () => {
    // 推進 ends many titles; まちづくりの推進 is in two.
    expect(read("まちづくりの推進の事業").codes).toEqual([]);
  });

  it("reads a policy's quoted title as the policy", () => {
    const title = catalog.policies.get("7-4")?.title as string;
    expect(read(`施策「${title}」の事業`).codes).toEqual([{ kind: "policy", code: "7-4" }]);
  });

  it("leaves a title said in passing, unmarked, as words to search", () => {
    const u = read("電子自治体の推進ってどんな事業？");
    expect(u.codes).toEqual([]);
    expect(u.hasFreeText).toBe(true);
  });
});

describe("understand: the whole list", () => {
  it.each([
    ["事業の一覧"],
    ["全部の事業を教えて"],
    ["この章の新規・拡充事業等は全部で何件？"],
    ["事業は全部で何件？"],
    ["この章に載っている事業は全部でいくつありますか。"],
    ["研修で総合計画を勉強しているのですが、この章に載っている事業は全部でいくつありますか。"],
  ])("reads %s as asking for every project", (q) => {
    const u = read(q);
    expect(u.everything).toBe(true);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([["ほげほげの一覧"], ["人事課の事業の一覧"], ["令和4年度の新規・拡充事業"], ["事業"]])(
    "does not read %s as every project",
    (q) => {
      expect(read(q).everything).toBe(false);
    },
  );

  it("reads 新規・拡充 without 等 as directions, and the plan's 新規・拡充事業等 as no direction", () => {
    expect(read("令和4年度の新規・拡充事業").directions).toEqual(["新規", "拡充", "臨時拡充", "新規完了"]);
    expect(read("令和4年度の新規・拡充事業等").directions).toEqual([]);
  });
});

describe("understand: long polite messages (probe 6)", () => {
  it("reads the ask when a statement follows it", () => {
    const u = read(
      "お疲れ様です。令和5年度に完了する事業はどれになりますでしょうか。令和4年度の実績報告とは別に確認しています。",
    );
    expect(u).toMatchObject({ years: ["R5"], directions: ["完了", "新規完了"], hasFreeText: false });
  });

  it("reads 〜はありますでしょうか as no subject", () => {
    expect(read("縮小の事業はありますでしょうか")).toMatchObject({
      directions: ["縮小"],
      hasFreeText: false,
    });
  });

  it("reads the whole list asked after a context that names nothing to list", () => {
    expect(
      read("この章の新規・拡充事業等は全部で何件ありますでしょうか。議会答弁で件数を答える必要がありまして。")
        .everything,
    ).toBe(true);
    expect(read("人事課の事業について。一覧をください。")).toMatchObject({
      departments: ["人事課"],
      everything: false,
    });
  });

  it.each([
    ["議員より「公共施設の老朽化対策」を問われております。関連する事業を一覧でお願いします。", "老朽"],
    ["議員より「コロナ禍への対応」について照会がありました。該当する事業を一覧でお示しください。", "コロナ"],
    ["マイナンバーカードについて質問がありました。関係する事業を全部ください", "マイナンバーカード"],
  ])(
    "reads an ask for the related projects after a reported question as that question's subject: %s",
    (q, word) => {
      const u = read(q);
      expect(u.everything).toBe(false);
      expect(u.freeText).toContain(word);
    },
  );

  it("reads an ask for the related projects after a context naming no subject as the whole list", () => {
    expect(read("明日の会議資料に使います。該当する事業を一覧でください").everything).toBe(true);
  });

  it("reads a code inside another as the narrower one", () => {
    expect(read("施策7-2のうち、取組7-2-4の事業").codes).toEqual([{ kind: "initiative", code: "7-2-4" }]);
    expect(read("第7章の施策7-3").codes).toEqual([{ kind: "policy", code: "7-3" }]);
    expect(read("7-2の9番").codes).toEqual([{ kind: "project", code: "7-2", no: 9 }]);
  });

  it.each([
    ["人権・男女共生課の佐藤です。引き継ぎのため、当課の事業で令和5年度以降も続くもの", "人権・男女共生課"],
    ["人事課の者です。うちの課の事業を教えてください。", "人事課"],
    ["市民課の田中です。うちの事業でR5に載っているもの", "市民課"],
  ])("reads 当課 in %s as the department named before it", (q, dept) => {
    expect(read(q).departments).toEqual([dept]);
  });

  it.each([
    ["お疲れ様です。まち魅力発信課に今年度から異動してきた者です。管理職向けの研修はありますか"],
    ["お疲れ様です。人事課に配属されたばかりの者ですが、管理職向けの研修はありますか"],
  ])("takes no year or department from a sentence or clause saying who the asker is: %s", (q) => {
    const u = read(q);
    expect(u.years).toEqual([]);
    expect(u.departments).toEqual([]);
    expect(u.freeText).toContain("研修");
  });

  it("leaves 当課 with no department named before it as words", () => {
    expect(read("当課の事業").departments).toEqual([]);
  });

  it.each([
    ["市民課の田中です。マイナンバーカードの担当課を教えてください。"],
    ["人事課の者です。テレワークの事業の担当部署と担当課は？"],
  ])("reads no 当課 inside 担当課 (%s): the asker's unit stays who asks", (q) => {
    expect(read(q).departments).toEqual([]);
  });

  it("takes the ask's own years, not the context's, when the ask points back at the context's subject", () => {
    const u = read(
      "窓口でのマイナンバーカードの取得申請補助について、昨年度の実績を確認しております。その事業の担当課と令和5年度以降の方向性を教えてください。",
    );
    expect(u.years).toEqual(["R5", "R6", "R7"]);
    expect(u.freeText).toContain("マイナンバーカード");
  });
});

describe("understand: an exact-question probe's phrasings (probe 7)", () => {
  it.each([
    ["5年度に終わる事業", ["R5"], ["完了", "新規完了"]],
    ["令3 新規", ["R3"], ["新規", "新規完了"]],
    ["規模を縮小していく事業はある？", [], ["縮小"]],
    ["拡充されたことがある事業", [], ["拡充", "臨時拡充"]],
    ["全事業見せて", [], []],
  ])("reads %s with no subject", (q, years, directions) => {
    const u = read(q);
    expect(u).toMatchObject({ years, directions, hasFreeText: false });
  });

  it.each([["継続以外の方向性が一度も出てこない事業"], ["継続以外は一回もない事業"]])(
    "reads no direction but one, ever (%s), as that direction in every listed year",
    (q) => {
      expect(read(q)).toMatchObject({ directions: ["継続"], throughout: true, hasFreeText: false });
    },
  );

  it.each([["最初から最後までずっと継続の事業ってどれ"], ["はじめから終わりまで継続してる事業"]])(
    "reads 最初から最後まで as every listed year: %s",
    (q) => {
      expect(read(q)).toMatchObject({ directions: ["継続"], throughout: true, hasFreeText: false });
    },
  );

  it("reads ずっと継続のまま as every year 継続", () => {
    expect(read("ずっと継続のままの事業")).toMatchObject({
      directions: ["継続"],
      throughout: true,
      hasFreeText: false,
    });
  });

  it.each([
    ["計画上R4までしか載っていない事業"],
    ["令和4年度で記載が終わる事業"],
    ["R4を最後に記載が途切れる事業"],
    ["令和4年度で計画の記載が終わる事業"],
    ["R4で計画上の掲載が終了する事業"],
    ["計画表で方向性が最後に書かれている年度が令和4年度になっている事業"],
    // The project's period said to end (probe 306: the year had been lost, every year's 完了 answered).
    ["令和4年度で計画期間が終わる事業はどれですか"],
    ["計画期間が令和4年度で終わる事業"],
    ["事業期間がR4で終了するもの"],
  ])("reads %s as the project's own last year", (q) => {
    const u = read(q);
    expect(u.ownYears).toEqual([{ edge: "last", year: "R4", holds: true }]);
    expect(u.directions).toEqual([]);
  });

  it.each([
    ["7-2の事業のうち財産活用課と市民会館跡地活用推進課以外のもの", ["市民会館跡地活用推進課", "財産活用課"]],
    ["7-2-6で情報システム課とDX推進チーム以外の事業", ["DX推進チーム", "情報システム課"]],
    ["情報システム課・DX推進チーム以外の事業", ["DX推進チーム", "情報システム課"]],
  ])("reads 「AとB以外」 as both departments left out: %s", (q, left) => {
    const u = read(q);
    expect(u.excludedDepartments.sort()).toEqual(left);
    expect(u.departments).toEqual([]);
  });

  it("reads a unit shortened in its middle (跡地活用課) when it names one department", () => {
    expect(read("跡地活用課の事業").departments).toEqual(["市民会館跡地活用推進課"]);
  });

  it("reads 事業ナンバー2 as a project's number, and a title followed by の事業 or の取組 as its code", () => {
    expect(read("施策７－７の事業ナンバー２").codes).toEqual([{ kind: "project", code: "7-7", no: 2 }]);
    expect(read("健全な財政運営の取組の事業").codes).toEqual([{ kind: "initiative", code: "7-2-3" }]);
  });

  it.each([
    ["今年の夏、エアコンが効かないという苦情があり、空調の改修の事業を知りたい"],
    ["来年度に向けて棚卸しをしていて、完了する事業を知りたい"],
    ["昨年の秋に説明会があったコーチング研修"],
  ])(
    "reads a season or a preparation of the asker's year as when they ask, no year asked: %s (probe 54)",
    (q) => {
      expect(read(q).years).toEqual([]);
    },
  );

  it("reads 「…するものは把握していますので、それ以外の」 as those left out (probe 54)", () => {
    const u = read(
      "令和4年度に完了するものはすでに把握していますので、それ以外の人権・男女共生課の事業を教えて",
    );
    expect(u.conditions).toEqual([{ year: "R4", directions: ["完了", "新規完了"], holds: false }]);
    expect(u.departments).toEqual(["人権・男女共生課"]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads 「7-5じゃないの」 as the policy left out, as 7-5以外 is (probe 53)", () => {
    const u = read("人権・男女共生課の事業のうち7-5じゃないのってどれだっけ");
    expect(u.excludedCodes).toEqual(["7-5"]);
    expect(u.codes).toEqual([]);
  });

  it.each([
    ["完了はいつですか？", ["完了", "新規完了"]],
    ["新規は何年度だっけ", ["新規", "新規完了"]],
    // With no particle between, typed fast (probe 56).
    ["完了いつ？", ["完了", "新規完了"]],
    // Since when, of a project: its start (probe 61).
    ["コーチング研修はいつから？", ["新規", "新規完了"]],
    ["何年度からやってる？", ["新規", "新規完了"]],
    ["拡充何年度", ["拡充", "臨時拡充"]],
    // The direction with its verb, and の (probe 100): 縮小's since when, not the project's start.
    ["ロケ地巡りツアーが縮小になるのはいつから？", ["縮小"]],
    ["人事給与制度の見直しが完了するのはいつ？", ["完了", "新規完了"]],
    // できる of a thing built or made, asked when: its completion (probe 158) — not いつからできる, since when it may be done.
    ["いつできるの？", ["完了", "新規完了"]],
    ["跡地の施設はいつ出来上がる？", ["完了", "新規完了"]],
    // Its everyday verb, with の予定 (probe 175: 終わる had been read as the condition 完了, 0件).
    ["じゃあ終わるのはいつの予定ですか", ["完了", "新規完了"]],
    ["コーチング研修が終わるのはいつ？", ["完了", "新規完了"]],
    ["Wi-Fiの事業が始まったのはいつ？", ["新規", "新規完了"]],
  ])("reads a when asked after the direction (%s) as one asked before it", (q, when) => {
    expect(read(q).when).toEqual(when);
  });

  it.each([
    ["それっていつ？"],
    ["それは何年度？"],
    ["時期は？"],
    ["いつの話だっけ"],
    ["その事業はいつから始まっていつまで続く予定ですか"],
  ])(
    "reads when asked alone, or from when and until when (%s), as the years a project is listed (probe 73)",
    (q) => {
      const u = read(q);
      expect(u.when).toEqual([]);
      expect(u.span).toBe(true);
    },
  );

  it.each([["いつからできる？"], ["いつ申請できる？"]])(
    "reads %s as no direction's when: できる is then a thing possible, not one made",
    (q) => {
      expect(read(q).when ?? []).toEqual([]);
    },
  );

  it("reads ずっと続く as no direction of its own, and ずっと継続 as 継続 in every listed year", () => {
    expect(read("ずっと続く事業").directions).toEqual([]);
    expect(read("ずっと継続の事業").directions).toEqual(["継続"]);
  });

  it.each([
    ["いつまで？", []],
    ["いつ完了？", ["完了", "新規完了"]],
    ["いつから？", ["新規", "新規完了"]],
  ])("reads %s as a when of its own, not the whole span", (q, when) => {
    expect(read(q).when).toEqual(when);
    expect(read(q).span).toBeUndefined();
  });

  it("reads no span in 完了はいつの予定？: the when is of the direction named before it", () => {
    expect(read("完了はいつの予定？").span).toBeUndefined();
  });

  it.each([
    ["ロケ地ツアーって今どうなってる？", ["R5"]],
    ["それ、いまはどうなってるの？", ["R5"]],
    ["ロケ地ツアーは今後どうなる？", []],
    ["今回の件", []],
  ])(
    "reads 今 asking how a project stands now as this fiscal year, and no other 今: %s (probe 52)",
    (q, years) => {
      expect(read(q).years).toEqual(years);
    },
  );

  it.each([
    ["R3で廃止になる事業ってある？", ["廃止"]],
    ["令和5年度に廃止される事業", ["廃止"]],
    // 廃止 said beside a word for ending as planned is that word's; 完了 alone is the plan's own.
    ["R4で廃止・完了になる事業", []],
    ["R4で完了する事業", []],
  ])("reads 廃止, a direction the plan never gives, apart from 完了: %s", (q, unplanned) => {
    const u = read(q);
    expect(u.unplannedDirections).toEqual(unplanned);
    expect(u.directions).toContain("完了");
  });

  it("reads うちのチーム as the team named before it", () => {
    expect(
      read("DX推進チームの鈴木です。うちのチームの事業で令和4年度に拡充となっているもの").departments,
    ).toEqual(["DX推進チーム"]);
  });
});

describe("understand: what a new user typed (probe 10)", () => {
  const ALL = ["新規", "継続", "拡充", "臨時拡充", "縮小", "完了", "新規完了"];
  it.each([
    ["R4に臨時で拡充してる事業", ["R4"], ["臨時拡充"]],
    ["R4に拡充のもの、ただし臨時拡充は数えないでください", ["R4"], ["拡充"]],
    ["R5に予算を減らす事業はありますか", ["R5"], ["縮小"]],
    ["令和3年度に事業を広げたもの（臨時のは除いて）", ["R3"], ["拡充"]],
    ["R4~R6のどこかで完了する事業をリストアップしたいです", ["R4", "R5", "R6"], ["完了", "新規完了"]],
    ["DX推進チームの事業で拡充があるもの（年度は問いません）", [], ["拡充", "臨時拡充"]],
    ["施策7-1以外で、臨時拡充になったことがある事業", [], ["臨時拡充"]],
    ["毎年継続のまま変わらない事業", [], ["継続"]],
    ["政策企画課の事業でR7まで載ってるのはどれですか", ["R7"], []],
    // Listed to a year said with 書く (probe 50): the year itself, not every year up to it.
    ["R7まで方向性が書かれている事業", ["R7"], []],
    ["R7まで書かれている事業", ["R7"], []],
    ["R6まで書いてある事業", ["R6"], []],
    ["どこかの年度で縮小になってる事業ってある？", [], ["縮小"]],
    ["臨時拡充の年がある事業", [], ["臨時拡充"]],
    // Other words for a project and its standing (probe 24).
    ["R4の完了案件", ["R4"], ["完了", "新規完了"]],
    ["R4に完了したプロジェクト", ["R4"], ["完了", "新規完了"]],
    ["R4に完了扱いになっている事業", ["R4"], ["完了", "新規完了"]],
    ["令和4年度に完了予定とされている事業", ["R4"], ["完了", "新規完了"]],
    // Keigo and aspect around a direction (probe 25).
    ["令和4年度中に完了いたします事業", ["R4"], ["完了", "新規完了"]],
    ["令和4年度に完了済みの事業", ["R4"], ["完了", "新規完了"]],
    ["年度を追って規模を小さくしていく予定になっている事業", [], ["縮小"]],
    ["新規完了になってる事業（年度問わず）", [], ["新規完了"]],
    ["拡充がある事業、年度に関係なく", [], ["拡充", "臨時拡充"]],
    ["R3に新しく始まる事業、新規完了のものも含めて全部ください", ["R3"], ["新規", "新規完了"]],
  ])("reads %s with no subject left", (q, years, directions) => {
    expect(read(q)).toMatchObject({ years, directions, hasFreeText: false });
  });

  it.each([
    ["令和5年度が最後の年になってる事業", "R5"],
    ["記載がR6で終わっている事業はどれ", "R6"],
    ["R5が最後の事業", "R5"],
    ["R5で最後になる事業", "R5"],
    ["令和5年度が最後になっている事業", "R5"],
    // Said with other verbs of listing (probe 24).
    ["令和4年度までしか計画に書かれていない事業", "R4"],
    ["最後に載っているのが令和6年度の事業", "R6"],
    ["R4を最後に計画から消える事業", "R4"],
  ])("reads %s as a project's own last year", (q, year) => {
    expect(read(q)).toMatchObject({ ownYears: [{ edge: "last", year }], directions: [], hasFreeText: false });
  });

  it.each([
    ["7-6で一度でも臨時拡充になった事業", ["臨時拡充"]],
    ["施策7-6の中に、一度でも臨時拡充になった事業はございますか。", ["臨時拡充"]],
    ["7-2で縮小となった事業", ["縮小"]],
  ])(
    "reads a direction a project came to under a code (%s) as a condition, not a word of the subject",
    (q, directions) => {
      expect(read(q)).toMatchObject({ directions, hasFreeText: false });
    },
  );

  it.each([
    ["ホームページ・SNS運営事業の最終年度はいつですか。"],
    ["マイナンバーカードの普及促進って初年度は何年度？"],
  ])(
    "reads a project's first or last year asked for (%s) as no year condition: the project is the subject",
    (q) => {
      expect(read(q)).toMatchObject({ years: [], hasFreeText: true });
    },
  );

  it.each([
    ["令和4年度までで計画の記載が終わっている事業"],
    ["令和4年度までに記載が終了した事業"],
    ["計画上の記載が令和4年度までで終わっている事業"],
    ["計画上の記載が令和5年度より前に終わっている事業"],
  ])("reads %s as a last year up to R4: that year or an earlier one", (q) => {
    expect(read(q)).toMatchObject({
      ownYears: [{ edge: "last", year: "R4", holds: true, side: "to" }],
      hasFreeText: false,
    });
  });

  it.each([["R5を最後に計画から消える市民協働推進課の事業"], ["R4から計画に載り始めた人事課の事業"]])(
    "keeps the department named right after a project's edge year in %s: the verb ends where its kana do",
    (q) => {
      expect(read(q).departments).toHaveLength(1);
      expect(read(q).ownYears).toHaveLength(1);
    },
  );

  it.each([
    ["R4が最初の事業"],
    ["R4から記載が始まる事業"],
    ["R4から計画の記載が始まる事業"],
    ["令和4年度から計画に載り始めた事業はある？"],
    ["計画に初めて出てくるのが令和4年度の事業はありますか"],
    ["令和4年度になって初めて計画に出てくる事業はありますか"],
    ["R4で初めて載った事業"],
  ])("reads %s as a project's own first year", (q) => {
    expect(read(q)).toMatchObject({ ownYears: [{ edge: "first", year: "R4" }], hasFreeText: false });
  });

  it.each([
    ["R6にはもうないやつ"],
    ["R6にはもうない事業"],
    ["市民協働推進課の事業で令和6年度にはもうないやつ"],
    // Done or not done in a year: listed in it or not (dev46).
    ["R6はやってない事業"],
    ["R6にはやらない事業"],
    ["令和6年度に実施しない事業"],
    // ない made a noun with の (probe 299).
    ["R6にはないのは？"],
    ["2024年度はもうないのって何件？"],
  ])("reads %s as not listed in R6", (q) => {
    expect(read(q).conditions).toEqual([{ year: "R6", directions: DIRECTION_WORDS, holds: false }]);
  });

  it.each([["R6まではあるけどR7にはない事業"], ["R6にはあってR7にはない事業"]])(
    "reads %s as listed in R6 and not in R7",
    (q) => {
      const u = read(q);
      expect(u.years).toEqual(["R6"]);
      expect(u.conditions).toEqual([{ year: "R7", directions: DIRECTION_WORDS, holds: false }]);
    },
  );

  it.each([
    ["令和4年度の方向性が「継続」になっていない事業", ["R4"], ["継続"]],
    ["R3に新規でも拡充でもなかった事業", ["R3"], ["新規", "拡充", "臨時拡充", "新規完了"]],
    ["R3に拡充してない事業", ["R3"], ["拡充", "臨時拡充"]],
    ["R3に縮小されていない事業", ["R3"], ["縮小"]],
    ["一度も縮小になっていない事業", [], ["縮小"]],
    ["一回も「完了」になったことがない事業", [], ["完了", "新規完了"]],
    // The direction's name, then ない: 一度も after it, or ない said of the projects.
    ["完了が一度もない財産活用課の事業", [], ["完了", "新規完了"]],
    ["縮小が一度もない まち魅力発信課の事業", [], ["縮小"]],
    ["人事課の事業で新規がないもの", [], ["新規", "新規完了"]],
    ["完了のない事業", [], ["完了", "新規完了"]],
    ["R4に拡充がない事業はありますか", ["R4"], ["拡充", "臨時拡充"]],
    // Not among its directions (入っていない, 含まれない, 出てこない), and names listed (probe 24).
    ["継続が入っていない事業", [], ["継続"]],
    ["継続が含まれない事業", [], ["継続"]],
    ["方向性に継続が出てこない事業", [], ["継続"]],
    ["新規や拡充が一度もない事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    ["新規も拡充もない事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    // Names listed with も…も before a verb's denial (probe 120).
    ["縮小も完了もしていない事業は何件", [], ["縮小", "完了", "新規完了"]],
    ["拡充も縮小もされていない事業", [], ["拡充", "臨時拡充", "縮小"]],
    // …も…もしない, with no て (probe 154).
    ["完了も縮小もしない事業", [], ["縮小", "完了", "新規完了"]],
    ["新規も拡充もしなかった事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    // Everyday verbs in their て form before the denial (probe 155).
    ["一度も手厚くしていない事業", [], ["拡充", "臨時拡充"]],
    ["一度も減らしてない事業", [], ["縮小"]],
    // Listed with または, and what a bracket says between the direction and its denial (dev51).
    ["新規または拡充が一度もない事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    ["一度も拡充（臨時拡充を含む）にならない事業", [], ["拡充", "臨時拡充"]],
    // Only other directions than it (probe 24).
    ["継続以外の方向性しかない事業", [], ["継続"]],
    ["縮小以外しかない事業", [], ["縮小"]],
    // Never among its directions (一回も出てこない, probe 27).
    ["新規も拡充も一回も出てこない事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    // Never had, said with になったこと (probe 125).
    ["臨時拡充になったことない事業", [], ["臨時拡充"]],
    ["縮小になったことがないもの", [], ["縮小"]],
    // Its record said to be missing (probe 130).
    ["完了の記載がない事業は何件？", [], ["完了", "新規完了"]],
    ["縮小の記述がない事業", [], ["縮小"]],
  ])("reads %s as a direction denied", (q, years, absent) => {
    expect(read(q)).toMatchObject({ years, absentDirections: absent, directions: [], hasFreeText: false });
  });

  it.each([["R6に完了はない？"], ["R6に完了はないですか"], ["R6に新規はないの？"]])(
    "reads %s, a question ending in ない, as asking whether there is any (the direction asked, not denied)",
    (q) => {
      const u = read(q);
      expect(u.absentDirections).toEqual([]);
      expect(u.directions.length).toBeGreaterThan(0);
    },
  );

  it("reads ずっと載ってて over a span as every year of it listed, beside a direction never had", () => {
    const u = read("R3~R7 ずっと載ってて、一回も拡充（臨時含む）がない事業");
    expect(u.conditions.map((c) => [c.year, c.directions, c.holds])).toEqual(
      ["R3", "R4", "R5", "R6", "R7"].map((y) => [y, ALL, true]),
    );
    expect(u.absentDirections).toEqual(["拡充", "臨時拡充"]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([["R4に完了する事業とR5に完了する事業、まとめて出して"], ["R4に完了するものや、R5に完了するもの"]])(
    "reads two sets joined (%s) as the years with that direction, not both at once",
    (q) => {
      expect(read(q)).toMatchObject({
        years: ["R4", "R5"],
        directions: ["完了", "新規完了"],
        conditions: [],
      });
    },
  );

  it.each([["R3に新規の事業で、R7まで載っているもの"], ["R3に新規の事業で、R7まで記載があるもの"]])(
    "reads %s as new in R3 and listed in R7 — まで before a listing word is no span from the plan's start",
    (q) => {
      expect(read(q).conditions).toEqual([
        { year: "R3", directions: ["新規", "新規完了"], holds: true },
        { year: "R7", directions: ALL, holds: true },
      ]);
    },
  );

  it.each([
    ["令和5年度以降も続く事業のうちR7まで載ってるもの"],
    ["R5以降も続いている事業で、R7まで記載があるもの"],
  ])(
    "reads %s as listed in some year from R5 and listed in R7: 以降も続く is listed, a condition beside another year's (probe 57)",
    (q) => {
      expect(read(q).conditions).toEqual([
        { year: "R5", until: "R7", directions: ALL, holds: true },
        { year: "R7", directions: ALL, holds: true },
      ]);
    },
  );

  it.each([["R3に始まりR4に終わった事業"], ["R3に始め、R4に終えた事業"], ["R3に始まって、R4に終わった事業"]])(
    "reads %s — clauses joined by a verb's stem too — as new in R3 and complete in R4",
    (q) => {
      expect(read(q).conditions).toEqual([
        { year: "R3", directions: ["新規", "新規完了"], holds: true },
        { year: "R4", directions: ["完了", "新規完了"], holds: true },
      ]);
    },
  );

  it.each([["R3は臨時拡充でR4から継続に戻るやつ"], ["R3が臨時拡充で、R4から継続になった事業"]])(
    "reads %s — a year then から before a direction is the year it turns so (dev46) — as 臨時拡充 in R3, 継続 in R4",
    (q) => {
      expect(read(q).conditions).toEqual([
        { year: "R3", directions: ["臨時拡充"], holds: true },
        { year: "R4", directions: ["継続"], holds: true },
      ]);
    },
  );

  it.each([
    ["通常の完了が令和5年度にある事業", "R5", ["完了"]],
    ["R4に普通の拡充の事業", "R4", ["拡充"]],
    ["R6にふつうの新規の事業", "R6", ["新規"]],
  ])(
    "reads %s — a plain direction (dev46) — as that one alone, not the kinds its name is in",
    (q, year, directions) => {
      const u = read(q);
      expect(u.years).toEqual([year]);
      expect(u.directions).toEqual(directions);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([["R3に臨時拡張の事業"], ["R3に臨時の拡充がある事業"]])("reads %s as 臨時拡充", (q) => {
    expect(read(q).directions).toEqual(["臨時拡充"]);
  });

  it("reads スタート beside a year as 新規, so that two years each keep their own condition", () => {
    const u = read("R3にスタートしてR7まで続く事業");
    expect(u.conditions).toEqual([
      { year: "R3", directions: ["新規", "新規完了"], holds: true },
      { year: "R7", directions: ALL, holds: true },
    ]);
  });
});

describe("understand: the policies themselves asked about (probe 101)", () => {
  it.each([
    ["施策ごとの件数"],
    ["施策別の事業数"],
    ["施策ごとの内訳を教えて"],
    ["どの施策が一番多い？"],
    ["事業数が一番少ない施策は？"],
    // The count said in the persona's own order and words (probe 120).
    ["一番事業が少ない施策は？"],
    ["施策ごとに何件ずつ？"],
  ])("reads %s as asking for every project counted by policy", (q) => {
    const u = read(q);
    expect(u).toMatchObject({ byPolicy: true, byDepartment: false, everything: true, hasFreeText: false });
  });

  it.each([["取組ごとの件数"], ["取り組み別の事業数"], ["取組ごとの内訳を教えて"], ["各取組の事業数"]])(
    "reads %s as asking for every project counted by initiative",
    (q) => {
      expect(read(q)).toMatchObject({
        byInitiative: true,
        byPolicy: false,
        everything: true,
        hasFreeText: false,
      });
    },
  );

  it("counts by initiative within a policy named (7-2の取組ごとの件数), not within an initiative", () => {
    expect(read("7-2の取組ごとの件数")).toMatchObject({ byInitiative: true });
    expect(read("7-2-4の取組ごとの件数")).toMatchObject({ byInitiative: false });
  });

  it("counts by policy the projects a condition keeps", () => {
    expect(read("R3に拡充の事業の施策ごとの件数")).toMatchObject({
      byPolicy: true,
      years: ["R3"],
      everything: false,
    });
  });
});

describe("understand: the departments themselves asked about", () => {
  it.each([
    ["担当課の一覧"],
    ["どの課が一番事業を持ってる？"],
    ["課ごとの件数"],
    ["事業が一番多い課は？"],
    ["担当課は何課ある？"],
    // Most said after the unit, or after the count by unit (probe 101).
    ["どの課が一番多い？"],
    ["事業が一番多い担当課は？"],
    ["課ごとの件数で一番多いのってどこだっけ？"],
    // (probe 120)
    ["課ごとに何件ずつあるか教えてください"],
    ["一番事業が少ない課は？"],
    // Budget shorthand: 〜別件数, 所管別 (probe 128: 別件 had been taken for "another matter", 所管別 searched).
    ["所管課別件数"],
    ["課別件数"],
    ["所管別件数"],
    ["担当別の件数"],
  ])("reads %s as asking for every project counted by department", (q) => {
    const u = read(q);
    expect(u).toMatchObject({ byDepartment: true, everything: true, hasFreeText: false, departments: [] });
  });

  it.each([["人事課の事業数"], ["市民課の一覧"]])(
    "reads %s as one department's projects, not a count by department",
    (q) => {
      const u = read(q);
      expect(u.byDepartment).toBe(false);
      expect(u.departments.length).toBe(1);
    },
  );
});

describe("understand: 〜分, the portion of a year, a direction or a unit", () => {
  it.each([
    ["R6縮小分", { years: ["R6"], directions: ["縮小"] }],
    ["R4完了分を教えて", { years: ["R4"], directions: ["完了", "新規完了"] }],
    ["R6継続分件数", { years: ["R6"], directions: ["継続"] }],
    ["縮小分", { directions: ["縮小"] }],
    ["財産活用課の拡充分", { departments: ["財産活用課"], directions: ["拡充", "臨時拡充"] }],
    ["R4完了分と縮小分", { years: ["R4"] }],
  ])("reads %s with no word left to search", (q, want) => {
    const u = read(q);
    expect(u).toMatchObject({ ...want, hasFreeText: false });
  });

  it.each([
    ["市民課の事業分野", "分野"],
    ["R5完了分析", "分析"],
  ])("leaves 分 within a word (%s) to search", (q, word) => {
    expect(read(q).freeText).toContain(word);
  });

  it("keeps 別件ですが as a change of subject, not a count by department", () => {
    const u = read("別件ですが、人事課の事業は？");
    expect(u).toMatchObject({ byDepartment: false, departments: ["人事課"], hasFreeText: false });
  });
});

describe("understand: a direction apart from a year said only to be listed, a kind of it left out in brackets (probe 135)", () => {
  it("reads 拡充（臨時拡充は除く）の事業で、令和7年度まで載っているもの as plain 拡充 in some year, and listed in R7", () => {
    const u = read("拡充（臨時拡充は除く）の事業で、令和7年度まで載っているものはどれですか。");
    expect(u.conditions).toContainEqual({ year: "R3", until: "R7", directions: ["拡充"], holds: true });
    expect(u.conditions.some((c) => c.year === "R7" && c.directions.length > 1)).toBe(true);
    expect(u.years).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: a direction, then another said of the projects it names, with no year (probe 135)", () => {
  it.each([
    ["新規で始まった事業のうち、すでに完了したものはどれですか", ["新規", "新規完了"], ["完了", "新規完了"]],
    ["新規の事業のうち完了したもの", ["新規", "新規完了"], ["完了", "新規完了"]],
    ["拡充の事業の中で縮小したもの", ["拡充", "臨時拡充"], ["縮小"]],
  ])("reads %s as each in some year of the plan, not either", (q, outer, inner) => {
    const u = read(q);
    expect(u.conditions).toEqual([
      { year: "R3", until: "R7", directions: outer, holds: true },
      { year: "R3", until: "R7", directions: inner, holds: true },
    ]);
    expect(u.directions).toEqual([]);
  });

  it.each([
    ["拡充の事業のうち臨時拡充のもの"],
    ["継続の事業のうち完了しないもの"],
    ["新規事業のうち、すでに完了したものと継続中のものに分けて教えてください。"],
  ])("reads no two conditions in %s: a kind of the first, the second denied, or two lists asked", (q) => {
    expect(read(q).conditions).toEqual([]);
  });
});

describe("understand: a direction, then a year's other direction said of the projects it names (probes 318, 319)", () => {
  it.each([
    ["新規事業のうちR4に完了するもの", ["新規", "新規完了"], ["完了", "新規完了"], "R4"],
    [
      "人権・男女共生課の新規事業を教えて\nそのうち令和4年度に完了するのは？",
      ["新規", "新規完了"],
      ["完了", "新規完了"],
      "R4",
    ],
    ["拡充の中で令和5年度に縮小するもの", ["拡充", "臨時拡充"], ["縮小"], "R5"],
  ])("reads %s as the first in some year, the second in the year said", (q, outer, inner, year) => {
    const u = read(q);
    expect(u.conditions).toEqual([{ year: "R3", until: "R7", directions: outer, holds: true }]);
    expect(u.directions).toEqual(inner);
    expect(u.years).toEqual([year]);
  });

  it("leaves 令和3年度に新規の事業のうちR4に完了するもの to each year's own direction", () => {
    const u = read("令和3年度に新規の事業のうちR4に完了するもの");
    expect(u.conditions.every((c) => c.until === undefined)).toBe(true);
  });
});

describe("understand: 以外で before what is done by it is a means, not a subject left out (probe 315)", () => {
  it.each([
    ["紙の申請書以外で申し込めるようにする事業"],
    ["窓口以外で手続きできる事業"],
    ["現金以外で払える事業"],
  ])("leaves nothing out of %s", (q) => {
    expect(read(q).excludedSubjects).toEqual([]);
  });

  it("still leaves out a subject said with 以外の: 申請書以外の事業", () => {
    expect(read("申請書以外の事業").excludedSubjects).toEqual(["申請書"]);
  });
});

describe("understand: a direction quoted as the plan writes it (probe 314)", () => {
  it.each([
    ["R4 方向性「拡充」", ["拡充"]],
    ["令和3年度に「完了」の事業", ["完了"]],
    ["『臨時拡充』の事業", ["臨時拡充"]],
    ["「拡充」と「臨時拡充」の事業", ["拡充", "臨時拡充"]],
  ])("reads %s as that word alone, not the kinds its name is in", (q, directions) => {
    expect(read(q).directions).toEqual(directions);
  });

  it("reads 完了と書いてある, unquoted, with 新規完了: its name has 完了 written in it (probes 170, 296)", () => {
    expect(read("令和5年度で完了と書いてある事業").directions).toEqual(["完了", "新規完了"]);
  });

  it("keeps both years of ともに「拡充」, each without 臨時拡充", () => {
    expect(read("R3とR4ともに「拡充」の事業").conditions).toEqual([
      { year: "R3", directions: ["拡充"], holds: true },
      { year: "R4", directions: ["拡充"], holds: true },
    ]);
  });
});

describe("understand: a subject left out", () => {
  it.each([
    ["市民課の事業ってマイナンバー以外に何があったっけ", ["マイナンバー"]],
    ["7-2の事業でWi-Fiを除くもの", ["wi-fi"]],
    ["マイナンバーカード以外の市民課の事業", ["マイナンバーカード"]],
    ["市民課の事業のうち、マイナンバーカードの普及促進以外のものは？", ["マイナンバーカードの普及促進"]],
    ["市民課の事業のうちマイナンバーカード関係じゃないもの", ["マイナンバーカード関係"]],
    // (〜関連 is read as 〜関係: loanwords.ts.)
    ["7-2の事業でWi-Fi関連ではないもの", ["wi-fi関係"]],
    ["市民課の事業でマイナンバーは要らない", ["マイナンバー"]],
    ["7-2の事業からWi-Fiを抜いて", ["wi-fi"]],
    // Said with what the projects do with it (probe 135: the two it named had answered).
    ["人権・男女共生課の事業で、ICTを使うものを除いた一覧をください。", ["ict"]],
    ["7-1で大学と連携する事業以外", ["大学"]],
    // Said to be known already (probe 27).
    ["市民協働推進課の事業で、ワークショップの事業はもう把握しているので、それ以外を", ["ワークショップ"]],
    // A project's full name alone, its okurigana and all (probe 206: its し had cut it short, the project searched).
    ["人事給与制度の見直し以外の人事課の事業", ["人事給与制度の見直し"]],
    // Several in a row, each left out (probe 188).
    ["市民課の事業でマイナンバーとコンビニ交付以外", ["マイナンバー", "コンビニ交付"]],
    ["7-2の事業でWi-Fiや空調とかを除くもの", ["wi-fi", "空調"]],
  ])("reads %s as leaving out %j", (q, subjects) => {
    const u = read(q);
    expect(u.excludedSubjects).toEqual(subjects);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([["書類いらない手続き"], ["書類がいらない手続き"]])(
    "reads %s as a subject wanted (what it lacks), not one left out: 要らない leaves out only after は",
    (q) => {
      const u = read(q);
      expect(u.excludedSubjects).toEqual([]);
      expect(u.hasFreeText).toBe(true);
    },
  );

  it.each([
    ["口座振替の申込みを書類以外でも受け付ける取組"],
    ["書類以外にも申し込める事業"],
    ["口座振替を書類以外の方法で申し込める事業"],
  ])(
    "reads %s as a subject wanted: 以外でも / 以外にも / 以外の方法 leave no project out (probe 55)",
    (q) => {
      const u = read(q);
      expect(u.excludedSubjects).toEqual([]);
      expect(u.hasFreeText).toBe(true);
    },
  );

  it("reads a direction's project word left out (新規事業以外) as the direction left out", () => {
    const u = read("新規事業以外で令和4年度");
    expect(u.excludedSubjects).toEqual([]);
    expect(u.directions).not.toContain("新規");
    expect(u.directions).toContain("継続");
  });
});

describe("understand: a direction denied by the verb", () => {
  it.each([
    ["情報システム課の事業で、R4に完了しないものは？", ["R4"], ["完了", "新規完了"]],
    ["令和4年度に終わらない事業", ["R4"], ["完了", "新規完了"]],
    ["縮小されない事業", [], ["縮小"]],
    ["新規ではない事業で令和3年度のもの", ["R3"], ["新規", "新規完了"]],
    ["拡充じゃない事業", [], ["拡充", "臨時拡充"]],
    ["R5に続かない事業", ["R5"], ["継続"]],
    ["R4に拡充したわけではない事業", ["R4"], ["拡充", "臨時拡充"]],
    ["新しく始めたわけでも拡充したわけでもない事業", [], ["新規", "拡充", "臨時拡充", "新規完了"]],
    ["終わったわけでもやめたわけでもない事業", [], ["完了", "新規完了"]],
    ["完了したものを除いた7-2の事業", [], ["完了", "新規完了"]],
    ["縮小する事業以外", [], ["縮小"]],
    // Its state before もの (probe 55): となっている, になってる, がある.
    ["施策7-1の事業のうち縮小となっているもの以外", [], ["縮小"]],
    ["いずれかの年度で縮小になってるもの以外", [], ["縮小"]],
    ["完了があるもの以外", [], ["完了", "新規完了"]],
    // Every verb of a direction, denied: a noun with しない/されない, or a verb's own negative form.
    ["R4で終了しない事業", ["R4"], ["完了", "新規完了"]],
    ["R4で廃止されない事業", ["R4"], ["完了", "新規完了"]],
    ["R4でやめない事業", ["R4"], ["完了", "新規完了"]],
    ["R4で打ち切らない事業", ["R4"], ["完了", "新規完了"]],
    ["R4で打ち切られない事業", ["R4"], ["完了", "新規完了"]],
    ["R3に開始しない事業", ["R3"], ["新規", "新規完了"]],
    ["R5で予算を増やさない事業", ["R5"], ["拡充", "臨時拡充"]],
    ["R5に減らさない事業", ["R5"], ["縮小"]],
    ["R5に続けない事業", ["R5"], ["継続"]],
  ])("reads %s as projects without the direction", (q, years, absent) => {
    const u = read(q);
    expect(u.years).toEqual(years);
    expect(u.absentDirections).toEqual(absent);
    expect(u.directions).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: two digits of a year", () => {
  it.each([
    // 30 and 31 as the 平成 years they were (review-53 M2: not 2030), every other as 20XX — a year outside the plan
    // either way, said so (review-55 H4: left unread, its words had been searched).
    ["30年度まで続く事業", ["R0"]],
    ["30年度に実施した空調設備の調査を踏まえた事業は？", ["R0"]],
    ["19年度に完了した事業", ["R1"]],
    ["23年度に完了した事業", ["R5"]],
  ])("reads %s's year as %j", (q, years) => {
    expect(read(q).years).toEqual(years);
  });

  it("reads 令和5年度までです followed by 10,000 spaces then more at once, as まで (review-55 M4: 197 s)", () => {
    const [m] = [...`令和5年度までです${" ".repeat(10_000)}x`.matchAll(REIWA)];
    expect(m?.[0]).toBe("令和5年度まで");
  });
});

describe("understand: what a new user typed (probe 5)", () => {
  it.each([
    ["れいわ5年度に完了", ["R5"], ["完了", "新規完了"]],
    ["FY2022 完了", ["R4"], ["完了", "新規完了"]],
    // The Western year's last two digits (probe 155): no 令和 year reaches 19.
    ["23年度に完了する事業", ["R5"], ["完了", "新規完了"]],
    ["22年度の完了", ["R4"], ["完了", "新規完了"]],
    // 据え置き: the plan's 継続 (probe 155).
    ["R5で据え置いている事業", ["R5"], ["継続"]],
    ["R6は据え置きの事業", ["R6"], ["継続"]],
    // A span said with のあいだ (probe 155: あいだ had been searched, 0件).
    ["R3からR5のあいだに完了した事業", ["R3", "R4", "R5"], ["完了", "新規完了"]],
    ["令和4念度に完了する事業", ["R4"], ["完了", "新規完了"]],
    ["R4にかんりょうする事業", ["R4"], ["完了", "新規完了"]],
    ["りんじかくじゅうの事業", [], ["臨時拡充"]],
    // Half in kana, and 粘土 for 年度 after a year's number (probe 203).
    ["りんじ拡充の事業", [], ["臨時拡充"]],
    ["臨時かくじゅうの事業", [], ["臨時拡充"]],
    ["令和4粘土に完了する事業", ["R4"], ["完了", "新規完了"]],
    ["R3 しんき", ["R3"], ["新規", "新規完了"]],
    ["令和3・4年度に完了", ["R3", "R4"], ["完了", "新規完了"]],
    ["R5時点で継続中の事業", ["R5"], ["継続"]],
    // 中 at a word's end, nothing after (probe 135: 7-5 継続中 had searched 継続中).
    ["7-5 継続中", [], ["継続"]],
    // Asked of a set, with a question's end (second read: left unread after the review's mend, 0件).
    ["R5で継続中なのはどれ？", ["R5"], ["継続"]],
    ["人事課の事業で継続中なのは？", [], ["継続"]],
    ["人事課で拡充中", [], ["拡充", "臨時拡充"]],
    ["れいわ4ねんどに完了する事業おしえて", ["R4"], ["完了", "新規完了"]],
    ["方向性が縮小になっている事業を念のため確認したいです", [], ["縮小"]],
    ["規模を縮める事業", [], ["縮小"]],
    ["令和3年度に立ち上げた事業", ["R3"], ["新規", "新規完了"]],
    ["令和3年度に一時的に拡充した事業", ["R3"], ["臨時拡充"]],
    ["R3に一時的な増額をした事業", ["R3"], ["臨時拡充"]],
    ["R6も引き続きやる事業", ["R6"], ["継続"]],
    ["ちょっと教えて、縮小してる事業って他にもある？", [], ["縮小"]],
    ["R3の拡充から臨時拡充をのぞいたやつ", ["R3"], ["拡充"]],
    // 以降 left in kana after a year (probe 56).
    ["R5いこうに完了する事業", ["R5", "R6", "R7"], ["完了", "新規完了"]],
    // A direction said to be written in the plan (probe 59), or to appear in some year (probe 60).
    ["完了の記載がある事業", [], ["完了", "新規完了"]],
    ["方向性に「縮小」が一度でも出てくる事業は何件", [], ["縮小"]],
    // まで before a listing said with 方向性の記載 is the year listed, no span (probe 60).
    ["計画期間の最終年度である令和7年度まで方向性の記載がある事業は何件でしょうか。", ["R7"], []],
    ["そのうち縮小の記載があるのは？", [], ["縮小"]],
    ["「臨時拡充」と書かれている事業", [], ["臨時拡充"]],
    // 書いてある's て is the verb's, no casual 〜てある (probe 108); 書かれてる said short.
    ["縮小って書いてあるのは？", [], ["縮小"]],
    ["縮小と書いてあるのは？", [], ["縮小"]],
    ["縮小って書かれてるのは？", [], ["縮小"]],
  ])("reads %s as years %j and directions %j, with no subject", (q, years, directions) => {
    const u = read(q);
    expect(u.years).toEqual(years);
    expect(u.directions).toEqual(directions);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a department with 〜があった around a direction, and 〜って他にもある？", () => {
    expect(read("まち魅力発信課で臨時拡充があった事業")).toMatchObject({
      departments: ["まち魅力発信課"],
      directions: ["臨時拡充"],
      hasFreeText: false,
    });
    expect(read("人事課の事業って他にもある？")).toMatchObject({
      departments: ["人事課"],
      hasFreeText: false,
    });
  });

  it.each([
    ["情報システム課とDXチームの事業", "情報システム課"],
    ["人事課とDXチーム", "人事課"],
  ])("reads both departments of %s, the second by its shortened name", (q, first) => {
    expect(read(q).departments.sort()).toEqual(["DX推進チーム", first].sort());
  });

  it.each([
    ["7-2の13番から16番"],
    ["7-2 No.13〜16"],
    ["7-2の13-16番の担当課"],
    // The policy's projects said before their numbers (probe 108).
    ["施策7-2の事業で、No.13からNo.16まで"],
    ["7-2の事業のうちNo.13〜16"],
  ])("reads %s as the run of projects 13 to 16", (q) => {
    expect(read(q).codes).toEqual([13, 14, 15, 16].map((no) => ({ kind: "project", code: "7-2", no })));
  });

  it.each([
    ["7-2の事業のうちNo.9とNo.12", [9, 12]],
    ["7-2の事業で、No.10の担当課は？", [10]],
  ])("reads %s, the policy's projects said before their numbers, as projects %j", (q, numbers) => {
    expect(read(q).codes).toEqual(numbers.map((no) => ({ kind: "project", code: "7-2", no })));
  });

  it.each([
    ["7-4から7-6の事業", "policy", ["7-4", "7-5", "7-6"]],
    ["施策7-4〜7-6まで", "policy", ["7-4", "7-5", "7-6"]],
    ["7-6から7-4の事業", "policy", ["7-4", "7-5", "7-6"]],
    ["取組7-2-4から7-2-6の事業", "initiative", ["7-2-4", "7-2-5", "7-2-6"]],
  ])("reads %s as every code of the run, the middle ones included (probe 20)", (q, kind, codes) => {
    expect(read(q).codes).toEqual(codes.map((code) => ({ kind, code })));
  });

  it("reads kanji numerals in a code marked as one", () => {
    expect(read("施策七の五の事業").codes).toEqual([{ kind: "policy", code: "7-5" }]);
    expect(read("取組七の二の六").codes).toEqual([{ kind: "initiative", code: "7-2-6" }]);
  });

  it("reads kanji numerals in an unmarked code when the first is a chapter of the plan, and nothing else", () => {
    expect(read("七の七でR6以降も記載があるもの").codes).toEqual([{ kind: "policy", code: "7-7" }]);
    expect(read("七の二の四の事業").codes).toEqual([{ kind: "initiative", code: "7-2-4" }]);
    expect(read("一の一の事業").codes).toEqual([]);
  });

  it("reads 全事業リストちょうだい as the whole list", () => {
    expect(read("全事業リストちょうだい").everything).toBe(true);
  });
});

describe("understand: a project's own first or last year", () => {
  it.each([
    ["最終年度が令和5年度の事業", [{ edge: "last", year: "R5", holds: true }]],
    ["令和4年度が最終年度の事業", [{ edge: "last", year: "R4", holds: true }]],
    ["事業の最後の年度はR6", [{ edge: "last", year: "R6", holds: true }]],
    ["初年度はR4の事業", [{ edge: "first", year: "R4", holds: true }]],
    ["開始年度が2021年度の事業", [{ edge: "first", year: "R3", holds: true }]],
    ["初年度がR4以降の事業", [{ edge: "first", year: "R4", side: "from", holds: true }]],
    ["最終年度が令和5年度までの事業", [{ edge: "last", year: "R5", side: "to", holds: true }]],
    ["初年度が令和3年度ではない事業", [{ edge: "first", year: "R3", holds: false }]],
    ["最終年度がR7じゃない事業", [{ edge: "last", year: "R7", holds: false }]],
    ["最終年度が令和7年度以外の事業", [{ edge: "last", year: "R7", holds: false }]],
    ["初年度がR4以降ではない事業", [{ edge: "first", year: "R4", side: "from", holds: false }]],
  ])("reads %s", (q, ownYears) => {
    const u = read(q);
    expect(u.ownYears).toEqual(ownYears);
    expect(u.years).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["R3だけ記載がある事業"],
    ["R3にしか載っていない事業"],
    ["令和3年度のみ方向性がある事業"],
    ["R3だけしか書かれていない事業"],
    ["方向性がR3の1年分しか載っていない事業"],
    ["R3だけ記載のある事業"],
    ["R3のみ記載の事業"],
    ["R3のみの記載の事業"],
    ["R3のみ記載の人事課の事業"],
  ])("reads %s as a project whose only listed year is R3", (q) => {
    const u = read(q);
    expect(u.ownYears).toEqual([
      { edge: "first", year: "R3", holds: true },
      { edge: "last", year: "R3", holds: true },
    ]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["R3とR4の2年間だけの事業はありますか", "R3", "R4"],
    ["R3とR4だけ載ってる事業", "R3", "R4"],
    ["R3とR4のみ記載", "R3", "R4"],
    ["R3からR4だけの事業", "R3", "R4"],
    ["R5～R7だけの事業", "R5", "R7"],
  ])("reads %s as a project listed only from %s to %s (probe 262: either year)", (q, first, last) => {
    const u = read(q);
    expect(u.ownYears).toEqual([
      { edge: "first", year: first, holds: true },
      { edge: "last", year: last, holds: true },
    ]);
    expect(u.years).toEqual([]);
  });

  it("reads R3とR5だけ (two years apart, joined by と) as no span: R4 between them would be listed too", () => {
    expect(read("R3とR5だけ載ってる事業").ownYears).not.toContainEqual({
      edge: "first",
      year: "R3",
      holds: true,
    });
  });

  it.each([
    ["R4までのやつ"],
    ["R4までの事業"],
    ["市民協働推進課の事業でR4までのもの"],
    ["R4までのは？"],
    // With words after やつ, which the register reads as filler (review).
    ["R4までのやつって何件？"],
    ["R4までのやつ、人事課の"],
  ])(
    "reads %s, with no direction said, as the projects whose listing ends in R4 (probes 144, 145, 147: every project)",
    (q) => {
      const u = read(q);
      expect(u.ownYears).toEqual([{ edge: "last", year: "R4", holds: true }]);
      expect(u.years).toEqual([]);
    },
  );

  it.each([
    ["R6までの拡充の事業", ["R3", "R4", "R5", "R6"]],
    ["R3からR4までの事業", ["R3", "R4"]],
    // Another year said before it: a span, however joined (review).
    ["R3以降R5までの事業", ["R3", "R4", "R5", "R6", "R7"]],
  ])("keeps %s a range of years", (q, years) => {
    const u = read(q);
    expect(u.ownYears).toEqual([]);
    expect(u.years).toEqual(years);
  });

  it("reads 最終年度 alone as the plan's last year, not a project's", () => {
    const u = read("最終年度の令和7年度まで続く事業");
    expect(u.ownYears).toEqual([]);
    expect(u.years).toEqual(["R7"]);
  });
});

describe("understand: a bare four-digit number", () => {
  it.each([["予算2025万円の事業"], ["電話は072-620-2022に"]])(
    "is no year unless a particle of time follows it: %s",
    (q) => {
      expect(read(q).years).toEqual([]);
    },
  );
});

describe("understand: a sentence that only takes away", () => {
  it.each([["臨時拡充は除く。"], ["人事課のは要らない"], ["縮小は除いてください"], ["7-4は外して"]])(
    "reads %s as leaving out only: it narrows another sentence's ask",
    (q) => {
      expect(read(q).leavesOutOnly).toBe(true);
    },
  );

  it.each([
    ["臨時拡充以外の拡充"],
    ["R4に拡充、臨時拡充は除く"],
    ["人事課の事業、臨時拡充は除く"],
    ["マイナンバー"],
  ])("reads %s as keeping something of its own", (q) => {
    expect(read(q).leavesOutOnly).toBe(false);
  });
});

describe("understand: departments left out", () => {
  it.each([
    ["7-2-4の財産活用課以外の事業", "財産活用課"],
    ["市民協働推進課を除く令和3年度の新規事業", "市民協働推進課"],
    ["R4に完了する事業、人権・男女共生課以外で", "人権・男女共生課"],
    ["施策7-2の事業で財産活用課のものは除いて", "財産活用課"],
    ["施策7-2の事業を教えて。財産活用課のものは除いて", "財産活用課"],
    // Other verbs that take away, and の alone before them (人権・男女共生課のを抜いて).
    ["R4完了の事業から人権・男女共生課のを抜いて", "人権・男女共生課"],
    ["R4完了の事業から人権・男女共生課のを外して", "人権・男女共生課"],
    ["R4完了の事業で、人権・男女共生課のは要らない", "人権・男女共生課"],
    ["R4完了の事業で人権・男女共生課を除外", "人権・男女共生課"],
    ["施策7-2の事業で、財産活用課は含めないで", "財産活用課"],
    ["施策7-2の事業、財産活用課のは省いて", "財産活用課"],
    // Said to be seen already (probe 24).
    ["R4に完了する事業を。人事課のは既に把握しているので不要です。", "人事課"],
    ["R4に完了する事業を知りたいです。人事課のはもう見たので、それ以外で。", "人事課"],
    ["人事課の事業は見たので、ほかの課の事業を教えて", "人事課"],
    // Said not to run the projects (probe 25).
    ["7-7の事業のうち、政策企画課の担当ではないもの", "政策企画課"],
    ["人事課が担当していない事業でR4に完了するもの", "人事課"],
    ["7-2-6で市民課の所管でない事業", "市民課"],
    ["R4完了で人事課がやっていない事業", "人事課"],
    ["R4完了の事業で人事課の担当分を除いたもの", "人事課"],
    ["7-7の事業のうち、政策企画課担当以外のもの", "政策企画課"],
    // Said beside the ones asked about: 以外にも, 以外でも (probe 120).
    ["縮小の事業はまち魅力発信課以外にもある？", "まち魅力発信課"],
    ["完了した事業、人事課以外でもある？", "人事課"],
    // Named in the context, left out by the ask (probe 25).
    [
      "財産活用課の事業が多い取組だと思うのですが、7-2-4の事業のうち、財産活用課以外が担当しているものを教えていただけますか。",
      "財産活用課",
    ],
  ])("reads %s as leaving out %s", (q, dept) => {
    const u = read(q);
    expect(u.excludedDepartments).toEqual([dept]);
    expect(u.departments).toEqual([]);
    expect(u.excludedSubjects).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["新規で始まってR7まで続く事業は何件？", ["新規", "新規完了"]],
    ["拡充の事業でR7まで載ってるのは？", ["拡充", "臨時拡充"]],
    ["R7まで続く新規の事業", ["新規", "新規完了"]],
  ])("reads %s as listed in R7 and that direction in some year, not R7's (probe 120)", (q, directions) => {
    const u = read(q);
    expect(u.years).toEqual([]);
    expect(u.conditions).toEqual([
      { year: "R7", directions: [...DIRECTIONS_ALL], holds: true },
      { year: "R3", until: "R7", directions, holds: true },
    ]);
  });

  it.each([
    ["新規で始まってR4に完了した事業", "R4", ["完了", "新規完了"]],
    ["新しく始まって、R5に終わった事業は？", "R5", ["完了", "新規完了"]],
  ])(
    "reads %s as started 新規 in some year and that year's direction (probe 172: R4's 新規 or 完了 had answered 8 for 2)",
    (q, year, directions) => {
      const u = read(q);
      expect(u.years).toEqual([]);
      expect(u.conditions).toEqual([
        { year, directions, holds: true },
        { year: "R3", until: "R7", directions: ["新規", "新規完了"], holds: true },
      ]);
    },
  );

  it.each([
    ["R7に新規の事業", "R7", ["新規", "新規完了"]],
    ["R5に載っている新規事業は？", "R5", ["新規", "新規完了"]],
    ["令和6年度に記載されている拡充の事業", "R6", ["拡充", "臨時拡充"]],
  ])("keeps a direction said beside a year it is listed in that year's: %s", (q, year, directions) => {
    const u = read(q);
    expect(u.conditions).toEqual([]);
    expect(u.years).toEqual([year]);
    expect(u.directions).toEqual(directions);
  });

  it("keeps a direction denied beside a listed year that year's", () => {
    expect(
      read("R7に載っている事業のうち、継続ではないもの").conditions.some((c) => c.until !== undefined),
    ).toBe(false);
  });

  it.each([["人事課以外でも構わないので研修の事業を教えて"], ["人事課以外にも担当課がある事業は？"]])(
    "leaves no department out with 以外でもいい or 以外にも担当課: %s",
    (q) => {
      expect(read(q).excludedDepartments).toEqual([]);
    },
  );

  it.each([
    ["R5で方向性が変わる事業は何件？", "R4", "R5"],
    ["令和6年度に方向性が変わった事業", "R5", "R6"],
  ])("reads %s as the direction changing from the year before (probe 120)", (q, from, to) => {
    const u = read(q);
    expect(u.changes).toEqual([{ from, to, differ: true }]);
    expect(u.years).toEqual([]);
  });

  it.each([
    ["R5で拡充から継続に変わった事業は？", "R4", ["拡充", "臨時拡充"], "R5", ["継続"]],
    ["R4に臨時拡充→継続になった事業", "R3", ["臨時拡充"], "R4", ["継続"]],
    ["令和6年度に方向性が継続から縮小に変わった事業", "R5", ["継続"], "R6", ["縮小"]],
  ])(
    "reads %s as the first direction the year before and the second in the year (probe 130)",
    (q, before, from, year, to) => {
      const u = read(q);
      expect(u.conditions).toEqual([
        { year: before, directions: from, holds: true },
        { year, directions: to, holds: true },
      ]);
      expect(u.transitions).toEqual([]);
    },
  );

  it.each([
    ["R5の前年度から方向性が変わった事業", "R4", "R5"],
    ["前年度と比べて方向性が変わった事業（R5）", "R4", "R5"],
    ["前年度から方向性が変わった事業、令和4年度分", "R3", "R4"],
    ["令和6年度の前年度と比較して方向性が変わった事業", "R5", "R6"],
    // The year said apart from the comparison (second read).
    ["令和5年度について、前年度から方向性が変わった事業は？", "R4", "R5"],
    ["R5で、前年度から方向性が変わった事業", "R4", "R5"],
  ])(
    "reads %s as a change from the year before the one named, not before today (probe 130)",
    (q, from, to) => {
      const u = read(q);
      expect(u.changes).toEqual([{ from, to, differ: true }]);
      expect(u.years).toEqual([]);
    },
  );

  it.each([
    ["R5で前の年と比べて方向性が変わった事業", "R4", "R5"],
    ["R5で去年と比べて方向性が変わった事業", "R4", "R5"],
    ["令和6年度について、昨年度と比べて方向性が変わった事業は？", "R5", "R6"],
  ])(
    "reads %s, the year before said in other words, as a change from the year before the one named (probe 244)",
    (q, from, to) => {
      expect(read(q).changes).toEqual([{ from, to, differ: true }]);
    },
  );

  it.each([
    ["令和5年度に前年度より縮小した事業", ["R5"], "縮小"],
    ["R4で去年と比べて拡充になったのはどれ？", ["R4"], "拡充"],
    ["R4で前年度より予算が増えた事業", ["R4"], "拡充"],
    ["前年度より拡充した事業", [], "拡充"],
    ["去年に比べて縮小した事業は？", [], "縮小"],
  ])(
    "reads %s as the direction alone, a direction being itself a change from the year before (probe 244)",
    (q, years, direction) => {
      const u = read(q);
      expect(u.years).toEqual(years);
      expect(u.directions).toContain(direction);
      expect(u.changes).toEqual([]);
    },
  );

  it.each([["R4とR5で方向性かわるの"], ["R4とR5で方向性がちがうもの"]])(
    "reads %s, its verb of change left in kana, as a change between the two years (probe 248)",
    (q) => {
      expect(read(q).changes).toEqual([{ from: "R4", to: "R5", differ: true }]);
    },
  );

  it.each([
    ["令和3年度・令和4年度ともに「拡充」（臨時拡充は除く）となっている事業", "拡充"],
    ["R3とR4の両方で「継続」の事業", "継続"],
  ])("reads %s, its direction quoted, as that direction in both years (probe 250)", (q, direction) => {
    const u = read(q);
    expect(u.conditions.map((c) => c.year)).toEqual(["R3", "R4"]);
    expect(u.conditions.every((c) => c.holds && c.directions.includes(direction as never))).toBe(true);
  });

  it.each([["まだ参加できる？"], ["ロケ地ツアーってまだ申し込めるかな"], ["まだ使える？"]])(
    "reads %s as whether it still goes on, its verb no subject (probe 251)",
    (q) => {
      const u = read(q);
      expect(u.when).toEqual([]);
      expect(u.freeText).not.toMatch(/参加|申し込|使/);
    },
  );

  it("reads the meaning of a direction pointed at as written (方向性に「新規完了」って書いてあるのはどういう意味？, probe 255)", () => {
    expect(read("方向性に「新規完了」って書いてあるのはどういう意味ですか？").defines).toEqual(["新規完了"]);
  });

  it.each([
    ["初年度の翌年度に完了した事業", ["R4"]],
    ["最終年度の前の年に継続の事業は何件？", ["R6"]],
    ["R5の前の年に完了した事業", ["R4"]],
    ["R4の次の年に完了する事業", ["R5"]],
  ])("counts %s from the year named or the plan's edge, not from today (probe 259)", (q, years) => {
    expect(read(q).years).toEqual(years);
  });

  it("reads 初年度に新規で、翌年度も新規 as R3 then R4, both holding (probe 259)", () => {
    expect(read("初年度に新規で、翌年度も新規の事業").conditions.map((c) => [c.year, c.holds])).toEqual([
      ["R3", true],
      ["R4", true],
    ]);
  });

  it("keeps a project's own last year its own (最終年度が令和5年度の事業)", () => {
    expect(read("最終年度が令和5年度の事業").ownYears).toEqual([{ edge: "last", year: "R5", holds: true }]);
  });

  it("still reads 前年度 with no direction after it as the year before today (前年度に完了した事業)", () => {
    expect(read("前年度に完了した事業").years).toEqual(["R4"]);
  });

  it("reads no change from the year before the plan's first year in R3の前年度から… (review)", () => {
    expect(read("R3の前年度から方向性が変わった事業").changes).toEqual([]);
  });

  it.each([
    ["R5に継続の事業で、前年度から方向性が変わったもの", "R4", "R5", "継続"],
    ["令和4年度に拡充の事業のうち、前年度と比べて方向性が変わったもの", "R3", "R4", "拡充"],
    ["R6で縮小の事業で前年度から方向性が変わったのは？", "R5", "R6", "縮小"],
    // 前年度と, compared (second read: read as the year before today's).
    ["R5に継続の事業で前年度と方向性が違うもの", "R4", "R5", "継続"],
  ])(
    "reads %s as that year's direction and a change from the year before it, not before today (review)",
    (q, from, to, direction) => {
      const u = read(q);
      expect(u.changes).toEqual([{ from, to, differ: true }]);
      expect(u.years).toEqual([to]);
      expect(u.directions).toContain(direction);
    },
  );

  it.each([
    ["減らしてる事業", "縮小"],
    ["拡充されてる事業", "拡充"],
    ["増やしてる事業", "拡充"],
    ["縮小してない事業", "縮小"],
  ])(
    "reads the progressive said without its い (%s) as its direction, not a subject (probe 180)",
    (q, direction) => {
      const u = read(q);
      expect(u.hasFreeText).toBe(false);
      expect([...u.directions, ...u.absentDirections]).toContain(direction);
    },
  );

  it.each([
    ["人事課の事業で方向性が変わったものは？R5とR6で", "R5", "R6", true],
    ["R5とR6で、人事課の事業で方向性が変わったものは？", "R5", "R6", true],
    ["R4とR5で、7-2の事業のうち方向性が同じもの", "R4", "R5", false],
    // The verb before 方向性 (probe 160: 「R3とR4が同じ方向性の事業」 had listed either year's 44).
    ["R3とR4が同じ方向性の事業はどれですか。", "R3", "R4", false],
    ["R3とR4で違う方向性の事業", "R3", "R4", true],
    ["令和3年度から令和4年度にかけて、市民課の事業で方向性が違うのはどれ？", "R3", "R4", true],
    // 「AとBとで」, the pair's second と written (probe 181).
    ["令和3年度と令和4年度とで方向性の変わった事業の件数", "R3", "R4", true],
    ["R4とR5とで方向性が同じ事業", "R4", "R5", false],
  ])(
    "reads %s as the two years compared: said first, as the clause's frame, not beside 方向性",
    (q, from, to, differ) => {
      const u = read(q);
      expect(u.changes).toEqual([{ from, to, differ }]);
      expect(u.years).toEqual([]);
    },
  );

  it.each([
    ["R4とR5で方向性を比較して変化があった事業を施策ごとに", "R4", "R5"],
    ["令和4年度から令和5年度にかけて何が変わった？", "R4", "R5"],
    ["R5とR6で方向性を比べて違う事業", "R5", "R6"],
    ["令和4年度から令和5年度にかけて何が変わりましたか？", "R4", "R5"],
    ["R4とR5の方向性を比較すると、変わった事業は？", "R4", "R5"],
    // The years set side by side by the verb, after them (probe 160: either year's 43 projects had answered).
    ["R4とR5を比較して、方向性が変わった事業を挙げてください。", "R4", "R5"],
    ["R4とR5を比べて方向性が変わった事業は？", "R4", "R5"],
    ["R5とR6を見比べると方向性が違う事業", "R5", "R6"],
    ["R5とR6の両年度に記載があり、かつ方向性が異なる事業はありますか。", "R5", "R6"],
  ])(
    "reads %s as the two years compared, the direction compared or what changed asked (probe 140)",
    (q, from, to) => {
      const u = read(q);
      expect(u.changes).toEqual([{ from, to, differ: true }]);
      expect(u.years).toEqual([]);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it("reads R4とR5で完了する事業のうち、方向性が変わったもの with the years' own direction, not as a frame (review)", () => {
    const u = read("R4とR5で完了する事業のうち、方向性が変わったものは？");
    expect(u.changes).toEqual([]);
    expect(u.years).toEqual(["R4", "R5"]);
  });

  it.each([
    ["R4で縮小した事業を、完了したものも含めて一覧にしてください"],
    // (Second read: 済み had been searched.)
    ["R4で縮小した事業、完了済みも含めて教えて"],
  ])("reads a direction included too beside another named as both asked: %s (review)", (q) => {
    const u = read(q);
    expect(u.directions).toEqual(expect.arrayContaining(["縮小", "完了"]));
    expect(u.hasFreeText).toBe(false);
  });

  it("reads その後完了したものも含めて as a part of the projects asked, no condition of its own (second read)", () => {
    const u = read("R3に拡充した事業を、その後完了したものも含めて教えて");
    expect(u.directions).toEqual(["拡充", "臨時拡充"]);
    expect(u.conditions).toEqual([]);
  });

  it("reads R3とR4で、…の拡充は方向性が変わった？ as the years compared: a project's name holds the direction (second read)", () => {
    const u = read("R3とR4で、チャレンジいばらき補助金の拡充は方向性が変わった？");
    expect(u.changes).toEqual([{ from: "R3", to: "R4", differ: true }]);
  });

  it("reads R5とR6で、…の方向性を教えて as the two years asked, no comparison: 方向性 is asked, not said to change", () => {
    const u = read("R5とR6で、7-2の事業の方向性を教えて");
    expect(u.changes).toEqual([]);
    expect(u.years).toEqual(["R5", "R6"]);
  });

  it("reads R4の拡充から継続 as a change in any year: R4 is the first direction's own, not the year of the change (review)", () => {
    const u = read("R4の拡充から継続になった事業");
    expect(u.conditions.some((c) => c.year === "R3")).toBe(false);
  });

  it("still reads 令和6年度の前年度 with no change asked as the year before it", () => {
    expect(read("令和6年度の前年度に完了した事業").years).toEqual(["R5"]);
  });

  it("leaves the plan's first year said to change as that year (nothing is listed before it)", () => {
    expect(read("R3で方向性が変わる事業").changes).toEqual([]);
  });

  it.each([
    ["最後まで続かなかった事業はいくつ？"],
    ["計画の最後まで続かない事業"],
    ["最後まで載らない事業"],
    // Denied in the perfect (review: read as 最後まで続く, the opposite).
    ["最後まで続いていない事業は？"],
    ["最後まで継続してない事業"],
    ["最後まで載ってない事業"],
    // Dropped out part way (probe 130).
    ["途中で計画から消えた事業"],
    ["途中で載らなくなった事業"],
  ])("reads %s as not listed in the plan's last year, not as 継続 in no year (probe 120)", (q) => {
    const u = read(q);
    expect(u.conditions).toEqual([{ year: "R7", directions: [...DIRECTIONS_ALL], holds: false }]);
    expect(u.absentDirections).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a code said with 以外にも as left out (probe 120)", () => {
    expect(read("7-2以外にも完了の事業ある？")).toMatchObject({
      codes: [],
      excludedCodes: ["7-2"],
      directions: ["完了", "新規完了"],
    });
  });

  it.each([
    [
      "令和3年度に新規となった事業を確認しています。ただし施策7-2の事業は別途把握しているので、それ以外の施策のものだけ教えてください。",
      "7-2",
    ],
    ["R4に完了する事業。7-4の事業はもう見たので不要です。", "7-4"],
  ])("reads a code said to be known already (%s) as left out", (q, code) => {
    const u = read(q);
    expect(u.excludedCodes).toEqual([code]);
    expect(u.codes).toEqual([]);
  });

  it.each([
    ["R4に完了した事業で人事課と情報システム課のものは除いて"],
    ["R4に完了した事業を教えてください。人事課と情報システム課は除いてお願いします。"],
    ["説明用に、R4に完了した事業を教えていただけますか。人事課と情報システム課のものは除いてお願いします。"],
  ])("reads %s as leaving out both departments, the ask kept", (q) => {
    const u = read(q);
    expect([...u.excludedDepartments].sort()).toEqual(["人事課", "情報システム課"].sort());
    expect(u.departments).toEqual([]);
    expect(u.years).toEqual(["R4"]);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: informal and polite forms around a set question", () => {
  it.each([
    ["縮小してる事業ある？", [], ["縮小"]],
    ["もう終わった事業ってどれ？", [], ["完了", "新規完了"]],
    ["令和５年度に終了予定の事業ありますか", ["R5"], ["完了", "新規完了"]],
    ["令和4年度中に完了予定の事業", ["R4"], ["完了", "新規完了"]],
    ["縮小する事業は何件ありますか", [], ["縮小"]],
    ["令和3年度に拡充（臨時拡充のみ）", ["R3"], ["臨時拡充"]],
    ["令和4年度に拡充または臨時拡充となっている事業の件数", ["R4"], ["拡充", "臨時拡充"]],
    ["R5に完了もしくは縮小する事業", ["R5"], ["縮小", "完了", "新規完了"]],
    ["新規と完了が同じ年度になっている事業はいくつ？", [], ["新規完了"]],
    ["同じ年度に始まって終わった事業", [], ["新規完了"]],
    ["監査の関係で、方向性が縮小となっている事業とその担当課を教えてください", [], ["縮小"]],
    ["R5に完了する事業と、それぞれの担当課", ["R5"], ["完了", "新規完了"]],
    // The numbers every answer shows, asked for beside it (dev46).
    ["R5に完了する事業を、施策番号とあわせて教えて", ["R5"], ["完了", "新規完了"]],
    ["R5に完了する事業の事業番号と担当課", ["R5"], ["完了", "新規完了"]],
    ["R5に完了する事業を取組番号とあわせて", ["R5"], ["完了", "新規完了"]],
    ["R5に完了する事業を番号付きで教えて", ["R5"], ["完了", "新規完了"]],
  ])("reads %s", (q, years, directions) => {
    const u = read(q);
    expect(u.years).toEqual(years);
    expect(u.directions).toEqual(directions);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a department with さん and a request with お願いします", () => {
    const u = read("財産活用課さんの事業一覧をお願いします");
    expect(u.departments).toEqual(["財産活用課"]);
    expect(u.hasFreeText).toBe(false);
  });

  it("keeps the year and direction a first sentence asks for when a second narrows by department", () => {
    const u = read("令和4年度に完了する事業を教えてください。人事課の分だけで大丈夫です。");
    expect(u).toMatchObject({ years: ["R4"], directions: ["完了", "新規完了"], departments: ["人事課"] });
  });

  it("reads an occasion before the narrowed sentence (広報誌の特集で使います。) as no subject of the narrowed ask", () => {
    const u = read(
      "広報誌の特集で使います。令和3年度に新規の事業を教えてください。人権・男女共生課のものだけで結構です。",
    );
    expect(u).toMatchObject({ years: ["R3"], departments: ["人権・男女共生課"], hasFreeText: false });
  });

  it("reads the asker's own doing (…の事業を洗い出しています, 洗い出したい) as no subject", () => {
    for (const q of [
      "令和5年度に完了となる事業を洗い出しています。",
      "令和5年度に完了となる事業を洗い出したい",
    ])
      expect(read(q)).toMatchObject({ years: ["R5"], hasFreeText: false });
  });

  it("reads an ask pointing back (該当する事業の一覧) at a context that, its occasion (監査対応で、) left out, is conditions alone, as those conditions", () => {
    const u = read(
      "監査対応で、令和5年度に完了となる事業を洗い出しています。該当する事業の一覧をいただけますでしょうか。",
    );
    expect(u).toMatchObject({ years: ["R5"], directions: ["完了", "新規完了"], hasFreeText: false });
  });

  it.each([
    ["令和4年度に完了する事業は？令和5年度に完了する事業は？"],
    ["令和4年度に完了する事業を教えてください。あわせて令和5年度に完了する事業もお願いします。"],
    ["R4で完了する事業を教えて。R5で完了する事業も教えて。"],
  ])("reads two asks alike but for their years (%s) as asking for either year", (q) => {
    expect(read(q)).toMatchObject({
      years: ["R4", "R5"],
      directions: ["完了", "新規完了"],
      hasFreeText: false,
    });
  });

  it.each([
    ["R4の分は見ました。R5に完了する事業は？", ["R5"]],
    ["令和4年度に完了する事業は？令和5年度に拡充する事業は？", ["R5"]],
  ])(
    "keeps to the last ask when the sentence before only states, or asks for another direction: %s",
    (q, years) => {
      expect(read(q).years).toEqual(years);
    },
  );

  it("reads an ask that names nothing (該当するものを教えて) after a clause with the conditions as that clause", () => {
    const u = read(
      "お疲れ様です。監査の準備をしております。どこかの年度で臨時拡充になっている事業を洗い出したいので、該当するものを教えていただけますか。",
    );
    expect(u).toMatchObject({ directions: ["臨時拡充"], hasFreeText: false });
  });

  it("drops a year said only in a preamble when the ask names a department", () => {
    const u = read(
      "お疲れ様です。来年度の予算要求の関係で確認させてください。人事課の事業を教えてください。",
    );
    expect(u).toMatchObject({ years: [], departments: ["人事課"], hasFreeText: false });
  });
});

describe("understand: a project named in full, a direction in its name (probe 47)", () => {
  it("reads no direction in 「R6のチャレンジいばらき補助金の拡充はどうなる？」: 拡充 is part of the name", () => {
    expect(read("R6のチャレンジいばらき補助金の拡充はどうなる？")).toMatchObject({
      years: ["R6"],
      directions: [],
    });
  });

  it("still reads a direction said beside the name: 「チャレンジいばらき補助金の拡充はR4で拡充？」", () => {
    expect(read("チャレンジいばらき補助金の拡充はR4で拡充？").directions).toContain("拡充");
  });
});

describe("understand: a year of the asker's own work (probe 46)", () => {
  it.each([
    ["来年度の予算要求の参考に、庁舎の空調やLED照明の更新について計画にどう書かれているか教えてください"],
    ["令和6年度の予算査定で使うので、Wi-Fiの事業を教えて"],
    ["今年度の議会で聞かれたマイナンバーカードの事業"],
  ])("reads no year in %s: it says when they ask, not which projects", (q) => {
    expect(read(q).years).toEqual([]);
  });

  it.each([
    ["R6の研修の事業", ["R6"]],
    ["令和5年度の予算編成に向けて整理しています。その年度に新規の事業を教えてください。", ["R5"]],
  ])("still reads the year of %s", (q, years) => {
    expect(read(q).years).toEqual(years);
  });
});

describe("understand: codes said with の", () => {
  it.each([
    ["a number that is not a chapter of the plan", "3の2の事業"],
    ["a count", "7の3件の事業"],
    ["a date", "7の3日の会議"],
    ["a percentage with a dot", "7.2%の増加"],
  ])("does not take %s for a code: %s", (_, q) => {
    expect(read(q).codes).toEqual([]);
  });
});

describe("understand: context before the ask", () => {
  it.each([
    [
      "a year in the context, another in the ask",
      "お疲れ様です。来年度の予算要求の関係で確認させてください。令和5年度に完了予定の事業を一覧で教えていただけますでしょうか。",
      { years: ["R5"], directions: ["完了", "新規完了"], hasFreeText: false },
    ],
    [
      "words of the context that are no subject",
      "議会答弁の準備をしているので、人事課の事業を教えてください",
      { departments: ["人事課"], hasFreeText: false },
    ],
  ])("reads only the ask when it has conditions of its own: %s", (_, q, expected) => {
    expect(read(q)).toMatchObject(expected);
  });

  it.each([
    [
      "お疲れ様です。情報システム課が担当している事業について、来週の庁内会議で説明するため、一覧で確認させていただけますでしょうか。",
      { departments: ["情報システム課"], hasFreeText: false },
    ],
    [
      "DX推進チームの担当している事業を確認したいです。庁内の説明資料に載せたいので、すべて教えていただけますでしょうか。",
      { departments: ["DX推進チーム"], hasFreeText: false },
    ],
    [
      "人事課の研修の事業について、来週の会議で説明するため、一覧で確認させてください。",
      { departments: ["人事課"], hasFreeText: true },
    ],
    [
      "人事課の事業について、令和4年度に完了する研修を報告するため、一覧で確認させてください。",
      { departments: ["人事課"], years: ["R4"], directions: ["完了", "新規完了"] },
    ],
  ])("lists what the context names, its closing occasion (…説明するため、) no subject: %s", (q, expected) => {
    expect(read(q)).toMatchObject(expected);
  });

  it.each([
    ["the ask points back", "7-4の事業について確認です。その中で令和5年度に完了するものは？", ["7-4"]],
    [
      "the context names a code the ask does not",
      "7-4の事業について確認です。令和5年度に完了するものは？",
      ["7-4"],
    ],
  ])("keeps the context when %s", (_, q, codes) => {
    const u = read(q);
    expect(u.codes.map((c) => c.code)).toEqual(codes);
    expect(u.years).toEqual(["R5"]);
  });

  it("keeps the department a context names, and not the context's other words, when the ask has conditions", () => {
    const u = read(
      "お世話になります。市民協働推進課の議会資料の関係で、令和3年度の方向性が新規完了になっている事業を教えてください。",
    );
    expect(u).toMatchObject({ departments: ["市民協働推進課"], years: ["R3"], directions: ["新規完了"] });
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    [
      "お世話になります。市民協働推進課です。議会資料の関係で、令和3年度の方向性が新規完了になっている事業を教えてください。",
      "R3",
    ],
    ["お疲れ様です。市民協働推進課です。令和5年度に新しく始まる事業は？", "R5"],
    ["人事課ですが、R4に完了する事業は？", "R4"],
    ["DX推進チームです。令和6年度に縮小する事業を教えてください", "R6"],
    // (A greeting ends its sentence before a comma as before 。 — probe 139.)
    ["お疲れ様です、市民課窓口です。令和4年度に完了する事業は？", "R4"],
    ["お世話になっております、人事課です。R5に拡充する事業を教えてください", "R5"],
    ["おはようございます、財産活用課です。令和3年度の新規は？", "R3"],
  ])("reads a sentence that is only the asker's unit as who asks, not a condition: %s", (q, year) => {
    const u = read(q);
    expect(u.departments).toEqual([]);
    expect(u.years).toEqual([year]);
  });

  it("still reads 当課 after such a sentence as that unit", () => {
    const u = read("人権・男女共生課です。うちの課の事業のうち令和7年度まで続くものを教えてください。");
    expect(u.departments).toEqual(["人権・男女共生課"]);
  });

  it("reads the whole message when the ask has no conditions: the context may hold the subject", () => {
    const u = read("来週の会議で使うので、マイナンバーカードの担当課は？");
    expect(u.freeText).toContain("マイナンバーカード");
    expect(u.years).toEqual([]);
  });
});

describe("understand: a unit the context names as someone one deals with (probe 20)", () => {
  it.each([
    ["明日人事課と打ち合わせがあるので、7-2-7の事業を教えて", "人事課", { departments: [] }],
    ["人事課に頼まれて調べています。7-2-7の事業を教えてください", "人事課", { departments: [] }],
    ["政策企画課に提出するので、令和5年度に完了する事業を教えてください", "政策企画課", { departments: [] }],
    ["人事課から問い合わせがあって、令和4年度に完了する事業を知りたいです", "人事課", { departments: [] }],
    [
      "市民課から異動してきました。DX推進チームの事業を教えてください",
      "市民課",
      { departments: ["DX推進チーム"] },
    ],
    ["市民協働推進課の課長に説明するので、7-2-6の事業を一覧で", "市民協働推進課", { departments: [] }],
    ["人事課と打ち合わせがあるので、マイナンバーカードの事業を教えて", "人事課", { departments: [] }],
    // Someone there in charge of a thing: 窓口係 (a tuned set's question, dev104's kind; one passing a question on
    // about a subject — 人事課の研修担当から、…について問い合わせ — is who asked, and is read as no unit at all: see
    // stripRegister's tests).
    ["市民課の窓口係に頼まれて、7-2-6の事業を調べています", "市民課", { departments: [] }],
    // A unit the plan does not have, passing a question on (probe 81): background too, not an unknown department.
    [
      "お疲れ様です。財政課から照会があり、令和3年度に臨時拡充となっている事業を確認しています。",
      "財政課",
      { departments: [], unknownDepartments: [], years: ["R3"] },
    ],
    [
      "危機管理課から聞かれたんだけど防災の事業ある？",
      "危機管理課",
      { departments: [], unknownDepartments: [] },
    ],
    // The unit's matter as the occasion (probe 21).
    [
      "人権・男女共生課の関係で資料を作っております。施策7-4から7-6までに入っている事業をすべて教えてください。",
      "人権・男女共生課",
      { departments: [] },
    ],
  ])("reads it as background, not a condition, when the ask names what it wants: %s", (q, unit, expected) => {
    const u = read(q);
    expect(u).toMatchObject(expected);
    expect(u.backgroundUnits).toEqual([unit]);
  });

  // 同課, 当課, 同部署: the unit named before, said again — the condition asked (probe 171 had searched 拝見, 0件).
  it.each([
    "人権・男女共生課との打ち合わせの前に、同課の事業を一覧で拝見したく存じます。",
    "明日人事課と打ち合わせがあるので、当課の事業を教えて",
    "政策企画課に提出するので、同部署の令和5年度に完了する事業を教えてください",
  ])("reads the unit named before as the condition of 同課 or 当課: %s", (q) => {
    const u = read(q);
    const unit = catalog.departments.find((d) => q.includes(d.name))?.name;
    expect(unit).toBeDefined();
    expect(u.departments).toEqual([unit]);
    expect(u.backgroundUnits).toEqual([]);
    expect(u.hasFreeText).toBe(false);
  });

  it("keeps the unit's stem, set apart, as a word of a search the message asks for", () => {
    const u = read("人事課と打ち合わせがあるので、マイナンバーカードの事業を教えて");
    expect(u.departments).toEqual([]);
    expect(u.freeText).toMatch(/(?:^|\s)人事\s/);
  });

  it("drops the unit whole when the message asks for a set: its stem is no subject", () => {
    const u = read("人事課から問い合わせがあって、令和4年度に完了する事業を知りたいです");
    expect(u.freeText).not.toContain("人事");
    expect(u).toMatchObject({ departments: [], years: ["R4"] });
  });

  it.each([
    [
      "two units joined by と",
      "人事課と財産活用課の事業について確認中です。令和5年度のものは？",
      ["財産活用課", "人事課"],
    ],
    ["a unit the context is about (に関する)", "人事課に関する事業について。令和5年度のものは？", ["人事課"]],
    ["an ask that names nothing of its own", "人事課に頼まれたんですが、一覧をください", ["人事課"]],
    ["a unit in the ask itself", "人事課と打ち合わせで使う、人事課の事業は？", ["人事課"]],
  ])("keeps a unit as a condition for %s", (_, q, departments) => {
    const u = read(q);
    expect(u.departments).toEqual(departments);
    expect(u.backgroundUnits).toEqual([]);
  });
});

describe("understand: words between a year and what is said of it (probe 21)", () => {
  it.each([
    ["令和6年度以降も記載が続いている事業", ["R6", "R7"]],
    ["R6まで記載が続く事業", ["R6"]],
    ["令和6年度以降も掲載が続いているもの", ["R6", "R7"]],
  ])(
    "reads the listing said to go on (%s) as listed in those years, in any direction: the verb is not 継続's",
    (q, years) => {
      expect(read(q)).toMatchObject({ years, directions: [], hasFreeText: false });
    },
  );

  it.each([
    ["令和4年度以降も継続の事業"],
    ["R4以降も継続している事業"],
    ["令和4年度以降も計画上継続になってるもの"],
  ])("reads 継続 after 以降も (%s) as the direction 継続 over the range, as after 以降に (probe 32)", (q) => {
    expect(read(q)).toMatchObject({ years: ["R4", "R5", "R6", "R7"], directions: ["継続"] });
  });

  it("reads 「令和6年度になってもまだ続いている」 as listed that year, in any direction", () => {
    expect(read("令和6年度になってもまだ続いている事業")).toMatchObject({ years: ["R6"], directions: [] });
  });

  it.each([["もう"], ["すでに"], ["早くも"], ["無事"], ["引き続き"], ["同じく"]])(
    "reads 「令和3年度に新規で始まって、翌年の令和4年度には%s完了している」 as both years' own directions",
    (adverb) => {
      const u = read(`令和3年度に新規で始まって、翌年の令和4年度には${adverb}完了している事業`);
      expect(u.conditions.map((c) => [c.year, c.holds])).toEqual([
        ["R3", true],
        ["R4", true],
      ]);
    },
  );

  it("reads 「計画への記載が令和4年度で最後」 as the project's last listed year", () => {
    expect(read("計画への記載が令和4年度で最後になっている事業").ownYears).toEqual([
      { edge: "last", year: "R4", holds: true },
    ]);
  });

  it("reads 「令和3年度の1年だけ計画に記載がある」 as listed in that year alone", () => {
    const u = read("令和3年度の1年だけ計画に記載がある事業");
    expect(u.ownYears.map((o) => [o.edge, o.year])).toEqual([
      ["first", "R3"],
      ["last", "R3"],
    ]);
  });
});

describe("understand: an ask only for the list, after the sentence that says what (probe 21)", () => {
  it.each([
    ["市長の記者会見の準備で、令和5年度に完了する事業を確認したいです。一覧で教えていただけますか。", ["R5"]],
    [
      "広報誌の特集を組むにあたり、2021年度にスタートした事業をすべて洗い出したいと考えております。お手数ですが一覧で教えていただけますか。",
      ["R3"],
    ],
  ])("reads the sentence before %s as the ask, its occasion as background", (q, years) => {
    const u = read(q);
    expect(u.years).toEqual(years);
    expect(u.freeText).not.toMatch(/記者会見|広報誌|特集/);
  });
});

describe("understand: the year after one just named (probe 21)", () => {
  it.each([["R3に新規で、翌年度に完了する事業"], ["令和3年度に新規で、その次の年度に完了した事業"]])(
    "reads 翌年度 in %s as the year after the one named, not after today",
    (q) => {
      const u = read(q);
      expect(u.conditions.map((c) => c.year)).toEqual(["R3", "R4"]);
    },
  );

  it.each([
    ["5年前に臨時拡充で、翌年度も臨時拡充だった事業", ["R3", "R4"]],
    ["一昨年度に継続で、翌年度に縮小", ["R6", "R7"]],
  ])("reads 翌年度 in %s as the year after one said from today, not after today (probe 215)", (q, years) => {
    const u = read(q, new Date("2026-11-25T09:00:00+09:00"));
    expect(u.conditions.map((c) => c.year)).toEqual(years);
  });

  it("leaves 翌年の before a year written out as it is", () => {
    expect(read("令和3年度に新規で、翌年の令和4年度に完了").conditions.map((c) => c.year)).toEqual([
      "R3",
      "R4",
    ]);
  });

  it.each([
    ["ある年度に拡充していて、その翌年度に継続へ切り替わった事業"],
    ["拡充の翌年度に継続になった事業"],
    // Probe 25: の後に, を経て, 移った.
    ["拡充の後に継続となっている事業"],
    ["拡充を経て継続に移った事業"],
    // Probe 27: だったのに, 次の年度で.
    ["ある年度に拡充だったのに、次の年度で継続になった事業"],
    ["拡充の次の年度で継続になった事業"],
    ["拡充（臨時拡充も含めて）の翌年度に継続となっている事業"],
    // Probe 57: となり, a bracket between, 戻る — その翌年度 is the year after that one, not the asker's next.
    ["ある年度に拡充（臨時拡充を含む）となり、その翌年度に継続へ戻る事業"],
    ["いずれかの年度で拡充になり、次の年度に継続に戻ったもの"],
  ])("reads %s as a change of direction from one year to the next", (q) => {
    expect(read(q).transitions).toEqual([{ from: ["拡充", "臨時拡充"], to: ["継続"] }]);
  });
});

describe("understand: relative years read as the years they are (probe 95)", () => {
  const DECEMBER_2026 = new Date("2026-12-01T09:00:00+09:00");
  // What is read, less the text as typed.
  const meaning = (q: string) => {
    const { question: _q, freeText: _f, ...rest } = read(q, DECEMBER_2026);
    return rest;
  };
  it.each([
    ["2年前に継続だった財産活用課の事業", "令和6年度に継続だった財産活用課の事業"],
    ["3年前に完了した事業", "令和5年度に完了した事業"],
    ["２年前に新規の事業", "令和6年度に新規の事業"],
    ["2年後に縮小する事業", "令和10年度に縮小する事業"],
    ["一昨年度で記載が終わった事業", "令和6年度で記載が終わった事業"],
    ["去年度以降も続く事業", "令和7年度以降も続く事業"],
    ["去年度まで続いてる事業", "令和7年度まで続いてる事業"],
    ["おととし拡充された事業", "令和6年度に拡充された事業"],
    // Typed right after a Latin word: the year is still its own (it had been read as ictr7).
    ["ICT去年度に拡充した事業", "ICT 令和7年度に拡充した事業"],
  ])("reads %s as %s", (relative, written) => {
    expect(meaning(relative)).toEqual(meaning(written));
  });

  it.each([
    ["12年前の事業"],
    ["3年間続く事業"],
    ["前半の事業"],
    ["2年前倒しで完了する事業"],
    ["令和2年前に始まった事業"],
  ])("reads no year two years back in %s", (q) => {
    expect(read(q, DECEMBER_2026).years).not.toContain("R6");
  });
});

describe("understand: 続く after a relative year (probe 22)", () => {
  it.each([["昨年度も続いてた事業"], ["去年度も続いてる事業"], ["一昨年度にも続いている事業"]])(
    "reads %s as listed that year, in any direction, not as 継続",
    (q) => {
      expect(read(q).directions).toEqual([]);
    },
  );
});

describe("understand: a question mark after the ask", () => {
  it.each([["人権関係の事業は何件"], ["DX関係の事業は何件"], ["人事関係の事業は何件"]])(
    "reads %s？ as it reads it without the mark, its department kept",
    (q) => {
      expect(read(`${q}？`).departments).toEqual(read(q).departments);
      expect(read(q).departments).toHaveLength(1);
    },
  );
});

describe("understand: whether the direction ever changes, with no year (probe 130)", () => {
  it.each([
    ["方向性が一度も変わっていない事業を一覧でください", true],
    ["方向性が変わったことがない事業は何件？", true],
    ["方向性に変化がない事業は？", true],
    ["方向性がずっと同じ事業", true],
    ["一度も方向性が変わってない事業", true],
    ["方向性が途中で変わった事業", false],
    ["方向性が変化している事業", false],
    ["方向性に変化があった事業", false],
    // After a word of years (second read).
    ["毎年方向性が同じ事業", true],
    ["方向性が毎年同じ事業はどれですか。", true],
    ["方向性がどの年度も同じ事業", true],
    ["どこかの年度で方向性が変わった事業", false],
  ])("reads %s as steady: %s, and no subject", (q, steady) => {
    const u = read(q);
    expect(u.steady).toBe(steady);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    // A subject's change (社会の変化), a change asked of a subject (方向性が変わるか), two years compared.
    ["社会の変化に対応する事業"],
    ["男女共生センターの講座の事業について、年度替わりで方向性が変わるか確認したい"],
    ["R3とR4で方向性が変わった事業"],
    // A run of years (review).
    ["2年連続で方向性が同じ事業"],
  ])("reads no steadiness in %s", (q) => {
    expect(read(q).steady).toBeUndefined();
  });
});

describe("understand: a direction had once, beside a year's own (probe 27)", () => {
  it.each([
    ["令和4年度に完了する事業のうち、臨時拡充になったことがあるもの"],
    ["令和4年度に完了する事業のうち、一度でも臨時拡充になったもの"],
    ["臨時拡充になったことがあって、令和4年度に完了する事業"],
    ["臨時拡充の経歴があり、令和4年度に完了する事業"],
    // The direction first, then 一度でも (probe 35).
    ["令和4年度に完了する事業のうち臨時拡充が一度でもあるもの"],
    ["令和4年度に完了する事業で、臨時拡充に過去になったもの"],
  ])("reads %s as 完了 in R4 and 臨時拡充 in any of the plan's years", (q) => {
    const u = read(q);
    expect(u.conditions).toEqual([
      { year: "R4", directions: ["完了", "新規完了"], holds: true },
      { year: "R3", until: "R7", directions: ["臨時拡充"], holds: true },
    ]);
    expect(u.directions).toEqual([]);
  });

  it.each([
    ["R3新規で、もう完了まで行ってる事業ってどれですか"],
    ["R3新規のうち既に完了したもの"],
    ["令和3年度に新規事業として始まったもののうち、既に完了したものは何件か"],
    ["R3に新規の事業ですでに完了している事業"],
  ])("reads %s as 新規 in R3 and 完了 by now, in any of the plan's years (probe 130)", (q) => {
    const u = read(q);
    expect(u.conditions).toEqual([
      { year: "R3", directions: ["新規", "新規完了"], holds: true },
      { year: "R3", until: "R7", directions: ["完了", "新規完了"], holds: true },
    ]);
  });

  it("reads もう after a year (令和4年度にはもう完了している) as that year's own direction", () => {
    const u = read("令和3年度に新規で始まって、翌年の令和4年度にはもう完了している事業");
    expect(u.conditions).toContainEqual({ year: "R4", directions: ["完了", "新規完了"], holds: true });
    expect(u.conditions.some((c) => c.until !== undefined)).toBe(false);
  });

  it("reads a direction's history said alone (臨時拡充の経歴がある事業) as that direction in some year, not as a subject", () => {
    const u = read("臨時拡充の経歴がある事業");
    expect(u.directions).toEqual(["臨時拡充"]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads a wish after the ask (…ものだとありがたいです) as narrowing it", () => {
    const u = read("令和4年度に完了する事業を教えてください。臨時拡充の経歴があるものだとありがたいです。");
    expect(u.conditions.map((c) => [c.year, c.until, c.directions])).toEqual([
      ["R4", undefined, ["完了", "新規完了"]],
      ["R3", "R7", ["臨時拡充"]],
    ]);
  });
});

describe("understand: directions said in everyday verbs (probe 29)", () => {
  it("reads a direction decided (縮めることになってる) as that direction, no subject", () => {
    const u = read("縮めることになってる事業");
    expect(u.directions).toEqual(["縮小"]);
    expect(u.hasFreeText).toBe(false);
  });

  it.each([["R3に臨時で増やした事業"], ["R3に臨時で広げた事業"]])("reads %s as 臨時拡充 in R3", (q) => {
    const u = read(q);
    expect([u.years, u.directions]).toEqual([["R3"], ["臨時拡充"]]);
  });

  it("reads 方針が変わらず before ずっと継続 as no subject", () => {
    const u = read("方針が変わらずずっと継続のもの");
    expect([u.directions, u.throughout, u.hasFreeText]).toEqual([["継続"], true, false]);
  });

  it("reads a department as a place (政策企画のところで) and keeps the direction after it", () => {
    const u = read("政策企画のところで新しく始めた事業");
    expect([u.departments, u.directions, u.hasFreeText]).toEqual([
      ["政策企画課"],
      ["新規", "新規完了"],
      false,
    ]);
  });

  it("reads 広げて and 次の年は普通に続ける as 拡充 in a year and 継続 in the next", () => {
    expect(read("R4に広げて、次の年は普通に続けるやつ").conditions).toEqual([
      { year: "R4", directions: ["拡充", "臨時拡充"], holds: true },
      { year: "R5", directions: ["継続"], holds: true },
    ]);
  });
});

describe("understand: what probe 30 relayed", () => {
  it("reads 臨時拡充のあと、翌年度に完了 as a change from one year to the next, not the year after today", () => {
    const u = read("臨時拡充のあと、翌年度に完了になっている事業");
    expect(u.transitions).toEqual([{ from: ["臨時拡充"], to: ["完了", "新規完了"] }]);
    expect(u.years).toEqual([]);
  });

  it("reads the asker's doing in the humble form (来年度の体制を検討しており、) as background: its year is no condition", () => {
    const u = read(
      "人事課の山田です。来年度の体制を検討しており、人権・男女共生課の事業のうち、令和5年度以降も計画に載っているものを一覧でいただけますでしょうか。",
    );
    expect([u.years, u.departments]).toEqual([["R5", "R6", "R7"], ["人権・男女共生課"]]);
  });
});

describe("understand: what probe 31 wrote at the session's end", () => {
  it("reads 〜を考えるうえで、 as background: its 来年度 is no condition", () => {
    expect(
      read("来年度の体制を考えるうえで、令和4年度に拡充となっている事業を確認させてください。").years,
    ).toEqual(["R4"]);
  });

  it("reads two years joined with と、あわせて … も in one sentence as either year", () => {
    const u = read(
      "令和4年度に完了する事業と、あわせて令和5年度に完了する事業も教えていただけますでしょうか。",
    );
    expect([u.years, u.directions, u.conditions]).toEqual([["R4", "R5"], ["完了", "新規完了"], []]);
  });

  it("reads その後の年度に完了 after a year's direction as 完了 in some later year", () => {
    expect(read("令和3年度に新規で始まって、その後の年度に完了した事業").conditions).toEqual([
      { year: "R3", directions: ["新規", "新規完了"], holds: true },
      { year: "R4", until: "R7", directions: ["完了", "新規完了"], holds: true },
    ]);
  });
});

describe("understand: the rest", () => {
  it("combines year, direction and department without free text", () => {
    const u = read("令和4年度に完了する人権・男女共生課の事業");
    expect(u).toMatchObject({
      years: ["R4"],
      directions: ["完了", "新規完了"],
      departments: ["人権・男女共生課"],
    });
    expect(u.hasFreeText).toBe(false);
  });

  it("notices questions about a day, which the plan cannot answer", () => {
    expect(read("明日の会議室の予約").dayLevel).toBe(true);
    expect(read("今日の天気は？").dayLevel).toBe(true);
    expect(read("令和5年度の予約システム").dayLevel).toBe(false);
  });

  it("does not take a day named in the context before the ask for a question about that day", () => {
    expect(read("来週の会議で使うので、マイナンバーカードの担当課を教えて").dayLevel).toBe(false);
    expect(read("明日説明します。ふるさと納税の担当は？").dayLevel).toBe(false);
  });

  it("does not take a question of a fiscal year for one about a day, whatever day its ask names", () => {
    expect(read("来週の会議で話すとき、令和4年度に完了する事業を").dayLevel).toBe(false);
    expect(read("来週の予定で、完了する事業を").dayLevel).toBe(true);
  });

  it.each([
    ["来週の市長の地域懇談会で外国人向けの取組を教えてください", "外国人"],
    ["来週の会議で話すとき、完了する事業を", ""],
    ["明日の打ち合わせ用にDVの事業を", "dv"],
    ["今週の課長会議に向けて、ふるさと納税の担当を", "ふるさと納税"],
    ["明日までにWi-Fiの事業を", "wi-fi"],
    ["今日中にDVの事業を知りたい", "dv"],
  ])(
    "takes the day of the asker's own occasion in %s for no question about a day, nor the occasion for a subject (probe 129)",
    (q, subject) => {
      const u = read(q);
      expect(u.dayLevel).toBe(false);
      expect(u.freeText).toContain(subject);
      expect(u.freeText).not.toMatch(/会議|懇談|打ち合わせ|明日|来週|今週/);
    },
  );

  it("keeps what is said between the day and the occasion: 明日のマイナンバーカードの説明会で (review)", () => {
    const u = read("明日のマイナンバーカードの説明会で使うので、関連する事業を教えて");
    expect(u.dayLevel).toBe(false);
    expect(u.freeText).toContain("マイナンバーカード");
  });

  it.each([["来週の予定は？"], ["明日の会議はいつ？"], ["今日の会議室の予約"], ["今週中に完了する事業は？"]])(
    "still takes %s for a question about a day",
    (q) => {
      expect(read(q).dayLevel).toBe(true);
    },
  );

  it.each([["令和6年度の方向性が縮小の事業"], ["令和6年度に縮小する事業"], ["R6の方向性：縮小"]])(
    "reads 方向性 as the word for a direction, not as a subject: %s",
    (q) => {
      const u = read(q);
      expect(u).toMatchObject({ years: ["R6"], directions: ["縮小"], hasFreeText: false });
    },
  );

  it("reads the register around a structured question as no subject", () => {
    const u = read("お疲れ様です。令和4年度に完了する事業を教えていただけますでしょうか");
    expect(u).toMatchObject({ years: ["R4"], directions: ["完了", "新規完了"], hasFreeText: false });
  });

  it("cuts long questions and strips control characters", () => {
    const u = read(`${"あ".repeat(300)}\u0007`);
    expect(u.truncated).toBe(true);
    expect([...u.question]).toHaveLength(200);
  });
});

describe("understand: a message over the limit, its greetings taken out first (probe 42)", () => {
  it("reads the question after forty greetings whole, and says nothing was cut", () => {
    const u = read(`${"お疲れ様です。".repeat(40)}令和4年度に完了する事業は？`);
    expect(u.truncated).toBe(false);
    expect(u).toMatchObject({ years: ["R4"], directions: ["完了", "新規完了"], greetingOnly: false });
  });

  it("still cuts what is long without its greetings, and says so", () => {
    const u = read(
      `お疲れ様です。${"来週の会議で使う資料を作っていまして".repeat(12)}令和4年度に完了する事業は？`,
    );
    expect(u.truncated).toBe(true);
    expect([...u.question]).toHaveLength(200);
  });

  it("keeps the greetings of a message within the limit", () => {
    expect(read("お疲れ様です。令和4年度に完了する事業は？").question).toBe(
      "お疲れ様です。令和4年度に完了する事業は？",
    );
  });
});

describe("understand: asking when", () => {
  it.each([
    ["貸室のWi-Fi整備はいつ完了？", ["完了", "新規完了"]],
    ["男女共同参画計画の策定は何年度に完了する？", ["完了", "新規完了"]],
    ["その事業は何年に終わる？", ["完了", "新規完了"]],
    ["施設予約システムはどの年度に始まった？", ["新規", "新規完了"]],
    ["空調の改修はいつ頃拡充予定？", ["拡充", "臨時拡充"]],
    ["マイナンバーカードの普及促進はいつまで？", []],
    ["ホームページの事業は何年度まで続く？", []],
    ["その事業っていつまで載ってる？", []],
    ["いつまで臨時拡充なの？", ["臨時拡充"]],
    // A thing built is finished: 完成 and 竣工 asked when of are the plan's 完了 (probe 108).
    ["市民会館跡地の広場はいつ完成予定？", ["完了", "新規完了"]],
    ["新施設の竣工はいつ？", ["完了", "新規完了"]],
  ])("reads %s as asking when (of %j; none: until when it is listed)", (q, when) => {
    const u = read(q);
    expect(u.when).toEqual(when);
    expect(u.directions).toEqual([]);
  });

  it.each([
    ["跡地の広場の工事ってどうなってたっけ？"],
    ["人権の計画の見直しってどうなってたっけ〜"],
    ["それってどうなった？"],
    ["公共施設保全事業はどうなっていますか"],
  ])("reads %s, how a project stands with no year, as the span it is listed (probe 109)", (q) => {
    const u = read(q);
    expect(u.when).toEqual([]);
    expect(u.span).toBe(true);
    expect(u.freeText).not.toContain("どう");
  });

  it("leaves how a year stands (R6はどうなってる？) to that year's directions, no span", () => {
    const u = read("R6はどうなってる？");
    expect(u.years).toEqual(["R6"]);
    expect(u.span).toBeFalsy();
  });

  it("reads 完成 that is not asked when of as a word of the subject, no direction: 新施設の完成イメージ", () => {
    const u = read("新施設の完成イメージ");
    expect(u.when).toBeUndefined();
    expect(u.directions).toEqual([]);
    expect(u.freeText).toContain("完成");
  });

  it.each([
    ["いつ完了する事業がある？", ["完了", "新規完了"]],
    ["何年度に完了する事業がある？", ["完了", "新規完了"]],
    ["何年度に始まる取組は？", ["新規", "新規完了"]],
  ])(
    "reads %s, a direction describing the projects asked for, as a condition, not a when",
    (q, directions) => {
      const u = read(q);
      expect(u.when).toBeUndefined();
      expect(u.directions).toEqual(directions);
    },
  );

  it.each([["いつまでに申請すればいい？"], ["何年度までの事業がある？"], ["マイナンバーカードの担当課は？"]])(
    "reads %s as asking no when of a project",
    (q) => {
      expect(read(q).when).toBeUndefined();
    },
  );
});

describe("understand: a range said with a polite verb", () => {
  it.each([["R5以降も続きますか？"], ["R5以降も続いていますか？"]])(
    "reads %s as R5 to R7, with no words left",
    (q) => {
      const u = read(q);
      expect(u.years).toEqual(["R5", "R6", "R7"]);
      expect(u.hasFreeText).toBe(false);
    },
  );
});

describe("understand: staff's phrasings of years and listings (dev47)", () => {
  it.each([
    ["R3で終わっちゃう事業ってある？", "R3", ["完了", "新規完了"]],
    ["R4に始めちゃった事業", "R4", ["新規", "新規完了"]],
  ])("reads the casual てしまう of a direction's verb (%s) as the verb", (q, year, directions) => {
    expect(read(q)).toMatchObject({ years: [year], directions, hasFreeText: false });
  });

  it.each([
    ["施策7-2の事業で、令和4年度に方向性の記載がない事業", "R4"],
    ["令和4年度に掲載がない事業", "R4"],
  ])("reads %s (方向性の記載, 掲載) as not listed in %s", (q, year) => {
    expect(read(q).conditions).toEqual([{ year, directions: DIRECTION_WORDS, holds: false }]);
  });

  it("reads 「R5以降のどの年度にも記載がない」 as listed in none of those years", () => {
    expect(read("施策7-5の事業で、令和5年度以降のどの年度にも記載がない事業").conditions).toEqual([
      { year: "R5", until: "R7", directions: DIRECTION_WORDS, holds: false },
    ]);
  });

  it("reads 「その後いずれかの年度で縮小」 as 縮小 in some later year", () => {
    const u = read("令和3年度の方向性が継続で、その後いずれかの年度で縮小となる事業");
    expect(u.conditions).toEqual([
      { year: "R3", directions: ["継続"], holds: true },
      { year: "R4", until: "R7", directions: ["縮小"], holds: true },
    ]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads 「施策7-2に属さない」 as 7-2 left out", () => {
    expect(read("令和7年度に掲載されている事業のうち、施策7-2に属さないもの").excludedCodes).toEqual(["7-2"]);
  });

  it.each([["最終記載年度が令和5年度の事業"], ["令和5年度が最後の記載年度となっている事業"]])(
    "reads %s as the project's own last year",
    (q) => {
      expect(read(q).ownYears).toEqual([expect.objectContaining({ edge: "last", year: "R5" })]);
    },
  );

  it("reads 「すべての年度に掲載がある」 over a span as listed in each of its years", () => {
    const u = read("令和3年度から令和7年度まですべての年度に掲載がある事業");
    expect(u.conditions.map((c) => [c.year, c.holds])).toEqual([
      ["R3", true],
      ["R4", true],
      ["R5", true],
      ["R6", true],
      ["R7", true],
    ]);
  });

  it("keeps a year said before the ask when that part names more of the projects wanted (a code left out)", () => {
    const u = read(
      "令和7年度に計画が掲載されている事業のうち、施策7-2に属さないものを確認したいのですが、該当する事業を教えていただけますでしょうか。",
    );
    expect(u.years).toEqual(["R7"]);
    expect(u.excludedCodes).toEqual(["7-2"]);
  });

  it("reads a plain direction with no year (通常の完了が設定されている) as that one in some year, not in every one", () => {
    const u = read("市民会館跡地活用推進課の事業で、通常の完了が設定されている事業");
    expect(u).toMatchObject({ directions: ["完了"], throughout: false, hasFreeText: false });
  });

  it("reads 「政策企画課が所管している事業を除いた」 as that department left out", () => {
    expect(read("施策7-7のうち、政策企画課が所管している事業を除いたもの")).toMatchObject({
      departments: [],
      excludedDepartments: ["政策企画課"],
      hasFreeText: false,
    });
  });

  it("reads 「事業名に「公共施設」を含む」 as a word of the name", () => {
    expect(read("事業名に「公共施設」を含む事業で、令和3年度に拡充となっているもの").nameHas).toEqual([
      { word: "公共施設", holds: true },
    ]);
  });

  it.each([["令和6年度と令和7年度の両方に記載がある事業"], ["R6もR7も載ってる事業"]])(
    "reads %s as listed in both years, not in either",
    (q) => {
      expect(read(q).conditions).toEqual([
        { year: "R6", directions: DIRECTION_WORDS, holds: true },
        { year: "R7", directions: DIRECTION_WORDS, holds: true },
      ]);
    },
  );
});

describe("understand: what is left once some are left out (…を除いた残りの事業) is the list, no subject (probe 61)", () => {
  it("reads 財産活用課以外の残りの事業 as the department left out, nothing to search", () => {
    const u = read("財産活用課以外の残りの事業");
    expect(u.excludedDepartments).toEqual(["財産活用課"]);
    expect(u.hasFreeText).toBe(false);
  });

  it("reads 令和4年度に完了するものを除いた残りの事業 as the projects not completing in R4, nothing to search", () => {
    const u = read("令和4年度に完了するものを除いた残りの事業");
    expect(u.conditions).toEqual([{ year: "R4", directions: ["完了", "新規完了"], holds: false }]);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: a passage pasted from the plan says its own years and directions (probe 75)", () => {
  it.each([
    [
      "①ホームページの管理・運営。令和3年度は、より情報を探しやすいホームページにするため、トップ画面のレイアウト等改修などを行う。\nこれってどの事業ですか",
    ],
    ["②特定天井耐震改修に係る設計委託及び応急修繕を実施する。\t\t\tR3\t拡充\nこの行はどの事業のものですか"],
    ["「①構造体耐久性調査を実施する。令和3年度は新たに劣化度Ⅲ建物の追加調査を行う。」この事業は？"],
  ])("reads no year or direction from the plan's own words pasted in %j", (q) => {
    const u = read(q);
    expect(u.years).toEqual([]);
    expect(u.directions).toEqual([]);
    expect(u.hasFreeText).toBe(true);
  });

  it.each([
    ["「令和3年度に新規」の事業", "a quote that is no passage of the plan's"],
    ["R3に拡充の事業は？", "no quote at all"],
  ])("still reads the year of %s (%s)", (q) => {
    expect(read(q).years).toEqual(["R3"]);
  });

  it("keeps the direction word of a project's name quoted in full (「チャレンジいばらき補助金の拡充」)", () => {
    const u = read("「チャレンジいばらき補助金の拡充」の担当課は？");
    expect(u.freeText).toContain("拡充");
  });
});

describe("understand: projects named in full in a row, left out together (probe 75)", () => {
  it.each([
    ["ICTを活用した愛センター活動促進事業と貸室利用者向けWi-Fi環境整備事業以外の人権・男女共生課の事業は？"],
    ["ICTを活用した愛センター活動促進事業、貸室利用者向けWi-Fi環境整備事業を除いた人権・男女共生課の事業"],
  ])("leaves out both names of %s, and keeps the department", (q) => {
    const u = read(q);
    expect(u.excludedSubjects.map((n) => n.toLowerCase()).sort()).toEqual(
      ["ICTを活用した愛センター活動促進事業", "貸室利用者向けWi-Fi環境整備事業"]
        .map((n) => n.toLowerCase())
        .sort(),
    );
    expect(u.departments).toEqual(["人権・男女共生課"]);
    expect(u.hasFreeText).toBe(false);
  });
});

describe("understand: the words that shape a question, left in kana by the IME (probe 56)", () => {
  it.each([
    ["7-2-4で財産活用課いがいの"],
    ["7-2で財産活用課いがいが担当する事業"],
    ["7-2で財産活用課いがいって何件？"],
  ])("reads いがい after a name as 以外: %s leaves the department out", (q) => {
    const u = read(q);
    expect(u.excludedDepartments).toEqual(["財産活用課"]);
    expect(u.departments).toEqual([]);
  });

  it.each([["この章の事業ってぜんぶで何件？"], ["ぜんぶでなんけん？"]])(
    "reads ぜんぶ as 全部: %s asks for every project (probe 70)",
    (q) => {
      const u = read(q);
      expect(u.everything).toBe(true);
      expect(u.hasFreeText).toBe(false);
    },
  );

  it.each([["いがいと多いね"], ["意外といがいな事業"]])("leaves いがい that is no 以外 as it is: %s", (q) => {
    expect(read(q).excludedDepartments).toEqual([]);
    expect(read(q).excludedSubjects).toEqual([]);
  });

  it("leaves 「R4って臨時じゃないの？」, asking whether it is 臨時, with no direction left out", () => {
    const u = read("R4って臨時じゃないの？");
    expect(u.excludedSubjects).toEqual([]);
    expect(u.directions).toEqual([]);
    expect(u.freeText).toContain("臨時じゃないの");
  });

  it("leaves い・が・い across words as they are: 知り合いがいなくて is no 知り合 以外 (probe 108)", () => {
    const u = read("近所に知り合いがいなくて孤立している人の相談先");
    expect(u.freeText).toContain("知り合いがいなくて");
    expect(u.excludedSubjects).toEqual([]);
  });
});

describe("understand: a gloss in brackets after a code (probe 82)", () => {
  it.each([
    ["取組7-2-4（公共施設等の最適化）の事業", "7-2-4"],
    ["施策7-2(行財政)の事業を教えて", "7-2"],
    ["7-4-2（人権のまちづくり）の一覧", "7-4-2"],
  ])("reads %s as the code's list, its gloss no words to search", (q, code) => {
    expect(read(q)).toMatchObject({ codes: [expect.objectContaining({ code })], hasFreeText: false });
  });

  it("reads a code said by its number and its title as one code (probe 108)", () => {
    expect(read("取組7-4-3「個人情報保護への対応」にはどんな事業がありますか").codes).toEqual([
      { kind: "initiative", code: "7-4-3" },
    ]);
  });

  it.each([
    ["7-2（R4に完了）の事業", { years: ["R4"], directions: ["完了", "新規完了"] }],
    ["7-2（財産活用課以外）の事業", { excludedDepartments: ["財産活用課"] }],
  ])("keeps a bracket that says a condition: %s", (q, expected) => {
    expect(read(q)).toMatchObject(expected);
  });
});

describe("withoutWordSpaces: a particle typed as a word of its own (probe 85)", () => {
  it.each([
    ["R7 まで 続く 事業 は？", "R7まで続く 事業は？"],
    ["その課 の 他の 事業 は？", "その課の他の 事業は？"],
    ["R3 に 拡充 の事業、 臨時拡充 は 除く", "R3に拡充 の事業、 臨時拡充は除く"],
    ["じょうほうシステムか の 事業 は？", "じょうほうシステムかの事業は？"],
    ["お疲れ様です 市民課の山田です", "お疲れ様です。市民課の山田です"],
  ])("reads %s with its particles joined to their words: %s", (typed, read) => {
    expect(withoutWordSpaces(typed)).toBe(read);
  });

  it.each([
    ["跡地 広場 整備"],
    ["お疲れ様です。作っておりまして あのー 亡くなった方の"],
    ["what project"],
    ["R4 完了\nは？"],
  ])("keeps the spaces between words of content: %s", (typed) => {
    expect(withoutWordSpaces(typed)).toBe(typed);
  });
});

// A question, then only the shape its answer is wanted in: the question is what is asked (probe 171: 「…Wi-Fiの整備に
// 関わる事業はどれがございますでしょうか。一覧で拝見できれば幸いです。」 had listed the plan's 44).
describe("understand: a question, then a sentence asking only for a list", () => {
  it.each([
    "計画の中でWi-Fiの整備に関わる事業はどれがございますでしょうか。一覧で拝見できれば幸いです。",
    "Wi-Fiの事業ってある？一覧で教えてください。",
  ])("reads the question's subject, not the whole plan: %s", (q) => {
    const u = read(q);
    expect(u.hasFreeText).toBe(true);
    expect(u.freeText.toLowerCase()).toContain("wi-fi");
    expect(u.everything).toBe(true);
  });

  it("keeps a count asked after a question as its own ask (事業が一番多い担当課はどこですか。あと何件かも)", () => {
    const u = read("事業が一番多い担当課はどこですか。あと何件かも教えてください。");
    expect(u.byDepartment).toBe(true);
    expect(u.hasFreeText).toBe(false);
  });
});

// Probe 220: how many years a project is listed, asked of the projects, and asked of one.
describe("understand: how long a project is listed", () => {
  it.each([
    ["計画に2年間だけ載っている事業", 2, "exactly"],
    ["1年だけで終わっちゃう事業ってある？", 1, "exactly"],
    ["3年以上続く事業は何件？", 3, "atLeast"],
    ["2年以下しか載ってない事業", 2, "atMost"],
    ["3年未満の事業", 3, "under"],
    ["4年分載っている事業", 4, "exactly"],
    ["五年間ずっと継続してる事業", 5, "exactly"],
  ])("reads %s as listed %s years (%s)", (q, years, bound) => {
    expect(read(q).listedFor).toEqual({ years, bound });
  });

  it.each([
    ["令和3年載ってる事業"],
    ["R3年度の事業"],
    ["2023年に始まった事業"],
    ["2年続けて臨時拡充の事業"],
    ["3年前に完了した事業"],
    ["5年毎に測定する事業"],
  ])("reads no length of listing in %s", (q) => {
    expect(read(q).listedFor).toBeUndefined();
  });

  it("leaves 続く after a length the listing's, not 継続 (3年以上続く事業)", () => {
    expect(read("3年以上続く事業").directions).toEqual([]);
  });

  it.each([["ふるさと納税の事業は何年間計画に載ってる？"], ["それは何年間の事業？"], ["何年度分載ってる？"]])(
    "reads %s as how long it is listed",
    (q) => {
      expect(read(q).span).toBe("length");
      expect(read(q).when).toEqual([]);
    },
  );
});

// Probe 220: a listing said to end or drop out in everyday verbs.
describe("understand: a listing said to end by a year, or part way", () => {
  it.each([
    ["R6までで消える事業", "R6"],
    ["令和4年度までで計画から外れる事業", "R4"],
    ["R5までで載らなくなる事業", "R5"],
  ])("reads %s as a last year up to %s", (q, year) => {
    expect(read(q).ownYears).toEqual([{ edge: "last", year, side: "to", holds: true }]);
  });

  it.each([
    ["途中で載らなくなる事業"],
    ["計画期間の途中で計画から消える事業"],
    ["途中でなくなる事業"],
    // A listing said to end, no year named (probe 267: read as 完了, it had met a 完了 denied, 0件).
    ["計画への記載が終わる事業"],
    ["完了の記載がないまま計画への記載が終わる事業"],
    // 切れる, as a listing cut off (probe 264: 0件, nothing said).
    ["途中で記載が切れる事業"],
    ["途中で途切れてる事業"],
  ])("reads %s as not listed in the plan's last year", (q) => {
    expect(read(q).conditions).toEqual([{ year: "R7", directions: DIRECTIONS_ALL, holds: false }]);
  });
});

describe("understand: a count by year said alone (probe 225)", () => {
  it.each([["年度別だと？"], ["年度ごとに"], ["じゃあ年度別は？"], ["それは年度別だと？"]])(
    "reads %s as counted by year",
    (q) => {
      expect(read(q).byYear).toBe(true);
    },
  );

  it.each([["年度ごとの方向性"], ["年度別に継続の事業"]])("reads %s as no count by year", (q) => {
    expect(read(q).byYear).toBe(false);
  });
});

// A department's stem as staff say it with a condition between (人事の新規事業), joined to another unit named in full
// (人事と市民課の事業), or of its ones (政策企画のやつだけ): probe 293 had searched each stem, 0件.
describe("understand: a department's stem said as a unit beside a condition or another unit", () => {
  it.each([
    ["人事の新規事業", ["人事課"], ["新規"]],
    ["市民協働の新規の事業", ["市民協働推進課"], ["新規"]],
    ["人事の拡充事業", ["人事課"], ["拡充"]],
  ])("reads %s as %j's projects of %j", (q, departments, directions) => {
    const u = read(q);
    expect(u.departments).toEqual(departments);
    expect(u.directions.map((d) => d)).toEqual(expect.arrayContaining(directions));
    expect(u.hasFreeText).toBe(false);
  });

  it.each([
    ["人事と市民課の事業", ["市民課", "人事課"]],
    ["DX推進チームと人事の事業を一覧で", ["DX推進チーム", "人事課"]],
    ["市民課や人事の担当", ["市民課", "人事課"]],
    ["市民課と人事", ["市民課", "人事課"]],
  ])("reads %s as both units", (q, departments) => {
    expect([...read(q).departments].sort()).toEqual([...departments].sort());
  });

  it.each([
    ["政策企画のやつだけ", "政策企画課"],
    ["人事のやつ", "人事課"],
    ["人事のもの", "人事課"],
  ])("reads %s as %s's ones", (q, unit) => {
    expect(read(q).departments).toEqual([unit]);
  });

  it("still reads a unit met with as the asker's context, not a condition (人事課と打ち合わせした件で研修の事業)", () => {
    expect(read("人事課と打ち合わせした件で研修の事業").departments).toEqual([]);
  });
});
