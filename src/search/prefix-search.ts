// The dictionary lookup at the heart of kuromoji's tokenizer, without its allocations. For every position of a
// sentence, kuromoji asks its trie (the doublearray package) for the words that start there; doublearray encodes
// the whole rest of the sentence to UTF-8 in a new ArrayBuffer first, and copies and decodes the bytes of every
// word it finds. A sentence of n characters made n buffers and ~n²/2 characters of garbage. This walks the same
// trie one UTF-16 unit at a time, encoding each into the same three bytes, and stops where the trie does: the
// same words, in the same order, as the same records ({ k: the word, v: its id }).
//
// kuromoji's dictionary has no word outside the BMP (its Viterbi builder says so), and none holds a surrogate: a
// surrogate's three bytes, as if it were a character, match no word and the walk stops there, as doublearray's
// stops at the four bytes of a pair. A lone surrogate (a broken string, which JSON from Slack may carry) is no
// different, where doublearray's encoder returned null and the tokenizer threw.

/** The parts of doublearray's trie that the lookup reads. */
export interface DoubleArrayTrie {
  bc: { getBase(index: number): number; getCheck(index: number): number };
  commonPrefixSearch(key: string): PrefixMatch[];
}

/** A dictionary word at the start of the key: its text, and its record's id. */
export interface PrefixMatch {
  k: string;
  v: number;
}

const ROOT = 0;
const TERMINAL = 0;

/** Replaces the trie's common-prefix search with one that allocates nothing but its results. */
export function searchPrefixesInPlace(trie: DoubleArrayTrie): void {
  const { bc } = trie;
  // The child of `parent` by byte `code`, or -1.
  const step = (parent: number, code: number) => {
    const child = bc.getBase(parent) + code;
    return bc.getCheck(child) === parent ? child : -1;
  };
  trie.commonPrefixSearch = (key) => {
    const found: PrefixMatch[] = [];
    let node = ROOT;
    for (let at = 0; at < key.length; at++) {
      const code = key.charCodeAt(at);
      if (code < 0x80) node = step(node, code);
      else if (code < 0x800) {
        node = step(node, (code >>> 6) | 0xc0);
        if (node >= 0) node = step(node, (code & 0x3f) | 0x80);
      } else {
        node = step(node, (code >>> 12) | 0xe0);
        if (node >= 0) node = step(node, ((code >>> 6) & 0x3f) | 0x80);
        if (node >= 0) node = step(node, (code & 0x3f) | 0x80);
      }
      if (node < 0) break;
      // A word ends here when the node has the terminal child, a leaf holding -(its id) - 1 (every key ends with
      // the terminal, so it is always a leaf).
      const leaf = step(node, TERMINAL);
      if (leaf >= 0) found.push({ k: key.slice(0, at + 1), v: -bc.getBase(leaf) - 1 });
    }
    return found;
  };
}
