// Recording what was asked and how it was answered, and votes on answers. User IDs are not kept unless
// FEEDBACK_KEEP_USERS=1; a voter is known only by a salted hash, enough to replace their earlier vote.
import { createHash } from "node:crypto";
import type { Answer } from "../answer/answer.js";
import { projectKey } from "../plan/schema.js";
import type { Outcome, Store } from "../store/store.js";

export interface FeedbackSettings {
  keepUsers: boolean;
  /** Salt for voters' hashes: FEEDBACK_SALT, or a secret of the installation. */
  salt: string;
  retentionDays: number;
}

export function outcomeOf(answer: Answer): Outcome {
  if (answer.projects.length === 0) return "none";
  if (answer.intent !== "search") return "exact";
  return answer.answered > 0 ? "strong" : "partial";
}

export function voterHash(user: string, salt: string): string {
  return createHash("sha256").update(`${salt}\u0000${user}`).digest("hex").slice(0, 32);
}

export async function recordAnswer(
  store: Store,
  answer: Answer,
  user: string | undefined,
  settings: FeedbackSettings,
  now: Date,
): Promise<number> {
  return store.recordQuestion({
    askedAt: now.getTime(),
    // A follow-up as read (after the questions before it): 「担当課は？」 alone says nothing in a report.
    question: answer.readAs ?? answer.query,
    outcome: outcomeOf(answer),
    projects: answer.projects.map(projectKey),
    user: settings.keepUsers && user ? user : null,
  });
}
