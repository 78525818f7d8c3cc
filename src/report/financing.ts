/**
 * The `CD Financing` sheet: every item with its eligibility and reasons in a filterable table,
 * under the list of rules that could not be applied. The certificate is its own sheet.
 */
import type { FinancingItemResult, FinancingResult } from "../engine/financing";
import { fromMinor } from "../engine/money";
import { displayWidth } from "./builder";
import { buildCertificateSheet, type CertificateContext } from "./certificate";
import { lenderStrings, type LenderStrings } from "./lender-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";
import { RowList } from "./rows";

export type { CertificateContext } from "./certificate";

/** Builds `CD Certificate` and `CD Financing`, in that order. */
export function buildFinancingSheets(
  result: FinancingResult,
  context: CertificateContext,
): SheetModel[] {
  return [buildCertificateSheet(result, context), buildFinancingSheet(result, context)];
}

const WIDTHS = [14, 28, 16, 10, 16, 16, 12, 12, 10, 16, 10, 16, 16, 60];
/** Date and amount columns, whose headers are right-aligned over their figures. */
const NUMERIC_COLUMNS = [6, 7, 8, 9, 11, 12];
const FLAG_COLUMN = 10;
const REASONS_COLUMN = 13;

export function buildFinancingSheet(
  result: FinancingResult,
  context: CertificateContext,
): SheetModel {
  const text = lenderStrings(context.locale);
  const rows = new RowList();
  rows.push([cell(text.financing.title, undefined, "title")]);
  rows.push([cell(text.asOf, undefined, "label"), dateCell(context.asOf)]);
  if (result.rulesNotApplied.length > 0) {
    rows.push([cell(text.financing.rulesNotApplied, undefined, "subtitle")]);
    for (const entry of result.rulesNotApplied) {
      const line = `${text.reasons[entry.rule]}: ${text.notApplied[entry.reason]}`;
      rows.push([cell(line, undefined, "note")]);
    }
  }
  rows.push([]);

  const headerRow = rows.length;
  const headers = Object.values(text.financing.columns);
  rows.push(
    headers.map((header, i) => ({
      ...cell(header, undefined, "header"),
      ...(NUMERIC_COLUMNS.includes(i) ? { align: "right" as const } : {}),
      ...(i === FLAG_COLUMN ? { align: "center" as const } : {}),
      ...(i === REASONS_COLUMN ? { indent: 1 } : {}),
    })),
  );
  rows.pushEach(result.items, (item) => itemCells(item, text));
  const lastRow = Math.max(rows.length - 1, headerRow + 1);
  const flagColumn = headers.indexOf(text.financing.columns.eligibleFlag);

  return {
    name: text.sheets.financing,
    marker: "financing",
    rows,
    // A column is never narrower than its header, so headers neither run together nor get cut.
    columnWidths: WIDTHS.map((width, i) => Math.max(width, displayWidth(headers[i] ?? "") + 3)),
    tables: [
      {
        name: "CDFinancingItems",
        range: { top: headerRow, left: 0, bottom: lastRow, right: headers.length - 1 },
        totalsRow: false,
        style: "TableStyleMedium2",
      },
    ],
    charts: [],
    conditionalFormats: [
      {
        range: { top: headerRow + 1, left: flagColumn, bottom: lastRow, right: flagColumn },
        rule: { type: "textEquals", text: text.no, fill: "FFFFC7CE", font: "FF9C0006" },
      },
    ],
    freeze: { rows: headerRow + 1, cols: 0 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: headerRow, last: headerRow },
    },
  };
}

/** Builds one table row, in the order of `financing.columns`. */
function itemCells(item: FinancingItemResult, text: LenderStrings): CellModel[] {
  return [
    cell(item.customerId, "text"),
    cell(item.customerName ?? null),
    cell(item.invoiceNo, "text"),
    cell(item.installment ?? null, "text"),
    cell(text.sources[item.source]),
    cell(documentType(item, text)),
    dateCell(item.invoiceDate),
    dateCell(item.dueDate),
    cell(item.daysPastDue ?? null, "integer"),
    cell(fromMinor(item.open), "money"),
    // Centred and indented, so the flag and reasons keep clear of the amounts beside them.
    { ...cell(eligibleFlag(item, text)), align: "center" },
    cell(fromMinor(item.eligible), "money"),
    cell(fromMinor(item.excluded), "money"),
    { ...cell(item.reasons.map((reason) => text.reasons[reason]).join("; ")), indent: 1 },
  ];
}

/** Names unapplied cash as such: the engine files it, like unapplied credits, as a credit note. */
function documentType(item: FinancingItemResult, text: LenderStrings): string {
  return item.source === "unapplied-cash"
    ? text.sources["unapplied-cash"]
    : text.documentTypes[item.type];
}

/** Yes when nothing is excluded (the concentration limit is a deduction per customer, not per item). */
function eligibleFlag(item: FinancingItemResult, text: LenderStrings): string {
  if (item.excluded === 0) return text.yes;
  return item.eligible === 0 ? text.no : text.partly;
}
