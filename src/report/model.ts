/**
 * Sheet models: what an output sheet contains, independent of how it is written. The file writer
 * (`src/io/xlsx.ts`) and the Office adapter (`src/io/office.ts`) both render these.
 */

/** Number formats used by the report, as Excel format codes. */
export const FORMATS = {
  money: "#,##0.00;[Red]-#,##0.00",
  integer: "#,##0",
  decimal1: "0.0",
  decimal2: "0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  text: "@",
} as const;
export type FormatName = keyof typeof FORMATS;

export type CellStyle =
  "title" | "subtitle" | "header" | "total" | "note" | "label" | "warning" | "good";

/**
 * One cell. `value` is written as a constant: text is never turned into a formula. A `date` cell
 * holds a `Day` (days since 1970-01-01) and is written as a date.
 */
export interface CellModel {
  value: string | number | boolean | null;
  format?: FormatName;
  date?: boolean;
  style?: CellStyle;
  /** Cell that a hyperlink in this cell points to, e.g. `'Invoices'!A12`. */
  link?: string;
  /** A formula written by the report itself (never from input text), with `value` as its cached result. */
  formula?: string;
  /** Horizontal alignment; unset leaves Excel's default (text left, numbers right). */
  align?: "left" | "right" | "center";
  /** Indent from the left edge in Excel indent levels, so text keeps clear of a number to its left. */
  indent?: number;
}

/** A rectangle in 0-based row and column indexes, inclusive. */
export interface RangeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table over a block of cells whose first row is the header row. */
export interface TableModel {
  name: string;
  range: RangeModel;
  totalsRow: boolean;
  style: string;
}

export interface ChartSeriesModel {
  /** Series name as shown in the legend. */
  name: string;
  /** Cells with the category labels, in this sheet. */
  categories: RangeModel;
  /** Cells with the values, in this sheet. */
  values: RangeModel;
}

export interface ChartModel {
  type: "column" | "bar" | "radar";
  title: string;
  series: ChartSeriesModel[];
  /** Top-left anchor cell and size in columns and rows. */
  anchor: { row: number; col: number; width: number; height: number };
}

export interface ConditionalFormatModel {
  range: RangeModel;
  rule:
    | { type: "dataBar"; color: string }
    | { type: "textEquals"; text: string; fill: string; font?: string }
    | { type: "lessThan" | "greaterThan"; value: number; fill: string; font?: string };
}

export interface PrintModel {
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page width; rows flow over as many pages as needed unless `fitToHeight` is set. */
  fitToWidth: boolean;
  fitToHeight?: boolean;
  area?: RangeModel;
  /** Rows repeated at the top of each printed page, 0-based inclusive. */
  repeatRows?: { first: number; last: number };
}

/** One row of cells from column A; a missing cell is left empty. */
export type RowCells = (CellModel | null)[];

/**
 * The rows of a sheet from A1, read by index. A plain array fits; long item tables use `RowList`
 * (`./rows`), which builds each row when it is read.
 */
export interface SheetRows extends Iterable<RowCells> {
  readonly length: number;
  /** The row at a 0-based index, or undefined past the end. */
  at(index: number): RowCells | undefined;
}

export interface SheetModel {
  /** Sheet name shown in Excel (localised). */
  name: string;
  /** Stable identity of the output sheet, e.g. `aging`, so a re-run replaces only its own sheets. */
  marker: string;
  /** Rows of cells from A1; a missing cell or row is left empty. */
  rows: SheetRows;
  columnWidths: number[];
  tables: TableModel[];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  freeze?: { rows: number; cols: number };
  print: PrintModel;
  /** Column indexes (0-based) the user may edit and that a re-run keeps, with the key column that matches rows. */
  userColumns?: { key: number; columns: number[] };
}

/** Builds a text, number or empty cell with an optional format. */
export function cell(value: CellModel["value"], format?: FormatName, style?: CellStyle): CellModel {
  const model: CellModel = { value };
  if (format) model.format = format;
  if (style) model.style = style;
  return model;
}

export function dateCell(day: number | undefined): CellModel {
  return day === undefined ? { value: null } : { value: day, date: true, format: "date" };
}

/** Returns a link to a cell of a sheet, such as `'Invoices'!A12`. */
export function cellLink(sheet: string, column: string, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${column}${row}`;
}
