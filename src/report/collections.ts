/**
 * The `CD Collections` sheet: the worklist as a table whose next action, promise-to-pay and note
 * columns belong to the user and are kept on re-run, matched by the invoice-number column.
 */
import type { WorklistRow, Worklist } from "../engine/collections";
import type { Day } from "../engine/dates";
import { fromMinor } from "../engine/money";
import { lenderStrings, type LenderStrings } from "./lender-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";

export interface CollectionsSheetContext {
  locale: string;
  asOf: Day;
}

/** Columns the user edits, by position in `collections.columns`. */
export const COLLECTIONS_KEY_COLUMN = 0;
export const COLLECTIONS_USER_COLUMNS = [10, 11, 12];

/** Builds the worklist sheet: overdue items first, then disputed items, in one filterable table. */
export function buildCollectionsSheet(
  worklist: Worklist,
  context: CollectionsSheetContext,
): SheetModel {
  const text = lenderStrings(context.locale);
  const rows: (CellModel | null)[][] = [
    [cell(text.collections.title, undefined, "title")],
    [cell(text.asOf, undefined, "label"), dateCell(context.asOf)],
    [cell(text.collections.disputesFollow, undefined, "note")],
    [],
  ];

  const headerRow = rows.length;
  const headers = Object.values(text.collections.columns);
  rows.push(headers.map((header) => cell(header, undefined, "header")));
  for (const row of [...worklist.rows, ...worklist.disputes]) rows.push(rowCells(row, text));
  const lastRow = Math.max(rows.length - 1, headerRow + 1);

  return {
    name: text.sheets.collections,
    marker: "collections",
    rows,
    columnWidths: [18, 14, 28, 12, 10, 16, 30, 18, 28, 18, 30, 14, 40],
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
        rule: { type: "dataBar", color: "FFC00000" },
      },
    ],
    freeze: { rows: headerRow + 1, cols: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
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
    cell(text.stages[row.stage]),
    cell(Math.round(fromMinor(row.priority)), "integer"),
    cell(row.contact ?? null),
    cell(row.accountOwner ?? null),
    cell(row.nextAction),
    dateCell(row.promiseToPay),
    cell(row.note),
  ];
}
