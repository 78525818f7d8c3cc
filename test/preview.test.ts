/**
 * The preview page in headless Chromium: upload the sample workbook, run, read the summary,
 * download the report, check accessibility and switch to Chinese. Builds the preview bundle once
 * (development mode, no source maps) and serves it from a local static server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import webpack from "webpack";

import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { dayFromIso } from "../src/engine/dates";
import { readXlsxFile } from "../src/io/xlsx-read";
import { analysisToJson } from "../src/report/json";
import { hasChromium, launchChromium } from "./support/chromium";
import { serveFolder, type StaticServer } from "./support/static-server";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const AXE = require.resolve("axe-core/axe.min.js");

if (!hasChromium()) {
  process.stderr.write(
    "Skipping the preview browser test: /usr/bin/chromium is missing (apt-get install chromium).\n",
  );
}
const withChromium = hasChromium() ? describe : describe.skip;

/** Builds the preview page alone into `outDir` with the project's webpack config. */
async function buildPreview(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = { ...configure({ preview: true, outDir }), mode: "development", context: ROOT };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

/**
 * The figures the command line's pipeline (Node's streaming reader) finds in the sample, which
 * the browser (exceljs's in-memory reader) must match. They are computed, not fixed, so the test
 * stays valid when scripts/generate-sample.mjs regenerates the sample.
 */
async function expectedFigures(): Promise<{ total: number; overdue: number; firstCell: string }> {
  const raw = await readXlsxFile(SAMPLE);
  const run = analyzeWorkbook(raw, { asOf: dayFromIso("2026-06-30")!, locale: "en-US" });
  const json = analysisToJson(run.analysis) as {
    aging: { total: number };
    kpis: { overdueRatio: number };
  };
  const first = run.analysis.issues[0];
  return {
    total: json.aging.total,
    overdue: json.kpis.overdueRatio,
    firstCell: first ? `${first.column}${first.row}` : "",
  };
}

/** Reads the amount beside "Total" in the bucket summary of the CD Aging sheet. */
async function agingTotal(file: string): Promise<{ total: unknown; buckets: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("CD Aging");
  if (!sheet) throw new Error("The report has no CD Aging sheet.");
  let total: unknown;
  let buckets = 0;
  let inSummary = false;
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    const amount = row.getCell(2).value;
    if (label === "Bucket") inSummary = true;
    else if (inSummary && label === "Total") {
      total = (amount as { result?: unknown }).result ?? amount;
      inSummary = false;
    } else if (inSummary && typeof amount === "number") buckets += amount;
  });
  return { total, buckets: Math.round(buckets * 100) / 100 };
}

withChromium("preview page", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const requests: string[] = [];
  let expected: Awaited<ReturnType<typeof expectedFigures>>;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), "credit-desk-preview-"));
    expected = await expectedFigures();
    await buildPreview(outDir);
    server = await serveFolder(outDir, "preview.html");
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(server.url);
    await page.setInputFiles('input[type="file"]', SAMPLE);
    await page.getByLabel("As-of date").fill("2026-06-30");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test("cancels a run between steps", async () => {
    // Clicks Cancel in the page itself: reading and analysing keep the page busy, so a click sent
    // through the browser might arrive only after the run has finished.
    const progressShown = await page.evaluate(async () => {
      const button = (name: string) =>
        [...document.querySelectorAll("button")].find((b) => b.textContent === name);
      button("Run")?.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const progressVisible = document.querySelector('[role="progressbar"]') !== null;
      button("Cancel")?.click();
      return progressVisible;
    });

    await page.getByText("The run was cancelled. Nothing was written.").waitFor();
    expect(progressShown).toBe(true);
    expect(await page.getByRole("button", { name: "Download report" }).count()).toBe(0);
  });

  test("runs the sample and shows its summary", async () => {
    await page.getByRole("button", { name: "Run" }).click();

    await page.getByText("Done. Download the report").waitFor({ timeout: 30_000 });
    const main = await page.locator("main").innerText();
    const total = expected.total.toLocaleString("en-US", { minimumFractionDigits: 2 });
    const overdue = `${Math.round(expected.overdue * 1000) / 10}%`;
    expect(main).toContain(`Total receivables\nUSD ${total}`);
    expect(main).toContain(`Overdue\n${overdue}`);
    expect(main).toContain(`Cell ${expected.firstCell}`);
  });

  test("downloads a report whose aging total matches", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download report" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-report-2026-06-30.xlsx");

    const figures = await agingTotal(await download.path());
    expect(figures.total).toBe(expected.total);
    expect(figures.buckets).toBe(expected.total);
  });

  test("has no axe violations", async () => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
      const results = await axe.run();
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(" ")),
      }));
    });
    expect(violations).toEqual([]);
  });

  test("switches to Chinese", async () => {
    await page.getByLabel("Language").selectOption("zh-CN");

    await page.getByText("应收账款合计").waitFor();
    expect(await page.getByRole("button", { name: "运行" }).count()).toBe(1);
    const main = await page.locator("main").innerText();
    expect(main).toContain("评估等级");
    expect(main).not.toContain("Developing");
    expect(main).toContain("重新运行即可切换");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  });

  test("loads nothing from outside the page's own server", () => {
    const outside = requests.filter(
      (url) => !url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"),
    );
    expect(requests.length).toBeGreaterThan(1);
    expect(outside).toEqual([]);
  });
});

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}
