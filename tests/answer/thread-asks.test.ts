import { describe, expect, it } from "vitest";
import { type Answer, countLabel } from "../../src/answer/answer.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { inCommonJapanese } from "../../src/answer/understand/common.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Project, projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const byName = (name: string) => {
  const p = plan.projects.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};
const keys = (ps: readonly Project[]) => ps.map(projectKey).sort();
const answered = (a: Answer) => keys(a.projects.slice(0, a.answered));

/** Each message asked after the one before, as a DM thread reads them; the last answer. */
async function thread(...messages: string[]): Promise<Answer> {
  let a: Answer | undefined;
  for (const q of messages) a = await engine.ask(q, a ? { previous: goesOnFrom(a) } : {});
  if (!a) throw new Error("no message");
  return a;
}
const verdict = (a: Answer) => (a.leads ?? a.notes).find((n) => /^(はい|いいえ|一部です)。/.test(n));

const DV = "配偶者暴力被害者等セーフティネット充実支援事業";

// A department offered after a project was answered asks whether it is that project's (probes 162–163: each had listed
// the department's projects, or none, with no はい or いいえ — a relayer read the list as "yes, send them there").
describe("a department offered of the project just answered", () => {
  it.each([
    ["担当は人権・男女共生課？", "はい"],
    ["それって人権・男女共生課？", "はい"],
    ["人権・男女共生課ですか？", "はい"],
    ["担当は市民課？", "いいえ"],
    ["それって市民課？", "いいえ"],
    ["市民課ですか？", "いいえ"],
    ["市民課でしょうか", "いいえ"],
  ])("answers %s with %s and the project's own department", async (q, word) => {
    const a = await thread("DV関係の事業ある？", q);
    expect(verdict(a)).toBe(`${word}。${DV}の担当課は人権・男女共生課です。`);
  });

  it("agrees with はい that it is not a department the plan lacks (広報課じゃないんですね？)", async () => {
    const a = await thread("ホームページの事業", "広報課じゃないんですね？");
    expect(verdict(a)).toBe("はい。ホームページ・SNS運営事業の担当課はまち魅力発信課です。");
  });

  it("answers a guess with じゃないの？ as a guess: いいえ, it is not 広報課", async () => {
    const a = await thread("ホームページの事業", "広報課じゃないの？");
    expect(verdict(a)).toBe("いいえ。ホームページ・SNS運営事業の担当課はまち魅力発信課です。");
  });

  it("leaves 「市民課？」 alone a question of its own: the department's projects", async () => {
    const a = await thread("DV関係の事業ある？", "市民課？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "市民課")));
  });
});

// Beside a year, a verb that names no subject asks it of what was answered (probe 162: 「令和5年度も貸してる？」 after
// the Wi-Fi projects had listed the plan's 32 of R5; 「令和3年度に何か変えた？」 after the homepage its 44 of R3).
describe("a year with a verb, of what was just answered", () => {
  it("reads 令和3年度に何か変えた？ of the homepage project", async () => {
    const a = await thread("ホームページの担当どこ？", "令和3年度に何か変えた？");
    expect(answered(a)).toEqual(keys([byName("ホームページ・SNS運営事業")]));
  });

  it("reads 令和5年度も貸してる？ of the Wi-Fi projects answered, not of the whole plan", async () => {
    const before = await engine.ask("Wi-Fi使える市の施設ってどこですか？");
    const a = await engine.ask("令和5年度も貸してる？", { previous: goesOnFrom(before) });
    const shown = new Set(before.projects.map(projectKey));
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a).every((k) => shown.has(k))).toBe(true);
  });

  it("still asks a year's list anew beside a direction (令和4年度完了予定分についても同様に)", async () => {
    const a = await thread(
      "令和5年度に完了予定の事業をご教示ください。",
      "令和4年度完了予定分についても同様にお願いします。",
    );
    const ends = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    expect(answered(a)).toEqual(keys(ends));
  });

  it("asks a year alone of nothing before as the year's list (令和5年度も貸してる？ first)", async () => {
    const a = await engine.ask("令和5年度も貸してる？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R5 !== undefined)));
  });
});

// 「…のどれ」 is 「…のはどれ」: the ones of those in view (probe 163: 「R4で完了するのどれ」 after 情シスの事業 had
// answered the plan's 7, and 「残りは？」 then said none were left).
describe("the ones of a list, asked with のどれ", () => {
  const ours = plan.projects.filter((p) => p.department === "情報システム課");
  const endsR4 = (p: Project) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了";

  it("narrows the department's list to those completing in R4", async () => {
    const a = await thread("情シスの事業", "R4で完了するのどれ");
    expect(answered(a)).toEqual(keys(ours.filter(endsR4)));
    expect(a.answered).toBeGreaterThan(0);
  });

  it("answers 残りは？ after it with the department's others", async () => {
    const a = await thread("情シスの事業", "R4で完了するのどれ", "残りは？");
    expect(answered(a)).toEqual(keys(ours.filter((p) => !endsR4(p))));
  });
});

// 「どっちも財産活用課？」 after the projects were said (probe 163: had listed 財産活用課's seven, スマートロック unread and
// the other project's department unsaid): each one's department, and 一部です.
describe("a department offered of each of the projects just said", () => {
  it("says 一部です with each project's department, the other one shown beside", async () => {
    const a = await engine.ask("スマートロック入れる事業2つあったよね？どっちも財産活用課？");
    expect(verdict(a)).toBe(
      "一部です。新たな施設予約システム運営事業の担当課は財産活用課です。コミュニティセンター管理運営事業の担当課は市民協働推進課です。",
    );
    expect(keys(a.projects)).toEqual(
      keys([byName("新たな施設予約システム運営事業"), byName("コミュニティセンター管理運営事業")]),
    );
    expect(answered(a)).toEqual(keys([byName("新たな施設予約システム運営事業")]));
  });
});

// 「R3からR4と2年つづけて拡充」: every year of the span (probe 163: had read either year, 20 for 2).
describe("a direction kept up through a span of years", () => {
  const widened = (d: string | undefined) => d === "拡充" || d === "臨時拡充";
  const both = plan.projects.filter((p) => (["R3", "R4"] as const).every((y) => widened(p.directions[y])));
  // 拡充 or 臨時拡充 in two years in a row, any two.
  const years = ["R3", "R4", "R5", "R6", "R7"] as const;
  const run = plan.projects.filter((p) =>
    years
      .slice(1)
      .some((y, i) => widened(p.directions[y]) && widened(p.directions[years[i] as (typeof years)[number]])),
  );
  it.each([
    "R3からR4と2年つづけて拡充してる事業",
    "R3からR4で2年連続して拡充の事業",
    "R3とR4で続けて拡充の事業",
  ])("reads %s as 拡充 in both years", async (q) => {
    expect(both.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(keys(both));
  });

  it("leaves 2年連続で拡充 with no span a run of years: two years in a row, any two", async () => {
    expect(answered(await engine.ask("2年連続で拡充の事業"))).toEqual(keys(run));
  });

  // (連続 after a year had been mended as an IME slip of 継続, sharing its 続: 40 projects for 2.)
  it("reads R3とR4で連続して拡充 as 拡充 in both years, not 連続 as a slip of 継続", async () => {
    const a = await engine.ask("R3とR4で連続して拡充してる事業");
    expect(answered(a)).toEqual(keys(both));
    expect(a.notes.some((n) => n.includes("「連続」は"))).toBe(false);
  });

  it.each(["連続して拡充の事業", "拡充が連続している事業ある？"])(
    "reads %s, with no count and no year, as a run of two years at least",
    async (q) => {
      expect(answered(await engine.ask(q))).toEqual(keys(run));
    },
  );

  it("reads R5も連続して継続 as 継続 in that year", async () => {
    const a = await engine.ask("R5も連続して継続の事業");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R5 === "継続")));
  });
});

// Which policy a project is under, asked (probe 163: 「施策名しりたい」 after the project had answered 0件; the card's
// code alone had said it).
describe("the policy a project is under, asked", () => {
  const line =
    "組織力強化に向けたコーチング研修の実施の施策: 7-3 地域社会の発展に貢献できる職員を育成する（取組 7-3-1 職員の能力開発）";
  it.each([
    "コーチング研修の施策名は？",
    "コーチング研修ってどの施策？",
    "コーチング研修は何の施策に入ってる？",
  ])("says it in words first for %s", async (q) => {
    const a = await engine.ask(q);
    expect(a.leads?.[0] ?? a.notes[0]).toBe(line);
  });

  it.each(["施策名しりたい", "施策名 知りたい", "どの施策？"])(
    "says it of the project just answered for %s",
    async (q) => {
      const a = await thread("コーチング研修って何課", q);
      expect(a.leads?.[0] ?? a.notes[0]).toBe(line);
      expect(answered(a)).toEqual(keys([byName("組織力強化に向けたコーチング研修の実施")]));
    },
  );

  it("says each policy and initiative first for a department's projects (人事課の事業はどの施策？)", async () => {
    const a = await engine.ask("人事課の事業はどの施策？");
    const theirs = plan.projects.filter((p) => p.department === "人事課");
    expect(answered(a)).toEqual(keys(theirs));
    expect(a.leads).toEqual([
      line,
      "人事給与制度の見直しの施策: 7-3 地域社会の発展に貢献できる職員を育成する（取組 7-3-2 人材育成に主眼をおいた人事制度の確立）",
    ]);
  });

  it("groups them by policy, with each initiative's count, for more than a few (財産活用課)", async () => {
    const a = await engine.ask("財産活用課の事業ってどの施策に入ってる？");
    const theirs = plan.projects.filter((p) => p.department === "財産活用課");
    expect(theirs.length).toBeGreaterThan(3);
    expect(a.leads).toEqual([
      `施策 7-2 社会の変化に対応する効率的・効果的な自治体運営を推進する: 取組 7-2-4 公共施設等の計画的な保全・更新と資産の有効活用（${theirs.length}件）`,
    ]);
  });

  it("says no policy line for a department's projects not asked of their policy", async () => {
    const a = await engine.ask("人事課の事業");
    expect(
      [...(a.leads ?? []), ...a.notes].some((n) => n.includes("の施策: ") || n.startsWith("施策 ")),
    ).toBe(false);
  });

  it("leaves 「そのうち施策7-6のもの」 a narrowing by the policy, not a question of its name", async () => {
    const a = await engine.ask(
      "お疲れ様です。令和3年度に新規か拡充のどちらかがついている事業を確認しています。そのうち施策7-6のものを教えてください。",
    );
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes.some((n) => n.includes("の施策: "))).toBe(false);
  });
});

// A policy asked what it does beside its projects: 「施策7-3 なにするとこ？事業は？」 asks both (probe 163: the projects alone).
describe("a policy asked what it does, and its projects, in one message", () => {
  it.each([
    ["施策7-3 なにするとこ？事業は？", "7-3"],
    // Two asks joined by と、 (probe 271: the projects alone).
    ["施策7-4の方向性と、それに沿った事業を教えてください", "7-4"],
  ])("says the policy's 方向性 first and lists its projects for %s", async (q, code) => {
    const policy = plan.policies.find((p) => p.code === code);
    const a = await engine.ask(q);
    expect(a.notes).toContain(`施策${code}の方向性: ${policy?.direction}`);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.policy === code)));
  });
});

// How a message came, said after the words passed on (「…って相談です」「…ってお怒りの電話です」), is no subject (probe
// 162: 相談 had ranked the LGBT 相談 project first for 自治会の担い手, and 電話 had been searched).
describe("the kind of message passed on, closing its sentence", () => {
  it.each([
    ["自治会の担い手がいないって相談です", "相談"],
    ["自治会の担い手がいないという相談がありました。", "相談"],
  ])("does not search the relay in %s", async (q, relay) => {
    const a = await engine.ask(q);
    expect(a.searchedWords).not.toContain(relay);
    expect(a.searchedWords.length).toBeGreaterThan(0);
    expect(a.projects[0]?.name).not.toContain("セクシュアルマイノリティ");
  });

  it("reads 「令和3年度から令和5年度までの間に」 as the span in a relayed question (probe 184: 0件)", async () => {
    const [a, b] = [
      await engine.ask(
        "〇〇議員より、令和3年度から令和5年度までの間に完了する事業について質問がございました。担当課ごとの件数と、事業の一覧をお願いいたします。",
      ),
      await engine.ask("令和3年度から令和5年度までの間に完了する事業"),
    ];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("searches what an angry call was about, not its anger (…研修とかしてないんか！ってお怒りの電話です)", async () => {
    const a = await engine.ask(
      "市職員の上司が部下をちゃんと指導してない、研修とかしてないんか！ってお怒りの電話です",
    );
    expect(a.searchedWords).toContain("研修");
    expect(a.searchedWords).not.toContain("怒り");
    expect(a.answered).toBeGreaterThan(0);
  });

  it.each(["DVの相談ってある？", "LGBTの相談窓口ってある？"])(
    "still searches 相談 asked about: %s",
    async (q) => {
      expect((await engine.ask(q)).searchedWords).toContain("相談");
    },
  );
});

// A way of doing it, and nothing else named, asks it of what was answered (probe 162: 「オンラインでもやってる？」 after
// the 日本語教室 had answered 行政手続のオンライン化; 「スマホで申し込めるようになる？」 after 口座振替 the same).
describe("a way of doing it, asked of what was just answered", () => {
  it("reads オンラインでもやってる？ of the 日本語教室 project", async () => {
    const a = await thread("外国人の方向けの日本語教室ってありますか", "オンラインでもやってる？");
    expect(answered(a)).toEqual(keys([byName("多文化共生の地域づくり推進")]));
  });

  it("reads スマホで申し込めるようになる？ of the 口座振替 projects", async () => {
    const a = await thread(
      "税金を口座引き落としにしたいって方が窓口に来てます",
      "スマホで申し込めるようになる？",
    );
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.name === "市税等徴収事務事業")));
  });

  it("leaves オンラインでもやってる？ first a question of its own", async () => {
    const a = await engine.ask("オンラインでもやってる？");
    expect(a.projects[0]?.name).toBe("行政手続のオンライン化の推進");
  });

  it("leaves a longer question naming a way a question of its own (オンラインで申請できる手続きを増やす事業ってある？)", async () => {
    const a = await thread(
      "外国人の方向けの日本語教室ってありますか",
      "オンラインで申請できる手続きを増やす事業ってある？",
    );
    expect(a.projects[0]?.name).toBe("行政手続のオンライン化の推進");
  });
});

// A why, or a field asked with は, is no yes-or-no (probe 163: 「なんで縮小になったの」 had been answered 「はい。…縮小は
// 令和4年度〜7年度です」; 「そのうち周辺道路のほうの担当は」 はい of its year's direction before the 担当課).
describe("questions that are not yes or no, in a thread", () => {
  it.each(["なんで縮小になったの", "なぜ縮小なの？", "なんで縮小なんですか"])(
    "answers %s with no はい, saying the plan gives no reason",
    async (q) => {
      const a = await thread("映画のロケ地ツアーの事業", q);
      expect(answered(a)).toEqual(["7-1#4"]);
      expect(verdict(a)).toBeUndefined();
      expect(a.notes.some((n) => n.startsWith("方向性の理由は計画に記載がありません"))).toBe(true);
    },
  );

  it("answers そのうち周辺道路のほうの担当は with the department first, no はい", async () => {
    const a = await thread("R4に完了する事業", "じゃあR5は？", "そのうち周辺道路のほうの担当は");
    expect(verdict(a)).toBeUndefined();
    expect(a.leads?.[0]).toBe("担当課: 市民会館跡地活用推進課（市民会館跡地エリア周辺整備事業）");
  });

  it("still reads それらのR4の方向性は？ of the projects just answered", async () => {
    const a = await thread(
      "R3に臨時拡充の事業は？",
      "そのうちまち魅力発信課のは？",
      "それらのR4の方向性は？",
    );
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "まち魅力発信課" && p.directions.R3 === "臨時拡充")),
    );
  });
});

// Projects still going on, asked of a list with の alone (probe 164: 「そのうち今も続いてるの」 had grown the list to 25
// by 継続 in R3; 「人権・男女共生課のやつで今も続いてるの」 had listed all 8, three of them completed in R4).
describe("the ones still going on, of a list", () => {
  const lastYear = (p: Project) => p.directions.R7 !== undefined;
  it("narrows the R3 new projects to those listed to the plan's last year", async () => {
    const a = await thread("R3に新しく始まったやつ", "そのうち今も続いてるの");
    const started = plan.projects.filter((p) => p.directions.R3 === "新規" || p.directions.R3 === "新規完了");
    expect(answered(a)).toEqual(keys(started.filter(lastYear)));
  });

  it("narrows a department's projects so (人権・男女共生課のやつで今も続いてるの)", async () => {
    const a = await engine.ask("人権・男女共生課のやつで今も続いてるの");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "人権・男女共生課" && lastYear(p))),
    );
  });

  it("still asks of one subject whether it goes on (えんがわって今も続いてるの？)", async () => {
    const a = await engine.ask("えんがわって今も続いてるの？");
    expect(answered(a)).toEqual(keys([byName("みんなのえんがわ（市民活動センター）プロジェクトの推進")]));
  });
});

// 「何個？」 is 「何件？」 (probe 164: after a list it had searched, 0件), and 「最後の年までずっと続く」 is listed in the
// plan's last year (probe 164: 最後 and 年 had been searched, 1 related).
describe("counts and the plan's last year, as a counter worker says them", () => {
  it("counts the list just answered for 何個？", async () => {
    const a = await thread("人事課の事業", "何個？");
    expect(a.notes).toContain("該当する事業は2件です。");
  });

  it.each(["最後の年までずっと続くやつって何個？", "最後までずっと続く事業"])(
    "reads %s as listed in R7",
    async (q) => {
      expect(answered(await engine.ask(q))).toEqual(
        keys(plan.projects.filter((p) => p.directions.R7 !== undefined)),
      );
    },
  );
});

// A direction had once, said by its listing or as an experience (probe 165: 「完了の記載が一度でもある事業」 and 「完了した
// ことがある事業を課ごとに」 had answered 0件, though 「一度でも完了がある事業」 answered the 10).
describe("a direction had once, in other words", () => {
  const ended = plan.projects.filter((p) =>
    Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
  );
  it.each([
    "完了の記載が一度でもある事業",
    "完了の記載が一度でもある事業を課ごとに",
    "完了したことがある事業を課ごとに",
  ])("answers %s with every project completed in some year", async (q) => {
    expect(ended.length).toBeGreaterThan(0);
    expect(answered(await engine.ask(q))).toEqual(keys(ended));
  });
});

// A direction alone with だけ, or with the shape it is wanted in, is of the ones in view (probe 165: 「縮小だけ一覧で」
// after 「令和6年度の方向性の内訳」 had answered 0件 — "only ever 縮小" — beside the line that had just counted one).
describe("a direction alone with だけ or a shape, of the list in view", () => {
  it("lists R6's 縮小 project after R6's breakdown", async () => {
    const a = await thread("令和6年度の方向性の内訳を教えてください", "縮小だけ一覧で");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R6 === "縮小")));
  });

  it.each(["完了だけ一覧で", "そのうち完了だけ"])(
    "lists a department's completed projects for %s",
    async (q) => {
      const a = await thread("人権・男女共生課の事業", q);
      const ended = plan.projects.filter(
        (p) =>
          p.department === "人権・男女共生課" &&
          Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
      );
      expect(ended.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(ended));
    },
  );
});

// 「R7までずっと続く」 is until that year (had read the span's years as any of them: the plan's 44); a span's
// 「R5からR7までずっと載ってる」 stays every year of it.
describe("ずっと after まで", () => {
  it.each([
    ["R7までずっと続く事業", "R7"],
    ["R6までずっと続く事業", "R6"],
  ] as const)("reads %s as listed in %s", async (q, year) => {
    expect(answered(await engine.ask(q))).toEqual(
      keys(plan.projects.filter((p) => p.directions[year] !== undefined)),
    );
  });

  it("keeps R5からR7までずっと載ってる every year of the span", async () => {
    const a = await engine.ask("R5からR7までずっと載ってる事業ってどれ？");
    const every = plan.projects.filter((p) =>
      (["R5", "R6", "R7"] as const).every((y) => p.directions[y] !== undefined),
    );
    expect(answered(a)).toEqual(keys(every));
  });
});

// Review-56's mends, each a phrasing the session's rules had read wrongly.
describe("phrasings near this session's rules", () => {
  it.each(["コーチング研修はR5も継続なんですか？", "人事給与制度の見直しはR4で完了なんでしょうか"])(
    "still answers %s with はい: なんです is no why (H1)",
    async (q) => {
      expect(verdict(await engine.ask(q))?.startsWith("はい。")).toBe(true);
    },
  );

  it("reads 「R3とR4どちらも拡充の事業」 after a department as a question of its own: どちらも of years (H2)", async () => {
    const a = await thread("人事課の事業", "R3とR4どちらも拡充の事業");
    const both = plan.projects.filter((p) =>
      (["R3", "R4"] as const).every((y) => p.directions[y] === "拡充" || p.directions[y] === "臨時拡充"),
    );
    expect(answered(a)).toEqual(keys(both));
  });

  it.each(["アプリの事業は？", "窓口は？"])(
    "reads %s after a project as a question of its own, not a way of it (H3)",
    async (q) => {
      const a = await thread("コーチング研修って何課", q);
      expect(a.projects[0]?.name).not.toBe("組織力強化に向けたコーチング研修の実施");
    },
  );

  it.each(["はじめから最後まで載ってる事業", "最初から最後までずっと続く事業"])(
    "reads %s as listed in the plan's last year (H4)",
    async (q) => {
      expect(answered(await engine.ask(q))).toEqual(
        keys(plan.projects.filter((p) => p.directions.R7 !== undefined)),
      );
    },
  );

  it("still reads 最初から最後までずっと継続 as 継続 in every listed year", async () => {
    const a = await engine.ask("最初から最後までずっと継続の事業ってどれ");
    const kept = plan.projects.filter((p) => Object.values(p.directions).every((d) => d === "継続"));
    expect(answered(a)).toEqual(keys(kept));
  });

  it("asks 「えんがわの事業で今も続いてるの」 of the one project, not as a list (M2)", async () => {
    const a = await engine.ask("えんがわの事業で今も続いてるの");
    expect(answered(a)).toEqual(keys([byName("みんなのえんがわ（市民活動センター）プロジェクトの推進")]));
  });

  it("counts every holder when a project is named as an example (公共施設保全事業みたいな施設の事業は何件ある？, M3)", async () => {
    const a = await engine.ask("公共施設保全事業みたいな施設の事業は何件ある？");
    expect(a.answered).toBeGreaterThan(1);
  });
});

// A narrowing that leaves none of the list just answered, of which the plan has others (「R7まで続くのは？」 then
// 「完了したのは？」): 「計画にありません」 had read as of the whole plan.
describe("a narrowing that empties the list in view", () => {
  it("says none of the list meets it, and how many the whole plan has", async () => {
    const a = await thread("R7まで続くのは？", "完了したのは？");
    const listed = plan.projects.filter((p) => p.directions.R7 !== undefined);
    const finishing = plan.projects.filter((p) =>
      Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
    );
    expect(a.answered).toBe(0);
    expect(a.notes).toContain(
      `前の回答の${listed.length}件には当てはまる事業がありません（計画全体では${finishing.length}件あります。「一度でも完了したのは？」だけで聞き直すと一覧が出ます）。`,
    );
    expect(a.notes).not.toContain("この条件に当てはまる事業は計画にありません。");
  });

  it("still says the plan has none when the whole plan has none either", async () => {
    const a = await thread("人事課の事業", "そのうちR7に拡充は？");
    expect(a.answered).toBe(0);
    expect(a.notes).toContain("この条件に当てはまる事業は計画にありません。");
  });
});

// The unit a question of the most named is what a follow-up narrows (session 56 noticed: 「そのうち完了するのは？」
// after 「一番多い課は？」 had worked out the most again among those that complete, of every unit).
describe("a follow-up after the unit with the most projects", () => {
  const most = "人権・男女共生課";
  it.each([
    "課ごとの件数で一番多い課はどこ？",
    "課ごとの件数で一番多い課はどこですか",
    "一番事業が多い課は？",
  ])("answers %s with that unit's projects", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === most)));
  });

  it("narrows that unit's projects, not the most worked out again", async () => {
    const a = await thread("一番事業が多い課は？", "そのうちR7に継続は？");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === most && p.directions.R7 === "継続")),
    );
  });

  it("narrows within the list the most was asked of, in place of the line that asked it", async () => {
    const a = await thread(
      "R3とR4で拡充してる事業",
      "課ごとの件数で一番多い課は？",
      "そのうち完了するのは？",
    );
    const widened = (d: string | undefined) => d === "拡充" || d === "臨時拡充";
    const listed = plan.projects.filter((p) => widened(p.directions.R3) || widened(p.directions.R4));
    const count = (d: string) => listed.filter((p) => p.department === d).length;
    const top = Math.max(...listed.map((p) => count(p.department)));
    const theirs = listed.filter((p) => count(p.department) === top);
    const finishing = theirs.filter((p) =>
      Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
    );
    expect(answered(a)).toEqual(keys(finishing));
    expect(a.notes.some((n) => n.startsWith(`前の回答の${theirs.length}件には`))).toBe(
      finishing.length === 0,
    );
  });
});

// Words that shape an ask, left in kana by the IME (probe 166: each had answered 0件).
describe("a narrowing or a meaning asked in kana", () => {
  it.each(["そのなかで新規のやつは？", "このなかで新規のやつは？"])(
    "reads %s as その中で: the list in view narrowed",
    async (q) => {
      const a = await thread("市民協働推進課の事業", q);
      expect(answered(a)).toEqual(
        keys(
          plan.projects.filter(
            (p) =>
              p.department === "市民協働推進課" &&
              Object.values(p.directions).some((d) => d === "新規" || d === "新規完了"),
          ),
        ),
      );
    },
  );

  it.each([
    ["縮小ってどういういみですか", "縮小"],
    ["臨時拡充の意味は？", "臨時拡充"],
    ["臨時拡充のいみは？", "臨時拡充"],
    ["縮小の意味を教えてください", "縮小"],
  ] as const)("answers %s with what %s means", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.leads?.[0] ?? a.notes[0]).toMatch(new RegExp(`^『${word}』は、`));
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => Object.values(p.directions).includes(word))),
    );
  });

  it("leaves なか and いみ inside other words alone (なかなか見つからない)", async () => {
    const a = await thread("市民協働推進課の事業", "なかなか見つからないんだけど、えんがわってどれ？");
    expect(a.readAs ?? a.query).not.toContain("中");
  });
});

// A follow-up's function words left in kana by a phone's IME, and a place in the list with its counter in kana (probe
// 185: それいがいは had repeated the list in view, のこりは and 1こめの内容は had answered 0件).
describe("a follow-up's function words in kana", () => {
  it.each([
    ["それいがいは", "それ以外は"],
    ["のこりは", "残りは"],
    ["じゃあのこりは？", "じゃあ残りは？"],
  ])("reads %s as %s: the rest of the list before", async (kana, kanji) => {
    const [a, b] = [
      await thread("R4で完了するやつ", "そのうち人権男女共生課のは", kana),
      await thread("R4で完了するやつ", "そのうち人権男女共生課のは", kanji),
    ];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("says what an earlier message's word was read as under its own answer only, not under each follow-up", async () => {
    const first = await engine.ask("ふるさとのうぜいの事業");
    expect(first.notes).toContain("「のうぜい」は「納税」と読んで答えています。");
    const a = await thread("ふるさとのうぜいの事業", "R7は");
    expect(a.notes).not.toContain("「のうぜい」は「納税」と読んで答えています。");
  });

  it.each([
    ["人事課の事業なにがある？", "人事課の事業何がある？"],
    ["人権・男女共生課の事業なんけんある？", "人権・男女共生課の事業何件ある？"],
    ["人事課の事業ってなにがありますか", "人事課の事業って何がありますか"],
  ])("reads %s as %s: a what or how many, no yes or no (probe 261)", async (kana, kanji) => {
    const [a, b] = await Promise.all([engine.ask(kana), engine.ask(kanji)]);
    expect(inCommonJapanese(kana)).toBe(kanji);
    expect(verdict(a)).toBeUndefined();
    expect(a.notes).toEqual(b.notes);
  });

  it.each(["1こめの内容は", "1つめの内容は", "1こ目の内容は", "一こめの内容は"])(
    "reads %s as 1個目の内容は: the first of the list in view",
    async (q) => {
      const [a, b] = [
        await thread("人権・男女共生課の事業", q),
        await thread("人権・男女共生課の事業", "1個目の内容は"),
      ];
      expect(answered(b)).toHaveLength(1);
      expect(answered(a)).toEqual(answered(b));
    },
  );

  it.each([
    ["いがいと多いね", "意外と (surprisingly) is no 以外"],
    ["マイナンバーカードはどこの課？", "どこの課？ alone asks whose, not which of the units"],
    [
      "来週の会議のテーマって、課長に聞いたら人事課の研修の件だったので、その事業の担当課を教えてください",
      "a comma after って in a long message may end a clause of context",
    ],
    ["きのこりょうり", "のこり inside a word is no 残り"],
    ["みなにが", "なに inside a word is no 何"],
    ["かなにがて", "なに after kana of a word is no 何"],
  ])("leaves %s alone (%s)", (q) => {
    expect(inCommonJapanese(q)).toBe(q);
  });
});

// Ways a council memo goes on from a list (probe 184): うち for そのうち, a field asked of each with を, which of them
// with a full stop, and a sentence saying who asked beside the ask.
describe("a follow-up in a memo's register", () => {
  it("reads 「うち令和4年度で完了するものは。」 as そのうち: the list in view narrowed", async () => {
    const [a, b] = [
      await thread("情報システム課の事業を一覧でお願いします。", "うち令和4年度で完了するものは。"),
      await thread("情報システム課の事業を一覧でお願いします。", "そのうち令和4年度で完了するものは？"),
    ];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("leaves 「うちの課の事業」 ours, not a narrowing", () => {
    expect(inCommonJapanese("うちの課の事業")).toBe("うちの課の事業");
  });

  it("reads 「計画上の最終年度を教えてください」 after a list as each one's last listed year, not R7's projects", async () => {
    const a = await thread(
      "マイナンバーカードに関する事業を一覧でお願いします。",
      "それぞれの担当課と、計画上の最終年度を教えてください。",
    );
    const first = await engine.ask("マイナンバーカードに関する事業を一覧でお願いします。");
    expect(answered(a)).toEqual(answered(first));
    expect(a.filters.years).toEqual([]);
    expect(a.leads ?? a.notes).toContain(
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    );
  });

  it("reads 「縮小となっているものはどれですか。」 after a policy's list as of that list", async () => {
    const a = await thread("施策7-2の事業の一覧をお願いします。", "完了となっているものはどれですか。");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.policy === "7-2" && Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
        ),
      ),
    );
  });

  it("reads 「それぞれの方向性の変化を教えてください」 as their directions asked, not a word to search (probe 184: 0件)", async () => {
    const [a, b] = [
      await engine.ask(
        "令和4年度から令和5年度にかけて方向性が変わる事業はどれか。該当事業と、それぞれの方向性の変化を教えてください。",
      ),
      await engine.ask("令和4年度から令和5年度にかけて方向性が変わる事業はどれか。"),
    ];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("answers 「その2件の令和4年度の方向性を教えてください。」 of the two in view, not of the list before them", async () => {
    const a = await thread(
      "施策7-4の事業を一覧でお願いします。",
      "そのうち令和5年度以降も続くものはどれですか。",
      "その2件の令和4年度の方向性を教えてください。",
    );
    const two = await thread(
      "施策7-4の事業を一覧でお願いします。",
      "そのうち令和5年度以降も続くものはどれですか。",
    );
    expect(answered(two)).toHaveLength(2);
    expect(answered(a)).toEqual(answered(two));
    expect(a.leads?.[0] ?? a.notes[0]).toMatch(/^令和4年度の方向性: /);
  });

  it("counts 「完了していないものについて、担当課ごとの件数を」 among the list in view, not the whole plan", async () => {
    const a = await thread(
      "Wi-Fiに関する事業を全て挙げてください。",
      "完了していないものについて、担当課ごとの件数をお願いします。",
    );
    const list = await engine.ask("Wi-Fiに関する事業を全て挙げてください。");
    const notDone = list.projects
      .slice(0, list.answered)
      .filter((p) => !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"));
    expect(notDone.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(notDone));
  });

  it("reads 「完了していないものは？」 after 「そのうち完了しているものは」 as the rest of the same list, not a part of that part", async () => {
    const a = await thread(
      "Wi-Fiに関する事業を全て挙げてください。",
      "そのうち既に完了しているものは。",
      "完了していないものは？",
    );
    const b = await thread("Wi-Fiに関する事業を全て挙げてください。", "完了していないものは？");
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("answers 「なぜ縮小…でしょうか。議員から理由を聞かれています。」 of the project in view", async () => {
    const said = await thread(
      "施策7-1の事業の一覧をお願いします。",
      "縮小となっているものはどれですか。",
      "なぜ縮小となっているのでしょうか。議員から理由を聞かれています。",
    );
    const plain = await thread(
      "施策7-1の事業の一覧をお願いします。",
      "縮小となっているものはどれですか。",
      "なぜ縮小となっているのでしょうか。",
    );
    expect(answered(plain)).toHaveLength(1);
    expect(answered(said)).toEqual(answered(plain));
  });
});

// What a new hire says of the asking and of the asker (probe 186: 初歩 had been searched and carried into every
// follow-up; a sentence saying where the asker may be asked had made a follow-up a new search).
describe("a new hire's asides", () => {
  it.each([
    "臨時拡充って何ですか？すみません、初歩的な質問で",
    "基本的なことですみません、臨時拡充って何ですか？",
    "まだ入ったばかりで、臨時拡充って何ですか？",
  ])("answers %s as 臨時拡充って何ですか？, and a follow-up after it narrows its list", async (q) => {
    const [a, plain] = [await engine.ask(q), await engine.ask("臨時拡充って何ですか？")];
    expect(a.searchedWords).toEqual(plain.searchedWords);
    expect(answered(a)).toEqual(answered(plain));
    const narrowed = await thread(q, "そのうち人権・男女共生課のはどれですか");
    expect(answered(narrowed).length).toBeGreaterThan(0);
    expect(answered(narrowed)).toEqual(
      answered(await thread("臨時拡充って何ですか？", "そのうち人権・男女共生課のはどれですか")),
    );
  });

  it("reads 「これって支所でもやるんですか？すみません、うちの支所でも聞かれそうで」 of the project in view", async () => {
    const a = await thread(
      "おくやみの窓口の事業ってありますか",
      "これって支所でもやるんですか？すみません、うちの支所でも聞かれそうで",
    );
    const first = await engine.ask("おくやみの窓口の事業ってありますか");
    expect(a.continuedFrom).toBeDefined();
    expect(answered(a)).toEqual(answered(first).slice(0, 1));
  });

  it("reads 「人権のところの課」 in a follow-up as the department, narrowing the list (probe 186: the list had stayed whole)", async () => {
    const a = await thread("令和4年度で終わる事業", "そのうち人権のところの課のは？");
    const b = await thread("令和4年度で終わる事業", "そのうち人権・男女共生課のは？");
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });
});

// 逆に opening a follow-up asks the question before of the other side, as じゃあ does (probe 187: it had narrowed the
// list in view, 0件, and searched 逆).
describe("a follow-up opening with 逆に", () => {
  it.each(["逆にR5以降も続くのは？", "反対に、R5以降も続くのは？"])(
    "reads %s as じゃあR5以降も続くのは？",
    async (q) => {
      const first = "人権・男女共生課の事業でR4に完了するのは？";
      const [a, b] = [await thread(first, q), await thread(first, "じゃあR5以降も続くのは？")];
      expect(answered(b).length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(answered(b));
      expect(a.searchedWords).not.toContain("逆");
    },
  );
});

// A project said to grow or shrink, with no noun of its own before the verb (probe 187: R4に増える事業 had listed R4's
// 43, and 逆に増えるのは？ had searched 増加).
describe("growing and shrinking said of the projects asked for", () => {
  it.each([
    ["R4に増える事業は？", "R4に拡充の事業は？"],
    ["R5で減る事業は？", "R5で縮小の事業は？"],
    ["増えるのは？", "拡充のは？"],
  ])("reads %s as %s", async (q, plain) => {
    const [a, b] = [await engine.ask(q), await engine.ask(plain)];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("reads 「逆に増えるのは？」 after R4's 縮小 as R4's 拡充", async () => {
    const [a, b] = [
      await thread("令和4年度に縮小の事業は？", "逆に増えるのは？"),
      await engine.ask("令和4年度に拡充の事業は？"),
    ];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it.each([
    ["多文化共生の事業って予算は増えてる？", "多文化共生の事業は拡充してる？"],
    ["ふるさと納税の事業って予算は増えてる？", "ふるさと納税の事業は拡充してる？"],
  ])("answers %s as %s: a budget grown is 拡充, yes or no (probe 191: no verdict)", async (q, plain) => {
    const [a, b] = [await engine.ask(q), await engine.ask(plain)];
    expect(b.verdict).toBe(true);
    expect(a.verdict).toBe(true);
    expect(a.leads?.[0]).toBe(b.leads?.[0]);
  });

  it("answers 「それって予算は増えてる？」 of the project in view", async () => {
    const a = await thread("多文化共生の事業", "それって予算は増えてる？");
    expect(a.verdict).toBe(true);
    expect(a.leads?.[0]).toMatch(/^はい。多文化共生の地域づくり推進の拡充は/);
  });

  it("keeps 利用者が増える a subject: what grows is said", async () => {
    const a = await engine.ask("利用者が増える事業");
    expect(a.filters.directions).toEqual([]);
  });
});

// 「一番多いのは？」 after a narrowed list counted by department ranks that list's departments, not the whole plan's
// (probe 187: R3's 新規 by department, then the whole plan's 人権・男女共生課 with 8).
describe("most asked after a narrowed list counted by department", () => {
  it("ranks the departments of the list counted", async () => {
    const a = await thread("令和3年度に新規の事業は何件？", "課別で", "一番多いのは？");
    const ofR3 = plan.projects.filter((p) => p.directions.R3 === "新規" || p.directions.R3 === "新規完了");
    const count = new Map<string, number>();
    for (const p of ofR3) count.set(p.department, (count.get(p.department) ?? 0) + 1);
    const most = Math.max(...count.values());
    const top = [...count].filter(([, n]) => n === most).map(([d]) => d);
    expect(answered(a)).toEqual(keys(ofR3.filter((p) => top.includes(p.department))));
  });
});

// A project named in hiragana before the field a follow-up asks (probe 189: 「ところで、えんがわの担当は？」 had been asked
// of the list in view, and named its departments — an answer that looked right).
describe("a project named in hiragana in a follow-up", () => {
  it.each(["えんがわの担当は？", "ところで、えんがわの担当は？", "ところで、えんがわって何課？"])(
    "answers %s after another list with えんがわ's department, not the list's",
    async (q) => {
      const [a, alone] = [
        await thread("コミセンのWi-Fiの事業", "それっていつまで？", q),
        await engine.ask(q),
      ];
      expect(answered(alone)).toEqual(keys(plan.projects.filter((p) => p.name.includes("えんがわ"))));
      expect(answered(a)).toEqual(answered(alone));
    },
  );

  it("still reads 担当は？ alone after a list as asked of the list", async () => {
    const [a, list] = [
      await thread("コミセンのWi-Fiの事業", "担当は？"),
      await engine.ask("コミセンのWi-Fiの事業"),
    ];
    expect(answered(a)).toEqual(answered(list));
  });
});

// When a project is done, asked with a verb of doing (probe 189: 実施 had been searched, and no year said).
describe("when a project is done, asked with a verb of doing", () => {
  it.each([
    "地域活動についての市民アンケートは何年度に実施？",
    "地域活動についての市民アンケートはいつ行われますか",
    "地域活動についての市民アンケートはいつ実施されますか",
  ])("answers %s with the years the project is listed, as 何年度？ does", async (q) => {
    const [a, b] = [await engine.ask(q), await engine.ask("地域活動についての市民アンケートは何年度？")];
    expect(b.leads?.[0]).toMatch(/計画に載っています/);
    expect(a.leads?.[0]).toBe(b.leads?.[0]);
  });
});

// 「じゃあR7まで続くのは？」 in place of a year's direction: listed up to that year (probe 188: read as 継続 in some year up
// to it, which had kept one listed to R4 only).
describe("じゃあ…まで続くのは？ in place of a year's direction", () => {
  it.each([
    [
      ["人権・男女共生課の事業を一覧で", "そのうちR4で完了するのは？", "じゃあR7まで続くのは？"],
      ["人権・男女共生課の事業を一覧で", "そのうちR7まで続くのは？"],
    ],
    [["人事課のR4で完了する事業", "じゃあR7まで続くのは？"], ["人事課のR7まで続く事業"]],
  ])("answers %j as %j", async (asked, plain) => {
    const [a, b] = [await thread(...asked), await thread(...plain)];
    expect(answered(b).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
    expect(
      answered(a).every((k) => plan.projects.find((p) => projectKey(p) === k)?.directions.R7 !== undefined),
    ).toBe(true);
  });
});

// The answer just shown taken back, what is meant said in its place (probe 190: 「いや、それじゃなくて…のほう」 had
// brought the rejected project back).
describe("an answer taken back, what is meant said after it", () => {
  it.each([
    ["ICT基盤の事業", "いや、それじゃなくてAIとか5Gの研究してるほう", "AIとか5Gの研究してる事業"],
    [
      "行政手続のオンライン化の事業",
      "ちがう、それじゃなくてワンストップで申請できるやつ",
      "ワンストップで申請できる事業",
    ],
  ])("answers %s then %s with %s less the projects shown", async (first, taken, meant) => {
    const [before, a, alone] = [await engine.ask(first), await thread(first, taken), await engine.ask(meant)];
    const shown = answered(before);
    expect(shown.length).toBeGreaterThan(0);
    expect(answered(a).length).toBeGreaterThan(0);
    expect(answered(a).some((k) => shown.includes(k))).toBe(false);
    expect(answered(a)).toEqual(answered(alone).filter((k) => !shown.includes(k)));
  });

  it("goes on from the projects meant: 「そっちの担当は？」 names their unit", async () => {
    const a = await thread(
      "ICT基盤の事業",
      "いや、それじゃなくてAIとか5Gの研究してるほう",
      "そっちの担当は？",
    );
    const meant = await thread("ICT基盤の事業", "いや、それじゃなくてAIとか5Gの研究してるほう");
    expect(answered(a)).toEqual(answered(meant));
  });
});

// The year before the thread's, asked of the projects in view (probe 188: 前年度 had counted from today).
describe("a step from the thread's year, asked of the projects in view", () => {
  it("answers 「その3つ、前年度の方向性は何だった？」 after R4's with their R3 directions", async () => {
    const a = await thread(
      "R4で完了する事業は何件？",
      "そのうち人権・男女共生課は？",
      "その3つ、前年度の方向性は何だった？",
    );
    const three = await thread("R4で完了する事業は何件？", "そのうち人権・男女共生課は？");
    expect(answered(three)).toHaveLength(3);
    expect(answered(a)).toEqual(answered(three));
    expect(a.leads?.[0] ?? a.notes[0]).toMatch(/^令和3年度の方向性: /);
  });
});

// Two directions told apart, asked by someone who does not know the plan's words (probe 186: 拡充's 13 had been listed,
// read as 臨時拡充 left out, and 「臨時拡充と拡充の違いは？」 had had no meaning said).
describe("two directions told apart", () => {
  it.each([
    "臨時拡充と拡充の違いは？",
    "「臨時拡充」って何ですか？普通の拡充とは違うんでしょうか。",
    "臨時拡充は普通の拡充とは違うんですか",
    // Said to be written first, the other asked with 何が (probe 474: 意味 had been searched).
    "資料に「臨時拡充」と書いてあるのですが、どういう意味でしょうか。普通の拡充と何が違うのか教えていただけますか。",
  ])("answers %s with both meanings and 臨時拡充's projects", async (q) => {
    const a = await engine.ask(q);
    const said = a.leads ?? a.notes;
    expect(said.some((l) => l.startsWith("『臨時拡充』は、"))).toBe(true);
    expect(said.some((l) => l.startsWith("『拡充』は、"))).toBe(true);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => Object.values(p.directions).includes("臨時拡充"))),
    );
  });
});

// Who does it, asked alone after a project (probe 185: 誰がやってる had answered 0件).
describe("whose a project is, asked with 誰が or どこが", () => {
  it.each(["誰がやってる", "だれがやってるの", "どこがやってる？", "誰の担当？"])(
    "reads %s after a project as 担当は？",
    async (q) => {
      const [a, b] = [
        await thread("AIチャットボットの事業ある", q),
        await thread("AIチャットボットの事業ある", "担当は？"),
      ];
      expect(answered(a)).toEqual(answered(b));
      expect(a.leads?.[0] ?? a.notes[0]).toBe(b.leads?.[0] ?? b.notes[0]);
      expect(a.leads?.[0] ?? a.notes[0]).toMatch(/^担当課: DX推進チーム/);
    },
  );
});

// Whom a message is said to, opening it, is no word of the question (probe 166: 「せんぱい、…」 had searched せん).
describe("a person addressed at the start of a message", () => {
  it.each([
    "せんぱい、えんがわってなんですか",
    "先輩、えんがわってなんですか",
    "田中さん、えんがわってなんですか",
    "係長、えんがわってなんですか",
  ])("answers %s as えんがわってなんですか", async (q) => {
    const [a, plain] = [await engine.ask(q), await engine.ask("えんがわってなんですか")];
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(plain));
    expect(a.searchedWords).toEqual(plain.searchedWords);
  });

  it("keeps a unit with さん, which may start a list of units", async () => {
    const a = await engine.ask("人事課さん、情報システム課さんの事業");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "人事課" || p.department === "情報システム課")),
    );
  });
});

describe("a pick or a check of the projects in view", () => {
  it("reads それの2つ目 as the second one of the list", async () => {
    const a = await thread("人事課の事業おしえてください", "それの2つ目ってなにするんですか");
    const theirs = plan.projects.filter((p) => p.department === "人事課");
    expect(answered(a)).toEqual(keys([theirs[1] as Project]));
  });

  it.each(["それってぜんぶ同じ課ですか？", "担当は全部一緒？", "全部同じ部署？"])(
    "answers %s with はい and the one department when they share it",
    async (q) => {
      const a = await thread("7-5の事業ってなにがありますか", q);
      const theirs = plan.projects.filter((p) => p.policy === "7-5");
      expect(new Set(theirs.map((p) => p.department)).size).toBe(1);
      expect(verdict(a)).toBe(`はい。${theirs.length}件とも${theirs[0]?.department}の担当です。`);
      expect(answered(a)).toEqual(keys(theirs));
    },
  );

  it("answers いいえ with each one's department when they do not", async () => {
    const a = await thread("マイナンバーカードの事業ってどれですか", "それってぜんぶ同じ課ですか？");
    const shown = a.projects.slice(0, a.answered);
    const units = new Set(shown.map((p) => p.department));
    expect(units.size).toBeGreaterThan(1);
    expect(verdict(a)).toMatch(new RegExp(`^いいえ。担当課は${units.size}課に分かれています。担当課: `));
  });

  it("leaves 同じ課の事業 a question of the department's projects, not a check", async () => {
    const a = await thread("マイナンバーカードの普及促進", "同じ課の事業");
    expect(verdict(a)).toBeUndefined();
    expect(answered(a).length).toBeGreaterThan(0);
  });
});

// A follow-up read on a line after the question it narrows, as a 議会 answer is checked (probe 167).
describe("a follow-up of a year's list, politely asked", () => {
  it("reads 翌年度 as the year after the one the question before named, not after today", async () => {
    const a = await thread(
      "令和3年度に臨時拡充の事業は何件ございますか。",
      "そのうち翌年度も臨時拡充が続いているものは？",
    );
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.directions.R3 === "臨時拡充" && p.directions.R4 === "臨時拡充")),
    );
    expect(a.notes.some((n) => n.includes("令和9年度"))).toBe(false);
  });

  it("narrows the list in view for 「…のはどれですか。」 with its full stop", async () => {
    const a = await thread("7-2-7の事業", "令和4年度に完了するのはどれですか。");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.initiative === "7-2-7" && p.directions.R4 === "完了")),
    );
  });

  it.each(["残りの2件は？", "残りの2件は令和5年度以降どうなりますか。"])(
    "reads %s as the rest of the list the narrowing came from",
    async (q) => {
      const a = await thread("7-2-7の事業", "令和4年度に完了するのはどれですか。", q);
      const rest = plan.projects.filter((p) => p.initiative === "7-2-7" && p.directions.R4 !== "完了");
      expect(rest).toHaveLength(2);
      expect(answered(a)).toEqual(keys(rest));
    },
  );

  it("answers 一番多い課は？ after a breakdown of the whole plan by department with that department's projects", async () => {
    const a = await thread("課ごとの事業数教えて", "一番多い課は？");
    const count = (d: string) => plan.projects.filter((p) => p.department === d).length;
    const most = Math.max(...plan.projects.map((p) => count(p.department)));
    const [unit] = [...new Set(plan.projects.map((p) => p.department))].filter((d) => count(d) === most);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === unit)));
  });

  it("leaves 当課 alone when the unit is named after it, as what is asked: the unit's projects, all of them", async () => {
    const a = await thread(
      "お疲れ様です。人権男女の課内会議用に、当課が担当している事業の一覧を作る必要があります。お手数ですが、担当課が人権・男女共生課となっている事業をすべてお示しいただけますでしょうか。",
    );
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "人権・男女共生課")));
  });

  it.each(["R4で全部終わる？", "どれもR4で終わる？"])(
    "reads %s after a department's list as asked of its projects, not the plan's",
    async (q) => {
      const a = await thread("情シスの事業", q);
      const theirs = plan.projects.filter((p) => p.department === "情報システム課");
      const ending = theirs.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
      expect(ending.length).toBeGreaterThan(0);
      expect(ending.length).toBeLessThan(theirs.length);
      expect(answered(a)).toEqual(keys(ending));
      expect(a.leads?.[0]).toMatch(
        new RegExp(`^いいえ。当てはまるのは${theirs.length}件のうち${ending.length}件です`),
      );
    },
  );

  // (A search's list narrowed is read in one line, its projects named before のうち: probe 169 had asked the narrowing
  // again, 0件. 「他には？」 there asks for more that are so, and stays as it was: probe 115.)
  // (それ以外は？ too, which points at the ones just answered: probe 172 had looked for more that ended, 0件.)
  it.each(["残りは？", "それ以外は？"])(
    "reads %s after a search's list was narrowed as the rest of that list",
    async (q) => {
      const list = await thread("Wi-Fiの事業 全部");
      const narrowed = await thread("Wi-Fiの事業 全部", "そのうちもう終わったのは");
      const a = await thread("Wi-Fiの事業 全部", "そのうちもう終わったのは", q);
      expect(narrowed.answered).toBeGreaterThan(0);
      const rest = list.projects
        .slice(0, list.answered)
        .filter((p) => !answered(narrowed).includes(projectKey(p)));
      expect(rest.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(rest));
    },
  );
});

describe("the rest asked after a list narrowed in its own question (probe 176)", () => {
  it.each(["それ以外は？", "残りは？"])(
    "reads %s after 「財産活用課の事業でR7まで続くやつ」 as the department's other projects",
    async (q) => {
      const a = await thread("財産活用課の事業でR7まで続くやつ", "何件？", q);
      const rest = plan.projects.filter((p) => p.department === "財産活用課" && !p.directions.R7);
      expect(rest.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(rest));
    },
  );

  it("reads それ以外は？ after a year's completions alone as the plan's other projects", async () => {
    const a = await thread("R4で完了する事業", "それ以外は？");
    const rest = plan.projects.filter((p) => !/完了/.test(p.directions.R4 ?? ""));
    expect(answered(a)).toEqual(keys(rest));
  });

  it("still answers 他には？ after the same list with none more so", async () => {
    const a = await thread("財産活用課の事業でR7まで続くやつ", "他には？");
    expect(a.answered).toBe(0);
  });
});

describe("いつから？ after a list asked by a direction (probe 177)", () => {
  it("answers since when the project has had it: 「縮小の事業ってある？」 then 「いつから？」", async () => {
    const a = await thread("縮小の事業ってある？", "いつから？");
    const shrinking = plan.projects.filter((p) => Object.values(p.directions).includes("縮小"));
    expect(shrinking.length).toBe(1);
    const [only] = shrinking as [Project];
    const first = Object.entries(only.directions).find(([, d]) => d === "縮小")?.[0] as string;
    expect(a.notes[0]).toMatch(
      new RegExp(`^${only.name.replace(/[「」]/g, ".")}の縮小は令和${first.slice(1)}年度`),
    );
  });

  it.each([
    ["予算を減らしていく事業ってある？", "いつから減らしてる？", "縮小"],
    ["多文化共生の事業", "いつから拡充されてるの？", "拡充"],
  ])(
    "answers 「%s」 then 「%s」, the direction said by its verb, since when it has had %s (probe 180)",
    async (q, since, direction) => {
      const a = await thread(q, since);
      expect(a.notes[0]).toMatch(new RegExp(`の${direction}は令和\\d年度`));
      expect(a.answered).toBe(1);
    },
  );

  it("still answers the start of the listing after a list asked by no direction", async () => {
    const a = await thread("人事課の事業", "いつから？");
    expect(a.notes[0]).toMatch(/の開始（新規）/);
  });
});

describe("another direction asked after a start said in everyday words (probe 178)", () => {
  it("reads じゃあ拡充は？ after 「財産活用課の事業で新しく始まったのって？」 as the department's 拡充 projects", async () => {
    const a = await thread("財産活用課の事業で新しく始まったのって？", "じゃあ拡充は？");
    const want = plan.projects.filter(
      (p) => p.department === "財産活用課" && Object.values(p.directions).some((d) => /拡充/.test(d)),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

describe("a list narrowed with a request after だけ (probe 178)", () => {
  it.each(["7-2のだけ見せて🙏", "7-2のだけ教えて", "7-2のだけ出してください"])(
    "reads %s after 「R3で新規の事業」 as that list's projects under 7-2",
    async (q) => {
      const a = await thread("R3で新規の事業", q);
      const want = plan.projects.filter((p) => p.policy === "7-2" && /新規/.test(p.directions.R3 ?? ""));
      expect(want.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(want));
    },
  );
});

describe("a list narrowed after one of it was picked (probe 177)", () => {
  it("reads そのうちR4に完了するのは？ after 「2つ目の内容は？」 as narrowing the list picked from", async () => {
    const a = await thread("7-5の事業", "2つ目の内容は？", "そのうちR4に完了するのは？");
    const want = plan.projects.filter((p) => p.policy === "7-5" && /完了/.test(p.directions.R4 ?? ""));
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

describe("a year or an end asked of the few projects in view", () => {
  it("reads それは令和4年度はどうなっていますか。 after one project as that project's year", async () => {
    const a = await thread(
      "財産活用課の所管事業を一覧でお願いします。",
      "そのうち令和3年度に新規のものは？",
      "それは令和4年度はどうなっていますか。",
    );
    const [one] = plan.projects.filter((p) => p.department === "財産活用課" && p.directions.R3 === "新規");
    expect(answered(a)).toEqual(keys([one as Project]));
    expect(a.leads?.[0]).toBe(`${one?.name}の令和4年度の方向性は${one?.directions.R4}です。`);
  });

  // (ますでしょうか, a polite ます made politer, too: probe 171 had answered the plan's 32 of R5–R7.)
  it.each(["R5からはどうなるんですか", "R5はどうなるんですか", "令和5年度以降はどうなりますでしょうか。"])(
    "keeps the subject for %s after when it ends was asked",
    async (q) => {
      const a = await thread("DVの相談の事業", "それっていつまでですか", q);
      expect(answered(a)).toEqual(keys([byName(DV)]));
    },
  );

  it.each(["そのなかで一番はやく終わったのは？", "その中で一番早く終わったのは？"])(
    "compares the ends of the list in view for %s, said in the past",
    async (q) => {
      const a = await thread("7-6の事業", q);
      const ends = (p: Project) =>
        Math.min(
          ...Object.entries(p.directions)
            .filter(([, d]) => d === "完了" || d === "新規完了")
            .map(([y]) => Number(y.slice(1))),
        );
      const theirs = plan.projects.filter((p) => p.policy === "7-6");
      const first = Math.min(...theirs.map(ends));
      expect(answered(a)).toEqual(keys(theirs.filter((p) => ends(p) === first)));
    },
  );
});

// A year asked of the project in view with やる said politely (probe 195: 「R7もやりますか」 had listed the year's whole
// plan, the thread dropped).
describe("a year asked of the project in view, with やる in any form", () => {
  it.each(["R7もやる？", "R7もやりますか", "R7もやるんですか"])(
    "answers %s of ふるさと寄附金推進事業 (listed to R6) with いいえ",
    async (q) => {
      const a = await thread("ふるさと納税って何課でしたっけ", q);
      expect(verdict(a)).toMatch(/^いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません/);
    },
  );
});

// A remark that the answer does not match the one before (probe 194: 数 had been searched, the list emptied under its
// own 条件 line).
describe("a remark on the answer before, then the question", () => {
  it("reads 「さっきと数が違うけど、財産活用課は7件で合ってる？」 as the count to confirm", async () => {
    const a = await thread(
      "7-2の事業は全部で何件？",
      "うち財産活用課は？",
      "さっきと数が違うけど、財産活用課は7件で合ってる？",
    );
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "財産活用課" && p.policy === "7-2")),
    );
    expect(verdict(a)).toBe("はい。該当する事業は7件です。");
  });

  it("reads 「さっきと数が違うけど？新規完了も入ってる？」 of the list just answered", async () => {
    const [list, a] = await Promise.all([
      engine.ask("R3に新規の事業"),
      thread("R3に新規の事業", "さっきと数が違うけど？新規完了も入ってる？"),
    ]);
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(list));
  });
});

// A guess about the project in view said to be confirmed, with no それ (probe 194: 「R5で終わるんちゃう？」 had listed the
// year's completions of the whole plan).
describe("a year and a direction guessed of the project in view", () => {
  it.each(["R5で終わるんちゃう？", "R5で終わるよね？", "R5で終わるんじゃない？", "R5で終わるかな？"])(
    "answers %s of the project in view with いいえ and its direction that year",
    async (q) => {
      const a = await thread("コミュニティセンター管理運営事業", q);
      expect(verdict(a)).toBe("いいえ。コミュニティセンター管理運営事業の令和5年度の方向性は継続です。");
    },
  );
});

// Years said aloud in a thread's message are read as digits before its rules (probe 195: 「じゃあれいわよねんどに拡充は」
// after a narrowing had been asked of the two in view, where R4 swaps the narrowing).
describe("a year said aloud in a follow-up", () => {
  it.each([["じゃあR4に拡充は"], ["じゃあれいわよねんどに拡充は"]])(
    "reads %s after 7-2-7's R4 completions as the narrowing asked again with 拡充",
    async (q) => {
      const a = await thread("ななのにのななの事業", "そのうちれいわよねんどで完了するのは", q);
      expect(answered(a)).toEqual(
        keys(plan.projects.filter((p) => p.initiative === "7-2-7" && /拡充/.test(p.directions.R4 ?? ""))),
      );
      expect(verdict(a)).toBeUndefined();
    },
  );
});

// The other side of a comparison just answered, said with ほう (probe 197: 「短いほうは？」 after 「どっちが長く続く？」 had
// found 0件, or answered of the longer one).
describe("the other side of a comparison, with ほう", () => {
  it.each(["短いほうは？", "短い方は？", "早く終わるほうは？"])(
    "answers %s with the one that ends first",
    async (q) => {
      const a = await thread("リノベのいばらきの事業ってどれ？", "どっちが長く続く？", q);
      expect(answered(a)).toEqual(["7-7#3"]);
      expect(a.notes[0]).toBe("先に終わるのは、リノベのいばらき推進事業の拡充（R5 継続まで）です。");
    },
  );
});

// The other of two after one was picked by a narrowing said with no そのうち (probe 197: 「R7まで続くのはどっち？」 then
// 「もう片方は何年度に完了？」 had asked the narrowing again, 0件).
describe("the other one after a which-of-two", () => {
  it("answers もう片方は？ with the other of the unit's two", async () => {
    const a = await thread("人事課の事業は？", "R7まで続くのはどっち？", "もう片方は？");
    expect(answered(a)).toEqual(["7-3#2"]);
  });

  it("answers もう片方は何年度に完了？ of the other, with its year", async () => {
    const a = await thread("人事課の事業は？", "R7まで続くのはどっち？", "もう片方は何年度に完了？");
    expect(answered(a)).toEqual(["7-3#2"]);
    expect(a.notes[0]).toBe("人事給与制度の見直しの完了は令和4年度です（R4 完了）。");
  });
});

// A unit offered as where to send a call (probe 198: read as the asker's background, the unit's whole list shown with
// no はい).
describe("whether to send a call to a unit, of the project in view", () => {
  it.each([
    ["外国の方が日本語を勉強したいって電話が来てる", "じゃあ人権・男女共生課に回せばいい？", "はい"],
    ["外国の方が日本語を勉強したいって電話が来てる", "じゃあ市民課に回せばいい？", "いいえ"],
  ])("answers %s, then %s, with %s", async (first, q, yes) => {
    const a = await thread(first, q);
    expect(verdict(a)?.startsWith(`${yes}。`)).toBe(true);
    expect(a.notes.join("\n")).not.toContain("質問の背景");
  });

  it("answers じゃあそっちに回せばいい？ with the department just named", async () => {
    const a = await thread("ふるさと納税って何課？", "じゃあそっちに回せばいい？");
    expect(a.notes[0]).toBe("担当課: まち魅力発信課（ふるさと寄附金推進事業）");
  });
});

// Whether the answer included a kind, asked with 含めてる, after a check that it is whole (probe 201: 0件).
describe("a kind asked to be included in the list in view", () => {
  it.each(["新規完了も含めてる？", "それで全部？新規完了も含めてる？", "新規完了も入ってる？"])(
    "answers %s after R5's completions with that list, 新規完了 in it",
    async (q) => {
      const [list, a] = await Promise.all([
        engine.ask("令和5年度に完了する事業"),
        thread("令和5年度に完了する事業", q),
      ]);
      expect(list.projects.slice(0, list.answered).some((p) => p.directions.R5 === "新規完了")).toBe(true);
      expect(answered(a)).toEqual(answered(list));
    },
  );
});

// A unit corrected by its name without 課 (probe 203: 「人事じゃなくて情シス」 had answered 0件).
describe("a unit corrected by its name without 課", () => {
  it.each([
    ["あ、まちがえた、人事じゃなくて情シス", "情報システム課"],
    ["人事じゃなくて市民", "市民課"],
  ])("reads %s after 人事課の事業 as %s's projects", async (q, unit) => {
    const a = await thread("人事課の事業", q);
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === unit)));
  });
});

// One last ask announced before it (probe 207: 「あと1個だけ、それ以外の課のは？」 had found none).
describe("a last ask announced", () => {
  it("reads あと1個だけ、それ以外の課のは？ as それ以外の課のは？", async () => {
    const [r4, a] = await Promise.all([
      engine.ask("R4で完了する事業は？"),
      thread("R4で完了する事業は？", "そのうち人権・男女共生課のは？", "あと1個だけ、それ以外の課のは？"),
    ]);
    const rest = r4.projects.slice(0, r4.answered).filter((p) => p.department !== "人権・男女共生課");
    expect(rest.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(rest));
  });
});

// A fiscal year written the English way, then the next asked (probe 207: 「じゃあ翌年度は？」 after FY2021 had read 「FYR4」).
describe("a fiscal year written FY2021", () => {
  it("answers じゃあ翌年度は？ after FY2021に臨時拡充の事業は？ with R4's 臨時拡充", async () => {
    const a = await thread("FY2021に臨時拡充の事業は？", "じゃあ翌年度は？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R4 === "臨時拡充")));
    expect(a.notes.join("\n")).not.toContain("FY");
  });

  it("reads FY23 as 2023年度 (R5)", async () => {
    const a = await engine.ask("FY23の完了");
    expect(a.filters.years).toEqual(["R5"]);
  });
});

// A count asked after a search that found none (probe 207: the whole plan's 44 had been counted as of it).
it("answers 何件？ after ドローンの事業ある？ (none) with 0件", async () => {
  const a = await thread("ドローンの事業ある？", "何件？");
  expect(a.answered).toBe(0);
  expect(a.notes[0]).toBe("該当する事業は0件です。");
});

// After the plan, said of it (probe 215: another project answered, the whole plan's 44, or none).
describe("the years after the plan, asked of the project in view", () => {
  it.each([["計画が終わったあとはどうなるの？"], ["計画期間のあとは？"], ["計画終了後は？"]])(
    "answers %s after a project with that project, listed to the plan's last year",
    async (q) => {
      const a = await thread("映画「葬式の名人」のやつ", q);
      expect(a.projects.map(projectKey)).toEqual(["7-1#4"]);
      expect(a.notes[0]).toMatch(
        /^映画「葬式の名人」活用プロモーション事業は令和8年度の計画に記載がありません/,
      );
    },
  );

  it("reads 計画期間が終わったあと in one question as the years after R7", async () => {
    const a = await engine.ask("計画期間が終わったあと、映画「葬式の名人」の事業はどうなる予定ですか");
    expect(projectKey(a.projects[0] as Project)).toBe("7-1#4");
    expect(a.notes.join("\n")).toContain("令和8年度は計画期間（令和3年度〜7年度）の外です");
  });
});

// A count asked as a rough one (probe 216: 0件).
it.each([["ぜんぶで何件くらいあるの？"], ["全部でいくつぐらいある？"]])(
  "counts the whole plan asked %s",
  async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(plan.projects.length);
    expect(a.notes[0]).toBe(`該当する事業は${plan.projects.length}件です。`);
  },
);

// A direction and since when, asked in one message (probe 210: 0件, or the project's start).
it.each([["縮小 いつから"], ["縮小はいつから？"], ["縮小の事業はいつから縮小？"]])(
  "answers %s with since when the projects of that direction have had it, as a thread asks it",
  async (q) => {
    const alone = await engine.ask(q);
    const asThread = await thread("縮小の事業", "いつから？");
    expect(alone.projects.map(projectKey)).toEqual(asThread.projects.map(projectKey));
    expect(alone.notes[0]).toBe(asThread.notes[0]);
    expect(alone.notes[0]).toMatch(/の縮小は令和\d年度/);
    expect(alone.notes.join("\n")).not.toContain("前の質問");
  },
);

// What comes after the end just answered (probe 216: 「その後は…」 read as a question of its own, 0件).
it("answers その後はどうなるの？ after a project's いつまで with the years after its last listed, where it has none", async () => {
  const a = await thread("DVの被害者支援の事業って、いつまで載ってる？", "その後はどうなるの？");
  const shown = a.notes.join("\n");
  expect(shown).toContain("配偶者暴力被害者等セーフティネット充実支援事業");
  expect(shown).toContain("R5以降は計画に記載なし");
  expect(a.answered).toBe(0);
});

// Probes 217–219: a side of a list with what is asked of it, a guess confirmed with its copula, Kansai follow-ups.
describe("follow-ups said as a side, a guess or in Kansai speech", () => {
  const COACHING = "組織力強化に向けたコーチング研修の実施";
  const CHALLENGE = "チャレンジいばらき補助金の拡充";

  it("reads 補助金のほうはいつまで？ after a search's list as the side of that list, then when it ends", async () => {
    const a = await thread("市民活動の支援ってどんな事業がある？", "補助金のほうはいつまで？");
    expect(answered(a)).toEqual(keys([byName(CHALLENGE)]));
    expect(verdict(a) ?? a.notes[0]).toContain("令和5年度まで");
  });

  it("reads 研修のほうの担当課は？ after a department's list as the side of it, then its department", async () => {
    const a = await thread("人事課の事業は？", "研修のほうの担当課は？");
    expect(answered(a)).toEqual(keys([byName(COACHING)]));
  });

  it("reads a side none of the list is (スマートロック after the Wi-Fi list's names) as its own search", async () => {
    const a = await thread("人事課の事業は？", "Wi-Fiのほうはいつまで？");
    expect(answered(a).every((k) => byName(COACHING) && !k.startsWith("7-3"))).toBe(true);
  });

  it.each([["R3は新規だよね？"], ["R3は新規やんな？"], ["R3は新規だろ？"]])(
    "answers %s of the project in view with はい",
    async (q) => {
      const a = await thread("コーチング研修って何課がやってはるん？", q);
      expect(verdict(a)).toBe(`はい。${COACHING}の令和3年度の方向性は新規です。`);
    },
  );

  it("answers a guess in the negative past (R5も継続じゃなかったっけ？) as whether it is so: いいえ", async () => {
    const a = await engine.ask("人事給与制度の見直しってR5も継続じゃなかったっけ？");
    expect(a.filters.directions).toContain("継続");
    expect(verdict(a)).toMatch(/^いいえ。/);
  });

  it("reads a correction ending in Kansai やった (あ、ごめん R4やった) as the year put right", async () => {
    const a = await thread("R5で完了する事業ある？", "あ、ごめん R4やった");
    expect(a.filters.directions).toContain("完了");
    expect(a.filters.years).toEqual(["R4"]);
  });

  it("narrows by 拡充しとる as by the direction, not the word", async () => {
    const a = await thread("7-2-7の事業", "そのうち拡充しとるのは？");
    expect(a.filters.directions).toContain("拡充");
    expect(a.searchedWords).toEqual([]);
  });

  it("narrows by もう終わったやつ as by 完了, after a search's list", async () => {
    const a = await thread("Wi-Fiの事業ってどんなんあるん？", "そのうちもう終わったやつは？");
    expect(a.filters.directions).toContain("完了");
    expect(answered(a)).toEqual(["7-2#9"]);
  });

  it("answers R4はどういう扱いなん？ of the project in view", async () => {
    const a = await thread("多文化共生のサロンってやってはる？", "R4はどういう扱いなん？");
    expect(a.answered).toBe(1);
  });
});

describe("casual forms of a direction, read in the common language", () => {
  it.each([
    // A direction guessed in the negative past: as だったっけ asks it (probe 219).
    ["R5も継続じゃなかったっけ？", "R5も継続だったっけ？"],
    ["R5も拡充じゃなかった？", "R5も拡充だったっけ？"],
    ["R4で完了ではなかったでしょうか", "R4で完了だったっけ"],
    // A direction's に left out, as speech drops it (probe 218).
    ["縮小なってるって本当？", "縮小になってるって本当？"],
    ["R4で完了なった？", "R4で完了になった？"],
    // 同じ before a department named; a department denied as whose a project is (probes 218–219).
    ["同じ人事課で他にやってるのある？", "人事課で他にやってるのある？"],
    ["貸室のWi-Fiの事業、DX推進チームの担当じゃないよね？", "貸室のWi-Fiの事業、DX推進チームじゃないよね？"],
    // A total asked alone: the count of the list in view (probe 225).
    ["合計は？", "全部で何件？"],
    ["じゃあ合計は何件になる？", "じゃあ全部で何件？"],
    ["足すと何件？", "全部で何件？"],
    ["トータルは？", "全部で何件？"],
    // Words in kana the readings need written (probe 224).
    ["じゃあきゅうよせいどのみなおしは？", "じゃあ、きゅうよせいどのみなおしは？"],
    ["おくやみのこーなーってどこのか？", "おくやみのこーなーってどこの課？"],
    ["R4からR5でほうこうせいがかわるじぎょう", "R4からR5で方向性が変わる事業"],
    ["R4はどういうあつかい？", "R4はどうなってる？"],
    ["おなじ課のほかのじぎょう", "同じ課のほかの事業"],
    ["おなじ年度で完了するじぎょうは？", "同じ年度で完了する事業は？"],
    ["そっちは2025年度もある？", "それは2025年度もある？"],
    // A year said from another, then written out beside it: the year written (probe 299).
    ["じゃあ1年後の2024年度で終わるのは？", "じゃあ2024年度で終わるのは？"],
    ["来年度の令和5年度に完了する事業", "令和5年度に完了する事業"],
    // The project in view said as その事業 before 以外 (probe 302).
    ["その事業以外にスマートロックを導入する事業はある？", "それ以外にスマートロックを導入する事業はある？"],
    ["で、こっちって何課？", "で、それって何課？"],
    // A unit guessed not to be the only one, and the others said to be included: no condition (probe 298).
    ["Wi-Fiの事業、財産活用課だけじゃないですよね？", "Wi-Fiの事業、 "],
    ["人事課だけではないですか？研修の事業", " 研修の事業"],
    ["Wi-Fiの事業、ほかの課の分も含めて教えて", "Wi-Fiの事業、 教えて"],
    ["研修の事業を他の部署のものも合わせて", "研修の事業を "],
  ])("reads %s as %s", (said, common) => {
    expect(inCommonJapanese(said)).toBe(common);
  });

  it.each([
    ["継続じゃなかった。"],
    ["R5は縮小なるべく避けたい"],
    ["新規の事業じゃなかった？"],
    ["同じ課で他にやってるのある？"],
    ["同じ担当課の事業"],
    ["DX推進チームの担当じゃない事業"],
    ["合計予算は？"],
    ["足すと便利な事業"],
    ["じゃあR5は？"],
    ["なにかあるか？"],
    ["かわいい事業"],
    // Both units named, and the others asked for: conditions.
    ["人事課だけじゃなくて市民課の事業も"],
    ["ほかの課の事業は？"],
    ["おなじみの事業"],
    ["そっちの方が早い？"],
    ["来年度の予算に関係する事業"],
    ["1年後に完了する事業"],
    ["事業以外の取組"],
    ["人事課はそっちは？"],
  ])("leaves %s as it is", (said) => {
    expect(inCommonJapanese(said)).toBe(said);
  });
});

describe("a direction narrowing a list of a range, had in some year", () => {
  const hadOnce = (p: Project, ds: readonly string[]) =>
    Object.values(p.directions).some((d) => ds.includes(d));
  it.each([
    ["令和6年度以降の事業は？", "R6"],
    ["令和6年度以降も残る事業は？", "R6"],
    ["R7まで残る事業は？", "R7"],
  ])(
    "answers 「そのうち拡充したのは？」 after 「%s」 with the listed ones expanded in some year",
    async (first, from) => {
      const a = await thread(first, "そのうち拡充したのは？");
      const listed = (p: Project) =>
        Object.keys(p.directions).some((y) => Number(y.slice(1)) >= Number(from.slice(1)));
      const want = plan.projects.filter((p) => listed(p) && hadOnce(p, ["拡充", "臨時拡充"])).map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(answered(a).sort()).toEqual(want.sort());
    },
  );

  it("reads 令和6年度以降の事業のうち一度でも拡充したもの in one message as listed then and expanded once", async () => {
    const a = await engine.ask("令和6年度以降の事業のうち一度でも拡充したものは？");
    const b = await thread("令和6年度以降の事業は？", "そのうち拡充したのは？");
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(b));
  });

  it("still answers 「そのうち拡充したのは？」 after a year said bare (R4の事業) with that year's 拡充", async () => {
    const a = await thread("令和4年度の事業は？", "そのうち拡充したのは？");
    const want = plan.projects
      .filter((p) => p.directions.R4 === "拡充" || p.directions.R4 === "臨時拡充")
      .map(projectKey);
    expect(answered(a).sort()).toEqual(want.sort());
  });
});

describe("a thread typed in kana (probe 300)", () => {
  it("keeps the narrowing before when the unit asked again is typed in kana (じゃあDXすいしんちーむは)", async () => {
    const a = await thread("情報システム課", "R5いこうもつづくのは", "じゃあDXすいしんちーむは");
    const want = plan.projects
      .filter(
        (p) => p.department === "DX推進チーム" && (p.directions.R5 ?? p.directions.R6 ?? p.directions.R7),
      )
      .map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(want);
    expect(a.notes).toContain("「DXすいしんちーむ」は「DX推進チーム」と読んで答えています。");
  });

  it("answers 「おなじ課のほかのじぎょう」 with the department's other projects", async () => {
    const a = await thread("ちゃれんじいばらき", "おなじ課のほかのじぎょう");
    const grant = byName("チャレンジいばらき補助金の拡充");
    const want = plan.projects
      .filter((p) => p.department === grant.department && p !== grant)
      .map(projectKey);
    expect(answered(a).sort()).toEqual(want.sort());
  });
});

describe("a subject searched afresh that the project in view answers too (probe 300)", () => {
  // (「相談のおんらいんもやる？」 after 「行政手続のオンライン化」 asks whether the one in view does it too: はい of it, the
  // others doing it related — see "whether the one project in view holds a thing".)
  it("answers 「行政手続のオンライン化」 then 「相談のおんらいんもやる？」 with はい of the project in view, the others related", async () => {
    const a = await thread("行政手続のオンライン化", "相談のおんらいんもやる？");
    const inView = byName("行政手続のオンライン化の推進");
    expect(verdict(a)).toMatch(/^はい。行政手続のオンライン化の推進の/);
    expect(a.projects[0]).toBe(inView);
    expect(a.answered).toBe(1);
    expect(a.projects.length).toBeGreaterThan(1);
  });

  it.each([
    ["地域コミュニティのアンケート", "大学と一緒にやるんだっけ", "地域コミュニティに関する現状分析の実施"],
  ])("answers 「%s」 then 「%s」 with the project in view first", async (first, next, name) => {
    const alone = await engine.ask(next);
    const a = await thread(first, next);
    const inView = projectKey(byName(name));
    // (Alone, the message finds it among others, not first: the thread is what puts it there.)
    expect(keys(alone.projects.slice(0, alone.answered))).toContain(inView);
    expect(alone.projects.map(projectKey)[0]).not.toBe(inView);
    expect(a.projects.map(projectKey)[0]).toBe(inView);
    expect(a.answered).toBe(alone.answered);
  });

  it("leaves the other side asked as found: 「人権の方の計画は？」 after 男女共同参画's plan (probe 301)", async () => {
    const a = await thread("男女共同参画の計画について市民の方から質問がありました", "人権の方の計画は？");
    expect(a.projects.map(projectKey)[0]).toBe(projectKey(byName("第2次人権施策推進計画の見直し")));
  });
});

describe("a list narrowed by leaving out, in a thread or in one message (probe 302)", () => {
  it.each([
    [
      ["人権・男女共生課の事業", "そのうち令和3年度が新規のは？", "そこから改修工事のものは除いてください。"],
      3,
    ],
    [["7-2-6の事業", "R3新規のは？", "さらに市民課の担当分を除くと？"], 1],
    [["R3に新規の事業って何件？", "そのうち7-2と7-6は除いて", "さらに人権・男女共生課も外すと？"], 2],
  ])("answers %j from the list in view, fewer than before", async (messages, count) => {
    const before = await thread(...messages.slice(0, -1));
    const a = await thread(...messages);
    const kept = new Set(answered(before));
    expect(a.answered).toBe(count);
    expect(a.answered).toBeLessThan(before.answered);
    for (const key of answered(a)) expect(kept.has(key)).toBe(true);
  });

  it("leaves 臨時拡充 out when a later sentence says so with the reason between (…今回の答弁では対象外としたいので除いてください)", async () => {
    const a = await engine.ask(
      "財産活用課が担当する事業のうち、令和3年度の方向性が「拡充」のものを教えてください。なお「臨時拡充」は今回の答弁では対象外としたいので除いてください。",
    );
    const want = plan.projects
      .filter((p) => p.department === "財産活用課" && p.directions.R3 === "拡充")
      .map(projectKey);
    expect(answered(a)).toEqual(want.sort());
  });

  it("leaves out every project a name in kana after の names, said with 関係 (リノベのいばらき関係のものを除くと)", async () => {
    const a = await engine.ask(
      "政策企画課が担当している事業のうち、リノベのいばらき関係のものを除くと、どの事業が残りますでしょうか。",
    );
    const want = plan.projects
      .filter((p) => p.department === "政策企画課" && !p.name.includes("リノベ"))
      .map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(want.sort());
  });
});

describe("two projects compared, then asked of each (probe 303)", () => {
  const first = "マイナンバーカードの普及促進と住民票の窓口申請システム、どっちが先に終わる？";
  it("says only which is first, not that two questions were answered each", async () => {
    const a = await engine.ask(first);
    expect(a.notes[0]).toBe("先に終わるのは、マイナンバーカードの普及促進（R4 継続まで）です。");
    expect(a.notes.join("\n")).not.toContain("2つの質問として");
  });

  it.each([
    [first, "それぞれ何年度まで？"],
    ["コーチング研修と人事給与制度の見直し、どちらが先に終わりますか", "担当課はどちらも人事課ですか"],
  ])("answers 「%s」 then 「%s」 of both compared, not of the one put first", async (compared, next) => {
    const before = await engine.ask(compared);
    const a = await thread(compared, next);
    const both = before.projects.slice(0, 2).map(projectKey).sort();
    expect(answered(a)).toEqual(both);
  });

  it("asks what was asked of two subjects of two others named alone (じゃあ行財政改革とリノベの官民連携だと？), each", async () => {
    const a = await thread(
      "民間提案制度と行財政改革の推進、担当課はそれぞれどこですか",
      "じゃあ行財政改革とリノベの官民連携だと？",
    );
    expect(answered(a)).toEqual(
      [
        projectKey(byName("行財政改革の推進")),
        projectKey(byName("リノベのいばらきにおける官民連携の推進")),
      ].sort(),
    );
  });

  it.each([
    [
      first,
      "じゃあマイナンバーカードとおくやみコーナーだと？",
      "先に終わるのは、マイナンバーカードの普及促進（R4 継続まで）です。",
    ],
    [
      "コーチング研修と人事給与制度の見直し、どっちが長く続く？",
      "じゃあコーチング研修とマイナンバーカードだと？",
      "長く続くのは、組織力強化に向けたコーチング研修の実施（R7 継続まで）です。",
    ],
  ])(
    "compares two others named alone after a comparison, as it compared: 「%s」 then 「%s」",
    async (compared, next, lead) => {
      const a = await thread(compared, next);
      expect(a.notes[0]).toBe(lead);
    },
  );

  it("narrows a list asked after a preamble of AとBについて、… with 「その中で大学と連携しているものは？」, no pair put in its place", async () => {
    const a = await thread(
      "自治会加入率の低下と地域コミュニティの担い手不足について、複数の会派から質問が予定されています。施策7-6「地域コミュニティを育み地域自治を支援する」の事業を一覧でお願いします。",
      "その中で大学と連携しているものは？",
    );
    expect(answered(a)).toEqual([projectKey(byName("地域コミュニティに関する現状分析の実施"))]);
  });

  it("answers 「その2つはどちらも…？」 after two subjects asked in turn of both (probe 302)", async () => {
    const a = await thread(
      "第3次男女共同参画計画の策定の事業について教えてください。",
      "人権施策推進計画の見直しのほうは？",
      "その2つはどちらも令和4年度で完了ですか？",
    );
    expect(a.notes[0]).toBe("はい。2件すべてが当てはまります。");
    expect(a.answered).toBe(2);
  });

  it("reads …と比べてどっちが長く続く？ after a project as the two compared", async () => {
    const a = await thread(
      "ふるさと寄附金って何年度まで？担当課は？",
      "葬式の名人のプロモーションと比べてどっちが長く続く？",
    );
    expect(a.notes[0]).toBe("長く続くのは、映画「葬式の名人」活用プロモーション事業（R7 縮小まで）です。");
    expect(a.notes[1]).toBe("ほかの事業: ふるさと寄附金推進事業（R6 継続まで）。");
  });
});

describe("the others besides the project in view (probe 302)", () => {
  it("answers 「その事業以外にスマートロックを導入する事業はある？」 after コミセン's with the other one", async () => {
    const a = await thread(
      "コミュニティセンターの事業",
      "その事業以外にスマートロックを導入する事業はある？",
    );
    expect(answered(a)).toEqual([projectKey(byName("新たな施設予約システム運営事業"))]);
  });
});

describe("a year stepped from the thread's own (probe 299)", () => {
  it("answers 「そっちは2025年度もある？」 of the project just asked, yes or no", async () => {
    const a = await thread("マイナンバーカード", "住民票の窓口申請システムは？", "そっちは2025年度もある？");
    const window = byName("住民票等の窓口申請システム");
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(`はい。${window.name}は令和7年度も計画に載っています。`);
  });

  it("answers 「じゃあ翌年度に完了するのは？」 after R4's 完了 with R5's, said as read", async () => {
    const a = await thread("令和4年度で完了する事業は？", "じゃあ翌年度に完了するのは？");
    const want = plan.projects
      .filter((p) => p.directions.R5 === "完了" || p.directions.R5 === "新規完了")
      .map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a).sort()).toEqual(want.sort());
  });

  it("says a question asked again of another year and a verb without a stray の (「R3に完了した事業」)", async () => {
    const a = await thread("令和4年度で完了する事業は？", "じゃあR3に完了したのは？");
    expect(a.notes.join("\n")).toContain("前の質問をR3に完了した事業のこととして");
  });
});

describe("a department or a subject checked in the negative", () => {
  it("answers …、DX推進チームの担当じゃないよね？ with はい and the project's own department", async () => {
    const a = await engine.ask("貸室のWi-Fiの事業、DX推進チームの担当じゃないよね？");
    expect(verdict(a)).toBe("はい。貸室利用者向けWi-Fi環境整備事業の担当課は財産活用課です。");
  });

  it("answers every Wi-Fi project of every unit when one unit is guessed not to be the only one (probe 298)", async () => {
    const a = await engine.ask(
      "Wi-Fi関係の事業って、どこの課がそれぞれやってるのか知りたいです。財産活用課だけじゃないですよね？ほかの課の分も含めて教えていただけると助かります。",
    );
    expect(new Set(answered(a).map((k) => k.split("#")[0]))).toEqual(new Set(["7-2", "7-4", "7-5", "7-6"]));
    expect(a.answered).toBe(5);
  });

  it("answers 同じ人事課で他にやってるのある？ after one of 人事課's with the department's other project", async () => {
    const a = await thread("人事給与制度の見直しってもう終わった？", "同じ人事課で他にやってるのある？");
    expect(answered(a)).toEqual(["7-3#1"]);
  });

  it("answers 縮小の事業って映画のやつ以外にもある？ with いいえ: the film project is the only one", async () => {
    const a = await engine.ask("縮小の事業って映画のやつ以外にもある？");
    expect(a.answered).toBe(0);
    expect(verdict(a)).toMatch(/^いいえ。/);
  });

  it("reads 以外にも before ある as the others besides the subject (臨時拡充の事業って愛センター以外にもある？)", async () => {
    const a = await engine.ask("臨時拡充の事業って愛センター以外にもある？");
    expect(a.answered).toBeGreaterThan(0);
    expect(answered(a)).not.toContain("7-4#1");
  });
});

describe("how long projects are listed (probe 220)", () => {
  const listedYears = (p: Project) => Object.keys(p.directions).length;

  it.each([
    ["計画に2年間だけ載っている事業", (n: number) => n === 2],
    ["3年以上続く事業", (n: number) => n >= 3],
    ["1年だけの事業", (n: number) => n === 1],
  ])("answers %s with exactly the projects listed so many years", async (q, holds) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => holds(listedYears(p)))));
    expect(a.notes.some((n) => n.startsWith("条件: 計画に載っている年度が"))).toBe(true);
  });

  it("counts the years a project is listed when asked 何年間", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進は何年間載ってる？");
    expect(a.notes[0]).toBe(
      "マイナンバーカードの普及促進が計画に載っているのは令和3年度から令和4年度までの2年度です（R3 拡充 〜 R4 継続）。",
    );
  });

  it("says a project listed one year only is listed that year alone", async () => {
    const one = plan.projects.find((p) => listedYears(p) === 1);
    if (!one) throw new Error("no project listed one year");
    const a = await engine.ask(`${one.name}は何年間載ってる？`);
    expect(a.notes[0]).toMatch(/の1年度だけです/);
  });
});

describe("three subjects asked of at once (probe 221)", () => {
  it("answers each of three subjects with its department and R5 direction, in the order asked", async () => {
    const a = await engine.ask(
      "コーチング研修と人事給与制度の見直しと多文化共生、それぞれ担当課とR5の方向性を教えて",
    );
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-3#1", "7-3#2", "7-4#4"]);
    expect(a.notes.filter((n) => n.includes("質問")).length).toBe(1);
  });
});

describe("a total asked after a list, and 事業 in kana (probes 224–225)", () => {
  it("answers 足すと何件？ after a narrowed list with its count", async () => {
    const a = await thread("7-2-4の事業を一行ずつ", "R5で完了するのは？", "足すと何件？");
    expect(a.notes).toContain(`該当する事業は${a.answered}件です。`);
    expect(a.filters.directions).toContain("完了");
  });

  it.each([
    ["おわったじぎょう", "完了"],
    ["しゅくしょうになってるじぎょうってどれ", "縮小"],
    ["つづいてるじぎょう", "継続"],
  ])("reads the direction of %s, 事業 typed in kana (%s)", async (q, direction) => {
    const a = await engine.ask(q);
    expect(a.filters.directions).toContain(direction);
    expect(a.answered).toBe(
      plan.projects.filter((p) => Object.values(p.directions).some((d) => d?.includes(direction))).length,
    );
  });
});

describe("counts and lists joined in a thread (probe 225)", () => {
  it("counts by department a direction's projects asked with 数えて", async () => {
    const a = await engine.ask("完了する事業を課ごとに数えて");
    expect(a.filters.directions).toContain("完了");
    expect(a.answered).toBe(10);
    expect(a.notes.some((n) => n.startsWith("担当課ごとの事業数"))).toBe(true);
  });

  it("joins a policy's list to the one before and counts both (7-4のも足すと何件になる？)", async () => {
    const a = await thread("7-2の拡充の事業", "7-4のも足すと何件になる？");
    expect(a.answered).toBe(12);
    expect(a.notes).toContain("該当する事業は12件です（7-2: 10件、7-4: 2件）。");
  });
});

describe("who a project is for, asked of the one in view (probe 222)", () => {
  it.each([["誰向けの窓口？"], ["誰向け？"], ["どんな人が対象？"]])(
    "answers %s of the project just answered, saying the plan records no such field",
    async (q) => {
      const a = await thread("おくやみコーナーって何をするところ？", q);
      expect(answered(a)).toEqual(["7-2#15"]);
      expect(a.notes).toContain("計画には対象者の欄がないため、事業の目的と内容で示します。");
    },
  );

  it("says nothing of the field when who a project is for is not asked", async () => {
    const a = await engine.ask("コーチング研修の目的は？");
    expect(a.notes).not.toContain("計画には対象者の欄がないため、事業の目的と内容で示します。");
  });
});

describe("Slack's markup in a thread (probe 226)", () => {
  it("reads a direction in bold and an emoji code as the plain question, and its follow-up too", async () => {
    const first = await engine.ask("R3 に *新規* の事業を教えて :pray:");
    expect(first.answered).toBe(15);
    expect(first.missingTerms).toEqual([]);
    const a = await thread("R3 に *新規* の事業を教えて :pray:", "じゃあ R4 は？");
    expect(a.filters.years).toEqual(["R4"]);
    expect(a.filters.directions).toContain("新規");
  });

  it("leaves a department struck out (~人事課~ 市民課の事業) out of the question", async () => {
    const a = await engine.ask("~人事課~ 市民課の事業");
    expect(a.filters.departments).toEqual(["市民課"]);
  });
});

describe("a list counted by year in a thread (probe 225)", () => {
  it.each([["年度別に件数で"], ["年度ごとの件数は？"]])(
    "counts the department's list by year when %s follows it, not the whole plan",
    async (q) => {
      const a = await thread("人権・男女共生課の事業", q);
      expect(a.filters.departments).toEqual(["人権・男女共生課"]);
      expect(a.answered).toBe(plan.projects.filter((p) => p.department === "人権・男女共生課").length);
    },
  );
});

describe("a count by year said alone after a count (probe 225)", () => {
  it("counts the list in view in each year when 年度別だと？ follows its count", async () => {
    const a = await thread("臨時拡充の事業は何件？", "年度別だと？");
    expect(a.filters.directions).toContain("臨時拡充");
    expect(a.notes.some((n) => n.startsWith("年度ごとの事業数（臨時拡充）"))).toBe(true);
  });
});

describe("a place in the list just shown, said loosely (probe 235)", () => {
  it.each([
    ["上のやつはいつまで？", "一番上のやつはいつまで？"],
    ["じゃあ下のは？", "じゃあ一番下のは？"],
    ["そのうち上の事業の担当は？", "そのうち一番上の事業の担当は？"],
    ["最初に出てきたのの目的は？", "最初のやつの目的は？"],
    ["最初に出てきたやつの目的は？", "最初のやつの目的は？"],
    ["最後にあった事業は？", "最後の事業は？"],
  ])("reads %s as %s", (q, read) => {
    expect(inCommonJapanese(q)).toBe(read);
  });

  it.each([["上の表の事業"], ["以上の事業"], ["天井の下の工事"]])(
    "leaves %s, no place in a list, as it is",
    (q) => {
      expect(inCommonJapanese(q)).toBe(q);
    },
  );

  it.each([
    ["上のやつはいつまで？", "住民票等の窓口申請システム"],
    ["下のやつはいつまで？", "マイナンバーカードの普及促進"],
    ["最初のやつはいつまで？", "住民票等の窓口申請システム"],
    ["最後のやつはいつまで？", "マイナンバーカードの普及促進"],
  ])(
    "answers %s of the department's list by its place (the やつ taken off had lost the pick)",
    async (q, name) => {
      const a = await thread("市民課の事業", q);
      expect(answered(a)).toEqual(keys([byName(name)]));
      expect(a.searchedWords).toEqual([]);
    },
  );
});

describe("a limit said as だけだと or に限ると (probe 236)", () => {
  it.each([
    ["7-2だけだと？", "7-2だと？"],
    ["人権・男女共生課だけなら？", "人権・男女共生課なら？"],
    ["7-4に限ると？", "7-4だと？"],
  ])("reads %s as %s", (q, read) => {
    expect(inCommonJapanese(q)).toBe(read);
  });

  it.each([["R5だけ教えて"], ["人事課だけ教えて"], ["完了だけだと何件？"]])(
    "leaves %s, which asks more than the limit, as it is",
    (q) => {
      expect(inCommonJapanese(q)).toBe(q);
    },
  );

  it("keeps the year and the direction of the question before when 7-2だけだと？ follows", async () => {
    const a = await thread("R4で継続の事業は何件？", "7-2だけだと？");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.policy === "7-2" && p.directions.R4 === "継続")),
    );
  });
});

describe("the written register's words for a year and a listing (probe 228)", () => {
  it.each([
    [
      "ふるさと寄附金の事業は令和何年度まで掲載されていますか。",
      "ふるさと寄附金の事業は何年度まで載っていますか。",
    ],
    ["それ以外の事業はいつまでの掲載でしょうか。", "それ以外の事業はいつまで載っていますか。"],
    ["それ以外の事業の掲載はいつまでですか。", "それ以外の事業はいつまで載っていますか。"],
  ])("reads %s as %s", (q, read) => {
    expect(inCommonJapanese(q)).toBe(read);
  });

  it("answers until when with 令和何年度まで, not searching 令和", async () => {
    const a = await engine.ask("ふるさと寄附金の事業は令和何年度まで掲載されていますか。");
    expect(a.searchedWords).not.toContain("令和");
    expect(a.projects[0]?.name).toBe("ふるさと寄附金推進事業");
    expect((a.leads ?? a.notes)[0]).toContain("令和6年度まで計画に載っています");
  });

  it("answers until when the rest of a narrowed list is listed, asked いつまでの掲載", async () => {
    const a = await thread(
      "施策7-5の事業で、令和5年度以降も掲載されているものはございますか。",
      "それ以外の事業はいつまでの掲載でしょうか。",
    );
    expect(a.answered).toBe(2);
  });

  it.each([["こちらはいつから始まった事業でしょうか。"], ["そちらはいつまでの事業ですか"]])(
    "reads %s, こちら or そちら as the topic, as pointing at the project in view",
    async (q) => {
      const a = await thread("おくやみコーナーの担当課を教えてください。", q);
      expect(answered(a)).toEqual(keys([byName("おくやみ関連手続きワンストップコーナーの設置")]));
    },
  );
});

describe("a count's change over the years (probe 238)", () => {
  it.each([
    ["R3からR7で載ってる事業の数って増えてる？減ってる？", "R3からR7で載ってる事業の数の推移は？"],
    ["7-5の事業数って年ごとに減ってる？", "7-5の事業数の推移は？"],
    ["R6とR7で載ってる事業の数は違う？", "R6とR7で載ってる事業の数の推移は？"],
    [
      "まち魅力発信課の事業、R3からR7までの件数の変化を見たいです",
      "まち魅力発信課の事業、R3からR7までの件数の推移を見たいです",
    ],
  ])("reads %s as %s", (q, read) => {
    expect(inCommonJapanese(q)).toBe(read);
  });

  it.each([["予算の数が減った事業"], ["数は？"]])("leaves %s, no count's change asked, as it is", (q) => {
    expect(inCommonJapanese(q)).toBe(q);
  });

  it("counts each year of a span asked, not the span's one total", async () => {
    const a = await engine.ask("R6とR7で載ってる事業の数は違う？");
    const count = (y: "R6" | "R7") => plan.projects.filter((p) => p.directions[y] !== undefined).length;
    expect(a.leads ?? a.notes).toContain(
      `年度ごとの事業数（計画に記載のある事業）: 令和6年度 ${count("R6")}件、令和7年度 ${count("R7")}件`,
    );
  });
});

describe("the next item of a checklist (probe 241)", () => {
  it("asks the question before of the department after じゃあ次、", async () => {
    const a = await thread("人事課の事業でR4に完了するのは？", "じゃあ次、情報システム課は？");
    expect(a.filters.years).toEqual(["R4"]);
    expect(a.filters.departments).toEqual(["情報システム課"]);
  });

  it("asks the question before of the code after 続いて、", async () => {
    const a = await thread("7-5でR5も続いてる事業は？", "続いて、7-6は？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.policy === "7-6" && p.directions.R5)));
  });
});

describe("the department asked as the unit doing it (probe 241)", () => {
  it.each([["ホームページを担当している課は？"], ["コーチング研修を所管している課はどちらですか"]])(
    "names the department first for %s",
    async (q) => {
      const a = await engine.ask(q);
      expect((a.leads ?? a.notes)[0]).toMatch(/^担当課: /);
    },
  );
});

describe("サービス, the residents' word for a project (probe 240)", () => {
  it("reads もう終わってしもたサービス as the completed projects", async () => {
    const a = await engine.ask("もう終わってしもたサービスってどれなんでしょう");
    expect(a.filters.directions).toEqual(["完了", "新規完了"]);
    expect(a.searchedWords).toEqual([]);
  });

  it("keeps 行政サービス, a word of the plan's text, searched", async () => {
    const a = await engine.ask("行政サービスの事業");
    expect(a.searchedWords).toContain("サービス");
  });
});

describe("a yes to ある？ counted of the others left (probe 242)", () => {
  it("says いいえ, no はい, when none is left besides those shown", async () => {
    const a = await thread("映画のまちの事業ってどうなってる？", "同じ課で縮小してるのはほかにある？");
    expect(a.answered).toBe(0);
    expect([...(a.leads ?? []), ...a.notes].some((l) => l.startsWith("はい。"))).toBe(false);
    expect(a.notes).toContain("いいえ。前の回答の事業（1件）のほかに、当てはまる事業はありません。");
  });

  it("counts the はい of those left", async () => {
    const a = await thread("人事課の事業でR4に完了するのは？", "同じ課の事業はほかにある？");
    expect(a.answered).toBe(1);
    expect(
      [...new Set([...(a.leads ?? []), ...a.notes])].filter((l) => l.startsWith("はい。該当する事業は")),
    ).toEqual(["はい。該当する事業は1件です。"]);
  });
});

// A kind of the year's direction, narrowing a year's list (「R3で拡充の事業は？」 then 「そのうち臨時拡充のは？」): that year's
// kind, not had in some year beside it; and the same unit named again with a direction of its own (「7-1で縮小する事業は？」
// then 「7-1で縮小じゃないのは？」) asks the unit anew — read within the list, it had been 0件.
describe("a year's list narrowed by a kind of its direction, and a unit asked anew", () => {
  it.each(["そのうち臨時拡充のは？", "臨時拡充はどれ？"])(
    "lists R3's 臨時拡充 projects for %s",
    async (q) => {
      const a = await thread("R3で拡充の事業は？", q);
      const kind = plan.projects.filter((p) => p.directions.R3 === "臨時拡充");
      expect(kind.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(kind));
    },
  );

  it("lists 7-1's projects never 縮小 for 「7-1で縮小じゃないのは？」 after 7-1's 縮小", async () => {
    const a = await thread("7-1で縮小する事業は？", "7-1で縮小じゃないのは？");
    const rest = plan.projects.filter(
      (p) => p.policy === "7-1" && !Object.values(p.directions).includes("縮小"),
    );
    expect(rest.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(rest));
  });

  it("still narrows by the unit alone: 「7-1のは？」 after 7-1's 縮小 is that one", async () => {
    const a = await thread("7-1で縮小する事業は？", "7-1のは？");
    const shrunk = plan.projects.filter(
      (p) => p.policy === "7-1" && Object.values(p.directions).includes("縮小"),
    );
    expect(answered(a)).toEqual(keys(shrunk));
  });
});

// Which of them does a thing, with は dropped or which said first (probe 248: 「完了するのどっち」 and 「どっちが完了する？」
// after 人事課's two projects had answered 0件, the thread lost).
describe("which of the ones in view does a thing, said loosely", () => {
  it.each(["完了するのどっち", "どっちが完了する？", "完了するのはどっち？"])(
    "picks 人事課's completed project for %s",
    async (q) => {
      const a = await thread("人事課の事業", q);
      const done = plan.projects.filter(
        (p) =>
          p.department === "人事課" &&
          Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
      );
      expect(done.length).toBe(1);
      expect(answered(a)).toEqual(keys(done));
    },
  );
});

// 「ほかに…はある？」 after one project, none else: いいえ, not a はい said of the one left out (probe 246: 「はい。多文化共生…は
// …載っています」 above 「前の回答の事業（1件）のほかに、当てはまる事業はありません」).
describe("others asked whether there are any, none left", () => {
  it("says いいえ first, and no はい of the project left out", async () => {
    const a = await thread("多文化共生の地域づくり推進の担当は？", "ほかに外国人向けの事業はある？");
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toBe("いいえ。前の回答の事業（1件）のほかに、当てはまる事業はありません。");
    expect(a.notes.some((n) => n.startsWith("はい。"))).toBe(false);
  });

  it("keeps the plain sentence when no はい was asked for (同じ課の他の事業は？)", async () => {
    const a = await thread("人事課の事業", "同じ課の他の事業は？");
    expect(a.notes).toContain("前の回答の事業（2件）のほかに、当てはまる事業はありません。");
  });
});

// A unit's ones alone, with だけ after もの (probe 250: 「政策企画課のものだけ」 after 7-7's list had been a question of its
// own, 政策企画課's 7-2 project with them).
describe("a unit's ones alone, of the list in view", () => {
  it("narrows 7-7's list to 政策企画課's for 「政策企画課のものだけ」", async () => {
    const a = await thread("施策7-7の事業を一覧で", "政策企画課のものだけ");
    const want = plan.projects.filter((p) => p.policy === "7-7" && p.department === "政策企画課");
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// Whether one can still use the project in view (probe 251: 「まだ参加できる？」 after the ロケ地ツアー had searched 参加,
// and answered another project's 「参加を必要とせず」).
describe("whether the one in view is still open to use", () => {
  it.each(["まだ参加できる？", "まだ申し込めるかな"])(
    "answers %s with until when the project in view is listed",
    async (q) => {
      const a = await thread("映画のロケ地ツアー", q);
      expect(answered(a)).toEqual(["7-1#4"]);
      expect(a.notes.join("\n")).toContain("計画に載っています");
    },
  );
});

// One of a short list, named in the asker's words, is picked from it as by its place (probes 246, 247: 「もう一つのほうは
// もう終わってる？」 after 「人事課の事業は？」 and 「コーチング研修って何をするの？」 had listed the whole plan's completed
// projects).
describe("the other one, after one of the list was named", () => {
  const other = plan.projects.filter((p) => p.department === "人事課" && p.name.includes("人事給与"));

  it.each(["もう一つは？", "もう一つのほうはもう終わってる？", "もう一つはR4で完了だっけ？"])(
    "answers %s of the other project of 人事課's two",
    async (q) => {
      const first = await engine.ask("人事課の事業は？");
      const named = await engine.ask("コーチング研修って何をするの？", { previous: goesOnFrom(first) });
      const a = await engine.ask(q, { previous: goesOnFrom(named) });
      expect(other).toHaveLength(1);
      expect(answered(a)).toEqual(keys(other));
    },
  );

  it("answers もう一つの方は？ of the other after the one named was asked until when (probe 257)", async () => {
    const first = await engine.ask("人事課の事業");
    const named = await engine.ask("コーチングのやつっていつまで？", { previous: goesOnFrom(first) });
    const a = await engine.ask("もう一つの方は？", { previous: goesOnFrom(named) });
    expect(answered(a)).toEqual(keys(other));
  });

  // (A yes-or-no of one side — 「ハードのほうはR5で完了で合ってる？」 — picks it all the same: probe 263 had found no other.)
  it.each([
    [
      "市民会館跡地の事業って何が入ってる？",
      "ハードのほうはR5で完了で合ってる？",
      "もう一方は？",
      "周辺整備",
    ],
    [
      "リノベのいばらきの事業って対象になってる？",
      "官民連携のほうはR7まで続く？",
      "もう片方は？",
      "推進事業",
    ],
  ])("answers the other after %s then the yes-or-no %s", async (list, side, q, word) => {
    const first = await engine.ask(list);
    const named = await engine.ask(side, { previous: goesOnFrom(first) });
    const a = await engine.ask(q, { previous: goesOnFrom(named) });
    const want = first.projects.slice(0, first.answered).filter((p) => p.name.includes(word));
    expect(first.answered).toBe(2);
    expect(want).toHaveLength(1);
    expect(answered(a)).toEqual(keys(want));
  });

  it("still narrows two of the list named (リノベのいばらきって何？ then そのうちR7まであるのは？)", async () => {
    const first = await engine.ask("政策企画課の担当の事業");
    const named = await engine.ask("リノベのいばらきって何？", { previous: goesOnFrom(first) });
    const a = await engine.ask("そのうちR7まであるのは？", { previous: goesOnFrom(named) });
    const want = plan.projects.filter(
      (p) => p.department === "政策企画課" && p.name.includes("リノベ") && p.directions.R7 !== undefined,
    );
    expect(want.length).toBe(1);
    expect(answered(a)).toEqual(keys(want));
  });
});

// A breakdown asked as a supposition (probe 252: 「施策ごとに分けると？」 and 「施策別に集計すると？」 after a list had searched
// 分け and 集計, 0件).
describe("the list in view counted by unit, asked as a supposition", () => {
  it.each(["施策ごとに分けると？", "施策別に集計すると？", "施策ごとに分けたら？"])(
    "counts R4's completed projects by policy for %s",
    async (q) => {
      const a = await thread("令和4年度に完了する事業", q);
      const ended = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
      expect(answered(a)).toEqual(keys(ended));
      expect(a.notes.some((n) => n.startsWith("施策ごとの事業数"))).toBe(true);
    },
  );
});

// A reaction to the number shown before the follow-up (probe 255: 「多いですね…R4で完了するのは？」 had listed the whole
// plan's).
describe("a reaction before a follow-up", () => {
  it("narrows 7-2's list for 「多いですね。R4で完了するのは？」", async () => {
    const a = await thread("7-2の事業を教えてください", "多いですね…R4で完了するのは？");
    const want = plan.projects.filter(
      (p) => p.policy === "7-2" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// The written register of an auditor (probe 267): each had answered 0件, the list in view lost, or 済み searched.
describe("a thread asked in the written register", () => {
  const ended = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");

  it("answers 「2件の相違点は。」 after two of one name with each one's purpose and content", async () => {
    const a = await thread("市税等徴収事務事業", "2件の相違点は。");
    const both = plan.projects.filter((p) => p.name === "市税等徴収事務事業");
    expect(both.length).toBe(2);
    expect(answered(a)).toEqual(keys(both));
  });

  it.each(["各々の最終記載年度", "それぞれの最終記載年度"])(
    "answers %s after an initiative's list with each one's last listed year",
    async (q) => {
      const a = await thread("取組7-1-2の事業", q);
      const theirs = plan.projects.filter((p) => p.initiative === "7-1-2");
      expect(theirs.length).toBeGreaterThan(1);
      expect(answered(a)).toEqual(keys(theirs));
      for (const p of theirs) {
        const last = Object.keys(p.directions).sort().at(-1) as string;
        expect(a.notes.join("\n")).toContain(`${p.name}は令和${last.slice(1)}年度まで計画に載っています`);
      }
    },
  );

  it("answers 「うち完了済みのもの」 with the list's ended projects", async () => {
    const [list, a] = await Promise.all([thread("Wi-Fiの事業"), thread("Wi-Fiの事業", "うち完了済みのもの")]);
    const want = list.projects.slice(0, list.answered).filter(ended);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(list.answered);
    expect(answered(a)).toEqual(keys(want));
  });

  it("answers 「担当課別の内訳」 with the list in view counted by department", async () => {
    const a = await thread("事業名にICTを含む事業", "件数", "担当課別の内訳");
    const want = plan.projects.filter((p) => p.name.includes("ICT"));
    expect(answered(a)).toEqual(keys(want));
    expect(a.notes.some((n) => n.startsWith("担当課ごとの事業数"))).toBe(true);
  });

  it("answers 「7-4で事業の記載がない取組は」 with the policy's initiatives that hold none", async () => {
    const a = await engine.ask("7-4で事業の記載がない取組は");
    const held = new Set(plan.projects.filter((p) => p.policy === "7-4").map((p) => p.initiative));
    const empty = (plan.policies.find((p) => p.code === "7-4")?.initiatives ?? [])
      .map((i) => i.code)
      .filter((c) => !held.has(c));
    expect(empty.length).toBeGreaterThan(0);
    expect(a.notes[0]).toBe(
      `新規・拡充事業等が載っていない取組は${empty.length}件です: ${empty.map((c) => `${c} ${plan.policies.flatMap((p) => p.initiatives).find((i) => i.code === c)?.title}`).join("、")}。`,
    );
  });
});

// 臨時 alone for 臨時拡充, asked for (probe 270: 「臨時のだけ」 after a list of 拡充 had answered 0件).
describe("臨時 said alone for 臨時拡充", () => {
  it.each([
    ["臨時のだけ", "臨時拡充のだけ"],
    ["臨時のは？", "臨時拡充のは？"],
    ["臨時の事業", "臨時拡充の事業"],
    ["臨時だけ", "臨時拡充だけ"],
  ])("reads %s as %s", (typed, read) => {
    expect(inCommonJapanese(typed)).toBe(read);
  });

  it.each([
    ["臨時職員の研修"],
    ["臨時の窓口を設ける事業"],
    ["臨時的な増額"],
    ["R4って臨時じゃないの？"],
    ["臨時は除いて"],
  ])("leaves %s as it is", (typed) => {
    expect(inCommonJapanese(typed)).toBe(typed);
  });

  it("narrows R3's 拡充 to its 臨時拡充 for 「臨時のは？」", async () => {
    const a = await thread("R3で拡充の事業", "臨時のは？");
    const want = plan.projects.filter((p) => p.directions.R3 === "臨時拡充");
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// The same question asked of another year (probe 270: 「令和4年度についてもお願いできますか。」 had kept R5's list).
describe("the same question asked of another year", () => {
  it.each([
    "令和4年度についてもお願いできますか。",
    "R4も同様にお願いします",
    "令和4年度の分も教えてください",
  ])("answers %s after R5's completions with R4's", async (q) => {
    const a = await thread("令和5年度に完了予定の事業", q);
    const want = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    expect(answered(a)).toEqual(keys(want));
  });
});

// The thread's first question gone back to (probe 270: 最初 had been searched, 0件).
describe("the thread's first question gone back to", () => {
  const want = () =>
    plan.projects.filter(
      (p) =>
        p.department === "人権・男女共生課" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
  it.each(["最初の一覧に戻って、その中で人権・男女共生課のは？", "話戻るけど、人権・男女共生課のは？"])(
    "answers %s with the first list narrowed",
    async (q) => {
      const a = await thread("R4で完了する事業", "そのうち情報システム課のはどれ？", "じゃあ人事課は？", q);
      expect(want().length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(want()));
    },
  );

  it("answers 「最初の質問に戻って」 alone with the first question again", async () => {
    const [first, a] = await Promise.all([
      thread("R4で完了する事業"),
      thread("R4で完了する事業", "そのうち情報システム課のはどれ？", "最初の質問に戻って"),
    ]);
    expect(answered(a)).toEqual(answered(first));
  });

  // Asked for again, alone (probe 476: 最初 had been searched, 0件, and the next pick taken from the narrowed list).
  it.each([
    "もう一回最初のリスト",
    "最初のリストもう一回",
    "さっきの最初のリスト",
    "最初の一覧をもう一度見せて",
  ])("answers %s with the first list again, and picks the next from it", async (q) => {
    const [first, again, picked] = await Promise.all([
      thread("7-2-4の事業"),
      thread("7-2-4の事業", "そのうちR5で完了は？", q),
      thread("7-2-4の事業", "そのうちR5で完了は？", q, "1個目の詳細"),
    ]);
    expect(answered(again)).toEqual(answered(first));
    expect(picked.projects.slice(0, picked.answered)).toEqual(first.projects.slice(0, 1));
  });

  it("still picks the list's first for 「最初のやつの担当課は？」", async () => {
    const a = await thread("7-2-4の事業", "そのうちR5で完了は？", "最初のやつの担当課は？");
    expect(answered(a)).toEqual(["7-2#11"]);
  });
});

// Which unit the project in view is of, asked with its noun after (probe 271: 「どの取組の事業？」 had answered 0件).
describe("which unit the project in view is of, its noun after", () => {
  it.each([
    ["どの取組の事業？", "の取組: 7-2-6 "],
    ["どの施策のもの？", "の施策: 7-2 "],
  ])("answers %s after a project with its unit", async (q, said) => {
    const a = await thread("遺族の負担を減らす事業ってある？", q);
    expect(answered(a)).toEqual(keys([byName("おくやみ関連手続きワンストップコーナーの設置")]));
    expect(a.notes[0]).toContain(said);
  });
});

// Whether the spans of what is asked meet (probe 262: 期間 had been searched, the department's list emptied).
describe("the spans of a list compared", () => {
  it.each([
    "人事課の2つの事業は期間が重なっていますか？",
    "人事課の事業って期間同じ？",
    "人事課の事業は期間かぶってる？",
  ])("answers %s with each of the department's projects and its span", async (q) => {
    const a = await engine.ask(q);
    const theirs = plan.projects.filter((p) => p.department === "人事課");
    expect(answered(a)).toEqual(keys(theirs));
    for (const p of theirs) expect(a.notes.some((n) => n.startsWith(`${p.name}は令和3年度から`))).toBe(true);
  });
});

// Some year of a span, said (probe 264: のどこかで had parted each year from its direction, 21 for 3).
describe("some year of a span, said", () => {
  it.each([
    "R3に新規で始まって、R4以降のどこかで完了する事業ってどれですか",
    "R3に新規で、R4以降のいずれかの年度で完了する事業",
  ])("answers %s as R4以降に完了 asks it", async (q) => {
    const a = await engine.ask(q);
    const ended = (p: Project) =>
      ["R4", "R5", "R6", "R7"].some((y) =>
        ["完了", "新規完了"].includes((p.directions as Record<string, string>)[y] ?? ""),
      );
    const want = plan.projects.filter(
      (p) => ["新規", "新規完了"].includes(p.directions.R3 ?? "") && ended(p),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// The plan's last year by name, before a particle of time (probe 275: 最終年度に載っていない had listed R7's projects).
describe("the plan's last year said by name in a condition", () => {
  const notInR7 = (p: Project) => p.directions.R7 === undefined;
  it.each([
    [
      "計画の最終年度に載っていない人権・男女共生課の事業",
      (p: Project) => p.department === "人権・男女共生課" && notInR7(p),
    ],
    ["最終年度を待たずに計画から外れた事業は？", notInR7],
    [
      "新規で始まって最終年度まで続いた事業を一覧でください。",
      (p: Project) =>
        !notInR7(p) && Object.values(p.directions).some((d) => d === "新規" || d === "新規完了"),
    ],
  ])("answers %s as of R7", async (q, holds) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter(holds);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });

  it("says いいえ to 最終年度に方向性が変わった事業はありますか (no direction changes from R6 to R7)", async () => {
    const a = await engine.ask("最終年度に方向性が変わった事業はありますか。");
    expect(
      plan.projects.some((p) => p.directions.R6 && p.directions.R7 && p.directions.R6 !== p.directions.R7),
    ).toBe(false);
    expect(verdict(a)).toMatch(/^いいえ。/);
  });

  it("leaves a project's own last year its own (最終年度がR5の事業)", async () => {
    const a = await engine.ask("最終年度がR5の事業");
    const want = plan.projects.filter((p) => Object.keys(p.directions).sort().at(-1) === "R5");
    expect(answered(a)).toEqual(keys(want));
  });
});

// Projects described by a direction, asked whether they still go on (probe 272: 続いてる had been read as 継続 in R3).
describe("projects described by a direction, asked whether they still go on", () => {
  it.each([
    ["R3で新規の事業ってまだ続いてる？", "R3", ["新規", "新規完了"]],
    ["R4に拡充した事業は今も続いてるの？", "R4", ["拡充", "臨時拡充"]],
  ] as const)("answers %s with those still listed in the plan's last year", async (q, year, ds) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter(
      (p) => (ds as readonly string[]).includes(p.directions[year] ?? "") && p.directions.R7 !== undefined,
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });

  it("leaves a unit's projects asked so as each one's until when (人事課の事業はまだやってる？)", async () => {
    const a = await engine.ask("人事課の事業はまだやってる？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "人事課")));
  });
});

// A unit the plan lacks, asked yes or no (probe 269: 「はい（該当 0件）」 of a project its words found).
it("says no はい of a unit the plan lacks (人権推進課の事業で、令和4年度に完了するものはありますか。)", async () => {
  const a = await engine.ask("人権推進課の事業で、令和4年度に完了するものはありますか。");
  expect(a.answered).toBe(0);
  expect(verdict(a)).toBeUndefined();
  expect(a.notes.some((n) => n.startsWith("「人権推進課」は計画の担当課にありません"))).toBe(true);
});

// The ones of a year or a direction, asked after a pick, are of the list it was picked from (probe 270: the one picked).
describe("which ones, asked after a pick", () => {
  it("answers 「R7まで続くのは？」 after 「2番目の中身教えて」 with the list's ones", async () => {
    const a = await thread("7-6の事業", "2番目の中身教えて", "R7まで続くのは？");
    const want = plan.projects.filter((p) => p.policy === "7-6" && p.directions.R7 !== undefined);
    expect(want.length).toBeGreaterThan(1);
    expect(answered(a)).toEqual(keys(want));
  });

  it("asks 「それはR7まで続く？」 after a pick of the one picked", async () => {
    const a = await thread("7-6の事業", "2番目の中身教えて", "それはR7まで続く？");
    expect(a.answered).toBe(1);
    expect(verdict(a)).toMatch(/^はい。/);
  });
});

// One named loosely beside the project in view, compared by end (probe 268: its words had been searched with those in
// view, and it lost — 「比べる事業が1件だけです」).
describe("one named loosely beside the project in view, compared", () => {
  it("answers 「マイナンバーカードの普及とどっちが先に終わる？」 after おくやみ with the card's project first", async () => {
    const a = await thread(
      "おくやみコーナーっていつまで？",
      "マイナンバーカードの普及とどっちが先に終わる？",
    );
    const card = byName("マイナンバーカードの普及促進");
    expect(a.notes[0]).toBe(`先に終わるのは、${card.name}（R4 継続まで）です。`);
  });

  it("says both end alike for 「空調の改修とどっちが長く続く？」 after 公共施設保全事業", async () => {
    const a = await thread("公共施設保全事業", "空調の改修とどっちが長く続く？");
    expect(answered(a)).toEqual(keys([byName("公共施設保全事業"), byName("公共施設空調・照明設備改修事業")]));
  });
});

// Ending as 完了, said of the projects (probe 264: 完了で終わるものは不要です had asked 完了 again, 0件).
describe("ending as 完了, said of the projects", () => {
  const ended = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");
  it("leaves out those that end 完了 for 「R5で記載が終わる事業。完了で終わるものは不要です。」", async () => {
    const a = await engine.ask("R5で記載が終わる事業。完了で終わるものは不要です。");
    const want = plan.projects.filter((p) => Object.keys(p.directions).sort().at(-1) === "R5" && !ended(p));
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });

  it.each(["完了で終わるのはどれ？", "完了で終わった事業"])(
    "answers %s with those that end 完了",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(keys(plan.projects.filter(ended)));
    },
  );
});

// The other one asked how it stands now (probe 276: 「もう一方は今どうなってる？」 had found no other, 0件), and the other one
// of a department said before its name (「もう一つの人事課の事業は何？」 had listed both).
describe("the other one, asked with 今 or before the unit", () => {
  const compared = "マイナンバーカードの普及促進と住民票等の窓口申請システム、どっちが先に終わる？";
  it.each(["もう一方は今どうなってる？", "もう一方は現在どうなっていますか", "もう一方はどうなってる？"])(
    "answers %s of the project not picked",
    async (q) => {
      const a = await thread(compared, q);
      expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.name.includes("住民票等の窓口申請"))));
    },
  );

  it.each(["もう一つの人事課の事業は何？", "人事課のもう一つの事業は何？"])(
    "answers %s with 人事課's project other than the one asked of",
    async (q) => {
      const a = await thread("コーチング研修って人事課の担当だよね？", q);
      const want = plan.projects.filter((p) => p.department === "人事課" && !p.name.includes("コーチング"));
      expect(want).toHaveLength(1);
      expect(answered(a)).toEqual(keys(want));
    },
  );
});

// そのうち after an answer of related projects only narrows them as shown (probe 277: 「そのうちもう終わったのは？」 had
// listed the whole plan's completed projects, 10件).
describe("a narrowing of related projects only", () => {
  it("narrows the related projects shown, not the whole plan", async () => {
    const first = await engine.ask("倉庫借りてネット使いたいって人がいるんだけど、そういうのある？");
    const a = await engine.ask("そのうちもう終わったのは？", { previous: goesOnFrom(first) });
    const ended = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");
    const want = first.projects.filter(ended);
    expect(first.answered).toBe(0);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// 「ほかの事業は？」 after one project, its search holding no other: the rest of its department, said so (probe 284: the
// plan had been said to hold no other, 0件).
describe("the other projects of the one in view, none else of its search", () => {
  it.each([
    ["えんがわ", "ほかの事業は？"],
    ["えんがわ", "担当", "ほかの事業は？"],
  ])("answers the rest of 市民協働推進課's projects after %s", async (...messages) => {
    const a = await thread(...messages);
    const one = plan.projects.filter((p) => p.name.includes("えんがわ"));
    const want = plan.projects.filter((p) => p.department === "市民協働推進課" && !one.includes(p));
    expect(one).toHaveLength(1);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
    expect(a.notes.join("\n")).toContain("同じ担当課（市民協働推進課）");
  });
});

// A year's direction the project in view has, said of it, and why or what asked (probe 283: 「R3が臨時拡充なのは何を
// するから？」 had listed the plan's R3 臨時拡充, 7件) — not a list asked (R3で臨時拡充の事業はどれ？).
describe("why or what of a year's direction of the one project in view", () => {
  it.each([
    ["ホームページ・SNS運営事業の①は？", "R3が臨時拡充なのは何をするから？", "ホームページ・SNS運営事業"],
    [
      "多文化共生の地域づくり推進は誰のための事業ですか",
      "R4で拡充になってるけど、何が増えるの？",
      "多文化共生の地域づくり推進",
    ],
    [
      "公共施設空調・照明設備改修事業の対象の施設は？",
      "R3の拡充のあとはどう変わる？",
      "公共施設空調・照明設備改修事業",
    ],
  ])("answers %s then %s of %s alone", async (first, q, name) => {
    const a = await thread(first, q);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.name === name)));
  });

  it("still lists the year's projects when which ones is asked (R3で臨時拡充の事業はどれ？)", async () => {
    const a = await thread("新たな施設予約システム運営事業", "R3で臨時拡充の事業はどれ？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R3 === "臨時拡充")));
  });
});

// The unit just confirmed, its own projects asked after (probe 281: 「じゃあDX推進チームの事業は？」 had asked the
// confirmation again, いいえ of マイナンバーカード) — while 「じゃあ市民課は？」 still confirms the other unit.
describe("a confirmed unit's own projects, asked after the confirmation", () => {
  it.each(["じゃあDX推進チームがやってるのはどれ？", "じゃあDX推進チームの事業は？"])(
    "answers %s with its projects",
    async (q) => {
      const a = await thread("マイナンバーカードの担当ってDX推進チームだっけ？", q);
      const want = plan.projects.filter((p) => p.department === "DX推進チーム");
      expect(want.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(want));
    },
  );

  it("still asks the confirmation of another unit (じゃあ市民課は？)", async () => {
    const a = await thread("マイナンバーカードの担当ってDX推進チームだっけ？", "じゃあ市民課は？");
    expect(a.notes[0]).toMatch(/^はい。/);
  });
});

// The other end of a ranking just answered, and a surprise before a confirmation (probe 288: 「いや、一番少ないのは？」 had
// found nothing; 「え、市民課じゃないの？」 had listed 市民課's projects).
describe("the other end of a ranking, and a surprised confirmation", () => {
  it.each(["いや、一番少ないのは？", "最も少ないのはどこ？"])(
    "answers %s after the department with the most",
    async (q) => {
      const a = await thread("事業が一番多い課はどこ？", q);
      const count = new Map<string, number>();
      for (const p of plan.projects) count.set(p.department, (count.get(p.department) ?? 0) + 1);
      const fewest = Math.min(...count.values());
      const want = plan.projects.filter((p) => count.get(p.department) === fewest);
      expect(answered(a)).toEqual(keys(want));
    },
  );

  it("keeps the ranking's conditions (令和3年度に新規の事業が一番多い課は？ then 一番少ないのは？)", async () => {
    const a = await thread("令和3年度に新規の事業が一番多い課は？", "一番少ないのは？");
    const r3 = plan.projects.filter((p) => p.directions.R3 === "新規" || p.directions.R3 === "新規完了");
    expect(a.projects.slice(0, a.answered).every((p) => r3.includes(p))).toBe(true);
    expect(a.answered).toBeGreaterThan(0);
  });

  it("answers いいえ to 「え、市民課じゃないの？」 of the おくやみ corner", async () => {
    const a = await thread("おくやみコーナーの担当課は？", "え、市民課じゃないの？");
    expect(a.notes[0]).toMatch(/^いいえ。.*市民生活相談課/);
  });
});

// A unit corrected whose name opens in kana (probe 288: 「ごめん、まち魅力発信課じゃなくて市民会館跡地活用推進課のほう」 had
// dropped the thread's R3 臨時拡充).
describe("a unit corrected, its name opening in kana", () => {
  it.each([
    ["まち魅力発信課", "市民会館跡地活用推進課"],
    ["市民会館跡地活用推進課", "まち魅力発信課"],
  ])("reads 「%sじゃなくて%sのほう」 in the thread's R3 臨時拡充", async (wrong, meant) => {
    const a = await thread(
      "令和3年度に臨時拡充の事業",
      `そのうち${wrong}のは？`,
      `ごめん、${wrong}じゃなくて${meant}のほう`,
    );
    const want = plan.projects.filter((p) => p.department === meant && p.directions.R3 === "臨時拡充");
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// 両方とも after a comparison of two named projects: both, not the one it put first (probe 276: 「両方とも市民課？」 had said
// はい of one).
describe("both, after a comparison picked one", () => {
  it("answers 両方とも市民課？ of the two compared", async () => {
    const a = await thread(
      "マイナンバーカードの普及促進と住民票等の窓口申請システム、どっちが先に終わる？",
      "両方とも市民課？",
    );
    const two = plan.projects.filter(
      (p) => p.name === "マイナンバーカードの普及促進" || p.name.startsWith("住民票等の窓口申請"),
    );
    expect(two).toHaveLength(2);
    expect(two.every((p) => p.department === "市民課")).toBe(true);
    expect(answered(a)).toEqual(keys(two));
    expect(a.notes[0]).toMatch(/^はい。/);
  });
});

// A shape asked after a list (probe 289: 「件数だけ教えて」 had been read as a narrowing by 件数 and listed every project;
// 「名前だけにして」 had been searched).
describe("a shape asked after a list", () => {
  it("answers 件数だけ教えて with the count alone", async () => {
    const a = await thread("財産活用課の事業", "件数だけ教えて");
    const theirs = plan.projects.filter((p) => p.department === "財産活用課");
    expect(a.shape).toBe("count");
    expect(a.notes[0]).toBe(`該当する事業は${theirs.length}件です。`);
    expect(answered(a)).toEqual(keys(theirs));
  });

  it("answers 名前だけにして with the list a line a project", async () => {
    const a = await thread("令和4年度に完了する事業は？", "名前だけにして");
    expect(a.shape).toBe("lines");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了")),
    );
  });
});

// The seventy-first session's probes (290–293): a year corrected after a filler, a narrowing none of the narrowed list
// meets, the thread's first question pointed back at, which-of-them with a unit, the unit of what is in view said by what
// it does, a direction's ones said with やつ, a list split by department, two subjects narrowed, a year listed after
// another's view.
const r4Ending = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");

describe("a year corrected after a filler (probe 290)", () => {
  it.each([["あ、R4の間違いでした"], ["あ、R4の間違い"], ["えっと、R4だった"]])(
    "asks the question before of R4 after %s, its direction kept",
    async (correction) => {
      expect(answered(await thread("R5で完了の事業は？", correction))).toEqual(keys(r4Ending));
    },
  );

  it("asks a department's list of the one meant after あ、…の間違い", async () => {
    const a = await thread("人事課の事業", "あ、市民課の間違い");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "市民課")));
  });
});

describe("a narrowing none of the narrowed list meets (probe 290)", () => {
  const systems = plan.projects.filter((p) => p.department === "情報システム課");
  const afterR4 = systems.filter((p) => p.directions.R5 || p.directions.R6 || p.directions.R7);

  it("is asked of the list before the last narrowing, and says so", async () => {
    const a = await thread("情報システム課の事業は？", "R4で完了するのは？", "R5以降も残るのは？");
    expect(afterR4.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(afterR4));
    expect(a.notes).toContain(
      "「そのうちR4で完了するのは？」の一覧には当てはまる事業がないため、その前の一覧から選びました。",
    );
  });

  it("goes on from that reading: the next message asks of the projects it answered", async () => {
    const a = await thread(
      "情報システム課の事業は？",
      "R4で完了するのは？",
      "R5以降も残るのは？",
      "担当課は？",
    );
    expect(answered(a)).toEqual(keys(afterR4));
  });

  it("stays 0件 when the list before has none either", async () => {
    const a = await thread("情報システム課の事業は？", "R4で完了するのは？", "R3で縮小したのは？");
    expect(a.answered).toBe(0);
  });
});

describe("the thread's first question pointed back at (probe 293)", () => {
  const card = byName("マイナンバーカードの普及促進");

  it.each([["最初に聞いたやつ、令和5年度以降はどうなってる？"], ["最初に聞いたやつの担当課どこだっけ"]])(
    "reads %s of the first question, after another subject was asked",
    async (back) => {
      const a = await thread("マイナンバーカードの普及の担当課は？", "おくやみコーナーは？", back);
      expect(answered(a)).toEqual(keys([card]));
    },
  );

  it("answers a yes-or-no of it (一番最初に質問した事業は令和7年度もやる？) of that project", async () => {
    const a = await thread(
      "マイナンバーカードの普及の担当課は？",
      "おくやみコーナーは？",
      "一番最初に質問した事業は令和7年度もやる？",
    );
    expect(verdict(a)).toMatch(/^いいえ。マイナンバーカードの普及促進は令和7年度の計画に記載がありません/);
  });

  it("reads it so after several subjects, and again later in the thread", async () => {
    const a = await thread(
      "マイナンバーカードの普及の担当課は？",
      "おくやみコーナーは？",
      "ふるさと納税の事業は？",
      "最初に聞いたやつの担当課どこだっけ",
      "リノベのいばらきは？",
      "最初に聞いたやつの令和3年度は？",
    );
    expect(answered(a)).toEqual(keys([card]));
  });

  it("narrows the first list with 最初の一覧の中で", async () => {
    const first = await engine.ask("Wi-Fi関係の事業");
    const ending = first.projects
      .slice(0, first.answered)
      .filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    expect(ending.length).toBeGreaterThan(0);
    const a = await thread(
      "Wi-Fi関係の事業",
      "そのうち人権・男女共生課のは？",
      "最初の一覧の中で令和4年度に終わるのは？",
    );
    expect(answered(a)).toEqual(keys(ending));
  });

  it("still picks the first of the list in view by 最初のやつ", async () => {
    const list = await engine.ask("人事課の事業");
    const a = await thread("人事課の事業", "最初のやつの目的は？");
    expect(answered(a)).toEqual(keys(list.projects.slice(0, 1)));
  });

  it("searches 最初 in a first message, having no thread to point back at", async () => {
    const a = await engine.ask("最初に聞いたやつの担当課どこだっけ");
    expect(a.projects.slice(0, a.answered)).not.toContain(card);
  });
});

describe("which of the list in view, asked with a unit (probe 290)", () => {
  it.each([
    ["人権・男女共生課のはどっち？"],
    ["人権・男女共生課のはどちら？"],
    ["人権・男女共生課のはどれ？"],
  ])("narrows the list by %s", async (which) => {
    const list = await thread("R3で新規の事業", "そのうちR4で完了するのは？");
    const theirs = list.projects.slice(0, list.answered).filter((p) => p.department === "人権・男女共生課");
    expect(theirs.length).toBeGreaterThan(0);
    expect(answered(await thread("R3で新規の事業", "そのうちR4で完了するのは？", which))).toEqual(
      keys(theirs),
    );
  });
});

describe("the unit of what is in view, said by what it does (probe 292)", () => {
  it.each([
    ["それを担当している課の事業を全部"],
    ["その事業をやってる部署の事業は？"],
    ["そこを所管しているところの事業は？"],
  ])("answers %s with that department's projects", async (ask) => {
    const first = await engine.ask("市民活動センターに関する事業");
    const unit = first.projects[0]?.department;
    const a = await thread("市民活動センターに関する事業", ask);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === unit)));
  });
});

describe("a narrowing by a direction said as its ones (probe 291)", () => {
  it.each([["その中で新規のやつは？"], ["その中で新規のものは？"], ["そのうち新規の事業は？"]])(
    "narrows the list by %s",
    async (ask) => {
      const list = await engine.ask("wifi関係の事業");
      const fresh = list.projects
        .slice(0, list.answered)
        .filter((p) => Object.values(p.directions).some((d) => d === "新規" || d === "新規完了"));
      expect(fresh.length).toBeLessThan(list.answered);
      expect(answered(await thread("wifi関係の事業", ask))).toEqual(keys(fresh));
    },
  );
});

describe("a list split by department (probe 291)", () => {
  it.each([["担当課ごとに分けて"], ["課ごとにまとめて"], ["担当課別に整理して"]])(
    "counts the list just answered by department for %s",
    async (ask) => {
      const list = await engine.ask("ICTって書いてある事業");
      const a = await thread("ICTって書いてある事業", ask);
      expect(answered(a)).toEqual(answered(list));
      expect(a.notes[0]).toMatch(/^担当課ごとの事業数（\d+課、多い順）: /);
    },
  );
});

describe("a narrowing of two subjects answered each (probe 293)", () => {
  it("narrows the projects answered for the two, not the two read as one search", async () => {
    const both = await engine.ask("リノベのいばらきとチャレンジいばらき補助金の担当課");
    const theirs = both.projects.slice(0, both.answered).filter((p) => p.department === "政策企画課");
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(both.answered);
    const a = await thread(
      "リノベのいばらきとチャレンジいばらき補助金の担当課",
      "そのうち政策企画課のやつだけ",
    );
    expect(answered(a)).toEqual(keys(theirs));
  });
});

describe("a year said only to be listed, narrowing a list of another year (probe 290)", () => {
  const listedIn = (p: Project, ...years: ("R4" | "R5")[]) =>
    years.every((y) => p.directions[y] !== undefined);

  it("holds both years after そのうち: R4の事業 then そのうちR5も続くのは？", async () => {
    const a = await thread("R4の事業", "そのうちR5も続くのは？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => listedIn(p, "R4", "R5"))));
  });

  it("holds both after a year asked of a department's list: R4でそれぞれどうなる？ then R5も続くのは？", async () => {
    const dx = plan.projects.filter((p) => p.department === "DX推進チーム");
    const a = await thread("DX推進チームの事業は？", "R4でそれぞれどうなる？", "R5も続くのは？");
    expect(answered(a)).toEqual(keys(dx.filter((p) => listedIn(p, "R4", "R5"))));
    expect(answered(a).length).toBeLessThan(dx.length);
  });
});

describe("a year asked with で of the project in view (probe 290)", () => {
  const edge = byName("市民会館跡地エリア周辺整備事業");
  const said = `市民会館跡地エリア周辺整備事業の令和5年度の方向性は${edge.directions.R5}です。`;

  it.each([["R5でどうなる？"], ["R5でどうなりますか"], ["令和5年度でいかがでしょうか"]])(
    "answers %s with that year's direction, not the plan's list of it",
    async (q) => {
      const a = await thread("市民会館跡地エリア周辺整備事業", q);
      expect(answered(a)).toEqual(keys([edge]));
      expect(a.notes[0]).toBe(said);
    },
  );

  it("answers it of the side named first (周辺整備のほうはR5でどうなる？)", async () => {
    const a = await thread("市民会館跡地の事業の方向性を教えて", "周辺整備のほうはR5でどうなる？");
    expect(answered(a)).toEqual(keys([edge]));
    expect(a.notes[0]).toBe(said);
  });
});

describe("the same unit said by another of the units' words (probe 297)", () => {
  it.each([["同じチームの別案件は？"], ["同じ係のほかの事業は？"], ["同じチームの別の事業"]])(
    "answers %s with the department's other projects",
    async (q) => {
      const first = await engine.ask("AIチャットボットの事業");
      const unit = first.projects[0]?.department;
      const a = await thread("AIチャットボットの事業", q);
      const theirs = plan.projects.filter((p) => p.department === unit && p !== first.projects[0]);
      expect(theirs.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(theirs));
    },
  );
});

describe("two subjects searched afresh in turn, then both asked of (probe 294)", () => {
  const gender = byName("第3次茨木市男女共同参画計画策定事業");
  const rights = byName("第2次人権施策推進計画の見直し");

  it("answers どっちも… of both projects, not the last alone", async () => {
    const a = await thread(
      "男女共同参画の計画を新しく作るやつ",
      "人権のほうの計画も見直すんだっけ？",
      "どっちも令和4年度で終わり？",
    );
    expect(answered(a)).toEqual(keys([gender, rights]));
    expect(verdict(a)).toMatch(/^はい。/);
  });

  it("answers 前者 of the first of the two", async () => {
    const a = await thread(
      "男女共同参画の計画を新しく作るやつ",
      "人権のほうの計画も見直すんだっけ？",
      "前者の担当課は？",
    );
    expect(answered(a)).toEqual(keys([gender]));
  });
});

describe("a list's direction changed, widened or turned round in a thread (probe 309)", () => {
  const unit = plan.projects.filter((p) => p.department === "財産活用課");
  const grows = (p: Project) => Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充");
  const starts = (p: Project) => Object.values(p.directions).some((d) => d === "新規" || d === "新規完了");

  it("answers 臨時拡充も含めて拡充は？ with the unit's growing projects, 新規 no longer asked", async () => {
    const a = await thread("財産活用課の新規", "臨時拡充も含めて拡充は？");
    expect(answered(a)).toEqual(keys(unit.filter(grows)));
    expect(unit.filter((p) => starts(p) && !grows(p)).length).toBeGreaterThan(0);
  });

  it("answers 拡充も含めると？ with both the direction before and the one taken in", async () => {
    const a = await thread("財産活用課の新規", "拡充も含めると？");
    expect(answered(a)).toEqual(keys(unit.filter((p) => grows(p) || starts(p))));
  });

  it("answers 逆は？ after R4で縮小 with R4's 拡充", async () => {
    const a = await thread("R4で縮小", "逆は？");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.directions.R4 === "拡充" || p.directions.R4 === "臨時拡充")),
    );
  });

  it("says はい to それで全部？ after a unit's list by a direction, not whether all of the unit's are so", async () => {
    const a = await thread("財産活用課の拡充", "それで全部？");
    expect(answered(a)).toEqual(keys(unit.filter(grows)));
    expect(verdict(a)).toMatch(/^はい。該当する事業は前の回答の\d+件で全部です/);
  });
});

describe("the kind of those it is for, asked of the project in view (probe 307)", () => {
  const subsidy = byName("チャレンジいばらき補助金の拡充");

  it.each([["どんな活動が対象になるの？"], ["どういう団体が使えるの？"]])(
    "answers %s of the subsidy just answered, not of the word searched afresh",
    async (q) => {
      const a = await thread("チャレンジいばらき補助金って何のため？", q);
      expect(answered(a)).toEqual(keys([subsidy]));
    },
  );

  it("answers the other of two choices (それは市民向け？職員向け？) of the project in view", async () => {
    const first = await engine.ask("AIチャットボットの研究ってしてる？");
    const a = await thread("AIチャットボットの研究ってしてる？", "それは市民向け？職員向け？");
    expect(answered(a)).toEqual(keys(first.projects.slice(0, 1)));
  });

  it("answers そこの担当課がやってる他の事業は？ with the department's others", async () => {
    const first = await engine.ask("ホームページを見やすくする事業はありますか");
    const [shown] = first.projects;
    const a = await thread(
      "ホームページを見やすくする事業はありますか",
      "そこの担当課がやってる他の事業は？",
    );
    const others = plan.projects.filter((p) => p.department === shown?.department && p !== shown);
    expect(others.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(others));
  });
});

describe("a year said with まである, narrowing a list of another year (probe 306)", () => {
  it("holds both: R3に臨時拡充 then そのうち令和5年度まであるものは？", async () => {
    const a = await thread("令和3年度に臨時拡充の事業", "そのうち令和5年度まであるものは？");
    const want = plan.projects.filter((p) => p.directions.R3 === "臨時拡充" && p.directions.R5 !== undefined);
    expect(want.length).toBeLessThan(plan.projects.filter((p) => p.directions.R3 === "臨時拡充").length);
    expect(answered(a)).toEqual(keys(want));
  });
});

describe("another side asked that several projects answer, in a thread about one unit's work (probe 308)", () => {
  it("puts the unit's own project first: 全体最適化の方は？ after 情報システムの調達ルール", async () => {
    const rules = await engine.ask("情報システムの調達ルールを整備する事業");
    const unit = rules.projects[0]?.department;
    const a = await thread(
      "情報システムの調達ルールを整備する事業",
      "評価プロセスはいつ試行する？",
      "全体最適化の方は？",
    );
    const alone = await engine.ask("全体最適化の方は？");
    expect(alone.projects[0]?.department).not.toBe(unit);
    expect(a.projects[0]?.department).toBe(unit);
    expect(a.projects[0]?.name).toMatch(/全体最適化/);
    expect(answered(a)).toEqual(answered(alone));
  });
});

describe("what a project does, asked of the one in view by whom or what kind (probes 312, 313)", () => {
  it("answers どこと一緒にやるの？ of the survey just answered", async () => {
    const first = await engine.ask("地域活動について市民アンケートを取る事業");
    const a = await thread("地域活動について市民アンケートを取る事業", "どこと一緒にやるの？");
    expect(answered(a)).toEqual(keys(first.projects.slice(0, 1)));
    expect(a.continuedFrom).toBeDefined();
  });

  it("answers 具体的にどんな支援？ of those in view, not every project holding 支援", async () => {
    const first = await engine.ask("施設管理担当職員向けの支援をしている事業は？");
    const a = await thread("施設管理担当職員向けの支援をしている事業は？", "具体的にどんな支援？");
    expect(answered(a)).toEqual(answered(first));
    expect(a.continuedFrom).toBeDefined();
  });
});

describe("which of two in view is so, asked with どっち (probe 313)", () => {
  it("answers 職員向けのはどっち？ with the staff's one of the telework projects", async () => {
    const list = await engine.ask("テレワーク関係の事業は？");
    const a = await thread("テレワーク関係の事業は？", "職員向けのはどっち？");
    expect(list.answered).toBe(2);
    expect(a.answered).toBe(1);
    expect(answered(list)).toContain(answered(a)[0]);
  });
});

describe("a side asked after a list is one of the list (probe 310)", () => {
  // (Of a side that alone leads with another unit's project: 働き方改革 — 行かなくてもいい市役所, the example first written
  // here, now leads with DX推進チーム's own project alone, the one quoting it.)
  it("puts the list's own project first: 働き方改革のほうの内容 after DX推進チーム's two", async () => {
    const list = await engine.ask("DX推進チームの事業は？");
    const alone = await engine.ask("働き方改革のほうの内容");
    const a = await thread("DX推進チームの事業は？", "働き方改革のほうの内容");
    expect(alone.projects[0]?.department).not.toBe("DX推進チーム");
    expect(a.projects[0]?.department).toBe("DX推進チーム");
    expect(answered(list)).toContain(projectKey(a.projects[0] as Project));
  });
});

describe("probes 314–321's ways of going on in a thread", () => {
  const hr = plan.projects.filter((p) => p.department === "人権・男女共生課");
  const starts = (p: Project) => Object.values(p.directions).some((d) => d === "新規" || d === "新規完了");

  it("answers 完了するのは？ after a unit's directions with the unit's one that completes", async () => {
    const a = await thread("人事課の事業の方向性", "完了するのは？");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "人事課" && p.directions.R4 === "完了")),
    );
  });

  it.each([["同じ担当の他の事業は？"], ["同じ担当部署のほかの事業は？"], ["同じ所管のほかの事業は？"]])(
    "answers %s with the department's other projects, not none",
    async (q) => {
      const shown = byName("新たなICT利活用の推進");
      const a = await thread("新たなICT利活用の推進", q);
      const others = plan.projects.filter((p) => p.department === shown.department && p !== shown);
      expect(others.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(others));
    },
  );

  it("keeps the unit's 新規 under そのうち令和4年度に完了するのは？: new in some year and completing in R4", async () => {
    const a = await thread("人権・男女共生課の新規事業を教えて", "そのうち令和4年度に完了するのは？");
    const want = hr.filter(
      (p) => starts(p) && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
    expect(hr.filter((p) => p.directions.R4 === "完了").length).toBeGreaterThan(want.length);
    expect(answered(a)).toEqual(keys(want));
  });

  it.each([["R5も"], ["令和5年度も？"]])(
    "answers %s after a corrected year's list with the same list of that year",
    async (q) => {
      const a = await thread("令和3年度の新規事業を教えて", "間違えた、令和4年度の完了のほう", q);
      expect(answered(a)).toEqual(
        keys(plan.projects.filter((p) => p.directions.R5 === "完了" || p.directions.R5 === "新規完了")),
      );
    },
  );

  it("answers 担当課と期間は of the project in view, not none for the word 期間", async () => {
    const a = await thread("ネーミングライツ", "担当課と期間は");
    expect(answered(a)).toEqual(keys([byName("市有財産の有効活用に係る民間提案制度導入・運用事業")]));
    expect(a.notes.join("")).not.toContain("『期間』");
  });

  it("answers 実施期間は？ with the years the project in view is listed", async () => {
    const a = await thread("ネーミングライツ", "実施期間は？");
    expect(verdict(a) ?? a.notes[0]).toMatch(/令和3年度から令和7年度まで計画に載っています/);
  });

  it("answers その事業ではほかに何をするの？ of the project in view, not of other projects", async () => {
    const first = await engine.ask("収納代行をしている事業は？");
    const a = await thread("収納代行をしている事業は？", "その事業ではほかに何をするの？");
    expect(a.answered).toBe(1);
    expect(answered(a)).toEqual(keys(first.projects.slice(0, 1)));
  });

  it.each([["同じ名前の事業が2つあるけど、何が違うの？"], ["2つあったよね？違いなに？"]])(
    "answers %s with the two projects of one name set side by side",
    async (q) => {
      const a = await thread("7-2-3の事業は？", q);
      expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.initiative === "7-2-3")));
    },
  );

  it("counts そのうち翌年度に from the year the question before named, not from today", async () => {
    const list = await engine.ask("R3の新規でWi-Fi関係のもの");
    const a = await thread("R3の新規でWi-Fi関係のもの", "そのうち翌年度に完了するのは？");
    const want = list.projects.slice(0, list.answered).filter((p) => p.directions.R4 === "完了");
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(list.answered);
    expect(answered(a)).toEqual(keys(want));
  });

  it.each([["それR4どうなるんだっけ？"], ["それはR4はどうなるんだっけ？"]])(
    "answers %s with the R4 direction of the one project in view",
    async (q) => {
      const a = await thread("財産活用課の事業一覧", "そのうちR3新規のは？", q);
      const wifi = byName("貸室利用者向けWi-Fi環境整備事業");
      expect(a.projects[0]).toBe(wifi);
      expect(a.notes.join("")).toContain(`令和4年度の方向性は${wifi.directions.R4}です`);
    },
  );
});

describe("whether a kind of party may use the project in view (probe 320)", () => {
  const subsidy = byName("チャレンジいばらき補助金の拡充");

  it.each([["子育てサークルでも応募できる？"], ["町内会でも応募できる？"], ["じゃあNPOも対象？"]])(
    "answers %s of the subsidy in view, whom it is for, not the party searched afresh",
    async (q) => {
      const a = await thread("チャレンジいばらき補助金", q);
      expect(answered(a)).toEqual(keys([subsidy]));
      expect(a.notes).toContain("計画には対象者の欄がないため、事業の目的と内容で示します。");
    },
  );

  it("leaves R5も対象？ a question of the year", async () => {
    const a = await thread("人事課の事業", "R5も対象？");
    expect(a.notes).not.toContain("計画には対象者の欄がないため、事業の目的と内容で示します。");
  });
});

describe("the numbers and the units' names of those in view (probe 316)", () => {
  it("answers 事業番号は何番から何番まで？ with the list in view, each one's code said", async () => {
    const a = await thread("7-2-7の事業", "事業番号は何番から何番まで？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.initiative === "7-2-7")));
    expect(a.notes.some((n) => n.startsWith("コード:"))).toBe(true);
  });

  it("answers その取組名は？ with the initiative of the project in view, by its title", async () => {
    const a = await thread("7-3の1番", "2番は？", "その取組名は？");
    const [shown] = a.projects;
    expect(shown?.name).toBe("人事給与制度の見直し");
    expect(a.notes[0]).toMatch(/^人事給与制度の見直しの取組: 7-3-2 人材育成に主眼をおいた人事制度の確立/);
  });
});

describe("a direction said as a side of those in view (probe 324)", () => {
  it("answers じゃあ新規のほうは？ after a subject's list narrowed to a unit with the one of them that is 新規", async () => {
    const list = await thread("マイナンバーカードの事業ってなんぼあるん", "そのうち市民課のはどれ");
    const a = await thread(
      "マイナンバーカードの事業ってなんぼあるん",
      "そのうち市民課のはどれ",
      "じゃあ新規のほうは？",
    );
    const isNew = (p: Project) => Object.values(p.directions).some((d) => d === "新規" || d === "新規完了");
    const want = list.projects.slice(0, list.answered).filter(isNew);
    expect(want.length).toBeLessThan(list.answered);
    expect(answered(a)).toEqual(keys(want));
  });

  it("leaves じゃあ拡充の方は？ after a list asked by a direction a question in its place, not a narrowing of it", async () => {
    const a = await thread("令和3年度に新規の事業", "じゃあ拡充の方は？");
    expect(a.answered).toBeGreaterThan(0);
    expect(
      answered(a).every((k) => plan.projects.some((p) => projectKey(p) === k && p.directions.R3 !== "新規")),
    ).toBe(true);
  });
});

// One project in view after a chain that narrowed to it, pointed at and asked of other years (probes 327–328: the
// chain's conditions had been asked again of the years, 0件, or the years alone, 32 listed).
describe("the one project a narrowing left, pointed at", () => {
  it("answers それは令和5年度以降どうなる？ of it, its years shown", async () => {
    const a = await thread(
      "働き方改革について書かれている事業はどれですか",
      "そのうちDX推進チームのは？",
      "それは令和5年度以降どうなる？",
    );
    expect(answered(a)).toEqual(keys([byName("新たなICT利活用の推進")]));
  });

  // (What R5 has for it is said of it first, as …のR5の方向性は？ says it — probe 476 had asked a project's R5 and got 0件.)
  it("reads そっちのR5は？ as of the project just answered: not listed in R5, not R5's whole list", async () => {
    const a = await thread("ぴったりサービスの事業", "マイナンバーカードの方は？", "そっちのR5は？");
    expect(answered(a)).toEqual(["7-2#17"]);
    expect(a.leads?.[0]).toBe(
      "マイナンバーカードの普及促進は令和5年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
  });

  it("keeps the chain after a yes-or-no of the one project: じゃあ拡充のは？ is the department's 拡充", async () => {
    const a = await thread(
      "財産活用課の事業は何件？",
      "そのうち新規のは？",
      "それってR5もやってる？",
      "じゃあ拡充のは？",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.department === "財産活用課" &&
            Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充"),
        ),
      ),
    );
  });
});

// A question with its subject left unsaid is of what is in view (probes 328–330).
describe("a question with its subject left unsaid", () => {
  it("answers 具体的に何を検討するの？ of the project in view, not every project holding 検討", async () => {
    const a = await thread("人事給与制度の見直し", "具体的に何を検討するの？");
    expect(answered(a)).toEqual(keys([byName("人事給与制度の見直し")]));
  });

  it("answers 対象は何施設？ of the project in view", async () => {
    const a = await thread("空調の改修はどの事業？", "対象は何施設？");
    expect(a.projects[0]?.name).toBe("公共施設空調・照明設備改修事業");
    expect(a.answered).toBe(1);
  });

  it("answers 電話するならどこの課？ with the department of the project in view", async () => {
    const a = await thread("おくやみコーナーの事業", "電話するならどこの課？");
    expect(answered(a)).toEqual(keys([byName("おくやみ関連手続きワンストップコーナーの設置")]));
    expect((a.leads ?? a.notes).join("\n")).toContain("市民生活相談課");
  });

  it("searches 何を検討するの？ as a first message: nothing is in view", async () => {
    const a = await engine.ask("何を検討するの？");
    expect(a.answered).toBeGreaterThan(1);
  });
});

// What a department named as the caller does, asked (probe 329: 電話 and きた had been searched, 0件).
describe("what a unit that called does", () => {
  it.each([
    "財産活用課ってとこから電話きたんだけど、何してる課？",
    "財産活用課ってところから電話きたんだけど、そこって何やってるとこ？",
    "財産活用課から連絡があったけど、どんな仕事をしている課？",
    "ザイサンカツヨウカって課から内線きたんだけど、そこって何やってるとこ？",
  ])("answers %s with the department's projects", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "財産活用課")));
  });

  it("reads 何課 after a unit that called as which unit another subject is of, not as the caller's projects", async () => {
    const a = await engine.ask("人事課から電話があったけど、マイナンバーカードの担当は何課？");
    expect(a.filters.departments).toEqual([]);
    expect(a.notes).toContain(
      "「人事課」は質問の背景（質問者の所属や相手先など）として読み、担当課の条件にはしていません。",
    );
  });

  it("keeps a unit that called as background when something else is asked", async () => {
    const a = await engine.ask("人事課から電話があって研修の件だった");
    expect(a.filters.departments).toEqual([]);
  });
});

// A word said to be written, however the asker punctuates its list (probe 328: いいえ for the plan's 「ヒト、モノ、カネ」).
describe("a word said to be written, punctuated otherwise", () => {
  it.each([
    "ヒト・モノ・カネって書いてある事業",
    "ヒトモノカネって書いてある事業",
    "「ヒト、モノ、カネ」と書いてある事業",
  ])("finds %s in 行財政改革の推進", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keys([byName("行財政改革の推進")]));
  });
});

// A year alone after a yes-or-no of a direction asks that yes-or-no of the year (probe 331: はい of R3 again).
describe("a year after a yes-or-no of a direction", () => {
  it("answers 「R4は？」 after 「それって新規？」 with いいえ and R4's direction", async () => {
    const a = await thread("外国人住民向けの事業ある？", "それって新規？", "R4は？");
    expect(verdict(a)).toBe("いいえ。多文化共生の地域づくり推進の令和4年度の方向性は拡充です。");
  });

  it("answers 何施設が対象？ of the project in view (probe 331 had led with another)", async () => {
    const a = await thread("公共施設の空調とかLEDの改修", "何施設が対象？");
    expect(answered(a)).toEqual(keys([byName("公共施設空調・照明設備改修事業")]));
  });
});

// のはどれ after a list asks which of them (probe 329: searched afresh, two of another department's among four).
describe("のはどれ of a subject after a list", () => {
  it("answers アンケートとるのはどれ？ among the department's R4 completions", async () => {
    const a = await thread(
      "令和4年度で完了する事業を全部",
      "そのうち人権・男女共生課のは？",
      "アンケートとるのはどれ？",
    );
    expect(answered(a)).toEqual(
      keys([byName("第2次人権施策推進計画の見直し"), byName("第3次茨木市男女共同参画計画策定事業")]),
    );
  });
});

// A condition taken back with a word of owning the mistake (probe 338): the one said replaces the question before's.
describe("a condition taken back after 違った, 間違えた or an apology", () => {
  const WIFI_BY_UNIT = ["Wi-Fi関係の事業", "そのうち人権・男女共生課のは？"] as const;
  it.each([
    "あ、違った、市民協働推進課で",
    "すみません、市民協働推進課で",
    "間違えた、市民協働推進課で",
    "ごめん、市民協働推進課のほうでした",
  ])("answers %s with the unit's Wi-Fi project, the subject kept", async (q) => {
    const a = await thread(...WIFI_BY_UNIT, q);
    expect(answered(a)).toEqual(keys([byName("コミュニティセンター管理運営事業")]));
  });

  it.each(["間違えた、拡充で", "あ、違った、拡充で", "すみません、拡充です"])(
    "answers %s after R4で縮小の事業 with R4's 拡充 alone",
    async (q) => {
      const a = await thread("R4で縮小の事業", q);
      expect(a.filters.directions).not.toContain("縮小");
      expect(answered(a)).not.toContain(projectKey(byName("映画「葬式の名人」活用プロモーション事業")));
    },
  );

  it("finds the direction taken back right after the year it was said with (R3拡充 → 新規)", async () => {
    const a = await thread(
      "財産活用課のR3拡充の事業",
      "あ、拡充じゃなくて新規",
      "そのうちR4で完了するのは？",
    );
    expect(answered(a)).toEqual(keys([byName("貸室利用者向けWi-Fi環境整備事業")]));
  });

  it("keeps 「あ、」 before 違った from being read as a clause taken back in the same message", async () => {
    const a = await engine.ask("あ、違った、市民協働推進課で");
    expect(a.filters.departments).toEqual(["市民協働推進課"]);
  });
});

// A year and a direction said in place of the question before's, politely and with のはどれ (probe 333: 0件, both
// directions at once).
describe("a year and a direction swapped, asked politely", () => {
  const FIRST =
    "お疲れさまです。人権・男女共生課の者ですが、うちの課が担当している事業のうち、令和4年度に拡充となっているものがあれば教えていただけますか。";
  it.each([
    "ありがとうございます。では令和4年度に継続となっているものはどれでしょうか。",
    "では令和4年度に継続のものは？",
    "では令和4年度に継続となっているものは？",
  ])("answers %s with the unit's R4 継続", async (q) => {
    const a = await thread(FIRST, q);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "人権・男女共生課" && p.directions.R4 === "継続")),
    );
  });

  it("still reads …する事業は？ with no じゃあ or では as a question of its own", async () => {
    const a = await thread(
      "R3に新規の事業ってどれ？",
      "そのうち人権・男女共生課のは？",
      "R4に拡充する事業は？",
    );
    expect(a.filters.departments).toEqual([]);
  });
});

// The other one of two after a yes-or-no of one of them (probe 333: the plan's other 42).
describe("もう一つのほう after a yes-or-no of one of two", () => {
  it("answers the other project of the list", async () => {
    const a = await thread(
      "いのち・愛・ゆめセンターの事業",
      "そのうち工事のほうはもう終わった？",
      "じゃあもう一つのほうはR7まで？",
    );
    expect(answered(a)).toEqual(keys([byName("ICTを活用した愛センター活動促進事業")]));
  });
});

// Which of the two asked one after the other (probe 337: the one in view compared alone).
describe("どっちが after two subjects asked in turn", () => {
  it("compares both when ends are asked", async () => {
    const a = await thread(
      "市民会館跡地エリア整備事業（ハード）の方向性",
      "周辺整備のほうは？",
      "どっちが先に完了する？",
    );
    expect(answered(a)).toEqual(
      keys([byName("市民会館跡地エリア整備事業（ハード）"), byName("市民会館跡地エリア周辺整備事業")]),
    );
  });
});

// A council member's question quoted, then what is wanted of it (probe 335: the whole plan listed, 本数 searched).
describe("a quoted question and the shape wanted", () => {
  it("lists the quoted question's projects, not the whole plan", async () => {
    const a = await engine.ask(
      "議員質問「市民会館跡地の関係で、今どんな事業が計画に載っているのか」。一覧でください。",
    );
    expect(answered(a)).toEqual(
      expect.arrayContaining(
        keys([byName("市民会館跡地エリア整備事業（ハード）"), byName("市民会館跡地エリア周辺整備事業")]),
      ),
    );
    expect(a.answered).toBeLessThan(5);
    expect(a.query).toBe(
      "議員質問「市民会館跡地の関係で、今どんな事業が計画に載っているのか」。一覧でください。",
    );
  });

  it.each([
    "議員質問の引用です：「DX推進チームが担当している事業は何本あるのか」。本数を教えてください。",
    "DX推進チームの事業の本数を教えてください。",
  ])("counts %s", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "DX推進チーム")));
    expect(a.notes).toContain("該当する事業は2件です。");
  });

  it("answers a quoted yes-or-no with いいえ, asked ある/なしで", async () => {
    const a = await engine.ask(
      "「非核平和の取組について、新規・拡充事業は計画に載っているのか」という質問です。該当する事業はありますか？ある/なしで。",
    );
    expect(verdict(a)).toMatch(/^いいえ。/);
  });

  it("keeps a message naming its own subject beside the quote as it is", async () => {
    const a = await engine.ask(
      "「公共施設の貸室利用者向けにWi-Fiを使えるようにする事業は、どれだけあるのか」との質問です。Wi-Fi環境を整備・貸出する事業を全部挙げてください。",
    );
    expect(answered(a)).toContain(projectKey(byName("貸室利用者向けWi-Fi環境整備事業")));
  });
});

// Another side of the list a narrowing was of (probe 339: 工事 searched over the whole plan, another unit's first).
describe("じゃあ…のは？ after a narrowing by words", () => {
  it("narrows the list before it instead", async () => {
    const a = await thread("人権・男女共生課の事業", "そのうちWi-Fi関係は？", "じゃあ工事するのは？");
    expect(answered(a)).toEqual(keys([byName("総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事")]));
  });

  it("keeps a narrowing by a unit, which the words may narrow further", async () => {
    const a = await thread("R4で完了する事業", "そのうち人権・男女共生課のは？", "じゃあアンケートのは？");
    expect(a.readAs).not.toBe("R4で完了する事業\nそのうちアンケートのは？");
  });
});

// そこ as the department (probe 334: the project in view answered again).
describe("そこ as the department in view", () => {
  it("reads そこは…も担当してる？ as the department's", async () => {
    const a = await thread(
      "チャットボットやってる課は？",
      "じゃあ職員のパソコン、2in1端末の配備は？",
      "そこはシステム調達のガイドラインも担当してる？",
    );
    expect(a.projects[0]).toEqual(byName("「情報システム調達ガイドライン」の整備・拡充"));
  });

  it("reads そこの… after a department offered to be confirmed as that department's", async () => {
    const a = await thread("みんなのえんがわって何？", "担当は市民活動課？", "そこの補助金の事業は？");
    expect(answered(a)).toEqual(keys([byName("チャレンジいばらき補助金の拡充")]));
  });

  it("keeps そこの… after a project's answer as the project's", async () => {
    const a = await thread("みんなのえんがわって何？", "そこの補助金の事業は？");
    expect(a.readAs).not.toBe("市民協働推進課の補助金の事業は？");
  });
});

// A year's direction said of the one in view, then a field of it (probe 337: the year's three listed).
describe("a field asked after a year's direction said of the one in view", () => {
  it.each(["令和4年度に拡充になってるけど、内容は？", "R4で拡充になってるが、その目的は？"])(
    "answers %s of 多文化共生",
    async (q) => {
      const a = await thread("多文化共生の事業", q);
      expect(answered(a)).toEqual(keys([byName("多文化共生の地域づくり推進")]));
    },
  );
});

// The unit of the one project in view, named with more to ask (probe 337: the one narrowed by its own unit, 0件).
describe("the unit of the one in view named with a year", () => {
  it("answers the unit's list", async () => {
    const a = await thread(
      "ふるさと寄附金推進事業の方向性",
      "R7は？",
      "まち魅力発信課で令和7年度まで記載があるのは？",
    );
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "まち魅力発信課" && p.directions.R7 !== undefined)),
    );
  });
});

describe("そこ of a field after a department was confirmed", () => {
  it("keeps そこの電話番号は？ of the project in view", async () => {
    const a = await thread(
      "外国の方が困ってるって。日本語とか生活のことで",
      "じゃあ人権・男女共生課に回せばいい？",
      "そこの電話番号は？",
    );
    expect(answered(a)).toEqual(keys([byName("多文化共生の地域づくり推進")]));
  });
});

// 口振, the collection office's own shortening of 口座振替 (probe 336: 0件 for its commonest word).
describe("口振 as 口座振替", () => {
  it("answers the account-transfer projects, and the thread goes on from them", async () => {
    const a = await thread("口振の事業ってどれ？", "そのうち収納課の担当は？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department.startsWith("収納課"))));
  });
});

// A year's listing said to end, 方向性の before 記載 (probe 337: read as no R7 entry, one listed in R6 counted).
describe("a year's listing said to end, of its directions", () => {
  it.each([
    "令和5年度で方向性の記載が終わる事業",
    "R5で方向性の記載が終わる事業",
    "令和5年度で記載が終わる事業",
  ])("answers %s with those last listed in R5", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.directions.R5 !== undefined && p.directions.R6 === undefined)),
    );
  });

  it("answers 完了と書かれていないほうは？ with the rest of the list before that narrowing", async () => {
    const a = await thread(
      "令和5年度で方向性の記載が終わる事業",
      "そのうち完了と書かれているのは？",
      "完了と書かれていないほうは？",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.directions.R5 !== undefined &&
            p.directions.R6 === undefined &&
            !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
        ),
      ),
    );
  });
});

// The whole plan asked of after a narrowing (probe 337: the unit narrowed to kept, 0件).
describe("全体だと after a narrowing", () => {
  it.each([
    "令和5年度に完了するのは全体だと？",
    "全体だと、R5で完了するのは？",
    "計画全体では令和5年度に完了するのは？",
  ])("answers %s of the whole plan", async (q) => {
    const a = await thread("令和4年度に完了する事業を教えて", "そのうち人権・男女共生課のものは？", q);
    expect(a.filters.departments).toEqual([]);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.directions.R5 === "完了" || p.directions.R5 === "新規完了")),
    );
  });
});

// A title's words, then its code in brackets (probe 339: the words searched within the code, one of three answered).
describe("a title's words before its code in brackets", () => {
  it.each([
    ["令和3年度に新しく始まる地域コミュニティ（7-6）の事業は？", "7-6"],
    ["人権(7-4)の事業でR4に完了するもの", "7-4"],
  ])("reads %s as the code's projects", async (q, code) => {
    const a = await engine.ask(q);
    expect(a.scopes.map((s) => s.code)).toEqual([code]);
    expect(a.intent).toBe("code");
  });

  it("keeps words the code's title does not hold as a subject to search", async () => {
    const a = await engine.ask("Wi-Fi（7-6）の事業");
    expect(answered(a)).toEqual(keys([byName("コミュニティセンター管理運営事業")]));
  });
});

// A name the plan itself quotes belongs first to the project quoting it (four tuned questions and probe 334 had led with
// the one naming it in passing).
describe("a name the plan quotes", () => {
  it.each(["「行かなくてもいい市役所」ってどの事業のこと？", "行かなくてもいい市役所ってどういう取組？"])(
    "answers %s with the project quoting it first",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.projects[0]).toEqual(byName("行政手続のオンライン化の推進"));
    },
  );
});

// Probes 340–346: numbered items that ask only fields, exclusions said in the thread's own words, a narrowing by words
// that keeps every project holding them, years said empty together, and a narrowing put back in place.
describe("numbered items that each ask only a field of what the sentence before names", () => {
  it("reads 1. 該当する事業名 2. 令和5年度以降の予定 as one ask of the subject set out before them", async () => {
    const a = await engine.ask(
      "お疲れ様です。\n\nDV被害者の支援を行っている民間シェルターへの補助について、関係機関から照会がありました。\n\n1. 該当する事業名\n2. 令和5年度以降の予定\n\nをお教えいただけますと幸いです。\nよろしくお願いいたします。",
    );
    expect(answered(a)).toEqual(keys([byName(DV)]));
  });

  it("reads 1. 関連する事業 2. 担当課 3. 令和4年度の方向性 so too", async () => {
    const a = await engine.ask(
      "お疲れ様です。\n外国籍の住民の方を支援している団体から、日本語教室や交流の場について市の取組を知りたいとのお問い合わせがありました。\n1. 関連する事業\n2. 担当課\n3. 令和4年度の方向性\nについてご教示ください。",
    );
    expect(answered(a)).toEqual(keys([byName("多文化共生の地域づくり推進")]));
  });

  it("still answers each numbered item that names its own subject", async () => {
    const a = await engine.ask("1. 人事課の事業 2. 令和4年度に完了する事業");
    expect(a.notes).toContain("番号ごとの質問として、それぞれに答えます。");
  });
});

describe("該当する事業 and 関連する事業 said beside fields: the project the context names", () => {
  it.each([
    "DV被害者の支援を行っている民間シェルターへの補助について、照会がありました。該当する事業名、令和5年度以降の予定を教えて",
    "DV被害者の支援を行っている民間シェルターへの補助について、照会がありました。関連する事業と担当課、令和4年度の方向性を教えて",
  ])("answers %s with the context's project, not a year's list", async (q) => {
    expect(answered(await engine.ask(q))).toEqual(keys([byName(DV)]));
  });
});

describe("a subject left out in the thread's own words", () => {
  const unit = (d: string) => plan.projects.filter((p) => p.department === d);
  it.each([
    ["男女共同参画の方を除いて", "第3次茨木市男女共同参画計画策定事業"],
    ["工事も除いて", "総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事"],
  ])("reads %s after a unit's list as that list less what it names", async (q, name) => {
    const a = await thread("人権・男女共生課の事業は？", q);
    expect(answered(a)).toEqual(keys(unit("人権・男女共生課").filter((p) => p.name !== name)));
  });

  it("reads 道路のほうじゃないのは？ as the other of the two", async () => {
    const a = await thread("市民会館跡地の事業", "道路のほうじゃないのは？");
    expect(answered(a)).toEqual(keys([byName("市民会館跡地エリア整備事業（ハード）")]));
  });

  it("reads 研修じゃないほう as the one that is not training", async () => {
    const a = await thread("人事課の事業", "研修じゃないほう");
    expect(answered(a)).toEqual(keys([byName("人事給与制度の見直し")]));
  });

  it("leaves それって研修じゃないの？ a question of the project in view, nothing left out", async () => {
    const a = await thread("映画の事業", "それって研修じゃないの？");
    expect(a.filters.excluded).toEqual([]);
  });

  it("keeps 完了じゃないほうは？ a direction denied in the year asked", async () => {
    const a = await thread("R4で完了する事業", "完了じゃないほうは？");
    expect(a.filters.years).toEqual(["R4"]);
  });

  it.each([
    ["人事課の事業", "研修の事業は除いて", ["人事給与制度の見直し"]],
    [
      "名前にICTが入ってる事業を教えて",
      "センターの事業は除いて",
      ["新たなICT利活用の推進", "庁内におけるICT基盤の充実"],
    ],
  ])("reads %s then %s as the list less the projects it names", async (list, q, names) => {
    const a = await thread(list, q);
    expect(answered(a)).toEqual(keys(names.map(byName)));
  });

  it("leaves out a unit's projects said with のじゃない (DX推進チームのじゃないやつ)", async () => {
    const a = await engine.ask("名前にICTって入ってる事業で、DX推進チームのじゃないやつ");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.name.includes("ICT") && p.department !== "DX推進チーム")),
    );
  });

  it("leaves out what the projects do not do, every project doing it (ワークショップをやらないもの)", async () => {
    const a = await engine.ask("市民協働推進課の事業で、ワークショップをやらないものはどれですか");
    const doing = plan.projects.filter(
      (p) =>
        p.department === "市民協働推進課" && `${p.name}${p.purpose}${p.content}`.includes("ワークショップ"),
    );
    expect(doing.length).toBeGreaterThan(1);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "市民協働推進課" && !doing.includes(p))),
    );
    expect(a.filters.excluded).toEqual(["「ワークショップ」"]);
  });

  it("leaves out only the project named for a subject said with 以外 or 関係じゃない", async () => {
    const a = await engine.ask("市民課の事業のうちマイナンバーカード関係じゃないもの");
    expect(answered(a)).toEqual(keys([byName("住民票等の窓口申請システム")]));
  });
});

describe("a list narrowed by words keeps every one of it holding them all", () => {
  it("keeps the project naming the place beside the place's own, the place's own first", async () => {
    const a = await thread("Wi-Fi関連の事業まとめて", "そのうちコミセン向けのは？");
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(
      ["コミュニティセンター管理運営事業", "貸室利用者向けWi-Fi環境整備事業"].map((n) =>
        projectKey(byName(n)),
      ),
    );
  });

  it("does not keep one holding only some of them (貸室のWi-Fi整備のほう)", async () => {
    const a = await thread(
      "Wi-Fi関係の事業",
      "そのうち令和7年度まで続くのは？",
      "貸室のWi-Fi整備のほうはいつ完了？",
    );
    expect(a.projects[0]).toBe(byName("貸室利用者向けWi-Fi環境整備事業"));
  });

  it("shows a unit's project holding part of the words as related, not another unit's", async () => {
    const a = await thread("人権・男女共生課の事業", "その中で建物の工事に関するものは？");
    expect(a.projects[0]).toBe(byName("総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事"));
    expect(a.projects.every((p) => p.department === "人権・男女共生課")).toBe(true);
  });
});

describe("years said empty together, and the listing's end", () => {
  const unit = (d: string) => plan.projects.filter((p) => p.department === d);
  const unlisted = (...ys: ("R3" | "R4" | "R5" | "R6" | "R7")[]) =>
    keys(plan.projects.filter((p) => ys.every((y) => p.directions[y] === undefined)));
  it.each(["R6・R7が空欄の事業", "R6とR7に記載がない事業", "令和6年度と令和7年度の方向性がない事業"])(
    "reads %s as empty in each year",
    async (q) => {
      expect(answered(await engine.ask(q))).toEqual(unlisted("R6", "R7"));
    },
  );

  it("keeps a direction of two years listed either year's (R4・R5で完了する事業)", async () => {
    const a = await engine.ask("R4・R5で完了する事業");
    expect(a.filters.years).toEqual(["R4", "R5"]);
  });

  it("reads 方向性がR5までで、R6・R7が空欄 as last listed in R5", async () => {
    const a = await engine.ask("方向性がR5までで、R6・R7が空欄になっている事業を教えて");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter((p) => p.directions.R5 !== undefined && !p.directions.R6 && !p.directions.R7),
      ),
    );
  });

  it("reads 令和3年度の分しかない as listed in R3 alone", async () => {
    const a = await engine.ask("方向性が令和3年度の分しかない事業ってどれ？");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => Object.keys(p.directions).join() === "R3")));
  });

  it("reads 完了予定のない as 完了 in no year", async () => {
    const a = await engine.ask("情報システム課 完了予定のない事業");
    expect(answered(a)).toEqual(
      keys(
        unit("情報システム課").filter(
          (p) => !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
        ),
      ),
    );
  });
  it("reads 縮小フェーズに入る事業 as the projects 縮小 in some year", async () => {
    const a = await engine.ask("縮小フェーズに入る事業");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => Object.values(p.directions).includes("縮小"))),
    );
  });
});

describe("the question before asked again, or its last narrowing put back", () => {
  it("reads 同じ条件で施策7-4だと？ as the chain before, of 7-4", async () => {
    const a = await thread(
      "施策7-3の事業は何件ありますか",
      "その中で令和4年度に完了するものは？",
      "同じ条件で施策7-4だと？",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) => p.policy === "7-4" && ["完了", "新規完了"].includes(p.directions.R4 ?? ""),
        ),
      ),
    );
  });

  it("reads 逆にR3が継続じゃないものは？ after R3が継続のものだけ in its place", async () => {
    const a = await thread(
      "まち魅力発信課の事業を一覧で",
      "R3が継続のものだけ",
      "逆にR3が継続じゃないものは？",
    );
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "まち魅力発信課" && p.directions.R3 !== "継続")),
    );
  });
});

describe("whether the one project in view holds a thing, asked with も", () => {
  it("says はい when its text holds it, and goes on from it", async () => {
    const a = await thread("コミセンの部屋の鍵", "Wi-Fiも同じ事業？");
    expect(verdict(a)).toMatch(/^はい。コミュニティセンター管理運営事業の目的・内容に「Wi-Fi」/);
    const next = await thread("コミセンの部屋の鍵", "Wi-Fiも同じ事業？", "いつまで？");
    expect(answered(next)).toEqual(keys([byName("コミュニティセンター管理運営事業")]));
  });

  it("says いいえ when it does not, with the projects whose text holds it", async () => {
    const a = await thread("AIチャットボットの事業", "それって住民票も入ってる？");
    expect(verdict(a)).toMatch(/^いいえ。新たなICT利活用の推進の目的・内容には「住民票」/);
    expect(a.projects[0]).toBe(byName("住民票等の窓口申請システム"));
    expect(a.answered).toBe(0);
  });

  it("leaves a year asked with も a year's yes or no (R4もやってる？)", async () => {
    const a = await thread("AIチャットボットの事業", "R4もやってる？");
    expect(verdict(a)).toMatch(/令和4年度も計画に載っています/);
  });
});

describe("a field asked of words that name the one project in view", () => {
  it("answers 工事はいつまで？ of the works in view alone, the other works related", async () => {
    const a = await thread(
      "総持寺いのち・愛・ゆめセンターの外壁の改修について計画に記載はありますか",
      "工事はいつまで？",
    );
    expect(answered(a)).toEqual(keys([byName("総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事")]));
    expect(a.projects.length).toBeGreaterThan(1);
  });
});

describe("the other of two projects of one name", () => {
  it("reads もう一つの市税等徴収事務事業 as the one not in view", async () => {
    const inView = await thread("口座振替の申込みを窓口以外でできる事業は？", "担当課は？");
    const [one] = inView.projects.slice(0, inView.answered);
    const a = await thread(
      "口座振替の申込みを窓口以外でできる事業は？",
      "担当課は？",
      "もう一つの市税等徴収事務事業は何をするの？",
    );
    expect(one?.name).toBe("市税等徴収事務事業");
    expect(a.projects.slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => p.name === "市税等徴収事務事業" && p !== one),
    );
  });
});

describe("やっぱり before a unit: the unit in place of the one before", () => {
  it("keeps the list's other conditions (2023年度が最後, then 市民協働推進課, then やっぱり政策企画課)", async () => {
    const a = await thread(
      "2023年度が最後になっている事業",
      "そのうち市民協働推進課のは？",
      "あ、やっぱり政策企画課で",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.department === "政策企画課" &&
            p.directions.R5 !== undefined &&
            !p.directions.R6 &&
            !p.directions.R7,
        ),
      ),
    );
  });
});

describe("a project said to be under a code, then asked which", () => {
  it("searches the project's words within the code instead of listing the code", async () => {
    const a = await engine.ask(
      "人権・男女共生課と連携する予定があり、第7章5節に性の多様性に関する啓発や相談の事業があったと思うのですが、どの事業か教えていただけますか。",
    );
    expect(answered(a)).toEqual(keys([byName("セクシュアルマイノリティ啓発・相談事業")]));
  });

  it("still lists the code asked of by a story with no project in it", async () => {
    const a = await engine.ask("先日の会議で7-2-4の話が出たのですが、どんな事業がありますか");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.initiative === "7-2-4")));
  });
});

describe("the asker's own unit with its name in brackets (うち（市民課）)", () => {
  it("asks whether the project in view is that unit's, as the unit's name alone does", async () => {
    const a = await thread("おくやみの手続きの窓口の事業", "それって担当はうち（市民課）？");
    const b = await thread("おくやみの手続きの窓口の事業", "それって担当は市民課？");
    expect(verdict(a)).toBe(
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の担当課は市民生活相談課です。",
    );
    expect(verdict(a)).toBe(verdict(b));
  });
});

// Of two projects of one name, the one picked is what a yes/no of a year asks about (probe 476: 「2件のうち1件が令和7年度も
// 計画に載っています（記載なし: 市税等徴収事務事業（7-2 No.2））」, of a project listed in R7).
describe("a yes/no of a year after one of two same-named projects was picked", () => {
  it("answers of the one picked, not of its namesake", async () => {
    const a = await thread("市税等徴収事務事業", "2個目の詳細", "それR7も載ってる？");
    expect(answered(a)).toEqual(["7-2#3"]);
    expect(verdict(a)).toMatch(/^はい。市税等徴収事務事業（7-2 No\.3）は令和7年度も/);
    expect(verdict(a)).not.toMatch(/記載なし/);
  });
  it("still answers of both when neither was picked", async () => {
    const a = await thread("市税等徴収事務事業ってR7も載ってる？");
    expect(answered(a)).toEqual(["7-2#2", "7-2#3"]);
    expect(verdict(a)).toMatch(/7-2 No\.2.*7-2 No\.3/);
  });
});

// Corrections that keep the thread (probe 476: each had dropped the thread's conditions, or read both units).
describe("a correction that keeps what the thread asked", () => {
  const of = (unit: string, year: "R4" | "R7", ok: (d: string | undefined) => boolean) =>
    keys(plan.projects.filter((p) => p.department === unit && ok(p.directions[year])));
  it("replaces a unit whose name opens with the part taken back (人権 of 人権・男女共生課)", async () => {
    const a = await thread(
      "人権・男女共生課の事業",
      "そのうちR7まで続くのは？",
      "やっぱり人権じゃなくて情報システム課",
    );
    expect(a.filters.departments).toEqual(["情報システム課"]);
    expect(answered(a)).toEqual(of("情報システム課", "R7", (d) => d !== undefined));
  });
  it("replaces the unit taken back with やっぱり in the same message", async () => {
    const a = await engine.ask("市民課の事業、やっぱり市民課じゃなくて市民協働推進課で");
    expect(a.filters.departments).toEqual(["市民協働推進課"]);
  });
  it.each(["あ、違った R4で継続のほう", "間違えた、R4で継続で"])(
    "reads %s as the year and direction in place of the ones before, the unit kept",
    async (q) => {
      const a = await thread("情報システム課の事業", "そのうちR4で完了は？", q);
      const want = of("情報システム課", "R4", (d) => d === "継続");
      expect(want.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(want);
    },
  );
  it.each(["ごめん 財産活用課ね", "すみません、財産活用課でした"])(
    "reads %s after a mistyped unit as that unit, the year kept",
    async (q) => {
      const a = await thread("財産活用化の事業", "そのうちR7まであるのは？", q);
      const want = of("財産活用課", "R7", (d) => d !== undefined);
      expect(want.length).toBeLessThan(plan.projects.filter((p) => p.department === "財産活用課").length);
      expect(answered(a)).toEqual(want);
    },
  );
});

// A subject searched afresh that the one project in view holds as well as the best found (probe 479: 「支払いは口座振替
// できる？」 after the booking system had answered another unit's tax collection alone, the booking system related).
describe("a subject asked afresh that the project in view holds too", () => {
  it("answers the project in view first, beside the others holding the words", async () => {
    const a = await thread(
      "市民から、市の施設の予約ってネットでできるのか聞かれた",
      "支払いは口座振替できる？",
    );
    expect(a.projects[0]).toBe(byName("新たな施設予約システム運営事業"));
    expect(a.answered).toBeGreaterThan(1);
  });
  it("leaves the answer as found when the project in view holds none of the words", async () => {
    const [alone, a] = await Promise.all([
      engine.ask("支払いは口座振替できる？"),
      thread("マイナンバーカードの普及促進", "支払いは口座振替できる？"),
    ]);
    expect(answered(a)).toEqual(answered(alone));
  });
});

// Two counts one message compared, asked of again alone (probe 478: 「差は何件？」 after 「…多いのはどっち？」 had printed the
// usage help).
describe("two counts compared in one message, asked of again alone", () => {
  const completes = (y: "R4" | "R5") =>
    plan.projects.filter((p) => p.directions[y] === "完了" || p.directions[y] === "新規完了").length;
  it.each([
    ["差は何件？", () => `差は${Math.abs(completes("R4") - completes("R5"))}件です`],
    ["同じ？", () => "いいえ。令和4年度のほうが"],
    ["どっちが少ない？", () => `令和${completes("R4") < completes("R5") ? 4 : 5}年度のほうが少ないです`],
  ])("answers %s from the counts just compared", async (q, said) => {
    const a = await thread("R4とR5で完了が多いのはどっち？", q);
    expect(completes("R4")).not.toBe(completes("R5"));
    expect(a.leads?.[0]).toMatch(new RegExp(`^${said()}`));
    expect(countLabel(a)).toBe("件数の比較");
  });
});

// A ranking asked again of another direction (probe 478: 「じゃあ完了が一番多い年度は？」 after 新規's had counted both
// together, R3; 「じゃあ拡充だと？」 after a tie had kept the tied units).
describe("a ranking asked again of another direction", () => {
  it.each([
    ["新規が一番多い年度は？", "じゃあ完了が一番多い年度は？", "令和4年度"],
    ["新規が一番多い課は？", "じゃあ拡充だと？", "財産活用課"],
    ["新規が一番多い課は？", "じゃあ拡充が一番多い課は？", "財産活用課"],
  ])("answers %s then %s with the new direction's first, %s", async (first, q, top) => {
    const a = await thread(first, q);
    expect(a.filters.directions).not.toContain("新規");
    expect(a.leads?.[0]).toMatch(new RegExp(`^最も多いのは${top}（`));
  });
  it("keeps a narrowing typed after a question that ranked nothing (R4に完了 → 人事課 → じゃあ継続は？)", async () => {
    const a = await thread("R4に完了する事業", "そのうち人事課のは？", "じゃあ継続は？");
    expect(a.filters.departments).toEqual(["人事課"]);
  });
});

// The unit in view said with a comma after it (probe 479: 「そこの課、ほかにどんな事業やってる？」 had searched the first
// question's words again, and found nothing else).
describe("the unit in view said with a comma after it", () => {
  it("answers そこの課、ほかに… with the unit's other projects", async () => {
    const a = await thread("外国の人向けの日本語教室ってある？", "そこの課、ほかにどんな事業やってる？");
    const unit = byName("多文化共生の地域づくり推進").department;
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === unit && p.name !== "多文化共生の地域づくり推進")),
    );
  });
});

// Why a year is not listed, asked after its いいえ (probe 474: 「なんで載ってないの？」 had been told 「いいえ。当てはまる
// 事業があります」).
describe("why a project is not listed, asked after it was said not to be", () => {
  it("says the plan gives no reason, with no はい or いいえ", async () => {
    const a = await thread("マイナンバーカードの普及促進ってR5も載ってる？", "なんで載ってないの？");
    expect(verdict(a)).toBeUndefined();
    expect(a.notes.some((n) => n.includes("理由は計画に記載がありません"))).toBe(true);
  });
  it("still answers a negative yes/no of being listed (図書館の事業は載ってないの？)", async () => {
    const a = await engine.ask("図書館の事業は載ってないの？");
    expect(verdict(a)).toMatch(/^はい。/);
  });
});

// Two directions of a year's breakdown asked for alone (probe 475: 「縮小と完了の事業だけ一覧で」 had dropped R4, 11 for 8).
describe("directions of a year's breakdown asked for together", () => {
  it("lists those of the year in view", async () => {
    const a = await thread("令和4年度の方向性ごとの件数", "縮小と完了の事業だけ一覧で");
    const want = plan.projects.filter((p) => ["縮小", "完了", "新規完了"].includes(p.directions.R4 ?? ""));
    expect(answered(a)).toEqual(keys(want));
  });
});

// Another change of direction asked after one between two years (probe 475: 「じゃあ拡充から継続は？」 had dropped R3 to R4).
describe("another change of direction asked of the same years", () => {
  it("keeps the years of the change before", async () => {
    const a = await thread("R3からR4で臨時拡充から継続に変わった事業", "じゃあ拡充から継続は？");
    const want = plan.projects.filter(
      (p) => ["拡充", "臨時拡充"].includes(p.directions.R3 ?? "") && p.directions.R4 === "継続",
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });
});

// A side of two counts just compared, asked of in other words (probe 478: 「少ない方は？」 and 「多い方の新規は？」 had answered
// 0件).
describe("a side of two counts just compared", () => {
  const COMPARED = "人権・男女共生課と財産活用課、どっちが事業多い？";
  const of = (unit: string) => plan.projects.filter((p) => p.department === unit);
  it.each(["少ない方は？", "じゃあ少ない方は？"])("answers %s with the side with fewer", async (q) => {
    const a = await thread(COMPARED, q);
    expect(of("財産活用課").length).toBeLessThan(of("人権・男女共生課").length);
    expect(answered(a)).toEqual(keys(of("財産活用課")));
  });
  it("reads which has more said with 多く and a verb (どちらのほうが事業を多く担当していますか), then each side", async () => {
    const opening =
      "まち魅力発信課と人権・男女共生課では、どちらのほうが事業を多く担当していますでしょうか。";
    const [first, fewer] = await Promise.all([
      thread(opening),
      thread(
        opening,
        "では多い方の課で、令和4年度に完了する事業はどれでしょうか。",
        "少ない方の課では、令和4年度に縮小となっているものはありますか。",
      ),
    ]);
    expect(first.leads?.[0]).toMatch(/^人権・男女共生課のほうが多いです/);
    expect(answered(fewer)).toEqual(keys(of("まち魅力発信課").filter((p) => p.directions.R4 === "縮小")));
  });
  it("asks the other side alone of the side's narrowing just asked (多い方でR4に完了するのは？ then 少ない方は？)", async () => {
    const a = await thread(COMPARED, "じゃあ多い方でR4に完了するのは？", "少ない方は？");
    expect(answered(a)).toEqual(
      keys(of("財産活用課").filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了")),
    );
  });
  it.each(["多い方の新規は？", "逆に多い方の新規は？"])(
    "answers %s with the side's projects of that direction",
    async (q) => {
      const a = await thread(COMPARED, q);
      const want = of("人権・男女共生課").filter((p) =>
        Object.values(p.directions).some((d) => d === "新規" || d === "新規完了"),
      );
      expect(want.length).toBeGreaterThan(0);
      expect(answered(a)).toEqual(keys(want));
    },
  );
});
