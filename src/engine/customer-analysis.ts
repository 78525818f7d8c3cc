/**
 * The analysis of one customer: balances, score, class, review, limit, flags and credit file.
 * `analyzeCustomers` in customers.ts builds the context once and calls this per customer.
 */
import { approvalFlags } from "./authority";
import { checkCreditFile } from "./credit-files";
import type { CustomerParams, RiskClass } from "./customer-params";
import type { CustomerStrings } from "./customer-strings";
import { CUSTOMER_FLAGS, type CustomerFlag, type CustomerResult } from "./customer-types";
import type { Day } from "./dates";
import type { Issue } from "./issues";
import { creditCapacity, creditNeed, exposureOf, recommendedLimit, utilisationOf } from "./limits";
import type { Minor } from "./money";
import { paymentIndex, paymentTrend, type Settlement } from "./payment-index";
import type { CustomerRecord } from "./schema";
import { scoreCustomer } from "./score-customer";
import { reviewSchedule, roundScore } from "./scoring";
import type { ConvertToBase } from "./settlements";
import type { CustomerAging, OpenItem } from "./types";

/** Everything known about one customer id, gathered from all sheets. */
export interface CustomerFacts {
  id: string;
  record?: CustomerRecord;
  aging?: CustomerAging;
  items: OpenItem[];
  settlements: Settlement[];
  /** Average monthly credit sales in base-currency minor units. */
  monthlySales: Minor;
  /** Date of the latest invoice issued on or before the as-of date. */
  lastInvoiced?: Day;
  name?: string;
}

export interface CustomerContext {
  asOf: Day;
  params: CustomerParams;
  strings: CustomerStrings;
  convert: ConvertToBase;
  approvalLimits: ReadonlyMap<string, Minor>;
}

export interface CustomerOutcome {
  result: CustomerResult;
  issues: Issue[];
  /** Last review within the class's review period. */
  reviewedInTime: boolean;
}

function balances(facts: CustomerFacts) {
  const open = facts.items.filter((item) => item.open > 0);
  const sumOpen = (list: OpenItem[]) => list.reduce((total, item) => total + item.open, 0);
  const overdueItems = open.filter((item) => item.daysPastDue > 0);
  const over90Items = open.filter((item) => item.daysPastDue > 90);
  return {
    open: facts.aging?.open ?? sumOpen(facts.items),
    overdue: facts.aging?.overdue ?? sumOpen(overdueItems),
    over90: facts.aging?.over90 ?? sumOpen(over90Items),
    anyOverdue: overdueItems.length > 0 || (facts.aging?.overdue ?? 0) > 0,
    anyOver90: over90Items.length > 0 || (facts.aging?.over90 ?? 0) > 0,
    disputed: open.some((item) => item.disputed),
  };
}

/** Converts an optional amount in the customer's currency to the base currency. */
function inBase(context: CustomerContext, record: CustomerRecord | undefined, amount?: Minor) {
  return amount === undefined ? undefined : context.convert(amount, record?.currency);
}

/** Computes need, capacity, recommended limit and exposure in the base currency. */
function limitsOf(
  facts: CustomerFacts,
  riskClass: RiskClass,
  open: Minor,
  context: CustomerContext,
) {
  const { record } = facts;
  const { params } = context;
  const need = creditNeed(facts.monthlySales, record?.termsDays, params.limits);
  const capacity = creditCapacity(
    riskClass,
    inBase(context, record, record?.tangibleNetWorth),
    inBase(context, record, record?.sales),
    params.classes,
  );
  return {
    need,
    capacity,
    recommended: recommendedLimit(need, capacity, params.limits),
    creditLimit: inBase(context, record, record?.creditLimit),
    exposure: exposureOf(open, inBase(context, record, record?.openOrders)),
  };
}

/** Collects the flags that limits, balances and approvals raise. */
function limitFlags(
  facts: CustomerFacts,
  money: ReturnType<typeof balances>,
  limits: ReturnType<typeof limitsOf>,
  context: CustomerContext,
): CustomerFlag[] {
  const { record } = facts;
  const flags: CustomerFlag[] = [];
  if (limits.capacity === undefined) flags.push("incomplete-file");
  if (limits.creditLimit !== undefined && limits.exposure > limits.creditLimit) {
    flags.push("over-limit");
  }
  if (money.anyOverdue) flags.push("overdue");
  if (money.anyOver90) flags.push("overdue-90");
  if (!record) flags.push("not-in-customer-list");
  const approval = {
    limit: limits.creditLimit,
    approvedBy: record?.limitApprovedBy,
    accountOwner: record?.accountOwner,
  };
  return [...flags, ...approvalFlags(approval, context.approvalLimits)];
}

/** Analyses one customer. */
export function analyzeCustomer(facts: CustomerFacts, context: CustomerContext): CustomerOutcome {
  const { asOf, params } = context;
  const { record } = facts;
  const flags = new Set<CustomerFlag>();
  const money = balances(facts);

  const history = paymentIndex(facts.settlements, params.payment);
  if (history.insufficientHistory) flags.add("insufficient-history");
  const scored = scoreCustomer(record, history.index, money.disputed, context);
  if (scored.incomplete.length > 0) flags.add("incomplete-file");

  const review = reviewSchedule(record?.lastReviewDate, scored.riskClass, asOf, params.classes);
  if (review.due) flags.add("review-due");

  const limits = limitsOf(facts, scored.riskClass, money.open, context);
  limitFlags(facts, money, limits, context).forEach((flag) => flags.add(flag));

  const ordered = CUSTOMER_FLAGS.filter((flag) => flags.has(flag));
  const holdReasons = ordered.filter((flag) => flag === "over-limit" || flag === "overdue-90");
  const result: CustomerResult = {
    id: facts.id,
    open: money.open,
    overdue: money.overdue,
    over90: money.over90,
    exposure: limits.exposure,
    settledInvoices: history.count,
    scoreParts: scored.parts,
    score: scored.score,
    riskClass: scored.riskClass,
    nextReview: review.nextReview,
    recommendedLimit: limits.recommended,
    need: limits.need,
    flags: ordered,
    creditHold: { suggested: holdReasons.length > 0, reasons: holdReasons },
    creditFile: checkCreditFile(record, scored.riskClass, asOf, params.creditFile),
  };
  addOptionalFields(result, facts, limits, history.index, context);

  const reviewedInTime = record?.lastReviewDate !== undefined && !review.due;
  return { result, issues: scored.issues, reviewedInTime };
}

/** Sets the fields that stay absent when unknown, as `exactOptionalPropertyTypes` requires. */
function addOptionalFields(
  result: CustomerResult,
  facts: CustomerFacts,
  limits: ReturnType<typeof limitsOf>,
  index: number | undefined,
  context: CustomerContext,
): void {
  const name = facts.record?.name ?? facts.name;
  if (name !== undefined) result.name = name;
  if (limits.creditLimit !== undefined) result.creditLimit = limits.creditLimit;
  const utilization = utilisationOf(limits.exposure, limits.creditLimit);
  if (utilization !== undefined) result.utilization = utilization;
  if (limits.capacity !== undefined) result.capacity = limits.capacity;
  if (index !== undefined) result.paymentIndex = roundScore(index);
  const trend = paymentTrend(facts.settlements, context.asOf, context.params.payment);
  if (trend !== undefined) result.trend = trend;
  const lastReview = facts.record?.lastReviewDate;
  if (lastReview !== undefined) result.lastReview = lastReview;
}
