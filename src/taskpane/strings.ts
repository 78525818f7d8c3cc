/** Text of the pane in English and Chinese; `{name}` marks a value filled in by `fill`. */
import { z } from "zod";

import type { PaneLocale } from "./options";

const EN = {
  title: "CreditDesk",
  file: "Workbook or CSV file",
  fileHint: "Drop an .xlsx or .csv file here, or choose one.",
  fileChosen: "Chosen file: {name}",
  noFile: "Choose a workbook or CSV file first.",
  asOf: "As-of date",
  asOfInvalid: "Enter a date such as 2026-06-30.",
  options: "Options",
  basis: "Aging basis",
  fromWorkbook: "As in the workbook's Parameters sheet",
  basisDue: "Days past due",
  basisInvoice: "Days since the invoice date",
  buckets: "Buckets (days)",
  bucketsHint: "Increasing day limits such as 30,60,90. Blank keeps the workbook's.",
  bucketsInvalid: "Enter increasing whole days such as 30,60,90.",
  baseCurrency: "Base currency",
  baseCurrencyHint: "A code such as USD. Blank keeps the workbook's.",
  baseCurrencyInvalid: "Enter a three-letter currency code such as USD.",
  allocate: "Allocate unapplied cash",
  allocateNone: "Do not allocate",
  allocateOldest: "To the oldest invoices first",
  language: "Language",
  run: "Run",
  cancel: "Cancel",
  progress: "Progress",
  stepReading: "Reading the input ({step} of 3)",
  stepAnalysing: "Analysing ({step} of 3)",
  stepWriting: "Writing the report ({step} of 3)",
  doneWorkbook: "Done. The report sheets are in the workbook.",
  doneFile: "Done. Download the report to open it in Excel.",
  doneNoReport: "Nothing could be read, so no report was written. See the issues below.",
  cancelled: "The run was cancelled. Nothing was written.",
  failed: "The run failed: {message}",
  summary: "Summary",
  total: "Total receivables",
  overdue: "Overdue",
  dso: "DSO",
  days: "{days} days",
  grade: "Assessment grade",
  borrowingBase: "Borrowing base",
  notAvailable: "Not available",
  issues: "Issues ({count})",
  noIssues: "No issues: every row was read.",
  moreIssues: "{count} more issues are listed in the report.",
  severity: "Severity",
  sheet: "Sheet",
  row: "Row",
  column: "Column",
  message: "Message",
  error: "Error",
  warning: "Warning",
  goTo: "Go to {address}",
  cell: "Cell {address}",
  goToRow: "Go to row {row}",
  goToLabel: "Select {address} on sheet {sheet}",
  rerunForLanguage: "The messages are in the language of the last run. Run again to change it.",
  goToFailed: "Sheet {sheet} was not found in the workbook.",
  download: "Download report",
  previewNote: "Preview: runs in this browser on a file; nothing is uploaded anywhere.",
};

export type PaneStrings = typeof EN;

const ZH: PaneStrings = {
  title: "CreditDesk",
  file: "工作簿或 CSV 文件",
  fileHint: "将 .xlsx 或 .csv 文件拖放到此处，或选择文件。",
  fileChosen: "已选文件：{name}",
  noFile: "请先选择工作簿或 CSV 文件。",
  asOf: "截止日期",
  asOfInvalid: "请输入日期，例如 2026-06-30。",
  options: "选项",
  basis: "账龄基准",
  fromWorkbook: "按工作簿参数表",
  basisDue: "逾期天数",
  basisInvoice: "自开票日起天数",
  buckets: "账龄区间（天）",
  bucketsHint: "递增的天数，例如 30,60,90。留空则沿用工作簿设置。",
  bucketsInvalid: "请输入递增的整数天数，例如 30,60,90。",
  baseCurrency: "本位币",
  baseCurrencyHint: "货币代码，例如 CNY。留空则沿用工作簿设置。",
  baseCurrencyInvalid: "请输入三位货币代码，例如 CNY。",
  allocate: "未核销收款分配",
  allocateNone: "不分配",
  allocateOldest: "优先冲抵最早的发票",
  language: "语言",
  run: "运行",
  cancel: "取消",
  progress: "进度",
  stepReading: "正在读取输入（第 {step} 步，共 3 步）",
  stepAnalysing: "正在分析（第 {step} 步，共 3 步）",
  stepWriting: "正在生成报告（第 {step} 步，共 3 步）",
  doneWorkbook: "完成。报告工作表已写入工作簿。",
  doneFile: "完成。请下载报告并在 Excel 中打开。",
  doneNoReport: "未能读取任何数据，因此未生成报告。请查看下方问题。",
  cancelled: "已取消运行，未写入任何内容。",
  failed: "运行失败：{message}",
  summary: "摘要",
  total: "应收账款合计",
  overdue: "逾期占比",
  dso: "应收账款周转天数",
  days: "{days} 天",
  grade: "评估等级",
  borrowingBase: "可融资额度",
  notAvailable: "无",
  issues: "问题（{count}）",
  noIssues: "没有问题：所有行均已读取。",
  moreIssues: "另有 {count} 个问题列在报告中。",
  severity: "级别",
  sheet: "工作表",
  row: "行",
  column: "列",
  message: "说明",
  error: "错误",
  warning: "警告",
  goTo: "定位 {address}",
  cell: "单元格 {address}",
  goToRow: "定位第 {row} 行",
  goToLabel: "选中工作表 {sheet} 的 {address}",
  rerunForLanguage: "问题说明使用上次运行时的语言。重新运行即可切换。",
  goToFailed: "工作簿中找不到工作表 {sheet}。",
  download: "下载报告",
  previewNote: "预览：在本浏览器中处理文件，不会上传到任何地方。",
};

const tableSchema = z.object(
  Object.fromEntries(Object.keys(EN).map((key) => [key, z.string().min(1)])),
);

const TABLES: Record<PaneLocale, PaneStrings> = {
  "en-US": tableSchema.parse(EN) as PaneStrings,
  "zh-CN": tableSchema.parse(ZH) as PaneStrings,
};

export function paneStrings(locale: PaneLocale): PaneStrings {
  return TABLES[locale];
}

/** Replaces each `{name}` in `template` with its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** Picks zh-CN for any Chinese language tag and en-US otherwise. */
export function paneLocale(language: string | undefined): PaneLocale {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
