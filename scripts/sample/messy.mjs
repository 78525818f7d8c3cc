/**
 * Flaws of a hand-kept workbook that a reader must cope with. One amount is typed as "n/a" and
 * one invoice date that does not exist is typed as text. Invoices also gets a blank row in the
 * middle and a total row at the bottom. Both flawed invoices are left unpaid, so skipping their
 * rows strands no payment.
 */
import { isoOf } from "../lib/days.mjs";
import { INVOICE_HEADERS } from "../lib/headers.mjs";

function isPlainInvoice(row) {
  return row.Type === "Invoice" && row.Installment === null && row.Disputed === "No";
}

function findInvoice(invoices, customerId, month) {
  const credited = new Set(invoices.map((row) => row["Applies To"]));
  const found = invoices.find(
    (row) =>
      isPlainInvoice(row) &&
      row["Customer ID"] === customerId &&
      isoOf(row["Invoice Date"]).startsWith(month) &&
      !credited.has(row["Invoice No"]),
  );
  if (!found) throw new Error(`No plain invoice of ${customerId} in ${month} to spoil.`);
  return found;
}

/** Spoils two invoices in place and returns the payments without those that paid them. */
export function spoilCells(invoices, payments) {
  const unreadableAmount = findInvoice(invoices, "C020", "2026-04");
  unreadableAmount.Amount = "n/a";

  const impossibleDate = findInvoice(invoices, "C025", "2026-02");
  impossibleDate["Invoice Date"] = "2026-02-30";

  const spoiled = new Set([unreadableAmount["Invoice No"], impossibleDate["Invoice No"]]);
  return payments.filter((row) => !spoiled.has(row["Invoice No"]));
}

function totalRow(invoices) {
  const column = String.fromCharCode(65 + INVOICE_HEADERS.indexOf("Amount"));
  const cents = invoices
    .filter((row) => typeof row.Amount === "number")
    .reduce((sum, row) => sum + Math.round(row.Amount * 100), 0);
  // One data row per invoice plus the blank row, below the header row.
  const lastRow = invoices.length + 2;
  return {
    "Customer ID": "Total",
    Amount: { formula: `SUM(${column}2:${column}${lastRow})`, result: cents / 100 },
  };
}

/** Returns the Invoices rows with a blank row (`null`) in the middle and a total row last. */
export function withBlankAndTotalRows(invoices) {
  const middle = Math.floor(invoices.length / 2);
  return [...invoices.slice(0, middle), null, ...invoices.slice(middle), totalRow(invoices)];
}
