/**
 * Calendar days without time zones. A `Day` is the number of days since 1970-01-01, so the
 * difference of two days is a count of calendar days and no clock or zone can shift it.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** Days between the 1900 date system's day 0 (1899-12-30, after Excel's leap-year quirk) and 1970-01-01. */
const SERIAL_1900_OFFSET = 25_569;

/** Days between 1904-01-01 (day 0 of the 1904 date system) and 1970-01-01. */
const SERIAL_1904_OFFSET = 24_107;

/** Builds a day from a year, a month (1-12) and a day of the month, or returns undefined when no such date exists. */
export function dayFromParts(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999)
    return undefined;

  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 31 February into March, so a round trip exposes dates that do not exist.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** Parses `YYYY-MM-DD`, e.g. `2026-06-30`. */
export function dayFromIso(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats a day as `YYYY-MM-DD`. */
export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Returns the year, month (1-12) and day of the month. */
export function partsFromDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Converts an Excel serial number to a day. In the 1900 system serial 60 is the 29 February 1900
 * that never existed, so serials below 61 are shifted by one day; 46173 is 2026-05-31.
 */
export function dayFromSerial(serial: number, date1904 = false): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) return whole - SERIAL_1904_OFFSET;
  if (whole < 1 || whole === 60) return undefined;
  return whole < 60 ? whole - SERIAL_1900_OFFSET + 1 : whole - SERIAL_1900_OFFSET;
}

/** Converts a day to an Excel serial number in the 1900 date system. */
export function serialFromDay(day: Day): number {
  return day + SERIAL_1900_OFFSET;
}

/** Reads the calendar day of a Date as written in UTC, which is how spreadsheet readers return cell dates. */
export function dayFromUtcDate(date: Date): Day | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  return Math.floor(ms / MS_PER_DAY);
}

/** Returns the last day of the month that contains `day`. */
export function endOfMonth(day: Day): Day {
  const { year, month } = partsFromDay(day);
  return Math.round(Date.UTC(year, month, 0) / MS_PER_DAY);
}

/** Returns the first day of the month that contains `day`. */
export function startOfMonth(day: Day): Day {
  const { year, month } = partsFromDay(day);
  return Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

/** Moves a day by whole months, keeping the day of the month where it exists (31 March - 1 month = 28 or 29 February). */
export function addMonths(day: Day, months: number): Day {
  const parts = partsFromDay(day);
  const first = Date.UTC(parts.year, parts.month - 1 + months, 1);
  const target = new Date(first);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return Math.round(first / MS_PER_DAY) + Math.min(parts.day, lastDay) - 1;
}
