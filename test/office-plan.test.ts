import { estimateRowBytes, planReadBatches, planWriteBatches } from "../src/io/office-chunks";
import { planTargets, uniqueSheetName } from "../src/io/office-targets";
import { agingModel } from "./support/sheet-models";

describe("planTargets", () => {
  test("replaces the sheet with the same marker", () => {
    const targets = planTargets(
      [{ name: "CD Aging", marker: "aging" }],
      [{ name: "CD Aging", marker: "aging" }],
    );
    expect(targets).toEqual([{ name: "CD Aging", replaces: "CD Aging" }]);
  });

  test("suffixes the name of a user sheet", () => {
    const targets = planTargets(
      [{ name: "CD Aging", marker: "aging" }],
      [{ name: "cd aging" }, { name: "CD Aging (2)" }],
    );
    expect(targets).toEqual([{ name: "CD Aging (3)" }]);
  });

  test("renames back once the user sheet is gone", () => {
    const targets = planTargets(
      [{ name: "CD Aging", marker: "aging" }],
      [{ name: "CD Aging (2)", marker: "aging" }],
    );
    expect(targets).toEqual([{ name: "CD Aging", replaces: "CD Aging (2)" }]);
  });

  test("finds a marked sheet after a change of language", () => {
    const targets = planTargets(
      [{ name: "CD 账龄", marker: "aging" }],
      [{ name: "CD Aging", marker: "aging" }],
    );
    expect(targets).toEqual([{ name: "CD 账龄", replaces: "CD Aging" }]);
  });

  test("prefers the original over a copy with the same marker", () => {
    const existing = [
      { name: "CD Aging (3)", marker: "aging" },
      { name: "CD Aging", marker: "aging" },
    ];
    expect(planTargets([{ name: "CD Aging", marker: "aging" }], existing)).toEqual([
      { name: "CD Aging", replaces: "CD Aging" },
    ]);
  });
});

describe("uniqueSheetName", () => {
  test("keeps names within 31 characters", () => {
    const base = "A".repeat(31);
    const name = uniqueSheetName(base, new Set([base.toLowerCase()]));
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name).toHaveLength(31);
  });
});

describe("planWriteBatches", () => {
  test("keeps every batch within the budget", () => {
    const model = agingModel(20_000);
    const batches = planWriteBatches([model], [6], 200_000);
    const rows = batches.flat().reduce((sum, slice) => sum + slice.count, 0);

    expect(rows).toBe(model.rows.length);
    expect(batches.length).toBeGreaterThan(5);
    for (const batch of batches) {
      let bytes = 0;
      for (const slice of batch) {
        for (let r = slice.start; r < slice.start + slice.count; r++)
          bytes += estimateRowBytes(model.rows.at(r), 6);
      }
      expect(bytes).toBeLessThanOrEqual(200_000);
    }
  });

  test("packs small sheets into one batch", () => {
    const batches = planWriteBatches([agingModel(10), agingModel(10, "CD Other", "other")], [6, 6]);
    expect(batches).toEqual([
      [
        { sheet: 0, start: 0, count: 12 },
        { sheet: 1, start: 0, count: 12 },
      ],
    ]);
  });
});

describe("planReadBatches", () => {
  test("splits rows so each batch holds at most the budget of cells", () => {
    const batches = planReadBatches(
      [
        { rows: 25, columns: 4 },
        { rows: 3, columns: 2 },
      ],
      40,
    );
    expect(batches).toEqual([
      [{ sheet: 0, start: 0, count: 10 }],
      [{ sheet: 0, start: 10, count: 10 }],
      [
        { sheet: 0, start: 20, count: 5 },
        { sheet: 1, start: 0, count: 3 },
      ],
    ]);
  });
});
