import { PackedRows } from "../src/io/packed-rows";
import type { RawValue } from "../src/io/coerce";

describe("packed input rows", () => {
  test("values read back unchanged", () => {
    const rows: RawValue[][] = [
      ["Customer", "Amount", "Due", "Paid"],
      ["C001", 1234.56, new Date(Date.UTC(2026, 5, 30)), true],
      ["=SUM(A1:A2)", -0.01, null, false],
      ['{"d":5}', 0, "2026-06-30", "客户"],
    ];
    const back = Array.from(new PackedRows(rows));

    expect(back).toEqual(rows);
    expect(back[1]?.[2]).toBeInstanceOf(Date);
    expect(back[3]?.[0]).toBe('{"d":5}');
  });

  test("empty and missing rows stay empty", () => {
    const rows: (RawValue[] | undefined)[] = [["a"], [], undefined, ["b", undefined, "c"]];
    const back = Array.from(new PackedRows(rows));

    expect(back).toEqual([["a"], [], [], ["b", null, "c"]]);
  });

  test("numbers JSON cannot hold become text", () => {
    const back = Array.from(new PackedRows([[Number.NaN, Number.POSITIVE_INFINITY]]));

    expect(back).toEqual([["NaN", "Infinity"]]);
  });

  test("an invalid date becomes empty", () => {
    const back = Array.from(new PackedRows([[new Date(Number.NaN), "x"]]));

    expect(back).toEqual([[null, "x"]]);
  });

  test("rows across several blocks keep order", () => {
    const rows = Array.from({ length: 2_503 }, (_, i) => [`INV-${i}`, i]);
    const packed = new PackedRows(rows);

    expect(packed.length).toBe(2_503);
    expect(Array.from(packed)).toEqual(rows);
  });

  test("every pass decodes afresh", () => {
    const packed = new PackedRows([["a", 1]]);
    const first = Array.from(packed);
    first[0]![0] = "changed";

    expect(Array.from(packed)).toEqual([["a", 1]]);
  });
});
