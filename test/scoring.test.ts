import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import { addMonths } from "../src/engine/dates";
import {
  externalPart,
  paymentPart,
  relationshipPart,
  reviewSchedule,
  riskClassFor,
  totalScore,
} from "../src/engine/scoring";
import { AS_OF, day } from "./customers-fixtures";

const PARAMS = DEFAULT_CUSTOMER_PARAMS;

describe("paymentPart", () => {
  it("takes 0.4 of the payment index", () => {
    expect(paymentPart(81, PARAMS.payment)).toEqual({ points: 32.4, neutral: false });
  });

  it("is neutral 20 without an index", () => {
    expect(paymentPart(undefined, PARAMS.payment)).toEqual({ points: 20, neutral: true });
  });
});

describe("relationshipPart", () => {
  const since = (months: number) => addMonths(AS_OF, -months);

  it.each([
    [120, 10],
    [60, 10],
    [59, 7],
    [36, 7],
    [35, 4],
    [12, 4],
    [11, 2],
    [0, 2],
  ])("gives a customer of %p months %p points", (months, points) => {
    const part = relationshipPart(since(months), AS_OF, false, PARAMS.relationship);
    expect(part.points).toBe(points);
    expect(part.neutral).toBe(false);
  });

  it("halves the points during a dispute", () => {
    expect(relationshipPart(since(72), AS_OF, true, PARAMS.relationship).points).toBe(5);
    expect(relationshipPart(since(6), AS_OF, true, PARAMS.relationship).points).toBe(1);
  });

  it("is neutral 5 without a customer-since date", () => {
    const part = relationshipPart(undefined, AS_OF, false, PARAMS.relationship);
    expect(part).toEqual({ points: 5, neutral: true });
  });

  it("halves the neutral value during a dispute", () => {
    expect(relationshipPart(undefined, AS_OF, true, PARAMS.relationship).points).toBe(2.5);
  });
});

describe("externalPart", () => {
  it.each([
    ["AAA", 20],
    ["AA+", 20],
    ["A-", 17],
    ["a", 17],
    ["BBB", 14],
    ["Baa2", 14],
    ["BB+", 10],
    ["Ba1", 10],
    ["B", 6],
    ["B3", 6],
    ["CCC", 2],
    ["Caa1", 2],
    ["C", 2],
    ["D", 2],
  ])("maps the grade %p to %p points", (rating, points) => {
    const part = externalPart(rating, PARAMS.external);
    expect(part.points).toBe(points);
    expect(part.neutral).toBe(false);
  });

  it.each([
    ["75", 15],
    ["0", 0],
    ["100", 20],
    ["62,5", 12.5],
  ])("scales the bureau score %p to %p points", (rating, points) => {
    expect(externalPart(rating, PARAMS.external).points).toBeCloseTo(points, 10);
  });

  it("is neutral 10 without a rating", () => {
    expect(externalPart(undefined, PARAMS.external)).toEqual({ points: 10, neutral: true });
    expect(externalPart("  ", PARAMS.external)).toEqual({ points: 10, neutral: true });
  });

  it("returns an unreadable rating as neutral", () => {
    const part = externalPart("XYZ", PARAMS.external);
    expect(part.points).toBe(10);
    expect(part.unreadable).toBe("XYZ");
  });

  it("rejects a bureau score above the scale", () => {
    const part = externalPart("150", PARAMS.external);
    expect(part.points).toBe(10);
    expect(part.unreadable).toBe("150");
  });
});

describe("totalScore", () => {
  it("adds the parts and rounds to one decimal", () => {
    expect(totalScore({ payment: 32.4, relationship: 7, financial: 18, external: 14 })).toBe(71.4);
    expect(totalScore({ payment: 0.1, relationship: 0.2, financial: 0, external: 0 })).toBe(0.3);
  });
});

describe("riskClassFor", () => {
  it.each([
    [100, "A"],
    [80, "A"],
    [79.9, "B"],
    [65, "B"],
    [64.9, "C"],
    [50, "C"],
    [49.9, "D"],
    [35, "D"],
    [34.9, "E"],
    [0, "E"],
  ])("puts score %p in class %p", (score, riskClass) => {
    expect(riskClassFor(score, PARAMS.classes)).toBe(riskClass);
  });
});

describe("reviewSchedule", () => {
  const lastReview = day("2026-01-15");

  it.each([
    ["A", "2027-01-15", false],
    ["B", "2026-07-15", false],
    ["C", "2026-04-15", true],
    ["D", "2026-02-15", true],
    ["E", "2026-02-15", true],
  ] as const)("schedules class %p for %p", (riskClass, next, due) => {
    const schedule = reviewSchedule(lastReview, riskClass, AS_OF, PARAMS.classes);
    expect(schedule.nextReview).toBe(day(next));
    expect(schedule.due).toBe(due);
  });

  it("counts from the as-of date and is due without a last review", () => {
    const schedule = reviewSchedule(undefined, "A", AS_OF, PARAMS.classes);
    expect(schedule.nextReview).toBe(day("2027-06-30"));
    expect(schedule.due).toBe(true);
  });

  it("is not due on the last day of the period", () => {
    const schedule = reviewSchedule(day("2026-03-30"), "C", AS_OF, PARAMS.classes);
    expect(schedule.nextReview).toBe(AS_OF);
    expect(schedule.due).toBe(false);
  });
});
