// Sending to Slack under the delivery rule (./delivery.ts): chat.postMessage through the Web API client, and
// ephemeral answers through response_url. The text of a message never reaches the log; its channel does.
import type { webApi } from "@slack/bolt";
import type { Logger } from "../logger.js";
import { deliver } from "./delivery.js";
import { type Fetch, postToResponseUrl } from "./outbound.js";

type WebClient = InstanceType<typeof webApi.WebClient>;
export type PostArgs = Parameters<WebClient["chat"]["postMessage"]>[0];

export interface Sender {
  /** Posts a message; resolves with its ts. */
  post(client: WebClient, args: PostArgs, log: Logger): Promise<string>;
  /** Posts to a response_url (an ephemeral answer, a replacement, a deletion). */
  respond(url: string, message: object, log: Logger): Promise<void>;
}

export function createSender(fetch: Fetch, options: { sleep?: (ms: number) => Promise<void> } = {}): Sender {
  const extra = options.sleep ? { sleep: options.sleep } : {};
  return {
    post: async (client, args, log) => {
      const result = await deliver(() => client.chat.postMessage(args), {
        what: "chat.postMessage",
        log,
        ...extra,
      });
      return result.ts ?? "";
    },
    respond: (url, message, log) =>
      deliver(() => postToResponseUrl(fetch, url, message), { what: "response_url", log, ...extra }),
  };
}
