// Text → search terms, the same pipeline at index time and at query time:
// normalise → keep dictionary phrases whole → kuromoji on the rest (base forms, content words only)
// → fold kana and map synonyms and variants to one canonical term → drop stopwords.
import { BoundedMap } from "./bounded-map.js";
import type { Lexicon } from "./lexicon.js";
import { foldKana, foldTerm, normalizeWidth } from "./normalize.js";
import type { JapaneseTokenizer } from "./tokenizer.js";

export interface AnalyzedTerm {
  term: string;
  /** The words as written in the text (width-normalised): what an answer quotes back. */
  surface?: string;
  /**
   * False for compounds of two adjacent terms (their surface is the two words as typed): they add precision to
   * ranking but are not words asked for.
   */
  base: boolean;
  /** A verb or adjective (開ける, 新しい): it says what is done, the nouns say what about. */
  predicate?: true;
  /** A word about the asking (dict/framing.txt): searched, never named missing. */
  framing?: true;
  /**
   * A compound of a noun and a one-kanji suffix (管理職, 組織力): looked for as written in a project's text, never a term
   * of the index (the suffix is no word of its own).
   */
  suffixed?: true;
  /** A prefix (新, 再, 第): it joins the noun after it, and means little alone — searched, never shown as a word. */
  prefix?: true;
}

/** A text's reading in hiragana, word by word (kuromoji's; a word with none as itself): what sounds alike compares. */
export function readingOf(reader: Pick<Analyzer, "pieces">, text: string): string {
  return foldKana(
    reader
      .pieces(normalizeWidth(text))
      .map((p) => p.reading)
      .join(""),
  );
}

/** One of kuromoji's words: see Analyzer's pieces. */
export interface Piece {
  surface: string;
  reading: string;
  inflects?: true;
}

/** The parts of speech that inflect: the kana after one may be its ending (来ないように). */
const INFLECTING = new Set(["動詞", "形容詞", "助動詞"]);

/** The longest run of kuromoji's words that dict/readings.txt spells out. */
const MAX_READING_RUN = 4;

/**
 * kuromoji's words with the runs that dict/readings.txt reads (協 + 働 → 協働, キョウドウ) joined into one word with
 * that reading; the words unchanged when the file reads none of them.
 */
function withDictReadings(pieces: Piece[], readings: ReadonlyMap<string, string>): Piece[] {
  // (Most texts hold none of the file's words: one look over the whole text, no join at every word.)
  const text = normalizeWidth(pieces.map((p) => p.surface).join(""));
  if (![...readings.keys()].some((word) => text.includes(word))) return pieces;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let joined: Piece | undefined;
    for (let n = Math.min(MAX_READING_RUN, pieces.length - i); n >= 1 && joined === undefined; n--) {
      const surface = pieces
        .slice(i, i + n)
        .map((p) => p.surface)
        .join("");
      const reading = readings.get(normalizeWidth(surface));
      if (reading !== undefined) {
        joined = { surface, reading };
        i += n - 1;
      }
    }
    out.push(joined ?? (pieces[i] as Piece));
  }
  return out;
}

export interface Analyzer {
  analyze(text: string): AnalyzedTerm[];
  /** Terms only, with repeats (term frequency matters): the encode function given to FlexSearch. */
  terms(text: string): string[];
  /**
   * kuromoji's words of a text with their readings (katakana; the word itself where there is none), and whether each
   * is a verb, an adjective or an auxiliary: a word whose endings the kana after it may be.
   */
  pieces(text: string): Piece[];
  /** The term dict/ reads a word as, when the word is in one of its groups (インスタグラム → sns); no kuromoji. */
  dictTerm(word: string): string | undefined;
  /** The other ways dict/ spells a term (its variants and the plan's typos), as phrase patterns; none for most. */
  spellings(term: string): readonly string[];
  /**
   * The words a term also finds at a synonym's weight (dict/kinds.txt: 会議室 → 貸室; dict/related.txt: 住民 → 市民);
   * none for most.
   */
  nearby(term: string): readonly string[];
  /** Whether kuromoji's dictionary has the word whole (パートナー; not シティプロモ, which it reads as unknown). */
  knows(word: string): boolean;
}

/** kuromoji's lattice grows quadratically with a run of one script, so text is fed to it in short windows. */
export const TOKENIZER_WINDOW = 128;
/** How many recent analyses are kept (a question's ask and context, and their reuse). */
const RECENT_ANALYSES = 8;

const KATAKANA_OR_LONG = /[\u30A0-\u30FFー]/;
/** A gap ending in hiragana: cut short, maybe, by the phrase after it. */
const KANA_END = /[\u3041-\u309f]$/;
/** A gap starting with hiragana: going on, maybe, from the phrase before it (its inflection). */
const KANA_START = /^[\u3041-\u309f]/;
/** The phrases a gap stands between, when it reads with them: `after` the one before it, `before` the one after. */
interface Around {
  after: string;
  before: string;
}
const ASCII_ALNUM = /[a-z0-9]/;
/** Latin letters and digits in one run, both kinds present (2in1, 5g, b2b): one word — not a year (r5). */
const MIXED_ALNUM = /(?<![a-z0-9])(?!r\d{1,2}(?![a-z0-9]))[a-z0-9]*(?:[a-z][0-9]|[0-9][a-z])[a-z0-9]*/;

function sameClass(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    (KATAKANA_OR_LONG.test(a) && KATAKANA_OR_LONG.test(b)) || (ASCII_ALNUM.test(a) && ASCII_ALNUM.test(b))
  );
}

type Segment = { kind: "phrase"; text: string; surface: string } | { kind: "gap"; text: string };

/**
 * Short phrases (under this many characters) must not be the inside of a longer katakana or Latin word:
 * リノベ is not in リノベーション, ネット not in セーフティネット. Longer ones may start a compound
 * (スマートロックシステム).
 */
const BOUNDED_PHRASE_LENGTH = 4;

/** Suffixes of who, where, when and how (課, 者, 会, 的, 度, 用, 市…): no compound matched as written (see analyze). */
const FUNCTIONAL_SUFFIX = new Set([
  ..."課部室係局者員会様的等用中内外後前時上下毎別分名件目度年月日回個人方側系式型版順類向宛頃際市町村区県都府",
]);

/** Kanji or katakana: a character that can be part of the same compound as the next one. */
const COMPOUND_CHAR = /[\p{Script=Han}\u30A0-\u30FFー]/u;

/**
 * Finds dictionary phrases, longest first, respecting word boundaries for short ones. A の form (人材の育成)
 * must start a word: in デジタル人材の育成 the 人材 belongs to デジタル人材, and 人材育成 was not said.
 */
export function segment(text: string, lexicon: Lexicon): Segment[] {
  const norm = normalizeWidth(text);
  const folded = foldKana(norm);
  const out: Segment[] = [];
  let gapStart = 0;
  let i = 0;
  while (i < folded.length) {
    const candidates = lexicon.phrasesByFirstChar.get(folded[i] as string);
    const match = candidates?.find(
      (p) =>
        folded.startsWith(p, i) &&
        (p.length >= BOUNDED_PHRASE_LENGTH ||
          (!sameClass(norm[i - 1], norm[i]) && !sameClass(norm[i + p.length - 1], norm[i + p.length]))) &&
        !(lexicon.noForms.has(p) && COMPOUND_CHAR.test(norm[i - 1] ?? "")),
    );
    if (match) {
      if (i > gapStart) out.push({ kind: "gap", text: norm.slice(gapStart, i) });
      out.push({ kind: "phrase", text: match, surface: norm.slice(i, i + match.length) });
      i += match.length;
      gapStart = i;
    } else i++;
  }
  if (gapStart < norm.length) out.push({ kind: "gap", text: norm.slice(gapStart) });
  return out;
}

function windows(text: string, size: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = Math.max(
        text.lastIndexOf("。", end),
        text.lastIndexOf("、", end),
        text.lastIndexOf(" ", end),
      );
      if (cut > start + size / 2) end = cut + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

const CONTENT_NOUN_EXCLUDED = new Set(["非自立", "代名詞", "数", "接尾", "副詞可能"]);

/** Whether kuromoji's token carries meaning: nouns, verbs, adjectives, kanji prefixes, unknown words. */
function isContentToken(pos: string, detail: string, surface: string, unknown: boolean): boolean {
  if (unknown) return /[\p{L}\p{N}]/u.test(surface);
  switch (pos) {
    case "名詞":
      return !CONTENT_NOUN_EXCLUDED.has(detail) || (detail === "接尾" && surface.length >= 2);
    case "動詞":
    case "形容詞":
      return detail === "自立";
    case "接頭詞":
      return /\p{Script=Han}/u.test(surface);
    default:
      return false;
  }
}

type Token = ReturnType<JapaneseTokenizer["tokenize"]>[number];

const HIRAGANA = /^[\u3041-\u309fー]+$/;
const ONE_HIRAGANA = /^[\u3041-\u3096]$/;
const REDUPLICATED_WORD = /^([\u3041-\u3096]{2,3})\1$/;

/**
 * A piece of a run of hiragana the dictionary could not read, no word of the asker's: what kuromoji leaves of it is
 * not a word (ゅうってまだやってる of けんしゅうってまだやってる; ぎってどの of いばらぎってどの; ー or むの of ちーむの), nor is a
 * noun of a kana or two read inside the run (つま of はいつまで, where a phrase before it took 策定 away). A
 * reduplicated word (ほげほげ) is one, whole.
 */
function strayKana(token: Token, piece: string, unknown: boolean): boolean {
  const surface = token.surface_form;
  if (unknown) return (HIRAGANA.test(surface) || /^ー+$/.test(surface)) && !REDUPLICATED_WORD.test(surface);
  if (token.pos !== "名詞" || !/^[\u3041-\u3096]{1,2}$/.test(surface)) return false;
  const at = token.word_position - 1;
  return ONE_HIRAGANA.test(piece[at - 1] ?? "") && ONE_HIRAGANA.test(piece[at + surface.length] ?? "");
}

/** Two or three kana said twice (ほげほげ, ふがふが): one word in Japanese, however the dictionary splits it. */
const REDUPLICATED = /([\u3041-\u3096]{2,3})\1/g;

/**
 * A reduplicated kana word the dictionary knows is one token (いろいろ, どんどん); one it does not know comes
 * out in pieces (ほ・げ・ほ・げ, single-kana verbs and particles) that say nothing and would be dropped, so the
 * question would lose its subject. Its pieces are put back together as the unknown noun they are.
 */
function withReduplicatedWords(tokens: Token[], text: string): Token[] {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(REDUPLICATED)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return tokens;
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const span = spans.find(([start]) => start === at);
    if (span) {
      let end = at;
      let j = i;
      while (j < tokens.length && end < span[1]) end += (tokens[j++] as Token).surface_form.length;
      // The last piece may run one kana past the word (ほげほげって: ほ・げ・ほ・げっ・て): a small っ, no word.
      // (Not where the dictionary read a noun of two kana or more among the pieces: の・もの・も of 「映画のものもある」 —
      // のも twice — are the particles and the noun they are, probe 292.)
      const unread = !tokens
        .slice(i, j)
        .some((p) => p.pos === "名詞" && p.word_type !== "UNKNOWN" && p.surface_form.length >= 2);
      if (end - span[1] <= 1 && end >= span[1] && j - i > 1 && unread) {
        const surface = text.slice(span[0], span[1]);
        out.push({
          ...token,
          surface_form: surface,
          basic_form: surface,
          pos: "名詞",
          pos_detail_1: "一般",
          word_type: "UNKNOWN",
        });
        at = end;
        i = j - 1;
        continue;
      }
    }
    out.push(token);
    at += token.surface_form.length;
  }
  return out;
}

/** A verb's stem all in hiragana, three or more (ひきこもり, いじめ is a noun already). */
const KANA_STEM = /^[\u3041-\u3096]{3,}$/;
/** A verb made of a noun and づける or づく (元気づける, 活気づく, 勇気づけ): the noun says what it is about. */
const NOUN_VERB = /^(\p{Script=Han}{2,})[づ付](?:ける|く)$/u;

/**
 * kuromoji knows some noun + づける verbs as one word (元気づける), others in two (元気 + 付ける). Either way the
 * noun is the word: 「市民を元気づける」 is about the plan's 「市民に元気を与える」. A verb whose noun form is a
 * stopword (位置づけ: how the plan places a thing, not a subject) is left as it is.
 */
function withNounsOfVerbs(tokens: Token[], stopwords: ReadonlySet<string>): Token[] {
  return tokens.map((token, i) => {
    // A verb's stem in kana straight before a noun is a noun of the compound (ひきこもり支援, いじめ対策): what it is
    // about, as the plan's own 転成名詞 are — read as a predicate, it was no word asked and went unsaid as missing (probe
    // 282: 「ひきこもり支援」 answered 8 projects 該当 by 支援 alone). Kanji stems (貸し出し事業) stay verbs: the plan's text
    // reads them so.
    if (
      token.pos === "動詞" &&
      token.conjugated_form === "連用形" &&
      KANA_STEM.test(token.surface_form) &&
      tokens[i + 1]?.pos === "名詞"
    )
      return { ...token, basic_form: token.surface_form, pos: "名詞", pos_detail_1: "一般" };
    const noun = token.pos === "動詞" ? NOUN_VERB.exec(token.basic_form)?.[1] : undefined;
    if (noun === undefined || stopwords.has(`${noun}づけ`) || stopwords.has(`${noun}付け`)) return token;
    return { ...token, surface_form: noun, basic_form: noun, pos: "名詞", pos_detail_1: "一般" };
  });
}

/**
 * Whether the gap after a dictionary phrase starts with a one-kanji suffix of the phrase (在宅勤務 + 用,
 * マイナンバーカード + 等): read alone, kuromoji takes 用 for a noun of its own; read after the phrase's last
 * characters, it sees the suffix.
 */
function suffixAfterWith(tokenizer: JapaneseTokenizer) {
  return (phrase: string, gap: string): boolean => {
    if (!/^\p{Script=Han}(?!\p{Script=Han})/u.test(gap)) return false;
    const tail = phrase.slice(-2);
    const token = tokenizer
      .tokenize(`${tail}${gap.slice(0, 2)}`)
      .find((t) => t.word_position === tail.length + 1);
    return token?.pos === "名詞" && token.pos_detail_1 === "接尾" && token.surface_form.length === 1;
  };
}

/** Prefixes that only point at what the word after them names (本計画, 当該, 同事業). */
const POINTING_PREFIX = new Set(["本", "当", "同", "該"]);

export function createAnalyzer(tokenizer: JapaneseTokenizer, lexicon: Lexicon): Analyzer {
  const canonical = (term: string) => lexicon.canonical.get(term) ?? term;
  const suffixAfter = suffixAfterWith(tokenizer);

  const analyze = (text: string): AnalyzedTerm[] => {
    const out: AnalyzedTerm[] = [];
    let previous: string | null = null; // the last kept noun-like term, if nothing was dropped since
    let nounBefore: string | null = null; // the noun right before the word being read (kept or not), if any
    let previousSurface = "";
    const keep = (term: string, surface: string, joinable: boolean, predicate = false, prefix = false) => {
      if (term.length === 0 || lexicon.stopwords.has(term) || /^[\u3041-\u3096]$/.test(term)) {
        // A prefix that only points (本, 当, 同, 該: this, the said) goes with the word after it when that word is
        // dropped: 本計画 is this plan, and 本 alone names nothing.
        const last = out.at(-1);
        if (last?.prefix && previous === last.term && POINTING_PREFIX.has(last.term)) out.pop();
        previous = null;
        return;
      }
      // A framing word right after a noun of the subject (管理職制度, 補助制度) is part of its name; after another
      // framing word (議会資料, 予算要求) it is still about the asking.
      const framing = lexicon.framing.has(term) && !(nounBefore !== null && !lexicon.framing.has(nounBefore));
      out.push({
        term,
        surface,
        base: true,
        ...(predicate ? { predicate } : {}),
        ...(framing ? { framing: true as const } : {}),
        ...(prefix ? { prefix: true as const } : {}),
      });
      if (joinable && previous !== null)
        out.push({ term: `${previous}+${term}`, surface: `${previousSurface}${surface}`, base: false });
      previous = joinable ? term : null;
      previousSurface = surface;
    };
    let phraseBefore: string | null = null; // the phrase the gap being read follows, if it does
    const segments = segment(text, lexicon);
    for (const [at, seg] of segments.entries()) {
      if (seg.kind === "phrase") {
        nounBefore = null;
        keep(canonical(foldTerm(seg.text)), seg.surface, true);
        nounBefore = canonical(foldTerm(seg.text));
        phraseBefore = seg.surface;
        continue;
      }
      const suffixed = phraseBefore !== null && suffixAfter(phraseBefore, seg.text);
      phraseBefore = null;
      // Kana cut short by the phrase after it (とき|の + ルール) is read with that phrase, as it stands: alone,
      // kuromoji takes ときの for a name.
      // So is kana that goes on from the phrase before it (お金を出 + すときの): what it inflects is that phrase.
      const next = segments[at + 1];
      const before = segments[at - 1];
      readGap(seg.text, suffixed, {
        after: before?.kind === "phrase" && KANA_START.test(seg.text) ? before.surface : "",
        before: next?.kind === "phrase" && KANA_END.test(seg.text) ? next.surface : "",
      });
    }
    return out;

    // A run of Latin letters and digits together (2in1, 5g, b2b) is one word: kuromoji would split off the
    // digits and leave a fragment (in).
    function readGap(gap: string, suffixed: boolean, around: Around): void {
      const mixed = MIXED_ALNUM.exec(gap);
      if (!mixed) {
        tokenizeGap(gap, suffixed, around);
        return;
      }
      if (mixed.index > 0) tokenizeGap(gap.slice(0, mixed.index), suffixed, { ...around, before: "" });
      const term = canonical(foldTerm(mixed[0]));
      nounBefore = null;
      keep(term, mixed[0], true);
      nounBefore = term;
      const after = gap.slice(mixed.index + mixed[0].length);
      if (after.length > 0) readGap(after, false, { ...around, after: "" });
    }

    function tokenizeGap(gap: string, suffixed: boolean, around: Around): void {
      const pieces = windows(gap, TOKENIZER_WINDOW);
      for (const [w, piece] of pieces.entries()) {
        // (The words of the phrases around are theirs: only those wholly inside the piece are kept.)
        const lead = w === 0 ? around.after : "";
        const tail = w === pieces.length - 1 ? around.before : "";
        const all = lead || tail ? tokenizer.tokenize(lead + piece + tail) : tokenizer.tokenize(piece);
        const tokens =
          lead || tail
            ? all
                .filter(
                  (t) =>
                    t.word_position - 1 >= lead.length &&
                    t.word_position - 1 + t.surface_form.length <= lead.length + piece.length,
                )
                .map((t) => ({ ...t, word_position: t.word_position - lead.length }))
            : all;
        // The phrase's own word, read on into the gap (出す of お金を出 + す): a verb ends the noun before it.
        const across = lead
          ? all.find(
              (t) =>
                t.word_position - 1 < lead.length &&
                t.word_position - 1 + t.surface_form.length > lead.length,
            )
          : undefined;
        if (across && across.pos !== "名詞") {
          previous = null;
          nounBefore = null;
        }
        // 在宅勤務用: 用 is the phrase's suffix, not a word of its own.
        if (w === 0 && suffixed) tokens.shift();
        // (The tokens start where the first one kept does: after the suffix, or after the phrase's word read on.)
        const start = (tokens[0]?.word_position ?? 1) - 1;
        const read = withNounsOfVerbs(withReduplicatedWords(tokens, piece.slice(start)), lexicon.stopwords);
        for (const [k, token] of read.entries()) {
          const unknown = token.word_type === "UNKNOWN";
          // A prefix (多, 各, 新) forms a compound with the noun after it: 多文化 is 多+文化. An honorific one in kana
          // (ご意見, お問い合わせ) only makes the word polite: no noun of a name before it.
          const honorific = token.pos === "接頭詞" && !/\p{Script=Han}/u.test(token.surface_form);
          // (A space kuromoji does not know is no noun: 「…が2つある 違いは」 — 違い after it is still about the asking.)
          const noun =
            token.pos === "名詞" ||
            (token.pos === "接頭詞" && !honorific) ||
            (unknown && token.surface_form.trim() !== "");
          if (
            !isContentToken(token.pos, token.pos_detail_1, token.surface_form, unknown) ||
            strayKana(token, piece, unknown)
          ) {
            // A one-kanji suffix after a noun kept (管理+職, 組織+力, 多様+性) makes a compound with it, as typed: it is
            // matched as written in a project's text (管理職 in 管理職員) though the suffix is no word of its own. Not one
            // that names who or where one is, or how a word is used (人事課, 担当者, 協議会, 全庁的, 来年度, 施設用): the
            // asker's own place, said in the story before the ask (measured: those had led polite questions astray).
            if (
              previous !== null &&
              token.pos === "名詞" &&
              token.pos_detail_1 === "接尾" &&
              /^\p{Script=Han}$/u.test(token.surface_form) &&
              !FUNCTIONAL_SUFFIX.has(token.surface_form)
            )
              out.push({
                term: `${previous}+${token.surface_form}`,
                surface: `${previousSurface}${token.surface_form}`,
                base: false,
                suffixed: true,
              });
            previous = null;
            nounBefore = noun ? "" : null;
            continue;
          }
          const form = token.basic_form && token.basic_form !== "*" ? token.basic_form : token.surface_form;
          // An adjectival noun said as what is done (楽にする, 簡単な): a predicate, as 形容詞 are.
          const adjectival =
            token.pos_detail_1 === "形容動詞語幹" && /^(?:に|な)$/.test(read[k + 1]?.surface_form ?? "");
          const predicate = !unknown && (token.pos === "動詞" || token.pos === "形容詞" || adjectival);
          const term = canonical(foldTerm(form));
          keep(term, token.surface_form, noun, predicate, token.pos === "接頭詞");
          nounBefore = noun ? term : null;
        }
      }
    }
  };

  // The same text is often analysed twice in one answer (the search, then the initiatives it may be about):
  // the last few analyses are kept. Analysis is pure, so a kept one is always right.
  const recent = new BoundedMap<string, AnalyzedTerm[]>(RECENT_ANALYSES);
  const remembered = (text: string): AnalyzedTerm[] =>
    recent.get(text) ?? recent.remember(text, analyze(text));
  return {
    analyze: remembered,
    // (A compound with a suffix is matched as written, never indexed: see AnalyzedTerm.suffixed.)
    terms: (text) => remembered(text).flatMap((t) => (t.suffixed ? [] : [t.term])),
    dictTerm: (word) => lexicon.canonical.get(foldTerm(word)),
    spellings: (term) => lexicon.spellings.get(term) ?? [],
    nearby: (term) => lexicon.nearby.get(term) ?? [],
    knows: (word) => {
      const tokens = tokenizer.tokenize(word);
      return tokens.length === 1 && tokens[0]?.word_type === "KNOWN";
    },
    pieces: (text) =>
      withDictReadings(
        tokenizer.tokenize(text).map((t) => ({
          surface: t.surface_form,
          reading: t.reading && t.reading !== "*" ? t.reading : t.surface_form,
          ...(INFLECTING.has(t.pos) ? { inflects: true as const } : {}),
        })),
        lexicon.readings,
      ),
  };
}
