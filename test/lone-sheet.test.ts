import { messagesFor } from "../src/i18n/messages";
import type { RawWorkbook } from "../src/io/raw";
import { readRecords } from "../src/io/records";

function read(rows: (string | number)[][], csv: boolean) {
  const workbook: RawWorkbook = {
    source: "ledger",
    sheets: [{ name: "Ledger", rows }],
    date1904: false,
    csv,
  };
  return readRecords(workbook, { messages: messagesFor("en-US") }).issues;
}

describe("lone sheet without every invoice column", () => {
  it("names the missing columns when some invoice headers are there", () => {
    const issues = read(
      [
        ["Customer ID", "Amount"],
        ["C1", 100],
      ],
      false,
    );
    expect(issues.map((issue) => issue.code)).toEqual(["missing-column", "missing-column"]);
    expect(issues[0]?.message).toContain("Invoice No");
  });

  it("names the missing columns of a CSV file even when no header is recognised", () => {
    const issues = read(
      [
        ["Foo", "Bar"],
        [1, 2],
      ],
      true,
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      "missing-column",
      "missing-column",
      "missing-column",
      "missing-column",
    ]);
  });

  it("reports a missing Invoices sheet for a sheet that is no invoice list at all", () => {
    const issues = read([["Hello"]], false);
    expect(issues.map((issue) => issue.code)).toEqual(["missing-sheet"]);
  });
});
