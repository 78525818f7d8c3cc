/** Contents of a report file besides the output sheets: copies of the inputs and the report's metadata. */
import { PackedRows } from "../io/packed-rows";
import type { RawSheet, RawWorkbook } from "../io/raw";
import { isOwnOutput } from "../io/table";
import type { InputSheetCopy } from "../io/xlsx-inputs";
import type { ReportMeta } from "../io/xlsx-stream";
import { VERSION } from "../version";

export const REPORT_META: ReportMeta = {
  title: "CreditDesk report",
  marker: "credit-desk",
  version: VERSION,
};

/**
 * Returns copies of the input sheets that take little memory until the report is written: a CSV
 * sheet is parsed again from its text, other rows are packed. Report sheets are not copied again.
 */
export function inputCopies(workbook: RawWorkbook): InputSheetCopy[] {
  return copiedSheets(workbook).map((sheet) => ({
    name: copyName(workbook, sheet),
    rows: sheet.copyRows ?? new PackedRows(sheet.rows),
  }));
}

/** Returns, for each input sheet a report file copies, the name of its copy. */
export function copyNames(workbook: RawWorkbook): Map<string, string> {
  return new Map(copiedSheets(workbook).map((sheet) => [sheet.name, copyName(workbook, sheet)]));
}

function copiedSheets(workbook: RawWorkbook): RawSheet[] {
  return workbook.sheets.filter((sheet) => !sheet.hidden && !isOwnOutput(workbook, sheet.name));
}

/**
 * Names a copy after its sheet, or a CSV's copy after the file without its extension. Excel
 * reserves the sheet name History, which a file History.csv would otherwise get.
 */
function copyName(workbook: RawWorkbook, sheet: RawSheet): string {
  if (!workbook.csv) return sheet.name;
  const name = sheet.name.replace(/\.[^.]+$/, "").slice(0, 31);
  return name.trim().toLowerCase() === "history" ? `${name} (CSV)` : name;
}
