import { dayFromIso, endOfMonth, partsFromDay, type Day } from "../src/engine/dates";
import { provisionParamsSchema } from "../src/engine/lender-params";
import { toMinor } from "../src/engine/money";
import { computeProvision, parameterRate } from "../src/engine/provision";
import type { BucketTotal } from "../src/engine/types";

const AS_OF = dayFromIso("2026-06-30")!;
const defaults = provisionParamsSchema.parse({});

function buckets(limits: number[], amounts: number[]): BucketTotal[] {
  const rows: BucketTotal[] = [
    { label: "Current", fromDays: null, toDays: 0, amount: 0, count: 0 },
  ];
  limits.forEach((limit, index) => {
    const from = (limits[index - 1] ?? 0) + 1;
    rows.push({ label: `${from}-${limit}`, fromDays: from, toDays: limit, amount: 0, count: 0 });
  });
  const last = limits[limits.length - 1] ?? 0;
  rows.push({ label: `${last}+`, fromDays: last + 1, toDays: null, amount: 0, count: 0 });
  return rows.map((row, index) => ({ ...row, amount: amounts[index] ?? 0 }));
}

const FIVE = buckets([30, 60, 90], [10_000, 5_000, 2_000, 1_000, 500].map(toMinor));

describe("provision from parameters", () => {
  test("applies the default rate of each bucket", () => {
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF }, defaults);

    // 10,000.00 × 0.5 % + 5,000.00 × 2 % + 2,000.00 × 5 % + 1,000.00 × 12 % + 500.00 × 40 %
    expect(result.byBucket.map((row) => row.rate)).toEqual([0.005, 0.02, 0.05, 0.12, 0.4]);
    expect(result.byBucket.map((row) => row.provision)).toEqual(
      [50, 100, 100, 120, 200].map(toMinor),
    );
    expect(result.total).toBe(toMinor(570));
    expect(result.method).toBe("parameters");
    expect(result.fallback).toBe("no-history");
  });

  test("maps longer bucket sets by lower bound", () => {
    const seven = buckets([30, 60, 90, 120], []);
    expect(seven.map((bucket) => parameterRate(bucket, defaults.lossRates))).toEqual([
      0.005, 0.02, 0.05, 0.12, 0.4, 0.4,
    ]);
  });

  test("maps narrower and wider buckets by lower bound", () => {
    const narrow = buckets([15, 30, 45], []);
    const wide = buckets([60, 120], []);

    // 1-15 and 16-30 start inside 1-30; 31-45 and 46+ start inside 31-60.
    expect(narrow.map((bucket) => parameterRate(bucket, defaults.lossRates))).toEqual([
      0.005, 0.02, 0.02, 0.05, 0.05,
    ]);
    // 1-60 starts in 1-30, 61-120 in 61-90, 121+ in 90+.
    expect(wide.map((bucket) => parameterRate(bucket, defaults.lossRates))).toEqual([
      0.005, 0.02, 0.12, 0.4,
    ]);
  });

  test("multiplies rates by the forward-looking factor", () => {
    const params = provisionParamsSchema.parse({ forwardLookingFactor: 1.5 });
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF }, params);
    expect(result.byBucket.map((row) => row.provision)).toEqual(
      [75, 150, 150, 180, 300].map(toMinor),
    );
    expect(result.forwardLookingFactor).toBe(1.5);
  });

  test("caps an adjusted rate at 100 %", () => {
    const params = provisionParamsSchema.parse({ forwardLookingFactor: 3 });
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF }, params);
    expect(result.byBucket[4]?.rate).toBe(1);
  });

  test("gives credit balances no provision", () => {
    const withCredit = buckets([30, 60, 90], [-200, 1_000].map(toMinor));
    const result = computeProvision({ buckets: withCredit, asOf: AS_OF }, defaults);
    expect(result.byBucket[0]?.provision).toBe(0);
    expect(result.total).toBe(toMinor(20));
  });

  test("notes the accounting standard", () => {
    const notes = (["ifrs9", "cas22", "ases"] as const).map((standard) => {
      const result = computeProvision(
        { buckets: FIVE, asOf: AS_OF },
        provisionParamsSchema.parse({ standard }),
      );
      return [result.note, result.informativeOnly];
    });
    expect(notes).toEqual([
      ["ifrs9-simplified", false],
      ["cas22-simplified", false],
      ["ases-direct-write-off", true],
    ]);
  });
});

/**
 * A synthetic history whose month ends alternate between two aging snapshots: state A in even
 * months (June 2025 ... June 2026) and state B in odd months.
 */
const STATE_A = [100_000, 20_000, 10_000, 4_000, 1_000];
const STATE_B = [200_000, 40_000, 5_000, 4_000, 1_200];

function alternatingHistory(firstDay: Day, calls: Day[] = []) {
  return {
    firstDay,
    snapshotAt(day: Day) {
      calls.push(day);
      return partsFromDay(day).month % 2 === 0 ? STATE_A : STATE_B;
    },
  };
}

describe("provision from roll rates", () => {
  test("reproduces the hand-computed loss rates", () => {
    const calls: Day[] = [];
    const history = alternatingHistory(dayFromIso("2025-06-10")!, calls);
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, defaults);

    // 13 month ends from 2025-06-30 to 2026-06-30 give 12 transitions, 6 A→B and 6 B→A.
    // Current → 1-30:  A→B 40,000/100,000 = 0.40, B→A 20,000/200,000 = 0.10, average 0.25
    // 1-30 → 31-60:    A→B  5,000/20,000  = 0.25, B→A 10,000/40,000  = 0.25, average 0.25
    // 31-60 → 61-90:   A→B  4,000/10,000  = 0.40, B→A  4,000/5,000   = 0.80, average 0.60
    // 61-90 → 90+:     A→B  1,200/4,000   = 0.30, B→A  1,000/4,000   = 0.25, average 0.275
    // Loss rates, chained from the 100 % write-off of 90+:
    // 90+ 1; 61-90 0.275; 31-60 0.6 × 0.275 = 0.165; 1-30 0.25 × 0.165 = 0.04125;
    // Current 0.25 × 0.04125 = 0.0103125.
    expect(result.method).toBe("roll-rate");
    expect(result.monthsOfHistory).toBe(12);
    expect(calls).toHaveLength(13);
    expect(calls.every((day) => endOfMonth(day) === day)).toBe(true);
    expect(result.rollRates?.map((roll) => roll.rate)).toEqual([
      expect.closeTo(0.25, 12),
      expect.closeTo(0.25, 12),
      expect.closeTo(0.6, 12),
      expect.closeTo(0.275, 12),
    ]);
    const expected = [0.0103125, 0.04125, 0.165, 0.275, 1];
    result.byBucket.forEach((row, index) => expect(row.rate).toBeCloseTo(expected[index]!, 12));

    // Provisions: 10,000.00 × 0.0103125 = 103.125 → 103.13; 5,000.00 × 0.04125 = 206.25;
    // 2,000.00 × 0.165 = 330.00; 1,000.00 × 0.275 = 275.00; 500.00 × 1 = 500.00.
    expect(result.byBucket.map((row) => row.provision)).toEqual(
      [103.13, 206.25, 330, 275, 500].map(toMinor),
    );
    expect(result.total).toBe(toMinor(1_414.38));
  });

  test("averages only the most recent months", () => {
    const history = alternatingHistory(dayFromIso("2024-01-15")!);
    const recent = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, defaults);
    const shortWindow = provisionParamsSchema.parse({ rollRateMonths: 1 });
    const lastMonth = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, shortWindow);

    // The last transition is May (B) → June (A): Current → 1-30 rolls 20,000/200,000.
    expect(recent.rollRates?.[0]?.rate).toBeCloseTo(0.25, 12);
    expect(lastMonth.rollRates?.[0]?.rate).toBeCloseTo(0.1, 12);
  });

  test("applies the write-off rate to the last bucket", () => {
    const history = alternatingHistory(dayFromIso("2025-06-10")!);
    const params = provisionParamsSchema.parse({ writeOffRate: 0.5 });
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, params);
    expect(result.byBucket[4]?.rate).toBe(0.5);
    expect(result.byBucket[3]?.rate).toBeCloseTo(0.1375, 12);
  });

  test("falls back to parameters under 12 months", () => {
    const history = alternatingHistory(dayFromIso("2025-07-01")!);
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, defaults);
    expect(result.method).toBe("parameters");
    expect(result.fallback).toBe("short-history");
    expect(result.monthsOfHistory).toBe(11);
  });

  test("falls back when a bucket was never filled", () => {
    const history = { firstDay: dayFromIso("2025-01-01")!, snapshotAt: () => [100, 50, 0, 0, 0] };
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, defaults);
    expect(result.method).toBe("parameters");
    expect(result.fallback).toBe("empty-bucket");
  });

  test("parameters method ignores the history", () => {
    const history = alternatingHistory(dayFromIso("2025-01-01")!);
    const params = provisionParamsSchema.parse({ method: "parameters" });
    const result = computeProvision({ buckets: FIVE, asOf: AS_OF, history }, params);
    expect(result.method).toBe("parameters");
    expect(result.fallback).toBeUndefined();
  });

  test("uses the last month end before a mid-month as-of date", () => {
    const history = alternatingHistory(dayFromIso("2025-05-20")!);
    const midMonth = dayFromIso("2026-06-15")!;
    const result = computeProvision({ buckets: FIVE, asOf: midMonth, history }, defaults);
    // Month ends 2025-05-31 ... 2026-05-31: 13 of them, 12 transitions.
    expect(result.monthsOfHistory).toBe(12);
    expect(result.method).toBe("roll-rate");
  });
});
