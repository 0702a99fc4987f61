// Messages about the bot itself, not about the plan (probe 103): how to use it (何ができるの？), where its data comes
// from and how current it is (このデータはいつ時点？, 元の資料はどこ？), the daily digest (毎朝の通知って何？), how to tell it
// an answer was wrong, and thanks or an acknowledgement (ありがとう, 了解です). Each is read from the whole of the
// message's last sentence, so that a plan question holding one of these words (「データ連携の事業」「通知の電子化」) is still
// a plan question — and only when no sentence before it names something of the plan (「R5に完了する事業を教えてください。
// この情報は最新ですか？」 asks for the list); a short message, failing those, by two cues together (see CUES).

/** What a message asks of the bot: its use, its data, its digest, or nothing (thanks, an acknowledgement). */
export type AboutBot = "usage" | "data" | "digest" | "feedback" | "thanks";

/** The bot named as the subject, before what is asked of it (このボットって, botは, あなたは, ここでは). */
const BOT = "(?:(?:この|その)?\\s*(?:ボット|ぼっと|bot|plan-?bot|プランボット)|あなた|君|きみ|ここ)";
// (これ too, before what it can be asked: 「これ何きけるの」 — probe 391 had searched nothing and found nothing.)
const TOPIC = `(?:(?:${BOT}|これ)\\s*(?:って|は|で|に|では|には|の)?\\s*)?`;
/** The polite or casual close of a short question (の, んですか, ますか, かな, っけ, 教えて). */
const CLOSE =
  "(?:の|ん)?\\s*(?:です|ます|でしょう)?\\s*(?:か|かな|かね|っけ|の)?\\s*(?:(?:を|について)?\\s*(?:教えて(?:ください|下さい|くれる|もらえる|ほしい)?))?";

/** How to use it, or what it can be asked (使い方, 何ができるの？, どんなことが聞ける？, 何を聞けばいい？). */
const USAGE = new RegExp(
  `^${TOPIC}(?:使い方|つかいかた|ヘルプ|help|聞き方|質問の仕方|質問のしかた|できること|${BOT}\\s*(?:について|とは)?|(?:何|なに|どんなこと|どんな質問|どういう質問|どういうこと)\\s*(?:が|を)?\\s*(?:できる|でき(?=ます)|出来る|出来(?=ます)|聞ける|聞け(?=ます)|きける|訊ける|質問できる|質問でき(?=ます)|調べられる|調べられ(?=ます)|わかる|わかり(?=ます)|分かる|分かり(?=ます))|何\\s*を\\s*(?:聞けば|きけば|質問すれば)\\s*(?:いい|よい|良い)|どう(?:やって)?\\s*(?:使う|つかう|使えば(?:いい|よい)|聞けば(?:いい|よい)))\\s*(?:は|って)?\\s*${CLOSE}$`,
  "iu",
);

/** Where the data comes from, or as of when (このデータはいつ時点？, 元の資料はどこ？, 出典は？, 情報はいつの？). */
const DATA = new RegExp(
  `^${TOPIC}(?:(?:この|その|ここの|今の)?\\s*(?:データ|情報|資料)\\s*(?:は|って)?\\s*(?:いつ(?:時点|現在|の(?:もの|データ|情報|資料)?|時点の(?:もの)?)?|何年度(?:時点|の(?:もの|データ)?)?|最新|いつ\\s*(?:更新|作ら|作成|でき)[ぁ-ん]*?)|(?:いつ|何年度)\\s*の\\s*(?:データ|情報|資料|計画)|(?:(?:この)?計画\\s*の\\s*)?(?:元|もと)の?\\s*(?:資料|データ|計画|文書|ファイル)|出典|出所|原典|ソース|情報源|データ源|データの?(?:出どころ|出所|元|もと))\\s*(?:は|って)?\\s*(?:どこ|どれ|何|なに|なん)?\\s*(?:に|で)?\\s*(?:ある|あります|見られる|見れる)?\\s*${CLOSE}$`,
  "iu",
);

/**
 * The daily digest: named (ダイジェスト), or the morning's post (毎朝の通知って何？), or stopping or getting the posts
 * (通知を止めたい, 通知はどうやって受け取る？).
 */
const DIGEST = new RegExp(
  `^${TOPIC}(?:(?:毎朝|毎日|朝|このチャンネル|チャンネル)\\s*の?\\s*(?:通知|投稿|お知らせ|メッセージ|ダイジェスト)|(?:日次)?ダイジェスト|(?:通知|投稿)\\s*(?:を|は)?\\s*(?:止め|とめ|やめ|停止|オフ|解除|受け取|うけと|もらい|欲し|ほし|設定|登録|購読)[ぁ-ん]*)[^。？?]{0,12}?${CLOSE}$`,
  "iu",
);

/**
 * How to tell it an answer was wrong (答えが間違ってたらどうすればいい？, 間違いを報告したい, フィードバックの方法は？).
 */
const FEEDBACK = new RegExp(
  `^${TOPIC}(?:(?:答え|回答|結果)\\s*(?:が|は)?\\s*(?:間違|違って|違う|ちがう|おかし|変だ|変な)[^。？?]{0,16}?|(?:間違い|誤り|まちがい)\\s*(?:を|は|が)?\\s*(?:見つけ|報告|連絡|伝え|知らせ)[^。？?]{0,12}?|(?:フィードバック|報告)\\s*(?:を|は|の)?\\s*(?:したい|する|方法|仕方|しかた|どう)[^。？?]{0,12}?)${CLOSE}$`,
  "iu",
);

/** Courtesies alone (ありがとう, 助かりました, 了解です, なるほど, OK): nothing asked. */
const COURTESY =
  /^(?:(?:なるほど|了解|りょうかい|承知(?:しました|いたしました|致しました)|わかりました|分かりました|わかった|分かった|助かりました|助かります|助かる|ありがとう(?:ございます|ございました)?|ありがと|サンキュー|thanks|thank\s*you|thx|どうも|ok|おk|おけ|いいね|すごい|さすが|完璧)\s*(?:です|でした)?\s*[!！。、,.…〜~ーw笑👍🙏]*\s*)+$/iu;
/** Thanks among them (ありがとう, 助かりました): answered どういたしまして; the others are acknowledged. */
const THANKS = /ありがと|助か|サンキュー|thank|thx/iu;

/** A reaction sent alone (👍, 🙏): an acknowledgement, as a courtesy in words is. */
const REACTION = /^\s*[👍👌🙏🙇✨😊🙂😀😄🆗][\s👍👌🙏🙇✨😊🙂😀😄🆗]*$/u;

/**
 * Cues for a short message about the bot however it is worded (probe 107: 「このデータっていつ時点の情報ですか？」「毎朝
 * チャンネルに流れてくる投稿って何？止めたいんだけど」「答えが間違ってたらどうやって伝えればいいですか」): two words
 * that together can only be about the bot, in a message that names nothing of the plan. The data: data or its source
 * said as the bot's (このデータ, 元になっている資料 — not 口座振替のデータ) beside when, where or whence.
 */
const CUES: readonly (readonly [AboutBot, RegExp, RegExp])[] = [
  [
    "data",
    /(?:^|この|その|ここの|今の|ボットの|botの|あなたの)\s*(?:データ|情報|資料)(?![\p{Script=Han}\p{Script=Katakana}ー])|(?:元|もと)(?:に\s*なって(?:いる|る)|の)\s*(?:資料|データ|計画)(?![\p{Script=Han}\p{Script=Katakana}ー])|出典|情報源/iu,
    /いつ|時点|最新|更新|どこ|出典|来て|見られ|見れ|情報源/u,
  ],
  ["digest", /毎朝|毎日|朝の|朝に|チャンネルに|ダイジェスト/u, /投稿|通知|お知らせ|ダイジェスト/u],
  [
    "feedback",
    /(?:答え|回答)\s*(?:が|は)?\s*(?:間違|違って|違う|ちがう|おかし)/u,
    /伝え|報告|知らせ|連絡|どう(?:すれば|したら|やって)/u,
  ],
];
/** The longest message read by its cues: a longer one is about something else too. */
const CUE_MESSAGE = 60;

/** Something of the plan named in a sentence: a project, a unit, a year, a code. */
const OF_THE_PLAN = /事業|取組|取り組み|施策|課|[rｒRＲ]\s*\d|令和|年度|\d+\s*[-－ー]\s*\d+/u;

/** Punctuation and emoji around a short message: none of them ask anything. */
const AROUND = /[\s、。,.！!？?…〜~\p{Extended_Pictographic}]+/gu;

/** What `ask` (the asking part of a message, register already taken off) asks of the bot, or null. */
export function aboutBot(ask: string): AboutBot | null {
  if (REACTION.test(ask)) return "thanks";
  // (The last sentence asks: 「はじめまして。新しく配属されました。このbotは何を聞けばいいですか？」.)
  const sentences = ask.split(/[。！!？?\n]+/u).filter((s) => s.replace(AROUND, "").length > 0);
  if (sentences.slice(0, -1).some((s) => OF_THE_PLAN.test(s))) return null;
  const last = sentences.at(-1) ?? "";
  const bare = last.replace(AROUND, "");
  if (bare.length === 0) return null;
  if (COURTESY.test(bare)) return "thanks";
  if (USAGE.test(bare)) return "usage";
  if (DATA.test(bare)) return "data";
  if (DIGEST.test(bare)) return "digest";
  if (FEEDBACK.test(bare)) return "feedback";
  // Short, and naming nothing of the plan (the sentences before the last are known not to): read by its cues, over
  // its sentences together.
  const whole = sentences.join("。");
  if (whole.length > CUE_MESSAGE || OF_THE_PLAN.test(last)) return null;
  for (const [about, one, other] of CUES) if (one.test(whole) && other.test(whole)) return about;
  return null;
}

/** Whether a courtesy said thanks (ありがとう), rather than only acknowledged (了解です). */
export const saysThanks = (message: string): boolean => THANKS.test(message);

/**
 * What a message says to the bot or asks of it, from its asking part with the register taken off (`stripped`) and the
 * whole message: 「ありがとう」 is all register, and is said to the bot as 「了解です」 is.
 */
export function aboutMessage(stripped: string, whole: string): AboutBot | null {
  const letters = (t: string) => /[\p{L}\p{N}]/u.test(t);
  return aboutBot(stripped) ?? (letters(whole) && !letters(stripped) && saysThanks(whole) ? "thanks" : null);
}
