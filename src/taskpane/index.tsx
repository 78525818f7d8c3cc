/** Task pane entry: renders the pane once Office.js is ready. */
import { createRoot } from "react-dom/client";

import { readWorkbookTables } from "../io/office";
import { Pane, paneLocale } from "./pane";

/**
 * Runs the analysis on the open workbook; the Run button calls it.
 * TODO: build and write the report with `runOnWorkbook` from `src/commands/workbook-run.ts`
 * once the analysis entry point exists; until then Run only reads the workbook and reports
 * how many input sheets it found.
 */
export async function runAnalysis(): Promise<string> {
  const input = await Excel.run((context) => readWorkbookTables(context));
  return `${input.sheets.length} input sheets read.`;
}

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const locale = paneLocale(Office.context.displayLanguage);
  createRoot(root).render(<Pane locale={locale} onRun={runAnalysis} />);
});
