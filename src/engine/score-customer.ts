/**
 * Scores one customer from its record and payment index, and reports unusable financial data or
 * ratings as issues on the customer's row.
 */
import type { CustomerParams, RiskClass } from "./customer-params";
import type { CustomerStrings } from "./customer-strings";
import type { ScoreParts } from "./customer-types";
import type { Day } from "./dates";
import type { Issue } from "./issues";
import type { CustomerRecord } from "./schema";
import {
  externalPart,
  paymentPart,
  relationshipPart,
  riskClassFor,
  roundScore,
  totalScore,
} from "./scoring";
import { assessFinancials } from "./zscore";

export interface ScoredCustomer {
  parts: ScoreParts;
  score: number;
  riskClass: RiskClass;
  /** Parts that scored their neutral value because data was missing or unusable. */
  incomplete: ("relationship" | "financial" | "external")[];
  issues: Issue[];
}

interface ScoreContext {
  asOf: Day;
  params: CustomerParams;
  strings: CustomerStrings;
}

function issueAt(record: CustomerRecord, column: string, message: string): Issue {
  const { sheet, row } = record.ref;
  return { severity: "warning", code: "bad-financials", sheet, row, column, message };
}

/**
 * Scores the four parts and sums them. A customer missing from the customer list has no record,
 * so its relationship, financial and external parts are neutral.
 */
export function scoreCustomer(
  record: CustomerRecord | undefined,
  index: number | undefined,
  disputed: boolean,
  context: ScoreContext,
): ScoredCustomer {
  const { asOf, params, strings } = context;
  const issues: Issue[] = [];
  const incomplete: ScoredCustomer["incomplete"] = [];

  const payment = paymentPart(index, params.payment);
  const relationship = relationshipPart(record?.customerSince, asOf, disputed, params.relationship);
  if (relationship.neutral) incomplete.push("relationship");

  const financial = assessFinancials(record ?? {}, params.financial);
  if (financial.status !== "scored") incomplete.push("financial");
  for (const problem of financial.problems) {
    const field = strings.fields[problem.field];
    const message = strings.badFinancials(
      record!.id,
      field,
      problem.reason,
      params.financial.neutral,
    );
    issues.push(issueAt(record!, field, message));
  }

  const external = externalPart(record?.externalRating, params.external);
  if (external.neutral) incomplete.push("external");
  if (external.unreadable !== undefined) {
    const message = strings.unreadableRating(
      record!.id,
      external.unreadable,
      params.external.neutral,
    );
    issues.push(issueAt(record!, strings.ratingColumn, message));
  }

  const parts: ScoreParts = {
    payment: roundScore(payment.points),
    relationship: roundScore(relationship.points),
    financial: roundScore(financial.points),
    external: roundScore(external.points),
  };
  const score = totalScore(parts);
  return { parts, score, riskClass: riskClassFor(score, params.classes), incomplete, issues };
}
