// The seventy-eighth session's probes (347–360): a list narrowed by a fragment, two projects asked in turn then both,
// the unit said again as 同課 or そこ, a closing sentence saying what the answer is for, a list asked whether it holds a
// unit's, counts and claims to confirm, casual verb forms. Each table row is a phrasing the rule reads; each rule is one
// of Japanese, not of one question.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { createEngine } from "../../src/answer/engine.js";
import { loadPlan } from "../../src/plan/load.js";
import { type Project, projectKey } from "../../src/plan/schema.js";
import { askInThread, TEST_CACHE_DIR, verdictOf as verdict } from "../helpers.js";

const engine = createEngine(loadPlan(), {
  cacheDir: TEST_CACHE_DIR,
  clock: () => new Date("2026-11-25T09:00:00+09:00"),
});
const keys = (ps: readonly Project[]) => ps.map(projectKey).sort();
const answered = (a: Answer) => keys(a.projects.slice(0, a.answered));
const thread = (...messages: string[]) => askInThread(engine, ...messages);

const ZAISAN_TO_R7 = ["7-2#10", "7-2#4", "7-2#5", "7-2#6", "7-2#7", "7-2#8"];

describe("同課 after a unit named as the subject (probe 348)", () => {
  it.each([
    "財産活用課の所管事業について、議員から公共施設の老朽化対策との関係で質問がありました。同課の事業のうち、令和7年度まで続くものを一覧でお願いします。",
    "財産活用課の事業について、公共施設の老朽化対策の件で照会がありました。同部署の事業のうち令和7年度まで続くものを教えてください。",
  ])("is that unit, the context's words no narrowing: %s", async (q) => {
    const a = await engine.ask(q);
    expect(answered(a)).toEqual(ZAISAN_TO_R7);
  });
});

describe("a closing sentence that says what the answer is for, then a narrowing (probe 348)", () => {
  it.each([
    "決算審査の資料に使いたいとのことです。",
    "議会の説明資料に使います。",
    "答弁に使いたいそうです。",
  ])(
    "narrows the list by the unit alone after 「令和4年度で完了する事業を一覧でお願いします。%s」",
    async (closing) => {
      const a = await thread(
        `令和4年度で完了する事業を一覧でお願いします。${closing}`,
        "そのうち情報システム課のものは？",
      );
      expect(answered(a)).toEqual(["7-2#19", "7-2#21"]);
    },
  );
});

describe("a narrowing by words after a context with an occasion (probe 348)", () => {
  it("searches the narrowing's own words within the code's list, not the occasion's", async () => {
    const a = await thread(
      "地域自治に関する質問への答弁準備のため、施策7-6に掲載されている事業を一覧でいただけますか。",
      "そのうちWi-Fi関係は？",
    );
    expect(answered(a)).toEqual(["7-6#4"]);
    expect(a.searchedWords ?? []).not.toContain("自治");
  });

  it("still picks from the list by place (その中の最初に出てきたやつ)", async () => {
    const a = await thread(
      "人権・男女共生課の事業は何件ありますか。あと、そのうち令和7年度も続くものはどれですか。",
      "その中の最初に出てきたやつの内容を教えてください。",
    );
    expect(answered(a)).toEqual(["7-4#1"]);
  });
});

describe("a yes-or-no of a year in the polite form, of the project in view (probe 348)", () => {
  it.each([["令和6年度も継続されますか。"], ["令和6年度も継続しますか。"], ["R6も継続しますか？"]])(
    "answers %s of チャレンジいばらき補助金 alone, not R6's list",
    async (q) => {
      const a = await thread("チャレンジいばらき補助金について概要を教えてください。", q);
      expect(verdict(a)).toMatch(
        /^いいえ。チャレンジいばらき補助金の拡充は令和6年度の計画に記載がありません/,
      );
      expect(a.answered).toBe(0);
    },
  );
});

describe("a code up to the plan's last year, said with no direction nor subject (probe 349)", () => {
  it.each([
    ["7-2-4 R7まで", ZAISAN_TO_R7.length],
    ["7-7 R7まで", 1],
  ])("reads %s as the projects lasting to R7", async (q, n) => {
    const a = await engine.ask(q);
    expect(a.answered).toBe(n);
    for (const p of a.projects.slice(0, a.answered)) expect(p.directions.R7).toBeDefined();
  });

  it("keeps the range with a direction (R7までに完了: completed in any year)", async () => {
    const a = await engine.ask("R7までに完了する事業");
    expect(a.answered).toBeGreaterThan(6);
  });

  it("keeps the subject's project with a subject (ふるさと寄附金の事業ってR7までだっけ？)", async () => {
    const a = await engine.ask("ふるさと寄附金の事業ってR7までだっけ？");
    expect(keys(a.projects.slice(0, 1))).toEqual(["7-1#2"]);
  });
});

describe("a list narrowed by a fragment (probe 349)", () => {
  it("reads そのうち人権 after 「R4 完了」 as 人権・男女共生課's", async () => {
    expect(answered(await thread("R4 完了", "そのうち人権"))).toEqual(["7-4#2", "7-4#3", "7-5#1"]);
  });

  it.each([["7-2だけ"], ["7-2のみ"], ["じゃあ7-2だけ"]])(
    "narrows 「R3 臨拡」 to 7-2 with %s, R3's 臨時拡充 kept",
    async (q) => {
      expect(answered(await thread("R3 臨拡", q))).toEqual(["7-2#11", "7-2#8"]);
    },
  );

  it("narrows it to a unit with 市民協働推進課だけ", async () => {
    expect(answered(await thread("R3 臨拡", "市民協働推進課だけ"))).toEqual(["7-7#2"]);
  });

  it.each([
    ["跡地", ["7-2#11", "7-2#12"]],
    ["Wi-Fi関係の事業まとめて", ["7-2#9"]],
  ])(
    "narrows the search 「%s」 by a direction alone (完了は) to the ones that complete",
    async (first, want) => {
      expect(answered(await thread(first, "完了は"))).toEqual(want);
    },
  );

  it("narrows a unit's list by a change between two years said alone (R3とR4で方向性が変わってるのは？) — probe 351", async () => {
    const a = await thread("情報システム課の事業", "R3とR4で方向性が変わってるのは？");
    expect(answered(a)).toEqual(["7-2#19", "7-2#20", "7-2#21"]);
  });

  it("reads 他は after 「7-7」「R7まで」 as the rest of the code's list, 他には？ as more that last so", async () => {
    expect(answered(await thread("7-7", "R7まで", "他は"))).toEqual(["7-7#1", "7-7#2", "7-7#3"]);
    expect((await thread("7-7", "R7まで", "他には？")).answered).toBe(0);
  });

  it("reads 臨時は, a fragment with no mark, as 臨時拡充 among 財産活用課's R3 拡充", async () => {
    expect(answered(await thread("財活", "R3拡充", "臨時は"))).toEqual(["7-2#8"]);
  });

  it("does not read それだけ？ as a narrowing", async () => {
    expect((await thread("R3 臨拡", "それだけ？")).answered).toBe(7);
  });
});

describe("the department just answered, said as そこ or その + a unit (probe 352)", () => {
  it.each([["じゃあそこのほかの事業は？"], ["その課のほかの事業は？"]])(
    "answers %s with 人事課's other project after コーチング研修's department",
    async (q) => {
      expect(answered(await thread("コーチングけんしゅうの担当課は？", q))).toEqual(["7-3#2"]);
    },
  );

  it("reads そのチームのほかの事業 as DX推進チーム's other", async () => {
    const a = await thread(
      "デジタル人材の育成をしている事業",
      "それの担当課は？",
      "そのチームのほかの事業は？",
    );
    expect(answered(a)).toEqual(["7-2#13"]);
  });
});

describe("two projects asked in turn, then both (probe 347)", () => {
  it("answers 両方とも市民課？ of both, はい", async () => {
    const a = await thread(
      "マイナンバーカードの普及促進はいつまで載ってる？",
      "じゃあ住民票の窓口申請システムは？",
      "両方とも市民課？",
    );
    expect(answered(a)).toEqual(["7-2#16", "7-2#17"]);
    expect(verdict(a)).toMatch(/^はい。/);
  });

  it("compares both for どっちが先に終わる？", async () => {
    const a = await thread(
      "ふるさと納税の事業っていつまで載ってる？",
      "映画のロケ地ツアーのやつは？",
      "どっちが先に終わる？",
    );
    expect(a.notes[0]).toMatch(/^先に終わるのは、ふるさと寄附金推進事業/);
  });
});

describe("a run of kana that starts inside the word before it (probe 350)", () => {
  it("reads no word from 古いっていう's kana", async () => {
    const a = await engine.ask("エアコンが古いっていうのは？");
    expect(a.notes.join("")).not.toContain("一定");
    expect(keys(a.projects.slice(0, 1))).toEqual(["7-2#10"]);
  });

  it("still reads kana typed after a word (コーチングけんしゅう → 研修)", async () => {
    const a = await engine.ask("コーチングけんしゅうの担当課は？");
    expect(a.searchedWords).toContain("研修");
  });
});

describe("whether the list just answered holds a unit's (probe 352)", () => {
  it("says はい with the unit's project after 「R4に完了する事業」", async () => {
    const a = await thread("R4に完了する事業", "人事課のも入ってる？");
    expect(verdict(a)).toBe("はい。該当する事業は7件で、「人事給与制度の見直し」も含まれます。");
    expect(a.answered).toBe(7);
  });

  it("says いいえ of a unit with none in it", async () => {
    const a = await thread("R4に完了する事業", "市民課のも入ってる？");
    expect(verdict(a)).toMatch(/^いいえ。該当する事業は7件で、「市民課」は含まれません。/);
  });
});

describe("whom to name when passing a call on (probe 350)", () => {
  it.each([
    ["電話で取り次ぐとき何課って言えばいい？"],
    ["電話するとき何課と伝えたらいい？"],
    ["何課って言えばいい？"],
  ])("answers %s with the department of the project in view", async (q) => {
    const a = await thread("家族が亡くなったあとの手続きをまとめてできる窓口ってある？", q);
    expect(answered(a)).toEqual(["7-2#15"]);
    expect(a.notes[0]).toBe("担当課: 市民生活相談課（おくやみ関連手続きワンストップコーナーの設置）");
  });
});

describe("projects like those in view, of other units (probe 348)", () => {
  it("answers 同じような事業はほかの課にもありますか？ after a narrowing by Wi-Fi with other units' Wi-Fi projects", async () => {
    const a = await thread(
      "地域自治に関する質問への答弁準備のため、施策7-6に掲載されている事業を一覧でいただけますか。",
      "そのうちWi-Fi関係は？",
      "同じような事業はほかの課にもありますか？",
    );
    const shown = a.projects.slice(0, a.answered);
    expect(shown.every((p) => p.department !== "市民協働推進課")).toBe(true);
    expect(keys(shown.slice(0, 2))).toEqual(["7-2#9", "7-4#1"]);
  });
});

describe("whether the project in view has stopped, asked in the negative (probe 350)", () => {
  it.each([["今はもうやってない？"], ["じゃあ今はもうやってないってこと？"], ["もうやってないの？"]])(
    "answers %s with the project's last listed year",
    async (q) => {
      const a = await thread("DVから逃げてきた人を支援する事業ってある？", q);
      expect(answered(a)).toEqual(["7-5#4"]);
      expect(a.notes[0]).toMatch(
        /^配偶者暴力被害者等セーフティネット充実支援事業は令和4年度まで計画に載っています/,
      );
    },
  );
});

describe("another project said to exist too, in a thread (probe 353)", () => {
  it("searches what 「その47施設でWi-Fiルーターを貸し出す事業もあったよね？」 describes, not the project in view", async () => {
    const a = await thread(
      "47施設の空調の更新はどの事業？",
      "その47施設でWi-Fiルーターを貸し出す事業もあったよね？",
    );
    expect(keys(a.projects.slice(0, 1))).toEqual(["7-2#9"]);
  });
});

describe("a change of direction between two years in a row (probe 347)", () => {
  it.each([
    ["R3とR4で拡充から継続になったのは？"],
    ["令和3年度から令和4年度にかけて拡充から継続に変わった事業"],
  ])("reads %s as R3's 拡充 then R4's 継続, as 「R3で拡充、R4で継続の事業」 does", async (q) => {
    const [a, b] = await Promise.all([engine.ask(q), engine.ask("R3で拡充、R4で継続の事業")]);
    expect(a.answered).toBe(14);
    expect(answered(a)).toEqual(answered(b));
  });

  it("asks it in place of a change of other years just answered (じゃあ…)", async () => {
    const a = await thread("R5とR6で方向性が変わる事業", "じゃあR3とR4で拡充から継続になったのは？");
    expect(a.answered).toBe(14);
  });
});

describe("a count to confirm, as an auditor writes it (probe 354)", () => {
  it.each([
    [
      "令和3年度に臨時拡充の事業は6件と把握していますが、それで合っていますでしょうか。",
      "いいえ。該当する事業は7件です（6件ではありません）。",
    ],
    [
      "令和3年度に臨時拡充の事業は7件と認識しておりますが、相違ありませんか。",
      "はい。該当する事業は7件です。",
    ],
    [
      "令和5年度に完了する事業は新規完了を含めて3件で間違いないですか",
      "いいえ。該当する事業は2件です（3件ではありません）。",
    ],
    ["令和5年度に完了する事業は新規完了を含めて2件で間違いないですか", "はい。該当する事業は2件です。"],
  ])("answers %s with the count first: %s", async (q, said) => {
    expect(verdict(await engine.ask(q))).toBe(said);
  });
});

describe("casual verb forms and kana a hurried or casual asker types (probes 355, 356)", () => {
  it.each([["一番早く終わっちゃう事業ってどれ？"], ["一番早く終わってしまう事業は？"]])(
    "reads %s as 一番早く終わる",
    async (q) => {
      expect(keys((await engine.ask(q)).projects.slice(0, 1))).toEqual(["7-6#1"]);
    },
  );

  it("reads 1年度分しか as one year's worth, not 令和元年度", async () => {
    expect(answered(await engine.ask("1年度分しか載ってない事業ある？"))).toEqual(["7-6#1"]);
  });

  it.each([[["R3で拡充のやつ何件ある？", "臨時拡充はぬいて"]], [["R3で拡充 臨時拡充ぬきで"]]])(
    "reads ぬいて / ぬきで as 抜いて: %j",
    async (messages) => {
      expect((await thread(...messages)).answered).toBe(12);
    },
  );
});

describe("a claim read or heard, asked to be confirmed (probe 355)", () => {
  it.each([
    ["R4で拡充って書いてあったけどまちがいない？"],
    ["R4で拡充って書いてあったけど間違いない？"],
    ["R4は拡充と聞いていますが、合っていますか。"],
  ])("answers %s of the project in view with はい", async (q) => {
    const a = await thread("多文化共生のやつある？", q);
    expect(verdict(a)).toBe("はい。多文化共生の地域づくり推進の令和4年度の方向性は拡充です。");
  });

  it("answers いいえ of a wrong claim (R5で拡充って書いてあったけどまちがいない？)", async () => {
    const a = await thread("多文化共生のやつある？", "R5で拡充って書いてあったけどまちがいない？");
    expect(verdict(a)).toMatch(/^いいえ。多文化共生の地域づくり推進の令和5年度の方向性は継続です。/);
  });
});

describe("whether what residents apply for is still open, this year (probe 359)", () => {
  it.each([
    ["チャレンジいばらきの補助金、今年も募集ある？"],
    ["チャレンジいばらきの補助金、今年も募集してる？"],
  ])("answers %s with its last listed year, not はい", async (q) => {
    const a = await engine.ask(q);
    expect(verdict(a)).toBeUndefined();
    expect(a.notes[0]).toMatch(/^チャレンジいばらき補助金の拡充は令和5年度まで計画に載っています/);
  });
});

describe("a year on from which the project in view is said to be gone (probe 357)", () => {
  it("reads R5以降はなくなる事業 as those not listed from R5 on, not those listed then", async () => {
    const [gone, unlisted] = await Promise.all([
      engine.ask("R5以降はなくなる事業"),
      engine.ask("R5以降は載ってない事業"),
    ]);
    expect(answered(gone)).toEqual(answered(unlisted));
    expect(gone.answered).toBe(12);
  });

  it.each([["R5以降はなくなるの？"], ["R5以降は消えるの？"], ["R5以降は載らないの？"]])(
    "keeps %s to the project in view, not listed from R5 on",
    async (q) => {
      const a = await thread("DV被害者の支援の事業ある？", q);
      expect(keys([...a.projects.slice(0, a.answered), ...(a.asked ?? [])].slice(0, 1))).toEqual(["7-5#4"]);
      expect(a.answered).toBeLessThanOrEqual(1);
    },
  );
});

describe("a numbered project's unit offered to be confirmed (probe 354)", () => {
  it.each([
    ["7-2#17の担当課は市民課で間違いないですか", "はい。マイナンバーカードの普及促進の担当課は市民課です。"],
    [
      "7-2 No.17の担当課は情報システム課で間違いないですか",
      "いいえ。マイナンバーカードの普及促進の担当課は市民課です。",
    ],
    [
      "7-2#9の担当課は市民課で合っていますか",
      "いいえ。貸室利用者向けWi-Fi環境整備事業の担当課は財産活用課です。",
    ],
  ])("answers %s as of the project by its name: %s", async (q, said) => {
    expect(verdict(await engine.ask(q))).toBe(said);
  });

  it("still answers whose a numbered project is, asked plainly (7-2#17の担当課は？)", async () => {
    const a = await engine.ask("7-2#17の担当課は？");
    expect(verdict(a)).toBeUndefined();
    expect(answered(a)).toEqual(["7-2#17"]);
  });
});
