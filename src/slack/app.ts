// Builds and starts the Bolt app in Socket Mode or HTTP mode. This is the only module that loads Bolt,
// so the CLI and the console never pay for it.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Engine } from "../answer/engine.js";
import type { Config } from "../config.js";
import { scheduleDigest, validateCron } from "../digest/schedule.js";
import { createDigestService } from "../digest/service.js";
import { SlackApiError, SlackUnreachableError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { createConversations } from "./conversations.js";
import { deliver, judgeFailure } from "./delivery.js";
import { createInflight } from "./inflight.js";
import { registerListeners } from "./listeners/index.js";
import { createOutbound } from "./outbound.js";
import { gateRequest } from "./request-gate.js";
import { createSender } from "./send.js";

/** Slack's requests are small; a larger body is refused before it is read whole. */
const REQUEST_BODY_LIMIT = 1024 * 1024;

export interface RunningSlackApp {
  /** Stops taking requests, finishes the answers in flight, stops the schedule. Does not close the store. */
  stop(): Promise<void>;
  port?: number;
}

export interface SlackAppOptions {
  config: Config & { mode: { kind: "socket" } | { kind: "http" } };
  engine: Engine;
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** Where the one human line on start-up goes (stdout by default). */
  announce?: (line: string) => void;
}

/** Slack's own word for why it refused a token (invalid_auth, not_authed, token_revoked, …). */
const TOKEN_REFUSALS = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
]);

/**
 * Start-up's first call, told apart by what failed: Slack refusing the token is the token's fault; Slack
 * unreachable (DNS, refused, a missing proxy) is the network's, and says where it tried to go.
 */
export function startupError(what: string, variable: string, url: string, error: unknown): Error {
  const verdict = judgeFailure(error);
  const slackSaid = (error as { data?: { error?: string } }).data?.error;
  if (slackSaid && TOKEN_REFUSALS.has(slackSaid))
    return new SlackApiError(what, `${variable} was rejected by Slack (${slackSaid})`, { cause: error });
  if (slackSaid) return new SlackApiError(what, `Slack refused ${what} (${slackSaid})`, { cause: error });
  const reason = verdict.reason.replace(/^not sent \((.*)\)$/, "$1");
  return new SlackUnreachableError(url, reason, { cause: error });
}

/** 2026-11-29 09:00 JST: a time as staff read it. */
function tokyoTime(date: Date): string {
  const t = new Date(date.getTime() + 9 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)} JST`;
}

/** Buffers a request body up to `limit` bytes; null when it is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startSlackApp(options: SlackAppOptions): Promise<RunningSlackApp> {
  const { config, engine, store, logger } = options;
  const { env, mode } = config;
  const clock = options.clock ?? (() => new Date());
  validateCron(env.DIGEST_CRON);
  const outbound = createOutbound(config.proxy);
  const apiUrl = env.SLACK_API_URL ?? "https://slack.com/api/";
  const clientOptions = {
    slackApiUrl: apiUrl,
    fetch: outbound.fetch,
    // One retry layer only, ours (./delivery.ts): the client's own would repeat posts Slack may have stored.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.WARN,
  };

  // Check the bot token once, up front: a rejected token is one clear line, not a failure on first use.
  const probe = new webApi.WebClient(mode.botToken, { ...clientOptions, logger });
  let identity: { user_id?: string; bot_id?: string };
  try {
    identity = await deliver(() => probe.auth.test(), {
      what: "auth.test",
      log: logger,
      attempts: 3,
      readOnly: true,
    });
  } catch (error) {
    await outbound.close();
    throw startupError("auth.test", "SLACK_BOT_TOKEN", apiUrl, (error as { cause?: unknown }).cause ?? error);
  }

  const healthz = {
    path: "/healthz",
    method: ["GET"],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, projects: engine.catalog.plan.projects.length }));
    },
  };
  const receiver =
    mode.kind === "http"
      ? new HTTPReceiver({
          signingSecret: mode.signingSecret,
          endpoints: "/slack/events",
          logger,
          customRoutes: [healthz],
        })
      : new SocketModeReceiver({
          appToken: mode.appToken,
          logger,
          ...(outbound.dispatcher ? { dispatcher: outbound.dispatcher } : {}),
          installerOptions: { clientOptions },
        });

  const app = new App({
    token: mode.botToken,
    receiver,
    logger,
    clientOptions,
    ...(identity.user_id ? { botUserId: identity.user_id } : {}),
    ...(identity.bot_id ? { botId: identity.bot_id } : {}),
    tokenVerificationEnabled: false,
  });
  app.error(async (error) => {
    logger.error("unhandled error in a Slack handler", error);
  });

  const inflight = createInflight({ concurrency: env.ANSWER_CONCURRENCY });
  const sender = createSender(outbound.fetch);
  const digestLog = logger.with({ component: "digest" });
  const digest = createDigestService({
    catalog: engine.catalog,
    store,
    clock,
    logger: digestLog,
    settings: {
      channel: env.DIGEST_CHANNEL,
      whenOutsidePlan: env.DIGEST_WHEN_OUTSIDE_PLAN,
      skipHolidays: env.DIGEST_SKIP_HOLIDAYS,
    },
    post: (channel, message) => sender.post(app.client, { channel, ...message }, digestLog.with({ channel })),
  });
  registerListeners(app, {
    engine,
    store,
    digest,
    logger,
    inflight,
    sender,
    clock,
    botUserId: identity.user_id ?? "",
    conversations: createConversations(clock),
    feedback: {
      keepUsers: env.FEEDBACK_KEEP_USERS,
      salt:
        env.FEEDBACK_SALT ?? createHash("sha256").update(`plan-bot feedback ${mode.botToken}`).digest("hex"),
      retentionDays: env.FEEDBACK_RETENTION_DAYS,
    },
    admins: env.PLAN_ADMINS,
  });

  let server: Server | null = null;
  try {
    if (mode.kind === "http") {
      // Our own server: the gate answers bad requests at once, then hands the buffered body to Bolt.
      const listener = (receiver as HTTPReceiver).requestListener;
      server = createServer((req, res) => {
        if (req.method !== "POST" || !(req.url ?? "").startsWith("/slack/events")) {
          listener(req, res);
          return;
        }
        void readBody(req, REQUEST_BODY_LIMIT).then(
          (raw) => {
            const verdict =
              raw === null
                ? ({ ok: false, status: 400, reason: "body too large" } as const)
                : gateRequest(raw, req.headers, mode.signingSecret, Date.now());
            if (!verdict.ok) {
              logger.warn(`refused a request to /slack/events: ${verdict.reason}`);
              res.writeHead(verdict.status, { "content-type": "text/plain" }).end();
              return;
            }
            (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw ?? Buffer.alloc(0);
            listener(req, res);
          },
          () => res.writeHead(400).end(),
        );
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(mode.port, () => resolve());
      });
    } else await app.start();
  } catch (error) {
    await outbound.close();
    if (mode.kind === "socket") throw startupError("apps.connections.open", "SLACK_APP_TOKEN", apiUrl, error);
    throw new SlackApiError("listen", `cannot listen on PORT ${mode.port} (${String(error)})`, {
      cause: error,
    });
  }
  const scheduler = scheduleDigest(digest, env.DIGEST_CRON, digestLog);
  // Hourly: event IDs are kept a day (Slack retries within minutes); questions and votes
  // FEEDBACK_RETENTION_DAYS.
  const prune = () =>
    Promise.all([
      store.pruneEvents(clock().getTime() - 24 * 3600_000),
      store.deleteQuestionsBefore(clock().getTime() - env.FEEDBACK_RETENTION_DAYS * 86_400_000),
    ]).catch((error: unknown) => logger.error("pruning old records failed", error));
  void prune();
  const pruning = setInterval(prune, 3600_000);
  pruning.unref();
  // The dictionary loads in the background: structured questions are answered meanwhile.
  engine.warmUp().catch((error: unknown) => logger.error("loading the dictionary failed", error));
  const next = scheduler.nextRun();
  const how =
    mode.kind === "http"
      ? `HTTP モードでポート ${mode.port} を待ち受けています`
      : "Socket Mode で接続しました";
  const route = outbound.route(apiUrl);
  (options.announce ?? ((line: string) => process.stdout.write(line)))(
    `plan-bot: ${how}（次のダイジェスト ${next ? tokyoTime(next) : "なし"}${route === "direct" ? "" : `、Slack へは ${route}`}）\n`,
  );
  logger.info(
    `plan-bot is running in ${mode.kind === "http" ? `HTTP mode on port ${mode.port}` : "Socket Mode"}`,
    { nextDigest: next?.toISOString() ?? null, slack: route },
  );

  const drainMs = env.SHUTDOWN_DRAIN_SECONDS * 1000;
  return {
    ...(mode.kind === "http" ? { port: mode.port } : {}),
    stop: async () => {
      clearInterval(pruning);
      scheduler.stop();
      if (server) {
        const closing = server;
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      } else await app.stop();
      const dropped = await inflight.drain(drainMs);
      for (const work of dropped)
        logger.warn("an answer was dropped at shutdown", { handler: work.handler, channel: work.channel });
      server?.closeAllConnections();
      await outbound.close();
    },
  };
}
