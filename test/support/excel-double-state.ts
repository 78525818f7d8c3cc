/**
 * Workbook state of the Excel double: sheets, cells and what the adapter adds around them.
 * Writing a value follows Excel's rule for typed input: in a cell formatted as text ("@") a
 * string is stored as is; elsewhere `=`, `+`, `-` or `@` followed by more text makes a formula
 * and a numeric string becomes a number.
 */
import { DoubleError } from "./excel-double-core";

export type Scalar = string | number | boolean;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface CellState {
  value: Scalar;
  formula?: string;
  numberFormat: string;
}

export interface ConditionalFormatState {
  type: string;
  rect: Rect;
  settings: Record<string, unknown>;
}

export interface ChartState {
  type: string;
  title?: string;
  source: Rect;
  series: { name?: string; values?: Rect; categories?: Rect }[];
  position?: [string, string];
}

export interface TableState {
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style?: string;
}

export interface FormatRecord {
  rect: Rect;
  property: string;
  value: unknown;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FORMULA_START = /^[=+\-@]./;

export class SheetState {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells: (CellState | undefined)[][] = [];
  readonly customProperties = new Map<string, string>();
  readonly tables: TableState[] = [];
  readonly charts: ChartState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly formats: FormatRecord[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hyperlinks = new Map<string, unknown>();
  readonly pageLayout: Record<string, unknown> = {};
  freeze?: { rows: number; cols: number };

  constructor(public name: string) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells[row]?.[col];
  }

  private ensure(row: number, col: number): CellState {
    const line = (this.cells[row] ??= []);
    return (line[col] ??= { value: "", numberFormat: "General" });
  }

  setNumberFormat(row: number, col: number, format: string): void {
    this.ensure(row, col).numberFormat = format;
  }

  /** Stores a value the way Excel stores typed input. */
  setValue(row: number, col: number, value: Scalar): void {
    const cell = this.ensure(row, col);
    delete cell.formula;
    if (typeof value !== "string" || cell.numberFormat === "@") {
      cell.value = value;
    } else if (NUMERIC.test(value.trim())) {
      cell.value = Number(value);
    } else if (FORMULA_START.test(value)) {
      cell.formula = value.startsWith("=") ? value : `=${value}`;
      cell.value = "#NAME?";
    } else {
      cell.value = value;
    }
  }

  setFormula(row: number, col: number, formula: string): void {
    const cell = this.ensure(row, col);
    cell.formula = formula;
    cell.value = 0;
  }

  clear(rect: Rect): void {
    for (let r = rect.row; r < Math.min(rect.row + rect.rows, this.cells.length); r++) {
      const line = this.cells[r] ?? [];
      for (let c = rect.col; c < Math.min(rect.col + rect.cols, line.length); c++)
        line[c] = undefined;
    }
  }

  /** Bounding box of non-empty cells (or, unless `valuesOnly`, also formatted ones); null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        if (cell.value === "" && !cell.formula && (valuesOnly || cell.numberFormat === "General"))
          return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Reads a property of each cell in the rectangle as a 2-D array. */
  matrix<T>(rect: Rect, read: (cell: CellState | undefined) => T): T[][] {
    const result: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: T[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) line.push(read(this.cell(r, c)));
      result.push(line);
    }
    return result;
  }
}

/** Checks that a 2-D array matches the range, as Office does before writing it. */
export function checkShape(
  rect: Rect,
  matrix: readonly (readonly unknown[])[],
  property: string,
): void {
  const ok = matrix.length === rect.rows && matrix.every((line) => line.length === rect.cols);
  if (!ok) {
    throw new DoubleError(
      "InvalidArgument",
      `${property} is ${matrix.length}x${matrix[0]?.length ?? 0}, the range is ${rect.rows}x${rect.cols}`,
    );
  }
}

/** Parses an A1 address without a sheet name: "B2", "A1:C3" or whole rows such as "$1:$3". */
export function parseAddress(address: string): Rect {
  const part = (text: string) => {
    const match = /^\$?([A-Z]*)\$?(\d*)$/i.exec(text);
    if (!match) throw new DoubleError("InvalidArgument", `address ${address}`);
    let col = 0;
    for (const letter of (match[1] ?? "").toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
    return {
      col: match[1] ? col - 1 : undefined,
      row: match[2] ? Number(match[2]) - 1 : undefined,
    };
  };
  const [first, second] = address.split(":").map(part);
  const start = first!;
  const end = second ?? start;
  const row = start.row ?? 0;
  const col = start.col ?? 0;
  const lastRow = end.row ?? MAX_ROWS - 1;
  const lastCol = end.col ?? MAX_COLS - 1;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}
