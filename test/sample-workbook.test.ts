import path from "node:path";

import ExcelJS from "exceljs";

import { DEFAULT_FRAMEWORK } from "../src/engine/assessment";
import { points } from "../src/engine/assessment/score";
import { dayFromIso } from "../src/engine/dates";
import { readPreviousState } from "../src/io/previous";
import { readXlsxFile } from "../src/io/xlsx-read";

const SAMPLE = path.join(__dirname, "../assets/sample.xlsx");
const AS_OF = Date.UTC(2026, 5, 30);

const HEADERS: Record<string, string[]> = {
  Invoices: [
    "Customer ID",
    "Customer Name",
    "Invoice No",
    "Invoice Date",
    "Due Date",
    "Terms Days",
    "Currency",
    "Amount",
    "Type",
    "Applies To",
    "Installment",
    "Disputed",
    "Contract No",
    "Pledged",
  ],
  Payments: ["Customer ID", "Invoice No", "Payment Date", "Amount", "Currency"],
  Contracts: [
    "Contract No",
    "Customer ID",
    "Signed Date",
    "Terms Days",
    "Delivery Proof",
    "Retention Of Title",
    "File Link",
  ],
  Organisation: ["Role", "Person", "Approval Limit"],
  "Exchange Rates": ["Currency", "Rate", "Date"],
  Assessment: ["Code", "No", "Question", "Answer", "Evidence", "Note"],
  Parameters: ["Name", "Value"],
};

const WEIGHTS: Record<string, number> = {
  A1: 8,
  A2: 8,
  A3: 9,
  A4: 7,
  A5: 8,
  B1: 9,
  B2: 9,
  B3: 7,
  B4: 12,
  B5: 13,
  B6: 10,
};

type Row = Record<string, ExcelJS.CellValue>;

const workbook = new ExcelJS.Workbook();
const sheets: Record<string, Row[]> = {};

/** Reads a sheet's rows keyed by header, with `null` for a blank row. */
function rowsOf(sheet: ExcelJS.Worksheet): Row[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Row[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (!row.hasValues) {
      rows.push(null as unknown as Row);
      continue;
    }
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  }
  return rows;
}

beforeAll(async () => {
  await workbook.xlsx.readFile(SAMPLE);
  for (const sheet of workbook.worksheets) sheets[sheet.name] = rowsOf(sheet);
});

const invoices = () =>
  (sheets.Invoices ?? []).filter((row) => row && row["Customer ID"] !== "Total");
const time = (value: ExcelJS.CellValue) => (value instanceof Date ? value.getTime() : NaN);

describe("sample workbook", () => {
  test("lists input sheets with headers", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Invoices",
      "Payments",
      "Customers",
      "Contracts",
      "Organisation",
      "Exchange Rates",
      "Assessment",
      "Parameters",
      "CD History",
    ]);
    for (const [name, headers] of Object.entries(HEADERS)) {
      const sheet = workbook.getWorksheet(name)!;
      expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(headers);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
    expect(workbook.getWorksheet("Customers")!.getRow(1).cellCount).toBe(33);
  });

  test("contains invoices before and after as-of", () => {
    const dated = invoices()
      .filter((row) => row.Type === "Invoice")
      .map((row) => time(row["Invoice Date"]));
    expect(dated.filter((t) => t <= AS_OF).length).toBeGreaterThan(1000);
    expect(dated.filter((t) => t > AS_OF).length).toBeGreaterThanOrEqual(3);
  });

  test("writes dates as formatted date cells", () => {
    const cell = workbook.getWorksheet("Invoices")!.getCell("D2");
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe("yyyy-mm-dd");
  });

  test("keeps the flaws readers must report", () => {
    const rows = sheets.Invoices ?? [];
    expect(invoices().filter((row) => row.Amount === "n/a")).toHaveLength(1);
    expect(invoices().filter((row) => row["Invoice Date"] === "2026-02-30")).toHaveLength(1);
    expect(rows.indexOf(null as unknown as Row)).toBeGreaterThan(100);

    const total = rows.at(-1)!;
    const sum = invoices().reduce(
      (acc, row) => acc + (typeof row.Amount === "number" ? row.Amount : 0),
      0,
    );
    expect(total["Customer ID"]).toBe("Total");
    expect((total.Amount as ExcelJS.CellFormulaValue).formula).toMatch(/^SUM\(H2:H\d+\)$/);
    expect((total.Amount as ExcelJS.CellFormulaValue).result).toBeCloseTo(sum, 2);

    const names = (sheets.Customers ?? []).map((row) => String(row.Name));
    expect(names.filter((name) => name !== name.trimEnd())).toHaveLength(1);
  });

  test("mixes credit notes, installments and unapplied cash", () => {
    const credits = invoices().filter((row) => row.Type === "Credit Note");
    expect(credits.some((row) => row["Applies To"])).toBe(true);
    expect(credits.some((row) => !row["Applies To"])).toBe(true);

    const second = invoices().find((row) => row.Installment === 2)!;
    const first = invoices().find(
      (row) => row["Invoice No"] === second["Invoice No"] && row.Installment === 1,
    )!;
    expect(time(second["Due Date"])).toBeGreaterThan(time(first["Due Date"]));

    expect((sheets.Payments ?? []).some((row) => !row["Invoice No"])).toBe(true);
    expect(new Set(invoices().map((row) => row.Currency))).toEqual(new Set(["USD", "EUR"]));
    expect(invoices().some((row) => row.Disputed === "Yes")).toBe(true);
  });

  test("covers every customer kind", () => {
    const customers = sheets.Customers ?? [];
    // 42 customers are invoiced; one is left off the Customers sheet on purpose.
    expect(customers).toHaveLength(41);
    const listed = new Set(customers.map((row) => row["Customer ID"]));
    expect(invoices().some((row) => !listed.has(row["Customer ID"]))).toBe(true);
    expect(new Set(customers.map((row) => row.Country))).toEqual(new Set(["US", "DE", "FR", "CN"]));
    expect(customers.filter((row) => row.Government === "Yes")).toHaveLength(1);
    expect(customers.filter((row) => row["Related Party"] === "Yes")).toHaveLength(1);
    expect(customers.some((row) => row.Supplier === "Yes" && typeof row.Payable === "number")).toBe(
      true,
    );
    expect(customers.some((row) => row["Limit Approved By"] === row["Account Owner"])).toBe(true);

    const authority = new Map(
      (sheets.Organisation ?? []).map((row) => [row.Person, row["Approval Limit"]]),
    );
    const aboveAuthority = customers.filter(
      (row) => Number(row["Credit Limit"]) > Number(authority.get(row["Limit Approved By"]) ?? 0),
    );
    expect(aboveAuthority.length).toBeGreaterThanOrEqual(1);
  });

  test("lands the assessment in the developing band", () => {
    const answers = sheets.Assessment ?? [];
    const value: Record<string, number> = { Yes: 1, Partly: 0.5, No: 0 };
    const sums: Record<string, number> = {};
    for (const row of answers)
      sums[String(row.Code)] = (sums[String(row.Code)] ?? 0) + (value[String(row.Answer)] ?? 0);
    const score = Object.entries(sums).reduce(
      (acc, [code, sum]) => acc + (Math.round(sum) / 5) * (WEIGHTS[code] ?? 0),
      0,
    );

    expect(answers).toHaveLength(55);
    expect(answers.filter((row) => row.Answer === null)).toHaveLength(1);
    expect(score).toBeGreaterThanOrEqual(55);
    expect(score).toBeLessThan(70);
  });

  test("holds an earlier assessment run the reader reads back", async () => {
    const history = readPreviousState(await readXlsxFile(SAMPLE)).history;

    expect(history).toHaveLength(1);
    const run = history[0]!;
    expect(run.asOf).toBe(dayFromIso("2026-03-31"));
    expect(run.grade).toBe("not-ready");
    expect(Object.keys(run.levels)).toHaveLength(11);
    const sum = DEFAULT_FRAMEWORK.indicators.reduce(
      (acc, indicator) => acc + points(run.levels[indicator.code] ?? 0, indicator.weight),
      0,
    );
    expect(run.score).toBeCloseTo(sum, 2);
    expect(run.score).toBeLessThan(55);
  });
});
