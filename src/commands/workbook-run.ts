/**
 * One user action on the open workbook: read the input sheets, build the report, write it back,
 * all inside a single `Excel.run` as Office recommends. Shared by the ribbon command and the pane.
 */
import type { Day } from "../engine/dates";
import {
  readWorkbookTables,
  writeSheetModels,
  type WorkbookTables,
  type WriteResult,
} from "../io/office";
import type { SheetModel } from "../report/model";

export { localToday } from "../app/today";

/**
 * Builds the output sheets from the workbook's tables and the as-of date. It may be asynchronous,
 * so that the pane can repaint its progress and take a Cancel click between steps.
 */
export type ReportBuilder = (
  input: WorkbookTables,
  asOf: Day,
) => SheetModel[] | Promise<SheetModel[]>;

/** Runs a batch function in a request context; `Excel.run` in the add-in, a double in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/** Reads the workbook, builds the report with `build` and writes its sheets, if it builds any. */
export async function runOnWorkbook(
  build: ReportBuilder,
  asOf: Day,
  run: ExcelRunner = excelRun,
): Promise<WriteResult> {
  return run(async (context) => {
    const input = await readWorkbookTables(context);
    const models = await build(input, asOf);
    // Nothing to write, e.g. no invoice could be read: leave the workbook untouched.
    if (models.length === 0) return { sheets: [], batches: 0 };
    return writeSheetModels(context, models, { date1904: input.date1904 });
  });
}
