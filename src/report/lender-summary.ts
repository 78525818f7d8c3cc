/**
 * The summary sheet at the front of the lender pack: the figures a lender looks at first, on one
 * printed page, in the base currency. The sheets behind it give the detail.
 */
import type { Analysis } from "../engine/analyze";
import { fromMinor } from "../engine/money";
import type { Locale } from "../i18n/messages";
import { gradeLabel } from "./assessment-strings";
import { cell, dateCell, type CellModel, type SheetModel } from "./model";

export interface LenderSummaryStrings {
  sheet: string;
  title: string;
  company: string;
  asOf: string;
  currency: string;
  source: string;
  totalReceivables: string;
  overdueShare: string;
  dso: string;
  borrowingBase: string;
  provision: string;
  score: string;
  grade: string;
  notAvailable: string;
  notAssessed: string;
  detail: string;
}

const EN: LenderSummaryStrings = {
  sheet: "CD Lender Summary",
  title: "Receivables summary for lenders",
  company: "Company",
  asOf: "As of",
  currency: "Currency",
  source: "Source file",
  totalReceivables: "Total receivables",
  overdueShare: "Overdue share of open invoices",
  dso: "DSO (days)",
  borrowingBase: "Borrowing base",
  provision: "Provision for expected credit losses",
  score: "Credit-management score (of 100)",
  grade: "Credit-management grade",
  notAvailable: "not available",
  notAssessed: "not assessed: the workbook has no Assessment sheet",
  detail:
    "The following sheets give the aging, the borrowing-base certificate, the eligibility of each item, the provision matrix and the self-assessment.",
};

const ZH: LenderSummaryStrings = {
  sheet: "CD 融资摘要",
  title: "应收账款融资摘要",
  company: "公司",
  asOf: "基准日",
  currency: "币种",
  source: "来源文件",
  totalReceivables: "应收账款合计",
  overdueShare: "逾期金额占未结发票比例",
  dso: "应收账款周转天数（DSO）",
  borrowingBase: "借款基础",
  provision: "预期信用损失准备",
  score: "信用管理得分（满分 100）",
  grade: "信用管理评级",
  notAvailable: "无法计算",
  notAssessed: "未自评：工作簿中没有自评工作表",
  detail: "后续工作表列出账龄、借款基础证明、各项目的融资资格、减值准备矩阵和自评结果。",
};

export function lenderSummaryStrings(locale: Locale): LenderSummaryStrings {
  return locale === "zh-CN" ? ZH : EN;
}

export interface LenderSummaryContext {
  locale: Locale;
  companyName: string;
  /** Name of the analysed file. */
  source: string;
}

/** Builds a number cell, or a note that says why the figure is missing. */
function optional(
  value: number | undefined,
  format: "percent" | "decimal1" | "decimal2",
  text: string,
): CellModel {
  return value === undefined || !Number.isFinite(value)
    ? cell(text, undefined, "note")
    : cell(value, format);
}

/** Returns the label and value cells of each summary line, in reading order. */
function summaryLines(analysis: Analysis, context: LenderSummaryContext): [string, CellModel][] {
  const text = lenderSummaryStrings(context.locale);
  const money = (minor: number) => cell(fromMinor(minor), "money");
  const assessment = analysis.assessment?.result;
  return [
    [text.company, cell(context.companyName)],
    [text.asOf, dateCell(analysis.asOf)],
    [text.currency, cell(analysis.baseCurrency)],
    [text.source, cell(context.source)],
    [text.totalReceivables, money(analysis.aging.total)],
    [text.overdueShare, optional(analysis.kpis.overdueRatio, "percent", text.notAvailable)],
    [text.dso, optional(analysis.kpis.dso, "decimal1", text.notAvailable)],
    [text.borrowingBase, money(analysis.lender.financing.borrowingBase)],
    [text.provision, money(analysis.lender.provision.total)],
    [text.score, optional(assessment?.score, "decimal2", text.notAssessed)],
    [
      text.grade,
      assessment
        ? cell(gradeLabel(assessment.grade, context.locale))
        : cell(text.notAssessed, undefined, "note"),
    ],
  ];
}

/** Builds the lender summary sheet model: a title, then one label and value per line. */
export function buildLenderSummarySheet(
  analysis: Analysis,
  context: LenderSummaryContext,
): SheetModel {
  const text = lenderSummaryStrings(context.locale);
  const lines = summaryLines(analysis, context);
  const rows: (CellModel | null)[][] = [[cell(text.title, undefined, "title")], []];
  for (const [label, value] of lines) rows.push([cell(label, undefined, "label"), value]);
  rows.push([], [cell(text.detail, undefined, "note")]);

  return {
    name: text.sheet,
    marker: "lender-summary",
    rows,
    columnWidths: [40, 24],
    tables: [],
    charts: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true, fitToHeight: true },
  };
}
