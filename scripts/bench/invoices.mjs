/**
 * Benchmark invoices and payments, each row built from its index alone so a writer streams them
 * in any number without keeping earlier rows. Invoice dates rise with the index over the 18
 * months before the as-of date. Low customer indexes get more invoices, as large customers do.
 */
import { rowRandom } from "../lib/random.mjs";
import { customerId, customerName, customerTerms } from "./customers.mjs";

const PERIOD_DAYS = 547;
const CREDIT_NOTE_SHARE = 0.03;
const UNAPPLIED_CASH_SHARE = 0.02;

/** Seed offsets, so invoice, payment and customer rows of the same index draw different numbers. */
const INVOICE_STREAM = 0x1_0000;
const PAYMENT_STREAM = 0x2_0000;

function invoiceNo(index) {
  return `INV-${String(index + 1).padStart(7, "0")}`;
}

/** Returns the facts of invoice `index` that payments and credit notes refer back to. */
function invoiceFacts(index, options) {
  const random = rowRandom(options.seed + INVOICE_STREAM, index);
  // Squaring a uniform draw favours low customer indexes.
  const customer = Math.floor(random.next() ** 2 * options.customers);
  const terms = customerTerms(customer);
  const currency = options.foreignCurrency ? terms.currency : "USD";
  const start = options.asOf - PERIOD_DAYS;
  const date = start + Math.floor((index / options.invoices) * PERIOD_DAYS) + random.int(0, 3);
  const creditNote = index > 0 && random.chance(CREDIT_NOTE_SHARE);
  const cents = random.int(10_000, 5_000_000);
  return { random, customer, currency, termsDays: terms.termsDays, date, creditNote, cents };
}

/**
 * Returns a credit note row. Half of them credit the invoice on the row before, for that
 * invoice's customer, and the rest name no invoice.
 */
function creditNoteRow(index, facts, options) {
  const { random, date } = facts;
  const previous = invoiceFacts(index - 1, options);
  const linked = !previous.creditNote && random.chance(0.5);
  const { customer, currency } = linked ? previous : facts;
  const cents = Math.round((linked ? previous.cents : facts.cents) * random.between(0.02, 0.2));
  return [
    customerId(customer),
    customerName(customer),
    `CN-${String(index + 1).padStart(7, "0")}`,
    date,
    date,
    0,
    currency,
    -cents / 100,
    "Credit Note",
    linked ? invoiceNo(index - 1) : null,
    null,
    "No",
    null,
    "No",
  ];
}

/** Returns invoice `index` as an Invoices row in header order, dates as day numbers. */
export function invoiceRow(index, options) {
  const facts = invoiceFacts(index, options);
  if (facts.creditNote) return creditNoteRow(index, facts, options);

  const { random, customer, currency, termsDays, date, cents } = facts;
  return [
    customerId(customer),
    customerName(customer),
    invoiceNo(index),
    date,
    date + termsDays,
    termsDays,
    currency,
    cents / 100,
    "Invoice",
    null,
    null,
    random.chance(0.01) ? "Yes" : "No",
    random.chance(0.9) ? `CT-${customer + 1}` : null,
    random.chance(0.005) ? "Yes" : "No",
  ];
}

/**
 * Returns payment `index` of `options.payments` as a Payments row. Payments are spread evenly
 * over the invoices. One paying a credit note, and 2 % of the rest, are unapplied cash.
 */
export function paymentRow(index, options) {
  const target = Math.floor((index * options.invoices) / options.payments);
  const facts = invoiceFacts(target, options);
  const random = rowRandom(options.seed + PAYMENT_STREAM, index);
  const unapplied = facts.creditNote || random.chance(UNAPPLIED_CASH_SHARE);

  const due = facts.date + facts.termsDays;
  // Cash is dated on or before the as-of date, unless the invoice itself is dated after it.
  const paidOn = Math.max(Math.min(due + random.int(-10, 40), options.asOf), facts.date + 1);
  const partial = random.chance(0.05);
  const cents = partial ? Math.round(facts.cents * random.between(0.2, 0.8)) : facts.cents;
  return [
    customerId(facts.customer),
    unapplied ? null : invoiceNo(target),
    paidOn,
    cents / 100,
    facts.currency,
  ];
}
