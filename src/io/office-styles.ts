/// <reference types="office-js" />
/** Report cell styles as Office.js range formats, matching the colours of the file writer. */
import type { CellModel, CellStyle } from "../report/model";

interface StyleParts {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
}

const GREY = "#595959";
const BORDER = "#808080";

const STYLE_PARTS: Record<CellStyle, StyleParts> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: GREY },
  header: { bold: true, fill: "#DDEBF7", borderBottom: true },
  total: { bold: true, borderTop: true },
  note: { color: GREY },
  label: { bold: true },
  warning: { fill: "#F8CBAD" },
  good: { fill: "#C6EFCE" },
};

/** Office.js horizontal alignments of the report's cell alignments. */
export const ALIGNMENTS = {
  left: "Left",
  right: "Right",
  center: "Center",
} as const satisfies Record<NonNullable<CellModel["align"]>, `${Excel.HorizontalAlignment}`>;

/** Queues the format of a named style on a range. */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const parts = STYLE_PARTS[style];
  if (parts.bold) format.font.bold = true;
  if (parts.italic) format.font.italic = true;
  if (parts.size) format.font.size = parts.size;
  if (parts.color) format.font.color = parts.color;
  if (parts.fill) format.fill.color = parts.fill;
  if (parts.borderTop) setEdge(format, "EdgeTop");
  if (parts.borderBottom) setEdge(format, "EdgeBottom");
}

function setEdge(format: Excel.RangeFormat, edge: "EdgeTop" | "EdgeBottom"): void {
  const border = format.borders.getItem(edge);
  border.style = "Continuous";
  border.color = BORDER;
}

/**
 * Converts a column width in characters of the default font (as in the file format) to points,
 * which Office.js uses: a character of 11-point Calibri is 7 pixels plus 5 pixels of padding,
 * and a pixel is 0.75 points at 96 dpi.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
