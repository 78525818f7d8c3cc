/**
 * Payment behaviour on the IBM late-payment sample: 2,466 invoices of 100 customers, each paid in
 * full on its SettledDate. Reads ../shared/data and skips when that folder is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import Papa from "papaparse";

import { analyzeCustomers } from "../src/engine/customers";
import { dayFromParts, type Day } from "../src/engine/dates";
import { toMinor } from "../src/engine/money";
import { settlementsFromHistory } from "../src/engine/payment-index";
import type { InvoiceRecord } from "../src/engine/schema";
import { day } from "./customers-fixtures";

const FILE = join(__dirname, "..", "..", "shared", "data", "ibm-accounts-receivable.csv");
const AS_OF = day("2013-06-30");
const present = existsSync(FILE);
if (!present) process.stderr.write(`Skipping the IBM sample tests: ${FILE} not found.\n`);

/** Parses the sample's US dates, M/D/YYYY. */
function usDate(text: string): Day {
  const [month, dayOfMonth, year] = text.split("/").map(Number);
  const value = dayFromParts(year!, month!, dayOfMonth!);
  if (value === undefined) throw new Error(`invalid date ${text} in the IBM sample`);
  return value;
}

type Row = Record<string, string>;

function readSample(): { rows: Row[]; invoices: InvoiceRecord[] } {
  const parsed = Papa.parse<Row>(readFileSync(FILE, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  const invoices = parsed.data.map((row, i): InvoiceRecord => ({
    ref: { sheet: "ibm-accounts-receivable.csv", row: i + 2 },
    customerId: row.customerID!,
    invoiceNo: row.invoiceNumber!,
    invoiceDate: usDate(row.InvoiceDate!),
    dueDate: usDate(row.DueDate!),
    amount: toMinor(Number(row.InvoiceAmount)),
    type: "invoice",
    settledDate: usDate(row.SettledDate!),
    disputed: row.Disputed === "Yes",
  }));
  return { rows: parsed.data, invoices };
}

(present ? describe : describe.skip)("IBM late-payment sample", () => {
  const { rows, invoices } = present ? readSample() : { rows: [], invoices: [] };
  const identity = (minor: number) => minor;
  const settlements = settlementsFromHistory(invoices, [], AS_OF, identity);

  it("settles each paid invoice on its SettledDate", () => {
    const paid = settlements.filter((settlement) => !settlement.stillOpen);
    const expected = rows.filter(
      (row) => usDate(row.InvoiceDate!) <= AS_OF && usDate(row.SettledDate!) <= AS_OF,
    );
    expect(paid).toHaveLength(expected.length);
  });

  it("matches the sample's DaysLate for late payments", () => {
    const byInvoice = new Map(rows.map((row) => [row.invoiceNumber!, row]));
    for (const settlement of settlements.filter((entry) => !entry.stillOpen)) {
      const daysLate = Number(byInvoice.get(settlement.invoiceNo)!.DaysLate);
      const dbt = settlement.settledOn - settlement.dueDate;
      expect(Math.max(0, dbt)).toBe(daysLate);
    }
  });

  it("counts the 12 open overdue invoices as settled on the as-of date", () => {
    // The independently computed aging has 12 invoices in 1-30 days and 72 not yet due.
    const open = settlements.filter((settlement) => settlement.stillOpen);
    expect(open).toHaveLength(12);
    for (const settlement of open) expect(settlement.settledOn).toBe(AS_OF);
  });

  it("gives every customer a finite index or insufficient history", () => {
    const portfolio = analyzeCustomers({
      asOf: AS_OF,
      customers: [],
      contracts: [],
      organisation: [],
      invoices,
      payments: [],
      items: [],
      agingByCustomer: [],
      convert: identity,
    });
    expect(portfolio.customers).toHaveLength(100);
    for (const customer of portfolio.customers) {
      expect(customer.flags).toContain("not-in-customer-list");
      if (customer.paymentIndex === undefined) {
        expect(customer.flags).toContain("insufficient-history");
        continue;
      }
      expect(customer.paymentIndex).toBeGreaterThanOrEqual(0);
      expect(customer.paymentIndex).toBeLessThanOrEqual(100);
    }
  });
});
