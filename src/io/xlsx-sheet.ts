/**
 * Writes one sheet model to exceljs's streaming workbook writer. Rows are rendered to XML by
 * `RowWriter`; exceljs writes the sheet's views, columns and print setup.
 */
import type { PageSetup, WorksheetView, stream } from "exceljs";

import { FORMATS, type CellModel, type SheetModel } from "../report/model";
import { chartXml, drawingXml, REL_CHART, relationshipsXml } from "./xlsx-charts";
import type { ExtraParts } from "./xlsx-parts";
import { RowWriter } from "./xlsx-rows";
import {
  cellType,
  formatCode,
  styleRegistry,
  type StyleCache,
  type StyleRegistry,
} from "./xlsx-styles";
import { planTable, tableXml, type TablePlan } from "./xlsx-tables";
import { type DxfRegistry, SheetTrailer } from "./xlsx-trailer";
import { cellAddress, columnLetters } from "./xlsx-xml";

const MS_PER_DAY = 86_400_000;

/** Paper sizes as SpreadsheetML `paperSize` codes. */
export const PAPER_SIZE = { A4: 9, Letter: 1 } as const;

/** State shared by all sheets of one workbook while it is written. */
export interface WriteContext {
  workbook: stream.xlsx.WorkbookWriter;
  styles: StyleCache;
  parts: ExtraParts;
  /** Lower-case table names already used in the workbook. */
  tableNames: Set<string>;
  paperSize: number;
}

export async function writeModelSheet(context: WriteContext, model: SheetModel): Promise<void> {
  const plans = model.tables
    .map((table) => planTable(table, model.rows, context.tableNames))
    .filter((plan): plan is TablePlan => plan !== undefined);

  const worksheet = context.workbook.addWorksheet(model.name, {
    views: sheetViews(model.freeze),
    pageSetup: pageSetup(model, context.paperSize),
  });
  if (model.columnWidths.length > 0) {
    worksheet.columns = model.columnWidths.map((width) => ({ width }));
  }

  const trailer = new SheetTrailer(worksheet);
  addTableParts(context, trailer, plans, model);
  addChartParts(context, trailer, model);
  const dxfRegistry = (context.workbook as unknown as { styles: DxfRegistry }).styles;
  for (const format of model.conditionalFormats) trailer.addConditionalFormat(format, dxfRegistry);

  const headerNames = tableHeaderNames(plans);
  const cellWriter: ModelCellWriter = {
    rows: new RowWriter(worksheet),
    styles: context.styles,
    registry: styleRegistry(context.workbook),
    trailer,
  };
  for (let rowIndex = 0; rowIndex < model.rows.length; rowIndex++) {
    const cells = model.rows.at(rowIndex);
    if (!cells || cells.length === 0) continue;
    cellWriter.rows.startRow(rowIndex + 1);
    for (let colIndex = 0; colIndex < cells.length; colIndex++) {
      const cell = cells[colIndex];
      if (!cell) continue;
      const header = headerNames.get(cellKey(rowIndex, colIndex));
      const model = header === undefined ? cell : { ...cell, value: header };
      writeModelCell(cellWriter, rowIndex, colIndex, model);
    }
    await cellWriter.rows.endRow();
  }
  cellWriter.rows.close();
  worksheet.commit();
}

/** Row writer, style lookups and trailer that model cells are written to. */
interface ModelCellWriter {
  rows: RowWriter;
  styles: StyleCache;
  registry: StyleRegistry;
  trailer: SheetTrailer;
}

function writeModelCell(
  writer: ModelCellWriter,
  rowIndex: number,
  colIndex: number,
  model: CellModel,
): void {
  const value =
    model.date && typeof model.value === "number"
      ? new Date(model.value * MS_PER_DAY)
      : model.value;
  const numFmt = formatCode(model.format) ?? (model.date ? FORMATS.date : undefined);
  const style = writer.styles.get({
    style: model.style,
    numFmt,
    link: model.link !== undefined,
    align: model.align,
    indent: model.indent,
  });
  // A formula cell's type is its result's type, as in exceljs.
  const styleId = writer.registry.addStyleModel(style, cellType(value));

  // Only `formula`, which the report sets itself, becomes a formula.
  if (model.formula) {
    writer.rows.addFormulaCell(colIndex, styleId, model.formula.replace(/^=/, ""), value);
  } else {
    writer.rows.addCell(colIndex, styleId, value);
  }
  if (model.link) {
    const display = model.value === null ? model.link : String(model.value);
    const address = cellAddress(rowIndex, colIndex);
    writer.trailer.addHyperlink(address, model.link.replace(/^#/, ""), display);
  }
}

function sheetViews(freeze: SheetModel["freeze"]): Partial<WorksheetView>[] {
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return [{ state: "normal" }];
  return [{ state: "frozen", xSplit: freeze.cols, ySplit: freeze.rows }];
}

function pageSetup(model: SheetModel, paperSize: number): Partial<PageSetup> {
  const { print } = model;
  const fitToHeight = print.fitToHeight === true;
  const setup: Partial<PageSetup> = {
    orientation: print.orientation,
    paperSize: paperSize as PageSetup["paperSize"],
    fitToPage: print.fitToWidth || fitToHeight,
    fitToWidth: print.fitToWidth ? 1 : 0,
    fitToHeight: fitToHeight ? 1 : 0,
  };
  // NOTE: exceljs 4.4 quotes the sheet name in the print-area defined name without doubling an
  // apostrophe, so a sheet whose name contains one prints without print area and title rows.
  if (model.name.includes("'")) return setup;
  // exceljs prefixes each corner with "$", so "A$1" becomes the absolute "$A$1".
  if (print.area)
    setup.printArea = `${rowAbsolute(print.area.top, print.area.left)}:${rowAbsolute(print.area.bottom, print.area.right)}`;
  if (print.repeatRows)
    setup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  return setup;
}

function rowAbsolute(row: number, col: number): string {
  return `${columnLetters(col)}$${row + 1}`;
}

/** Excel's largest column count, so a row and column pair maps to one number. */
const MAX_COLUMNS = 16_384;

function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

function tableHeaderNames(plans: TablePlan[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const { model, columnNames } of plans) {
    const { top, left } = model.range;
    columnNames.forEach((name, index) => names.set(cellKey(top, left + index), name));
  }
  return names;
}

function addTableParts(
  context: WriteContext,
  trailer: SheetTrailer,
  plans: TablePlan[],
  model: SheetModel,
): void {
  for (const plan of plans) {
    const number = context.parts.next("table");
    trailer.addTablePart(`../tables/table${number}.xml`);
    context.parts.add(`xl/tables/table${number}.xml`, tableXml(plan, number, model.rows), "table");
  }
}

function addChartParts(context: WriteContext, trailer: SheetTrailer, model: SheetModel): void {
  if (model.charts.length === 0) return;
  const drawing = context.parts.next("drawing");
  trailer.setDrawing(`../drawings/drawing${drawing}.xml`);

  const targets: string[] = [];
  const anchors = model.charts.map((chart, index) => {
    const number = context.parts.next("chart");
    context.parts.add(
      `xl/charts/chart${number}.xml`,
      chartXml(chart, model.name, model.rows),
      "chart",
    );
    targets.push(`../charts/chart${number}.xml`);
    return { chart, relId: `rId${index + 1}` };
  });
  context.parts.add(`xl/drawings/drawing${drawing}.xml`, drawingXml(anchors), "drawing");
  context.parts.add(
    `xl/drawings/_rels/drawing${drawing}.xml.rels`,
    relationshipsXml(REL_CHART, targets),
  );
}
