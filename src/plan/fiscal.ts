// Japanese fiscal years (年度): 1 April to 31 March in Asia/Tokyo. 令和N年度 = fiscal year 2018 + N.
import type { YearKey } from "./schema.js";

export const PLAN_TIME_ZONE = "Asia/Tokyo";
export const REIWA_OFFSET = 2018;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Tokyo has kept UTC+9, without daylight saving, since 1951: plain arithmetic, no time-zone database. */
const TOKYO_OFFSET_MS = 9 * 3600_000;

/** The calendar date of an instant as seen in Tokyo. */
export function tokyoDate(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + TOKYO_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The fiscal year (western, e.g. 2023) an instant falls in, in Tokyo. */
export function fiscalYearOf(instant: Date): number {
  const { year, month } = tokyoDate(instant);
  return fiscalYearOfMonth(year, month);
}

/** The fiscal year (western) a month of a calendar year falls in: January to March belong to the year before. */
export function fiscalYearOfMonth(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

export function yearKeyOfFiscalYear(fiscalYear: number): YearKey {
  return `R${fiscalYear - REIWA_OFFSET}` as YearKey;
}

export function yearKeyOf(instant: Date): YearKey {
  return yearKeyOfFiscalYear(fiscalYearOf(instant));
}

/** The span of the plan's years: 令和3年度〜7年度 (empty for no years). */
export function planPeriodLabel(years: readonly YearKey[]): string {
  const first = years[0];
  const last = years.at(-1);
  return first && last ? `${reiwaLabel(first)}〜${reiwaLabel(last).replace("令和", "")}` : "";
}

/** Years as said: 令和5年度; a run of three or more 令和3年度〜5年度; others 令和5年度・令和6年度. */
export function yearsLabel(years: readonly YearKey[]): string {
  const ns = years.map((y) => Number(y.slice(1)));
  const run = ns.length > 2 && ns.every((n, i) => i === 0 || n === (ns[i - 1] as number) + 1);
  return run ? planPeriodLabel(years) : years.map(reiwaLabel).join("・");
}

/** 平成N年度 = 令和(N − 30)年度: the era before 令和, for questions about the years before the plan. */
export const HEISEI_TO_REIWA = -30;

/** 令和5年度 (令和元年度 for R1); a year before 令和 by its 平成 name (R0 = 平成30年度). */
export function reiwaLabel(key: YearKey): string {
  const n = Number(key.slice(1));
  if (n <= 0) return `平成${n - HEISEI_TO_REIWA}年度`;
  return `令和${n === 1 ? "元" : n}年度`;
}

/** 令和4年度（R4）; a year before 令和 has no R form: 平成30年度（2018年度）. */
export function yearWithKeyLabel(key: YearKey): string {
  const n = Number(key.slice(1));
  return `${reiwaLabel(key)}（${n <= 0 ? `${REIWA_OFFSET + n}年度` : key}）`;
}
