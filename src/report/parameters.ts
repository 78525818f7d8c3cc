/** The `CD Parameters` sheet: the values the analysis used, its source, and every input issue. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { fromMinor } from "../engine/money";
import type { Locale } from "../i18n/messages";
import { SheetBuilder } from "./builder";
import { cellLink, type CellModel } from "./model";
import { reportStrings } from "./strings";

const EVERY_PARAMETER = {
  "en-US": {
    title: "Every parameter, by the name a Parameters sheet row uses to change it",
    headers: ["Name", "Value"],
  },
  "zh-CN": { title: "全部参数（参数表中可用此名称修改）", headers: ["名称", "值"] },
} as const;

/** Lists every parameter as a dotted name and its value; lists of objects are shown as JSON. */
export function flattenParameters(
  parameters: Record<string, unknown>,
  prefix = "",
): [string, string | number | boolean][] {
  const rows: [string, string | number | boolean][] = [];
  for (const [key, value] of Object.entries(parameters)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      rows.push(...flattenParameters(value as Record<string, unknown>, name));
    } else if (Array.isArray(value)) {
      rows.push([
        name,
        value.every((item) => typeof item === "number") ? value.join(",") : JSON.stringify(value),
      ]);
    } else {
      rows.push([name, value as string | number | boolean]);
    }
  }
  return rows;
}

export interface RunInfo {
  source: string;
  version: string;
  /**
   * Name in the workbook of each input sheet that cells can link to: its copy in a report file, or
   * the sheet itself in Excel. Cells that refer to any other sheet get no link.
   */
  linkedSheets: ReadonlyMap<string, string>;
}

function issueLink(
  sheet: string,
  row: number,
  column: string,
  linked: ReadonlyMap<string, string>,
): string | undefined {
  const target = linked.get(sheet);
  if (target === undefined || row < 1) return undefined;
  const letters = /^[A-Z]{1,3}$/.test(column) ? column : "A";
  return cellLink(target, letters, row);
}

export function buildParameterSheet(analysis: Analysis, locale: Locale, run: RunInfo) {
  const text = reportStrings(locale);
  const strings = text.parameters;
  const { aging, kpis } = analysis.parameters;
  const builder = new SheetBuilder(text.sheets.parameters, "parameters");
  builder.addText(strings.title, "title");
  builder.blank();

  const rows: (string | number | null)[][] = [
    [strings.asOf, isoFromDay(analysis.asOf)],
    [strings.source, run.source],
    [strings.version, run.version],
    [strings.baseCurrency, aging.baseCurrency],
    [strings.basis, text.aging.basis[aging.basis]],
    [strings.buckets, aging.buckets.join(", ")],
    [strings.allocate, aging.allocateUnapplied],
    [strings.defaultTerms, aging.defaultTermsDays],
    [strings.controlTotal, aging.controlTotal === undefined ? null : fromMinor(aging.controlTotal)],
    [strings.periodDays, kpis.periodDays],
    [strings.ceiMonths, kpis.ceiMonths],
    [strings.dilutionMonths, kpis.dilutionMonths],
    [
      strings.counts,
      `${analysis.counts.invoices} / ${analysis.counts.payments} / ${analysis.counts.customers}`,
    ],
  ];
  builder.addTable(
    "CD_Parameters",
    strings.headers.map((header, i) => ({ header, width: i === 0 ? 40 : 30 })),
    rows,
  );
  builder.blank();

  const every = EVERY_PARAMETER[locale];
  builder.addText(every.title, "subtitle");
  builder.addTable(
    "CD_AllParameters",
    every.headers.map((header, i) => ({ header, width: i === 0 ? 48 : 30 })),
    flattenParameters(analysis.parameters),
  );
  builder.blank();

  builder.addText(strings.issuesTitle, "subtitle");
  if (analysis.issues.length === 0) {
    builder.addText(strings.noIssues, "good");
  } else {
    const issueRows = analysis.issues.map((issue) => {
      const link = issueLink(issue.sheet, issue.row, issue.column, run.linkedSheets);
      const sheetCell: CellModel = link ? { value: issue.sheet, link } : { value: issue.sheet };
      return [
        {
          value: strings.severity[issue.severity],
          style: issue.severity === "error" ? "warning" : undefined,
        } as CellModel,
        issue.code,
        sheetCell,
        issue.row || null,
        issue.column || null,
        issue.message,
      ];
    });
    const widths = [10, 20, 18, 8, 8, 90];
    builder.addTable(
      "CD_Issues",
      strings.issueHeaders.map((header, i) => ({ header, width: widths[i] as number })),
      issueRows,
    );
  }
  builder.model.print = { orientation: "portrait", fitToWidth: true };
  return builder.model;
}
