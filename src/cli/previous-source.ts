/**
 * Where the command line finds what the last run left and the user edited. The input's own report
 * sheets come first: the input may be a workbook the add-in wrote into, or a report analysed
 * again. For any of those sheets the input lacks, the CreditDesk report at the output path is read.
 */
import fs from "node:fs";

import type { PreviousState } from "../engine/previous";
import type { DateOrder } from "../io/coerce";
import {
  isCreditDeskReport,
  mayContainPreviousState,
  readPreviousParts,
  type PreviousParts,
} from "../io/previous";
import type { RawWorkbook } from "../io/raw";
import { readXlsxFile } from "../io/xlsx-read";

/**
 * Reads the report at `out` when it is one CreditDesk wrote. Any other file there, or one that
 * cannot be opened, yields nothing.
 */
async function readExistingReport(
  out: string,
  options: { dateOrder?: DateOrder },
): Promise<PreviousParts> {
  if (!fs.existsSync(out) || !fs.statSync(out).isFile()) return {};
  let report: RawWorkbook;
  try {
    // Rows are kept only for the sheets that may hold edits, not for input copies or item sheets.
    report = await readXlsxFile(out, { keepRows: mayContainPreviousState });
  } catch {
    return {};
  }
  return isCreditDeskReport(report) ? readPreviousParts(report, options) : {};
}

function isComplete(parts: PreviousParts): parts is PreviousState {
  return parts.history !== undefined && parts.plan !== undefined && parts.worklist !== undefined;
}

/** Returns the previous state for a run on `input` that writes its report to `out`. */
export async function previousStateFor(
  input: RawWorkbook,
  out: string,
  options: { dateOrder?: DateOrder } = {},
): Promise<PreviousState> {
  const own = readPreviousParts(input, options);
  if (isComplete(own)) return own;

  const existing = await readExistingReport(out, options);
  return {
    history: own.history ?? existing.history ?? [],
    plan: own.plan ?? existing.plan ?? [],
    worklist: own.worklist ?? existing.worklist ?? [],
  };
}
