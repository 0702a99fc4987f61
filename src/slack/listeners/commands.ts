// /plan: acknowledged at once, answered privately through response_url, with a button to share.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { digestMessage } from "../../digest/compose.js";
import { DeliveryUncertainError } from "../../errors.js";
import { answerMessage, errorMessage, type SlackMessage, usageMessage } from "../blocks.js";
import type { SlackDeps } from "../deps.js";
import { escapeText, messageToQuestion } from "../escape.js";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const note = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
});

export async function digestSubcommand(
  arg: string,
  channel: string,
  user: string,
  deps: SlackDeps,
): Promise<SlackMessage> {
  const now = deps.clock();
  if (arg === "on") {
    deps.store.setSubscription(channel, true, user, now);
    return note(
      `:white_check_mark: このチャンネル（<#${escapeText(channel)}>）に毎朝の計画ダイジェストを投稿します。止めるには \`/plan digest off\`。`,
    );
  }
  if (arg === "off") {
    deps.store.setSubscription(channel, false, user, now);
    return note(":no_bell: このチャンネルへの計画ダイジェストを停止しました。");
  }
  const subscribed = deps.store.isSubscribed(channel) || deps.digest.targets().includes(channel);
  const preview = digestMessage(deps.digest.compose());
  const state = subscribed
    ? "このチャンネルはダイジェストを *購読中* です。"
    : "このチャンネルはダイジェストを購読していません（`/plan digest on` で購読）。";
  return {
    text: `${state} 今日の投稿のプレビュー`,
    blocks: [...note(`${state}\n今日の投稿のプレビュー:`).blocks, { type: "divider" }, ...preview.blocks],
  };
}

export async function planCommandCallback({ command, ack }: CommandArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const log = deps.logger.with({ handler: "/plan", channel: command.channel_id, user: command.user_id });
  await deps.inflight.run({ handler: "/plan", channel: command.channel_id }, async () => {
    const question = messageToQuestion(command.text ?? "");
    try {
      let message: SlackMessage;
      const digest = /^(?:digest|ダイジェスト)(?:\s+(on|off|オン|オフ))?$/i.exec(question);
      if (question === "" || /^(help|ヘルプ|使い方)$/i.test(question)) message = usageMessage();
      else if (digest) {
        const arg = { オン: "on", オフ: "off" }[digest[1] ?? ""] ?? digest[1]?.toLowerCase() ?? "";
        message = await digestSubcommand(arg, command.channel_id, command.user_id, deps);
      } else message = answerMessage(await deps.engine.ask(question), { nav: true, share: true });
      await deps.sender.respond(command.response_url, { response_type: "ephemeral", ...message }, log);
    } catch (error) {
      // An answer that may have reached the user is not followed by an apology for it.
      if (error instanceof DeliveryUncertainError) return;
      log.error("answering /plan failed", error);
      await deps.sender
        .respond(command.response_url, { response_type: "ephemeral", ...errorMessage() }, log)
        .catch((e: unknown) => log.error("could not tell the user", e));
    }
  });
}
