/**
 * Runs the built `credit-desk` command as a user does, and reads the report files it writes with
 * exceljs. The command is rebuilt first when a source file is newer than the build.
 */
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "credit-desk.js");
const BUILT = path.join(ROOT, "dist", "cli", "main.js");
const BUILD_SOURCES = ["engine", "io", "report", "cli", "i18n", "app"].map((folder) =>
  path.join(ROOT, "src", folder),
);

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    const time = entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Lock file that keeps test files in parallel jest workers from building at the same time. */
const BUILD_LOCK = path.join(os.tmpdir(), "credit-desk-cli-build.lock");
const LOCK_TIMEOUT_MS = 180_000;

function isBuildStale(): boolean {
  const built = fs.existsSync(BUILT) ? fs.statSync(BUILT).mtimeMs : 0;
  const sources = Math.max(...BUILD_SOURCES.filter(fs.existsSync).map(newestChange));
  return built <= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the build lock, removing one left behind by a build that ended without releasing it. */
function acquireBuildLock(): void {
  for (;;) {
    try {
      fs.closeSync(fs.openSync(BUILD_LOCK, "wx"));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age > LOCK_TIMEOUT_MS) fs.rmSync(BUILD_LOCK, { force: true });
    else sleep(200);
  }
}

/**
 * Builds the command line unless `dist` is newer than every source file it is built from, so
 * the command the tests spawn runs the code under test.
 */
export function ensureCliBuilt(): void {
  // The check itself waits for the lock: while another worker builds, `dist` may look up to date
  // before every file is written.
  acquireBuildLock();
  try {
    if (!isBuildStale()) return;
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  } catch {
    // tsc still emits when files that are being edited elsewhere fail to type-check.
  } finally {
    fs.rmSync(BUILD_LOCK, { force: true });
  }
}

export function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ status: 0, stdout, stderr });
          return;
        }
        resolve({ status: typeof error.code === "number" ? error.code : null, stdout, stderr });
      },
    );
  });
}

/** The parts of the `--json` document these tests read. */
export interface AnalysisJson {
  asOf: string;
  aging: { total: number };
  kpis: { dso: number | null; overdueRatio: number | null };
  financing: { borrowingBase: number };
  provision: { total: number };
  assessment: { score: number; grade: string } | null;
  collections: { items: number; disputes: number };
  improvementActions: number;
  issues: { code: string; severity: string; sheet: string; message: string }[];
  report: string | null;
  [key: string]: unknown;
}

/** Parses stdout as the one JSON document `--json` prints. */
export function jsonOf(run: CliRun): AnalysisJson {
  const lines = run.stdout.split("\n").filter((line) => line.trim() !== "");
  if (lines.length !== 1)
    throw new Error(`expected one JSON line on stdout, got: ${run.stdout}\n${run.stderr}`);
  return JSON.parse(lines[0]!);
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Returns the plain value of a cell: a formula's result, rich text joined, a hyperlink's text. */
export function plainValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  if ("result" in object) return object.result;
  if (Array.isArray(object.richText)) {
    return (object.richText as { text: string }[]).map((part) => part.text).join("");
  }
  if ("text" in object) return object.text;
  return value;
}

/** Finds the 1-based number of the first row whose cells include `header`. */
export function headerRowOf(sheet: ExcelJS.Worksheet, header: string): number {
  for (let number = 1; number <= Math.min(sheet.rowCount, 30); number++) {
    const values = (sheet.getRow(number).values as unknown[]).slice(1);
    if (values.includes(header)) return number;
  }
  throw new Error(`no row in ${sheet.name} has the header ${header}`);
}

/** Maps each header text of a header row to its 1-based column number. */
export function columnsOf(sheet: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => columns.set(String(plainValue(cell)), column));
  return columns;
}

/** Finds the row below `headerRow` whose `keyColumn` contains `key`. */
export function rowWithKey(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  keyColumn: number,
  key: string,
): ExcelJS.Row {
  for (let number = headerRow + 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (String(plainValue(row.getCell(keyColumn))) === key) return row;
  }
  throw new Error(`no row in ${sheet.name} has the key ${key}`);
}
