/** Writes the report workbook and the input template for the command line. */
import type { Analysis } from "../engine/analyze";
import type { Locale } from "../i18n/messages";
import type { RawWorkbook } from "../io/raw";
import { writeReport, type InputSheetCopy } from "../io/xlsx-write";
import { buildReport } from "../report";
import { VERSION } from "../version";

export { writeTemplate } from "../io/template";

function inputCopies(workbook: RawWorkbook): InputSheetCopy[] {
  return workbook.sheets
    .filter((sheet) => !sheet.hidden && !/^CD[\s_]/.test(sheet.name))
    .map((sheet) => ({
      name: workbook.csv ? sheet.name.replace(/\.[^.]+$/, "").slice(0, 31) : sheet.name,
      rows: sheet.rows.map((row) => row.map((value) => (value === undefined ? null : value))),
    }));
}

export async function writeAnalysisReport(
  out: string,
  analysis: Analysis,
  workbook: RawWorkbook,
  locale: Locale,
): Promise<void> {
  const inputs = inputCopies(workbook);
  const copiedSheets = new Set(workbook.sheets.map((sheet) => sheet.name));
  const models = buildReport(analysis, locale, {
    source: workbook.source,
    version: VERSION,
    copiedSheets,
  });
  await writeReport(out, models, inputs, {
    title: "CreditDesk report",
    marker: "credit-desk",
    version: VERSION,
  });
}
