import type { CustomerPortfolio, CustomerResult } from "../src/engine/customer-types";
import { toMinor as m } from "../src/engine/money";
import type { CellModel, SheetModel } from "../src/report/model";
import { buildCustomersSheet, sortByRisk } from "../src/report/customers";
import { AS_OF } from "./customers-fixtures";
import { rowArray } from "../src/report/rows";

function result(id: string, fields: Partial<CustomerResult>): CustomerResult {
  return {
    id,
    open: 0,
    overdue: 0,
    over90: 0,
    exposure: 0,
    settledInvoices: 0,
    scoreParts: { payment: 20, relationship: 5, financial: 15, external: 10 },
    score: 50,
    riskClass: "C",
    nextReview: AS_OF,
    recommendedLimit: 0,
    need: 0,
    flags: [],
    creditHold: { suggested: false, reasons: [] },
    creditFile: { complete: false, missing: ["registration"] },
    ...fields,
  };
}

const PORTFOLIO: CustomerPortfolio = {
  customers: [
    result("A1", { riskClass: "A", exposure: m(9_000), name: "Alpha" }),
    result("C1", { riskClass: "C", exposure: m(1_000) }),
    result("E1", { riskClass: "E", exposure: m(100), flags: ["overdue", "over-limit"] }),
    result("C2", {
      riskClass: "C",
      exposure: m(5_000),
      open: m(4_000),
      overdue: m(1_500),
      creditLimit: m(10_000),
      utilization: 0.5,
      paymentIndex: 62.5,
      recommendedLimit: m(8_000),
    }),
  ],
  completeFileShare: 0.25,
  exposureWithinLimitShare: 0.9,
  contractCoverage: { byCount: 0.5, byAmount: 0.75, uncovered: [] },
  issues: [],
};

const OPTIONS = { asOf: AS_OF, baseCurrency: "USD", locale: "en-US" as const };

function valueAt(sheet: SheetModel, row: number, col: number): CellModel["value"] | undefined {
  return rowArray(sheet.rows)[row]?.[col]?.value;
}

describe("CD Customers sheet", () => {
  const sheet = buildCustomersSheet(PORTFOLIO, OPTIONS);
  const table = sheet.tables[0]!;
  const header = table.range.top;

  it("sorts class E first, then by exposure", () => {
    expect(sortByRisk(PORTFOLIO.customers).map((entry) => entry.id)).toEqual([
      "E1",
      "C2",
      "C1",
      "A1",
    ]);
    const ids = [1, 2, 3, 4].map((offset) => valueAt(sheet, header + offset, 0));
    expect(ids).toEqual(["E1", "C2", "C1", "A1"]);
  });

  it("writes amounts in major units and the utilisation as a percentage", () => {
    const row = rowArray(sheet.rows)[header + 2]!;
    expect(row[9]).toMatchObject({ value: 4000, format: "money" });
    expect(row[10]).toMatchObject({ value: 1500, format: "money" });
    expect(row[11]).toMatchObject({ value: 5000, format: "money" });
    expect(row[12]).toMatchObject({ value: 10000, format: "money" });
    expect(row[13]).toMatchObject({ value: 8000, format: "money" });
    expect(row[14]).toMatchObject({ value: 0.5, format: "percent" });
    expect(row[8]).toMatchObject({ value: 62.5, format: "decimal1" });
    expect(row[15]).toMatchObject({ value: AS_OF, date: true });
  });

  it("lists flag labels", () => {
    expect(valueAt(sheet, header + 1, 16)).toBe("Overdue; Over limit");
  });

  it("has English headers and sheet name", () => {
    expect(sheet.name).toBe("CD Customers");
    expect(sheet.marker).toBe("customers");
    expect(valueAt(sheet, header, 0)).toBe("Customer ID");
    expect(valueAt(sheet, header, 14)).toBe("Utilisation");
    expect(valueAt(sheet, 0, 0)).toBe("Customer credit as of 2026-06-30 (USD)");
  });

  it("has Chinese headers in zh-CN", () => {
    const chinese = buildCustomersSheet(PORTFOLIO, { ...OPTIONS, locale: "zh-CN" });
    expect(chinese.name).toBe("CD 客户");
    expect(valueAt(chinese, header, 2)).toBe("风险等级");
    expect(valueAt(chinese, header + 1, 16)).toBe("逾期; 超出信用额度");
  });

  it("colours each class and puts a data bar on utilisation", () => {
    const data = { top: header + 1, bottom: header + 4 };
    const classRules = sheet.conditionalFormats.filter(
      (format) => format.rule.type === "textEquals",
    );
    expect(
      classRules.map((format) => (format.rule.type === "textEquals" ? format.rule.text : "")),
    ).toEqual(["A", "B", "C", "D", "E"]);
    for (const format of classRules) expect(format.range).toEqual({ ...data, left: 2, right: 2 });
    const bars = sheet.conditionalFormats.filter((format) => format.rule.type === "dataBar");
    expect(bars).toHaveLength(1);
    expect(bars[0]!.range).toEqual({ ...data, left: 14, right: 14 });
  });

  it("shows the portfolio shares, with n/a where none was measured", () => {
    const shares = sheet.tables[1]!.range;
    expect(valueAt(sheet, shares.top + 1, 0)).toBe(0.25);
    expect(valueAt(sheet, shares.top + 2, 0)).toBe("n/a");
    expect(valueAt(sheet, shares.top + 3, 0)).toBe(0.9);
    expect(valueAt(sheet, shares.top + 5, 0)).toBe(0.75);
  });

  it("freezes the header row and the customer columns", () => {
    expect(sheet.freeze).toEqual({ rows: header + 1, cols: 2 });
  });
});
