// Buttons: 「前へ」/「次へ」 re-render a page in place; 「チャンネルに共有」 posts the answer for everyone.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { answerMessage, decodeRef, errorMessage } from "../blocks.js";
import type { SlackDeps } from "../deps.js";
import { withRetry } from "../retry.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export const SHARE_FAILED_TEXT =
  "チャンネルに共有できませんでした。plan-bot をチャンネルに招待してから（/invite @plan-bot）もう一度お試しください。";

export async function pageActionCallback(
  { ack, action, respond, body }: ButtonArgs,
  deps: SlackDeps,
): Promise<void> {
  await ack();
  await deps.inflight.run(async () => {
    const ref = decodeRef(action.value);
    if (!ref) return;
    try {
      const ephemeral = body.container?.is_ephemeral === true;
      const message = answerMessage(await deps.engine.ask(ref.q), {
        page: ref.p,
        nav: true,
        share: ephemeral,
      });
      await withRetry(() => respond({ replace_original: true, ...message }));
    } catch (error) {
      deps.logger.with({ handler: "plan_page", user: body.user.id }).error("paging failed", error);
      await respond({ response_type: "ephemeral", replace_original: false, ...errorMessage() }).catch(
        () => undefined,
      );
    }
  });
}

export async function shareActionCallback(
  { ack, action, respond, body, client }: ButtonArgs,
  deps: SlackDeps,
): Promise<void> {
  await ack();
  await deps.inflight.run(async () => {
    const ref = decodeRef(action.value);
    const channel = body.channel?.id;
    if (!ref || !channel) return;
    const log = deps.logger.with({ handler: "plan_share", channel, user: body.user.id });
    try {
      const message = answerMessage(await deps.engine.ask(ref.q), { page: ref.p, sharedBy: body.user.id });
      await client.chat.postMessage({ channel, ...message });
      await respond({ delete_original: true }).catch((e: unknown) =>
        log.warn("could not remove the private copy", e),
      );
    } catch (error) {
      log.warn("sharing failed", error);
      await respond({ response_type: "ephemeral", replace_original: false, text: SHARE_FAILED_TEXT }).catch(
        () => undefined,
      );
    }
  });
}
