/** Builders for open items, customers and contracts used by the financing tests. */
import type { ContractRecord, CustomerRecord } from "../src/engine/schema";
import type { OpenItem, UnappliedLine } from "../src/engine/types";

/** 2026-06-30, the as-of date of the fixtures. */
export const AS_OF = 20_634;

let nextRow = 2;

/** An invoice of `open` minor units, not yet due unless `daysPastDue` is given. */
export function openItem(overrides: Partial<OpenItem> = {}): OpenItem {
  const daysPastDue = overrides.daysPastDue ?? 0;
  const row = nextRow++;
  return {
    ref: { sheet: "Invoices", row },
    customerId: "C1",
    invoiceNo: `INV-${row}`,
    type: "invoice",
    invoiceDate: AS_OF - daysPastDue - 30,
    dueDate: AS_OF - daysPastDue,
    currency: "USD",
    original: overrides.open ?? 10_000,
    open: 10_000,
    daysPastDue,
    daysSinceInvoice: daysPastDue + 30,
    bucket: 0,
    disputed: false,
    pledged: false,
    ...overrides,
  };
}

export function customer(id: string, overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    ref: { sheet: "Customers", row: 2 },
    id,
    name: `Customer ${id}`,
    country: "US",
    relatedParty: false,
    government: false,
    supplier: false,
    insured: false,
    ...overrides,
  };
}

export function contract(
  contractNo: string,
  customerId: string,
  overrides: Partial<ContractRecord> = {},
): ContractRecord {
  return {
    ref: { sheet: "Contracts", row: 2 },
    contractNo,
    customerId,
    deliveryProof: true,
    ...overrides,
  };
}

export function unappliedCredit(customerId: string, amount: number): UnappliedLine {
  return {
    kind: "credit",
    ref: { sheet: "Invoices", row: nextRow++ },
    customerId,
    reference: `CN-${nextRow}`,
    date: AS_OF - 5,
    amount,
  };
}
