/** The self-assessment: checklist answers and measured metrics to levels, points and a grade. */
import type { AssessmentAnswerRecord } from "../schema";
import {
  checklistLevel,
  collectAnswers,
  unansweredQuestions,
  type ChecklistAnswers,
} from "./answers";
import { DEFAULT_FRAMEWORK } from "./framework";
import type { AssessmentFramework } from "./framework-schema";
import { measureIndicator, validateMetrics } from "./metrics";
import type { IndicatorDefinition } from "./schema";
import { applyGate, gradeForScore, points, scoreTotals } from "./score";
import type { AssessmentMetrics, AssessmentResult, IndicatorResult } from "./types";

export interface AssessOptions {
  /** Framework to assess against, the default one when omitted. */
  framework?: AssessmentFramework;
}

/** Rates one indicator: the lower of its checklist level and its metric level. */
export function rateIndicator(
  indicator: IndicatorDefinition,
  checklist: ChecklistAnswers,
  metrics: AssessmentMetrics,
): IndicatorResult {
  const { sum, level: fromChecklist } = checklistLevel(checklist.answers);
  const measured = measureIndicator(indicator.metrics, metrics);
  const fromMetric = measured.level;
  const level = fromMetric === undefined ? fromChecklist : Math.min(fromChecklist, fromMetric);

  let cappedBy: IndicatorResult["cappedBy"] = null;
  if (fromMetric !== undefined && fromMetric < fromChecklist) cappedBy = "metric";
  if (fromMetric !== undefined && fromChecklist < fromMetric) cappedBy = "checklist";

  const result: IndicatorResult = {
    code: indicator.code,
    group: indicator.group,
    weight: indicator.weight,
    level,
    checklistLevel: fromChecklist,
    checklistSum: sum,
    measurements: measured.measurements,
    unmeasured: measured.unmeasured,
    points: points(level, indicator.weight),
    cappedBy,
  };
  if (fromMetric !== undefined) result.metricLevel = fromMetric;
  if (measured.value !== undefined) result.metric = measured.value;
  return result;
}

/**
 * Assesses credit management on the framework's indicators. Unanswered questions count as No and
 * are listed with their sheet row when one exists, so the adapter can raise `unanswered` warnings.
 * Throws a RangeError when a metric is not a ratio from 0 to 1.
 */
export function assess(
  answers: readonly AssessmentAnswerRecord[],
  metrics: AssessmentMetrics,
  options: AssessOptions = {},
): AssessmentResult {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  validateMetrics(metrics);

  const collected = collectAnswers(answers, framework);
  const indicators: IndicatorResult[] = [];
  const unanswered: AssessmentResult["unanswered"] = [];
  for (const indicator of framework.indicators) {
    const checklist = collected.byIndicator.get(indicator.code)!;
    indicators.push(rateIndicator(indicator, checklist, metrics));
    unanswered.push(...unansweredQuestions(indicator.code, checklist));
  }

  const { score, subtotals } = scoreTotals(indicators, framework);
  const scoreGrade = gradeForScore(score, framework);
  const gated = applyGate(scoreGrade, indicators, framework);
  return {
    score,
    subtotals,
    grade: gated.grade,
    scoreGrade,
    gate: gated.gate,
    gateIndicators: gated.gateIndicators,
    indicators,
    unanswered,
    unknownAnswers: collected.unknown,
    duplicateAnswers: collected.duplicates,
  };
}
