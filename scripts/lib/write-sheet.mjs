/** Writes rows keyed by header into an exceljs workbook (the in-memory one, not the stream). */
import { dateOf } from "./days.mjs";
import { columnsFor, FROZEN_HEADER, isDateHeader } from "./columns.mjs";

function cellValue(header, value) {
  if (value === undefined) return null;
  // Rows carry dates as day numbers up to here. Text in a date column stays text.
  if (isDateHeader(header) && typeof value === "number") return dateOf(value);
  return value;
}

/** Adds a sheet with a bold, frozen header row and writes a `null` row as a blank row. */
export function writeSheet(workbook, name, headers, rows) {
  const sheet = workbook.addWorksheet(name, FROZEN_HEADER);
  sheet.columns = columnsFor(headers);
  sheet.getRow(1).font = { bold: true };

  for (const row of rows) {
    sheet.addRow(row === null ? [] : headers.map((header) => cellValue(header, row[header])));
  }
  return sheet;
}
