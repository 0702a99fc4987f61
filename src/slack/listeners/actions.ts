// Buttons: 「前へ」/「次へ」 re-render a page in place; 「チャンネルに共有」 posts the answer for everyone.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { DeliveryUncertainError } from "../../errors.js";
import { answerMessage, decodeRef, errorMessage } from "../blocks.js";
import type { SlackDeps } from "../deps.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export const SHARE_FAILED_TEXT =
  "チャンネルに共有できませんでした。plan-bot をチャンネルに招待してから（/invite @plan-bot）もう一度お試しください。";

export async function pageActionCallback({ ack, action, body }: ButtonArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const log = deps.logger.with({ handler: "plan_page", user: body.user.id });
  await deps.inflight.run({ handler: "plan_page", channel: body.channel?.id }, async () => {
    const ref = decodeRef(action.value);
    const url = body.response_url;
    if (!ref || !url) return;
    try {
      const ephemeral = body.container?.is_ephemeral === true;
      const message = answerMessage(await deps.engine.ask(ref.q), {
        page: ref.p,
        nav: true,
        share: ephemeral,
      });
      await deps.sender.respond(url, { replace_original: true, ...message }, log);
    } catch (error) {
      if (error instanceof DeliveryUncertainError) return;
      log.error("paging failed", error);
      await deps.sender
        .respond(url, { response_type: "ephemeral", replace_original: false, ...errorMessage() }, log)
        .catch(() => undefined);
    }
  });
}

export async function shareActionCallback(
  { ack, action, body, client }: ButtonArgs,
  deps: SlackDeps,
): Promise<void> {
  await ack();
  await deps.inflight.run({ handler: "plan_share", channel: body.channel?.id }, async () => {
    const ref = decodeRef(action.value);
    const channel = body.channel?.id;
    const url = body.response_url;
    if (!ref || !channel || !url) return;
    const log = deps.logger.with({ handler: "plan_share", channel, user: body.user.id });
    try {
      const message = answerMessage(await deps.engine.ask(ref.q), { page: ref.p, sharedBy: body.user.id });
      await deps.sender.post(client, { channel, ...message }, log);
    } catch (error) {
      if (error instanceof DeliveryUncertainError) return;
      log.warn("sharing failed", error);
      await deps.sender
        .respond(url, { response_type: "ephemeral", replace_original: false, text: SHARE_FAILED_TEXT }, log)
        .catch(() => undefined);
      return;
    }
    await deps.sender
      .respond(url, { delete_original: true }, log)
      .catch((e: unknown) => log.warn("could not remove the private copy", e));
  });
}
