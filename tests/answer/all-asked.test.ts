import { describe, expect, it } from "vitest";
import { everyOfSubject } from "../../src/answer/all-asked.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const NOW = new Date("2026-11-25T09:00:00+09:00");
const plan = loadPlan();
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });

// Whether every project of a department or a code meets a condition (probe 120): はい or いいえ first, the others named.
describe("every project of a department or a code asked to meet a condition", () => {
  it.each([
    [
      "DX推進チームの事業は全部R7まで続く？",
      "いいえ。当てはまるのは2件のうち1件です（当てはまらない事業: 新たなICT利活用の推進）。",
    ],
    [
      "情報システム課の事業はR4で全部終わる？",
      "いいえ。当てはまるのは4件のうち2件です（当てはまらない事業: びったりサービス利用の推進、庁内におけるICT基盤の充実）。",
    ],
    [
      "市民課の事業は全部R5も載ってる？",
      "いいえ。当てはまるのは2件のうち1件です（当てはまらない事業: マイナンバーカードの普及促進）。",
    ],
    ["市民会館跡地活用推進課の事業はどっちもR5に完了ですか", "はい。2件すべてが当てはまります。"],
  ])("answers %s with the ones that do not", async (q, sentence) => {
    const a = await engine.ask(q);
    expect(a.notes[0]).toBe(sentence);
    expect(a.verdict).toBe(true);
  });

  it.each([["DX推進チームの事業でR7まで続くのはどれ？"], ["DX推進チームの事業は全部教えて"]])(
    "gives no verdict when which is asked: %s",
    async (q) => {
      const a = await engine.ask(q);
      expect(a.notes.filter((n) => /^(?:はい|いいえ)。/.test(n))).toEqual([]);
    },
  );
});

// A subject's projects asked of all at once (probe 137): answered of the one Wi-Fi project that completes, はい had
// been said of one of five.
describe("every project of a subject asked to meet a direction", () => {
  const wifi = plan.projects.filter((p) => `${p.name}${p.content}`.includes("Wi-Fi"));

  it.each([
    ["Wi-Fiの事業って全部完了した？", "Wi-Fiの事業", "Wi-Fiの事業って 完了した？"],
    ["リノベの事業は両方とも拡充？", "リノベの事業", "リノベの事業は 拡充？"],
  ])("reads %s as the subject %j asked %j", (q, subject, rest) => {
    expect(everyOfSubject(q)).toEqual({ subject, rest });
  });

  it.each([["Wi-Fiの事業って全部どれ？"], ["Wi-Fiの事業を全部教えて"], ["Wi-Fiの事業って完了した？"]])(
    "asks no yes-or-no of every one in %s",
    (q) => {
      expect(everyOfSubject(q)).toBeNull();
    },
  );

  it("says いいえ with how many of the subject's projects have the direction, and shows them all (Wi-Fiの事業って全部R3に新規？)", async () => {
    const a = await engine.ask("Wi-Fiの事業って全部R3に新規？");
    const fresh = wifi.filter((p) => p.directions.R3 === "新規");
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(wifi.length);
    expect(a.answered).toBe(wifi.length);
    expect(a.notes[0]).toMatch(
      new RegExp(`^いいえ。当てはまるのは${wifi.length}件のうち${fresh.length}件です`),
    );
  });

  it("reads 全部継続 of a subject as 継続 in every year listed, as a department's is (review)", async () => {
    const a = await engine.ask("マイナンバーの事業は全部継続ですか？");
    expect(a.notes[0]).toMatch(/^いいえ。当てはまるのは3件のうち1件です/);
  });

  it("says はい when every one has it (リノベの事業は両方とも拡充？)", async () => {
    const a = await engine.ask("リノベの事業は両方とも拡充？");
    expect(a.notes[0]).toBe("はい。2件すべてが当てはまります。");
  });
});

// A thread's message asking it of the projects just listed (probe 174): those, not the department's every one.
describe("every project in view asked to meet a direction", () => {
  const thread = async (...messages: string[]) => {
    let previous: string | undefined;
    let a = await engine.ask(messages[0] as string);
    for (const m of messages.slice(1)) {
      previous = goesOnFrom(a);
      a = await engine.ask(m, { previous });
    }
    return a;
  };
  const listed = plan.projects.filter(
    (p) => p.department === "人権・男女共生課" && p.directions.R3 === "臨時拡充",
  );

  it.each(["両方ともR4で完了？", "2件ともR4に完了ですか", "どっちもR4で完了？"])(
    "says はい to %s when the two just listed both complete, not of the department's others",
    async (q) => {
      expect(listed.map((p) => p.directions.R4)).toEqual(["完了", "完了"]);
      const a = await thread("人権・男女共生課でR3臨時拡充", q);
      expect(a.notes[0]).toBe("はい。2件すべてが当てはまります。");
      expect(a.projects.slice(0, a.answered)).toEqual(listed);
    },
  );

  it("says いいえ with the one that does not, of the two listed (人事課の事業 → 両方とも完了した？)", async () => {
    const unit = plan.projects.filter((p) => p.department === "人事課");
    const notDone = unit.filter(
      (p) => !Object.values(p.directions).some((d) => d === "完了" || d === "新規完了"),
    );
    expect([unit.length, notDone.length]).toEqual([2, 1]);
    const a = await thread("人事課の事業", "両方とも完了した？");
    expect(a.notes[0]).toBe(
      `いいえ。当てはまるのは2件のうち1件です（当てはまらない事業: ${notDone[0]?.name}）。`,
    );
  });

  it("checks a department asked of every one in view against those in view, not the department's own (probe 181)", async () => {
    const r4 = plan.projects.filter((p) => p.directions.R4 === "完了" || p.directions.R4 === "新規完了");
    const theirs = r4.filter((p) => p.department === "情報システム課");
    expect([r4.length > theirs.length, theirs.length > 0]).toEqual([true, true]);
    const a = await thread("令和4年度に完了する事業", "いずれも情報システム課ですか");
    expect(a.notes[0]).toMatch(
      new RegExp(`^いいえ。当てはまるのは${r4.length}件のうち${theirs.length}件です`),
    );
    expect(a.projects.slice(0, a.answered)).toEqual(theirs);
  });

  it("says none of them does in one sentence, not naming every one (財産活用課の事業 → 全部R5で完了？)", async () => {
    const unit = plan.projects.filter((p) => p.department === "財産活用課");
    expect(unit.some((p) => ["完了", "新規完了"].includes(p.directions.R5 ?? ""))).toBe(false);
    const a = await thread("財産活用課の事業", "全部R5で完了？");
    expect(a.notes[0]).toBe(`いいえ。${unit.length}件のうち当てはまる事業はありません。`);
  });
});
