/** The headline figures of a run: total, overdue share, DSO, assessment grade and borrowing base. */
import { Caption1, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { JSX } from "react";

import { gradeLabel } from "../report/assessment-strings";
import type { PaneLocale } from "./options";
import type { RunSummary } from "./run";
import { fill, type PaneStrings } from "./strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

function money(amount: number, currency: string, locale: PaneLocale): string {
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
  return `${currency} ${number}`;
}

function cards(summary: RunSummary, strings: PaneStrings, locale: PaneLocale) {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return [
    { label: strings.total, value: money(summary.total, summary.baseCurrency, locale) },
    {
      label: strings.overdue,
      value: summary.overdueRatio === null ? null : percent.format(summary.overdueRatio),
    },
    {
      label: strings.dso,
      value:
        summary.dso === null ? null : fill(strings.days, { days: decimal.format(summary.dso) }),
    },
    { label: strings.grade, value: summary.grade && gradeLabel(summary.grade, locale) },
    {
      label: strings.borrowingBase,
      value: money(summary.borrowingBase, summary.baseCurrency, locale),
    },
  ];
}

export interface SummaryCardsProps {
  strings: PaneStrings;
  locale: PaneLocale;
  summary: RunSummary;
}

export function SummaryCards({ strings, locale, summary }: SummaryCardsProps): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby="pane-summary-heading">
      <Subtitle2 as="h2" id="pane-summary-heading">
        {strings.summary}
      </Subtitle2>
      <ul className={styles.grid}>
        {cards(summary, strings, locale).map((card) => (
          <li key={card.label}>
            <Card size="small">
              <Caption1>{card.label}</Caption1>
              <Text className={styles.value}>{card.value ?? strings.notAvailable}</Text>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
