/** Ranges of the Excel double, with their formats and conditional formats. */
import { ClientObjectDouble, DoubleError, RequestHost } from "./excel-double-core";
import {
  checkShape,
  MAX_ROWS,
  type Rect,
  type Scalar,
  type SheetState,
} from "./excel-double-state";

/** A sheet reference that queued operations resolve when they run, as Office resolves paths. */
export interface SheetRef {
  state?: SheetState | null;
}

/** Resolves a rectangle when the operation runs; undefined or null makes a null object. */
export type RectSource = () => Rect | null | undefined;

/**
 * Returns an object that queues a record for every property set on it, at any depth:
 * `format.font.bold = true` records ("font.bold", true). `methods` are returned as they are.
 */
export function recorder(
  host: RequestHost,
  record: (path: string, value: unknown) => void,
  path = "",
  methods: Record<string, unknown> = {},
): object {
  return new Proxy(
    {},
    {
      get: (_target, property) => {
        if (typeof property !== "string") return undefined;
        if (property in methods) return methods[property];
        if (property === "getItem") {
          return (key: string) => recorder(host, record, `${path}${key}.`);
        }
        return recorder(host, record, `${path}${property}.`);
      },
      set: (_target, property, value) => {
        host.queue(value, () => record(`${path}${String(property)}`, value));
        return true;
      },
    },
  );
}

export class RangeDouble extends ClientObjectDouble {
  private resolved?: Rect | null;

  constructor(
    host: RequestHost,
    readonly sheet: SheetRef,
    private readonly source: RectSource,
  ) {
    super(host);
    // The range's place is fixed when Office reaches this call in the batch, not at sync.
    host.queue(undefined, () => {
      this.resolved = this.sheet.state ? (this.source() ?? null) : null;
    });
  }

  /** Returns the sheet and rectangle, or throws as Office does for a null object. */
  target(): { sheet: SheetState; rect: Rect } {
    const sheet = this.sheet.state;
    const rect = this.resolved;
    if (!sheet || !rect) throw new DoubleError("InvalidObjectPath", "the range is a null object");
    return { sheet, rect };
  }

  protected current(name: string): unknown {
    if (name === "isNullObject") return !this.sheet.state || !this.resolved;
    const { sheet, rect } = this.target();
    const reads: Record<string, () => unknown> = {
      values: () => sheet.matrix(rect, (cell) => cell?.value ?? ""),
      numberFormat: () => sheet.matrix(rect, (cell) => cell?.numberFormat ?? "General"),
      formulas: () => sheet.matrix(rect, (cell) => cell?.formula ?? cell?.value ?? ""),
      rowIndex: () => rect.row,
      columnIndex: () => rect.col,
      rowCount: () => rect.rows,
      columnCount: () => rect.cols,
    };
    const read = reads[name];
    if (!read) throw new DoubleError("InvalidArgument", `Range has no property ${name}`);
    return read();
  }

  private writeEach<T>(
    property: string,
    matrix: (T | null)[][],
    write: (r: number, c: number, v: T) => void,
  ) {
    this.host.queue(matrix, () => {
      const { rect } = this.target();
      checkShape(rect, matrix, property);
      matrix.forEach((line, i) =>
        line.forEach((value, j) => {
          // null leaves the cell unchanged, as Office documents for 2-D arrays.
          if (value !== null) write(rect.row + i, rect.col + j, value);
        }),
      );
    });
  }

  get values(): Scalar[][] {
    return this.loadedValue("values");
  }
  set values(matrix: (Scalar | null)[][]) {
    this.writeEach("values", matrix, (r, c, v) => this.target().sheet.setValue(r, c, v));
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(matrix: (string | null)[][]) {
    this.writeEach("numberFormat", matrix, (r, c, v) =>
      this.target().sheet.setNumberFormat(r, c, v),
    );
  }

  get formulas(): Scalar[][] {
    return this.loadedValue("formulas");
  }
  set formulas(matrix: (string | null)[][]) {
    this.writeEach("formulas", matrix, (r, c, v) => this.target().sheet.setFormula(r, c, v));
  }

  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  set hyperlink(link: unknown) {
    this.host.queue(link, () => {
      const { sheet, rect } = this.target();
      sheet.hyperlinks.set(`${rect.row},${rect.col}`, link);
    });
  }

  get format(): object {
    return recorder(this.host, (path, value) => {
      const { sheet, rect } = this.target();
      if (path === "columnWidth") {
        for (let c = rect.col; c < rect.col + rect.cols; c++)
          sheet.columnWidths.set(c, value as number);
      } else {
        sheet.formats.push({ rect, property: path, value });
      }
    });
  }

  get conditionalFormats(): { add(type: string): object } {
    return {
      add: (type: string) => {
        const settings: Record<string, unknown> = {};
        this.host.queue({ type }, () => {
          const { sheet, rect } = this.target();
          sheet.conditionalFormats.push({ type, rect, settings });
        });
        return recorder(this.host, (path, value) => (settings[path] = value));
      },
    };
  }

  getEntireColumn(): RangeDouble {
    return new RangeDouble(this.host, this.sheet, () => {
      const rect = this.resolved;
      return rect ? { row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols } : null;
    });
  }

  clear(): void {
    this.host.queue(undefined, () => {
      const { sheet, rect } = this.target();
      sheet.clear(rect);
    });
  }
}
