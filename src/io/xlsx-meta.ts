/**
 * The hidden `CD Meta` sheet, which records which sheets a report wrote so that a later run, or the
 * add-in, replaces only its own sheets. Layout:
 *
 * | row | A | B | C |
 * | --- | --- | --- | --- |
 * | 1 | `marker` | report marker, e.g. `credit-desk` | |
 * | 2 | `version` | writer version | |
 * | 3 | `title` | report title | |
 * | 5 | `sheet` | `marker` | `kind` |
 * | 6... | sheet name | sheet marker, or `input:<source sheet name>` | `output` or `input` |
 */
import type { stream } from "exceljs";

export const META_SHEET_NAME = "CD Meta";
/** 1-based row of the sheet list's header. */
export const META_HEADER_ROW = 5;

export interface MetaSheetEntry {
  name: string;
  marker: string;
  kind: "output" | "input";
}

export interface MetaHeader {
  marker: string;
  version: string;
  title: string;
}

/** Returns the rows of the meta sheet, row 1 first; an empty array is a blank row. */
export function metaRows(header: MetaHeader, entries: MetaSheetEntry[]): string[][] {
  return [
    ["marker", header.marker],
    ["version", header.version],
    ["title", header.title],
    [],
    ["sheet", "marker", "kind"],
    ...entries.map((entry) => [entry.name, entry.marker, entry.kind]),
  ];
}

export function writeMetaSheet(
  workbook: stream.xlsx.WorkbookWriter,
  header: MetaHeader,
  entries: MetaSheetEntry[],
): void {
  const worksheet = workbook.addWorksheet(META_SHEET_NAME, { state: "hidden" });
  worksheet.columns = [{ width: 32 }, { width: 32 }, { width: 10 }];
  metaRows(header, entries).forEach((values, index) => {
    if (values.length === 0) return;
    const row = worksheet.getRow(index + 1);
    // Every value is a plain string: sheet names from input files never become formulas.
    values.forEach((value, col) => (row.getCell(col + 1).value = value));
    row.commit();
  });
  worksheet.commit();
}
