/** Builds a sheet model top to bottom: titles, then tables stacked with a blank row between them. */
import type { CellModel, CellStyle, FormatName, RangeModel, SheetModel } from "./model";

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

export class SheetBuilder {
  readonly model: SheetModel;

  constructor(name: string, marker: string) {
    this.model = {
      name,
      marker,
      rows: [],
      columnWidths: [],
      tables: [],
      charts: [],
      conditionalFormats: [],
      print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
    };
  }

  get nextRow(): number {
    return this.model.rows.length;
  }

  /** Appends one row of cells and returns its index. */
  addRow(cells: (CellModel | null)[]): number {
    this.model.rows.push(cells);
    return this.model.rows.length - 1;
  }

  addText(text: string, style: CellStyle): number {
    return this.addRow([{ value: text, style }]);
  }

  blank(): void {
    this.model.rows.push([]);
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
    rows: Iterable<readonly (CellModel["value"] | CellModel)[]>,
    options: { totals?: (CellModel | null)[]; left?: number } = {},
  ): RangeModel {
    const left = options.left ?? 0;
    const pad = (cells: (CellModel | null)[]): (CellModel | null)[] => [
      ...Array<null>(left).fill(null),
      ...cells,
    ];
    const top = this.addRow(pad(columns.map(headerCell)));
    // A column is never narrower than its header, so headers do not run into each other.
    columns.forEach((column, i) =>
      this.widen(left + i, Math.max(column.width ?? 10, displayWidth(column.header) + 3)),
    );

    for (const row of rows) {
      this.addRow(pad(row.map((value, i) => this.toCell(value, columns[i]))));
    }
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

  private toCell(value: CellModel["value"] | CellModel, column: ColumnSpec | undefined): CellModel {
    if (value !== null && typeof value === "object") return value;
    if (column?.date)
      return value === null ? { value: null } : { value, date: true, format: "date" };
    const cell: CellModel = { value };
    if (column?.format && typeof value === "number") cell.format = column.format;
    return cell;
  }
}
