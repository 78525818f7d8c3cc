/** The demo's reporting period: 18 months of invoicing ending at the as-of date. */
import { dayOf } from "../lib/days.mjs";

export const AS_OF = dayOf("2026-06-30");
export const FIRST_DAY = dayOf("2025-01-01");
export const MONTHS = 18;
