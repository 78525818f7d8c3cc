/**
 * The pipeline every front end runs once it has a raw workbook: read records, analyse, build the
 * report's sheet models. The command line, the task pane and the preview page differ only in how
 * they obtain the raw workbook and where they write the sheets.
 */
import { analyze, type Analysis } from "../engine/analyze";
import type { Day } from "../engine/dates";
import type { ParameterOverrides } from "../engine/parameter-sheet";
import type { PreviousState } from "../engine/previous";
import { messagesFor, type Locale } from "../i18n/messages";
import type { DateOrder, DecimalMark } from "../io/coerce";
import type { RawWorkbook } from "../io/raw";
import { readRecords, type ReadResult } from "../io/records";
import type { InputSheetCopy } from "../io/xlsx-inputs";
import { buildReport } from "../report";
import type { SheetModel } from "../report/model";
import { VERSION } from "../version";
import { copyNames, inputCopies } from "./report-file";

export interface WorkbookRunOptions {
  asOf: Day;
  locale: Locale;
  overrides?: ParameterOverrides;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  previous?: PreviousState;
}

export interface WorkbookRun {
  analysis: Analysis;
  models: SheetModel[];
  /** False when nothing could be read, so no report should be written. */
  readable: boolean;
  /** Copies of the input sheets for a report file. Empty unless `copyInputs` was set. */
  inputs: InputSheetCopy[];
}

/** Records read from a workbook, with what the report still needs once the raw rows are gone. */
export interface PreparedWorkbook {
  read: ReadResult;
  source: string;
  /** Name in the report of each input sheet that cells can link to. */
  linkedSheets: Map<string, string>;
  /** Compact copies of the input sheets for the report file (see `inputCopies`), if requested. */
  inputs: InputSheetCopy[];
}

/**
 * Reads the records of a raw workbook and, when `copyInputs` is set, makes compact copies of its
 * input sheets. A caller that drops the raw workbook afterwards frees its rows before the analysis.
 */
export function prepareWorkbook(
  workbook: RawWorkbook,
  options: Pick<WorkbookRunOptions, "locale" | "dateOrder" | "decimalMark"> & {
    copyInputs?: boolean;
  },
): PreparedWorkbook {
  const read = readRecords(workbook, {
    messages: messagesFor(options.locale),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    ...(options.decimalMark ? { decimalMark: options.decimalMark } : {}),
  });
  return {
    read,
    source: workbook.source,
    // A report file links to the copies of the inputs, the add-in to the input sheets themselves.
    linkedSheets: options.copyInputs
      ? copyNames(workbook)
      : new Map(workbook.sheets.map((sheet) => [sheet.name, sheet.name])),
    inputs: options.copyInputs ? inputCopies(workbook) : [],
  };
}

/** Analyses prepared records and builds the report's sheet models. */
export function analyzePrepared(
  prepared: PreparedWorkbook,
  options: WorkbookRunOptions,
): WorkbookRun {
  const { read } = prepared;
  const analysis = analyze(read.records, {
    asOf: options.asOf,
    messages: messagesFor(options.locale),
    locale: options.locale,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
  analysis.issues.unshift(...read.issues);
  const models = buildReport(analysis, options.locale, {
    source: prepared.source,
    version: VERSION,
    linkedSheets: prepared.linkedSheets,
  });
  const readable = read.records.invoices.length > 0;
  return { analysis, models, readable, inputs: prepared.inputs };
}

/**
 * Reads, analyses and builds the sheet models. With `copyInputs`, for a report file, it also
 * copies the input sheets, and cells link to the copies instead of the input sheets.
 */
export function analyzeWorkbook(
  workbook: RawWorkbook,
  options: WorkbookRunOptions & { copyInputs?: boolean },
): WorkbookRun {
  return analyzePrepared(prepareWorkbook(workbook, options), options);
}
