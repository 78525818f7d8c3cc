/**
 * The `CD Assessment` sheet: grade banner, the indicators grouped under A and B with subtotals,
 * a level chart against the maximum, and the change since the previous run when one is given.
 */
import type { Day } from "../engine/dates";
import { isoFromDay } from "../engine/dates";
import { DEFAULT_FRAMEWORK } from "../engine/assessment/framework";
import type { AssessmentFramework } from "../engine/assessment/framework-schema";
import { compareAssessments, type AssessmentSnapshot } from "../engine/assessment/history";
import { findingText, formatPercent } from "../engine/assessment/strings";
import type {
  AssessmentLocale,
  AssessmentResult,
  IndicatorResult,
} from "../engine/assessment/types";
import { localize } from "../engine/assessment/types";
import {
  assessmentReportStrings,
  gradeLabel,
  type AssessmentReportStrings,
} from "./assessment-strings";
import { chartBlock } from "./assessment-chart";
import { comparisonBlock } from "./assessment-comparison";
import {
  cell,
  type CellModel,
  type ConditionalFormatModel,
  type RangeModel,
  type SheetModel,
} from "./model";

export interface AssessmentSheetOptions {
  locale: AssessmentLocale;
  asOf: Day;
  /** The previous run, to show the change per indicator. */
  previous?: { asOf?: Day; snapshot: AssessmentSnapshot };
  framework?: AssessmentFramework;
}

/** Index of the header row, below the title, date, banner and notes. */
const HEADER_ROW = 5;
const LEVEL_COLUMN = 6;
const POINTS_COLUMN = 7;
/** Columns from weight to points, whose headers are right-aligned over their figures. */
const NUMERIC_COLUMNS = [2, 3, 4, 5, 6, 7];
/** Columns the grade banner fills: code to points. */
const BANNER_WIDTH = 8;
/** First column of the chart data block, right of the indicator block and a spacer column. */
const CHART_DATA_COLUMN = 10;

function indicatorName(code: string, locale: AssessmentLocale, framework: AssessmentFramework) {
  const definition = framework.indicators.find((indicator) => indicator.code === code);
  return definition ? localize(definition.name, locale) : code;
}

/** Writes the note column: the cap reason, the parts of a multi-part metric and any gaps. */
function noteFor(
  indicator: IndicatorResult,
  strings: AssessmentReportStrings,
  locale: AssessmentLocale,
  framework: AssessmentFramework,
): string {
  const definition = framework.indicators.find((candidate) => candidate.code === indicator.code);
  const metricName = (key: string) => {
    const metric = definition?.metrics.find((candidate) => candidate.key === key);
    return metric ? localize(metric.name, locale) : key;
  };
  const language = locale === "zh-CN" ? "zh" : "en";

  const notes: string[] = [];
  if (indicator.cappedBy === "metric") {
    notes.push(findingText("cappedByMetric", { checklist: indicator.checklistLevel })[language]);
  }
  if (indicator.cappedBy === "checklist") {
    notes.push(findingText("cappedByChecklist", { metric: indicator.metricLevel ?? "" })[language]);
  }
  if (indicator.measurements.length > 1) {
    for (const measured of indicator.measurements) {
      if (measured.value === undefined || measured.level === undefined) continue;
      const value = formatPercent(measured.value);
      notes.push(strings.assessment.measurement(metricName(measured.key), value, measured.level));
    }
  }
  for (const key of indicator.unmeasured)
    notes.push(strings.assessment.notMeasured(metricName(key)));
  return notes.join(locale === "zh-CN" ? "；" : "; ");
}

function indicatorRow(
  indicator: IndicatorResult,
  locale: AssessmentLocale,
  framework: AssessmentFramework,
  strings: AssessmentReportStrings,
): CellModel[] {
  return [
    cell(indicator.code),
    cell(indicatorName(indicator.code, locale, framework)),
    cell(indicator.weight, "integer"),
    cell(indicator.checklistLevel, "integer"),
    cell(indicator.metric ?? null, "percent"),
    cell(indicator.metricLevel ?? null, "integer"),
    cell(indicator.level, "integer"),
    // Centred, so the points do not run into the note that starts in the next column.
    { ...cell(indicator.points, "decimal2"), align: "center" },
    cell(noteFor(indicator, strings, locale, framework)),
  ];
}

/** Builds a subtotal or total row: label, weight and points, the other cells blank. */
function totalRow(label: string, weight: number, points: number): CellModel[] {
  const row = [cell(null, undefined, "total"), cell(label, undefined, "total")];
  row.push(cell(weight, "integer", "total"));
  for (let column = 3; column < 7; column += 1) row.push(cell(null, undefined, "total"));
  row.push(
    { ...cell(points, "decimal2", "total"), align: "center" },
    cell(null, undefined, "total"),
  );
  return row;
}

/** Builds the indicator block: a heading row per group, its indicators and its subtotal. */
function indicatorBlock(
  result: AssessmentResult,
  locale: AssessmentLocale,
  framework: AssessmentFramework,
  strings: AssessmentReportStrings,
  firstRow: number,
): { rows: CellModel[][]; levelRanges: RangeModel[] } {
  const rows: CellModel[][] = [];
  const levelRanges: RangeModel[] = [];
  for (const group of framework.groups) {
    rows.push([
      cell(group.code, undefined, "subtitle"),
      cell(localize(group.name, locale), undefined, "subtitle"),
      cell(group.weight, "integer", "subtitle"),
    ]);
    const members = result.indicators.filter((item) => item.group === group.code);
    const top = firstRow + rows.length;
    for (const indicator of members) rows.push(indicatorRow(indicator, locale, framework, strings));
    if (members.length > 0) {
      levelRanges.push({
        top,
        left: LEVEL_COLUMN,
        bottom: top + members.length - 1,
        right: LEVEL_COLUMN,
      });
    }
    const subtotal = strings.assessment.subtotal(group.code);
    rows.push(totalRow(subtotal, group.weight, result.subtotals[group.code] ?? 0));
  }
  rows.push(totalRow(strings.assessment.total, 100, result.score));
  return { rows, levelRanges };
}

/** Top rows: title, date, grade banner, gate and unanswered notes. */
function headingRows(
  result: AssessmentResult,
  options: AssessmentSheetOptions,
  framework: AssessmentFramework,
  strings: AssessmentReportStrings,
): (CellModel | null)[][] {
  const grade = gradeLabel(result.grade, options.locale, framework);
  const bannerStyle = result.grade === "financing-ready" ? "good" : "warning";
  const notes: CellModel[] = [];
  if (result.gate) {
    const gateGrade = gradeLabel(framework.gate.grade, options.locale, framework);
    notes.push(
      cell(
        strings.assessment.gate(result.gateIndicators.join(", "), gateGrade),
        undefined,
        "warning",
      ),
    );
  }
  if (result.unanswered.length > 0) {
    notes.push(cell(strings.assessment.unanswered(result.unanswered.length), undefined, "note"));
  }
  return [
    [cell(strings.assessment.title, undefined, "title")],
    [cell(strings.assessment.asOf(isoFromDay(options.asOf)), undefined, "subtitle")],
    // The banner colour spans the indicator block, so it covers the whole text.
    [
      cell(strings.assessment.banner(grade, result.score.toFixed(2)), undefined, bannerStyle),
      ...Array.from({ length: BANNER_WIDTH - 1 }, () => cell(null, undefined, bannerStyle)),
    ],
    notes[0] ? [notes[0]] : [],
    notes[1] ? [notes[1]] : [],
  ];
}

/** Builds the `CD Assessment` sheet model. */
export function assessmentSheet(
  result: AssessmentResult,
  options: AssessmentSheetOptions,
): SheetModel {
  const framework = options.framework ?? DEFAULT_FRAMEWORK;
  const strings = assessmentReportStrings(options.locale);

  const rows: (CellModel | null)[][] = headingRows(result, options, framework, strings);
  rows.push(
    strings.assessment.headers.map((text, i) => {
      const header = cell(text, undefined, "header");
      if (i === POINTS_COLUMN) header.align = "center";
      else if (NUMERIC_COLUMNS.includes(i)) header.align = "right";
      return header;
    }),
  );
  const block = indicatorBlock(result, options.locale, framework, strings, rows.length);
  rows.push(...block.rows);

  const { table, chart } = chartBlock(rows, result, strings, HEADER_ROW, CHART_DATA_COLUMN);
  const tables = [table];
  // Levels below 3 call for actions. Group and subtotal rows are left out, because Excel colours blanks.
  const conditionalFormats: ConditionalFormatModel[] = block.levelRanges.map((range) => ({
    range,
    rule: { type: "lessThan", value: 3, fill: "FFC7CE", font: "9C0006" },
  }));
  if (options.previous) {
    const comparison = compareAssessments(options.previous.snapshot, result);
    const previousAsOf = options.previous.asOf;
    const date = previousAsOf === undefined ? undefined : isoFromDay(previousAsOf);
    const placed = comparisonBlock(rows, comparison, { locale: options.locale, framework, date });
    tables.push(placed.table);
    conditionalFormats.push(...placed.formats);
  }

  return {
    name: strings.sheets.assessment,
    marker: "assessment",
    rows,
    columnWidths: [8, 44, 13, 15, 13, 13, 13, 14, 60, 3, 8, 8, 10],
    tables,
    charts: [chart],
    conditionalFormats,
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
