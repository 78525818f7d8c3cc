/// <reference types="office-js" />
/**
 * Writes sheet models into the open workbook. Syncs: two to find existing sheets and markers, one
 * more when edited user columns must be carried over, one per write batch and one for tables,
 * charts and print settings, so the count grows with the payload, never with each row.
 */
import type { SheetModel } from "../report/model";
import { cellBlock, modelWidth, styleRuns } from "./office-cells";
import { planWriteBatches, WRITE_BUDGET_BYTES, type RowSlice } from "./office-chunks";
import { queueDecorations } from "./office-decorate";
import { loadWorkbookState, loadReplacedRows, type WorkbookState } from "./office-state";
import { META_SHEET, queueMarkerProperty, queueMetaSheet } from "./office-markers";
import { ALIGNMENTS, applyStyle, columnWidthPoints } from "./office-styles";
import {
  hostExcelApiSupport,
  supportedFeatures,
  type ExcelApiSupport,
  type Feature,
} from "./office-support";
import { planTargets, type SheetTarget } from "./office-targets";
import { carryUserColumns } from "./office-user-columns";

export interface WriteOptions {
  /** Write date cells as serials of the 1904 date system, as `readWorkbookTables` reported. */
  date1904?: boolean;
  support?: ExcelApiSupport;
  /** Estimated bytes per request; the default stays below Office's 5 MB limit with a margin. */
  budgetBytes?: number;
}

export interface WrittenSheet {
  marker: string;
  name: string;
  /** Name of the earlier output sheet this one replaced. */
  replaced?: string;
}

export interface WriteResult {
  sheets: WrittenSheet[];
  /** Number of write batches, each one request of at most `budgetBytes`. */
  batches: number;
}

type Features = Record<Feature, boolean>;

function queueColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, col) => {
    if (width > 0)
      sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth =
        columnWidthPoints(width);
  });
}

/** Queues deleting replaced sheets and adding the new ones, marked, at the old positions. */
function queueNewSheets(
  context: Excel.RequestContext,
  models: readonly SheetModel[],
  targets: readonly SheetTarget[],
  state: WorkbookState,
  features: Features,
): Excel.Worksheet[] {
  const worksheets = context.workbook.worksheets;
  const sheets = targets.map((target, i) => {
    const old = state.sheets.find((sheet) => sheet.name === target.replaces);
    if (old) worksheets.getItem(old.name).delete();
    const sheet = worksheets.add(target.name);
    if (old) sheet.position = old.position;
    if (features.customProperties) queueMarkerProperty(sheet, models[i]!.marker);
    queueColumnWidths(sheet, models[i]!.columnWidths);
    return sheet;
  });

  if (!features.customProperties) {
    const markers = new Map(state.markers);
    for (const target of targets) if (target.replaces) markers.delete(target.replaces);
    targets.forEach((target, i) => markers.set(target.name, models[i]!.marker));
    queueMetaSheet(
      context,
      markers,
      state.sheets.some((sheet) => sheet.name === META_SHEET),
    );
  }
  return sheets;
}

/** Queues the values, formats, formulas, styles and links of one row slice. */
function queueSlice(
  sheet: Excel.Worksheet,
  model: SheetModel,
  slice: RowSlice,
  width: number,
  date1904: boolean,
): void {
  if (width === 0) return;
  const block = cellBlock(model, slice.start, slice.count, width, date1904);
  const range = sheet.getRangeByIndexes(slice.start, 0, slice.count, width);
  // The text format must be in place before the values, or Excel evaluates text such as "=1+1".
  range.numberFormat = block.numberFormat;
  range.values = block.values;
  if (block.formulas) range.formulas = block.formulas;

  for (let r = slice.start; r < slice.start + slice.count; r++) {
    const row = model.rows.at(r);
    if (!row) continue;
    for (const run of styleRuns(row, r))
      applyStyle(sheet.getRangeByIndexes(r, run.col, 1, run.count).format, run.style);
    row.forEach((cell, c) => {
      // NOTE: one range operation per aligned or indented cell, like the links below.
      if (cell?.align)
        sheet.getRangeByIndexes(r, c, 1, 1).format.horizontalAlignment = ALIGNMENTS[cell.align];
      if (cell?.indent) sheet.getRangeByIndexes(r, c, 1, 1).format.indentLevel = cell.indent;
      if (cell?.link) {
        const text = cell.value === null ? "" : String(cell.value);
        sheet.getRangeByIndexes(r, c, 1, 1).hyperlink = {
          documentReference: cell.link,
          textToDisplay: text,
        };
      }
    });
  }
}

/**
 * Writes each model to its own sheet. A sheet that carries the model's marker is replaced; a
 * user's sheet with the same name is kept and the new sheet gets a suffix such as " (2)". Sheets
 * without a marker, the input sheets among them, are never changed. The caller owns `Excel.run`.
 */
export async function writeSheetModels(
  context: Excel.RequestContext,
  models: readonly SheetModel[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const features = supportedFeatures(options.support ?? hostExcelApiSupport());
  const date1904 = options.date1904 ?? false;
  const state = await loadWorkbookState(context, features);
  const targets = planTargets(models, state.existing);
  const oldRows = await loadReplacedRows(context, models, targets);
  const finals = models.map((model, i) => carryUserColumns(model, oldRows[i] ?? []));

  const widths = finals.map(modelWidth);
  const planned = planWriteBatches(finals, widths, options.budgetBytes ?? WRITE_BUDGET_BYTES);
  const batches = planned.length > 0 ? planned : [[]];
  const application = context.workbook.application;
  const restoreCalculation = () => {
    if (features.calculationMode) application.calculationMode = state.calculationMode;
  };

  let sheets: Excel.Worksheet[] = [];
  try {
    for (const [index, batch] of batches.entries()) {
      if (features.suspendScreenUpdating) application.suspendScreenUpdatingUntilNextSync();
      if (index === 0) {
        if (features.calculationMode) application.calculationMode = "Manual";
        sheets = queueNewSheets(context, finals, targets, state, features);
      }
      for (const slice of batch)
        queueSlice(
          sheets[slice.sheet]!,
          finals[slice.sheet]!,
          slice,
          widths[slice.sheet]!,
          date1904,
        );
      await context.sync();
    }
  } catch (error) {
    restoreCalculation();
    // The write error is the one to report; a failure to restore the mode would only hide it.
    await context.sync().catch(() => undefined);
    throw error;
  }

  // Operations before a failing one in a batch still run, so the mode is restored first.
  restoreCalculation();
  queueDecorations(finals, sheets, state.tableNames(targets), features.pageLayout);
  sheets[0]?.activate();
  await context.sync();

  return {
    sheets: targets.map((target, i) => ({ marker: models[i]!.marker, ...withReplaced(target) })),
    batches: batches.length,
  };
}

function withReplaced(target: SheetTarget): { name: string; replaced?: string } {
  return target.replaces ? { name: target.name, replaced: target.replaces } : { name: target.name };
}
