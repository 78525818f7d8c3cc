#!/usr/bin/env node
"use strict";
// Runs the compiled command line; `npm install` builds it through the prepare script.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const { nodeFlags } = require("./node-flags");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "credit-desk is not built yet. Run `npm run build:cli` in the project folder.\n",
  );
  process.exit(2);
}

// Restart once with the options the command line is built for (see node-flags.js).
if (!process.env.CREDIT_DESK_NODE_FLAGS) {
  const run = spawnSync(process.execPath, [...nodeFlags(), __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, CREDIT_DESK_NODE_FLAGS: "1" },
  });
  if (run.error) {
    process.stderr.write(`credit-desk: could not start Node: ${run.error.message}\n`);
    process.exit(2);
  }
  process.exit(run.status ?? 1);
}

require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
