import { describe, expect, it } from "vitest";
import { perText } from "../../src/answer/understand/util.js";

// A reading of a text remembered for the last few texts: the same answer, read once while it is remembered.
describe("a reading remembered per text", () => {
  const counted = (size?: number) => {
    const reads: string[] = [];
    const read = perText((text: string) => {
      reads.push(text);
      return text.toUpperCase();
    }, size);
    return { read, reads };
  };

  it("gives what the reading gives", () => {
    const { read } = counted();
    expect(read("ab")).toBe("AB");
    expect(read("ab")).toBe("AB");
    expect(read("cd")).toBe("CD");
  });

  it("reads a text again only after it is forgotten", () => {
    const { read, reads } = counted(2);
    read("a");
    read("a");
    read("b");
    expect(reads).toEqual(["a", "b"]);
    read("c"); // a, the least recently read, is forgotten
    read("b");
    read("a");
    expect(reads).toEqual(["a", "b", "c", "a"]);
  });

  it("keeps the text read most recently, not the one read first", () => {
    const { read, reads } = counted(2);
    read("a");
    read("b");
    read("a"); // a is now the most recent: b goes first
    read("c");
    read("a");
    expect(reads).toEqual(["a", "b", "c"]);
  });

  it("remembers a reading of false as well as true", () => {
    let calls = 0;
    const read = perText((text: string) => {
      calls++;
      return text.length > 3;
    });
    expect(read("ab")).toBe(false);
    expect(read("ab")).toBe(false);
    expect(calls).toBe(1);
  });
});
