/**
 * The self-assessment of an analysis: checklist answers capped by the metrics measured from the
 * same workbook, the grade, the improvement plan with the user's edits kept, and the history.
 */
import {
  appendHistory,
  assess,
  DEFAULT_FRAMEWORK,
  metricsFromSources,
  previousRun,
  type AssessmentHistoryRow,
  type AssessmentResult,
  type AssessmentSnapshot,
} from "./assessment";
import type { CustomerPortfolio } from "./customer-types";
import type { Day } from "./dates";
import type { FinancingResult } from "./financing";
import { buildImprovementPlan, mergeUserEdits, type ImprovementAction } from "./improvement";
import type { Issue } from "./issues";
import type { PreviousState } from "./previous";
import type { AssessmentAnswerRecord } from "./schema";
import type { Kpis } from "./types";

export interface AssessmentMessages {
  unanswered(indicator: string, questionNo: number): string;
  duplicateAnswer(): string;
}

export interface SelfAssessment {
  result: AssessmentResult;
  plan: ImprovementAction[];
  history: AssessmentHistoryRow[];
  previous?: { asOf: Day; snapshot: AssessmentSnapshot };
}

export function runSelfAssessment(
  answers: readonly AssessmentAnswerRecord[],
  sources: { portfolio: CustomerPortfolio; kpis: Kpis; financing: FinancingResult },
  context: { asOf: Day; sheet: string; previous: PreviousState; messages: AssessmentMessages },
): { assessment: SelfAssessment; issues: Issue[] } {
  const metrics = metricsFromSources({
    customers: sources.portfolio,
    kpis: sources.kpis,
    financing: { gross: sources.financing.gross, eligible: sources.financing.eligible },
  });
  const result = assess(answers, metrics);
  const issues: Issue[] = result.unanswered.map((question) => ({
    severity: "warning",
    code: "unanswered",
    sheet: question.ref?.sheet ?? context.sheet,
    row: question.ref?.row ?? 0,
    column: "",
    message: context.messages.unanswered(question.code, question.questionNo),
  }));
  for (const ref of result.duplicateAnswers) {
    issues.push({
      severity: "warning",
      code: "bad-answer",
      sheet: ref.sheet,
      row: ref.row,
      column: "",
      message: context.messages.duplicateAnswer(),
    });
  }

  const plan = mergeUserEdits(
    buildImprovementPlan(result, { asOf: context.asOf }),
    context.previous.plan,
  );
  const previous = previousRun(context.previous.history, context.asOf, DEFAULT_FRAMEWORK);
  const assessment: SelfAssessment = {
    result,
    plan,
    history: appendHistory(context.previous.history, result, context.asOf),
  };
  if (previous) assessment.previous = previous;
  return { assessment, issues };
}
