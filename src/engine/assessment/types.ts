/** Types shared by the credit-management self-assessment: framework, answers, metrics, results. */
import type { SourceRef } from "../issues";

export type AssessmentLocale = "en-US" | "zh-CN";

/** A text in English and simplified Chinese. */
export interface LocalizedText {
  en: string;
  zh: string;
}

/** Picks the text for a locale. */
export function localize(text: LocalizedText, locale: AssessmentLocale): string {
  return locale === "zh-CN" ? text.zh : text.en;
}

export const GRADE_CODES = [
  "financing-ready",
  "ready-with-conditions",
  "developing",
  "not-ready",
] as const;
export type GradeCode = (typeof GRADE_CODES)[number];

/**
 * Measured values for the indicators that have a metric, each a ratio from 0 to 1. A value is
 * undefined when the workbook cannot measure it, and the checklist level is then used alone.
 */
export interface AssessmentMetrics {
  /** A5: customers with a complete credit file ÷ customers. */
  completeFileShare?: number | undefined;
  /** B1: active customers rated within their review period ÷ active customers. */
  ratedOnTimeShare?: number | undefined;
  /** B2: exposure within the limit ÷ total exposure, by amount. */
  withinLimitShare?: number | undefined;
  /** B3: open items with a contract and delivery proof ÷ open items. */
  documentedShare?: number | undefined;
  /** B4: past-due receivables ÷ total receivables. */
  overdueRatio?: number | undefined;
  /** B4: receivables more than 90 days past due ÷ total receivables. */
  over90Ratio?: number | undefined;
  /** B5: eligible receivables ÷ gross receivables. */
  eligibleShare?: number | undefined;
}
export type MetricKey = keyof AssessmentMetrics;

/** One measurement behind an indicator's metric level. */
export interface MeasurementResult {
  key: MetricKey;
  /** Measured ratio, undefined when it could not be measured. */
  value?: number;
  /** Level 1-5 from the thresholds, undefined when not measured. */
  level?: number;
}

export interface IndicatorResult {
  code: string;
  group: string;
  weight: number;
  /** The lower of the checklist level and the metric level. */
  level: number;
  /** Rounded sum of the five answers, 0-5. */
  checklistLevel: number;
  /** Sum of the five answers before rounding, 0-5 in steps of 0.5. */
  checklistSum: number;
  /** Lowest level among the measurements taken, undefined when nothing was measured. */
  metricLevel?: number;
  /** Value of the measurement that set the metric level. */
  metric?: number;
  measurements: MeasurementResult[];
  /** Metrics the indicator defines but the workbook could not measure. */
  unmeasured: MetricKey[];
  points: number;
  /** Side that lowered the level, or null when both agree or there is no metric. */
  cappedBy: "metric" | "checklist" | null;
}

/** A question with no usable answer, counted as No. `ref` is set when a row for it exists. */
export interface UnansweredQuestion {
  code: string;
  questionNo: number;
  ref?: SourceRef;
}

export interface AssessmentResult {
  /** Sum of the indicators' points, 0-100, two decimals. */
  score: number;
  /** Points per group code (A, B), two decimals. */
  subtotals: Record<string, number>;
  grade: GradeCode;
  /** Grade from the score alone, before the gate. */
  scoreGrade: GradeCode;
  /** True when the gate lowered the grade. */
  gate: boolean;
  /** Gate indicators at or below the gate level, whether or not the grade was lowered. */
  gateIndicators: string[];
  indicators: IndicatorResult[];
  unanswered: UnansweredQuestion[];
  /** Answer rows naming an indicator or question number the framework does not have. */
  unknownAnswers: SourceRef[];
  /** Later answer rows for a question already answered. The last one is used. */
  duplicateAnswers: SourceRef[];
}
