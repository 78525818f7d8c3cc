import { inputCellValue } from "../src/io/xlsx-inputs";
import { SheetNames, sanitizeSheetName, sheetNameProblem } from "../src/io/xlsx-names";
import { planTable } from "../src/io/xlsx-tables";
import { absoluteRangeRef, argbColor, columnLetters, escapeXml } from "../src/io/xlsx-xml";
import { cell } from "../src/report/model";

describe("sheet names", () => {
  test("rejects names Excel does not accept", () => {
    expect(sheetNameProblem("")).toBeDefined();
    expect(sheetNameProblem("x".repeat(32))).toBeDefined();
    expect(sheetNameProblem("a[1]")).toBeDefined();
    expect(sheetNameProblem("'quoted")).toBeDefined();
    expect(sheetNameProblem("CD Aging")).toBeUndefined();
    expect(sheetNameProblem("应收账款")).toBeUndefined();
  });

  test("sanitizes invalid characters and length", () => {
    expect(sanitizeSheetName("2026/06 *export*")).toBe("2026_06 _export_");
    expect(sanitizeSheetName("y".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("''")).toBe("Sheet");
  });

  test("suffixes clashes within 31 characters", () => {
    const names = new SheetNames();
    names.reserve("CD Aging");
    const long = "A very long input sheet name 123";
    names.reserve(sanitizeSheetName(long));
    expect(names.reserveWithSuffix("cd aging", "input")).toBe("cd aging (input)");
    expect(names.reserveWithSuffix("CD AGING", "input")).toBe("CD AGING (input 2)");
    const suffixed = names.reserveWithSuffix(long, "input");
    expect(suffixed).toBe("A very long input sheet (input)");
    expect(suffixed.length).toBeLessThanOrEqual(31);
  });
});

describe("input values", () => {
  test("keeps text as text whatever its first character", () => {
    for (const text of ["=1+1", "+1", "-1", "@x", "#N/A", "TRUE"]) {
      expect(inputCellValue(text)).toBe(text);
    }
  });

  test("cuts text at Excel's cell limit", () => {
    expect(inputCellValue("x".repeat(40_000))).toHaveLength(32_767);
  });

  test("writes non-finite numbers as text and invalid dates as empty", () => {
    expect(inputCellValue(Number.NaN)).toBe("NaN");
    expect(inputCellValue(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(inputCellValue(new Date(Number.NaN))).toBeNull();
    expect(inputCellValue(undefined)).toBeNull();
  });
});

describe("tables", () => {
  const rows = [
    [cell("Amount"), cell(null), cell("amount")],
    [cell(1), cell(2), cell(3)],
  ];
  const range = { top: 0, left: 0, bottom: 1, right: 2 };

  test("names empty and repeated header cells uniquely", () => {
    const plan = planTable(
      { name: "T1x", range, totalsRow: false, style: "TableStyleLight1" },
      rows,
      new Set(),
    );
    expect(plan?.columnNames).toEqual(["Amount", "Column2", "amount2"]);
  });

  test("rejects names that Excel reads as cell references", () => {
    for (const name of ["A1", "R1C1", "1Table", "My Table"]) {
      expect(() =>
        planTable({ name, range, totalsRow: false, style: "x" }, rows, new Set()),
      ).toThrow("Invalid table name");
    }
  });

  test("rejects a table name used twice ignoring case", () => {
    const used = new Set<string>();
    planTable({ name: "Detail", range, totalsRow: false, style: "x" }, rows, used);
    expect(() =>
      planTable({ name: "DETAIL", range, totalsRow: false, style: "x" }, rows, used),
    ).toThrow("Duplicate table name");
  });

  test("leaves out a table without data rows", () => {
    const headerOnly = { top: 0, left: 0, bottom: 0, right: 2 };
    expect(
      planTable(
        { name: "Empty", range: headerOnly, totalsRow: false, style: "x" },
        rows,
        new Set(),
      ),
    ).toBeUndefined();
  });
});

describe("references", () => {
  test("builds column letters past Z", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  test("quotes sheet names and doubles apostrophes", () => {
    expect(absoluteRangeRef("CD Aging", { top: 4, left: 1, bottom: 8, right: 1 })).toBe(
      "'CD Aging'!$B$5:$B$9",
    );
    expect(absoluteRangeRef("O'Brien", { top: 0, left: 0, bottom: 0, right: 0 })).toBe(
      "'O''Brien'!$A$1:$A$1",
    );
  });

  test("escapes XML and drops characters XML forbids", () => {
    expect(escapeXml('a<b>&"c"\u0001')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
  });

  test("normalizes colours to ARGB", () => {
    expect(argbColor("#ffc7ce")).toBe("FFFFC7CE");
    expect(argbColor("80FFC7CE")).toBe("80FFC7CE");
    expect(() => argbColor("red")).toThrow('Invalid colour "red"');
  });
});
