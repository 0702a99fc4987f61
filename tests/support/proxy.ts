// A real forward proxy on loopback (the `proxy` package: HTTP forwarding and CONNECT tunnels), recording
// what passes through it, for tests of plan-bot behind a city network's proxy.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxy } from "proxy";

export interface TestProxy {
  url: string;
  /** `GET http://host/path` for forwarded requests, `CONNECT host:port` for tunnels. */
  seen: string[];
  stop(): Promise<void>;
}

export async function startProxy(): Promise<TestProxy> {
  const server = createProxy(createServer());
  const seen: string[] = [];
  server.on("request", (req) => seen.push(`${req.method} ${req.url}`));
  server.on("connect", (req) => seen.push(`CONNECT ${req.url}`));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
