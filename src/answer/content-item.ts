// One numbered item of a project's 内容, asked after the project is shown — 「②は？」「①だけでいいです」「③って何？」
// (probe 254: each had been searched as a question of its own, 該当 0件, as if the project did not exist). The plan
// numbers what a project does with circled digits (①ホームページの管理・運営。… ②SNSを活用した情報発信を行う。).
import type { Project } from "../plan/schema.js";
import { saidName } from "./catalog.js";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

/**
 * A message that asks one numbered item and nothing else: ②は？, ①だけでいいです, ③って何？, その②の内容は？, 内容の③を
 * 教えて. Group 1: the circled digit.
 */
const ITEM_ASKED = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で|あと)\s*[、,]?\s*)?(?:(?:その|それの|この)\s*)?(?:内容\s*の\s*)?([${CIRCLED}])\s*(?:の\s*(?:内容|項目|中身|ところ))?\s*(?:は|って|だけ|のみ)?\s*(?:(?:何|なに)\s*(?:を\s*する\s*の)?)?\s*(?:で\s*(?:いい|結構|大丈夫|OK)\s*(?:です)?|を?\s*(?:教えて|見せて)\s*(?:ください|下さい)?|(?:です|でしょう)?\s*か|なの|の)?\s*[?？。]*$`,
  "u",
);

/**
 * One numbered item named by a word of it and asked about (④の説明会は誰向けなの？, ③の館内Wi-Fiは誰が使えるの？, ②の
 * ルーターの貸出は何年間？): the item, whose text is what the plan says of it (probe 283 had searched 説明 across the plan).
 */
const ITEM_NAMED_ASKED = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で|あと)\s*[、,]?\s*)?(?:(?:その|それの|この)\s*)?([${CIRCLED}])\s*の\s*[^\s、,。?？]{1,16}?\s*(?:は|って)\s*(?:誰|だれ|何|なに|なん|どこ|いつ|どう|どんな|どういう)[^。?？]{0,16}[?？。]*$`,
  "u",
);

/** The number of the item a message asks (1 for ①), or null when it asks anything else. */
export function itemAsked(question: string): number | null {
  const m =
    ITEM_ASKED.exec(question.normalize("NFC").trim()) ??
    ITEM_NAMED_ASKED.exec(question.normalize("NFC").trim());
  return m ? CIRCLED.indexOf(m[1] as string) + 1 : null;
}

/** The text of a project's numbered item, its number and the spaces around it taken off; null when it has none. */
export function contentItem(project: Project, n: number): string | null {
  const mark = CIRCLED[n - 1];
  if (mark === undefined) return null;
  const at = project.content.indexOf(mark);
  if (at < 0) return null;
  const rest = project.content.slice(at + 1);
  const next = [...rest].findIndex((c) => CIRCLED.includes(c));
  return (next < 0 ? rest : [...rest].slice(0, next).join("")).trim() || null;
}

/** The sentence that answers an item asked of a project: what it is, or that the 内容 has no such item. */
export function itemSentence(project: Project, n: number): string {
  const mark = CIRCLED[n - 1] ?? String(n);
  const item = contentItem(project, n);
  return item === null
    ? `${saidName(project)}の内容に${mark}はありません。`
    : `${saidName(project)}の内容${mark}: ${item}`;
}
