import { documentCoverage } from "./context";
import type { ItemRule } from "./types";

/** Items the contract register cannot prove: no contract, or no delivery proof. */
export const missingDocuments: ItemRule = {
  code: "missing-documents",
  kind: "item",
  scope: "receivables",
  isEnabled: (rules) => rules["missing-documents"].enabled,
  missingData: (context) => (context.data.contracts ? undefined : "no-contracts-sheet"),
  applies(row, context) {
    const needs = context.params.rules["missing-documents"];
    const coverage = documentCoverage(row.item, context);
    if (needs.requireContract && !coverage.contract) return true;
    return needs.requireDeliveryProof && !coverage.deliveryProof;
  },
};
