/**
 * Cell coercion: turns the contents of spreadsheet and CSV cells into canonical values. Each parser returns
 * `undefined` for a blank cell and `INVALID` for a cell that cannot be read, so the caller can
 * report the cell instead of guessing.
 */
import { dayFromParts, dayFromSerial, dayFromUtcDate, type Day } from "../engine/dates";
import { toMinor, type Minor } from "../engine/money";
import type { DocumentType } from "../engine/schema";

export const INVALID = Symbol("invalid");
export type Parsed<T> = T | undefined | typeof INVALID;

export type RawValue = string | number | boolean | Date | null | undefined;

export type DateOrder = "dmy" | "mdy" | "ymd";
export type DecimalMark = "." | ",";

const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** True for the space characters `cleanText` trims; ASCII letters and digits return quickly. */
function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Trims ordinary and non-breaking spaces; returns undefined for an empty cell. */
export function cleanText(value: RawValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (
    typeof value === "string" &&
    value.length > 0 &&
    !isSpace(value.charCodeAt(0)) &&
    !isSpace(value.charCodeAt(value.length - 1))
  ) {
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).replace(
    /^[\s\u00a0\u2007\u202f\ufeff]+|[\s\u00a0\u2007\u202f]+$/g,
    "",
  );
  return text === "" ? undefined : text;
}

/** Reads an identifier as text, so 00123 keeps its zeros and 611365.0 reads as 611365. */
export function parseId(value: RawValue): Parsed<string> {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : INVALID;
  return cleanText(value);
}

const CURRENCY_MARKS =
  /[$€£¥₹₩₽₺₪฿]|\b(?:USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|SGD|AUD|CAD|INR|KRW|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|ZAR|TWD|NZD|US\$|HK\$|元)\b|元/gi;

/**
 * Reads a number written with either decimal mark, thousands separators, currency signs,
 * parentheses or a trailing minus for negatives (`(1,234.50)`, `1.234,50-`, `€ 12.345,67`).
 */
export function parseNumber(value: RawValue, mark?: DecimalMark): Parsed<number> {
  if (typeof value === "number") return Number.isFinite(value) ? value : INVALID;
  if (typeof value === "boolean" || value instanceof Date) return INVALID;
  let text = cleanText(value);
  if (text === undefined) return undefined;

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(CURRENCY_MARKS, "").replace(SPACES, "").replace(/'/g, "");
  if (text.endsWith("-")) {
    negative = !negative;
    text = text.slice(0, -1);
  } else if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return INVALID;

  const decimal = decimalMarkOf(text, mark);
  const at = text.lastIndexOf(decimal);
  const whole = at >= 0 ? text.slice(0, at) : text;
  const fraction = at >= 0 ? text.slice(at + 1) : "";
  const thousands = decimal === "." ? "," : ".";
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`);
  if (!/^\d*$/.test(fraction) || !(/^\d*$/.test(whole) || grouped.test(whole))) return INVALID;
  const number = Number(`${whole.split(thousands).join("") || "0"}.${fraction || "0"}`);
  if (!Number.isFinite(number)) return INVALID;
  return negative ? -number : number;
}

/** Decides which separator is the decimal mark in one number, using the column's mark when the text alone is ambiguous. */
function decimalMarkOf(text: string, mark: DecimalMark | undefined): DecimalMark {
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  if (lastDot < 0 && lastComma < 0) return mark ?? ".";
  const separator = lastDot >= 0 ? "." : ",";
  const count = text.split(separator).length - 1;
  if (count > 1) return separator === "." ? "," : ".";
  const digitsAfter = text.length - text.lastIndexOf(separator) - 1;
  if (digitsAfter !== 3) return separator;
  return mark ?? ".";
}

/**
 * Infers a column's decimal mark from values that are unambiguous on their own: both marks in one
 * value, or one mark followed by other than three digits. Returns undefined when nothing decides.
 */
export function inferDecimalMark(values: Iterable<RawValue>): DecimalMark | undefined {
  let dots = 0;
  let commas = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const text = value.replace(SPACES, "");
    const lastDot = text.lastIndexOf(".");
    const lastComma = text.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dots++;
      else commas++;
    } else if (lastDot >= 0 || lastComma >= 0) {
      const at = Math.max(lastDot, lastComma);
      const digits = text.slice(at + 1).match(/^\d+/)?.[0].length ?? 0;
      const single = text.split(text[at] as string).length === 2;
      if (single && digits !== 3 && digits > 0) {
        if (lastDot >= 0) dots++;
        else commas++;
      }
    }
  }
  if (dots === commas) return undefined;
  return dots > commas ? "." : ",";
}

/** Reads money as minor units. */
export function parseMoney(value: RawValue, mark?: DecimalMark): Parsed<Minor> {
  const number = parseNumber(value, mark);
  if (number === undefined || number === INVALID) return number;
  return toMinor(number);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  mrz: 3,
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
};

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

/** Splits a text date into its numeric parts, or returns undefined when it is not a date pattern. */
function dateParts(text: string): { a: string; b: string; c: string } | undefined {
  const match = /^(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})$/.exec(text);
  if (!match) return undefined;
  return { a: match[1] as string, b: match[2] as string, c: match[3] as string };
}

/**
 * Infers whether a column's slash, dot or dash dates are day-first or month-first from any value
 * whose first or second part exceeds 12. Returns undefined when every value is ambiguous.
 */
export function inferDateOrder(values: Iterable<RawValue>): DateOrder | undefined {
  for (const value of values) {
    if (typeof value !== "string") continue;
    const parts = dateParts(value.trim().replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, ""));
    if (!parts || parts.a.length === 4) continue;
    if (Number(parts.a) > 12) return "dmy";
    if (Number(parts.b) > 12) return "mdy";
  }
  return undefined;
}

/**
 * Reads a date from a Date cell, an Excel serial number (1900 or 1904 system) or text: ISO
 * (`2026-05-31`), compact (`20260531`), Chinese (`2026年5月31日`), month names (`31 May 2026`)
 * or numeric day-first or month-first forms, in the column's `order` (`31.05.2026`, `05/31/2026`).
 */
export function parseDate(
  value: RawValue,
  options: { date1904?: boolean; order?: DateOrder; fallbackOrder?: DateOrder } = {},
): Parsed<Day> {
  if (value instanceof Date) return dayFromUtcDate(value) ?? INVALID;
  if (typeof value === "number") return parseSerial(value, options.date1904 ?? false);
  if (typeof value === "boolean") return INVALID;
  const raw = cleanText(value);
  if (raw === undefined) return undefined;
  const text = raw.replace(/[T\s]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, "");

  if (/^\d{8}$/.test(text)) {
    return (
      dayFromParts(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))) ??
      INVALID
    );
  }
  if (/^\d{4,6}(\.\d+)?$/.test(text)) return parseSerial(Number(text), options.date1904 ?? false);

  const chinese = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (chinese)
    return dayFromParts(Number(chinese[1]), Number(chinese[2]), Number(chinese[3])) ?? INVALID;

  const named = parseNamedMonth(text);
  if (named !== undefined) return named;

  const parts = dateParts(text);
  if (!parts) return INVALID;
  if (parts.a.length === 4)
    return dayFromParts(Number(parts.a), Number(parts.b), Number(parts.c)) ?? INVALID;
  if (parts.c.length !== 4 && parts.c.length !== 2) return INVALID;
  // Dotted dates are day-first wherever they are used; slashes and dashes follow the locale.
  const order = options.order ?? (text.includes(".") ? "dmy" : (options.fallbackOrder ?? "mdy"));
  const [day, month] = order === "mdy" ? [parts.b, parts.a] : [parts.a, parts.b];
  return dayFromParts(fullYear(parts.c), Number(month), Number(day)) ?? INVALID;
}

function parseSerial(serial: number, date1904: boolean): Parsed<Day> {
  // Serials outside 1 (1900-01-01) .. 2958465 (9999-12-31) are not dates a ledger can hold.
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return INVALID;
  return dayFromSerial(serial, date1904) ?? INVALID;
}

function parseNamedMonth(text: string): Parsed<Day> {
  const dayFirst = /^(\d{1,2})[\s.-]+([A-Za-zä]{3,})\.?[\s.,-]+(\d{2,4})$/.exec(text);
  const monthFirst = /^([A-Za-zä]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  const [day, name, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (!day || !name || !year) return undefined;
  const month = MONTHS[name.slice(0, 3).toLowerCase()];
  if (!month) return INVALID;
  return dayFromParts(fullYear(year), month, Number(day)) ?? INVALID;
}

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "x", "ja", "j", "是", "有", "√", "✓"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "nein", "否", "无", "没有"]);

/** Reads yes/no in English, German or Chinese, or a checkbox value. */
export function parseBool(value: RawValue): Parsed<boolean> {
  if (typeof value === "boolean") return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === "number") return INVALID;
  const text = cleanText(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return INVALID;
}

const DOCUMENT_WORDS: Record<string, DocumentType> = {
  invoice: "invoice",
  inv: "invoice",
  rechnung: "invoice",
  rv: "invoice",
  dr: "invoice",
  发票: "invoice",
  creditnote: "credit-note",
  credit: "credit-note",
  cn: "credit-note",
  creditmemo: "credit-note",
  gutschrift: "credit-note",
  dg: "credit-note",
  贷项通知单: "credit-note",
  红字发票: "credit-note",
  unbilled: "unbilled",
  accrued: "unbilled",
  未开票: "unbilled",
  progressbilling: "progress-billing",
  progress: "progress-billing",
  进度款: "progress-billing",
  consignment: "consignment",
  寄售: "consignment",
  billandhold: "bill-and-hold",
  billhold: "bill-and-hold",
  代管: "bill-and-hold",
};

export function parseDocumentType(value: RawValue): Parsed<DocumentType> {
  const text = cleanText(value);
  if (text === undefined) return undefined;
  return (
    DOCUMENT_WORDS[
      text.toLowerCase().replace(/[\s_\-&]+|and/g, (m) => (m === "and" ? "and" : ""))
    ] ?? INVALID
  );
}

/** Reads a three-letter currency code; common signs and names map to their codes. */
export function parseCurrency(value: RawValue): Parsed<string> {
  const text = cleanText(value)?.toUpperCase();
  if (text === undefined) return undefined;
  const aliases: Record<string, string> = {
    $: "USD",
    US$: "USD",
    "€": "EUR",
    "£": "GBP",
    RMB: "CNY",
    "¥": "CNY",
    人民币: "CNY",
    美元: "USD",
    欧元: "EUR",
  };
  const code = aliases[text] ?? text;
  return /^[A-Z]{3}$/.test(code) ? code : INVALID;
}

/** Reads payment terms in days: `30`, `Net 30`, `30 days`, `30天`. */
export function parseTerms(value: RawValue): Parsed<number> {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 0 && value <= 3650 ? value : INVALID;
  const text = cleanText(value);
  if (text === undefined) return undefined;
  const match = /^(?:net\s*)?(\d{1,4})\s*(?:days?|d|tage|天)?$/i.exec(text);
  return match ? Number(match[1]) : INVALID;
}
