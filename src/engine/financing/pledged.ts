import type { ItemRule } from "./types";

/** Items already pledged to or sold to another financier. */
export const pledged: ItemRule = {
  code: "pledged",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules.pledged.enabled,
  applies: (row) => row.item.pledged,
};
