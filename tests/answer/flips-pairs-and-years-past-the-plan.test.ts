import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { buildCatalog } from "../../src/answer/catalog.js";
import { createEngine, goesOnFrom } from "../../src/answer/engine.js";
import { withCodeSwapped, withNegationFlipped } from "../../src/answer/follow-up.js";
import { understand } from "../../src/answer/understand.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Direction, type Project, projectKey } from "../../src/plan/schema.js";
import { TEST_CACHE_DIR } from "../helpers.js";

const plan = loadPlan();
const catalog = buildCatalog(plan);
const NOW = new Date("2026-11-25T09:00:00+09:00");
const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => NOW });
const keys = (ps: readonly Project[]) => ps.map(projectKey).sort();
const answered = (a: Answer) => keys(a.projects.slice(0, a.answered));
const said = (a: Answer) => [...(a.leads ?? []), ...a.notes].join("\n");
const has = (p: Project, ...ds: Direction[]) =>
  Object.values(p.directions).some((d) => ds.includes(d as Direction));
const byName = (name: string) => {
  const p = plan.projects.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};

/** Each message asked after the one before, as a DM thread reads them; the last answer. */
async function thread(...messages: string[]): Promise<Answer> {
  let a: Answer | undefined;
  for (const q of messages) a = await engine.ask(q, a ? { previous: goesOnFrom(a) } : {});
  if (!a) throw new Error("no message");
  return a;
}

// Probe 485: 逆に after a question that left something out had kept the leaving out beside the thing named (市民課以外
// again) or joined both sides (載ってない、かつ載ってる: 0件).
describe("the question before asked the other way round", () => {
  it.each([
    ["市民課以外でR3に新規の事業", "じゃあ逆に市民課のは？", "市民課でR3に新規の事業"],
    ["市民課以外でR3に新規の事業", "市民課のは？", "市民課でR3に新規の事業"],
    ["R5に載ってない事業", "逆にR5に載ってるのは何件？", "R5に載ってる事業、何件？"],
    ["Wi-Fiの事業で、完了するもの以外", "逆に完了するのは？", "Wi-Fiの事業で、完了するもの"],
    ["完了しない事業", "逆に完了するのは？", "完了する事業"],
    ["R7まで続かない事業", "逆に続くのは？", "R7まで続く事業"],
    ["R6に記載のない事業", "逆は？", "R6に記載のある事業"],
    ["人権・男女共生課じゃないもので拡充の事業", "逆は？", "人権・男女共生課のもので拡充の事業"],
  ])("reads 「%s」 then 「%s」 as 「%s」", (before, q, read) => {
    expect(withNegationFlipped(q, before)?.text).toBe(read);
  });

  it.each([
    ["R5に載ってない事業", "じゃあ人事課は？"],
    ["市民課以外でR3に新規の事業", "人事課のは？"],
    ["R4に完了する事業", "逆に新規は？"],
    ["市民課以外で完了しない事業", "逆は？"],
    // (A kind left out of the direction it is a kind of is asked alone: both, taken in, conversations250.)
    ["その中で令和3年度に拡充（臨時拡充を除く）のもの", "では臨時拡充のものは？"],
  ])("leaves 「%s」 then 「%s」 to other readings (nothing left out named, or two left out)", (before, q) => {
    expect(withNegationFlipped(q, before)).toBeNull();
  });

  it("answers the projects left out before, with the conditions kept", async () => {
    const a = await thread("市民課以外でR3に新規の事業", "じゃあ逆に市民課のは？");
    const want = plan.projects.filter(
      (p) => p.department === "市民課" && ["新規", "新規完了"].includes(p.directions.R3 ?? ""),
    );
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
    expect(said(a)).toContain("前の質問を逆にして");
  });

  it("counts those listed in a year after those not listed in it", async () => {
    const a = await thread("R5に載ってない事業", "逆にR5に載ってるのは何件？");
    expect(a.answered).toBe(plan.projects.filter((p) => p.directions.R5).length);
  });
});

// Probe 478: 「じゃあ7-4と7-5だと？」 after two policies compared had listed their projects with no comparison.
describe("another pair asked in place of the pair compared", () => {
  it("reads another pair of codes in place of the pair before", () => {
    expect(withCodeSwapped("じゃあ7-4と7-5だと？", "7-2と7-3で事業数はどっちが多い？")?.text).toBe(
      "7-4と7-5で事業数はどっちが多い?",
    );
    expect(withCodeSwapped("じゃあ7-4は？", "7-2と7-3で事業数はどっちが多い？")).toBeNull();
  });

  it("compares the two codes said, as the two before were", async () => {
    const a = await thread("7-2と7-3で事業数はどっちが多い？", "じゃあ7-4と7-5だと？");
    const n = (code: string) => plan.projects.filter((p) => p.policy === code).length;
    expect(n("7-4")).toBe(n("7-5"));
    expect(a.leads?.[0]).toMatch(/^どちらも同数です/);
  });

  it("compares the two units said, as the two before were", async () => {
    const a = await thread("人事課と市民課でどっちが多い？", "じゃあ財産活用課と情報システム課だと？");
    expect(a.leads?.[0]).toMatch(/^財産活用課のほうが多いです/);
  });

  it("asks two units in place of the one before, its year kept", async () => {
    const a = await thread("市民課のR4の事業", "じゃあ人事課と財産活用課は？");
    const want = plan.projects.filter(
      (p) => ["人事課", "財産活用課"].includes(p.department) && p.directions.R4,
    );
    expect(answered(a)).toEqual(keys(want));
  });
});

// Probe 480: 「拡充の事業」 then 「そのうちR7まで続くのは？」 had read 拡充 in R7: 0件 of 20.
describe("a year asked of a list of a direction with no year", () => {
  it("keeps those that had the direction in some year and are listed in the year asked", async () => {
    const a = await thread("拡充の事業", "そのうちR7まで続くのは？");
    const want = plan.projects.filter((p) => has(p, "拡充", "臨時拡充") && p.directions.R7);
    expect(want.length).toBeGreaterThan(0);
    expect(answered(a)).toEqual(keys(want));
  });

  it("leaves a direction said of every year, or denied, as it was (ずっと継続, 縮小じゃない)", async () => {
    const always = await thread("方向性がずっと継続のままの事業を一覧で", "そのうちR7まで載ってるのは？");
    expect(answered(always)).toEqual(
      keys(
        plan.projects.filter(
          (p) => Object.values(p.directions).every((d) => d === "継続") && p.directions.R7 === "継続",
        ),
      ),
    );
    const never = await thread("7-1の事業で縮小じゃないもの", "そのうちR6以降も載ってるのは？");
    expect(answered(never)).toEqual(
      keys(
        plan.projects.filter(
          (p) => p.policy === "7-1" && !has(p, "縮小") && (p.directions.R6 || p.directions.R7),
        ),
      ),
    );
  });
});

// Probe 484: a year past the plan asked yes or no of a project (今年度はやってる？, 来年度もある？) had been told はい.
describe("a year past the plan asked of one project", () => {
  it.each(["今年度はやってる？", "来年度もある？", "再来年度もある？"])("says no はい for %s", async (q) => {
    const a = await thread("マイナンバーカードの普及促進", q);
    expect(said(a)).not.toMatch(/^はい。/mu);
    expect(said(a)).toContain("令和4年度まで計画に載っています");
  });
});

// Probes 482 and 486: 「R3は何？」 of one project had shown its card alone.
describe("a year asked what it is, of one project", () => {
  it.each([
    ["R3は何？", "令和3年度の方向性は臨時拡充です"],
    ["R4なに", "令和4年度の方向性は継続です"],
  ])("answers %s with that year's direction", async (q, sentence) => {
    const a = await thread("市のホームページを探しやすくする事業", q);
    expect(said(a)).toContain(sentence);
  });
});

// Probe 486: 「臨時拡充なのはいつ？」 after a project had searched 臨時 and 拡充 over the plan.
describe("when a project had a direction, asked with なのは", () => {
  it("answers the years of it", async () => {
    const a = await thread("市の施設の予約をネットでできるシステム", "臨時拡充なのはいつ？");
    expect(said(a)).toContain("新たな施設予約システム運営事業の臨時拡充は令和3年度・令和4年度です");
  });
});

// Probe 480: a budget staffer's words for the directions.
describe("money words read as directions", () => {
  it.each([
    ["予算を削る事業ってある？", "縮小"],
    ["市民協働推進課でお金をかける事業", "拡充"],
    ["まち魅力発信課でお金かけるのは？", "拡充"],
    ["R3 予算増", "拡充"],
    ["人権・男女共生課で一時的にお金をかける事業は？", "臨時拡充"],
  ])("reads %s as %s", (q, direction) => {
    expect(understand(q, catalog, NOW).directions).toContain(direction);
  });

  it("does not read 削減, which the plan writes of the work itself, as a direction", () => {
    expect(understand("申請不備の削減の事業", catalog, NOW).directions).toEqual([]);
  });
});

// Probe 483: 「うちで」 after the asker said their unit had been read as no unit.
describe("うちで after a self-introduction", () => {
  it("is the unit said", async () => {
    const a = await thread("市民協働推進課の者です。うちで令和3年度に新規の事業は？");
    const want = plan.projects.filter(
      (p) => p.department === "市民協働推進課" && ["新規", "新規完了"].includes(p.directions.R3 ?? ""),
    );
    expect(answered(a)).toEqual(keys(want));
  });

  it("leaves the unit said, not the sentence saying who asks, for ほかの課だと？", async () => {
    const a = await thread("財産活用課です。うちの課でR3に新規の事業は？", "ほかの課だと？");
    const want = plan.projects.filter(
      (p) => p.department !== "財産活用課" && ["新規", "新規完了"].includes(p.directions.R3 ?? ""),
    );
    expect(answered(a)).toEqual(keys(want));
  });
});

// Probe 481: a council-answer writer's words pointing back.
describe("formal words pointing back", () => {
  it("reads 同事業 as the project in view", async () => {
    const a = await thread(
      "行政手続のオンライン化の推進について教えてください",
      "同事業の担当課はどちらでしょうか",
    );
    expect(said(a)).toContain("担当課: DX推進チーム");
  });

  it("reads 当該担当課 as the unit of the project in view", async () => {
    const a = await thread(
      "行政手続のオンライン化の推進について教えてください",
      "当該担当課が所管している他の事業をご教示ください",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) => p.department === "DX推進チーム" && p.name !== "行政手続のオンライン化の推進",
        ),
      ),
    );
  });

  it("asks では、…ものはございますでしょうか of the list a narrowing was of", async () => {
    const a = await thread(
      "情報システム課が所管する事業を一覧でご教示いただけますでしょうか。",
      "そのうち、令和4年度で完了となるものはどれでしょうか。",
      "では、令和5年度以降も計画に記載されているものはございますでしょうか。",
    );
    expect(answered(a)).toEqual(
      keys(
        plan.projects.filter(
          (p) => p.department === "情報システム課" && (p.directions.R5 || p.directions.R6 || p.directions.R7),
        ),
      ),
    );
  });
});

// Probe 482: a yes-or-no of a year, then the direction it is asked as, in one message.
describe("a year asked, then its direction, in one message", () => {
  it("answers both as one yes-or-no", async () => {
    const a = await thread("ふるさと納税のやつ R7もやる？けいぞく？");
    expect(byName("ふるさと寄附金推進事業").directions.R7).toBeUndefined();
    expect(said(a)).toMatch(/^いいえ。ふるさと寄附金推進事業は令和7年度の計画に記載がありません/mu);
  });

  it("asks what, not whether, of なにある typed in kana", async () => {
    const a = await thread("人事課のじぎょうなにある");
    expect(said(a)).not.toMatch(/^はい。/mu);
  });
});

// Probe 474: 「完了って書いてないけど、どういうこと？」 after one project had listed the plan's 34 never completing.
describe("why asked of what the answer in view shows", () => {
  it.each(["完了って書いてないけど、どういうこと？", "R4で終わってるけど、なんで？"])(
    "answers %s of the project in view",
    async (q) => {
      const a = await thread("DVの相談の事業", q);
      expect(a.projects.some((p) => p.name === "配偶者暴力被害者等セーフティネット充実支援事業")).toBe(true);
      expect(a.projects.length).toBe(1);
      expect(said(a)).toContain("方向性の理由は計画に記載がありません");
    },
  );
});

// Probe 480: 「一番予算が増える事業が多い課は？」 — 一番 before what is counted — had ranked nothing: 0件.
describe("一番 said before what is counted", () => {
  it.each(["一番拡充の事業が多い課は？", "一番予算が増える事業が多い課は？"])(
    "ranks the units by it, as 「拡充の事業が一番多い課は？」 does: %s",
    async (q) => {
      const [a, plain] = await Promise.all([thread(q), thread("拡充の事業が一番多い課は？")]);
      expect(plain.leads?.[0]).toMatch(/^最も多いのは/);
      expect(a.leads?.[0]).toBe(plain.leads?.[0]);
    },
  );
});

// Probe 485: 「どの年も継続だけの事業」 (年 without 度) had answered 0件, and まだ after R7まで had been read as now.
describe("every year said with 年, and まだ after まで", () => {
  it("reads どの年も as every year", async () => {
    const [a, plain] = await Promise.all([
      thread("どの年も継続だけの事業"),
      thread("どの年度も継続だけの事業"),
    ]);
    expect(plain.answered).toBeGreaterThan(0);
    expect(answered(a)).toEqual(answered(plain));
  });
  it("reads R7までまだ続く as R7まで続く", async () => {
    const [a, plain] = await Promise.all([thread("R7までまだ続く事業"), thread("R7まで続く事業")]);
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.directions.R7)));
    expect(answered(a)).toEqual(answered(plain));
  });
});

// Probe 481: a second project named in kana first (みんなのえんがわプロジェクトの推進) had been no second subject, and
// 両事業 had kept one project.
describe("two projects, the second named in kana first, then 両事業", () => {
  it("answers both, and the unit of both", async () => {
    const opening =
      "チャレンジいばらき補助金の拡充と、みんなのえんがわプロジェクトの推進について、現在の状況をご教示ください。";
    const [first, both] = await Promise.all([
      thread(opening),
      thread(opening, "両事業の担当課は同じでしょうか"),
    ]);
    const want = keys([
      byName("チャレンジいばらき補助金の拡充"),
      byName("みんなのえんがわ（市民活動センター）プロジェクトの推進"),
    ]);
    expect(answered(first)).toEqual(want);
    expect(answered(both)).toEqual(want);
  });
});

// Probe 484: 「R3からR5の3年度だけ載ってる事業」 had read 3年度 as R3: one project listed in R3 alone.
describe("how many years a span said is", () => {
  it("is no year of its own", async () => {
    const [a, plain] = await Promise.all([
      thread("R3からR5の3年度だけ載ってる事業"),
      thread("R3からR5だけ載ってる事業"),
    ]);
    expect(answered(a)).toEqual(
      keys(plan.projects.filter((p) => Object.keys(p.directions).sort().join() === "R3,R4,R5")),
    );
    expect(answered(a)).toEqual(answered(plain));
  });
});

// Probe 485: 「R4の方向性が継続以外の事業は？」 then 「じゃあ逆に継続のは何件？」 had narrowed the list to none of it.
describe("the other way round of a direction left out, counted", () => {
  it("counts those of the direction", async () => {
    const a = await thread("R4の方向性が継続以外の事業は？", "じゃあ逆に継続のは何件？");
    expect(a.answered).toBe(plan.projects.filter((p) => p.directions.R4 === "継続").length);
  });
});

// Probe 483: another subject asked after a yes-or-no said after who asks had taken the place of うち, and the いいえ of
// the other project was said again.
describe("another subject after a yes-or-no said after who asks", () => {
  it("asks the yes-or-no of the subject said", async () => {
    const a = await thread(
      "うちは市民課です。マイナンバーカードの普及促進ってR5も載ってる？",
      "住民票の窓口申請システムは？",
    );
    expect(byName("住民票等の窓口申請システム").directions.R5).toBeDefined();
    expect(said(a)).toMatch(/^はい。住民票等の窓口申請システムは令和5年度も計画に載っています/mu);
  });
});

// Probe 485: 「…って、R5には載ってないよね？」 of one project had answered the condition's list with no はい, and 「じゃあR4は？」
// had said はい of a project listed in R4.
describe("one project's year confirmed in the negative", () => {
  const ASKED = "マイナンバーカードの普及促進って、R5には載ってないよね？";
  it("says はい when it is not listed that year", async () => {
    const a = await thread(ASKED);
    expect(byName("マイナンバーカードの普及促進").directions.R5).toBeUndefined();
    expect(said(a)).toMatch(/^はい。マイナンバーカードの普及促進は令和5年度の計画に記載がありません/mu);
  });
  it("says いいえ of another year asked the same way, where it is listed", async () => {
    const a = await thread(ASKED, "じゃあR4は？");
    expect(byName("マイナンバーカードの普及促進").directions.R4).toBe("継続");
    expect(said(a)).toMatch(/^いいえ。マイナンバーカードの普及促進の令和4年度の方向性は継続です/mu);
  });
});

// Probe 482: DXちーむ — a short name of letters, its チーム typed in hiragana — had searched DX.
describe("a short name of letters with its suffix in kana", () => {
  it("reads DXちーむ as DX推進チーム", async () => {
    const a = await thread("DXちーむのじぎょう");
    expect(answered(a)).toEqual(keys(plan.projects.filter((p) => p.department === "DX推進チーム")));
  });
});
