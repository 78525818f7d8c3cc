import type { EligibilityRuleParams } from "../lender-params";
import type { FinancingItem, ItemRule } from "./types";

/**
 * Tells whether an item is past the age a lender finances, by days since invoice or days past due.
 * An item without an invoice date is judged by days past due alone.
 */
export function isTooOld(item: FinancingItem, rules: EligibilityRuleParams): boolean {
  const limits = rules["too-old"];
  const byInvoice = (item.daysSinceInvoice ?? 0) > limits.maxDaysSinceInvoice;
  const byDue = (item.daysPastDue ?? 0) > limits.maxDaysPastDue;
  return byInvoice || byDue;
}

export const tooOld: ItemRule = {
  code: "too-old",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules["too-old"].enabled,
  applies: (row, context) => isTooOld(row.item, context.params.rules),
};
