/** Browser preview entry: the same pane outside Office, on files instead of a workbook. */
import { createRoot } from "react-dom/client";

import { Pane, paneLocale } from "../taskpane/pane";

/**
 * TODO: read an uploaded workbook and download the report once the pane can upload files.
 * Until then Run in the preview only explains that no file is open.
 */
async function runPreview(): Promise<string> {
  return "No workbook is open in the preview.";
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(<Pane locale={paneLocale(navigator.language)} onRun={runPreview} />);
}
