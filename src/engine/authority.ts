/**
 * Approval authority: a limit must be approved by someone allowed to approve that much, and not by
 * the salesperson who owns the account.
 */
import type { CustomerFlag } from "./customer-types";
import type { Minor } from "./money";
import type { OrganisationRecord } from "./schema";

function normalisePerson(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Maps each person (case- and space-insensitive) to the largest limit any of their roles may approve. */
export function approvalLimits(organisation: readonly OrganisationRecord[]): Map<string, Minor> {
  const limits = new Map<string, Minor>();
  for (const record of organisation) {
    if (record.approvalLimit === undefined) continue;
    const person = normalisePerson(record.person);
    limits.set(person, Math.max(limits.get(person) ?? 0, record.approvalLimit));
  }
  return limits;
}

export interface ApprovalCheck {
  /** Credit limit in base-currency minor units. */
  limit: Minor | undefined;
  approvedBy: string | undefined;
  accountOwner: string | undefined;
}

/**
 * Flags a limit above the approver's largest approvable limit, and a limit approved by the
 * account owner. An approver missing from the organisation list, or listed without a limit, has
 * no authority, so any positive limit exceeds it. With no approval limits on record at all, the
 * authority check is skipped because nothing can be compared.
 */
export function approvalFlags(
  check: ApprovalCheck,
  limits: ReadonlyMap<string, Minor>,
): CustomerFlag[] {
  const flags: CustomerFlag[] = [];
  const approver = check.approvedBy?.trim();
  if (check.limit === undefined || !approver) return flags;

  if (limits.size > 0 && check.limit > (limits.get(normalisePerson(approver)) ?? 0)) {
    flags.push("approval-exceeds-authority");
  }
  const owner = check.accountOwner?.trim();
  if (owner && normalisePerson(owner) === normalisePerson(approver)) {
    flags.push("approved-by-account-owner");
  }
  return flags;
}
