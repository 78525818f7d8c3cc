#!/usr/bin/env node
// Runs the shared acceptance cases through the command line when the shared folder is present.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const checker = path.resolve("..", "shared", "cases", "check.mjs");
if (!fs.existsSync(checker)) {
  console.log(`Acceptance cases skipped: ${checker} is absent.`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [checker], {
  stdio: "inherit",
  env: {
    ...process.env,
    CREDIT_DESK_CLI: `${process.execPath} ${path.resolve("bin", "credit-desk.js")}`,
  },
});
process.exit(run.status ?? 1);
