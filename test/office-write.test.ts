import { writeSheetModels } from "../src/io/office";
import { cell } from "../src/report/model";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "./support/excel-double";
import { agingModel, supportUpTo, textModel } from "./support/sheet-models";
import { rowArray } from "../src/report/rows";

const ALL = supportUpTo("1.17");

function context(excel: ExcelDouble): Excel.RequestContext {
  return excel.context as unknown as Excel.RequestContext;
}

function text(excel: ExcelDouble, sheet: string, row: number, col: number): unknown {
  return excel.sheet(sheet)?.cell(row, col)?.value;
}

describe("writeSheetModels sync count", () => {
  test.each([1_000, 100_000])("%i rows take setup syncs plus one per batch", async (rows) => {
    const excel = new ExcelDouble();
    const result = await writeSheetModels(context(excel), [agingModel(rows)], { support: ALL });

    // Two syncs find the existing sheets and markers, one finishes tables and charts.
    expect(excel.syncs.length - result.batches).toBe(3);
    if (rows === 1_000) expect(result.batches).toBe(1);
    else expect(result.batches).toBeGreaterThan(1);
    expect(result.batches).toBeLessThan(10);
  });

  test("no request or response reaches 5 MB", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(100_000)], { support: ALL });

    const largest = Math.max(...excel.syncs.map((sync) => sync.requestBytes));
    expect(largest).toBeGreaterThan(1_000_000);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThan(
      PAYLOAD_LIMIT_BYTES,
    );
  });

  test("writes every row of a large sheet", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(100_000)], { support: ALL });

    expect(text(excel, "CD Aging", 1, 2)).toBe("10000");
    expect(text(excel, "CD Aging", 100_000, 2)).toBe("109999");
    expect(text(excel, "CD Aging", 100_001, 0)).toBe("Total");
  });
});

describe("writeSheetModels text cells", () => {
  const risky = [
    "=1+1",
    "+44 20 7946 0000",
    "-A1",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://x")',
    "00123",
    "2026-05-31",
  ];

  test("formula-looking text is stored as text", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [textModel(risky)], { support: ALL });

    risky.forEach((expected, i) => {
      const stored = excel.sheet("CD Notes")?.cell(i + 1, 0);
      expect(stored?.value).toBe(expected);
      expect(stored?.formula).toBeUndefined();
      expect(stored?.numberFormat).toBe("@");
    });
  });

  test("the double evaluates such text without the text format", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Raw");
    const range = excel.context.workbook.worksheets.getItem("Raw").getRangeByIndexes(0, 0, 1, 2);
    range.values = [["=1+1", "00123"]];
    await excel.context.sync();

    expect(excel.sheet("Raw")?.cell(0, 0)?.formula).toBe("=1+1");
    expect(excel.sheet("Raw")?.cell(0, 1)?.value).toBe(123);
  });

  test("numbers keep the model's format and dates become serials", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(3)], { support: ALL });
    const sheet = excel.sheet("CD Aging");

    expect(sheet?.cell(1, 4)?.value).toBe(12.5);
    expect(sheet?.cell(1, 4)?.numberFormat).toBe("#,##0.00;[Red]-#,##0.00");
    expect(sheet?.cell(1, 3)?.value).toBe(46173);
    expect(sheet?.cell(1, 3)?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("dates use 1904 serials when the workbook does", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(1)], { support: ALL, date1904: true });

    expect(excel.sheet("CD Aging")?.cell(1, 3)?.value).toBe(46173 - 1462);
  });

  test("formula cells are written as formulas", async () => {
    const excel = new ExcelDouble();
    const model = textModel(["a"]);
    model.rows = [...rowArray(model.rows), [{ value: 2, formula: "=ROWS(A2:A2)+1" }]];
    await writeSheetModels(context(excel), [model], { support: ALL });

    expect(excel.sheet("CD Notes")?.cell(2, 0)?.formula).toBe("=ROWS(A2:A2)+1");
  });
});

describe("writeSheetModels sheet replacement", () => {
  test("a re-run replaces its marked sheet", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Invoices", [
      ["Customer", "Amount"],
      ["C1", 10],
    ]);
    await writeSheetModels(context(excel), [agingModel(5)], { support: ALL });
    const second = await writeSheetModels(context(excel), [agingModel(2)], { support: ALL });

    expect(excel.sheetNames()).toEqual(["Invoices", "CD Aging"]);
    expect(second.sheets).toEqual([{ marker: "aging", name: "CD Aging", replaced: "CD Aging" }]);
    expect(text(excel, "CD Aging", 3, 0)).toBe("Total");
    expect(text(excel, "CD Aging", 6, 0)).toBeUndefined();
    expect(excel.sheet("CD Aging")?.customProperties.get("credit-desk-marker")).toBe("aging");
  });

  test("input sheets are never changed", async () => {
    const excel = new ExcelDouble();
    const invoices = excel.addSheet("Invoices", [
      ["Customer", "Amount"],
      ["C1", 10],
    ]);
    const before = JSON.stringify(invoices);
    await writeSheetModels(context(excel), [agingModel(5)], { support: ALL });
    await writeSheetModels(context(excel), [agingModel(5)], { support: ALL });

    expect(JSON.stringify(invoices)).toBe(before);
  });

  test("a user sheet with the same name is kept and the new one is suffixed", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("CD Aging", [["my own notes"]]);
    const first = await writeSheetModels(context(excel), [agingModel(5)], { support: ALL });
    const second = await writeSheetModels(context(excel), [agingModel(5)], { support: ALL });

    expect(first.sheets[0]?.name).toBe("CD Aging (2)");
    expect(second.sheets[0]).toEqual({
      marker: "aging",
      name: "CD Aging (2)",
      replaced: "CD Aging (2)",
    });
    expect(excel.sheetNames()).toEqual(["CD Aging", "CD Aging (2)"]);
    expect(text(excel, "CD Aging", 0, 0)).toBe("my own notes");
    expect(text(excel, "CD Aging (2)", 0, 0)).toBe("Customer");
  });

  test("without custom properties a hidden meta sheet marks output sheets", async () => {
    const excel = new ExcelDouble();
    const support = supportUpTo("1.11");
    excel.addSheet("CD Aging", [["my own notes"]]);
    await writeSheetModels(context(excel), [agingModel(5)], { support });
    await writeSheetModels(context(excel), [agingModel(5)], { support });

    const meta = excel.sheet("CD Meta");
    expect(meta?.visibility).toBe("Hidden");
    expect(meta?.cell(0, 0)?.value).toBe("CD Aging (2)");
    expect(meta?.cell(0, 1)?.value).toBe("aging");
    expect(excel.sheetNames().sort()).toEqual(["CD Aging", "CD Aging (2)", "CD Meta"]);
    expect(text(excel, "CD Aging", 0, 0)).toBe("my own notes");
  });

  test("the replaced sheet keeps its position", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Invoices");
    await writeSheetModels(context(excel), [agingModel(1)], { support: ALL });
    excel.addSheet("Payments");
    await writeSheetModels(context(excel), [agingModel(1)], { support: ALL });

    expect(excel.sheetNames()).toEqual(["Invoices", "CD Aging", "Payments"]);
  });

  test("edited user columns survive a re-run", async () => {
    const excel = new ExcelDouble();
    const model = (status: string) => ({
      ...textModel([], "CD Improvement", "improvement"),
      rows: [
        [cell("Action", undefined, "header"), cell("Owner", undefined, "header")],
        [cell("A1"), cell(status)],
        [cell("A2"), cell("")],
      ],
      userColumns: { key: 0, columns: [1] },
    });
    await writeSheetModels(context(excel), [model("")], { support: ALL });
    excel.sheet("CD Improvement")?.setValue(1, 1, "Mei Chen");
    await writeSheetModels(context(excel), [model("")], { support: ALL });

    expect(text(excel, "CD Improvement", 1, 1)).toBe("Mei Chen");
    expect(text(excel, "CD Improvement", 2, 1)).toBe("");
    expect(text(excel, "CD Improvement", 0, 1)).toBe("Owner");
  });
});

describe("writeSheetModels formatting", () => {
  test("adds the table without its totals row, chart, formats and panes", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(10)], { support: ALL });
    const sheet = excel.sheet("CD Aging")!;

    expect(sheet.tables).toEqual([
      {
        name: "CDAgingItems",
        rect: { row: 0, col: 0, rows: 11, cols: 6 },
        hasHeaders: true,
        style: "TableStyleMedium2",
      },
    ]);
    expect(sheet.charts[0]?.series[0]).toEqual({
      name: "Open",
      values: { row: 1, col: 4, rows: 5, cols: 1 },
      categories: { row: 1, col: 0, rows: 5, cols: 1 },
    });
    expect(sheet.charts[0]?.position).toEqual(["I2", "P16"]);
    expect(sheet.conditionalFormats.map((format) => format.type)).toEqual(["DataBar", "CellValue"]);
    expect(sheet.conditionalFormats[1]?.settings["cellValue.rule"]).toEqual({
      formula1: '="disputed"',
      operator: "EqualTo",
    });
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.columnWidths.get(1)).toBe(150.75);
    expect(sheet.formats).toContainEqual({
      rect: { row: 0, col: 0, rows: 1, cols: 6 },
      property: "font.bold",
      value: true,
    });
  });

  test("print settings are set with ExcelApi 1.9 and skipped without", async () => {
    const withLayout = new ExcelDouble();
    const without = new ExcelDouble();
    await writeSheetModels(context(withLayout), [agingModel(3)], { support: ALL });
    await writeSheetModels(context(without), [agingModel(3)], { support: supportUpTo("1.8") });

    expect(withLayout.sheet("CD Aging")?.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    expect(without.sheet("CD Aging")?.pageLayout).toEqual({});
  });

  test("a table name in use elsewhere gets a suffix", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(3)], { support: ALL });
    await writeSheetModels(context(excel), [agingModel(3, "CD Aging Copy", "aging-copy")], {
      support: ALL,
    });

    expect(excel.sheet("CD Aging Copy")?.tables[0]?.name).toBe("CDAgingItems_2");
  });
});

describe("writeSheetModels screen and calculation", () => {
  test("suspends screen updating and calculation while writing", async () => {
    const excel = new ExcelDouble();
    const result = await writeSheetModels(context(excel), [agingModel(100_000)], { support: ALL });

    const suspended = excel.syncs.filter((sync) => sync.screenUpdatingSuspended).length;
    expect(suspended).toBe(result.batches);
    expect(excel.calculationModes).toEqual(["Manual", "Automatic"]);
    expect(excel.calculationMode).toBe("Automatic");
  });

  test("hosts before ExcelApi 1.8 are left as they are", async () => {
    const excel = new ExcelDouble();
    await writeSheetModels(context(excel), [agingModel(10)], { support: supportUpTo("1.7") });

    expect(excel.syncs.some((sync) => sync.screenUpdatingSuspended)).toBe(false);
    expect(excel.calculationModes).toEqual([]);
  });

  test("the calculation mode is restored when a write fails", async () => {
    const excel = new ExcelDouble();
    excel.calculationMode = "AutomaticExceptTables";
    // A budget far above Office's limit makes the double reject the request.
    const writing = writeSheetModels(context(excel), [agingModel(100_000)], {
      support: ALL,
      budgetBytes: 50_000_000,
    });

    await expect(writing).rejects.toThrow("RequestPayloadSizeLimitExceeded");
    expect(excel.calculationModes).toEqual(["AutomaticExceptTables"]);
  });
});
