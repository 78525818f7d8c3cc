/** Opens an input file of any supported kind and reads it into records, turning failures into issues. */
import fs from "node:fs";
import path from "node:path";

import type { Issue } from "../engine/issues";
import type { Messages } from "../i18n/messages";
import { decodeCsv, parseCsv, type DecodedCsv } from "./csv";
import { sniffFile, UNREADABLE, unreadable } from "./file-kind";
import type { RawWorkbook } from "./raw";
import { readXlsxFile, type ProgressListener } from "./xlsx-read";

export interface LoadOptions {
  messages: Messages;
  onProgress?: ProgressListener;
}

export type { FileKind } from "./file-kind";
export { sniffFile } from "./file-kind";

function failed(issue: Issue): Loaded {
  return { issue };
}

/** A raw workbook, or the issue that explains why the file could not be opened. */
export type Loaded =
  { workbook: RawWorkbook; issue?: undefined } | { workbook?: undefined; issue: Issue };

/**
 * Opens a workbook or CSV file. Content that cannot be read comes back as an issue, not an
 * exception. The caller checks first that the path is an existing file.
 */
export async function loadFile(file: string, options: LoadOptions): Promise<Loaded> {
  const source = path.basename(file);
  const text = UNREADABLE[options.messages.locale];
  const handle = fs.openSync(file, "r");
  const head = Buffer.alloc(4096);
  const headLength = fs.readSync(handle, head, 0, head.length, 0);
  fs.closeSync(handle);
  if (headLength === 0) return failed(unreadable(source, text.empty));

  const kind = sniffFile(head.subarray(0, headLength), source);
  if (kind === "ole") return failed(unreadable(source, text.ole));
  if (kind === "unknown") return failed(unreadable(source, text.unknown));

  let workbook: RawWorkbook;
  try {
    workbook =
      kind === "xlsx"
        ? await readXlsxFile(file, options.onProgress ? { onProgress: options.onProgress } : {})
        : parseCsvFile(file, source);
  } catch (error) {
    return failed(
      unreadable(source, text.corrupt(error instanceof Error ? error.message : String(error))),
    );
  }
  return { workbook };
}

/** Reads and decodes a CSV file. Its bytes are freed on return, before the text is parsed. */
function decodeCsvFile(file: string): DecodedCsv {
  return decodeCsv(fs.readFileSync(file));
}

function parseCsvFile(file: string, source: string): RawWorkbook {
  const decoded = decodeCsvFile(file);
  return parseCsv(decoded.text, source, decoded.invalidBytes);
}
