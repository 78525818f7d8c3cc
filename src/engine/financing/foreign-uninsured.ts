import { customerColumnMissing } from "./context";
import type { ItemRule } from "./types";

/**
 * Receivables from customers in another country without credit insurance. Countries compare
 * trimmed and case-insensitively. A customer with no country is not judged foreign.
 */
export const foreignUninsured: ItemRule = {
  code: "foreign-uninsured",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules["foreign-uninsured"].enabled,
  missingData(context) {
    const missing = customerColumnMissing(context, "country", "no-country-column");
    if (missing) return missing;
    return context.params.homeCountry === undefined ? "no-home-country" : undefined;
  },
  applies(row, context) {
    const country = row.customer?.country?.trim().toUpperCase();
    const home = context.params.homeCountry?.trim().toUpperCase();
    if (!country || !home || country === home) return false;
    return row.customer?.insured !== true;
  },
};
