// Run by `npm install` / `npm ci` (the `prepare` script, after compiling): fills the caches — kuromoji's inflated
// dictionary and the analysed plan a free-text answer uses, and the parsed plan every answer starts from — so that
// the first question after an install is as fast as every later one. It never fails the install: without a cache
// plan-bot only starts slower.
import { createEngine } from "../answer/engine.js";
import { engineSettings } from "../config.js";
import { seedsDir } from "../plan/load.js";
import { loadPlanCached } from "../plan/plan-cache.js";

const started = performance.now();
try {
  const settings = engineSettings(process.env);
  if (settings.cacheDir !== null) {
    const plan = loadPlanCached(seedsDir({ PLAN_SEEDS_DIR: settings.seedsDir }), settings.cacheDir);
    await createEngine(plan, settings).warmUp();
    // The dictionary is written just after the tokenizer is ready: report once nothing is left to do.
    process.once("beforeExit", () => {
      process.stdout.write(`plan-bot: caches ready in ${Math.round(performance.now() - started)} ms\n`);
    });
  }
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`plan-bot: caches not prepared (${reason}); the first answer will build them\n`);
}
