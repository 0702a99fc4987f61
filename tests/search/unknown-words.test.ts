import { describe, expect, it } from "vitest";
import { classesWithoutPadding, targetMapWithoutPadding } from "../../src/search/unknown-words.js";

// Two classes as kuromoji writes them: invoke, group, int32 max length, name, NUL.
const A = [1, 0, 0, 0, 0, 0, 0x41, 0];
const BC = [0, 1, 2, 0, 0, 0, 0x42, 0x43, 0];
const int32 = (...values: number[]) => [...new Uint8Array(Int32Array.from(values).buffer)];
const padded = (bytes: number[], zeros: number) => Uint8Array.from([...bytes, ...new Array(zeros).fill(0)]);

describe("the unknown-word character classes without their padding", () => {
  it("end at the last name's terminator", () => {
    expect([...classesWithoutPadding(padded([...A, ...BC], 40))]).toEqual([...A, ...BC]);
  });

  it("are the same bytes, not a copy", () => {
    const bytes = padded(A, 9);
    const trimmed = classesWithoutPadding(bytes);
    expect(trimmed.buffer).toBe(bytes.buffer);
    expect(trimmed.byteOffset).toBe(0);
  });

  it("keep every class when there is no padding", () => {
    expect([...classesWithoutPadding(Uint8Array.from([...A, ...BC]))]).toEqual([...A, ...BC]);
  });

  it("leave a last name without its terminator as it is", () => {
    const cut = Uint8Array.from([...A, 0, 1, 2, 0, 0, 0, 0x42]);
    expect(classesWithoutPadding(cut)).toBe(cut);
  });

  it.each([
    ["two bytes", [1, 0]],
    ["its six fixed bytes and no name", [1, 0, 0, 0, 0, 0]],
  ])("end before a last class cut short to %s: it is no class", (_, tail) => {
    expect([...classesWithoutPadding(Uint8Array.from([...A, ...tail]))]).toEqual(A);
  });

  it("are empty when the file is only padding", () => {
    expect(classesWithoutPadding(new Uint8Array(64)).length).toBe(0);
  });
});

describe("the unknown-word map without its padding", () => {
  const map = int32(2, 0, 1, 7, 5, 2, 0, 9);

  it("ends after its count of classes, even where the last entry id is zero", () => {
    expect([...targetMapWithoutPadding(padded(map, 64))]).toEqual(map);
  });

  it("ends after an entry with no ids, when that is the last", () => {
    const lastEmpty = int32(2, 0, 1, 7, 5, 0);
    expect([...targetMapWithoutPadding(padded(lastEmpty, 32))]).toEqual(lastEmpty);
  });

  it("is the whole map when there is no padding", () => {
    expect([...targetMapWithoutPadding(Uint8Array.from(map))]).toEqual(map);
  });

  it.each([
    ["shorter than its count says", int32(3, 0, 1, 7)],
    ["with a negative number of entries", [...int32(1, 0, -1), ...new Array(16).fill(0)]],
    ["shorter than a count", [1, 0]],
  ])("is left as it is when it is %s", (_, bytes) => {
    const odd = Uint8Array.from(bytes);
    expect(targetMapWithoutPadding(odd)).toBe(odd);
  });
});
