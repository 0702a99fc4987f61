// plan-bot's command line: export | ask | digest | console. Each command imports only what it needs, so a
// plan-code question never pays for Slack or the morphological dictionary.
import { z } from "zod";
import { asPlanBotError, UsageError } from "./errors.js";

export const USAGE = `使い方:
  plan-bot export [--format json|csv]      計画全体を JSON または CSV (Excel 用) で出力
  plan-bot ask "<質問>" [--json]            質問に答える（例: plan-bot ask 7-4-2）
  plan-bot ask --json < questions.txt      1 行 1 問を読み、1 行 1 件の JSON を出力
  plan-bot digest [--date YYYY-MM-DD] [--json] [--post CHANNEL]
                                           その日の年度に完了する事業のダイジェスト
  plan-bot console                         対話コンソール（npm start と同じ、Slack なし）`;

const ExportArgs = z.object({ format: z.enum(["json", "csv"]).default("json") });

interface Parsed {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** A tiny argv reader: `--name value`, `--name=value` and boolean `--json`. */
export function parseArgs(argv: readonly string[], booleanFlags: readonly string[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (booleanFlags.includes(name)) flags.set(name, true);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} には値が必要です`);
      flags.set(name, value);
      i++;
    }
  }
  return { positionals, flags };
}

function flagsObject(
  flags: Map<string, string | true>,
  allowed: readonly string[],
): Record<string, string | true> {
  for (const name of flags.keys())
    if (!allowed.includes(name)) throw new UsageError(`不明なオプション: --${name}`);
  return Object.fromEntries(flags);
}

function zodUsage<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsageError(
    `オプション --${issue?.path.join(".") ?? "?"} が正しくありません: ${issue?.message ?? ""}`,
  );
}

async function runExport(argv: readonly string[]): Promise<void> {
  const { positionals, flags } = parseArgs(argv, []);
  if (positionals.length > 0) throw new UsageError(`export は引数を取りません: ${positionals.join(" ")}`);
  const { format } = zodUsage(ExportArgs, flagsObject(flags, ["format"]));
  const { loadPlan } = await import("./plan/load.js");
  const plan = loadPlan();
  if (format === "csv") {
    const { planToCsv } = await import("./plan/export.js");
    process.stdout.write(planToCsv(plan));
  } else {
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  }
}

const commands: Record<string, (argv: readonly string[]) => Promise<void>> = {
  export: runExport,
  ask: async (argv) => (await import("./ask-command.js")).runAsk(argv),
  digest: async (argv) => (await import("./digest/command.js")).runDigest(argv),
  console: async () => (await import("./console.js")).runConsoleFromEnv(),
};

/** Runs a command; every failure becomes one readable line on stderr and a non-zero exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      process.stdout.write(`${USAGE}\n`);
      if (name === undefined) process.exitCode = 2;
      return;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`不明なコマンド: ${name}\n${USAGE}`);
    await command(rest);
  } catch (error) {
    const e = asPlanBotError(error);
    process.stderr.write(`plan-bot: ${e.message}\n`);
    if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}
