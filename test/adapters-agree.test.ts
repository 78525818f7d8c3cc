import path from "node:path";

import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { dayFromIso, dayFromUtcDate, serialFromDay } from "../src/engine/dates";
import { rawFromTables } from "../src/io/office-raw";
import { readWorkbookTables } from "../src/io/office-read";
import { readXlsxFile } from "../src/io/xlsx-read";
import { ExcelDouble } from "./support/excel-double";

const SAMPLE = path.join(__dirname, "..", "assets", "sample.xlsx");
const AS_OF = dayFromIso("2026-06-30") as number;

/** Excel hands dates to Office.js as serial numbers, so the double gets what Excel would send. */
function asExcelValue(value: unknown): string | number | boolean | null {
  if (value instanceof Date) return serialFromDay(dayFromUtcDate(value) as number);
  if (value === undefined) return null;
  return value as string | number | boolean | null;
}

describe("file and Office adapters", () => {
  it("give identical sheet models for the same workbook", async () => {
    const raw = await readXlsxFile(SAMPLE);
    const excel = new ExcelDouble();
    for (const sheet of raw.sheets) {
      const width = Math.max(0, ...sheet.rows.map((row) => row.length));
      const rows = sheet.rows.map((row) =>
        Array.from({ length: width }, (_, i) => asExcelValue(row[i])),
      );
      excel.addSheet(sheet.name, rows);
    }
    const tables = await readWorkbookTables(excel.context as unknown as Excel.RequestContext);
    const fromOffice = analyzeWorkbook(rawFromTables(tables, raw.source), {
      asOf: AS_OF,
      locale: "en-US",
    });
    const fromFile = analyzeWorkbook(raw, { asOf: AS_OF, locale: "en-US" });

    expect(fromOffice.analysis.aging.total).toBe(fromFile.analysis.aging.total);
    expect(fromOffice.analysis.issues).toEqual(fromFile.analysis.issues);
    expect(JSON.stringify(fromOffice.models)).toBe(JSON.stringify(fromFile.models));
  });
});
