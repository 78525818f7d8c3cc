/**
 * The customer-credit analysis of a whole portfolio: every customer's score, class, limit and
 * flags, plus the measured shares behind indicators A5, B1, B2 and B3.
 */
import { approvalLimits } from "./authority";
import { contractCoverage } from "./contracts";
import { completeFileShare } from "./credit-files";
import { analyzeCustomer, type CustomerFacts, type CustomerOutcome } from "./customer-analysis";
import { DEFAULT_CUSTOMER_PARAMS, type CustomerParams } from "./customer-params";
import { CUSTOMER_STRINGS, type CustomerLocale } from "./customer-strings";
import type { CustomerPortfolio, CustomerResult } from "./customer-types";
import { addMonths, type Day } from "./dates";
import type { Minor } from "./money";
import { averageMonthlySales } from "./limits";
import { settlementsFromHistory, type ConvertToBase } from "./settlements";
import type {
  ContractRecord,
  CustomerRecord,
  InvoiceRecord,
  OrganisationRecord,
  PaymentRecord,
} from "./schema";
import type { CustomerAging, OpenItem } from "./types";

export interface CustomerAnalysisInput {
  asOf: Day;
  customers: CustomerRecord[];
  contracts: ContractRecord[];
  organisation: OrganisationRecord[];
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  /** Open items on the as-of date, in the base currency. */
  items: OpenItem[];
  agingByCustomer: CustomerAging[];
  /** Average monthly credit sales per customer id in base minor units, else computed from invoices. */
  monthlySales?: Record<string, Minor>;
  convert: ConvertToBase;
  params?: CustomerParams;
  /** Language of issue messages; default en-US. */
  locale?: CustomerLocale;
}

function groupBy<T>(list: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of list) {
    const id = key(value);
    const group = groups.get(id);
    if (group) group.push(value);
    else groups.set(id, [value]);
  }
  return groups;
}

/** Lists customer ids: the customer list first, then ids that appear only in invoices or items. */
function customerIds(input: CustomerAnalysisInput): string[] {
  const ids = new Set(input.customers.map((customer) => customer.id));
  for (const invoice of input.invoices) ids.add(invoice.customerId);
  for (const item of input.items) ids.add(item.customerId);
  return [...ids];
}

function gatherFacts(input: CustomerAnalysisInput, params: CustomerParams): CustomerFacts[] {
  const records = new Map(input.customers.map((customer) => [customer.id, customer] as const));
  const aging = new Map(input.agingByCustomer.map((entry) => [entry.id, entry] as const));
  const items = groupBy(input.items, (item) => item.customerId);
  const invoices = groupBy(input.invoices, (invoice) => invoice.customerId);
  const customerTerms: Record<string, number> = {};
  for (const customer of input.customers) {
    if (customer.termsDays !== undefined) customerTerms[customer.id] = customer.termsDays;
  }
  const options = { defaultTermsDays: params.limits.defaultTermsDays, customerTerms };
  const all = settlementsFromHistory(
    input.invoices,
    input.payments,
    input.asOf,
    input.convert,
    options,
  );
  const settlements = groupBy(all, (settlement) => settlement.customerId);

  return customerIds(input).map((id) => {
    const record = records.get(id);
    const own = invoices.get(id) ?? [];
    const sales =
      input.monthlySales?.[id] ??
      averageMonthlySales(own, input.asOf, record?.customerSince, input.convert, params.limits);
    const facts: CustomerFacts = {
      id,
      items: items.get(id) ?? [],
      settlements: settlements.get(id) ?? [],
      monthlySales: sales,
    };
    if (record) facts.record = record;
    const lastInvoiced = latestInvoiceDate(own, input.asOf);
    if (lastInvoiced !== undefined) facts.lastInvoiced = lastInvoiced;
    const entry = aging.get(id);
    if (entry) facts.aging = entry;
    const name = entry?.name ?? items.get(id)?.[0]?.customerName ?? own[0]?.customerName;
    if (name !== undefined) facts.name = name;
    return facts;
  });
}

function latestInvoiceDate(invoices: readonly InvoiceRecord[], asOf: Day): Day | undefined {
  let latest: Day | undefined;
  for (const invoice of invoices) {
    const date = invoice.invoiceDate ?? invoice.dueDate;
    if (invoice.type !== "invoice" || date === undefined || date > asOf) continue;
    if (latest === undefined || date > latest) latest = date;
  }
  return latest;
}

/** Tells whether a customer has open items, or sales within the activity window (default 12 months). */
function isActive(facts: CustomerFacts, asOf: Day, months: number): boolean {
  if (facts.items.some((item) => item.open > 0) || (facts.aging?.open ?? 0) > 0) return true;
  if (facts.lastInvoiced !== undefined && facts.lastInvoiced > addMonths(asOf, -months))
    return true;
  return facts.monthlySales > 0;
}

/** Computes Σ min(exposure, limit) ÷ Σ exposure; customers without a limit add nothing within. */
function exposureWithinLimit(results: readonly CustomerResult[]): number | undefined {
  let within = 0;
  let total = 0;
  for (const result of results) {
    if (result.exposure <= 0) continue;
    total += result.exposure;
    if (result.creditLimit !== undefined)
      within += Math.min(result.exposure, Math.max(0, result.creditLimit));
  }
  return total > 0 ? within / total : undefined;
}

function share(count: number, of: number): number | undefined {
  return of > 0 ? count / of : undefined;
}

/** Analyses every customer and measures the portfolio. */
export function analyzeCustomers(input: CustomerAnalysisInput): CustomerPortfolio {
  const params = input.params ?? DEFAULT_CUSTOMER_PARAMS;
  const context = {
    asOf: input.asOf,
    params,
    strings: CUSTOMER_STRINGS[input.locale ?? "en-US"],
    convert: input.convert,
    approvalLimits: approvalLimits(input.organisation),
  };
  const facts = gatherFacts(input, params);
  const outcomes: CustomerOutcome[] = facts.map((entry) => analyzeCustomer(entry, context));
  const results = outcomes.map((outcome) => outcome.result);

  const active = outcomes.filter((_, i) => isActive(facts[i]!, input.asOf, params.activeMonths));
  const portfolio: CustomerPortfolio = {
    customers: results,
    contractCoverage: contractCoverage(input.items, input.contracts, input.asOf),
    issues: outcomes.flatMap((outcome) => outcome.issues),
  };
  const fileShare = completeFileShare(results.map((result) => result.creditFile));
  if (fileShare !== undefined) portfolio.completeFileShare = fileShare;
  const reviewed = share(active.filter((o) => o.reviewedInTime).length, active.length);
  if (reviewed !== undefined) portfolio.ratedWithinReviewShare = reviewed;
  const within = exposureWithinLimit(results);
  if (within !== undefined) portfolio.exposureWithinLimitShare = within;
  return portfolio;
}
