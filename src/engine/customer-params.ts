/**
 * Parameters of the customer-credit rules: payment points, score parts, risk classes, limits and
 * credit files. Every value has a default, so `customerParamsSchema.parse({})` gives the full set.
 * Amounts here are in major units of the base currency (1,000 means 1,000.00).
 */
import { z } from "zod";

export const RISK_CLASSES = ["A", "B", "C", "D", "E"] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

const pointsRow = z.object({ dbt: z.number(), points: z.number().min(0).max(100) });

/** Points per days beyond terms, in rows sorted by `dbt`. Paying later never earns more points. */
const pointsTable = z
  .array(pointsRow)
  .min(2)
  .refine((rows) => rows.every((row, i) => i === 0 || row.dbt > rows[i - 1]!.dbt), {
    message: "days beyond terms must increase from row to row",
  })
  .refine((rows) => rows.every((row, i) => i === 0 || row.points <= rows[i - 1]!.points), {
    message: "points must not increase as payment gets later",
  });

const DEFAULT_POINTS = [
  { dbt: -30, points: 100 },
  { dbt: -10, points: 90 },
  { dbt: 0, points: 80 },
  { dbt: 15, points: 70 },
  { dbt: 22, points: 60 },
  { dbt: 30, points: 50 },
  { dbt: 60, points: 40 },
  { dbt: 90, points: 30 },
  { dbt: 120, points: 20 },
  { dbt: 180, points: 0 },
];

const zModel = (
  weights: [number, number, number, number, number],
  distress: number,
  safe: number,
) =>
  z
    .object({
      workingCapital: z.number().default(weights[0]),
      retainedEarnings: z.number().default(weights[1]),
      ebit: z.number().default(weights[2]),
      equityToLiabilities: z.number().default(weights[3]),
      sales: z.number().default(weights[4]),
      /** Below this the company is in the distress zone. */
      distressBelow: z.number().default(distress),
      /** Above this the company is in the safe zone; in between is the grey zone. */
      safeAbove: z.number().default(safe),
    })
    .prefault({});

const ratingRow = z.object({ rating: z.string().min(1), points: z.number().min(0) });

/** Agency grades with their modifiers (+, -, 1-3) removed; Moody's spellings map to the same points. */
const DEFAULT_RATINGS = [
  ["AAA", 20],
  ["AA", 20],
  ["A", 17],
  ["BBB", 14],
  ["BB", 10],
  ["B", 6],
  ["CCC", 2],
  ["CC", 2],
  ["C", 2],
  ["D", 2],
  ["SD", 2],
  ["BAA", 14],
  ["BA", 10],
  ["CAA", 2],
  ["CA", 2],
].map(([rating, points]) => ({ rating: rating as string, points: points as number }));

const classRow = z.object({
  riskClass: z.enum(RISK_CLASSES),
  /** Lowest score of the class; the classes are tried from A down and the last one takes the rest. */
  minScore: z.number(),
  reviewMonths: z.number().int().positive(),
  /** Share of tangible net worth granted as capacity, 0.2 = 20 %. */
  netWorthShare: z.number().min(0).max(1),
  /** Share of turnover granted as capacity when net worth is unknown. */
  turnoverShare: z.number().min(0).max(1),
});

const DEFAULT_CLASSES = [
  { riskClass: "A", minScore: 80, reviewMonths: 12, netWorthShare: 0.2, turnoverShare: 0.1 },
  { riskClass: "B", minScore: 65, reviewMonths: 6, netWorthShare: 0.15, turnoverShare: 0.075 },
  { riskClass: "C", minScore: 50, reviewMonths: 3, netWorthShare: 0.1, turnoverShare: 0.05 },
  { riskClass: "D", minScore: 35, reviewMonths: 1, netWorthShare: 0.05, turnoverShare: 0.025 },
  { riskClass: "E", minScore: 0, reviewMonths: 1, netWorthShare: 0, turnoverShare: 0 },
] as const;

export const customerParamsSchema = z.object({
  payment: z
    .object({
      points: pointsTable.default(DEFAULT_POINTS),
      minSettledInvoices: z.number().int().min(1).default(3),
      /** Score points per payment-index point: 0.4 turns an index of 0-100 into 0-40. */
      weight: z.number().min(0).default(0.4),
      neutral: z.number().min(0).default(20),
      trendRecentMonths: z.number().int().positive().default(3),
      trendEarlierMonths: z.number().int().positive().default(9),
      /** Index points the recent window must differ by to count as improving or worsening. */
      trendThreshold: z.number().min(0).default(5),
      trendMinInvoicesPerWindow: z.number().int().min(1).default(2),
    })
    .prefault({}),
  relationship: z
    .object({
      bands: z.array(z.object({ minYears: z.number().min(0), points: z.number().min(0) })).default([
        { minYears: 5, points: 10 },
        { minYears: 3, points: 7 },
        { minYears: 1, points: 4 },
      ]),
      belowBands: z.number().min(0).default(2),
      neutral: z.number().min(0).default(5),
      /** Factor applied while the customer has a disputed open item; 0.5 halves the part. */
      disputeFactor: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  financial: z
    .object({
      zPrime: zModel([0.717, 0.847, 3.107, 0.42, 0.998], 1.23, 2.9),
      zDoublePrime: zModel([6.56, 3.26, 6.72, 1.05, 0], 1.1, 2.6),
      safe: z.number().min(0).default(30),
      grey: z.number().min(0).default(18),
      distress: z.number().min(0).default(6),
      neutral: z.number().min(0).default(15),
      max: z.number().min(0).default(30),
      currentRatioLow: z.number().default(1),
      currentRatioLowPenalty: z.number().min(0).default(3),
      currentRatioHigh: z.number().default(2),
      currentRatioHighBonus: z.number().min(0).default(2),
      leverageMax: z.number().default(3),
      leveragePenalty: z.number().min(0).default(3),
    })
    .prefault({}),
  external: z
    .object({
      ratings: z.array(ratingRow).default(DEFAULT_RATINGS),
      /** Bureau scores run from 0 to `scoreScale` and are scaled to 0-`max`. */
      scoreScale: z.number().positive().default(100),
      max: z.number().min(0).default(20),
      neutral: z.number().min(0).default(10),
    })
    .prefault({}),
  classes: z
    .array(classRow)
    .length(RISK_CLASSES.length)
    .default(DEFAULT_CLASSES.map((row) => ({ ...row }))),
  limits: z
    .object({
      /** Recommended limits are rounded down to this step, in major units. */
      step: z.number().positive().default(1000),
      toleratedDelayDays: z.number().min(0).default(15),
      defaultTermsDays: z.number().min(0).default(30),
      salesMonths: z.number().int().positive().default(12),
    })
    .prefault({}),
  creditFile: z
    .object({
      financialsMaxAgeMonths: z.number().int().positive().default(18),
      /** Customers whose country differs need a guarantee or insurance; unset means none is foreign. */
      homeCountry: z.string().optional(),
      guaranteeClasses: z.array(z.enum(RISK_CLASSES)).default(["D", "E"]),
    })
    .prefault({}),
  /** A customer is active with open items or sales within this many months. */
  activeMonths: z.number().int().positive().default(12),
});

export type CustomerParams = z.infer<typeof customerParamsSchema>;

export const DEFAULT_CUSTOMER_PARAMS: CustomerParams = customerParamsSchema.parse({});
