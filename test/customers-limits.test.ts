import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import {
  averageMonthlySales,
  creditCapacity,
  creditNeed,
  exposureOf,
  recommendedLimit,
  utilisationOf,
} from "../src/engine/limits";
import { toMinor as m } from "../src/engine/money";
import { AS_OF, convert, day, invoice } from "./customers-fixtures";

const { classes, limits } = DEFAULT_CUSTOMER_PARAMS;

describe("creditNeed", () => {
  it("is monthly sales × (terms + 15 days) ÷ 30", () => {
    // 10,000.00 a month on 30-day terms: 10,000 × 45 ÷ 30 = 15,000.00
    expect(creditNeed(m(10_000), 30, limits)).toBe(m(15_000));
    // 60-day terms: 10,000 × 75 ÷ 30 = 25,000.00
    expect(creditNeed(m(10_000), 60, limits)).toBe(m(25_000));
  });

  it("defaults the terms to 30 days", () => {
    expect(creditNeed(m(10_000), undefined, limits)).toBe(m(15_000));
  });

  it("uses the tolerated delay parameter", () => {
    expect(creditNeed(m(10_000), 30, { ...limits, toleratedDelayDays: 0 })).toBe(m(10_000));
  });
});

describe("recommended limit per class", () => {
  // Need 15,000.00; tangible net worth 123,456.00: A 20 % = 24,691.20, B 15 % = 18,518.40,
  // C 10 % = 12,345.60, D 5 % = 6,172.80, E 0. The smaller figure is rounded down to 1,000.
  it.each([
    ["A", 24_691.2, 15_000],
    ["B", 18_518.4, 15_000],
    ["C", 12_345.6, 12_000],
    ["D", 6_172.8, 6_000],
    ["E", 0, 0],
  ] as const)(
    "class %p takes net worth capacity %p and recommends %p",
    (riskClass, capacity, limit) => {
      const computed = creditCapacity(riskClass, m(123_456), m(999_999), classes);
      expect(computed).toBe(m(capacity));
      expect(recommendedLimit(m(15_000), computed, limits)).toBe(m(limit));
    },
  );

  // Need 25,000.00; turnover 300,000.00 without net worth: A 10 % = 30,000, B 7.5 % = 22,500,
  // C 5 % = 15,000, D 2.5 % = 7,500, E 0.
  it.each([
    ["A", 30_000, 25_000],
    ["B", 22_500, 22_000],
    ["C", 15_000, 15_000],
    ["D", 7_500, 7_000],
    ["E", 0, 0],
  ] as const)(
    "class %p takes turnover capacity %p and recommends %p",
    (riskClass, capacity, limit) => {
      const computed = creditCapacity(riskClass, undefined, m(300_000), classes);
      expect(computed).toBe(m(capacity));
      expect(recommendedLimit(m(25_000), computed, limits)).toBe(m(limit));
    },
  );

  it("lets the need stand alone without net worth or turnover", () => {
    expect(creditCapacity("A", undefined, undefined, classes)).toBeUndefined();
    expect(recommendedLimit(m(12_345.67), undefined, limits)).toBe(m(12_000));
  });

  it("treats net worth or turnover that is not a number as unknown", () => {
    expect(creditCapacity("A", Number.NaN, m(300_000), classes)).toBe(m(30_000));
    expect(creditCapacity("A", undefined, Number.POSITIVE_INFINITY, classes)).toBeUndefined();
  });

  it("gives no capacity for negative net worth", () => {
    expect(creditCapacity("A", m(-50_000), m(300_000), classes)).toBe(0);
  });

  it("rounds down to a changed step", () => {
    expect(recommendedLimit(m(12_345.67), undefined, { ...limits, step: 500 })).toBe(m(12_000));
    expect(recommendedLimit(m(12_999.99), undefined, { ...limits, step: 50 })).toBe(m(12_950));
  });

  it("is never negative", () => {
    expect(recommendedLimit(-100, undefined, limits)).toBe(0);
    expect(recommendedLimit(m(5_000), -100, limits)).toBe(0);
  });
});

describe("averageMonthlySales", () => {
  it("averages invoices of the last 12 months", () => {
    const invoices = [
      invoice("C1", "I1", { amount: 600_000, invoiceDate: day("2026-06-30") }),
      invoice("C1", "I2", { amount: 600_000, invoiceDate: day("2025-07-01") }),
      invoice("C1", "I3", { amount: 999_999, invoiceDate: day("2025-06-30") }),
      invoice("C1", "I4", { amount: 999_999, invoiceDate: day("2026-07-01") }),
      invoice("C1", "CN", { type: "credit-note", amount: -50_000, invoiceDate: day("2026-05-01") }),
    ];
    expect(averageMonthlySales(invoices, AS_OF, undefined, convert, limits)).toBe(100_000);
  });

  it("converts to the base currency", () => {
    const invoices = [
      invoice("C1", "I1", { amount: 1_200_000, currency: "EUR", invoiceDate: AS_OF }),
    ];
    expect(averageMonthlySales(invoices, AS_OF, undefined, convert, limits)).toBe(110_000);
  });

  it("averages a new customer over the months since it joined", () => {
    const invoices = [invoice("C1", "I1", { amount: 300_000, invoiceDate: AS_OF })];
    // 91 days are 91 ÷ 30.4375 = 2.98973 months; 300,000 ÷ 2.98973 = 100,343.4
    expect(averageMonthlySales(invoices, AS_OF, AS_OF - 91, convert, limits)).toBe(100_343);
  });

  it("averages over at least one month", () => {
    const invoices = [invoice("C1", "I1", { amount: 300_000, invoiceDate: AS_OF })];
    expect(averageMonthlySales(invoices, AS_OF, AS_OF - 10, convert, limits)).toBe(300_000);
  });
});

describe("exposure and utilisation", () => {
  it("adds open orders to open receivables", () => {
    expect(exposureOf(50_000, 20_000)).toBe(70_000);
    expect(exposureOf(50_000, undefined)).toBe(50_000);
  });

  it("ignores negative or unreadable open orders", () => {
    expect(exposureOf(50_000, -20_000)).toBe(50_000);
    expect(exposureOf(50_000, Number.NaN)).toBe(50_000);
  });

  it("divides exposure by the limit", () => {
    expect(utilisationOf(70_000, 100_000)).toBeCloseTo(0.7, 10);
    expect(utilisationOf(150_000, 100_000)).toBeCloseTo(1.5, 10);
  });

  it("is undefined without a positive limit", () => {
    expect(utilisationOf(70_000, undefined)).toBeUndefined();
    expect(utilisationOf(70_000, 0)).toBeUndefined();
  });
});
