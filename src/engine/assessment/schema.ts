/**
 * Zod schemas of the assessment framework: groups, indicators with their questions, metric
 * thresholds and improvement actions, grade bands and the gate. The framework is data, so it is
 * checked once when it is loaded rather than trusted.
 */
import { z } from "zod";

import { GRADE_CODES, type MetricKey } from "./types";

const METRIC_KEYS = [
  "completeFileShare",
  "ratedOnTimeShare",
  "withinLimitShare",
  "documentedShare",
  "overdueRatio",
  "over90Ratio",
  "eligibleShare",
] as const satisfies readonly MetricKey[];

export const localizedTextSchema = z.object({
  en: z.string().trim().min(1),
  zh: z.string().trim().min(1),
});

const ratio = z.number().min(0).max(1);

/**
 * A measured ratio with the thresholds for levels 5, 4, 3 and 2. `at-least` means higher is
 * better, so thresholds fall from level 5 to 2. `at-most` means lower is better, so they rise.
 */
export const metricSchema = z
  .object({
    key: z.enum(METRIC_KEYS),
    name: localizedTextSchema,
    direction: z.enum(["at-least", "at-most"]),
    thresholds: z.tuple([ratio, ratio, ratio, ratio]),
  })
  .refine(
    (metric) =>
      metric.thresholds.every((value, index, all) => {
        const next = all[index + 1];
        if (next === undefined) return true;
        return metric.direction === "at-least" ? value > next : value < next;
      }),
    { message: "thresholds must get stricter from level 2 to level 5" },
  );

export const actionSchema = z.object({
  /** Stable identifier, unique within the indicator, kept across languages and re-runs. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case words joined by hyphens"),
  text: localizedTextSchema,
  targetLevel: z.number().int().min(1).max(5),
});

export const indicatorSchema = z.object({
  code: z.string().regex(/^[A-Z][0-9]+$/, "a group letter and a number, e.g. A1"),
  group: z.string().regex(/^[A-Z]$/),
  weight: z.number().positive(),
  name: localizedTextSchema,
  description: localizedTextSchema,
  questions: z.array(localizedTextSchema).length(5),
  metrics: z.array(metricSchema).default([]),
  actions: z.array(actionSchema).min(2).max(3),
});

export const groupSchema = z.object({
  code: z.string().regex(/^[A-Z]$/),
  name: localizedTextSchema,
  weight: z.number().positive(),
});

export const gradeBandSchema = z.object({
  code: z.enum(GRADE_CODES),
  /** Lowest score in the band, inclusive. */
  minScore: z.number().min(0).max(100),
  label: localizedTextSchema,
});

export const gateSchema = z.object({
  indicators: z.array(z.string()).min(1),
  /** The gate applies when any of its indicators is at this level or below. */
  maxLevel: z.number().int().min(0).max(5),
  /** Best grade allowed while the gate applies. */
  grade: z.enum(GRADE_CODES),
});

export type LocalizedTextInput = z.input<typeof localizedTextSchema>;
export type MetricDefinition = z.output<typeof metricSchema>;
export type ActionDefinition = z.output<typeof actionSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;
export type IndicatorDefinition = z.output<typeof indicatorSchema>;
export type GroupDefinition = z.output<typeof groupSchema>;
export type GradeBand = z.output<typeof gradeBandSchema>;
export type GateDefinition = z.output<typeof gateSchema>;
