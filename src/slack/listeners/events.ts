// Mentions (answered in the message's thread) and direct messages (answered in the DM).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { goesOnFrom } from "../../answer/engine.js";
import { DeliveryUncertainError } from "../../errors.js";
import { recordAnswer } from "../../feedback/record.js";
import { answerMessage, errorMessage } from "../blocks.js";
import type { Place } from "../conversations.js";
import type { SlackDeps } from "../deps.js";
import { messageToQuestion } from "../escape.js";
import { homeView } from "../home.js";

/** The question a digest answers: what a reply under it that goes on from it is read after. */
export const DIGEST_QUESTION = "今年度に完了する事業";

type MentionArgs = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;
type MessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

async function reply(
  args: {
    client: AllMiddlewareArgs["client"];
    channel: string;
    threadTs?: string | undefined;
    text: string;
    user?: string | undefined;
    /** Where it was said: a question going on from the last one asked there is read after it. */
    place: Place;
    /**
     * What a thread is about before anyone asks in it (a digest's: 今年度に完了する事業): looked up only when nothing
     * asked there is remembered, and inside the answer's error handling.
     */
    opening?: () => Promise<string | undefined>;
  },
  deps: SlackDeps,
  handler: string,
): Promise<void> {
  await deps.inflight.run({ handler, channel: args.channel }, async () => {
    const log = deps.logger.with({ handler, channel: args.channel, user: args.user });
    const question = messageToQuestion(args.text, deps.botUserId);
    const thread = args.threadTs ? { thread_ts: args.threadTs } : {};
    try {
      const previous = deps.conversations.previous(args.place) ?? (await args.opening?.());
      const answer = await deps.engine.ask(question, { previous });
      // What the next message may go on from: the question as read (within a question's length) — a follow-up after
      // the questions it went on from, 「じゃあR6は？」 as the question it was read as — except that a yes-or-no asked
      // after them leaves them as they were.
      deps.conversations.remember(args.place, goesOnFrom(answer));
      const feedbackId = await recordAnswer(deps.store, answer, args.user, deps.feedback, deps.clock()).catch(
        (e: unknown) => {
          log.warn("could not record the question", e);
          return undefined;
        },
      );
      const message = answerMessage(answer, { nav: true, feedbackId });
      await deps.sender.post(args.client, { channel: args.channel, ...thread, ...message }, log);
    } catch (error) {
      // An answer Slack may have stored is not followed by an apology for it.
      if (error instanceof DeliveryUncertainError) return;
      log.error("answering failed", error);
      await deps.sender
        .post(args.client, { channel: args.channel, ...thread, ...errorMessage() }, log)
        .catch((e: unknown) => log.error("could not tell the user", e));
    }
  });
}

export async function appMentionCallback({ event, client }: MentionArgs, deps: SlackDeps): Promise<void> {
  if (event.bot_id) return;
  const threadTs = event.thread_ts ?? event.ts;
  const replyTo = event.thread_ts;
  await reply(
    {
      client,
      channel: event.channel,
      threadTs,
      text: event.text,
      user: event.user,
      place: { channel: event.channel, thread: threadTs },
      // A mention under a digest asks of it as a plain reply there does.
      ...(replyTo === undefined
        ? {}
        : {
            opening: async () =>
              (await deps.store.isDigestMessage(event.channel, replyTo)) ? DIGEST_QUESTION : undefined,
          }),
    },
    deps,
    "app_mention",
  );
}

export async function directMessageCallback(
  { message, client }: MessageArgs,
  deps: SlackDeps,
): Promise<void> {
  // Only plain messages people type: no edits, joins, bot posts (ours included).
  if (message.subtype !== undefined || "bot_id" in message || message.user === deps.botUserId) return;
  const text = message.text ?? "";
  if (message.channel_type === "im") {
    await reply(
      { client, channel: message.channel, text, user: message.user, place: { dm: message.channel } },
      deps,
      "message.im",
    );
    return;
  }
  // A reply in the thread under one of our digests is a question, as a mention is. A mention in it is
  // answered by app_mention already.
  const thread = "thread_ts" in message ? message.thread_ts : undefined;
  if (!thread || text.includes(`<@${deps.botUserId}>`)) return;
  if (!(await deps.store.isDigestMessage(message.channel, thread))) return;
  await reply(
    {
      client,
      channel: message.channel,
      threadTs: thread,
      text,
      user: message.user,
      place: { channel: message.channel, thread },
      // 「その担当課は？」 under a digest asks of the projects it lists.
      opening: async () => DIGEST_QUESTION,
    },
    deps,
    "digest_thread",
  );
}

type HomeArgs = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/** The Home tab is published each time it is opened: always today's state. */
export async function appHomeOpenedCallback({ event, client }: HomeArgs, deps: SlackDeps): Promise<void> {
  if (event.tab !== "home") return;
  const log = deps.logger.with({ handler: "app_home_opened" });
  try {
    const view = homeView(deps.engine.catalog, deps.digest.compose(), await deps.digest.targets());
    await client.views.publish({ user_id: event.user, view });
  } catch (error) {
    log.warn("publishing the Home tab failed", error);
  }
}
