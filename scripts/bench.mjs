#!/usr/bin/env node
/**
 * Benchmark: times `analyze` end to end on 100,000 invoices against the I/O floor, exceljs's
 * streaming reader reading the same workbook plus its streaming writer writing every row back out
 * with nothing computed. Each phase runs in its own child process so its peak memory (max RSS) is
 * its own. Also runs the 1,000,000-row CSV. Prints one JSON document.
 * The floor and analyze phases alternate for several rounds and their median times are compared.
 * Usage: npm run bench [-- --skip-csv --rounds N] (3 rounds unless given)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { nodeFlags } = require("../bin/node-flags.js");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = path.join(root, "bench-out");
const AS_OF = "2026-06-30";

/** Reads every row with the streaming reader and writes it back with the streaming writer. */
async function floorPhase(input, output) {
  const ExcelJS = require("exceljs");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useSharedStrings: false,
    useStyles: true,
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
  });
  let rows = 0;
  for await (const worksheet of reader) {
    const sheet = writer.addWorksheet(worksheet.name);
    for await (const row of worksheet) {
      sheet.addRow(row.values.slice(1)).commit();
      rows++;
    }
    sheet.commit();
  }
  await writer.commit();
  return { rows };
}

/** Runs the command line's whole pipeline in process: read, analyse, write the report. */
async function analyzePhase(input, output) {
  const { main } = require(path.join(root, "dist", "cli", "main.js"));
  const code = await main(
    ["analyze", input, "--as-of", AS_OF, "--out", output, "--no-progress", "--json"],
    0,
  );
  return { exitCode: code };
}

async function runPhase(name, input, output) {
  const started = process.hrtime.bigint();
  // The analysis prints its JSON on stdout; the phase result goes to stderr's last line instead.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = () => true;
  const detail =
    name === "floor" ? await floorPhase(input, output) : await analyzePhase(input, output);
  process.stdout.write = write;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(
    `${JSON.stringify({ phase: name, seconds: Number(seconds.toFixed(2)), peakMemoryMB, ...detail })}\n`,
  );
}

function child(name, input, output) {
  const run = spawnSync(
    process.execPath,
    // Every phase runs with the command line's own Node options, so the figures are what users get.
    [...nodeFlags(), fileURLToPath(import.meta.url), "--phase", name, input, output],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = run.stderr.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last);
  } catch {
    throw new Error(`Phase ${name} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  }
}

async function ensureInputs(skipCsv) {
  const xlsx = path.join(benchDir, "bench-100k.xlsx");
  const csv = path.join(benchDir, "bench-1m.csv");
  const missing = !fs.existsSync(xlsx) || (!skipCsv && !fs.existsSync(csv));
  if (missing) {
    const { generateBench } = await import("./generate-bench.mjs");
    await generateBench(benchDir, {
      xlsx: !fs.existsSync(xlsx),
      csv: !skipCsv && !fs.existsSync(csv),
    });
  }
  return { xlsx, csv };
}

/** Returns the middle value, or the mean of the two middle values. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs the floor and analyze phases in turn, `rounds` times each, so that both see the same
 * changes in machine speed. Reports the median seconds and the highest peak memory of each.
 */
function compareWithFloor(xlsx, out, rounds) {
  const runs = { floor: [], analyze: [] };
  for (let round = 0; round < rounds; round++) {
    runs.floor.push(child("floor", xlsx, path.join(out, "floor.xlsx")));
    runs.analyze.push(child("analyze", xlsx, path.join(out, `report-${round}.xlsx`)));
  }
  const summary = (list) => ({
    seconds: Number(median(list.map((run) => run.seconds)).toFixed(2)),
    peakMemoryMB: Math.max(...list.map((run) => run.peakMemoryMB)),
    runs: list.map((run) => run.seconds),
  });
  const floor = summary(runs.floor);
  const analyze = summary(runs.analyze);
  return { floor, analyze, ratio: Number((analyze.seconds / floor.seconds).toFixed(2)) };
}

function optionValue(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function orchestrate() {
  const skipCsv = process.argv.includes("--skip-csv");
  const rounds = optionValue("--rounds", 3);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--rounds must be a whole number of at least 1, for example --rounds 3.");
  }
  const { xlsx, csv } = await ensureInputs(skipCsv);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "credit-desk-bench-"));
  const result = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
    },
    workbook: { file: path.relative(root, xlsx), rounds, ...compareWithFloor(xlsx, out, rounds) },
  };
  if (!skipCsv)
    result.csv = {
      file: path.relative(root, csv),
      analyze: child("analyze", csv, path.join(out, "csv-report.xlsx")),
    };
  fs.rmSync(out, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

const phaseAt = process.argv.indexOf("--phase");
if (phaseAt >= 0) {
  const [name, input, output] = process.argv.slice(phaseAt + 1);
  await runPhase(name, input, output);
} else {
  await orchestrate();
}
