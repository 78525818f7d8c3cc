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
 * Reads the file at `out` as a workbook, keeping rows only for the sheets that may carry edits,
 * not for input copies or item sheets. Returns "missing" when there is no file and "unreadable"
 * when it is not a workbook.
 */
export async function readExistingFile(
  out: string,
): Promise<RawWorkbook | "missing" | "unreadable"> {
  if (!fs.existsSync(out) || !fs.statSync(out).isFile()) return "missing";
  try {
    return await readXlsxFile(out, { keepRows: mayContainPreviousState });
  } catch {
    return "unreadable";
  }
}

/** Returns what an existing CreditDesk report carries over, or nothing for any other file. */
function existingParts(
  existing: RawWorkbook | "missing" | "unreadable",
  options: { dateOrder?: DateOrder },
): PreviousParts {
  if (typeof existing === "string" || !isCreditDeskReport(existing)) return {};
  return readPreviousParts(existing, options);
}

function isComplete(parts: PreviousParts): parts is PreviousState {
  return parts.history !== undefined && parts.plan !== undefined && parts.worklist !== undefined;
}

/** Returns the previous state for a run on `input` whose output file is `existingFile`. */
export function previousStateFor(
  input: RawWorkbook,
  existingFile: RawWorkbook | "missing" | "unreadable",
  options: { dateOrder?: DateOrder } = {},
): PreviousState {
  const own = readPreviousParts(input, options);
  if (isComplete(own)) return own;

  const existing = existingParts(existingFile, options);
  return {
    history: own.history ?? existing.history ?? [],
    plan: own.plan ?? existing.plan ?? [],
    worklist: own.worklist ?? existing.worklist ?? [],
  };
}
