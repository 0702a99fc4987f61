// Every call plan-bot makes to Slack goes out through one fetch: the Web API client, response_url posts and
// the Socket Mode WebSocket. City networks reach the internet only through a proxy, so that fetch honours
// the variables people already set — HTTPS_PROXY, HTTP_PROXY, NO_PROXY, in either case — through undici's
// EnvHttpProxyAgent (CONNECT for https, absolute URIs for http).
import { type Dispatcher, EnvHttpProxyAgent, fetch as undiciFetch } from "undici";
import type { ProxySettings } from "../config.js";
import type { SlackMessage } from "./blocks.js";
import { DeliveryRefusedError, retryAfterMs } from "./delivery.js";

export type Fetch = typeof globalThis.fetch;

export interface Outbound {
  /** Used for every HTTP call to Slack. */
  fetch: Fetch;
  /** For the Socket Mode WebSocket; undefined when no proxy is set (a direct connection). */
  dispatcher: Dispatcher | undefined;
  /** Human description for the start-up line and errors: "direct" or "via proxy http://host:port". */
  route(url: string): string;
  close(): Promise<void>;
}

export function createOutbound(settings: ProxySettings): Outbound {
  const proxied = Boolean(settings.httpProxy || settings.httpsProxy);
  // Only what the settings say: undici would otherwise fall back to process.env for an unset variable.
  const agent = (tunnel: boolean) =>
    new EnvHttpProxyAgent({
      httpProxy: settings.httpProxy ?? "",
      httpsProxy: settings.httpsProxy ?? settings.httpProxy ?? "",
      noProxy: settings.noProxy ?? "",
      // https (Slack itself) always goes through a CONNECT tunnel; a plain-http endpoint is forwarded as an
      // absolute URI, as HTTP proxies expect — except the WebSocket, whose upgrade needs the tunnel.
      proxyTunnel: tunnel,
    });
  const requests = proxied ? agent(false) : undefined;
  const dispatcher = proxied ? agent(true) : undefined;
  const fetch: Fetch = requests
    ? (input, init) =>
        undiciFetch(input as Parameters<typeof undiciFetch>[0], {
          ...(init as Parameters<typeof undiciFetch>[1]),
          dispatcher: requests,
        }) as unknown as Promise<Response>
    : globalThis.fetch;
  const hidePassword = (url: string) => url.replace(/\/\/[^@/]*@/, "//");
  return {
    fetch,
    dispatcher,
    route: (url) => {
      const target = new URL(url);
      const proxy = target.protocol === "https:" ? settings.httpsProxy : settings.httpProxy;
      if (!proxy || bypassed(target.hostname, settings.noProxy)) return "direct";
      return `via proxy ${hidePassword(proxy)}`;
    },
    close: async () => {
      await Promise.all([requests?.close(), dispatcher?.close()]);
    },
  };
}

/** NO_PROXY as curl reads it: `*`, or host names and domain suffixes separated by commas. */
function bypassed(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  return noProxy
    .split(/[\s,]+/)
    .filter((e) => e.length > 0)
    .some((entry) => {
      if (entry === "*") return true;
      const name = entry.replace(/^\*?\./, "").replace(/:\d+$/, "");
      return host === name || host.endsWith(`.${name}`);
    });
}

/**
 * Posts to a response_url. Rejects with DeliveryRefusedError (with Retry-After) when Slack answers an error
 * status, and with fetch's own error when the request failed: `deliver` tells the two apart.
 */
export async function postToResponseUrl(fetch: Fetch, url: string, message: SlackMessage | object) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
  });
  if (!response.ok) {
    throw new DeliveryRefusedError(response.status, retryAfterMs(response.headers.get("retry-after")));
  }
  await response.arrayBuffer();
}
