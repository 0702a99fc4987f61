// "Is that part of it too?" — 「それって住民票も入ってる？」「Wi-Fiも同じ事業？」「その事業でデジタル人材の育成もやる？」: whether
// the one project in view holds a thing. Answered as whether the project is listed, it had said はい of anything (住民票
// of the AI project: probes 233, 344).
import type { Project } from "../plan/schema.js";
import type { Answer } from "./answer.js";
import { saidName } from "./catalog.js";
import { withVerdictFirst } from "./polarity.js";

/**
 * The thing (group 1) asked with も of what is in view: after それって, その事業で or nothing, before 同じ事業, やってる,
 * 入ってる, 含まれてる, 書いてある, what it becomes (相談もオンラインになるの？: probe 488 had searched the plan), それ (LEDもそれ？: probe
 * 493 had shown the card with no はい) or the question's end.
 */
const THING_OF_IT_ASKED =
  /^\s*(?:(?:それ|その\s*事業|これ|この\s*事業|そっち|そちら)\s*(?:って|は|で|に|の中に|の中で)?\s*[、,]?\s*)?([^、,。？?！!\s]{2,30}?)\s*(?:の\s*(?:こと|話|件))?\s*も\s*(?:(?:同じ|その|この)\s*(?:事業|取組|取り組み)\s*(?:で|に)?\s*)?(?:(?:やって|入って|はいって|含まれて|書いて|書かれて)\s*(?:い|あ)?(?:る|ます)?|やる|やります|ある|あります|(?<=(?:事業|取組|取り組み)\s*(?:で|に)?\s*)|[^、,。？?！!\s]{1,12}?\s*(?:に|と)\s*(?:なる|なります|なって\s*(?:い)?(?:る|ます)|される|されます)|(?:それ|これ|あれ|そっち|その\s*事業|この\s*事業)\s*(?:の\s*(?:こと|話|うち))?\s*(?:に\s*(?:入る|入って\s*(?:い)?る|含まれる))?)\s*(?:の|ん)?\s*(?:です|でしょう)?\s*(?:か|かな|だっけ|っけ|よね)?\s*[?？。]*\s*$/u;

/**
 * What is no thing of a project's text: others asked for (ほかに, 他の事業にも, 別の), now (今も), a topic said with って or
 * は (スマートロックって他にも), a place or a means said with に or で.
 */
const NO_THING = /ほか|他|別|今|いま|まだ|って|は$|[にでへと]$/u;

/** The thing asked to be part of what is in view, or null when the message asks no such thing. */
export function thingOfItAsked(question: string): string | null {
  const thing = THING_OF_IT_ASKED.exec(question.trim().replace(/\s+/g, " "))?.[1];
  return thing === undefined || NO_THING.test(thing) ? null : thing;
}

/**
 * The answer to whether `one` holds `thing`: はい with the project, or いいえ — the other projects that hold it shown
 * as related either way (`holders`, best first). `answered` is the message's own answer, whose notes and query it keeps; the next
 * message goes on from the project said first (いつまで？ after はい is of `one`). Pure.
 */
export function withThingOfItChecked(
  answered: Answer,
  one: Project,
  thing: string,
  holders: readonly Project[],
): Answer {
  const name = saidName(one);
  const kept = answered.notes.filter((n) => !/^(?:はい|いいえ)。/u.test(n));
  // (Those holding it beside it are related: 「相談のおんらいんもやる？」 — others do online consultations too.)
  if (holders.includes(one))
    return withVerdictFirst(
      {
        ...answered,
        projects: [one, ...holders.filter((p) => p !== one)],
        answered: 1,
        notes: kept,
        leads: [],
        readAs: name,
      },
      `はい。${name}の目的・内容に「${thing}」に当たる記載があります。`,
    );
  const others = holders.filter((p) => p !== one);
  const where =
    others.length > 0
      ? `「${thing}」に当たる記載があるのは${others.slice(0, 3).map(saidName).join("、")}です。`
      : "";
  return withVerdictFirst(
    {
      ...answered,
      projects: [...others, one],
      answered: 0,
      notes: kept,
      leads: [],
      readAs: saidName(others[0] ?? one),
    },
    `いいえ。${name}の目的・内容には「${thing}」に当たる記載はありません。${where}`,
  );
}
