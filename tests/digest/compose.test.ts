import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import {
  composeDigest,
  digestJson,
  digestMessage,
  digestText,
  groupByDepartment,
} from "../../src/digest/compose.js";
import { missedToday, validateCron } from "../../src/digest/schedule.js";
import { fiscalYearOf, reiwaLabel, yearKeyOf } from "../../src/plan/fiscal.js";
import { loadPlan } from "../../src/plan/load.js";
import { projectKey } from "../../src/plan/schema.js";
import { blockKitProblems } from "../../src/tools/fake-slack.js";

const catalog = buildCatalog(loadPlan());
const tokyo = (iso: string) => new Date(`${iso}+09:00`);

describe("fiscal years", () => {
  it("puts 31 March in the previous 年度 and 1 April in the new one, in Tokyo", () => {
    expect(yearKeyOf(tokyo("2023-03-31T23:59:59"))).toBe("R4");
    expect(yearKeyOf(tokyo("2023-04-01T00:00:00"))).toBe("R5");
    expect(yearKeyOf(new Date("2023-03-31T15:30:00Z"))).toBe("R5");
  });

  it("counts January in the 年度 that began the April before", () => {
    expect(fiscalYearOf(tokyo("2024-01-10T09:00:00"))).toBe(2023);
    expect(reiwaLabel(yearKeyOf(tokyo("2024-01-10T09:00:00")))).toBe("令和5年度");
  });
});

describe("composeDigest", () => {
  it("lists the projects finishing (完了 and 新規完了) in the day's fiscal year", () => {
    const r5 = composeDigest(catalog, tokyo("2023-04-01T09:00:00"));
    expect(r5).toMatchObject({ day: "2023-04-01", fiscalYear: "R5", inPlan: true });
    expect(r5.finishing.map(projectKey)).toEqual(["7-2#11", "7-2#12"]);
    const r4 = composeDigest(catalog, tokyo("2023-03-31T09:00:00"));
    expect(r4.finishing.map(projectKey)).toEqual([
      "7-2#9",
      "7-2#19",
      "7-2#21",
      "7-3#2",
      "7-4#2",
      "7-4#3",
      "7-5#1",
    ]);
    expect(r4.starting.map(projectKey)).toEqual(["7-2#12"]);
  });

  it("groups finishing projects by department, in plan order", () => {
    const r4 = composeDigest(catalog, tokyo("2022-06-01T09:00:00"));
    expect(groupByDepartment(r4.finishing).map(([dept, ps]) => [dept, ps.length])).toEqual([
      ["財産活用課", 1],
      ["情報システム課", 2],
      ["人事課", 1],
      ["人権・男女共生課", 3],
    ]);
    expect(digestText(r4)).toContain(
      "【人権・男女共生課】\n  ・第2次人権施策推進計画の見直し（7-4-2 / 7-4 No.2）",
    );
  });

  it("says plainly when today lies outside the plan's years, naming the plan period", () => {
    const r8 = composeDigest(catalog, tokyo("2026-11-25T09:00:00"));
    expect(r8).toMatchObject({ fiscalYear: "R8", inPlan: false });
    expect(digestText(r8)).toBe(
      "今日（2026-11-25）は令和8年度です。この計画の期間は令和3年度〜7年度のため、今年度に完了する事業は計画にありません。",
    );
    expect(digestMessage(r8).text).toContain("令和3年度〜7年度");
  });

  it("gives JSON with the same project fields as ask --json", () => {
    const json = digestJson(composeDigest(catalog, tokyo("2023-04-01T09:00:00")));
    expect(json.fiscalYear).toBe("R5");
    expect(Object.keys(json.projects[0] ?? {})).toEqual([
      "policy",
      "no",
      "initiative",
      "name",
      "department",
      "directions",
    ]);
  });

  it("builds a Slack message within Block Kit limits for every fiscal year", () => {
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      const message = digestMessage(composeDigest(catalog, tokyo(`${year}-05-01T09:00:00`)));
      expect(blockKitProblems({ ...message, blocks: JSON.stringify(message.blocks) })).toEqual([]);
    }
  });
});

describe("schedule", () => {
  it("runs at 09:00 Tokyo by default, and weekdays-only is one setting away", () => {
    const daily = new Cron("0 9 * * *", { timezone: "Asia/Tokyo", paused: true });
    expect(daily.nextRun(tokyo("2023-06-02T10:00:00"))?.toISOString()).toBe("2023-06-03T00:00:00.000Z");
    const weekdays = new Cron("0 9 * * 1-5", { timezone: "Asia/Tokyo", paused: true });
    expect(weekdays.nextRun(tokyo("2023-06-02T10:00:00"))?.toISOString()).toBe("2023-06-05T00:00:00.000Z");
  });

  it("catches up after a restart past today's run time, but not before it", () => {
    const daily = new Cron("0 9 * * *", { timezone: "Asia/Tokyo", paused: true });
    expect(missedToday(daily, tokyo("2023-06-02T10:00:00"))).toBe(true);
    expect(missedToday(daily, tokyo("2023-06-02T08:59:00"))).toBe(false);
  });

  it("rejects an invalid DIGEST_CRON naming the variable", () => {
    expect(() => validateCron("every morning")).toThrow(/^DIGEST_CRON: is not a valid cron expression/);
  });
});
