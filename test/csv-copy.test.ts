/** The report's copy of a CSV sheet is parsed again from the text and must match the rows read. */
import { parseCsv } from "../src/io/csv";
import type { RawSheet } from "../src/io/raw";

function onlySheet(text: string): RawSheet {
  const sheet = parseCsv(text, "export.csv").sheets[0];
  if (!sheet) throw new Error("parseCsv returned no sheet");
  return sheet;
}

function copyOf(sheet: RawSheet): unknown[][] {
  if (!sheet.copyRows) throw new Error("the CSV sheet has no copy rows");
  return Array.from(sheet.copyRows);
}

describe("CSV copy rows", () => {
  test("match the rows read", () => {
    const sheet = onlySheet("Customer,Amount\nC1,10\nC2,20\n");

    expect(copyOf(sheet)).toEqual(sheet.rows);
    expect(sheet.rows).toHaveLength(3);
  });

  test("quoted line breaks across blocks", () => {
    // The 1,000th row contains a quoted line break, so the first block ends right after it.
    const lines = ["Customer;Note"];
    for (let i = 1; i < 2_600; i++) {
      lines.push(i % 999 === 0 ? `C${i};"first line\r\nsecond; line"` : `C${i};n${i}`);
    }
    const sheet = onlySheet(`${lines.join("\r\n")}\r\n`);
    const copy = copyOf(sheet);

    expect(sheet.rows).toHaveLength(2_600);
    expect(copy).toEqual(sheet.rows);
    expect(copy[999]).toEqual(["C999", "first line\r\nsecond; line"]);
  });

  test("empty lines kept, trailing ones dropped", () => {
    const sheet = onlySheet("a\tb\n\n1\t2\n\n\n");

    expect(sheet.rows).toEqual([["a", "b"], [""], ["1", "2"]]);
    expect(copyOf(sheet)).toEqual(sheet.rows);
  });

  test("an exact number of blocks", () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `r${i}|${i}`);
    const sheet = onlySheet(lines.join("\n"));

    expect(sheet.rows).toHaveLength(2_000);
    expect(copyOf(sheet)).toEqual(sheet.rows);
  });

  test("every pass reads the text again", () => {
    const sheet = onlySheet("a,b\n1,2\n");

    expect(copyOf(sheet)).toEqual(copyOf(sheet));
  });
});

describe("CSV delimiter", () => {
  test.each([
    ["comma", "Customer,Amount\nC1,10\n"],
    ["semicolon", "Customer;Amount\nC1;10\nC2;20\n"],
    ["tab", "Customer\tAmount\nC1\t10\nC2\t20\n"],
    ["pipe", "Customer|Amount\nC1|10\n"],
    ["tab, blank lines", "Customer\tAmount\n\nC1\t10\n\n\n"],
    ["semicolon, quoted comma", 'Customer;Amount\nC1;"1,5"\n'],
  ])("%s, two columns", (_name, text) => {
    const sheet = onlySheet(text);

    expect(sheet.rows[0]).toEqual(["Customer", "Amount"]);
    expect(sheet.rows.filter((row) => row.length === 2)).toHaveLength(
      sheet.rows.length - countBlank(sheet),
    );
  });
});

function countBlank(sheet: RawSheet): number {
  return sheet.rows.filter((row) => row.length === 1 && row[0] === "").length;
}
