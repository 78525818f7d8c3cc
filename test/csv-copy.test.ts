/** The report's copy of a CSV sheet is parsed again from the text and must match the rows read. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { inputCopies, REPORT_META } from "../src/app/report-file";
import { messagesFor } from "../src/i18n/messages";
import { decodeCsv, parseCsv } from "../src/io/csv";
import type { RawSheet } from "../src/io/raw";
import { readRecords } from "../src/io/records";
import { inputCellValue } from "../src/io/xlsx-inputs";
import { readXlsxFile } from "../src/io/xlsx-read";
import { writeReport } from "../src/io/xlsx-write";

function onlySheet(text: string): RawSheet {
  const sheet = parseCsv(text, "export.csv").sheets[0];
  if (!sheet) throw new Error("parseCsv returned no sheet");
  return sheet;
}

function copyOf(sheet: RawSheet): unknown[][] {
  if (!sheet.copyRows) throw new Error("the CSV sheet has no copy rows");
  return Array.from(sheet.copyRows);
}

describe("CSV copy rows", () => {
  test("match the rows read", () => {
    const sheet = onlySheet("Customer,Amount\nC1,10\nC2,20\n");

    expect(copyOf(sheet)).toEqual(sheet.rows);
    expect(sheet.rows).toHaveLength(3);
  });

  test("quoted line breaks across blocks", () => {
    // The 1,000th row contains a quoted line break, so the first block ends right after it.
    const lines = ["Customer;Note"];
    for (let i = 1; i < 2_600; i++) {
      lines.push(i % 999 === 0 ? `C${i};"first line\r\nsecond; line"` : `C${i};n${i}`);
    }
    const sheet = onlySheet(`${lines.join("\r\n")}\r\n`);
    const copy = copyOf(sheet);

    expect(sheet.rows).toHaveLength(2_600);
    expect(copy).toEqual(sheet.rows);
    // Line breaks in cells read as LF, the line break Excel uses in a cell.
    expect(copy[999]).toEqual(["C999", "first line\nsecond; line"]);
  });

  test("empty lines kept, trailing ones dropped", () => {
    const sheet = onlySheet("a\tb\n\n1\t2\n\n\n");

    expect(sheet.rows).toEqual([["a", "b"], [""], ["1", "2"]]);
    expect(copyOf(sheet)).toEqual(sheet.rows);
  });

  test("an exact number of blocks", () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `r${i}|${i}`);
    const sheet = onlySheet(lines.join("\n"));

    expect(sheet.rows).toHaveLength(2_000);
    expect(copyOf(sheet)).toEqual(sheet.rows);
  });

  test("every pass reads the text again", () => {
    const sheet = onlySheet("a,b\n1,2\n");

    expect(copyOf(sheet)).toEqual(copyOf(sheet));
  });
});

describe("CSV delimiter", () => {
  test.each([
    ["comma", "Customer,Amount\nC1,10\n"],
    ["semicolon", "Customer;Amount\nC1;10\nC2;20\n"],
    ["tab", "Customer\tAmount\nC1\t10\nC2\t20\n"],
    ["pipe", "Customer|Amount\nC1|10\n"],
    ["tab, blank lines", "Customer\tAmount\n\nC1\t10\n\n\n"],
    ["semicolon, quoted comma", 'Customer;Amount\nC1;"1,5"\n'],
  ])("%s, two columns", (_name, text) => {
    const sheet = onlySheet(text);

    expect(sheet.rows[0]).toEqual(["Customer", "Amount"]);
    expect(sheet.rows.filter((row) => row.length === 2)).toHaveLength(
      sheet.rows.length - countBlank(sheet),
    );
  });
});

function countBlank(sheet: RawSheet): number {
  return sheet.rows.filter((row) => row.length === 1 && row[0] === "").length;
}

/** Returns the bytes of UTF-8 text parts and single byte values, in order. */
function bytesOf(...parts: (string | number)[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) => (typeof part === "number" ? [part] : [...Buffer.from(part)])),
  );
}

describe("CSV decoding", () => {
  test("Windows-1252 punctuation", () => {
    const bytes = bytesOf(
      "Name,Amount\n",
      0x93,
      "Smith",
      0x94,
      ",",
      0x80,
      " 1000.00 ",
      0x96,
      0x99,
      0x81,
      "\n",
    );
    const decoded = decodeCsv(bytes);

    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe("Name,Amount\n\u201cSmith\u201d,\u20ac 1000.00 \u2013\u2122\u0081\n");
  });

  test("UTF-8 with a stray byte stays UTF-8", () => {
    const good = "Customer,Name\nC1,Société Générale\nC2,客户甲\nC3,Müller Café\n";
    const bytes = bytesOf(good, "C4,Bad ", 0xe9, "x\n");
    const decoded = decodeCsv(bytes);
    const workbook = parseCsv(decoded.text, "mixed.csv", decoded.invalidBytes);
    const read = readRecords(workbook, { messages: messagesFor("en-US") });

    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.invalidBytes).toBe(1);
    expect(decoded.text).toContain("Société Générale\nC2,客户甲");
    expect(decoded.text).toContain("Bad \ufffdx");
    expect(read.issues.filter((issue) => issue.code === "bad-encoding")).toHaveLength(1);
  });

  test("Windows-1252 accents are not taken for UTF-8", () => {
    const bytes = bytesOf("Name\nM", 0xfc, "ller Caf", 0xe9);

    expect(decodeCsv(bytes)).toEqual({
      text: "Name\nMüller Café",
      encoding: "windows-1252",
      invalidBytes: 0,
    });
  });

  test("a file named CD something is data", () => {
    const sheet = onlySheet("Customer ID,Invoice No,Due Date,Amount\nC1,INV-1,2026-05-31,100\n");
    const workbook = parseCsv(
      "Customer ID,Invoice No,Due Date,Amount\nC1,INV-1,2026-05-31,100\n",
      "CD export.csv",
    );
    const read = readRecords(workbook, { messages: messagesFor("en-US") });

    expect(sheet.rows).toHaveLength(2);
    expect(read.records.invoices.map((invoice) => invoice.invoiceNo)).toEqual(["INV-1"]);
    expect(inputCopies(workbook).map((copy) => copy.name)).toEqual(["CD export"]);
  });

  test("History.csv copies under another name", () => {
    const workbook = parseCsv("Customer ID,Invoice No,Due Date,Amount\n", "History.csv");

    expect(inputCopies(workbook).map((copy) => copy.name)).toEqual(["History (CSV)"]);
  });

  test("empty fields copy as empty cells", () => {
    expect(inputCellValue("")).toBeNull();
    expect(inputCellValue(" ")).toBe(" ");
  });
});

describe("CSV line endings and quotes", () => {
  test("mixed line endings", () => {
    const sheet = onlySheet("Customer,Amount\r\nC1,1\nC2,2\r\nC3,3\rC4,4\r\n");

    expect(sheet.rows).toEqual([
      ["Customer", "Amount"],
      ["C1", "1"],
      ["C2", "2"],
      ["C3", "3"],
      ["C4", "4"],
    ]);
    expect(copyOf(sheet)).toEqual(sheet.rows);
  });

  test("a stray quote is reported", () => {
    const text =
      'Customer ID,Invoice No,Due Date,Amount\nC1,INV-1,2026-04-01,1\n"C2" B,INV-2,2026-04-01,2\n';
    const workbook = parseCsv(text, "quotes.csv");
    const read = readRecords(workbook, { messages: messagesFor("en-US") });
    const quotes = read.issues.filter((issue) => issue.code === "bad-quotes");

    expect(workbook.sheets[0]?.badQuoteRows).toEqual([3]);
    expect(quotes.map((issue) => [issue.sheet, issue.row, issue.severity])).toEqual([
      ["quotes.csv", 3, "warning"],
    ]);
  });

  test("well-formed quotes raise nothing", () => {
    const sheet = onlySheet('Customer,Note\nC1,"said ""hi"", then left"\n');

    expect(sheet.badQuoteRows).toBeUndefined();
    expect(sheet.rows[1]).toEqual(["C1", 'said "hi", then left']);
  });
});

describe("rows wider than a sheet", () => {
  test("warned of and cut in the copy", async () => {
    const wide = Array.from({ length: 16_390 }, (_, i) => `v${i}`).join(",");
    const text = `Customer ID,Invoice No,Due Date,Amount\nC1,INV-1,2026-04-01,1\n${wide}\n`;
    const workbook = parseCsv(text, "wide.csv");
    const read = readRecords(workbook, { messages: messagesFor("en-US") });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-wide-")), "r.xlsx");

    await writeReport(out, [], inputCopies(workbook), REPORT_META);
    const copy = (await readXlsxFile(out)).sheets.find((sheet) => sheet.name === "wide");

    expect(
      read.issues.filter((issue) => issue.code === "wide-row").map((issue) => issue.row),
    ).toEqual([3]);
    expect(copy?.rows[2]).toHaveLength(16_384);
    expect(copy?.rows[2]?.[16_383]).toBe("v16383");
  });
});
