/** The comparison block of `CD Assessment`: level and points before, after and the change. */
import type { AssessmentFramework } from "../engine/assessment/framework-schema";
import type { AssessmentComparison } from "../engine/assessment/history";
import { localize, type AssessmentLocale } from "../engine/assessment/types";
import { assessmentReportStrings, gradeLabel } from "./assessment-strings";
import { cell, type CellModel, type ConditionalFormatModel, type TableModel } from "./model";

export interface ComparisonOptions {
  locale: AssessmentLocale;
  framework: AssessmentFramework;
  /** As-of date of the previous run, `YYYY-MM-DD`, when known. */
  date: string | undefined;
}

/**
 * Appends the comparison below `rows`, after one blank row, and returns the table over its
 * indicator rows and the conditional formats that colour the changes.
 */
export function comparisonBlock(
  rows: (CellModel | null)[][],
  comparison: AssessmentComparison,
  options: ComparisonOptions,
): { table: TableModel; formats: ConditionalFormatModel[] } {
  const strings = assessmentReportStrings(options.locale).comparison;
  const name = (code: string) => {
    const definition = options.framework.indicators.find((indicator) => indicator.code === code);
    return definition ? localize(definition.name, options.locale) : code;
  };

  rows.push([]);
  rows.push([cell(strings.title(options.date), undefined, "subtitle")]);
  const headerRow = rows.length;
  // Every column after the code and indicator name holds a figure.
  rows.push(
    strings.headers.map((text, i) => ({
      ...cell(text, undefined, "header"),
      ...(i >= 2 ? { align: "right" as const } : {}),
    })),
  );
  for (const change of comparison.indicators) {
    rows.push([
      cell(change.code),
      cell(name(change.code)),
      cell(change.levelBefore ?? null, "integer"),
      cell(change.levelAfter ?? null, "integer"),
      cell(change.levelChange ?? null, "integer"),
      cell(change.pointsBefore ?? null, "decimal2"),
      cell(change.pointsAfter ?? null, "decimal2"),
      cell(change.pointsChange ?? null, "decimal2"),
    ]);
  }
  const lastRow = rows.length - 1;

  const total = (value: CellModel["value"], format?: "decimal2") => cell(value, format, "total");
  rows.push([
    total(null),
    total(strings.score),
    total(null),
    total(null),
    total(null),
    total(comparison.scoreBefore, "decimal2"),
    total(comparison.scoreAfter, "decimal2"),
    total(comparison.scoreChange, "decimal2"),
  ]);
  rows.push([
    cell(null),
    cell(strings.grade, undefined, "label"),
    cell(null),
    cell(null),
    cell(null),
    // Right-aligned under the score columns, so the two grades do not run together.
    {
      ...cell(gradeLabel(comparison.gradeBefore, options.locale, options.framework)),
      align: "right",
    },
    {
      ...cell(gradeLabel(comparison.gradeAfter, options.locale, options.framework)),
      align: "right",
    },
  ]);

  // Only the change columns are coloured: level change per indicator, points change also on the total.
  const levelChanges = { top: headerRow + 1, left: 4, bottom: lastRow, right: 4 };
  const pointChanges = { top: headerRow + 1, left: 7, bottom: lastRow + 1, right: 7 };
  return {
    table: {
      name: "CDAssessmentComparison",
      range: { top: headerRow, left: 0, bottom: lastRow, right: 7 },
      totalsRow: false,
      style: "TableStyleLight9",
    },
    formats: [levelChanges, pointChanges].flatMap((range) => [
      { range, rule: { type: "greaterThan", value: 0, fill: "C6EFCE", font: "006100" } },
      { range, rule: { type: "lessThan", value: 0, fill: "FFC7CE", font: "9C0006" } },
    ]),
  };
}
