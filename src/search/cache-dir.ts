// Where plan-bot keeps what it derives from its inputs between starts (the inflated dictionary, the analysed
// plan): inside the install's node_modules, like other tools' caches, so a fresh install starts clean.
// PLAN_CACHE_DIR moves it; PLAN_CACHE_DIR=off turns it off.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_CACHE_DIR = resolve(
  fileURLToPath(new URL("../../node_modules/.cache/plan-bot", import.meta.url)),
);
