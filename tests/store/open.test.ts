import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StoreError } from "../../src/errors.js";
import { openStore } from "../../src/store/store.js";

const dir = mkdtempSync(join(tmpdir(), "plan-bot-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore: a database that cannot be opened says why, and is left as it was", () => {
  it("names a directory as a directory", () => {
    const path = join(dir, "a-folder");
    mkdirSync(path);
    expect(() => openStore(path)).toThrow(
      new StoreError(`cannot open the database at ${path}: it is a directory`),
    );
  });

  it("names a file of random bytes as not a database, and does not touch it", () => {
    const path = join(dir, "random.sqlite");
    const bytes = randomBytes(8192);
    writeFileSync(path, bytes);
    expect(() => openStore(path)).toThrow(
      /cannot open the database at .*random\.sqlite: the file is not a SQLite database/,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("opens and migrates a new file", async () => {
    const store = openStore(join(dir, "new", "plan-bot.sqlite"));
    expect(await store.schemaVersion()).toBeGreaterThan(0);
    await store.close();
  });
});
