// A question quoted as someone else asked it, answered as asked: a council secretariat pastes a member's question,
// then says what it wants of the answer.
import type { Catalog } from "./catalog.js";
import { askingSentences } from "./register.js";
import { quotesPlan } from "./understand/quotations.js";
import { escapeRegExp } from "./understand/util.js";

/** A quoted question: it ends as one does (…のか, …ですか, …？, …の). Group 1: the question. */
const QUOTED_QUESTION = /[「『]([^「」『』\n]{6,}?(?:か|かな|[?？]|の))[」』]/gu;

/**
 * A message quoting one question and naming nothing of its own besides it (議員質問「市民会館跡地の関係で、今どんな事業が
 * 計画に載っているのか」。一覧でください。): the quoted question, then what the message asks of it (一覧でください, 本数を
 * 教えてください, 該当する事業はありますか) — read as the question it quotes, it had been read as its asks alone: the whole
 * plan listed, or 本数 searched (probe 335). `namesNothing` says whether the message without the quote names a subject,
 * a unit, a code, a year or a direction (understanding's reading). Null for any other message: one quoting the plan
 * (see withPlanPassagesPlain), quoting two questions, or naming its own subject beside the quote.
 */
export function quotedQuestionAsked(
  question: string,
  catalog: Catalog,
  namesNothing: (rest: string) => boolean,
): string | null {
  if (!/[「『]/u.test(question)) return null;
  const quotes = [...question.matchAll(QUOTED_QUESTION)];
  const [quote] = quotes;
  if (quotes.length !== 1 || quote === undefined) return null;
  const [whole, asked = ""] = quote;
  if (quotesPlan(asked, catalog)) return null;
  // (With what says it was asked — 「…」という質問です, 「…」との質問 — which names nothing either.)
  const rest = question.replace(new RegExp(`${escapeRegExp(whole)}${SAID_SO.source}`, "u"), " ");
  if (!namesNothing(rest)) return null;
  // (Of its own asks, those saying the shape wanted — 一覧で, 本数を, 全部 — go with it: 「該当する事業はありますか？」 says
  // again what the quote asks, and read after it as a question of its own had lost the quote's いいえ.)
  const shapes = askingSentences(rest).filter((s) => SHAPE_ASKED.test(s));
  return `${asked.replace(/[?？]$/u, "")}。${shapes.join("").trim()}`;
}

/** What says a quote was asked: という質問です, との質問がありました, と聞かれています. */
const SAID_SO =
  /\s*(?:(?:という|との|って)\s*(?:ご?質問|問い合わせ|お問い合わせ|お尋ね|照会|こと)?|と\s*(?:聞かれて|尋ねられて|質問されて)(?:います|いる|ます))?\s*(?:です|でした|があり(?:ました|ます)|を受け(?:ました|ています)|が(?:来て|きて)(?:います|る)|が来ました)?/u;

/** Words asking for the answer's shape: a list, a count, all of it. */
const SHAPE_ASKED = /一覧|リスト|表で|件数|本数|総数|何件|何本|いくつ|全部|すべて|全て|数を/u;
