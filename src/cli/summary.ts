/** The summary the command line prints on stdout without --json, in English or Chinese. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { formatMoney } from "../engine/money";
import type { Locale } from "../i18n/messages";
import { displayWidth } from "../report/builder";
import { bucketLabel } from "../report/strings";

const TEXT = {
  "en-US": {
    nothingRead: "No receivables could be read, so there is no aging. The issues below say why.",
    heading: (asOf: string, currency: string) => `Receivables as of ${asOf} in ${currency}`,
    items: (count: number) => (count === 1 ? "1 item" : `${count} items`),
    unappliedCredits: "Unapplied credits",
    unappliedCash: "Unapplied cash",
    total: "Total",
    dso: (dso: string, days: number) => `DSO ${dso} days over ${days} days`,
    written: (file: string) => `Report written to ${file}`,
  },
  "zh-CN": {
    nothingRead: "未能读取任何应收账款，因此没有账龄分析。原因见下方问题列表。",
    heading: (asOf: string, currency: string) => `截至 ${asOf} 的应收账款（${currency}）`,
    items: (count: number) => `${count} 笔`,
    unappliedCredits: "未核销贷项",
    unappliedCash: "未核销收款",
    total: "合计",
    dso: (dso: string, days: number) => `应收账款周转天数 ${dso} 天（${days} 天期间）`,
    written: (file: string) => `报告已写入 ${file}`,
  },
} as const;

/** Returns the lines of the terminal summary: buckets, unapplied lines, total, DSO and the report path. */
export function summaryLines(
  analysis: Analysis,
  locale: Locale,
  out: string | undefined,
): string[] {
  const text = TEXT[locale];
  if (analysis.counts.invoices === 0) return [text.nothingRead];
  const { aging, kpis } = analysis;
  const row = (label: string, amount: number, note = "") => {
    const padding = " ".repeat(Math.max(1, 19 - displayWidth(label)));
    return `  ${label}${padding}${formatMoney(amount).padStart(18)}${note ? `  (${note})` : ""}`;
  };
  const lines = [text.heading(isoFromDay(analysis.asOf), analysis.baseCurrency)];
  for (const bucket of aging.buckets) {
    lines.push(row(bucketLabel(bucket.label, locale), bucket.amount, text.items(bucket.count)));
  }
  if (aging.unappliedCredits !== 0) lines.push(row(text.unappliedCredits, aging.unappliedCredits));
  if (aging.unappliedCash !== 0) lines.push(row(text.unappliedCash, aging.unappliedCash));
  lines.push(row(text.total, aging.total));
  if (kpis.dso !== undefined) lines.push(text.dso(kpis.dso.toFixed(1), kpis.periodDays));
  if (out) lines.push(text.written(out));
  return lines;
}
