import { RowList, mapRows, rowArray } from "../src/report/rows";
import type { RowCells } from "../src/report/model";

const text = (value: string): RowCells => [{ value }];

describe("row lists", () => {
  test("fixed and built rows in order", () => {
    const rows = new RowList();
    rows.push(text("title"));
    rows.pushEach(["a", "b", "c"], (item) => text(item));
    rows.push(text("total"));
    rows.pushEach([], (item: string) => text(item));
    rows.pushEach(["d"], (item) => text(item));

    const values = rowArray(rows).map((row) => row[0]?.value);
    expect(values).toEqual(["title", "a", "b", "c", "total", "d"]);
    expect(rows).toHaveLength(6);
    expect(rows.at(3)?.[0]?.value).toBe("c");
    expect(rows.at(5)?.[0]?.value).toBe("d");
    expect(rows.at(6)).toBeUndefined();
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.at(1.5)).toBeUndefined();
  });

  test("push returns the row index", () => {
    const rows = new RowList();
    expect(rows.push(text("a"))).toBe(0);
    rows.pushEach([1, 2], (n) => text(String(n)));
    expect(rows.push(text("b"))).toBe(3);
  });

  test("built rows are made on read", () => {
    const built: number[] = [];
    const rows = new RowList();
    rows.pushEach([10, 20, 30], (n) => {
      built.push(n);
      return [{ value: n }];
    });
    expect(built).toEqual([]);
    expect(rows.at(1)?.[0]?.value).toBe(20);
    expect(built).toEqual([20]);
  });

  test("many blocks: every index found", () => {
    const rows = new RowList();
    const expected: string[] = [];
    for (let block = 0; block < 50; block++) {
      const items = Array.from({ length: block % 4 }, (_, i) => `${block}.${i}`);
      rows.pushEach(items, (item) => text(item));
      expected.push(...items);
      rows.push(text(`fixed ${block}`));
      expected.push(`fixed ${block}`);
    }
    expect(rows).toHaveLength(expected.length);
    expected.forEach((value, index) => expect(rows.at(index)?.[0]?.value).toBe(value));
  });

  test("mapped rows change on read", () => {
    const rows = new RowList();
    rows.pushEach(["x", "y"], (item) => text(item));
    const upper = mapRows(rows, (row) =>
      row.map((cell) => cell && { value: String(cell.value).toUpperCase() }),
    );
    expect(upper).toHaveLength(2);
    expect(upper.at(1)?.[0]?.value).toBe("Y");
    expect(upper.at(2)).toBeUndefined();
    expect(rowArray(upper).map((row) => row[0]?.value)).toEqual(["X", "Y"]);
  });
});
