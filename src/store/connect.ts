// Which store an instance uses: PostgreSQL when DATABASE_URL is set (instances on several hosts), else the
// embedded SQLite file at PLAN_DB_PATH (no server needed).
import type { Store } from "./store.js";

export async function connectStore(env: {
  DATABASE_URL?: string | undefined;
  PLAN_DB_PATH: string;
}): Promise<Store> {
  if (env.DATABASE_URL) {
    const { openPostgresStore } = await import("./postgres.js");
    return openPostgresStore(env.DATABASE_URL);
  }
  const { openStore } = await import("./store.js");
  return openStore(env.PLAN_DB_PATH);
}
