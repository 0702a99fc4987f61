// Vitest's global setup: one cache folder for the whole run, under the system's temp folder, so that tests
// (and the processes they start, which inherit PLAN_CACHE_DIR) never write into the install's own
// node_modules/.cache/plan-bot. Removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "plan-bot-test-cache-"));
  process.env.PLAN_CACHE_DIR = dir;
  // (Retried: a child process the last test started may still be writing a cache file as the run ends, and rmdir then
  // finds the folder not empty — CI runs printed ENOTEMPTY from here, though every test had passed, once even after five
  // retries over 3 s. Past ten (about 27 s) the folder is left in the temp folder and said so in one line: a stack trace
  // after a green run reads as a failure. Which process still writes is not yet found.)
  return () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
    } catch (error) {
      console.warn(`test cache folder left in place (${(error as NodeJS.ErrnoException).code}): ${dir}`);
    }
  };
}
