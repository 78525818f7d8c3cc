import { assess } from "../src/engine/assessment/assess";
import { appendHistory } from "../src/engine/assessment/history";
import type { AssessmentMetrics } from "../src/engine/assessment/types";
import { dayFromIso } from "../src/engine/dates";
import { buildImprovementPlan, mergeUserEdits } from "../src/engine/improvement";
import { assessmentSheet } from "../src/report/assessment";
import {
  assessmentReportStrings,
  type AssessmentReportStrings,
} from "../src/report/assessment-strings";
import { historySheet } from "../src/report/history";
import { improvementSheet } from "../src/report/improvement";
import type { RangeModel, SheetModel } from "../src/report/model";
import { answerRows, answersForLevels } from "./assessment-fixtures";
import { rowArray } from "../src/report/rows";

const AS_OF = dayFromIso("2026-06-30")!;
const MARCH = dayFromIso("2026-03-31")!;
const METRICS: AssessmentMetrics = {
  completeFileShare: 0.92,
  overdueRatio: 0.18,
  over90Ratio: 0.04,
  eligibleShare: 0.82,
};
const CJK = /[\u4e00-\u9fff]/;

function value(sheet: SheetModel, row: number, column: number) {
  return rowArray(sheet.rows)[row]?.[column]?.value;
}

/** Returns the value in column `index` of every row. */
function column(sheet: SheetModel, index: number) {
  return rowArray(sheet.rows).map((row) => row[index]?.value);
}

function rowOf(sheet: SheetModel, first: unknown): number {
  return rowArray(sheet.rows).findIndex((row) => row[0]?.value === first);
}

function valuesIn(sheet: SheetModel, range: RangeModel) {
  const values: unknown[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let col = range.left; col <= range.right; col += 1) values.push(value(sheet, row, col));
  }
  return values;
}

/** Checks that every table starts on a header row and every chart range lies on written cells. */
function expectConsistent(sheet: SheetModel) {
  for (const table of sheet.tables) {
    const header = rowArray(sheet.rows)[table.range.top] ?? [];
    for (let col = table.range.left; col <= table.range.right; col += 1) {
      expect([table.name, col, header[col]?.style]).toEqual([table.name, col, "header"]);
    }
    expect(sheet.rows.length).toBeGreaterThan(table.range.bottom);
  }
  for (const chart of sheet.charts) {
    for (const series of chart.series) {
      expect(valuesIn(sheet, series.values).every((item) => typeof item === "number")).toBe(true);
      expect(valuesIn(sheet, series.categories).every((item) => item !== null)).toBe(true);
    }
  }
}

describe("CD Assessment sheet", () => {
  const result = assess(answersForLevels({ A1: 2, B6: 3 }), METRICS);
  const sheet = assessmentSheet(result, { locale: "en-US", asOf: AS_OF });

  it("is named and marked for re-runs", () => {
    expect(sheet.name).toBe("CD Assessment");
    expect(sheet.marker).toBe("assessment");
  });

  it("starts with the grade banner", () => {
    expect(result.score).toBe(82.2);
    expect(value(sheet, 2, 0)).toBe("Grade: Ready with conditions (82.20 of 100 points)");
    expect(rowArray(sheet.rows)[2]?.[0]?.style).toBe("warning");
    const best = assessmentSheet(assess(answerRows(1), {}), { locale: "en-US", asOf: AS_OF });
    expect(value(best, 2, 0)).toBe("Grade: Financing-ready (100.00 of 100 points)");
    expect(rowArray(best.rows)[2]?.[0]?.style).toBe("good");
  });

  it("groups the indicators under A and B with subtotals and a total", () => {
    const codes = column(sheet, 0);
    const a = codes.indexOf("A");
    const b = codes.indexOf("B");
    expect(codes.slice(a + 1, a + 6)).toEqual(["A1", "A2", "A3", "A4", "A5"]);
    expect(value(sheet, a + 6, 1)).toBe("Subtotal A");
    expect(value(sheet, a + 6, 7)).toBe(result.subtotals["A"]);
    expect(codes.slice(b + 1, b + 7)).toEqual(["B1", "B2", "B3", "B4", "B5", "B6"]);
    expect(value(sheet, b + 7, 1)).toBe("Subtotal B");
    expect(value(sheet, b + 8, 1)).toBe("Total score");
    expect(value(sheet, b + 8, 7)).toBe(82.2);
  });

  it("shows checklist level, metric, metric level, level, points and cap reason", () => {
    const b4 = rowArray(sheet.rows)[rowOf(sheet, "B4")]!;
    expect(b4.slice(2, 8).map((item) => item?.value)).toEqual([12, 5, 0.18, 3, 3, 7.2]);
    expect(b4[4]?.format).toBe("percent");
    expect(b4[8]?.value).toBe(
      "Capped by the metric (checklist level 5); Overdue ratio 18.0% (level 3); " +
        "Share more than 90 days past due 4.0% (level 4)",
    );
    const b1 = rowArray(sheet.rows)[rowOf(sheet, "B1")]!;
    expect(b1[4]?.value).toBeNull();
    expect(b1[8]?.value).toBe("Active customers rated within their review period: not measured");
  });

  it("charts every level against the maximum", () => {
    const [chart] = sheet.charts;
    expect(chart?.type).toBe("radar");
    expect(chart?.series.map((series) => series.name)).toEqual(["Level", "Maximum"]);
    expect(valuesIn(sheet, chart!.series[0]!.categories)).toEqual(
      result.indicators.map((indicator) => indicator.code),
    );
    expect(valuesIn(sheet, chart!.series[0]!.values)).toEqual(
      result.indicators.map((indicator) => indicator.level),
    );
    expect(new Set(valuesIn(sheet, chart!.series[1]!.values))).toEqual(new Set([5]));
    expectConsistent(sheet);
  });

  it("colours levels below 3 but not the group rows", () => {
    const ranges = sheet.conditionalFormats.map((format) => format.range);
    expect(ranges).toHaveLength(2);
    for (const range of ranges) {
      expect(valuesIn(sheet, range).every((item) => typeof item === "number")).toBe(true);
    }
  });

  it("states the gate when it lowers the grade", () => {
    const gated = assess(answerRows(1), { eligibleShare: 0.5 });
    const gatedSheet = assessmentSheet(gated, { locale: "en-US", asOf: AS_OF });
    expect(value(gatedSheet, 2, 0)).toBe("Grade: Developing (89.60 of 100 points)");
    expect(value(gatedSheet, 3, 0)).toMatch(/capped at Developing because B5 is at level 1/);
  });

  it("adds the comparison with the previous run", () => {
    const earlier = assess(answersForLevels({ A1: 1, B6: 3 }), METRICS);
    const compared = assessmentSheet(result, {
      locale: "en-US",
      asOf: AS_OF,
      previous: { asOf: MARCH, snapshot: earlier },
    });

    const titleRow = column(compared, 0).indexOf("Change since the run of 2026-03-31");
    expect(titleRow).toBeGreaterThan(0);
    expect(rowArray(compared.rows)[titleRow + 1]?.map((item) => item?.value)).toEqual([
      "Code",
      "Indicator",
      "Level Before",
      "Level After",
      "Level Change",
      "Points Before",
      "Points After",
      "Points Change",
    ]);

    const a1 = rowArray(compared.rows)[titleRow + 2]!;
    expect(a1.map((item) => item?.value)).toEqual(["A1", "Credit policy", 1, 2, 1, 1.6, 3.2, 1.6]);

    const score = rowArray(compared.rows)[titleRow + 13]!;
    expect(score.slice(5).map((item) => item?.value)).toEqual([80.6, 82.2, 1.6]);

    const changeColumns = compared.conditionalFormats
      .filter((format) => format.range.top > titleRow)
      .map((format) => [format.range.left, format.range.right]);
    expect(changeColumns).toEqual([
      [4, 4],
      [4, 4],
      [7, 7],
      [7, 7],
    ]);

    expect(compared.tables.map((table) => table.name)).toEqual([
      "CDAssessmentLevels",
      "CDAssessmentComparison",
    ]);
    expectConsistent(compared);
  });

  it("is written in Chinese for zh-CN", () => {
    const zh = assessmentSheet(result, { locale: "zh-CN", asOf: AS_OF });
    expect(zh.name).toBe("CD 自评");
    expect(value(zh, 2, 0)).toBe("评级：有条件具备融资条件（82.20 分，满分 100）");
    expect(value(zh, rowOf(zh, "A1"), 1)).toBe("信用政策");
    expect(
      rowArray(zh.rows)[5]
        ?.map((item) => item?.value)
        .slice(0, 9),
    ).toEqual([
      "代码",
      "指标",
      "权重",
      "检查表等级",
      "指标值",
      "指标值等级",
      "等级",
      "得分",
      "说明",
    ]);
  });
});

describe("CD Improvement sheet", () => {
  const result = assess(answersForLevels({ A1: 1, B2: 2 }), METRICS);
  const plan = mergeUserEdits(buildImprovementPlan(result, { asOf: AS_OF }), [
    { indicator: "A1", actionId: "write-policy", owner: "Li Wei", status: "done" },
  ]);
  const sheet = improvementSheet(plan, { locale: "en-US", asOf: AS_OF });

  it("has one row per action under a keyed header", () => {
    const header = rowArray(sheet.rows)[3]!.map((item) => item?.value);
    expect(header).toEqual([
      "Indicator/Action ID",
      "Indicator",
      "Finding",
      "Action",
      "Owner",
      "Due Date",
      "Status",
      "Current Level",
      "Target Level",
    ]);
    expect(
      rowArray(sheet.rows)
        .slice(4)
        .map((row) => row[0]?.value),
    ).toEqual(plan.map((a) => a.key));
    expectConsistent(sheet);
  });

  it("keys user columns on action id", () => {
    expect(sheet.userColumns).toEqual({ key: 0, columns: [4, 5, 6] });
  });

  it("writes the user's edits and the defaults", () => {
    const first = rowArray(sheet.rows)[4]!;
    expect(first.slice(4, 7).map((item) => item?.value)).toEqual(["Li Wei", AS_OF + 90, "Done"]);
    expect(first[5]?.date).toBe(true);
    const second = rowArray(sheet.rows)[5]!;
    expect(second.slice(4, 7).map((item) => item?.value)).toEqual([null, AS_OF + 90, "Open"]);
  });

  it("is written in Chinese for zh-CN", () => {
    const zh = improvementSheet(plan, { locale: "zh-CN", asOf: AS_OF });
    expect(zh.name).toBe("CD 改进计划");
    expect(rowArray(zh.rows)[4]?.[1]?.value).toBe("A1 信用政策");
    expect(rowArray(zh.rows)[4]?.[6]?.value).toBe("已完成");
    expect(String(rowArray(zh.rows)[4]?.[3]?.value)).toMatch(CJK);
  });

  it("shows a note instead of an empty table", () => {
    const empty = improvementSheet([], { locale: "en-US", asOf: AS_OF });
    expect(empty.tables).toEqual([]);
    expect(String(value(empty, 4, 0))).toMatch(/^No actions are needed/);
  });
});

describe("CD History sheet", () => {
  const history = appendHistory(
    appendHistory([], assess(answerRows(0.5), METRICS), MARCH),
    assess(answerRows(1), METRICS),
    AS_OF,
  );

  it("lists date, score, grade and levels per run", () => {
    const sheet = historySheet(history, { locale: "en-US" });
    expect(sheet.name).toBe("CD History");
    expect(rowArray(sheet.rows)[3]?.map((item) => item?.value)).toEqual([
      "As Of",
      "Score",
      "Grade",
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
      "B1",
      "B2",
      "B3",
      "B4",
      "B5",
      "B6",
    ]);
    expect(
      rowArray(sheet.rows)[4]
        ?.slice(0, 4)
        .map((item) => item?.value),
    ).toEqual([MARCH, 60, "Developing", 3]);
    expect(
      rowArray(sheet.rows)[5]
        ?.slice(0, 3)
        .map((item) => item?.value),
    ).toEqual([AS_OF, history[1]!.score, "Financing-ready"]);
    expectConsistent(sheet);
  });

  it("is written in Chinese for zh-CN", () => {
    const sheet = historySheet(history, { locale: "zh-CN" });
    expect(sheet.name).toBe("CD 历史");
    expect(rowArray(sheet.rows)[4]?.[2]?.value).toBe("建设中");
  });
});

/** Calls every string function with sample arguments and collects the texts with their paths. */
function leaves(strings: unknown, path = ""): [string, string][] {
  if (typeof strings === "string") return [[path, strings]];
  if (typeof strings === "function") {
    const text = (strings as (...args: unknown[]) => unknown)("X", "1", 2);
    return [[path, String(text)]];
  }
  if (Array.isArray(strings)) return strings.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  return Object.entries(strings as object).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
}

describe("assessment report strings", () => {
  const en = leaves(assessmentReportStrings("en-US") satisfies AssessmentReportStrings);
  const zh = leaves(assessmentReportStrings("zh-CN"));

  it("exist in both languages with the same keys", () => {
    expect(zh.map(([path]) => path)).toEqual(en.map(([path]) => path));
  });

  it("are English in en-US and Chinese in zh-CN", () => {
    for (const [path, text] of en) expect([path, CJK.test(text)]).toEqual([path, false]);
    for (const [path, text] of zh) {
      expect([path, CJK.test(text)]).toEqual([path, true]);
    }
  });
});
