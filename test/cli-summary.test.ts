import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { summaryLines } from "../src/cli/summary";
import { dayFromIso } from "../src/engine/dates";
import type { RawWorkbook } from "../src/io/raw";

const AS_OF = dayFromIso("2026-06-30") as number;

function analysis(rows: (string | number)[][]) {
  const workbook: RawWorkbook = {
    source: "s.xlsx",
    date1904: false,
    csv: false,
    sheets: [
      {
        name: "Invoices",
        rows: [["Customer ID", "Invoice No", "Invoice Date", "Due Date", "Amount"], ...rows],
      },
    ],
  };
  return analyzeWorkbook(workbook, { asOf: AS_OF, locale: "en-US" }).analysis;
}

describe("terminal summary", () => {
  it("prints buckets, total and the item count in English", () => {
    const lines = summaryLines(
      analysis([["C1", "I1", "2026-05-01", "2026-05-31", 1000]]),
      "en-US",
      "r.xlsx",
    );
    expect(lines[0]).toBe("Receivables as of 2026-06-30 in USD");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}1-30 +1,000\.00 {2}\(1 item\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Total +1,000\.00$/));
    expect(lines[lines.length - 1]).toBe("Report written to r.xlsx");
  });

  it("prints the same figures in Chinese", () => {
    const lines = summaryLines(
      analysis([["C1", "I1", "2026-05-01", "2026-05-31", 1000]]),
      "zh-CN",
      undefined,
    );
    expect(lines[0]).toBe("截至 2026-06-30 的应收账款（USD）");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}合计 +1,000\.00$/));
  });

  it("says why there is no aging when nothing was read", () => {
    expect(summaryLines(analysis([]), "en-US", undefined)).toEqual([
      "No receivables could be read, so there is no aging. The issues below say why.",
    ]);
  });
});
