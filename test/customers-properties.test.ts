import fc from "fast-check";

import { DEFAULT_CUSTOMER_PARAMS, RISK_CLASSES } from "../src/engine/customer-params";
import { analyzeCustomers } from "../src/engine/customers";
import { creditCapacity, exposureOf, recommendedLimit } from "../src/engine/limits";
import { paymentIndex } from "../src/engine/payment-index";
import type { CustomerRecord } from "../src/engine/schema";
import { assessFinancials } from "../src/engine/zscore";
import { AS_OF, convert, customer, item, settlement } from "./customers-fixtures";

const PARAMS = DEFAULT_CUSTOMER_PARAMS;

const settlementArb = fc.record({
  dbt: fc.integer({ min: -90, max: 400 }),
  amount: fc.integer({ min: 1, max: 10_000_000 }),
  earlierBy: fc.integer({ min: 0, max: 200 }),
});

/** Statement values including the ones that break a ratio: NaN, infinities, zero and negatives. */
const statementValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Number.NEGATIVE_INFINITY),
  fc.constant(0),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
);

const financialsArb = fc.record({
  tangibleNetWorth: statementValue,
  workingCapital: statementValue,
  retainedEarnings: statementValue,
  ebit: statementValue,
  totalAssets: statementValue,
  totalLiabilities: statementValue,
  equity: statementValue,
  sales: statementValue,
  currentAssets: statementValue,
  currentLiabilities: statementValue,
  manufacturer: fc.boolean(),
});

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drops undefined fields, as a reader that leaves blank cells out would. */
function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

function isUnusable(value: number | undefined, divisor: boolean): boolean {
  if (value === undefined) return false;
  return !Number.isFinite(value) || (divisor && value <= 0);
}

describe("customer-credit properties", () => {
  it("never lowers the payment index of a customer who pays earlier", () => {
    fc.assert(
      fc.property(fc.array(settlementArb, { minLength: 3, maxLength: 20 }), (rows) => {
        const late = rows.map((row, i) => settlement(row.dbt, row.amount, { invoiceNo: `I${i}` }));
        const early = rows.map((row, i) =>
          settlement(row.dbt - row.earlierBy, row.amount, { invoiceNo: `I${i}` }),
        );
        const before = paymentIndex(late, PARAMS.payment).index!;
        const after = paymentIndex(early, PARAMS.payment).index!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it("never recommends a negative limit", () => {
    const amount = fc.option(fc.integer({ min: -1e12, max: 1e12 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...RISK_CLASSES),
        fc.integer({ min: -1e12, max: 1e12 }),
        amount,
        amount,
        (riskClass, need, netWorth, sales) => {
          const capacity = creditCapacity(riskClass, netWorth, sales, PARAMS.classes);
          const limit = recommendedLimit(need, capacity, PARAMS.limits);
          expect(limit).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(limit)).toBe(true);
        },
      ),
    );
  });

  it("never puts exposure below open receivables", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.option(fc.integer({ min: -1e10, max: 1e10 }), { nil: undefined }),
        (open, orders) => {
          expect(exposureOf(open, orders)).toBeGreaterThanOrEqual(open);
        },
      ),
    );
  });

  it("never puts a customer's exposure below its open items", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e8 }), { maxLength: 5 }),
        fc.integer({ min: -1e8, max: 1e8 }),
        (opens, openOrders) => {
          const items = opens.map((open, i) => item("C1", `I${i}`, { open, original: open }));
          const result = analyzeCustomers({
            asOf: AS_OF,
            customers: [customer("C1", { openOrders })],
            contracts: [],
            organisation: [],
            invoices: [],
            payments: [],
            items,
            agingByCustomer: [],
            convert,
          });
          const open = opens.reduce((total, value) => total + value, 0);
          expect(result.customers[0]!.exposure).toBeGreaterThanOrEqual(open);
        },
      ),
    );
  });

  it("scores bad or missing statements neutral, never NaN or Infinity", () => {
    fc.assert(
      fc.property(financialsArb, (raw) => {
        const financials = defined(raw);
        const result = assessFinancials(financials, PARAMS.financial);
        expect(Number.isFinite(result.points)).toBe(true);
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(PARAMS.financial.max);

        const bad =
          isUnusable(raw.totalAssets, true) ||
          isUnusable(raw.totalLiabilities, true) ||
          [raw.workingCapital, raw.retainedEarnings, raw.ebit, raw.equity, raw.sales]
            .concat([raw.currentAssets, raw.currentLiabilities])
            .some((value) => isUnusable(value, false));
        if (bad) {
          expect(result.status).toBe("bad");
          expect(result.problems.length).toBeGreaterThan(0);
        }
        if (result.status !== "scored") expect(result.points).toBe(PARAMS.financial.neutral);
      }),
    );
  });

  it("reports bad statements as issues and keeps every figure finite", () => {
    fc.assert(
      fc.property(financialsArb, fc.integer({ min: 2, max: 5000 }), (raw, row) => {
        const record: CustomerRecord = {
          ...customer("C1", defined(raw)),
          ref: { sheet: "Customers", row },
        };
        const result = analyzeCustomers({
          asOf: AS_OF,
          customers: [record],
          contracts: [],
          organisation: [],
          invoices: [],
          payments: [],
          items: [item("C1", "I1")],
          agingByCustomer: [],
          convert,
        });
        const scored = result.customers[0]!;
        const numbers = [
          scored.score,
          ...Object.values(scored.scoreParts),
          scored.recommendedLimit,
        ];
        for (const value of numbers) expect(Number.isFinite(value)).toBe(true);

        const problems = assessFinancials(defined(raw), PARAMS.financial).problems;
        const financialIssues = result.issues.filter((issue) => issue.code === "bad-financials");
        expect(financialIssues).toHaveLength(problems.length);
        for (const issue of financialIssues) expect(issue.row).toBe(row);
        if (problems.length > 0) expect(scored.scoreParts.financial).toBe(PARAMS.financial.neutral);
        if (problems.length > 0) expect(scored.flags).toContain("incomplete-file");
      }),
    );
  });
});
