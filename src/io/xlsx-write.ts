/**
 * Writes CreditDesk sheet models and copies of the input sheets to an .xlsx report. Rows stream
 * through exceljs's `stream.xlsx.WorkbookWriter` and are committed one by one, so memory stays
 * flat for 100,000-row sheets. Tables, drawings and charts, which exceljs cannot write in
 * streaming mode, are added to the finished package with jszip (see `xlsx-parts.ts`).
 */
import { createWriteStream } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { PassThrough, type Writable } from "node:stream";
import { finished, pipeline } from "node:stream/promises";

import ExcelJS from "exceljs";

import type { SheetModel } from "../report/model";
import { writeInputSheet, type InputSheetCopy } from "./xlsx-inputs";
import { META_SHEET_NAME, writeMetaSheet, type MetaSheetEntry } from "./xlsx-meta";
import { SheetNames } from "./xlsx-names";
import { ExtraParts, ZIP_OUTPUT } from "./xlsx-parts";
import { PAPER_SIZE, writeModelSheet, type WriteContext } from "./xlsx-sheet";
import { StyleCache } from "./xlsx-styles";

export type { InputSheetCopy } from "./xlsx-inputs";
export { META_SHEET_NAME } from "./xlsx-meta";

export interface ReportMeta {
  title: string;
  /** Marker of the whole report, e.g. `credit-desk`. */
  marker: string;
  version: string;
  /** Paper size of every sheet; A4 unless set. */
  paper?: "A4" | "Letter";
}

/**
 * Suffix of an input copy whose name is already taken by an output sheet.
 * NOTE: model links to such an input sheet (`'Invoices'!A2`) are not rewritten to the new name.
 */
const INPUT_SUFFIX = "input";

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

/** Writes the report to memory, e.g. for a download in the browser preview. */
export async function writeReportToBuffer(
  models: SheetModel[],
  inputs: InputSheetCopy[],
  meta: ReportMeta,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = finished(sink);

  const parts = await streamWorkbook(sink, models, inputs, meta);
  await done;
  const data = Buffer.concat(chunks);
  if (parts.isEmpty) return data;

  const zip = await parts.addTo(data);
  return zip.generateAsync({ ...ZIP_OUTPUT, type: "nodebuffer" });
}

/** Streams all sheets into `sink` and returns the extra parts still to add. */
async function streamWorkbook(
  sink: Writable,
  models: SheetModel[],
  inputs: InputSheetCopy[],
  meta: ReportMeta,
): Promise<ExtraParts> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = "CreditDesk";
  workbook.title = meta.title;

  const context: WriteContext = {
    workbook,
    styles: new StyleCache(),
    parts: new ExtraParts(),
    tableNames: new Set(),
    paperSize: PAPER_SIZE[meta.paper ?? "A4"],
  };

  const names = new SheetNames();
  names.reserve(META_SHEET_NAME);
  const entries: MetaSheetEntry[] = [];
  for (const model of models) names.reserve(model.name);

  for (const model of models) {
    await writeModelSheet(context, model);
    entries.push({ name: model.name, marker: model.marker, kind: "output" });
  }
  for (const input of inputs) {
    const name = names.reserveWithSuffix(input.name, INPUT_SUFFIX);
    await writeInputSheet(context, input, name);
    entries.push({ name, marker: `input:${input.name}`, kind: "input" });
  }
  writeMetaSheet(workbook, meta, entries);

  await workbook.commit();
  return context.parts;
}
