/**
 * Reads an uploaded .xlsx in the browser, where exceljs's streaming reader (Node streams and fs)
 * is not available: the whole workbook is loaded into memory, which suits the preview's files.
 */
import ExcelJS from "exceljs";

import { flattenCellValue } from "./cell-value";
import type { RawValue } from "./coerce";
import type { RawSheet, RawWorkbook } from "./raw";

function readWorksheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: RawValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // exceljs row values are 1-based and sparse.
    const values = row.values as unknown[];
    const cells: RawValue[] = [];
    for (let column = 1; column < values.length; column++) {
      cells.push(flattenCellValue(values[column]));
    }
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });

  const sheet: RawSheet = { name: worksheet.name, rows };
  if (worksheet.state === "hidden" || worksheet.state === "veryHidden") sheet.hidden = true;
  return sheet;
}

/** Reads every worksheet of an .xlsx file's bytes. Throws on bytes that are not a readable workbook. */
export async function readXlsxArrayBuffer(data: ArrayBuffer, source: string): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  return {
    source,
    sheets: workbook.worksheets.map(readWorksheet),
    date1904: workbook.properties?.date1904 === true,
    csv: false,
  };
}
