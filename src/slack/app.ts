// Builds and starts the Bolt app in Socket Mode or HTTP mode. This is the only module that loads Bolt,
// so the CLI and the console never pay for it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Engine } from "../answer/engine.js";
import type { Config } from "../config.js";
import { scheduleDigest, validateCron } from "../digest/schedule.js";
import { createDigestService } from "../digest/service.js";
import { SlackApiError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { createInflight } from "./inflight.js";
import { registerListeners } from "./listeners/index.js";

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
}

function slackReason(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  if (data?.error) return data.error;
  return error instanceof Error ? error.message : String(error);
}

export async function startSlackApp(options: SlackAppOptions): Promise<RunningSlackApp> {
  const { config, engine, store, logger } = options;
  const { env, mode } = config;
  const clock = options.clock ?? (() => new Date());
  validateCron(env.DIGEST_CRON);
  const clientOptions = {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    // Rate limits (429 with Retry-After) and network errors are retried by the Web API client itself.
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 3000 },
    logLevel: LogLevel.WARN,
  };

  // Check the bot token once, up front: a rejected token is one clear line, not a failure on first use.
  const probe = new webApi.WebClient(mode.botToken, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    logger,
  });
  let identity: { user_id?: string; bot_id?: string };
  try {
    identity = await probe.auth.test();
  } catch (error) {
    throw new SlackApiError("auth.test", `SLACK_BOT_TOKEN was rejected by Slack (${slackReason(error)})`, {
      cause: error,
    });
  }

  const receiver =
    mode.kind === "http"
      ? new HTTPReceiver({
          signingSecret: mode.signingSecret,
          endpoints: "/slack/events",
          logger,
          customRoutes: [
            {
              path: "/healthz",
              method: ["GET"],
              handler: (_req: IncomingMessage, res: ServerResponse) => {
                res.writeHead(200, { "content-type": "application/json" });
                res.end(JSON.stringify({ ok: true, projects: engine.catalog.plan.projects.length }));
              },
            },
          ],
        })
      : new SocketModeReceiver({ appToken: mode.appToken, logger, installerOptions: { clientOptions } });

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

  const inflight = createInflight();
  const digest = createDigestService({
    catalog: engine.catalog,
    store,
    clock,
    logger: logger.with({ component: "digest" }),
    settings: { channel: env.DIGEST_CHANNEL, whenOutsidePlan: env.DIGEST_WHEN_OUTSIDE_PLAN },
    post: async (channel, message) => {
      const result = await app.client.chat.postMessage({ channel, ...message });
      if (!result.ts) throw new SlackApiError("chat.postMessage", "no ts in the response");
      return result.ts;
    },
  });
  registerListeners(app, {
    engine,
    store,
    digest,
    logger,
    inflight,
    clock,
    botUserId: identity.user_id ?? "",
  });

  try {
    if (mode.kind === "http") await app.start(mode.port);
    else await app.start();
  } catch (error) {
    const what =
      mode.kind === "socket"
        ? "SLACK_APP_TOKEN was rejected by Slack or the connection failed"
        : `cannot listen on PORT ${mode.port}`;
    throw new SlackApiError(
      mode.kind === "socket" ? "apps.connections.open" : "listen",
      `${what} (${slackReason(error)})`,
      { cause: error },
    );
  }
  const scheduler = scheduleDigest(digest, env.DIGEST_CRON, logger.with({ component: "digest" }));
  // Event IDs are kept a day: Slack retries within minutes.
  const prune = () => store.pruneEvents(clock().getTime() - 24 * 3600_000);
  prune();
  const pruning = setInterval(prune, 3600_000);
  pruning.unref();
  // The dictionary loads in the background: structured questions are answered meanwhile.
  engine.warmUp().catch((error: unknown) => logger.error("loading the dictionary failed", error));
  logger.info(
    `plan-bot is running in ${mode.kind === "http" ? `HTTP mode on port ${mode.port}` : "Socket Mode"}`,
    {
      nextDigest: scheduler.nextRun()?.toISOString() ?? null,
    },
  );

  return {
    ...(mode.kind === "http" ? { port: mode.port } : {}),
    stop: async () => {
      clearInterval(pruning);
      scheduler.stop();
      await app.stop();
      await inflight.drain();
    },
  };
}
