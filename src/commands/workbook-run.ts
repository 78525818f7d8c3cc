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

/** Builds the output sheets from the workbook's tables and the as-of date. */
export type ReportBuilder = (input: WorkbookTables, asOf: Day) => SheetModel[];

/** Runs a batch function in a request context; `Excel.run` in the add-in, a double in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/** Reads the workbook, builds the report with `build` and writes its sheets. */
export async function runOnWorkbook(
  build: ReportBuilder,
  asOf: Day,
  run: ExcelRunner = excelRun,
): Promise<WriteResult> {
  return run(async (context) => {
    const input = await readWorkbookTables(context);
    const models = build(input, asOf);
    return writeSheetModels(context, models, { date1904: input.date1904 });
  });
}

/** Returns today's date on the user's calendar (local time zone) as a `Day`. */
export function localToday(now: Date = new Date()): Day {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
