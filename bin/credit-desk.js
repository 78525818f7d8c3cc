#!/usr/bin/env node
"use strict";
// Runs the compiled command line; `npm install` builds it through the prepare script.
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "credit-desk is not built yet. Run `npm run build:cli` in the project folder.\n",
  );
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
