/**
 * Writes row XML straight into the sheet stream of exceljs 4.4's streaming worksheet writer,
 * without its per-cell Row and Cell objects, which took most of the time of writing large
 * sheets. exceljs still writes the rest of the sheet: views, columns, print setup, and through
 * `SheetTrailer` the elements after `<sheetData>`.
 */
import { throttleRows } from "./xlsx-backlog";
import { cellXml, formulaCellXml, rowStartXml, type CellConstant } from "./xlsx-cells";
import { columnLetters } from "./xlsx-xml";

/** The parts of exceljs's streaming worksheet writer (4.4) that rows are written through. */
interface WorksheetWriterInternals {
  stream: { write(text: string): unknown };
  startedData: boolean;
  /** Rows created with `getRow` and not yet committed. */
  _rows: unknown[] | null;
  /** Number of the first row `getRow` may still create. */
  _rowZero: number;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** Characters of row XML collected before one write to the sheet stream. */
const CHARS_PER_WRITE = 16 * 1024;

/** Renders rows in ascending order and writes them to one worksheet. */
export class RowWriter {
  private readonly sheet: WorksheetWriterInternals;
  private readonly letters: string[] = [];
  private pending = "";
  private rowsWritten = 0;

  private rowNumber = 0;
  private cells = "";
  private first = 0;
  private last = 0;
  private hasValue = false;

  /** Takes over rows of a worksheet created by exceljs's `stream.xlsx.WorkbookWriter` that has no rows yet. */
  constructor(private readonly worksheet: unknown) {
    const internals = worksheet as WorksheetWriterInternals;
    if (
      typeof internals._writeColumns !== "function" ||
      typeof internals._writeOpenSheetData !== "function" ||
      typeof internals.startedData !== "boolean" ||
      typeof internals._rowZero !== "number" ||
      !Array.isArray(internals._rows)
    ) {
      throw new Error(
        "Unsupported exceljs version: the streaming worksheet writer lacks the row internals of exceljs 4.4.",
      );
    }
    if (internals.startedData || internals._rows.length > 0) {
      throw new Error("Invalid worksheet: rows were already written through exceljs.");
    }
    this.sheet = internals;
  }

  /** Starts row `rowNumber` (1-based), which must be greater than every row started before. */
  startRow(rowNumber: number): void {
    if (rowNumber <= this.rowNumber) {
      throw new Error(`Invalid row ${rowNumber}: rows must be written in ascending order.`);
    }
    this.rowNumber = rowNumber;
    this.cells = "";
    this.first = 0;
    this.last = 0;
    this.hasValue = false;
  }

  /**
   * Adds a constant cell at 0-based `col`, in ascending column order. A cell without a value still
   * counts towards the row's span, as exceljs counts it, and is written only when it has a style.
   */
  addCell(col: number, styleId: number, value: CellConstant): void {
    this.cells += cellXml(this.ref(col), styleId, value);
    if (value !== null && value !== undefined) this.hasValue = true;
  }

  /** Adds a formula cell that the report writes itself, with its cached result. */
  addFormulaCell(col: number, styleId: number, formula: string, result: CellConstant): void {
    this.cells += formulaCellXml(this.ref(col), styleId, formula, result);
    this.hasValue = true;
  }

  /**
   * Ends the current row and writes it unless none of its cells has a value, as exceljs skips such
   * rows. Every few hundred rows, waits until the compressor has caught up.
   */
  async endRow(): Promise<void> {
    if (this.hasValue) {
      this.pending += `${rowStartXml(this.rowNumber, this.first, this.last)}${this.cells}</row>`;
      if (this.pending.length >= CHARS_PER_WRITE) this.flush();
    }
    this.cells = "";
    await throttleRows(this.worksheet, this.rowsWritten++);
  }

  /** Writes the rows still collected; call it before `worksheet.commit()`. */
  close(): void {
    this.flush();
    // exceljs creates rows only after the last one written; earlier rows count as committed.
    this.sheet._rowZero = Math.max(this.sheet._rowZero, this.rowNumber + 1);
  }

  private ref(col: number): string {
    const column = col + 1;
    if (this.first === 0) this.first = column;
    this.last = column;
    let letters = this.letters[col];
    if (letters === undefined) {
      letters = columnLetters(col);
      this.letters[col] = letters;
    }
    return `${letters}${this.rowNumber}`;
  }

  private flush(): void {
    if (this.pending === "") return;
    if (!this.sheet.startedData) {
      this.sheet._writeColumns();
      this.sheet._writeOpenSheetData();
      this.sheet.startedData = true;
    }
    this.sheet.stream.write(this.pending);
    this.pending = "";
  }
}
