/** The pane's host in Excel: runs on the open workbook and selects cells in it. */
import type { WorkbookRun } from "../app/analyze-workbook";
import { runOnWorkbook, type ExcelRunner } from "../commands/workbook-run";
import type { Day } from "../engine/dates";
import { rawFromTables } from "../io/office-raw";
import type { WorkbookTables } from "../io/office-read";
import { selectCell } from "../io/office-select";
import type { PaneHost } from "./pane";
import { analyseForPane, summarize, type RunControl, type RunRequest } from "./run";

const excelRun: ExcelRunner = (batch) => Excel.run(batch);

export interface WorkbookHostOptions {
  /** File name for the report's parameters sheet and messages; "Workbook" when absent. */
  source?: string | undefined;
  runner?: ExcelRunner;
}

/** Reads, analyses and writes in one `Excel.run`, reporting each step to `control`. */
export function workbookHost(options: WorkbookHostOptions = {}): PaneHost {
  const runner = options.runner ?? excelRun;

  const run = async (request: RunRequest, control: RunControl) => {
    let result: WorkbookRun | undefined;
    const build = async (tables: WorkbookTables, _asOf: Day) => {
      const raw = rawFromTables(tables, options.source);
      result = await analyseForPane(raw, request, control);
      return result.readable ? result.models : [];
    };

    await control.enter("reading");
    await runOnWorkbook(build, request.asOf, runner);
    if (!result) throw new Error("The workbook was not analysed.");
    return {
      summary: summarize(result),
      locale: request.options.language,
      issues: result.analysis.issues,
      reportWritten: result.readable,
    };
  };

  return {
    target: "workbook",
    run,
    selectCell: (sheet, address) => runner((context) => selectCell(context, sheet, address)),
  };
}
