/**
 * Payment behaviour: points per settled invoice from its days beyond terms (DBT), the customer's
 * amount-weighted payment index and its trend.
 */
import type { CustomerParams } from "./customer-params";
import type { PaymentTrend } from "./customer-types";
import { addMonths, type Day } from "./dates";
import type { Minor } from "./money";

export { settlementsFromHistory, type ConvertToBase, type SettlementOptions } from "./settlements";

/** An invoice (or installment) paid in full, or an open overdue one counted as settled on the as-of date. */
export interface Settlement {
  customerId: string;
  invoiceNo: string;
  installment?: string;
  dueDate: Day;
  settledOn: Day;
  /** Original amount in base-currency minor units. */
  amount: Minor;
  /** True when the invoice is still open and counts as settled on the as-of date. */
  stillOpen: boolean;
}

export type PointsTable = CustomerParams["payment"]["points"];

/**
 * Returns the points for a number of days beyond terms, interpolating linearly between the rows
 * and holding the first and last row's points beyond the table. With the default table, 5 days
 * late lies between 0 → 80 and 15 → 70, so it earns 80 − 5/15 × 10 ≈ 76.7.
 */
export function pointsForDbt(dbt: number, table: PointsTable): number {
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (dbt <= first.dbt) return first.points;
  if (dbt >= last.dbt) return last.points;

  const upper = table.findIndex((row) => row.dbt >= dbt);
  const high = table[upper]!;
  const low = table[upper - 1]!;
  return low.points + ((dbt - low.dbt) / (high.dbt - low.dbt)) * (high.points - low.points);
}

/** Returns the amount-weighted average points, or undefined when no settlement has a positive amount. */
function weightedPoints(
  settlements: readonly Settlement[],
  table: PointsTable,
): number | undefined {
  let weighted = 0;
  let total = 0;
  for (const settlement of settlements) {
    if (settlement.amount <= 0) continue;
    weighted += pointsForDbt(settlement.settledOn - settlement.dueDate, table) * settlement.amount;
    total += settlement.amount;
  }
  return total > 0 ? weighted / total : undefined;
}

export interface PaymentIndex {
  /** 0-100; undefined when the history is insufficient. */
  index?: number;
  count: number;
  insufficientHistory: boolean;
}

/** Computes a customer's payment index from its settlements; fewer than the minimum is insufficient history. */
export function paymentIndex(
  settlements: readonly Settlement[],
  params: CustomerParams["payment"],
): PaymentIndex {
  const counted = settlements.filter((settlement) => settlement.amount > 0);
  const count = counted.length;
  if (count < params.minSettledInvoices) return { count, insufficientHistory: true };

  const index = weightedPoints(counted, params.points);
  if (index === undefined) return { count, insufficientHistory: true };
  return { index, count, insufficientHistory: false };
}

/**
 * Compares the index of settlements in the recent window (default the last 3 months up to the
 * as-of date) with the window before it (default the 9 months before that). Returns undefined
 * when either window has fewer settlements than the parameter requires.
 */
export function paymentTrend(
  settlements: readonly Settlement[],
  asOf: Day,
  params: CustomerParams["payment"],
): PaymentTrend | undefined {
  const recentStart = addMonths(asOf, -params.trendRecentMonths);
  const earlierStart = addMonths(recentStart, -params.trendEarlierMonths);
  const recent = settlements.filter((s) => s.settledOn > recentStart && s.settledOn <= asOf);
  const earlier = settlements.filter(
    (s) => s.settledOn > earlierStart && s.settledOn <= recentStart,
  );
  if (recent.length < params.trendMinInvoicesPerWindow) return undefined;
  if (earlier.length < params.trendMinInvoicesPerWindow) return undefined;

  const recentIndex = weightedPoints(recent, params.points);
  const earlierIndex = weightedPoints(earlier, params.points);
  if (recentIndex === undefined || earlierIndex === undefined) return undefined;

  const change = recentIndex - earlierIndex;
  if (change >= params.trendThreshold) return "improving";
  if (change <= -params.trendThreshold) return "worsening";
  return "stable";
}
