/** Small sheet models and input copies for the report writer tests. */
import { dayFromIso } from "../src/engine/dates";
import type { InputSheetCopy, ReportMeta } from "../src/io/xlsx-write";
import { cell, dateCell, type CellModel, type SheetModel } from "../src/report/model";

export const META: ReportMeta = {
  title: "CreditDesk report",
  marker: "credit-desk",
  version: "0.1.0",
};

export const AS_OF = dayFromIso("2026-06-30") ?? 0;

export const BUCKETS: [string, number][] = [
  ["Current", 1300],
  ["1-30", 300],
  ["31-60", 0],
  ["61-90", 125.5],
  ["90+", 40],
];

/** Aging summary: title rows, a header on row 4, five buckets, a formula total and a column chart. */
export function agingModel(): SheetModel {
  const rows: (CellModel | null)[][] = [
    [cell("Receivables aging", undefined, "title")],
    [cell("As of", undefined, "subtitle"), dateCell(AS_OF)],
    [],
    [
      cell("Bucket", undefined, "header"),
      cell("Amount", undefined, "header"),
      cell("Risk", undefined, "header"),
    ],
    ...BUCKETS.map(([label, amount], index) => [
      { ...cell(label), link: `'Invoices'!A${index + 2}` },
      cell(amount, "money"),
      cell(index >= 3 ? "High" : "Low", undefined, index >= 3 ? "warning" : "good"),
    ]),
    [
      cell("Total", undefined, "total"),
      { value: 1765.5, format: "money", style: "total", formula: "SUM(B5:B9)" },
      cell("=not a formula", undefined, "note"),
    ],
  ];
  return {
    name: "CD Aging",
    marker: "aging",
    rows,
    columnWidths: [20, 16, 10],
    tables: [
      {
        name: "AgingBuckets",
        range: { top: 3, left: 0, bottom: 8, right: 2 },
        totalsRow: false,
        style: "TableStyleMedium2",
      },
    ],
    charts: [
      {
        type: "column",
        title: "Open amount by bucket",
        series: [
          {
            name: "Amount",
            categories: { top: 4, left: 0, bottom: 8, right: 0 },
            values: { top: 4, left: 1, bottom: 8, right: 1 },
          },
        ],
        anchor: { row: 1, col: 4, width: 8, height: 16 },
      },
    ],
    conditionalFormats: [
      {
        range: { top: 4, left: 1, bottom: 8, right: 1 },
        rule: { type: "dataBar", color: "#638EC6" },
      },
      {
        range: { top: 4, left: 2, bottom: 8, right: 2 },
        rule: { type: "textEquals", text: "High", fill: "#FFC7CE", font: "#9C0006" },
      },
      {
        range: { top: 4, left: 1, bottom: 8, right: 1 },
        rule: { type: "lessThan", value: 0, fill: "FFC7CE" },
      },
      {
        range: { top: 4, left: 1, bottom: 8, right: 1 },
        rule: { type: "greaterThan", value: 1000, fill: "C6EFCE" },
      },
    ],
    freeze: { rows: 4, cols: 1 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      area: { top: 0, left: 0, bottom: 9, right: 2 },
      repeatRows: { first: 3, last: 3 },
    },
  };
}

/** Customers table with a totals row whose total is a formula. */
export function customersModel(): SheetModel {
  const customers: [string, number, number | undefined][] = [
    ["C001", 400, dayFromIso("2026-05-31")],
    ["C002", 1200, undefined],
    ["C003", 165.5, dayFromIso("2026-04-15")],
  ];
  const rows: (CellModel | null)[][] = [
    [
      cell("Customer", undefined, "header"),
      cell("Open", undefined, "header"),
      cell("Last payment", undefined, "header"),
    ],
    ...customers.map(([id, open, day]) => [cell(id), cell(open, "money"), dateCell(day)]),
    [
      cell("Total", undefined, "total"),
      { value: 1765.5, format: "money", style: "total", formula: "SUBTOTAL(109,B2:B4)" },
      null,
    ],
  ];
  return {
    name: "CD Customers",
    marker: "customers",
    rows,
    columnWidths: [14, 14, 14],
    tables: [
      {
        name: "Customers",
        range: { top: 0, left: 0, bottom: 4, right: 2 },
        totalsRow: true,
        style: "TableStyleLight9",
      },
    ],
    charts: [],
    conditionalFormats: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, fitToHeight: true },
  };
}

/** Assessment levels with a radar chart and a bar chart of the same cells. */
export function assessmentModel(): SheetModel {
  const indicators = ["Policy", "Limits", "Collection", "Reporting"];
  const rows: (CellModel | null)[][] = [
    [
      cell("Indicator", undefined, "header"),
      cell("Level", undefined, "header"),
      cell("Target", undefined, "header"),
    ],
    ...indicators.map((name, index) => [
      cell(name),
      cell(index + 1, "integer"),
      cell(4, "integer"),
    ]),
  ];
  const categories = { top: 1, left: 0, bottom: 4, right: 0 };
  const levels = { top: 1, left: 1, bottom: 4, right: 1 };
  const targets = { top: 1, left: 2, bottom: 4, right: 2 };
  return {
    name: "CD Assessment",
    marker: "assessment",
    rows,
    columnWidths: [18, 8, 8],
    tables: [],
    charts: [
      {
        type: "radar",
        title: "Credit management levels",
        series: [
          { name: "Level", categories, values: levels },
          { name: "Target", categories, values: targets },
        ],
        anchor: { row: 0, col: 4, width: 7, height: 15 },
      },
      {
        type: "bar",
        title: "Levels",
        series: [{ name: "Level", categories, values: levels }],
        anchor: { row: 16, col: 4, width: 7, height: 12 },
      },
    ],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
  };
}

/** Text that a spreadsheet would take for a formula if it were written as one. */
export const FORMULA_LIKE = [
  "=1+1",
  "+SUM(A1:A2)",
  "-2+3",
  "@cmd",
  '=HYPERLINK("http://example.invalid","x")',
];

export function invoicesInput(): InputSheetCopy {
  return {
    name: "Invoices",
    rows: [
      ["Invoice", "Customer", "Date", "Amount", "Paid"],
      ...FORMULA_LIKE.map((text, index) => [
        text,
        `C00${index + 1}`,
        new Date(Date.UTC(2026, 4, index + 1)),
        100.25 * (index + 1),
        index % 2 === 0,
      ]),
      [null, "", null, null, null],
    ],
    numFmts: [undefined, undefined, "dd.mm.yyyy", "#,##0.00", undefined],
  };
}

/** Builds an input sheet whose name clashes with an output sheet. */
export function clashingInput(): InputSheetCopy {
  return { name: "cd aging", rows: [["Note"], ["copied from the input"]] };
}

export function reportModels(): SheetModel[] {
  return [agingModel(), customersModel(), assessmentModel()];
}
