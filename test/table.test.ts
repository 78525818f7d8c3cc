import path from "node:path";

import { dayFromIso } from "../src/engine/dates";
import { toMinor } from "../src/engine/money";
import type { Issue } from "../src/engine/issues";
import { messagesFor } from "../src/i18n/messages";
import type { RawValue } from "../src/io/coerce";
import { readRecords } from "../src/io/records";
import { locateSheets } from "../src/io/table";
import {
  rawWorkbook,
  readFileRecords,
  simpleInvoiceRows,
  tempDir,
  utcDate,
  writeWorkbook,
} from "./support/workbooks";

const messages = messagesFor("en-US");
const day = (iso: string): number => dayFromIso(iso) as number;

function read(sheets: { name: string; rows: RawValue[][] }[], options = {}) {
  return readRecords(rawWorkbook(sheets), { messages, ...options });
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.code);
}

const HEADER = ["Customer ID", "Invoice No", "Invoice Date", "Due Date", "Amount"];

describe("locating sheets", () => {
  test("finds the Invoices sheet by its name", () => {
    const located = locateSheets(
      rawWorkbook([
        { name: "Notes", rows: [["anything"]] },
        { name: "Open Items", rows: [HEADER] },
      ]),
    );
    expect(located.get("invoices")?.sheet.name).toBe("Open Items");
  });

  test("finds the Invoices sheet by its headers alone", () => {
    const located = locateSheets(
      rawWorkbook([
        { name: "Sheet1", rows: [["Report of something"]] },
        { name: "Export 2026", rows: [HEADER, ["C1", "I1", "2026-05-01", "2026-05-31", 10]] },
      ]),
    );
    expect(located.get("invoices")?.sheet.name).toBe("Export 2026");
  });

  test("finds the header below title rows", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          ["ACME Ltd - Accounts receivable"],
          ["As of 30 June 2026"],
          [],
          HEADER,
          ["C1", "I1", "2026-05-01", "2026-05-31", 100],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices).toHaveLength(1);
    expect(result.records.invoices[0]?.ref.row).toBe(5);
  });

  test("never reads report sheets named CD as input", () => {
    const result = read([
      { name: "CD Aging", rows: [HEADER, ["C1", "I1", "2026-05-01", "2026-05-31", 100]] },
    ]);
    expect(codes(result.issues)).toEqual(["missing-sheet"]);
    expect(result.records.invoices).toEqual([]);
  });

  test("reads Invoices and ignores a CD sheet with the same headers", () => {
    const result = read([
      { name: "CD Invoices", rows: [HEADER, ["C9", "I9", "2026-05-01", "2026-05-31", 999]] },
      { name: "Invoices", rows: [HEADER, ["C1", "I1", "2026-05-01", "2026-05-31", 100]] },
    ]);
    expect(result.records.invoices.map((invoice) => invoice.invoiceNo)).toEqual(["I1"]);
    expect(result.sheets.invoices).toBe("Invoices");
  });
});

describe("skipping rows", () => {
  test("skips blank rows, repeated headers, subtotals and totals", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          HEADER,
          ["C1", "I1", "2026-05-01", "2026-05-31", 100],
          [],
          ["", "", null, "", ""],
          HEADER,
          ["C2", "I2", "2026-05-02", "2026-06-01", 200],
          ["Subtotal", "", "", "", 300],
          ["Total", "", "", "", 300],
          ["合计", "", "", "", 300],
          ["Grand total", "", "", "", 300],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices.map((invoice) => invoice.invoiceNo)).toEqual(["I1", "I2"]);
  });
});

describe("header synonyms", () => {
  test("reads German headers", () => {
    const result = read([
      {
        name: "Offene Posten",
        rows: [
          ["Kundennummer", "Rechnungsnummer", "Rechnungsdatum", "Fälligkeit", "Betrag"],
          ["D100", "R-1", "15.04.2026", "15.05.2026", "12.345,67"],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]).toMatchObject({
      customerId: "D100",
      invoiceNo: "R-1",
      invoiceDate: day("2026-04-15"),
      dueDate: day("2026-05-15"),
      amount: toMinor(12345.67),
    });
  });

  test("reads Chinese headers", () => {
    const result = read([
      {
        name: "应收账款",
        rows: [
          ["客户编号", "客户名称", "发票号", "开票日期", "到期日", "金额", "币种"],
          ["K01", "华为", "FP-1", "2026年4月1日", "2026年5月1日", "1,000.00", "人民币"],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]).toMatchObject({
      customerId: "K01",
      customerName: "华为",
      invoiceNo: "FP-1",
      dueDate: day("2026-05-01"),
      amount: toMinor(1000),
      currency: "CNY",
    });
  });

  test("reads SAP field names KUNNR, BELNR, BLDAT, FAEDT, DMBTR, WAERS", () => {
    const result = read([
      {
        name: "Sheet1",
        rows: [
          ["KUNNR", "BELNR", "BLDAT", "FAEDT", "DMBTR", "WAERS"],
          ["0000100200", "0090001234", "20260415", "20260515", "1.234,50-", "EUR"],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]).toMatchObject({
      customerId: "0000100200",
      invoiceNo: "0090001234",
      invoiceDate: day("2026-04-15"),
      dueDate: day("2026-05-15"),
      amount: toMinor(-1234.5),
      type: "credit-note",
      currency: "EUR",
    });
  });
});

describe("column inference", () => {
  test("reads a slash-date column day first when one value has a first part above 12", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          HEADER,
          ["C1", "I1", "01/02/2026", "03/04/2026", 10],
          ["C2", "I2", "13/02/2026", "15/03/2026", 10],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]?.invoiceDate).toBe(day("2026-02-01"));
    expect(result.records.invoices[0]?.dueDate).toBe(day("2026-04-03"));
  });

  test("reads ambiguous slash dates in the requested order", () => {
    const rows = [HEADER, ["C1", "I1", "01/02/2026", "03/04/2026", 10]];
    const dayFirst = read([{ name: "Invoices", rows }], { dateOrder: "dmy" });
    const monthFirst = read([{ name: "Invoices", rows }], { dateOrder: "mdy" });
    expect(dayFirst.records.invoices[0]?.invoiceDate).toBe(day("2026-02-01"));
    expect(monthFirst.records.invoices[0]?.invoiceDate).toBe(day("2026-01-02"));
  });

  test("reads dotted dates day first whatever order is requested", () => {
    const rows = [HEADER, ["C1", "I1", "01.02.2026", "03.04.2026", 10]];
    const result = read([{ name: "Invoices", rows }], { dateOrder: "mdy" });
    expect(result.records.invoices[0]?.invoiceDate).toBe(day("2026-02-01"));
  });

  test("reads 1,234 as one thousand in a column whose other values use a decimal point", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          HEADER,
          ["C1", "I1", "2026-05-01", "2026-05-31", "1,234"],
          ["C1", "I2", "2026-05-01", "2026-05-31", "1,234.50"],
        ],
      },
    ]);
    expect(result.records.invoices.map((invoice) => invoice.amount)).toEqual([
      toMinor(1234),
      toMinor(1234.5),
    ]);
  });

  test("reads 1.234 as one thousand in a column whose other values use a decimal comma", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          HEADER,
          ["C1", "I1", "2026-05-01", "2026-05-31", "1.234"],
          ["C1", "I2", "2026-05-01", "2026-05-31", "99,95"],
        ],
      },
    ]);
    expect(result.records.invoices.map((invoice) => invoice.amount)).toEqual([
      toMinor(1234),
      toMinor(99.95),
    ]);
  });
});

describe("issues", () => {
  test("reports a missing required column by name", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          ["Customer ID", "Invoice No", "Due Date"],
          ["C1", "I1", "2026-05-31"],
        ],
      },
    ]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      severity: "error",
      code: "missing-column",
      sheet: "Invoices",
    });
    expect(result.issues[0]?.message).toContain("Amount");
    expect(result.records.invoices).toEqual([]);
  });

  test("reports an unreadable amount with sheet, row and column letter and leaves the row out", () => {
    const result = read([
      {
        name: "Open Items",
        rows: [
          ["Receivables listing"],
          [],
          ["Customer ID", "Customer Name", "Invoice No", "Due Date", "Amount"],
          ["C1", "One", "I1", "2026-05-31", 100],
          ["C2", "Two", "I2", "2026-05-31", "n/a"],
          ["C3", "Three", "I3", "2026-05-31", 300],
        ],
      },
    ]);
    const errors = result.issues.filter((issue) => issue.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "bad-number",
        sheet: "Open Items",
        row: 5,
        column: "E",
      }),
    ]);
    expect(errors[0]?.message).toContain("n/a");
    expect(result.records.invoices.map((invoice) => invoice.invoiceNo)).toEqual(["I1", "I3"]);
  });

  test("warns when there is no invoice date column", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          ["Customer ID", "Invoice No", "Due Date", "Amount"],
          ["C1", "I1", "2026-05-31", 100],
        ],
      },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "missing-column",
        sheet: "Invoices",
        row: 1,
      }),
    ]);
    expect(result.records.invoices).toHaveLength(1);
  });

  test("reads Doc Date as the invoice date", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          ["Customer ID", "Invoice No", "Doc Date", "Amount"],
          ["C1", "I1", "2026-05-01", 100],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]?.invoiceDate).toBeDefined();
  });

  test("reports an impossible date as bad-date and leaves the row out", () => {
    const result = read([
      { name: "Invoices", rows: [HEADER, ["C1", "I1", "2026-02-01", "31/02/2026", 100]] },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "bad-date", row: 2, column: "D", severity: "error" }),
    ]);
    expect(result.records.invoices).toEqual([]);
  });

  test("warns about a yes/no typo and keeps the row", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          [...HEADER, "Disputed"],
          ["C1", "I1", "2026-05-01", "2026-05-31", 100, "yse"],
        ],
      },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", row: 2, column: "F" }),
    ]);
    expect(result.records.invoices).toHaveLength(1);
    expect(result.records.invoices[0]?.disputed).toBeUndefined();
  });

  test("counts a duplicated row once with a duplicate-invoice warning", () => {
    const row = ["C1", "I1", "2026-05-01", "2026-05-31", 100];
    const result = read([{ name: "Invoices", rows: [HEADER, row, [...row]] }]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "duplicate-invoice",
        row: 3,
        column: "B",
      }),
    ]);
    expect(result.records.invoices).toHaveLength(1);
  });

  test("keeps installments that share an invoice number", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          [...HEADER, "Installment"],
          ["C1", "I1", "2026-04-01", "2026-05-01", 100, 1],
          ["C1", "I1", "2026-04-01", "2026-06-01", 100, 2],
          ["C1", "I1", "2026-04-01", "2026-07-01", 100, 3],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices.map((invoice) => invoice.installment)).toEqual(["1", "2", "3"]);
  });

  test("keeps same-number rows with different due dates even without an installment column", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          HEADER,
          ["C1", "I1", "2026-04-01", "2026-05-01", 100],
          ["C1", "I1", "2026-04-01", "2026-06-01", 100],
        ],
      },
    ]);
    expect(codes(result.issues)).toEqual([]);
    expect(result.records.invoices).toHaveLength(2);
  });

  test("warns when the due date is before the invoice date", () => {
    const result = read([
      { name: "Invoices", rows: [HEADER, ["C1", "I1", "2026-05-31", "2026-05-01", 100]] },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "due-before-invoice",
        row: 2,
        column: "D",
      }),
    ]);
    expect(result.records.invoices).toHaveLength(1);
  });

  test("reports a required value left empty and leaves the row out", () => {
    const result = read([
      { name: "Invoices", rows: [HEADER, ["C1", "", "2026-05-01", "2026-05-31", 100]] },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "error", code: "missing-value", row: 2, column: "B" }),
    ]);
    expect(result.records.invoices).toEqual([]);
  });
});

describe("records", () => {
  test("signs credit notes negative whatever sign the sheet uses", () => {
    const result = read([
      {
        name: "Invoices",
        rows: [
          [...HEADER, "Type", "Applies To"],
          ["C1", "CN-1", "2026-05-01", "2026-05-31", 100, "Credit Note", "I1"],
          ["C1", "CN-2", "2026-05-01", "2026-05-31", -50, "", ""],
        ],
      },
    ]);
    expect(result.records.invoices.map((invoice) => [invoice.type, invoice.amount])).toEqual([
      ["credit-note", toMinor(-100)],
      ["credit-note", toMinor(-50)],
    ]);
    expect(result.records.invoices[0]?.appliesTo).toBe("I1");
  });

  test("reads Date cells and Net terms from a Customers sheet", () => {
    const result = read([
      { name: "Invoices", rows: [HEADER, ["C1", "I1", utcDate("2026-05-01"), null, 100]] },
      {
        name: "Customers",
        rows: [
          ["Customer ID", "Name", "Terms"],
          ["C1", "One", "Net 45"],
        ],
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records.invoices[0]?.invoiceDate).toBe(day("2026-05-01"));
    expect(result.records.customers[0]).toMatchObject({ id: "C1", name: "One", termsDays: 45 });
  });
});

describe("reading an .xlsx file", () => {
  const dir = tempDir();

  test("names the sheet's own row and column of a bad cell below title rows and blank rows", async () => {
    const file = path.join(dir, "titled.xlsx");
    await writeWorkbook(file, [
      { name: "Title", rows: [["Cover page"]] },
      {
        name: "AR Listing",
        rows: [
          ["Accounts receivable"],
          ["As of 2026-06-30"],
          [null],
          ["Customer ID", "Customer Name", "Invoice No", "Invoice Date", "Due Date", "Amount"],
          ["C1", "One", "I1", utcDate("2026-05-01"), utcDate("2026-05-31"), 100],
          [null],
          ["C2", "Two", "I2", utcDate("2026-05-01"), utcDate("2026-05-31"), "twelve"],
        ],
      },
    ]);
    const loaded = await readFileRecords(file, { messages });
    expect(loaded.issues).toEqual([
      expect.objectContaining({ code: "bad-number", sheet: "AR Listing", row: 7, column: "F" }),
    ]);
    expect(loaded.records.invoices.map((invoice) => invoice.ref.row)).toEqual([5]);
  });

  test("reads serial dates in a 1904 workbook", async () => {
    const file = path.join(dir, "mac.xlsx");
    await writeWorkbook(
      file,
      [{ name: "Invoices", rows: [HEADER, ["C1", "I1", 44681, 44711, 100]] }],
      { date1904: true },
    );
    const loaded = await readFileRecords(file, { messages });
    expect(loaded.workbook?.date1904).toBe(true);
    expect(loaded.records.invoices[0]?.dueDate).toBe(day("2026-05-31"));
  });

  test("keeps leading zeros of text IDs written in the workbook", async () => {
    const file = path.join(dir, "zeros.xlsx");
    const rows = simpleInvoiceRows();
    (rows[1] as unknown[])[0] = "\u00a0000123 ";
    await writeWorkbook(file, [{ name: "Invoices", rows }]);
    const loaded = await readFileRecords(file, { messages });
    expect(loaded.records.invoices[0]?.customerId).toBe("000123");
  });
});
