/** Shapes shared by the financing-eligibility rules and the borrowing-base calculation. */
import type { Day } from "../dates";
import type { SourceRef } from "../issues";
import type { EligibilityRuleParams, FinancingParams } from "../lender-params";
import type { Minor } from "../money";
import type { ContractRecord, CustomerRecord, DocumentType } from "../schema";

/** Reasons an item is not financed, in the order that decides which one an exclusion is counted under. */
export const REASON_CODES = [
  "too-old",
  "cross-aged",
  "disputed",
  "related-party",
  "contra",
  "foreign-uninsured",
  "government",
  "unbilled",
  "credit-balance",
  "pledged",
  "concentration",
  "missing-documents",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Reason a rule was not applied to this input. */
export type NotAppliedReason =
  | "switched-off"
  | "no-customers-sheet"
  | "no-contracts-sheet"
  | "no-country-column"
  | "no-home-country"
  | "no-related-party-column"
  | "no-supplier-column"
  | "no-government-column";

export interface RuleNotApplied {
  rule: ReasonCode;
  reason: NotAppliedReason;
}

/** A receivable, or an unapplied credit or cash line, as the eligibility rules see it. */
export interface FinancingItem {
  ref: SourceRef;
  source: "open-item" | "unapplied-credit" | "unapplied-cash";
  customerId: string;
  customerName?: string;
  /** Invoice number, or the document reference of an unapplied line. */
  invoiceNo: string;
  installment?: string;
  type: DocumentType;
  invoiceDate?: Day;
  dueDate?: Day;
  /** Open amount in base-currency minor units, negative for credits. */
  open: Minor;
  daysPastDue?: number;
  daysSinceInvoice?: number;
  disputed: boolean;
  pledged: boolean;
  contractNo?: string;
}

/** Whether the contract register proves an item: its contract exists and records delivery. */
export interface DocumentCoverage {
  contract: boolean;
  deliveryProof: boolean;
}

/** One item while the rules run: the reasons found so far and how much of it they exclude. */
export interface EligibilityRow {
  item: FinancingItem;
  customer?: CustomerRecord;
  reasons: Set<ReasonCode>;
  /** Set when a rule excludes the whole item. */
  excludesWhole: boolean;
  /** Amount excluded by rules that take only part of the item (contra); the rest stays eligible. */
  partialExclusion: Minor;
}

/** Data the workbook provides. A sheet that is undefined was absent. */
export interface RuleData {
  customers?: readonly CustomerRecord[];
  contracts?: readonly ContractRecord[];
  contractsByNo: Map<string, ContractRecord>;
  contractsByCustomer: Map<string, ContractRecord[]>;
}

export interface RuleContext {
  params: FinancingParams;
  data: RuleData;
}

interface RuleBase<Code extends ReasonCode> {
  code: Code;
  isEnabled(rules: EligibilityRuleParams): boolean;
  /** Reason the input cannot support the rule, or undefined when it can. */
  missingData?(context: RuleContext): NotAppliedReason | undefined;
}

/** A rule that looks at one item at a time. Credits are seen only by rules scoped to them. */
export interface ItemRule extends RuleBase<ReasonCode> {
  kind: "item";
  scope: "receivables" | "credits";
  applies(row: EligibilityRow, context: RuleContext): boolean;
}

/** Part of an item that a customer rule excludes; without an amount, the whole item. */
export interface CustomerRuleHit {
  row: EligibilityRow;
  amount?: Minor;
}

/** A rule that looks at all of one customer's receivables after the item rules have run. */
export interface CustomerRule extends RuleBase<ReasonCode> {
  kind: "customer";
  select(rows: readonly EligibilityRow[], context: RuleContext): CustomerRuleHit[];
}

/** The concentration limit, which runs on the eligible balances once every other rule has. */
export interface PortfolioRule extends RuleBase<"concentration"> {
  kind: "portfolio";
}

export type EligibilityRule = ItemRule | CustomerRule | PortfolioRule;
