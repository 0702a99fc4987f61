// The environment, validated once at start-up. Errors name the variable, never its value.
import { z } from "zod";
import { ConfigError } from "./errors.js";

export interface ProxySettings {
  httpProxy?: string | undefined;
  httpsProxy?: string | undefined;
  noProxy?: string | undefined;
}

/** The proxy variables of an environment, lower case winning as curl and undici have it. */
export function proxySettings(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const pick = (name: string) => {
    const value = env[name.toLowerCase()] ?? env[name];
    return value && value.trim() !== "" ? value.trim() : undefined;
  };
  return { httpProxy: pick("HTTP_PROXY"), httpsProxy: pick("HTTPS_PROXY"), noProxy: pick("NO_PROXY") };
}

/** The passwords in URLs (proxies, DATABASE_URL): secrets, redacted from every log line. */
export function urlSecrets(...urls: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    if (!url) continue;
    try {
      const password = decodeURIComponent(new URL(url).password);
      if (password) out.push(password);
    } catch {
      // Not a URL: its own setting refuses it at start-up with its own message.
    }
  }
  return out;
}

/** Blank values (common in .env files) count as unset. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blank, schema.optional());
const withDefault = <T extends z.ZodTypeAny>(schema: T, value: z.input<T>) =>
  z.preprocess(blank, schema.default(value));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, "must be a bot token (xoxb-…)")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, "must be an app-level token (xapp-…)")),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, "must be the app's signing secret")),
  SLACK_API_URL: optional(
    z
      .string()
      .url("must be a URL")
      .regex(/^https?:\/\//, "must be an http(s) URL")
      .transform((u) => (u.endsWith("/") ? u : `${u}/`)),
  ),
  PORT: withDefault(z.coerce.number().int().min(1).max(65535), 3000),
  PLAN_SEEDS_DIR: optional(z.string()),
  PLAN_DICT_DIR: optional(z.string()),
  PLAN_CACHE_DIR: optional(z.string()),
  PLAN_DB_PATH: withDefault(z.string(), "plan-bot.sqlite"),
  /** postgres://user:password@host:5432/db[?sslmode=require]: a PostgreSQL store shared by several hosts. */
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^postgres(?:ql)?:\/\/\S+$/,
        "must be a postgres:// URL such as postgres://bot@db.example.jp/plan_bot",
      ),
  ),
  /** When the digest may run (cron, Asia/Tokyo): weekdays at 09:00; holidays and 年末年始 are skipped below. */
  DIGEST_CRON: withDefault(z.string(), "0 9 * * 1-5"),
  /** false: post on every day DIGEST_CRON names, public holidays and 年末年始 included. */
  DIGEST_SKIP_HOLIDAYS: withDefault(
    z.enum(["true", "false"], { message: "must be true or false" }).transform((v) => v === "true"),
    "true",
  ),
  DIGEST_CHANNEL: optional(
    z.string().regex(/^[CGD][A-Z0-9]{2,}$/, "must be a channel ID such as C0123456789"),
  ),
  DIGEST_WHEN_OUTSIDE_PLAN: withDefault(
    z.enum(["post", "skip"], { message: "must be post or skip" }),
    "post",
  ),
  LOG_LEVEL: withDefault(
    z.enum(["debug", "info", "warn", "error"], { message: "must be debug, info, warn or error" }),
    "info",
  ),
  /** How long a stopping instance waits for answers in flight before it drops (and logs) them. */
  SHUTDOWN_DRAIN_SECONDS: withDefault(z.coerce.number().min(0).max(600), 10),
  /** 1: keep the user ID with each recorded question (off by default: questions are kept without it). */
  FEEDBACK_KEEP_USERS: withDefault(
    z.enum(["0", "1"], { message: "must be 0 or 1" }).transform((v) => v === "1"),
    "0",
  ),
  /** Days recorded questions and votes are kept before the daily deletion. */
  FEEDBACK_RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(3650), 90),
  /** Salt for voters' hashes (default: derived from the bot token, so it stays secret and stable). */
  FEEDBACK_SALT: optional(z.string().min(8, "must be 8 characters or more")),
  /** Slack user IDs (comma-separated) who may run /plan report. */
  PLAN_ADMINS: withDefault(
    z
      .string()
      .regex(
        /^\s*(?:[UW][A-Z0-9]+\s*(?:,\s*[UW][A-Z0-9]+\s*)*)?$/,
        "must be Slack user IDs separated by commas",
      )
      .transform((v) =>
        v
          .split(",")
          .map((x) => x.trim())
          .filter((x) => x.length > 0),
      ),
    "",
  ),
  /** How many answers are worked on at once; acknowledgements never wait for them. */
  ANSWER_CONCURRENCY: withDefault(z.coerce.number().int().min(1).max(64), 4),
});
export type Env = z.infer<typeof EnvSchema>;

/** The environment read by a schema, or a ConfigError naming the first variable that is wrong (never its value). */
function parseEnv<T extends z.ZodTypeAny>(schema: T, raw: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigError(String(issue?.path[0] ?? "environment"), issue?.message ?? "invalid");
}

export type Mode =
  | { kind: "socket"; botToken: string; appToken: string }
  | { kind: "http"; botToken: string; signingSecret: string; port: number }
  | { kind: "console" };

export interface Config {
  env: Env;
  mode: Mode;
  /** HTTPS_PROXY, HTTP_PROXY, NO_PROXY (either case): every call to Slack goes through them. */
  proxy: ProxySettings;
}

export function parseConfig(raw: NodeJS.ProcessEnv): Config {
  const env = parseEnv(EnvSchema, raw);
  const proxy = proxySettings(raw);
  for (const [name, url] of [
    ["HTTPS_PROXY", proxy.httpsProxy],
    ["HTTP_PROXY", proxy.httpProxy],
  ] as const) {
    if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url))
      throw new ConfigError(name, "must be a proxy URL such as http://proxy.example.jp:8080");
  }
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: secret } = env;
  if (!bot && !app && !secret) return { env, proxy, mode: { kind: "console" } };
  if (!bot)
    throw new ConfigError("SLACK_BOT_TOKEN", "is required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET");
  if (app) return { env, proxy, mode: { kind: "socket", botToken: bot, appToken: app } };
  if (secret)
    return { env, proxy, mode: { kind: "http", botToken: bot, signingSecret: secret, port: env.PORT } };
  throw new ConfigError(
    "SLACK_APP_TOKEN",
    "is required (Socket Mode), or set SLACK_SIGNING_SECRET for HTTP mode",
  );
}

/** The settings the answer engine needs (CLI, console and Slack alike), without the Slack ones. */
const EngineEnvSchema = EnvSchema.pick({ PLAN_SEEDS_DIR: true, PLAN_DICT_DIR: true, PLAN_CACHE_DIR: true });

export interface EngineSettings {
  seedsDir?: string;
  dictDir?: string;
  /** null: no caches, neither the inflated dictionary nor the analysed plan (PLAN_CACHE_DIR=off). */
  cacheDir?: string | null;
}

export function engineSettings(raw: NodeJS.ProcessEnv): EngineSettings {
  const {
    PLAN_SEEDS_DIR: seeds,
    PLAN_DICT_DIR: dict,
    PLAN_CACHE_DIR: cache,
  } = parseEnv(EngineEnvSchema, raw);
  return {
    ...(seeds ? { seedsDir: seeds } : {}),
    ...(dict ? { dictDir: dict } : {}),
    ...(cache ? { cacheDir: cache === "off" ? null : cache } : {}),
  };
}

/** The digest's posting rules, without the Slack settings (the CLI prints a day's digest without Slack). */
export function digestRules(raw: NodeJS.ProcessEnv): {
  skipHolidays: boolean;
  whenOutsidePlan: "post" | "skip";
} {
  const env = parseEnv(EnvSchema.pick({ DIGEST_SKIP_HOLIDAYS: true, DIGEST_WHEN_OUTSIDE_PLAN: true }), raw);
  return { skipHolidays: env.DIGEST_SKIP_HOLIDAYS, whenOutsidePlan: env.DIGEST_WHEN_OUTSIDE_PLAN };
}

/** Where the store is, for commands that read it without Slack (report). */
export function storeSettings(raw: NodeJS.ProcessEnv): {
  DATABASE_URL?: string | undefined;
  PLAN_DB_PATH: string;
} {
  return parseEnv(EnvSchema.pick({ DATABASE_URL: true, PLAN_DB_PATH: true }), raw);
}
