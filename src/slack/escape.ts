// Slack mrkdwn escaping. Everything from users or from the plan passes through `escapeText` before it is
// put into a message, so `<!channel>` or `<@U…>` in a question is shown, never acted on.

export function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * More than enough of a message for any question (questions are cut to 200 characters later): a message is
 * cut to this first, so that a megabyte of text costs nothing before it is cut.
 */
export const MAX_MESSAGE_UNITS = 2000;

/** Slack sends message text escaped, with mentions as `<@U123>`: turn it back into what the user typed. */
export function messageToQuestion(text: string, botUserId?: string): string {
  const bounded = text.slice(0, MAX_MESSAGE_UNITS);
  const withoutMention = botUserId ? bounded.replaceAll(`<@${botUserId}>`, " ") : bounded;
  return withoutMention
    .replace(/<!(channel|here|everyone)(?:\|[^<>]*)?>/g, "@$1")
    .replace(/<([@#!][^<>|]+)\|([^<>]+)>/g, "$2")
    .replace(/<[@#!]([^<>]+)>/g, "@$1")
    .replace(/<([^<>|]+)\|([^<>]+)>/g, "$2")
    .replace(/<(?:mailto:|https?:\/\/)?([^<>]+)>/g, "$1")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .trim();
}
