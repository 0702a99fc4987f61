// `plan-bot report [--since 30d] [--json] [--purge]`: what staff asked, from the store the bot records into.
import { buildCatalog } from "../answer/catalog.js";
import { parseArgs } from "../args.js";
import { storeSettings } from "../config.js";
import { UsageError } from "../errors.js";
import { loadPlan, seedsDir } from "../plan/load.js";
import { connectStore } from "../store/connect.js";
import { commandUsage } from "../usage.js";
import { buildReport, parseSince, reportText } from "./report.js";

export async function runReport(argv: readonly string[], now: Date = new Date()): Promise<void> {
  const { positionals, flags, help } = parseArgs(argv, { values: ["since"], booleans: ["json", "purge"] });
  if (help) return void process.stdout.write(`${commandUsage("report")}\n`);
  if (positionals.length > 0) throw new UsageError(`report は引数を取りません: ${positionals.join(" ")}`);
  const sinceText = flags.get("since");
  const span = typeof sinceText === "string" ? parseSince(sinceText) : 30 * 86_400_000;
  if (span === null)
    throw new UsageError("--since: 30d（日）・12h（時間）・2w（週）のように指定してください");
  const store = await connectStore(storeSettings(process.env));
  try {
    if (flags.get("purge") === true) {
      const { questions, votes } = await store.purgeFeedback();
      process.stdout.write(`記録した質問 ${questions}件と評価 ${votes}件を削除しました。\n`);
      return;
    }
    const since = new Date(now.getTime() - span);
    const report = buildReport(
      await store.questionsSince(since.getTime()),
      buildCatalog(loadPlan(seedsDir(process.env))),
      since,
    );
    process.stdout.write(`${flags.get("json") === true ? JSON.stringify(report) : reportText(report)}\n`);
  } finally {
    await store.close();
  }
}
