/**
 * The XML of worksheet cells and rows, rendered as exceljs 4.4's row and cell xforms render them
 * without shared strings: text as `t="str"`, numbers and dates as `<v>` numbers, booleans as
 * `t="b"`. Only `formulaCellXml` writes an `<f>` element, so every other value is a constant.
 */

/** A constant cell value; `null` and `undefined` leave the cell without a value. */
export type CellConstant = string | number | boolean | Date | null | undefined;

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial of Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

// Characters that XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
// U+FFFE and U+FFFF), plus DEL, which exceljs also drops.
const DROPPED = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF";
const SPECIAL = new RegExp(`[<>&'"${DROPPED}]`);
const SPECIAL_ALL = new RegExp(`[<>&'"${DROPPED}]`, "g");
const DROPPED_ALL = new RegExp(`[${DROPPED}]`, "g");

const ENTITIES: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

function replaceSpecial(char: string): string {
  return ENTITIES[char] ?? "";
}

/** Escapes text for an element body or attribute and drops the characters XML 1.0 forbids. */
export function escapeCellText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, replaceSpecial) : text;
}

/**
 * Cuts text to Excel's 32,767 characters, counted after dropping the characters XML forbids.
 * A surrogate pair cut in half loses its first half too, so no lone surrogate is written.
 */
export function capCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const kept = text.replace(DROPPED_ALL, "");
  if (kept.length <= MAX_CELL_TEXT) return kept;
  const cut = kept.slice(0, MAX_CELL_TEXT);
  const last = cut.charCodeAt(MAX_CELL_TEXT - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Converts a date to a serial of Excel's 1900 date system, or undefined for an invalid date. */
export function dateSerial(date: Date): number | undefined {
  const time = date.getTime();
  return Number.isNaN(time) ? undefined : UNIX_EPOCH_SERIAL + time / MS_PER_DAY;
}

function openCell(ref: string, styleId: number, type: string): string {
  const style = styleId === 0 ? "" : ` s="${styleId}"`;
  return `<c r="${ref}"${style}${type}>`;
}

function textCellXml(ref: string, styleId: number, text: string): string {
  return `${openCell(ref, styleId, ' t="str"')}<v>${escapeCellText(capCellText(text))}</v></c>`;
}

/**
 * Returns the XML of a constant cell at `ref` (e.g. `B7`) with style index `styleId`, or an
 * empty string when it has neither value nor style. A number that is not finite is written as
 * its text and an invalid date as an empty cell. Text is always a string cell, also when it starts
 * with `=`.
 */
export function cellXml(ref: string, styleId: number, value: CellConstant): string {
  if (typeof value === "string") return textCellXml(ref, styleId, value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return textCellXml(ref, styleId, String(value));
    return `${openCell(ref, styleId, "")}<v>${value}</v></c>`;
  }
  if (typeof value === "boolean") {
    return `${openCell(ref, styleId, ' t="b"')}<v>${value ? 1 : 0}</v></c>`;
  }
  const serial = value instanceof Date ? dateSerial(value) : undefined;
  if (serial !== undefined) return `${openCell(ref, styleId, "")}<v>${serial}</v></c>`;
  return styleId === 0 ? "" : `<c r="${ref}" s="${styleId}"/>`;
}

/**
 * Returns the XML of a formula cell with its cached result. `formula` has no leading `=` and must
 * come from the report itself, never from input text.
 */
export function formulaCellXml(
  ref: string,
  styleId: number,
  formula: string,
  result: CellConstant,
): string {
  const f = `<f>${escapeCellText(formula)}</f>`;
  if (typeof result === "string") {
    return `${openCell(ref, styleId, ' t="str"')}${f}<v>${escapeCellText(capCellText(result))}</v></c>`;
  }
  if (typeof result === "boolean") {
    return `${openCell(ref, styleId, ' t="b"')}${f}<v>${result ? 1 : 0}</v></c>`;
  }
  const number = result instanceof Date ? dateSerial(result) : result;
  if (typeof number === "number" && Number.isFinite(number)) {
    return `${openCell(ref, styleId, "")}${f}<v>${number}</v></c>`;
  }
  return `${openCell(ref, styleId, "")}${f}</c>`;
}

/** Returns the start tag of row `rowNumber` (1-based) whose cells span columns `first` to `last` (1-based). */
export function rowStartXml(rowNumber: number, first: number, last: number): string {
  return `<row r="${rowNumber}" spans="${first}:${last}" x14ac:dyDescent="0.25">`;
}
