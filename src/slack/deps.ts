// What the Slack listeners need, injected so each handler is a plain function testable without an App.
import type { Engine } from "../answer/engine.js";
import type { DigestService } from "../digest/service.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { Inflight } from "./inflight.js";

export interface SlackDeps {
  engine: Engine;
  store: Store;
  digest: DigestService;
  logger: Logger;
  inflight: Inflight;
  clock: () => Date;
  botUserId: string;
}
