/**
 * Writes the report to memory, e.g. for a download in the browser preview. Imports `stream`
 * without the `node:` prefix so that the preview's bundle can substitute stream-browserify.
 */
import { Writable } from "stream";

import type { SheetModel } from "../report/model";
import type { InputSheetCopy } from "./xlsx-inputs";
import { streamWorkbook, type ReportMeta } from "./xlsx-stream";

/** Returns the whole .xlsx report as bytes. */
export async function writeReportToBuffer(
  models: SheetModel[],
  inputs: InputSheetCopy[],
  meta: ReportMeta,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // The workbook writer resolves only after the sink's "finish", so every chunk is in by then.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });

  await streamWorkbook(sink, models, inputs, meta);
  return Buffer.concat(chunks);
}
