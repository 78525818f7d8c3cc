import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { dayFromIso } from "../src/engine/dates";
import type { RawWorkbook } from "../src/io/raw";
import { flattenParameters } from "../src/report/parameters";

const AS_OF = dayFromIso("2026-06-30") as number;

function workbook(parameters: (string | number)[][]): RawWorkbook {
  return {
    source: "p.xlsx",
    date1904: false,
    csv: false,
    sheets: [
      {
        name: "Invoices",
        rows: [
          ["Customer ID", "Invoice No", "Invoice Date", "Due Date", "Amount"],
          ["C1", "I1", "2026-05-01", "2026-05-31", 1000],
        ],
      },
      { name: "Parameters", rows: [["Name", "Value"], ...parameters] },
    ],
  };
}

describe("parameters by dotted name", () => {
  it("sets a nested lender parameter", () => {
    const run = analyzeWorkbook(workbook([["lender.financing.advanceRate", 0.7]]), {
      asOf: AS_OF,
      locale: "en-US",
    });
    expect(run.analysis.parameters.lender.financing.advanceRate).toBe(0.7);
    expect(run.analysis.issues).toEqual([]);
  });

  it("keeps the default and warns for an invalid value", () => {
    const run = analyzeWorkbook(workbook([["kpis.periodDays", "abc"]]), {
      asOf: AS_OF,
      locale: "en-US",
    });
    expect(run.analysis.parameters.kpis.periodDays).toBe(90);
    expect(run.analysis.issues.map((issue) => issue.code)).toEqual(["bad-parameter"]);
    expect(run.analysis.issues[0]?.message).toContain("kpis.periodDays");
  });

  it("warns about a name it does not know", () => {
    const run = analyzeWorkbook(workbook([["Advance Rat", 0.7]]), { asOf: AS_OF, locale: "en-US" });
    expect(run.analysis.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["bad-parameter", 2],
    ]);
  });

  it("lists every parameter by its dotted name in the report", () => {
    const run = analyzeWorkbook(workbook([]), { asOf: AS_OF, locale: "en-US" });
    const rows = new Map(flattenParameters(run.analysis.parameters));
    expect(rows.get("aging.buckets")).toBe("30,60,90");
    expect(rows.get("lender.financing.advanceRate")).toBe(0.8);
    expect(rows.has("customers.limits.step")).toBe(true);
  });
});

describe("misspelt dotted parameter", () => {
  it("warns about a name the group does not have", () => {
    const run = analyzeWorkbook(workbook([["lender.financing.advanceRat", 0.7]]), {
      asOf: AS_OF,
      locale: "en-US",
    });
    expect(run.analysis.parameters.lender.financing.advanceRate).toBe(0.8);
    expect(run.analysis.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining("lender.financing.advanceRat"),
    ]);
  });
});
