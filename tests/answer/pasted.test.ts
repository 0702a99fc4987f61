import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import type { Engine } from "../../src/answer/engine.js";
import { withListFirst, withoutPastedCard, withoutPastedFrame } from "../../src/answer/understand/pasted.js";
import { MAX_QUESTION_CHARS, understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { keyOf, warmEngine } from "../helpers.js";

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2023-06-01T09:00:00+09:00");
});

const FORM = [
  "【市民の声フォームより転送】",
  "受付番号：2023-0412",
  "お名前：（略）",
  "内容：春日コミュニティセンターにネット環境がなく、鍵の受け取りも不便です。",
  "---",
  "この要望、計画だとどの事業で対応してる？",
].join("\n");

const MAIL = [
  "件名：Fw: 市有施設のネーミングライツについてのご相談",
  "差出人：株式会社〇〇 営業部 山田",
  "",
  "市内の体育施設の愛称をつける権利の取得を検討しております。",
  "--------------------",
  "茨木市 総務部 人事課",
  "山田 太郎",
  "TEL 06-XXXX-XXXX",
  "--------------------",
  "これって計画上どの事業で受けてる？",
].join("\n");

describe("a pasted e-mail's or form's frame is no part of what is asked (probe 96)", () => {
  it.each([
    ["受付番号：2023-0412", FORM],
    ["お名前：（略）", FORM],
    ["差出人：株式会社〇〇 営業部 山田", MAIL],
  ])("drops the header line of who, when or what number, %s", (line, text) => {
    expect(withoutPastedFrame(text)).not.toContain(line.split(/：/)[1]);
  });

  it("keeps what a subject or content line says, without its label or a forward's mark", () => {
    const read = withoutPastedFrame(MAIL);
    expect(read).toContain("市有施設のネーミングライツについてのご相談");
    expect(read).not.toMatch(/件名|Fw:/);
    expect(withoutPastedFrame(FORM)).toContain("\n春日コミュニティセンターに");
  });

  it("drops the rules and the signature between them, and keeps the ask after them", () => {
    const read = withoutPastedFrame(MAIL);
    expect(read).not.toMatch(/---|人事課|TEL/);
    expect(read.trim().endsWith("これって計画上どの事業で受けてる？")).toBe(true);
  });

  it("keeps a form's content between two rules, which says what is asked, and labels of the plan's own (区分)", () => {
    const read = withoutPastedFrame(
      "問い合わせがありました\n-----\n受付番号：123\n内容：Wi-Fiの事業の担当課\n-----",
    );
    expect(read).toContain("Wi-Fiの事業の担当課");
    expect(read).not.toContain("123");
    expect(withoutPastedFrame("次の条件で一覧をください\n年度：R3\n区分：臨時拡充\n---")).toContain(
      "区分：臨時拡充",
    );
  });

  it.each([
    ["名前:ICT"],
    ["マイナンバーカードの担当課は？\n市民課ですか？\nそれとも情報システム課？"],
    ["R3 拡充\n-臨時拡充\n7-2"],
  ])("leaves a message with no frame as it is: %j", (text) => {
    expect(withoutPastedFrame(text)).toBe(text);
  });

  it("reads no code from a form's number, nor a name search from its name line", async () => {
    const a = await engine.ask(FORM);
    expect(a.intent).toBe("search");
    expect(a.filters.excluded).toEqual([]);
    expect(a.projects.slice(0, 5).map(keyOf)).toContain("7-6#4");
  });

  it("answers a forwarded e-mail by its subject, not by its signature's department", async () => {
    const a = await engine.ask(MAIL);
    expect(a.filters.departments).toEqual([]);
    expect(a.projects.map(keyOf)[0]).toBe("7-2#7");
  });
});

describe("a message over the limit is read from its end, where it asks (probe 96)", () => {
  const story = "市の施設のあり方について議会で議論が続いておりまして、".repeat(8);

  it("reads the ask at the end of a long message, and says only its last part was read", async () => {
    const a = await engine.ask(`${story}\n\nこの件、マイナンバーカードの担当課は？`);
    expect(a.notes).toContain(
      `質問が長いため、問いかけの部分（${MAX_QUESTION_CHARS}文字まで）で答えています。`,
    );
    expect(a.projects.map(keyOf)[0]).toBe("7-2#17");
  });

  it("reads an ask said first and followed by a long paste up to its question mark, not the paste's end", () => {
    const u = understand(
      `令和5年度に完了する事業は？\n${"議事録の抜粋です。".repeat(40)}`,
      buildCatalog(loadPlan()),
      new Date("2023-06-01T09:00:00+09:00"),
    );
    expect(u.truncated).toBe(true);
    expect(u.years).toEqual(["R5"]);
    expect(u.question).toBe("令和5年度に完了する事業は？");
  });

  it("reads an ask said first over a pasted text's closing request (早めの対応をお願いします)", () => {
    const u = understand(
      `令和5年度に完了する事業を教えて。\n${"議事録の抜粋です。".repeat(40)}早めの対応をお願いします。`,
      buildCatalog(loadPlan()),
      new Date("2023-06-01T09:00:00+09:00"),
    );
    expect(u.years).toEqual(["R5"]);
  });

  it("starts what it reads at a sentence, not inside a word", () => {
    const u = understand(
      `${"施設の話".repeat(30)}。${"来週の会議で使います".repeat(16)}。令和4年度に完了する事業は？`,
      buildCatalog(loadPlan()),
      new Date("2023-06-01T09:00:00+09:00"),
    );
    expect(u.truncated).toBe(true);
    expect(u.question.startsWith("来週の会議で使います")).toBe(true);
    expect(u.years).toEqual(["R4"]);
  });
});

describe("a year of the asker's own papers is no condition (probe 95)", () => {
  it("answers the project a message asks about, though it says last year's papers did not list it", async () => {
    const later = await warmEngine("2026-12-01T09:00:00+09:00");
    const a = await later.ask(
      "お疲れ様です。市民会館跡地の件で、周辺の道路の整備がいつ終わったのか確認したいです。去年度の資料には載っていなかった気がするのですが、事業名と完了年度を教えてください。",
    );
    expect(a.filters.years).toEqual([]);
    expect(a.projects.slice(0, a.answered).map(keyOf)).toEqual(["7-2#12"]);
  });
});

describe("a message's layout — runs of spaces, blank lines — is read as its words", () => {
  // (Runs of thousands, as a pasted table or a held-down key types them, had cost the reading's patterns minutes.)
  it.each([
    ["spaces", " ".repeat(6000)],
    ["ideographic spaces", "\u3000".repeat(6000)],
    ["blank lines with spaces on them", " \n".repeat(6000)],
  ])("a run of %s inside the question answers as one space or one blank line does", async (_, run) => {
    const laidOut = await engine.ask(`お疲れ様です。${run}マイナンバーカードの${run}担当課は？`);
    const plain = await engine.ask(
      `お疲れ様です。${run.includes("\n") ? "\n\n" : " "}マイナンバーカードの${run.includes("\n") ? "\n\n" : " "}担当課は？`,
    );
    expect(laidOut.projects.map(keyOf)).toEqual(plain.projects.map(keyOf));
    expect(laidOut.leads).toEqual(plain.leads);
    expect(laidOut.answered).toBeGreaterThan(0);
  });
});

describe("a list under a heading that points at it is read items first (probe 157)", () => {
  it.each([
    [
      "以下のR7の方向性を教えてください。\n・公共施設保全事業\n・多文化共生の地域づくり推進",
      "・公共施設保全事業\n・多文化共生の地域づくり推進\nR7の方向性を教えてください",
    ],
    [
      "下記の担当課をお願いします。・ふるさと寄附金推進事業・魅力発掘・創造事業",
      "・ふるさと寄附金推進事業・魅力発掘・創造事業\n担当課をお願いします",
    ],
  ])("reads %j as %j", (text, read) => {
    expect(withListFirst(text)).toBe(read);
  });

  it.each([
    ["人事課の事業を教えて"],
    ["次の年度に完了する事業"],
    ["次の会議資料用に、人事課の事業の担当課・目的・内容をまとめて"],
    ["・公共施設保全事業\n・多文化共生の地域づくり推進\nR7は？"],
  ])("leaves %j as it is", (text) => {
    expect(withListFirst(text)).toBe(text);
  });

  it("reads a long line of 次の at once, leaving it as it is (review-53: its time grew with the square of its length)", () => {
    const text = "次の".repeat(100_000);
    expect(withListFirst(text)).toBe(text);
  });

  it("answers the items' directions in the year the heading asks, not the year's every project", async () => {
    const a = await engine.ask(
      "以下のR7の方向性を教えてください。\n・公共施設保全事業\n・多文化共生の地域づくり推進",
    );
    expect(a.projects.slice(0, a.answered).map(keyOf).sort()).toEqual(["7-2#6", "7-4#4"]);
    expect(a.query).toContain("以下のR7の方向性");
  });
});

// A card pasted from the bot's own answer, asked of (probe 487).
describe("withoutPastedCard: a card's code and row of directions, pasted", () => {
  it.each([
    ["担当課：市民課　マイナンバーカードの普及促進　R3 拡充 → R4 継続　←この事業R5もある？", "R3 拡充"],
    ["映画の事業 方向性: R3 継続 → R4 【縮小】 → R5 【縮小】（R6は計画に記載なし） これR7は？", "【縮小】"],
  ])("leaves the row out of %s when the message points at it", (typed, row) => {
    expect(withoutPastedCard(typed)).not.toContain(row);
  });

  it("keeps a row asked of as the asker's own condition (R3 拡充 → R4 継続 の事業は？)", () => {
    expect(withoutPastedCard("R3 拡充 → R4 継続 の事業は？")).toBe("R3 拡充 → R4 継続 の事業は？");
  });

  it("reads a card's code as the project it names (7-2-3 / 7-2 No.3)", () => {
    expect(withoutPastedCard("7-2-3 / 7-2 No.3 の担当課は？")).toBe("7-2 No.3 の担当課は？");
  });

  it("answers いいえ of a pasted card's project and a year it is not listed in", async () => {
    const a = await engine.ask(
      "担当課：市民課　マイナンバーカードの普及促進　R3 拡充 → R4 継続　←この事業R5もある？",
    );
    expect(a.notes[0]).toMatch(/^いいえ。マイナンバーカードの普及促進は令和5年度の計画に記載がありません/);
  });
});
