// English and katakana words staff who work with IT type for the plan's own ideas (probe 119): status, owner, deadline,
// complete, close, タスク, task, budget, online, 案件, 〜関連 — and those of a company's projects (probe 232): クローズ, ローンチ, フェーズ. Read as the Japanese the rest of understanding knows, each only where it can
// mean nothing else in a question about this plan. (Latin letters are whole words: statusbar is not status.)
import { rewritten } from "./util.js";

const LATIN = (words: string) => new RegExp(String.raw`(?<![a-z])(?:${words})(?![a-z])`, "gi");

/**
 * How a project stands, asked at the end of a sentence after の, は or って (えんがわの事業のstatus, LED化のステータス
 * 教えて, 7-2-4の状況は？): until when it is listed — いつまで？, which names no year (今 would be today's, past the
 * plan's last, and empty a code's or a department's list). (Not 状況 inside a sentence — コロナの状況に対応する事業 —
 * nor a compound, 財政状況, 混雑状況; nor after a sentence or clause before it, whose context the ask reads as it is:
 * 「…確認したいので、事業の状況を教えて」.)
 */
const STATUS_ASKED =
  /(?:の|は|って)\s*(?:status|ステータス|ｽﾃｰﾀｽ|状況|現状|今の状態)\s*(?:は|って|を)?\s*(?:どう(?:なって(?:いる|る|ます)|ですか|なの)?|教えて(?:ください|ほしい)?|知りたい(?:です)?|確認したい(?:です)?)?\s*(?=[?？。]?\s*$)/iu;
/**
 * How projects stand, asked of the projects a sentence names (人事課の事業の状況について教えて, R4に完了した事業の状況を
 * 一覧で, …のものの現状をお知らせください): the projects themselves, which each answer shows with its directions —
 * 状況 is no subject of theirs (probe 135: it had been searched among them, and emptied a department's list). (Not
 * 事業の状況 opening a clause, 「…ので、事業の状況を教えて」: of the project the context names, read with it.)
 */
const STATUS_OF_PROJECTS =
  /(?<=[^\s、,。！？!?\n]\s*(?:事業|もの|取組|取り組み)\s*)の\s*(?:状況|現状|今の状態|状態)(?=\s*(?:について|に関して|を|は|って|が|も|[?？。、,]|$))/gu;
/** A sentence or clause break: a status asked after one is left to the context's reading. */
const BREAK = /[。！？!?\n、,]/;

/** Each rule: the loanword, and the Japanese, in the order they apply. */
const RULES: readonly (readonly [RegExp, string])[] = [
  // Elsewhere, the direction it has (ステータスが縮小になってる事業).
  [/(?:(?<![a-z])status(?![a-z])|ステータス|ｽﾃｰﾀｽ)(?=\s*(?:が|は|の|を|って))/gi, "方向性"],
  // What it is for: purpose, goal, objective — 目的 (probe 425: purposeは？ had been searched, 0件).
  [LATIN("purpose|purposes|objective|objectives"), "目的"],
  // What it does, asked at the end (…のcontentは？, contentは？, detailsを教えて): 内容 — elsewhere content is the plan's
  // コンテンツ (probe 425: 長い方のcontentは？ had searched it and answered the website's project).
  [
    /(?<=(?:^|の|は|って|[、,\s])\s*)(?<![a-z])(?:content|contents|detail|details|summary|overview)(?![a-z])(?=\s*(?:は|って|を|も)?\s*(?:教えて(?:ください)?|知りたい(?:です)?|お願い(?:します)?)?\s*[?？。]?\s*$)/gimu,
    "内容",
  ],
  // Who runs it: owner, オーナー — 担当課.
  [LATIN("owner|owners"), "担当課"],
  // (With the office's word for a unit after it — オーナー部署, オーナー部門, オーナー課 — the same: probe 453's
  // 「それのオーナー部署は？」 had been read as 担当課部署, and quoted so.)
  [/オーナー\s*(?:部署|部門|部局|課)?/g, "担当課"],
  // When it ends, asked at the end of a sentence (…のdeadlineいつ？, …の締め切りは？): until when — いつまで？.
  [
    /(?:の|は|って)?\s*(?:(?<![a-z])(?:deadline|due)(?![a-z])|デッドライン|締め?切り|締切)\s*(?:は|って)?\s*(?:いつ(?:まで)?(?:です|でしょう)?か?)?\s*(?=[?？。]?\s*$)/gimu,
    "はいつまで",
  ],
  // Elsewhere, its last year (deadlineがR4の事業) — 最終年度.
  [LATIN("deadline|due"), "最終年度"],
  [/デッドライン|締め?切り|締切/g, "最終年度"],
  // Ending and starting: complete, finish, close, done — 完了; new — 新規.
  [LATIN("complete|completed|completion|finish|finished|close|closed|done"), "完了"],
  [LATIN("new"), "新規"],
  // The same in katakana, as a project's phases are talked of in a company (probe 232): クローズ — 完了 (not
  // クローズアップ); ローンチ, キックオフ — 開始; アサイン — 担当.
  [/クローズ(?!アップ)|クロージング/g, "完了"],
  [/ローンチ|キックオフ/g, "開始"],
  [/アサイン/g, "担当"],
  // A phase: after a direction, the direction itself (縮小フェーズに入った, 拡充の段階); counted, years (2フェーズ続いた);
  // asked (どのフェーズ), the direction. A milestone of a year is what the plan writes in it (R7のマイルストーン,
  // マイルストーンが引かれてる).
  [/(?<=(?:新規完了|臨時拡充|新規|継続|拡充|縮小|完了)\s*)(?:の\s*)?(?:フェーズ|段階)/g, ""],
  [/(?<=[0-9０-９一二三四五])\s*フェーズ/g, "年"],
  [/フェーズ|マイルストーン/g, "方向性"],
  [/(?<=方向性\s*(?:が|は|の)?\s*)引かれ/g, "書かれ"],
  // A roadmap, as a company says the plan's years (R5以降はロードマップに載ってない, R7までロードマップに載っている): the plan
  // — 計画 — as 計画に載ってる is read (probe 459: cut into ロード and マップ, a road project had answered).
  [/ロード\s*マップ|ロードマップ/g, "計画"],
  // A status changing or staying (ステータス変わってない, ステータスが変わった): the direction's — 方向性 (probe 459: the
  // status said right before its verb had been searched, 0件).
  [/(?:ステータス|ｽﾃｰﾀｽ|(?<![a-z])status(?![a-z]))(?=\s*(?:変わ|かわ|変化|変更|同じ|おなじ))/gi, "方向性が"],
  // Running, as a project runs (R5も動いてる？, まだ動いてる案件): listed and carried on — やってる (probe 459: 0件 with no
  // いいえ where やってる had one).
  [
    /(?<=(?:[rR]\s*\d{1,2}|年度|も|まだ|今も|いまも|現在も)\s*(?:も|に|で|は)?\s*)動いて(?=\s*(?:る|いる|います|ます|た|いた))/g,
    "やって",
  ],
  // Business words for the plan's own: KPI — its 成果指標; ステークホルダー — 関係者; ブランディング — ブランド.
  [LATIN("kpi|kpis"), "成果指標"],
  [/ステークホルダー/g, "関係者"],
  [/ブランディング/g, "ブランド"],
  // The plan's projects called by the office's words for a piece of work: タスク, 案件, project — 事業.
  [/タスク|案件/g, "事業"],
  [LATIN("project|projects|task|tasks"), "事業"],
  // A budget and online work in English (probe 257: budget増えた, online申請 — online had been cut into on and line):
  // 予算, which a direction's words read (予算が増えた is 拡充); オンライン, the plan's word.
  [LATIN("budget|budgets"), "予算"],
  [LATIN("online"), "オンライン"],
  // The words of asking and of the plan's own columns typed in English (probe 386: direction, start, schedule and
  // meaning had each been searched as a word, emptying an answer whose conditions were read right): 方向性, 開始, 予定,
  // 意味, なぜ, 継続 — and the things a question names, facility and booking (施設, 予約), support (支援); sorry opens a
  // correction (ごめん).
  [LATIN("direction|directions"), "方向性"],
  [LATIN("start|starts|started|starting"), "開始"],
  [LATIN("schedule|schedules"), "予定"],
  [LATIN("meaning|mean"), "意味"],
  [LATIN("why"), "なぜ"],
  [LATIN("continue|continues|continued|continuing"), "継続"],
  [LATIN("facility|facilities"), "施設"],
  [LATIN("booking|bookings|reservation|reservations"), "予約"],
  [LATIN("support|supports"), "支援"],
  [LATIN("system|systems"), "システム"],
  [LATIN("sorry"), "ごめん"],
  // サービス said of what a verb or an adjective tells (新しく始まったサービス, もう終わってしまったサービス, 使える
  // サービス): the residents' word for a project — not a name's (行政サービス, ぴったりサービス) (probe 240: searched as a
  // word of names, びったりサービス had answered).
  [/(?<=(?:[るたうくつぬむ]|しい|ない)\s*)サービス(?=\s*(?:って|は|が|を|も|で|[?？。]|$))/g, "事業"],
  // プロジェクト said as a word of its own — after の, a verb, a particle or nothing (マイナンバーカード関連のプロジェクト,
  // 縮小フェーズに入るプロジェクト, プロジェクト一覧): the plan's projects, 事業 (probe 453: searched as a word, it had put the
  // two projects whose text holds it first, or made them the only answers). Not the end of a compound, which is the
  // plan's own word (えんがわ（市民活動センター）プロジェクト, 開発プロジェクト — and said of either name's word, えんがわの
  // プロジェクト, 市民活動センターのプロジェクト) (probe 132).
  [
    /(?<=^|[\s、,。！？!?「」のはがをにでともやるただうくすつむいぬ])(?<!(?:えんがわ|センター|開発)\s*の?\s*)プロジェクト/gu,
    "事業",
  ],
  // A theme: 〜関連 after a word, before の, は or the end (ICT関連の事業, DX関連は？) — 〜関係. (Not the plan's own
  // おくやみ関連手続き, nor 関連する.)
  [/(?<=[\p{Script=Han}\p{Script=Katakana}a-zA-Z0-9ー])関連(?=\s*(?:の|は|で|って|事業|[?？]|$))/gu, "関係"],
];

/** A quick test that a text may have any of the words: most questions have none, and pay nothing more. */
const MAY_HAVE =
  /[a-z]{3}|kpi|ロード|動いて|ステータス|ｽﾃｰﾀｽ|状況|現状|今の状態|オーナー|デッドライン|締め?切|タスク|案件|関連|プロジェクト|サービス|クロー|ローンチ|キックオフ|アサイン|フェーズ|段階|マイルストーン|ステークホルダー|ブランディング/i;

/** The text with each loanword above read as the plan's Japanese. */
/** Whether a word alone is one of the office's loanwords these rules read (online, owner, done). */
export const readsAsLoanword = (word: string): boolean =>
  RULES.some(([pattern]) => new RegExp(pattern.source, pattern.flags.replace("g", "")).test(word));

export function plainLoanwords(text: string): string {
  if (!MAY_HAVE.test(text)) return text;
  const status = (
    BREAK.test(text.replace(/[?？。\s]+$/u, "")) ? text : text.replace(STATUS_ASKED, "はいつまで")
  ).replace(STATUS_OF_PROJECTS, "");
  return rewritten(status, MAY_HAVE, RULES);
}
