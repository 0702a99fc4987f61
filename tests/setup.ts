// Fails any test that writes to the console: plan-bot logs through its own logger (JSON lines on stderr),
// so console output in a test is a stray debug line or a library talking behind our back.
import { afterAll, afterEach, beforeEach, expect, vi } from "vitest";
import { removeTempDirs } from "./helpers.js";

const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  expect(calls, "stray console output").toEqual([]);
});

afterAll(removeTempDirs);
