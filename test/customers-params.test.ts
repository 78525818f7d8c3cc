import {
  customerParamsSchema,
  DEFAULT_CUSTOMER_PARAMS,
  RISK_CLASSES,
} from "../src/engine/customer-params";
import { CUSTOMER_LOCALES, CUSTOMER_STRINGS } from "../src/engine/customer-strings";
import { CREDIT_FILE_ITEMS, CUSTOMER_FLAGS } from "../src/engine/customer-types";

describe("customer parameters", () => {
  it("defaults to the documented values", () => {
    const params = DEFAULT_CUSTOMER_PARAMS;
    expect(params.payment.points.map((row) => [row.dbt, row.points])).toEqual([
      [-30, 100],
      [-10, 90],
      [0, 80],
      [15, 70],
      [22, 60],
      [30, 50],
      [60, 40],
      [90, 30],
      [120, 20],
      [180, 0],
    ]);
    expect(params.payment.minSettledInvoices).toBe(3);
    expect(params.payment.weight).toBe(0.4);
    expect(params.payment.trendThreshold).toBe(5);
    expect(params.financial.zPrime).toEqual({
      workingCapital: 0.717,
      retainedEarnings: 0.847,
      ebit: 3.107,
      equityToLiabilities: 0.42,
      sales: 0.998,
      distressBelow: 1.23,
      safeAbove: 2.9,
    });
    expect(params.financial.zDoublePrime).toMatchObject({
      workingCapital: 6.56,
      sales: 0,
      safeAbove: 2.6,
    });
    expect(params.classes.map((row) => [row.riskClass, row.minScore, row.reviewMonths])).toEqual([
      ["A", 80, 12],
      ["B", 65, 6],
      ["C", 50, 3],
      ["D", 35, 1],
      ["E", 0, 1],
    ]);
    expect(params.classes.map((row) => row.netWorthShare)).toEqual([0.2, 0.15, 0.1, 0.05, 0]);
    expect(params.classes.map((row) => row.turnoverShare)).toEqual([0.1, 0.075, 0.05, 0.025, 0]);
    expect(params.limits).toEqual({
      step: 1000,
      toleratedDelayDays: 15,
      defaultTermsDays: 30,
      salesMonths: 12,
    });
    expect(params.creditFile.financialsMaxAgeMonths).toBe(18);
  });

  it("keeps defaults beside an override", () => {
    const params = customerParamsSchema.parse({
      limits: { step: 500 },
      payment: { trendThreshold: 8 },
    });
    expect(params.limits.step).toBe(500);
    expect(params.limits.toleratedDelayDays).toBe(15);
    expect(params.payment.trendThreshold).toBe(8);
    expect(params.payment.points).toHaveLength(10);
  });

  it("rejects a points table that rewards paying later", () => {
    const points = [
      { dbt: 0, points: 50 },
      { dbt: 30, points: 60 },
    ];
    expect(customerParamsSchema.safeParse({ payment: { points } }).success).toBe(false);
  });

  it("rejects a points table out of order", () => {
    const points = [
      { dbt: 30, points: 50 },
      { dbt: 0, points: 40 },
    ];
    expect(customerParamsSchema.safeParse({ payment: { points } }).success).toBe(false);
  });

  it("rejects a negative step", () => {
    expect(customerParamsSchema.safeParse({ limits: { step: -1 } }).success).toBe(false);
  });
});

describe("customer strings", () => {
  it.each(CUSTOMER_LOCALES)("labels every flag, class and file item in %s", (locale) => {
    const strings = CUSTOMER_STRINGS[locale];
    for (const flag of CUSTOMER_FLAGS) expect(strings.flags[flag].length).toBeGreaterThan(0);
    for (const riskClass of RISK_CLASSES)
      expect(strings.classes[riskClass].length).toBeGreaterThan(0);
    for (const entry of CREDIT_FILE_ITEMS)
      expect(strings.fileItems[entry].length).toBeGreaterThan(0);
  });

  it("describes class E as cash in advance or secured only", () => {
    expect(CUSTOMER_STRINGS["en-US"].classes.E).toContain("cash in advance or secured only");
    expect(CUSTOMER_STRINGS["zh-CN"].classes.E).toContain("预付款");
  });
});
