/**
 * One run of the pane: progress through three steps, cancellation between steps, and the figures
 * and issues the pane shows afterwards. Shared by the task pane and the preview page.
 */
import { analyzeWorkbook, type WorkbookRun } from "../app/analyze-workbook";
import { readPreviousState } from "../io/previous";
import type { Day } from "../engine/dates";
import type { Issue } from "../engine/issues";
import type { RawWorkbook } from "../io/raw";
import type { GradeCode } from "../engine/assessment/types";
import { analysisToJson } from "../report/json";
import { overridesFromOptions, type PaneLocale, type PaneOptions } from "./options";

export const RUN_STEPS = ["reading", "analysing", "writing"] as const;
export type RunStep = (typeof RUN_STEPS)[number];

/** Thrown at the next step boundary after the user pressed Cancel. */
export class RunCancelled extends Error {
  constructor() {
    super("The run was cancelled.");
    this.name = "RunCancelled";
  }
}

/** Thrown when the run cannot start, with a message for the user, e.g. no file is chosen. */
export class RunRejected extends Error {
  override name = "RunRejected";
}

/** Progress and cancellation of one run. The pipeline calls `enter` before each step. */
export class RunControl {
  private cancelRequested = false;

  constructor(private readonly onStep: (step: RunStep) => void) {}

  cancel(): void {
    this.cancelRequested = true;
  }

  get cancelled(): boolean {
    return this.cancelRequested;
  }

  /**
   * Reports the step, then yields to the browser so that the progress bar repaints and a click on
   * Cancel is handled. Throws `RunCancelled` when Cancel was pressed before or during the yield.
   */
  async enter(step: RunStep): Promise<void> {
    if (this.cancelRequested) throw new RunCancelled();
    this.onStep(step);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.cancelRequested) throw new RunCancelled();
  }
}

export interface RunRequest {
  asOf: Day;
  options: PaneOptions;
}

/** The figures of the summary cards, amounts in the base currency's units rounded to cents. */
export interface RunSummary {
  baseCurrency: string;
  total: number;
  overdueRatio: number | null;
  dso: number | null;
  /** Grade of the self-assessment; null without an Assessment sheet. */
  grade: GradeCode | null;
  borrowingBase: number;
}

export interface RunOutcome {
  summary: RunSummary;
  /** Language of the issue messages and the report. */
  locale: PaneLocale;
  issues: Issue[];
  /** False when nothing could be read, so no report was written. */
  reportWritten: boolean;
  /** Saves the report as a file; set in the preview only. */
  download?: () => void;
}

/** Analyses a raw workbook between the "analysing" and "writing" steps. */
export async function analyseForPane(
  raw: RawWorkbook,
  request: RunRequest,
  control: RunControl,
  target: { copyInputs?: boolean } = {},
): Promise<WorkbookRun> {
  await control.enter("analysing");
  const run = analyzeWorkbook(raw, {
    ...target,
    asOf: request.asOf,
    locale: request.options.language,
    overrides: overridesFromOptions(request.options),
    // A workbook that already holds a report keeps its history and the user's edits.
    previous: readPreviousState(raw),
  });
  await control.enter("writing");
  return run;
}

export function summarize(run: WorkbookRun): RunSummary {
  const json = analysisToJson(run.analysis) as {
    baseCurrency: string;
    aging: { total: number };
    kpis: { dso: number | null; overdueRatio: number | null };
    financing: { borrowingBase: number };
  };
  const assessment = run.analysis.assessment;
  return {
    baseCurrency: json.baseCurrency,
    total: json.aging.total,
    overdueRatio: json.kpis.overdueRatio,
    dso: json.kpis.dso,
    grade: assessment ? assessment.result.grade : null,
    borrowingBase: json.financing.borrowingBase,
  };
}

/**
 * Returns the range an issue points at: `C5` for a cell, `5:5` for a whole row, or undefined when
 * the issue concerns a whole sheet or names a column by its header text only.
 */
export function issueAddress(issue: Issue): string | undefined {
  if (issue.row <= 0) return undefined;
  if (/^[A-Z]{1,3}$/.test(issue.column)) return `${issue.column}${issue.row}`;
  return issue.column === "" ? `${issue.row}:${issue.row}` : undefined;
}
