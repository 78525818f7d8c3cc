/** Sheet names as Excel accepts them: 1 to 31 characters, none of `: \ / ? * [ ]`, unique ignoring case. */

export const MAX_SHEET_NAME_LENGTH = 31;
const INVALID_CHARS = /[:\\/?*[\]]/;
const INVALID_CHARS_GLOBAL = /[:\\/?*[\]]/g;

/** Returns why Excel would reject a sheet name, or undefined when it is valid. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > MAX_SHEET_NAME_LENGTH)
    return "it must have 1 to 31 characters";
  if (INVALID_CHARS.test(name)) return "it must not contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'"))
    return "it must not start or end with an apostrophe";
  return undefined;
}

/** Turns any text into a valid sheet name: invalid characters become `_`, the rest is cut to 31 characters. */
export function sanitizeSheetName(name: string): string {
  const clean = name
    .replace(INVALID_CHARS_GLOBAL, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = clean.slice(0, MAX_SHEET_NAME_LENGTH).trim();
  return cut === "" ? "Sheet" : cut;
}

/** The sheet names of one workbook, compared without case as Excel does. */
export class SheetNames {
  private readonly used = new Set<string>();

  has(name: string): boolean {
    return this.used.has(name.toLowerCase());
  }

  /** Takes a name that must be valid and free; a clash here is an error in the report code. */
  reserve(name: string): string {
    const problem = sheetNameProblem(name);
    if (problem) throw new Error(`Invalid sheet name "${name}": ${problem}.`);
    if (this.has(name))
      throw new Error(`Duplicate sheet name "${name}": sheet names must be unique.`);
    this.used.add(name.toLowerCase());
    return name;
  }

  /**
   * Takes `name` when free, else `name (input)`, then `name (input 2)`, ..., shortening `name` so
   * the result stays within 31 characters.
   */
  reserveWithSuffix(name: string, label: string): string {
    const base = sanitizeSheetName(name);
    for (let attempt = 1; ; attempt++) {
      const suffix = nameSuffix(label, attempt);
      const stem = base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd();
      const candidate = `${stem}${suffix}`;
      if (!this.has(candidate)) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }
}

/** Returns the suffix of the n-th attempt: none, then ` (input)`, then ` (input 2)`, ... */
function nameSuffix(label: string, attempt: number): string {
  if (attempt === 1) return "";
  if (attempt === 2) return ` (${label})`;
  return ` (${label} ${attempt - 1})`;
}
