// Shared test helpers: the bundled seed and small builders for malformed seeds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Answer } from "../src/answer/answer.js";
import { createEngine, type Engine, goesOnFrom } from "../src/answer/engine.js";
import { BUNDLED_SEEDS_DIR, loadPlan } from "../src/plan/load.js";
import type { Plan, Project, YearKey } from "../src/plan/schema.js";

export const SEED_FILE = "07-machizukuri-kiban.txt";
export const SEED_TEXT = readFileSync(join(BUNDLED_SEEDS_DIR, SEED_FILE), "utf8");

/** A minimal, valid one-policy seed; tests bend it to produce each kind of malformed input. */
export function miniSeed(projectRows: string): string {
  return [
    "",
    "テスト章",
    "",
    "1 施策の概要",
    "1\t施策\t9-1\tテスト施策",
    "2\t対応するSDGs\t \t",
    "3\t施策の方向性\t方向性の文章。",
    "4\t取組\t9-1-1\tテスト取組",
    "",
    "2 新規・拡充事業等",
    "",
    projectRows,
    "",
  ].join("\n");
}

export const GOOD_PROJECT = [
  "1\t事業名\t9-1-1\tテスト事業\t担当課",
  "\t目的\t目的の文章。\t\tテスト課",
  "\t内容\t内容の文章。\t\t方向性",
  "\t\t\t\tR3\t新規",
  "\t\t\t\tR4\t完了",
].join("\n");

/** The run's cache folder (tests/support/cache-dir.ts), for engines and tokenizers built in tests. */
export const TEST_CACHE_DIR = process.env.PLAN_CACHE_DIR ?? "";
if (TEST_CACHE_DIR === "") throw new Error("PLAN_CACHE_DIR is unset: run the tests through vitest.config.ts");

export const BIN = join(import.meta.dirname, "../bin/plan-bot.js");

/** Runs the installed command as a user would: `plan-bot …`, with extra environment and standard input. */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; tty?: boolean } = {},
) {
  if (options.tty) {
    // A real terminal: util-linux's script(1) gives the command a pseudo-terminal (its output, merged, on stdout).
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
    const out = spawnSync("script", ["-qec", quoted, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, ...options.env },
    });
    return { ...out, stderr: out.stdout };
  }
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}

const tempDirs: string[] = [];

/** A fresh folder under the system's temp folder, removed after the test file (a dictionary cache is ~64 MB). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `plan-bot-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** Called once per test file, from tests/setup.ts. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A project's key as the question sets write it: 7-2#17. */
export const keyOf = (p: { policy: string; no: number }): string => `${p.policy}#${p.no}`;
/** The keys of some projects, sorted: a set of them, as the tests compare sets. */
export const keysOf = (ps: readonly { policy: string; no: number }[]): string[] => ps.map(keyOf).sort();
/** The keys of the projects an answer answered, not the related ones shown below them (see keysOf). */
export const answeredKeys = (a: Answer): string[] => keysOf(a.projects.slice(0, a.answered));

/**
 * An engine over a plan (the bundled one unless given: pass the test's own to compare its projects by identity), its
 * index built, its clock stopped at `at` (an ISO date and time).
 */
export async function warmEngine(at: string, plan: Plan = loadPlan()): Promise<Engine> {
  const engine = createEngine(plan, { cacheDir: TEST_CACHE_DIR, clock: () => new Date(at) });
  await engine.warmUp();
  return engine;
}

/**
 * What a table of questions about the bundled plan asks with: the plan, a warm engine stopped at `at`, a thread of
 * messages asked in turn (see askInThread), and the keys of the plan's projects a test says hold (see keysOf).
 */
export async function planUnderTest(at: string) {
  const plan = loadPlan();
  const engine = await warmEngine(at, plan);
  return {
    plan,
    engine,
    thread: (...messages: string[]) => askInThread(engine, ...messages),
    where: (holds: (p: Plan["projects"][number]) => boolean) => keysOf(plan.projects.filter(holds)),
  };
}

/** Each message asked after the one before, as a DM thread reads them (see goesOnFrom); the last answer. */
export async function askInThread(engine: Engine, ...messages: string[]): Promise<Answer> {
  let a: Answer | undefined;
  for (const q of messages) a = await engine.ask(q, a ? { previous: goesOnFrom(a) } : {});
  if (!a) throw new Error("no message");
  return a;
}

/** The はい, いいえ or 一部です an answer opens with, if any. */
export const verdictOf = (a: Answer): string | undefined =>
  (a.leads ?? a.notes).find((n) => /^(はい|いいえ|一部です)。/.test(n));

/** A project that has one of `directions` in `year` (as the plan writes it: 新規完了 is not 完了). */
export const hasIn =
  (year: YearKey, ...directions: string[]) =>
  (p: Project): boolean =>
    directions.includes(p.directions[year] ?? "");
/** A project that ends in `year`: 完了 or 新規完了 there. */
export const endsIn = (year: YearKey) => hasIn(year, "完了", "新規完了");
/** A project the plan lists in `year`, whatever its direction. */
export const listedIn =
  (year: YearKey) =>
  (p: Project): boolean =>
    p.directions[year] !== undefined;
/** A project of a department, by the start of its name (収納課 holds 収納課ほか). */
export const ofUnit =
  (department: string) =>
  (p: Project): boolean =>
    p.department.startsWith(department);
