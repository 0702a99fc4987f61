import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    globalSetup: ["tests/support/cache-dir.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // kuromoji's dictionary costs ~300 MB per worker: two forks match the 2-core machine.
    pool: "forks",
    maxWorkers: 2,
  },
});
