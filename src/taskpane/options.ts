/**
 * The pane's run options, how they are remembered (document settings in Excel, localStorage in the
 * preview) and how they become parameter overrides for the analysis.
 */
import { z } from "zod";

import type { ParameterOverrides } from "../engine/parameter-sheet";

export type PaneLocale = "en-US" | "zh-CN";

/** Key of the pane's options in the document settings; the ribbon command reads them too. */
export const SETTINGS_KEY = "creditDesk.paneOptions";

/** "workbook" keeps the value of the workbook's Parameters sheet, or the default without one. */
const optionsSchema = z.object({
  basis: z.enum(["workbook", "due", "invoice"]),
  /** Upper limits of the overdue buckets in days as typed, e.g. "30,60,90"; blank keeps the workbook's. */
  buckets: z.string().max(100),
  /** Currency code of the report; blank keeps the workbook's. */
  baseCurrency: z.string().max(3),
  allocateUnapplied: z.enum(["workbook", "none", "oldest-first"]),
  language: z.enum(["en-US", "zh-CN"]),
});

export type PaneOptions = z.infer<typeof optionsSchema>;

export function defaultOptions(language: PaneLocale): PaneOptions {
  return {
    basis: "workbook",
    buckets: "",
    baseCurrency: "",
    allocateUnapplied: "workbook",
    language,
  };
}

/** Where options are remembered between sessions. */
export interface OptionStore {
  load(): unknown;
  save(options: PaneOptions): void;
}

/** Reads stored options; a missing or invalid field falls back to its default. */
export function parseStoredOptions(stored: unknown, fallback: PaneOptions): PaneOptions {
  if (typeof stored !== "object" || stored === null) return fallback;
  const merged: Record<string, unknown> = { ...fallback };
  for (const [key, value] of Object.entries(stored)) {
    const field = optionsSchema.shape[key as keyof PaneOptions];
    if (field?.safeParse(value).success) merged[key] = value;
  }
  return optionsSchema.parse(merged);
}

/** Returns the bucket limits, undefined for a blank field, or "invalid" unless they increase. */
export function parseBuckets(text: string): number[] | undefined | "invalid" {
  if (text.trim() === "") return undefined;
  const limits = text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);
  const increasing = limits.every(
    (limit, i) => Number.isInteger(limit) && limit > 0 && (i === 0 || limit > limits[i - 1]!),
  );
  return increasing ? limits : "invalid";
}

export function isCurrencyCode(text: string): boolean {
  return /^[A-Za-z]{3}$/.test(text.trim());
}

/** Options the user must correct before a run: the names of the invalid fields. */
export function invalidOptions(options: PaneOptions): ("buckets" | "baseCurrency")[] {
  const invalid: ("buckets" | "baseCurrency")[] = [];
  if (parseBuckets(options.buckets) === "invalid") invalid.push("buckets");
  if (options.baseCurrency.trim() !== "" && !isCurrencyCode(options.baseCurrency)) {
    invalid.push("baseCurrency");
  }
  return invalid;
}

/**
 * Converts valid options to parameter overrides. A set option overrides the workbook's
 * Parameters sheet; "workbook" and blank fields leave the sheet's values in force.
 */
export function overridesFromOptions(options: PaneOptions): ParameterOverrides {
  const aging: Record<string, unknown> = {};
  if (options.basis !== "workbook") aging.basis = options.basis;
  if (options.allocateUnapplied !== "workbook") aging.allocateUnapplied = options.allocateUnapplied;
  const buckets = parseBuckets(options.buckets);
  if (Array.isArray(buckets)) aging.buckets = buckets;
  if (isCurrencyCode(options.baseCurrency)) aging.baseCurrency = options.baseCurrency.toUpperCase();
  return { aging };
}
