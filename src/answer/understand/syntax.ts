// A web search's syntax, as staff used to search engines type it (probe 89), read as the Japanese it stands for:
// 財産活用課 -臨時拡充 (臨時拡充以外), 情報システム課 OR DX推進チーム (または), 事業名:"ICT" (事業名に「ICT」を含む),
// 最終年度:R4 (最終年度がR4). Ignored, a minus had answered the very projects it meant to leave out.

/** What a minus sign may be typed as: the ASCII hyphen-minus, the full-width one, the minus sign. */
const MINUS = "[-－−]";
/** A term after a minus: a quoted phrase, or a run up to the next space or sentence end. */
const TERM = String.raw`(?:"[^"]+"|”[^”]+”|“[^”]+”|「[^」]+」|[^\s"“”「」、。，,？?！!]+)`;

/**
 * A term left out with a minus right before it, at the start or after a space: -臨時拡充, -7-2, -"公共施設". Not
 * a hyphen inside a word or code (Wi-Fi, 7-2-4), a range (R3-R5), a list's bullet (「- 7-2の事業」, a space after
 * it), a negative number, nor a lone year (-R4).
 */
const MINUS_TERM = new RegExp(
  String.raw`(^|[\s\u3000])${MINUS}(?![\s\u3000\d]|[rｒRＲ]\s*\d)(${TERM})`,
  "gu",
);
/** A code after a minus (-7-2, -7-2-4): left out too, though it starts with a digit. */
const MINUS_CODE = new RegExp(
  String.raw`(^|[\s\u3000])${MINUS}(\d{1,2}[-－]\d{1,2}(?:[-－]\d{1,2})?)(?=[\s\u3000?？]|$)`,
  "gu",
);

/** OR (or |) between two terms, spaced: either of them. AND between them: both, as a space already says. */
const OR = /[\s\u3000]+(?:or|OR|Or|ＯＲ|ｏｒ|\|)[\s\u3000]+/g;
const AND = /[\s\u3000]+(?:and|AND|ＡＮＤ|&&)[\s\u3000]+/g;

/** A term in ASCII quotes: the phrase as one, as the plan's own brackets say it. */
const QUOTED = /"([^"]+)"|“([^”]+)”|”([^”]+)”/g;
const quoted = (term: string) =>
  term.replace(QUOTED, (_, a?: string, b?: string, c?: string) => `「${a ?? b ?? c}」`);

/** Field prefixes whose Japanese differs from a plain space: a name to contain, a project's own first or last year. */
const NAME_FIELD =
  /(事業名|名前|名称|件名|タイトル|name)\s*[:：]\s*("[^"]+"|“[^”]+”|「[^」]+」|[^\s、。]+)/giu;
const EDGE_FIELD = /(最終年度|終了年度|最後の年度|初年度|開始年度|最初の年度)\s*[:：]\s*/gu;
/** Other field prefixes (担当:市民課, 年度:R6, 方向性:完了, 施策:7-2): the value alone says what it is. */
const PLAIN_FIELD =
  /(?<![\p{L}\p{N}])(?:担当課?|所管課?|課|部署|年度|方向性|施策|取組|コード|code|year|dept)\s*[:：]\s*(?=\S)/giu;

/**
 * A message with a search engine's syntax read as Japanese; a message without any is returned as it is. Pure, and
 * idempotent: what it writes has no syntax left in it.
 */
export function fromSearchSyntax(text: string): string {
  if (!/[-－−:："“”|]|or|and/i.test(text)) return text;
  const read = text
    .replace(
      NAME_FIELD,
      (_, field: string, term: string) =>
        `${field.startsWith("n") ? "事業名" : field}に${brackets(term)}を含む`,
    )
    .replace(EDGE_FIELD, (_, field: string) => `${field}が`)
    .replace(PLAIN_FIELD, "")
    .replace(MINUS_CODE, (_, before: string, code: string) => `${before}${code.replace(/－/g, "-")}以外`)
    .replace(MINUS_TERM, (_, before: string, term: string) => `${before}${quoted(term)}以外`)
    .replace(OR, "または")
    .replace(AND, " ");
  // (A phrase left in quotes, as the plan's own brackets say one.)
  return quoted(read);
}

/** A name field's term in the plan's brackets, whether typed in quotes, in brackets or bare. */
const brackets = (term: string) => {
  const said = quoted(term);
  return said.startsWith("「") ? said : `「${said}」`;
};
