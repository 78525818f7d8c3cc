/** The `CD Aging` sheet: bucket summary with a chart, then totals by customer and the open items. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { columnLetter, type SourceRef } from "../engine/issues";
import { fromMinor } from "../engine/money";
import type { OpenItem, UnappliedLine } from "../engine/types";
import type { Locale } from "../i18n/messages";
import { itemBlock, SheetBuilder, type ColumnSpec } from "./builder";
import { cellLink, type CellModel } from "./model";
import { bucketLabel, reportStrings } from "./strings";

const money = (minor: number): CellModel => ({ value: fromMinor(minor), format: "money" });

function addSummary(builder: SheetBuilder, analysis: Analysis, locale: Locale): void {
  const text = reportStrings(locale).aging;
  const { aging } = analysis;
  const total = aging.total;
  const share = (amount: number): CellModel => ({
    value: total === 0 ? 0 : amount / total,
    format: "percent",
  });
  const rows: CellModel[][] = aging.buckets.map((bucket) => [
    { value: bucketLabel(bucket.label, locale) },
    money(bucket.amount),
    { value: bucket.count, format: "integer" },
    share(bucket.amount),
  ]);
  rows.push([
    { value: text.unappliedCredits },
    money(aging.unappliedCredits),
    { value: null },
    share(aging.unappliedCredits),
  ]);
  rows.push([
    { value: text.unappliedCash },
    money(aging.unappliedCash),
    { value: null },
    share(aging.unappliedCash),
  ]);

  const top = builder.nextRow;
  const first = top + 2;
  const last = top + 1 + rows.length;
  const totals: CellModel[] = [
    { value: text.total, style: "total" },
    {
      value: fromMinor(total),
      format: "money",
      style: "total",
      formula: `SUM(B${first}:B${last})`,
    },
    {
      value: aging.items.length,
      format: "integer",
      style: "total",
      formula: `SUM(C${first}:C${last})`,
    },
    { value: total === 0 ? 0 : 1, format: "percent", style: "total" },
  ];
  const formats = [undefined, "money", "integer", "percent"] as const;
  const columns: ColumnSpec[] = text.summary.map((header, i) => {
    const format = formats[i];
    return format ? { header, width: 16, format } : { header, width: 22 };
  });
  builder.addTable("CD_AgingSummary", columns, rows, { totals });

  const categories = { top: top + 1, left: 0, bottom: top + aging.buckets.length, right: 0 };
  builder.model.charts.push({
    type: "column",
    title: text.chartTitle,
    series: [
      { name: text.summary[1] as string, categories, values: { ...categories, left: 1, right: 1 } },
    ],
    anchor: { row: top, col: 5, width: 8, height: 14 },
  });
  if (aging.controlTotal !== undefined) {
    builder.addRow([{ value: text.controlTotal, style: "label" }, money(aging.controlTotal)]);
    builder.addRow([
      { value: text.difference, style: aging.controlDifference ? "warning" : "good" },
      money(aging.controlDifference ?? 0),
    ]);
  }
}

function addByCustomer(builder: SheetBuilder, analysis: Analysis, locale: Locale): void {
  const text = reportStrings(locale).aging;
  const labels = analysis.aging.buckets.map((bucket) => bucketLabel(bucket.label, locale));
  const columns: ColumnSpec[] = [
    { header: text.customerHeaders.id, width: 14 },
    { header: text.customerHeaders.name, width: 28 },
    ...labels.map((label) => ({ header: label, format: "money" as const, width: 14 })),
    { header: text.unappliedCash, format: "money", width: 14 },
    { header: text.customerHeaders.total, format: "money", width: 16 },
    { header: text.customerHeaders.overdue, format: "money", width: 16 },
  ];
  const customers = [...analysis.customers].sort((a, b) => b.open - a.open);
  const rows = customers.map((customer) => [
    customer.id,
    customer.name ?? null,
    ...customer.byBucket.map(fromMinor),
    fromMinor(customer.unapplied),
    fromMinor(customer.open),
    fromMinor(customer.overdue),
  ]);
  builder.addText(text.byCustomer, "subtitle");
  const top = builder.nextRow;
  const firstData = top + 2;
  const lastData = top + 1 + Math.max(rows.length, 1);
  const totals: CellModel[] = columns.map((column, i) =>
    i === 0
      ? { value: text.total, style: "total" }
      : i < 2
        ? { value: null, style: "total" }
        : {
            value: fromMinor(sumColumn(customers, i, labels.length)),
            format: "money",
            style: "total",
            formula: `SUBTOTAL(109,${columnLetter(i)}${firstData}:${columnLetter(i)}${lastData})`,
          },
  );
  builder.addTable("CD_AgingByCustomer", columns, rows, { totals });
}

function sumColumn(customers: Analysis["customers"], column: number, bucketCount: number): number {
  let total = 0;
  for (const customer of customers) {
    const index = column - 2;
    if (index < bucketCount) total += customer.byBucket[index] ?? 0;
    else if (index === bucketCount) total += customer.unapplied;
    else if (index === bucketCount + 1) total += customer.open;
    else total += customer.overdue;
  }
  return total;
}

type ItemRow = (CellModel["value"] | CellModel)[];

/** Row builders of the item table: open items, then unapplied lines. */
function itemRowBuilders(
  analysis: Analysis,
  locale: Locale,
  linkedSheets: ReadonlyMap<string, string>,
) {
  const text = reportStrings(locale).aging;
  const names = new Map(analysis.customers.map((customer) => [customer.id, customer.name ?? null]));
  const labels = analysis.aging.buckets.map((bucket) => bucketLabel(bucket.label, locale));
  // The row number links to the input row when the workbook has that sheet.
  const sourceLink = (ref: SourceRef): CellModel => {
    const target = linkedSheets.get(ref.sheet);
    const cell: CellModel = { value: ref.row, format: "integer" };
    if (target !== undefined) cell.link = cellLink(target, "A", ref.row);
    return cell;
  };
  const openItem = (item: OpenItem): ItemRow => [
    item.customerId,
    names.get(item.customerId) ?? null,
    item.invoiceNo,
    item.installment ?? null,
    text.types[item.type],
    item.invoiceDate ?? null,
    item.dueDate,
    item.daysPastDue,
    { value: labels[item.bucket] ?? null, align: "center" },
    item.currency,
    fromMinor(item.original),
    fromMinor(item.open),
    { value: item.disputed ? text.yes : null, align: "center" },
    sourceLink(item.ref),
  ];
  const unappliedLine = (line: UnappliedLine): ItemRow => [
    line.customerId,
    names.get(line.customerId) ?? null,
    line.reference || null,
    null,
    text.types[line.kind],
    line.date,
    null,
    null,
    null,
    analysis.baseCurrency,
    null,
    fromMinor(line.amount),
    null,
    sourceLink(line.ref),
  ];
  return { openItem, unappliedLine };
}

function addItems(
  builder: SheetBuilder,
  analysis: Analysis,
  locale: Locale,
  linkedSheets: ReadonlyMap<string, string>,
): void {
  const text = reportStrings(locale).aging;
  const formats: Partial<Record<number, ColumnSpec>> = {
    5: { header: "", date: true, width: 12 },
    6: { header: "", date: true, width: 12 },
    7: { header: "", format: "integer", width: 10 },
    // Centred, so a bucket such as 1-30 does not run into the right-aligned days past due.
    8: { header: "", width: 12, align: "center" },
    10: { header: "", format: "money", width: 14 },
    11: { header: "", format: "money", width: 14 },
    12: { header: "", width: 12, align: "center" },
    13: { header: "", format: "integer", width: 12 },
  };
  // Original and open amounts are in the base currency, whatever the document's currency.
  const inBase = (header: string, i: number) =>
    i === 10 || i === 11 ? `${header} (${analysis.baseCurrency})` : header;
  const columns = text.itemHeaders.map((header, i) => ({
    width: 12,
    ...formats[i],
    header: inBase(header, i),
  }));
  builder.addText(text.byItem, "subtitle");
  const build = itemRowBuilders(analysis, locale, linkedSheets);
  builder.addItemTable("CD_AgingItems", columns, [
    itemBlock(analysis.aging.items, build.openItem),
    itemBlock(analysis.aging.unapplied, build.unappliedLine),
  ]);
}

/** Builds `CD Aging`. Row numbers of items link to the sheets in `linkedSheets` (see `RunInfo`). */
export function buildAgingSheet(
  analysis: Analysis,
  locale: Locale,
  source: string,
  linkedSheets: ReadonlyMap<string, string>,
) {
  const text = reportStrings(locale);
  const builder = new SheetBuilder(text.sheets.aging, "aging");
  builder.addText(text.aging.title(isoFromDay(analysis.asOf), analysis.baseCurrency), "title");
  builder.addText(
    text.aging.basisAndSource(text.aging.basis[analysis.aging.basis], source),
    "subtitle",
  );
  builder.blank();
  addSummary(builder, analysis, locale);
  // The chart sits beside the summary; the next table starts below it so they never overlap.
  const chart = builder.model.charts[0];
  const chartBottom = chart ? chart.anchor.row + chart.anchor.height : 0;
  do builder.blank();
  while (builder.nextRow <= chartBottom);
  addByCustomer(builder, analysis, locale);
  builder.blank();
  addItems(builder, analysis, locale, linkedSheets);
  builder.model.freeze = { rows: 2, cols: 0 };
  builder.model.print.repeatRows = { first: 0, last: 1 };
  return builder.model;
}
