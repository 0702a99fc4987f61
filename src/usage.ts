// What each command does and how it is called: one source for `--help`, each command's usage and the console.
import { alignRows } from "./args.js";

/** Each command's usage line(s) and what it does: one source for `--help` and the overall usage. */
export const COMMAND_HELP: Record<string, readonly (readonly [string, string])[]> = {
  export: [
    ["plan-bot export [--format json|csv|xlsx] [--output FILE]", "計画全体を JSON・CSV・Excel で出力"],
  ],
  ask: [
    ['plan-bot ask "<質問>" [--json]', "質問に答える（例: plan-bot ask 7-4-2）"],
    ["plan-bot ask --json < questions.txt", "1 行 1 問を読み、1 行 1 件の JSON を出力"],
  ],
  digest: [
    ["plan-bot digest [--date YYYY-MM-DD] [--json]", "その日のダイジェスト（投稿の種類つき）"],
    ["plan-bot digest --post CHANNEL", "その日のダイジェストを一度だけ投稿"],
  ],
  report: [
    ["plan-bot report [--since 30d] [--json]", "質問の記録: 件数、見つからなかった質問、「違う」の多い質問"],
    ["plan-bot report --purge", "記録した質問と評価をすべて削除"],
  ],
  console: [["plan-bot console", "対話コンソール（npm start と同じ、Slack なし）"]],
};

export const USAGE = `使い方:
${alignRows([...Object.values(COMMAND_HELP).flat(), ["plan-bot --version", "バージョンを表示"]])}`;

export const commandUsage = (name: string) => `使い方:\n${alignRows(COMMAND_HELP[name] ?? [])}`;
