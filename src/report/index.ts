/** All sheets of the analysis report, in the order they appear in the workbook. */
import type { Analysis } from "../engine/analyze";
import type { Locale } from "../i18n/messages";
import { buildAgingSheet } from "./aging";
import { buildKpiSheet } from "./kpis";
import type { SheetModel } from "./model";
import { buildParameterSheet, type RunInfo } from "./parameters";

export function buildReport(analysis: Analysis, locale: Locale, run: RunInfo): SheetModel[] {
  return [
    buildAgingSheet(analysis, locale, run.source),
    buildKpiSheet(analysis, locale),
    buildParameterSheet(analysis, locale, run),
  ];
}
