import { assess } from "../src/engine/assessment/assess";
import { DEFAULT_FRAMEWORK } from "../src/engine/assessment/framework";
import {
  appendHistory,
  compareAssessments,
  historyRowSchema,
  parseGrade,
  previousRun,
  snapshotFromHistoryRow,
} from "../src/engine/assessment/history";
import { dayFromIso } from "../src/engine/dates";
import { answerRows, answersForLevels } from "./assessment-fixtures";

const JUNE = dayFromIso("2026-06-30")!;
const MARCH = dayFromIso("2026-03-31")!;
const DECEMBER = dayFromIso("2025-12-31")!;
const METRICS = { overdueRatio: 0.05, over90Ratio: 0 };

describe("compareAssessments", () => {
  const before = assess(answersForLevels({ A1: 2, B4: 3 }), METRICS);
  const after = assess(answersForLevels({ A1: 4, B4: 3 }), { ...METRICS, overdueRatio: 0.3 });
  const comparison = compareAssessments(before, after);

  it("shows each indicator before and after", () => {
    expect(comparison.indicators.find((change) => change.code === "A1")).toEqual({
      code: "A1",
      levelBefore: 2,
      levelAfter: 4,
      levelChange: 2,
      pointsBefore: 3.2,
      pointsAfter: 6.4,
      pointsChange: 3.2,
    });
    expect(comparison.indicators.find((change) => change.code === "B4")).toMatchObject({
      levelBefore: 3,
      levelAfter: 2,
      levelChange: -1,
      pointsChange: -2.4,
    });
    expect(comparison.indicators.find((change) => change.code === "A2")?.levelChange).toBe(0);
  });

  it("gives the score change", () => {
    expect(comparison.scoreBefore).toBe(before.score);
    expect(comparison.scoreAfter).toBe(after.score);
    expect(comparison.scoreChange).toBe(0.8);
  });

  it("keeps an indicator only one side has", () => {
    const old = {
      score: 50,
      grade: "not-ready" as const,
      indicators: [{ code: "A9", level: 3, points: 1 }],
    };
    const result = compareAssessments(old, after);
    expect(result.indicators.at(-1)).toEqual({ code: "A9", levelBefore: 3, pointsBefore: 1 });
    expect(result.indicators[0]).toMatchObject({ code: "A1", levelAfter: 4 });
    expect(result.indicators[0]?.levelChange).toBeUndefined();
  });
});

describe("history rows", () => {
  const march = assess(answerRows(0.5), METRICS);
  const june = assess(answerRows(1), METRICS);

  it("appends a run and sorts by date", () => {
    const first = appendHistory([], june, JUNE);
    const both = appendHistory(first, march, MARCH);
    expect(both.map((row) => row.asOf)).toEqual([MARCH, JUNE]);
    expect(both[1]).toMatchObject({ score: 100, grade: "financing-ready" });
    expect(both[1]?.levels["B5"]).toBe(5);
  });

  it("replaces the row with the same as-of date", () => {
    const history = appendHistory(appendHistory([], march, JUNE), june, JUNE);
    expect(history).toHaveLength(1);
    expect(history[0]?.score).toBe(100);
  });

  it("validates rows read back from a sheet", () => {
    const row = appendHistory([], june, JUNE)[0];
    expect(historyRowSchema.safeParse(row).success).toBe(true);
    expect(historyRowSchema.safeParse({ ...row, grade: "excellent" }).success).toBe(false);
    expect(historyRowSchema.safeParse({ ...row, levels: { A1: 7 } }).success).toBe(false);
  });

  it("finds the latest earlier run and rebuilds its points", () => {
    const history = appendHistory(appendHistory([], march, MARCH), june, JUNE);
    const previous = previousRun(history, JUNE, DEFAULT_FRAMEWORK);
    expect(previous?.asOf).toBe(MARCH);
    expect(previous?.snapshot.indicators.find((item) => item.code === "B4")).toEqual({
      code: "B4",
      level: 3,
      points: 7.2,
    });
    expect(previousRun(history, MARCH, DEFAULT_FRAMEWORK)).toBeUndefined();
    expect(previousRun(history, DECEMBER, DEFAULT_FRAMEWORK)).toBeUndefined();
  });

  it("skips indicators a row does not have", () => {
    const snapshot = snapshotFromHistoryRow(
      { asOf: MARCH, score: 10, grade: "not-ready", levels: { A1: 2 } },
      DEFAULT_FRAMEWORK,
    );
    expect(snapshot.indicators).toEqual([{ code: "A1", level: 2, points: 3.2 }]);
  });
});

describe("parseGrade", () => {
  it.each([
    ["financing-ready", "financing-ready"],
    ["Ready with conditions", "ready-with-conditions"],
    ["建设中", "developing"],
    [" not ready ", "not-ready"],
  ])("reads %j", (text, code) => {
    expect(parseGrade(text, DEFAULT_FRAMEWORK)).toBe(code);
  });

  it("returns undefined for unknown text", () => {
    expect(parseGrade("excellent", DEFAULT_FRAMEWORK)).toBeUndefined();
  });
});
