/**
 * Decides where each output sheet goes: a re-run replaces the sheet that carries the same marker,
 * and a user's sheet with the wanted name is kept while the new sheet gets a suffix. Pure.
 */

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

export interface ExistingSheet {
  name: string;
  /** Marker of a CreditDesk output sheet; undefined for the user's own sheets. */
  marker?: string;
}

export interface SheetTarget {
  /** Name the new sheet gets. */
  name: string;
  /** Existing sheet that this run replaces, if any. */
  replaces?: string;
}

/** Returns `base`, or `base (2)`, `base (3)` ... whichever is not taken, cut to Excel's 31 characters. */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const fits = (name: string, suffix: string) =>
    name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  let candidate = fits(base, "");
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = fits(base, ` (${n})`);
  return candidate;
}

function findReplaced(
  model: { name: string; marker: string },
  existing: readonly ExistingSheet[],
  claimed: ReadonlySet<string>,
): ExistingSheet | undefined {
  const ours = existing.filter(
    (sheet) => sheet.marker === model.marker && !claimed.has(sheet.name),
  );
  // A copied output sheet keeps its marker; the one with the model's own name is the original.
  return ours.find((sheet) => sheet.name.toLowerCase() === model.name.toLowerCase()) ?? ours[0];
}

/** Plans the target of each model, in order. Sheet names compare case-insensitively, as in Excel. */
export function planTargets(
  models: readonly { name: string; marker: string }[],
  existing: readonly ExistingSheet[],
): SheetTarget[] {
  const claimed = new Set<string>();
  const replaced = models.map((model) => {
    const sheet = findReplaced(model, existing, claimed);
    if (sheet) claimed.add(sheet.name);
    return sheet;
  });

  const taken = new Set(
    existing.filter((sheet) => !claimed.has(sheet.name)).map((sheet) => sheet.name.toLowerCase()),
  );
  return models.map((model, i) => {
    const name = uniqueSheetName(model.name, taken);
    taken.add(name.toLowerCase());
    const old = replaced[i];
    return old ? { name, replaces: old.name } : { name };
  });
}
