// The ninetieth session's probes (494–500): a project's course said from a year on (R3新規で、あとはずっと継続), a
// relation to a project named in the same message (…と同じ取組のほかの事業), how long a direction lasts, a list's parts
// dropped or kept (…を外すと？, …だけだと？), asks set out as bullets, and the short follow-ups staff type (目的も付けて,
// もう一回, 本当に？, もっとある？). Each table row is a phrasing the rule reads; each rule is one of Japanese, not of
// one question.
import { describe, expect, it } from "vitest";
import { eitherSubject } from "../../src/answer/follow-up.js";
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

const { plan, thread, where } = await planUnderTest("2026-12-07T09:00:00+09:00");
const notes = (a: { notes: readonly string[] }) => a.notes.join("\n");
const named = (name: string) => {
  const found = plan.projects.find((p) => p.name.includes(name));
  if (!found) throw new Error(`no project named ${name}`);
  return found;
};
const YEARS = ["R3", "R4", "R5", "R6", "R7"] as const;

describe("what follows one year said: every listed year after it", () => {
  const laterAll = (p: Project, after: YearKey, ...directions: string[]) => {
    const later = YEARS.filter((y) => Number(y.slice(1)) > Number(after.slice(1))).flatMap(
      (y) => p.directions[y] ?? [],
    );
    return later.length > 0 && later.every((d) => directions.includes(d));
  };
  it.each([
    ["R3新規で、あとはずっと継続の事業は？", "R3", ["新規", "新規完了"], "継続"],
    ["R3が新規で、その後ずっと継続の事業", "R3", ["新規", "新規完了"], "継続"],
    ["R3新規でそれ以降はずっと継続のもの", "R3", ["新規", "新規完了"], "継続"],
    ["R4が拡充で、あとはずっと継続の事業", "R4", ["拡充", "臨時拡充"], "継続"],
  ] as const)("reads %s as %s's direction, then each later listed year's", async (q, year, first, rest) => {
    const expected = where((p) => hasIn(year, ...first)(p) && laterAll(p, year, rest));
    expect(expected.length).toBeGreaterThan(0);
    const a = await thread(q);
    expect(answeredKeys(a)).toEqual(expected);
    expect(a.notes.join("\n")).toContain("より後の年度はすべて継続");
  });

  it("keeps a project whose later years stop being listed (R3 新規 → R4 継続 → R5 継続, no R6)", async () => {
    const stops = where(
      (p) => hasIn("R3", "新規")(p) && p.directions.R7 === undefined && laterAll(p, "R3", "継続"),
    );
    expect(stops.length).toBeGreaterThan(0);
    expect(answeredKeys(await thread("R3新規で、あとはずっと継続の事業は？"))).toEqual(
      expect.arrayContaining(stops),
    );
  });
});

describe("a relation to a project named in the same message (probe 499)", () => {
  it("reads 「Xと同じ取組のほかの事業」 as X's initiative's other projects", async () => {
    const x = named("施設予約システム");
    const a = await thread("施設予約システムと同じ取組のほかの事業");
    expect(answeredKeys(a)).toEqual(where((p) => p.initiative === x.initiative && p !== x));
    expect(notes(a)).toContain("と比べて示します");
  });

  it("reads 「Xと同じ年に完了する他の事業」 as the others completing in X's year of 完了", async () => {
    const x = named("人事給与制度の見直し");
    expect(x.directions.R4).toBe("完了");
    const a = await thread("人事給与制度の見直しと同じ年に完了する他の事業");
    expect(answeredKeys(a)).toEqual(where((p) => endsIn("R4")(p) && p !== x));
  });

  it("counts 「Xと同じ担当課の事業は全部で何件？」 of X's department", async () => {
    const x = named("セクシュアルマイノリティ");
    const a = await thread("セクシュアルマイノリティ啓発・相談事業と同じ担当課の事業は全部で何件？");
    const expected = where((p) => p.department === x.department);
    expect(expected.length).toBeGreaterThan(1);
    expect(answeredKeys(a)).toEqual(expected);
  });

  it.each([
    ["マイナンバーカードの事業と似た事業ある？", "マイナンバーカードの普及促進"],
    [
      "お疲れ様です。貸室利用者向けWi-Fi環境整備事業と似たような取組をしている事業が他にあれば教えていただけますでしょうか。",
      "貸室利用者向けWi-Fi環境整備事業",
    ],
  ])("reads %s as projects like the one it names first, that one left out", async (q, name) => {
    const x = named(name);
    const a = await thread(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.projects.slice(0, a.answered)).not.toContain(x);
    expect(notes(a)).toContain(`「${x.name}」に近い事業`);
  });

  it("says いいえ when X's initiative holds nothing else (「Xと同じ取組の他の事業ってある？」)", async () => {
    const x = named("人事給与制度の見直し");
    expect(where((p) => p.initiative === x.initiative)).toHaveLength(1);
    const a = await thread("人事給与制度の見直しと同じ取組の他の事業ってある？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
    expect(a.answered).toBe(0);
  });
});

describe("how many years a direction lasts (probe 495)", () => {
  it.each([
    ["公共施設空調・照明設備改修事業は何年間拡充する？", "空調", "拡充", ["拡充", "臨時拡充"]],
    ["施設予約システムの事業って臨時拡充は何年間？", "施設予約システム", "臨時拡充", ["臨時拡充"]],
  ] as const)("answers %s with that direction's years counted", async (q, name, said, directions) => {
    const x = named(name);
    const years = YEARS.filter((y) => directions.includes((x.directions[y] ?? "") as never));
    expect(years.length).toBeGreaterThan(0);
    const a = await thread(q);
    expect(notes(a)).toContain(`${x.name}が${said}なのは${years.length}年度です`);
  });

  it.each([
    ["最後の年は？", "令和4年度まで計画に載っています"],
    ["全部で何年？", "2年度です"],
  ])("answers %s of the project in view, its listing read", async (q, said) => {
    const x = named("マイナンバーカードの普及促進");
    expect(YEARS.filter((y) => listedIn(y)(x))).toEqual(["R3", "R4"]);
    expect(notes(await thread("マイナンバーカードの普及促進", q))).toContain(said);
  });

  it("keeps 「R5が最後の年になってる事業」 a list of the projects whose listing ends in R5", async () => {
    const lastListed = (p: Project) => YEARS.filter((y) => listedIn(y)(p)).at(-1);
    expect(answeredKeys(await thread("R5が最後の年になってる事業"))).toEqual(
      where((p) => lastListed(p) === "R5"),
    );
  });
});

describe("since when a project runs (probe 495)", () => {
  it.each([
    [
      "市民会館跡地エリア周辺整備事業",
      "令和3年度から計画に載っています（R3 新規）。新規の記載は令和3年度・令和4年度です",
    ],
    [
      "市民会館跡地エリア整備事業（ハード）",
      "令和3年度から計画に載っています（R3 臨時拡充）。新規の記載は令和5年度です",
    ],
  ])("answers いつから？ of %s from its first listed year, its 新規 after", async (name, said) => {
    expect(notes(await thread(name, "いつから？"))).toContain(said);
  });
});

describe("projects asked by how their listing stops", () => {
  it.each(["途中で止まる事業ってどれ？", "途中でなくなるのは？"])(
    "reads %s as those not listed in the plan's last year",
    async (q) => {
      expect(answeredKeys(await thread(q))).toEqual(where((p) => !listedIn("R7")(p)));
    },
  );
});

describe("a list's parts dropped or kept (probe 496)", () => {
  it.each([
    ["情報システム課とDX推進チームの事業を全部", "DX推進チームを外すと？", "情報システム課"],
    ["市民課と市民生活相談課の事業", "市民生活相談課を除いて", "市民課"],
  ])("after %s, reads %s as the other unit's", async (first, q, kept) => {
    expect(answeredKeys(await thread(first, q))).toEqual(where((p) => p.department === kept));
  });

  it("reads 「7-4だけだと？」 after two policies' completions as 7-4's completions", async () => {
    const done = (p: Project) => YEARS.some((y) => endsIn(y)(p));
    const a = await thread("7-2と7-4で完了するもの", "7-4だけだと？");
    expect(answeredKeys(a)).toEqual(where((p) => p.policy === "7-4" && done(p)));
    expect(notes(a)).toContain("「7-4で完了するもの」と読みました");
  });

  it("keeps the year and direction when one of two units is kept (市民協働推進課だけだと？)", async () => {
    const a = await thread("市民協働推進課と人事課でR4に完了するもの", "市民協働推進課だけだと？");
    expect(answeredKeys(a)).toEqual(where((p) => ofUnit("市民協働推進課")(p) && endsIn("R4")(p)));
    expect(notes(a)).toContain("「市民協働推進課でR4に完了するもの」と読みました");
  });
});

describe("either of two subjects (probe 496)", () => {
  it.each([
    [
      "マイナンバーかオンラインに関係する事業ある？",
      ["マイナンバーに関係する事業ある？", "オンラインに関係する事業ある？"],
    ],
    ["ICTまたはDXの事業", ["ICTの事業", "DXの事業"]],
  ])("reads %s as each side alone", (q, sides) => {
    expect(eitherSubject(q)).toEqual(sides);
  });

  it.each([
    "何か新しい事業ある？",
    "いつか終わる事業",
    "マイナンバーカードの担当課は？",
    "Wi-FiとかICTを使った事業",
    "愛センターかローズWAMを除いたWi-Fiの事業",
  ])("reads no two subjects in %s", (q) => {
    expect(eitherSubject(q)).toBeNull();
  });

  it("answers the projects of either side, each side's own first", async () => {
    const a = await thread("マイナンバーかオンラインに関係する事業ある？");
    const held = a.projects.slice(0, a.answered);
    expect(held).toContain(named("マイナンバーカードの普及促進"));
    expect(held).toContain(named("行政手続のオンライン化"));
    expect(notes(a)).toContain("どちらかに当てはまる事業として");
  });
});

describe("two units compared by their counts, typed with no particle (probe 497)", () => {
  it("says which of two units has more for 「…、事業多いのどっち？」", async () => {
    const [it4, dx] = [where(ofUnit("情報システム課")).length, where(ofUnit("DX推進チーム")).length];
    expect(it4).toBeGreaterThan(dx);
    const a = await thread("情報システム課とDX推進チーム、事業多いのどっち？");
    expect(notes(a)).toContain(
      `情報システム課のほうが多いです（DX推進チーム ${dx}件、情報システム課 ${it4}件）`,
    );
  });
});

describe("asks set out as bullets (probe 500)", () => {
  it("answers each bullet in its place, a field after a list of that list", async () => {
    const a = await thread("・7-3の事業一覧 ・そのうちR5に拡充のもの ・担当課");
    expect(notes(a)).toContain("1.「7-3の事業一覧」: 2件");
    expect(notes(a)).toMatch(/3\.「担当課」: 担当課: 人事課/);
  });

  it("reads an item that names only a year (・R7まで続くもの) as an ask of its own", async () => {
    const a = await thread(
      "財産活用課の件で以下お願いします\n・事業の一覧\n・R3に新規のもの\n・R7まで続くもの",
    );
    const r7 = where((p) => ofUnit("財産活用課")(p) && listedIn("R7")(p)).length;
    expect(notes(a)).toContain(`3.「R7まで続くもの」: ${r7}件`);
  });

  it("keeps bullets set out as one ask's conditions (次の条件で絞ってほしいです) one ask", async () => {
    const a = await thread("次の条件で絞ってほしいです\n・R3 が新規\n・担当は市民協働推進課");
    expect(answeredKeys(a)).toEqual(
      where((p) => ofUnit("市民協働推進課")(p) && hasIn("R3", "新規", "新規完了")(p)),
    );
  });
});

describe("short follow-ups as staff type them (probes 494, 498, 500)", () => {
  it.each([
    ["Wi-Fiの事業", "目的も付けて"],
    ["Wi-Fiの事業", "内容も載せてください"],
    ["R4で完了する事業", "担当課だけもう一回"],
    ["R4で完了する事業", "担当課をもう一度お願いします"],
    ["R4で完了する事業", "やっぱり短く"],
    ["R4で完了する事業", "コードだけ"],
  ])("after %s, reads %s of the same list", async (first, q) => {
    const before = answeredKeys(await thread(first));
    expect(before.length).toBeGreaterThan(1);
    expect(answeredKeys(await thread(first, q))).toEqual(before);
  });

  it("shows a list a line a project when only its codes are asked (コードだけ)", async () => {
    const a = await thread("R4で完了する事業", "コードだけ");
    expect(a.shape).toBe("lines");
  });

  it("lists what a count counted when asked 「じゃあ一覧で」", async () => {
    const a = await thread("R3に新規の事業は何件？件数だけ", "じゃあ一覧で");
    expect(answeredKeys(a)).toEqual(where(hasIn("R3", "新規", "新規完了")));
  });

  it("picks a list's first three by 「最初の3つ」, nothing after it", async () => {
    const list = await thread("R4で完了する事業");
    const a = await thread("R4で完了する事業", "最初の3つ");
    expect(answeredKeys(a)).toEqual(keysOf(list.projects.slice(0, 3)));
  });

  it("answers 「もっとある？」 as what the list left out", async () => {
    const a = await thread("Wi-Fiの事業", "もっとある？");
    expect(notes(a)).toMatch(/前の回答の事業（\d+件）のほかに、当てはまる事業はありません/);
  });

  it("asks the question before again on 「本当に？」, its verdict kept", async () => {
    const a = await thread("ふるさと納税の担当って市民課だっけ？", "本当に？");
    expect(verdictOf(a)).toMatch(/^いいえ。.*まち魅力発信課/);
    expect(notes(a)).toContain("を、計画でもう一度確かめました");
  });

  it("asks what follows 「本当に？」 in the thread (本当に？市民課じゃないの？)", async () => {
    const a = await thread("ふるさと寄附金推進事業の担当課は？", "本当に？市民課じゃないの？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
  });
});
