// Loads kuromoji's tokenizer, the heaviest thing plan-bot carries. Its dictionary is resolved from the
// installed package, never from the working directory. plan-bot feeds kuromoji's own dictionary loader
// with the inflated files from a disk cache (dictionary-cache.ts) and reads the word → entries map lazily
// (target-map.ts): the same dictionary, byte for byte, in ~0.2 s and ~140 MB instead of ~0.7 s and ~370 MB.
// Load it once per process.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { BoundedMap } from "./bounded-map.js";
import { DEFAULT_CACHE_DIR } from "./cache-dir.js";
import { openDictionaryCache } from "./dictionary-cache.js";
import { searchPrefixesInPlace } from "./prefix-search.js";
import { type JapaneseTokenizer, kuromojiDictDir } from "./stock-tokenizer.js";
import { packedTargetMap } from "./target-map.js";
import { classesWithoutPadding, targetMapWithoutPadding } from "./unknown-words.js";

export type { JapaneseTokenizer };
export { kuromojiDictDir };

const require = createRequire(import.meta.url);

export interface TokenizerOptions {
  dicPath?: string | undefined;
  /** Where the inflated dictionary is kept between starts (the default cache folder when absent); null:
   * inflate it at every start. */
  cacheDir?: string | null | undefined;
}

const loading = new Map<string, Promise<JapaneseTokenizer>>();

/**
 * Loads the tokenizer once per process and dictionary: a second caller shares the first load, whatever
 * cache it names (the cache changes how fast the dictionary loads, never what it holds).
 */
export function loadTokenizer(options: TokenizerOptions = {}): Promise<JapaneseTokenizer> {
  const dicPath = options.dicPath ?? kuromojiDictDir();
  let tokenizer = loading.get(dicPath);
  if (!tokenizer) {
    const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
    tokenizer = buildTokenizer(dicPath, cacheDir).then((built) => built.tokenizer);
    loading.set(dicPath, tokenizer);
    tokenizer.catch(() => loading.delete(dicPath));
  }
  return tokenizer;
}

export interface BuiltTokenizer {
  tokenizer: JapaneseTokenizer;
  /** Where the dictionary's bytes came from: the inflated cache, or the package's gzip files. */
  source: "cache" | "package";
  /** Settles when the inflated dictionary has been written to the cache (at once when there is nothing to write). */
  saved: Promise<void>;
}

const inflate = promisify(gunzip);

/** Builds a tokenizer every time it is called; `loadTokenizer` is the one to use. */
export async function buildTokenizer(dicPath: string, cacheDir: string | null): Promise<BuiltTokenizer> {
  const cache = cacheDir === null ? null : openDictionaryCache(dicPath, cacheDir);
  if (cache?.files) {
    try {
      const tokenizer = await construct(dicPath, cache.files);
      setImmediate(() => void cache.tidy());
      return { tokenizer, source: "cache", saved: Promise.resolve() };
    } catch {
      // An unreadable cache: the dictionary is inflated again and the cache replaced.
    }
  }
  const inflated = new Map<string, ArrayBuffer>();
  const tokenizer = await construct(dicPath, async (name) => {
    const bytes = await inflate(await readFile(join(dicPath, name)));
    // zlib's output usually owns its whole ArrayBuffer (kuromoji's loader copies it regardless).
    const whole =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : new Uint8Array(bytes).buffer;
    inflated.set(name, whole);
    return whole;
  });
  // Written after the first answer is on its way, not before it.
  const saved = cache
    ? new Promise<void>((resolve) => setImmediate(() => void cache.save(inflated).then(resolve)))
    : Promise.resolve();
  return { tokenizer, source: "package", saved };
}

async function construct(
  dicPath: string,
  file: (name: string) => Promise<ArrayBuffer>,
): Promise<JapaneseTokenizer> {
  const DictionaryLoader =
    require("kuromoji/src/loader/DictionaryLoader.js") as typeof import("kuromoji/src/loader/DictionaryLoader.js");
  const Tokenizer = require("kuromoji/src/Tokenizer.js") as typeof import("kuromoji/src/Tokenizer.js");
  const loader = new DictionaryLoader(dicPath);
  loader.loadArrayBuffer = (path, callback) => {
    file(basename(path)).then(
      (buffer) => callback(null, buffer),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
  const words = loader.dic.token_info_dictionary;
  const parseEagerly = words.loadTargetMap.bind(words);
  words.loadTargetMap = (bytes) => {
    const lazy = packedTargetMap(bytes);
    if (!lazy) return parseEagerly(bytes);
    words.target_map = lazy;
    return words;
  };
  const loadUnknown = loader.dic.loadUnknownDictionaries.bind(loader.dic);
  loader.dic.loadUnknownDictionaries = (unk, pos, map, categories, compatible, invoke) =>
    loadUnknown(
      unk,
      pos,
      targetMapWithoutPadding(map),
      categories,
      compatible,
      classesWithoutPadding(invoke),
    );
  return new Promise((resolvePromise, reject) => {
    loader.load((error, dictionaries) => {
      if (error) reject(error);
      else {
        rememberFeatures(words);
        searchPrefixesInPlace(loader.dic.trie);
        resolvePromise(new Tokenizer(dictionaries));
      }
    });
  });
}

/** How many words' features are kept decoded: the words a few thousand questions use (well under 1 MB). */
export const REMEMBERED_FEATURES = 4096;

/**
 * kuromoji decodes a word's features (品詞, 原形, 読み) from the dictionary's bytes, one byte at a time, for every
 * word of every answer. The same words recur in every question (particles, 事業, 令和): the last few thousand
 * decoded are kept, the oldest dropped first. A cache of the dictionary, not of answers: what it returns is what the
 * bytes say.
 */
function rememberFeatures(words: { getFeatures(id: string): string }): void {
  const decode = words.getFeatures.bind(words);
  const kept = new BoundedMap<string, string>(REMEMBERED_FEATURES);
  words.getFeatures = (id) => kept.get(id) ?? kept.remember(id, decode(id));
}
