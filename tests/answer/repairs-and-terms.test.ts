// The eighty-first session's probes (389–402): a value put right in the same message, a claim made of a whole code,
// how far one project goes on, a thread opened with why one asks, the written register's follow-ups, corrections in a
// thread and what the plan's own terms mean. Each table row is a phrasing the rule reads; each rule is one of Japanese,
// not of one question.
import { describe, expect, it } from "vitest";
import { type Answer, countLabel } from "../../src/answer/answer.js";
import { type Project, projectKey, type YearKey } from "../../src/plan/schema.js";
import { answeredKeys, keysOf, planUnderTest, verdictOf } from "../helpers.js";

const { plan, engine, thread, where } = await planUnderTest("2026-11-25T09:00:00+09:00");
const keys = keysOf;
const answered = answeredKeys;
const ends = (year: YearKey) => (p: Project) => /完了/.test(p.directions[year] ?? "");
const named = (name: string) => plan.projects.find((p) => p.name === name) as Project;
/** Whether a project completes (完了 or 新規完了) in some year of the plan. */
const completes = (p: Project) => Object.values(p.directions).some((d) => /完了/.test(d ?? ""));

describe("a value put right in the same message (probe 394's class)", () => {
  it.each([
    ["R5で完了する事業、いやR5じゃなくてR4", where(ends("R4"))],
    ["R5で完了する事業、いやR4", where(ends("R4"))],
    ["R3で縮小、いや違うR4で縮小になる事業", where((p) => p.directions.R4 === "縮小")],
    ["7-2の事業…ごめん7-3の方", where((p) => p.policy === "7-3")],
    ["市民課の事業、間違えた市民課じゃなくて市民協働推進課", where((p) => p.department === "市民協働推進課")],
    [
      "市民協働推進課のR5継続、いや、R5じゃなくてR6",
      where((p) => p.department === "市民協働推進課" && p.directions.R6 === "継続"),
    ],
  ])("answers %s with the value meant alone", async (q, expected) => {
    const a = await engine.ask(q);
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(expected);
  });

  it("keeps both values when nothing takes one back (R4とR5で完了する事業)", async () => {
    const a = await engine.ask("R4とR5で完了する事業");
    expect(answered(a)).toEqual(where((p) => ends("R4")(p) || ends("R5")(p)));
  });
});

describe("a department claimed of a whole code, or a code of a whole department (probe 382's class)", () => {
  it("says いいえ of 7-7の事業は全部政策企画課？, naming the ones that are not", async () => {
    const a = await engine.ask("7-7の事業は全部政策企画課？");
    const others = plan.projects.filter((p) => p.policy === "7-7" && p.department !== "政策企画課");
    expect(verdictOf(a)).toMatch(/^いいえ。当てはまるのは4件のうち2件です/);
    for (const p of others) expect(verdictOf(a)).toContain(p.name);
  });

  it("says はい when every one of the code is the department's (7-3の事業は全部人事課？)", async () => {
    const a = await engine.ask("7-3の事業は全部人事課？");
    expect(verdictOf(a)).toBe("はい。2件すべてが当てはまります。");
  });

  it("checks the department's projects against the code said after 全部 (市民課の事業は全部7-2？)", async () => {
    const a = await engine.ask("市民課の事業は全部7-2？");
    expect(verdictOf(a)).toBe("はい。2件すべてが当てはまります。");
  });
});

describe("how far one project goes on, asked with まで継続 (probe 382's class)", () => {
  it.each([
    ["コーチング研修はR7まで継続ですか"],
    ["組織力強化に向けたコーチング研修の実施は令和7年度まで継続で合っていますか？"],
  ])("says はい of %s, a project 継続 to that year, with its directions", async (q) => {
    const a = await engine.ask(q);
    expect(verdictOf(a)).toMatch(
      /^はい。組織力強化に向けたコーチング研修の実施は令和7年度まで続く計画です（R3 新規/,
    );
  });

  it("says いいえ of a project the plan stops listing before that year, with how far it is listed", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進はR7まで継続ですか");
    expect(verdictOf(a)).toBe(
      "いいえ。マイナンバーカードの普及促進は令和7年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
  });

  it("says a 縮小 project is listed that year with its direction, no はい", async () => {
    const a = await engine.ask("映画「葬式の名人」活用プロモーション事業は令和7年度まで継続ですか");
    expect(verdictOf(a)).toBeUndefined();
    expect(a.notes[0]).toMatch(
      /^映画「葬式の名人」活用プロモーション事業は令和7年度も計画に載っていますが、方向性は縮小です/,
    );
  });

  it("reads a project 完了 that year as ending then, no はい", async () => {
    const a = await engine.ask("人事給与制度の見直しはR4まで継続ですか");
    expect(verdictOf(a)).toBeUndefined();
    expect(a.notes[0]).toMatch(/^人事給与制度の見直しは令和4年度に完了する計画です/);
  });
});

describe("a thread opened with why one asks (probe 390's class)", () => {
  it.each([
    ["市長に説明するので、担当課ごとの事業数を教えてください", "一番多い課は？"],
    ["明日のレクで使うので、担当課ごとの事業数を教えてください", "一番多いのは？"],
    ["レク用に、担当課ごとの事業数を教えてください", "一番多い課は？"],
  ])("goes on from %s's ask alone: %s names the department with the most", async (first, next) => {
    const a = await thread(first, next);
    expect(a.notes[0]).toBe("最も多いのは人権・男女共生課（8件）です。");
    expect(a.searchedWords).toEqual([]);
  });

  it("keeps a context that is the subject (Wi-Fiについて、担当課ごとの件数を教えて → 一番多い課は？)", async () => {
    const a = await thread("Wi-Fiについて、担当課ごとの件数を教えて", "一番多い課は？");
    const wifi = (await engine.ask("Wi-Fiの事業")).projects;
    expect(a.answered).toBeGreaterThan(0);
    for (const p of a.projects.slice(0, a.answered)) expect(wifi).toContain(p);
  });
});

describe("the written register's follow-ups (probe 397's class)", () => {
  it("reads 令和7年度につきましてはいかがでしょうか of the project asked before", async () => {
    const a = await thread(
      "ふるさと寄附金推進事業の令和6年度の方向性は",
      "恐れ入ります、令和7年度につきましてはいかがでしょうか",
    );
    expect(a.notes[0]).toMatch(/^ふるさと寄附金推進事業は令和7年度の計画に記載がありません/);
    expect(a.notes.join("")).toContain("「ふるさと寄附金推進事業の令和7年度の方向性は」と読みました");
  });

  it("reads DX推進チームの所管事業ではいかがでしょうか as the question before of that unit", async () => {
    const a = await thread(
      "情報システム課の事業",
      "そのうち令和4年度に完了",
      "では、DX推進チームの所管事業ではいかがでしょうか",
    );
    expect(answered(a)).toEqual(where((p) => p.department === "DX推進チーム" && ends("R4")(p)));
    expect(a.notes.join("")).toContain("DX推進チーム");
  });
});

describe("a correction in a thread (probes 389, 394)", () => {
  it("reads ごめん、拡充の間違い as the question before with that direction", async () => {
    const a = await thread("ICTの事業でR3に新規のもの", "ごめん、拡充の間違い");
    expect(a.notes.join("")).toContain("「ICTの事業でR3に拡充のもの」と読みました");
  });

  it("reads ごめん、市民協働推進課のほう as the narrowing before of that unit", async () => {
    const a = await thread("Wi-Fiの事業", "そのうち人権・男女共生課のは？", "ごめん、市民協働推進課のほう");
    expect(answered(a)).toEqual([projectKey(named("コミュニティセンター管理運営事業"))]);
  });
});

describe("what the plan's own terms mean (probes 391, 400)", () => {
  it.each([
    ["施策ってどういう単位？いくつあるの？", /^『施策』は.*施策7-1〜7-7の7つ/],
    ["取組って何？", /^『取組』は.*この章には23の取組/],
    ["事業ってなに", /^『事業』は.*44件の事業/],
    ["方向性ってなに", /^『方向性』は.*新規・継続・拡充・臨時拡充・縮小・完了・新規完了/],
    ["担当かってなんですか", /^『担当課』は/],
    ["「No.」って何の番号？", /^『No\.』は/],
    ["ほかって何？", /^『ほか』/],
    [
      "すみません、今週から入った者です。R3とかR4とか書いてあるのは何のことでしょうか。",
      /^R3〜R7は令和3〜7年度（2021〜2025年度）/,
    ],
    ["事業と取組ってどうちがう", /^『事業』は.*『取組』は/],
  ])("answers %s with the term's meaning and no projects", async (q, meaning) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toMatch(meaning);
    expect(a.projects).toEqual([]);
  });

  it.each([["施策7-2って何？"], ["R3って何年？"], ["新規完了ってどういう意味？"]])(
    "leaves %s to what it names (a code, a year, a direction)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes[0] ?? "").not.toMatch(/^(?:『施策』|R3〜R7は|『方向性』)/);
    },
  );

  it("reads 担当課は何？ in a thread as the department of the project in view, not the term", async () => {
    const a = await thread("マイナンバーカードの普及促進", "担当課は何？");
    expect(a.notes.join("")).toContain("市民課");
    expect(a.notes.join("")).not.toContain("『担当課』は");
  });
});

describe("everyday forms of rankings, starts, columns and shapes (probes 390, 397, 398, 400)", () => {
  const countOf = (unitOf: (p: Project) => string) => {
    const counts = new Map<string, number>();
    for (const p of plan.projects) counts.set(unitOf(p), (counts.get(unitOf(p)) ?? 0) + 1);
    return counts;
  };

  it("reads 事業が少ない課を3つ教えて as the three departments with the fewest, ties kept", async () => {
    const counts = countOf((p) => p.department);
    const third = [...counts.values()].sort((a, b) => a - b)[2] as number;
    const a = await engine.ask("事業が少ない課を3つ教えて");
    expect(answered(a)).toEqual(where((p) => (counts.get(p.department) ?? 0) <= third));
    expect(a.notes[0]).toMatch(/^事業数の少ない3課/);
  });

  it("reads 事業が多い課を3つ教えて as the top three", async () => {
    const a = await engine.ask("事業が多い課を3つ教えて");
    expect(a.notes[0]).toBe(
      "事業数の多い3課は、人権・男女共生課（8件）、財産活用課（7件）、市民協働推進課（6件）です。",
    );
  });

  it("narrows the top three's projects in a thread, 上位 no word to search", async () => {
    const a = await thread("事業が多い課の上位3つ", "そのうち完了するのは？");
    const top = ["人権・男女共生課", "財産活用課", "市民協働推進課"];
    expect(answered(a)).toEqual(where((p) => top.includes(p.department) && completes(p)));
    expect(a.searchedWords).toEqual([]);
  });

  it.each([
    ["令和3年度に「新規」で開始し、令和4年度に「完了」となる事業は何件ありますか"],
    ["令和3年度に新規でスタートして令和4年度に完了する事業"],
  ])("reads %s's start verb as the direction said again, no word to search", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where((p) => p.directions.R3 === "新規" && p.directions.R4 === "完了"));
    expect(a.searchedWords).toEqual([]);
  });

  it.each([["予算をちょっとずつ減らしていく事業ってある？"], ["予算を少しずつ減らしていく事業"]])(
    "reads %s as 縮小, the pace no word of the verb's",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(where((p) => Object.values(p.directions).includes("縮小")));
    },
  );

  it.each([
    [["R3に新規でもう終わった事業"]],
    [["R3ではじまった事業でもうおわったの"]],
    [["R3ではじまった事業", "そのうちもうおわったの"]],
  ])("reads %j as started that year and ended since, that year or later", async (messages) => {
    const a = await thread(...messages);
    const started = (p: Project) => /新規/.test(p.directions.R3 ?? "");
    expect(answered(a)).toEqual(where((p) => started(p) && completes(p)));
  });

  it("reads 一時的に予算を増やしてる事業ってたとえばどれ？ as 臨時拡充, たとえば asking which", async () => {
    const a = await engine.ask("一時的に予算を増やしてる事業ってたとえばどれ？");
    expect(answered(a)).toEqual(where((p) => Object.values(p.directions).includes("臨時拡充")));
  });

  it("reads 内容欄に「Wi-Fi」 as the content's text, 欄 no word to search", async () => {
    const a = await engine.ask("内容欄に「Wi-Fi」との記載がある事業を一覧で");
    expect(answered(a)).toEqual(where((p) => p.content.includes("Wi-Fi")));
  });

  it("reads 担当の部署がDX推進チーム as the unit in charge", async () => {
    const a = await engine.ask("担当の部署がDX推進チームになってる事業って何がある？");
    expect(answered(a)).toEqual(where((p) => p.department === "DX推進チーム"));
  });

  it.each([
    [
      ["R4に完了する事業を施策ごとに件数で", "7-2のだけ名前で"],
      (p: Project) => p.policy === "7-2" && ends("R4")(p),
    ],
    [
      ["明日のレク用に、政策企画課の事業を一覧で", "7-7のほうだけ名前で"],
      (p: Project) => p.policy === "7-7" && p.department === "政策企画課",
    ],
    [["完了する事業の件数を年度ごとに", "R4の分を課ごとに"], ends("R4")],
    [["政策企画課の事業を一覧で", "施策ごとに分けて"], (p: Project) => p.department === "政策企画課"],
  ] as const)("keeps the list before for %j", async (messages, holds) => {
    const a = await thread(...messages);
    expect(answered(a)).toEqual(where(holds));
    expect(a.searchedWords).toEqual([]);
  });

  it("reads もっと短く、事業名だけ as the list before, shorter", async () => {
    const a = await thread("施策7-5の概要を教えて", "もっと短く、事業名だけ");
    expect(answered(a)).toEqual(where((p) => p.policy === "7-5"));
  });
});

describe("an order asked for the list (probe 398's class)", () => {
  /** The index of the year a project ends in: its 完了, else its last listed year. */
  const endOf = (p: Project) => {
    const years = Object.keys(p.directions) as YearKey[];
    const ended = years.find((y) => /完了/.test(p.directions[y] ?? ""));
    return Number((ended ?? years.at(-1) ?? "R99").slice(1));
  };
  const inOrder = (a: Answer) => a.projects.slice(0, a.answered);

  it.each([
    ["完了する事業を完了年度の早い順に並べてください", false],
    ["情報システム課の事業を終わるのが早い順に並べて", false],
    ["情報システム課の事業を終わるのが遅い順に並べて", true],
    ["R3に新規の事業を終わる順に", false],
  ] as const)("answers %s in the order of the year each ends, said in a note", async (q, latest) => {
    const a = await engine.ask(q);
    const ends = inOrder(a).map(endOf);
    expect(a.answered).toBeGreaterThan(1);
    expect(ends).toEqual([...ends].sort((x, y) => (latest ? y - x : x - y)));
    expect(a.notes).toContain(
      `完了（または計画への記載が終わる）年度の${latest ? "遅い" : "早い"}順に並べています。`,
    );
    expect(a.searchedWords).toEqual([]);
  });

  it("answers the same set as the list asked without the order", async () => {
    const sorted = await engine.ask("情報システム課の事業を終わるのが早い順に並べて");
    const plain = await engine.ask("情報システム課の事業");
    expect(answered(sorted)).toEqual(answered(plain));
  });

  it("orders the list in view when the order is asked alone (最終年度が早い順に)", async () => {
    const a = await thread("まち魅力発信課の事業", "最終年度が早い順に");
    expect(answered(a)).toEqual(where((p) => p.department === "まち魅力発信課"));
    const ends = inOrder(a).map(endOf);
    expect(ends).toEqual([...ends].sort((x, y) => x - y));
    expect(a.notes).toContain("完了（または計画への記載が終わる）年度の早い順に並べています。");
  });

  it("keeps the plan's order when no order is asked", async () => {
    const a = await engine.ask("完了する事業");
    expect(a.notes.some((n) => n.endsWith("順に並べています。"))).toBe(false);
  });
});

describe("checks carried on in a thread (probe 402's class)", () => {
  it("reads じゃあ完了するのは？ after 7-4で縮小の事業ってないよね？ as 7-4's that complete", async () => {
    const a = await thread("7-4で縮小の事業ってないよね？", "じゃあ完了するのは？");
    expect(answered(a)).toEqual(where((p) => p.policy === "7-4" && completes(p)));
    expect(a.notes.join("")).not.toContain("『完了』");
  });

  it("counts again of another year, not the project before: じゃあR5の新規完了も1件？", async () => {
    const a = await thread("2021年度に新規完了の事業は1件だけ？", "じゃあR5の新規完了も1件？");
    expect(answered(a)).toEqual(where((p) => p.directions.R5 === "新規完了"));
    expect(verdictOf(a)).toMatch(/^はい。/);
  });

  it("keeps an occasion that names the asker's unit: うちの課 next is that unit", async () => {
    const a = await thread(
      "人権・男女共生課の者ですが、R3に新規の事業を教えてください",
      "そのうちうちの課のは？",
    );
    expect(answered(a)).toEqual(
      where((p) => p.department === "人権・男女共生課" && /新規/.test(p.directions.R3 ?? "")),
    );
  });
});

describe("a passage of the plan pasted unquoted (probe 393's class)", () => {
  const holding = (text: string) =>
    where((p) => `${p.purpose}${p.content}`.replace(/\s/g, "").includes(text));

  it("reads the years a pasted passage says as the plan's, not the asker's conditions", async () => {
    const a = await engine.ask(
      "構造体耐久性調査を実施する。 令和3年度は新たに劣化度Ⅲ建物の　追加調査 ←これどの事業？",
    );
    expect(keys(a.projects.slice(0, 1))).toEqual(holding("構造体耐久性調査を実施する"));
    expect(a.filters.years).toEqual([]);
    expect(a.filters.directions).toEqual([]);
  });

  it("reads a pasted sentence's 。 as the passage's, the ask after it of that passage", async () => {
    const a = await engine.ask(
      "外国人住民や外国にルーツを持つ人が集える、オンラインを活用した交流の場や日本語教室を実施する。の事業って何課？",
    );
    expect(a.notes[0]).toBe("担当課: 人権・男女共生課（多文化共生の地域づくり推進）");
  });

  it("leaves a project's name typed as it is (no passage of the plan's text)", async () => {
    const { withPastedPassagesQuoted } = await import("../../src/answer/understand/quotations.js");
    const q = "おくやみ関連手続きワンストップコーナーの設置の担当は？";
    expect(withPastedPassagesQuoted(q, engine.catalog)).toBe(q);
  });
});

describe("a breakdown and a count of each unit, said in everyday words (probe 399's class)", () => {
  it("reads 内訳は？ after a list as that list counted by policy", async () => {
    const a = await thread("答弁の根拠として、令和4年度に完了する事業を教えてください。", "内訳は？");
    expect(answered(a)).toEqual(where(ends("R4")));
    expect(a.notes.some((n) => n.startsWith("施策ごとの事業数"))).toBe(true);
  });

  it("reads 各施策に事業がいくつあるか as the count by policy, its occasion no word to search", async () => {
    const a = await engine.ask(
      "市長レクの資料を作っていて、施策ごとの事業数を並べたいです。各施策に事業がいくつあるか教えてください。",
    );
    expect(a.answered).toBe(plan.projects.length);
    expect(a.notes.some((n) => n.startsWith("施策ごとの事業数（7施策）"))).toBe(true);
  });
});

describe("more ways of putting a value right, and checks of a whole unit (probes 403–409)", () => {
  it.each([
    ["人事課の事業、じゃなくて市民課の事業おしえて", where((p) => p.department === "市民課")],
    ["政策企画課の事業 いや、まち魅力発信課だった", where((p) => p.department === "まち魅力発信課")],
    ["最終年度がR7の事業、いや、最終年度がR6の事業", where((p) => Object.keys(p.directions).at(-1) === "R6")],
  ])("answers %s with the value meant alone", async (q, expected) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(expected);
  });

  it.each([
    ["7-2の9番 あ、ごめん10番", "7-2#10"],
    ["7-6の2番…じゃなくて3番の担当課は？", "7-6#3"],
  ])("reads %s as the number meant", async (q, key) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual([key]);
  });

  it("searches the subject meant after 違う, not the one taken back", async () => {
    const a = await engine.ask(
      "DVの被害者支援の事業ってある？あ、違う、セクシュアルマイノリティの相談の方だった",
    );
    expect(a.searchedWords).toEqual(["セクシュアルマイノリティ", "相談"]);
  });

  it("counts the policies asked with 何個", async () => {
    const a = await engine.ask("施策って何個あるの？");
    expect(a.notes[0]).toMatch(/^この章の施策は7件です/);
  });

  it("reads 同チーム as the team just named, its projects 該当", async () => {
    const a = await engine.ask(
      "監査において、DX推進チームが所管する事業の確認を求められております。同チームの所管事業をご教示いただけますでしょうか。",
    );
    expect(answered(a)).toEqual(where((p) => p.department === "DX推進チーム"));
    expect(countLabel(a)).toBe("該当 2件");
  });

  it("reads 下から3つ as the three fewest", async () => {
    const a = await engine.ask("事業が少ない課を下から3つ教えてください");
    expect(a.notes[0]).toMatch(/^事業数の少ない3課/);
  });

  it("says いいえ of いずれもR7まで？ when one of the unit's is listed only to R5", async () => {
    const a = await engine.ask("政策企画課の事業はいずれもR7まで？");
    expect(verdictOf(a)).toMatch(/^いいえ。当てはまるのは3件のうち2件です/);
  });

  it("says いいえ of 全部もう終わった？ when only some have completed", async () => {
    const a = await engine.ask("Wi-Fiの事業って全部もう終わった？");
    expect(verdictOf(a)).toMatch(/^いいえ。当てはまるのは5件のうち1件です/);
  });

  it("reads これ何きけるの as a question about the bot", async () => {
    const a = await engine.ask("これ何きけるの");
    expect(a.intent).toBe("usage");
  });
});
