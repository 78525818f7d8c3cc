import type { ItemRule } from "./types";

export const disputed: ItemRule = {
  code: "disputed",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules.disputed.enabled,
  applies: (row) => row.item.disputed,
};
