/** Task pane entry: renders the pane once Office.js is ready. */
import { createRoot } from "react-dom/client";

import { localToday } from "../commands/workbook-run";
import {
  documentSetting,
  officeDisplayLanguage,
  officeDocumentUrl,
  officeThemeColors,
} from "../io/office-context";
import { workbookNameFromUrl } from "../io/office-raw";
import { defaultOptions, parseStoredOptions, SETTINGS_KEY } from "./options";
import { Pane } from "./pane";
import { paneLocale } from "./strings";
import { paneTheme } from "./theme";
import { workbookHost } from "./workbook-host";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;

  const store = documentSetting(SETTINGS_KEY);
  const fallback = defaultOptions(paneLocale(officeDisplayLanguage()));
  const host = workbookHost({ source: workbookNameFromUrl(officeDocumentUrl()) });
  createRoot(root).render(
    <Pane
      host={host}
      store={store}
      initialOptions={parseStoredOptions(store.load(), fallback)}
      today={localToday()}
      theme={paneTheme(officeThemeColors())}
    />,
  );
});
