// `npm run eval`: the answer engine and the bigram baseline on the same questions, side by side, and a plain
// sentence wherever plan-bot is below the baseline. Misses are listed for the sets we tune on, never for the
// blind set (its misses must not become dictionary entries or rules: see tests/fixtures/eval/README.md).
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "../answer/engine.js";
import { engineSettings } from "../config.js";
import { loadPlan } from "../plan/load.js";
import { projectKey } from "../plan/schema.js";
import { buildBigramBaseline } from "../search/baseline.js";
import { DEFAULT_RANKING, type RankingOptions } from "../search/search-index.js";
import { mayPrintMisses, parseQuestions, returnedKeys, type Summary, score, verdict } from "./evaluate.js";

const FIXTURES = resolve(fileURLToPath(new URL("../../tests/fixtures/eval", import.meta.url)));
/** Sets written blind and frozen: their misses are never printed (they must not drive a rule or an entry). */
const NEVER_MINED = [
  "blind",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "twentyfirst",
  "twentysecond",
  "twentythird",
  "twentyfourth",
  "twentyfifth",
  "twentysixth",
  "twentyseventh",
  "twentyeighth",
  "twentyninth",
  "thirtieth",
  "thirtyfirst",
  "thirtysecond",
  "thirtythird",
  "thirtyfourth",
  "thirtyfifth",
  "thirtysixth",
  "thirtyseventh",
  "thirtyeighth",
  "thirtyninth",
  "fortieth",
  "fortyfirst",
  "fortysecond",
  "fortythird",
  "fortyfourth",
  "fortyfifth",
  "fortysixth",
  "fortyseventh",
  "fortyeighth",
  "fortyninth",
  "fiftieth",
  "fiftyfirst",
  "fiftysecond",
  "fiftythird",
  "fiftyfourth",
  "fiftyfifth",
  "fiftysixth",
  "fiftyseventh",
  "fiftyeighth",
  "fiftyninth",
  "sixtieth",
  "sixtyfirst",
  "sixtysecond",
  "sixtythird",
  "sixtyfourth",
  "sixtyfifth",
  "sixtysixth",
  "sixtyseventh",
  "sixtyeighth",
  "sixtyninth",
];

/** The shared sample, our probes, the regressions and the dev sets we tune on: the only sets whose misses print. */
const TUNED = [
  "questions",
  "holdout",
  "regressions",
  "dev",
  "dev2",
  "dev3",
  "dev4",
  "dev5",
  "dev6",
  "dev7",
  "dev8",
  "dev9",
  "dev10",
  "dev11",
  "dev12",
  "dev13",
  "dev14",
  "dev15",
  "dev16",
  "dev17",
  "dev18",
  "dev19",
  "dev20",
  "dev21",
  "dev22",
  "dev23",
  "dev24",
  "dev25",
  "dev26",
  "dev27",
  "dev28",
  "dev29",
  "dev30",
  "dev31",
  "dev32",
  "dev33",
  "dev34",
  "dev35",
  "dev36",
  "dev37",
  "dev38",
  "dev39",
  "dev40",
  "dev41",
  "dev42",
  "dev43",
  "dev44",
  "dev45",
  "dev46",
  "dev47",
  "dev48",
  "dev49",
  "dev50",
  "dev51",
  "dev52",
  "dev53",
  "dev54",
  "dev55",
  "dev56",
  "dev57",
  "dev58",
  "dev59",
  "dev60",
  "dev61",
  "dev62",
  "dev63",
  "dev64",
  "dev65",
  "dev66",
  "dev67",
  "dev68",
  "dev69",
  "dev70",
  "dev71",
  "dev72",
  "dev73",
  "dev74",
  "dev75",
  "dev76",
  "dev77",
  "dev78",
  "dev79",
  "dev80",
  "dev81",
  "dev82",
  "dev83",
  "dev84",
  "dev85",
  "dev86",
  "dev87",
  "dev88",
  "dev89",
  "dev90",
  "dev91",
  "dev92",
  "dev93",
  "dev94",
  "dev95",
  "dev96",
  "dev97",
  "dev98",
  "dev99",
  "dev100",
  "dev101",
  "dev102",
  "dev103",
  "dev104",
  "dev105",
  "dev106",
  "dev107",
  "dev108",
  "dev109",
  "dev110",
  "dev111",
  "dev112",
  "dev113",
  "dev114",
  "dev115",
  "dev116",
  "dev117",
  "dev118",
  "dev119",
  "dev120",
  "dev121",
  "dev122",
  "dev123",
  "dev124",
  "dev125",
  "dev126",
  "dev127",
  "dev128",
  "dev129",
  "dev130",
  "dev131",
  "dev132",
  "dev133",
  "dev134",
  "dev135",
  "dev136",
  "dev137",
  "dev138",
  "dev139",
  "dev140",
  "dev141",
  "dev142",
  "dev143",
  "dev144",
  "dev145",
  "dev146",
  "dev147",
  "dev148",
  "dev149",
  "dev150",
  "dev151",
  "dev152",
  "dev153",
  "dev154",
  "dev155",
  "dev156",
  "dev157",
  "dev158",
  "dev159",
  "dev160",
  "dev161",
  "dev162",
  "dev163",
  "dev164",
  "dev165",
  "dev166",
  "dev167",
  "dev168",
  "dev169",
  "dev170",
  "dev171",
  "dev172",
  "dev173",
  "dev174",
  "dev175",
  "dev176",
  "dev177",
  "dev178",
  "dev179",
  "dev180",
  "dev181",
  "dev182",
  "dev183",
  "dev184",
  "dev185",
  "dev186",
  "dev187",
  "dev188",
  "dev189",
  "dev190",
  "dev191",
  "dev192",
  "dev193",
  "dev194",
  "dev195",
  "dev196",
  "dev197",
  "dev198",
  "dev199",
  "dev200",
  "dev201",
  "dev202",
  "dev203",
  "dev204",
  "dev205",
  "dev206",
  "dev207",
  "dev208",
  "dev209",
  "dev210",
  "dev211",
  "dev212",
  "dev213",
  "dev214",
  "dev215",
  "dev216",
  "dev217",
  "dev218",
  "dev219",
  "dev220",
  "dev221",
  "dev222",
  "dev223",
  "dev224",
  "dev225",
  "dev226",
  "dev227",
  "dev228",
  "dev229",
  "dev230",
  "dev231",
  "dev232",
  "dev233",
  "dev234",
  "dev235",
  "dev236",
  "dev237",
  "dev238",
  "dev239",
  "dev240",
  "dev241",
  "dev242",
  "dev243",
  "dev244",
  "dev245",
  "dev246",
  "dev247",
  "dev248",
  "dev249",
  "dev250",
  "dev251",
  "dev252",
  "dev253",
  "dev254",
  "dev255",
  "dev256",
  "dev257",
  "dev258",
  "dev259",
  "dev260",
  "dev261",
  "dev262",
  "dev263",
  "dev264",
  "dev265",
  "dev266",
  "dev267",
  "dev268",
  "dev269",
  "dev270",
  "dev271",
  "dev272",
  "dev273",
  "dev274",
  "dev275",
  "dev276",
  "dev277",
  "dev278",
  "dev279",
  "dev280",
  "dev281",
  "dev282",
  "dev283",
];

/** Every set, the tuned ones first. */
export const EVAL_SETS = [...TUNED, ...NEVER_MINED];

const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
// --ablation: each retriever alone and without Sudachi's synonyms, beside the default, on every set.
const ablation = args.includes("--ablation");
const named = args.filter((a) => !a.startsWith("--"));
// A set is named by its name (eighth) or by its file.
const files =
  named.length > 0
    ? named.map((n) => (n.endsWith(".jsonl") ? resolve(n) : resolve(FIXTURES, `${n}.jsonl`)))
    : EVAL_SETS.map((name) => resolve(FIXTURES, `${name}.jsonl`)).filter((file) => existsSync(file));

const pct = (v: number | null) => (v === null ? "     -" : `${(v * 100).toFixed(1).padStart(5)}%`);
const line = (label: string, system: string, s: Summary) =>
  `${label.padEnd(14)} ${system.padEnd(9)} ${String(s.ranked).padStart(4)}  ${pct(s.top1)}  ${pct(s.recall5)}   ${`${s.exactRight}/${s.exactCount}`.padStart(7)}`;

const { seedsDir, ...settings } = engineSettings(process.env);
const plan = loadPlan(seedsDir);
// A fixed clock inside the plan period, so that 今年度 means the same thing in every run.
const clock = () => new Date("2026-11-25T09:00:00+09:00");
// PLAN_SEEDS_DIR, PLAN_DICT_DIR and PLAN_CACHE_DIR as the bot reads them: an edited dict/ is scored without touching
// the bundled one.
const engine = createEngine(plan, { ...settings, clock });
const variants: [string, RankingOptions][] = ablation
  ? [
      ["words", { ...DEFAULT_RANKING, fusion: "words" }],
      ["bigrams", { ...DEFAULT_RANKING, fusion: "bigrams" }],
      ["rrf", { ...DEFAULT_RANKING, fusion: "rrf" }],
      ["sum", { ...DEFAULT_RANKING, fusion: "sum" }],
      ["no-sudachi", { ...DEFAULT_RANKING, synonyms: false }],
    ]
  : [];
const variantEngines = variants.map(
  ([name, ranking]) => [name, createEngine(plan, { ...settings, clock, ranking })] as const,
);
const baseline = buildBigramBaseline(plan);
const verdicts: string[] = [];
console.log(`${"set".padEnd(14)} ${"system".padEnd(9)} rank   top-1  recall@5    exact`);
for (const file of files) {
  const name = basename(file, ".jsonl");
  const questions = parseQuestions(readFileSync(file, "utf8"));
  const ours: string[][] = [];
  for (const q of questions) ours.push(returnedKeys(q, await engine.ask(q.q)));
  const mine = score(questions, ours);
  const theirs = score(
    questions,
    questions.map((q) => baseline(q.q).map(projectKey)),
  );
  console.log(line(name, "plan-bot", mine.summary));
  console.log(line("", "bigram", theirs.summary));
  for (const [variant, other] of variantEngines) {
    const got: string[][] = [];
    for (const q of questions) got.push(returnedKeys(q, await other.ask(q.q)));
    console.log(line("", variant, score(questions, got).summary));
  }
  const theirStyles = new Map(theirs.styles);
  for (const [style, s] of mine.styles) {
    const t = theirStyles.get(style);
    console.log(line(`  ${style}`, "plan-bot", s));
    if (t) console.log(line("", "bigram", t));
  }
  verdicts.push(verdict(name, mine, theirs));
  if (
    (showMisses || named.length > 0) &&
    mayPrintMisses(file, FIXTURES, TUNED, NEVER_MINED, showMisses) &&
    mine.misses.length > 0
  ) {
    console.log(`\n${name}: plan-bot misses`);
    for (const m of mine.misses)
      console.log(`  [${m.kind}] ${m.q}  got ${m.got.join(",") || "-"}  want ${m.want.join(",") || "-"}`);
    console.log("");
  }
}
console.log(`\n${verdicts.join("\n")}`);
