/** The level chart of `CD Assessment` and the small table of codes and levels it plots. */
import type { AssessmentResult } from "../engine/assessment/types";
import type { AssessmentReportStrings } from "./assessment-strings";
import { cell, type CellModel, type ChartModel, type TableModel } from "./model";

const MAX_LEVEL = 5;

/**
 * Writes the chart data (code, level, maximum) into `rows` from `headerRow` at column `left`, and
 * returns a table over it and a radar chart of the levels against the maximum.
 */
export function chartBlock(
  rows: (CellModel | null)[][],
  result: AssessmentResult,
  strings: AssessmentReportStrings,
  headerRow: number,
  left: number,
): { table: TableModel; chart: ChartModel } {
  const place = (rowIndex: number, cells: CellModel[]) => {
    const row = rows[rowIndex] ?? [];
    while (row.length < left) row.push(null);
    row.splice(left, cells.length, ...cells);
    rows[rowIndex] = row;
  };

  place(
    headerRow,
    strings.assessment.chartHeaders.map((text) => cell(text, undefined, "header")),
  );
  result.indicators.forEach((indicator, index) => {
    place(headerRow + 1 + index, [
      cell(indicator.code),
      cell(indicator.level, "integer"),
      cell(MAX_LEVEL, "integer"),
    ]);
  });

  const first = headerRow + 1;
  const last = headerRow + result.indicators.length;
  const categories = { top: first, left, bottom: last, right: left };
  const table: TableModel = {
    name: "CDAssessmentLevels",
    range: { top: headerRow, left, bottom: last, right: left + 2 },
    totalsRow: false,
    style: "TableStyleLight9",
  };
  const chart: ChartModel = {
    type: "radar",
    title: strings.assessment.chartTitle,
    series: [1, 2].map((offset) => ({
      name: strings.assessment.chartHeaders[offset]!,
      categories,
      values: { top: first, left: left + offset, bottom: last, right: left + offset },
    })),
    anchor: { row: last + 2, col: left, width: 7, height: 18 },
  };
  return { table, chart };
}
