/**
 * Saves screenshots of the preview page in English and Chinese (docs/preview-en.png and
 * docs/preview-zh.png) after a run on the sample workbook as of 2026-06-30. Needs Debian's
 * Chromium at /usr/bin/chromium and, for the Chinese one, a CJK font (fonts-noto-cjk).
 *
 *   node scripts/screenshots.mjs
 */
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, URL } from "node:url";

import { chromium } from "playwright-core";
import webpack from "webpack";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

function build(outDir) {
  const config = { ...require(path.join(ROOT, "webpack.config.js"))({ preview: true, outDir }) };
  config.mode = "development";
  config.context = ROOT;
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

function serve(root) {
  const server = http.createServer(async (request, response) => {
    const pathname = new URL(request.url, "http://127.0.0.1").pathname;
    const file = path.join(root, pathname === "/" ? "preview.html" : pathname);
    const type = file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
    const body = await readFile(file).catch(() => undefined);
    if (body) response.writeHead(200, { "Content-Type": type }).end(body);
    else response.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, port: server.address().port })),
  );
}

const outDir = mkdtempSync(path.join(os.tmpdir(), "credit-desk-shots-"));
const profile = mkdtempSync(path.join(os.tmpdir(), "credit-desk-profile-"));
await build(outDir);
const { server, port } = await serve(outDir);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 480, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.setInputFiles('input[type="file"]', path.join(ROOT, "assets", "sample.xlsx"));
  await page.getByLabel("As-of date").fill("2026-06-30");
  await page.getByRole("button", { name: "Run" }).click();
  await page.getByText("Done. Download the report").waitFor({ timeout: 60_000 });
  // Fluent's buttons fade from their disabled colours; let the fade finish before the shot.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(ROOT, "docs", "preview-en.png"), fullPage: true });

  // Run again in Chinese so that the issue messages are in Chinese too.
  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("button", { name: "运行" }).click();
  await page.getByText("完成。").waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(ROOT, "docs", "preview-zh.png"), fullPage: true });
  process.stdout.write("Saved docs/preview-en.png and docs/preview-zh.png\n");
} finally {
  await context.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
