// The eighty-sixth session's probes (466–472): a project listed in every year asked with no year said (毎年度載ってる,
// 全年度に記載がある, どの年度にも載ってる), and what the probes found after it. Each table row is a phrasing the rule
// reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Project, YearKey } from "../../src/plan/schema.js";
import { answeredKeys, keysOf, listedIn, ofUnit, planUnderTest, verdictOf } from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const answered = answeredKeys;
const YEARS: readonly YearKey[] = ["R3", "R4", "R5", "R6", "R7"];
const everyYear = (p: Project) => YEARS.every((y) => listedIn(y)(p));

describe("listed in every year, with no year said, is every year of the plan (probe 469)", () => {
  it.each([
    "毎年度載ってる事業は？",
    "全年度に記載がある事業",
    "全年度に記載がある事業は何件？",
    "どの年度にも載ってる事業は？",
    "毎年載ってるのは何件？",
  ])("reads 「%s」 as the projects listed R3 to R7", async (q) => {
    expect(answered(await engine.ask(q))).toEqual(where(everyYear));
  });

  it("keeps a unit said beside it", async () => {
    const a = await engine.ask("人事課で毎年度載ってる事業ある？");
    expect(answered(a)).toEqual(where((p) => ofUnit("人事課")(p) && everyYear(p)));
    expect(verdictOf(a)).toMatch(/^はい/);
  });

  it("still reads the years said when some are (R4からR6までずっと載ってる)", async () => {
    expect(answered(await engine.ask("R4からR6までずっと載ってる事業"))).toEqual(
      where((p) => (["R4", "R5", "R6"] as const).every((y) => listedIn(y)(p))),
    );
  });
});

describe("codes said as one place in a thread keep the conditions before (probe 471)", () => {
  const endsR4 = (p: Project) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了";
  it.each([
    ["じゃあ7-3から7-5だと？", ["7-3", "7-4", "7-5"]],
    ["7-3〜7-5までは？", ["7-3", "7-4", "7-5"]],
    ["じゃあ7-3と7-4だと？", ["7-3", "7-4"]],
  ])("reads 「%s」 after 施策7-2のR4完了 as those policies' R4 completions", async (q, policies) => {
    const a = await thread("施策7-2の事業でR4に完了するもの", q);
    expect(answered(a)).toEqual(where((p) => policies.includes(p.policy) && endsR4(p)));
  });
});

describe("a unit or code left out keeps the other units' projects holding the words (probe 470)", () => {
  const holdsWifi = (p: Project) => /Wi-Fi/i.test(`${p.name}${p.purpose}${p.content}`);
  const notProperty = (p: Project) => !ofUnit("財産活用課")(p);
  it.each([
    ["Wi-Fiの事業、財産活用課以外でやってる？", notProperty],
    ["財産活用課以外でWi-Fiやってる？", notProperty],
    ["Wi-Fi 7-2以外", (p: Project) => p.policy !== "7-2"],
  ])("answers 「%s」 with the rest's projects that write Wi-Fi", async (q, rest) => {
    const a = await engine.ask(q);
    expect(answered(a).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(where((p) => holdsWifi(p) && rest(p)));
  });
});

describe("a formal message's frame is no subject (probe 472)", () => {
  const byUnit = (unit: string) => where(ofUnit(unit));
  it.each([
    "お疲れ様です。東部サービスコーナーの山本です。マイナンバーカードの担当課を教えてください。",
    "南出張所の林です。マイナンバーカードの担当課を教えてください。",
    "お世話になっております。西支所の井上でございます。マイナンバーカードの担当課を教えていただけますか。",
  ])("drops the office and name said as who asks in 「%s」", async (q) => {
    const a = await engine.ask(q);
    expect(a.searchedWords).toEqual(["マイナンバーカード"]);
    expect(answered(a)).toEqual(["7-2#17"]);
  });

  it.each([
    ["担当している事業が一番多い課はどこかと、その課の事業の件数を教えてください", "人権・男女共生課"],
    ["事業が一番多い課とその件数", "人権・男女共生課"],
    ["二番目に多い課はどこかと、その課の事業名を教えて", "財産活用課"],
    [
      "お世話になっております。東部サービスコーナーの林です。計画の全体像をつかみたいので、担当している事業が一番多い課はどこかと、その課の事業の件数を教えていただけますでしょうか。",
      "人権・男女共生課",
    ],
  ])("reads a second ask joined by と and その, and a reason before, in 「%s」", async (q, unit) => {
    expect(answered(await engine.ask(q))).toEqual(byUnit(unit));
  });

  it.each(["人事課が担当している事業の名称を教えて", "人事課の事業名を教えて"])(
    "reads 名称 and 事業名 in 「%s」 as the field asked, not a word to find",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(byUnit("人事課"));
      expect(a.missingTerms).toEqual([]);
    },
  );

  it("reads のかどうか as whether, not as the plan's 稼働 in kana", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進は令和7年度まで計画に載っているのかどうか教えて");
    expect(a.notes.join("\n")).not.toContain("稼働");
    expect(verdictOf(a)).toMatch(/^いいえ/);
  });

  it("keeps a reason clause before a narrowing from cutting the thread (…ので、そのうち)", async () => {
    const a = await thread(
      "施策7-5の事業を教えてください",
      "研修資料の年度欄を作成したいので、そのうち令和5年度以降も続く事業はどれか教えてください",
    );
    expect(answered(a)).toEqual(
      where((p) => p.policy === "7-5" && (["R5", "R6", "R7"] as const).every((y) => listedIn(y)(p))),
    );
  });

  it("narrows after thanks, who asks and a reason (ありがとうございます。南出張所の佐藤です。…ので、そのうち…)", async () => {
    const a = await thread(
      "令和4年度に完了する事業の一覧を教えてください",
      "ありがとうございます。南出張所の佐藤です。課内で共有する際に絞り込みたいので、そのうち人権・男女共生課が担当しているものはどれか教えていただけますか。",
    );
    expect(answered(a)).toEqual(
      where((p) => ofUnit("人権・男女共生課")(p) && ["完了", "新規完了"].includes(p.directions.R4 ?? "")),
    );
  });

  it("reads 「…に限らず全体で」 as the whole plan, the unit no condition", async () => {
    const a = await thread(
      "R4に完了する事業",
      "そのうち人権・男女共生課のものは？",
      "では人権・男女共生課に限らず全体で、令和5年度に完了する事業はどれになるか教えていただけますか。",
    );
    expect(answered(a)).toEqual(where((p) => ["完了", "新規完了"].includes(p.directions.R5 ?? "")));
  });
});

describe("a claim after a sentence that sets out its project is of that project (probe 469)", () => {
  it.each([
    ["男女共同参画計画の策定事業の件で確認しています。R4で完了、で合っていますか。", "はい", "7-5#1"],
    ["行財政改革の推進の監査をしています。R3からR7まで全部継続で合ってますか", "はい", "7-2#1"],
    ["リノベのいばらき推進事業の拡充を確認しています。R7まで続く事業ですよね？", "いいえ", "7-7#3"],
    ["葬式の名人のプロモーション事業の件です。ずっと縮小という理解でいいですか", "いいえ", "7-1#4"],
  ])("answers 「%s」 %s, of that project", async (q, yes, key) => {
    const a = await engine.ask(q);
    expect(verdictOf(a)).toMatch(new RegExp(`^${yes}`));
    expect(keysOf(a.asked ?? a.projects.slice(0, a.answered))).toEqual([key]);
  });

  it("keeps projects said by their conditions a list (令和3年度に新規となった事業を確認しています。…それ以外の施策のもの)", async () => {
    const a = await engine.ask(
      "令和3年度に新規となった事業を確認しています。ただし施策7-2の事業は別途把握しているので、それ以外の施策のものだけ教えてください。",
    );
    expect(answered(a)).toEqual(
      where((p) => p.policy !== "7-2" && ["新規", "新規完了"].includes(p.directions.R3 ?? "")),
    );
  });
});

describe("which completes last or first compares the projects that complete (probe 469)", () => {
  const completes = (p: Project) => /完了$/.test(Object.values(p.directions).at(-1) ?? "");
  const lastYear = (p: Project) => Number((Object.keys(p.directions).at(-1) ?? "R0").slice(1));
  const latest = () => {
    const done = plan.projects.filter(completes);
    const last = Math.max(...done.map(lastYear));
    return keysOf(done.filter((p) => lastYear(p) === last));
  };
  it.each([
    "最後に完了するのはいつで、どの事業ですか",
    "完了が一番遅い事業はどれ？",
    "一番遅く完了する事業は？",
  ])("answers 「%s」 with the latest completions, said as 遅く完了する", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(latest());
    expect(verdictOf(a) ?? a.leads?.[0]).toMatch(/^一番遅く完了するのは/);
  });

  it("keeps 一番長く続く of every project (those listed to the plan's end)", async () => {
    const a = await engine.ask("一番長く続くのは？");
    expect(answered(a)).toEqual(where((p) => p.directions.R7 !== undefined));
  });

  it("compares within a unit said before (情報システム課の事業で、最後に完了するのはいつ？)", async () => {
    const a = await engine.ask("情報システム課の事業で、最後に完了するのはいつ？");
    expect(answered(a)).toEqual(where((p) => ofUnit("情報システム課")(p) && completes(p)));
  });
});

describe("a thread's small asks of what is in view (probes 466, 471)", () => {
  it.each([
    ["完了の記載はあるの？", "いいえ"],
    ["完了の記載があるんですか？", "いいえ"],
    ["継続の記載はあるの？", "はい"],
  ])("answers 「%s」 after ふるさと寄附金推進事業 %s, of that project", async (q, yes) => {
    const a = await thread("ふるさと寄附金推進事業", q);
    expect(verdictOf(a)).toMatch(new RegExp(`^${yes}`));
    expect(a.missingTerms).toEqual([]);
  });

  it("compares the counts of two years asked in turn (R4 then じゃあR5は？ then 差は？)", async () => {
    const count = (y: YearKey) => where((p) => ["完了", "新規完了"].includes(p.directions[y] ?? "")).length;
    const a = await thread("R4で完了する事業は何件？", "じゃあR5は？", "差は？");
    expect(a.leads?.[0]).toBe(
      `差は${Math.abs(count("R4") - count("R5"))}件です（令和4年度 ${count("R4")}件、令和5年度 ${count("R5")}件）。`,
    );
  });
});

describe("another unit alone after projects picked from a list asks the list of that unit (probe 466)", () => {
  it.each([
    [
      ["情報システム課の事業", "上の2つってR4で完了？", "じゃあ市民課は？"],
      (p: Project) => ofUnit("市民課")(p),
    ],
    [
      [
        "令和3年度に新規で始まった事業のうち、令和7年度まで継続するものを一覧でいただけますか。",
        "そのうち人権・男女共生課のものはどれでしょうか。",
        "上の2つの内容を教えてください。",
        "ありがとうございます。では市民課はいかがでしょうか。",
      ],
      (p: Project) => ofUnit("市民課")(p) && p.directions.R3 === "新規" && p.directions.R7 === "継続",
    ],
  ])("reads %j as the list's question of the unit", async (messages, holds) => {
    const a = await thread(...messages);
    expect(answered(a).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(where(holds));
  });

  it("still offers another unit after one offered and denied (1つ目って人事課？ いいえ → じゃあ市民課は？)", async () => {
    const a = await thread("マイナンバーカードの事業", "1つ目って人事課？", "じゃあ市民課は？");
    expect(verdictOf(a)).toMatch(/^はい/);
  });
});

describe("a finance officer's words for the plan's own (probe 468)", () => {
  const endsIn4 = (p: Project) => ["完了", "新規完了"].includes(p.directions.R4 ?? "");
  it.each(["R4で完了する事業は合計何件？", "R4で完了する事業、トータルで何件？"])(
    "reads 「%s」 as the count, 合計 no word to find",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(where(endsIn4));
      expect(a.missingTerms).toEqual([]);
    },
  );

  it.each([
    ["R3からR7まで5年間ずっと予算がついてる事業は何件？", everyYear],
    ["R4に予算計上されている事業は何件？", listedIn("R4")],
  ])("reads a budget said to be there in 「%s」 as listed", async (q, holds) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where(holds));
    expect(a.missingTerms).toEqual([]);
  });

  it("reads 予算が上乗せされる as 拡充", async () => {
    expect(answered(await engine.ask("R4で予算が上乗せされる事業"))).toEqual(
      where((p) => ["拡充", "臨時拡充"].includes(p.directions.R4 ?? "")),
    );
  });
});

describe("projects run with other units are those the plan writes as 「…課ほか」 (probe 470)", () => {
  const shared = (p: Project) => p.department.endsWith("ほか");
  it.each([
    ["ほかの課と一緒にやってる事業ある？", shared],
    ["複数の課で担当してる事業は？", shared],
    [
      "うちの課(収納課)がほかの課といっしょにやってる事業ってある？",
      (p: Project) => shared(p) && ofUnit("収納課")(p),
    ],
  ])("reads 「%s」 as the shared ones", async (q, holds) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where(holds));
    expect(a.missingTerms).toEqual([]);
  });

  it("says いいえ of a unit that shares none (市民課です。うちの課でほかの課と一緒に担当してる事業ある？)", async () => {
    const a = await engine.ask("市民課です。うちの課でほかの課と一緒に担当してる事業ある？");
    expect(answered(a)).toEqual([]);
    expect(verdictOf(a)).toMatch(/^いいえ/);
  });
});

describe("a section chief's own unit and its other projects (probe 470)", () => {
  it("reads 「政策企画課って他にどんな事業もってる？」 after two of its projects as the rest of the unit's", async () => {
    const a = await thread("ﾘﾉﾍﾞのいばらきって単当どこ？", "政策企画課って他にどんな事業もってる？");
    expect(answered(a)).toEqual(where((p) => ofUnit("政策企画課")(p) && !p.name.includes("リノベ")));
  });

  it("reads そこ before a comma (そこ、他にどんな事業やってる？) as the unit just answered", async () => {
    const a = await thread("マイナンバーカードの普及って担当どこ？", "そこ、他にどんな事業やってる？");
    expect(answered(a)).toEqual(where((p) => ofUnit("市民課")(p) && !p.name.includes("マイナンバーカード")));
  });

  it("reads 他の課 after 「弊課は情報システム課です。」 as every unit but that one", async () => {
    const a = await engine.ask(
      "弊課は情報システム課です。似たようなICT関係の事業をやっている他の課があれば、どの課がどんな事業をしているか教えていただけますか。",
    );
    expect(a.filters.excluded).toEqual(["情報システム課"]);
    expect(answered(a).length).toBeGreaterThan(0);
    for (const p of a.projects) expect(ofUnit("情報システム課")(p)).toBe(false);
  });

  it("keeps 「弊課は市民協働推進課です。所管事業を一覧で」 that unit's list", async () => {
    expect(answered(await engine.ask("弊課は市民協働推進課です。所管事業を一覧でお願いします。"))).toEqual(
      where(ofUnit("市民協働推進課")),
    );
  });

  it("reads うちでやってる after a self-introduction as the asker's unit", async () => {
    const a = await engine.ask("市民協働推進課です。うちでやってるワークショップの事業は？");
    expect(a.filters.departments).toEqual(["市民協働推進課"]);
    expect(answered(a).length).toBeGreaterThan(0);
  });
});

describe("a formal follow-up's thanks, who asks and why are no part of the ask (probe 472)", () => {
  it.each([
    "ご回答ありがとうございます。北支所の井上です。研修資料の年度欄を作成したいので、そのうち令和5年度以降も続く事業はどれかと、その方向性を教えていただけますでしょうか。",
    "重ねて恐れ入ります。北支所の井上です。比較のため確認させてください。そのうち令和5年度以降も続く事業はどれか教えていただけますか。",
    "たびたび申し訳ございません。北支所の井上です。窓口で続けて聞かれましたので確認させてください。そのうち令和5年度以降も続く事業はどれでしょうか。",
  ])("narrows the list in view after 「%s」", async (q) => {
    const a = await thread("施策7-5の事業がいくつあるか教えてください", q);
    expect(answered(a)).toEqual(
      where((p) => p.policy === "7-5" && (["R5", "R6", "R7"] as const).every((y) => listedIn(y)(p))),
    );
  });

  it("asks of the project in view after a reason clause (…伝えしたいので、その事業の目的を…)", async () => {
    const a = await thread(
      "7-2の17番の事業の担当課を教えてください",
      "ありがとうございます。北支所の高橋です。住民の方への説明に使いたいので、その事業の目的を教えていただけますか。",
    );
    expect(answered(a)).toEqual(["7-2#17"]);
  });
});

describe("an average per year or unit is the count by it, averaged (probe 468)", () => {
  it("answers 「平均すると1年度あたり何件完了する？」 with the completions over the plan's years", async () => {
    const done = where((p) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"));
    const a = await engine.ask("平均すると1年度あたり何件完了する？");
    expect(answered(a)).toEqual(done);
    const average = (Math.round((done.length / YEARS.length) * 10) / 10).toFixed(1);
    expect(a.leads).toContain(
      `1年度あたりの平均は${average}件です（${done.length}件÷${YEARS.length}年度）。`,
    );
  });

  it("answers 「1課あたり平均何件の事業を持ってる？」 with the plan's projects over its units", async () => {
    const units = new Set(plan.projects.map((p) => p.department)).size;
    const a = await engine.ask("1課あたり平均何件の事業を持ってる？");
    const n = plan.projects.length;
    expect(a.leads).toContain(
      `1課あたりの平均は${(Math.round((n / units) * 10) / 10).toFixed(1)}件です（${n}件÷${units}課）。`,
    );
    expect(a.missingTerms).toEqual([]);
  });
});

describe("a comparison of the whole plan asked the other way in a thread compares the whole plan again (probe 469)", () => {
  it("answers 「じゃあ一番早く完了するのは？」 after 「完了が一番遅い事業はどれ？」 with the plan's first completion", async () => {
    const first = await engine.ask("一番早く完了する事業は？");
    const a = await thread("完了が一番遅い事業はどれ？", "その担当課は？", "じゃあ一番早く完了するのは？");
    expect(answered(a)).toEqual(answered(first));
    expect(answered(a).length).toBeGreaterThan(0);
  });
});

describe("a subject said with の件 before who asked is kept (probe 470)", () => {
  it("answers 「市民会館跡地の件でまちの人から聞かれた。担当課どこ」 with the site's projects", async () => {
    const a = await engine.ask("市民会館跡地の件でまちの人から聞かれた。担当課どこ");
    expect(answered(a)).toEqual(where((p) => p.name.startsWith("市民会館跡地エリア")));
  });
});

describe("a unit left out with no project of the rest holding every word shows the rest's related ones (probe 470)", () => {
  it("shows the other units' repair projects for 「改修工事の事業って人権・男女共生課以外でやってる？」", async () => {
    const a = await engine.ask("改修工事の事業って人権・男女共生課以外でやってる？");
    expect(a.projects.length).toBeGreaterThan(0);
    for (const p of a.projects) expect(ofUnit("人権・男女共生課")(p)).toBe(false);
    expect(a.projects.some((p) => /改修/.test(`${p.name}${p.content}`))).toBe(true);
  });
});

describe("a finance officer's fragments and booking words (probe 468)", () => {
  it("reads 「令和3年度に一時的に予算を上乗せした事業」 as R3's 臨時拡充", async () => {
    expect(answered(await engine.ask("令和3年度に一時的に予算を上乗せした事業を知りたい"))).toEqual(
      where((p) => p.directions.R3 === "臨時拡充"),
    );
  });

  it("reads 「令和3年度の新規計上事業は何件ですか。」 as R3's new projects", async () => {
    expect(answered(await engine.ask("令和3年度の新規計上事業は何件ですか。"))).toEqual(
      where((p) => ["新規", "新規完了"].includes(p.directions.R3 ?? "")),
    );
  });

  it("reads the fragment 「事業数2番目に多い課」 as 事業数が2番目に多い課", async () => {
    expect(answered(await engine.ask("事業数2番目に多い課"))).toEqual(
      answered(await engine.ask("事業数が2番目に多い課は？")),
    );
    expect(answered(await engine.ask("事業数2番目に多い課")).length).toBeGreaterThan(0);
  });
});
