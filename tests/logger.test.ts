import { describe, expect, it } from "vitest";
import { SlackApiError } from "../src/errors.js";
import { createLogger, redact } from "../src/logger.js";

const TOKEN = "xoxb-1234567890-abcdefghijkl";
const APP = "xapp-1-A111-222-abcdef";

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({ ...options, write: (l) => lines.push(l) });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("logger: secrets never reach a log line", () => {
  it("redacts a real token in a real error path: an error's message and its cause", () => {
    const { logger, lines } = capture({ secrets: [TOKEN] });
    const cause = new Error(`request with Authorization: Bearer ${TOKEN} failed`);
    logger.error("auth.test failed", new SlackApiError("auth.test", `rejected ${APP}`, { cause }));
    expect(lines.join("")).not.toContain(TOKEN);
    expect(lines.join("")).not.toContain(APP);
    expect(lines.join("")).toContain("[redacted]");
    expect(lines.join("")).toContain("auth.test failed");
  });

  it("redacts the secrets it is given, of 8 characters or more, wherever they stand", () => {
    expect(redact("pw=hunter22 and hunter22", ["hunter22"])).toBe("pw=[redacted] and [redacted]");
    expect(redact("short secret abc1234", ["abc1234"])).toBe("short secret abc1234");
    expect(redact("a proxy password Pr0xyPass!", ["Pr0xyPass!"])).toBe("a proxy password [redacted]");
  });

  it("redacts Slack token shapes it was not told about", () => {
    expect(redact(`x ${TOKEN} y ${APP}`)).toBe("x [redacted] y [redacted]");
    expect(redact("xoxp-99-aa and xoxa-2-b")).toBe("[redacted] and [redacted]");
  });
});

describe("logger: levels and lines", () => {
  it("writes a level and everything above it, nothing below", () => {
    const { logger, records } = capture({ level: "warn" as never });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(records().map((r) => r.level)).toEqual(["warn", "error"]);
  });

  it("keeps its level when Bolt calls setLevel", () => {
    const { logger, records } = capture({ level: "error" as never });
    logger.setLevel("debug" as never);
    logger.info("still quiet");
    expect(records()).toEqual([]);
    expect(logger.getLevel()).toBe("error");
  });

  it("puts a leading string in message and the rest in details; no details key when there are none", () => {
    const { logger, records } = capture();
    logger.info("hello", { a: 1 });
    logger.info({ b: 2 });
    logger.info("alone");
    const [first, second, third] = records();
    expect(first).toMatchObject({ level: "info", name: "plan-bot", message: "hello", details: [{ a: 1 }] });
    expect(second).not.toHaveProperty("message");
    expect(second).toMatchObject({ details: [{ b: 2 }] });
    expect(third).not.toHaveProperty("details");
    expect(typeof first?.time).toBe("string");
  });

  it("adds a child's context to every line, and names lines by setName", () => {
    const { logger, records } = capture({ name: "bot" });
    logger.with({ channel: "C1" }).warn("x");
    logger.setName("renamed");
    logger.error("y");
    expect(records()).toEqual([
      expect.objectContaining({ name: "bot", channel: "C1", message: "x" }),
      expect.objectContaining({ name: "renamed", message: "y" }),
    ]);
  });

  it("describes an error by name, message and cause", () => {
    const { logger, records } = capture();
    logger.error("failed", new SlackApiError("chat.postMessage", "x", { cause: new Error("inner") }));
    expect(records()[0]?.details).toEqual([
      {
        error: "SlackApiError",
        message: "Slack API chat.postMessage failed: x",
        cause: { error: "Error", message: "inner" },
      },
    ]);
  });
});
