// The seventy-ninth session's probes (361–367): a word asked in one field of a project, corrections and exclusions in a
// thread, one of two picked by a word. Each table row is a phrasing the rule reads; each rule is one of Japanese, not of
// one question.
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
const thread = (...messages: string[]) => askInThread(engine, ...messages);
const inField = (field: "purpose" | "content", word: string, holds = true) =>
  keys(plan.projects.filter((p) => p[field].normalize("NFKC").includes(word) === holds));

describe("a word asked in one field of a project (probe 365)", () => {
  it.each([
    ["目的に「コロナ」と書いてある事業はどれですか", "purpose", "コロナ"],
    ["目的にコロナが入ってる事業", "purpose", "コロナ"],
    ["内容にWi-Fiが入ってる事業ある？", "content", "Wi-Fi"],
    ["目的に「ワンストップ」とある事業を教えてください", "purpose", "ワンストップ"],
    ["目的に働き方改革と書いてある事業", "purpose", "働き方改革"],
    ["内容に手続きって書いてある事業", "content", "手続き"],
    ["目的欄に「目的とする」と書いてある事業を全部", "purpose", "目的とする"],
  ] as const)("answers %s with the projects whose field holds it, not the row's", async (q, field, word) => {
    const a = await engine.ask(q);
    const whole = keys(plan.projects.filter((p) => `${p.name}${p.purpose}${p.content}`.includes(word)));
    expect(inField(field, word).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(inField(field, word));
    // (Each row's word is somewhere else too, or the field would not tell: the row's reading would pass.)
    if (q.includes("コロナ") || q.includes("働き方")) expect(whole).not.toEqual(inField(field, word));
  });

  it("says the field in the condition: 条件: 目的に「コロナ」を含む", async () => {
    const a = await engine.ask("目的に「コロナ」と書いてある事業は？");
    expect(a.notes).toContain("条件: 目的に「コロナ」を含む");
  });

  it("keeps a unit beside it: 人権・男女共生課の事業で、内容に「オンライン」が入っているもの", async () => {
    const a = await engine.ask("人権・男女共生課の事業で、内容に「オンライン」が入っているもの");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter((p) => p.department === "人権・男女共生課" && p.content.includes("オンライン")),
      ),
    );
  });

  it.each([
    ["7-5の事業で、目的にDVが入っていないもの", "DV"],
    ["7-5の事業で目的に「DV」と書いてない事業", "DV"],
  ])("answers a denial %s with the policy's projects whose purpose lacks it", async (q, word) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.policy === "7-5" && !p.purpose.includes(word))),
    );
    expect(a.notes).toContain(`条件: 目的に「${word}」を含まない`);
  });
});

describe("a direction said as the projects' direction, beside a field or the names asked (probe 364)", () => {
  const having = (...ds: string[]) =>
    keys(
      plan.projects.filter((p) => Object.values(p.directions).some((d) => d !== undefined && ds.includes(d))),
    );

  it.each([
    ["縮小の方向性になっている事業があれば、件数と事業名を教えていただけますか。", ["縮小"]],
    ["完了の方向性の事業の件数と事業名", ["完了", "新規完了"]],
    ["完了の方向性の事業の目的", ["完了", "新規完了"]],
  ])("answers %s with the projects of that direction", async (q, ds) => {
    const a = await engine.ask(q);
    expect(having(...ds).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(having(...ds));
  });

  it("reads 7-2の完了事業の件数と事業名 as the policy's projects that complete", async () => {
    const a = await engine.ask("7-2の完了事業の件数と事業名");
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.policy === "7-2" && Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
        ),
      ),
    );
  });
});

describe("a unit left out does not deny the direction said beside it (probe 366)", () => {
  it.each([
    "政策企画課じゃない課で、拡充の事業でR7まで載ってるのは？",
    "政策企画課以外で、拡充の事業でR7まで載ってるのは？",
  ])("answers %s as 拡充 in some year, listed in R7, the unit's left out", async (q) => {
    const a = await engine.ask(q);
    const want = keys(
      plan.projects.filter(
        (p) =>
          p.department !== "政策企画課" &&
          p.directions.R7 !== undefined &&
          Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充"),
      ),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(want);
  });
});

describe("a year asked how it stands after a yes-or-no of one project's direction (probe 367)", () => {
  it.each([
    [
      "外国人住民さんの居場所づくりみたいな事業ある？",
      "それって新規？",
      "R4だとどうなってる？",
      "R4",
      "拡充",
    ],
    ["事例集つくるやつあったよね？", "それ新規？", "R5はどうなってる？", "R5", "継続"],
    ["事例集つくるやつあったよね？", "それ新規？", "R6はどうですか", "R6", "継続"],
  ])("%s → %s → %s says the year's direction, no いいえ", async (first, yesOrNo, how, year, direction) => {
    const a = await thread(first, yesOrNo, how);
    expect(a.answered).toBe(1);
    expect(verdictOf(a)).toBeUndefined();
    expect(a.notes.some((n) => n.includes(`令和${year.slice(1)}年度の方向性は${direction}です`))).toBe(true);
  });

  it("still asks the yes-or-no again of a year said alone: それ新規？ then R5は？", async () => {
    const a = await thread("事例集つくるやつあったよね？", "それ新規？", "R5は？");
    expect(verdictOf(a)).toMatch(/^いいえ。/);
  });
});

describe("projects left out by name narrow the list in view (probe 366)", () => {
  const zaisan = plan.projects.filter((p) => p.department === "財産活用課");

  it.each(["公共施設保全事業以外で", "公共施設保全事業以外は？", "公共施設保全事業を除いて"])(
    "answers 財産活用課の事業 then %s with the unit's others",
    async (q) => {
      const a = await thread("財産活用課の事業", q);
      expect(answered(a)).toEqual(keys(zaisan.filter((p) => p.name !== "公共施設保全事業")));
    },
  );

  it.each(["市民協働推進課の事業で、えんがわ以外は？", "市民協働推進課の事業で、みんなのえんがわ以外は？"])(
    "reads a subject in kana before 以外 as left out: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(answered(a)).toEqual(
        keys(plan.projects.filter((p) => p.department === "市民協働推進課" && !p.name.includes("えんがわ"))),
      );
    },
  );

  it("keeps kana ending in の before 以外 no subject: さっきの以外は？", async () => {
    const a = await engine.ask("さっきの以外は？");
    expect(a.filters.excluded).toEqual([]);
  });
});

describe("一文で says how short the answer is, no word to search (probe 364)", () => {
  it.each(["7-1-1の事業の目的を一文で", "ふるさと寄附金推進事業の目的を1文で教えて"])(
    "reads %s without 一文",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(1);
      expect(a.notes.some((n) => n.includes("一文"))).toBe(false);
      expect(a.missingTerms).toEqual([]);
    },
  );
});

describe("two lists asked in turn, joined (probe 363)", () => {
  const of = (...units: string[]) => keys(plan.projects.filter((p) => units.includes(p.department)));

  it.each([
    ["情報システム課の事業", "じゃあDXチームは？", "両方合わせて何件？", ["情報システム課", "DX推進チーム"]],
    ["政策企画課の事業", "まち魅力発信課のは？", "合わせて何件？", ["政策企画課", "まち魅力発信課"]],
    ["情報システム課の事業", "DX推進チームは？", "足すと何件になる？", ["情報システム課", "DX推進チーム"]],
  ])("%s → %s → %s counts both units' projects", async (first, second, joined, units) => {
    const a = await thread(first, second, joined);
    expect(answered(a)).toEqual(of(...units));
    expect(a.notes[0]).toBe(`該当する事業は${of(...units).length}件です。`);
    expect(a.filters.departments).toEqual([]);
  });

  it("goes on from both: そのうちR5も続くのは？ after them narrows the two units' projects", async () => {
    const a = await thread(
      "情報システム課の事業",
      "じゃあDXチームは？",
      "両方合わせて何件？",
      "そのうちR5も続くのは？",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) => ["情報システム課", "DX推進チーム"].includes(p.department) && p.directions.R5 !== undefined,
        ),
      ),
    );
  });

  it("joins two policies' lists: 施策7-4 then 施策7-5 then 両方合わせて何件ですか。", async () => {
    const a = await thread(
      "施策7-4の事業一覧をお願いします。",
      "施策7-5はどうでしょうか。",
      "両方合わせて何件ですか。",
    );
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.policy === "7-4" || p.policy === "7-5")));
  });
});

describe("the others of a subject narrowed to none else (probe 363)", () => {
  it("answers Wi-Fiの事業で完了したやつ then それ以外は？ with the subject's other projects", async () => {
    const a = await thread("Wi-Fiの事業で完了したやつ", "それ以外は？");
    const wifi = plan.projects.filter((p) => `${p.name}${p.purpose}${p.content}`.includes("Wi-Fi"));
    const done = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");
    expect(wifi.filter((p) => !done(p)).length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(wifi.filter((p) => !done(p))));
  });
});

describe("a narrowing taken back and replaced keeps the list it narrowed (probe 366)", () => {
  it.each([
    ["市民協働推進課の事業", "R7まで続かないのは？", "いや、そうじゃなくて、R7まで続くほう"],
    ["市民協働推進課の事業", "そのうちR7まで続かないのは？", "そうじゃなくて、R7まで続くのは？"],
  ])("%s → %s → %s is the unit's projects listed in R7", async (first, narrowing, retracted) => {
    const a = await thread(first, narrowing, retracted);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "市民協働推進課" && p.directions.R7 !== undefined)),
    );
  });

  it("keeps a policy and a direction left out: 7-1の事業で縮小じゃないもの → R6以降も載ってる → いや、そうじゃなくて、R6以降に載ってないほう", async () => {
    const a = await thread(
      "7-1の事業で縮小じゃないもの",
      "そのうちR6以降も載ってるのは？",
      "いや、そうじゃなくて、R6以降に載ってないほう",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            p.policy === "7-1" &&
            !Object.values(p.directions).includes("縮小") &&
            p.directions.R6 === undefined &&
            p.directions.R7 === undefined,
        ),
      ),
    );
  });
});

describe("one of two picked by a word of its name, then a field asked of it (probe 364)", () => {
  it.each([
    ["周辺整備のほうの目的は？", "市民会館跡地エリア周辺整備事業"],
    ["ハードのほうの目的は？", "市民会館跡地エリア整備事業（ハード）"],
  ])("answers 令和5年度に完了する事業は？ then %s of that one alone", async (q, name) => {
    const a = await thread("令和5年度に完了する事業は？", q);
    expect(a.projects.slice(0, a.answered).map((p) => p.name)).toEqual([name]);
  });
});

describe("a direction denied with せず or ず (probe 366)", () => {
  it.each(["R4で完了せずに続いている事業", "R4に完了せず続く事業"])(
    "reads %s as not completing in R4",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(
        a.projects
          .slice(0, a.answered)
          .every((p) => p.directions.R4 !== "完了" && p.directions.R4 !== "新規完了"),
      ).toBe(true);
    },
  );

  it("answers R3に新規で始まって、R4で完了せずに続いている事業 without those completing in R4", async () => {
    const a = await engine.ask("R3に新規で始まって、R4で完了せずに続いている事業");
    const shown = plan.projects.filter((p) => a.projects.slice(0, a.answered).includes(p));
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) =>
            (p.directions.R3 === "新規" || p.directions.R3 === "新規完了") &&
            p.directions.R4 !== undefined &&
            p.directions.R4 !== "完了" &&
            p.directions.R4 !== "新規完了",
        ),
      ),
    );
    expect(shown.length).toBeGreaterThan(2);
  });
});

describe("a kind of the direction before, denied, narrows its list (probe 366)", () => {
  it("answers R3に拡充の事業 then 臨時拡充じゃないのだけ with R3's 拡充 proper", async () => {
    const a = await thread("R3に拡充の事業", "臨時拡充じゃないのだけ");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R3 === "拡充")));
  });
});

describe("a question retold before who asked it is the subject (probe 369)", () => {
  it("answers 「市民会館の跡地はどうなるのかと住民の方に聞かれました。関係する事業を教えてください」 with the site's projects", async () => {
    const a = await engine.ask(
      "市民会館の跡地はどうなるのかと住民の方に聞かれました。関係する事業を教えてください",
    );
    expect(a.answered).toBeGreaterThan(0);
    expect(a.projects.slice(0, 2).every((p) => p.name.includes("市民会館跡地"))).toBe(true);
  });

  it("still sets aside who asked: なぜ縮小となっているのでしょうか。議員から理由を聞かれています。", async () => {
    const a = await engine.ask("なぜ縮小となっているのでしょうか。議員から理由を聞かれています。");
    expect(a.searchedWords).toEqual([]);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => Object.values(p.directions).includes("縮小"))),
    );
  });
});

describe("a subject in kana left out is its katakana name (probe 372)", () => {
  it("answers 市民課の事業でまいなんばー以外 with the unit's other project", async () => {
    const a = await engine.ask("市民課の事業でまいなんばー以外");
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => p.department === "市民課" && !p.name.includes("マイナンバー"))),
    );
  });
});

describe("a ranking asked with a field of what it ranks first (probe 371)", () => {
  it("answers 一番早く終わる事業の担当課は？ with the department of the earliest to end", async () => {
    const a = await engine.ask("一番早く終わる事業の担当課は？");
    const ranked = await engine.ask("一番早く終わる事業は？");
    const [first] = ranked.projects;
    expect(first).toBeDefined();
    expect(a.projects.slice(0, a.answered)).toEqual([first]);
    expect(a.notes.some((n) => n.startsWith("担当課: ") && n.includes(first?.department ?? "?"))).toBe(true);
    expect(a.notes.some((n) => n.startsWith("前の質問"))).toBe(false);
  });
});

describe("a year's direction left out of the list in view (probe 373)", () => {
  it.each(["あ、その年度に完了するものは除いて", "R3に完了するものは除いて"])(
    "answers 市民協働推進課の事業でR3に新規のもの then %s with those not completing in R3",
    async (q) => {
      const a = await thread("市民協働推進課の事業でR3に新規のもの", q);
      expect(answered(a)).toEqual(
        keys(
          plan.projects.filter(
            (p) =>
              p.department === "市民協働推進課" &&
              (p.directions.R3 === "新規" || p.directions.R3 === "新規完了") &&
              p.directions.R3 !== "新規完了",
          ),
        ),
      );
    },
  );
});

describe("the longer or shorter of the few in view (probe 371)", () => {
  it("answers DX推進チームの事業 → どっちが長く続く？ → 短い方はR4で何？ of the one ending first", async () => {
    const a = await thread("DX推進チームの事業", "どっちが長く続く？", "短い方はR4で何？");
    const dx = plan.projects.filter((p) => p.department === "DX推進チーム");
    const last = (p: Project) => Math.max(...Object.keys(p.directions).map((y) => Number(y.slice(1))));
    const shortest = Math.min(...dx.map(last));
    expect(answered(a)).toEqual(keys(dx.filter((p) => last(p) === shortest)));
  });

  it("answers …どっちが先に終わる？ → じゃあ長く続く方の目的は？ of the one lasting longer", async () => {
    const a = await thread(
      "マイナンバーカードの普及促進と住民票の窓口申請システム、どっちが先に終わる？",
      "じゃあ長く続く方の目的は？",
    );
    expect(a.projects.slice(0, a.answered).map((p) => p.name)).toEqual(["住民票等の窓口申請システム"]);
  });
});

describe("a unit read from part of its name says so (probe 370)", () => {
  it.each([
    ["人権の事業ってどんなのがある？", "人権", "人権・男女共生課"],
    ["DXチームの事業", "DXチーム", "DX推進チーム"],
  ])("notes how %s was read", async (q, said, unit) => {
    const a = await engine.ask(q);
    expect(a.notes).toContain(`「${said}」は「${unit}」と読んで答えています。`);
  });

  it("says nothing when the unit is named in full: 財産活用課の事業", async () => {
    const a = await engine.ask("財産活用課の事業");
    expect(a.notes.some((n) => n.endsWith("と読んで答えています。"))).toBe(false);
  });
});

describe("a numbered project typed with the long mark, then another number (probe 372)", () => {
  it("answers 7ー2の9 → じゃ10は with 7-2's tenth", async () => {
    const a = await thread("7ー2の9", "じゃ10は");
    expect(answered(a)).toEqual(["7-2#10"]);
  });
});
