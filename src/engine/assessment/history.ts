/** Assessment history and the comparison of two runs, which shows the effect of improvements. */
import { z } from "zod";

import type { Day } from "../dates";
import type { AssessmentFramework } from "./framework-schema";
import { points } from "./score";
import { GRADE_CODES, type AssessmentResult, type GradeCode } from "./types";

/** One past run as kept on the history sheet. */
export const historyRowSchema = z.object({
  asOf: z.number().int(),
  score: z.number().min(0).max(100),
  grade: z.enum(GRADE_CODES),
  /** Level per indicator code. An indicator added later is absent from older rows. */
  levels: z.record(z.string(), z.number().int().min(0).max(5)),
});
export type AssessmentHistoryRow = z.output<typeof historyRowSchema>;

/** The parts of a run that a comparison needs. An `AssessmentResult` has them all. */
export interface AssessmentSnapshot {
  score: number;
  grade: GradeCode;
  indicators: readonly { code: string; level: number; points: number }[];
}

export function historyRowFromResult(result: AssessmentResult, asOf: Day): AssessmentHistoryRow {
  const levels: Record<string, number> = {};
  for (const indicator of result.indicators) levels[indicator.code] = indicator.level;
  return { asOf, score: result.score, grade: result.grade, levels };
}

/**
 * Appends the current run to the history, replacing a row with the same as-of date, and returns
 * the rows sorted by date.
 */
export function appendHistory(
  rows: readonly AssessmentHistoryRow[],
  result: AssessmentResult,
  asOf: Day,
): AssessmentHistoryRow[] {
  const otherDates = rows.filter((row) => row.asOf !== asOf);
  return [...otherDates, historyRowFromResult(result, asOf)].sort((a, b) => a.asOf - b.asOf);
}

/** Rebuilds a snapshot from a history row, recomputing points from the framework's weights. */
export function snapshotFromHistoryRow(
  row: AssessmentHistoryRow,
  framework: AssessmentFramework,
): AssessmentSnapshot {
  const indicators = framework.indicators
    .filter((indicator) => row.levels[indicator.code] !== undefined)
    .map((indicator) => {
      const level = row.levels[indicator.code]!;
      return { code: indicator.code, level, points: points(level, indicator.weight) };
    });
  return { score: row.score, grade: row.grade, indicators };
}

/** Before and after of one indicator. A side is undefined when that run did not rate it. */
export interface IndicatorChange {
  code: string;
  levelBefore?: number;
  levelAfter?: number;
  /** After minus before, undefined unless both runs rated the indicator. */
  levelChange?: number;
  pointsBefore?: number;
  pointsAfter?: number;
  pointsChange?: number;
}

export interface AssessmentComparison {
  scoreBefore: number;
  scoreAfter: number;
  scoreChange: number;
  gradeBefore: GradeCode;
  gradeAfter: GradeCode;
  indicators: IndicatorChange[];
}

function difference(after: number, before: number): number {
  return Math.round((after - before) * 100) / 100;
}

/** Compares two runs indicator by indicator, in the current run's order. */
export function compareAssessments(
  previous: AssessmentSnapshot,
  current: AssessmentSnapshot,
): AssessmentComparison {
  const before = new Map(previous.indicators.map((indicator) => [indicator.code, indicator]));
  const after = new Map(current.indicators.map((indicator) => [indicator.code, indicator]));
  const codes = [...after.keys(), ...[...before.keys()].filter((code) => !after.has(code))];

  const indicators = codes.map((code) => {
    const old = before.get(code);
    const now = after.get(code);
    const change: IndicatorChange = { code };
    if (old) Object.assign(change, { levelBefore: old.level, pointsBefore: old.points });
    if (now) Object.assign(change, { levelAfter: now.level, pointsAfter: now.points });
    if (old && now) {
      change.levelChange = now.level - old.level;
      change.pointsChange = difference(now.points, old.points);
    }
    return change;
  });

  return {
    scoreBefore: previous.score,
    scoreAfter: current.score,
    scoreChange: difference(current.score, previous.score),
    gradeBefore: previous.grade,
    gradeAfter: current.grade,
    indicators,
  };
}

/**
 * Returns the latest run before `asOf` as a snapshot to compare with, or undefined when the
 * history has none.
 */
export function previousRun(
  history: readonly AssessmentHistoryRow[],
  asOf: Day,
  framework: AssessmentFramework,
): { asOf: Day; snapshot: AssessmentSnapshot } | undefined {
  const earlier = history.filter((row) => row.asOf < asOf).sort((a, b) => b.asOf - a.asOf);
  const latest = earlier[0];
  return latest && { asOf: latest.asOf, snapshot: snapshotFromHistoryRow(latest, framework) };
}

/** Reads a grade written as its code or as its label in either language, ignoring case. */
export function parseGrade(text: string, framework: AssessmentFramework): GradeCode | undefined {
  const key = text.trim().toLowerCase();
  const band = framework.gradeBands.find(
    (candidate) =>
      candidate.code === key ||
      candidate.label.en.toLowerCase() === key ||
      candidate.label.zh === text.trim(),
  );
  return band?.code;
}
