/**
 * Calendar days as whole numbers of days since 1970-01-01 (UTC), the same convention as the
 * engine's `Day`, so date arithmetic in the generators has no time zone.
 */
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD`. */
export function dayOf(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** Returns UTC midnight of the day, which exceljs writes as a whole Excel serial. */
export function dateOf(day) {
  return new Date(day * MS_PER_DAY);
}

export function isoOf(day) {
  return dateOf(day).toISOString().slice(0, 10);
}

/** Returns the first day of the month `offset` months after the month of `day`. */
export function monthStart(day, offset = 0) {
  const date = dateOf(day);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / MS_PER_DAY);
}

export function isWeekend(day) {
  const weekday = dateOf(day).getUTCDay();
  return weekday === 0 || weekday === 6;
}
