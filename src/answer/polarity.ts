// A yes-or-no asked in the negative — 「図書館の事業は載ってないよね？」「R5には載っていませんよね？」 — is answered as
// Japanese answers it: はい agrees that it is not there, いいえ says that it is. Answered as a positive question, 「いいえ。
// …当てはまる事業はありません」 had contradicted itself before a council answer (probe 99).
import { type Answer, isConditionNote, NONE_MEET } from "./answer.js";
import { UNIT_SUFFIXES } from "./understand/units.js";

/**
 * A confirmation asked in the negative: …ないよね？, …ないですよね, …ませんよね, …ないんだっけ, …なかったっけ, …はないと
 * いう理解でよいか, …ないということで合っていますか (probe 124) — not the ない of 間違いない, 相違ない, which confirm. Not a
 * plain polite question (…はありませんか？, …ないですか？, …ないでしょうか？): staff ask so whether something is there,
 * and はい says it is; nor a guess (…完了したんじゃなかったっけ？, …のではないでしょうか): that asks whether it is so.
 */
const NEGATIVE_CONFIRMATION =
  /(?<!(?:ん|の)\s*(?:じゃ|では|でわ)\s*)(?<!(?:間違い|相違|誤り|問題|差し支え|支障)\s*(?:は|が)?\s*)(?:ない|ません|なかった)\s*(?:(?:です)?\s*(?:よ\s*ね|よな|でしょう\s*ね|んだっけ|んですよね|んでしたっけ|っけ)|(?:という|との)\s*(?:こと|認識|理解)?\s*で\s*(?:よい|良い|いい|よろし|合って|あって|正し|間違い|相違|誤り)\p{Script=Hiragana}*)\s*[?？]*\s*$/u;

/**
 * A unit remembered, asked with じゃなかったっけ (…の担当って広報課じゃなかったっけ？): the asker believes it is that
 * unit's — a yes-or-no in the positive, as …広報課だったっけ？ is (review: its いいえ had been swapped to はい).
 */
const UNIT_REMEMBERED = new RegExp(
  String.raw`(?:${UNIT_SUFFIXES})\s*(?:さん)?\s*(?:じゃ|では)\s*なかった\s*(?:っけ|ですか|でしたっけ|でしょうか)?\s*[?？]*\s*$`,
  "u",
);

/** Whether the message asks its yes-or-no in the negative. */
export const asksInTheNegative = (question: string): boolean => {
  const asked = question.replace(/[\s。！!]+$/u, "");
  return NEGATIVE_CONFIRMATION.test(asked) && !UNIT_REMEMBERED.test(asked);
};

const SWAPPED: Record<string, string> = { はい: "いいえ", いいえ: "はい" };

/** The verdict sentence with はい and いいえ swapped; any other sentence as it is. */
const swapped = (sentence: string) =>
  sentence.replace(/^(はい|いいえ)。/u, (_, word: string) => `${SWAPPED[word] ?? word}。`);

/** Whether a message asks whether something is in the plan at all: 載って, 入って, ある, 含まれて. */
const ASKS_IF_THERE =
  /(?:載って|載っ|入って|含まれて|記載されて|書かれて|あ)(?:い)?(?:ない|ません|りません)|(?:は|が|も)\s*ない/u;

/**
 * The answer to a message asked in the negative, its はい and いいえ said as Japanese says them; an answer with no
 * verdict to a negative ask of whether something is listed gets one: いいえ when projects answer (it is there), はい
 * when none is even related. Any other answer as it is. Pure.
 */
export function withNegativeAsked(question: string, answer: Answer): Answer {
  if (!asksInTheNegative(question)) return answer;
  const [lead] = answer.leads ?? [];
  if (answer.verdict && lead !== undefined && /^(はい|いいえ)。/u.test(lead)) {
    const turned = swapped(lead);
    return {
      ...answer,
      leads: [turned, ...(answer.leads ?? []).slice(1)],
      notes: answer.notes.map((n) => (n === lead ? turned : n)),
    };
  }
  // (Not when the negative was read as a condition — 「R5には載ってないよね？」: not listed in R5 — for then the projects
  // answering are those it holds of, and はい or いいえ depends on which was meant.)
  const { years, directions, never } = answer.filters;
  const conditioned =
    never.length > 0 ||
    answer.notes.some(isConditionNote) ||
    (answer.intent === "search" && years.length + directions.length > 0);
  if (answer.verdict || conditioned || !ASKS_IF_THERE.test(question)) return answer;
  const said =
    answer.answered > 0
      ? `いいえ。当てはまる事業があります（該当 ${answer.answered}件）。`
      : answer.projects.length === 0
        ? "はい。当てはまる事業は計画にありません。"
        : undefined;
  if (said === undefined) return answer;
  // (The note saying none meets the conditions says what はい has just said.)
  const notes = answer.notes.filter((n) => !(answer.answered === 0 && n === NONE_MEET));
  return { ...answer, verdict: true, notes: [said, ...notes], leads: [said, ...(answer.leads ?? [])] };
}

/**
 * The answer with a verdict said first (はい。… / いいえ。…), in place of any other はい or いいえ it led with, and of
 * `sayingAgain`, a lead the verdict says too (該当する事業はN件です。). Pure.
 */
export function withVerdictFirst(answer: Answer, verdict: string, sayingAgain?: string): Answer {
  const replaced = new Set(
    (answer.leads ?? []).filter((l) => /^(?:はい|いいえ)。/u.test(l) || l === sayingAgain),
  );
  return {
    ...answer,
    verdict: true,
    notes: [verdict, ...answer.notes.filter((n) => !replaced.has(n))],
    leads: [verdict, ...(answer.leads ?? []).filter((l) => !replaced.has(l))],
  };
}
