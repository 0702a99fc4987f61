// Composition root: config → plan → answer engine → Slack app (Socket Mode or HTTP) or the local console.
import { existsSync } from "node:fs";
import { createEngine } from "./answer/engine.js";
import { stopQuietlyWhenReaderLeaves } from "./closed-pipe.js";
import { engineSettings, parseConfig, urlSecrets } from "./config.js";
import { asPlanBotError, ConfigError } from "./errors.js";
import { createLogger } from "./logger.js";
import { seedsDir } from "./plan/load.js";
import { loadPlanCached } from "./plan/plan-cache.js";
import { connectStore } from "./store/connect.js";

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = parseConfig(process.env);
  const secrets = [
    process.env.SLACK_BOT_TOKEN,
    process.env.SLACK_APP_TOKEN,
    process.env.SLACK_SIGNING_SECRET,
    ...urlSecrets(config.env.DATABASE_URL, config.proxy.httpProxy, config.proxy.httpsProxy),
  ].filter((s): s is string => typeof s === "string" && s.length > 0);
  const logger = createLogger({ level: config.env.LOG_LEVEL as never, secrets });
  const settings = engineSettings(process.env);
  const plan = loadPlanCached(seedsDir({ PLAN_SEEDS_DIR: settings.seedsDir }), settings.cacheDir);
  const engine = createEngine(plan, settings);
  const { mode } = config;

  if (mode.kind === "console") {
    stopQuietlyWhenReaderLeaves(process.stdout);
    const { runConsole } = await import("./console.js");
    await runConsole(engine, process.stdin, process.stdout);
    return;
  }

  const { startSlackApp } = await import("./slack/app.js");
  const store = await connectStore(config.env);
  let running: Awaited<ReturnType<typeof startSlackApp>>;
  try {
    running = await startSlackApp({ config: { ...config, mode }, engine, store, logger });
  } catch (error) {
    await store.close();
    throw error;
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing answers in flight`);
    try {
      await running.stop();
    } finally {
      await store.close();
      logger.info("stopped");
      process.exit(0);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", reason));
}

main().catch((error: unknown) => {
  const e = asPlanBotError(error);
  const hint = e instanceof ConfigError ? " (see .env.example)" : "";
  process.stderr.write(`plan-bot: ${e.message}${hint}\n`);
  process.exit(1);
});
