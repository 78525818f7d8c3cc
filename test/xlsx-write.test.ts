import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import ExcelJS from "exceljs";

import { FORMATS } from "../src/report/model";
import { META_SHEET_NAME, writeReport, writeReportToBuffer } from "../src/io/xlsx-write";
import {
  AS_OF,
  BUCKETS,
  FORMULA_LIKE,
  META,
  agingModel,
  clashingInput,
  customersModel,
  invoicesInput,
  reportModels,
} from "./xlsx-write-fixtures";

let workbook: ExcelJS.Workbook;

/** Reads a written report back with exceljs's full (non-streaming) reader. */
async function readBack(data: Buffer): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  // exceljs declares its own Buffer interface, which Node's Buffer satisfies at run time.
  await read.xlsx.load(data as unknown as ExcelJS.Buffer);
  return read;
}

beforeAll(async () => {
  const data = await writeReportToBuffer(reportModels(), [invoicesInput(), clashingInput()], META);
  workbook = await readBack(data);
});

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`sheet ${name} not found`);
  return found;
}

describe("sheet order and names", () => {
  test("puts output sheets first, then input copies, then the meta sheet", () => {
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual([
      "CD Aging",
      "CD Customers",
      "CD Assessment",
      "Invoices",
      "cd aging (input)",
      META_SHEET_NAME,
    ]);
  });

  test("suffixes an input name that clashes with an output name ignoring case", () => {
    expect(sheet("cd aging (input)").getCell("A2").value).toBe("copied from the input");
  });
});

describe("model cells", () => {
  test("writes values with their number formats", () => {
    const aging = sheet("CD Aging");
    BUCKETS.forEach(([label, amount], index) => {
      expect(aging.getCell(`A${index + 5}`).value).toBe(label);
      expect(aging.getCell(`B${index + 5}`).value).toBe(amount);
      expect(aging.getCell(`B${index + 5}`).numFmt).toBe(FORMATS.money);
    });
  });

  test("writes a date cell as the Day at UTC midnight", () => {
    const asOf = sheet("CD Aging").getCell("B2");
    expect(asOf.value).toEqual(new Date(AS_OF * 86_400_000));
    expect(asOf.numFmt).toBe(FORMATS.date);
  });

  test("writes the report's formula with its cached result", () => {
    const total = sheet("CD Aging").getCell("B10");
    expect(total.formula).toBe("SUM(B5:B9)");
    expect(total.result).toBe(1765.5);
  });

  test("writes model text that looks like a formula as text", () => {
    const note = sheet("CD Aging").getCell("C10");
    expect(note.type).toBe(ExcelJS.ValueType.String);
    expect(note.value).toBe("=not a formula");
  });

  test("applies named styles", () => {
    const aging = sheet("CD Aging");
    expect(aging.getCell("A1").font?.bold).toBe(true);
    expect(aging.getCell("A1").font?.size).toBe(14);
    expect(aging.getCell("A2").font?.italic).toBe(true);
    expect(aging.getCell("A4").font?.bold).toBe(true);
    expect(aging.getCell("A4").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(aging.getCell("A4").border?.bottom?.style).toBe("thin");
    expect(aging.getCell("A10").border?.top?.style).toBe("thin");
    expect(aging.getCell("C8").fill).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });
    expect(aging.getCell("C5").fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
  });

  test("sets column widths and freeze panes", () => {
    const aging = sheet("CD Aging");
    expect(aging.getColumn(1).width).toBe(20);
    expect(aging.getColumn(2).width).toBe(16);
    expect(aging.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(sheet("CD Customers").views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1 });
  });

  test("sets print setup on A4 with print area and title rows", () => {
    const setup = sheet("CD Aging").pageSetup;
    expect(setup.orientation).toBe("landscape");
    expect(setup.paperSize).toBe(9);
    expect(setup.fitToPage).toBe(true);
    expect(setup.fitToWidth).toBe(1);
    expect(setup.fitToHeight).toBe(0);
    expect(setup.printArea).toBe("A1:C10");
    expect(setup.printTitlesRow).toBe("4:4");
    expect(sheet("CD Customers").pageSetup.fitToHeight).toBe(1);
  });

  test("uses Letter paper when the meta asks for it", async () => {
    const letter = await writeReportToBuffer([agingModel()], [], { ...META, paper: "Letter" });
    const read = await readBack(letter);
    expect(read.getWorksheet("CD Aging")?.pageSetup.paperSize).toBe(1);
  });

  test("writes conditional formats of each rule type", () => {
    // exceljs 4.4 reads conditional formats into this property but leaves it out of its types.
    const formats = (
      sheet("CD Aging") as unknown as { conditionalFormattings: ConditionalFormattingRead[] }
    ).conditionalFormattings;
    const rules = formats.flatMap((format) =>
      format.rules.map((rule) => ({ ref: format.ref, rule })),
    );
    expect(rules.map(({ rule }) => rule.type)).toEqual(["dataBar", "cellIs", "cellIs", "cellIs"]);
    expect(rules[1]).toMatchObject({
      ref: "C5:C9",
      rule: { operator: "equal", formulae: ['"High"'] },
    });
    expect(rules[2]).toMatchObject({
      ref: "B5:B9",
      rule: { operator: "lessThan", formulae: ["0"] },
    });
    expect(rules[3]).toMatchObject({
      ref: "B5:B9",
      rule: { operator: "greaterThan", formulae: ["1000"] },
    });
  });
});

describe("tables", () => {
  test("writes tables with header row, style and totals row", () => {
    const aging = sheet("CD Aging").getTable("AgingBuckets") as unknown as { table: TableReadBack };
    expect(aging.table).toMatchObject({ tableRef: "A4:C9", headerRow: true, totalsRow: false });
    expect(aging.table.style.theme).toBe("TableStyleMedium2");
    expect(aging.table.columns.map((column) => column.name)).toEqual(["Bucket", "Amount", "Risk"]);

    const customers = sheet("CD Customers").getTable("Customers") as unknown as {
      table: TableReadBack;
    };
    expect(customers.table).toMatchObject({ tableRef: "A1:C5", totalsRow: true });
    expect(customers.table.style.theme).toBe("TableStyleLight9");
  });
});

interface ConditionalFormattingRead {
  ref: string;
  rules: { type: string; operator?: string; formulae?: string[] }[];
}

interface TableReadBack {
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  style: { theme: string };
  columns: { name: string }[];
}

describe("input copies", () => {
  test("keeps formula-looking input text as strings", () => {
    const invoices = sheet("Invoices");
    FORMULA_LIKE.forEach((text, index) => {
      const target = invoices.getCell(`A${index + 2}`);
      expect(target.type).toBe(ExcelJS.ValueType.String);
      expect(target.value).toBe(text);
    });
  });

  test("writes no formula whose text came from input", () => {
    const inputTexts = new Set(FORMULA_LIKE.map((text) => text.replace(/^[=+@]/, "")));
    const formulas: string[] = [];
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((target) => {
          if (target.formula) formulas.push(target.formula);
        }),
      ),
    );
    expect(formulas).toEqual(["SUM(B5:B9)", "SUBTOTAL(109,B2:B4)"]);
    expect(formulas.filter((formula) => inputTexts.has(formula))).toEqual([]);
  });

  test("copies dates with the column format and other values unchanged", () => {
    const invoices = sheet("Invoices");
    expect(invoices.getCell("C2").value).toEqual(new Date(Date.UTC(2026, 4, 1)));
    expect(invoices.getCell("C2").numFmt).toBe("dd.mm.yyyy");
    expect(invoices.getCell("D3").value).toBe(200.5);
    expect(invoices.getCell("D3").numFmt).toBe("#,##0.00");
    expect(invoices.getCell("E2").value).toBe(true);
    expect(invoices.getCell("E3").value).toBe(false);
  });

  test("formats dates without a column format as yyyy-mm-dd", async () => {
    const input = { name: "Payments", rows: [["Date"], [new Date(Date.UTC(2026, 0, 31))]] };
    const read = await readBack(await writeReportToBuffer([], [input], META));
    expect(read.getWorksheet("Payments")?.getCell("A2").numFmt).toBe("yyyy-mm-dd");
  });
});

describe("meta sheet", () => {
  test("is hidden and lists every sheet with its marker", () => {
    const meta = sheet(META_SHEET_NAME);
    expect(meta.state).toBe("hidden");
    expect(meta.getCell("B1").value).toBe("credit-desk");
    expect(meta.getCell("B2").value).toBe("0.1.0");
    const entries = [6, 7, 8, 9, 10].map((row) =>
      [1, 2, 3].map((col) => meta.getRow(row).getCell(col).value),
    );
    expect(entries).toEqual([
      ["CD Aging", "aging", "output"],
      ["CD Customers", "customers", "output"],
      ["CD Assessment", "assessment", "output"],
      ["Invoices", "input:Invoices", "input"],
      ["cd aging (input)", "input:cd aging", "input"],
    ]);
  });
});

describe("writeReport", () => {
  test("writes the same sheets to a file as to a buffer", async () => {
    const dir = await mkdtemp(join(tmpdir(), "credit-desk-xlsx-"));
    try {
      const path = join(dir, "report.xlsx");
      await writeReport(path, reportModels(), [invoicesInput(), clashingInput()], META);
      const read = await readBack(await readFile(path));
      expect(read.worksheets.map((ws) => ws.name)).toEqual(
        workbook.worksheets.map((ws) => ws.name),
      );
      expect(read.getWorksheet("CD Aging")?.getCell("B10").formula).toBe("SUM(B5:B9)");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("leaves no file behind when writing fails", async () => {
    const dir = await mkdtemp(join(tmpdir(), "credit-desk-xlsx-"));
    try {
      const path = join(dir, "report.xlsx");
      const second = {
        ...customersModel(),
        tables: [{ ...agingModel().tables[0]!, range: customersModel().tables[0]!.range }],
      };
      await expect(writeReport(path, [agingModel(), second], [], META)).rejects.toThrow(
        'Duplicate table name "AgingBuckets"',
      );
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("leaves no temporary file next to the report", async () => {
    const dir = await mkdtemp(join(tmpdir(), "credit-desk-xlsx-"));
    try {
      await writeReport(join(dir, "report.xlsx"), reportModels(), [], META);
      expect(await readdir(dir)).toEqual(["report.xlsx"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("rejects duplicate and invalid sheet names", async () => {
    await expect(writeReportToBuffer([agingModel(), agingModel()], [], META)).rejects.toThrow(
      'Duplicate sheet name "CD Aging"',
    );
    await expect(writeReportToBuffer([{ ...agingModel(), name: "a/b" }], [], META)).rejects.toThrow(
      'Invalid sheet name "a/b"',
    );
    await expect(
      writeReportToBuffer([{ ...agingModel(), name: META_SHEET_NAME }], [], META),
    ).rejects.toThrow(`Duplicate sheet name "${META_SHEET_NAME}"`);
  });
});
