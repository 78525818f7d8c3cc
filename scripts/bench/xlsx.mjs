/**
 * Writes the benchmark workbook with exceljs's streaming writer, committing each row so memory
 * stays bounded whatever the row count.
 */
import { once } from "node:events";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";

import ExcelJS from "exceljs";

import { columnsFor, FROZEN_HEADER, isDateHeader, sharedCellStyles } from "../lib/columns.mjs";
import { dateOf } from "../lib/days.mjs";
import {
  CUSTOMER_HEADERS,
  INVOICE_HEADERS,
  PAYMENT_HEADERS,
  RATE_HEADERS,
} from "../lib/headers.mjs";
import { customerRow } from "./customers.mjs";
import { invoiceRow, paymentRow } from "./invoices.mjs";

/** Rows written between checks of how much XML waits for compression. */
const ROWS_PER_PAUSE = 5_000;
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/**
 * Waits until most of the sheet's XML has gone into the zip. exceljs 4.4 writes rows into the
 * zip entry's stream without heeding backpressure, so without this wait the uncompressed XML of
 * a whole sheet can pile up in memory when compression and disk lag behind.
 * NOTE: this reads exceljs and readable-stream internals (`pipes`, `_writableState`), and it only
 * yields to the event loop when they are absent.
 */
async function drainSheet(sheet) {
  const entry = sheet.stream.pipes?.[0];
  while (entry?._writableState?.length > MAX_PENDING_BYTES) await once(entry, "drain");
  await yieldToEventLoop();
}

/** Appends `count` rows from `rowAt(index)` to a new sheet, converting day numbers in date columns. */
async function streamSheet(workbook, name, headers, count, rowAt) {
  const sheet = workbook.addWorksheet(name, FROZEN_HEADER);
  sheet.columns = columnsFor(headers);
  sheet.getRow(1).font = { bold: true };
  const dateColumns = headers.flatMap((header, i) => (isDateHeader(header) ? [i] : []));
  const styles = sharedCellStyles(headers);

  for (let index = 0; index < count; index++) {
    const values = rowAt(index);
    for (const i of dateColumns) if (typeof values[i] === "number") values[i] = dateOf(values[i]);
    const row = sheet.addRow(values);
    row.eachCell((cell, column) => {
      cell.style = styles[column - 1];
    });
    row.commit();
    if (index % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await drainSheet(sheet);
  }
  sheet.commit();
}

/** Writes Invoices, Payments, Customers and Exchange Rates sheets to `file`. */
export async function writeBenchWorkbook(file, options) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
    useStyles: true,
  });
  const rowOptions = { ...options, foreignCurrency: true };

  await streamSheet(workbook, "Invoices", INVOICE_HEADERS, options.invoices, (i) =>
    invoiceRow(i, rowOptions),
  );
  await streamSheet(workbook, "Payments", PAYMENT_HEADERS, options.payments, (i) =>
    paymentRow(i, rowOptions),
  );
  await streamSheet(workbook, "Customers", CUSTOMER_HEADERS, options.customers, (i) =>
    customerRow(i, options.seed, options.asOf),
  );
  const rates = [["EUR", 1.08, options.asOf]];
  await streamSheet(workbook, "Exchange Rates", RATE_HEADERS, rates.length, (i) => rates[i]);
  await workbook.commit();
}
