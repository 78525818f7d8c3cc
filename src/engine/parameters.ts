/**
 * Analysis parameters with their defaults. Every figure the rules use is here, so the report can
 * state the values it used and the user can change them on the Parameters sheet.
 */
import { z } from "zod";

export const agingParamsSchema = z.object({
  basis: z.enum(["due", "invoice"]).default("due"),
  /** Upper limits of the overdue buckets in days: 30,60,90 gives Current, 1-30, 31-60, 61-90, 90+. */
  buckets: z
    .array(z.number().int().positive())
    .min(1)
    .refine((limits) => limits.every((limit, i) => i === 0 || limit > (limits[i - 1] as number)), {
      message: "bucket limits must increase",
    })
    .default([30, 60, 90]),
  baseCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("USD"),
  allocateUnapplied: z.enum(["none", "oldest-first"]).default("none"),
  /** Terms used when neither the invoice nor the customer gives any. */
  defaultTermsDays: z.number().int().min(0).default(30),
  /** Ledger balance to reconcile the aging total against, in minor units. */
  controlTotal: z.number().int().optional(),
});

export const kpiParamsSchema = z.object({
  /** Days of sales behind DSO and best possible DSO. */
  periodDays: z.number().int().positive().default(90),
  /** Months in the collection effectiveness index period. */
  ceiMonths: z.number().int().positive().default(3),
  /** Months of invoicing behind the dilution ratio. */
  dilutionMonths: z.number().int().positive().default(3),
});

export type AgingParams = z.output<typeof agingParamsSchema>;
export type KpiParams = z.output<typeof kpiParamsSchema>;

export const DEFAULT_AGING_PARAMS: AgingParams = agingParamsSchema.parse({});
export const DEFAULT_KPI_PARAMS: KpiParams = kpiParamsSchema.parse({});
