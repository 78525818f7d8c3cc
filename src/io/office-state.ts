/// <reference types="office-js" />
/** What the writer must know about the open workbook before it changes anything. */
import type { SheetModel } from "../report/model";
import { META_SHEET, queueMarkerLoad, type MarkerMap } from "./office-markers";
import type { Feature } from "./office-support";
import type { ExistingSheet, SheetTarget } from "./office-targets";

export interface WorkbookState {
  sheets: { name: string; position: number }[];
  /** Sheets a model may replace or must avoid, with their markers; the meta sheet is left out. */
  existing: ExistingSheet[];
  markers: MarkerMap;
  calculationMode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual";
  /** Returns the table names still in use once the sheets that `targets` replace are deleted. */
  tableNames(targets: readonly SheetTarget[]): Set<string>;
}

/** Loads sheet names and positions, the calculation mode, markers and table names in two syncs. */
export async function loadWorkbookState(
  context: Excel.RequestContext,
  features: Record<Feature, boolean>,
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const application = context.workbook.application;
  application.load("calculationMode");
  await context.sync();

  const items = worksheets.items;
  const readMarkers = queueMarkerLoad(context, items, features.customProperties);
  const tables = items.map((sheet) => sheet.tables.load("items/name"));
  await context.sync();

  const markers = readMarkers();
  const sheets = items.map((sheet) => ({ name: sheet.name, position: sheet.position }));
  const existing = sheets
    .filter((sheet) => sheet.name !== META_SHEET)
    .map(({ name }): ExistingSheet => {
      const marker = markers.get(name);
      return marker ? { name, marker } : { name };
    });

  const tableNames = (targets: readonly SheetTarget[]) => {
    const deleted = new Set(targets.map((target) => target.replaces));
    const names = new Set<string>();
    items.forEach((sheet, i) => {
      if (deleted.has(sheet.name)) return;
      for (const table of tables[i]?.items ?? []) names.add(table.name.toLowerCase());
    });
    return names;
  };

  return { sheets, existing, markers, calculationMode: application.calculationMode, tableNames };
}

/**
 * Reads the values of replaced sheets whose model keeps user columns, padded to start at A1.
 * Takes one sync, and none when no model keeps user columns.
 * NOTE: the whole used range is read in one request, which suits the short sheets that have
 * user columns (improvement actions) but not a sheet of many thousand rows.
 */
export async function loadReplacedRows(
  context: Excel.RequestContext,
  models: readonly SheetModel[],
  targets: readonly SheetTarget[],
): Promise<unknown[][][]> {
  const ranges = models.map((model, i) => {
    const replaced = targets[i]?.replaces;
    if (!model.userColumns || !replaced) return undefined;
    const used = context.workbook.worksheets.getItem(replaced).getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return used;
  });
  if (ranges.every((range) => range === undefined)) return [];
  await context.sync();

  return ranges.map((used) => {
    if (!used || used.isNullObject) return [];
    const padding = Array<null>(used.columnIndex).fill(null);
    const above = Array.from({ length: used.rowIndex }, () => [] as unknown[]);
    return [...above, ...used.values.map((row) => [...padding, ...row])];
  });
}
