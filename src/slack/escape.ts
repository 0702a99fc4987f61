// Slack mrkdwn escaping. Everything from users or from the plan passes through `escapeText` before it is
// put into a message, so `<!channel>` or `<@U…>` in a question is shown, never acted on.

export function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Slack sends message text escaped, with mentions as `<@U123>`: turn it back into what the user typed. */
export function messageToQuestion(text: string, botUserId?: string): string {
  const withoutMention = botUserId ? text.replaceAll(`<@${botUserId}>`, " ") : text;
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
