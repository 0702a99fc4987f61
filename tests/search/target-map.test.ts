import { describe, expect, it } from "vitest";
import { packedTargetMap } from "../../src/search/target-map.js";

/** tid_map.dat as kuromoji writes it: count, then (key, n, n values) per word, then zero padding. */
const file = (entries: [number, number[]][], padding = 0) =>
  new Uint8Array(
    new Int32Array([
      entries.length,
      ...entries.flatMap(([k, vs]) => [k, vs.length, ...vs]),
      ...Array(padding).fill(0),
    ]).buffer,
  );
const values = (map: Record<number, ArrayLike<number>> | null, key: number) => {
  const found = map?.[key];
  return found === undefined ? undefined : Array.from(found);
};

describe("the lazy word map", () => {
  it("finds every word's entries, as kuromoji's own reader does", () => {
    const map = packedTargetMap(
      file(
        [
          [2, [10, 20]],
          [5, [30]],
          [9, [40, 50, 60]],
        ],
        8,
      ),
    );
    expect(values(map, 2)).toEqual([10, 20]);
    expect(values(map, 5)).toEqual([30]);
    expect(values(map, 9)).toEqual([40, 50, 60]);
  });

  it("answers undefined for a word it does not hold, and for anything not a number", () => {
    const map = packedTargetMap(file([[2, [10]]]));
    expect(values(map, 3)).toBeUndefined();
    expect(values(map, 0)).toBeUndefined();
    expect((map as Record<string, unknown>).then).toBeUndefined();
  });

  it("answers undefined for an id below zero or beyond the last word, and the same entries when asked again", () => {
    const map = packedTargetMap(file([[2, [10]]]));
    expect(values(map, -1)).toBeUndefined();
    expect(values(map, 3000)).toBeUndefined();
    expect(values(map, 2)).toEqual([10]);
    expect(values(map, 2)).toEqual([10]);
  });

  it("gives up (so kuromoji's reader is used) on ids that are not the dense ones of IPADIC", () => {
    expect(packedTargetMap(file([[2 ** 25, [1]]]))).toBeNull();
    expect(
      packedTargetMap(
        file([
          [-4, [1]],
          [2, [3]],
        ]),
      ),
    ).toBeNull();
  });

  it("gives up (so kuromoji's reader is used) on a file out of order or cut short", () => {
    expect(
      packedTargetMap(
        file([
          [5, [1]],
          [2, [3]],
        ]),
      ),
    ).toBeNull();
    expect(packedTargetMap(file([[2, [1, 2, 3]]]).subarray(0, 16))).toBeNull();
    expect(packedTargetMap(new Uint8Array(6))).toBeNull();
  });
});
