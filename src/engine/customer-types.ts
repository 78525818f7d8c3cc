/** Results of the customer-credit analysis, in base-currency minor units and `Day`s. */
import type { RiskClass } from "./customer-params";
import type { Day } from "./dates";
import type { Issue, SourceRef } from "./issues";
import type { Minor } from "./money";

export type { RiskClass };

export const CUSTOMER_FLAGS = [
  "over-limit",
  "overdue",
  "overdue-90",
  "review-due",
  "incomplete-file",
  "insufficient-history",
  "not-in-customer-list",
  "approval-exceeds-authority",
  "approved-by-account-owner",
] as const;
export type CustomerFlag = (typeof CUSTOMER_FLAGS)[number];

export type PaymentTrend = "improving" | "stable" | "worsening";

export const CREDIT_FILE_ITEMS = [
  "registration",
  "financial-statements",
  "credit-report",
  "signed-terms",
  "guarantee-or-insurance",
] as const;
export type CreditFileItem = (typeof CREDIT_FILE_ITEMS)[number];

export interface CreditFileCheck {
  complete: boolean;
  missing: CreditFileItem[];
}

export interface ScoreParts {
  payment: number;
  relationship: number;
  financial: number;
  external: number;
}

export interface CustomerResult {
  id: string;
  name?: string;
  open: Minor;
  overdue: Minor;
  over90: Minor;
  /** Open receivables plus open orders not yet invoiced. */
  exposure: Minor;
  creditLimit?: Minor;
  /** Exposure divided by the credit limit; undefined without a limit or with a limit of 0. */
  utilization?: number;
  /** Amount-weighted payment points, 0-100, rounded to 1 decimal; undefined with too few invoices. */
  paymentIndex?: number;
  settledInvoices: number;
  trend?: PaymentTrend;
  scoreParts: ScoreParts;
  score: number;
  riskClass: RiskClass;
  lastReview?: Day;
  nextReview: Day;
  recommendedLimit: Minor;
  need: Minor;
  /** Share of net worth or turnover; undefined when the customer file gives neither. */
  capacity?: Minor;
  flags: CustomerFlag[];
  creditHold: { suggested: boolean; reasons: CustomerFlag[] };
  creditFile: CreditFileCheck;
}

export interface UncoveredItem {
  ref: SourceRef;
  customerId: string;
  invoiceNo: string;
  installment?: string;
  open: Minor;
  /** Missing documents, shared between items: replace the list, never change it. */
  missing: readonly ("contract" | "delivery-proof")[];
}

export interface ContractCoverage {
  /** Share of open items, by count, linked to a contract that has delivery proof. */
  byCount?: number;
  /** The same share weighted by open amount. */
  byAmount?: number;
  uncovered: UncoveredItem[];
}

export interface CustomerPortfolio {
  customers: CustomerResult[];
  /** Customers with a complete credit file ÷ all customers (indicator A5). */
  completeFileShare?: number;
  /** Active customers reviewed within their class's period ÷ active customers (indicator B1). */
  ratedWithinReviewShare?: number;
  /** Σ min(exposure, limit) ÷ Σ exposure (B2). A customer without a limit adds 0 to the numerator. */
  exposureWithinLimitShare?: number;
  /** Open items with a contract and delivery proof (indicator B3). */
  contractCoverage: ContractCoverage;
  issues: Issue[];
}
