import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/answer/catalog.js";
import {
  businessDaysBetween,
  closedBecause,
  fiscalYearSpan,
  isFirstBusinessDayOfFiscalYear,
} from "../../src/digest/calendar.js";
import {
  composeDigest,
  type Digest,
  digestJson,
  digestMessage,
  digestText,
  groupByDepartment,
  type PostRules,
  planPost,
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
    const json = digestJson(composeDigest(catalog, tokyo("2023-04-03T09:00:00")), "full");
    expect(json.fiscalYear).toBe("R5");
    expect(json.post).toBe("full");
    expect(json.businessDaysLeft).toBeGreaterThan(200);
    expect(Object.keys(json.projects[0] ?? {})).toEqual([
      "policy",
      "no",
      "initiative",
      "name",
      "department",
      "purpose",
      "content",
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

const kindOn = (day: string, rules: Partial<PostRules> = {}) =>
  planPost(composeDigest(catalog, tokyo(`${day}T09:00:00`)), {
    skipHolidays: true,
    whenOutsidePlan: "post",
    fullPostedThisYear: true,
    ...rules,
  });

describe("which post a subscribed channel gets on a day", () => {
  it.each([
    ["2023-04-01", "none", "a Saturday (the fiscal year's first day)"],
    ["2023-04-02", "none", "a Sunday"],
    ["2023-04-03", "full", "the first business day of the fiscal year"],
    ["2023-04-04", "compact", "an ordinary business day"],
    ["2023-05-01", "full", "the first business day of May"],
    ["2023-05-03", "none", "憲法記念日 (a fixed holiday)"],
    ["2023-07-17", "none", "海の日 (a Happy Monday holiday)"],
    ["2023-09-23", "none", "秋分の日 (an equinox, on a Saturday)"],
    ["2024-03-20", "none", "春分の日 (an equinox)"],
    ["2024-05-06", "none", "a substitute holiday (振替休日)"],
    ["2023-12-28", "compact", "the last business day before 年末年始"],
    ["2023-12-29", "none", "年末年始 (29 December)"],
    ["2024-01-03", "none", "年末年始 (3 January)"],
    ["2024-01-04", "full", "January's first business day, after 年末年始"],
    ["2023-07-03", "full", "July's first business day (1 July is a Saturday)"],
    ["2023-10-02", "full", "October's first business day"],
    ["2025-09-01", "full", "the first business day of a month in the plan's last year"],
    ["2026-04-01", "notice", "the first business day of a fiscal year outside the plan"],
    ["2026-04-02", "none", "another business day outside the plan"],
    ["2026-11-30", "none", "a Monday outside the plan"],
  ])("%s → %s (%s)", (day, kind) => {
    expect(kindOn(day)).toBe(kind);
  });

  it("posts the full list to a channel that has not had it this fiscal year", () => {
    expect(kindOn("2023-06-14", { fullPostedThisYear: false })).toBe("full");
  });

  it("posts on holidays too when the holiday rule is off", () => {
    expect(kindOn("2023-07-17", { skipHolidays: false })).toBe("compact");
  });

  it("posts no notice outside the plan when told to skip", () => {
    expect(kindOn("2026-04-01", { whenOutsidePlan: "skip" })).toBe("none");
  });
});

describe("the compact post", () => {
  it("counts business days left to 31 March and shows a different project each business day", () => {
    const days = ["2023-06-12", "2023-06-13", "2023-06-14"].map((d) =>
      composeDigest(catalog, tokyo(`${d}T09:00:00`)),
    );
    expect(days.map((d) => d.businessDaysLeft)).toEqual([
      businessDaysBetween("2023-06-12", "2024-03-31"),
      businessDaysBetween("2023-06-13", "2024-03-31"),
      businessDaysBetween("2023-06-14", "2024-03-31"),
    ]);
    expect(days[0]?.businessDaysLeft).toBe((days[1]?.businessDaysLeft ?? 0) + 1);
    const names = days.map((d) => d.spotlight?.name);
    expect(names[0]).not.toBe(names[1]);
    expect(names[1]).not.toBe(names[2]);
    const text = digestText(days[0] as Digest, "compact");
    expect(text).toContain(`あと${days[0]?.businessDaysLeft}営業日`);
    expect(text).toContain(`今日の注目: ${names[0]}`);
    expect(text).toContain("担当課:");
    expect(text).toContain("目的:");
  });

  it("keeps the same spotlight over a weekend: it moves by business days", () => {
    const friday = composeDigest(catalog, tokyo("2023-06-16T09:00:00"));
    const saturday = composeDigest(catalog, tokyo("2023-06-17T09:00:00"));
    const monday = composeDigest(catalog, tokyo("2023-06-19T09:00:00"));
    expect(saturday.spotlight).toBe(monday.spotlight);
    expect(friday.spotlight).not.toBe(monday.spotlight);
  });

  it("fits Block Kit's limits", () => {
    const message = digestMessage(composeDigest(catalog, tokyo("2023-06-14T09:00:00")), "compact");
    expect(blockKitProblems({ ...message, blocks: JSON.stringify(message.blocks) })).toEqual([]);
  });
});

describe("the business-day calendar", () => {
  it("says why a day is closed", () => {
    expect(closedBecause("2023-05-04")).toBe("みどりの日");
    expect(closedBecause("2024-05-06")).toBe("こどもの日 振替休日");
    expect(closedBecause("2023-12-29")).toBe("年末年始");
    expect(closedBecause("2023-06-17")).toBe("土曜日");
    expect(closedBecause("2023-06-19")).toBeNull();
  });

  it("puts 31 March and 1 April in different fiscal years", () => {
    expect(fiscalYearSpan("2024-03-31")).toEqual({ first: "2023-04-01", last: "2024-03-31" });
    expect(fiscalYearSpan("2024-04-01")).toEqual({ first: "2024-04-01", last: "2025-03-31" });
    expect(isFirstBusinessDayOfFiscalYear("2024-04-01")).toBe(true);
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
