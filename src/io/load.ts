/** Opens an input file of any supported kind and reads it into records, turning failures into issues. */
import fs from "node:fs";
import path from "node:path";

import type { Issue } from "../engine/issues";
import type { Messages } from "../i18n/messages";
import { readCsvBytes } from "./csv";
import type { RawWorkbook } from "./raw";
import { readXlsxFile, type ProgressListener } from "./xlsx-read";

export interface LoadOptions {
  messages: Messages;
  onProgress?: ProgressListener;
}

/** A raw workbook, or the issue that says why the file could not be opened. */
export type Loaded =
  { workbook: RawWorkbook; issue?: undefined } | { workbook?: undefined; issue: Issue };

export type FileKind = "xlsx" | "csv" | "ole" | "unknown";

/**
 * Tells the kind of a file from its first bytes: xlsx is a zip; encrypted xlsx and old xls are OLE
 * compound files. An .xlsx, .xlsm or .xltx that is neither is never read as CSV (an .xls may
 * be tab-separated text, which some systems export under that name).
 */
export function sniffFile(head: Uint8Array, name: string): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole";
  if (/\.(xlsx|xlsm|xltx)$/i.test(name)) return "unknown";
  if (/\.(csv|txt|tsv)$/i.test(name)) return "csv";
  if (head.subarray(0, 512).every((byte) => byte !== 0)) return "csv";
  return "unknown";
}

function unreadable(source: string, message: string): Issue {
  return { severity: "error", code: "unreadable-file", sheet: source, row: 0, column: "", message };
}

function failed(issue: Issue): Loaded {
  return { issue };
}

const UNREADABLE = {
  "en-US": {
    ole: "The file is password-protected or in the old .xls format. Remove the password or save it as .xlsx, then run again.",
    unknown: "The file is neither an .xlsx workbook nor a CSV file.",
    corrupt: (detail: string) =>
      `The workbook cannot be opened (${detail}). Open and save it again in Excel, or export it as .xlsx.`,
    empty: "The file is empty.",
  },
  "zh-CN": {
    ole: "文件已加密或为旧版 .xls 格式。请取消密码或另存为 .xlsx 后重新运行。",
    unknown: "文件既不是 .xlsx 工作簿也不是 CSV 文件。",
    corrupt: (detail: string) =>
      `无法打开工作簿（${detail}）。请在 Excel 中重新保存，或导出为 .xlsx。`,
    empty: "文件为空。",
  },
} as const;

/** Opens a workbook or CSV file. Never throws for bad content: an unreadable file comes back as an issue. */
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
        : readCsvBytes(fs.readFileSync(file), source);
  } catch (error) {
    return failed(
      unreadable(source, text.corrupt(error instanceof Error ? error.message : String(error))),
    );
  }
  return { workbook };
}
