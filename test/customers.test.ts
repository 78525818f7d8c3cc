import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import { analyzeCustomers, type CustomerAnalysisInput } from "../src/engine/customers";
import type { CustomerResult } from "../src/engine/customer-types";
import { toMinor as m } from "../src/engine/money";
import type { OrganisationRecord } from "../src/engine/schema";
import type { CustomerAging } from "../src/engine/types";
import { AS_OF, convert, customer, day, invoice, item, payment } from "./customers-fixtures";

function aging(id: string, open: number, overdue: number, over90: number): CustomerAging {
  return { id, open, overdue, over90, byBucket: [], itemCount: 1, unapplied: 0 };
}

const ORGANISATION: OrganisationRecord[] = [
  {
    ref: { sheet: "Organisation", row: 2 },
    role: "credit manager",
    person: "Bob",
    approvalLimit: m(10_000),
  },
];

/** Alpha pays on time, Beta is late, disputed and over its limit, Gamma is dormant, X9 is unlisted. */
function portfolioInput(): CustomerAnalysisInput {
  const paidOnTime = ["2026-01-31", "2026-02-28", "2026-03-31"].map((due, i) => {
    const dueDate = day(due);
    return {
      invoice: invoice("C1", `P${i}`, { amount: m(40_000), invoiceDate: dueDate - 30, dueDate }),
      payment: payment("C1", `P${i}`, dueDate, m(40_000)),
    };
  });
  const lateDue = [day("2026-03-01"), day("2026-04-01")];
  return {
    asOf: AS_OF,
    customers: [
      customer("C1", {
        name: "Alpha",
        customerSince: day("2018-01-01"),
        manufacturer: true,
        workingCapital: 200,
        retainedEarnings: 300,
        ebit: 150,
        totalAssets: 1000,
        totalLiabilities: 400,
        equity: 600,
        sales: 1500,
        tangibleNetWorth: m(500_000),
        externalRating: "AA",
        lastReviewDate: day("2026-01-15"),
        creditLimit: m(100_000),
        openOrders: m(10_000),
        registration: true,
        financialsDate: day("2025-12-31"),
        creditReport: true,
        signedTerms: true,
      }),
      customer("C2", {
        ref: { sheet: "Customers", row: 3 },
        name: "Beta",
        customerSince: day("2024-01-01"),
        totalAssets: -5,
        externalRating: "XYZ",
        creditLimit: m(1_500),
        limitApprovedBy: "Bob",
        accountOwner: "bob",
      }),
      customer("C3", { name: "Gamma", creditLimit: m(5_000), limitApprovedBy: "Carl" }),
    ],
    contracts: [
      {
        ref: { sheet: "Contracts", row: 2 },
        contractNo: "K1",
        customerId: "C1",
        deliveryProof: true,
      },
    ],
    organisation: ORGANISATION,
    invoices: [
      ...paidOnTime.map((entry) => entry.invoice),
      invoice("C1", "O1", {
        amount: m(30_000),
        invoiceDate: day("2026-06-15"),
        dueDate: day("2026-07-15"),
      }),
      invoice("C2", "Q1", {
        amount: m(2_000),
        invoiceDate: day("2026-01-02"),
        dueDate: day("2026-02-01"),
      }),
      ...lateDue.map((dueDate, i) => invoice("C2", `L${i}`, { amount: m(1_000), dueDate })),
      invoice("X9", "Z1", { amount: m(500), dueDate: day("2026-06-10"), customerName: "Xeno" }),
    ],
    payments: [
      ...paidOnTime.map((entry) => entry.payment),
      ...lateDue.map((dueDate, i) => payment("C2", `L${i}`, dueDate + 30, m(1_000))),
    ],
    items: [
      item("C1", "O1", {
        open: m(30_000),
        original: m(30_000),
        dueDate: day("2026-07-15"),
        contractNo: "K1",
      }),
      item("C2", "Q1", {
        open: m(2_000),
        original: m(2_000),
        dueDate: day("2026-02-01"),
        disputed: true,
      }),
      item("X9", "Z1", {
        open: m(500),
        original: m(500),
        dueDate: day("2026-06-10"),
        customerName: "Xeno",
      }),
    ],
    agingByCustomer: [aging("C1", m(30_000), 0, 0), aging("C2", m(2_000), m(2_000), m(2_000))],
    convert,
  };
}

function find(results: CustomerResult[], id: string): CustomerResult {
  const result = results.find((entry) => entry.id === id);
  if (!result) throw new Error(`customer ${id} missing from the results`);
  return result;
}

describe("analyzeCustomers", () => {
  const portfolio = analyzeCustomers(portfolioInput());
  const alpha = find(portfolio.customers, "C1");
  const beta = find(portfolio.customers, "C2");
  const gamma = find(portfolio.customers, "C3");
  const unlisted = find(portfolio.customers, "X9");

  it("lists listed customers first, then unlisted ones", () => {
    expect(portfolio.customers.map((result) => result.id)).toEqual(["C1", "C2", "C3", "X9"]);
  });

  it("scores a customer who pays on time into class A", () => {
    expect(alpha.paymentIndex).toBe(80);
    expect(alpha.scoreParts).toEqual({
      payment: 32,
      relationship: 10,
      financial: 30,
      external: 20,
    });
    expect(alpha.score).toBe(92);
    expect(alpha.riskClass).toBe("A");
    expect(alpha.nextReview).toBe(day("2027-01-15"));
    expect(alpha.flags).toEqual([]);
  });

  it("computes exposure, utilisation and the recommended limit", () => {
    expect(alpha.exposure).toBe(m(40_000));
    expect(alpha.utilization).toBeCloseTo(0.4, 10);
    // sales 150,000 ÷ 12 = 12,500 a month; × 45 ÷ 30 = 18,750; capacity 20 % of 500,000
    expect(alpha.need).toBe(m(18_750));
    expect(alpha.capacity).toBe(m(100_000));
    expect(alpha.recommendedLimit).toBe(m(18_000));
    expect(alpha.creditFile).toEqual({ complete: true, missing: [] });
  });

  it("scores a late, disputed customer with bad data into class D", () => {
    // Q1 open 149 days beyond terms: 20 − 29/60 × 20 = 10.33 points; L0 and L1 30 days late: 50.
    // (10.33 × 2,000 + 50 × 2,000) ÷ 4,000 = 30.17
    expect(beta.paymentIndex).toBe(30.2);
    // relationship 4 halved by the dispute; neutral financial 15 and external 10
    expect(beta.scoreParts).toEqual({
      payment: 12.1,
      relationship: 2,
      financial: 15,
      external: 10,
    });
    expect(beta.score).toBe(39.1);
    expect(beta.riskClass).toBe("D");
  });

  it("flags an over-limit customer with 90+ items and suggests a credit hold", () => {
    expect(beta.exposure).toBe(m(2_000));
    expect(beta.utilization).toBeCloseTo(2_000 / 1_500, 10);
    expect(beta.flags).toEqual([
      "over-limit",
      "overdue",
      "overdue-90",
      "review-due",
      "incomplete-file",
      "approved-by-account-owner",
    ]);
    expect(beta.creditHold).toEqual({ suggested: true, reasons: ["over-limit", "overdue-90"] });
  });

  it("reports bad financials and an unreadable rating on the customer's row", () => {
    expect(portfolio.issues).toHaveLength(2);
    const [financials, rating] = portfolio.issues;
    expect(financials).toMatchObject({
      code: "bad-financials",
      sheet: "Customers",
      row: 3,
      column: "total assets",
    });
    expect(financials?.message).toContain("C2");
    expect(rating).toMatchObject({ code: "bad-financials", row: 3, column: "external rating" });
    expect(rating?.message).toContain("XYZ");
  });

  it("scores a customer without data neutral and flags the approver", () => {
    expect(gamma.score).toBe(50);
    expect(gamma.riskClass).toBe("C");
    expect(gamma.flags).toEqual([
      "review-due",
      "incomplete-file",
      "insufficient-history",
      "approval-exceeds-authority",
    ]);
    expect(gamma.creditHold.suggested).toBe(false);
  });

  it("flags a customer found only in the invoices", () => {
    expect(unlisted.name).toBe("Xeno");
    expect(unlisted.open).toBe(m(500));
    expect(unlisted.overdue).toBe(m(500));
    expect(unlisted.creditLimit).toBeUndefined();
    expect(unlisted.utilization).toBeUndefined();
    expect(unlisted.flags).toEqual([
      "overdue",
      "review-due",
      "incomplete-file",
      "insufficient-history",
      "not-in-customer-list",
    ]);
    expect(unlisted.creditFile.missing).toHaveLength(5);
  });

  it("measures the portfolio shares", () => {
    expect(portfolio.completeFileShare).toBe(0.25);
    // Active: C1, C2 and X9 have open items; only C1 was reviewed in time.
    expect(portfolio.ratedWithinReviewShare).toBeCloseTo(1 / 3, 10);
    // (40,000 + 1,500 + 0) ÷ (40,000 + 2,000 + 500)
    expect(portfolio.exposureWithinLimitShare).toBeCloseTo(41_500 / 42_500, 10);
    expect(portfolio.contractCoverage.byCount).toBeCloseTo(1 / 3, 10);
    expect(portfolio.contractCoverage.byAmount).toBeCloseTo(30_000 / 32_500, 10);
  });

  it("writes issue messages in Chinese", () => {
    const chinese = analyzeCustomers({ ...portfolioInput(), locale: "zh-CN" });
    expect(chinese.issues[0]?.column).toBe("资产总额");
    expect(chinese.issues[0]?.message).toContain("中性值");
  });

  it("uses the monthly sales given in the input", () => {
    const result = analyzeCustomers({ ...portfolioInput(), monthlySales: { C1: m(10_000) } });
    // 10,000 × 45 ÷ 30 = 15,000
    expect(find(result.customers, "C1").need).toBe(m(15_000));
  });

  it("follows changed class bounds", () => {
    const classes = DEFAULT_CUSTOMER_PARAMS.classes.map((row) =>
      row.riskClass === "A" ? { ...row, minScore: 95 } : row,
    );
    const params = { ...DEFAULT_CUSTOMER_PARAMS, classes };
    expect(find(analyzeCustomers({ ...portfolioInput(), params }).customers, "C1").riskClass).toBe(
      "B",
    );
  });

  it("returns no shares for an empty portfolio", () => {
    const empty = analyzeCustomers({
      ...portfolioInput(),
      customers: [],
      invoices: [],
      payments: [],
      items: [],
      agingByCustomer: [],
    });
    expect(empty.customers).toEqual([]);
    expect(empty.completeFileShare).toBeUndefined();
    expect(empty.ratedWithinReviewShare).toBeUndefined();
    expect(empty.exposureWithinLimitShare).toBeUndefined();
  });
});
