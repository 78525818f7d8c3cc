/** The `--json` document: amounts as base-currency numbers rounded to cents, dates as ISO text. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { toCents } from "../engine/money";

const round = (value: number | undefined, places: number): number | null =>
  value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(places));

export function analysisToJson(analysis: Analysis): Record<string, unknown> {
  const { aging, kpis } = analysis;
  const json: Record<string, unknown> = {
    asOf: isoFromDay(analysis.asOf),
    baseCurrency: analysis.baseCurrency,
    aging: {
      basis: aging.basis,
      buckets: aging.buckets.map((bucket) => ({
        label: bucket.label,
        fromDays: bucket.fromDays,
        toDays: bucket.toDays,
        amount: toCents(bucket.amount),
        count: bucket.count,
      })),
      unappliedCredits: toCents(aging.unappliedCredits),
      unappliedCash: toCents(aging.unappliedCash),
      total: toCents(aging.total),
      ...(aging.controlTotal === undefined
        ? {}
        : {
            controlTotal: toCents(aging.controlTotal),
            controlDifference: toCents(aging.controlDifference ?? 0),
          }),
    },
    kpis: {
      periodDays: kpis.periodDays,
      salesInPeriod: toCents(kpis.salesInPeriod),
      dso: round(kpis.dso, 2),
      dsoCountback: round(kpis.dsoCountback, 2),
      bestPossibleDso: round(kpis.bestPossibleDso, 2),
      averageDaysDelinquent: round(kpis.averageDaysDelinquent, 2),
      cei: round(kpis.cei, 2),
      overdueRatio: round(kpis.overdueRatio, 4),
      over90Ratio: round(kpis.over90Ratio, 4),
      dilution: round(kpis.dilution, 4),
    },
    customers: analysis.customers.map((customer) => ({
      id: customer.id,
      name: customer.name ?? null,
      open: toCents(customer.open),
      overdue: toCents(customer.overdue),
      over90: toCents(customer.over90),
      items: customer.itemCount,
    })),
    issues: analysis.issues,
  };
  return json;
}
