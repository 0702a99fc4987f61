// Buttons: 「前へ」/「次へ」 re-render a page in place; 「チャンネルに共有」 posts the answer for everyone.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { DeliveryUncertainError } from "../../errors.js";
import { voterHash } from "../../feedback/record.js";
import { ACTION_FEEDBACK_UP, answerMessage, decodeRef, errorMessage, FEEDBACK_THANKS } from "../blocks.js";
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

/** 「役に立った」/「違う」: acknowledged at once, recorded (a second vote replaces the first), thanked privately. */
export async function feedbackActionCallback(
  { ack, action, body }: ButtonArgs,
  deps: SlackDeps,
): Promise<void> {
  await ack();
  const log = deps.logger.with({ handler: action.action_id, channel: body.channel?.id });
  const id = Number(action.value);
  const url = body.response_url;
  if (!Number.isInteger(id) || id <= 0) return;
  const vote = action.action_id === ACTION_FEEDBACK_UP ? "up" : "down";
  try {
    const voter = voterHash(body.user.id, deps.feedback.salt);
    if (!(await deps.store.recordVote(id, voter, vote, deps.clock().getTime()))) return;
    if (url)
      await deps.sender.respond(
        url,
        { response_type: "ephemeral", replace_original: false, text: FEEDBACK_THANKS },
        log,
      );
  } catch (error) {
    log.warn("recording feedback failed", error);
  }
}
