/**
 * Open items on an as-of date and their aging. An open item is an invoice or installment less what
 * was paid or credited against it on or before the as-of date. Documents and payments dated after
 * it do not exist yet. Everything is in base-currency minor units.
 */
import { bucketDefinitions, bucketIndex } from "./buckets";
import type { Converter } from "./currency";
import type { Day } from "./dates";
import type { Issue } from "./issues";
import { convertMinor, formatMoney, type Minor } from "./money";
import type { AgingParams } from "./parameters";
import type { CustomerRecord, InvoiceRecord, PaymentRecord } from "./schema";
import type { AgingResult, BucketTotal, CustomerAging, OpenItem, UnappliedLine } from "./types";

export interface AgingMessages {
  unknownInvoice(invoiceNo: string): string;
  overApplied(invoiceNo: string, excess: string): string;
  missingRate(currency: string, base: string, rows: number): string;
}

export interface AgingInput {
  asOf: Day;
  invoices: readonly InvoiceRecord[];
  payments: readonly PaymentRecord[];
  customers: readonly CustomerRecord[];
  converter: Converter;
  params: AgingParams;
  messages: AgingMessages;
}

/**
 * An invoice or installment while payments and credits are applied to it. Amounts are kept in the
 * invoice's own currency, so a payment in that currency settles it exactly. The open amount is
 * converted to the base currency once, at the end.
 */
interface Line {
  invoice: InvoiceRecord;
  dueDate: Day;
  currency: string;
  /** Base-currency units per unit of `currency`. */
  rate: number;
  original: Minor;
  open: Minor;
}

function inBase(line: Line, amount: Minor): Minor {
  return line.rate === 1 ? amount : convertMinor(amount, line.rate);
}

/** Converts a base-currency amount into a line's currency, rounded to the cent. */
function fromBase(line: Line, amount: Minor): Minor {
  return line.rate === 1 ? amount : convertMinor(amount, 1 / line.rate);
}

interface Ledger {
  lines: Line[];
  byNumber: Map<string, Line[]>;
  unapplied: UnappliedLine[];
  issues: Issue[];
}

export function existsOn(invoice: InvoiceRecord, asOf: Day): boolean {
  return invoice.invoiceDate === undefined || invoice.invoiceDate <= asOf;
}

function documentDate(invoice: InvoiceRecord): Day {
  return (invoice.invoiceDate ?? invoice.dueDate) as Day;
}

/** Due date from the sheet, else invoice date plus the invoice's, the customer's or the default terms. */
export function dueDateOf(
  invoice: InvoiceRecord,
  customerTerms: Map<string, number>,
  defaultTerms: number,
): Day {
  if (invoice.dueDate !== undefined) return invoice.dueDate;
  const terms = invoice.termsDays ?? customerTerms.get(invoice.customerId) ?? defaultTerms;
  return (invoice.invoiceDate as Day) + terms;
}

/** Converts a document amount or records one missing-rate error per currency. */
function converterWithIssues(input: AgingInput, issues: Issue[]) {
  const missing = new Map<string, { first: InvoiceRecord | PaymentRecord; rows: number }>();
  const currencyOf = new Map(input.customers.map((customer) => [customer.id, customer.currency]));
  return {
    currencyOf(record: InvoiceRecord | PaymentRecord): string {
      return record.currency ?? currencyOf.get(record.customerId) ?? input.converter.base;
    },
    toBase(
      amount: Minor,
      currency: string,
      record: InvoiceRecord | PaymentRecord,
    ): Minor | undefined {
      const converted = input.converter.toBase(amount, currency);
      if (converted === undefined) {
        const entry = missing.get(currency);
        if (entry) entry.rows++;
        else missing.set(currency, { first: record, rows: 1 });
      }
      return converted;
    },
    report(): void {
      for (const [currency, { first, rows }] of missing) {
        issues.push({
          severity: "error",
          code: "missing-rate",
          sheet: first.ref.sheet,
          row: first.ref.row,
          column: "",
          message: input.messages.missingRate(currency, input.converter.base, rows),
        });
      }
    },
  };
}

/** Builds a line for every invoice, installment and other positive document that exists on the as-of date. */
function buildLedger(input: AgingInput): {
  ledger: Ledger;
  credits: InvoiceRecord[];
  convert: ReturnType<typeof converterWithIssues>;
} {
  const issues: Issue[] = [];
  const convert = converterWithIssues(input, issues);
  const customerTerms = new Map<string, number>();
  for (const customer of input.customers) {
    if (customer.termsDays !== undefined) customerTerms.set(customer.id, customer.termsDays);
  }
  const ledger: Ledger = { lines: [], byNumber: new Map(), unapplied: [], issues };
  const credits: InvoiceRecord[] = [];

  for (const invoice of input.invoices) {
    if (!existsOn(invoice, input.asOf)) continue;
    if (invoice.type === "credit-note") {
      credits.push(invoice);
      continue;
    }
    const currency = convert.currencyOf(invoice);
    if (convert.toBase(invoice.amount, currency, invoice) === undefined) continue;
    const original = invoice.amount;
    const line: Line = {
      invoice,
      dueDate: dueDateOf(invoice, customerTerms, input.params.defaultTermsDays),
      currency,
      rate: input.converter.rate(currency) as number,
      original,
      open: original - paidOnSheet(invoice, input.asOf, original, (amount) => amount),
    };
    ledger.lines.push(line);
    const same = ledger.byNumber.get(invoice.invoiceNo);
    if (same) same.push(line);
    else ledger.byNumber.set(invoice.invoiceNo, [line]);
  }
  for (const lines of ledger.byNumber.values()) lines.sort((a, b) => a.dueDate - b.dueDate);
  return { ledger, credits, convert };
}

/** Returns what the Invoices sheet records as paid: all of it when settled by the as-of date, else the paid amount. */
export function paidOnSheet(
  invoice: InvoiceRecord,
  asOf: Day,
  original: Minor,
  toBase: (amount: Minor) => Minor,
): Minor {
  if (invoice.settledDate !== undefined) {
    if (invoice.settledDate > asOf) return 0;
    return invoice.paidAmount === undefined
      ? original
      : Math.min(original, toBase(invoice.paidAmount));
  }
  return invoice.paidAmount === undefined ? 0 : Math.min(original, toBase(invoice.paidAmount));
}

/**
 * Applies a payment or credit to the lines of one invoice in the invoice's currency and returns
 * what is left over in the base currency. An amount in another currency goes through the base
 * currency at both rates.
 */
function applyInLineCurrency(
  lines: readonly Line[],
  amount: Minor,
  currency: string,
  amountInBase: Minor,
): Minor {
  const first = lines[0] as Line;
  const same = currency === first.currency;
  const inLineCurrency = same ? amount : fromBase(first, amountInBase);
  const rest = applyToLines(lines, inLineCurrency);
  if (rest === inLineCurrency) return amountInBase;
  return inBase(first, rest);
}

/** Applies an amount to the lines of one invoice, earliest due first; returns what is left over. */
function applyToLines(lines: readonly Line[], amount: Minor): Minor {
  let rest = amount;
  for (const line of lines) {
    if (rest <= 0) break;
    const take = Math.min(line.open, rest);
    line.open -= take;
    rest -= take;
  }
  return rest;
}

/** Finds the lines of an invoice number, preferring the same customer when numbers repeat across customers. */
function linesFor(ledger: Ledger, invoiceNo: string, customerId: string): Line[] | undefined {
  const lines = ledger.byNumber.get(invoiceNo);
  if (!lines) return undefined;
  // Nearly every invoice number belongs to one customer, so the filter below is rarely needed.
  if (lines.every((line) => line.invoice.customerId === customerId)) return lines;
  const own = lines.filter((line) => line.invoice.customerId === customerId);
  return own.length > 0 ? own : lines;
}

function addUnapplied(
  ledger: Ledger,
  kind: UnappliedLine["kind"],
  record: InvoiceRecord | PaymentRecord,
  amount: Minor,
  reference: string,
  date: Day,
): void {
  ledger.unapplied.push({
    kind,
    ref: record.ref,
    customerId: record.customerId,
    reference,
    date,
    amount: -amount,
  });
}

function overApplied(
  ledger: Ledger,
  input: AgingInput,
  record: InvoiceRecord | PaymentRecord,
  invoiceNo: string,
  excess: Minor,
): void {
  ledger.issues.push({
    severity: "warning",
    code: "over-applied",
    sheet: record.ref.sheet,
    row: record.ref.row,
    column: "",
    message: input.messages.overApplied(invoiceNo, formatMoney(excess)),
  });
}

function applyPayments(
  ledger: Ledger,
  input: AgingInput,
  convert: ReturnType<typeof converterWithIssues>,
): void {
  for (const payment of input.payments) {
    if (payment.date > input.asOf) continue;
    const amount = convert.toBase(payment.amount, convert.currencyOf(payment), payment);
    if (amount === undefined) continue;
    const invoiceNo = payment.invoiceNo;
    const lines =
      invoiceNo === undefined ? undefined : linesFor(ledger, invoiceNo, payment.customerId);
    if (invoiceNo !== undefined && !lines) {
      ledger.issues.push({
        severity: "warning",
        code: "unknown-invoice",
        sheet: payment.ref.sheet,
        row: payment.ref.row,
        column: "",
        message: input.messages.unknownInvoice(invoiceNo),
      });
    }
    const currency = convert.currencyOf(payment);
    const rest =
      lines && amount > 0 ? applyInLineCurrency(lines, payment.amount, currency, amount) : amount;
    if (lines && rest > 0) overApplied(ledger, input, payment, invoiceNo as string, rest);
    if (rest !== 0) addUnapplied(ledger, "cash", payment, rest, invoiceNo ?? "", payment.date);
  }
}

function applyCredits(
  ledger: Ledger,
  credits: readonly InvoiceRecord[],
  input: AgingInput,
  convert: ReturnType<typeof converterWithIssues>,
): void {
  for (const credit of credits) {
    const amount = convert.toBase(-credit.amount, convert.currencyOf(credit), credit);
    if (amount === undefined) continue;
    const target = credit.appliesTo;
    const lines = target === undefined ? undefined : linesFor(ledger, target, credit.customerId);
    if (target !== undefined && !lines) {
      ledger.issues.push({
        severity: "warning",
        code: "unknown-invoice",
        sheet: credit.ref.sheet,
        row: credit.ref.row,
        column: "",
        message: input.messages.unknownInvoice(target),
      });
    }
    const rest = lines
      ? applyInLineCurrency(lines, -credit.amount, convert.currencyOf(credit), amount)
      : amount;
    if (lines && rest > 0) overApplied(ledger, input, credit, target as string, rest);
    if (rest !== 0)
      addUnapplied(ledger, "credit", credit, rest, credit.invoiceNo, documentDate(credit));
  }
}

/** Applies each customer's unapplied credits and cash to its open items, oldest due date first. */
function allocateOldestFirst(ledger: Ledger): void {
  const byCustomer = new Map<string, Line[]>();
  for (const line of ledger.lines) {
    if (line.open <= 0) continue;
    const list = byCustomer.get(line.invoice.customerId);
    if (list) list.push(line);
    else byCustomer.set(line.invoice.customerId, [line]);
  }
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.dueDate - b.dueDate || documentDate(a.invoice) - documentDate(b.invoice));
  }
  const sorted = [...ledger.unapplied].sort((a, b) => a.date - b.date);
  const kept: UnappliedLine[] = [];
  for (const line of sorted) {
    const lines = byCustomer.get(line.customerId) ?? [];
    let rest = -line.amount;
    for (const target of lines) {
      if (rest <= 0) break;
      if (target.open <= 0) continue;
      const wanted = fromBase(target, rest);
      const take = Math.min(target.open, wanted);
      target.open -= take;
      rest = take === wanted ? 0 : rest - inBase(target, take);
    }
    if (rest !== 0) kept.push({ ...line, amount: -rest });
  }
  ledger.unapplied = kept;
}

export interface OpenPosition {
  items: OpenItem[];
  unapplied: UnappliedLine[];
  issues: Issue[];
}

/** Computes open items and unapplied lines on the as-of date, before bucketing. */
export function openPosition(input: AgingInput): OpenPosition {
  const { ledger, credits, convert } = buildLedger(input);
  applyPayments(ledger, input, convert);
  applyCredits(ledger, credits, input, convert);
  if (input.params.allocateUnapplied === "oldest-first") allocateOldestFirst(ledger);
  convert.report();

  const buckets = bucketDefinitions(input.params.buckets, input.params.basis);
  const items = ledger.lines
    .filter((line) => line.open !== 0)
    .map((line) => toItem(line, input, buckets));
  return { items, unapplied: ledger.unapplied, issues: ledger.issues };
}

/**
 * Returns the open amount per due-date bucket on the input's as-of date, without building items:
 * the cheap form of an aging snapshot, for roll rates over many past month ends.
 */
export function bucketTotalsAt(input: AgingInput): Minor[] {
  const { ledger, credits, convert } = buildLedger(input);
  applyPayments(ledger, input, convert);
  applyCredits(ledger, credits, input, convert);
  const buckets = bucketDefinitions(input.params.buckets, "due");
  const totals = buckets.map(() => 0);
  for (const line of ledger.lines) {
    if (line.open === 0) continue;
    const index = bucketIndex(buckets, input.asOf - line.dueDate);
    totals[index] = (totals[index] ?? 0) + inBase(line, line.open);
  }
  return totals;
}

function toItem(
  line: Line,
  input: AgingInput,
  buckets: ReturnType<typeof bucketDefinitions>,
): OpenItem {
  const invoice = line.invoice;
  const daysPastDue = input.asOf - line.dueDate;
  const item: OpenItem = {
    ref: invoice.ref,
    customerId: invoice.customerId,
    invoiceNo: invoice.invoiceNo,
    type: invoice.type,
    dueDate: line.dueDate,
    currency: line.currency,
    original: inBase(line, line.original),
    open: inBase(line, line.open),
    daysPastDue,
    bucket: 0,
    disputed: invoice.disputed === true,
    pledged: invoice.pledged === true,
  };
  if (invoice.customerName !== undefined) item.customerName = invoice.customerName;
  if (invoice.installment !== undefined) item.installment = invoice.installment;
  if (invoice.invoiceDate !== undefined) {
    item.invoiceDate = invoice.invoiceDate;
    item.daysSinceInvoice = input.asOf - invoice.invoiceDate;
  }
  if (invoice.contractNo !== undefined) item.contractNo = invoice.contractNo;
  const age = input.params.basis === "due" ? daysPastDue : (item.daysSinceInvoice ?? daysPastDue);
  item.bucket = bucketIndex(buckets, age);
  return item;
}

/** Ages the receivables: bucket totals, unapplied lines and a total that reconciles to the cent. */
export function computeAging(input: AgingInput): { aging: AgingResult; issues: Issue[] } {
  const position = openPosition(input);
  const definitions = bucketDefinitions(input.params.buckets, input.params.basis);
  const buckets: BucketTotal[] = definitions.map((definition) => ({
    ...definition,
    amount: 0,
    count: 0,
  }));
  let openInvoices = 0;
  for (const item of position.items) {
    const bucket = buckets[item.bucket] as BucketTotal;
    bucket.amount += item.open;
    bucket.count++;
    openInvoices += item.open;
  }
  let unappliedCredits = 0;
  let unappliedCash = 0;
  for (const line of position.unapplied) {
    if (line.kind === "credit") unappliedCredits += line.amount;
    else unappliedCash += line.amount;
  }
  const total = openInvoices + unappliedCredits + unappliedCash;
  const aging: AgingResult = {
    basis: input.params.basis,
    buckets,
    items: position.items,
    unapplied: position.unapplied,
    openInvoices,
    unappliedCredits,
    unappliedCash,
    total,
  };
  if (input.params.controlTotal !== undefined) {
    aging.controlTotal = input.params.controlTotal;
    aging.controlDifference = total - input.params.controlTotal;
  }
  return { aging, issues: position.issues };
}

/** Totals per customer: open balance (net of unapplied lines), overdue, 90+ and per bucket. */
export function agingByCustomer(
  aging: AgingResult,
  names: ReadonlyMap<string, string>,
): CustomerAging[] {
  const customers = new Map<string, CustomerAging>();
  const entry = (id: string): CustomerAging => {
    let found = customers.get(id);
    if (!found) {
      found = {
        id,
        open: 0,
        overdue: 0,
        over90: 0,
        byBucket: aging.buckets.map(() => 0),
        itemCount: 0,
        unapplied: 0,
      };
      const name = names.get(id);
      if (name !== undefined) found.name = name;
      customers.set(id, found);
    }
    return found;
  };
  for (const item of aging.items) {
    const customer = entry(item.customerId);
    customer.open += item.open;
    customer.itemCount++;
    (customer.byBucket as number[])[item.bucket] =
      (customer.byBucket[item.bucket] ?? 0) + item.open;
    if (item.daysPastDue > 0) customer.overdue += item.open;
    if (item.daysPastDue > 90) customer.over90 += item.open;
  }
  for (const line of aging.unapplied) {
    const customer = entry(line.customerId);
    customer.open += line.amount;
    customer.unapplied += line.amount;
  }
  return [...customers.values()];
}
