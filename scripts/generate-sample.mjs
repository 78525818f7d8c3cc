#!/usr/bin/env node
/**
 * Writes the demo workbook of Lumen Fixtures Ltd, a fictional US manufacturer, to
 * assets/sample.xlsx (or the path given as the first argument): the input sheets, then the
 * `CD History` sheet of an earlier self-assessment run that the demo report compares with. Everything is drawn from one
 * seeded generator and the zip entries carry a fixed timestamp, so every run writes the same
 * bytes with the same exceljs and jszip versions.
 * Usage: node scripts/generate-sample.mjs [OUT.xlsx]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import fs from "node:fs/promises";

import ExcelJS from "exceljs";
import JSZip from "jszip";

import * as HEADERS from "./lib/headers.mjs";
import { Random } from "./lib/random.mjs";
import { writeSheet } from "./lib/write-sheet.mjs";
import { assessmentRows } from "./sample/assessment.mjs";
import { buildContracts } from "./sample/contracts.mjs";
import { customerRow } from "./sample/customer-rows.mjs";
import { sampleCustomers } from "./sample/customers.mjs";
import { invoiceDrafts } from "./sample/drafts.mjs";
import { writeHistorySheet } from "./sample/history.mjs";
import { buildLedger } from "./sample/ledger.mjs";
import { spoilCells, withBlankAndTotalRows } from "./sample/messy.mjs";
import { organisationRows, parameterRows, rateRows } from "./sample/reference.mjs";
import { unappliedItems } from "./sample/unapplied.mjs";

const SEED = 20_260_630;
const FIXED_TIMESTAMP = new Date(Date.UTC(2026, 5, 30, 12, 0, 0));
const DEFAULT_OUT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../assets/sample.xlsx",
);

function byDate(header) {
  return (a, b) => a[header] - b[header];
}

/** Returns the rows of every sheet, keyed by sheet name, in the order the workbook lists them. */
export function buildSample(seed = SEED) {
  const random = new Random(seed);
  const customers = sampleCustomers();
  const customerRows = customers
    .map((customer) => customerRow(customer, random))
    .filter((_, index) => !customers[index].flags.has("unlisted"));
  const contracts = buildContracts(customers, random);
  const ledger = buildLedger(invoiceDrafts(customers, random), contracts.contractFor, random);
  const unapplied = unappliedItems(customers, ledger.nextCreditNoteNo);

  const invoices = [...ledger.invoices, ...unapplied.credits].sort(byDate("Invoice Date"));
  const allPayments = [...ledger.payments, ...unapplied.payments].sort(byDate("Payment Date"));
  const payments = spoilCells(invoices, allPayments);

  return {
    Invoices: { headers: HEADERS.INVOICE_HEADERS, rows: withBlankAndTotalRows(invoices) },
    Payments: { headers: HEADERS.PAYMENT_HEADERS, rows: payments },
    Customers: { headers: HEADERS.CUSTOMER_HEADERS, rows: customerRows },
    Contracts: { headers: HEADERS.CONTRACT_HEADERS, rows: contracts.rows },
    Organisation: { headers: HEADERS.ORGANISATION_HEADERS, rows: organisationRows() },
    "Exchange Rates": { headers: HEADERS.RATE_HEADERS, rows: rateRows() },
    Assessment: { headers: HEADERS.ASSESSMENT_HEADERS, rows: assessmentRows() },
    Parameters: { headers: HEADERS.PARAMETER_HEADERS, rows: parameterRows() },
  };
}

/** Rewrites the zip with one fixed timestamp on every entry, because jszip stamps the clock time. */
async function withFixedTimestamps(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  zip.forEach((_, entry) => {
    entry.date = FIXED_TIMESTAMP;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes the demo workbook to `out` and returns its size in bytes. */
export async function generateSample(out = DEFAULT_OUT) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lumen Fixtures Ltd";
  workbook.lastModifiedBy = "Lumen Fixtures Ltd";
  workbook.created = FIXED_TIMESTAMP;
  workbook.modified = FIXED_TIMESTAMP;

  for (const [name, sheet] of Object.entries(buildSample())) {
    writeSheet(workbook, name, sheet.headers, sheet.rows);
  }
  writeHistorySheet(workbook);
  const buffer = await withFixedTimestamps(await workbook.xlsx.writeBuffer());
  await fs.writeFile(out, buffer);
  return buffer.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? DEFAULT_OUT);
  const bytes = await generateSample(out);
  console.log(`Wrote ${out} (${Math.round(bytes / 1024)} KB).`);
}
