/**
 * Reads .xlsx files with exceljs's streaming reader, so a 100,000-row workbook is read without
 * building exceljs's full in-memory model. Formula cells yield their cached results.
 */
import fs from "node:fs";
import { Readable, Transform } from "node:stream";

import ExcelJS from "exceljs";

import { flattenCellValue } from "./cell-value";
import type { RawValue } from "./coerce";
import type { RawSheet, RawWorkbook } from "./raw";
import { ColumnPools } from "./text-pool";

export { flattenCellValue } from "./cell-value";

export type ProgressListener = (fraction: number) => void;

export interface XlsxReadOptions {
  onProgress?: ProgressListener;
  /** Returns false for a sheet whose rows are not needed: it is listed with no rows. */
  keepRows?: (sheetName: string) => boolean;
}

/** Counts bytes passing through, to report reading progress of a file. */
function progressCounter(total: number, listener: ProgressListener | undefined): Transform {
  let seen = 0;
  let reported = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (listener && total > 0 && seen - reported > total / 50) {
        reported = seen;
        listener(Math.min(1, seen / total));
      }
      done(null, chunk);
    },
  });
}

interface StreamedSheet {
  name: string;
  state?: string;
  [Symbol.asyncIterator](): AsyncIterator<{
    number: number;
    values: unknown[] | Record<number, unknown>;
  }>;
}

/**
 * Reads a sheet's rows. A sheet whose rows are not kept is still read to its end: exceljs may have
 * buffered it in a temporary file, and leaving it unread made exceljs fail on the removed file.
 */
async function readSheet(worksheet: StreamedSheet, keepRows: boolean): Promise<RawSheet> {
  const rows: RawValue[][] = [];
  const pools = new ColumnPools();
  for await (const row of worksheet) {
    if (!keepRows) continue;
    const values = row.values as unknown[];
    const cells: RawValue[] = [];
    // exceljs row values are 1-based and sparse.
    for (let column = 1; column < values.length; column++) {
      const value = flattenCellValue(values[column]);
      cells.push(typeof value === "string" ? pools.keep(column, value) : value);
    }
    while (rows.length < row.number - 1) rows.push([]);
    rows[row.number - 1] = cells;
  }
  const sheet: RawSheet = { name: worksheet.name, rows };
  if (worksheet.state === "hidden" || worksheet.state === "veryHidden") sheet.hidden = true;
  return sheet;
}

/** Reads every worksheet of an .xlsx stream. Throws on a file that is not a readable workbook. */
export async function readXlsxStream(
  input: Readable,
  source: string,
  options: XlsxReadOptions & { size?: number } = {},
): Promise<RawWorkbook> {
  const counted = input.pipe(progressCounter(options.size ?? 0, options.onProgress));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheets: RawSheet[] = [];
  for await (const worksheet of reader) {
    const streamed = worksheet as unknown as StreamedSheet;
    sheets.push(await readSheet(streamed, options.keepRows?.(streamed.name) ?? true));
  }
  const properties = (reader as unknown as { properties?: { model?: { date1904?: boolean } } })
    .properties;
  return { source, sheets, date1904: properties?.model?.date1904 === true, csv: false };
}

export async function readXlsxFile(
  path: string,
  options: XlsxReadOptions = {},
): Promise<RawWorkbook> {
  const size = fs.statSync(path).size;
  const name = path.split(/[\\/]/).pop() ?? path;
  return readXlsxStream(fs.createReadStream(path), name, { size, ...options });
}

export async function readXlsxBuffer(buffer: Uint8Array, source: string): Promise<RawWorkbook> {
  return readXlsxStream(Readable.from([Buffer.from(buffer)]), source, { size: buffer.length });
}
