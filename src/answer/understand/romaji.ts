// Words typed in romaji (kanryou, tantou, jigyou, nendo): staff at a PC whose IME was left off type Japanese so (probe
// 473: 「R4 kanryou 情ｼｽ課 分」 had searched kanryou and answered none of the unit's two). Each is read as the hiragana it
// spells, which the rules for words left in kana then read as the plan's (かんりょう: 完了). Only a whole word of four
// letters or more spelt in Hepburn syllables, not an acronym in capitals, nor one of the office's English words
// (online, owner: see loanwords.ts) — English rarely spells itself in Hepburn syllables alone (wifi, line, youtube do not).
import { toHiragana } from "wanakana";
import { readsAsLoanword } from "./loanwords.js";

/** One Hepburn syllable: a vowel, a consonant (or two: ky, sh, ch, ts) and a vowel, n, or a doubled consonant before one. */
const SYLLABLE = String.raw`(?:kk|ss|tt|pp|tc|cc)?(?:[kgnhbpmr]y[auo]|[kgnbpmr][aiueo]|h[aieo]|sh[aiueo]|s[aueo]|j[aiueo]|z[aueo]|ch[aiueo]|tsu|t[aeo]|d[aeo]|f[aiueo]|y[auo]|w[ao]|[aiueo])|n(?![aiueoy])`;
const HEPBURN = new RegExp(String.raw`^(?:${SYLLABLE})+$`);
/**
 * A word in Latin letters, four to twenty, standing alone (not part of Wi-Fi, a URL or a code): a longer run is no word,
 * and the converter recurses once per syllable (a 10,000-letter run had overflowed the stack).
 */
const LATIN_WORD = /(?<![A-Za-z0-9_\-./:])[A-Za-z]{4,20}(?![A-Za-z0-9_\-./:])/g;
/** Three kana at least: shorter spellings (made, kobe) are too often another language's word. */
const SHORTEST = 3;

/** The text with each word typed in romaji written in hiragana. */
export function romajiAsKana(text: string): string {
  if (!/[A-Za-z]{4}/.test(text)) return text;
  return text.replace(LATIN_WORD, (word) => {
    const lower = word.toLowerCase();
    if (word === word.toUpperCase() || !HEPBURN.test(lower) || readsAsLoanword(lower)) return word;
    const kana = toHiragana(lower);
    return [...kana].length >= SHORTEST ? kana : word;
  });
}
