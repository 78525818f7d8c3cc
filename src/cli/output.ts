/** Writes the report workbook and the input template for the command line. */
import { REPORT_META } from "../app/report-file";
import type { Analysis } from "../engine/analyze";
import type { Locale } from "../i18n/messages";
import { writeReport, type InputSheetCopy } from "../io/xlsx-write";
import { buildLenderPack } from "../report/lender-pack";
import type { SheetModel } from "../report/model";

export { writeTemplate } from "../io/template";

/** Title in a lender pack's `CD Meta` sheet, which distinguishes it from a full report. */
export const LENDER_PACK_TITLE = "CreditDesk lender pack";

export async function writeReportFile(
  out: string,
  models: SheetModel[],
  inputs: InputSheetCopy[],
): Promise<void> {
  await writeReport(out, models, inputs, REPORT_META);
}

/** Writes the lender pack: the lender's sheets of the report, without copies of the input. */
export async function writeLenderPackFile(
  out: string,
  analysis: Analysis,
  models: readonly SheetModel[],
  context: { locale: Locale; source: string },
): Promise<void> {
  const meta = { ...REPORT_META, title: LENDER_PACK_TITLE };
  await writeReport(out, buildLenderPack(analysis, models, context), [], meta);
}
