/** Metric levels: a measured ratio against the thresholds for levels 5, 4, 3 and 2. */
import type { MetricDefinition } from "./schema";
import type { AssessmentMetrics, MeasurementResult, MetricKey } from "./types";

/**
 * Ratios computed from amounts carry binary rounding (0.1 + 0.2 is 0.30000000000000004), so a
 * value within this distance of a threshold counts as meeting it.
 */
const THRESHOLD_TOLERANCE = 1e-9;

/** Levels that thresholds 0-3 stand for. */
const THRESHOLD_LEVELS = [5, 4, 3, 2] as const;

/** Returns whether `value` meets `threshold` in the metric's direction. */
export function meetsThreshold(
  metric: MetricDefinition,
  value: number,
  threshold: number,
): boolean {
  return metric.direction === "at-least"
    ? value >= threshold - THRESHOLD_TOLERANCE
    : value <= threshold + THRESHOLD_TOLERANCE;
}

/**
 * Returns the level for a measured ratio: the highest level whose threshold it meets, or 1 when it
 * misses even the level-2 threshold. A metric never gives level 0, which only the checklist can.
 */
export function metricLevel(metric: MetricDefinition, value: number): number {
  const index = metric.thresholds.findIndex((threshold) =>
    meetsThreshold(metric, value, threshold),
  );
  return index === -1 ? 1 : (THRESHOLD_LEVELS[index] ?? 1);
}

/** Returns the threshold a metric must meet for `level` (2-5). */
export function thresholdFor(metric: MetricDefinition, level: number): number | undefined {
  return metric.thresholds[THRESHOLD_LEVELS.indexOf(level as 5 | 4 | 3 | 2)];
}

/**
 * Checks that every metric given is a finite ratio from 0 to 1. Metrics come from other engine
 * modules, not from the user, so a bad value is a programming error and throws.
 */
export function validateMetrics(metrics: AssessmentMetrics): void {
  for (const [key, value] of Object.entries(metrics)) {
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new RangeError(`Assessment metric ${key} must be a ratio from 0 to 1, got ${value}`);
    }
  }
}

export interface IndicatorMeasurement {
  measurements: MeasurementResult[];
  unmeasured: MetricKey[];
  /** Lowest level among the measured values, undefined when none was measured. */
  level?: number;
  /** Value that set `level`, the first one when several tie. */
  value?: number;
}

/** Measures an indicator's metrics. When it has several, the lowest level wins. */
export function measureIndicator(
  definitions: readonly MetricDefinition[],
  metrics: AssessmentMetrics,
): IndicatorMeasurement {
  const result: IndicatorMeasurement = { measurements: [], unmeasured: [] };
  for (const definition of definitions) {
    const value = metrics[definition.key];
    if (value === undefined) {
      result.measurements.push({ key: definition.key });
      result.unmeasured.push(definition.key);
      continue;
    }

    const level = metricLevel(definition, value);
    result.measurements.push({ key: definition.key, value, level });
    if (result.level === undefined || level < result.level) {
      result.level = level;
      result.value = value;
    }
  }
  return result;
}
