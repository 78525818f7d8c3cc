/** Results of an analysis, in base-currency minor units and `Day`s. Adapters turn them into JSON and sheets. */
import type { Day } from "./dates";
import type { DocumentType } from "./schema";
import type { Issue, SourceRef } from "./issues";
import type { Minor } from "./money";

/** One open receivable on the as-of date: an invoice or installment less what was paid or credited. */
export interface OpenItem {
  ref: SourceRef;
  customerId: string;
  customerName?: string;
  invoiceNo: string;
  installment?: string;
  type: DocumentType;
  invoiceDate?: Day;
  dueDate: Day;
  currency: string;
  /** Original amount of the invoice or installment, converted to the base currency. */
  original: Minor;
  /** What is still open on the as-of date, in the base currency. */
  open: Minor;
  daysPastDue: number;
  /** Days since the invoice date; undefined when the sheet gave only a due date. */
  daysSinceInvoice?: number;
  /** Index into the aging buckets for the chosen basis. */
  bucket: number;
  disputed: boolean;
  pledged: boolean;
  contractNo?: string;
}

/** Credit or cash that names no open invoice: listed on its own line, negative. */
export interface UnappliedLine {
  kind: "credit" | "cash";
  ref: SourceRef;
  customerId: string;
  reference: string;
  date: Day;
  /** Negative amount in the base currency. */
  amount: Minor;
}

export interface BucketDefinition {
  label: string;
  /** Lowest day count in the bucket; null for the open-ended first bucket (not yet due). */
  fromDays: number | null;
  /** Highest day count in the bucket; null for the open-ended last bucket. */
  toDays: number | null;
}

export interface BucketTotal extends BucketDefinition {
  amount: Minor;
  count: number;
}

export interface AgingResult {
  basis: "due" | "invoice";
  buckets: BucketTotal[];
  items: OpenItem[];
  unapplied: UnappliedLine[];
  /** Sum of open invoices and installments (positive items after credits linked to them). */
  openInvoices: Minor;
  unappliedCredits: Minor;
  unappliedCash: Minor;
  total: Minor;
  controlTotal?: Minor;
  controlDifference?: Minor;
}

export interface Kpis {
  periodDays: number;
  /** Credit sales invoiced in the period ending on the as-of date. */
  salesInPeriod: Minor;
  dso?: number;
  dsoCountback?: number;
  bestPossibleDso?: number;
  averageDaysDelinquent?: number;
  cei?: number;
  overdueRatio?: number;
  over90Ratio?: number;
  dilution?: number;
}

export interface CustomerAging {
  id: string;
  name?: string;
  open: Minor;
  overdue: Minor;
  over90: Minor;
  /** Open amount per aging bucket, same order as `AgingResult.buckets`. */
  byBucket: Minor[];
  itemCount: number;
  unapplied: Minor;
}

export type { Issue };
