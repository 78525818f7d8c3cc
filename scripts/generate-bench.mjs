#!/usr/bin/env node
/**
 * Writes seeded benchmark inputs into a folder: bench-100k.xlsx (100,000 invoices, 80,000
 * payments, 5,000 customers and an EUR rate) and bench-1m.csv (1,000,000 invoice rows in USD).
 * Rows are built from their index and streamed, so memory stays bounded and every run with the
 * same options writes the same rows.
 * Usage: node scripts/generate-bench.mjs [DIR]   (default bench-out/)
 */
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { dayOf } from "./lib/days.mjs";
import { writeBenchCsv } from "./bench/csv.mjs";
import { writeBenchWorkbook } from "./bench/xlsx.mjs";

export const DEFAULT_BENCH_OPTIONS = {
  invoices: 100_000,
  payments: 80_000,
  customers: 5_000,
  csvRows: 1_000_000,
  seed: 20_260_630,
  asOf: "2026-06-30",
  xlsx: true,
  csv: true,
};

/**
 * Writes the benchmark files into `dir`, creating it, and returns their paths. Options override
 * `DEFAULT_BENCH_OPTIONS`. Setting `xlsx` or `csv` to false skips that file.
 */
export async function generateBench(dir = "bench-out", options = {}) {
  const settings = { ...DEFAULT_BENCH_OPTIONS, ...options };
  const rowOptions = { ...settings, asOf: dayOf(settings.asOf) };
  await fs.mkdir(dir, { recursive: true });
  const files = {};

  if (settings.xlsx) {
    files.xlsx = path.join(dir, "bench-100k.xlsx");
    await writeBenchWorkbook(files.xlsx, rowOptions);
  }
  if (settings.csv) {
    files.csv = path.join(dir, "bench-1m.csv");
    await writeBenchCsv(files.csv, { ...rowOptions, invoices: settings.csvRows });
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const files = await generateBench(process.argv[2] ?? "bench-out");
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${Object.values(files).join(" and ")} in ${seconds} s.`);
}
