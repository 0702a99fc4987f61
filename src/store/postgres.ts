// The PostgreSQL store (DATABASE_URL): the same Store as SQLite's, for instances on separate hosts. A small
// pool; TLS when the URL asks for it (sslmode=require); migrations under an advisory lock, so that two instances
// starting together apply them once; a connection that drops is replaced by the pool on the next call.
import pg from "pg";
import { StoreError } from "../errors.js";
import type { DigestRecord, DigestStatus, QuestionWithVotes, Store } from "./store.js";

/** The same versions as SQLite's MIGRATIONS, in PostgreSQL's dialect: index i brings the schema to i + 1. */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY,
     enabled BOOLEAN NOT NULL,
     updated_by TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE digest_posts (
     channel TEXT NOT NULL,
     day TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'failed', 'uncertain', 'gave_up')),
     owner TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     lease_until BIGINT NOT NULL DEFAULT 0,
     next_attempt_at BIGINT NOT NULL DEFAULT 0,
     message_ts TEXT,
     last_error TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (channel, day)
   );
   CREATE TABLE handled_events (
     event_id TEXT PRIMARY KEY,
     seen_at BIGINT NOT NULL
   );`,
  `ALTER TABLE digest_posts ADD COLUMN kind TEXT NOT NULL DEFAULT 'full';
   CREATE INDEX digest_posts_by_message ON digest_posts (channel, message_ts);`,
  `CREATE TABLE questions (
     id BIGSERIAL PRIMARY KEY,
     asked_at BIGINT NOT NULL,
     question TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('exact', 'strong', 'partial', 'none')),
     projects TEXT NOT NULL,
     user_id TEXT
   );
   CREATE INDEX questions_by_time ON questions (asked_at);
   CREATE TABLE votes (
     question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     voted_at BIGINT NOT NULL,
     PRIMARY KEY (question_id, voter)
   );`,
];

/** Any number, the same for every plan-bot: the lock that serialises migrations across instances. */
const MIGRATION_LOCK = 7_074_202;
export const POOL_SIZE = 4;

/** The URL as it may be shown: user, host, port and database, never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.username ? `${decodeURIComponent(u.username)}@` : ""}${u.host}${u.pathname}`;
  } catch {
    return "DATABASE_URL (not a URL)";
  }
}

/** Why PostgreSQL refused or could not be reached, in words an operator acts on; no password, ever. */
export function connectFailure(url: string, cause: unknown): string {
  const where = describeUrl(url);
  const e = cause as { code?: string; message?: string };
  const u = (() => {
    try {
      return new URL(url);
    } catch {
      return null;
    }
  })();
  switch (e.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return `cannot reach PostgreSQL at ${where} (${e.code})`;
    case "28P01":
    case "28000":
      return `PostgreSQL refused the user ${u?.username ? decodeURIComponent(u.username) : "(none)"} at ${where}: authentication failed`;
    case "3D000":
      return `the database ${u?.pathname.slice(1) || "(none)"} does not exist at ${where}`;
    default: {
      // The password as written in the URL (percent-encoded) and as the server or driver may quote it.
      const secrets = u?.password ? [u.password, decodeURIComponent(u.password)] : [];
      let message = e.message ?? String(cause);
      for (const secret of secrets) message = message.replaceAll(secret, "[redacted]");
      return `cannot open the database at ${where}: ${message}`;
    }
  }
}

interface Row {
  channel: string;
  day: string;
  status: DigestStatus;
  owner: string;
  attempts: number;
  lease_until: string;
  next_attempt_at: string;
  message_ts: string | null;
  last_error: string | null;
}

const toRecord = (r: Row): DigestRecord => ({
  channel: r.channel,
  day: r.day,
  status: r.status,
  owner: r.owner,
  attempts: r.attempts,
  leaseUntil: Number(r.lease_until),
  nextAttemptAt: Number(r.next_attempt_at),
  messageTs: r.message_ts,
  lastError: r.last_error,
});

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS plan_bot_schema (version INTEGER NOT NULL)");
    const { rows } = await client.query<{ version: number }>("SELECT version FROM plan_bot_schema");
    let version = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query("INSERT INTO plan_bot_schema (version) VALUES (0)");
    for (; version < PG_MIGRATIONS.length; version++) {
      await client.query(PG_MIGRATIONS[version] as string);
      await client.query("UPDATE plan_bot_schema SET version = $1", [version + 1]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function openPostgresStore(url: string, options: { poolSize?: number } = {}): Promise<Store> {
  const where = describeUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that dies (the server restarted) is dropped; the next query opens a new one.
  pool.on("error", () => undefined);
  try {
    await migrate(pool);
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw new StoreError(connectFailure(url, cause), { cause });
  }

  const guard = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (cause) {
      throw new StoreError(`database error while ${what} (${where})`, { cause });
    }
  };
  const q = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    pool.query<R>(text, values);

  return {
    where,
    schemaVersion: () =>
      guard("reading the schema version", async () => {
        const { rows } = await q<{ version: number }>("SELECT version FROM plan_bot_schema");
        return rows[0]?.version ?? 0;
      }),
    claimEvent: (eventId, now) =>
      guard("recording an event", async () => {
        const r = await q(
          "INSERT INTO handled_events (event_id, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          [eventId, now.getTime()],
        );
        return r.rowCount === 1;
      }),
    setSubscription: (channel, enabled, by, now) =>
      guard("saving a subscription", async () => {
        await q(
          `INSERT INTO subscriptions (channel, enabled, updated_by, updated_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (channel) DO UPDATE SET enabled = $2, updated_by = $3, updated_at = $4`,
          [channel, enabled, by, now.toISOString()],
        );
      }),
    isSubscribed: (channel) =>
      guard("reading a subscription", async () => {
        const { rows } = await q<{ enabled: boolean }>(
          "SELECT enabled FROM subscriptions WHERE channel = $1",
          [channel],
        );
        return rows[0]?.enabled === true;
      }),
    subscribedChannels: () =>
      guard("listing subscriptions", async () => {
        const { rows } = await q<{ channel: string }>(
          "SELECT channel FROM subscriptions WHERE enabled ORDER BY channel",
        );
        return rows.map((r) => r.channel);
      }),
    claimDigest: (channel, day, owner, now, leaseMs, kind = "full") =>
      guard("claiming a digest", async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const stamp = new Date(now).toISOString();
          // The row is created if absent, then locked: one instance at a time decides for a channel's day.
          const inserted = await client.query(
            `INSERT INTO digest_posts (channel, day, status, owner, attempts, lease_until, next_attempt_at, updated_at, kind)
             VALUES ($1, $2, 'posting', $3, 1, $4, 0, $5, $6) ON CONFLICT DO NOTHING`,
            [channel, day, owner, now + leaseMs, stamp, kind],
          );
          let claimed = inserted.rowCount === 1;
          if (!claimed) {
            const { rows } = await client.query<Row>(
              "SELECT * FROM digest_posts WHERE channel = $1 AND day = $2 FOR UPDATE",
              [channel, day],
            );
            const row = rows[0];
            if (row && row.status === "failed" && Number(row.next_attempt_at) <= now) {
              await client.query(
                `UPDATE digest_posts SET status = 'posting', owner = $1, attempts = attempts + 1, lease_until = $2,
                 updated_at = $3 WHERE channel = $4 AND day = $5`,
                [owner, now + leaseMs, stamp, channel, day],
              );
              claimed = true;
            } else if (row && row.status === "posting" && Number(row.lease_until) <= now) {
              // A post whose owner vanished mid-call may have reached Slack: never risk a second one.
              await client.query(
                `UPDATE digest_posts SET status = 'uncertain',
                 last_error = 'the instance posting it stopped before Slack confirmed', updated_at = $1
                 WHERE channel = $2 AND day = $3`,
                [stamp, channel, day],
              );
            }
          }
          const { rows } = await client.query<Row>(
            "SELECT * FROM digest_posts WHERE channel = $1 AND day = $2",
            [channel, day],
          );
          await client.query("COMMIT");
          return claimed && rows[0] ? toRecord(rows[0]) : null;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    hadFullDigest: (channel, from, to) =>
      guard("reading past digests", async () => {
        const { rows } = await q(
          `SELECT 1 FROM digest_posts WHERE channel = $1 AND day >= $2 AND day <= $3 AND kind = 'full'
           AND status IN ('posting', 'posted', 'uncertain') LIMIT 1`,
          [channel, from, to],
        );
        return rows.length > 0;
      }),
    isDigestMessage: (channel, ts) =>
      guard("finding a digest", async () => {
        const { rows } = await q(
          "SELECT 1 FROM digest_posts WHERE channel = $1 AND message_ts = $2 LIMIT 1",
          [channel, ts],
        );
        return rows.length > 0;
      }),
    markPosted: (channel, day, owner, ts, now) =>
      guard("recording a post", async () => {
        await q(
          `UPDATE digest_posts SET status = 'posted', message_ts = $1, last_error = NULL, updated_at = $2
           WHERE channel = $3 AND day = $4 AND owner = $5 AND status IN ('posting', 'uncertain')`,
          [ts, now.toISOString(), channel, day, owner],
        );
      }),
    markFailed: (channel, day, owner, error, nextAttemptAt, now) =>
      guard("recording a failure", async () => {
        await q(
          `UPDATE digest_posts SET status = $1, last_error = $2, next_attempt_at = $3, lease_until = 0, updated_at = $4
           WHERE channel = $5 AND day = $6 AND owner = $7 AND status = 'posting'`,
          [
            nextAttemptAt === null ? "gave_up" : "failed",
            error,
            nextAttemptAt ?? 0,
            now.toISOString(),
            channel,
            day,
            owner,
          ],
        );
      }),
    markUncertain: (channel, day, owner, error, now) =>
      guard("recording an uncertain post", async () => {
        await q(
          `UPDATE digest_posts SET status = 'uncertain', last_error = $1, lease_until = 0, updated_at = $2
           WHERE channel = $3 AND day = $4 AND owner = $5 AND status = 'posting'`,
          [error, now.toISOString(), channel, day, owner],
        );
      }),
    digestRecord: (channel, day) =>
      guard("reading a digest record", async () => {
        const { rows } = await q<Row>("SELECT * FROM digest_posts WHERE channel = $1 AND day = $2", [
          channel,
          day,
        ]);
        return rows[0] ? toRecord(rows[0]) : null;
      }),
    dueRetries: (day, now) =>
      guard("listing retries", async () => {
        const { rows } = await q<Row>(
          "SELECT * FROM digest_posts WHERE day = $1 AND status = 'failed' AND next_attempt_at <= $2 ORDER BY channel",
          [day, now],
        );
        return rows.map(toRecord);
      }),
    pruneEvents: (olderThan) =>
      guard("pruning events", async () => {
        await q("DELETE FROM handled_events WHERE seen_at < $1", [olderThan]);
      }),
    recordQuestion: (r) =>
      guard("recording a question", async () => {
        const { rows } = await q<{ id: string }>(
          `INSERT INTO questions (asked_at, question, outcome, projects, user_id) VALUES ($1, $2, $3, $4, $5)
           RETURNING id`,
          [r.askedAt, r.question, r.outcome, JSON.stringify(r.projects), r.user],
        );
        return Number(rows[0]?.id);
      }),
    recordVote: (questionId, voter, vote, at) =>
      guard("recording a vote", async () => {
        const r = await q(
          `INSERT INTO votes (question_id, voter, vote, voted_at)
           SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM questions WHERE id = $1)
           ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
          [questionId, voter, vote, at],
        );
        return r.rowCount === 1;
      }),
    questionsSince: (since) =>
      guard("reading questions", async () => {
        const { rows } = await q<{
          id: string;
          asked_at: string;
          question: string;
          outcome: QuestionWithVotes["outcome"];
          projects: string;
          user_id: string | null;
          up: string;
          down: string;
        }>(
          `SELECT q.*, COUNT(*) FILTER (WHERE v.vote = 'up') AS up, COUNT(*) FILTER (WHERE v.vote = 'down') AS down
           FROM questions q LEFT JOIN votes v ON v.question_id = q.id WHERE q.asked_at >= $1
           GROUP BY q.id ORDER BY q.id`,
          [since],
        );
        return rows.map((r) => ({
          id: Number(r.id),
          askedAt: Number(r.asked_at),
          question: r.question,
          outcome: r.outcome,
          projects: JSON.parse(r.projects) as string[],
          user: r.user_id,
          up: Number(r.up),
          down: Number(r.down),
        }));
      }),
    deleteQuestionsBefore: (before) =>
      guard("deleting old questions", async () => {
        const r = await q("DELETE FROM questions WHERE asked_at < $1", [before]);
        return r.rowCount ?? 0;
      }),
    purgeFeedback: () =>
      guard("purging feedback", async () => {
        const votes = await q("DELETE FROM votes");
        const questions = await q("DELETE FROM questions");
        return { questions: questions.rowCount ?? 0, votes: votes.rowCount ?? 0 };
      }),
    close: async () => {
      await pool.end();
    },
  };
}
