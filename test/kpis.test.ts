import { analyze } from "../src/engine/analyze";
import { dayFromIso, type Day } from "../src/engine/dates";
import {
  bestPossibleDso,
  collectionEffectiveness,
  computeKpis,
  countbackDso,
  monthlySales,
  standardDso,
  type DatedAmount,
  type KpiInput,
} from "../src/engine/kpis";
import { toMinor } from "../src/engine/money";
import { kpiParamsSchema } from "../src/engine/parameters";
import { emptyRecords } from "../src/engine/schema";
import { messagesFor } from "../src/i18n/messages";
import { analysisToJson } from "../src/report/json";

const AS_OF = dayFromIso("2026-06-30") as Day;
const day = (iso: string): Day => dayFromIso(iso) as Day;
const sale = (iso: string, amount: number): DatedAmount => ({
  date: day(iso),
  amount: toMinor(amount),
});

function kpis(fields: Omit<Partial<KpiInput>, "params"> & { params?: Record<string, unknown> }) {
  const { params, ...rest } = fields;
  return computeKpis({
    asOf: AS_OF,
    sales: [],
    creditNotes: [],
    receivables: 0,
    openInvoices: 0,
    current: 0,
    overdue: 0,
    over90: 0,
    openingReceivables: 0,
    ...rest,
    params: kpiParamsSchema.parse(params ?? {}),
  });
}

describe("DSO", () => {
  test("receivables 15,000 on 30-day sales of 10,000 give DSO 45", () => {
    expect(standardDso(15_000, 10_000, 30)).toBe(45);
  });

  test("current 4,000 on 30-day sales of 10,000 give best possible DSO 12", () => {
    expect(bestPossibleDso(4_000, 10_000, 30)).toBe(12);
  });

  test("average days delinquent is DSO less best possible DSO: 33", () => {
    const result = kpis({
      params: { periodDays: 30 },
      sales: [sale("2026-06-10", 6_000), sale("2026-06-25", 4_000), sale("2026-05-31", 99_000)],
      receivables: toMinor(15_000),
      openInvoices: toMinor(15_000),
      current: toMinor(4_000),
      overdue: toMinor(11_000),
    });
    expect(result.salesInPeriod).toBe(toMinor(10_000));
    expect(result.dso).toBeCloseTo(45, 10);
    expect(result.bestPossibleDso).toBeCloseTo(12, 10);
    expect(result.averageDaysDelinquent).toBeCloseTo(33, 10);
  });

  test("counts sales of the period ending on the as-of date, not before its first day", () => {
    const result = kpis({
      params: { periodDays: 30 },
      sales: [
        sale("2026-05-31", 100),
        sale("2026-06-01", 200),
        sale("2026-06-30", 400),
        sale("2026-07-01", 800),
      ],
    });
    expect(result.salesInPeriod).toBe(toMinor(600));
  });
});

describe("countback DSO", () => {
  test("212,000 on June 100,000, May 80,000, April 70,000 gives 74.7 days", () => {
    const months = [
      { sales: 100_000, days: 30 },
      { sales: 80_000, days: 31 },
      { sales: 70_000, days: 30 },
    ];
    expect(countbackDso(212_000, months)).toBeCloseTo(74.714, 3);
  });

  test("the same balance with 30-day months gives 73.7 days", () => {
    const months = [
      { sales: 100_000, days: 30 },
      { sales: 80_000, days: 30 },
      { sales: 70_000, days: 30 },
    ];
    expect(countbackDso(212_000, months)).toBeCloseTo(73.714, 3);
  });

  test("splits sales into calendar months ending on the as-of date", () => {
    const months = monthlySales(
      [sale("2026-06-15", 100_000), sale("2026-05-02", 80_000), sale("2026-04-30", 70_000)],
      AS_OF,
      3,
    );
    expect(months).toEqual([
      { sales: toMinor(100_000), days: 30 },
      { sales: toMinor(80_000), days: 31 },
      { sales: toMinor(70_000), days: 30 },
    ]);
  });

  test("computes the worked example from dated sales", () => {
    const result = kpis({
      sales: [sale("2026-06-15", 100_000), sale("2026-05-02", 80_000), sale("2026-04-30", 70_000)],
      receivables: toMinor(212_000),
    });
    expect(result.dsoCountback).toBeCloseTo(74.714, 3);
  });

  test("counts only the days so far in a month the as-of date falls in", () => {
    const months = monthlySales([sale("2026-06-10", 1_000)], day("2026-06-15"), 1);
    expect(months).toEqual([{ sales: toMinor(1_000), days: 15 }]);
  });
});

describe("collection effectiveness index", () => {
  test("opening 6,200, sales 10,890, closing 6,340, current 3,590 give 55.9", () => {
    const cei = collectionEffectiveness({
      opening: 6_200,
      sales: 10_890,
      months: 3,
      closing: 6_340,
      closingCurrent: 3_590,
    });
    expect(cei).toBeCloseTo(55.93, 2);
  });

  test("takes sales of the three months after the opening date", () => {
    const result = kpis({
      sales: [
        sale("2026-03-31", 50_000),
        sale("2026-04-01", 3_000),
        sale("2026-05-15", 4_000),
        sale("2026-06-30", 3_890),
      ],
      openingReceivables: toMinor(6_200),
      receivables: toMinor(6_340),
      current: toMinor(3_590),
    });
    expect(result.cei).toBeCloseTo(55.93, 2);
  });
});

describe("ratios", () => {
  test("dilution is credit notes over invoicing of the last three months", () => {
    const result = kpis({
      sales: [sale("2026-04-10", 6_000), sale("2026-06-10", 4_000), sale("2026-02-10", 50_000)],
      creditNotes: [sale("2026-05-10", 500), sale("2026-03-01", 9_000)],
    });
    expect(result.dilution).toBeCloseTo(0.05, 10);
  });

  test("overdue and 90+ ratios divide by open invoices", () => {
    const result = kpis({
      openInvoices: toMinor(1_000),
      receivables: toMinor(900),
      overdue: toMinor(180),
      over90: toMinor(50),
    });
    expect(result.overdueRatio).toBeCloseTo(0.18, 10);
    expect(result.over90Ratio).toBeCloseTo(0.05, 10);
  });
});

describe("no sales", () => {
  test("leaves sales-based KPIs absent rather than NaN or Infinity", () => {
    const result = kpis({
      receivables: toMinor(1_000),
      openInvoices: toMinor(1_000),
      current: toMinor(400),
    });
    expect(result.salesInPeriod).toBe(0);
    expect(result.dso).toBeUndefined();
    expect(result.dsoCountback).toBeUndefined();
    expect(result.bestPossibleDso).toBeUndefined();
    expect(result.averageDaysDelinquent).toBeUndefined();
    expect(result.dilution).toBeUndefined();
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
  });

  test("leaves every ratio absent for an empty ledger and writes null in JSON", () => {
    const analysis = analyze(emptyRecords(), { asOf: AS_OF, messages: messagesFor("en-US") });
    for (const value of Object.values(analysis.kpis)) expect(Number.isFinite(value)).toBe(true);
    const json = analysisToJson(analysis) as { kpis: Record<string, unknown> };
    expect(json.kpis.dso).toBeNull();
    expect(json.kpis.cei).toBeNull();
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });
});
