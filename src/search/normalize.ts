// Character-level normalisation shared by indexing and querying: one function, used on both sides.
import { kanjiForms } from "./kanji-forms.js";

const KATAKANA = /[\u30A1-\u30F6]/g;
const HAS_KATAKANA = /[\u30A1-\u30F6]/;

/**
 * NFKC (full/half width, ｶﾅ → カナ), lower case, and every dash-like character as "-" — including the long
 * vowel mark typed between Latin letters or digits (ＷｉーＦｉ = wi-fi), where it can only be a hyphen. A circled
 * number (①, ⑫) marks an item of a list: a space, not a digit glued to the word after it (①2in1, ②DIY).
 * One character for one, so that positions stay aligned with the input.
 */
export function normalizeWidth(text: string): string {
  // An old kanji (擔當, 繼續, 綜合) is the form in use today: see kanji-forms.ts.
  const forms = kanjiForms();
  // Most of a question, and every word of it kuromoji hands back, is kana and kanji that all of this leaves as they
  // are: known in one test, as most words are normalised one by one.
  if (ALREADY_NORMAL.test(text)) return forms.holdsOld.test(text) ? forms.today(text) : text;
  return forms.today(
    text
      .replace(/[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/g, " ")
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[‐‑‒–—―−]/g, "-")
      .replace(/(?<=[a-z0-9])ー(?=[a-z0-9])/g, "-"),
  );
}

/**
 * The text with each run of spaces made one space, and each run of three or more line breaks (with a space at most
 * between them) one blank line: a message's layout as it reads. Runs of thousands of spaces, which a pasted table or
 * a held-down key types, had cost the reading's patterns seconds (a 1,800-character message took 6.9 s).
 * (One space is left as typed, 全角 or not; a blank line still parts a pasted e-mail's blocks.)
 */
export const withSpaceRunsShortened = (text: string): string =>
  text.replace(/[^\S\n]{2,}/g, " ").replace(/(?:[^\S\n]?\n){3,}[^\S\n]?/g, "\n\n");

/**
 * The text without the laughter or emoji a chat message ends a clause with — （笑）, (苦笑), 笑, www, 🤔 — which say how
 * the asker feels, not what they ask (probe 176: 「…どっちが先に終わる？（笑）」 had been read as two questions; probe 178:
 * 「ふるさと納税って広報課の担当でしたっけ？🤔」 had lost its いいえ). Only where a clause
 * ends: after kana or a sentence's mark (www after any word but a Latin one), before another mark, a space or the end
 * (だよね笑 じゃあ…: probe 422 had searched 笑 and emptied the answer; 爆笑, 笑顔 and Wi-Fi stay as they are).
 */
export const withoutLaughter = (text: string): string =>
  text.replace(
    /[（(]\s*(?:笑|爆笑|苦笑|汗)\s*[）)]|(?<=[\p{Script=Hiragana}\p{Script=Katakana}ー〜~？?！!。、])(?:笑+|[wｗ]+)(?=\s*(?:[。、,！!？?\n]|$)|\s+\S)|(?<=[^\sa-zA-Zｗ])(?:w{2,}|ｗ{2,})(?=\s*(?:[。、,！!？?\n]|$))|\s*(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{Emoji_Modifier})+(?=\s*(?:[。、,！!？?\n]|$))/gu,
    "",
  );

/**
 * The text with each hyphen between Latin letters taken out (wi-fi → wifi): a Latin word spelled with or without its
 * hyphens is one word as written (probe 137). Not one character for one: for comparing, not for positions.
 */
export const withoutLatinHyphens = (text: string): string => text.replace(/(?<=[a-z])-(?=[a-z])/g, "");

/**
 * Text that normalizeWidth leaves as it is: hiragana and katakana (not the voicing marks ゛゜ nor ヿ, which NFKC
 * changes), CJK ideographs (not the compatibility ones), 、。 and ASCII spaces — no Latin letter, digit or width form.
 */
const ALREADY_NORMAL =
  /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u4e00-\u9fff\u3001\u3002 \n\t]*$/;

/** Katakana → hiragana, character for character (so positions stay aligned with the input). */
export function foldKana(text: string): string {
  if (!HAS_KATAKANA.test(text)) return text;
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Hiragana → katakana, character for character: kuromoji's form of a reading. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
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

/**
 * A run of kanji, three characters or more: long enough that a word the IME wrote with other kanji of the same sound
 * is that word (see the search index's soundsAs).
 */
export const KANJI_RUN = /\p{Script=Han}{3,}/u;

/**
 * The fewest kana a reading read back into kanji may have (see the search index's kanaAs): fewer are too often words of
 * the question's own.
 */
export const MIN_KANA_READING = 4;
/**
 * A run of hiragana as long as such a reading or longer: where a word the IME left in kana may be (空調かいしゅう, 調達
 * as ちょうたつ).
 */
export const HIRAGANA_RUN = new RegExp(String.raw`\p{Script=Hiragana}{${MIN_KANA_READING},}`, "u");

/** A run of katakana (the long vowel mark included), three characters or more: a loanword as typed. */
export const KATAKANA_RUN = /[\u30A1-\u30FAー]{3,}/u;

const SMALL_VOWEL: Record<string, string> = { ァ: "ア", ィ: "イ", ゥ: "ウ", ェ: "エ", ォ: "オ" };
const VU: Record<string, string> = { ヴァ: "バ", ヴィ: "ビ", ヴェ: "ベ", ヴォ: "ボ", ヴ: "ブ" };

/**
 * A loanword's spelling key: the spellings Japanese writes one loanword in compare equal (外来語の表記) — the long
 * vowel mark kept or dropped (マネージメント, マネジメント), a small vowel or a large one (ウィズ, ウイズ), ヴ or バ行
 * (ヴィジョン, ビジョン), and ュア or ャ (セクシュアル, セクシャル).
 */
export function spellingKey(word: string): string {
  return word
    .replace(/ー/g, "")
    .replace(/ヴ[ァィェォ]?/g, (v) => VU[v] ?? v)
    .replace(/ュア/g, "ャ")
    .replace(/[ァィゥェォ]/g, (v) => SMALL_VOWEL[v] ?? v);
}

/** Whether two runs of characters of one length differ in exactly one place (保善 / 保全, ネーミングライス / ネーミングライツ). */
export function oneCharOff(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let off = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++off > 1) return false;
  return off === 1;
}

/**
 * Words questions ask with that the plan's text may lack (何件, 一覧, 担当課, the fields, the directions): read back from
 * kana too, as the IME left them (なんけん？, たんとうかは, ないようは: probe 148's follow-ups in kana had lost the thread).
 */
export const QUESTION_WORDS: readonly string[] = [
  "何件",
  "一覧",
  "担当課",
  "担当",
  "所管",
  "内容",
  "目的",
  "概要",
  "完了",
  "新規完了",
  "拡充",
  "臨時拡充",
  "縮小",
  "継続",
  "方向性",
];

/** The text as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
