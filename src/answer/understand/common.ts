// A message in the common language the rules of understanding are written for: Kansai speech (dialect.ts), the written
// register (written.ts) and the office's loanwords (loanwords.ts) each read as plain standard Japanese; whom a matter is
// taken to (whom.ts: 相談先, どこに相談すれば) as the department in charge.
import { commonJapanese } from "./dialect.js";
import { plainLoanwords } from "./loanwords.js";
import { departmentAsked } from "./whom.js";
import { plainJapanese } from "./written.js";

/**
 * 何件 with only 件 converted by the IME (なん件): a count asked (probe 131: as a follow-up it had answered 0件, and the
 * thread's next turn with it).
 */
const COUNT_HALF_CONVERTED = /なん(?=\s*件)/g;

/**
 * The text in plain standard Japanese: dialect, then whom it asks to go to, the written register, loanwords, and a
 * count the IME half converted.
 */
export const inCommonJapanese = (text: string): string =>
  plainLoanwords(plainJapanese(departmentAsked(commonJapanese(text)))).replace(COUNT_HALF_CONVERTED, "何");
