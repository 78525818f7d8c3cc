/// <reference types="office-js" />
/**
 * What a sheet model adds around its cells: Excel tables, conditional formats, charts, frozen
 * panes and print settings. Each function only queues operations; the caller syncs.
 */
import type {
  ChartModel,
  ConditionalFormatModel,
  PrintModel,
  RangeModel,
  SheetModel,
  TableModel,
} from "../report/model";
import { cellAddress } from "./office-cells";

const CHART_TYPES: Record<ChartModel["type"], "ColumnClustered" | "BarClustered" | "Radar"> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  radar: "Radar",
};

function rangeOf(sheet: Excel.Worksheet, range: RangeModel): Excel.Range {
  return sheet.getRangeByIndexes(
    range.top,
    range.left,
    range.bottom - range.top + 1,
    range.right - range.left + 1,
  );
}

/** Returns `name`, or `name_2`, `name_3` ... whichever no other table in the workbook uses. */
export function uniqueTableName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Queues an Excel table over the model's header and data rows. A totals row stays below the
 * table as written cells: Office's own totals row would replace the report's totals with formulas.
 */
export function queueTable(sheet: Excel.Worksheet, model: TableModel, name: string): void {
  const bottom = model.totalsRow ? model.range.bottom - 1 : model.range.bottom;
  // A table needs at least one data row under its header.
  if (bottom <= model.range.top) return;

  const table = sheet.tables.add(rangeOf(sheet, { ...model.range, bottom }), true);
  table.name = name;
  table.style = model.style;
}

/**
 * Queues a conditional format. `textEquals` is a cell-value rule comparing with a quoted string,
 * because Excel's text-comparison rule offers only contains, begins with and ends with.
 */
export function queueConditionalFormat(
  sheet: Excel.Worksheet,
  model: ConditionalFormatModel,
): void {
  const formats = rangeOf(sheet, model.range).conditionalFormats;
  const rule = model.rule;

  if (rule.type === "dataBar") {
    const format = formats.add("DataBar");
    format.dataBar.positiveFormat.fillColor = rule.color;
    return;
  }

  const format = formats.add("CellValue");
  if (rule.type === "textEquals") {
    format.cellValue.rule = {
      formula1: `="${rule.text.replace(/"/g, '""')}"`,
      operator: "EqualTo",
    };
  } else {
    const operator = rule.type === "lessThan" ? "LessThan" : "GreaterThan";
    format.cellValue.rule = { formula1: String(rule.value), operator };
  }
  format.cellValue.format.fill.color = rule.fill;
  if (rule.font) format.cellValue.format.font.color = rule.font;
}

/** Queues a chart whose series point at ranges of the same sheet. */
export function queueChart(sheet: Excel.Worksheet, model: ChartModel): void {
  const first = model.series[0];
  if (!first) return;

  const chart = sheet.charts.add(CHART_TYPES[model.type], rangeOf(sheet, first.values), "Auto");
  chart.title.text = model.title;
  model.series.forEach((series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    target.name = series.name;
    target.setValues(rangeOf(sheet, series.values));
    target.setXAxisValues(rangeOf(sheet, series.categories));
  });

  const { row, col, width, height } = model.anchor;
  chart.setPosition(cellAddress(row, col), cellAddress(row + height - 1, col + width - 1));
}

/** Queues frozen header rows and key columns. */
export function queueFreeze(sheet: Excel.Worksheet, freeze: SheetModel["freeze"]): void {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return;
  const panes = sheet.freezePanes;
  if (freeze.cols <= 0) panes.freezeRows(freeze.rows);
  else if (freeze.rows <= 0) panes.freezeColumns(freeze.cols);
  else panes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
}

/** Queues orientation, fit to page, print area and repeated rows (ExcelApi 1.9). */
export function queuePrint(sheet: Excel.Worksheet, print: PrintModel): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.fitToWidth) {
    // NOTE: zero pages tall means "as many as needed", as fitToHeight="0" does in the file format;
    // this has not been checked against a live Excel host.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.fitToHeight ? 1 : 0 };
  }
  if (print.area) layout.setPrintArea(rangeOf(sheet, print.area));
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
}

/**
 * Queues tables, conditional formats, charts, frozen panes and, when the host has ExcelApi 1.9,
 * print settings for each written sheet. `tableNames` holds the table names already in use.
 */
export function queueDecorations(
  models: readonly SheetModel[],
  sheets: readonly Excel.Worksheet[],
  tableNames: Set<string>,
  withPageLayout: boolean,
): void {
  models.forEach((model, i) => {
    const sheet = sheets[i];
    if (!sheet) return;
    for (const table of model.tables)
      queueTable(sheet, table, uniqueTableName(table.name, tableNames));
    for (const format of model.conditionalFormats) queueConditionalFormat(sheet, format);
    for (const chart of model.charts) queueChart(sheet, chart);
    queueFreeze(sheet, model.freeze);
    if (withPageLayout) queuePrint(sheet, model.print);
  });
}
