/** Writes the report workbook and the input template for the command line. */
import { inputCopies, REPORT_META } from "../app/report-file";
import type { RawWorkbook } from "../io/raw";
import { writeReport } from "../io/xlsx-write";
import type { SheetModel } from "../report/model";

export { writeTemplate } from "../io/template";

export async function writeReportFile(
  out: string,
  models: SheetModel[],
  workbook: RawWorkbook,
): Promise<void> {
  await writeReport(out, models, inputCopies(workbook), REPORT_META);
}
