/**
 * Ribbon commands entry. **Age receivables** (`ageReceivables` in the manifest) reads the
 * workbook, ages the receivables as of today with the options last used in the pane, writes the
 * `CD Aging` sheet and shows the total and the overdue share in a small dialog.
 */
import { documentSetting, officeDisplayLanguage, officeDocumentUrl } from "../io/office-context";
import { workbookNameFromUrl } from "../io/office-raw";
import { defaultOptions, parseStoredOptions, SETTINGS_KEY } from "../taskpane/options";
import { paneLocale } from "../taskpane/strings";
import { agingReport } from "./aging-command";
import { registerCommands } from "./commands-core";

Office.onReady(() => {
  const fallback = defaultOptions(paneLocale(officeDisplayLanguage()));
  const options = parseStoredOptions(documentSetting(SETTINGS_KEY).load(), fallback);
  registerCommands(agingReport(options, workbookNameFromUrl(officeDocumentUrl())));
});
