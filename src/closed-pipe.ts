// A reader that stops early (`plan-bot ask --json < qs.txt | head -1`, a console piped to `head`) closes the pipe
// under us: Node then throws EPIPE from a write, a stack trace for doing what was asked. Unix tools stop quietly.

/** Ends the process quietly when the stream's reader has gone; any other write error is one line, not a trace. */
export function stopQuietlyWhenReaderLeaves(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = (code) => process.exit(code),
  report: (line: string) => void = (line) => process.stderr.write(line),
): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return exit(0);
    report(`plan-bot: 出力を書き込めませんでした（${error.code ?? error.message}）\n`);
    exit(1);
  });
}
