import { beforeAll, describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { type Analyzer, createAnalyzer } from "../../src/search/analyzer.js";
import { idf } from "../../src/search/bm25.js";
import { loadLexicon } from "../../src/search/lexicon.js";
import {
  buildSearchIndex,
  FAR_LEADER_COVERAGE,
  FAR_LEADER_MARGIN,
  INSIDE_WORD_FILL,
  LEADER_COVERAGE,
  MIN_COVERAGE,
  POLICY_DF_SHARE,
  type SearchIndex,
  SUBSTRING_FILL,
  WHOLE_PLAN,
} from "../../src/search/search-index.js";
import { compileSynonyms, HEAD_WEIGHT, SYNONYM_WEIGHT } from "../../src/search/synonyms.js";
import { loadTokenizer } from "../../src/search/tokenizer.js";
import { TEST_CACHE_DIR } from "../helpers.js";

let analyzer: Analyzer;
let index: SearchIndex;
const keys = (q: string) => index.search(q).hits.map((h) => projectKey(h.project));

beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer({ cacheDir: TEST_CACHE_DIR }), loadLexicon());
  index = buildSearchIndex(loadPlan(), analyzer);
});

describe("analyzer (real kuromoji)", () => {
  it("keeps dictionary terms whole and drops particles and question words", () => {
    expect(analyzer.terms("マイナンバーカードの担当課は誰？")).toEqual(["まいなんばーかーど"]);
    expect(analyzer.terms("Wi-Fiの整備")).toEqual(["wi-fi", "整備"]);
  });

  it("keeps the plan's kanji words kuromoji's dictionary lacks whole: 協働 and 広聴, not 働 and 聴 after a suffix", () => {
    expect(analyzer.terms("協働")).toEqual(["協働"]);
    expect(analyzer.terms("広聴活動")).toContain("広聴");
    expect(analyzer.terms("働き方改革")).not.toContain("協働");
  });

  it("adds compounds of adjacent nouns for ranking, but not across a particle", () => {
    const analyzed = analyzer.analyze("空調改修");
    expect(analyzed).toContainEqual({ term: "空調+改修", surface: "空調改修", base: false });
    expect(analyzed.filter((t) => t.base).map((t) => t.term)).toEqual(["空調", "改修"]);
  });

  it("joins a one-kanji suffix to the noun before it as written (管理職), never as a term of the index", () => {
    const analyzed = analyzer.analyze("管理職のマネジメント力向上");
    expect(analyzed).toContainEqual({ term: "管理+職", surface: "管理職", base: false, suffixed: true });
    expect(analyzed).toContainEqual({
      term: "まねじめんと+力",
      surface: "マネジメント力",
      base: false,
      suffixed: true,
    });
    expect(analyzer.terms("管理職のマネジメント力向上")).toEqual(["管理", "まねじめんと", "向上"]);
  });

  it("joins no suffix of who, where or how (人事課, 担当者, 全庁的, 茨木市)", () => {
    for (const q of ["人事課の研修担当者", "全庁的な取組", "茨木市のPR"])
      expect(analyzer.analyze(q).some((t) => t.suffixed)).toBe(false);
  });

  it("drops a prefix that only points (本 of 本計画) with the word after it, and keeps other prefixes with theirs", () => {
    expect(analyzer.terms("本計画にある事業")).not.toContain("本");
    expect(analyzer.terms("同事業の担当")).not.toContain("同");
    expect(analyzer.terms("多文化の事業")).toContain("多");
  });

  it("joins a prefix to the noun after it: 多文化 is the compound 多+文化", () => {
    expect(analyzer.analyze("多文化")).toContainEqual({ term: "多+文化", surface: "多文化", base: false });
  });

  it("reads synonyms, variants and the PDF's typos as one term", () => {
    expect(analyzer.terms("ふるさと納税")).toEqual(analyzer.terms("ふるさと寄附金"));
    expect(analyzer.terms("びったりサービス")).toEqual(analyzer.terms("ぴったりサービス"));
    expect(analyzer.terms("シテプロモーション")).toEqual(analyzer.terms("シティプロモーション"));
    expect(analyzer.terms("在宅勤務")).toEqual(analyzer.terms("テレワーク"));
    // An abbreviation staff use.
    expect(analyzer.terms("マイナ")).toEqual(analyzer.terms("マイナンバーカード"));
    expect(analyzer.terms("番号カード")).toEqual(analyzer.terms("マイナンバーカード"));
    // What a chatbot does, said in everyday words.
    expect(analyzer.terms("自動で答え")).toEqual(analyzer.terms("チャットボット"));
    // Staff's own tools for talking to each other: the plan's コミュニケーションシステム.
    expect(analyzer.terms("チャットツール")).toEqual(analyzer.terms("コミュニケーションシステム"));
    // A track to rise as a specialist, not a manager: the plan's 複線型人事制度.
    expect(analyzer.terms("専門職コース")).toEqual(analyzer.terms("複線型人事制度"));
    // A survey of residents' views is what staff call an アンケート; the plan says 意識調査.
    expect(analyzer.terms("アンケート")).toEqual(analyzer.terms("意識調査"));
    // An everyday word for the plan's: a neighbourhood's 困りごと are its 地域課題.
    expect(analyzer.terms("地域の困りごと")).toEqual(analyzer.terms("地域の課題"));
    // What staff call the city's buildings, the plan's 公共施設.
    expect(analyzer.terms("市の建物")).toEqual(analyzer.terms("公共施設"));
  });

  it("reads a dictionary compound written with の as the compound: 公共の施設 = 公共施設", () => {
    expect(analyzer.terms("公共の施設の空調")).toEqual(analyzer.terms("公共施設の空調"));
    expect(analyzer.terms("市民の活動")).toEqual(analyzer.terms("市民活動"));
    expect(analyzer.terms("市民の活動")).not.toEqual(analyzer.terms("市民"));
  });

  it("reads the の form only at the start of a word: デジタル人材の育成 is not 人材育成", () => {
    expect(analyzer.terms("人材の育成")).toEqual(analyzer.terms("人材育成"));
    expect(analyzer.terms("デジタル人材の育成")).not.toContain(analyzer.terms("人材育成")[0]);
  });

  it("reads an adjectival noun said as what is done (楽にする, 簡単な) as a predicate, as an adjective is (probes 57, 59)", () => {
    const analyzed = (text: string, word: string) => analyzer.analyze(text).find((t) => t.term === word);
    expect(analyzed("手続きを楽にする", "楽")?.predicate).toBe(true);
    expect(analyzed("簡単な手続き", "簡単")?.predicate).toBe(true);
    expect(analyzed("手続きの簡単さ", "手続き")?.predicate).toBeUndefined();
  });

  it("uses base forms, so inflections meet: 亡くなった = 亡くなる", () => {
    expect(analyzer.terms("亡くなった")).toEqual(analyzer.terms("亡くなる"));
  });

  // (死ぬ reaches おくやみ through Sudachi's group 死亡・亡くなる・死ぬ; 亡くす is in no group of it.)
  it("reads losing a family member (家族を亡くされた) as the bereavement words (dict/: おくやみ)", () => {
    expect(analyzer.terms("亡くされた")).toEqual(analyzer.terms("おくやみ"));
  });

  it("reads a framing word right after a noun of the subject as part of its name, after another as framing", () => {
    const framing = (q: string, word: string) =>
      analyzer.analyze(q).find((t) => t.term === word)?.framing === true;
    expect(framing("対象になりそうな制度", "制度")).toBe(true);
    expect(framing("管理職制度の見直し", "制度")).toBe(false);
    expect(framing("議会資料で", "資料")).toBe(true);
  });

  it.each([
    ["外国人向けの取組の要点を教えてください", "要点"],
    ["市長の懇談会向けに多文化共生の事業", "懇談"],
    ["ヒアリングに向けてDVの事業を", "ヒアリング"],
  ])("names no word about the asking missing in %s: %s (dict/framing.txt, probe 129)", (q, word) => {
    const found = index.search(q);
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.missingTerms).not.toContain(word);
  });

  it("does not find a short phrase inside a longer katakana word", () => {
    expect(analyzer.terms("セーフティネット")).not.toContain(analyzer.terms("ネット")[0]);
  });

  it.each([
    ["在宅勤務用のノートパソコン", "用"],
    ["マイナンバーカード等の申請", "等"],
  ])(
    "reads a one-kanji suffix after a dictionary phrase as the phrase's suffix, not a word: %s",
    (text, suffix) => {
      expect(analyzer.terms(text)).not.toContain(suffix);
      expect(analyzer.terms(`${suffix}の話`)).toContain(suffix);
    },
  );

  it.each([
    ["ほげほげってR5もある？", "ほげほげ"],
    ["ふがふがの事業", "ふがふが"],
    ["R4のもげもげ", "もげもげ"],
  ])("keeps a reduplicated kana word the dictionary does not know as one word: %s", (text, word) => {
    expect(analyzer.terms(text)).toContain(word);
  });

  it.each([
    ["コロナで沈んだ市民を元気づける活動", "元気"],
    ["勇気づけられる取組", "勇気"],
    ["活気づく商店街", "活気"],
  ])("reads a noun + づける verb kuromoji keeps whole as its noun: %s → %s", (text, noun) => {
    expect(analyzer.terms(text)).toContain(noun);
  });

  // (Probe 282: 「ひきこもり支援」 had answered 8 projects 該当 by 支援 alone, ひきこもり read as a verb and never said missing.)
  it("reads a verb's kana stem before a noun as a noun of the compound, and says it is missing (ひきこもり支援)", () => {
    expect(analyzer.terms("ひきこもり支援")).toContain("ひきこもり");
    const found = index.search("ひきこもり支援");
    expect(found.missingTerms).toContain("ひきこもり");
    expect(found.hits.filter((h) => h.match === "strong")).toEqual([]);
  });

  it("leaves a kana stem before an auxiliary a verb (家にひきこもりたい: a predicate, no compound)", () => {
    expect(analyzer.terms("家にひきこもりたい")).not.toContain("ひきこもり");
  });

  it("leaves 位置づける to the verb: the plan placing a thing (位置づけ) is no subject", () => {
    expect(analyzer.terms("計画にどう位置づけられているか")).not.toContain("位置");
    expect(index.search("計画にどう位置づけられているか").missingTerms).toEqual([]);
  });

  // (Probe 320: シテプロモーション holds 関わり in its own text and 大学 only in its policy's, and had come first.)
  it("puts the project holding the asked noun itself before one holding only the verb and its policy's noun (大学生が関わってる)", () => {
    const [first] = index.search("大学生が関わってる事業は？").hits;
    expect(first?.project.name).toBe("魅力発掘・創造事業");
  });

  // (Probe 320: いじめ's bigrams are in other words of the plan — いじ, じめ — and it had not been said missing.)
  it("says a word all in hiragana missing when the plan never writes it whole (いじめ), not one it does (えんがわ)", () => {
    expect(index.search("いじめ対策の事業").missingTerms).toContain("いじめ");
    expect(index.search("えんがわの事業").missingTerms).not.toContain("えんがわ");
  });

  it("names a missing word with the prefix typed before it (不登校, not 登校) (probe 320)", () => {
    expect(index.search("不登校支援").missingTerms).toEqual(["不登校"]);
  });

  it("names no word of a policy's or an initiative's title missing, though no project holds it (非核平和) (probe 48)", () => {
    const found = index.search("非核平和に関する事業はありますか");
    expect(found.missingTerms).not.toContain("非核");
    expect(index.search("非核と原爆の事業").missingTerms).toEqual(["原爆"]);
  });

  it.each([
    ["オープンデータの取組ある？", "オープンデータ"],
    ["AI-OCRの導入ってどこでやってる？", "AI-OCR"],
  ])(
    "reads a loanword compound the plan never writes as one missing word, its parts labelling nothing: %s",
    (q, whole) => {
      const found = index.search(q);
      expect(found.missingTerms.map((t) => t.toLowerCase())).toContain(whole.toLowerCase());
      expect(found.hits.length).toBeGreaterThan(0);
      expect(found.hits.filter((h) => h.match === "strong")).toEqual([]);
    },
  );

  it.each([["Wi-Fiの事業"], ["スマートロックの事業"]])(
    "keeps a loanword compound the plan writes whole an answer: %s",
    (q) => {
      const found = index.search(q);
      expect(found.missingTerms).toEqual([]);
      expect(found.hits[0]?.match).toBe("strong");
    },
  );

  it.each([["エアコンの入れ替えとか、あと電気をLEDにするやつ"], ["コンクリートがあと何年もつか"]])(
    "never searches the filler あと (dict/stopwords.txt, probe 48): %s",
    (q) => {
      expect(index.search(q).subjectWords).not.toContain("あと");
    },
  );

  it("finds the plan's 元気を与える from 元気づける", () => {
    expect(index.search("みんなを元気づける活動の募集").hits[0]?.project.name).toBe(
      "チャレンジいばらき補助金の拡充",
    );
  });

  it.each([
    ["システムを買うときのルール", "ときの"],
    ["亡くなるときの手続き", "ときの"],
    ["お金を出すときの条件", "すい"],
  ])(
    "reads kana between two dictionary phrases with them, not alone: %s (not 『%s』, probe 47)",
    (text, stray) => {
      expect(analyzer.terms(text)).not.toContain(stray);
      expect(index.search(text).missingTerms).not.toContain(stray);
    },
  );

  it.each([["映画のものもある？"], ["研修のものもある？"]])(
    "reads の・もの・も in %s as the words they are, not one word said twice (のも のも: probe 292)",
    (text) => {
      expect(analyzer.terms(text)).not.toContain("のものも");
      expect(index.search(text).missingTerms).toEqual([]);
    },
  );

  it.each([["ほげほげ"], ["もふもふ"], ["ふがふが"]])(
    "still keeps %s, kana said twice, as one word",
    (text) => {
      expect(analyzer.terms(text)).toContain(text);
    },
  );

  it("still keeps a reduplicated kana word whole right after a phrase's verb read on into it (お金を出すほげほげ)", () => {
    expect(analyzer.terms("お金を出すほげほげ")).toContain("ほげほげ");
  });

  it("ends the noun before it at a verb read on from a phrase: お金を出す制度 is no compound of 補助金 and 制度", () => {
    expect(analyzer.analyze("お金を出す制度").find((t) => t.term === "制度")?.framing).toBe(true);
  });

  it.each([
    ["職員向けの2in1のパソコン", "2in1"],
    ["5gの活用", "5g"],
  ])("reads Latin letters and digits in one run as one word: %s", (text, word) => {
    expect(analyzer.terms(text)).toContain(word);
    expect(analyzer.terms(text)).not.toContain("in");
  });

  it("leaves a year's r and number to the year reading (r5 is no word of its own)", () => {
    expect(analyzer.terms("r5の事業")).not.toContain("r5");
  });

  it.each([
    ["コーチングけんしゅうってまだやってる", "ゅうってまだやってる"],
    ["リノベのいばらぎってどの事業", "ぎってどの"],
    ["策定はいつまで", "つま"],
  ])(
    "reads no word in what kuromoji leaves of a hiragana run it cannot read: %s (not 『%s』) — probe 38",
    (text, stray) => {
      expect(analyzer.terms(text)).not.toContain(stray);
      expect(index.search(text).missingTerms).not.toContain(stray);
    },
  );

  it("still reads a hiragana noun that stands at a run's edge (ごみ of ごみの収集), and a reduplicated word whole", () => {
    expect(analyzer.terms("ごみの収集")).toContain("ごみ");
    expect(analyzer.terms("ほげほげ")).toEqual(["ほげほげ"]);
  });

  it.each([["いろいろ教えて"], ["どんどん進める事業"], ["そろそろ完了する事業"]])(
    "leaves a reduplicated word the dictionary knows to the dictionary: %s",
    (text) => {
      const word = text.slice(0, 4);
      expect(analyzer.terms(text).join(" ")).not.toContain(word);
    },
  );
});

describe("Sudachi's expansion flags", () => {
  // One word a term: enough to see which member may expand to which.
  const whole = (text: string) => [{ term: text, surface: text, base: true }];
  const item = (midashi: string, expandControl: 0 | 1 | 2, vocabularyNumber = 1) => ({
    midashi,
    expandControl,
    vocabularyNumber,
  });
  const compile = (items: ReturnType<typeof item>[], plan: string[]) =>
    new Map(compileSynonyms([{ id: "1", items }], whole, new Set(plan), plan.join("\n")));

  it("maps an asker's word that triggers (flag 0) to the plan's word of its group", () => {
    const table = compile([item("お金", 0), item("資金", 0, 2)], ["資金"]);
    expect(table.get("お金")).toEqual([["資金", 0.5]]);
  });

  it("maps an asker's word that triggers nothing (flag 1) to a plan word that expands to it (flag 0), as the plan's side of the expansion", () => {
    const table = compile([item("道路", 0), item("道", 1, 2)], ["道路"]);
    expect(table.get("道")).toEqual([["道路", 0.5]]);
  });

  it("never maps between two words that trigger nothing, nor from or to a word never expanded (flag 2)", () => {
    expect(compile([item("道路", 1), item("道", 1, 2)], ["道路"]).get("道")).toBeUndefined();
    expect(compile([item("道路", 0), item("途", 2, 2)], ["道路"]).get("途")).toBeUndefined();
    expect(compile([item("途", 0), item("道路", 2, 2)], ["道路"]).get("途")).toBeUndefined();
  });
});

// A synonym written as a compound the plan never writes reaches the plan by its head, from a long loanword only
// (probe 291: アウトソーシング = 外部委託 had found nothing, the plan saying 委託).
describe("Sudachi's compounds the plan lacks, reached by their head", () => {
  const item = (midashi: string, vocabularyNumber: number) => ({
    midashi,
    expandControl: 0 as const,
    vocabularyNumber,
  });
  const compile = (group: ReturnType<typeof item>[], plan: string) =>
    new Map(
      compileSynonyms(
        [{ id: "1", items: group }],
        analyzer.analyze,
        new Set(analyzer.analyze(plan).map((t) => t.term)),
        plan,
      ),
    );

  it("maps a long loanword to the head of its group's compound, at half a synonym's weight", () => {
    const table = compile([item("アウトソーシング", 1), item("外部委託", 2)], "収納業務を委託する");
    expect(table.get(analyzer.analyze("アウトソーシング")[0]?.term ?? "")).toEqual([["委託", HEAD_WEIGHT]]);
    expect(HEAD_WEIGHT).toBeLessThan(SYNONYM_WEIGHT);
  });

  it("maps no short loanword, nor a word in kanji, by a head", () => {
    expect(compile([item("サイト", 1), item("外部委託", 2)], "収納業務を委託する").size).toBe(0);
    expect(compile([item("外注", 1), item("外部委託", 2)], "収納業務を委託する").size).toBe(0);
  });

  it("maps to the compound itself where the plan writes it, at a synonym's weight", () => {
    const table = compile([item("アウトソーシング", 1), item("外部委託", 2)], "業務の外部委託を進める");
    const [[target, weight] = []] = table.get(analyzer.analyze("アウトソーシング")[0]?.term ?? "") ?? [];
    expect(target).toContain("委託");
    expect(weight).toBe(SYNONYM_WEIGHT);
  });
});

describe("Sudachi's phrases the analyzer splits (進み具合 = 進む + 具合, the plan's 進捗)", () => {
  const item = (midashi: string, vocabularyNumber: number) => ({
    midashi,
    expandControl: 0 as const,
    vocabularyNumber,
  });
  const group = [item("進捗", 1), item("進み具合", 2)];

  it("keys a phrase the plan never writes by its words in a row, and maps it to the plan's word", () => {
    const table = new Map(
      compileSynonyms([{ id: "1", items: group }], analyzer.analyze, new Set(["進捗"]), "進捗管理"),
    );
    expect(
      table.get(
        analyzer
          .analyze("進み具合")
          .map((t) => t.term)
          .join(" "),
      ),
    ).toEqual([["進捗", 0.5]]);
  });

  it("keys no phrase the plan writes itself: its words are then the plan's own", () => {
    const table = new Map(
      compileSynonyms([{ id: "1", items: group }], analyzer.analyze, new Set(["進捗"]), "進捗と進み具合"),
    );
    expect([...table.keys()].some((k) => k.includes(" "))).toBe(false);
  });

  it("reads the phrase typed in a row as the plan's word: the project that manages 進捗 is found, and 具合 is no word missing", () => {
    const found = index.search("古いシステムを順番に作り直し、その進み具合を管理している取組");
    expect(projectKey(found.hits[0]?.project as (typeof found.hits)[number]["project"])).toBe("7-2#21");
    expect(found.missingTerms).not.toContain("具合");
    expect(found.subjectWords).toContain("進み具合");
  });

  it("reads the words apart when one is a word of the plan's own (手続き of 意見公募手続き: Sudachi's group is パソコン's)", () => {
    const found = index.search("意見公募手続きの事業");
    expect(found.subjectWords).toContain("手続き");
    expect(found.subjectWords).not.toContain("意見公募手続き");
  });

  it("reads the words apart when something stands between them (進みの具合 is not the phrase)", () => {
    expect(index.search("進みの具合を管理").missingTerms).toContain("具合");
  });
});

describe("clipped loanwords (Japanese shortens a loanword from its end: シティプロモ)", () => {
  it("reads a katakana word the plan lacks as the one plan word it starts: シティプロモ is シティプロモーション, typo and all", () => {
    const found = index.search("シティプロモ");
    expect(found.askedTerms).toEqual(analyzer.terms("シティプロモーション"));
    expect(found.missingTerms).toEqual([]);
    // The plan writes it シテプロモーション in 7-1 No.1's name: found as the full word is.
    expect(found.hits.filter((h) => h.match === "strong").map((h) => projectKey(h.project))).toEqual(
      index
        .search("シティプロモーション")
        .hits.filter((h) => h.match === "strong")
        .map((h) => projectKey(h.project)),
    );
    expect(found.hits[0] && projectKey(found.hits[0].project)).toBe("7-1#1");
  });

  it("reads a word of kuromoji's dictionary as itself: パートナー is no パートナーシップ clipped", () => {
    expect(index.search("パートナー").askedTerms).toEqual(analyzer.terms("パートナー"));
  });

  it("completes no katakana piece of a longer word: セクシュアル of セクシュアルハラスメント is no セクシュアルマイノリティ", () => {
    expect(index.search("セクシュアルハラスメント対策").askedTerms).not.toContain(
      analyzer.terms("セクシュアルマイノリティ")[0],
    );
  });

  it("completes no start several plan words share: コミュニ (コミュニティ, コミュニケーション…) stays as typed", () => {
    expect(index.search("コミュニ").askedTerms).toEqual(analyzer.terms("コミュニ"));
  });
});

describe("search ranking", () => {
  it("ranks a project holding an asked word in its own text above one holding another only in its policy's text", () => {
    // 公民館 is only in 施策7-6's text (its 施策の方向性); Wi-Fi is in five projects' own text.
    const planHas = (word: string) =>
      loadPlan().projects.filter((p) => `${p.name}${p.purpose}${p.content}`.normalize("NFKC").includes(word));
    expect(planHas("公民館")).toEqual([]);
    // (7-2 No.8's Wi-Fi only qualifies its smart locks: Wi-Fi型スマートロック.)
    const wifi = planHas("Wi-Fi")
      .filter((p) => /Wi-Fi(?!型)/.test(`${p.name}${p.purpose}${p.content}`.normalize("NFKC")))
      .map(projectKey);
    expect(wifi.length).toBe(4);
    const ranked = keys("公民館で無料Ｗｉ－Ｆｉが使えるようにする事業");
    expect(ranked.slice(0, wifi.length).sort()).toEqual(wifi.sort());
  });

  it("counts a project holding a word only in its policy's text as POLICY_DF_SHARE of a holder, in the word's idf", () => {
    // マネジメント is in 施策7-2's text (so in every 7-2 project's policy field) and in one project's own text;
    // 長寿命化 is in one project's own text only. Asked together, each weighs its idf squared toward coverage.
    const plan = loadPlan();
    const initiativeTitle = (code: string) =>
      plan.policies.flatMap((p) => p.initiatives).find((i) => i.code === code)?.title ?? "";
    const ownText = (p: (typeof plan.projects)[number]) =>
      [p.name, p.department, p.purpose, p.content, initiativeTitle(p.initiative)].join("\n");
    const policyText = (code: string) => {
      const policy = plan.policies.find((p) => p.code === code);
      return `${policy?.title}\n${policy?.direction}`;
    };
    const holders = (word: string) => {
      const own = plan.projects.filter((p) => ownText(p).includes(word));
      const policyOnly = plan.projects.filter((p) => !own.includes(p) && policyText(p.policy).includes(word));
      return { own: own.map(projectKey), df: own.length + POLICY_DF_SHARE * policyOnly.length, policyOnly };
    };
    const management = holders("マネジメント");
    const longevity = holders("長寿命化");
    expect(management.own).toEqual(["7-2#4"]);
    expect(management.policyOnly.length).toBeGreaterThan(10);
    expect(longevity.own).toEqual(["7-4#3"]);
    expect(longevity.policyOnly).toEqual([]);
    const key = (df: number) => idf(plan.projects.length, df) ** 2;
    const hits = index.search("長寿命化 マネジメント").hits;
    const coverage = (k: string) => hits.find((h) => projectKey(h.project) === k)?.coverage;
    const expected = key(management.df) / (key(management.df) + key(longevity.df));
    expect(coverage("7-2#4")).toBeCloseTo(expected, 3);
    expect(coverage("7-4#3")).toBeCloseTo(1 - expected, 3);
    expect(keys("公共施設の長寿命化、公共施設マネジメントの取組")[0]).toBe("7-2#4");
  });

  it("reads 在宅 alone as working from home (dict/synonyms.txt's テレワーク group): the remote-work project first (probe 68)", () => {
    expect(keys("職員が在宅で仕事できるようにする取り組み")[0]).toBe("7-2#20");
  });

  it("puts the project about a subject above one mentioning it in passing", () => {
    expect(keys("ふるさと納税")).toEqual(["7-1#2", "7-1#4"]);
  });

  it("answers with the projects holding the asked word; one holding only a synonym of it is related, not an answer", () => {
    // dict/ reads 鍵 as スマートロック; Sudachi pairs 鍵 with キー, and 7-2 No.11 has キーコンセプト.
    const hits = index.search("スマートロック").hits;
    expect(
      hits
        .filter((h) => h.match === "strong")
        .map((h) => projectKey(h.project))
        .sort(),
    ).toEqual(["7-2#8", "7-6#4"]);
    expect(hits.find((h) => projectKey(h.project) === "7-2#11")?.match).toBe("partial");
  });

  it("counts the characters of a word written as dict/'s variant of the plan's spelling: 空き家 as the plan's 空家 (probe 55)", () => {
    const hits = index.search("空き家を自分たちで改装して使う取り組み").hits;
    expect(hits.map((h) => projectKey(h.project))[0]).toBe("7-7#4");
    expect(hits[0]?.match).toBe("strong");
  });

  it("searches no 人 alone: who is helped is the word before it (困っている人を支える), while 人権 and 外国人 stay words", () => {
    expect(index.search("暴力で困っている人を支える事業").subjectWords).not.toContain("人");
    expect(index.search("外国人の支援").hits[0]?.match).toBe("strong");
  });

  it("searches no 向け: whom a thing is for is in the word before it (管理職向けの研修 is no 利用者向けWi-Fi) (probe 61)", () => {
    const found = index.search("管理職向けの研修");
    expect(found.subjectWords).not.toContain("向け");
    expect(found.subjectWords).toContain("研修");
    expect(found.hits.map((h) => projectKey(h.project))).not.toContain("7-2#9");
  });

  it("reads 電気 as everyday speech says the lights (照明): 市役所の電気を新しくする is the lighting refit (dict/)", () => {
    expect(keys("市役所の電気を新しくする事業")[0]).toBe("7-2#10");
  });

  it("reads a smartphone as the means of doing a thing online: 役所に行かなくてもスマホで申請 is 行政手続のオンライン化 (dict/)", () => {
    expect(keys("役所に行かなくてもスマホで申請できるようにする計画")[0]).toBe("7-2#13");
  });

  it.each([["防災訓練の事業"], ["空き家バンク事業"]])(
    "answers nothing with a project holding only what qualifies a compound whose head the plan never has: %s (probes 56, 59)",
    (q) => {
      const hits = index.search(q).hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.filter((h) => h.match === "strong")).toEqual([]);
    },
  );

  it("still answers with a project holding a compound's modifier when its head is commoner than it: 空き家改修 (改修 says less)", () => {
    expect(index.search("空き家改修").hits[0]?.match).toBe("strong");
  });

  it.each([
    ["多文化", ["多文化"]],
    ["公共施設の再配置", ["公共施設", "再配置"]],
    ["第3次男女共同参画計画をつくる事業", ["男女共同参画", "計画をつくる"]],
  ])("shows a prefix joined to the word typed after it, never alone: %s", (q, words) => {
    expect(index.search(q).subjectWords).toEqual(words);
  });

  it.each([
    // A word the analyzer splits into a kanji and a word (利 + 活用) is shown as typed; one kanji left alone with the
    // kanji typed after it (probe 50).
    ["ロゴの利活用", ["ロゴ", "利活用"]],
    ["庁内のパソコン", ["庁内", "パソコン"]],
    // One kanji split off the end of a word (申請 + 書, 自治会 + 長) is shown joined to it, never with 以外 (probe 109).
    ["申請書以外の方法", ["申請書", "方法"]],
    ["自治会長さんの相談", ["自治会長", "相談"]],
    // One typed before the next word joins that one (利 of ICT利活用), and none runs on into 以降.
    ["データ利活用", ["データ", "利活用"]],
    ["庁内以降のパソコン", ["庁内", "パソコン"]],
  ])("never shows one kanji alone as a word searched: %s", (q, words) => {
    expect(index.search(q).subjectWords).toEqual(words);
  });

  it("shows a word of one kanji without the 以外 typed after it: 紙以外 searches 紙 (probe 109)", () => {
    expect(index.search("口座振替を紙以外の方法で申し込む").subjectWords).toEqual(["口座振替", "紙", "方法"]);
  });

  it.each([
    ["収集日を見直す事業", "見直す"],
    ["制度を見直しする", "見直し"],
  ])("shows a verb's stem with the kana that ends it as typed: %s (probe 52)", (q, word) => {
    expect(index.search(q).subjectWords).toContain(word);
  });

  it("shows a word of its own as typed before した, with no kana of the verb (寄付した: 寄付) (probe 54)", () => {
    expect(index.search("ふるさと納税で寄付した人").subjectWords).toContain("寄付");
  });

  it("shows a word of its own as typed before する, with no kana of the verb (予約する: 予約) (probe 53)", () => {
    expect(index.search("会議室を予約する仕組み").subjectWords).toContain("予約");
  });

  it("shows the words of the sentence before as searched when the ask points back at them (その…)", () => {
    const context = "男女共同参画の次の計画をつくるために市民意識調査をすると聞きました。";
    const ask = "その新しい計画の策定に関する事業について、計画上の位置づけを教えてください。";
    expect(index.search(ask, { context, contextWeight: 1 }).subjectWords).toContain("男女共同参画");
    expect(index.search(ask, { context }).subjectWords).not.toContain("男女共同参画");
  });

  it.each([
    // (愛称, which the plan lacks: 名前 is now a word about the asking, framing.txt, and no longer lowers coverage.)
    ["施設の愛称を企業に売る、いわゆる命名権みたいなの"],
    ["町内会の工夫した取り組みを冊子にまとめる"],
  ])(
    "labels a clear leader (twice the next score) an answer though it holds less than half the question: %s",
    (q) => {
      const [leader, next] = index.search(q).hits;
      expect(leader?.coverage).toBeLessThan(MIN_COVERAGE);
      expect(leader?.score).toBeGreaterThanOrEqual(2 * (next?.score ?? 0));
      expect([leader?.match, next?.match]).toEqual(["strong", "partial"]);
    },
  );

  it("leaves a first project related when the next one scores more than half as much: no clear leader", () => {
    const [first, next] = index.search("市役所に行かなくても家から申請できるようにする取組を教えて").hits;
    expect(first?.coverage).toBeGreaterThanOrEqual(LEADER_COVERAGE);
    expect(first?.score).toBeLessThan(2 * (next?.score ?? 0));
    expect(first?.match).toBe("partial");
  });

  it("labels a leader far ahead (three times the next score) an answer with less of the key words (probe 42)", () => {
    const [leader, next] = index.search("夫や恋人から暴力を受けている人を守るための事業").hits;
    expect(leader?.project.name).toContain("配偶者暴力");
    expect(leader?.coverage).toBeLessThan(LEADER_COVERAGE);
    expect(leader?.coverage).toBeGreaterThanOrEqual(FAR_LEADER_COVERAGE);
    expect(leader?.score).toBeGreaterThanOrEqual(FAR_LEADER_MARGIN * (next?.score ?? 0));
    expect(leader?.match).toBe("strong");
  });

  it("leaves a leader holding less than FAR_LEADER_COVERAGE of the question related, however far ahead", () => {
    const [leader, next] = index.search("市のキャッチコピーとかロゴマークを広めるみたいなのってある？").hits;
    expect(leader?.coverage).toBeLessThan(FAR_LEADER_COVERAGE);
    expect(leader?.score).toBeGreaterThanOrEqual(FAR_LEADER_MARGIN * (next?.score ?? 0));
    expect(leader?.match).toBe("partial");
  });

  it.each([
    ["避難所の備蓄", "避難"],
    ["災害用トイレの事業", "災害"],
    ["避難所の備蓄倉庫の整備について扱っている事業", "避難"],
    // A compound whose head the plan lacks (運営マニュアル): the noun before の says which of it.
    ["避難所の運営マニュアル", "避難"],
  ])(
    "counts a noun said of a head the plan has no word for toward no project's label: %s is searched for %s, and no project is 該当 by it (probe 114)",
    (q, modifier) => {
      const found = index.search(q);
      expect(found.hits[0]?.project.name).toBe("貸室利用者向けWi-Fi環境整備事業");
      expect(found.subjectWords).toContain(modifier);
      expect(found.hits[0]?.coverage).toBeLessThan(FAR_LEADER_COVERAGE);
      expect(found.hits.filter((h) => h.match === "strong")).toEqual([]);
    },
  );

  it.each([
    ["防災無線が聞こえにくいって苦情なんですけど、関係する事業あります？", "無線", "市税等徴収事務事業"],
    ["防災無線", "無線", "市税等徴収事務事業"],
    ["図書館の本の予約のことって、この計画に載ってます？", "予約", "新たな施設予約システム運営事業"],
    ["図書館の予約", "予約", "新たな施設予約システム運営事業"],
  ])(
    "labels a project holding only the head of %s related: the modifier names a kind the plan lacks, and %s alone is not it (probe 162)",
    (q, head, holder) => {
      const found = index.search(q);
      expect(found.hits[0]?.project.name).toBe(holder);
      expect(found.subjectWords).toContain(head);
      expect(found.hits.filter((h) => h.match === "strong")).toEqual([]);
    },
  );

  it.each([
    ["施設の予約", "a modifier the plan writes"],
    ["スマートロックの予約", "a modifier the plan writes, beside the head"],
    ["避難所のWi-Fi", "a head the plan has"],
    ["公共施設のエアコン", "a head the plan has by a synonym (空調)"],
  ])("still answers %s: %s", (q) => {
    expect(index.search(q).hits[0]?.match).toBe("strong");
  });

  it("answers nothing for 「市民向けのごみの減量や分別の啓発」: the one project holding 啓発 is related (probe 51)", () => {
    const found = index.search("市民向けのごみの減量や分別の啓発について、関係する事業");
    expect(found.hits.length).toBeGreaterThan(0);
    expect(found.hits.filter((h) => h.match === "strong")).toEqual([]);
  });

  it.each([
    // (市民向け…啓発 was one too, until 向け was no longer searched: its leader is no longer far ahead.)
    // (避難所の備蓄倉庫 was one too, until a noun said of a head the plan lacks no longer counted: see below.)
    ["避難所や備蓄倉庫を整備する事業"],
  ])(
    "leaves a leader far ahead related when the ask's words the plan lacks outweigh it: %s (probe 51)",
    (q) => {
      const found = index.search(q);
      const [leader, next] = found.hits;
      expect(found.missingTerms.length).toBeGreaterThanOrEqual(2);
      expect(leader?.coverage).toBeGreaterThanOrEqual(FAR_LEADER_COVERAGE);
      expect(leader?.score).toBeGreaterThanOrEqual(FAR_LEADER_MARGIN * (next?.score ?? 0));
      expect(leader?.match).toBe("partial");
    },
  );

  it("finds nothing by a verb of the ask alone when the plan holds none of its nouns (保育所の待機児童を減らす) (probe 52)", () => {
    const found = index.search("保育所の待機児童を減らす事業ってある？");
    expect(found.missingTerms.length).toBeGreaterThan(0);
    expect(found.hits).toEqual([]);
  });

  it("never names a prefix (旧 of 旧市民会館) missing from the plan: it says which of a thing", () => {
    expect(index.search("旧市民会館のとこにできる新しい建物").missingTerms).toEqual([]);
  });

  it.each([
    ["4月に異動してきました。窓口のタブレットで住民票を申請できる仕組み", "月"],
    ["亡くなった方のご遺族が何か所も回らずに済む手続き", "か所"],
    ["財政の担当に来て二か月になります。口座振替の事務", "か月"],
  ])("never names a counter after a number missing, nor shows it searched: %s (probe 46)", (q, word) => {
    const found = index.search(q);
    expect(found.missingTerms).not.toContain(word);
    expect(found.subjectWords).not.toContain(word);
  });

  it("still names a word missing that is no counter (月 said alone)", () => {
    expect(index.search("月の予定").missingTerms).toContain("月");
  });

  it("never names a framing word after an honorific prefix missing (ご意見をいただきました, probe 46)", () => {
    expect(index.search("市民の方からご意見をいただきました。ふるさと納税の返礼品").missingTerms).toEqual([]);
  });

  it.each([
    ["会議でAIチャットボットの検討が話題になりました"],
    ["点検を支援する事業があったと記憶しております"],
  ])("never names how the asker came to know missing: %s (dict/framing.txt, probe 47)", (q) => {
    expect(index.search(q).missingTerms).toEqual([]);
  });

  it.each([
    ["議会答弁の準備で、上司からコーチング研修について聞かれました"],
    ["概要だけでも結構ですのでコーチング研修"],
  ])("never names the asker's errand or manners missing: %s (dict/framing.txt, probe 48)", (q) => {
    expect(index.search(q).missingTerms).toEqual([]);
  });

  it.each([
    ["広報の仕事を引き継いだばかりで不慣れなのですが、SNSでの発信"],
    ["利用者の方から鍵が面倒との声があり、スマートロック"],
    // Whom the asker works for (probe 52).
    ["新人向けの資料をつくっていて、ホームページでの情報発信"],
    // How many things are asked about (probe 54).
    ["AIと在宅勤務の二つについて"],
  ])(
    "never names the asker's state or a voice's complaint missing: %s (dict/framing.txt, probes 51 and 52)",
    (q) => {
      expect(index.search(q).missingTerms).toEqual([]);
    },
  );

  it.each([["同性愛"], ["トランスジェンダー"], ["レズビアン"], ["バイセクシュアル"], ["セクマイ"]])(
    "reads %s as the plan's セクシュアルマイノリティ (dict/synonyms.txt, probes 52, 71, 72)",
    (word) => {
      expect(analyzer.terms(word)).toEqual(analyzer.terms("セクシュアルマイノリティ"));
    },
  );

  it("reads 長い目で (the long view) as the plan's 長期 (dict/synonyms.txt, probe 51)", () => {
    expect(analyzer.terms("長い目で見た施設の計画")).toEqual(expect.arrayContaining(analyzer.terms("長期")));
  });

  it.each([
    // Council words kuromoji splits (定例 + 会), kept whole by dict/terms.txt so that they read as framing.
    ["来月の定例会に向けて答弁案を作成しております。AIの活用"],
    ["常任委員会の一般質問で聞かれそうなコーチング研修"],
    // Who raised it, what the answer backs, how it is asked (probe 109), and the asker's verb as a noun (probe 108).
    ["会派から質問があり、ふるさと納税の返礼品"],
    ["答弁の裏付けとして、空調設備の更新"],
    ["令和7年度まで継続で相違ないでしょうか、公共施設保全"],
    ["市民活動の拠点の使い方についてお尋ねがありました"],
  ])(
    "never names the council's places and the asking's own words missing: %s (dict/, probes 108 and 109)",
    (q) => {
      expect(index.search(q).missingTerms).toEqual([]);
    },
  );

  it("never names who had the job before missing (前任者から聞いた, dict/framing.txt, probe 46)", () => {
    expect(index.search("前任者から聞いたコーチング研修").missingTerms).toEqual([]);
  });

  it.each([
    ["事例集を作るという話を耳にしました", "事例"],
    ["次号の市報で特集する記事に引用したい多文化共生サロン", "多文化共生"],
    ["予算の内訳と人件費を確認したいコーチング研修", "コーチング"],
    // Our own place (うちの館) and how one wants to know (比較) (probe 74).
    ["うちの館のWi-Fiってどうなる？", "館"],
    ["コミセンと男女共生センターのWi-Fiを比較したい", "男女共生センター"],
  ])(
    "never names words of the asking missing (%s, dict/framing.txt, dict/stopwords.txt, probes 71, 73, 74)",
    (q, word) => {
      const found = index.search(q);
      expect(found.missingTerms).toEqual([]);
      expect(found.askedWords.join("")).toContain(word);
    },
  );

  it.each([
    ["業務用のソフトを外注で買うときの手順をきちんと決めておくルール"],
    ["システムを買うときの手順"],
    ["システムを外注するときの手順"],
  ])(
    "reads buying (買う, 発注, 外注) as the plan's 調達 (dict/synonyms.txt): %s finds the procurement guideline (probe 46)",
    (q) => {
      expect(index.search(q).hits[0]?.project.name).toBe("「情報システム調達ガイドライン」の整備・拡充");
    },
  );

  it("reaches a Sudachi group through dict/: インスタ (Sudachi: = インスタグラム, which dict/ reads as SNS) finds the SNS project", () => {
    const hits = index.search("インスタ");
    expect(hits.missingTerms).toEqual([]);
    expect(projectKey(hits.hits[0]?.project as (typeof hits.hits)[number]["project"])).toBe("7-1#3");
  });

  it("ranks by score alone: the project named by the ask's rarest word comes before ones that hold a commoner word", () => {
    // 7-5 No.4 and 7-4 No.4 hold 場所 and so cover more of the question; マイナンバーカード names 7-2 No.17.
    expect(keys("マイナンバーカードを作るのを手伝ってもらえる場所はある？")[0]).toBe("7-2#17");
  });

  it.each([
    ["マイナンバーカードを作るのを手伝ってもらえる場所はある？"],
    ["ネットで会議室を予約する仕組み"],
    ["多文化"],
  ])("labels 該当 only as a leading run of the best-first list, never after a partial match: %s", (q) => {
    const { hits } = index.search(q);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const labels = hits.map((h) => h.match).join(" ");
    expect(labels).not.toMatch(/partial.*strong/);
  });

  it("finds two adjacent words as typed inside a project's longer word: 多文化 is 多文化共生's, not 文化's", () => {
    expect(keys("多文化")[0]).toBe("7-4#4");
  });

  it.each([["デジタル人材育成"], ["職員のデジタル人材育成"]])(
    "finds a compound the plan writes as a phrase with を (デジタル人材を育成する): %s",
    (q) => {
      expect(keys(q)[0]).toBe("7-2#18");
    },
  );

  it.each([["空き家を自分たちで手直しする取組"], ["田中さんから聞いた空き家の取組"]])(
    "reads a suffix of persons (たち, さん) as naming nothing, so it is never named missing: %s",
    (q) => {
      const r = index.search(q);
      expect(r.askedWords).toContain("空き家");
      expect(r.askedWords.filter((w) => w === "たち" || w === "さん")).toEqual([]);
    },
  );

  it("reads 予約 apart from 申込み: booking a room online is the facility booking system, not online applications", () => {
    const r = index.search("ネットで予約");
    expect(keys("ネットで予約")[0]).toBe("7-2#8");
    expect(r.hits.find((h) => projectKey(h.project) === "7-2#13")?.match).not.toBe("strong");
  });

  it("labels 該当 only a project scoring at least half the best: common words do not make an answer", () => {
    const strong = index.search("管理職制度 見直し").hits.filter((h) => h.match === "strong");
    expect(strong.map((h) => projectKey(h.project))).toEqual(["7-3#2"]);
  });

  it("reads 各 (each) as naming no subject: 「各事業の今後の予定」 asks about no project's words", () => {
    expect(index.search("各事業の今後の予定").askedWords).toEqual([]);
  });

  it("reads a word of manner (具体的に) as naming no subject: the ask's own word decides", () => {
    const r = index.search("具体的にどの課がどんな検討をしているのか");
    expect(r.askedWords).toEqual(["検討"]);
  });

  it("reads a word of order (次のやつ, 前回の) as naming no subject: the next plan is the plan's project", () => {
    expect(index.search("男女共同参画計画の次のやつ作るのいつだっけ").askedWords).toEqual(["男女共同参画"]);
    expect(keys("男女共同参画計画の次のやつ作るのいつだっけ")[0]).toBe("7-5#1");
    expect(index.search("前回の人権施策推進計画").askedWords).not.toContain("前回");
    // 今回 and 次回 are nouns that are also adverbs: kuromoji's part of speech drops them, no dict/ line needed.
    expect(index.search("今回の人権施策推進計画").askedWords).not.toContain("今回");
    expect(index.search("次回の人権施策推進計画").askedWords).not.toContain("次回");
  });

  it("weighs a verb the plan uses below the nouns asked: 部屋を借りた人がネットにつなげる is the Wi-Fi project's", () => {
    // 7-1 No.5 holds つなげる and 人; 7-2 No.9 holds 貸室 (部屋) and オンライン (ネット).
    expect(keys("部屋を借りた人がネットにつなげるようにする")[0]).toBe("7-2#9");
  });

  it("never shows a project holding only the verbs asked, none of the nouns: 窓口をまとめる is not まとめた事例集", () => {
    const hits = index.search("窓口をまとめる取り組みってある？").hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.find((h) => projectKey(h.project) === "7-6#3")).toBeUndefined();
  });

  it.each([
    ["ネットで会議室を予約する仕組み"],
    ["市役所の問い合わせにAIが答える仕組みの事業"],
    ["住民同士で話し合う場"],
  ])("reads the kind of thing asked (…する仕組み, …する場, …の事業) as no subject: %s", (q) => {
    const asked = index.search(q).askedWords;
    expect(asked).not.toContain("仕組み");
    expect(asked).not.toContain("場");
    expect(asked).not.toContain("事業");
    expect(asked.length).toBeGreaterThan(0);
  });

  it("reads 役所 and 市役所 (the city itself, as 市) as framing: what the asker says of the city is no project's subject", () => {
    const framing = (q: string, word: string) =>
      analyzer.analyze(q).find((t) => t.term === word)?.framing === true;
    expect(framing("役所の仕事のムダを減らす見直し", "役所")).toBe(true);
    expect(framing("市役所に来なくても申請できる", "市役所")).toBe(true);
  });

  it("reads 市 (the city itself) as no subject of the ask, so the context before it is searched in full", () => {
    const found = index.search("該当する市の事業を教えて", {
      context:
        "コロナでイベントができない団体から、オンラインでできる活動に使える補助金はないかと問い合わせがありました。",
    });
    expect(found.askedWords).toContain("補助金");
    expect(projectKey(found.hits[0]?.project as (typeof found.hits)[number]["project"])).toBe("7-7#2");
  });

  it("reads 対象 and 制度 in 「対象になりそうな制度」 as no subject of the ask, and still finds a 制度 by name", () => {
    const found = index.search("対象になりそうな制度があれば教えて", {
      context: "市民活動をしている団体から、補助金を受けたいと相談がありました。",
    });
    expect(projectKey(found.hits[0]?.project as (typeof found.hits)[number]["project"])).toBe("7-7#2");
    expect(keys("人事給与制度")[0]).toBe("7-3#2");
  });

  it("labels a project holding the whole ask 該当, however little of the story before the ask the plan tells (probe 37)", () => {
    const context = "。女性活躍推進の庁内会議の資料を作成しております。";
    for (const contextWeight of [undefined, 1]) {
      const found = index.search("男女共同参画計画の次の計画を策定する事業について、その内容と担当課", {
        context,
        ...(contextWeight ? { contextWeight } : {}),
      });
      expect(projectKey(found.hits[0]?.project as (typeof found.hits)[number]["project"])).toBe("7-5#1");
      expect(found.hits[0]?.match).toBe("strong");
      expect(found.hits[0]?.coverage).toBe(1);
    }
  });

  it("ranks by name before content: コミュニティセンター finds the centre's own project first", () => {
    expect(keys("コミュニティセンター")[0]).toBe("7-6#4");
  });

  it("finds a word in hiragana only as a whole word: あと is not the end of エリア and the start of として", () => {
    // 7-2 No.11's content says 「第2期エリアとして」, which the kana-folded text holds as えりあとして.
    expect(keys("あと何年")).not.toContain("7-2#11");
    expect(keys("古い建物のコンクリートがあと何年もつか調べる")[0]).toBe("7-2#6");
  });

  it("lets no character pair of a word in hiragana count as evidence: なくす is not the なく of 〜だけでなく", () => {
    expect(keys("差別をなくす")).toEqual(keys("差別"));
  });

  it.each([["市民の活動を応援する"], ["施設を管理する"], ["人権を守る"], ["団体の活動を支援する"]])(
    "puts the same project first for %s… with 制度 after it: a word about the asking (dict/framing.txt) weighs as context does",
    (q) => {
      expect(keys(`${q}制度`)[0]).toBe(keys(q)[0]);
    },
  );

  it("finds words kuromoji splits badly through the bigram field", () => {
    expect(keys("ﾘﾉﾍﾞのいばらき").slice(0, 2).sort()).toEqual(["7-7#3", "7-7#4"]);
  });

  it.each([["えんがわ"], ["えんがわってある？"]])(
    "reads a kana word kuromoji shreds into fillers (%s) as the word a project holds verbatim",
    (q) => {
      const result = index.search(q);
      expect(result.askedWords).toEqual(["えんがわ"]);
      expect(keys(q)[0]).toBe("7-7#1");
      expect(result.hits[0]?.match).toBe("strong");
    },
  );

  it("does not read a verb's ending after its kanji (記載されている) as such a word", () => {
    expect(index.search("記載されている").askedWords).not.toContain("されてい");
    expect(index.search("どうなってる").hits).toEqual([]);
  });

  it("answers nothing when the plan does not cover the question", () => {
    expect(keys("図書館の開館時間")).toEqual([]);
    expect(keys("天気")).toEqual([]);
    expect(keys("ごみを収集する")).toEqual([]);
  });

  it("does not let a verb the plan never uses keep a question from its subject", () => {
    expect(keys("DVから逃げた人の避難先")[0]).toBe("7-5#4");
  });

  it("weighs rare words above common ones", () => {
    expect(idf(44, 1)).toBeGreaterThan(idf(44, 20));
    expect(keys("事業 施設 センター コーチング")[0]).toBe("7-3#1");
  });
});

describe("a word the IME wrote with other kanji of the same sound (probe 38)", () => {
  it.each([
    ["講座振替", "口座振替"],
    ["多分化共生", "多文化共生"],
  ])("reads %s as the plan's %s", (word, read) => {
    expect(index.soundsAs(word)).toBe(read);
  });

  it.each([
    ["口座振替", "the plan's own word"],
    ["庁内会議", "no word of the plan sounds so"],
    ["講座", "two kanji: too short to tell a slip from another word"],
    ["講座振替え", "not kanji only"],
  ])("reads %s as no other word: %s", (word) => {
    expect(index.soundsAs(word)).toBeNull();
  });
});

describe("a loanword the analyzer cuts into pieces", () => {
  it.each([
    ["クラウドの事業", "クラウド", "クラ + ウド"],
    ["ペーパーレス会議を進める事業", "ペーパーレス", "ペーパー + レス: レス is inside ストレス"],
  ])("reads %s's loanword as one word the plan lacks: %s, not %s (probe 72)", (question, word) => {
    const found = index.search(question);
    expect(found.missingTerms).toContain(word);
    expect(found.askedWords).toContain(word);
    expect(keys(question)).not.toContain("7-7#2");
  });

  it.each([
    ["リノベーションイベント", "イベント", "リノベーション is a word of the plan's"],
    ["ネーミングライトの提案", "ネーミング", "ネーミング is one by a synonym"],
  ])("keeps the pieces of %s as words: %s is searched, as %s", (question, piece) => {
    expect(index.search(question).askedWords).toContain(piece);
  });
});

describe("a word of the question inside another word of the plan's (probe 158)", () => {
  it("ranks a project holding 建物 above those whose 見直し only shares the characters of 直し", () => {
    const hits = keys("古い建物の直しって市が何かやってるの？");
    expect(hits[0]).toBe("7-2#6");
    expect(hits.indexOf("7-4#2")).toBeGreaterThan(0);
  });

  it("counts the words' share inside a word the dictionary knows as INSIDE_WORD_FILL, below SUBSTRING_FILL", () => {
    // 直し is in the plan only inside 見直し: a question of it alone holds that much of it.
    const hit = index.search("直し").hits.find((h) => projectKey(h.project) === "7-4#2");
    expect(hit?.coverage).toBeCloseTo(INSIDE_WORD_FILL);
    expect(INSIDE_WORD_FILL).toBeLessThan(SUBSTRING_FILL);
  });

  it.each([
    ["マイノリティ", "7-5#3", "セクシュアルマイノリティ"],
    ["ボット", "7-2#18", "チャットボット"],
  ])(
    "counts %s inside a word kuromoji does not know (%s's %s) at the substring's full share",
    (word, key) => {
      const hit = index.search(word).hits.find((h) => projectKey(h.project) === key);
      expect(hit?.coverage).toBeCloseTo(SUBSTRING_FILL);
    },
  );
});

describe("a long word in kanji typed with one kanji wrong", () => {
  it("reads 男女共同参加 as the plan's 男女共同参画", () => {
    expect(index.oneKanjiOff("男女共同参加")).toBe("男女共同参画");
  });

  it.each([
    ["男女共同参画", "the plan's own word"],
    ["行政改善", "four kanji: too short to tell a slip from another word"],
    ["男女共同参加推進", "no word of the plan of that length is one kanji off"],
  ])("reads %s as no other word: %s", (word) => {
    expect(index.oneKanjiOff(word)).toBeNull();
  });
});

describe("a word the IME left in kana (probes 42, 112)", () => {
  it.each([
    ["かいしゅうどこだっけ", "", [["かいしゅう", "改修"]]],
    ["ちょうたつ", "", [["ちょうたつ", "調達"]]],
    ["のかいしゅう", "空調", [["かいしゅう", "改修"]]],
    ["しんせいを", "", [["しんせい", "申請"]]],
    ["じゅうみんひょう", "", [["じゅうみんひょう", "住民票"]]],
    ["じゅうみんひょうの", "", [["じゅうみんひょう", "住民票"]]],
    ["ふるさとのうぜい", "", [["のうぜい", "納税"]]],
    ["どこのかいしゅう", "", [["かいしゅう", "改修"]]],
    ["のたんとうかは", "マイナンバーカード", [["たんとうか", "担当課"]]],
    ["そのうちかんりょうは", "", [["かんりょう", "完了"]]],
    // (A verb the analyzer makes of kana it cannot read is no word of the plan's: なん + けん.)
    ["なんけん", "", [["なんけん", "何件"]]],
    // After one particle at the run's start however kuromoji reads it, and before する (review).
    ["にかいしゅうする", "R4", [["かいしゅう", "改修"]]],
    ["のかいしゅう", "", [["かいしゅう", "改修"]]],
    ["のけんしゅうの", "人事課", [["けんしゅう", "研修"]]],
    // After a particle further in, however kuromoji reads it, where the word ends the run or a particle follows it
    // (向けのけんしゅうの: 向け + のけん + しゅう — probe 173).
    ["けのけんしゅうのやつ", "管理職向", [["けんしゅう", "研修"]]],
    // Three kana standing alone as a word, between particles or the run's ends (probe 173: あとち, いしき, かんり).
    ["あとちの", "", [["あとち", "跡地"]]],
    ["よやくを", "", [["よやく", "予約"]]],
    // (And before って, the topic said casually: the word ends there as before は.)
    ["ふるさとのうぜいってまだやってる", "", [["のうぜい", "納税"]]],
    [
      "こうざふりかえのしんせい",
      "",
      [
        ["こうざふりかえ", "口座振替"],
        ["しんせい", "申請"],
      ],
    ],
  ])("reads %s (after %s) as the words of its readings: %j", (run, before, read) => {
    expect(index.kanaAs(run, before)).toEqual(read.map(([said, word]) => ({ said, read: word })));
  });

  it("reads kana between two words as kuromoji reads them there: DXすいしんチーム → 推進", () => {
    expect(index.kanaAs("すいしん", "DX", "チーム")).toEqual([{ said: "すいしん", read: "推進" }]);
  });

  it.each([
    ["ないように", "来", "the ending of the verb typed before it (来ないように)"],
    ["しないようにする", "", "the ending of a verb in the run itself (し + ないよう)"],
    ["ないようです", "これしか", "a word of the analyzer's own that inflects (ない)"],
    ["ないようです", "問題", "…よう before です is the auxiliary 様, not 内容 (review)"],
    ["ないよう", "ミスが", "ない after が is the adjective: ミスがないよう確認する (review)"],
    ["ありますか", "", "no word of the plan reads so"],
    [
      "きたいのですが",
      "聞",
      "three kana right after a kanji: the ending of the word typed before it (聞きたい)",
    ],
    ["ようにしないか", "できる", "three kana that are a form of する (しない is no 市内)"],
    [
      "おきかんりの",
      "",
      "three kana inside a run, after no particle: too short to tell from the run's grammar",
    ],
    [
      "せいとうな",
      "ふるさと納税って、",
      "no word of the plan: 整等 of 調整等 is two words' characters (review)",
    ],
  ])("reads %s (after %s) as no word of the plan: %s", (run, before) => {
    expect(index.kanaAs(run, before)).toEqual([]);
  });
});

describe("a run of kana typed with no conversion at all, read as an IME reads it (probe 127)", () => {
  it.each([
    [
      "しせつよやくしすてむ",
      [
        ["しせつ", "施設"],
        ["よやく", "予約"],
        ["しすてむ", "システム"],
      ],
    ],
    [
      "えいがのじぎょう",
      [
        ["えいが", "映画"],
        ["じぎょう", "事業"],
      ],
    ],
    // (The question's own ending after the last word — って, いつ, おわる — is read by what comes before.)
    [
      "しみんかいかんあとちのせいびっていつおわる",
      [
        ["しみん", "市民"],
        ["かいかん", "会館"],
        ["あとち", "跡地"],
        ["せいび", "整備"],
      ],
    ],
    // (Read up to the last word that leaves little unread: words after it too far apart unread none before it.)
    [
      "しないだいがくときょうどうでちょうさ",
      [
        ["しない", "市内"],
        ["だいがく", "大学"],
      ],
    ],
  ])("reads %s as the plan's words of its readings: %j", (run, read) => {
    expect(index.kanaAs(run, "")).toEqual(read.map(([said, word]) => ({ said, read: word })));
  });

  it.each([
    [
      "かんりょうしないじぎょうは",
      [
        ["かんりょう", "完了"],
        ["じぎょう", "事業"],
      ],
    ],
    ["けいぞくしているじぎょうは", [["けいぞく", "継続"]]],
    // (A word of the plan's that starts with し is no する: 施策.)
    [
      "じんけんしさくのみなおしは",
      [
        ["じんけん", "人権"],
        ["しさく", "施策"],
      ],
    ],
  ])(
    "reads する's forms after a word in %s as its verb, not the plan's words (しない: no 市内; review)",
    (run, read) => {
      expect(index.kanaAs(run, "")).toEqual(read.map(([said, word]) => ({ said, read: word })));
    },
  );

  it.each([
    ["していくか", "維持", "the ending of the word in kanji before it, not 指定"],
    ["しないの", "参加", "the ending of the word before it, not 市内"],
    ["ください", "", "grammar: no two words of the plan read so"],
    ["みんなのえんがわ", "", "the plan's own words in hiragana, left as they are"],
  ])("reads %s (after %s) as no word of the plan: %s", (run, before) => {
    expect(index.kanaAs(run, before)).toEqual([]);
  });
});

describe("計画の改定 and 計画の見直し, one thing in a municipal plan (dict/synonyms.txt)", () => {
  it("finds the plan's 人権施策推進計画の見直し first for 人権施策の計画の改定", () => {
    expect(keys("人権施策の計画の改定")[0]).toBe("7-4#2");
  });
});

describe("a narrower word of the asker, a broader one of the plan (dict/kinds.txt: 会議室 is a kind of 貸室)", () => {
  it("keeps 会議室 whole and finds the plan's 貸室 through it, so that it is no word missing", () => {
    expect(analyzer.terms("会議室")).toEqual(["会議室"]);
    const result = index.search("会議室を借りた人がネットを使えるようにする");
    expect(result.missingTerms).not.toContain("会議室");
    expect(result.hits.map((h) => projectKey(h.project))[0]).toBe("7-2#9");
  });

  it("weighs it below the asker's own words: the booking of a room is the booking system, not the rooms' Wi-Fi", () => {
    const found = keys("会議室の予約をネットでできるシステム");
    expect(found[0]).toBe("7-2#8");
    expect(found).toContain("7-2#9");
  });
});

describe("words close to each other (dict/related.txt: 住民 and the plan's 市民)", () => {
  it("finds the plan's 市民アンケート for a 住民 survey, above a project holding 住民 alone", () => {
    expect(keys("住民アンケートを大学とやったやつ")[0]).toBe("7-6#1");
  });

  it("finds the plan's LED化 of lighting for 省エネ, a word the plan never writes", () => {
    const result = index.search("省エネにつながる事業ってある？");
    expect(result.missingTerms).not.toContain("省エネ");
    expect(keys("省エネにつながる事業ってある？")[0]).toBe("7-2#10");
  });
});

describe("ハコモノ, staff's word for the city's buildings (dict/synonyms.txt: 公共施設)", () => {
  it("finds the plan's 公共施設 projects for ハコモノ", () => {
    expect(keys("ハコモノの統廃合ってどこで検討してる？")[0]).toBe("7-2#5");
    expect(keys("ハコモノの個別計画の改定ってどの事業？").slice(0, 2).sort()).toEqual(["7-2#4", "7-2#5"]);
  });
});

describe("a 2in1端末 said as staff describe it (dict/synonyms.txt: タブレットにもなる is the plan's 2in1端末)", () => {
  it.each(["タブレットにもなるパソコンを職員に配る事業は？", "ノートPCとタブレット兼用のパソコンを増やす話"])(
    "finds the staff-PC project first for %s, not the counter's tablets",
    (q) => {
      expect(keys(q)[0]).toBe("7-2#20");
    },
  );

  it("leaves a tablet alone the counter's tablets", () => {
    expect(keys("窓口にタブレットを置く事業")[0]).toBe("7-2#16");
  });
});

describe("a name given to a facility for a fee, said as staff say it (dict/synonyms.txt: 名前を付ける権利 is ネーミングライツ)", () => {
  it.each(["建物の名前を付ける権利を企業に買ってもらう", "市の施設に名前つける権利売るやつ"])(
    "finds the private-proposal project, whose content names ネーミングライツ, first for %s",
    (q) => {
      expect(keys(q)[0]).toBe("7-2#7");
    },
  );
});

describe("a loanword in another of its spellings", () => {
  it.each([
    ["セクシャルマイノリティ", "セクシュアルマイノリティ"],
    ["ウイズコロナ", "ウィズコロナ"],
    ["パートナシップ", "パートナーシップ"],
    ["マネージメント", "マネジメント"],
    ["ファシリティーマネージメント", "ファシリティーマネジメント"],
    ["コミュニティーカフェ", "コミュニティカフェ"],
  ])("reads %s as the plan spells it: %s", (word, read) => {
    expect(index.spelledAs(word)).toBe(read);
  });

  it.each([
    ["ネーミングライス", "ネーミングライツ"],
    ["セーフティネッド", "セーフティネット"],
  ])("reads %s, a long loanword one letter off the plan's, as that word: %s (probe 70)", (word, read) => {
    expect(index.spelledAs(word)).toBe(read);
  });

  it.each([
    ["ワンストップ", "the plan's own word, though one letter off another of the same length"],
    ["ライブス", "five letters: too short to tell a slip from another word"],
  ])("reads %s as no mistyped word: %s", (word) => {
    expect(index.spelledAs(word)).toBeNull();
  });

  it.each([
    ["パートナーシップ", "the plan's own spelling"],
    ["ワークショプ", "a character left out is no other spelling"],
    ["チームワーク", "its words are the plan's as written"],
    ["ホームページ", "the plan's own word"],
    ["コーナーストーン", "no word of it is spelled by the plan otherwise"],
    ["口座振替", "not katakana"],
  ])("reads %s as no other word: %s", (word) => {
    expect(index.spelledAs(word)).toBeNull();
  });
});

describe("the plan itself named in a question", () => {
  it("reads 総合計画 as the plan, no word of any project's", () => {
    expect(analyzer.terms("総合計画ではどの事業ですか")).toEqual([]);
    // The plan's own names, アクションプログラム and 実施計画, alike (probe 38: named as words the plan lacks).
    expect(analyzer.terms("アクションプログラムではどの事業ですか")).toEqual([]);
    expect(analyzer.terms("アクション・プログラム上の位置づけ")).toEqual([]);
    expect(analyzer.terms("実施計画に載っている口座振替")).toEqual(["口座振替"]);
  });
});

describe("a plan larger than the seed, past WHOLE_PLAN", () => {
  it("finds a question's projects through the postings, as the whole search finds them, in every copy", () => {
    const seed = loadPlan();
    // Two copies of the seed, the second's text marked (第2期) so that no analysis is shared: more projects than
    // WHOLE_PLAN, so the candidates come from the postings.
    const marked = (text: string) => `${text}（第2期）`;
    const big = {
      ...seed,
      projects: [
        ...seed.projects,
        ...seed.projects.map((p) => ({
          ...p,
          policy: p.policy.replace(/^7/, "8"),
          initiative: p.initiative.replace(/^7/, "8"),
          name: marked(p.name),
          purpose: marked(p.purpose),
          content: marked(p.content),
        })),
      ],
    };
    expect(big.projects.length).toBeGreaterThan(WHOLE_PLAN);
    const bigIndex = buildSearchIndex(big, analyzer, () => []);
    for (const q of ["マイナンバーカード", "Wi-Fi", "空調の改修", "ふるさと納税の返礼品"]) {
      const [first] = index.search(q).hits;
      const names = bigIndex
        .search(q)
        .hits.slice(0, 2)
        .map((h) => h.project.name);
      expect(names.map((n) => n.replace("（第2期）", ""))).toEqual([
        first?.project.name,
        first?.project.name,
      ]);
    }
  });
});

describe("search keeps no state between questions", () => {
  it("scores a question the same after its words were asked as context, as a fresh index does", () => {
    const fresh = buildSearchIndex(loadPlan(), analyzer);
    const scores = (i: SearchIndex) =>
      i.search("空調の改修").hits.map((h) => [projectKey(h.project), h.score]);
    const before = scores(fresh);
    // The same words as context weigh less in that question only.
    fresh.search("研修の予定", { context: "空調の改修" });
    expect(scores(fresh)).toEqual(before);
    expect(scores(index)).toEqual(before);
  });
});
