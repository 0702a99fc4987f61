#!/usr/bin/env node
// `npm start`: compiles only when a source file is newer than the compiled bot (an edit, a pull), then runs
// it. Services start `node dist/main.js` directly (see README): no compiler at all.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
};
const built = (() => {
  try {
    return statSync(join(root, "dist/main.js")).mtimeMs;
  } catch {
    return 0;
  }
})();
const sources = Math.max(newest(join(root, "src")), statSync(join(root, "tsconfig.build.json")).mtimeMs);
if (sources > built) {
  const tsc = spawnSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
await import("../dist/main.js");
