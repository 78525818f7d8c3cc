import { customerColumnMissing } from "./context";
import type { ItemRule } from "./types";

/** Receivables from public bodies, whose assignment may need their consent. Off by default. */
export const government: ItemRule = {
  code: "government",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules.government.enabled,
  missingData: (context) => customerColumnMissing(context, "government", "no-government-column"),
  applies: (row) => row.customer?.government === true,
};
