/** The `CD History` sheet: score, grade and level per indicator for each as-of date. */
import { DEFAULT_FRAMEWORK } from "../engine/assessment/framework";
import type { AssessmentFramework } from "../engine/assessment/framework-schema";
import type { AssessmentHistoryRow } from "../engine/assessment/history";
import type { AssessmentLocale } from "../engine/assessment/types";
import { assessmentReportStrings, gradeLabel } from "./assessment-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";

export interface HistorySheetOptions {
  locale: AssessmentLocale;
  framework?: AssessmentFramework;
}

const HEADER_ROW = 3;

/**
 * Builds the `CD History` sheet model, rows sorted by date. Columns: as-of date, score, grade
 * label, then one level column per indicator code (the header is the code, in every language).
 */
export function historySheet(
  history: readonly AssessmentHistoryRow[],
  options: HistorySheetOptions,
): SheetModel {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const strings = assessmentReportStrings(options.locale).history;
  const codes = framework.indicators.map((indicator) => indicator.code);
  const sorted = [...history].sort((a, b) => a.asOf - b.asOf);
  const lastColumn = 2 + codes.length;

  const rows: (CellModel | null)[][] = [
    [cell(strings.title, undefined, "title")],
    [cell(strings.subtitle, undefined, "subtitle")],
    [],
    [...strings.headers, ...codes].map((text) => cell(text, undefined, "header")),
  ];
  for (const row of sorted) {
    rows.push([
      dateCell(row.asOf),
      cell(row.score, "decimal2"),
      cell(gradeLabel(row.grade, options.locale, framework)),
      ...codes.map((code) => cell(row.levels[code] ?? null, "integer")),
    ]);
  }
  if (sorted.length === 0) rows.push([cell(strings.empty, undefined, "note")]);

  return {
    name: assessmentReportStrings(options.locale).sheets.history,
    marker: "assessment-history",
    rows,
    columnWidths: [12, 9, 22, ...codes.map(() => 6)],
    tables:
      sorted.length === 0
        ? []
        : [
            {
              name: "CDAssessmentHistory",
              range: {
                top: HEADER_ROW,
                left: 0,
                bottom: HEADER_ROW + sorted.length,
                right: lastColumn,
              },
              totalsRow: false,
              style: "TableStyleLight9",
            },
          ],
    charts: [],
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW + 1, cols: 1 },
    print: { orientation: "landscape", fitToWidth: true },
  };
}
