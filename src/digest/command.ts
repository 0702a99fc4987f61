// `plan-bot digest [--date YYYY-MM-DD] [--json] [--post CHANNEL]`: the digest for a day, printed or posted once.
import { z } from "zod";
import { buildCatalog } from "../answer/catalog.js";
import { parseArgs } from "../args.js";
import { digestRules, parseConfig } from "../config.js";
import { ConfigError, SlackApiError, UsageError } from "../errors.js";
import { createLogger } from "../logger.js";
import { loadPlan, seedsDir } from "../plan/load.js";
import { commandUsage } from "../usage.js";
import { composeDigest, digestJson, digestText, planPost } from "./compose.js";

const DigestArgs = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD の形式で指定してください")
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00+09:00`)) &&
        new Date(`${d}T12:00:00Z`).toISOString().startsWith(d),
      "存在しない日付です",
    )
    // The calendar the plan knows: 平成 and 令和 (fiscal years from 平成元年度).
    .refine((d) => d >= "1989-04-01" && d <= "2099-12-31", "1989-04-01〜2099-12-31 の日付を指定してください")
    .optional(),
  json: z.literal(true).optional(),
  post: z
    .string()
    .regex(/^[CGD][A-Z0-9]{2,}$/, "チャンネル ID（例: C0123456789）を指定してください")
    .optional(),
});

/** The instant a digest for `date` stands for: 09:00 in Tokyo that day (or now, when no date is given). */
export function digestInstant(date: string | undefined, now: Date = new Date()): Date {
  return date ? new Date(`${date}T09:00:00+09:00`) : now;
}

export async function runDigest(argv: readonly string[]): Promise<void> {
  const { positionals, flags, help } = parseArgs(argv, { values: ["date", "post"], booleans: ["json"] });
  if (help) return void process.stdout.write(`${commandUsage("digest")}\n`);
  if (positionals.length > 0) throw new UsageError(`digest は引数を取りません: ${positionals.join(" ")}`);
  const parsed = DigestArgs.safeParse(Object.fromEntries(flags));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? "?")}: ${issue?.message ?? "正しくありません"}`);
  }
  const args = parsed.data;
  const instant = digestInstant(args.date);
  const catalog = buildCatalog(loadPlan(seedsDir(process.env)));
  const digest = composeDigest(catalog, instant);
  const rules = digestRules(process.env);
  if (!args.post) {
    // What the default schedule posts on that day to a channel subscribed all along.
    const kind = planPost(digest, { ...rules, fullPostedThisYear: true });
    process.stdout.write(
      `${args.json ? JSON.stringify(digestJson(digest, kind)) : digestText(digest, kind)}\n`,
    );
    return;
  }
  const config = parseConfig(process.env);
  const token = process.env.SLACK_BOT_TOKEN;
  if (!token || config.mode.kind === "console")
    throw new ConfigError("SLACK_BOT_TOKEN", "is required for --post");
  const channel = args.post;
  const [{ WebClient }, { connectStore }, { createDigestService }, { createOutbound }, { createSender }] =
    await Promise.all([
      import("@slack/web-api"),
      import("../store/connect.js"),
      import("./service.js"),
      import("../slack/outbound.js"),
      import("../slack/send.js"),
    ]);
  const logger = createLogger({ secrets: [token], level: config.env.LOG_LEVEL as never });
  const outbound = createOutbound(config.proxy);
  const sender = createSender(outbound.fetch);
  // One retry layer, the delivery rule's: the client's own retries could post the digest twice.
  const client = new WebClient(token, {
    ...(config.env.SLACK_API_URL ? { slackApiUrl: config.env.SLACK_API_URL } : {}),
    fetch: outbound.fetch,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger,
  });
  const store = await connectStore(config.env);
  try {
    const service = createDigestService({
      catalog,
      store,
      clock: () => instant,
      logger,
      channels: () => [channel],
      settings: rules,
      maxAttempts: 1,
      post: (to, message) => sender.post(client, { channel: to, ...message }, logger.with({ channel: to })),
    });
    const outcome = (await service.runDue())[channel];
    const messages: Record<string, string> = {
      posted: `${channel} に ${digest.day} のダイジェストを投稿しました。`,
      already: `${channel} には ${digest.day} のダイジェストを投稿済み（または投稿中）です。二重には投稿しません。`,
      skipped: digestText(digest, "none"),
      uncertain: `${channel} への投稿は Slack に届いたかどうか確認できませんでした。二重投稿を避けるため、再投稿はしません。`,
    };
    if (outcome && outcome in messages) process.stdout.write(`${messages[outcome]}\n`);
    else
      throw new SlackApiError(
        "chat.postMessage",
        `${channel} に投稿できませんでした（${(await store.digestRecord(channel, digest.day))?.lastError ?? outcome}）`,
      );
  } finally {
    await store.close();
    await outbound.close();
  }
}
