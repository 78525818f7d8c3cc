/**
 * The `CD Collections` sheet: the worklist as a table whose next action, promise-to-pay and note
 * columns belong to the user and are kept on re-run, matched by the invoice-number column.
 */
import type { WorklistRow, Worklist } from "../engine/collections";
import type { Day } from "../engine/dates";
import { fromMinor } from "../engine/money";
import { displayWidth } from "./builder";
import { lenderStrings, type LenderStrings } from "./lender-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";
import { RowList } from "./rows";

export interface CollectionsSheetContext {
  locale: string;
  asOf: Day;
}

/** Columns the user edits, by position in `collections.columns`. */
export const COLLECTIONS_KEY_COLUMN = 0;
export const COLLECTIONS_USER_COLUMNS = [10, 11, 12];

const WIDTHS = [18, 14, 28, 12, 10, 16, 30, 18, 28, 18, 30, 14, 40];
/** Date and number columns, whose headers are right-aligned over their figures. */
const NUMERIC_COLUMNS = [3, 4, 5, 7, 11];
/** Text columns right of a number column, indented so the two do not read as one. */
const INDENTED_COLUMNS = [6, 8, 12];

/** Builds the worklist sheet: overdue items first, then disputed items, in one filterable table. */
export function buildCollectionsSheet(
  worklist: Worklist,
  context: CollectionsSheetContext,
): SheetModel {
  const text = lenderStrings(context.locale);
  const rows = new RowList();
  rows.push([cell(text.collections.title, undefined, "title")]);
  rows.push([cell(text.asOf, undefined, "label"), dateCell(context.asOf)]);
  rows.push([cell(text.collections.disputesFollow, undefined, "note")]);
  rows.push([]);

  const headerRow = rows.length;
  const headers = Object.values(text.collections.columns);
  rows.push(
    headers.map((header, i) => ({
      ...cell(header, undefined, "header"),
      ...(NUMERIC_COLUMNS.includes(i) ? { align: "right" as const } : {}),
      ...(INDENTED_COLUMNS.includes(i) ? { indent: 1 } : {}),
    })),
  );
  rows.pushEach(worklist.rows, (row) => rowCells(row, text));
  rows.pushEach(worklist.disputes, (row) => rowCells(row, text));
  const lastRow = Math.max(rows.length - 1, headerRow + 1);

  return {
    name: text.sheets.collections,
    marker: "collections",
    rows,
    // A column is never narrower than its header, so headers are not cut off.
    columnWidths: WIDTHS.map((width, i) => Math.max(width, displayWidth(headers[i] ?? "") + 3)),
    tables: [
      {
        name: "CDCollections",
        range: { top: headerRow, left: 0, bottom: lastRow, right: headers.length - 1 },
        totalsRow: false,
        style: "TableStyleMedium2",
      },
    ],
    charts: [],
    conditionalFormats: [
      {
        range: { top: headerRow + 1, left: 5, bottom: lastRow, right: 5 },
        // A light bar, so the amount printed over it stays readable.
        rule: { type: "dataBar", color: "FFF4B6B6" },
      },
    ],
    freeze: { rows: headerRow + 1, cols: 1 },
    // Thirteen columns shrunk onto one page width are unreadable, so the print spans pages across.
    print: {
      orientation: "landscape",
      fitToWidth: false,
      repeatRows: { first: headerRow, last: headerRow },
    },
    userColumns: { key: COLLECTIONS_KEY_COLUMN, columns: COLLECTIONS_USER_COLUMNS },
  };
}

/** Builds one table row, in the order of `collections.columns`. */
function rowCells(row: WorklistRow, text: LenderStrings): CellModel[] {
  return [
    cell(row.key, "text"),
    cell(row.customerId, "text"),
    cell(row.customerName ?? null),
    dateCell(row.dueDate),
    cell(row.daysPastDue, "integer"),
    cell(fromMinor(row.open), "money"),
    { ...cell(text.stages[row.stage]), indent: 1 },
    cell(Math.round(fromMinor(row.priority)), "integer"),
    { ...cell(row.contact ?? null), indent: 1 },
    cell(row.accountOwner ?? null),
    cell(row.nextAction),
    dateCell(row.promiseToPay),
    { ...cell(row.note), indent: 1 },
  ];
}
