/**
 * Roll-rate analysis: how much of each aging bucket moves into the next bucket a month later,
 * measured on month-end snapshots and chained into a loss rate per bucket.
 */
import { endOfMonth, startOfMonth, type Day } from "./dates";
import type { Minor } from "./money";

/** Past aging, rebuilt from the invoice and payment history by the aging engine. */
export interface AgingHistory {
  /** Open amount per bucket at the end of `day`, in the order of the current aging buckets. */
  snapshotAt(day: Day): Minor[];
  /** Earliest invoice date in the history. */
  firstDay: Day;
}

/** Lists the month ends from the month of `firstDay` up to the as-of date, both included. */
export function monthEnds(firstDay: Day, asOf: Day): Day[] {
  const last = endOfMonth(asOf) === asOf ? asOf : startOfMonth(asOf) - 1;
  const days: Day[] = [];
  for (let day = endOfMonth(firstDay); day <= last; day = endOfMonth(day + 1)) days.push(day);
  return days;
}

/**
 * Averages the monthly roll rates of consecutive snapshots: for bucket i, the amount in bucket
 * i + 1 at one month end divided by the amount in bucket i at the month end before. Months in
 * which bucket i was empty (or a credit balance) are left out of its average. A bucket that was
 * never filled has no roll rate (undefined). The last bucket rolls into write-off, not here.
 * NOTE: month ends are 28 to 31 days apart while buckets are 30 days wide, so a few items skip or
 * repeat a bucket each month; the averages absorb this as lenders' roll-rate tables do.
 */
export function averageRollRates(snapshots: readonly (readonly Minor[])[]): (number | undefined)[] {
  const bucketCount = snapshots[0]?.length ?? 0;
  const rates: (number | undefined)[] = [];
  for (let bucket = 0; bucket < bucketCount - 1; bucket++) {
    const monthly: number[] = [];
    for (let month = 0; month + 1 < snapshots.length; month++) {
      const from = snapshots[month]?.[bucket] ?? 0;
      const to = snapshots[month + 1]?.[bucket + 1] ?? 0;
      if (from > 0) monthly.push(Math.max(0, to) / from);
    }
    rates.push(monthly.length === 0 ? undefined : average(monthly));
  }
  return rates;
}

/**
 * Chains roll rates into loss rates: a bucket's loss rate is the product of the roll rates from
 * it to the last bucket, times the last bucket's write-off rate.
 * Example: rolls 20 %, 25 %, 40 %, 50 % and write-off 100 % give 1 %, 5 %, 20 %, 50 %, 100 %.
 */
export function chainLossRates(rollRates: readonly number[], writeOffRate: number): number[] {
  const lossRates = new Array<number>(rollRates.length + 1);
  lossRates[rollRates.length] = writeOffRate;
  for (let bucket = rollRates.length - 1; bucket >= 0; bucket--) {
    lossRates[bucket] = (rollRates[bucket] ?? 0) * (lossRates[bucket + 1] ?? 0);
  }
  return lossRates;
}

function average(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
