/**
 * The customer credit score, 0-100, from four parts (payment behaviour, relationship, financial
 * capacity, external rating), its risk class and the review schedule that follows from it.
 */
import type { CustomerParams, RiskClass } from "./customer-params";
import type { ScoreParts } from "./customer-types";
import { addMonths, type Day } from "./dates";

/** A part's points and whether the neutral value stood in for missing data. */
export interface PartScore {
  points: number;
  neutral: boolean;
}

/** Rounds to one decimal, the precision of every score shown. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Scores payment behaviour as index × weight (40 points at most by default), neutral without an index. */
export function paymentPart(
  index: number | undefined,
  params: CustomerParams["payment"],
): PartScore {
  if (index === undefined) return { points: params.neutral, neutral: true };
  return { points: index * params.weight, neutral: false };
}

/** Tells whether `since` lies at least `years` whole years (counted in months) before `asOf`. */
function atLeastYears(since: Day, asOf: Day, years: number): boolean {
  return addMonths(since, Math.round(years * 12)) <= asOf;
}

/**
 * Scores the relationship from the years as a customer (default ≥ 5 → 10, ≥ 3 → 7, ≥ 1 → 4, else
 * 2). A disputed open item multiplies the points by the dispute factor (default 0.5), so a long
 * relationship still counts for something while the dispute lasts. Without a customer-since date
 * the part is neutral, and the dispute factor applies to the neutral value too.
 */
export function relationshipPart(
  customerSince: Day | undefined,
  asOf: Day,
  disputed: boolean,
  params: CustomerParams["relationship"],
): PartScore {
  const factor = disputed ? params.disputeFactor : 1;
  if (customerSince === undefined) return { points: params.neutral * factor, neutral: true };

  const bands = [...params.bands].sort((a, b) => b.minYears - a.minYears);
  const band = bands.find((row) => atLeastYears(customerSince, asOf, row.minYears));
  return { points: (band?.points ?? params.belowBands) * factor, neutral: false };
}

/** An external rating that could not be read, for the caller to report. */
export interface ExternalPart extends PartScore {
  unreadable?: string;
}

/** Strips modifiers from an agency grade: "BBB+" → "BBB", "Baa2" → "BAA", "a-" → "A". */
function normaliseRating(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[+\-−]|[1-3]$/g, "")
    .replace(/\s+/g, "");
}

/**
 * Scores the external rating: an agency grade through the rating table, or a bureau score from
 * 0 to the scale (default 100) scaled to the part's maximum. Missing ratings score neutral, and
 * so do unreadable ones, which are returned in `unreadable` for an issue.
 */
export function externalPart(
  rating: string | undefined,
  params: CustomerParams["external"],
): ExternalPart {
  if (rating === undefined || rating.trim() === "")
    return { points: params.neutral, neutral: true };

  const numeric = Number(rating.trim().replace(",", "."));
  if (Number.isFinite(numeric)) {
    if (numeric < 0 || numeric > params.scoreScale) {
      return { points: params.neutral, neutral: true, unreadable: rating };
    }
    return { points: (numeric / params.scoreScale) * params.max, neutral: false };
  }

  const grade = normaliseRating(rating);
  const row = params.ratings.find((entry) => normaliseRating(entry.rating) === grade);
  if (!row) return { points: params.neutral, neutral: true, unreadable: rating };
  return { points: Math.min(row.points, params.max), neutral: false };
}

/** Adds the parts, each rounded to one decimal, and rounds the sum to one decimal. */
export function totalScore(parts: ScoreParts): number {
  return roundScore(parts.payment + parts.relationship + parts.financial + parts.external);
}

type ClassRow = CustomerParams["classes"][number];

/** Returns the class row for a score: the first class, from A down, whose minimum the score reaches. */
export function classRowFor(score: number, classes: CustomerParams["classes"]): ClassRow {
  const sorted = [...classes].sort((a, b) => b.minScore - a.minScore);
  return sorted.find((row) => score >= row.minScore) ?? sorted[sorted.length - 1]!;
}

export function riskClassFor(score: number, classes: CustomerParams["classes"]): RiskClass {
  return classRowFor(score, classes).riskClass;
}

export interface ReviewSchedule {
  nextReview: Day;
  /** True when there was no review or the last one is older than the class's review period. */
  due: boolean;
}

/**
 * Schedules the next review: the last review (or the as-of date when there was none) plus the
 * class's review period in months (default A 12, B 6, C 3, D and E 1).
 */
export function reviewSchedule(
  lastReview: Day | undefined,
  riskClass: RiskClass,
  asOf: Day,
  classes: CustomerParams["classes"],
): ReviewSchedule {
  const months = classes.find((row) => row.riskClass === riskClass)!.reviewMonths;
  if (lastReview === undefined) return { nextReview: addMonths(asOf, months), due: true };

  const nextReview = addMonths(lastReview, months);
  return { nextReview, due: nextReview < asOf };
}
