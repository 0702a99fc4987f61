import { describe, expect, it } from "vitest";
import { withoutPadding } from "../../src/search/invoke-definitions.js";

// Two classes as kuromoji writes them: invoke, group, int32 max length, name, NUL.
const A = [1, 0, 0, 0, 0, 0, 0x41, 0];
const BC = [0, 1, 2, 0, 0, 0, 0x42, 0x43, 0];

describe("the unknown-word character classes without their padding", () => {
  it("end at the last name's terminator", () => {
    const padded = Uint8Array.from([...A, ...BC, 0, 0, 0, 0, 0, 0, 0]);
    expect([...withoutPadding(padded)]).toEqual([...A, ...BC]);
  });

  it("are the same bytes, not a copy", () => {
    const padded = Uint8Array.from([...A, 0, 0, 0]);
    const trimmed = withoutPadding(padded);
    expect(trimmed.buffer).toBe(padded.buffer);
    expect(trimmed.byteOffset).toBe(0);
  });

  it("keep definitions without padding whole, even one whose last name lacks its terminator", () => {
    expect([...withoutPadding(Uint8Array.from([...A, ...BC]))]).toEqual([...A, ...BC]);
    expect([...withoutPadding(Uint8Array.from([...A, 0, 0, 0, 0, 0, 0x42]))]).toEqual([
      ...A,
      0,
      0,
      0,
      0,
      0,
      0x42,
    ]);
  });

  it("leave a buffer of zeros alone", () => {
    expect(withoutPadding(new Uint8Array(4)).length).toBe(4);
  });
});
