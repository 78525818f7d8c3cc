/** Problems found in the input, reported as data with the cell they come from. */
export type Severity = "error" | "warning";

export type IssueCode =
  | "missing-sheet"
  | "missing-column"
  | "bad-date"
  | "bad-number"
  | "bad-currency"
  | "missing-value"
  | "duplicate-invoice"
  | "due-before-invoice"
  | "unknown-customer"
  | "unknown-invoice"
  | "over-applied"
  | "missing-rate"
  | "unreadable-file"
  | "empty-file"
  | "bad-parameter"
  | "bad-answer"
  | "unanswered"
  | "bad-financials"
  | "control-total-difference"
  | "template-example"
  | "bad-quotes"
  | "wide-row"
  | "bad-encoding";

export interface Issue {
  severity: Severity;
  code: IssueCode;
  /** Sheet name as the user sees it, or the file name for CSV input. */
  sheet: string;
  /** The sheet's own 1-based row number; 0 when the issue concerns the whole sheet. */
  row: number;
  /** Column letter (A, B, ... AA) or the header text when no letter applies; empty for a whole row or sheet. */
  column: string;
  message: string;
}

/** Where a record was read from, so later checks can still name the cell. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** Converts a 0-based column index to its letter, e.g. 0 -> A and 27 -> AB. */
export function columnLetter(index: number): string {
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
