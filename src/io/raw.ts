/** A workbook as read from a file or from Excel, before any column is interpreted. */
import type { RawValue } from "./coerce";

/** Number of columns an Excel sheet has, A to XFD. */
export const MAX_COLUMNS = 16_384;

export interface RawSheet {
  name: string;
  /** `rows[i]` is the sheet's row i + 1; formula cells hold their cached result. */
  rows: RawValue[][];
  /** Number format per column of the first data rows, used when the sheet is copied into a report. */
  columnFormats?: (string | undefined)[];
  hidden?: boolean;
  /**
   * Rows for the report's copy of the sheet, made again on each pass, from a reader that can do
   * so more cheaply than the rows can be kept. Without it, the copy is made from `rows`.
   */
  copyRows?: Iterable<RawValue[]>;
  /** Bytes of a UTF-8 CSV that were not valid UTF-8 and read as U+FFFD. */
  invalidBytes?: number;
  /** 1-based rows where a CSV's quotation marks do not follow the format. */
  badQuoteRows?: number[];
}

export interface RawWorkbook {
  /** File name shown in the report and in messages. */
  source: string;
  sheets: RawSheet[];
  /** True when the workbook uses the 1904 date system (older Mac workbooks). */
  date1904: boolean;
  /** True for CSV input, whose only sheet is named after the file. */
  csv: boolean;
}
