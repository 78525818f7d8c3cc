/** User-facing text of the customer-credit analysis, in en-US and zh-CN. */
import type { RiskClass } from "./customer-params";
import type { CreditFileItem, CustomerFlag, PaymentTrend } from "./customer-types";
import type { FinancialField, FinancialProblem } from "./zscore";

export const CUSTOMER_LOCALES = ["en-US", "zh-CN"] as const;
export type CustomerLocale = (typeof CUSTOMER_LOCALES)[number];

export interface CustomerStrings {
  flags: Record<CustomerFlag, string>;
  classes: Record<RiskClass, string>;
  trends: Record<PaymentTrend, string>;
  fileItems: Record<CreditFileItem, string>;
  /** Column names of the statement lines, as on the Customers sheet. */
  fields: Record<FinancialField, string>;
  ratingColumn: string;
  badFinancials: (
    customer: string,
    field: string,
    reason: FinancialProblem["reason"],
    neutral: number,
  ) => string;
  unreadableRating: (customer: string, rating: string, neutral: number) => string;
}

const EN_US: CustomerStrings = {
  flags: {
    "over-limit": "Over limit",
    overdue: "Overdue",
    "overdue-90": "Over 90 days overdue",
    "review-due": "Review due",
    "incomplete-file": "Incomplete file",
    "insufficient-history": "Insufficient payment history",
    "not-in-customer-list": "Not in customer list",
    "approval-exceeds-authority": "Limit exceeds approver's authority",
    "approved-by-account-owner": "Limit approved by account owner",
  },
  classes: {
    A: "A: very low risk, review every 12 months",
    B: "B: low risk, review every 6 months",
    C: "C: moderate risk, review every 3 months",
    D: "D: high risk, review monthly",
    E: "E: very high risk, cash in advance or secured only",
  },
  trends: { improving: "Improving", stable: "Stable", worsening: "Worsening" },
  fileItems: {
    registration: "Company registration",
    "financial-statements": "Recent financial statements",
    "credit-report": "Credit report",
    "signed-terms": "Signed terms of sale",
    "guarantee-or-insurance": "Guarantee or credit insurance",
  },
  fields: {
    workingCapital: "working capital",
    retainedEarnings: "retained earnings",
    ebit: "EBIT",
    totalAssets: "total assets",
    totalLiabilities: "total liabilities",
    equity: "equity",
    sales: "sales",
    currentAssets: "current assets",
    currentLiabilities: "current liabilities",
  },
  ratingColumn: "external rating",
  badFinancials: (customer, field, reason, neutral) =>
    `Customer ${customer}: ${field} ${reason === "not-positive" ? "must be greater than 0" : "is not a number"}, ` +
    `so the Z-score cannot be computed. The financial part scores the neutral ${neutral}; correct the statement figures.`,
  unreadableRating: (customer, rating, neutral) =>
    `Customer ${customer}: external rating "${rating}" is not an agency grade (AAA to D) or a score from 0 to 100. ` +
    `The external part scores the neutral ${neutral}.`,
};

const ZH_CN: CustomerStrings = {
  flags: {
    "over-limit": "超出信用额度",
    overdue: "逾期",
    "overdue-90": "逾期超过90天",
    "review-due": "需复评",
    "incomplete-file": "信用档案不完整",
    "insufficient-history": "付款记录不足",
    "not-in-customer-list": "不在客户清单中",
    "approval-exceeds-authority": "额度超出审批人权限",
    "approved-by-account-owner": "额度由客户经理本人审批",
  },
  classes: {
    A: "A：风险很低，每12个月复评",
    B: "B：风险较低，每6个月复评",
    C: "C：风险中等，每3个月复评",
    D: "D：风险较高，每月复评",
    E: "E：风险很高，仅限预付款或有担保交易",
  },
  trends: { improving: "改善", stable: "稳定", worsening: "恶化" },
  fileItems: {
    registration: "工商注册资料",
    "financial-statements": "近期财务报表",
    "credit-report": "信用报告",
    "signed-terms": "已签署的销售条款",
    "guarantee-or-insurance": "担保或信用保险",
  },
  fields: {
    workingCapital: "营运资本",
    retainedEarnings: "留存收益",
    ebit: "息税前利润",
    totalAssets: "资产总额",
    totalLiabilities: "负债总额",
    equity: "所有者权益",
    sales: "销售收入",
    currentAssets: "流动资产",
    currentLiabilities: "流动负债",
  },
  ratingColumn: "外部评级",
  badFinancials: (customer, field, reason, neutral) =>
    `客户 ${customer}：${field}${reason === "not-positive" ? "必须大于0" : "不是有效数字"}，无法计算Z值。` +
    `财务能力部分按中性值 ${neutral} 计分；请更正报表数据。`,
  unreadableRating: (customer, rating, neutral) =>
    `客户 ${customer}：外部评级“${rating}”既不是评级机构等级（AAA至D），也不是0至100的评分。` +
    `外部评价部分按中性值 ${neutral} 计分。`,
};

export const CUSTOMER_STRINGS: Record<CustomerLocale, CustomerStrings> = {
  "en-US": EN_US,
  "zh-CN": ZH_CN,
};
