// Per-document term statistics packed into typed arrays: sorted term ids with a value and a flag each,
// looked up by binary search. Thousands of documents then hold no per-term objects for the GC to trace.

export class Vocabulary {
  private readonly ids = new Map<string, number>();

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  static from(terms: readonly string[]): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const term of terms) vocabulary.intern(term);
    return vocabulary;
  }

  /** Every term, by id. */
  terms(): string[] {
    return [...this.ids.keys()];
  }

  /** -1 for a term no document holds. */
  id(term: string): number {
    return this.ids.get(term) ?? -1;
  }
}

export interface PackedTerms {
  ids: Int32Array;
  values: Float32Array;
  flags: Uint8Array;
}

export function packTerms(
  values: ReadonlyMap<string, number>,
  flagged: ReadonlySet<string>,
  vocabulary: Vocabulary,
): PackedTerms {
  const entries = [...values].map(([term, value]) => ({
    id: vocabulary.intern(term),
    value,
    flag: flagged.has(term) ? 1 : 0,
  }));
  entries.sort((a, b) => a.id - b.id);
  return {
    ids: Int32Array.from(entries, (e) => e.id),
    values: Float32Array.from(entries, (e) => e.value),
    flags: Uint8Array.from(entries, (e) => e.flag),
  };
}

/** The position of `id` in `packed`, or -1. */
export function findTerm(packed: PackedTerms, id: number): number {
  let lo = 0;
  let hi = packed.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = packed.ids[mid] as number;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
