/** Builders for customer-credit test records; amounts are minor units. */
import { dayFromIso, type Day } from "../src/engine/dates";
import type { Settlement } from "../src/engine/payment-index";
import type { CustomerRecord, InvoiceRecord, PaymentRecord } from "../src/engine/schema";
import type { OpenItem } from "../src/engine/types";

export function day(iso: string): Day {
  const value = dayFromIso(iso);
  if (value === undefined) throw new Error(`invalid test date ${iso}`);
  return value;
}

export const AS_OF = day("2026-06-30");

/** Converts at 1:1 for the base currency USD and for undefined, and at 1.1 for EUR. */
export function convert(minor: number, currency: string | undefined): number {
  return currency === "EUR" ? Math.round(minor * 1.1) : minor;
}

export function customer(id: string, fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return { ref: { sheet: "Customers", row: 2 }, id, ...fields };
}

export function invoice(
  customerId: string,
  invoiceNo: string,
  fields: Partial<InvoiceRecord> = {},
): InvoiceRecord {
  return {
    ref: { sheet: "Invoices", row: 2 },
    customerId,
    invoiceNo,
    amount: 100_000,
    type: "invoice",
    ...fields,
  };
}

export function payment(
  customerId: string,
  invoiceNo: string | undefined,
  date: Day,
  amount: number,
  fields: Partial<PaymentRecord> = {},
): PaymentRecord {
  const record: PaymentRecord = {
    ref: { sheet: "Payments", row: 2 },
    customerId,
    date,
    amount,
    ...fields,
  };
  if (invoiceNo !== undefined) record.invoiceNo = invoiceNo;
  return record;
}

export function item(
  customerId: string,
  invoiceNo: string,
  fields: Partial<OpenItem> = {},
): OpenItem {
  const dueDate = fields.dueDate ?? AS_OF;
  return {
    ref: { sheet: "Invoices", row: 2 },
    customerId,
    invoiceNo,
    type: "invoice",
    dueDate,
    currency: "USD",
    original: 100_000,
    open: 100_000,
    daysPastDue: AS_OF - dueDate,
    bucket: 0,
    disputed: false,
    pledged: false,
    ...fields,
  };
}

/** Builds a settlement paid `dbt` days after its due date, by default 2026-01-31. */
export function settlement(
  dbt: number,
  amount: number,
  fields: Partial<Settlement> = {},
): Settlement {
  const dueDate = fields.dueDate ?? day("2026-01-31");
  return {
    customerId: "C1",
    invoiceNo: `I${dbt}-${amount}`,
    dueDate,
    settledOn: dueDate + dbt,
    amount,
    stillOpen: false,
    ...fields,
  };
}
