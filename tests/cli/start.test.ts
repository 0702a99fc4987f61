import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

describe("npm start (bin/start.js)", () => {
  it("opens the console without recompiling when nothing changed", () => {
    const before = statSync(join(ROOT, "dist/main.js")).mtimeMs;
    const env = { ...process.env, SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "", SLACK_SIGNING_SECRET: "" };
    const out = spawnSync(process.execPath, [join(ROOT, "bin/start.js")], {
      cwd: ROOT,
      input: "7-4-2\nexit\n",
      encoding: "utf8",
      env,
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("「7-4-2」の回答: 該当 4件");
    expect(statSync(join(ROOT, "dist/main.js")).mtimeMs).toBe(before);
  });
});
