// The parts of kuromoji's own modules that plan-bot's dictionary loader uses. @types/kuromoji describes only
// the builder; these modules are plain CommonJS files in the package (kuromoji 0.1.x has no exports map).
declare module "kuromoji/src/loader/DictionaryLoader.js" {
  interface TokenInfoDictionary {
    target_map: Record<number, ArrayLike<number>>;
    loadTargetMap(buffer: Uint8Array): TokenInfoDictionary;
    /** A word's features (品詞, 原形, 読み…) joined by ",", decoded from the dictionary's bytes. */
    getFeatures(id: string): string;
  }
  interface DynamicDictionaries {
    token_info_dictionary: TokenInfoDictionary;
    /** The dictionary's words as a double-array trie (the doublearray package). */
    trie: import("./prefix-search.js").DoubleArrayTrie;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      categories: Uint8Array,
      compatible: Uint32Array,
      invoke: Uint8Array,
    ): DynamicDictionaries;
  }
  type Callback<T> = (error: Error | null, value?: T) => void;
  class DictionaryLoader {
    constructor(dicPath: string);
    dic: DynamicDictionaries;
    /** Called unbound, with a full file path such as `<dicPath>/base.dat.gz`. */
    loadArrayBuffer: (file: string, callback: Callback<ArrayBuffer>) => void;
    load(callback: Callback<DynamicDictionaries>): void;
  }
  export = DictionaryLoader;
}

declare module "kuromoji/src/Tokenizer.js" {
  import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from "kuromoji";

  const Tokenizer: new (dictionaries: unknown) => KuromojiTokenizer<IpadicFeatures>;
  export = Tokenizer;
}
