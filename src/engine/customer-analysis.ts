/**
 * The analysis of one customer: balances, score, class, review, limit, flags and credit file.
 * `analyzeCustomers` in customers.ts builds the context once and calls this per customer.
 */
import { approvalFlags } from "./authority";
import { checkCreditFile } from "./credit-files";
import type { CustomerParams } from "./customer-params";
import type { CustomerStrings } from "./customer-strings";
import { CUSTOMER_FLAGS, type CustomerFlag, type CustomerResult } from "./customer-types";
import type { Day } from "./dates";
import type { Issue } from "./issues";
import { creditCapacity, creditNeed, exposureOf, recommendedLimit, utilisationOf } from "./limits";
import type { Minor } from "./money";
import { paymentIndex, paymentTrend, type Settlement } from "./payment-index";
import type { CustomerRecord } from "./schema";
import { scoreCustomer } from "./score-customer";
import { reviewSchedule } from "./scoring";
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

/** Analyses one customer. */
export function analyzeCustomer(facts: CustomerFacts, context: CustomerContext): CustomerOutcome {
  const { asOf, params } = context;
  const { record } = facts;
  const flags = new Set<CustomerFlag>();
  const money = balances(facts);

  const history = paymentIndex(facts.settlements, params.payment);
  if (history.insufficientHistory) flags.add("insufficient-history");
  const scored = scoreCustomer(record, history.index, money.disputed, context);
  scored.incomplete.forEach(() => flags.add("incomplete-file"));

  const review = reviewSchedule(record?.lastReviewDate, scored.riskClass, asOf, params.classes);
  if (review.due) flags.add("review-due");

  const need = creditNeed(facts.monthlySales, record?.termsDays, params.limits);
  const capacity = creditCapacity(
    scored.riskClass,
    inBase(context, record, record?.tangibleNetWorth),
    inBase(context, record, record?.sales),
    params.classes,
  );
  if (capacity === undefined) flags.add("incomplete-file");

  const creditLimit = inBase(context, record, record?.creditLimit);
  const exposure = exposureOf(money.open, inBase(context, record, record?.openOrders));
  if (creditLimit !== undefined && exposure > creditLimit) flags.add("over-limit");
  if (money.anyOverdue) flags.add("overdue");
  if (money.anyOver90) flags.add("overdue-90");
  if (!record) flags.add("not-in-customer-list");
  const approval = {
    limit: creditLimit,
    approvedBy: record?.limitApprovedBy,
    accountOwner: record?.accountOwner,
  };
  approvalFlags(approval, context.approvalLimits).forEach((flag) => flags.add(flag));

  const ordered = CUSTOMER_FLAGS.filter((flag) => flags.has(flag));
  const holdReasons = ordered.filter((flag) => flag === "over-limit" || flag === "overdue-90");
  const result: CustomerResult = {
    id: facts.id,
    open: money.open,
    overdue: money.overdue,
    over90: money.over90,
    exposure,
    settledInvoices: history.count,
    scoreParts: scored.parts,
    score: scored.score,
    riskClass: scored.riskClass,
    nextReview: review.nextReview,
    recommendedLimit: recommendedLimit(need, capacity, params.limits),
    need,
    flags: ordered,
    creditHold: { suggested: holdReasons.length > 0, reasons: holdReasons },
    creditFile: checkCreditFile(record, scored.riskClass, asOf, params.creditFile),
  };
  const name = record?.name ?? facts.name;
  if (name !== undefined) result.name = name;
  if (creditLimit !== undefined) result.creditLimit = creditLimit;
  const utilization = utilisationOf(exposure, creditLimit);
  if (utilization !== undefined) result.utilization = utilization;
  if (history.index !== undefined) result.paymentIndex = Math.round(history.index * 10) / 10;
  const trend = paymentTrend(facts.settlements, asOf, params.payment);
  if (trend !== undefined) result.trend = trend;
  if (record?.lastReviewDate !== undefined) result.lastReview = record.lastReviewDate;
  if (capacity !== undefined) result.capacity = capacity;

  const reviewedInTime = record?.lastReviewDate !== undefined && !review.due;
  return { result, issues: scored.issues, reviewedInTime };
}
