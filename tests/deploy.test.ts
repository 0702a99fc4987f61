import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.js";

/** systemd's unit syntax: [Section] headers, Key=Value lines (a key may repeat), # comments. */
function parseUnit(text: string): Map<string, [string, string][]> {
  const sections = new Map<string, [string, string][]>();
  let current: [string, string][] | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = [];
      sections.set(header[1] as string, current);
      continue;
    }
    const eq = line.indexOf("=");
    if (!current || eq < 1) throw new Error(`not a unit line: ${line}`);
    current.push([line.slice(0, eq), line.slice(eq + 1)]);
  }
  return sections;
}

const unit = parseUnit(readFileSync(join(import.meta.dirname, "../deploy/plan-bot.service"), "utf8"));
const values = (section: string, key: string) =>
  (unit.get(section) ?? []).filter(([k]) => k === key).map(([, v]) => v);
const value = (section: string, key: string) => values(section, key)[0];

describe("deploy/plan-bot.service", () => {
  it("has the three sections systemd needs", () => {
    expect([...unit.keys()]).toEqual(["Unit", "Service", "Install"]);
    expect(value("Install", "WantedBy")).toBe("multi-user.target");
  });

  it("restarts on failure, reads an environment file, and runs as a user that is not root", () => {
    expect(value("Service", "Restart")).toBe("on-failure");
    expect(value("Service", "EnvironmentFile")).toMatch(/^\/etc\/plan-bot\//);
    expect(value("Service", "User")).toBe("plan-bot");
    expect(value("Service", "NoNewPrivileges")).toBe("true");
  });

  it("starts the compiled bot with node, no compiler", () => {
    expect(value("Service", "ExecStart")).toMatch(/^\/usr\/bin\/node \S+\/dist\/main\.js$/);
  });

  it("gives the drain time to finish answers before systemd kills", () => {
    const drain = parseConfig({}).env.SHUTDOWN_DRAIN_SECONDS;
    expect(value("Service", "KillSignal")).toBe("SIGTERM");
    expect(Number.parseInt(value("Service", "TimeoutStopSec") ?? "0", 10)).toBeGreaterThan(drain);
  });

  it("sets only variables the bot reads", () => {
    const names = values("Service", "Environment").map((v) => v.split("=")[0]);
    const env = Object.fromEntries(
      values("Service", "Environment").map((v) => v.split("=") as [string, string]),
    );
    expect(names).toEqual(["NODE_ENV", "PLAN_DB_PATH", "PLAN_CACHE_DIR"]);
    expect(parseConfig(env).env.PLAN_DB_PATH).toBe("/var/lib/plan-bot/plan-bot.sqlite");
    expect(value("Service", "ReadWritePaths")).toBe("/var/lib/plan-bot");
  });
});
