/**
 * Writes CreditDesk sheet models and copies of the input sheets to an .xlsx report. Rows stream
 * through exceljs's `stream.xlsx.WorkbookWriter` as they are rendered, so memory stays flat for
 * 100,000-row sheets. Tables, drawings and charts, which exceljs cannot write in streaming mode,
 * are appended to exceljs's zip archive when the workbook is committed (see `xlsx-parts.ts`).
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";

import type { SheetModel } from "../report/model";
import type { InputSheetCopy } from "./xlsx-inputs";
import { streamWorkbook, type ReportMeta } from "./xlsx-stream";

export type { InputSheetCopy } from "./xlsx-inputs";
export { META_SHEET_NAME } from "./xlsx-meta";
export { writeReportToBuffer } from "./xlsx-buffer";
export type { ReportMeta } from "./xlsx-stream";

/** Writes the report to `path`, replacing it only once the whole file is written. */
export async function writeReport(
  path: string,
  models: SheetModel[],
  inputs: InputSheetCopy[],
  meta: ReportMeta,
): Promise<void> {
  const streamed = `${path}.partial-${process.pid}`;
  const file = createWriteStream(streamed);
  try {
    await streamWorkbook(file, models, inputs, meta);
    await finished(file);
    await rename(streamed, path);
  } finally {
    file.destroy();
    await rm(streamed, { force: true });
  }
}
