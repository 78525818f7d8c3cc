import { agingReport } from "../src/commands/aging-command";
import { ageReceivablesCommand, noticeUrl } from "../src/commands/commands-core";
import type { ExcelRunner } from "../src/commands/workbook-run";
import { dayFromIso } from "../src/engine/dates";
import type { Issue } from "../src/engine/issues";
import { META_SHEET } from "../src/io/office-markers";
import { rawFromTables, workbookNameFromUrl } from "../src/io/office-raw";
import { selectCell } from "../src/io/office-select";
import { defaultOptions, type PaneOptions } from "../src/taskpane/options";
import { issueAddress, RunCancelled, RunControl, type RunStep } from "../src/taskpane/run";
import { workbookHost } from "../src/taskpane/workbook-host";
import { ExcelDouble } from "./support/excel-double";

const AS_OF = dayFromIso("2026-06-30") as number;

/** Two open invoices: 1,000.00 due 2026-05-31 (30 days overdue) and 500.00 not yet due. */
function invoiceWorkbook(): ExcelDouble {
  const excel = new ExcelDouble();
  excel.addSheet("Invoices", [
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
    ["C001", "INV-1", "2026-05-01", "2026-05-31", 1000],
    ["C002", "INV-2", "2026-06-10", "2026-07-10", 500],
  ]);
  return excel;
}

function runner(excel: ExcelDouble): ExcelRunner {
  return (batch) => batch(excel.context as unknown as Excel.RequestContext);
}

function options(overrides: Partial<PaneOptions> = {}): PaneOptions {
  return { ...defaultOptions("en-US"), ...overrides };
}

describe("workbookHost", () => {
  test("reads, analyses and writes the report into the workbook", async () => {
    const excel = invoiceWorkbook();
    const steps: RunStep[] = [];
    const host = workbookHost({ source: "ledger.xlsx", runner: runner(excel) });

    const outcome = await host.run(
      { asOf: AS_OF, options: options() },
      new RunControl((step) => steps.push(step)),
    );

    expect(steps).toEqual(["reading", "analysing", "writing"]);
    expect(outcome.summary.total).toBe(1500);
    expect(outcome.summary.overdueRatio).toBeCloseTo(1000 / 1500, 4);
    expect(outcome.reportWritten).toBe(true);
    expect(excel.sheetNames()).toContain("CD Aging");
  });

  test("stops before writing when cancelled", async () => {
    const excel = invoiceWorkbook();
    const host = workbookHost({ runner: runner(excel) });
    const control = new RunControl((step) => {
      if (step === "analysing") control.cancel();
    });

    await expect(host.run({ asOf: AS_OF, options: options() }, control)).rejects.toThrow(
      RunCancelled,
    );
    expect(excel.sheetNames()).toEqual(["Invoices"]);
  });

  test("reports a missing Invoices sheet and writes nothing", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Notes", [["Hello"]]);
    const host = workbookHost({ runner: runner(excel) });

    const outcome = await host.run({ asOf: AS_OF, options: options() }, new RunControl(() => {}));

    expect(outcome.reportWritten).toBe(false);
    expect(outcome.issues.map((issue) => issue.code)).toContain("missing-sheet");
    expect(excel.sheetNames()).toEqual(["Notes"]);
  });

  test("applies the buckets and basis options", async () => {
    const excel = invoiceWorkbook();
    const host = workbookHost({ runner: runner(excel) });

    const outcome = await host.run(
      { asOf: AS_OF, options: options({ basis: "invoice", buckets: "45,90" }) },
      new RunControl(() => {}),
    );

    // By invoice date INV-1 is 60 days old and INV-2 20 days.
    expect(outcome.summary.total).toBe(1500);
    const aging = excel.sheet("CD Aging");
    const amounts = new Map<unknown, unknown>();
    for (let row = 4; row < 9; row++)
      amounts.set(aging?.cell(row, 0)?.value, aging?.cell(row, 1)?.value);
    expect(amounts.get("0-45")).toBe(500);
    expect(amounts.get("46-90")).toBe(1000);
    expect(amounts.get("90+")).toBe(0);
  });
});

describe("agingReport", () => {
  test("writes only the CD Aging sheet", async () => {
    const excel = invoiceWorkbook();
    const report = agingReport(options(), "ledger.xlsx");
    const notices: string[] = [];
    const handler = ageReceivablesCommand(report, {
      notify: async (notice) => {
        notices.push(notice.message);
      },
      run: runner(excel),
      today: () => AS_OF,
    });
    let completed = 0;

    await handler({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);

    const outputs = excel
      .sheetNames()
      .filter((name) => name.startsWith("CD ") && name !== META_SHEET);
    expect(outputs).toEqual(["CD Aging"]);
    expect(notices).toEqual([
      "CD Aging is written. Total receivables: USD 1,500.00. Overdue: 66.7%.",
    ]);
    expect(completed).toBe(1);
  });

  test("completes the event and tells the error when the run fails", async () => {
    const report = agingReport(options({ language: "zh-CN" }), undefined);
    const notices: string[] = [];
    const failing: ExcelRunner = () => Promise.reject(new Error("RichApi.Error"));
    const handler = ageReceivablesCommand(report, {
      notify: async (notice) => {
        notices.push(notice.message);
      },
      run: failing,
    });
    let completed = 0;

    await handler({ completed: () => completed++ } as unknown as Office.AddinCommands.Event);

    expect(notices).toEqual(["账龄分析失败：RichApi.Error"]);
    expect(completed).toBe(1);
  });

  test("notice URL carries the text beside the function file", () => {
    const url = new URL(
      noticeUrl(
        { title: "CreditDesk", message: "Total & more" },
        "https://localhost:3000/commands.html",
      ),
    );

    expect(url.origin + url.pathname).toBe("https://localhost:3000/notice.html");
    expect(url.searchParams.get("message")).toBe("Total & more");
  });
});

describe("issueAddress", () => {
  const issue = (row: number, column: string): Issue => ({
    severity: "error",
    code: "bad-date",
    sheet: "Invoices",
    row,
    column,
    message: "",
  });

  test("points at a cell, a row or nothing", () => {
    expect(issueAddress(issue(5, "C"))).toBe("C5");
    expect(issueAddress(issue(12, "AB"))).toBe("AB12");
    expect(issueAddress(issue(7, ""))).toBe("7:7");
    expect(issueAddress(issue(0, ""))).toBeUndefined();
    expect(issueAddress(issue(3, "Value"))).toBeUndefined();
  });
});

describe("selectCell", () => {
  function fakeContext(sheets: string[]) {
    const calls: string[] = [];
    const context = {
      sync: async () => undefined,
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => ({
            isNullObject: !sheets.includes(name),
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    };
    return { context: context as unknown as Excel.RequestContext, calls };
  }

  test("activates the sheet and selects the cell", async () => {
    const { context, calls } = fakeContext(["Invoices"]);

    expect(await selectCell(context, "Invoices", "C5")).toBe(true);
    expect(calls).toEqual(["activate Invoices", "select C5"]);
  });

  test("returns false for a missing sheet", async () => {
    const { context, calls } = fakeContext([]);

    expect(await selectCell(context, "Invoices", "C5")).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("rawFromTables", () => {
  test("names the source after the document or Workbook", () => {
    const tables = {
      sheets: [{ name: "Invoices", rows: [["a"]], formats: [["General"]] }],
      date1904: true,
    };

    expect(rawFromTables(tables, "ledger.xlsx").source).toBe("ledger.xlsx");
    expect(rawFromTables(tables, undefined).source).toBe("Workbook");
    expect(rawFromTables(tables, undefined).date1904).toBe(true);
    expect(
      workbookNameFromUrl("https://contoso.sharepoint.com/Shared%20Documents/AR%20May.xlsx?web=1"),
    ).toBe("AR May.xlsx");
    expect(workbookNameFromUrl("C:\\Finance\\ledger.xlsx")).toBe("ledger.xlsx");
    expect(workbookNameFromUrl("")).toBeUndefined();
  });
});
