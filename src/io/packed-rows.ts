/**
 * Input rows kept as JSON text, a block of rows per string, for the copies of the input sheets in
 * a report. A row of cell values as JavaScript arrays takes several times the memory of its text,
 * and the copies are needed only when the report is written, long after the rows are read.
 */
import type { RawValue } from "./coerce";

/** Number of rows encoded into one string: more rows, fewer strings but larger decodes. */
const ROWS_PER_BLOCK = 1000;

/** A date in a packed row: `{"d": milliseconds since 1970}`, the only object a row can contain. */
interface PackedDate {
  d: number;
}

type PackedValue = string | number | boolean | null | PackedDate;

function packValue(value: RawValue): PackedValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    // An invalid date is written as an empty cell, so it is kept as one.
    return Number.isNaN(value.getTime()) ? null : { d: value.getTime() };
  }
  // JSON has no NaN or Infinity, and the copy writes such a number as its text anyway.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}

function unpackValue(value: PackedValue): RawValue {
  if (value !== null && typeof value === "object") return new Date(value.d);
  return value;
}

/** Rows of one sheet, packed once and decoded a block at a time whenever they are iterated. */
export class PackedRows implements Iterable<RawValue[]> {
  private readonly blocks: string[] = [];
  readonly length: number;

  constructor(rows: readonly (readonly RawValue[] | undefined)[]) {
    this.length = rows.length;
    for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) {
      const block: PackedValue[][] = [];
      const end = Math.min(rows.length, start + ROWS_PER_BLOCK);
      for (let index = start; index < end; index++) {
        const row = rows[index] ?? [];
        const packed: PackedValue[] = new Array<PackedValue>(row.length);
        for (let col = 0; col < row.length; col++) packed[col] = packValue(row[col]);
        block.push(packed);
      }
      this.blocks.push(JSON.stringify(block));
    }
  }

  *[Symbol.iterator](): Iterator<RawValue[]> {
    for (const text of this.blocks) {
      const block = JSON.parse(text) as PackedValue[][];
      for (const packed of block) {
        const row: RawValue[] = new Array<RawValue>(packed.length);
        for (let col = 0; col < packed.length; col++) row[col] = unpackValue(packed[col] ?? null);
        yield row;
      }
    }
  }
}
