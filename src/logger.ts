// One-line JSON logs on stderr, with Slack tokens and secrets redacted wherever they appear.
// Types only: the console and the CLI must not load Bolt to log.
import type { Logger as BoltLogger, LogLevel } from "@slack/bolt";

const SECRET = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)\b/g;
const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SECRET, "[redacted]");
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out;
}

function describe(value: unknown): unknown {
  if (value instanceof Error)
    return {
      error: value.name,
      message: value.message,
      ...(value.cause ? { cause: describe(value.cause) } : {}),
    };
  return value;
}

export interface Logger extends BoltLogger {
  /** A child logger that adds `context` to every line. */
  with(context: Record<string, unknown>): Logger;
}

export function createLogger(
  options: {
    level?: LogLevel;
    secrets?: readonly string[];
    write?: (line: string) => void;
    name?: string;
  } = {},
  context: Record<string, unknown> = {},
): Logger {
  const level = options.level ?? ("info" as LogLevel);
  let name = options.name ?? "plan-bot";
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const log = (at: LogLevel, args: unknown[]) => {
    if (ORDER[at] < ORDER[level]) return;
    const [first, ...rest] = args;
    const message = typeof first === "string" ? first : undefined;
    const details = (message === undefined ? args : rest).map(describe);
    const record = {
      time: new Date().toISOString(),
      level: at,
      name,
      ...context,
      ...(message ? { message } : {}),
      ...(details.length > 0 ? { details } : {}),
    };
    write(`${redact(JSON.stringify(record), options.secrets)}\n`);
  };
  return {
    debug: (...args) => log("debug" as LogLevel, args),
    info: (...args) => log("info" as LogLevel, args),
    warn: (...args) => log("warn" as LogLevel, args),
    error: (...args) => log("error" as LogLevel, args),
    // The level is LOG_LEVEL, set once: Bolt and the Socket Mode client call setLevel(INFO) on the logger
    // they are given, which would otherwise print info lines an operator asked not to see.
    setLevel: () => undefined,
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
    with: (more) => createLogger({ ...options, level, name }, { ...context, ...more }),
  };
}
