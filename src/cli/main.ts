/** The `credit-desk` command: analyse, lender pack, demo and template, printing results on stdout and diagnostics on stderr. */
import fs from "node:fs";
import path from "node:path";

import {
  analyzePrepared,
  prepareWorkbook,
  type PreparedWorkbook,
  type WorkbookRunOptions,
} from "../app/analyze-workbook";
import type { Analysis } from "../engine/analyze";
import { dayFromUtcDate, isoFromDay } from "../engine/dates";
import { hasErrors, type Issue } from "../engine/issues";
import type { PreviousState } from "../engine/previous";
import { messagesFor, type Locale } from "../i18n/messages";
import { loadFile } from "../io/load";
import { REPORT_META } from "../app/report-file";
import { analysisToJson } from "../report/json";
import { HELP, UsageError, parseCli, type CliOptions } from "./args";
import { VERSION } from "../version";
import { progressReporter } from "./progress";
import { summaryLines } from "./summary";
import { LENDER_PACK_TITLE, writeLenderPackFile, writeReportFile, writeTemplate } from "./output";
import { previousStateFor, readExistingFile } from "./previous-source";
import { checkReplaceable } from "./replace-guard";

/** The sample workbook shipped with the package, analysed by `credit-desk demo`. */
export const SAMPLE_WORKBOOK = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const SAMPLE_AS_OF = "2026-06-30";

function readingOptions(
  options: CliOptions,
): Pick<WorkbookRunOptions, "dateOrder" | "decimalMark"> {
  const reading: Pick<WorkbookRunOptions, "dateOrder" | "decimalMark"> = {};
  if (options.dateOrder) reading.dateOrder = options.dateOrder;
  if (options.decimalMark) reading.decimalMark = options.decimalMark;
  return reading;
}

/** Rejects a template path that exists, because it may be a workbook the user already filled in. */
function checkNewWorkbookPath(file: string): void {
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError(
      `Template file ${file} must end in .xlsx, because the template is an Excel workbook.`,
    );
  }
  if (fs.existsSync(file)) {
    throw new UsageError(
      `${file} already exists and is left unchanged. Choose a new file name for the template.`,
    );
  }
}

function defaultReportPath(input: string, asOf: string, kind: "report" | "lender-pack"): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-${kind}-${asOf}.xlsx`);
}

/** True when both paths name one file, also through a symbolic or hard link or a differently cased name. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  if (!fs.existsSync(a) || !fs.existsSync(b)) return false;
  const first = fs.statSync(a);
  const second = fs.statSync(b);
  return first.dev === second.dev && first.ino === second.ino;
}

/** Rejects an output path whose folder is missing or that is itself a folder, before any work is done. */
function checkOutputPath(out: string, flag: string): void {
  const folder = path.dirname(path.resolve(out));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UsageError(
      `${flag} ${out}: folder ${folder} not found. Create it or choose another path.`,
    );
  }
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
    throw new UsageError(`${flag} ${out} is a folder. Give a file name such as report.xlsx.`);
  }
}

/** File-system failures (permission denied, disk full) carry a code such as EACCES; programmer errors do not. */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

function printIssues(issues: readonly Issue[]): void {
  for (const issue of issues.slice(0, 50)) {
    const where = [issue.sheet, issue.row ? `row ${issue.row}` : "", issue.column]
      .filter(Boolean)
      .join(" ");
    process.stderr.write(`${issue.severity}: ${where}: ${issue.message}\n`);
  }
  if (issues.length > 50)
    process.stderr.write(
      `... and ${issues.length - 50} more issues (all are listed in the report)\n`,
    );
}

function printSummary(analysis: Analysis, locale: Locale, out: string | undefined): void {
  process.stdout.write(`${summaryLines(analysis, locale, out).join("\n")}\n`);
}

type ExistingFile = Awaited<ReturnType<typeof readExistingFile>>;

/**
 * Reads the file at `out` and stops the run unless a report titled `title` may replace it. The
 * file read is passed on, not kept, so its rows are freed once the previous state is taken.
 */
async function replaceableOutput(out: string, title: string): Promise<ExistingFile> {
  const existing = await readExistingFile(out);
  checkReplaceable(out, existing, title);
  return existing;
}

/** The parts of the input file that the analysis needs, without the raw rows. */
interface ReadInput {
  prepared: PreparedWorkbook;
  previous: PreviousState;
  /** Reason the file could not be read, when it could not. */
  issue?: Issue;
  /** False when the file was not a readable workbook or CSV. */
  loaded: boolean;
}

/**
 * Reads the input file into records, the previous state and compact copies of the input sheets.
 * The raw workbook goes out of scope on return, so its rows are freed before the analysis runs.
 */
async function readInput(
  file: string,
  options: CliOptions,
  existing: ExistingFile,
  progress: ReturnType<typeof progressReporter>,
): Promise<ReadInput> {
  const loaded = await loadFile(file, {
    messages: messagesFor(options.locale),
    onProgress: (fraction: number) => progress.update("Reading", fraction),
  });
  const raw = loaded.workbook ?? {
    source: path.basename(file),
    sheets: [],
    date1904: false,
    csv: false,
  };
  const reading = readingOptions(options);
  const previous = previousStateFor(
    raw,
    existing,
    reading.dateOrder ? { dateOrder: reading.dateOrder } : {},
  );
  // The lender pack leaves the input sheets out, so they are not copied.
  const copyInputs = options.command !== "lender-pack";
  const prepared = prepareWorkbook(raw, { locale: options.locale, ...reading, copyInputs });
  const input: ReadInput = { prepared, previous, loaded: loaded.workbook !== undefined };
  if (loaded.issue) input.issue = loaded.issue;
  return input;
}

/**
 * Reads and analyses the input file. Only the analysis, the report's sheet models and the compact
 * input copies are returned, so the records are freed before the report is written.
 */
async function readAndAnalyze(
  file: string,
  options: CliOptions,
  existing: ExistingFile,
  progress: ReturnType<typeof progressReporter>,
) {
  const input = await readInput(file, options, existing, progress);
  progress.update("Analysing", 1);
  const run = analyzePrepared(input.prepared, {
    asOf: options.asOf as number,
    locale: options.locale,
    overrides: options.overrides,
    previous: input.previous,
    ...readingOptions(options),
  });
  const { inputs, source } = input.prepared;
  return { run, inputs, source, issue: input.issue, loaded: input.loaded };
}

/** Runs `analyze`, or `lender-pack`, which writes only the lender's sheets. */
async function runAnalyze(options: CliOptions, file: string): Promise<number> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new UsageError(
      `File not found: ${file}. Give the path of an .xlsx workbook or a CSV file.`,
    );
  }
  const asOf = options.asOf as number;
  const lenderPack = options.command === "lender-pack";
  const kind = lenderPack ? "lender-pack" : "report";
  const out = options.out ?? defaultReportPath(file, isoFromDay(asOf), kind);
  if (sameFile(out, file))
    throw new UsageError(
      `--out ${out} is the input file; choose another name so the input stays unchanged.`,
    );
  checkOutputPath(out, "--out");

  const showProgress = options.progress && (process.stderr.isTTY || !options.json);
  const progress = progressReporter(showProgress);
  const title = lenderPack ? LENDER_PACK_TITLE : REPORT_META.title;
  const { run, inputs, source, issue, loaded } = await readAndAnalyze(
    file,
    options,
    await replaceableOutput(out, title),
    progress,
  );
  const analysis = run.analysis;
  if (issue) analysis.issues.unshift(issue);

  let written: string | undefined;
  if (loaded && run.readable) {
    progress.update("Writing report", 1);
    if (lenderPack) {
      await writeLenderPackFile(out, analysis, run.models, { locale: options.locale, source });
    } else {
      await writeReportFile(out, run.models, inputs);
    }
    written = out;
  }
  progress.done();

  if (options.json)
    process.stdout.write(
      `${JSON.stringify({ ...analysisToJson(analysis), report: written ?? null })}\n`,
    );
  else printSummary(analysis, options.locale, written);
  if (!options.json || !process.stderr.isTTY) printIssues(analysis.issues);
  return hasErrors(analysis.issues) ? 1 : 0;
}

export async function main(
  argv: string[],
  today = dayFromUtcDate(new Date()) as number,
): Promise<number> {
  try {
    const options = parseCli(argv, today);
    switch (options.command) {
      case "help":
        process.stdout.write(HELP);
        return 0;
      case "version":
        process.stdout.write(`credit-desk ${VERSION}\n`);
        return 0;
      case "template":
        checkOutputPath(options.file as string, "template");
        checkNewWorkbookPath(options.file as string);
        await writeTemplate(options.file as string, options.locale);
        process.stdout.write(`Template written to ${options.file}\n`);
        return 0;
      case "demo": {
        const out = options.out ?? path.join(process.cwd(), `credit-desk-demo-report.xlsx`);
        const demoArgs = ["analyze", SAMPLE_WORKBOOK, "--as-of", SAMPLE_AS_OF, "--out", out];
        if (options.json) demoArgs.push("--json");
        if (options.locale === "zh-CN") demoArgs.push("--locale", "zh-CN");
        const demo = parseCli(demoArgs, today);
        // The sample's messy cells are reported on purpose; the demo succeeds once its report is written.
        const code = await runAnalyze(demo, SAMPLE_WORKBOOK);
        return code === 1 && fs.existsSync(out) ? 0 : code;
      }
      case "analyze":
      case "lender-pack":
        return await runAnalyze(options, options.file as string);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`credit-desk: ${error.message}\nRun credit-desk --help for usage.\n`);
      return 2;
    }
    if (isFileSystemError(error)) {
      process.stderr.write(`credit-desk: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
