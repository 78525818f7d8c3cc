import { DEFAULT_CUSTOMER_PARAMS } from "../src/engine/customer-params";
import { altmanZ, assessFinancials, zZone } from "../src/engine/zscore";

const FINANCIAL = DEFAULT_CUSTOMER_PARAMS.financial;

describe("Altman Z' for a manufacturer", () => {
  // WC/TA 0.2, RE/TA 0.3, EBIT/TA 0.15, BVE/TL 600/400 = 1.5, Sales/TA 1.5:
  // 0.717·0.2 + 0.847·0.3 + 3.107·0.15 + 0.420·1.5 + 0.998·1.5
  // = 0.1434 + 0.2541 + 0.46605 + 0.63 + 1.497 = 2.99055 → safe zone, 30 points.
  const safe = {
    manufacturer: true,
    workingCapital: 200,
    retainedEarnings: 300,
    ebit: 150,
    totalAssets: 1000,
    totalLiabilities: 400,
    equity: 600,
    sales: 1500,
    currentAssets: 500,
    currentLiabilities: 300,
  };

  it("computes Z' from the five ratios", () => {
    const result = assessFinancials(safe, FINANCIAL);
    expect(result.model).toBe("z-prime");
    expect(result.z).toBeCloseTo(2.99055, 10);
    expect(result.zone).toBe("safe");
    expect(result.points).toBe(30);
    expect(result.status).toBe("scored");
  });

  it("scores grey zone with liquidity bonus", () => {
    // 0.717·0.1 + 0.847·0.1 + 3.107·0.05 + 0.420·1 + 0.998·1 = 1.72975; current ratio 700/300 = 2.33
    const grey = { ...safe, workingCapital: 100, retainedEarnings: 100, ebit: 50 };
    const result = assessFinancials(
      { ...grey, totalLiabilities: 500, equity: 500, sales: 1000, currentAssets: 700 },
      FINANCIAL,
    );
    expect(result.z).toBeCloseTo(1.72975, 10);
    expect(result.zone).toBe("grey");
    expect(result.points).toBe(20);
  });

  it("needs sales", () => {
    const { sales: _sales, ...withoutSales } = safe;
    const result = assessFinancials(withoutSales, FINANCIAL);
    expect(result.status).toBe("missing");
    expect(result.points).toBe(15);
  });
});

describe("Altman Z'' for a non-manufacturer", () => {
  // WC/TA 0.05, RE/TA 0.02, EBIT/TA 0.03, BVE/TL 200/800 = 0.25:
  // 6.56·0.05 + 3.26·0.02 + 6.72·0.03 + 1.05·0.25 = 0.328 + 0.0652 + 0.2016 + 0.2625 = 0.8573
  // → distress, 6 points; leverage 800/200 = 4 > 3 takes 3; current ratio 300/400 < 1 takes 3 → 0.
  const distressed = {
    workingCapital: 50,
    retainedEarnings: 20,
    ebit: 30,
    totalAssets: 1000,
    totalLiabilities: 800,
    equity: 200,
    sales: 5000,
    currentAssets: 300,
    currentLiabilities: 400,
  };

  it("computes Z'' without sales", () => {
    const result = assessFinancials(distressed, FINANCIAL);
    expect(result.model).toBe("z-double-prime");
    expect(result.z).toBeCloseTo(0.8573, 10);
    expect(result.zone).toBe("distress");
    expect(result.points).toBe(0);
  });

  it("scores distress 6 before refinements", () => {
    // Z'' = 0.328 + 0.0652 + 0.2016 + 1.05·(300/800) = 0.98855; leverage 2.67 and current ratio 1
    // are within bounds, so nothing changes.
    const result = assessFinancials({ ...distressed, equity: 300, currentAssets: 400 }, FINANCIAL);
    expect(result.z).toBeCloseTo(0.98855, 10);
    expect(result.zone).toBe("distress");
    expect(result.points).toBe(6);
  });

  it("derives equity from assets and liabilities and caps the part at 30", () => {
    // 6.56·0.3 + 3.26·0.2 + 6.72·0.1 + 1.05·(600/400) = 1.968 + 0.652 + 0.672 + 1.575 = 4.867
    const strong = { workingCapital: 300, retainedEarnings: 200, ebit: 100, totalAssets: 1000 };
    const result = assessFinancials(
      { ...strong, totalLiabilities: 400, currentAssets: 500, currentLiabilities: 200 },
      FINANCIAL,
    );
    expect(result.z).toBeCloseTo(4.867, 10);
    expect(result.zone).toBe("safe");
    expect(result.points).toBe(30);
  });

  it("takes 3 points for negative equity", () => {
    const result = assessFinancials(
      { ...distressed, equity: -100, totalLiabilities: 1100 },
      FINANCIAL,
    );
    expect(result.status).toBe("scored");
    expect(result.points).toBe(0);
  });
});

describe("zone bounds", () => {
  it.each([
    [1.22, "distress"],
    [1.23, "grey"],
    [2.9, "grey"],
    [2.91, "safe"],
  ])("puts Z' %p in the %p zone", (z, zone) => {
    expect(zZone(z, FINANCIAL.zPrime)).toBe(zone);
  });

  it.each([
    [1.09, "distress"],
    [1.1, "grey"],
    [2.6, "grey"],
    [2.61, "safe"],
  ])("puts Z'' %p in the %p zone", (z, zone) => {
    expect(zZone(z, FINANCIAL.zDoublePrime)).toBe(zone);
  });

  it("gives Z'' a sales coefficient of 0", () => {
    const ratios = {
      workingCapital: 0,
      retainedEarnings: 0,
      ebit: 0,
      equityToLiabilities: 0,
      sales: 9,
    };
    expect(altmanZ(ratios, FINANCIAL.zDoublePrime)).toBe(0);
  });
});

describe("unusable statements", () => {
  const base = {
    workingCapital: 50,
    retainedEarnings: 20,
    ebit: 30,
    totalAssets: 1000,
    totalLiabilities: 800,
  };

  it("scores missing statements neutral 15", () => {
    const result = assessFinancials({}, FINANCIAL);
    expect(result.status).toBe("missing");
    expect(result.points).toBe(15);
    expect(result.problems).toEqual([]);
  });

  it("reports negative total assets", () => {
    const result = assessFinancials({ ...base, totalAssets: -1000 }, FINANCIAL);
    expect(result.status).toBe("bad");
    expect(result.points).toBe(15);
    expect(result.problems).toEqual([{ field: "totalAssets", reason: "not-positive" }]);
  });

  it("reports zero total liabilities", () => {
    const result = assessFinancials({ ...base, totalLiabilities: 0 }, FINANCIAL);
    expect(result.status).toBe("bad");
    expect(result.problems).toEqual([{ field: "totalLiabilities", reason: "not-positive" }]);
  });

  it("reports a value that is not a number", () => {
    const result = assessFinancials({ ...base, ebit: Number.NaN }, FINANCIAL);
    expect(result.status).toBe("bad");
    expect(result.points).toBe(15);
    expect(result.problems).toEqual([{ field: "ebit", reason: "not-a-number" }]);
  });
});
