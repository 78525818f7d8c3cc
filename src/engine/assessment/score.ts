/** Points, subtotals, grade and the gate. */
import type { AssessmentFramework } from "./framework-schema";
import type { GradeCode, IndicatorResult } from "./types";

/**
 * Points in hundredths for a level: level ÷ 5 × weight × 100. With whole weights this is an exact
 * integer, so subtotals and the total add up without rounding drift.
 */
export function pointsInHundredths(level: number, weight: number): number {
  return Math.round(level * weight * 20);
}

/** Points with two decimals, e.g. level 3 of weight 8 is 4.8. */
export function points(level: number, weight: number): number {
  return pointsInHundredths(level, weight) / 100;
}

/** Sums indicator points per group and in total, to two decimals. */
export function scoreTotals(
  indicators: readonly IndicatorResult[],
  framework: AssessmentFramework,
): { score: number; subtotals: Record<string, number> } {
  const subtotals: Record<string, number> = {};
  let total = 0;
  for (const group of framework.groups) {
    const members = indicators.filter((indicator) => indicator.group === group.code);
    const hundredths = members.reduce(
      (sum, indicator) => sum + pointsInHundredths(indicator.level, indicator.weight),
      0,
    );
    subtotals[group.code] = hundredths / 100;
    total += hundredths;
  }
  return { score: total / 100, subtotals };
}

/** Returns the grade band a score falls in. Bands are sorted from the highest minimum. */
export function gradeForScore(score: number, framework: AssessmentFramework): GradeCode {
  const band = framework.gradeBands.find((candidate) => score >= candidate.minScore);
  // loadFramework guarantees a band starting at 0, and scores are never negative.
  return band?.code ?? framework.gradeBands[framework.gradeBands.length - 1]!.code;
}

/** Ranks a grade: 0 is the best band. */
function gradeRank(grade: GradeCode, framework: AssessmentFramework): number {
  return framework.gradeBands.findIndex((band) => band.code === grade);
}

export interface GatedGrade {
  grade: GradeCode;
  gate: boolean;
  gateIndicators: string[];
}

/**
 * Applies the gate: when a gate indicator is at or below the gate level, the grade is at most the
 * gate grade. `gate` is true only when that lowered the grade.
 */
export function applyGate(
  scoreGrade: GradeCode,
  indicators: readonly IndicatorResult[],
  framework: AssessmentFramework,
): GatedGrade {
  const { gate } = framework;
  const gateIndicators = indicators
    .filter((indicator) => gate.indicators.includes(indicator.code))
    .filter((indicator) => indicator.level <= gate.maxLevel)
    .map((indicator) => indicator.code);

  const lowers =
    gateIndicators.length > 0 &&
    gradeRank(scoreGrade, framework) < gradeRank(gate.grade, framework);
  return { grade: lowers ? gate.grade : scoreGrade, gate: lowers, gateIndicators };
}
