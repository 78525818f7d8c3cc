/**
 * Finds a report sheet of an earlier run and its columns: the sheet by the marker that the hidden
 * `CD Meta` sheet lists or by name, the header row by the header texts it must contain.
 */
import type { RawValue } from "./coerce";
import { cleanText } from "./coerce";
import { normaliseHeader } from "./fields";
import type { RawSheet, RawWorkbook } from "./raw";
import { META_SHEET_NAME } from "./xlsx-meta";

/** Header texts that name a field's column, in any of the report's languages. */
export type ColumnHeaders<Field extends string> = Record<Field, string[]>;

export interface LocatedColumns<Field extends string, Required extends Field> {
  /** 0-based index of the header row in `sheet.rows`. */
  headerRow: number;
  columns: Record<Required, number> & Partial<Record<Field, number>>;
}

/** How many rows from the top are searched for the header row, below the titles. */
const HEADER_SEARCH_ROWS = 30;

/** Returns a map from output-sheet marker to sheet name, from the `CD Meta` sheet when there is one. */
function metaSheetNames(workbook: RawWorkbook): Map<string, string> {
  const meta = workbook.sheets.find((sheet) => sheet.name === META_SHEET_NAME);
  const names = new Map<string, string>();
  // Reports list `name | marker | kind` rows; the add-in lists `name | marker` pairs from row 1.
  for (const [name, marker] of meta?.rows ?? []) {
    const sheetName = cleanText(name);
    const markerText = cleanText(marker);
    if (sheetName && markerText && !names.has(markerText)) names.set(markerText, sheetName);
  }
  return names;
}

/**
 * True when the workbook is a report written by the command line: its `CD Meta` sheet starts with
 * the `marker | credit-desk` row.
 */
export function isCreditDeskReport(workbook: RawWorkbook): boolean {
  const meta = workbook.sheets.find((sheet) => sheet.name === META_SHEET_NAME);
  const first = meta?.rows[0] ?? [];
  return cleanText(first[0]) === "marker" && cleanText(first[1]) === "credit-desk";
}

/**
 * Finds the sheet a run wrote with `marker`: the one `CD Meta` names, or else one named as in
 * `names` (compared without case), e.g. `CD Improvement` or `CD 改进计划`.
 */
export function findReportSheet(
  workbook: RawWorkbook,
  marker: string,
  names: readonly string[],
): RawSheet | undefined {
  const listed = metaSheetNames(workbook).get(marker);
  const byMeta = workbook.sheets.find((sheet) => sheet.name === listed);
  if (byMeta) return byMeta;
  const expectedNames = new Set(names.map((name) => name.trim().toLowerCase()));
  return workbook.sheets.find((sheet) => expectedNames.has(sheet.name.trim().toLowerCase()));
}

/** Returns the column of each field whose header is in `row`, the leftmost when several match. */
function matchColumns<Field extends string>(
  row: readonly RawValue[],
  headers: ColumnHeaders<Field>,
): Partial<Record<Field, number>> {
  const fieldOf = new Map<string, Field>();
  for (const [field, texts] of Object.entries(headers) as [Field, string[]][]) {
    for (const text of texts) fieldOf.set(normaliseHeader(text), field);
  }
  const columns: Partial<Record<Field, number>> = {};
  row.forEach((value, column) => {
    const text = cleanText(value);
    const field = text === undefined ? undefined : fieldOf.get(normaliseHeader(text));
    if (field !== undefined && columns[field] === undefined) columns[field] = column;
  });
  return columns;
}

/**
 * Finds the first row among the top rows that has a header for every required field, and the
 * columns of all fields it has. Returns undefined when no row qualifies.
 */
export function locateColumns<Field extends string, Required extends Field>(
  rows: readonly (readonly RawValue[])[],
  headers: ColumnHeaders<Field>,
  required: readonly Required[],
): LocatedColumns<Field, Required> | undefined {
  const top = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let headerRow = 0; headerRow < top; headerRow++) {
    const columns = matchColumns(rows[headerRow] ?? [], headers);
    if (required.every((field) => columns[field] !== undefined)) {
      return { headerRow, columns: columns as LocatedColumns<Field, Required>["columns"] };
    }
  }
  return undefined;
}
