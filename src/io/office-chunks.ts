/**
 * Splits reads and writes into batches that each fit one Office.js request. Excel rejects a
 * request or response above 5 MB, so batches aim below that with a margin. Pure: no Office.js.
 */
import type { CellModel, SheetModel } from "../report/model";

/** Target size of one write request, estimated as the JSON length of what it carries. */
export const WRITE_BUDGET_BYTES = 4_000_000;

/**
 * Cells read per request. At 80 bytes for a value and its number format this is 4 MB.
 * NOTE: this is an estimate: sheets full of long texts can exceed it, because the size of a
 * cell is unknown before it is read.
 */
export const READ_BUDGET_CELLS = 50_000;

/** Estimated JSON size of the operation that styles a run of cells or sets a link. */
const OPERATION_BYTES = 200;

/** Rows `start` to `start + count - 1` of one sheet. */
export interface RowSlice {
  sheet: number;
  start: number;
  count: number;
}

/** Estimates the request bytes that writing one row takes: values, formats and per-cell operations. */
export function estimateRowBytes(
  row: readonly (CellModel | null)[] | undefined,
  width: number,
): number {
  if (!row) return width * 10 + 4;
  let bytes = 4;
  let previousStyle: string | undefined;
  for (let c = 0; c < width; c++) {
    const cell = row[c];
    // value, format and formula slots, with separators
    bytes += 16 + (cell ? JSON.stringify(cell.value).length : 4);
    if (cell?.formula) bytes += cell.formula.length + 2;
    if (cell?.link) bytes += OPERATION_BYTES + cell.link.length;
    if (cell?.style && cell.style !== previousStyle) bytes += OPERATION_BYTES;
    previousStyle = cell?.style;
  }
  return bytes;
}

/**
 * Packs the rows of all models into batches of at most `budget` estimated bytes. A batch may span
 * several sheets; a single row larger than the budget gets a batch of its own.
 */
export function planWriteBatches(
  models: readonly SheetModel[],
  widths: readonly number[],
  budget = WRITE_BUDGET_BYTES,
): RowSlice[][] {
  const batches: RowSlice[][] = [];
  let batch: RowSlice[] = [];
  let used = 0;

  models.forEach((model, sheet) => {
    const width = widths[sheet] ?? 0;
    let slice: RowSlice | undefined;
    for (let r = 0; r < model.rows.length; r++) {
      const bytes = estimateRowBytes(model.rows.at(r), width);
      if (used + bytes > budget && used > 0) {
        batches.push(batch);
        batch = [];
        used = 0;
        slice = undefined;
      }
      if (!slice) {
        slice = { sheet, start: r, count: 0 };
        batch.push(slice);
      }
      slice.count++;
      used += bytes;
    }
  });

  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Splits sheets of the given sizes into row slices and packs them into batches of `budget` cells. */
export function planReadBatches(
  sizes: readonly { rows: number; columns: number }[],
  budget = READ_BUDGET_CELLS,
): RowSlice[][] {
  const batches: RowSlice[][] = [];
  let batch: RowSlice[] = [];
  let used = 0;

  sizes.forEach(({ rows, columns }, sheet) => {
    const width = Math.max(columns, 1);
    let start = 0;
    while (start < rows) {
      if (used + width > budget && used > 0) {
        batches.push(batch);
        batch = [];
        used = 0;
      }
      const fit = Math.max(1, Math.floor((budget - used) / width));
      const count = Math.min(fit, rows - start);
      batch.push({ sheet, start, count });
      used += count * width;
      start += count;
    }
  });

  if (batch.length > 0) batches.push(batch);
  return batches;
}
