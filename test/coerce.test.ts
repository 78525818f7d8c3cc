import {
  INVALID,
  inferDateOrder,
  inferDecimalMark,
  parseBool,
  parseCurrency,
  parseDate,
  parseDocumentType,
  parseId,
  parseMoney,
  parseNumber,
  parseTerms,
  type RawValue,
} from "../src/io/coerce";
import { dayFromIso, isoFromDay } from "../src/engine/dates";
import { MINOR_PER_UNIT } from "../src/engine/money";

/** Reads a date and returns it as ISO text, or "invalid" / "blank", so failures print readably. */
function dateText(value: RawValue, options: Parameters<typeof parseDate>[1] = {}): string {
  const parsed = parseDate(value, options);
  if (parsed === INVALID) return "invalid";
  if (parsed === undefined) return "blank";
  return isoFromDay(parsed);
}

describe("parseNumber", () => {
  test.each([
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1,234,567.891", 1234567.891],
    ["1.234.567,89", 1234567.89],
    ["12,5", 12.5],
    ["0,5", 0.5],
  ])("reads %s with either decimal mark as %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each([
    ["$1,000.00", 1000],
    ["€ 12.345,67", 12345.67],
    ["£250", 250],
    ["¥1,000", 1000],
    ["1,000元", 1000],
    ["USD 100", 100],
    ["100 EUR", 100],
    ["CHF 1'234.50", 1234.5],
  ])("strips the currency sign or code from %s", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each([
    ["1 234,56", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["1\u202f234.56", 1234.56],
  ])("ignores ordinary and non-breaking spaces as thousands separators in %j", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each([
    ["(1,234.50)", -1234.5],
    ["1.234,50-", -1234.5],
    ["-75.25", -75.25],
    ["($40.00)", -40],
  ])("reads parentheses and a leading or trailing minus in %s as negative", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each(["n/a", "N/A", "-", "abc", "1.2.3", "12e3", "(5)-"])(
    "rejects %j as invalid",
    (text) => {
      expect(parseNumber(text)).toBe(INVALID);
    },
  );

  test("returns undefined for a blank cell", () => {
    expect(parseNumber("  ")).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
  });

  test("passes finite numbers through and rejects infinities", () => {
    expect(parseNumber(42.5)).toBe(42.5);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBe(INVALID);
  });

  test("uses the column's decimal mark for one separator before three digits", () => {
    expect(parseNumber("1,234")).toBe(1234);
    expect(parseNumber("1,234", ",")).toBe(1.234);
    expect(parseNumber("1.234")).toBe(1.234);
    expect(parseNumber("1.234", ",")).toBe(1234);
  });
});

describe("inferDecimalMark", () => {
  test("infers a comma from a value with both marks", () => {
    expect(inferDecimalMark(["1.234", "1.234,5"])).toBe(",");
  });

  test("infers a dot from a value with both marks", () => {
    expect(inferDecimalMark(["1,234", "1,234.5"])).toBe(".");
  });

  test("infers a comma from a comma followed by two digits", () => {
    expect(inferDecimalMark(["1.234", "12,50"])).toBe(",");
  });

  test("leaves the mark undecided when every value has three digits after it", () => {
    expect(inferDecimalMark(["1,234", "5,000"])).toBeUndefined();
  });

  test("ignores numeric cells, which carry no mark", () => {
    expect(inferDecimalMark([1234.5, 12.5])).toBeUndefined();
  });
});

describe("parseMoney", () => {
  test("reads money as integer minor units", () => {
    expect(parseMoney("1.234,56")).toBe(1234.56 * MINOR_PER_UNIT);
    expect(parseMoney("(0.01)")).toBe(-MINOR_PER_UNIT / 100);
  });

  test("reports n/a as invalid rather than zero", () => {
    expect(parseMoney("n/a")).toBe(INVALID);
  });
});

describe("parseDate", () => {
  test("reads ISO dates", () => {
    expect(dateText("2026-05-31")).toBe("2026-05-31");
  });

  test("reads ISO dates with a time of day", () => {
    expect(dateText("2026-05-31T10:15:00Z")).toBe("2026-05-31");
    expect(dateText("2026-05-31 23:59")).toBe("2026-05-31");
  });

  test("reads compact dates such as 20260531", () => {
    expect(dateText("20260531")).toBe("2026-05-31");
  });

  test("rejects compact dates that do not exist", () => {
    expect(dateText("20260231")).toBe("invalid");
  });

  test("reads dotted dates day first", () => {
    expect(dateText("31.05.2026")).toBe("2026-05-31");
    expect(dateText("01.02.2026")).toBe("2026-02-01");
  });

  test("reads slash dates month first by default", () => {
    expect(dateText("05/31/2026")).toBe("2026-05-31");
    expect(dateText("01/02/2026")).toBe("2026-01-02");
  });

  test("reads slash dates day first when the column order says so", () => {
    expect(dateText("01/02/2026", { order: "dmy" })).toBe("2026-02-01");
  });

  test("reads slash dates day first when the locale fallback says so", () => {
    expect(dateText("01/02/2026", { fallbackOrder: "dmy" })).toBe("2026-02-01");
  });

  test("reads Chinese dates", () => {
    expect(dateText("2026年5月31日")).toBe("2026-05-31");
  });

  test.each([
    ["31 May 2026", "2026-05-31"],
    ["May 31, 2026", "2026-05-31"],
    ["31-May-26", "2026-05-31"],
    ["Sept 3 2026", "2026-09-03"],
    ["3. März 2026", "2026-03-03"],
    ["31. Dez 2026", "2026-12-31"],
  ])("reads month names in %s", (text, expected) => {
    expect(dateText(text)).toBe(expected);
  });

  test("reads 46173 as 2026-05-31 in the 1900 date system", () => {
    expect(dateText(46173)).toBe("2026-05-31");
    expect(dateText("46173")).toBe("2026-05-31");
  });

  test("reads 44711 as 2026-05-31 in the 1904 date system", () => {
    expect(dateText(44711, { date1904: true })).toBe("2026-05-31");
    expect(dateText(46173, { date1904: true })).toBe("2030-06-01");
  });

  test("rejects serial 60, the 29 February 1900 that never existed", () => {
    expect(dateText(60)).toBe("invalid");
    expect(dateText(59)).toBe("1900-02-28");
    expect(dateText(61)).toBe("1900-03-01");
  });

  test("rejects serials below 1", () => {
    expect(dateText(0)).toBe("invalid");
    expect(dateText(-5)).toBe("invalid");
  });

  test("rejects 31/02/2026, which does not exist in either order", () => {
    expect(dateText("31/02/2026")).toBe("invalid");
    expect(dateText("31/02/2026", { order: "dmy" })).toBe("invalid");
  });

  test("rejects 29 February outside leap years", () => {
    expect(dateText("2026-02-29")).toBe("invalid");
    expect(dateText("2024-02-29")).toBe("2024-02-29");
  });

  test("reads Date cells by their UTC calendar day", () => {
    expect(dateText(new Date(Date.UTC(2026, 4, 31)))).toBe("2026-05-31");
  });

  test("rejects text that is not a date", () => {
    expect(dateText("soon")).toBe("invalid");
    expect(dateText("31 Foo 2026")).toBe("invalid");
  });

  test("returns undefined for a blank cell", () => {
    expect(dateText("")).toBe("blank");
    expect(dateText(null)).toBe("blank");
  });

  test("returns calendar days for ISO text", () => {
    expect(parseDate("2026-05-31")).toBe(dayFromIso("2026-05-31"));
  });
});

describe("inferDateOrder", () => {
  test("infers day first from a first part above 12", () => {
    expect(inferDateOrder(["01/02/2026", "13/02/2026"])).toBe("dmy");
  });

  test("infers month first from a second part above 12", () => {
    expect(inferDateOrder(["01/02/2026", "02/13/2026"])).toBe("mdy");
  });

  test("leaves the order undecided when every value is ambiguous", () => {
    expect(inferDateOrder(["01/02/2026", "12/11/2026"])).toBeUndefined();
  });

  test("ignores year-first values", () => {
    expect(inferDateOrder(["2026/05/31"])).toBeUndefined();
  });
});

describe("parseId", () => {
  test("keeps leading zeros", () => {
    expect(parseId("00123")).toBe("00123");
  });

  test("trims ordinary and non-breaking spaces", () => {
    expect(parseId("  00123 ")).toBe("00123");
    expect(parseId("\u00a000123\u00a0")).toBe("00123");
    expect(parseId("\u202fC-7\u2007")).toBe("C-7");
  });

  test("reads numeric cells without a decimal part", () => {
    expect(parseId(611365)).toBe("611365");
  });

  test("returns undefined for a cell of spaces", () => {
    expect(parseId(" \u00a0 ")).toBeUndefined();
  });
});

describe("parseBool", () => {
  test.each(["yes", "Y", "true", "x", "ja", "J", "是", "有", "✓"])("reads %j as yes", (text) => {
    expect(parseBool(text)).toBe(true);
  });

  test.each(["no", "N", "FALSE", "nein", "否", "无", "没有"])("reads %j as no", (text) => {
    expect(parseBool(text)).toBe(false);
  });

  test("reads checkbox values 1 and 0", () => {
    expect(parseBool(1)).toBe(true);
    expect(parseBool(0)).toBe(false);
    expect(parseBool(2)).toBe(INVALID);
  });

  test("rejects a typo as invalid", () => {
    expect(parseBool("yse")).toBe(INVALID);
  });
});

describe("parseDocumentType", () => {
  test.each([
    ["Invoice", "invoice"],
    ["Rechnung", "invoice"],
    ["发票", "invoice"],
    ["Credit Note", "credit-note"],
    ["credit_note", "credit-note"],
    ["CN", "credit-note"],
    ["Gutschrift", "credit-note"],
    ["贷项通知单", "credit-note"],
    ["Unbilled", "unbilled"],
    ["Progress Billing", "progress-billing"],
    ["Consignment", "consignment"],
    ["Bill and Hold", "bill-and-hold"],
    ["bill & hold", "bill-and-hold"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseDocumentType(text)).toBe(expected);
  });

  test("rejects an unknown type", () => {
    expect(parseDocumentType("receipt")).toBe(INVALID);
  });
});

describe("parseCurrency", () => {
  test.each([
    ["usd", "USD"],
    ["$", "USD"],
    ["US$", "USD"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["RMB", "CNY"],
    ["人民币", "CNY"],
    ["¥", "CNY"],
    ["美元", "USD"],
  ])("maps %j to %s", (text, expected) => {
    expect(parseCurrency(text)).toBe(expected);
  });

  test("rejects names that are not three-letter codes", () => {
    expect(parseCurrency("EURO")).toBe(INVALID);
    expect(parseCurrency("eu")).toBe(INVALID);
  });
});

describe("parseTerms", () => {
  test.each([
    ["Net 30", 30],
    ["net30", 30],
    ["NET 45 DAYS", 45],
    ["30 days", 30],
    ["30天", 30],
    ["60", 60],
    [90, 90],
  ])("reads %j as %d days", (value, expected) => {
    expect(parseTerms(value)).toBe(expected);
  });

  test("rejects terms keys that are not a day count", () => {
    expect(parseTerms("NAA8")).toBe(INVALID);
    expect(parseTerms(30.5)).toBe(INVALID);
    expect(parseTerms(-1)).toBe(INVALID);
  });
});
