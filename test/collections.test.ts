import fc from "fast-check";

import {
  buildWorklist,
  dunningStage,
  mergeWorklistEdits,
  worklistKey,
  type WorklistEdits,
} from "../src/engine/collections";
import { collectionsParamsSchema } from "../src/engine/lender-params";
import { AS_OF, customer, openItem } from "./financing-fixtures";

const params = collectionsParamsSchema.parse({});

describe("collections worklist", () => {
  test("dunning stages follow days past due", () => {
    const cases: [number, string | undefined][] = [
      [0, undefined],
      [1, "reminder"],
      [15, "reminder"],
      [16, "first-demand"],
      [30, "first-demand"],
      [31, "second-demand"],
      [60, "second-demand"],
      [61, "final-notice"],
      [90, "final-notice"],
      [91, "collection-agency"],
      [400, "collection-agency"],
    ];
    for (const [days, stage] of cases)
      expect([days, dunningStage(days, params)]).toEqual([days, stage]);
  });

  test("lists only overdue items with an open amount", () => {
    const items = [
      openItem({ invoiceNo: "A", daysPastDue: 0 }),
      openItem({ invoiceNo: "B", daysPastDue: 5 }),
      openItem({ invoiceNo: "C", daysPastDue: 5, open: -100 }),
    ];
    const worklist = buildWorklist({ items }, params);
    expect(worklist.rows.map((row) => row.invoiceNo)).toEqual(["B"]);
    expect(worklist.disputes).toEqual([]);
  });

  test("ranks by open amount times days past due", () => {
    const items = [
      openItem({ invoiceNo: "A", open: 10_000, daysPastDue: 10 }),
      openItem({ invoiceNo: "B", open: 2_000, daysPastDue: 100 }),
      openItem({ invoiceNo: "C", open: 50_000, daysPastDue: 3 }),
    ];
    const worklist = buildWorklist({ items }, params);
    expect(worklist.rows.map((row) => [row.invoiceNo, row.priority])).toEqual([
      ["B", 200_000],
      ["C", 150_000],
      ["A", 100_000],
    ]);
  });

  test("lists disputed items apart in dispute resolution", () => {
    const items = [
      openItem({ invoiceNo: "A", daysPastDue: 40, disputed: true }),
      openItem({ invoiceNo: "B", daysPastDue: 40 }),
    ];
    const worklist = buildWorklist({ items }, params);
    expect(worklist.rows.map((row) => [row.invoiceNo, row.stage])).toEqual([
      ["B", "second-demand"],
    ]);
    expect(worklist.disputes.map((row) => [row.invoiceNo, row.stage])).toEqual([
      ["A", "dispute-resolution"],
    ]);
  });

  test("marks items before the first stage as watch", () => {
    const late = collectionsParamsSchema.parse({ stages: [{ fromDays: 10, stage: "reminder" }] });
    const worklist = buildWorklist({ items: [openItem({ daysPastDue: 4 })] }, late);
    expect(worklist.rows[0]?.stage).toBe("watch");
  });

  test("takes contact and owner from the customer", () => {
    const items = [openItem({ customerId: "C1", daysPastDue: 3, installment: "2" })];
    const customers = [
      { ...customer("C1", { accountOwner: "Li Wei" }), contact: "Ana Ruiz", phone: "+1 555 0100" },
    ];
    const row = buildWorklist({ items, customers }, params).rows[0];

    expect(row?.contact).toBe("Ana Ruiz, +1 555 0100");
    expect(row?.accountOwner).toBe("Li Wei");
    expect(row?.customerName).toBe("Customer C1");
    expect(row?.key).toBe(`${items[0]?.invoiceNo} #2`);
    expect(row?.dueDate).toBe(AS_OF - 3);
  });
});

describe("mergeWorklistEdits", () => {
  test("keeps edits matched by invoice and installment", () => {
    const items = [
      openItem({ invoiceNo: "A", installment: "1", daysPastDue: 5 }),
      openItem({ invoiceNo: "A", installment: "2", daysPastDue: 5 }),
      openItem({ invoiceNo: "B", daysPastDue: 5 }),
    ];
    const rows = buildWorklist({ items }, params).rows;
    const merged = mergeWorklistEdits(rows, [
      { key: "A #2", nextAction: "Call buyer", promiseToPay: AS_OF + 7, note: "Agreed" },
      { key: "Z", nextAction: "Paid already", note: "" },
    ]);
    const byKey = new Map(merged.map((row) => [row.key, row]));

    expect(byKey.get("A #2")?.nextAction).toBe("Call buyer");
    expect(byKey.get("A #2")?.promiseToPay).toBe(AS_OF + 7);
    expect(byKey.get("A #2")?.note).toBe("Agreed");
    expect(byKey.get("A #1")?.nextAction).toBe("");
    expect(byKey.get("B")?.note).toBe("");
    expect(merged).toHaveLength(3);
  });

  test("keeps every edit of a row still overdue", () => {
    const edit = fc.record({
      nextAction: fc.string(),
      note: fc.string(),
      promiseToPay: fc.option(fc.integer({ min: AS_OF, max: AS_OF + 90 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        fc.array(edit, { minLength: 20, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (invoiceNos, edits, edited) => {
          const items = invoiceNos.map((invoiceNo) => openItem({ invoiceNo, daysPastDue: 12 }));
          const rows = buildWorklist({ items }, params).rows;
          const previous = invoiceNos.flatMap((invoiceNo, index) => {
            const fields = edits[index] as WorklistEdits;
            return edited[index] ? [{ key: worklistKey(invoiceNo), ...fields }] : [];
          });
          const merged = mergeWorklistEdits(rows, previous);
          const byKey = new Map(merged.map((row) => [row.key, row]));

          for (const entry of previous) {
            const row = byKey.get(entry.key);
            expect(row?.nextAction).toBe(entry.nextAction);
            expect(row?.note).toBe(entry.note);
            expect(row?.promiseToPay).toBe(entry.promiseToPay);
          }
          expect(merged.map((row) => row.key)).toEqual(rows.map((row) => row.key));
        },
      ),
    );
  });
});
