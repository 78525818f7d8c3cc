import type { ItemRule } from "./types";

/** Negative items and unapplied credits and cash: they never add to what can be financed. */
export const creditBalance: ItemRule = {
  code: "credit-balance",
  kind: "item",
  scope: "credits",
  isEnabled: (rules) => rules["credit-balance"].enabled,
  applies: (row) => row.item.open < 0,
};
