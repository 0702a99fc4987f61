// The benchmark's reference: a plain node process that builds kuromoji's tokenizer and tokenizes one line.
import { loadTokenizer } from "../search/tokenizer.js";

const tokenizer = await loadTokenizer();
process.stdout.write(`${tokenizer.tokenize("マイナンバーカードの担当課は？").length}\n`);
