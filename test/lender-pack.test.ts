/**
 * `credit-desk lender-pack` writes only the sheets a lender needs, and its summary shows the same
 * figures as the analysis that `analyze --json` prints.
 */
import fs from "node:fs";
import path from "node:path";

import type ExcelJS from "exceljs";
import JSZip from "jszip";

import { buildLenderPack } from "../src/report/lender-pack";
import type { SheetModel } from "../src/report/model";
import type { Analysis } from "../src/engine/analyze";
import {
  ensureCliBuilt,
  jsonOf,
  openWorkbook,
  plainValue,
  runCli,
  type AnalysisJson,
} from "./support/cli-runs";
import { invoiceRows, writeCompanyWorkbook } from "./support/rerun-fixtures";
import { tempDir, writeWorkbook } from "./support/workbooks";
import { rowArray } from "../src/report/rows";

const TIMEOUT = 120_000;
const AS_OF = ["--as-of", "2026-06-30"];

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir("credit-desk-lender-pack-");
}, TIMEOUT);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Reads the summary sheet's label and value pairs from columns A and B. */
function summaryOf(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const values = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const label = plainValue(row.getCell(1));
    if (typeof label === "string") values.set(label, plainValue(row.getCell(2)));
  });
  return values;
}

/** Lists the targets of the in-workbook hyperlinks of every sheet, e.g. `'Invoices'!A2`. */
async function hyperlinkTargets(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
  const targets: string[] = [];
  for (const sheet of sheets) {
    const xml = await sheet.async("string");
    for (const match of xml.matchAll(/<hyperlink [^>]*location="([^"]*)"/g))
      targets.push(match[1]!);
  }
  return targets;
}

function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("lender pack", () => {
  let input: string;
  let analysis: AnalysisJson;
  let pack: AnalysisJson;
  let packFile: string;
  let reportFile: string;

  beforeAll(async () => {
    input = await writeCompanyWorkbook(path.join(dir, "company.xlsx"));
    reportFile = path.join(dir, "report.xlsx");
    packFile = path.join(dir, "pack.xlsx");
    const analyzed = await runCli(["analyze", input, ...AS_OF, "--out", reportFile, "--json"], dir);
    const packed = await runCli(["lender-pack", input, ...AS_OF, "--out", packFile, "--json"], dir);
    expect(packed.status).toBe(analyzed.status);
    analysis = jsonOf(analyzed);
    pack = jsonOf(packed);
  }, TIMEOUT);

  test("prints the same analysis as analyze", () => {
    expect(pack.report).toBe(packFile);
    expect({ ...pack, report: null }).toEqual({ ...analysis, report: null });
  });

  test("contains exactly the lender's sheets", async () => {
    const workbook = await openWorkbook(packFile);

    expect(sheetNames(workbook)).toEqual([
      "CD Lender Summary",
      "CD Aging",
      "CD Certificate",
      "CD Financing",
      "CD Provision",
      "CD Assessment",
      "CD Meta",
    ]);
    expect(workbook.getWorksheet("CD Meta")!.state).toBe("hidden");
  });

  test("summary figures equal the analysis", async () => {
    const workbook = await openWorkbook(packFile);
    const summary = summaryOf(workbook.getWorksheet("CD Lender Summary")!);

    expect(summary.get("Company")).toBe("company.xlsx");
    expect(summary.get("As of")).toEqual(new Date("2026-06-30T00:00:00Z"));
    expect(summary.get("Total receivables")).toBe(analysis.aging.total);
    expect(summary.get("Overdue share of open invoices")).toBeCloseTo(
      analysis.kpis.overdueRatio!,
      4,
    );
    expect(summary.get("DSO (days)")).toBeCloseTo(analysis.kpis.dso!, 2);
    expect(summary.get("Borrowing base")).toBe(analysis.financing.borrowingBase);
    expect(summary.get("Provision for expected credit losses")).toBe(analysis.provision.total);
    expect(summary.get("Credit-management score (of 100)")).toBe(analysis.assessment!.score);
    expect(analysis.assessment!.grade).toBe("not-ready");
    expect(summary.get("Credit-management grade")).toBe("Not ready");
  });

  test("links to no input sheet it leaves out", async () => {
    const inReport = await hyperlinkTargets(reportFile);
    const inPack = await hyperlinkTargets(packFile);

    expect(inReport.some((target) => target.startsWith("'Invoices'!"))).toBe(true);
    expect(inPack.filter((target) => !target.startsWith("'CD "))).toEqual([]);
  });

  test(
    "is written in Chinese with --locale zh-CN",
    async () => {
      const out = path.join(dir, "pack-zh.xlsx");
      const run = await runCli(
        ["lender-pack", input, ...AS_OF, "--out", out, "--locale", "zh-CN", "--json"],
        dir,
      );

      expect(jsonOf(run).report).toBe(out);
      const names = sheetNames(await openWorkbook(out));
      expect(names[0]).toBe("CD 融资摘要");
      expect(names).toContain("CD 借款基础证明");
      expect(names).not.toContain("CD 催收");
    },
    TIMEOUT,
  );

  test(
    "leaves out the assessment when the workbook has none",
    async () => {
      const plain = await writeWorkbook(path.join(dir, "no-assessment.xlsx"), [
        { name: "Invoices", rows: invoiceRows() },
      ]);
      const out = path.join(dir, "pack-no-assessment.xlsx");
      const run = await runCli(["lender-pack", plain, ...AS_OF, "--out", out, "--json"], dir);

      expect(jsonOf(run).assessment).toBeNull();
      const workbook = await openWorkbook(out);
      expect(sheetNames(workbook)).not.toContain("CD Assessment");
      const summary = summaryOf(workbook.getWorksheet("CD Lender Summary")!);
      expect(String(summary.get("Credit-management grade"))).toMatch(/not assessed/);
    },
    TIMEOUT,
  );

  test(
    "exits 1 on input errors and 2 without a file, as analyze does",
    async () => {
      const rows = invoiceRows();
      rows[1]![5] = "n/a";
      const bad = await writeWorkbook(path.join(dir, "bad.xlsx"), [{ name: "Invoices", rows }]);
      const out = path.join(dir, "pack-bad.xlsx");

      const packed = await runCli(["lender-pack", bad, ...AS_OF, "--out", out, "--json"], dir);
      const analyzed = await runCli(["analyze", bad, ...AS_OF, "--out", `${out}.report.xlsx`], dir);
      const missing = await runCli(["lender-pack"], dir);

      expect(packed.status).toBe(1);
      expect(analyzed.status).toBe(1);
      expect(jsonOf(packed).issues.some((issue) => issue.code === "bad-number")).toBe(true);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/lender-pack needs a FILE/);
    },
    TIMEOUT,
  );
});

describe("pack assembly", () => {
  const model = (name: string, marker: string, link?: string): SheetModel => ({
    name,
    marker,
    rows: [[link ? { value: 12, link } : { value: 12 }]],
    columnWidths: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
  });

  test("keeps links between pack sheets only", () => {
    const analysis = {
      asOf: 0,
      baseCurrency: "USD",
      company: { name: "Harbor" },
      aging: { total: 0 },
      kpis: {},
      lender: { financing: { borrowingBase: 0 }, provision: { total: 0 } },
    } as unknown as Analysis;
    const models = [
      model("CD Aging", "aging", "'Invoices'!A12"),
      model("CD Customers", "customers"),
      model("CD Provision", "provision", "'CD Aging'!A1"),
    ];

    const pack = buildLenderPack(analysis, models, { locale: "en-US", source: "book.xlsx" });

    expect(pack.map((sheet) => sheet.marker)).toEqual(["lender-summary", "aging", "provision"]);
    expect(rowArray(pack[1]!.rows)[0]![0]!.link).toBeUndefined();
    expect(rowArray(pack[1]!.rows)[0]![0]!.value).toBe(12);
    expect(rowArray(pack[2]!.rows)[0]![0]!.link).toBe("'CD Aging'!A1");
  });
});
