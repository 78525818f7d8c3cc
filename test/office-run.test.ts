import { localToday, runOnWorkbook, type ExcelRunner } from "../src/commands/workbook-run";
import { ExcelDouble } from "./support/excel-double";
import { textModel } from "./support/sheet-models";

function runner(excel: ExcelDouble): ExcelRunner {
  return (batch) => batch(excel.context as unknown as Excel.RequestContext);
}

describe("runOnWorkbook", () => {
  test("reads, builds and writes in one run", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Invoices", [["Customer"], ["C001"], ["C002"]]);

    const result = await runOnWorkbook(
      (input, asOf) => [textModel([`${input.sheets[0]?.rows.length} rows`, String(asOf)])],
      20_604,
      runner(excel),
    );

    expect(result.sheets).toEqual([{ marker: "notes", name: "CD Notes" }]);
    expect(excel.sheet("CD Notes")?.cell(1, 0)?.value).toBe("3 rows");
    expect(excel.sheet("CD Notes")?.cell(2, 0)?.value).toBe("20604");
  });

  test("writes 1904 serials for a 1904 workbook", async () => {
    const excel = new ExcelDouble();
    excel.date1904 = true;

    await runOnWorkbook(
      () => [{ ...textModel([]), rows: [[{ value: 0, date: true }]] }],
      0,
      runner(excel),
    );

    expect(excel.sheet("CD Notes")?.cell(0, 0)?.value).toBe(24_107);
  });
});

describe("localToday", () => {
  test("takes the calendar date on the local clock", () => {
    expect(localToday(new Date(2026, 4, 31, 23, 59))).toBe(20_604);
  });
});
