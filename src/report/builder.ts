/** Builds a sheet model top to bottom: titles, then tables stacked with a blank row between them. */
import type { CellModel, CellStyle, FormatName, RangeModel, RowCells, SheetModel } from "./model";
import { RowList } from "./rows";

export interface ColumnSpec {
  header: string;
  format?: FormatName;
  date?: boolean;
  width?: number;
  /** Header alignment; numeric and date columns default to right so headers sit over their figures. */
  align?: "left" | "right" | "center";
}

function headerCell(column: ColumnSpec): CellModel {
  const header: CellModel = { value: column.header, style: "header" };
  const align = column.align ?? (column.format || column.date ? "right" : undefined);
  if (align) header.align = align;
  return header;
}

/** Width of text in Excel character units: Chinese, Japanese and Korean characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

export type TableValue = CellModel["value"] | CellModel;

/** Data rows of an item table: how many, and how to build the values of one. */
export interface ItemBlock {
  count: number;
  /** Builds the values of row `index` (0-based within the block) from that index alone. */
  row(index: number): readonly TableValue[];
}

/** A block of a row per item, built by `toRow`, which must depend only on the item. */
export function itemBlock<T>(
  items: readonly T[],
  toRow: (item: T) => readonly TableValue[],
): ItemBlock {
  return { count: items.length, row: (index) => toRow(items[index] as T) };
}

interface TableOptions {
  totals?: (CellModel | null)[];
  left?: number;
}

export class SheetBuilder {
  readonly model: SheetModel;
  private readonly rows = new RowList();

  constructor(name: string, marker: string) {
    this.model = {
      name,
      marker,
      rows: this.rows,
      columnWidths: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
    };
  }

  get nextRow(): number {
    return this.rows.length;
  }

  /** Appends one row of cells and returns its index. */
  addRow(cells: RowCells): number {
    return this.rows.push(cells);
  }

  addText(text: string, style: CellStyle): number {
    return this.addRow([{ value: text, style }]);
  }

  blank(): void {
    this.rows.push([]);
  }

  widen(column: number, width: number): void {
    const widths = this.model.columnWidths;
    while (widths.length <= column) widths.push(10);
    widths[column] = Math.max(widths[column] as number, Math.min(width, 60));
  }

  /**
   * Adds a header row and data rows as an Excel table. Cells are formatted by their column; a
   * `CellModel` in the data passes through unchanged. Returns the table's range.
   */
  addTable(
    tableName: string,
    columns: readonly ColumnSpec[],
    rows: Iterable<readonly TableValue[]>,
    options: TableOptions = {},
  ): RangeModel {
    return this.table(tableName, columns, options, (toCells) => {
      for (const row of rows) this.addRow(toCells(row));
    });
  }

  /**
   * Adds a table like `addTable` whose data rows come from item blocks: each row of cells is built
   * from its item when the sheet is written, so the sheet never holds all of them at once.
   */
  addItemTable(
    tableName: string,
    columns: readonly ColumnSpec[],
    blocks: readonly ItemBlock[],
    options: TableOptions = {},
  ): RangeModel {
    return this.table(tableName, columns, options, (toCells) => {
      for (const block of blocks) {
        this.rows.pushBuilt(block.count, (index) => toCells(block.row(index)));
      }
    });
  }

  private table(
    tableName: string,
    columns: readonly ColumnSpec[],
    options: TableOptions,
    addData: (toCells: (row: readonly TableValue[]) => RowCells) => void,
  ): RangeModel {
    const left = options.left ?? 0;
    const pad = (cells: RowCells): RowCells =>
      left === 0 ? cells : [...Array<null>(left).fill(null), ...cells];
    const top = this.addRow(pad(columns.map(headerCell)));
    // A column is never narrower than its header, so headers do not run into each other.
    columns.forEach((column, i) =>
      this.widen(left + i, Math.max(column.width ?? 10, displayWidth(column.header) + 3)),
    );

    addData((row) => pad(row.map((value, i) => toCell(value, columns[i]))));
    if (this.nextRow === top + 1) this.addRow(pad(columns.map(() => ({ value: null }))));
    if (options.totals) this.addRow(pad(options.totals));
    const range = { top, left, bottom: this.nextRow - 1, right: left + columns.length - 1 };
    this.model.tables.push({
      name: tableName,
      range,
      totalsRow: options.totals !== undefined,
      style: "TableStyleMedium2",
    });
    return range;
  }
}

function toCell(value: TableValue, column: ColumnSpec | undefined): CellModel {
  if (value !== null && typeof value === "object") return value;
  if (column?.date) return value === null ? { value: null } : { value, date: true, format: "date" };
  const cell: CellModel = { value };
  if (column?.format && typeof value === "number") cell.format = column.format;
  return cell;
}
