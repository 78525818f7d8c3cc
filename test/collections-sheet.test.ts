import { buildWorklist, mergeWorklistEdits } from "../src/engine/collections";
import { collectionsParamsSchema } from "../src/engine/lender-params";
import { buildCollectionsSheet } from "../src/report/collections";
import { LENDER_STRINGS_EN } from "../src/report/lender-strings-en";
import { AS_OF, openItem } from "./financing-fixtures";
import { rowArray } from "../src/report/rows";

const params = collectionsParamsSchema.parse({});
const worklist = buildWorklist(
  {
    items: [
      openItem({ invoiceNo: "A", daysPastDue: 20, open: 30_000 }),
      openItem({ invoiceNo: "B", daysPastDue: 95, open: 10_000, disputed: true }),
      openItem({ invoiceNo: "C", daysPastDue: 3, open: 5_000, installment: "2" }),
    ],
  },
  params,
);

describe("collections sheet", () => {
  const sheet = buildCollectionsSheet(worklist, { locale: "en-US", asOf: AS_OF });
  const table = sheet.tables[0]!;
  const header = rowArray(sheet.rows)[table.range.top]!.map((item) => item?.value);

  test("keys user columns on the invoice number", () => {
    const columns = LENDER_STRINGS_EN.collections.columns;
    const userColumns = sheet.userColumns!;

    expect(header[userColumns.key]).toBe(columns.key);
    expect(userColumns.columns.map((index) => header[index])).toEqual([
      columns.nextAction,
      columns.promiseToPay,
      columns.note,
    ]);
  });

  test("lists overdue items, then disputes", () => {
    const keys = rowArray(sheet.rows)
      .slice(table.range.top + 1)
      .map((cells) => cells[0]?.value);
    const stages = rowArray(sheet.rows)
      .slice(table.range.top + 1)
      .map((cells) => cells[6]?.value);

    expect(keys).toEqual(["A", "C #2", "B"]);
    expect(stages).toEqual(["First demand", "Reminder", "Dispute resolution"]);
    expect(table.range.bottom).toBe(table.range.top + 3);
  });

  test("writes merged edits into the user columns", () => {
    const merged = {
      rows: mergeWorklistEdits(worklist.rows, [
        { key: "C #2", nextAction: "Send statement", promiseToPay: AS_OF + 10, note: "Called" },
      ]),
      disputes: worklist.disputes,
    };
    const rows = buildCollectionsSheet(merged, { locale: "en-US", asOf: AS_OF }).rows;
    const row = rowArray(rows).find((cells) => cells[0]?.value === "C #2")!;

    expect(row[10]?.value).toBe("Send statement");
    expect(row[11]).toEqual({ value: AS_OF + 10, date: true, format: "date" });
    expect(row[12]?.value).toBe("Called");
  });
});
