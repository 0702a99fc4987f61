import { describe, expect, it } from "vitest";
import { askingClause, askLast, pointsBack, stripRegister } from "../../src/answer/register.js";

const core = (text: string) => stripRegister(text).replace(/\s+/g, "");

describe("stripRegister: the register of a Slack message is not its subject", () => {
  it.each([
    ["お疲れ様です。マイナンバーカードの担当課", "。マイナンバーカードの担当課"],
    ["おつかれさまです！空調の改修", "！空調の改修"],
    ["いつもお世話になっております。ふるさと納税について", "。ふるさと納税について"],
    ["恐れ入りますが、おくやみコーナーの件", "、おくやみコーナー"],
    ["すみません、コーチング研修", "、コーチング研修"],
    ["空調改修についてよろしくお願いします", "空調改修について"],
    ["ちょっと質問です。Wi-Fiの整備", "。Wi-Fiの整備"],
  ])("drops the greeting or set phrase in %s", (text, expected) => {
    expect(core(text)).toBe(expected);
  });

  it.each([
    ["ホームページの担当を教えていただけますでしょうか", "ホームページの担当"],
    ["事例集について教えてください", "事例集"],
    ["外国人の支援について知りたい", "外国人の支援"],
    ["施設予約を調べてもらえますか", "施設予約"],
    ["担当している事業を一覧でいただけますでしょうか", "担当している事業を一覧"],
    ["空調の資料をいただけますか", "空調の資料"],
    ["Wi-Fiの事業の一覧をもらえますか", "Wi-Fiの事業の一覧"],
    ["計画の見直しの状況をご教示いただけますと幸いです", "計画の見直しの状況"],
    ["支援の内容をお教えいただけますと助かります", "支援の内容"],
    ["研修の詳細を確認させていただきたいです", "研修の詳細を確認"],
  ])("drops the framing of a request in %s", (text, expected) => {
    expect(core(text)).toBe(expected);
  });

  it.each([
    ["リノベーションの補助ってある？", "リノベーションの補助？"],
    ["コミセンの担当どこだっけ", "コミセンの担当どこ"],
    ["外国人向けの相談みたいなの", "外国人向けの相談"],
    ["映画のロケ地の話", "映画のロケ地"],
    ["スマートロック入れるって聞いたんだけど", "スマートロック入れる"],
    ["ワークショップやる予定ある？", "ワークショップ？"],
  ])("drops the casual ending of %s", (text, expected) => {
    expect(core(text)).toBe(expected);
  });

  it.each([
    ["企画担当の田中です。人権の計画の見直し", "。人権の計画の見直し"],
    ["市民活動の相談窓口を担当しております吉田です。拠点施設の話し合い", "。拠点施設の話し合い"],
    ["今年度から男女共生の担当になりました鈴木と申します。新しい計画", "。新しい計画"],
    ["システムの導入を検討している課の者です。調達の手引き", "。調達の手引き"],
    ["人権センターの窓口におります井上です。講座のオンライン化", "。講座のオンライン化"],
  ])("drops the self-introduction in %s", (text, expected) => {
    expect(core(text)).toBe(expected);
  });

  it.each([
    ["急ぎですみません、7-2の9番", "7-2の9番"],
    ["至急で恐縮ですが、人事課の事業", "人事課の事業"],
  ])("drops the haste in %s with its apology", (text, expected) => {
    expect(core(text).replace(/^[、,]/, "")).toBe(expected);
  });

  it.each([
    ["今年度から係長になった者です。部下の研修", "係長になった。部下の研修", "今年度"],
    [
      "まち魅力発信課に今年異動してきた者です。ブランドメッセージ",
      "に異動してきた。ブランドメッセージ",
      "魅力発信課",
    ],
    ["人権研修を担当している者です。人権の計画", "人権研修を担当している。人権の計画", "者です"],
  ])("keeps what the asker does in %s as context, but not their year or unit", (text, expected, gone) => {
    expect(core(text)).toBe(expected);
    expect(core(text)).not.toContain(gone);
  });

  it.each([["人事課の事業です"], ["マイナンバーカードの担当課はどこですか"], ["収納課の仕事です"]])(
    "keeps %s, which introduces no one",
    (text) => {
      expect(core(text)).toBe(text);
    },
  );

  it.each([["電話番号"], ["会話"], ["条件"], ["事件"], ["話し合い"]])(
    "leaves %s whole: 話 and 件 go only as words of their own",
    (word) => {
      expect(core(`${word}の窓口`)).toBe(`${word}の窓口`);
    },
  );
});

describe("askingClause: context before the ask is not the ask", () => {
  it.each([
    ["来週の会議で使うので、マイナンバーカードの担当課は？", "マイナンバーカードの担当課は"],
    ["明日説明するから、空調の事業を", "空調の事業を"],
    ["資料を作っています。ふるさと納税の担当", "ふるさと納税の担当"],
    ["明日の会議室の予約", "明日の会議室の予約"],
    ["来年度予算の査定にあたり、情報システム課の事業", "情報システム課の事業"],
    ["議会の答弁に際して、空調の事業", "空調の事業"],
    ["新しい計画づくりに向けて、男女共同参画の事業", "男女共同参画の事業"],
    ["予算要求の関係で、R5に完了する事業", "R5に完了する事業"],
    ["来週、会長さんと面談する予定がございまして、地域の話し合いの場の支援", "地域の話し合いの場の支援"],
    ["要望が増えておりまして、センターのネット環境", "センターのネット環境"],
    ["議会答弁の準備で、施策7-4の事業を全部", "施策7-4の事業を全部"],
    ["次期計画の検討に、人権の事業", "人権の事業"],
    ["窓口改善の参考として、市民課の事業", "市民課の事業"],
    ["会議資料用に、7-2-7の事業でR4で完了するもの以外", "7-2-7の事業でR4で完了するもの以外"],
    ["R5に終わるもので、R3は新規だったもの", "R5に終わるもので、R3は新規だったもの"],
  ])("finds the asking clause of %s", (text, expected) => {
    expect(askingClause(text)).toBe(expected);
  });
});

describe("askLast: a statement after the ask is context, moved before it", () => {
  it.each([
    [
      "令和5年度に完了する事業を教えていただけますでしょうか。予算要求の資料に使います。",
      "予算要求の資料に使います。令和5年度に完了する事業を教えていただけますでしょうか。",
    ],
    [
      "令和5年度に完了する事業はどれになりますでしょうか。令和4年度の実績報告とは別に確認しています。",
      "令和4年度の実績報告とは別に確認しています。令和5年度に完了する事業はどれになりますでしょうか。",
    ],
    [
      "縮小の事業はありますでしょうか。議会で質問が出そうなので確認させてください。",
      "議会で質問が出そうなので確認させてください。縮小の事業はありますでしょうか。",
    ],
    ["人事課の事業は？来週の会議で使います", "来週の会議で使います。人事課の事業は？"],
    [
      "R7で完了する事業ってありましたっけ？ 最終年度なので何かあるかなと",
      " 最終年度なので何かあるかなと。R7で完了する事業ってありましたっけ？",
    ],
    ["7-2の事業は？どこかに一覧があれば", "どこかに一覧があれば。7-2の事業は？"],
  ])("reorders %s", (text, expected) => {
    expect(askLast(text)).toBe(expected);
  });

  it.each([
    ["来週の会議で使うので、人事課の事業を教えてください。"],
    ["人事課の事業を教えてください。よろしくお願いします。"],
    ["人事課の事業を確認させてください。"],
    ["予算要求の資料です。"],
  ])("leaves %s as it is: its ask is already last, or it has none", (text) => {
    expect(askLast(text)).toBe(text);
  });
});

describe("pointsBack: a demonstrative that points at the context, not a connective", () => {
  it.each([["その事業の担当は"], ["こうした手続きは"], ["それはどの課"], ["この制度"]])(
    "%s points back",
    (ask) => {
      expect(pointsBack(ask)).toBe(true);
    },
  );
  it.each([
    ["その中で、人権の計画の見直し"],
    ["この章の事業は全部で何件"],
    ["この計画の人事課の事業"],
    ["そのため空調の改修"],
    ["それから研修"],
    ["これまでの研修"],
    ["その際の手続き"],
  ])("%s does not", (ask) => {
    expect(pointsBack(ask)).toBe(false);
  });
});
