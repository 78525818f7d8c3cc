/** Cells that refer to input rows link to the sheet that contains those rows in the written workbook. */
import { analyzeWorkbook } from "../src/app/analyze-workbook";
import { dayFromIso } from "../src/engine/dates";
import { parseCsv } from "../src/io/csv";
import type { SheetModel } from "../src/report/model";
import { rowArray } from "../src/report/rows";

const AS_OF = dayFromIso("2026-06-30")!;
const CSV = [
  "Customer ID,Invoice No,Due Date,Amount",
  "C1,INV-1,2026-05-31,100.00",
  "C2,INV-2,not a date,200.00",
  "C2,INV-3,2026-06-15,300.00",
].join("\n");

function links(models: SheetModel[], marker: string): string[] {
  const model = models.find((candidate) => candidate.marker === marker);
  return rowArray(model?.rows ?? [])
    .flat()
    .flatMap((cell) => (cell?.link ? [cell.link] : []));
}

describe("links to input rows", () => {
  test("a CSV report links to its copy", () => {
    const run = analyzeWorkbook(parseCsv(CSV, "export.csv"), {
      asOf: AS_OF,
      locale: "en-US",
      copyInputs: true,
    });

    expect(run.inputs.map((input) => input.name)).toEqual(["export"]);
    expect(links(run.models, "aging")).toEqual(["'export'!A2", "'export'!A4"]);
    expect(links(run.models, "parameters")).toContain("'export'!C3");
  });

  test("without copies, links go to the input sheet", () => {
    const run = analyzeWorkbook(parseCsv(CSV, "export.csv"), { asOf: AS_OF, locale: "en-US" });

    expect(run.inputs).toEqual([]);
    expect(links(run.models, "aging")).toEqual(["'export.csv'!A2", "'export.csv'!A4"]);
  });
});
