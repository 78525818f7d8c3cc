/**
 * Parameters of the lender pack: financing eligibility, borrowing base, expected credit loss and
 * the collections worklist. Every value has a default, so `lenderParamsSchema.parse({})` gives
 * the full set. Rates and shares are fractions (0.8 means 80 %); day counts are calendar days.
 */
import { z } from "zod";

import { DOCUMENT_TYPES } from "./schema";

const rate = z.number().min(0).max(1);
const days = z.number().int().min(0);
const switchOnly = (enabled: boolean) => z.object({ enabled: z.boolean().default(enabled) });

/** One switch and its thresholds per eligibility rule, named by the rule's reason code. */
const rulesSchema = z
  .object({
    "too-old": z
      .object({
        enabled: z.boolean().default(true),
        maxDaysSinceInvoice: days.default(90),
        maxDaysPastDue: days.default(60),
      })
      .prefault({}),
    "cross-aged": z
      .object({
        enabled: z.boolean().default(true),
        /** Share of the customer's balance that is too old from which all of it is excluded. */
        minTooOldShare: rate.default(0.5),
      })
      .prefault({}),
    disputed: switchOnly(true).prefault({}),
    "related-party": switchOnly(true).prefault({}),
    contra: switchOnly(true).prefault({}),
    "foreign-uninsured": switchOnly(true).prefault({}),
    government: switchOnly(false).prefault({}),
    unbilled: z
      .object({
        enabled: z.boolean().default(true),
        types: z
          .array(z.enum(DOCUMENT_TYPES))
          .default(["unbilled", "progress-billing", "consignment", "bill-and-hold"]),
      })
      .prefault({}),
    "credit-balance": switchOnly(true).prefault({}),
    pledged: switchOnly(true).prefault({}),
    concentration: z
      .object({
        enabled: z.boolean().default(true),
        /** Largest share of the total eligible balance one customer may count for. */
        maxShare: rate.default(0.2),
      })
      .prefault({}),
    "missing-documents": z
      .object({
        enabled: z.boolean().default(true),
        requireContract: z.boolean().default(true),
        requireDeliveryProof: z.boolean().default(true),
      })
      .prefault({}),
  })
  .prefault({});

export const financingParamsSchema = z
  .object({
    /** The seller's country as written on the Customers sheet; without it the foreign rule cannot run. */
    homeCountry: z.string().trim().min(1).optional(),
    advanceRate: rate.default(0.8),
    /** Dilution up to this share costs nothing; each point above it lowers the advance rate by a point. */
    dilutionAllowance: rate.default(0.05),
    rules: rulesSchema,
  })
  .prefault({});

const lossRateRow = z.object({
  /** Lowest days past due of the bucket; null for the not-yet-due bucket. */
  fromDays: z.number().int().nullable(),
  rate,
});

export const provisionParamsSchema = z
  .object({
    /** Loss rates by the lower bound of the default buckets; other bucket sets map onto them. */
    lossRates: z
      .array(lossRateRow)
      .min(1)
      .default([
        { fromDays: null, rate: 0.005 },
        { fromDays: 1, rate: 0.02 },
        { fromDays: 31, rate: 0.05 },
        { fromDays: 61, rate: 0.12 },
        { fromDays: 91, rate: 0.4 },
      ]),
    /** Month-to-month transitions the history must cover before roll rates replace the parameters. */
    minHistoryMonths: z.number().int().min(1).default(12),
    /** The most recent transitions averaged into the roll rates. */
    rollRateMonths: z.number().int().min(1).default(12),
    /** Share of the last bucket that is finally written off. */
    writeOffRate: rate.default(1),
    /** Forward-looking adjustment that multiplies every loss rate. */
    forwardLookingFactor: z.number().min(0).default(1),
    /** "parameters" ignores any history; "auto" uses roll rates when the history is long enough. */
    method: z.enum(["auto", "parameters"]).default("auto"),
    standard: z.enum(["ifrs9", "cas22", "ases"]).default("ifrs9"),
  })
  .prefault({});

export const DUNNING_STAGES = [
  "reminder",
  "first-demand",
  "second-demand",
  "final-notice",
  "collection-agency",
] as const;
export type DunningStage = (typeof DUNNING_STAGES)[number];

export const collectionsParamsSchema = z
  .object({
    /** Stages by the first day past due they start on; an overdue item takes the last stage it reached. */
    stages: z
      .array(z.object({ fromDays: z.number().int().min(1), stage: z.enum(DUNNING_STAGES) }))
      .min(1)
      .default([
        { fromDays: 1, stage: "reminder" },
        { fromDays: 16, stage: "first-demand" },
        { fromDays: 31, stage: "second-demand" },
        { fromDays: 61, stage: "final-notice" },
        { fromDays: 91, stage: "collection-agency" },
      ]),
  })
  .prefault({});

export const lenderParamsSchema = z
  .object({
    financing: financingParamsSchema,
    provision: provisionParamsSchema,
    collections: collectionsParamsSchema,
  })
  .prefault({});

export type FinancingParams = z.output<typeof financingParamsSchema>;
export type EligibilityRuleParams = FinancingParams["rules"];
export type ProvisionParams = z.output<typeof provisionParamsSchema>;
export type CollectionsParams = z.output<typeof collectionsParamsSchema>;
export type LenderParams = z.output<typeof lenderParamsSchema>;
export type LenderParamsInput = z.input<typeof lenderParamsSchema>;

export const DEFAULT_LENDER_PARAMS: LenderParams = lenderParamsSchema.parse({});
