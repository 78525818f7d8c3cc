/**
 * The `CD Improvement` sheet: one row per action. Owner, due date and status are user columns,
 * matched on the `Indicator/Action ID` key when a re-run replaces the sheet.
 */
import { isoFromDay, type Day } from "../engine/dates";
import { DEFAULT_FRAMEWORK } from "../engine/assessment/framework";
import type { AssessmentFramework } from "../engine/assessment/framework-schema";
import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from "../engine/assessment/strings";
import { localize, type AssessmentLocale } from "../engine/assessment/types";
import type { ImprovementAction } from "../engine/improvement";
import { assessmentReportStrings } from "./assessment-strings";
import { cell, dateCell, type CellModel, type SheetModel, type TableModel } from "./model";

export interface ImprovementSheetOptions {
  locale: AssessmentLocale;
  asOf: Day;
  /** Level at or below which indicators got actions, as passed to the plan, 2 by default. */
  maxLevel?: number;
  framework?: AssessmentFramework;
}

const HEADER_ROW = 3;
const KEY_COLUMN = 0;
const OWNER_COLUMN = 4;
const DUE_DATE_COLUMN = 5;
const STATUS_COLUMN = 6;

/** Returns the label of a status code, or the user's own status text unchanged. */
export function statusText(status: string, locale: AssessmentLocale): string {
  const known = ACTION_STATUSES.find((code) => code === status) as ActionStatus | undefined;
  return known ? localize(STATUS_LABELS[known], locale) : status;
}

function actionRow(
  action: ImprovementAction,
  locale: AssessmentLocale,
  framework: AssessmentFramework,
): CellModel[] {
  const definition = framework.indicators.find((indicator) => indicator.code === action.indicator);
  const name = definition ? localize(definition.name, locale) : "";
  return [
    cell(action.key, "text"),
    cell(`${action.indicator} ${name}`.trim()),
    cell(localize(action.finding, locale)),
    cell(localize(action.action, locale)),
    cell(action.owner === "" ? null : action.owner, "text"),
    dateCell(action.dueDate),
    cell(statusText(action.status, locale)),
    cell(action.level, "integer"),
    cell(action.targetLevel, "integer"),
  ];
}

/** Builds the `CD Improvement` sheet model. An empty plan gets a note instead of a table. */
export function improvementSheet(
  plan: readonly ImprovementAction[],
  options: ImprovementSheetOptions,
): SheetModel {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const strings = assessmentReportStrings(options.locale);
  const date = isoFromDay(options.asOf);

  const rows: (CellModel | null)[][] = [
    [cell(strings.improvement.title, undefined, "title")],
    [cell(strings.improvement.subtitle(date, options.maxLevel ?? 2), undefined, "subtitle")],
    [cell(strings.improvement.editNote, undefined, "note")],
    strings.improvement.headers.map((text) => cell(text, undefined, "header")),
  ];
  for (const action of plan) rows.push(actionRow(action, options.locale, framework));

  const tables: TableModel[] = [];
  if (plan.length === 0) {
    rows.push([cell(strings.improvement.empty, undefined, "note")]);
  } else {
    tables.push({
      name: "CDImprovement",
      range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW + plan.length, right: 8 },
      totalsRow: false,
      style: "TableStyleLight9",
    });
  }

  return {
    name: strings.sheets.improvement,
    marker: "improvement",
    rows,
    columnWidths: [26, 40, 60, 70, 18, 12, 14, 13, 13],
    tables,
    charts: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
    userColumns: { key: KEY_COLUMN, columns: [OWNER_COLUMN, DUE_DATE_COLUMN, STATUS_COLUMN] },
  };
}
