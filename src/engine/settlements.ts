/**
 * Settlement dates derived from the invoice and payment history, for the payment index.
 */
import type { Day } from "./dates";
import type { Minor } from "./money";
import type { Settlement } from "./payment-index";
import type { InvoiceRecord, PaymentRecord } from "./schema";

/** Converts a document-currency amount to base-currency minor units. An undefined currency is the base. */
export type ConvertToBase = (minor: Minor, currency: string | undefined) => Minor;

export interface SettlementOptions {
  /** Terms used when an invoice has neither a due date nor its own terms; default 30 days. */
  defaultTermsDays?: number;
  /** Payment terms per customer id, used before the default. */
  customerTerms?: Readonly<Record<string, number>>;
}

/** A payment or linked credit note reducing an invoice, in the invoice's own currency. */
interface Credit {
  date: Day;
  amount: Minor;
}

/** One invoice number of one customer, with its installments sorted by due date. */
interface InvoiceGroup {
  installments: { record: InvoiceRecord; dueDate: Day }[];
  credits: Credit[];
}

function dueDateOf(invoice: InvoiceRecord, options: SettlementOptions): Day | undefined {
  if (invoice.dueDate !== undefined) return invoice.dueDate;
  if (invoice.invoiceDate === undefined) return undefined;
  const terms =
    invoice.termsDays ?? options.customerTerms?.[invoice.customerId] ?? options.defaultTermsDays;
  return invoice.invoiceDate + (terms ?? 30);
}

function groupKey(customerId: string, invoiceNo: string): string {
  return `${customerId}\u0000${invoiceNo}`;
}

function groupInvoices(invoices: readonly InvoiceRecord[], asOf: Day, options: SettlementOptions) {
  const groups = new Map<string, InvoiceGroup>();
  const byNumber = new Map<string, InvoiceGroup[]>();
  for (const record of invoices) {
    if (record.type !== "invoice" || record.amount <= 0) continue;
    // Invoices issued after the as-of date do not exist yet.
    if ((record.invoiceDate ?? record.dueDate ?? asOf) > asOf) continue;
    const dueDate = dueDateOf(record, options);
    if (dueDate === undefined) continue;

    const key = groupKey(record.customerId, record.invoiceNo);
    let group = groups.get(key);
    if (!group) {
      group = { installments: [], credits: [] };
      groups.set(key, group);
      byNumber.set(record.invoiceNo, [...(byNumber.get(record.invoiceNo) ?? []), group]);
    }
    group.installments.push({ record, dueDate });
  }
  for (const group of groups.values()) group.installments.sort((a, b) => a.dueDate - b.dueDate);
  return { groups, byNumber };
}

/** Finds the invoice a payment or credit note names: same customer first, else a unique number. */
function findGroup(
  index: ReturnType<typeof groupInvoices>,
  customerId: string,
  invoiceNo: string,
): InvoiceGroup | undefined {
  const own = index.groups.get(groupKey(customerId, invoiceNo));
  if (own) return own;
  const others = index.byNumber.get(invoiceNo);
  return others?.length === 1 ? others[0] : undefined;
}

/** Expresses a payment in the invoice's currency through the base currency when the two differ. */
function inInvoiceCurrency(
  amount: Minor,
  currency: string | undefined,
  invoice: InvoiceRecord,
  convert: ConvertToBase,
): Minor {
  if (currency === undefined || invoice.currency === undefined || currency === invoice.currency) {
    return amount;
  }
  const invoiceBase = convert(invoice.amount, invoice.currency);
  if (invoiceBase === 0) return amount;
  return (convert(amount, currency) * invoice.amount) / invoiceBase;
}

function collectCredits(
  index: ReturnType<typeof groupInvoices>,
  invoices: readonly InvoiceRecord[],
  payments: readonly PaymentRecord[],
  asOf: Day,
  convert: ConvertToBase,
): void {
  for (const payment of payments) {
    if (payment.invoiceNo === undefined || payment.date > asOf || payment.amount <= 0) continue;
    const group = findGroup(index, payment.customerId, payment.invoiceNo);
    if (!group) continue;
    const invoice = group.installments[0]!.record;
    const amount = inInvoiceCurrency(payment.amount, payment.currency, invoice, convert);
    group.credits.push({ date: payment.date, amount });
  }
  for (const note of invoices) {
    if (note.type !== "credit-note" || note.appliesTo === undefined) continue;
    const date = note.invoiceDate ?? note.dueDate;
    if (date === undefined || date > asOf) continue;
    const group = findGroup(index, note.customerId, note.appliesTo);
    if (!group) continue;
    const invoice = group.installments[0]!.record;
    const amount = inInvoiceCurrency(-note.amount, note.currency, invoice, convert);
    group.credits.push({ date, amount });
  }
}

/**
 * Applies a group's credits in date order to its installments, earliest due first, and returns
 * the date on which each installment was paid in full (undefined while it is still open).
 */
function paidInFullDates(group: InvoiceGroup): (Day | undefined)[] {
  const dates: (Day | undefined)[] = group.installments.map(() => undefined);
  const remaining = group.installments.map((entry) => entry.record.amount);
  let current = 0;
  for (const credit of [...group.credits].sort((a, b) => a.date - b.date)) {
    let left = credit.amount;
    while (left >= 0.5 && current < remaining.length) {
      const applied = Math.min(left, remaining[current]!);
      remaining[current]! -= applied;
      left -= applied;
      // Payments converted from another currency leave fractions of a minor unit, which count as paid.
      if (remaining[current]! < 0.5) dates[current++] = credit.date;
    }
  }
  return dates;
}

/**
 * Derives the settlements of every invoice up to the as-of date. An invoice is settled on its
 * `settledDate` when the sheet gives one on or before the as-of date, else on the date its
 * payments and linked credit notes (dated on or before the as-of date) reach its amount. An
 * invoice still open and past due counts as settled on the as-of date. Left out are open
 * invoices not yet due, invoices issued after the as-of date, credit notes and other document
 * types, and invoices whose `paidAmount` covers them but whose settlement date is unknown.
 */
export function settlementsFromHistory(
  invoices: readonly InvoiceRecord[],
  payments: readonly PaymentRecord[],
  asOf: Day,
  convert: ConvertToBase,
  options: SettlementOptions = {},
): Settlement[] {
  const index = groupInvoices(invoices, asOf, options);
  collectCredits(index, invoices, payments, asOf, convert);

  const settlements: Settlement[] = [];
  for (const group of index.groups.values()) {
    const paidOn = paidInFullDates(group);
    group.installments.forEach(({ record, dueDate }, i) => {
      const settled = settlementOf(record, dueDate, paidOn[i], asOf);
      if (settled === undefined) return;
      const settlement: Settlement = {
        customerId: record.customerId,
        invoiceNo: record.invoiceNo,
        dueDate,
        settledOn: settled.on,
        amount: convert(record.amount, record.currency),
        stillOpen: settled.stillOpen,
      };
      if (record.installment !== undefined) settlement.installment = record.installment;
      settlements.push(settlement);
    });
  }
  return settlements;
}

function settlementOf(
  record: InvoiceRecord,
  dueDate: Day,
  paidOn: Day | undefined,
  asOf: Day,
): { on: Day; stillOpen: boolean } | undefined {
  if (record.settledDate !== undefined && record.settledDate <= asOf) {
    return { on: record.settledDate, stillOpen: false };
  }
  if (paidOn !== undefined) return { on: paidOn, stillOpen: false };
  // Paid in full on the sheet, but on an unknown date: its payment behaviour cannot be measured.
  if (record.paidAmount !== undefined && record.paidAmount >= record.amount) return undefined;
  if (dueDate < asOf) return { on: asOf, stillOpen: true };
  return undefined;
}
