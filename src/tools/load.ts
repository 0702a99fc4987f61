// HTTP load for the benchmark: signed /plan requests against a running plan-bot, from this process.
import { createHmac } from "node:crypto";

export interface LoadResult {
  sent: number;
  acked: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  seconds: number;
}

export function signedCommand(
  secret: string,
  text: string,
  responseUrl: string,
  user: string,
): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: user,
    command: "/plan",
    text,
    response_url: responseUrl,
    trigger_id: "1.2.3",
    api_app_id: "A1",
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-signature": signature,
      "x-slack-request-timestamp": String(ts),
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function one(
  url: string,
  request: { body: string; headers: Record<string, string> },
): Promise<number | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      body: request.body,
      headers: request.headers,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status === 200 ? performance.now() - started : null;
  } catch {
    return null;
  }
}

/** `count` requests at once, or `rate` per second for `seconds`; each one a different question. */
export async function runLoad(options: {
  url: string;
  secret: string;
  questions: readonly string[];
  responseUrl: (i: number) => string;
  burst?: number;
  rate?: number;
  seconds?: number;
}): Promise<LoadResult> {
  const started = performance.now();
  const pending: Promise<number | null>[] = [];
  const request = (i: number) =>
    one(
      options.url,
      signedCommand(
        options.secret,
        options.questions[i % options.questions.length] as string,
        options.responseUrl(i),
        `U${i}`,
      ),
    );
  if (options.burst) {
    for (let i = 0; i < options.burst; i++) pending.push(request(i));
  } else {
    const rate = options.rate ?? 50;
    const total = Math.round(rate * (options.seconds ?? 30));
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(request(i));
    }
  }
  const results = await Promise.all(pending);
  const acks = results.filter((r): r is number => r !== null).sort((a, b) => a - b);
  return {
    sent: results.length,
    acked: acks.length,
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
    ackMax: acks.at(-1) ?? Number.NaN,
    seconds: (performance.now() - started) / 1000,
  };
}
