// The delivery rule, written once: a post is repeated only when Slack certainly did not store it.
//   - certainly not stored: the connection was refused or the name did not resolve (nothing was sent), Slack
//     answered 429 (rate limited: it says when to come back), or Slack answered with an error of its own
//     (`ok: false`, a 4xx: it read the request and refused it; repeating the same request is pointless);
//   - anything else — a reset or a timeout after the request was sent, a 5xx, an error we cannot read — is
//     uncertain: Slack may have stored the message. It is logged as uncertain and never repeated, because a
//     missing answer is better than the same answer twice.
// The Web API client's own retries are off (see `slackClientOptions`): this is the only retry layer.
import { DeliveryUncertainError, SlackApiError } from "../errors.js";
import type { Logger } from "../logger.js";

/** What a failed call tells us about the message. */
export type Verdict =
  | { stored: false; retry: boolean; afterMs: number | null; reason: string }
  | { stored: "unknown"; reason: string };

/** Network errors raised before a request leaves the machine: connect refused, no route, no DNS answer. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The first `code` found down an error's `cause` (and Web API `original`) chain. */
export function networkCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth++) {
    const e = current as { code?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
    if (typeof e.code === "string" && !e.code.startsWith("slack_")) return e.code;
    // A connection refused on every address of a host is reported as an AggregateError.
    if (Array.isArray(e.errors) && e.errors.length > 0) current = e.errors[0];
    else current = e.original ?? e.cause;
  }
  return null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function judgeFailure(error: unknown): Verdict {
  const e = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    statusCode?: number;
    status?: number;
    headers?: Record<string, string>;
  };
  if (error instanceof DeliveryRefusedError) {
    return error.status === 429
      ? { stored: false, retry: true, afterMs: error.retryAfterMs, reason: "rate limited (429)" }
      : error.status >= 500
        ? { stored: "unknown", reason: `HTTP ${error.status}` }
        : { stored: false, retry: false, afterMs: null, reason: `HTTP ${error.status}` };
  }
  switch (e.code) {
    case "slack_webapi_platform_error": {
      const reason = e.data?.error ?? "error";
      if (reason === "ratelimited") return { stored: false, retry: true, afterMs: null, reason };
      return { stored: false, retry: false, afterMs: null, reason };
    }
    case "slack_webapi_rate_limited_error":
      return {
        stored: false,
        retry: true,
        afterMs: typeof e.retryAfter === "number" ? e.retryAfter * 1000 : null,
        reason: "rate limited (429)",
      };
    case "slack_webapi_http_error": {
      const status = e.statusCode ?? 0;
      if (status >= 400 && status < 500 && status !== 408)
        return { stored: false, retry: false, afterMs: null, reason: `HTTP ${status}` };
      return { stored: "unknown", reason: `HTTP ${status}` };
    }
  }
  const code = networkCode(error);
  if (code !== null && NOT_SENT.has(code))
    return { stored: false, retry: true, afterMs: null, reason: `not sent (${code})` };
  return { stored: "unknown", reason: code ? `${code}: ${describe(error)}` : describe(error) };
}

/** A response_url (or other plain HTTP) post that Slack answered with an error status. */
export class DeliveryRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP ${status}`);
    this.name = "DeliveryRefusedError";
  }
}

/** Seconds (or an HTTP date) in a Retry-After header, as milliseconds; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(header)) {
    const seconds = Number(header);
    return seconds >= 0 ? seconds * 1000 : null;
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface DeliveryOptions {
  /** What is delivered, for the log (`chat.postMessage`, `response_url`): never the text. */
  what: string;
  log: Logger;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** The wait before attempt n + 1 when Slack did not say how long. */
  backoffMs?: (attempt: number) => number;
  /** Waits are capped: a Retry-After beyond this gives up instead (the asker has long stopped waiting). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * A call that stores nothing (auth.test): an uncertain outcome (a reset connection) is repeated too — nothing can
   * be stored twice.
   */
  readOnly?: boolean;
}

export const DELIVERY_ATTEMPTS = 4;
export const deliveryBackoff = (attempt: number) => 250 * 2 ** (attempt - 1);
const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send` under the delivery rule. Resolves with its result; rejects with SlackApiError when Slack
 * certainly did not store the message (after the retries the rule allows), or DeliveryUncertainError when it
 * may have (never repeated).
 */
export async function deliver<T>(send: () => Promise<T>, options: DeliveryOptions): Promise<T> {
  const attempts = options.attempts ?? DELIVERY_ATTEMPTS;
  const backoff = options.backoffMs ?? deliveryBackoff;
  const maxWait = options.maxWaitMs ?? 60_000;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const verdict = judgeFailure(error);
      if (verdict.stored === "unknown" && options.readOnly && attempt < attempts) {
        const wait = backoff(attempt);
        options.log.info(`${options.what}: no answer (${verdict.reason}); asking again in ${wait} ms`);
        await sleep(wait);
        continue;
      }
      if (verdict.stored === "unknown") {
        options.log.warn(`${options.what}: outcome uncertain (${verdict.reason}); not repeated`);
        throw new DeliveryUncertainError(options.what, verdict.reason, { cause: error });
      }
      const wait = verdict.afterMs ?? backoff(attempt);
      if (!verdict.retry || attempt >= attempts || wait > maxWait) {
        throw new SlackApiError(options.what, verdict.reason, { cause: error });
      }
      options.log.info(`${options.what}: not delivered (${verdict.reason}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
}
