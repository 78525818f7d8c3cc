#!/usr/bin/env node
"use strict";
// Runs the compiled command line; `npm install` builds it through the prepare script.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const v8 = require("node:v8");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "credit-desk is not built yet. Run `npm run build:cli` in the project folder.\n",
  );
  process.exit(2);
}

// Node's default heap limit stops near 4 GB whatever the machine has; a million-row export needs
// more. Restart once with up to three quarters of the memory, capped at 8 GB.
const MB = 1024 * 1024;
const wantedMB = Math.min(8192, Math.floor((os.totalmem() / MB) * 0.75));
const limitMB = v8.getHeapStatistics().heap_size_limit / MB;
if (!process.env.CREDIT_DESK_HEAP_SET && limitMB < wantedMB * 0.9) {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${wantedMB}`, __filename, ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, CREDIT_DESK_HEAP_SET: "1" } },
  );
  process.exit(run.status ?? 1);
}

require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
