import type { CustomerRule } from "./types";
import { isTooOld } from "./too-old";

/**
 * Excludes all of a customer's receivables once the too-old share of its balance reaches the
 * threshold. The balance is the sum of its positive items, so credits do not inflate the share.
 * The too-old limits apply here even when the too-old rule itself is switched off.
 */
export const crossAged: CustomerRule = {
  code: "cross-aged",
  kind: "customer",
  isEnabled: (rules) => rules["cross-aged"].enabled,
  select(rows, context) {
    const rules = context.params.rules;
    let balance = 0;
    let tooOldAmount = 0;
    for (const row of rows) {
      balance += row.item.open;
      if (isTooOld(row.item, rules)) tooOldAmount += row.item.open;
    }

    if (balance <= 0 || tooOldAmount / balance < rules["cross-aged"].minTooOldShare) return [];
    return rows.map((row) => ({ row }));
  },
};
