// /plan: acknowledged at once, answered privately through response_url, with a button to share.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { digestMessage, noPostSentence, outsidePlanSentence, type PostKind } from "../../digest/compose.js";
import { DeliveryUncertainError } from "../../errors.js";
import { recordAnswer } from "../../feedback/record.js";
import { buildReport, reportText } from "../../feedback/report.js";
import { answerMessage, errorMessage, type SlackMessage, usageMessage } from "../blocks.js";
import type { SlackDeps } from "../deps.js";
import { escapeText, messageToQuestion } from "../escape.js";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const note = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
});

const KIND_LABEL: Record<PostKind, string> = {
  full: "完了する事業の一覧",
  compact: "短い投稿（件数・残り営業日・今日の注目事業）",
  notice: "計画期間外のお知らせ",
  none: "投稿なし",
};

export async function digestSubcommand(
  arg: string,
  channel: string,
  user: string,
  deps: SlackDeps,
): Promise<SlackMessage> {
  const now = deps.clock();
  const today = deps.digest.compose();
  if (arg === "on") {
    await deps.store.setSubscription(channel, true, user, now);
    // Outside the plan period the channel hears it once, now, rather than every morning.
    const outside = today.inPlan ? "" : `\n${escapeText(outsidePlanSentence(today))}`;
    return note(
      `:white_check_mark: このチャンネル（<#${escapeText(channel)}>）に市役所の営業日の朝、計画ダイジェストを投稿します。止めるには \`/plan digest off\`。${outside}`,
    );
  }
  if (arg === "off") {
    await deps.store.setSubscription(channel, false, user, now);
    return note(":no_bell: このチャンネルへの計画ダイジェストを停止しました。");
  }
  const subscribed =
    (await deps.store.isSubscribed(channel)) || (await deps.digest.targets()).includes(channel);
  const kind = await deps.digest.kindFor(channel);
  const state = subscribed
    ? "このチャンネルはダイジェストを *購読中* です。"
    : "このチャンネルはダイジェストを購読していません（`/plan digest on` で購読）。";
  const todayLine = `今日（${today.day}）: ${KIND_LABEL[kind]}${kind === "none" ? `。${escapeText(noPostSentence(today))}` : ""}`;
  const preview = digestMessage(today, kind === "none" ? "full" : kind);
  return {
    text: `${state} ${todayLine}`,
    blocks: [
      ...note(
        `${state}\n${todayLine}\n${kind === "none" ? "参考: 一覧のプレビュー" : "今日の投稿のプレビュー"}:`,
      ).blocks,
      { type: "divider" },
      ...preview.blocks,
    ],
  };
}

export const REPORT_ADMINS_ONLY =
  "申し訳ありません。`/plan report` は管理者（PLAN_ADMINS に登録された方）向けの機能です。";

/** The report of the last 30 days, for administrators only (the same as `plan-bot report`). */
export async function reportSubcommand(user: string, deps: SlackDeps): Promise<SlackMessage> {
  if (!deps.admins.includes(user)) return note(REPORT_ADMINS_ONLY);
  const since = new Date(deps.clock().getTime() - 30 * 86_400_000);
  const report = buildReport(await deps.store.questionsSince(since.getTime()), deps.engine.catalog, since);
  const text = reportText(report);
  return {
    text: "質問の記録（30日）",
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `\`\`\`${escapeText(text).slice(0, 2900)}\`\`\`` } },
    ],
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
      } else if (/^(?:report|レポート)$/i.test(question)) {
        message = await reportSubcommand(command.user_id, deps);
      } else {
        const answer = await deps.engine.ask(question);
        const feedbackId = await recordAnswer(
          deps.store,
          answer,
          command.user_id,
          deps.feedback,
          deps.clock(),
        ).catch((e: unknown) => {
          log.warn("could not record the question", e);
          return undefined;
        });
        message = answerMessage(answer, { nav: true, share: true, feedbackId });
      }
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
