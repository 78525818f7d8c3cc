/** The front ends' default as-of date. The engine never reads the clock; the front ends do. */
import type { Day } from "../engine/dates";

/** Returns today's date on the user's calendar (local time zone) as a `Day`. */
export function localToday(now: Date = new Date()): Day {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
