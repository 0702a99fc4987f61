// A local stand-in for Slack's side of the wire, reached through SLACK_API_URL: the Web API methods the
// bot calls, response_url endpoints, and a Socket Mode WebSocket. It records what arrives and rejects
// messages that break Block Kit limits, as Slack would.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface Call {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The bearer token the call carried (the Authorization header), if any. */
  token?: string;
}

/**
 * Faults the stand-in can inject into the next call of a method: Slack's own errors, a 429 (with
 * `retryAfterSeconds`), a 500, a reply lost after Slack stored the message (`lost`: the connection is cut
 * once it is recorded), and a connection reset before anything is stored (`reset`).
 */
export type Failure = "ratelimited" | "http500" | "not_in_channel" | "invalid_auth" | "lost" | "reset";

export function blockKitProblems(body: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const raw = body.blocks;
  if (raw === undefined) return problems;
  const blocks = (typeof raw === "string" ? JSON.parse(raw) : raw) as Record<string, unknown>[];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks`);
  if (typeof body.text !== "string" || body.text.length === 0) problems.push("no fallback text");
  const actionIds = new Set<string>();
  for (const block of blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (block.type === "section" && text !== undefined && text.length > 3000)
      problems.push(`section text ${text.length}`);
    const fields = block.fields as unknown[] | undefined;
    if (fields && fields.length > 10) problems.push(`${fields.length} fields`);
    for (const el of (block.elements as Record<string, unknown>[] | undefined) ?? []) {
      if (typeof el.value === "string" && el.value.length > 2000) problems.push("button value too long");
      if (typeof el.action_id === "string") {
        if (actionIds.has(el.action_id)) problems.push(`duplicate action_id ${el.action_id}`);
        actionIds.add(el.action_id);
      }
      if (block.type === "context" && typeof el.text === "string" && el.text.length > 3000)
        problems.push("context too long");
    }
  }
  return problems;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json"))
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(text));
}

export class FakeSlack {
  readonly calls: Call[] = [];
  readonly responses: Call[] = [];
  readonly rejected: { method: string; problems: string[] }[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly responseFailures: Failure[] = [];
  /** The Retry-After a `ratelimited` fault sends, in seconds. */
  retryAfterSeconds = 0;
  private readonly waiters: (() => void)[] = [];
  private server: Server;
  private wss: WebSocketServer;
  private sockets: WebSocket[] = [];
  readonly acks: string[] = [];
  private tsCounter = 1000;
  /** When set, chat.postMessage hangs until released (to test answers in flight). */
  hold: Promise<void> | null = null;
  /** How many requests have waited on `hold`. */
  held = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/socket" });
    this.wss.on("connection", (socket) => {
      this.sockets.push(socket);
      socket.on("message", (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string };
        if (msg.envelope_id) this.acks.push(msg.envelope_id);
        this.notify();
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "fake" },
          connection_info: { app_id: "A1" },
        }),
      );
      this.notify();
    });
  }

  async start(): Promise<this> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  failNext(method: string, ...kinds: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...kinds]);
  }

  /** Faults for the next response_url posts, whatever their URL. */
  failNextResponse(...kinds: Failure[]): void {
    this.responseFailures.push(...kinds);
  }

  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  get socketCount(): number {
    return this.sockets.filter((s) => s.readyState === s.OPEN).length;
  }

  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const socket of this.sockets)
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(envelope));
  }

  /** Resolves when `predicate` holds, checking after every request and every 25 ms; fails after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error("FakeSlack.waitFor timed out");
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, Math.min(25, Math.max(1, deadline - Date.now()))).unref();
      });
    }
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    if (url.pathname.startsWith("/response/")) {
      const id = url.pathname.slice("/response/".length);
      const failure = this.responseFailures.shift();
      if (failure) {
        this.responses.push({ method: `${id}!${failure}`, body, at: Date.now() });
        this.notify();
        if (failure === "lost") {
          this.responses.push({ method: id, body, at: Date.now() });
          req.socket.destroy();
          return;
        }
        if (failure === "reset") return void req.socket.destroy();
        if (failure === "ratelimited")
          return this.json(res, 429, { ok: false }, { "retry-after": String(this.retryAfterSeconds) });
        return this.json(res, failure === "http500" ? 500 : 404, { ok: false, error: failure });
      }
      const problems = blockKitProblems(body);
      if (problems.length > 0) {
        this.rejected.push({ method: "response_url", problems });
        this.json(res, 400, { ok: false, error: "invalid_blocks" });
      } else {
        this.responses.push({ method: id, body, at: Date.now() });
        this.json(res, 200, { ok: true });
      }
      this.notify();
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      this.calls.push({ method: `${method}!${failure}`, body, at: Date.now() });
      if (failure === "lost") {
        // Slack stored it; the reply never arrives.
        this.calls.push({ method, body, at: Date.now() });
        this.notify();
        req.socket.destroy();
        return;
      }
      this.notify();
      if (failure === "reset") return void req.socket.destroy();
      if (failure === "ratelimited")
        return this.json(
          res,
          429,
          { ok: false, error: "ratelimited" },
          { "retry-after": String(this.retryAfterSeconds) },
        );
      if (failure === "http500") return this.json(res, 500, { ok: false, error: "internal_error" });
      return this.json(res, 200, { ok: false, error: failure });
    }
    if (method === "chat.postMessage" && this.hold) {
      this.held += 1;
      this.notify();
      await this.hold;
    }
    const problems = blockKitProblems(body);
    if (problems.length > 0) {
      this.rejected.push({ method, problems });
      this.json(res, 200, { ok: false, error: "invalid_blocks" });
      this.notify();
      return;
    }
    const bearer = /^Bearer\s+(\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    this.calls.push({ method, body, at: Date.now(), ...(bearer ? { token: bearer } : {}) });
    switch (method) {
      case "auth.test":
        this.json(res, 200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "plan-bot" });
        break;
      case "apps.connections.open":
        this.json(res, 200, { ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
        break;
      case "chat.postMessage":
      case "chat.postEphemeral":
        this.json(res, 200, { ok: true, channel: body.channel, ts: `${this.tsCounter++}.000100` });
        break;
      default:
        this.json(res, 200, { ok: true });
    }
    this.notify();
  }
}
