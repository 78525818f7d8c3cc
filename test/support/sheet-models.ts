/** Sheet models built in code for the Office adapter tests. */
import { cell, dateCell, type CellModel, type SheetModel } from "../../src/report/model";

/** 2026-05-31 as a `Day` (days since 1970-01-01). */
export const MAY_31_2026 = 20_604;

/**
 * An aging detail sheet with a header, `rows` item rows and a totals row, plus a table, a chart,
 * conditional formats, frozen header and print settings.
 */
export function agingModel(rows: number, name = "CD Aging", marker = "aging"): SheetModel {
  const header: CellModel[] = ["Customer", "Name", "Invoice", "Due", "Open", "Note"].map((text) =>
    cell(text, undefined, "header"),
  );
  const items = Array.from({ length: rows }, (_, i): CellModel[] => [
    cell(`C${String(i % 1000).padStart(5, "0")}`),
    cell(`Customer ${i % 1000}`),
    cell(String(10_000 + i)),
    dateCell(MAY_31_2026 - (i % 120)),
    cell(((i % 997) + 1) * 12.5, "money"),
    cell(i % 10 === 0 ? "disputed" : null),
  ]);
  const total: (CellModel | null)[] = [
    cell("Total", undefined, "total"),
    null,
    null,
    null,
    cell(0, "money", "total"),
    null,
  ];
  const last = rows + 1;

  return {
    name,
    marker,
    rows: [header, ...items, total],
    columnWidths: [12, 28, 12, 12, 14, 20],
    tables: [
      {
        name: "CDAgingItems",
        range: { top: 0, left: 0, bottom: last, right: 5 },
        totalsRow: true,
        style: "TableStyleMedium2",
      },
    ],
    charts: [
      {
        type: "column",
        title: "Open by customer",
        series: [
          {
            name: "Open",
            categories: { top: 1, left: 0, bottom: Math.min(rows, 5), right: 0 },
            values: { top: 1, left: 4, bottom: Math.min(rows, 5), right: 4 },
          },
        ],
        anchor: { row: 1, col: 8, width: 8, height: 15 },
      },
    ],
    conditionalFormats: [
      {
        range: { top: 1, left: 4, bottom: rows, right: 4 },
        rule: { type: "dataBar", color: "#5B9BD5" },
      },
      {
        range: { top: 1, left: 5, bottom: rows, right: 5 },
        rule: { type: "textEquals", text: "disputed", fill: "#F8CBAD" },
      },
    ],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
  };
}

/** A small sheet whose cells are the given texts in column A, below a header. */
export function textModel(
  texts: readonly string[],
  name = "CD Notes",
  marker = "notes",
): SheetModel {
  return {
    name,
    marker,
    rows: [[cell("Text", undefined, "header")], ...texts.map((text) => [cell(text)])],
    columnWidths: [30],
    tables: [],
    charts: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
  };
}

/** Answers isSetSupported for every ExcelApi version up to `max`, e.g. "1.12". */
export function supportUpTo(max: string): (version: string) => boolean {
  const minor = (version: string) => Number(version.split(".")[1] ?? 0);
  return (version) => minor(version) <= minor(max);
}
