/**
 * Ribbon commands. **Age receivables** (`ageReceivables` in the manifest) reads the workbook,
 * ages the receivables as of today and writes the `CD Aging` sheet in one click.
 */
import { localToday, runOnWorkbook, type ReportBuilder } from "./workbook-run";

/** Returns the `ageReceivables` handler: it writes what `build` makes and always completes the event. */
export function ageReceivablesCommand(build: ReportBuilder) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await runOnWorkbook(build, localToday());
    } finally {
      event.completed();
    }
  };
}

/** Associates the ribbon functions of the manifest with their handlers. */
export function registerCommands(buildAging: ReportBuilder): void {
  Office.actions.associate("ageReceivables", ageReceivablesCommand(buildAging));
}

// TODO: call registerCommands with the aging report builder once the analysis entry point
// exists. Until then the Age receivables button has no handler, so Office reports an error.
Office.onReady(() => undefined);
