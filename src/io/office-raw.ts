/** Turns the tables read from the open workbook into the raw workbook that every front end analyses. */
import type { WorkbookTables } from "./office-read";
import type { RawWorkbook } from "./raw";

/** Name shown in the report when Office gives no file name, e.g. for a new unsaved workbook. */
export const UNNAMED_WORKBOOK = "Workbook";

/** Returns the file name at the end of a document URL or path, or undefined when there is none. */
export function workbookNameFromUrl(url: string | undefined | null): string | undefined {
  const last = url?.split(/[\\/]/).pop()?.split(/[?#]/)[0];
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function rawFromTables(tables: WorkbookTables, source: string | undefined): RawWorkbook {
  return {
    source: source || UNNAMED_WORKBOOK,
    sheets: tables.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })),
    date1904: tables.date1904,
    csv: false,
  };
}
