import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { writeReport } from "../src/io/xlsx-write";
import { META, clashingInput, invoicesInput, reportModels } from "./xlsx-write-fixtures";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice)
  process.stderr.write("Skipping the LibreOffice conversion test: soffice is not installed.\n");
const testIfSoffice = hasSoffice ? test : test.skip;

testIfSoffice(
  "LibreOffice converts a written report to PDF",
  async () => {
    const dir = await mkdtemp(join(tmpdir(), "credit-desk-soffice-"));
    try {
      const report = join(dir, "report.xlsx");
      await writeReport(report, reportModels(), [invoicesInput(), clashingInput()], META);
      // A private profile keeps the conversion apart from any running LibreOffice.
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          report,
        ],
        { timeout: 18_000, stdio: "pipe" },
      );
      expect((await stat(join(dir, "report.pdf"))).size).toBeGreaterThan(1000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  20_000,
);
