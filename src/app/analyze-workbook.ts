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
import { readRecords } from "../io/records";
import { buildReport } from "../report";
import type { SheetModel } from "../report/model";
import { VERSION } from "../version";

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
}

export function analyzeWorkbook(workbook: RawWorkbook, options: WorkbookRunOptions): WorkbookRun {
  const messages = messagesFor(options.locale);
  const read = readRecords(workbook, {
    messages,
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    ...(options.decimalMark ? { decimalMark: options.decimalMark } : {}),
  });
  const analysis = analyze(read.records, {
    asOf: options.asOf,
    messages,
    locale: options.locale,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
  });
  analysis.issues.unshift(...read.issues);
  const copiedSheets = new Set(workbook.sheets.map((sheet) => sheet.name));
  const models = buildReport(analysis, options.locale, {
    source: workbook.source,
    version: VERSION,
    copiedSheets,
  });
  return { analysis, models, readable: read.records.invoices.length > 0 };
}
