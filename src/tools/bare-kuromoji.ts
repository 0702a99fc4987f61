// The benchmark's reference: a plain node process that builds kuromoji's tokenizer as kuromoji's README does
// (its own loader, inflating the gzip dictionary) and tokenizes one line. With `--plan-bot-loader` it builds it
// with plan-bot's loader instead (the inflated dictionary from the cache, the lazy word map), and nothing else.
import { loadStockTokenizer } from "../search/stock-tokenizer.js";

async function planBotLoader() {
  const { loadTokenizer } = await import("../search/tokenizer.js");
  return loadTokenizer(process.env.PLAN_CACHE_DIR ? { cacheDir: process.env.PLAN_CACHE_DIR } : {});
}

const tokenizer = process.argv.includes("--plan-bot-loader")
  ? await planBotLoader()
  : await loadStockTokenizer();
process.stdout.write(`${tokenizer.tokenize("マイナンバーカードの担当課は？").length}\n`);
