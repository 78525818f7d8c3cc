/** Turns aging output into the items the eligibility rules look at. */
import type { CustomerRecord } from "../schema";
import type { OpenItem, UnappliedLine } from "../types";
import type { EligibilityRow, FinancingItem } from "./types";

export function itemFromOpenItem(open: OpenItem): FinancingItem {
  const item: FinancingItem = {
    ref: open.ref,
    source: "open-item",
    customerId: open.customerId,
    invoiceNo: open.invoiceNo,
    type: open.type,
    dueDate: open.dueDate,
    open: open.open,
    daysPastDue: open.daysPastDue,
    disputed: open.disputed,
    pledged: open.pledged,
  };
  if (open.customerName !== undefined) item.customerName = open.customerName;
  if (open.installment !== undefined) item.installment = open.installment;
  if (open.invoiceDate !== undefined) item.invoiceDate = open.invoiceDate;
  if (open.daysSinceInvoice !== undefined) item.daysSinceInvoice = open.daysSinceInvoice;
  if (open.contractNo !== undefined) item.contractNo = open.contractNo;
  return item;
}

export function itemFromUnapplied(line: UnappliedLine): FinancingItem {
  return {
    ref: line.ref,
    source: line.kind === "credit" ? "unapplied-credit" : "unapplied-cash",
    customerId: line.customerId,
    invoiceNo: line.reference,
    type: "credit-note",
    invoiceDate: line.date,
    open: line.amount,
    disputed: false,
    pledged: false,
  };
}

/** Starts a row for an item built by one of the functions above, which the row then owns. */
export function newRow(item: FinancingItem, customer: CustomerRecord | undefined): EligibilityRow {
  const row: EligibilityRow = {
    item,
    reasons: new Set(),
    excludesWhole: false,
    partialExclusion: 0,
  };
  if (customer) row.customer = customer;
  if (item.customerName === undefined && customer?.name !== undefined) {
    item.customerName = customer.name;
  }
  return row;
}

/** Returns the amount of the item that the rules exclude, never more than it is open. */
export function excludedAmount(row: EligibilityRow): number {
  if (row.excludesWhole) return row.item.open;
  return Math.min(row.item.open, row.partialExclusion);
}
