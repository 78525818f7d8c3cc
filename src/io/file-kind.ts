/**
 * Tells the kind of an input file from its first bytes, and the messages for a file that cannot
 * be read. Imports no Node module, so the browser preview checks uploads the same way.
 */
import type { Issue } from "../engine/issues";

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

export function unreadable(source: string, message: string): Issue {
  return { severity: "error", code: "unreadable-file", sheet: source, row: 0, column: "", message };
}

export const UNREADABLE = {
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
