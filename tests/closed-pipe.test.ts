import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stopQuietlyWhenReaderLeaves } from "../src/closed-pipe.js";

const failing = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe("stopQuietlyWhenReaderLeaves", () => {
  it("exits 0 and says nothing when the reader has gone (EPIPE)", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    const lines: string[] = [];
    stopQuietlyWhenReaderLeaves(
      stream,
      (c) => exits.push(c),
      (l) => lines.push(l),
    );
    stream.emit("error", failing("EPIPE"));
    expect(exits).toEqual([0]);
    expect(lines).toEqual([]);
  });

  it("names any other write error in one Japanese line and exits 1", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    const lines: string[] = [];
    stopQuietlyWhenReaderLeaves(
      stream,
      (c) => exits.push(c),
      (l) => lines.push(l),
    );
    stream.emit("error", failing("ENOSPC"));
    expect(exits).toEqual([1]);
    expect(lines).toEqual(["plan-bot: 出力を書き込めませんでした（ENOSPC）\n"]);
  });
});
