/** Labels of the lender-pack sheets (financing, certificate, provision, collections) in en-US and zh-CN. */
import type { WorklistStage } from "../engine/collections";
import type { FinancingItem, NotAppliedReason, ReasonCode } from "../engine/financing/types";
import type { ParameterFallback, ProvisionNote, ProvisionResult } from "../engine/provision";
import type { DocumentType } from "../engine/schema";
import { LENDER_STRINGS_EN } from "./lender-strings-en";
import { LENDER_STRINGS_ZH } from "./lender-strings-zh";

export type LenderLocale = "en-US" | "zh-CN";

export interface LenderStrings {
  sheets: { financing: string; certificate: string; provision: string; collections: string };
  reasons: Record<ReasonCode, string>;
  notApplied: Record<NotAppliedReason, string>;
  sources: Record<FinancingItem["source"], string>;
  documentTypes: Record<DocumentType, string>;
  stages: Record<WorklistStage, string>;
  yes: string;
  no: string;
  partly: string;
  asOf: string;
  financing: {
    title: string;
    rulesNotApplied: string;
    columns: {
      customerId: string;
      customer: string;
      invoiceNo: string;
      installment: string;
      source: string;
      type: string;
      invoiceDate: string;
      dueDate: string;
      daysPastDue: string;
      open: string;
      eligibleFlag: string;
      eligible: string;
      excluded: string;
      reasons: string;
    };
  };
  certificate: {
    title: string;
    company: string;
    line: string;
    count: string;
    amount: string;
    gross: string;
    less: string;
    /** Prefix of an exclusion line that raises the total, such as credit balances taken out of gross. */
    addBack: string;
    eligible: string;
    concentration: string;
    netEligible: string;
    advanceRate: string;
    advance: string;
    dilution: string;
    dilutionUnknown: string;
    dilutionReserve: string;
    availability: string;
    concentrationByCustomer: string;
    share: string;
    excess: string;
    statement: string;
    name: string;
    signerTitle: string;
    date: string;
    signature: string;
  };
  provision: {
    title: string;
    method: string;
    methods: Record<ProvisionResult["method"], string>;
    fallbacks: Record<ParameterFallback, string>;
    notes: Record<ProvisionNote, string>;
    forwardLookingFactor: string;
    monthsOfHistory: string;
    bucket: string;
    amount: string;
    rate: string;
    provision: string;
    total: string;
    rollRates: string;
    from: string;
    to: string;
    rollRate: string;
  };
  collections: {
    title: string;
    columns: {
      key: string;
      customerId: string;
      customer: string;
      dueDate: string;
      daysPastDue: string;
      open: string;
      stage: string;
      priority: string;
      contact: string;
      owner: string;
      nextAction: string;
      promiseToPay: string;
      note: string;
    };
    disputesFollow: string;
  };
}

/** Returns the labels for a locale; locales without their own table (de-DE, ...) get en-US. */
export function lenderStrings(locale: string): LenderStrings {
  return locale.toLowerCase().startsWith("zh") ? LENDER_STRINGS_ZH : LENDER_STRINGS_EN;
}
