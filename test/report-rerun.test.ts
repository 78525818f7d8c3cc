/**
 * Re-running `credit-desk analyze` keeps what the user typed into the report and the assessment
 * history: from the report already at `--out`, and from a report analysed again as the input.
 * Every run writes a real .xlsx file, and the user's edits are made with exceljs as Excel would.
 */
import fs from "node:fs";
import path from "node:path";

import type ExcelJS from "exceljs";

import {
  columnsOf,
  ensureCliBuilt,
  headerRowOf,
  jsonOf,
  openWorkbook,
  plainValue,
  rowWithKey,
  runCli,
  type AnalysisJson,
} from "./support/cli-runs";
import { writeCompanyWorkbook } from "./support/rerun-fixtures";
import { tempDir, utcDate } from "./support/workbooks";

const TIMEOUT = 120_000;
const AS_OF = "2026-06-30";

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir("credit-desk-rerun-");
}, TIMEOUT);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function analyze(input: string, out: string, asOf = AS_OF): Promise<AnalysisJson> {
  const run = await runCli(["analyze", input, "--as-of", asOf, "--out", out, "--json"], dir);
  expect(run.stderr).not.toMatch(/TypeError|at .+:\d+:\d+/);
  const json = jsonOf(run);
  // The issues say why no report was written, should that ever happen.
  expect({ report: json.report, issues: json.report === out ? [] : json.issues }).toEqual({
    report: out,
    issues: [],
  });
  return json;
}

/**
 * Writes a report, changes it with `change` as a user would, then runs `command` onto it and
 * expects exit status 2, `message` on stderr and the file unchanged.
 */
async function expectLeftUnchanged(
  name: string,
  change: ((workbook: ExcelJS.Workbook) => void) | undefined,
  command: "analyze" | "lender-pack",
  message: string,
): Promise<void> {
  const input = await writeCompanyWorkbook(path.join(dir, `${name}.xlsx`));
  const out = path.join(dir, `${name}-report.xlsx`);
  await analyze(input, out);
  if (change) {
    const workbook = await openWorkbook(out);
    change(workbook);
    await workbook.xlsx.writeFile(out);
  }
  const before = fs.readFileSync(out);

  const run = await runCli([command, input, "--as-of", AS_OF, "--out", out], dir);

  expect(run.status).toBe(2);
  expect(run.stderr).toContain(message);
  expect(fs.readFileSync(out).equals(before)).toBe(true);
}

interface Located {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  keyColumn: number;
  columns: Map<string, number>;
}

function locate(workbook: ExcelJS.Workbook, sheetName: string, keyHeader: string): Located {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`the report has no sheet ${sheetName}`);
  const headerRow = headerRowOf(sheet, keyHeader);
  const columns = columnsOf(sheet, headerRow);
  return { sheet, headerRow, keyColumn: columns.get(keyHeader)!, columns };
}

function cellOf(located: Located, key: string, header: string): ExcelJS.Cell {
  const row = rowWithKey(located.sheet, located.headerRow, located.keyColumn, key);
  const column = located.columns.get(header);
  if (column === undefined) throw new Error(`${located.sheet.name} has no column ${header}`);
  return row.getCell(column);
}

function planKeys(workbook: ExcelJS.Workbook): string[] {
  const plan = locate(workbook, "CD Improvement", "Indicator/Action ID");
  const keys: string[] = [];
  for (let number = plan.headerRow + 1; number <= plan.sheet.rowCount; number++) {
    const key = plainValue(plan.sheet.getRow(number).getCell(plan.keyColumn));
    if (typeof key === "string" && key.includes("/")) keys.push(key);
  }
  return keys;
}

/** Types the user's edits into a report and saves it, as a user does in Excel. */
async function editReport(file: string): Promise<{ first: string; second: string }> {
  const workbook = await openWorkbook(file);
  const [first, second] = planKeys(workbook);
  if (!first || !second) throw new Error("the improvement plan needs two actions");

  const plan = locate(workbook, "CD Improvement", "Indicator/Action ID");
  cellOf(plan, first, "Owner").value = "Ann Lee";
  cellOf(plan, first, "Due Date").value = utcDate("2026-09-15");
  cellOf(plan, first, "Status").value = "In progress";
  cellOf(plan, second, "Status").value = "Done";

  const collections = locate(workbook, "CD Collections", "Invoice no");
  cellOf(collections, "INV-1", "Next action").value = "Call the CFO";
  cellOf(collections, "INV-1", "Promise to pay").value = utcDate("2026-07-10");
  cellOf(collections, "INV-1", "Note").value = "Freight charge disputed";

  await workbook.xlsx.writeFile(file);
  return { first, second };
}

/** Checks that a report shows the edits that `editReport` typed. */
async function expectEditsKept(
  file: string,
  keys: { first: string; second: string },
): Promise<void> {
  const workbook = await openWorkbook(file);
  const plan = locate(workbook, "CD Improvement", "Indicator/Action ID");
  expect(plainValue(cellOf(plan, keys.first, "Owner"))).toBe("Ann Lee");
  expect(plainValue(cellOf(plan, keys.first, "Due Date"))).toEqual(utcDate("2026-09-15"));
  expect(plainValue(cellOf(plan, keys.first, "Status"))).toBe("In progress");
  expect(plainValue(cellOf(plan, keys.second, "Status"))).toBe("Done");
  expect(plainValue(cellOf(plan, keys.second, "Owner"))).toBeNull();

  const collections = locate(workbook, "CD Collections", "Invoice no");
  expect(plainValue(cellOf(collections, "INV-1", "Next action"))).toBe("Call the CFO");
  expect(plainValue(cellOf(collections, "INV-1", "Promise to pay"))).toEqual(utcDate("2026-07-10"));
  expect(plainValue(cellOf(collections, "INV-1", "Note"))).toBe("Freight charge disputed");
  expect(plainValue(cellOf(collections, "INV-2", "Next action"))).toBeNull();
  expect(plainValue(cellOf(collections, "INV-2", "Note"))).toBeNull();
}

/** Reads the CD History rows as `[as-of ISO date, score]`. */
async function historyOf(file: string): Promise<[string, number][]> {
  const workbook = await openWorkbook(file);
  const history = locate(workbook, "CD History", "As Of");
  const rows: [string, number][] = [];
  for (let number = history.headerRow + 1; number <= history.sheet.rowCount; number++) {
    const row = history.sheet.getRow(number);
    const date = plainValue(row.getCell(1));
    if (date instanceof Date)
      rows.push([date.toISOString().slice(0, 10), Number(plainValue(row.getCell(2)))]);
  }
  return rows;
}

describe("edits in the report at --out", () => {
  test(
    "survive a second run",
    async () => {
      const input = await writeCompanyWorkbook(path.join(dir, "company.xlsx"));
      const out = path.join(dir, "company-report.xlsx");
      const first = await analyze(input, out);
      expect(first.improvementActions).toBeGreaterThanOrEqual(2);
      expect(first.collections.items).toBe(2);
      const keys = await editReport(out);

      await analyze(input, out);

      await expectEditsKept(out, keys);
    },
    TIMEOUT,
  );

  test(
    "a file that is not a report is left unchanged",
    async () => {
      await expectLeftUnchanged(
        "plain",
        (workbook) => workbook.removeWorksheet(workbook.getWorksheet("CD Meta")!.id),
        "analyze",
        "is not a CreditDesk report, so it is left unchanged",
      );
    },
    TIMEOUT,
  );

  test(
    "a report with sheets the user added is left unchanged",
    async () => {
      await expectLeftUnchanged(
        "added",
        (workbook) => {
          workbook.addWorksheet("My notes").getCell("A1").value = "call the bank";
          workbook.getWorksheet("CD Collections")!.name = "My calls";
        },
        "analyze",
        "CreditDesk did not write (My calls, My notes)",
      );
    },
    TIMEOUT,
  );

  test(
    "a lender pack never replaces a report",
    async () => {
      await expectLeftUnchanged(
        "kinds",
        undefined,
        "lender-pack",
        "is a CreditDesk report and would lose its contents",
      );
    },
    TIMEOUT,
  );
});

describe("a report analysed again as the input", () => {
  test(
    "keeps its edits and is not read as input data",
    async () => {
      const input = await writeCompanyWorkbook(path.join(dir, "source.xlsx"));
      const report = path.join(dir, "source-report.xlsx");
      const first = await analyze(input, report);
      const keys = await editReport(report);

      const again = path.join(dir, "again-report.xlsx");
      const second = await analyze(report, again);

      await expectEditsKept(again, keys);
      expect(second.aging.total).toBe(first.aging.total);
      expect(second.collections).toEqual(first.collections);
      expect(second.issues.filter((issue) => issue.sheet.startsWith("CD "))).toEqual([]);
      const names = (await openWorkbook(again)).worksheets.map((sheet) => sheet.name);
      expect(names.filter((name) => !name.startsWith("CD "))).toEqual(["Invoices", "Assessment"]);
      expect(names.filter((name) => name === "CD Improvement")).toHaveLength(1);
    },
    TIMEOUT,
  );
});

describe("assessment history", () => {
  test(
    "gains a row per as-of date and replaces a repeated date",
    async () => {
      const input = await writeCompanyWorkbook(path.join(dir, "history.xlsx"), { yes: 2 });
      const out = path.join(dir, "history-report.xlsx");
      const june = await analyze(input, out, "2026-06-30");
      const july = await analyze(input, out, "2026-07-31");
      expect(await historyOf(out)).toEqual([
        ["2026-06-30", june.assessment!.score],
        ["2026-07-31", july.assessment!.score],
      ]);

      const better = await writeCompanyWorkbook(path.join(dir, "history-better.xlsx"), { yes: 4 });
      const julyAgain = await analyze(better, out, "2026-07-31");

      expect(julyAgain.assessment!.score).toBeGreaterThan(july.assessment!.score);
      expect(await historyOf(out)).toEqual([
        ["2026-06-30", june.assessment!.score],
        ["2026-07-31", julyAgain.assessment!.score],
      ]);
      const assessment = (await openWorkbook(out)).getWorksheet("CD Assessment")!;
      const titles = assessment.getColumn(1).values.map(String);
      expect(titles).toContain("Change since the run of 2026-06-30");
    },
    TIMEOUT,
  );
});
