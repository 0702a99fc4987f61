// What the Slack listeners need, injected so each handler is a plain function testable without an App.
import type { Engine } from "../answer/engine.js";
import type { DigestService } from "../digest/service.js";
import type { FeedbackSettings } from "../feedback/record.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { Conversations } from "./conversations.js";
import type { Inflight } from "./inflight.js";
import type { Sender } from "./send.js";

export interface SlackDeps {
  engine: Engine;
  store: Store;
  digest: DigestService;
  logger: Logger;
  inflight: Inflight;
  /** Every message to Slack goes through it: the delivery rule, the proxy. */
  sender: Sender;
  feedback: FeedbackSettings;
  /** Slack user IDs who may run /plan report (PLAN_ADMINS). */
  admins: readonly string[];
  clock: () => Date;
  botUserId: string;
  /** The last question asked in each thread and DM: a message going on from it is read after it. */
  conversations: Conversations;
}
