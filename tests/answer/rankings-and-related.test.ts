// The eightieth session's probes (375–381): a place in a ranking, a narrowing of what was shown as related, a code or
// 臨時 left out, conditions carried to another unit, a field's text asked for, and every year of one direction. Each
// table row is a phrasing the rule reads; each rule is one of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Project, projectKey } from "../../src/plan/schema.js";
import { askInThread, TEST_CACHE_DIR, verdictOf } from "../helpers.js";

const plan = loadPlan();
const engine = createEngine(plan, {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const keys = (ps: readonly Project[]) => ps.map(projectKey).sort();
const answered = (a: Answer) => keys(a.projects.slice(0, a.answered));
const shown = (a: Answer) => keys(a.projects);
const thread = (...messages: string[]) => askInThread(engine, ...messages);
const where = (holds: (p: Project) => boolean) => keys(plan.projects.filter(holds));

/** The units (departments, policies) by their projects' count, most first: [unit, count][]. */
const ranked = (unitOf: (p: Project) => string) => {
  const counts = new Map<string, number>();
  for (const p of plan.projects) counts.set(unitOf(p), (counts.get(unitOf(p)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};

describe("a place after the first in a ranking of counts (probe 371's class)", () => {
  it.each([
    ["事業が2番目に多い課は？", 2],
    ["2番目に事業が多い課はどこ？", 2],
    ["事業数が3番目に多い課", 3],
    ["二番目に多い担当課は？", 2],
  ] as const)("answers %s with the department at that place and its projects", async (q, place) => {
    const counts = ranked((p) => p.department);
    const n = counts[place - 1]?.[1] as number;
    const at = counts.filter(([, c]) => c === n).map(([d]) => d);
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where((p) => at.includes(p.department)));
    expect(a.notes[0]).toBe(
      `${place}番目に多いのは${at.join("、")}（${at.length > 1 ? "各" : ""}${n}件）です。`,
    );
  });

  it("answers the fewest's second place among the policies, those tied with it too", async () => {
    const counts = ranked((p) => p.policy).reverse();
    const n = counts[1]?.[1] as number;
    const a = await engine.ask("2番目に事業が少ない施策は？");
    expect(answered(a)).toEqual(where((p) => counts.some(([c, k]) => k === n && c === p.policy)));
    expect(a.notes[0]).toMatch(/^2番目に少ないのは施策/);
  });

  it("reads 2番目に多い課 as a question of its own, not of the list in view", async () => {
    const a = await thread("マイナンバーカードの担当課は？", "事業が2番目に多い課は？");
    const [second] = ranked((p) => p.department)[1] ?? [];
    expect(answered(a)).toEqual(where((p) => p.department === second));
    expect(a.notes.join("")).not.toContain("前の質問がないため");
  });

  it("still picks the second of a list by its place: 2番目は？", async () => {
    const a = await thread("施策7-4の事業", "2番目は？");
    expect(answered(a)).toEqual(["7-4#2"]);
  });
});

describe("a narrowing of a search answer keeps what was shown as related (probes 377, 379, 380)", () => {
  it.each([
    ["役所に行かなくても手続きできるようにする事業", "そのうち情報システム課のは？", "情報システム課"],
    ["空き家を活用する事業", "そのうち財産活用課のは？", "財産活用課"],
  ])("after %s, %s answers the related card of that unit on screen", async (first, narrowing, unit) => {
    const before = await engine.ask(first);
    const related = before.projects.slice(before.answered).filter((p) => p.department === unit);
    expect(related.length).toBeGreaterThan(0);
    const a = await thread(first, narrowing);
    for (const p of related) expect(shown(a)).toContain(projectKey(p));
  });

  it("answers a year's direction among the related ones when none answered meets it", async () => {
    const first = "建物の修理の事業";
    const before = await engine.ask(first);
    const meeting = before.projects
      .slice(before.answered)
      .filter((p) => p.directions.R3 === "臨時拡充")
      .map(projectKey);
    expect(meeting.length).toBeGreaterThan(0);
    const a = await thread(first, "そのうちR3に臨時拡充のは？");
    expect(answered(a)).toEqual(meeting.sort());
  });

  it("goes on from those related ones by name: それ after them is that project", async () => {
    const a = await thread(
      "役所に行かなくても手続きできるようにする事業",
      "そのうち情報システム課のは？",
      "それR7まである？",
    );
    const [only] = a.projects.slice(0, a.answered);
    expect(only?.department).toBe("情報システム課");
    expect(verdictOf(a)).toMatch(/^はい。/);
  });

  it("keeps the ones answered first, the related ones meeting it after them, still related", async () => {
    const first = "地域でワークショップをやる事業";
    const before = await engine.ask(first);
    const a = await thread(first, "そのうち市民協働推進課のは？");
    const answeredBefore = before.projects.slice(0, before.answered);
    expect(a.projects.slice(0, a.answered).every((p) => answeredBefore.includes(p))).toBe(true);
    expect(a.projects.length).toBeGreaterThan(a.answered);
    expect(a.projects.every((p) => p.department === "市民協働推進課")).toBe(true);
  });
});

describe("a word the plan writes in Latin letters, typed in kana (probe 377)", () => {
  it.each(["わいふぁいのじぎょう", "ワイファイの事業", "wifiの事業"])(
    "answers %s with every project writing Wi-Fi, as Wi-Fiの事業 does",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(answered(await engine.ask("Wi-Fiの事業")));
      expect(answered(a).length).toBeGreaterThan(1);
    },
  );

  it("leaves a synonym's other holders related: ふるさと納税の事業 answers the project named 寄附金", async () => {
    const a = await engine.ask("ふるさと納税の事業");
    expect(answered(a)).toEqual(where((p) => p.name.startsWith("ふるさと寄附金")));
  });
});

describe("something left out after a list of it", () => {
  it.each(["7-2以外だと？", "7-2以外は？", "じゃあ7-2以外は？"])(
    "after 7-2's list with a year's direction, %s is the other policies' under the same conditions",
    async (q) => {
      const a = await thread("7-2の事業でR4に完了するもの", q);
      expect(answered(a)).toEqual(
        where((p) => p.policy !== "7-2" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了")),
      );
    },
  );

  it.each(["そのうちざいさんかつようかいがい", "そのうち財産活用課以外"])(
    "reads %s, a unit left out in kana or kanji, among those shown",
    async (q) => {
      const a = await thread("わいふぁいのじぎょう", q);
      expect(shown(a).length).toBeGreaterThan(0);
      expect(a.projects.some((p) => p.department === "財産活用課")).toBe(false);
    },
  );

  it.each([
    ["R3で臨時じゃない拡充は？", "R3"],
    ["R3に臨時ではない拡充の事業", "R3"],
  ] as const)("reads 臨時 denied as 臨時拡充 left out: %s", async (q, year) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where((p) => p.directions[year] === "拡充"));
  });

  it("reads そのうち臨時じゃないの after R4's 拡充 as its 拡充 without 臨時拡充", async () => {
    const a = await thread("R4で拡充の事業", "そのうち臨時じゃないの");
    expect(answered(a)).toEqual(where((p) => p.directions.R4 === "拡充"));
  });

  it("keeps 臨時拡充 alone when the 拡充 that is not 臨時 is said not to be wanted", async () => {
    const a = await engine.ask(
      "令和3年度に臨時拡充の事業を一覧で教えてください。臨時ではない拡充はいりません。",
    );
    expect(answered(a)).toEqual(where((p) => p.directions.R3 === "臨時拡充"));
  });
});

describe("the question before asked of another unit under the same conditions (probe 378)", () => {
  it.each(["施策7-5も同じ条件で", "同じ条件で施策7-5は？", "施策7-5も同様に"])(
    "after 7-4's R4 完了, %s is 7-5's R4 完了",
    async (q) => {
      const a = await thread("施策7-4の事業でR4に完了するもの", q);
      expect(answered(a)).toEqual(
        where((p) => p.policy === "7-5" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了")),
      );
    },
  );

  it("asks it of a department too: 同じ条件で市民課は？", async () => {
    const a = await thread("人事課の事業でR4に完了するもの", "同じ条件で市民課は？");
    expect(a.notes.join("")).toContain("前の質問を市民課のこととして");
  });
});

describe("a field's text asked for (probe 376)", () => {
  it.each(["内容には何が書いてありますか。", "目的には何と記載されていますか"])(
    "after a project, %s is that project's field, not a search for 何",
    async (q) => {
      const a = await thread("公共施設保全事業", q);
      expect(answered(a)).toEqual(where((p) => p.name === "公共施設保全事業"));
      expect(a.notes.join("")).not.toContain("「何」");
    },
  );

  it("answers 公共施設保全事業の目的には何と書いてありますか with the project", async () => {
    const a = await engine.ask("公共施設保全事業の目的には何と書いてありますか");
    expect(answered(a)).toEqual(where((p) => p.name === "公共施設保全事業"));
  });
});

describe("one direction every year of a project (probe 375)", () => {
  it("answers はい of ずっと継続 for a project listed 新規 then 継続, the first year said, and shows it as the answer", async () => {
    const a = await engine.ask("コーチング研修はずっと継続ですか");
    expect(verdictOf(a)).toMatch(/^はい。/);
    expect(a.answered).toBe(1);
    expect(a.notes[0]).toContain("R3は新規です。");
    expect(a.notes.join("")).not.toContain("条件に当てはまる事業はありません");
  });

  it("answers いいえ of ずっと縮小 for a project listed 継続 first, that year said", async () => {
    const a = await engine.ask("映画のロケ地ツアーのやつはずっと縮小？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
    expect(a.notes[0]).toContain("R3は継続です。");
  });
});

describe("a claim checked with という理解で (probe 376)", () => {
  it("answers はい of …完了する予定という理解で合っていますでしょうか", async () => {
    const a = await engine.ask(
      "市民会館跡地エリア整備事業（ハード）は令和5年度に完了する予定という理解で合っていますでしょうか。",
    );
    expect(verdictOf(a)).toMatch(/^はい。/);
  });
});

describe("those of a list checked whole that do not (probe 375)", () => {
  it.each(["R7まで続かないのはどれ？", "続かないほうは何年度まで？"])(
    "after 人事課の事業は全部R7まで続く？ (いいえ), %s is the department's project that does not",
    async (q) => {
      const a = await thread("人事課の事業は全部R7まで続く？", q);
      expect(answered(a)).toEqual(where((p) => p.department === "人事課" && p.directions.R7 === undefined));
    },
  );
});

describe("the second round's rules (probes 382–388)", () => {
  it.each([
    ["2位の施策の事業は？", (p: Project) => p.policy, 2],
    ["5位の課の事業は？", (p: Project) => p.department, 5],
  ] as const)("reads %s as that place of the ranking by count", async (q, unitOf, place) => {
    const counts = ranked(unitOf);
    const n = counts[place - 1]?.[1] as number;
    const at = counts.filter(([, c]) => c === n).map(([u]) => u);
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(where((p) => at.includes(unitOf(p))));
  });

  it.each([
    ["R3 に新規 start して R7 まで続いてる project", "R3に新規で始まってR7まで続いてる事業"],
    ["DX推進チームの project の schedule 教えて", "DX推進チームの事業の予定を教えて"],
    ["マイナンバーカードの普及促進の R4 の direction は？", "マイナンバーカードの普及促進のR4の方向性は？"],
  ])("reads the English words of %s as their Japanese", async (english, japanese) => {
    const [a, b] = await Promise.all([engine.ask(english), engine.ask(japanese)]);
    expect(answered(a)).toEqual(answered(b));
    expect(answered(a).length).toBeGreaterThan(0);
  });

  it("answers facility の booking system の担当課は？ with the booking system's department", async () => {
    const a = await engine.ask("facility の booking system の担当課は？");
    expect(a.notes[0]).toContain(
      plan.projects.find((p) => p.name.includes("施設予約システム"))?.department as string,
    );
  });

  it.each(["臨時拡充になっている事業の例をいくつか教えてください", "臨時拡充の事業の具体例は？"])(
    "reads 例 in %s as asking for examples, not a word to search",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(where((p) => Object.values(p.directions).includes("臨時拡充")));
    },
  );

  const lacking = (word: string) =>
    where((p) => !`${p.name}${p.department}${p.purpose}${p.content}`.normalize("NFKC").includes(word));
  it.each([
    "Wi-Fiが出てこない事業",
    "Wi-Fiを含まない事業は何件？",
    "「Wi-Fi」と書いてない事業は何件？",
    "Wi-Fiは関係ない事業",
  ])("answers %s with the projects whose text lacks the word", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(lacking("Wi-Fi"));
    expect(answered(a).length).toBeLessThan(plan.projects.length - 1);
  });

  it("keeps a word it must lack beside a unit: 人権・男女共生課の事業のうち、Wi-Fiが出てこないもの", async () => {
    const a = await engine.ask("人権・男女共生課の事業のうち、Wi-Fiが出てこないもの");
    expect(answered(a)).toEqual(
      lacking("Wi-Fi").filter(
        (k) => plan.projects.find((p) => projectKey(p) === k)?.department === "人権・男女共生課",
      ),
    );
  });

  it("still reads 継続が入っていない as a direction denied, not a word", async () => {
    const a = await engine.ask("継続が入っていない事業");
    expect(answered(a)).toEqual(where((p) => !Object.values(p.directions).includes("継続")));
  });

  it("narrows a unit's list by a word it must lack: 財産活用課の事業 → Wi-Fiが関係ないのは？", async () => {
    const a = await thread("財産活用課の事業", "Wi-Fiが関係ないのは？");
    expect(answered(a)).toEqual(
      lacking("Wi-Fi").filter(
        (k) => plan.projects.find((p) => projectKey(p) === k)?.department === "財産活用課",
      ),
    );
  });

  it("reads R4も拡充のは？ after R3's 拡充 as both years", async () => {
    const a = await thread("R3で拡充の事業は？", "R4も拡充のは？");
    const widened = ["拡充", "臨時拡充"];
    expect(answered(a)).toEqual(
      where((p) => widened.includes(p.directions.R3 ?? "") && widened.includes(p.directions.R4 ?? "")),
    );
  });

  it("answers 違うのはどれ？ after 7-7の事業は全部政策企画課？ with the others of 7-7", async () => {
    const a = await thread("7-7の事業は全部政策企画課？", "違うのはどれ？");
    expect(answered(a)).toEqual(where((p) => p.policy === "7-7" && p.department !== "政策企画課"));
  });

  it("keeps the year checked: 続かないのはどれ？ after 人権・男女共生課の事業は全部R7まで続く？", async () => {
    const a = await thread("人権・男女共生課の事業は全部R7まで続く？", "続かないのはどれ？");
    expect(answered(a)).toEqual(
      where((p) => p.department === "人権・男女共生課" && p.directions.R7 === undefined),
    );
  });

  it("searches the story when the ask is only for help: …役員さんが困ってる。市で何か応援してくれる事業ある？", async () => {
    const a = await engine.ask(
      "自治会に入る人が減ってて役員さんが困ってる。市で何か応援してくれる事業ある？",
    );
    expect(a.projects[0]?.policy).toBe("7-6");
    expect(a.searchedWords).not.toContain("応援");
  });

  it.each([
    [
      "人権・男女共生課の事業を教えてください",
      "そのうちもう終わったものは？",
      "じゃあ今も続いてるのは？",
      "人権・男女共生課",
    ],
    ["財産活用課の事業", "R7まで続くのは何件？数字だけ", "続かないのは？", "財産活用課"],
  ])(
    "after %s and %s, %s asks the opposite of the list before that narrowing",
    async (list, narrowing, opposite, unit) => {
      const first = await thread(list, narrowing);
      const a = await thread(list, narrowing, opposite);
      const ofUnit = where((p) => p.department === unit);
      expect(answered(a).length).toBeGreaterThan(0);
      expect(answered(a).every((k) => ofUnit.includes(k) && !answered(first).includes(k))).toBe(true);
    },
  );

  it.each([
    ["コーチング研修って人事課ですか？", /^はい。/],
    ["コーチング研修って市民課ですか？", /^いいえ。/],
  ])("confirms the unit of one project named by its words: %s", async (q, verdict) => {
    const a = await engine.ask(q);
    expect(verdictOf(a)).toMatch(verdict);
  });

  it("leaves a kind's projects under a unit a narrowing: ICTの事業って情報システム課ですか？", async () => {
    const a = await engine.ask("ICTの事業って情報システム課ですか？");
    expect(verdictOf(a)).toBeUndefined();
  });

  it("reads two years typed with a space before 両方 as both: R3 R4 両方 拡充の project", async () => {
    const a = await engine.ask("R3 R4 両方 拡充の project");
    const widened = ["拡充", "臨時拡充"];
    expect(answered(a)).toEqual(
      where((p) => widened.includes(p.directions.R3 ?? "") && widened.includes(p.directions.R4 ?? "")),
    );
  });
});
