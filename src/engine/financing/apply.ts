/** Runs the eligibility rules over the items: item rules first, then customer rules in table order. */
import type { CustomerRecord } from "../schema";
import type { OpenItem, UnappliedLine } from "../types";
import { itemFromOpenItem, itemFromUnapplied, newRow } from "./items";
import { ELIGIBILITY_RULES } from "./rules";
import type { CustomerRule, EligibilityRow, ItemRule, RuleContext, RuleNotApplied } from "./types";

export type ActiveRule = (typeof ELIGIBILITY_RULES)[number];

export function partitionRules(context: RuleContext) {
  const active: ActiveRule[] = [];
  const rulesNotApplied: RuleNotApplied[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    const reason = rule.isEnabled(context.params.rules)
      ? rule.missingData?.(context)
      : "switched-off";
    if (reason) rulesNotApplied.push({ rule: rule.code, reason });
    else active.push(rule);
  }
  return { active, rulesNotApplied };
}

export function buildRows(
  openItems: readonly OpenItem[],
  unapplied: readonly UnappliedLine[] | undefined,
  customers: readonly CustomerRecord[] | undefined,
): EligibilityRow[] {
  // NOTE: an item whose customer is not on the Customers sheet passes the customer rules
  // (related party, contra, foreign, government) unchecked.
  const byId = new Map((customers ?? []).map((customer) => [customer.id, customer]));
  const items = [...openItems.map(itemFromOpenItem), ...(unapplied ?? []).map(itemFromUnapplied)];
  return items.map((item) => newRow(item, byId.get(item.customerId)));
}

export function applyItemRules(rows: EligibilityRow[], active: ActiveRule[], context: RuleContext) {
  const itemRules = active.filter((rule): rule is ItemRule => rule.kind === "item");
  for (const row of rows) {
    const scope = scopeOf(row);
    for (const rule of itemRules) {
      if (rule.scope !== scope || !rule.applies(row, context)) continue;
      row.reasons.add(rule.code);
      row.excludesWhole = true;
    }
  }
}

function scopeOf(row: EligibilityRow): ItemRule["scope"] | undefined {
  if (row.item.open > 0) return "receivables";
  if (row.item.open < 0) return "credits";
  return undefined;
}

/** Runs the customer rules in table order on each customer's receivables. */
export function applyCustomerRules(
  rows: EligibilityRow[],
  active: ActiveRule[],
  context: RuleContext,
) {
  const byCustomer = new Map<string, EligibilityRow[]>();
  for (const row of rows) {
    if (row.item.open <= 0) continue;
    const list = byCustomer.get(row.item.customerId) ?? [];
    list.push(row);
    byCustomer.set(row.item.customerId, list);
  }

  const customerRules = active.filter((rule): rule is CustomerRule => rule.kind === "customer");
  for (const rule of customerRules) {
    for (const customerRows of byCustomer.values()) {
      for (const hit of rule.select(customerRows, context)) {
        hit.row.reasons.add(rule.code);
        if (hit.amount === undefined) hit.row.excludesWhole = true;
        else hit.row.partialExclusion += hit.amount;
      }
    }
  }
}
