// Posting the digest exactly once per channel per day. Each post is claimed in the store first (the intent),
// marked posted after Slack confirms, and retried with backoff after a failure Slack reported. A post whose
// outcome is unknown (its instance stopped mid-call) is never repeated: a missing digest is better than two.
import { randomUUID } from "node:crypto";
import type { Catalog } from "../answer/catalog.js";
import { DeliveryUncertainError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { SlackMessage } from "../slack/blocks.js";
import type { Store } from "../store/store.js";
import { addDays, fiscalYearSpan } from "./calendar.js";
import { composeDigest, type Digest, digestMessage, type PostKind, planPost } from "./compose.js";

export interface DigestSettings {
  /** The channel configured by DIGEST_CHANNEL, posted to besides the subscribed ones. */
  channel?: string | undefined;
  /** Whether days outside the plan's years post a short notice (on their fiscal year's first business day). */
  whenOutsidePlan: "post" | "skip";
  /** Post on business days only: not weekends, public holidays or 年末年始 (DIGEST_SKIP_HOLIDAYS). */
  skipHolidays?: boolean;
}

export interface DigestDeps {
  catalog: Catalog;
  store: Store;
  /**
   * Posts a message and resolves with its ts once Slack confirms; rejects with DeliveryUncertainError when
   * Slack may have stored it, with anything else when it certainly did not.
   */
  post: (channel: string, message: SlackMessage) => Promise<string>;
  clock: () => Date;
  logger: Logger;
  settings: DigestSettings;
  owner?: string;
  /** Overrides where the digest goes (the CLI's --post CHANNEL); by default DIGEST_CHANNEL and subscribers. */
  channels?: () => string[] | Promise<string[]>;
  leaseMs?: number;
  maxAttempts?: number;
  backoffMs?: (attempt: number) => number;
}

export type PostOutcome = "posted" | "already" | "failed" | "gave_up" | "uncertain" | "skipped";

export interface DigestService {
  targets(): Promise<string[]>;
  /** What a channel gets today (full, compact, notice or none). */
  kindFor(channel: string): Promise<PostKind>;
  /** Posts today's digest where it is due; safe to call any number of times, from any instance. */
  runDue(): Promise<Record<string, PostOutcome>>;
  /** The earliest time a failed post should be retried, if any. */
  nextRetryAt(): Promise<number | null>;
  compose(): Digest;
}

export const defaultBackoff = (attempt: number) => Math.min(30 * 60_000, 60_000 * 2 ** (attempt - 1));

export function createDigestService(deps: DigestDeps): DigestService {
  const owner = deps.owner ?? randomUUID();
  const leaseMs = deps.leaseMs ?? 2 * 60_000;
  const maxAttempts = deps.maxAttempts ?? 6;
  const backoff = deps.backoffMs ?? defaultBackoff;
  const targets = async (): Promise<string[]> =>
    deps.channels
      ? deps.channels()
      : [
          ...new Set([
            ...(deps.settings.channel ? [deps.settings.channel] : []),
            ...(await deps.store.subscribedChannels()),
          ]),
        ];

  const postOne = async (
    channel: string,
    digest: Digest,
    message: SlackMessage,
    kind: PostKind,
  ): Promise<PostOutcome> => {
    const now = deps.clock();
    const claim = await deps.store.claimDigest(channel, digest.day, owner, now.getTime(), leaseMs, kind);
    if (!claim) return "already";
    const log = deps.logger.with({ channel, day: digest.day, attempt: claim.attempts });
    try {
      const ts = await deps.post(channel, message);
      await deps.store.markPosted(channel, digest.day, owner, ts, deps.clock());
      log.info("digest posted");
      return "posted";
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof DeliveryUncertainError) {
        // Slack may have stored it: recorded as uncertain and never repeated (a missing digest beats two).
        await deps.store.markUncertain(channel, digest.day, owner, reason, deps.clock());
        log.warn("digest outcome uncertain; not repeated today", error);
        return "uncertain";
      }
      const giveUp = claim.attempts >= maxAttempts;
      const next = giveUp ? null : deps.clock().getTime() + backoff(claim.attempts);
      await deps.store.markFailed(channel, digest.day, owner, reason, next, deps.clock());
      log.warn(giveUp ? "digest post failed; giving up for today" : "digest post failed; will retry", error);
      return giveUp ? "gave_up" : "failed";
    }
  };

  /** The one decision, shared with the CLI: what this channel gets today. */
  const kindFor = async (channel: string, digest: Digest): Promise<PostKind> =>
    planPost(digest, {
      skipHolidays: deps.settings.skipHolidays ?? true,
      whenOutsidePlan: deps.settings.whenOutsidePlan,
      fullPostedThisYear: await deps.store.hadFullDigest(
        channel,
        fiscalYearSpan(digest.day).first,
        addDays(digest.day, -1),
      ),
    });

  return {
    targets,
    compose: () => composeDigest(deps.catalog, deps.clock()),
    nextRetryAt: async () => {
      const day = composeDigest(deps.catalog, deps.clock()).day;
      const pending = await deps.store.dueRetries(day, Number.MAX_SAFE_INTEGER);
      return pending.length === 0 ? null : Math.min(...pending.map((r) => r.nextAttemptAt));
    },
    kindFor: (channel) => kindFor(channel, composeDigest(deps.catalog, deps.clock())),
    runDue: async () => {
      const digest = composeDigest(deps.catalog, deps.clock());
      const outcomes: Record<string, PostOutcome> = {};
      for (const channel of await targets()) {
        const kind = await kindFor(channel, digest);
        outcomes[channel] =
          kind === "none" ? "skipped" : await postOne(channel, digest, digestMessage(digest, kind), kind);
      }
      return outcomes;
    },
  };
}
