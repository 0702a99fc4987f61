// kuromoji exactly as its README builds it, and where its dictionary lives (resolved from the installed
// package, never from the working directory). The benchmark's reference and the tests' yardstick for
// plan-bot's own loader; it imports nothing of plan-bot, so the reference pays for nothing of ours.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";

export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

export function kuromojiDictDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve("kuromoji/package.json")), "dict");
}

export async function loadStockTokenizer(dicPath: string = kuromojiDictDir()): Promise<JapaneseTokenizer> {
  const { default: kuromoji } = await import("kuromoji");
  return new Promise((resolvePromise, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolvePromise(tokenizer);
    });
  });
}
