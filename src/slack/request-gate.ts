// The door in front of Bolt in HTTP mode: a request reaches Bolt only when its signature is Slack's, its
// timestamp is within five minutes of now either way (Bolt alone refuses only stale ones, not future ones),
// and its body is a payload Bolt can route. Anything else is answered at once with 401 or 400, never left to
// time out. Pure: bytes and headers in, a verdict out.
import { createHmac, timingSafeEqual } from "node:crypto";
import { parse as parseForm } from "node:querystring";

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type GateVerdict = { ok: true } | { ok: false; status: 400 | 401; reason: string };

const header = (headers: Record<string, string | string[] | undefined>, name: string) => {
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
};

function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether Slack would ever send this body: an object, or a form whose `payload` is a typed object. */
function bodyProblem(raw: string, contentType: string | undefined): string | null {
  try {
    if ((contentType ?? "").startsWith("application/x-www-form-urlencoded")) {
      const form = parseForm(raw);
      if (form.ssl_check === "1") return null;
      if (form.payload === undefined)
        return typeof form.command === "string" ? null : "no command or payload";
      if (typeof form.payload !== "string") return "several payloads";
      const payload: unknown = JSON.parse(form.payload);
      return isObject(payload) && typeof payload.type === "string" ? null : "payload is not a typed object";
    }
    const body: unknown = JSON.parse(raw);
    return isObject(body) && typeof body.type === "string" ? null : "body is not a typed object";
  } catch {
    return "body is not valid JSON";
  }
}

export function gateRequest(
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
  signingSecret: string,
  nowMs: number,
): GateVerdict {
  const signature = header(headers, "x-slack-signature");
  const timestamp = Number(header(headers, "x-slack-request-timestamp"));
  const text = raw.toString("utf8");
  const form = (header(headers, "content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  // Slack's SSL check is unsigned by design; Bolt strips anything else from it.
  if (form && parseForm(text).ssl_check === "1") return { ok: true };
  if (!signature || !Number.isInteger(timestamp))
    return { ok: false, status: 401, reason: "unsigned request" };
  if (Math.abs(nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, status: 401, reason: "timestamp more than 5 minutes from now" };
  const expected = `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${text}`).digest("hex")}`;
  if (!signatureMatches(expected, signature)) return { ok: false, status: 401, reason: "bad signature" };
  const problem = bodyProblem(text, header(headers, "content-type"));
  return problem ? { ok: false, status: 400, reason: problem } : { ok: true };
}
