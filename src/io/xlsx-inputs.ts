/**
 * Copies of the input sheets, written as constants. Text is always written as a string cell, also
 * when it starts with `=`, `+`, `-` or `@`: no value from an input ever becomes a formula.
 */
import { FORMATS } from "../report/model";
import { MAX_COLUMNS } from "./raw";
import { MAX_CELL_TEXT } from "./xlsx-cells";
import { RowWriter } from "./xlsx-rows";
import type { WriteContext } from "./xlsx-sheet";
import { cellType, styleRegistry, type StyleRegistry } from "./xlsx-styles";

export type InputValue = string | number | boolean | Date | null;

/** One input sheet to copy into the report. */
export interface InputSheetCopy {
  name: string;
  /** Rows in sheet order from row 1, such as an array or `PackedRows`. Empty rows are skipped. */
  rows: Iterable<readonly (InputValue | undefined)[]>;
  /** Excel number format of each column, e.g. `dd.mm.yyyy`. */
  numFmts?: (string | undefined)[];
}

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

  const styles = new ColumnStyles(context, input.numFmts ?? []);
  const rows = new RowWriter(worksheet);
  let rowIndex = -1;
  for (const values of input.rows) {
    rowIndex++;
    if (values.length === 0) continue;
    rows.startRow(rowIndex + 1);
    // Cells past Excel's last column would make the workbook invalid; reading warns of such rows.
    const width = Math.min(values.length, MAX_COLUMNS);
    for (let col = 0; col < width; col++) {
      const value = inputCellValue(values[col]);
      if (value !== null) rows.addCell(col, styles.id(col, value), value);
    }
    await rows.endRow();
  }
  rows.close();
  worksheet.commit();
}

/** Style indexes of one input sheet's cells: per column, one for dates and one for other values. */
class ColumnStyles {
  private readonly registry: StyleRegistry;
  private readonly dateIds: number[] = [];
  private readonly otherIds: number[] = [];

  constructor(
    private readonly context: WriteContext,
    private readonly numFmts: (string | undefined)[],
  ) {
    this.registry = styleRegistry(context.workbook);
  }

  id(col: number, value: string | number | boolean | Date): number {
    const isDate = value instanceof Date;
    const ids = isDate ? this.dateIds : this.otherIds;
    let id = ids[col];
    if (id === undefined) {
      // Always a shared style object: exceljs keeps style indexes per object, not per content.
      const style = this.context.styles.get({ numFmt: inputNumFmt(isDate, this.numFmts[col]) });
      id = this.registry.addStyleModel(style, cellType(value));
      ids[col] = id;
    }
    return id;
  }
}

/**
 * Converts an input value to a constant cell value. Text over Excel's 32,767-character limit is
 * cut, a number that is not finite is written as its text, and an invalid Date or empty text is
 * left empty.
 */
export function inputCellValue(value: InputValue | undefined): InputValue {
  // An empty text, as a CSV has for every empty field, is an empty cell.
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string")
    return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  return Number.isNaN(value.getTime()) ? null : value;
}

function inputNumFmt(isDate: boolean, columnFormat: string | undefined): string | undefined {
  const format = columnFormat && columnFormat !== "General" ? columnFormat : undefined;
  if (isDate) return format ?? FORMATS.date;
  return format;
}

/** Returns the characters a value shows with, counting a date as `yyyy-mm-dd`. */
function displayLength(value: InputValue | undefined): number {
  if (value === null || value === undefined) return 0;
  if (value instanceof Date) return 10;
  return String(value).length;
}

/** Sizes columns from the text length of the first rows, within 8 to 60 characters. */
function estimateWidths(rows: InputSheetCopy["rows"]): number[] {
  const widths: number[] = [];
  let sampled = 0;
  for (const values of rows) {
    if (sampled++ >= WIDTH_SAMPLE_ROWS) break;
    values.forEach((value, col) => {
      const length = displayLength(value);
      widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(length + 2, MAX_WIDTH));
    });
  }
  return Array.from(widths, (width) => width ?? MIN_WIDTH);
}
