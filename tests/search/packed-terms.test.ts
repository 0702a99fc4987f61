import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTerm, packTerms, Vocabulary } from "../../src/search/packed-terms.js";

describe("packed terms", () => {
  it("find exactly the terms a map holds, with their values and flags", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.float({ noNaN: true, min: 0, max: 100 })),
        fc.array(fc.string()),
        (dict, probes) => {
          const vocabulary = new Vocabulary();
          const values = new Map(Object.entries(dict));
          const flagged = new Set([...values.keys()].filter((_, i) => i % 2 === 0));
          const packed = packTerms(values, flagged, vocabulary);
          for (const term of [...values.keys(), ...probes]) {
            const at = findTerm(packed, vocabulary.id(term));
            if (!values.has(term)) expect(at).toBe(-1);
            else {
              expect(packed.values[at]).toBeCloseTo(values.get(term) as number, 3);
              expect(packed.flags[at]).toBe(flagged.has(term) ? 1 : 0);
            }
          }
        },
      ),
    );
  });
});
