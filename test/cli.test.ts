/**
 * The `credit-desk` command run as a user runs it, on good and bad files: exit status, one JSON
 * document on stdout, a clear message on stderr without a stack trace, and an input file that
 * is never modified.
 */
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import ExcelJS from "exceljs";

import {
  GB18030_PAIRS,
  csvText,
  gb18030Bytes,
  oleBytes,
  pseudoRandomBytes,
  simpleInvoiceRows,
  tempDir,
  utf16LeBytes,
  windows1252Bytes,
  writeWorkbook,
} from "./support/workbooks";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "bin", "credit-desk.js");
const AS_OF = ["--as-of", "2026-06-30"];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, encoding: "utf8" },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

function hashOf(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Parses stdout as exactly one JSON document on one line. */
function jsonOf(result: Run): {
  issues: { code: string; severity: string; message: string; row: number }[];
  report: string | null;
  [key: string]: unknown;
} {
  const lines = result.stdout.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string);
}

const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)|node:internal|triggerUncaughtException/m;

let dir: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  }
  dir = tempDir("credit-desk-cli-");
}, 180_000);

describe("bad input files", () => {
  interface BadFile {
    rule: string;
    name: string;
    write: (file: string) => Promise<unknown> | void;
    exit: number;
    message: RegExp;
    code?: string;
  }

  const cases: BadFile[] = [
    {
      rule: "rejects random bytes named .xlsx as not a workbook",
      name: "random.xlsx",
      write: (file) => fs.writeFileSync(file, pseudoRandomBytes(2048)),
      exit: 1,
      message: /neither an \.xlsx workbook nor a CSV file/,
      code: "unreadable-file",
    },
    {
      rule: "rejects text named .xlsx as not a workbook",
      name: "text.xlsx",
      write: (file) => fs.writeFileSync(file, "Customer,Invoice No,Due Date,Amount\n"),
      exit: 1,
      message: /neither an \.xlsx workbook nor a CSV file/,
      code: "unreadable-file",
    },
    {
      rule: "explains that a password-protected workbook must be unlocked",
      name: "locked.xlsx",
      write: (file) => fs.writeFileSync(file, oleBytes()),
      exit: 1,
      message: /password-protected or in the old \.xls format/,
      code: "unreadable-file",
    },
    {
      rule: "reports a truncated workbook as unreadable",
      name: "truncated.xlsx",
      write: async (file) => {
        const whole = path.join(dir, "whole.xlsx");
        await writeWorkbook(whole, [{ name: "Invoices", rows: simpleInvoiceRows() }]);
        const bytes = fs.readFileSync(whole);
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      },
      exit: 1,
      message: /workbook cannot be opened/,
      code: "unreadable-file",
    },
    {
      rule: "reports an empty file",
      name: "empty.csv",
      write: (file) => fs.writeFileSync(file, ""),
      exit: 1,
      message: /The file is empty/,
      code: "unreadable-file",
    },
    {
      rule: "reports a workbook without sheets as having no Invoices sheet",
      name: "no-sheets.xlsx",
      write: (file) => new ExcelJS.Workbook().xlsx.writeFile(file),
      exit: 1,
      message: /No Invoices sheet was found/,
      code: "missing-sheet",
    },
    {
      rule: "reports an empty Invoices sheet by its missing columns",
      name: "empty-sheet.xlsx",
      write: (file) => writeWorkbook(file, [{ name: "Invoices", rows: [] }]),
      exit: 1,
      message: /Sheet Invoices has no Amount column/,
      code: "missing-column",
    },
    {
      rule: "reports a sheet without a recognisable header",
      name: "no-header.xlsx",
      write: (file) =>
        writeWorkbook(file, [
          {
            name: "Data",
            rows: [
              ["foo", "bar", "baz"],
              [1, 2, 3],
            ],
          },
        ]),
      exit: 1,
      message: /No Invoices sheet was found/,
      code: "missing-sheet",
    },
  ];

  const results = new Map<string, { result: Run; before: string; after: string }>();

  beforeAll(async () => {
    await Promise.all(
      cases.map(async (entry) => {
        const file = path.join(dir, entry.name);
        await entry.write(file);
        const before = hashOf(file);
        const result = await run(["analyze", entry.name, ...AS_OF, "--json"], dir);
        results.set(entry.name, { result, before, after: hashOf(file) });
      }),
    );
  }, 60_000);

  test.each(cases)("$rule", (entry) => {
    const { result, before, after } = results.get(entry.name) as {
      result: Run;
      before: string;
      after: string;
    };
    expect(result.status).toBe(entry.exit);
    expect(result.stderr).toMatch(entry.message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const json = jsonOf(result);
    expect(json.issues.map((issue) => issue.code)).toContain(entry.code);
    expect(json.report).toBeNull();
    expect(after).toBe(before);
  });
});

describe("CSV encodings", () => {
  const header = "客户编号,客户名称,发票号,到期日,金额";

  test("fixture bytes for 客户编号 decode as GB18030", () => {
    expect(new TextDecoder("gb18030").decode(gb18030Bytes("客户编号"))).toBe("客户编号");
    expect([...gb18030Bytes("客户编号")]).toEqual([0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5]);
    for (const [char, pair] of Object.entries(GB18030_PAIRS)) {
      expect(new TextDecoder("gb18030").decode(Uint8Array.from(pair))).toBe(char);
    }
  });

  const encoded: [string, string, Uint8Array, string][] = [
    [
      "reads a GB18030 CSV with Chinese headers",
      "gb18030.csv",
      gb18030Bytes(csvText([header.split(","), ["C001", "华为", "INV-1", "2026-06-15", "1000"]])),
      "华为",
    ],
    [
      "reads a UTF-16 CSV with a byte order mark",
      "utf16.csv",
      utf16LeBytes(
        csvText([
          ["Customer ID", "Customer Name", "Invoice No", "Due Date", "Amount"],
          ["C001", "Zoë Ltd", "INV-1", "2026-06-15", "1000"],
        ]),
      ),
      "Zoë Ltd",
    ],
    [
      "reads a Windows-1252 CSV with Müller",
      "cp1252.csv",
      windows1252Bytes(
        csvText(
          [
            ["Kunde", "Name", "Rechnung", "Fällig", "Betrag"],
            ["C001", "Müller GmbH", "INV-1", "15.06.2026", "1.000,00"],
          ],
          ";",
        ),
      ),
      "Müller GmbH",
    ],
  ];

  const results = new Map<string, Run>();

  beforeAll(async () => {
    await Promise.all(
      encoded.map(async ([, name, bytes]) => {
        fs.writeFileSync(path.join(dir, name), bytes);
        results.set(name, await run(["analyze", name, ...AS_OF, "--json"], dir));
      }),
    );
  }, 60_000);

  test.each(encoded)("%s", (_rule, name, _bytes, customerName) => {
    const result = results.get(name) as Run;
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.status).toBe(0);
    const json = jsonOf(result) as unknown as {
      aging: { total: number };
      customers: { id: string; name: string | null }[];
    };
    expect(json.aging.total).toBe(1000);
    expect(json.customers.map((customer) => [customer.id, customer.name])).toEqual([
      ["C001", customerName],
    ]);
  });
});

describe("exit status", () => {
  let results: Record<"clean" | "warning" | "badCell", Run>;
  let badCellReport: string;

  beforeAll(async () => {
    await writeWorkbook(path.join(dir, "clean.xlsx"), [
      { name: "Invoices", rows: simpleInvoiceRows() },
    ]);
    const duplicated = simpleInvoiceRows();
    duplicated.push([...(duplicated[1] as unknown[])] as (typeof duplicated)[number]);
    await writeWorkbook(path.join(dir, "warning.xlsx"), [{ name: "Invoices", rows: duplicated }]);
    const badCell = simpleInvoiceRows();
    badCell.push(["C003", "Hill Farms", "INV-3", "2026-05-01", "2026-05-31", "n/a"]);
    await writeWorkbook(path.join(dir, "bad-cell.xlsx"), [{ name: "Invoices", rows: badCell }]);
    badCellReport = path.join(dir, "bad-cell-out.xlsx");
    const [clean, warning, bad] = await Promise.all([
      run(["analyze", "clean.xlsx", ...AS_OF, "--json", "--out", "clean-out.xlsx"], dir),
      run(["analyze", "warning.xlsx", ...AS_OF, "--json", "--out", "warning-out.xlsx"], dir),
      run(["analyze", "bad-cell.xlsx", ...AS_OF, "--json", "--out", badCellReport], dir),
    ]);
    results = { clean: clean, warning: warning, badCell: bad };
  }, 60_000);

  test("exits 0 when the input has no issues", () => {
    expect(results.clean.status).toBe(0);
    expect(jsonOf(results.clean).issues).toEqual([]);
  });

  test("exits 0 when the input has only warnings", () => {
    expect(results.warning.status).toBe(0);
    const json = jsonOf(results.warning);
    expect(json.issues.map((issue) => issue.code)).toEqual(["duplicate-invoice"]);
  });

  test("exits 1 on an input error and still reports the readable rows", () => {
    expect(results.badCell.status).toBe(1);
    const json = jsonOf(results.badCell) as ReturnType<typeof jsonOf> & {
      aging: { total: number };
    };
    expect(json.issues).toEqual([
      expect.objectContaining({ code: "bad-number", severity: "error" }),
    ]);
    expect(json.aging.total).toBe(1500);
    expect(json.report).toBe(badCellReport);
    expect(fs.existsSync(badCellReport)).toBe(true);
    expect(results.badCell.stderr).toMatch(/Invoices row 4 F: Amount "n\/a" cannot be read/);
  });
});

describe("usage errors", () => {
  let input: string;
  let inputHash: string;

  beforeAll(async () => {
    input = path.join(dir, "usage.xlsx");
    await writeWorkbook(input, [{ name: "Invoices", rows: simpleInvoiceRows() }]);
    inputHash = hashOf(input);
    fs.symlinkSync("usage.xlsx", path.join(dir, "usage-link.xlsx"));
    fs.linkSync(input, path.join(dir, "usage-hard.xlsx"));
  });

  const usage: [string, string[], RegExp][] = [
    [
      "rejects a missing file",
      ["analyze", "no-such-file.xlsx", ...AS_OF],
      /File not found: no-such-file\.xlsx/,
    ],
    [
      "rejects an invalid --as-of",
      ["analyze", "usage.xlsx", "--as-of", "2026-02-30"],
      /Invalid --as-of "2026-02-30"/,
    ],
    [
      "rejects decreasing --buckets",
      ["analyze", "usage.xlsx", ...AS_OF, "--buckets", "60,30"],
      /Invalid --buckets "60,30"/,
    ],
    [
      "rejects an unknown --basis",
      ["analyze", "usage.xlsx", ...AS_OF, "--basis", "foo"],
      /Invalid --basis "foo"/,
    ],
    [
      "rejects an empty --control-total",
      ["analyze", "usage.xlsx", ...AS_OF, "--control-total", ""],
      /Invalid --control-total ""/,
    ],
    [
      "rejects --out equal to the input",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "usage.xlsx"],
      /is the input file/,
    ],
    [
      "rejects --out naming the input by another path",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "./sub/../usage.xlsx"],
      /is the input file/,
    ],
    [
      "rejects --out through a symbolic link to the input",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "usage-link.xlsx"],
      /is the input file/,
    ],
    [
      "rejects --out through a hard link to the input",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "usage-hard.xlsx"],
      /is the input file/,
    ],
    [
      "rejects --out in a missing folder",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "missing/report.xlsx"],
      /folder .* not found/,
    ],
    [
      "rejects --out naming a folder",
      ["analyze", "usage.xlsx", ...AS_OF, "--out", "."],
      /is a folder/,
    ],
    ["rejects an unknown command", ["age", "usage.xlsx"], /Invalid command "age"/],
  ];

  const results = new Map<string, Run>();

  beforeAll(async () => {
    await Promise.all(
      usage.map(async ([rule, args]) => {
        results.set(rule, await run([...args, "--json"], dir));
      }),
    );
  }, 60_000);

  test.each(usage)("%s with exit 2 and a message on stderr", (rule, _args, message) => {
    const result = results.get(rule) as Run;
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout).toBe("");
  });

  test("leaves the input byte-identical after every refused run", () => {
    expect(hashOf(input)).toBe(inputHash);
    expect(fs.lstatSync(path.join(dir, "usage-link.xlsx")).isSymbolicLink()).toBe(true);
  });
});

describe("report file", () => {
  test("is written beside the input by default, never over it", async () => {
    const folder = path.join(dir, "beside");
    fs.mkdirSync(folder);
    const input = path.join(folder, "ledger.xlsx");
    await writeWorkbook(input, [{ name: "Invoices", rows: simpleInvoiceRows() }]);
    const before = hashOf(input);

    const result = await run(["analyze", input, ...AS_OF, "--json"], dir);

    expect(result.status).toBe(0);
    const expected = path.join(folder, "ledger-report-2026-06-30.xlsx");
    expect(jsonOf(result).report).toBe(expected);
    expect(fs.existsSync(expected)).toBe(true);
    expect(hashOf(input)).toBe(before);
    expect(fs.readdirSync(folder).sort()).toEqual(["ledger-report-2026-06-30.xlsx", "ledger.xlsx"]);
  });

  test("copies text that looks like a formula as text, never as a formula", async () => {
    const needles = [
      '=HYPERLINK("http://example.invalid","x")',
      "+SUM(1,2)",
      "-2+3",
      "@cmd",
      "=1+1",
    ];
    const input = path.join(dir, "formula-text.xlsx");
    await writeWorkbook(input, [
      {
        name: "Invoices",
        rows: [
          ["Customer ID", "Customer Name", "Invoice No", "Due Date", "Amount", "Document Link"],
          [
            needles[0] as string,
            needles[1] as string,
            needles[2] as string,
            "2026-06-15",
            1000,
            needles[3] as string,
          ],
          ["C2", needles[4] as string, "INV-2", "2026-07-15", 500, ""],
        ],
      },
    ]);
    const out = path.join(dir, "formula-text-report.xlsx");

    const result = await run(["analyze", input, ...AS_OF, "--json", "--out", out], dir);
    expect(result.status).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const formulas: string[] = [];
    const texts = new Set<string>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(`${sheet.name}!${cell.address}=${cell.formula}`);
          if (typeof cell.value === "string") texts.add(cell.value);
        }),
      ),
    );
    for (const needle of needles) {
      const body = needle.replace(/^[=+\-@]/, "");
      expect(formulas.filter((formula) => formula.includes(body))).toEqual([]);
      expect(texts.has(needle)).toBe(true);
    }
  });
});

describe("template", () => {
  test.each(["en-US", "zh-CN"])(
    "writes a %s workbook whose example rows analyze leaves out",
    async (locale) => {
      const file = path.join(dir, `template-${locale}.xlsx`);
      const written = await run(["template", file, "--locale", locale], dir);
      expect(written.status).toBe(0);
      expect(fs.existsSync(file)).toBe(true);

      const result = await run(["analyze", file, ...AS_OF, "--json", "--locale", locale], dir);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.status).toBe(0);
      const json = jsonOf(result) as ReturnType<typeof jsonOf> & { aging: { total: number } };
      expect(json.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      // The template's example rows are recognised and left out, each with a warning.
      expect(json.aging.total).toBe(0);
      const examples = json.issues.filter((issue) => issue.code === "template-example");
      expect(examples.map((issue) => issue.row)).toEqual([2, 2, 2, 2, 2]);
    },
  );
});
