import type { Minor } from "../money";
import type { PortfolioRule } from "./types";

export const concentration: PortfolioRule = {
  code: "concentration",
  kind: "portfolio",
  isEnabled: (rules) => rules.concentration.enabled,
};

export interface CustomerConcentration {
  customerId: string;
  customerName?: string;
  eligible: Minor;
  /** Share of the total eligible balance, 0-1. */
  share: number;
  /** Eligible balance above the limit, which the borrowing base leaves out. */
  excess: Minor;
}

/**
 * Computes each customer's eligible balance above `maxShare` of the total eligible balance,
 * rounded to the minor unit. Customers with no excess are left out; the list is sorted by excess.
 * Example: eligible 600 of a total 1,000 with a 20 % limit leaves an excess of 400.
 */
export function concentrationExcess(
  eligibleByCustomer: ReadonlyMap<string, { eligible: Minor; customerName?: string }>,
  maxShare: number,
): CustomerConcentration[] {
  let total = 0;
  for (const { eligible } of eligibleByCustomer.values()) total += eligible;
  if (total <= 0) return [];

  const limit = total * maxShare;
  const result: CustomerConcentration[] = [];
  for (const [customerId, { eligible, customerName }] of eligibleByCustomer) {
    const excess = Math.max(0, eligible - Math.round(limit));
    if (excess === 0) continue;
    const row: CustomerConcentration = { customerId, eligible, share: eligible / total, excess };
    if (customerName !== undefined) row.customerName = customerName;
    result.push(row);
  }
  return result.sort((a, b) => b.excess - a.excess || a.customerId.localeCompare(b.customerId));
}
