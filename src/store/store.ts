// The embedded store (SQLite via better-sqlite3): digest subscriptions, the record of digest posts, and the
// Slack event IDs already handled. Several app instances may share one file; every state change that
// decides who posts is a single transaction.
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../errors.js";

/** Versioned migrations: index i brings the schema to version i + 1. Never edit one that has shipped. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY,
     enabled INTEGER NOT NULL,
     updated_by TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE digest_posts (
     channel TEXT NOT NULL,
     day TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'failed', 'uncertain', 'gave_up')),
     owner TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     lease_until INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL DEFAULT 0,
     message_ts TEXT,
     last_error TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (channel, day)
   );
   CREATE TABLE handled_events (
     event_id TEXT PRIMARY KEY,
     seen_at INTEGER NOT NULL
   );`,
  // 2: what kind of digest a post is (full, compact, notice), and finding a digest by its message (threads).
  `ALTER TABLE digest_posts ADD COLUMN kind TEXT NOT NULL DEFAULT 'full';
   CREATE INDEX digest_posts_by_message ON digest_posts (channel, message_ts);`,
  // 3: questions asked and the votes on their answers (feedback), kept FEEDBACK_RETENTION_DAYS.
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     asked_at INTEGER NOT NULL,
     question TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('exact', 'strong', 'partial', 'none')),
     projects TEXT NOT NULL,
     user_id TEXT
   );
   CREATE INDEX questions_by_time ON questions (asked_at);
   CREATE TABLE votes (
     question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     voted_at INTEGER NOT NULL,
     PRIMARY KEY (question_id, voter)
   );`,
];

export type DigestStatus = "posting" | "posted" | "failed" | "uncertain" | "gave_up";

/** How an answer met its question: exactly (code, department, year), strongly, partially, or not at all. */
export type Outcome = "exact" | "strong" | "partial" | "none";

export interface QuestionRecord {
  askedAt: number;
  question: string;
  outcome: Outcome;
  /** The projects shown, as POLICY#NO, best first. */
  projects: string[];
  /** Kept only with FEEDBACK_KEEP_USERS=1; otherwise null. */
  user: string | null;
}

/** A recorded question with its votes: what the report is computed from. */
export interface QuestionWithVotes extends QuestionRecord {
  id: number;
  up: number;
  down: number;
}

export interface DigestRecord {
  channel: string;
  day: string;
  status: DigestStatus;
  owner: string;
  attempts: number;
  leaseUntil: number;
  nextAttemptAt: number;
  messageTs: string | null;
  lastError: string | null;
}

/**
 * What must hold across instances — on one host (SQLite, `PLAN_DB_PATH`) or across hosts (PostgreSQL,
 * `DATABASE_URL`): handled event IDs, subscriptions, and the once-a-day claim on each channel's digest.
 * One interface, two implementations, the same versioned migrations, the same test suite.
 */
export interface Store {
  /** Where it is, without any password: for logs and messages. */
  readonly where: string;
  schemaVersion(): Promise<number>;
  /** True the first time an event ID is seen (by any instance): the caller handles it; false means a retry. */
  claimEvent(eventId: string, now: Date): Promise<boolean>;
  setSubscription(channel: string, enabled: boolean, by: string | null, now: Date): Promise<void>;
  isSubscribed(channel: string): Promise<boolean>;
  subscribedChannels(): Promise<string[]>;
  /**
   * Records the intent to post a channel's digest for a day, if no one has posted it, is posting it, or
   * might have posted it. Returns the record to post under, or null when this instance must not post.
   */
  claimDigest(
    channel: string,
    day: string,
    owner: string,
    now: number,
    leaseMs: number,
    kind?: string,
  ): Promise<DigestRecord | null>;
  /** Whether a full digest was posted (or may have been) to a channel between two days, both included. */
  hadFullDigest(channel: string, from: string, to: string): Promise<boolean>;
  /** Whether a message is one of our digests: a thread under it is answered like a mention. */
  isDigestMessage(channel: string, messageTs: string): Promise<boolean>;
  markPosted(channel: string, day: string, owner: string, messageTs: string, now: Date): Promise<void>;
  markFailed(
    channel: string,
    day: string,
    owner: string,
    error: string,
    nextAttemptAt: number | null,
    now: Date,
  ): Promise<void>;
  /** Slack may have stored the post (a lost reply, a reset after sending): it is never repeated. */
  markUncertain(channel: string, day: string, owner: string, error: string, now: Date): Promise<void>;
  digestRecord(channel: string, day: string): Promise<DigestRecord | null>;
  /** Failed posts of a day whose retry time has come. */
  dueRetries(day: string, now: number): Promise<DigestRecord[]>;
  pruneEvents(olderThan: number): Promise<void>;
  /** Records a question answered; its ID goes into the answer's feedback buttons. */
  recordQuestion(record: QuestionRecord): Promise<number>;
  /** A vote on an answer; the same voter's second vote replaces the first. False when the question is gone. */
  recordVote(questionId: number, voter: string, vote: "up" | "down", at: number): Promise<boolean>;
  /** Questions asked since `since`, with their votes, oldest first. */
  questionsSince(since: number): Promise<QuestionWithVotes[]>;
  /** Deletes questions (and their votes) asked before `before`; returns how many questions. */
  deleteQuestionsBefore(before: number): Promise<number>;
  /** Deletes every recorded question and vote; says how many of each. */
  purgeFeedback(): Promise<{ questions: number; votes: number }>;
  close(): Promise<void>;
}

interface QuestionRow {
  id: number;
  asked_at: number;
  question: string;
  outcome: Outcome;
  projects: string;
  user_id: string | null;
  up: number;
  down: number;
}

interface Row {
  channel: string;
  day: string;
  status: DigestStatus;
  owner: string;
  attempts: number;
  lease_until: number;
  next_attempt_at: number;
  message_ts: string | null;
  last_error: string | null;
}

const toRecord = (r: Row): DigestRecord => ({
  channel: r.channel,
  day: r.day,
  status: r.status,
  owner: r.owner,
  attempts: r.attempts,
  leaseUntil: r.lease_until,
  nextAttemptAt: r.next_attempt_at,
  messageTs: r.message_ts,
  lastError: r.last_error,
});

/** Why a database could not be opened, in words an operator can act on. */
function openFailure(path: string, cause: unknown): string {
  try {
    if (statSync(path).isDirectory()) return "it is a directory";
  } catch {
    // Missing is fine (it is created); the cause below says the rest.
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/not a database/i.test(message)) return "the file is not a SQLite database";
  if (/readonly|read-only|EACCES|EROFS|permission/i.test(message)) return `it is read-only (${message})`;
  return message;
}

export function openStore(path: string): Store {
  let db: Database.Database | undefined;
  try {
    // (For ":memory:" the folder is ".", which exists.)
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (cause) {
    db?.close();
    throw new StoreError(`cannot open the database at ${path}: ${openFailure(path, cause)}`, { cause });
  }

  const claimEventStmt = db.prepare("INSERT OR IGNORE INTO handled_events (event_id, seen_at) VALUES (?, ?)");
  const upsertSub = db.prepare(
    `INSERT INTO subscriptions (channel, enabled, updated_by, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel) DO UPDATE SET enabled = excluded.enabled, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const getSub = db.prepare("SELECT enabled FROM subscriptions WHERE channel = ?");
  const listSubs = db.prepare("SELECT channel FROM subscriptions WHERE enabled = 1 ORDER BY channel");
  const getDigest = db.prepare("SELECT * FROM digest_posts WHERE channel = ? AND day = ?");
  const insertDigest = db.prepare(
    `INSERT INTO digest_posts (channel, day, status, owner, attempts, lease_until, next_attempt_at, updated_at, kind)
     VALUES (?, ?, 'posting', ?, 1, ?, 0, ?, ?)`,
  );
  const fullSince = db.prepare(
    `SELECT 1 FROM digest_posts WHERE channel = ? AND day >= ? AND day <= ? AND kind = 'full'
       AND status IN ('posting', 'posted', 'uncertain') LIMIT 1`,
  );
  const byMessage = db.prepare("SELECT 1 FROM digest_posts WHERE channel = ? AND message_ts = ? LIMIT 1");
  const retakeDigest = db.prepare(
    `UPDATE digest_posts SET status = 'posting', owner = ?, attempts = attempts + 1, lease_until = ?, updated_at = ?
     WHERE channel = ? AND day = ?`,
  );
  const markUncertain = db.prepare(
    `UPDATE digest_posts SET status = 'uncertain', last_error = 'the instance posting it stopped before Slack confirmed', updated_at = ?
     WHERE channel = ? AND day = ?`,
  );
  const posted = db.prepare(
    `UPDATE digest_posts SET status = 'posted', message_ts = ?, last_error = NULL, updated_at = ?
     WHERE channel = ? AND day = ? AND owner = ? AND status IN ('posting', 'uncertain')`,
  );
  const failed = db.prepare(
    `UPDATE digest_posts SET status = ?, last_error = ?, next_attempt_at = ?, lease_until = 0, updated_at = ?
     WHERE channel = ? AND day = ? AND owner = ? AND status = 'posting'`,
  );
  const uncertain = db.prepare(
    `UPDATE digest_posts SET status = 'uncertain', last_error = ?, lease_until = 0, updated_at = ?
     WHERE channel = ? AND day = ? AND owner = ? AND status = 'posting'`,
  );
  const due = db.prepare(
    "SELECT * FROM digest_posts WHERE day = ? AND status = 'failed' AND next_attempt_at <= ? ORDER BY channel",
  );
  const prune = db.prepare("DELETE FROM handled_events WHERE seen_at < ?");
  const insertQuestion = db.prepare(
    "INSERT INTO questions (asked_at, question, outcome, projects, user_id) VALUES (?, ?, ?, ?, ?)",
  );
  const questionExists = db.prepare("SELECT 1 FROM questions WHERE id = ?");
  const upsertVote = db.prepare(
    `INSERT INTO votes (question_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
  );
  const listQuestions = db.prepare(
    `SELECT q.*, COALESCE(SUM(v.vote = 'up'), 0) AS up, COALESCE(SUM(v.vote = 'down'), 0) AS down
     FROM questions q LEFT JOIN votes v ON v.question_id = q.id WHERE q.asked_at >= ? GROUP BY q.id ORDER BY q.id`,
  );
  const deleteVotesBefore = db.prepare(
    "DELETE FROM votes WHERE question_id IN (SELECT id FROM questions WHERE asked_at < ?)",
  );
  const deleteQuestions = db.prepare("DELETE FROM questions WHERE asked_at < ?");
  const countVotes = db.prepare("SELECT COUNT(*) AS n FROM votes");

  const claim = db.transaction(
    (channel: string, day: string, owner: string, now: number, leaseMs: number, kind: string) => {
      const row = getDigest.get(channel, day) as Row | undefined;
      const stamp = new Date(now).toISOString();
      if (!row) {
        insertDigest.run(channel, day, owner, now + leaseMs, stamp, kind);
      } else if (row.status === "failed" && row.next_attempt_at <= now) {
        retakeDigest.run(owner, now + leaseMs, stamp, channel, day);
      } else {
        // A post whose owner vanished mid-call may have reached Slack: never risk a second one.
        if (row.status === "posting" && row.lease_until <= now) markUncertain.run(stamp, channel, day);
        return null;
      }
      return toRecord(getDigest.get(channel, day) as Row);
    },
  );

  // better-sqlite3 is synchronous: each method runs at once and hands its result back as a promise.
  const guard = async <T>(what: string, fn: () => T): Promise<T> => {
    try {
      return fn();
    } catch (cause) {
      throw new StoreError(`database error while ${what}`, { cause });
    }
  };

  return {
    where: path,
    schemaVersion: async () => db.pragma("user_version", { simple: true }) as number,
    claimEvent: (eventId, now) =>
      guard("recording an event", () => claimEventStmt.run(eventId, now.getTime()).changes === 1),
    setSubscription: (channel, enabled, by, now) =>
      guard(
        "saving a subscription",
        () => void upsertSub.run(channel, enabled ? 1 : 0, by, now.toISOString()),
      ),
    isSubscribed: (channel) =>
      guard(
        "reading a subscription",
        () => (getSub.get(channel) as { enabled: number } | undefined)?.enabled === 1,
      ),
    subscribedChannels: () =>
      guard("listing subscriptions", () => (listSubs.all() as { channel: string }[]).map((r) => r.channel)),
    claimDigest: (channel, day, owner, now, leaseMs, kind = "full") =>
      guard("claiming a digest", () => claim.immediate(channel, day, owner, now, leaseMs, kind)),
    hadFullDigest: (channel, from, to) =>
      guard("reading past digests", () => fullSince.get(channel, from, to) !== undefined),
    isDigestMessage: (channel, ts) =>
      guard("finding a digest", () => byMessage.get(channel, ts) !== undefined),
    markPosted: (channel, day, owner, ts, now) =>
      guard("recording a post", () => void posted.run(ts, now.toISOString(), channel, day, owner)),
    markFailed: (channel, day, owner, error, nextAttemptAt, now) =>
      guard(
        "recording a failure",
        () =>
          void failed.run(
            nextAttemptAt === null ? "gave_up" : "failed",
            error,
            nextAttemptAt ?? 0,
            now.toISOString(),
            channel,
            day,
            owner,
          ),
      ),
    markUncertain: (channel, day, owner, error, now) =>
      guard(
        "recording an uncertain post",
        () => void uncertain.run(error, now.toISOString(), channel, day, owner),
      ),
    digestRecord: (channel, day) =>
      guard("reading a digest record", () => {
        const row = getDigest.get(channel, day) as Row | undefined;
        return row ? toRecord(row) : null;
      }),
    dueRetries: (day, now) => guard("listing retries", () => (due.all(day, now) as Row[]).map(toRecord)),
    pruneEvents: (olderThan) => guard("pruning events", () => void prune.run(olderThan)),
    recordQuestion: (r) =>
      guard("recording a question", () =>
        Number(
          insertQuestion.run(r.askedAt, r.question, r.outcome, JSON.stringify(r.projects), r.user)
            .lastInsertRowid,
        ),
      ),
    recordVote: (questionId, voter, vote, at) =>
      guard("recording a vote", () => {
        if (!questionExists.get(questionId)) return false;
        upsertVote.run(questionId, voter, vote, at);
        return true;
      }),
    questionsSince: (since) =>
      guard("reading questions", () =>
        (listQuestions.all(since) as QuestionRow[]).map((r) => ({
          id: r.id,
          askedAt: r.asked_at,
          question: r.question,
          outcome: r.outcome,
          projects: JSON.parse(r.projects) as string[],
          user: r.user_id,
          up: Number(r.up),
          down: Number(r.down),
        })),
      ),
    deleteQuestionsBefore: (before) =>
      guard("deleting old questions", () =>
        db.transaction(() => {
          deleteVotesBefore.run(before);
          return deleteQuestions.run(before).changes;
        })(),
      ),
    purgeFeedback: () =>
      guard("purging feedback", () =>
        db.transaction(() => {
          const votes = (countVotes.get() as { n: number }).n;
          deleteVotesBefore.run(Number.MAX_SAFE_INTEGER);
          const questions = deleteQuestions.run(Number.MAX_SAFE_INTEGER).changes;
          return { questions, votes };
        })(),
      ),
    close: async () => {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const apply = db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  apply.immediate();
}
