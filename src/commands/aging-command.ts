/**
 * The **Age receivables** ribbon command's report: the pipeline of the pane, keeping only the
 * `CD Aging` sheet, and the notice with the total and the overdue share.
 */
import { analyzeWorkbook, type WorkbookRun } from "../app/analyze-workbook";
import type { Locale } from "../i18n/messages";
import { rawFromTables } from "../io/office-raw";
import { analysisToJson } from "../report/json";
import { overridesFromOptions, type PaneOptions } from "../taskpane/options";
import type { ReportBuilder } from "./workbook-run";

/** Marker of the one sheet the ribbon command writes. */
export const AGING_MARKER = "aging";

export interface Notice {
  title: string;
  message: string;
}

const TEXT = {
  "en-US": {
    title: "CreditDesk",
    written: (total: string, overdue: string, issues: number) =>
      `CD Aging is written. Total receivables: ${total}. Overdue: ${overdue}.` +
      (issues > 0 ? ` ${issues} issues; open CreditDesk to see them.` : ""),
    unreadable:
      "No invoices could be read, so CD Aging was not written. Open CreditDesk to see the issues.",
    failed: (message: string) => `Aging failed: ${message}`,
  },
  "zh-CN": {
    title: "CreditDesk",
    written: (total: string, overdue: string, issues: number) =>
      `已写入 CD Aging。应收账款合计：${total}。逾期占比：${overdue}。` +
      (issues > 0 ? `有 ${issues} 个问题，请打开 CreditDesk 查看。` : ""),
    unreadable: "未能读取任何发票，因此未写入 CD Aging。请打开 CreditDesk 查看问题。",
    failed: (message: string) => `账龄分析失败：${message}`,
  },
} as const;

function writtenNotice(run: WorkbookRun, locale: Locale): Notice {
  const json = analysisToJson(run.analysis) as {
    baseCurrency: string;
    aging: { total: number };
    kpis: { overdueRatio: number | null };
  };
  const total = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(json.aging.total);
  const ratio = json.kpis.overdueRatio;
  const overdue =
    ratio === null
      ? "–"
      : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio);
  const text = TEXT[locale];
  return {
    title: text.title,
    message: text.written(`${json.baseCurrency} ${total}`, overdue, run.analysis.issues.length),
  };
}

/**
 * Returns the builder the command runs, with the options last used in the pane, and a function
 * that returns the notice for its last run, or for `error` when the run failed.
 */
export function agingReport(options: PaneOptions, source: string | undefined) {
  const locale = options.language;
  const overrides = overridesFromOptions(options);
  let last: WorkbookRun | undefined;
  const build: ReportBuilder = (tables, asOf) => {
    last = analyzeWorkbook(rawFromTables(tables, source), { asOf, locale, overrides });
    return last.readable ? last.models.filter((model) => model.marker === AGING_MARKER) : [];
  };

  const notice = (error?: unknown): Notice => {
    const text = TEXT[locale];
    if (error !== undefined) {
      const message = error instanceof Error ? error.message : String(error);
      return { title: text.title, message: text.failed(message) };
    }
    if (!last || !last.readable) return { title: text.title, message: text.unreadable };
    return writtenNotice(last, locale);
  };

  return { build, notice };
}
