/** The `assessment` part of the command line's JSON document. */
import type { AssessmentResult, GradeCode } from "./types";

export interface AssessmentJson {
  score: number;
  grade: GradeCode;
  gate: boolean;
  subtotals: Record<string, number>;
  indicators: {
    code: string;
    level: number;
    checklistLevel: number;
    metricLevel: number | null;
    metric: number | null;
    points: number;
    cappedBy: "metric" | "checklist" | null;
  }[];
}

/** Rounds a ratio to four decimals, so JSON shows 0.3 and not 0.30000000000000004. */
function roundRatio(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function toAssessmentJson(result: AssessmentResult): AssessmentJson {
  return {
    score: result.score,
    grade: result.grade,
    gate: result.gate,
    subtotals: { ...result.subtotals },
    indicators: result.indicators.map((indicator) => ({
      code: indicator.code,
      level: indicator.level,
      checklistLevel: indicator.checklistLevel,
      metricLevel: indicator.metricLevel ?? null,
      metric: indicator.metric === undefined ? null : roundRatio(indicator.metric),
      points: indicator.points,
      cappedBy: indicator.cappedBy,
    })),
  };
}
