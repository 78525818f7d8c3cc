import { messagesFor } from "../src/i18n/messages";
import type { RawWorkbook } from "../src/io/raw";
import { readRecords } from "../src/io/records";

const HEADER = ["Customer ID", "Customer Name", "Invoice No", "Invoice Date", "Amount"];

function read(rows: (string | number | null)[][]) {
  const workbook: RawWorkbook = {
    source: "t.xlsx",
    sheets: [{ name: "Invoices", rows: [HEADER, ...rows] }],
    date1904: false,
    csv: false,
  };
  return readRecords(workbook, { messages: messagesFor("en-US") });
}

describe("summary rows", () => {
  it("keeps a complete row whose customer name starts with a total word", () => {
    const result = read([["C1", "Total Energies SA", "INV-1", "2026-05-01", 100]]);
    expect(result.records.invoices.map((invoice) => invoice.customerName)).toEqual([
      "Total Energies SA",
    ]);
    expect(result.issues).toEqual([]);
  });

  it("skips a total row that lacks the invoice number", () => {
    const result = read([
      ["C1", "Harbor Tools", "INV-1", "2026-05-01", 100],
      ["Total", null, null, null, 100],
      ["合计", null, null, null, 100],
    ]);
    expect(result.records.invoices).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it("reports an incomplete data row that is not a total", () => {
    const result = read([["C1", "Harbor Tools", null, "2026-05-01", 100]]);
    expect(result.records.invoices).toHaveLength(0);
    expect(result.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["missing-value", 2, "C"],
    ]);
  });
});
