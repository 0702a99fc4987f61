// `plan-bot ask`: one question from the arguments, or (with --json and no question) one per stdin line.
import { createInterface } from "node:readline";
import { createEngine } from "./answer/engine.js";
import { answerJson } from "./answer/json.js";
import { renderAnswerText } from "./answer/render-text.js";
import { parseArgs } from "./args.js";
import { engineSettings } from "./config.js";
import { UsageError } from "./errors.js";
import { seedsDir } from "./plan/load.js";
import { loadPlanCached } from "./plan/plan-cache.js";
import { commandUsage } from "./usage.js";

export async function runAsk(argv: readonly string[]): Promise<void> {
  const { positionals, flags, help } = parseArgs(argv, { booleans: ["json"] });
  if (help) return void process.stdout.write(`${commandUsage("ask")}\n`);
  const json = flags.get("json") === true;
  const question = positionals.join(" ");
  const settings = engineSettings(process.env);
  const engine = createEngine(
    loadPlanCached(seedsDir({ PLAN_SEEDS_DIR: settings.seedsDir }), settings.cacheDir),
    settings,
  );
  if (question.trim().length > 0) {
    const a = await engine.ask(question);
    process.stdout.write(`${json ? JSON.stringify(answerJson(a)) : renderAnswerText(a)}\n`);
    return;
  }
  // (A question given but blank — ask --json "" — is a slip, not a request for batch mode: probe 103 got no output.)
  if (!json || positionals.length > 0)
    throw new UsageError("質問を指定してください（例: plan-bot ask 7-4-2）");
  // Batch mode: answers come out in question order, one JSON line each; the index is built once.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const a = await engine.ask(line);
    process.stdout.write(`${JSON.stringify(answerJson(a))}\n`);
  }
}
