import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Answer, shownProjects } from "../../src/answer/answer.js";
import { createEngine, type Engine, goesOnFrom, READ_ALONE } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

// Probe 33's thirty conversations (a first message and two follow-ups each), probe 35's and probe 39's thirty (two or
// three follow-ups each) and probe 46's and 47's twenty, written and labelled by new-user helpers from the README and the plan before they ran the bot.
// Replayed as a DM reads them: each message after the question kept from the one before (the question as read).
// Tuned sets: held to a floor against regressions.
interface Message {
  q: string;
  kind: "exact" | "topic";
  rel: string[];
  primary?: string[];
}
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/eval/${file}`, import.meta.url), "utf8")) as Message[][];

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(loadPlan(), {
    cacheDir: TEST_CACHE_DIR,
    clock: () => new Date("2026-11-25T09:00:00+09:00"),
  });
  await engine.warmUp();
});

// As the evaluation scores (src/tools/evaluate.ts): an exact set by the projects answered; a topic by the first
// project shown, those named under a note of none included.
const right = (m: Message, a: Answer) => {
  if (m.kind === "exact")
    return [...a.projects.slice(0, a.answered).map(projectKey)].sort().join() === [...m.rel].sort().join();
  const first = shownProjects(a)[0];
  return first !== undefined && (m.primary ?? []).includes(projectKey(first));
};

describe.each([
  // 56 of 60 follow-ups at the start of the sixteenth session, 58 at its end, 59 in the seventeenth.
  ["conversations33.json", 59],
  // 54 of 89 on the sixteenth session's start code (9658f80), 81 at its end; 86 in the seventeenth (a direction alone
  // replaces the direction of the question before; 拡充が一度でもある is a direction had once; a yes-or-no asked again
  // of another year: R6で完了する？ then R7は？).
  ["conversations35.json", 86],
  // Probe 39's thirty (three or four messages each, a yes-or-no, a correction or a new question among them): 61 of 81
  // on the seventeenth session's start code (24b96f7), 77 at its end.
  ["conversations39.json", 77],
  // Probe 46's twenty chains (two to four messages; a list walked by place, a kind of project narrowed then asked
  // whose): 19 of 20 first messages and 32 of 35 follow-ups on the twenty-first session's start code (07fa667), all
  // at its end.
  ["conversations46.json", 35],
  // Probe 47's twenty (その課の事業, a project named in full with 拡充 in its name, まだやってる then R7は？): 19 of 20
  // first messages and 33 of 38 follow-ups on the session's start code (07fa667), all at its end.
  ["conversations47.json", 38],
  // Probe 48's twenty (そのうち with a direction of its own, 何をするの？, a year asked of a few projects, ほかにある？):
  // 20 of 20 first messages and 35 of 44 follow-ups on the twenty-second session's start code (4835a06), 40 at its
  // end; the four left are read otherwise on purpose (README).
  ["conversations48.json", 40],
  // Probe 49's twenty (a policy walked by number, 何件？ of a narrowed list, じゃあ… in place of the last narrowing),
  // written on the session's end code: 33 of 42 follow-ups on its start code (4835a06), 40 at its end — 41 since the
  // twenty-sixth session, where a when asked alone (それぞれ最後の年度はいつ？) is read as one.
  ["conversations49.json", 41],
  // Probe 50's twenty (担当課の他の事業, コードは？ alone, 同じ取組の他の事業): 34 of 39 follow-ups on the twenty-third
  // session's start code (0f0c3f6).
  ["conversations50.json", 38],
  // Probe 51's twenty (じゃあR5にはどうなる？ after 担当課は？, a yes-or-no of a year asked after a topic): 34 of 38
  // follow-ups on 0bc40ad, mid-session.
  ["conversations51.json", 37],
  // Probe 52's twenty (じゃあ市民課は？ after a department named short, DXチーム): 34 of 41 follow-ups on f3cb3a4
  // (33 on the session's start code).
  ["conversations52.json", 38],
  // Probe 53's twenty (a section chief's fragments, a pasted council question, a change of mind, 件数 alone, 「臨時拡充って
  // どういう意味？」): 18 of 20 first messages and 27 of 39 follow-ups on the session's start code, 20 and 32 at its end
  // (33 at the twenty-fifth session's end: 「何件？」 counts the list as it stands).
  ["conversations53.json", 34],
  // Probe 54's twenty (それの担当課の事業は全部で何件？, the department's other projects): 35 of 40 follow-ups on the
  // session's start code, 38 at its end.
  ["conversations54.json", 40],
  // (conversations50, 51, 52 and 54 at the twenty-fourth session's end: 38, 37, 38 and 40 — 37, 35, 37 and 38 at its
  // start.)
  // Probes 55–59's chains (twenty-fourth session): on its start code (cd39c0d) 39 of 41, 32 of 33, 35 of 40, 35 of 41
  // and 59 of 75 follow-ups (probe 59 held thirty chains of up to five messages).
  ["conversations55.json", 41],
  ["conversations56.json", 33],
  ["conversations57.json", 38],
  ["conversations58.json", 41],
  ["conversations59.json", 73],
  // Probes 60 and 61's chains (run mid-session on a5fd09f): 34 of 38 and 37 of 41 follow-ups on the start code.
  ["conversations60.json", 38],
  ["conversations61.json", 41],
  // Probes 62 and 63's chains (run late on 0c4a1fb): 28 and 29 of 34 follow-ups on the start code.
  ["conversations62.json", 30],
  ["conversations63.json", 29],
  // Probes 64–67's chains (twenty-fifth session): on its start code (8b22043) 33 of 37, 29 of 42, 37 of 38 and 40 of 41
  // follow-ups.
  ["conversations64.json", 35],
  ["conversations65.json", 41],
  ["conversations66.json", 38],
  ["conversations67.json", 41],
  // Probes 68 and 69's chains (run mid-session on edea242): 34 of 38 and 30 of 40 follow-ups on the start code.
  ["conversations68.json", 37],
  ["conversations69.json", 38],
  // Probes 70–73's chains (twenty-sixth session): on its start code (c272640) 30 of 34, 40 of 43, 35 of 39 and 39 of 39
  // follow-ups. One of probe 72's first messages (リモートワークの環境整備) ranks the rental rooms' Wi-Fi, whose text
  // holds テレワーク and 環境整備, above the staff's remote-work project: held to 19 of 20 first messages.
  ["conversations70.json", 31],
  ["conversations71.json", 42],
  ["conversations72.json", 35, 19],
  ["conversations73.json", 39],
  // Probes 74 and 75's chains (run mid-session on ac56666): 37 of 43 and 37 of 39 follow-ups on the start code.
  ["conversations74.json", 38],
  ["conversations75.json", 39],
  // Probes 76–78's chains (twenty-seventh session): on its start code (60a7771) 35 of 40, 34 of 36 and 28 of 37
  // follow-ups; probe 78's themes (デジタル系, 施設の話, お金の話) answer 15 of its 20 first messages.
  ["conversations76.json", 37],
  ["conversations77.json", 36],
  ["conversations78.json", 31, 15],
  // Probe 79's chains (run mid-session on f5297f5): corrections (あ、ごめん15番, さっきのは間違いでR6); 34 of 39
  // follow-ups on 60a7771.
  ["conversations79.json", 37],
  // Probes 80–82's chains (twenty-eighth session): on its start code (a63d5c0) 34 of 40, 40 of 44 (19 of 20 first
  // messages: ICTって名前につく事業 read 名前 as a word) and 35 of 38 follow-ups; 38, 43 (20) and 35 at its end.
  ["conversations80.json", 38],
  ["conversations81.json", 43],
  ["conversations82.json", 35],
  // Probes 83 and 85's chains (run mid-session on 0ee87e4): 32 of 39 and 33 of 42 follow-ups on a63d5c0, 38 and 40 at
  // the session's end.
  ["conversations83.json", 38],
  // Probe 84's chains (run mid-session on 0ee87e4): 19 of 20 first messages and 38 of 41 follow-ups on a63d5c0.
  ["conversations84.json", 40],
  ["conversations85.json", 40],
  // Probes 86–91's chains (on e5a507d), follow-ups right on the start code → now: 32 → 36 of 36 (18 → 20 first
  // messages), 33 → 38 of 38 (18 → 20), 34 → 38 of 40, 39 → 43 of 43, 33 → 34 of 38 (19 → 20), 43 → 46 of 46.
  ["conversations86.json", 36],
  ["conversations87.json", 38],
  ["conversations88.json", 38],
  ["conversations89.json", 43],
  ["conversations90.json", 34],
  ["conversations91.json", 46],
  // Probes 92–94's chains (run mid-session on dfe652e), on e5a507d → now: 36 → 39 of 40 (19 → 20 first messages), 35
  // of 40 both (19 → 20), 38 of 39 both (19 → 20).
  ["conversations92.json", 39],
  ["conversations93.json", 35],
  ["conversations94.json", 38],
  // Probes 95–98's chains (on c33ce2e), follow-ups right on the start code → now: 31 → 40 of 41, 36 of 42 both, 26 → 31
  // of 33, 37 of 43 both (19 of 20 first messages).
  ["conversations95.json", 40],
  ["conversations96.json", 36],
  ["conversations97.json", 31],
  ["conversations98.json", 37, 19],
  // Probes 99 and 100's chains (run mid-session on 5441fa4): 40 of 42 (16 of 20 first messages) and 42 of 45, the same
  // on c33ce2e.
  ["conversations99.json", 40, 16],
  ["conversations100.json", 42],
  // Probe 101's chains (run late on 0f13cc8): 37 of 41 both; 18 → 19 of 20 first messages (施策ごとの件数).
  ["conversations101.json", 37, 19],
  // Probes 102 and 103's chains (run early in the session on 4eecd02): 37 of 38, and 36 of 41 (19 of 20 first messages).
  ["conversations102.json", 37],
  ["conversations103.json", 36, 19],
  // Probes 104 and 105's chains (run mid-session on 17b3a0e): 35 of 40 and 38 of 41.
  ["conversations104.json", 35],
  ["conversations105.json", 38],
  // Probe 106's chains (run late on 0bef0a9): 33 of 39.
  ["conversations106.json", 33],
  // Probe 107's chains (run late on 6379b95): 35 of 41 (19 of 20 first messages) on 4eecd02, 40 of 41 now.
  ["conversations107.json", 40],
  // Probes 108 and 109's chains (run early on 605f89f): 36 of 42 → 37 (19 of 20 first messages), and 40 of 40.
  ["conversations108.json", 37, 19],
  ["conversations109.json", 40],
  // Probes 110 and 111's chains (run mid-session on 29cf57b): 42 of 45 → 44, and 41 of 41.
  ["conversations110.json", 44],
  ["conversations111.json", 41],
  // Probes 112–114's chains (run on 1f40c60; first scored 27 of 41, 32 of 53 and 26 of 35, the topics by their cards).
  ["conversations112.json", 33],
  // (44 at the sixtieth session's end: じゃあ臨時拡充は除いて after a list takes them away from it.)
  ["conversations113.json", 44],
  // (30 at the thirty-seventh session's end.)
  ["conversations114.json", 30, 16],
  // Probes 115–117's chains (run on d912be0; first scored 27 of 32, 22 of 29 and 13 of 28 with 10 of 14 first messages).
  ["conversations115.json", 31],
  ["conversations116.json", 24],
  ["conversations117.json", 21],
  // Probes 118–120's chains (run on 632be10; first scored 25 of 32, 20 of 32 with 16 of 17 first messages, and 28 of 36
  // with 17 of 18; at the session's end 28, 30 and 32, every first message right).
  ["conversations118.json", 28],
  ["conversations119.json", 30],
  ["conversations120.json", 32],
  // Probes 121–123's chains (run on af9b6e5; first scored 22 of 34, 33 of 42 with 16 of 19 first messages, and 20 of 33
  // with 15 of 17; at the session's end 24, 34 with 18 of 19, and 27 with 15 of 17).
  ["conversations121.json", 24],
  ["conversations122.json", 34, 18],
  ["conversations123.json", 27, 15],
  // Probes 124–126's chains (run on 21969ad; first scored 24 of 30, 33 of 40 and 25 of 33, every first message right;
  // at the session's end 29, 35 and 27).
  ["conversations124.json", 29],
  ["conversations125.json", 35],
  ["conversations126.json", 27],
  // Probes 127–129's chains (run on 4bdbbfb; first scored 25 of 34 with 16 of 17 first messages, 30 of 40 with 19 of
  // 20, and 28 of 35 with 17 of 19).
  ["conversations127.json", 30, 16],
  ["conversations128.json", 35],
  ["conversations129.json", 29, 17],
  // Probes 130–132's chains (run on eab2c08; first scored 23 of 35, 22 of 29 and 28 of 39 with 16 of 18 first
  // messages; at the session's end 25, 25 and 30).
  ["conversations130.json", 25],
  ["conversations131.json", 25],
  ["conversations132.json", 30, 16],
  // Probes 133–135's chains (run on 12ea174; first scored 29 of 33 with 12 of 16 first messages, 39 of 46 with 19 of 21,
  // and 29 of 44 with 19 of 21; at the session's end 30, 39 and 32).
  ["conversations133.json", 30, 12],
  ["conversations134.json", 39, 19],
  ["conversations135.json", 32, 19],
  // Probes 136–138's chains (run on 1d00dfb; first scored 28 of 42 with 18 of 19 first messages, 38 of 45 with 21 of 23,
  // and 38 of 47 with 23 of 23; at the session's end 29, 40 and 41).
  ["conversations136.json", 29, 18],
  ["conversations137.json", 40, 21],
  ["conversations138.json", 41],
  // Probes 139–141's chains (run on 95b0ffa; first scored 33 of 38 with 18 of 19 first messages, 24 of 33 with 16 of 16,
  // and 25 of 35 with 18 of 18; at the session's end 33, 24 and 31).
  ["conversations139.json", 33, 18],
  ["conversations140.json", 24],
  ["conversations141.json", 31],
  // Probes 142–143's chains (run on b4275f2; first scored 27 of 43 with 20 of 23 first messages, and 29 of 40 with 21
  // of 22; at the session's end 32 with 21, and 31 with 21).
  // (32 → 30 when idf stopped counting a policy's text in full, POLICY_DF_SHARE; conversations118, 33, 52 and 69 went up.)
  ["conversations142.json", 30, 21],
  // (31 → 30 in the seventy-fifth session: after a smart-lock question answered one project and named the other as
  // related, 「何施設でやるの？」 is now asked of the one in view — it had kept both by searching 施設 — and 「財産活用課の方の
  // やつは？」 next was already wrong; the thread files' follow-ups rose by 13 with it.)
  ["conversations143.json", 30, 21],
  // Probes 144–147's chains (144 and 145 run on 0c9f940: 25 of 39 with 21 of 22 first messages, and 38 of 49 with 22 of
  // 25; 146 and 147 mid-session, 37 of 41 with 20 of 21 and 43 of 51 with 25 of 26 on the start code; at the session's
  // end 32, 39, 37 and 43).
  ["conversations144.json", 33, 21],
  ["conversations145.json", 41, 22],
  ["conversations146.json", 37, 20],
  ["conversations147.json", 43, 25],
  // Probes 148–149's chains (run on e3abc4e: 36 of 44 with 22 of 22 first messages, and 41 of 49 with 28 of 28; at the
  // session's end 37 and 46).
  ["conversations148.json", 37, 22],
  ["conversations149.json", 46, 28],
  // Probes 150–151's chains (run on 99881e6: 30 of 42 with 21 of 22 first messages, and 32 of 49 with 23 of 25; at the
  // fifty-first session's end 35 with 22, and 35 with 24). (conversations144 went 32 → 33 in that session.)
  ["conversations150.json", 35, 22],
  ["conversations151.json", 35, 24],
  // Probes 152–153's chains (run on 08f6e9a: 28 of 41 with 21 of 22 first messages, and 27 of 38 with 20 of 20; at the
  // fifty-second session's end 33 and 35) and probes 154–157's (154–155 run on 22ee301: 30 of 44 with 20 of 21, 31 of 43
  // with 21 of 24; 156–157 on 81048ea: 30 of 42 with 22 of 22, 33 of 43 with 22 of 23; at the fifty-third session's end
  // 36, 40 with 23, 34 and 37 with 23).
  ["conversations152.json", 33, 21],
  ["conversations153.json", 35, 20],
  ["conversations154.json", 36, 20],
  ["conversations155.json", 40, 23],
  ["conversations156.json", 34, 22],
  ["conversations157.json", 37, 23],
  // Probes 158–159's (run on be91a3f: 29 of 44 with 18 of 22, 30 of 43 with 18 of 21; at the fifty-fourth session's end
  // 30 with 20, and 31).
  ["conversations158.json", 30, 20],
  ["conversations159.json", 31, 18],
  // Probes 160–161's (run on 9227cfb: 31 of 43 with 22 of 22, 24 of 37 with 18 of 20; at the fifty-fifth session's end
  // 38, and 25 with 18).
  ["conversations160.json", 39],
  ["conversations161.json", 25, 18],
  // Probes 162–163's (run on bfc7981: 41 of 58 with 20 of 21, 37 of 42 with 21 of 21; a department offered of the
  // project answered, a year with a verb, 「…のどれ」 — 43 and 41 after the fifty-sixth session's follow-up rules).
  ["conversations162.json", 43, 20],
  ["conversations163.json", 41],
  // Probes 164–165's (run on 6300756; on bfc7981: 31 of 42 and 38 of 43 follow-ups, every first message).
  ["conversations164.json", 33],
  ["conversations165.json", 38],
  // Probes 166–168's (run on ac3369a: 36 of 47 with 20 of 21, 37 of 46, 40 of 43 follow-ups; 42 with 21 and 42 after
  // the fifty-seventh session's rules for kana, 翌年度 in a chain, 残りのN件, a year of the project in view, ends in the past).
  ["conversations166.json", 42],
  ["conversations167.json", 42],
  ["conversations168.json", 40],
  // Probes 169–171's (run on 83b9005: 37 of 45, 35 of 38, 35 of 42 with 19 of 20; 40, 37 and 41 with 20 after the
  // fifty-eighth session's rules for 残り, だけ, 全部, どちらも, 同課, ますでしょうか, 理由はございますか and a self-introduction;
  // 171's 42 once a label was corrected by the plan in the sixtieth).
  ["conversations169.json", 40],
  ["conversations170.json", 37],
  ["conversations171.json", 42],
  // Probes 172–173's (run on 76db1ef: 35 of 38 and 39 of 41 follow-ups, every first message; 36 of 38 after the
  // fifty-ninth session's それ以外 after a narrowing).
  ["conversations172.json", 36],
  ["conversations173.json", 39],
  // Probes 174–175's (run on 7c595ff: 30 of 33 and 25 of 29 follow-ups, every first message; 33 and 27 after the
  // sixtieth session's 抜いて, 両方とも…？ of the list in view, 事業は何件, 終わるのはいつ, 一番多いのは？ after a count).
  ["conversations174.json", 33],
  ["conversations175.json", 27],
  // Probes 176–177's (run on 11e9907: 35 of 39 and 31 of 36 follow-ups; 20 and 19 of 20 first messages; 38 and 32
  // after the sixty-first session's 「Xとどっちが先に終わる？」 beside the project in view, それ以外 of a list narrowed in
  // its own question, そのうち after a pick, and 176's 「R5は？」 labelled by the plan: the project's year, not none).
  ["conversations176.json", 38],
  ["conversations177.json", 32, 19],
  // Probes 178–179's (run on ca1d985: 32 of 39 and 36 of 41 follow-ups; 19 and 20 of 20 first messages; 36 and 37, every
  // first message, after the sixty-first session's emoji at a clause's end, まだやってる of a project completed, PRしたい
  // as a purpose, 7-2のだけ見せて, 〜ではないですか, and じゃあ拡充は？ after 新しく始まった).
  ["conversations178.json", 37],
  ["conversations179.json", 37],
  // Probes 180–181's (run on 67c95b6: 22 of 26 and 19 of 26 follow-ups; 20 and 18 of 20 first messages; 24 of 26 and every
  // but one first message of 181's after the sixty-second session's kanji years and chapters, and 管財課 and 企画調整課 read as
  // the plan's units; 23 and 25 after 「いつから減らしてる？」 and 「…のうち長く続くのはどちらか」; 26, every follow-up of 181's,
  // once 他の施設のWi-Fi事業 asks others of its kind and Wi-Fi事業 is Wi-Fiの事業).
  ["conversations180.json", 23],
  ["conversations181.json", 26, 19],
  // Probes 182–183's (run on 18a887a: 26 of 32 and 24 of 33 follow-ups; 19 and 17 of 20 first messages; 27 of 183's after
  // 「情報システム課のはどれ？」 narrows the list in view and 「いつから始まった事業ですか」 asks when the one in view began).
  ["conversations182.json", 26, 19],
  ["conversations183.json", 27, 17],
  // Probes 184–185's (run on c9e0a53: 23 of 32 and 31 of 38 follow-ups; 19 and 20 of 20 first messages; 31 and 37 once a
  // memo's うち and 誰がやってる, kana function words (それいがいは, のこり, 1こめ), a person named as the source (〇〇議員より)
  // and a sentence saying who asked are read, and a year's direction is asked of その2件).
  ["conversations184.json", 31],
  ["conversations185.json", 37],
  // Probes 186–187's (run on 24349aa: 19 of 26 and 26 of 30 follow-ups; 18 and 20 of 20 first messages; 24 and 29 once a
  // question said to be basic, 人権のところの課, 逆に, 増える and 一番多いのは？ after a narrowed count are read).
  ["conversations186.json", 24, 18],
  ["conversations187.json", 29],
  // Probes 188–189's (run on 8524c86: 26 of 34 and 30 of 32 follow-ups; 19 of 20 first messages each; 20 of 188's first
  // messages once 、違いは？ compares the two, 31 of 189's once ところで、えんがわの担当は？ names its own subject; 28 of
  // 188's once じゃあR7まで続くのは？ and その3つ、前年度の… are read).
  ["conversations188.json", 29],
  ["conversations189.json", 31, 19],
  // Probes 190–191's (run on 6ea7e9f: 29 of 36 and 37 of 40 follow-ups, every first message; 33 of 190's once
  // 「いや、それじゃなくて…のほう」 searches what is meant less the answer taken back, 38 of 191's once 要点だけ asks briefly,
  // 39 once それって予算は増えてる？ is a yes-or-no of 拡充).
  ["conversations190.json", 33],
  ["conversations191.json", 39],
  // Probes 192–193's (run on a6524e6: 31 of 38 and 24 of 31 follow-ups; 19 and 18 of 20 first messages; 34 of 192's once
  // ひとことで言うと？ asks briefly of the project in view, 25 of 193's once 2つの担当課は？ is of the two in view, 26 once
  // それ以外はR7まで続く？ asks of the rest of the search's list).
  ["conversations192.json", 34, 19],
  ["conversations193.json", 26, 18],
  // Probes 194–195's (run early in the sixty-fourth session: 23 of 31 and 29 of 32 follow-ups, every first message; 25
  // of 194's once さっきと数が違うけど、 is a remark, not a subject, and 31 of 195's once なんで縮小なんですか and
  // R7もやりますか are read of the project in view, 32 once れいわよねんど is read as R4 in a thread's rules).
  ["conversations194.json", 25],
  ["conversations195.json", 32],
  // Probes 196–197's (run mid-session on 9a0f368's code: 26 of 33 follow-ups each; 18 and 20 of 20 first messages; 27
  // of 197's once 完了って書いてないのは？ is a denial, 28 once もう片方は何年度に完了？ after どっち asks of the other).
  ["conversations196.json", 26, 18],
  ["conversations197.json", 29],
  // Probes 198–199's (run mid-session on 296f947's code: 20 of 33 and 28 of 31 follow-ups, every first message; 22 of
  // 198's once 人権・男女共生課に回せばいい？ asks whether the project in view is that unit's).
  ["conversations198.json", 22],
  ["conversations199.json", 28],
  // Probes 200–201's (run late in the session on e9a2470's code: 28 of 35 and 24 of 30 follow-ups, every first message;
  // 26 of 201's once それで全部ですか？漏れはない？ and 本当にそれだけ？ check the list in view).
  ["conversations200.json", 28],
  ["conversations201.json", 27],
  // Probes 202–203's (run late in the session on 2c58a64's code: 13 of 25 follow-ups and 12 of 20 first messages, 30 of
  // 36 and 19 of 20; 202's 15 and 16 once 目標17, 17番 パートナーシップ are goals with no SDGs said, 203's 32 once 人事じゃ
  // なくて情シス corrects the unit and 令和4粘土 is a year; 202's 14 since the seventy-fourth session: after two misses, of
  // the SDGs' goals, 「その中で人権・男女共生課のものは？」 is no longer right by chance — a search no longer ranks a project
  // holding the ask's nouns only in its policy's text).
  ["conversations202.json", 14, 16],
  ["conversations203.json", 32, 19],
  // Probes 204–205's (run late in the session on 2e09210's code: 31 of 39 and 18 of 26 follow-ups, 19 and 18 of 20 first
  // messages; 205's 22 and 19 once 情報システム部門, 管財担当課 and 縮小となる理由は何でしょうか are read).
  ["conversations204.json", 31, 19],
  ["conversations205.json", 22, 19],
  // Probes 206–207's (run late in the session: 23 of 33 and 30 of 33 follow-ups, 19 and 20 of 20 first messages; 31 of
  // 207's once あと1個だけ、 announces the last ask, 33 once FY2021 is read whole and 何件？ after none counts none).
  ["conversations206.json", 23, 19],
  ["conversations207.json", 33],
  // Probes 208–217's (the sixty-fifth session; floors at the session's end).
  ["conversations208.json", 22],
  ["conversations209.json", 27],
  ["conversations210.json", 24, 19],
  ["conversations211.json", 30],
  ["conversations212.json", 26, 18],
  ["conversations213.json", 29],
  ["conversations214.json", 32],
  ["conversations215.json", 22],
  ["conversations216.json", 24],
  ["conversations217.json", 15, 17],
  ["conversations218.json", 35],
  ["conversations219.json", 31],
  ["conversations220.json", 27],
  ["conversations221.json", 34],
  ["conversations222.json", 27, 19],
  ["conversations223.json", 26, 19],
  ["conversations224.json", 27],
  ["conversations225.json", 36],
  ["conversations226.json", 24],
  ["conversations227.json", 28],
  // Probes 228–243's (the sixty-seventh session; floors at the session's end).
  ["conversations228.json", 23],
  ["conversations229.json", 26],
  ["conversations230.json", 32, 19],
  ["conversations231.json", 25, 16],
  ["conversations232.json", 28],
  ["conversations233.json", 23, 16],
  ["conversations234.json", 20, 19],
  ["conversations235.json", 36],
  ["conversations236.json", 29],
  ["conversations237.json", 21, 18],
  ["conversations238.json", 17, 16],
  ["conversations239.json", 33],
  ["conversations240.json", 24],
  ["conversations241.json", 39],
  ["conversations242.json", 35],
  ["conversations243.json", 29, 19],
  ["conversations244.json", 23],
  ["conversations245.json", 37, 19],
  ["conversations246.json", 30],
  ["conversations247.json", 22, 19],
  ["conversations248.json", 33],
  ["conversations249.json", 26, 19],
  ["conversations250.json", 23],
  ["conversations251.json", 25],
  ["conversations252.json", 33, 19],
  ["conversations253.json", 26, 19],
  ["conversations254.json", 35],
  ["conversations255.json", 38],
  ["conversations256.json", 23],
  ["conversations257.json", 29],
  ["conversations258.json", 23, 17],
  ["conversations259.json", 18],
  ["conversations260.json", 21, 17],
  ["conversations261.json", 35, 18],
  ["conversations262.json", 30],
  ["conversations263.json", 26],
  ["conversations264.json", 27],
  ["conversations265.json", 30],
  ["conversations266.json", 32],
  ["conversations267.json", 34],
  ["conversations268.json", 27],
  ["conversations269.json", 18, 17],
  ["conversations270.json", 35],
  ["conversations271.json", 31, 19],
  ["conversations272.json", 20, 19],
  ["conversations273.json", 21, 18],
  ["conversations274.json", 24, 18],
  ["conversations275.json", 20],
  ["conversations276.json", 41],
  ["conversations277.json", 24, 17],
  ["conversations278.json", 26, 19],
  ["conversations279.json", 26, 19],
  ["conversations280.json", 28, 16],
  ["conversations281.json", 24, 19],
  ["conversations282.json", 21, 17],
  ["conversations283.json", 42],
  ["conversations284.json", 23],
  ["conversations285.json", 28],
  ["conversations286.json", 27],
  ["conversations287.json", 28, 19],
  ["conversations288.json", 29],
  ["conversations289.json", 31],
  // Probe 290's chains (the seventy-first session): 26 of 37 follow-ups and 19 of 20 first messages on its start code (7a184b9), 32 and 19 at the registration.
  ["conversations290.json", 32, 19],
  // Probe 291's chains (the seventy-first session): 38 of 43 follow-ups and 18 of 20 first messages on its start code (7a184b9), 41 and 20 at the registration.
  ["conversations291.json", 41],
  // Probe 292's chains (the seventy-first session): 22 of 32 follow-ups and 19 of 20 first messages on its start code (7a184b9), 25 and 19 at the registration.
  // (18 first messages from the seventy-third session: 「女性への支援を知りたい」 leads with 7-5#3 since dict/related.txt's
  // 男女共同参画 = 女性, which lifted more never-mined sets than this message lost.)
  ["conversations292.json", 25, 18],
  // Probe 293's chains (the seventy-first session): 33 of 42 follow-ups and 18 of 20 first messages on its start code (7a184b9), 37 and 19 at the registration.
  ["conversations293.json", 37, 19],
  // Probe 294's chains (the seventy-first session): 31 of 33 follow-ups and 18 of 20 first messages on the session's second commit (dfd4473), 31 and 18 at the registration.
  ["conversations294.json", 31, 18],
  // Probe 295's chains (the seventy-first session): 28 of 28 follow-ups and 18 of 20 first messages on the session's second commit (dfd4473), 28 and 20 at the registration.
  ["conversations295.json", 28],
  // Probe 296's chains (the seventy-first session): 32 of 37 follow-ups and 16 of 20 first messages on the session's second commit (dfd4473), 33 and 18 at the registration.
  ["conversations296.json", 33, 18],
  // Probe 297's chains (the seventy-first session): 37 of 39 follow-ups and 16 of 20 first messages on the session's second commit (dfd4473), 38 and 16 at the registration.
  ["conversations297.json", 38, 16],
  // Probe 298's chains (the seventy-second session): 32 of 35 follow-ups and 19 of 20 first messages at the session's start (cb99aec), 32 and 19 at the registration.
  ["conversations298.json", 32, 19],
  // Probe 299's chains (the seventy-second session): 21 of 34 follow-ups and 15 of 20 first messages at the session's start (cb99aec), 25 and 15 at the registration.
  ["conversations299.json", 25, 15],
  // Probe 300's chains (the seventy-second session): 29 of 37 follow-ups and 20 of 20 first messages at the session's start (cb99aec), 33 and 20 at the registration.
  ["conversations300.json", 33],
  // Probe 301's chains (the seventy-second session): 25 of 27 follow-ups and 20 of 20 first messages at the session's start (cb99aec), 25 and 20 at the registration.
  ["conversations301.json", 25],
  // Probe 302's chains (the seventy-second session): 22 of 31 follow-ups and 20 of 20 first messages on 88e9174, where it was run, 26 and 20 at the registration.
  ["conversations302.json", 26],
  // Probe 303's chains (the seventy-second session): 17 of 38 follow-ups and 17 of 20 first messages on 88e9174, where it was run, 20 and 17 at the registration.
  ["conversations303.json", 20, 17],
  // Probe 304's chains (the seventy-second session): 31 of 36 follow-ups and 19 of 20 first messages on 88e9174, where it was run, 31 and 19 at the registration.
  ["conversations304.json", 31, 19],
  // Probe 305's chains (the seventy-second session): 29 of 34 follow-ups and 20 of 20 first messages on 88e9174, where it was run, 29 and 20 at the registration.
  ["conversations305.json", 29],
  // Probe 306's chains (the seventy-third session): 25 of 36 follow-ups and 17 of 20 first messages on 1c5b8c7, where it was run, 27 and 17 at the registration.
  ["conversations306.json", 27, 17],
  // Probe 307's chains (the seventy-third session): 33 of 37 follow-ups and 18 of 20 first messages on 1c5b8c7, where it was run, 37 and 18 at the registration.
  ["conversations307.json", 37, 18],
  // Probe 308's chains (the seventy-third session): 37 of 39 follow-ups and 19 of 20 first messages on 1c5b8c7, where it was run, 38 and 19 at the registration.
  ["conversations308.json", 38, 19],
  // Probe 309's chains (the seventy-third session): 30 of 38 follow-ups and 20 of 20 first messages on 1c5b8c7, where it was run, 32 and 20 at the registration.
  ["conversations309.json", 32],
  // Probe 310's chains (the seventy-third session): 30 of 36 follow-ups and 19 of 20 first messages on 1c60379 (その前は？ already read), where it was run, 33 and 20 at the registration.
  ["conversations310.json", 33],
  // Probe 311's chains (the seventy-third session): 28 of 36 follow-ups and 19 of 20 first messages on 1c60379 (その前は？ already read), where it was run, 28 and 19 at the registration.
  ["conversations311.json", 28, 19],
  // Probe 312's chains (the seventy-third session): 24 of 39 follow-ups and 17 of 20 first messages on 1c60379 (その前は？ already read), where it was run, 27 and 18 at the registration.
  ["conversations312.json", 27, 18],
  // Probe 313's chains (the seventy-third session): 30 of 32 follow-ups and 20 of 20 first messages on 1c60379 (その前は？ already read), where it was run, 31 and 20 at the registration.
  ["conversations313.json", 31],
  // Probe 314's chains (the seventy-fourth session): 26 of 30 follow-ups and 18 of 20 first messages on 319f6be, where it was run, 26 and 19 at the registration.
  ["conversations314.json", 26, 19],
  // Probe 315's chains (the seventy-fourth session): 27 of 34 follow-ups and 17 of 20 first messages on 319f6be, where it was run, 28 and 17 at the registration.
  ["conversations315.json", 28, 17],
  // Probe 316's chains (the seventy-fourth session): 33 of 38 follow-ups and 20 of 20 first messages on 319f6be, where it was run, 36 and 20 at the registration.
  ["conversations316.json", 36],
  // Probe 317's chains (the seventy-fourth session): 29 of 33 follow-ups and 19 of 20 first messages on 319f6be, where it was run, 31 and 19 at the registration.
  ["conversations317.json", 31, 19],
  // Probe 318's chains (the seventy-fourth session): 27 of 34 follow-ups and 18 of 20 first messages on 319f6be, where it was run, 29 and 18 at the registration.
  ["conversations318.json", 29, 18],
  // Probe 319's chains (the seventy-fourth session): 27 of 33 follow-ups and 20 of 20 first messages on 319f6be, where it was run, 31 and 20 at the registration.
  ["conversations319.json", 31],
  // Probe 320's chains (the seventy-fourth session): 23 of 30 follow-ups and 18 of 20 first messages on 319f6be, where it was run, 26 and 18 at the registration.
  ["conversations320.json", 26, 18],
  // Probe 321's chains (the seventy-fourth session): 24 of 34 follow-ups and 20 of 20 first messages on 319f6be, where it was run, 24 and 20 at the registration.
  ["conversations321.json", 24],
  // Probe 322's chains (the seventy-fourth session): 23 of 27 follow-ups and 17 of 20 first messages on cdf6462 with probes 316 and 320's follow-ups already read, where it was run, 24 and 19 at the registration.
  ["conversations322.json", 24, 19],
  // Probe 323's chains (the seventy-fourth session): 31 of 38 follow-ups and 18 of 20 first messages on cdf6462 with probes 316 and 320's follow-ups already read, where it was run, 31 and 18 at the registration.
  ["conversations323.json", 31, 18],
  // Probe 324's chains (the seventy-fourth session): 24 of 27 follow-ups and 19 of 20 first messages on cdf6462 with probes 316 and 320's follow-ups already read, where it was run, 25 and 19 at the registration.
  ["conversations324.json", 25, 19],
  // Probe 325's chains (the seventy-fourth session): 27 of 29 follow-ups and 15 of 20 first messages on cdf6462 with probes 316 and 320's follow-ups already read, where it was run, 27 and 15 at the registration.
  ["conversations325.json", 27, 15],
  // Probe 326's chains (the seventy-fifth session): 29 of 35 follow-ups and 16 of 20 first messages on c031587, where it was run, 29 and 16 at the registration.
  ["conversations326.json", 29, 16],
  // Probe 327's chains (the seventy-fifth session): 29 of 35 follow-ups and 19 of 20 first messages on c031587, where it was run, 30 and 19 at the registration.
  ["conversations327.json", 30, 19],
  // Probe 328's chains (the seventy-fifth session): 31 of 35 follow-ups and 20 of 20 first messages on c031587, where it was run, 34 and 20 at the registration.
  ["conversations328.json", 34],
  // Probe 329's chains (the seventy-fifth session): 39 of 42 follow-ups and 17 of 20 first messages on c031587, where it was run, 42 and 19 at the registration.
  ["conversations329.json", 42, 19],
  // Probe 330's chains (the seventy-fifth session): 31 of 37 follow-ups and 19 of 20 first messages on c031587, where it was run, 32 and 19 at the registration.
  ["conversations330.json", 32, 19],
  // Probe 331's chains (the seventy-fifth session): 29 of 34 follow-ups and 19 of 20 first messages on c031587, where it was run, 30 and 19 at the registration.
  ["conversations331.json", 30, 19],
  // Probe 332's chains (the seventy-fifth session): 29 of 31 follow-ups and 20 of 20 first messages on c031587, where it was run, 30 and 20 at the registration.
  ["conversations332.json", 30],
  // Probe 333's chains (the seventy-sixth session): 30 of 35 follow-ups and 20 of 20 first messages on 7bdeee7, where it was run, 32 and 20 at the registration.
  ["conversations333.json", 32],
  // Probe 334's chains (the seventy-sixth session): 28 of 37 follow-ups and 17 of 20 first messages on 7bdeee7, where it was run, 30 and 17 at the registration.
  ["conversations334.json", 30, 17],
  // Probe 335's chains (the seventy-sixth session): 24 of 26 follow-ups and 20 of 20 first messages on 7bdeee7, where it was run, 24 and 20 at the registration.
  ["conversations335.json", 24],
  // Probe 336's chains (the seventy-sixth session): 31 of 35 follow-ups and 17 of 20 first messages on 7bdeee7, where it was run, 33 and 18 at the registration.
  ["conversations336.json", 33, 18],
  // Probe 337's chains (the seventy-sixth session): 31 of 40 follow-ups and 19 of 20 first messages on 7bdeee7, where it was run, 36 and 20 at the registration.
  ["conversations337.json", 36],
  // Probe 338's chains (the seventy-sixth session): 26 of 29 follow-ups and 19 of 20 first messages on 7bdeee7, where it was run, 28 and 19 at the registration.
  ["conversations338.json", 28, 19],
  // Probe 339's chains (the seventy-sixth session): 32 of 34 follow-ups and 20 of 20 first messages on 7bdeee7, where it was run, 33 and 20 at the registration.
  ["conversations339.json", 33],
  // Probe 340's chains (the seventy-seventh session): 34 of 35 follow-ups and 20 of 20 first messages on b3c2130, where it was run, 35 and 20 at the registration.
  ["conversations340.json", 35],
  // Probe 341's chains (the seventy-seventh session): 30 of 36 follow-ups and 20 of 20 first messages on b3c2130, where it was run, 33 and 20 at the registration.
  ["conversations341.json", 33],
  // Probe 342's chains (the seventy-seventh session): 28 of 31 follow-ups and 20 of 20 first messages on b3c2130, where it was run, 30 and 20 at the registration.
  ["conversations342.json", 30],
  // Probe 343's chains (the seventy-seventh session): 34 of 38 follow-ups and 20 of 20 first messages on b3c2130, where it was run, 35 and 20 at the registration.
  ["conversations343.json", 35],
  // Probe 344's chains (the seventy-seventh session): 25 of 41 follow-ups and 19 of 20 first messages on b3c2130, where it was run, 27 and 19 at the registration.
  ["conversations344.json", 27, 19],
  // Probe 345's chains (the seventy-seventh session): 17 of 36 follow-ups and 18 of 20 first messages on b3c2130, where it was run, 23 and 18 at the registration.
  ["conversations345.json", 23, 18],
  // Probe 346's chains (the seventy-seventh session): 31 of 38 follow-ups and 20 of 20 first messages on b3c2130, where it was run, 31 and 20 at the registration.
  ["conversations346.json", 31],
  // Probe 347's chains (the seventy-eighth session): 33 of 36 follow-ups and 20 of 20 first messages on 7360ff6, where it was run, 35 and 20 at the registration.
  ["conversations347.json", 35],
  // Probe 348's chains (the seventy-eighth session): 23 of 31 follow-ups and 19 of 20 first messages on 7360ff6, where it was run, 30 and 20 at the registration.
  ["conversations348.json", 30],
  // Probe 349's chains (the seventy-eighth session): 24 of 40 follow-ups and 19 of 20 first messages on 7360ff6, where it was run, 33 and 19 at the registration.
  ["conversations349.json", 33, 19],
  // Probe 350's chains (the seventy-eighth session): 25 of 36 follow-ups and 15 of 20 first messages on 7360ff6, where it was run, 28 and 15 at the registration.
  ["conversations350.json", 28, 15],
  // Probe 351's chains (the seventy-eighth session): 25 of 37 follow-ups and 17 of 20 first messages on 7360ff6, where it was run, 26 and 17 at the registration.
  ["conversations351.json", 26, 17],
  // Probe 352's chains (the seventy-eighth session): 35 of 41 follow-ups and 20 of 20 first messages on 7360ff6, where it was run, 38 and 20 at the registration.
  ["conversations352.json", 38],
  // Probe 353's chains (the seventy-eighth session): 34 of 40 follow-ups and 19 of 20 first messages on 7360ff6, where it was run, 35 and 19 at the registration.
  ["conversations353.json", 35, 19],
  // Probe 354's chains (the seventy-eighth session): 28 of 34 follow-ups and 20 of 20 first messages on 3b99b95, where it was run, 28 and 20 at the registration.
  ["conversations354.json", 28],
  // Probe 355's chains (the seventy-eighth session): 25 of 36 follow-ups and 20 of 20 first messages on 3b99b95, where it was run, 28 and 20 at the registration.
  ["conversations355.json", 28],
  // Probe 356's chains (the seventy-eighth session): 31 of 40 follow-ups and 20 of 20 first messages on 3b99b95, where it was run, 31 and 20 at the registration.
  ["conversations356.json", 31],
  // Probe 357's chains (the seventy-eighth session): 36 of 41 follow-ups and 18 of 20 first messages on 3b99b95, where it was run, 36 and 18 at the registration.
  ["conversations357.json", 36, 18],
  // Probe 358's chains (the seventy-eighth session): 22 of 36 follow-ups and 14 of 20 first messages on 3b99b95, where it was run, 22 and 14 at the registration.
  ["conversations358.json", 22, 14],
  // Probe 359's chains (the seventy-eighth session): 36 of 41 follow-ups and 20 of 20 first messages on 3b99b95, where it was run, 36 and 20 at the registration.
  ["conversations359.json", 36],
  // Probe 360's chains (the seventy-eighth session): 29 of 29 follow-ups and 18 of 20 first messages on 3b99b95, where it was run, 29 and 18 at the registration.
  ["conversations360.json", 29, 18],
  // Probe 361's chains (the seventy-ninth session): 29 of 38 follow-ups and 20 of 20 first messages on 29b439f, where it was run, 29 and 20 at the registration.
  ["conversations361.json", 29],
  // Probe 362's chains (the seventy-ninth session): 31 of 39 follow-ups and 19 of 20 first messages on 29b439f, where it was run, 31 and 19 at the registration.
  // The eighty-fourth session lowers its first messages to 18, knowingly: dict/related.txt's 使いやすい (the plan's 利便)
  // is kept whole in the plan's own text too, which moves one ranked first message (避難所の設備の更新: the facilities'
  // air conditioning now first, the shelters' Wi-Fi second) while 54 registered sets rise and 4 fall by one ranked question.
  ["conversations362.json", 31, 18],
  // Probe 363's chains (the seventy-ninth session): 33 of 36 follow-ups and 19 of 20 first messages on 29b439f, where it was run, 36 and 19 at the registration.
  ["conversations363.json", 36, 19],
  // Probe 364's chains (the seventy-ninth session): 47 of 49 follow-ups and 20 of 20 first messages on 29b439f, where it was run, 48 and 20 at the registration.
  ["conversations364.json", 48],
  // Probe 365's chains (the seventy-ninth session): 34 of 39 follow-ups and 18 of 20 first messages on 29b439f, where it was run, 37 and 20 at the registration.
  ["conversations365.json", 37],
  // Probe 366's chains (the seventy-ninth session): 24 of 39 follow-ups and 18 of 20 first messages on 29b439f, where it was run, 32 and 19 at the registration.
  ["conversations366.json", 32, 19],
  // Probe 367's chains (the seventy-ninth session): 34 of 36 follow-ups and 19 of 20 first messages on 29b439f, where it was run, 36 and 19 at the registration.
  ["conversations367.json", 36, 19],
  // Probe 368's chains (the seventy-ninth session): 27 of 38 follow-ups and 20 of 20 first messages on 607f2a9, where it was run, 27 and 20 at the registration.
  ["conversations368.json", 27],
  // Probe 369's chains (the seventy-ninth session): 30 of 38 follow-ups and 20 of 20 first messages on 607f2a9, where it was run, 30 and 20 at the registration.
  ["conversations369.json", 30],
  // Probe 370's chains (the seventy-ninth session): 31 of 34 follow-ups and 18 of 20 first messages on 607f2a9, where it was run, 31 and 18 at the registration.
  ["conversations370.json", 31, 18],
  // Probe 371's chains (the seventy-ninth session): 25 of 39 follow-ups and 20 of 20 first messages on 607f2a9, where it was run, 27 and 20 at the registration.
  ["conversations371.json", 27],
  // Probe 372's chains (the seventy-ninth session): 31 of 36 follow-ups and 19 of 20 first messages on 607f2a9, where it was run, 33 and 19 at the registration.
  ["conversations372.json", 33, 19],
  // Probe 373's chains (the seventy-ninth session): 31 of 32 follow-ups and 20 of 20 first messages on 607f2a9, where it was run, 32 and 20 at the registration.
  ["conversations373.json", 32],
  // Probe 374's chains (the seventy-ninth session): 28 of 37 follow-ups and 20 of 20 first messages on 607f2a9, where it was run, 28 and 20 at the registration.
  ["conversations374.json", 28],
  // Probe 375's chains (the eightieth session): 21 of 30 follow-ups and 20 of 20 first messages on 743ef91, where it was run, 23 and 20 at the registration.
  ["conversations375.json", 23],
  // Probe 376's chains (the eightieth session): 31 of 36 follow-ups and 20 of 20 first messages on 743ef91, where it was run, 32 and 20 at the registration.
  ["conversations376.json", 32],
  // Probe 377's chains (the eightieth session): 25 of 34 follow-ups and 17 of 20 first messages on 743ef91, where it was run, 27 and 17 at the registration.
  ["conversations377.json", 27, 17],
  // Probe 378's chains (the eightieth session): 36 of 41 follow-ups and 20 of 20 first messages on 743ef91, where it was run, 39 and 20 at the registration.
  ["conversations378.json", 39],
  // Probe 379's chains (the eightieth session): 53 of 59 follow-ups and 20 of 20 first messages on 743ef91, where it was run, 56 and 20 at the registration.
  ["conversations379.json", 56],
  // Probe 380's chains (the eightieth session): 21 of 29 follow-ups and 19 of 20 first messages on 743ef91, where it was run, 22 and 19 at the registration.
  ["conversations380.json", 22, 19],
  // Probe 381's chains (the eightieth session): 28 of 36 follow-ups and 19 of 20 first messages on 743ef91, where it was run, 29 and 19 at the registration.
  ["conversations381.json", 29, 19],
  // Probe 382's chains (the eightieth session): 31 of 41 follow-ups and 18 of 20 first messages on 4b6ca45, where it was run, 33 and 18 at the registration.
  ["conversations382.json", 33, 18],
  // Probe 383's chains (the eightieth session): 35 of 43 follow-ups and 15 of 20 first messages on 4b6ca45, where it was run, 37 and 16 at the registration.
  ["conversations383.json", 37, 16],
  // Probe 384's chains (the eightieth session): 26 of 42 follow-ups and 19 of 20 first messages on 4b6ca45, where it was run, 32 and 19 at the registration.
  ["conversations384.json", 32, 19],
  // Probe 385's chains (the eightieth session): 32 of 37 follow-ups and 20 of 20 first messages on 4b6ca45, where it was run, 33 and 20 at the registration.
  ["conversations385.json", 33],
  // Probe 386's chains (the eightieth session): 22 of 40 follow-ups and 16 of 20 first messages on 4b6ca45, where it was run, 30 and 18 at the registration.
  ["conversations386.json", 30, 18],
  // Probe 387's chains (the eightieth session): 29 of 30 follow-ups and 20 of 20 first messages on 4b6ca45, where it was run, 30 and 20 at the registration.
  ["conversations387.json", 30],
  // Probe 388's chains (the eightieth session): 29 of 37 follow-ups and 20 of 20 first messages on 4b6ca45, where it was run, 33 and 20 at the registration.
  ["conversations388.json", 33],
  // Probe 389's chains (the eighty-first session): 29 of 36 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 30 and 20 at the registration.
  ["conversations389.json", 30],
  // Probe 390's chains (the eighty-first session): 30 of 38 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 37 and 20 at the registration.
  ["conversations390.json", 37],
  // Probe 391's chains (the eighty-first session): 32 of 37 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 34 and 20 at the registration.
  ["conversations391.json", 34],
  // Probe 392's chains (the eighty-first session): 33 of 37 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 33 and 20 at the registration.
  ["conversations392.json", 33],
  // Probe 393's chains (the eighty-first session): 36 of 36 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 36 and 20 at the registration.
  ["conversations393.json", 36],
  // Probe 394's chains (the eighty-first session): 37 of 40 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 38 and 20 at the registration.
  ["conversations394.json", 38],
  // Probe 395's chains (the eighty-first session): 31 of 34 follow-ups and 19 of 20 first messages on 1b3d2d2, where it was run, 31 and 19 at the registration.
  ["conversations395.json", 31, 19],
  // Probe 396's chains (the eighty-first session): 38 of 38 follow-ups and 19 of 20 first messages on 1b3d2d2, where it was run, 38 and 19 at the registration.
  ["conversations396.json", 38, 19],
  // Probe 397's chains (the eighty-first session): 23 of 37 follow-ups and 19 of 20 first messages on 1b3d2d2, where it was run, 28 and 19 at the registration.
  ["conversations397.json", 28, 19],
  // Probe 398's chains (the eighty-first session): 27 of 38 follow-ups and 18 of 20 first messages on 1b3d2d2, where it was run, 36 and 20 at the registration.
  ["conversations398.json", 36],
  // Probe 399's chains (the eighty-first session): 36 of 42 follow-ups and 19 of 20 first messages on 1b3d2d2, where it was run, 38 and 20 at the registration.
  ["conversations399.json", 38],
  // Probe 400's chains (the eighty-first session): 30 of 41 follow-ups and 18 of 20 first messages on 1b3d2d2, where it was run, 31 and 20 at the registration.
  ["conversations400.json", 31],
  // Probe 401's chains (the eighty-first session): 30 of 37 follow-ups and 20 of 20 first messages on 1b3d2d2, where it was run, 30 and 20 at the registration.
  ["conversations401.json", 30],
  // Probe 402's chains (the eighty-first session): 24 of 39 follow-ups and 16 of 20 first messages on 1b3d2d2, where it was run, 27 and 16 at the registration.
  ["conversations402.json", 27, 16],
  // Probe 403's chains (the eighty-first session): 24 of 35 follow-ups and 20 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 24 and 20 at the registration.
  ["conversations403.json", 24],
  // Probe 404's chains (the eighty-first session): 38 of 39 follow-ups and 20 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 38 and 19 at the registration.
  ["conversations404.json", 38, 19],
  // Probe 405's chains (the eighty-first session): 36 of 40 follow-ups and 20 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 36 and 20 at the registration.
  ["conversations405.json", 36],
  // Probe 406's chains (the eighty-first session): 24 of 38 follow-ups and 19 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 24 and 19 at the registration.
  ["conversations406.json", 24, 19],
  // Probe 407's chains (the eighty-first session): 25 of 35 follow-ups and 19 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 25 and 19 at the registration.
  ["conversations407.json", 25, 19],
  // Probe 408's chains (the eighty-first session): 33 of 41 follow-ups and 18 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 33 and 19 at the registration.
  ["conversations408.json", 33, 19],
  // Probe 409's chains (the eighty-first session): 29 of 36 follow-ups and 20 of 20 first messages on the first pass's tree (between f5be899 and 893421f), where it was run, 29 and 20 at the registration.
  ["conversations409.json", 29],
  // Probe 410's chains (the eighty-second session): 33 of 38 follow-ups and 20 of 20 first messages on b48bb57, where it was run, 33 and 20 at the registration.
  ["conversations410.json", 33],
  // Probe 411's chains (the eighty-second session): 30 of 38 follow-ups and 20 of 20 first messages on b48bb57, where it was run, 36 and 20 at the registration.
  ["conversations411.json", 36],
  // Probe 412's chains (the eighty-second session): 22 of 40 follow-ups and 15 of 20 first messages on b48bb57, where it was run, 23 and 16 at the registration.
  ["conversations412.json", 23, 16],
  // Probe 413's chains (the eighty-second session): 37 of 40 follow-ups and 20 of 20 first messages on b48bb57, where it was run, 37 and 20 at the registration.
  ["conversations413.json", 37],
  // Probe 414's chains (the eighty-second session): 46 of 53 follow-ups and 20 of 20 first messages on b48bb57, where it was run, 48 and 20 at the registration.
  ["conversations414.json", 48],
  // Probe 415's chains (the eighty-second session): 38 of 41 follow-ups and 20 of 20 first messages on b48bb57, where it was run, 40 and 20 at the registration.
  ["conversations415.json", 40],
  // Probe 416's chains (the eighty-second session): 27 of 42 follow-ups and 17 of 20 first messages on b48bb57, where it was run, 32 and 19 at the registration.
  ["conversations416.json", 32, 19],
  // Probe 417's chains (the eighty-second session): 25 of 42 follow-ups and 18 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 28 and 19 at the registration.
  ["conversations417.json", 28, 19],
  // Probe 418's chains (the eighty-second session): 39 of 44 follow-ups and 17 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 42 and 18 at the registration.
  ["conversations418.json", 42, 18],
  // Probe 419's chains (the eighty-second session): 24 of 39 follow-ups and 20 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 26 and 20 at the registration.
  ["conversations419.json", 26],
  // Probe 420's chains (the eighty-second session): 31 of 41 follow-ups and 20 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 33 and 20 at the registration.
  ["conversations420.json", 33],
  // Probe 421's chains (the eighty-second session): 31 of 38 follow-ups and 19 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 32 and 19 at the registration.
  ["conversations421.json", 32, 19],
  // Probe 422's chains (the eighty-second session): 31 of 39 follow-ups and 19 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 33 and 19 at the registration.
  ["conversations422.json", 33, 19],
  // Probe 423's chains (the eighty-second session): 36 of 38 follow-ups and 19 of 20 first messages on the first pass's working tree (after e1d5404), where it was run, 36 and 19 at the registration.
  ["conversations423.json", 36, 19],
  // Probe 424's chains (the eighty-third session): 33 of 36 follow-ups and 20 of 20 first messages on 150cc9a, where it was run, 35 and 20 at the registration.
  ["conversations424.json", 35],
  // Probe 425's chains (the eighty-third session): 32 of 38 follow-ups and 18 of 20 first messages on 150cc9a, where it was run, 34 and 18 at the registration.
  ["conversations425.json", 34, 18],
  // Probe 426's chains (the eighty-third session): 29 of 40 follow-ups and 20 of 20 first messages on 150cc9a, where it was run, 37 and 20 at the registration.
  ["conversations426.json", 37],
  // Probe 427's chains (the eighty-third session): 32 of 36 follow-ups and 20 of 20 first messages on 150cc9a, where it was run, 36 and 20 at the registration.
  ["conversations427.json", 36],
  // Probe 428's chains (the eighty-third session): 33 of 36 follow-ups and 19 of 20 first messages on 150cc9a, where it was run, 36 and 20 at the registration.
  ["conversations428.json", 36],
  // Probe 429's chains (the eighty-third session): 39 of 43 follow-ups and 17 of 20 first messages on 150cc9a, where it was run, 40 and 19 at the registration.
  ["conversations429.json", 40, 19],
  // Probe 430's chains (the eighty-third session): 24 of 30 follow-ups and 19 of 20 first messages on 150cc9a, where it was run, 26 and 19 at the registration.
  ["conversations430.json", 26, 19],
  // Probe 431's chains (the eighty-third session): 40 of 50 follow-ups and 20 of 20 first messages on 1e4db41, where it was run, 47 and 20 at the registration.
  ["conversations431.json", 47],
  // Probe 432's chains (the eighty-third session): 31 of 40 follow-ups and 20 of 20 first messages on 1e4db41, where it was run, 38 and 20 at the registration.
  ["conversations432.json", 38],
  // Probe 433's chains (the eighty-third session): 32 of 39 follow-ups and 18 of 20 first messages on 1e4db41, where it was run, 34 and 18 at the registration.
  ["conversations433.json", 34, 18],
  // Probe 434's chains (the eighty-third session): 26 of 36 follow-ups and 19 of 20 first messages on 1e4db41, where it was run, 27 and 19 at the registration.
  ["conversations434.json", 27, 19],
  // Probe 435's chains (the eighty-third session): 15 of 31 follow-ups and 14 of 20 first messages on 1e4db41, where it was run, 22 and 18 at the registration.
  ["conversations435.json", 22, 18],
  // Probe 436's chains (the eighty-third session): 30 of 40 follow-ups and 20 of 20 first messages on 1e4db41, where it was run, 31 and 20 at the registration.
  ["conversations436.json", 31],
  // Probe 437's chains (the eighty-third session): 36 of 42 follow-ups and 20 of 20 first messages on 1e4db41, where it was run, 40 and 20 at the registration.
  ["conversations437.json", 40],
  // Probe 438's chains (the eighty-fourth session): 28 of 38 follow-ups and 18 of 20 first messages on c16bfc0, where it was run, 29 and 18 at the registration.
  ["conversations438.json", 29, 18],
  // Probe 439's chains (the eighty-fourth session): 28 of 39 follow-ups and 18 of 20 first messages on c16bfc0, where it was run, 31 and 18 at the registration.
  ["conversations439.json", 31, 18],
  // Probe 440's chains (the eighty-fourth session): 26 of 38 follow-ups and 19 of 20 first messages on c16bfc0, where it was run, 32 and 20 at the registration.
  ["conversations440.json", 32],
  // Probe 441's chains (the eighty-fourth session): 31 of 41 follow-ups and 15 of 20 first messages on c16bfc0, where it was run, 31 and 15 at the registration.
  ["conversations441.json", 31, 15],
  // Probe 442's chains (the eighty-fourth session): 30 of 38 follow-ups and 20 of 20 first messages on c16bfc0, where it was run, 32 and 20 at the registration.
  ["conversations442.json", 32],
  // Probe 443's chains (the eighty-fourth session): 43 of 50 follow-ups and 20 of 20 first messages on c16bfc0, where it was run, 44 and 20 at the registration.
  ["conversations443.json", 44],
  // Probe 444's chains (the eighty-fourth session): 14 of 35 follow-ups and 10 of 20 first messages on c16bfc0, where it was run, 14 and 13 at the registration.
  ["conversations444.json", 14, 13],
  // Probe 445's chains (the eighty-fourth session): 36 of 43 follow-ups and 19 of 20 first messages on round one's build, where it was run, 36 and 19 at the registration.
  ["conversations445.json", 36, 19],
  // Probe 446's chains (the eighty-fourth session): 29 of 39 follow-ups and 20 of 20 first messages on round one's build, where it was run, 31 and 20 at the registration.
  ["conversations446.json", 31],
  // Probe 447's chains (the eighty-fourth session): 37 of 39 follow-ups and 20 of 20 first messages on round one's build, where it was run, 37 and 20 at the registration.
  ["conversations447.json", 37],
  // Probe 448's chains (the eighty-fourth session): 22 of 38 follow-ups and 19 of 20 first messages on round one's build, where it was run, 24 and 20 at the registration.
  ["conversations448.json", 24],
  // Probe 449's chains (the eighty-fourth session): 24 of 37 follow-ups and 17 of 20 first messages on round one's build, where it was run, 28 and 18 at the registration.
  ["conversations449.json", 28, 18],
  // Probe 450's chains (the eighty-fourth session): 28 of 38 follow-ups and 20 of 20 first messages on round one's build, where it was run, 31 and 20 at the registration.
  ["conversations450.json", 31],
  // Probe 451's chains (the eighty-fourth session): 35 of 45 follow-ups and 20 of 20 first messages on round one's build, where it was run, 35 and 20 at the registration.
  ["conversations451.json", 35],
  // Probe 452's chains (the eighty-fifth session): 43 of 53 follow-ups and 20 of 20 first messages on 228727e, where it was run, 45 and 20 at the registration.
  ["conversations452.json", 45],
  // Probe 453's chains (the eighty-fifth session): 25 of 40 follow-ups and 15 of 20 first messages on 228727e, where it was run, 32 and 19 at the registration.
  ["conversations453.json", 32, 19],
  // Probe 454's chains (the eighty-fifth session): 32 of 40 follow-ups and 18 of 20 first messages on 228727e, where it was run, 33 and 18 at the registration.
  ["conversations454.json", 33, 18],
  // Probe 455's chains (the eighty-fifth session): 29 of 35 follow-ups and 17 of 20 first messages on 228727e, where it was run, 30 and 19 at the registration.
  ["conversations455.json", 30, 19],
  // Probe 456's chains (the eighty-fifth session): 31 of 38 follow-ups and 19 of 20 first messages on 228727e, where it was run, 34 and 20 at the registration.
  ["conversations456.json", 34],
  // Probe 457's chains (the eighty-fifth session): 33 of 39 follow-ups and 18 of 20 first messages on 228727e, where it was run, 36 and 20 at the registration.
  ["conversations457.json", 36],
  // Probe 458's chains (the eighty-fifth session): 35 of 37 follow-ups and 20 of 20 first messages on 228727e, where it was run, 35 and 20 at the registration.
  ["conversations458.json", 35],
  // Probe 459's chains (the eighty-fifth session): 37 of 39 follow-ups and 19 of 20 first messages on round one's build, where it was run, 38 and 20 at the registration.
  ["conversations459.json", 38],
  // Probe 460's chains (the eighty-fifth session): 23 of 38 follow-ups and 20 of 20 first messages on round one's build, where it was run, 26 and 20 at the registration.
  ["conversations460.json", 26],
  // Probe 461's chains (the eighty-fifth session): 25 of 36 follow-ups and 9 of 20 first messages on round one's build, where it was run, 30 and 13 at the registration.
  ["conversations461.json", 30, 13],
  // Probe 462's chains (the eighty-fifth session): 30 of 42 follow-ups and 13 of 20 first messages on round one's build, where it was run, 30 and 13 at the registration.
  ["conversations462.json", 30, 13],
  // Probe 463's chains (the eighty-fifth session): 48 of 57 follow-ups and 20 of 20 first messages on round one's build, where it was run, 48 and 20 at the registration.
  ["conversations463.json", 48],
  // Probe 464's chains (the eighty-fifth session): 25 of 33 follow-ups and 18 of 20 first messages on round one's build, where it was run, 25 and 18 at the registration.
  ["conversations464.json", 25, 18],
  // Probe 465's chains (the eighty-fifth session): 27 of 37 follow-ups and 20 of 20 first messages on round one's build, where it was run, 29 and 20 at the registration.
  ["conversations465.json", 29],
  // Probe 466's chains (the eighty-sixth session): 33 of 53 follow-ups and 20 of 20 first messages on 313d960, where it was run, 37 and 20 at the registration.
  ["conversations466.json", 37],
  // Probe 467's chains (the eighty-sixth session): 28 of 39 follow-ups and 16 of 20 first messages on 313d960, where it was run, 28 and 16 at the registration.
  ["conversations467.json", 28, 16],
  // Probe 468's chains (the eighty-sixth session): 25 of 38 follow-ups and 17 of 20 first messages on 313d960, where it was run, 29 and 18 at the registration.
  ["conversations468.json", 29, 18],
  // Probe 469's chains (the eighty-sixth session): 29 of 40 follow-ups and 11 of 20 first messages on 313d960, where it was run, 35 and 16 at the registration.
  ["conversations469.json", 35, 16],
  // Probe 470's chains (the eighty-sixth session): 18 of 37 follow-ups and 19 of 20 first messages on 313d960, where it was run, 22 and 19 at the registration.
  ["conversations470.json", 22, 19],
  // Probe 471's chains (the eighty-sixth session): 34 of 38 follow-ups and 19 of 20 first messages on 313d960, where it was run, 34 and 19 at the registration.
  ["conversations471.json", 34, 19],
  // Probe 472's chains (the eighty-sixth session): 7 of 32 follow-ups and 17 of 20 first messages on 313d960, where it was run, 22 and 19 at the registration.
  ["conversations472.json", 22, 19],
  // Probe 473's chains (the eighty-seventh session): 26 of 37 follow-ups and 19 of 20 first messages on a21870e, where it was run, 30 and 20 at the registration.
  ["conversations473.json", 30],
  // Probe 474's chains (the eighty-seventh session): 36 of 41 follow-ups and 19 of 20 first messages on a21870e, where it was run, 36 and 19 at the registration.
  ["conversations474.json", 36, 19],
  // Probe 475's chains (the eighty-seventh session): 29 of 35 follow-ups and 19 of 20 first messages on a21870e, where it was run, 33 and 20 at the registration.
  ["conversations475.json", 33],
  // Probe 476's chains (the eighty-seventh session): 30 of 40 follow-ups and 19 of 20 first messages on a21870e, where it was run, 38 and 20 at the registration.
  ["conversations476.json", 38],
  // Probe 477's chains (the eighty-seventh session): 27 of 39 follow-ups and 18 of 20 first messages on a21870e, where it was run, 29 and 19 at the registration.
  ["conversations477.json", 29, 19],
  // Probe 478's chains (the eighty-seventh session): 19 of 39 follow-ups and 19 of 20 first messages on a21870e, where it was run, 28 and 20 at the registration.
  ["conversations478.json", 28],
  // Probe 479's chains (the eighty-seventh session): 30 of 41 follow-ups and 20 of 20 first messages on a21870e, where it was run, 32 and 20 at the registration.
  ["conversations479.json", 32],
  // Probe 480's chains (the eighty-eighth session): 27 of 37 follow-ups and 15 of 20 first messages on d6b69d6, where it was run, 32 and 19 at the registration.
  ["conversations480.json", 32, 19],
  // Probe 481's chains (the eighty-eighth session): 24 of 34 follow-ups and 19 of 20 first messages on d6b69d6, where it was run, 28 and 20 at the registration.
  ["conversations481.json", 28],
  // Probe 482's chains (the eighty-eighth session): 27 of 39 follow-ups and 19 of 20 first messages on d6b69d6, where it was run, 27 and 19 at the registration.
  ["conversations482.json", 27, 19],
  // Probe 483's chains (the eighty-eighth session): 27 of 37 follow-ups and 18 of 20 first messages on d6b69d6, where it was run, 30 and 19 at the registration.
  ["conversations483.json", 30, 19],
  // Probe 484's chains (the eighty-eighth session): 32 of 35 follow-ups and 20 of 20 first messages on d6b69d6, where it was run, 32 and 20 at the registration.
  ["conversations484.json", 32],
  // Probe 485's chains (the eighty-eighth session): 13 of 40 follow-ups and 19 of 20 first messages on d6b69d6, where it was run, 32 and 20 at the registration.
  ["conversations485.json", 32],
  // Probe 486's chains (the eighty-eighth session): 37 of 45 follow-ups and 20 of 20 first messages on d6b69d6, where it was run, 38 and 20 at the registration.
  ["conversations486.json", 38],
  // Probe 487's chains (the eighty-ninth session): 35 of 40 follow-ups and 20 of 20 first messages on 6d14aa0, where it was run, 35 and 20 at the registration.
  ["conversations487.json", 35],
  // Probe 488's chains (the eighty-ninth session): 32 of 43 follow-ups and 20 of 20 first messages on 6d14aa0, where it was run, 32 and 20 at the registration.
  ["conversations488.json", 32],
  // Probe 489's chains (the eighty-ninth session): 26 of 39 follow-ups and 17 of 20 first messages on 6d14aa0, where it was run, 34 and 19 at the registration.
  ["conversations489.json", 34, 19],
  // Probe 490's chains (the eighty-ninth session): 26 of 36 follow-ups and 19 of 20 first messages on 6d14aa0, where it was run, 33 and 20 at the registration.
  ["conversations490.json", 33],
  // Probe 491's chains (the eighty-ninth session): 34 of 38 follow-ups and 19 of 20 first messages on 6d14aa0, where it was run, 35 and 19 at the registration.
  ["conversations491.json", 35, 19],
  // Probe 492's chains (the eighty-ninth session): 18 of 26 follow-ups and 7 of 20 first messages on 6d14aa0, where it was run, 21 and 11 at the registration.
  ["conversations492.json", 21, 11],
  // Probe 493's chains (the eighty-ninth session): 29 of 41 follow-ups and 19 of 20 first messages on 6d14aa0, where it was run, 31 and 19 at the registration.
  ["conversations493.json", 31, 19],
  // Probe 494's chains (the ninetieth session): 28 of 47 follow-ups and 19 of 20 first messages on 0167dc0, where it was run, 36 and 19 at the registration.
  ["conversations494.json", 36, 19],
  // Probe 495's chains (the ninetieth session): 28 of 42 follow-ups and 18 of 20 first messages on 0167dc0, where it was run, 35 and 19 at the registration.
  ["conversations495.json", 35, 19],
  // Probe 496's chains (the ninetieth session): 22 of 40 follow-ups and 19 of 20 first messages on 0167dc0, where it was run, 32 and 19 at the registration.
  ["conversations496.json", 32, 19],
  // Probe 497's chains (the ninetieth session): 24 of 33 follow-ups and 15 of 20 first messages on 0167dc0, where it was run, 24 and 15 at the registration.
  ["conversations497.json", 24, 15],
  // Probe 498's chains (the ninetieth session): 26 of 34 follow-ups and 19 of 20 first messages on 0167dc0, where it was run, 26 and 19 at the registration.
  ["conversations498.json", 26, 19],
  // Probe 499's chains (the ninetieth session): 26 of 36 follow-ups and 13 of 20 first messages on 0167dc0, where it was run, 31 and 17 at the registration.
  ["conversations499.json", 31, 17],
  // Probe 500's chains (the ninetieth session): 24 of 41 follow-ups and 12 of 20 first messages on 0167dc0, where it was run, 28 and 13 at the registration.
  ["conversations500.json", 28, 13],
] as [string, number, number?][])("conversations with follow-ups (%s)", (file, floor, firsts) => {
  const conversations = read(file);
  const firstsRight = firsts ?? conversations.length;
  it(`answers ${firsts === undefined ? "every" : `at least ${firsts}`} first message, and at least ${floor} follow-ups, right`, async () => {
    let first = 0;
    let followUps = 0;
    for (const conversation of conversations) {
      let previous: string | undefined;
      for (const [i, m] of conversation.entries()) {
        const a = await engine.ask(m.q, { previous });
        previous = goesOnFrom(a);
        if (right(m, a)) {
          if (i === 0) first++;
          else followUps++;
        }
      }
    }
    expect(first).toBeGreaterThanOrEqual(firstsRight);
    expect(followUps).toBeGreaterThanOrEqual(floor);
  });
});

describe("a list narrowed to the ones already ended (probe 142)", () => {
  it.each([["そのうちもう終わったのは？"], ["そのうち既に完了したもの"], ["もう終わってるのは？"]])(
    "answers %s with those of the list that end, not each one's end",
    async (q) => {
      const first = await engine.ask("コミセンのWi-Fi");
      const a = await engine.ask(q, { previous: goesOnFrom(first) });
      expect(a.projects.slice(0, a.answered).map(projectKey)).toEqual(["7-2#9"]);
    },
  );

  it.each([
    ["そのうちもう終わったのは？"],
    ["そのうちすでに完了したものは？"],
    ["そのうち既に終わってるのってどれ？"],
  ])("picks 2つ目 from the narrowed list after %s, not from the list before it (probe 145)", async (q) => {
    const list = await engine.ask("人権・男女共生課の事業");
    const narrowed = await engine.ask(q, { previous: goesOnFrom(list) });
    const shown = narrowed.projects.slice(0, narrowed.answered);
    expect(shown.length).toBeGreaterThan(2);
    expect(narrowed.verdict).toBeUndefined();
    const picked = await engine.ask("2つ目の内容は？", { previous: goesOnFrom(narrowed) });
    expect(picked.projects.slice(0, picked.answered)).toEqual([shown[1]]);
  });

  it("still answers when one project ends, asked of it (ふるさと納税ってもう終わったの？)", async () => {
    const a = await engine.ask("ふるさと納税ってもう終わったの？");
    expect(a.notes[0]).toBe(
      "計画には、ふるさと寄附金推進事業の完了の記載はありません（記載は令和3年度〜6年度、R6 継続まで）。",
    );
  });
});

describe("what the projects just answered differ in (probe 143)", () => {
  it("answers 何が違うの？ after two projects of one name with each one, and the thread goes on from them", async () => {
    const first = await engine.ask("税金の口座振替のやつ、どの事業だっけ");
    const both = first.projects.slice(0, first.answered).map(projectKey).sort();
    expect(both).toEqual(["7-2#2", "7-2#3"]);
    const a = await engine.ask("2つあるみたいだけど何が違うの？", { previous: goesOnFrom(first) });
    expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(both);
    expect(a.fieldsAsked).toEqual(expect.arrayContaining(["目的", "内容"]));
    const next = await engine.ask("2つ目の担当は？", { previous: goesOnFrom(a) });
    expect(next.answered).toBe(1);
  });

  it("reads 違いは？ after a count as no ask of each one's purpose (review: 20 projects' had been listed)", async () => {
    const first = await engine.ask("R3とR4で拡充は何件ずつ？");
    const a = await engine.ask("違いは？", { previous: goesOnFrom(first) });
    expect(a.fieldsAsked ?? []).toEqual([]);
  });

  it("reads a long follow-up in kana at once (review: each word found had read the rest of it again, for a minute)", async () => {
    const a = await engine.ask("のうぜいって".repeat(850), { previous: "ふるさと納税の事業" });
    expect(a.query.length).toBeGreaterThan(0);
  });
});

describe("a follow-up typed in kana (probe 112)", () => {
  it("counts the list before for なんけん？, and narrows it for そのうちかんりょうは", async () => {
    const count = await engine.ask("なんけん？", { previous: "人事課の事業" });
    expect(count.answered).toBe(2);
    expect(count.notes).toContain("該当する事業は2件です。");
    expect(count.query).toBe("なんけん？");
    const done = await engine.ask("そのうちかんりょうは", { previous: "人事課の事業" });
    expect(done.projects.slice(0, done.answered).map(projectKey)).toEqual(["7-3#2"]);
  });
});

describe("a department confirmed in a thread (市民課だよね？, 市民課じゃないの？) — probe 112", () => {
  it.each([
    [
      ["おくやみコーナー", "担当課は？", "市民課じゃないの？"],
      "いいえ。おくやみ関連手続きワンストップコーナーの設置の担当課は市民生活相談課です。",
    ],
    [
      ["マイナンバーカードの普及促進", "市民課だよね？"],
      "はい。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    [
      ["コーチング研修", "人事課なの？"],
      "はい。組織力強化に向けたコーチング研修の実施の担当課は人事課です。",
    ],
  ])("answers %j's last with whose the project is: %s", async (chain, said) => {
    let previous: string | undefined;
    let a = await engine.ask(chain[0] as string);
    for (const q of chain.slice(1)) {
      previous = goesOnFrom(a);
      a = await engine.ask(q, { previous });
    }
    expect(a.notes[0]).toBe(said);
  });
});

describe("a correction in a thread (probe 113)", () => {
  it("asks the question before again with what it takes back replaced, every other condition kept", async () => {
    const before = "R3に拡充の政策企画課の事業";
    const a = await engine.ask("いや、政策企画課じゃなくて財産活用課で", { previous: before });
    expect(a.filters.departments).toEqual(["財産活用課"]);
    expect(a.filters.years).toEqual(["R3"]);
    for (const p of a.projects.slice(0, a.answered)) expect(p.department).toBe("財産活用課");
    expect(a.projects.slice(0, a.answered).map(projectKey).sort()).toEqual(
      ["7-2#4", "7-2#6", "7-2#7", "7-2#8", "7-2#10"].sort(),
    );
  });

  it("says nothing of the list it takes back (さっきのR5じゃなくてR4で)", async () => {
    const a = await engine.ask("さっきのR5じゃなくてR4で", { previous: "R5に完了する事業は？" });
    expect(a.answered).toBe(7);
    expect(a.notes.filter((n) => n.startsWith("前の回答の事業では"))).toEqual([]);
  });
});

describe("a follow-up asked with no question before it (a slash command, a DM's first message) — probe 42", () => {
  it("is read alone, and its answer says where a follow-up is read with the question before", async () => {
    expect((await engine.ask("それの担当課は？")).notes).toContain(READ_ALONE);
    expect((await engine.ask("じゃあR4は？")).notes).toContain(READ_ALONE);
  });

  it("says nothing of the kind after a question, or on a question of its own", async () => {
    const after = await engine.ask("それの担当課は？", {
      previous: "マイナンバーカードの普及促進ってどの事業？",
    });
    expect(after.notes).not.toContain(READ_ALONE);
    expect(after.answered).toBe(1);
    expect((await engine.ask("マイナンバーカードの担当課は？")).notes).not.toContain(READ_ALONE);
  });
});
