/**
 * Published receivables exports, read in process through the same reader and engine as the command
 * line. The expected figures were computed independently of the product.
 */
import fs from "node:fs";
import path from "node:path";

import { analyze, type Analysis } from "../src/engine/analyze";
import { dayFromIso } from "../src/engine/dates";
import { toCents } from "../src/engine/money";
import { messagesFor } from "../src/i18n/messages";
import type { ReadResult } from "../src/io/records";
import { readFileRecords } from "./support/workbooks";

const DATA = path.resolve(__dirname, "..", "..", "shared", "data");
const IBM_CSV = path.join(DATA, "ibm-accounts-receivable.csv");
const IBM_XLSX = path.join(DATA, "ibm-accounts-receivable.xlsx");
const B2B_CSV = path.join(DATA, "b2b-open-items.csv");

const messages = messagesFor("en-US");

async function analyseFile(
  file: string,
  asOf: string,
): Promise<{ loaded: ReadResult; analysis: Analysis }> {
  const loaded = await readFileRecords(file, { messages });
  const analysis = analyze(loaded.records, { asOf: dayFromIso(asOf) as number, messages });
  return { loaded, analysis };
}

function bucket(analysis: Analysis, label: string): { amount: number; count: number } {
  const found = analysis.aging.buckets.find((candidate) => candidate.label === label);
  return { amount: toCents(found?.amount ?? Number.NaN), count: found?.count ?? -1 };
}

function describeWithFile(name: string, files: string[], body: () => void): void {
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    process.stderr.write(`Skipping "${name}": ${missing.join(", ")} not found.\n`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

for (const [name, file] of [
  ["IBM sample as CSV", IBM_CSV],
  ["IBM sample as xlsx", IBM_XLSX],
] as const) {
  describeWithFile(`${name} as of 2013-06-30`, [file], () => {
    let loaded: ReadResult;
    let analysis: Analysis;

    beforeAll(async () => {
      ({ loaded, analysis } = await analyseFile(file, "2013-06-30"));
    });

    test("reads every row without issues", () => {
      expect(loaded.issues).toEqual([]);
      expect(analysis.issues).toEqual([]);
      expect(loaded.records.invoices).toHaveLength(2466);
    });

    test("puts 4,284.29 in 72 items in Current", () => {
      expect(bucket(analysis, "Current")).toEqual({ amount: 4284.29, count: 72 });
    });

    test("puts 835.56 in 12 items in 1-30", () => {
      expect(bucket(analysis, "1-30")).toEqual({ amount: 835.56, count: 12 });
    });

    test("has nothing older than 30 days", () => {
      expect(bucket(analysis, "31-60")).toEqual({ amount: 0, count: 0 });
      expect(bucket(analysis, "61-90")).toEqual({ amount: 0, count: 0 });
      expect(bucket(analysis, "90+")).toEqual({ amount: 0, count: 0 });
    });

    test("totals 5,119.85 over 52 customers", () => {
      expect(toCents(analysis.aging.total)).toBe(5119.85);
      expect(analysis.customers).toHaveLength(52);
    });

    test("has a DSO of 23.15 days over 90 days", () => {
      expect(analysis.kpis.periodDays).toBe(90);
      expect(Number(analysis.kpis.dso?.toFixed(2))).toBe(23.15);
    });
  });
}

describeWithFile("B2B open items as of 2020-05-31", [B2B_CSV], () => {
  let loaded: ReadResult;
  let analysis: Analysis;

  beforeAll(async () => {
    ({ loaded, analysis } = await analyseFile(B2B_CSV, "2020-05-31"));
  });

  test("reads the SAP-style columns with DD-MM-YYYY dates without errors", () => {
    expect(loaded.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(loaded.records.invoices).toHaveLength(9681);
  });

  test("ages 9,681 open items", () => {
    expect(analysis.aging.items).toHaveLength(9681);
  });

  test("groups 553 customers by customer number, not by name", () => {
    expect(analysis.customers).toHaveLength(553);
    expect(analysis.customers.every((customer) => /^\w+$/.test(customer.id))).toBe(true);
  });

  test("trims trailing spaces from customer names", () => {
    const names = analysis.customers.map((customer) => customer.name ?? "");
    expect(names.filter((name) => name !== name.trim())).toEqual([]);
  });

  test("totals 310,427,858.97", () => {
    expect(toCents(analysis.aging.total)).toBe(310_427_858.97);
  });
});
