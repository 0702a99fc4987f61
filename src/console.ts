// The local console: the same answers as Slack, as text, for a newcomer with no Slack credentials.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { type Engine, goesOnFrom } from "./answer/engine.js";
import { renderAnswerText, USAGE_TEXT } from "./answer/render-text.js";
import { asPlanBotError } from "./errors.js";

const QUIT = new Set(["exit", "quit", ":q", ".exit"]);

export async function runConsole(engine: Engine, input: Readable, output: Writable): Promise<void> {
  const write = (text: string) => output.write(`${text}\n`);
  write("plan-bot コンソール（Slack なし）。質問を入力してください。終わるには exit または Ctrl+D。");
  write(USAGE_TEXT);
  // Structured questions answer at once; the dictionary for free text loads meanwhile.
  engine
    .warmUp()
    .catch((error: unknown) => write(`辞書を読み込めませんでした: ${asPlanBotError(error).message}`));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  output.write("質問> ");
  // A question that goes on from the one before (それっていつまで？) is read after it, as in a Slack thread.
  let previous: string | undefined;
  for await (const line of lines) {
    if (QUIT.has(line.trim().toLowerCase())) break;
    if (line.trim().length > 0) {
      try {
        const answer = await engine.ask(line, { previous });
        previous = goesOnFrom(answer);
        write(renderAnswerText(answer));
      } catch (error) {
        write(`エラーが発生しました: ${asPlanBotError(error).message}`);
      }
    }
    output.write("\n質問> ");
  }
  write("\nさようなら。");
  lines.close();
}

export async function runConsoleFromEnv(): Promise<void> {
  const { seedsDir } = await import("./plan/load.js");
  const { loadPlanCached } = await import("./plan/plan-cache.js");
  const { createEngine } = await import("./answer/engine.js");
  const { engineSettings } = await import("./config.js");
  const settings = engineSettings(process.env);
  await runConsole(
    createEngine(
      loadPlanCached(seedsDir({ PLAN_SEEDS_DIR: settings.seedsDir }), settings.cacheDir),
      settings,
    ),
    process.stdin,
    process.stdout,
  );
}
