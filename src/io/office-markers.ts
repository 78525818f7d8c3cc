/// <reference types="office-js" />
/**
 * Markers that identify CreditDesk output sheets. With ExcelApi 1.12 the marker is a worksheet
 * custom property, which travels with the sheet when it is renamed. Older hosts get a hidden
 * `CD Meta` sheet that lists output sheet names and their markers.
 */
import { TEXT_FORMAT } from "./office-cells";

export const MARKER_KEY = "credit-desk-marker";
export const META_SHEET = "CD Meta";

/** Sheet name -> marker, for the sheets that carry one. */
export type MarkerMap = Map<string, string>;

/**
 * Queues the loads that find the markers of `sheets` (loaded with `name`) and returns a function
 * that reads them once the caller has synced.
 */
export function queueMarkerLoad(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  useProperties: boolean,
): () => MarkerMap {
  if (useProperties) {
    const properties = sheets.map((sheet) => {
      const property = sheet.customProperties.getItemOrNullObject(MARKER_KEY);
      property.load("value");
      return { name: sheet.name, property };
    });
    return () =>
      new Map(
        properties
          .filter(({ property }) => !property.isNullObject)
          .map(({ name, property }) => [name, property.value]),
      );
  }

  if (!sheets.some((sheet) => sheet.name === META_SHEET)) return () => new Map();
  const used = context.workbook.worksheets.getItem(META_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  return () => (used.isNullObject ? new Map() : metaEntries(used.values));
}

function metaEntries(values: readonly (readonly unknown[])[]): MarkerMap {
  const markers: MarkerMap = new Map();
  for (const [name, marker] of values) {
    if (typeof name === "string" && typeof marker === "string" && name && marker) {
      markers.set(name, marker);
    }
  }
  return markers;
}

/** Queues marking a new output sheet through its custom properties (ExcelApi 1.12). */
export function queueMarkerProperty(sheet: Excel.Worksheet, marker: string): void {
  sheet.customProperties.add(MARKER_KEY, marker);
}

/**
 * Queues rewriting the hidden `CD Meta` sheet with the given markers. `exists` says whether the
 * sheet is already in the workbook, as loaded before this batch.
 */
export function queueMetaSheet(
  context: Excel.RequestContext,
  markers: MarkerMap,
  exists: boolean,
): void {
  const worksheets = context.workbook.worksheets;
  const sheet = exists ? worksheets.getItem(META_SHEET) : worksheets.add(META_SHEET);
  sheet.getRange().clear();

  const rows = [...markers].map(([name, marker]) => [name, marker]);
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, 2);
    range.numberFormat = rows.map(() => [TEXT_FORMAT, TEXT_FORMAT]);
    range.values = rows;
  }
  sheet.visibility = "Hidden";
}
