/**
 * The credit file checklist per customer: the documents a lender expects to see before it trusts
 * a customer's limit.
 */
import type { CustomerParams, RiskClass } from "./customer-params";
import type { CreditFileCheck, CreditFileItem } from "./customer-types";
import { addMonths, type Day } from "./dates";
import type { CustomerRecord } from "./schema";

type CreditFileParams = CustomerParams["creditFile"];

/**
 * Tells whether a guarantee or credit insurance is required. It is for the classes the parameters
 * name (default D and E), whose credit cannot rest on the score alone, and for a customer in
 * another country than the home country when the home country is set.
 */
export function guaranteeRequired(
  customer: CustomerRecord,
  riskClass: RiskClass,
  params: CreditFileParams,
): boolean {
  if (params.guaranteeClasses.includes(riskClass)) return true;
  if (params.homeCountry === undefined || customer.country === undefined) return false;
  return customer.country.trim().toUpperCase() !== params.homeCountry.trim().toUpperCase();
}

/**
 * Checks the credit file: registration, financial statements no older than the maximum age
 * (default 18 months before the as-of date), a credit report, signed terms of sale, and a
 * guarantee or insurance where required. A customer missing from the customer list has no file.
 */
export function checkCreditFile(
  customer: CustomerRecord | undefined,
  riskClass: RiskClass,
  asOf: Day,
  params: CreditFileParams,
): CreditFileCheck {
  const missing: CreditFileItem[] = [];
  const oldestFinancials = addMonths(asOf, -params.financialsMaxAgeMonths);

  if (customer?.registration !== true) missing.push("registration");
  const financialsDate = customer?.financialsDate;
  if (financialsDate === undefined || financialsDate < oldestFinancials) {
    missing.push("financial-statements");
  }
  if (customer?.creditReport !== true) missing.push("credit-report");
  if (customer?.signedTerms !== true) missing.push("signed-terms");

  const secured = customer?.guarantee === true || customer?.insured === true;
  if (!secured && (!customer || guaranteeRequired(customer, riskClass, params))) {
    missing.push("guarantee-or-insurance");
  }
  return { complete: missing.length === 0, missing };
}

/** Returns the share of files that are complete, or undefined for no customers. */
export function completeFileShare(files: readonly CreditFileCheck[]): number | undefined {
  if (files.length === 0) return undefined;
  return files.filter((file) => file.complete).length / files.length;
}
