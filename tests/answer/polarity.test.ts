import { beforeAll, describe, expect, it } from "vitest";
import { countLabel } from "../../src/answer/answer.js";
import type { Engine } from "../../src/answer/engine.js";
import { asksInTheNegative, eitherUnitAsked } from "../../src/answer/polarity.js";
import { warmEngine } from "../helpers.js";

let engine: Engine;
beforeAll(async () => {
  engine = await warmEngine("2023-06-01T09:00:00+09:00");
});

describe("a yes-or-no asked in the negative, answered as Japanese answers it (probe 99)", () => {
  it.each([
    ["図書館の事業は載ってないよね？"],
    ["消防の事業は入ってないですよね"],
    ["R5には載っていませんよね？"],
    ["ドローンの事業ってなかったっけ？"],
    ["それってR7にはないんだっけ"],
    // Believed not there, asked to be confirmed (probe 124).
    ["防災関連の事業はないという理解でよいか。"],
    ["図書館の事業は載っていないという認識で合っていますか"],
    ["消防の事業はないということでよろしいでしょうか"],
    // The casual …ないの？ (probe 295).
    ["リノベのいばらきは入ってないの？"],
    ["図書館の事業は載ってないの？"],
  ])("reads %s as asked in the negative", (q) => {
    expect(asksInTheNegative(q)).toBe(true);
  });

  it.each([
    ["図書館の事業はありませんか？"],
    ["図書館の事業はないですか？"],
    ["図書館の事業は載ってる？"],
    ["載っていない事業"],
    // A polite question of whether, and a guess: they ask whether it is so.
    ["Wi-Fiの事業はないでしょうか？"],
    ["Wi-Fiの事業はR4に完了したんじゃなかったっけ？"],
    ["完了するのではないでしょうか"],
    // (…ないの without a question mark is no ask of its own: 載っていないのは？ asks for those not listed.)
    ["載っていないのは？"],
  ])("reads %s as a plain question", (q) => {
    expect(asksInTheNegative(q)).toBe(false);
  });

  it.each([["図書館の事業は載ってないよね？"], ["消防の事業は入ってないですよね"]])(
    "agrees with はい that the plan lacks what %s asks about, and heads the answer so",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.answered).toBe(0);
      expect(a.leads?.[0]).toMatch(/^はい。.*ありません。$/);
      expect(countLabel(a).startsWith("はい（")).toBe(true);
      // The same subject asked plainly is answered いいえ.
      expect(
        (await engine.ask(q.replace(/載ってないよね？|入ってないですよね/, "ありますか"))).leads?.[0],
      ).toMatch(/^いいえ。/);
    },
  );

  it("says いいえ to a belief that the plan lacks what it has (防災関連の事業はないという理解でよいか)", async () => {
    const a = await engine.ask("防災関連の事業はないという理解でよいか。");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.leads?.[0]).toBe(`いいえ。当てはまる事業があります（該当 ${a.answered}件）。`);
    // (理解 is the asking, not a word of the subject: no project holding 理解促進 answers.)
    expect(a.searchedWords).toEqual(["防災"]);
  });

  it("says いいえ when what is asked about in the negative is in the plan", async () => {
    const a = await engine.ask("マイナンバーカードの事業は載ってないよね？");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.leads?.[0]).toBe(`いいえ。当てはまる事業があります（該当 ${a.answered}件）。`);
  });

  it("says はい or いいえ of a list asked in the negative by whether any project meets it", async () => {
    const some = await engine.ask("R4に完了する事業はないよね？");
    expect(some.answered).toBeGreaterThan(0);
    expect(some.leads?.[0]).toMatch(/^いいえ。/);
    const none = await engine.ask("R7に完了する事業はないよね？");
    expect(none.answered).toBe(0);
    expect(none.leads?.[0]).toMatch(/^はい。/);
    expect(none.notes.filter((n) => n.includes("当てはまる事業は計画にありません"))).toHaveLength(1);
  });

  it("leaves a negative read as a condition without a verdict it cannot give", async () => {
    const a = await engine.ask("マイナンバーカードの普及促進はR5には載ってないよね？");
    expect(a.leads ?? []).not.toContainEqual(expect.stringMatching(/^いいえ。当てはまる/));
  });
});

describe("two units offered for whose a subject is, answered as which of them (probe 137)", () => {
  it.each([
    ["マイナンバーは市民課だっけ？DXチームだっけ？", "マイナンバー", "市民課", "DXチーム"],
    ["マイナンバーって市民課？それとも情報システム課？", "マイナンバー", "市民課", "情報システム課"],
    [
      "マイナンバーカードの担当は市民課と情報システム課のどっち？",
      "マイナンバーカード",
      "市民課",
      "情報システム課",
    ],
    ["えんがわは市民課か人事課か", "えんがわ", "市民課", "人事課"],
  ])("reads %s as %s offered %s or %s", (q, subject, one, other) => {
    expect(eitherUnitAsked(q)).toEqual({ subject, units: [one, other] });
  });

  it.each([
    ["マイナンバーは市民課だっけ？"],
    ["人事課と市民課の事業"],
    ["マイナンバーは市民課だっけ？市民課だっけ？"],
    // (Listed, not offered: both are asked of — review.)
    ["R4で完了するのは人事課と市民課？"],
  ])("offers no two units in %s", (q) => {
    expect(eitherUnitAsked(q)).toBeNull();
  });

  it("says the right one of the two, with no いいえ (マイナンバーは市民課だっけ？DXチームだっけ？)", async () => {
    const a = await engine.ask("マイナンバーは市民課だっけ？DXチームだっけ？");
    expect(a.notes[0]).toBe("市民課のほうです。");
    expect(a.notes.some((n) => n.startsWith("いいえ"))).toBe(false);
    expect(a.projects[0]?.department).toBe("市民課");
  });

  it("says neither, and whose it is, when it is neither's (えんがわは市民課と人事課のどっち？)", async () => {
    const a = await engine.ask("えんがわは市民課と人事課のどっち？");
    expect(a.notes[0]).toBe("どちらでもありません。担当課は市民協働推進課です。");
  });
});

describe("two units offered, where no alternatives are (review)", () => {
  it.each([
    ["R3で新規なのは市民課か財産活用課？", "a list's conditions"],
    ["コーチング研修は研修室か会議室か？", "rooms, no unit of the plan"],
  ])("answers %s with no choice said (%s)", async (q) => {
    const a = await engine.ask(q);
    expect(a.notes.filter((n) => /のほうです|どちらでもありません|両方です/.test(n))).toEqual([]);
  });

  it("knows a unit by the name staff use for it (DXチーム is DX推進チーム)", async () => {
    const a = await engine.ask("行政手続のオンライン化の推進は情報システム課だっけ？DXチームだっけ？");
    expect(a.notes[0]).toBe("DX推進チームのほうです。");
  });

  it("reads spaces between the offers at once, however many (catastrophic backtracking: review)", () => {
    expect(eitherUnitAsked(`マイナンバーは市民課${" ".repeat(400)}x`)).toBeNull();
  });
});

describe("…ないの？ answered as Japanese answers a negative question (probe 295)", () => {
  it("says いいえ when the plan has it: リノベのいばらきは入ってないの？", async () => {
    const a = await engine.ask("リノベのいばらきは入ってないの？");
    expect(a.answered).toBeGreaterThan(0);
    expect(a.notes[0]).toBe(`いいえ。当てはまる事業があります（該当 ${a.answered}件）。`);
  });

  it("says はい when the plan has none: 図書館の事業は載ってないの？", async () => {
    const a = await engine.ask("図書館の事業は載ってないの？");
    expect(a.answered).toBe(0);
    expect(a.notes[0]).toMatch(/^はい。/);
  });
});
