/**
 * Decides whether `--out` may be replaced. A report is rewritten in full, so an existing file is
 * replaced only when it is a CreditDesk report of the same kind whose every sheet CreditDesk wrote:
 * anything else there is the user's work and is left unchanged.
 */

import { cleanText } from "../io/coerce";
import { isCreditDeskReport } from "../io/previous";
import type { RawWorkbook } from "../io/raw";
import { META_HEADER_ROW, META_SHEET_NAME } from "../io/xlsx-meta";
import { UsageError } from "./args";

/** Returns the sheets `CD Meta` lists and the title, or undefined for a file not a report. */
function reportContents(workbook: RawWorkbook): { title: string; sheets: Set<string> } | undefined {
  if (!isCreditDeskReport(workbook)) return undefined;
  const rows = workbook.sheets.find((sheet) => sheet.name === META_SHEET_NAME)?.rows ?? [];
  const sheets = new Set<string>([META_SHEET_NAME]);
  for (const row of rows.slice(META_HEADER_ROW)) {
    const name = cleanText(row[0]);
    if (name) sheets.add(name);
  }
  return { title: cleanText(rows[2]?.[1]) ?? "", sheets };
}

/**
 * Throws a usage error unless the file at `out` is missing or a CreditDesk report titled `title`
 * that has only the sheets it was written with. `existing` is that file as read, with the rows of
 * `CD Meta`.
 */
export function checkReplaceable(
  out: string,
  existing: RawWorkbook | "missing" | "unreadable",
  title: string,
): void {
  if (existing === "missing") return;
  const workbook = existing === "unreadable" ? undefined : existing;
  const report = workbook && reportContents(workbook);
  if (!workbook || !report) {
    throw new UsageError(
      `--out ${out} exists and is not a CreditDesk report, so it is left unchanged. Choose a new file name.`,
    );
  }
  if (report.title !== title) {
    throw new UsageError(
      `--out ${out} is a ${report.title || "CreditDesk file"} and would lose its contents to a ${title}. Choose a new file name.`,
    );
  }
  const added = workbook.sheets
    .map((sheet) => sheet.name)
    .filter((name) => !report.sheets.has(name));
  if (added.length > 0) {
    throw new UsageError(
      `--out ${out} has sheets CreditDesk did not write (${added.join(", ")}), which a new report would delete. Move them to another workbook, or choose a new file name.`,
    );
  }
}
