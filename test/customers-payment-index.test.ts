import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import { paymentIndex, paymentTrend, pointsForDbt } from "../src/engine/payment-index";
import { AS_OF, day, settlement } from "./customers-fixtures";

const PAYMENT = DEFAULT_CUSTOMER_PARAMS.payment;
const TABLE = PAYMENT.points;

describe("pointsForDbt", () => {
  it.each([
    [-45, 100],
    [-30, 100],
    [-20, 95],
    [-10, 90],
    [0, 80],
    [15, 70],
    [18.5, 65],
    [22, 60],
    [30, 50],
    [45, 45],
    [60, 40],
    [90, 30],
    [120, 20],
    [150, 10],
    [180, 0],
    [400, 0],
  ])("gives %p days beyond terms %p points", (dbt, points) => {
    expect(pointsForDbt(dbt, TABLE)).toBeCloseTo(points, 10);
  });

  it("interpolates 5 days late between 80 and 70", () => {
    expect(pointsForDbt(5, TABLE)).toBeCloseTo(80 - (5 / 15) * 10, 10);
  });

  it("follows a changed table", () => {
    const table = [
      { dbt: 0, points: 100 },
      { dbt: 10, points: 0 },
    ];
    expect(pointsForDbt(4, table)).toBeCloseTo(60, 10);
  });
});

describe("paymentIndex", () => {
  it("weights points by invoice amount", () => {
    // (80 × 100 + 50 × 200 + 90 × 700) ÷ 1,000 = 81
    const history = [settlement(0, 100), settlement(30, 200), settlement(-10, 700)];
    const result = paymentIndex(history, PAYMENT);
    expect(result.index).toBeCloseTo(81, 10);
    expect(result.count).toBe(3);
    expect(result.insufficientHistory).toBe(false);
  });

  it("reports insufficient history below three invoices", () => {
    const result = paymentIndex([settlement(0, 100), settlement(5, 100)], PAYMENT);
    expect(result.index).toBeUndefined();
    expect(result.count).toBe(2);
    expect(result.insufficientHistory).toBe(true);
  });

  it("ignores settlements without a positive amount", () => {
    const history = [settlement(0, 100), settlement(0, 100), settlement(100, 0)];
    expect(paymentIndex(history, PAYMENT).insufficientHistory).toBe(true);
  });

  it("honours a changed minimum", () => {
    const params = { ...PAYMENT, minSettledInvoices: 1 };
    expect(paymentIndex([settlement(30, 100)], params).index).toBeCloseTo(50, 10);
  });
});

describe("paymentTrend", () => {
  // Recent window: after 2026-03-30 to 2026-06-30; earlier: after 2025-06-30 to 2026-03-30.
  const recent = (dbt: number) => settlement(dbt, 100, { dueDate: day("2026-05-01") });
  const earlier = (dbt: number) => settlement(dbt, 100, { dueDate: day("2025-10-01") });

  it("is worsening when the last 3 months score 5 points lower", () => {
    const history = [earlier(0), earlier(0), recent(30), recent(30)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBe("worsening");
  });

  it("is improving when the last 3 months score 5 points higher", () => {
    const history = [earlier(30), earlier(30), recent(0), recent(0)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBe("improving");
  });

  it("is stable within the threshold", () => {
    // 80 against 76.7: a change of 3.3 points
    const history = [earlier(5), earlier(5), recent(0), recent(0)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBe("stable");
  });

  it("is undefined with too few invoices in a window", () => {
    const history = [earlier(0), earlier(0), recent(30)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBeUndefined();
  });

  it("leaves out settlements older than 12 months", () => {
    const old = (dbt: number) => settlement(dbt, 100, { dueDate: day("2025-03-01") });
    const history = [old(0), old(0), recent(30), recent(30)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBeUndefined();
  });

  it("puts a settlement on the window boundary in the earlier window", () => {
    const boundary = settlement(0, 100, { dueDate: day("2026-03-30") });
    const history = [boundary, earlier(0), recent(30), recent(30)];
    expect(paymentTrend(history, AS_OF, PAYMENT)).toBe("worsening");
  });
});
