/**
 * The lender pack: the summary, aging, certificate, financing, provision and, when the workbook has
 * one, assessment sheets of a report. Collections, customer scores and input copies stay with the
 * company.
 */
import type { Analysis } from "../engine/analyze";
import type { Locale } from "../i18n/messages";
import { buildLenderSummarySheet } from "./lender-summary";
import type { CellModel, SheetModel } from "./model";
import { mapRows } from "./rows";

/** Markers of the report sheets a lender receives, in the order the pack lists them. */
export const LENDER_PACK_MARKERS = [
  "aging",
  "certificate",
  "financing",
  "provision",
  "assessment",
] as const;

export interface LenderPackContext {
  locale: Locale;
  /** Name of the analysed file. */
  source: string;
}

/** Returns the sheet a link such as `'Invoices'!A12` points to. */
function linkedSheet(link: string): string {
  const quoted = /^'((?:[^']|'')*)'!/.exec(link);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  return link.split("!")[0] ?? "";
}

/**
 * Removes links to sheets the pack leaves out, such as the input rows behind each aging item,
 * because Excel rejects a link to a missing sheet. The cell keeps its value, e.g. the row number.
 */
function withoutLinksOutside(model: SheetModel, packNames: ReadonlySet<string>): SheetModel {
  const strip = (entry: CellModel | null): CellModel | null => {
    if (!entry?.link || packNames.has(linkedSheet(entry.link))) return entry;
    const copy = { ...entry };
    delete copy.link;
    return copy;
  };
  return { ...model, rows: mapRows(model.rows, (row) => row.map(strip)) };
}

/** Picks the lender's sheets from a report's sheet models and puts the summary in front. */
export function buildLenderPack(
  analysis: Analysis,
  reportModels: readonly SheetModel[],
  context: LenderPackContext,
): SheetModel[] {
  const companyName = analysis.company.name ?? context.source;
  const summary = buildLenderSummarySheet(analysis, { ...context, companyName });
  const picked = LENDER_PACK_MARKERS.flatMap((marker) =>
    reportModels.filter((model) => model.marker === marker),
  );
  const models = [summary, ...picked];
  const names = new Set(models.map((model) => model.name));
  return models.map((model) => withoutLinksOutside(model, names));
}
