// A message in the common language the rules of understanding are written for: Kansai speech (dialect.ts), the written
// register (written.ts) and the office's loanwords (loanwords.ts) each read as plain standard Japanese.
import { commonJapanese } from "./dialect.js";
import { plainLoanwords } from "./loanwords.js";
import { plainJapanese } from "./written.js";

/** The text in plain standard Japanese: dialect, then the written register, then loanwords. */
export const inCommonJapanese = (text: string): string => plainLoanwords(plainJapanese(commonJapanese(text)));
