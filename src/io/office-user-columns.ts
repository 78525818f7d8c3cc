/**
 * Keeps what the user typed into an output sheet's editable columns when a re-run replaces the
 * sheet: rows are matched on the model's key column. Pure.
 */
import type { CellModel, SheetModel } from "../report/model";
import { mapRows } from "../report/rows";

function keyText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  return String(value).trim();
}

/**
 * Returns a copy of `model` whose user columns hold the values found in `oldRows` (the replaced
 * sheet's values from A1) for the same key. A user value that is blank in the old sheet leaves
 * the new cell as the model wrote it, and header rows are never
 * overwritten, so a re-run in another language keeps its own headers. Rows whose key no longer appears are dropped with the sheet.
 */
export function carryUserColumns(
  model: SheetModel,
  oldRows: readonly (readonly unknown[])[],
): SheetModel {
  const spec = model.userColumns;
  if (!spec || oldRows.length === 0) return model;

  const edits = new Map<string, readonly unknown[]>();
  for (const row of oldRows) {
    const key = keyText(row[spec.key]);
    if (key !== undefined && !edits.has(key)) edits.set(key, row);
  }

  const rows = mapRows(model.rows, (row) => {
    const keyCell = row[spec.key];
    if (keyCell?.style === "header") return row;
    const key = keyText(keyCell?.value);
    const old = key === undefined ? undefined : edits.get(key);
    if (!old) return row;

    const copy = [...row];
    for (const column of spec.columns) {
      const value = old[column];
      if (value === null || value === undefined || value === "") continue;
      const kept: CellModel = {
        ...(copy[column] ?? { value: null }),
        value: value as CellModel["value"],
      };
      copy[column] = kept;
    }
    return copy;
  });

  return { ...model, rows };
}
