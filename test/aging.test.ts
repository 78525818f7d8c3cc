import fc from "fast-check";

import { computeAging, type AgingInput } from "../src/engine/aging";
import { createConverter } from "../src/engine/currency";
import { dayFromIso, type Day } from "../src/engine/dates";
import { sumMinor, toMinor } from "../src/engine/money";
import { agingParamsSchema } from "../src/engine/parameters";
import type {
  CustomerRecord,
  ExchangeRateRecord,
  InvoiceRecord,
  PaymentRecord,
} from "../src/engine/schema";
import type { AgingResult } from "../src/engine/types";
import { messagesFor } from "../src/i18n/messages";

const AS_OF = dayFromIso("2026-06-30") as Day;
const day = (iso: string): Day => dayFromIso(iso) as Day;

let nextRow = 2;

function invoice(
  fields: Partial<InvoiceRecord> & { invoiceNo: string; amount: number },
): InvoiceRecord {
  const { amount, ...rest } = fields;
  return {
    ref: { sheet: "Invoices", row: nextRow++ },
    customerId: "C1",
    type: amount < 0 ? "credit-note" : "invoice",
    ...rest,
    amount: toMinor(amount),
  };
}

function payment(
  fields: Omit<Partial<PaymentRecord>, "date" | "amount"> & { amount: number; date: string },
): PaymentRecord {
  const { amount, date, ...rest } = fields;
  return {
    ref: { sheet: "Payments", row: nextRow++ },
    customerId: "C1",
    ...rest,
    date: day(date),
    amount: toMinor(amount),
  };
}

interface Scenario {
  invoices: InvoiceRecord[];
  payments?: PaymentRecord[];
  customers?: CustomerRecord[];
  rates?: ExchangeRateRecord[];
  params?: Record<string, unknown>;
  asOf?: Day;
}

function age(scenario: Scenario) {
  const params = agingParamsSchema.parse(scenario.params ?? {});
  const asOf = scenario.asOf ?? AS_OF;
  const input: AgingInput = {
    asOf,
    invoices: scenario.invoices,
    payments: scenario.payments ?? [],
    customers: scenario.customers ?? [],
    converter: createConverter(scenario.rates ?? [], params.baseCurrency, asOf),
    params,
    messages: messagesFor("en-US"),
  };
  return computeAging(input);
}

function bucket(aging: AgingResult, label: string): { amount: number; count: number } {
  const found = aging.buckets.find((candidate) => candidate.label === label);
  if (!found)
    throw new Error(`No bucket ${label} in ${aging.buckets.map((b) => b.label).join(", ")}`);
  return { amount: found.amount, count: found.count };
}

describe("open items", () => {
  test("ages a partial payment on its residual", () => {
    const { aging, issues } = age({
      invoices: [
        invoice({
          invoiceNo: "I1",
          invoiceDate: day("2026-05-16"),
          dueDate: day("2026-06-15"),
          amount: 1000,
        }),
      ],
      payments: [payment({ invoiceNo: "I1", date: "2026-06-20", amount: 600 })],
    });
    expect(issues).toEqual([]);
    expect(bucket(aging, "1-30")).toEqual({ amount: toMinor(400), count: 1 });
    expect(aging.items[0]?.original).toBe(toMinor(1000));
    expect(aging.total).toBe(toMinor(400));
  });

  test("ignores a payment dated after the as-of date", () => {
    const { aging } = age({
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), amount: 1000 })],
      payments: [payment({ invoiceNo: "I1", date: "2026-07-01", amount: 1000 })],
    });
    expect(aging.total).toBe(toMinor(1000));
    expect(aging.unapplied).toEqual([]);
  });

  test("ignores an invoice dated after the as-of date", () => {
    const { aging } = age({
      invoices: [
        invoice({
          invoiceNo: "I1",
          invoiceDate: day("2026-07-01"),
          dueDate: day("2026-07-31"),
          amount: 1000,
        }),
        invoice({
          invoiceNo: "I2",
          invoiceDate: day("2026-06-30"),
          dueDate: day("2026-07-30"),
          amount: 250,
        }),
      ],
    });
    expect(aging.items.map((item) => item.invoiceNo)).toEqual(["I2"]);
    expect(aging.total).toBe(toMinor(250));
  });

  test("treats an invoice settled on or before the as-of date as paid", () => {
    const { aging } = age({
      invoices: [
        invoice({
          invoiceNo: "I1",
          dueDate: day("2026-06-01"),
          settledDate: day("2026-06-30"),
          amount: 100,
        }),
        invoice({
          invoiceNo: "I2",
          dueDate: day("2026-06-01"),
          settledDate: day("2026-07-01"),
          amount: 200,
        }),
      ],
    });
    expect(aging.items.map((item) => item.invoiceNo)).toEqual(["I2"]);
  });

  test("applies a payment to installments earliest due first", () => {
    const { aging } = age({
      invoices: [
        invoice({ invoiceNo: "I1", installment: "2", dueDate: day("2026-06-20"), amount: 500 }),
        invoice({ invoiceNo: "I1", installment: "1", dueDate: day("2026-05-20"), amount: 500 }),
      ],
      payments: [payment({ invoiceNo: "I1", date: "2026-06-25", amount: 700 })],
    });
    expect(aging.items.map((item) => [item.installment, item.open])).toEqual([["2", toMinor(300)]]);
    expect(bucket(aging, "1-30").amount).toBe(toMinor(300));
  });
});

describe("credits and unapplied cash", () => {
  test("reduces the linked invoice in its own bucket", () => {
    const { aging } = age({
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: day("2026-05-15"), amount: 1000 }),
        invoice({
          invoiceNo: "CN1",
          invoiceDate: day("2026-06-20"),
          appliesTo: "I1",
          amount: -300,
        }),
      ],
    });
    expect(bucket(aging, "31-60")).toEqual({ amount: toMinor(700), count: 1 });
    expect(aging.unapplied).toEqual([]);
    expect(aging.unappliedCredits).toBe(0);
    expect(aging.total).toBe(toMinor(700));
  });

  test("keeps an unlinked credit note and unapplied cash as negative lines in the total", () => {
    const { aging } = age({
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), amount: 1000 }),
        invoice({ invoiceNo: "CN1", invoiceDate: day("2026-06-10"), amount: -200 }),
      ],
      payments: [payment({ date: "2026-06-25", amount: 100 })],
    });
    expect(aging.unappliedCredits).toBe(toMinor(-200));
    expect(aging.unappliedCash).toBe(toMinor(-100));
    expect(aging.unapplied.map((line) => [line.kind, line.amount])).toEqual([
      ["cash", toMinor(-100)],
      ["credit", toMinor(-200)],
    ]);
    expect(bucket(aging, "1-30").amount).toBe(toMinor(1000));
    expect(aging.total).toBe(toMinor(700));
  });

  test("applies unapplied cash to each customer's oldest items first when asked", () => {
    const { aging } = age({
      params: { allocateUnapplied: "oldest-first" },
      invoices: [
        invoice({ invoiceNo: "I2", dueDate: day("2026-06-01"), amount: 500 }),
        invoice({ invoiceNo: "I1", dueDate: day("2026-04-01"), amount: 300 }),
        invoice({ customerId: "C2", invoiceNo: "I3", dueDate: day("2026-03-01"), amount: 400 }),
      ],
      payments: [payment({ date: "2026-06-25", amount: 400 })],
    });
    expect(aging.items.map((item) => [item.invoiceNo, item.open])).toEqual([
      ["I2", toMinor(400)],
      ["I3", toMinor(400)],
    ]);
    expect(aging.unapplied).toEqual([]);
    expect(aging.total).toBe(toMinor(800));
  });

  test("keeps what oldest-first allocation cannot place as unapplied", () => {
    const { aging } = age({
      params: { allocateUnapplied: "oldest-first" },
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-04-01"), amount: 300 })],
      payments: [payment({ date: "2026-06-25", amount: 450 })],
    });
    expect(aging.items).toEqual([]);
    expect(aging.unappliedCash).toBe(toMinor(-150));
  });

  test("leaves unapplied cash apart by default", () => {
    const { aging } = age({
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-04-01"), amount: 300 })],
      payments: [payment({ date: "2026-06-25", amount: 100 })],
    });
    expect(aging.items[0]?.open).toBe(toMinor(300));
    expect(aging.unappliedCash).toBe(toMinor(-100));
  });

  test("warns about an over-applied payment and keeps the excess unapplied", () => {
    const { aging, issues } = age({
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), amount: 1000 })],
      payments: [payment({ invoiceNo: "I1", date: "2026-06-20", amount: 1200.5 })],
    });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "over-applied", sheet: "Payments" }),
    ]);
    expect(issues[0]?.message).toContain("200.50");
    expect(aging.items).toEqual([]);
    expect(aging.unappliedCash).toBe(toMinor(-200.5));
    expect(aging.total).toBe(toMinor(-200.5));
  });

  test("warns about a payment naming an unknown invoice and keeps it unapplied", () => {
    const { aging, issues } = age({
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), amount: 1000 })],
      payments: [payment({ invoiceNo: "I9", date: "2026-06-20", amount: 300 })],
    });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "unknown-invoice" }),
    ]);
    expect(issues[0]?.message).toContain("I9");
    expect(aging.unapplied).toEqual([
      expect.objectContaining({ kind: "cash", reference: "I9", amount: toMinor(-300) }),
    ]);
    expect(aging.items[0]?.open).toBe(toMinor(1000));
  });
});

describe("due dates", () => {
  test("derives the due date from the customer's terms", () => {
    const { aging } = age({
      customers: [{ ref: { sheet: "Customers", row: 2 }, id: "C1", termsDays: 45 }],
      invoices: [invoice({ invoiceNo: "I1", invoiceDate: day("2026-05-01"), amount: 100 })],
    });
    expect(aging.items[0]?.dueDate).toBe(day("2026-06-15"));
    expect(aging.items[0]?.daysPastDue).toBe(15);
  });

  test("derives the due date from the default 30 days when no terms are given", () => {
    const { aging } = age({
      invoices: [invoice({ invoiceNo: "I1", invoiceDate: day("2026-05-01"), amount: 100 })],
    });
    expect(aging.items[0]?.dueDate).toBe(day("2026-05-31"));
  });

  test("prefers the invoice's own terms over the customer's", () => {
    const { aging } = age({
      customers: [{ ref: { sheet: "Customers", row: 2 }, id: "C1", termsDays: 45 }],
      invoices: [
        invoice({ invoiceNo: "I1", invoiceDate: day("2026-05-01"), termsDays: 10, amount: 100 }),
      ],
    });
    expect(aging.items[0]?.dueDate).toBe(day("2026-05-11"));
  });

  test("uses a changed default when the parameters give one", () => {
    const { aging } = age({
      params: { defaultTermsDays: 60 },
      invoices: [invoice({ invoiceNo: "I1", invoiceDate: day("2026-05-01"), amount: 100 })],
    });
    expect(aging.items[0]?.dueDate).toBe(day("2026-06-30"));
    expect(bucket(aging, "Current").count).toBe(1);
  });
});

describe("currencies", () => {
  const rates: ExchangeRateRecord[] = [
    {
      ref: { sheet: "Exchange Rates", row: 2 },
      currency: "EUR",
      rate: 1.05,
      date: day("2026-05-01"),
    },
    {
      ref: { sheet: "Exchange Rates", row: 3 },
      currency: "EUR",
      rate: 1.1,
      date: day("2026-06-30"),
    },
    {
      ref: { sheet: "Exchange Rates", row: 4 },
      currency: "EUR",
      rate: 1.2,
      date: day("2026-07-15"),
    },
  ];

  test("converts at the latest rate dated on or before the as-of date", () => {
    const { aging, issues } = age({
      rates,
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), currency: "EUR", amount: 1000 }),
      ],
    });
    expect(issues).toEqual([]);
    expect(aging.items[0]?.original).toBe(toMinor(1100));
    expect(aging.total).toBe(toMinor(1100));
  });

  test("converts at an earlier rate on an earlier as-of date", () => {
    const { aging } = age({
      rates,
      asOf: day("2026-06-29"),
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), currency: "EUR", amount: 1000 }),
      ],
    });
    expect(aging.total).toBe(toMinor(1050));
  });

  test("uses the customer's currency when the invoice names none", () => {
    const { aging } = age({
      rates,
      customers: [{ ref: { sheet: "Customers", row: 2 }, id: "C1", currency: "EUR" }],
      invoices: [invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), amount: 10 })],
    });
    expect(aging.total).toBe(toMinor(11));
  });

  test("reports a missing rate once per currency and leaves those rows out", () => {
    const { aging, issues } = age({
      rates,
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: day("2026-06-15"), currency: "GBP", amount: 100 }),
        invoice({ invoiceNo: "I2", dueDate: day("2026-06-15"), currency: "GBP", amount: 200 }),
        invoice({ invoiceNo: "I3", dueDate: day("2026-06-15"), amount: 300 }),
      ],
    });
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", code: "missing-rate", sheet: "Invoices" }),
    ]);
    expect(issues[0]?.message).toContain("GBP");
    expect(issues[0]?.message).toContain("2 row(s)");
    expect(aging.items.map((item) => item.invoiceNo)).toEqual(["I3"]);
  });
});

describe("buckets", () => {
  test("limits 30,60,90,120 give 91-120 and 120+", () => {
    const { aging } = age({
      params: { buckets: [30, 60, 90, 120] },
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: AS_OF - 100, amount: 100 }),
        invoice({ invoiceNo: "I2", dueDate: AS_OF - 121, amount: 200 }),
        invoice({ invoiceNo: "I3", dueDate: AS_OF - 120, amount: 400 }),
      ],
    });
    expect(aging.buckets.map((b) => b.label)).toEqual([
      "Current",
      "1-30",
      "31-60",
      "61-90",
      "91-120",
      "120+",
    ]);
    expect(bucket(aging, "91-120")).toEqual({ amount: toMinor(500), count: 2 });
    expect(bucket(aging, "120+")).toEqual({ amount: toMinor(200), count: 1 });
  });

  test("puts items due on the as-of date in Current and a day later in 1-30", () => {
    const { aging } = age({
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: AS_OF, amount: 100 }),
        invoice({ invoiceNo: "I2", dueDate: AS_OF - 1, amount: 200 }),
        invoice({ invoiceNo: "I3", dueDate: AS_OF - 30, amount: 400 }),
        invoice({ invoiceNo: "I4", dueDate: AS_OF - 91, amount: 800 }),
      ],
    });
    expect(bucket(aging, "Current").amount).toBe(toMinor(100));
    expect(bucket(aging, "1-30").amount).toBe(toMinor(600));
    expect(bucket(aging, "90+").amount).toBe(toMinor(800));
  });

  test("ages by days since the invoice date on the invoice basis", () => {
    const { aging } = age({
      params: { basis: "invoice" },
      invoices: [
        invoice({ invoiceNo: "I1", invoiceDate: AS_OF - 45, dueDate: AS_OF + 15, amount: 100 }),
        invoice({ invoiceNo: "I2", invoiceDate: AS_OF - 10, dueDate: AS_OF + 20, amount: 200 }),
      ],
    });
    expect(aging.basis).toBe("invoice");
    expect(aging.buckets.map((b) => b.label)).toEqual(["0-30", "31-60", "61-90", "90+"]);
    expect(bucket(aging, "31-60").amount).toBe(toMinor(100));
    expect(bucket(aging, "0-30").amount).toBe(toMinor(200));
  });
});

describe("totals", () => {
  test("equals open invoices plus unapplied credits plus unapplied cash to the unit", () => {
    const { aging } = age({
      invoices: [
        invoice({ invoiceNo: "I1", dueDate: AS_OF - 5, amount: 100.3333 }),
        invoice({ invoiceNo: "I2", dueDate: AS_OF + 5, amount: 0.0001 }),
        invoice({ invoiceNo: "CN", invoiceDate: AS_OF - 1, amount: -0.0003 }),
      ],
      payments: [payment({ date: "2026-06-01", amount: 0.0007 })],
    });
    expect(aging.openInvoices).toBe(1_003_334);
    expect(aging.unappliedCredits).toBe(-3);
    expect(aging.unappliedCash).toBe(-7);
    expect(aging.total).toBe(1_003_324);
    expect(sumMinor(aging.buckets.map((b) => b.amount))).toBe(aging.openInvoices);
  });

  test("reports the difference to a control total", () => {
    const { aging } = age({
      params: { controlTotal: toMinor(1250) },
      invoices: [invoice({ invoiceNo: "I1", dueDate: AS_OF, amount: 1000 })],
    });
    expect(aging.controlTotal).toBe(toMinor(1250));
    expect(aging.controlDifference).toBe(toMinor(-250));
  });

  test("leaves the control difference out when no control total is given", () => {
    const { aging } = age({ invoices: [invoice({ invoiceNo: "I1", dueDate: AS_OF, amount: 1 })] });
    expect(aging.controlDifference).toBeUndefined();
  });
});

describe("reconciliation property", () => {
  const customerId = fc.constantFrom("C1", "C2", "C3");
  const invoiceNo = fc.constantFrom("I0", "I1", "I2", "I3", "I4", "I5");
  const amount = fc.integer({ min: 1, max: 1_000_000_000 });
  const offset = fc.integer({ min: -400, max: 60 });

  const invoiceArb = fc.record({
    customerId,
    invoiceNo,
    amount,
    invoiceOffset: offset,
    terms: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    installment: fc.option(fc.constantFrom("1", "2", "3"), { nil: undefined }),
    paid: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: undefined }),
  });
  const creditArb = fc.record({
    customerId,
    appliesTo: fc.option(fc.constantFrom("I0", "I1", "I2", "I9"), { nil: undefined }),
    amount,
    invoiceOffset: offset,
  });
  const paymentArb = fc.record({
    customerId,
    invoiceNo: fc.option(fc.constantFrom("I0", "I1", "I2", "I3", "I8"), { nil: undefined }),
    amount,
    dateOffset: offset,
  });

  test("buckets plus unapplied lines equal the total and no open item is negative", () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 12 }),
        fc.array(creditArb, { maxLength: 4 }),
        fc.array(paymentArb, { maxLength: 8 }),
        fc.constantFrom("none", "oldest-first"),
        fc.constantFrom("due", "invoice"),
        (invoices, credits, payments, allocateUnapplied, basis) => {
          const records: InvoiceRecord[] = [
            ...invoices.map((generated, i) => {
              const record: InvoiceRecord = {
                ref: { sheet: "Invoices", row: i + 2 },
                customerId: generated.customerId,
                invoiceNo: generated.invoiceNo,
                invoiceDate: AS_OF + generated.invoiceOffset,
                amount: generated.amount,
                type: "invoice",
              };
              if (generated.terms !== undefined) record.termsDays = generated.terms;
              if (generated.installment !== undefined) record.installment = generated.installment;
              if (generated.paid !== undefined) record.paidAmount = generated.paid;
              return record;
            }),
            ...credits.map((generated, i) => {
              const record: InvoiceRecord = {
                ref: { sheet: "Invoices", row: 100 + i },
                customerId: generated.customerId,
                invoiceNo: `CN${i}`,
                invoiceDate: AS_OF + generated.invoiceOffset,
                amount: -generated.amount,
                type: "credit-note",
              };
              if (generated.appliesTo !== undefined) record.appliesTo = generated.appliesTo;
              return record;
            }),
          ];
          const paymentRecords = payments.map((generated, i) => {
            const record: PaymentRecord = {
              ref: { sheet: "Payments", row: i + 2 },
              customerId: generated.customerId,
              date: AS_OF + generated.dateOffset,
              amount: generated.amount,
            };
            if (generated.invoiceNo !== undefined) record.invoiceNo = generated.invoiceNo;
            return record;
          });
          const { aging } = age({
            invoices: records,
            payments: paymentRecords,
            params: { allocateUnapplied, basis },
          });

          const bucketSum = sumMinor(aging.buckets.map((b) => b.amount));
          expect(bucketSum + aging.unappliedCredits + aging.unappliedCash).toBe(aging.total);
          expect(bucketSum).toBe(aging.openInvoices);
          expect(sumMinor(aging.unapplied.map((line) => line.amount))).toBe(
            aging.unappliedCredits + aging.unappliedCash,
          );
          expect(aging.buckets.reduce((count, b) => count + b.count, 0)).toBe(aging.items.length);
          for (const item of aging.items) expect(item.open).toBeGreaterThan(0);
          for (const line of aging.unapplied) expect(line.amount).toBeLessThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
