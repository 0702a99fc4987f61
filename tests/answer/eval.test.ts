import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { buildBigramBaseline } from "../../src/search/baseline.js";
import {
  belowBaseline,
  mayPrintMisses,
  parseQuestions,
  returnedKeys,
  score,
  verdict,
} from "../../src/tools/evaluate.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/eval");
const plan = loadPlan();
const baseline = buildBigramBaseline(plan);
let engine: Engine;
beforeAll(async () => {
  engine = createEngine(plan, {
    cacheDir: TEST_CACHE_DIR,
    clock: () => new Date("2026-11-25T09:00:00+09:00"),
  });
  await engine.warmUp();
});

const load = (file: string) => parseQuestions(readFileSync(join(FIXTURES, file), "utf8"));
async function scoreOurs(file: string) {
  const questions = load(file);
  const ranked: string[][] = [];
  for (const q of questions) ranked.push(returnedKeys(q, await engine.ask(q.q)));
  return score(questions, ranked);
}
const scoreBaseline = (file: string) => {
  const questions = load(file);
  return score(
    questions,
    questions.map((q) => baseline(q.q).map(projectKey)),
  );
};

describe.each([
  ["dev6.jsonl", 120],
  ["dev19.jsonl", 80],
  ["dev14.jsonl", 80],
  // The probe's follow-ups, chosen because they failed (0 of 22 on 1cea5c3).
  ["dev21.jsonl", 22],
  // The twelfth session's probes' failing variations (0 of 25 and 0 of 60 on b5f483e).
  ["dev26.jsonl", 25],
  ["dev28.jsonl", 60],
  // A probe's exact questions in long messages (3 of 64 on b5f483e, 33 on 259a5b5).
  ["dev30.jsonl", 64],
  // Exact questions only, phrased to be misread, written from the plan alone (cc973c7: 135 of 150; 148 at the end).
  ["dev47.jsonl", 150],
  // The same, twentieth session (441f643: 154 of 160).
  ["dev51.jsonl", 160],
])("%s (exact questions only, a new user's probe)", (file, count) => {
  it("answers at least 80% of its exact sets right", async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.exactCount).toBe(count);
    expect(summary.exactRight / summary.exactCount).toBeGreaterThanOrEqual(0.8);
  });
});

describe("regression set (questions that once failed stay answered)", () => {
  it("answers every question of regressions.jsonl right", async () => {
    expect((await scoreOurs("regressions.jsonl")).misses).toEqual([]);
  });
});

// The bars are issue #10's targets for unseen questions in Slack's register; the sample and our probes are
// held to the tighter bar of unseen neutral questions.
describe.each([
  ["questions.jsonl", 0.97, 0.99, 1],
  ["holdout.jsonl", 0.97, 0.99, 1],
  ["dev.jsonl", 0.75, 0.9, 0.9],
  ["dev2.jsonl", 0.75, 0.9, 0.9],
  ["dev3.jsonl", 0.75, 0.9, 0.9],
  ["dev4.jsonl", 0.75, 0.9, 0.9],
  ["dev5.jsonl", 0.75, 0.9, 0.9],
  ["dev7.jsonl", 0.75, 0.9, 0.85],
  ["dev8.jsonl", 0.75, 0.9, 0.85],
  ["dev9.jsonl", 0.75, 0.9, 0.7],
  ["dev10.jsonl", 0.75, 0.9, 0.85],
  ["dev11.jsonl", 0.75, 0.9, 0.85],
  ["dev12.jsonl", 0.75, 0.9, 0.8],
  ["dev13.jsonl", 0.75, 0.9, 0.85],
  ["dev15.jsonl", 0.75, 0.9, 0.9],
  // dev16 was held to its exact questions only while its recall@5 was below the bigram's (95.2 vs 97.6); now 97.7.
  ["dev16.jsonl", 0.75, 0.9, 0.9],
  ["dev17.jsonl", 0.75, 0.9, 0.9],
  ["dev18.jsonl", 0.75, 0.9, 0.9],
  ["dev20.jsonl", 0.75, 0.9, 0.9],
  ["dev22.jsonl", 0.75, 0.9, 0.9],
  ["dev24.jsonl", 0.75, 0.9, 0.9],
  ["dev25.jsonl", 0.75, 0.9, 0.9],
  ["dev27.jsonl", 0.75, 0.9, 0.9],
  // Long polite messages with several sentences, first scored 33 of 50 exact (3e8966c): held to a floor.
  ["dev29.jsonl", 0.75, 0.9, 0.75],
  // The thirteenth session's probes (259a5b5: 37 of 40 and 29 of 31 exact; f792c05: 43 of 60 exact).
  ["dev31.jsonl", 0.75, 0.9, 0.9],
  ["dev32.jsonl", 0.75, 0.9, 0.9],
  ["dev33.jsonl", 0.75, 0.85, 0.85],
  // The fourteenth session's probe (ce8362c: top-1 70 of 80, recall@5 93.0 %, exact 20 of 20).
  ["dev34.jsonl", 0.75, 0.9, 0.9],
  // Everyday words only (1c47c99: top-1 60 of 80, exact 15 of 20): held to a floor while it is below the others.
  ["dev35.jsonl", 0.7, 0.9, 0.7],
  // Relayed questions (ac47556: top-1 72 of 75, exact 21 of 25).
  ["dev36.jsonl", 0.75, 0.9, 0.9],
  // A week of Slack messages written on the session's late code (c881d65: 69 of 70, exact 26 of 30).
  ["dev37.jsonl", 0.75, 0.9, 0.9],
  // Long polite messages, everyday words and casual asks (9658f80: top-1 88 of 94, exact 24 of 26).
  ["dev39.jsonl", 0.75, 0.9, 0.9],
  // The seventeenth session's probe 37: long polite messages with background, casual asks and fragments, 30 exact
  // (24b96f7: top-1 87 of 90, exact 30 of 30).
  ["dev41.jsonl", 0.85, 0.9, 0.95],
  // The seventeenth session's probe 38: a week of Slack messages, 35 of them typed with slips (IME conversions, dropped
  // characters, kana for kanji); 40 exact (e0d91de: top-1 72 of 80, exact 37 of 40).
  ["dev42.jsonl", 0.8, 0.9, 0.85],
  // The eighteenth session's probe 40: everyday words, topics under a condition, long polite messages (68e2cc3: top-1
  // 102 of 112, exact 8 of 8).
  ["dev43.jsonl", 0.85, 0.9, 0.85],
  // Probe 41: 90 exact questions in staff's own phrasing, 30 fragments (48f1d9f: exact 89 of 90, topics 30 of 30).
  ["dev44.jsonl", 0.9, 0.95, 0.95],
  // A dev set written from the plan alone to the blind sets' brief (start: 84.5 / 90.3 / 153 of 163).
  ["dev45.jsonl", 0.75, 0.85, 0.9],
  // The nineteenth session's dev set to the blind brief, exact questions first (start: 93.1 / 98.4 / 170 of 177).
  ["dev46.jsonl", 0.85, 0.9, 0.9],
  // Probe 42 (81134d8: topics 58 of 60, exact 60 of 60).
  ["dev48.jsonl", 0.85, 0.9, 0.95],
  // Probe 43 (dc8ae55: topics 56 of 60, exact 40 of 40).
  ["dev49.jsonl", 0.85, 0.9, 0.95],
  // Probe 44 (58b016c: topics 51 of 60 — everyday words 21 of 30 — exact 40 of 40).
  ["dev50.jsonl", 0.8, 0.85, 0.95],
  // Probe 45 (c8bde66: topics 58 of 60, exact 40 of 40).
  ["dev53.jsonl", 0.85, 0.9, 0.95],
  // Probe 46 (07fa667: topics 57 of 60 — everyday words 27 of 30 — exact 40 of 40).
  ["dev54.jsonl", 0.85, 0.9, 0.95],
  // Probe 47 (3efc14c: topics 57 of 60, exact 40 of 40).
  ["dev55.jsonl", 0.85, 0.9, 0.95],
  // Probe 48 (4835a06: topics 55 of 59 as the helper scored them — everyday words 26 of 30 — exact 40 of 41).
  ["dev56.jsonl", 0.85, 0.9, 0.95],
  // Probe 49 (written on the session's later code; on its start code 4835a06 and at its end: 96.7 / 98.3 / 40 of 40).
  ["dev57.jsonl", 0.85, 0.9, 0.95],
  // Probe 50 (0f0c3f6: topics 59 of 60 as the helper scored them, exact 38 of 40).
  ["dev58.jsonl", 0.85, 0.9, 0.9],
  // Probe 51 (on 0bc40ad, mid-session: topics 60 of 60, exact 38 of 40 — 40 after the missing-words leader rule).
  ["dev59.jsonl", 0.85, 0.9, 0.9],
  // Probe 52 (on f3cb3a4, late in the session; everyday words first: 96.7 / 96.7 / 40 of 40, the same on its start code).
  ["dev60.jsonl", 0.85, 0.9, 0.9],
  // Probe 53 (on 837a99b: topics 60 of 60, exact 37 of 40 on the session's start code, 40 at its end).
  ["dev61.jsonl", 0.85, 0.9, 0.9],
  // Probe 54 (on 278cb60, long polite messages with two asks and everyday descriptions: 95.0 / 95.0 / 39 of 40 on the
  // session's start code, 40 of 40 at its end).
  ["dev62.jsonl", 0.85, 0.9, 0.9],
  // Probes 55–59 (twenty-fourth session, on its start code cd39c0d): a finance section chief's long polite messages
  // (95.0 / 96.1 / 39 of 40 there), a first-year's phone fragments (96.7 / 100 / 38), a planner's ranges and counts
  // (100 / 98.6 / 39), a counter clerk's residents' words (90.0 / 94.0 / 40), long conversations (98.3 / 99.2 / 37).
  ["dev63.jsonl", 0.85, 0.9, 0.9],
  ["dev64.jsonl", 0.85, 0.9, 0.9],
  ["dev65.jsonl", 0.85, 0.9, 0.9],
  ["dev66.jsonl", 0.85, 0.9, 0.9],
  ["dev67.jsonl", 0.85, 0.9, 0.9],
  // Probes 60 and 61 (run mid-session on a5fd09f): an auditor's pasted conditions (98.3 / 100 / 38 of 40 on the
  // session's start code) and a private-sector new hire's business words (95.0 / 96.8 / 39 of 40).
  ["dev68.jsonl", 0.85, 0.9, 0.9],
  ["dev69.jsonl", 0.85, 0.9, 0.9],
  // Probes 62 and 63 (run late on 0c4a1fb): a veteran's formal office Japanese (95.0 / 100 / 36 of 40 on the session's
  // start code) and residents' situations in everyday words (93.3 / 96.7 / 39 of 40).
  ["dev70.jsonl", 0.85, 0.9, 0.9],
  ["dev71.jsonl", 0.85, 0.9, 0.9],
  // Probes 64–67 (twenty-fifth session, on its start code 8b22043): a section chief's confirmations for council
  // answers (96.7 / 97.4 / 39 of 40 there), a voice input's unpunctuated kana (96.7 / 98.3 / 28), a staff member
  // outside the chapter (98.3 / 99.2 / 40), a veteran's full-width codes and older names (98.3 / 97.8 / 37).
  ["dev72.jsonl", 0.85, 0.9, 0.9],
  ["dev73.jsonl", 0.85, 0.9, 0.9],
  ["dev74.jsonl", 0.85, 0.9, 0.9],
  ["dev75.jsonl", 0.85, 0.9, 0.9],
  // Probes 68 and 69 (run mid-session on edea242): a coordinator's long threads (98.3 / 100 / 40 of 40 on the start
  // code) and a planning analyst's comparisons and aggregates (100 / 99.4 / 39).
  ["dev76.jsonl", 0.85, 0.9, 0.9],
  ["dev77.jsonl", 0.85, 0.9, 0.9],
  // Probes 70–73 (twenty-sixth session, on its start code c272640): a part-time clerk's phone typing (100 / 99.2 / 39 of
  // 40 there), a budget officer's checks (100 / 99.2 / 40), an engineer's IT words (98.3 / 100 / 39), a PR officer's
  // residents' words (100 / 99.6 / 40).
  ["dev79.jsonl", 0.85, 0.9, 0.9],
  ["dev80.jsonl", 0.85, 0.9, 0.9],
  ["dev81.jsonl", 0.85, 0.9, 0.9],
  // Probes 74 and 75 (run mid-session on ac56666): a facility manager (98.3 / 98.3 / 39 of 40 on the start code) and
  // a staff member pasting from the PDF (95.0 / 98.3 / 40).
  ["dev82.jsonl", 0.85, 0.9, 0.9],
  ["dev83.jsonl", 0.85, 0.9, 0.9],
  // Probes 76–78 (twenty-seventh session, on its start code 60a7771): a call-centre operator relaying residents
  // (91.7 / 99.2 / 40 of 40 there), Kansai speech (98.3 / 99.2 / 39), themes asked for whole (81.7 / 92.4 / 40).
  ["dev84.jsonl", 0.85, 0.9, 0.9],
  ["dev85.jsonl", 0.85, 0.9, 0.9],
  ["dev86.jsonl", 0.75, 0.85, 0.9],
  // Probe 79 (run mid-session on f5297f5): corrections in the thread (100 / 100 / 40 of 40 on 60a7771 too).
  ["dev87.jsonl", 0.85, 0.9, 0.9],
  // Probes 80–82 (twenty-eighth session, on its start code a63d5c0): a mayor's-office secretary asking for overviews
  // (100 / 100 / 40 of 40 there), a half-remembered name (98.3 / 99.4 / 39), a national and prefectural policy
  // vocabulary (98.3 / 96.2 / 38).
  ["dev88.jsonl", 0.85, 0.9, 0.9],
  ["dev89.jsonl", 0.85, 0.9, 0.9],
  ["dev90.jsonl", 0.85, 0.9, 0.9],
  // Probes 83 and 85 (run mid-session on 0ee87e4): a staff member asking what changes between years (96.7 / 99.2 / 38
  // of 40 on a63d5c0) and one writing Japanese as a second language (98.3 / 99.4 / 33 there).
  ["dev91.jsonl", 0.85, 0.9, 0.9],
  // Probe 84 (run mid-session on 0ee87e4): the chapter's structure — policies, initiatives, SDGs (98.3 / 99.2 / 38 of
  // 40 on a63d5c0).
  ["dev92.jsonl", 0.85, 0.9, 0.9],
  ["dev93.jsonl", 0.85, 0.9, 0.95],
  // Probes 86–91 (on e5a507d): answers asked in a shape (表で, 名前だけ), codes in every form staff type, what the plan
  // does not record (予算, 進捗), search-engine syntax (-臨時拡充, OR), several asks in one message, why and how. Start →
  // end: dev94 96.7 / 98.3 / 34 → 96.7 / 98.3 / 40; dev95 96.7 / 98.3 / 35 → 96.7 / 100 / 40; dev96 93.3 / 96.7 / 38 →
  // 98.3 / 98.3 / 40; dev97 96.7 / 100 / 32 → 98.3 / 100 / 38; dev98 66.7 / 96.1 / 39 → 85.0 / 96.9 / 39; dev99 100 / 100 /
  // 40 both.
  ["dev94.jsonl", 0.85, 0.9, 0.95],
  ["dev95.jsonl", 0.85, 0.9, 0.95],
  ["dev96.jsonl", 0.85, 0.9, 0.95],
  ["dev97.jsonl", 0.85, 0.9, 0.9],
  ["dev99.jsonl", 0.9, 0.95, 0.95],
  // Probes 92 and 94 (run mid-session on dfe652e): chat around the questions (emoji, 了解〜, 今日暑いね) and
  // departments by wrong or old names. dev100 98.3 / 98.3 / 39 on e5a507d → 100 / 100 / 40; dev102 98.3 / 98.1 / 37 →
  // 98.3 / 98.1 / 39.
  ["dev100.jsonl", 0.9, 0.95, 0.95],
  ["dev102.jsonl", 0.9, 0.95, 0.95],
  // Probes 95–98 (on c33ce2e): years relative to today (2年前, 去年度), long texts pasted (e-mails, forms, council
  // drafts), projects compared (どっちが先に終わる), and who benefits. Start → end: dev103 95.0 / 97.5 / 37 → 95.0 / 97.5 /
  // 40; dev104 90.0 / 94.2 / 39 → 93.3 / 97.5 / 39; dev105 100 / 100 / 37 → 100 / 99.6 / 38; dev106 96.7 / 97.9 / 38
  // both.
  ["dev103.jsonl", 0.9, 0.95, 0.95],
  ["dev104.jsonl", 0.9, 0.95, 0.95],
  ["dev105.jsonl", 0.95, 0.95, 0.9],
  ["dev106.jsonl", 0.9, 0.95, 0.9],
  // Probes 99 and 100 (run mid-session on 5441fa4): whether the plan has something at all (half of it absent, those
  // labelled exact with no project), and facts inside a project's 目的 or 内容. On c33ce2e → now: dev107 94.1 / 98.5 /
  // 61 of 66 both; dev108 96.7 / 100 / 40 both.
  ["dev107.jsonl", 0.9, 0.95, 0.9],
  ["dev108.jsonl", 0.9, 0.95, 0.95],
  // Probe 101 (run late in the session on 0f13cc8): counts and breakdowns, asked by a finance analyst. 96.7 / 99.4 / 36 of
  // 40 on c33ce2e → 96.7 / 99.4 / 37.
  ["dev109.jsonl", 0.9, 0.95, 0.85],
  ["dev110.jsonl", 0.9, 0.95, 0.85],
  ["dev111.jsonl", 0.9, 0.95, 0.85],
  ["dev112.jsonl", 0.85, 0.95, 0.85],
  ["dev113.jsonl", 0.9, 0.95, 0.85],
  ["dev114.jsonl", 0.9, 0.95, 0.85],
  ["dev115.jsonl", 0.9, 0.95, 0.85],
  // Probes 108 (a counter clerk relaying residents' words) and 109 (a section chief writing for a council session), run
  // early in the session on 605f89f.
  ["dev116.jsonl", 0.9, 0.95, 0.9],
  ["dev117.jsonl", 0.95, 0.95, 0.95],
  // Probes 110 (shorthand, English words, clipped katakana) and 111 (counts, comparisons and breakdowns for a report),
  // run mid-session on 29cf57b.
  ["dev118.jsonl", 0.95, 0.95, 0.95],
  ["dev119.jsonl", 0.9, 0.95, 0.95],
  // Probes 112 (a counter clerk typing fast on a phone, kana left unconverted), 113 (a planning section building tables
  // in threads, checking facts half remembered) and 114 (crisis management, far from the chapter), run at the start of
  // the thirty-third session on 1f40c60: 82.0 / 83.3 / 15 of 20, 66.7 / 63.5 / 26 of 42, 73.7 / 90.4 / 12 of 20.
  ["dev120.jsonl", 0.9, 0.9, 0.9],
  ["dev121.jsonl", 0.9, 0.9, 0.65],
  ["dev122.jsonl", 0.75, 0.9, 0.8], // exact 17 → 16 of 20 when idf stopped counting policy text in full (see POLICY_DF_SHARE)
  ["dev123.jsonl", 0.95, 0.95, 0.9],
  ["dev124.jsonl", 0.95, 0.95, 0.8],
  ["dev125.jsonl", 0.95, 0.95, 0.95],
  // Probes 118 (a council secretariat clerk in written register), 119 (English and katakana loanwords: status, owner,
  // deadline) and 120 (negations, comparisons, counts, いいえ answers), run at the start of the thirty-fifth session on
  // 632be10: 90.2 / 96.7 / 28 of 32, 81.8 / 84.1 / 13 of 18, 100 / 100 / 27 of 46.
  // At the session's end: 93.4 / 98.0 / 30 of 32, 88.6 / 90.0 / 18 of 18, 100 / 100 / 34 of 46.
  ["dev126.jsonl", 0.9, 0.95, 0.9],
  ["dev127.jsonl", 0.85, 0.85, 0.95],
  ["dev128.jsonl", 0.95, 0.95, 0.7],
  // Probes 121 (a counter passing on residents' words), 122 (a newcomer misremembering departments' names) and 123 (a
  // briefing on what projects are for), run at the start of the thirty-sixth session on af9b6e5: 85.1 / 92.3 / 9 of 10,
  // 95.8 / 97.4 / 42 of 59, 86.7 / 90.9 / 10 of 13.
  // At the session's end: 86.2 / 92.9 / 9 of 10, 96.8 / 97.4 / 48 of 59, 91.1 / 90.9 / 10 of 13.
  ["dev129.jsonl", 0.85, 0.9, 0.9],
  ["dev130.jsonl", 0.95, 0.95, 0.8],
  ["dev131.jsonl", 0.9, 0.9, 0.75],
  // Probes 124 (a section chief checking facts for the council), 125 (a phone between meetings: no punctuation, slips
  // of conversion) and 126 (staff of other departments describing their residents), run at the start of the
  // thirty-seventh session on 21969ad: 97.1 / 100 / 25 of 33, 99.1 / 98.8 / 36 of 40, 86.8 / 91.5 / 22 of 25.
  // At the session's end: 100 / 100 / 32 of 33, 99.1 / 98.8 / 38 of 40, 87.7 / 92.5 / 22 of 25.
  ["dev132.jsonl", 0.95, 0.95, 0.95],
  ["dev133.jsonl", 0.95, 0.95, 0.9],
  ["dev134.jsonl", 0.85, 0.9, 0.84], // exact 22 → 21 of 25, the same change
  // Probes 127 (a front desk's transfer typing in kana, unconverted), 128 (a budget section's shorthand: R6縮小分,
  // 所管課別件数, 終期) and 129 (the mayor's office's long polite messages on a theme), run at the start of the
  // thirty-eighth session on 4bdbbfb: 54.5 / 60.0 / 13 of 25, 100 / 100 / 35 of 59, 87.5 / 90.5 / 13 of 14.
  // At the session's end: 74.5 / 77.8 / 17 of 25, 100 / 100 / 48 of 59, 90.3 / 93.3 / 13 of 14.
  ["dev135.jsonl", 0.7, 0.75, 0.65],
  ["dev136.jsonl", 0.95, 0.95, 0.8],
  ["dev137.jsonl", 0.85, 0.9, 0.9],
  // Probes 130 (a council liaison comparing years and changes of direction), 131 (voice input on a phone: spoken
  // numbers, homophones, no punctuation) and 132 (a DX coordinator's jargon, English words and full-width letters), run
  // at the start of the thirty-ninth session on eab2c08: 100 / 100 / 26 of 58, 96.1 / 100 / 46 of 59, 82.9 / 82.9 /
  // 13 of 23. At the session's end: 100 / 100 / 42 of 58, 96.1 / 100 / 55 of 59, 82.9 / 82.9 / 16 of 23.
  ["dev138.jsonl", 0.95, 0.95, 0.7],
  ["dev139.jsonl", 0.9, 0.95, 0.9],
  ["dev140.jsonl", 0.8, 0.8, 0.65],
  // Probes 133 (a newcomer's everyday words), 134 (a counter clerk relaying residents) and 135 (a section chief's
  // multi-condition lists and counts), run at the start of the fortieth session on 12ea174: 72.7 / 85.9 / 13 of 20,
  // 90.9 / 98.9 / 11 of 18, 87.0 / 97.8 / 21 of 42. At the session's end: 77.3 / 90.5 / 18 of 20, 90.9 / 98.9 / 12 of
  // 18, 91.3 / 96.4 / 34 of 42.
  ["dev141.jsonl", 0.75, 0.9, 0.85],
  ["dev142.jsonl", 0.9, 0.95, 0.65],
  ["dev143.jsonl", 0.9, 0.95, 0.8],
  // Probes 136 (a budget analyst's counts and cross-checks), 137 (a smartphone typist's casual fragments) and 138 (a PR
  // writer's resident-facing asks), run at the start of the forty-first session on 1d00dfb: 84.6 / 84.6 / 35 of 55,
  // 90.4 / 94.2 / 17 of 20, 85.4 / 96.7 / 11 of 19. At the session's end: 84.6 / 84.6 / 44 of 55, 90.4 / 94.2 / 17 of
  // 20, 85.4 / 96.7 / 15 of 19.
  ["dev144.jsonl", 0.8, 0.8, 0.8],
  ["dev145.jsonl", 0.9, 0.9, 0.85],
  ["dev146.jsonl", 0.85, 0.95, 0.75],
  // Probes 139 (a counter clerk relaying residents' words), 140 (a new section chief's overviews) and 141 (a planning
  // officer's bundled, self-correcting messages), run at the start of the forty-second session on 95b0ffa: 90.0 / 95.5 /
  // 13 of 16, 100.0 / 100.0 / 29 of 47, 93.0 / 93.0 / 18 of 23. At the session's end: 94.0 / 97.5 / 15 of 16, 100.0 /
  // 100.0 / 31 of 47, 100.0 / 100.0 / 20 of 23.
  ["dev147.jsonl", 0.9, 0.95, 0.87], // exact 15 → 14 of 16, the same change
  ["dev148.jsonl", 0.95, 0.95, 0.65],
  ["dev149.jsonl", 0.95, 0.95, 0.85],
  // Probes 142 (a 高齢福祉課 member helping residents through life events) and 143 (things noticed around the city,
  // described), run at the start of the forty-third session on b4275f2: 70.3 / 94.1 / 12 of 13 and 84.6 / 95.7 / 13 of
  // 15. At the session's end: 73.0 / 94.1 / 12 of 13 and 87.2 / 98.3 / 13 of 15.
  ["dev150.jsonl", 0.7, 0.9, 0.9],
  ["dev151.jsonl", 0.85, 0.95, 0.85],
  // Probes 144 (a 財政課 member preparing budget hearings) and 145 (a front-desk newcomer relaying residents' words), run
  // at the start of the forty-fourth session on 0c9f940: 96.2 / 94.2 / 25 of 38 and 65.6 / 91.4 / 10 of 13; probes 146
  // (a 課長補佐 drafting council answers) and 147 (a terse systems engineer), run mid-session: 95.0 / 91.0 / 19 of 21 and
  // 75.0 / 94.4 / 18 of 21 on the start code. At the session's end: 96.2 / 94.2 / 31 of 38, 68.9 / 91.9 / 11 of 13,
  // 95.0 / 91.0 / 19 of 21 and 75.0 / 94.4 / 19 of 21. (Probe 144 labelled a project "ending" in the last year it is
  // listed, where the bot answers 完了 only and names the others in a note: its exact misses are mostly that choice.)
  ["dev152.jsonl", 0.95, 0.9, 0.8],
  ["dev153.jsonl", 0.65, 0.9, 0.8],
  ["dev154.jsonl", 0.9, 0.9, 0.9],
  ["dev155.jsonl", 0.7, 0.9, 0.9],
  // Probes 148 (a 資産経営課 member typing on a phone: hiragana, conversion slips, no particles) and 149 (a 市民課 counter
  // supervisor dictating by voice: kana years and codes, fillers, corrections), run at the start of the fiftieth
  // session on e3abc4e: 85.4 / 92.7 / 20 of 22 and 100 / 100 / 26 of 35. At the session's end: 85.4 / 92.7 / 21 of 22
  // and 100 / 100 / 30 of 35. (Probe 149's last 15 questions were written at what it had seen fail: no blind sample.)
  ["dev156.jsonl", 0.85, 0.9, 0.95],
  ["dev157.jsonl", 0.95, 0.95, 0.85],
  // Probes 150 (a 企画政策課 planner packing two asks into one message for a council report) and 151 (a second-year
  // 職員課 member in everyday office words), run at the start of the fifty-first session on 99881e6: 97.3 / 96.4 / 25 of 35
  // and 90.9 / 92.4 / 26 of 30. At the session's end: 97.3 / 96.4 / 32 of 35 and 90.9 / 92.4 / 28 of 30.
  ["dev158.jsonl", 0.95, 0.95, 0.9],
  ["dev159.jsonl", 0.9, 0.9, 0.9],
  // Probes 152 (a 情報政策課 member in IT words) and 153 (a 議会事務局 member, formal, counts for a memo), run at the start
  // of the fifty-second session on 08f6e9a: 88.6 / 91.4 / 24 of 31 and 96.3 / 93.5 / 23 of 25; at its end 29 and 24.
  ["dev160.jsonl", 0.85, 0.9, 0.9],
  ["dev161.jsonl", 0.9, 0.9, 0.9],
  // Probes 154 (a 危機管理課 member: negations, exclusions, comparisons) and 155 (a new 課長 stacking conditions in everyday
  // verbs), run at the start of the fifty-third session on 22ee301: 90.3 / 95.2 / 19 of 24 and 82.1 / 94.0 / 29 of 41;
  // probes 156 (a 広報担当 wanting each project in a line) and 157 (a 係長 numbering asks in one message), mid-session on
  // 81048ea: 86.0 / 94.3 / 17 of 17 and 86.2 / 100 / 20 of 26. At the session's end: 90.3 / 95.2 / 22, 82.1 / 94.0 / 35,
  // 90.0 / 94.3 / 17 and 86.2 / 100 / 23.
  ["dev162.jsonl", 0.85, 0.9, 0.9],
  ["dev163.jsonl", 0.8, 0.9, 0.85],
  ["dev164.jsonl", 0.85, 0.9, 0.95],
  ["dev165.jsonl", 0.8, 0.95, 0.85],
  // Probes 158 (総合案内 passing on citizens' own words) and 159 (a first-year member asking in everyday words and
  // analogies), run at the start of the fifty-fourth session on be91a3f: 80.0 / 89.8 / 13 of 18 and 82.2 / 79.8 / 14 of 16;
  // at its end 82.5 / 89.8 / 13 and the same.
  ["dev166.jsonl", 0.8, 0.85, 0.7],
  ["dev167.jsonl", 0.8, 0.75, 0.85],
  // Probes 160 (an auditor: direction changes, negations, counts, 逆に follow-ups) and 161 (a public-health nurse new to
  // city hall, residents' needs in everyday words), run at the fifty-fifth session's start on 9227cfb: 95.2 / 98.8 / 27 of
  // 44 and 73.7 / 89.0 / 17 of 18; at its end 95.2 / 98.8 / 37 of 44 and the same.
  ["dev168.jsonl", 0.9, 0.95, 0.8],
  ["dev169.jsonl", 0.7, 0.85, 0.9],
  // Probes 162 (a 市民相談 relayer: residents' words, confirmations of a department, follow-ups on years) and 163 (a busy
  // 係長 typing on a phone: IME slips, fragments, two asks), run at the fifty-sixth session's start on bfc7981: 93.2 / 98.5 /
  // 16 of 22 and 95.5 / 98.9 / 25 of 26; after the session's rules 93.2 / 98.5 / 18 of 22 and 97.7 / 100 / 26 of 26.
  ["dev170.jsonl", 0.9, 0.95, 0.8],
  ["dev171.jsonl", 0.95, 0.95, 0.95],
  // Probes 164 (a part-time 支所 counter worker: plain words, yes-or-no, それ/もう一個のほう) and 165 (a 課長 before a budget
  // hearing: comparisons, counts by department, shapes asked for), run mid-session on 6300756: 97.6 / 100 / 19 of 21 and
  // 100 / 100 / 34 of 35 (on the session's start code bfc7981 the same).
  ["dev172.jsonl", 0.95, 0.95, 0.9],
  ["dev173.jsonl", 0.95, 0.95, 0.95],
  // Probes 166 (a first-year staffer: kana, それ/さっきの, a senior addressed), 167 (a 議会事務局 主査 checking spans and
  // counts in long polite messages) and 168 (a 広報課 writer: residents' words, lists and counts), run at the fifty-
  // seventh session's start on ac3369a: 95.3 / 100 / 25 of 25, 100 / 100 / 32 of 32, 97.1 / 97.1 / 28 of 28.
  ["dev174.jsonl", 0.9, 0.95, 0.95],
  ["dev175.jsonl", 0.95, 0.95, 0.95],
  ["dev176.jsonl", 0.9, 0.95, 0.95],
  // Probes 169 (a 危機管理課 staffer typing fragments on a phone), 170 (a 財政課 analyst before budget hearings: years,
  // counts, directions) and 171 (a new 部長: long polite messages, a self-introduction first), run at the fifty-eighth
  // session's start on 83b9005: 100 / 95.4 / 29 of 29, 96.7 / 97.5 / 31 of 33, 92.3 / 96.6 / 23 of 23.
  ["dev177.jsonl", 0.95, 0.9, 0.95],
  ["dev178.jsonl", 0.9, 0.95, 0.9],
  ["dev179.jsonl", 0.9, 0.95, 0.95],
  // Probes 172 (a 議会事務局 clerk pasting councillors' questions and draft answers) and 173 (a young 市民課 counter
  // clerk typing on a phone: kana, slips, short forms), run at the fifty-ninth session's start on 76db1ef: 100 / 100 /
  // 21 of 23, 88.0 / 95.0 / 30 of 30.
  ["dev180.jsonl", 0.95, 0.95, 0.9],
  ["dev181.jsonl", 0.85, 0.9, 0.95],
  // Probes 174 (a 財政課 budget analyst, terse) and 175 (a 人事課 new hire: apologetic, vague, IME slips), run at the
  // sixtieth session's start on 7c595ff: 100 / 100 / 31 of 31, 96.2 / 98.7 / 23 of 23.
  ["dev182.jsonl", 0.95, 0.95, 0.95],
  ["dev183.jsonl", 0.9, 0.95, 0.95],
  // Probes 176 (a 危機管理課 staffer comparing two projects, casual, asides in （笑）) and 177 (a 企画部 課長補佐: noun-ended
  // fragments, 西暦 and 令6, short department names, several conditions in one line), run at the sixty-first session's
  // start on 11e9907: 90.0 / 97.5 / 27 of 29, 100 / 97.8 / 29 of 31.
  ["dev184.jsonl", 0.85, 0.95, 0.9],
  ["dev185.jsonl", 0.95, 0.95, 0.9],
  // Probes 178 (a young 広報課 writer: emoji, loanwords, PR purposes) and 179 (a 監査委員事務局 auditor: formal, negative
  // and double-negative questions, counts reconciled), run mid-session on ca1d985: 100 / 96.8 / 24 of 25, 100 / 100 /
  // 25 of 30.
  ["dev186.jsonl", 0.95, 0.95, 0.9],
  ["dev187.jsonl", 0.95, 0.95, 0.8],
  // Probes 180 (a 子育て支援課 staffer outside the chapter: everyday words, context first, the ask last) and 181 (a 再任用
  // senior: kanji numerals, 西暦 and 平成, older unit names, long compounds without particles), run at the sixty-second
  // session's start on 67c95b6: 100 / 93.7 / 11 of 11, 100 / 96.9 / 16 of 21.
  ["dev188.jsonl", 0.95, 0.9, 0.95],
  // Probes 182 (a 市民課 counter clerk relaying residents' words, in several short messages) and 183 (a 広聴 officer
  // summarising residents' opinions and requests), run mid-session on 18a887a: 95.8 / 97.9 / 8 of 8, 88.0 / 96.7 / 7 of 7;
  // 100 and 96.0 top-1 once どちらの課におつなぎすれば asks whose and 案内できる事業 where the asker sends someone.
  ["dev190.jsonl", 0.95, 0.95, 0.95],
  ["dev191.jsonl", 0.95, 0.95, 0.95],
  // Probes 184 (a 議会事務局 staffer relaying council members' questions in long formal memos: 〇〇議員より, spans and
  // two conditions, うち for そのうち) and 185 (a phone typist: half-width katakana, kana for kanji, loanwords, short
  // follow-ups), run at the sixty-third session's start on c9e0a53: 100 / 95.8 / 17 of 21, 95.8 / 98.6 / 9 of 9; 19 of
  // 184's 21 once 〇〇議員より, R3からR5までの間に and 新規または拡充で are read, 20 once 事業数が一番多いのは is a ranking.
  ["dev192.jsonl", 0.95, 0.95, 0.9],
  ["dev193.jsonl", 0.95, 0.95, 0.95],
  // Probe 186 (a new hire at a 支所 counter: everyday names for things, apologies, what words mean), run mid-session on
  // 24349aa: 95.0 / 100 / 11 of 12; 12 of 12 once 臨時拡充と拡充の違い says both meanings.
  ["dev194.jsonl", 0.95, 0.95, 0.95],
  // Probes 188 (a 人権・男女共生課 staffer: in-house names, her own unit's projects beside others') and 189 (a 市民協働推進課
  // liaison: community words, relative years past the plan, residents' words quoted), run mid-session on 8524c86: 90.5 /
  // 95.2 / 12 of 13, 100 / 98.3 / 12 of 12.
  ["dev196.jsonl", 0.9, 0.95, 0.9],
  ["dev197.jsonl", 0.95, 0.95, 0.95],
  // Probes 190 (a 情報システム課 engineer: jargon, codes, pushing back on answers) and 191 (a 秘書課 staffer: the mayor's
  // talking points, short summaries, quick yes-or-no checks), run late in the sixty-third session on 6ea7e9f:
  // 92.9 / 89.3 / 20 of 20, 100 / 98.1 / 14 of 14.
  ["dev198.jsonl", 0.9, 0.85, 0.95],
  ["dev199.jsonl", 0.95, 0.95, 0.95],
  // Probes 192 (a 広報課 staffer writing the city newsletter: residents' plain words, one-line explanations, what starts
  // or ends in a year) and 193 (a staffer moved from 福祉 or 教育: questions of other chapters, loanwords and romaji,
  // comparisons), run at the sixty-fourth session's start on a6524e6: 100 / 100 / 7 of 8, 95.0 / 91.0 / 12 of 13; 8 of
  // dev200's 8 once the newsletter named as where the answer goes (広報いばらきの特集で、) is no subject.
  ["dev200.jsonl", 0.95, 0.95, 0.95],
  ["dev201.jsonl", 0.9, 0.9, 0.9],
  // Probes 194 (a 総務課 staffer preparing council answers: policies and initiatives themselves, codes in full width and
  // spoken, counts checked twice) and 195 (a counter clerk using voice input: no punctuation, kana numbers, homophones),
  // run early in the sixty-fourth session on ed75b21 with a708839's changes: 91.7 / 100 / 22 of 22, 100 / 100 / 12 of 12.
  ["dev202.jsonl", 0.9, 0.95, 0.95],
  ["dev203.jsonl", 0.95, 0.95, 0.95],
  // Probe 196 (a 人事課 staffer: HR jargon, her own unit's projects, what changed from last year), run mid-session on
  // 9a0f368's code: 100 / 98.2 / 11 of 14; 12 of 14 once the plan's heading without its 等 (人事課の新規・拡充事業) is the
  // unit's whole list.
  ["dev204.jsonl", 0.95, 0.95, 0.85],
  // Probe 198 (a 市民課 counter supervisor retelling residents' calls and asking where to send them), run mid-session on
  // 296f947's code: 96.3 / 98.1 / 5 of 6.
  ["dev206.jsonl", 0.95, 0.95, 0.8],
  // Probes 200 (a 市民協働推進課 staffer: community words, 自治会, コミセン, えんがわ) and 201 (an auditor checking answers
  // are whole and consistent), run late in the sixty-fourth session on e9a2470's code: 94.4 / 90.7 / 12 of 14, 100 / 100
  // / 22 of 22.
  ["dev208.jsonl", 0.9, 0.9, 0.85],
  ["dev209.jsonl", 0.95, 0.95, 0.95],
  // Probes 202 (a 政策企画課 staffer mapping the plan to the SDGs) and 203 (a new 情報システム課 hire typing fast with IME
  // slips), run late in the session on 2c58a64's code: 100 / 91.7 / 19 of 28, 100 / 100 / 15 of 17; 22 of 28 once 目標17
  // and 17番 パートナーシップ are goals with no SDGs said, 17 of 17 once りんじ拡充 and 令和4粘土 are read.
  ["dev210.jsonl", 0.95, 0.9, 0.75],
  ["dev211.jsonl", 0.95, 0.95, 0.95],
  // Probes 204 (a 課長 asking for rankings and counts across the plan) and 205 (a consultant from outside the city, generic
  // names, business Japanese), run late in the session on 2e09210's code: 100 / 100 / 21 of 29, 95.7 / 96.1 / 8 of 11; 22
  // of 29 once どっちが完了多い？ gives each one's count and R7まで残る is 続く.
  ["dev212.jsonl", 0.95, 0.95, 0.75],
  ["dev213.jsonl", 0.9, 0.9, 0.7],
  ["blind.jsonl", 0.75, 0.9, 0.9],
  // Received after the changes and scored once: a floor against regressions, not a target.
  ["second.jsonl", 0.75, 0.9, 0.8],
  // Written blind and frozen at the start of the third session's work; its first score was 83.0 / 96.9 / 16 of 20.
  ["third.jsonl", 0.75, 0.9, 0.8],
  // Written blind and frozen at the start of the fifth session; its first score was 85.6 / 99.4 / 24 of 30.
  ["fourth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the end of the fifth session and scored once, after every change: 90.0 / 98.4 / 24 of 30.
  ["fifth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the sixth session; its first score, on the code it started from, was
  // 91.4 / 96.0 / 42 of 50.
  ["sixth.jsonl", 0.75, 0.9, 0.8],
  // Written blind during the sixth session and scored once at its end: 80.0 / 97.3 / 36 of 40.
  ["seventh.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the seventh session, frozen before it was scored; its first score, on the code
  // the session started from (e56cba4), was 88.9 / 96.6 / 35 of 40.
  ["eighth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone, begun before the eighth session's first change and frozen on arrival; its
  // first score, on the code the session started from, was 93.3 / 99.1 / 39 of 40.
  ["ninth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone during the eighth session, after its changes had begun; scored on the
  // session's start code and at its end: 84.3 / 97.7 / 29 of 30 both times.
  ["tenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone, begun before the ninth session's first change and frozen on arrival; its
  // first score, on the code the session started from (26e6b38), was 81.1 / 96.1 / 19 of 20.
  ["eleventh.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone during the ninth session (without sight of its changes), frozen on arrival;
  // first scored on the session's start code: 75.0 / 88.9 / 20 of 20. Its recall@5 is below issue #10's 90 % target
  // for set B, so the bar here is a floor against regressions (85 %), not the target.
  ["twelfth.jsonl", 0.75, 0.85, 0.8],
  // Written blind from the plan alone, begun before the tenth session's first change and frozen on arrival (after
  // that change, which left every other set as it was); first scored on the session's start code (7d9739c):
  // 86.3 / 92.7 / 38 of 39. Its long polite messages are below the bigram baseline.
  ["thirteenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone during the tenth session (without sight of its changes), frozen on arrival,
  // and scored only on the session's start code (90.4 / 95.4 / 35 of 39) and at its end (91.3 / 96.4 / 36 of 39).
  ["fourteenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the eleventh session, frozen before its first change, kept out
  // of the fixtures until its end, and scored only on its start code (1cea5c3: 84.3 / 95.3 / 44 of 50) and at its
  // end (85.1 / 96.1 / 44 of 50).
  ["fifteenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the twelfth session, frozen (sha256 3b926500…) before its first
  // change to the method, kept out of the fixtures until its end, and scored only on its start code (b5f483e:
  // 84.7 / 95.9 / 54 of 63) and at its end (86.5 / 95.9 / 55 of 63). Its long polite messages are below the bigram.
  ["seventeenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the thirteenth session, frozen (sha256 ef41087c…) before its
  // first change to the method, kept out of the fixtures until its end, and scored only on its start code (259a5b5:
  // 89.5 / 99.3 / 46 of 51) and at its end (91.2 / 99.3 / 46 of 51; 89.5 before a dict/ word chosen from dev33,
  // アンケート = 意識調査, was added while its totals were in view).
  ["eighteenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the fourteenth session, frozen (sha256 f02e0f92…) before its
  // first change to the method, kept out of the fixtures until its end, and scored only on its start code (ce8362c:
  // 91.9 / 97.6 / 71 of 73) and after the session's main work (aa0f0e9: 93.9 / 98.0 / 71 of 73); 94.6 at the end, after
  // one dict/ change decided on the tuned sets with its totals in view.
  ["nineteenth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the fifteenth session, frozen (sha256 f8528c45…) before its
  // first change to the method, kept out of the fixtures until its end, and scored only on its start code (03651bb:
  // 94.1 / 98.9 / 107 of 113) and at its end (the same).
  ["twentieth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the sixteenth session, frozen (sha256 d5327432…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (9658f80: 93.6 / 97.1 / 131 of 133) and at its end (93.6 / 97.2 / 131 of 133).
  ["twentyfirst.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the seventeenth session, frozen (sha256 60c7dfde…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (24b96f7: 93.0 / 97.3 / 164 of 166) and at its end (the same).
  ["twentysecond.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the eighteenth session, frozen (sha256 0c69ac8e…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (68e2cc3: 86.9 / 94.1 / 164 of 176) and at its end (88.0 / 94.6 / 166 of 176).
  ["twentythird.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the nineteenth session, frozen (sha256 963470b6…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (81134d8: 91.1 / 97.7 / 123 of 131) and at its end (91.1 / 97.7 / 128 of 131).
  ["twentyfourth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the twentieth session, frozen (sha256 89b53659…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (58b016c: 94.5 / 93.9 / 121 of 137) and at its end (94.5 / 94.6 / 124 of 137).
  ["twentyfifth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the twenty-first session, frozen (sha256 8df6e9f3…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (07fa667 — and 00d9c08, the same results: 93.9 / 98.4 / 115 of 121) and at its end (the same).
  ["twentysixth.jsonl", 0.75, 0.9, 0.8],
  // Written blind from the plan alone at the start of the twenty-second session, frozen (sha256 86821db2…) before its
  // first change to the method, kept out of the fixtures until its end, and scored by its path without its misses,
  // on its start code (4835a06: 90.2 / 94.6 / 144 of 154) and at its end (the same).
  ["twentyseventh.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-third session, frozen (d951dec3…), scored by its path until the end:
  // 91.0 / 96.4 / 192 of 203 on the start code (0f0c3f6), 91.8 / 96.2 / 194 of 203 at the end.
  ["twentyeighth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-fourth session, frozen (bbd8da47…), scored by its path until the end:
  // 93.5 / 98.2 / 198 of 209 on the start code (cd39c0d), 93.2 / 98.6 / 198 of 209 at the end.
  ["twentyninth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-fifth session, frozen (33000073…), scored by its path until the end:
  // 87.4 / 95.8 / 210 of 221 on the start code (8b22043), 87.4 / 95.9 / 209 of 221 at the end.
  ["thirtieth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-sixth session, frozen (f40617c9…), scored by its path until the end:
  // 91.3 / 99.1 / 184 of 195 on the start code (c272640), and the same at the end.
  ["thirtyfirst.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-seventh session, frozen (b2226d78…), scored by its path until the end:
  // 92.1 / 98.2 / 212 of 222 on the start code (60a7771), and the same at the end.
  ["thirtysecond.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-eighth session, frozen (fb56c977…), scored by its path until the end:
  // 93.2 / 98.7 / 194 of 209 on the start code (a63d5c0), 93.2 / 98.7 / 196 of 209 at the end.
  ["thirtythird.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the twenty-ninth session, frozen (519bdd74…), scored by its path until the end:
  // 93.0 / 98.3 / 189 of 207 on the start code (e5a507d), and the same at the end.
  ["thirtyfourth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the thirtieth session, frozen (22e8d1b2…), scored by its path until the end:
  // 92.9 / 97.7 / 203 of 212 on the start code (c33ce2e), and the same at the end.
  ["thirtyfifth.jsonl", 0.75, 0.9, 0.8],
  // Written blind at the start of the thirty-first session, frozen (0a1c6372…), scored by its path until the end:
  // 89.5 / 97.5 / 183 of 195 on the start code (4eecd02), 89.2 / 97.5 / 183 of 195 at the end.
  ["thirtysixth.jsonl", 0.75, 0.9, 0.8],
  ["thirtyseventh.jsonl", 0.85, 0.95, 0.85],
  // Written blind at the start of the thirty-third session, frozen (c64bdef7…), scored by its path until the end:
  // 92.6 / 97.9 / 260 of 277 on the start code (1f40c60), and the same at the end.
  ["thirtyeighth.jsonl", 0.85, 0.95, 0.9],
  // Written blind at the start of the thirty-fourth session, frozen (f474937e…), scored by its path until the end:
  // 92.2 / 98.3 / 199 of 220 on the start code (d912be0), 92.2 / 98.3 / 200 of 220 at the end.
  ["thirtyninth.jsonl", 0.85, 0.95, 0.85],
  // Written blind at the start of the thirty-fifth session, frozen (2fc059a6…), scored by its path until the end:
  // 90.7 / 97.7 / 216 of 224 on the start code (632be10), and the same at the end.
  ["fortieth.jsonl", 0.85, 0.95, 0.9],
  // Written blind at the start of the thirty-sixth session, frozen (52770ed5…), scored by its path until the end:
  // 90.9 / 97.8 / 225 of 239 on the start code (af9b6e5), and the same at the end.
  ["fortyfirst.jsonl", 0.85, 0.95, 0.9],
  // Written blind at the start of the thirty-seventh session, frozen (ce4eb814…), scored by its path until the end:
  // 93.5 / 97.8 / 192 of 203 on the start code (21969ad), and the same at the end.
  ["fortysecond.jsonl", 0.9, 0.95, 0.9],
  ["fortythird.jsonl", 0.9, 0.95, 0.9],
  ["fortyfourth.jsonl", 0.9, 0.95, 0.85],
  // Written blind at the start of the fortieth session, frozen (c8cce02b…): 90.9 / 97.9 / 227 of 242 on the start code
  // (12ea174), and the same at the end.
  ["fortyfifth.jsonl", 0.9, 0.95, 0.9],
  // Written blind at the start of the forty-first session, frozen (5471d50b…): 92.6 / 97.6 / 245 of 256 on the start
  // code (1d00dfb), and the same at the end.
  ["fortysixth.jsonl", 0.9, 0.95, 0.9],
  // Written blind at the start of the forty-second session, frozen (a459049c…): 91.4 / 97.0 / 188 of 197 on the start
  // code (95b0ffa), and the same at the end.
  ["fortyseventh.jsonl", 0.9, 0.95, 0.9],
  // Written blind at the start of the forty-third session and frozen: 84.4 / 95.9 / 237 of 259 at the start (b4275f2),
  // 84.7 / 95.9 / 237 of 259 at the end.
  ["fortyeighth.jsonl", 0.8, 0.95, 0.9],
  // Written blind at the start of the forty-fourth session and frozen (806decff…): 84.6 / 94.3 / 254 of 278 at the start
  // (0c9f940), and the same at the end.
  ["fortyninth.jsonl", 0.8, 0.9, 0.9],
  ["fiftieth.jsonl", 0.7, 0.85, 0.9],
  // Written blind at the start of the fifty-first session and frozen (69987988…): 85.2 / 95.5 / 215 of 246 at the start
  // (99881e6), and the same at the end.
  ["fiftyfirst.jsonl", 0.8, 0.9, 0.85],
  // The fifty-second session's blind set (sha256 f711e466…), frozen before any change was measured on it: 87.0 / 95.6 /
  // 242 of 253 at its start and its end.
  ["fiftysecond.jsonl", 0.82, 0.9, 0.9],
  // The fifty-third session's blind set (sha256 0ae8baee…), frozen before any change was measured on it: 83.5 / 95.6 /
  // 226 of 239 at its start (22ee301) and its end.
  ["fiftythird.jsonl", 0.8, 0.9, 0.9],
  // The fifty-fourth session's blind set (sha256 1a6e26bf…), frozen before any change was measured on it: 79.8 / 94.7 /
  // 247 of 260 at its start (be91a3f), 80.4 / 94.4 / 247 at its end.
  ["fiftyfourth.jsonl", 0.75, 0.9, 0.9],
  // The fifty-fifth session's blind set (sha256 dad6c00b…), frozen before any change was measured on it: 89.3 / 95.7 /
  // 235 of 261 at its start (9227cfb) and its end.
  ["fiftyfifth.jsonl", 0.85, 0.9, 0.85],
  // The fifty-sixth session's blind set (sha256 f9fe505e…), frozen before any change was measured on it: 92.9 / 98.0 /
  // 213 of 233 at its start (bfc7981) and its end.
  ["fiftysixth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the fifty-seventh session's start (sha256 b7d5cf81…): 95.1 / 98.1 / 216 of 234, the same at its end.
  ["fiftyseventh.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the fifty-eighth session's start (sha256 6cdf1038…): 96.9 / 98.5 / 214 of 231, the same
  // at its end.
  ["fiftyeighth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the fifty-ninth session's start (sha256 945f4541…): 93.6 / 98.1 / 235 of 250, the same
  // at its end.
  ["fiftyninth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixtieth session's start (sha256 ccd7ff3d…): 93.4 / 98.2 / 215 of 226, the same at
  // its end.
  ["sixtieth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixty-first session's start (sha256 a09e26f9…): 91.4 / 97.4 / 228 of 237, the same
  // at its end.
  ["sixtyfirst.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixty-second session's start (sha256 b1f6e823…): 96.0 / 99.3 / 261 of 276, the same
  // at its end.
  ["sixtysecond.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixty-third session's start (sha256 90e9d53d…): 93.5 / 97.8 / 276 of 300, the same
  // at its end.
  ["sixtythird.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixty-fourth session's start (sha256 683a5c36…): 93.6 / 98.3 / 269 of 293 on a6524e6.
  ["sixtyfourth.jsonl", 0.9, 0.95, 0.9],
  ["sixtyfifth.jsonl", 0.9, 0.95, 0.85],
  // Written blind and frozen at the sixty-sixth session's start (sha256 23f79850…): 91.8 / 97.7 / 276 of 290 on 1a5b25b,
  // the same at its end.
  ["sixtysixth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the sixty-seventh session's start (sha256 77fb0719…): 95.0 / 98.8 / 245 of 277 on 47d11dd.
  ["sixtyseventh.jsonl", 0.9, 0.95, 0.85],
  // Written blind and frozen at the sixty-eighth session's start (sha256 3a6b7e2c…): 94.4 / 98.5 / 286 of 318 on f4f5069.
  ["sixtyeighth.jsonl", 0.9, 0.95, 0.85],
  // Written blind and frozen at the sixty-ninth session's start (sha256 a62aea44…): 93.3 / 98.5 / 291 of 313 on 023bca8.
  ["sixtyninth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the seventieth session's start (sha256 3368ff8a…): 93.7 / 98.0 / 279 of 295 on c331604.
  ["seventieth.jsonl", 0.9, 0.95, 0.9],
  // Written blind and frozen at the seventy-first session's start (sha256 fd22ee2e…): 84.6 / 92.4 / 327 of 335 on 7a184b9.
  ["seventyfirst.jsonl", 0.8, 0.9, 0.9],
  // Written blind and frozen at the seventy-second session's start (sha256 20c4f2ea…): 86.0 / 93.5 / 303 of 310 on cb99aec.
  ["seventysecond.jsonl", 0.8, 0.9, 0.9],
  // Written blind and frozen at the seventy-third session's start (sha256 76b15c2b…): 82.4 / 91.5 / 356 of 367 on 1c5b8c7.
  ["seventythird.jsonl", 0.8, 0.9, 0.9],
  // Written blind and frozen at the seventy-fourth session's start (sha256 0134ec45…): 85.4 / 95.8 / 291 of 340 on 319f6be.
  ["seventyfourth.jsonl", 0.8, 0.9, 0.8],
  // Written blind and frozen at the seventy-fifth session's start (sha256 97f8e87c…): 81.6 / 92.7 / 330 of 352 on c031587.
  ["seventyfifth.jsonl", 0.8, 0.9, 0.9],
  // Written blind and frozen at the seventy-sixth session's start (sha256 b22d7f77…): 87.8 / 95.7 / 294 of 308 on 7bdeee7.
  ["seventysixth.jsonl", 0.8, 0.9, 0.9],
  // The seventy-seventh session's blind set (654 questions): 79.8 / 90.4 / 324 of 333 on b3c2130, at the session's start.
  ["seventyseventh.jsonl", 0.7, 0.9, 0.9],
  // The seventy-eighth session's blind set (701 questions): 95.3 / 98.0 / 316 of 358 on 7360ff6, at the session's start.
  ["seventyeighth.jsonl", 0.9, 0.95, 0.85],
  // The seventy-ninth session's blind set (675 questions): 94.0 / 97.6 / 285 of 326 on 29b439f, at the session's start.
  ["seventyninth.jsonl", 0.9, 0.95, 0.85],
  // The eightieth session's blind set (788 questions): 93.9 / 98.7 / 403 of 430 on 743ef91, at the session's start.
  ["eightieth.jsonl", 0.9, 0.95, 0.9],
  // The eighty-first session's blind set (715 questions): 94.5 / 98.4 / 322 of 353 on 1b3d2d2, at the session's start.
  ["eightyfirst.jsonl", 0.9, 0.95, 0.9],
  // The eighty-second session's blind set (743 questions): 95.1 / 98.8 / 315 of 375 on b48bb57, at the session's start.
  ["eightysecond.jsonl", 0.9, 0.95, 0.8],
  // The eighty-third session's blind set (746 questions): 90.9 / 98.0 / 338 of 385 on 150cc9a, at the session's start.
  ["eightythird.jsonl", 0.85, 0.95, 0.85],
  ["eightyfourth.jsonl", 0.85, 0.95, 0.85],
  // The eighty-fifth session's blind set (681 questions): 92.4 / 98.9 / 289 of 341 on 228727e, at the session's start.
  ["eightyfifth.jsonl", 0.85, 0.95, 0.8],
  // The eighty-sixth session's blind set (673 questions): 90.8 / 96.4 / 286 of 326 on 313d960, at the session's start.
  ["eightysixth.jsonl", 0.85, 0.95, 0.85],
  // The eighty-seventh session's blind set (665 questions): 91.5 / 98.5 / 286 of 325 on a21870e, at the session's start.
  ["eightyseventh.jsonl", 0.85, 0.95, 0.85],
  // The eighty-eighth session's blind set (672 questions): 88.2 / 96.4 / 283 of 325 on d6b69d6, at the session's start.
  ["eightyeighth.jsonl", 0.85, 0.95, 0.85],
  // The eighty-ninth session's blind set (685 questions): 89.0 / 97.1 / 287 of 331 on 6d14aa0, at the session's start.
  ["eightyninth.jsonl", 0.85, 0.95, 0.85],
  // The ninetieth session's blind set (671 questions): 88.6 / 96.6 / 293 of 330 on 0167dc0, at the session's start.
  ["ninetieth.jsonl", 0.85, 0.95, 0.85],
])("evaluation on %s", (file, top1, recall5, exact) => {
  it(`reaches top-1 ≥ ${top1 * 100}%, recall@5 ≥ ${recall5 * 100}%, exact sets ≥ ${exact * 100}%`, async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.top1).toBeGreaterThanOrEqual(top1);
    expect(summary.recall5).toBeGreaterThanOrEqual(recall5);
    expect(summary.exactRight / summary.exactCount).toBeGreaterThanOrEqual(exact);
  });

  it("is never below the character-bigram baseline", async () => {
    expect(belowBaseline((await scoreOurs(file)).summary, scoreBaseline(file).summary)).toEqual([]);
  });
});

// A set below the bigram baseline on one figure, held to that shortfall exactly (no wider, and a test to update when
// it closes): probe 70's phone typing (dev78), where the bigram reaches one more borderline project of a long polite
// message into the first five (recall@5 99.2 against 99.4, on the start code c272640 and at the session's end).
// Probe 90's several asks in one message (dev98): a yes or no of one year about a project not listed then (「マイナンバーの
// やつってR5もあるんだっけ？」) is the exact empty answer issue #10 asks for, the project named in a note, not a card — recall 0
// for it, where the bigram shows five; and 「…はある？R6以降も続く？」 keeps the one listed then (on e5a507d: 96.1 against
// 99.6; at the thirty-second session's end 96.9; 97.5 since the projects named under a note of none count as shown, 98.1
// since the occasion one heard something at is no subject).
describe.each([
  ["dev78.jsonl", 0.85, 0.9, 0.9, ["recall@5 99.2% < bigram 99.4%"]],
  ["dev98.jsonl", 0.8, 0.9, 0.95, ["recall@5 98.1% < bigram 99.6%"]],
  // Probe 93's claims to check (dev101, run mid-session on dfe652e): 90.0 / 87.1 / 38 on e5a507d → 100 / 98.3 / 39; a
  // polite message asking whether a year's direction is 拡充 shows the one project, where the bigram shows five.
  ["dev101.jsonl", 0.9, 0.95, 0.95, ["recall@5 98.3% < bigram 98.8%"]],
  // Probe 181's (dev189, on 67c95b6 and since): 「Ｗｉ－Ｆｉ環境整備関係の事業」 — 環境 is in as many projects as Wi-Fi,
  // so two that hold 環境 and 整備 (端末環境の整備, 庁内環境を整備) rank above two that hold Wi-Fi alone, where the bigram
  // counts Wi-Fi's four bigrams. Telling 環境整備 for a light word of the compound would take a rule of Japanese compounds
  // the search does not have: weighing a project's coverage by it cost 1–8 points of top-1 and recall on every set.
  ["dev189.jsonl", 0.95, 0.95, 0.95, ["recall@5 96.9% < bigram 98.5%"]],
  // Probe 187's (dev195, a budget analyst, run mid-session on 24349aa: 100 / 89.4 / 18 of 21; 20 of 21 once rankings in
  // other word orders and 事業数が一番多いのは name the unit): two yes-or-no questions of one named project in one year
  // (「ふるさと納税の事業って昨年度も載ってた？」「マイナンバーカードの普及促進はR5も予算つく？」) are answered いいえ with that
  // project alone, as issue #10 asks; their labels also list related projects (the probe itself reported them as label
  // errors), which the bigram's five reach.
  ["dev195.jsonl", 0.95, 0.85, 0.95, ["recall@5 89.4% < bigram 100.0%"]],
  // Probe 197's (dev205, a planner checking the plan's consistency, run mid-session on 9a0f368's code: 100 / 87.5 / 24 of
  // 29; 27 of 29 once 一度も載ってない, 出てこなくなる and 完了って書かれない are read as denials): its four ranked questions
  // include 「市民会館跡地のハードの事業、…R3R4は何になってます？」, labelled with the 周辺整備 project too, which the probe
  // itself reported as wrong (the asker said ハード); the bigram's five reach it.
  ["dev205.jsonl", 0.95, 0.85, 0.9, ["recall@5 87.5% < bigram 100.0%"]],
  // Probe 199's (dev207, a 財産活用課 facilities engineer, run mid-session on 296f947's code: 95.2 / 95.2 / 11 of 11):
  // 「予防保全の考え方で公共施設を維持管理していく事業は…施設所管課への支援も含めて知りたいです。」 — a compound the plan
  // lacks (予防保全) split, its modifier found in another policy's text (DVの予防啓発), and the second sentence's words
  // (施設, 支援) taken for the ask; and 長寿命化, written in one project only, found no related ones the probe labelled.
  ["dev207.jsonl", 0.9, 0.9, 0.95, ["recall@5 95.2% < bigram 96.8%"]],
  // Probe 206's (dev214, a staffer tracking the plans and guidelines projects draft or revise, run late in the session on
  // 5fdd582's code with the changes after it: 95.0 / 89.4 / 11 of 12; 12 of 12 once a project's full name before 以外 is
  // left out): 計画 as a kind of document is no word the search weighs (it is in every project's heading), and 「方針や計画の
  // 策定」 finds those holding both; the probe itself reported three of its labels as too broad.
  ["dev214.jsonl", 0.9, 0.85, 0.95, ["recall@5 89.4% < bigram 91.1%"]],
  // Probe 207's (dev215, a staffer writing Slack in mixed Japanese and English — pls, FY2021, numbered asks —, same code:
  // 100 / 98.1 / 15 of 16): 「市民会館跡地のやつって何件ある？」 is labelled with 7-2#5 too, which the probe itself reported as
  // wrong (the two 跡地 projects answer); the bigram's five reach it.
  ["dev215.jsonl", 0.95, 0.95, 0.9, ["recall@5 98.1% < bigram 98.9%"]],
  // Probe 208's (dev216, a 議会事務局 staffer relaying council members' questions; the sixty-fifth session: 94.4 / 92.2 / 14 of 14 at the session's end).
  ["dev216.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 209's (dev217, a veteran staffer typing old-fashioned formal Japanese (旧字体, 候文, kanji numerals); the sixty-fifth session: 93.8 / 98.4 / 17 of 19 at the session's end).
  ["dev217.jsonl", 0.9, 0.95, 0.85, []],
  // Probe 210's (dev218, a 財政課 analyst tracking how directions change year to year; the sixty-fifth session: 100.0 / 100.0 / 21 of 26 at the session's end).
  ["dev218.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 211's (dev219, a new hire who knows neither codes nor unit names; the sixty-fifth session: 100.0 / 93.9 / 10 of 10 at the session's end).
  ["dev219.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 212's (dev220, a 市民生活相談課 counter staffer retelling residents' needs; the sixty-fifth session: 82.6 / 94.2 / 8 of 9 at the session's end).
  ["dev220.jsonl", 0.8, 0.9, 0.85, []],
  // Probe 213's (dev221, a staffer typing telegraphic fragments in threads; the sixty-fifth session: 100.0 / 100.0 / 14 of 15 at the session's end).
  ["dev221.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 214's (dev222, a 情報システム課 engineer asking about IT; the sixty-fifth session: 95.8 / 94.2 / 11 of 11 at the session's end):
  // 「システム更新の事業はどれ？」 reads IT jargon in its everyday sense (更新 of facilities, システム matching 制度), never the
  // plan's 再構築; and 「ネットワーク環境を整備する事業」 lets the generic nouns (環境, 整備) outrank the Wi-Fi projects a synonym
  // finds. The bigram's five reach both.
  ["dev222.jsonl", 0.95, 0.9, 1.0, ["recall@5 94.2% < bigram 98.3%"]],
  // Probe 215's (dev223, a staffer saying years relative to today (December 2026); the sixty-fifth session: 100.0 / 100.0 / 24 of 24 at the session's end).
  ["dev223.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 216's (dev224, a staffer describing projects in plain everyday words; the sixty-fifth session: 100.0 / 95.5 / 6 of 8 at the session's end).
  ["dev224.jsonl", 1.0, 0.95, 0.75, []],
  // Probe 217's (dev225, a neighbouring city's planner asking in general administrative terms; the sixty-fifth session: 100.0 / 94.6 / 4 of 6 at the session's end).
  ["dev225.jsonl", 1.0, 0.9, 0.6, []],
  // Probe 218's (dev226, a staffer writing in Kansai dialect; the sixty-sixth session: 100.0 / 100.0 / 14 of 14).
  ["dev226.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 219's (dev227, a 企画 staffer checking claims with yes/no questions and exclusions; the sixty-sixth session:
  // 100.0 / 93.8 / 19 of 24 at its start, 20 of 24 at its end): 「コミュニティセンターのWi-Fiの事業って市民協働推進課だよね？財産活用課じゃないよね？」 reads
  // 財産活用課じゃない as leaving it out, and 「縮小の事業って映画のやつ以外にもある？」 answers the film project itself; the
  // bigram's five reach the sets those miss.
  ["dev227.jsonl", 1.0, 0.9, 0.8, ["recall@5 93.8% < bigram 100.0%"]],
  // Probe 220's (dev228, a 行政経営 staffer thinking in periods and timing; the sixty-sixth session: 100.0 / 100.0 / 13 of 22
  // at its start, 17 of 22 at its end).
  ["dev228.jsonl", 1.0, 1.0, 0.75, []],
  // Probe 221's (dev229, a busy 課長補佐 packing several asks into one message; the sixty-sixth session: 100.0 / 94.9 / 18
  // of 18 at its start, 100.0 / 100.0 / 18 of 18 once three subjects said each were answered each).
  ["dev229.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 222's (dev230, a 政策評価 staffer asking what projects do and for whom; the sixty-sixth session: 81.5 / 82.8 / 4
  // of 4): 高齢者, 市民団体 and 〜を対象にした rank poorly (a rule reading 高齢者 as 高齢 cost 22 other sets an exact answer).
  ["dev230.jsonl", 0.8, 0.8, 1.0, []],
  // Probe 223's (dev231, a 危機管理課 staffer looking for cross-cutting themes; the sixty-sixth session: 95.2 / 94.4 / 7 of
  // 10): alternatives said with や (コロナや感染症対策) are read as both (a rule reading them as either cost never-mined
  // sets two exact answers and was dropped).
  ["dev231.jsonl", 0.95, 0.9, 0.7, []],
  // Probe 224's (dev232, a staffer typing mostly in hiragana; the sixty-sixth session: 89.5 / 94.7 / 15 of 20 at its
  // start, 18 of 20 once 事業, 方向性, かわる and あつかい in kana were read).
  ["dev232.jsonl", 0.85, 0.9, 0.9, []],
  // Probe 225's (dev233, a 企画政策課 staffer asking for lists in a shape; the sixty-sixth session: 100.0 / 95.8 / 25 of
  // 26 at its start, 26 of 26 at its end): 「公共施設の保全とか最適化の事業」 ranks 情報システムの全体最適化 among the answers by 最適化 alone, and 公共施設保全
  // 事業 only related; the bigram's five reach it.
  ["dev233.jsonl", 1.0, 0.95, 1.0, ["recall@5 95.8% < bigram 100.0%"]],
  // Probe 226's (dev234, a staffer whose messages carry Slack's markup; the sixty-sixth session: 87.5 / 93.8 / 13 of 16 at
  // its start, 15 of 16 once the markup was taken off and 条件 read as framing): a quoted request with the story of who said it
  // (「> 口座振替の…」と窓口で市民の方からご要望を) searches the story's 窓口 and 要望 as the subject; the bigram's five reach it.
  ["dev234.jsonl", 0.85, 0.9, 0.9, ["recall@5 93.8% < bigram 94.6%"]],
  // Probe 227's (dev235, a staffer comparing named projects and departments; the sixty-sixth session: 87.0 / 93.5 / 9 of
  // 10): two projects asked 同じ課？ or どっち answer one, and a comparison in a fragment (…長く続くほう) is not read; the
  // bigram's five reach both named.
  ["dev235.jsonl", 0.85, 0.9, 0.9, ["recall@5 93.5% < bigram 100.0%"]],
  // Probe 228's (dev236, a staffer writing in respectful keigo and the office's words for ownership (主管課, 係, 窓口はどちら); the sixty-seventh session: 100.0 / 100.0 / 13 of 13).
  ["dev236.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 229's (dev237, a staffer asking about the plan's structure (施策 and 取組 names, 2つ目の取組, 取組のうち事業がないもの); the sixty-seventh session: 100.0 / 100.0 / 23 of 25 at its start, 25 of 25 once initiatives were read).
  ["dev237.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 230's (dev238, a new hire asking what the plan's terms mean (臨時拡充って何？, R3って何年？); the sixty-seventh session: 100.0 / 97.7 / 19 of 22 at its start, 20 of 22 once a year's name was explained, 21 once one's reading of a direction checked was read as its meaning asked).
  ["dev238.jsonl", 0.95, 0.95, 0.9, []],
  // Probe 231's (dev239, a staffer describing projects by the change they make for people (待ち時間が減る, 家から手続きできる); the sixty-seventh session: 89.3 / 81.5 / 4 of 6).
  ["dev239.jsonl", 0.85, 0.8, 0.65, []],
  // Probe 232's (dev240, a staffer seconded from a company, writing katakana jargon (クローズ, ローンチ, フェーズ, アサイン); the sixty-seventh session: 89.5 / 98.7 / 4 of 13 at its start, 100.0 / 98.7 / 13 of 13 once its words for a project's phases were read).
  ["dev240.jsonl", 0.95, 0.95, 1.0, []],
  // Probe 233's (dev241, a staffer naming projects by everyday things (鍵, 部屋, 冊子, 建物の壁); the sixty-seventh session: 92.3 / 94.2 / 2 of 5).
  ["dev241.jsonl", 0.9, 0.9, 0.4, []],
  // Probe 234's (dev242, a staffer asking whether the plan has something (〜ってある？, 〜やってないよね？); the sixty-seventh session: 100.0 / 100.0 / 6 of 10).
  ["dev242.jsonl", 1.0, 1.0, 0.6, []],
  // Probe 235's (dev243, a staffer narrowing a vague first answer in follow-ups (その中で, 上のやつ, 最初に出てきたの); the sixty-seventh session: 94.1 / 88.2 / 15 of 15).
  ["dev243.jsonl", 0.9, 0.85, 1.0, []],
  // Probe 236's (dev244, a 財政課 staffer asking exact sets with two or three conditions and ranges; the sixty-seventh
  // session: 100.0 / 100.0 / 31 of 31).
  ["dev244.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 237's (dev245, a staffer asking about money in everyday words; the sixty-seventh session: 91.3 / 89.6 / 7 of 9;
  // the seventy-third: 87.0 — dict/related.txt's 行財政改革 = ムダ reads 「システムにかけるお金をむだにしない」 as 行革).
  ["dev245.jsonl", 0.85, 0.85, 0.75, []],
  // Probe 238's (dev246, a 企画 staffer looking at trends across the plan's years; the sixty-seventh session: 100.0 / 100.0
  // / 19 of 29 at its start, 22 of 29 once a count's 増減 and 変化 were read as its 推移): 前年度より多い is not read.
  ["dev246.jsonl", 1.0, 1.0, 0.75, []],
  // Probe 239's (dev247, a staffer retelling projects' purposes in her own words; the sixty-seventh session: 96.8 / 96.8 / 2
  // of 2 at its start, 100.0 / 100.0 once 何年度まで続くか and what a project is not were read).
  ["dev247.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 240's (dev248, a 支所 counter staffer relaying older residents' plain words; the sixty-seventh session: 100.0 /
  // 100.0 / 3 of 5 at its start, 5 of 5 once サービス and しもた were read).
  ["dev248.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 241's (dev249, a staffer working through a checklist in one thread; the sixty-seventh session: 100.0 / 100.0 / 9
  // of 9).
  ["dev249.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 242's (dev250, a 広報 staffer calling projects by catchy titles of her own; the sixty-seventh session: 100.0 /
  // 100.0 / 11 of 11).
  ["dev250.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 243's (dev251, a staffer asking about places and facilities; the sixty-seventh session: 96.2 / 98.7 / 6 of 6):
  // 駅 alone does not find JR茨木駅 (the plan's 駅 is a suffix the analyzer drops), and 市民会館跡地 is read as its
  // department.
  ["dev251.jsonl", 0.95, 0.95, 1.0, []],
  // Probe 244's (dev252, a staffer comparing projects across years; the sixty-eighth session: 100.0 / 100.0 / 10 of 18):
  // 前年度 and 去年 beside a year are counted from the present, not from that year, and 〜ずに (without) is not read.
  ["dev252.jsonl", 1.0, 1.0, 0.55, []],
  // Probe 245's (dev253, a section chief narrowing in terse follow-ups; the sixty-eighth session: 100.0 / 95.8 / 13 of
  // 13): 市民会館跡地 is read as its department, and 公共施設の老朽化対策として is dropped as the asker's occasion.
  ["dev253.jsonl", 1.0, 0.95, 1.0, ["recall@5 95.8% < bigram 97.5%"]],
  // Probe 246's (dev254, a staffer explaining projects to residents in long messages; the sixty-eighth session: 95.5 / 95.5
  // / 11 of 11): a second sentence asking what else the subject serves (〜にも使えるか知りたい) is read as the question.
  ["dev254.jsonl", 0.95, 0.95, 1.0, []],
  // Probe 247's (dev255, a staffer checking half-remembered facts; the sixty-eighth session: 88.5 / 88.5 / 8 of 9 at its
  // start, 9 of 9 once a year's name checked with 合ってる was read): a code guessed wrong (〜って施策7-7だったっけ？) is
  // read as the scope searched, not a claim to check — below the bigram's top-1 and recall@5.
  // (96.2 / 96.2 once a code offered to be confirmed was checked: still below the bigram's 100.0 / 98.1; recall@5 98.1,
  // level with it, once a claim's subject of several projects was each one named — session 70.)
  ["dev255.jsonl", 0.95, 0.98, 1.0, ["top-1 96.2% < bigram 100.0%"]],
  // Probe 248's (dev256, a staffer typing fast on a phone; the sixty-eighth session: 89.5 / 91.2 / 12 of 13): a word in
  // kana whose kanji the plan lacks (ぜいむ) and a short name in hiragana (じょうしす) are not read.
  ["dev256.jsonl", 0.85, 0.9, 0.9, []],
  // Probe 249's (dev257, a staffer from another chapter's department asking in her own field's words; the sixty-eighth
  // session: 92.0 / 83.0 / 5 of 8 at its start, 6 of 8 once a 委員会 was read as a unit the plan lacks).
  ["dev257.jsonl", 0.9, 0.8, 0.75, []],
  // Probe 250's (dev258, a staffer preparing a council answer in the written register; the sixty-eighth session: 100.0 /
  // 100.0 / 19 of 20 at its start, 20 of 20 once a quoted direction (ともに「拡充」) was read as the direction).
  ["dev258.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 251's (dev259, a counter clerk relaying residents' questions; the sixty-eighth session: 96.0 / 96.0 / 7 of 7):
  // 名前をつける権利 is not read as ネーミングライツ.
  ["dev259.jsonl", 0.95, 0.95, 1.0, []],
  // Probe 252's (dev260, a section manager asking for overviews and rankings; the sixty-eighth session: 100.0 / 100.0 / 29
  // of 33 at its start, 30 of 33 once a ranking said in the past and 集計したいのですが were read): 上位3つ and 施策ってどこ
  // are not read as rankings.
  ["dev260.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 253's (dev261, a staffer remembering a project by one detail of its content; the sixty-eighth session: 100.0 /
  // 100.0 / 6 of 7): a number with its counter (47施設) is no word searched.
  ["dev261.jsonl", 1.0, 1.0, 0.85, []],
  // Probe 254's (dev262, a staffer asking for the concrete content of projects; the sixty-eighth session: 100.0 / 100.0 /
  // 2 of 3): a word asked as written in the text (「ワークショップ」と書かれている) is widened to its abbreviation (WS).
  ["dev262.jsonl", 1.0, 1.0, 0.65, []],
  // Probe 255's (dev263, a new hire mixing questions of the plan's structure with questions of projects; the sixty-eighth
  // session: 100.0 / 100.0 / 16 of 18 at its start and at its end, other questions each time: once 施策っていくつあるん
  // でしょうか counted the policies, two questions labelled [] by the probe — which passed only while the bot found
  // nothing, as its report says — score as misses, and the meaning and the years asked, missed at the start, are right).
  ["dev263.jsonl", 1.0, 1.0, 0.75, []],
  // Probe 256's (dev264, a staffer asking with negations and exclusions in casual register; the sixty-eighth session: 42.9
  // / 71.4 / 18 of 26 at its start, 85.7 / 78.6 / 19 of 26 once what a project is said not to be (研修じゃない方) was read
  // as X以外): 〜しかしてない, 〜から載ってない and 〜してなくて are misread — below the bigram's recall@5.
  ["dev264.jsonl", 0.85, 0.75, 0.7, ["recall@5 78.6% < bigram 96.4%"]],
  // Probe 257's (dev265, a younger staffer mixing English words into Japanese; the sixty-eighth session: 94.7 / 96.5 / 10
  // of 13 at its start, 100.0 / 96.5 / 13 of 13 once task, budget and online were read).
  ["dev265.jsonl", 1.0, 0.95, 1.0, []],
  // Probe 258's (dev266, long formal e-mails pasted into Slack with numbered asks; the sixty-eighth session: 86.7 / 79.4 /
  // 12 of 17 at its start, 14 of 17 once （1） numbering and the closing 引き続きよろしく were read): below the bigram's
  // recall@5 (81.7 in the seventieth session, once a claim's subject of several projects was each one named; 95.0 in the
  // seventy-seventh, once numbered items asking only fields were read as one ask of the sentence above them).
  ["dev266.jsonl", 1.0, 0.95, 0.8, ["recall@5 95.0% < bigram 100.0%"]],
  // Probe 259's (dev267, a staffer asking in years relative to today and to the plan; the sixty-eighth session: 100.0 /
  // 100.0 / 23 of 25 at its start, 24 of 25 once 初年度の翌年度 counted from R3): 初年度 alone in a follow-up is a
  // project's own first year.
  ["dev267.jsonl", 1.0, 1.0, 0.95, []],
  // Probe 260's (dev268, a staffer remembering projects by numbers in their content and asking for rankings and top-N
  // lists; the sixty-ninth session: 93.8 / 93.8 / 8 of 17 at the probe's run, 93.8 / 93.8 / 13 of 17 at the end: 上位3つ,
  // 施策で一番…, 取組 rankings and the year with the most were read).
  ["dev268.jsonl", 0.9, 0.9, 0.75, []],
  // Probe 261's (dev269, a staffer typing in a hurry with kana for kanji and half-remembered names; the sixty-ninth
  // session: 100.0 / 98.5 / 10 of 10 at the probe's run, 100.0 / 98.5 / 10 of 10 at the end: 残りで…, X向けのやつ, のってる after
  // って and なにがある/なんけん were read).
  ["dev269.jsonl", 1.0, 0.95, 1.0, []],
  // Probe 262's (dev270, a secretary asking about projects" schedules across years; the sixty-ninth session: 90.9 /
  // 90.9 / 19 of 20 at the probe's run, 100.0 / 100.0 / 19 of 20 at the end: R3とR4の2年間だけ and 期間が重なって were read).
  ["dev270.jsonl", 1.0, 1.0, 0.95, []],
  // Probe 263's (dev271, a staffer mixing a project's content with a yes/no check (入ってる？, 対象？); the sixty-ninth
  // session: 100.0 / 100.0 / 9 of 12 at the probe's run, 100.0 / 100.0 / 11 of 12 at the end: …人事課のも入ってる？ and 対象 were
  // read).
  ["dev271.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 264's (dev272, a finance staffer asking which projects change direction over the years; the sixty-ninth
  // session: 100.0 / 100.0 / 22 of 26 at the probe's run, 100.0 / 100.0 / 26 of 26 at the end: （臨時拡充含む）, 継続へ切り替わる,
  // 記載が切れる, 確認用です and 完了で終わるもの were read).
  ["dev272.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 265's (dev273, a PR officer asking for newsletter material; the sixty-ninth session: 100.0 / 97.9 / 7 of 8
  // at the probe's run, 100.0 / 97.9 / 8 of 8 at the end: 住民向けに簡単にまとめたい and ニュースレター were read).
  ["dev273.jsonl", 1.0, 0.95, 1.0, []],
  // Probe 266's (dev274, a community-centre staffer asking about facilities in casual register; the sixty-ninth
  // session: 91.7 / 97.9 / 7 of 8 at the probe's run, 91.7 / 97.9 / 7 of 8 at the end: nothing of it changed).
  ["dev274.jsonl", 0.9, 0.95, 0.85, []],
  // Probe 267's (dev275, an internal auditor asking in terse formal Japanese; the sixty-ninth session: 100.0 / 100.0 /
  // 19 of 21 at the probe's run, 100.0 / 100.0 / 20 of 21 at the end: のみか。, 相違点, 各々, 完了済み, 内訳 and 記載が終わる were read).
  ["dev275.jsonl", 1.0, 1.0, 0.95, []],
  // Probe 268's (dev276, a staffer comparing two projects, departments or years; the sixty-ninth session: 100.0 / 94.7
  // / 13 of 13 at the probe's run, 100.0 / 94.7 / 13 of 13 at the end: 同じ課？ was read).
  ["dev276.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 269's (dev277, a seconded officer using other cities" department names; the sixty-ninth session: 85.7 / 94.4
  // / 11 of 12 at the probe's run, 85.7 / 94.4 / 11 of 12 at the end: only the near departments" order changed).
  ["dev277.jsonl", 0.85, 0.9, 0.9, []],
  // Probe 270's (dev278, a busy staffer keeping one long thread, switching subject and coming back; the sixty-ninth
  // session: 100.0 / 100.0 / 16 of 16 at the probe's run, 100.0 / 100.0 / 16 of 16 at the end: 臨時 alone, 最初の一覧に戻って and
  // …についてもお願い were read).
  ["dev278.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 271's (dev279, a staffer asking what policies and initiatives aim at; the sixty-ninth session: 93.8 / 96.9 /
  // 16 of 16 at the probe's run, 93.8 / 96.9 / 16 of 16 at the end: どの取組の事業？ and a policy's 方向性 beside its projects
  // were read).
  ["dev279.jsonl", 0.9, 0.95, 1.0, []],
  // Probe 272's (dev280, a staffer asking yes/no whether things are in the plan or still going; the sixty-ninth
  // session: 94.1 / 94.1 / 13 of 15 at the probe's run, 100.0 / 100.0 / 15 of 15 at the end: 対象外？ was read).
  ["dev280.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 273's (dev281, a staffer asking two or three things in one polite message; the sixty-ninth session: 100.0 /
  // 82.2 / 8 of 20 at the probe's run, 100.0 / 82.2 / 10 of 20 at the end: また、そのうち… and a second ask opened with また
  // were read).
  ["dev281.jsonl", 1.0, 0.8, 0.5, ["recall@5 82.2% < bigram 89.7%"]],
  // Probe 274's (dev282, a staffer describing needs in plain everyday words without the plan's terms; the sixty-ninth
  // session: 93.3 / 91.7 / 4 of 4 at the probe's run, 93.3 / 91.7 / 4 of 4 at the end: nothing of it changed).
  ["dev282.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 275's (dev283, a manager preparing a year-end report, asking about this year, last year and the plan's final
  // year; the sixty-ninth session: 100.0 / 100.0 / 18 of 26 at the probe's run, 100.0 / 100.0 / 24 of 26 at the end:
  // 最終年度 named in a condition, 最終年度を待たずに and まで残った were read).
  ["dev283.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 276's (dev284, a staffer keeping one thread going with pronouns and short references (あれ, もう一方, 前の課の) after checks, comparisons and picks; the seventieth session: 94.1 / 96.6 / 15 of 15 at its start,
  // 94.1 / 96.6 / 15 of 15 at the registration).
  ["dev284.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 277's (dev285, a counter clerk relaying what residents asked in their own everyday words; the seventieth session: 85.2 / 100.0 / 5 of 5 at its start,
  // 85.2 / 100.0 / 5 of 5 at the registration).
  ["dev285.jsonl", 0.8, 1.0, 1.0, []],
  // Probe 278's (dev286, a staffer drafting council answers: exact sets under two or three conditions, and claims checked, in formal written Japanese; the seventieth session: 100.0 / 100.0 / 24 of 27 at its start,
  // 100.0 / 100.0 / 25 of 27 at the registration).
  ["dev286.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 279's (dev287, a busy staffer typing on a phone: IME slips, half-width kana, dropped particles, messages in two halves; the seventieth session: 100.0 / 98.5 / 11 of 11 at its start,
  // 100.0 / 98.5 / 11 of 11 at the registration).
  ["dev287.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 280's (dev288, a new hire learning how the chapter is built: policies, initiatives, codes, and what a direction means; the seventieth session: 100.0 / 100.0 / 23 of 27 at its start,
  // 100.0 / 100.0 / 24 of 27 at the registration).
  ["dev288.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 281's (dev289, a staffer checking what was heard in meetings, often half wrong (〜って聞いたけど本当？); the seventieth session: 100.0 / 94.4 / 13 of 14 at its start,
  // 100.0 / 100.0 / 13 of 14 at the registration).
  ["dev289.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 282's (dev290, a staffer of another department asking whether topics of their own work are in the chapter at all; the seventieth session: 88.9 / 88.9 / 12 of 14 at its start,
  // 88.9 / 88.9 / 12 of 14 at the registration).
  ["dev290.jsonl", 0.8, 0.8, 0.8, []],
  // Probe 283's (dev291, a staffer preparing a briefing, asking for the details inside projects (numbered items, places, who they are for); the seventieth session: 96.0 / 100.0 / 7 of 7 at its start,
  // 96.0 / 100.0 / 7 of 7 at the registration).
  ["dev291.jsonl", 0.9, 1.0, 1.0, []],
  // Probe 284's (dev292, a staffer sending one- to four-word messages and short follow-ups; the seventieth session: 100.0 / 100.0 / 11 of 11 at its start,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev292.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 285's (dev293, a heavy Slack user writing with quotes, bullets, code spans, emoji, links and mentions; the seventieth session: 100.0 / 100.0 / 17 of 17 at its start,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev293.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 286's (dev294, a staffer asking why, how, how much and whether it worked — what the plan may not record; the seventieth session: 96.4 / 100.0 / 4 of 5 at its start,
  // 96.4 / 100.0 / 4 of 5 at the registration).
  ["dev294.jsonl", 0.9, 1.0, 0.8, []],
  // Probe 287's (dev295, a staffer asking about projects by the facility or place they touch, then year by year; the seventieth session: 96.2 / 94.9 / 4 of 6 at its start,
  // 100.0 / 98.7 / 4 of 6 at the registration).
  ["dev295.jsonl", 1.0, 0.9, 0.6, []],
  // Probe 288's (dev296, a staffer correcting the bot or themselves mid-thread (いや、そうじゃなくて…, ごめん、R5じゃなくてR6) and rephrasing; the seventieth session: 100.0 / 100.0 / 18 of 18 at its start,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev296.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 289's (dev297, a staffer wanting answers shaped for pasting: names only, the count only, a table, one line each, departments only; the seventieth session: 100.0 / 95.8 / 19 of 21 at its start,
  // 100.0 / 95.8 / 21 of 21 at the registration).
  ["dev297.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 290's (dev298, a budget officer comparing fiscal years: what changed between two years, what runs across a range, counts per year and direction, threads that move from one year to the next; the seventy-first session: 100.0 / 100.0 / 13 of 15 at its start,
  // 100.0 / 100.0 / 13 of 15 at the registration).
  ["dev298.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 291's (dev299, a staffer of the digital-transformation push speaking in loanwords and jargon (DX, ICT, オンライン化, ペーパーレス, キャッシュレス, アウトソーシング), asking which projects touch each and who runs them; the seventy-first session: 70.0 / 73.3 / 6 of 10 at its start,
  // 80.0 / 83.3 / 9 of 10 at the registration).
  ["dev299.jsonl", 0.8, 0.8, 0.9, []],
  // Probe 292's (dev300, a council member's aide asking what the city does for groups of people (子育て世帯, 高齢者, 外国人, 女性, 若者, 事業者) in everyday words, then narrowing by department or year; the seventy-first session: 73.3 / 79.0 / 5 of 5 at its start,
  // 73.3 / 79.0 / 5 of 5 at the registration).
  ["dev300.jsonl", 0.7, 0.7, 1.0, []],
  // Probe 293's (dev301, a section chief who switches topic mid-thread and comes back (最初に聞いたやつ, さっきの話に戻るけど), asks of several projects in one message and uses short department names (人事, 財政, 情シス, 市民協働); the seventy-first session: 100.0 / 100.0 / 8 of 10 at its start,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev301.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 294's (dev302, a staffer who remembers a project only vaguely and describes it in fragments and everyday words, sometimes with a wrong detail, then asks who runs it or until when; the seventy-first session: 92.3 / 100.0 / 7 of 7 on dfd4473, where it was run,
  // 92.3 / 100.0 / 7 of 7 at the registration).
  ["dev302.jsonl", 0.9, 1.0, 1.0, []],
  // Probe 295's (dev303, a manager preparing an overview: what each policy or initiative is about, how many projects each holds, which is largest, what a department mainly does, in short casual messages; the seventy-first session: 100.0 / 100.0 / 13 of 15 on dfd4473, where it was run,
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev303.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 296's (dev304, a staffer asking by state and change in casual speech (まだ始まってない, もう終わった, 途中でやめた, 増やした／減らした, 1年だけ, 令和6年度以降も残る) and narrowing such lists; the seventy-first session: 100.0 / 100.0 / 13 of 16 on dfd4473, where it was run,
  // 100.0 / 100.0 / 15 of 16 at the registration).
  ["dev304.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 297's (dev305, a mid-career hire from the private sector using business words for plan concepts (KPI, PDCA, ブランディング, コスト削減, 業務効率化, ダイバーシティ, 人材育成) and asking which projects match and who owns them; the seventy-first session: 69.2 / 59.2 / 6 of 7 on dfd4473, where it was run,
  // 69.2 / 59.2 / 7 of 7 at the registration).
  ["dev305.jsonl", 0.6, 0.5, 1.0, []],
  // Probe 298's (dev306, a new hire in a general-affairs section who half-remembers department names, shortens them or says 〜課さん and 〜のとこ, asks what each runs, and switches department mid-thread; the seventy-second session: 60.0 / 48.0 / 15 of 15 at the session's start (cb99aec),
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev306.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 299's (dev307, a year-end progress officer asking by time and state (今年度で終わる, 来年度から始まる, 途中で縮小) in 令和, Western and R years mixed, moving the year through the thread; the seventy-second session: 100.0 / 100.0 / 14 of 15 at the session's start (cb99aec),
  // 100.0 / 100.0 / 14 of 15 at the registration).
  ["dev307.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 300's (dev308, a staffer typing fast on a phone: words left in hiragana (まいなんばー, としょかん), full- and half-width mixed, wrong conversions, no punctuation, bare fragments; the seventy-second session: 100.0 / 100.0 / 8 of 9 at the session's start (cb99aec),
  // 100.0 / 100.0 / 8 of 9 at the registration).
  ["dev308.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 301's (dev309, a counter clerk bringing residents' requests in their own words (手続き, 証明書, 相談, 施設, 補助金, 申請) and asking which project and department they belong to; the seventy-second session: 100.0 / 96.9 / 4 of 4 at the session's start (cb99aec),
  // 100.0 / 96.9 / 4 of 4 at the registration).
  ["dev309.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 302's (dev310, a staffer preparing a council answer: long polite messages with background that ask for counts and lists, then add or take away conditions (除く, 以外, 含めて); the seventy-second session: 100.0 / 100.0 / 7 of 12 on 88e9174, where it was run,
  // 100.0 / 100.0 / 9 of 12 at the registration).
  ["dev310.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 303's (dev311, a staffer who asks two things in one message or compares two projects (どっちが先に終わる, それぞれの担当課), then swaps one of the pair in the thread; the seventy-second session: 100.0 / 100.0 / 9 of 17 on 88e9174, where it was run,
  // 100.0 / 100.0 / 9 of 17 at the registration).
  ["dev311.jsonl", 1.0, 1.0, 0.5, []],
  // Probe 304's (dev312, a staffer from welfare and human rights looking for projects by the people they serve (外国人, 子ども, 高齢者, 障害のある人, LGBT, DV被害者, 子育て世帯) in everyday words; the seventy-second session: 100.0 / 100.0 / 8 of 9 on 88e9174, where it was run,
  // 100.0 / 100.0 / 8 of 9 at the registration).
  ["dev312.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 305's (dev313, a facilities manager asking in facility words (空調, 照明, 外壁, 屋上, Wi-Fi, 貸室, 予約, 鍵, 跡地) with abbreviations and typos, then when and whose; the seventy-second session: 100.0 / 100.0 / 6 of 6 on 88e9174, where it was run,
  // 100.0 / 100.0 / 6 of 6 at the registration).
  ["dev313.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 306's (dev314, a budget examiner asking by period (何年度から何年度まで), how directions change year to year and counts per year, checking numbers and lists; the seventy-third session: 100.0 / 100.0 / 11 of 16 on 1c5b8c7, where it was run,
  // 100.0 / 100.0 / 12 of 16 at the registration).
  ["dev314.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 307's (dev315, a counter and public-relations clerk asking what a project is for, what it does and who can use it, to explain it to residents in plain words; the seventy-third session: 100.0 / 100.0 / 6 of 8 on 1c5b8c7, where it was run,
  // 100.0 / 100.0 / 6 of 8 at the registration).
  ["dev315.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 308's (dev316, an information-policy staffer asking in IT words and abbreviations (DX, RPA, AI, LINE, キャッシュレス, 電子申請, テレワーク, ペーパーレス) across departments; the seventy-third session: 83.3 / 85.4 / 5 of 8 on 1c5b8c7, where it was run,
  // 83.3 / 85.4 / 6 of 8 at the registration).
  ["dev316.jsonl", 0.8, 0.8, 0.7, []],
  // Probe 309's (dev317, a department head firing short fragments and commands by unit, then それで全部？, 他には？, 逆は？, 去年は？ after each answer; the seventy-third session: 100.0 / 100.0 / 11 of 11 on 1c5b8c7, where it was run,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev317.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 310's (dev318, a new clerk in 総務課 typing broken polite Japanese, IME slips and abbreviations (マイナ, コミセン, 情シス), asking for a list then each project in turn; the seventy-third session: 100.0 / 100.0 / 9 of 10 on 1c60379 (その前は？ already read), where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev318.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 311's (dev319, a staffer relaying council members' questions, quoting them (「〜の進捗はどうなっているのか」) and asking for year-by-year comparisons; the seventy-third session: 75.0 / 75.0 / 6 of 8 on 1c60379 (その前は？ already read), where it was run,
  // 75.0 / 75.0 / 6 of 8 at the registration; 100.0 / 100.0 / 7 of 8 once a quoted question passed on is what is asked —
  // the seventy-fourth session).
  ["dev319.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 312's (dev320, a community liaison asking in residents' words (公民館, 集会所, 町内会, ボランティア, サークル) for subsidies, places and where to refer people; the seventy-third session: 100.0 / 96.2 / 5 of 7 on 1c60379 (その前は？ already read), where it was run,
  // 100.0 / 96.2 / 5 of 7 at the registration).
  ["dev320.jsonl", 1.0, 0.9, 0.7, []],
  // Probe 313's (dev321, a personnel and training officer asking across departments about projects for staff (研修, 働き方, 人事制度, テレワーク, 庁内ICT), whom they are for and how long; the seventy-third session: 100.0 / 97.0 / 9 of 9 on 1c60379 (その前は？ already read), where it was run,
  // 100.0 / 97.0 / 9 of 9 at the registration).
  ["dev321.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 314's (dev322, an audit-office clerk checking one thing at a time: whether a project is among a year's completions, counts, conditions nothing meets, 新規完了 against 完了 and 臨時拡充 against 拡充; the seventy-fourth session: 100.0 / 100.0 / 15 of 16 on 319f6be, where it was run,
  // 100.0 / 100.0 / 16 of 16 at the registration).
  ["dev322.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 315's (dev323, an elderly-care and community-support officer asking, in everyday words and long polite sentences, about older residents' trouble with smartphones and online procedures, counters and places to consult; the seventy-fourth session: 85.7 / 92.9 / 5 of 6 on 319f6be, where it was run,
  // 92.9 / 100.0 / 6 of 6 at the registration).
  ["dev323.jsonl", 0.9, 1.0, 1.0, []],
  // Probe 316's (dev324, a planning-division clerk asking by the numbers and names of policies and initiatives (7-3の取組は？ 取組7-5-2の事業の担当課は？), ranges of numbers and counts per policy; the seventy-fourth session: 75.0 / 75.0 / 16 of 16 on 319f6be, where it was run,
  // 75.0 / 75.0 / 16 of 16 at the registration).
  ["dev324.jsonl", 0.7, 0.7, 1.0, []],
  // Probe 317's (dev325, an accounts, contracts and collections clerk searching in money words (支払い, 入札, 契約, キャッシュレス, 口座振替, 税, 手数料) and checking departments and periods; the seventy-fourth session: 85.7 / 89.5 / 13 of 13 on 319f6be, where it was run,
  // 85.7 / 89.5 / 13 of 13 at the registration).
  ["dev325.jsonl", 0.8, 0.8, 1.0, []],
  // Probe 318's (dev326, a newly transferred young clerk typing emoji and kaomoji, English mixed in (DXってやつ, ペーパーレスのやつ), 〜だっけ, 〜じゃなかった？ and half-remembered names; the seventy-fourth session: 91.7 / 97.2 / 8 of 8 on 319f6be, where it was run,
  // 91.7 / 97.2 / 8 of 8 at the registration).
  ["dev326.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 319's (dev327, a mayor's-office clerk preparing a briefing (市長に説明するので), asking for each year's new, expanding and ending projects and the flagship ones, moving the year along in a thread; the seventy-fourth session: 83.3 / 100.0 / 14 of 14 on 319f6be, where it was run,
  // 83.3 / 100.0 / 14 of 14 at the registration).
  ["dev327.jsonl", 0.8, 1.0, 1.0, []],
  // Probe 320's (dev328, a liaison with the children's and education divisions asking about children, schools, libraries and childcare, things the plan may not hold, wanting a plain no when it does not; the seventy-fourth session: 50.0 / 85.4 / 15 of 16 on 319f6be, where it was run,
  // 50.0 / 85.4 / 15 of 16 at the registration).
  ["dev328.jsonl", 0.5, 0.8, 0.9, []],
  // Probe 321's (dev329, a disaster and crisis-management officer asking in that field's words (災害時の情報発信, 避難所, システムの停止, バックアップ, セキュリティ, クラウド) for related projects; the seventy-fourth session: 90.0 / 95.0 / 8 of 10 on 319f6be, where it was run,
  // 90.0 / 90.0 / 8 of 10 at the registration).
  ["dev329.jsonl", 0.9, 0.9, 0.8, ["recall@5 90.0% < bigram 95.0%"]],
  // Probe 322's (dev330, a general-affairs and legal clerk checking the plan's wording: pasting phrases of it, asking which projects say a word (〜と書いてある事業は？), their departments and years; the seventy-fourth session: 100.0 / 100.0 / 12 of 14 on cdf6462 with probes 316 and 320's follow-ups already read, where it was run,
  // 100.0 / 100.0 / 13 of 14 at the registration).
  ["dev330.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 323's (dev331, a newly appointed section chief writing long polite messages with several asks numbered ①②, about the own section and others, comparing with the year before; the seventy-fourth session: 66.7 / 66.7 / 6 of 11 on cdf6462 with probes 316 and 320's follow-ups already read, where it was run,
  // 88.9 / 77.8 / 10 of 11 at the registration).
  ["dev331.jsonl", 0.8, 0.7, 0.9, ["recall@5 77.8% < bigram 95.6%"]],
  // Probe 324's (dev332, a phone-counter clerk relaying residents in Kansai speech (〜やねん, 〜あるん？, 〜してはる) with typos, checking departments and what a project does; the seventy-fourth session: 100.0 / 100.0 / 6 of 6 on cdf6462 with probes 316 and 320's follow-ups already read, where it was run,
  // 100.0 / 100.0 / 6 of 6 at the registration).
  ["dev332.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 325's (dev333, a corporate-planning analyst gathering every project of a cross-cutting theme (DX, コロナ, 協働, 公共施設), counting them and narrowing by year, department and direction in a thread; the seventy-fourth session: 100.0 / 100.0 / 13 of 14 on cdf6462 with probes 316 and 320's follow-ups already read, where it was run,
  // 100.0 / 100.0 / 13 of 14 at the registration).
  ["dev333.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 326's (dev334, a branch-office counter clerk relaying what residents said at the window in their own everyday words (the card with the photo, the machine at the convenience store, the hall that was torn down), asking which project and who is in charge; the seventy-fifth session: 100.0 / 100.0 / 2 of 5 on c031587, where it was run,
  // 100.0 / 100.0 / 2 of 5 at the registration).
  ["dev334.jsonl", 1.0, 1.0, 0.4, []],
  // Probe 327's (dev335, the IT and digital-transformation team asking in system words, English abbreviations and katakana (DX, RPA, AI-OCR, LGWAN, クラウド, オンライン申請) what the plan does on each and in which years; the seventy-fifth session: 90.0 / 95.0 / 8 of 10 on c031587, where it was run,
  // 90.0 / 95.0 / 8 of 10 at the registration).
  ["dev335.jsonl", 0.9, 0.9, 0.8, []],
  // Probe 328's (dev336, a personnel and staff-training clerk asking about staff development, ways of working, recruiting and workload in the office's jargon and in plain talk, counting projects per department; the seventy-fifth session: 100.0 / 100.0 / 7 of 7 on c031587, where it was run,
  // 100.0 / 100.0 / 7 of 7 at the registration).
  ["dev336.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 329's (dev337, a part-time assistant new to city hall who describes things by what they see or hear (buildings, papers, screens, phone calls), in short casual messages and follow-ups (それって何年まで？, で、誰に聞けばいい？); the seventy-fifth session: 91.7 / 100.0 / 7 of 8 on c031587, where it was run,
  // 100.0 / 100.0 / 8 of 8 at the registration).
  ["dev337.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 330's (dev338, a facilities and property-management clerk asking what happens to each building, site and piece of city property, and when (maintenance, former sites, sale and lease); the seventy-fifth session: 100.0 / 100.0 / 6 of 9 on c031587, where it was run,
  // 100.0 / 100.0 / 6 of 9 at the registration).
  ["dev338.jsonl", 1.0, 1.0, 0.6, []],
  // Probe 331's (dev339, a public-relations and citizen-participation clerk asking about the city website, SNS, newsletters, residents' voices, volunteering and events, casual chat mixed with a few long polite requests; the seventy-fifth session: 100.0 / 96.2 / 6 of 7 on c031587, where it was run,
  // 100.0 / 96.2 / 6 of 7 at the registration).
  ["dev339.jsonl", 1.0, 0.9, 0.8, ["recall@5 96.2% < bigram 100.0%"]],
  // Probe 332's (dev340, a budget-division clerk preparing next year's budget: what grows, shrinks, starts or ends by year, 西暦 and 和暦 mixed, ranges, counts and comparisons across years along a thread; the seventy-fifth session: 100.0 / 100.0 / 14 of 14 on c031587, where it was run,
  // 100.0 / 100.0 / 14 of 14 at the registration).
  ["dev340.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 333's (dev341, a human-rights and gender-equality centre clerk asking about their own projects and their neighbours', whether things still run (〜ってまだやってる？), and by the people served; the seventy-sixth session: 92.9 / 97.6 / 6 of 6 on 7bdeee7, where it was run,
  // 92.9 / 97.6 / 6 of 6 at the registration).
  ["dev341.jsonl", 0.9, 0.9, 1.0, ["top-1 92.9% < bigram 100.0%"]],
  // Probe 334's (dev342, a clerk just transferred from the waterworks bureau who does not know city hall's departments, asking by what needs doing and which department to call, often guessing a wrong department name; the seventy-sixth session: 100.0 / 100.0 / 6 of 6 on 7bdeee7, where it was run,
  // 100.0 / 100.0 / 6 of 6 at the registration).
  ["dev342.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 335's (dev343, the council secretariat quoting a council member's question inside the message, then asking counts, yes-or-no and lists for the answer draft; the seventy-sixth session: 100.0 / 100.0 / 9 of 13 on 7bdeee7, where it was run,
  // 100.0 / 100.0 / 10 of 13 at the registration).
  ["dev343.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 336's (dev344, a tax and collection clerk asking in money words and the office's shorthand (口振, 滞納, コンビニ収納, キャッシュレス), by department and period; the seventy-sixth session: 77.8 / 90.7 / 9 of 11 on 7bdeee7, where it was run,
  // 88.9 / 90.7 / 9 of 11 at the registration).
  ["dev344.jsonl", 0.8, 0.9, 0.8, []],
  // Probe 337's (dev345, a manager preparing next year's requests: what continues past a year, what shrinks or ends, compared year to year along a thread; the seventy-sixth session: 100.0 / 100.0 / 13 of 13 on 7bdeee7, where it was run,
  // 100.0 / 100.0 / 13 of 13 at the registration).
  ["dev345.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 338's (dev346, a hurried clerk sending short messages and correcting them in the next one (あ、違った、R6で / 間違えた、…), one condition at a time; the seventy-sixth session: 100.0 / 100.0 / 10 of 10 on 7bdeee7, where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev346.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 339's (dev347, a community and citizen-activity liaison asking about neighbourhood associations, community centres, NPOs and volunteers in residents' and association leaders' words; the seventy-sixth session: 100.0 / 95.5 / 7 of 9 on 7bdeee7, where it was run,
  // 100.0 / 95.5 / 7 of 9 at the registration).
  // (At or above the bigram since the eighty-fourth session: recall@5 100.0.)
  ["dev347.jsonl", 1.0, 0.9, 0.7, []],
  // Probe 340's (dev348, a citizens' affairs counter clerk (市民課) asking about residents' procedures (住民票, 証明書, マイナンバーカード, コンビニ交付, 窓口, 申請) in the counter's words and residents' words; the seventy-seventh session: 100.0 / 100.0 / 7 of 7 on b3c2130, where it was run,
  // 100.0 / 100.0 / 7 of 7 at the registration).
  ["dev348.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 341's (dev349, a statistics clerk building a summary table: counts per department, policy, year and direction, then lists to copy into a spreadsheet, narrowed along the thread; the seventy-seventh session: 100.0 / 83.3 / 14 of 16 on b3c2130, where it was run,
  // 100.0 / 83.3 / 15 of 16 at the registration).
  ["dev349.jsonl", 1.0, 0.8, 0.9, ["recall@5 83.3% < bigram 100.0%"]],
  // Probe 342's (dev350, a mid-career hire from a private IT company using katakana business words (ペーパーレス, リプレース, ローンチ, KPI, SaaS, UX) in short chat-style questions; the seventy-seventh session: 100.0 / 97.9 / 7 of 8 on b3c2130, where it was run,
  // 100.0 / 97.9 / 8 of 8 at the registration).
  ["dev350.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 343's (dev351, a clerk who thinks in Western calendar years (2021–2025) and ranges: what ran in 2022, what is still listed in 2025, what started after 2023, the year moved along the thread; the seventy-seventh session: 100.0 / 100.0 / 12 of 13 on b3c2130, where it was run,
  // 100.0 / 100.0 / 12 of 13 at the registration).
  ["dev351.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 344's (dev352, a clerk drafting a reply to a resident's email: long polite messages quoting the resident's own words, then short follow-ups for the department and the plan's wording; the seventy-seventh session: 100.0 / 91.7 / 7 of 8 on b3c2130, where it was run,
  // 100.0 / 91.7 / 7 of 8 at the registration).
  ["dev352.jsonl", 1.0, 0.9, 0.8, ["recall@5 91.7% < bigram 93.1%"]],
  // Probe 345's (dev353, a clerk asking by exclusion and negation (〜以外, 〜じゃない, 〜を除いて, 〜だけ, 〜しかない, 〜のない) and correcting what to exclude along a thread; the seventy-seventh session: 33.3 / 55.6 / 13 of 17 on b3c2130, where it was run,
  // 33.3 / 55.6 / 16 of 17 at the registration).
  ["dev353.jsonl", 0.3, 0.5, 0.9, []],
  // Probe 346's (dev354, community-centre (コミセン) and civic-hall-site facility staff asking about buildings, rooms, equipment, Wi-Fi, locks, repairs and whom to call; the seventy-seventh session: 100.0 / 100.0 / 7 of 9 on b3c2130, where it was run,
  // 100.0 / 100.0 / 7 of 9 at the registration).
  ["dev354.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 347's (dev355, a budget-section (財政課) clerk preparing budget hearings: which projects expand, shrink or end in which year, two years compared, counts per direction and unit, lists narrowed along the thread; the seventy-eighth session: 100.0 / 100.0 / 16 of 16 on 7360ff6, where it was run,
  // 100.0 / 100.0 / 16 of 16 at the registration).
  ["dev355.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 348's (dev356, a council secretariat (議会事務局) clerk pasting councillors' questions: long formal messages with the background first and the subject buried, two asks in one, short follow-ups; the seventy-eighth session: 100.0 / 100.0 / 8 of 11 on 7360ff6, where it was run,
  // 100.0 / 100.0 / 8 of 11 at the registration).
  ["dev356.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 349's (dev357, a newly appointed section chief in a hurry: fragments and abbreviations (マイナ, コミセン, 財活, 臨拡), no particles, one- or two-word follow-ups (担当, R6, 完了は, 他は, 件数); the seventy-eighth session: 100.0 / 100.0 / 8 of 10 on 7360ff6, where it was run,
  // 100.0 / 100.0 / 9 of 10 at the registration).
  ["dev357.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 350's (dev358, the general information desk (総合案内): residents' everyday words (スマホ, 待ち時間, 亡くなった家族の手続き, 雨漏り) and never the plan's, then whom to put a call through to; the seventy-eighth session: 100.0 / 96.9 / 3 of 4 on 7360ff6, where it was run,
  // 100.0 / 96.9 / 3 of 4 at the registration).
  ["dev358.jsonl", 1.0, 0.9, 0.7, []],
  // Probe 351's (dev359, a clerk asking for every project that does a kind of thing (研修, 工事, システム導入, 大学連携, 市民参加) and narrowing or comparing the list along the thread; the seventy-eighth session: 80.0 / 61.5 / 10 of 10 on 7360ff6, where it was run,
  // 80.0 / 61.5 / 10 of 10 at the registration).
  ["dev359.jsonl", 0.8, 0.6, 1.0, []],
  // Probe 352's (dev360, a human-resources (人事課) and training clerk asking about how staff work (研修, 働き方, 人材育成, ペーパーレス), often in hiragana or katakana, then purposes and contents; the seventy-eighth session: 100.0 / 100.0 / 6 of 6 on 7360ff6, where it was run,
  // 100.0 / 100.0 / 6 of 6 at the registration).
  ["dev360.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 353's (dev361, a facilities clerk who thinks in places (市民会館跡地, 総持寺, コミュニティセンター, 男女共生センター) and asks what is done at one, whether the same is done at another, and whose each is; the seventy-eighth session: 92.9 / 100.0 / 5 of 6 on 7360ff6, where it was run,
  // 92.9 / 100.0 / 5 of 6 at the registration).
  ["dev361.jsonl", 0.9, 1.0, 0.8, []],
  // Probe 354's (dev362, an auditor (監査委員事務局) confirming counts, years, directions and units in yes-or-no questions (〜で間違いないですか, 〜件と把握していますが合っていますか), following up where an answer looks inconsistent; the seventy-eighth session: 100.0 / 100.0 / 15 of 16 on 3b99b95, where it was run,
  // 100.0 / 100.0 / 15 of 16 at the registration).
  ["dev362.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 355's (dev363, a young clerk in a casual chat style: emoji, 〜っす, 〜じゃね？, w, dropped particles, typos, run-on messages with two questions; the seventy-eighth session: 100.0 / 100.0 / 11 of 11 on 3b99b95, where it was run,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev363.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 356's (dev364, a clerk asking about timing: when each project starts, how many years it runs, which start together, which end first or last, what comes the year after it ends; the seventy-eighth session: 100.0 / 100.0 / 12 of 14 on 3b99b95, where it was run,
  // 100.0 / 100.0 / 14 of 14 at the registration).
  ["dev364.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 357's (dev365, a clerk asking by purpose (目的): what a project is for, which aim at a goal said in everyday words (手間を減らす, 災害に備える), and why a project was expanded or reduced; the seventy-eighth session: 88.2 / 89.9 / 1 of 3 on 3b99b95, where it was run,
  // 88.2 / 89.9 / 1 of 3 at the registration).
  ["dev365.jsonl", 0.8, 0.8, 0.3, []],
  // Probe 358's (dev366, a planning-section clerk asking about the plan's structure: what each 施策 and 取組 is called and aims at, how many 取組 and projects each has, which 取組 has none, and SDGs; the seventy-eighth session: 100.0 / 100.0 / 16 of 18 on 3b99b95, where it was run,
  // 100.0 / 100.0 / 16 of 18 at the registration).
  ["dev366.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 359's (dev367, a public-relations (広報) clerk looking for what to announce: events, online services, what residents can use or apply for, and whom to ask for details; the seventy-eighth session: 100.0 / 98.2 / 6 of 6 on 3b99b95, where it was run,
  // 100.0 / 98.2 / 6 of 6 at the registration).
  ["dev367.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 360's (dev368, a clerk from outside the chapter (welfare, child care, disaster prevention, roads) mixing questions it cannot answer with ones it can, expecting a clear 'not in this plan'; the seventy-eighth session: 100.0 / 100.0 / 10 of 12 on 3b99b95, where it was run,
  // 100.0 / 100.0 / 10 of 12 at the registration).
  ["dev368.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 361's (dev369, a member of staff newly transferred into the planning section, learning the chapter: what a project is, what a policy covers, what a term means, then following up on what the answer mentioned; the seventy-ninth session: 100.0 / 96.3 / 11 of 11 on 29b439f, where it was run,
  // 100.0 / 96.3 / 11 of 11 at the registration).
  ["dev369.jsonl", 1.0, 0.9, 1.0, ["recall@5 96.3% < bigram 100.0%"]],
  // Probe 362's (dev370, a disaster-prevention (防災) and facilities officer: shelters, buildings, equipment, safety and what is being renewed, in everyday words; the seventy-ninth session: 100.0 / 100.0 / 8 of 8 on 29b439f, where it was run,
  // 100.0 / 100.0 / 8 of 8 at the registration).
  ["dev370.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 363's (dev371, an IT / DX officer writing Latin abbreviations and mixed scripts (DX, ICT, AI, RPA, Wi-Fi, SNS, LINE, full-width letters): which projects use a technology and who runs them; the seventy-ninth session: 77.8 / 88.9 / 11 of 11 on 29b439f, where it was run,
  // 77.8 / 88.9 / 11 of 11 at the registration).
  ["dev371.jsonl", 0.7, 0.8, 1.0, []],
  // Probe 364's (dev372, a manager preparing a briefing for the mayor: counts per policy, department and direction, then one project's purpose in a sentence; the seventy-ninth session: 100.0 / 100.0 / 14 of 15 on 29b439f, where it was run,
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev372.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 365's (dev373, a careful clerk naming the field a word is in (目的に〜と書いてある, 内容に〜が入っている, 担当課名に〜), and yes-or-no questions about what a project's text says; the seventy-ninth session: 66.7 / 100.0 / 11 of 17 on 29b439f, where it was run,
  // 66.7 / 100.0 / 16 of 17 at the registration).
  ["dev373.jsonl", 0.6, 1.0, 0.9, ["top-1 66.7% < bigram 100.0%"]],
  // Probe 366's (dev374, a clerk asking by exclusion and negation (〜以外, 〜じゃない, 縮小しない, 完了せずに続く) and correcting the bot in threads (いや、そうじゃなくて…); the seventy-ninth session: 66.7 / 100.0 / 15 of 17 on 29b439f, where it was run,
  // 66.7 / 100.0 / 16 of 17 at the registration).
  ["dev374.jsonl", 0.6, 1.0, 0.9, []],
  // Probe 367's (dev375, a community-centre (コミセン / 公民館) clerk answering residents about community, volunteers, 自治会, events and halls, in casual register with filler; the seventy-ninth session: 90.9 / 100.0 / 8 of 9 on 29b439f, where it was run,
  // 90.9 / 100.0 / 8 of 9 at the registration).
  ["dev375.jsonl", 0.9, 1.0, 0.8, []],
  // Probe 368's (dev376, a finance officer on next year's budget, mixing 令和, R and 西暦 years (2023年度, 来年度, 去年度), asking what starts, grows, shrinks or ends in a year and comparing two years; the seventy-ninth session: 100.0 / 100.0 / 16 of 16 on 607f2a9, where it was run,
  // 100.0 / 100.0 / 16 of 16 at the registration).
  ["dev376.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 369's (dev377, a citizens' window (窓口) supervisor asking in residents' words about procedures (引っ越し, 証明書, 住民票, マイナンバーカード, 税金の支払い) and which department to send a resident to; the seventy-ninth session: 86.7 / 91.7 / 3 of 5 on 607f2a9, where it was run,
  // 93.3 / 98.3 / 3 of 5 at the registration).
  ["dev377.jsonl", 0.9, 0.9, 0.6, []],
  // Probe 370's (dev378, a human-rights and gender-equality officer asking about DV, セクシュアルマイノリティ, 外国人, 人権 and 男女共同参画 in careful, indirect words, then narrowing by year; the seventy-ninth session: 90.0 / 90.0 / 8 of 10 on 607f2a9, where it was run,
  // 90.0 / 90.0 / 8 of 10 at the registration).
  ["dev378.jsonl", 0.9, 0.9, 0.8, []],
  // Probe 371's (dev379, a new manager who compares and ranks (どっちが先に終わる, 一番長く続く, 一番事業が多い課, 2番目), then asks about the winner; the seventy-ninth session: 50.0 / 50.0 / 15 of 18 on 607f2a9, where it was run,
  // 50.0 / 50.0 / 16 of 18 at the registration).
  ["dev379.jsonl", 0.5, 0.5, 0.8, []],
  // Probe 372's (dev380, a fast typist on a phone: typos and IME slips (担当か, 事業めい, まいなんばー, 7ー2), full- and half-width mixed, half-finished fragments; the seventy-ninth session: 100.0 / 100.0 / 11 of 12 on 607f2a9, where it was run,
  // 100.0 / 100.0 / 11 of 12 at the registration).
  ["dev380.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 373's (dev381, a press officer preparing releases: what is new or expanded in a year, one-line descriptions, what residents will notice; the seventy-ninth session: 100.0 / 100.0 / 10 of 10 on 607f2a9, where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev381.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 374's (dev382, a facilities-booking and building clerk: reservation systems, keys and smart locks, rooms for rent, Wi-Fi in halls, repairs and air conditioning, and whom to call; the seventy-ninth session: 83.3 / 91.7 / 8 of 8 on 607f2a9, where it was run,
  // 83.3 / 91.7 / 8 of 8 at the registration).
  ["dev382.jsonl", 0.8, 0.9, 1.0, []],
  // Probe 375's (dev383, a personnel and general-affairs (人事・総務) clerk asking about training, ways of working, harassment and staff systems, and whom else to contact, in a plain office register; the eightieth session: 100.0 / 100.0 / 9 of 9 on 743ef91, where it was run,
  // 100.0 / 100.0 / 9 of 9 at the registration).
  ["dev383.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 376's (dev384, a clerk drafting answers for a council session (議会答弁): long polite messages with the background first, then precise facts checked one by one in the thread; the eightieth session: 100.0 / 100.0 / 12 of 14 on 743ef91, where it was run,
  // 100.0 / 100.0 / 12 of 14 at the registration).
  ["dev384.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 377's (dev385, a young clerk typing on a phone mostly in hiragana and casual abbreviations, short fragments, slang endings and no particles; the eightieth session: 100.0 / 100.0 / 10 of 10 on 743ef91, where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev385.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 378's (dev386, a finance-division (財政課) officer checking budget requests: counts by direction and year, ranges, two kinds together, narrowed by department or policy; the eightieth session: 100.0 / 100.0 / 18 of 18 on 743ef91, where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev386.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 379's (dev387, a clerk keeping long threads going: narrowing, fields asked, going back to an earlier list (さっきの), and changing the subject mid-thread; the eightieth session: 100.0 / 100.0 / 10 of 10 on 743ef91, where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev387.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 380's (dev388, a liaison for neighbourhood associations, NPOs and volunteers (市民協働) asking in residents' words what the city does for local activity and whom to send people to; the eightieth session: 91.7 / 97.2 / 5 of 8 on 743ef91, where it was run,
  // 100.0 / 100.0 / 5 of 8 at the registration).
  ["dev388.jsonl", 1.0, 1.0, 0.6, []],
  // Probe 381's (dev389, a public-relations (広報) clerk asking about websites, SNS, LINE, apps and open data, what is new each year, mixing Latin and katakana words; the eightieth session: 100.0 / 94.4 / 11 of 11 on 743ef91, where it was run,
  // 100.0 / 94.4 / 11 of 11 at the registration).
  ["dev389.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 382's (dev390, an internal auditor checking claims line by line: yes-or-no of a named project's year, direction and department, then 'is that all?' and 'which ones not?'; the eightieth session: 100.0 / 100.0 / 15 of 19 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 15 of 19 at the registration).
  ["dev390.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 383's (dev391, a new hire from another city asking what the plan's terms mean (臨時拡充, 新規完了, 取組), then for examples of each, then about one example; the eightieth session: 100.0 / 100.0 / 14 of 17 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 15 of 17 at the registration).
  ["dev391.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 384's (dev392, a clerk wanting answers in a set shape: counts by department, sorted lists, the top three, second place, names only, just the number; the eightieth session: 100.0 / 100.0 / 15 of 18 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 15 of 18 at the registration).
  ["dev392.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 385's (dev393, a front-desk clerk relaying residents' phone calls: long preambles, residents' everyday words, and which department to forward the call to; the eightieth session: 100.0 / 100.0 / 6 of 7 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 6 of 7 at the registration).
  ["dev393.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 386's (dev394, an international-relations clerk mixing English words into Japanese (direction, start, schedule, budget, booking, support, project); the eightieth session: 88.9 / 85.2 / 6 of 11 on 4b6ca45, where it was run,
  // 100.0 / 96.3 / 9 of 11 at the registration).
  ["dev394.jsonl", 1.0, 0.9, 0.8, []],
  // Probe 387's (dev395, the head of one department (人権・男女共生課) checking all of its own projects across threads: years, what ends, what is new, comparisons; the eightieth session: 100.0 / 100.0 / 13 of 13 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 13 of 13 at the registration).
  ["dev395.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 388's (dev396, a clerk asking with negatives and exceptions: not 継続, not listed in R5, other departments than…, projects without Wi-Fi, then 'is that all?'; the eightieth session: 100.0 / 100.0 / 14 of 18 on 4b6ca45, where it was run,
  // 100.0 / 100.0 / 16 of 18 at the registration).
  ["dev396.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 389's (dev397, a DX and information-policy clerk typing IT abbreviations and loanwords (RPA, AI-OCR, クラウド, 電子申請, テレワーク) in half- and full-width forms, asking which projects use each technology and who runs them; the eighty-first session: 100.0 / 97.4 / 7 of 7 on 1b3d2d2, where it was run,
  // 100.0 / 97.4 / 7 of 7 at the registration).
  ["dev397.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 390's (dev398, a secretary in the mayor's office preparing a briefing: messages that open with the occasion (市長から聞かれて, 明日のレク用に), summaries per policy and department, then shorter lists and names only; the eighty-first session: 100.0 / 100.0 / 11 of 11 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev398.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 391's (dev399, a part-time clerk in the first week: very short vague messages, IME slips (担当か), and questions about what the words in the answers mean; the eighty-first session: 100.0 / 100.0 / 9 of 11 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 10 of 11 at the registration).
  ["dev399.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 392's (dev400, a budget-hearing officer comparing years: directions that change between two years, 拡充 then 縮小 or 完了, what starts late, counts per year; the eighty-first session: 100.0 / 100.0 / 15 of 17 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 15 of 17 at the registration).
  ["dev400.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 393's (dev401, a clerk pasting fragments of the plan's own 目的 and 内容 (cut mid-sentence, with breaks and spaces) and asking which project it is and who runs it; the eighty-first session: 93.3 / 93.3 / 3 of 5 on 1b3d2d2, where it was run,
  // 93.3 / 93.3 / 3 of 5 at the registration).
  ["dev401.jsonl", 0.9, 0.9, 0.6, ["top-1 93.3% < bigram 100.0%", "recall@5 93.3% < bigram 100.0%"]],
  // Probe 394's (dev402, a section chief who corrects himself in threads and in one message (いや、R5じゃなくてR6; ごめん7-3の方) and switches between units, codes and years; the eighty-first session: 100.0 / 100.0 / 8 of 14 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 13 of 14 at the registration).
  ["dev402.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 395's (dev403, a facility-management and disaster-preparedness clerk asking about buildings, equipment and emergencies, many topics outside this chapter; the eighty-first session: 81.8 / 100.0 / 9 of 9 on 1b3d2d2, where it was run,
  // 81.8 / 100.0 / 9 of 9 at the registration).
  ["dev403.jsonl", 0.8, 1.0, 1.0, []],
  // Probe 396's (dev404, a 市民課 counter clerk relaying residents' questions about マイナンバーカード, certificates, おくやみ and 窓口, in short spoken phrases; the eighty-first session: 92.3 / 100.0 / 7 of 7 on 1b3d2d2, where it was run,
  // 92.3 / 100.0 / 7 of 7 at the registration).
  ["dev404.jsonl", 0.9, 1.0, 1.0, []],
  // Probe 397's (dev405, a senior official writing very formal long messages (恐れ入りますが, ご教示いただけますと幸いです) that quote the plan and ask two or three things at once; the eighty-first session: 100.0 / 100.0 / 12 of 15 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 14 of 15 at the registration).
  ["dev405.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 399's (dev407, a clerk whose threads open with a long preamble (議会, 市長レク, 監査, 予算) and go on with very short follow-ups (一番多いのは？, 内訳は？); the eighty-first session: 100.0 / 97.2 / 10 of 11 on 1b3d2d2, where it was run,
  // 100.0 / 97.2 / 10 of 11 at the registration).
  ["dev407.jsonl", 1.0, 0.9, 0.9, []],
  // Probe 400's (dev408, a newcomer asking what the plan's terms and abbreviations mean (施策, 取組, 方向性, 臨時拡充, R3, No.) and then for examples, in everyday words; the eighty-first session: 100.0 / 100.0 / 14 of 18 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 16 of 18 at the registration).
  ["dev408.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 401's (dev409, a 人権・男女共生課 and 市民協働推進課 clerk asking in residents' everyday words (センター, 男女共同参画, 多文化共生, 自治会, NPO); the eighty-first session: 88.9 / 100.0 / 10 of 11 on 1b3d2d2, where it was run,
  // 88.9 / 100.0 / 10 of 11 at the registration).
  ["dev409.jsonl", 0.8, 1.0, 0.9, []],
  // Probe 402's (dev410, a fact-checker making claims one project or one whole unit at a time (…で合ってる？, 全部…？, …だけ？), wrong departments, years and directions on purpose; the eighty-first session: 100.0 / 100.0 / 14 of 19 on 1b3d2d2, where it was run,
  // 100.0 / 100.0 / 14 of 19 at the registration).
  ["dev410.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 403's (dev411, a clerk who corrects and refines mid-message and mid-thread (いや, ごめん, 間違えた, じゃなくて, やっぱり) about years, units, codes and directions; the eighty-first session: 75.0 / 100.0 / 10 of 16 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 100.0 / 15 of 16 at the registration).
  ["dev411.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 404's (dev412, a new member of staff asking what the plan's words and columns mean, then for examples and counts, in casual chat; the eighty-first session: 100.0 / 100.0 / 14 of 16 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 100.0 / 14 of 16 at the registration).
  ["dev412.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 405's (dev413, a clerk pasting sentences from the plan's 目的 and 内容 (with breaks, cut mid-sentence, full-width spaces) and asking which project, department and year; the eighty-first session: 87.5 / 93.8 / 4 of 4 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 87.5 / 93.8 / 4 of 4 at the registration).
  ["dev413.jsonl", 0.8, 0.9, 1.0, ["top-1 87.5% < bigram 100.0%", "recall@5 93.8% < bigram 100.0%"]],
  // Probe 406's (dev414, a clerk wanting lists in an order or a shape: sorted by end or start, top or bottom few units, breakdowns, names or counts only, then narrowed; the eighty-first session: 100.0 / 100.0 / 16 of 18 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 100.0 / 17 of 18 at the registration).
  ["dev414.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 407's (dev415, a senior official whose formal messages open with why they ask (議会, 市長, 監査, 予算査定) and go on with formal short follow-ups (〜につきましてはいかがでしょうか, 当該事業, それら); the eighty-first session: 100.0 / 90.7 / 10 of 11 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 90.7 / 11 of 11 at the registration).
  ["dev415.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 408's (dev416, an auditor checking claims about whole units (全部…？, どれも…？, いずれも…？) and how far projects go on (R7まで継続？, もう終わった？); the eighty-first session: 100.0 / 100.0 / 18 of 18 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev416.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 409's (dev417, a resident-facing clerk describing needs in everyday words, greetings and context first, sometimes in hiragana, asking whether something exists and whom to contact; the eighty-first session: 100.0 / 100.0 / 6 of 7 on the first pass's tree (between f5be899 and 893421f), where it was run,
  // 100.0 / 100.0 / 6 of 7 at the registration).
  ["dev417.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 410's (dev418, a clerk asking by exclusion and negation (以外, じゃない, 除いて, 完了しない, 一度も拡充してない) with codes, years and departments, then narrowing in threads; the eighty-second session: 100.0 / 100.0 / 15 of 18 on b48bb57, where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev418.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 411's (dev419, a busy clerk typing on a phone: no punctuation, typos, half-width katakana, full-width digits, IME slips (担当か, 完了す), very short follow-ups; the eighty-second session: 100.0 / 96.3 / 11 of 11 on b48bb57, where it was run,
  // 100.0 / 96.3 / 11 of 11 at the registration).
  ["dev419.jsonl", 1.0, 0.9, 1.0, ["recall@5 96.3% < bigram 97.2%"]],
  // Probe 412's (dev420, a planning officer comparing two units, policies, years or projects (どっちが多い, 違いは, 同じ課？, 両方), switching the pair in threads; the eighty-second session: 100.0 / 100.0 / 13 of 17 on b48bb57, where it was run,
  // 100.0 / 100.0 / 14 of 17 at the registration).
  ["dev420.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 413's (dev421, a clerk who writes years every way (2021年度, 令和3年度, R3, 3年度, 今年度 after the plan, 最終年度, 計画の前半・後半) and moves the year in threads; the eighty-second session: 100.0 / 100.0 / 16 of 17 on b48bb57, where it was run,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev421.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 414's (dev422, a manager writing a handover note: several projects in a thread, pointed back at by position and pronoun (さっきの, 2つ目の, 上の2つ, 残りは), fields of each; the eighty-second session: 90.9 / 97.0 / 9 of 9 on b48bb57, where it was run,
  // 100.0 / 97.0 / 9 of 9 at the registration).
  ["dev422.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 415's (dev423, a council liaison asking why projects exist and what they do (目的, 内容, ねらい), in polite long messages with background first, then of the others listed; the eighty-second session: 92.9 / 97.6 / 6 of 6 on b48bb57, where it was run,
  // 92.9 / 97.6 / 6 of 6 at the registration).
  ["dev423.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 416's (dev424, a clerk mixing what the plan does not hold (予算額, KPI, 進捗率, 担当者, 電話番号, 会議の日程) with what it does, in a message or across a thread; the eighty-second session: 90.9 / 100.0 / 8 of 9 on b48bb57, where it was run,
  // 100.0 / 100.0 / 8 of 9 at the registration).
  ["dev424.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 417's (dev425, a team leader comparing two departments, policies or years (どっちが多い, 少ないのはどちら, 同じくらい, 比べたい, 差は何件), then narrowing to one side; the eighty-second session: 100.0 / 100.0 / 18 of 19 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 18 of 19 at the registration).
  ["dev425.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 418's (dev426, someone learning the plan's structure: how many policies, initiatives and departments, their titles, initiatives with no project, then drilling down; the eighty-second session: 100.0 / 100.0 / 14 of 16 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 14 of 16 at the registration).
  ["dev426.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 419's (dev427, a budget-section clerk asking about periods (計画の前半・後半, R5以降, R5のあと, より前, 計画期間中ずっと, 途中で終わる) and their negations, moving the period in threads; the eighty-second session: 100.0 / 100.0 / 15 of 19 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 17 of 19 at the registration).
  ["dev427.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 420's (dev428, a newcomer picking from lists by position (上の2つ, 3番目, 最後の2つ, 1つ目と3つ目, さっきのリストの2番目, 残り) and asking fields of what was picked; the eighty-second session: 100.0 / 100.0 / 7 of 18 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 17 of 18 at the registration).
  ["dev428.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 421's (dev429, a welfare-desk clerk describing residents' situations in everyday words, with typos and hiragana, asking which project helps and who runs it; the eighty-second session: 91.7 / 93.8 / 8 of 8 on the first pass's working tree (after e1d5404), where it was run,
  // 91.7 / 93.8 / 8 of 8 at the registration).
  ["dev429.jsonl", 0.9, 0.9, 1.0, []],
  // Probe 422's (dev430, a PR officer in casual Slack register with emoji, 笑 and filler, asking about promotion, SNS, the film, hometown tax, then short follow-ups; the eighty-second session: 100.0 / 100.0 / 6 of 8 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 6 of 8 at the registration).
  ["dev430.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 423's (dev431, a general-affairs clerk asking about internal administration (DX, systems, training, facilities, procurement) in mixed registers, correcting themselves mid-thread; the eighty-second session: 100.0 / 100.0 / 11 of 12 on the first pass's working tree (after e1d5404), where it was run,
  // 100.0 / 100.0 / 11 of 12 at the registration).
  ["dev431.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 424's (dev432, a facilities and public-property officer asking about buildings, land, 庁舎, 公共施設 and maintenance in their own trade's words, often two asks in one message; the eighty-third session: 100.0 / 100.0 / 7 of 8 on 150cc9a, where it was run,
  // 100.0 / 100.0 / 7 of 8 at the registration).
  ["dev432.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 425's (dev433, an IT/DX team member typing abbreviations and loanwords (DX, RPA, AI, LINE, クラウド, content, purpose), mixing English and Japanese, with follow-ups like それってR6も？; the eighty-third session: 100.0 / 91.7 / 12 of 12 on 150cc9a, where it was run,
  // 100.0 / 91.7 / 12 of 12 at the registration).
  // (Still below the bigram's recall@5 after the eighty-fourth session, by less: 95.8.)
  ["dev433.jsonl", 1.0, 0.9, 1.0, ["recall@5 95.8% < bigram 100.0%"]],
  // Probe 426's (dev434, a brand-new hire typing one- or two-word follow-ups (詳しく, 他は？, 全部, もっと, それだけ？) and asking what a word in an answer means; the eighty-third session: 100.0 / 96.3 / 11 of 11 on 150cc9a, where it was run,
  // 100.0 / 96.3 / 11 of 11 at the registration).
  ["dev434.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 427's (dev435, a tax and revenue clerk (税, 収納, 納付, 口座振替, ふるさと納税) asking about the years and directions of their own projects and comparing them with other departments; the eighty-third session: 100.0 / 100.0 / 10 of 11 on 150cc9a, where it was run,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev435.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 428's (dev436, a planning-section analyst asking for overviews and aggregates (which policy has the most 拡充, completions by year, what changes between years), then narrowing; the eighty-third session: 100.0 / 100.0 / 17 of 18 on 150cc9a, where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev436.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 429's (dev437, a staff member who gets department names slightly wrong (人権課, システム課, 広報課, 資産活用課) and asks whom to contact about a resident's matter, then corrects themselves; the eighty-third session: 76.9 / 73.1 / 7 of 7 on 150cc9a, where it was run,
  // 92.3 / 88.5 / 7 of 7 at the registration).
  ["dev437.jsonl", 0.9, 0.8, 1.0, ["recall@5 88.5% < bigram 96.2%"]],
  // Probe 430's (dev438, a mayor's-office aide preparing a briefing in long polite messages: lists by year and direction (縮小してから完了, 途中で拡充, 新規で始まってまだ続く), asked again more precisely; the eighty-third session: 100.0 / 100.0 / 14 of 17 on 150cc9a, where it was run,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev438.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 431's (dev439, a records clerk filling a handover sheet one project at a time: each field in turn, then the next project by name, number or place (7-2 No.8, 16番, 4つ目); the eighty-third session: 100.0 / 100.0 / 10 of 10 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 10 of 10 at the registration).
  ["dev439.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 432's (dev440, a section chief typing terse fragments (R5完了 一覧, 人事課 件数) and follow-ups like それ除外, 逆は, 差分, 合計; the eighty-third session: 100.0 / 100.0 / 15 of 15 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev440.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 433's (dev441, someone asking whether the plan has something, both what it has and what it does not (防犯カメラ, 空き家, キャッシュレス, 手話), expecting a clear はい or いいえ; the eighty-third session: 100.0 / 100.0 / 9 of 12 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 9 of 12 at the registration).
  ["dev441.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 434's (dev442, a new council-liaison officer pasting a councillor's question in 「」, then asking which projects relate, who runs them and until when, in long polite messages; the eighty-third session: 100.0 / 96.4 / 9 of 9 on 1e4db41, where it was run,
  // 100.0 / 96.4 / 9 of 9 at the registration).
  ["dev442.jsonl", 1.0, 0.9, 1.0, []],
  // Probe 435's (dev443, a staff member saying directions in everyday words (減らす, パワーアップ, おしまい, そのまま, 新しく始める) with years written as R, 令和 or 2022年度; the eighty-third session: 100.0 / 100.0 / 10 of 15 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 14 of 15 at the registration).
  ["dev443.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 436's (dev444, a department head asking about 'うちの課' after introducing themselves, then about other units and comparisons across turns; the eighty-third session: 100.0 / 100.0 / 15 of 15 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev444.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 437's (dev445, an auditor checking consistency and edge cases (directions that change, one-year listings, ほか, same names, totals) and asking the bot to double-check; the eighty-third session: 100.0 / 100.0 / 15 of 18 on 1e4db41, where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev445.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 438's (dev446, a front-counter clerk relaying residents' questions in the residents' own everyday words (手続き, ネット, 窓口, 待ち時間, 外国の人), asking whom to send them to; the eighty-fourth session: 93.3 / 100.0 / 4 of 5 on c16bfc0, where it was run,
  // 93.3 / 100.0 / 4 of 5 at the registration).
  ["dev446.jsonl", 0.9, 1.0, 0.8, []],
  // Probe 439's (dev447, a transferee using the unit and project names of their old city (総務課, 企画課, 情報政策課, 広報広聴課, IT推進室) and administrative jargon that differs from the plan's; the eighty-fourth session: 84.6 / 85.3 / 5 of 7 on c16bfc0, where it was run,
  // 84.6 / 85.3 / 6 of 7 at the registration).
  ["dev447.jsonl", 0.8, 0.8, 0.8, []],
  // Probe 440's (dev448, someone typing on a phone in a hurry: hiragana where kanji would be, missing particles, one-character typos, half-width katakana, no punctuation; the eighty-fourth session: 100.0 / 100.0 / 8 of 8 on c16bfc0, where it was run,
  // 100.0 / 100.0 / 8 of 8 at the registration).
  ["dev448.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 441's (dev449, staff preparing an answer for a council member: yes/no questions with negation and confirmation (〜じゃないよね？, 〜で合ってる？, 本当に〜？), then 目的 and 内容; the eighty-fourth session: 100.0 / 100.0 / 9 of 13 on c16bfc0, where it was run,
  // 100.0 / 100.0 / 9 of 13 at the registration).
  ["dev449.jsonl", 1.0, 1.0, 0.6, []],
  // Probe 442's (dev450, a budget and finance clerk asking which projects shrink, end or grow by year, what changed between years, counts per policy and unit, two years compared; the eighty-fourth session: 100.0 / 100.0 / 17 of 17 on c16bfc0, where it was run,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev450.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 443's (dev451, a colleague referring back across a thread (それ, あれ, さっきの, 最初のやつ, 2番目の, 前のに戻って, 上の2つ), two or three turns back; the eighty-fourth session: 100.0 / 100.0 / 8 of 12 on c16bfc0, where it was run,
  // 100.0 / 100.0 / 9 of 12 at the registration).
  ["dev451.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 444's (dev452, someone exploring broad themes in everyday words (安心, 便利, つながり, 住民参加, 平等, お金の管理, デジタル化, 災害, 環境) expecting the projects that serve them; the eighty-fourth session: 81.3 / 72.4 / 3 of 4 on c16bfc0, where it was run,
  // 81.3 / 79.7 / 3 of 4 at the registration).
  ["dev452.jsonl", 0.8, 0.7, 0.7, []],
  // Probe 445's (dev453, a newly assigned section chief learning the plan's structure: what each policy and initiative is, which initiatives have no projects, counts per level, moving down and up; the eighty-fourth session: 100.0 / 100.0 / 14 of 16 on round one's build, where it was run,
  // 100.0 / 100.0 / 15 of 16 at the registration).
  ["dev453.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 446's (dev454, staff pasting long polite messages holding two or three asks at once, written as email-style Slack posts; the eighty-fourth session: 100.0 / 100.0 / 10 of 12 on round one's build, where it was run,
  // 100.0 / 100.0 / 11 of 12 at the registration).
  ["dev454.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 447's (dev455, someone asking about time in every way (今年度, 来年度, 去年, いつから, 2023年度, 今も続いてる？, 計画の最後の年) with the machine's date after the plan; the eighty-fourth session: 100.0 / 100.0 / 12 of 13 on round one's build, where it was run,
  // 100.0 / 100.0 / 13 of 13 at the registration).
  ["dev455.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 448's (dev456, someone describing what a project does purely in everyday words (役所の紙を減らす, 職員が家で働ける, 建物を長持ちさせる) and asking which it is and who runs it; the eighty-fourth session: 88.9 / 91.2 / 1 of 2 on round one's build, where it was run,
  // 94.4 / 91.2 / 1 of 2 at the registration).
  ["dev456.jsonl", 0.9, 0.9, 0.5, []],
  // Probe 449's (dev457, someone typing with IME slips and wrong kanji (単当課, 事行, 拡重, 継読), mixed widths and staff abbreviations (マイナ, コミセン, 情シス, 財活); the eighty-fourth session: 87.5 / 100.0 / 10 of 12 on round one's build, where it was run,
  // 87.5 / 100.0 / 11 of 12 at the registration).
  ["dev457.jsonl", 0.8, 1.0, 0.9, []],
  // Probe 450's (dev458, a skeptic challenging answers (本当に？, それ違くない？, どこに書いてある？) and asking what the plan cannot answer (予算額, 担当者, 進捗率, 電話番号); the eighty-fourth session: 100.0 / 100.0 / 11 of 12 on round one's build, where it was run,
  // 100.0 / 100.0 / 11 of 12 at the registration).
  ["dev458.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 451's (dev459, someone comparing projects across a thread (どっちが先に終わる, 同じ課？, 違いは？, 共通点は？, 両方とも, それぞれ); the eighty-fourth session: 100.0 / 100.0 / 11 of 15 on round one's build, where it was run,
  // 100.0 / 100.0 / 12 of 15 at the registration).
  ["dev459.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 452's (dev460, a staff member who goes back and forth inside one thread: asks a list, picks one, goes back to the list (さっきのリストに戻って, 最初のやつ), asks another field of an earlier one, and switches units or years after a yes/no; the eighty-fifth session: 100.0 / 100.0 / 9 of 10 on 228727e, where it was run,
  // 100.0 / 100.0 / 9 of 10 at the registration).
  ["dev460.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 453's (dev461, a mid-career hire from a private IT company using business jargon for the plan's words (KPI, プロジェクト, オーナー部署, 予算執行, ペーパーレス, RPA, ベンダー); the eighty-fifth session: 72.7 / 75.8 / 5 of 9 on 228727e, where it was run,
  // 81.8 / 86.4 / 8 of 9 at the registration).
  ["dev461.jsonl", 0.8, 0.8, 0.8, []],
  // Probe 454's (dev462, a community-relations officer asking by broad themes in everyday words (災害に強い, 地域のつながり, お金の管理, 子育て世代, 若い人の声, 窓口の待ち時間); the eighty-fifth session: 85.7 / 84.3 / 6 of 6 on 228727e, where it was run,
  // 85.7 / 84.3 / 6 of 6 at the registration).
  ["dev462.jsonl", 0.8, 0.8, 1.0, []],
  // Probe 455's (dev463, a planning analyst asking counts and cross-tabulations: per unit, year, direction and policy, the most and fewest, shares, two conditions combined; the eighty-fifth session: 100.0 / 100.0 / 19 of 19 on 228727e, where it was run,
  // 100.0 / 100.0 / 19 of 19 at the registration).
  ["dev463.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 457's (dev465, a department head speaking of their own unit humbly (弊課, 当課, うちの課, 私どもの所管) and loosely (市民課さん, IT系の課), asking what they own and who else does similar work; the eighty-fifth session: 100.0 / 100.0 / 9 of 14 on 228727e, where it was run,
  // 100.0 / 100.0 / 12 of 14 at the registration).
  ["dev465.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 458's (dev466, a busy staff member writing very short messages with typos, no particles, mixed widths and emoji (ﾏｲﾅ担当？, 7-4-2 なに, r5完了 どれ, 人事課 一覧pls); the eighty-fifth session: 100.0 / 100.0 / 11 of 11 on 228727e, where it was run,
  // 100.0 / 100.0 / 11 of 11 at the registration).
  ["dev466.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 459's (dev467, a project manager from a private company talking in project terms (スケジュール, 進捗, ロードマップ, 予算ついてる, 案件, ステータス, オーナー部署); the eighty-fifth session: 100.0 / 100.0 / 9 of 11 on round one's build, where it was run,
  // 100.0 / 100.0 / 10 of 11 at the registration).
  ["dev467.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 460's (dev468, a planning analyst wanting figures: shares (何割, 何パーセント), counts per unit or year, differences between years, the largest and smallest, checks of totals; the eighty-fifth session: 100.0 / 100.0 / 17 of 19 on round one's build, where it was run,
  // 100.0 / 100.0 / 17 of 19 at the registration).
  ["dev468.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 461's (dev469, a department head speaking of their own unit humbly (弊課, 私ども, 当方, 本課, うちの課) and asking which other units run similar projects (ほかの課で, うち以外で, 他部署で); the eighty-fifth session: 12.5 / 68.8 / 5 of 12 on round one's build, where it was run,
  // 75.0 / 62.5 / 8 of 12 at the registration).
  ["dev469.jsonl", 0.7, 0.6, 0.6, []],
  // Probe 462's (dev470, an auditor checking claims about one project across years in one message (R3は拡充でその後は継続, R4以降は継続のまま, 一度でも縮小した？) and asking more of it; the eighty-fifth session: 100.0 / 100.0 / 17 of 19 on round one's build, where it was run,
  // 100.0 / 100.0 / 17 of 19 at the registration).
  ["dev470.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 463's (dev471, a staff member moving around lists in a thread: picks, goes back (さっきの一覧に戻って), narrows (そのうち, その2つ), switches unit or year and compares; the eighty-fifth session: 100.0 / 100.0 / 15 of 15 on round one's build, where it was run,
  // 100.0 / 100.0 / 15 of 15 at the registration).
  ["dev471.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 464's (dev472, a new staff member from another city describing needs in everyday words (紙を減らしたい, 災害に備える, 地域のつながり, 子育て世代, 若い人の意見) and asking whom to contact; the eighty-fifth session: 92.9 / 87.0 / 5 of 6 on round one's build, where it was run,
  // 92.9 / 87.0 / 5 of 6 at the registration).
  ["dev472.jsonl", 0.9, 0.8, 0.8, []],
  // Probe 465's (dev473, a council secretariat clerk writing very formal polite questions (〜になりますでしょうか, 〜でございますか, ご教示いただけますでしょうか) with background before the ask; the eighty-fifth session: 100.0 / 100.0 / 6 of 11 on round one's build, where it was run,
  // 100.0 / 100.0 / 7 of 11 at the registration).
  ["dev473.jsonl", 1.0, 1.0, 0.6, []],
  // Probe 466's (dev474, a staff member moving around lists in a thread: narrows, picks two (その2つ, 上の2つ), asks yes/no of a pick then switches unit (じゃあ市民課は？), goes back to a list, compares after a year swap (差は？); the eighty-sixth session: 100.0 / 91.7 / 14 of 16 on 313d960, where it was run,
  // 100.0 / 91.7 / 14 of 16 at the registration).
  ["dev474.jsonl", 1.0, 0.9, 0.8, []],
  // Probe 467's (dev475, a community-relations staff member asking about broad themes in everyday words (災害に強い, 地域のつながり, 市のお金の管理, 若い人), often after context; the eighty-sixth session: 87.5 / 71.2 / 6 of 12 on 313d960, where it was run,
  // 87.5 / 71.2 / 6 of 12 at the registration).
  ["dev475.jsonl", 0.8, 0.7, 0.5, []],
  // Probe 468's (dev476, a finance-division staff member: budgets and totals in accounting words (予算ついてる, 計上, 上乗せ, 合計, 平均, 施策ごとの事業数, 2番目に多い課); the eighty-sixth session: 100.0 / 70.8 / 3 of 16 on 313d960, where it was run,
  // 100.0 / 70.8 / 11 of 16 at the registration).
  ["dev476.jsonl", 1.0, 0.7, 0.6, []],
  // Probe 469's (dev477, an internal auditor naming a project in a context sentence, then claiming something of it (…の件で確認しています。R4で完了、で合っていますか), and asking about every year (毎年度載ってる, 最後に完了); the eighty-sixth session: 100.0 / 100.0 / 8 of 18 on 313d960, where it was run,
  // 100.0 / 100.0 / 10 of 18 at the registration).
  ["dev477.jsonl", 1.0, 1.0, 0.5, []],
  // Probe 470's (dev478, a new section chief speaking of their own unit (うちの課, 弊課, 当課) and asking which other units do similar work, which projects are shared, with mobile typos and half-width kana; the eighty-sixth session: 25.0 / 30.2 / 8 of 12 on 313d960, where it was run,
  // 75.0 / 77.7 / 10 of 12 at the registration).
  ["dev478.jsonl", 0.7, 0.7, 0.8, []],
  // Probe 471's (dev479, a council-answer writer mixing 2023年度, 令和5年度, R5, 今年度, asking ranges (R4からR6まで, 7-3から7-5) and what ends when; the eighty-sixth session: 100.0 / 100.0 / 17 of 18 on 313d960, where it was run,
  // 100.0 / 100.0 / 17 of 18 at the registration).
  ["dev479.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 472's (dev480, a very polite writer from an office away from the city hall (東部サービスコーナーの山本です): greeting, who they are and why in every message, two asks in one; the eighty-sixth session: 100.0 / 100.0 / 5 of 10 on 313d960, where it was run,
  // 100.0 / 100.0 / 8 of 10 at the registration).
  ["dev480.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 473's (dev481, an IT help-desk staffer writing half-width katakana, romaji and English abbreviations (DX, RPA, Wi-Fi, LINE), particles dropped; the eighty-seventh session: 88.9 / 96.3 / 8 of 11 on a21870e, where it was run,
  // 88.9 / 96.3 / 11 of 11 at the registration).
  ["dev481.jsonl", 0.8, 0.9, 1.0, []],
  // Probe 474's (dev482, a brand-new hire who does not know how the plan is built: what 施策, 取組 and the codes mean, what 新規完了 or 臨時拡充 mean, then projects in vague words; the eighty-seventh session: 77.8 / 88.9 / 9 of 11 on a21870e, where it was run,
  // 77.8 / 88.9 / 11 of 11 at the registration).
  ["dev482.jsonl", 0.7, 0.8, 1.0, []],
  // Probe 475's (dev483, a staffer compiling a report table: counts by year and direction, lists of 縮小 or 完了, projects changing direction, narrowed and sorted in follow-ups; the eighty-seventh session: 100.0 / 100.0 / 18 of 19 on a21870e, where it was run,
  // 100.0 / 100.0 / 19 of 19 at the registration).
  ["dev483.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 476's (dev484, a hurried user who corrects themselves in threads (あ、違った R6で, さっきのやつ, 1個目の詳細, もう一回最初のリスト, やっぱり市民課じゃなくて…); the eighty-seventh session: 100.0 / 100.0 / 11 of 13 on a21870e, where it was run,
  // 100.0 / 100.0 / 12 of 13 at the registration).
  ["dev484.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 477's (dev485, an older staffer writing mostly in hiragana with few kanji, spaces between words and voice-input homophones; the eighty-seventh session: 100.0 / 100.0 / 12 of 12 on a21870e, where it was run,
  // 100.0 / 100.0 / 12 of 12 at the registration).
  ["dev485.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 478's (dev486, a section manager comparing policies, years and units (どっちが多い, 差, 一番多い), with follow-ups that flip or re-aim the comparison; the eighty-seventh session: 100.0 / 100.0 / 13 of 17 on a21870e, where it was run,
  // 100.0 / 100.0 / 16 of 17 at the registration).
  ["dev486.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 479's (dev487, a front-desk staffer relaying residents' questions (市民から〜って聞かれたんだけど) in everyday words about facilities, taxes and procedures; the eighty-seventh session: 100.0 / 100.0 / 5 of 7 on a21870e, where it was run,
  // 100.0 / 100.0 / 5 of 7 at the registration).
  ["dev487.jsonl", 1.0, 1.0, 0.7, []],
  // Probe 480's (dev488, a budget staffer preparing next year's requests, asking in money words the plan does not use (予算が増える, お金をかける, 削る, 予算増), by year and by unit, then narrowing or re-sorting; the eighty-eighth session: 66.7 / 55.0 / 7 of 17 on d6b69d6, where it was run,
  // 66.7 / 55.0 / 12 of 17 at the registration).
  ["dev488.jsonl", 0.6, 0.5, 0.7, []],
  // Probe 481's (dev489, a council-answer writer: long formal messages (〜について、現在の状況をご教示いただけますでしょうか), purposes and contents of projects, two projects in one message, formal words pointing back (同事業, 当該, 両事業); the eighty-eighth session: 90.9 / 100.0 / 8 of 9 on d6b69d6, where it was run,
  // 90.9 / 100.0 / 8 of 9 at the registration).
  ["dev489.jsonl", 0.9, 1.0, 0.8, []],
  // Probe 482's (dev490, a staffer typing fast on a phone: missed kanji conversion, typos, emoji and trailing w, abbreviations (マイナ, DX, 情シス), several questions jammed into one message; the eighty-eighth session: 100.0 / 95.2 / 9 of 13 on d6b69d6, where it was run,
  // 100.0 / 95.2 / 8 of 13 at the registration).
  ["dev490.jsonl", 1.0, 0.9, 0.6, []],
  // Probe 483's (dev491, a section chief who first says who they are (人事課の者ですが, うちは市民課です), then asks about うちの課 and compares with other units in follow-ups; the eighty-eighth session: 100.0 / 100.0 / 15 of 18 on d6b69d6, where it was run,
  // 100.0 / 100.0 / 16 of 18 at the registration).
  ["dev491.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 484's (dev492, a staffer mixing calendars and relative years (2023年度, R5, 来年度, 今年度, 再来年, ranges, 最終年度) in fiscal 令和8年度, past the plan; the eighty-eighth session: 100.0 / 100.0 / 16 of 17 on d6b69d6, where it was run,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev492.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 485's (dev493, a staffer asking by exclusion and negation (市民課以外, 完了しない, R5に載ってない, どの年も継続だけ) and flipping it in follow-ups (じゃあ逆に…); the eighty-eighth session: 100.0 / 100.0 / 16 of 18 on d6b69d6, where it was run,
  // 100.0 / 100.0 / 18 of 18 at the registration).
  ["dev493.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 486's (dev494, a staffer describing what a project does in concrete everyday terms (窓口で何ができる, 家で手続き, 紙がなくなる, 空き家, 職員の研修), then its unit and years; the eighty-eighth session: 93.3 / 88.3 / 4 of 5 on d6b69d6, where it was run,
  // 93.3 / 88.3 / 4 of 5 at the registration).
  ["dev494.jsonl", 0.9, 0.8, 0.8, []],
  // Probe 487's (dev495, a staffer who pastes lines from the bot's own answers or the daily digest (・7-4-2 …, 担当課：…, > quotes) and asks about the pasted line (これの担当課は？, この事業R6もある？); the eighty-ninth session: 0.0 / 0.0 / 12 of 18 on 6d14aa0, where it was run,
  // 0.0 / 0.0 / 13 of 18 at the registration).
  ["dev495.jsonl", 0.0, 0.0, 0.7, ["recall@5 0.0% < bigram 58.3%"]],
  // Probe 488's (dev496, a staffer who asks what projects are for and what they actually do (目的は？, 具体的に何するの？) and searches by a purpose in their own words (手続きを楽にする, 職員の負担を減らす, 市民に知ってもらう); the eighty-ninth session: 91.7 / 77.6 / 8 of 8 on 6d14aa0, where it was run,
  // 100.0 / 82.3 / 8 of 8 at the registration).
  ["dev496.jsonl", 1.0, 0.8, 1.0, []],
  // Probe 489's (dev497, a staffer tracking how directions change over the years (いつから拡充？, ずっと継続, 途中で縮小, 最初は新規で最後に完了, 方向性が一度も変わらない), then asking the same of one project; the eighty-ninth session: 100.0 / 100.0 / 13 of 17 on 6d14aa0, where it was run,
  // 100.0 / 100.0 / 15 of 17 at the registration).
  ["dev497.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 490's (dev498, a planning-division staffer checking the plan's structure (施策7-3の名前, 取組7-4-2の件数, 7-6の取組一覧, 事業が一つもない取組, これってどの取組？); the eighty-ninth session: 100.0 / 100.0 / 16 of 17 on 6d14aa0, where it was run,
  // 100.0 / 100.0 / 17 of 17 at the registration).
  ["dev498.jsonl", 1.0, 1.0, 1.0, []],
  // Probe 491's (dev499, a staffer who writes with Slack formatting and habits (*bold*, `code`, mentions, links, emoji, bullet lists of several questions, 追記 in a follow-up); the eighty-ninth session: 100.0 / 94.4 / 11 of 14 on 6d14aa0, where it was run,
  // 100.0 / 94.4 / 11 of 14 at the registration).
  ["dev499.jsonl", 1.0, 0.9, 0.7, []],
  // Probe 492's (dev500, a staff member relaying for someone else in indirect speech (課長から〜か確認してって言われた, 〇〇さんが〜って言ってたけど本当？), with claims that are sometimes wrong; the eighty-ninth session: 100.0 / 100.0 / 7 of 16 on 6d14aa0, where it was run,
  // 100.0 / 100.0 / 9 of 16 at the registration).
  ["dev500.jsonl", 1.0, 1.0, 0.5, []],
  // Probe 493's (dev501, a staffer from another department who half-remembers projects and describes them vaguely (なんとかポイントみたいなやつ, カードで何かするやつ, 名前忘れたけど窓口の混雑のやつ), then narrows in follow-ups; the eighty-ninth session: 92.3 / 92.7 / 6 of 7 on 6d14aa0, where it was run,
  // 92.3 / 92.7 / 6 of 7 at the registration).
  ["dev501.jsonl", 0.9, 0.9, 0.8, []],
  // Probe 494's (dev502, a staffer who asks for answers in a shape (表にして, 箇条書きで, コードだけ, 件数だけ, 担当課だけ一覧で, 短く, 詳しく, 目的も付けて) and in follow-ups reshapes the last answer (もっと詳しく, 担当課ごとにまとめて, 年度順に, 上から3つだけ); the ninetieth session: 100.0 / 100.0 / 14 of 15 on 0167dc0, where it was run,
  // 100.0 / 100.0 / 14 of 15 at the registration).
  ["dev502.jsonl", 1.0, 1.0, 0.9, []],
  // Probe 495's (dev503, a staffer who asks durations and dates of a project's life (いつから始まる, いつまで続く, 何年間拡充する, 何年度で終わる, 一番長く続く事業, 途中で止まる事業), then of one project in follow-ups (それは何年続く？, 最後の年は？); the ninetieth session: 100.0 / 100.0 / 16 of 18 on 0167dc0, where it was run,
  // 100.0 / 100.0 / 16 of 18 at the registration).
  ["dev503.jsonl", 1.0, 1.0, 0.8, []],
  // Probe 496's (dev504, a staffer who asks about two or more subjects or units at once (市民課と人事課の事業, マイナンバーかオンラインに関係する事業, 7-2と7-4で完了するもの) and in follow-ups drops or adds one (市民課だけだと？, 収納課も入れて); the ninetieth session: 100.0 / 81.1 / 14 of 15 on 0167dc0, where it was run,
  // 100.0 / 81.1 / 14 of 15 at the registration).
  // (90.0 since either of two subjects said with か answers each side's projects.)
  ["dev504.jsonl", 1.0, 0.8, 0.9, ["recall@5 90.0% < bigram 94.9%"]],
  // Probe 497's (dev505, a staffer who names departments loosely or wrongly (システム課, 人権課, 情報政策課, IT推進課, hiragana names, units the plan does not have) and expects the right unit or a plain answer that it is not in the plan; the ninetieth session: 83.3 / 91.7 / 11 of 14 on 0167dc0, where it was run,
  // 83.3 / 91.7 / 11 of 14 at the registration).
  ["dev505.jsonl", 0.8, 0.9, 0.7, []],
  // Probe 498's (dev506, a staffer who pushes back on answers in threads (違う、そうじゃなくて…, それじゃない, 他には？, もっとある？, 全部見せて, 次のは？, 本当に？, いや市民課の方) and rephrases the first question after a bad answer; the ninetieth session: 100.0 / 97.1 / 12 of 13 on 0167dc0, where it was run,
  // 100.0 / 97.1 / 12 of 13 at the registration).
  ["dev506.jsonl", 1.0, 0.9, 0.9, []],
  // Probe 499's (dev507, a staffer who asks about relations between projects (7-2-4と同じ取組の事業, 同じ担当課のほかの事業, マイナンバーカードの事業と似た事業, 同じ年に完了する他の事業) and compares two named projects (どっちが先に終わる？); the ninetieth session: 0.0 / 54.2 / 6 of 16 on 0167dc0, where it was run,
  // 25.0 / 81.2 / 15 of 16 at the registration).
  ["dev507.jsonl", 0.2, 0.8, 0.9, []],
  // Probe 500's (dev508, a manager preparing a meeting who sends several requests in one message (lines, a bullet list, or one sentence with 〜と〜と〜) and in follow-ups asks for just one of the parts again (目的だけもう一度); the ninetieth session: 100.0 / 79.2 / 6 of 16 on 0167dc0, where it was run,
  // 100.0 / 79.2 / 8 of 16 at the registration).
  ["dev508.jsonl", 1.0, 0.7, 0.5, []],
] as const)("evaluation on %s", (file, top1, recall5, exact, below) => {
  it(`reaches top-1 ≥ ${top1 * 100}%, recall@5 ≥ ${recall5 * 100}%, exact sets ≥ ${exact * 100}%`, async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.top1).toBeGreaterThanOrEqual(top1);
    expect(summary.recall5).toBeGreaterThanOrEqual(recall5);
    expect(summary.exactRight / summary.exactCount).toBeGreaterThanOrEqual(exact);
  });

  it(`is below the character-bigram baseline only as known: ${below.join(", ")}`, async () => {
    expect(belowBaseline((await scoreOurs(file)).summary, scoreBaseline(file).summary)).toEqual(below);
  });
});

// Sets of exact questions only: no question ranks, their exact sets held to a floor.
describe.each([
  // Probe 398's (dev406, a clerk wanting answers in a set shape: names only, counts only, grouped, sorted by when projects end, top or bottom few, then narrowed; the eighty-first session: no ranked question, 18 of 20 exact on 1b3d2d2, where it was run,
  // 20 of 20 at the registration).
  ["dev406.jsonl", 1.0, []],
  // Probe 456's (dev464, an auditor verifying yes/no facts about one project across several years in one message
  // (R3とR4は臨時拡充だよね？, いつから継続？, 一度でも縮小した？), then the project in view; the eighty-fifth session: no ranked
  // question, 18 of 20 exact on 228727e, where it was run, 20 of 20 at the registration).
  ["dev464.jsonl", 1.0, []],
] as const)("evaluation on %s (exact questions only)", (file, exact, below) => {
  it(`has no ranked question, and exact sets ≥ ${exact * 100}%`, async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.top1).toBeNull();
    expect(summary.exactRight / summary.exactCount).toBeGreaterThanOrEqual(exact);
  });

  it(`is below the character-bigram baseline only as known: ${below.join(", ")}`, async () => {
    expect(belowBaseline((await scoreOurs(file)).summary, scoreBaseline(file).summary)).toEqual(below);
  });
});

// Sets of topic questions only: no exact sets to score, their ranking held to a floor.
describe.each([
  // The sixteenth session's probe 36: everyday words, fragments and long polite messages, three per project
  // (ca5b457: top-1 113 of 132, recall@5 96.6 %).
  ["dev40.jsonl", 0.8, 0.9],
  // The twentieth session's dev set of topics in everyday words, to the blind brief (f881452: 88.8 / 95.8).
  ["dev52.jsonl", 0.8, 0.9],
])("evaluation on %s (topic questions only)", (file, top1, recall5) => {
  it(`reaches top-1 ≥ ${top1 * 100}%, recall@5 ≥ ${recall5 * 100}%, and is never below the character-bigram baseline`, async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.exactCount).toBe(0);
    expect(summary.top1).toBeGreaterThanOrEqual(top1);
    expect(summary.recall5).toBeGreaterThanOrEqual(recall5);
    expect(belowBaseline(summary, scoreBaseline(file).summary)).toEqual([]);
  });
});

// Sets of exact questions only: no ranking to score, their exact answers held to a floor.
describe.each([
  // The fifteenth session's probe of exact questions (ec5f45b: 100 of 100).
  ["dev38.jsonl", 0.95],
])("evaluation on %s (exact questions only)", (file, exact) => {
  it(`answers exact sets ≥ ${exact * 100}% right, and is never below the character-bigram baseline`, async () => {
    const { summary } = await scoreOurs(file);
    expect(summary.ranked).toBe(0);
    expect(summary.exactRight / summary.exactCount).toBeGreaterThanOrEqual(exact);
    expect(belowBaseline(summary, scoreBaseline(file).summary)).toEqual([]);
  });
});

describe("score", () => {
  it("counts top-1 against primary and recall in the first max(5, |rel|)", () => {
    const qs = parseQuestions(
      '{"q":"a","kind":"topic","rel":["x","y"],"primary":["y"]}\n{"q":"b","kind":"exact","rel":[]}',
    );
    const { kinds, summary } = score(qs, [["x", "y"], ["z"]]);
    expect(kinds).toEqual([
      { kind: "topic", count: 1, top1: 0, recall5: 1, exact: null },
      { kind: "exact", count: 1, top1: null, recall5: null, exact: 0 },
    ]);
    expect(summary).toEqual({ ranked: 1, top1: 0, recall5: 1, exactCount: 1, exactRight: 0 });
  });

  it("prints the misses of tuned sets and of one's own files only: a fixture listed nowhere is never mined", () => {
    const tuned = ["dev", "dev15"];
    expect(mayPrintMisses(join(FIXTURES, "dev15.jsonl"), FIXTURES, tuned, [], false)).toBe(true);
    expect(mayPrintMisses(join(FIXTURES, "twelfth.jsonl"), FIXTURES, tuned, [], true)).toBe(false);
    expect(mayPrintMisses(join(FIXTURES, "thirteenth.jsonl"), FIXTURES, tuned, [], true)).toBe(false);
    expect(mayPrintMisses("/tmp/my-questions.jsonl", FIXTURES, tuned, [], true)).toBe(true);
  });

  it("prints a file's misses from outside the fixtures only when --misses asks: a blind set scored by its path stays unseen", () => {
    expect(mayPrintMisses("/work/blind/twenty-first.jsonl", FIXTURES, ["dev"], [], false)).toBe(false);
  });

  it("never prints a blind set's misses, even from a file outside the fixtures", () => {
    expect(mayPrintMisses("/work/blind/seventeenth.jsonl", FIXTURES, ["dev"], ["seventeenth"], true)).toBe(
      false,
    );
    expect(
      mayPrintMisses(join(FIXTURES, "seventeenth.jsonl"), FIXTURES, ["seventeenth"], ["seventeenth"], true),
    ).toBe(false);
  });

  it("says where a set is below the baseline as a whole and by style, even when the whole is not", () => {
    const at = { ranked: 10, top1: 0.8, recall5: 0.9, exactCount: 2, exactRight: 2 };
    const low = { ...at, top1: 0.5 };
    const styles = (s: typeof at): [string, typeof at][] => [
      ["everyday", s],
      ["fragment", at],
    ];
    expect(verdict("ninth", { summary: at, styles: styles(at) }, { summary: at, styles: styles(at) })).toBe(
      "ninth: at or above the bigram baseline",
    );
    expect(verdict("tenth", { summary: at, styles: styles(low) }, { summary: at, styles: styles(at) })).toBe(
      "tenth: at or above the bigram baseline; BELOW it by style: everyday top-1 50.0% < bigram 80.0%",
    );
    expect(verdict("x", { summary: low, styles: [] }, { summary: at, styles: [] })).toBe(
      "x: BELOW the bigram baseline: top-1 50.0% < bigram 80.0%",
    );
  });

  it("says where a system is below the baseline, figure by figure", () => {
    const ours = { ranked: 10, top1: 0.5, recall5: 0.9, exactCount: 4, exactRight: 4 };
    expect(belowBaseline(ours, { ...ours, top1: 0.6 })).toEqual(["top-1 50.0% < bigram 60.0%"]);
    expect(belowBaseline(ours, { ...ours, exactRight: 3 })).toEqual([]);
    expect(belowBaseline(ours, ours)).toEqual([]);
  });
});
