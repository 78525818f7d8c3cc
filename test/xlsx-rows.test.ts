import { PassThrough } from "node:stream";

import ExcelJS from "exceljs";
import JSZip from "jszip";

import {
  MAX_CELL_TEXT,
  capCellText,
  cellXml,
  escapeCellText,
  formulaCellXml,
} from "../src/io/xlsx-cells";
import { RowWriter } from "../src/io/xlsx-rows";
import { cellType, styleRegistry } from "../src/io/xlsx-styles";

const JAN_31_2026 = new Date(Date.UTC(2026, 0, 31));

describe("escapeCellText", () => {
  test("escapes markup characters", () => {
    expect(escapeCellText(`a<b>&'"c`)).toBe("a&lt;b&gt;&amp;&apos;&quot;c");
  });

  test("drops characters XML 1.0 forbids", () => {
    expect(escapeCellText("a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\u007Fg")).toBe("abcdefg");
  });

  test("keeps tab, line feed, carriage return and other text", () => {
    expect(escapeCellText("a\tb\nc\rd 应收 😀")).toBe("a\tb\nc\rd 应收 😀");
  });
});

describe("capCellText", () => {
  test("cuts text at Excel's 32,767 characters", () => {
    expect(capCellText("x".repeat(40_000))).toHaveLength(MAX_CELL_TEXT);
    expect(capCellText("x".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
  });

  test("counts characters after dropping forbidden ones", () => {
    const text = "\u0001".repeat(10) + "y".repeat(MAX_CELL_TEXT);
    expect(capCellText(text)).toBe("y".repeat(MAX_CELL_TEXT));
  });

  test("does not split a surrogate pair", () => {
    const text = "x".repeat(MAX_CELL_TEXT - 1) + "😀" + "z";
    const capped = capCellText(text);
    expect(capped).toBe("x".repeat(MAX_CELL_TEXT - 1));
  });
});

describe("cellXml", () => {
  test("writes text starting with = as a string without a formula", () => {
    expect(cellXml("A2", 0, "=SUM(A1:A9)")).toBe('<c r="A2" t="str"><v>=SUM(A1:A9)</v></c>');
    expect(cellXml("A3", 0, "@cmd")).toBe('<c r="A3" t="str"><v>@cmd</v></c>');
  });

  test("escapes text and caps it", () => {
    expect(cellXml("B1", 2, "R&D <5>")).toBe(
      '<c r="B1" s="2" t="str"><v>R&amp;D &lt;5&gt;</v></c>',
    );
    const long = cellXml("B2", 0, "x".repeat(40_000));
    expect(long).toBe(`<c r="B2" t="str"><v>${"x".repeat(MAX_CELL_TEXT)}</v></c>`);
  });

  test("writes numbers and booleans", () => {
    expect(cellXml("C1", 3, -1234.5)).toBe('<c r="C1" s="3"><v>-1234.5</v></c>');
    expect(cellXml("D1", 0, true)).toBe('<c r="D1" t="b"><v>1</v></c>');
    expect(cellXml("D2", 0, false)).toBe('<c r="D2" t="b"><v>0</v></c>');
  });

  test("writes a number that is not finite as its text", () => {
    expect(cellXml("C2", 0, Number.NaN)).toBe('<c r="C2" t="str"><v>NaN</v></c>');
    expect(cellXml("C3", 0, -Infinity)).toBe('<c r="C3" t="str"><v>-Infinity</v></c>');
  });

  test("writes dates as 1900-system serials", () => {
    expect(cellXml("E1", 4, JAN_31_2026)).toBe('<c r="E1" s="4"><v>46053</v></c>');
    expect(cellXml("E2", 4, new Date(Date.UTC(1970, 0, 1, 12)))).toBe(
      '<c r="E2" s="4"><v>25569.5</v></c>',
    );
  });

  test("writes an empty cell only when it has a style", () => {
    expect(cellXml("F1", 0, null)).toBe("");
    expect(cellXml("F2", 0, undefined)).toBe("");
    expect(cellXml("F3", 5, null)).toBe('<c r="F3" s="5"/>');
    expect(cellXml("F4", 5, new Date(Number.NaN))).toBe('<c r="F4" s="5"/>');
  });
});

describe("formulaCellXml", () => {
  test("writes the formula with its cached result", () => {
    expect(formulaCellXml("B10", 1, "SUM(B5:B9)", 1765.5)).toBe(
      '<c r="B10" s="1"><f>SUM(B5:B9)</f><v>1765.5</v></c>',
    );
    expect(formulaCellXml("C1", 0, 'IF(A1>0,"a","b")', "a")).toBe(
      '<c r="C1" t="str"><f>IF(A1&gt;0,&quot;a&quot;,&quot;b&quot;)</f><v>a</v></c>',
    );
    expect(formulaCellXml("D1", 0, "A1>0", true)).toBe(
      '<c r="D1" t="b"><f>A1&gt;0</f><v>1</v></c>',
    );
    expect(formulaCellXml("E1", 0, "A1", null)).toBe('<c r="E1"><f>A1</f></c>');
  });
});

/** One cell of the comparison rows: a value and an exceljs style object. */
interface TestCell {
  col: number;
  value: string | number | boolean | Date | null;
  style: Partial<ExcelJS.Style>;
  formula?: string;
}

const PLAIN = {};
const BOLD = { font: { bold: true } };
const DATE = { numFmt: "yyyy-mm-dd" };
const MONEY = { numFmt: "#,##0.00" };

/** Rows that cover every value kind, gaps between cells and a row whose cells have no value. */
const MIXED_ROWS: TestRows = [
  {
    number: 1,
    cells: [
      { col: 0, value: "Name", style: BOLD },
      { col: 1, value: "Amount", style: BOLD },
      { col: 3, value: null, style: BOLD },
    ],
  },
  {
    number: 2,
    cells: [
      { col: 0, value: "=1+1 & <b>\u0001", style: PLAIN },
      { col: 1, value: 1234.5, style: MONEY },
      { col: 2, value: JAN_31_2026, style: DATE },
      { col: 3, value: true, style: PLAIN },
      { col: 5, value: null, style: PLAIN },
    ],
  },
  { number: 4, cells: [{ col: 1, value: null, style: BOLD }] },
  {
    number: 5,
    cells: [
      { col: 1, value: 1234.5, style: MONEY, formula: "SUM(B2:B2)" },
      { col: 2, value: "x", style: PLAIN, formula: 'IF(B2>0,"x","y")' },
      { col: 27, value: false, style: BOLD },
    ],
  },
];

async function sheetXml(
  write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void | Promise<void>,
): Promise<{ xml: string; zip: JSZip }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  await write(workbook);
  await workbook.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return { xml: await zip.file("xl/worksheets/sheet1.xml")!.async("string"), zip };
}

/** 3,000 rows of invoices, enough for several writes to the sheet stream and backlog checks. */
const MANY_ROWS: TestRows = Array.from({ length: 3_000 }, (_, index) => ({
  number: index + 2,
  cells: [
    { col: 0, value: `INV-${index} Müller & Söhne`, style: PLAIN },
    { col: 1, value: index * 10.25, style: MONEY },
    { col: 2, value: new Date(Date.UTC(2026, 0, 1 + (index % 365))), style: DATE },
    { col: 4, value: index % 7 === 0, style: BOLD },
  ],
}));

type TestRows = { number: number; cells: TestCell[] }[];

/** Writes the rows through exceljs's own Row and Cell objects. */
function writeWithExceljs(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: TestRows): void {
  const worksheet = workbook.addWorksheet("Rows");
  worksheet.columns = [{ width: 20 }, { width: 12 }];
  for (const { number, cells } of rows) {
    const row = worksheet.getRow(number);
    for (const { col, value, style, formula } of cells) {
      const target = row.getCell(col + 1);
      target.value = (
        formula ? { formula, result: value ?? undefined, date1904: false } : value
      ) as ExcelJS.CellValue;
      target.style = style;
    }
    row.commit();
  }
  worksheet.commit();
}

async function writeWithRowWriter(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  testRows: TestRows,
): Promise<void> {
  const worksheet = workbook.addWorksheet("Rows");
  worksheet.columns = [{ width: 20 }, { width: 12 }];
  const registry = styleRegistry(workbook);
  const rows = new RowWriter(worksheet);
  for (const { number, cells } of testRows) {
    rows.startRow(number);
    for (const { col, value, style, formula } of cells) {
      const styleId = registry.addStyleModel(style, cellType(value));
      if (formula) rows.addFormulaCell(col, styleId, formula, value);
      else rows.addCell(col, styleId, value);
    }
    await rows.endRow();
  }
  rows.close();
  worksheet.commit();
}

describe("RowWriter", () => {
  test("matches exceljs's row objects byte for byte", async () => {
    const expected = (await sheetXml((book) => writeWithExceljs(book, MIXED_ROWS))).xml;
    const actual = (await sheetXml((book) => writeWithRowWriter(book, MIXED_ROWS))).xml;
    // exceljs 4.4 keeps U+0001 out of the text too, so both sheets are equal byte for byte.
    expect(actual).toBe(expected);
    expect(actual).toContain("<cols>");
    expect(actual).not.toContain('<row r="4"');
    expect(actual).toContain('<row r="1" spans="1:4" x14ac:dyDescent="0.25">');
  });

  test("matches exceljs over thousands of rows", async () => {
    const expected = (await sheetXml((book) => writeWithExceljs(book, MANY_ROWS))).xml;
    const actual = (await sheetXml((book) => writeWithRowWriter(book, MANY_ROWS))).xml;
    expect(actual.length).toBeGreaterThan(200_000);
    expect(actual).toBe(expected);
  });

  test("writes values that exceljs reads back", async () => {
    const { zip } = await sheetXml((book) => writeWithRowWriter(book, MIXED_ROWS));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(
      (await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer,
    );
    const sheet = read.getWorksheet("Rows")!;
    expect(sheet.getCell("A2").value).toBe("=1+1 & <b>");
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").value).toBe(1234.5);
    expect(sheet.getCell("B2").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("C2").value).toEqual(JAN_31_2026);
    expect(sheet.getCell("D2").value).toBe(true);
    expect(sheet.getCell("B5").formula).toBe("SUM(B2:B2)");
    expect(sheet.getCell("AB5").value).toBe(false);
  });

  test("rejects rows out of order", () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const rows = new RowWriter(workbook.addWorksheet("Rows"));
    rows.startRow(3);
    expect(() => rows.startRow(3)).toThrow("Invalid row 3");
  });

  test("rejects a worksheet that already has exceljs rows", () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const worksheet = workbook.addWorksheet("Rows");
    worksheet.getRow(1).getCell(1).value = 1;
    expect(() => new RowWriter(worksheet)).toThrow("rows were already written through exceljs");
  });

  test("leaves rows before the last written row closed to exceljs", async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const worksheet = workbook.addWorksheet("Rows");
    const rows = new RowWriter(worksheet);
    rows.startRow(5);
    rows.addCell(0, 0, 1);
    await rows.endRow();
    rows.close();
    expect(() => worksheet.getRow(5)).toThrow("Out of bounds");
    expect(worksheet.getRow(6).number).toBe(6);
  });
});
