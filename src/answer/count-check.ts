// A count said to be checked — 「R4で完了する事業は5件でしたっけ？」「7-2の事業は20件だよね？」「Wi-Fiの事業で完了したのは
// 2件？」 — answered はい or いいえ with the count the list has: shown the list alone, a wrong figure had gone unremarked,
// and a はい said of another part of the question had confirmed it (probe 120).
import { type Answer, countSentence, INITIATIVES_COUNTED, INITIATIVES_LINE } from "./answer.js";
import { withVerdictFirst } from "./polarity.js";
import { countOf } from "./understand/util.js";

/**
 * A number of projects at the end of a question, said of the list (after は, が, って, も, 全部で / 合計, or alone after a
 * question: 何件あるの？2件？) and asked
 * to be confirmed: N件？, N件でしたっけ, N件だよね, N件ですか, N件で合ってる？, 全部でN件ある？, and the written forms N件で
 * よろしかったでしょうか, N件という理解で合っていますか (probe 135), N件で全部ですか, N件だけですか (probe 201) — not N件目 (which one), nor N件でいいので (how
 * many to show: review), nor
 * 何件 (how many), nor a number asked for (…を3件？, あと2件ある？, 最初の3件だけ？). Counted in つ or 個 as in 件 (2つで
 * 合ってる？, 三つだっけ), and offered as one's belief (6件だったと思うんだけど違う？): probe 247 had shown the list alone. And as
 * an auditor writes it (…は6件と把握していますが、それで合っていますでしょうか, 3件と認識しておりますが、相違ありませんか,
 * 新規完了を含めて3件で間違いないですか): probe 354 had shown 7 and 2 with no いいえ.
 */
const COUNT_ASSERTED =
  /((?:は|が|って|も)?\s*(?:(?<=(?:は|が|って|も)\s*)(?:全部で|ぜんぶで|合計で?)?|全部で|ぜんぶで|合計で?)?)\s*(?:(?<=(?:は|が|って|も|で|含めて|含め|入れて|込みで)\s*)(?:計)?|(?<=[。？?！!]\s*)|^)\s*([0-9０-９]{1,3}|[一二三四五六七八九十](?=\s*[つ個]))\s*(?:件|つ|個)(?!\s*目)\s*(?:ある|あります|しかない)?\s*(?:(?:(?:と|って)\s*(?:把握|認識|理解|承知|聞いて|伺って|思って)\s*(?:して|し)?\s*(?:い|お)?(?:ます|る|ります|りました|ました)?\s*(?:が|けど|けれど|けれども)\s*[、,]?\s*(?:(?:それ|この件数|その件数|こちら|この数|その数)\s*(?:で|は)?\s*)?(?:合って(?:いる|る|います|ます)?|あって(?:いる|る|います|ます)?|(?:間違い|相違|誤り)\s*(?:は)?\s*(?:ない|ありません|ございません)|よろし(?:い|かった)|正し(?:い|かった))\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|よね|ね)?|でしたっけ|だっけ|だったっけ|だよね|ですよね|でしたよね|ですか|でしょうか|(?:だった|です|でした)?\s*(?:と|って)\s*思う(?:ん)?(?:だ|です)?(?:けど|けれど|が)\s*[、,]?\s*(?:違う|ちがう|違います)(?:か)?|で合って(?:いる|る|います|ます)?(?:か|よね)?|で間違いない(?:ですか|でしょうか|よね)?|(?:という|との)?\s*(?:理解|認識|こと)?\s*で\s*(?:合って(?:いる|る|います|ます)?|あって(?:いる|る|います|ます)?|(?:間違い|相違|誤り)\s*(?:は)?\s*(?:ない|ありません|ございません)|よろし(?:い|かった)|正し(?:い|かった)|よい|良い|いい)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|よね|ね)?|なの|なん(?:です|だ)?(?:か|よね)?|じゃない|か|で\s*(?:全部|ぜんぶ|全て|すべて)\s*(?:です|でしょう)?\s*(?:か|よね|ね)?|だけ\s*(?:です|でしょう|なの|なん(?:です|だ))?\s*(?:か|よね)?)\s*[?？]*|\s*[?？]+)\s*[。]?\s*$/u;

/** The question with each run of spaces one space: the pattern's look-behind scans a run of them at every start (review). */
const oneSpaced = (question: string): string => question.trim().replace(/\s+/g, " ");

/** The number of projects a question asks to have confirmed, or undefined. */
export function countAsserted(question: string): number | undefined {
  const said = COUNT_ASSERTED.exec(oneSpaced(question))?.[2];
  return said === undefined ? undefined : countOf(said.normalize("NFKC"));
}

/**
 * The question asked of the list whose count is to be confirmed, the count and its asking taken off (「7-2の拡充は10件で
 * 合ってる？」 → 「7-2の拡充は」): left in, 10件で合ってる had been searched as words, and 拡充 with them (probe 136).
 * Null when the message confirms no count.
 */
export function withoutCountAsserted(question: string): string | null {
  const q = oneSpaced(question);
  const m = COUNT_ASSERTED.exec(q);
  return m === null ? null : q.slice(0, m.index) + (m[1] ?? "");
}

/**
 * The answer to a question that asks to confirm a count: はい or いいえ said first with the number of projects that
 * answer, in place of any other はい or いいえ (the count is what was asked). Any other answer as it is. Pure.
 */
export function withCountChecked(question: string, answer: Answer): Answer {
  const said = countAsserted(question);
  // (Not over a search that found nothing it could name: a count of none would only say the search failed.)
  const fellBack = answer.intent === "search" && answer.answered === 0;
  if (said === undefined || answer.reply || fellBack) return answer;
  // (A policy's initiatives counted — 施策7-1には取組が3つでしたっけ？ — are checked against the initiatives the answer
  // says it has, not its projects: probe 490 had said いいえ, 5件, of a policy with three.)
  const initiatives = INITIATIVES_COUNTED.test(question)
    ? answer.notes.map((n) => INITIATIVES_LINE.exec(n)).find((m) => m !== null)
    : undefined;
  if (initiatives) {
    // (The line it was read from stays: it names the initiatives.)
    const [, policy = "", count = ""] = initiatives;
    const n = Number(count);
    const counted = `施策${policy}の取組は${n}件です`;
    return withVerdictFirst(
      answer,
      n === said ? `はい。${counted}。` : `いいえ。${counted}（${said}件ではありません）。`,
    );
  }
  const n = answer.answered;
  const sentence =
    n === said
      ? `はい。該当する事業は${n}件です。`
      : `いいえ。該当する事業は${n}件です（${said}件ではありません）。`;
  // (Any other はい or いいえ, and the count said again — 該当する事業はN件です。 — give way to it.)
  return withVerdictFirst(answer, sentence, countSentence(n));
}
