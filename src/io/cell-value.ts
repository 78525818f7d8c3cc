/** exceljs cell values as raw spreadsheet values; shared by the Node reader and the browser reader. */
import type { RawValue } from "./coerce";

/** Flattens an exceljs cell value: formulas to their result, rich text to plain text, errors to their code. */
export function flattenCellValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value as RawValue;
  const object = value as Record<string, unknown>;
  if ("result" in object || "formula" in object || "sharedFormula" in object) {
    return flattenCellValue(object.result);
  }
  if (Array.isArray(object.richText)) {
    return (object.richText as { text: string }[]).map((part) => part.text).join("");
  }
  if ("text" in object) return flattenCellValue(object.text);
  if ("error" in object) return String(object.error);
  return null;
}
