/** The `CD KPIs` sheet: each collection KPI with its value, unit and how it is computed. */
import type { Analysis } from "../engine/analyze";
import { isoFromDay } from "../engine/dates";
import { fromMinor } from "../engine/money";
import type { Kpis } from "../engine/types";
import type { Locale } from "../i18n/messages";
import { SheetBuilder } from "./builder";
import type { CellModel } from "./model";
import { reportStrings } from "./strings";

type KpiKey = Exclude<keyof Kpis, "periodDays" | "salesInPeriod">;

const DAYS: readonly KpiKey[] = ["dso", "dsoCountback", "bestPossibleDso", "averageDaysDelinquent"];
const PERCENT_OF_ONE: readonly KpiKey[] = ["overdueRatio", "over90Ratio", "dilution"];

function valueCell(kpis: Kpis, key: KpiKey, notAvailable: string): CellModel {
  const value = kpis[key];
  if (value === undefined) return { value: notAvailable, style: "note" };
  if (DAYS.includes(key)) return { value: Number(value.toFixed(1)), format: "decimal1" };
  if (PERCENT_OF_ONE.includes(key)) return { value, format: "percent" };
  return { value: value / 100, format: "percent" };
}

export function buildKpiSheet(analysis: Analysis, locale: Locale) {
  const text = reportStrings(locale);
  const strings = text.kpis;
  const builder = new SheetBuilder(text.sheets.kpis, "kpis");
  builder.addText(strings.title(isoFromDay(analysis.asOf)), "title");
  builder.addText(strings.period(analysis.kpis.periodDays), "subtitle");
  builder.blank();

  const [salesName, salesUnit, salesHow] = strings.rows.sales as [string, string, string];
  const rows: CellModel[][] = [
    [
      { value: salesName },
      { value: fromMinor(analysis.kpis.salesInPeriod), format: "money" },
      { value: `${salesUnit} (${analysis.baseCurrency})` },
      { value: salesHow },
    ],
  ];
  for (const key of [...DAYS, "cei", ...PERCENT_OF_ONE] as KpiKey[]) {
    const [name, unit, how] = strings.rows[key] as [string, string, string];
    rows.push([
      { value: name },
      valueCell(analysis.kpis, key, strings.notAvailable),
      { value: unit },
      { value: how },
    ]);
  }
  const widths = [34, 16, 12, 70];
  builder.addTable(
    "CD_Kpis",
    strings.headers.map((header, i) => ({ header, width: widths[i] as number })),
    rows,
  );
  builder.model.freeze = { rows: 4, cols: 1 };
  builder.model.print = { orientation: "landscape", fitToWidth: true, fitToHeight: true };
  return builder.model;
}
