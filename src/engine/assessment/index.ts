/** The credit-management self-assessment: one entry point plus the parts adapters need. */
export { assess, type AssessOptions } from "./assess";
export { INVALID_ANSWER, parseAnswer, questionNumber, type ParsedAnswer } from "./answers";
export { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_INPUT } from "./framework";
export { loadFramework, type AssessmentFramework, type FrameworkInput } from "./framework-schema";
export {
  appendHistory,
  compareAssessments,
  historyRowFromResult,
  historyRowSchema,
  parseGrade,
  previousRun,
  snapshotFromHistoryRow,
  type AssessmentComparison,
  type AssessmentHistoryRow,
  type AssessmentSnapshot,
  type IndicatorChange,
} from "./history";
export { toAssessmentJson, type AssessmentJson } from "./json";
export { metricLevel } from "./metrics";
export { metricsFromSources, type MetricSources } from "./metric-sources";
export { ACTION_STATUSES, STATUS_LABELS, parseStatus, type ActionStatus } from "./strings";
export * from "./types";
