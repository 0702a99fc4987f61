// Slack's own markup in a question (mrkdwn): the words it marks, as typed without it. A message pasted into the console
// or sent through Slack carries *bold*, _italic_, ~struck~, `code`, > quotes, :emoji: codes, mentions and links; read as
// words, they were searched (『pray』『U01ABC』『https』は計画に出てこない語), and a direction in bold lost its reading
// (probe 226: 「R3 に *新規* の事業を教えて :pray:」 had answered 0件).

/** An emoji code (:pray:, :white_check_mark:, :+1:) — not a time (10:30) nor a ratio. */
const EMOJI_CODE = /(?<![\p{L}\p{N}]):[a-z0-9_+'-]+(?:::skin-tone-\d)?:(?![\p{L}\p{N}])/giu;
/** A mention as Slack sends it or as it reads once unescaped: <@U01ABC>, @U01ABC, <!here>, @here, @channel. */
const MENTION = /<[@!#][^<>]*>|@(?:U|W)[A-Z0-9]{4,}\b|@(?:here|channel|everyone)\b/gu;
/** A mention of the bot by its name, typed (@plan-bot, @planbot). */
const BOT_NAMED = /@plan-?bot\b/giu;
/** A link: its label when it has one (<https://…|市HP>), else nothing (a bare URL names no subject). */
const LABELLED_LINK = /<(?:https?:\/\/|mailto:)[^<>|]*\|([^<>]+)>/gu;
const BARE_LINK = /<(?:https?:\/\/|mailto:)[^<>]*>|https?:\/\/[^\s<>「」、。]+/gu;
/** Text struck out (~人事課~): withdrawn by the asker, as Slack shows it. */
const STRUCK = /(?<![\p{L}\p{N}])~[^~\n]+~(?![\p{L}\p{N}])/gu;
/**
 * Bold, italic and code marks around a word or phrase: *新規*, _臨時拡充_, `7-4-2` — within Japanese too, where no space
 * parts words (R4で*完了*する: Slack's composer marks it so; probe 491 had quoted it back as ＊完了＊). Not between
 * Latin letters or digits (snake_case, 2*3).
 */
const MARKED = /(?<![\p{Script=Latin}\p{N}])([*_`])(?!\s)([^\n]+?)(?<!\s)\1(?![\p{Script=Latin}\p{N}])/gu;
/** A quote's mark at a line's start (> 口座振替の…): the line is what was quoted. */
const QUOTE_MARK = /^[ \t]*(?:>|&gt;)[ \t]?/gmu;
/** Escapes Slack leaves in text (R3 &amp; R4). */
const ENTITIES: readonly [RegExp, string][] = [
  [/&amp;/g, "&"],
  [/&lt;/g, "<"],
  [/&gt;/g, ">"],
];

/** A quick test that the text may hold any markup: most questions hold none and pay one test. */
const MAY_HAVE = /[*_~`:<>@&]|https?:/u;

/** The question with Slack's markup taken off: the words it marks kept, what is no word of a question left out. */
export function withoutMarkup(text: string): string {
  if (!MAY_HAVE.test(text)) return text;
  let read = text.replace(QUOTE_MARK, "");
  for (const [entity, char] of ENTITIES) read = read.replace(entity, char);
  read = read
    .replace(LABELLED_LINK, "$1")
    .replace(BARE_LINK, " ")
    .replace(MENTION, " ")
    .replace(BOT_NAMED, " ")
    .replace(EMOJI_CODE, " ")
    .replace(STRUCK, " ");
  // (Twice: a mark may sit inside another, *_新規_*.)
  read = read.replace(MARKED, "$2").replace(MARKED, "$2");
  return read === text ? text : read.replace(/[ \t]{2,}/g, " ").trim();
}
