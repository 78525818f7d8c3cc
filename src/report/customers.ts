/**
 * The `CD Customers` sheet: one row per customer, riskiest first (class E before D, and so on,
 * then by exposure), with score parts, class, limits, utilisation and flags, followed by the
 * portfolio shares behind indicators A5, B1, B2 and B3.
 */
import type { RiskClass } from "../engine/customer-params";
import { CUSTOMER_STRINGS, type CustomerLocale } from "../engine/customer-strings";
import type { CustomerPortfolio, CustomerResult } from "../engine/customer-types";
import { isoFromDay, type Day } from "../engine/dates";
import { fromMinor } from "../engine/money";
import { SheetBuilder, type ColumnSpec } from "./builder";
import type { CellModel, ConditionalFormatModel, RangeModel, SheetModel } from "./model";

const HEADERS = {
  "en-US": {
    sheet: "CD Customers",
    title: (asOf: string, currency: string) => `Customer credit as of ${asOf} (${currency})`,
    columns: [
      "Customer ID",
      "Customer Name",
      "Class",
      "Score",
      "Payment",
      "Relationship",
      "Financial",
      "External",
      "Payment Index",
      "Open",
      "Overdue",
      "Exposure",
      "Credit Limit",
      "Recommended Limit",
      "Utilisation",
      "Next Review",
      "Flags",
    ],
    portfolio: "Portfolio",
    shareColumns: ["Share", "Measure"],
    shares: {
      completeFileShare: "Customers with a complete credit file (A5)",
      ratedWithinReviewShare: "Active customers reviewed within their period (B1)",
      exposureWithinLimitShare: "Exposure within limits, by amount (B2)",
      contractsByCount: "Open items with contract and delivery proof, by count (B3)",
      contractsByAmount: "Open items with contract and delivery proof, by amount (B3)",
    },
    notAvailable: "n/a",
  },
  "zh-CN": {
    sheet: "CD 客户",
    title: (asOf: string, currency: string) => `客户信用（截至 ${asOf}，${currency}）`,
    columns: [
      "客户编号",
      "客户名称",
      "风险等级",
      "信用评分",
      "付款表现",
      "合作关系",
      "财务能力",
      "外部评价",
      "付款指数",
      "未结金额",
      "逾期金额",
      "风险敞口",
      "信用额度",
      "建议额度",
      "额度使用率",
      "下次复评",
      "提示",
    ],
    portfolio: "客户组合",
    shareColumns: ["比例", "指标"],
    shares: {
      completeFileShare: "信用档案完整的客户（A5）",
      ratedWithinReviewShare: "在复评周期内完成评级的活跃客户（B1）",
      exposureWithinLimitShare: "额度内的风险敞口，按金额（B2）",
      contractsByCount: "有合同及交货证明的未结项目，按笔数（B3）",
      contractsByAmount: "有合同及交货证明的未结项目，按金额（B3）",
    },
    notAvailable: "无",
  },
} as const;

/** Fill and font colours (ARGB) of each risk class in the Class column. */
const CLASS_COLOURS: Record<RiskClass, { fill: string; font: string }> = {
  A: { fill: "FFC6EFCE", font: "FF006100" },
  B: { fill: "FFE2EFDA", font: "FF375623" },
  C: { fill: "FFFFEB9C", font: "FF9C5700" },
  D: { fill: "FFF8CBAD", font: "FF833C0C" },
  E: { fill: "FFFFC7CE", font: "FF9C0006" },
};

const FORMATS: ColumnSpec["format"][] = [
  undefined,
  undefined,
  undefined,
  "decimal1",
  "decimal1",
  "decimal1",
  "decimal1",
  "decimal1",
  "decimal1",
  "money",
  "money",
  "money",
  "money",
  "money",
  "percent",
];
const WIDTHS = [14, 36, 8, 8, 10, 10, 10, 10, 10, 14, 14, 14, 14, 14, 11, 14, 60];
const UTILISATION_COLUMN = 14;
const CLASS_COLUMN = 2;

/** Sorts class E first, then by exposure from largest, then by id so the order is stable. */
export function sortByRisk(customers: readonly CustomerResult[]): CustomerResult[] {
  return [...customers].sort(
    (a, b) =>
      b.riskClass.localeCompare(a.riskClass) || b.exposure - a.exposure || a.id.localeCompare(b.id),
  );
}

function customerRow(
  result: CustomerResult,
  locale: CustomerLocale,
): (CellModel["value"] | CellModel)[] {
  const labels = CUSTOMER_STRINGS[locale].flags;
  const money = (minor: number | undefined) => (minor === undefined ? null : fromMinor(minor));
  return [
    result.id,
    result.name ?? null,
    result.riskClass,
    result.score,
    result.scoreParts.payment,
    result.scoreParts.relationship,
    result.scoreParts.financial,
    result.scoreParts.external,
    result.paymentIndex ?? null,
    money(result.open),
    money(result.overdue),
    money(result.exposure),
    money(result.creditLimit),
    money(result.recommendedLimit),
    result.utilization ?? null,
    // Centred, so the date does not run into the flags that start in the next column.
    { value: result.nextReview, date: true, format: "date", align: "center" },
    result.flags.map((flag) => labels[flag]).join("; "),
  ];
}

function classFormats(range: RangeModel): ConditionalFormatModel[] {
  const column = { ...range, top: range.top + 1, left: CLASS_COLUMN, right: CLASS_COLUMN };
  return (Object.keys(CLASS_COLOURS) as RiskClass[]).map((riskClass) => ({
    range: column,
    rule: { type: "textEquals", text: riskClass, ...CLASS_COLOURS[riskClass] },
  }));
}

function shareRows(portfolio: CustomerPortfolio, locale: CustomerLocale) {
  const text = HEADERS[locale];
  const shares: [string, number | undefined][] = [
    [text.shares.completeFileShare, portfolio.completeFileShare],
    [text.shares.ratedWithinReviewShare, portfolio.ratedWithinReviewShare],
    [text.shares.exposureWithinLimitShare, portfolio.exposureWithinLimitShare],
    [text.shares.contractsByCount, portfolio.contractCoverage.byCount],
    [text.shares.contractsByAmount, portfolio.contractCoverage.byAmount],
  ];
  // The share comes first so the long label can run on into the empty cells to its right.
  return shares.map(([label, share]): CellModel[] => [
    share === undefined
      ? { value: text.notAvailable, style: "note", align: "right" }
      : { value: share, format: "percent" },
    { value: label },
  ]);
}

/** Builds the `CD Customers` sheet with headers in the given locale. */
export function buildCustomersSheet(
  portfolio: CustomerPortfolio,
  options: { asOf: Day; baseCurrency: string; locale: CustomerLocale },
): SheetModel {
  const text = HEADERS[options.locale];
  const builder = new SheetBuilder(text.sheet, "customers");
  builder.addText(text.title(isoFromDay(options.asOf), options.baseCurrency), "title");
  builder.blank();

  const columns: ColumnSpec[] = text.columns.map((header, i) => {
    const spec: ColumnSpec = { header, width: WIDTHS[i]! };
    const format = FORMATS[i];
    if (format) spec.format = format;
    return spec;
  });
  const rows = sortByRisk(portfolio.customers).map((result) => customerRow(result, options.locale));
  const range = builder.addTable("CD_Customers", columns, rows);

  const utilisation = {
    ...range,
    top: range.top + 1,
    left: UTILISATION_COLUMN,
    right: UTILISATION_COLUMN,
  };
  builder.model.conditionalFormats.push(...classFormats(range), {
    range: utilisation,
    rule: { type: "dataBar", color: "FF5B9BD5" },
  });

  builder.blank();
  builder.addText(text.portfolio, "subtitle");
  builder.addTable(
    "CD_CustomerPortfolio",
    text.shareColumns.map((header, i) => (i === 0 ? { header, align: "right" } : { header })),
    shareRows(portfolio, options.locale),
  );

  builder.model.freeze = { rows: range.top + 1, cols: 2 };
  // Seventeen columns shrunk onto one page width are unreadable, so the print spans pages across.
  builder.model.print = {
    orientation: "landscape",
    fitToWidth: false,
    repeatRows: { first: range.top, last: range.top },
  };
  return builder.model;
}
