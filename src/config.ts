// The environment, validated once at start-up. Errors name the variable, never its value.
import { z } from "zod";
import { ConfigError } from "./errors.js";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, "must be a bot token (xoxb-…)")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, "must be an app-level token (xapp-…)")),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^\S{8,}$/, "must be the app's signing secret")),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/ }).transform((u) => (u.endsWith("/") ? u : `${u}/`))),
  PORT: z.preprocess(
    (v) => (v === undefined || v === "" ? 3000 : Number(v)),
    z.number().int().min(1).max(65535),
  ),
  PLAN_SEEDS_DIR: optional(z.string()),
  PLAN_DICT_DIR: optional(z.string()),
  PLAN_DB_PATH: z.preprocess((v) => (v === undefined || v === "" ? "plan-bot.sqlite" : v), z.string()),
  DIGEST_CRON: z.preprocess((v) => (v === undefined || v === "" ? "0 9 * * *" : v), z.string()),
  DIGEST_CHANNEL: optional(
    z.string().regex(/^[CGD][A-Z0-9]{2,}$|^#?[a-z0-9_-]+$/, "must be a channel ID such as C0123456789"),
  ),
  DIGEST_WHEN_OUTSIDE_PLAN: z.preprocess(
    (v) => (v === undefined || v === "" ? "post" : v),
    z.enum(["post", "skip"]),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (v === undefined || v === "" ? "info" : v),
    z.enum(["debug", "info", "warn", "error"]),
  ),
});
export type Env = z.infer<typeof EnvSchema>;

export type Mode =
  | { kind: "socket"; botToken: string; appToken: string }
  | { kind: "http"; botToken: string; signingSecret: string; port: number }
  | { kind: "console" };

export interface Config {
  env: Env;
  mode: Mode;
}

export function parseConfig(raw: NodeJS.ProcessEnv): Config {
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? "environment"), issue?.message ?? "invalid");
  }
  const env = parsed.data;
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: app, SLACK_SIGNING_SECRET: secret } = env;
  if (!bot && !app && !secret) return { env, mode: { kind: "console" } };
  if (!bot)
    throw new ConfigError("SLACK_BOT_TOKEN", "is required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET");
  if (app) return { env, mode: { kind: "socket", botToken: bot, appToken: app } };
  if (secret) return { env, mode: { kind: "http", botToken: bot, signingSecret: secret, port: env.PORT } };
  throw new ConfigError(
    "SLACK_APP_TOKEN",
    "is required (Socket Mode), or set SLACK_SIGNING_SECRET for HTTP mode",
  );
}
