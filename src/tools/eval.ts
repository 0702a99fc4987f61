// `npm run eval`: the answer engine and the bigram baseline on the same questions, side by side.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "../answer/engine.js";
import { loadPlan } from "../plan/load.js";
import { projectKey } from "../plan/schema.js";
import { buildBigramBaseline } from "../search/baseline.js";
import { type KindScore, parseQuestions, score } from "./evaluate.js";

const FIXTURES = resolve(fileURLToPath(new URL("../../tests/fixtures/eval", import.meta.url)));
// The shared sample, our own held-out questions written to probe what the sample does not ask, and the
// regressions: questions that once failed, kept so that they stay answered.
const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ["questions.jsonl", "holdout.jsonl", "regressions.jsonl"].map((name) => resolve(FIXTURES, name));

const pct = (v: number | null) => (v === null ? "    -" : `${(v * 100).toFixed(1).padStart(5)}%`);
const row = (name: string, k: KindScore) =>
  `${name.padEnd(9)} ${k.kind.padEnd(11)} ${String(k.count).padStart(3)}  ${pct(k.top1)}  ${pct(k.recall5)}  ${pct(k.exact)}`;

const plan = loadPlan();
const engine = createEngine(plan);
const baseline = buildBigramBaseline(plan);
for (const file of files) {
  const questions = parseQuestions(readFileSync(file, "utf8"));
  const ours: string[][] = [];
  for (const q of questions) ours.push((await engine.ask(q.q)).projects.map(projectKey));
  const base = questions.map((q) => baseline(q.q).map(projectKey));
  const mine = score(questions, ours);
  const theirs = score(questions, base);
  console.log(`\n${file}`);
  console.log(`${"system".padEnd(9)} ${"kind".padEnd(11)}   n   top-1  recall@5  exact`);
  for (const k of mine.kinds) console.log(row("plan-bot", k));
  for (const k of theirs.kinds) console.log(row("bigram", k));
  if (mine.misses.length > 0) {
    console.log("\nplan-bot misses:");
    for (const m of mine.misses)
      console.log(`  [${m.kind}] ${m.q}  got ${m.got.join(",") || "-"}  want ${m.want.join(",") || "-"}`);
  }
}
