/** Reads an uploaded file into a raw workbook in the browser, turning an unreadable file into an issue. */
import type { Issue } from "../engine/issues";
import type { Locale } from "../i18n/messages";
import { readCsvBytes } from "../io/csv";
import { sniffFile, UNREADABLE, unreadable } from "../io/file-kind";
import type { RawWorkbook } from "../io/raw";
import { readXlsxArrayBuffer } from "../io/xlsx-browser";

/** The workbook, or an empty one with the issue that explains why the file could not be read. */
export interface Upload {
  workbook: RawWorkbook;
  issue?: Issue;
}

function emptyWorkbook(source: string, issue: Issue): Upload {
  return { workbook: { source, sheets: [], date1904: false, csv: false }, issue };
}

export async function readUpload(bytes: Uint8Array, name: string, locale: Locale): Promise<Upload> {
  const text = UNREADABLE[locale];
  if (bytes.length === 0) return emptyWorkbook(name, unreadable(name, text.empty));

  const kind = sniffFile(bytes.subarray(0, 4096), name);
  if (kind === "ole") return emptyWorkbook(name, unreadable(name, text.ole));
  if (kind === "unknown") return emptyWorkbook(name, unreadable(name, text.unknown));
  if (kind === "csv") return { workbook: readCsvBytes(bytes, name) };

  try {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return { workbook: await readXlsxArrayBuffer(data as ArrayBuffer, name) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return emptyWorkbook(name, unreadable(name, text.corrupt(detail)));
  }
}
