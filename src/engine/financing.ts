/**
 * Financing eligibility and the borrowing base: which open items a lender would finance, why the
 * others are left out, and how much it would advance against them. Amounts are base-currency
 * minor units.
 */
import { computeBorrowingBase, type BorrowingBase } from "./financing/borrowing-base";
import { concentrationExcess, type CustomerConcentration } from "./financing/concentration";
import {
  applyCustomerRules,
  applyItemRules,
  buildRows,
  partitionRules,
  type ActiveRule,
} from "./financing/apply";
import { buildRuleContext } from "./financing/context";
import { excludedAmount } from "./financing/items";
import { sortReasons } from "./financing/rules";
import type { EligibilityRow, FinancingItem, ReasonCode, RuleNotApplied } from "./financing/types";
import { DEFAULT_LENDER_PARAMS, type FinancingParams } from "./lender-params";
import { sumMinor, type Minor } from "./money";
import type { ContractRecord, CustomerRecord } from "./schema";
import type { OpenItem, UnappliedLine } from "./types";

export type { ReasonCode, RuleNotApplied, FinancingItem } from "./financing/types";
export type { CustomerConcentration } from "./financing/concentration";
export { REASON_CODES } from "./financing/types";

export interface FinancingInput {
  /** Open items on the as-of date, from the aging. */
  items: readonly OpenItem[];
  /** Unapplied credits and cash; they join the gross balance and are excluded as credit balances. */
  unapplied?: readonly UnappliedLine[];
  /** The Customers sheet, or undefined when the workbook has none. */
  customers?: readonly CustomerRecord[];
  /** The Contracts sheet, or undefined when the workbook has none. */
  contracts?: readonly ContractRecord[];
  /** Credit notes ÷ gross invoicing over the last 3 months, 0-1; undefined when unknown. */
  dilution?: number;
}

export interface ExclusionLine {
  reason: ReasonCode;
  amount: Minor;
  /** Items counted under this reason, which is the first of their reasons. */
  count: number;
}

export interface FinancingItemResult extends FinancingItem {
  /** Part of the open amount that counts as eligible (before the concentration limit). */
  eligible: Minor;
  excluded: Minor;
  /** Every reason that applies, in reason order. Shared between items: replace it, never change it. */
  reasons: readonly ReasonCode[];
}

export interface FinancingResult extends BorrowingBase {
  gross: Minor;
  eligible: Minor;
  exclusions: ExclusionLine[];
  concentrationExcess: Minor;
  concentrationByCustomer: CustomerConcentration[];
  dilution?: number;
  rulesNotApplied: RuleNotApplied[];
  items: FinancingItemResult[];
}

/**
 * Applies the eligibility rules to every open item and computes the borrowing base. An item
 * excluded for several reasons is counted once, under its first reason. The concentration excess
 * is not an exclusion of items but a deduction per customer, so exclusions + eligible = gross.
 * A dilution that is not a finite number is treated as unknown, which costs no reserve.
 */
export function assessFinancing(
  input: FinancingInput,
  params: FinancingParams = DEFAULT_LENDER_PARAMS.financing,
): FinancingResult {
  const context = buildRuleContext(params, input.customers, input.contracts);
  const { active, rulesNotApplied } = partitionRules(context);
  const rows = buildRows(input.items, input.unapplied, input.customers);

  applyItemRules(rows, active, context);
  applyCustomerRules(rows, active, context);
  const items = rows.map(finishRow);

  const concentration = active.some((rule) => rule.kind === "portfolio")
    ? concentrationExcess(eligibleByCustomer(items), params.rules.concentration.maxShare)
    : [];
  markConcentration(items, concentration);

  const eligible = sumMinor(items.map((item) => item.eligible));
  const excess = sumMinor(concentration.map((row) => row.excess));
  const dilution = Number.isFinite(input.dilution) ? input.dilution : undefined;
  const base = computeBorrowingBase(
    eligible,
    excess,
    params.advanceRate,
    dilution,
    params.dilutionAllowance,
  );
  const result: FinancingResult = {
    gross: sumMinor(items.map((item) => item.open)),
    eligible,
    exclusions: exclusionLines(items, active),
    concentrationExcess: excess,
    concentrationByCustomer: concentration,
    ...base,
    rulesNotApplied,
    items,
  };
  if (dilution !== undefined) result.dilution = dilution;
  return result;
}

/**
 * Builds the result field by field rather than by spreading the item. In Node 20 a spread copy
 * of an object with this many fields took about three times the memory, which adds up over a
 * million items.
 */
function finishRow(row: EligibilityRow): FinancingItemResult {
  const item = row.item;
  const excluded = excludedAmount(row);
  const result: FinancingItemResult = {
    ref: item.ref,
    source: item.source,
    customerId: item.customerId,
    invoiceNo: item.invoiceNo,
    type: item.type,
    open: item.open,
    disputed: item.disputed,
    pledged: item.pledged,
    eligible: item.open - excluded,
    excluded,
    reasons: sharedReasons(row.reasons),
  };
  if (item.customerName !== undefined) result.customerName = item.customerName;
  if (item.installment !== undefined) result.installment = item.installment;
  if (item.invoiceDate !== undefined) result.invoiceDate = item.invoiceDate;
  if (item.dueDate !== undefined) result.dueDate = item.dueDate;
  if (item.daysPastDue !== undefined) result.daysPastDue = item.daysPastDue;
  if (item.daysSinceInvoice !== undefined) result.daysSinceInvoice = item.daysSinceInvoice;
  if (item.contractNo !== undefined) result.contractNo = item.contractNo;
  return result;
}

/**
 * Items share one frozen list per combination of reasons, since a handful of combinations covers
 * every item. The lists are never changed in place, so `markConcentration` swaps in another one.
 */
const reasonLists = new Map<string, readonly ReasonCode[]>();

function sharedReasons(reasons: Iterable<ReasonCode>): readonly ReasonCode[] {
  const sorted = sortReasons(reasons);
  const key = sorted.join(",");
  let list = reasonLists.get(key);
  if (!list) {
    list = Object.freeze(sorted);
    reasonLists.set(key, list);
  }
  return list;
}

function eligibleByCustomer(items: readonly FinancingItemResult[]) {
  const totals = new Map<string, { eligible: Minor; customerName?: string }>();
  for (const item of items) {
    const entry = totals.get(item.customerId) ?? { eligible: 0 };
    entry.eligible += item.eligible;
    if (entry.customerName === undefined && item.customerName !== undefined) {
      entry.customerName = item.customerName;
    }
    totals.set(item.customerId, entry);
  }
  return totals;
}

/** Lists the concentration reason on the eligible items of customers above the limit. */
function markConcentration(
  items: FinancingItemResult[],
  concentration: readonly CustomerConcentration[],
) {
  const concentrated = new Set(concentration.map((row) => row.customerId));
  for (const item of items) {
    if (item.eligible <= 0 || !concentrated.has(item.customerId)) continue;
    item.reasons = sharedReasons([...item.reasons, "concentration"]);
  }
}

/** Counts each excluded item once, under its first reason, with the whole amount it excludes. */
function exclusionLines(items: readonly FinancingItemResult[], active: ActiveRule[]) {
  const lines = active
    .filter((rule) => rule.kind !== "portfolio")
    .map((rule): ExclusionLine => ({ reason: rule.code, amount: 0, count: 0 }));
  const byReason = new Map(lines.map((line) => [line.reason, line]));
  for (const item of items) {
    const first = item.reasons.find((reason) => reason !== "concentration");
    const line = first === undefined ? undefined : byReason.get(first);
    if (!line) continue;
    line.amount += item.excluded;
    line.count += 1;
  }
  return lines;
}
