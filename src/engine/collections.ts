/**
 * The collections worklist: every overdue item with its dunning stage and priority, plus the
 * columns the user fills in (next action, promise-to-pay date, note), kept across re-runs.
 */
import type { Day } from "./dates";
import { DEFAULT_LENDER_PARAMS, type CollectionsParams, type DunningStage } from "./lender-params";
import type { Minor } from "./money";
import type { CustomerRecord } from "./schema";
import type { OpenItem } from "./types";

/** A customer as the worklist reads it; contact fields are used when the Customers sheet has them. */
export type CollectionsCustomer = Pick<CustomerRecord, "id" | "name" | "accountOwner"> & {
  contact?: string;
  email?: string;
  phone?: string;
};

export interface CollectionsInput {
  items: readonly OpenItem[];
  customers?: readonly CollectionsCustomer[];
}

/** A dunning stage; "watch" is overdue but before the first stage starts. */
export type WorklistStage = DunningStage | "dispute-resolution" | "watch";

/** The columns the user types into; a re-run keeps them. */
export interface WorklistEdits {
  nextAction: string;
  promiseToPay?: Day;
  note: string;
}

export interface WorklistRow extends WorklistEdits {
  /** Invoice number, then " #" and the installment when there is one: the row's identity. */
  key: string;
  customerId: string;
  customerName?: string;
  invoiceNo: string;
  installment?: string;
  dueDate: Day;
  open: Minor;
  daysPastDue: number;
  stage: WorklistStage;
  /** Open amount in minor units × days past due; higher is chased first. */
  priority: number;
  contact?: string;
  accountOwner?: string;
}

export interface Worklist {
  /** Overdue items that are not disputed, highest priority first. */
  rows: WorklistRow[];
  /** Disputed overdue items, listed apart in stage "dispute-resolution", highest priority first. */
  disputes: WorklistRow[];
}

/** Lists every overdue item with a positive open amount, by priority. */
export function buildWorklist(
  input: CollectionsInput,
  params: CollectionsParams = DEFAULT_LENDER_PARAMS.collections,
): Worklist {
  const customers = new Map((input.customers ?? []).map((customer) => [customer.id, customer]));
  const overdue = input.items.filter((item) => item.daysPastDue > 0 && item.open > 0);
  const rows = overdue.map((item) => worklistRow(item, customers.get(item.customerId), params));
  return {
    rows: rows.filter((row) => row.stage !== "dispute-resolution").sort(byPriority),
    disputes: rows.filter((row) => row.stage === "dispute-resolution").sort(byPriority),
  };
}

export function worklistKey(invoiceNo: string, installment?: string): string {
  return installment === undefined || installment === ""
    ? invoiceNo
    : `${invoiceNo} #${installment}`;
}

/** Returns the last stage whose first day the item has reached. */
export function dunningStage(
  daysPastDue: number,
  params: CollectionsParams,
): DunningStage | undefined {
  let stage: { fromDays: number; stage: DunningStage } | undefined;
  for (const row of params.stages) {
    if (row.fromDays <= daysPastDue && (!stage || row.fromDays > stage.fromDays)) stage = row;
  }
  return stage?.stage;
}

/**
 * Copies next action, promise-to-pay date and note from the previous run's rows onto the new rows
 * with the same key (invoice number and installment). Rows of items no longer overdue are paid
 * or settled, so their edits are not carried over.
 */
export function mergeWorklistEdits<Row extends WorklistRow>(
  newRows: readonly Row[],
  previousRows: readonly (WorklistEdits & { key: string })[],
): Row[] {
  const previous = new Map(previousRows.map((row) => [row.key, row]));
  return newRows.map((row) => {
    const edits = previous.get(row.key);
    if (!edits) return row;
    const merged: Row = { ...row, nextAction: edits.nextAction, note: edits.note };
    if (edits.promiseToPay === undefined) delete merged.promiseToPay;
    else merged.promiseToPay = edits.promiseToPay;
    return merged;
  });
}

function worklistRow(
  item: OpenItem,
  customer: CollectionsCustomer | undefined,
  params: CollectionsParams,
): WorklistRow {
  const stage = item.disputed ? "dispute-resolution" : dunningStage(item.daysPastDue, params);
  const row: WorklistRow = {
    key: worklistKey(item.invoiceNo, item.installment),
    customerId: item.customerId,
    invoiceNo: item.invoiceNo,
    dueDate: item.dueDate,
    open: item.open,
    daysPastDue: item.daysPastDue,
    stage: stage ?? "watch",
    priority: item.open * item.daysPastDue,
    nextAction: "",
    note: "",
  };
  const name = item.customerName ?? customer?.name;
  if (name !== undefined) row.customerName = name;
  if (item.installment !== undefined) row.installment = item.installment;
  const contact = contactOf(customer);
  if (contact !== undefined) row.contact = contact;
  if (customer?.accountOwner !== undefined) row.accountOwner = customer.accountOwner;
  return row;
}

/** Joins the contact person, e-mail and phone that the customer record has. */
function contactOf(customer: CollectionsCustomer | undefined): string | undefined {
  const parts = [customer?.contact, customer?.email, customer?.phone].filter(
    (part): part is string => part !== undefined && part.trim() !== "",
  );
  return parts.length === 0 ? undefined : parts.join(", ");
}

function byPriority(a: WorklistRow, b: WorklistRow): number {
  return b.priority - a.priority || a.key.localeCompare(b.key);
}
