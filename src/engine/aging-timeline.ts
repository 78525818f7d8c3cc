/**
 * Aging snapshots at many past dates from one pass of preparation. Roll rates need the bucket
 * totals at a dozen or more month ends, and rebuilding the whole ledger for each would repeat the
 * lookups of every payment's invoice. The rules are those of `bucketTotalsAt` in aging.ts, and a
 * test checks that both give the same totals.
 */
import { dueDateOf, existsOn, paidOnSheet } from "./aging";
import { bucketDefinitions, bucketIndex } from "./buckets";
import { createConverter } from "./currency";
import type { Day } from "./dates";
import { convertMinor, type Minor } from "./money";
import type { AgingParams } from "./parameters";
import type { CustomerRecord, ExchangeRateRecord, InvoiceRecord, PaymentRecord } from "./schema";

export interface TimelineInput {
  invoices: readonly InvoiceRecord[];
  payments: readonly PaymentRecord[];
  customers: readonly CustomerRecord[];
  rates: readonly ExchangeRateRecord[];
  params: AgingParams;
}

interface TimelineLine {
  invoice: InvoiceRecord;
  dueDate: Day;
  currency: string;
}

/** A payment or credit note with the lines of the invoice it names, own customer's first. */
interface Application {
  date: Day;
  amount: Minor;
  currency: string;
  own: number[];
  others: number[];
}

function resolveTargets(
  byNumber: Map<string, number[]>,
  lines: TimelineLine[],
  invoiceNo: string | undefined,
  customerId: string,
) {
  const all = invoiceNo === undefined ? undefined : byNumber.get(invoiceNo);
  if (!all) return { own: [], others: [] };
  const own = all.filter(
    (index) => (lines[index] as TimelineLine).invoice.customerId === customerId,
  );
  return { own, others: all };
}

/** Prepares the documents once and returns a function giving the due-date bucket totals on any day. */
export function createAgingTimeline(input: TimelineInput): (day: Day) => Minor[] {
  const base = input.params.baseCurrency;
  const customerCurrency = new Map(
    input.customers.map((customer) => [customer.id, customer.currency]),
  );
  const customerTerms = new Map<string, number>();
  for (const customer of input.customers) {
    if (customer.termsDays !== undefined) customerTerms.set(customer.id, customer.termsDays);
  }
  const currencyOf = (record: InvoiceRecord | PaymentRecord) =>
    record.currency ?? customerCurrency.get(record.customerId) ?? base;

  const lines: TimelineLine[] = [];
  const credits: InvoiceRecord[] = [];
  const byNumber = new Map<string, number[]>();
  for (const invoice of input.invoices) {
    if (invoice.type === "credit-note") {
      credits.push(invoice);
      continue;
    }
    const index = lines.length;
    lines.push({
      invoice,
      dueDate: dueDateOf(invoice, customerTerms, input.params.defaultTermsDays),
      currency: currencyOf(invoice),
    });
    const same = byNumber.get(invoice.invoiceNo);
    if (same) same.push(index);
    else byNumber.set(invoice.invoiceNo, [index]);
  }
  for (const indexes of byNumber.values())
    indexes.sort((a, b) => (lines[a] as TimelineLine).dueDate - (lines[b] as TimelineLine).dueDate);

  const payments: Application[] = input.payments.map((payment) => ({
    date: payment.date,
    amount: payment.amount,
    currency: currencyOf(payment),
    ...resolveTargets(byNumber, lines, payment.invoiceNo, payment.customerId),
  }));
  const creditNotes: Application[] = credits.map((credit) => ({
    date: (credit.invoiceDate ?? credit.dueDate) as Day,
    amount: -credit.amount,
    currency: currencyOf(credit),
    ...resolveTargets(byNumber, lines, credit.appliesTo, credit.customerId),
  }));
  const buckets = bucketDefinitions(input.params.buckets, "due");
  const open = new Float64Array(lines.length);
  const exists = new Uint8Array(lines.length);

  return (day) => {
    const converter = createConverter(input.rates, base, day);
    const rates = lines.map((line) =>
      existsOn(line.invoice, day) ? converter.rate(line.currency) : undefined,
    );
    const toBase = (amount: Minor, rate: number) =>
      rate === 1 ? amount : convertMinor(amount, rate);
    lines.forEach((line, index) => {
      const live = rates[index] !== undefined;
      exists[index] = live ? 1 : 0;
      open[index] = live
        ? line.invoice.amount -
          paidOnSheet(line.invoice, day, line.invoice.amount, (amount) => amount)
        : 0;
    });
    const apply = (application: Application, creditNote: boolean) => {
      const rate = converter.rate(application.currency);
      if (rate === undefined) return;
      const amountInBase = toBase(application.amount, rate);
      if (!creditNote && amountInBase <= 0) return;
      const own = application.own.filter((index) => exists[index] === 1);
      const targets =
        own.length > 0 ? own : application.others.filter((index) => exists[index] === 1);
      const first = targets[0];
      if (first === undefined) return;
      const lineRate = rates[first] as number;
      const same = application.currency === (lines[first] as TimelineLine).currency;
      let rest = same
        ? application.amount
        : lineRate === 1
          ? amountInBase
          : convertMinor(amountInBase, 1 / lineRate);
      for (const index of targets) {
        if (rest <= 0) break;
        const take = Math.min(open[index] as number, rest);
        open[index] = (open[index] as number) - take;
        rest -= take;
      }
    };
    for (const payment of payments) if (payment.date <= day) apply(payment, false);
    creditNotes.forEach((credit, i) => {
      if (existsOn(credits[i] as InvoiceRecord, day)) apply(credit, true);
    });

    const totals = buckets.map(() => 0);
    lines.forEach((line, index) => {
      const amount = open[index] as number;
      if (amount === 0) return;
      const bucket = bucketIndex(buckets, day - line.dueDate);
      totals[bucket] = (totals[bucket] ?? 0) + toBase(amount, rates[index] as number);
    });
    return totals;
  };
}
