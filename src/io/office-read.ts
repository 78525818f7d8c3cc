/// <reference types="office-js" />
/**
 * Reads the open workbook for the table reader: the used area of each visible input sheet, with
 * number formats, in row slices small enough for one Office.js response each.
 */
import type { CellValue } from "./office-cells";
import { planReadBatches, READ_BUDGET_CELLS } from "./office-chunks";
import { META_SHEET, queueMarkerLoad } from "./office-markers";
import { hostExcelApiSupport, supportedFeatures, type ExcelApiSupport } from "./office-support";

/** Cells of one sheet from A1: `rows[i][j]` is row i + 1, column j + 1; blank cells are null. */
export interface SheetTable {
  name: string;
  rows: CellValue[][];
  formats: string[][];
}

export interface WorkbookTables {
  sheets: SheetTable[];
  /** True when the workbook counts serial dates from 1904 (older Mac workbooks). */
  date1904: boolean;
}

export interface ReadOptions {
  support?: ExcelApiSupport;
  /** Cells per request; the default keeps responses below Office's 5 MB limit for typical sheets. */
  budgetCells?: number;
}

function blankToNull(row: readonly unknown[]): CellValue[] {
  return row.map((value) => (value === "" || value === undefined ? null : (value as CellValue)));
}

/** Marker of the `CD History` sheet, the one output sheet a run reads back. */
const HISTORY_MARKER = "assessment-history";

/**
 * Reads every visible sheet except CreditDesk's own output sheets, other than the history. Takes
 * one sync for the sheet list, one for the used ranges and markers, then one per batch of
 * `budgetCells` cells.
 */
export async function readWorkbookTables(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookTables> {
  const features = supportedFeatures(options.support ?? hostExcelApiSupport());
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 system.
  // Office.js has no property for the date system, so the workbook's own DATE function tells.
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load("value");
  await context.sync();

  const markers = queueMarkerLoad(context, worksheets.items, features.customProperties);
  const visible = worksheets.items.filter(
    (sheet) => sheet.visibility === "Visible" && sheet.name !== META_SHEET,
  );
  const usedRanges = visible.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return used;
  });
  await context.sync();

  const outputs = markers();
  // The assessment history is read back so that a new run can extend it and compare with it.
  const inputs = visible
    .map((sheet, i) => ({ sheet, used: usedRanges[i] }))
    .filter(({ sheet }) => !outputs.has(sheet.name) || outputs.get(sheet.name) === HISTORY_MARKER);
  const sizes = inputs.map(({ used }) =>
    !used || used.isNullObject
      ? { rows: 0, columns: 0 }
      : { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount },
  );
  const sheets: SheetTable[] = inputs.map(({ sheet }) => ({
    name: sheet.name,
    rows: [],
    formats: [],
  }));

  for (const batch of planReadBatches(sizes, options.budgetCells ?? READ_BUDGET_CELLS)) {
    const loads = batch.map((slice) => {
      const columns = sizes[slice.sheet]?.columns ?? 0;
      const range = inputs[slice.sheet]!.sheet.getRangeByIndexes(
        slice.start,
        0,
        slice.count,
        columns,
      );
      range.load("values,numberFormat");
      return { table: sheets[slice.sheet]!, range };
    });
    await context.sync();
    for (const { table, range } of loads) {
      for (const row of range.values) table.rows.push(blankToNull(row));
      for (const row of range.numberFormat) table.formats.push(row.map(String));
    }
  }

  return { sheets, date1904: epoch.value === 0 };
}

/**
 * Reads the first `rowCount` rows of one sheet's used area in one sync, padded so that rows and
 * columns count from A1: what a column-mapping dialog shows for a sheet it could not recognise.
 */
export async function readSheetTop(
  context: Excel.RequestContext,
  sheetName: string,
  rowCount: number,
): Promise<SheetTable> {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true);
  const top = used.getIntersectionOrNullObject(`1:${rowCount}`);
  top.load("values,numberFormat,rowIndex,columnIndex");
  await context.sync();

  const table: SheetTable = { name: sheetName, rows: [], formats: [] };
  if (top.isNullObject) return table;

  const padding = Array<null>(top.columnIndex).fill(null);
  for (let r = 0; r < top.rowIndex; r++) {
    table.rows.push([]);
    table.formats.push([]);
  }
  top.values.forEach((row, r) => {
    table.rows.push([...padding, ...blankToNull(row)]);
    table.formats.push([
      ...padding.map(() => "General"),
      ...(top.numberFormat[r] ?? []).map(String),
    ]);
  });
  return table;
}
