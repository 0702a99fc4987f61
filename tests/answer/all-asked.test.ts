import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(loadPlan(), { cacheDir: TEST_CACHE_DIR, clock: () => NOW });

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
