/** The pane's host in the preview: runs on an uploaded file and offers the report as a download. */
import { REPORT_META } from "../app/report-file";
import { isoFromDay } from "../engine/dates";
import { writeReportToBuffer } from "../io/xlsx-buffer";
import type { PaneHost } from "../taskpane/pane";
import {
  analyseForPane,
  RunRejected,
  summarize,
  type RunControl,
  type RunRequest,
} from "../taskpane/run";
import { paneStrings } from "../taskpane/strings";
import { readUpload } from "./upload";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Returns the report's file name: `sales-report-2026-06-30.xlsx` for `sales.xlsx`. */
export function reportFileName(upload: string, asOf: string): string {
  const base = upload.replace(/\.[^.]+$/, "") || "workbook";
  return `${base}-report-${asOf}.xlsx`;
}

/** Saves bytes as a file through a temporary link, as browsers do for a download. */
export function saveFile(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Runs on the file that `currentFile` returns at the time Run is pressed. */
export function fileHost(currentFile: () => File | undefined): PaneHost {
  const run = async (request: RunRequest, control: RunControl) => {
    const locale = request.options.language;
    const file = currentFile();
    if (!file) throw new RunRejected(paneStrings(locale).noFile);

    await control.enter("reading");
    const upload = await readUpload(new Uint8Array(await file.arrayBuffer()), file.name, locale);
    // The download is a report file, so it carries copies of the inputs for its links.
    const result = await analyseForPane(upload.workbook, request, control, { copyInputs: true });
    if (upload.issue) result.analysis.issues.unshift(upload.issue);

    const outcome = {
      summary: summarize(result),
      locale,
      issues: result.analysis.issues,
      reportWritten: result.readable,
    };
    if (!result.readable) return outcome;

    const report = await writeReportToBuffer(result.models, result.inputs, REPORT_META);
    const name = reportFileName(file.name, isoFromDay(request.asOf));
    return { ...outcome, download: () => saveFile(report, name) };
  };

  return { target: "file", run };
}
