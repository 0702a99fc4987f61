// Maps Slack IDs to handlers; nothing else.
import type { App, BlockButtonAction } from "@slack/bolt";
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, ACTION_PAGE, ACTION_SHARE } from "../blocks.js";
import type { SlackDeps } from "../deps.js";
import { feedbackActionCallback, pageActionCallback, shareActionCallback } from "./actions.js";
import { planCommandCallback } from "./commands.js";
import { appHomeOpenedCallback, appMentionCallback, directMessageCallback } from "./events.js";

export const COMMAND = "/plan";

export function registerListeners(app: App, deps: SlackDeps): void {
  // Slack retries an event it thinks we missed (x-slack-retry-num, same event_id): handle each ID once,
  // across restarts and instances, by recording it in the shared store.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await deps.store.claimEvent(eventId, deps.clock()))) {
      deps.logger.with({ eventId }).info("ignoring a retried event");
      return;
    }
    await next();
  });
  app.command(COMMAND, (args) => planCommandCallback(args, deps));
  app.event("app_mention", (args) => appMentionCallback(args, deps));
  app.message((args) => directMessageCallback(args, deps));
  app.action<BlockButtonAction>(new RegExp(`^${ACTION_PAGE}_`), (args) => pageActionCallback(args, deps));
  app.action<BlockButtonAction>(ACTION_SHARE, (args) => shareActionCallback(args, deps));
  app.action<BlockButtonAction>(ACTION_FEEDBACK_UP, (args) => feedbackActionCallback(args, deps));
  app.action<BlockButtonAction>(ACTION_FEEDBACK_DOWN, (args) => feedbackActionCallback(args, deps));
  app.event("app_home_opened", (args) => appHomeOpenedCallback(args, deps));
}
