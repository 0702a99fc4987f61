// Whether the plan says a thing it never records (「…縮小とされている理由は示されていますか。」「予算は載っていますか」):
// いいえ, said first, whatever else the answer says of the projects — a はい of a project's direction there answers
// another question (probe 160).
import type { Answer } from "./answer.js";
import { asksOutcome, asksWhetherSaid, unrecordedNote, withoutUnrecorded } from "./understand/unrecorded.js";

/** A yes or a no said first. */
const YES_OR_NO_FIRST = /^(?:はい|いいえ|一部です)[。、]/;

/**
 * The answer with いいえ said first when the message asks whether the plan says what it never records; and with no はい
 * or いいえ when it asks whether a project worked (効果あった？: probe 286 had said はい of its listing) — the note that the
 * plan records no outcome said first.
 */
export function withWhetherSaidAnswered(question: string, answered: Answer): Answer {
  if (asksOutcome(question)) {
    const { unrecorded } = withoutUnrecorded(question);
    const note = unrecordedNote(unrecorded);
    const rest = (lines: readonly string[]) => lines.filter((l) => l !== note && !YES_OR_NO_FIRST.test(l));
    const { verdict: _, ...kept } = answered;
    return {
      ...kept,
      ...(answered.leads ? { leads: [note, ...rest(answered.leads)] } : {}),
      notes: [note, ...rest(answered.notes)],
    };
  }
  if (!asksWhetherSaid(question)) return answered;
  const { unrecorded } = withoutUnrecorded(question);
  if (unrecorded.length === 0) return answered;
  const note = unrecordedNote(unrecorded);
  const lead = `いいえ。${note}`;
  // (A yes or a no already said first was of something else asked: it gives way.)
  const replaced = new Set((answered.leads ?? []).filter((l) => /^(?:はい|いいえ)[。、]/.test(l)));
  return {
    ...answered,
    verdict: true,
    leads: [lead, ...(answered.leads ?? []).filter((l) => !replaced.has(l))],
    notes: [lead, ...answered.notes.filter((n) => n !== note && !replaced.has(n))],
  };
}
