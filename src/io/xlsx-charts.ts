/**
 * Native chart parts (DrawingML charts), which exceljs cannot write. Series refer to cells of the
 * sheet that shows the chart and carry cached values, so viewers draw the chart without
 * recalculating.
 */
import { isoFromDay } from "../engine/dates";
import {
  FORMATS,
  type CellModel,
  type SheetRows,
  type ChartModel,
  type ChartSeriesModel,
  type RangeModel,
} from "../report/model";
import { absoluteRangeRef, escapeXml } from "./xlsx-xml";

const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Office's default series colours, so several series stay apart in every viewer. */
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

type Rows = SheetRows;

/** Builds `xl/charts/chartN.xml` for one chart on the sheet `sheetName`. */
export function chartXml(chart: ChartModel, sheetName: string, rows: Rows): string {
  const series = chart.series.map((item, index) =>
    seriesXml(chart.type, item, index, sheetName, rows),
  );
  const axes = axesXml(chart.type, valueFormat(chart.series[0]?.values, rows));
  return (
    XML_HEADER +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING_MAIN}" xmlns:r="${NS_RELATIONSHIPS}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(chart.type, series.join(""))}${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function plotXml(type: ChartModel["type"], series: string): string {
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (type === "radar") {
    return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}${axisIds}</c:radarChart>`;
  }
  const direction = type === "bar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="80"/>${axisIds}</c:barChart>`
  );
}

function seriesXml(
  type: ChartModel["type"],
  series: ChartSeriesModel,
  index: number,
  sheetName: string,
  rows: Rows,
): string {
  const color = SERIES_COLORS[index % SERIES_COLORS.length] ?? "4472C4";
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  // Element order follows CT_RadarSer and CT_BarSer: idx, order, tx, spPr, marker or invertIfNegative, cat, val.
  const look =
    type === "radar"
      ? `<c:spPr><a:ln w="28575">${fill}</a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}</c:spPr></c:marker>`
      : `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${look}` +
    `<c:cat>${categoriesXml(series.categories, sheetName, rows)}</c:cat>` +
    `<c:val>${valuesXml(series.values, sheetName, rows)}</c:val></c:ser>`
  );
}

function categoriesXml(range: RangeModel, sheetName: string, rows: Rows): string {
  const cells = rangeCells(range, rows);
  const points = cells
    .map((cell, idx) => {
      const text = categoryText(cell);
      return text === "" ? "" : `<c:pt idx="${idx}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
    })
    .join("");
  return (
    `<c:strRef><c:f>${escapeXml(absoluteRangeRef(sheetName, range))}</c:f>` +
    `<c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache></c:strRef>`
  );
}

function valuesXml(range: RangeModel, sheetName: string, rows: Rows): string {
  const cells = rangeCells(range, rows);
  const points = cells
    .map((cell, idx) =>
      typeof cell?.value === "number" && Number.isFinite(cell.value)
        ? `<c:pt idx="${idx}"><c:v>${cell.value}</c:v></c:pt>`
        : "",
    )
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(absoluteRangeRef(sheetName, range))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(valueFormat(range, rows))}</c:formatCode>` +
    `<c:ptCount val="${cells.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function axesXml(type: ChartModel["type"], numberFormat: string): string {
  const horizontal = type === "bar";
  const common = `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/>${common}<c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS_ID}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/>${common}<c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${escapeXml(numberFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="${type === "radar" ? "cross" : "out"}"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return categoryAxis + valueAxis;
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** Returns the cells of a rectangle row by row, the order in which Excel reads a series range. */
function rangeCells(range: RangeModel, rows: Rows): (CellModel | null)[] {
  const cells: (CellModel | null)[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cellsOfRow = rows.at(row);
    for (let col = range.left; col <= range.right; col++) cells.push(cellsOfRow?.[col] ?? null);
  }
  return cells;
}

function categoryText(cell: CellModel | null): string {
  if (!cell || cell.value === null) return "";
  if (cell.date && typeof cell.value === "number") return isoFromDay(cell.value);
  return String(cell.value);
}

/** Uses the number format of the first value cell for the cache and the value axis. */
function valueFormat(range: RangeModel | undefined, rows: Rows): string {
  if (!range) return "General";
  const format = rangeCells(range, rows).find((cell) => cell?.format)?.format;
  return format ? FORMATS[format] : "General";
}

/** Builds `xl/drawings/drawingN.xml` with one two-cell anchor per chart. */
export function drawingXml(charts: { chart: ChartModel; relId: string }[]): string {
  const anchors = charts.map(({ chart, relId }, index) => {
    const { row, col, width, height } = chart.anchor;
    const marker = (c: number, r: number) =>
      `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(col, row)}</xdr:from>` +
      `<xdr:to>${marker(col + width, row + height)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${index + 2}" name="${escapeXml(`Chart ${index + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_CHART}">` +
      `<c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_RELATIONSHIPS}" r:id="${relId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    XML_HEADER +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="${NS_DRAWING_MAIN}">${anchors.join("")}</xdr:wsDr>`
  );
}

/** Builds a relationships part whose entries all have one type, numbered `rId1`, `rId2`, ... */
export function relationshipsXml(type: string, targets: string[]): string {
  const entries = targets.map(
    (target, index) =>
      `<Relationship Id="rId${index + 1}" Type="${type}" Target="${escapeXml(target)}"/>`,
  );
  return (
    XML_HEADER +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${entries.join("")}</Relationships>`
  );
}

export const REL_CHART =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
