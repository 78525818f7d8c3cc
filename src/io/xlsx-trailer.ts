/**
 * The worksheet elements after `<sheetData>` that exceljs 4.4's streaming writer cannot write:
 * internal hyperlinks (it only writes external ones, one relationship each), conditional formats in
 * schema order (it puts `<hyperlinks>` before `<conditionalFormatting>`, which the schema forbids),
 * `<drawing>` and `<tableParts>`. They are written through two hooks on the worksheet writer, so a
 * large sheet is streamed once and never re-read.
 */
import type { ConditionalFormatModel } from "../report/model";
import { argbColor, escapeXml, rangeAddress } from "./xlsx-xml";

/** The parts of exceljs's streaming worksheet writer (4.4) that the hooks use. */
interface WorksheetWriterInternals {
  stream: { write(text: string): void };
  _writeDataValidations(): void;
  _writeCloseWorksheet(): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
}

/** Styles registry of the workbook writer, for the differential formats conditional formats use. */
export interface DxfRegistry {
  addDxfStyle(style: object): number;
}

const DATA_BAR_DEFAULT = "FF638EC6";
const HYPERLINKS_PER_WRITE = 2000;

/** Collects the trailing elements of one worksheet while its rows are written. */
export class SheetTrailer {
  private readonly hyperlinks: string[] = [];
  private readonly conditionalFormats: string[] = [];
  private readonly tableRelIds: string[] = [];
  private drawingRelId: string | undefined;
  private readonly relations: WorksheetWriterInternals["_sheetRelsWriter"];

  /** Hooks into a worksheet created by exceljs's `stream.xlsx.WorkbookWriter`, before any row is committed. */
  constructor(worksheet: unknown) {
    const internals = worksheet as WorksheetWriterInternals;
    if (
      typeof internals._writeDataValidations !== "function" ||
      typeof internals._writeCloseWorksheet !== "function" ||
      typeof internals._sheetRelsWriter?.addRelationship !== "function"
    ) {
      throw new Error(
        "Unsupported exceljs version: the streaming worksheet writer lacks the hooks of exceljs 4.4.",
      );
    }
    this.relations = internals._sheetRelsWriter;
    this.install(internals);
  }

  /** Adds an internal hyperlink from a cell to a location such as `'Invoices'!A12`. */
  addHyperlink(address: string, location: string, display: string): void {
    this.hyperlinks.push(
      `<hyperlink ref="${address}" location="${escapeXml(location)}" display="${escapeXml(display)}"/>`,
    );
  }

  addConditionalFormat(format: ConditionalFormatModel, styles: DxfRegistry): void {
    const priority = this.conditionalFormats.length + 1;
    const rule = ruleXml(format.rule, priority, styles);
    this.conditionalFormats.push(
      `<conditionalFormatting sqref="${rangeAddress(format.range)}">${rule}</conditionalFormatting>`,
    );
  }

  addTablePart(target: string): void {
    this.tableRelIds.push(this.relations.addRelationship({ Type: REL_TABLE, Target: target }));
  }

  setDrawing(target: string): void {
    this.drawingRelId = this.relations.addRelationship({ Type: REL_DRAWING, Target: target });
  }

  private install(internals: WorksheetWriterInternals): void {
    const writeDataValidations = internals._writeDataValidations.bind(internals);
    const writeCloseWorksheet = internals._writeCloseWorksheet.bind(internals);

    // exceljs calls _writeDataValidations after its own (here empty) hyperlinks and conditional
    // formats and before the page margins: the schema order is conditionalFormatting,
    // dataValidations, hyperlinks.
    internals._writeDataValidations = () => {
      for (const xml of this.conditionalFormats) internals.stream.write(xml);
      writeDataValidations();
      this.writeHyperlinks(internals.stream);
    };
    internals._writeCloseWorksheet = () => {
      if (this.drawingRelId) internals.stream.write(`<drawing r:id="${this.drawingRelId}"/>`);
      if (this.tableRelIds.length > 0) {
        const parts = this.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("");
        internals.stream.write(
          `<tableParts count="${this.tableRelIds.length}">${parts}</tableParts>`,
        );
      }
      writeCloseWorksheet();
    };
  }

  private writeHyperlinks(stream: WorksheetWriterInternals["stream"]): void {
    if (this.hyperlinks.length === 0) return;
    stream.write("<hyperlinks>");
    for (let start = 0; start < this.hyperlinks.length; start += HYPERLINKS_PER_WRITE) {
      stream.write(this.hyperlinks.slice(start, start + HYPERLINKS_PER_WRITE).join(""));
    }
    stream.write("</hyperlinks>");
  }
}

export const REL_TABLE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
export const REL_DRAWING =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

function ruleXml(
  rule: ConditionalFormatModel["rule"],
  priority: number,
  styles: DxfRegistry,
): string {
  if (rule.type === "dataBar") {
    const color = rule.color ? argbColor(rule.color) : DATA_BAR_DEFAULT;
    return (
      `<cfRule type="dataBar" priority="${priority}"><dataBar>` +
      `<cfvo type="min"/><cfvo type="max"/><color rgb="${color}"/></dataBar></cfRule>`
    );
  }

  const dxfId = styles.addDxfStyle(dxfStyle(rule.fill, rule.font));
  if (rule.type === "textEquals") {
    // The text becomes a quoted string literal, so it can never act as a formula.
    const literal = `"${rule.text.replace(/"/g, '""')}"`;
    return cellIsXml("equal", literal, dxfId, priority);
  }
  if (!Number.isFinite(rule.value)) {
    throw new Error(
      `Invalid conditional format threshold ${rule.value}: expected a finite number.`,
    );
  }
  return cellIsXml(rule.type, String(rule.value), dxfId, priority);
}

function cellIsXml(operator: string, formula: string, dxfId: number, priority: number): string {
  return (
    `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${operator}">` +
    `<formula>${escapeXml(formula)}</formula></cfRule>`
  );
}

function dxfStyle(fill: string, font: string | undefined): object {
  const argb = argbColor(fill);
  const style: Record<string, object> = {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } },
  };
  if (font) style.font = { color: { argb: argbColor(font) } };
  return style;
}
