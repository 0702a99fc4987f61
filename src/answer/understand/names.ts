// Project names typed with one character slipped (公共施設保善事業, 男女共同参加計画): the IME's other kanji, a
// neighbouring key. A stretch of a name long enough that one character can only be a slip is read as the name.
import { normalizeWidth } from "../../search/normalize.js";
import type { Catalog } from "../catalog.js";
import type { Slip } from "./units.js";
import { perCatalog } from "./util.js";

/** The shortest stretch of a name read past a slip: with five of its characters right, it is the name's. */
export const MIN_NAME_STRETCH = 6;
/** The longest stretch compared: longer ones are read by their parts. */
const MAX_NAME_STRETCH = 16;
/** Kanji and katakana in a row: where a name's words are, and a slip is looked for. */
const RUN = /[\p{Script=Han}\p{Script=Katakana}ー]+/gu;
const HOLE = "\u0000";
const KATAKANA = /[\p{Script=Katakana}ー]/u;
/** Kanji that end a word as suffixes (等, 的, 化, 用, 系): another one there is another word's ending, not a slip. */
const SUFFIX = /[等的化用系類性版型式]/u;

const holed = (text: string, at: number) => `${text.slice(0, at)}${HOLE}${text.slice(at + 1)}`;

/**
 * Every stretch of every project name, by each of its characters but the first left out (a first character
 * differing is another word run into the name: 次 of 第3次, 各 of 各コミュニティ), and whether the stretch ends
 * where the name's word does: built once per catalog.
 */
const nameStretches = perCatalog((catalog: Catalog) => {
  const names = nameList(catalog);
  const byHole = new Map<string, Map<string, boolean>>();
  for (const name of names)
    for (const [run] of name.matchAll(RUN))
      for (let length = MIN_NAME_STRETCH; length <= Math.min(run.length, MAX_NAME_STRETCH); length++)
        for (let start = 0; start + length <= run.length; start++) {
          const stretch = run.slice(start, start + length);
          for (let at = 1; at < length; at++) {
            const key = holed(stretch, at);
            const stretches = byHole.get(key) ?? new Map<string, boolean>();
            // (A stretch in two names ends a word if it does in either.)
            stretches.set(stretch, stretches.get(stretch) === true || start + length === run.length);
            byHole.set(key, stretches);
          }
        }
  return byHole;
});

/** The names as a question's text is compared with them (width-normalised). */
export const nameList = perCatalog((catalog: Catalog) => [
  ...new Set(catalog.plan.projects.map((p) => normalizeWidth(p.name))),
]);
/** The names in one text, to find a stretch typed right cheaply (the stretches are built only for a slip). */
const nameText = perCatalog((catalog: Catalog) => nameList(catalog).join("\n"));

/**
 * The one stretch of a name that `said` is with exactly one character slipped (of the same script), if one. Its
 * last character differing only where both end a word (マイナンバーカート, not オンライン会 for オンライン化 inside
 * オンライン化推進: there it is the next word's first).
 */
function nameOf(said: string, byHole: Map<string, Map<string, boolean>>, saidEnds: boolean): string | null {
  const found = new Set<string>();
  // (A suffix typed last is a word of its own after the name's stem, no slip: オンライン等 is オンライン and 等, not the
  // plan's オンライン化, probe 109.)
  const last = SUFFIX.test(said.at(-1) ?? "") ? said.length - 1 : said.length;
  for (let at = 1; at < last; at++)
    for (const [stretch, ends] of byHole.get(holed(said, at)) ?? [])
      if (
        stretch !== said &&
        KATAKANA.test(stretch[at] as string) === KATAKANA.test(said[at] as string) &&
        (at < said.length - 1 || (ends && saidEnds))
      )
        found.add(stretch);
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The text with each stretch of a project's name typed with one character slipped read as the name, and the slips
 * (shown to the asker). A stretch found in a name as typed is no slip; of several names one slip away, none is read.
 */
export function mendNameSlips(text: string, catalog: Catalog): { text: string; slips: Slip[] } {
  const names = nameText(catalog);
  const slips: Slip[] = [];
  let out = text;
  for (const { 0: run, index } of text.matchAll(RUN)) {
    if (run.length < MIN_NAME_STRETCH || names.includes(run)) continue;
    let start = 0;
    while (start + MIN_NAME_STRETCH <= run.length) {
      let read: { said: string; name: string } | null = null;
      for (
        let length = Math.min(run.length - start, MAX_NAME_STRETCH);
        length >= MIN_NAME_STRETCH;
        length--
      ) {
        const said = run.slice(start, start + length);
        if (names.includes(said)) break;
        const name = nameOf(said, nameStretches(catalog), start + length === run.length);
        if (name) {
          read = { said, name };
          break;
        }
      }
      if (!read) {
        start++;
        continue;
      }
      // Character for character: the text's places are kept.
      const at = index + start;
      out = `${out.slice(0, at)}${read.name}${out.slice(at + read.said.length)}`;
      slips.push({ said: read.said, read: read.name });
      start += read.said.length;
    }
  }
  return { text: out, slips };
}

/** Builds the stretches of a catalog's names now (an engine does so while its dictionary loads). */
export function prepareNameSlips(catalog: Catalog): void {
  nameStretches(catalog);
}

/**
 * A name's words run together where the plan parts them with ・ (いのち愛ゆめセンター, 空調照明設備, ホームページSNS): read as
 * the plan writes them — the words typed apart from the ・ had been searched one by one, 愛 and ゆめ dropped (probe 266).
 * Only a stretch of at least SEPARATED_STRETCH characters that crosses a ・ the asker left out.
 */
export function withNameSeparators(text: string, catalog: Catalog): string {
  let out = text;
  for (const [said, written] of separatedStretches(catalog))
    if (out.includes(said) && !out.includes(written)) out = out.replaceAll(said, written);
  return out;
}
/** The shortest stretch of a ・-parted name read as it: two words and a little of a third. */
const SEPARATED_STRETCH = 5;
/** Each stretch of a name crossing a ・, run together, and as the plan writes it: the longest first. */
const separatedStretches = perCatalog((catalog: Catalog) => {
  const pairs = new Map<string, string>();
  for (const name of nameList(catalog))
    for (const [run] of name.matchAll(/[^\s、。（）()「」]*・[^\s、。（）()「」]*/gu)) {
      // (Each character of the run, where it stands in the name as written.)
      const chars = [...run];
      const kept = chars.flatMap((c, at) => (c === "・" ? [] : [at]));
      for (let from = 0; from < kept.length; from++)
        for (let to = from + SEPARATED_STRETCH; to <= kept.length; to++) {
          const first = kept[from] as number;
          const last = kept[to - 1] as number;
          const written = chars.slice(first, last + 1).join("");
          if (!written.includes("・")) continue;
          pairs.set(written.replaceAll("・", ""), written);
        }
    }
  return [...pairs].sort((a, b) => b[0].length - a[0].length);
});
