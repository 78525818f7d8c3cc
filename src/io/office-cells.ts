/**
 * Sheet-model cells as the 2-D arrays Office.js writes (`values`, `numberFormat`, `formulas`),
 * plus the per-cell extras (styles, links) that need their own range operations. Pure: no Office.js.
 */
import { columnLetter } from "../engine/issues";
import { FORMATS, type CellModel, type CellStyle, type SheetModel } from "../report/model";

export type CellValue = string | number | boolean | null;

/** Days between 1970-01-01 and day 0 of each Excel date system (1899-12-30 and 1904-01-01). */
const SERIAL_OFFSET = { date1900: 25_569, date1904: 24_107 };

/**
 * Every text cell gets the text format "@" before its value is written. Office.js reads a string
 * like typed input, so `=1+1`, `+1`, `-A1` or `@SUM(A1)` would become formulas and `00123` or
 * `2026-05-31` would become numbers; in a cell formatted as text Excel stores the string as is.
 */
export const TEXT_FORMAT = FORMATS.text;

/** Values, number formats and formulas of a block of rows, each `width` columns wide. */
export interface CellBlock {
  values: CellValue[][];
  numberFormat: (string | null)[][];
  /** Formula per cell, or null where the cell holds a constant; undefined when the block has none. */
  formulas?: (string | null)[][];
}

/** Converts a `Day` to the serial number of the workbook's date system. */
export function serialFromDayIn(day: number, date1904: boolean): number {
  return day + (date1904 ? SERIAL_OFFSET.date1904 : SERIAL_OFFSET.date1900);
}

function cellValue(cell: CellModel | null | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  if (cell.date && typeof cell.value === "number") return serialFromDayIn(cell.value, date1904);
  return cell.value;
}

function cellFormat(cell: CellModel | null | undefined): string | null {
  if (!cell) return null;
  if (typeof cell.value === "string" && !cell.formula) return TEXT_FORMAT;
  return cell.format ? FORMATS[cell.format] : null;
}

/** Builds the arrays for rows `start` to `start + count - 1` of a sheet model. */
export function cellBlock(
  model: SheetModel,
  start: number,
  count: number,
  width: number,
  date1904: boolean,
): CellBlock {
  const values: CellValue[][] = [];
  const numberFormat: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let hasFormula = false;

  for (let r = start; r < start + count; r++) {
    const row = model.rows.at(r) ?? [];
    const valueRow: CellValue[] = [];
    const formatRow: (string | null)[] = [];
    const formulaRow: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      valueRow.push(cellValue(cell, date1904));
      formatRow.push(cellFormat(cell));
      formulaRow.push(cell?.formula ?? null);
      if (cell?.formula) hasFormula = true;
    }
    values.push(valueRow);
    numberFormat.push(formatRow);
    formulas.push(formulaRow);
  }

  return hasFormula ? { values, numberFormat, formulas } : { values, numberFormat };
}

/** Number of columns the model's rows span. */
export function modelWidth(model: SheetModel): number {
  let width = model.columnWidths.length;
  for (const row of model.rows) width = Math.max(width, row.length);
  return width;
}

/** A horizontal run of cells in one row that share a style. */
export interface StyleRun {
  row: number;
  col: number;
  count: number;
  style: CellStyle;
}

/** Groups the styled cells of one row into runs, so a styled header is one range operation. */
export function styleRuns(row: readonly (CellModel | null)[], rowIndex: number): StyleRun[] {
  const runs: StyleRun[] = [];
  for (let c = 0; c < row.length; c++) {
    const style = row[c]?.style;
    if (!style) continue;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.col + last.count === c) last.count++;
    else runs.push({ row: rowIndex, col: c, count: 1, style });
  }
  return runs;
}

/** Returns the A1 address of a cell from 0-based indexes, e.g. (0, 27) -> AB1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Quotes a sheet name for use in an address: `CD Aging` -> `'CD Aging'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
