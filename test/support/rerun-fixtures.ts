/**
 * A small company workbook for re-run tests: overdue invoices, so the collections worklist has
 * rows, and an Assessment sheet whose low answers give an improvement plan.
 */
import { DEFAULT_FRAMEWORK } from "../../src/engine/assessment/framework";
import { type Cell, utcDate, writeWorkbook } from "./workbooks";

export const CODES = DEFAULT_FRAMEWORK.indicators.map((indicator) => indicator.code);

/** Invoices as of 2026-06-30: INV-1 and INV-2 are overdue, INV-3 is not yet due. */
export function invoiceRows(): Cell[][] {
  return [
    ["Customer ID", "Customer Name", "Invoice No", "Invoice Date", "Due Date", "Amount"],
    ["C001", "Harbor Tools", "INV-1", utcDate("2026-04-01"), utcDate("2026-05-01"), 1200.5],
    ["C002", "Lakeside Foods", "INV-2", utcDate("2026-02-15"), utcDate("2026-03-17"), 800],
    ["C001", "Harbor Tools", "INV-3", utcDate("2026-06-10"), utcDate("2026-07-10"), 450.25],
  ];
}

/** Five answers per indicator: the first `yes` are Yes, the rest No. */
export function assessmentRows(yes: number): Cell[][] {
  const rows: Cell[][] = [["Code", "No", "Question", "Answer"]];
  for (const code of CODES) {
    for (let number = 1; number <= 5; number++) {
      rows.push([code, number, `Question ${number} of ${code}`, number <= yes ? "Yes" : "No"]);
    }
  }
  return rows;
}

/** Writes the workbook; `yes` sets the level of every indicator's checklist. */
export async function writeCompanyWorkbook(
  file: string,
  options: { yes?: number; invoices?: Cell[][] } = {},
): Promise<string> {
  return writeWorkbook(file, [
    { name: "Invoices", rows: options.invoices ?? invoiceRows() },
    { name: "Assessment", rows: assessmentRows(options.yes ?? 2) },
  ]);
}
