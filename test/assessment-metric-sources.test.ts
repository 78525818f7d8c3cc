import { metricsFromSources } from "../src/engine/assessment/metric-sources";

describe("metricsFromSources", () => {
  it("maps each engine result to its indicator metric", () => {
    const metrics = metricsFromSources({
      customers: {
        completeFileShare: 0.9,
        ratedWithinReviewShare: 0.75,
        exposureWithinLimitShare: 0.97,
        contractCoverage: { byCount: 0.92 },
      },
      kpis: { overdueRatio: 0.18, over90Ratio: 0.03 },
      financing: { gross: 200_000, eligible: 150_000 },
    });
    expect(metrics).toEqual({
      completeFileShare: 0.9,
      ratedOnTimeShare: 0.75,
      withinLimitShare: 0.97,
      documentedShare: 0.92,
      overdueRatio: 0.18,
      over90Ratio: 0.03,
      eligibleShare: 0.75,
    });
  });

  it("leaves metrics without a source or a base undefined", () => {
    const metrics = metricsFromSources({ financing: { gross: 0, eligible: 0 } });
    expect(Object.values(metrics).every((value) => value === undefined)).toBe(true);
  });

  it("caps eligible above gross at 1", () => {
    // Unapplied credits lower the gross balance but never count as eligible.
    const metrics = metricsFromSources({ financing: { gross: 90_000, eligible: 100_000 } });
    expect(metrics.eligibleShare).toBe(1);
  });
});
