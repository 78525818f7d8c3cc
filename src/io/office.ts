/**
 * The Excel adapter: reads the open workbook's used ranges and writes sheet models into it.
 * Office.js is used here and in the `office-*.ts` helpers only. Each function takes the
 * `RequestContext` of the caller's single `Excel.run` for the user action, for example:
 *
 *     await Excel.run(async (context) => {
 *       const input = await readWorkbookTables(context);
 *       const models = buildReport(analyze(...));
 *       await writeSheetModels(context, models, { date1904: input.date1904 });
 *     });
 */
export { readSheetTop, readWorkbookTables } from "./office-read";
export type { ReadOptions, SheetTable, WorkbookTables } from "./office-read";
export { writeSheetModels } from "./office-write";
export type { WriteOptions, WriteResult, WrittenSheet } from "./office-write";
export { hostExcelApiSupport } from "./office-support";
export type { ExcelApiSupport } from "./office-support";
export type { CellValue } from "./office-cells";
