/** Writes the report workbook and the input template for the command line. */
import type { RawWorkbook } from "../io/raw";
import { writeReport, type InputSheetCopy } from "../io/xlsx-write";
import type { SheetModel } from "../report/model";
import { VERSION } from "../version";

export { writeTemplate } from "../io/template";

/** Copies of the input sheets; report sheets of an earlier run are not copied again. */
function inputCopies(workbook: RawWorkbook): InputSheetCopy[] {
  return workbook.sheets
    .filter((sheet) => !sheet.hidden && !/^CD[\s_]/.test(sheet.name))
    .map((sheet) => ({
      name: workbook.csv ? sheet.name.replace(/\.[^.]+$/, "").slice(0, 31) : sheet.name,
      rows: sheet.rows.map((row) => row.map((value) => (value === undefined ? null : value))),
    }));
}

export async function writeReportFile(
  out: string,
  models: SheetModel[],
  workbook: RawWorkbook,
): Promise<void> {
  await writeReport(out, models, inputCopies(workbook), {
    title: "CreditDesk report",
    marker: "credit-desk",
    version: VERSION,
  });
}
