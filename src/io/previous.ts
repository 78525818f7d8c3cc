/**
 * Reads what an earlier run left in a workbook and the user may have edited, so a re-run keeps
 * it: the improvement plan's owner, due date and status, the collections worklist's next action,
 * promise-to-pay date and note, and the assessment history. A sheet is found by the marker that
 * the hidden `CD Meta` sheet lists, or by its English or Chinese name. Columns are found by their
 * header text in either language, wherever they stand. Rows that cannot be read are skipped.
 */
import { DEFAULT_FRAMEWORK, historyRowSchema, parseGrade } from "../engine/assessment";
import type { AssessmentHistoryRow } from "../engine/assessment";
import type { WorklistEdits } from "../engine/collections";
import type { Day } from "../engine/dates";
import { parseActionKey, type PreviousPlanRow } from "../engine/improvement";
import type { PreviousState } from "../engine/previous";
import { assessmentReportStrings } from "../report/assessment-strings";
import { lenderStrings } from "../report/lender-strings";
import { reportStrings } from "../report/strings";
import { INVALID, cleanText, parseDate, parseId, parseNumber, type DateOrder } from "./coerce";
import type { RawValue } from "./coerce";
import { findReportSheet, locateColumns, type ColumnHeaders } from "./previous-sheets";
import type { RawWorkbook } from "./raw";
import { META_SHEET_NAME } from "./xlsx-meta";

export { isCreditDeskReport } from "./previous-sheets";

export interface PreviousReadOptions {
  /** Order of ambiguous numeric dates typed as text, e.g. `05/06/2026`. ISO text is always read. */
  dateOrder?: DateOrder;
}

/** The parts of a previous state whose sheets the workbook has. A part whose sheet is missing is absent. */
export type PreviousParts = Partial<PreviousState>;

const LOCALES = ["en-US", "zh-CN"] as const;

/** Collects one header text per field from the en-US and zh-CN sheet labels. */
function headersOf<Field extends string>(
  pick: (locale: (typeof LOCALES)[number]) => Record<Field, string>,
): ColumnHeaders<Field> {
  const headers = {} as ColumnHeaders<Field>;
  for (const locale of LOCALES) {
    for (const [field, text] of Object.entries(pick(locale)) as [Field, string][]) {
      (headers[field] ??= []).push(text);
    }
  }
  return headers;
}

// The improvement sheet's headers, by the column positions `src/report/improvement.ts` writes.
const PLAN_HEADERS = headersOf((locale) => {
  const headers = assessmentReportStrings(locale).improvement.headers;
  return { key: headers[0]!, owner: headers[4]!, dueDate: headers[5]!, status: headers[6]! };
});

const WORKLIST_HEADERS = headersOf((locale) => {
  const columns = lenderStrings(locale).collections.columns;
  return {
    key: columns.key,
    nextAction: columns.nextAction,
    promiseToPay: columns.promiseToPay,
    note: columns.note,
  };
});

const HISTORY_HEADERS = headersOf((locale) => {
  const [asOf, score, grade] = assessmentReportStrings(locale).history.headers;
  return { asOf, score, grade };
});

/** A history column headed by an indicator code such as `A1` or `B6`. */
const INDICATOR_CODE = /^[A-Z][0-9]{1,2}$/;

function sheetNames(pick: (locale: (typeof LOCALES)[number]) => string): string[] {
  return LOCALES.map(pick);
}

/** Names of the report sheets with a row per open item and no user columns, in lower case. */
const ITEM_SHEETS = new Set(
  [
    ...sheetNames((locale) => reportStrings(locale).sheets.aging),
    ...sheetNames((locale) => lenderStrings(locale).sheets.financing),
  ].map((name) => name.toLowerCase()),
);

/**
 * Returns whether a sheet of an earlier report may contain what a re-run carries over: `CD Meta`,
 * or any report sheet except aging and financing, which have a row per open item. A report sheet
 * the user renamed is kept because `CD Meta` may list it. Input copies are skipped.
 */
export function mayContainPreviousState(sheetName: string): boolean {
  if (sheetName === META_SHEET_NAME) return true;
  return /^CD[\s_]/i.test(sheetName) && !ITEM_SHEETS.has(sheetName.trim().toLowerCase());
}

interface CellReader {
  text(value: RawValue): string | undefined;
  date(value: RawValue): Day | undefined;
}

function cellReader(workbook: RawWorkbook, options: PreviousReadOptions): CellReader {
  return {
    text: (value) => cleanText(value),
    date: (value) => {
      const day = parseDate(value, {
        date1904: workbook.date1904,
        fallbackOrder: options.dateOrder ?? "ymd",
      });
      return day === INVALID ? undefined : day;
    },
  };
}

function readPlan(workbook: RawWorkbook, read: CellReader): PreviousPlanRow[] | undefined {
  const names = sheetNames((locale) => assessmentReportStrings(locale).sheets.improvement);
  const sheet = findReportSheet(workbook, "improvement", names);
  const located = sheet && locateColumns(sheet.rows, PLAN_HEADERS, ["key"]);
  if (!sheet || !located) return undefined;

  const { columns } = located;
  const rows: PreviousPlanRow[] = [];
  const seen = new Set<string>();
  for (const cells of sheet.rows.slice(located.headerRow + 1)) {
    const key = parseActionKey(read.text(cells[columns.key]) ?? "");
    if (!key || seen.has(`${key.indicator}/${key.actionId}`)) continue;
    seen.add(`${key.indicator}/${key.actionId}`);
    const at = (column: number | undefined) => (column === undefined ? null : cells[column]);
    rows.push({
      ...key,
      owner: read.text(at(columns.owner)),
      // A due date that is not a date keeps the new run's default, with the row's other edits.
      dueDate: read.date(at(columns.dueDate)),
      status: read.text(at(columns.status)),
    });
  }
  return rows;
}

type WorklistEditRow = WorklistEdits & { key: string };

function readWorklist(workbook: RawWorkbook, read: CellReader): WorklistEditRow[] | undefined {
  const names = sheetNames((locale) => lenderStrings(locale).sheets.collections);
  const sheet = findReportSheet(workbook, "collections", names);
  const located = sheet && locateColumns(sheet.rows, WORKLIST_HEADERS, ["key"]);
  if (!sheet || !located) return undefined;

  const { columns } = located;
  const rows: WorklistEditRow[] = [];
  const seen = new Set<string>();
  for (const cells of sheet.rows.slice(located.headerRow + 1)) {
    const key = parseId(cells[columns.key]);
    if (key === undefined || key === INVALID || seen.has(key)) continue;
    seen.add(key);
    const at = (column: number | undefined) => (column === undefined ? null : cells[column]);
    const row: WorklistEditRow = {
      key,
      nextAction: read.text(at(columns.nextAction)) ?? "",
      note: read.text(at(columns.note)) ?? "",
    };
    const promise = read.date(at(columns.promiseToPay));
    if (promise !== undefined) row.promiseToPay = promise;
    // Rows without an edit would only copy blanks, so they are left out.
    if (row.nextAction !== "" || row.note !== "" || promise !== undefined) rows.push(row);
  }
  return rows;
}

function readHistory(workbook: RawWorkbook, read: CellReader): AssessmentHistoryRow[] | undefined {
  const names = sheetNames((locale) => assessmentReportStrings(locale).sheets.history);
  const sheet = findReportSheet(workbook, "assessment-history", names);
  const located = sheet && locateColumns(sheet.rows, HISTORY_HEADERS, ["asOf", "score", "grade"]);
  if (!sheet || !located) return undefined;

  const header = sheet.rows[located.headerRow] ?? [];
  const codes = header.flatMap((value, column) => {
    const code = cleanText(value)?.toUpperCase();
    return code !== undefined && INDICATOR_CODE.test(code) ? [{ code, column }] : [];
  });
  const rows: AssessmentHistoryRow[] = [];
  for (const cells of sheet.rows.slice(located.headerRow + 1)) {
    const row = historyRow(cells, located.columns, codes, read);
    if (row && !rows.some((other) => other.asOf === row.asOf)) rows.push(row);
  }
  return rows.sort((a, b) => a.asOf - b.asOf);
}

/** Reads one history row, or returns undefined when a cell is missing or cannot be read. */
function historyRow(
  cells: readonly RawValue[],
  columns: Record<"asOf" | "score" | "grade", number>,
  codes: readonly { code: string; column: number }[],
  read: CellReader,
): AssessmentHistoryRow | undefined {
  const score = parseNumber(cells[columns.score]);
  const gradeText = read.text(cells[columns.grade]);
  const levels: Record<string, number> = {};
  for (const { code, column } of codes) {
    const level = parseNumber(cells[column]);
    // An unreadable level makes the row invalid below; a blank one means the code was not rated.
    if (level !== undefined) levels[code] = level === INVALID ? Number.NaN : level;
  }
  const parsed = historyRowSchema.safeParse({
    asOf: read.date(cells[columns.asOf]),
    score: score === INVALID ? undefined : score,
    grade: gradeText === undefined ? undefined : parseGrade(gradeText, DEFAULT_FRAMEWORK),
    levels,
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads the previous-run parts whose sheets the workbook has. A part whose sheet is missing, or
 * whose header row cannot be found, is left out, so a caller can take it from elsewhere.
 */
export function readPreviousParts(
  workbook: RawWorkbook,
  options: PreviousReadOptions = {},
): PreviousParts {
  const read = cellReader(workbook, options);
  const parts: PreviousParts = {};
  const plan = readPlan(workbook, read);
  if (plan) parts.plan = plan;
  const worklist = readWorklist(workbook, read);
  if (worklist) parts.worklist = worklist;
  const history = readHistory(workbook, read);
  if (history) parts.history = history;
  return parts;
}

/** Reads the previous state from a workbook's own report sheets; missing sheets give empty lists. */
export function readPreviousState(
  workbook: RawWorkbook,
  options: PreviousReadOptions = {},
): PreviousState {
  const parts = readPreviousParts(workbook, options);
  return { history: parts.history ?? [], plan: parts.plan ?? [], worklist: parts.worklist ?? [] };
}
