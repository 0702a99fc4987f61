// Text pasted into Slack from elsewhere — a forwarded e-mail, a resident's form, minutes (probe 96) — comes in a
// frame: header lines (件名：, 差出人：, 受付番号：), rules of dashes, a signature between two rules. The frame says
// who sent it and when, not what is asked. Read as words, 受付番号：2023-0412 had been a code, お名前：（略） a search
// for a project's name, a rule of dashes a string of exclusions, and a signature's 人事課 a condition.

/** A rule: a line of three or more dashes, equals signs, stars or the like, and nothing else. */
const RULE = /^[\s\u3000]*[-=_~*#.・―─━‐－ー＝〜～＊＃…]{3,}[\s\u3000]*$/u;

/** A header line: a short label, a colon, its value. */
const HEADER = /^[\s\u3000]*[【［[]?\s*([\p{L}・-]{1,10})\s*[】］\]]?[\s\u3000]*[:：][\s\u3000]*(.*)$/u;

/** Labels of who sent a text, to whom, when, and under what number: the line says nothing asked. */
const WHO_WHEN = new Set(
  [
    "差出人",
    "送信者",
    "送信元",
    "宛先",
    "宛名",
    "送信日時",
    "受信日時",
    "日時",
    "日付",
    "受付日",
    "受付日時",
    "受付番号",
    "番号",
    "お名前",
    "氏名",
    "名前",
    "ふりがな",
    "フリガナ",
    "電話番号",
    "電話",
    "tel",
    "fax",
    "メール",
    "メールアドレス",
    "e-mail",
    "email",
    "mail",
    "住所",
    "ご住所",
    "所属",
    "年齢",
    "性別",
    "cc",
    "bcc",
    "from",
    "to",
    "sent",
    "date",
  ].map((l) => l.toLowerCase()),
);

/** Labels whose value is what the text is about: the value stays, the label goes (件名：Fw: … → …). */
const ABOUT = new Set(
  [
    "件名",
    "subject",
    "タイトル",
    "内容",
    "本文",
    "要旨",
    "概要",
    "ご意見",
    "ご要望",
    "ご質問",
    "ご相談",
    "相談内容",
    "要望内容",
    "質問内容",
  ].map((l) => l.toLowerCase()),
);

/** A forward's or reply's marks before a subject: Fw:, Fwd:, RE:, 転送:. */
const FORWARDED = /^(?:(?:fwd?|re|転送)\s*[:：]\s*)+/iu;

/** A signature is a few lines between two rules; more than this is a text of its own. */
const MAX_SIGNATURE_LINES = 6;
/** A line that ends a sentence is something said, not a signature's name, office or number. */
const SENTENCE_END = /[。．？?！!]\s*$/u;

/**
 * The message without its frame; a message with none — under three lines, or with no rule or header line of who and
 * when — is returned as it is (a one-line 名前:ICT is a search's syntax, read as such elsewhere). Pure.
 */
export function withoutPastedFrame(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  if (lines.length < 3) return text;
  const label = (line: string) => HEADER.exec(line)?.[1]?.toLowerCase();
  const framed = lines.some((l) => RULE.test(l) || WHO_WHEN.has(label(l) ?? ""));
  if (!framed) return text;
  const rules = lines.flatMap((l, i) => (RULE.test(l) ? [i] : []));
  const signature = new Set<number>();
  for (let r = 0; r + 1 < rules.length; r++) {
    const [from, to] = [rules[r] as number, rules[r + 1] as number];
    const inside = lines.slice(from + 1, to);
    // (Not a block that says what is asked: a form's 内容： line, a line asking.)
    const says = (l: string) =>
      SENTENCE_END.test(l) ||
      ABOUT.has(HEADER.exec(l)?.[1]?.toLowerCase() ?? "") ||
      /[？?]|教えて|ください/u.test(l);
    if (inside.length <= MAX_SIGNATURE_LINES && !inside.some(says))
      for (let i = from + 1; i < to; i++) signature.add(i);
  }
  const kept = lines.flatMap((line, i) => {
    if (RULE.test(line) || signature.has(i)) return [""];
    const header = HEADER.exec(line);
    const name = header?.[1]?.toLowerCase() ?? "";
    if (WHO_WHEN.has(name)) return [];
    if (ABOUT.has(name)) return [(header?.[2] ?? "").replace(FORWARDED, "")];
    return [line];
  });
  return kept.join("\n").replace(/\n{3,}/g, "\n\n");
}

/**
 * A heading that points at a list below it (以下の, 下記の, 次の), then the list, a line or a ・ an item: the items first,
 * then the heading without its pointing word — what is asked of them (「以下のR7の方向性を教えてください。\n・A\n・B」 →
 * 「・A\n・B\nR7の方向性を教えてください。」: probe 157 had read the year alone, every R7 project answered). The text
 * as it is with no such heading or fewer than two items. Pure.
 */
export function withListFirst(text: string): string {
  const m = LIST_HEADING.exec(text);
  if (!m) return text;
  const heading = (m[1] as string).replace(POINTING_AT_LIST, "").trim();
  const items = text.slice(m[0].length);
  if (!ITEM_MARK.test(items) || heading === "") return text;
  return `・${items.trim()}\n${heading}`;
}
/**
 * A heading with 以下の, 下記の or 次の, up to the first item's mark (・, ●), set apart from it by 。, a colon, a line's end
 * or a space — not a ・ run on from a word (review: 「次の会議資料用に、…の担当課・目的・内容を」 lists fields): the heading (1).
 * Each side of 以下の at most 200 characters, a heading's length: unbounded, the two lazy runs had read a long line in
 * time growing with its square (review-53: 3.5 s on 40,000 characters).
 */
const LIST_HEADING =
  /^\s*([^・●○•\n]{0,200}?(?:以下|下記|次)の[^・●○•\n]{0,200}?)(?:[。:：]\s*|\s*\n\s*|\s+)[・●○•]\s*/u;
/** An item's mark: the items after the first have one each. */
const ITEM_MARK = /[・●○•]/u;
/** 以下の, 下記の, 次の: what points at the list. */
const POINTING_AT_LIST = /(?:以下|下記|次)の\s*/u;

/** A card's code as the bot writes it (7-2-4 / 7-2 No.6): the initiative it sits in, then the project. */
const CARD_CODE = /(\d+-\d+)-\d+\s*[/／]\s*(\1\s*No\.?\s*\d+)/giu;
/** One year's direction as a card's row writes it (R3 拡充, R4 【縮小】). */
const ROW_YEAR = String.raw`[RＲ]\s*[0-9０-９]{1,2}\s*【?\s*(?:新規完了|臨時拡充|新規|拡充|継続|縮小|完了)\s*】?`;
/**
 * A card's row of directions, two years or more joined by arrows (方向性: R3 拡充 → R4 継続 → R5 継続（R6は計画に記載なし）):
 * pasted from an answer, as the bot writes it.
 */
const CARD_ROW = new RegExp(
  String.raw`(?:方向性\s*[:：]\s*)?${ROW_YEAR}(?:\s*(?:→|->|⇒|＞|>)\s*${ROW_YEAR})+(?:\s*[（(][^（）()]{0,30}記載なし[)）])?`,
  "gu",
);
/** What points at the thing pasted: この事業, これ, それ, ←, 上の. */
const POINTING_AT_PASTE = /この|これ|それ|その事業|←|上の|上記/u;

/**
 * A message that asks of a card pasted from the bot's own answer (「担当課：市民課　マイナンバーカードの普及促進　R3 拡充 →
 * R4 継続　←この事業R5もある？」): the card's code read as the project it names (7-2-4 / 7-2 No.6 → 7-2 No.6, not the
 * initiative's projects too), and its row of directions left out when the message points at what it pasted — the row says
 * what the plan says of the project, no condition of the ask (probe 487 had read R3 拡充 and R4 継続 as conditions, 0件,
 * no いいえ). A row asked of with nothing pointing at it (「R3 拡充 → R4 継続 の事業は？」) is the asker's own condition.
 * Pure.
 */
export function withoutPastedCard(text: string): string {
  const coded = text.replace(CARD_CODE, "$2");
  const rows = [...coded.matchAll(CARD_ROW)];
  if (rows.length === 0) return coded;
  const rest = coded.replace(CARD_ROW, " ");
  return POINTING_AT_PASTE.test(rest) ? rest.replace(/[ \t\u3000]{2,}/gu, " ") : coded;
}
