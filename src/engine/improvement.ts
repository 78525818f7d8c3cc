/**
 * The improvement plan: catalogue actions for every indicator at level 2 or below and every metric
 * below its level-3 threshold, with the finding that triggered them. Re-running keeps the owner,
 * due date and status the user typed.
 */
import type { Day } from "./dates";
import { DEFAULT_FRAMEWORK } from "./assessment/framework";
import type { AssessmentFramework } from "./assessment/framework-schema";
import { meetsThreshold, thresholdFor } from "./assessment/metrics";
import type { IndicatorDefinition } from "./assessment/schema";
import { findingText, formatPercent, parseStatus } from "./assessment/strings";
import type { AssessmentResult, IndicatorResult, LocalizedText } from "./assessment/types";

export interface ImprovementAction {
  indicator: string;
  actionId: string;
  /** `indicator/actionId`, e.g. `A5/complete-files`: the stable key of a plan row. */
  key: string;
  /** Finding that calls for the action, with the measured values. */
  finding: LocalizedText;
  action: LocalizedText;
  /** Blank until the user names someone. */
  owner: string;
  dueDate: Day;
  /** A status code (`open`, `in-progress`, `done`, `dropped`) or the text the user typed. */
  status: string;
  level: number;
  targetLevel: number;
}

export interface ImprovementOptions {
  asOf: Day;
  /** Days from the as-of date to the default due date, 90 when omitted. */
  dueInDays?: number;
  /** Level at or below which an indicator gets actions, 2 when omitted. */
  maxLevel?: number;
  framework?: AssessmentFramework;
}

/** The level a metric must reach before it stops producing actions. */
const METRIC_ACTION_LEVEL = 3;

export function actionKey(indicator: string, actionId: string): string {
  return `${indicator}/${actionId}`;
}

/** Splits a key such as `A5/complete-files`, or returns undefined for text of another form. */
export function parseActionKey(key: string): { indicator: string; actionId: string } | undefined {
  const match = /^\s*([A-Za-z][0-9]+)\s*\/\s*([a-z0-9-]+)\s*$/.exec(key);
  if (!match) return undefined;
  return { indicator: match[1]!.toUpperCase(), actionId: match[2]! };
}

/** Lists the findings on an indicator's metrics: values below level 3, and values not measured. */
function metricFindings(definition: IndicatorDefinition, result: IndicatorResult): LocalizedText[] {
  const findings: LocalizedText[] = [];
  for (const metric of definition.metrics) {
    const measured = result.measurements.find((measurement) => measurement.key === metric.key);
    const threshold = thresholdFor(metric, METRIC_ACTION_LEVEL)!;
    if (measured?.value === undefined) {
      findings.push(findingText("notMeasured", {}, { metric: metric.name }));
    } else if (!meetsThreshold(metric, measured.value, threshold)) {
      const key = metric.direction === "at-least" ? "belowMinimum" : "aboveMaximum";
      const values = { value: formatPercent(measured.value), threshold: formatPercent(threshold) };
      findings.push(findingText(key, values, { metric: metric.name }));
    }
  }
  return findings;
}

function hasMetricBelowLevel3(definition: IndicatorDefinition, result: IndicatorResult): boolean {
  return definition.metrics.some((metric) => {
    const measured = result.measurements.find((measurement) => measurement.key === metric.key);
    if (measured?.value === undefined) return false;
    return !meetsThreshold(metric, measured.value, thresholdFor(metric, METRIC_ACTION_LEVEL)!);
  });
}

/** Joins the level finding, the unanswered count and the metric findings into one text. */
function describeFinding(
  definition: IndicatorDefinition,
  result: IndicatorResult,
  unanswered: number,
): LocalizedText {
  const parts = [findingText("level", { level: result.level, sum: result.checklistSum })];
  if (unanswered > 0) parts.push(findingText("unanswered", { count: unanswered }));
  parts.push(...metricFindings(definition, result));
  return {
    en: parts.map((part) => part.en).join(" "),
    zh: parts.map((part) => part.zh).join(""),
  };
}

/** Builds the plan in framework order, one row per catalogue action of each indicator that needs one. */
export function buildImprovementPlan(
  result: AssessmentResult,
  options: ImprovementOptions,
): ImprovementAction[] {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const maxLevel = options.maxLevel ?? 2;
  const dueDate = options.asOf + (options.dueInDays ?? 90);

  const plan: ImprovementAction[] = [];
  for (const definition of framework.indicators) {
    const rated = result.indicators.find((indicator) => indicator.code === definition.code);
    if (!rated) continue;
    if (rated.level > maxLevel && !hasMetricBelowLevel3(definition, rated)) continue;

    const unanswered = result.unanswered.filter((question) => question.code === rated.code);
    const finding = describeFinding(definition, rated, unanswered.length);
    for (const action of definition.actions) {
      plan.push({
        indicator: definition.code,
        actionId: action.id,
        key: actionKey(definition.code, action.id),
        finding,
        action: action.text,
        owner: "",
        dueDate,
        status: "open",
        level: rated.level,
        // An action always aims at least one level above where the indicator is now.
        targetLevel: Math.max(action.targetLevel, Math.min(5, rated.level + 1)),
      });
    }
  }
  return plan;
}

/** A plan row read back from the sheet with the user's edits. Blank cells are undefined. */
export interface PreviousPlanRow {
  indicator: string;
  actionId: string;
  owner?: string | undefined;
  dueDate?: Day | undefined;
  status?: string | undefined;
}

/**
 * Copies owner, due date and status from the previous plan onto the new one, matching rows by
 * indicator code and action id. A blank previous cell keeps the new default. A status typed as a
 * known label is stored as its code, and other status text is kept as typed. Actions that are no
 * longer needed are dropped with their edits.
 */
export function mergeUserEdits(
  newPlan: readonly ImprovementAction[],
  previousRows: readonly PreviousPlanRow[],
): ImprovementAction[] {
  const previous = new Map(
    previousRows.map((row) => [
      actionKey(row.indicator.trim().toUpperCase(), row.actionId.trim()),
      row,
    ]),
  );
  return newPlan.map((action) => {
    const row = previous.get(action.key);
    if (!row) return { ...action };

    const merged = { ...action };
    if (row.owner?.trim()) merged.owner = row.owner.trim();
    if (row.dueDate !== undefined) merged.dueDate = row.dueDate;
    const status = row.status?.trim();
    // A known status in either language is stored as its code, so the sheet shows it in the run's language.
    if (status) merged.status = parseStatus(status) ?? status;
    return merged;
  });
}
