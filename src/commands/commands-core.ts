/** The ribbon command handlers, apart from the entry that registers them once Office.js is ready. */
import type { Day } from "../engine/dates";
import { showDialog } from "../io/office-dialog";
import type { Notice } from "./aging-command";
import { localToday, runOnWorkbook, type ExcelRunner, type ReportBuilder } from "./workbook-run";

/** Shows a notice to the user and resolves once it is dismissed. */
export type Notifier = (notice: Notice) => Promise<void>;

/** A report the command writes, and the notice about its last run or about `error`. */
export interface CommandReport {
  build: ReportBuilder;
  notice(error?: unknown): Notice;
}

/** Returns the URL of the notice page beside this function file, with the notice in its query. */
export function noticeUrl(notice: Notice, base: string = window.location.href): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("title", notice.title);
  url.searchParams.set("message", notice.message);
  return url.href;
}

const showNotice: Notifier = (notice) => showDialog(noticeUrl(notice));

/** Dependencies of the command that tests replace: the notice dialog, `Excel.run` and the clock. */
export interface CommandSeams {
  notify?: Notifier;
  run?: ExcelRunner;
  today?: () => Day;
}

/**
 * Returns the `ageReceivables` handler: it writes what `report.build` makes, shows the notice and
 * always completes the event, after the notice is closed so that the dialog stays open.
 */
export function ageReceivablesCommand(report: CommandReport, seams: CommandSeams = {}) {
  const notify = seams.notify ?? showNotice;
  const today = seams.today ?? localToday;
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      let notice: Notice;
      try {
        await runOnWorkbook(report.build, today(), seams.run);
        notice = report.notice();
      } catch (error) {
        notice = report.notice(error);
      }
      await notify(notice);
    } finally {
      event.completed();
    }
  };
}

/** Associates the ribbon functions of the manifest with their handlers. */
export function registerCommands(report: CommandReport): void {
  Office.actions.associate("ageReceivables", ageReceivablesCommand(report));
}
