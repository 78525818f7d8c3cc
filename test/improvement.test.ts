import { assess } from "../src/engine/assessment/assess";
import type { AssessmentMetrics } from "../src/engine/assessment/types";
import { dayFromIso } from "../src/engine/dates";
import {
  buildImprovementPlan,
  mergeUserEdits,
  parseActionKey,
  type PreviousPlanRow,
} from "../src/engine/improvement";
import { answerRows, answersForLevels } from "./assessment-fixtures";

const AS_OF = dayFromIso("2026-06-30")!;
const PERFECT: AssessmentMetrics = {
  completeFileShare: 1,
  ratedOnTimeShare: 1,
  withinLimitShare: 1,
  documentedShare: 1,
  overdueRatio: 0,
  over90Ratio: 0,
  eligibleShare: 1,
};

function indicatorsIn(plan: { indicator: string }[]): string[] {
  return [...new Set(plan.map((action) => action.indicator))];
}

describe("buildImprovementPlan", () => {
  it("is empty when every indicator is at level 3 or above", () => {
    const result = assess(answerRows(0.5, { A1: [1, 1, 1, 0, 0] }), PERFECT);
    expect(result.indicators.every((indicator) => indicator.level >= 3)).toBe(true);
    expect(buildImprovementPlan(result, { asOf: AS_OF })).toEqual([]);
  });

  it("lists every catalogue action of each indicator at level 2 or below", () => {
    const result = assess(answersForLevels({ A2: 2, B6: 0 }), PERFECT);
    const plan = buildImprovementPlan(result, { asOf: AS_OF });
    expect(indicatorsIn(plan)).toEqual(["A2", "B6"]);
    expect(plan.map((action) => action.key)).toEqual([
      "A2/appoint-owner",
      "A2/approval-matrix",
      "A2/separate-duties",
      "B6/annual-assessment",
      "B6/assign-actions",
      "B6/loss-review",
    ]);
  });

  it("fills defaults: blank owner, open status, due 90 days after the as-of date", () => {
    const result = assess(answersForLevels({ A1: 1 }), PERFECT);
    const [first] = buildImprovementPlan(result, { asOf: AS_OF });
    expect(first).toMatchObject({ owner: "", status: "open", level: 1, targetLevel: 3 });
    expect(first?.dueDate).toBe(dayFromIso("2026-09-28"));
  });

  it("takes the due date offset as a parameter", () => {
    const result = assess(answersForLevels({ A1: 1 }), PERFECT);
    const [first] = buildImprovementPlan(result, { asOf: AS_OF, dueInDays: 30 });
    expect(first?.dueDate).toBe(dayFromIso("2026-07-30"));
  });

  it("states the measured value of a metric below its level-3 threshold", () => {
    const result = assess(answerRows(1), { ...PERFECT, overdueRatio: 0.283, over90Ratio: 0.01 });
    const plan = buildImprovementPlan(result, { asOf: AS_OF });
    expect(indicatorsIn(plan)).toEqual(["B4"]);
    expect(plan[0]?.finding.en).toBe(
      "Level 2 of 5; the checklist sums to 5 of 5. Overdue ratio is 28.3%, above the level-3 limit of 25.0%.",
    );
    expect(plan[0]?.finding.zh).toBe(
      "当前等级 2/5；检查表合计 5/5。逾期率为 28.3%，高于 3 级上限 25.0%。",
    );
  });

  it("names a share below its minimum and counts unanswered questions", () => {
    const answers = answerRows(1, { A5: [1, 1, undefined, undefined, 1] });
    const result = assess(answers, { ...PERFECT, completeFileShare: 0.5 });
    const [first] = buildImprovementPlan(result, { asOf: AS_OF });
    expect(first?.finding.en).toBe(
      "Level 1 of 5; the checklist sums to 3 of 5. 2 of 5 questions unanswered, counted as No. " +
        "Customers with a complete credit file is 50.0%, below the level-3 threshold of 80.0%.",
    );
  });

  it("mentions a metric that could not be measured", () => {
    const result = assess(answersForLevels({ B5: 2 }), { ...PERFECT, eligibleShare: undefined });
    const [first] = buildImprovementPlan(result, { asOf: AS_OF });
    expect(first?.finding.en).toContain("could not be measured");
  });

  it("aims at least one level above the current level", () => {
    const result = assess(answersForLevels({ A1: 3 }), PERFECT);
    const plan = buildImprovementPlan(result, { asOf: AS_OF, maxLevel: 3 });
    expect(plan.find((action) => action.actionId === "write-policy")?.targetLevel).toBe(4);
    expect(plan.find((action) => action.actionId === "annual-review")?.targetLevel).toBe(4);
  });
});

describe("mergeUserEdits", () => {
  const result = assess(answersForLevels({ A1: 1, B2: 2 }), PERFECT);
  const plan = buildImprovementPlan(result, { asOf: AS_OF });

  it("keeps owner, due date and status typed by the user", () => {
    const edited: PreviousPlanRow[] = [
      {
        indicator: "A1",
        actionId: "write-policy",
        owner: "Li Wei",
        dueDate: dayFromIso("2026-08-15"),
        status: "In progress",
      },
      { indicator: "B2", actionId: "set-limits", status: "waiting for the board" },
    ];
    const merged = mergeUserEdits(plan, edited);
    expect(merged.find((action) => action.key === "A1/write-policy")).toMatchObject({
      owner: "Li Wei",
      dueDate: dayFromIso("2026-08-15"),
      status: "in-progress",
    });
    expect(merged.find((action) => action.key === "B2/set-limits")).toMatchObject({
      owner: "",
      dueDate: AS_OF + 90,
      status: "waiting for the board",
    });
  });

  it("reads Chinese status labels and ignores blank cells", () => {
    const merged = mergeUserEdits(plan, [
      { indicator: "a1", actionId: "exception-rules", owner: "  ", status: "已完成" },
    ]);
    expect(merged.find((action) => action.key === "A1/exception-rules")).toMatchObject({
      owner: "",
      status: "done",
    });
  });

  it("leaves rows without edits and new actions at their defaults", () => {
    const merged = mergeUserEdits(plan, [
      { indicator: "A3", actionId: "scoring-method", owner: "Someone" },
    ]);
    expect(merged).toEqual(plan);
  });

  it("does not change the new plan it is given", () => {
    const before = structuredClone(plan);
    mergeUserEdits(plan, [{ indicator: "A1", actionId: "write-policy", owner: "Li Wei" }]);
    expect(plan).toEqual(before);
  });
});

describe("parseActionKey", () => {
  it("splits the key column of the plan sheet", () => {
    expect(parseActionKey("A5/complete-files")).toEqual({
      indicator: "A5",
      actionId: "complete-files",
    });
    expect(parseActionKey(" b4 / escalate-over-90 ")).toEqual({
      indicator: "B4",
      actionId: "escalate-over-90",
    });
  });

  it("rejects other text", () => {
    expect(parseActionKey("Indicator/Action ID")).toBeUndefined();
    expect(parseActionKey("")).toBeUndefined();
  });
});
