/**
 * Streams CreditDesk sheet models and copies of the input sheets through exceljs's
 * `stream.xlsx.WorkbookWriter` into any writable stream. Imports no Node module itself, so the
 * file writer (Node) and the in-memory writer (Node and the browser preview) share it.
 */
import ExcelJS from "exceljs";
import type { Writable } from "stream";

import type { SheetModel } from "../report/model";
import { writeInputSheet, type InputSheetCopy } from "./xlsx-inputs";
import { META_SHEET_NAME, writeMetaSheet, type MetaSheetEntry } from "./xlsx-meta";
import { SheetNames } from "./xlsx-names";
import { ExtraParts } from "./xlsx-parts";
import { PAPER_SIZE, writeModelSheet, type WriteContext } from "./xlsx-sheet";
import { StyleCache } from "./xlsx-styles";

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

/** Streams the whole package, all sheets and their tables and charts, into `sink`. */
export async function streamWorkbook(
  sink: Writable,
  models: SheetModel[],
  inputs: InputSheetCopy[],
  meta: ReportMeta,
): Promise<void> {
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

  context.parts.writeOnCommit(workbook);

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
}
