/** XML text escaping and A1 references shared by the parts the report writer builds by hand. */
import type { RangeModel } from "../report/model";

// Characters that XML 1.0 does not allow at all; they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element body or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Converts a 0-based column index to its letters: 0 is `A`, 26 is `AA`. */
export function columnLetters(col: number): string {
  let letters = "";
  let rest = col + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Returns the A1 address of a 0-based row and column, e.g. (4, 1) is `B5`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Returns the A1 range of a rectangle, e.g. `B5:D9`, or a single address when it is one cell. */
export function rangeAddress(range: RangeModel): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Quotes a sheet name for a formula or reference: `CD Aging` becomes `'CD Aging'`, `'` is doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Returns an absolute reference to a rectangle on a sheet, e.g. `'CD Aging'!$B$5:$B$9`. */
export function absoluteRangeRef(sheetName: string, range: RangeModel): string {
  const start = `$${columnLetters(range.left)}$${range.top + 1}`;
  const end = `$${columnLetters(range.right)}$${range.bottom + 1}`;
  return `${quoteSheetName(sheetName)}!${start}:${end}`;
}

/** Converts a colour such as `#FFC7CE`, `FFC7CE` or `FFFFC7CE` to the ARGB hex that SpreadsheetML expects. */
export function argbColor(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`Invalid colour "${color}": expected 6 or 8 hexadecimal digits such as #FFC7CE.`);
}
