import { DEFAULT_FRAMEWORK } from "../src/engine/assessment/framework";
import { measureIndicator, metricLevel } from "../src/engine/assessment/metrics";
import type { MetricDefinition } from "../src/engine/assessment/schema";
import type { MetricKey } from "../src/engine/assessment/types";

function metric(key: MetricKey): MetricDefinition {
  const found = DEFAULT_FRAMEWORK.indicators
    .flatMap((indicator) => indicator.metrics)
    .find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no metric ${key}`);
  return found;
}

/** Each row: metric, value, expected level. Values sit on and just past each threshold. */
const EDGES: [MetricKey, number, number][] = [
  ["completeFileShare", 1, 5],
  ["completeFileShare", 0.95, 5],
  ["completeFileShare", 0.9499, 4],
  ["completeFileShare", 0.9, 4],
  ["completeFileShare", 0.8999, 3],
  ["completeFileShare", 0.8, 3],
  ["completeFileShare", 0.7999, 2],
  ["completeFileShare", 0.6, 2],
  ["completeFileShare", 0.5999, 1],
  ["completeFileShare", 0, 1],
  ["ratedOnTimeShare", 0.95, 5],
  ["ratedOnTimeShare", 0.9499, 4],
  ["ratedOnTimeShare", 0.9, 4],
  ["ratedOnTimeShare", 0.8999, 3],
  ["ratedOnTimeShare", 0.8, 3],
  ["ratedOnTimeShare", 0.7999, 2],
  ["ratedOnTimeShare", 0.6, 2],
  ["ratedOnTimeShare", 0.5999, 1],
  ["withinLimitShare", 0.98, 5],
  ["withinLimitShare", 0.9799, 4],
  ["withinLimitShare", 0.95, 4],
  ["withinLimitShare", 0.9499, 3],
  ["withinLimitShare", 0.9, 3],
  ["withinLimitShare", 0.8999, 2],
  ["withinLimitShare", 0.8, 2],
  ["withinLimitShare", 0.7999, 1],
  ["documentedShare", 0.98, 5],
  ["documentedShare", 0.9799, 4],
  ["documentedShare", 0.95, 4],
  ["documentedShare", 0.9499, 3],
  ["documentedShare", 0.9, 3],
  ["documentedShare", 0.8999, 2],
  ["documentedShare", 0.75, 2],
  ["documentedShare", 0.7499, 1],
  ["overdueRatio", 0, 5],
  ["overdueRatio", 0.1, 5],
  ["overdueRatio", 0.1001, 4],
  ["overdueRatio", 0.15, 4],
  ["overdueRatio", 0.1501, 3],
  ["overdueRatio", 0.25, 3],
  ["overdueRatio", 0.2501, 2],
  ["overdueRatio", 0.35, 2],
  ["overdueRatio", 0.3501, 1],
  ["overdueRatio", 1, 1],
  ["over90Ratio", 0.02, 5],
  ["over90Ratio", 0.0201, 4],
  ["over90Ratio", 0.05, 4],
  ["over90Ratio", 0.0501, 3],
  ["over90Ratio", 0.1, 3],
  ["over90Ratio", 0.1001, 2],
  ["over90Ratio", 0.15, 2],
  ["over90Ratio", 0.1501, 1],
  ["eligibleShare", 0.85, 5],
  ["eligibleShare", 0.8499, 4],
  ["eligibleShare", 0.8, 4],
  ["eligibleShare", 0.7999, 3],
  ["eligibleShare", 0.7, 3],
  ["eligibleShare", 0.6999, 2],
  ["eligibleShare", 0.6, 2],
  ["eligibleShare", 0.5999, 1],
];

describe("metricLevel", () => {
  it.each(EDGES)("rates %s of %p at level %p", (key, value, level) => {
    expect(metricLevel(metric(key), value)).toBe(level);
  });

  it("counts a ratio computed with binary rounding as meeting its threshold", () => {
    // 0.7 + 0.1 is 0.7999999999999999 and 0.1 + 0.05 is 0.15000000000000002.
    expect(metricLevel(metric("eligibleShare"), 0.7 + 0.1)).toBe(4);
    expect(metricLevel(metric("overdueRatio"), 0.1 + 0.05)).toBe(4);
  });
});

describe("measureIndicator", () => {
  const b4 = DEFAULT_FRAMEWORK.indicators.find((indicator) => indicator.code === "B4")!;

  it("takes the lower level of the overdue and 90+ ratios", () => {
    const measured = measureIndicator(b4.metrics, { overdueRatio: 0.12, over90Ratio: 0.08 });
    expect(measured.level).toBe(3);
    expect(measured.value).toBe(0.08);
    expect(measured.measurements).toEqual([
      { key: "overdueRatio", value: 0.12, level: 4 },
      { key: "over90Ratio", value: 0.08, level: 3 },
    ]);
  });

  it("rates on the measured part and lists the missing one", () => {
    const measured = measureIndicator(b4.metrics, { overdueRatio: 0.3 });
    expect(measured.level).toBe(2);
    expect(measured.unmeasured).toEqual(["over90Ratio"]);
  });

  it("gives no level when nothing was measured", () => {
    const measured = measureIndicator(b4.metrics, {});
    expect(measured.level).toBeUndefined();
    expect(measured.unmeasured).toEqual(["overdueRatio", "over90Ratio"]);
  });
});
