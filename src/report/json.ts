/** The `--json` document: amounts as base-currency numbers rounded to cents, dates as ISO text. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { fromMinor } from "../engine/money";

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
        amount: fromMinor(bucket.amount),
        count: bucket.count,
      })),
      unappliedCredits: fromMinor(aging.unappliedCredits),
      unappliedCash: fromMinor(aging.unappliedCash),
      total: fromMinor(aging.total),
      ...(aging.controlTotal === undefined
        ? {}
        : {
            controlTotal: fromMinor(aging.controlTotal),
            controlDifference: fromMinor(aging.controlDifference ?? 0),
          }),
    },
    kpis: {
      periodDays: kpis.periodDays,
      salesInPeriod: fromMinor(kpis.salesInPeriod),
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
      open: fromMinor(customer.open),
      overdue: fromMinor(customer.overdue),
      over90: fromMinor(customer.over90),
      items: customer.itemCount,
    })),
    issues: analysis.issues,
  };
  return json;
}
