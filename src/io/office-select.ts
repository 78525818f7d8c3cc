/// <reference types="office-js" />
/** Selects a cell of the open workbook, for the pane's links from an issue to its cell. */

/** Activates the sheet and selects `address` (e.g. `C5` or `5:5`); returns false when the sheet is missing. */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return false;

  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
  return true;
}
