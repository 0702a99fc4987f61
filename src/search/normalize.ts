// Character-level normalisation shared by indexing and querying: one function, used on both sides.

const KATAKANA = /[\u30A1-\u30F6]/g;

/**
 * NFKC (full/half width, ｶﾅ → カナ), lower case, and every dash-like character as "-" — including the long
 * vowel mark typed between Latin letters or digits (ＷｉーＦｉ = wi-fi), where it can only be a hyphen. A circled
 * number (①, ⑫) marks an item of a list: a space, not a digit glued to the word after it (①2in1, ②DIY).
 * One character for one, so that positions stay aligned with the input.
 */
export function normalizeWidth(text: string): string {
  return text
    .replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/g, " ")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/(?<=[a-z0-9])ー(?=[a-z0-9])/g, "-");
}

/** Katakana → hiragana, character for character (so positions stay aligned with the input). */
export function foldKana(text: string): string {
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The form a term is compared in: width-normalised, kana-folded, and a trailing long vowel dropped
 * (サーバー = サーバ), which is the variation Japanese spelling allows.
 */
export function foldTerm(term: string): string {
  const folded = foldKana(normalizeWidth(term)).trim();
  return folded.length > 3 ? folded.replace(/ー$/, "") : folded;
}

const WORD_CHAR = /[\p{L}\p{N}ー]/u;

/** Character bigrams within each run of word characters; a lone character stands for itself. */
export function bigrams(text: string): string[] {
  const folded = foldKana(normalizeWidth(text));
  const out: string[] = [];
  let run = "";
  const flush = () => {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
    run = "";
  };
  for (const ch of folded) {
    if (WORD_CHAR.test(ch)) run += ch;
    else flush();
  }
  flush();
  return out;
}
