// What came before or after a direction in one project's course, asked of the project in view: 「縮小になる前は何だった？」
// after the project that turns 縮小, 「その後は？」 after 「それはいつまで拡充？」 (probe 489: both had answered 0件). Pure.
import { reiwaLabel } from "../plan/fiscal.js";
import type { Direction, Project, YearKey } from "../plan/schema.js";
import { saidName } from "./catalog.js";
import { DIRECTION_NAMES, directionOf } from "./understand/directions.js";

/** Before a direction (縮小になる前は何だった？, 拡充の前は？, 完了する前はどうなってた？): group 1 the direction. */
const BEFORE_DIRECTION = new RegExp(
  String.raw`^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:その|それの)?\s*(${DIRECTION_NAMES})\s*(?:に|と)?\s*(?:なる|なった|する|した)?\s*(?:の)?\s*(?:前|まえ|手前)\s*(?:の\s*(?:年度|方向性))?\s*(?:は|って)?\s*(?:何|なに|なん|どう|どんな)?\s*(?:だった|でした|だっけ|なって(?:た|いた|いました)|になって(?:た|いた))?\s*(?:の|ん)?\s*(?:ですか|か)?\s*[?？。]*$`,
  "u",
);
/** After what was asked before (その後は？, そのあとはどうなる？, それ以降は？, 次は？). */
const AFTER_THAT =
  /^(?:(?:じゃあ|では|で)\s*[、,]?\s*)?(?:その\s*(?:後|あと|ご)|それ\s*(?:以降|から)|そこから|次)\s*(?:の\s*(?:年度|方向性))?\s*(?:は|って)?\s*(?:何|なに|どう(?:なる|なって(?:る|いる))?|どんな)?\s*(?:の|ん)?\s*(?:ですか|か)?\s*[?？。]*$/u;
/** Whether a message asks what came before a direction or after what was asked (see courseAround). */
export const asksCourse = (question: string): boolean => {
  const asked = question.normalize("NFKC").trim();
  return BEFORE_DIRECTION.test(asked) || AFTER_THAT.test(asked);
};
/** A year as the bot and the asker write it (R4, 令和4年度). */
const A_YEARS = /[RＲ]\s*([0-9０-９]{1,2})(?![0-9])|令和\s*([0-9０-９]{1,2})\s*年度?/gu;

/** The listed years of a project with their directions, in the plan's order. */
const listed = (project: Project, years: readonly YearKey[]) =>
  years.flatMap((y) => (project.directions[y] ? [[y, project.directions[y] as Direction] as const] : []));

const row = (pairs: readonly (readonly [YearKey, Direction])[]) =>
  pairs.map(([y, d]) => `${y} ${d}`).join("、");

/**
 * The sentence that answers a question of what came before a direction, or after what was just asked (a direction or a
 * year named in `lastAsked`, the message before), of one project — null when the question asks neither, or the project
 * never has that direction.
 */
export function courseAround(
  project: Project,
  question: string,
  lastAsked: string,
  years: readonly YearKey[],
): string | null {
  const asked = question.normalize("NFKC").trim();
  const all = listed(project, years);
  const name = saidName(project);
  const before = BEFORE_DIRECTION.exec(asked);
  if (before) {
    const direction = directionOf(before[1] ?? "");
    const at = all.findIndex(([, d]) => d === direction);
    if (direction === undefined || at < 0) return null;
    const [year] = all[at] as readonly [YearKey, Direction];
    if (at === 0)
      return `${name}は${reiwaLabel(year)}から${direction}で、その前の年度は計画に記載がありません。`;
    const earlier = all.slice(0, at);
    return `${name}の${direction}になる前（${reiwaLabel(year)}より前）の方向性は、${row(earlier)}です。`;
  }
  if (!AFTER_THAT.test(asked)) return null;
  const said = lastAsked.normalize("NFKC");
  // (The last said of each: the message before may be read with its own before it — 「新規から拡充に変わった事業、
  // いつまで拡充？」.)
  const direction = directionOf([...said.matchAll(new RegExp(DIRECTION_NAMES, "gu"))].at(-1)?.[0] ?? "");
  const year = [...said.matchAll(A_YEARS)].at(-1);
  // After the direction asked (いつまで拡充？): the years after its last; after a year (R4は？): the years after it.
  const from = direction
    ? all.findLastIndex(([, d]) => d === direction)
    : year
      ? all.findLastIndex(([y]) => Number(y.slice(1)) <= Number((year[1] ?? year[2] ?? "").normalize("NFKC")))
      : -1;
  if (from < 0) return null;
  const [when, was] = all[from] as readonly [YearKey, Direction];
  const later = all.slice(from + 1);
  return later.length === 0
    ? `${name}は${reiwaLabel(when)}（${was}）のあと、計画に記載がありません。`
    : `${name}の${reiwaLabel(when)}（${was}）のあとの方向性は、${row(later)}です。`;
}
