import { customerColumnMissing } from "./context";
import type { ItemRule } from "./types";

export const relatedParty: ItemRule = {
  code: "related-party",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules["related-party"].enabled,
  missingData: (context) =>
    customerColumnMissing(context, "relatedParty", "no-related-party-column"),
  applies: (row) => row.customer?.relatedParty === true,
};
