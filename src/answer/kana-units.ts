// Departments typed in kana as an IME left them (じんじか, ざいさんかつようか, しゅうのう課, まちみりょく発信課):
// each word of a department's name may be written as itself or by its reading (kuromoji's), so only a question
// that seems to hold such a name pays for the dictionary.
import { readingOf } from "../search/analyzer.js";
import { foldKana, normalizeWidth } from "../search/normalize.js";
import type { Catalog } from "./catalog.js";
import type { Slip } from "./understand/units.js";
import { escapeRegExp, perCatalog } from "./understand/util.js";

/** The words of a text with their readings (katakana, or the word itself where the dictionary has none). */
export interface Reader {
  pieces(text: string): { surface: string; reading: string }[];
}

/**
 * Some hiragana, then a unit: 課 itself, or か before a particle or at the end (じんじかの, ざいさんかつようかが,
 * じょうほうしすてむか), or before a space typed on a phone and a particle or 事業 (しみんか のやつ: probe 148) — not the
 * commonest endings of a question (ますか, でしょうか, ないか, あるか; a few others pass, and only cost the dictionary's
 * loading), nor the question's own か (ありますか; あるかと聞かれ, あったかと思います, ないかと: か after a verb's or
 * adjective's end, before と), nor どの課 / その課. Tried only where a run of hiragana starts, lazily to the nearest
 * unit: linear in the question's length. Or a チーム typed in hiragana (DX推進ちーむ). Or a name heard on the phone and
 * typed in katakana (ザイサンカツヨウカって課から内線きた: probe 329), ending in カ before a particle.
 */
export const MAY_NAME_KANA_UNIT =
  /(?<![ァ-ヺ])[ァ-ヺ]{3}[ァ-ヺー]*?カ(?=[ \u3000]*(?:の|が|は|で|を|も|って|と|から|さん|じゃ|以外|いがい|[?？。、]|$))|(?<![ぁ-ゖ])[ぁ-ゖ]{2}[ぁ-ゖ\p{Script=Han}\p{Script=Katakana}ー]*?(?<!の)(?:課|か(?=[ \u3000]*(?:の|が|は|で|を|も|って|以外|いがい|じゃ)|さん|(?<![たるいす]か)と|[ \u3000]+(?:じぎょう|事業))|か(?<!(?:ます|です|しょう|ない|たい|る|た|だ)か)(?=\s*[?？。]*\s*$))|ちーむ/u;

interface UnitPattern {
  name: string;
  /** The forms the plan writes it in: what the question may hold without any slip (まち魅力発信課). */
  forms: readonly string[];
  pattern: RegExp;
  /**
   * The name shortened as staff shorten it, some words of it left out at either end (まちみりょく課 for まち魅力発信課,
   * しみんきょうどう課 for 市民協働推進課), as a 課 in kanji shortened is read (see departmentOfShortName).
   */
  shortened: RegExp | null;
}

/**
 * Whether a name found was typed (partly) in kana: some word of it, or a suffix longer than か (DX推進ちーむ) — a name in
 * kanji is no slip, nor is 市民から (市民 with か).
 */
const typedInKana = (stem: string, suffix: string, catalog: Catalog): boolean =>
  /[ぁ-ゖ]/.test(stem) ||
  ([...suffix].length > 1 && /[ぁ-ゖ]/.test(suffix)) ||
  // (Katakana the plan does not write there: ザイサンカツヨウ, not the システム of 情報システム課.)
  (/[ァ-ヺ]/.test(stem) && !catalog.departments.some((d) => d.fullForms.some((f) => f.includes(stem))));

/** One space, at most, between the words of a name typed in kana. */
const WORD_SPACE = "[ \\u3000]?";
/** A shortened name's words, read from kana, must hold this many characters (じんけん課, not まち課). */
const MIN_SHORTENED = 4;
/** Kana that may stand before a name: the particles that end the word before it (財政課とまちみりょく課). */
const BEFORE_A_NAME = /[のはがをもとでにへや]/;

/** Each department's name, word by word, as itself or its reading; built once per catalog. */
const unitPatterns = perCatalog((catalog: Catalog, reader: Reader): UnitPattern[] =>
  catalog.departments
    .filter((d) => d.suffix !== "")
    .map((d) => {
      const pieces = reader.pieces(d.stem);
      const words = pieces.map(({ surface, reading }) =>
        [...new Set([surface, foldKana(reading), reading])]
          .filter((w) => w !== "")
          .map(escapeRegExp)
          .join("|"),
      );
      const suffixReading = reader.pieces(d.suffix)[0]?.reading ?? d.suffix;
      const suffix = [...new Set([d.suffix, foldKana(suffixReading), suffixReading])]
        .map(escapeRegExp)
        .join("|");
      // (A space typed between its words — しみんきょうどう すいしんかの じぎょう, as a phone's writer spaces kana: probe
      // 477 had searched 推進, and answered another unit's five.)
      const run = (from: number, to: number) =>
        words
          .slice(from, to)
          .map((w) => `(?:${w})`)
          .join(WORD_SPACE);
      // Every run of the name's words but the whole, each long enough when read (see MIN_SHORTENED).
      const runs: string[] = [];
      for (let from = 0; from < words.length; from++)
        for (let to = from + 1; to <= words.length; to++) {
          const reading = pieces
            .slice(from, to)
            .map((p) => foldKana(p.reading || p.surface))
            .join("");
          // (Or letters alone, which no kana reading lengthens: DXちーむ for DX推進チーム — probe 482 had searched DX.)
          const letters = pieces
            .slice(from, to)
            .map((p) => p.surface)
            .join("");
          if (
            to - from < words.length &&
            ([...reading].length >= MIN_SHORTENED || /^[A-Za-z]{2,}$/u.test(letters))
          )
            runs.push(run(from, to));
        }
      return {
        name: d.name,
        forms: d.fullForms,
        // (Latin letters in either case: the plan's dx推進 is typed DX推進.)
        // (No space before the suffix: 「しみん かいかん」 is 市民会館, not 市民課 and いかん — a dev set's 市民会館跡地 had
        // been read as 市民課's.)
        pattern: new RegExp(`(${run(0, words.length)})(${suffix})`, "iu"),
        shortened: runs.length > 0 ? new RegExp(`(${runs.join("|")})(${suffix})`, "giu") : null,
      };
    }),
);

/**
 * The question with a department typed partly or wholly in kana written as the plan names it, and what was
 * read (shown to the asker); the question unchanged when it names none.
 */
export function withUnitsInKanji(
  question: string,
  catalog: Catalog,
  reader: Reader,
): { question: string; slips: Slip[] } {
  let text = question.normalize("NFKC");
  const slips: Slip[] = [];
  for (const { name, forms, pattern } of unitPatterns(catalog, reader)) {
    const found = pattern.exec(text);
    const said = found?.[0];
    const [stem, suffix] = [found?.[1] ?? "", found?.[2] ?? ""];
    if (said === undefined || !typedInKana(stem, suffix, catalog) || forms.includes(normalizeWidth(said)))
      continue;
    text = text.replace(said, name);
    slips.push({ said, read: name });
  }
  if (slips.length === 0)
    for (const slip of shortenedIn(text, catalog, reader)) {
      text = text.replace(slip.said, slip.read);
      slips.push(slip);
    }
  return slips.length > 0 ? { question: text, slips } : { question, slips };
}

/**
 * The departments a question names shortened and partly in kana (まちみりょく課): each stretch that one department's
 * shortened name alone matches, standing as a word of its own (not the end of a longer run of kana).
 */
function shortenedIn(text: string, catalog: Catalog, reader: Reader): Slip[] {
  const owners = new Map<string, Set<string>>();
  for (const { name, shortened } of unitPatterns(catalog, reader)) {
    if (!shortened) continue;
    for (const found of text.matchAll(shortened)) {
      const [said, stem = "", suffix = ""] = found;
      const before = text.slice(0, found.index).slice(-1);
      if (!typedInKana(stem, suffix, catalog) || (/[ぁ-ゖ]/.test(before) && !BEFORE_A_NAME.test(before)))
        continue;
      owners.set(said, new Set([...(owners.get(said) ?? []), name]));
    }
  }
  return [...owners]
    .filter(([, names]) => names.size === 1)
    .map(([said, names]) => ({ said, read: [...names][0] as string }));
}

/** Each department's forms by their readings, built once per catalog. */
const unitReadings = perCatalog((catalog: Catalog, reader: Reader) =>
  catalog.departments.flatMap((d) =>
    d.fullForms.map((form) => ({ name: d.name, reading: readingOf(reader, form) })),
  ),
);

/**
 * The question with a department the plan lacks read as one it has that sounds the same — the IME's other kanji
 * (人権・男女強制課 for 人権・男女共生課, まち魅力発進課 …): the name, or its end from some character on, read as the plan's
 * department is read. Only names that sound exactly alike are read so; the slip is reported, as other slips are.
 */
export function withUnitsByReading(
  question: string,
  unknown: readonly string[],
  catalog: Catalog,
  reader: Reader,
): { question: string; slips: Slip[] } {
  let text = question;
  const slips: Slip[] = [];
  for (const said of unknown) {
    const chars = [...said];
    for (let from = 0; from < chars.length - 1; from++) {
      const tail = chars.slice(from).join("");
      // A name ending in one of the plan's as written (総務人事課) is another unit, not a slip.
      if (catalog.departments.some((d) => d.fullForms.includes(normalizeWidth(tail)))) break;
      const reading = readingOf(reader, tail);
      const found = unitReadings(catalog, reader).filter((u) => u.reading === reading);
      const names = new Set(found.map((u) => u.name));
      if (names.size !== 1 || !text.includes(tail)) continue;
      const name = found[0]?.name as string;
      text = text.replace(tail, name);
      slips.push({ said: tail, read: name });
      break;
    }
  }
  return { question: text, slips };
}
