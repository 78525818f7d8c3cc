/**
 * The borrowing-base certificate: gross receivables down to availability on one printed page,
 * with a signature block. Amounts are written with formulas over the cells above them, so a
 * lender can follow the arithmetic; the cached values are the engine's.
 */
import type { Day } from "../engine/dates";
import type { FinancingResult } from "../engine/financing";
import { fromMinor } from "../engine/money";
import { lenderStrings } from "./lender-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";

export interface CertificateContext {
  locale: string;
  companyName: string;
  asOf: Day;
}

const BLANK_LINE = "______________________________";

/** Builds the `CD Certificate` sheet, fitted to one page. */
export function buildCertificateSheet(
  result: FinancingResult,
  context: CertificateContext,
): SheetModel {
  const text = lenderStrings(context.locale);
  const labels = text.certificate;
  const rows: (CellModel | null)[][] = [
    [cell(labels.title, undefined, "title")],
    [cell(labels.company, undefined, "label"), cell(context.companyName)],
    [cell(text.asOf, undefined, "label"), dateCell(context.asOf)],
    [],
    [labels.line, labels.count, labels.amount].map((label, i) => ({
      ...cell(label, undefined, "header"),
      ...(i > 0 ? { align: "right" as const } : {}),
    })),
  ];

  const grossRow = rows.length;
  rows.push([cell(labels.gross), cell(result.items.length, "integer"), money(result.gross)]);
  for (const line of result.exclusions) {
    // Gross receivables already net off credit balances, so taking them out adds them back.
    const prefix = line.amount < 0 ? labels.addBack : labels.less;
    const label = `${prefix}${text.reasons[line.reason]}`;
    rows.push([cell(label), cell(line.count, "integer"), money(-line.amount)]);
  }

  const eligibleRow = rows.length;
  // Without exclusion lines the range would be reversed and include the eligible cell itself.
  const eligibleFormula =
    eligibleRow > grossRow + 1
      ? `C${grossRow + 1}+SUM(C${grossRow + 2}:C${eligibleRow})`
      : `C${grossRow + 1}`;
  rows.push(total(labels.eligible, result.eligible, eligibleFormula));
  rows.push([cell(labels.concentration), null, money(-result.concentrationExcess)]);
  const netRow = rows.length;
  rows.push(
    total(labels.netEligible, result.netEligible, `C${eligibleRow + 1}+C${eligibleRow + 2}`),
  );
  rows.push([cell(labels.advanceRate), null, cell(result.advanceRate, "percent")]);
  const advanceRow = rows.length;
  rows.push([
    cell(labels.advance),
    null,
    formula(result.advance, `ROUND(MAX(0,C${netRow + 1})*C${netRow + 2},2)`),
  ]);
  const dilution = result.dilution;
  rows.push([
    cell(labels.dilution),
    null,
    dilution === undefined ? cell(labels.dilutionUnknown) : cell(dilution, "percent"),
  ]);
  rows.push([cell(labels.dilutionReserve), null, money(-result.dilutionReserve)]);
  rows.push(
    total(labels.availability, result.borrowingBase, `C${advanceRow + 1}+C${advanceRow + 3}`),
  );

  rows.push(
    [],
    ...concentrationLines(result, context.locale),
    ...notAppliedLines(result, context.locale),
  );
  rows.push([cell(labels.statement, undefined, "note")], []);
  for (const label of [labels.name, labels.signerTitle, labels.date, labels.signature]) {
    rows.push([cell(label, undefined, "label"), cell(BLANK_LINE)], []);
  }

  return {
    name: text.sheets.certificate,
    marker: "certificate",
    rows,
    columnWidths: [52, 18, 20],
    tables: [],
    charts: [],
    conditionalFormats: [],
    print: {
      orientation: "portrait",
      fitToWidth: true,
      fitToHeight: true,
      area: { top: 0, left: 0, bottom: rows.length - 1, right: 2 },
    },
  };
}

function concentrationLines(result: FinancingResult, locale: string): (CellModel | null)[][] {
  if (result.concentrationByCustomer.length === 0) return [];
  const labels = lenderStrings(locale).certificate;
  const lines: (CellModel | null)[][] = [
    [cell(labels.concentrationByCustomer, undefined, "subtitle")],
    [
      cell(labels.line, undefined, "header"),
      cell(labels.share, undefined, "header"),
      cell(labels.excess, undefined, "header"),
    ],
  ];
  for (const row of result.concentrationByCustomer) {
    const name = row.customerName ? `${row.customerId} ${row.customerName}` : row.customerId;
    lines.push([cell(name), cell(row.share, "percent"), money(row.excess)]);
  }
  lines.push([]);
  return lines;
}

function notAppliedLines(result: FinancingResult, locale: string): (CellModel | null)[][] {
  if (result.rulesNotApplied.length === 0) return [];
  const text = lenderStrings(locale);
  const lines: (CellModel | null)[][] = [
    [cell(text.financing.rulesNotApplied, undefined, "subtitle")],
  ];
  for (const entry of result.rulesNotApplied) {
    lines.push([
      cell(`${text.reasons[entry.rule]}: ${text.notApplied[entry.reason]}`, undefined, "note"),
    ]);
  }
  lines.push([]);
  return lines;
}

function money(minor: number): CellModel {
  return cell(fromMinor(minor), "money");
}

function formula(minor: number, expression: string): CellModel {
  return { ...money(minor), formula: `=${expression}` };
}

function total(label: string, minor: number, expression: string): (CellModel | null)[] {
  return [cell(label, undefined, "total"), null, { ...formula(minor, expression), style: "total" }];
}
