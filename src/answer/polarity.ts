// A yes-or-no asked in the negative — 「図書館の事業は載ってないよね？」「R5には載っていませんよね？」 — is answered as
// Japanese answers it: はい agrees that it is not there, いいえ says that it is. Answered as a positive question, 「いいえ。
// …当てはまる事業はありません」 had contradicted itself before a council answer (probe 99).
import { type Answer, isConditionNote, NONE_MEET } from "./answer.js";
import { confirmsADirectionDenied } from "./understand/common.js";
import { UNIT_SUFFIXES } from "./understand/units.js";

/**
 * A confirmation asked in the negative: …ないよね？, …ないですよね, …ないんですね (probe 162), …ませんよね, …ないんだっけ, …なかったっけ, …はないと
 * いう理解でよいか, …ないということで合っていますか (probe 124) — not the ない of 間違いない, 相違ない, which confirm. Not a
 * plain polite question (…はありませんか？, …ないですか？, …ないでしょうか？): staff ask so whether something is there,
 * and はい says it is; nor a guess (…完了したんじゃなかったっけ？, …のではないでしょうか): that asks whether it is so.
 */
const NEGATIVE_CONFIRMATION =
  /(?<!(?:ん|の)\s*(?:じゃ|では|でわ)\s*)(?<!(?:間違い|相違|誤り|問題|差し支え|支障)\s*(?:は|が)?\s*)(?:ない|ません|なかった)\s*(?:(?:です)?\s*(?:よ\s*ね|よな|でしょう\s*ね|んだっけ|んですよね|ん\s*(?:です|だ)\s*ね|んでしたっけ|っけ)|(?:という|との)\s*(?:こと|認識|理解)?\s*で\s*(?:よい|良い|いい|よろし|合って|あって|正し|間違い|相違|誤り)\p{Script=Hiragana}*)\s*[?？]*\s*$/u;

/**
 * A unit remembered, asked with じゃなかったっけ (…の担当って広報課じゃなかったっけ？): the asker believes it is that
 * unit's — a yes-or-no in the positive, as …広報課だったっけ？ is (review: its いいえ had been swapped to はい).
 */
const UNIT_REMEMBERED = new RegExp(
  String.raw`(?:${UNIT_SUFFIXES})\s*(?:さん)?\s*(?:じゃ|では)\s*なかった\s*(?:っけ|ですか|でしたっけ|でしょうか)?\s*[?？]*\s*$`,
  "u",
);

/**
 * Whether something is listed, asked in the casual negative: …載ってないの？, …入ってないの？ (probe 295: 「リノベのいばらきは
 * 入ってないの？」 had had no verdict, 「図書館の事業は載ってないの？」 had said いいえ of none), and of a direction written (完了の
 * 記載はないの？ — probe 437; typed with no ？ on a phone, 記載 ないの — probe 440). Only of being listed — not a
 * guess (市民課じゃないの？), nor 事業はないの？, which the answers of the plan's structure say in the negative themselves.
 */
const NOT_LISTED_ASKED =
  /(?:(?:載って|載っ|入って|含まれて|記載されて|書かれて)\s*(?:い)?ない\s*の\s*[?？]+|(?:記載|表記|記述)\s*(?:は|が)?\s*(?:ない|無い)\s*の\s*[?？]*)$/u;

/** Why, asked: なんで, なぜ, どうして (not なんです). */
const WHY_ASKED = /なんで(?!す|しょ)|なぜ|何故|どうして/u;
/** The last sentence of a message (what it asks, after any context). */
const lastSentenceOf = (text: string): string => text.split(/[。！!？?\n]+(?=\S)/u).at(-1) ?? text;

/** Whether the message asks its yes-or-no in the negative. */
export const asksInTheNegative = (question: string): boolean => {
  const asked = question.replace(/[\s。！!]+$/u, "");
  // (Why it is not, asked — なんで載ってないの？ — is no yes-or-no: probe 474 had been told 「いいえ。当てはまる事業が
  // あります」.)
  if (WHY_ASKED.test(lastSentenceOf(asked))) return false;
  return (
    (NEGATIVE_CONFIRMATION.test(asked) && !UNIT_REMEMBERED.test(asked)) ||
    NOT_LISTED_ASKED.test(question.trim())
  );
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
export function withNegativeAsked(question: string, answer: Answer, typed = question): Answer {
  // (A direction denied, …R5で完了じゃないよね？, is asked in the positive by the common form: see inCommonJapanese.)
  if (!asksInTheNegative(question) && !confirmsADirectionDenied(typed)) return answer;
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

/** A unit offered as one of two (市民課だっけ？, 情報システム課, 市民課と): its name. */
const OFFERED_UNIT = String.raw`(?![とかや])[^、,。？?！!]{1,20}?(?:${UNIT_SUFFIXES})`;
/** What ends an offer: だっけ, ですか, なの, か, ？. */
const OFFER_END = String.raw`(?:だっけ|でしたっけ|だったっけ|ですか|でしょうか|なの|か)?[?？]*`;

/**
 * Two units offered as alternatives for whose a subject is — 「マイナンバーは市民課だっけ？DXチームだっけ？」「…って市民課？それ
 * とも情報システム課？」「…は市民課と情報システム課のどっち？」: the subject (1) and the units (2, 3), read with no spaces
 * (spaces between its optional parts had backtracked for minutes: review). Answered as a yes-or-no of one of them, the
 * right one had been denied (probe 137: いいえ。…担当課は市民課です).
 */
const EITHER_UNIT = new RegExp(
  String.raw`^(.+?)(?:の(?:担当課?|所管課?))?(?:は|って)(${OFFERED_UNIT})(?:${OFFER_END}[、,]?(?:それとも|または|あるいは)?|と|か)(${OFFERED_UNIT})(?:の?(?:どっち|どちら))?${OFFER_END}$`,
  "u",
);
/** What says the units are offered as alternatives, not listed (人事課と市民課？ asks of both). */
const EITHER =
  /それとも|または|あるいは|どっち|どちら|(?:だっけ|ですか)[?？]?.+(?:だっけ|ですか)|[?？].+[?？]|か.+か[?？]?$/u;

/** The subject and the two units a message offers as alternatives, or null. */
export function eitherUnitAsked(question: string): { subject: string; units: [string, string] } | null {
  const q = question.replace(/\s+/g, "");
  const m = EITHER_UNIT.exec(q);
  if (m === null || !EITHER.test(q)) return null;
  const [, subject = "", one = "", other = ""] = m;
  return one === other ? null : { subject, units: [one, other] };
}

/**
 * The answer to whose a subject is, said first as which of the two units offered it is (「市民課のほうです。」), or
 * that it is neither (「どちらでもありません。担当課は…です。」). `answered` answers 「<subject>の担当課は？」. Pure.
 */
export function withEitherUnitSaid(answered: Answer, units: readonly [string, string]): Answer {
  const departments = [...new Set(answered.projects.slice(0, answered.answered).map((p) => p.department))];
  if (departments.length === 0) return answered;
  const offered = units.filter((u) => departments.some((d) => d === u || d.startsWith(u)));
  const sentence =
    offered.length === 1
      ? `${offered[0]}のほうです。`
      : offered.length === 0
        ? `どちらでもありません。担当課は${departments.join("・")}です。`
        : `${offered.join("と")}の両方です。`;
  return { ...answered, notes: [sentence, ...answered.notes], leads: [sentence, ...(answered.leads ?? [])] };
}
