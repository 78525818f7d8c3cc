/**
 * Collects the assessment metrics from the results of the customer, KPI and financing engines.
 * The inputs are typed by shape only, so this module does not depend on those engines.
 */
import { ratio } from "../money";
import type { AssessmentMetrics } from "./types";

export interface MetricSources {
  /** Customer portfolio shares for indicators A5 (files), B1 (reviews), B2 (limits), B3 (contracts). */
  customers?: {
    completeFileShare?: number | undefined;
    ratedWithinReviewShare?: number | undefined;
    exposureWithinLimitShare?: number | undefined;
    contractCoverage?: { byCount?: number | undefined } | undefined;
  };
  /** Collection KPIs for indicator B4, as ratios from 0 to 1. */
  kpis?: { overdueRatio?: number | undefined; over90Ratio?: number | undefined };
  /** Gross and eligible receivables for indicator B5, in minor units. */
  financing?: { gross: number; eligible: number };
}

/** Keeps a ratio inside 0-1, because rounding or offsetting credits can push it just past either end. */
function clampRatio(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.min(1, Math.max(0, value));
}

/**
 * Builds `AssessmentMetrics` from the engines' results. A metric is undefined when its source is
 * missing or has no base (no customers, no open items, gross receivables of zero or less).
 */
export function metricsFromSources(sources: MetricSources): AssessmentMetrics {
  const { customers, kpis, financing } = sources;
  const gross = financing?.gross ?? 0;
  const eligibleShare = gross > 0 ? ratio(financing?.eligible ?? 0, gross) : undefined;

  return {
    completeFileShare: clampRatio(customers?.completeFileShare),
    ratedOnTimeShare: clampRatio(customers?.ratedWithinReviewShare),
    withinLimitShare: clampRatio(customers?.exposureWithinLimitShare),
    documentedShare: clampRatio(customers?.contractCoverage?.byCount),
    overdueRatio: clampRatio(kpis?.overdueRatio),
    over90Ratio: clampRatio(kpis?.over90Ratio),
    eligibleShare: clampRatio(eligibleShare),
  };
}
