import type { CustomerRecord } from "../schema";
import type { CustomerRule, CustomerRuleHit, EligibilityRow, RuleContext } from "./types";

/**
 * Excludes the part of a customer's receivables that its payable could be set off against.
 *
 * Split: the payable goes to the customer's items that no other rule excludes, oldest due date
 * first (then by invoice number), each item taking up to its open amount, until the payable is
 * used up. An item the payable only partly covers keeps the rest eligible. Items another rule
 * already excludes take none of it, because the lender has already left them out, so the
 * contra line shows exactly how much the set-off lowers the eligible balance.
 * A supplier whose payable is not given is assumed to offset its whole balance.
 */
export const contra: CustomerRule = {
  code: "contra",
  kind: "customer",
  isEnabled: (rules) => rules.contra.enabled,
  missingData: supplierDataMissing,
  select(rows) {
    const customer = rows[0]?.customer;
    let payable = customer ? offsettingPayable(customer) : 0;
    const hits: CustomerRuleHit[] = [];
    for (const row of rows.filter(isOtherwiseEligible).sort(byDueDate)) {
      if (payable <= 0) break;
      const amount = Math.min(payable, row.item.open);
      hits.push({ row, amount });
      payable -= amount;
    }
    return hits;
  },
};

/** Returns the payable in minor units. NOTE: it is taken as already in the base currency. */
function offsettingPayable(customer: CustomerRecord): number {
  if (customer.payable !== undefined) return Math.max(0, customer.payable);
  return customer.supplier === true ? Number.POSITIVE_INFINITY : 0;
}

function isOtherwiseEligible(row: EligibilityRow): boolean {
  return row.reasons.size === 0 && row.item.open > 0;
}

function byDueDate(a: EligibilityRow, b: EligibilityRow): number {
  const dueA = a.item.dueDate ?? Number.POSITIVE_INFINITY;
  const dueB = b.item.dueDate ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA - dueB;
  return a.item.invoiceNo.localeCompare(b.item.invoiceNo);
}

function supplierDataMissing(context: RuleContext) {
  const customers = context.data.customers;
  if (!customers) return "no-customers-sheet" as const;
  const known = customers.some((c) => c.supplier !== undefined || c.payable !== undefined);
  return known ? undefined : ("no-supplier-column" as const);
}
