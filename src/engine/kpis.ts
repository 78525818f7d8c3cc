/**
 * Collection KPIs on an as-of date: DSO (standard and countback), best possible DSO, average days
 * delinquent, collection effectiveness index, overdue and 90+ ratios, dilution.
 */
import { addMonths, endOfMonth, startOfMonth, type Day } from "./dates";
import type { Minor } from "./money";
import { ratio } from "./money";
import type { KpiParams } from "./parameters";
import type { Kpis } from "./types";

/** DSO = receivables ÷ credit sales of the period × days. 15,000 on 30-day sales of 10,000 → 45. */
export function standardDso(receivables: number, sales: number, days: number): number | undefined {
  const share = ratio(receivables, sales);
  return share === undefined ? undefined : share * days;
}

/** Best possible DSO = current (not yet due) receivables ÷ credit sales × days. 4,000 on 10,000 over 30 days → 12. */
export function bestPossibleDso(current: number, sales: number, days: number): number | undefined {
  return standardDso(current, sales, days);
}

export interface MonthSales {
  sales: number;
  days: number;
}

/**
 * Countback DSO: subtracts each month's sales from the balance, latest month first, counting the
 * month's days, until the balance is used up. The last month counts its proportional share.
 * 212,000 on June 100,000 (30 days), May 80,000 (31), April 70,000 (30) → 30 + 31 + 32/70 × 30 ≈ 74.7.
 * When the months run out first, the days counted so far are returned as a lower bound; with no
 * sales in any month there is nothing to count back against and the result is undefined.
 */
export function countbackDso(
  balance: number,
  monthsLatestFirst: readonly MonthSales[],
): number | undefined {
  if (!monthsLatestFirst.some((month) => month.sales > 0)) return undefined;
  if (balance <= 0) return 0;
  let rest = balance;
  let days = 0;
  for (const month of monthsLatestFirst) {
    if (month.sales <= 0) {
      days += month.days;
      continue;
    }
    if (rest <= month.sales) return days + (rest / month.sales) * month.days;
    rest -= month.sales;
    days += month.days;
  }
  return days > 0 ? days : undefined;
}

/**
 * Collection effectiveness index over M months with S = sales ÷ M:
 * (opening + S − closing) ÷ (opening + S − closing current) × 100.
 * Opening 6,200, sales 10,890 over 3 months, closing 6,340 of which current 3,590 → 55.9.
 */
export function collectionEffectiveness(values: {
  opening: number;
  sales: number;
  months: number;
  closing: number;
  closingCurrent: number;
}): number | undefined {
  const monthly = values.sales / values.months;
  const share = ratio(
    values.opening + monthly - values.closing,
    values.opening + monthly - values.closingCurrent,
  );
  return share === undefined ? undefined : share * 100;
}

/** A dated credit-sales or credit-note amount in base minor units. */
export interface DatedAmount {
  date: Day;
  amount: Minor;
}

function sumBetween(amounts: readonly DatedAmount[], after: Day, through: Day): Minor {
  let total = 0;
  for (const entry of amounts)
    if (entry.date > after && entry.date <= through) total += entry.amount;
  return total;
}

/** Months of sales ending on the as-of date, latest first; the as-of month counts only its days so far. */
export function monthlySales(
  sales: readonly DatedAmount[],
  asOf: Day,
  months: number,
): MonthSales[] {
  const result: MonthSales[] = [];
  let end = asOf;
  for (let i = 0; i < months; i++) {
    const start = startOfMonth(end);
    result.push({ sales: sumBetween(sales, start - 1, end), days: end - start + 1 });
    end = start - 1;
  }
  return result;
}

/** Start of the CEI period: M months before the as-of date, keeping month ends at month ends. */
export function periodStart(asOf: Day, months: number): Day {
  const shifted = addMonths(asOf, -months);
  return asOf === endOfMonth(asOf) ? endOfMonth(shifted) : shifted;
}

export interface KpiInput {
  asOf: Day;
  sales: readonly DatedAmount[];
  creditNotes: readonly DatedAmount[];
  /** Net receivables on the as-of date (the aging total). */
  receivables: Minor;
  /** Open invoices before unapplied lines, the base of the overdue ratios. */
  openInvoices: Minor;
  current: Minor;
  overdue: Minor;
  over90: Minor;
  /** Net receivables at the start of the CEI period. */
  openingReceivables: Minor;
  params: KpiParams;
}

export function computeKpis(input: KpiInput): Kpis {
  const { asOf, params } = input;
  const salesInPeriod = sumBetween(input.sales, asOf - params.periodDays, asOf);
  const kpis: Kpis = { periodDays: params.periodDays, salesInPeriod };
  const set = <K extends keyof Kpis>(key: K, value: Kpis[K] | undefined): void => {
    if (value !== undefined && Number.isFinite(value)) kpis[key] = value;
  };

  set("dso", standardDso(input.receivables, salesInPeriod, params.periodDays));
  set("dsoCountback", countbackDso(input.receivables, monthlySales(input.sales, asOf, 24)));
  set("bestPossibleDso", bestPossibleDso(input.current, salesInPeriod, params.periodDays));
  if (kpis.dso !== undefined && kpis.bestPossibleDso !== undefined) {
    kpis.averageDaysDelinquent = kpis.dso - kpis.bestPossibleDso;
  }
  const start = periodStart(asOf, params.ceiMonths);
  set(
    "cei",
    collectionEffectiveness({
      opening: input.openingReceivables,
      sales: sumBetween(input.sales, start, asOf),
      months: params.ceiMonths,
      closing: input.receivables,
      closingCurrent: input.current,
    }),
  );
  set("overdueRatio", ratio(input.overdue, input.openInvoices));
  set("over90Ratio", ratio(input.over90, input.openInvoices));
  const dilutionStart = periodStart(asOf, params.dilutionMonths);
  set(
    "dilution",
    ratio(
      sumBetween(input.creditNotes, dilutionStart, asOf),
      sumBetween(input.sales, dilutionStart, asOf),
    ),
  );
  return kpis;
}
