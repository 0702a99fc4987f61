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
 * Words that shape an ask, left in kana by the IME: そのなかで, このなかから (a narrowing: probe 166 had answered 0件, as
 * a search of なかで), どういういみ, いみは？ (what a word means: probe 166, 0件). Only in those places: なか and いみ are
 * parts of other words too (なかなか, いみじくも).
 */
const KANA_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/(その|この|あの)\s*なか(?=\s*(?:で|から|の|に))/g, "$1中"],
  [
    /(どういう|どんな|なんの|何の)\s*いみ|(?<=[^\p{Script=Hiragana}\s]\s*(?:の|って|は)?\s*)いみ(?=\s*(?:は|って|が|を)?\s*(?:なに|何|なん|わか|分か|教え|しりたい|知りたい|[?？]|$))/gu,
    "$1意味",
  ],
];

/**
 * The text in plain standard Japanese: dialect, then whom it asks to go to, the written register, loanwords, a count
 * the IME half converted, and the words that shape an ask left in kana.
 */
export const inCommonJapanese = (text: string): string =>
  KANA_SHAPES.reduce(
    (t, [pattern, kanji]) => t.replace(pattern, kanji),
    plainLoanwords(plainJapanese(departmentAsked(commonJapanese(text)))).replace(COUNT_HALF_CONVERTED, "何"),
  );
