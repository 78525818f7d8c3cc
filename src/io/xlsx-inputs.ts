/**
 * Copies of the input sheets, written as constants. Text is always written as a string cell, also
 * when it starts with `=`, `+`, `-` or `@`: no value from an input ever becomes a formula.
 */
import type { CellValue } from "exceljs";

import { FORMATS } from "../report/model";
import { throttleRows } from "./xlsx-backlog";
import type { WriteContext } from "./xlsx-sheet";

export type InputValue = string | number | boolean | Date | null;

/** One input sheet to copy into the report. */
export interface InputSheetCopy {
  name: string;
  /** `rows[i]` is sheet row i + 1. */
  rows: InputValue[][];
  /** Excel number format of each column, e.g. `dd.mm.yyyy`. */
  numFmts?: (string | undefined)[];
}

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32_767;
const WIDTH_SAMPLE_ROWS = 200;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Writes one input copy under `name`, which the caller has already made unique. */
export async function writeInputSheet(
  context: WriteContext,
  input: InputSheetCopy,
  name: string,
): Promise<void> {
  const worksheet = context.workbook.addWorksheet(name, {
    views: [{ state: "normal" }],
    pageSetup: { orientation: "landscape", paperSize: context.paperSize as 9 },
  });
  worksheet.columns = estimateWidths(input.rows).map((width) => ({ width }));

  const numFmts = input.numFmts ?? [];
  for (let rowIndex = 0; rowIndex < input.rows.length; rowIndex++) {
    const values = input.rows[rowIndex];
    if (!values || values.length === 0) continue;
    const row = worksheet.getRow(rowIndex + 1);
    values.forEach((value, colIndex) => {
      const cellValue = inputCellValue(value);
      if (cellValue === null) return;
      const cell = row.getCell(colIndex + 1);
      cell.value = cellValue;
      // Always a shared style object: exceljs caches style ids per object, not per content.
      cell.style = context.styles.get({ numFmt: inputNumFmt(cellValue, numFmts[colIndex]) });
    });
    row.commit();
    await throttleRows(worksheet, rowIndex);
  }
  worksheet.commit();
}

/**
 * Converts an input value to a constant cell value. Text over Excel's 32,767-character limit is
 * cut, a number that is not finite is written as its text, and an invalid Date is left empty.
 */
export function inputCellValue(value: InputValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string")
    return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  return Number.isNaN(value.getTime()) ? null : value;
}

function inputNumFmt(value: CellValue, columnFormat: string | undefined): string | undefined {
  const format = columnFormat && columnFormat !== "General" ? columnFormat : undefined;
  if (value instanceof Date) return format ?? FORMATS.date;
  return format;
}

/** Returns the characters a value shows with, counting a date as `yyyy-mm-dd`. */
function displayLength(value: InputValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  return String(value).length;
}

/** Sizes columns from the text length of the first rows, within 8 to 60 characters. */
function estimateWidths(rows: InputValue[][]): number[] {
  const widths: number[] = [];
  for (const values of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    values?.forEach((value, col) => {
      const length = displayLength(value);
      widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(length + 2, MAX_WIDTH));
    });
  }
  return Array.from(widths, (width) => width ?? MIN_WIDTH);
}
