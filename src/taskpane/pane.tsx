/** The CreditDesk pane, shared by the Excel task pane and the browser preview. */
import {
  Button,
  FluentProvider,
  ProgressBar,
  Text,
  Title2,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type JSX, type ReactNode } from "react";

import { dayFromIso, isoFromDay, type Day } from "../engine/dates";
import type { Issue } from "../engine/issues";
import { IssuesList } from "./issues-list";
import { invalidOptions, type OptionStore, type PaneOptions } from "./options";
import { OptionsForm } from "./options-form";
import {
  RUN_STEPS,
  RunCancelled,
  RunControl,
  RunRejected,
  type RunOutcome,
  type RunRequest,
  type RunStep,
} from "./run";
import { fill, paneStrings, type PaneStrings } from "./strings";
import { SummaryCards } from "./summary-cards";

export { paneLocale } from "./strings";

/** The source of a run: the open workbook in Excel, an uploaded file in the preview. */
export interface PaneHost {
  /** "workbook" when the report is written into the open workbook, "file" when it is downloaded. */
  target: "workbook" | "file";
  run(request: RunRequest, control: RunControl): Promise<RunOutcome>;
  /** Selects a cell in the workbook and returns false when its sheet is missing. */
  selectCell?: (sheet: string, address: string) => Promise<boolean>;
}

export interface PaneProps {
  host: PaneHost;
  store: OptionStore;
  initialOptions: PaneOptions;
  today: Day;
  theme: Theme;
  /** Rendered above the as-of date, e.g. the preview's file picker. */
  renderSource?: (strings: PaneStrings) => ReactNode;
}

type Phase =
  | { kind: "idle" }
  | { kind: "running"; step: RunStep }
  | { kind: "done"; outcome: RunOutcome }
  | { kind: "stopped"; message: string };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const STEP_TEXT: Record<RunStep, keyof PaneStrings> = {
  reading: "stepReading",
  analysing: "stepAnalysing",
  writing: "stepWriting",
};

function statusText(phase: Phase, strings: PaneStrings, target: PaneHost["target"]): string {
  switch (phase.kind) {
    case "idle":
      return "";
    case "running":
      return fill(strings[STEP_TEXT[phase.step]], { step: RUN_STEPS.indexOf(phase.step) + 1 });
    case "stopped":
      return phase.message;
    case "done":
      if (!phase.outcome.reportWritten) return strings.doneNoReport;
      return target === "workbook" ? strings.doneWorkbook : strings.doneFile;
  }
}

function stopMessage(error: unknown, control: RunControl, strings: PaneStrings): string {
  if (error instanceof RunCancelled || control.cancelled) return strings.cancelled;
  if (error instanceof RunRejected) return error.message;
  return fill(strings.failed, { message: error instanceof Error ? error.message : String(error) });
}

export function Pane(props: PaneProps): JSX.Element {
  const { host, store } = props;
  const styles = useStyles();
  const [options, setOptions] = useState(props.initialOptions);
  const [asOf, setAsOf] = useState(isoFromDay(props.today));
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [notice, setNotice] = useState("");
  const control = useRef<RunControl | undefined>(undefined);

  const strings = paneStrings(options.language);
  const asOfDay = dayFromIso(asOf);
  const running = phase.kind === "running";
  const canRun = asOfDay !== undefined && invalidOptions(options).length === 0;

  useEffect(() => {
    document.documentElement.lang = options.language;
  }, [options.language]);

  const changeOptions = (next: PaneOptions) => {
    setOptions(next);
    store.save(next);
  };

  const run = async () => {
    if (running || asOfDay === undefined || !canRun) return;
    const current = new RunControl((step) => setPhase({ kind: "running", step }));
    control.current = current;
    setNotice("");
    setPhase({ kind: "running", step: "reading" });
    try {
      const outcome = await host.run({ asOf: asOfDay, options }, current);
      setPhase({ kind: "done", outcome });
    } catch (error) {
      setPhase({ kind: "stopped", message: stopMessage(error, current, strings) });
    }
  };

  const select = async (issue: Issue, address: string) => {
    const found = await host.selectCell?.(issue.sheet, address);
    setNotice(found === false ? fill(strings.goToFailed, { sheet: issue.sheet }) : "");
  };

  const outcome = phase.kind === "done" ? phase.outcome : undefined;
  const stepNumber = running ? RUN_STEPS.indexOf(phase.step) + 1 : 0;

  return (
    <FluentProvider theme={props.theme} lang={options.language}>
      <main className={styles.root}>
        <Title2 as="h1">{strings.title}</Title2>
        {props.renderSource?.(strings)}
        <OptionsForm
          strings={strings}
          asOf={asOf}
          asOfValid={asOfDay !== undefined}
          options={options}
          disabled={running}
          onAsOfChange={setAsOf}
          onOptionsChange={changeOptions}
        />
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={running || !canRun} onClick={run}>
            {strings.run}
          </Button>
          {running ? (
            <Button onClick={() => control.current?.cancel()}>{strings.cancel}</Button>
          ) : null}
        </div>
        {running ? (
          <ProgressBar
            value={stepNumber / RUN_STEPS.length}
            max={1}
            aria-label={strings.progress}
            aria-valuetext={statusText(phase, strings, host.target)}
          />
        ) : null}
        <Text as="p" role="status" aria-live="polite">
          {statusText(phase, strings, host.target)}
          {notice ? ` ${notice}` : ""}
        </Text>
        {outcome ? (
          <>
            <SummaryCards strings={strings} locale={options.language} summary={outcome.summary} />
            {outcome.download && outcome.reportWritten ? (
              <div>
                <Button appearance="primary" onClick={outcome.download}>
                  {strings.download}
                </Button>
              </div>
            ) : null}
            <IssuesList
              strings={strings}
              issues={outcome.issues}
              otherLanguage={outcome.locale !== options.language}
              {...(host.selectCell ? { onSelect: select } : {})}
            />
          </>
        ) : null}
      </main>
    </FluentProvider>
  );
}
