import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom as goesOn } from "../../src/answer/engine.js";
import { plainJapanese } from "../../src/answer/understand/written.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { keyOf, TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const read = (q: string) => understand(q, catalog, NOW);

// The written register of a council secretariat or a manager (probe 118): read as the plain forms, one rule at a time.
describe("the written register read as plain Japanese", () => {
  it.each([
    // Listed: 掲載され… is 載っ….
    ["本章に掲載されている事業", "この章に載っている事業"],
    ["事業が掲載されていない取組", "事業が載っていない取組"],
    ["掲載されておりますでしょうか", "載っておりますでしょうか"],
    ["令和7年度に掲載されず", "令和7年度に載らず"],
    // The department in charge: 所管 is 担当 — not the plan's own 施設所管課.
    ["所管課ごとの事業件数", "担当課ごとの事業件数"],
    ["情報システム課が所管する事業", "情報システム課が担当する事業"],
    ["おくやみコーナーの所管は市民課", "おくやみコーナーの担当は市民課"],
    ["施設所管課による点検", "施設所管課による点検"],
    // This plan: 本計画, 本章 — not 基本計画.
    ["本計画に載っていますか", "この計画に載っていますか"],
    ["基本計画の事業", "基本計画の事業"],
    // The plan named by its title, and this chapter of it (probe 122) — not another plan that ends so.
    ["総合計画のこの章って全部で何事業？", "この計画って全部で何事業？"],
    ["茨木市の第6次総合計画に載ってる", "この計画に載ってる"],
    ["実施計画の事業は全部で何件？", "この計画の事業は全部で何件？"],
    ["男女共同参画計画の策定", "男女共同参画計画の策定"],
    // How it is treated: how it stands (probe 180).
    ["R4はどういう扱い？", "R4はどうなってる？"],
    ["R5ってどんな扱いになってる？", "R5ってどうなってる？"],
    ["R5の扱いはどうなっていますか", "R5はどうなっていますか"],
    ["個人情報の扱い", "個人情報の扱い"],
    // A project's sunset and start in budget terms, its year joined as the plain words take it (probe 128).
    ["R4終期の事業", "R4が最終年度の事業"],
    ["終期R4の事業", "最終年度がR4の事業"],
    ["終期が令和5年度", "最終年度が令和5年度"],
    ["R3始期", "R3が初年度"],
    ["マイナンバーカードの終期は？", "マイナンバーカードの最終年度は？"],
    // (Not in a context sentence, where no year is asked.)
    ["事業の終期を整理しております", "事業の終期を整理しております"],
    // Whether it goes on from now, in the plan's own word: 続く (probe 129) — not the direction in a year.
    ["公共施設保全事業は今後も継続しますか", "公共施設保全事業は今後も続きますか"],
    ["引き続き継続される予定ですか", "今後も続く予定ですか"],
    ["ふるさと納税はこれからも継続？", "ふるさと納税は今後も続く？"],
    ["来年度以降も継続していく", "来年度以降も続いていく"],
    ["令和5年度も継続する事業", "令和5年度も継続する事業"],
    // (Negatives conjugated, and a list of those that go on left to the direction — review.)
    ["この事業は今後は継続しないのか", "この事業は今後も続かないのか"],
    ["今後継続されない？", "今後も続かない？"],
    ["今後も継続する事業は？", "今後も継続する事業は？"],
    ["ホームページは今後も継続するのでしょうか", "ホームページは今後も続くのでしょうか"],
    ["将来的にも継続しますか", "今後も続きますか"],
    ["今後も継続されていますか", "今後も続いていますか"],
    // The project just named, and whether there is one.
    ["当該事業の方向性", "その事業の方向性"],
    ["情報公開に関する事業の有無", "情報公開に関する事業があるか"],
    // How it stands, asked: after a topic, the topic's question (は？); alone, どうですか.
    ["令和5年度の方向性はいかがでしょうか。", "令和5年度の方向性は？"],
    ["施策7-7ではいかがですか", "施策7-7では？"],
    ["いかがでしょうか", "どうですか"],
    ["いかがお過ごしでしょうか", "いかがお過ごしでしょうか"],
    // A year's direction asked how it goes, politely or not: the year's question (probe 153) — not a subject's span.
    ["令和5年度の方向性はどうなっていますか。", "令和5年度の方向性は？"],
    ["2023年度の方向性はどうなっておりますでしょうか", "2023年度の方向性は？"],
    ["R6の予定はどうなってる？", "R6の予定は？"],
    ["マイナンバーカードの方向性はどうなっていますか", "マイナンバーカードの方向性はどうなっていますか"],
    // Each one counted: ごと (probe 153) — only before a count.
    ["各施策の事業数を一覧でいただけますか。", "施策ごとの事業数を一覧でいただけますか。"],
    ["各課の件数", "課ごとの件数"],
    ["各取組で何件ずつ？", "取組ごとの何件ずつ？"],
    ["各課の連携", "各課の連携"],
    ["各事業のR6", "各事業のR6"],
    // Each one, written (probe 267).
    ["各々の最終記載年度", "それぞれの最終記載年度"],
    ["おのおのの担当課", "それぞれの担当課"],
    // Ended with 済み before what it says of (probe 267) — asked at the end, left to ENDED_ASKED.
    ["うち完了済みのもの", "うち完了したもの"],
    ["終了済みの事業", "終了した事業"],
    ["もう完了済み？", "もう完了済み？"],
    // Covered, of a project or a year: listed (probe 263) — not who a project is for.
    ["リノベの事業って対象になってる？", "リノベの事業って載ってる？"],
    ["R7も対象？", "R7も載ってる？"],
    ["エアコンの改修って対象ですか？", "エアコンの改修って載ってるか？"],
    ["補助金の対象は？", "補助金の対象は？"],
    // Outside it, asked: not listed, in the negative (probe 272) — not a condition said (臨時拡充は対象外).
    ["平和の事業は対象外？", "平和の事業は載ってないよね？"],
    ["コーチング研修は対象外ですか？", "コーチング研修は載ってないよね？"],
    ["R4の拡充で、臨時拡充は対象外", "R4の拡充で、臨時拡充は対象外"],
    ["誰が対象？", "誰が対象？"],
    // A claim heard, asked whether it holds: the claim asked (probe 281).
    ["人事課の担当って聞いたけど本当？", "人事課の担当？"],
    ["3件って聞いたんですが、合ってますか？", "3件？"],
    ["R5まで続くって聞きましたが、正しいですか？", "R5まで続く？"],
    ["本当に聞いたけど本当？", "本当に聞いたけど本当？"],
    // A unit offered as whose 事業 a project is: its 担当 (probe 281) — not a unit's projects asked for.
    ["外壁改修工事って財産活用課の事業？", "外壁改修工事って財産活用課の担当？"],
    ["コーチング研修って人事課の事業だったっけ？", "コーチング研修って人事課の担当だったっけ？"],
    ["人事課の事業は？", "人事課の事業は？"],
    // A topic set out with ですが: は (probe 287) — not how one asks, nor a verb's のですが.
    [
      "改修工事ですが、令和3年度は新規でよろしいでしょうか",
      "改修工事は、令和3年度は新規でよろしいでしょうか",
    ],
    ["コーチング研修の件ですが、R4はどうなる？", "コーチング研修は、R4はどうなる？"],
    ["人事課ですが、R4に完了する事業は？", "人事課ですが、R4に完了する事業は？"],
    ["確認ですが、R3で新規の事業は？", "確認ですが、R3で新規の事業は？"],
    ["財政課の者ですが、令和5年度で完了予定の事業", "財政課の者ですが、令和5年度で完了予定の事業"],
    ["照会への回答で必要なんですが、", "照会への回答で必要なんですが、"],
    ["R4で完了と聞いていたのですが、まだ続いてますか", "R4で完了と聞いていたのですが、まだ続いてますか"],
    // A clause taken back and said again (probe 288) — not a difference asked of.
    ["R6で縮小、いやちがう、R4で縮小に変わった事業", "R4で縮小に変わった事業"],
    ["人事課の事業、じゃなかった市民課の事業", "市民課の事業"],
    ["R5で完了、あ、間違えた、R4で完了する事業", "R4で完了する事業"],
    ["方向性が違う事業", "方向性が違う事業"],
    ["R4とR5で、方向性が違う事業", "R4とR5で、方向性が違う事業"],
    // A field alone asked for, and how a yes-or-no is to be answered (probe 289).
    ["担当課名のみで", "担当課を教えて"],
    ["課名だけ教えてください", "担当課を教えて"],
    ["R7まで続く？はいかいいえだけで", "R7まで続く？"],
    ["R7まで続く？はい・いいえで答えて", "R7まで続く？"],
    // Where, in writing: において is で (probe 278) — not the plan's における.
    ["令和4年度において完了する事業", "令和4年度で完了する事業"],
    ["施策7-6及び施策7-7において、", "施策7-6及び施策7-7で、"],
    ["施策7-2においては", "施策7-2では"],
    ["庁内におけるICT基盤の充実", "庁内におけるICT基盤の充実"],
    // Apologies that take back what was said.
    ["失礼いたしました、人事課でした", "失礼しました、人事課でした"],
    ["申し訳ございません、令和6年度の誤りです", "すみません、令和6年度の誤りです"],
  ])("reads %s as %s", (written, plain) => {
    expect(plainJapanese(written)).toBe(plain);
  });

  it("leaves a question with none of the forms as it is", () => {
    const q = "マイナンバーカードの担当課は？";
    expect(plainJapanese(q)).toBe(q);
  });
});

// The older written style (文語, 候文) of a staff member of the old school (probe 209): read as today's, one rule at a time.
describe("the older written style read as today's Japanese", () => {
  it.each([
    // Historical kana in a verb: 願ひ, 扱ひ — い; 乞ふ, 乞フ — う.
    ["御教示願ひたく候。", "教えてください。"],
    ["令和五年度の扱ひ如何", "令和五年度はどうですか"],
    ["一覧乞フ。", "一覧を教えてください。"],
    // Words today's writing spells in kana: 其の内, 其の, 此の, 其れ, 何処, 何時, 何れ, 迄.
    ["其の内、令和三年度新規のものは。", "そのうち、令和三年度新規のものは。"],
    ["其の内完了せるもの", "そのうち完了したもの"],
    ["其の目的は", "その目的は"],
    ["此の事業", "この事業"],
    ["其の内容", "その内容"],
    ["事業數最多の擔當課は何処か", "事業數最多の擔當課はどこか"],
    ["何時からか", "いつからか"],
    ["何時間", "何時間"],
    ["何れが長く続くか", "いずれが長く続くか"],
    ["令和七年度迄続くもの", "令和七年度まで続くもの"],
    // にて, を以て: で. 〜に限り: のみ (not できる限り).
    ["市民課所管にて", "市民課担当で"],
    ["令和五年度を以て記載終了するもの", "令和五年度で記載終了するもの"],
    ["なな てん に てん なな", "なな てん に てん なな"],
    ["ななてんにてんなな", "ななてんにてんなな"],
    ["施策七の二に限り列挙", "施策七の二のみ列挙"],
    ["できる限り早く", "できる限り早く"],
    // Whether there is: 有りや — ありますか; 相違なきや — 相違ないか.
    ["縮小の事業有りや。", "縮小の事業ありますか。"],
    ["擔當は市民課にて相違なきや", "擔當は市民課で相違ないか"],
    // A request: 承りたし, 示されたし — 教えてください, してください; 悉く — すべて.
    ["電子計算機室の所管事業を承りたし。", "電子計算機室の所管事業を教えてください。"],
    [
      "各施設の無線LAN整備に係る事業、悉く示されたし。",
      "各施設の無線LAN整備に係る事業、すべて示してください。",
    ],
    // How it turns out, asked in writing; a field asked for with お願いします (probe 208).
    ["令和5年度以降はどのようになりますか。", "令和5年度以降はどうなりますか。"],
    ["担当課もあわせてお願いいたします。", "担当課も教えてください。"],
    ["方向性をお願いします", "方向性を教えてください"],
    ["よろしくお願いいたします。", "よろしくお願いいたします。"],
    // How it stands, asked as what state it is in (probe 216) — not a figure such as 進捗状況.
    ["今どういう状況？", "今どうなってる？"],
    ["現在どのような状況でしょうか", "現在どうなってるでしょうか"],
    ["進捗状況は？", "進捗状況は？"],
    // (Today's words with the same characters are left as they are: 載せる事業, 見せる.)
    ["載せる事業", "載せる事業"],
    ["資料を見せるもの", "資料を見せるもの"],
  ])("reads %s as %s", (written, plain) => {
    expect(plainJapanese(written)).toBe(plain);
  });
});

it("asks 今どういう状況？ of the project in view, as 今どうなってる？ (probe 216: 状況 had been searched)", async () => {
  const first = await engine.ask("市の財産を民間に使ってもらうアイデアを募集するやつ");
  const a = await engine.ask("今どういう状況？", { previous: goesOn(first) });
  const plain = await engine.ask("今どうなってる？", { previous: goesOn(first) });
  expect(a.projects.map(keyOf)).toEqual(plain.projects.map(keyOf));
  expect(a.searchedWords).not.toContain("状況");
});

describe("a council secretariat's follow-ups (real engine, probe 208)", () => {
  it("answers the department asked for with 担当課もあわせてお願いいたします, not a greeting", async () => {
    const first = await engine.ask("多文化共生の地域づくり推進");
    const a = await engine.ask("担当課もあわせてお願いいたします。", { previous: goesOn(first) });
    expect(a.projects.map(keyOf)).toEqual(["7-4#4"]);
    expect(a.notes.join("")).toMatch(/人権・男女共生課/);
  });

  it("asks 令和5年度以降はどのようになりますか of the project in view, not of the whole plan", async () => {
    const first = await engine.ask("DV被害者の支援");
    const a = await engine.ask("令和5年度以降はどのようになりますか。", { previous: goesOn(first) });
    expect(a.answered).toBe(1);
    expect(keyOf(a.projects[0] as (typeof a.projects)[number])).toBe("7-5#4");
  });
});

describe("questions in the older written style (real engine)", () => {
  it("lists a year's completions asked with 一覧乞フ, as without it", async () => {
    const a = await engine.ask("令和四年度ニ完了スル事業、一覧乞フ。");
    const plain = await engine.ask("令和4年度に完了する事業");
    expect(a.answered).toBe(plain.answered);
    expect(a.answered).toBeGreaterThan(0);
  });

  it("narrows the list before with 其の内, as with そのうち", async () => {
    const first = await engine.ask("財産活用課の事業");
    const a = await engine.ask("其の内、令和三年度新規のものは。", { previous: goesOn(first) });
    const plain = await engine.ask("そのうち、令和3年度新規のものは。", { previous: goesOn(first) });
    expect(a.projects.map(keyOf)).toEqual(plain.projects.map(keyOf));
    expect(a.answered).toBeLessThan(first.answered);
  });

  it("reads old kanji in a department and a direction (人權, 擴充) as today's", async () => {
    const a = await engine.ask("人權・男女共生課所管にて令和四年度完了のもの");
    expect(a.filters.departments).toEqual(["人権・男女共生課"]);
    expect(a.missingTerms).toEqual([]);
    const b = await engine.ask("令和三年度に擴充となる事業");
    expect(b.answered).toBe((await engine.ask("令和3年度に拡充となる事業")).answered);
  });

  it("answers a follow-up asking 擔當課は？ with the department", async () => {
    const first = await engine.ask("マイナンバーカードの普及促進");
    const a = await engine.ask("擔當課は", { previous: goesOn(first) });
    const plain = await engine.ask("担当課は", { previous: goesOn(first) });
    expect(a.projects.map(keyOf)).toEqual(["7-2#17"]);
    expect({ notes: a.notes, leads: a.leads }).toEqual({ notes: plain.notes, leads: plain.leads });
    expect(a.leads?.join("") ?? "").toMatch(/市民課/);
  });
});

describe("questions in the written register (real engine)", () => {
  it("confirms a project's year set out with ですが, of that project (probe 287)", async () => {
    const a = await engine.ask(
      "お疲れ様です。総持寺のいのち・愛・ゆめセンターの改修工事ですが、令和3年度は新規という扱いでよろしいでしょうか。",
    );
    const want = plan.projects.filter((p) => p.name.includes("外壁及び屋上改修工事"));
    expect(want).toHaveLength(1);
    expect(want[0]?.directions.R3).toBe("新規");
    expect(a.notes[0]).toMatch(/^はい。/);
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(want.map(projectKey));
  });

  it("lists R4's completions asked with において, as with で (probe 278)", async () => {
    const a = await engine.ask("令和4年度において完了する事業をお示しください。");
    const want = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    expect(want.length).toBeGreaterThan(1);
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(want.map(projectKey));
  });

  it("answers the initiatives no project is listed under, asked with 掲載されていない", async () => {
    const a = await engine.ask("新規・拡充事業等が掲載されていない取組を一覧でお示しください。");
    expect(a.notes.join("")).toMatch(/載っていない取組は8件です/);
  });

  it("counts the whole plan asked by its title (総合計画のこの章って全部で何事業？)", async () => {
    const a = await engine.ask("総合計画のこの章って全部で何事業？");
    expect(a.answered).toBe(plan.projects.length);
  });

  it("answers a year's direction asked of the project before with どういう扱い？ (probe 180)", async () => {
    const first = await engine.ask("多文化共生の地域づくり推進");
    const a = await engine.ask("R4はどういう扱い？", { previous: goesOn(first) });
    expect(a.notes[0]).toBe("多文化共生の地域づくり推進の令和4年度の方向性は拡充です。");
    expect(a.missingTerms).toEqual([]);
  });

  it("counts by department asked with 所管課ごと", () => {
    expect(read("所管課ごとの事業件数をお示しいただけますか。")).toMatchObject({
      byDepartment: true,
      everything: true,
      hasFreeText: false,
    });
  });

  it("answers no, with the right department, to a department confirmed with でよろしかったでしょうか", async () => {
    const a = await engine.ask("おくやみコーナーの所管は市民課でよろしかったでしょうか。");
    expect(a.notes[0]).toBe(
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の担当課は市民生活相談課です。",
    );
  });

  it("confirms a department after an apology, of the project asked before", async () => {
    const first = await engine.ask("コーチング研修の所管課は市民課でよろしかったでしょうか。");
    const a = await engine.ask("失礼いたしました、人事課でよろしいでしょうか。", { previous: goesOn(first) });
    expect(a.notes[0]).toMatch(/^はい。/);
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-3#1"]);
  });

  it("confirms a department said alone with でよろしいでしょうか。 of the project before", async () => {
    const first = await engine.ask("コーチング研修の担当課は？");
    const a = await engine.ask("人事課でよろしいでしょうか。", { previous: goesOn(first) });
    expect(a.notes[0]).toMatch(/^はい。/);
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-3#1"]);
  });

  it("asks a year's direction of the projects before with いかがでしょうか", async () => {
    const first = await engine.ask("マイナンバーカードの事業");
    const a = await engine.ask("令和5年度の方向性はいかがでしょうか。", { previous: goesOn(first) });
    expect(a.answered).toBe(3);
    expect(a.notes.join("")).toContain("令和5年度の方向性");
  });

  it("answers 担当課についてもお伺いしてよろしいでしょうか。 of the project before, its department first (probe 153)", async () => {
    const first = await engine.ask("コーチング研修について教えてください");
    const a = await engine.ask("担当課についてもお伺いしてよろしいでしょうか。", { previous: goesOn(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-3#1"]);
    expect(a.notes[0]).toBe("担当課: 人事課（組織力強化に向けたコーチング研修の実施）");
  });

  it("asks a year's direction of the project before with どうなっていますか, not of the whole plan (probe 153)", async () => {
    const first = await engine.ask("マイナンバーカードの普及促進の事業について伺います。");
    const a = await engine.ask("2023年度の方向性はどうなっていますか。", { previous: goesOn(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-2#17"]);
  });
});

describe("a follow-up asking for the ones of the list before (real engine)", () => {
  it("narrows the list before by a year's direction asked with のは何件 (probe 120)", async () => {
    const first = await engine.ask("情報システム課の事業");
    const a = await engine.ask("R4で完了するのは何件？", { previous: goesOn(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(["7-2#19", "7-2#21"]);
  });

  it("reads 完了しなかったほうは？ as the ones of the list before (probe 120)", async () => {
    const first = await engine.ask("人事課の事業");
    const a = await engine.ask("完了しなかったほうは？", { previous: goesOn(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-3#1"]);
  });
});

// Outside the plan, asked (probe 272: read as 以外, every other project listed).
describe("対象外, asked of a subject", () => {
  it("says はい of a subject the plan has no project of", async () => {
    const a = await engine.ask("平和の事業は対象外？");
    expect(a.answered).toBe(0);
    expect(a.notes.find((n) => /^(?:はい|いいえ)。/.test(n))).toMatch(/^はい。/);
  });

  it("says いいえ of a department with projects, and lists them", async () => {
    const a = await engine.ask("政策企画課の事業は対象外？");
    const theirs = plan.projects.filter((p) => p.department === "政策企画課");
    expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(theirs.map(projectKey));
    expect(a.notes[0]).toMatch(/^いいえ。/);
  });
});
