import { assess } from "../src/engine/assessment/assess";
import { toAssessmentJson } from "../src/engine/assessment/json";
import type { AssessmentMetrics, AssessmentResult } from "../src/engine/assessment/types";
import { answerRows, answersForLevels, CODES } from "./assessment-fixtures";

/** Metrics that never cap a level. */
const PERFECT: AssessmentMetrics = {
  completeFileShare: 1,
  ratedOnTimeShare: 1,
  withinLimitShare: 1,
  documentedShare: 1,
  overdueRatio: 0,
  over90Ratio: 0,
  eligibleShare: 1,
};

function indicator(result: AssessmentResult, code: string) {
  const found = result.indicators.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

/** Same levels for every indicator except those listed. */
function levels(all: number, except: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(CODES.map((code) => [code, except[code] ?? all]));
}

describe("assess: levels and points", () => {
  it("scores 100 when every answer is Yes and no metric caps", () => {
    const result = assess(answerRows(1), PERFECT);
    expect(result.score).toBe(100);
    expect(result.subtotals).toEqual({ A: 40, B: 60 });
    expect(result.grade).toBe("financing-ready");
    expect(result.unanswered).toEqual([]);
  });

  it("gives points as level ÷ 5 × weight with two decimals", () => {
    const result = assess(answersForLevels(levels(3)), PERFECT);
    expect(indicator(result, "A1").points).toBe(4.8);
    expect(indicator(result, "A3").points).toBe(5.4);
    expect(indicator(result, "B4").points).toBe(7.2);
    expect(indicator(result, "B5").points).toBe(7.8);
    expect(result.subtotals).toEqual({ A: 24, B: 36 });
    expect(result.score).toBe(60);
  });

  it("rounds a checklist sum of 2.5 up to level 3", () => {
    const result = assess(answerRows(1, { A2: [1, 1, 0.5, 0, 0] }), PERFECT);
    expect(indicator(result, "A2").checklistSum).toBe(2.5);
    expect(indicator(result, "A2").checklistLevel).toBe(3);
  });

  it("takes the lower of checklist and metric level", () => {
    const result = assess(answerRows(1, { B2: [1, 1, 1, 0, 0] }), {
      ...PERFECT,
      completeFileShare: 0.85,
      withinLimitShare: 1,
    });
    expect(indicator(result, "A5")).toMatchObject({
      level: 3,
      checklistLevel: 5,
      metricLevel: 3,
      metric: 0.85,
      cappedBy: "metric",
    });
    expect(indicator(result, "B2")).toMatchObject({
      level: 3,
      checklistLevel: 3,
      metricLevel: 5,
      cappedBy: "checklist",
    });
    expect(indicator(result, "A1").cappedBy).toBeNull();
  });

  it("keeps the checklist level and names the gap when a metric is missing", () => {
    const result = assess(answerRows(1), { ...PERFECT, eligibleShare: undefined });
    const b5 = indicator(result, "B5");
    expect(b5.level).toBe(5);
    expect(b5.metricLevel).toBeUndefined();
    expect(b5.cappedBy).toBeNull();
    expect(b5.unmeasured).toEqual(["eligibleShare"]);
  });

  it("lists unanswered questions with their rows and counts them as No", () => {
    const answers = answerRows(1, { A4: [1, undefined, 1, 1, 1] });
    const withoutB6 = answers.filter((row) => !(row.indicator === "B6" && row.questionNo === 5));
    const result = assess(withoutB6, PERFECT);
    expect(indicator(result, "A4").checklistLevel).toBe(4);
    expect(indicator(result, "B6").checklistLevel).toBe(4);
    expect(result.unanswered).toEqual([
      { code: "A4", questionNo: 2, ref: { sheet: "Assessment", row: 18 } },
      { code: "B6", questionNo: 5 },
    ]);
  });

  it("rejects a metric outside 0 to 1", () => {
    expect(() => assess(answerRows(1), { overdueRatio: 1.2 })).toThrow(RangeError);
    expect(() => assess(answerRows(1), { eligibleShare: Number.NaN })).toThrow(/eligibleShare/);
  });
});

describe("assess: one answer and one metric changed", () => {
  it("moves exactly the indicators they belong to", () => {
    const before = assess(answerRows(1), PERFECT);
    const answers = answerRows(1, { A3: [1, 1, 1, 1, 0] });
    const after = assess(answers, { ...PERFECT, overdueRatio: 0.2 });

    const moved = CODES.filter(
      (code) => indicator(before, code).level !== indicator(after, code).level,
    );
    expect(moved).toEqual(["A3", "B4"]);
    expect(indicator(after, "A3").level).toBe(4);
    expect(indicator(after, "B4")).toMatchObject({ level: 3, metricLevel: 3, cappedBy: "metric" });
    expect(after.score).toBe(93.4);
  });
});

describe("assess: grade bands", () => {
  // One level less on an indicator of weight w costs w ÷ 5 points.
  it.each([
    [levels(5), 100, "financing-ready"],
    [levels(5, { B4: 2, B5: 2 }), 85, "financing-ready"],
    [levels(5, { B4: 2, B6: 1 }), 84.8, "ready-with-conditions"],
    [levels(4, { A1: 3, A4: 3, B4: 3, B5: 3, B6: 3 }), 70, "ready-with-conditions"],
    [levels(4, { A1: 2, A4: 3, B4: 3, B5: 3, B6: 3 }), 68.4, "developing"],
    [levels(3, { B4: 2, B5: 2 }), 55, "developing"],
    [levels(3, { A4: 2, B4: 2, B5: 2 }), 53.6, "not-ready"],
    [levels(0), 0, "not-ready"],
  ])("grades %j: score %p, %s", (byCode, score, grade) => {
    const result = assess(answersForLevels(byCode), PERFECT);
    expect(result.score).toBe(score);
    expect(result.grade).toBe(grade);
  });
});

describe("assess: gate", () => {
  it("caps the grade at developing when B5 is at level 1", () => {
    const result = assess(answerRows(1), { ...PERFECT, eligibleShare: 0.4 });
    expect(result.score).toBe(89.6);
    expect(result.scoreGrade).toBe("financing-ready");
    expect(result.grade).toBe("developing");
    expect(result.gate).toBe(true);
    expect(result.gateIndicators).toEqual(["B5"]);
  });

  it("caps the grade when A5 is at level 0 from the checklist", () => {
    const result = assess(answersForLevels(levels(5, { A5: 0 })), PERFECT);
    expect(result.score).toBe(92);
    expect(result.grade).toBe("developing");
    expect(result.gate).toBe(true);
  });

  it("does not apply at level 2", () => {
    const result = assess(answersForLevels(levels(5, { A5: 2, B5: 2 })), PERFECT);
    expect(result.score).toBe(87.4);
    expect(result.grade).toBe("financing-ready");
    expect(result.gate).toBe(false);
    expect(result.gateIndicators).toEqual([]);
  });

  it("reports no lowering when the score is already at or below developing", () => {
    const result = assess(answersForLevels(levels(2, { B5: 1 })), PERFECT);
    expect(result.grade).toBe("not-ready");
    expect(result.gate).toBe(false);
    expect(result.gateIndicators).toEqual(["B5"]);
  });
});

describe("toAssessmentJson", () => {
  it("writes the contract fields with null for missing metrics", () => {
    const result = assess(answerRows(1), { overdueRatio: 0.1 + 0.2, over90Ratio: 0 });
    const json = toAssessmentJson(result);
    expect(Object.keys(json)).toEqual(["score", "grade", "gate", "subtotals", "indicators"]);
    expect(json.indicators.find((item) => item.code === "A1")).toEqual({
      code: "A1",
      level: 5,
      checklistLevel: 5,
      metricLevel: null,
      metric: null,
      points: 8,
      cappedBy: null,
    });
    expect(json.indicators.find((item) => item.code === "B4")).toMatchObject({
      metric: 0.3,
      metricLevel: 2,
      level: 2,
    });
  });
});
