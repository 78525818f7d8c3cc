import path from "node:path";

import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { CUSTOMER_FLAGS } from "../src/engine/customer-types";
import { dayFromIso } from "../src/engine/dates";
import { readPreviousState } from "../src/io/previous";
import { readXlsxFile } from "../src/io/xlsx-read";

const SAMPLE = path.join(__dirname, "..", "assets", "sample.xlsx");

describe("demo workbook", () => {
  let run: ReturnType<typeof analyzeWorkbook>;

  beforeAll(async () => {
    const raw = await readXlsxFile(SAMPLE);
    const previous = readPreviousState(raw);
    run = analyzeWorkbook(raw, {
      asOf: dayFromIso("2026-06-30") as number,
      locale: "en-US",
      previous,
    });
  });

  it("shows all five risk classes", () => {
    const classes = new Set(run.analysis.portfolio.customers.map((customer) => customer.riskClass));
    expect([...classes].sort()).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("shows every customer flag at least once", () => {
    const flags = new Set(run.analysis.portfolio.customers.flatMap((customer) => customer.flags));
    for (const flag of CUSTOMER_FLAGS) expect([flag, flags.has(flag)]).toEqual([flag, true]);
  });

  it("lands its self-assessment in the developing band with an earlier run to compare", () => {
    expect(run.analysis.assessment?.result.grade).toBe("developing");
    expect(run.analysis.assessment?.previous).toBeDefined();
  });
});
