/**
 * Rows of a sheet model. Long item tables are kept as their items plus a function that builds one
 * row of cells. Each row is built when a writer reads it, so a report of a million items never
 * keeps a million rows of cell objects at once.
 */
import type { RowCells, SheetRows } from "./model";

interface FixedSegment {
  start: number;
  rows: RowCells[];
}

interface BuiltSegment {
  start: number;
  count: number;
  build(offset: number): RowCells;
}

type Segment = FixedSegment | BuiltSegment;

function segmentLength(segment: Segment): number {
  return "rows" in segment ? segment.rows.length : segment.count;
}

/** Rows appended one at a time or as a block built on demand, read back by index. */
export class RowList implements SheetRows {
  private readonly segments: Segment[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Appends one row and returns its index. */
  push(row: RowCells): number {
    const last = this.segments[this.segments.length - 1];
    if (last && "rows" in last) last.rows.push(row);
    else this.segments.push({ start: this.size, rows: [row] });
    return this.size++;
  }

  /**
   * Appends `count` rows, built by `build` each time one is read. `build` must depend only on the
   * offset within the block, since a row may be built more than once.
   */
  pushBuilt(count: number, build: (offset: number) => RowCells): void {
    if (count <= 0) return;
    this.segments.push({ start: this.size, count, build });
    this.size += count;
  }

  /** Appends a row per item, built from the item each time the row is read. */
  pushEach<T>(items: readonly T[], build: (item: T) => RowCells): void {
    this.pushBuilt(items.length, (offset) => build(items[offset] as T));
  }

  at(index: number): RowCells | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    const segment = this.segments[this.findSegment(index)] as Segment;
    const offset = index - segment.start;
    return "rows" in segment ? segment.rows[offset] : segment.build(offset);
  }

  *[Symbol.iterator](): Iterator<RowCells> {
    for (const segment of this.segments) {
      const count = segmentLength(segment);
      for (let offset = 0; offset < count; offset++) {
        yield "rows" in segment ? (segment.rows[offset] as RowCells) : segment.build(offset);
      }
    }
  }

  /** Index of the segment holding row `index`, by binary search on the segment starts. */
  private findSegment(index: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.segments[middle] as Segment).start <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Rows whose cells are `change` applied to each row of `rows`, computed when read. */
export function mapRows(rows: SheetRows, change: (row: RowCells) => RowCells): SheetRows {
  return {
    get length() {
      return rows.length;
    },
    at(index) {
      const row = rows.at(index);
      return row === undefined ? undefined : change(row);
    },
    *[Symbol.iterator]() {
      for (const row of rows) yield change(row);
    },
  };
}

/** Returns every row as an array, for small sheets and for tests. */
export function rowArray(rows: SheetRows): RowCells[] {
  return Array.from(rows);
}
