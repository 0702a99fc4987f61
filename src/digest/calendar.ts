// The city offices' calendar, pure: business days are weekdays that are neither Japanese public holidays
// (substitute holidays included, from the holiday-jp data set) nor the 年末年始 closure (29 December – 3 January).
// Days are Tokyo calendar days written YYYY-MM-DD.
import holidayJp from "@holiday-jp/holiday_jp";
import { fiscalYearOf } from "../plan/fiscal.js";

/** Adds `n` days to a YYYY-MM-DD day (calendar arithmetic in UTC: no time zone can shift it). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

const HOLIDAYS: Readonly<Record<string, { name: string } | undefined>> = holidayJp.holidays;

/** The name of the public holiday on `day` (振替休日 included), or null. The data set runs to 2050. */
export function holidayName(day: string): string | null {
  const holiday = HOLIDAYS[day];
  return holiday ? holiday.name : null;
}

/** 29 December – 3 January: the city offices are closed. */
export function isYearEndClosure(day: string): boolean {
  const md = day.slice(5);
  return md >= "12-29" || md <= "01-03";
}

/** Why `day` is not a business day (土曜日, 日曜日, 勤労感謝の日, 年末年始), or null when it is one. */
export function closedBecause(day: string): string | null {
  const w = weekday(day);
  if (w === 6) return "土曜日";
  if (w === 0) return "日曜日";
  const holiday = holidayName(day);
  if (holiday) return holiday;
  if (isYearEndClosure(day)) return "年末年始";
  return null;
}

export const isBusinessDay = (day: string) => closedBecause(day) === null;

/** The first business day on or after `day`. */
export function businessDayFrom(day: string): string {
  let d = day;
  while (!isBusinessDay(d)) d = addDays(d, 1);
  return d;
}

/** The fiscal year (April to March) a day falls in, as its first and last days. */
export function fiscalYearSpan(day: string): { first: string; last: string } {
  const start = fiscalYearOf(new Date(`${day}T12:00:00+09:00`));
  return { first: `${start}-04-01`, last: `${start + 1}-03-31` };
}

/** Business days from `from` to `to`, both included (0 when `to` is before `from`). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) count += 1;
  return count;
}

export const isFirstBusinessDayOfFiscalYear = (day: string) =>
  businessDayFrom(fiscalYearSpan(day).first) === day;

export const isFirstBusinessDayOfMonth = (day: string) => businessDayFrom(`${day.slice(0, 7)}-01`) === day;
