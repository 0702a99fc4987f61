import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stopQuietlyWhenReaderLeaves } from "../src/closed-pipe.js";

/** The exits and lines a write error with `code` leads to. */
function afterWriteError(code: string): { exits: number[]; lines: string[] } {
  const stream = new PassThrough();
  const exits: number[] = [];
  const lines: string[] = [];
  stopQuietlyWhenReaderLeaves(
    stream,
    (c) => exits.push(c),
    (l) => lines.push(l),
  );
  stream.emit("error", Object.assign(new Error(`write ${code}`), { code }));
  return { exits, lines };
}

describe("stopQuietlyWhenReaderLeaves", () => {
  it("exits 0 and says nothing when the reader has gone (EPIPE)", () => {
    expect(afterWriteError("EPIPE")).toEqual({ exits: [0], lines: [] });
  });

  it("names any other write error in one Japanese line and exits 1", () => {
    expect(afterWriteError("ENOSPC")).toEqual({
      exits: [1],
      lines: ["plan-bot: 出力を書き込めませんでした（ENOSPC）\n"],
    });
  });
});
