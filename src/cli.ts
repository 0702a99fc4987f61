// plan-bot's command line: export | ask | digest | console. Each command imports only what it needs, so a
// plan-code question never pays for Slack or the morphological dictionary.
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { parseArgs } from "./args.js";
import { stopQuietlyWhenReaderLeaves } from "./closed-pipe.js";
import { asPlanBotError, UsageError } from "./errors.js";
import { commandUsage, USAGE } from "./usage.js";

export { USAGE };

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return z.object({ version: z.string() }).parse(pkg).version;
}

const ExportArgs = z.object({
  format: z
    .enum(["json", "csv", "xlsx"], { message: "json・csv・xlsx のいずれかを指定してください" })
    .default("json"),
  output: z.string().min(1, "ファイル名を指定してください").optional(),
});

function zodUsage<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsageError(`--${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "正しくありません"}`);
}

async function runExport(argv: readonly string[]): Promise<void> {
  const { positionals, flags, help } = parseArgs(argv, { values: ["format", "output"] });
  if (help) return void process.stdout.write(`${commandUsage("export")}\n`);
  if (positionals.length > 0) throw new UsageError(`export は引数を取りません: ${positionals.join(" ")}`);
  const { format, output } = zodUsage(ExportArgs, Object.fromEntries(flags));
  const { loadPlan, seedsDir } = await import("./plan/load.js");
  const plan = loadPlan(seedsDir(process.env));
  if (format === "xlsx") {
    if (!output && process.stdout.isTTY)
      throw new UsageError(
        "Excel ファイルは端末に出力できません。--output FILE を指定するか、リダイレクトしてください",
      );
    const { planToXlsx } = await import("./plan/xlsx.js");
    const bytes = await planToXlsx(plan);
    if (output) writeFileSync(output, bytes);
    else process.stdout.write(bytes);
    return;
  }
  const text =
    format === "csv"
      ? (await import("./plan/export.js")).planToCsv(plan)
      : `${JSON.stringify(plan, null, 2)}\n`;
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
}

const commands: Record<string, (argv: readonly string[]) => Promise<void>> = {
  export: runExport,
  ask: async (argv) => (await import("./ask-command.js")).runAsk(argv),
  digest: async (argv) => (await import("./digest/command.js")).runDigest(argv),
  report: async (argv) => (await import("./feedback/command.js")).runReport(argv),
  console: async (argv) => {
    const { help, positionals } = parseArgs(argv, {});
    if (help) return void process.stdout.write(`${commandUsage("console")}\n`);
    if (positionals.length > 0) throw new UsageError(`console は引数を取りません: ${positionals.join(" ")}`);
    await (await import("./console.js")).runConsoleFromEnv();
  },
};

/** Runs a command; every failure becomes one readable line on stderr and a non-zero exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  stopQuietlyWhenReaderLeaves(process.stdout);
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      process.stdout.write(`${USAGE}\n`);
      if (name === undefined) process.exitCode = 2;
      return;
    }
    if (name === "--version" || name === "-v") {
      process.stdout.write(`plan-bot ${version()}\n`);
      return;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`不明なコマンド: ${name}`);
    await command(rest);
  } catch (error) {
    const e = asPlanBotError(error);
    process.stderr.write(`plan-bot: ${e.message}\n`);
    if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}
