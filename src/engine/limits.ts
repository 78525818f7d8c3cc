/**
 * Credit limits: what the customer needs, what its balance sheet can carry, the recommended limit
 * as the smaller of the two, and the exposure measured against the limit.
 */
import type { CustomerParams, RiskClass } from "./customer-params";
import { addMonths, type Day } from "./dates";
import { ratio, toMinor, type Minor } from "./money";
import type { InvoiceRecord } from "./schema";
import type { ConvertToBase } from "./settlements";

type LimitParams = CustomerParams["limits"];

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Averages a customer's monthly credit sales (invoices, before credit notes) over the months
 * ending on the as-of date, default 12. A customer who joined within that window is averaged
 * over the months since it joined, at least one, so a new customer's need is not diluted.
 */
export function averageMonthlySales(
  invoices: readonly InvoiceRecord[],
  asOf: Day,
  customerSince: Day | undefined,
  convert: ConvertToBase,
  params: LimitParams,
): Minor {
  const windowStart = addMonths(asOf, -params.salesMonths);
  let total = 0;
  for (const invoice of invoices) {
    const date = invoice.invoiceDate ?? invoice.dueDate;
    if (invoice.type !== "invoice" || invoice.amount <= 0 || date === undefined) continue;
    if (date > windowStart && date <= asOf) total += convert(invoice.amount, invoice.currency);
  }

  let months = params.salesMonths;
  if (customerSince !== undefined && customerSince > windowStart) {
    months = Math.max(1, (asOf - customerSince) / DAYS_PER_MONTH);
  }
  return Math.round(total / months);
}

/** Computes the need: average monthly credit sales × (terms + tolerated delay) ÷ 30. */
export function creditNeed(
  monthlySales: Minor,
  termsDays: number | undefined,
  params: LimitParams,
): Minor {
  const days = (termsDays ?? params.defaultTermsDays) + params.toleratedDelayDays;
  return Math.max(0, Math.round((monthlySales * days) / 30));
}

/**
 * Computes the capacity: the class's share of tangible net worth, or of turnover when net worth
 * is unknown. Returns undefined when neither is known, and 0 for negative net worth or sales.
 * A value that is not a finite number counts as unknown.
 */
export function creditCapacity(
  riskClass: RiskClass,
  tangibleNetWorth: Minor | undefined,
  sales: Minor | undefined,
  classes: CustomerParams["classes"],
): Minor | undefined {
  const row = classes.find((entry) => entry.riskClass === riskClass)!;
  if (tangibleNetWorth !== undefined && Number.isFinite(tangibleNetWorth)) {
    return Math.max(0, Math.round(tangibleNetWorth * row.netWorthShare));
  }
  if (sales !== undefined && Number.isFinite(sales))
    return Math.max(0, Math.round(sales * row.turnoverShare));
  return undefined;
}

/**
 * Recommends min(need, capacity), or the need alone when capacity is unknown, rounded down to
 * the step (a major-unit amount, default 1,000) and never negative.
 */
export function recommendedLimit(
  need: Minor,
  capacity: Minor | undefined,
  params: LimitParams,
): Minor {
  const step = toMinor(params.step);
  const limit = Math.max(0, Math.min(need, capacity ?? need));
  return Math.floor(limit / step) * step;
}

/**
 * Computes exposure: open receivables plus open orders not yet invoiced. Negative open orders, or
 * orders that are not a finite number, count as none.
 */
export function exposureOf(openReceivables: Minor, openOrders: Minor | undefined): Minor {
  if (openOrders === undefined || !Number.isFinite(openOrders)) return openReceivables;
  return openReceivables + Math.max(0, openOrders);
}

/** Computes utilisation, exposure ÷ limit; undefined without a limit or with a limit of 0. */
export function utilisationOf(exposure: Minor, limit: Minor | undefined): number | undefined {
  if (limit === undefined || limit <= 0) return undefined;
  return ratio(exposure, limit);
}
