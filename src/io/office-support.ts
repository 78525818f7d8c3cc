/**
 * Which Excel API requirement sets the host supports. The manifest asks for ExcelApi 1.7; the
 * adapter checks newer sets here and leaves out what the host cannot do.
 */

/** Returns true when the host supports the given ExcelApi version, e.g. "1.9". */
export type ExcelApiSupport = (version: string) => boolean;

/** Optional features and the ExcelApi version each needs. */
export const FEATURES = {
  /** Setting `application.calculationMode`. */
  calculationMode: "1.8",
  /** `application.suspendScreenUpdatingUntilNextSync`. */
  suspendScreenUpdating: "1.9",
  /** `worksheet.pageLayout`: orientation, fit to pages, print area and titles. */
  pageLayout: "1.9",
  /** `worksheet.customProperties`, where the sheet marker is kept. */
  customProperties: "1.12",
} as const;

export type Feature = keyof typeof FEATURES;

/** Asks Office.js; outside Office (tests, the browser preview) no optional set is supported. */
export function hostExcelApiSupport(): ExcelApiSupport {
  if (typeof Office === "undefined" || !Office.context?.requirements) return () => false;
  return (version) => Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** Returns the optional features the host supports. */
export function supportedFeatures(support: ExcelApiSupport): Record<Feature, boolean> {
  const result = {} as Record<Feature, boolean>;
  for (const feature of Object.keys(FEATURES) as Feature[]) {
    result[feature] = support(FEATURES[feature]);
  }
  return result;
}
