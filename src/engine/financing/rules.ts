/**
 * The eligibility rules in reason order. An excluded item is counted under the first of its
 * reasons in this table, so the order is part of the borrowing-base certificate. Adding a rule is
 * a new module plus one line here, a code in `REASON_CODES` and a switch in the parameters.
 */
import { concentration } from "./concentration";
import { contra } from "./contra";
import { creditBalance } from "./credit-balance";
import { crossAged } from "./cross-aged";
import { disputed } from "./disputed";
import { foreignUninsured } from "./foreign-uninsured";
import { government } from "./government";
import { missingDocuments } from "./missing-documents";
import { pledged } from "./pledged";
import { relatedParty } from "./related-party";
import { tooOld } from "./too-old";
import { REASON_CODES, type EligibilityRule, type ReasonCode } from "./types";
import { unbilled } from "./unbilled";

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  tooOld,
  crossAged,
  disputed,
  relatedParty,
  contra,
  foreignUninsured,
  government,
  unbilled,
  creditBalance,
  pledged,
  concentration,
  missingDocuments,
];

const REASON_RANK = new Map<ReasonCode, number>(REASON_CODES.map((code, index) => [code, index]));

/** Sorts reason codes into the order of the table. */
export function sortReasons(reasons: Iterable<ReasonCode>): ReasonCode[] {
  return [...reasons].sort((a, b) => (REASON_RANK.get(a) ?? 0) - (REASON_RANK.get(b) ?? 0));
}
