import type { ItemRule } from "./types";

/** Documents that are not yet a final invoice: unbilled, progress billing, consignment, bill-and-hold. */
export const unbilled: ItemRule = {
  code: "unbilled",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules.unbilled.enabled,
  applies: (row, context) => context.params.rules.unbilled.types.includes(row.item.type),
};
