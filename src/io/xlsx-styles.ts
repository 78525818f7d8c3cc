/**
 * Cell styles of the report as exceljs style objects. Each combination is built once and reused:
 * exceljs keeps a style id per style object, so sharing objects keeps a 100,000-row sheet from
 * serialising a style for every cell.
 */
import { ValueType, type Borders, type Fill, type Font, type Style } from "exceljs";

import { FORMATS, type CellStyle, type FormatName } from "../report/model";

const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };
const GREY = { argb: "FF595959" };
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };

function solidFill(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/** Font, fill and border of each named cell style. */
const STYLE_PARTS: Record<CellStyle, Partial<Style>> = {
  title: { font: { ...BASE_FONT, bold: true, size: 14 } },
  subtitle: { font: { ...BASE_FONT, italic: true, color: GREY } },
  header: {
    font: { ...BASE_FONT, bold: true },
    fill: solidFill("FFDDEBF7"),
    border: { bottom: THIN } as Partial<Borders>,
  },
  total: { font: { ...BASE_FONT, bold: true }, border: { top: THIN } as Partial<Borders> },
  note: { font: { ...BASE_FONT, color: GREY } },
  label: { font: { ...BASE_FONT, bold: true } },
  warning: { fill: solidFill("FFF8CBAD") },
  good: { fill: solidFill("FFC6EFCE") },
};

const LINK_COLOR = { argb: "FF0563C1" };

/** What decides a cell's style object. */
export interface StyleKey {
  style?: CellStyle | undefined;
  /** A format name from FORMATS, or an Excel format code for copied input columns. */
  numFmt?: string | undefined;
  link?: boolean | undefined;
  align?: "left" | "right" | "center" | undefined;
  indent?: number | undefined;
}

/** Builds style objects on demand and returns the same object for the same key. */
export class StyleCache {
  private readonly styles = new Map<string, Partial<Style>>();

  get(key: StyleKey): Partial<Style> {
    const id = `${key.style ?? ""}|${key.numFmt ?? ""}|${key.link ? 1 : 0}|${key.align ?? ""}|${key.indent ?? ""}`;
    let style = this.styles.get(id);
    if (!style) {
      style = buildStyle(key);
      this.styles.set(id, style);
    }
    return style;
  }
}

function buildStyle(key: StyleKey): Partial<Style> {
  const style: Partial<Style> = key.style ? { ...STYLE_PARTS[key.style] } : {};
  if (key.numFmt) style.numFmt = key.numFmt;
  if (key.link) style.font = { ...BASE_FONT, ...style.font, color: LINK_COLOR, underline: true };
  if (key.align) style.alignment = { horizontal: key.align };
  if (key.indent) style.alignment = { horizontal: "left", ...style.alignment, indent: key.indent };
  return style;
}

/** Returns the Excel format code of a named format. */
export function formatCode(name: FormatName | undefined): string | undefined {
  return name ? FORMATS[name] : undefined;
}

/** The style registry of exceljs 4.4's streaming workbook writer (`workbook.styles`). */
export interface StyleRegistry {
  /**
   * Returns the `s` index of a style object, registering it on first use. exceljs keeps the index
   * per object, so the cell type of the first use decides a default number format.
   */
  addStyleModel(style: Partial<Style>, cellType?: ValueType): number;
}

/** Returns the style registry of a workbook created by exceljs's `stream.xlsx.WorkbookWriter`. */
export function styleRegistry(workbook: unknown): StyleRegistry {
  const registry = (workbook as { styles?: Partial<StyleRegistry> }).styles;
  if (typeof registry?.addStyleModel !== "function") {
    throw new Error(
      "Unsupported exceljs version: the streaming workbook writer lacks the style registry of exceljs 4.4.",
    );
  }
  return registry as StyleRegistry;
}

/** Returns the exceljs cell type of a constant, which decides the default number format of its style. */
export function cellType(value: string | number | boolean | Date | null | undefined): ValueType {
  if (value === null || value === undefined) return ValueType.Null;
  if (typeof value === "string") return ValueType.String;
  if (typeof value === "number")
    return Number.isFinite(value) ? ValueType.Number : ValueType.String;
  if (typeof value === "boolean") return ValueType.Boolean;
  return ValueType.Date;
}
