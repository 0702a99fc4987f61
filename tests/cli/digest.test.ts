import { describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";

describe("plan-bot digest --date", () => {
  it.each([["0000-01-01"], ["1988-12-31"], ["2100-01-01"]])(
    "refuses %s as outside the calendar the plan knows, with usage's exit code",
    (date) => {
      const out = runCli(["digest", "--date", date]);
      expect(out.status).toBe(2);
      expect(out.stderr).toContain("1989-04-01〜2099-12-31 の日付を指定してください");
      expect(out.stdout).not.toContain("平成-");
    },
  );

  it("reads a date inside it, in its fiscal year", () => {
    const out = runCli(["digest", "--date", "2023-06-01", "--json"]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ fiscalYear: "R5" });
  });
});
