/** The `CD Provision` sheet: the provision matrix with the method and accounting note stated. */
import type { Day } from "../engine/dates";
import { fromMinor } from "../engine/money";
import type { ProvisionResult } from "../engine/provision";
import { lenderStrings, type LenderStrings } from "./lender-strings";
import type { Locale } from "../i18n/messages";
import { bucketLabel } from "./strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";

export interface ProvisionSheetContext {
  locale: string;
  asOf: Day;
}

export function buildProvisionSheet(
  result: ProvisionResult,
  context: ProvisionSheetContext,
): SheetModel {
  const text = lenderStrings(context.locale);
  const locale = reportLocale(context.locale);
  const labels = text.provision;
  const rows: (CellModel | null)[][] = [
    [cell(labels.title, undefined, "title")],
    [cell(text.asOf, undefined, "label"), dateCell(context.asOf)],
    [cell(labels.method, undefined, "label"), cell(labels.methods[result.method])],
  ];
  if (result.fallback)
    rows.push([null, cell(labels.fallbacks[result.fallback], undefined, "note")]);
  rows.push(
    [cell(labels.monthsOfHistory, undefined, "label"), cell(result.monthsOfHistory, "integer")],
    [
      cell(labels.forwardLookingFactor, undefined, "label"),
      cell(result.forwardLookingFactor, "decimal2"),
    ],
    [cell(labels.notes[result.note], undefined, result.informativeOnly ? "warning" : "note")],
    [],
  );

  const headerRow = rows.length;
  rows.push(
    [labels.bucket, labels.amount, labels.rate, labels.provision].map((label, i) => ({
      ...cell(label, undefined, "header"),
      ...(i > 0 ? { align: "right" as const } : {}),
    })),
  );
  for (const bucket of result.byBucket) {
    rows.push([
      cell(bucketLabel(bucket.label, locale), "text"),
      cell(fromMinor(bucket.amount), "money"),
      cell(bucket.rate, "percent"),
      cell(fromMinor(bucket.provision), "money"),
    ]);
  }
  const totalRow = rows.length;
  const amount = result.byBucket.reduce((sum, bucket) => sum + bucket.amount, 0);
  rows.push([
    cell(labels.total, undefined, "total"),
    cell(fromMinor(amount), "money", "total"),
    null,
    cell(fromMinor(result.total), "money", "total"),
  ]);
  rows.push(...rollRateRows(result, text, locale));

  return {
    name: text.sheets.provision,
    marker: "provision",
    rows,
    columnWidths: [24, 18, 12, 18],
    tables: [
      {
        name: "CDProvision",
        range: { top: headerRow, left: 0, bottom: totalRow, right: 3 },
        totalsRow: true,
        style: "TableStyleMedium2",
      },
    ],
    charts: [],
    conditionalFormats: [],
    freeze: { rows: headerRow + 1, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, fitToHeight: true },
  };
}

function reportLocale(locale: string): Locale {
  return locale === "zh-CN" ? "zh-CN" : "en-US";
}

function rollRateRows(
  result: ProvisionResult,
  text: LenderStrings,
  locale: Locale,
): (CellModel | null)[][] {
  if (!result.rollRates) return [];
  const labels = text.provision;
  const rows: (CellModel | null)[][] = [
    [],
    [cell(labels.rollRates, undefined, "subtitle")],
    [labels.from, labels.to, labels.rollRate].map((label, i) => ({
      ...cell(label, undefined, "header"),
      ...(i === 2 ? { align: "right" as const } : {}),
    })),
  ];
  for (const roll of result.rollRates) {
    rows.push([
      cell(bucketLabel(roll.from, locale), "text"),
      cell(bucketLabel(roll.to, locale), "text"),
      cell(roll.rate, "percent"),
    ]);
  }
  return rows;
}
