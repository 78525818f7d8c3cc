import { readWorkbookTables, writeSheetModels } from "../src/io/office";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "./support/excel-double";
import { agingModel, supportUpTo } from "./support/sheet-models";

const ALL = supportUpTo("1.17");

function context(excel: ExcelDouble): Excel.RequestContext {
  return excel.context as unknown as Excel.RequestContext;
}

describe("readWorkbookTables", () => {
  test("reads visible sheets from A1 with blanks as null", async () => {
    const excel = new ExcelDouble();
    excel.addSheet(
      "Invoices",
      [
        [null, null],
        [null, "Customer", "Amount"],
        [null, "C001", 125.5],
      ],
      [[], [], ["General", "@", "#,##0.00"]],
    );

    const result = await readWorkbookTables(context(excel), { support: ALL });

    expect(result.sheets).toEqual([
      {
        name: "Invoices",
        rows: [
          [null, null, null],
          [null, "Customer", "Amount"],
          [null, "C001", 125.5],
        ],
        formats: [
          ["General", "General", "General"],
          ["General", "General", "General"],
          ["General", "@", "#,##0.00"],
        ],
      },
    ]);
  });

  test("leaves out hidden sheets and CreditDesk output sheets", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Invoices", [["Customer"]]);
    excel.addSheet("Old", [["x"]]).visibility = "Hidden";
    await writeSheetModels(context(excel), [agingModel(2)], { support: ALL });

    const result = await readWorkbookTables(context(excel), { support: ALL });

    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["Invoices"]);
  });

  test("leaves out output sheets listed on the meta sheet", async () => {
    const excel = new ExcelDouble();
    const support = supportUpTo("1.9");
    excel.addSheet("Invoices", [["Customer"]]);
    await writeSheetModels(context(excel), [agingModel(2)], { support });

    const result = await readWorkbookTables(context(excel), { support });

    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["Invoices"]);
  });

  test("an empty sheet has no rows", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Empty");

    const result = await readWorkbookTables(context(excel), { support: ALL });

    expect(result.sheets).toEqual([{ name: "Empty", rows: [], formats: [] }]);
  });

  test.each([
    [false, false],
    [true, true],
  ])("detects the 1904 date system (%s)", async (date1904, expected) => {
    const excel = new ExcelDouble();
    excel.date1904 = date1904;

    const result = await readWorkbookTables(context(excel), { support: ALL });

    expect(result.date1904).toBe(expected);
  });

  test("reads a large sheet in batches below 5 MB", async () => {
    const excel = new ExcelDouble();
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `C${i}`,
      `Customer name ${i}`,
      i * 1.5,
      46_000 + (i % 365),
    ]);
    excel.addSheet("Invoices", [["Customer", "Name", "Amount", "Due"], ...rows]);

    const result = await readWorkbookTables(context(excel), { support: ALL });

    const sheet = result.sheets[0]!;
    expect(sheet.rows).toHaveLength(100_001);
    expect(sheet.rows[100_000]).toEqual([
      "C99999",
      "Customer name 99999",
      149_998.5,
      46_000 + (99_999 % 365),
    ]);
    // Two syncs for the sheet list and used ranges, then 400,004 cells in batches of 50,000.
    expect(excel.syncs).toHaveLength(2 + 9);
    expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThan(
      PAYLOAD_LIMIT_BYTES,
    );
  });
});

describe("readWorkbookTables with an assessment history", () => {
  test("reads the CD History output sheet back, and no other output sheet", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Invoices", [["Customer"]]);
    const history = {
      ...agingModel(2),
      name: "CD History",
      marker: "assessment-history",
      tables: [],
      charts: [],
      conditionalFormats: [],
    };
    await writeSheetModels(context(excel), [agingModel(2), history], { support: ALL });

    const result = await readWorkbookTables(context(excel), { support: ALL });

    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["Invoices", "CD History"]);
  });
});
