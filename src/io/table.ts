/**
 * Finds the input sheets of a workbook, their header rows and columns, and reads their rows into
 * typed values. Every cell that cannot be read becomes an issue naming sheet, row and column.
 */
import { columnLetter, type Issue } from "../engine/issues";
import type { Messages } from "../i18n/messages";
import {
  INVALID,
  cleanText,
  inferDateOrder,
  inferDecimalMark,
  parseBool,
  parseCurrency,
  parseDate,
  parseDocumentType,
  parseId,
  parseMoney,
  parseNumber,
  parseTerms,
  type DateOrder,
  type DecimalMark,
  type Parsed,
  type RawValue,
} from "./coerce";
import { SHEETS, normaliseHeader, type FieldSpec, type SheetKind, type SheetSpec } from "./fields";
import type { RawSheet, RawWorkbook } from "./raw";
import { TextPool } from "./text-pool";

/** Text cells per column sampled to infer its date order and decimal mark. */
const CONTEXT_SAMPLE = 5_000;

/** How many rows from the top are searched for a header below title rows. */
const HEADER_SEARCH_ROWS = 30;

export interface ReadOptions {
  /** Day-first or month-first reading of ambiguous numeric dates when a column gives no clue. */
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  messages: Messages;
}

export interface TypedRow {
  /** The sheet's own 1-based row number. */
  row: number;
  values: Record<string, unknown>;
}

export interface ReadTable {
  kind: SheetKind;
  sheet: string;
  headerRow: number;
  /** Column index for each matched field. */
  columns: Record<string, number>;
  rows: TypedRow[];
}

interface HeaderMatch {
  row: number;
  columns: Record<string, number>;
  satisfied: number;
  matched: number;
}

const SYNONYM_INDEX = new Map<SheetKind, Map<string, string>>(
  SHEETS.map((spec) => [spec.kind, synonymIndex(spec)]),
);

function synonymIndex(spec: SheetSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const field of spec.fields) {
    for (const text of [field.header.en, field.header.zh, field.key, ...field.synonyms]) {
      const key = normaliseHeader(text);
      if (!index.has(key)) index.set(key, field.key);
    }
  }
  return index;
}

/** Matches one row against a sheet specification's headers. */
function matchHeader(spec: SheetSpec, cells: RawValue[], row: number): HeaderMatch {
  const index = SYNONYM_INDEX.get(spec.kind) as Map<string, string>;
  const columns: Record<string, number> = {};
  cells.forEach((value, column) => {
    const text = cleanText(value);
    if (text === undefined || typeof value === "number") return;
    const key = index.get(normaliseHeader(text));
    if (key !== undefined && columns[key] === undefined) columns[key] = column;
  });
  const satisfied = spec.required.filter((any) =>
    any.some((key) => columns[key] !== undefined),
  ).length;
  return { row, columns, satisfied, matched: Object.keys(columns).length };
}

/** Finds the best header row in the first rows of a sheet. */
export function findHeader(spec: SheetSpec, sheet: RawSheet): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const match = matchHeader(spec, sheet.rows[i] ?? [], i + 1);
    if (match.matched === 0) continue;
    if (
      !best ||
      match.satisfied > best.satisfied ||
      (match.satisfied === best.satisfied && match.matched > best.matched)
    ) {
      best = match;
    }
  }
  return best;
}

/** Returns whether a sheet is one a report wrote. A CSV's sheet is data, whatever its name. */
export function isOwnOutput(workbook: RawWorkbook, name: string): boolean {
  return !workbook.csv && /^CD[\s_]/.test(name);
}

function nameMatches(spec: SheetSpec, sheet: RawSheet): boolean {
  const name = normaliseHeader(sheet.name);
  return spec.names.some((candidate) => normaliseHeader(candidate) === name);
}

export interface LocatedSheet {
  spec: SheetSpec;
  sheet: RawSheet;
  header: HeaderMatch | undefined;
}

/**
 * Assigns sheets to kinds: first by name, then, for sheets still unassigned, by a header row that
 * has every required column. Report sheets written by CreditDesk (`CD ...`) are never inputs.
 */
export function locateSheets(workbook: RawWorkbook): Map<SheetKind, LocatedSheet> {
  const located = new Map<SheetKind, LocatedSheet>();
  const candidates = workbook.sheets.filter((sheet) => !isOwnOutput(workbook, sheet.name));
  const used = new Set<RawSheet>();

  for (const spec of SHEETS) {
    const sheet = candidates.find(
      (candidate) => !used.has(candidate) && nameMatches(spec, candidate),
    );
    if (!sheet) continue;
    used.add(sheet);
    located.set(spec.kind, { spec, sheet, header: findHeader(spec, sheet) });
  }
  for (const spec of SHEETS) {
    if (located.has(spec.kind)) continue;
    for (const sheet of candidates) {
      if (used.has(sheet)) continue;
      const header = findHeader(spec, sheet);
      if (header && header.satisfied === spec.required.length) {
        used.add(sheet);
        located.set(spec.kind, { spec, sheet, header });
        break;
      }
    }
  }
  return located;
}

/** Reports the required columns a located sheet lacks; an empty list means the sheet can be read. */
export function missingColumns(located: LocatedSheet, messages: Messages): Issue[] {
  const { spec, sheet, header } = located;
  const columns = header?.columns ?? {};
  return spec.required
    .filter((any) => !any.some((key) => columns[key] !== undefined))
    .map((any) => ({
      severity: "error" as const,
      code: "missing-column" as const,
      sheet: sheet.name,
      row: header?.row ?? 0,
      column: "",
      message: messages.missingColumn(
        sheet.name,
        any.map((key) => headerOf(spec, key, messages.locale)),
      ),
    }));
}

function headerOf(spec: SheetSpec, key: string, locale: string): string {
  const field = spec.fields.find((candidate) => candidate.key === key);
  if (!field) return key;
  return locale === "zh-CN" ? field.header.zh : field.header.en;
}

// The lookahead replaces \b, which never matches after a Chinese word such as 合计.
const TOTAL_WORDS =
  /^(sub\s*-?total|total|totals|grand\s*total|sum|summe|gesamt|zwischensumme|合计|小计|总计|共计)(?![a-z\d_])/i;

/**
 * True for rows that are subtotals, totals or a repeated header rather than data. A total row has
 * a total word and lacks a required value (usually the invoice number or date), so a customer
 * named "Total Energies" on a complete row is still data.
 */
function isSummaryRow(
  cells: RawValue[],
  header: RawValue[],
  requiredColumns: readonly number[][],
): boolean {
  let sameAsHeader = 0;
  let filled = 0;
  let totalWord = false;
  for (let i = 0; i < cells.length; i++) {
    const text = cleanText(cells[i]);
    if (text === undefined) continue;
    filled++;
    if (typeof cells[i] === "string" && TOTAL_WORDS.test(text)) totalWord = true;
    if (text === cleanText(header[i])) sameAsHeader++;
  }
  if (totalWord) {
    return requiredColumns.some((columns) =>
      columns.every((column) => cleanText(cells[column]) === undefined),
    );
  }
  return filled > 0 && sameAsHeader === filled;
}

function isBlankRow(cells: RawValue[] | undefined): boolean {
  if (!cells) return true;
  for (const value of cells) if (cleanText(value) !== undefined) return false;
  return true;
}

interface ColumnContext {
  dateOrder: DateOrder | undefined;
  /** Order for slash and dash dates when the column gives no clue: the caller's locale. */
  fallbackOrder: "dmy" | "mdy" | undefined;
  decimalMark: DecimalMark | undefined;
}

function columnContext(
  sheet: RawSheet,
  startRow: number,
  column: number,
  options: ReadOptions,
): ColumnContext {
  // A sample of the text cells is enough to tell the date order and decimal mark of a column.
  const texts: RawValue[] = [];
  for (let i = startRow; i < sheet.rows.length && texts.length < CONTEXT_SAMPLE; i++) {
    const value = sheet.rows[i]?.[column];
    if (typeof value === "string") texts.push(value);
  }
  return {
    dateOrder: inferDateOrder(texts),
    fallbackOrder: options.dateOrder === "ymd" ? undefined : options.dateOrder,
    decimalMark: inferDecimalMark(texts) ?? options.decimalMark,
  };
}

/** Parses one cell by its field type. */
function parseCell(
  field: FieldSpec,
  value: RawValue,
  context: ColumnContext,
  date1904: boolean,
): Parsed<unknown> {
  switch (field.type) {
    case "id":
      return parseId(value);
    case "text":
      return cleanText(value);
    case "date":
      return parseDate(value, {
        date1904,
        ...(context.dateOrder ? { order: context.dateOrder } : {}),
        ...(context.fallbackOrder ? { fallbackOrder: context.fallbackOrder } : {}),
      });
    case "money":
      return parseMoney(value, context.decimalMark);
    case "number":
      return parseNumber(value, context.decimalMark);
    case "bool":
      return parseBool(value);
    case "doctype":
      return parseDocumentType(value);
    case "currency":
      return parseCurrency(value);
    case "terms":
      return parseTerms(value);
  }
}

const ISSUE_CODE_BY_TYPE: Record<FieldSpec["type"], Issue["code"]> = {
  id: "bad-number",
  text: "bad-number",
  date: "bad-date",
  money: "bad-number",
  number: "bad-number",
  bool: "bad-number",
  doctype: "bad-number",
  currency: "bad-currency",
  terms: "bad-number",
};

/** Field types whose unreadable cells only warn: the row still counts, without that value. */
const LENIENT_TYPES = new Set<FieldSpec["type"]>(["bool", "terms", "text"]);

/**
 * Reads the data rows below the header. Blank rows, repeated headers and total rows are skipped.
 * A row with an unreadable date, amount, number, currency or document type is left out with an
 * error. An unreadable yes/no or terms cell only warns and leaves that value empty.
 */
export function readRows(
  located: LocatedSheet,
  workbook: RawWorkbook,
  options: ReadOptions,
  issues: Issue[],
): ReadTable {
  const { spec, sheet } = located;
  const header = located.header as HeaderMatch;
  const headerCells = sheet.rows[header.row - 1] ?? [];
  const fields = spec.fields.filter((field) => header.columns[field.key] !== undefined);
  const contexts = new Map(
    fields.map((field) => [
      field.key,
      columnContext(sheet, header.row, header.columns[field.key] as number, options),
    ]),
  );
  const requiredColumns = spec.required.map((anyOf) =>
    anyOf
      .map((key) => header.columns[key])
      .filter((column): column is number => column !== undefined),
  );
  const rows: TypedRow[] = [];
  const warnedColumns = new Set<string>();
  const pools = new Map(fields.map((field) => [field.key, new TextPool()]));

  for (let i = header.row; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (isBlankRow(cells) || isSummaryRow(cells as RawValue[], headerCells, requiredColumns))
      continue;
    const row = i + 1;
    const values: Record<string, unknown> = {};
    let readable = true;

    for (const field of fields) {
      const column = header.columns[field.key] as number;
      const raw = (cells as RawValue[])[column];
      const parsed = parseCell(
        field,
        raw,
        contexts.get(field.key) as ColumnContext,
        workbook.date1904,
      );
      if (typeof parsed === "string") {
        values[field.key] = (pools.get(field.key) as TextPool).keep(parsed);
        continue;
      }
      if (parsed !== INVALID) {
        if (parsed !== undefined) values[field.key] = parsed;
        continue;
      }
      const lenient = LENIENT_TYPES.has(field.type);
      if (!lenient) readable = false;
      // A column of codes such as SAP payment-terms keys would repeat the same warning on every row.
      if (lenient && warnedColumns.has(field.key)) continue;
      if (lenient) warnedColumns.add(field.key);
      issues.push({
        severity: lenient ? "warning" : "error",
        code: ISSUE_CODE_BY_TYPE[field.type],
        sheet: sheet.name,
        row,
        column: columnLetter(column),
        message: options.messages.unreadableCell(field, cleanText(raw) ?? "", lenient),
      });
    }
    if (readable) rows.push({ row, values });
  }
  return {
    kind: spec.kind,
    sheet: sheet.name,
    headerRow: header.row,
    columns: header.columns,
    rows,
  };
}
