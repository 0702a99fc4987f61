import { beforeAll, describe, expect, it } from "vitest";
import { quoteQuestion } from "../../src/answer/answer.js";
import { createEngine, type Engine, goesOnFrom } from "../../src/answer/engine.js";
import { renderAnswerText } from "../../src/answer/render-text.js";
import { loadPlan } from "../../src/plan/load.js";
import { ACTION_PAGE, answerMessage, decodeRef } from "../../src/slack/blocks.js";
import { blockKitProblems } from "../../src/tools/fake-slack.js";
import { TEST_CACHE_DIR } from "../helpers.js";

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(loadPlan(), {
    cacheDir: TEST_CACHE_DIR,
    clock: () => new Date("2023-06-15T09:00:00+09:00"),
  });
  await engine.warmUp();
});

const text = (m: ReturnType<typeof answerMessage>) => JSON.stringify(m.blocks);
const buttonIds = (m: ReturnType<typeof answerMessage>) =>
  m.blocks.flatMap((b) =>
    b.type === "actions" ? b.elements.map((e) => ("action_id" in e ? e.action_id : "")) : [],
  );

describe("answer messages people can read", () => {
  it("quotes a question short, with Slack's formatting characters as text", () => {
    expect(quoteQuestion("*太字*と_斜体_と`コード`")).toBe("＊太字＊と＿斜体＿と｀コード｀");
    const long = "あ".repeat(200);
    expect([...quoteQuestion(long)]).toHaveLength(40);
    expect(quoteQuestion(long).endsWith("…")).toBe(true);
  });

  it("quotes a long message from what it says, its greeting and self-introduction left off (probe 51)", () => {
    const q =
      "お疲れ様です。市民課の山田です。窓口で聞かれたのですが、マイナンバーカードの出張申請の担当課を教えてください。";
    expect(quoteQuestion(q).startsWith("窓口で聞かれたのですが、マイナンバーカード")).toBe(true);
    expect(quoteQuestion("お疲れ様です。R4に完了する事業")).toBe("お疲れ様です。R4に完了する事業");
  });

  it("quotes a long message from its asking sentence when a story comes before it (probes 55–57)", () => {
    const q =
      "お疲れさまです。財政課の課長補佐です。来年度の予算編成に向けて歳入まわりの事業を確認しております。口座振替の申込みを書類以外でも受け付けるような取組が計画にあったかと存じますが、どの事業か教えていただけますでしょうか。";
    expect(quoteQuestion(q).startsWith("…口座振替の申込みを")).toBe(true);
    expect([...quoteQuestion(q)]).toHaveLength(40);
  });

  it("quotes the sentence before an ask that names nothing (…該当する事業を教えていただけますか。) (probes 66–69)", () => {
    const story = "お世話になっております。来週の地元説明会に向けて資料を作っているところです。";
    const q = `${story}市民会館跡地の周りの道路について問い合わせがありました。該当する事業と担当課を教えていただけますか。`;
    expect(quoteQuestion(q).startsWith("…市民会館跡地の周りの道路について")).toBe(true);
    // An ask that names its subject is quoted itself.
    const own = `${story}市民会館跡地の周りの道路の事業を教えていただけますか。`;
    expect(quoteQuestion(own).startsWith("…市民会館跡地の周りの道路の事業を")).toBe(true);
  });

  it("quotes the sentence that asks before a closing request that is all register (お手すきの際にご確認ください。) (probe 74)", () => {
    const q =
      "お疲れ様です。市民課の田中です。来月の会議の資料を作っております。マイナンバーカードの出張申請サポートの方向性と担当課を確認したいです。お手すきの際にご確認ください。";
    expect(quoteQuestion(q).startsWith("…マイナンバーカードの出張申請サポートの")).toBe(true);
  });

  it.each([
    "どの事業になるか教えてください。よろしくお願いします。",
    "どの事業でしょうか。",
    // Probes 80–82: its name, the list, which one fits, its overview.
    "その事業名を教えてください。",
    "該当の事業を教えてください。",
    "お手数ですが一覧をいただけますか。",
    "どの事業が該当しますか。",
    "該当する事業の概要をお願いできますか。",
    "該当する施策の事業を一覧で教えていただけますか。",
  ])("quotes the sentence before an ask of which project that names nothing (%s) (probe 79)", (ask) => {
    const q = `お疲れ様です。マイナンバーカードを使って手続きがワンストップでできる、ぴったりサービスの利用を進める事業があるかと思います。${ask}`;
    expect(quoteQuestion(q).startsWith("マイナンバーカードを使って手続きが")).toBe(true);
  });

  it("heads several projects of one policy (7-2の13番から17番) with one line of their numbers and the policy (probe 72)", async () => {
    const a = await engine.ask("7-2の13番から17番");
    expect(a.answered).toBe(5);
    const m = answerMessage(a, { nav: true });
    expect(text(m)).toContain("*7-2 No.13・No.14・No.15・No.16・No.17*\\n施策: 社会の変化");
    expect(renderAnswerText(a).split("\n")[1]).toBe(
      "7-2 No.13・No.14・No.15・No.16・No.17（施策: 社会の変化に対応する効率的・効果的な自治体運営を推進する）",
    );
  });

  it("says how the question was read on one 条件 line, a condition said in a sentence on it beside the code", async () => {
    const m = answerMessage(await engine.ask("令和4年度に完了したものを除いた7-2の事業"), {});
    expect(text(m)).toContain("条件: 施策7-2 / 令和4年度に完了・新規完了でない");
    expect(text(m).match(/条件:/g)).toHaveLength(1);
  });

  it("pages a follow-up's answer by what it was read as, so that the next page answers the same question", async () => {
    const a = await engine.ask("それぞれの担当課は？", { previous: "7-2の事業" });
    expect(a.query).toBe("それぞれの担当課は？");
    const m = answerMessage(a, { nav: true });
    const next = m.blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .find((e) => "action_id" in e && e.action_id === `${ACTION_PAGE}_next`);
    expect(decodeRef(next && "value" in next ? next.value : undefined)?.q).toBe(
      "7-2の事業\nそれぞれの担当課は？",
    );
  });

  it("does not offer to share an empty answer", async () => {
    const empty = answerMessage(await engine.ask("ほげほげ"), { share: true, nav: true });
    expect(buttonIds(empty)).not.toContain("plan_share");
    const found = answerMessage(await engine.ask("7-4-2"), { share: true, nav: true });
    expect(buttonIds(found)).toContain("plan_share");
  });

  it("says which page of how many a long list is on", async () => {
    const m = answerMessage(await engine.ask("7"), { nav: true, page: 1 });
    expect(text(m)).toMatch(/6〜10件目・2\/\d+ページ/);
  });

  it("groups a code's long list by initiative, with its title, and says how to get the whole list", async () => {
    const m = answerMessage(await engine.ask("7-2"), { nav: true, page: 0 });
    expect(text(m)).toContain(":file_folder: *7-2-2* ");
    expect(text(m)).toContain(":file_folder: *7-2-3* ");
    expect(text(m)).toContain("export --format xlsx");
    const one = answerMessage(await engine.ask("7-4-2"), { nav: true });
    expect(text(one)).not.toContain(":file_folder:");
  });

  it("says which words a free-text answer searched, as written, and none for a code", async () => {
    const m = answerMessage(await engine.ask("来週の会議で使うので、Ｗｉ－Ｆｉの担当課は？"), { nav: true });
    expect(text(m)).toContain("探した語: Ｗｉ－Ｆｉ");
    expect(text(answerMessage(await engine.ask("7-4-2"), { nav: true }))).not.toContain("探した語");
  });

  it("parts the words searched with 、 when one holds ・ itself (いのち・愛・ゆめセンター、Wi-Fi) (probe 108)", async () => {
    const m = answerMessage(await engine.ask("いのち・愛・ゆめセンターのWi-Fi"), { nav: true });
    expect(text(m)).toContain("探した語: いのち・愛・ゆめセンター、Wi-Fi");
  });

  it("shows a project's 目的 instead of its 内容 when only 目的 holds the words searched", async () => {
    const a = await engine.ask("申請書");
    expect(a.answered).toBeGreaterThan(1);
    const m = answerMessage(a, { nav: true });
    expect(text(m)).toMatch(/_目的: …?[^_]*申請書/);
  });

  it("shows the related projects below a いいえ a line each, no card (probe 109)", async () => {
    const a = await engine.ask("防犯カメラの設置を増やす事業ってある？");
    expect(a.notes[0]?.startsWith("いいえ。")).toBe(true);
    const m = answerMessage(a, { nav: true });
    const sections = m.blocks.filter((b) => b.type === "section" && JSON.stringify(b).includes("担当課"));
    expect(sections).toEqual([]);
    for (const p of a.projects) expect(text(m)).toContain(p.name);
  });

  it("shows the one project answering in full and the related ones below it a line each (probe 91)", async () => {
    const a = await engine.ask("マイナンバーカードの事業について教えて");
    expect(a.answered).toBe(1);
    const [answer, ...related] = a.projects;
    expect(related.length).toBeGreaterThan(0);
    const m = answerMessage(a, { nav: true });
    const json = (s: string) => JSON.stringify(s).slice(1, -1);
    expect(text(m)).toContain(json(`*目的* ${answer?.purpose}\n*内容* ${answer?.content}`));
    const sections = m.blocks.flatMap((b) => (b.type === "section" && b.text ? [b.text.text] : []));
    const lines = sections.find((t) => t.startsWith("• "))?.split("\n") ?? [];
    expect(lines).toHaveLength(related.length);
    for (const [i, p] of related.entries()) {
      expect(lines[i]).toContain(`*${p.name}*`);
      expect(lines[i]).toContain(p.department);
      expect(text(m)).not.toContain(json(p.content.slice(0, 20)));
    }
  });

  it("shows each answered project's 目的 whole when 目的 is asked for (それぞれの目的は？, probe 46)", async () => {
    const a = await engine.ask("それぞれの目的は？", { previous: "DX推進チームの事業" });
    const answered = a.projects.slice(0, a.answered);
    expect(answered.length).toBeGreaterThan(1);
    const m = answerMessage(a, { nav: true });
    for (const p of answered) expect(text(m)).toContain(JSON.stringify(`*目的* ${p.purpose}`).slice(1, -1));
  });

  it("shows both 目的 and 内容 whole when both are asked for (それぞれの目的と内容は？, probe 73)", async () => {
    const a = await engine.ask("それぞれの目的と内容は？", { previous: "DX推進チームの事業" });
    const answered = a.projects.slice(0, a.answered);
    expect(answered.length).toBeGreaterThan(1);
    const m = answerMessage(a, { nav: true });
    for (const p of answered)
      expect(text(m)).toContain(JSON.stringify(`*目的* ${p.purpose}\n*内容* ${p.content}`).slice(1, -1));
  });

  it("lists the projects under a note's heading as its items, not as loose notes (質問の事業:)", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進ってR5も載ってる？");
    expect(a.notes).toContain("質問の事業:");
    const m = answerMessage(a, { nav: true });
    expect(text(m)).toMatch(
      /:information_source: 質問の事業:\\n• マイナンバーカードの普及促進（7-2-6 \/ 7-2 No\.17）担当課: 市民課/,
    );
    expect(blockKitProblems({ ...m, blocks: JSON.stringify(m.blocks) })).toEqual([]);
  });

  it("shows a sentence that answers the question as the message's text, and other notes as remarks beside it", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進ってR5も載ってる？");
    const [said] = a.notes as [string];
    expect(said).toMatch(/^いいえ。/);
    const m = answerMessage(a, { nav: true });
    const lead = m.blocks.find((b) => b.type === "section" && JSON.stringify(b).includes(said));
    expect(lead).toBeDefined();
    expect(text(m)).not.toContain(`:information_source: ${said}`);
    expect(text(m)).toContain(":information_source: 質問の事業:");
  });

  it("shows 該当 and 関連する可能性 apart, with the related heading between them", async () => {
    const a = await engine.ask("ＷｉーＦｉの整備");
    const m = answerMessage(a, { nav: true });
    expect(m.text).toContain(`該当 ${a.answered}件`);
    // The heading stands where the related projects begin: on the first page when there are fewer than 5 answers.
    const related = a.projects.length > a.answered && a.answered < 5;
    expect(text(m).includes("関連する可能性がある事業")).toBe(related);
    expect(blockKitProblems({ ...m, blocks: JSON.stringify(m.blocks) })).toEqual([]);
  });

  it("heads no related projects against 該当 when nothing is 該当 (probe 49)", async () => {
    const a = await engine.ask("宇宙開発の事業は？");
    expect(a.answered).toBe(0);
    expect(a.projects.length).toBeGreaterThan(0);
    const m = answerMessage(a, { nav: true });
    expect(m.text).toContain("関連する可能性");
    expect(text(m).includes("関連する可能性がある事業")).toBe(false);
  });
});

describe("an answer in the shape it was asked in (probe 86)", () => {
  it.each([
    ["情報システム課の事業を表で", "情報システム課"],
    ["DX推進チームの事業を箇条書きで", "DX推進チーム"],
    ["財産活用課が担当している事業を一覧をコピペできる形で出していただけますか。", "財産活用課"],
    ["人事課の事業を名前だけ", "人事課"],
    // For a table (probe 113: 表, 形 and 一行 had been searched, 0件).
    ["財産活用課の事業を表に貼りたいので、一行ずつで", "財産活用課"],
    ["情報システム課の事業を、表に貼れる形で一覧でください", "情報システム課"],
    ["人事課の事業を表にしたいです", "人事課"],
    // Budget shorthand (probe 128: 付き, 箇条 and メモ had been searched, 0件).
    ["財産活用課の事業 課名付きで箇条書き", "財産活用課"],
    ["情報システム課の事業、メモ用に", "情報システム課"],
    ["人事課の事業をヒアリング用に", "人事課"],
  ])(
    "answers %s with the department's projects, a line each with its directions, no card",
    async (q, unit) => {
      const a = await engine.ask(q);
      const want = loadPlan().projects.filter((p) => p.department === unit);
      expect(a.projects.slice(0, a.answered)).toEqual(want);
      expect(a.shape).toBe("lines");
      const plain = renderAnswerText(a);
      for (const p of want)
        expect(plain).toContain(`・${p.name}（${p.initiative} / ${p.policy} No.${p.no}）${unit}　R3`);
      expect(plain).not.toContain("■");
      const blocks = answerMessage(a, { nav: true });
      expect(blockKitProblems({ ...blocks, blocks: JSON.stringify(blocks.blocks) })).toEqual([]);
      expect(text(blocks)).toContain(`• *${want[0]?.name}*`);
      expect(text(blocks)).not.toContain("*目的*");
    },
  );

  it.each([
    ["R7まで続く事業は何件ありますか。件数だけで結構です。"],
    ["R7まで続く事業の件数だけ教えて"],
    ["令和7年度に載っている事業、数のみお願いします"],
  ])("answers %s with the number alone, no project listed in text or blocks (probe 250)", async (q) => {
    const a = await engine.ask(q);
    const want = loadPlan().projects.filter((p) => p.directions.R7 !== undefined);
    expect(a.answered).toBe(want.length);
    expect(a.shape).toBe("count");
    const plain = renderAnswerText(a);
    expect(plain).toContain(`該当する事業は${want.length}件です。`);
    for (const p of want) expect(plain).not.toContain(p.name);
    const blocks = answerMessage(a, { nav: true });
    expect(blockKitProblems({ ...blocks, blocks: JSON.stringify(blocks.blocks) })).toEqual([]);
    for (const p of want) expect(text(blocks)).not.toContain(p.name);
    // (The answer still holds them, for a follow-up and for --json.)
    expect(a.projects.slice(0, a.answered)).toEqual(want);
  });

  it.each([
    ["議会での発表に入れたいので、ふるさと納税の事業を教えて"],
    ["資料の図表に入れたいので、人事課の事業"],
  ])("reads no shape in %s: 表 of 発表 or 図表 is no table asked for (review)", async (q) => {
    const a = await engine.ask(q);
    expect(a.shape).toBeUndefined();
    expect(a.answered).toBeGreaterThan(0);
    expect(a.searchedWords.some((w) => /^(?:発|図)$/.test(w))).toBe(false);
  });

  it("answers 「R4に拡充の事業を、臨時拡充は除いて名前だけ」 with R4's 拡充 alone, 名前 not searched", async () => {
    const a = await engine.ask("R4に拡充の事業を、臨時拡充は除いて名前だけ");
    const want = loadPlan().projects.filter((p) => p.directions.R4 === "拡充");
    expect(want.length).toBeGreaterThan(0);
    expect(a.projects.slice(0, a.answered)).toEqual(want);
    expect(a.missingTerms).toEqual([]);
  });

  it("shows one project asked 短く without its 目的 and 内容 in full", async () => {
    const a = await engine.ask("ペイジーのやつってなんだっけ、短く");
    expect(a.shape).toBe("brief");
    expect(a.projects[0]?.content.length).toBeGreaterThan(0);
    const plain = renderAnswerText(a);
    expect(plain).not.toContain(`目的: ${a.projects[0]?.purpose}`);
    expect(text(answerMessage(a))).not.toContain("*目的*");
    // (Asked without 短く, the one project is shown in full.)
    const full = await engine.ask("ペイジーのやつってなんだっけ");
    expect(renderAnswerText(full)).toContain(`目的: ${full.projects[0]?.purpose}`);
  });
});

describe("fields asked after related projects only (probe 104)", () => {
  it("shows the field asked on each related card, as the terminal does", async () => {
    // (Probe 104's 「市のいいところを駅のパネルで知らせる事業って？」 now finds 魅力発掘・創造事業 by its 駅 and パネル:
    // a question the plan answers only with related projects.)
    const first = await engine.ask("駅前の看板で市をPRする事業って？");
    expect(first.answered).toBe(0);
    const a = await engine.ask("目的は？", { previous: goesOnFrom(first) });
    const shown = text(answerMessage(a, {}));
    for (const p of a.projects.slice(0, 3)) expect(shown).toContain(JSON.stringify(p.purpose).slice(1, 40));
  });
});
