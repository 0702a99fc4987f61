// kuromoji's map from a dictionary word (its trie id) to its token entries, read lazily. kuromoji itself
// parses tid_map.dat into a plain object of ~390,000 arrays at every start (~110–150 ms and ~60 MB of heap here);
// this reads the same file into typed arrays in one pass and looks a word up, by a table from its id, when the
// tokenizer asks for it. Only the lookup `map[trieId]` is supported: it is all kuromoji's Viterbi builder uses.
import { BoundedMap } from "./bounded-map.js";

/** tid_map.dat: int32 count, then per word: int32 trie id, int32 n, n × int32 token-info id (little-endian). */
export function packedTargetMap(bytes: Uint8Array): Record<number, ArrayLike<number>> | null {
  if (bytes.byteOffset % 4 !== 0 || bytes.byteLength % 4 !== 0 || !littleEndian()) return null;
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const capacity = words[0] ?? 0;
  if (capacity < 0) return null;
  const keys = new Int32Array(capacity);
  const starts = new Int32Array(capacity);
  const counts = new Int32Array(capacity);
  let size = 0;
  let at = 1;
  while (at + 1 < words.length) {
    const key = words[at] as number;
    const count = words[at + 1] as number;
    at += 2;
    // The file is zero-padded at its end; a (0, 0) pair adds nothing, as in kuromoji's own reader.
    if (count === 0) continue;
    if (count < 0 || at + count > words.length || size === capacity) return null;
    // Keys are written in ascending order; anything else is a dictionary this reader does not know.
    if (size > 0 && key <= (keys[size - 1] as number)) return null;
    keys[size] = key;
    starts[size] = at;
    counts[size] = count;
    size++;
    at += count;
  }
  // Trie ids are dense (0 … ~392,000 for IPADIC): a direct table from id to slot + 1 (0: no entry) finds a word in one
  // step (1.6 MB), where a binary search took ~19 — the Viterbi builder asks at every prefix of every position.
  const maxKey = size > 0 ? (keys[size - 1] as number) : -1;
  if (maxKey > MAX_DIRECT_KEY || (size > 0 && (keys[0] as number) < 0)) return null;
  const slotOf = new Int32Array(maxKey + 1);
  for (let i = 0; i < size; i++) slotOf[keys[i] as number] = i + 1;
  // A word's entries, once asked for, are kept: the same few thousand words are looked up again and again.
  const seen = new BoundedMap<number, Int32Array>(KEPT_WORDS);
  return new Proxy({} as Record<number, ArrayLike<number>>, {
    get(_target, property) {
      if (typeof property !== "string") return undefined;
      const key = Number(property);
      const kept = seen.get(key);
      if (kept) return kept;
      const slot = key >= 0 && key <= maxKey ? (slotOf[key] as number) - 1 : -1;
      if (slot < 0) return undefined;
      const start = starts[slot] as number;
      const entries = words.subarray(start, start + (counts[slot] as number));
      return seen.remember(key, entries);
    },
  });
}

/** How many words' entries are kept between lookups (a view each, ~100 bytes). */
const KEPT_WORDS = 16384;

/** Above this, a dictionary's ids are not the dense ones this reader is for (IPADIC's reach ~392,000). */
const MAX_DIRECT_KEY = 1 << 24;

function littleEndian(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}
