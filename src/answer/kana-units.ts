// Departments typed in kana as an IME left them (じんじか, ざいさんかつようか, しゅうのう課, まちみりょく発信課):
// each word of a department's name may be written as itself or by its reading (kuromoji's), so only a question
// that seems to hold such a name pays for the dictionary.
import { foldKana, normalizeWidth } from "../search/normalize.js";
import type { Catalog } from "./catalog.js";
import type { Slip } from "./understand/units.js";
import { escapeRegExp, perCatalog } from "./understand/util.js";

/** The words of a text with their readings (katakana, or the word itself where the dictionary has none). */
export interface Reader {
  pieces(text: string): { surface: string; reading: string }[];
}

/**
 * Some hiragana, then a unit: 課 itself, or か before a particle (じんじかの, ざいさんかつようかが) — not the
 * question's own か (ありますか; あるかと聞かれ, あったかと思います, ないかと: か after a verb's or adjective's end, before
 * と), nor どの課 / その課. Tried only where a run of hiragana starts, lazily to the nearest unit: linear in the
 * question's length.
 */
export const MAY_NAME_KANA_UNIT =
  /(?<![ぁ-ゖ])[ぁ-ゖ]{2}[ぁ-ゖ\p{Script=Han}\p{Script=Katakana}ー]*?(?<!の)(?:課|か(?=の|が|は|で|を|も|って|さん|以外|じゃ|(?<![たるいす]か)と))/u;

interface UnitPattern {
  name: string;
  /** The forms the plan writes it in: what the question may hold without any slip (まち魅力発信課). */
  forms: readonly string[];
  pattern: RegExp;
}

/** Each department's name, word by word, as itself or its reading; built once per catalog. */
const unitPatterns = perCatalog((catalog: Catalog, reader: Reader): UnitPattern[] =>
  catalog.departments
    .filter((d) => d.suffix !== "")
    .map((d) => {
      const words = reader
        .pieces(d.stem)
        .map(({ surface, reading }) =>
          [...new Set([surface, foldKana(reading)])].map(escapeRegExp).join("|"),
        );
      const suffix = [d.suffix, foldKana(reader.pieces(d.suffix)[0]?.reading ?? d.suffix)].map(escapeRegExp);
      return {
        name: d.name,
        forms: d.fullForms,
        pattern: new RegExp(
          `(${words.map((w) => `(?:${w})`).join("")})(?:${[...new Set(suffix)].join("|")})`,
          "u",
        ),
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
    // Some word of the name itself in kana: a name in kanji is no slip, nor is 市民から (市民 with か).
    if (said === undefined || !/[ぁ-ゖ]/.test(found?.[1] ?? "") || forms.includes(normalizeWidth(said)))
      continue;
    text = text.replace(said, name);
    slips.push({ said, read: name });
  }
  return slips.length > 0 ? { question: text, slips } : { question, slips };
}
