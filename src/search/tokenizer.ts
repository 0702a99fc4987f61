// Loads kuromoji's tokenizer. Its dictionary is resolved from the installed package, never from the
// working directory, and it is the heaviest thing plan-bot carries (~0.5–1 s, ~300 MB): load it once.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IpadicFeatures, Tokenizer } from "kuromoji";

export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

export function kuromojiDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("kuromoji/package.json")), "dict");
}

const loading = new Map<string, Promise<JapaneseTokenizer>>();

/** Loads the tokenizer once per process (and dictionary folder): a second caller shares the first load. */
export function loadTokenizer(dicPath: string = kuromojiDictDir()): Promise<JapaneseTokenizer> {
  let tokenizer = loading.get(dicPath);
  if (!tokenizer) {
    tokenizer = build(dicPath);
    loading.set(dicPath, tokenizer);
    tokenizer.catch(() => loading.delete(dicPath));
  }
  return tokenizer;
}

async function build(dicPath: string): Promise<JapaneseTokenizer> {
  const { default: kuromoji } = await import("kuromoji");
  return new Promise((resolvePromise, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolvePromise(tokenizer);
    });
  });
}
