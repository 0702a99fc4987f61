import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Answer,
  answer,
  countLabel,
  DIRECTION_MEANINGS,
  nearDepartments,
  RELATED_HEADING,
  SHOWN_WITH_RELATED,
  shownProjects,
  whenSaid,
  yearSentence,
} from "../../src/answer/answer.js";
import { buildCatalog } from "../../src/answer/catalog.js";
import {
  createEngine,
  type Engine,
  goesOnFrom,
  namesShortened,
  TWO_ASKS_NOTE,
} from "../../src/answer/engine.js";
import { contentPreview, filtersLine, previewOf, renderAnswerText } from "../../src/answer/render-text.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Project, projectKey, type YearKey, yearsOf } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const JUNE_2023 = new Date("2023-06-15T09:00:00+09:00");
const NOV_2026 = new Date("2026-11-25T09:00:00+09:00");
const keys = (a: Answer) => a.projects.map(projectKey);
/** A direction and those containing it (拡充: 拡充, 臨時拡充), as the plan's filters widen it. */
const widenOf = (d: string) =>
  ["新規", "継続", "拡充", "臨時拡充", "縮小", "完了", "新規完了"].filter((x) => x.includes(d));

/** Structured questions must never need the dictionary: this search dependency fails the test if used. */
const structured = (q: string, now = JUNE_2023) =>
  answer(q, {
    catalog,
    now,
    search: () => Promise.reject(new Error(`the index was loaded for a structured question: ${q}`)),
  });

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => JUNE_2023 });
  await engine.warmUp();
});
/** The answer to the last of a chain of messages, each read after the one before (as a DM reads them). */
const chainOf = async (questions: readonly string[]) => {
  let a = await engine.ask(questions[0] as string);
  for (const q of questions.slice(1)) a = await engine.ask(q, { previous: goesOnFrom(a) });
  return a;
};

describe("a follow-up set against the narrowing before it (逆に…) — probe 160", () => {
  const ids = (ps: readonly Project[]) => ps.map(projectKey);
  const shown = (a: Awaited<ReturnType<typeof chainOf>>) => keys(a).slice(0, a.answered);
  it.each([
    [
      [
        "R4で完了となる事業を挙げてください。",
        "そのうち人権・男女共生課のものは？",
        "逆に人権・男女共生課以外は？",
      ],
      (p: Project) =>
        ["完了", "新規完了"].includes(p.directions.R4 ?? "") && p.department !== "人権・男女共生課",
    ],
    [
      [
        "市民協働推進課と政策企画課の担当事業を比較してください。",
        "そのうちR5で計画の記載が終わるものは？",
        "逆にR7まで載っているのは？",
      ],
      (p: Project) =>
        ["市民協働推進課", "政策企画課"].includes(p.department) && p.directions.R7 !== undefined,
    ],
    [
      [
        "Wi-Fiに関する事業はいくつありますか。",
        "そのうち担当が人権・男女共生課のものは？",
        "逆にそれ以外の課のものは？",
      ],
      (p: Project) =>
        /Wi-Fi/.test(`${p.name}${p.purpose}${p.content}`) && p.department !== "人権・男女共生課",
    ],
  ])("answers %j with the list before the narrowing, narrowed the other way", async (chain, want) => {
    const expected = ids(plan.projects.filter(want));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(shown(await chainOf(chain)))).toEqual(new Set(expected));
  });
});

describe("a follow-up that supposes some of the list left out, or asks each of it (除くと？, それぞれ) — probe 160", () => {
  it("reads 「R4で完了するものを除くと？」 after a department's list as of that list", async () => {
    const a = await chainOf(["人権・男女共生課の事業は何件ですか。", "R4で完了するものを除くと？"]);
    const want = plan.projects.filter(
      (p) => p.department === "人権・男女共生課" && !["完了", "新規完了"].includes(p.directions.R4 ?? ""),
    );
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it.each([["担当課に電話したいんだけど、どこ？"], ["窓口に問い合わせしたいので、どこか教えて"]])(
    "reads %s after a project as its department asked (probe 161)",
    async (q) => {
      const first = await engine.ask("マイナンバーカードの普及促進");
      const a = await chainOf(["マイナンバーカードの普及促進", q]);
      expect(first.answered).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered)).toEqual(keys(first).slice(0, first.answered));
      expect(a.leads?.[0]).toMatch(/^担当課: 市民課/);
    },
  );

  it("reads 「R4の方向性はそれぞれどうなっていますか」 as asked of the projects just answered", async () => {
    const first = await engine.ask("市民会館跡地に関する事業を教えてください。");
    const a = await chainOf([
      "市民会館跡地に関する事業を教えてください。",
      "R4の方向性はそれぞれどうなっていますか。",
    ]);
    expect(first.answered).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(first).slice(0, first.answered));
  });
});

describe("counts as an auditor reads them (probe 160)", () => {
  it("says each direction's number where a year's count holds more than one (R3の拡充: 拡充 and 臨時拡充)", async () => {
    const a = await engine.ask("R3の拡充は何件ですか。");
    const more = plan.projects.filter((p) => p.directions.R3 === "拡充").length;
    const once = plan.projects.filter((p) => p.directions.R3 === "臨時拡充").length;
    expect(more).toBeGreaterThan(0);
    expect(once).toBeGreaterThan(0);
    expect(a.leads?.[0]).toBe(`該当する事業は${more + once}件です（拡充${more}件・臨時拡充${once}件）。`);
  });

  it("searches 掲載 as the plan's word for listed, as 記載 — no word of a subject (dict/stopwords.txt)", async () => {
    const index = await engine.warmUp();
    const r = index.search("コーチング研修の掲載");
    expect(r.missingTerms).toEqual([]);
    expect(r.hits[0]?.project.name).toContain("コーチング研修");
    expect(r.hits[0]?.match).toBe("strong");
  });

  it("says the count alone where one direction holds it all (R4に完了: no 新規完了 that year)", async () => {
    const a = await engine.ask("R4に完了する事業は何件？");
    expect(a.leads?.[0]).toBe(`該当する事業は${a.answered}件です。`);
  });

  it("reads 件数をそれぞれ比較してください as how the answer is wanted, not a word to search", async () => {
    const a = await engine.ask(
      "R3とR7で、拡充（臨時拡充を含む）とされている事業の件数をそれぞれ比較してください。",
    );
    const inR3 = plan.projects.filter((p) => ["拡充", "臨時拡充"].includes(p.directions.R3 ?? "")).length;
    expect(a.answered).toBeGreaterThan(0);
    expect(a.leads?.[0]).toContain(`令和3年度: ${inR3}件`);
  });
});

describe("review-55: last session's readings mended", () => {
  it("reads R4以降ずっと続く as every year from R4, as ずっと継続 — not any of them (H1)", async () => {
    const a = await engine.ask("R4以降ずっと続く事業は？");
    const b = await engine.ask("R4以降ずっと継続する事業は？");
    expect(a.answered).toBeLessThan(plan.projects.length - 10);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(b).slice(0, b.answered));
  });

  it.each([
    ["行財政改革の推進はずっと続く？", /^はい。/],
    ["マイナンバーカードの普及促進はずっと続く？", /^いいえ。/],
  ])("answers %s yes or no, as 最後まで続く？ (H2)", async (q, lead) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBe(true);
    expect(a.leads?.[0]).toMatch(lead);
  });

  it.each([
    [
      "似たようなのでR5に完了するのは？",
      (p: Project) => ["完了", "新規完了"].includes(p.directions.R5 ?? ""),
    ],
    ["関連する事業で人事課のは？", (p: Project) => p.department === "人事課"],
  ])("answers %s after a project by what it asks, not by nearness (H3)", async (q, want) => {
    const a = await chainOf(["マイナンバーカードの普及促進の目的は？", q]);
    const expected = plan.projects.filter(want).map(projectKey);
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(expected);
  });

  it("answers 30年度まで続く事業 with none, the year said outside the plan (H4)", async () => {
    const a = await engine.ask("30年度まで続く事業は？");
    expect(a.answered).toBe(0);
    expect(a.notes.join("")).toContain("計画期間（令和3年度〜7年度）の外です");
  });

  it("answers そこって担当どこ？ after a project with its department, not the department's list (M1)", async () => {
    const a = await chainOf(["多文化共生の地域づくり推進の内容は？", "そこって担当どこ？"]);
    expect(a.answered).toBe(1);
    expect(a.leads?.[0]).toMatch(/^担当課: 人権・男女共生課/);
  });

  it.each([["オンライン申請はいつできるようになる？"], ["マイナンバーカードの申請はいつできる？"]])(
    "reads %s as when a service can be used, not when a project completes (M3)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.notes.join("")).not.toContain("完了の記載はありません");
    },
  );
});

describe("nearDepartments: the plan's departments named like one it lacks", () => {
  const departments = ["政策企画課", "情報システム課", "市民課", "市民生活相談課", "人事課"];
  it.each([
    ["情報政策課", ["政策企画課", "情報システム課"]],
    ["市民相談課", ["市民生活相談課", "市民課"]],
    ["総務課", []],
    ["人材育成課", []],
  ])("names %s's near ones as %j, most shared first", (name, near) => {
    expect(nearDepartments([name], departments)).toEqual(near);
  });

  it("names first the one sharing a word few departments hold (人権推進課: 人権 before 推進, probe 269)", () => {
    const plans = ["市民会館跡地活用推進課", "DX推進チーム", "人権・男女共生課", "人事課"];
    expect(nearDepartments(["人権推進課"], plans)).toEqual([
      "人権・男女共生課",
      "市民会館跡地活用推進課",
      "DX推進チーム",
    ]);
  });
});

describe("a second ask trailing the first (probe 30)", () => {
  it("answers 「…を教えて。あとR4に拡充の事業も」 with the projects of both asks, and says so", async () => {
    const a = await structured("R5に完了する事業を教えて。あとR4に拡充の事業も");
    const both = plan.projects.filter(
      (p) =>
        ["完了", "新規完了"].includes(p.directions.R5 ?? "") ||
        ["拡充", "臨時拡充"].includes(p.directions.R4 ?? ""),
    );
    expect(keys(a)).toEqual(both.map(projectKey));
    expect(a.notes.join("\n")).toContain("あわせて: 令和4年度 / 拡充・臨時拡充");
  });

  it("adds nothing for a trailing ask whose years are all outside the plan (あとR9に拡充の事業も)", async () => {
    const a = await structured("R5に完了する事業を教えて。あとR9に拡充の事業も");
    const r5 = plan.projects.filter((p) => ["完了", "新規完了"].includes(p.directions.R5 ?? ""));
    expect(keys(a)).toEqual(r5.map(projectKey));
  });

  it("leaves asks that differ only in their departments to one list of both (条件: 市民課・人事課)", async () => {
    const a = await structured("人事課の事業を教えて。あと市民課の事業も");
    expect([...a.filters.departments].sort()).toEqual(["人事課", "市民課"]);
    expect(a.notes.join("\n")).not.toContain("あわせて");
  });
});

describe("what is ahead for a project (今後の予定, これからどうなる), from this year on (probe 66)", () => {
  it.each([
    // June 2023 is 令和5年度: the plan's years from it on.
    [
      "ロケ地ツアーの事業の今後の予定は？",
      [
        "映画「葬式の名人」活用プロモーション事業の今後（令和5年度〜7年度）の方向性: R5 縮小、R6 縮小、R7 縮小。",
      ],
    ],
    [
      "マイナンバーカードの普及促進はこれからどうなる？",
      [
        "マイナンバーカードの普及促進は令和5年度〜7年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
      ],
    ],
  ])("answers %s with the directions from this year on", async (q, leads) => {
    const a = await engine.ask(q);
    expect(a.leads).toEqual(leads);
  });

  it("reads 「このあとどうなりますか」 after a project's answer as what is ahead for it (probe 75)", async () => {
    const first = await engine.ask("ロケ地ツアーの事業");
    const a = await engine.ask("このあとどうなりますか", { previous: goesOnFrom(first) });
    expect(a.leads).toEqual([
      "映画「葬式の名人」活用プロモーション事業の今後（令和5年度〜7年度）の方向性: R5 縮小、R6 縮小、R7 縮小。",
    ]);
  });

  it("still reads 将来的な予定 as an ask of what is ahead (review)", async () => {
    const a = await engine.ask("ロケ地ツアーの将来的な予定は？");
    expect(a.leads?.[0]).toMatch(/^映画「葬式の名人」活用プロモーション事業の今後/);
  });

  it("reads 将来的な before a noun as what a project is about, not an ask of what is ahead (probe 102)", async () => {
    const a = await engine.ask(
      "将来的な職員の働き方改革につながる、AIなど最先端の技術を使う事業はありますか",
    );
    expect(a.projects[0]?.name).toBe("新たなICT利活用の推進");
    // (Its only lead is the はい of ありますか — no word of what is ahead.)
    expect((a.leads ?? []).filter((l) => !l.startsWith("はい。新たなICT利活用の推進は"))).toEqual([]);
  });

  it("says, past the plan's last year, how far it lists the project and that it says nothing from now on", async () => {
    const late = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOV_2026 });
    const a = await late.ask("ロケ地ツアーの事業の今後の予定は？");
    expect(a.leads).toEqual([
      "映画「葬式の名人」活用プロモーション事業は令和7年度まで計画に載っています（R7 縮小）。",
      "今年度（令和8年度）からの予定は、この計画（令和3年度〜7年度）には載っていません。",
    ]);
  });
});

describe("a year compared that the plan does not cover (review)", () => {
  it("says R2 is outside the plan for R3に新規の事業で、前年度から方向性が変わったもの", async () => {
    const a = await engine.ask("R3に新規の事業で、前年度から方向性が変わったものは？");
    expect(a.answered).toBe(0);
    expect(a.notes).toContain(
      "令和2年度は計画期間（令和3年度〜7年度）の外です。この計画にその年度の方向性はありません。",
    );
  });
});

describe("a field asked after a context of no words, or of a subject in hiragana (probe 133)", () => {
  it("answers まだ把握してないんですが、えんがわの担当課は？ with the department first: まだ…ない asks nothing of until when (review)", async () => {
    const a = await engine.ask("まだ把握してないんですが、えんがわの担当課は？");
    expect(a.notes[0]).toMatch(/^担当課: 市民協働推進課/);
  });

  it.each([
    ["お疲れ様です。えんがわの担当は？", "7-7#1"],
    ["質問です。えんがわの担当課は？", "7-7#1"],
    ["市民協働の人に聞きたいんですが、えんがわって今どうなってます？", "7-7#1"],
  ])("answers %s with the project its hiragana name finds, not the context's", async (q, key) => {
    const a = await engine.ask(q);
    expect(a.projects.slice(0, 1).map(projectKey)).toEqual([key]);
  });
});

describe("whether a project still goes on or has ended, answered in a sentence first (probe 46)", () => {
  it.each([
    [
      "ロケ地ツアーのやつってまだやってる？",
      "映画「葬式の名人」活用プロモーション事業は令和7年度まで計画に載っています（R7 縮小）。",
    ],
    [
      "事例集つくるやつってまだある？",
      "各地域の創意工夫した取組をまとめた事例集の作成は令和7年度まで計画に載っています（R7 継続）。",
    ],
    // The verb left to the casual ending the register takes off (probe 60).
    [
      "ロケ地ツアーってまだあるんだっけ？",
      "映画「葬式の名人」活用プロモーション事業は令和7年度まで計画に載っています（R7 縮小）。",
    ],
    // 今も, as まだ (probes 112, 114).
    [
      "住民票の窓口申請 今もやってる？",
      "住民票等の窓口申請システムは令和7年度まで計画に載っています（R7 継続）。",
    ],
    [
      "マイナンバーカードの普及って今もやってますか",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    [
      "人権の計画見直すやつってもう終わったんだっけ",
      "はい。第2次人権施策推進計画の見直しの完了は令和4年度です（R4 完了）。",
    ],
    // 継続中 asked of one project: whether it still goes on (review: a はい of a year it had been listed in).
    [
      "マイナンバーカードの普及促進って継続中ですか？",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    // 今 alone, and まだ before any doing (probe 134: the line had been left out).
    [
      "マイナンバーカードの申請の手伝いって今やってる？",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    [
      "映画のロケ地ツアーってまだプロモーションしてるの？",
      "映画「葬式の名人」活用プロモーション事業は令和7年度まで計画に載っています（R7 縮小）。",
    ],
    // Asked of one project with もの: whether it has ended, not which have (review).
    [
      "ふるさと納税ってもう終わったものですか？",
      "計画には、ふるさと寄附金推進事業の完了の記載はありません（記載は令和3年度〜6年度、R6 継続まで）。",
    ],
    // Whether a resident can still use it (probe 145: only the card had been shown).
    [
      "チャレンジいばらきの補助金ってまだ申し込める？",
      "チャレンジいばらき補助金の拡充は令和5年度まで計画に載っています（R5 継続）。",
    ],
    [
      "マイナンバーカードの出張申請ってまだ受け付けてる？",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    // A subject's own edge year, in plain and budget words (probe 128: the plan's R7 had been read, 0件).
    [
      "マイナンバーカードの最終年度は？",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    [
      "マイナンバーカードの終期は？",
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
    ],
    [
      "貸室のWi-Fiの開始年度はいつですか",
      "貸室利用者向けWi-Fi環境整備事業の開始（新規）は令和3年度です（R3 新規）。",
    ],
  ])("answers %s with its years", async (q, sentence) => {
    expect((await engine.ask(q)).notes[0]).toBe(sentence);
  });

  it("lists projects described so (まだやってる事業は？) without a sentence of one", async () => {
    const a = await engine.ask("マイナンバーカードでまだやってる事業は？");
    expect(a.notes.join()).not.toContain("まで計画に載っています");
  });
});

describe("a yes-or-no of listing said as 入っている or まだやってる (probe 47)", () => {
  it("answers 「ふるさと寄附金推進事業は令和6年度も計画に入っていますか」 はい", async () => {
    const a = await engine.ask("ふるさと寄附金推進事業は令和6年度も計画に入っていますか");
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(/^はい。/);
  });

  it("answers 「R5はある？」 after a project's answer as whether it is listed in R5, and 「いつまで載ってる？」 after it of the project (probe 58)", async () => {
    const first = await engine.ask("夫や妻からの暴力で困っている人を支える事業");
    expect(keys(first)[0]).toBe("7-5#4");
    const a = await engine.ask("R5はある？", { previous: goesOnFrom(first) });
    expect(a.notes[0]).toMatch(
      /^いいえ。配偶者暴力被害者等セーフティネット充実支援事業は令和5年度の計画に記載がありません/,
    );
    const until = await engine.ask("いつまで載ってる？", { previous: goesOnFrom(a) });
    expect(keys(until).slice(0, until.answered)).toEqual(["7-5#4"]);
  });

  it.each([["いつ完了する予定？"], ["いつ完了する見込み？"]])(
    "reads 予定 or 見込み in 「%s」 as part of the when asked, of the project just answered (probe 74)",
    async (q) => {
      const a = await chainOf(["愛センターの外壁改修工事について教えて", q]);
      expect(a.notes[0]).toBe(
        "総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事の完了は令和4年度です（R4 完了）。",
      );
    },
  );

  it.each([
    ["いつまで計画に載ってる？"],
    ["いつまで総合計画に載ってますか"],
    ["いつまでこの計画に載ってますか"],
  ])(
    "reads the plan itself named in 「%s」 as no subject: it asks until when of the project just answered (probe 72)",
    async (q) => {
      const a = await chainOf(["配偶者暴力被害者等セーフティネット充実支援事業", q]);
      expect(keys(a).slice(0, a.answered)).toEqual(["7-5#4"]);
      expect(a.notes[0]).toMatch(
        /^配偶者暴力被害者等セーフティネット充実支援事業は令和\d年度まで計画に載っています/,
      );
    },
  );

  it.each([
    [
      ["縮小の事業", "それは何年度？"],
      "映画「葬式の名人」活用プロモーション事業は令和3年度から令和7年度まで計画に載っています（R3 継続 〜 R7 縮小）。",
    ],
    [
      ["第3次男女共同参画計画の事業", "時期は？"],
      "第3次茨木市男女共同参画計画策定事業は令和3年度から計画に載り、令和4年度に完了する計画でした（R3 臨時拡充 〜 R4 完了）。",
    ],
  ])(
    "answers when asked alone (%j) with the project's first year and last, first (probe 73)",
    async (chain, said) => {
      const a = await chainOf(chain);
      expect(a.notes[0]).toBe(said);
    },
  );

  it("answers from when and until when, asked together, with both (probe 73)", async () => {
    const a = await engine.ask(
      "各地域の取組をまとめた事例集を作る事業はいつから始まっていつまで続く予定ですか",
    );
    expect(a.notes[0]).toBe(
      "各地域の創意工夫した取組をまとめた事例集の作成は令和3年度から令和7年度まで計画に載っています（R3 新規 〜 R7 継続）。",
    );
  });

  it("answers 「R7は？」 after 「ふるさと納税の事業ってまだやってる？」 いいえ, with the years it is listed", async () => {
    const first = await engine.ask("ふるさと納税の事業ってまだやってる？");
    const a = await engine.ask("R7は？", { previous: goesOnFrom(first) });
    expect(a.notes[0]).toBe(
      "いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません（記載は令和3年度〜6年度、R6 継続まで）。",
    );
  });
});

describe("a last sentence of only a year or a direction, asked of the sentences before it (probe 117)", () => {
  it.each([
    ["空調のLED化っていつまで？R7まで？", ["7-2#10"]],
    ["ハードのほうの整備って新規完了なの？完了なの？", ["7-2#11"]],
  ])("answers %s of the subject before, not of every project then", async (q, want) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(want);
  });

  // (The sentence before asking as …ですか。 does; the last one short once its register is off, its か a question's:
  // probe 141 had answered every project listed from R5, 32 of them.)
  it.each([
    [
      "AIチャットボットの調査研究をしている事業はどれですか。あと、令和5年度以降も続いているか教えてください。",
      "7-2#18",
    ],
    ["ロケ地ツアーの事業はどれですか。それと、令和7年度も続いているかどうか知りたいです。", "7-1#4"],
  ])("asks the years of %s of the subject before them, %s", async (q, want) => {
    const a = await engine.ask(q);
    const name = plan.projects.find((p) => projectKey(p) === want)?.name ?? want;
    expect(a.readAs?.startsWith(`${name}は令和`)).toBe(true);
    expect(keys(a).filter((k) => k !== want)).toEqual([]);
  });

  it.each([
    ["チャレンジいばらき補助金の拡充について伺います。令和6年度以降も継続する予定でしょうか。"],
    ["チャレンジいばらき補助金の拡充の件でお尋ねします。令和6年度以降も継続する予定でしょうか。"],
    ["チャレンジいばらき補助金の拡充について質問です。R6以降も継続？"],
  ])("asks the years said after a sentence opening the subject (%s) of that subject", async (q) => {
    const a = await engine.ask(q);
    expect(a.readAs).toMatch(/チャレンジいばらき補助金の拡充/);
    expect(a.notes[0]).toMatch(/^いいえ/);
    expect(keys(a).filter((k) => k !== "7-7#2")).toEqual([]);
  });

  it("says what it read, with no question before it named", async () => {
    const a = await engine.ask("マイナンバーカードの事業について。R5は？");
    expect(a.notes[0]).toMatch(/^マイナンバーカードの普及促進は令和5年度の計画に記載がありません/);
    expect(a.notes.filter((n) => n.startsWith("前の質問"))).toEqual([]);
    expect(a.notes).toContain("「R5のマイナンバーカードの事業について。」と読みました。");
  });

  it("leaves a field asked last to the whole message (…ありますか。担当課も教えてください。)", async () => {
    const a = await engine.ask(
      "窓口で、役所に来なくても手続きができるようにならないのかと聞かれます。こうした取組は計画にありますか。担当課も教えてください。",
    );
    expect(a.readAs).toBeUndefined();
    expect(a.answered).toBeGreaterThan(0);
    expect(keys(a)[0]).toBe("7-2#13");
  });
});

describe("a counter's message passing on what a resident said, then asking (probe 121)", () => {
  it.each([
    [
      "お疲れ様です。DIYの講座に何度か参加した市民の方から、次は自分たちで運営する側に回りたいと相談がありました。参加者が運営側にステップアップするのを後押しする事業があれば教えてください。",
      ["7-7#3", "7-7#4"],
    ],
    [
      "お疲れ様です。市民の方から、税金の口座振替を申し込むときに書類の不備で何度もやり取りになったと声がありました。申請書以外の方法で受け付ける取り組みがあれば教えてください。",
      ["7-2#2", "7-2#3"],
    ],
    // No one named as saying it: 「…というご相談がありました」, 「…という方がいらっしゃいました」 (probe 212).
    [
      "地域でボランティアの団体を立ち上げたいという方がいらっしゃいました。活動の相談や場所について案内できる事業はありますでしょうか。",
      ["7-7#2"],
    ],
  ])(
    "weighs the need passed on in %s beside the ask's own words: its projects are among the first five",
    async (q, want) => {
      const a = await engine.ask(q);
      expect(keys(a).slice(0, 5)).toEqual(expect.arrayContaining(want));
    },
  );
});

describe("a need passed on with no one named (probe 212)", () => {
  it("answers 「…というご相談がありました。…避難できる場所…載っていますでしょうか」 with the DV shelter's project, not a room's Wi-Fi", async () => {
    const a = await engine.ask(
      "配偶者からの暴力で家を出たいというご相談がありました。一時的に避難できる場所に関係する事業は計画に載っていますでしょうか。",
    );
    expect(keys(a)[0]).toBe("7-5#4");
    expect(a.notes[0]).toMatch(/^はい。配偶者暴力被害者等セーフティネット充実支援事業/);
  });
});

describe("〜系 said of a kind of project, not searched (probe 123)", () => {
  it("searches 「市の収入を増やす系の事業」 for 収入 alone", async () => {
    const a = await engine.ask("市の収入を増やす系の事業");
    expect(a.searchedWords).toEqual(["収入"]);
    expect(a.answered).toBeGreaterThan(0);
  });
});

describe("one project picked by its place from a list of related ones only (probe 121)", () => {
  it.each([
    ["最後のやつの担当は？", -1],
    ["上から2番目の担当は？", 1],
    ["一番下のは？", -1],
  ])("picks %s from the list's answers when it has some (窓口の事業)", async (q, place) => {
    const list = await chainOf(["窓口の事業"]);
    expect(list.answered).toBeGreaterThan(1);
    const answers = keys(list).slice(0, list.answered);
    const a = await chainOf(["窓口の事業", q]);
    expect(keys(a).slice(0, a.answered)).toEqual([answers.at(place)]);
  });

  it("answers the first and then the third shown, not the whole list again", async () => {
    const first = "市の建物が古くて危ないんじゃないかって言われたんですが";
    const list = await chainOf([first]);
    expect(list.answered).toBe(0);
    const one = await chainOf([first, "1番目のやつ、具体的には何するの？"]);
    expect(keys(one).slice(0, one.answered)).toEqual([keys(list)[0]]);
    const third = await chainOf([first, "1番目のやつ、具体的には何するの？", "3番目のは？"]);
    expect(keys(third).slice(0, third.answered)).toEqual([keys(list)[2]]);
  });
});

describe("a place past those answered, counted on into the related ones shown (probe 125)", () => {
  it("answers 「2番目の担当は」 after 該当 1件 and related ones with the second shown, then 「3番目は？」 with the third", async () => {
    const list = await chainOf(["Wi-Fi"]);
    expect(list.answered).toBe(1);
    expect(list.projects.length).toBeGreaterThanOrEqual(3);
    const second = await chainOf(["Wi-Fi", "2番目の担当は"]);
    const shown = list.projects[1] as Project;
    expect(keys(second).slice(0, second.answered)).toEqual([projectKey(shown)]);
    expect(second.notes[0]).toBe(`担当課: ${shown.department}（${shown.name}）`);
    const third = await chainOf(["Wi-Fi", "2番目の担当は", "3番目は？"]);
    expect(keys(third).slice(0, third.answered)).toEqual([keys(list)[2]]);
  });
});

describe("a subject taken back for the one meant (probe 126)", () => {
  it("answers 「あ、日本語教室じゃなくてDVの相談の方でした」 with the DV project, then its department", async () => {
    const chain = [
      "外国にルーツのある子の親の相談先ってどこ？",
      "あ、日本語教室じゃなくてDVの相談の方でした",
    ];
    const dv = plan.projects.find(
      (p) => p.name === "配偶者暴力被害者等セーフティネット充実支援事業",
    ) as Project;
    const a = await chainOf(chain);
    expect(a.searchedWords).not.toContain("日本語");
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(dv)]);
    const whose = await chainOf([...chain, "担当課は？"]);
    expect(whose.notes[0]).toBe(`担当課: ${dv.department}（${dv.name}）`);
  });
});

describe("a project's last year asked after it (probe 124)", () => {
  it("answers 「最終年度は？」 after ふるさと納税 with the year the project is listed until, not the plan's R7", async () => {
    const a = await chainOf(["ふるさと納税の事業について", "最終年度は？"]);
    const furusato = plan.projects.find((p) => p.name === "ふるさと寄附金推進事業") as Project;
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(furusato)]);
    expect(a.notes[0]).toMatch(/^ふるさと寄附金推進事業は令和6年度まで計画に載っています/);
  });

  it("answers 「最終年度はいつですか」, kana and all, as 「最終年度は？」 (review)", async () => {
    const a = await chainOf(["ふるさと納税の事業について", "最終年度はいつですか"]);
    expect(a.notes[0]).toMatch(/^ふるさと寄附金推進事業は令和6年度まで計画に載っています/);
  });

  it("answers 「最終年度は？」 after a project's period asked about with that project's (second read)", async () => {
    const a = await chainOf(["コーチング研修の期間は？", "最終年度は？"]);
    expect(a.notes[0]).toMatch(/^組織力強化に向けたコーチング研修の実施は令和7年度まで計画に載っています/);
  });

  it("answers 「最終年度は？」 after the plan's period asked about with the plan's last year (review)", async () => {
    const a = await chainOf(["計画期間は？", "最終年度は？"]);
    const listed = plan.projects.filter((p) => p.directions.R7 !== undefined);
    expect(a.answered).toBe(listed.length);
  });
});

describe("how what was just answered stands now, pointed at (probe 122)", () => {
  it("answers 「それって今どうなってます？」 after a department's list with that list, not with 令和8年度 as a condition", async () => {
    const a = await chainOf(["人事課の事業", "それって今どうなってます？"]);
    const theirs = plan.projects.filter((p) => p.department === "人事課").map(projectKey);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
  });

  it.each([[["人事課の事業", "それらって今どうなってる？"]], [["人事課の事業って今どうなってる？"]]])(
    "answers %j with the department's projects, each one's span said, not 令和8年度 as a condition",
    async (chain) => {
      const a = await chainOf(chain);
      const theirs = plan.projects.filter((p) => p.department === "人事課").map(projectKey);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
    },
  );
});

describe("what a project changes for residents, asked in a thread or with its subject (probe 123)", () => {
  it.each([
    ["要するに何？"],
    ["市民向けに言うと？"],
    ["ひとことで言うと？"],
    ["市民向けにひとことで言うと？"],
  ])("answers %s of the project just answered, with its 目的 (probe 156)", async (q) => {
    const a = await chainOf(["多文化共生の事業ってどんなの", q]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-4#4"]);
    expect(a.fieldsAsked).toEqual(["目的", "内容"]);
  });

  it("answers asks numbered in one message each under its number (probe 157: read as one, 人事課 R7 継続 1件)", async () => {
    const a = await engine.ask(
      "確認させてください。\n1. 行財政改革の推進の担当課\n2. 公共施設保全事業はR7も継続か\n3. 人事課の事業は何件か",
    );
    const hr = plan.projects.filter((p) => p.department === "人事課");
    expect(a.leads).toEqual([
      "1.「行財政改革の推進の担当課」: 担当課: 政策企画課（行財政改革の推進）",
      "2.「公共施設保全事業はR7も継続か」: はい。公共施設保全事業の令和7年度の方向性は継続です。",
      `3.「人事課の事業は何件か」: 該当する事業は${hr.length}件です。`,
    ]);
    expect(a.filters.departments).toEqual([]);
  });

  it("answers a numbered ask that only counts by department with the breakdown of the list before it", async () => {
    const a = await engine.ask(
      "監査対応のため確認しております。\n1. 令和3年度に臨時拡充となっている事業の件数\n2. 担当課ごとの内訳\nを教えていただけますでしょうか。",
    );
    const theirs = plan.projects.filter((p) => p.directions.R3 === "臨時拡充");
    const departments = new Set(theirs.map((p) => p.department));
    expect(departments.size).toBeLessThan(new Set(plan.projects.map((p) => p.department)).size);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.map(projectKey).sort());
    expect(a.leads?.[1]).toMatch(
      new RegExp(`^2\\.「担当課ごとの内訳」: 担当課ごとの事業数（${departments.size}課、多い順）`),
    );
  });

  it.each([
    ["件数だけ教えて"],
    ["表にしてもらえますか"],
    ["CSVでください"],
    ["件数だけでいいです"],
    ["エクセルでちょうだい"],
    ["表で見たい"],
  ])(
    "answers %s after a list with that list (probe 157: it had been greeted, the thread lost)",
    async (q) => {
      const [list, a] = await Promise.all([
        engine.ask("令和4年度に完了する事業"),
        chainOf(["令和4年度に完了する事業", q]),
      ]);
      expect(list.answered).toBeGreaterThan(1);
      expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
    },
  );

  it.each([["財産活用課の事業を方向性付きで"], ["財産活用課の事業をR3〜R7の方向性つきで表にしてください"]])(
    "reads %s as the department's list in a shape, not 付き searched (probe 157)",
    async (q) => {
      const a = await engine.ask(q);
      const theirs = plan.projects.filter((p) => p.department === "財産活用課").map(projectKey);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
    },
  );

  it("keeps the field asked before when a message only asks it in brief (…の目的は？ then 簡単に, review-53 M4)", async () => {
    const a = await chainOf(["人事給与制度の見直しの目的は？", "簡単に"]);
    expect(a.fieldsAsked).toEqual(["目的"]);
    const b = await engine.ask("一言で", { previous: goesOnFrom(a) });
    expect(b.notes.join("\n")).not.toContain("はを");
    expect(b.fieldsAsked).toEqual(["目的"]);
  });

  it("reads 人権の事業、ひとことで as 人権の事業 asked briefly, not ひとこと searched (probe 156)", async () => {
    const [brief, plain] = await Promise.all([
      engine.ask("人権の事業、ひとことで"),
      engine.ask("人権の事業"),
    ]);
    expect(plain.answered).toBeGreaterThan(1);
    expect(keys(brief).slice(0, brief.answered).sort()).toEqual(keys(plain).slice(0, plain.answered).sort());
  });

  it("answers 「住民にとって何が変わる？」 of the project just answered, with its 目的", async () => {
    const a = await chainOf(["おくやみコーナーってどんな事業？", "それで住民にとって何が変わるの？"]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#15"]);
    expect(a.fieldsAsked).toEqual(["目的", "内容"]);
  });

  it("searches the subject, not 住民, when the standpoint comes first", async () => {
    const a = await engine.ask("住民にとって何が変わる？マイナンバーカードの事業");
    expect(a.searchedWords).toEqual(["マイナンバーカード"]);
    expect(keys(a)[0]).toBe("7-2#17");
  });
});

describe("目的 said of what a project is for, not searched as a word of its subject (probe 123)", () => {
  it.each([["業務効率化が目的の事業ってどれ？"], ["空調とか照明をLEDにする事業の目的だけ教えて"]])(
    "searches %s without 目的",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.searchedWords.length).toBeGreaterThan(0);
      expect(a.searchedWords).not.toContain("目的");
    },
  );

  it("ranks the project whose purpose says the aim first, not one whose purpose ends …を目的とする", async () => {
    const a = await engine.ask("市民サービスの向上が目的の事業");
    expect(keys(a)[0]).toBe("7-2#7");
  });
});

describe("a hearing desk's questions, IME slips left in (probe 116)", () => {
  it.each([
    // Whether a project has completed, asked in the past or the perfect: when it completes, first, as もう終わった？ is —
    // はい when that was before this year (a listing that stops is no 完了, and the plan cannot say whether it has ended
    // since).
    ["人事給与制度の見直しは完了しましたか", "はい。人事給与制度の見直しの完了は令和4年度です（R4 完了）。"],
    [
      "男女共同参画計画の策定、完了しましたか？",
      "はい。第3次茨木市男女共同参画計画策定事業の完了は令和4年度です（R4 完了）。",
    ],
    [
      "庁内におけるICT基盤の充実は完了してますか",
      "計画には、庁内におけるICT基盤の充実の完了の記載はありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    ],
    [
      "人権の計画の見直しってもう官僚してますか",
      "はい。第2次人権施策推進計画の見直しの完了は令和4年度です（R4 完了）。",
    ],
    // A department confirmed, typed with か for 課 — the reading said in the verdict itself (probe 476).
    [
      "コーチング研修は人事かの担当で合ってますか",
      "はい。組織力強化に向けたコーチング研修の実施の担当課は人事課です。（「人事か」は計画にない課名のため、「人事課」と読みました）",
    ],
    // 載って typed in kana: whether the plan has it.
    [
      "平和の事業はのってますか",
      "いいえ。7-4-1「生命の尊さを守る非核平和社会の実現」には新規・拡充事業等がありません。",
    ],
  ])("answers %s with %s", async (q, said) => {
    expect((await engine.ask(q)).notes[0]).toBe(said);
  });

  it("reads 移行 after a year as 以降, not a word the plan lacks", async () => {
    const typo = await engine.ask("DV被害者の支援は令和8年度移行も継続しますか");
    const right = await engine.ask("DV被害者の支援は令和8年度以降も継続しますか");
    expect(typo.missingTerms).toEqual([]);
    expect(typo.notes).toEqual(right.notes);
  });

  it("does not read きょう inside a run of kana (しみんきょうどう…) as today", async () => {
    const a = await engine.ask("しみんきょうどうすいしんかの事業");
    expect(a.notes.some((n) => n.includes("日付や時刻"))).toBe(false);
  });

  it.each(["まだ続いてる？", "今も続いてる？"])("answers %s after a project of that project", async (q) => {
    const a = await chainOf(["マイナンバーカードの普及促進", q]);
    expect(a.notes[0]).toBe("マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。");
  });
});

describe("a direction said in casual words (probe 115)", () => {
  it("reads 〜したやつ as 〜したもの: a direction of the subject's projects, not a word to search", async () => {
    const a = await engine.ask("Wi-Fiの事業で完了したやつ");
    expect(a.filters.directions).toContain("完了");
    expect(a.searchedWords).not.toContain("完了");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#9"]);
  });

  it("answers もう完成した？ of a building with when it completes, 完成 no word the plan lacks", async () => {
    const a = await engine.ask("市民会館の跡地のやつってもう完成したん？");
    expect(a.notes[0]).toBe("市民会館跡地エリア整備事業（ハード）の完了は令和5年度です（R5 新規完了）。");
    expect(a.missingTerms).toEqual([]);
  });
});

describe("the session's review: what the new readings must leave alone", () => {
  it("keeps 完了 a condition when a year or a word asking which is said beside 完了しましたか", async () => {
    expect((await engine.ask("貸室のWi-Fiの事業はR4で完了しましたか")).notes[0]).toBe(
      "はい。貸室利用者向けWi-Fi環境整備事業の令和4年度の方向性は完了です。",
    );
    expect((await engine.ask("令和4年度にどの事業が完了しましたか")).answered).toBe(7);
  });

  it("answers two lists asked in two sentences, not the last as a follow-up of the first", async () => {
    const a = await engine.ask("人事課の事業は？情報システム課の事業は？");
    expect(new Set(a.projects.slice(0, a.answered).map((p) => p.department))).toEqual(
      new Set(["人事課", "情報システム課"]),
    );
  });

  it("names the project by the plan's own spelling too (シテプロモーション)", async () => {
    expect((await engine.ask("シテプロモーションの事業 R7まである？")).notes[0]).toMatch(
      /^いいえ。シテプロモーション基本方針策定事業は令和7年度の計画に記載がありません/,
    );
  });
});

describe("「…関係は？」 at a message's end asks for every project holding the word (probe 117)", () => {
  it.each([
    "Wi-Fi関係は？",
    "Wi-Fi関係って何がある？",
    // A direction said to be included too, after the ask (probe 135: read as 完了 alone, 1 of 5).
    "Wi-Fi関係の事業を全部挙げてください。完了したものも含めて。",
    "完了したものも含めて、Wi-Fi関係の事業を全部",
  ])("answers %s as 「Wi-Fi関係の事業」 does", async (q) => {
    const every = await engine.ask("Wi-Fi関係の事業");
    const a = await engine.ask(q);
    expect(every.answered).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(every).slice(0, every.answered));
  });

  it("narrows a list by it to every holder: そのうちWi-Fi関係は？ after R3's new projects", async () => {
    const a = await chainOf(["R3から新しく始まった事業ある？", "そのうちWi-Fi関係は？"]);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-2#9", "7-4#1", "7-6#4"]);
  });
});

describe("which projects of a subject meet a year, asked as the ones that do (probe 152)", () => {
  // The answer: every project holding the word that is listed in the year — not whether the one project named with it
  // is (0件 with 貸室利用者向けWi-Fi環境整備事業 as related, where four do).
  it.each([
    ["Wi-Fi系でR7まで続くのどれ?", "Wi-Fi", "R7"],
    ["R7継続のWi-Fi事業", "Wi-Fi", "R7"],
    ["Wi-Fiの事業でR7まで続くのは？", "Wi-Fi", "R7"],
    ["マイナンバー系でR5も続くのは", "マイナンバー", "R5"],
  ] as const)("answers %s with every holder of %s listed in %s", async (q, word, year) => {
    const a = await engine.ask(q);
    const holders = plan.projects.filter(
      (p) => `${p.name}${p.purpose}${p.content}`.includes(word) && p.directions[year] !== undefined,
    );
    expect(holders.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(holders.map(projectKey).sort());
  });

  it("keeps a description that ends in 事業 with no year the one project it means", async () => {
    const a = await engine.ask("市民会館跡地の整備事業");
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-2#11", "7-2#12"]);
  });

  it("keeps whether the project named goes on a yes or no (ふるさと寄附金はR7まで続くの？)", async () => {
    const a = await engine.ask("ふるさと寄附金はR7まで続くの？");
    expect(a.notes[0]).toMatch(/^いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません/);
  });
});

describe("a message in a thread that found nothing (probe 153)", () => {
  it("leaves the thread where it was: 担当課は？ after it asks of the projects before it", async () => {
    const first = await engine.ask("健全な財政運営に関する事業を教えてください。");
    const lost = await engine.ask("ほげほげについて教えて", { previous: goesOnFrom(first) });
    const a = await engine.ask("担当課は？", { previous: goesOnFrom(lost) });
    expect(lost.projects).toEqual([]);
    expect(first.answered).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(first).slice(0, first.answered));
  });

  it("keeps it for a correction of it (失礼しました、ドローンではなくWi-Fiです asks its 目的 of Wi-Fi, review)", async () => {
    const a = await chainOf([
      "財産活用課の事業",
      "ドローンの事業の目的は？",
      "失礼しました、ドローンではなくWi-Fiです",
    ]);
    expect(a.readAs).toMatch(/^Wi-Fiの事業の目的は[?？]$/);
    expect(a.fieldsAsked).toContain("目的");
  });

  it("keeps it for the same asked of another subject (じゃあWi-Fiだと？, Wi-Fiのほうは？ ask its 担当課, review)", async () => {
    for (const swap of ["じゃあWi-Fiだと？", "Wi-Fiのほうは？"]) {
      const a = await chainOf(["財産活用課の事業", "ブロックチェーンの事業の担当課は？", swap]);
      expect(a.readAs).toMatch(/^Wi-Fiの担当課は[?？]$/);
    }
  });

  it("asks a unit's side of the list before it, not of it (財産活用課のほうは？ after 0件, review)", async () => {
    const a = await chainOf(["人事課の事業", "ドローンの事業は？", "財産活用課のほうは？"]);
    const theirs = plan.projects.filter((p) => p.department === "財産活用課").map(projectKey);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
  });

  it("asks another year of the list before it, not of it (1件だけ？ found nothing, then じゃあR3は？)", async () => {
    const a = await chainOf(["2022年度の臨時拡充", "1件だけ？", "じゃあR3は？"]);
    const want = plan.projects.filter((p) => p.directions.R3 === "臨時拡充").map(projectKey);
    expect(want.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });

  it("goes on from a いいえ as answered (じゃあR5は？ asks it again)", async () => {
    const first = await engine.ask("人事課の事業");
    const no = await engine.ask("ペーパーレスの取組ってある？", { previous: goesOnFrom(first) });
    expect(no.verdict).toBe(true);
    expect(goesOnFrom(no)).not.toBe(goesOnFrom(first));
  });
});

describe("a condition alone said of the ones in view, after a list (probe 154)", () => {
  const theirs = plan.projects.filter((p) => p.department === "人権・男女共生課");
  const never = (d: string) => (p: Project) => !Object.values(p.directions).some((x) => x?.includes(d));

  it.each([
    ["完了しないものは？", never("完了")],
    ["完了してないものは？", never("完了")],
    ["さらにR3で新規だったやつは？", (p: Project) => p.directions.R3?.startsWith("新規") === true],
    ["更に、縮小しないものは？", never("縮小")],
  ] as const)("reads %s after a department's list as of its projects", async (q, keep) => {
    const a = await chainOf(["人権・男女共生課の事業", q]);
    const want = theirs.filter(keep).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(plan.projects.filter(keep).length);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });
});

describe("one side of a list in view, asked with 〜のほう (probe 152)", () => {
  const holding = (projects: readonly Project[], word: string) =>
    projects.filter((p) => `${p.name}${p.purpose}${p.content}`.includes(word)).map(projectKey);

  it("answers ICT系のほうは？ after a department's list with its projects holding ICT, not the whole plan's", async () => {
    const a = await chainOf(["人権・男女共生課の事業", "ICT系のほうは?"]);
    const theirs = holding(
      plan.projects.filter((p) => p.department === "人権・男女共生課"),
      "ICT",
    );
    expect(theirs.length).toBeGreaterThan(1);
    expect(holding(plan.projects, "ICT").length).toBeGreaterThan(theirs.length);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
  });

  it("answers R3新規のほうは？ after a department's list as R3新規は？ does, of that department", async () => {
    const [side, plain] = await Promise.all([
      chainOf(["財産活用課の事業", "R3新規のほうは?"]),
      chainOf(["財産活用課の事業", "R3新規は?"]),
    ]);
    expect(side.answered).toBeGreaterThan(0);
    expect(side.projects.slice(0, side.answered).every((p) => p.department === "財産活用課")).toBe(true);
    expect(keys(side).slice(0, side.answered)).toEqual(keys(plain).slice(0, plain.answered));
  });

  it("searches 〜のほう afresh when the whole list would be that side (ふるさと寄附金のほうは？ after 7-2's, review)", async () => {
    const a = await chainOf(["7-2の事業", "ふるさと寄附金のほうは？"]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-1#2"]);
  });

  it("searches 〜のほう afresh after a search's list: another subject (スマートロックのほうは？ after the Wi-Fi router)", async () => {
    const a = await chainOf(["コミセンにWi-Fiルーター置く事業", "スマートロックのほうは？"]);
    expect(keys(a).slice(0, a.answered)).toContain("7-2#8");
  });
});

describe("the projects counted by initiative (取組ごと), said first", () => {
  const counted = (projects: readonly Project[], initiatives: readonly string[]) =>
    initiatives.map((c) => `${c} ${projects.filter((p) => p.initiative === c).length}件`).join("、");

  it("counts every initiative of the chapter, those with none too", async () => {
    const a = await engine.ask("各取組の事業数を教えてください");
    const all = plan.policies.flatMap((p) => p.initiatives.map((i) => i.code));
    expect(a.notes).toContain(`取組ごとの事業数（${all.length}取組）: ${counted(plan.projects, all)}`);
  });

  it("counts only the initiatives holding projects a condition keeps", async () => {
    const a = await engine.ask("R4に完了する事業の取組ごとの内訳");
    const kept = a.projects.slice(0, a.answered);
    const held = [...new Set(kept.map((p) => p.initiative))];
    expect(kept.length).toBeGreaterThan(1);
    expect(a.notes).toContain(`取組ごとの事業数（${held.length}取組）: ${counted(kept, held)}`);
  });
});

describe("the units themselves counted (担当課はいくつ, 施策の数, 取組はいくつ) — probe 153", () => {
  const departments = new Set(plan.projects.map((p) => p.department)).size;
  const initiatives = plan.policies.reduce((n, p) => n + p.initiatives.length, 0);
  const held = new Set(plan.projects.map((p) => p.initiative)).size;
  it.each([
    ["担当課は全部でいくつございますか。", `担当課は${departments}課です。`],
    ["担当課の数", `担当課は${departments}課です。`],
    [
      "施策はいくつある？",
      `この章の施策は${plan.policies.length}件です: ${plan.policies
        .map((p) => `${p.code} ${p.title}（${plan.projects.filter((q) => q.policy === p.code).length}件）`)
        .join("、")}。`,
    ],
    ["取組の数", `取組は${initiatives}件です（うち事業が載っているのは${held}件）。`],
  ])("answers %s with their number", async (q, said) => {
    const a = await engine.ask(q);
    expect(a.notes).toContain(said);
    expect(a.notes).not.toContain(`該当する事業は${plan.projects.length}件です。`);
  });

  it("counts the departments of the projects a condition keeps", async () => {
    const a = await engine.ask("R4に完了する事業の担当課の数は？");
    const theirs = new Set(a.projects.slice(0, a.answered).map((p) => p.department)).size;
    expect(a.answered).toBeGreaterThan(theirs);
    expect(a.notes).toContain(`該当する事業の担当課は${theirs}課です。`);
  });

  it("counts the projects asked as 事業の数", async () => {
    expect((await engine.ask("事業の数は？")).notes).toContain(
      `該当する事業は${plan.projects.length}件です。`,
    );
  });
});

describe("every year asked with a direction (計画期間を通じてずっと継続)", () => {
  it("names beside them the projects with it in every year they are listed, not listed in all asked (probe 153)", async () => {
    const a = await engine.ask("計画期間を通じてずっと「継続」のままの事業は何件でしょうか。");
    const years = ["R3", "R4", "R5", "R6", "R7"] as const;
    const shorter = plan.projects.filter((p) => {
      const listed = years.filter((y) => p.directions[y] !== undefined);
      return listed.length < years.length && listed.every((y) => p.directions[y] === "継続");
    });
    expect(shorter.length).toBeGreaterThan(0);
    const note = a.notes.find((n) =>
      n.startsWith("記載のある年度はすべて継続で、お尋ねの年度の一部に記載がない事業"),
    );
    for (const p of shorter) expect(note).toContain(p.name);
    expect(a.answered).toBe(
      plan.projects.filter((p) => years.every((y) => p.directions[y] === "継続")).length,
    );
  });
});

// The year with the most or fewest asked for (probe 187: the ten completed had been listed with no year named).
describe("the year with the most or fewest of a direction", () => {
  const inYear = (year: "R3" | "R4" | "R5" | "R6" | "R7", ds: readonly string[]) =>
    plan.projects.filter((p) => ds.includes(p.directions[year] ?? "")).length;
  const years = ["R3", "R4", "R5", "R6", "R7"] as const;
  const label = (y: string) => `令和${y.slice(1)}年度`;

  it.each([
    ["完了する事業が一番多いのは何年度？", ["完了", "新規完了"], Math.max, "多い"],
    ["何年度が一番完了が多い？", ["完了", "新規完了"], Math.max, "多い"],
    ["新規が一番少ない年度は？", ["新規", "新規完了"], Math.min, "少ない"],
  ] as const)("answers %s with that year and its count first", async (q, ds, end, word) => {
    const a = await engine.ask(q);
    const n = end(...years.map((y) => inYear(y, ds)));
    const those = years.filter((y) => inYear(y, ds) === n).map(label);
    expect(a.leads?.[0]).toBe(
      `最も${word}のは${those.join("・")}（${those.length > 1 ? "各" : ""}${n}件）です。`,
    );
    expect(a.leads?.[1]).toMatch(/^年度ごとの事業数/);
  });

  it.each([
    ["完了する事業が一番多いのは何年度？", ["完了", "新規完了"]],
    ["完了事業が最も多い年度", ["完了", "新規完了"]],
  ] as const)(
    "answers %s with that year's projects of the direction (probe 260: every year's)",
    async (q, ds) => {
      const a = await engine.ask(q);
      const n = Math.max(...years.map((y) => inYear(y, ds)));
      const top = years.filter((y) => inYear(y, ds) === n);
      const want = plan.projects.filter((p) =>
        top.some((y) => (ds as readonly string[]).includes(p.directions[y] ?? "")),
      );
      expect(want.length).toBeLessThan(
        plan.projects.filter((p) =>
          years.some((y) => (ds as readonly string[]).includes(p.directions[y] ?? "")),
        ).length,
      );
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
    },
  );
});

describe("the projects counted by department, said first (probe 69)", () => {
  const byDepartment = () => {
    const count = new Map<string, number>();
    for (const p of plan.projects) count.set(p.department, (count.get(p.department) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1]);
  };

  it.each([
    ["どの課が一番事業を持ってる？"],
    // The projects said first, the department after (probe 111).
    ["担当している事業が一番多い課はどこ？"],
    ["一番多くの事業を担当している課は？"],
    // Words of how many and who holds them around the ask (probe 120).
    ["どの課が一番事業を多く持ってるの？"],
    // Asked where it is (probe 141: はどこですか had been searched, 0件).
    ["事業が一番多い担当課はどこですか。"],
    // In other word orders: the object before 一番, the units as the frame, the unit asked at the end (probe 187: 0件).
    ["事業を一番多く持ってる課はどこ？"],
    ["課の中で事業が一番多いのは？"],
    ["課で一番事業が多いのは？"],
    ["事業数が一番多いのはどの課？"],
    // Which unit asked with どこの, the object before 一番 (probe 211: 0件).
    ["どこの課が一番多い？"],
    ["どの課が事業を一番多く持ってる？"],
    ["どこの課が事業を一番多く持ってる？"],
    // Passed on as an instruction given, then asked (probe 211: 0件).
    [
      "お疲れさまです。新人研修で、この章で一番事業が多い課を調べるよう言われました。どこの課が一番多いのか教えていただけますでしょうか。",
    ],
    ["一番事業が多い課を教えてほしいと頼まれました"],
  ])("answers %s with the department that has the most, the count of each, and its projects", async (q) => {
    const a = await engine.ask(q);
    const [[top, n] = ["", 0], [, second] = ["", 0]] = byDepartment();
    expect(n).toBeGreaterThan(second);
    expect(a.leads?.[0]).toBe(`最も多いのは${top}（${n}件）です。`);
    expect(a.leads?.[1]).toMatch(/^担当課ごとの事業数（\d+課、多い順）: /);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(
      plan.projects
        .filter((p) => p.department === top)
        .map(projectKey)
        .sort(),
    );
  });

  it.each([["担当課ごとの事業数を多い順に教えてください。"], ["課別の件数を少ない順で"]])(
    "counts every project by department for %s: the order asked is no word to search (probe 135: 0件)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(plan.projects.length);
      expect(a.leads?.some((l) => /^担当課ごとの事業数（\d+課、多い順）: /.test(l))).toBe(true);
    },
  );

  it.each([["R4の方向性ごとの件数"], ["R4の方向性別の件数"], ["令和4年度の方向性の内訳を教えて"]])(
    "counts the projects of a year by their direction that year: %s (probe 111)",
    async (q) => {
      const a = await engine.ask(q);
      const count = new Map<string, number>();
      for (const p of plan.projects)
        if (p.directions.R4) count.set(p.directions.R4, (count.get(p.directions.R4) ?? 0) + 1);
      const line = a.leads?.find((l) => l.startsWith("令和4年度の方向性ごとの事業数: "));
      expect(line).toBeDefined();
      for (const [d, n] of count) expect(line).toContain(`${d} ${n}件`);
      expect(a.answered).toBe([...count.values()].reduce((x, y) => x + y, 0));
      expect(a.searchedWords ?? []).toEqual([]);
    },
  );

  it("counts by direction each year of the plan when none is named, 記載なし too (方向性ごとの件数)", async () => {
    const a = await engine.ask("方向性ごとの件数");
    expect(a.answered).toBe(plan.projects.length);
    const lines = (a.leads ?? []).filter((l) => l.includes("の方向性ごとの事業数: "));
    expect(lines.map((l) => l.slice(0, l.indexOf("の")))).toEqual([
      "令和3年度",
      "令和4年度",
      "令和5年度",
      "令和6年度",
      "令和7年度",
    ]);
    const unlistedR7 = plan.projects.filter((p) => !p.directions.R7).length;
    expect(lines.at(-1)).toContain(`記載なし ${unlistedR7}件`);
  });

  it("keeps a related project related under 「…が一番多い課は？」: the count is of the projects answered", async () => {
    const a = await engine.ask("相談の事業が一番多い課は？");
    const n = Number(/（(\d+)件）/.exec(a.leads?.[0] ?? "")?.[1]);
    expect(a.answered).toBe(n);
  });

  it.each([
    [["R4に完了する事業"], "施策ごとの件数は？", "施策ごとの事業数"],
    [["R4に完了する事業"], "方向性ごとの件数は？", "令和4年度の方向性ごとの事業数: 完了"],
    // A breakdown supposed with だと or だったら (probe 170: 「施策ごとだと？」 had been searched for だと, 0件).
    [["R4に完了する事業は何件？"], "施策ごとだと？", "施策ごとの事業数"],
    [["R4に完了する事業は何件？"], "施策別だったら？", "施策ごとの事業数"],
  ])("counts the list just answered (%j → %s), not the whole plan", async (chain, q, line) => {
    const list = await chainOf(chain);
    const a = await engine.ask(q, { previous: goesOnFrom(list) });
    expect(keys(a).slice(0, a.answered).sort()).toEqual(keys(list).slice(0, list.answered).sort());
    expect((a.leads ?? []).some((l) => l.startsWith(line))).toBe(true);
  });

  it("counts by direction after a context sentence too (人事課の事業について。方向性ごとの件数を教えてください)", async () => {
    const a = await engine.ask("人事課の事業について。方向性ごとの件数を教えてください");
    expect(a.answered).toBe(plan.projects.filter((p) => p.department === "人事課").length);
    expect((a.leads ?? []).filter((l) => l.includes("の方向性ごとの事業数: "))).toHaveLength(5);
  });

  it("answers 「事業が一番少ない課は？」 with the department that has the fewest, not the most", async () => {
    const a = await engine.ask("事業が一番少ない課は？");
    const ranked = byDepartment();
    const fewest = ranked.at(-1)?.[1] ?? 0;
    const those = ranked.filter(([, n]) => n === fewest).map(([d]) => d);
    expect(a.leads?.[0]).toBe(
      `最も少ないのは${those.join("・")}（${those.length > 1 ? "各" : ""}${fewest}件）です。`,
    );
    expect(a.projects.every((p) => those.includes(p.department))).toBe(true);
  });

  it.each([
    [["R7まで載っている事業", "そのうち新規で始まったのは？"], "担当課ごとに何件？"],
    [["7-2の事業"], "担当課ごとに多い順で"],
  ])("counts the list just answered by department (%j → %s), not the whole plan", async (chain, q) => {
    const list = await chainOf(chain);
    const a = await engine.ask(q, { previous: goesOnFrom(list) });
    expect(keys(a).slice(0, a.answered).sort()).toEqual(keys(list).slice(0, list.answered).sort());
    expect((a.leads ?? []).some((l) => l.startsWith("担当課ごとの事業数"))).toBe(true);
  });

  it("lists the count of each department first, with no 'most' sentence, when none is asked (7-2の事業の担当課の一覧)", async () => {
    const a = await engine.ask("7-2の事業の担当課の一覧");
    expect(a.leads?.[0]).toMatch(/^担当課ごとの事業数（\d+課、多い順）: 財産活用課 7件/);
  });
});

describe("a confirmation of what the asker believes, answered はい or いいえ first (probe 64)", () => {
  it.each([
    [
      "びったりサービス利用の推進の担当は市民課だよね？",
      "いいえ。びったりサービス利用の推進の担当課は情報システム課です。",
    ],
    [
      "コーチング研修って本当に人事課の担当？",
      "はい。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
    ],
    [
      "ふるさと寄附金推進事業の担当課はまち魅力発信課で合っていますか",
      "はい。ふるさと寄附金推進事業の担当課はまち魅力発信課です。",
    ],
    // Of the project the words find best, not of another that shares a word with it (びったり: マイナンバーカード).
    [
      "マイナンバーカードの担当は情報システム課ですか",
      "いいえ。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    // The department plainly after は, as the one who runs it, or remembered (probe 120).
    [
      "おくやみコーナーは市民課ですか？",
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の担当課は市民生活相談課です。",
    ],
    [
      "ぴったりサービスってDX推進チームがやってるんでしたっけ",
      "いいえ。びったりサービス利用の推進の担当課は情報システム課です。",
    ],
    [
      "コーチング研修って市民課の担当だったっけ？",
      "いいえ。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
    ],
    [
      "コーチング研修って人事課がやってるんだよね？",
      "はい。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
    ],
    // A unit the plan does not have, or a confirming word after じゃない (probe 122).
    [
      "コーチング研修の担当って人材育成課ですよね？",
      "いいえ。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
    ],
    ["ふるさと納税って広報課ですか？", "いいえ。ふるさと寄附金推進事業の担当課はまち魅力発信課です。"],
    // A plan's unit after って, of a subject of one project (probe 139: 該当 0件, no いいえ).
    [
      "DVの相談って市民生活相談課ですか？",
      "いいえ。配偶者暴力被害者等セーフティネット充実支援事業の担当課は人権・男女共生課です。",
    ],
    [
      "DVの相談って市民生活相談課？",
      "いいえ。配偶者暴力被害者等セーフティネット充実支援事業の担当課は人権・男女共生課です。",
    ],
    [
      "ホームページの担当って広報課じゃないんですか？",
      "いいえ。ホームページ・SNS運営事業の担当課はまち魅力発信課です。",
    ],
    // A claim heard, asked whether it holds; a unit offered as whose 事業 it is (probe 281: 0件, no いいえ).
    [
      "ふるさと納税って人事課の担当って聞いたけど本当？",
      "いいえ。ふるさと寄附金推進事業の担当課はまち魅力発信課です。",
    ],
    [
      "外壁改修工事って財産活用課の事業？",
      "いいえ。総持寺いのち・愛・ゆめセンター外壁及び屋上改修工事の担当課は人権・男女共生課です。",
    ],
    // The subject's projects said (…の事業って), each of them — not only the best one (probe 281).
    [
      "リノベのいばらきの事業って市民協働推進課の担当だよね？",
      "いいえ。リノベのいばらき推進事業の拡充の担当課は政策企画課です。リノベのいばらきにおける官民連携の推進の担当課は政策企画課です。",
    ],
    // Without 事業, of every project whose name holds each word asked (probe 298 had named one of リノベ's two).
    [
      "リノベのいばらきってまち魅力発信課の担当ですか？",
      "いいえ。リノベのいばらき推進事業の拡充の担当課は政策企画課です。リノベのいばらきにおける官民連携の推進の担当課は政策企画課です。",
    ],
    [
      "Wi-Fiの事業って人権・男女共生課の担当？",
      "一部です。貸室利用者向けWi-Fi環境整備事業の担当課は財産活用課です。ICTを活用した男女共生センターにおける啓発推進事業の担当課は人権・男女共生課です。ICTを活用した愛センター活動促進事業の担当課は人権・男女共生課です。",
    ],
  ])("answers %s with whose the project is", async (q, sentence) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(sentence);
    expect(a.verdict).toBe(true);
  });

  it("reads an alias of dict/departments.txt as its department (納税課: 収納課ほか)", async () => {
    const a = await engine.ask("納税課の事業ってどれですか");
    const theirs = plan.projects.filter((p) => p.department === "収納課ほか").map(projectKey);
    expect(theirs.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(theirs.sort());
  });

  it.each([["システムの事業って市民課ですか？"]])(
    "gives no verdict to a unit after って of a subject of several projects, some of them its (%s): the unit narrows them (review)",
    async (q) => {
      expect((await engine.ask(q)).verdict).toBeUndefined();
    },
  );

  it.each([
    ["マイナンバーカードの事業って市民生活相談課ですか？", "市民生活相談課"],
    ["DXの事業って人事課ですか？", "人事課"],
  ])(
    "answers いいえ to a unit after って of a subject of several projects none of which is its (%s), each one's unit said (probe 186: 0件)",
    async (q, unit) => {
      const a = await engine.ask(q);
      expect(a.verdict).toBe(true);
      const said = a.notes[0] ?? "";
      expect(said.startsWith("いいえ。")).toBe(true);
      expect(said).not.toContain(`担当課は${unit}です`);
      expect((said.match(/の担当課は/g) ?? []).length).toBeGreaterThan(1);
    },
  );

  it("reads a plan's unit after って as narrowing a subject of several projects, not as a confirmation (review)", async () => {
    const a = await engine.ask("ICTの事業って情報システム課ですか？");
    expect(a.verdict).toBeUndefined();
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#20"]);
  });

  it.each([
    ["ホームページの担当って広報課じゃなかったっけ？", "いいえ。"],
    ["コーチング研修って人事課じゃなかったっけ？", "はい。"],
  ])(
    "answers a unit remembered with じゃなかったっけ (%s) as believed, not denied (review)",
    async (q, word) => {
      const a = await engine.ask(q);
      expect(a.notes[0]?.startsWith(word)).toBe(true);
    },
  );

  it("says a unit the plan lacks after the いいえ that answers it, and heads the answer with the いいえ", async () => {
    const a = await engine.ask("コーチング研修の担当って人材育成課ですよね？");
    expect(a.notes.slice(0, 2)).toEqual([
      "いいえ。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
      "「人材育成課」は計画の担当課にありません。",
    ]);
    expect(countLabel(a)).toMatch(/^いいえ（/);
  });

  it("lists a department's projects when asked for them, with no verdict (人事課の事業は？)", async () => {
    const a = await engine.ask("人事課の事業は？");
    expect(a.verdict).toBeUndefined();
    expect(a.answered).toBe(plan.projects.filter((p) => p.department === "人事課").length);
  });

  it.each([
    ["人事給与制度の見直しはR4で完了で間違いない？", "はい。"],
    ["ふるさと寄附金推進事業はR6で完了という認識でよろしいでしょうか", "いいえ。"],
    ["マイナンバーカードの普及促進は市民課の担当で間違いないですか", "はい。"],
    // A council's confirmation (probe 109).
    ["公共施設保全事業は令和7年度も継続で相違ないでしょうか", "はい。"],
    ["映画「葬式の名人」活用プロモーション事業は令和5年度も継続で相違ございませんか", "いいえ。"],
  ])("reads %s's confirming end as a yes-or-no, not as words to search", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.notes[0]?.startsWith(word)).toBe(true);
    expect(a.missingTerms ?? []).toEqual([]);
    expect(a.searchedWords ?? []).not.toContain("間違い");
    expect(a.searchedWords ?? []).not.toContain("相違");
  });

  it.each([
    // Each year of the span said: 「から」 may mean from then on, or that year; the directions settle it.
    [
      "映画「葬式の名人」活用プロモーション事業は令和4年度から縮小ということで合っていますか",
      "はい",
      "R4 縮小、R5 縮小、R6 縮小、R7 縮小",
    ],
    ["ふるさと寄附金推進事業はR5以降も継続？", "一部です", "R5 継続、R6 継続、R7 記載なし"],
    ["マイナンバーカードの普及促進はR4からR6まで拡充？", "いいえ", "R4 継続、R5 記載なし、R6 記載なし"],
  ])("answers %s, of one project and a span of years, with each year's direction", async (q, word, years) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toMatch(new RegExp(`^${word}。.+の方向性: ${years}。$`));
  });
});

describe("whether the plan has a subject it has no word of, answered いいえ first (probes 64, 66)", () => {
  it.each([
    ["消防車両の更新って計画に載ってる？", "『消防』『車両』"],
    ["防犯カメラの設置を増やす事業ってある？", "『防犯』『カメラ』"],
    // Whether, asked inside a request (…があるか教えてください, probe 108).
    ["防犯カメラの設置を増やす事業があるか教えてください", "『防犯』『カメラ』"],
  ])("answers %s with いいえ, the words the plan lacks, and the related projects below", async (q, words) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(
      `いいえ。${words}は計画に出てこない語で、当てはまる事業はありません（それ以外の語が合う事業を関連として示します）。`,
    );
    expect(countLabel(a)).toMatch(/^いいえ（該当 0件・関連する可能性 \d+件）$/);
    expect(a.projects.length).toBeGreaterThan(0);
    // Below a いいえ the related projects are a line each, no card: they share only a word or two (probe 109).
    const text = renderAnswerText(a);
    expect(text).not.toContain("■ ");
    for (const p of a.projects) expect(text).toContain(`・${p.name}（`);
  });

  // A project naming only what a missing head is said of (避難所 of 避難所の備蓄) is related, the head named missing — and
  // no verdict: the head may be an everyday word for what a project does (窓口の混雑を減らす: 7-2 No.16), where a いいえ
  // would mislead (probe 114; the review of the thirty-third session).
  it.each([
    ["避難所の備蓄の事業は載ってないよね？", "備蓄"],
    ["災害用トイレの事業はありますか", "トイレ"],
    ["窓口の混雑を減らす取り組みってありますか", "混雑"],
  ])("answers %s with no project 該当, 『%s』 named missing, and no verdict", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(0);
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.missingTerms).toContain(word);
    expect(a.verdict ?? false).toBe(false);
  });

  // Only when the words the plan lacks are most of what is asked (MISSING_VERDICT_SHARE): else they are named, and the
  // projects holding the rest are shown without a verdict over them.
  it.each([
    ["学校給食の無償化ってこの計画に載ってる？", "『学校』『給食』"],
    // Somewhere (どこか) asks no where: whether (probe 71).
    ["学校給食の無償化ってどこかにあったっけ？", "『学校』『給食』"],
    // A word the analyzer cuts one kanji off is named whole (『証明』 of 証明書, probe 73).
    ["住民票や証明書のコンビニ交付ってある？", "『証明書』『コンビニ』"],
  ])("names the words %s lacks, with no いいえ when the rest of it is in the plan", async (q, words) => {
    const a = await engine.ask(q);
    expect(a.verdict).toBeUndefined();
    expect(a.notes).toContain(`${words}は計画に出てこない語のため、それ以外の語で探しました。`);
    expect(a.projects.length).toBeGreaterThan(0);
  });

  it.each([
    ["ドローンの事業ってある？", "ドローン"],
    ["スマートロックとドローンの事業", "ドローン"],
    // Not over a word the plan has, typed with it.
    ["スマートロックアプリの事業", "アプリ"],
  ])(
    "names a loanword missing from %s as typed whole, not the piece the analyzer cut (probe 99)",
    async (q, word) => {
      const a = await engine.ask(q);
      expect(a.missingTerms).toEqual([word]);
    },
  );

  it("names a missing word without the verb's kanji typed after it (『倉庫』 of 倉庫借りた, not 『倉庫借』) (probe 77)", async () => {
    const a = await engine.ask("公民館とかの倉庫借りた人がWi-Fi使えるようにするやつ");
    expect(a.missingTerms).toEqual(["倉庫"]);
  });

  it.each([
    ["住民票を取るとき、職員さんと話さずにタブレットで申請できるって聞いたけど本当？", "本当"],
    ["税金の口座引き落としを申し込みたいけど、紙の申込書を書かないとだめ？", "だめ"],
    [
      "お疲れ様です。コールセンターです。先ほど住民の方から、茨木の魅力をPRするポスターを見たが、市はまちのキャッチコピーを決めているのかとご質問がありました。関係する事業と担当課を教えていただけますか。",
      "先",
    ],
    [
      "お疲れ様です。コールセンターです。先ほど住民の方から、茨木の魅力をPRするポスターを見たが、市はまちのキャッチコピーを決めているのかとご質問がありました。関係する事業と担当課を教えていただけますか。",
      "コール",
    ],
  ])("searches no word of checking or of when one heard in %s (probe 76)", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.searchedWords).not.toContain(word);
    expect(a.missingTerms ?? []).not.toContain(word);
    expect(a.projects.length).toBeGreaterThan(0);
  });

  it("reads the future said inside what a project is about (これからどう…するかの計画ってある？) as no ask of what is ahead (probe 76)", async () => {
    const a = await engine.ask("市の建物をこれからどう減らしたり直したりするかの計画ってある？");
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.notes.join("\n")).not.toMatch(/の今後（|からの予定|まで計画に載っています/);
    const ahead = await engine.ask("ロケ地ツアーの事業の今後の予定は？");
    expect(ahead.notes.join("\n")).toMatch(/の今後（|からの予定/);
  });

  it("says no いいえ above the project that answers in other words (冊子 for the plan's 事例集, probe 76)", async () => {
    const a = await engine.ask(
      "自治会の役員さんが、よその地域がどんな工夫をしてるか知りたいって。まとめた冊子みたいなのある？",
    );
    expect(a.verdict).toBeUndefined();
    expect(a.notes.some((n) => n.startsWith("いいえ"))).toBe(false);
    expect(keys(a)[0]).toBe("7-6#3");
  });

  it("says no いいえ where the plan has each word but no project holds them together (防災行政無線, probe 71; 家から仕事, probe 76)", async () => {
    for (const q of [
      "防災行政無線の更新はこの計画に載ってますか",
      "職員が家から仕事できるようにするやつってあったっけ？",
    ]) {
      const a = await engine.ask(q);
      expect(a.verdict).toBeUndefined();
      expect(a.notes.some((n) => n.startsWith("いいえ"))).toBe(false);
      expect(a.answered).toBe(0);
      expect(a.projects.length).toBeGreaterThan(0);
    }
  });

  it("leaves a search that does not ask whether as it was (消防車両の更新の事業: related, no verdict)", async () => {
    const a = await engine.ask("消防車両の更新の事業");
    expect(a.verdict).toBeUndefined();
    expect(countLabel(a)).toMatch(/^関連する可能性/);
  });
});

describe("a yes-or-no about a project's year, answered plainly first (probe 31)", () => {
  it("says はい when the project is listed that year", async () => {
    const a = await engine.ask("ふるさと寄附金推進事業はR6も載ってる？");
    expect(a.notes[0]).toBe("はい。ふるさと寄附金推進事業は令和6年度も計画に載っています。");
  });

  it("heads the answer with the yes or the no, before its count (probe 37: 「該当 0件」 alone read as no data)", async () => {
    // (A no said of the project asked about counts it as that, not as 該当 0件: probes 488, 491, 492.)
    expect(countLabel(await engine.ask("ふるさと寄附金推進事業はR6に拡充する？"))).toBe(
      "いいえ（質問の事業 1件）",
    );
    expect(countLabel(await engine.ask("ふるさと寄附金推進事業はR6も載ってる？"))).toBe("はい（該当 1件）");
    const shared = await engine.ask("市税等徴収事務事業はR5に拡充？");
    expect(countLabel(shared)).toMatch(
      new RegExp(`^${/^(はい|いいえ|一部)/.exec(shared.notes[0] ?? "")?.[1]}（(?:該当|質問の事業)`),
    );
    // A when, said first too, is no yes or no: the count alone heads it.
    expect(countLabel(await engine.ask("第3次茨木市男女共同参画計画策定事業はいつ完了？"))).toMatch(
      /^該当 1件/,
    );
  });

  it("says はい to R7まで続く？ and shows the project alone, not projects sharing a word with it (probe 32)", async () => {
    const a = await engine.ask("公共施設保全事業はR7まで続く？");
    expect(a.notes[0]).toBe("はい。公共施設保全事業は令和7年度も計画に載っています。");
    expect(keys(a)).toEqual(["7-2#6"]);
  });

  it("answers of the project whose name holds the word as written, the plan's typo read right, not of a synonym's (probe 112)", async () => {
    // シティプロモーション's synonym プロモーション is in the film project's name (7-1 No.4, listed in R7); the project asked
    // about is シテプロモーション基本方針策定事業, the plan's typo of it, listed to R5.
    const a = await engine.ask("シティプロモーションの事業 R7まである？");
    expect(a.notes[0]).toBe(
      "いいえ。シテプロモーション基本方針策定事業は令和7年度の計画に記載がありません（記載は令和3年度〜5年度、R5 継続まで）。",
    );
    expect(a.asked?.map(projectKey)).toEqual(["7-1#1"]);
    // Its own project named below the いいえ, an initiative about 広報 with no projects is beside the question.
    expect(a.scopes).toEqual([]);
  });

  it("says いいえ when it is not, with the years it is listed in, then heads the project as the one asked about", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進ってR5もある？");
    expect(a.notes[0]).toBe(
      "いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
    expect(a.notes[1]).toBe("質問の事業:");
    expect(a.notes[2]).toMatch(/^マイナンバーカードの普及促進（7-2-6 \/ 7-2 No\.17）/);
  });

  it("says はい to a range (R4以降も載ってる？) with the years the project is listed in, and the years it is not", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進はR4以降も載ってる？");
    expect(a.notes[0]).toBe(
      "はい。マイナンバーカードの普及促進は令和4年度の計画に載っています（令和5年度〜7年度は記載なし）。",
    );
  });

  it("says いいえ to a range none of whose years lists the project, naming the range", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進は令和5年度以降も載っていますか");
    expect(a.notes[0]).toBe(
      "いいえ。マイナンバーカードの普及促進は令和5年度〜7年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
  });

  it("names two years of a range apart, not as a span (R5以降 of a project listed to R6)", async () => {
    const a = await engine.ask("ふるさと寄附金推進事業はR5以降も載ってる？");
    expect(a.notes[0]).toBe(
      "はい。ふるさと寄附金推進事業は令和5年度・令和6年度の計画に載っています（令和7年度は記載なし）。",
    );
  });

  it("says はい to a project's direction in a year with the direction it has (R3に拡充した？: 拡充)", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進はR3に拡充した？");
    expect(a.notes[0]).toBe("はい。マイナンバーカードの普及促進の令和3年度の方向性は拡充です。");
  });

  it("says いいえ to 「…かどうか教えて」, which asks whether, as a question mark does", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進がR5も載っているかどうか教えて");
    expect(a.notes[0]).toMatch(/^いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません/);
  });

  it("answers a はい on a project's direction with that project alone, no projects sharing a word with it", async () => {
    const a = await engine.ask("公共施設保全事業はR7も継続？");
    expect(a.notes[0]).toBe("はい。公共施設保全事業の令和7年度の方向性は継続です。");
    expect(keys(a)).toEqual(["7-2#6"]);
  });

  it("says いいえ to a direction the project does not have that year, naming the one it has (R3で終わり？: 拡充)", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進ってR3で終わり？");
    expect(a.notes[0]).toBe("いいえ。マイナンバーカードの普及促進の令和3年度の方向性は拡充です。");
    expect(a.notes[1]).toBe("質問の事業:");
  });

  // (Probe 141: 「ふるさと納税は令和6年度で終わり？」 had a bare いいえ, read as "it goes on".)
  it.each([
    [
      "マイナンバーカードの普及促進ってR4で終わり？",
      "マイナンバーカードの普及促進の令和4年度の方向性は継続です。",
      "令和4年度",
    ],
    [
      "ふるさと納税の事業は令和6年度で終わりですか。",
      "ふるさと寄附金推進事業の令和6年度の方向性は継続です。",
      "令和6年度",
    ],
  ])(
    "says, with no はい nor いいえ, of %s that the listing stops that year with no 完了 (probes 393, 394, 396)",
    async (q, sentence, year) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(`${sentence}計画への記載は${year}までで、完了の記載はありません。`);
    },
  );

  // (Probe 143: 「R6で終わる事業ってある？」 had a bare いいえ, ふるさと寄附金推進事業 — listed until R6 継続 — unsaid.)
  it("names, beside a list of a year's 完了, the projects whose listing stops that year with none — never in the list", async () => {
    const none = await engine.ask("R6で終わる事業ってある？");
    expect(none.answered).toBe(0);
    expect(none.notes[0]).toMatch(/^いいえ。/);
    expect(none.notes).toContain(
      "完了の記載はないまま、計画への記載が令和6年度で終わる事業: ふるさと寄附金推進事業（R6 継続まで）。",
    );
    const some = await engine.ask("R4で完了する事業");
    expect(some.answered).toBe(7);
    const said = some.notes.find((n) => n.startsWith("完了の記載はないまま"));
    expect(said).toContain("マイナンバーカードの普及促進（R4 継続まで）");
    // (Of a unit, its own only; at the plan's last year, nothing: every listing stops there.)
    const ofUnit = await engine.ask("人事課でR6に終わるのは？");
    expect(ofUnit.notes.some((n) => n.startsWith("完了の記載はないまま"))).toBe(false);
    const last = await engine.ask("R7で終わる事業");
    expect(last.notes.some((n) => n.startsWith("完了の記載はないまま"))).toBe(false);
    // (Nor a subject the asker left out — review.)
    const without = await engine.ask("マイナンバー以外でR4に完了する事業");
    const saidWithout = without.notes.find((n) => n.startsWith("完了の記載はないまま")) ?? "";
    expect(saidWithout).toContain("庁内におけるICT基盤の充実");
    expect(saidWithout).not.toContain("マイナンバー");
  });

  it("says nothing of the listing's end at the plan's last year, where every listing stops (review)", async () => {
    const a = await engine.ask("魅力発掘・創造事業は令和7年度で終わり？");
    expect(a.notes[0]).toBe("いいえ。魅力発掘・創造事業の令和7年度の方向性は継続です。");
  });

  it("says いいえ to a direction in a year the project is not listed in", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進はR6に完了する？");
    expect(a.notes[0]).toBe(
      "いいえ。マイナンバーカードの普及促進は令和6年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
    expect(a.notes[1]).toBe("質問の事業:");
  });

  it.each([
    [
      "コーチング研修って新規？",
      "はい。組織力強化に向けたコーチング研修の実施の開始（新規）は令和3年度です（R3 新規）。",
      ["7-3#1"],
    ],
    [
      "マイナンバーカードの普及促進は拡充されますか",
      "はい。マイナンバーカードの普及促進の拡充は令和3年度です（R3 拡充）。",
      ["7-2#17"],
    ],
    [
      "マイナンバーカードの普及促進は完了する？",
      "いいえ。計画には、マイナンバーカードの普及促進の完了の記載はありません（記載は令和3年度・令和4年度、R4 継続まで）。",
      [],
    ],
    [
      "ふるさと納税の事業は新規事業ですか？",
      "いいえ。計画には、ふるさと寄附金推進事業の開始（新規）の記載はありません（記載は令和3年度〜6年度、R6 継続まで）。",
      [],
    ],
  ])(
    "says はい or いいえ to a direction asked of a project with no year, in any year of the plan (%s)",
    async (q, said, shown) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(said);
      expect(keys(a)).toEqual(shown);
    },
  );

  it("keeps a direction done to a thing (補助金を拡充する？) a word of the subject, not a yes or no", async () => {
    const a = await engine.ask("補助金を拡充する？");
    expect(a.filters.directions).toEqual([]);
    expect(a.notes.some((n) => /^(はい|いいえ)。/.test(n))).toBe(false);
  });

  it("says each project's direction that year when a few are asked about, told apart by their place when they share a name", async () => {
    const a = await engine.ask("市税等徴収事務事業はR5に拡充？");
    const shared = plan.projects.filter((p) => p.name === "市税等徴収事務事業");
    expect(shared).toHaveLength(2);
    const line = shared.map((p) => `市税等徴収事務事業（${p.policy} No.${p.no}） ${p.directions.R5}`);
    const held = shared.filter((p) => p.directions.R5 === "拡充" || p.directions.R5 === "臨時拡充").length;
    expect(a.notes[0]).toBe(
      `${held === 0 ? "いいえ" : held === 2 ? "はい" : "一部です"}。令和5年度の方向性: ${line.join("、")}。`,
    );
  });

  it("shows a follow-up asked of the projects just answered with them alone, not projects sharing their names' words", async () => {
    const previous = "住民票等の窓口申請システムの担当課は？";
    const first = await engine.ask(previous);
    const shown = first.projects.slice(0, first.answered);
    expect(shown.length).toBe(1);
    const named = await engine.ask(`${shown.map((p) => p.name).join("、")}の目的は？`);
    expect(named.projects.length).toBeGreaterThan(shown.length);
    const a = await engine.ask("その目的は？", { previous });
    expect(keys(a)).toEqual(shown.map(projectKey));
  });

  it("answers 「2番目のやつの担当は？」 of the second project just answered, by name", async () => {
    const previous = "マイナンバーカード関係の事業ってありますか？";
    const first = await engine.ask(previous);
    const second = first.projects[1] as Project;
    const a = await engine.ask("2番目のやつの担当は？", { previous });
    expect(a.readAs).toBe(`${second.name}の担当は？`);
    // Only it: projects sharing a word with its name are beside a question asked of it.
    expect(keys(a)).toEqual([projectKey(second)]);
    expect(a.notes[0]).toBe(`担当課: ${second.department}（${second.name}）`);
  });

  it("answers 「市民協働推進課のほかの事業」 with the department's projects less those just answered, and says so", async () => {
    const previous = "コミセンのWi-Fiの事業は？";
    const first = await engine.ask(previous);
    const shown = first.projects.slice(0, first.answered);
    expect(shown.some((p) => p.department === "市民協働推進課")).toBe(true);
    const a = await engine.ask("市民協働推進課のほかの事業も知りたいです", { previous });
    const want = plan.projects.filter((p) => p.department === "市民協働推進課" && !shown.includes(p));
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
    expect(a.notes).toContain(`前の回答の事業（${shown.length}件）を除いて示します。`);
  });

  it("says in a sentence that a department has no other project (おくやみの窓口 → 担当課は？ → 同じ課の他の事業は？) (probe 48)", async () => {
    const first = await engine.ask("おくやみの窓口ってある？");
    const [p] = first.projects as [Project];
    expect(plan.projects.filter((q) => q.department === p.department)).toEqual([p]);
    const whose = await engine.ask("担当課は？", { previous: goesOnFrom(first) });
    const a = await engine.ask("同じ課の他の事業は？", { previous: goesOnFrom(whose) });
    expect(a.answered).toBe(0);
    expect(a.notes).toContain("前の回答の事業（1件）のほかに、当てはまる事業はありません。");
  });

  it.each(["R4終期の事業", "終期がR4の事業"])(
    "answers %s with the projects last listed in R4 (probe 128)",
    async (q) => {
      const a = await engine.ask(q);
      const want = plan.projects.filter(
        (p) => p.directions.R4 !== undefined && p.directions.R5 === undefined,
      );
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
      expect(a.missingTerms).toEqual([]);
    },
  );

  it("answers 「担当課と、今後も継続するか」 after a project with that project's department and its directions from now on, not every 継続 project (probe 129)", async () => {
    const a = await chainOf([
      "LGBTの方への相談窓口について市の取組を教えてください",
      "担当課と、今後も継続するかを教えてください",
    ]);
    const p = plan.projects.find((q) => q.name === "セクシュアルマイノリティ啓発・相談事業") as Project;
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(p)]);
    expect(a.notes).toContain(`担当課: ${p.department}（${p.name}）`);
    expect(a.notes[0]).toBe(`${p.name}の今後（令和5年度〜7年度）の方向性: R5 継続、R6 継続、R7 継続。`);
  });

  it("reads もう of 「もう終わったんですか？」 after two projects as a word, not a particle: it says when each completes and quotes the question whole (probe 129)", async () => {
    const first = await engine.ask("市民会館跡地の整備の状況を教えてください");
    const a = await engine.ask("もう終わったんですか？", { previous: goesOnFrom(first) });
    const shown = first.projects.slice(0, first.answered);
    expect(shown.length).toBe(2);
    expect(a.notes.slice(0, 2)).toEqual(
      shown.map((p) => `${p.name}の完了は令和5年度です（R5 ${p.directions.R5}）。`),
    );
    expect(goesOnFrom(a)).toContain("もう終わったんですか");
  });

  it.each(["2ばんめのは？", "ふたつめのやつは？", "にばんめの担当は？"])(
    "picks the second of a department's projects with %s, a place typed in kana (probe 127)",
    async (q) => {
      const first = await engine.ask("人事課の事業");
      const a = await engine.ask(q, { previous: goesOnFrom(first) });
      expect(keys(a).slice(0, a.answered)).toEqual([projectKey(first.projects[1] as Project)]);
    },
  );

  it.each([
    ["しせつよやくしすてむ", "7-2#8"],
    ["えいがのじぎょう", "7-1#4"],
    ["あとちのしゅうへんのどうろ", "7-2#12"],
  ])("answers %s, typed with no conversion, with %s as 該当 (probe 127)", async (q, key) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(keys(a)[0]).toBe(key);
    expect(a.missingTerms).toEqual([]);
  });

  it("leaves out every related project shown when 「ほかには？」 follows an answer of related ones only, and says none is left", async () => {
    const previous = "温暖化対策";
    const first = await engine.ask(previous);
    expect(first.answered).toBe(0);
    expect(first.projects.length).toBeGreaterThan(1);
    const a = await engine.ask("ほかには？", { previous: goesOnFrom(first) });
    expect(keys(a).filter((k) => first.projects.map(projectKey).includes(k))).toEqual([]);
    expect(a.notes).toContain(
      `前の回答の事業（${first.projects.length}件）のほかに、当てはまる事業はありません。`,
    );
  });

  it("says the projects shown after 「他は」 are related when no answer is left, not only that none is (Wi-Fi → 他は) (probe 147)", async () => {
    const first = await engine.ask("Wi-Fi");
    const others = await engine.ask("他は", { previous: goesOnFrom(first) });
    const shown = first.projects.slice(0, first.answered);
    expect(others.answered).toBe(0);
    expect(others.projects.filter((p) => !shown.includes(p)).length).toBeGreaterThan(1);
    expect(others.notes).toContain(
      `前の回答の事業（${shown.length}件）のほかに、当てはまる事業はありません。関連する可能性がある事業を示します。`,
    );
  });

  it("answers 「R3で廃止になる事業」 with none, saying the plan ends projects 完了, its 完了 projects shown as related (probe 50)", async () => {
    const a = await structured("R3で廃止になる事業ってある？");
    const completed = plan.projects.filter(
      (p) => p.directions.R3 === "完了" || p.directions.R3 === "新規完了",
    );
    expect(a.answered).toBe(0);
    expect(keys(a)).toEqual(completed.map(projectKey));
    expect(a.notes[0]).toBe(
      "『廃止』は計画の方向性にありません（方向性は新規・継続・拡充・臨時拡充・縮小・完了・新規完了）。計画では、事業の終わりは『完了』と書かれています。完了の事業を、関連する可能性として示します。",
    );
  });

  it.each([["事例集のやつの目的は？"], ["事例集の事業のねらいを教えて"]])(
    "searches no 目的 asked of a project (every project's 目的 says 目的とする): %s (probe 51)",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)[0]).toBe("7-6#3");
      expect(a.fieldsAsked).toEqual(["目的"]);
      expect(a.searchedWords.join("")).not.toMatch(/目的|ねらい/);
    },
  );

  it("answers a narrowing (そのうち…) within the projects just answered, with no related card outside them (probe 51)", async () => {
    const whose = await engine.ask("マイナンバーカードの普及促進の担当課は？");
    const others = await engine.ask("その課の他の事業は？", { previous: goesOnFrom(whose) });
    const those = others.projects.slice(0, others.answered);
    expect(those.length).toBeGreaterThan(0);
    const a = await engine.ask("そのうちR3に新規のものは？", { previous: goesOnFrom(others) });
    expect(a.answered).toBeGreaterThan(0);
    for (const p of a.projects) expect(those).toContain(p);
  });

  it("reads a long word typed with one kanji wrong as the plan's, and says so (男女共同参加 → 男女共同参画)", async () => {
    const a = await engine.ask("男女共同参加の計画");
    expect(keys(a)[0]).toBe("7-5#1");
    expect(a.notes).toContain("「男女共同参加」は「男女共同参画」と読んで答えています。");
  });

  it("says once how it read a loanword spelled otherwise (コミュニテイセンター → コミュニティセンター) (probe 70)", async () => {
    const a = await engine.ask("コミュニテイセンターのwifi");
    expect(keys(a)[0]).toBe("7-6#4");
    const said = a.notes.filter((n) =>
      n.includes("「コミュニテイセンター」は「コミュニティセンター」と読んで"),
    );
    expect(said).toHaveLength(1);
  });

  it("says 新規完了 of a project listed in the years before too, as the plan does (probe 211)", () => {
    const earlier = plan.projects.filter((p) => {
      const years = Object.keys(p.directions).sort();
      const at = years.findIndex((y) => p.directions[y as keyof typeof p.directions] === "新規完了");
      return at > 0;
    });
    expect(earlier.length).toBeGreaterThan(0);
    expect(DIRECTION_MEANINGS.新規完了).toMatch(/前の年度から続く事業/);
  });

  it.each([
    ["すみません、「臨時拡充」ってどういう意味ですか？該当する事業も知りたいです", "臨時拡充"],
    ["新規完了とは", "新規完了"],
    ["縮小ってなに？", "縮小"],
    // One's own reading checked (probe 230): its meaning, the reading no subject searched.
    ["継続ってことは、前の年と同じようにやるって意味ですか？", "継続"],
    ["臨時拡充ってことは、その年だけ予算を増やすってこと？", "臨時拡充"],
  ] as const)(
    "says what a direction means first, with its projects in any year: %s (probes 53, 230)",
    async (q, d) => {
      const a = await structured(q);
      expect(a.notes[0]).toBe(DIRECTION_MEANINGS[d]);
      expect(a.leads).toContain(DIRECTION_MEANINGS[d]);
      const want = plan.projects.filter((p) =>
        Object.values(p.directions).some((x) => widenOf(d).includes(x)),
      );
      expect(keys(a).sort()).toEqual(want.map(projectKey).sort());
    },
  );

  it.each([
    ["市民会館跡地の事業の完了はいつ？", "市民会館跡地エリア周辺整備事業の完了は令和5年度です（R5 完了）。"],
    // A listing that ends in 完了 says the project completes then (probe 66: 「…まで計画に載っています（R4 完了）」).
    ["人事課の事業はいつまで？", "人事給与制度の見直しは令和4年度に完了する計画でした（R4 完了）。"],
  ])(
    "says when of a department's few projects first, a line each, as of a search: %s (probe 53)",
    async (q, line) => {
      const a = await engine.ask(q);
      expect(a.intent).toBe("department");
      expect(a.answered).toBeLessThanOrEqual(3);
      expect(a.leads).toContain(line);
      expect(a.notes.slice(0, a.answered)).toContain(line);
    },
  );

  it("searches the story at full weight when the sentence saying a project exists points back at it (そのやりとり…) (probe 54)", async () => {
    const a = await engine.ask(
      "税の口座振替のデータを各課ばらばらに金融機関とやりとりしていると聞きました。そのやりとりをまとめて委託する事業があったと思うのですが、担当課を教えてください。",
    );
    const top = keys(a).slice(0, 5);
    expect(top).toContain("7-2#2");
    expect(top).toContain("7-2#3");
  });

  it("answers a second ask for the department's other projects in the same message with them (probe 54)", async () => {
    const q =
      "コロナ禍で市民を元気づける団体の企画にお金を出している事業があったかと思いますが、その事業の今後の方向性と、同じ課が担当している他の事業もあわせて知りたいです。";
    const a = await engine.ask(q);
    const [first] = a.projects as [Project];
    expect(projectKey(first)).toBe("7-7#2");
    const same = plan.projects.filter((p) => p.department === first.department);
    expect(keys(a).sort()).toEqual(same.map(projectKey).sort());
    expect(a.answered).toBe(same.length);
    expect(a.notes).toContain(
      `あわせて: 同じ課（${first.department}）の他の事業（${same.length - 1}件）も含めています。`,
    );
    expect(a.query).toBe(q);
  });

  it("says how far the plan lists a project asked how it stands now, in a year past the plan (probe 54)", async () => {
    const late = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOV_2026 });
    const a = await late.ask("ロケ地ツアーって今どうなってる？");
    const [p] = a.projects as [Project];
    const last = (["R7", "R6", "R5", "R4", "R3"] as const).find((y) => p.directions[y]) as "R7";
    expect(a.notes[0]).toBe(
      `${p.name}は令和${last.slice(1)}年度まで計画に載っています（${last} ${p.directions[last]}）。`,
    );
    expect(a.notes).toContain(
      "令和8年度は計画期間（令和3年度〜7年度）の外です。この計画にその年度の方向性はありません。",
    );
  });

  it.each([
    ["DX推進チームの案件、今どうなってる？", "DX推進チーム"],
    ["今年度のDX推進チームの事業のstatus", "DX推進チーム"],
    ["DX推進チームのプロジェクトのstatus教えて", "DX推進チーム"],
    ["人事課の事業は今年度どうなる？", "人事課"],
    ["ことしの人事課の事業はどうなってる？", "人事課"],
    // いま in kana (probe 135: read as 令和8年度, 0件).
    ["人事課の事業、いまどうなってる？", "人事課"],
  ])(
    "lists a unit's projects asked how they stand now, past the plan, each with how far it is listed (%s) (probe 132)",
    async (q, unit) => {
      const late = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOV_2026 });
      const a = await late.ask(q);
      const own = plan.projects.filter((p) => p.department === unit);
      expect(a.projects.map(projectKey)).toEqual(own.map(projectKey));
      expect(a.answered).toBe(own.length);
      for (const p of own) expect(a.notes.some((n) => n.startsWith(`${p.name}は令和`))).toBe(true);
      // (Each said once, though two readings of the ask may answer it.)
      expect(new Set(a.notes).size).toBe(a.notes.length);
    },
  );

  it.each([
    [
      "人権・男女共生課と市民協働推進課の両方に載ってる事業ってあります？",
      "人権・男女共生課",
      "市民協働推進課",
    ],
    ["政策企画課と財産活用課の両方が担当している事業はありますか", "政策企画課", "財産活用課"],
    ["人事課と人権・男女共生課で重複してる事業ある？", "人権・男女共生課", "人事課"],
    // (Second read: とも, 重複する, 共通している were dropped by the first mend.)
    ["人事課と政策企画課のどちらも担当している事業はある？", "政策企画課", "人事課"],
    ["人事課と政策企画課で重複する事業はある？", "政策企画課", "人事課"],
    ["人事課と政策企画課で共通している事業はありますか", "政策企画課", "人事課"],
  ])(
    "answers いいえ to projects shared by two units, %s: each has one 担当課 (probe 130)",
    async (q, a, b) => {
      const answer = await engine.ask(q);
      expect(answer.projects).toEqual([]);
      const count = (d: string) => plan.projects.filter((p) => p.department === d).length;
      expect(answer.notes[0]).toBe(
        `いいえ。${a}と${b}の両方が担当課として載っている事業は計画にありません（${a} ${count(a)}件、${b} ${count(b)}件）。`,
      );
    },
  );

  it.each([
    ["人事課と財産活用課、両方の事業を教えて"],
    ["人事課と財産活用課の事業、どっちも教えて"],
    ["人事課と財産活用課、どちらも担当事業を教えて"],
  ])("lists both units' projects when both lists are asked for: %s", async (q) => {
    const answer = await engine.ask(q);
    const want = plan.projects.filter((p) => ["人事課", "財産活用課"].includes(p.department));
    expect(keys(answer).slice(0, answer.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("lists the projects whose direction never changes, a project listed one year among them, and those whose direction changes (probe 130)", async () => {
    const same = (p: Project) => {
      const listed = Object.values(p.directions);
      return listed.every((d) => d === listed[0]);
    };
    const steady = await engine.ask("方向性が一度も変わっていない事業は？");
    expect(keys(steady).slice(0, steady.answered)).toEqual(plan.projects.filter(same).map(projectKey));
    expect(keys(steady)).toContain("7-6#1");
    expect(steady.notes).toContain("条件: 方向性が一度も変わらない（記載が1年度だけの事業を含む）");
    const changed = await engine.ask("方向性が途中で変わった事業");
    expect(keys(changed).slice(0, changed.answered)).toEqual(
      plan.projects.filter((p) => !same(p)).map(projectKey),
    );
  });

  it("lists a code's projects asked how they stand now, past the plan, and says the year is not a condition (probe 132)", async () => {
    const late = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOV_2026 });
    const a = await late.ask("7-2-7の事業、今どうなってる？");
    expect(a.projects.map(projectKey)).toEqual(["7-2#18", "7-2#19", "7-2#20", "7-2#21"]);
    expect(a.notes).toContain("その年度は計画期間の外のため、年度の条件なしで探した結果です。");
    // A year named for its own sake, outside the plan, still lists none.
    expect((await late.ask("令和9年度の人事課の事業")).projects).toEqual([]);
    expect((await late.ask("今年度の人事課の事業は載ってる？")).projects).toEqual([]);
    // Nor this year named as a year (review).
    expect((await late.ask("令和8年度の人事課の事業の方向性は？")).projects).toEqual([]);
  });

  it("says whether a project still goes on cannot be told from the plan when asked past its last year, and not within it (probes 56, 58)", async () => {
    const late = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOV_2026 });
    const past =
      "今年度（令和8年度）は計画期間（令和3年度〜7年度）の外のため、今も続いているかはこの計画からはわかりません。";
    expect((await late.ask("ロケ地ツアーってまだやってる？")).notes).toContain(past);
    expect((await engine.ask("ロケ地ツアーってまだやってる？")).notes.join("\n")).not.toContain("計画期間");
    // 今年度も, past the plan: the sentence and that note alone — not the notes of a year outside the plan besides (probe 112).
    // A listing that stops before the plan's last year, said so (probe 182).
    expect((await late.ask("マイナンバーカードって今年度もやってる？")).notes).toEqual([
      "マイナンバーカードの普及促進は令和4年度まで計画に載っています（R4 継続）。",
      "今年度（令和8年度）は計画期間（令和3年度〜7年度）の外で、計画への記載も令和4年度で終わっているため、今も続いているかはこの計画からはわかりません。",
    ]);
    // Nor of a project that completes within the plan: it has ended (probe 105) — いいえ first (probe 178).
    const ended = await late.ask("人事給与の見直しってまだやってる？");
    expect(ended.notes[0]).toBe("いいえ。人事給与制度の見直しは令和4年度に完了する計画でした（R4 完了）。");
    expect(ended.notes).not.toContain(past);
  });

  it("says no meaning where none is asked (R4に臨時拡充の事業)", async () => {
    const a = await structured("R4に臨時拡充の事業");
    expect(a.notes.some((n) => n.startsWith("『臨時拡充』は"))).toBe(false);
  });

  it("reads 「担当課の他の事業は？」 after a project as its department's other projects (probe 50)", async () => {
    const first = await engine.ask("コーチング研修の事業");
    const [p] = first.projects as [Project];
    const a = await engine.ask("担当課の他の事業は？", { previous: goesOnFrom(first) });
    const want = plan.projects.filter((q) => q.department === p.department && q !== p);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it.each([
    ["コードは？", "公共施設保全事業について教えて"],
    ["取組番号は？", "公共施設保全事業について教えて"],
  ])("answers 「%s」 after a project with its code first (probe 50)", async (q, previous) => {
    const a = await engine.ask(q, { previous });
    expect(keys(a)).toEqual(["7-2#6"]);
    expect(a.notes[0]).toBe("コード: 公共施設保全事業 7-2-4 / 7-2 No.6");
  });

  it("says each project's code first when a code is asked with the subject (マイナンバーカードの事業の取組番号は？)", async () => {
    const a = await engine.ask("マイナンバーカードの事業の取組番号は？");
    expect(a.answered).toBe(1);
    expect(a.missingTerms).toEqual([]);
    expect(a.notes[0]).toBe("コード: マイナンバーカードの普及促進 7-2-6 / 7-2 No.17");
  });

  it("answers 「ほかには？」 after a search with what it found beside its answers", async () => {
    const previous = "マイナンバーカードの担当課は？";
    const first = await engine.ask(previous);
    const a = await engine.ask("ほかには？", { previous });
    expect(keys(a)).toEqual(keys(first).slice(first.answered));
    expect(keys(a).length).toBeGreaterThan(0);
  });

  it.each([
    [["Wi-Fiの事業", "もう終わったのは？", "それ以外はR7まで続く？"]],
    [["Wi-Fiの事業", "そのうちもう終わったのは？", "残りはR7まで続く？"]],
  ])(
    "answers %j with the rest of the search's list, asked of (probe 193: the plan's whole R7 less one)",
    async (chain) => {
      const [list, ended, a] = await Promise.all([
        engine.ask(chain[0] as string),
        chainOf(chain.slice(0, 2)),
        chainOf(chain),
      ]);
      const rest = list.projects
        .slice(0, list.answered)
        .filter((p) => !ended.projects.slice(0, ended.answered).includes(p));
      expect(ended.answered).toBeGreaterThan(0);
      expect(rest.length).toBeGreaterThan(1);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(
        rest
          .filter((p) => p.directions.R7)
          .map(projectKey)
          .sort(),
      );
      expect(a.verdict).toBe(true);
    },
  );

  it.each([
    [
      ["人権・男女共生課の事業", "そのうちR4で完了するのは？", "残りでR7まで続くのは"],
      (p: Project) => p.directions.R7 !== undefined,
    ],
    [
      ["人権・男女共生課の事業", "そのうちR4で完了するのは？", "のこりでR7まで続くのは"],
      (p: Project) => p.directions.R7 !== undefined,
    ],
    [
      ["7-2-7の事業", "そのうちDX推進チームのは", "それ以外でR4に継続は？"],
      (p: Project) => p.directions.R4 === "継続",
    ],
    [
      ["情報システム課の事業", "そのうちR4で完了するのは？", "残りの2つの中でR5にもあるのは？"],
      (p: Project) => p.directions.R5 !== undefined,
    ],
  ])(
    "answers %j with the rest of the list narrowed, said so (probe 261: the whole plan's, the list dropped)",
    async (chain, holds) => {
      const [list, narrowed, a] = await Promise.all([
        engine.ask(chain[0] as string),
        chainOf(chain.slice(0, 2)),
        chainOf(chain),
      ]);
      const rest = list.projects
        .slice(0, list.answered)
        .filter((p) => !narrowed.projects.slice(0, narrowed.answered).includes(p));
      const want = rest.filter(holds);
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(rest.length);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
      expect(a.notes).toContain(`前の回答の残りの事業（${rest.length}件）に続けて読みました。`);
    },
  );

  it("answers 「それ以外だと？」 after a narrowed list with the rest of it, and goes on from those", async () => {
    const previous = "施策7-5の事業\nそのうちR6にも載ってるのは？";
    const narrowed = await engine.ask(previous);
    const rest = plan.projects.filter((p) => p.policy === "7-5" && !narrowed.projects.includes(p));
    expect(narrowed.answered).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
    const a = await engine.ask("それ以外だと？", { previous });
    expect(keys(a).slice(0, a.answered)).toEqual(rest.map(projectKey));
    const next = await engine.ask("それっていつまで？", { previous: goesOnFrom(a) });
    expect(keys(next).slice(0, next.answered)).toEqual(rest.map(projectKey));
  });

  it.each([
    ["7-6の事業を住民向けにまとめたいので一覧ください", (p: Project) => p.policy === "7-6"],
    [
      "人権・男女共生課の事業を、住民向けの説明用に一覧で",
      (p: Project) => p.department === "人権・男女共生課",
    ],
  ])("answers %s with the whole list, what it is for not searched (probe 138)", async (q, meets) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(plan.projects.filter(meets).map(projectKey));
  });

  it.each([["wifiの事業"], ["WiFiの事業"], ["ＷｉＦｉの事業"], ["Wi-Fi事業"], ["Wi-Fi事業はあるか"]])(
    "answers %s as 「Wi-Fiの事業」: a Latin word with or without its hyphen (probe 137), or its の (probe 181)",
    async (q) => {
      const [spelt, plain] = await Promise.all([engine.ask("Wi-Fiの事業"), engine.ask(q)]);
      expect(spelt.answered).toBeGreaterThan(1);
      expect(keys(plain).slice(0, plain.answered)).toEqual(keys(spelt).slice(0, spelt.answered));
    },
  );

  it("does not call a word the plan spells otherwise (空き家, the plan's 空家) one it never writes — probe 183", async () => {
    const a = await engine.ask("空き家を改装して使いたい");
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.notes.join("")).not.toContain("『空き家』");
    expect(a.notes.join("")).toContain("『改装』");
  });

  it("says a word the plan never writes was searched through a word near it (防災って何課？) — probe 137", async () => {
    const a = await engine.ask("防災って何課？");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes).toContain("『防災』は計画に出てこない語のため、意味の近い語で探しました。");
  });

  it.each([
    ["Wi-Fiの事業"],
    ["wifiの事業"],
    ["子育て支援の事業ってある？"],
    ["マイナンバーカードの担当課は？"],
  ])(
    "says no word was searched through another in %s: the plan writes them (a policy's direction holds 子育て)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes.filter((n) => n.includes("意味の近い語"))).toEqual([]);
    },
  );

  it("answers 「どこの課に聞けばいい？」 after a project with its department (probe 138)", async () => {
    const a = await chainOf(["おくやみコーナーの事業", "取材したいんだけど、どこの課に聞けばいい？"]);
    expect(a.notes[0]).toBe("担当課: 市民生活相談課（おくやみ関連手続きワンストップコーナーの設置）");
  });

  it.each([["じゃあ人事課以外は？"], ["人事課以外で"]])(
    "answers %s after one unit's list with the other units' projects, not that list again",
    async (q) => {
      const a = await chainOf(["人事課の事業は？", q]);
      const others = plan.projects.filter((p) => p.department !== "人事課");
      expect(keys(a).slice(0, a.answered)).toEqual(others.map(projectKey));
    },
  );

  it("leaves a unit out of the list just answered when that list is of two units (人事課と市民課の事業 → 人事課以外は？)", async () => {
    const a = await chainOf(["人事課と市民課の事業は？", "人事課以外は？"]);
    const civic = plan.projects.filter((p) => p.department === "市民課");
    expect(keys(a).slice(0, a.answered)).toEqual(civic.map(projectKey));
  });

  it("answers a when of a list made exactly (縮小になってる事業 → それっていつから縮小？) of its projects, then goes on from the list", async () => {
    const previous = "縮小になってる事業ってある？";
    const list = await engine.ask(previous);
    expect(list.intent).toBe("filter");
    const [p] = list.projects as [Project];
    const a = await engine.ask("それっていつから縮小？", { previous });
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(p)]);
    expect(a.notes[0]?.startsWith(`${p.name}の縮小は令和`)).toBe(true);
    // A department asked of it says no verdict, and still leaves the list as what the next message goes on from.
    const whose = await engine.ask("担当はどこ？", { previous });
    expect(whose.verdict).toBeUndefined();
    expect(whose.notes[0]).toBe(`担当課: ${p.department}（${p.name}）`);
    expect(goesOnFrom(whose)).toBe(previous);
  });

  it("narrows a list made exactly with a follow-up that leaves out (R4に拡充の事業 → 臨時拡充は除いて), not by its names", async () => {
    const previous = "R4に拡充の事業";
    const a = await engine.ask("臨時拡充は除いて", { previous });
    const want = plan.projects.filter((p) => p.directions.R4 === "拡充");
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
    expect(a.keepsSubject).toBeUndefined();
  });

  it("answers 「同じ取組の事業は？」 with the initiative of the project answered first", async () => {
    const previous = "マイナンバーカードの担当課は？";
    const [p] = (await engine.ask(previous)).projects as [Project];
    const a = await engine.ask("同じ取組の事業は？", { previous });
    expect(keys(a)).toEqual(plan.projects.filter((q) => q.initiative === p.initiative).map(projectKey));
  });

  it.each([["何年度まで載ってますか？"], ["いつまで臨時拡充なの？"], ["R5以降も続きますか？"]])(
    "reads %s, which names nothing of its own, as asked of the project just answered",
    async (q) => {
      const previous = "施設予約システムの担当は？";
      const a = await engine.ask(q, { previous });
      expect(a.continuedFrom).toBe(previous);
      expect(keys(a)[0]).toBe("7-2#8");
    },
  );

  it("answers R4で完了してる？ after a list of three with each one's direction that year", async () => {
    const previous = "マイナンバーカード関係の事業ってありますか？";
    const first = await engine.ask(previous);
    const three = first.projects.slice(0, first.answered);
    expect(three).toHaveLength(3);
    const a = await engine.ask("R4で完了してる？", { previous });
    const done = three.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了").length;
    expect(a.notes[0]).toBe(
      `${done === 0 ? "いいえ" : done === 3 ? "はい" : "一部です"}。令和4年度の方向性: ${three.map((p) => `${p.name} ${p.directions.R4 ?? "記載なし"}`).join("、")}。`,
    );
  });

  it.each([["マイナンバーカードの普及促進はR3以降に拡充した？", "a range of years"]])(
    "gives no one-year verdict on a direction for %s (%s)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes.join("\n")).not.toMatch(/^(?:はい|いいえ)。/m);
    },
  );

  it.each([
    ["Wi-Fiの事業でR5に載ってるのは？"],
    ["R6も載ってる事業はどれ？"],
    ["マイナンバーカードの普及促進でR3に拡充したのはどれ？"],
    // Probe 40: a list asked by its noun.
    ["マイナンバー関係でR5以降も続く事業"],
    ["令和3年度に新規で始まったWi-Fiの事業"],
    // Fields asked for by name, after a year and direction the asker was told of.
    [
      "新しい施設予約システムの運営事業について、令和4年度は臨時拡充と聞いていますが、その後の方向性と担当課を教えていただけますか。",
    ],
  ])("says neither to %s, which asks which projects", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes.join("\n")).not.toMatch(/^(?:はい|いいえ)。/m);
  });
});

describe("how many projects a free-text answer shows", () => {
  it("shows related projects only up to five cards in all, beside a single 該当 (probe 48)", async () => {
    const a = await engine.ask("ホームページのリニューアル");
    expect(a.answered).toBe(1);
    expect(a.projects.length).toBe(SHOWN_WITH_RELATED);
  });

  it("still shows every 該当 of a count, however many (オンライン関係の事業は何件？)", async () => {
    const a = await engine.ask("オンライン関係の事業は何件？");
    expect(a.answered).toBeGreaterThan(SHOWN_WITH_RELATED);
    expect(a.projects.length).toBe(a.answered);
  });
});

describe("namesShortened: a reading made of a list's names, as a note quotes it", () => {
  const names = ["施設予約システム運営事業", "施設予約システム", "Wi-Fi環境整備事業"];
  it.each([
    [
      "施設予約システム運営事業、Wi-Fi環境整備事業のうち完了するのは？",
      "施設予約システム運営事業ほか1件のうち完了するのは？",
    ],
    ["施設予約システム運営事業の担当課は？", "施設予約システム運営事業の担当課は？"],
    ["施設予約システム運営事業、R4は？", "施設予約システム運営事業、R4は？"],
    ["R4に完了する事業", "R4に完了する事業"],
  ])("reads %s as %s", (line, quoted) => {
    expect(namesShortened(line, names)).toBe(quoted);
  });
});

describe("a message typed with spaces around its particles, or English words of asking (probe 85)", () => {
  it.each([
    ["R7 まで 続く 事業 は？", "R7まで続く事業は？"],
    ["R3 に 拡充 の事業、 臨時拡充 は 除く", "R3に拡充の事業、臨時拡充は除く"],
    ["財産活用課 which project 担当してる？", "財産活用課が担当してる事業は？"],
    ["7-5 の list", "7-5の事業"],
  ])("answers %s as %s", async (typed, plain) => {
    const a = await engine.ask(typed);
    const b = await engine.ask(plain);
    expect(b.answered).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(b).slice(0, b.answered));
    expect(a.missingTerms ?? []).toEqual([]);
    expect(a.query).toBe(typed);
  });

  it("reads a follow-up typed with spaces (その課 の 他の 事業 は？) as one without them", async () => {
    const first = await engine.ask("マイナンバーカード の 担当課 は？");
    const spaced = await engine.ask("その課 の 他の 事業 は？", { previous: goesOnFrom(first) });
    const plain = await engine.ask("その課の他の事業は？", { previous: goesOnFrom(first) });
    expect(plain.answered).toBeGreaterThan(0);
    expect(keys(spaced)).toEqual(keys(plain));
  });
});

describe("a narrowing that names one of the codes or units before (probe 84)", () => {
  it.each([
    [["7-3と7-7の事業", "そのうち7-7の事業だけ"], (p: { policy: string }) => p.policy === "7-7"],
    [
      ["SDGsの17に対応している施策はどれ？", "そのうち7-7の事業だけ"],
      (p: { policy: string }) => p.policy === "7-7",
    ],
    [
      ["人事課と市民課の事業", "そのうち市民課のだけ"],
      (p: { department: string }) => p.department === "市民課",
    ],
  ] as [string[], (p: Project) => boolean][])("answers %j with that one alone", async (chain, keep) => {
    const a = await chainOf(chain);
    const want = plan.projects.filter(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });
});

describe("「…のものは？」 after a list: the ones of it (probe 84)", () => {
  it("narrows 「財産活用課の事業」 by 「R3に拡充のものは？」, then 「臨時拡充は除いて」, within the department", async () => {
    const unit = plan.projects.filter((p) => p.department === "財産活用課");
    const expanded = unit.filter((p) => ["拡充", "臨時拡充"].includes(p.directions.R3 ?? ""));
    const a = await chainOf(["財産活用課の事業", "R3に拡充のものは？"]);
    expect(expanded.length).toBeLessThan(unit.length);
    expect(keys(a).slice(0, a.answered)).toEqual(expanded.map(projectKey));
    const b = await chainOf(["財産活用課の事業", "R3に拡充のものは？", "臨時拡充は除いて"]);
    const plain = expanded.filter((p) => p.directions.R3 === "拡充");
    expect(plain.length).toBeGreaterThan(0);
    expect(keys(b).slice(0, b.answered)).toEqual(plain.map(projectKey));
  });

  it.each(["臨時拡充は抜いて", "臨時拡充を外して", "臨時拡充は含めないで"])(
    "takes the 臨時拡充 ones away with %s as with 除いて, never keeping only them (probe 174)",
    async (leaving) => {
      const plain = plan.projects.filter((p) => p.department === "財産活用課" && p.directions.R3 === "拡充");
      const b = await chainOf(["財産活用課の事業", "R3で拡充なのは？", leaving]);
      expect(plain.length).toBeGreaterThan(1);
      expect(keys(b).slice(0, b.answered)).toEqual(plain.map(projectKey));
    },
  );
});

describe("what changes from one year to the next (probe 83)", () => {
  const has = (p: Project, y: YearKey, d: string) => p.directions[y] === d;
  it.each([
    ["R5で継続に変わる事業", "R4", "R5", "継続"],
    ["R6で縮小に変わるのは？", "R5", "R6", "縮小"],
    ["R5からR6で縮小に変わる事業", "R5", "R6", "縮小"],
    ["R4で縮小に変わる事業", "R3", "R4", "縮小"],
  ] as [string, YearKey, YearKey, string][])(
    "answers %s with the projects of that direction that year and another (or none) the year before",
    async (q, before, year, direction) => {
      const a = await structured(q);
      const want = plan.projects.filter((p) => has(p, year, direction) && !has(p, before, direction));
      expect(keys(a)).toEqual(want.map(projectKey));
      // (Not every project of that direction that year: some had it the year before.)
      if (year === "R5" && direction === "継続")
        expect(plan.projects.some((p) => has(p, year, direction) && has(p, before, direction))).toBe(true);
    },
  );

  it.each([
    ["R3に拡充で、R4に継続へ切り替わる事業"],
    ["令和3年度に拡充（臨時拡充含む）で、翌年度の令和4年度に継続へ切り替わる事業を一覧でお願いします。"],
    ["R3に拡充で、R4に継続に変わる事業"],
  ])(
    "answers %s with the projects of the first direction the year before and the second that year (probe 264: either year)",
    async (q) => {
      const a = await structured(q);
      const want = plan.projects.filter(
        (p) => ["拡充", "臨時拡充"].includes(p.directions.R3 ?? "") && has(p, "R4", "継続"),
      );
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a)).toEqual(want.map(projectKey));
    },
  );

  it.each([["R5からR6でそのまま継続の事業"], ["R5からR6まで変わらず継続"]])(
    "answers %s with the projects of that direction in every year of the span",
    async (q) => {
      const a = await structured(q);
      const want = plan.projects.filter((p) => has(p, "R5", "継続") && has(p, "R6", "継続"));
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a)).toEqual(want.map(projectKey));
    },
  );
});

describe("a year's direction denied with ではなく or じゃない, beside another year's", () => {
  const has = (p: Project, y: YearKey, d: string) => p.directions[y] === d;
  it.each([
    ["R3に縮小ではなく、R4に縮小する事業は？", "R3", "R4", "縮小"],
    ["R3は縮小でなく、R4で縮小になる事業", "R3", "R4", "縮小"],
    ["R4に縮小する事業のうちR3は縮小じゃないもの", "R3", "R4", "縮小"],
    ["R4で継続する事業でR3は継続ではないもの", "R3", "R4", "継続"],
  ] as [string, YearKey, YearKey, string][])(
    "answers %s with the projects of that direction in the second year and not in the first",
    async (q, denied, year, direction) => {
      const a = await structured(q);
      const want = plan.projects.filter((p) => has(p, year, direction) && !has(p, denied, direction));
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a)).toEqual(want.map(projectKey));
    },
  );

  it("reads 「R4に拡充ではなく継続の事業」 as R4's 継続 alone, not 拡充 or 継続", async () => {
    const a = await structured("R4に拡充ではなく継続の事業");
    const want = plan.projects.filter((p) => has(p, "R4", "継続"));
    expect(keys(a)).toEqual(want.map(projectKey));
  });
});

describe("two subjects in one ask, each answered (probe 90)", () => {
  it.each([
    ["管理職向けの研修の事業と、給料の制度を見直す事業の年度ごとの方向性を知りたい", ["7-3#1", "7-3#2"]],
    [
      "役所の手続きをネットでできるようにする事業と、AIチャットボットの事業の担当はそれぞれどこ？",
      ["7-2#13", "7-2#18"],
    ],
    [
      "システム調達のルールを作る事業と、古いホストシステムを作り直す事業の担当課と終わる年度",
      ["7-2#19", "7-2#21"],
    ],
    ["庁内のICT基盤の充実と、AIなど最先端ICTの研究の事業", ["7-2#20", "7-2#18"]],
    [
      "官民連携の事業と、利用者がキャストにステップアップする仕組みの事業は、それぞれいつまで",
      ["7-7#4", "7-7#3"],
    ],
    ["市民会館跡地の道路の工事ってR5で終わるんだっけ？ハードのほうも？", ["7-2#12", "7-2#11"]],
  ])("answers %s with both, the first asked first", async (q, want) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, 2)).toEqual(want);
    expect(a.answered).toBeGreaterThanOrEqual(2);
  });

  it("names each one's department for 「マイナンバーカードと戸籍の担当課は？」, which as one ask found neither", async () => {
    const a = await engine.ask("マイナンバーカードと戸籍の担当課は？");
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.notes.filter((n) => n.startsWith("担当課: ")).length).toBe(2);
  });
});

describe("a list narrowed by a direction, and two lists of one direction (probes 88–90)", () => {
  it("narrows 「7-6」 by 「新規完了は？」 alone to its projects of that direction", async () => {
    const a = await chainOf(["7-6", "新規完了は？"]);
    const want = plan.projects.filter(
      (p) => p.policy === "7-6" && Object.values(p.directions).includes("新規完了"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(plan.projects.filter((p) => p.policy === "7-6").length);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("narrows R3's 新規 by 「その中でR3で完了するのは？」 to what is both that year (新規完了), not either", async () => {
    const a = await chainOf(["R3に新規の事業", "その中でR3で完了するのは？"]);
    const want = plan.projects.filter((p) => p.directions.R3 === "新規完了");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("answers 「R3に新規完了の事業と、R5に新規完了の事業」 with either year's", async () => {
    const a = await structured("R3に新規完了の事業と、R5に新規完了の事業");
    const want = plan.projects.filter(
      (p) => p.directions.R3 === "新規完了" || p.directions.R5 === "新規完了",
    );
    expect(want.length).toBeGreaterThan(1);
    expect(keys(a)).toEqual(want.map(projectKey));
  });
});

describe("asked whether the plan has something it has not: いいえ first (probes 86–91)", () => {
  it.each([
    ["R7に新しく始まる事業はある？", "いいえ。この条件に当てはまる事業は計画にありません。"],
    [
      "図書館に関する事業はありますか",
      "いいえ。『図書館』は計画に出てこない語で、当てはまる事業はありません。",
    ],
    [
      "ごみ収集の事業ってある？",
      "いいえ。『ごみ』『収集』は計画に出てこない語で、当てはまる事業はありません。",
    ],
  ])("answers %s with %s", async (q, lead) => {
    const a = await engine.ask(q);
    expect(a.projects).toEqual([]);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(lead);
  });

  it.each([["R7に新規の事業"], ["図書館に関する事業"]])(
    "says no いいえ to %s, which asks which, not whether",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.projects).toEqual([]);
      expect(a.verdict).toBeUndefined();
      expect(a.notes.some((n) => n.startsWith("いいえ"))).toBe(false);
    },
  );
});

describe("a count of several named, each one's beside the total (probe 90)", () => {
  it.each([
    ["7-3と7-5の件数", ["7-3", "7-5"], (p: Project, name: string) => p.policy === name],
    ["7-2-4と7-2-6の事業は何件", ["7-2-4", "7-2-6"], (p: Project, name: string) => p.initiative === name],
    [
      "政策企画課とまち魅力発信課はそれぞれ何件？",
      ["まち魅力発信課", "政策企画課"],
      (p: Project, name: string) => p.department === name,
    ],
  ] as [string, string[], (p: Project, name: string) => boolean][])(
    "answers %s with the total and %j's counts",
    async (q, names, of) => {
      const a = await engine.ask(q);
      const each = names.map((name) => `${name}: ${plan.projects.filter((p) => of(p, name)).length}件`);
      expect(a.notes[0]).toBe(`該当する事業は${a.answered}件です（${each.join("、")}）。`);
    },
  );
});

describe("a listing said to stop in a year (R5で記載がなくなる): listed the year before, not in it (probe 111)", () => {
  const stopsIn5 = plan.projects.filter((p) => p.directions.R4 && !p.directions.R5).map(projectKey);

  it.each([
    ["R5で記載がなくなる事業"],
    ["R5から載らなくなる事業"],
    ["令和5年度で方向性がなくなる事業は何件？"],
    // (Probe 135: read as listed in R5, 32 projects.)
    ["令和5年度で計画から外れる事業"],
    ["R5で外れた事業"],
    // (Probe 264: 切れる.)
    ["R5で記載が切れる事業"],
  ])("answers %s with the projects listed in R4 and not in R5", async (q) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered).sort()).toEqual([...stopsIn5].sort());
  });

  it("reads the plan's first year as unlisted in it (R3で記載がなくなる): nothing is listed before it", async () => {
    const a = await engine.ask("R3で記載がなくなる事業");
    expect(renderAnswerText(a)).toContain("条件: 令和3年度に方向性の記載なし\n");
  });
});

describe("a count of a direction in several years, each year's beside the total (probe 111)", () => {
  const expanded = ["拡充", "臨時拡充"];
  const inYear = (y: YearKey) => plan.projects.filter((p) => expanded.includes(p.directions[y] ?? "")).length;

  it.each([
    ["R3とR4で拡充は何件ずつ？"],
    ["R3とR4の拡充はそれぞれ何件？"],
    ["R3とR4で拡充の件数を年度ごとに"],
    // How the count moves between them (probe 111: どう変わった had answered 0件, 推移 named missing).
    ["R3とR4で拡充の数はどう変わった？"],
    ["R3とR4で拡充の件数の推移"],
    ["R3とR4の拡充の件数を比べて"],
  ])("answers %s with the total and each year's count", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(
      `該当する事業は${a.answered}件です（令和3年度: ${inYear("R3")}件、令和4年度: ${inYear("R4")}件）。`,
    );
  });

  it("says the total alone when each year's is not asked (R3とR4で拡充は何件？)", async () => {
    const a = await engine.ask("R3とR4で拡充は何件？");
    expect(a.notes[0]).toBe(`該当する事業は${a.answered}件です。`);
  });
});

describe("a count after a code, and a listing denied (probe 93)", () => {
  it("reads 「施策7-6の4件」 as the policy and a count, not as its No.4", async () => {
    const a = await engine.ask("施策7-6の4件の事業");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.policy === "7-6").map(projectKey));
  });

  it.each([
    [
      "施策7-6のうち令和7年度まで続かないもの",
      (p: Project) => p.policy === "7-6" && p.directions.R7 === undefined,
    ],
    ["R6まで続かない事業", (p: Project) => p.directions.R6 === undefined],
  ] as [string, (p: Project) => boolean][])(
    "answers %s with the projects not listed that year",
    async (q, want) => {
      const a = await structured(q);
      expect(plan.projects.filter(want).length).toBeGreaterThan(0);
      expect(keys(a)).toEqual(plan.projects.filter(want).map(projectKey));
    },
  );
});

describe("small talk before the ask, a day said beside a department (probe 92)", () => {
  it.each([
    ["今日暑いね〜🥵 そういえば、市内の大学と一緒に地域活動のアンケートするやつってあったっけ？", "7-6#1"],
    ["了解〜👍 じゃあ、葬式の名人のやつの担当は？", "7-1#4"],
  ])("answers %s by its ask, the small talk its own sentence", async (q, want) => {
    const a = await engine.ask(q);
    expect(keys(a)[0]).toBe(want);
    expect(a.searchedWords).not.toContain("了解");
  });

  it.each([
    ["今日暑いね〜🥵 ところで、人事課の事業って何件ある？", "人事課"],
    [
      "すみません、政策企画課が担当している事業を一覧で見たいです。来週課長に説明する予定がありまして…お手数ですがよろしくお願いします😊",
      "政策企画課",
    ],
    ["人事課の来週の予定は？", "人事課"],
  ])("answers %s with the department's projects, not 該当 0件 under its name", async (q, unit) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => p.department === unit).map(projectKey),
    );
  });
});

describe("codes as staff type them (probe 87)", () => {
  const of = (test: (p: Project) => boolean) => plan.projects.filter(test).map(projectKey);
  it.each([
    ["第7章4節の事業は何件ありますか", of((p) => p.policy === "7-4")],
    ["7章5節の事業", of((p) => p.policy === "7-5")],
    ["事業番号17ってなんだっけ", of((p) => p.no === 17)],
    ["No.1", of((p) => p.no === 1)],
    ["7-4の2つ目の取組の事業", of((p) => p.initiative === "7-4-2")],
    ["7-2#5から7-2#8まで", of((p) => p.policy === "7-2" && p.no >= 5 && p.no <= 8)],
    ["7-4-2の1番", of((p) => p.initiative === "7-4-2").slice(0, 1)],
    ["7-4-2の2番目の事業", of((p) => p.initiative === "7-4-2").slice(1, 2)],
  ])("answers %s with %j", async (q, want) => {
    expect(want.length).toBeGreaterThan(0);
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(want);
  });
});

describe("the chapter's initiatives asked about (probe 84)", () => {
  const empty = (within?: string) =>
    plan.policies
      .filter((p) => within === undefined || p.code === within)
      .flatMap((p) => p.initiatives)
      .filter((i) => !plan.projects.some((p) => p.initiative === i.code));

  it.each([
    ["事業が載っていない取組はどれ？"],
    ["事業が1件もない取組"],
    ["新規・拡充事業等がない取組を教えて"],
    // (1個も, 1つも: probe 280 had searched them.)
    ["事業が1個もない取組ってどれ？"],
    ["事業が1つもない取組"],
  ])("answers %s with the initiatives that hold no project, by code and title, and no project", async (q) => {
    const want = empty();
    expect(want.length).toBeGreaterThan(0);
    const a = await engine.ask(q);
    expect(a.projects).toEqual([]);
    expect(a.notes[0]).toBe(
      `新規・拡充事業等が載っていない取組は${want.length}件です: ${want.map((i) => `${i.code} ${i.title}`).join("、")}。`,
    );
  });

  // (事業がないのは, 取組 unsaid: only an initiative can hold none — probe 280 had listed 7-2's projects.)
  it.each(["7-2で新規・拡充事業等がない取組は？", "7-2で事業がないのは？"])(
    "keeps to the policy named (%s)",
    async (q) => {
      const want = empty("7-2");
      expect(want.length).toBeLessThan(empty().length);
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(
        `新規・拡充事業等が載っていない取組は${want.length}件です: ${want.map((i) => `${i.code} ${i.title}`).join("、")}。`,
      );
    },
  );

  it.each([["7-2は取組がいくつある？"], ["施策7-2には取組がいくつある？"]])(
    "says how many initiatives a policy has, and how many hold a project (%s), and no other count",
    async (q) => {
      const policy = plan.policies.find((p) => p.code === "7-2");
      const held = policy?.initiatives.filter((i) =>
        plan.projects.some((p) => p.initiative === i.code),
      ).length;
      const a = await engine.ask(q);
      expect(a.notes.join("\n")).toContain(
        `施策7-2の取組は${policy?.initiatives.length}件です（新規・拡充事業等があるのは${held}件）`,
      );
      // (Probe 194: 「該当する事業の取組は5件です。」 had been said beside it.)
      expect(a.notes.filter((n) => /件です/.test(n))).toHaveLength(1);
    },
  );

  it.each([["7-4の取組の名前は？"], ["施策7-4の取組一覧"], ["7-4の取組って何がある？"]])(
    "names every initiative of the policy asked (%s), those with no project too (probe 194)",
    async (q) => {
      const policy = plan.policies.find((p) => p.code === "7-4");
      const a = await engine.ask(q);
      expect(policy?.initiatives.length).toBeGreaterThan(1);
      expect(a.notes[0]).toBe(
        `施策7-4の取組は${policy?.initiatives.length}件です（新規・拡充事業等があるのは1件）: ${policy?.initiatives.map((i) => `${i.code} ${i.title}`).join("、")}。`,
      );
      // (And not again, as the policy of the projects answered: 取組 7-4-2 alone.)
      expect(a.notes.some((n) => n.startsWith("施策 7-4"))).toBe(false);
    },
  );
});

describe("a policy asked about itself (probe 80)", () => {
  it.each([
    ["施策7-3って何をするところ？"],
    ["7-3の方向性は？"],
    ["施策7-3の概要を教えて"],
    ["7-3ってどんな施策？"],
  ])("answers %s with the policy's 施策の方向性 and its SDGs first, then its projects", async (q) => {
    const a = await engine.ask(q);
    const policy = plan.policies.find((p) => p.code === "7-3");
    expect(policy?.sdgs).toBeTruthy();
    expect(a.notes.slice(0, 2)).toEqual([
      `施策7-3の方向性: ${policy?.direction}`,
      `対応するSDGs: ${policy?.sdgs}`,
    ]);
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.policy === "7-3").map(projectKey));
  });

  it.each([
    ["7-7ってどのSDGsに対応してるんだっけ？", "7-7"],
    ["施策7-3の対応するSDGsは？", "7-3"],
    ["7-1のSDGsは？", "7-1"],
  ])("answers %s with the policy's SDGs alone first, said when it has none (probe 84)", async (q, code) => {
    const policy = plan.policies.find((p) => p.code === code);
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(`対応するSDGs: ${policy?.sdgs ?? "計画に記載なし"}`);
    expect(a.notes.join("\n")).not.toMatch(/の方向性: |にないため/);
  });

  it.each([["7-3の事業の目的は？"], ["7-3"], ["7-3-1って何？"]])(
    "says no policy's direction for %s: its projects asked, the code alone, or an initiative",
    async (q) => {
      expect((await engine.ask(q)).notes.join("\n")).not.toContain("の方向性: ");
    },
  );
});

describe("an SDGs goal asked (probe 82)", () => {
  const tiedTo = (goal: number) =>
    plan.policies.filter((p) => (p.sdgs ?? "").startsWith(`${goal} `)).map((p) => p.code);

  it.each([
    ["SDGsの17番に対応する施策の事業"],
    ["SDGs目標17の事業"],
    ["パートナーシップで目標を達成しように対応する事業"],
    // By the short name staff use for the goal (probe 102), the number beside it or not.
    ["SDGsのパートナーシップってどの施策の事業が対応してるんだっけ？"],
    ["SDGsの17番（パートナーシップ）に対応している施策の事業を一覧で"],
    ["SDGsでいうとパートナーシップの目標に対応する事業"],
  ])("answers %s with the projects of the policies whose 対応するSDGs row names the goal", async (q) => {
    const policies = tiedTo(17);
    expect(policies.length).toBeGreaterThan(0);
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => policies.includes(p.policy)).map(projectKey),
    );
    expect(a.notes).toContain(
      `SDGsの目標17（パートナーシップで目標を達成しよう）は、施策${policies.join("・")}の「対応するSDGs」に挙がっています。`,
    );
  });

  it.each([["SDGsのジェンダー平等に関係する施策は？"], ["SDGsで、ジェンダー平等の目標に対応する事業"]])(
    "reads the short name of a goal no policy's row names as that goal (%s): none, said so",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.projects).toEqual([]);
      expect(a.notes[0]).toMatch(/^計画の「対応するSDGs」で目標5を挙げる施策はありません/);
    },
  );

  it("reads a general word after SDGs with no particle (SDGs教育) as words, not a goal (review)", async () => {
    const a = await engine.ask("SDGs教育の事業は？");
    expect(a.intent).toBe("search");
    expect(a.notes.join("")).not.toContain("目標4");
  });

  it("reads パートナーシップ without SDGs as the plan's word, not a goal (パートナーシップ制度)", async () => {
    const a = await engine.ask("パートナーシップ制度の事業");
    expect(a.intent).toBe("search");
    expect(a.projects[0]?.name).toBe("セクシュアルマイノリティ啓発・相談事業");
  });

  it("answers a goal no policy's row names with none, and says which goals the plan does name", async () => {
    expect(tiedTo(5)).toEqual([]);
    const a = await engine.ask("SDGsの5番に対応する事業");
    expect(a.projects).toEqual([]);
    expect(a.notes[0]).toMatch(
      /^計画の「対応するSDGs」で目標5を挙げる施策はありません（挙げているのは目標17（/,
    );
  });
});

describe("a year asked after a subject's project or a field of it (probes 80, 81)", () => {
  it("answers 「R5以降はどうなる？」 after a project's department with that project's years, not every project listed then", async () => {
    const a = await chainOf(["DV被害者の支援ってある？", "担当課は？", "R5以降はどうなる？"]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-5#4"]);
  });

  it("narrows 「R5にも載っているのは？」 within the list before it, its code and unit kept", async () => {
    const a = await chainOf(["7-2-6の事業一覧", "そのうち市民課の担当は？", "R5にも載っているのは？"]);
    const want = plan.projects.filter(
      (p) => p.initiative === "7-2-6" && p.department === "市民課" && p.directions.R5,
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("answers 「R7は？」 after a project's department with its direction that year, not its department again (probe 81)", async () => {
    const a = await chainOf(["行財政改革の事業", "担当課は？", "R7は？"]);
    expect(a.notes[0]).toBe("行財政改革の推進の令和7年度の方向性は継続です。");
    expect(a.notes.join("\n")).not.toContain("担当課:");
  });

  it("quotes a reading made of a list's names by the first and how many more (…ほか4件のうち完了するのは？) (probes 81, 82)", async () => {
    const a = await chainOf(["Wi-Fiの事業ってある？", "そのうち完了するのは？", "それの担当課は？"]);
    expect(a.notes.at(-1)).toBe(
      "前の質問「貸室利用者向けWi-Fi環境整備事業ほか4件のうち完了するのは？」に続けて読みました。",
    );
  });

  it("narrows a list by words of its own (同じ取組の他の事業は？ → そのうちWi-Fiのやつは？) to those the words answer (probe 81)", async () => {
    const list = await chainOf(["地域コミュニティのアンケート調査の事業", "同じ取組の他の事業は？"]);
    const listed = list.projects.slice(0, list.answered);
    expect(listed.length).toBeGreaterThan(1);
    const a = await engine.ask("そのうちWi-Fiのやつは？", { previous: goesOnFrom(list) });
    const want = listed.filter((p) => p.content.includes("Wi-Fi"));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(listed.length);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("answers 「それR4は？」 after a subject's few projects with each one's direction that year, first (probe 82)", async () => {
    const a = await chainOf(["プロモーションの事業", "それR4は？"]);
    const shown = a.projects.slice(0, a.answered);
    expect(shown.length).toBeGreaterThan(1);
    expect(a.notes.slice(0, shown.length)).toEqual(
      shown.map((p) => `${p.name}の令和4年度の方向性は${p.directions.R4}です。`),
    );
  });

  it("reads 「同じ課の…」 after a year that left the subject's project out as its department's (probe 83)", async () => {
    const a = await chainOf([
      "ホームページの事業ってある？",
      "R6はどうなる？",
      "同じ課の他の事業でR6も続くのは？",
    ]);
    const want = plan.projects.filter(
      (p) => p.department === "まち魅力発信課" && p.directions.R6 && !p.name.includes("ホームページ"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("reads 「じゃあR5で記載が終わるのは？」 after a code's narrowing in place of it, within the code (probe 83)", async () => {
    const a = await chainOf([
      "7-2-4の事業は何件？",
      "そのうちR7まで続くのは？",
      "じゃあR5で記載が終わるのは？",
    ]);
    const last = (p: Project) => Object.keys(p.directions).sort().at(-1);
    const want = plan.projects.filter((p) => p.initiative === "7-2-4" && last(p) === "R5");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("narrows 「ずっと継続の事業」 by 「そのうちR7まで載ってるのは？」 to those of them listed in R7 (probe 83)", async () => {
    const a = await chainOf(["ずっと継続の事業って何件？", "そのうちR7まで載ってるのは？"]);
    const always = plan.projects.filter((p) => Object.values(p.directions).every((d) => d === "継続"));
    const want = always.filter((p) => p.directions.R7);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(always.length);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("says first that the subject's project is not listed in the year asked after it (じゃあR5は？)", async () => {
    const a = await chainOf(["DV被害者の支援の事業", "じゃあR5は？"]);
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toMatch(
      /^配偶者暴力被害者等セーフティネット充実支援事業は令和5年度の計画に記載がありません/,
    );
  });

  it("answers a field asked of the subject's project when the year asked left none, as of that project (→ 担当課は？, probe 91)", async () => {
    const a = await chainOf(["DV被害者の支援の事業", "じゃあR5は？", "担当課は？"]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-5#4"]);
    expect(a.notes[0]).toBe("担当課: 人権・男女共生課（配偶者暴力被害者等セーフティネット充実支援事業）");
    // (Not the year before's condition, under which it had answered 該当 0件 above the department's line.)
    expect(a.filters.years).toEqual([]);
    const why = await chainOf(["DV被害者の支援の事業", "じゃあR5は？", "目的は？"]);
    expect(keys(why).slice(0, why.answered)).toEqual(["7-5#4"]);
    expect(why.fieldsAsked).toEqual(["目的"]);
  });
});

describe("a message going on from the question before it, in a thread or a DM", () => {
  it("asks 「同じ年度で新規のは」 of the year the question before named, not of every year (probe 149)", async () => {
    const first = await engine.ask("R5に完了するのってどれ");
    const a = await engine.ask("同じ年度で新規のは", { previous: goesOnFrom(first) });
    const want = plan.projects
      .filter((p) => ["新規", "新規完了"].includes(p.directions.R5 ?? ""))
      .map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want);
    expect(a.query).toBe("同じ年度で新規のは");
  });

  it("answers the other one of two after a narrowing to one (もう一個のほうは？): the rest of the list before (probe 149)", async () => {
    const first = await engine.ask("DX推進チームの事業");
    const second = await engine.ask("そのうちR7まであるのは", { previous: goesOnFrom(first) });
    expect(first.answered).toBe(2);
    expect(second.answered).toBe(1);
    const other = await engine.ask("さっきのもう一個のほうはなにやるの", { previous: goesOnFrom(second) });
    expect(keys(other).slice(0, other.answered)).toEqual(
      keys(first).filter((k) => !keys(second).includes(k)),
    );
  });

  it.each([
    ["市民課の事業はR6どうなってる？", "市民課", "R6"],
    ["市民課の事業とそれぞれのR6", "市民課", "R6"],
    ["まち魅力発信課の事業とそれぞれのR6の方向性を一覧にしてください", "まち魅力発信課", "R6"],
    ["議会報告用に、施策7-5の事業名・担当課・R6の方向性をまとめて出していただけますか", "7-5", "R6"],
    ["施策7-6の各事業の担当課と令和7年度の方向性を一覧で", "7-6", "R7"],
  ] as const)(
    "answers %s with every project of %s, each with its %s direction — none left out for not being listed then (probe 150)",
    async (q, unit, year) => {
      const a = await engine.ask(q);
      const all = plan.projects.filter((p) => p.department === unit || p.policy === unit);
      expect(all.some((p) => !p.directions[year])).toBe(true);
      expect(keys(a)).toEqual(all.map(projectKey));
      expect(a.answered).toBe(all.length);
      expect(a.filters.years).toEqual([]);
      expect(a.notes.some((n) => n.includes("その年度に記載のない事業も示します"))).toBe(true);
    },
  );

  it.each([
    // Which of them are listed then: a condition.
    ["市民課の事業でR6にも方向性があるもの"],
    ["まち魅力発信課の事業のうち、R7まで方向性があるもの"],
    ["R6の市民課の事業"],
    ["市民課の事業でR6も載ってるのは？"],
    // A count, which of them have one, and whether listed beside how it goes (review).
    ["施策7-5の事業でR6の方向性は何件？"],
    ["まち魅力発信課の事業でR7に見込みのあるもの"],
    ["施策7-2の各事業のうちR6にあるもの"],
    ["市民課の事業でR6に載ってるものはどうなる？"],
  ])("keeps %s to the projects listed in the year", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(
      a.projects.every((p) => Object.keys(p.directions).some((y) => a.filters.years.includes(y as never))),
    ).toBe(true);
    expect(a.filters.years.length).toBe(1);
  });

  it("answers それぞれのR5は？ after a unit's list with each one's R5, the one not listed said so (probe 150)", async () => {
    const first = await engine.ask("人事課の事業を教えてください");
    const a = await engine.ask("それぞれのR5は？", { previous: goesOnFrom(first) });
    expect(first.answered).toBe(2);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(first));
    const unlisted = first.projects.find((p) => !p.directions.R5);
    expect(unlisted).toBeDefined();
    expect(a.leads?.[0]).toContain(`${unlisted?.name} 記載なし`);
  });

  it("answers 完了しないほうの担当課は？ after a narrowing with the departments of the list's others, not of the whole plan (probe 151)", async () => {
    const list = await engine.ask("7-2-7の事業");
    const done = await engine.ask("そのうちR4で完了するのは？", { previous: goesOnFrom(list) });
    const a = await engine.ask("完了しないほうの担当課は？", { previous: goesOnFrom(done) });
    const rest = list.projects.filter((p) => p.directions.R4 !== "完了" && p.directions.R4 !== "新規完了");
    expect(done.answered).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
    expect(a.projects.slice(0, a.answered)).toEqual(rest);
    expect(a.leads?.[0]).toMatch(/^担当課: /);
  });

  it("answers a count and a narrowing of it in one message (何件？そのうち7-2は？) with both numbers, the whole's first (probe 150)", async () => {
    const a = await engine.ask("R5で継続の事業は何件？そのうち7-2は？");
    const whole = plan.projects.filter((p) => p.directions.R5 === "継続");
    const part = whole.filter((p) => p.policy === "7-2");
    expect(part.length).toBeLessThan(whole.length);
    expect(a.projects.slice(0, a.answered)).toEqual(part);
    expect(a.notes[0]).toBe(`該当する事業は${whole.length}件で、そのうち「7-2」は${part.length}件です。`);
    expect(a.notes.some((n) => n.startsWith("前の質問"))).toBe(false);
  });

  it.each([
    ["R3に臨時拡充の事業は何件ありますか。また、そのうちR4に完了するのはどれでしょうか。", "R4に完了する"],
    ["R3に臨時拡充の事業は何件ですか。そのうちR4に完了するものを教えてください。", "R4に完了するもの"],
  ])(
    "answers both numbers of %s, politely asked, quoting the narrowing as %s (probe 273)",
    async (q, quoted) => {
      const a = await engine.ask(q);
      const whole = plan.projects.filter((p) => p.directions.R3 === "臨時拡充");
      const part = whole.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
      expect(part.length).toBeLessThan(whole.length);
      expect(a.projects.slice(0, a.answered)).toEqual(part);
      expect(a.notes[0]).toBe(
        `該当する事業は${whole.length}件で、そのうち「${quoted}」は${part.length}件です。`,
      );
    },
  );

  it("answers a second ask opened with また of the unit the first named, each under its number (probe 273)", async () => {
    const a = await engine.ask(
      "人権・男女共生課の事業でR4に完了するものは何件ですか。また、R7まで続くものはどれですか。",
    );
    const theirs = plan.projects.filter((p) => p.department === "人権・男女共生課");
    const ended = theirs.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    const goesOn = theirs.filter((p) => p.directions.R7 !== undefined);
    expect(ended.length).toBeGreaterThan(0);
    expect(a.leads?.[0]).toBe(
      `1.「人権・男女共生課の事業でR4に完了するものは何件ですか。」: 該当する事業は${ended.length}件です。`,
    );
    expect(a.leads?.[1]).toMatch(new RegExp(`^2\\.「R7まで続くものはどれですか。」: ${goesOn.length}件（`));
    expect(
      a.projects.slice(0, a.answered).sort((x, y) => projectKey(x).localeCompare(projectKey(y))),
    ).toEqual([...ended, ...goesOn].sort((x, y) => projectKey(x).localeCompare(projectKey(y))));
  });

  it("asks それの目的は？ of the project a 0件 answer named as listed until that year, not of nothing (probe 151)", async () => {
    const list = await engine.ask("まち魅力発信課の事業");
    const ends = await engine.ask("そのうちR6で終わるのは？", { previous: goesOnFrom(list) });
    expect(ends.answered).toBe(0);
    const stops = list.projects.filter((p) => p.directions.R6 && !p.directions.R7);
    expect(stops.length).toBe(1);
    expect(ends.notes.some((n) => n.includes(stops[0]?.name as string))).toBe(true);
    const a = await engine.ask("それの目的は？", { previous: goesOnFrom(ends) });
    expect(a.projects.slice(0, a.answered)).toEqual(stops);
  });

  it("picks 後者 and 前者 from the two subjects a message asked of, as answered (probe 150)", async () => {
    const first = await engine.ask(
      "おくやみコーナーの事業と、住民票の窓口申請システムの担当課をそれぞれ教えてください",
    );
    expect(first.answered).toBe(2);
    const [latter, former] = await Promise.all(
      ["後者のR7は？", "前者の目的は？"].map((q) => engine.ask(q, { previous: goesOnFrom(first) })),
    );
    expect(keys(latter as Answer).slice(0, (latter as Answer).answered)).toEqual([keys(first)[1]]);
    expect(keys(former as Answer).slice(0, (former as Answer).answered)).toEqual([keys(first)[0]]);
  });

  it.each([
    ["人事課と財産活用課の事業を教えてください。", "前者の目的は？", ["7-3#1", "7-3#2"]],
    ["財産活用課と人事課の事業を教えてください。", "後者の目的は？", ["7-3#1", "7-3#2"]],
    [
      "DX推進チームと情報システム課の事業を比較したいと考えております。",
      "前者は何件でしょうか。",
      ["7-2#13", "7-2#18"],
    ],
    [
      "施策7-4と施策7-5では、事業数はそれぞれいくつでしょうか。",
      "後者のうち、令和7年度まで続くものはどれでしょうか。",
      ["7-5#2", "7-5#3"],
    ],
  ])(
    "after %s, reads %s of the unit named so, not of the list's first or last project (probe 153)",
    async (q, then, want) => {
      const first = await engine.ask(q);
      const a = await engine.ask(then, { previous: goesOnFrom(first) });
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want);
    },
  );

  describe("after one subject, then another's side (「Aについて」 then 「Bの方は？」) — probe 153", () => {
    it("answers 両者とも令和5年度も継続でしょうか。 of both, not はい of B alone", async () => {
      const a = await chainOf([
        "マイナンバーカードの普及促進について教えてください。",
        "住民票等の窓口申請システムの方は？",
        "両者とも令和5年度も継続でしょうか。",
      ]);
      expect(a.notes[0]).toMatch(/^一部です。/);
      expect(a.verdict).toBe(true);
    });

    it.each([
      ["前者の事業の目的をお教えください。", "人事課"],
      ["後者の事業の目的をお教えください。", "財産活用課"],
    ])("reads %s of the department asked first or second", async (q, unit) => {
      const a = await chainOf(["人事課が担当している事業を教えてください。", "財産活用課の方は？", q]);
      const theirs = plan.projects.filter((p) => p.department === unit).map(projectKey);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(theirs.sort());
    });

    it("reads 前者 of the subject searched first", async () => {
      const a = await chainOf([
        "セクシュアルマイノリティに関する事業はありますか",
        "DVの方は？",
        "前者の令和5年度の方向性は？",
      ]);
      expect(keys(a).slice(0, a.answered)).toEqual(["7-5#3"]);
    });

    it("asks anything else of the second subject, as before (担当課は？)", async () => {
      const [after, alone] = await Promise.all([
        chainOf([
          "マイナンバーカードの普及促進について教えてください。",
          "住民票等の窓口申請システムの方は？",
          "担当課は？",
        ]),
        chainOf(["住民票等の窓口申請システムの方は？", "担当課は？"]),
      ]);
      expect(after.notes[0]).toBe(alone.notes[0]);
      expect(after.notes.join("")).not.toMatch(/\u2064/);
    });
  });

  it("reads 後者 led by で、 as without it (review)", async () => {
    const a = await chainOf([
      "施策7-4と施策7-5では、事業数はそれぞれいくつでしょうか。",
      "で、後者のうち、令和7年度まで続くものはどれでしょうか。",
    ]);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-5#2", "7-5#3"]);
  });

  it("reads 後者 of the pair named two messages before, past a narrowing to the 前者", async () => {
    const pair = await engine.ask("DX推進チームと情報システム課の事業を比較したいと考えております。");
    const former = await engine.ask("前者は何件でしょうか。", { previous: goesOnFrom(pair) });
    const a = await engine.ask("後者のうち、令和4年度に完了となるものは？", { previous: goesOnFrom(former) });
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-2#19", "7-2#21"]);
  });

  it("reads 前者 and 後者 as the two projects a condition just narrowed the pair's list to (review)", async () => {
    const narrowed = await chainOf(["人事課と財産活用課の事業", "そのうちR4に完了するものは？"]);
    const two = narrowed.projects.slice(0, narrowed.answered);
    expect(two.map((p) => p.department).sort()).toEqual(["人事課", "財産活用課"]);
    for (const [said, at] of [
      ["前者", 0],
      ["後者", 1],
    ] as const) {
      const a = await engine.ask(`${said}の目的は？`, { previous: goesOnFrom(narrowed) });
      expect(keys(a).slice(0, a.answered)).toEqual([projectKey(two[at] as Project)]);
    }
  });

  it.each([
    ["後者だけ教えて", 1],
    ["前者だけでいいです", 0],
    ["最初のだけ", 0],
    ["最後だけ教えて", 1],
  ])("picks only the one %s names of two just answered", async (q, place) => {
    const first = await engine.ask("コーチング研修と多文化共生の事業の担当課は？");
    expect(first.answered).toBe(2);
    const a = await engine.ask(q, { previous: goesOnFrom(first) });
    expect(keys(a).slice(0, a.answered)).toEqual([keys(first)[place]]);
  });

  it("answers もう一方のR5の方向性は？ after one of a unit's two was picked with the other one's R5, not the whole plan's (probe 150)", async () => {
    const list = await engine.ask("DX推進チームの事業は？");
    const picked = await engine.ask("1つ目の目的は？", { previous: goesOnFrom(list) });
    const a = await engine.ask("もう一方のR5の方向性は？", { previous: goesOnFrom(picked) });
    expect(list.answered).toBe(2);
    const other = keys(list)[1];
    expect(keys(a).slice(0, a.answered)).toEqual([other]);
    expect(a.leads?.[0]).toContain("令和5年度");
  });

  it.each([
    ["もう一個のほうの目的は？", "目的は？"],
    ["残りのやつはいつ終わる？", "いつ終わる？"],
  ])(
    "answers %s after a narrowing to one as %s asked of the other one, not a search of the field (0件)",
    async (q, field) => {
      const first = await engine.ask("DX推進チームの事業");
      const second = await engine.ask("そのうちR7まであるのは", { previous: goesOnFrom(first) });
      const other = await engine.ask("もう一個のほうは？", { previous: goesOnFrom(second) });
      const asked = await engine.ask(field, { previous: goesOnFrom(other) });
      expect(other.answered).toBe(1);
      const a = await engine.ask(q, { previous: goesOnFrom(second) });
      expect(keys(a)).toEqual(keys(asked));
      expect(a.answered).toBe(1);
      expect(a.fieldsAsked).toEqual(asked.fieldsAsked);
      expect(a.query).toBe(q);
    },
  );

  it.each([
    ["たんとうは", "担当は"],
    ["ないようは？", "内容は？"],
    ["もくてきは", "目的は"],
    ["しょかんは？", "所管は？"],
  ])(
    "reads %s after a question as %s, a field asked of its projects, not a new search (probe 148)",
    async (kana, kanji) => {
      const first = await engine.ask("市民会館跡地の事業");
      expect(first.answered).toBe(2);
      const [typed, written] = await Promise.all(
        [kana, kanji].map((q) => engine.ask(q, { previous: goesOnFrom(first) })),
      );
      expect(typed?.continuedFrom).toBe(goesOnFrom(first));
      expect(keys(typed as Answer)).toEqual(keys(first));
      expect(typed?.fieldsAsked).toEqual(written?.fieldsAsked);
      expect(typed?.notes.filter((n) => !n.includes("と読んで"))).toEqual(written?.notes);
    },
  );

  it("narrows by a second year's direction (そのうちR4も臨時拡充のものは？): both years, not either", async () => {
    const a = await engine.ask("そのうちR4も臨時拡充のものは？", { previous: "R3に臨時拡充の事業は何件？" });
    const both = plan.projects.filter(
      (p) => p.directions.R3 === "臨時拡充" && p.directions.R4 === "臨時拡充",
    );
    expect(both.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(both.map(projectKey));
  });

  it("narrows a direction's list by another direction in a year (臨時拡充の事業 → そのうちR4で完了するのは？): both, not either (probe 48)", async () => {
    const a = await engine.ask("そのうちR4で完了するのは？", { previous: "臨時拡充の事業を教えて" });
    const years = ["R3", "R4", "R5", "R6", "R7"] as const;
    const both = plan.projects.filter(
      (p) =>
        years.some((y) => p.directions[y] === "臨時拡充") &&
        (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
    expect(both.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(both.map(projectKey));
  });

  it("narrows 拡充 to its kind 臨時拡充 when そのうち asks for it, not both (拡充の事業は？そのうち臨時拡充のものは？)", async () => {
    const a = await engine.ask("拡充の事業は？そのうち臨時拡充のものは？");
    const kind = plan.projects.filter((p) => Object.values(p.directions).includes("臨時拡充"));
    expect(kind.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(kind.map(projectKey));
  });

  it("says, of the few projects in view, those a year's follow-up leaves out (ふるさと納税の事業ってある？ → R7はどうなってる？)", async () => {
    const first = await engine.ask("ふるさと納税の事業ってある？");
    const unlisted = first.projects.slice(0, first.answered).filter((p) => p.directions.R7 === undefined);
    expect(unlisted.length).toBeGreaterThan(0);
    const a = await engine.ask("R7はどうなってる？", { previous: goesOnFrom(first) });
    for (const p of unlisted) {
      expect(keys(a).slice(0, a.answered)).not.toContain(projectKey(p));
      // (None of them is kept, so that is the answer, said first — probe 81.)
      expect(a.notes.slice(0, unlisted.length)).toContain(
        `${p.name}は令和7年度の計画に記載がありません（記載は令和3年度〜6年度、R6 ${p.directions.R6}まで）。`,
      );
    }
  });

  it("says the one project's own direction when a year's follow-up finds none (縮小の事業ある？ → それの内容は？ → R3は？) (probe 48)", async () => {
    const list = await engine.ask("縮小の事業ある？");
    expect(list.answered).toBe(1);
    const [p] = list.projects as [Project];
    const content = await engine.ask("それの内容は？", { previous: goesOnFrom(list) });
    const a = await engine.ask("R3は？", { previous: goesOnFrom(content) });
    expect(a.answered).toBe(0);
    expect(a.notes).toContain(`前の回答の事業では、${p.name}の令和3年度の方向性は${p.directions.R3}です。`);
  });

  it("asks 何をするの？ of the project just answered, for its 内容 (probe 48)", async () => {
    const list = await engine.ask("そのうちR3で新規完了は？", { previous: "施策7-6の事業" });
    expect(list.answered).toBe(1);
    const a = await engine.ask("何をするの？", { previous: goesOnFrom(list) });
    expect(a.answered).toBe(1);
    expect(keys(a)[0]).toBe(keys(list)[0]);
    expect(a.fieldsAsked).toEqual(["内容"]);
  });

  it.each([
    ["住民票等の窓口申請システムの目的と内容を教えて"],
    ["空調や照明の改修の事業について、内容と目的を教えてください。"],
    // Whom a project is for: the plan says it in either (管理職員 is in the coaching course's 目的) (probe 77).
    ["コーチング研修って誰向けやったっけ？"],
    ["マイナンバーカードの出張申請サポートの対象は？"],
  ])("shows both fields asked together (%s), 目的 then 内容 (probes 73, 77)", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.fieldsAsked).toEqual(["目的", "内容"]);
    const text = renderAnswerText(a);
    const [first] = a.projects;
    expect(text).toContain(`  目的: ${first?.purpose}\n  内容: ${first?.content}`);
  });

  it("shows the field asked after related projects only on each of them, the asker's best leads (probe 104)", async () => {
    // (Probe 104 asked 「市のいいところを駅のパネルで知らせる事業って？」, which now finds 魅力発掘・創造事業 by its
    // 駅 and パネル: a question the plan answers only with related projects.)
    const first = await engine.ask("駅前の看板で市をPRする事業って？");
    expect(first.answered).toBe(0);
    const a = await engine.ask("目的は？", { previous: goesOnFrom(first) });
    expect(a.answered).toBe(0);
    const text = renderAnswerText(a);
    for (const p of a.projects) expect(text).toContain(`  目的: ${p.purpose}`);
  });

  it("shows the field pointed at in the clause before a bare ask (…が、その目的を引用したいので教えていただけますか) (probe 73)", async () => {
    const a = await engine.ask(
      "お疲れ様です。外国人住民の方が孤立しないよう交流の場や日本語教室を行う事業があると伺いましたが、その目的を引用したいので教えていただけますか。",
    );
    expect(keys(a)[0]).toBe("7-4#4");
    expect(a.fieldsAsked).toEqual(["目的"]);
    expect(a.searchedWords).not.toContain("目的");
  });

  it("walks a policy's projects by number (7-2の17番 → その次の事業は？ → 担当課は？ → じゃあ19番は？) (probe 49)", async () => {
    const first = await engine.ask("7-2の17番");
    const next = await engine.ask("その次の事業は？", { previous: goesOnFrom(first) });
    expect(keys(next)).toEqual(["7-2#18"]);
    const whose = await engine.ask("担当課は？", { previous: goesOnFrom(next) });
    const p18 = plan.projects.find((p) => p.policy === "7-2" && p.no === 18) as Project;
    expect(whose.notes[0]).toBe(`担当課: ${p18.department}（${p18.name}）`);
    const after = await engine.ask("じゃあ19番は？", { previous: goesOnFrom(whose) });
    expect(keys(after).slice(0, after.answered)).toEqual(["7-2#19"]);
  });

  /** 施策7-4's projects with 拡充 or 臨時拡充 in R4: what 「R4で拡充なのは？」 narrows 7-4's list to. */
  const expandedIn74R4 = () =>
    plan.projects.filter((p) => p.policy === "7-4" && ["拡充", "臨時拡充"].includes(p.directions.R4 ?? ""));

  it("asks じゃあ… in place of the last narrowing, not within it (7-4の事業 → そのうちR4で完了 → じゃあR4で拡充なのは？) (probe 49)", async () => {
    const done = await engine.ask("そのうちR4で完了するのは？", { previous: "7-4の事業" });
    const a = await engine.ask("じゃあR4で拡充なのは？", { previous: goesOnFrom(done) });
    const want = expandedIn74R4();
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("asks じゃあ… within a narrowing of another kind (7-2-6の事業 → そのうち市民課の → じゃあR5も続くのは) (probe 53)", async () => {
    const own = await engine.ask("そのうち市民課の", { previous: "7-2-6の事業" });
    expect(own.answered).toBeGreaterThan(1);
    const a = await engine.ask("じゃあR5も続くのは", { previous: goesOnFrom(own) });
    const want = own.projects.slice(0, own.answered).filter((p) => p.directions.R5);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("names the nearest projects' departments, the nearest first, as related, when nothing answers a どこの課 question, and その課 goes on from the nearest (probes 76, 158)", async () => {
    const first = await engine.ask("高齢の親のマイナンバーカード申請を手伝ってもらえるところってある？");
    expect(first.answered).toBe(0);
    const nearest = first.projects[0];
    if (!nearest) throw new Error("no project shown");
    const dept = await engine.ask("担当課は？", { previous: goesOnFrom(first) });
    const nearestThree = first.projects.slice(0, 3);
    const departments = [...new Set(nearestThree.map((p) => p.department))];
    expect(departments.length).toBeGreaterThan(1);
    expect(dept.notes[0]).toMatch(new RegExp(`^関連する可能性がある事業の担当課: ${nearest.department}（`));
    const said = dept.notes[0] ?? "";
    expect(departments.map((d) => said.indexOf(`${d}（`))).toEqual(
      departments.map((d) => said.indexOf(`${d}（`)).sort((a, b) => a - b),
    );
    for (const p of nearestThree) expect(said).toContain(p.name);
    expect(said).not.toContain((first.projects[3] as Project).name);
    const others = await engine.ask("その課の他の事業は？", { previous: goesOnFrom(dept) });
    const want = plan.projects.filter((p) => p.department === nearest.department && p !== nearest);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(others).slice(0, others.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("asks another direction of a list narrowed by a year and a direction in that year: R4 完了 then 継続 is R4's 継続 (probe 105)", async () => {
    const a = await chainOf(["情報システム課の事業", "R4 完了は？", "じゃあ継続は？"]);
    const want = plan.projects.filter((p) => p.department === "情報システム課" && p.directions.R4 === "継続");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("leaves out the subject's project after a year it is not listed in: その課の他の事業 means the others (probe 103)", async () => {
    const a = await chainOf(["ふるさと納税の事業", "R7は？", "その課の他の事業は？"]);
    const subject = plan.projects.find((p) => p.name === "ふるさと寄附金推進事業");
    if (!subject) throw new Error("no such project");
    expect(subject.directions.R7).toBeUndefined();
    const want = plan.projects.filter((p) => p.department === subject.department && p !== subject);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("says a subject's project's direction that year first when only a year follows (施設予約システム → R4はどうなってる？) (probes 76, 78)", async () => {
    const first = await engine.ask("施設予約システムの事業ってどれ？");
    const [project] = first.projects.slice(0, first.answered);
    if (!project) throw new Error("nothing answered");
    const a = await engine.ask("R4はどうなってる？", { previous: goesOnFrom(first) });
    expect(a.notes[0]).toBe(`${project.name}の令和4年度の方向性は${project.directions.R4}です。`);
    expect(a.leads?.[0]).toBe(a.notes[0]);
  });

  it("answers 「…をまとめて知りたい」 with every project holding the subject, as 全部知りたい does (probe 78)", async () => {
    const together = await engine.ask("施設の事業をまとめて知りたい");
    const all = await engine.ask("施設の事業を全部知りたい");
    expect(all.answered).toBeGreaterThan(5);
    expect(keys(together).slice(0, together.answered)).toEqual(keys(all).slice(0, all.answered));
  });

  it.each([["防災まわりの事業ってある？"], ["防災がらみの事業"], ["防災周りの事業ある？"]])(
    "reads 〜まわり and 〜がらみ in %s as 関係 is read: no word of the subject, none named missing (probe 78)",
    async (q) => {
      const theme = await engine.ask(q);
      const plain = await engine.ask("防災関係の事業ってある？");
      expect(theme.missingTerms ?? []).toEqual([]);
      expect(theme.searchedWords).toEqual(["防災"]);
      expect(keys(theme).slice(0, theme.answered)).toEqual(keys(plain).slice(0, plain.answered));
      expect(theme.answered).toBeGreaterThan(0);
    },
  );

  it.each([
    ["コーチング研修と多文化共生の事業の担当課", "コーチング研修の担当課", "多文化共生の事業の担当課"],
    [
      "おくやみコーナーと住民票の窓口申請システムの担当課は？",
      "おくやみコーナーの担当課は？",
      "住民票の窓口申請システムの担当課は？",
    ],
  ])(
    "answers %s with both subjects' projects when the one ask leaves one of them only related (probe 150)",
    async (q, one, other) => {
      const [a, first, second] = await Promise.all([q, one, other].map((x) => engine.ask(x)));
      const tops = [first, second].map((x) => keys(x as Answer)[0]);
      expect((first as Answer).answered).toBeGreaterThan(0);
      expect((second as Answer).answered).toBeGreaterThan(0);
      expect(tops[0]).not.toBe(tops[1]);
      expect(keys(a as Answer).slice(0, (a as Answer).answered)).toEqual(expect.arrayContaining(tops));
      expect((a as Answer).notes).toContain(TWO_ASKS_NOTE);
    },
  );

  it("answers two residents' questions in one message each, the first's answers first (probe 76)", async () => {
    const q =
      "引っ越してきた人から2つ。市のインスタとかツイッターってある？あと、マイナンバーカード作るの手伝ってもらえる？";
    const a = await engine.ask(q);
    const sns = await engine.ask("市のインスタとかツイッターってある？");
    const card = await engine.ask("マイナンバーカード作るの手伝ってもらえる？");
    expect(sns.answered).toBeGreaterThan(0);
    expect(card.answered).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual([
      ...keys(sns).slice(0, sns.answered),
      ...keys(card).slice(0, card.answered),
    ]);
    expect(a.notes).toContain(TWO_ASKS_NOTE);
    expect(a.query).toBe(q);
  });

  it.each([
    ["7-2の14番は？", "あ、ごめん15番", "7-2#15"],
    ["R5に継続の事業で財産活用課のもの", "さっきのは間違いでR6", null],
    // Thanks before the next ask (probe 79's 「ありがとう、じゃあ…」) is no word of it either.
    ["R4に完了する事業は？", "ありがとう、じゃあR5は？", null],
    ["DXチームの事業", "ありがとう、じゃあ情報システム課のは？", null],
  ])(
    "reads a reply (%s → %s) as what follows its thanks or its correction's opening (probe 79)",
    async (first, correction, want) => {
      const before = await engine.ask(first);
      const a = await engine.ask(correction, { previous: goesOnFrom(before) });
      const plain = await engine.ask(correction.replace(/^.*(?:ごめん|間違いで|ありがとう、)/, ""), {
        previous: goesOnFrom(before),
      });
      expect(a.answered).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered)).toEqual(keys(plain).slice(0, plain.answered));
      if (want) expect(keys(a)[0]).toBe(want);
    },
  );

  it("reads a word corrected in the next message (公共施設保善事業 → あ、保全だった。その事業の内容は？) as the one project, not a search of the word (probe 79)", async () => {
    const first = await engine.ask("公共施設保善事業の担当課は？");
    const a = await engine.ask("あ、保全だった。その事業の内容は？", { previous: goesOnFrom(first) });
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#6"]);
    expect(a.query).toBe("あ、保全だった。その事業の内容は？");
  });

  it("narrows a department read from a theme (人権関係の事業 → そのうちR4に完了するのは？) within it, not the whole plan (probe 78)", async () => {
    const theme = await engine.ask("人権関係の事業ってどれ？");
    const unit = theme.projects.slice(0, theme.answered);
    expect(new Set(unit.map((p) => p.department))).toEqual(new Set(["人権・男女共生課"]));
    const a = await engine.ask("そのうちR4に完了するのは？", { previous: goesOnFrom(theme) });
    const want = unit.filter((p) => /完了/.test(p.directions.R4 ?? ""));
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("answers 「ふるさと納税の事業ってある？」 with the project it names, the one listing it as an example in brackets related (probes 57–59)", async () => {
    const a = await engine.ask("ふるさと納税の事業ってある？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-1#2"]);
    // 映画「葬式の名人」: （…ふるさと納税返礼品への出品等）.
    expect(keys(a).slice(a.answered)).toContain("7-1#4");
  });

  it("reads 「R7まで続くのはどっち？」 as which of the projects just answered, no yes-or-no (probe 55)", async () => {
    const first = await engine.ask("リノベのいばらきって何ですか");
    const shown = first.projects.slice(0, first.answered);
    expect(shown.length).toBe(2);
    const a = await engine.ask("R7まで続くのはどっち？", { previous: goesOnFrom(first) });
    expect(keys(a).slice(0, a.answered)).toEqual(shown.filter((p) => p.directions.R7).map(projectKey));
    expect(a.notes.join("\n")).not.toMatch(/^(?:はい|いいえ)/m);
  });

  it.each([
    ["人事課の2番目の事業", "人事課", 1],
    ["さっきの人事課の2番目のやつはいつ完了？", "人事課", 1],
    ["財産活用課の最後のやつ", "財産活用課", -1],
  ])(
    "reads %s as one of the department's projects by its place in the plan's order (probe 59)",
    async (q, unit, at) => {
      const a = await engine.ask(q);
      const own = plan.projects.filter((p) => p.department === unit);
      expect(own.length).toBeGreaterThan(1);
      expect(keys(a).slice(0, a.answered)).toEqual([projectKey(own.at(at) as Project)]);
    },
  );

  it("says a completion as planned: past when its year is past, present when it is not (probe 95)", () => {
    const project = plan.projects.find((p) => p.directions.R4 === "完了") as Project;
    expect(whenSaid(project, [], ["R3", "R4", "R5", "R6", "R7"], false, "R8")).toMatch(
      /令和4年度に完了する計画でした/,
    );
    expect(whenSaid(project, [], ["R3", "R4", "R5", "R6", "R7"], false, "R4")).toMatch(
      /令和4年度に完了する計画です/,
    );
  });

  it("answers the policy with the fewest projects, and the count of each, from the plan (probe 101)", async () => {
    const a = await engine.ask("事業数が一番少ない施策は？");
    const count = (code: string) => plan.projects.filter((p) => p.policy === code).length;
    const codes = plan.policies.map((p) => p.code);
    const fewest = Math.min(...codes.map(count));
    const those = codes.filter((c) => count(c) === fewest);
    expect(a.leads).toContain(
      `最も少ないのは${those.map((c) => `施策${c}`).join("・")}（${those.length > 1 ? "各" : ""}${fewest}件）です。`,
    );
    expect(a.leads).toContain(
      `施策ごとの事業数（${codes.length}施策）: ${codes.map((c) => `${c} ${count(c)}件`).join("、")}`,
    );
  });

  it.each([
    ["事業数が一番少ない施策は？", Math.min],
    ["事業が一番多い施策は？", Math.max],
    // In other word orders (probe 187: 0件).
    ["施策の中で事業数が一番多いのは？", Math.max],
    ["事業数が一番多いのはどの施策？", Math.max],
    ["施策のうち事業が一番少ないのは？", Math.min],
    // 一番 before what is counted, the units set with で (probe 260: 0件).
    ["施策で一番事業が少ないのは？", Math.min],
  ])(
    "answers %s with that policy's projects, as 一番多い課 is answered (probe 170: all 44 had been listed)",
    async (q, end) => {
      const a = await engine.ask(q);
      const count = (code: string) => plan.projects.filter((p) => p.policy === code).length;
      const codes = plan.policies.map((p) => p.code);
      const n = end(...codes.map(count));
      const those = codes.filter((c) => count(c) === n);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(
        plan.projects
          .filter((p) => those.includes(p.policy))
          .map(projectKey)
          .sort(),
      );
    },
  );

  it.each([
    ["事業数が一番多い取組は？", Math.max, 1],
    ["取組で事業が一番多いのってどれ？", Math.max, 1],
    ["取組ごとの事業数で一番多いのは？", Math.max, 1],
    ["どの取組が一番少ない？", Math.min, 1],
    ["事業数が多い取組の上位2つ", Math.max, 2],
    ["事業数が多い取組の上位2取組", Math.max, 2],
  ])(
    "answers %s with the initiatives at that end and their projects, as of the policies (probe 260: 0件)",
    async (q, end, top) => {
      const a = await engine.ask(q);
      const counts = new Map<string, number>();
      for (const p of plan.projects) counts.set(p.initiative, (counts.get(p.initiative) ?? 0) + 1);
      const ranked = [...counts.values()].sort((x, y) => (end === Math.max ? y - x : x - y));
      const n = ranked[top - 1] ?? 0;
      const those = [...counts].filter(([, c]) => (end === Math.max ? c >= n : c <= n)).map(([i]) => i);
      expect(those.length).toBeLessThan(counts.size);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(
        plan.projects
          .filter((p) => those.includes(p.initiative))
          .map(projectKey)
          .sort(),
      );
      expect(a.notes[0]).toContain(`取組${those[0]}`);
    },
  );

  it.each([
    ["施策ごとの件数", "一番多いのは？", "policy", Math.max],
    ["担当課ごとの事業数を教えて", "一番少ないのは？", "department", Math.min],
  ] as const)(
    "answers %s then %s with the policy or department at that end (probe 174: it had found nothing)",
    async (first, q, field, end) => {
      const list = await engine.ask(first);
      const a = await engine.ask(q, { previous: goesOnFrom(list) });
      const units = [...new Set(plan.projects.map((p) => p[field]))];
      const count = (u: string) => plan.projects.filter((p) => p[field] === u).length;
      const n = end(...units.map(count));
      const those = units.filter((u) => count(u) === n);
      expect(a.answered).toBe(n * those.length);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(
        plan.projects
          .filter((p) => those.includes(p[field]))
          .map(projectKey)
          .sort(),
      );
    },
  );

  it("keeps every project when both ends are asked (事業数が最も多い施策と最も少ない施策)", async () => {
    const a = await engine.ask("事業数が最も多い施策と最も少ない施策をご教示ください。");
    expect(a.answered).toBe(plan.projects.length);
  });

  it.each([
    ["7-4-2の1番目の事業", "7-4-2の事業（計画の順）の1番目を示します。"],
    ["人事課の2番目のやつ", "人事課の事業（計画の順）の2番目を示します。"],
  ])("says whose list %s picks from (probe 100)", async (q, note) => {
    expect((await engine.ask(q)).notes).toContain(note);
  });

  it("answers nothing for solar-panel subsidies asked formally (本計画にそのような事業がございますか): 本 of 本計画 is no word of a subject (probe 62)", async () => {
    const a = await engine.ask(
      "住民の方から太陽光パネル設置の補助金について問い合わせがございました。本計画にそのような事業がございますか。",
    );
    expect(a.answered).toBe(0);
    expect(a.missingTerms).toContain("太陽光");
  });

  it("reads a formal request — 「…の資料作成につき、政企が担当している事業の一覧を頂戴できれば幸いです」 — as the department's list (probe 62)", async () => {
    const a = await engine.ask(
      "お疲れ様です。来週の課長会の資料作成につき、政企が担当している事業の一覧を頂戴できれば幸いです。よろしくお願い申し上げます。",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => p.department === "政策企画課").map(projectKey),
    );
    expect(a.missingTerms ?? []).toEqual([]);
  });

  it("reads a department's counter where something came up as background (市民課の窓口で、…こうした方の負担を減らせる事業) (probe 63)", async () => {
    const a = await engine.ask(
      "お疲れ様です。市民課の窓口で、先日ご主人を亡くされた高齢の女性が、手続きが多くて何度も窓口を回るのが大変だとおっしゃっていました。こうした方の負担を減らせる事業が計画にあれば教えていただけますか。",
    );
    expect(keys(a)[0]).toBe("7-2#15");
    expect(a.notes).toContain(
      "「市民課」は質問の背景（質問者の所属や相手先など）として読み、担当課の条件にはしていません。",
    );
  });

  it("says a department has fewer projects than the place asked, and shows them all (人事課の5番目)", async () => {
    const a = await engine.ask("人事課の5番目");
    expect(a.answered).toBe(plan.projects.filter((p) => p.department === "人事課").length);
    expect(a.notes).toContain(
      `人事課の事業は${a.answered}件のため、5番目の事業はありません。すべてを示します。`,
    );
  });

  it.each([
    ["多文化共生の事業", "R4はどうなっておりますか", "R4"],
    ["ロケ地ツアーの事業", "R3はどうだった？", "R3"],
    ["ロケ地ツアーの事業", "R5はいかがでしょうか", "R5"],
  ] as const)(
    "reads a year asked how it is in formal or past words (%s, then %s) as the question before of that year, said in a sentence (probe 62)",
    async (first, q, year) => {
      const before = await engine.ask(first);
      const [p] = before.projects as [Project];
      const a = await engine.ask(q, { previous: goesOnFrom(before) });
      expect(keys(a).slice(0, a.answered)).toEqual([projectKey(p)]);
      expect(a.notes[0]).toBe(yearSentence(p, year, ["R3", "R4", "R5", "R6", "R7"]));
    },
  );

  it("reads 「そちらの事業」 as the project just answered, as 「その事業」 (probe 59)", async () => {
    const first = await engine.ask("施設予約システムの事業は？");
    const [project] = first.projects;
    expect(first.answered).toBe(1);
    const a = await engine.ask("そちらの事業は令和4年度はどういう方向性でしょうか。", {
      previous: goesOnFrom(first),
    });
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(project as Project)]);
    expect(a.notes[0]).toContain(`令和4年度の方向性は${project?.directions.R4}です。`);
  });

  it("reads 「R4に継続のものだけ」 after a department's projects as those of them, and 「じゃあR5は？」 after it within them (probe 58)", async () => {
    const list = await engine.ask("情報システム課の事業は？");
    const only = await engine.ask("R4に継続のものだけ", { previous: goesOnFrom(list) });
    const want = list.projects.filter((p) => p.directions.R4 === "継続");
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(list.answered);
    expect(keys(only).slice(0, only.answered)).toEqual(want.map(projectKey));
    const next = await engine.ask("じゃあR5は？", { previous: goesOnFrom(only) });
    expect(keys(next).slice(0, next.answered)).toEqual(
      list.projects.filter((p) => p.directions.R5 === "継続").map(projectKey),
    );
  });

  it.each([
    // Of a search's list, not its projects searched again by name (probe 58).
    ["Wi-Fiの事業", "そのうち新規のものは？"],
    // Not the whole plan (probe 49).
    ["施策7-5の事業", "そのうちR5にも載ってるのは？"],
  ])(
    "counts the list just narrowed (%s → %s) when the follow-up asks only 何件？",
    async (first, narrowing) => {
      const list = await engine.ask(narrowing, { previous: first });
      expect(list.answered).toBeGreaterThan(1);
      const a = await engine.ask("何件？", { previous: goesOnFrom(list) });
      expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
      expect(a.notes[0]).toBe(`該当する事業は${list.answered}件です。`);
    },
  );

  it.each([
    // A search's list: its words read again under 何件 were a chain of their own, and counted the whole plan (probe 66).
    [["Wi-Fiの事業"]],
    [["DVの被害者を支援する事業"]],
    // The projects a follow-up left, named: the same.
    [["ふるさと納税の事業の担当と目的を教えて", "その課の他の事業は？"]],
    [["人事課の事業", "最初のやつの目的は？", "その課の他の事業は？"]],
    // Two projects left out by name, read again: both (probe 75).
    [
      [
        "「各センターにポケットWi-Fiを設置し、貸室利用者に貸し出しする」ってどれ",
        "担当課は？",
        "その課の他の事業は？",
      ],
    ],
  ])("counts the list just answered (%j → 何件？), not the whole plan", async (chain) => {
    const list = await chainOf(chain);
    expect(list.answered).toBeGreaterThan(0);
    const a = await engine.ask("何件？", { previous: goesOnFrom(list) });
    expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
    expect(a.notes[0]).toBe(`該当する事業は${list.answered}件です。`);
  });

  it.each([["7-3って何をする施策なのでしょうか、すみません"], ["人事課の事業"]])(
    "counts the list just answered (%s → 事業は何件ありますか), not the whole plan (probe 175)",
    async (first) => {
      const list = await engine.ask(first);
      expect(list.answered).toBe(2);
      const a = await engine.ask("事業は何件ありますか", { previous: goesOnFrom(list) });
      expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
      expect(a.notes[0]).toBe("該当する事業は2件です。");
    },
  );

  it.each([
    [["縮小は全部で何件？", "それで全部？"]],
    [["R4に完了する事業は？", "これで全部ですか？"]],
    [["人事課の事業", "漏れはない？"]],
    // Two checks in one message, or said as それだけ (probe 201: 漏れ had been searched, いいえ).
    [["R4に完了する事業は？", "それで全部ですか？漏れはない？"]],
    [["R4に完了する事業は？", "本当にそれだけ？"]],
  ])(
    "answers a check that the list is whole (%j) with はい and that list as it stands (probe 71)",
    async (chain) => {
      const list = await chainOf(chain.slice(0, 1));
      const a = await chainOf(chain);
      expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
      expect(a.notes[0]).toBe(
        `はい。該当する事業は前の回答の${list.answered}件で全部です（計画の中に、ほかに当てはまる事業はありません）。`,
      );
      expect(a.notes).not.toContain(`該当する事業は${list.answered}件です。`);
    },
  );

  it("says of a search's list checked whole that the projects beside it are only related (公民館のWi-Fi → それで全部？)", async () => {
    const a = await chainOf(["公民館のWi-Fi", "それで全部？"]);
    expect(a.projects.length).toBeGreaterThan(a.answered);
    expect(a.notes[0]).toBe(
      `はい。該当する事業は前の回答の${a.answered}件で全部です（ほかに示す事業は、関連する可能性のあるものです）。`,
    );
  });

  it("goes on from the list checked whole: 「それの内容は？」 asks of its project (probe 71)", async () => {
    const a = await chainOf(["縮小は全部で何件？", "それで全部？", "それの内容は？"]);
    expect(keys(a).slice(0, a.answered)).toEqual(
      fromPlan((p) => Object.values(p.directions).includes("縮小")),
    );
  });

  const fromPlan = (pred: (p: Project) => boolean) => plan.projects.filter(pred).map(projectKey);

  it("asks of the one project answered when another has its name (市税等徴収事務事業 No.2, not No.3 too) (probe 75)", async () => {
    const asked = ["「①ペイジー口座受付サービス（無線決済端末）を実施する。」ってどの事業？", "担当課は？"];
    const whose = await chainOf(asked);
    expect(keys(whose).slice(0, whose.answered)).toEqual(["7-2#2"]);
    const others = await chainOf([...asked, "その課の他の事業は？"]);
    expect(keys(others).slice(0, others.answered)).toEqual(["7-2#3"]);
  });

  it.each([
    [
      ["7-2-6", "そのうちR5にも載ってるのは", "市民課のは？"],
      (p: Project) => p.initiative === "7-2-6" && p.directions.R5 !== undefined && p.department === "市民課",
    ],
    [
      ["R4に拡充する事業", "7-2のやつ"],
      (p: Project) => p.policy === "7-2" && ["拡充", "臨時拡充"].includes(p.directions.R4 ?? ""),
    ],
  ])(
    "reads a department or a code with のは alone (%j) as those of the list just answered (probe 70)",
    async (chain, pred) => {
      const a = await chainOf(chain);
      expect(keys(a).slice(0, a.answered)).toEqual(fromPlan(pred));
      expect(a.answered).toBeGreaterThan(0);
    },
  );

  it("asks a field of the project a いいえ was about (…ってR5も載ってる？ → 担当課は？ → その課の他の事業は？) (probe 64)", async () => {
    const asked = ["マイナンバーカードの普及促進ってR5も載ってる？", "担当課は？"];
    const whose = await chainOf(asked);
    expect(whose.notes[0]).toBe("担当課: 市民課（マイナンバーカードの普及促進）");
    const others = await chainOf([...asked, "その課の他の事業は？"]);
    expect(keys(others).slice(0, others.answered)).toEqual(
      fromPlan((p) => p.department === "市民課" && p.name !== "マイナンバーカードの普及促進"),
    );
  });

  it("answers a year after 「それっていつまで？」 with the project's standing that year (→ R5は？) (probe 64)", async () => {
    const a = await chainOf(["DVの被害者を支援する事業ある？", "それっていつまで？", "R5は？"]);
    expect(a.notes[0]).toMatch(
      /^配偶者暴力被害者等セーフティネット充実支援事業は令和5年度の計画に記載がありません/,
    );
  });

  it("keeps a department typed with its 課 in kana (人事かの事業 → じゃあR4に完了するのは) (probe 65)", async () => {
    const a = await chainOf(["人事かの事業", "じゃあR4に完了するのは"]);
    expect(keys(a).slice(0, a.answered)).toEqual(
      fromPlan((p) => p.department === "人事課" && ["完了", "新規完了"].includes(p.directions.R4 ?? "")),
    );
  });

  it.each([["担当化は"], ["担当家は"], ["その担当化は"]])(
    "reads %s after a project as its department asked, the IME's other か (probe 131)",
    async (followUp) => {
      const a = await chainOf(["多文化共生の事業", followUp]);
      expect(renderAnswerText(a)).toMatch(/^担当課: 人権・男女共生課/m);
    },
  );

  it.each([
    ["R4に完了した事業、人事課の", "すみません、人権・男女共生課でした"],
    ["R4に完了した人事課の事業", "いや、人権・男女共生課の方"],
    ["R4に完了した人事課の事業", "人権・男女共生課の間違いです"],
  ])(
    "replaces the unit asked before with the one taken back (%s → %s), not adding it (probe 130)",
    async (q1, q2) => {
      const a = await chainOf([q1, q2]);
      const want = plan.projects.filter(
        (p) => p.department === "人権・男女共生課" && ["完了", "新規完了"].includes(p.directions.R4 ?? ""),
      );
      expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
    },
  );

  it.each([
    ["オンライン関係だけに絞って"],
    ["オンラインのものに限定してください"],
    ["じゃあオンラインに限って"],
  ])("narrows the list just answered with %s, keeping its code (probe 132)", async (followUp) => {
    const a = await chainOf(["7-2-6の事業", followUp]);
    const listed = keys(a).slice(0, a.answered);
    expect(listed).toEqual(["7-2#13", "7-2#17"]);
    expect(a.query).toBe(followUp);
  });

  it.each([
    ["人事課の", "あっ、政策企画課の方", "政策企画課"],
    ["人事課の", "あ、政策企画課のほうで", "政策企画課"],
  ])("takes %s back with %s, not joining them (second read)", async (q1, q2, unit) => {
    const a = await chainOf([q1, q2]);
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => p.department === unit).map(projectKey),
    );
  });

  it("joins a message cut short to the next that opens with the filler あ、 (人事課の → あ、R4に完了したもの) (review)", async () => {
    const a = await chainOf(["人事課の", "あ、R4に完了したもの"]);
    const want = plan.projects.filter(
      (p) => p.department === "人事課" && ["完了", "新規完了"].includes(p.directions.R4 ?? ""),
    );
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("counts the list just answered when asked なん件, 件 alone converted (probe 131)", async () => {
    const a = await chainOf(["7-2-7の事業", "なん件"]);
    expect(renderAnswerText(a)).toContain("該当する事業は4件です");
  });

  it("narrows what 「その課の他の事業は」 left, without the project answered before (→ そのうちR3に拡充は) (probe 65)", async () => {
    const a = await chainOf(["空調の改修の事業の担当課は", "その課の他の事業は", "そのうちR3に拡充は"]);
    const want = fromPlan(
      (p) =>
        p.department === "財産活用課" &&
        !p.name.startsWith("公共施設空調") &&
        ["拡充", "臨時拡充"].includes(p.directions.R3 ?? ""),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want);
  });

  it.each([
    [["DX推進チームの事業", "2番目のは"]],
    // After a yes-or-no of the list (probe 65).
    [["DX推進チームの事業", "R5も載ってる", "2番目のは"]],
  ])("shows only the project picked by its place (%j)", async (questions) => {
    const a = await chainOf(questions);
    const second = plan.projects.filter((p) => p.department === "DX推進チーム")[1] as Project;
    expect(keys(a)).toEqual([projectKey(second)]);
  });

  it("shows a second pick alone, without the search of its name (施策7-6 → 最初の事業の目的は？ → 2番目のは？) (probe 64)", async () => {
    const a = await chainOf(["施策7-6の事業", "最初の事業の目的は？", "2番目のは？"]);
    expect(keys(a)).toEqual([projectKey(plan.projects.filter((p) => p.policy === "7-6")[1] as Project)]);
    expect(a.searchedWords).toEqual([]);
  });

  it("names the project picked, not a question never typed, in the note of what follows the pick (probe 109)", async () => {
    const picked = plan.projects.filter((p) => p.initiative === "7-2-4")[1] as Project;
    const other = await chainOf(["7-2-4の事業", "2番目のは？", "その課の他の事業は？"]);
    expect(other.notes.at(-1)).toBe(`前の回答の「${picked.name}」に続けて読みました。`);
    for (const then of [["担当課は？"], ["担当課は？", "目的は？"]]) {
      const a = await chainOf(["7-2-4の事業", "2番目のは？", ...then]);
      expect(keys(a)).toEqual([projectKey(picked)]);
      expect(a.notes.at(-1)).toBe(`前の回答の「${picked.name}」に続けて読みました。`);
    }
  });

  it("narrows the list in view by the ones of a year's direction (施策7-4の事業 → じゃあR4で拡充なのは？) (probe 49)", async () => {
    const a = await engine.ask("じゃあR4で拡充なのは？", { previous: "施策7-4の事業" });
    const want = expandedIn74R4();
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("keeps the subject a narrowing follow-up names (施策7-3の事業 → そのうち研修のやつは？), read across a line break", async () => {
    const a = await engine.ask("そのうち研修のやつは？", { previous: "施策7-3の事業" });
    expect(a.answered).toBe(1);
    expect(keys(a)[0]).toBe("7-3#1");
  });

  it("answers 「担当課は？」 after 「Wi-Fiの事業」 then 「そのうち新規のものは？」 with every new Wi-Fi project's department (probe 46)", async () => {
    const first = await engine.ask("Wi-Fiの事業");
    const second = await engine.ask("そのうち新規のものは？", { previous: goesOnFrom(first) });
    const newOnes = plan.projects.filter(
      (p) => p.content.normalize("NFKC").includes("Wi-Fi") && p.directions.R3 === "新規",
    );
    expect(newOnes.length).toBeGreaterThan(1);
    expect(keys(second).slice(0, second.answered).sort()).toEqual(newOnes.map(projectKey).sort());
    const third = await engine.ask("担当課は？", { previous: goesOnFrom(second) });
    for (const p of newOnes) expect(third.notes[0]).toContain(p.department);
  });

  it("quotes a question read again with full-width question marks, as the note's own sentence has (probe 46)", async () => {
    const first = await engine.ask("じゃあR6は？", { previous: "令和5年度に完了する事業は？" });
    expect(first.readAs).toContain("?");
    const next = await engine.ask("担当課は？", { previous: goesOnFrom(first) });
    expect(next.notes.at(-1)).toBe("前の質問「R6に完了する事業は？」に続けて読みました。");
  });

  it("drops 「じゃあ」 from 「じゃあその課の事業で…」 read as the department's, so that the next note does not quote it (probe 47)", async () => {
    const whose = await engine.ask("それの担当課は？", { previous: "セクシュアルマイノリティの相談窓口" });
    const a = await engine.ask("じゃあその課の事業でR4に完了するものは？", { previous: goesOnFrom(whose) });
    expect(a.readAs).toBe("人権・男女共生課の事業でR4に完了するものは？");
  });

  it("reads 「それっていつまで？」 after the question before it, and says so", async () => {
    const a = await engine.ask("それっていつまで？", { previous: "マイナンバーカードの担当課は？" });
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.continuedFrom).toBe("マイナンバーカードの担当課は？");
    expect(a.notes).toContain("前の質問「マイナンバーカードの担当課は？」に続けて読みました。");
    expect(keys(await engine.ask("それっていつまで？"))).toEqual([]);
  });

  it("reads 「事業の状況を教えて」 after a sentence describing a project as of that project (probe 43)", async () => {
    const a = await engine.ask(
      "お疲れ様です。今年度からシティプロモーションの担当になった者です。映画「葬式の名人」を使ったPRがまだ続いているのか確認したいので、事業の状況を教えてください。",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(["7-1#4"]);
  });

  it("names no words searched for a follow-up read as the projects just answered, whose names the asker never typed (probe 42)", async () => {
    const a = await engine.ask("それっていつまで？", { previous: "おくやみコーナーの事業" });
    expect(keys(a)).toEqual(["7-2#15"]);
    expect(a.readAs).toContain("おくやみ関連手続きワンストップコーナー");
    expect(a.searchedWords).toEqual([]);
  });

  it("narrows the list before it (そのうちR4に完了するのは？ after 人事課の事業)", async () => {
    const a = await engine.ask("そのうちR4に完了するのは？", { previous: "人事課の事業" });
    const expected = plan.projects.filter(
      (p) => p.department === "人事課" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(a)).toEqual(expected.map(projectKey));
  });

  it("asks of the project a sentence says exists after a greeting alone (…事業があると聞きました。何を目的に…) (dev52)", async () => {
    const a = await engine.ask(
      "お疲れ様です。総務課の者です。映画を使ったPRを続ける事業があると聞きました。何を目的にしていて、今後は規模を縮小していく予定なのかも教えてください。",
    );
    expect(keys(a)[0]).toBe("7-1#4");
    expect(a.answered).toBe(1);
  });

  it("narrows conditions said in the context (そのうち施策7-6のもの) when the context names no project (dev51)", async () => {
    const a = await engine.ask(
      "お疲れ様です。予算編成の資料作成で、令和3年度に新規か拡充のどちらかがついている事業を確認しています。そのうち施策7-6のものを教えてください。",
    );
    const expected = plan.projects.filter(
      (p) => p.policy === "7-6" && ["新規", "拡充", "臨時拡充", "新規完了"].includes(p.directions.R3 ?? ""),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(a.answered).toBe(expected.length);
  });

  it("still reads a subject the context names before そのうち (Wi-Fiの事業を調べています。そのうち…)", async () => {
    const a = await engine.ask("Wi-Fiの事業を調べています。そのうちR6に完了のものは？");
    expect(a.intent).toBe("search");
    expect(a.answered).toBe(0);
  });

  it.each([
    ["マイナンバー関係の事業", "完了するのは？", ["完了", "新規完了"]],
    ["Wi-Fiの事業", "そのうち拡充のものは？", ["拡充", "臨時拡充"]],
  ])(
    "narrows a free-text answer by a direction asked after it (%s, then %s) to projects that have it (probe 45)",
    async (previous, q, directions) => {
      const a = await engine.ask(q, { previous });
      expect(a.filters.directions).toEqual(directions);
      for (const p of a.projects.slice(0, a.answered))
        expect(Object.values(p.directions).some((d) => directions.includes(d as string))).toBe(true);
    },
  );

  it("answers 「R5はどうなる？」 after a project not listed in R5 with that project, its line saying so (probe 45)", async () => {
    const a = await engine.ask("R5はどうなる？", { previous: "マイナンバーカードの普及促進" });
    expect(keys(a)).toEqual(["7-2#17"]);
    expect(a.answered).toBe(1);
    expect(renderAnswerText(a)).toContain("R5以降は計画に記載なし");
    expect(a.notes[0]).toBe(
      "マイナンバーカードの普及促進は令和5年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
  });

  it("says a year's direction of each of a few projects asked in one line first (DX推進チームの事業 → それぞれR4の方向性は？) (probe 108)", async () => {
    const a = await chainOf(["DX推進チームの事業は？", "それぞれR4の方向性は？"]);
    const theirs = plan.projects.filter((p) => p.department === "DX推進チーム");
    expect(a.notes[0]).toBe(
      `令和4年度の方向性: ${theirs.map((p) => `${p.name} ${p.directions.R4}`).join("、")}。`,
    );
    // (A unit's projects asked so are each said, the one not listed in R5 too: probe 150.)
    const unit = await engine.ask("人事課の事業のR5の方向性は？");
    const its = plan.projects.filter((p) => p.department === "人事課");
    expect(unit.notes[0]).toBe(
      `令和5年度の方向性: ${its.map((p) => `${p.name} ${p.directions.R5 ?? "記載なし"}`).join("、")}。`,
    );
    const one = await engine.ask("組織力強化に向けたコーチング研修の実施のR5の方向性は？");
    expect(one.notes[0]).toBe("組織力強化に向けたコーチング研修の実施の令和5年度の方向性は継続です。");
  });

  it("says no はい to 「…まで継続ですか」 of a project listed but not 継続 (R4〜R7 縮小): whether it is listed is not what was asked", async () => {
    const a = await engine.ask("映画「葬式の名人」活用プロモーション事業は令和7年度まで継続ですか");
    expect((a.notes[0] ?? "").startsWith("はい")).toBe(false);
  });

  it("answers how a project stands (…ってどうなってたっけ？) with the years it is listed, first (probe 109)", async () => {
    const a = await engine.ask("第2次人権施策推進計画の見直しってどうなってたっけ？");
    expect(a.notes[0]).toBe(
      "第2次人権施策推進計画の見直しは令和3年度から計画に載り、令和4年度に完了する計画でした（R3 臨時拡充 〜 R4 完了）。",
    );
  });

  it("says only the plan's last year is not listed when only it is left: 「R7は計画に記載なし」, not R7以降 (probe 109)", async () => {
    const text = renderAnswerText(await engine.ask("ふるさと寄附金推進事業"));
    expect(text).toContain("R6 継続（R7は計画に記載なし）");
    expect(text).not.toContain("R7以降");
  });

  it("shows several projects' directions in a year some are not listed in, saying so, not as none", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進と住民票等の窓口申請システムのR6の方向性は？");
    expect(keys(a)).toEqual(["7-2#17", "7-2#16"]);
    expect(a.answered).toBe(2);
    expect(a.notes.join("")).toContain(
      "令和6年度の方向性を尋ねる質問として、その年度に記載のない事業も示します",
    );
  });

  it("says one project's direction in the one year asked in a sentence first (…の令和4年度の方向性は継続です。)", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進のR4の方向性は？");
    expect(keys(a)).toEqual(["7-2#17"]);
    expect(a.notes[0]).toBe("マイナンバーカードの普及促進の令和4年度の方向性は継続です。");
  });

  it("reads a new question holding その inside a word (よその) as its own, not after the one before (probe 44)", async () => {
    const a = await engine.ask("よその地域の取組をまとめた事例集", { previous: "人事課の事業" });
    expect(a.readAs).toBeUndefined();
    expect(a.filters.departments).toEqual([]);
    expect(keys(a)[0]).toBe("7-6#3");
  });

  it("asks the question before of the year a message names alone (じゃあR4は？), and says so", async () => {
    const a = await engine.ask("じゃあR4は？", { previous: "令和5年度に拡充する事業は？" });
    const expected = plan.projects.filter(
      (p) => p.directions.R4 === "拡充" || p.directions.R4 === "臨時拡充",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(a.notes).toContain("前の質問をR4のこととして、「R4に拡充する事業は？」と読みました。");
    expect(a.continuedFrom).toBeUndefined();
  });

  it("says a question asked again of a second year as it read it, not as if typed (施設予約 → R4は → R6は) (probe 76)", async () => {
    const first = await engine.ask("施設予約システムの事業ってどれ？");
    const r4 = await engine.ask("R4はどうなってる？", { previous: goesOnFrom(first) });
    const r6 = await engine.ask("R6は？", { previous: goesOnFrom(r4) });
    expect(r6.notes.at(-1)).toBe(
      `前の質問をR6のこととして、「${r6.readAs?.replace("?", "？")}」と読みました。`,
    );
    expect(r6.notes.join("")).not.toContain("前の質問「R4の");
  });

  it("asks the question before of the department a message names alone (じゃあ人事課は？)", async () => {
    const a = await engine.ask("じゃあ人事課は？", { previous: "R4に完了する事業は？" });
    const expected = plan.projects.filter(
      (p) => p.department === "人事課" && (p.directions.R4 === "完了" || p.directions.R4 === "新規完了"),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(a.notes).toContain("前の質問を人事課のこととして、「人事課のR4に完了する事業は？」と読みました。");
  });

  it("reads a message that names nothing of its own (担当課は？, R7も載ってる？) after the question before", async () => {
    const fields = await engine.ask("担当課は？", { previous: "7-2-7の事業" });
    expect(keys(fields)).toEqual(plan.projects.filter((p) => p.initiative === "7-2-7").map(projectKey));
    const listed = await engine.ask("R7も載ってる？", { previous: "照明をLEDに替える事業" });
    expect(listed.notes[0]).toBe("はい。公共施設空調・照明設備改修事業は令和7年度も計画に載っています。");
  });

  it("reads a bare message after a chain as pointing back (…その事業はいつまで？ then R7も載ってる？), headed as typed", async () => {
    const a = await engine.ask("R7も載ってる？", { previous: "照明をLEDに替える事業\nその事業はいつまで？" });
    expect(a.query).toBe("R7も載ってる？");
    expect(a.notes[0]).toBe("はい。公共施設空調・照明設備改修事業は令和7年度も計画に載っています。");
  });

  it("reads two conditions of its own (R4に新規でR5に完了は？) as a question of its own", async () => {
    const a = await engine.ask("R4に新規でR5に完了は？", { previous: "R3に新規でR4に完了した事業は？" });
    expect(a.continuedFrom).toBeUndefined();
    const expected = plan.projects.filter(
      (p) =>
        (p.directions.R4 === "新規" || p.directions.R4 === "新規完了") &&
        (p.directions.R5 === "完了" || p.directions.R5 === "新規完了"),
    );
    expect(keys(a)).toEqual(expected.map(projectKey));
  });

  it("leaves a yes-or-no out of what the next message goes on from (その担当課は？ asks of the project, not its year)", async () => {
    const verdict = await engine.ask("それってR5以降も載ってる？", {
      previous: "マイナンバーカードの担当課は？",
    });
    expect(verdict.verdict).toBe(true);
    const whose = await engine.ask("その担当課は？", { previous: goesOnFrom(verdict) });
    expect(whose.continuedFrom).toBe("マイナンバーカードの担当課は？");
    expect(keys(whose).slice(0, whose.answered)).toEqual(["7-2#17"]);
    const list = await engine.ask("そのうちR4に完了するのは？", { previous: "人事課の事業" });
    expect(goesOnFrom(list)).toBe("人事課の事業\nそのうちR4に完了するのは？");
    expect(goesOnFrom(await engine.ask("人事課の事業"))).toBe("人事課の事業");
  });

  it("asks a yes-or-no on the way again of another year (R5以降も載ってる？ then じゃあR4は？), and still leaves it out after", async () => {
    const verdict = await engine.ask("それってR5以降も載ってる？", {
      previous: "マイナンバーカードの担当課は？",
    });
    const again = await engine.ask("じゃあR4は？", { previous: goesOnFrom(verdict) });
    expect(again.notes[0]).toBe(
      "はい。マイナンバーカードの普及促進は令和4年度の計画に載っています（令和5年度〜7年度は記載なし）。",
    );
    const whose = await engine.ask("担当課は？", { previous: goesOnFrom(again) });
    expect(keys(whose).slice(0, whose.answered)).toEqual(["7-2#17"]);
    expect(whose.notes.join("\n")).not.toContain("記載がありません");
  });

  it("asks a yes-or-no just answered again of another subject named alone (住民票のほうは？), and says so", async () => {
    const verdict = await engine.ask("マイナンバーのやつってR4も載ってる？", {
      previous: "市民課がやってる事業",
    });
    expect(verdict.verdict).toBe(true);
    const other = await engine.ask("住民票のほうは？", { previous: goesOnFrom(verdict) });
    expect(other.readAs).toBe("住民票はR4も載ってる?");
    expect(other.notes[0]).toMatch(/^はい。住民票等の窓口申請システム/);
    expect(other.notes.at(-1)).toBe("前の質問を住民票のこととして、「住民票はR4も載ってる？」と読みました。");
  });

  it("asks a question of one project of a list again of another by its place (最初の… then じゃあ2番目のやつは？)", async () => {
    const first = await engine.ask("最初の事業はいつ終わる？", { previous: "7-6の事業" });
    const second = await engine.ask("じゃあ2番目のやつは？", { previous: goesOnFrom(first) });
    const listed = plan.projects.filter((p) => p.policy === "7-6");
    expect(second.readAs).toBe(`${listed[1]?.name}はいつ終わる？`);
    expect(keys(second).slice(0, second.answered)).toEqual([projectKey(listed[1] as Project)]);
    const whose = await engine.ask("担当は？", { previous: goesOnFrom(second) });
    expect(keys(whose).slice(0, whose.answered)).toEqual([projectKey(listed[1] as Project)]);
  });

  it("walks a list by place (施策7-6の事業, 最初の事業の目的は？, 2番目のやつは？, 3番目は？), asking each the same, and asks of the one picked in between (probe 46)", async () => {
    const listed = plan.projects.filter((p) => p.policy === "7-6");
    const first = await engine.ask("最初の事業の目的は？", { previous: "施策7-6の事業" });
    const second = await engine.ask("2番目のやつは？", { previous: goesOnFrom(first) });
    expect(second.readAs).toBe(`${listed[1]?.name}の目的は？`);
    expect(keys(second).slice(0, second.answered)).toEqual([projectKey(listed[1] as Project)]);
    const third = await engine.ask("3番目は？", { previous: goesOnFrom(second) });
    expect(keys(third).slice(0, third.answered)).toEqual([projectKey(listed[2] as Project)]);
    const whose = await engine.ask("それの担当は？", { previous: goesOnFrom(third) });
    expect(keys(whose).slice(0, whose.answered)).toEqual([projectKey(listed[2] as Project)]);
    const last = await engine.ask("最後のやつは？", { previous: goesOnFrom(whose) });
    expect(last.readAs).toBe(`${listed.at(-1)?.name}の担当は？`);
    // (The answer's own notes stay: the department line of the project picked.)
    expect(last.notes[0]).toContain(`担当課: ${listed.at(-1)?.department}`);
  });

  it("picks a project by its place from a list of any length: 施策7-2の事業 then 3番目のやつの内容は？ is 7-2 No.3, not the third name (probe 59)", async () => {
    // 7-2 No.2 and No.3 share their name: the pick is by place, not by the list's names.
    const a = await engine.ask("3番目のやつの内容は？", { previous: "施策7-2の事業" });
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#3"]);
  });

  it("tells two projects of one name apart in sentences by their place (市税等徴収事務事業, 7-2 No.2 and No.3) (probe 57)", async () => {
    const a = await engine.ask("それぞれいつまで？", { previous: "口座振替の事業" });
    const lines = a.notes.filter((n) => n.startsWith("市税等徴収事務事業"));
    expect(lines.map((n) => n.slice(0, n.indexOf("は令和")))).toEqual(
      expect.arrayContaining(["市税等徴収事務事業（7-2 No.2）", "市税等徴収事務事業（7-2 No.3）"]),
    );
  });

  it.each([
    ["公共施設の空調を直す事業はなんでやってるの？", "目的"],
    ["マイナンバーカードを作るのを手伝ってくれる事業って、なぜやってるの？", "目的"],
    ["DV被害者を支援する事業はどうして必要なの？", "目的"],
    ["おくやみコーナーって具体的にはどうやって進めるの？", "内容"],
  ])("shows the field a why or a how asks for whole: %s → %s (probe 91)", async (q, field) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.fieldsAsked).toEqual([field]);
    const p = a.projects[0] as Project;
    expect(renderAnswerText(a)).toContain(`  ${field}: ${field === "目的" ? p.purpose : p.content}`);
  });

  it.each([
    ["なんでやってるの？", "目的"],
    ["具体的には何をするの？", "内容"],
    ["どうやって進めるの？", "内容"],
  ])("reads %s after a project as its %s, not a question of its own (probe 91)", async (q, field) => {
    const a = await chainOf(["公共施設の空調を直す事業", q]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#10"]);
    expect(a.fieldsAsked).toEqual([field]);
  });

  it.each([
    ["それぞれの目的は？", "目的"],
    ["それぞれ何のための事業？", "目的"],
    ["それぞれの内容を教えて", "内容"],
  ])("prints each answered project's field whole when %s asks for it (probe 46)", async (q, field) => {
    const a = await engine.ask(q, { previous: "DX推進チームの事業" });
    const answered = a.projects.slice(0, a.answered);
    expect(answered.length).toBeGreaterThan(1);
    const text = renderAnswerText(a);
    for (const p of answered)
      expect(text).toContain(`  ${field}: ${field === "目的" ? p.purpose : p.content}`);
  });

  it.each([
    [
      "おくやみコーナーの担当課は？",
      "マイナンバーカードのほうは？",
      "担当課: 市民課（マイナンバーカードの普及促進）",
    ],
    ["ロケ地ツアーの担当は？", "じゃあふるさと納税は？", "担当課: まち魅力発信課（ふるさと寄附金推進事業）"],
  ])(
    "asks the field just asked (%s) of the subject a message names alone (%s) (probe 68)",
    async (first, q, line) => {
      const a = await engine.ask(q, { previous: goesOnFrom(await engine.ask(first)) });
      expect(a.notes[0]).toBe(line);
    },
  );

  it("reads a message that names its own subject alone, the question before it set aside", async () => {
    const a = await engine.ask("ふるさと納税の担当課は？", { previous: "マイナンバーカードの担当課は？" });
    expect(keys(a)[0]).toBe("7-1#2");
    expect(a.continuedFrom).toBeUndefined();
    expect(a.notes.join("\n")).not.toContain("前の質問");
  });
});

describe("a closing request after the ask (probe 31)", () => {
  it("answers a request that names nothing of its own (お手数ですが教えていただけると助かります) with the question before it", async () => {
    const a = await structured(
      "お疲れ様です。施設の担当者会議の準備中です。財活さんの事業って全部で何件ありますか？会議資料に件数を書きたくて、お手数ですが教えていただけると助かります。",
    );
    expect(a.answered).toBe(plan.projects.filter((p) => p.department === "財産活用課").length);
  });

  it("reads 一覧でいただけますか after a sentence naming projects by what they do as those projects' list, not the plan's", async () => {
    const a = await engine.ask(
      "お疲れ様です。議会でWi-Fiの整備状況について質問が出そうなので、公共施設やセンターでWi-Fiを整備したり貸し出したりしている事業をすべて洗い出したいです。お手数ですが一覧でいただけますか。",
    );
    expect(a.intent).toBe("search");
    expect(keys(a)[0]).toBe("7-2#9");
  });

  it.each([
    [
      "お疲れ様です。公共施設の維持管理や更新に関わる事業を一通り確認したいので、一覧をいただけますか。",
      "7-2#6",
    ],
    ["Wi-Fiの事業を確認したいので、一覧で教えてください。", "7-2#9"],
  ])(
    "reads a list asked after a sentence naming projects by what they are of (%s) as those projects' list, not the plan's (probe 245)",
    async (q, one) => {
      const a = await engine.ask(q);
      expect(a.intent).toBe("search");
      expect(a.answered).toBeLessThan(plan.projects.length);
      expect(keys(a).slice(0, a.answered)).toContain(one);
    },
  );

  it("reads 全部で何件 after 市の事業について as the whole plan's count: the city's projects are all of them", async () => {
    const a = await engine.ask("市の事業について整理しています。全部で何件ありますか？");
    expect(a.answered).toBe(plan.projects.length);
  });

  it("reads 全部で何件 after a context naming no project by what it does (市が行う事業について) as the whole plan's count (review)", async () => {
    const a = await engine.ask("議会対応で、市が行う事業について整理しています。全部で何件ありますか？");
    expect(a.answered).toBe(plan.projects.length);
  });

  it("reads 担当課ごとにまとめて after a sentence naming a project by a plain verb (…を見直す事業があると聞きました) as that project's, not every project (dev94)", async () => {
    const a = await engine.ask(
      "お疲れ様です。今月から異動してきた者です。人権について市民の意識調査を行って、人権施策の計画を見直す事業があると聞きました。担当課ごとにまとめて教えていただけますか。",
    );
    expect(a.intent).toBe("search");
    expect(keys(a)[0]).toBe("7-4#2");
  });
});

// A ranking said in the past tense (probe 252: 一番多かった had been no ranking).
describe("a ranking said in the past tense", () => {
  it("names the year with the most 拡充 for 拡充の事業が一番多かった年度はいつ？", async () => {
    const a = await engine.ask("拡充の事業が一番多かった年度はいつ？");
    const inYear = (y: YearKey) =>
      plan.projects.filter((p) => p.directions[y] === "拡充" || p.directions[y] === "臨時拡充").length;
    const years = yearsOf(plan.projects);
    const top = Math.max(...years.map(inYear));
    const best = years.filter((y) => inYear(y) === top);
    expect(best).toHaveLength(1);
    expect(a.notes[0]).toBe(`最も多いのは令和${Number((best[0] as string).slice(1))}年度（${top}件）です。`);
  });

  it.each([["事業が一番多い施策ってどこ？"], ["事業が一番多い施策はどこですか"]])(
    "names the policy with the most projects for %s (probe 252: どこ had been searched, 0件)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes).toContain("最も多いのは施策7-2（21件）です。");
    },
  );

  it.each([
    ["施策っていくつあるんでしょうか", "この章の施策は7件です"],
    ["取組って全部でいくつあるんでしょうか", "取組は23件です"],
  ])("counts the units for %s, its ん contraction no word (probe 255)", async (q, said) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toMatch(new RegExp(`^${said}`));
  });

  it("names the fewest, not the most, for 事業が一番少なかった課は？", async () => {
    const a = await engine.ask("事業が一番少なかった課は？");
    expect(a.notes[0]).toMatch(/^最も少ないのは/);
  });

  it("reads 集計したいのですが as the count asked, no word searched (probe 252)", async () => {
    const a = await engine.ask(
      "令和3年度の新規事業を担当課ごとに集計したいのですが、課ごとの件数を出していただけますでしょうか。",
    );
    const want = plan.projects.filter((p) => p.directions.R3 === "新規" || p.directions.R3 === "新規完了");
    expect(a.answered).toBe(want.length);
    expect(a.missingTerms).toEqual([]);
  });
});

// The ones that are not a thing, said by what they are not (probe 256: 研修じゃない方 had searched 研修 and answered the
// very one left out).
describe("the ones other than what they are said not to be", () => {
  it.each([
    [
      "人事課のやつで研修じゃない方って何？",
      (p: Project) => p.department === "人事課" && !p.name.includes("研修"),
    ],
    ["7-5の事業でDVのじゃないやつ", (p: Project) => p.policy === "7-5" && !/DV|配偶者暴力/.test(p.name)],
  ] as const)("answers %s with those other than it", async (q, wanted) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter(wanted).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want);
  });

  it("still reads a direction denied as the direction (7-6の事業でR3に新規じゃないもの)", async () => {
    const a = await engine.ask("7-6の事業でR3に新規じゃないもの");
    const want = plan.projects.filter(
      (p) => p.policy === "7-6" && p.directions.R3 !== "新規" && p.directions.R3 !== "新規完了",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it("still asks whether it is a unit for …って市民課じゃないの？", async () => {
    const a = await engine.ask("おくやみコーナーって市民課じゃないの？");
    expect(a.notes[0]).toMatch(/^いいえ。.*市民生活相談課です。$/);
  });
});

// 税務, the office's word for the tax work (税務課, 税務部), is the plan's 市税 (probe 248: いいえ, 『税務系』 not in the plan).
describe("the office's word for the tax work", () => {
  it("answers 税務系の事業ってある？ with the 市税 projects", async () => {
    const a = await engine.ask("税務系の事業ってある？");
    const tax = plan.projects.filter((p) => p.name.includes("市税"));
    expect(tax.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(tax.map(projectKey).sort());
  });
});

describe("structured answers (no dictionary)", () => {
  it("lists an initiative's projects with its title and policy", async () => {
    const a = await structured("7-2-6");
    expect(a.intent).toBe("code");
    expect(keys(a)).toEqual(["7-2#13", "7-2#14", "7-2#15", "7-2#16", "7-2#17"]);
    expect(a.scopes[0]).toMatchObject({ code: "7-2-6", title: "使いやすい行政サービスの提供" });
  });

  it("says an initiative without projects has none", async () => {
    const a = await structured("7-6-2");
    expect(keys(a)).toEqual([]);
    expect(a.scopes[0]?.title).toBe("コミュニティ施設の整備");
    expect(a.notes.join()).toContain("新規・拡充事業等がありません");
  });

  it("says an unknown code is not in the plan and suggests the nearest ones", async () => {
    const a = await structured("7-9-9");
    expect(keys(a)).toEqual([]);
    expect(a.notes.join()).toContain("「7-9-9」は計画にありません");
    expect(a.suggestions[0]).toMatch(/^7-7/);
  });

  it.each([["この章の新規・拡充事業等は全部で何件？"], ["各事業の担当課を一覧で"]])(
    "lists every project of the plan, in plan order, when asked for the whole list: %s",
    async (q) => {
      const a = await structured(q);
      expect(keys(a)).toEqual(plan.projects.map(projectKey));
      expect(a.answered).toBe(plan.projects.length);
    },
  );

  it("leaves out a policy named to be left out, and says so in how it read the question", async () => {
    const a = await structured("施策7-2以外で令和3年度に新規の事業");
    const expected = plan.projects.filter(
      (p) => p.policy !== "7-2" && (p.directions.R3 === "新規" || p.directions.R3 === "新規完了"),
    );
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(keys(a).length).toBeGreaterThan(0);
    expect(a.filters.excluded).toEqual(["施策7-2"]);
    expect(renderAnswerText(a)).toContain("条件: 令和3年度（R3） / 新規・新規完了 / 施策7-2以外");
  });

  it("prints the projects under a note's heading as its items (質問の事業:), not as notes of their own", async () => {
    const text = renderAnswerText(await engine.ask("令和6年度のホームページ"));
    expect(text).toContain(
      "※ 条件に当てはまる事業はありません。計画にある関連の事業:\n  ・ホームページ・SNS運営事業（7-1-2 / 7-1 No.3）担当課: まち魅力発信課",
    );
  });

  it.each([
    ["7-2の事業で令和4年度に完了したもの", "条件: 施策7-2 / 令和4年度（R4） / 完了・新規完了"],
    ["7-2-4の事業で財産活用課以外", "条件: 取組7-2-4 / 財産活用課以外"],
    ["R3とR4で臨時拡充", "条件: 令和3年度（R3）・令和4年度（R4）のいずれか / 臨時拡充"],
    [
      "R4からR6までずっと継続",
      "条件: 令和4年度（R4）・令和5年度（R5）・令和6年度（R6） / お尋ねの年度はすべて継続\n",
    ],
    // A condition said in a sentence is on the one 条件 line, with the code asked (probe 32).
    ["令和4年度に完了したものを除いた7-2の事業", "条件: 施策7-2 / 令和4年度に完了・新規完了でない\n"],
    // The direction is said once, in the sentence: not also as 「条件: 継続」 above it.
    ["継続しかない事業", "の回答: 該当 7件\n条件: 記載のある年度はすべて継続\n"],
  ])(
    "says how %s was read on its 条件 line: the code asked, either of several years, and conditions said in a sentence",
    async (q, line) => {
      const text = renderAnswerText(await structured(q));
      expect(text).toContain(line);
      expect(text.match(/条件:/g)).toHaveLength(1);
    },
  );

  it("answers a direction denied in a year as the projects with any other direction then", async () => {
    const a = await structured("情報システム課の事業で、R4に完了しないものは？");
    const expected = plan.projects.filter(
      (p) =>
        p.department === "情報システム課" &&
        p.directions.R4 !== undefined &&
        !["完了", "新規完了"].includes(p.directions.R4),
    );
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(keys(a).length).toBeGreaterThan(0);
    expect(renderAnswerText(a)).toContain("/ 完了・新規完了以外");
  });

  it("answers a direction denied with no year as the projects that never have it", async () => {
    const a = await structured("完了しない事業");
    const expected = plan.projects.filter(
      (p) => !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
    );
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(keys(a).length).toBeLessThan(plan.projects.length);
    // In every year, said so: 「完了・新規完了以外」 would read as some other direction in some year (probe 32).
    expect(renderAnswerText(a)).toContain("条件: どの年度も完了・新規完了でない");
  });

  it("answers the projects whose own last listed year is the one asked, and says how it read it", async () => {
    const a = await structured("最終年度が令和5年度の事業");
    const expected = plan.projects.filter((p) => Object.keys(p.directions).sort().at(-1) === "R5");
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(keys(a).length).toBeGreaterThan(0);
    expect(a.notes).toContain("条件: 事業の最終年度が令和5年度");
  });

  it("answers the projects whose own first listed year is the one asked", async () => {
    const a = await structured("初年度が令和3年度の事業");
    const expected = plan.projects.filter((p) => Object.keys(p.directions).sort()[0] === "R3");
    expect(keys(a)).toEqual(expected.map(projectKey));
    expect(keys(await structured("初年度はR4の事業"))).toEqual(
      plan.projects.filter((p) => Object.keys(p.directions).sort()[0] === "R4").map(projectKey),
    );
  });

  it("shows a department left out in how it read the question", async () => {
    const a = await structured("財産活用課以外で令和4年度に完了する事業");
    expect(a.filters.excluded).toEqual(["財産活用課"]);
    expect(renderAnswerText(a)).toContain("/ 財産活用課以外");
    expect(a.projects.every((p) => p.department !== "財産活用課")).toBe(true);
  });

  it("answers one project by its number", async () => {
    expect(keys(await structured("7-2 No.17"))).toEqual(["7-2#17"]);
  });

  it("lists a department's projects, including 収納課ほか for 収納課", async () => {
    expect(keys(await structured("財産活用課"))).toHaveLength(7);
    expect(keys(await structured("収納課の事業"))).toEqual(["7-2#2", "7-2#3"]);
  });

  it("returns exactly the projects finishing in a year for a department", async () => {
    expect(keys(await structured("令和4年度に完了する情報システム課の事業"))).toEqual(["7-2#19", "7-2#21"]);
  });

  it("treats 拡充 as also 臨時拡充, and 臨時拡充 as only itself", async () => {
    expect(keys(await structured("2022年度に拡充する事業")).sort()).toEqual(["7-2#18", "7-2#8", "7-4#4"]);
    expect(keys(await structured("令和4年度に臨時拡充する事業"))).toEqual(["7-2#8"]);
  });

  it("says plainly when the asked year is outside the plan period", async () => {
    const a = await structured("今年度に完了する事業", NOV_2026);
    expect(keys(a)).toEqual([]);
    expect(a.notes[0]).toBe(
      "令和8年度は計画期間（令和3年度〜7年度）の外です。この計画にその年度の方向性はありません。",
    );
  });

  it("names a year before 令和 by its 平成 name, and counts how-many questions as lists", async () => {
    const before = await structured("2018年度の事業");
    expect(before.notes[0]).toBe(
      "平成30年度は計画期間（令和3年度〜7年度）の外です。この計画にその年度の方向性はありません。",
    );
    expect(keys(await structured("令和3年度に新規の事業は何件？"))).toEqual(
      keys(await structured("令和3年度に新規の事業")),
    );
  });

  it("shows usage for an empty or help question", async () => {
    expect((await structured("   ")).intent).toBe("usage");
    expect((await structured("help")).intent).toBe("usage");
  });
});

describe("contentPreview: 内容 on one line", () => {
  it("keeps every numbered item, not only ①, and marks what is cut", () => {
    const content = "①システム維持管理を行う。 ②運用を支援する。 ③Wi-Fi型スマートロックのモデル導入を行う。";
    expect(contentPreview(content, 80)).toBe(
      "①システム維持管理を行う。②運用を支援する。③Wi-Fi型スマートロックのモデル導入を行う。",
    );
    expect(contentPreview(content, 20)).toBe("①システム維持管理を行う。②運用を支援…");
  });

  it("shows a single item without its number", () => {
    expect(contentPreview("①民間提案制度を実施する。")).toBe("民間提案制度を実施する。");
  });

  it.each([
    ["JR茨木駅にパネル設置を行う。", 11, "JR茨木駅にパネル…"],
    ["各施設でモバイルWi-Fiルーターを貸し出す。", 16, "各施設でモバイルWi-Fi…"],
    ["各施設でモバイルWi-Fiルーターを貸し出す。", 8, "各施設で…"],
  ])("cuts %s between words, not inside one (probe 80): at %i, %s", (content, max, shown) => {
    expect(contentPreview(content, max)).toBe(shown);
  });

  it("cuts a run longer than a word where it stands", () => {
    expect(contentPreview("あ".repeat(3) + "ア".repeat(30), 20)).toBe(`あああ${"ア".repeat(16)}…`);
  });
});

describe("previewOf: the line that shows why a project was found", () => {
  const project = {
    purpose: "市民の利便性を高めるため、「行かなくてもいい市役所」をめざす。",
    content: "①行政手続のオンライン化を実施する。",
  };

  it("shows 目的 from the part holding a searched word when only 目的 holds one", () => {
    expect(previewOf(project, ["市役所"], 80)).toEqual({
      field: "目的",
      text: "…「行かなくてもいい市役所」をめざす。",
    });
  });

  it("shows 内容 when it holds a searched word, or when neither does", () => {
    expect(previewOf(project, ["オンライン"], 80)).toEqual({
      field: "内容",
      text: "行政手続のオンライン化を実施する。",
    });
    expect(previewOf(project, ["太陽光"], 80).field).toBe("内容");
    expect(previewOf(project, [], 80).field).toBe("内容");
  });

  it("compares the words width-folded", () => {
    expect(previewOf({ ...project, purpose: "Ｗｉ－Ｆｉを整備する。" }, ["Wi-Fi"], 80).field).toBe("目的");
  });

  it("shows 内容 from the item holding the word searched when it lies past the cut (probe 100)", () => {
    const long = {
      purpose: "市民サービスの向上を図る。",
      content: `①${"システムの維持管理を行う。".repeat(4)}②施設管理者の運用を支援する。③スマートロックのモデル導入（2施設）を行う。`,
    };
    const { field, text } = previewOf(long, ["スマートロック"], 60);
    expect(field).toBe("内容");
    expect(text).toBe("…③スマートロックのモデル導入（2施設）を行う。");
    // A word seen within the cut leaves the line as it starts.
    expect(previewOf(long, ["システム"], 60).text.startsWith("①システムの維持管理")).toBe(true);
  });

  it("puts no … before a line that starts where 内容 does, though the word lies past its cut", () => {
    const long = {
      purpose: "",
      content: `スマートロックを${"各地域の施設に順次導入して".repeat(6)}運用する。`,
    };
    expect(previewOf(long, ["運用"], 60).text.startsWith("スマートロックを")).toBe(true);
  });

  it("starts at a clause of a long sentence when the word is not seen whole from its start", () => {
    const long = {
      purpose: "",
      content: `${"地域の活動を支援し、".repeat(8)}一部の施設でスマートロックシステムを導入する。`,
    };
    const { text } = previewOf(long, ["スマートロック"], 60);
    expect(text.startsWith("…")).toBe(true);
    expect(text).toContain("スマートロックシステムを導入する。");
  });
});

describe("free-text answers (real kuromoji)", () => {
  it("answers who owns マイナンバーカード with 市民課's project first", async () => {
    const a = await engine.ask("マイナンバーカードの担当課は？");
    expect(a.intent).toBe("search");
    expect(a.projects[0]).toMatchObject({ name: "マイナンバーカードの普及促進", department: "市民課" });
  });

  it("does not search what the asker sets apart (照明のLED化の件はさておき、) — probe 37", async () => {
    const a = await engine.ask(
      "お疲れ様です。照明のLED化の件はさておき、公共施設の個別施設計画を見直す事業はどれですか",
    );
    expect(a.searchedWords).not.toContain("照明");
    expect(keys(a)[0]).toBe("7-2#4");
    expect(keys(a)).not.toContain("7-2#10");
  });

  it("still looks for the subject when the only year asked is outside the plan, and says so", async () => {
    const a = await engine.ask("平成30年度に拡充した空調設備の調査");
    expect(keys(a)[0]).toBe("7-2#10");
    // Nor is the year shown as a condition (条件: 平成30年度) beside 「年度の条件なしで探した」 — said as the year
    // being outside the plan, not as if none were named (probe 95).
    expect(a.filters.years).toEqual([]);
    expect(a.filters.directions).toEqual([]);
    expect(a.notes).toEqual([
      "平成30年度は計画期間（令和3年度〜7年度）の外です。この計画にその年度の方向性はありません。",
      "その年度は計画期間の外のため、年度の条件なしで探した結果です。",
    ]);
  });

  it("shows a code's projects, and says why, when the words beside the code match none of them", async () => {
    const a = await engine.ask("7-4-2のマイナンバーカード");
    expect(a.intent).toBe("code");
    expect(keys(a)).toEqual(keys(await structured("7-4-2")));
    expect(a.notes).toEqual([
      "『マイナンバーカード』に当てはまる事業は7-4-2にないため、7-4-2のすべての事業を示します。",
    ]);
    expect(keys(await engine.ask("7-2-6のマイナンバーカード"))[0]).toBe("7-2#17");
  });

  it("stays empty when the subject exists but not under the conditions, and names what the plan has", async () => {
    const a = await engine.ask("令和6年度のホームページ");
    expect(keys(a)).toEqual([]);
    expect(a.notes).toEqual([
      "条件に当てはまる事業はありません。計画にある関連の事業:",
      "ホームページ・SNS運営事業（7-1-2 / 7-1 No.3）担当課: まち魅力発信課、方向性: R3 臨時拡充 → R4 継続 → R5 継続（R6以降は計画に記載なし）",
    ]);
  });

  it("filters free text by a structured part", async () => {
    const a = await engine.ask("人権・男女共生課のWi-Fi");
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.projects.every((p) => p.department === "人権・男女共生課")).toBe(true);
  });

  it("answers nothing for questions the plan does not cover, and for nonsense", async () => {
    for (const q of [
      "今日の天気は？",
      "明日の会議室の予約",
      "ごみの収集日",
      "ほげほげ",
      "ふがふが",
      "🍣 3",
    ]) {
      const a = await engine.ask(q);
      expect(keys(a), q).toEqual([]);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it("answers a message holding a broken character (a lone surrogate from JSON), first with what it answers without it", async () => {
    const [first] = keys(await engine.ask("マイナンバーカードの担当課は？"));
    expect(first).toBeDefined();
    expect(keys(await engine.ask("マイナンバーカード\ud800の担当課は？"))[0]).toBe(first);
  });

  it.each([["ほげほげってR5もある？"], ["ふがふがってR4に完了する？"]])(
    "answers nothing for a subject the plan lacks beside a year, not every project of that year: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)).toEqual([]);
      expect(a.filters.years.length).toBe(1);
    },
  );

  const holding = (word: string) =>
    plan.projects
      .filter((p) => [p.name, p.purpose, p.content].some((t) => t.normalize("NFKC").includes(word)))
      .map(projectKey);
  it.each([
    ["Wi-Fi関係の事業は何件？", "Wi-Fi"],
    ["マイナンバーカードに関係する事業は全部で何件？", "マイナンバーカード"],
    ["内容にWi-Fiが出てくる事業", "Wi-Fi"],
    // Some of these score below half the best: an answer all the same.
    ["窓口関係の事業は何件？", "窓口"],
  ])(
    "labels every project holding the subject an answer when %s asks for all of them (probe 20)",
    async (q, word) => {
      const a = await engine.ask(q);
      expect(holding(word).length).toBeGreaterThan(1);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(holding(word).sort());
    },
  );

  it("answers every project holding the subject that meets the condition when it is asked 「…関係で」 (probe 40)", async () => {
    const a = await engine.ask("マイナンバー関係でR5以降も続く事業");
    const holders = plan.projects.filter(
      (p) =>
        [p.name, p.purpose, p.content].some((t) => t.includes("マイナンバー")) &&
        (p.directions.R5 || p.directions.R6 || p.directions.R7),
    );
    expect(holders.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(holders.map(projectKey).sort());
  });

  it("labels only the project named by the subject an answer when the ask is not for all of them", async () => {
    const a = await engine.ask("Wi-Fiの事業の担当課は？");
    expect(a.answered).toBeLessThan(holding("Wi-Fi").length);
  });

  it("heads the related projects without claiming they hold only some words asked, which they may all hold (probe 46)", async () => {
    const a = await engine.ask("Wi-Fiの事業の担当課は？");
    const related = a.projects.slice(a.answered).map(projectKey);
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((k) => holding("Wi-Fi").includes(k))).toBe(true);
    const text = renderAnswerText(a);
    expect(text).toContain(`── ${RELATED_HEADING} ──`);
    expect(RELATED_HEADING).not.toMatch(/一部|だけ/);
  });

  it("shows the one project answering in full and the related ones below it a line each in the console (probe 91)", async () => {
    const a = await engine.ask("マイナンバーカードの事業について教えて");
    expect(a.answered).toBe(1);
    const [answer, ...related] = a.projects;
    expect(related.length).toBeGreaterThan(0);
    const text = renderAnswerText(a);
    expect(text).toContain(`  目的: ${answer?.purpose}\n  内容: ${answer?.content}`);
    const below = text.slice(text.indexOf(RELATED_HEADING)).split("\n").slice(1);
    expect(below).toEqual(
      related.map((p) => expect.stringMatching(new RegExp(`^・${p.name}（.*）${p.department}　R3`))),
    );
    for (const p of related) expect(text).not.toContain(p.content.slice(0, 20));
  });

  it("heads no related projects against 該当 in the console when nothing is 該当 (probe 49)", async () => {
    const a = await engine.ask("宇宙開発の事業は？");
    expect(a.answered).toBe(0);
    expect(a.projects.length).toBeGreaterThan(0);
    expect(renderAnswerText(a)).not.toContain(RELATED_HEADING);
  });

  it.each([["Wi-Fiの事業"], ["Wi-Fiの事業ってどれ？"], ["Wi-Fiの取組を教えて"]])(
    "labels every project holding the words as written an answer when %s asks for the projects themselves (probe 46)",
    async (q) => {
      const a = await engine.ask(q);
      expect(holding("Wi-Fi").length).toBeGreaterThan(1);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(holding("Wi-Fi").sort());
    },
  );

  it.each([["Wi-Fiの事業ってR4もやる？"], ["Wi-Fiの事業の方向性は？"]])(
    "still answers %s, asked of the project, by the one its name holds",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeLessThan(holding("Wi-Fi").length);
    },
  );

  it("answers 「貸室でWi-Fiを使えるようにする事業は？」, a clause describing one project, by the one its name holds", async () => {
    const a = await engine.ask("貸室でWi-Fiを使えるようにする事業は？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#9"]);
  });

  it.each([["令和9年度の事業って載ってる？"], ["令和9年度に完了する事業って載ってる？"]])(
    "answers none for %s, a year outside the plan, and says so (probe 22)",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)).toEqual([]);
      expect(a.notes.join()).toContain("令和9年度は計画期間");
    },
  );

  it("answers a code's projects when a unit is only who one meets, and says it was not a condition", async () => {
    const a = await engine.ask("明日人事課と打ち合わせがあるので、7-2-7の事業を教えて");
    expect(keys(a)).toEqual(["7-2#18", "7-2#19", "7-2#20", "7-2#21"]);
    expect(a.notes).toContain(
      "「人事課」は質問の背景（質問者の所属や相手先など）として読み、担当課の条件にはしていません。",
    );
  });

  it("searches a subject asked beside a unit one deals with, its stem a word of the context", async () => {
    const a = await engine.ask("人事課と打ち合わせがあるので、マイナンバーカードの事業を教えて");
    expect(a.intent).toBe("search");
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.filters.departments).toEqual([]);
  });

  it("answers a section called by its stem and さん, 「…さんのところでやっている事業」, with its projects", async () => {
    const a = await engine.ask("財産活用さんのところでやっている事業");
    expect(a.intent).toBe("department");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.department === "財産活用課").map(projectKey));
  });

  it("searches the subject, not the purpose, of 「…を市民にPRしたいです！どんな事業がありますか？」 (probe 178)", async () => {
    const a = await engine.ask(
      "オンラインでできるようになったことを市民にPRしたいです！どんな事業がありますか？💻",
    );
    expect(a.searchedWords).toEqual(["オンライン"]);
    expect(keys(a)[0]).toBe("7-2#13");
  });

  it("answers a change of direction asked of a department's share, 「…、政策企画課分のみ」, as of the department", async () => {
    const a = await engine.ask("拡充から継続に変わった事業、政策企画課分のみ");
    const want = plan.projects.filter(
      (p) =>
        p.department === "政策企画課" &&
        yearsOf(plan.projects).some((y, i, years) => {
          const next = years[i + 1];
          return (
            ["拡充", "臨時拡充"].includes(p.directions[y] ?? "") && !!next && p.directions[next] === "継続"
          );
        }),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("answers a mistyped department's projects and says which department it read", async () => {
    const a = await engine.ask("財政活用課の事業は？");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.department === "財産活用課").map(projectKey));
    expect(a.notes).toContain("「財政活用課」は「財産活用課」と読んで答えています。");
  });

  it.each([
    ["在宅勤務用のノートパソコンを配る事業", "用"],
    ["AIチャットボットの研究してるとこ", "とこ"],
    ["自治会の話し合いに関係しそうな事業", "そう"],
    ["学校のプール改修ってこの章に入ってますか", "章"],
  ])("does not name a suffix or a formal noun as a word the plan lacks: %s", async (q, word) => {
    const a = await engine.ask(q);
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.missingTerms).not.toContain(word);
  });

  it("answers a project named in full with the projects of that name, and the others as related", async () => {
    const a = await engine.ask("市税等徴収事務事業の方向性を知りたい");
    const named = plan.projects.filter((p) => p.name === "市税等徴収事務事業").map(projectKey);
    expect(keys(a).slice(0, a.answered)).toEqual(named);
    expect(a.projects.length).toBeGreaterThan(a.answered);
  });

  it("answers a project's own last year as a range (最終年度が令和5年度まで) and says it so", async () => {
    const a = await engine.ask("最終年度が令和5年度までの事業");
    const last = (p: (typeof plan.projects)[number]) =>
      Math.max(...Object.keys(p.directions).map((y) => Number(y.slice(1))));
    expect(keys(a).sort()).toEqual(
      plan.projects
        .filter((p) => last(p) <= 5)
        .map(projectKey)
        .sort(),
    );
    expect(a.notes).toContain("条件: 事業の最終年度が令和5年度まで");
  });

  it("answers a project's own last year denied (最終年度がR7ではない) with every project ending earlier", async () => {
    const a = await engine.ask("最終年度がR7ではない事業");
    const last = (p: (typeof plan.projects)[number]) =>
      Math.max(...Object.keys(p.directions).map((y) => Number(y.slice(1))));
    const want = plan.projects.filter((p) => last(p) !== 7).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.sort());
    expect(a.notes).toContain("条件: 事業の最終年度が令和7年度ではない");
  });

  it.each([
    ["貸室のWi-Fi整備はいつ完了？", "7-2#9"],
    ["空調の改修はいつ終了予定？", "7-2#10"],
    ["施設予約システムはいつ開始？", "7-2#8"],
  ])(
    "answers %s, a question of when, with the project: the direction's noun is no subject",
    async (q, key) => {
      const a = await engine.ask(q);
      expect(keys(a).slice(0, a.answered)).toEqual([key]);
    },
  );

  const named = (name: string) => plan.projects.find((p) => p.name === name) as Project;
  const listedYears = (p: Project) => Object.keys(p.directions).sort();

  it("says first the year the one project asked about completes (何年度に完了する？)", async () => {
    const p = named("第3次茨木市男女共同参画計画策定事業");
    const done = listedYears(p).filter((y) =>
      ["完了", "新規完了"].includes(p.directions[y as "R3"] as string),
    );
    expect(done).toHaveLength(1);
    const a = await engine.ask("男女共同参画計画の策定は何年度に完了する？");
    expect(keys(a).slice(0, a.answered)).toEqual([projectKey(p)]);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(
      `${p.name}の完了は令和${(done[0] as string).slice(1)}年度です（${done[0]} 完了）。`,
    );
  });

  it("says a project whose listing stops has no 完了 in the plan, with its last listed year (いつ完了？)", async () => {
    const p = named("マイナンバーカードの普及促進");
    const years = listedYears(p);
    const last = years.at(-1) as "R4";
    expect(Object.values(p.directions)).not.toContain("完了");
    const a = await engine.ask("マイナンバーカードの普及促進はいつ完了？");
    expect(a.notes[0]).toBe(
      `計画には、${p.name}の完了の記載はありません（記載は${years.map((y) => `令和${y.slice(1)}年度`).join("・")}、${last} ${p.directions[last]}まで）。`,
    );
  });

  it("says until which year the one project asked about is listed (何年度まで？)", async () => {
    const p = named("マイナンバーカードの普及促進");
    const last = listedYears(p).at(-1) as "R4";
    const a = await engine.ask("マイナンバーカードの普及促進は何年度まで？");
    expect(a.notes[0]).toBe(
      `${p.name}は令和${last.slice(1)}年度まで計画に載っています（${last} ${p.directions[last]}）。`,
    );
  });

  it("says when a project starts with 開始 (どの年度に始まった？)", async () => {
    const a = await engine.ask("施設予約システムはどの年度に始まった？");
    const [p] = a.projects as [Project];
    const started = listedYears(p).filter((y) => (p.directions[y as "R3"] as string).startsWith("新規"));
    expect(a.notes[0]).toMatch(
      started.length > 0
        ? `${p.name}の開始（新規）は令和${(started[0] as string).slice(1)}年度です`
        : `計画には、${p.name}の開始（新規）の記載はありません`,
    );
  });

  it("answers 「それっていつまで？」 after a list of a few projects with every one of them, a line each", async () => {
    const previous = "マイナンバーカード関係の事業ってありますか？";
    const first = await engine.ask(previous);
    expect(first.answered).toBeGreaterThan(1);
    const a = await engine.ask("それっていつまで？", { previous });
    expect(keys(a).slice(0, a.answered)).toEqual(keys(first).slice(0, first.answered));
    const lines = first.projects.slice(0, first.answered).map((p) => {
      const last = listedYears(p).at(-1) as "R4";
      return `${p.name}は令和${last.slice(1)}年度まで計画に載っています（${last} ${p.directions[last]}）。`;
    });
    expect(a.notes.slice(0, lines.length)).toEqual(lines);
  });

  it("answers a question of when about more than three projects as the list it is, without a line each", async () => {
    const a = await engine.ask("Wi-Fi関係の事業はいつまで？");
    expect(a.answered).toBeGreaterThan(3);
    expect(a.verdict).toBeUndefined();
    expect(a.notes.filter((n) => n.includes("まで計画に載っています"))).toEqual([]);
  });

  it("says whose the project asked about is in one line first (マイナンバーカードの担当課は？)", async () => {
    const a = await engine.ask("マイナンバーカードの担当課は？");
    const [p] = a.projects as [Project];
    expect(a.answered).toBe(1);
    expect(a.notes[0]).toBe(`担当課: ${p.department}（${p.name}）`);
  });

  it.each([["両方の担当課は？"], ["2つとも担当課は？"], ["2つの担当課は？"]])(
    "reads %s after two projects as asked of both (probe 98)",
    async (q) => {
      const a = await engine.ask(q, { previous: "リノベのいばらきの事業" });
      expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(["7-7#3", "7-7#4"]);
      expect(a.notes[0]).toMatch(/^担当課: 政策企画課（/);
    },
  );

  it("groups the departments of a few projects in one line, each department once (それぞれの担当課は？)", async () => {
    const previous = "マイナンバーカード関係の事業ってありますか？";
    const a = await engine.ask("それぞれの担当課は？", { previous });
    const answered = a.projects.slice(0, a.answered);
    const departments = [...new Set(answered.map((p) => p.department))];
    expect(departments.length).toBeGreaterThan(1);
    expect(departments.length).toBeLessThan(answered.length);
    expect(a.notes[0]).toBe(
      `担当課: ${departments
        .map(
          (d) =>
            `${d}（${answered
              .filter((p) => p.department === d)
              .map((p) => p.name)
              .join("、")}）`,
        )
        .join("、")}`,
    );
  });

  it("counts each department's projects in the line of a list of more than five, and adds none when no department is asked", async () => {
    const many = await engine.ask("オンライン関係の事業の担当課は？");
    expect(many.answered).toBeGreaterThan(5);
    const counts = new Map<string, number>();
    for (const p of many.projects.slice(0, many.answered))
      counts.set(p.department, (counts.get(p.department) ?? 0) + 1);
    expect(many.notes[0]).toBe(`担当課: ${[...counts].map(([d, n]) => `${d}（${n}件）`).join("、")}`);
    const plain = await engine.ask("マイナンバーカードの普及");
    expect(plain.notes.some((n) => n.startsWith("担当課:"))).toBe(false);
  });

  it("says whose a department's list is, asked after it (財産活用課の事業 → 担当課は？) (probe 52)", async () => {
    const list = await engine.ask("財産活用課の事業");
    const a = await engine.ask("担当課は？", { previous: goesOnFrom(list) });
    expect(a.notes[0]).toBe(`担当課: 財産活用課（${list.answered}件）`);
  });

  it("lists every project that completes for 「いつ完了する事業がある？」, a when of no project", async () => {
    const a = await engine.ask("いつ完了する事業がある？");
    const want = plan.projects.filter((p) =>
      Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
    );
    expect(keys(a).sort()).toEqual(want.map(projectKey).sort());
    expect(a.verdict).toBeUndefined();
  });

  it("answers 「それって何年度に完了？」 after a question of one project with that project's year", async () => {
    const a = await engine.ask("それって何年度に完了？", { previous: "男女共同参画計画の策定の事業" });
    expect(a.continuedFrom).toBe("男女共同参画計画の策定の事業");
    expect(a.notes[0]).toMatch(/^第3次茨木市男女共同参画計画策定事業の完了は令和\d年度です/);
  });

  const longestRun = (p: (typeof plan.projects)[number], ds: string[]) => {
    let run = 0;
    let longest = 0;
    for (const y of ["R3", "R4", "R5", "R6", "R7"]) {
      run = ds.includes((p.directions as Record<string, string>)[y] ?? "") ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  };
  it.each([
    ["2年続けて臨時拡充になってる事業ある？", 2, ["臨時拡充"]],
    ["3年度連続で継続の事業", 3, ["継続"]],
    ["拡充が2年続いている事業", 2, ["拡充", "臨時拡充"]],
    ["四年連続して継続している事業", 4, ["継続"]],
    ["臨時拡充が連続で2年度あるものはどれ？", 2, ["臨時拡充"]],
    // N年度 said of a run, not a year (probe 160: 令和2年度 had been read, outside the plan).
    ["臨時拡充が2年度続いている事業はありますか。", 2, ["臨時拡充"]],
    ["2年度にわたって臨時拡充の事業", 2, ["臨時拡充"]],
    // The kind counted in said in brackets, no particle (probe 264: the bracket's 臨時拡充 had been asked too).
    ["2年連続で拡充（臨時拡充含む）の事業", 2, ["拡充", "臨時拡充"]],
  ])("answers %s with the projects having that run of years", async (q, years, ds) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter((p) => longestRun(p, ds) >= years).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(plan.projects.length);
    expect(keys(a).sort()).toEqual(want.sort());
    expect(a.notes).toContain(`条件: ${ds.join("・")}が${years}年度以上続けて`);
  });

  const changesFromTo = (p: (typeof plan.projects)[number], from: string[], to: string[]) => {
    const ds = p.directions as Record<string, string>;
    return [3, 4, 5, 6].some((n) => from.includes(ds[`R${n}`] ?? "") && to.includes(ds[`R${n + 1}`] ?? ""));
  };
  it.each([
    ["拡充から継続になった事業", ["拡充", "臨時拡充"], ["継続"]],
    ["方向性が新規から継続に変わったもの", ["新規", "新規完了"], ["継続"]],
    ["継続→縮小の事業", ["継続"], ["縮小"]],
    // How a project began and how it went on, with no year (probe 475: either direction in any year, or 0件).
    ["新規で始まって、その後完了した事業", ["新規", "新規完了"], ["完了", "新規完了"]],
    ["新規で始まって完了した事業", ["新規", "新規完了"], ["完了", "新規完了"]],
    ["新規でスタートして、もう終わった事業", ["新規", "新規完了"], ["完了", "新規完了"]],
    ["拡充として始まり、最後は継続になった事業", ["拡充", "臨時拡充"], ["継続"]],
  ])(
    "answers %s with the projects whose direction one year is followed by the other the next (probe 20)",
    async (q, from, to) => {
      const a = await engine.ask(q);
      const want = plan.projects.filter((p) => changesFromTo(p, from, to)).map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).sort()).toEqual(want.sort());
      expect(a.notes).toContain(`条件: ある年度に${from.join("・")}、その翌年度に${to.join("・")}`);
    },
  );

  it("reads 「R3の拡充から臨時拡充をのぞいた」 as one direction taken from the other, not a change", async () => {
    const a = await engine.ask("R3の拡充から臨時拡充をのぞいたやつ");
    expect(keys(a).sort()).toEqual(
      plan.projects
        .filter((p) => p.directions.R3 === "拡充")
        .map(projectKey)
        .sort(),
    );
  });

  it("names no word missing for 年度ごとの, and answers the project its other words name (年度 is about the asking)", async () => {
    const a = await engine.ask("調達ガイドラインの担当課と年度ごとの方向性");
    expect(a.missingTerms).toEqual([]);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#19"]);
  });

  it("counts the projects answered by department, most first, when the departments are asked about", async () => {
    const a = await engine.ask("R3に新規の事業の担当課の一覧");
    const answered = plan.projects.filter((p) => ["新規", "新規完了"].includes(p.directions.R3 ?? ""));
    expect(keys(a).sort()).toEqual(answered.map(projectKey).sort());
    const note = a.notes.find((n) => n.startsWith("担当課ごとの事業数"));
    const counts = [...(note ?? "").matchAll(/([^、:：\s]+) (\d+)件/g)].map(
      (m) => [m[1], Number(m[2])] as const,
    );
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(answered.length);
    expect(counts.map(([, n]) => n)).toEqual([...counts.map(([, n]) => n)].sort((x, y) => y - x));
    for (const [dept, n] of counts) expect(answered.filter((p) => p.department === dept).length).toBe(n);
  });

  it("reads a word the IME left in kana as the plan's word of that reading, and says so (probe 42)", async () => {
    const a = await engine.ask("空調かいしゅうどこだっけ");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#10"]);
    expect(a.missingTerms ?? []).toEqual([]);
    expect(a.notes).toContain("「かいしゅう」は「改修」と読んで答えています。");
    const b = await engine.ask("情報システムちょうたつガイドライン");
    expect(keys(b)[0]).toBe("7-2#19");
    expect(b.answered).toBe(1);
    expect(b.notes).toContain("「ちょうたつ」は「調達」と読んで答えています。");
  });

  it.each([
    ["かんりしょく向けのけんしゅうのやつ", "7-3#1", "研修"],
    ["市民会館のあとちの新しい施設つくるやつ", "7-2#11", "跡地"],
    ["人権のいしき調査やる事業", "7-4#2", "意識"],
  ])(
    "finds %s first as %s, the kana read as %s where they stand alone as a word (probe 173)",
    async (q, first, word) => {
      const a = await engine.ask(q);
      expect(keys(a)[0]).toBe(first);
      expect(a.notes.some((n) => n.includes(`「${word}」と読んで`))).toBe(true);
    },
  );

  it.each([
    ["じゅうみんひょう", ["7-2#15", "7-2#16"], "a whole message in kana"],
    ["こうざふりかえのしんせい", ["7-2#2"], "two words of one run, the second after a particle"],
    ["ふるさとのうぜい", ["7-1#2"], "a word in the middle of a run, after a word in kana"],
  ])("reads %s as the plan's words of its readings: %s (%s; probe 112)", async (question, first) => {
    const a = await engine.ask(question);
    expect(keys(a).slice(0, first.length).sort()).toEqual(first);
    expect(a.missingTerms ?? []).toEqual([]);
    expect(a.notes.some((n) => n.includes("と読んで答えています"))).toBe(true);
  });

  it("reads 担当課 and 完了 typed in kana as the question's own words (probe 112)", async () => {
    const a = await engine.ask("マイナンバーカードのたんとうかは");
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.notes[0]).toBe("担当課: 市民課（マイナンバーカードの普及促進）");
    expect(a.query).toBe("マイナンバーカードのたんとうかは");
    const b = await engine.ask("R4にかんりょうする事業");
    expect(keys(b).slice(0, b.answered).sort()).toEqual(
      ["7-2#19", "7-2#21", "7-2#9", "7-3#2", "7-4#2", "7-4#3", "7-5#1"].sort(),
    );
  });

  it("counts no departments for one project answered (コーチング研修って何課): its card already says its department", async () => {
    const a = await engine.ask("コーチング研修って何課");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-3#1"]);
    expect(a.notes.some((n) => n.startsWith("担当課ごとの事業数"))).toBe(false);
  });

  it("names the subject's own project when it falls outside the year, not projects that only share a word", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進ってR6もまだやってる？");
    expect(keys(a)).toEqual([]);
    // (まだやってる asks whether it is listed: いいえ first — probe 47.)
    expect(a.notes[0]).toMatch(/^いいえ。マイナンバーカードの普及促進は令和6年度の計画に記載がありません/);
    expect(a.notes.some((n) => n.startsWith("マイナンバーカードの普及促進（7-2-6 / 7-2 No.17）"))).toBe(true);
  });

  // (続いてる, said casually, in kana too: probe 173 had answered 「条件に当てはまる事業はありません」, no いいえ.)
  it.each([
    [
      "マイナンバーカードの普及促進ってR5も続いてる？",
      "いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません",
    ],
    [
      "マイナンバーカードの普及促進ってR5もつづいてる？",
      "いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません",
    ],
    ["ふるさと納税はR5も続いてる？", "はい。ふるさと寄附金推進事業は令和5年度も計画に載っています"],
  ])("answers %s, whether a project goes on in a year, with a yes or no first", async (q, lead) => {
    const a = await engine.ask(q);
    expect(a.notes[0]?.startsWith(lead)).toBe(true);
  });

  // (Probe 173: 「おくやみコーナーってR3からだっけ」 had been read as listed in some year of R3–R7, no はい.)
  it.each([
    [
      "おくやみコーナーってR3からだっけ",
      "はい。おくやみ関連手続きワンストップコーナーの設置は令和3年度から（R3 新規）計画に載っています。",
      1,
    ],
    [
      "おくやみコーナーはR4からですか",
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の計画への記載は令和3年度から（R3 新規）です。",
      0,
    ],
    [
      "おくやみコーナーって令和4年度から？",
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の計画への記載は令和3年度から（R3 新規）です。",
      0,
    ],
  ])(
    "answers %s, whether a project starts in a year, by its first listed year",
    async (q, lead, answered) => {
      const a = await engine.ask(q);
      expect(a.notes[0]).toBe(lead);
      expect(a.answered).toBe(answered);
      expect(shownProjects(a).map(projectKey)[0]).toBe("7-2#15");
    },
  );

  it.each([
    ["マイナンバーカードの普及促進ってR5にも方向性載ってる？"],
    ["マイナンバーカードの普及促進はR5にも記載がある？"],
    ["マイナンバーカードの普及促進って、令和5年度もやる予定になってますか？"],
    [
      "お疲れ様です。マイナンバーカードの普及促進は、令和5年度以降も続く予定でしょうか。住民の方から問い合わせがありました。",
    ],
  ])(
    "answers %s — whether one project is listed in a year — with none when it is not, the project named beside",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)).toEqual([]);
      expect(a.notes.some((n) => n.startsWith("マイナンバーカードの普及促進（7-2-6 / 7-2 No.17）"))).toBe(
        true,
      );
    },
  );

  it("answers the conditions' list when the ask names no subject and its context names no project meeting them", async () => {
    const a = await engine.ask(
      "議会答弁の準備で、令和3年度から令和7年度までずっと方向性が継続となっている事業を確認したいです。該当するものを教えていただけますか。安定して続いている事業として説明する予定です。",
    );
    const want = plan.projects.filter((p) =>
      (["R3", "R4", "R5", "R6", "R7"] as const).every((y) => p.directions[y] === "継続"),
    );
    expect(keys(a).sort()).toEqual(want.map(projectKey).sort());
    expect(a.answered).toBe(want.length);
  });

  it("still searches a context that names a project meeting the conditions, when the ask names none", async () => {
    const a = await engine.ask(
      "お疲れ様です。市民課の窓口でマイナンバーカードの出張申請について聞かれたのですが、どの事業になりますか？",
    );
    expect(keys(a)[0]).toBe("7-2#17");
  });

  it("answers a project named in full with it, and as related only projects holding most of the question", async () => {
    // (Asked of 周辺整備事業, No.11 holds under half of the question — 周辺 is one project's word, a third of it — and is
    // no longer shown beside it: the question names No.12 alone.)
    const other = await engine.ask("市民会館跡地エリア周辺整備事業の令和4年度の方向性は？");
    expect(keys(other).slice(0, other.answered)).toEqual(["7-2#12"]);
    expect(other.projects.length).toBeLessThanOrEqual(3);
    const a = await engine.ask("市民会館跡地エリア整備事業（ハード）の令和4年度の方向性は？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#11"]);
    // The other 市民会館跡地 project stays; the DV shelter and the survey, which share only 令和 or 年度, do not.
    expect(keys(a)).toContain("7-2#12");
    expect(a.projects.length).toBeLessThanOrEqual(3);
  });

  it("answers yes about one project named in full and one year with that project alone", async () => {
    const a = await engine.ask("貸室利用者向けWi-Fi環境整備事業は令和4年度で完了しますか");
    expect(keys(a)).toEqual(["7-2#9"]);
  });

  it("says a code's projects exist but none meets the conditions", async () => {
    const a = await engine.ask("7-7で完了する事業");
    expect(keys(a)).toEqual([]);
    expect(a.notes).toContain("この条件に当てはまる事業は7-7にありません。");
  });

  it("answers whether a subject is in the plan (コーチング研修は計画に載っていますか？) with はい and its years first (probe 175)", async () => {
    const a = await engine.ask("コーチング研修は計画に載っていますか？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-3#1"]);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toBe(
      "はい。組織力強化に向けたコーチング研修の実施は令和3年度から令和7年度まで計画に載っています（R3 新規 〜 R7 継続）。",
    );
  });

  it("answers whether a subject is in the plan, found only through a word near the one asked, without はい (probe 193)", async () => {
    const a = await engine.ask("道路の補修って載ってる？");
    expect(keys(a)[0]).toBe("7-2#12");
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(
      /^『補修』という語は計画に出てきません。意味の近い語で探すと、市民会館跡地エリア周辺整備事業は令和3年度から計画に載り、令和5年度に完了する計画で(?:す|した)（R3 新規 〜 R5 完了）。$/,
    );
    // (Said once: the note that says the same below it is not repeated.)
    expect(a.notes.filter((n) => n.includes("補修"))).toHaveLength(1);
    expect(renderAnswerText(a).split("\n")[0]).not.toContain("はい");
  });

  it("answers whether a subject is in the plan without はい when the project found lacks a word no project has (probe 200)", async () => {
    const a = await engine.ask("公民館のコミセン化の事業って載ってますか？");
    expect(plan.projects.some((p) => `${p.name}${p.purpose}${p.content}`.includes("公民館"))).toBe(false);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(
      /^『公民館』はどの事業にも出てこない語です。ほかの語で探すと、コミュニティセンター管理運営事業は/,
    );
  });

  it.each(["7-2で縮小のものある？", "7-2で縮小の事業はありますか"])(
    "answers whether a code has any under the conditions (%s) with いいえ first (probe 174)",
    async (q) => {
      expect(
        plan.projects.some((p) => p.policy === "7-2" && Object.values(p.directions).includes("縮小")),
      ).toBe(false);
      const a = await engine.ask(q);
      expect(a.answered).toBe(0);
      expect(a.verdict).toBe(true);
      expect(a.notes[0]).toBe("いいえ。この条件に当てはまる事業は7-2にありません。");
    },
  );

  it("names the words searched, not the leftover text, when a code's projects hold none of them", async () => {
    const a = await engine.ask("空調と照明について、7-2-7の事業でR4で完了するもの以外を教えてもらえますか");
    expect(keys(a)).toEqual(
      plan.projects
        .filter((p) => p.initiative === "7-2-7" && !["完了", "新規完了"].includes(p.directions.R4 ?? ""))
        .map(projectKey),
    );
    const note = a.notes.find((n) => n.includes("当てはまる事業は7-2-7にない"));
    expect(note).toBe(
      "『空調』『照明』に当てはまる事業は7-2-7にないため、7-2-7の条件に当てはまる事業を示します。",
    );
  });

  it("reads 中身 beside a code as asking for the projects' content, not a subject", async () => {
    const a = await engine.ask("急ぎですみません、7-2の9番と12番の中身を教えてください");
    expect(keys(a)).toEqual(["7-2#9", "7-2#12"]);
    expect(a.notes).toEqual([]);
  });

  it.each([["取組「コミュニティ活動の推進」に紐づく事業ってある？"], ["7-6-1にぶら下がってる事業"]])(
    "reads the words for sitting under a code as framing, not a subject: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)).toEqual(plan.projects.filter((p) => p.initiative === "7-6-1").map(projectKey));
      expect(a.notes.join("")).not.toContain("当てはまる事業は");
    },
  );

  it("tells a set question the plan has no answer for from a question it could not match", async () => {
    const none = await structured("令和6年度に拡充する事業");
    expect(keys(none)).toEqual([]);
    expect(none.notes).toEqual(["この条件に当てはまる事業は計画にありません。"]);
    expect(none.suggestions).toEqual([]);
    const unmatched = await engine.ask("ほげほげ");
    expect(unmatched.notes[0]).toBe("計画の中に、この質問に当てはまる事業は見つかりませんでした。");
  });

  it("takes まま, a formal noun, for no word of a subject (probe 155: 減らしたまま had been いいえ, 『まま』 missing)", async () => {
    const a = await engine.ask("R5で減らして、それ以降もずっと減らしたままになっている事業ってある？");
    const want = plan.projects.filter((p) =>
      ["R5", "R6", "R7"].every((y) => p.directions[y as "R5"] === "縮小"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
    expect(a.verdict).not.toBe(true);
  });

  it("names the words that found nothing when nothing is found, so that the asker can say them otherwise (probe 44)", async () => {
    const a = await engine.ask("ごみの収集日を調べるロボットみたいなの");
    expect(keys(a)).toEqual([]);
    expect(a.missingTerms).toEqual(["ごみ", "収集日", "ロボット"]);
    expect(a.notes).toEqual([
      "計画の中に、この質問に当てはまる事業は見つかりませんでした。",
      "『ごみ』『収集日』『ロボット』は計画に出てこない語です（計画が別の言い方で書いていることもあります）。",
      `このボットが参照しているのは総合計画の実行計画のうち「${plan.chapter}」の章だけです。ほかの章（ほかの分野）の事業は含まれていません。`,
    ]);
  });

  it.each([["障害者"], ["障害のある人向けの事業ってこの中にある？"], ["介護の相談はどこ？"]])(
    "says that it reads one chapter only where the words of %s are not in it (probe 161)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(0);
      expect(a.notes.filter((n) => n.includes(`「${plan.chapter}」の章だけです`))).toHaveLength(1);
    },
  );

  it("says nothing of the chapter where the plan's own conditions meet no project (R7に新規の事業)", async () => {
    const a = await engine.ask("R7に新規の事業");
    expect(a.answered).toBe(0);
    expect(a.notes.join("")).not.toContain("の章だけです");
  });

  it("answers a greeting alone with an invitation and examples, not with 'not found'", async () => {
    const a = await engine.ask("お疲れ様です！");
    expect(keys(a)).toEqual([]);
    expect(a.notes[0]).toContain("質問をどうぞ");
    expect(a.suggestions.length).toBeGreaterThanOrEqual(3);
  });

  it("says it reads Japanese when asked in English, but reads Latin terms of the plan", async () => {
    const a = await engine.ask("Who is in charge of the My Number card?");
    expect(a.notes[0]).toContain("日本語の質問に答えます");
    expect(a.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(keys(await engine.ask("Wi-Fi"))[0]).toBe("7-2#9");
  });

  it("answers with related projects, labelled, when only some of the question's words are in the plan", async () => {
    const a = await engine.ask("太陽光発電の補助金");
    expect(a.answered).toBe(0);
    expect(countLabel(a)).toBe(
      `関連する可能性 ${a.projects.length}件（質問の語の一部が合う事業を、近い順に示します）`,
    );
    expect(keys(a)).toContain("7-7#2");
    expect(a.missingTerms).toEqual(["太陽光", "発電"]);
    expect(a.notes).toContain("『太陽光』『発電』は計画に出てこない語のため、それ以外の語で探しました。");
  });

  it("never names as missing a word the plan's text holds (多 of 多文化, inside 多文化共生)", async () => {
    const a = await engine.ask("多文化");
    expect(a.missingTerms).toEqual([]);
    expect(a.notes.join("\n")).not.toContain("計画に出てこない語");
    expect(keys(a)).toContain("7-4#4");
  });

  it("names no suffix missing: two kana right after a word (つき of 顔写真つき) are part of it, ごみ alone a word (probe 45)", async () => {
    // (Each named as typed, whole: 顔写真 and 収集日, not the pieces the analyzer cut — probe 73.)
    expect((await engine.ask("顔写真つきのカードを作る事業")).missingTerms).toEqual(["顔写真"]);
    expect((await engine.ask("ごみの収集日")).missingTerms).toEqual(["ごみ", "収集日"]);
  });

  it("never names a word about the asking as missing (dict/framing.txt: 該当, 大変), but does name the subject's", async () => {
    expect((await engine.ask("太陽光発電の補助金に該当する事業")).missingTerms).toEqual(["太陽光", "発電"]);
    expect((await engine.ask("太陽光発電の補助金は大変ですか")).missingTerms).toEqual(["太陽光", "発電"]);
  });

  it("never names the asker's occasion as missing (予算要求の取りまとめ, 議会答弁の準備): why one asks, not what", async () => {
    const a = await engine.ask(
      "お世話になっております。予算要求の取りまとめにあたり、貸室のWi-Fi環境の整備状況を確認しております。その取組の担当課と今後の予定を教えていただけますでしょうか。",
    );
    expect(keys(a)[0]).toBe("7-2#9");
    expect(a.missingTerms ?? []).toEqual([]);
    const b = await engine.ask("議会答弁の準備で、太陽光発電の補助金の担当課を教えてください。");
    expect(b.missingTerms).toEqual(["太陽光", "発電"]);
    for (const work of ["監査", "決算", "査定"])
      expect((await engine.ask(`太陽光発電の補助金の${work}`)).missingTerms).toEqual(["太陽光", "発電"]);
  });

  it("reads a unit passing a question on (財政課から照会があり) as who asks, not a condition of the list (probe 81)", async () => {
    const a = await engine.ask(
      "お疲れ様です。財政課から照会があり、令和3年度に臨時拡充となっている事業を確認しています。該当する事業を一覧でいただけますでしょうか。",
    );
    const want = plan.projects.filter((p) => p.directions.R3 === "臨時拡充");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered)).toEqual(want.map(projectKey));
  });

  it.each([
    ["子育て支援課から照会があり、マイナンバーカードの事業を教えてください", "子育て支援課"],
    ["こども政策課です。外国の方が集まれる場はありますか", undefined],
    // An opener before a unit is no part of its name (review).
    ["ちなみに財政課から照会があり、マイナンバーカードの事業を教えてください", "財政課"],
  ])(
    "reads a unit whose name holds kana (%s) as who asks, whole, not a condition (probe 104)",
    async (q, named) => {
      const a = await engine.ask(q);
      expect(a.filters.departments).toEqual([]);
      expect(a.answered).toBeGreaterThan(0);
      if (named)
        expect(a.notes).toContain(
          `「${named}」は質問の背景（質問者の所属や相手先など）として読み、担当課の条件にはしていません。`,
        );
    },
  );

  it("never names who asked, where or how (議員, 市議会, 電話), or how the asker wants it told (混同, 区別), as missing", async () => {
    for (const said of [
      "議員から聞かれた",
      "市議会で質問が出た",
      "市長から確認があった",
      "電話で問い合わせがあった",
      "メールで照会が来た",
      "混同しないよう",
      "勘違いしていたら",
      "区別して",
      // Probes 80–82: who asked, the occasion, how the asker remembers it and how they want it told.
      "副市長から時期を確認されています",
      "市長が記者から質問を受けた",
      "市長の講演資料に入れたい",
      "概要を一言で",
      "なんとかという名前だった",
      "議員からの依頼で",
      "SDGsの観点で整理している",
      "国の流れで",
    ])
      expect((await engine.ask(`${said}、太陽光発電の補助金の事業`)).missingTerms, said).toEqual([
        "太陽光",
        "発電",
      ]);
    // (レク, the briefing the asker prepares, weighed in a message whose other words are found — probe 80.)
    const briefing = await engine.ask(
      "お疲れ様です。来週の市長レクの資料を作成しております。シティプロモーションの成果指標を5年ごとに測定・分析している事業について、概要を一言でまとめたいので、どの事業か教えてください",
    );
    expect(keys(briefing)[0]).toBe("7-1#1");
    expect(briefing.missingTerms ?? []).toEqual([]);
  });

  it("reads 「両方の事業」 as both projects the message named before, and never names 両方 as missing (probe 42)", async () => {
    const a = await engine.ask(
      "お疲れ様です。人権に関する市民意識調査をして計画を見直す事業があったかと思います。男女共同参画のほうの計画策定と混同しないよう、両方の事業を教えていただけますか。",
    );
    expect(keys(a).slice(0, 2).sort()).toEqual(["7-4#2", "7-5#1"]);
    expect(a.missingTerms ?? []).toEqual([]);
  });

  it("never names a word of relation (運営する側, 市民の側) as missing: the side is not the subject", async () => {
    expect((await engine.ask("DIYの講座の参加者が運営する側に回れる取組")).missingTerms ?? []).not.toContain(
      "側",
    );
  });

  it("reads 「何か対策はありますか」 as asking for a measure against what the message said before, not for 対策", async () => {
    const a = await engine.ask(
      "市民から、家族が亡くなったときの窓口が多すぎるという声があります。何か対策はありますか",
    );
    expect(keys(a)[0]).toBe("7-2#15");
    expect(a.missingTerms ?? []).not.toContain("対策");
  });

  it("reads the asker's own state (異動してきたばかり, 把握できていません) as no subject of the answer", async () => {
    const a = await engine.ask(
      "異動してきたばかりで、映画を使ったPRが今後どうなるのか把握できていません。その事業の方向性を教えてください。",
    );
    expect(keys(a)[0]).toBe("7-1#4");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.searchedWords).not.toContain("把握");
    expect(a.missingTerms).not.toContain("異動");
  });

  it("counts answers apart from related projects", async () => {
    const a = await engine.ask("ＷｉーＦｉの整備");
    expect(keys(a)[0]).toBe("7-2#9");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.answered).toBeLessThanOrEqual(a.projects.length);
  });

  it.each([
    ["来週の会議で使うので、マイナンバーカードの担当課を教えて", "7-2#17"],
    ["ふるさと納税の件ですが、担当は誰？", "7-1#2"],
    ["お疲れ様です。ホームページの件でご相談なのですが、担当の課を教えていただけますでしょうか", "7-1#3"],
    ["マイナンバーカードの連絡先", "7-2#17"],
    ["マイナンバーカードの担当の電話番号は？", "7-2#17"],
    ["ふるさと納税の問い合わせ先", "7-1#2"],
    ["コーチング研修ってある？", "7-3#1"],
    ["おくやみの窓口の話", "7-2#15"],
    ["来週の係会で話が出そうなんだけど、マイナンバーカードの出張申請ってあったっけ？", "7-2#17"],
    ["明日聞かれそうなんだけど、マイナンバーカードの担当課ってどこ？", "7-2#17"],
  ])("finds the subject of a message in Slack's register: %s", async (q, first) => {
    const a = await engine.ask(q);
    expect(keys(a)[0]).toBe(first);
    expect(a.answered).toBeGreaterThan(0);
  });

  const ofDepartment = (name: string) =>
    plan.projects.filter((p) => p.department.startsWith(name)).map(projectKey);
  it.each([
    ["市民課がやってる事業", "市民課"],
    ["収納課の仕事", "収納課"],
    ["市民課の担当者は誰？", "市民課"],
    ["人権・男女共生課が持ってる事業", "人権・男女共生課"],
    // The words around it ask no subject: a share (持ち分, 受け持ち), an occasion (議会の資料で).
    ["人事課の持ち分の事業ってどれ？", "人事課"],
    ["収納課の受け持ちの事業を確認したいです", "収納課"],
    // Probe 41: what a department holds (持ち物) and its jurisdiction (管轄).
    ["人事課の持ち物ってどれだっけ", "人事課"],
    ["財産活用課の管轄", "財産活用課"],
    ["議会の資料で人事課の事業", "人事課"],
    // How to reach it (電話番号, 問い合わせ先) is no subject: the plan has no numbers, but has the department.
    ["市民課の電話番号は？", "市民課"],
    ["収納課の問い合わせ先", "収納課"],
  ])("answers %s with exactly the department's projects", async (q, dept) => {
    const a = await engine.ask(q);
    expect(keys(a).sort()).toEqual(ofDepartment(dept).sort());
    expect(a.answered).toBe(a.projects.length);
  });

  it.each([
    ["広報課の事業ある？", "広報課"],
    ["総務課の事業", "総務課"],
    ["広報課のR5の事業", "広報課"],
  ])("answers %s, a department the plan does not have, with none, saying so", async (q, dept) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toContain(`「${dept}」は計画の担当課にありません`);
  });

  it("names the plan's departments whose names share a word with one it lacks (情報政策課, probe 159)", async () => {
    const a = await engine.ask("情報政策課の事業を教えて");
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toContain(
      "「情報政策課」は計画の担当課にありません。名前の近い担当課: 政策企画課、情報システム課。",
    );
  });

  it.each([
    ["人事課と財政課の担当事業を比較してください。"],
    ["財政課と人事課の事業は？"],
    ["人事課や情報政策課の事業"],
  ])(
    "answers %s with the plan's department's projects, naming the other as none of the plan's (probe 160)",
    async (q) => {
      const a = await engine.ask(q);
      const own = plan.projects.filter((p) => p.department === "人事課").map(projectKey);
      expect(own.length).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered)).toEqual(own);
      expect(a.notes[0]).toMatch(/^「(?:財政課|情報政策課)」は計画の担当課にありません/);
    },
  );

  it.each([
    ["危機管理課の事業", "projects sharing a generic part of the name (管理)"],
    ["保育課の事業", "none, when no project shares its name's words (probe 41)"],
  ])("names the plan's departments for %s, not %s, in the plan's order", async (q) => {
    const a = await engine.ask(q);
    const unit = q.replace("の事業", "");
    expect(a.projects).toEqual([]);
    expect(a.missingTerms).toEqual([]);
    // The order the plan's table first lists them in (probe 51 found them in no order it could tell).
    const inPlanOrder = plan.projects.map((p) => p.department).filter((d, i, all) => all.indexOf(d) === i);
    expect(inPlanOrder).toHaveLength(engine.catalog.departments.length);
    // (Besides, perhaps, that the bot reads one chapter: a department of another may have projects there.)
    expect(a.notes.filter((n) => !n.includes("の章だけです"))).toEqual([
      `「${unit}」は計画の担当課にありません。`,
      `計画の担当課: ${inPlanOrder.join("、")}`,
    ]);
  });

  it.each([
    ["広報課の事業を教えて", "a department whose name's words the plan has (広報)"],
    ["危機管理課の防災の事業", "a subject asked beside the department"],
    // (Probe 41's 税務課 had none; 税務 is the office's word for the plan's 市税 — probe 248.)
    ["税務課の事業", "a department whose work the plan names in its own word (税務: 市税)"],
  ])("still shows related projects for %s: %s", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(0);
    expect(a.projects.length).toBeGreaterThan(0);
  });

  it.each([["財政課の田中です。マイナンバーカードの担当課は？"], ["空調の所管課"], ["課題の多い事業"]])(
    "does not take the asker's own unit, a word for the department in charge or 課題 for a department: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.notes.join("")).not.toContain("担当課にありません");
    },
  );

  it("answers a department left out with every other project of the code", async () => {
    const a = await engine.ask("7-2-4の財産活用課以外の事業");
    const want = plan.projects
      .filter((p) => p.initiative === "7-2-4" && p.department !== "財産活用課")
      .map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.sort());
  });

  it("answers a code named in the context, when the ask names no subject, with all of the code", async () => {
    const a = await engine.ask("先日の会議で7-2-4の話が出たのですが、どんな事業がありましたっけ？");
    expect(keys(a).sort()).toEqual(
      plan.projects
        .filter((p) => p.initiative === "7-2-4")
        .map(projectKey)
        .sort(),
    );
  });

  it("keeps the context's subject when only a year of the preamble stands beside an ask without one", async () => {
    const a = await engine.ask(
      "お疲れ様です。来年度の予算要求の準備をしていまして、マイナンバーカードの普及がどうなっているか確認したいのですが、関係する事業を教えてください。",
    );
    expect(keys(a)[0]).toBe("7-2#17");
  });

  it.each([
    ["担当されている課と、令和4年度以降の方針を教えていただけますでしょうか。"],
    ["担当されている課と、今後の方針を教えていただけますでしょうか。"],
    ["担当課と令和4年度以降の方向性を教えてください。"],
  ])("reads the subject from the sentence before an ask only for fields (…。%s)", async (ask) => {
    const a = await engine.ask(
      `お疲れ様です。マイナンバーカードの申請を手伝う出張サポートを地域のイベントでお願いしたいと考えています。${ask}`,
    );
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.answered).toBeGreaterThan(0);
  });

  it.each([
    ["その事業の状況を教えてください。"],
    ["その事業の担当課と、何年度まで続くのかを教えてください。"],
    ["計画上は何年度まで載っているのか、念のため確認させてください。"],
    // Probe 48: how the plan places it, or when it is done.
    ["計画上の年度の扱いを教えていただけますでしょうか。"],
    ["いつから始まる扱いになっていますか。"],
    ["どの事業で、いつ実施するものでしょうか。"],
  ])(
    "labels the project the sentence before names 該当 when the ask only points back at it for fields (…。%s)",
    async (ask) => {
      const a = await engine.ask(`すみません、コーチングの研修をやっていると思うのですが。${ask}`);
      expect(keys(a)[0]).toBe("7-3#1");
      expect(a.answered).toBeGreaterThan(0);
      expect(a.searchedWords).toContain("コーチング");
      expect(a.missingTerms).not.toContain("扱い");
    },
  );

  it("answers a count and a when of the projects a sentence says the asker took over (…関連の事業を引き継いだのですが、…) (probe 48)", async () => {
    const a = await engine.ask(
      "お疲れ様です。4月から政策企画課に配属されました。前任者から「リノベのいばらき」関連の事業を引き継いだのですが、計画にはいくつ載っていて、それぞれ何年度まで続く予定なのか教えていただけますか。",
    );
    const renova = plan.projects.filter((p) => p.name.includes("リノベのいばらき"));
    expect(renova.length).toBe(2);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(renova.map(projectKey).sort());
  });

  it("searches the sentence an ask of a year's direction points back at, though its words match only in part", async () => {
    const a = await engine.ask("ドローンで公共施設を点検する話を聞きました。その事業の令和5年度の方向性は？");
    expect(a.intent).toBe("search");
    expect(keys(a)[0]).toBe("7-2#6");
  });

  it("says いいえ of the project the context says exists when the ask is whether it is listed in a range (probe 40)", async () => {
    const a = await engine.ask(
      "お世話になっております。DV被害を受けた方を保護する民間シェルターへの支援について、補助の事業があったかと思います。令和5年度以降も計画に載っているか確認したいです。",
    );
    expect(a.intent).toBe("search");
    expect(a.notes[0]).toMatch(
      /^いいえ。配偶者暴力被害者等セーフティネット充実支援事業は令和5年度〜7年度の計画に記載がありません/,
    );
  });

  it("answers the project the context asks about when a second sentence asks whether it goes on past the plan", async () => {
    const a = await engine.ask(
      "返礼品を充実させる取組が計画にどう書かれているか確認したいです。来年度以降も続く予定かどうかもあわせて教えてください。",
    );
    expect(keys(a)[0]).toBe("7-1#2");
    expect(a.answered).toBeGreaterThan(0);
  });

  const listedIn = (years: readonly ("R3" | "R4" | "R5" | "R6" | "R7")[], from = plan.projects) =>
    from.filter((p) => years.every((y) => p.directions[y] !== undefined)).map(projectKey);
  it.each([
    [
      "施策7-3の人材育成関係の事業について、令和6年度に方向性が入っているものがあるか確認させてください。",
      ["R6"] as const,
      "7-3",
    ],
    [
      "施策7-2の事業で、R3からR7まで全部の年度で方向性が入っているものはどれ？",
      ["R3", "R4", "R5", "R6", "R7"] as const,
      "7-2",
    ],
  ])("reads 方向性が入っている as listed: %s (dev45)", async (q, years, policy) => {
    const a = await engine.ask(q);
    const want = listedIn(
      years,
      plan.projects.filter((p) => p.policy === policy),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });

  it("searches the sentence before for 「どの事業で何年度まで」, never 年度 itself (dev45)", async () => {
    const a = await engine.ask(
      "庁内のチャットツールやWeb会議の仕組みを充実させる予定があると聞きましたが、どの事業で何年度まで予定されているか教えていただけますか。",
    );
    expect(a.searchedWords).not.toContain("年度");
    expect(keys(a).slice(0, 3)).toContain("7-2#20");
  });

  it("reads その年度 as the year the sentence before names, not as a subject to search (dev45)", async () => {
    const a = await engine.ask(
      "令和5年度の予算編成に向けて整理しています。その年度に完了になっている事業があれば教えてください。",
    );
    expect(a.intent).toBe("filter");
    expect(a.filters.years).toEqual(["R5"]);
    expect(a.answered).toBeGreaterThan(0);
  });

  it("reads R7時点で as the year, not 時点 as a subject (dev45)", async () => {
    const a = await engine.ask(
      "市民生活相談課の事業について確認しています。R7時点でも継続になっていますか。",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects
        .filter((p) => p.department.startsWith("市民生活相談課") && p.directions.R7 === "継続")
        .map(projectKey),
    );
    expect(a.answered).toBeGreaterThan(0);
  });

  it("names the words it searched as the asker wrote them, not the background before the ask", async () => {
    const a = await engine.ask("来週の会議で使うので、Ｗｉ－Ｆｉの担当課は？");
    expect(a.searchedWords).toEqual(["Ｗｉ－Ｆｉ"]);
    expect((await engine.ask("7-4-2")).searchedWords).toEqual([]);
  });

  it("answers a subject's direction in years it has none with the project, saying so, not with none", async () => {
    const a = await engine.ask("マイナンバーカードの令和6年度の方向性は？");
    expect(keys(a)[0]).toBe("7-2#17");
    expect(a.filters.years).toEqual([]);
    expect(a.answered).toBe(1);
    // (One project and one year: said in a sentence, which names the years it is listed in.)
    expect(a.notes[0]).toBe(
      "マイナンバーカードの普及促進は令和6年度の計画に記載がありません（記載は令和3年度・令和4年度、R4 継続まで）。",
    );
  });

  it.each([
    ["来年度予算の査定にあたり、令和4年度の方向性を教えてください。"],
    // 議会 is an occasion (framing), though the plan's 協議会 holds it: a framing word names no project.
    ["議会答弁の準備をしています。令和4年度の方向性を教えてください。"],
    // Words about the asking name no project even where projects hold them (市).
    ["市の関係で確認しています。令和4年度の方向性を教えてください。"],
  ])(
    "keeps a year's list when the sentence before an ask only for fields names no project: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.intent).toBe("filter");
      expect(keys(a).sort()).toEqual(
        plan.projects
          .filter((p) => p.directions.R4 !== undefined)
          .map(projectKey)
          .sort(),
      );
    },
  );

  it("narrows a department's projects by the subject said before the ask", async () => {
    const a = await engine.ask(
      "お疲れ様です。ふるさと納税の返礼品の件で、まち魅力発信課でやっている事業を教えてください。",
    );
    expect(keys(a)[0]).toBe("7-1#2");
    expect(a.projects.every((p) => p.department === "まち魅力発信課")).toBe(true);
    expect(a.projects.length).toBeLessThan(
      plan.projects.filter((p) => p.department === "まち魅力発信課").length,
    );
  });

  it.each([
    ["令和3年度に始まって令和4年度に終わった事業", "R3", ["新規", "新規完了"], "R4", ["完了", "新規完了"]],
    [
      "2021年度に新規で始まって2022年度に完了した事業",
      "R3",
      ["新規", "新規完了"],
      "R4",
      ["完了", "新規完了"],
    ],
    ["令和3年度に臨時拡充で令和4年度に完了した事業", "R3", ["臨時拡充"], "R4", ["完了", "新規完了"]],
    ["R3新規でR4完了の事業", "R3", ["新規", "新規完了"], "R4", ["完了", "新規完了"]],
  ])("answers %s with the projects meeting both years' directions", async (q, y1, d1, y2, d2) => {
    const a = await engine.ask(q);
    const has = (p: (typeof plan.projects)[number], y: string, ds: string[]) =>
      ds.includes((p.directions as Record<string, string>)[y] ?? "");
    const want = plan.projects.filter((p) => has(p, y1, d1) && has(p, y2, d2)).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.sort());
    expect(a.intent).toBe("filter");
  });

  const ANY = ["新規", "継続", "拡充", "臨時拡充", "縮小", "完了", "新規完了"];
  const NEW = ["新規", "新規完了"];
  const DONE = ["完了", "新規完了"];
  const MORE = ["拡充", "臨時拡充"];
  it.each([
    ["令和3年度に拡充して令和4年度も拡充する事業", "R3", MORE, true, "R4", MORE, true],
    ["R3もR4も臨時拡充の事業", "R3", ["臨時拡充"], true, "R4", ["臨時拡充"], true],
    ["R3とR4の両方で拡充の事業", "R3", MORE, true, "R4", MORE, true],
    [
      "令和3年度・令和4年度ともに臨時拡充になっている事業",
      "R3",
      ["臨時拡充"],
      true,
      "R4",
      ["臨時拡充"],
      true,
    ],
    ["R3とR4のどちらも拡充してる事業", "R3", MORE, true, "R4", MORE, true],
    ["R3、R4いずれも方向性が拡充の事業", "R3", MORE, true, "R4", MORE, true],
    ["令和3年度と令和4年度、どちらも拡充の事業", "R3", MORE, true, "R4", MORE, true],
    ["R3とR4どっちも拡充のやつ", "R3", MORE, true, "R4", MORE, true],
    // が before ともに (probe 160: either year's 7 had answered for 1).
    ["R3とR4がともに臨時拡充の事業", "R3", ["臨時拡充"], true, "R4", ["臨時拡充"], true],
    // でも…でも, にも…にも: both, as も…も (probe 149 had read either year: 20 projects).
    ["R3でもR4でも拡充になってるやつ", "R3", MORE, true, "R4", MORE, true],
    ["令和3年度にも令和4年度にも臨時拡充の事業", "R3", ["臨時拡充"], true, "R4", ["臨時拡充"], true],
    ["令和3年度に引き続き令和4年度も拡充となっている事業", "R3", MORE, true, "R4", MORE, true],
    // The direction said again of the second year with も (probe 179 had read either year: 20 projects).
    ["R3で拡充、R4でも拡充の事業", "R3", MORE, true, "R4", MORE, true],
    ["R3から続いてR4も拡充の事業", "R3", MORE, true, "R4", MORE, true],
    ["令和3年度に新規で、令和7年度まで続く事業", "R3", NEW, true, "R7", ANY, true],
    ["令和4年度にまだ記載があって、令和5年度には記載がない事業", "R4", ANY, true, "R5", ANY, false],
    ["R3に新規の事業のうち、R4で完了するもの以外", "R3", NEW, true, "R4", DONE, false],
    ["R3に新規の事業でR4に完了しないもの", "R3", NEW, true, "R4", DONE, false],
    ["R5には載ってるけどR6には載ってない事業", "R5", ANY, true, "R6", ANY, false],
    ["令和5年度に書かれていて令和6年度に書かれていない事業", "R5", ANY, true, "R6", ANY, false],
  ])("answers %s with both years' conditions, each held or denied", async (q, y1, d1, h1, y2, d2, h2) => {
    const a = await engine.ask(q);
    const has = (p: (typeof plan.projects)[number], y: string, ds: string[]) =>
      ds.includes((p.directions as Record<string, string>)[y] ?? "");
    const want = plan.projects.filter((p) => has(p, y1, d1) === h1 && has(p, y2, d2) === h2).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.sort());
    expect(a.intent).toBe("filter");
  });

  const span = (from: string, to: string) =>
    ["R3", "R4", "R5", "R6", "R7"].filter((y) => y >= from && y <= to);
  it.each([
    ["令和3年度に始まって、その後完了した事業", "R3", NEW, span("R4", "R7"), DONE],
    ["R3に新規、のちに完了", "R3", NEW, span("R4", "R7"), DONE],
    ["R3に臨時拡充で、そのあと完了した事業", "R3", ["臨時拡充"], span("R4", "R7"), DONE],
    ["R3に新規でR5までに完了する事業", "R3", NEW, span("R3", "R5"), DONE],
    ["R3に始まってR4以降に終わる事業", "R3", NEW, span("R4", "R7"), DONE],
    ["令和3年度に始まってその年度内に完了する事業", "R3", NEW, span("R3", "R3"), DONE],
    ["R3に新規で同じ年度に完了", "R3", NEW, span("R3", "R3"), DONE],
  ])(
    "answers %s with the first year's direction and the second in some year of its span",
    async (q, y1, d1, years, d2) => {
      const a = await engine.ask(q);
      const has = (p: (typeof plan.projects)[number], y: string, ds: string[]) =>
        ds.includes((p.directions as Record<string, string>)[y] ?? "");
      const want = plan.projects
        .filter((p) => has(p, y1, d1) && years.some((y) => has(p, y, d2)))
        .map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).sort()).toEqual(want.sort());
      expect(a.notes.join("\n")).toMatch(/、かつ令和\d年度(?:〜\d年度のいずれか)?に完了・新規完了/);
    },
  );

  it.each([
    ["事業名にICTが入っている事業を全部教えて", "name", "ICT", "条件: 事業名に「ICT」を含む"],
    ["事業名に「拡充」が入ってる事業", "name", "拡充", "条件: 事業名に「拡充」を含む"],
    ["名前にＷｉ－Ｆｉとつく事業", "name", "Wi-Fi", "条件: 事業名に「Wi-Fi」を含む"],
    ["名前にICTってついてる事業", "name", "ICT", "条件: 事業名に「ICT」を含む"],
    ["ICTが事業名に入ってるのって何件？", "name", "ICT", "条件: 事業名に「ICT」を含む"],
    // The word first, said with って (probe 81).
    ["ICTって名前につく事業", "name", "ICT", "条件: 事業名に「ICT」を含む"],
    ["ICT 名前につく事業", "name", "ICT", "条件: 事業名に「ICT」を含む"],
    [
      "課名に「市民」が付く課が担当している事業をすべて",
      "department",
      "市民",
      "条件: 担当課名に「市民」を含む",
    ],
  ])(
    "answers %s with the projects whose name (or department's) holds the word",
    async (q, field, word, line) => {
      const a = await engine.ask(q);
      const want = plan.projects
        .filter((p) => (field === "name" ? p.name : p.department).normalize("NFKC").includes(word))
        .map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).sort()).toEqual(want.sort());
      expect(a.notes).toContain(line);
    },
  );

  it.each([
    // The denial was dropped, and the one project with ICT in its name answered for the three without (probe 64).
    ["施策7-5の事業で、事業名にICTが入っていないもの", "7-5", "ICT"],
    ["事業名にICTが付かない7-5の事業", "7-5", "ICT"],
    ["ICTが事業名に入ってない事業", "", "ICT"],
    ["事業名に「計画」がない事業は何件？", "", "計画"],
  ])(
    "answers %s with the projects whose name does not hold the word, and says so",
    async (q, policy, word) => {
      const a = await engine.ask(q);
      const want = plan.projects
        .filter((p) => (policy === "" || p.policy === policy) && !p.name.normalize("NFKC").includes(word))
        .map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
      expect(a.notes.join("\n")).toContain(`事業名に「${word}」を含まない`);
    },
  );

  it.each([
    ["愛センター以外でWi-Fiをやってる事業", ["7-4#1"]],
    // (Two in a row, the second by the name staff use for the 男女共生センター: probe 188 had left out neither.)
    ["愛センターとローズWAM以外でWi-Fiをやってる事業", ["7-4#1", "7-5#2"]],
    ["愛センターやローズWAMを除いたWi-Fiの事業", ["7-4#1", "7-5#2"]],
  ])("keeps out of a search's answers the projects a subject left out names: %s", async (q, out) => {
    const a = await engine.ask(q);
    expect(keys(a)[0]).toBe("7-2#9");
    for (const key of out) expect(keys(a)).not.toContain(key);
    expect(a.filters.excluded.length).toBe(out.length);
  });

  it.each([
    ["ワイファイの事業", "Wi-Fi"],
    ["ユーチューブで配信する事業", "YouTube"],
  ])(
    "reads %s, a Latin word as voice input writes it, as the plan's %s: no note of a word missing",
    async (q, word) => {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.projects[0]?.content.includes(word) || a.projects[0]?.name.includes(word)).toBe(true);
      expect(a.notes.join("\n")).not.toMatch(/計画に出てこない語/);
    },
  );

  it("says a word the text must lack as the asker wrote it (「ICT」, not the folded 「ict」)", async () => {
    const a = await engine.ask("施策7-5の事業で、ICTを含まないもの");
    expect(a.notes).toContain("条件: 本文に「ICT」を含まない");
  });

  it.each([
    // Two kanji of 政策企画課 said as who owns the projects (probe 67): 企画 alone is searched (企画立案).
    ["企画が持ってる事業ってどれだっけ", "政策企画課"],
    ["企画さんの事業", "政策企画課"],
    // A name older staff use, from dict/departments.txt, beside the plan's name or alone.
    ["電算の所管事業を一覧で", "情報システム課"],
    ["電算（情報システム課）の事業", "情報システム課"],
  ])("reads %s as the department %s's projects", async (q, department) => {
    const a = await engine.ask(q);
    expect(a.filters.departments).toEqual([department]);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(
      plan.projects
        .filter((p) => p.department === department)
        .map(projectKey)
        .sort(),
    );
  });

  it("reads 「相談の事業」 as consultations, not 市民生活相談課's projects (two kanji own only when said as owning)", async () => {
    const a = await engine.ask("相談の事業");
    expect(a.filters.departments).toEqual([]);
    expect(a.intent).toBe("search");
  });

  it.each([
    // A charge said with の (probe 67).
    ["お世話になっております。協働推進の担当です。ふるさと納税の返礼品の事業について教えてください。"],
    // Sentences a voice input ends with a space, not 。 (probe 65).
    ["お疲れ様です 市民課の山田です ふるさと納税の返礼品の事業ってありますか"],
  ])("reads the asker's unit in %s as who asks, not a condition", async (q) => {
    const a = await engine.ask(q);
    expect(a.filters.departments).toEqual([]);
    expect(a.projects[0]?.name).toBe("ふるさと寄附金推進事業");
  });

  it("reads 「三島支所の窓口担当です。」, a charge at a place, as who asks: its words are not searched (probe 70)", async () => {
    const a = await engine.ask("三島支所の窓口担当です。マイナンバーカードの出張申請ってまだやってますか");
    expect(a.projects[0]?.name).toBe("マイナンバーカードの普及促進");
    expect(a.searchedWords).not.toContain("三島");
    expect(a.searchedWords).not.toContain("支所");
  });

  it.each([
    [
      "②特定天井耐震改修に係る設計委託及び応急修繕を実施する。\t\t\tR3\t拡充\nこの行はどの事業のものですか",
      "7-2#6",
    ],
    [
      "お疲れ様です。「①生涯学習センター、男女共生センター、三島・春日コミュニティセンターで無料Wi-Fiサービスを開始する。」の部分ですが、これはどの事業ですか。",
      "7-2#9",
    ],
  ])(
    "answers a pasted line of the plan (%j) with its project, 行 and 部分 saying only where it was copied (probe 75)",
    async (q, key) => {
      const a = await engine.ask(q);
      expect(keys(a).slice(0, a.answered)).toEqual([key]);
      expect(a.missingTerms).toEqual([]);
    },
  );

  it("answers no いいえ for a word the plan lacks said only before the ask (where the asker works) (probe 74)", async () => {
    const a = await engine.ask(
      "お世話になります。沢良宜のいのち・愛・ゆめセンターで相談業務をしています。コロナ以降、オンラインで講座や相談をしたいという声が増えていますが、それに関係する事業はありますでしょうか。",
    );
    expect(a.verdict).toBeUndefined();
    expect(a.notes).toContain("『沢良宜』は計画に出てこない語のため、それ以外の語で探しました。");
    expect(keys(a)[0]).toBe("7-4#1");
  });

  it.each([
    [
      "お疲れ様です。次の議会の一般質問で、ふるさと納税の返礼品について取り上げられる見込みです。関連する事業を教えていただけますか。",
      "ふるさと寄附金推進事業",
    ],
    [
      "委員会で空調の改修について聞かれそうです。事業と担当課を教えてください。",
      "公共施設空調・照明設備改修事業",
    ],
    [
      "質問通告がありました。おくやみコーナーの事業の方向性を教えてください。",
      "おくやみ関連手続きワンストップコーナーの設置",
    ],
  ])(
    "reads the council's occasion in %s (一般質問, 委員会, 質問通告) as where one was asked, not as words to find (probe 64)",
    async (q, name) => {
      const a = await engine.ask(q);
      expect(a.projects[0]?.name).toBe(name);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.missingTerms ?? []).toEqual([]);
      expect((a.searchedWords ?? []).join("・")).not.toMatch(/一般|質問|委員|通告/);
    },
  );

  it.each([
    ["市民会館跡地の事業の完了の年度を教えて", 2],
    // The subject in the sentence before the ask (a voice input's spaces for its sentence ends) (probe 65).
    [
      "お疲れ様です 市民会館跡地の件で 問い合わせがありました 関係する事業と完了の年度を教えていただけますか",
      2,
    ],
  ])("reads 「完了の年度を教えて」 in %s as when they complete, said a line each", async (q, n) => {
    const a = await engine.ask(q);
    const lines = a.notes.filter((l) => /^市民会館跡地エリア.+の完了は令和5年度です/.test(l));
    expect(lines).toHaveLength(n);
    expect(a.filters.directions).toEqual([]);
  });

  // (The direction as a verb before 年度: probe 141 had read 始まった as 新規, and listed every 新規 project.)
  it.each([
    [
      "LGBTの方の相談窓口を開設する事業があったと思うのですが、担当課と始まった年度を教えてください。",
      "セクシュアルマイノリティ啓発・相談事業の開始（新規）は令和3年度です（R3 新規）。",
    ],
    [
      "ロケ地ツアーの事業が終わる年度は？",
      "計画には、映画「葬式の名人」活用プロモーション事業の完了の記載はありません",
    ],
    [
      "コーチング研修を始めた年度は？",
      "組織力強化に向けたコーチング研修の実施の開始（新規）は令和3年度です（R3 新規）。",
    ],
  ])(
    "reads the year a direction is said as a verb before (%s) as when, not as a condition",
    async (q, line) => {
      const a = await engine.ask(q);
      expect(a.notes[0]?.startsWith(line)).toBe(true);
      expect(a.answered).toBe(1);
    },
  );

  it("reads a voice input's clause joint and filler (…作っておりまして あのー …) as why one asks, not a day asked about", async () => {
    const a = await engine.ask(
      "お疲れ様です 来週の庁内会議で説明する資料を作っておりまして あのー 亡くなった方のご遺族の手続きをワンストップで支援する窓口の事業について 目的と担当課を教えていただけますでしょうか",
    );
    expect(a.projects[0]?.name).toBe("おくやみ関連手続きワンストップコーナーの設置");
    expect(a.notes.join("\n")).not.toContain("日付や時刻");
  });

  it("reads 「（通常の拡充は除く）」 as the plain 拡充 left out, not 通常 searched (probe 67)", async () => {
    const a = await engine.ask("令和３年度に臨時拡充となっている事業（通常の拡充は除く）");
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects.filter((p) => p.directions.R3 === "臨時拡充").map(projectKey),
    );
  });

  it.each([
    ["施策７－６の新規・拡充事業等を全件", (p: Project) => p.policy === "7-6"],
    [
      "Wi-Fiの事業を全件",
      (p: Project) => /Wi-Fi/.test(`${p.name}${p.purpose}${p.content}`.normalize("NFKC")),
    ],
  ])("reads 全件 in %s as every project asked for, not as words 全 and 件 (probe 67)", async (q, want) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(plan.projects.filter(want).map(projectKey).sort());
    expect(a.notes.join("\n")).not.toMatch(/『全』|『件』/);
  });

  it("names a word the plan lacks as the asker typed it (『ＬＡＮ』, not the folded 『lan』) (probe 67)", async () => {
    const a = await engine.ask("庁内ＬＡＮの整備の事業");
    expect(a.missingTerms).toEqual(["ＬＡＮ"]);
    expect(a.notes).toContain("『ＬＡＮ』は計画に出てこない語のため、それ以外の語で探しました。");
  });

  it.each([
    [
      "お疲れ様です。市民協働推進課で地域担当をしています。施設の照明をLEDに替える事業はどれですか。",
      "公共施設空調・照明設備改修事業",
    ],
    [
      "こんにちは。人事課で研修を担当しています。マイナンバーカードの取得を手伝う事業を教えてください。",
      "マイナンバーカードの普及促進",
    ],
    ["財産活用課に勤務しています。ふるさと納税の事業は？", "ふるさと寄附金推進事業"],
    // What the asker is busy with there (probe 100).
    [
      "人権・男女共生課で講座の準備をしております。マイナンバーカードの取得を手伝う事業を教えてください。",
      "マイナンバーカードの普及促進",
    ],
    ["人事課で資料作成の作業をしています。ふるさと納税の事業は？", "ふるさと寄附金推進事業"],
    // What the asker is making or doing there, in any verb (probe 102).
    ["政策企画課でSDGsの対応表を作っています。ふるさと納税の事業は？", "ふるさと寄附金推進事業"],
    [
      "人事課で議会答弁の資料をまとめております。マイナンバーカードの取得を手伝う事業を教えてください。",
      "マイナンバーカードの普及促進",
    ],
  ])("reads where the asker works (%s) as who asks, not a condition (probe 68)", async (q, name) => {
    const a = await engine.ask(q);
    expect(a.filters.departments).toEqual([]);
    expect(a.projects[0]?.name).toBe(name);
  });

  it.each([
    ["人事課で担当している事業は？"],
    ["人事課で研修をやっています？"],
    ["人事課でやっている事業は？"],
  ])("still reads a department the question asks about with で (%s)", async (q) => {
    const a = await engine.ask(q);
    expect(a.filters.departments).toEqual(["人事課"]);
  });

  it.each([
    ["2年以上続けて拡充している事業"],
    ["拡充が2年以上続いている事業"],
    ["拡充が連続で2年以上の事業"],
  ])("reads %s as a run of 拡充 of two years or more, not a search of 拡充 (probe 69)", async (q) => {
    const a = await engine.ask(q);
    const widened = ["拡充", "臨時拡充"];
    const want = plan.projects.filter((p) => {
      const ys = ["R3", "R4", "R5", "R6", "R7"] as const;
      return ys.some(
        (y, i) =>
          i > 0 &&
          widened.includes(p.directions[y] ?? "") &&
          widened.includes(p.directions[ys[i - 1] as (typeof ys)[number]] ?? ""),
      );
    });
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it.each([
    ["市民会館跡地の", "事業の方向性を教えて"],
    ["マイナンバーカードの普及促進の", "担当課"],
  ])(
    "reads a question typed in two messages, the first cut short (%s / %s), as one (probe 68)",
    async (first, second) => {
      const a = await engine.ask(second, { previous: goesOnFrom(await engine.ask(first)) });
      const whole = await engine.ask(`${first}${second}`);
      expect(a.answered).toBeGreaterThan(0);
      expect(keys(a).slice(0, a.answered)).toEqual(keys(whole).slice(0, whole.answered));
      expect(a.readAs).toBe(`${first}${second}`);
    },
  );

  it("narrows a search's few answers by a year among themselves (Wi-Fiの事業ってある？ → そのうちR5以降も載ってるのは？) (probe 69)", async () => {
    const list = await engine.ask("Wi-Fiの事業ってある？");
    expect(list.projects.length).toBe(list.answered);
    const a = await engine.ask("そのうちR5以降も載ってるのは？", { previous: goesOnFrom(list) });
    const want = list.projects
      .slice(0, list.answered)
      .filter((p) => p.directions.R5 || p.directions.R6 || p.directions.R7);
    expect(want.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("asks the question before of another year and direction together (→ じゃあR3に新規完了は？) (probe 69)", async () => {
    const list = await engine.ask("7-4から7-6の事業でR4に完了するもの");
    const a = await engine.ask("じゃあR3に新規完了は？", { previous: goesOnFrom(list) });
    expect(a.verdict).toBeUndefined();
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects
        .filter((p) => ["7-4", "7-5", "7-6"].includes(p.policy) && p.directions.R3 === "新規完了")
        .map(projectKey),
    );
  });

  it("asks it of a span and a verb of a direction after じゃあ (じゃあR5以降も続くのは？, probe 155)", async () => {
    const a = await chainOf(["人権・男女共生課の事業で、R4で完了するもの", "じゃあR5以降も続くのは？"]);
    const want = plan.projects.filter(
      (p) =>
        p.department === "人権・男女共生課" &&
        (["R5", "R6", "R7"] as const).some((y) => p.directions[y] === "継続"),
    );
    expect(want.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("narrows with じゃあ and a span when the question before names no unit to keep (じゃあR7まで続くのは？, review)", async () => {
    const list = await engine.ask("R3に拡充する事業");
    const a = await engine.ask("じゃあR7まで続くのは？", { previous: goesOnFrom(list) });
    const want = list.projects.slice(0, list.answered).filter((p) => p.directions.R7 !== undefined);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("narrows with a span and a verb said without じゃあ (R7まで続くのは？ after R3に新規の事業)", async () => {
    const list = await engine.ask("R3に新規の事業");
    const a = await engine.ask("R7まで続くのは？", { previous: goesOnFrom(list) });
    const want = list.projects.slice(0, list.answered).filter((p) => p.directions.R7 !== undefined);
    expect(want.length).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("reads a project named in full with 拡充 in its name as the project, whatever year is asked of it (probe 155)", async () => {
    const a = await engine.ask("チャレンジいばらき補助金の拡充はR7まで続く？");
    const project = plan.projects.find((p) => p.name === "チャレンジいばらき補助金の拡充") as Project;
    expect(project.directions.R7).toBeUndefined();
    expect(a.filters.directions).toEqual([]);
    expect(a.leads?.[0]).toMatch(
      /^いいえ。チャレンジいばらき補助金の拡充は令和7年度の計画に記載がありません/,
    );
  });

  it("says how many of a list are listed in a year when some are not, not はい (R7まで続くってことでいい？, probe 155)", async () => {
    const a = await chainOf(["7-6の事業を見せて", "R7まで続くってことでいい？"]);
    const all = plan.projects.filter((p) => p.policy === "7-6");
    const listed = all.filter((p) => p.directions.R7 !== undefined);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(all.length);
    expect(a.leads?.[0]).toMatch(
      new RegExp(`^${all.length}件のうち${listed.length}件が令和7年度も計画に載っています`),
    );
  });

  it("answers 全部R7までですか of a list as whether each lasts to R7, not whether each is listed in some year to it (review-53 M1)", async () => {
    const a = await chainOf(["市民課の事業は？", "全部R7までですか"]);
    const all = plan.projects.filter((p) => p.department === "市民課");
    const listed = all.filter((p) => p.directions.R7 !== undefined);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(all.length);
    expect(a.leads?.[0]).toMatch(/^いいえ/);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(listed.map(projectKey).sort());
  });

  it("answers じゃあそれに似たのは？ with projects near its text and those of its initiative in turn, leaving it out (probe 159)", async () => {
    const first = await engine.ask("外国人の人向けのことってある？");
    const seed = first.projects[0] as Project;
    expect(first.answered).toBe(1);
    const a = await engine.ask("じゃあそれに似たのは？", { previous: goesOnFrom(first) });
    const shown = a.projects.slice(0, a.answered);
    const sameAim = (p: Project) => p.initiative === seed.initiative;
    expect(shown.length).toBe(SHOWN_WITH_RELATED);
    expect(shown).not.toContain(seed);
    expect(shown.map(sameAim)).toEqual([false, true, false, true, false]);
    expect(a.leads?.[0]).toBe(
      `「${seed.name}」に近い事業を、目的と内容の近い事業と同じ取組の事業から示します。`,
    );
  });

  it("says when, of the nearest three, when related projects only were answered before (いつまで？ after a weak match, probe 158)", async () => {
    const first = await engine.ask("あの、家から手続きできるやつってありますか");
    expect(first.answered).toBe(0);
    expect(first.projects.length).toBeGreaterThan(3);
    const a = await engine.ask("いつまで？", { previous: goesOnFrom(first) });
    expect(a.leads?.[0]).toBe("関連する可能性がある事業では:");
    const lines = a.leads?.slice(1, 4) ?? [];
    expect(lines.map((line, at) => line.includes((first.projects[at] as Project).name))).toEqual([
      true,
      true,
      true,
    ]);
    expect(a.leads?.some((line) => line.includes((first.projects[3] as Project).name))).toBe(false);
  });

  it("reads そこが他にやってるのは？ after the department was named as that department's other projects (probe 159)", async () => {
    const a = await chainOf([
      "AIとかチャットボットを使うやつ",
      "それの担当ってどこ？",
      "そこが他にやってるのは？",
    ]);
    const first = plan.projects.find((p) => p.name === "新たなICT利活用の推進") as Project;
    const want = plan.projects.filter((p) => p.department === first.department && p !== first);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("reads そのうちずっと続くのは？ as those listed to the plan's end, not 継続 in every year (probe 158)", async () => {
    const a = await chainOf(["人事課の事業は？", "そのうちずっと続くのは？"]);
    const want = plan.projects.filter((p) => p.department === "人事課" && p.directions.R7 !== undefined);
    expect(want.some((p) => p.directions.R3 === "新規")).toBe(true);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("answers 似たようなので市民が参加するやつは？ with projects like the one in view, not as a yes-or-no of the year before (probe 159)", async () => {
    const a = await chainOf([
      "空き家をリフォームして使うみたいな話ってある？",
      "それってR6も続く？",
      "似たようなので市民が参加するやつは？",
    ]);
    expect(a.verdict).toBeUndefined();
    expect(a.filters.years).toEqual([]);
    expect(a.answered).toBeGreaterThan(0);
    expect(keys(a)).not.toContain("7-7#4");
    expect(keys(a).slice(0, a.answered)).toContain("7-7#3");
  });

  it("counts more than two listed, all of them, where two named would read as all (R5も載ってる？ after 施策7-7)", async () => {
    const a = await chainOf(["施策7-7の事業", "R5も載ってる？"]);
    const all = plan.projects.filter((p) => p.policy === "7-7");
    expect(all.length).toBeGreaterThan(2);
    expect(all.every((p) => p.directions.R5 !== undefined)).toBe(true);
    expect(a.leads?.[0]).toBe(`はい。${all.length}件とも令和5年度も計画に載っています。`);
  });

  it("narrows the list in view to a department with 〜のだけにして (情報システム課のだけにして, probe 154)", async () => {
    const a = await chainOf(["R4で完了する事業は？", "人権・男女共生課以外で", "情報システム課のだけにして"]);
    const want = plan.projects.filter(
      (p) => p.department === "情報システム課" && p.directions.R4?.includes("完了"),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(plan.projects.filter((p) => p.department === "情報システム課").length);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });

  it("reads そのうちもう完了しているもの as the ones of the list that complete, not when one does (probe 155)", async () => {
    const list = await engine.ask("情報システム課の事業");
    const done = await engine.ask("そのうちもう完了しているもの", { previous: goesOnFrom(list) });
    expect(done.verdict).toBeUndefined();
    const rest = await engine.ask("残りは？", { previous: goesOnFrom(done) });
    const all = keys(list).slice(0, list.answered);
    const ended = keys(done).slice(0, done.answered);
    expect(ended.length).toBeGreaterThan(0);
    expect(keys(rest).slice(0, rest.answered).sort()).toEqual(all.filter((k) => !ended.includes(k)).sort());
  });

  it("takes back a year and direction in a chain, keeping its department (いや、R4じゃなくてR3で新規のは？) (probe 68)", async () => {
    const a = await chainOf([
      "人権・男女共生課の事業は？",
      "そのうちR4で完了のは？",
      "何件？",
      "いや、R4じゃなくてR3で新規のは？",
    ]);
    expect(keys(a).slice(0, a.answered)).toEqual(
      plan.projects
        .filter(
          (p) => p.department === "人権・男女共生課" && ["新規", "新規完了"].includes(p.directions.R3 ?? ""),
        )
        .map(projectKey),
    );
  });

  it("keeps a narrowing said casually with の (そのうち施策7-1の) apart from the pick after it (2番目のは？)", async () => {
    const a = await chainOf(["R3に臨時拡充の事業", "そのうち施策7-1の"]);
    const list = keys(a).slice(0, a.answered);
    const second = await engine.ask("2番目のは？", { previous: goesOnFrom(a) });
    expect(keys(second)).toEqual([list[1]]);
  });

  it("picks by 件目 as by 番目 (口座振替の事業 → 2件目の内容は？) (probe 68)", async () => {
    const list = await engine.ask("口座振替の事業");
    const a = await engine.ask("2件目の内容は？", { previous: goesOnFrom(list) });
    expect(keys(a)).toEqual([keys(list)[1]]);
  });

  it("reads 「来週の会議で使うので」 without its comma as why one asks, not as a day asked about (probe 65)", async () => {
    const a = await engine.ask("来週の庁内会議で使うのでおくやみコーナーの担当課を教えてください");
    expect(a.notes.join("\n")).not.toContain("日付や時刻");
    expect(a.projects[0]?.name).toContain("おくやみ");
  });

  it("reads a context clause ending in 確認したく、 as background, not as words the projects must hold", async () => {
    const a = await engine.ask(
      "予算要求の前に確認したく、リノベのいばらき関係の事業で令和6年度にも載っているものを教えてください。",
    );
    expect(keys(a)).toEqual(
      plan.projects.filter((p) => p.name.includes("リノベのいばらき") && p.directions.R6).map(projectKey),
    );
    expect(a.answered).toBe(1);
  });

  it("answers a yes/no about a project by the project whose name holds the words, not one whose content mentions them", async () => {
    const a = await engine.ask("ふるさと寄附金ってR7にもある？");
    expect(a.projects).toEqual([]);
    expect(a.notes.join("\n")).toContain("ふるさと寄附金推進事業（7-1-2 / 7-1 No.2）");
    const b = await engine.ask("貸室のWi-Fiの担当課は？");
    expect(keys(b).slice(0, b.answered)).toEqual(["7-2#9"]);
  });

  // Probe 28: each was answered with a whole year's projects, all 該当.
  it("answers a yes-or-no about a year after a context that says a project exists by that project, not the year's list", async () => {
    const a = await engine.ask(
      "お疲れ様です。ご家族を亡くされた方から、手続きのたびに窓口を何か所も回るのが大変だったという声をいただきました。遺族向けにまとめて手続きできる窓口を設ける事業があったかと思いますが、令和5年度以降も続く予定でしょうか。",
    );
    expect(a.intent).toBe("search");
    expect(keys(a)[0]).toBe("7-2#15");
    expect(a.answered).toBeLessThan(2);
  });

  it("searches the sentence that says a project exists as the subject, and the story before it as context", async () => {
    const a = await engine.ask(
      "市民の方から、市税の口座振替の手続きが面倒だと苦情をいただきました。施設の予約をネットでできるようにする事業があったと思いますが、どこの担当でしょうか。",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#8"]);
    // The story's words are not what was asked: never named missing from the plan.
    expect(a.notes.join("\n")).not.toContain("苦情");
  });

  it("reads what residents said (苦情が来てて) as why one asks, never a word the plan lacks", async () => {
    const a = await engine.ask(
      "市のサイトが見づらいって苦情が結構来てて、ホームページを作り直すみたいなのってあった？",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(["7-1#3"]);
    expect(a.notes.join("\n")).not.toContain("苦情");
  });

  it("reads where a resident is to be sent (紹介できる, どこを紹介したら) as why one asks: no いいえ for the word", async () => {
    const a = await engine.ask("定年退職した人が地域の役に立ちたいって言ってる。紹介できる事業ある？");
    expect(a.notes[0] ?? "").not.toMatch(/^いいえ/);
    expect(a.missingTerms).not.toContain("紹介");
    expect(a.notes.join("\n")).not.toContain("紹介』");
  });

  it("reads where to refer someone (つなぎ先になる事業) as why one asks: the matter told before it is the subject (probe 312)", async () => {
    const a = await engine.ask("DVの相談を受けた。つなぎ先になる事業はある？");
    expect(keys(a)[0]).toBe("7-5#4");
    expect(a.missingTerms).not.toContain("つなぎ");
  });

  it("reads everyday words for a mainframe (大型コンピュータ, 汎用機) as the plan's ホストシステム", async () => {
    const a = await engine.ask("古い大型コンピュータの仕組みを作り直す話ってどこでやってる？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#21"]);
  });

  it("reads 会社 and 企業 as the plan's 民間事業者", async () => {
    const a = await engine.ask("市の施設に会社の名前を付けて収入を得るような取り組みはある？");
    expect(keys(a)[0]).toBe("7-2#7");
  });

  it.each([["役所に来なくても申請できるようにする事業"], ["窓口に行かなくていいようにする取組"]])(
    "reads not having to go to the offices in %s as the plan's online procedures, not the counter's tablet (probe 142)",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a)[0]).toBe("7-2#13");
    },
  );

  it("reads 申請 as the plan's 申込み (電子申込みシステム): applying online is 行政手続のオンライン化", async () => {
    const a = await engine.ask("市役所に来なくても家からネットで申請できるようにする取り組みを知りたい");
    expect(keys(a)[0]).toBe("7-2#13");
  });

  it("reads residents' 話し合い as the plan's ワークショップ", async () => {
    const a = await engine.ask("地域の困りごとを住民同士で話し合う場づくり");
    expect(keys(a)[0]).toBe("7-6#2");
  });

  // Probe 29's table of everyday words the plan says otherwise (general and municipal vocabulary only).
  it.each([
    ["古い建物を長持ちさせる工事", "7-4#3"],
    ["市の施設の統廃合を考える事業", "7-2#5"],
    ["隣保館の講座をオンラインでできるようにする話", "7-4#1"],
    ["女性センターでオンライン講座ができるようにする件", "7-5#2"],
    ["身内に不幸があった人向けの事業", "7-2#15"],
    ["聖地巡礼の事業", "7-1#4"],
    ["ChatGPTを業務に使う話", "7-2#18"],
  ])("finds what %s means under the plan's own word", async (q, key) => {
    const a = await engine.ask(q);
    expect(keys(a)[0]).toBe(key);
  });

  it.each([["古いクーラーを新しくする事業"], ["庁舎の電球の交換"]])(
    "reads %s as the plan's 空調 or 照明, an answer and not only related",
    async (q) => {
      const a = await engine.ask(q);
      expect(keys(a).slice(0, a.answered)).toEqual(["7-2#10"]);
    },
  );

  it("reads 概要 and スケジュール as what one wants to know of a project, never words the plan lacks", async () => {
    for (const q of ["ふるさと納税の事業の概要を教えてください", "市民会館跡地の整備のスケジュールは？"]) {
      const a = await engine.ask(q);
      expect(a.answered).toBeGreaterThan(0);
      expect(a.missingTerms).toEqual([]);
    }
  });

  it("reads 計画づくり and 計画を作る as the plan's 策定, not as the づくり of 地域づくり", async () => {
    const plans = await engine.ask("新しい計画づくりの事業");
    expect(keys(plans).slice(0, plans.answered)).toContain("7-5#1");
    expect(keys(plans).slice(0, plans.answered)).not.toContain("7-4#4");
    const equality = await engine.ask("男女平等の計画づくり");
    expect(keys(equality).slice(0, equality.answered)).toEqual(["7-5#1"]);
  });

  it("reads お金を出す in any form (出してくれた) as the plan's 補助金", async () => {
    const a = await engine.ask("コロナのときに市民団体の活動にお金を出してくれた制度");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-7#2"]);
  });

  it.each([
    ["部屋の予約をネットでできるようにする仕組み", "7-2#8"],
    ["施設の部屋を借りた人がインターネットを使えるようにする取り組み", "7-2#9"],
    ["貸し部屋のネット環境を整える事業", "7-2#9"],
  ])(
    "reads a rented room (貸し部屋, 部屋を借りた人) as the plan's 貸室, and a room alone as no 貸室: %s",
    async (q, key) => {
      const a = await engine.ask(q);
      expect(keys(a)[0]).toBe(key);
    },
  );

  it("reads 対応している事業 as a word about the asking: what was relayed before it is the subject", async () => {
    const a = await engine.ask(
      "議員さんから「公共施設のエアコンが古くて、フロンの規制に引っかかるんじゃないか」と質問がありました。対応している事業と今後の予定を教えていただけますか",
    );
    expect(a.searchedWords).toContain("エアコン");
    expect(keys(a)[0]).toBe("7-2#10");
  });

  it("reads the customer one serves (お客様から…と聞かれ) as who asked, never a word the plan lacks", async () => {
    const a = await engine.ask("お客様から口座振替の手続きを聞かれました。そうした事業はありますか");
    expect(a.notes.join("\n")).not.toContain("お客様");
  });

  it("reads トップページ as the plan's トップ画面", async () => {
    const a = await engine.ask("トップページを作り直す事業");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-1#3"]);
  });

  it("reads everyday words for helping (手伝う) as the plan's サポート", async () => {
    const a = await engine.ask("マイナンバーカードの申請を手伝ってくれる事業");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#17"]);
  });

  it("answers an ask for a project's name and directions through a year with the project the context names", async () => {
    const a = await engine.ask(
      "お疲れ様です。財産活用課です。庁舎の空調更新とLED化について、他課から年次計画の問い合わせがありました。計画上の事業名と、令和7年度までの方向性を念のため確認させてください。",
    );
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#10"]);
  });

  it("reads the context as the subject when the ask names none but words about the asking (関連する事業を教えて)", async () => {
    const a = await engine.ask(
      "施設管理の担当です。貸室でオンライン会議用のWi-Fiがほしいという声があります。関連する事業を教えてください。",
    );
    expect(keys(a)[0]).toBe("7-2#9");
  });

  it.each([
    ["コミセンの管理運営事業", "7-6#4"],
    ["貸室wifiの課", "7-2#9"],
    ["マイナの担当どこ", "7-2#17"],
  ])(
    "answers %s by the project whose name holds every word asked, read as terms (abbreviations, spellings)",
    async (q, key) => {
      const a = await engine.ask(q);
      expect(keys(a).slice(0, a.answered)).toEqual([key]);
      expect(a.projects.length).toBeGreaterThan(a.answered);
    },
  );

  it("keeps a later sentence that leaves directions out with the ask (…を教えてください。臨時拡充は除いてください。)", async () => {
    const a = await engine.ask(
      "お疲れ様です。財産活用課の事業で令和3年度に拡充のものを教えてください。臨時拡充は除いてください。",
    );
    const want = plan.projects.filter((p) => p.department === "財産活用課" && p.directions.R3 === "拡充");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a)).toEqual(want.map(projectKey));
  });

  it("says 「拡充（臨時拡充を除く）」 on the 条件 line of 「R4に拡充の事業。臨時拡充は除く。」, as of the one sentence (probe 47)", async () => {
    const a = await engine.ask("R4に拡充の事業。臨時拡充は除く。");
    expect(filtersLine(a)).toBe("条件: 令和4年度（R4） / 拡充（臨時拡充を除く）");
  });

  it.each([
    // Probe 23: a short first sentence with no request, then one that only takes away — the year was lost.
    ["R4に拡充の事業。臨時拡充は除く。", (p: Project) => p.directions.R4 === "拡充"],
    ["R4に拡充。ただし臨時拡充は除く。", (p: Project) => p.directions.R4 === "拡充"],
    ["R5の事業。縮小は除く。", (p: Project) => p.directions.R5 !== undefined && p.directions.R5 !== "縮小"],
    ["R4に完了。新規完了は除く。", (p: Project) => p.directions.R4 === "完了"],
    [
      "R4に完了する事業。人事課のは要らない。",
      (p: Project) => ["完了", "新規完了"].includes(p.directions.R4 ?? "") && p.department !== "人事課",
    ],
    [
      "財産活用課の事業のうち、R3に拡充のもの。臨時拡充は除いてください。",
      (p: Project) => p.department === "財産活用課" && p.directions.R3 === "拡充",
    ],
    ["財産活用課の事業のうち、R4に拡充のもの。臨時拡充は除いてください。", () => false],
    // A second sentence that says it narrows (probe 24): そのうち, に絞って, に限ります, だけで大丈夫, だけで.
    [
      "財産活用課の事業は何件？そのうち臨時拡充があるのは？",
      (p: Project) => p.department === "財産活用課" && Object.values(p.directions).includes("臨時拡充"),
    ],
    [
      "令和3年度に新規の事業を知りたいです。令和4年度に完了したものに絞ってください。",
      (p: Project) =>
        ["新規", "新規完了"].includes(p.directions.R3 ?? "") &&
        ["完了", "新規完了"].includes(p.directions.R4 ?? ""),
    ],
    [
      "人権・男女共生課の事業一覧がほしいです。あ、R4に完了したものだけで大丈夫です。",
      (p: Project) =>
        p.department === "人権・男女共生課" && ["完了", "新規完了"].includes(p.directions.R4 ?? ""),
    ],
    [
      "人権・男女共生課の事業はいくつありますか。R5以降も続くものだけで。",
      (p: Project) => p.department === "人権・男女共生課" && p.directions.R5 !== undefined,
    ],
  ])("reads %s as the first sentence's ask, narrowed by the second", async (q, holds) => {
    const a = await engine.ask(q);
    expect(keys(a).sort()).toEqual(plan.projects.filter(holds).map(projectKey).sort());
  });

  it.each([
    [
      "引き継ぎで、情報システム課の事業をすべて教えてください。令和4年度で完了したものは除いてください。",
      "情報システム課",
    ],
    // 「…を除いた残りの事業」: the list left once those are taken out, 残り no word to search (probe 61).
    [
      "人権・男女共生課の事業のうち、令和4年度に完了するものを除いた残りの事業を教えていただけますか。",
      "人権・男女共生課",
    ],
  ])("keeps what takes projects away with the ask: %s", async (q, unit) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter(
      (p) => p.department === unit && !["完了", "新規完了"].includes(p.directions.R4 ?? ""),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.map(projectKey).sort());
  });

  it.each([
    ["R4とR5で方向性が変わっている事業", "R4", "R5", true],
    ["令和4年度と令和5年度で方向性が違う事業", "R4", "R5", true],
    ["令和3年度と4年度で方向性が異なるもの", "R3", "R4", true],
    ["R5に比べてR4で方向性が変化した事業", "R4", "R5", true],
    ["R3からR4にかけて方向性が変わらない事業", "R3", "R4", false],
    ["R3とR4で同じ方向性の事業", "R3", "R4", false],
    // Both said to be listed first, as the comparison requires (dev51).
    ["令和4年度と令和5年度の両方に載っていて、方向性が変わる事業", "R4", "R5", true],
    ["R4とR5の両方に記載があり、方向性が同じ事業", "R4", "R5", false],
  ])(
    "answers %s with the projects listed in both years, their directions compared",
    async (q, y1, y2, differ) => {
      const a = await engine.ask(q);
      const dir = (p: (typeof plan.projects)[number], y: string) =>
        (p.directions as Record<string, string>)[y];
      const want = plan.projects
        .filter(
          (p) =>
            dir(p, y1) !== undefined && dir(p, y2) !== undefined && (dir(p, y1) !== dir(p, y2)) === differ,
        )
        .map(projectKey);
      expect(want.length).toBeGreaterThan(0);
      expect(keys(a).sort()).toEqual(want.sort());
      expect(renderAnswerText(a)).toContain(
        `で方向性が${differ ? "異なる" : "同じ"}（両年度に記載のある事業）`,
      );
    },
  );

  it.each([
    ["R6に記載がない事業"],
    ["R6には載ってない事業"],
    ["令和6年度に方向性が書かれていない事業"],
    ["R6に何も書かれていない事業"],
    ["R6の欄に何も書かれていない事業"],
    // Probe 20: 計画に between the year and the verb, 記載のない, an empty column.
    ["R6には計画に載ってない事業"],
    ["計画上R6に記載のない事業"],
    ["R6の欄が空いている事業"],
    ["R6は空欄の事業"],
    ["R6の方向性が空白の事業"],
  ])("answers %s with the projects the plan does not list in that year, not those it does", async (q) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter((p) => !("R6" in p.directions)).map(projectKey);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).sort()).toEqual(want.sort());
  });

  it.each([["令和4年度に完了したものを除いた7-2の事業"], ["7-2の事業でR4で完了するもの以外"]])(
    "answers %s with every other project, those not listed that year included",
    async (q) => {
      const a = await engine.ask(q);
      const want = plan.projects
        .filter((p) => p.policy === "7-2" && !["完了", "新規完了"].includes(p.directions.R4 ?? ""))
        .map(projectKey);
      expect(keys(a).sort()).toEqual(want.sort());
    },
  );

  it.each([
    ["Wi-Fiの事業で、もう終わったものは除いて"],
    ["Wi-Fiの事業で、完了したものは除いて"],
    ["Wi-Fiの事業で終わったものを除くと？"],
  ])(
    "answers %s with every project holding the words that never ends, not only those named so",
    async (q) => {
      const a = await engine.ask(q);
      const whole = await engine.ask("Wi-Fiの事業");
      const want = whole.projects
        .slice(0, whole.answered)
        .filter((p) => !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"))
        .map(projectKey);
      expect(want.length).toBeGreaterThan(1);
      expect(a.answered).toBe(want.length);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
    },
  );

  it("answers a year's direction said to be another (R4の方向性が継続以外) with the projects listed that year", async () => {
    const a = await engine.ask("R4の方向性が継続以外になっている事業");
    const want = plan.projects.filter((p) => p.directions.R4 && p.directions.R4 !== "継続").map(projectKey);
    expect(keys(a).sort()).toEqual(want.sort());
  });

  it.each([
    // Probe 42: a bare 拡充 relied on the reader noticing 臨時拡充 missing; 「いずれか」 said either year would do.
    ["R3に拡充の事業（臨時拡充は除く）", "条件: 令和3年度（R3） / 拡充（臨時拡充を除く）"],
    ["R4に完了のみ", "条件: 令和4年度（R4） / 完了（新規完了を除く）"],
    ["R4に拡充", "条件: 令和4年度（R4） / 拡充・臨時拡充"],
    [
      "令和3年度から令和4年度にかけて2年続けて臨時拡充になっている事業",
      "条件: 令和3年度（R3）・令和4年度（R4） / 臨時拡充が2年度以上続けて",
    ],
    ["R3に新規で始まってR4に完了した事業", "条件: 令和3年度に新規・新規完了、かつ令和4年度に完了・新規完了"],
    [
      "R3とR4の両方で拡充（臨時拡充は除く）",
      "条件: 令和3年度に拡充（臨時拡充を除く）、かつ令和4年度に拡充（臨時拡充を除く）",
    ],
    ["R4の事業で臨時拡充は除いて", "条件: 令和4年度（R4） / 臨時拡充以外"],
    ["継続以外", "条件: 継続以外"],
    ["R6で縮小と継続以外の事業", "条件: 令和6年度（R6） / 継続・縮小以外"],
    ["臨時拡充は除いて", "条件: どの年度も臨時拡充でない"],
  ])("says the conditions of %s as they were read: %s", async (q, line) => {
    expect(filtersLine(await engine.ask(q))).toBe(line);
  });

  it("says a span said not to be listed as none of its years (どの年度にも), never 「いずれにもに」", async () => {
    const a = await engine.ask("市民協働推進課のやつでR6以降はやってないのどれ？");
    expect(keys(a).sort()).toEqual(["7-6#1", "7-7#1", "7-7#2"]);
    expect(a.notes).toContain("条件: 令和6年度〜7年度のどの年度にも方向性の記載なし");
  });

  it("says a denied condition as denied, and a condition on any direction as 記載あり", async () => {
    expect((await engine.ask("R3に新規の事業でR4に完了しないもの")).notes).toContain(
      "条件: 令和3年度に新規・新規完了、かつ令和4年度に完了・新規完了でない",
    );
    expect((await engine.ask("令和4年度にまだ記載があって、令和5年度には記載がない事業")).notes).toContain(
      "条件: 令和4年度に方向性の記載あり、かつ令和5年度に方向性の記載なし",
    );
  });

  it.each([
    ["7-5の事業のうち人権・男女共生課じゃないもの", "7-5", ["人権・男女共生課"]],
    ["7-2の事業で財産活用課でも情報システム課でもないもの", "7-2", ["財産活用課", "情報システム課"]],
    ["7-2の事業で財産活用課ではないもの", "7-2", ["財産活用課"]],
  ])("answers %s without the departments denied", async (q, policy, denied) => {
    const a = await engine.ask(q);
    const want = plan.projects.filter((p) => p.policy === policy && !denied.includes(p.department));
    expect(keys(a)).toEqual(want.map(projectKey));
  });

  it("answers 新規でも拡充でもない as the projects that never have either", async () => {
    const a = await structured("新規でも拡充でもない事業");
    const never = plan.projects.filter(
      (p) => !Object.values(p.directions).some((d) => ["新規", "新規完了", "拡充", "臨時拡充"].includes(d)),
    );
    expect(keys(a)).toEqual(never.map(projectKey));
    expect(never.length).toBeGreaterThan(0);
  });

  it.each([
    ["継続しかない事業"],
    ["継続のみの事業"],
    ["ずっと継続の事業"],
    ["ずっと継続のままの事業だけ出して"],
    ["方向性が全部継続になってる事業"],
    ["全部継続の事業"],
    ["ずっと継続のままの事業ってどれくらいあるかな"],
    ["継続しかしていない事業は？"],
    ["継続にしかなってない事業"],
    ["継続しかやってないやつ何件？"],
  ])("answers %s with the projects whose every listed year is 継続", async (q) => {
    const a = await structured(q);
    const want = plan.projects.filter((p) => Object.values(p.directions).every((d) => d === "継続"));
    expect(keys(a)).toEqual(want.map(projectKey));
    expect(want.length).toBeGreaterThan(0);
    expect(a.notes).toContain("条件: 記載のある年度はすべて継続");
  });

  it.each([["令和3年度から令和7年度まで全部継続の事業"], ["R3からR7まですべて継続"]])(
    "answers %s (全部 before a direction, after a span) with the projects 継続 in every year of it",
    async (q) => {
      const a = await structured(q);
      const want = plan.projects.filter((p) =>
        ["R3", "R4", "R5", "R6", "R7"].every((y) => (p.directions as Record<string, string>)[y] === "継続"),
      );
      expect(keys(a)).toEqual(want.map(projectKey));
      expect(want.length).toBeGreaterThan(0);
    },
  );

  it.each([["令和2年度に新規だった事業"], ["令和9年度に完了でした"]])(
    "answers %s (a year outside the plan, a copula after the direction) with none, and says why",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.projects).toEqual([]);
      expect(a.notes.join("\n")).toContain("計画期間（令和3年度〜7年度）の外です");
    },
  );

  it("says a project's only listed year as such (条件: 方向性の記載が令和3年度のみ)", async () => {
    const a = await structured("R3だけしか書かれていない事業");
    expect(a.notes).toContain("条件: 方向性の記載が令和3年度のみ");
    expect(keys(a)).toEqual(
      plan.projects.filter((p) => Object.keys(p.directions).join() === "R3").map(projectKey),
    );
  });

  it("reads 全部 before a direction with no span as every project with it (全部拡充の事業)", async () => {
    const a = await structured("全部拡充の事業");
    const want = plan.projects.filter((p) =>
      Object.values(p.directions).some((d) => d === "拡充" || d === "臨時拡充"),
    );
    expect(keys(a).sort()).toEqual(want.map(projectKey).sort());
  });

  it("answers R4からR6までずっと継続 with the projects 継続 in each of those years", async () => {
    const a = await structured("R4からR6までずっと継続");
    const want = plan.projects.filter((p) =>
      ["R4", "R5", "R6"].every((y) => (p.directions as Record<string, string>)[y] === "継続"),
    );
    expect(keys(a)).toEqual(want.map(projectKey));
    expect(want.length).toBeGreaterThan(0);
  });

  it("keeps a direction named alone in a year as that direction in that year, not every year", async () => {
    const a = await structured("令和3年度に拡充（臨時拡充のみ）");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.directions.R3 === "臨時拡充").map(projectKey));
  });

  it("leaves out the project a subject names (市民課の事業でマイナンバー以外), not every project that mentions it", async () => {
    const a = await engine.ask("市民課の事業ってマイナンバー以外に何があったっけ");
    const own = plan.projects.filter((p) => p.department === "市民課");
    const named = own.filter((p) => p.name.includes("マイナンバー"));
    expect(named.length).toBeGreaterThan(0);
    expect(keys(a)).toEqual(own.filter((p) => !named.includes(p)).map(projectKey));
    expect(keys(a).length).toBeGreaterThan(0);
    expect(renderAnswerText(a)).toContain("「マイナンバー」以外");
  });

  it("leaves out a project named in full though its name starts in hiragana (ふるさと寄附金推進事業を除いた) (dev45)", async () => {
    const a = await engine.ask("施策7-1でふるさと寄附金推進事業を除いた事業");
    expect(keys(a)).toEqual(
      plan.projects.filter((p) => p.policy === "7-1" && p.name !== "ふるさと寄附金推進事業").map(projectKey),
    );
    expect(a.filters.excluded).toEqual(["「ふるさと寄附金推進事業」"]);
    expect(a.missingTerms).toEqual([]);
  });

  it("never names a direction word as missing from the plan", async () => {
    const a = await engine.ask("臨時の拡充があった補助金");
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.missingTerms.filter((t) => ["臨時", "拡充", "完了"].includes(t))).toEqual([]);
    expect((await engine.ask("太陽光の補助金")).missingTerms).toEqual(["太陽光"]);
  });

  it("quotes only the asked words when a code's projects are shown because the words match none", async () => {
    const a = await engine.ask("議会答弁の準備で、7-4-2の太陽光");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.initiative === "7-4-2").map(projectKey));
    expect(a.notes).toContain("『太陽光』に当てはまる事業は7-4-2にないため、7-4-2のすべての事業を示します。");
  });

  it("answers a code with what one wants to know of it (7-4-2の概要) by all of its projects, with no note of words unmatched", async () => {
    const a = await engine.ask("議会答弁の準備で、7-4-2の概要");
    expect(keys(a)).toEqual(plan.projects.filter((p) => p.initiative === "7-4-2").map(projectKey));
    expect(a.notes.join("\n")).not.toContain("概要");
  });

  it("answers a project's code asked for a field (7-2の11番の目的は？) with no note of 目的 unmatched (probe 48)", async () => {
    const a = await engine.ask("7-2の11番の目的は？");
    expect(keys(a)).toEqual(["7-2#11"]);
    expect(a.fieldsAsked).toEqual(["目的"]);
    expect(a.notes.join("\n")).not.toContain("目的");
  });

  it.each([["7-2の11番の担当課は？"], ["7-2 No.11の担当は？"]])(
    "says whose a project asked by its code is in one line first, as a free-text answer does: %s (probe 48)",
    async (q) => {
      const a = await engine.ask(q);
      const [p] = plan.projects.filter((x) => x.policy === "7-2" && x.no === 11) as [Project];
      expect(a.notes[0]).toBe(`担当課: ${p.department}（${p.name}）`);
    },
  );

  it.each([
    ["人事課の事業は何件？"],
    ["令和4年度に完了する事業はいくつありますか"],
    ["Wi-Fi関係の事業は何件？"],
    // The count said as a noun (probe 50).
    ["R4で完了になる事業の数を教えて"],
    // Asked in a sentence before a closing request (probe 52).
    [
      "監査の資料を作成しておりまして、令和4年度に臨時拡充となっている事業が何件あるか確認したいです。お手数ですが教えていただけますか。",
    ],
    ["人事課の事業数は？"],
    // Left in kana by the IME, or asked as how much there is (probes 56, 57).
    ["7-2の事業ってなんけん？"],
    // The chapter named by its title, as staff write it for council papers (probe 59).
    [
      "お疲れ様です。議会資料の作成で確認させてください。この章（まちづくりを進めるための基盤）の新規・拡充事業等は全部で何件ありますでしょうか。",
    ],
    ["Wi-Fiの事業ってどれくらいある？"],
  ])("says the number a count asks for in a sentence first: %s (probe 48)", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes[0]).toBe(`該当する事業は${a.answered}件です。`);
  });

  it.each([
    ["この章（まちづくりを進めるための基盤）の事業は全部で何件？"],
    ["「まちづくりを進めるための基盤」の事業は全部で何件？"],
  ])(
    "reads the chapter named by its title as the whole plan, no words to search: %s (probe 59)",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(plan.projects.length);
      expect(a.searchedWords).toEqual([]);
    },
  );

  it("counts every project that holds the words for 「Wi-Fiの事業ってどれくらいある？」, as for 「Wi-Fiの事業」 (probe 57)", async () => {
    const list = await engine.ask("Wi-Fiの事業");
    const a = await engine.ask("Wi-Fiの事業ってどれくらいある？");
    expect(list.answered).toBeGreaterThan(1);
    expect(keys(a).slice(0, a.answered)).toEqual(keys(list).slice(0, list.answered));
  });

  it("shows a count's long list a line each, a short one as cards (probes 56–59)", async () => {
    const long = await engine.ask("R7まで載ってる事業は何件？");
    expect(long.answered).toBeGreaterThan(5);
    const text = renderAnswerText(long);
    expect(text).not.toContain("■");
    expect(text.split("\n").filter((l) => l.startsWith("・"))).toHaveLength(long.answered);
    const short = await engine.ask("人事課の事業は何件？");
    expect(
      renderAnswerText(short)
        .split("\n")
        .filter((l) => l.startsWith("■")),
    ).toHaveLength(short.answered);
  });

  it("says the number of the projects left when 「その課の他の事業は何件？」 leaves out those answered before (probe 55)", async () => {
    const first = await engine.ask("マイナンバーカードの担当課は？");
    const a = await engine.ask("その課の他の事業は何件？", { previous: goesOnFrom(first) });
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes[0]).toBe(`該当する事業は${a.answered}件です。`);
  });

  it("says no number for a list asked without a count (人事課の事業)", async () => {
    const a = await engine.ask("人事課の事業");
    expect(a.notes.join("\n")).not.toContain("件です");
  });

  it("reads 7-2-17, an initiative the plan lacks, as 7-2 No.17", async () => {
    const a = await engine.ask("7-2-17の事業");
    expect(keys(a)).toEqual(["7-2#17"]);
  });

  const withDirection = (years: string[], directions: string[]) =>
    plan.projects
      .filter((p) =>
        years.some((y) => directions.includes((p.directions as Record<string, string>)[y] ?? "")),
      )
      .map(projectKey);
  it.each([
    ["令和6年度の方向性が縮小の事業", ["R6"], ["縮小"]],
    ["令和5年度以降に完了する事業", ["R5", "R6", "R7"], ["完了", "新規完了"]],
    ["R4までに完了する事業", ["R3", "R4"], ["完了", "新規完了"]],
    ["2022年度から拡充する事業", ["R4", "R5", "R6", "R7"], ["拡充", "臨時拡充"]],
  ])("answers %s exactly, over the years it names", async (q, years, directions) => {
    const a = await structured(q);
    expect(keys(a).sort()).toEqual(withDirection(years, directions).sort());
    expect(keys(a).length).toBeGreaterThan(0);
  });

  it("reads 「R6まで続く」 as the projects with a direction in R6", async () => {
    const a = await structured("R6まで続く事業");
    const expected = plan.projects.filter((p) => p.directions.R6 !== undefined).map(projectKey);
    expect(keys(a).sort()).toEqual(expected.sort());
  });

  it.each([
    ["市民課の事業で、令和5年度も方向性が継続となっているもの", "市民課の令和5年度に継続の事業"],
    [
      "財産活用課の事業で、令和4年度に完了予定となっているものがあれば教えて",
      "財産活用課の令和4年度に完了する事業",
    ],
    ["人事課の者ですが、当課が担当している事業のうち令和7年度まで続くもの", "人事課の令和7年度まで続く事業"],
    ["R5に縮小して規模を減らす事業", "R5に縮小する事業"],
    ["令和8年度で完了してやめる予定の事業は？", "令和8年度に完了する事業"],
  ])(
    "answers 「%s」 as the set question 「%s」: the plan's column names and the asker's own section are no subject",
    async (q, plain) => {
      const a = await engine.ask(q);
      const expected = await structured(plain);
      expect(keys(a)).toEqual(keys(expected));
      expect(a.answered).toBe(a.projects.length);
      expect(a.notes).toEqual(expected.notes);
    },
  );

  it("names an initiative the question is about when it has no projects", async () => {
    const a = await engine.ask("平和");
    // 平和 is in policy 7-4's own text: its projects are related, none is an answer.
    expect(a.answered).toBe(0);
    expect(a.scopes.map((s) => s.code)).toEqual(["7-4-1"]);
    expect(a.notes[0]).toBe("7-4-1「生命の尊さを守る非核平和社会の実現」には新規・拡充事業等がありません。");
  });

  it.each([
    ["個人情報保護の事業ってある？"],
    ["平和に関する事業は載ってる？"],
    // A verb of the ask and a word about the asking beside the nouns (probes 180, 183).
    ["平和や核兵器をなくす取り組みの事業は載っていますか"],
    ["核兵器をなくす平和の取組について、該当する事業はありますか"],
  ])("answers %s いいえ first when the initiative it is about has no projects (probe 99)", async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(0);
    expect(a.verdict).toBe(true);
    expect(a.leads?.[0]).toMatch(/^いいえ。7-4-[13]「.*」には新規・拡充事業等がありません。$/);
    expect(countLabel(a).startsWith("いいえ（")).toBe(true);
  });

  it("does not answer with projects whose only link is their policy's general text", async () => {
    // 個人情報 is in policy texts only: their projects are related to it, never answers.
    const a = await engine.ask("個人情報");
    expect(a.answered).toBe(0);
    expect(a.projects.length).toBeGreaterThan(0);
    expect(a.missingTerms).toEqual([]);
    expect(keys(await engine.ask("自治会の事例集"))[0]).toBe("7-6#3");
  });

  it("bounds a 10,000-character question and says it was cut", async () => {
    const a = await engine.ask("a".repeat(10_000));
    expect(a.notes[0]).toContain("問いかけの部分（200文字まで）");
  });

  it("never throws, whatever the question", async () => {
    const weird = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 100 }),
      fc.constantFrom(
        "'; DROP TABLE projects; --",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal regex characters are the input under test
        ".*+?^${}()|[]\\",
        "\u0000\u0007\u001b",
        "😀🎌",
        "？？？",
        "<!channel>",
      ),
      fc
        .array(fc.constantFrom("7-", "令和", "R", "年度", "完了", "課", "-", "No.", "#", "１"), {
          maxLength: 12,
        })
        .map((a) => a.join("")),
    );
    await fc.assert(
      fc.asyncProperty(weird, async (q) => {
        const a = await engine.ask(q);
        expect(["usage", "code", "department", "filter", "search"]).toContain(a.intent);
        expect(Array.isArray(a.projects)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// A listing or a direction denied in other words (probe 197: two had answered the opposite — the projects listed — and
// two 0件), and the plan's heading without its 等 (probe 196).
describe("listings denied in other words, and the plan's own list named", () => {
  const listed = (p: Project, y: YearKey) => p.directions[y] !== undefined;
  const everDone = (p: Project) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了");
  it.each([
    [
      "7-2でR5以降一度も載ってない事業って何件？",
      (p: Project) => p.policy === "7-2" && !(["R5", "R6", "R7"] as const).some((y) => listed(p, y)),
    ],
    ["R6から計画に出てこなくなる事業ってどれ？", (p: Project) => listed(p, "R5") && !listed(p, "R6")],
    // (The listing's end, said before a year: not 完了 — probe 197.)
    ["R7より前に記載が終わっちゃう事業、何件ある？", (p: Project) => !listed(p, "R7")],
    [
      "完了って書かれないまま途中で記載が消えてる事業ある？",
      (p: Project) => !everDone(p) && !listed(p, "R7"),
    ],
    [
      "人事課で計画に載っている新規・拡充事業を全部教えていただけますか",
      (p: Project) => p.department === "人事課",
    ],
    ["情報システム課の新規・拡充事業", (p: Project) => p.department === "情報システム課"],
    [
      "令和3年度の新規・拡充事業",
      (p: Project) => ["新規", "拡充", "臨時拡充", "新規完了"].includes(p.directions.R3 ?? ""),
    ],
  ])("answers %s with exactly the projects it means", async (q, meets) => {
    const want = plan.projects.filter(meets).map(projectKey);
    const a = await engine.ask(q);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });

  it("reads そのうち完了って書いてないのは？ after a last year's list as those with no 完了", async () => {
    const a = await chainOf(["最終年度がR4の事業ってどれ？", "そのうち完了って書いてないのは？"]);
    const want = plan.projects.filter(
      (p) => listed(p, "R4") && !listed(p, "R5") && !listed(p, "R6") && !listed(p, "R7") && !everDone(p),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
  });
});

// えんがわ, staff's name for みんなのえんがわ, as one of two subjects (probe 200: dropped from every 「AとB、どっち」).
describe("a project called by a word in kana beside another", () => {
  it("answers えんがわとチャレンジいばらき補助金の担当課は？ with both projects' department", async () => {
    const a = await engine.ask("えんがわとチャレンジいばらき補助金の担当課は？");
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-7#1", "7-7#2"]);
  });

  it("compares the two of えんがわとチャレンジいばらき補助金、どっちが長く続く？, and says どちらも of two", async () => {
    const a = await engine.ask("えんがわとチャレンジいばらき補助金、どっちが長く続く？");
    expect(keys(a).slice(0, a.answered).sort()).toEqual(["7-7#1", "7-7#2"]);
    expect(a.notes[0]).toMatch(/^どちらも同じ年度まで計画に載っています: /);
  });
});

// Whether a direction is there, asked in the negative, and a unit said with には as where (probe 200: read as the
// asker's background, and 0件 with no word).
describe("a direction asked after ない？, of a unit said with には", () => {
  it("answers 市民協働推進課には縮小はない？ with いいえ of that unit's, none being 縮小", async () => {
    const theirs = plan.projects.filter((p) => p.department === "市民協働推進課");
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.some((p) => Object.values(p.directions).includes("縮小"))).toBe(false);
    const a = await engine.ask("市民協働推進課には縮小はない？");
    expect(a.filters.departments).toEqual(["市民協働推進課"]);
    expect(a.notes[0]).toMatch(/^いいえ。/);
  });

  it("answers 縮小はない？ with the projects that are 縮小 in some year", async () => {
    const want = plan.projects.filter((p) => Object.values(p.directions).includes("縮小")).map(projectKey);
    const a = await engine.ask("縮小はない？");
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });
});

// 何を増やした asks what was done, not the direction 拡充 (probe 200: read as 拡充 too, 臨時拡充 widened to both).
describe("what a project added, asked", () => {
  it("answers チャレンジいばらき補助金はR3の臨時拡充で何を増やしたの？ with the project, 臨時拡充 alone the condition", async () => {
    const a = await engine.ask("チャレンジいばらき補助金はR3の臨時拡充で何を増やしたの？");
    expect(keys(a).slice(0, a.answered)).toEqual(["7-7#2"]);
    expect(a.filters.directions).toEqual(["臨時拡充"]);
    expect(a.fieldsAsked).toContain("内容");
  });
});

// SDGs goals named with no SDGs said, and a project's goal asked (probe 202: 目標 had been searched, and a project's
// goal never said).
describe("SDGs goals, asked in other words", () => {
  const goal17 = plan.projects.filter((p) => p.policy === "7-3" || p.policy === "7-7");
  it.each([
    ["目標17の事業でR7まで続くもの", (p: Project) => p.directions.R7 !== undefined],
    [
      "17番 パートナーシップの事業で新規のものは？",
      (p: Project) => Object.values(p.directions).some((d) => d === "新規" || d === "新規完了"),
    ],
    [
      "目標17に対応する事業で、R4に完了するのはどれ？",
      (p: Project) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了",
    ],
  ])("answers %s with goal 17's projects that are so", async (q, meets) => {
    const want = goal17.filter(meets).map(projectKey);
    const a = await engine.ask(q);
    expect(want.length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(want.sort());
  });

  it("reads a goal said as what projects are like by content (中身で見て…目標5に近い) as no goal asked", async () => {
    const a = await engine.ask("中身で見てジェンダー平等（目標5）に近い事業を挙げてください。");
    expect(a.projects[0]?.policy).toBe("7-5");
    expect(a.notes.join("\n")).not.toContain("目標5を挙げる施策はありません");
  });

  it("keeps a count that is no goal (目標10件) a word", async () => {
    const a = await engine.ask("目標10件");
    expect(a.scopes).toEqual([]);
  });

  it.each([
    [
      "コーチング研修はSDGsのどの目標に対応していますか",
      "組織力強化に向けたコーチング研修の実施（施策7-3）の対応するSDGs: 17 パートナーシップで目標を達成しよう",
    ],
    [
      "多文化共生の事業ってSDGsだと何番？",
      "多文化共生の地域づくり推進（施策7-4）の対応するSDGs: 計画に記載なし",
    ],
  ])("answers %s with its policy's SDGs first", async (q, line) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(line);
  });
});

// Which of two has more, and a project said to remain (probe 204: a list of both, with a false 「…にない」 of 7-4・7-5's
// 完了; 残る had left R7まで a span of every project).
describe("which of two has more, and what remains", () => {
  it.each([
    ["7-4と7-5、どっちが完了多い？", "該当する事業は3件です（7-4: 2件、7-5: 1件）。"],
    [
      "DX推進チームと情報システム課、どっちが事業多い？",
      "該当する事業は6件です（DX推進チーム: 2件、情報システム課: 4件）。",
    ],
  ])("answers %s with each one's count", async (q, line) => {
    const a = await engine.ask(q);
    expect(a.notes).toContain(line);
    expect(a.notes.join("\n")).not.toMatch(/にないため/);
  });

  it.each([["R7まで残る事業は何件？"], ["R7まで残った事業は何件？"], ["最終年度まで残った事業は何件？"]])(
    "answers %s with those listed in R7",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(plan.projects.filter((p) => p.directions.R7 !== undefined).length);
    },
  );
});

// A name staff use for a unit (dict/departments.txt: 管財課) with 担当課 (probe 205: 0件, 『管財』 said to be missing).
it("reads 管財担当課の所管事業 as 財産活用課's projects", async () => {
  const a = await engine.ask("管財担当課の所管事業のうち、令和3年度に拡充となっているもの");
  expect(a.filters.departments).toEqual(["財産活用課"]);
  expect(a.answered).toBeGreaterThan(0);
});

// An order said last, with nothing after it (probe 204: 順 had been searched, 0件).
it.each([["課別の事業数 多い順"], ["課別の事業数、多い順"]])(
  "answers %s with the count by department, most first",
  async (q) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(plan.projects.length);
    expect(a.notes.some((n) => n.startsWith("担当課ごとの事業数（12課、多い順）"))).toBe(true);
  },
);

// English filler at a request's end (probe 207: 『pls』 said to be missing, a department's list 0件).
it.each([["人事課の事業 pls"], ["人事課の事業 thx"], ["人事課の事業 ASAPで"]])(
  "answers %s with the department's projects, the filler no word of it",
  async (q) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(
      plan.projects
        .filter((p) => p.department === "人事課")
        .map(projectKey)
        .sort(),
    );
  },
);

// The unit with the most asked with the unit last (probe 204: 拡充 searched in names; 新規 and 完了 0件), and a tie said
// with 、 — a unit's own name may hold ・ (人権・男女共生課).
describe("the unit with the most, asked with the unit last", () => {
  const most = (directions: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const p of plan.projects)
      if (Object.values(p.directions).some((d) => directions.includes(d ?? "")))
        counts.set(p.department, (counts.get(p.department) ?? 0) + 1);
    const top = Math.max(...counts.values());
    return { units: [...counts].filter(([, n]) => n === top).map(([d]) => d), top };
  };
  it.each([
    ["拡充が一番多いのはどこの課？", ["拡充", "臨時拡充"]],
    ["新規が一番多いのはどこの課？", ["新規", "新規完了"]],
  ])("answers %s with the department that has the most", async (q, directions) => {
    const { units, top } = most(directions);
    const a = await engine.ask(q);
    expect(a.notes).toContain(
      `最も多いのは${units.join("、")}（${units.length > 1 ? "各" : ""}${top}件）です。`,
    );
  });
});

// The top few asked (probe 204: トップ had been searched, トップ画面 found): the units down to the top-th's count, each
// with its count, and their projects the answer.
describe("the top few units asked", () => {
  const byCount = <K>(key: (p: (typeof plan.projects)[number]) => K) => {
    const counts = new Map<K, number>();
    for (const p of plan.projects) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return counts;
  };
  const topOf = <K>(counts: Map<K, number>, n: number) => {
    const cut = [...counts.values()].sort((a, b) => b - a)[n - 1] ?? 0;
    return [...counts].filter(([, c]) => c >= cut).map(([k]) => k);
  };

  it.each([
    ["事業数トップ3の課は？", 3],
    ["上位3つの課は？", 3],
    ["事業が多い課の上位3つは？", 3],
    ["事業数の多い課を上位3つ教えてください", 3],
    ["課ごとの件数の上位5つ", 5],
    ["事業数の多い課ベスト2", 2],
  ])("answers %s with the projects of the departments with the most, so many of them", async (q, n) => {
    const a = await engine.ask(q);
    const top = topOf(
      byCount((p) => p.department),
      n,
    );
    expect(top.length).toBe(n);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(
      plan.projects
        .filter((p) => top.includes(p.department))
        .map(projectKey)
        .sort(),
    );
    expect(a.notes[0]).toMatch(new RegExp(`^事業数の多い${n}課は、`));
    for (const d of top) expect(a.notes[0]).toContain(`${d}（${byCount((p) => p.department).get(d)}件）`);
    expect(a.searchedWords).toEqual([]);
  });

  it("answers 上位3つの施策 with every policy tied at the third's count, and says the tie", async () => {
    const a = await engine.ask("上位3つの施策");
    const counts = byCount((p) => p.policy);
    const top = topOf(counts, 3);
    expect(top.length).toBeGreaterThan(3);
    expect(a.answered).toBe(plan.projects.filter((p) => top.includes(p.policy)).length);
    expect(a.notes[0]).toMatch(new RegExp(`^事業数の多い3施策（\\d+件で並ぶため${top.length}施策）は、`));
  });
});

// Every Latin word of the plan that is no acronym, as voice input spells it in katakana (dict/variants.txt).
it("reads ウィンウィン as the plan's Win-Win, said nowhere as missing", async () => {
  const [spoken, written] = await Promise.all([
    engine.ask("企業とウィンウィンの関係をつくる事業"),
    engine.ask("企業とWin-Winの関係をつくる事業"),
  ]);
  expect(plan.projects.some((p) => p.purpose.includes("Win-Win"))).toBe(true);
  expect(keys(spoken).slice(0, spoken.answered)).toEqual(keys(written).slice(0, written.answered));
  expect(spoken.answered).toBeGreaterThan(0);
  expect(spoken.notes.join("\n")).not.toMatch(/計画に出てこない語/);
});

// Every project holding a word (its department too), asked as related to it, used by it, or naming it as a word (probes
// 291, 292: 絡み, を使う
// and って単語が had answered the best one, the rest only related).
describe("every project holding a word, however the asker says so", () => {
  const holding = (word: string) =>
    plan.projects
      .filter((p) =>
        `${p.name}${p.department}${p.purpose}${p.content}`.normalize("NFKC").toUpperCase().includes(word),
      )
      .map(projectKey)
      .sort();
  const answeredKeys = (a: Answer) => keys(a).slice(0, a.answered).sort();

  it.each([
    ["マイナンバーカード絡みの事業と担当課", "マイナンバーカード"],
    ["マイナンバーカードがらみの事業", "マイナンバーカード"],
    ["マイナンバーカードを使う事業", "マイナンバーカード"],
    ["マイナンバーカードを活用している事業", "マイナンバーカード"],
    ["DXって単語が出てくる事業", "DX"],
    ["DXという言葉が出てくる事業", "DX"],
    ["「DX」って言葉が出てくる事業を全部", "DX"],
    // (用意する: a verb of providing, no word the plan lacks — probe 297 had labelled every holder related only.)
    ["利用者向けにWi-Fiを用意する案件を全部教えて", "WI-FI"],
  ])("answers %s with every project holding %s", async (q, word) => {
    const all = holding(word);
    expect(all.length).toBeGreaterThan(1);
    expect(answeredKeys(await engine.ask(q))).toEqual(all);
  });
});

// Probes 290, 295–297: the listing said to end (方向性が終わる), より後 and より前, the department asked beside the list (担当課
// つきで全部), the units ranked with 単位 or ごとだと, a policy named in the asker's words, 臨時じゃない普通の拡充.
describe("the plan's listing of a project said to end, and years beyond one", () => {
  const years = ["R3", "R4", "R5", "R6", "R7"] as const;
  const lastListed = (p: Project) => years.filter((y) => p.directions[y] !== undefined).at(-1);
  const answeredKeys = (a: Answer) => keys(a).slice(0, a.answered).sort();
  const ids = (ps: readonly Project[]) => ps.map(projectKey).sort();

  it.each([
    ["令和5年度で方向性が終わる事業は？", "R5"],
    ["方向性がR5で終わっている事業は？", "R5"],
    ["令和5年度までしか方向性がないやつ", "R5"],
    ["令和4年度で方向性が終わっている事業", "R4"],
  ])("answers %s with the projects last listed in %s, 完了 or not", async (q, year) => {
    const want = plan.projects.filter((p) => lastListed(p) === year);
    expect(want.some((p) => p.directions[year as YearKey] !== "完了")).toBe(true);
    expect(answeredKeys(await engine.ask(q))).toEqual(ids(want));
  });

  it("answers 令和4年度より後の方向性が書かれていない事業 with those listed in none of R5–R7", async () => {
    const want = plan.projects.filter((p) => !p.directions.R5 && !p.directions.R6 && !p.directions.R7);
    expect(answeredKeys(await engine.ask("令和4年度より後の方向性が書かれていない事業はどれですか"))).toEqual(
      ids(want),
    );
  });

  it("answers 令和5年度より前に完了した事業 with those ending in R3 or R4", async () => {
    const ends = (d: string | undefined) => d === "完了" || d === "新規完了";
    const want = plan.projects.filter((p) => ends(p.directions.R3) || ends(p.directions.R4));
    expect(answeredKeys(await engine.ask("令和5年度より前に完了した事業"))).toEqual(ids(want));
  });
});

describe("a list asked with its departments beside it (probe 297)", () => {
  const fresh = plan.projects.filter((p) => p.directions.R3 === "新規" || p.directions.R3 === "新規完了");
  it.each([
    ["R3で新規に立ち上がる案件を担当課つきで全部出してください"],
    ["R3で新規の事業を担当課付きで全部"],
    ["R3で新規の事業を担当課込みで一覧に"],
  ])("answers %s with the whole list, the shape no word to search", async (q) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(fresh.map(projectKey).sort());
  });
});

describe("the units ranked, said with 単位 or ごとだと (probe 295)", () => {
  const counts = new Map<string, number>();
  for (const p of plan.projects) counts.set(p.initiative, (counts.get(p.initiative) ?? 0) + 1);
  const [top, most] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];

  it.each([
    ["取組単位だとどこが一番事業多い？"],
    ["取組ごとだとどこが一番事業多い？"],
    ["取組別だとどれが一番多い？"],
  ])("answers %s with the initiative holding the most", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(`最も多いのは取組${top}（${most}件）です。`);
  });
});

describe("a policy or an initiative named in the asker's own words (probe 295)", () => {
  const of = (code: string) =>
    plan.projects
      .filter((p) => p.policy === code || p.initiative === code)
      .map(projectKey)
      .sort();

  it.each([
    ["職員育成の施策", "7-3"],
    ["職員育成の施策って何本事業ある？", "7-3"],
    ["7-2の電子自治体の推進に関係する事業を一覧で", "7-2-7"],
    ["電子自治体の推進に関連する事業", "7-2-7"],
  ])("answers %s with %s's projects", async (q, code) => {
    const a = await engine.ask(q);
    expect(of(code).length).toBeGreaterThan(0);
    expect(keys(a).slice(0, a.answered).sort()).toEqual(of(code));
  });

  it("still searches words that name no one title of the kind said (マイナンバーカードの取組)", async () => {
    const a = await engine.ask("マイナンバーカードの取組");
    expect(a.intent).toBe("search");
  });
});

describe("拡充 said not to be the temporary kind before it is named (probe 296)", () => {
  it.each([["臨時じゃない普通の拡充は？"], ["臨時ではない通常の拡充の事業"]])(
    "answers %s with plain 拡充 only",
    async (q) => {
      const want = plan.projects.filter((p) => Object.values(p.directions).includes("拡充"));
      const a = await engine.ask(q);
      expect(keys(a).slice(0, a.answered).sort()).toEqual(want.map(projectKey).sort());
    },
  );
});

// Whose a project is, and nothing more, asked: the line first answers it, each card is brief (probes 293–297: a one-word
// 担当課は？ had repeated the whole card).
describe("a card when only whose the project is was asked", () => {
  it.each([["マイナンバーカードの担当課は？"], ["マイナンバーカードってどこの課？"]])(
    "shows %s's project with a line of its content, not its 目的 and 内容 in full",
    async (q) => {
      const a = await engine.ask(q);
      const [card] = a.projects;
      const text = renderAnswerText(a);
      expect(a.shape).toBe("brief");
      expect(text).toContain(`担当課: ${card?.department}（`);
      expect(text).toContain(`  方向性: `);
      expect(text).not.toContain(`  目的: ${card?.purpose}`);
      expect(text).not.toContain(`  内容: ${card?.content}`);
    },
  );

  it.each([
    ["マイナンバーカードの担当課と目的は？", "目的"],
    ["マイナンバーカードの担当課と内容を教えて", "内容"],
  ] as const)("still shows the field whole when %s asks more than whose it is (%s)", async (q, field) => {
    const a = await engine.ask(q);
    const [card] = a.projects;
    expect(a.shape).toBeUndefined();
    expect(renderAnswerText(a)).toContain(`  ${field}: ${field === "目的" ? card?.purpose : card?.content}`);
  });
});

describe("every project holding either of two things said with や or とか (probes 315, 321)", () => {
  const text = (p: Project) => `${p.name}${p.purpose}${p.content}`;
  const strong = (a: Answer) => a.projects.slice(0, a.answered);

  it("answers every project holding either side as written, not only those holding both", async () => {
    const a = await engine.ask("コロナや感染症対策に触れている事業を全部挙げてください");
    const either = plan.projects.filter((p) => text(p).includes("コロナ") || text(p).includes("感染症対策"));
    const both = either.filter((p) => text(p).includes("コロナ") && text(p).includes("感染症対策"));
    expect(both.length).toBeLessThan(either.length);
    for (const p of either) expect(strong(a)).toContain(p);
  });

  it("leaves the pair to one search when not every holder is asked for", async () => {
    const a = await engine.ask("コロナや感染症対策に触れている事業は？");
    const onlyOne = plan.projects.filter(
      (p) => text(p).includes("コロナ") && !text(p).includes("感染症対策"),
    );
    expect(onlyOne.some((p) => !strong(a).includes(p))).toBe(true);
  });

  it("reads a pair said of a unit as the unit's: 人権とか男女のことやってる課 adds no 男女共生センター project", async () => {
    const a = await engine.ask("人権とか男女のことやってる課の事業、全部でいくつ？");
    expect(new Set(strong(a).map((p) => p.department))).toEqual(new Set(["人権・男女共生課"]));
  });
});

describe("a need described, then only what is to be done asked (probe 315)", () => {
  it("answers 「…欲しい情報が探せない…。改善する予定はありますか」 with the website project first, no いいえ for 改善", async () => {
    const a = await engine.ask(
      "市のホームページが見づらくて欲しい情報が探せないという声があります。改善する予定はありますか",
    );
    expect(a.projects[0]?.name).toBe("ホームページ・SNS運営事業");
    expect(a.verdict).toBeFalsy();
    expect((a.leads ?? []).join("")).not.toContain("いいえ");
  });
});

describe("asks numbered ①② in a polite message (probe 323)", () => {
  const shown = (a: Answer) => a.projects.slice(0, a.answered).map(projectKey).sort();
  const ofUnit = (unit: string) =>
    plan.projects
      .filter((p) => p.department === unit)
      .map(projectKey)
      .sort();

  it("reads 当課 in ① as the unit the greeting names, and ② that only adds to ① as one ask with it", async () => {
    const a = await engine.ask(
      "お疲れさまです。4月1日付で財産活用課長に着任いたしました。まだ不慣れで恐縮ですが、①当課が担当している事業をすべて教えていただけますでしょうか。②あわせて、それぞれの令和3年度の方向性（新規・拡充・継続など）も確認させてください。よろしくお願いいたします。",
    );
    expect(shown(a)).toEqual(ofUnit("財産活用課"));
  });

  it("reads そのうち in ② after ①'s own unit, the greeting's", async () => {
    const a = await engine.ask(
      "お世話になっております。市民協働推進課に着任しました。①当課の事業の一覧と、②そのうち令和3年度に新規のものを教えてください。",
    );
    const want = plan.projects
      .filter(
        (p) => p.department === "市民協働推進課" && ["新規", "新規完了"].includes(p.directions.R3 ?? ""),
      )
      .map(projectKey)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(a.leads?.some((l) => l.startsWith("2."))).toBe(true);
    expect(shown(a)).toEqual([...new Set([...ofUnit("市民協働推進課"), ...want])].sort());
  });

  it("asks each item of the subject set out before ①: 市民会館跡地の新施設と広場の整備について、①工事はいつまで", async () => {
    const a = await engine.ask(
      "お世話になっております。市民会館跡地の新施設と広場の整備について、①工事はいつまでの予定か、②令和5年度の方向性はどうなっているか、教えていただけますでしょうか。",
    );
    expect(a.projects[0]?.name).toBe("市民会館跡地エリア整備事業（ハード）");
    expect(a.answered).toBeLessThanOrEqual(3);
  });
});

describe("a yes or no of a year after a context that says a project exists (probe 323)", () => {
  it("answers いいえ of the shelter subsidy, not the year's whole list", async () => {
    const a = await engine.ask(
      "お疲れさまです。DV被害者支援について伺います。民間シェルターへの補助を行う事業があると聞きましたが、令和5年度以降も継続する予定でしょうか。",
    );
    expect(a.answered).toBe(0);
    expect(a.verdict).toBe(true);
    expect(a.notes[0]).toMatch(/^いいえ。配偶者暴力被害者等セーフティネット充実支援事業/);
  });
});

describe("a word or a phrase asked to be written in the projects (probe 322)", () => {
  const holding = (word: string) =>
    plan.projects
      .filter((p) =>
        `${p.name}${p.department}${p.purpose}${p.content}`.normalize("NFKC").toLowerCase().includes(word),
      )
      .map(projectKey)
      .sort();
  const shown = (a: Answer) => a.projects.slice(0, a.answered).map(projectKey).sort();

  it.each([
    ["Wi-Fiって書いてある事業は？", "wi-fi"],
    ["47施設と書いてある事業は？", "47施設"],
    ["目的欄に「目的とする」と書いてある事業を全部", "目的とする"],
    ["「茨木市地域コミュニティ基本指針」が出てくる事業は？", "茨木市地域コミュニティ基本指針"],
    ["DXって単語が出てくる事業", "dx"],
  ])("answers %s with exactly the projects whose text holds it", async (q, word) => {
    const a = await engine.ask(q);
    expect(holding(word).length).toBeGreaterThan(0);
    expect(holding(word).length).toBeLessThan(plan.projects.length);
    expect(shown(a)).toEqual(holding(word));
  });

  it("keeps a unit beside it: 人事課の事業でコーチングと書いてあるもの", async () => {
    const a = await engine.ask("人事課の事業でコーチングと書いてあるもの");
    expect(shown(a)).toEqual(
      plan.projects
        .filter((p) => p.department === "人事課" && p.content.includes("コーチング"))
        .map(projectKey)
        .sort(),
    );
  });

  it("reads a direction's name said so as the direction, not as a word of the text: 完了と書いてある事業", async () => {
    const a = await engine.ask("完了と書いてある事業");
    expect(a.notes.some((n) => n.startsWith("条件: 本文に"))).toBe(false);
    expect(a.answered).toBe(
      plan.projects.filter((p) => Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"))
        .length,
    );
  });
});

// A year asked of a project with nothing more (probe 476: 「マイナンバーカードの普及の事業 R5は？」 had answered 該当 0件,
// the project's R5 never said).
describe("a year asked of a project with nothing more", () => {
  it.each([
    [
      "マイナンバーカードの普及の事業 R5は？",
      /^マイナンバーカードの普及促進は令和5年度の計画に記載がありません/,
    ],
    ["マイナンバーカードの普及促進のR4は？", /^マイナンバーカードの普及促進の令和4年度の方向性は継続です。/],
  ])("answers %s with the project and what that year has for it", async (q, said) => {
    const a = await engine.ask(q);
    expect(keys(a).slice(0, a.answered)).toEqual(["7-2#17"]);
    expect(a.leads?.[0] ?? a.notes[0]).toMatch(said);
  });
  it("still lists a unit's projects of that year (市民課の事業のR5は？)", async () => {
    const a = await engine.ask("市民課の事業のR5は？");
    expect(keys(a)).toEqual(
      plan.projects.filter((p) => p.department === "市民課" && p.directions.R5).map(projectKey),
    );
  });
});

// Two counts' difference asked in other words (probe 478: each had answered 該当 0件, 「見つかりませんでした」).
describe("the difference of two counts asked in other words", () => {
  const count = (ok: (p: Project) => boolean) => plan.projects.filter(ok).length;
  it.each([
    [
      "人権・男女共生課と財産活用課って事業の数どれくらい違うの？",
      count((p) => p.department === "人権・男女共生課"),
      count((p) => p.department === "財産活用課"),
    ],
    [
      "令和6年度と令和7年度で、計画に載っている事業の数に差はありますか。",
      count((p) => p.directions.R6 !== undefined),
      count((p) => p.directions.R7 !== undefined),
    ],
    [
      "まち魅力発信課の事業、R3とR7で載ってる数はどう違う？",
      count((p) => p.department === "まち魅力発信課" && p.directions.R3 !== undefined),
      count((p) => p.department === "まち魅力発信課" && p.directions.R7 !== undefined),
    ],
  ])("answers %s with the difference first", async (q, x, y) => {
    const a = await engine.ask(q);
    expect(x).not.toBe(y);
    expect(a.leads?.[0] ?? a.notes[0]).toMatch(
      new RegExp(`^差は${Math.abs(x - y)}件です（.*${x}件、.*${y}件）`),
    );
  });
});

// A project's label said as what is written (probe 474: 「7-2の17番って書いてある」 had searched 17番 in the text, 0件).
describe("a code or place said as what is written", () => {
  it.each([
    ["7-2の17番って書いてあるのは何の事業ですか", ["7-2#17"]],
    [
      "7-2-6って書いてあるのは何の事業？",
      plan.projects.filter((p) => p.initiative === "7-2-6").map(projectKey),
    ],
  ])("answers %s with the project the label names", async (q, want) => {
    const a = await engine.ask(q);
    expect(a.notes.some((n) => n.startsWith("条件: 本文に"))).toBe(false);
    expect(keys(a).slice(0, a.answered).sort()).toEqual([...want].sort());
  });
  it("still reads a number with its word as text written (47施設と書いてある)", async () => {
    const a = await engine.ask("47施設と書いてある事業");
    expect(a.notes).toContain("条件: 本文に「47施設」を含む");
  });
});

// What a code means, asked (probe 474: 意味 and 番号 had been searched, and a note said neither was in 7-3-1).
describe("what a code means", () => {
  it.each([
    [
      "7-3-1ってどういう意味の番号ですか？",
      /^7-3-1 は取組の番号で、施策7-3「.+」の1番目の取組「職員の能力開発」です。/,
    ],
    ["7-2ってどういう意味？", /^7-2 は施策の番号で、第7章の2番目の施策「.+」です。/],
    [
      "7-2の17番って何の番号？",
      /^7-2 No\.17 は、施策7-2の事業の通し番号で17番目の事業「マイナンバーカードの普及促進」です。/,
    ],
  ])("answers %s with how the code is made, first", async (q, said) => {
    const a = await engine.ask(q);
    expect(a.leads?.[0]).toMatch(said);
    expect(a.notes.join("")).not.toMatch(/『意味』|『番号』/);
  });
  it("says nothing of it when only the code's projects are asked (7-3-1って何？)", async () => {
    const a = await engine.ask("7-3-1って何？");
    expect((a.leads ?? []).some((l) => l.includes("は取組の番号で"))).toBe(false);
  });
});

// A year's breakdown of the whole chapter adds up to it (probe 475: R4's counts summed to 43 of 44, the one left unsaid).
describe("a year's breakdown by direction of the whole chapter", () => {
  it("says how many projects the plan does not list that year", async () => {
    const a = await engine.ask("令和4年度の方向性ごとの件数");
    const unlisted = plan.projects.filter((p) => p.directions.R4 === undefined).length;
    expect(unlisted).toBeGreaterThan(0);
    expect(a.notes.find((n) => n.startsWith("令和4年度の方向性ごとの事業数"))).toMatch(
      new RegExp(`（計画に記載なし ${unlisted}件）$`),
    );
  });
  it("says nothing of it for a unit's breakdown", async () => {
    const a = await engine.ask("人事課のR4の方向性ごとの件数");
    expect(a.notes.find((n) => n.startsWith("令和4年度の方向性ごとの事業数"))).not.toMatch(/記載なし/);
  });
});

// A ranking by a direction with a second ask pointing back at it (probe 478: 「…どこかと、その件数を教えて」 had searched
// 拡充 in project names and ranked the units that write it).
describe("a ranking by a direction, its count asked with と、その", () => {
  it.each(["拡充が一番多い課はどこかと、その件数を教えて", "拡充が一番多い課と、その件数を教えて"])(
    "answers %s with the direction's ranking",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.filters.directions).toContain("拡充");
      expect(a.leads?.[0]).toMatch(/^最も多いのは財産活用課（5件）です。/);
    },
  );
});

// A unit written with ほか is said to be so where whose it is is answered (probe 479: a front desk had read 「収納課ほか」 as
// a unit's name).
describe("a unit the plan writes with ほか, in the line of whose it is", () => {
  it("says what ほか means beside it", async () => {
    const a = await engine.ask("市税の口座振替の担当課は？");
    expect(a.leads?.[0]).toMatch(/^担当課: 収納課ほか（.+）（「ほか」は、ほかにも担当する課がある/);
  });
  it("says nothing of it for a unit written alone", async () => {
    const a = await engine.ask("マイナンバーカードの担当課は？");
    expect(a.leads?.[0]).toBe("担当課: 市民課（マイナンバーカードの普及促進）");
  });
});
