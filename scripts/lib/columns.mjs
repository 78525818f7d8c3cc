/**
 * Column widths and number formats for the generated sheets, chosen by header so the demo
 * workbook and the benchmark files format the same column the same way.
 */
const DATE_FORMAT = "yyyy-mm-dd";
const MONEY_FORMAT = "#,##0.00";
const RATE_FORMAT = "0.0000";

const DATE_HEADERS = new Set([
  "Invoice Date",
  "Due Date",
  "Payment Date",
  "Customer Since",
  "Financials Date",
  "Last Review Date",
  "Signed Date",
  "Date",
]);

const MONEY_HEADERS = new Set([
  "Amount",
  "Credit Limit",
  "Open Orders",
  "Payable",
  "Working Capital",
  "Retained Earnings",
  "EBIT",
  "Total Assets",
  "Total Liabilities",
  "Equity",
  "Sales",
  "Tangible Net Worth",
  "Current Assets",
  "Current Liabilities",
  "Approval Limit",
]);

const WIDE_HEADERS = { "Customer Name": 36, Name: 36, Question: 90, Evidence: 40, Note: 40 };

export function isDateHeader(header) {
  return DATE_HEADERS.has(header);
}

function formatOf(header) {
  if (DATE_HEADERS.has(header)) return DATE_FORMAT;
  if (MONEY_HEADERS.has(header)) return MONEY_FORMAT;
  if (header === "Rate") return RATE_FORMAT;
  return undefined;
}

/** Returns exceljs column definitions for `headers`, keyed by the header text. */
export function columnsFor(headers) {
  return headers.map((header) => {
    const width = WIDE_HEADERS[header] ?? Math.max(12, header.length + 4);
    const numFmt = formatOf(header);
    const column = { header, key: header, width };
    if (numFmt) column.style = { numFmt };
    return column;
  });
}

/**
 * Returns one style object per header for a streaming writer to assign to every cell. exceljs
 * caches a style's id by object identity, and each cell otherwise gets a fresh copy of its
 * column's style whose XML is rendered again to look the id up.
 */
export function sharedCellStyles(headers) {
  const unformatted = {};
  return headers.map((header) => {
    const numFmt = formatOf(header);
    return numFmt ? { numFmt } : unformatted;
  });
}

/** Options for `addWorksheet`: header row frozen. */
export const FROZEN_HEADER = { views: [{ state: "frozen", ySplit: 1 }] };
