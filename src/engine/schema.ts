/**
 * Canonical records read from the input workbook. Readers in `src/io` produce them; the engine
 * consumes them. Amounts are minor units in the record's own currency, dates are `Day`s.
 */
import { z } from "zod";

import type { Day } from "./dates";
import type { SourceRef } from "./issues";
import type { Minor } from "./money";

export const DOCUMENT_TYPES = [
  "invoice",
  "credit-note",
  "unbilled",
  "progress-billing",
  "consignment",
  "bill-and-hold",
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface InvoiceRecord {
  ref: SourceRef;
  customerId: string;
  customerName?: string;
  invoiceNo: string;
  invoiceDate?: Day;
  dueDate?: Day;
  termsDays?: number;
  /** Signed amount: credit notes are negative whatever sign the sheet used. */
  amount: Minor;
  currency?: string;
  type: DocumentType;
  appliesTo?: string;
  installment?: string;
  /** Amount paid on the document when the sheet records it in place of a Payments sheet. */
  paidAmount?: Minor;
  /** Date the document was settled; settled on or before the as-of date means paid in full. */
  settledDate?: Day;
  disputed?: boolean;
  pledged?: boolean;
  contractNo?: string;
  documentLink?: string;
}

export interface PaymentRecord {
  ref: SourceRef;
  customerId: string;
  date: Day;
  /** Positive cash received. */
  amount: Minor;
  currency?: string;
  /** Blank means the cash is unapplied. */
  invoiceNo?: string;
}

export interface CustomerRecord {
  ref: SourceRef;
  id: string;
  name?: string;
  creditLimit?: Minor;
  openOrders?: Minor;
  termsDays?: number;
  country?: string;
  currency?: string;
  customerSince?: Day;
  relatedParty?: boolean;
  insured?: boolean;
  government?: boolean;
  supplier?: boolean;
  /** Payable owed to the customer when it is also a supplier, in minor units. */
  payable?: Minor;
  workingCapital?: Minor;
  retainedEarnings?: Minor;
  ebit?: Minor;
  totalAssets?: Minor;
  totalLiabilities?: Minor;
  equity?: Minor;
  sales?: Minor;
  tangibleNetWorth?: Minor;
  currentAssets?: Minor;
  currentLiabilities?: Minor;
  financialsDate?: Day;
  manufacturer?: boolean;
  externalRating?: string;
  lastReviewDate?: Day;
  limitApprovedBy?: string;
  accountOwner?: string;
  registration?: boolean;
  creditReport?: boolean;
  signedTerms?: boolean;
  guarantee?: boolean;
}

export interface ContractRecord {
  ref: SourceRef;
  contractNo: string;
  customerId: string;
  signedDate?: Day;
  termsDays?: number;
  deliveryProof?: boolean;
  retentionOfTitle?: boolean;
  fileLink?: string;
}

export interface OrganisationRecord {
  ref: SourceRef;
  role: string;
  person: string;
  approvalLimit?: Minor;
}

export interface ExchangeRateRecord {
  ref: SourceRef;
  currency: string;
  /** Base-currency units per one unit of `currency`. */
  rate: number;
  date?: Day;
}

export interface AssessmentAnswerRecord {
  ref: SourceRef;
  indicator: string;
  questionNo?: number;
  question?: string;
  /** 1 yes, 0.5 partly, 0 no; undefined when unanswered. */
  answer?: number;
  evidence?: string;
  note?: string;
}

export interface ParameterRecord {
  ref: SourceRef;
  name: string;
  value: string | number | boolean;
}

/** Everything read from one workbook. */
export interface InputRecords {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  customers: CustomerRecord[];
  contracts: ContractRecord[];
  organisation: OrganisationRecord[];
  rates: ExchangeRateRecord[];
  assessment: AssessmentAnswerRecord[];
  parameters: ParameterRecord[];
  /** Which optional sheets were present, so rules that need them can say when they were skipped. */
  present: { customers: boolean; contracts: boolean; payments: boolean; assessment: boolean };
}

export function emptyRecords(): InputRecords {
  return {
    invoices: [],
    payments: [],
    customers: [],
    contracts: [],
    organisation: [],
    rates: [],
    assessment: [],
    parameters: [],
    present: { customers: false, contracts: false, payments: false, assessment: false },
  };
}

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, "a three-letter ISO 4217 code");
