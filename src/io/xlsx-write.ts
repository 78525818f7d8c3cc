/**
 * Writes CreditDesk sheet models and copies of the input sheets to an .xlsx report. Rows stream
 * through exceljs's `stream.xlsx.WorkbookWriter` and are committed one by one, so memory stays
 * flat for 100,000-row sheets. Tables, drawings and charts, which exceljs cannot write in
 * streaming mode, are added to the finished package with jszip (see `xlsx-parts.ts`).
 */
import { createWriteStream } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { finished, pipeline } from "node:stream/promises";

import type { SheetModel } from "../report/model";
import type { InputSheetCopy } from "./xlsx-inputs";
import { ZIP_OUTPUT } from "./xlsx-parts";
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
  const completed = `${path}.complete-${process.pid}`;
  const file = createWriteStream(streamed);
  try {
    const parts = await streamWorkbook(file, models, inputs, meta);
    await finished(file);

    if (parts.isEmpty) {
      await rename(streamed, path);
      return;
    }
    const zip = await parts.addTo(await readFile(streamed));
    const output = zip.generateNodeStream({ ...ZIP_OUTPUT, type: "nodebuffer", streamFiles: true });
    await pipeline(output, createWriteStream(completed));
    await rename(completed, path);
  } finally {
    file.destroy();
    await rm(streamed, { force: true });
    await rm(completed, { force: true });
  }
}
