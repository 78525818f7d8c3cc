/**
 * Excel table parts (`xl/tables/tableN.xml`). exceljs 4.4's streaming writer has no `addTable`, so
 * the report writes the table part itself and links it from the sheet through `<tableParts>`.
 */
import type { CellModel, SheetRows, TableModel } from "../report/model";
import { escapeXml, rangeAddress } from "./xlsx-xml";

/** A table ready to write: its column names are also written into the header cells, which must match. */
export interface TablePlan {
  model: TableModel;
  columnNames: string[];
}

const MAX_NAME_LENGTH = 255;

/**
 * Checks a table and derives its column names from the header row. Returns undefined for a table
 * without data rows, which Excel does not accept: the header cells are then written as plain cells.
 * Throws when the name is invalid or already used, because table names come from the report code.
 */
export function planTable(
  table: TableModel,
  rows: SheetRows,
  usedNames: Set<string>,
): TablePlan | undefined {
  checkTableName(table.name, usedNames);
  const { top, bottom, left, right } = table.range;
  if (bottom < top || right < left || top < 0 || left < 0) {
    throw new Error(`Invalid range for table "${table.name}": ${JSON.stringify(table.range)}.`);
  }
  usedNames.add(table.name.toLowerCase());

  const dataRows = bottom - top - (table.totalsRow ? 1 : 0);
  // NOTE: a table with only a header (and totals) row is written as plain cells, without filters.
  if (dataRows < 1) return undefined;

  const header = rows.at(top) ?? [];
  const seen = new Set<string>();
  const columnNames: string[] = [];
  for (let col = left; col <= right; col++) {
    const name = uniqueColumnName(headerText(header[col] ?? null, col - left), seen);
    seen.add(name.toLowerCase());
    columnNames.push(name);
  }
  return { model: table, columnNames };
}

/** Builds the table part XML. `id` is unique in the workbook. */
export function tableXml(plan: TablePlan, id: number, rows: SheetRows): string {
  const { model, columnNames } = plan;
  const { top, bottom, left, right } = model.range;
  const ref = rangeAddress(model.range);
  const filterRef = rangeAddress({
    top,
    left,
    right,
    bottom: model.totalsRow ? bottom - 1 : bottom,
  });
  const name = escapeXml(model.name);
  const totals = model.totalsRow ? (rows.at(bottom) ?? []) : undefined;

  const columns = columnNames.map((columnName, index) => {
    const total = totals ? totalsAttributes(totals[left + index] ?? null) : { attrs: "", body: "" };
    const open = `<tableColumn id="${index + 1}" name="${escapeXml(columnName)}"${total.attrs}`;
    return total.body ? `${open}>${total.body}</tableColumn>` : `${open}/>`;
  });

  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" ` +
    `name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1"` +
    (model.totalsRow ? ` totalsRowCount="1"` : ` totalsRowShown="0"`) +
    `><autoFilter ref="${filterRef}"/>` +
    `<tableColumns count="${columnNames.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(model.style)}" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Describes a totals-row cell to Excel: a text label, or the report's own formula. */
function totalsAttributes(cell: CellModel | null): { attrs: string; body: string } {
  if (cell?.formula) {
    const formula = escapeXml(cell.formula.replace(/^=/, ""));
    return {
      attrs: ` totalsRowFunction="custom"`,
      body: `<totalsRowFormula>${formula}</totalsRowFormula>`,
    };
  }
  if (typeof cell?.value === "string" && cell.value !== "") {
    return { attrs: ` totalsRowLabel="${escapeXml(cell.value)}"`, body: "" };
  }
  return { attrs: "", body: "" };
}

function headerText(cell: CellModel | null, index: number): string {
  const text = cell?.value === null || cell?.value === undefined ? "" : String(cell.value);
  const clean = text.replace(/[\r\n\t]+/g, " ").trim();
  return clean === "" ? `Column${index + 1}` : clean;
}

function uniqueColumnName(name: string, seen: Set<string>): string {
  if (!seen.has(name.toLowerCase())) return name;
  let suffix = 2;
  while (seen.has(`${name}${suffix}`.toLowerCase())) suffix++;
  return `${name}${suffix}`;
}

function checkTableName(name: string, usedNames: Set<string>): void {
  const validChars = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && name.length <= MAX_NAME_LENGTH;
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R\d*C\d*|R|C)$/i.test(name);
  if (!validChars || looksLikeReference) {
    throw new Error(
      `Invalid table name "${name}": use letters, digits, "_" and ".", start with a letter or "_", and do not use a cell reference.`,
    );
  }
  if (usedNames.has(name.toLowerCase())) {
    throw new Error(`Duplicate table name "${name}": table names must be unique in the workbook.`);
  }
}
