import fc from "fast-check";

import { bucketTotalsAt } from "../src/engine/aging";
import { createAgingTimeline } from "../src/engine/aging-timeline";
import { createConverter } from "../src/engine/currency";
import { dayFromIso } from "../src/engine/dates";
import { DEFAULT_AGING_PARAMS } from "../src/engine/parameters";
import type { ExchangeRateRecord, InvoiceRecord, PaymentRecord } from "../src/engine/schema";

type Infer<T> = T extends fc.Arbitrary<infer U> ? U : never;

const START = dayFromIso("2025-01-01") as number;
const ref = (row: number) => ({ sheet: "Invoices", row });
const messages = {
  unknownInvoice: () => "unknown",
  overApplied: () => "over",
  missingRate: () => "rate",
};

const invoiceArb = fc.record({
  customer: fc.constantFrom("C1", "C2", "C3"),
  number: fc.integer({ min: 1, max: 25 }),
  day: fc.integer({ min: 0, max: 500 }),
  terms: fc.integer({ min: 0, max: 90 }),
  amount: fc.integer({ min: -50_000, max: 500_000 }),
  currency: fc.constantFrom("USD", "EUR", "GBP"),
  settled: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  appliesTo: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
});

const paymentArb = fc.record({
  customer: fc.constantFrom("C1", "C2", "C3"),
  number: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  day: fc.integer({ min: 0, max: 600 }),
  amount: fc.integer({ min: -10_000, max: 400_000 }),
});

function toInvoice(raw: Infer<typeof invoiceArb>, index: number): InvoiceRecord {
  const invoice: InvoiceRecord = {
    ref: ref(index + 2),
    customerId: raw.customer,
    invoiceNo: raw.amount < 0 ? `CN-${index}` : `INV-${raw.number}`,
    invoiceDate: START + raw.day,
    dueDate: START + raw.day + raw.terms,
    amount: raw.amount,
    currency: raw.currency,
    type: raw.amount < 0 ? "credit-note" : "invoice",
  };
  if (raw.settled !== undefined) invoice.settledDate = START + raw.settled;
  if (raw.amount < 0 && raw.appliesTo !== undefined) invoice.appliesTo = `INV-${raw.appliesTo}`;
  return invoice;
}

function toPayment(raw: Infer<typeof paymentArb>, index: number): PaymentRecord {
  const payment: PaymentRecord = {
    ref: { sheet: "Payments", row: index + 2 },
    customerId: raw.customer,
    date: START + raw.day,
    amount: raw.amount,
  };
  if (raw.number !== undefined) payment.invoiceNo = `INV-${raw.number}`;
  return payment;
}

const rates: ExchangeRateRecord[] = [
  { ref: ref(2), currency: "EUR", rate: 1.08 },
  { ref: ref(3), currency: "EUR", rate: 1.1, date: START + 200 },
];

describe("aging timeline", () => {
  it("gives the same bucket totals as a full aging on every day", () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 40 }),
        fc.array(paymentArb, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 620 }), { minLength: 1, maxLength: 6 }),
        (rawInvoices, rawPayments, days) => {
          const invoices = rawInvoices.map(toInvoice);
          const payments = rawPayments.map(toPayment);
          const params = DEFAULT_AGING_PARAMS;
          const timeline = createAgingTimeline({
            invoices,
            payments,
            customers: [],
            rates,
            params,
          });
          for (const offset of days) {
            const day = START + offset;
            const expected = bucketTotalsAt({
              asOf: day,
              invoices,
              payments,
              customers: [],
              converter: createConverter(rates, params.baseCurrency, day),
              params,
              messages,
            });
            expect(timeline(day)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
