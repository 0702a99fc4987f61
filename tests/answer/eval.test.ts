import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { buildBigramBaseline } from "../../src/search/baseline.js";
import { parseQuestions, score } from "../../src/tools/evaluate.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/eval");
const plan = loadPlan();
let engine: Engine;
beforeAll(async () => {
  engine = createEngine(plan, { clock: () => new Date("2026-11-25T09:00:00+09:00") });
  await engine.warmUp();
});

describe.each(["questions.jsonl", "holdout.jsonl", "regressions.jsonl"])("evaluation on %s", (file) => {
  const questions = parseQuestions(readFileSync(join(FIXTURES, file), "utf8"));

  it("meets the quality bar: top-1 ≥ 97%, recall@5 ≥ 99%, exact sets 100%", async () => {
    const ranked: string[][] = [];
    for (const q of questions) ranked.push((await engine.ask(q.q)).projects.map(projectKey));
    const { kinds, misses } = score(questions, ranked);
    expect(misses).toEqual([]);
    for (const k of kinds) {
      if (k.kind === "exact") expect(k.exact).toBe(1);
      else {
        expect(k.top1).toBeGreaterThanOrEqual(0.97);
        expect(k.recall5).toBeGreaterThanOrEqual(0.99);
      }
    }
  });

  it("answers structured questions exactly where the bigram baseline cannot", () => {
    const baseline = buildBigramBaseline(plan);
    const { kinds } = score(
      questions,
      questions.map((q) => baseline(q.q).map(projectKey)),
    );
    expect(kinds.find((k) => k.kind === "exact")?.exact).toBeLessThan(0.5);
  });
});

describe("score", () => {
  it("counts top-1 against primary and recall in the first max(5, |rel|)", () => {
    const qs = parseQuestions(
      '{"q":"a","kind":"topic","rel":["x","y"],"primary":["y"]}\n{"q":"b","kind":"exact","rel":[]}',
    );
    const { kinds } = score(qs, [["x", "y"], ["z"]]);
    expect(kinds).toEqual([
      { kind: "topic", count: 1, top1: 0, recall5: 1, exact: null },
      { kind: "exact", count: 1, top1: null, recall5: null, exact: 0 },
    ]);
  });
});
