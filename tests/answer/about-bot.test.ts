import { beforeAll, describe, expect, it } from "vitest";
import { countLabel, REPLY_LABEL } from "../../src/answer/answer.js";
import { type Engine, goesOnFrom } from "../../src/answer/engine.js";
import { stripRegister } from "../../src/answer/register.js";
import { aboutBot } from "../../src/answer/understand/about-bot.js";
import { warmEngine } from "../helpers.js";

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2026-11-25T09:00:00+09:00");
});

describe("a message about the bot itself, read from its whole ask (probe 103)", () => {
  it.each([
    ["何ができるの？", "usage"],
    ["このボットって何ができるんですか？", "usage"],
    ["どんなことが聞けるの？", "usage"],
    ["こんにちは、使い方を教えて", "usage"],
    ["はじめまして。新しく配属されました。このbotは何を聞けばいいですか？", "usage"],
    ["使い方は？", "usage"],
    ["どんな質問ができますか", "usage"],
    ["このbotについて教えて", "usage"],
    ["このボットは何年度のデータ？", "data"],
    ["いつの計画？", "data"],
    ["情報源は？", "data"],
    ["データはいつ更新されますか？", "data"],
    ["このボットの使い方は？", "usage"],
    ["このデータはいつ時点？", "data"],
    ["元の資料はどこ？", "data"],
    ["出典は？", "data"],
    ["計画の元データはどこにある？", "data"],
    ["データの出どころを教えて", "data"],
    ["毎朝の通知って何？", "digest"],
    ["通知を止めたい", "digest"],
    ["ダイジェストを止めるには？", "digest"],
    ["答えが間違ってたらどうすればいい？", "feedback"],
    ["間違いを見つけたらどこに報告すればいい？", "feedback"],
    ["フィードバックの方法は？", "feedback"],
    ["了解です", "thanks"],
    ["なるほど、ありがとう", "thanks"],
    ["ありがとうございます！助かりました", "thanks"],
    ["👍", "thanks"],
    // However it is worded, by two cues in a short message naming nothing of the plan (probe 107).
    ["このデータっていつ時点の情報ですか？", "data"],
    ["元になっている資料はどこで見られますか", "data"],
    ["このデータってどこから来てるの？", "data"],
    ["毎朝チャンネルに流れてくる投稿って何？止めたいんだけど", "digest"],
    ["毎朝の投稿を止めるにはどうしたらいい？", "digest"],
    ["答えが間違ってたらどうやって伝えればいいですか", "feedback"],
  ])("reads %s as about the bot: %s", (q, about) => {
    expect(aboutBot(stripRegister(q))).toBe(about);
  });

  it.each([
    ["データ連携の事業"],
    ["口座振替の結果データ"],
    // The plan's own チャットボット (7-2 No.18) is a word of the plan, never the bot.
    ["チャットボット"],
    ["チャットボットについて教えて"],
    ["いつの事業？"],
    ["口座振替のデータはどこに送る？"],
    // A compound of the data words is the plan's (情報システム), never the bot's data.
    ["情報システムの更新はいつ？"],
    ["データ連携はどこがやってる？"],
    ["間違いやすい手続き"],
    ["朝の通勤"],
    ["通知の電子化"],
    ["施設予約システムで何ができるの？"],
    ["マイナンバーカードの担当課は？ありがとう"],
    ["お疲れさまです"],
    ["ほげほげ"],
    // A plan question before it: the list is what is asked (review).
    ["R5に完了する事業を教えてください。この情報は最新ですか？"],
  ])("reads %s as no message about the bot", (q) => {
    expect(aboutBot(stripRegister(q))).toBeNull();
  });
});

describe("the reply to a message about the bot", () => {
  it("answers what the data is in sentences — the chapter, its years and size, what it does not hold, this year — with no count", async () => {
    const a = await engine.ask("このデータはいつ時点？");
    expect(a.projects).toEqual([]);
    expect(countLabel(a)).toBe(REPLY_LABEL);
    const said = (a.leads ?? []).join("");
    expect(said).toContain("「まちづくりを進めるための基盤」の章");
    expect(said).toContain("令和3年度〜7年度");
    expect(said).toContain("施策7件・取組23件・事業44件");
    expect(said).toContain("進捗や実績、予算額は載っていません");
    expect(said).toContain("今年度は令和8年度です");
    expect(a.notes.some((n) => n.includes("前の質問"))).toBe(false);
  });

  it("explains the daily digest and how to start and stop it, and that past the plan's years it only gives notice", async () => {
    const a = await engine.ask("毎朝の通知って何？");
    expect(a.projects).toEqual([]);
    const said = (a.leads ?? []).join("");
    expect(said).toMatch(/計画ダイジェスト.*\/plan digest on.*\/plan digest off/s);
    expect(said).toContain("今年度（令和8年度）は計画期間（令和3年度〜7年度）の外");
    const within = await warmEngine("2023-06-01T09:00:00+09:00");
    expect(((await within.ask("毎朝の通知って何？")).leads ?? []).join("")).not.toContain("計画期間");
  });

  it("tells how to say an answer was wrong: the 違う button", async () => {
    const a = await engine.ask("答えが間違ってたらどうすればいい？");
    expect(a.projects).toEqual([]);
    expect(a.leads?.[0]).toContain("『違う』ボタン");
  });

  it("answers how to use it with the usage", async () => {
    expect((await engine.ask("このボットって何ができるんですか？")).intent).toBe("usage");
  });

  it("says どういたしまして to thanks, and only acknowledges an acknowledgement", async () => {
    expect((await engine.ask("ありがとう")).leads?.[0]).toMatch(/^どういたしまして。/);
    expect((await engine.ask("了解です")).leads?.[0]).toMatch(/^はい。/);
  });

  it("heads a greeting alone with no count of projects", async () => {
    expect(countLabel(await engine.ask("お疲れさまです"))).toBe(REPLY_LABEL);
  });

  it("keeps the thread's subject after thanks: the next question goes on from the one before", async () => {
    const first = await engine.ask("マイナンバーカードの担当課は？");
    const thanks = await engine.ask("ありがとう", { previous: goesOnFrom(first) });
    expect(thanks.reply).toBe(true);
    const next = await engine.ask("じゃあR5は？", { previous: goesOnFrom(thanks) });
    expect(next.readAs).toBe("マイナンバーカードのR5はどうなる?");
    expect(next.leads?.[0]).toMatch(/^マイナンバーカードの普及促進は令和5年度/);
  });

  it("gives nothing to go on from after a question about the bot: a code after ヘルプ is that code", async () => {
    const help = await engine.ask("ヘルプ");
    const code = await engine.ask("7-4-9", { previous: goesOnFrom(help) });
    expect(code.intent).toBe("code");
    expect(code.notes.join("")).not.toContain("ヘルプ");
  });
});
