import { addMonths, dayFromIso, endOfMonth, isoFromDay, startOfMonth } from "../src/engine/dates";
import {
  MINOR_PER_UNIT,
  convertMinor,
  fromMinor,
  ratio,
  sumMinor,
  toCents,
  toMinor,
} from "../src/engine/money";

const day = (iso: string): number => dayFromIso(iso) as number;

describe("toMinor", () => {
  test("keeps every unit as MINOR_PER_UNIT integer units", () => {
    expect(toMinor(1)).toBe(MINOR_PER_UNIT);
    expect(toMinor(1234.56)).toBe(12_345_600);
    expect(Number.isInteger(toMinor(0.1 + 0.2))).toBe(true);
  });

  test("keeps 1.005 exact rather than 1.00499999", () => {
    expect(toMinor(1.005)).toBe(10_050);
    expect(toCents(toMinor(1.005))).toBe(1.01);
  });

  test("rounds half a unit away from zero", () => {
    expect(toMinor(0.00005)).toBe(1);
    expect(toMinor(-0.00005)).toBe(-1);
    expect(toMinor(1.00015)).toBe(10_002);
  });

  test("keeps negative amounts negative", () => {
    expect(toMinor(-1234.5)).toBe(-12_345_000);
    expect(toMinor(-1.005)).toBe(-10_050);
  });

  test("sums 0.1 and 0.2 exactly", () => {
    expect(sumMinor([toMinor(0.1), toMinor(0.2)])).toBe(toMinor(0.3));
  });

  test("converts back with fromMinor", () => {
    expect(fromMinor(toMinor(98.7654))).toBe(98.7654);
  });
});

describe("toCents", () => {
  test("rounds to cents half away from zero", () => {
    expect(toCents(10_050)).toBe(1.01);
    expect(toCents(-10_050)).toBe(-1.01);
    expect(toCents(10_049)).toBe(1);
  });

  test("leaves whole cents unchanged", () => {
    expect(toCents(toMinor(5119.85))).toBe(5119.85);
  });
});

describe("convertMinor", () => {
  test("multiplies by the rate and rounds to the cent", () => {
    expect(convertMinor(toMinor(100), 1.08)).toBe(toMinor(108));
    expect(convertMinor(toMinor(100), 1.2345)).toBe(toMinor(123.45));
    expect(convertMinor(toMinor(0.03), 0.5)).toBe(toMinor(0.02));
    expect(convertMinor(toMinor(-0.03), 0.5)).toBe(toMinor(-0.02));
  });

  test("rounds a converted amount to whole cents", () => {
    expect(convertMinor(toMinor(1), 1.2345)).toBe(toMinor(1.23));
    expect(convertMinor(toMinor(1.004), 1)).toBe(toMinor(1));
  });
});

describe("ratio", () => {
  test("returns undefined for a zero divisor instead of Infinity or NaN", () => {
    expect(ratio(5, 0)).toBeUndefined();
    expect(ratio(0, 0)).toBeUndefined();
    expect(ratio(1, 4)).toBe(0.25);
  });
});

describe("addMonths", () => {
  test("moves 31 March back one month to 28 February", () => {
    expect(isoFromDay(addMonths(day("2026-03-31"), -1))).toBe("2026-02-28");
  });

  test("moves 31 January to 29 February in a leap year", () => {
    expect(isoFromDay(addMonths(day("2024-01-31"), 1))).toBe("2024-02-29");
  });

  test("keeps the day of the month where it exists", () => {
    expect(isoFromDay(addMonths(day("2026-05-15"), 3))).toBe("2026-08-15");
  });

  test("crosses year ends in both directions", () => {
    expect(isoFromDay(addMonths(day("2026-11-30"), 3))).toBe("2027-02-28");
    expect(isoFromDay(addMonths(day("2026-01-31"), -2))).toBe("2025-11-30");
  });
});

describe("endOfMonth", () => {
  test.each([
    ["2026-02-10", "2026-02-28"],
    ["2024-02-01", "2024-02-29"],
    ["2026-04-30", "2026-04-30"],
    ["2026-12-01", "2026-12-31"],
  ])("returns the last day of the month of %s", (iso, expected) => {
    expect(isoFromDay(endOfMonth(day(iso)))).toBe(expected);
  });

  test("pairs with startOfMonth", () => {
    expect(isoFromDay(startOfMonth(day("2026-06-30")))).toBe("2026-06-01");
  });
});
